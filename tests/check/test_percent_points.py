"""percent-points: percentage points on one side, per cent on the other (pairs written
for these tests)."""

from __future__ import annotations

import pytest
from check_helpers import findings


@pytest.mark.parametrize(("source", "src_lang", "target", "tgt_lang", "message"), [
    ("毛利率较上年同期提升0.9个百分点。", "zh", "Gross margin was up 0.9% year on year.", "en",
     "percentage points in the source, per cent in the target: '0.9个百分点' / '0.9%'"),
    ("Gross margin rose 0.9%.", "en", "毛利率提升0.9个百分点。", "zh",
     "per cent in the source, percentage points in the target: '0.9%' / '0.9个百分点'"),
    ("La marge a progressé de 1,5 point de pourcentage.", "fr",
     "The margin rose by 1.5 per cent.", "en",
     "percentage points in the source, per cent in the target: '1,5 point de pourcentage' "
     "/ '1.5 per cent'"),
    ("Die Quote stieg um 2 Prozentpunkte.", "de", "La tasa subió un 2 %.", "es",
     "percentage points in the source, per cent in the target: '2 Prozentpunkte' / '2 %'"),
    ("La tasa subió 2 puntos porcentuales.", "es", "The rate rose 2 percent.", "en",
     "percentage points in the source, per cent in the target: '2 puntos porcentuales' "
     "/ '2 percent'"),
])
def test_percentage_points_rendered_as_per_cent_is_a_warning(
        source: str, src_lang: str, target: str, tgt_lang: str, message: str) -> None:
    got = findings([(source, target)], code="percent-points", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [(f.severity.value, f.message) for f in got] == [("warning", message)]


@pytest.mark.parametrize(("source", "target"), [
    ("毛利率提升0.9个百分点。", "Gross margin rose by 0.9 percentage points."),
    ("毛利率提升0.9个百分点。", "Gross margin rose by 0.9 percentage point."),
    ("毛利率提升0.9个百分点。", "Gross margin rose 0.9pp."),
    ("毛利率提升0.9个百分点。", "Gross margin rose 0.9 percentage-points."),
    # both figures, each rendered as it is
    ("收入增长18.7%，毛利率提升0.9个百分点。", "Revenue grew 18.7%, and gross margin 0.9 pp."),
    # a rate and its change with the same digits, each said as the source says it
    ("毛利率为0.9%，提升0.9个百分点。", "The margin was 0.9%, up 0.9 percentage points."),
    # the same digits per cent on both sides
    ("收入增长0.9%。", "Revenue grew 0.9%."),
])
def test_percentage_points_rendered_as_such_pass(source: str, target: str) -> None:
    assert findings([(source, target)], code="percent-points", src_lang="zh",
                    tgt_lang="en") == []


@pytest.mark.parametrize(("source", "src_lang", "target", "message"), [
    # s42 walk_ru finding 5: Russian and Ukrainian percentage points
    ("Доля рынка выросла на 3,5 п. п.", "ru", "The market share rose by 3.5%.",
     "'3,5 п. п.' / '3.5%'"),
    ("Банк России снизил ключевую ставку на 0,5 процентного пункта.", "ru",
     "The Bank of Russia cut the key rate by 0.5%.", "'0,5 процентного пункта' / '0.5%'"),
    ("Безработица выросла на 2 п.п.", "ru", "Unemployment rose by 2%.", "'2 п.п.' / '2%'"),
    ("Інфляція сповільнилася на 1,2 відсоткового пункту.", "uk",
     "Inflation slowed by 1.2%.", "'1,2 відсоткового пункту' / '1.2%'"),
    ("Частка зросла на 3 в. п.", "uk", "The share rose by 3%.", "'3 в. п.' / '3%'"),
])
def test_russian_and_ukrainian_points_as_per_cent_are_reported(
        source: str, src_lang: str, target: str, message: str) -> None:
    got = findings([(source, target)], code="percent-points", src_lang=src_lang,
                   tgt_lang="en")
    assert [f.message for f in got] == [
        f"percentage points in the source, per cent in the target: {message}"]


@pytest.mark.parametrize(("source", "src_lang", "target"), [
    ("Доля рынка выросла на 3,5 п. п.", "ru",
     "The market share rose by 3.5 percentage points."),
    ("Доходность выросла на 25 б. п.", "ru", "The yield rose by 0.25 percentage points."),
    ("Доходность выросла на 25 базисных пунктов.", "ru", "The yield rose by 25 basis points."),
    ("Ставку снизили на 50 б.п.", "ru", "The rate was cut by 0.5 pp."),
    ("Дохідність зросла на 25 базисних пунктів.", "uk",
     "The yield rose by 0.25 percentage points."),
    ("Інфляція сповільнилася на 1,2 в. п.", "uk", "Inflation slowed by 1.2 pp."),
])
def test_russian_and_ukrainian_points_rendered_as_such_pass(source: str, src_lang: str,
                                                           target: str) -> None:
    got = findings([(source, target)], src_lang=src_lang, tgt_lang="en")
    assert [f.code for f in got if f.code in ("percent-points", "number-mismatch")] == []
