"""aligner batch: skip what is unchanged, realign what changed, record what fails."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from aligner.collection.store import open_collection
from tests.collection.conftest import DOCS, run, write_en_es


def _batch(folders: tuple[Path, Path], db: Path, *extra: str) -> tuple[int, str, str]:
    return run("batch", str(folders[0]), str(folders[1]), "--src-lang", "es", "--tgt-lang",
               "en", "--db", str(db), "--jobs", "2", *extra)


def _stored(db: Path) -> dict[str, tuple[str, str, int]]:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT name, status, stored, beads FROM documents").fetchall()
    conn.close()
    return {name: (status, stored, beads) for name, status, stored, beads in rows}


def test_rerun_skips_unchanged_and_realigns_changed(tmp_path: Path,
                                                    folders: tuple[Path, Path]) -> None:
    db = tmp_path / "c.db"
    code, out, stderr = _batch(folders, db)
    assert code == 0, stderr
    assert out == ""  # nothing on stdout, and no progress bar on a pipe
    assert "4 pairs aligned, 0 unchanged, 0 failed, of 4" in stderr
    conn = sqlite3.connect(db)
    # a mark on every stored row: a row the next runs write anew loses it
    conn.execute("UPDATE documents SET seconds = -1")
    conn.commit()
    conn.close()

    code, _, stderr = _batch(folders, db)
    assert code == 0 and "0 pairs aligned, 4 unchanged" in stderr

    changed = folders[1] / "2021" / "mina.en.txt"
    changed.write_text(DOCS["2021/mina"][1].replace("ten percent", "10 per cent"),
                       encoding="utf-8")
    code, _, stderr = _batch(folders, db)
    assert code == 0 and "1 pair aligned, 3 unchanged" in stderr
    conn = sqlite3.connect(db)
    rewritten = {n for (n,) in conn.execute("SELECT name FROM documents WHERE seconds >= 0")}
    target = conn.execute("SELECT b.target FROM beads b JOIN documents d ON d.id = b.doc "
                          "WHERE d.name = '2021/mina' AND b.unit = 2").fetchone()[0]
    conn.close()
    assert target == "The union asked for a 10 per cent raise."
    assert rewritten == {"2021/mina"}  # replaced, the rest kept as they were

    code, _, stderr = _batch(folders, db, "--force")
    assert code == 0 and "4 pairs aligned, 0 unchanged" in stderr
    with open_collection(db) as c:
        assert c.problems() == []


def test_the_same_folders_spelled_otherwise_are_unchanged(
        tmp_path: Path, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "c.db"
    assert _batch(folders, db)[0] == 0
    monkeypatch.chdir(tmp_path)
    for spelled in ((Path("es"), Path("en")), (Path("./es/"), Path("en/.")), folders):
        code, _, stderr = _batch(spelled, db)
        assert code == 0 and f"0 pairs aligned, {len(DOCS)} unchanged" in stderr, stderr


def test_relative_folders_from_another_working_folder_are_unchanged(
        tmp_path: Path, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """A collection made with paths relative to one folder, updated from another (or
    after the folders moved): the texts are the same, so nothing is realigned -- not
    even a reviewed document, which was then kept with a warning -- and the documents
    table shows where the files are now."""
    db = tmp_path / "c.db"
    monkeypatch.chdir(tmp_path)
    assert _batch((Path("es"), Path("en")), db)[0] == 0
    with open_collection(db) as c:
        c.conn.execute("UPDATE beads SET review = 'confirmed', reviewed = "
                       "'2026-12-01T09:30:00.000000Z' WHERE unit = 0")
    monkeypatch.chdir(tmp_path / "es")
    code, _, stderr = _batch((Path(), Path("../en")), db)
    assert code == 0 and f"0 pairs aligned, {len(DOCS)} unchanged, 0 failed" in stderr, stderr
    assert "reviewed" not in stderr
    with open_collection(db) as c:
        doc = next(d for d in c.documents() if d.name == "2021/puerto")
    # where the files are, from any folder
    assert (doc.src_path, doc.tgt_path) == (str(tmp_path / "es/2021/puerto.es.txt"),
                                            str(tmp_path / "en/2021/puerto.en.txt"))
    monkeypatch.chdir(tmp_path)
    code, _, stderr = _batch((Path("es"), Path("en")), db)
    assert code == 0 and f"0 pairs aligned, {len(DOCS)} unchanged" in stderr, stderr


def test_a_review_saved_while_batch_aligns_is_kept(tmp_path: Path,
                                                  folders: tuple[Path, Path]) -> None:
    """batch read the reviewed documents once, before aligning: a bead confirmed in
    aligner review meanwhile was deleted with the old document, without a word."""
    from collections.abc import Iterator

    from aligner.collection.batch import run_batch
    from aligner.collection.pairing import pair_folders
    from aligner.collection.work import BatchSettings, PairJob, align_job

    db = tmp_path / "c.db"
    assert _batch(folders, db, "--force")[0] == 0
    settings = BatchSettings("es", "en")

    def reviewing_runner(jobs: Iterator[PairJob], settings: BatchSettings
                         ) -> Iterator[object]:
        for job in jobs:
            record = align_job(job, settings)
            if job.name == "2021/puerto":  # a reviewer confirms a bead meanwhile
                conn = sqlite3.connect(db)
                conn.execute("UPDATE beads SET review = 'confirmed', reviewed = "
                             "'2026-12-01T09:30:00.000000Z' WHERE unit = 0 AND doc = "
                             "(SELECT id FROM documents WHERE name = '2021/puerto')")
                conn.commit()
                conn.close()
            yield record

    pairs = pair_folders(folders[0], folders[1], src_lang="es", tgt_lang="en").pairs
    with open_collection(db) as c:
        summary = run_batch(c, pairs, settings, runner=reviewing_runner,  # type: ignore[arg-type]
                            force=True)
    assert summary.kept_reviewed == [("2021/puerto", 1)]
    assert summary.aligned == len(DOCS) - 1
    with open_collection(db) as c:
        assert c.reviewed_beads() == {"2021/puerto": 1}


def test_changed_glossary_realigns_everything(tmp_path: Path, folders: tuple[Path, Path],
                                              glossary: Path) -> None:
    db = tmp_path / "c.db"
    assert _batch(folders, db)[0] == 0
    code, _, stderr = _batch(folders, db, "--glossary", str(glossary))
    assert code == 0 and "4 pairs aligned, 0 unchanged" in stderr
    # the reason is said: the files are the same (a run that forgot --glossary)
    assert ("aligner: 4 pairs realigned with unchanged files: the settings differ from "
            "those of the last run that aligned them: --glossary (given now, not "
            "before)\n") in stderr
    with open_collection(db) as c:
        c.conn.execute("UPDATE beads SET review = 'confirmed', reviewed = "
                       "'2026-12-01T09:30:00.000000Z' WHERE unit = 0 AND doc = "
                       "(SELECT id FROM documents WHERE name = '2021/puerto')")
    changed = folders[1] / "2021" / "mina.en.txt"
    changed.write_text(DOCS["2021/mina"][1] + "One more.\n", encoding="utf-8")
    code, _, stderr = _batch(folders, db, "--no-glossary")  # left out, it is remembered
    assert code == 0 and "3 pairs aligned, 0 unchanged, 1 kept for their review" in stderr
    # not mina; a glossary left out is told by the terms the stored alignment used
    assert ("aligner: 2 pairs realigned with unchanged files: the settings differ from "
            "those of the last run that aligned them: --glossary (given before, not now), "
            "and perhaps --srx, --input-format or --encoding, which the stored settings do "
            "not record\n"
            ) in stderr
    assert ("2021/puerto: its settings changed (not its files), but 1 bead of it was "
            "reviewed; kept as it is") in stderr


def test_failing_pairs_are_recorded_and_listed(tmp_path: Path,
                                               folders: tuple[Path, Path]) -> None:
    src, tgt = folders
    (src / "bin.es.txt").write_bytes(b"\x00\x01\x02PNG binary")
    (tgt / "bin.en.txt").write_text("A sentence.\n", encoding="utf-8")
    (src / "latin1.es.txt").write_bytes("Año de la canción.\n".encode("latin-1"))
    (tgt / "latin1.en.txt").write_text("Year of the song.\n", encoding="utf-8")
    (src / "alone.es.txt").write_text("Sola.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = _batch(folders, db)
    assert code == 1
    assert f"aligner: warning: {src / 'alone.es.txt'}: no partner" in stderr
    assert "4 pairs aligned, 0 unchanged, 2 failed, of 6" in stderr
    failed = [line for line in stderr.splitlines() if line.startswith("aligner: failed: ")]
    assert len(failed) == 2
    assert any(f"bin ({src / 'bin.es.txt'}, {tgt / 'bin.en.txt'})" in line
               and "binary file" in line for line in failed)
    assert any(line.startswith("aligner: failed: latin1 ") and "not valid utf-8" in line
               for line in failed)
    stored = _stored(db)
    assert {n for n, (status, _, _) in stored.items() if status == "failed"} == {
        "bin", "latin1"}
    # the next run retries the failed pair whose file changed (and only it); the binary
    # one, unchanged, is said to have failed before, not read again
    (src / "latin1.es.txt").write_text("Año de la canción.\n", encoding="utf-8")
    code, _, stderr = _batch(folders, db)
    assert code == 1 and ("1 pair aligned, 4 unchanged, 1 failed (1 failed before, "
                          "unchanged), of 6") in stderr
    assert any(line.startswith("aligner: failed: bin ") and ": failed before, unchanged: "
               in line and "binary file" in line for line in stderr.splitlines())
    with open_collection(db) as c:
        assert c.problems() == []


def test_a_side_with_no_sentence_is_stored_with_the_warning_align_gives(
        tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """An empty file (a translation not delivered yet) failed the pair, and every run
    after; ``aligner align`` aligns it to one-sided beads with a warning, and so does
    batch now: nothing of the other side is lost, and the run says what happened."""
    src, tgt = folders
    (src / "empty.es.txt").write_text("Una frase.\n\nOtra frase.\n", encoding="utf-8")
    (tgt / "empty.en.txt").write_text("   \n\n", encoding="utf-8")
    (src / "nada.es.txt").write_text("", encoding="utf-8")
    (tgt / "nada.en.txt").write_text("\n", encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = _batch(folders, db)
    assert code == 0, stderr
    assert "6 pairs aligned, 0 unchanged, 0 failed, of 6" in stderr
    said = "has no sentences: every sentence of"
    align_code, _, align_err = run("align", str(src / "empty.es.txt"),
                                   str(tgt / "empty.en.txt"))
    assert align_code == 0
    assert align_err.splitlines() == [
        "aligner: warning: TGT (empty.en.txt) has no sentences: every sentence of SRC "
        "(empty.es.txt) is left unaligned (check that it is the right file)"]
    # the same words, after the document's name
    assert f"aligner: warning: empty: {align_err.removeprefix('aligner: warning: ')}" in stderr
    assert ("aligner: warning: nada: SRC (nada.es.txt) and TGT (nada.en.txt) have no "
            "sentences: the alignment is empty\n") in stderr
    assert stderr.count(said) == 1
    stored = _stored(db)
    assert stored["empty"][0] == stored["nada"][0] == "aligned"
    assert (stored["empty"][2], stored["nada"][2]) == (2, 0)  # two one-sided beads; none
    with open_collection(db) as c:
        assert c.problems() == []
    # unchanged, it is not aligned again; a translation delivered is
    (tgt / "empty.en.txt").write_text("A sentence.\n\nAnother sentence.\n", encoding="utf-8")
    code, _, stderr = _batch(folders, db)
    assert code == 0 and "1 pair aligned, 5 unchanged, 0 failed, of 6" in stderr, stderr
    assert said not in stderr


def test_a_failed_realignment_keeps_the_alignment_stored_before(
        tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """A re-run that forgets --encoding used to replace a good document by a failure."""
    src, tgt = folders
    (src / "latin1.es.txt").write_bytes("Año de la canción.\n".encode("latin-1"))
    (tgt / "latin1.en.txt").write_bytes("Year of the song.\n".encode("latin-1"))
    db = tmp_path / "c.db"
    assert _batch(folders, db, "--encoding", "latin-1")[0] == 0
    before = _stored(db)["latin1"]
    assert before[0] == "aligned"
    code, _, stderr = _batch(folders, db)  # without --encoding: the file is no UTF-8
    assert code == 1 and "0 failed" not in stderr
    (line,) = [x for x in stderr.splitlines() if x.startswith("aligner: failed: latin1 ")]
    assert "not valid utf-8" in line and "the alignment stored before is kept" in line
    assert _stored(db)["latin1"] == before  # same status, time and beads
    with open_collection(db) as c:
        (doc,) = c.documents(["latin1"])
        assert c.alignment(doc).src_sentences == ("Año de la canción.",)
    # a document never aligned is stored as failed, as before
    (src / "new.es.txt").write_bytes("Ñandú.\n".encode("latin-1"))
    (tgt / "new.en.txt").write_text("Rhea.\n", encoding="utf-8")
    code, _, stderr = _batch(folders, db)
    assert code == 1 and _stored(db)["new"][0] == "failed"
    assert "aligner: failed: new " in stderr and stderr.count("stored before is kept") == 1


def test_encoding_for_one_latin1_file_realigns_only_that_pair(
        tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """--encoding cp1252, given for the one Latin-1 file, realigned every UTF-8 pair as
    well (the encoding counted as a setting of all), and the run without it again; that
    run's summary then said '0 unchanged, 1 failed' and '... realigned with unchanged
    files' of the failed pair."""
    src, tgt = folders
    (src / "latin1.es.txt").write_bytes("Año de la canción.\n".encode("cp1252"))
    (tgt / "latin1.en.txt").write_text("Year of the song.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = _batch(folders, db)
    assert code == 1 and "4 pairs aligned, 0 unchanged, 1 failed, of 5" in stderr
    before = _stored(db)
    code, _, stderr = _batch(folders, db, "--encoding", "cp1252")
    assert code == 0 and "1 pair aligned, 4 unchanged, 0 failed, of 5" in stderr, stderr
    assert "realigned with unchanged files" not in stderr
    after = _stored(db)
    assert {n: after[n] for n in before if n != "latin1"} == {
        n: v for n, v in before.items() if n != "latin1"}  # same time and beads
    code, _, stderr = _batch(folders, db)  # without it: that file fails, its alignment kept
    assert code == 1 and "0 pairs aligned, 4 unchanged, 1 failed, of 5" in stderr, stderr
    assert "realigned" not in stderr
    assert _stored(db) == after


def test_manifest_run(tmp_path: Path, folders: tuple[Path, Path]) -> None:
    src, tgt = folders
    manifest = tmp_path / "pairs.tsv"
    manifest.write_text("src\ttgt\tname\n"
                        f"{src / '2021/mina.es.txt'}\t{tgt / '2021/mina.en.txt'}\tmine\n",
                        encoding="utf-8")
    db = tmp_path / "m.db"
    code, _, stderr = run("batch", "--manifest", str(manifest), "--src-lang", "es",
                          "--tgt-lang", "en", "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    assert list(_stored(db)) == ["mine"]


def test_bad_command_lines_exit_2(tmp_path: Path, folders: tuple[Path, Path]) -> None:
    db = str(tmp_path / "c.db")
    assert run("batch", str(folders[0]), "--src-lang", "es", "--tgt-lang", "en",
               "--db", db)[0] == 2
    assert run("batch", str(folders[0]), str(folders[1]), "--src-lang", "xx-notalang!",
               "--tgt-lang", "en", "--db", db)[0] == 2
    code, _, stderr = run("batch", str(tmp_path / "nope"), str(folders[1]), "--src-lang", "es",
                          "--tgt-lang", "en", "--db", db)
    assert code == 2 and "no such folder" in stderr
    code, _, stderr = run("batch", str(folders[0]), str(folders[1]), "--src-lang", "es",
                          "--tgt-lang", "en", "--db", db, "--encoding", "nonsense")
    assert (code, stderr) == (2, "aligner: error: unknown encoding 'nonsense'\n")
    assert not Path(db).exists()


def test_folders_without_a_pair_are_an_error_and_make_no_database(tmp_path: Path) -> None:
    (tmp_path / "es").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "es" / "a.es.txt").write_text("Hola.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = _batch((tmp_path / "es", tmp_path / "en"), db)
    assert code == 2
    assert stderr.splitlines() == [
        f"aligner: warning: {tmp_path / 'es' / 'a.es.txt'}: no partner in the other folder; "
        "left out",
        f"aligner: error: no document pair in {tmp_path / 'es'} and {tmp_path / 'en'}: a pair "
        "is a file of the same name on each side, a language tag left out (es/a.es.txt, "
        "en/a.en.txt); files named otherwise are paired by --manifest PAIRS.tsv (columns src "
        "and tgt)"]
    assert not db.exists()


def test_a_draft_beside_its_export_is_stored_as_a_document_with_a_warning(
        tmp_path: Path) -> None:
    for lang, text in (("es", "Hola. Adiós."), ("en", "Hello. Goodbye.")):
        (tmp_path / lang).mkdir()
        for ext in ("txt", "md"):
            (tmp_path / lang / f"ch01.{ext}").write_text(text + "\n", encoding="utf-8")
        (tmp_path / lang / "ch02.txt").write_text(text + "\n", encoding="utf-8")
    code, _, stderr = _batch((tmp_path / "es", tmp_path / "en"), tmp_path / "c.db")
    assert code == 0, stderr
    assert ("aligner: warning: ch01.md, ch01.txt: one name in several formats on both sides, "
            "each stored as a document of its own named with its extension (move drafts out "
            "of the folders, or pair the files with --manifest)") in stderr.splitlines()
    assert sorted(_stored(tmp_path / "c.db")) == ["ch01.md", "ch01.txt", "ch02"]


def _languages(db: Path) -> dict[str, tuple[str, str]]:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT name, src_lang, tgt_lang FROM documents").fetchall()
    conn.close()
    return {name: (src, tgt) for name, src, tgt in rows}


def test_a_run_of_another_language_pair_joins_the_collection(
        tmp_path: Path, folders: tuple[Path, Path]) -> None:
    db = tmp_path / "c.db"
    assert _batch(folders, db)[0] == 0
    before = _stored(db)
    en, es = write_en_es(tmp_path / "notes")
    code, _, stderr = run("batch", str(en), str(es), "--db", str(db), "--jobs", "1",
                          "--encoder", "none")  # the languages: the folders' names
    assert code == 0, stderr
    assert (f"aligner: {db} now holds 2 language pairs: es -> en, en -> es (each document is "
            "read in its own; --src-lang/--tgt-lang choose a pair in list, search, check, "
            "report and export)\n") in stderr
    assert {k: v for k, v in _stored(db).items() if k in before} == before
    assert _languages(db) == {**dict.fromkeys(before, ("es", "en")),
                              "es/notas/cordones": ("en", "es"), "es/notas/camino": ("en", "es")}
    code, _, stderr = run("batch", str(en), str(es), "--db", str(db), "--jobs", "1",
                          "--encoder", "none")
    assert code == 0 and "language pairs" not in stderr, stderr  # said once
    # a regional variant of a pair held is that pair
    code, _, stderr = run("batch", str(folders[0]), str(folders[1]), "--src-lang", "es-CL",
                          "--tgt-lang", "en", "--db", str(db), "--jobs", "2")
    assert code == 0 and "language pairs" not in stderr, stderr
    # another region of a language is another language: another pair
    code, _, stderr = run("batch", str(en), str(es), "--src-lang", "en", "--tgt-lang",
                          "es-419", "--db", str(tmp_path / "d.db"), "--jobs", "1")
    assert code == 0, stderr
    en, es = write_en_es(tmp_path / "spain", "espana")
    code, _, stderr = run("batch", str(en), str(es), "--src-lang", "en", "--tgt-lang",
                          "es-ES", "--db", str(tmp_path / "d.db"), "--jobs", "1")
    assert code == 0 and "now holds 2 language pairs: en -> es-419, en -> es-ES" in stderr
    # a collection of two pairs gives no languages to folders that do not name them
    (tmp_path / "spanish").mkdir()
    (tmp_path / "english").mkdir()
    code, _, stderr = run("batch", str(tmp_path / "spanish"), str(tmp_path / "english"),
                          "--db", str(db))
    assert code == 2 and f"and {db} holds documents of 2 language pairs" in stderr


def test_same_beads_as_aligner_align(collection: Path, folders: tuple[Path, Path]) -> None:
    from aligner.pipeline import align_files

    with open_collection(collection) as c:
        for doc, stored in c.aligned():
            name = doc.name
            alone = align_files(folders[0] / f"{name}.es.txt", folders[1] / f"{name}.en.txt",
                                src_lang="es", tgt_lang="en",
                                src_name=Path(doc.src_path).name,
                                tgt_name=Path(doc.tgt_path).name,
                                omissions="normal").alignment  # as aligner check marks them
            assert stored == alone
            assert dict(stored.settings) == dict(alone.settings)
            assert [b.signals for b in stored.beads] == [b.signals for b in alone.beads]


def test_pair_warnings_are_stored(tmp_path: Path) -> None:
    from tests.conftest import REPO

    src, tgt = tmp_path / "es", tmp_path / "en"
    src.mkdir()
    tgt.mkdir()
    # the files swapped: English in the Spanish folder
    (src / "x.es.txt").write_bytes((REPO / "corpus/en/chile-73.en.txt").read_bytes())
    (tgt / "x.en.txt").write_bytes((REPO / "corpus/es/chile-73.es.txt").read_bytes())
    db = tmp_path / "c.db"
    code, _, stderr = _batch((src, tgt), db)
    assert code == 0
    assert ("aligner: warning: x: SRC looks like English and TGT like Spanish: swap the files "
            "or the languages (--src-lang en --tgt-lang es)") in stderr.splitlines()
    conn = sqlite3.connect(db)
    (warnings,) = conn.execute("SELECT warnings FROM documents").fetchone()
    conn.close()
    assert "SRC looks like English and TGT like Spanish" in warnings


def test_markdown_and_html_pairs(tmp_path: Path) -> None:
    from aligner.pipeline import align_files

    src, tgt = tmp_path / "es", tmp_path / "en"
    (src / "n").mkdir(parents=True)
    (tgt / "n").mkdir(parents=True)
    (src / "n/a.es.md").write_text("# El puerto\n\nEl puerto abrió en marzo. Nadie lo "
                                   "esperaba.\n\n- Un muelle.\n- Dos grúas.\n", encoding="utf-8")
    (tgt / "n/a.en.md").write_text("# The port\n\nThe port opened in March. Nobody expected "
                                   "it.\n\n- One dock.\n- Two cranes.\n", encoding="utf-8")
    (src / "n/b.es.html").write_text("<html><body><h1>La mina</h1><p>La mina cerró. <b>Nadie"
                                     "</b> protestó.</p></body></html>", encoding="utf-8")
    (tgt / "n/b.en.html").write_text("<html><body><h1>The mine</h1><p>The mine closed. <b>"
                                     "Nobody</b> protested.</p></body></html>", encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = _batch((src, tgt), db)
    assert code == 0, stderr
    with open_collection(db) as c:
        stored = {doc.name: al for doc, al in c.aligned()}
    assert set(stored) == {"n/a", "n/b"}
    assert stored["n/a"].src_sentences[0] == "El puerto"  # Markdown read as Markdown
    assert stored["n/b"].tgt_sentences == ("The mine", "The mine closed.", "Nobody protested.")
    for name, ext in (("n/a", "md"), ("n/b", "html")):
        alone = align_files(src / f"{name}.es.{ext}", tgt / f"{name}.en.{ext}", src_lang="es",
                            tgt_lang="en", src_name=f"{name[2:]}.es.{ext}",
                            tgt_name=f"{name[2:]}.en.{ext}").alignment
        assert stored[name] == alone


def test_word_documents_and_srx_rules_as_in_aligner_align(tmp_path: Path) -> None:
    from aligner.pipeline import align_files, load_srx
    from tests.conftest import REPO

    fixtures = REPO / "tests" / "fixtures" / "corpus"
    src, tgt = tmp_path / "es", tmp_path / "en"
    src.mkdir()
    tgt.mkdir()
    for folder, lang in ((src, "es"), (tgt, "en")):
        (folder / f"chile-73.{lang}.docx").write_bytes(
            (fixtures / f"chile-73.{lang}.docx").read_bytes())
    rules = tmp_path / "rules.srx"
    assert run("segment", "--export-srx", str(rules))[0] == 0
    db = tmp_path / "c.db"
    code, _, stderr = _batch((src, tgt), db, "--srx", str(rules))
    assert code == 0 and "1 pair aligned" in stderr, stderr
    alone = align_files(src / "chile-73.es.docx", tgt / "chile-73.en.docx", src_lang="es",
                        tgt_lang="en", srx=load_srx(rules), src_name="chile-73.es.docx",
                        tgt_name="chile-73.en.docx").alignment
    with open_collection(db) as c:
        ((_, stored),) = list(c.aligned())
    assert stored == alone
    assert [(b.src, b.tgt) for b in stored.beads] == [(b.src, b.tgt) for b in alone.beads]
    # Left out, the rules are the collection's (tests/cli/test_batch_settings.py)...
    code, _, stderr = _batch((src, tgt), db)
    assert code == 0 and "0 pairs aligned, 1 unchanged" in stderr, stderr
    assert f"using the collection's settings for es -> en: --srx {rules.resolve()} (sha256 " \
        in stderr
    # ... and other segmentation rules are other settings: the pair is aligned again.
    code, _, stderr = _batch((src, tgt), db, "--no-srx")
    assert code == 0 and "1 pair aligned, 0 unchanged" in stderr, stderr
    code, _, stderr = _batch((src, tgt), db)
    assert code == 0 and "0 pairs aligned, 1 unchanged" in stderr, stderr


def test_a_renamed_pair_is_named_as_gone(tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """Renamed on both sides, a pair is a new document; the old one stays (documented),
    and the run says so instead of exporting both in silence."""
    db = tmp_path / "c.db"
    assert _batch(folders, db)[0] == 0
    for folder, lang in zip(folders, ("es", "en"), strict=True):
        (folder / "2021" / f"puerto.{lang}.txt").rename(folder / "2021" / f"muelle.{lang}.txt")
    code, _, stderr = _batch(folders, db)
    assert code == 0 and f"1 pair aligned, {len(DOCS) - 1} unchanged" in stderr, stderr
    gone = [line for line in stderr.splitlines() if "gone" in line]
    assert gone == [f"aligner: warning: 2021/puerto: its files are gone (no "
                    f"{folders[0] / '2021' / 'puerto.es.txt'}); it stays in the collection "
                    "and its exports (renamed? its new name is a document of its own); "
                    "--prune removes it"]
    with open_collection(db) as c:
        assert {"2021/puerto", "2021/muelle"} <= {d.name for d in c.documents()}
    # --prune takes it out, with its beads and search entries; the rest stays unchanged
    code, _, stderr = _batch(folders, db, "--prune")
    assert code == 0 and f"0 pairs aligned, {len(DOCS)} unchanged" in stderr, stderr
    assert "removed 1 document whose files are gone: 2021/puerto" in stderr, stderr
    assert "its files are gone" not in stderr
    with open_collection(db) as c:
        names = {d.name for d in c.documents()}
        orphans = c.conn.execute("SELECT count(*) FROM beads WHERE doc NOT IN "
                                 "(SELECT id FROM documents)").fetchone()[0]
        forms = c.conn.execute("SELECT count(*) FROM bead_forms WHERE rowid NOT IN "
                               "(SELECT id FROM beads)").fetchone()[0]
    assert "2021/puerto" not in names and "2021/muelle" in names and len(names) == len(DOCS)
    assert orphans == 0 and forms == 0


def test_languages_that_contradict_the_file_tags_are_named(tmp_path: Path) -> None:
    for side, text in (("de", "Der Satz {} ist hier."), ("fr", "La phrase {} est ici.")):
        (tmp_path / side).mkdir()
        for i in range(3):
            (tmp_path / side / f"d{i}.{side}.txt").write_text(text.format(i), encoding="utf-8")
    db = tmp_path / "w.db"
    code, _, stderr = run("batch", str(tmp_path / "de"), str(tmp_path / "fr"), "--src-lang",
                          "de", "--tgt-lang", "it", "--db", str(db))
    assert code == 2 and not db.exists()
    assert stderr.splitlines() == [
        f"aligner: error: no document pair in {tmp_path / 'de'} and {tmp_path / 'fr'}: the "
        f"files of {tmp_path / 'fr'} are tagged fr (as in d0.fr.txt), not it: give "
        "--tgt-lang fr, or leave it out"]


def test_a_missing_folder_or_dask_is_said_before_a_database_is_made(
        tmp_path: Path, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from click.testing import CliRunner

    from aligner.cli.main import cli

    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(tmp_path / "nonexist"), str(folders[1]), "--db", str(db))
    assert (code, stderr) == (2, f"aligner: error: {tmp_path / 'nonexist'}: no such folder\n")
    monkeypatch.setitem(sys.modules, "distributed", None)  # the dask extra not installed
    result = CliRunner().invoke(cli, ["batch", str(folders[0]), str(folders[1]), "--src-lang",
                                      "es", "--tgt-lang", "en", "--db", str(db),
                                      "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "--scheduler needs Dask" in result.stderr
    assert not db.exists()


def test_prune_keeps_a_document_with_one_file_left(tmp_path: Path) -> None:
    for side, text in (("de", "Der Verlag kam."), ("fr", "La maison vint.")):
        (tmp_path / side).mkdir()
        for name in ("a", "b"):
            (tmp_path / side / f"{name}.{side}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "p.db"
    args = ("batch", str(tmp_path / "de"), str(tmp_path / "fr"), "--db", str(db))
    assert run(*args)[0] == 0
    (tmp_path / "fr" / "b.fr.txt").unlink()
    code, _, stderr = run(*args, "--prune")
    assert code == 0 and "removed" not in stderr, stderr
    assert (f"aligner: warning: b: one of its files is gone (no {tmp_path / 'fr' / 'b.fr.txt'}"
            "); it stays in the collection and its exports (renamed? its new name is a "
            "document of its own); its other file is still there, so --prune keeps it"
            ) in stderr
    with open_collection(db) as c:
        assert {d.name for d in c.documents()} == {"a", "b"}


def test_jobs_beyond_reason_start_no_more_workers_than_cores_and_pairs(
        tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """--jobs 100000 on four pairs started thousands of processes."""
    from aligner.collection.local_run import default_jobs

    code, _, stderr = run("batch", str(folders[0]), str(folders[1]), "--src-lang", "es",
                          "--tgt-lang", "en", "--db", str(tmp_path / "c.db"), "--jobs", "100000")
    assert code == 0, stderr
    started = min(4 * default_jobs(), len(DOCS))
    assert f"--jobs 100000 is more than 4 worker processes per core; starting {started}" in stderr
    assert f"{len(DOCS)} pairs aligned" in stderr


def test_ctrl_c_ends_batch_at_once_with_its_workers(tmp_path: Path) -> None:
    """Ctrl-C ends the workers: the exit does not wait for the pairs in flight."""
    _ctrl_c(tmp_path, times=1)


def test_ctrl_c_twice_ends_batch_at_once_with_its_workers(tmp_path: Path) -> None:
    """Ctrl-C waited for the pairs in flight (a minute on a long pair) before exit,
    and a second Ctrl-C in that wait printed a traceback and hung the command."""
    _ctrl_c(tmp_path, times=2)


def _ctrl_c(tmp_path: Path, times: int) -> None:
    """Ctrl-C ``times`` times (0.2 s apart) to a batch whose two workers are at work on
    pairs that take minutes: it exits 130 at once, saying so, and its workers end."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import REPO

    for lang in ("es", "en"):
        text = (REPO / f"corpus/{lang}/chile-73.{lang}.txt").read_text(encoding="utf-8")
        (tmp_path / lang).mkdir()
        for name in ("a", "b"):  # minutes a pair: far longer than the exit may take
            (tmp_path / lang / f"{name}.{lang}.txt").write_text(
                "\n\n".join(f"{k}.\n\n{text}" for k in range(150)), encoding="utf-8")
    proc = subprocess.Popen(  # this tree's aligner, not one installed (cwd is elsewhere)
        [sys.executable, "-m", "aligner", "batch", "es", "en", "--db", "c.db", "--jobs", "2",
         "--encoder", "none"], cwd=tmp_path, stderr=subprocess.PIPE, text=True,
        start_new_session=True, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    try:
        # a bound for a hang, not a speed bar: both workers at work on their pair (their
        # initializer has run: they ignore Ctrl-C), however loaded the machine
        assert _until(lambda: len(_ignoring_ctrl_c(_children(proc.pid))) == 2, 300), \
            "the workers did not start"
        workers = _children(proc.pid)
        for k in range(times):
            if k:
                time.sleep(0.2)
            os.killpg(proc.pid, signal.SIGINT)  # as a terminal sends Ctrl-C to the group
        # the exit must not wait for the pairs in flight, which take minutes
        _, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "interrupted" in stderr
    # ended, not left to finish their pair (a second Ctrl-C exits at once; its workers
    # then die of their parent's end, a moment later on a loaded machine)
    assert _until(lambda: not _alive(workers), 30), stderr


def _until(condition: Callable[[], bool], seconds: float) -> bool:
    """Whether ``condition`` came true within ``seconds`` (asked every 0.1 s)."""
    import time

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def _alive(pids: list[int]) -> list[int]:
    """The processes of ``pids`` still running (neither gone nor a zombie)."""
    alive = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.append(pid)
    return alive


def _ignoring_ctrl_c(pids: list[int]) -> list[int]:
    """The processes of ``pids`` that ignore SIGINT (``SigIgn`` of ``/proc/PID/status``)."""
    import signal

    found = []
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        ignored = int(status.split("SigIgn:")[1].split()[0], 16)
        if ignored >> (signal.SIGINT - 1) & 1:
            found.append(pid)
    return found


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_failures_of_one_reason_are_said_in_one_line() -> None:
    from aligner.cli.batch_failures import failure_lines
    from aligner.collection.batch import FailedPair

    binary = [FailedPair(n, f"es/{n}.es.txt", f"en/{n}.en.txt",
                         f"es/{n}.es.txt: byte {i}: looks like a binary file (NUL byte)")
              for i, n in enumerate(["a", "b", "c", "d", "e"])]
    empty = [FailedPair("f", "es/f.es.txt", "en/f.en.txt", "en/f.en.txt: no sentence"),
             FailedPair("g", "es/g.es.txt", "en/g.en.txt", "en/g.en.txt: no sentence",
                        kept=True)]
    assert failure_lines([binary[3], *empty, *binary[:3], binary[4]], "c.db") == [
        "5 pairs: looks like a binary file (NUL byte) (a, b, c and 2 more; aligner list "
        "c.db --doc NAME shows each one's error)",
        "f (es/f.es.txt, en/f.en.txt): en/f.en.txt: no sentence",
        "g (es/g.es.txt, en/g.en.txt): en/g.en.txt: no sentence; the alignment stored "
        "before is kept (of the files and settings it was made with)",
    ]
    assert failure_lines(binary[:3], "c.db") == [
        "3 pairs: looks like a binary file (NUL byte) (a, b, c; aligner list c.db --doc "
        "NAME shows each one's error)"]
    assert len(failure_lines(binary[:2], "c.db")) == 2  # two are said each in full


def test_a_run_with_many_binary_files_groups_them(tmp_path: Path) -> None:
    src, tgt = tmp_path / "es", tmp_path / "en"
    for folder in (src, tgt):
        folder.mkdir()
    for name in ("a", "b", "c", "d"):
        (src / f"{name}.es.txt").write_bytes(b"PK\0\0" + name.encode())
        (tgt / f"{name}.en.txt").write_text("Hello.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(src), str(tgt), "--src-lang", "es", "--tgt-lang", "en",
                          "--db", str(db), "--jobs", "1")
    assert code == 1
    failed = [line for line in stderr.splitlines() if line.startswith("aligner: failed:")]
    assert len(failed) == 1, stderr
    assert failed[0].startswith("aligner: failed: 4 pairs: looks like a binary file")
    assert failed[0].endswith(f"(a, b, c and 1 more; aligner list {db} --doc NAME shows "
                              "each one's error)")
