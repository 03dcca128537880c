"""number-mismatch names the dates where a date differs (check/date_swaps.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.date_swaps import dates_of


# Written for this test, after the Chinese walk (s42 walk_zh, repro 16): the message
# expected by hand.
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "message"), [
    ("en", "zh-CN", "Your next invoice is due on March 5, 2026.",
     "您的下一张账单将于 2026年5月3日到期。",
     "dates differ: 5 March 2026 in the source, 3 May 2026 in the target"),
    ("zh", "en", "账单将于2026年3月5日到期。", "The invoice is due on March 3, 2026.",
     "dates differ: 5 March 2026 in the source, 3 March 2026 in the target"),
    ("es", "en", "La factura vence el 5 de marzo.", "The invoice is due on March 3.",
     "dates differ: 5 March in the source, 3 March in the target"),
    ("de", "fr", "Die Rechnung ist am 05.03.2026 fällig.", "La facture est due le 03/05/2026.",
     "dates differ: 5 March 2026 in the source, 3 May 2026 in the target"),
    ("ja", "en", "支払期限は2026年3月5日です。", "Payment is due on the 3rd of March 2026.",
     "dates differ: 5 March 2026 in the source, 3 March 2026 in the target"),
])
def test_a_date_that_differs_is_named(src_lang: str, tgt_lang: str, source: str,
                                      target: str, message: str) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang,
                   code="number-mismatch")
    assert [f.message for f in got] == [message]


@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "message"), [
    # another number differs too: the numbers are counted
    ("es", "en", "Vence el 5 de marzo de 2026 y cuesta 12 euros.",
     "It is due on 3 March 2026 and costs 13 euros.",
     "numbers differ: 5, 12 missing in the target; 3, 13 not in the source"),
    # two dates on a side: which one changed is not said
    ("es", "en", "Del 5 de marzo al 9 de abril.", "From 3 March to 9 April.",
     "numbers differ: 5 missing in the target; 3 not in the source"),
])
def test_other_differences_keep_the_counted_message(src_lang: str, tgt_lang: str,
                                                    source: str, target: str,
                                                    message: str) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang,
                   code="number-mismatch")
    assert [f.message for f in got] == [message]


@pytest.mark.parametrize(("text", "lang", "dates"), [
    ("2026年3月5日", "zh", [(5, 3, "2026")]),
    ("2026년 3월 5일", "ko", [(5, 3, "2026")]),
    ("el 5 de marzo de 2026", "es", [(5, 3, "2026")]),
    ("am 5. März 2026", "de", [(5, 3, "2026")]),
    ("on March 5, 2026", "en", [(5, 3, "2026")]),
    ("2026-03-05", "en", [(5, 3, "2026")]),
    ("05.03.2026", "en-US", [(5, 3, "2026")]),
    ("03/05/2026", "en-US", [(5, 3, "2026")]),
    ("03/05/2026", "en-GB", [(3, 5, "2026")]),
    ("03/05/2026", "en", [(3, 5, "2026")]),
    ("in March 2026, 5 units", "en", []),
])
def test_dates_are_read(text: str, lang: str, dates: list[tuple[int, int, str]]) -> None:
    assert dates_of(text, lang) == dates
