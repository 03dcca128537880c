"""number-mismatch: readings that depend on spacing and signs (spaced digit groups,
minus signs)."""

from __future__ import annotations

import pytest
from check_helpers import findings


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    # Spanish groups thousands with a space, English does not: a phone number
    ("Llame al 900 100 200.", "Call 900 100 200.", "es", "en"),
    ("Llame al 91 562 04 20.", "Call 91 562 04 20.", "es", "en"),
    ("Call 900 100 200.", "Llame al 900 100 200.", "en", "es"),
    # with no-break spaces on one side
    ("Llame al 900\u00a0100\u00a0200.", "Call 900 100 200.", "es", "en"),
    # an English text that groups thousands with a space (SI style)
    ("Eran 3.526 personas.", "There were 3 526 people.", "es", "en"),
    # a phone number and an amount in one unit: each run is read on its own
    ("Llame al 900 100 200; cuesta 1 200 €.", "Call 900 100 200; it costs €1,200.", "es", "en"),
    ("Appelez le 01 23 45 67 89.", "Call 01 23 45 67 89.", "fr", "en"),
])
def test_spaced_digit_groups_read_either_way(source: str, target: str, src_lang: str,
                                              tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("source", "target", "message"), [
    ("Llame al 900 100 200.", "Call 900 100 201.",
     "numbers differ: 200 missing in the target; 201 not in the source"),
    ("Llame al 91 562 04 20.", "Call 91 562 04 21.",
     "numbers differ: 20 missing in the target; 21 not in the source"),
    ("Eran 3.526 personas.", "There were 3 527 people.",
     "numbers differ: 3526 missing in the target; 3527 not in the source"),
    ("Llame al 900 100 200.", "Call 900 100.",
     "numbers differ: 200 missing in the target"),
])
def test_a_changed_digit_in_spaced_groups_is_still_reported(source: str, target: str,
                                                            message: str) -> None:
    got = findings([(source, target)], code="number-mismatch")
    assert [f.message for f in got] == [message]
