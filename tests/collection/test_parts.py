"""A collection keeps each sentence's part of its document (schema 15): ``check C.db``
judges an EPUB's one-sided front matter as ``check`` of the two files does, and a
sentence a reviewer splits keeps its part."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from aligner.collection.store import open_collection
from aligner.model import Part
from tests.collection.conftest import run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
F, H, B = Part.FRONT_MATTER, Part.HEADING, Part.BODY
# tests/fixtures/src/frontmatter-de.md, by hand: copyright page, chapter one with its
# dedication, chapter two
GERMAN = (F, F, F, H, B, B, F, F, H, B)


def _batch(tmp_path: Path) -> tuple[Path, Path]:
    for lang in ("de", "en"):
        (tmp_path / lang).mkdir()
        shutil.copy(FIXTURES / f"frontmatter-{lang}.epub", tmp_path / lang / "bruecke.epub")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(tmp_path / "de"), str(tmp_path / "en"), "--db",
                          str(db), "--encoder", "none", "--jobs", "1")
    assert code == 0, stderr
    return tmp_path, db


def _findings(*args: str) -> list[dict[str, Any]]:
    code, stdout, stderr = run("check", *args, "--encoder", "none", "--format", "json")
    assert code in (0, 1), stderr
    return list(json.loads(stdout)["findings"])


def test_the_parts_are_stored_and_read_back(tmp_path: Path) -> None:
    _, db = _batch(tmp_path)
    with open_collection(db) as c:
        [doc] = c.documents()
        alignment = c.alignment(doc)
    assert alignment.src_parts == GERMAN
    assert F not in alignment.tgt_parts and len(alignment.tgt_parts) == 7


def test_check_of_the_collection_is_check_of_the_pair(tmp_path: Path) -> None:
    files, db = _batch(tmp_path)
    pair = _findings(str(files / "de" / "bruecke.epub"), str(files / "en" / "bruecke.epub"),
                     "--src-lang", "de", "--tgt-lang", "en")
    collection = _findings(str(db))
    assert [f.pop("document") for f in collection] == ["bruecke"] * len(pair)
    assert collection == pair
    # the dedication (sentence 7), in the German book only, is no omission
    with open_collection(db) as c:
        [doc] = c.documents()
        unit = next(u for u, b in enumerate(c.alignment(doc).beads) if b.src == (7,))
    assert [f["code"] for f in pair if f["unit"] == unit] == ["one-sided-front-matter"]


def test_a_collection_stored_before_reads_without_parts(tmp_path: Path) -> None:
    """A document stored before schema 15 (NULL parts) is checked as before."""
    _, db = _batch(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE sentences SET part = NULL")
    conn.commit()
    conn.close()
    with open_collection(db) as c:
        [doc] = c.documents()
        alignment = c.alignment(doc)
    assert alignment.src_parts == alignment.tgt_parts == ()
    unit = next(u for u, b in enumerate(alignment.beads) if b.src == (7,))
    assert [f["code"] for f in _findings(str(db)) if f["unit"] == unit] == ["empty-target"]
