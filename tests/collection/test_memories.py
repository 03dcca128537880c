"""``aligner import``: translation memories read into a collection, each one a document
that list, search, export, check, report and review read as a pair batch aligned."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from aligner.collection.memories import import_memories, read_memory
from aligner.collection.store import open_collection
from aligner.formats import load_units
from tests.collection.conftest import run

# A memory of another tool (our own text): es-ES -> en-US, one unit scored, one with no
# target (left out), one in the pair's other order of tuvs.
TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="es-ES" datatype="plaintext" segtype="sentence" adminlang="en"
          o-tmf="hand" creationtool="hand" creationtoolversion="1"/>
  <body>
    <tu tuid="7"><prop type="x-score">0.8</prop>
      <tuv xml:lang="es-ES"><seg>El faro se apagó a medianoche.</seg></tuv>
      <tuv xml:lang="en-US"><seg>The lighthouse went dark at midnight.</seg></tuv></tu>
    <tu tuid="8">
      <tuv xml:lang="en-US"><seg>The keeper wrote it in the logbook.</seg></tuv>
      <tuv xml:lang="es-ES"><seg>El guardián lo anotó en la bitácora.</seg></tuv></tu>
    <tu tuid="9">
      <tuv xml:lang="es-ES"><seg>Sin traducir.</seg></tuv></tu>
  </body>
</tmx>
"""

TSV = "El muelle estaba vacío.\tThe pier was empty.\t0.9\nLlovía.\tIt was raining.\n"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _dump(db: Path) -> list[str]:
    """Everything the collection holds (its -wal file included)."""
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _docs(db: Path) -> dict[str, tuple[int, str, str]]:
    with open_collection(db) as c:
        return {d.name: (d.id, d.kind, d.status) for d in c.documents()}


def _import(db: Path, *files: Path | str) -> tuple[int, str, str]:
    return run("import", str(db), *map(str, files))


def test_a_tmx_makes_a_new_collection_that_search_list_and_export_read(
        tmp_path: Path) -> None:
    memory = _write(tmp_path / "tm" / "faro.tmx", TMX)
    db = tmp_path / "m.db"
    code, _, stderr = _import(db, memory)
    assert code == 0, stderr
    assert f"aligner: warning: {memory}: 1 of 3 units left out" in stderr
    assert "1 memory imported, 0 replaced, 0 unchanged, of 1; 2 units" in stderr
    assert _docs(db) == {"tm/faro.tmx": (1, "memory", "aligned")}
    with open_collection(db) as c:
        (doc,) = c.documents()
        assert (doc.src_lang, doc.tgt_lang) == ("es-ES", "en-US")  # the memory's pair
        assert doc.src_path == doc.tgt_path == str(memory.resolve())
        al = c.alignment(doc)
        # one unit a paragraph; the unscored unit 1.0, marked so
        assert al.src_paragraph_starts == frozenset({0, 1})
        assert [(b.src, b.tgt, b.score, dict(b.signals)) for b in al.beads] == [
            ((0,), (0,), 0.8, {}), ((1,), (1,), 1.0, {"unscored": 1.0})]
        assert c.problems() == []

    code, out, _ = run("search", str(db), "bitácora")
    assert code == 0 and "The keeper wrote it in the logbook." in out
    code, out, _ = run("list", str(db))
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("tm/faro.tmx"))
    # the mean is that of the scored unit only; the state says it is a memory
    cells = line.split()
    assert cells[:9] + cells[11:] == ["tm/faro.tmx", "es-ES->en-US", "2", "2", "2", "0", "0",
                                      "0.80", "0", "imported"]

    out_tmx = tmp_path / "back.tmx"
    code, _, stderr = run("export", str(db), "-o", str(out_tmx))
    assert code == 0, stderr
    back = load_units(out_tmx)
    assert (back.src_lang, back.tgt_lang) == ("es-ES", "en-US")
    assert [(u.source, u.target, dict(u.props)) for u in back.units] == [
        ("El faro se apagó a medianoche.", "The lighthouse went dark at midnight.",
         {"x-document": "tm/faro.tmx", "x-score": "0.8000"}),
        # no score made up for the unit that had none, nor sentence numbers
        ("El guardián lo anotó en la bitácora.", "The keeper wrote it in the logbook.",
         {"x-document": "tm/faro.tmx"})]


def test_memories_join_a_collection_of_pairs_in_its_language_pair(
        collection: Path, tmp_path: Path) -> None:
    tmx = _write(tmp_path / "a" / "faro.tmx", TMX)
    tsv = _write(tmp_path / "b" / "muelle.tsv", TSV)  # a TSV names no languages: es, en
    before = _docs(collection)
    code, _, stderr = _import(collection, tmx, tsv)
    assert code == 0, stderr
    assert "2 memories imported" in stderr and "4 units" in stderr
    docs = _docs(collection)
    assert {k: v for k, v in docs.items() if k in before} == before  # the pairs untouched
    assert {k: v[1:] for k, v in docs.items() if k not in before} == {
        "tm/faro.tmx": ("memory", "aligned"), "tm/muelle.tsv": ("memory", "aligned")}
    code, out, _ = run("search", str(collection), "muelle")
    assert code == 0 and "The pier was empty." in out
    out_tsv = tmp_path / "muelle-back.tsv"
    code, _, stderr = run("export", str(collection), "--doc", "tm/muelle.tsv", "-o",
                          str(out_tsv))
    assert code == 0, stderr
    back = load_units(out_tsv, src_lang="es", tgt_lang="en")
    assert [(u.source, u.target, u.props.get("x-score")) for u in back.units] == [
        ("El muelle estaba vacío.", "The pier was empty.", "0.9000"),
        ("Llovía.", "It was raining.", None)]
    # check and report read them as any document
    code, _, stderr = run("check", str(collection), "--doc", "tm")
    assert code in (0, 1), stderr
    code, _, stderr = run("report", str(collection), "-o", str(tmp_path / "review"))
    assert code in (0, 1), stderr
    assert (tmp_path / "review" / "index.html").is_file()


def test_reimport_of_an_unchanged_file_does_nothing_and_a_changed_one_replaces_it(
        tmp_path: Path) -> None:
    memory = _write(tmp_path / "faro.tmx", TMX)
    db = tmp_path / "m.db"
    assert _import(db, memory)[0] == 0
    dump = _dump(db)
    code, _, stderr = _import(db, memory)
    assert code == 0 and "0 memories imported, 0 replaced, 1 unchanged" in stderr
    assert _dump(db) == dump
    _write(memory, TMX.replace("went dark", "failed"))
    code, _, stderr = _import(db, memory)
    assert code == 0 and "0 memories imported, 1 replaced, 0 unchanged" in stderr
    assert _docs(db)["tm/faro.tmx"][0] == 2  # a new document
    code, out, _ = run("search", str(db), "failed", "--side", "tgt")
    assert "The lighthouse failed at midnight." in out


def test_a_reviewed_memory_that_changed_is_kept_unless_reviews_are_discarded(
        tmp_path: Path) -> None:
    memory = _write(tmp_path / "faro.tmx", TMX)
    db = tmp_path / "m.db"
    assert _import(db, memory)[0] == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE beads SET review = 'confirmed', reviewed = ? WHERE unit = 1",
                 (datetime(2026, 12, 1, tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),))
    conn.commit()
    conn.close()
    dump = _dump(db)
    _write(memory, TMX.replace("went dark", "failed"))
    code, _, stderr = _import(db, memory)
    assert code == 0
    assert ("tm/faro.tmx: its file changed, but 1 bead of it was reviewed; kept as it is "
            "(--discard-reviews replaces it and drops the review)") in stderr
    assert _dump(db) == dump
    code, _, stderr = run("import", str(db), str(memory), "--discard-reviews")
    assert code == 0 and "1 replaced" in stderr
    with open_collection(db) as c:
        assert c.reviewed_beads() == {}


def test_batch_prune_keeps_memories_and_no_pair_replaces_one(
        collection: Path, folders: tuple[Path, Path], tmp_path: Path) -> None:
    memory = _write(tmp_path / "faro.tmx", TMX)
    assert _import(collection, memory)[0] == 0
    memory.unlink()  # even with its file gone: a memory has no pair to be gone
    code, _, stderr = run("batch", str(folders[0]), str(folders[1]), "--db", str(collection),
                          "--jobs", "1", "--prune", "--force")
    assert code == 0, stderr
    assert "tm/faro.tmx" not in stderr
    assert _docs(collection)["tm/faro.tmx"][1] == "memory"
    code, out, _ = run("list", str(collection), "--doc", "tm", "--format", "json")
    (doc,) = json.loads(out)["documents"]
    # its file is said gone (once, though it is both its paths), and kept
    assert (doc["state"], doc["reason"], doc["kind"]) == ("gone", f"no {memory.resolve()}",
                                                          "memory")
    # a pair of the memory's name (a manifest's) does not replace it
    manifest = _write(tmp_path / "pairs.tsv", "src\ttgt\tname\n"
                      f"{folders[0]}/2021/mina.es.txt\t{folders[1]}/2021/mina.en.txt\t"
                      "tm/faro.tmx\n")
    code, _, stderr = run("batch", "--manifest", str(manifest), "--src-lang", "es",
                          "--tgt-lang", "en", "--db", str(collection), "--jobs", "1")
    assert code == 1 and "holds a translation memory named 'tm/faro.tmx'" in stderr
    assert _docs(collection)["tm/faro.tmx"][1] == "memory"


def test_a_memory_of_another_language_pair_joins_the_collection_with_a_note(
        collection: Path, tmp_path: Path) -> None:
    memory = _write(tmp_path / "otro.tmx", TMX.replace("es-ES", "fr").replace("en-US", "de"))
    code, _, stderr = _import(collection, memory)
    assert code == 0, stderr
    assert (f"aligner: {collection} now holds 2 language pairs: es -> en, fr -> de (each "
            "document is read in its own; --src-lang/--tgt-lang choose a pair in list, "
            "search, check, report and export)\n") in stderr
    with open_collection(collection) as c:
        assert {(d.src_lang, d.tgt_lang) for d in c.documents(["tm/otro.tmx"])} == {
            ("fr", "de")}
    code, _, stderr = _import(collection, memory)  # unchanged: no pair added, no note
    assert code == 0 and "language pairs" not in stderr and "1 unchanged" in stderr


def test_a_regional_variant_is_the_pair_and_another_region_is_another_pair(
        tmp_path: Path) -> None:
    """A bare language takes any region (es takes es-MX, as batch and export take it);
    two regions of one language are two languages, so two pairs."""
    db = tmp_path / "m.db"
    assert run("import", str(db), str(_write(tmp_path / "muelle.tsv", TSV)), "--src-lang",
               "es", "--tgt-lang", "en")[0] == 0
    code, _, stderr = _import(db, _write(tmp_path / "faro.tmx", TMX))  # es-ES -> en-US
    assert code == 0 and "language pairs" not in stderr, stderr
    code, _, stderr = _import(db, _write(tmp_path / "mx.tmx", TMX.replace("es-ES", "es-MX")))
    assert code == 0, stderr
    # es, es-ES and es-MX: es -> en is one pair with es-ES -> en-US; es-MX another
    assert "now holds 2 language pairs: es -> en, es-MX -> en-US" in stderr


def test_a_memory_is_read_in_its_own_pair_when_the_collection_holds_it(
        tmp_path: Path) -> None:
    """An NGO's archive: es -> en and en -> es memories.  A TMX of both languages is read
    in the direction its header names once the collection holds that direction; before,
    in the collection's one pair, as a TMX may be read either way."""
    db = tmp_path / "ngo.db"
    en_es = TMX.replace('srclang="es-ES"', 'srclang="en-US"')
    assert _import(db, _write(tmp_path / "a.tmx", TMX))[0] == 0  # es-ES -> en-US
    # the same units as a.tmx's (kept: this is about the pair each file is read in)
    code, _, stderr = run("import", str(db), str(_write(tmp_path / "b.tmx", en_es)),
                          "--keep-duplicates")
    assert code == 0 and "language pairs" not in stderr, stderr
    code, _, stderr = run("import", str(db), str(_write(tmp_path / "c.tmx", en_es)),
                          "--src-lang", "en", "--tgt-lang", "es")
    assert code == 0 and "now holds 2 language pairs: es-ES -> en-US, en-US -> es-ES" in stderr
    assert run("import", str(db), str(_write(tmp_path / "d.tmx", en_es)),
               "--keep-duplicates")[0] == 0
    with open_collection(db) as c:
        assert {d.name: (d.src_lang, d.tgt_lang) for d in c.documents()} == {
            "tm/a.tmx": ("es-ES", "en-US"), "tm/b.tmx": ("es-ES", "en-US"),
            "tm/c.tmx": ("en-US", "es-ES"), "tm/d.tmx": ("en-US", "es-ES")}
        first = c.alignment(c.documents(["tm/d.tmx"])[0])
    assert first.src_sentences[0] == "The lighthouse went dark at midnight."
    # a TSV names no languages: of two pairs, which one is asked
    tsv = _write(tmp_path / "muelle.tsv", TSV)
    dump = _dump(db)
    code, _, stderr = _import(db, tsv)
    assert (code, stderr) == (2, f"aligner: error: {tsv}: give --src-lang and --tgt-lang: the "
                                 f"file names no languages, and {db} holds 2 language pairs "
                                 "(es-ES -> en-US, en-US -> es-ES)\n")
    assert _dump(db) == dump
    code, _, stderr = run("import", str(db), str(tsv), "--src-lang", "es-ES", "--tgt-lang",
                          "en-US")
    assert code == 0 and "language pairs" not in stderr, stderr


def test_the_collection_pair_is_the_first_memory_s_and_asked_languages_are_read(
        tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    tsv = _write(tmp_path / "muelle.tsv", TSV)
    code, _, stderr = _import(db, tsv)  # a TSV names no languages, nor does a new db
    assert code == 2 and "pass --src-lang and --tgt-lang" in stderr
    assert not db.exists()
    code, _, stderr = run("import", str(db), str(tsv), "--src-lang", "es", "--tgt-lang", "en")
    assert code == 0, stderr
    code, _, stderr = run("import", str(db), str(_write(tmp_path / "faro.tmx", TMX)),
                          "--tgt-lang", "fr")
    assert code == 2 and "no unit has both es-ES and fr; languages present: es-ES, en-US" \
        in stderr


def test_a_broken_file_leaves_the_collection_as_it_was(tmp_path: Path,
                                                       collection: Path) -> None:
    good = _write(tmp_path / "faro.tmx", TMX)
    broken = _write(tmp_path / "roto.tmx", TMX.replace("<tu tuid=\"8\">", "<tu tuid=\"8\">"
                                                       "<tuv>"))
    dump = _dump(collection)
    code, _, stderr = _import(collection, good, broken)  # the good one is not stored either
    assert code == 2 and "Traceback" not in stderr and stderr.count("\n") == 2
    assert stderr.startswith(f"aligner: error: {broken}:")
    assert stderr.splitlines()[1] == (
        "aligner: error: 1 of 2 files cannot be imported (above): nothing was imported; fix "
        "it and run again, or give --skip-bad to import the other 1")
    assert "not well-formed XML" in stderr
    assert stderr.split(":")[3].strip().isdigit()  # FILE:LINE:COLUMN
    assert _dump(collection) == dump
    code, _, stderr = _import(tmp_path / "new.db", broken)
    assert code == 2 and not (tmp_path / "new.db").exists()


def test_every_bad_file_is_named_and_nothing_is_imported(tmp_path: Path,
                                                         collection: Path) -> None:
    """30 memories where the 7th is broken left 6 imported and 23 not, naming one bad
    file a run (walk_loc P8): every file is read, every bad one named with its line
    or byte -- broken, binary, without the languages asked, a name another file's --
    and the collection is left as it was."""
    good = [_write(tmp_path / "tm" / f"good{k}.tmx", TMX.replace("medianoche", f"las {k}"))
            for k in range(3)]
    broken = _write(tmp_path / "tm" / "roto.tmx", TMX.replace('<tu tuid="8">',
                                                              '<tu tuid="8"><tuv>'))
    binary = tmp_path / "tm" / "bin.tmx"
    binary.write_bytes(b"<?xml\x00\x00 binary")
    french = _write(tmp_path / "tm" / "fr.tmx", TMX.replace("es-ES", "fr-FR"))
    dump = _dump(collection)
    args = [good[0], broken, good[1], binary, good[2]]
    code, _, stderr = run("import", str(collection), *map(str, args), "--name", "x")
    assert code == 2 and "--name names one memory" in stderr  # (a usage error first)
    code, _, stderr = _import(collection, *args)
    assert code == 2 and "Traceback" not in stderr
    assert stderr.splitlines() == [
        f"aligner: error: {broken}:11:87: not well-formed XML: Opening and ending tag "
        "mismatch: tuv line 9 and tu",
        f"aligner: error: {binary}: byte 5: looks like a binary file (NUL byte), not a TMX "
        "document",
        "aligner: error: 2 of 5 files cannot be imported (above): nothing was imported; fix "
        "them and run again, or give --skip-bad to import the other 3"]
    assert _dump(collection) == dump
    # a file without the languages asked, and two files of one name, are found too
    other = _write(tmp_path / "2025" / "good0.tmx", TMX)
    code, _, stderr = run("import", str(collection), *map(str, [*args, french, other]),
                          "--src-lang", "es-ES", "--tgt-lang", "en-US")
    lines = stderr.splitlines()
    assert code == 2 and len(lines) == 5, stderr
    assert lines[2] == (f"aligner: error: {french}: no unit has both es-ES and en-US; "
                        "languages present: fr-FR, en-US")
    assert lines[3] == (f"aligner: error: {other.resolve()}: {good[0].resolve()} and "
                        f"{other.resolve()} would both be the document 'tm/good0.tmx': "
                        "import them one at a time, each with --name")
    assert lines[4].startswith("aligner: error: 4 of 7 files cannot be imported (above)")
    assert _dump(collection) == dump
    taken = _write(tmp_path / "tm" / "mina.tmx", TMX)
    code, _, stderr = run("import", str(collection), str(taken), "--name", "2021/mina")
    assert code == 2 and stderr.count("\n") == 1  # one file: its error alone
    assert "holds a document pair named '2021/mina'" in stderr
    code, _, stderr = run("import", str(tmp_path / "new.db"), str(broken), str(binary))
    assert code == 2 and not (tmp_path / "new.db").exists()
    assert stderr.splitlines()[-1] == ("aligner: error: none of the 2 files can be imported "
                                       "(above): nothing was imported")


def test_skip_bad_imports_the_good_files_and_names_the_others(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    good = _write(tmp_path / "tm" / "faro.tmx", TMX)
    tsv = _write(tmp_path / "tm" / "muelle.tsv", TSV)
    broken = _write(tmp_path / "tm" / "roto.tmx", TMX.replace('<tu tuid="8">',
                                                              '<tu tuid="8"><tuv>'))
    code, _, stderr = run("import", str(db), str(broken), "--skip-bad")
    assert code == 2 and not db.exists()  # nothing to import: as without --skip-bad
    assert stderr.startswith(f"aligner: error: {broken}:11:87: ")
    code, _, stderr = run("import", str(db), str(good), str(broken), str(tsv), "--skip-bad")
    assert code == 1 and "Traceback" not in stderr
    assert (f"aligner: failed: {broken}:11:87: not well-formed XML: Opening and ending tag "
            "mismatch: tuv line 9 and tu (not imported)") in stderr.splitlines()
    assert stderr.splitlines()[-1] == ("aligner: 2 memories imported, 0 replaced, 0 "
                                       f"unchanged, of 2; 4 units -> {db}; 1 file not "
                                       "imported (above)")
    assert set(_docs(db)) == {"tm/faro.tmx", "tm/muelle.tsv"}
    code, _, stderr = run("import", str(db), str(good), str(broken), str(tsv), "--skip-bad",
                          "--quiet")
    assert code == 1 and stderr.splitlines() == [
        f"aligner: failed: {broken}:11:87: not well-formed XML: Opening and ending tag "
        "mismatch: tuv line 9 and tu (not imported)",
        f"aligner: warning: {good}: 1 of 3 units left out: without text in both es-ES and "
        "en-US"]
    code, _, stderr = run("import", str(db), str(good), "--into", "tm/faro.tmx",
                          "--skip-bad")
    assert code == 2 and "--skip-bad is for an import of several files" in stderr


def test_a_name_taken_by_another_file_is_refused_and_name_gives_one(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    first = _write(tmp_path / "2024" / "faro.tmx", TMX)
    second = _write(tmp_path / "2025" / "faro.tmx", TMX.replace("went dark", "failed"))
    assert _import(db, first)[0] == 0
    dump = _dump(db)
    code, _, stderr = _import(db, second)
    assert code == 2 and ("holds another memory named 'tm/faro.tmx', imported from "
                          f"{first.resolve()}, which is still there") in stderr
    assert _dump(db) == dump
    code, _, stderr = _import(db, first, second)
    assert code == 2 and "would both be the document 'tm/faro.tmx'" in stderr
    code, _, stderr = run("import", str(db), str(second), "--name", "tm/faro-2025")
    assert code == 0, stderr
    assert set(_docs(db)) == {"tm/faro.tmx", "tm/faro-2025"}
    # the file moved (the old one gone): the same document, its path written anew
    moved = tmp_path / "archive" / "faro.tmx"
    moved.parent.mkdir()
    first.rename(moved)
    code, _, stderr = _import(db, moved)
    assert code == 0 and "1 unchanged" in stderr
    with open_collection(db) as c:
        assert c.documents(["tm/faro.tmx"])[0].src_path == str(moved.resolve())


def test_a_pair_document_of_the_name_is_refused(collection: Path, tmp_path: Path) -> None:
    memory = _write(tmp_path / "faro.tmx", TMX)
    code, _, stderr = run("import", str(collection), str(memory), "--name", "2021/mina")
    assert code == 2 and "holds a document pair named '2021/mina'" in stderr


def test_review_opens_and_saves_a_memory(tmp_path: Path) -> None:
    from aligner.editor.catalog import CollectionDocuments
    from aligner.editor.edits import Edit, Op

    db = tmp_path / "m.db"
    assert _import(db, _write(tmp_path / "faro.tmx", TMX))[0] == 0
    docs = CollectionDocuments(db)
    try:
        (summary,) = docs.summaries()
        session = docs[summary.id].session
        session.edit(Edit(Op.MERGE_NEXT, 0), 0)
        assert [(b.src, b.tgt) for b in session.snapshot().alignment.beads] == [
            ((0, 1), (0, 1))]
    finally:
        docs.close()
    with open_collection(db) as c:
        (doc,) = c.documents()
        assert c.problems() == []
        (bead,) = c.alignment(doc).beads
        assert bead.review is not None
    out = tmp_path / "merged.tmx"
    code, _, stderr = run("export", str(db), "-o", str(out))
    assert code == 0, stderr
    (unit,) = load_units(out).units
    assert unit.props["x-reviewed"] == "edited"


def test_a_review_saved_while_the_memory_was_read_is_not_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test is made again in the transaction that stores: aligner review may save a
    mark between the reading of the reviewed documents and the storing."""
    memory = _write(tmp_path / "faro.tmx", TMX)
    db = tmp_path / "m.db"
    assert _import(db, memory)[0] == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE beads SET review = 'edited', reviewed = '2026-12-01T00:00:00.000000Z'")
    conn.commit()
    conn.close()
    dump = _dump(db)
    _write(memory, TMX.replace("went dark", "failed"))
    changed = read_memory(memory)
    with open_collection(db) as c:
        monkeypatch.setattr(c, "reviewed_beads", lambda: {})  # read before the review
        summary = import_memories(c, [changed])
    assert summary.kept_reviewed == [("tm/faro.tmx", 2)]
    assert (summary.replaced, summary.units) == ([], 0)
    assert _dump(db) == dump


def test_a_saved_alignment_keeps_its_sentences_and_beads(tmp_path: Path) -> None:
    from aligner.formats.alignment_json import read_alignment_json

    saved = Path(__file__).parents[2] / "docs" / "examples" / "saved-alignment.json"
    original = read_alignment_json(saved)
    db = tmp_path / "m.db"
    with open_collection(db, create=True) as c:
        summary = import_memories(c, [read_memory(saved)])
        assert summary.imported == ["tm/saved-alignment.json"]
        (doc,) = c.documents()
        stored = c.alignment(doc)
        assert c.problems() == []
    assert (stored.src_sentences, stored.tgt_sentences) == (original.src_sentences,
                                                            original.tgt_sentences)
    assert [(b.src, b.tgt, b.score) for b in stored.beads] == [
        (b.src, b.tgt, b.score) for b in original.beads]
    assert stored.src_paragraph_starts == (original.src_paragraph_starts or frozenset({0}))


def _storing(db: Path) -> bool:
    """Whether a write transaction is open on ``db`` (``aligner import`` storing its
    memories): another connection cannot begin one.  Ours, when it can, ends at once
    (the importer waits for a busy database)."""
    conn = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:  # database is locked
        return True
    finally:
        conn.close()


def _stored(db: Path, name: str) -> bool:
    """Whether a committed document ``name`` is in ``db`` (as another reader sees it)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return conn.execute("SELECT 1 FROM documents WHERE name = ?",
                            (name,)).fetchone() is not None
    finally:
        conn.close()


@pytest.mark.slow
def test_kill_9_during_an_import_loses_nothing_stored(tmp_path: Path) -> None:
    """A power cut while a memory is stored: the memory imported before stays whole,
    and the one being imported is in the collection whole or not at all.

    Each kill waits for what it is meant to cut: reading the memory takes seconds (14 s
    of 18 at a load average of 8), so a fixed delay landed before anything was written.
    The kills come once the import's write transaction is open -- at once, and a random
    moment later while it is still open -- and once the memory is committed, before the
    process ends."""
    import os
    import random
    import signal
    import subprocess
    import sys
    import time

    db = tmp_path / "m.db"
    small = _write(tmp_path / "tm" / "small.tsv", TSV)
    code, _, stderr = _import(db, small, "--src-lang", "es", "--tgt-lang", "en")
    assert code == 0, stderr
    big = _write(tmp_path / "tm" / "big.tsv", "".join(
        f"Frase número {i} del registro.\tSentence number {i} of the log.\n"
        for i in range(20000)))
    command = [sys.executable, "-m", "aligner", "import", str(db), str(big)]
    rng = random.Random(20261207)
    cut_while_storing = 0
    for moment in ("storing", "storing", "stored"):
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        while proc.poll() is None and not _storing(db):
            time.sleep(0.01)
        if moment == "storing" and cut_while_storing:  # the second: later in it
            time.sleep(rng.uniform(0.0, 0.3))
        while moment == "stored" and proc.poll() is None and not _stored(db, "tm/big.tsv"):
            time.sleep(0.01)
        storing = moment == "storing" and _storing(db)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        with open_collection(db) as c:
            assert c.problems() == []
            beads = {d.name: d.beads for d in c.documents()}
        assert beads["tm/small.tsv"] == 2
        assert beads.get("tm/big.tsv", 20000) == 20000
        cut_while_storing += storing and "tm/big.tsv" not in beads
    assert cut_while_storing >= 1  # a kill did land in the transaction, and undid it all
    code, _, stderr = _import(db, big)
    assert code == 0, stderr
    assert _docs(db)["tm/big.tsv"][1:] == ("memory", "aligned")
