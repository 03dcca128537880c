"""number-mismatch in the languages of India, Bangladesh, East Africa, Indonesia, Vietnam,
Iran and Israel: lakh and crore grouping, magnitude words, month names, Vietnamese months by number.
Sentences written by hand for this test."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.numbers import parse_number


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("1,50,000", "en", "150000"),
    ("1,50,000", "hi", "150000"),
    ("1,25,00,000", "bn", "12500000"),
    ("12,34,567.50", "en", "1234567.5"),
    ("10,00,000", "ta", "1000000"),
    ("150,000", "hi", "150000"),  # the international grouping too
])
def test_indian_grouping(text: str, lang: str, value: str) -> None:
    assert parse_number(text, lang) == value


PASS = [
    # lakh and crore grouping, in Devanagari and Bengali digits and in English
    ("We reached 150,000 people.", "हम १,५०,००० लोगों तक पहुँचे।", "en", "hi"),
    ("The budget is 12,500,000 taka.", "বাজেট ১,২৫,০০,০০০ টাকা।", "en", "bn"),
    ("The budget is Rs 1,25,00,000.", "The budget is Rs 12,500,000.", "en", "en"),
    # Vietnamese names its months by number: tháng 3 is March
    ("The survey ends in March 2024.", "Khảo sát kết thúc vào tháng 3 năm 2024.", "en", "vi"),
    ("It is due on 15 June.", "Hạn chót là ngày 15 tháng 6.", "en", "vi"),
    ("It opened in January 2025.", "Nó mở cửa vào tháng 1/2025.", "en", "vi"),
    ("Le 12 mars 2024.", "Ngày 12 tháng 3 năm 2024.", "fr", "vi"),
    ("It ends in March 2024.", "Tha\u0301ng 3 năm 2024 thì kết thúc.", "en", "vi"),  # NFD
    ("2024年3月に終わる。", "Kết thúc vào tháng 3 năm 2024.", "ja", "vi"),
    ("It lasted 18 months.", "Nó kéo dài 18 tháng.", "en", "vi"),  # after the number: months
    # magnitude words after the number
    ("More than 5 million cases.", "50 लाख से अधिक मामले।", "en", "hi"),
    ("The cost is 12.5 million rupees.", "लागत 1.25 करोड़ रुपये है।", "en", "hi"),
    ("The cost is 12.5 million rupees.", "लागत 1.25 कर\u094b\u0921\u093c रुपये है।", "en", "hi"),
    ("The cost is 12.5 million rupees.", "लागत 1.25 कर\u094b\u095c रुपये है।", "en", "hi"),
    ("About 5,000 people came.", "लगभग 5 हज़ार लोग आए।", "en", "hi"),
    ("The cost is Rs 1.25 crore.", "लागत 1.25 करोड़ रुपये है।", "en", "hi"),
    ("5 million people live here.", "এখানে ৫০ লাখ মানুষ থাকে।", "en", "bn"),
    ("5 million people live here.", "50 லட்சம் மக்கள் இங்கு வாழ்கின்றனர்.", "en", "ta"),
    ("It costs 20 million rupees.", "இதன் விலை 2 கோடி ரூபாய்.", "en", "ta"),
    ("The grant is IDR 1.5 billion.", "Hibahnya Rp1,5 miliar.", "en", "id"),
    ("3.5 million people voted.", "Sebanyak 3,5 juta orang memilih.", "en", "id"),
    ("3,5 millions d'habitants.", "3,5 triệu người dân.", "fr", "vi"),
    ("2,2 milliards d'euros.", "2,2 tỷ euro.", "fr", "vi"),
    ("3,5 millions d'habitants.", "۳٫۵ میلیون نفر.", "fr", "fa"),
    ("2,2 milliards d'euros.", "۲٫۲ میلیارد یورو.", "fr", "fa"),
    ("3,5 millions d'habitants.", "3.5 מיליון תושבים.", "fr", "he"),
    # Swahili writes the magnitude before the number
    ("5 million cases were reported.", "Visa milioni 5 viliripotiwa.", "en", "sw"),
    ("It costs TSh 2.5 billion.", "Inagharimu shilingi bilioni 2.5.", "en", "sw"),
    # a case ending after a magnitude word of Bengali and Tamil
    ("More than 5 million cases.", "৫০ লাখের বেশি রোগী।", "en", "bn"),
    ("More than 5 million cases.", "50 லட்சத்துக்கும் மேற்பட்ட நோயாளிகள்.", "en", "ta"),
    # month names against a date in digits
    ("Deadline: 15/03/2024.", "अंतिम तिथि: 15 मार्च 2024।", "en", "hi"),
    ("Deadline: 15/03/2024.", "শেষ তারিখ: ১৫ মার্চ ২০২৪।", "en", "bn"),
    ("Deadline: 15/03/2024.", "கடைசி நாள்: 15 மார்ச் 2024.", "en", "ta"),
    ("Deadline: 15/03/2024.", "Mwisho: 15 Machi 2024.", "en", "sw"),
    ("Deadline: 15/03/2024.", "Batas waktu: 15 Maret 2024.", "en", "id"),
    ("Deadline: 15/03/2024.", "مهلت: ۱۵ مارس ۲۰۲۴.", "en", "fa"),
    ("Deadline: 15/03/2024.", "המועד: 15 במרץ 2024.", "en", "he"),
    ("Deadline: 15 August 2024.", "המועד: 15 באוגוסט 2024.", "en", "he"),
]
FAIL = [
    ("We reached 150,000 people.", "हम १५,००,००० लोगों तक पहुँचे।", "en", "hi",
     "numbers differ: 150000 missing in the target; 1500000 not in the source"),
    ("The survey ends in March 2024.", "Khảo sát kết thúc vào tháng 4 năm 2024.", "en", "vi",
     "numbers differ: 4 not in the source"),
    ("More than 5 million cases.", "5 लाख से अधिक मामले।", "en", "hi",
     "numbers differ: '5 million' (5,000,000) missing in the target; "
     "'5 लाख' (500,000) not in the source"),
    ("5 million cases were reported.", "Visa milioni 50 viliripotiwa.", "en", "sw",
     "numbers differ: '5 million' (5,000,000) missing in the target; "
     "'milioni 50' (50,000,000) not in the source"),
    ("Deadline: 15/04/2024.", "अंतिम तिथि: 15 मार्च 2024।", "en", "hi",
     "numbers differ: 4 missing in the target"),
]


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), PASS)
def test_same_numbers(source: str, target: str, src_lang: str, tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), FAIL)
def test_different_numbers(source: str, target: str, src_lang: str, tgt_lang: str,
                           message: str) -> None:
    found = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                     tgt_lang=tgt_lang)
    assert [f.message for f in found] == [message]
