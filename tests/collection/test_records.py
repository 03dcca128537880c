"""A memory imported into a collection keeps what each unit said of itself -- its
attributes, props, notes, those of its ``tuv``s and its inline codes -- so that
``aligner import c.db m.tmx && aligner export c.db -o out.tmx`` gives its units back.
The memory and the units expected back are written by hand and compared after
parsing (:func:`tests.formats.test_tmx_record.units`), never as the tool's bytes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from aligner.formats.xliff import read_xliff
from tests._tools import assert_valid_tmx
from tests.collection.conftest import run
from tests.formats.test_tmx_record import units

MEMORY = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="Wordfast" creationtoolversion="8" segtype="sentence" o-tmf="wf"
 adminlang="en" srclang="es" datatype="plaintext" creationdate="20190506T070809Z"/>
<body>
<tu tuid="a-1" creationdate="20210304T101112Z" creationid="ana"
 changedate="20220101T000000Z" changeid="bo">
<prop type="x-client">Faros del Sur</prop>
<prop type="x-score">0.91</prop>
<note>Approved by the client.</note>
<tuv xml:lang="es"><prop type="x-style">formal</prop><seg>Encienda el <bpt i="1"
 x="1">&lt;b&gt;</bpt>faro<ept i="1">&lt;/b&gt;</ept> al anochecer.</seg></tuv>
<tuv xml:lang="en"><note>Not "beacon".</note><seg>Light the <bpt i="1"
 x="1">&lt;b&gt;</bpt>lighthouse<ept i="1">&lt;/b&gt;</ept> at dusk.</seg></tuv>
</tu>
<tu tuid="a-2" changeid="carla">
<prop type="x-client">Faros del Sur</prop>
<tuv xml:lang="es"><seg>La lámpara<ph x="1">&lt;br/&gt;</ph>gira sin parar.</seg></tuv>
<tuv xml:lang="en"><seg>The lamp<ph x="1">&lt;br/&gt;</ph>turns without rest.</seg></tuv>
</tu>
<tu>
<note>No id, no score.</note>
<tuv xml:lang="es"><seg>El guardián duerme de día.</seg></tuv>
<tuv xml:lang="en"><seg>The keeper sleeps by day.</seg></tuv>
</tu>
</body>
</tmx>
"""

# Each unit as it must come back, by hand: the header's creationtool, its version and
# creationdate are the units' own now (TMX 1.4b inheritance; the file written has a
# header of its own); the score as export writes it; the collection's document name
# (x-document) on each; no tuid made up for the unit that had none; ``i``/``x`` by
# the pairing they make.
WORDFAST = {"creationtool": "Wordfast", "creationtoolversion": "8"}
DOC = ("x-document", "tm/faros.tmx")
BOLD = [("bpt", "<b>", "i1", "x1"), ("ept", "</b>", "i1", None)]
EXPECTED: list[dict[str, Any]] = [
    {"attributes": {**WORDFAST, "tuid": "a-1", "creationdate": "20210304T101112Z",
                    "creationid": "ana", "changedate": "20220101T000000Z", "changeid": "bo"},
     "props": [("x-client", "Faros del Sur"), ("x-score", "0.9100"), DOC],
     "notes": ["Approved by the client."],
     "tuvs": [("es", [("x-style", "formal")], [],
               ["Encienda el ", BOLD[0], "faro", BOLD[1], " al anochecer."]),
              ("en", [], ['Not "beacon".'],
               ["Light the ", BOLD[0], "lighthouse", BOLD[1], " at dusk."])]},
    {"attributes": {**WORDFAST, "tuid": "a-2", "creationdate": "20190506T070809Z",
                    "changeid": "carla"},
     "props": [("x-client", "Faros del Sur"), DOC], "notes": [],
     "tuvs": [("es", [], [], ["La lámpara", ("ph", "<br/>", None, "x1"), "gira sin parar."]),
              ("en", [], [], ["The lamp", ("ph", "<br/>", None, "x1"),
                              "turns without rest."])]},
    {"attributes": {**WORDFAST, "creationdate": "20190506T070809Z"},
     "props": [DOC], "notes": ["No id, no score."],
     "tuvs": [("es", [], [], ["El guardián duerme de día."]),
              ("en", [], [], ["The keeper sleeps by day."])]},
]


def _memory(tmp_path: Path, text: str = MEMORY) -> Path:
    path = tmp_path / "faros.tmx"
    path.write_text(text, encoding="utf-8")
    return path


def _ok(*args: str) -> str:
    code, _, stderr = run(*args)
    assert code == 0, stderr
    return stderr


def _exported(db: Path, out: Path, *args: str) -> Path:
    _ok("export", str(db), "-o", str(out), *args)
    return out


def _dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_an_imported_tmx_is_exported_unit_for_unit(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    _ok("import", str(db), str(_memory(tmp_path)))
    out = _exported(db, tmp_path / "out.tmx")
    assert_valid_tmx(out)
    assert units(out) == EXPECTED


def test_the_collection_holds_plain_texts_and_each_unit_s_record(
        collection: Path, tmp_path: Path) -> None:
    """What search, check and review read is the text without the codes; a pair's beads
    have no record."""
    _ok("import", str(collection), str(_memory(tmp_path)), "--src-lang", "es",
        "--tgt-lang", "en")
    conn = sqlite3.connect(collection)
    try:
        rows = dict(conn.execute(
            "SELECT b.source, b.record FROM beads b JOIN documents d ON d.id = b.doc "
            "WHERE d.kind = 'memory' ORDER BY b.unit"))
        assert conn.execute(
            "SELECT count(*) FROM beads b JOIN documents d ON d.id = b.doc "
            "WHERE d.kind = 'pair' AND b.record IS NOT NULL").fetchone() == (0,)
    finally:
        conn.close()
    assert list(rows) == ["Encienda el faro al anochecer.", "La lámparagira sin parar.",
                          "El guardián duerme de día."]
    first = json.loads(rows["Encienda el faro al anochecer."])
    assert first["unit"]["src"] == {"props": [["x-style", "formal"]]}
    assert first["src_codes"] == [[0, 12, "open", "x=1", "<b>"],
                                  [0, 16, "close", "x=1", "</b>"]]
    code, out, _ = run("search", str(collection), "faro")
    assert code == 0 and "Encienda el faro al anochecer." in out


def test_xliff_and_the_saved_alignment_from_the_collection_keep_them(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    _ok("import", str(db), str(_memory(tmp_path)))
    for version in ("xliff", "xliff12"):
        unit = read_xliff(_exported(db, tmp_path / f"{version}.xlf", "--format", version))[0]
        assert unit.source == "Encienda el {1}faro{/1} al anochecer."
        assert unit.target == "Light the {1}lighthouse{/1} at dusk."
        assert [t.code for t in unit.src_tags] == ["<b>", "</b>"]
    saved = json.loads(_exported(db, tmp_path / "m.json").read_text(encoding="utf-8"))
    assert saved["beads"][2]["unit"]["notes"] == ["No id, no score."]
    assert saved["tgt_codes"][2] == [1, 8, "standalone", "x=1", "<br/>"]
    # and back to TMX from there: the same units, less the collection's document name
    _ok("export", str(tmp_path / "m.json"), "-o", str(tmp_path / "back.tmx"))
    assert units(tmp_path / "back.tmx") == [
        {**u, "props": [p for p in u["props"] if p != DOC]} for u in EXPECTED]


def test_reimport_of_the_same_file_changes_nothing_and_a_changed_one_its_records(
        tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    memory = _memory(tmp_path)
    _ok("import", str(db), str(memory))
    dump = _dump(db)
    assert "1 unchanged" in _ok("import", str(db), str(memory))
    assert _dump(db) == dump
    _memory(tmp_path, MEMORY.replace("No id, no score.", "Checked again.")
            .replace('changeid="carla"', 'changeid="dora"'))
    assert "1 replaced" in _ok("import", str(db), str(memory))
    back = units(_exported(db, tmp_path / "out.tmx"))
    assert back[2]["notes"] == ["Checked again."]
    assert back[1]["attributes"]["changeid"] == "dora"
    assert back[0] == EXPECTED[0]


def test_a_unit_corrected_in_review_keeps_its_props_and_notes_and_loses_stale_codes(
        tmp_path: Path) -> None:
    """A corrected sentence's codes were at offsets into its old words: they go (as in a
    saved alignment); the other side keeps its own, the unit its props and notes, and
    a merge keeps what both units say alike and every code."""
    from aligner.editor.catalog import CollectionDocuments
    from aligner.editor.edits import Edit, Op
    from aligner.model import Side

    db = tmp_path / "c.db"
    _ok("import", str(db), str(_memory(tmp_path)))
    docs = CollectionDocuments(db)
    try:
        (summary,) = docs.summaries()
        session = docs[summary.id].session
        session.edit(Edit(Op.TEXT, 0, Side.TARGET, ("Light the lighthouse at sunset.",)), 0)
        session.edit(Edit(Op.MERGE_NEXT, 1), 1)
    finally:
        docs.close()
    back = units(_exported(db, tmp_path / "out.tmx"))
    assert len(back) == 2
    first, merged = back
    assert first["attributes"]["tuid"] == "a-1"
    assert first["props"] == [("x-client", "Faros del Sur"), ("x-score", "0.9100"),
                              ("x-reviewed", "edited"), DOC]
    assert first["notes"] == ["Approved by the client."]
    assert first["tuvs"] == [
        EXPECTED[0]["tuvs"][0],
        ("en", [], ['Not "beacon".'], ["Light the lighthouse at sunset."])]
    # units a-2 and the third: what both say (the header's tool and date), no tuid, no
    # note of one alone; the client only a-2 had is not the merged unit's; its score
    # is the collection's for a bead a person made, 1.0
    assert merged["attributes"] == {**WORDFAST, "creationdate": "20190506T070809Z",
                                    "changedate": merged["attributes"]["changedate"]}
    assert merged["props"] == [("x-score", "1.0000"), ("x-reviewed", "edited"), DOC]
    assert merged["notes"] == []
    assert merged["tuvs"][0][3] == ["La lámpara", ("ph", "<br/>", None, "x1"),
                                    "gira sin parar. El guardián duerme de día."]


def test_a_memory_imported_into_a_schema_7_collection_gets_its_records_when_imported_again(
        tmp_path: Path) -> None:
    """Schema 7 kept a unit's texts with its codes' placeholders, and nothing else of it:
    upgraded, it reads as it did; imported again (the reader changed: its settings
    differ), it is read anew, with its records."""
    from aligner.collection import schema

    memory = _memory(tmp_path)
    db = tmp_path / "v7.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.executescript(f"""{schema.SCHEMA_V1}
        PRAGMA application_id = {schema.APPLICATION_ID};
        PRAGMA user_version = 1;""")
    for version in range(2, 8):
        conn.executescript(schema.UPGRADES[version] + f"PRAGMA user_version = {version};")
    assert "record" not in {row[1] for row in conn.execute("PRAGMA table_info(beads)")}
    path = str(memory.resolve())
    conn.execute("INSERT INTO documents (name, src_path, tgt_path, src_hash, tgt_hash, "
                 "settings_hash, status, warnings, src_lang, tgt_lang, src_name, tgt_name, "
                 "settings, src_sentences, tgt_sentences, beads, seconds, forms, kind) VALUES "
                 "('tm/faros.tmx', ?1, ?1, ?2, ?2, 'import 1', 'aligned', '[]', 'es', 'en', "
                 "'faros.tmx', 'faros.tmx', '{}', 1, 1, 1, 0.0, 0, 'memory')",
                 (path, _hash(memory)))
    text = ("Encienda el {1}faro{/1} al anochecer.", "Light the {1}lighthouse{/1} at dusk.")
    conn.execute("INSERT INTO sentences VALUES (1, 'src', 0, ?, 0, 37, 0), "
                 "(1, 'tgt', 0, ?, 0, 36, 0)", text)
    conn.execute("INSERT INTO beads (doc, unit, src_first, src_count, tgt_first, tgt_count, "
                 "score, signals, source, target) VALUES (1, 0, 0, 1, 0, 1, 0.91, '{}', ?, ?)",
                 text)
    conn.close()

    stderr = _ok("export", str(db), "-o", str(tmp_path / "old.tmx"))
    assert "upgraded the collection from schema 7 to 19" in stderr
    (old,) = units(tmp_path / "old.tmx")  # as schema 7 exported it: the text, a new tuid
    assert old["tuvs"][0][3] == ["Encienda el {1}faro{/1} al anochecer."]
    assert old["attributes"]["tuid"] == "1"

    assert "1 replaced" in _ok("import", str(db), str(memory))
    out = _exported(db, tmp_path / "out.tmx")
    assert_valid_tmx(out)
    assert units(out) == EXPECTED


def _hash(path: Path) -> str:
    from aligner.collection.stored import content_hash

    return content_hash(path.read_bytes())


def test_a_record_that_is_not_what_import_writes_is_one_line_naming_it(
        tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    _ok("import", str(db), str(_memory(tmp_path)))
    conn = sqlite3.connect(db)
    conn.execute("UPDATE beads SET record = '{\"unit\": 3}' WHERE unit = 1")
    conn.commit()
    conn.close()
    code, _, stderr = run("export", str(db), "-o", str(tmp_path / "out.tmx"))
    assert code == 2
    assert stderr.strip().splitlines()[-1] == (
        f"aligner: error: {db}: tm/faros.tmx: beads.record of unit 1: unit: expected an "
        "object")


def test_a_memorys_codes_are_checked_in_the_collection(tmp_path: Path) -> None:
    """s30 walk item 2: check --tmx found a tag dropped in the target; the same memory
    imported into a collection (its codes kept beside the text) was checked clean."""
    tmx = tmp_path / "tags.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="de" '
        'datatype="plaintext"/><body><tu><tuv xml:lang="de"><seg>Der <bpt i="1">&lt;b&gt;'
        '</bpt>Lizenznehmer<ept i="1">&lt;/b&gt;</ept> zahlt.</seg></tuv><tuv xml:lang="en">'
        '<seg>The Licensee pays.</seg></tuv></tu></body></tmx>\n', encoding="utf-8")
    db = tmp_path / "c.db"
    assert run("import", str(db), str(tmx))[0] == 0
    code, out = run("check", str(db), "--format", "json", "--no-glossary")[:2]
    assert code == 1  # an error found
    assert [f["code"] for f in json.loads(out)["findings"]] == ["tag-mismatch"]


def test_a_code_s_type_and_assoc_go_through_the_collection(tmp_path: Path) -> None:
    """TMX -> import -> export: each code says again what it said beside its native code
    (the record's codes gain a sixth item; the schema is the same)."""
    from tests.formats.test_unit_json import TYPED, TYPED_CODES, seg_codes

    memory = tmp_path / "typed.tmx"
    memory.write_text(TYPED, encoding="utf-8")
    db = tmp_path / "c.db"
    _ok("import", str(db), str(memory))
    conn = sqlite3.connect(db)
    try:
        (record,) = conn.execute("SELECT record FROM beads").fetchone()
    finally:
        conn.close()
    assert json.loads(record)["tgt_codes"][0] == [0, 6, "open", "x=1", "<b>",
                                                  {"type": "bold"}]
    out = _exported(db, tmp_path / "out.tmx")
    assert_valid_tmx(out)
    assert seg_codes(out) == [TYPED_CODES, TYPED_CODES]
