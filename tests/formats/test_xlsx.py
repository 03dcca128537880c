"""Alignments as Excel workbooks (formats/xlsx.py): the CSV's layout, read back whole,
and read by LibreOffice Calc as we wrote it."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.errors import FormatError
from aligner.formats import export_documents
from aligner.formats.csvfmt import load_csv, write_csv
from aligner.formats.xlsx import load_xlsx, write_xlsx
from tests._tools import require_tool
from tests.formats.conftest import SAMPLE, SAMPLE_PAIRS
from tests.formats.strategies import ANY_TEXT, one_to_one, translations

# texts a spreadsheet would take for something else, or that XML cannot hold
AWKWARD = [
    ("=SUMA(A1:A2)", "+1 and -1"),
    ("@mention", "a line\nand another"),
    ("tab\tinside", "a vertical tab \x0b and a carriage return \r here"),
    ("_x0041_ is written so", "  spaces at both ends  "),
    ("\x00\x1f", "\ufffe\uffff"),
]


def test_the_layout_is_the_csv_layout(tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    report = write_xlsx(SAMPLE, out, min_score=0.5)
    assert (report.units_written, report.below_min_score) == (4, 1)
    from openpyxl import load_workbook

    sheet = load_workbook(out).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["es", "en", "score"]
    assert rows[1] == ["Tom & Jerry <dibujos>.", "Tom & Jerry <cartoons>.", 0.98]
    assert len(rows) == 5
    assert sheet.freeze_panes == "A2"
    assert sheet["A2"].data_type == "s" and sheet["C2"].data_type == "n"


def test_read_back_as_the_csv_reads_its_own(tmp_path: Path) -> None:
    write_xlsx(SAMPLE, tmp_path / "a.xlsx")
    write_csv(SAMPLE, tmp_path / "a.csv")
    got, want = load_xlsx(tmp_path / "a.xlsx"), load_csv(tmp_path / "a.csv")
    assert [(u.source, u.target) for u in got.units] == SAMPLE_PAIRS
    assert [float(u.props["x-score"]) for u in got.units] == \
        [float(u.props["x-score"]) for u in want.units]
    assert (got.src_lang, got.tgt_lang) == ("es", "en")


def test_a_score_is_written_as_the_csv_writes_it(tmp_path: Path) -> None:
    """openpyxl writes a float with 16 digits (0.9814 as 0.9814000000000001); the
    sheet's cell holds the score's shortest text, as the CSV's column does."""
    from aligner.formats.xlsx import write_sheet

    write_sheet(tmp_path / "a.xlsx", "s", [["score"], [0.9814], [0.1], [1.0], [3]],
                widths={})
    import zipfile

    with zipfile.ZipFile(tmp_path / "a.xlsx") as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    import re

    assert re.findall(r"<v>([^<]*)</v>", sheet) == ["0.9814", "0.1", "1.0", "3"]
    from openpyxl import load_workbook

    cells = load_workbook(tmp_path / "a.xlsx").worksheets[0]["A"]
    assert [c.value for c in cells] == ["score", 0.9814, 0.1, 1, 3]
    assert {c.data_type for c in cells[1:]} == {"n"}


def test_awkward_texts_are_text_and_come_back(tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    write_xlsx(one_to_one(AWKWARD), out)
    from openpyxl import load_workbook

    sheet = load_workbook(out).worksheets[0]
    assert sheet["A2"].data_type == "s"  # no formula
    assert [(u.source, u.target) for u in load_xlsx(out).units] == AWKWARD


@settings(max_examples=60, deadline=None)
@given(pairs=st.lists(st.tuples(ANY_TEXT, ANY_TEXT), max_size=5))
def test_round_trip_any_text(tmp_path_factory: pytest.TempPathFactory,
                             pairs: list[tuple[str, str]]) -> None:
    out = tmp_path_factory.mktemp("rt") / "rt.xlsx"
    write_xlsx(one_to_one(pairs), out)
    assert [(u.source, u.target) for u in load_xlsx(out).units] == translations(pairs)


def test_documents_of_a_collection_get_a_document_column(tmp_path: Path) -> None:
    out = tmp_path / "c.xlsx"
    export_documents([("a", SAMPLE), ("b", one_to_one([("uno", "one")]))], out, several=True)
    units = load_xlsx(out).units
    assert [u.props["x-document"] for u in units] == ["a"] * 5 + ["b"]


def test_a_sheet_edited_by_hand_reads(tmp_path: Path) -> None:
    """Empty cells after the last column and blank rows, as a person leaves them."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["es", "en", "score"])
    sheet.append(["uno", "one", 0.5, None, None])
    sheet.append([None, None, None])
    sheet.append(["dos", "two"])
    sheet["E9"] = "a note far away"
    book.save(tmp_path / "h.xlsx")
    with pytest.raises(FormatError, match=r"h\.xlsx:9: expected 2 or 3 fields, found 5"):
        load_xlsx(tmp_path / "h.xlsx")
    sheet["E9"] = None
    book.save(tmp_path / "h.xlsx")
    assert [(u.source, u.target) for u in load_xlsx(tmp_path / "h.xlsx").units] == \
        [("uno", "one"), ("dos", "two")]


def test_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(FormatError, match="is a Word document, not an alignment workbook"):
        load_xlsx(path)


def _calc() -> str | None:
    soffice = shutil.which("soffice")
    calc = Path("/usr/lib/libreoffice/program/libsclo.so")
    return soffice if soffice and calc.is_file() else None


def test_libreoffice_calc_reads_what_we_wrote(tmp_path: Path) -> None:
    """LibreOffice Calc opens the workbook and saves it as CSV: the same texts, and the
    scores as numbers."""
    soffice = require_tool("LibreOffice Calc", _calc,
                           "apt-get install -y --no-install-recommends libreoffice-calc-nogui")
    pairs = [*SAMPLE_PAIRS, ("=SUMA(A1:A2)", "a line\nand another"),
             ("tab\tinside", "  spaces at both ends  ")]
    write_xlsx(one_to_one(pairs), tmp_path / "a.xlsx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                    "--outdir", str(tmp_path / "out"), str(tmp_path / "a.xlsx")],
                   check=True, capture_output=True, timeout=120)
    with (tmp_path / "out" / "a.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["es", "en", "score"]
    assert [(r[0], r[1]) for r in rows[1:]] == pairs
    assert [float(r[2]) for r in rows[1:]] == [0.5] * len(pairs)


def test_the_dates_inside_are_the_creation_date(tmp_path: Path) -> None:
    """openpyxl dates the zip entries and the workbook's modification with the clock: two
    writes a second apart differed (the registry's file-versus-stdout test failed once)."""
    import zipfile
    from datetime import UTC, datetime

    out = tmp_path / "a.xlsx"
    write_xlsx(SAMPLE, out, creation_date=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    with zipfile.ZipFile(out) as z:
        # (a zip keeps the seconds in steps of two)
        assert {i.date_time for i in z.infolist()} == {(2026, 1, 2, 3, 4, 4)}
        core = z.read("docProps/core.xml").decode()
    assert ">2026-01-02T03:04:05Z</dcterms:created>" in core
    assert ">2026-01-02T03:04:05Z</dcterms:modified>" in core
