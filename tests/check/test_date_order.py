"""date-order: a numeric date whose day and month the target swaps, as each side's
reader reads it (check/date_order.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

# Written for this test, after the sworn translator's walk (s38 walk5, item 4: a lease's
# date of entry into force, 01/04/2025 in the Spanish, 04/01/2025 in the English).
LEASE = ("El Contrato entrará en vigor el 01/04/2025.",
         "The Agreement shall enter into force on 04/01/2025.")


@pytest.mark.parametrize(("tgt_lang", "reading"), [
    ("en", "en: day first; en-US writes the month first"),
    ("en-GB", "en-GB: day first; en-US writes the month first"),
    ("en-IE", "en-IE: day first; en-US writes the month first"),
])
def test_a_swapped_date_is_said_with_each_side_s_reading(tgt_lang: str, reading: str) -> None:
    (f,) = findings([LEASE], code="date-order", src_lang="es", tgt_lang=tgt_lang)
    assert f.message == ("the source's '01/04/2025' is 1 April 2025 (es: day first); the "
                         f"target's '04/01/2025' is 4 January 2025 ({reading}): day and "
                         "month swapped?")
    assert f.severity.value == "warning" and f.unit == 0
    assert LEASE[0][f.src_span[0]:f.src_span[1]] == "01/04/2025"
    assert LEASE[1][f.tgt_span[0]:f.tgt_span[1]] == "04/01/2025"


def test_us_english_writes_the_month_first() -> None:
    assert findings([LEASE], code="date-order", src_lang="es", tgt_lang="en-US") == []
    # the Spanish date copied as it is: a US reader takes it for 4 January
    (f,) = findings([(LEASE[0], "It enters into force on 01/04/2025.")], code="date-order",
                    src_lang="es", tgt_lang="en-US")
    assert f.message == ("the source's '01/04/2025' is 1 April 2025 (es: day first); the "
                         "target's '01/04/2025' is 4 January 2025 (en-US: month first): "
                         "day and month swapped?")
    # and the other way round: a US source, a Spanish target
    (f,) = findings([("It enters into force on 04/01/2025.", "Entra en vigor el 04/01/2025.")],
                    code="date-order", src_lang="en-US", tgt_lang="es")
    assert "(en-US: month first)" in f.message and "4 January 2025 (es: day first)" in f.message


def test_a_side_s_own_dates_say_its_order() -> None:
    """A text tagged en whose other dates read only month first (03/15/2025) is read
    month first; one tagged en-US whose dates read only day first, day first."""
    us = [LEASE, ("Firmado el 15/03/2025.", "Signed on 03/15/2025.")]
    assert findings(us, code="date-order", src_lang="es", tgt_lang="en") == []
    uk = [LEASE, ("Firmado el 15/03/2025.", "Signed on 15/03/2025.")]
    (f,) = findings(uk, code="date-order", src_lang="es", tgt_lang="en-US")
    assert "(en-US: day first, as its other dates)" in f.message


@pytest.mark.parametrize(("source", "target"), [
    ("Firmado el 15/03/2025.", "Signed on 15/03/2025."),  # the same date
    ("Firmado el 15/03/2025.", "Signed on 03/15/2025."),  # only one reading: no swap
    ("Firmado el 05/05/2025.", "Signed on 05/05/2025."),  # day and month the same
    ("Vence el 01.04.2025.", "It falls due on 01.04.2025."),  # dots: day first
    ("Vence el 2025-04-01.", "It falls due on 2025-01-04."),  # year first: number-mismatch's
    # both dates on both sides, in another order
    ("Del 01/04/2025 al 04/01/2026.", "From 01/04/2025 to 04/01/2026."),
    ("El 01/04/2025 y el 04/01/2025.", "On 04/01/2025 and on 01/04/2025."),
])
def test_no_swap_no_finding(source: str, target: str) -> None:
    assert findings([(source, target)], code="date-order", src_lang="es", tgt_lang="en") == []


def test_between_day_first_languages_a_swap_is_number_mismatch_s() -> None:
    pair = [("Livraison le 03/06/2025.", "Lieferung am 06/03/2025.")]
    assert findings(pair, code="date-order", src_lang="fr", tgt_lang="de") == []
    (f,) = findings(pair, code="number-mismatch", src_lang="fr", tgt_lang="de")
    assert f.severity.value == "error"


# Written for this test, from the de -> en legal walk (walk_de P4): a German date of dots
# is day first; a US date of slashes month first.
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "message"), [
    ("de", "en-US", "Die Zahlung ist am 01.03.2025 fällig.", "Payment is due on 01/03/2025.",
     "the source's '01.03.2025' is 1 March 2025 (de: day first); the target's '01/03/2025' "
     "is 3 January 2025 (en-US: month first): day and month swapped?"),
    ("de", "en-US", "Die Zahlung ist am 1.3.2025 fällig.", "Payment is due on 1/3/2025.",
     "the source's '1.3.2025' is 1 March 2025 (de: day first); the target's '1/3/2025' "
     "is 3 January 2025 (en-US: month first): day and month swapped?"),
    ("en-US", "de", "This Agreement is effective as of 03/01/2025.",
     "Diese Vereinbarung gilt ab dem 03.01.2025.",
     "the source's '03/01/2025' is 1 March 2025 (en-US: month first); the target's "
     "'03.01.2025' is 3 January 2025 (de: day first): day and month swapped?"),
    ("de", "en-GB", "Die Zahlung ist am 01.03.2025 fällig.", "Payment is due on 03/01/2025.",
     "the source's '01.03.2025' is 1 March 2025 (de: day first); the target's '03/01/2025' "
     "is 3 January 2025 (en-GB: day first; en-US writes the month first): day and month "
     "swapped?"),
    # the same date each way its side writes it
    ("de", "en-US", "Die Zahlung ist am 01.03.2025 fällig.", "Payment is due on 03/01/2025.",
     None),
    ("en-US", "de", "This Agreement is effective as of 03/01/2025.",
     "Diese Vereinbarung gilt ab dem 01.03.2025.", None),
    ("de", "en-GB", "Die Zahlung ist am 01.03.2025 fällig.", "Payment is due on 01/03/2025.",
     None),
    ("pl", "en-US", "Płatność do 01.03.2025.", "Payment by 03/01/2025.", None),
])
def test_dates_of_dots_are_day_first(src_lang: str, tgt_lang: str, source: str, target: str,
                                     message: str | None) -> None:
    got = findings([(source, target)], code="date-order", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])
    # a swap between two numeric dates is this check's, not number-mismatch's too
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


# Written for this test, from the same walk: a side that writes its dates month first is
# read so by number-mismatch too, against a date in words.
@pytest.mark.parametrize(("pairs", "src_lang", "flagged"), [
    ([("This Agreement is effective as of 03/01/2025.",
       "Diese Vereinbarung gilt ab dem 3. Januar 2025.")], "en-US", True),
    ([("This Agreement is effective as of 03/01/2025.",
       "Diese Vereinbarung gilt ab dem 1. März 2025.")], "en-US", False),
    # tagged en, its other dates month first
    ([("This Agreement is effective as of 03/01/2025.",
       "Diese Vereinbarung gilt ab dem 3. Januar 2025."),
      ("It was signed on 02/15/2025.", "Sie wurde am 15. Februar 2025 unterzeichnet.")],
     "en", True),
    # tagged en, nothing says which way: read as fits
    ([("This Agreement is effective as of 03/01/2025.",
       "Diese Vereinbarung gilt ab dem 3. Januar 2025.")], "en", False),
    ([("This Agreement is effective as of 03/01/2025.",
       "Diese Vereinbarung gilt ab dem 3. Januar 2025.")], "en-GB", False),
])
def test_a_month_first_side_is_read_month_first_by_number_mismatch(
        pairs: list[tuple[str, str]], src_lang: str, flagged: bool) -> None:
    got = findings(pairs, code="number-mismatch", src_lang=src_lang, tgt_lang="de")
    assert [f.unit for f in got] == ([0] if flagged else [])
