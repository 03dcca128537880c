"""glossary suggest's single words: a source without a word-frequency table (Italian,
French, Dutch) judged by its rendering; and what is said when nothing is suggested."""

from __future__ import annotations

from collections import Counter

import pytest

from aligner.check.suggest import stopwords, suggest, suggest_terms
from aligner.check.suggest_words import (
    RARE_WORD,
    confirmed,
    family_log_prob,
    has_frequencies,
    single_term,
)
from aligner.check.units import Unit
from aligner.lang.frequencies import case_readings, lexeme_log_probs

# A short pump manual, written for these tests: gasket, impeller, nozzle are rare in English,
# June and pump are everyday words (as the Spanish rule finds bomba, pump, common).
IT_MANUAL = [
    Unit("Controllare la guarnizione della pompa ogni giugno.",
         "Check the pump gasket every June."),
    Unit("Sostituire la guarnizione se perde acqua.", "Replace the gasket if it leaks water."),
    Unit("Pulire la girante e la guarnizione in giugno.",
         "Clean the impeller and the gasket in June."),
    Unit("Una girante sporca riduce la portata della pompa.",
         "A dirty impeller reduces the pump's flow."),
    Unit("La pompa si ferma in giugno.", "The pump stops in June."),
]
NL_MANUAL = [
    Unit("Vervang de afdichting van de pomp in juni.", "Replace the pump gasket in June."),
    Unit("Een lekkende afdichting kost water.", "A leaking gasket wastes water."),
    Unit("Maak het mondstuk en de afdichting schoon in juni.",
         "Clean the nozzle and the gasket in June."),
    Unit("Een vuil mondstuk remt de pomp.", "A dirty nozzle slows the pump."),
    Unit("De pomp stopt in juni.", "The pump stops in June."),
]
FR_ROPE = [
    Unit("La rimaye était large et la corde trop courte.",
         "The bergschrund was wide and the rope too short."),
    Unit("Nous avons franchi la rimaye au matin.", "We crossed the bergschrund in the morning."),
    Unit("Au-dessus de la rimaye, la pente devient raide.",
         "Above the bergschrund, the slope becomes steep."),
    Unit("La corde a tenu.", "The rope held."),
]


def _singles(units: list[Unit], src: str, tgt: str) -> set[tuple[str, str]]:
    return {(s.source, s.target) for s in suggest_terms(units, src_lang=src, tgt_lang=tgt)
            if " " not in s.source}


@pytest.mark.parametrize(("units", "src", "expected"), [
    (IT_MANUAL, "it", {("guarnizione", "gasket"), ("girante", "impeller")}),
    (NL_MANUAL, "nl", {("afdichting", "gasket"), ("mondstuk", "nozzle")}),
    (FR_ROPE, "fr", {("rimaye", "bergschrund")}),
])
def test_a_word_rendered_by_a_rare_english_word_is_a_term(
        units: list[Unit], src: str, expected: set[tuple[str, str]]) -> None:
    """Before, an Italian, French or Dutch source got no single word but an acronym."""
    assert not has_frequencies(src)
    assert _singles(units, src, "en") == expected


def test_a_word_after_an_elided_article_is_the_word() -> None:
    """l'ugello, l’ugello (a typographic apostrophe) and ugello are one word; before,
    l'ugello was a word of its own, so ugello met twice after an article was none."""
    units = [Unit("Pulire l'ugello ogni mese.", "Clean the nozzle every month."),
             Unit("Un ugello sporco riduce la portata.", "A dirty nozzle reduces the flow."),
             Unit("Controllare l’ugello dell'impianto.", "Check the nozzle of the system.")]
    found = suggest_terms(units, src_lang="it", tgt_lang="en")
    assert [(s.source, s.target, s.together) for s in found] == [("ugello", "nozzle", 3)]


def test_between_two_languages_without_a_table_only_acronyms() -> None:
    """Italian -> French: neither side can tell a rare word, so no word alone but an
    acronym (as before)."""
    units = [Unit("Il CNC usa una guarnizione.", "Le CNC utilise un joint."),
             Unit("Una guarnizione nuova per il CNC.", "Un joint neuf pour le CNC."),
             Unit("La guarnizione tiene.", "Le joint tient.")]
    assert _singles(units, "it", "fr") == {("CNC", "CNC")}


def test_confirmed_asks_every_content_word_of_the_rendering() -> None:
    word = Counter({"guarnizione": 3})
    stop = stopwords("en")
    assert single_term(word, "it")  # let through, for its rendering to judge
    assert confirmed(word, "gasket", 1.0, tgt_lang="en", tgt_stop=stop)
    assert not confirmed(word, "pump", 1.0, tgt_lang="en", tgt_stop=stop)
    assert not confirmed(word, "the pump gasket", 1.0, tgt_lang="en", tgt_stop=stop)
    assert not confirmed(word, "gasket", 0.4, tgt_lang="en", tgt_stop=stop)  # follows badly
    assert not confirmed(word, "joint", 1.0, tgt_lang="fr", tgt_stop=stopwords("fr"))
    # German as written: Juni is common, though the table's juni is rare
    assert not confirmed(Counter({"juin": 3}), "Juni", 1.0, tgt_lang="de",
                         tgt_stop=stopwords("de"))
    assert confirmed(Counter({"glacier": 3}), "Gletscher", 1.0, tgt_lang="de",
                     tgt_stop=stopwords("de"))


@pytest.mark.parametrize(("units", "lang", "why", "by_count"), [
    ([], "es", "no unit read", False),
    ([Unit("Allende 1970.", "Allende 1970."), Unit("Allende 1970.", "Allende 1970.")], "es",
     "no unit has a target other than its source", False),
    ([Unit("El paro empezó.", "It began."), Unit("La huelga siguió.", "It went on.")], "es",
     "no source phrase occurs in 2 units or more", True),
    ([Unit("El paro patronal empezó.", "It began."),
      Unit("Apoyaron el paro patronal.", "They backed it.")], "es",
     "no rendering occurs with a repeated source phrase in 2 units or more", True),
    ([Unit("Il treno parte a giugno.", "The train leaves in June."),
      Unit("Ogni giugno piove.", "Every June it rains."),
      Unit("Arriva giugno.", "Then comes June.")], "it",
     "every pair found was left out: 1 single word rendered by an everyday word", False),
    ([Unit("Habló Allende hoy.", "Allende spoke today."),
      Unit("Luego Allende calló.", "Then Allende fell silent.")], "es",
     "every pair found was left out: 1 name kept as it is", False),
])
def test_no_suggestion_says_why(units: list[Unit], lang: str, why: str,
                                by_count: bool) -> None:
    """Before, every one of these said 'no phrase pair occurs in 2 units or more'."""
    found = suggest(units, src_lang=lang, tgt_lang="en")
    assert found.suggestions == []
    assert (found.why_none, found.by_count) == (why, by_count)


# Thai, written without spaces, which the tokenizer reads a letter at a time.
THAI = [Unit("เปลี่ยนตลับหมึกทุกเดือน", "Replace the ink cartridge every month."),
        Unit("ตลับหมึกใหม่ใช้ได้นาน", "A new ink cartridge lasts long.")]


def test_a_language_not_split_into_words_is_said_so() -> None:
    """Thai on either side: said as such, not as a phrase that occurs too seldom; and an
    English term is not rendered by one Thai letter (ink cartridge / ห, before)."""
    found = suggest(THAI, src_lang="th", tgt_lang="en")
    assert found.suggestions == []
    assert found.why_none.startswith("the source is written without spaces between words")
    back = suggest([Unit(u.target, u.source) for u in THAI], src_lang="en", tgt_lang="th")
    assert back.suggestions == []
    assert back.why_none.startswith("the target is written without spaces between words")


# German writes its nouns with a capital, and so does its word-frequency table.
DE_HUT = [Unit("Das Haus steht am Gletscher.", "The house stands by the glacier."),
          Unit("Im Juni schmilzt der Gletscher.", "In June the glacier melts."),
          Unit("Vom Haus sieht man den Gletscher.", "From the house one sees the glacier."),
          Unit("Im Juni ist das Haus voll.", "In June the house is full.")]


def test_a_german_noun_is_judged_as_the_table_writes_it() -> None:
    """Before, a German word was looked up in lower case (haus -12.2, juni -14.1, both
    rare), so every repeated noun was a term: Haus / house and Juni / June were offered
    beside Gletscher / glacier."""
    assert _singles(DE_HUT, "de", "en") == {("Gletscher", "glacier")}
    assert _singles([Unit(u.target, u.source) for u in DE_HUT], "en", "de") == {
        ("glacier", "Gletscher")}


@pytest.mark.parametrize(("word", "code", "common"), [
    ("Haus", "de", True), ("HAUS", "de", True), ("Juni", "de", True),
    ("Gletscher", "de", False), ("Nachmittag", "de", True),
    ("gobierno", "es", True), ("Gobierno", "es", True), ("latifundio", "es", False),
    ("June", "en", True), ("gasket", "en", False), ("Gasket", "en", False),
])
def test_a_word_is_read_in_the_case_it_is_written(word: str, code: str,
                                                   common: bool) -> None:
    assert (family_log_prob(word, code) >= RARE_WORD) is common


def test_a_capital_may_open_a_sentence_but_lower_case_is_kept() -> None:
    """A capital may be the sentence's (Nine, as nine) or the word's (German Haus); a word
    in lower case is that word, not its capitalised entry (haus is not Haus)."""
    table = lexeme_log_probs("de")
    assert table is not None
    assert family_log_prob("Haus", "de") == pytest.approx(table["Haus"], abs=0.05)
    assert family_log_prob("haus", "de") == pytest.approx(table["haus"], abs=0.05)
    assert family_log_prob("Nine", "en") == family_log_prob("nine", "en")
    assert [case("haus") for case in case_readings("HAUS")] == ["haus", "Haus", "HAUS"]
    assert [case("nine") for case in case_readings("nine")] == ["nine"]


# Written for this test: contractions and prepositions that the function-word lists
# lacked (Portuguese numa, French à, Italian ad, a) opened suggested phrases.
PT_PUMP = [Unit("Instale a bomba numa superfície plana.", "Install the pump on a flat surface."),
           Unit("Coloque o filtro numa superfície plana e seca.",
                "Place the filter on a flat, dry surface.")]
FR_VALVE = [Unit("Fixez le tuyau à la vanne d'arrêt.", "Fix the hose to the shut-off valve."),
            Unit("Reliez le tuyau à la vanne d'arrêt avant usage.",
                 "Connect the hose to the shut-off valve before use."),
            Unit("Cela protège la vanne d'arrêt.", "This protects the shut-off valve.")]
IT_HOSE = [Unit("Collegare il tubo ad una presa d'acqua.", "Connect the hose to a water tap."),
           Unit("Avvitare il tubo ad una presa d'acqua fredda.",
                "Screw the hose to a cold water tap."),
           Unit("Il tubo flessibile va collegato a valvola chiusa.",
                "Connect the flexible hose with the valve closed."),
           Unit("Sostituire il tubo flessibile a valvola chiusa.",
                "Replace the flexible hose with the valve closed.")]


@pytest.mark.parametrize(("units", "lang", "kept", "gone"), [
    (PT_PUMP, "pt", {"superfície plana"}, {"numa superfície plana"}),
    (FR_VALVE, "fr", {"vanne d'arrêt"}, {"à la vanne d'arrêt"}),
    (IT_HOSE, "it", {"presa d'acqua", "valvola chiusa"},
     {"ad una presa d'acqua", "a valvola chiusa"}),
])
def test_a_phrase_neither_starts_nor_ends_with_a_contraction_or_preposition(
        units: list[Unit], lang: str, kept: set[str], gone: set[str]) -> None:
    sources = {s.source for s in suggest_terms(units, src_lang=lang, tgt_lang="en")}
    assert kept <= sources and not gone & sources


@pytest.mark.parametrize(("lang", "words"), [
    ("pt", "num numa dum duma neste nesta nesse pelo pela tenho sido"),
    ("fr", "a cela depuis chaque"),  # (accents stripped: à is a)
    ("it", "a ad ed col sui ogni"),
])
def test_the_function_word_lists_have_the_contractions(lang: str, words: str) -> None:
    assert set(words.split()) <= stopwords(lang)
