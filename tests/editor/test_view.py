"""Which beads the editor calls doubtful (the ``n`` key, the list page's count)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aligner.editor.view import is_doubtful
from aligner.model import Bead, Finding, Review, ReviewState, Severity

NOW = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)
NUMBERS = Finding("number-mismatch", Severity.ERROR, 0, "numbers differ: 12 missing")
TERM = Finding("term-inconsistent", Severity.WARNING, 0, "rendered otherwise here")
OMITTED = Finding("possible-omission", Severity.WARNING, 0, "may be untranslated")


@pytest.mark.parametrize(("bead", "findings", "doubtful"), [
    (Bead((0,), (0,), 0.9), [], False),
    (Bead((0,), (0,), 0.2), [], True),  # low confidence
    (Bead((0,), (0,), 0.9), [NUMBERS], True),  # a sentence in the wrong bead?
    (Bead((0,), (0,), 0.9), [TERM], False),  # a translation matter, not the alignment's
    (Bead((0, 1), (0,), 0.88), [OMITTED], True),  # a sentence joined that is not there
    # a person made it (the rest of a split): its score says nothing, its findings do
    (Bead((0,), (0,), 1.0, review=Review(ReviewState.EDITED, NOW)), [], False),
    (Bead((0,), (0,), 1.0, review=Review(ReviewState.EDITED, NOW)), [NUMBERS], True),
    # a person looked at it as it is, findings and all
    (Bead((0,), (0,), 0.2, review=Review(ReviewState.CONFIRMED, NOW)), [NUMBERS], False),
])
def test_doubtful(bead: Bead, findings: list[Finding], doubtful: bool) -> None:
    assert is_doubtful(bead, findings, 0.5) is doubtful
