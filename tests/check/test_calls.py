"""Footnote calls in superscript digits (aligner.check.calls): numbers for
number-mismatch, and no end mark of their own for end-punctuation."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.calls import footnote_calls, number_exponents
from aligner.check.punctuation import end_mark


@pytest.mark.parametrize(("text", "calls"), [
    ("the next day.²", ["2"]),
    ("al día siguiente².", ["2"]),  # Spanish: before the stop
    ("He said “no.”³ Then", ["3"]),
    ("Lo dijo «ayer»,⁴ y se fue", ["4"]),
    ("see the note.¹² Then", ["12"]),
    ("del DENAS².", ["2"]),
    ("en 1998².", ["2"]),  # after a year
    ("¹ Speech by General Cárdenas.\n² Diario Oficial.", ["1", "2"]),  # the notes' numbers
    # exponents: after a number, a bracket or a word of one or two letters
    ("20 m² and 3 km²", []),
    ("10⁶ units, 2² is 4", []),
    ("E=mc² and (a+b)²", []),
    ("1024 cm³ of Ca²⁺", []),
    ("plain text 12", []),
])
def test_footnote_calls(text: str, calls: list[str]) -> None:
    assert [value for value, _, _, _ in footnote_calls(text)] == calls


def test_a_call_has_its_span() -> None:
    ((value, start, end, kind),) = footnote_calls("the next day.¹² Then")
    assert (value, start, end, kind) == ("12", 13, 15, "number")


# The user walk's min/foot.tsv, and more written for this test.
@pytest.mark.parametrize(("source", "target", "flagged"), [
    ("It was published the next day.²", "Se publicó al día siguiente.", True),  # dropped
    ("It was published the next day.³", "Se publicó al día siguiente.²", True),  # renumbered
    ("It was published the next day.²", "Se publicó al día siguiente.²", False),
    ("It was published the next day.²", "Se publicó al día siguiente².", False),
    ("It was published the next day.²", "Se publicó al día siguiente.[2]", False),
    ("It was published the next day.²", "Se publicó al día siguiente.2", False),
    ("It was published the next day.", "Se publicó al día siguiente².", True),  # added
    ("It happened in 1998.²", "Ocurrió en 1998².", False),
    ("¹ Speech by General Cárdenas.", "1 Discurso del general Cárdenas.", False),
    ("¹ Speech by General Cárdenas.", "² Discurso del general Cárdenas.", True),
    # exponents are units, left out as ever
    ("The area is 20 km².", "La superficie es de 20 metros cuadrados.", False),
    ("Einstein wrote E=mc².", "Einstein escribió E=mc².", False),
])
def test_a_call_in_superscript_is_a_number(source: str, target: str, flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="en", tgt_lang="es")
    assert bool(got) is flagged, got


def test_the_finding_names_the_calls() -> None:
    (got,) = findings([("It was published the next day.³", "Se publicó al día siguiente.²")],
                      code="number-mismatch", src_lang="en", tgt_lang="es")
    assert got.message == "numbers differ: 3 missing in the target; 2 not in the source"
    assert got.src_span == (30, 31) and got.tgt_span == (28, 29)


@pytest.mark.parametrize(("text", "mark"), [
    ("the next day.²", "."),
    ("the next day.[2]", "."),
    ("the next day.2", "."),
    ("the next day.*", "."),
    ("the next day.†", "."),
    ('He said "no."³', "."),
    ("It happened in 1998.²", "."),  # the point of no decimal
    ("¿Quién lo sabía?²", "?"),
    ("the next day²", None),
    ("version 2.1", None),
])
def test_the_end_mark_stands_before_a_trailing_call(text: str, mark: str | None) -> None:
    assert end_mark(text) == mark


@pytest.mark.parametrize("source", ["It was published the next day.²",
                                    "It was published the next day.[2]"])
def test_a_trailing_call_is_no_end_punctuation_difference(source: str) -> None:
    assert findings([(source, "Se publicó al día siguiente.")], code="end-punctuation",
                    src_lang="en", tgt_lang="es") == []


@pytest.mark.parametrize(("text", "exponents"), [
    ("1.5×10³ mol/L", ["3"]),
    ("a gain of 10⁶", ["6"]),
    ("leakage below 10⁻⁶ A", ["-6"]),
    ("2² is 4", ["2"]),
    ("20 m² and 3 km², E=mc², Ca²⁺", []),  # a unit's or a formula's: no number
    ("en 1998².", []),  # a call after a year
])
def test_the_exponent_of_a_number_is_a_number(text: str, exponents: list[str]) -> None:
    assert [value for value, _, _, _ in number_exponents(text)] == exponents


@pytest.mark.parametrize(("source", "target", "flagged"), [
    # a patent walk: each of these was a false number-mismatch error
    ("濃度は1.5×10³ mol/Lである。", "The concentration is 1.5×10^3 mol/L.", False),
    ("漏れ電流は10⁻⁶ A以下である。", "The leakage current is 10^-6 A or less.", False),
    ("濃度は1.5×10³ mol/Lである。", "The concentration is 1.5×10^4 mol/L.", True),
    ("漏れ電流は10⁻⁶ A以下である。", "The leakage current is 10^6 A or less.", True),
])
def test_an_exponent_is_compared_with_the_other_sides(source: str, target: str,
                                                       flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="ja", tgt_lang="en")
    assert bool(got) is flagged, got
