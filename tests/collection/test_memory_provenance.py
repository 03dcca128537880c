"""A collection exported, imported into another and exported again keeps each unit's
own account of where it came from: its source and target files, sentence numbers (and
subtitle cues) as the first export wrote them.  The memory's own name stands as the
document (``x-document``): the collection holds it as one memory."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tests.collection.conftest import DOCS, batch_es_en, run, write_folders

_PROVENANCE = ("x-src-document", "x-tgt-document", "x-src-sentences", "x-tgt-sentences")


def _props(path: Path) -> list[dict[str, str]]:
    return [{p.get("type"): p.text or "" for p in tu.iter("prop")}
            for tu in etree.parse(str(path)).getroot().iter("tu")]


def test_an_imported_export_keeps_each_unit_s_files_and_sentences(tmp_path: Path) -> None:
    write_folders(tmp_path / "files")
    db = batch_es_en(tmp_path / "files", tmp_path / "c.db")
    first, again = tmp_path / "a.tmx", tmp_path / "b.tmx"
    assert run("export", str(db), "-o", str(first))[0] == 0
    assert run("import", str(tmp_path / "moved.db"), str(first))[0] == 0
    assert run("export", str(tmp_path / "moved.db"), "-o", str(again))[0] == 0
    before, after = _props(first), _props(again)
    assert len(before) == len(after) > 0
    # written by hand: the first document by name, the mine, its first sentence on each side
    assert {p: before[0][p] for p in _PROVENANCE} == {
        "x-src-document": "mina.es.txt", "x-tgt-document": "mina.en.txt",
        "x-src-sentences": "1", "x-tgt-sentences": "1"}
    for was, now in zip(before, after, strict=True):
        assert {p: now.get(p) for p in _PROVENANCE} == {p: was.get(p) for p in _PROVENANCE}
        assert was["x-document"] in DOCS
        assert now["x-document"] == "tm/a.tmx"
