"""A number and a half in words answers N.5 (check/spelled_halves.py).

Written for this test, after the s40 document walk (``two and a half years`` / ``2,5
años`` said ``numbers differ: 2.5 not in the source``)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from check_helpers import findings

from aligner.check.spelled_halves import said_halves


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("en", "The warranty lasts two and a half years.", {"2.5"}),
    ("en", "The warranty lasts two years and a half.", {"2.5"}),
    ("en", "It took a year and a half.", {"1.5"}),
    ("en", "It took an hour and a half.", {"1.5"}),
    ("en", "It took one and a half hours.", {"1.5"}),
    ("en", "twenty-two and a half hours", {"22.5"}),
    ("es", "La garantía dura dos años y medio.", {"2.5"}),
    ("es", "Tardó tres horas y media.", {"3.5"}),
    ("es", "Tardó uno y medio.", {"1.5"}),
    ("es", "Tardó un año y medio.", {"1.5"}),
    ("es", "Tardó doce horas y media.", {"12.5"}),
    ("fr", "La garantie dure deux ans et demi.", {"2.5"}),
    ("fr", "Il a attendu deux heures et demie.", {"2.5"}),
    ("de", "Die Garantie dauert zweieinhalb Jahre.", {"2.5"}),
    ("de", "Es dauerte eineinhalb Stunden.", {"1.5"}),
    ("de", "Es dauerte anderthalb Stunden.", {"1.5"}),
    ("de", "Es dauerte dreizehneinhalb Stunden.", {"13.5"}),
    ("nl", "De garantie duurt tweeënhalf jaar.", {"2.5"}),
    ("nl", "Het duurde anderhalf jaar.", {"1.5"}),
    ("pt", "A garantia dura dois anos e meio.", {"2.5"}),
    ("it", "La garanzia dura due anni e mezzo.", {"2.5"}),
    ("ar", "استمر العمل سنتين ونصف.", {"2.5"}),
    ("ar", "استمر العمل خمسة عشر يوما ونصف.", {"15.5"}),
    # look-alikes: a half of a magnitude, of a dozen, a half alone, no half
    ("en", "two and a half million people", set()),
    ("es", "dos millones y medio de personas", set()),
    ("es", "medio millón de personas", set()),
    ("en", "half a dozen eggs", set()),
    ("en", "Half of the staff left.", set()),
    ("en", "It took half a year.", set()),
    ("en", "Two, and a half of them left.", set()),
    ("en", "The warranty lasts two years.", set()),
    ("es", "Salud y medio ambiente.", set()),
    # Chinese and Japanese halves are read with their numerals (numbers.py)
    ("zh", "保修期为两年半。", set()),
])
def test_said_halves(lang: str, text: str, values: set[str]) -> None:
    assert said_halves(text, lang) == {Decimal(v) for v in values}


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    # the whole number said again beside its half: that word answers it
    ("Two teams worked for two and a half years.", "2 equipos trabajaron durante 2,5 años.",
     "en", "es"),
    ("The warranty lasts two and a half years.", "La garantía dura 2,5 años.", "en", "es"),
    ("The warranty lasts two years and a half.", "La garantía dura 2,5 años.", "en", "es"),
    ("The warranty lasts 2.5 years.", "La garantía dura dos años y medio.", "en", "es"),
    ("The warranty lasts 3.5 years.", "La garantía dura tres años y medio.", "en", "es"),
    ("The warranty lasts 2½ years.", "La garantía dura dos años y medio.", "en", "es"),
    ("It took 12.5 hours.", "Tardó doce horas y media.", "en", "es"),
    ("It took a year and a half.", "Tardó 1,5 años.", "en", "es"),
    ("It took one and a half hours.", "Tardó 1,5 horas.", "en", "es"),
    ("The warranty lasts 2.5 years.", "La garantie dure deux ans et demi.", "en", "fr"),
    ("The warranty lasts 2.5 years.", "Die Garantie dauert zweieinhalb Jahre.", "en", "de"),
    ("The warranty lasts 1.5 years.", "Die Garantie dauert anderthalb Jahre.", "en", "de"),
    ("The warranty lasts 2.5 years.", "De garantie duurt tweeënhalf jaar.", "en", "nl"),
    ("The warranty lasts 2.5 years.", "保修期为两年半。", "en", "zh"),
    ("The warranty lasts 2.5 months.", "保修期为两个半月。", "en", "zh"),
    ("The warranty lasts 2.5 years.", "保証期間は2年半です。", "en", "ja"),
    ("It takes 1.5 hours.", "所要時間は1時間半です。", "en", "ja"),
    ("It starts at 17:30.", "17時半に始まります。", "en", "ja"),  # a half hour
    ("He ate half a dozen eggs.", "Comió 6 huevos.", "en", "es"),
    ("Half a million people.", "Medio millón de personas.", "en", "es"),
])
def test_a_half_in_words_answers_its_digits(source: str, target: str, src_lang: str,
                                            tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    ("The warranty lasts two and a half years.", "La garantía dura 3,5 años.", "en", "es",
     "numbers differ: '3,5' (3.5) not in the source"),
    ("The warranty lasts 3.5 years.", "La garantía dura dos años y medio.", "en", "es",
     "numbers differ: 3.5 missing in the target"),
    ("The warranty lasts 2.5 years.", "Die Garantie dauert dreieinhalb Jahre.", "en", "de",
     "numbers differ: 2.5 missing in the target"),
    ("The warranty lasts 2 years.", "保修期为两年半。", "en", "zh",
     "numbers differ: '两年半' (2.5) not in the source"),
    ("The warranty lasts 3.5 years.", "保修期为两年半。", "en", "zh",
     "numbers differ: 3.5 missing in the target; '两年半' (2.5) not in the source"),
    # the whole number alone of a number and a half: its word says no whole number
    ("The warranty lasts two and a half years.", "La garantía dura 2 años.", "en", "es",
     "numbers differ: 2 not in the source"),
    ("La garantía dura dos años y medio.", "The warranty lasts 2 years.", "es", "en",
     "numbers differ: 2 not in the source"),
    ("Die Garantie dauert zweieinhalb Jahre.", "The warranty lasts 2 years.", "de", "en",
     "numbers differ: 2 not in the source"),
])
def test_a_different_half_is_reported(source: str, target: str, src_lang: str,
                                      tgt_lang: str, message: str) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == [message]
