"""Which beads the editor calls doubtful (the ``n`` key, the list page's count)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aligner.editor.view import is_doubtful, nm_threshold
from aligner.model import Bead, Finding, Review, ReviewState, Severity

NOW = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)
NUMBERS = Finding("number-mismatch", Severity.ERROR, 0, "numbers differ: 12 missing")
TERM = Finding("term-inconsistent", Severity.WARNING, 0, "rendered otherwise here")
OMITTED = Finding("possible-omission", Severity.WARNING, 0, "may be untranslated")
COPY = Finding("untranslated", Severity.ERROR, 0, "the target is a copy of the source")
MOVED = Finding("moved", Severity.WARNING, 0, "its translation is unit 9's")
PUNCT = Finding("end-punctuation", Severity.WARNING, 0, "ends with . and !")
# a warning made an error with --severity: the page follows the severity shown
PUNCT_ERROR = Finding("end-punctuation", Severity.ERROR, 0, "ends with . and !")


@pytest.mark.parametrize(("bead", "findings", "doubtful"), [
    (Bead((0,), (0,), 0.9), [], False),
    (Bead((0,), (0,), 0.2), [], True),  # low confidence
    (Bead((0,), (0,), 0.9), [NUMBERS], True),  # a sentence in the wrong bead?
    (Bead((0,), (0,), 0.9), [TERM], False),  # a translation matter, not the alignment's
    (Bead((0, 1), (0,), 0.88), [OMITTED], True),  # a sentence joined that is not there
    # a person made it (the rest of a split): its score says nothing, its findings do
    (Bead((0,), (0,), 1.0, review=Review(ReviewState.EDITED, NOW)), [], False),
    (Bead((0,), (0,), 1.0, review=Review(ReviewState.EDITED, NOW)), [NUMBERS], True),
    # an error is for a person to look at, whatever the alignment (walk: C confirmed an
    # untranslated sentence, which then passed --leave-out-flagged error)
    (Bead((0,), (0,), 0.99), [COPY], True),
    (Bead((0,), (0,), 0.99), [PUNCT], False),
    (Bead((0,), (0,), 0.99), [PUNCT_ERROR], True),
    (Bead((0,), (0,), 1.0, review=Review(ReviewState.EDITED, NOW)), [COPY], True),
    # a sentence moved far: both one-sided beads that name each other
    (Bead((3,), (), 0.0), [MOVED], True),
    (Bead((), (7,), 0.0), [MOVED], True),
    (Bead((3,), (), 0.0), [], False),  # one-sided, nothing found: a null bead has no score
    # an n:m bead is doubtful below midway from the threshold to 1 (0.75 at 0.5)
    (Bead((0,), (0, 1, 2), 0.53), [], True),
    (Bead((0, 1), (0, 1), 0.74), [], True),
    (Bead((0, 1), (0, 1), 0.78), [], False),
    (Bead((0,), (0,), 0.53), [], False),  # a 1-1 only below the threshold itself
    (Bead((0,), (0, 1), 0.53, review=Review(ReviewState.EDITED, NOW)), [], False),
    # a person looked at it as it is, findings and all
    (Bead((0,), (0,), 0.2, review=Review(ReviewState.CONFIRMED, NOW)), [NUMBERS], False),
    (Bead((0,), (0,), 0.99, review=Review(ReviewState.CONFIRMED, NOW)), [COPY], False),
])
def test_doubtful(bead: Bead, findings: list[Finding], doubtful: bool) -> None:
    assert is_doubtful(bead, findings, 0.5) is doubtful


def test_the_n_m_threshold_is_midway_to_one() -> None:
    assert nm_threshold(0.5) == 0.75
    assert nm_threshold(0.2) == pytest.approx(0.6)
    assert is_doubtful(Bead((0, 1), (0,), 0.55), [], 0.2) is True
    assert is_doubtful(Bead((0, 1), (0,), 0.65), [], 0.2) is False
