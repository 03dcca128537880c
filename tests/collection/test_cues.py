"""A collection keeps each sentence's subtitle cues (schema 13): ``check C.db`` names
a finding's cue and runs the subtitle checks as ``check`` of the two files does,
``search C.db`` names the cue of a hit's source, and the editor's text corrections cut
the cues' spans as they do in a saved alignment."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from aligner.collection.store import open_collection
from aligner.model import SubtitleCue
from tests.collection.conftest import batch_es_en, reviewed_then_changed, run

# Our own text.  Each cue a sentence; the English cue 2 is one line of 70 characters
# shown 3.5 s (20 characters a second), and its cue 3 starts half a second before
# cue 2 ends.
SRT = {
    "es": "1\n00:00:01,000 --> 00:00:03,500\nLa sal se recoge en verano.\n\n"
          "2\n00:00:06,000 --> 00:00:09,500\nEl agua llega con la marea alta\n"
          "por los caños de la bahía.\n\n"
          "3\n00:00:12,000 --> 00:00:14,000\nNadie trabaja de noche.\n",
    "en": "1\n00:00:01,000 --> 00:00:03,500\nSalt is gathered in summer.\n\n"
          "2\n00:00:06,000 --> 00:00:09,500\n"
          "The water comes in with the high tide through the channels of the bay.\n\n"
          "3\n00:00:09,000 --> 00:00:11,000\nNobody works at night.\n",
}
#: The subtitle findings of the pair, by hand from the files above.
EXPECTED = {
    ("subtitle-line-length", "target cue 2 (00:00:06,000): line 1 has 70 characters (limit "
     "42): 'The water comes in with the high tide through the channels of the bay.'"),
    ("subtitle-reading-speed", "target cue 2 (00:00:06,000): 70 characters in 3.50 s: 20.0 "
     "characters a second (limit 17)"),
    ("subtitle-overlap", "target cue 3 (00:00:09,000): starts 0.500 s before cue 2 ends "
     "(00:00:09,500)"),
}


@pytest.fixture
def files(tmp_path: Path) -> Path:
    for lang in ("es", "en"):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"sal.{lang}.srt").write_text(SRT[lang], encoding="utf-8")
    return tmp_path


@pytest.fixture
def db(files: Path) -> Path:
    return batch_es_en(files, files / "c.db")


def _findings(*args: str) -> list[dict[str, Any]]:
    code, stdout, stderr = run("check", *args, "--encoder", "none", "--format", "json")
    assert code in (0, 1), stderr
    return list(json.loads(stdout)["findings"])


def _pair(files: Path) -> list[dict[str, Any]]:
    return _findings(str(files / "es" / "sal.es.srt"), str(files / "en" / "sal.en.srt"))


def test_check_of_the_collection_is_check_of_the_pair(files: Path, db: Path) -> None:
    """Before (schema 12): no subtitle finding, and no cue named, in ``check C.db``."""
    pair = _pair(files)
    assert {(f["code"], f["message"]) for f in pair
            if f["code"].startswith("subtitle-")} == EXPECTED
    collection = _findings(str(db))
    assert [f.pop("document") for f in collection] == ["sal"] * len(pair)
    assert collection == pair
    overlap = next(f for f in collection if f["code"] == "subtitle-overlap")
    assert (overlap["src_cue"], overlap["src_time"], overlap["tgt_cue"],
            overlap["tgt_time"]) == ("3", "00:00:12,000", "3", "00:00:09,000")

    code, stdout, stderr = run("check", str(db), "--encoder", "none")
    assert code == 0, stderr  # warnings only
    assert (f"sal  unit {overlap['unit']} (cue 3, 00:00:12,000; target cue 3, 00:00:09,000)  "
            "WARNING subtitle-overlap  target cue 3") in stdout


def test_the_subtitle_limits_given_apply_to_a_collection_as_to_the_pair(files: Path,
                                                                        db: Path) -> None:
    # target lines of 30 characters at most: the target's cue 1 (27) passes, cue 2 (70)
    # and cue 3 (22) as before; a limit of 20 for the target takes cues 1 and 3 too
    for limit, cues in (("tgt:30", ["2"]), ("tgt:20", ["1", "2", "3"])):
        args = ("--subtitle-line", limit)
        pair = _findings(str(files / "es" / "sal.es.srt"), str(files / "en" / "sal.en.srt"),
                         *args)
        collection = _findings(str(db), *args)
        for found in (pair, collection):
            assert [f["tgt_cue"] for f in found if f["code"] == "subtitle-line-length"
                    ] == cues, limit
        assert [{k: v for k, v in f.items() if k != "document"} for f in collection] == pair


def test_the_stored_column_holds_the_cues(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT side, idx, cues FROM sentences ORDER BY side, idx").fetchall()
    finally:
        conn.close()
    assert [(side, idx) for side, idx, _ in rows] == [("src", 0), ("src", 1), ("src", 2),
                                                      ("tgt", 0), ("tgt", 1), ("tgt", 2)]
    assert json.loads(rows[1][2]) == [
        [1, "2", 6.0, 9.5, 0, 58,
         ["El agua llega con la marea alta", "por los caños de la bahía."]]]
    with open_collection(db) as c:
        stored = c.alignment(c.documents(["sal"])[0])
    assert stored.tgt_cues[2] == (SubtitleCue(2, "3", 9.0, 11.0, (0, 22),
                                              ("Nobody works at night.",)),)


def test_search_names_the_cue_of_the_source(db: Path) -> None:
    code, stdout, stderr = run("search", str(db), "marea")
    assert code == 0, stderr
    head = stdout.splitlines()[0]
    assert head.startswith("sal  unit ") and "  cue 2, 00:00:06,000  (" in head
    code, stdout, stderr = run("search", str(db), "night", "--format", "json")
    assert code == 0, stderr
    (hit,) = json.loads(stdout)["hits"]
    assert hit["cue"] == {"number": "3", "index": 2, "start": 12.0, "end": 14.0,
                          "timecode": "00:00:12,000"}  # the source's cue 3, not the target's
    code, stdout, stderr = run("search", str(db), "cano", "--match", "substring",
                               "--format", "json")
    assert code == 0, stderr
    (hit,) = json.loads(stdout)["hits"]
    assert (hit["cue"]["number"], hit["cue"]["timecode"]) == ("2", "00:00:06,000")


def test_a_collection_of_plain_text_names_no_cue(tmp_path: Path) -> None:
    for lang, text in (("es", "La sal se recoge en verano.\n"),
                       ("en", "Salt is gathered in summer.\n")):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"sal.{lang}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "t.db"
    code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / "en"), "--db", str(db),
                          "--encoder", "none", "--jobs", "1")
    assert code == 0, stderr
    code, stdout, stderr = run("search", str(db), "sal", "--format", "json")
    assert code == 0, stderr
    assert "cue" not in json.loads(stdout)["hits"][0]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM sentences WHERE cues IS NOT NULL").fetchone() == (0,)
    conn.close()


def test_an_older_collection_upgrades_with_no_cues_until_aligned_again(
        files: Path, db: Path) -> None:
    """Schema 12 had no column: the upgrade says only that it upgraded, the document is
    checked as before (no subtitle checks, units named by paragraph), and ``batch
    --force`` gives it its cues."""
    conn = sqlite3.connect(db)
    conn.execute("DROP INDEX sentences_cued")
    conn.execute("ALTER TABLE sentences DROP COLUMN cues")
    conn.execute("ALTER TABLE sentences DROP COLUMN split")  # schema 14
    conn.execute("ALTER TABLE edits DROP COLUMN splits")
    conn.execute("ALTER TABLE sentences DROP COLUMN part")  # schema 15
    conn.execute("ALTER TABLE sentences DROP COLUMN number")  # schema 16
    conn.execute("ALTER TABLE sentences DROP COLUMN joined")  # schema 17
    conn.execute("ALTER TABLE documents DROP COLUMN kept_failure")  # schema 18
    conn.execute("ALTER TABLE edits DROP COLUMN inserts")  # schema 19
    conn.execute("PRAGMA user_version = 12")
    conn.commit()
    conn.close()
    code, stdout, stderr = run("check", str(db), "--encoder", "none")
    assert code == 0 and "subtitle-" not in stdout and "cue" not in stdout
    assert "cue" not in stderr
    assert "sal  unit 0 (paragraph 1)" in stdout
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone() == (19,)
    assert conn.execute("SELECT count(*) FROM sentences WHERE cues IS NULL").fetchone() == (6,)
    conn.close()

    batch_es_en(files, db, "--force")
    collection = _findings(str(db))
    for f in collection:
        del f["document"]
    assert collection == _pair(files)


def test_a_corrupt_column_is_named(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE sentences SET cues = '[[0, \"1\", 1.0, 3.5, 0, 99, []]]' "
                 "WHERE idx = 0 AND side = 'tgt'")
    conn.commit()
    conn.close()
    code, _, stderr = run("check", str(db), "--encoder", "none")
    assert code == 2
    assert stderr.strip().splitlines()[-1] == (
        f"aligner: error: {db}: sal: tgt sentence 0: sentences.cues[0]: expected a sentence "
        "index and a span inside it")


def test_a_text_correction_cuts_that_sentence_s_cue_spans(db: Path) -> None:
    """As in a saved alignment (editor.edits): the cue keeps its number, times and lines,
    its span is cut to the shorter text -- in the database as in the editor's copy."""
    from aligner.editor.catalog import CollectionDocuments
    from aligner.editor.edits import Edit, Op
    from aligner.model import Side

    docs = CollectionDocuments(db)
    try:
        session = docs[next(s.id for s in docs.summaries() if s.name == "sal")].session
        session.edit(Edit(Op.TEXT, 2, Side.TARGET, ("Nobody works.",)), 0)
        edited = session.store.load()[0]
    finally:
        docs.close()
    with open_collection(db) as c:
        stored = c.alignment(c.documents(["sal"])[0])
    assert stored.tgt_sentences[2] == "Nobody works."
    assert stored.tgt_cues[2] == (SubtitleCue(2, "3", 9.0, 11.0, (0, 13),
                                              ("Nobody works at night.",)),)
    assert stored.tgt_cues == edited.tgt_cues
    assert stored.src_cues == edited.src_cues
    assert stored.tgt_cues[1][0].span == (0, 70)  # the other sentences' as they were


def test_a_reviewed_document_realigned_keeps_the_new_files_cues(files: Path, db: Path) -> None:
    """batch carries a review over to changed files (collection.carry): the alignment it
    stores has the new files' cues."""
    changed = SRT["en"].replace("00:00:09,000 --> 00:00:11,000", "00:00:10,000 --> 00:00:11,500")
    stored = reviewed_then_changed(files, db, "sal", "en/sal.en.srt", changed)
    assert stored.beads[0].review is not None  # carried
    assert stored.tgt_cues[2] == (SubtitleCue(2, "3", 10.0, 11.5, (0, 22),
                                              ("Nobody works at night.",)),)
    assert "subtitle-overlap" not in {f["code"] for f in _findings(str(db))}


def test_a_saved_alignment_imported_keeps_its_cues(files: Path, tmp_path: Path) -> None:
    """``aligner import`` of a saved alignment stores its ``src_cues`` as batch stores a
    pair's: its check gives the subtitle findings of the pair."""
    saved, db = tmp_path / "sal.json", tmp_path / "m.db"
    code, _, stderr = run("align", str(files / "es" / "sal.es.srt"),
                          str(files / "en" / "sal.en.srt"), "--encoder", "none",
                          "-o", str(saved))
    assert code == 0, stderr
    code, _, stderr = run("import", str(db), str(saved))
    assert code == 0, stderr
    assert {(f["code"], f["message"]) for f in _findings(str(db))
            if f["code"].startswith("subtitle-")} == EXPECTED


def _vtt(srt: str, *, hours: bool) -> str:
    """``srt`` as a WebVTT file: a full stop before the milliseconds, the hours left out
    unless ``hours``."""
    vtt = srt.replace(",000", ".000").replace(",500", ".500")
    return "WEBVTT\n\n" + (vtt if hours else vtt.replace("00:00:", "00:"))


def test_a_collection_of_webvtt_files_shows_their_times_as_they_write_them(
        tmp_path: Path) -> None:
    """Stored, checked, reported and searched: each document's times as its file writes
    them -- the Spanish file's with hours, the English one's without."""
    for lang, hours in (("es", True), ("en", False)):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"sal.{lang}.vtt").write_text(_vtt(SRT[lang], hours=hours),
                                                         encoding="utf-8")
    db = batch_es_en(tmp_path, tmp_path / "v.db")
    pair = _findings(str(tmp_path / "es" / "sal.es.vtt"), str(tmp_path / "en" / "sal.en.vtt"))
    collection = _findings(str(db))
    assert [f.pop("document") for f in collection] == ["sal"] * len(pair)
    assert collection == pair
    overlap = next(f for f in collection if f["code"] == "subtitle-overlap")
    assert (overlap["src_cue"], overlap["src_time"], overlap["tgt_cue"],
            overlap["tgt_time"]) == ("3", "00:00:12.000", "3", "00:09.000")
    assert overlap["message"] == "target cue 3 (00:09.000): starts 0.500 s before cue 2 ends " \
                                 "(00:09.500)"
    code, stdout, stderr = run("search", str(db), "night", "--format", "json")
    assert code == 0, stderr
    (hit,) = json.loads(stdout)["hits"]
    assert hit["cue"] == {"number": "3", "index": 2, "start": 12.0, "end": 14.0,
                          "timecode": "00:00:12.000"}
    code, _, stderr = run("report", str(db), "--encoder", "none", "-o", str(tmp_path / "r"))
    assert code in (0, 1), stderr
    page = next((tmp_path / "r" / "docs").glob("*.html")).read_text(encoding="utf-8")
    assert "cue 3, 00:00:12.000; target cue 3, 00:09.000" in page
    assert "00:00:12,000" not in page


def test_an_export_of_the_collection_carries_the_cues_of_an_export_of_the_pair(
        files: Path, db: Path, tmp_path: Path) -> None:
    """``export C.db`` writes each unit's cues (``x-src-cues``, ``x-tgt-cues``) as an
    export of the pair's saved alignment does: TMX and XLIFF 1.2."""
    from aligner.formats.tmx import read_tmx
    from aligner.formats.xliff import read_xliff
    from tests._tools import assert_valid_tmx

    saved = tmp_path / "sal.json"
    code, _, stderr = run("align", str(files / "es" / "sal.es.srt"),
                          str(files / "en" / "sal.en.srt"), "--encoder", "none",
                          "-o", str(saved))
    assert code == 0, stderr
    # by hand from SRT: each sentence one cue, the same numbers on both sides
    expected = [{"x-src-cues": "1 00:00:01,000", "x-tgt-cues": "1 00:00:01,000"},
                {"x-src-cues": "2 00:00:06,000", "x-tgt-cues": "2 00:00:06,000"},
                {"x-src-cues": "3 00:00:12,000", "x-tgt-cues": "3 00:00:09,000"}]
    for suffix, reader in ((".tmx", read_tmx), (".xlf", read_xliff)):
        pair, whole = tmp_path / f"pair{suffix}", tmp_path / f"whole{suffix}"
        more = ["--format", "xliff12"] if suffix == ".xlf" else []
        for source, out in ((saved, pair), (db, whole)):
            code, _, stderr = run("export", str(source), "-o", str(out), *more)
            assert code == 0, stderr
        if suffix == ".tmx":
            assert_valid_tmx(whole)
        cues = [[{k: v for k, v in u.props.items() if k.endswith("-cues")}
                 for u in reader(path)] for path in (pair, whole)]
        assert cues[0] == cues[1] == expected, suffix
