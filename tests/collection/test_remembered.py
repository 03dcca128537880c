"""The batch settings a collection remembers: stored, read back, and which a run uses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from aligner.collection.remembered import (
    Resolved,
    Setting,
    aligned_with_glossary,
    remember,
    remembered,
    resolve,
)
from aligner.collection.store import open_collection
from aligner.errors import ConfigError

GLOSSARY = Setting("glossary", "/team/glossary.tsv", "ab" * 32, "2026-12-01T09:30:00Z")
RULES = Setting("srx", "/team/rules.srx", "cd" * 32, "2026-12-01T09:30:00Z")
STORED = {s.option: s for s in (GLOSSARY, RULES, Setting("encoder", "none"),
                                Setting("input-format", "docx"))}
FILES = {"/team/glossary.tsv": "ab" * 32, "/team/rules.srx": "cd" * 32}


def _resolve(given: dict[str, Setting], stored: dict[str, Setting] = STORED,
             files: dict[str, str] = FILES, glossary_pairs: int = 0) -> Resolved:
    return resolve(given, stored, db="c.db", file_hash=files.get,
                   glossary_pairs=glossary_pairs)


def test_what_is_not_given_is_the_collections() -> None:
    r = _resolve({})
    assert r.settings == (GLOSSARY, RULES, STORED["encoder"], STORED["input-format"])
    assert [s.shown() for s in r.taken] == [
        "--glossary /team/glossary.tsv (sha256 abababababab)",
        "--srx /team/rules.srx (sha256 cdcdcdcdcdcd)", "--encoder none", "--input-format docx"]
    assert r.changed == ()


def test_what_is_given_is_used_and_named_when_it_differs() -> None:
    given = {"glossary": Setting("glossary", None), "encoder": Setting("encoder", "none"),
             "input-format": Setting("input-format", None)}
    r = _resolve(given)
    assert [r.value(o) for o in ("glossary", "srx", "encoder", "input-format")] == [
        None, "/team/rules.srx", "none", None]
    # the encoder given is the collection's: no change to tell
    assert [(was.shown(), now.shown()) for was, now in r.changed] == [
        ("--glossary /team/glossary.tsv (sha256 abababababab)", "--no-glossary"),
        ("--input-format docx", "--input-format auto")]
    assert [s.option for s in r.taken] == ["srx"]


def test_a_collection_that_remembers_nothing_gets_the_defaults() -> None:
    r = _resolve({}, stored={})
    assert [(s.option, s.value) for s in r.settings] == [
        ("glossary", None), ("srx", None), ("encoder", "auto"), ("input-format", None)]
    assert r.taken == () and r.changed == ()


@pytest.mark.parametrize(("files", "message"), [
    ({"/team/glossary.tsv": "ab" * 32},
     "c.db: the collection's --srx /team/rules.srx (stored 2026-12-01 09:30:00 UTC) is gone: "
     "give --srx FILE for its new place, or --no-srx to align without one (the pairs aligned "
     "with it are then realigned)"),
    ({**FILES, "/team/glossary.tsv": "ef" * 32},
     "c.db: the collection's --glossary /team/glossary.tsv changed since a run stored it "
     "(2026-12-01 09:30:00 UTC; sha256 abababababab, now efefefefefef): give --glossary "
     "/team/glossary.tsv to align with it as it is now (the pairs aligned with the old one "
     "are realigned), or --no-glossary"),
])
def test_a_remembered_file_gone_or_changed_is_refused(files: dict[str, str],
                                                       message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _resolve({}, files=files)
    assert caught.value.format() == message


def test_a_file_gone_or_changed_does_not_matter_when_the_option_is_given() -> None:
    given = {"glossary": Setting("glossary", "/new/g.tsv", "01" * 32),
             "srx": Setting("srx", None)}
    r = _resolve(given, files={})
    assert r.value("glossary") == "/new/g.tsv" and r.value("srx") is None


def test_pairs_aligned_with_an_unrecorded_glossary_need_a_glossary_option() -> None:
    with pytest.raises(ConfigError, match=r"^c\.db: 3 of its pairs were aligned with a glossary"):
        _resolve({}, stored={}, glossary_pairs=3)
    assert _resolve({"glossary": Setting("glossary", None)}, stored={},
                    glossary_pairs=3).value("glossary") is None
    # remembered: the collection's word holds (here: a glossary)
    assert _resolve({}, glossary_pairs=3).value("glossary") == GLOSSARY.value


def test_remember_replaces_and_keeps_the_time_of_what_did_not_change(tmp_path: Path) -> None:
    with open_collection(tmp_path / "c.db", create=True) as c:
        conn = c.conn
        assert remembered(conn, ("es", "en")) == {}
        remember(conn, ("es", "en"),
                 [Setting("glossary", "/a.tsv", "11"), Setting("encoder", "auto")])
        conn.execute("UPDATE batch_settings SET stored = '2026-01-01T00:00:00Z'")
        remember(conn, ("es", "en"),
                 [Setting("glossary", "/a.tsv", "11"), Setting("encoder", "none")])
        got = remembered(conn, ("es", "en"))
        assert (got["glossary"].value, got["glossary"].sha256,
                got["glossary"].stored) == ("/a.tsv", "11", "2026-01-01T00:00:00Z")
        assert got["encoder"].value == "none"
        assert got["encoder"].stored != "2026-01-01T00:00:00Z"


def test_a_schema_9_collection_is_upgraded_to_remember_nothing_yet(
        collection_db: Path) -> None:
    conn = sqlite3.connect(collection_db)
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
    with open_collection(collection_db) as c:
        assert remembered(c.conn, ("es", "en")) == {}
        assert aligned_with_glossary(c.conn) == 0  # the fixture's run had no glossary


def test_the_same_file_elsewhere_is_no_change() -> None:
    """A colleague's mount of the team's folder names the glossary otherwise: the same
    bytes align the same, so nothing is said to be realigned; the new path is stored."""
    moved = Setting("glossary", "/mnt/team/glossary.tsv", "ab" * 32)
    r = _resolve({"glossary": moved})
    assert r.changed == () and r.value("glossary") == "/mnt/team/glossary.tsv"
    edited = Setting("glossary", "/team/glossary.tsv", "ef" * 32)
    assert [now for _, now in _resolve({"glossary": edited}).changed] == [edited]
