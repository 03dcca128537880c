"""Reference numerals with a letter (aligner.check.suffixed) in number-mismatch."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.suffixed import letter_differences


def test_the_letters_of_numerals_both_sides_letter_are_compared() -> None:
    got = letter_differences("フィン20a、20bが形成", "Fins 20a and 20c are formed")
    assert (got.missing, got.extra) == ([("20b", 7, 10)], [("20c", 13, 16)])
    assert got.source == [("20a", 3, 6), ("20b", 7, 10)]
    assert letter_differences("le 2e siècle", "the 2nd century").source == []


@pytest.mark.parametrize(("source", "target", "message"), [
    # the patent walk's repro: 20a, 20b translated 20a and 20c was clean
    ("フィン20a、20bが形成されている。", "Fins 20a and 20c are formed.",
     "numbers differ: 20b missing in the target; 20c not in the source"),
    ("Die Rippen 20a, 20b und 21 sind angeformt.", "The fins 20a, 20a and 21 are formed.",
     "numbers differ: 20b missing in the target; 20a added in the target"
     " (twice in the target, once in the source)"),
    ("Die Rippen 20a, 20b sind angeformt.", "The fins 20a, 20b are formed.", None),
    # a letter one side only writes is no reference letter: a unit, an ordinal
    ("le 2e siècle", "the 2nd century", None),
    ("un tramo de 5m", "a stretch of 5 m", None),
    ("de 20 a 30 piezas", "20 to 30 pieces", None),
])
def test_a_changed_letter_is_a_number_mismatch(source: str, target: str,
                                               message: str | None) -> None:
    langs = {"フ": "ja", "D": "de", "l": "fr", "u": "es", "d": "es"}[source[0]]
    got = findings([(source, target)], code="number-mismatch", src_lang=langs,
                   tgt_lang="en")
    assert [f.message for f in got] == ([message] if message else [])
