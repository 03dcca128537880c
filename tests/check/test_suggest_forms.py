"""Case forms read as the word the text also has, for glossary suggest
(check/suggest_forms.py)."""

from __future__ import annotations

from collections.abc import Callable

from aligner.check.suggest import _singular, stopwords, suggest_terms
from aligner.check.suggest_forms import document_forms
from aligner.check.units import Unit


def _forms(texts: list[str], lang: str = "de") -> Callable[[str], str]:
    return document_forms(texts, lang, _singular(lang), stopwords(lang))


def test_a_case_form_is_read_as_the_word_the_text_has() -> None:
    form = _forms(["Der Auftragnehmer und der Vertrag, den Auftragnehmern.",
                   "Pflichten des Auftragnehmers, Ende des Vertrages, die Verträge.",
                   "Dem Auftraggebern gehört es; keinen Grund."])
    assert [form(w) for w in ("auftragnehmers", "auftragnehmern", "auftragnehmer",
                              "vertrages", "verträge", "vertrag")] == [
        "auftragnehmer", "auftragnehmer", "auftragnehmer", "vertrag", "vertrag", "vertrag"]
    # a word the text never writes bare is left as it is: the ending alone is no proof
    assert form("auftraggebern") == "auftraggebern"
    assert form("auftraggebers") == "auftraggebers"
    # function words are no terms' words: not read as another word
    assert form("keinen") == "keinen"


def test_a_language_with_plural_rules_is_read_by_them() -> None:
    form = _forms(["The contractor and the contractors.", "Contractors' duties."], "en")
    assert form("contractors") == "contractor"
    # no endings of forms.txt: the word a text never writes bare stays
    assert form("duties") == "duty"


def test_a_genitive_adds_to_its_word() -> None:
    """walk_de P11: ``Auftragnehmers`` was a term of its own beside ``Auftragnehmer``,
    paired with another word."""
    units = [Unit("Der Auftragnehmer liefert die Steuerungssoftware.",
                  "The Contractor delivers the control software."),
             Unit("Die Pflichten des Auftragnehmers sind hier geregelt.",
                  "The duties of the Contractor are set out here."),
             Unit("Die Haftung des Auftragnehmers ist begrenzt.",
                  "The liability of the Contractor is limited.")]
    got = [(s.source, s.target, s.together) for s in suggest_terms(units, src_lang="de",
                                                                   tgt_lang="en")]
    assert ("Auftragnehmer", "Contractor", 3) in got, got
    assert not [s for s in got if s[0] == "Auftragnehmers"], got
