"""reference-sign-swapped: a sign named with another sign's noun (check/refsigns.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check import Unit, run_checks
from aligner.check.refsigns import _Side, sign_uses
from aligner.model import UnitOrigin

# Written for this test: a German description of a device and its English translation,
# each part named with its sign in parentheses, as the EPO writes them.
_DE_EN = [
    ("Die Vorrichtung umfasst ein Gehäuse (12) und eine Welle (16).",
     "The device comprises a housing (12) and a shaft (16)."),
    ("Das Gehäuse (12) ist aus Aluminium gefertigt.", "The housing (12) is made of aluminium."),
    ("Die Welle (16) ist im Gehäuse (12) drehbar gelagert.",
     "The shaft (16) is rotatably mounted in the housing (12)."),
    ("Ein erster Flansch (18) ist an der Welle (16) befestigt.",
     "A first flange (18) is attached to the shaft (16)."),
    ("Ein zweiter Flansch (20) liegt dem ersten Flansch (18) gegenüber.",
     "A second flange (20) lies opposite the first flange (18)."),
    ("Der zweite Flansch (20) trägt einen Deckel (22).",
     "The second flange (20) carries a cover (22)."),
    ("Der Deckel (22) verschließt das Gehäuse (12).", "The cover (22) closes the housing (12)."),
    ("Der erste Flansch (18) und der zweite Flansch (20) sind aus Stahl.",
     "The first flange (18) and the second flange (20) are made of steel."),
    ("Ein Dichtring dichtet den Deckel (22) gegen das Gehäuse (12) ab.",
     "A sealing ring seals the cover (22) against the housings (12)."),
    ("Die Welle (16) ist hohl.", "The shaft (16) is hollow."),
]


def _swapped(pairs: list[tuple[str, str]], src_lang: str = "de",
             tgt_lang: str = "en") -> dict[int, str]:
    return {f.unit: f.message for f in findings(pairs, code="reference-sign-swapped",
                                                 src_lang=src_lang, tgt_lang=tgt_lang)}


def test_a_correct_translation_has_no_finding() -> None:
    assert _swapped(_DE_EN) == {}


def test_two_signs_swapped_are_reported_naming_both() -> None:
    pairs = [*_DE_EN, ("Das Gehäuse (12) und die Welle (16) sind verbunden.",
                       "The housing (16) and the shaft (12) are connected.")]
    found = _swapped(pairs)
    assert list(found) == [10]
    assert found[10] == (
        "reference signs swapped: 'housing (16)': the target's noun for 12 ('housing', 5 of "
        "6 uses), not for 16, which it calls 'shaft' (4 of 5), as the source calls it here "
        "('Welle (16)'); 'shaft (12)': the target's noun for 16 ('shaft', 4 of 5 uses), not "
        "for 12, which it calls 'housing' (5 of 6), as the source calls it here "
        "('Gehäuse (12)')")


def test_one_sign_given_another_parts_noun() -> None:
    pairs = [*_DE_EN, ("Der Deckel (22) ist lackiert.", "The housing (22) is painted.")]
    assert list(_swapped(pairs)) == [10]


def test_ordinals_tell_two_parts_of_one_noun_apart() -> None:
    pairs = [*_DE_EN, ("Der erste Flansch (18) ist verschraubt, der zweite Flansch (20) "
                       "verschweißt.",
                       "The second flange (18) is screwed, the first flange (20) welded.")]
    found = _swapped(pairs)
    assert list(found) == [10]
    assert found[10].startswith("reference signs swapped: 'second flange (18)': the "
                                "target's noun for 20 ('second flange', 3 of 4 uses)")


@pytest.mark.parametrize(("source", "target"), [
    # a sign left without its ordinal is no other part's
    ("Der erste Flansch (18) ist verschraubt.", "The flange (18) is screwed."),
    # a noun no other sign has: a synonym, term-inconsistent's business with a glossary
    ("Das Gehäuse (12) ist geschlossen.", "The casing (12) is closed."),
    # the source names the sign otherwise too: the target follows it
    ("Die Welle (12) ist geschlossen.", "The shaft (12) is closed."),
])
def test_not_reported(source: str, target: str) -> None:
    assert _swapped([*_DE_EN, (source, target)]) == {}


def test_too_few_uses_to_learn_from() -> None:
    pairs = [("Das Gehäuse (12) und die Welle (16) sind verbunden.",
              "The housing (16) and the shaft (12) are connected."),
             ("Das Gehäuse (12) ist aus Stahl.", "The housing (12) is made of steel."),
             ("Die Welle (16) ist hohl.", "The shaft (16) is hollow.")]
    assert _swapped(pairs) == {}


# Written for this test: a US-style English description (signs right after the noun,
# letters after some) and its German translation.
_EN_DE = [
    ("The pump 5 draws fluid from the tank 7.", "Die Pumpe 5 saugt Fluid aus dem Tank 7."),
    ("The tank 7 is closed by a lid 9.", "Der Tank 7 ist durch einen Deckel 9 verschlossen."),
    ("The pump 5 is driven by a motor 11.", "Die Pumpe 5 wird von einem Motor 11 angetrieben."),
    ("The motor 11 and the lid 9 are fastened with screws 14a.",
     "Der Motor 11 und der Deckel 9 sind mit Schrauben 14a befestigt."),
    ("The lid 9 has a seal.", "Der Deckel 9 hat eine Dichtung."),
    ("The tank 7 holds 20 litres.", "Der Tank 7 fasst 20 Liter."),
    ("The motor 11 runs at 50 Hz.", "Der Motor 11 läuft mit 50 Hz."),
    ("The pump 5 is small.", "Die Pumpe 5 ist klein."),
]


def test_bare_signs_after_the_noun() -> None:
    assert _swapped(_EN_DE, "en", "de") == {}
    pairs = [*_EN_DE, ("The pump 5 feeds the tank 7.", "Die Pumpe 7 speist den Tank 5.")]
    found = _swapped(pairs, "en", "de")
    assert list(found) == [8]
    assert "'Pumpe 7': the target's noun for 5 ('Pumpe', 3 of 4 uses)" in found[8]


def test_numbers_that_are_no_signs_are_not_read() -> None:
    # a claim's number, a quantity with its unit, a time: no signs
    pairs = [*_EN_DE, ("The device of claim 7 has a lid 9.",
                       "Die Vorrichtung nach Anspruch 7 hat einen Deckel 9."),
             ("The tank holds 7 l at 5 °C.", "Der Tank fasst 7 l bei 5 °C.")]
    assert _swapped(pairs, "en", "de") == {}


def test_each_document_learns_its_own_signs() -> None:
    # a second document that calls 12 the shaft is no swap of the first's 12
    first = [Unit(s, t, origin=UnitOrigin("a.tsv", k)) for k, (s, t) in enumerate(_DE_EN)]
    second = [Unit(s.replace("(12)", "(99)").replace("(16)", "(12)"),
                   t.replace("(12)", "(99)").replace("(16)", "(12)"),
                   origin=UnitOrigin("b.tsv", k)) for k, (s, t) in enumerate(_DE_EN)]
    result = run_checks([*first, *second], glossary=None, src_lang="de", tgt_lang="en")
    assert [f for f in result.findings if f.code == "reference-sign-swapped"] == []


def test_ordinals_swapped_within_one_unit_need_no_learning() -> None:
    pairs = [("Ein erster Flansch (18) ist an einer Stirnseite und ein zweiter Flansch (20) "
              "an der anderen Stirnseite angeordnet.",
              "A first flange (20) is arranged on one end face and a second flange (18) on "
              "the other end face.")]
    assert _swapped(pairs) == {0: (
        "reference signs swapped: 'first flange (20)': 20 is the 1st in the target, the "
        "2nd in the source ('zweiter Flansch (20)'); 'second flange (18)': 18 is the 2nd in "
        "the target, the 1st in the source ('erster Flansch (18)')")}


@pytest.mark.parametrize(("source", "target"), [
    # an ordinal replaced, no other sign's: number-word-mismatch's
    ("Der erste Flansch (18) ist verschraubt.", "The second flange (18) is screwed."),
    # the same ordinals with each sign
    ("Ein erster Flansch (18) und ein zweiter Flansch (20).",
     "A first flange (18) and a second flange (20)."),
    # an ordinal before a function word is no ordinal of the noun after it
    ("Der Flansch (18) trägt den zweiten, der Flansch (20) den ersten Deckel.",
     "The flange (18) carries the second, the flange (20) the first cover."),
])
def test_ordinals_not_reported(source: str, target: str) -> None:
    assert _swapped([(source, target)]) == {}


def test_an_ordinal_before_words_of_its_noun() -> None:
    pairs = [("The first header tank (22) and the second header tank (24) are brazed.",
              "Der zweite Sammelkasten (22) und der erste Sammelkasten (24) sind gelötet.")]
    assert _swapped(pairs, "en", "de") == {0: (
        "reference signs swapped: 'zweite Sammelkasten (22)': 22 is the 2nd in the "
        "target, the 1st in the source ('first header tank (22)'); 'erste Sammelkasten "
        "(24)': 24 is the 1st in the target, the 2nd in the source ('second header tank "
        "(24)')")}


@pytest.mark.parametrize(("lang", "text", "sign"), [
    # a word that rounds or bounds the number after it is no part's noun
    ("de", "Die Pumpe fördert etwa 60 Liter, rund 20 Liter oder mindestens 5 Liter.", None),
    ("en", "It takes approximately 7 hours, at least 9 hours or nearly 8 hours.", None),
    ("fr", "Il faut environ 3 heures ou presque 4 heures.", None),
    ("es", "Tarda aproximadamente 8 horas, casi 6 horas o cerca de 3 días.", None),
    ("it", "Ci vogliono circa 5 ore o quasi 4 ore.", None),
    ("pt", "Leva aproximadamente 7 dias ou quase 4 dias.", None),
    ("nl", "Het duurt ongeveer 5 uur of bijna 4 uur.", None),
    # the part's sign after them is still read
    ("de", "Die Welle 16 dreht sich etwa 60 Mal.", ("welle", "16")),
    ("es", "La bomba 5 tarda aproximadamente 8 horas.", ("bomba", "5")),
])
def test_approximation_and_bound_words_are_no_nouns(lang: str, text: str,
                                                    sign: tuple[str, str] | None) -> None:
    uses = [(u.head, u.sign) for u in sign_uses(text, 0, _Side(lang))]
    assert uses == ([sign] if sign else [])
