"""aligner list: one line per document, its numbers read from the collection as stored."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from aligner.collection.listing import DocState, ListOrder, list_documents
from aligner.collection.store import open_collection
from tests.collection.conftest import run


@pytest.fixture
def marked(collection: Path) -> Path:
    """The four documents with scores and review marks set by hand: 2021/mina's three
    beads score 0.4, 0.6 and 0.8 (mean 0.6, one below 0.5), two of them reviewed;
    2021/puerto's four score 1.0; 2022/campo's last bead is made one-sided."""
    conn = sqlite3.connect(collection)
    with conn:
        mina = conn.execute("SELECT id FROM documents WHERE name = '2021/mina'").fetchone()[0]
        for unit, score in enumerate((0.4, 0.6, 0.8)):
            conn.execute("UPDATE beads SET score = ? WHERE doc = ? AND unit = ?",
                         (score, mina, unit))
        conn.execute("UPDATE beads SET score = 1.0 WHERE doc = (SELECT id FROM documents "
                     "WHERE name = '2021/puerto')")
        conn.execute("UPDATE beads SET review = 'confirmed', reviewed = "
                     "'2026-01-02T03:04:05.000000Z' WHERE doc = ? AND unit < 2", (mina,))
        campo = conn.execute("SELECT id FROM documents WHERE name = '2022/campo'").fetchone()[0]
        conn.execute("UPDATE beads SET tgt_count = 0, score = 0.1 WHERE doc = ? AND unit = 2",
                     (campo,))
    conn.close()
    return collection


def test_numbers_of_each_document(marked: Path) -> None:
    with open_collection(marked, read_only=True) as c:
        listing = list_documents(c)
    by_name = {d.name: d for d in listing.documents}
    assert list(by_name) == ["2021/mina", "2021/puerto", "2022/campo", "2022/fabrica"]
    mina = by_name["2021/mina"]
    assert (mina.src_sentences, mina.tgt_sentences, mina.beads) == (3, 3, 3)
    assert (mina.reviewed, mina.one_sided, mina.low) == (2, 0, 1)
    assert mina.mean_score == pytest.approx(0.6)
    assert mina.last_reviewed == "2026-01-02T03:04:05.000000Z"
    assert mina.state is DocState.ALIGNED and mina.reason is None
    campo = by_name["2022/campo"]
    assert (campo.beads, campo.one_sided, campo.low) == (3, 1, 0)  # one-sided: not low
    assert by_name["2021/puerto"].reviewed == 0
    assert by_name["2021/puerto"].last_reviewed is None


def test_below_is_the_threshold(marked: Path) -> None:
    with open_collection(marked, read_only=True) as c:
        listing = list_documents(c, ["2021/mina"], below=0.7)
    assert [d.low for d in listing.documents] == [2]  # 0.4 and 0.6


def test_doc_selects_as_export_does(marked: Path) -> None:
    with open_collection(marked, read_only=True) as c:
        assert [d.name for d in list_documents(c, ["2022"]).documents] == [
            "2022/campo", "2022/fabrica"]
        assert [d.name for d in list_documents(c, ["*/p*"]).documents] == ["2021/puerto"]


def test_sort_by_score_puts_the_lowest_first(marked: Path) -> None:
    with open_collection(marked, read_only=True) as c:
        listing = list_documents(c, order=ListOrder.SCORE)
    assert listing.documents[0].name == "2021/mina"  # mean 0.6; the others are above 0.8
    means = [d.mean_score for d in listing.documents]
    assert means == sorted(means)  # type: ignore[type-var]


def test_sort_by_stored_puts_the_newest_first(marked: Path) -> None:
    conn = sqlite3.connect(marked)
    with conn:
        conn.execute("UPDATE documents SET stored = '2020-01-01T00:00:00Z'")
        conn.execute("UPDATE documents SET stored = '2025-05-05T00:00:00Z' "
                     "WHERE name = '2022/campo'")
    conn.close()
    with open_collection(marked, read_only=True) as c:
        names = [d.name for d in list_documents(c, order=ListOrder.STORED).documents]
    assert names == ["2022/campo", "2021/mina", "2021/puerto", "2022/fabrica"]


def test_failed_stale_and_gone(tmp_path: Path, folders: tuple[Path, Path]) -> None:
    src, tgt = folders
    (src / "2021" / "scan.es.txt").write_bytes(b"x\0y")
    (tgt / "2021" / "scan.en.txt").write_text("Hello.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(src), str(tgt), "--src-lang", "es", "--tgt-lang",
                          "en", "--db", str(db), "--jobs", "1")
    assert code == 1, stderr
    changed = tgt / "2021" / "mina.en.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "One more.\n", encoding="utf-8")
    (src / "2022" / "campo.es.txt").unlink()
    with open_collection(db, read_only=True) as c:
        by_name = {d.name: d for d in list_documents(c).documents}
        quick = {d.name: d.state for d in list_documents(c, files=False).documents}
    assert by_name["2021/scan"].state is DocState.FAILED
    assert "looks like a binary file" in (by_name["2021/scan"].reason or "")
    assert by_name["2021/mina"].state is DocState.STALE
    assert by_name["2021/mina"].reason == f"{changed.resolve()} changed since it was stored"
    assert by_name["2022/campo"].state is DocState.GONE
    assert by_name["2022/campo"].reason == f"no {(src / '2022' / 'campo.es.txt').resolve()}"
    assert by_name["2021/puerto"].state is DocState.ALIGNED
    assert quick == {"2021/mina": DocState.ALIGNED, "2021/puerto": DocState.ALIGNED,
                     "2021/scan": DocState.FAILED, "2022/campo": DocState.ALIGNED,
                     "2022/fabrica": DocState.ALIGNED}


def test_list_writes_nothing_into_a_collection(marked: Path) -> None:
    """Read-only even where it could write: an older schema is read in memory, the
    file left at its version (batch, export and the others upgrade it)."""
    conn = sqlite3.connect(marked)
    conn.execute("PRAGMA user_version = 3")
    conn.execute("DROP TABLE document_ids")  # what versions 4 to 14 added
    conn.execute("ALTER TABLE edits DROP COLUMN texts")
    conn.execute("ALTER TABLE documents DROP COLUMN kind")
    conn.execute("ALTER TABLE beads DROP COLUMN src_folded")
    conn.execute("ALTER TABLE beads DROP COLUMN tgt_folded")
    conn.execute("ALTER TABLE beads DROP COLUMN record")
    conn.execute("ALTER TABLE sentences DROP COLUMN original")
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
    conn.execute("DROP TABLE replaced_documents")
    conn.execute("DROP TABLE batch_settings")
    conn.close()
    code, out, stderr = run("list", str(marked), "--no-files")
    assert code == 0, stderr
    assert "2022/fabrica" in out
    conn = sqlite3.connect(marked)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()


def test_the_table_lines_up_wide_characters() -> None:
    """Chinese and Japanese names take two columns a character: padded by characters,
    the columns after them went out of line."""
    from aligner.collection.listing import DocumentSummary, Listing, to_text
    from aligner.textutil import display_width

    def doc(name: str) -> DocumentSummary:
        return DocumentSummary(name, "zh", "en", 3, 3, 3, 0, 0, 0.9, 0, DocState.ALIGNED,
                               None, "2026-12-06T10:00:00", None)

    text = to_text(Listing((doc("報告/年度報告"), doc("report/annual")), 0.5, 0.9))
    lines = text.splitlines()
    # the column after the name starts at the same terminal column on every line
    starts = [display_width(line[:line.index(lang)]) for line, lang in
              zip(lines[1:3], ("zh", "zh"), strict=True)]
    assert starts[0] == starts[1]


def test_each_documents_bead_kinds(marked: Path) -> None:
    conn = sqlite3.connect(marked)
    with conn:  # 2021/puerto's first bead made a 2-1 (the counts are what is listed)
        conn.execute("UPDATE beads SET src_count = 2 WHERE unit = 0 AND doc = (SELECT id "
                     "FROM documents WHERE name = '2021/puerto')")
    conn.close()
    with open_collection(marked, read_only=True) as c:
        listing = list_documents(c)
    kinds = {d.name: d.bead_kinds for d in listing.documents}
    assert kinds["2021/mina"] == (("1-1", 3),)
    assert kinds["2021/puerto"] == (("1-1", 3), ("2-1", 1))
    assert kinds["2022/campo"] == (("1-1", 2), ("1-0", 1))  # the one made one-sided


def test_kind_order_puts_1_1_first_and_one_sided_last() -> None:
    from aligner.collection.listing import kind_order

    kinds = ["0-1", "1-2", "1-0", "3-3", "2-1", "1-1", "2-0"]
    assert sorted(kinds, key=kind_order) == ["1-1", "2-1", "1-2", "3-3", "1-0", "0-1", "2-0"]


def test_list_kinds_adds_a_column_a_kind(marked: Path) -> None:
    import json

    code, out, _ = run("list", str(marked), "--kinds", "--no-files")
    assert code == 0, out
    header, *rows = out.splitlines()
    assert header.split()[:7] == ["document", "languages", "src", "tgt", "beads", "1-1", "1-0"]
    total = rows[-3].split()  # the last lines: the batch settings, what aligned them
    assert total[:6] == ["total", "13", "13", "13", "12", "1"]
    code, out, _ = run("list", str(marked), "--format", "json", "--no-files")
    data = json.loads(out)
    assert data["totals"]["bead_kinds"] == {"1-1": 12, "1-0": 1}
    assert data["documents"][2]["bead_kinds"] == {"1-1": 2, "1-0": 1}
    code, out, _ = run("list", str(marked), "--format", "csv", "--no-files")
    assert ",pair,1-1:2 1-0:1," in out.splitlines()[3]  # before the files


def test_a_collection_of_two_pairs_lists_each_document_s_and_a_total_for_each(
        mixed: Path) -> None:
    code, out, stderr = run("list", str(mixed), "--no-files")
    assert code == 0, stderr
    lines = out.splitlines()
    assert [line.split()[:2] for line in lines[1:7]] == [
        ["2021/mina", "es->en"], ["2021/puerto", "es->en"], ["2022/campo", "es->en"],
        ["2022/fabrica", "es->en"], ["es/notas/camino", "en->es"], ["es/notas/cordones", "en->es"]]
    # a line of totals for each pair, then the whole's
    assert [line.split()[:2] for line in lines[7:10]] == [
        ["total", "es->en"], ["total", "en->es"], ["total", "17"]]
    assert lines[7].endswith("4 documents: 4 aligned")
    assert lines[8].endswith("2 documents: 2 aligned")
    assert lines[9].endswith("6 documents: 6 aligned")
    # the sentences of each side, counted by hand: DOCS 4 + 3 + 3 + 3, EN_ES 2 + 2
    assert [line.split()[2:4] for line in lines[7:9]] == [["13", "13"], ["4", "4"]]
    assert lines[9].split()[1:3] == ["17", "17"]
    code, out, _ = run("list", str(mixed), "--no-files", "--format", "json")
    listed = json.loads(out)
    assert [(p["src_lang"], p["tgt_lang"], p["documents"]) for p in listed["pairs"]] == [
        ("es", "en", 4), ("en", "es", 2)]
    assert sum(p["beads"] for p in listed["pairs"]) == listed["totals"]["beads"]
    # one pair: its documents, and no line of each pair's totals
    code, out, _ = run("list", str(mixed), "--no-files", "--src-lang", "en")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()[1:4]] == [
        "es/notas/camino", "es/notas/cordones", "total"]
    assert out.splitlines()[4].startswith("batch settings")
    # what aligned the documents listed: those of en -> es only
    assert out.splitlines()[5].endswith(": 2 documents of en -> es")
    assert len(out.splitlines()) == 6
    code, _, stderr = run("list", str(mixed), "--tgt-lang", "fr")
    assert (code, stderr) == (2, f"aligner: error: {mixed}: no document is * -> fr; the "
                                 "language pairs of the collection: es -> en, en -> es\n")


def test_a_copy_without_any_of_its_files_says_what_it_likely_is(
        tmp_path: Path, collection: Path) -> None:
    """A hand-over: the .db alone elsewhere.  Every document is gone, and list says once
    that the content is kept; export says so instead of its advice to prune."""
    import shutil

    shutil.move(tmp_path / "es", tmp_path / "moved-es")
    shutil.move(tmp_path / "en", tmp_path / "moved-en")
    code, out, _ = run("list", str(collection))
    assert code == 0
    assert "4 documents: 4 gone" in out
    assert ("none of the documents' files is where the collection says (a copy without "
            "them?): their content is kept, and search, check, report and export read it; "
            "aligner batch on the files where they are now links them again") in out
    tmx = tmp_path / "x.tmx"
    code, _, stderr = run("export", str(collection), "-o", str(tmx))
    assert code == 0, stderr
    assert stderr.splitlines()[0] == (
        f"aligner: warning: {collection}: none of the files of the 4 documents exported is "
        "here (a copy without them?): their units are written as stored (aligner batch on "
        "the files where they are now links them again)")
    assert "--prune" not in stderr
    # the source files back, not the translations: not a copy without its files
    shutil.move(tmp_path / "moved-es", tmp_path / "es")
    code, out, _ = run("list", str(collection))
    assert code == 0 and "4 documents: 4 gone" in out and "a copy without them" not in out
    code, _, stderr = run("export", str(collection), "-o", str(tmx))
    assert code == 0 and "--prune takes out an unreviewed one" in stderr, stderr


def test_a_script_finds_a_document_s_name_from_its_files(mixed: Path, tmp_path: Path
                                                         ) -> None:
    """A document's name depends on which language pair the collection had first (its
    own ``NAME``, every other pair's ``TGT/NAME``: walk_loc P6): ``list --format json``
    and ``csv`` give each document's files, as the collection keeps them, so a script
    finds the name of the document of a file whatever the pair."""
    memory = tmp_path / "tm.tsv"
    memory.write_text("El puerto abrió.\tThe port opened.\n", encoding="utf-8")
    code, _, stderr = run("import", str(mixed), str(memory), "--src-lang", "es",
                          "--tgt-lang", "en")
    assert code == 0, stderr
    code, out, stderr = run("list", str(mixed), "--no-files", "--format", "json")
    assert code == 0, stderr
    by_file = {Path(d["tgt_path"]): (d["name"], d["src_lang"], d["tgt_lang"], d["src_path"])
               for d in json.loads(out)["documents"]}
    es_en, en_es = tmp_path / "en" / "2021", tmp_path / "ngo" / "es" / "notas"
    assert by_file[es_en / "mina.en.txt"] == (  # the first pair: NAME
        "2021/mina", "es", "en", str(tmp_path / "es" / "2021" / "mina.es.txt"))
    assert by_file[en_es / "camino.es.txt"] == (  # the other one: TGT/NAME
        "es/notas/camino", "en", "es", str(tmp_path / "ngo" / "en" / "notas" / "camino.en.txt"))
    assert by_file[memory] == ("tm/tm.tsv", "es", "en", str(memory))  # a memory: one file
    assert len(by_file) == 7
    code, out, _ = run("list", str(mixed), "--no-files", "--format", "csv", "--doc",
                       "es/notas/camino")
    header, row = out.lstrip("\ufeff").splitlines()
    assert header.endswith(",kind,bead_kinds,src_path,tgt_path")
    assert row.endswith(f",{tmp_path / 'ngo' / 'en' / 'notas' / 'camino.en.txt'},"
                        f"{en_es / 'camino.es.txt'}")


def test_a_pair_whose_changed_files_failed_is_kept_not_stale(collection: Path,
                                                               folders: tuple[Path, Path]
                                                               ) -> None:
    """batch keeps the alignment of 2021/mina when its changed Spanish file is binary:
    list says so (kept, with why) while the files are those, and stale once they change
    again."""
    src = folders[0] / "2021" / "mina.es.txt"
    src.write_bytes(b"\x00\x01\x02 not text")
    code, _, stderr = run("batch", str(folders[0]), str(folders[1]), "--src-lang", "es",
                          "--tgt-lang", "en", "--db", str(collection), "--jobs", "1")
    assert code == 1 and "alignment stored before is kept" in stderr, stderr
    with open_collection(collection, read_only=True) as c:
        rows = {d.name: d for d in list_documents(c).documents}
    mina = rows["2021/mina"]
    assert mina.state is DocState.KEPT and mina.reason is not None
    assert mina.reason.startswith(f"{src} changed and failed to align (")
    assert "binary file" in mina.reason
    assert mina.reason.endswith("); the alignment of the files before is kept (aligner "
                                "batch --retry-failed tries them again)")
    assert mina.beads == 3 and rows["2021/puerto"].state is DocState.ALIGNED
    code, out, _ = run("list", str(collection))
    assert code == 0 and "kept: " in out and "1 kept" in out.splitlines()[-3]
    src.write_text("Otro texto.\n", encoding="utf-8")  # changed again: only stale
    with open_collection(collection, read_only=True) as c:
        rows = {d.name: d for d in list_documents(c).documents}
    assert rows["2021/mina"].state is DocState.STALE


def test_sort_by_findings_puts_the_worst_document_first(collection: Path,
                                                         tmp_path: Path) -> None:
    """A year added to the English of one unit of 2022/fabrica (an error, a number the
    source lacks) and of two of 2021/puerto (two errors): puerto, then fabrica, then the
    others, with their counts."""
    conn = sqlite3.connect(collection)
    with conn:
        for name, unit, target in (
                ("2021/puerto", 2, "The dockers voted for a three-day strike in 1972."),
                ("2021/puerto", 3, "Nobody expected the government to give in in 1973."),
                ("2022/fabrica", 0, "The textile factory closed its doors in June 1980.")):
            conn.execute("UPDATE beads SET target = ? WHERE unit = ? AND doc = (SELECT id "
                         "FROM documents WHERE name = ?)", (target, unit, name))
            conn.execute("UPDATE sentences SET text = ? WHERE side = 'tgt' AND idx = ? AND "
                         "doc = (SELECT id FROM documents WHERE name = ?)", (target, unit, name))
    conn.close()
    code, out, stderr = run("list", str(collection), "--sort", "findings", "--format", "json")
    assert code == 0, stderr
    docs = json.loads(out)["documents"]
    assert [d["name"] for d in docs][:2] == ["2021/puerto", "2022/fabrica"]
    assert [d["findings"]["error"] for d in docs] == [2, 1, 0, 0]
    code, out, _ = run("list", str(collection), "--sort", "findings")
    header = out.splitlines()[0].split()
    assert header[9:11] == ["errors", "warnings"]
    code, out, _ = run("list", str(collection))
    assert "errors" not in out.splitlines()[0]
