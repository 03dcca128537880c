"""Local calendars for number-mismatch: Thai Buddhist Era, solar hijri and Ethiopian
years and dates against the Gregorian ones (aligner.check.calendars)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.calendars import parse_calendar, with_gregorian
from aligner.check.dates import find_dates
from aligner.check.number_table import number_words


# Written for this test, from the w4 walk's leaflet and press release.
@pytest.mark.parametrize(("source", "target", "lang"), [
    ("In 2023, there were 5 million cases.", "ในปี 2566 มีผู้ป่วย 5 ล้านราย", "th"),
    ("From 1 June 2024.", "ตั้งแต่วันที่ ๑ มิถุนายน พ.ศ. ๒๕๖๗", "th"),
    ("In 2023.", "در سال ۱۴۰۲", "fa"),
    ("In 2024.", "در سال ۱۴۰۲", "fa"),  # 1402 began on 21 March 2023
    # the Gregorian date in brackets too: one date
    ("Paris, 12 March 2024", "پاریس، ۲۲ اسفند ۱۴۰۲ (۱۲ مارس ۲۰۲۴)", "fa"),
    ("Paris, 12 March 2024", "پاریس، ۲۲ اسفند ۱۴۰۲", "fa"),
    ("Tehran, 1 April 2024", "تهران، ۱۳ فروردین ۱۴۰۳", "fa"),
    ("From 1 June to 31 August 2024.", "ከግንቦት 24 እስከ ነሐሴ 25 ቀን 2016 ዓ.ም. ድረስ", "am"),
    ("On 11 September 2023.", "በ2016 ዓ.ም. መስከረም 1", "am"),  # 2016 began on 12 September
    ("In 2016 there were 5 million cases.", "በ2016 ከ5 ሚሊዮን በላይ", "am"),  # a Gregorian year
    # dates in digits
    ("Tehran, 12 March 2024", "تهران، ۱۴۰۲/۱۲/۲۲", "fa"),
    ("Tehran, 12/03/2024", "تهران، ۱۴۰۲/۱۲/۲۲", "fa"),
    ("Bangkok, 1 June 2024", "กรุงเทพฯ 1/6/2567", "th"),
    ("Addis Ababa, 1 June 2024", "አዲስ አበባ 24/9/2016", "am"),
])
def test_a_local_year_or_date_is_its_gregorian_one(source: str, target: str, lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang="en",
                    tgt_lang=lang) == []


@pytest.mark.parametrize(("source", "target", "lang", "message"), [
    ("In 2022, there were 5 million cases.", "ในปี 2566 มีผู้ป่วย 5 ล้านราย", "th",
     "numbers differ: 2022 missing in the target; 2566 not in the source"),
    ("In 2020.", "در سال ۱۴۰۲", "fa", "numbers differ: 2020 missing in the target; "
     "1402 not in the source"),
    ("Paris, 12 March 2024", "پاریس، ۲۲ اسفند ۱۴۰۱", "fa",
     "numbers differ: 2024 missing in the target; 1401 not in the source"),
    ("Paris, 15 March 2024", "پاریس، ۲۲ اسفند ۱۴۰۲", "fa",
     "numbers differ: 15 missing in the target; 22 not in the source"),
    ("From 1 June to 31 August 2022.", "ከግንቦት 24 እስከ ነሐሴ 25 ቀን 2016 ዓ.ም. ድረስ", "am",
     "numbers differ: 2022 missing in the target; 2016 not in the source"),
    # a date in digits: reported in Gregorian terms (Nowruz 1402 on 20 March: the 11th)
    ("Tehran, 15 March 2024", "تهران، ۱۴۰۲/۱۲/۲۲", "fa",
     "numbers differ: 15 missing in the target; 11 not in the source"),
    ("Tehran, 12 April 2024", "تهران، ۱۴۰۲/۱۲/۲۲", "fa", "numbers differ: 3 not in the source"),
    ("Bangkok, 1 July 2024", "กรุงเทพฯ 1/6/2567", "th", "numbers differ: 6 not in the source"),
    ("Addis Ababa, 1 June 2023", "አዲስ አበባ 24/9/2016", "am",
     "numbers differ: 2023 missing in the target; 2024 not in the source"),
])
def test_a_wrong_local_year_or_date_is_reported(source: str, target: str, lang: str,
                                                message: str) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="en", tgt_lang=lang)
    assert [f.message for f in got] == [message]


def test_a_changed_day_beside_a_local_month_is_reported_as_its_gregorian_day() -> None:
    got = findings([("From 2 June to 31 August 2024.",
                     "ከግንቦት 24 እስከ ነሐሴ 25 ቀን 2016 ዓ.ም. ድረስ")],
                   code="number-mismatch", src_lang="en", tgt_lang="am")
    assert len(got) == 1 and got[0].expected == ("2",)


def test_a_word_ending_like_a_local_month_is_no_month() -> None:
    # ቁጥር ("number") ends in ጥር (the fifth month)
    assert findings([("Number 5 was there.", "ቁጥር 5 ነበር")], code="number-mismatch",
                    src_lang="en", tgt_lang="am") == []
    assert findings([("Number 6 was there.", "ቁጥር 5 ነበር")], code="number-mismatch",
                    src_lang="en", tgt_lang="am")


def test_a_date_in_digits_of_a_local_year_may_be_its_gregorian_dates() -> None:
    persian = number_words("fa").calendar
    assert persian is not None
    [numeric] = find_dates("1402/12/22")
    converted = with_gregorian(numeric, persian)
    assert [[v for v, _, _ in d.numbers] for d in converted.others] == [
        ["2024", "3", "11"], ["2024", "3", "12"]]
    assert converted.choices()[0] == (converted, numeric.readings[0])  # as written first
    [gregorian] = find_dates("2024/03/12")
    assert with_gregorian(gregorian, persian) is gregorian


def test_the_calendars_of_the_data_files() -> None:
    thai = number_words("th").calendar
    assert thai is not None and thai.gregorian_years(2567) == ["2024"]
    persian = number_words("fa").calendar
    assert persian is not None and persian.gregorian_years(1402) == ["2023", "2024"]
    assert persian.months["اسفند"] == 12 and persian.months["فروردين"] == 1
    assert sorted(persian.gregorian_days(12, 22, 2023)) == ["11", "12"]
    ethiopian = number_words("am").calendar
    assert ethiopian is not None and ethiopian.gregorian_years(2016) == ["2023", "2024"]
    assert ethiopian.gregorian_days(9, 24, 2023) == ["31", "1"]  # ግንቦት 24: 1 June 2024
    assert ethiopian.gregorian_days(13, 5, 2023) == ["9", "10"]  # ጳጉሜ 5
    assert number_words("en").calendar is None
    plain = parse_calendar({"calendar_years": ("100-200:5",)}, {})  # from 1 January
    assert plain is not None and plain.gregorian_years(150) == ["155"]
    assert not plain.is_year("99") and plain.is_year("200")
