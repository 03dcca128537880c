"""A collection keeps each sentence's formatting (schema 12): ``export C.db`` writes the
inline codes ``aligner align -o`` writes for the same files -- the italics of subtitles,
the bold, italics and links of Markdown -- and the editor's text corrections drop a
sentence's own codes as they do in a saved alignment."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from aligner.collection.store import open_collection
from aligner.formats.xliff import load_xliff
from aligner.model import Formatting, Style
from tests._tools import assert_valid_tmx
from tests.collection.conftest import batch_es_en, reviewed_then_changed, run

# Our own text: two subtitle files (cues far enough apart to be a sentence each) and two
# Markdown files, one sentence a paragraph.
SRT = {
    "es": "1\n00:00:01,000 --> 00:00:03,000\n<i>La sal se recoge en verano.</i>\n\n"
          "2\n00:00:06,000 --> 00:00:08,000\nEl agua llega con la <i>marea</i> alta.\n\n"
          "3\n00:00:12,000 --> 00:00:14,000\nNadie trabaja de noche.\n",
    "en": "1\n00:00:01,000 --> 00:00:03,000\n<i>Salt is gathered in summer.</i>\n\n"
          "2\n00:00:06,000 --> 00:00:08,000\nThe water comes in with the high <i>tide</i>.\n\n"
          "3\n00:00:12,000 --> 00:00:14,000\nNobody works at night.\n",
}
MD = {
    "es": "El **molino** muele la sal gruesa.\n\n"
          "Lea el [informe](https://example.org/informe) antes de la visita.\n\n"
          "La visita dura *dos horas*.\n",
    "en": "The **mill** grinds the coarse salt.\n\n"
          "Read the [report](https://example.org/report) before the visit.\n\n"
          "The visit takes *two hours*.\n",
}


def _tag(name: str, i: int, href: str = "") -> tuple[str, str]:
    """A TMX ``bpt``/``ept`` pair around an HTML element's native code."""
    attr = f' href="{href}"' if href else ""
    return (f'<bpt i="{i}" x="{i}">&lt;{name}{attr}&gt;</bpt>',
            f'<ept i="{i}">&lt;/{name}&gt;</ept>')


IT, EIT = _tag("i", 1)
B, EB = _tag("b", 1)
A_ES, EA = _tag("a", 1, "https://example.org/informe")
A_EN, _ = _tag("a", 1, "https://example.org/report")
#: Every unit's source and target ``seg`` content, written by hand from the files above.
EXPECTED_TMX = {
    "sal": [
        (f"{IT}La sal se recoge en verano.{EIT}", f"{IT}Salt is gathered in summer.{EIT}"),
        (f"El agua llega con la {IT}marea{EIT} alta.",
         f"The water comes in with the high {IT}tide{EIT}."),
        ("Nadie trabaja de noche.", "Nobody works at night."),
    ],
    "nota": [
        (f"El {B}molino{EB} muele la sal gruesa.", f"The {B}mill{EB} grinds the coarse salt."),
        (f"Lea el {A_ES}informe{EA} antes de la visita.",
         f"Read the {A_EN}report{EA} before the visit."),
        (f"La visita dura {IT}dos horas{EIT}.", f"The visit takes {IT}two hours{EIT}."),
    ],
}
#: Every XLIFF unit read back: source and target with their codes' placeholders, and
#: the codes' native code, by hand as well.
_ITALIC = ("<i>", "</i>")
EXPECTED_XLIFF = {
    "sal": [
        ("{1}La sal se recoge en verano.{/1}", "{1}Salt is gathered in summer.{/1}",
         _ITALIC, _ITALIC),
        ("El agua llega con la {1}marea{/1} alta.",
         "The water comes in with the high {1}tide{/1}.", _ITALIC, _ITALIC),
        ("Nadie trabaja de noche.", "Nobody works at night.", (), ()),
    ],
    "nota": [
        ("El {1}molino{/1} muele la sal gruesa.", "The {1}mill{/1} grinds the coarse salt.",
         ("<b>", "</b>"), ("<b>", "</b>")),
        ("Lea el {1}informe{/1} antes de la visita.", "Read the {1}report{/1} before the visit.",
         ('<a href="https://example.org/informe">', "</a>"),
         ('<a href="https://example.org/report">', "</a>")),
        ("La visita dura {1}dos horas{/1}.", "The visit takes {1}two hours{/1}.",
         _ITALIC, _ITALIC),
    ],
}
SUFFIX = {"sal": "srt", "nota": "md"}


@pytest.fixture
def files(tmp_path: Path) -> Path:
    for lang in ("es", "en"):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"sal.{lang}.srt").write_text(SRT[lang], encoding="utf-8")
        (tmp_path / lang / f"nota.{lang}.md").write_text(MD[lang], encoding="utf-8")
    return tmp_path


@pytest.fixture
def db(files: Path) -> Path:
    return batch_es_en(files, files / "c.db")


def _segs(tmx: Path, document: str | None = None) -> list[tuple[str, ...]]:
    """Each unit's ``seg`` contents, of one document's units (``x-document``) or all."""
    text = tmx.read_text(encoding="utf-8")
    return [tuple(re.findall(r"<seg>(.*?)</seg>", tu, re.S))
            for tu in re.findall(r"<tu\b.*?</tu>", text, re.S)
            if document is None or f'<prop type="x-document">{document}</prop>' in tu]


def _xliff_units(path: Path) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    return [(u.source, u.target, tuple(t.code for t in u.src_tags),
             tuple(t.code for t in u.tgt_tags)) for u in load_xliff(path).units]


def test_export_writes_the_codes_align_writes(files: Path, db: Path, tmp_path: Path) -> None:
    """Before (schema 11): the collection's TMX had no ``<bpt>`` and its XLIFF no ``<pc>``."""
    whole = tmp_path / "all.tmx"
    code, _, stderr = run("export", str(db), "-o", str(whole))
    assert code == 0, stderr
    assert_valid_tmx(whole)
    for name, expected in EXPECTED_TMX.items():
        single = tmp_path / f"{name}.tmx"
        code, _, stderr = run("align", str(files / "es" / f"{name}.es.{SUFFIX[name]}"),
                              str(files / "en" / f"{name}.en.{SUFFIX[name]}"),
                              "--encoder", "none", "-o", str(single))
        assert code == 0, stderr
        assert _segs(single) == expected
        assert _segs(whole, name) == expected

        xlf, single_xlf = tmp_path / f"{name}-c.xlf", tmp_path / f"{name}-a.xlf"
        code, _, stderr = run("export", str(db), "--doc", name, "-o", str(xlf))
        assert code == 0, stderr
        code, _, stderr = run("align", str(files / "es" / f"{name}.es.{SUFFIX[name]}"),
                              str(files / "en" / f"{name}.en.{SUFFIX[name]}"),
                              "--encoder", "none", "-o", str(single_xlf))
        assert code == 0, stderr
        assert _xliff_units(xlf) == _xliff_units(single_xlf) == EXPECTED_XLIFF[name]


def test_the_stored_column_holds_the_spans(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT d.name, s.side, s.idx, s.formatting FROM sentences s JOIN documents d "
            "ON d.id = s.doc WHERE s.formatting IS NOT NULL ORDER BY d.name, s.side, s.idx"
        ).fetchall()
    finally:
        conn.close()
    assert rows == [
        ("nota", "src", 0, '[[3,9,"b"]]'),
        ("nota", "src", 1, '[[7,14,"a","https://example.org/informe"]]'),
        ("nota", "src", 2, '[[15,24,"i"]]'),
        ("nota", "tgt", 0, '[[4,8,"b"]]'),
        ("nota", "tgt", 1, '[[9,15,"a","https://example.org/report"]]'),
        ("nota", "tgt", 2, '[[16,25,"i"]]'),
        ("sal", "src", 0, '[[0,27,"i"]]'),
        ("sal", "src", 1, '[[21,26,"i"]]'),
        ("sal", "tgt", 0, '[[0,27,"i"]]'),
        ("sal", "tgt", 1, '[[33,37,"i"]]'),
    ]


def test_a_text_correction_drops_that_sentence_s_codes_only(db: Path) -> None:
    """As in a saved alignment (editor.edits): the corrected sentence's spans were offsets
    into its old text; the other sentences keep theirs, in the database and in the
    editor's copy alike, and undo gives the text back without them."""
    from aligner.editor.catalog import CollectionDocuments
    from aligner.editor.edits import Edit, Op
    from aligner.model import Side

    docs = CollectionDocuments(db)
    try:
        session = docs[next(s.id for s in docs.summaries() if s.name == "sal")].session
        session.edit(Edit(Op.TEXT, 1, Side.TARGET, ("The water comes with the high tide.",)), 0)
        edited = session.store.load()[0]
        session.undo(1)
        undone = session.store.load()[0]
    finally:
        docs.close()
    with open_collection(db) as c:
        stored = c.alignment(c.documents(["sal"])[0])
    assert stored.tgt_sentences[1] == "The water comes in with the high tide."  # undone
    assert stored.tgt_formatting == ((Formatting(0, 27, Style.ITALIC),), (), ())
    assert stored.src_formatting == ((Formatting(0, 27, Style.ITALIC),),
                                     (Formatting(21, 26, Style.ITALIC),), ())
    assert edited.tgt_formatting == undone.tgt_formatting == stored.tgt_formatting
    assert undone.src_formatting == stored.src_formatting


def test_an_older_collection_upgrades_with_no_formatting_until_aligned_again(
        files: Path, db: Path, tmp_path: Path) -> None:
    """Schema 11 had no column: the upgrade says only that it upgraded, the documents
    export without codes, as before, and ``batch --force`` gives them theirs."""
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE sentences DROP COLUMN formatting")
    conn.execute("DROP INDEX sentences_cued")
    conn.execute("ALTER TABLE sentences DROP COLUMN cues")
    conn.execute("ALTER TABLE sentences DROP COLUMN split")  # schema 14
    conn.execute("ALTER TABLE edits DROP COLUMN splits")
    conn.execute("ALTER TABLE sentences DROP COLUMN part")  # schema 15
    conn.execute("ALTER TABLE sentences DROP COLUMN number")  # schema 16
    conn.execute("ALTER TABLE sentences DROP COLUMN joined")  # schema 17
    conn.execute("ALTER TABLE documents DROP COLUMN kept_failure")  # schema 18
    conn.execute("ALTER TABLE edits DROP COLUMN inserts")  # schema 19
    conn.execute("PRAGMA user_version = 11")
    conn.commit()
    conn.close()
    out = tmp_path / "old.tmx"
    code, _, stderr = run("export", str(db), "-o", str(out))
    assert code == 0, stderr
    assert stderr.splitlines()[0] == (f"aligner: warning: {db}: upgraded the collection from "
                                      "schema 11 to 19; an aligner older than this one cannot "
                                      "open it now")
    assert "formatting" not in stderr
    assert "<bpt" not in out.read_text(encoding="utf-8")
    assert _segs(out, "sal")[2] == EXPECTED_TMX["sal"][2]  # the text as it was

    batch_es_en(files, db, "--force")
    code, _, stderr = run("export", str(db), "-o", str(out))
    assert code == 0, stderr
    assert _segs(out, "sal") == EXPECTED_TMX["sal"]


def test_a_corrupt_column_is_named(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE sentences SET formatting = '[[0, 99, \"i\"]]' WHERE idx = 2 "
                 "AND side = 'tgt' AND doc = (SELECT id FROM documents WHERE name = 'nota')")
    conn.commit()
    conn.close()
    code, _, stderr = run("export", str(db), "-o", str(db.parent / "x.tmx"))
    assert code == 2
    assert stderr.strip().splitlines()[-1] == (
        f"aligner: error: {db}: nota: tgt sentence 2: sentences.formatting[0]: expected a "
        "sentence index and a span inside it")


def test_a_reviewed_document_realigned_keeps_the_new_files_formatting(
        files: Path, db: Path) -> None:
    """batch carries a review over to changed files (collection.carry): the alignment it
    stores has the new files' formatting."""
    changed = SRT["en"].replace("Nobody works at night.", "Nobody works <i>at night</i>.")
    stored = reviewed_then_changed(files, db, "sal", "en/sal.en.srt", changed)
    assert stored.beads[0].review is not None  # carried
    assert stored.tgt_formatting == ((Formatting(0, 27, Style.ITALIC),),
                                     (Formatting(33, 37, Style.ITALIC),),
                                     (Formatting(13, 21, Style.ITALIC),))
    shutil.rmtree(files / "es")  # nothing else reads the fixture after this


def test_a_saved_alignment_imported_keeps_its_formatting(files: Path, tmp_path: Path) -> None:
    """``aligner import`` of a saved alignment stores its ``src_formatting`` as batch
    stores a pair's (before: its export had no codes)."""
    saved, db, out = tmp_path / "nota.json", tmp_path / "m.db", tmp_path / "m.tmx"
    code, _, stderr = run("align", str(files / "es" / "nota.es.md"),
                          str(files / "en" / "nota.en.md"), "--encoder", "none",
                          "-o", str(saved))
    assert code == 0, stderr
    code, _, stderr = run("import", str(db), str(saved))
    assert code == 0, stderr
    code, _, stderr = run("export", str(db), "-o", str(out))
    assert code == 0, stderr
    assert _segs(out) == EXPECTED_TMX["nota"]


def test_search_shows_the_text_without_codes(db: Path) -> None:
    """The formatting is beside the text, not in it: search reads and shows plain text."""
    code, stdout, stderr = run("search", str(db), "marea")
    assert code == 0, stderr
    head, src, tgt = stdout.splitlines()
    assert head.startswith("sal  unit 1  cue 2, 00:00:06,000  (")  # then the bead's score
    assert (src, tgt) == ("  src: El agua llega con la marea alta.",
                          "  tgt: The water comes in with the high tide.")
