"""number-mismatch under a stated unit of amounts (``单位：万元`` / ``Unit: RMB million``):
:mod:`aligner.check.declared_units`.  Tables written for these tests."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check import Unit, run_checks
from aligner.check.declared_units import declared_reading, stated_power
from aligner.check.numbers import unit_words
from aligner.check.units import units_from_alignment
from aligner.model import Alignment, Bead
from aligner.readers import read_string
from aligner.segment import segment_document


@pytest.mark.parametrize(("text", "lang", "power"), [
    ("单位：万元", "zh", 4),
    ("（单位：人民币千元）", "zh", 3),
    ("主要会计数据（单位：亿元）", "zh", 8),
    ("单位：元", "zh", 0),
    ("Unit: RMB million", "en", 6),
    ("RMB'000", "en", 3),
    ("(in thousands of euros)", "en", 3),
    ("Key figures (in millions)", "en", 6),
    ("Amounts in RMB million", "en", 6),
    ("Cifras en miles de euros", "es", 3),
    ("en miles de euros", "es", 3),
    ("Angaben in Mio. EUR", "de", 6),
    ("(en milliers d'euros)", "fr", 3),
])
def test_a_statement_of_the_unit_is_read(text: str, lang: str, power: int) -> None:
    assert stated_power(text, unit_words(lang)) == power


@pytest.mark.parametrize(("text", "lang"), [
    ("单位：万股", "zh"),  # shares, no amount of money
    ("项目", "zh"),
    ("Revenue (million)", "en"),  # no "in", no currency
    ("A million people came.", "en"),
    ("Revenue rose to RMB 12,560 million in 2025, driven by new capacity.", "en"),
    ("Business unit: Sales", "en"),
])
def test_other_text_states_no_unit(text: str, lang: str) -> None:
    assert stated_power(text, unit_words(lang)) is None


def test_a_value_is_read_in_the_other_sides_unit() -> None:
    assert declared_reading("1256000", (4, 6)) == "12560"
    assert declared_reading("80050", (4, 6)) == "800.5"
    assert declared_reading("5.3", (6, 3)) == "5300"
    assert declared_reading("12", (3, 6)) == "0.012"
    assert declared_reading("12", (6, 6)) is None
    assert declared_reading("12", (None, 6)) is None


_TABLE = [("单位：万元", "Unit: RMB million"), ("项目", "Item"), ("2025年", "2025"),
          ("营业收入", "Revenue")]


@pytest.mark.parametrize(("cells", "flagged"), [
    ([("1,256,000.00", "12,560.00"), ("87,500.00", "875.00"), ("80,050.00", "800.50")], 0),
    ([("1,256,000.00", "1,256.00")], 1),  # a cell off by ten
    # left unconverted: still read as written too, so not caught (docs/checks.md's limit)
    ([("1,256,000.00", "1,256,000")], 0),
    ([("12.5%", "12.5%"), ("减少3.2个百分点", "Down 3.2 percentage points")], 0),
    # a sentence's amounts with magnitude words are read as written
    ([("营业收入为125.6亿元。", "Revenue was RMB 12,560 million.")], 0),
    ([("营业收入为125.6亿元。", "Revenue was RMB 125.6 million.")], 1),
])
def test_the_cells_under_stated_units_are_read_in_them(cells: list[tuple[str, str]],
                                                        flagged: int) -> None:
    got = findings(_TABLE + cells, code="number-mismatch", src_lang="zh", tgt_lang="en")
    assert len(got) == flagged, got


def test_without_a_statement_on_both_sides_the_numbers_compare_as_written() -> None:
    got = findings([("单位：万元", "Key accounting data"), ("1,256,000.00", "12,560.00")],
                   code="number-mismatch", src_lang="zh", tgt_lang="en")
    assert len(got) == 1


def test_a_statement_holds_until_the_next_one() -> None:
    pairs = [("单位：元", "Unit: RMB"), ("1,256.00", "1,256.00"),
             ("单位：万元", "Unit: RMB million"), ("1,256,000.00", "12,560.00"),
             ("单位：元", "Unit: RMB"), ("1,256,000.00", "12,560.00")]
    got = findings(pairs, code="number-mismatch", src_lang="zh", tgt_lang="en")
    assert [f.unit for f in got] == [5]


@pytest.mark.parametrize(("pairs", "src_lang"), [
    ([("Cifras en miles de euros", "In millions of euros"), ("1.250.000", "1,250")], "es"),
    ([("Angaben in Mio. EUR", "EUR thousand"), ("5,3", "5,300")], "de"),
])
def test_other_languages_state_units_too(pairs: list[tuple[str, str]], src_lang: str) -> None:
    assert findings(pairs, code="number-mismatch", src_lang=src_lang, tgt_lang="en") == []


# An annual report's key data: a heading, the unit, the table, then prose whose plain
# numbers are no amounts of the table (a headcount, an amount in yuan), then a heading.
_REPORT_ZH = """<html lang="zh"><body>
<h2>一、主要会计数据</h2>
<p>单位：万元</p>
<table>
<tr><td>项目</td><td>2025年</td><td>2024年</td></tr>
<tr><td>营业收入</td><td>1,256,000.00</td><td>1,180,000.00</td></tr>
<tr><td>净利润</td><td>87,500.00</td><td>80,050.00</td></tr>
</table>
<p>截至报告期末，公司共有在职员工3,200人。</p>
<p>报告期内，公司向股东派发现金股利2,560,000元。</p>
<h2>二、研发投入</h2>
<p>报告期内，公司研发人员共计450人。</p>
</body></html>"""
_REPORT_EN = """<html lang="en"><body>
<h2>I. Key accounting data</h2>
<p>Unit: RMB million</p>
<table>
<tr><td>Item</td><td>2025</td><td>2024</td></tr>
<tr><td>Revenue</td><td>{revenue}</td><td>11,800.00</td></tr>
<tr><td>Net profit</td><td>875.00</td><td>800.50</td></tr>
</table>
<p>At the end of the reporting period, the Company had {staff} employees.</p>
<p>During the reporting period, the Company paid cash dividends of RMB {dividends} to
shareholders.</p>
<h2>II. Research and development</h2>
<p>During the reporting period, the Company had {researchers} R&amp;D staff.</p>
</body></html>"""
_RIGHT = {"revenue": "12,560.00", "staff": "3,200", "dividends": "2,560,000",
          "researchers": "450"}


def _report_units(target: str) -> tuple[Unit, ...]:
    """The units of the two pages, paragraph by paragraph (each a sentence here)."""
    s = segment_document(read_string(_REPORT_ZH, lang="zh", input_format="html"))
    t = segment_document(read_string(target, lang="en", input_format="html"))
    assert len(s.sentences) == len(t.sentences) == 15
    return units_from_alignment(Alignment(
        s.sentences, t.sentences, tuple(Bead((k,), (k,), 0.9) for k in range(15)), "zh", "en",
        src_parts=s.parts, tgt_parts=t.parts))


def _report_findings(**wrong: str) -> list[tuple[int, str]]:
    units = _report_units(_REPORT_EN.format(**(_RIGHT | wrong)))
    result = run_checks(units, glossary=None, src_lang="zh", tgt_lang="en")
    return [(f.unit, f.message) for f in result.findings if f.code == "number-mismatch"]


def test_a_reports_table_is_read_in_its_units_and_the_prose_after_it_as_written() -> None:
    assert _report_findings() == []
    # a cell off by ten, under the statement
    assert _report_findings(revenue="1,256.00") == [
        (6, "numbers differ: 1256000 missing in the target; 1256 not in the source")]


@pytest.mark.parametrize(("wrong", "unit"), [
    # the prose after the table: its plain numbers were read in the table's units too,
    # so a headcount or an amount in yuan "converted" went unreported
    ({"staff": "32"}, 11),
    ({"dividends": "25,600"}, 12),
    # after the next heading
    ({"researchers": "4.5"}, 14),
])
def test_a_stated_unit_ends_with_its_table(wrong: dict[str, str], unit: int) -> None:
    assert [u for u, _ in _report_findings(**wrong)] == [unit]


_PAIRS = [("一、主要会计数据", "I. Key accounting data"), ("单位：万元", "Unit: RMB million"),
          ("项目", "Item"), ("营业收入", "Revenue"), ("1,256,000.00", "12,560.00")]


@pytest.mark.parametrize(("pairs", "flagged"), [
    # a pair file says no parts: a sentence after the table's cells is prose
    ([("截至报告期末，公司共有在职员工3,200人。",
       "At the end of the reporting period, the Company had 32 employees.")], [5]),
    ([("截至报告期末，公司共有在职员工3,200人。",
       "At the end of the reporting period, the Company had 3,200 employees.")], []),
    # an amount that names its currency is not in the stated unit, even in its scope
    ([("现金股利2,560,000元", "Cash dividends: RMB 25,600")], [5]),
])
def test_a_pair_files_statement_ends_at_the_first_sentence_after_its_cells(
        pairs: list[tuple[str, str]], flagged: list[int]) -> None:
    got = findings(_PAIRS + pairs, code="number-mismatch", src_lang="zh", tgt_lang="en")
    assert [f.unit for f in got] == flagged, got


def test_prose_between_a_statement_and_its_table_leaves_it_standing() -> None:
    pairs = [("单位：万元", "Unit: RMB million"),
             ("下表列示公司主要会计数据。", "The table below shows the key accounting data."),
             ("营业收入", "Revenue"), ("1,256,000.00", "12,560.00")]
    assert findings(pairs, code="number-mismatch", src_lang="zh", tgt_lang="en") == []


def test_a_currency_before_a_cell_leaves_it_in_the_stated_unit() -> None:
    # a table in millions writes its first row's amounts with the symbol
    pairs = [("(in millions)", "单位：万元"), ("Revenue", "营业收入"), ("$ 1,234", "123,400")]
    assert findings(pairs, code="number-mismatch", src_lang="en", tgt_lang="zh") == []
