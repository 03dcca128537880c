"""A collection's findings written as aligner check writes one pair's."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from aligner.check.output import CSV_COLUMNS
from aligner.collection.crosscheck import CrossFinding
from aligner.collection.findings import CollectionFindings, to_csv, to_json
from aligner.model import Severity

LONG = "Los cordones industriales resistieron el paro patronal de octubre de 1972 en Santiago."


def test_csv_has_a_bom_crlf_and_the_segments_whole() -> None:
    found = CollectionFindings()
    found.add_cross([CrossFinding("collection-segment-inconsistent", Severity.WARNING,
                                  "2022/campo", 3, "translated otherwise elsewhere")],
                    {("2022/campo", 3): (LONG, "The industrial cords resisted.")})
    text = to_csv(found)
    assert text.startswith("\ufeffunit,code,") and text.count("\r\n") == text.count("\n") == 2
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    row = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    assert (row["document"], row["source_text"]) == ("2022/campo", LONG)
    finding = json.loads(to_json(found))["findings"][0]
    assert (finding["source_text"], finding["target_text"]) == (
        LONG, "The industrial cords resisted.")


def test_a_documents_term_finding_keeps_its_glossary_note() -> None:
    from types import SimpleNamespace

    from aligner.check import CheckResult, Unit
    from aligner.collection.crosscheck import DocumentCheck
    from aligner.model import Finding

    bail = Finding("term-forbidden", Severity.ERROR, 0, "forbidden rendering 'bail'",
                   found="bail", note="criminal law only")
    found = CollectionFindings()
    found.add_document(DocumentCheck(
        SimpleNamespace(name="2022/campo"), None,  # type: ignore[arg-type]
        (Unit("La fianza.", "The bail."),), CheckResult((bail,))))
    rows = list(csv.reader(io.StringIO(to_csv(found).removeprefix("\ufeff"), newline="")))
    assert dict(zip(CSV_COLUMNS, rows[1], strict=True))["note"] == "criminal law only"
    assert json.loads(to_json(found))["findings"][0]["note"] == "criminal law only"


def test_a_collections_findings_as_a_workbook(tmp_path: Path) -> None:
    """The CSV's rows in a workbook: the unit a number cell, a text that starts with = a
    text cell (no formula)."""
    from openpyxl import load_workbook

    from aligner.check.output import write_xlsx
    from aligner.collection.findings import csv_rows

    found = CollectionFindings()
    found.add_cross([CrossFinding("collection-segment-inconsistent", Severity.WARNING,
                                  "2022/campo", 3, "translated otherwise elsewhere")],
                    {("2022/campo", 3): ("=1+1 es dos.", "=1+1 is two.")})
    write_xlsx(csv_rows(found), tmp_path / "f.xlsx")
    header, row = load_workbook(tmp_path / "f.xlsx").worksheets[0].iter_rows()
    assert [c.value for c in header] == list(CSV_COLUMNS)
    cells = dict(zip(CSV_COLUMNS, row, strict=True))
    assert (cells["unit"].value, cells["unit"].data_type) == (3, "n")
    assert (cells["document"].value, cells["document_unit"].value) == ("2022/campo", 3)
    assert (cells["source_text"].value, cells["source_text"].data_type) == ("=1+1 es dos.", "s")


def test_the_text_names_a_language_without_number_words() -> None:
    # s36 walk 2 item 1: as one pair's text does (aligner.check.output.number_words_notice)
    from aligner.collection.findings import to_text

    found = CollectionFindings()
    found.settings = {"glossary_used": True, "disabled": [],
                      "language_pairs": [["ca", "es"], ["ca", "sv"], ["ca", "gl"]]}
    assert to_text(found).splitlines()[1] == (
        "No number words for sv, gl: weekday-mismatch and range-order did not run; "
        "number-mismatch read only the digits there (no month names, magnitude words or "
        "numbers in words).")
    found.settings["language_pairs"] = [["ca", "es"], ["ca", "en"]]
    assert "No number words" not in to_text(found)


def test_the_text_names_a_language_without_negation_words() -> None:
    # s42 walk_ru finding 1: as one pair's text does (aligner.check.negations.negations_notice)
    from aligner.collection.findings import to_text

    found = CollectionFindings()
    found.settings = {"glossary_used": True, "disabled": ["negation-dropped"],
                      "language_pairs": [["es", "en"], ["es", "sv"], ["ru", "uk"]]}
    assert ("No negation words for sv: negation-mismatch did not run."
            in to_text(found).splitlines())
    found.settings["language_pairs"] = [["es", "en"], ["ru", "en"]]
    assert "No negation words" not in to_text(found)
