"""Word forms: the shipped lemma tables and our plural rules."""

from __future__ import annotations

import threading
from collections.abc import Mapping

import pytest

from aligner.check.folding import strip_accents
from aligner.check.lemmas import Forms, lemma_table, with_accents


def test_tables_load_offline_from_the_package() -> None:
    assert lemma_table("es")["cordones"] == "cordón"
    assert lemma_table("en-GB")["belts"] == "belt"
    assert lemma_table("de") == {}


@pytest.mark.parametrize(
    ("lang", "word", "form"),
    [
        ("es", "cordones", "cordon"),
        ("es", "industriales", "industrial"),
        ("es", "luces", "luz"),
        ("es", "leyes", "ley"),
        ("es", "golpes", "golpe"),
        ("es", "sóviets", "soviet"),
        ("es", "obreras", "obrero"),  # from the table
        ("es", "pobladora", "poblador"),
        ("en", "parties", "party"),
        ("en", "marches", "march"),
        ("en", "belts", "belt"),
        ("en", "struck", "strike"),  # from the table
    ],
)
def test_text_forms(lang: str, word: str, form: str) -> None:
    assert form in Forms(lang).text_forms(word)


@pytest.mark.parametrize(
    ("lang", "word", "not_form"),
    [
        ("es", "partida", "partido"),
        ("es", "funda", "fundo"),
        ("en", "class", "clas"),
        ("en", "bus", "bu"),
    ],
)
def test_rules_do_not_overreach(lang: str, word: str, not_form: str) -> None:
    assert not_form not in Forms(lang).text_forms(word)


def test_term_words_bring_their_lemma_only_when_inflected() -> None:
    forms = Forms("es")
    assert "fundir" not in forms.term_forms("fundo")  # a base noun keeps away from the verb
    assert "poblador" in forms.term_forms("pobladores")
    assert "obrero" in forms.term_forms("obrera")


@pytest.mark.parametrize(("word", "verb"), [
    ("comprising", "comprise"),  # a patent glossary's transition word
    ("consisting", "consist"),
    ("encrypted", "encrypt"),
    ("installed", "install"),
])
def test_an_english_term_word_in_a_verb_form_only_is_its_verb(word: str, verb: str) -> None:
    assert verb in Forms("en").term_forms(word)


@pytest.mark.parametrize(("word", "not_verb"), [
    ("building", "build"),  # a noun of its own
    ("setting", "set"),
    ("connected", "connect"),  # an adjective of its own
    ("registered", "register"),
    ("hosting", "host"),  # host is also a noun: the term would be found in it
    ("having", "have"),
    ("housing", "house"),
])
def test_an_english_term_word_that_is_a_noun_or_adjective_keeps_away_from_the_verb(
        word: str, not_verb: str) -> None:
    assert not_verb not in Forms("en").term_forms(word)


@pytest.mark.parametrize(("word", "verb", "irregular"), [
    # s34 walk item 4: the verb is also a noun (the haves), so it is not brought whole,
    # but its irregular forms (WordNet's exception list) are the verb's alone
    ("having", "have", ["had", "has"]),
    ("doing", "do", ["did"]),
    # a noun or adjective of its own brings none (taking, the noun; building)
    ("taking", "take", []),
    ("building", "build", []),
])
def test_an_english_ing_term_word_brings_its_verbs_irregular_forms(
        word: str, verb: str, irregular: list[str]) -> None:
    assert sorted(Forms("en").irregular_forms(word, verb)) == irregular
    assert set(irregular) <= set(Forms("en").term_forms(word))


def test_the_verb_term_endings_are_englishs_only() -> None:
    # Spanish -ado participles map to their verbs in the table; a term keeps to itself
    assert "registrar" not in Forms("es").term_forms("registrado")


def test_borrowed_rules_on_the_target_side() -> None:
    assert "cordon" in Forms("en", borrowed="es").text_forms("cordones")
    assert "cordon" not in Forms("en").text_forms("cordones")


def test_strip_accents() -> None:
    assert strip_accents("Acción cívica, niño") == "Accion civica, nino"


@pytest.mark.parametrize(("lang", "typed", "spelled"), [
    ("es", "politica", "política"),
    ("es", "Politicos", "Políticos"),    # the case as typed
    ("es", "política", "política"),      # accents given: as written
    ("es", "esta", "esta"),              # a word of its own (and está another)
    ("es", "cordones", "cordones"),
    ("es", "xyzzy", "xyzzy"),
    ("es", "abanaria", "abanaria"),      # abanaría or abañaría: neither is chosen
    ("es", "nacion", "nación"),
    ("es", "camion-cisterna", "camion-cisterna"),  # no letters only: no table word
    ("en", "cafe", "cafe"),              # English has no lemma table here
])
def test_a_word_typed_without_its_accents(lang: str, typed: str, spelled: str) -> None:
    assert with_accents(lang, typed) == spelled


def test_a_table_asked_for_by_two_threads_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The editor reads the tables in the background at start while a page may ask for
    them: the page waits for that reading instead of reading them again."""
    from aligner.check import lemma_tables

    entered, release = threading.Event(), threading.Event()
    reads: list[str] = []

    def reading(lang: str) -> dict[str, str]:
        reads.append(lang)
        entered.set()
        release.wait(60)
        return {"cordones": "cordón"}

    monkeypatch.setattr(lemma_tables, "_read_table", reading)
    monkeypatch.setattr(lemma_tables, "_TABLES", {})
    first = threading.Thread(target=lemma_table, args=("es",))
    first.start()
    assert entered.wait(60)
    got: list[Mapping[str, str]] = []
    second = threading.Thread(target=lambda: got.append(lemma_table("es")))
    second.start()
    second.join(0.5)  # time for it to read the table itself, if nothing stops it
    release.set()
    first.join()
    second.join()
    assert reads == ["es"]
    assert got == [{"cordones": "cordón"}]
