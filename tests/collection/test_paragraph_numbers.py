"""A collection keeps each sentence's paragraph number as its reader gives it (schema 16):
``check C.db`` names a finding after a list the DOCX reader joined, and one in a footnote,
as ``check`` of the two files does (a legal translator's walk: the collection said
paragraph 13 where Word and ``run`` said 16, and did not say "footnote")."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from tests.collection.conftest import run
from tests.pipeline.test_paragraph_numbers import _docx


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    # body paragraphs 1-6, the lead-in (2) and its items (3-5) one sentence the reader
    # joins; the footnote is paragraph 7
    es, en = tmp_path / "es", tmp_path / "en"
    es.mkdir()
    en.mkdir()
    _docx(es / "contrato.docx", [
        "Primera cláusula del contrato.", "El Arrendatario se obliga a:",
        "pagar la renta;", "conservar la vivienda;", "no realizar obras.",
        "La renta es de 500 euros al mes."], "Índice publicado por el Instituto.")
    _docx(en / "contrato.docx", [
        "First clause of the agreement.", "The Tenant undertakes to:",
        "pay the rent;", "keep the dwelling;", "not carry out works.",
        "The rent is 600 euros a month."], "Índice publicado por el Instituto.")
    return es, en


def _check(*args: str, fmt: str = "json") -> str:
    code, stdout, stderr = run("check", *args, "--encoder", "none", "--no-glossary",
                               "--format", fmt)
    assert code == 1, stderr
    return stdout


def _batch(tmp_path: Path) -> Path:
    es, en = _folders(tmp_path)
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(es), str(en), "--db", str(db), "--encoder", "none",
                          "--jobs", "1", "--no-glossary")
    assert code == 0, stderr
    return db


def _where(findings: list[dict[str, Any]]) -> dict[str, tuple[Any, ...]]:
    return {f["code"]: (f["unit"], f.get("src_paragraph"), f.get("src_part"))
            for f in findings}


def test_findings_name_the_reader_s_paragraphs_and_the_footnote(tmp_path: Path) -> None:
    db = _batch(tmp_path)
    found = json.loads(_check(str(db)))["findings"]
    where = _where(found)
    assert where["number-mismatch"] == (2, 6, None)
    assert where["untranslated"] == (3, 7, "footnote")
    pair = json.loads(_check(str(tmp_path / "es" / "contrato.docx"),
                             str(tmp_path / "en" / "contrato.docx"),
                             "--src-lang", "es", "--tgt-lang", "en"))["findings"]
    assert _where(found) == _where(pair)
    text = _check(str(db), fmt="text")
    assert "contrato  unit 2 (paragraph 6)  ERROR number-mismatch" in text
    assert "contrato  unit 3 (footnote, paragraph 7)" in text


def test_a_document_stored_before_counts_its_paragraph_starts(tmp_path: Path) -> None:
    """Before schema 16 (NULL numbers) the joined list counts as one paragraph, as
    before; the footnote is still named from its stored part."""
    db = _batch(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE sentences SET number = NULL")
    conn.commit()
    conn.close()
    where = _where(json.loads(_check(str(db)))["findings"])
    assert where["number-mismatch"] == (2, 3, None)
    assert where["untranslated"] == (3, 4, "footnote")
