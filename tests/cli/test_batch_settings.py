"""aligner batch remembers its settings: a run that leaves out --glossary, --srx,
--encoder or --input-format uses the collection's, and says so; one given replaces it."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from aligner import __version__
from tests.collection.conftest import DOCS, GLOSSARY, run, write_folders

TWO = {name: DOCS[name] for name in ("2021/mina", "2021/puerto")}


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Two pairs, a glossary, and a collection aligned with it (and --encoder none)."""
    src, tgt = write_folders(tmp_path, TWO)
    glossary = tmp_path / "glossary.tsv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    db = tmp_path / "archive.db"
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--glossary",
                          str(glossary), "--encoder", "none", "--jobs", "1")
    assert code == 0, stderr
    return src, tgt, db


def _stored(db: Path) -> dict[str, tuple[str, str]]:
    """Each document's settings hash and the time it was stored."""
    conn = sqlite3.connect(db)
    try:
        return {name: (h, time) for name, h, time in conn.execute(
            "SELECT name, settings_hash, stored FROM documents")}
    finally:
        conn.close()


def test_a_run_without_the_glossary_uses_the_collections(team: tuple[Path, Path, Path],
                                                         tmp_path: Path) -> None:
    """The report: a colleague's run without --glossary realigned the whole archive
    without it, and the next run with it realigned it back."""
    src, tgt, db = team
    before = _stored(db)
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    glossary = tmp_path / "glossary.tsv"
    sha = hashlib.sha256(glossary.read_bytes()).hexdigest()[:12]
    assert stderr.splitlines()[0] == (
        f"aligner: using the collection's settings for es -> en: --glossary {glossary} "
        f"(sha256 {sha}), "
        "--encoder none")
    assert "0 pairs aligned, 2 unchanged" in stderr
    assert "realigned" not in stderr
    assert _stored(db) == before  # same settings hash, not stored again


def test_an_option_given_replaces_the_collections_and_says_so_first(
        team: tuple[Path, Path, Path]) -> None:
    src, tgt, db = team
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--no-glossary",
                          "--jobs", "1")
    assert code == 0, stderr
    lines = stderr.splitlines()
    assert lines[0] == "aligner: using the collection's settings for es -> en: --encoder none"
    assert lines[1].startswith(
        "aligner: warning: --no-glossary replaces the collection's --glossary ")
    assert lines[1].endswith(" for es -> en and is its setting from now on: the es -> en "
                             "documents aligned otherwise are realigned (its other language "
                             "pairs keep theirs; leave the option out to go on with the "
                             "collection's)")
    assert "2 pairs realigned with unchanged files" in stderr
    # forgotten: the next run aligns without it, and realigns nothing
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    assert "0 pairs aligned, 2 unchanged" in stderr and "--glossary" not in stderr


def test_a_remembered_glossary_changed_or_gone_stops_the_run(
        team: tuple[Path, Path, Path], tmp_path: Path) -> None:
    src, tgt, db = team
    glossary = tmp_path / "glossary.tsv"
    before = _stored(db)
    glossary.write_text(GLOSSARY + "huelga\tstrike\tpreferred\n", encoding="utf-8")
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--jobs", "1")
    assert code == 2
    assert f"aligner: error: {db}: the collection's --glossary {glossary} for es -> en " \
           "changed since a run stored it (" in stderr
    assert stderr.rstrip().endswith(f"give --glossary {glossary} to align with it as it is "
                                    "now (the pairs aligned with the old one are realigned), "
                                    "or --no-glossary")
    assert _stored(db) == before
    glossary.unlink()
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--jobs", "1")
    assert code == 2 and f"the collection's --glossary {glossary} for es -> en (stored " in stderr
    assert "is gone: give --glossary FILE for its new place, or --no-glossary" in stderr
    assert _stored(db) == before
    # given again, as it is now: used, and remembered from then on
    glossary.write_text(GLOSSARY + "huelga\tstrike\tpreferred\n", encoding="utf-8")
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--glossary",
                          str(glossary), "--jobs", "1")
    assert code == 0 and "2 pairs aligned" in stderr, stderr
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--jobs", "1")
    assert code == 0 and "0 pairs aligned, 2 unchanged" in stderr, stderr


def test_list_shows_the_remembered_settings(team: tuple[Path, Path, Path],
                                            tmp_path: Path) -> None:
    _, _, db = team
    glossary = tmp_path / "glossary.tsv"
    code, out, _ = run("list", str(db), "--no-files")
    assert code == 0
    sha = hashlib.sha256(glossary.read_bytes()).hexdigest()
    assert out.splitlines()[-2:] == [
        "batch settings of es -> en (a batch run of the pair that leaves one out uses it): "
        f"--glossary {glossary} (sha256 {sha[:12]}), --no-srx, --encoder none, "
        "--input-format auto",
        # what aligned them, for a methods section: the version and the encoder resolved
        f"aligned by aligner {__version__}, encoder none: 2 documents of es -> en"]
    code, out, _ = run("list", str(db), "--no-files", "--format", "json")
    assert json.loads(out)["aligned_with"] == [
        {"src_lang": "es", "tgt_lang": "en", "aligner": f"aligner {__version__}",
         "encoder": "none", "documents": 2}]
    [remembered] = json.loads(out)["batch_settings"]
    assert (remembered["src_lang"], remembered["tgt_lang"]) == ("es", "en")
    assert {k: (v["value"], v["sha256"]) for k, v in remembered["settings"].items()} == {
        "glossary": (str(glossary), sha), "srx": (None, None), "encoder": ("none", None),
        "input-format": (None, None)}


def test_an_older_collection_aligned_with_a_glossary_asks_for_it(
        team: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """A collection of schema 9 remembers no settings; its documents say that they were
    aligned with a glossary, so a run without one is not left to realign them all."""
    src, tgt, db = team
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE batch_settings")
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
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    before = _stored(db)
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--encoder", "none",
                          "--jobs", "1")
    assert code == 2
    assert stderr.splitlines()[-1] == (
        f"aligner: error: {db}: 2 of its es -> en pairs were aligned with a glossary, which "
        "the aligner that aligned them did not record: give --glossary FILE to go on with it (the "
        "collection remembers it from then on), or --no-glossary to realign them without one")
    assert _stored(db) == before
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--encoder", "none",
                          "--glossary", str(tmp_path / "glossary.tsv"), "--jobs", "1")
    assert code == 0 and "0 pairs aligned, 2 unchanged" in stderr, stderr


def test_glossary_and_no_glossary_together_are_refused(team: tuple[Path, Path, Path],
                                                      tmp_path: Path) -> None:
    src, tgt, db = team
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--no-glossary",
                          "--glossary", str(tmp_path / "glossary.tsv"))
    assert code == 2 and "give --glossary or --no-glossary, not both" in stderr


def test_the_collections_encoder_missing_here_is_named_as_the_collections(
        team: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """A colleague's run gave --encoder use; on a machine without the extra, a run that
    leaves the option out is told where ``use`` came from."""
    from aligner.align import encoder
    from aligner.collection.remembered import Setting, remember
    from aligner.collection.store import open_collection

    src, tgt, db = team
    with open_collection(db) as c:
        remember(c.conn, ("es", "en"), [Setting("encoder", "use")])
    monkeypatch.setattr(encoder, "use_model_dir", lambda: None)
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--jobs", "1")
    assert code == 2
    assert stderr.splitlines()[-1] == (
        f"aligner: error: {db}: the collection's --encoder use for es -> en: --encoder use "
        "needs the "
        "optional extra: pip install '.[neural]' in aligner's source folder; or give "
        "--encoder to align otherwise (its pairs are then realigned)")


def test_check_of_the_collection_uses_the_glossary_it_remembers(
        team: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A news desk's walk: `check C.db` said `No glossary used` though `list` showed the
    glossary the collection was aligned with."""
    _, _, db = team
    glossary = tmp_path / "glossary.tsv"
    elsewhere = tmp_path / "elsewhere"  # no ./glossary.tsv there
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, out, stderr = run("check", str(db), "--format", "json", "--fail-on", "never")
    assert code == 0, stderr
    assert stderr.startswith(f"aligner: checking es -> en with the collection's glossary "
                             f"{glossary} (--glossary FILE or --no-glossary to choose)\n")
    assert json.loads(out)["settings"]["glossary_used"] is True
    code, out, stderr = run("check", str(db), "--format", "json", "--no-glossary")
    assert code == 0 and "collection's glossary" not in stderr
    assert json.loads(out)["settings"]["glossary_used"] is False
    glossary.rename(tmp_path / "moved.tsv")
    code, out, stderr = run("check", str(db), "--format", "json", "--fail-on", "never")
    assert code == 0, stderr
    assert stderr.startswith(f"aligner: warning: {db}: the glossary the collection remembers "
                             f"for es -> en, {glossary}, is gone: its documents are checked "
                             "without it (give --glossary FILE)\n")
    assert json.loads(out)["settings"]["glossary_used"] is False
