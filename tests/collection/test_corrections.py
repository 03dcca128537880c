"""``aligner import C.db FILE --into NAME``: a translator's corrected export applied to the
document it came from, as text corrections of ``aligner review`` (the walk of an NGO's
communications lead: export a document, a year fixed in a CAT tool, the TMX back)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from aligner.editor.catalog import CollectionDocuments
from aligner.editor.dbstore import ReviewDatabase
from aligner.model import ReviewState
from tests.collection.conftest import run

OLD = "The dockers voted for a three-day strike."
NEW = "The dockers voted for a four-day strike."


def _exported(db: Path, tmp_path: Path) -> Path:
    """``2021/puerto`` exported as a TMX, and one target corrected in its text."""
    tmx = tmp_path / "claire.tmx"
    code, _, stderr = run("export", str(db), "--doc", "2021/puerto", "-o", str(tmx))
    assert code == 0, stderr
    text = tmx.read_text(encoding="utf-8")
    assert text.count(OLD) == 1
    tmx.write_text(text.replace(OLD, NEW), encoding="utf-8")
    return tmx


def _targets(db: Path, name: str) -> list[tuple[str, str | None]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT b.target, b.review FROM beads b JOIN documents d ON "
                            "d.id = b.doc WHERE d.name = ? ORDER BY b.unit",
                            (name,)).fetchall()
    finally:
        conn.close()


def _log(db: Path, name: str) -> list[tuple[int, str, int, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT e.version, e.op, e.bead, e.side FROM edits e JOIN "
                            "documents d ON d.id = e.doc WHERE d.name = ? ORDER BY e.version",
                            (name,)).fetchall()
    finally:
        conn.close()


def test_a_corrected_tmx_corrects_its_document(collection: Path, tmp_path: Path) -> None:
    tmx = _exported(collection, tmp_path)
    # as in the walk: the file read as a memory first, beside the document
    assert run("import", str(collection), str(tmx))[0] == 0
    code, _, stderr = run("import", str(collection), str(tmx), "--into", "2021/puerto")
    assert code == 0, stderr
    assert stderr.strip() == ("aligner: 2021/puerto: 1 bead corrected from claire.tmx; "
                              "3 units unchanged; 0 units matched no bead")
    assert _targets(collection, "2021/puerto") == [
        ("The port opened its docks in March.", None),
        ("The Chilean road promised change without violence.", None),
        (NEW, "edited"),
        ("Nobody expected the government to give in so soon.", None)]
    assert _log(collection, "2021/puerto") == [(1, "text", 2, "target")]
    out = tmp_path / "out.tsv"
    assert run("export", str(collection), "--doc", "2021/puerto", "-o", str(out))[0] == 0
    assert NEW in out.read_text(encoding="utf-8")
    assert OLD not in out.read_text(encoding="utf-8")
    unique = tmp_path / "unique.tsv"
    code, _, stderr = run("export", str(collection), "--unique", "-o", str(unique))
    assert code == 0, stderr
    assert NEW in unique.read_text(encoding="utf-8")
    assert OLD not in unique.read_text(encoding="utf-8")
    # applied again: nothing left to correct
    code, _, stderr = run("import", str(collection), str(tmx), "--into", "2021/puerto")
    assert (code, stderr.strip()) == (0, "aligner: 2021/puerto: 0 beads corrected from "
                                         "claire.tmx; 4 units unchanged; 0 units matched no bead")
    assert len(_log(collection, "2021/puerto")) == 1


def test_the_correction_is_undone_in_the_editor(collection: Path, tmp_path: Path) -> None:
    tmx = _exported(collection, tmp_path)
    assert run("import", str(collection), str(tmx), "--into", "2021/puerto")[0] == 0
    docs = CollectionDocuments(collection)
    try:
        doc_id = next(s.id for s in docs.summaries() if s.name == "2021/puerto")
        session = docs[doc_id].session
        snapshot = session.snapshot()
        assert snapshot.can_undo
        review = snapshot.alignment.beads[2].review
        assert review is not None and review.state is ReviewState.EDITED
        session.undo(snapshot.version)
    finally:
        docs.close()
    assert _targets(collection, "2021/puerto")[2] == (OLD, None)
    assert [op for _, op, _, _ in _log(collection, "2021/puerto")] == ["text", "undo"]


def test_units_that_match_no_bead_are_listed_and_exit_1(collection: Path,
                                                        tmp_path: Path) -> None:
    tmx = _exported(collection, tmp_path)
    text = tmx.read_text(encoding="utf-8")
    source = "Nadie esperaba que el gobierno cediera tan pronto."
    assert text.count(source) == 1
    tmx.write_text(text.replace(source, "Nadie lo esperaba."), encoding="utf-8")
    code, _, stderr = run("import", str(collection), str(tmx), "--into", "2021/puerto")
    assert code == 1
    assert ("aligner: warning: " + str(tmx) + ": unit 4 matched no bead of 2021/puerto by "
            "its source text: 'Nadie lo esperaba.'") in stderr
    assert stderr.splitlines()[-1] == ("aligner: 2021/puerto: 1 bead corrected from "
                                       "claire.tmx; 2 units unchanged; 1 unit matched no bead")
    assert _targets(collection, "2021/puerto")[2] == (NEW, "edited")


def test_usage_errors_exit_2_and_change_nothing(collection: Path, tmp_path: Path) -> None:
    tmx = _exported(collection, tmp_path)
    assert run("import", str(collection), str(tmx))[0] == 0  # tm/claire.tmx, a memory
    for name, said in (("2021/nada", "no such document"), ("tm/claire.tmx", "a memory")):
        code, _, stderr = run("import", str(collection), str(tmx), "--into", name)
        assert code == 2 and said in stderr and "Traceback" not in stderr, stderr
    fr_de = tmp_path / "fr-de.tmx"
    fr_de.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="fr" '
        'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
        'creationtoolversion="1"/><body><tu><tuv xml:lang="fr"><seg>Le port.</seg></tuv>'
        '<tuv xml:lang="de"><seg>Der Hafen.</seg></tuv></tu></body></tmx>\n',
        encoding="utf-8")
    code, _, stderr = run("import", str(collection), str(fr_de), "--into", "2021/puerto")
    assert code == 2 and "fr-de.tmx" in stderr and "Traceback" not in stderr, stderr
    code, _, stderr = run("import", str(collection), str(tmx), "--into", "2021/puerto",
                          "--name", "x")
    assert code == 2 and "--into takes no --name" in stderr
    assert _log(collection, "2021/puerto") == []


def test_refused_while_a_review_holds_the_collection(collection: Path, tmp_path: Path) -> None:
    tmx = _exported(collection, tmp_path)
    review = ReviewDatabase(collection)
    try:
        code, _, stderr = run("import", str(collection), str(tmx), "--into", "2021/puerto")
    finally:
        review.close()
    assert code == 2 and "another aligner review is editing this collection" in stderr
    assert _log(collection, "2021/puerto") == []
    assert run("import", str(collection), str(tmx), "--into", "2021/puerto")[0] == 0


def test_batch_carries_the_correction_over_as_a_review(collection: Path, tmp_path: Path,
                                                       folders: tuple[Path, Path]) -> None:
    tmx = _exported(collection, tmp_path)
    assert run("import", str(collection), str(tmx), "--into", "2021/puerto")[0] == 0
    # the files change elsewhere (a paragraph added to both): batch aligns the pair again
    for folder, lang, line in ((folders[0], "es", "El muelle cerró en abril.\n"),
                               (folders[1], "en", "The dock closed in April.\n")):
        path = folder / "2021" / f"puerto.{lang}.txt"
        path.write_text(path.read_text(encoding="utf-8") + "\n" + line, encoding="utf-8")
    code, _, stderr = run("batch", str(folders[0]), str(folders[1]), "--src-lang", "es",
                          "--tgt-lang", "en", "--db", str(collection), "--jobs", "1")
    assert code == 0, stderr
    targets = _targets(collection, "2021/puerto")
    assert (NEW, "edited") in targets
    assert ("The dock closed in April.", None) in targets
    assert all(text != OLD for text, _ in targets)


def test_an_export_of_the_whole_collection_corrects_only_the_named_document(
        collection: Path, tmp_path: Path) -> None:
    tmx = tmp_path / "all.tmx"
    assert run("export", str(collection), "-o", str(tmx))[0] == 0
    text = tmx.read_text(encoding="utf-8")
    assert text.count(OLD) == 1
    tmx.write_text(text.replace(OLD, NEW), encoding="utf-8")
    code, _, stderr = run("import", str(collection), str(tmx), "--into", "2021/puerto")
    assert code == 0, stderr
    # 2021/mina 3 units, 2022/campo 3, 2022/fabrica 3 (conftest's texts, 1-1 each)
    assert stderr.strip() == ("aligner: 2021/puerto: 1 bead corrected from all.tmx; "
                              "3 units unchanged; 0 units matched no bead; 9 units of other "
                              "documents left alone")


def _edit(db: Path, name: str, *edits: object) -> None:
    """The editor's edits (:class:`~aligner.editor.edits.Edit`) made to document ``name``."""
    docs = CollectionDocuments(db)
    try:
        session = docs[next(s.id for s in docs.summaries() if s.name == name)].session
        for edit in edits:
            session.edit(edit, session.snapshot().version)  # type: ignore[arg-type]
    finally:
        docs.close()


def test_a_colleague_s_review_marks_come_back_with_the_texts(collection: Path,
                                                             tmp_path: Path) -> None:
    """The walk's hand-over: the colleague, in a copy, corrects one target and confirms
    two beads; the export of their copy brings the correction and the confirmations back
    (the confirmations were lost: the file's texts alone were read)."""
    import shutil

    from aligner.editor.edits import Edit, Op
    from aligner.model import Side

    _edit(collection, "2021/puerto", Edit(Op.CONFIRM, 3))  # ours, before the hand-over
    for ext in ("tmx", "xlf"):
        mine = tmp_path / f"mine-{ext}.db"
        shutil.copy(collection, mine)
        theirs = tmp_path / f"theirs-{ext}.db"
        shutil.copy(collection, theirs)
        _edit(theirs, "2021/puerto", Edit(Op.CONFIRM, 0), Edit(Op.CONFIRM, 1),
              Edit(Op.TEXT, 2, Side.TARGET, (NEW,)))
        out = tmp_path / f"theirs.{ext}"
        code, _, stderr = run("export", str(theirs), "--doc", "2021/puerto", "-o", str(out))
        assert code == 0, stderr
        code, _, stderr = run("import", str(mine), str(out), "--into", "2021/puerto")
        assert (code, stderr.strip()) == (
            0, f"aligner: 2021/puerto: 1 bead corrected from theirs.{ext}; 2 beads confirmed "
               "as the file marks them reviewed; 3 units unchanged; 0 units matched no bead")
        assert _targets(mine, "2021/puerto") == [
            ("The port opened its docks in March.", "confirmed"),
            ("The Chilean road promised change without violence.", "confirmed"),
            (NEW, "edited"),
            ("Nobody expected the government to give in so soon.", "confirmed")]
        # each one edit of the log (undone in aligner review as any)
        assert [(op, bead) for _, op, bead, _ in _log(mine, "2021/puerto")] == [
            ("confirm", 3), ("text", 2), ("confirm", 0), ("confirm", 1)]
        # applied again: nothing left to do
        code, _, stderr = run("import", str(mine), str(out), "--into", "2021/puerto")
        assert (code, stderr.strip()) == (
            0, f"aligner: 2021/puerto: 0 beads corrected from theirs.{ext}; 4 units "
               "unchanged; 0 units matched no bead")


def test_a_file_without_marks_takes_none_away(collection: Path, tmp_path: Path) -> None:
    from aligner.editor.edits import Edit, Op

    _edit(collection, "2021/puerto", Edit(Op.CONFIRM, 0))
    tsv = tmp_path / "plain.tsv"  # TSV has no place for a mark
    code, _, stderr = run("export", str(collection), "--doc", "2021/puerto", "-o", str(tsv))
    assert code == 0, stderr
    tmx = tmp_path / "plain.tmx"
    code, _, stderr = run("export", str(tsv), "-o", str(tmx), "--src-lang", "es",
                          "--tgt-lang", "en")
    assert code == 0, stderr
    code, _, stderr = run("import", str(collection), str(tmx), "--into", "2021/puerto")
    assert code == 0, stderr
    assert [review for _, review in _targets(collection, "2021/puerto")] == [
        "confirmed", None, None, None]


def test_a_pair_reviewed_on_its_own_brings_its_review_into_the_collection(
        collection: Path, tmp_path: Path) -> None:
    """walk_es finding 9: a pair reviewed in ``aligner review a.json`` (a text corrected,
    a bead confirmed) goes into the collection's document with ``--into``; given for the
    collection, the saved alignment is refused with that way there."""
    import json as json_module

    saved = tmp_path / "puerto.json"
    code, _, stderr = run("export", str(collection), "--doc", "2021/puerto", "-o", str(saved))
    assert code == 0, stderr
    data = json_module.loads(saved.read_text(encoding="utf-8"))
    at = data["tgt_sentences"].index("The dockers voted for a three-day strike.")
    data["tgt_sentences"][at] = "The dockers voted for a three-day stoppage."
    data["beads"][0]["review"] = {"state": "confirmed", "changed": "2026-12-08T01:00:00Z"}
    saved.write_text(json_module.dumps(data, ensure_ascii=False), encoding="utf-8")
    fixed = tmp_path / "fixed.tmx"  # a CAT tool's corrections (any file: not read)
    fixed.write_text("<tmx/>\n", encoding="utf-8")
    code, _, stderr = run("import", str(saved), str(fixed))
    assert code == 2 and stderr == (
        f"aligner: error: {saved}: a saved alignment, not a collection: corrections are "
        "imported into a collection's document -- aligner batch SRC_DIR TGT_DIR --db C.db "
        f"(its pair of files), aligner import C.db {saved} --into NAME (this file's review: "
        "its text corrections and confirmed beads), then aligner import C.db FILE --into "
        "NAME\n")
    code, _, stderr = run("import", str(collection), str(saved), "--into", "2021/puerto")
    assert code == 0, stderr
    assert stderr.startswith("aligner: 2021/puerto: 1 bead corrected from puerto.json; "
                             "1 bead confirmed as the file marks them reviewed")
    from aligner.collection.store import open_collection

    with open_collection(collection) as c:
        (doc,) = c.documents(["2021/puerto"])
        al = c.alignment(doc)
    assert "The dockers voted for a three-day stoppage." in al.tgt_sentences
    assert al.beads[0].review is not None
    assert al.beads[0].review.state is ReviewState.CONFIRMED
