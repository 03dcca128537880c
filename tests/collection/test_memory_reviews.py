"""``aligner import`` keeps the review marks an export wrote: a unit with ``x-reviewed``
is a bead reviewed again (confirmed or edited, dated by its ``changedate``), so that a
collection exported and imported -- moved to another machine, restored from its TMX --
keeps the record of what people checked.  The texts and marks expected are written by
hand from the documents of ``conftest.DOCS`` and the edits made below."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from lxml import etree

from aligner.collection.memories import read_memory
from aligner.collection.store import open_collection
from aligner.editor.catalog import CollectionDocuments
from aligner.editor.edits import Edit, Op
from aligner.formats.units import tmx_date
from aligner.model import Side
from tests.collection.conftest import batch_es_en, run, write_folders
from tests.collection.test_export_pairs import ORIGINAL
from tests.collection.test_memories import TMX

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FIXED = "The Chilean way promised change without violence."


def _reviewed_collection(tmp_path: Path) -> Path:
    """The documents of ``conftest.DOCS`` aligned, then reviewed: ``2021/mina``'s first
    bead confirmed; ``2021/puerto``'s second bead's target corrected, its third and fourth
    merged (both edited)."""
    write_folders(tmp_path / "files")
    db = batch_es_en(tmp_path / "files", tmp_path / "c.db")
    docs = CollectionDocuments(db)
    try:
        ids = {s.name: s.id for s in docs.summaries()}
        docs[ids["2021/mina"]].session.edit(Edit(Op.CONFIRM, 0), 0)
        puerto = docs[ids["2021/puerto"]].session
        version = puerto.edit(Edit(Op.TEXT, 1, Side.TARGET, (FIXED,)), 0).version
        puerto.edit(Edit(Op.MERGE_NEXT, 2), version)
    finally:
        docs.close()
    return db


def _units(path: Path) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """Each ``tu``: its source and target text, score, review mark and date."""
    out = []
    for tu in etree.parse(str(path)).getroot().iter("tu"):
        src, tgt = (tuv.findtext("seg") or "" for tuv in tu.iter("tuv"))
        out.append((src, tgt, tu.findtext("prop[@type='x-score']"),
                    tu.findtext("prop[@type='x-reviewed']"), tu.get("changedate")))
    return out


def _marks(db: Path) -> list[tuple[str, str, str]]:
    """Each reviewed bead of ``db``: its source text, mark and the review's date (as TMX
    writes it)."""
    out = []
    with open_collection(db) as c:
        for doc in c.documents():
            al = c.alignment(doc)
            out += [(" ".join(al.src_sentences[i] for i in b.src), b.review.state.value,
                     tmx_date(b.review.changed)) for b in al.beads if b.review is not None]
    return out


def _reviewed_total(db: Path) -> str:
    """The ``reviewed`` column of ``aligner list``'s total line."""
    code, out, stderr = run("list", str(db))
    assert code == 0, stderr
    assert out.splitlines()[0].split()[:6] == ["document", "languages", "src", "tgt",
                                               "beads", "reviewed"]
    # the total of a collection of one pair has no languages cell: src, tgt, beads, reviewed
    total = next(line for line in out.splitlines() if line.startswith("total ")).split()
    assert total[1].isdigit()
    return total[4]


def test_a_collection_exported_and_imported_keeps_its_review_marks(tmp_path: Path) -> None:
    db = _reviewed_collection(tmp_path)
    first = tmp_path / "a.tmx"
    code, _, stderr = run("export", str(db), "-o", str(first))
    assert code == 0, stderr
    moved = tmp_path / "moved.db"
    code, _, stderr = run("import", str(moved), str(first))
    assert code == 0, stderr
    assert "warning" not in stderr  # every mark has its date
    again = tmp_path / "b.tmx"
    code, _, stderr = run("export", str(moved), "-o", str(again))
    assert code == 0, stderr

    marks = [(src, mark) for src, _, _, mark, _ in _units(first) if mark]
    assert marks == [
        ("La mina de cobre empleaba a dos mil obreros.", "confirmed"),
        ("La vía chilena prometía cambios sin violencia.", "edited"),
        ("Los estibadores votaron una huelga de tres días. Nadie esperaba que el gobierno "
         "cediera tan pronto.", "edited")]
    # the same units, scores, marks and dates, and each date the review's in the collection
    assert _units(again) == _units(first)
    assert [(s, m, d) for s, _, _, m, d in _units(first) if m] == _marks(db) == _marks(moved)
    assert FIXED in [tgt for _, tgt, _, _, _ in _units(again)]
    with open_collection(moved) as c:
        assert c.reviewed_beads() == {"tm/a.tmx": 3}
    assert _reviewed_total(db) == _reviewed_total(moved) == "3"
    only = tmp_path / "only.tmx"
    code, _, stderr = run("export", str(moved), "-o", str(only), "--reviewed-only")
    assert code == 0 and stderr.startswith("aligner: wrote 3 units"), stderr
    # the TMX converted to a saved alignment (its units' marks in their records) first
    saved = tmp_path / "a.json"
    assert run("export", str(first), "-o", str(saved))[0] == 0
    by_json = tmp_path / "json.db"
    code, _, stderr = run("import", str(by_json), str(saved))
    assert code == 0 and "warning" not in stderr, stderr
    assert _marks(by_json) == _marks(db)


def test_multilingual_export_imports_with_each_translation_s_marks(tmp_path: Path) -> None:
    for lang, text in ORIGINAL.items():
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"puerto.{lang}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "c.db"
    for lang in ("en", "fr"):
        code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / lang), "--db",
                              str(db), "--jobs", "1", "--encoder", "none")
        assert code == 0, stderr
    docs = CollectionDocuments(db)
    try:
        ids = {s.name: s.id for s in docs.summaries()}
        docs[ids["fr/puerto"]].session.edit(Edit(Op.CONFIRM, 0), 0)  # shares a tu with en
        docs[ids["puerto"]].session.edit(Edit(Op.CONFIRM, 3), 0)  # the last: shares one too
    finally:
        docs.close()
    archive = tmp_path / "archive.tmx"
    code, _, stderr = run("export", str(db), "-o", str(archive), "--multilingual")
    assert code == 0, stderr
    root = etree.parse(str(archive)).getroot()
    # the marks are on the translations' tuv, not on the tu
    assert [(tuv.get(XML_LANG), tuv.findtext("prop[@type='x-reviewed']"))
            for tuv in root.iter("tuv") if tuv.get("changedate")] == [
        ("fr", "confirmed"), ("en", "confirmed")]
    moved = tmp_path / "moved.db"
    code, _, stderr = run("import", str(moved), str(archive))
    assert code == 0 and "2 memories imported" in stderr, stderr
    assert sorted(m for _, m, _ in _marks(moved)) == ["confirmed", "confirmed"]
    assert sorted(_marks(moved)) == sorted(_marks(db))
    with open_collection(moved) as c:
        assert c.reviewed_beads() == {"tm/archive.tmx/es-en": 1, "tm/archive.tmx/es-fr": 1}
    # one pair of it asked for: that translation's mark, from its tuv
    fr = tmp_path / "fr.db"
    code, _, stderr = run("import", str(fr), str(archive), "--src-lang", "es",
                          "--tgt-lang", "fr")
    assert code == 0, stderr
    assert _marks(fr) == [m for m in _marks(db) if m[0] == "El puerto abrió sus muelles en "
                                                               "marzo."]


def test_an_unknown_mark_is_named_with_its_line_and_read_as_not_reviewed(
        tmp_path: Path) -> None:
    memory = tmp_path / "faro.tmx"
    memory.write_text(TMX.replace('<tu tuid="8">',
                                  '<tu tuid="8"><prop type="x-reviewed">checked</prop>'),
                      encoding="utf-8")
    db = tmp_path / "m.db"
    code, _, stderr = run("import", str(db), str(memory))
    assert code == 0, stderr
    assert (f"aligner: warning: {memory}: 1 unit with an x-reviewed that is neither confirmed "
            "nor edited, read as not reviewed: line 9 (tuid 8) 'checked'\n") in stderr
    assert _marks(db) == []


def test_a_memory_of_another_tool_is_read_as_before(tmp_path: Path) -> None:
    """No mark, no review; and the reading's hash is the one this version had before it
    kept marks, so a memory imported then is not read again for nothing."""
    memory = tmp_path / "faro.tmx"
    memory.write_text(TMX, encoding="utf-8")
    read = read_memory(memory)
    assert [b.review for b in read.alignment.beads] == [None, None]
    before = {"import": 2, "src_lang": "es-ES", "tgt_lang": "en-US", "encoding": None}
    assert read.settings_hash == hashlib.sha256(
        json.dumps(before, sort_keys=True).encode()).hexdigest()
    marked = tmp_path / "marked.tmx"
    marked.write_text(TMX.replace('<tu tuid="8">', '<tu tuid="8" changedate="20261120T101500Z">'
                                  '<prop type="x-reviewed">edited</prop>'), encoding="utf-8")
    assert read_memory(marked).settings_hash != read.settings_hash


def test_a_changed_file_does_not_replace_its_imported_review_without_discard(
        tmp_path: Path) -> None:
    """A later reading of a changed file treats the imported marks as it treats those
    made in aligner review: the memory is kept until --discard-reviews, which replaces it
    with the new file -- and the marks the new file has."""
    memory = tmp_path / "faro.tmx"
    memory.write_text(TMX.replace('<tu tuid="7">', '<tu tuid="7" changedate="20261120T101500Z">'
                                  '<prop type="x-reviewed">confirmed</prop>'), encoding="utf-8")
    db = tmp_path / "m.db"
    assert run("import", str(db), str(memory))[0] == 0
    assert _marks(db) == [("El faro se apagó a medianoche.", "confirmed", "20261120T101500Z")]
    conn = sqlite3.connect(db)
    before = conn.execute("SELECT id FROM documents").fetchall()
    conn.close()
    memory.write_text(TMX.replace('<tu tuid="8">', '<tu tuid="8" changedate="20261121T090000Z">'
                                  '<prop type="x-reviewed">edited</prop>'), encoding="utf-8")
    code, _, stderr = run("import", str(db), str(memory))
    assert code == 0
    assert ("tm/faro.tmx: its file changed, but 1 bead of it was reviewed; kept as it is "
            "(--discard-reviews replaces it and drops the review)") in stderr
    assert _marks(db) == [("El faro se apagó a medianoche.", "confirmed", "20261120T101500Z")]
    code, _, stderr = run("import", str(db), str(memory), "--discard-reviews")
    assert code == 0 and "1 replaced" in stderr, stderr
    assert _marks(db) == [("El guardián lo anotó en la bitácora.", "edited",
                           "20261121T090000Z")]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT id FROM documents").fetchall() != before
    conn.close()


def test_into_reads_the_texts_alone(tmp_path: Path) -> None:
    """``import --into`` applies a corrected export's texts; its marks, the document's own
    as exported, change nothing (an edited bead stays edited) and are not warned about
    (an XLIFF's have no date: a confirmation made by the import is dated by it)."""
    db = _reviewed_collection(tmp_path)
    xlf = tmp_path / "puerto.xlf"
    code, _, stderr = run("export", str(db), "--doc", "2021/puerto", "-o", str(xlf))
    assert code == 0, stderr
    assert xlf.read_text(encoding="utf-8").count("x-reviewed") == 2
    code, _, stderr = run("import", str(db), str(xlf), "--into", "2021/puerto")
    assert (code, stderr) == (0, f"aligner: 2021/puerto: 0 beads corrected from {xlf.name}; "
                                 "3 units unchanged; 0 units matched no bead\n")
    assert [m for _, m, _ in _marks(db)] == ["confirmed", "edited", "edited"]


def test_batch_leaves_an_imported_review_as_it_leaves_one_made_in_review(
        tmp_path: Path) -> None:
    """A memory's beads are no pair's: batch, even --force and over changed files, never
    aligns them again, so its marks stay -- as the marks made in review of a pair whose
    files did not change stay, kept for their review."""
    db = _reviewed_collection(tmp_path)
    archive = tmp_path / "a.tmx"
    assert run("export", str(db), "-o", str(archive))[0] == 0
    # beside the pairs it came from (their units: kept, as asked)
    code, _, stderr = run("import", str(db), str(archive), "--keep-duplicates")
    assert code == 0, stderr
    before = _marks(db)
    with open_collection(db) as c:
        assert c.reviewed_beads() == {"2021/mina": 1, "2021/puerto": 2, "tm/a.tmx": 3}
    files = tmp_path / "files"
    (files / "es" / "2022" / "campo.es.txt").write_text("Los campesinos llegaron.\n",
                                                        encoding="utf-8")
    batch_es_en(files, db, "--force")
    with open_collection(db) as c:
        assert c.reviewed_beads() == {"2021/mina": 1, "2021/puerto": 2, "tm/a.tmx": 3}
    assert _marks(db) == before
