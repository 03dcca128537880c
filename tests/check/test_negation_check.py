"""negation-mismatch with a [negative] word both sides share: no double negation, the
prohibition lost (check/negation_check.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings


# A [negative] word on both sides is no double negation: the prohibition is lost.
@pytest.mark.parametrize(("source", "target", "said"), [
    ("The Licensee shall not assign this licence without written consent.",
     "Der Lizenznehmer darf diese Lizenz ohne schriftliche Zustimmung übertragen.",
     "shall not"),
    ("The Licensee shall not assign this licence without written consent.",
     "Der Lizenznehmer darf diese Lizenz nicht ohne schriftliche Zustimmung übertragen.",
     None),
    # the other side says the double negation positively: no finding
    ("The Licensee shall not assign this licence without written consent.",
     "Der Lizenznehmer darf diese Lizenz nur mit schriftlicher Zustimmung übertragen.",
     None),
    # two negative words against one: the other side may negate with the second
    ("The Licensee shall not assign this licence without consent.",
     "Der Lizenznehmer darf diese Lizenz ohne Zustimmung nicht übertragen.", None),
])
def test_a_shared_negative_word_does_not_keep_a_prohibition(source: str, target: str,
                                                            said: str | None) -> None:
    got = findings([(source, target)], code="negation-mismatch", src_lang="en",
                   tgt_lang="de")
    assert [f.expected for f in got] == ([(said,)] if said else [])
