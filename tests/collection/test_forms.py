"""The concordance's word forms: a change to what is indexed must raise FORMS_VERSION.

This is a change detector, not a quality check: the digests below are of the
index's own output on a sample of our own sentences.  When a change to the
tokenizer or to a language's lemma data alters them, raise
``aligner.collection.forms.FORMS_VERSION`` (collections then remake their older
entries when opened, see ``aligner.collection.reindex``) and record the new
digest under the new version.
"""

from __future__ import annotations

import hashlib
import re
import threading
from functools import cache

import pytest

from aligner.collection.forms import FORMS_VERSION, SideForms, side_forms

SAMPLE: dict[str, str] = {
    "es": "Los cordones industriales ocuparon las fábricas; ¿quién cedió primero?",
    "en": "The dockers' unions voted for three strikes, and the mines closed.",
    "de": "Die Arbeiterinnen besetzten die Fabriken in den Vororten.",
    "fr": "Les ouvrières ont occupé les usines des faubourgs.",
    "it": "Gli operai occuparono le fabbriche delle periferie.",
    "pt": "Os operários ocuparam as fábricas dos subúrbios.",
    "nl": "De arbeiders bezetten de fabrieken in de voorsteden.",
    "zh": "工人们占领了城郊的工厂。",
    "ja": "労働者たちは郊外の工場を占拠した。",
}

#: FORMS_VERSION -> the digest of the sample's index entries under that version.
DIGESTS = {
    1: "70726943a09de8e129610dfb4e2432e33bb2c72a6a61bc10dd344e9b68487a8a",
    2: "368a5190acddcc1e46033cabdbd4f3a3216bbf4f3c6e4fc00595028d27548e6c",
    3: "e8d3f1d0c2af5b8557487469f0daed1677b44022e3e4a7dc0c6863eafc50c1e8",
    4: "e8d3f1d0c2af5b8557487469f0daed1677b44022e3e4a7dc0c6863eafc50c1e8",  # sample: no ＡＢＣ
    5: "e8d3f1d0c2af5b8557487469f0daed1677b44022e3e4a7dc0c6863eafc50c1e8",  # nor abogada
    6: "16a8ab9a50ed6bb72de010caa818b40c42988e9219e0217daea3802f35162625",
    7: "16a8ab9a50ed6bb72de010caa818b40c42988e9219e0217daea3802f35162625",  # sample: no ß, ı
    8: "16a8ab9a50ed6bb72de010caa818b40c42988e9219e0217daea3802f35162625",  # nor Thai
    9: "16a8ab9a50ed6bb72de010caa818b40c42988e9219e0217daea3802f35162625",  # nor cs, el
    10: "16a8ab9a50ed6bb72de010caa818b40c42988e9219e0217daea3802f35162625",  # nor 2,50
    11: "16a8ab9a50ed6bb72de010caa818b40c42988e9219e0217daea3802f35162625",  # nor consérvese
    12: "18a8bf0cd47b03edf5d6e68d1e70c169c7ecafb2e3816b03f8f3602bea87609f",  # operai ~ operaio
    13: "18a8bf0cd47b03edf5d6e68d1e70c169c7ecafb2e3816b03f8f3602bea87609f",  # sample: no ações
    14: "19c5046e9a1f2f8503b092fe60fe10ec1a296d71949691067d183746d76e1521",  # bezetten ~ bezet
    15: "19c5046e9a1f2f8503b092fe60fe10ec1a296d71949691067d183746d76e1521",  # sample: no ko, ar
    16: "19c5046e9a1f2f8503b092fe60fe10ec1a296d71949691067d183746d76e1521",  # nor ru, pl
    17: "19c5046e9a1f2f8503b092fe60fe10ec1a296d71949691067d183746d76e1521",  # nor ｱﾌﾟﾘ, 500MB
    18: "19c5046e9a1f2f8503b092fe60fe10ec1a296d71949691067d183746d76e1521",  # nor a soft hyphen
    19: "19c5046e9a1f2f8503b092fe60fe10ec1a296d71949691067d183746d76e1521",  # nor vi, yo
    20: "19c5046e9a1f2f8503b092fe60fe10ec1a296d71949691067d183746d76e1521",  # nor fa, ur
    21: "19c5046e9a1f2f8503b092fe60fe10ec1a296d71949691067d183746d76e1521",  # nor a ZWNJ
    22: "19c5046e9a1f2f8503b092fe60fe10ec1a296d71949691067d183746d76e1521",  # nor bn
    23: "19c5046e9a1f2f8503b092fe60fe10ec1a296d71949691067d183746d76e1521",  # nor ta
    24: "19c5046e9a1f2f8503b092fe60fe10ec1a296d71949691067d183746d76e1521",  # nor am
    25: "19c5046e9a1f2f8503b092fe60fe10ec1a296d71949691067d183746d76e1521",  # nor clés
    26: "805fd107c21e0f7310a0d7bc03c9ce977cd2c4805f32317e815ab8407348bf8c",  # besetzen0
    27: "805fd107c21e0f7310a0d7bc03c9ce977cd2c4805f32317e815ab8407348bf8c",  # folded texts
    28: "805fd107c21e0f7310a0d7bc03c9ce977cd2c4805f32317e815ab8407348bf8c",  # Łódź folded
    29: "805fd107c21e0f7310a0d7bc03c9ce977cd2c4805f32317e815ab8407348bf8c",  # sample: no Hub-⏎
    30: "805fd107c21e0f7310a0d7bc03c9ce977cd2c4805f32317e815ab8407348bf8c",  # nor dámelo
    31: "805fd107c21e0f7310a0d7bc03c9ce977cd2c4805f32317e815ab8407348bf8c",  # nor ca
    32: "02b2a7581c6f25652069a408907990ab1c9e489c7387923fbc15c71927e5a01e",  # ouvrières ~ ouvrier
    33: "02b2a7581c6f25652069a408907990ab1c9e489c7387923fbc15c71927e5a01e",  # sample: no ca
    34: "02b2a7581c6f25652069a408907990ab1c9e489c7387923fbc15c71927e5a01e",  # nor ar
    35: "02b2a7581c6f25652069a408907990ab1c9e489c7387923fbc15c71927e5a01e",  # nor uk
    36: "02b2a7581c6f25652069a408907990ab1c9e489c7387923fbc15c71927e5a01e",  # nor hi
    37: "02b2a7581c6f25652069a408907990ab1c9e489c7387923fbc15c71927e5a01e",  # nor pl, cs
    38: "02b2a7581c6f25652069a408907990ab1c9e489c7387923fbc15c71927e5a01e",  # nor a tatweel
    39: "02b2a7581c6f25652069a408907990ab1c9e489c7387923fbc15c71927e5a01e",  # nor ar
    40: "02b2a7581c6f25652069a408907990ab1c9e489c7387923fbc15c71927e5a01e",  # nor ٤٨٧٠
    41: "02b2a7581c6f25652069a408907990ab1c9e489c7387923fbc15c71927e5a01e",  # no voiced kana
}


def _digest() -> str:
    h = hashlib.sha256()
    for lang, text in sorted(SAMPLE.items()):
        source = SideForms(lang).index_text(text)
        target = SideForms(lang, borrowed="en").index_text(text)
        h.update(f"{lang}\t{source}\t{target}\n".encode())
    return h.hexdigest()


def test_the_index_entries_change_only_with_the_forms_version() -> None:
    assert DIGESTS.get(FORMS_VERSION) == _digest(), (
        "the concordance's word forms changed: raise FORMS_VERSION in "
        "aligner/collection/forms.py and record the new digest in DIGESTS")


def test_a_sample_of_the_forms() -> None:
    """What the digest covers, readable: accent-free lower case, inflected words with
    their base forms, Chinese one character at a time."""
    assert SideForms("es").index_text("Fábricas").split() == ["fabricas", "fabrica"]
    assert SideForms("zh").index_text("工厂").split() == ["工", "厂"]


def test_digits_of_every_script_are_indexed_as_ascii() -> None:
    # s40 Arabic walk P10: 4870 finds ٤٨٧٠, and ٤٨٧٠ 4870
    forms = SideForms("ar")
    assert forms.index_text("قدمت ٤٨٧٠ استشارة") == forms.index_text("قدمت 4870 استشارة")
    assert "4870" in forms.index_text("٤٨٧٠").split()
    assert "4870" in SideForms("fa").index_text("۴۸۷۰").split()
    assert "4870" in SideForms("hi").index_text("४८७०").split()
    assert forms.match_expression("٤٨٧٠") == forms.match_expression("4870")
    assert forms.match_expression("٣٫٥") == forms.match_expression("3.5")


def test_full_width_latin_letters_and_digits_are_indexed_as_ascii() -> None:
    forms = SideForms("ja")
    assert forms.index_text("ＮＨＫの３万人") == forms.index_text("NHKの3万人")
    assert forms.match_expression("ＮＨＫ") == forms.match_expression("NHK")


def test_a_german_attributive_adjective_is_searched_in_every_ending() -> None:
    # what the matcher finds, search must look for: fristloser Kündigung
    expression = SideForms("de").match_expression("fristlose Kündigung")
    assert expression is not None and '"fristloser"' in expression
    assert '"kundigunger"' not in expression  # the noun ends the query


def test_a_ukrainian_name_is_searched_in_its_cases() -> None:
    # s37 walk6: Київ in Києва (the closed syllable opened), Верховна Рада in Верховної Ради
    forms = SideForms("uk")
    expression = forms.match_expression("Київ")
    assert expression is not None and '"києв"' in expression
    assert "києв" in forms.index_text("до Києва").split()
    expression = forms.match_expression("Верховна Рада")
    assert expression is not None and '"верховн"' in expression and '"рада"' in expression
    assert {"верховн", "рада"} <= set(forms.index_text("Верховної Ради").split())


def test_a_contraction_inside_a_query_is_searched_in_every_form() -> None:
    # what the matcher finds, search must look for: dados dos usuários
    expression = SideForms("pt").match_expression("dados do usuário")
    assert expression is not None and '"dos"' in expression
    alone = SideForms("pt").match_expression("do")  # a word alone is no contraction
    assert alone is not None and '"dos"' not in alone


def test_a_spanish_participle_after_its_noun_is_searched_in_both_genders() -> None:
    expression = SideForms("es").match_expression("usuario registrado")
    assert expression is not None and '"registrada"' in expression


def test_a_verb_is_searched_in_its_forms_and_a_reflexive_one_without_its_pronoun() -> None:
    # the index holds a text word's own forms only; the query brings the verb's
    expression = SideForms("pt").match_expression("salvar")
    assert expression is not None and '"salve"' in expression and '"salvas"' in expression
    assert "salvar" not in SideForms("pt").index_text("Salve o arquivo.")
    reflexive = SideForms("fr").match_expression("se connecter")
    assert reflexive is not None and '"se"' not in reflexive and '"connectez"' in reflexive


def test_a_pair_asked_for_by_two_threads_is_made_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``aligner review`` makes a collection's forms in the background at start: an edit
    that comes meanwhile waits for them instead of reading the lemma tables again."""
    from aligner.collection import forms

    entered, release = threading.Event(), threading.Event()
    made: list[tuple[str, str]] = []

    @cache
    def making(src_lang: str, tgt_lang: str) -> tuple[object, object]:
        made.append((src_lang, tgt_lang))
        entered.set()
        release.wait(60)
        return object(), object()

    monkeypatch.setattr(forms, "_side_forms", making)
    first = threading.Thread(target=side_forms, args=("es", "en"))
    first.start()
    assert entered.wait(60)
    got: list[object] = []
    second = threading.Thread(target=lambda: got.append(side_forms("es", "en")))
    second.start()
    second.join(0.5)  # time for it to make them itself, if nothing stops it
    release.set()
    first.join()
    second.join()
    assert made == [("es", "en")]
    assert got == [making("es", "en")]


def test_a_polish_query_finds_the_forms_its_stem_changes_in() -> None:
    """s38 walk8, item 1: ``bęben`` is looked for in ``bębna`` and ``bębnie`` too (by its
    changed stem, ``bębn``, which their index entries carry), not in ``bębnowy``, a word
    made from it; and ``sitkiem`` is indexed with the base ``sitko`` leaves (``sitk``)."""
    forms = SideForms("pl")
    query = forms.match_expression("bęben")
    assert query is not None
    alternatives = set(re.findall(r'"([^"]+)"', query))
    for word in ("bębna", "bębnie", "bębnem"):
        assert alternatives & set(forms.index_text(word).split()), word
    assert not alternatives & set(forms.index_text("bębnowy").split())
    assert "sitk" in forms.index_text("Przepłucz sitkiem.").split()
