"""A TMX of several language pairs (an export of a collection of several) imported back:
each unit in the pair its ``tu`` says, so export -> import into a fresh collection gives
the same pairs and units per pair."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.collection.conftest import EN_ES_UNITS, run


def _units(db: Path) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """The two-sided units of each language pair, documents by name, units in order."""
    conn = sqlite3.connect(db)
    try:
        out: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for src, tgt, source, target in conn.execute(
                "SELECT d.src_lang, d.tgt_lang, b.source, b.target FROM beads b "
                "JOIN documents d ON d.id = b.doc WHERE b.src_count > 0 AND b.tgt_count > 0 "
                "ORDER BY d.name, b.unit"):
            out.setdefault((src, tgt), []).append((source, target))
        return out
    finally:
        conn.close()


def test_a_tmx_of_two_pairs_round_trips_through_import(mixed: Path, tmp_path: Path) -> None:
    out, fresh = tmp_path / "all.tmx", tmp_path / "fresh.db"
    code, _, stderr = run("export", str(mixed), "-o", str(out))
    assert code == 0, stderr
    code, _, stderr = run("import", str(fresh), str(out))
    assert code == 0, stderr
    assert stderr.splitlines()[0].startswith("aligner: 2 memories imported, 0 replaced, "
                                             "0 unchanged, of 2; ")
    conn = sqlite3.connect(fresh)
    try:
        assert conn.execute("SELECT name, src_lang, tgt_lang FROM documents ORDER BY name"
                            ).fetchall() == [("tm/all.tmx/en-es", "en", "es"),
                                             ("tm/all.tmx/es-en", "es", "en")]
    finally:
        conn.close()
    before, after = _units(mixed), _units(fresh)
    assert after == before
    # the en -> es notes, each unit in its own direction (not read es -> en)
    assert after[("en", "es")] == EN_ES_UNITS
    # one file read in two pairs is no copy of itself; imported again, nothing changes
    code, _, stderr = run("export", str(fresh), "-o", str(tmp_path / "back.tmx"))
    assert code == 0 and "copy" not in stderr, stderr
    code, _, stderr = run("import", str(fresh), str(out))
    assert code == 0 and "0 memories imported, 0 replaced, 2 unchanged, of 2" in stderr, stderr
    # languages given: one document of that pair, every unit read in it, as before
    code, _, stderr = run("import", str(tmp_path / "one.db"), str(out), "--src-lang", "es",
                          "--tgt-lang", "en")
    assert code == 0, stderr
    assert list(_units(tmp_path / "one.db")) == [("es", "en")]
    assert len(_units(tmp_path / "one.db")[("es", "en")]) == len(before[("es", "en")]) + 4
