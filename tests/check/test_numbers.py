"""number-mismatch: locale-aware values, ranges, ordinals, spelled-out numbers."""

from __future__ import annotations

import pytest
from check_helpers import findings
from hypothesis import given
from hypothesis import strategies as st

from aligner.check.numbers import extract_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("3.526", "es", "3526"),
        ("3,526", "en", "3526"),
        ("1,5", "es", "1.5"),
        ("1.5", "en", "1.5"),
        ("1.5", "es", "1.5"),  # not a thousands group: read as a decimal
        ("125.000", "es", "125000"),
        ("125\u00a0000", "fr", "125000"),
        ("1,000,000.50", "en", "1000000.5"),
        ("0,25", "es-ES", "0.25"),
        ("007", "en", "7"),
    ],
)
def test_parse_number(text: str, lang: str, value: str) -> None:
    assert parse_number(text, lang) == value


def test_short_year_range_is_expanded() -> None:
    assert [v for v, _, _ in extract_numbers("(1948–58)", "en")] == ["1948", "1958"]
    assert [v for v, _, _ in extract_numbers("(1948-1958)", "es")] == ["1948", "1958"]
    assert [v for v, _, _ in extract_numbers("(2001-03)", "en")] == ["2001", "2003"]


@pytest.mark.parametrize("text", ["2024-06-15", "2024–06–15", "el 2024-12-31."])
def test_an_iso_date_is_no_year_range(text: str) -> None:
    # 2024-06 followed by another -dd is a date, not the range 2024–2006
    values = [v for v, _, _ in extract_numbers(text, "en")]
    assert values[0] == "2024" and values[1] in ("6", "12")


@pytest.mark.parametrize(
    ("source", "target", "flagged"),
    [
        ("en 1972 hubo 3.526 huelgas", "in 1972 there were 3,526 strikes", False),
        ("subió un 1,5 %", "rose by 1.5%", False),
        ("el 70 % de los votos", "70% of the votes", False),
        ("entre 1948 y 1958", "between 1948 and 1958", False),
        ("(1948-1958)", "(1948–58)", False),
        ("el 4 de septiembre de 1970", "on September 4, 1970", False),
        ("el distrito 10", "the 10th district", False),
        ("el 1.º de mayo", "on May 1st", False),
        ("asumiera el mando1?", "taking office?1", False),  # footnote markers
        ("durante diez años", "for 10 years", False),  # spelled out on one side
        ("treinta y cuatro fundos", "34 estates", False),
        ("34 fundos", "thirty-four estates", False),
        ("Vino 2 veces.", "He came twice.", False),  # once, twice, thrice
        ("Vino 3 veces.", "He came twice.", True),
        ("Chile 73", "Chile ’73", False),
        ("en 1972 hubo 3.526 huelgas", "in 1972 there were 3,256 strikes", True),
        ("en 1972", "in 1971", True),
        ("125.000 comercios", "125 stores", True),
        ("3,526 huelgas", "3,562 strikes", True),  # a comma is a decimal mark in Spanish
        # but a number copied as the source writes it is the source's number (s38 walk5
        # item 1); an amount so copied is number-format's
        ("3,526 huelgas", "3,526 strikes", False),
        ("el 4 de septiembre", "on September", True),
        ("en septiembre", "in September 4", True),
        ("durante diez años", "for 12 years", True),
        ("sin números", "no numbers", False),
        # magnitude words scale the digits before them
        ("1,5 millones de personas", "1.5 million people", False),
        ("1.500.000 personas", "1.5 million people", False),
        ("3 mil comercios", "3,000 stores", False),
        ("2 mil millones", "2 billion", False),
        ("1,5 millones de personas", "1.5 thousand people", True),
        ("en 1970 mil personas", "in 1970 a thousand people", False),  # a year is not scaled
        # a year and its short form; a decade spelled out
        ("Chile 1973", "Chile ’73", False),
        ("los años setenta", "the 1970s", False),
        ("en 1973", "in ’74", True),
    ],
)
def test_number_mismatch(source: str, target: str, flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch")
    assert bool(got) is flagged
    if got:
        assert got[0].src_span is not None or got[0].tgt_span is not None


def test_empty_or_copied_target_is_not_a_number_mismatch() -> None:
    assert findings([("en 1972", "")], code="number-mismatch") == []
    # read as English, a copied 30.000 would be thirty: untranslated covers it
    assert findings([("dejó 30.000 muertos", "dejó 30.000 muertos")],
                    code="number-mismatch") == []


@pytest.mark.parametrize(("source", "target"), [
    # s33 walk 1 item 3: a numeric region in a localised address
    ("See https://docs.example.com/admin?lang=en", "Vea https://docs.example.com/admin?lang=es-419"),
    ("See https://example.com/item/123.", "Vea https://example.com/item/124."),  # link-mismatch
    ("Write to j2@example.com.", "Escriba a j3@example.com."),
])
def test_the_digits_of_an_address_are_no_numbers(source: str, target: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang="en",
                    tgt_lang="es-419") == []
    # a number outside the address still counts
    assert findings([(source + " 5", target + " 6")], code="number-mismatch", src_lang="en",
                    tgt_lang="es-419")


@pytest.mark.parametrize(("source", "target", "message"), [
    # s33 walk 2 item 6: m2, m^2 typed for m² after a unit symbol
    ("Die Fläche beträgt 1,73 m².", "The area is 1.73 m2.", None),
    ("Die Fläche beträgt 1,73 m².", "The area is 1.73 m^2.", None),
    ("Die Dosis beträgt 100 mg/m².", "The dose is 100 mg/m2.", None),
    ("Das Volumen ist 5 cm³.", "The volume is 5 cm3.", None),
    ("Die Zahl war 245 × 10⁹/l.", "The count was 245 × 10^9/L.", None),
    ("Die Zahl war 245 × 10⁹/l.", "The count was 245 × 10^8/L.",
     "numbers differ: 9 missing in the target; 8 not in the source"),
    ("Modell M2 und Raum 2.", "Model M2 and room 3.",  # no unit: M2 counts
     "numbers differ: 2 missing in the target"
     " (twice in the source, once in the target); 3 not in the source"),
])
def test_a_plain_exponent_after_a_unit_is_no_number(source: str, target: str,
                                                    message: str | None) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="de", tgt_lang="en")
    assert [f.message for f in got] == ([message] if message else [])


@pytest.mark.parametrize(("target", "lang"), [
    # s38 walk 3 item 1: the particle written onto the unit ends it as a space does
    ("면적은 5m2이다.", "ko"), ("面積は5m2である。", "ja"), ("面积为5m2左右。", "zh"),
])
def test_a_plain_exponent_before_a_particle_is_no_number(target: str, lang: str) -> None:
    assert findings([("The area is 5 m².", target)], code="number-mismatch", src_lang="en",
                    tgt_lang=lang) == []


@pytest.mark.parametrize(("source", "target", "message"), [
    # s33 walk 2 item 15: a naked decimal is 0.5, not 5
    ("Die Dosis beträgt 0,5 mg.", "The dose is .5 mg.", None),
    ("Die Dosis beträgt 0,5 mg.", "The dose is .25 mg.",
     "numbers differ: '0,5' (0.5) missing in the target; 0.25 not in the source"),
    ("Die Dosis beträgt 5 mg.", "The dose is .5 mg.",
     "numbers differ: 5 missing in the target; 0.5 not in the source"),
    ("Siehe Nr.5 und Abschnitt 5.", "See no.5 and section 5.", None),  # after a word
])
def test_a_naked_decimal_is_read_with_its_zero(source: str, target: str,
                                               message: str | None) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="de", tgt_lang="en")
    assert [f.message for f in got] == ([message] if message else [])


@pytest.mark.parametrize(("source", "target", "message"), [
    # s34 walk item 3: a naked decimal with the other decimal sign before a unit is 0.5
    # too (number-format says how it is written)
    ("The dose is 0.5 mg.", "Die Dosis beträgt .5 mg.", None),
    ("The dose is 0.5 %.", "Der Anteil beträgt .5 %.", None),
    # elsewhere a point is no German decimal sign
    ("See section 0.5.", "Siehe Abschnitt .5.",
     "numbers differ: 0.5 missing in the target; 5 not in the source"),
])
def test_a_naked_decimal_with_the_other_sign_before_a_unit(source: str, target: str,
                                                           message: str | None) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="en", tgt_lang="de")
    assert [f.message for f in got] == ([message] if message else [])


def test_number_word_data_files() -> None:
    from aligner.check.number_table import number_words

    for lang in ("es", "en"):
        table = number_words(lang)
        assert set(range(21)) <= set(table.words)
        assert all(w == w.lower() and w.isascii() for ws in table.words.values() for w in ws)
        # thousands, millions, ...; and in English the lakh and the crore of India, and
        # ten thousand, a hundred million, a hundred billion (万, 亿 said word for word)
        assert table.magnitudes and set(table.magnitudes.values()) <= {3, 4, 5, 6, 7, 8, 9,
                                                                       11, 12}
    assert number_words("xx").words == {}


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_the_same_number_in_both_conventions_matches(n: int, cents: int) -> None:
    es = f"{_grouped(n, '.')},{cents:02d}"
    en = f"{_grouped(n, ',')}.{cents:02d}"
    assert parse_number(es, "es") == parse_number(en, "en")
    assert findings([(f"Son {es} pesos.", f"It is {en} pesos.")], code="number-mismatch") == []


@given(st.integers(min_value=1000, max_value=10**9), st.integers(min_value=1, max_value=8))
def test_a_changed_digit_is_found(n: int, delta: int) -> None:
    m = n + delta
    assert findings([(f"Hubo {_grouped(n, '.')} votos.", f"There were {_grouped(m, ',')} votes.")],
                    code="number-mismatch")


# Chinese, Japanese and Korean: dates, magnitudes after digits, numbers in Han characters.
@pytest.mark.parametrize(
    ("source", "src_lang", "target", "flagged"),
    [
        # the month before 月 is the target's month name
        ("2021年3月3日，他来了。", "zh", "He came on 3 March 2021.", False),
        ("2021年3月3日に彼は来た。", "ja", "He came on 3 March 2021.", False),
        ("2021年4月3日，他来了。", "zh", "He came on 3 March 2021.", True),
        ("2021年3月4日，他来了。", "zh", "He came on 3 March 2021.", True),
        ("2021年3月3日", "zh", "on 3/3/2021", False),
        ("他住了3个月。", "zh", "He stayed for 3 months.", False),  # a duration, not March
        # 万 亿 億 千 兆 after digits scale them
        ("250万欧元", "zh", "2.5 million euros", False),
        ("250万ユーロ", "ja", "2.5 million euros", False),
        ("1.5亿人", "zh", "150 million people", False),
        ("3億円", "ja", "300 million yen", False),
        ("5千元", "zh", "5,000 yuan", False),
        ("3千万", "zh", "30 million", False),
        ("2兆円", "ja", "2 trillion yen", False),
        ("5千米", "zh", "5 km", False),  # a metric prefix, not a magnitude
        ("3兆瓦", "zh", "3 MW", False),
        ("300万", "zh", "2.5 million", True),
        ("250万欧元", "zh", "25 million euros", True),
        # Han numerals
        ("五千元", "zh", "5,000 yuan", False),
        ("十二个人", "zh", "12 people", False),
        ("二十三岁", "zh", "23 years old", False),
        ("三百五十名学生", "zh", "350 students", False),
        ("一万二千人", "zh", "12,000 people", False),
        ("二〇二一年", "zh", "in 2021", False),
        ("二零二一年三月", "zh", "March 2021", False),
        ("一百零五人", "zh", "105 people", False),
        ("两个孩子，2020年", "zh", "two children in 2020", False),
        # 两 after a number is the tael (the DEV gold of MAC: 22 was read)
        ("韦小宝借了二十两给他们。", "zh", "Trinket lent them another twenty.", False),
        ("五十两本钱已输干了。", "zh", "they had to pay out fifty taels.", False),
        ("一千两百人", "zh", "1,200 people", False),
        ("两万两千人", "zh", "22,000 people", False),
        ("二十两银子", "zh", "22 taels of silver", True),
        # an English ordinal of 11 and more (十五队, the fifteenth team)
        ("然后她就被发到十五队。", "zh", "She was sent down to the fifteenth team.", False),
        ("刚满十六岁时", "zh", "ON HER SIXTEENTH birthday", False),
        ("刚满十六岁时", "zh", "on her seventeenth birthday", True),
        ("三个孩子", "zh", "3 children", False),
        ("第一章", "zh", "Chapter 1", False),
        ("三千円", "ja", "3,000 yen", False),
        ("五千元", "zh", "6,000 yuan", True),
        ("二十三岁", "zh", "24 years old", True),
        ("二〇二一年", "zh", "in 2020", True),
        # a lone 一 in a word, an idiom or as "a" is no number
        ("2020年我们一起去。", "zh", "In 2020 we went together.", False),
        ("2020年统一了。", "zh", "Unified in 2020.", False),
        ("2020年，一样的。", "zh", "The same in 2020.", False),
        ("2020年有一些人。", "zh", "Some people in 2020.", False),
        ("2020年一般。", "zh", "Ordinary in 2020.", False),
        ("2020年来了一个人。", "zh", "In 2020 a man came.", False),
        ("2020年十分重要。", "zh", "Very important in 2020.", False),
        ("2020年万一下雨。", "zh", "In case it rains in 2020.", False),
        ("2020年数十人。", "zh", "Dozens of people in 2020.", False),
        ("2020年三四天。", "zh", "Three or four days in 2020.", False),
        ("2020年一緒に行った。", "ja", "We went together in 2020.", False),
        # s37 walk 5 item 2: a counter that begins a word after the numeral (角 is a dime,
        # 三角洲 a delta) is no number; the counted number is still one
        ("在三角洲，问题是盐。", "zh", "In the delta, the problem is salt.", False),
        ("下一集：三角洲。", "zh", "Next episode: the delta.", False),
        ("画一个三角形。", "zh", "Draw a triangle.", False),
        ("这是一部三部曲。", "zh", "It is a trilogy.", False),
        ("他三番五次地问。", "zh", "He asked again and again.", False),
        ("二度と行かない。", "ja", "I will never go again.", False),
        ("星期六天气很好。", "zh", "On Saturday the weather was fine.", False),
        ("礼拜五点名。", "zh", "The roll is called on Friday.", False),
        ("每周三次。", "zh", "Three times a week.", False),
        ("每周三次。", "zh", "Twice a week.", True),
        ("星期六来了五个人。", "zh", "On Saturday four people came.", True),
        ("三角钱", "zh", "two dimes", True),
        ("三角洲有三个村子。", "zh", "The delta has two villages.", True),
        ("他问了五次。", "zh", "He asked four times.", True),
        ("二度行った。", "ja", "I went there once.", True),
        # a number written in characters answers the same number in digits
        ("一个人", "zh", "1 person", False),
        ("百分之五十", "zh", "50%", False),
        ("２０２１年３月", "ja", "March 2021", False),  # full-width digits
        ("1万2000人", "zh", "12,000 people", False),  # not 1万 and 2 million
        # s37 walk 4 item 2: per, a, each, every write a 1 before a counter
        ("deploy コマンドは、1 回のリクエストで最大 500 MB をアップロードします。", "ja",
         "The deploy command uploads at most 500 MB per request.", False),
        ("1 件のファイルごとに確認します。", "ja", "Each file is checked.", False),
        ("每1次请求最多上传 500 MB。", "zh", "At most 500 MB are uploaded per request.", False),
        ("1人が2つの役割を持てます。", "ja", "A user can have 2 roles.", False),
        ("요청 1 번에 500 MB를 올립니다.", "ko", "It uploads 500 MB per request.", False),
        # ... but not a number the source does not have, nor a 1 with no such word
        ("2 回のリクエストで 500 MB", "ja", "500 MB per request", True),
        ("2 回会った。", "ja", "We met once.", True),
        ("1 回サービスを再起動します。", "ja", "Restart a service twice.", True),
        ("1 日に 1 回実行します。", "ja", "It runs three times a day.", True),
        ("1 回のリクエストで 500 MB", "ja", "500 MB in the request", True),
        ("1 回のリクエストで 500 MB", "ja", "400 MB per request", True),
        ("1回だけ会った。", "ja", "We met only once.", False),
        # numeral characters alone are compared too (a unit without digits was skipped)
        ("二回会った。", "ja", "We met once.", True),
        ("二回会った。", "ja", "We met twice.", False),
        ("五千円", "ja", "four thousand yen", True),
        ("一人で来た。", "ja", "He came alone.", False),  # 一 before a counter: "a"
        # a year counted in an era is a year of the common era
        ("令和6年に施行された。", "ja", "It came into force in 2024.", False),
        ("令和元年5月1日", "ja", "1 May 2019", False),
        ("昭和四十八年", "ja", "in 1973", False),
        ("令和6年（2024年）に施行された。", "ja", "It came into force in 2024.", False),
        ("2024年（令和6年）", "ja", "in 2024", False),
        ("民國113年", "zh", "in 2024", False),
        ("令和6年に施行された。", "ja", "It came into force in 2023.", True),
        ("平成元年", "ja", "in 2019", True),  # 1989
        ("6年間", "ja", "for 6 years", False),  # no era: a count of years
        # Korean: 만 억 천 백 after digits, 월 after a month's number
        ("2022년 10월, 서울에서 축제가 열렸다.", "ko",
         "In October 2022, a festival was held in Seoul.", False),
        ("약 5만 명이 참가했다.", "ko", "About 50,000 people took part.", False),
        ("1만 2천 명", "ko", "12,000 people", False),
        ("1만 2000명", "ko", "12,000 people", False),
        ("3억 원", "ko", "300 million won", False),
        ("3억 5000만 원", "ko", "350 million won", False),
        ("5천 원", "ko", "5,000 won", False),
        ("3백 명", "ko", "300 people", False),
        ("백만 명", "ko", "1,000,000 people", False),
        ("제3조에 따라", "ko", "under Article 3", False),  # 조 is an article here
        ("2020년에 천천히 걸었다.", "ko", "In 2020 he walked slowly.", False),
        ("조만간 2개를 연다.", "ko", "Soon it opens 2.", False),
        ("2022년 11월", "ko", "In October 2022", True),
        ("약 5만 명", "ko", "About 5,000 people", True),
        ("1만 2천 명", "ko", "10,000 people", True),
    ],
)
def test_cjk_number_mismatch(source: str, src_lang: str, target: str, flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang=src_lang, tgt_lang="en")
    assert bool(got) is flagged, got
    # and the other way round
    back = findings([(target, source)], code="number-mismatch", src_lang="en", tgt_lang=src_lang)
    assert bool(back) is flagged, back


# Written for this test (a Japanese storage plan).
@pytest.mark.parametrize(("source", "target", "message"), [
    ("1ユーザーあたり5GBです。", "5 GB per user.", None),  # a rate: "per" writes no 1
    ("１ファイルあたり100MBまで。", "Up to 100 MB each.", None),
    ("1台につき3年保証。", "A 3-year warranty for each unit.", None),
    ("1ユーザーあたり5GBです。", "5 GB for 1 user.", None),
    ("2ユーザーあたり5GBです。", "5 GB per user.", "numbers differ: 2 missing in the target"),
    ("1,000ユーザーあたり5ドル。", "$5 per user.",
     "numbers differ: 1000 missing in the target"),
    ("1ユーザーで5GBです。", "5 GB per user.", "numbers differ: 1 missing in the target"),
    # s40 localization walk P5: typed with a space after the digit, read the same
    ("Team プランは、1 ユーザーあたり月額 12 ドルです。",
     "The Team plan costs $12 per user per month.", None),
    ("2 ユーザーあたり5GBです。", "5 GB per user.", "numbers differ: 2 missing in the target"),
])
def test_the_one_of_a_japanese_rate_may_go_unwritten(source: str, target: str,
                                                     message: str | None) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="ja")
    assert [f.message for f in got] == ([message] if message else [])


# Written for this test (s40 localization walk P5): a date typed with spaces between the
# digits and 年, 月, 日 reads as the same date without them.
@pytest.mark.parametrize(("source", "message"), [
    ("2026 年 3 月 14 日リリース。", None),
    ("2026年3月14日リリース。", None),
    ("2026 年 4 月 14 日リリース。",
     "dates differ: 14 April 2026 in the source, 14 March 2026 in the target"),
    ("2026年4月14日リリース。",
     "dates differ: 14 April 2026 in the source, 14 March 2026 in the target"),
    ("2026 年 3 月 15 日リリース。",
     "dates differ: 15 March 2026 in the source, 14 March 2026 in the target"),
])
def test_a_japanese_date_typed_with_spaces(source: str, message: str | None) -> None:
    got = findings([(source, "Released on 14 March 2026.")], code="number-mismatch",
                   src_lang="ja", tgt_lang="en")
    assert [f.message for f in got] == ([message] if message else [])


def test_cjk_month_against_spanish_month_names() -> None:
    assert findings([("2021年3月3日", "el 3 de marzo de 2021")], code="number-mismatch",
                    src_lang="zh", tgt_lang="es") == []
    assert findings([("2021年3月3日", "el 3 de abril de 2021")], code="number-mismatch",
                    src_lang="zh", tgt_lang="es")


@pytest.mark.parametrize(("lang", "same", "other"), [
    ("fr", "le 3 mars 2021", "le 3 avril 2021"),
    ("de", "am 3. März 2021", "am 3. April 2021"),
    ("it", "il 3 marzo 2021", "il 3 aprile 2021"),
    ("pt", "em 3 de março de 2021", "em 3 de abril de 2021"),
    ("nl", "op 3 maart 2021", "op 3 april 2021"),
])
def test_cjk_month_against_other_month_names(lang: str, same: str, other: str) -> None:
    assert findings([("2021年3月3日", same)], code="number-mismatch", src_lang="ja",
                    tgt_lang=lang) == []
    assert findings([("2021年3月3日", other)], code="number-mismatch", src_lang="ja",
                    tgt_lang=lang)


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("2021年3月3日", "zh", ["2021", "3", "3"]),
        ("250万欧元", "zh", ["2500000"]),
        ("2.5万", "ja", ["25000"]),
        ("１２３人", "ja", ["123"]),  # full-width digits
        ("１，２００円", "ja", ["1200"]),  # and their thousands comma
        ("９．９％", "zh", ["9.9"]),
        ("五千元", "zh", ["5000"]),
        ("三百五十", "zh", ["350"]),
        ("一万二千", "zh", ["12000"]),
        ("二十", "zh", ["20"]),
        ("十二", "zh", ["12"]),
        ("壹万贰仟", "zh", ["12000"]),
        ("一亿五千万", "zh", ["150000000"]),
        ("二〇二一年", "zh", ["2021"]),
        ("一九四九年", "ja", ["1949"]),
        ("一月一日", "zh", ["1", "1"]),
        ("我们一起", "zh", []),
        ("统一", "zh", []),
        ("一般", "zh", []),
        ("千万不要", "zh", []),
        ("五六个", "zh", []),
        ("1万2000", "zh", ["12000"]),
        ("1万5", "zh", ["15000"]),  # a digit after 万 is its thousands
        ("1만 2천 명", "ko", ["12000"]),
        ("12억 3456만 7898", "ko", ["1234567898"]),
        ("3만 5천 명, 2022년", "ko", ["35000", "2022"]),
        ("5만 명", "ko", ["50000"]),
        ("2022년 10월 3일", "ko", ["2022", "10", "3"]),
        ("제3조", "ko", ["3"]),
        ("천천히", "ko", []),
        ("2020年", "es", ["2020"]),  # other languages read digits only
    ],
)
def test_cjk_extract_numbers(text: str, lang: str, values: list[str]) -> None:
    assert [v for v, _, _ in extract_numbers(text, lang)] == values


@pytest.mark.parametrize(("source", "lang", "other"), [
    # written for this test: the same date, then another month
    ("W dniu 14 września 2024 r.", "pl", "On 14 October 2024."),
    ("Teslimat 14 Eylül 2024 tarihinde.", "tr", "Delivery on 14 October 2024."),
    ("Στις 14 Σεπτεμβρίου 2024.", "el", "On 14 October 2024."),
    ("في ١٤ سبتمبر ٢٠٢٤.", "ar", "On 14 October 2024."),
    ("في ١٤ أيلول ٢٠٢٤.", "ar", "On 14 October 2024."),
    ("14 вересня 2024 р.", "uk", "On 14 October 2024."),
])
def test_month_names_of_more_languages(source: str, lang: str, other: str) -> None:
    same = other.replace("October", "September")
    assert findings([(source, same)], code="number-mismatch", src_lang=lang,
                    tgt_lang="en") == []
    got = findings([(source, other)], code="number-mismatch", src_lang=lang, tgt_lang="en")
    assert len(got) == 1 and "October not in the source" in got[0].message
    # a month in digits on the other side is answered by the name too
    assert findings([(source, "14/09/2024")], code="number-mismatch", src_lang=lang,
                    tgt_lang="en") == []
    assert findings([(source, "14/10/2024")], code="number-mismatch", src_lang=lang,
                    tgt_lang="en")


def test_cjk_number_data_files() -> None:
    from aligner.check.number_table import number_words

    for lang in ("zh", "ja"):
        table = number_words(lang)
        assert set(range(10)) <= set(table.words)
        assert table.magnitudes["万"] == 4 and table.magnitudes["千"] == 3
        assert table.han and {"个", "つ"} & set(table.lists["counters"])
        assert table.lists["month"] == ("月",) and "十分" in table.lists["not"]
    assert number_words("zh").magnitudes["亿"] == 8
    assert number_words("ja").magnitudes["億"] == 8
    assert number_words("en").months[3] == ("march", "mar")
    assert number_words("es").months[9] == ("septiembre", "setiembre", "sep", "sept")
    assert not number_words("en").han and not number_words("es").han
    lists = number_words("es").lists
    assert {k: lists[k] for k in ("joiners", "half", "after_day", "yearless", "halved")} == {
        "joiners": ("y",), "half": ("medio", "media"), "after_day": ("mar",),
        "yearless": ("d/m",), "halved": ("docena",)}
    assert "siglo" in lists["roman_after"]
    assert lists["month_alone"][:2] == ("enero", "febrero")


@pytest.mark.parametrize(("source", "target", "tgt_lang"), [
    ("El 4 de mayo de 1973.", "في ٤ مايو ١٩٧٣.", "ar"),      # Arabic-Indic digits
    ("El 4 de mayo de 1973.", "در ۴ مه ۱۹۷۳.", "fa"),        # Persian digits
    ("Cuesta 1.500 euros.", "يكلف ١٬٥٠٠ يورو.", "ar"),       # Arabic thousands separator
    ("Subió un 2,5 %.", "ارتفع بنسبة ٢٫٥٪.", "ar"),          # Arabic decimal separator
    ("En 2021 llegó.", "२०२१ में आया।", "hi"),                # Devanagari digits
])
def test_digits_of_other_scripts_are_their_values(source: str, target: str,
                                                   tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang="es",
                    tgt_lang=tgt_lang) == []
    wrong = target.replace("٤", "٥").replace("۴", "۵").replace("١٬٥", "٢٬٥").replace(
        "٢٫٥", "٣٫٥").replace("२०२१", "२०२२")
    assert findings([(source, wrong)], code="number-mismatch", src_lang="es",
                    tgt_lang=tgt_lang)


@pytest.mark.parametrize(("source", "target", "tgt_lang", "flagged"), [
    ("Es waren 3.526 Personen.", "Il y avait 3 526 personnes.", "fr", False),
    ("Es kostet 1.250.000 Euro.", "Cela coûte 1 250 000 euros.", "fr", False),
    ("Es kostet 25.000 Dollar.", "Это стоит 25 000 долларов.", "ru", False),
    ("Im Jahr 2021 kamen 300 Leute.", "En 2021 300 personnes sont venues.", "fr", False),
    ("Es waren 3.526 Personen.", "Il y avait 3 527 personnes.", "fr", True),
    ("Es kostet 1.200,50 €.", "Cela coûte 1 200,50 €.", "fr", False),
    ("Es kostet 12.345.678,90 €.", "Cela coûte 12 345 678,90 €.", "fr", False),
    ("Es kostet 1.200,50 €.", "Cela coûte 1 200,05 €.", "fr", True),
    # English does not group with a plain space: "3 526" is two numbers there
    ("Es waren 3 und 526 Personen.", "There were 3 526 people.", "en", False),
])
def test_thousands_grouped_with_a_plain_space(source: str, target: str, tgt_lang: str,
                                              flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="de", tgt_lang=tgt_lang)
    assert bool(got) is flagged, got


@pytest.mark.parametrize(("source", "target", "tgt_lang", "flagged"), [
    # s30 walk: Swiss thousands parted by apostrophes, in any language of the country
    ("Der Preis beträgt CHF 250’000.–.", "The price is CHF 250,000.", "en", False),
    ("Es kostet Fr. 1'250.50 im Monat.", "It costs CHF 1,250.50 a month.", "en", False),
    ("Es kostet Fr. 1'250.50 im Monat.", "Costa CHF 250'000 al mese.", "it", True),
    ("Es kostet CHF 250'000.", "Costa CHF 250'000.", "it", False),
    # a whole number and a vulgar fraction are one decimal
    ("Die Last von 1½ t.", "The load of 1.5 t.", "en", False),
    ("Die Last von 1 ½ t.", "La charge de 1,5 t.", "fr", False),
    ("Die Last von 1½ t.", "The load of 1.25 t.", "en", True),
    ("Eine ½ Tasse.", "Half a cup.", "en", False),  # alone: the word half
])
def test_apostrophe_thousands_and_vulgar_fractions(source: str, target: str, tgt_lang: str,
                                                   flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="de", tgt_lang=tgt_lang)
    assert bool(got) is flagged, got


@pytest.mark.parametrize(("source", "target", "flagged"), [
    ("Im 19. Jahrhundert.", "Au XIXe siècle.", False),
    ("Im 19. Jahrhundert.", "Au XIXᵉ siècle.", False),
    ("Im 1. Jahrhundert.", "Au Ier siècle.", False),
    ("Im 18. Jahrhundert.", "Au XIXe siècle.", True),
])
def test_french_roman_ordinals(source: str, target: str, flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="de", tgt_lang="fr")
    assert bool(got) is flagged, got


@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang"), [
    ("Es kostet 2,3 Millionen Euro.", "de", "It costs 2.3 million euros.", "en"),
    ("Es kostet 2,3 Mio. Euro.", "de", "It costs 2,300,000 euros.", "en"),
    ("Es kostet 4 Mrd. Euro.", "de", "It costs 4 billion euros.", "en"),
    ("Il coûte 2,3 millions.", "fr", "Cuesta 2,3 millones.", "es"),
    ("Costa 2,3 milioni.", "it", "Custa 2,3 milhões.", "pt"),
    ("Het kost 2,3 miljoen.", "nl", "It costs 2.3 million.", "en"),
    # written for this test, from the testers' news and contract texts
    ("Koszt: 2,3 mln zł.", "pl", "Cost: PLN 2.3 million.", "en"),
    ("Koszt: 2,3 mld zł.", "pl", "Cost: PLN 2.3 billion.", "en"),
    ("Koszt: 2,3 tys. zł.", "pl", "Cost: PLN 2,300.", "en"),
    ("Maliyet 2,3 milyon TL oldu.", "tr", "The cost was TRY 2.3 million.", "en"),
    ("Maliyet 2,3 milyar TL oldu.", "tr", "The cost was TRY 2.3 billion.", "en"),
    ("2,3 bin kişi katıldı.", "tr", "2,300 people took part.", "en"),
    ("Κοστίζει 2,3 εκατ. ευρώ.", "el", "It costs 2.3 million euros.", "en"),
    ("Κοστίζει 2,3 εκατομμύρια ευρώ.", "el", "It costs 2.3 million euros.", "en"),
    ("Κοστίζει 2,3 δισ. ευρώ.", "el", "It costs 2.3 billion euros.", "en"),
    ("بلغت التكلفة ٢٫٣ مليون ريال.", "ar", "The cost was 2.3 million riyals.", "en"),
    ("بلغت التكلفة ٢٫٣ مليار ريال.", "ar", "The cost was 2.3 billion riyals.", "en"),
    ("Сума 2,3 млн грн.", "uk", "The sum is UAH 2.3 million.", "en"),
    ("Сума 2,3 тис. грн.", "uk", "The sum is UAH 2,300.", "en"),
    ("Сумма 2,3 трлн руб.", "ru", "The sum is RUB 2.3 trillion.", "en"),
    # the w4 and verify walks' leaflet and German sentences
    ("Es kostet 2,3 Tsd. Euro.", "de", "It costs 2.3 thousand euros.", "en"),
    ("มีผู้ป่วย 2.3 ล้านราย", "th", "There were 2.3 million cases.", "en"),
    ("ከ2.3 ሚሊዮን በላይ ታማሚዎች", "am", "More than 2.3 million cases.", "en"),
    # the news-desk walk: Brazilian press magnitudes
    ("Cerca de 2,3 mil empregos.", "pt-BR", "About 2,300 jobs.", "en"),
    ("O governo prevê R$ 2,3 bi.", "pt-BR", "The government expects 2.3 billion reais.", "en"),
    ("A empresa perdeu R$ 2,3 mi.", "pt-BR", "The company lost 2.3 million reais.", "en"),
    ("A dívida chega a R$ 2,3 trilhões.", "pt-BR", "Debt reaches 2.3 trillion reais.", "en"),
    ("A dívida chega a R$ 2,3 tri.", "pt-BR", "Debt reaches 2.3 trillion reais.", "en"),
    ("A dívida chega a 2,3 biliões de euros.", "pt-PT", "Debt reaches 2.3 trillion euros.",
     "en"),
])
def test_magnitude_words_of_more_languages(source: str, src_lang: str, target: str,
                                           tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []
    wrong = target.replace("2.3", "3.2").replace("2,3", "3,2").replace("2,300", "3,200") \
        .replace("4 billion", "5 billion")
    assert findings([(source, wrong)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang)


@pytest.mark.parametrize(("source", "target", "src_lang", "flagged"), [
    ("Un millón y medio de personas.", "1.5 million people.", "es", False),
    ("Un millón y medio de personas.", "15 million people.", "es", True),
    ("Medio millón de personas.", "500,000 people.", "es", False),
    ("Dos millones y medio de personas.", "2.5 million people.", "es", False),
    ("Dos millones y medio de personas.", "2 million people.", "es", True),
    ("2 millones y medio de personas.", "2.5 million people.", "es", False),
    ("2 millones y medio de personas.", "2 million people.", "es", True),
    ("Um milhão e meio de pessoas.", "1.5 million people.", "pt-BR", False),
    ("Meio milhão de pessoas.", "5 million people.", "pt-BR", True),
    ("1,5 millones de personas.", "One and a half million people.", "es", False),
    ("500.000 personas.", "Half a million people.", "es", False),
])
def test_a_half_of_a_magnitude(source: str, target: str, src_lang: str,
                               flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang=src_lang)
    assert bool(got) is flagged, got


@pytest.mark.parametrize(("source", "target", "flagged"), [
    ("Cerca de 30 mil empregos.", "About 30,000 jobs.", False),
    ("A dívida chega a R$ 1 trilhão.", "Debt reaches 1 trillion reais.", False),
    ("A dívida chega a R$ 1 trilhão.", "Debt reaches 1 billion reais.", True),
    ("Um bilhão de pessoas.", "1 billion people.", False),
    ("Dois trilhões de reais.", "2 trillion reais.", False),
    ("Dois trilhões de reais.", "2 billion reais.", True),
])
def test_portuguese_thousands_billions_and_trillions(source: str, target: str,
                                                     flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="pt-BR")
    assert bool(got) is flagged, got


@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang", "flagged"), [
    ("Um 9.30 Uhr.", "de", "À 9 h 30.", "fr", False),
    ("Um 9.30 Uhr.", "de", "À 9h30.", "fr", False),
    ("Alle 18.45 arriva.", "it", "Il arrive à 18 h 45.", "fr", False),
    ("Um 9.30 Uhr.", "de", "At 9:30.", "en", False),
    ("Um 9.30 Uhr.", "de", "À 9 h 45.", "fr", True),
    # three digits after the dot are thousands, not minutes
    ("Es waren 9.300 Leute.", "de", "Il y avait 9 300 personnes.", "fr", False),
])
def test_a_time_with_a_dot_is_hours_and_minutes(source: str, src_lang: str, target: str,
                                                tgt_lang: str, flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert bool(got) is flagged, got


# Numeric dates are day, month and year; a month number is answered by the month's
# name on the other side (or by a month number there), and is no plain number.
@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang"), [
    ("Llegó el 2024-06-15.", "es", "He arrived on 15 June 2024.", "en"),
    ("Cerró el 2024-12-31.", "es", "It closed on 31 December 2024.", "en"),
    ("el 3 de marzo de 2023", "es", "on 03/03/2023", "en"),
    ("el 15/06/2024", "es", "on 15 June 2024", "en"),
    ("el 2024-06-15", "es", "on 15/06/2024", "en"),
    ("el 3/3/24", "es", "on 3 March 2024", "en"),  # a year of two digits
    ("am 3. März 2024", "de", "on 03.03.2024", "en"),
    ("am 03.03.2024", "de", "le 3 mars 2024", "fr"),
    ("le 3 mars 2024", "fr", "on 3/3/2024", "en"),
    ("on March 3, 2024", "en", "el 3/3/2024", "es"),
    ("il 15 giugno 2024", "it", "am 15.06.2024", "de"),
    ("em 15/06/2024", "pt", "op 15 juni 2024", "nl"),
    ("3 марта 2024 года", "ru", "on 03/03/2024", "en"),
    ("2021年3月3日", "zh", "on 2021-03-03", "en"),
    ("2021年3月3日", "ja", "le 03/03/2021", "fr"),
    ("2021年3月", "zh", "in 03/2021", "en"),  # no date: 03 is a number outside dates
    ("el 15/06/2024, 6 personas", "es", "on 15 June 2024, 6 people", "en"),
    # English writes month/day/year, and day/month/year too: either reading that the
    # other side supports
    ("el 4 de marzo de 2023", "es", "on 03/04/2023", "en"),
    ("el 3 de abril de 2023", "es", "on 03/04/2023", "en"),
    ("el 03/04/2023", "es", "on 04/03/2023", "en"),
    ("el 03/04/2023", "es", "on 03/04/2023", "en"),
    ("on 12/25/2023", "en", "el 25 de diciembre de 2023", "es"),
])
def test_numeric_dates_match(source: str, src_lang: str, target: str, tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []
    assert findings([(target, source)], code="number-mismatch", src_lang=tgt_lang,
                    tgt_lang=src_lang) == []


@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang", "message"), [
    ("el 31 de diciembre de 2024", "es", "on 31.12.2025", "en",
     "numbers differ: 2024 missing in the target; 2025 not in the source"),
    ("el 15/06/2024", "es", "on 15 July 2024", "en",
     "dates differ: 15 June 2024 in the source, 15 July 2024 in the target"),
    ("el 15/06/2024", "es", "on 16 June 2024", "en",
     "dates differ: 15 June 2024 in the source, 16 June 2024 in the target"),
    ("el 2024-06-15", "es", "on 15 June 2023", "en",
     "numbers differ: 2024 missing in the target; 2023 not in the source"),
    ("el 15 de junio de 2024", "es", "on 15/06/2024, 6 people", "en",
     "numbers differ: 6 not in the source"),
])
def test_numeric_dates_report_a_real_change(source: str, src_lang: str, target: str,
                                            tgt_lang: str, message: str) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == [message]
    assert got[0].src_span is not None or got[0].tgt_span is not None


@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang"), [
    ("el 3 de marzo de 2023", "es", "on 03/05/2023", "en"),  # neither 5 March nor 3 May
    ("on 03/04/2023", "en", "el 5 de marzo de 2023", "es"),
    ("el 03/04/2023", "es", "le 04/03/2023", "fr"),  # both write day/month: 3 April, 4 March
    ("2021年4月3日", "zh", "on 2021-03-03", "en"),
    ("am 03.03.2024", "de", "le 3 avril 2024", "fr"),
])
def test_numeric_dates_that_differ_are_reported(source: str, src_lang: str, target: str,
                                                tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang)
    assert findings([(target, source)], code="number-mismatch", src_lang=tgt_lang,
                    tgt_lang=src_lang)


# Written for this test, from the verify walk's German sentences (seg/n.de-en.tsv).
@pytest.mark.parametrize(("source", "target", "message"), [
    ("Am 3.10. ist Feiertag.", "3 October is a holiday.", None),
    ("Vom 1.6. bis 31.8. gratis.", "Free from 1 June to 31 August.", None),
    ("Wir nutzen Python 3.10.", "We use Python 3.10.", None),  # no month named: no date
    ("Am 4.10. ist Feiertag.", "3 October is a holiday.",
     "numbers differ: 4 missing in the target; 3 not in the source"),
    ("Am 3.10. ist Feiertag.", "3 November is a holiday.",
     "numbers differ: 10 missing in the target"),
])
def test_a_german_day_and_month_without_a_year(source: str, target: str,
                                               message: str | None) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="de", tgt_lang="en")
    assert [f.message for f in got] == ([message] if message else [])


# Written for this test, from the news-desk walk (nums-ok.tsv, nums-pt.tsv).
@pytest.mark.parametrize(("source", "target", "src_lang", "message"), [
    ("Las obras empiezan el 3/3.", "Works start on March 3.", "es", None),
    ("As obras começam em 3/3 de 2027.", "Works start on March 3, 2027.", "pt-BR", None),
    ("Works start on March 3.", "Las obras empiezan el 3/3.", "en", None),
    ("Las obras empiezan el 3/3.", "Works start on March 4.", "es",
     "numbers differ: 3 missing in the target; 4 not in the source"),
    # no month named on the other side: a score or a fraction, its numbers
    ("Acertó 3/3 tiros.", "He made 3 of 3 shots.", "es", None),
    ("Acertó 3/3 tiros.", "He made 3 shots.", "es",
     "numbers differ: 3 missing in the target (twice in the source, once in the target)"),
])
def test_a_day_and_month_with_a_slash(source: str, target: str, src_lang: str,
                                      message: str | None) -> None:
    tgt_lang = "es" if src_lang == "en" else "en"
    got = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


@pytest.mark.parametrize(("text", "lang", "values"), [
    ("2024-06-15", "en", ["2024", "6", "15"]),  # not the range 2024–2006
    ("2024-12-31", "es", ["2024", "12", "31"]),
    ("31.12.2025", "en", ["31", "12", "2025"]),
    ("31.12.2025", "es", ["31", "12", "2025"]),
    ("15/06/2024", "es", ["15", "6", "2024"]),
    ("3/3/24", "en", ["3", "3", "24"]),
    ("(2001-03)", "en", ["2001", "2003"]),  # a year range still
    ("3.526.000", "es", ["3526000"]),  # thousands, not a date
    ("2021-03-03", "zh", ["2021", "3", "3"]),
])
def test_extract_numbers_of_numeric_dates(text: str, lang: str, values: list[str]) -> None:
    assert [v for v, _, _ in extract_numbers(text, lang)] == values


# A paragraph of an article: 24(1) in one language is 24.1 in another.
@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang", "flagged"), [
    ("según el artículo 24.1", "es", "under Article 24(1)", "en", False),
    ("according to Article 24.1", "en", "según el artículo 24(1)", "es", False),
    ("Article 24(1)", "en", "el artículo 24, apartado 1", "es", False),
    ("nach Artikel 24(10)", "de", "según el artículo 24.10", "es", False),
    ("según el artículo 24.1", "es", "under Article 24(2)", "en", True),
    ("según el artículo 24.1", "es", "under Article 25(1)", "en", True),
    ("un aumento del 24,1 %", "es", "an increase of 24(1)%", "en", True),  # 24,1 is no 24.1
])
def test_a_paragraph_in_brackets_is_the_number_after_a_dot(
        source: str, src_lang: str, target: str, tgt_lang: str, flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert bool(got) is flagged, got
    back = findings([(target, source)], code="number-mismatch", src_lang=tgt_lang,
                    tgt_lang=src_lang)
    assert bool(back) is flagged, back


def test_a_changed_paragraph_names_the_numbers() -> None:
    got = findings([("el artículo 24.1", "Article 24(2)")], code="number-mismatch")
    assert [f.message for f in got] == [
        "numbers differ: 24.1 missing in the target; 24, 2 not in the source"]


def test_placeholders_written_as_text_are_no_numbers() -> None:
    # a TMX's inline codes exported to XLIFF, TSV or CSV come back as text
    assert findings([("Pulse {1}Guardar{/1} y {2/}.", "Click {1}Save{/1} and {2/}.")],
                    code="number-mismatch") == []
    assert findings([("Pulse {1}Guardar{/1}", "Click Save")], code="number-mismatch") == []
    got = findings([("Pulse {1}Guardar{/1} 3 veces", "Click Save 4 times")],
                   code="number-mismatch")
    assert [f.message for f in got] == ["numbers differ: 3 missing in the target; 4 not in "
                                        "the source"]


@pytest.mark.parametrize(("source", "target", "tgt_lang"), [
    # s29 walk 1 item 2: a formal numeral alone, or beside a common one, is a word
    ("Use the login page.", "请使用登陆页面。", "zh"),  # 陆 (land), not 6
    ("Please tidy up your desk.", "请收拾一下你的桌子。", "zh"),  # 拾一 is no 11
    ("It holds 100 yuan.", "内有壹佰元。", "zh"),  # formal, written together: 100
    # "both" is two, in English and others
    ("The installer checks both automatically.", "安装程序会自动检查这两项。", "zh"),
    ("Both files are required.", "两个文件都是必需的。", "zh"),
    # s29 walk 1 item 10: the same date restated in the era calendar, and tenths
    ("The event is on December 6, 2026.",
     "イベントは2026年12月6日（令和8年12月6日）に開催されます。", "ja"),
    ("The event is on December 6, 2026.", "令和8年12月6日（2026年12月6日）に開催。", "ja"),
    ("Over 30% of users chose Pro.", "３割以上のユーザーがProを選びました。", "ja"),
    ("About 20% agreed.", "約二割が賛成した。", "ja"),
])
def test_cjk_words_and_restatements_are_no_extra_numbers(source: str, target: str,
                                                          tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang="en",
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("source", "target", "tgt_lang"), [
    ("It holds 200 yuan.", "内有壹佰元。", "zh"),
    ("The event is on December 6, 2026.", "2026年12月6日（令和8年12月7日）に開催。", "ja"),
    ("About 30% agreed.", "約二割が賛成した。", "ja"),
])
def test_a_different_number_is_still_reported(source: str, target: str,
                                              tgt_lang: str) -> None:
    assert len(findings([(source, target)], code="number-mismatch", src_lang="en",
                        tgt_lang=tgt_lang)) == 1


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # a sentence translated twice: its numbers are in the source, once
    ("On March 23 some 200,000 people marched.",
     "El 23 de marzo unas 200.000 personas marcharon. El 23 de marzo, unas 200.000 "
     "personas desfilaron.", "en", "es",
     "numbers differ: 23, 200000, marzo added in the target"
     " (twice in the target, once in the source)"),
    # and the other way, beside a number the target lacks
    ("Costó 12 euros y 12 euros más; en 1990.", "It cost 12 euros more.", "es", "en",
     "numbers differ: 12 missing in the target"
     " (twice in the source, once in the target); 1990 missing in "
     "the target"),
    ("Es la 3, la 3 y la 3.", "It is 3 and 4.", "es", "en",
     "numbers differ: 3 missing in the target"
     " (3 times in the source, once in the target); 4 not in the source"),
])
def test_a_number_repeated_says_how_often_on_each_side(source: str, target: str,
                                                       src_lang: str, tgt_lang: str,
                                                       message: str) -> None:
    found = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                     tgt_lang=tgt_lang)
    assert [f.message for f in found] == [message]


@pytest.mark.parametrize(("source", "target", "message"), [
    # a tolerance's sign dropped: 20 ± 2 °C is no 20 2 °C (Word's Symbol-font ± lost)
    ("Trabaja a 20 ± 2 °C.", "It works at 20 2 °C.",
     "numbers differ: ±2 missing in the target; 2 not in the source"),
    ("Tolerancia: ±0,5 mm.", "Tolerance: 0.5 mm.",
     "numbers differ: ±0.5 missing in the target; 0.5 not in the source"),
    ("Trabaja a 20 ± 2 °C.", "It works at 20 ± 2 °C.", None),
    ("Trabaja a 20 ±2 °C.", "It works at 20 +/- 2 °C.", None),  # typed as on a keyboard
    ("Tolerancia de +-0,5 mm.", "A tolerance of ±0.5 mm.", None),
    ("Entre -5 y 5 grados.", "Between -5 and 5 degrees.", None),
])
def test_a_plus_minus_sign_is_part_of_the_number(source: str, target: str,
                                                 message: str | None) -> None:
    found = findings([(source, target)], code="number-mismatch", src_lang="es",
                     tgt_lang="en")
    assert [f.message for f in found] == ([message] if message else [])


@pytest.mark.parametrize(("source", "target", "flagged"), [
    # a patent walk's: the full-width minus was no minus, so the right pair was an error
    # and the one that dropped it was clean
    ("温度は－４０℃～＋８５℃である。", "The temperature is −40°C to +85°C.", False),
    ("温度は－４０℃である。", "The temperature is 40°C.", True),
    ("図1のII－II線断面図である。", "It is a sectional view along line II-II of FIG. 1.", False),
    # subscript digits are digits: SiO₂ is SiO2
    ("表面にSiO₂膜を形成する。", "A SiO2 film is formed on the surface.", False),
    ("分子式はC₆H₁₂O₆である。", "The molecular formula is C6H12O6.", False),
    ("分子式はC₆H₁₂O₆である。", "The molecular formula is C6H10O6.", True),
])
def test_full_width_minus_and_subscript_digits(source: str, target: str,
                                               flagged: bool) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="ja", tgt_lang="en")
    assert bool(got) is flagged, got


@pytest.mark.parametrize(("source", "target", "message"), [
    # a scaled number is quoted as written, its value grouped (the news-desk walk)
    ("Perdió 800 millones de euros.", "It lost 800 billion euros.",
     "numbers differ: '800 millones' (800,000,000) missing in the target; "
     "'800 billion' (800,000,000,000) not in the source"),
    ("Aportó 2,5 millones de euros.", "It contributed €2.7m.",
     "numbers differ: '2,5 millones' (2,500,000) missing in the target; "
     "'2.7m' (2,700,000) not in the source"),
    # a number as its digits write it: as before
    ("Unos 45 manifestantes.", "About 52 protesters.",
     "numbers differ: 45 missing in the target; 52 not in the source"),
])
def test_a_scaled_number_is_shown_as_written(source: str, target: str, message: str) -> None:
    got = findings([(source, target)], code="number-mismatch")
    assert [f.message for f in got] == [message]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # s42 walk_es finding 2: M.N. (moneda nacional) after an amount is no million
    ("Pagará $18.000,00 M.N. por audiencia.", "It shall pay MXN $18,000.00 per hearing.", []),
    ("Saldo: $5.000,00 M.X.N.", "Balance: MXN 5,000.00.", []),
    ("Saldo: $5.000,00 M. N.", "Balance: MXN 5,000.00.", []),
    ("Pagará $18.000,00 M.N. por audiencia.", "It shall pay $18,000,000.00 per hearing.",
     ["numbers differ: 18000 missing in the target; 18000000 not in the source"]),
    # a multiplier letter alone, even before a full stop, still scales
    ("Recaudó $5 M.", "It raised $5 million.", []),
])
def test_initials_after_an_amount_are_no_multiplier(source: str, target: str,
                                                     expected: list[str]) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="es", tgt_lang="en")
    assert [f.message for f in got] == expected


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # the C of °C is no Roman 100 that answers the target's 100 (walk de finding 9)
    ("Der Betrieb ist von -40 °C bis +120 °C möglich.",
     "Operation is possible from -40 °C to +100 °C.", "de", "en",
     "numbers differ: 120 missing in the target; 100 not in the source"),
    ("Die Temperatur in °C ist 120.", "The temperature in °C is 100.", "de", "en",
     "numbers differ: 120 missing in the target; 100 not in the source"),
    # a designation's digit is said by no word: German ein answers no D1
    ("Document D1 discloses a housing.", "Das Dokument D2 offenbart ein Gehäuse.", "en", "de",
     "numbers differ: 1 missing in the target; 2 not in the source"),
    ("Das Dokument D1 offenbart ein Gehäuse.", "Document D2 discloses a housing.", "de", "en",
     "numbers differ: 1 missing in the target; 2 not in the source"),
    # a plain 1 is still said by the article
    ("The kit has 1 housing.", "Der Satz hat ein Gehäuse.", "en", "de", None),
    # a claim's own number also named in the claim: the substitution reads as one
    ("3. Vorrichtung nach Anspruch 1 oder 2.", "3. The device according to claim 1 or 3.",
     "de", "en", "numbers differ: 2 missing in the target; 3 added in the target"
     " (twice in the target, once in the source)"),
])
def test_a_mismatch_names_both_values(source: str, target: str, src_lang: str,
                                      tgt_lang: str, message: str | None) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])
