"""weekday-mismatch: the weekdays named on each side (check/weekdays.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings


# Written for this test, from the news-desk walk (dates.tsv, planted error 2).
@pytest.mark.parametrize(("source", "target", "src_lang", "message"), [
    ("Lo anunció el martes 3 de marzo.", "He announced it on Wednesday, March 3.", "es",
     "weekdays differ: martes missing in the target; Wednesday not in the source"),
    ("Lo anunció el martes.", "He announced it on Wednesday.", "es",
     "weekdays differ: martes missing in the target; Wednesday not in the source"),
    ("A Petrobras anunciou nesta terça-feira.", "Petrobras announced on Wednesday.", "pt-BR",
     "weekdays differ: terça-feira missing in the target; Wednesday not in the source"),
    ("Abrió el sábado y cerró el domingo.", "It opened on Saturday and closed on Saturday.",
     "es", "weekdays differ: domingo missing in the target"),
    # the same days; a day one side leaves out; a name
    ("Lo anunció el miércoles 4 de marzo.", "He announced it on Wednesday, March 4.", "es",
     None),
    ("Lo anunció este martes.", "He announced it this week.", "es", None),
    ("Cantó Plácido Domingo el martes.", "Placido Domingo sang on Tuesday.", "es", None),
    ("Domingo de sol.", "A sunny Sunday.", "es", None),
])
def test_weekdays_are_compared(source: str, target: str, src_lang: str,
                               message: str | None) -> None:
    got = findings([(source, target)], code="weekday-mismatch", src_lang=src_lang)
    assert [f.message for f in got] == ([message] if message else [])


def test_a_pair_without_weekday_names_is_not_compared() -> None:
    # Indonesian has no w lines: nothing to compare with
    assert findings([("Pada hari Selasa.", "On Wednesday.")], code="weekday-mismatch",
                    src_lang="id") == []


# Written for this test, from the de -> en legal walk (walk_de P5): German and Dutch
# weekdays, with their plurals and adverbs; German Montage is "assembly" too.
@pytest.mark.parametrize(("source", "target", "src_lang", "message"), [
    ("Der Vertrag endet am Montag, dem 3. März 2025.",
     "The contract ends on Tuesday, 3 March 2025.", "de",
     "weekdays differ: Montag missing in the target; Tuesday not in the source"),
    ("Das Büro ist samstags geschlossen.", "The office is closed on Sundays.", "de",
     "weekdays differ: samstags missing in the target; Sundays not in the source"),
    ("Die Frist endet am Sonnabend.", "The period ends on Friday.", "de",
     "weekdays differ: Sonnabend missing in the target; Friday not in the source"),
    ("De winkel is op maandag gesloten.", "The shop is closed on Wednesday.", "nl",
     "weekdays differ: maandag missing in the target; Wednesday not in the source"),
    # the same days; assembly, not Mondays
    ("Die Frist endet am Sonnabend.", "The period ends on Saturday.", "de", None),
    ("Die Montage erfolgt am Dienstag.", "Installation takes place on Tuesday.", "de", None),
    ("Wij zijn 's zondags gesloten.", "We are closed on Sundays.", "nl", None),
])
def test_german_and_dutch_weekdays(source: str, target: str, src_lang: str,
                                   message: str | None) -> None:
    got = findings([(source, target)], code="weekday-mismatch", src_lang=src_lang)
    assert [f.message for f in got] == ([message] if message else [])


# Written for this test, from the es -> pt-PT tourism walk (timetables): Portuguese short
# weekday names are ordinals too, read as weekdays only in a list or range of weekdays
# or in the plural after "às".
@pytest.mark.parametrize(("source", "target", "message"), [
    ("martes a domingo, 10:00-19:00", "terça a domingo, 10:00-19:00", None),
    ("lunes a sábado, 9:00-20:00", "segunda a sábado, 9:00-20:00", None),
    ("De lunes a viernes, de 9:00 a 18:00.", "De segunda a sexta, das 9:00 às 18:00.", None),
    ("Abre los lunes y miércoles.", "Abre segunda e quarta.", None),
    ("El mercado es los jueves.", "O mercado é às quintas.", None),
    ("De martes a domingo.", "De terça até domingo.", None),
    # a wrong short name is named
    ("martes a domingo, 10:00-19:00", "quarta a domingo, 10:00-19:00",
     "weekdays differ: martes missing in the target; quarta not in the source"),
    ("Cierra los lunes y los martes.", "Fecha às segundas e às quartas.",
     "weekdays differ: martes missing in the target; quartas not in the source"),
    # an ordinal, an estate, an ordinal's range: no weekday read
    ("Es la segunda vez que abre el domingo.", "É a segunda vez que abre ao domingo.", None),
    ("La quinta edición es el sábado.", "A quinta edição é no sábado.", None),
    ("El domingo visitamos la Quinta da Regaleira.",
     "No domingo visitámos a Quinta da Regaleira.", None),
    ("Del segundo al sexto capítulo, el lunes.", "Da segunda à sexta edição, na segunda-feira.",
     None),
])
def test_portuguese_short_weekdays(source: str, target: str, message: str | None) -> None:
    got = findings([(source, target)], code="weekday-mismatch", src_lang="es", tgt_lang="pt-PT")
    assert [f.message for f in got] == ([message] if message else [])


# Written for this test (s37 walk6, item 4): Ukrainian and Russian weekdays in the cases
# they take after в/у, до, з, по; None: no finding.
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    ("Засідання відбудеться у вівторок, 15 квітня.", "The meeting is on Thursday, 15 April.",
     "uk", "en", "weekdays differ: вівторок missing in the target; Thursday not in the source"),
    ("Tuesday, 3 June.", "Сесія відкриється в четвер, 3 червня.", "en", "uk",
     "weekdays differ: Tuesday missing in the target; четвер not in the source"),
    ("До п’ятниці все буде готово.", "Everything will be ready by Monday.", "uk", "en",
     "weekdays differ: п’ятниці missing in the target; Monday not in the source"),
    ("Заседание пройдет во вторник.", "The meeting will take place on Thursday.", "ru", "en",
     "weekdays differ: вторник missing in the target; Thursday not in the source"),
    ("Со вторника по среду шли дожди.", "It rained from Tuesday to Friday.", "ru", "en",
     "weekdays differ: среду missing in the target; Friday not in the source"),
    ("До пʼятниці все буде готово.", "Everything will be ready by Monday.", "uk", "en",
     "weekdays differ: пʼятниці missing in the target; Monday not in the source"),
    ("У середу депутати зібралися.", "On Thursday the deputies met.", "uk", "en",
     "weekdays differ: середу missing in the target; Thursday not in the source"),
    # the same days, in other cases and spellings
    ("У середу депутати зібралися.", "On Wednesday the deputies met.", "uk", "en", None),
    ("До пʼятниці все буде готово.", "Everything will be ready by Friday.", "uk", "en", None),
    ("З понеділка до неділі.", "From Monday to Sunday.", "uk", "en", None),
    ("По понедельникам и средам.", "On Mondays and Wednesdays.", "ru", "en", None),
    ("С понедельника по среду.", "From Monday to Wednesday.", "ru", "en", None),
    # серед is "among"; среда alone is "environment"
    ("Серед депутатів у понеділок був спікер.", "Among the deputies on Monday was the speaker.",
     "uk", "en", None),
    ("В понедельник обсудили защиту окружающей среды.",
     "On Monday they discussed protecting the environment.", "ru", "en", None),
])
def test_ukrainian_and_russian_weekdays(source: str, target: str, src_lang: str,
                                        tgt_lang: str, message: str | None) -> None:
    got = findings([(source, target)], code="weekday-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([] if message is None else [message])


# Written for this test (s40 Arabic walk, smaller notes): Arabic weekdays with the
# article, after و/ب written onto them, with harakat; Monday only after يوم (الاثنين
# alone is "the two"); None: no finding.
@pytest.mark.parametrize(("source", "target", "message"), [
    ("The clinic opened on Monday.", "افتتحت العيادة يوم الثلاثاء.",
     "weekdays differ: Monday missing in the target; الثلاثاء not in the source"),
    ("The clinic opened on Tuesday.", "افتتحت العيادة يوم الاثنين.",
     "weekdays differ: Tuesday missing in the target; يوم الاثنين not in the source"),
    ("Open on Thursday and Friday.", "مفتوحة يومي الخميس والسبت.",
     "weekdays differ: Friday missing in the target; السبت not in the source"),
    ("The clinic opened on Wednesday.", "افتُتحت العيادةُ يومَ الأحد.",
     "weekdays differ: Wednesday missing in the target; الأحد not in the source"),
    ("The clinic opened on Monday.", "افتتحت العيادة يوم الاثنين.", None),
    ("Open on Thursday and Friday.", "مفتوحة يومي الخميس والجمعة.", None),
    ("The clinic opened on Wednesday.", "افتُتحت العيادةُ يومَ الأربعاء.", None),
    # the two (الاثنين) is no Monday
    ("On Sunday, the two agreed.", "يوم الأحد اتفق الاثنين على الخطة.", None),
])
def test_arabic_weekdays(source: str, target: str, message: str | None) -> None:
    got = findings([(source, target)], code="weekday-mismatch", src_lang="en", tgt_lang="ar")
    assert [f.message for f in got] == ([] if message is None else [message])


# Written for this test (s42 zh walk, note 15): Chinese and Japanese weekdays inside
# words; a Chinese one before a counter or a numeral is a count of weeks, no day.
@pytest.mark.parametrize(("source", "target", "tgt_lang", "message"), [
    ("The update ships on Thursday.", "更新将于星期五发布。", "zh",
     "weekdays differ: Thursday missing in the target; 星期五 not in the source"),
    ("The update ships on Thursday.", "更新將於週五發布。", "zh-TW",
     "weekdays differ: Thursday missing in the target; 週五 not in the source"),
    ("The meeting is on Monday.", "会議は火曜日です。", "ja",
     "weekdays differ: Monday missing in the target; 火曜日 not in the source"),
    ("The update ships on Thursday.", "更新将于星期四发布。", "zh", None),
    ("Open Monday to Friday.", "周一至周五营业。", "zh", None),
    ("Every Monday we meet.", "每周一开会。", "zh", None),
    ("The meeting is on Monday.", "会議は月曜日です。", "ja", None),
    # once a week, three days a week, 100 yuan a week: no weekday
    ("On Friday: backups run once a week.", "星期五：每个星期一次备份。", "zh", None),
    ("On Friday we work three days a week.", "星期五起每周三天在家工作。", "zh", None),
    ("On Friday the fee is 100 yuan a week.", "星期五起一周一百元。", "zh", None),
    ("On Sunday I do some DIY.", "日曜日に日曜大工をします。", "ja", None),
])
def test_chinese_and_japanese_weekdays(source: str, target: str, tgt_lang: str,
                                       message: str | None) -> None:
    got = findings([(source, target)], code="weekday-mismatch", src_lang="en",
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([] if message is None else [message])
