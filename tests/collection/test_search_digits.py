"""aligner search: digits of every script are the digits 0-9 (s40 Arabic walk P10:
``4870`` found nothing in a text writing ``٤٨٧٠``).  Sentences written for this test."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from aligner.collection import substring
from tests.collection.conftest import run


def _hits(*args: str) -> list[dict[str, object]]:
    code, out, stderr = run("search", *args, "--format", "json")
    assert code == 0, stderr
    hits: list[dict[str, object]] = json.loads(out)["hits"]
    return hits


def _arabic_collection(tmp_path: Path) -> Path:
    (tmp_path / "en").mkdir()
    (tmp_path / "ar").mkdir()
    (tmp_path / "en" / "a.en.txt").write_text(
        "The clinics gave 4870 consultations.\n\nThe rate was 3.5 per cent.\n",
        encoding="utf-8")
    (tmp_path / "ar" / "a.ar.txt").write_text(
        "قدمت العيادات ٤٨٧٠ استشارة.\n\nبلغت النسبة ٣٫٥ في المئة.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert run("batch", str(tmp_path / "en"), str(tmp_path / "ar"), "--src-lang", "en",
               "--tgt-lang", "ar", "--db", str(db), "--jobs", "1")[0] == 0
    return db


def test_ascii_digits_find_arabic_indic_ones_and_back(tmp_path: Path) -> None:
    db = _arabic_collection(tmp_path)
    hits = _hits(str(db), "4870", "--side", "tgt")
    assert [(h["unit"], h["tgt_spans"]) for h in hits] == [(0, [[14, 18]])]
    assert str(hits[0]["target"])[14:18] == "٤٨٧٠"
    hits = _hits(str(db), "٤٨٧٠", "--side", "src")
    assert [(h["unit"], h["src_spans"]) for h in hits] == [(0, [[17, 21]])]
    assert [h["unit"] for h in _hits(str(db), "3.5", "--side", "tgt")] == [1]
    assert _hits(str(db), "4871", "--side", "tgt") == []


def test_substring_and_prefix_read_digits_of_every_script(tmp_path: Path) -> None:
    db = _arabic_collection(tmp_path)
    hits = _hits(str(db), "487", "--match", "substring", "--side", "tgt")
    assert [(h["unit"], h["tgt_spans"]) for h in hits] == [(0, [[14, 17]])]
    assert [h["unit"] for h in _hits(str(db), "٤٨", "--match", "prefix", "--side", "src")
            ] == [0]
    assert [h["unit"] for h in _hits(str(db), "3.5", "--match", "substring",
                                     "--side", "tgt")] == [1]


def test_an_index_made_before_digits_were_folded_is_remade(tmp_path: Path) -> None:
    db = _arabic_collection(tmp_path)
    conn = sqlite3.connect(db)  # as version 37 kept them: the digits as written
    conn.execute("UPDATE beads SET tgt_folded = NULL")
    conn.execute("UPDATE documents SET forms = 37")
    conn.commit()
    conn.close()
    assert [h["unit"] for h in _hits(str(db), "4870", "--side", "tgt")] == [0]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT tgt_folded FROM beads WHERE unit = 0").fetchone() == (
        "قدمت العيادات 4870 استشارة.",)
    conn.close()


def test_the_fold_keeps_one_character_for_each() -> None:
    for text in ("٤٨٧٠", "۴۸۷۰", "४८७०", "４８７０", "٣٫٥"):
        assert len(substring.bare(text)) == len(text)
    assert substring.bare("٤٨٧٠ و ۴۸۷۰ و ४८७० و ４８７０") == "4870 و 4870 و 4870 و 4870"
