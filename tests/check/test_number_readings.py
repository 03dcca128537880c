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


@pytest.mark.parametrize(("source", "target"), [
    ("La temperatura mínima fue de -5 °C.", "The minimum temperature was 5 °C."),
    ("El saldo es de -1.200 euros.", "The balance is 1,200 euros."),
    ("Bajó a −3,5 grados.", "It fell to 3.5 degrees."),          # U+2212 minus
    ("Bajó a –3,5 grados.", "It fell to 3.5 degrees."),          # en dash as a minus
    ("Entre -5 y 10 °C.", "Between 5 and 10 °C."),
    ("(-2 %)", "(2%)"),
    ("La temperatura fue de 5 °C.", "The temperature was -5 °C."),  # a sign added
])
def test_a_dropped_or_added_minus_is_reported(source: str, target: str) -> None:
    got = findings([(source, target)], code="number-mismatch")
    assert len(got) == 1, got
    assert "-" in got[0].message


@pytest.mark.parametrize(("source", "target", "message"), [
    # what each side has, and the source's numbers as it writes them (numeral characters)
    ("La temperatura mínima fue de -5 °C.", "The minimum temperature was 5 °C.",
     "numbers differ: -5 missing in the target; 5 not in the source"),
    ("现金流量净额为-1.25亿元。", "Net cash flow was RMB 125 million.",
     "numbers differ: '-1.25亿' (-125,000,000) missing in the target; '125 million' "
     "(125,000,000) not in the source"),
    ("营业收入为125.6亿元。", "Revenue was RMB 1,256 million.",
     "numbers differ: '125.6亿' (12,560,000,000) missing in the target; '1,256 million' "
     "(1,256,000,000) not in the source"),
    ("公司有三百名员工。", "The company has 30 employees.",
     "numbers differ: '三百' (300) missing in the target; 30 not in the source"),
])
def test_a_dropped_minus_names_both_sides_as_written(source: str, target: str,
                                                     message: str) -> None:
    lang = "zh" if "元" in source or "员" in source else "es"
    got = findings([(source, target)], code="number-mismatch", src_lang=lang)
    assert [f.message for f in got] == [message]


@pytest.mark.parametrize(("source", "target"), [
    ("La temperatura mínima fue de -5 °C.", "The minimum temperature was −5 °C."),
    ("El saldo es de -1.200 euros.", "The balance is –1,200 euros."),
    ("Entre -5 y 10 °C.", "Between -5 and 10 °C."),
    # ranges, words, codes and list dashes: no sign
    ("De 2020-2023.", "From 2020 to 2023."),
    ("De 2020 -2023.", "From 2020 to 2023."),
    ("Las páginas 10–12.", "Pages 10 to 12."),
    ("La COVID-19 llegó.", "COVID 19 arrived."),
    ("El aditivo E-1201.", "The additive E 1201."),
    ("Tipo Ту-154.", "Type 154."),
    ("- 5 artículos", "5 items"),
    ("Lista:\n- 5 artículos", "List:\n5 items"),
])
def test_a_minus_only_where_it_is_a_sign(source: str, target: str) -> None:
    assert findings([(source, target)], code="number-mismatch") == []


def test_the_sign_is_in_the_message() -> None:
    got = findings([("Fue de -5 °C.", "It was 5 °C.")], code="number-mismatch")
    assert [f.message for f in got] == [
        "numbers differ: -5 missing in the target; 5 not in the source"]


@pytest.mark.parametrize(("target", "flagged"), [
    ("The temperature fell to -5 degrees.", False),
    ("The temperature fell to 5 degrees.", True),
])
def test_a_minus_after_a_han_character_is_a_sign(target: str, flagged: bool) -> None:
    # Chinese writes no space before the number: 至 before the minus is no word
    # the minus joins (COVID-19), as a Latin letter would be
    got = findings([("气温降至-5度。", target)], code="number-mismatch", src_lang="zh")
    assert bool(got) is flagged, got


@pytest.mark.parametrize(("source", "target"), [
    ("La reunión empieza a las 14.30 h.", "The meeting starts at 2:30 pm."),
    ("La reunión empieza a las 14.30 h.", "The meeting starts at 2.30 p.m."),
    ("La reunión empieza a las 14:30.", "The meeting starts at 2:30 PM."),
    ("Abre a las 9.00 h.", "It opens at 9:00 a.m."),
    ("Cierra a las 20 h.", "It closes at 8 pm."),
    ("Empieza a las 12.15 h.", "It starts at 12:15 p.m."),
    ("Empieza a las 0.15 h.", "It starts at 12:15 a.m."),
    # the hour as written answers the same hour written without the 24-hour clock
    ("Empieza a las 2.30 de la tarde.", "It starts at 2:30 pm."),
    ("Empieza a las 2:30 p. m.", "It starts at 2:30 pm."),
])
def test_a_twelve_hour_time_is_its_24_hour_time(source: str, target: str) -> None:
    assert findings([(source, target)], code="number-mismatch") == []


# Written for this test (the office hours of a Japanese press release).
@pytest.mark.parametrize(("source", "lang", "target"), [
    ("受付は平日10時～18時です。", "ja", "Open 10:00 to 18:00 on weekdays."),
    ("受付は9時から17時半までです。", "ja", "We are open from 9:00 to 17:30."),
    ("受付は9時30分からです。", "ja", "We are open from 9:30."),
    ("上午9点半开门。", "zh", "It opens at 9:30."),
    ("上午9点开门。", "zh", "It opens at 9:00."),
    ("Öffnet um 9 Uhr.", "de", "Opens at 9:00."),
])
def test_a_time_on_the_hour_or_half_hour_in_words(source: str, lang: str, target: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=lang) == []


@pytest.mark.parametrize(("source", "lang", "target", "message"), [
    ("受付は平日10時～19時です。", "ja", "Open 10:00 to 18:00 on weekdays.",
     "numbers differ: 19 missing in the target; 18 not in the source"),
    # the half hour as the source writes it (a number in numeral characters)
    ("受付は9時から17時半までです。", "ja", "We are open from 9:00 to 17:00.",
     "numbers differ: '半' (30) missing in the target"),
    ("上午9点开门。", "zh", "It opens at 9:30.", "numbers differ: 30 not in the source"),
    # an hour and a half (時間半) is no half past
    ("1時間半かかります。", "ja", "It takes 1:30.",
     "numbers differ: '1時間半' (1.5) missing in the target; 30 not in the source"),
])
def test_a_changed_hour_or_half_hour_is_reported(source: str, lang: str, target: str,
                                                 message: str) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang=lang)
    assert [f.message for f in got] == [message]


# Written for this test, from the w4 walk's leaflets (the hotline's hours).
@pytest.mark.parametrize(("lang", "target"), [
    ("hi", "सोमवार से शनिवार, सुबह ८:०० से रात ८:०० बजे तक"),
    ("bn", "সোমবার থেকে শনিবার, সকাল ৮টা থেকে রাত ৮টা"),
    ("ta", "திங்கள் முதல் சனி வரை, காலை 8:00 முதல் இரவு 8:00 வரை"),
    ("sw", "Jumatatu hadi Jumamosi, saa 2:00 asubuhi hadi saa 2:00 usiku"),
    ("sw", "Jumatatu hadi Jumamosi, saa 8:00 hadi saa 20:00"),  # the 24-hour clock
])
def test_an_hour_beside_a_word_for_the_evening_is_its_24_hour_time(lang: str,
                                                                    target: str) -> None:
    assert findings([("Monday to Saturday, 8:00 to 20:00", target)], code="number-mismatch",
                    src_lang="en", tgt_lang=lang) == []


@pytest.mark.parametrize(("lang", "target", "message"), [
    ("hi", "सुबह ८:०० से रात ९:०० बजे तक",
     "numbers differ: 20 missing in the target; 9 not in the source"),
    # a morning is no evening: 8 is 8
    ("hi", "सुबह ८:०० से सुबह ८:०० बजे तक",
     "numbers differ: 20 missing in the target; 8 added in the target"
     " (twice in the target, once in the "
     "source)"),
    ("bn", "সকাল ৮টা থেকে রাত ৭টা", "numbers differ: 20 missing in the target; 7 not in "
     "the source"),
    # saa 3 is 9 o'clock; each hour is read on its own, so saa 2 answers the 8
    ("sw", "saa 3:00 asubuhi hadi saa 2:00 usiku",
     "numbers differ: 20 missing in the target; 3 not in the source"),
])
def test_a_changed_hour_beside_a_word_for_the_part_of_the_day_is_reported(
        lang: str, target: str, message: str) -> None:
    got = findings([("8:00 to 20:00", target)], code="number-mismatch", src_lang="en",
                   tgt_lang=lang)
    assert [f.message for f in got] == [message]


@pytest.mark.parametrize(("source", "target", "message"), [
    ("La reunión empieza a las 14.30 h.", "The meeting starts at 3:30 pm.",
     "numbers differ: 14 missing in the target; '3:30 pm' (15) not in the source"),
    ("La reunión empieza a las 14.30 h.", "The meeting starts at 2:30 am.",
     "numbers differ: 14 missing in the target; 2 not in the source"),
    ("La reunión empezó a las 14:30.", "The meeting began at 4:30 p.m.",
     "numbers differ: 14 missing in the target; '4:30 p.m.' (16) not in the source"),
    ("La reunión empieza a las 14.30 h.", "The meeting starts at 2.45 p.m.",
     "numbers differ: 30 missing in the target; 45 not in the source"),
])
def test_a_changed_twelve_hour_time_is_reported(source: str, target: str,
                                                message: str) -> None:
    got = findings([(source, target)], code="number-mismatch")
    assert [f.message for f in got] == [message]


@pytest.mark.parametrize(("source", "target", "message"), [
    # magnitude abbreviations: glued bn/mn, and after a currency sign m and k too
    ("Ingresos de 1,2 millones de euros.", "Revenue of €1.2m.", None),
    ("El PIB fue de 108.700 millones.", "GDP was €108.7bn.", None),
    ("El PIB fue de 108.700 millones.", "GDP was 108.7bn.", None),
    ("Ganó 1,2 millones.", "He earned 1.2 mn.", None),
    ("Costó 500.000 libras.", "It cost £500k.", None),
    # a spaced magnitude word after a currency sign scales once (it scaled twice)
    ("Ganó 1.200 millones de euros.", "He earned €1.2 bn.", None),
    ("Ganó 1,2 millones de euros.", "He earned €1.2 mn.", None),
    ("Ingresos de 1,3 millones de euros.", "Revenue of €1.2m.",
     "numbers differ: '1,3 millones' (1,300,000) missing in the target; "
     "'1.2m' (1,200,000) not in the source"),
    # without a currency sign m is metres and k a unit: not scaled
    ("Mide 5 m.", "It is 5m long.", None),
    ("Corre 10 km.", "He runs 10k.", None),
])
def test_magnitude_abbreviations_scale_the_number(source: str, target: str,
                                                  message: str | None) -> None:
    got = findings([(source, target)], code="number-mismatch")
    assert [f.message for f in got] == ([message] if message else [])


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    # a version, an address, a section number: a sign twice without thousands groups
    ("DataSync 2.1.3 ya está disponible.", "DataSync 2.1.3 is now available.", "es", "en"),
    ("La IP es 192.168.1.10.", "The IP is 192.168.1.10.", "es", "en"),
    ("Véase la sección 4.2.1.", "See section 4.2.1.", "es", "en"),
    ("See section 4.2.1.", "Véase la sección 4.2.1.", "en", "es"),
    # thousands groups are still thousands, with or without decimals
    ("Cuesta 1.234.567,89 euros.", "It costs 1,234,567.89 euros.", "es", "en"),
    ("Son 1.200.000 personas.", "That is 1,200,000 people.", "es", "en"),
    # where the decimal sign is a comma, 3.11 is a time or (as written here) a version
    ("Necesita Python 3.11 o posterior.", "It requires Python 3.11 or later.", "es", "en"),
    ("Pesa 3.11 kg.", "It weighs 3.11 kg.", "es", "en"),
    ("La reunión es a las 10.30 h.", "The meeting is at 10:30.", "es", "en"),
    # an address of three-digit groups: thousands where the decimal sign is a comma,
    # a code where it is a point; either reading meets it
    ("La IP es 192.168.100.200.", "The IP is 192.168.100.200.", "es", "en"),
    ("La IP es 10.100.200.250.", "Die IP ist 10.100.200.250.", "es", "de"),
    # in Chinese and Japanese, where numeral characters are read too (a crash, once)
    ("NoteBox 3.2.1 版现已发布。", "NoteBox 3.2.1 is now available.", "zh", "en"),
    ("Ver.3.2.1 では 192.168.1.1 に接続します。", "Ver. 3.2.1 connects to 192.168.1.1.",
     "ja", "en"),
    ("NoteBox 3.2.1 is now available.", "NoteBox 3.2.1 版现已发布。", "en", "zh"),
])
def test_dotted_codes_and_dot_times_read_as_the_other_side_does(
        source: str, target: str, src_lang: str, tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("source", "target", "message"), [
    ("Véase la sección 4.2.1.", "See section 4.2.2.",
     "numbers differ: 4.2.1 missing in the target; 4.2.2 not in the source"),
    ("La IP es 192.168.1.10.", "The IP is 192.168.1.1.",
     "numbers differ: 192.168.1.10 missing in the target; 192.168.1.1 not in the source"),
    ("La reunión es a las 10.30 h.", "The meeting is at 11:30.",
     "numbers differ: 10 missing in the target; 11 not in the source"),
    ("Son 1.200.000 personas.", "That is 1,300,000 people.",
     "numbers differ: 1200000 missing in the target; 1300000 not in the source"),
    # Spanish thousands changed and copied into English: a code there, no number
    ("Son 1.200.000 personas.", "That is 1.300.000 people.",
     "numbers differ: 1200000 missing in the target; 1.300.000 not in the source"),
])
def test_a_changed_code_or_time_is_still_reported(source: str, target: str,
                                                  message: str) -> None:
    got = findings([(source, target)], code="number-mismatch")
    assert [f.message for f in got] == [message]


def test_a_changed_version_in_chinese_is_reported() -> None:
    got = findings([("NoteBox 3.2.1 版现已发布。", "NoteBox 3.2.2 is now available.")],
                   code="number-mismatch", src_lang="zh", tgt_lang="en")
    assert [f.message for f in got] == [
        "numbers differ: 3.2.1 missing in the target; 3.2.2 not in the source"]
