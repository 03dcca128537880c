"""The glossary a saved alignment records: where it is written, how it is read back."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from aligner.formats.alignment_json import read_alignment_json, write_alignment_json
from aligner.formats.glossary_record import glossary_record, recorded_glossary
from aligner.model import Alignment, Bead

AL = Alignment(("Hola.",), ("Hello.",), (Bead((0,), (0,), 0.9),), "es", "en")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "work" / "out").mkdir(parents=True)
    (tmp_path / "work" / "museo.tsv").write_bytes(b"es\ten\n")
    return tmp_path / "work"


def test_the_path_is_relative_to_the_saved_alignments_folder(tree: Path) -> None:
    record = glossary_record(tree / "museo.tsv", tree / "out")
    assert record["path"] == "../museo.tsv"
    assert record["sha256"] == hashlib.sha256(b"es\ten\n").hexdigest()


def test_a_record_is_written_only_when_given_and_older_files_have_none(tree: Path) -> None:
    write_alignment_json(AL, tree / "out" / "a.json")
    assert "glossary" not in json.loads((tree / "out" / "a.json").read_text())
    assert recorded_glossary(tree / "out" / "a.json") is None
    write_alignment_json(AL, tree / "out" / "b.json",
                         glossary=glossary_record(tree / "museo.tsv", tree / "out"))
    assert read_alignment_json(tree / "out" / "b.json") == AL  # read as it was
    found = recorded_glossary(tree / "out" / "b.json")
    assert found is not None and found.written == "../museo.tsv"
    assert Path(found.path).resolve() == (tree / "museo.tsv").resolve()
    assert found.exists and not found.changed


def test_a_changed_glossary_is_said_and_a_gone_one_too(tree: Path) -> None:
    saved = tree / "out" / "b.json"
    write_alignment_json(AL, saved, glossary=glossary_record(tree / "museo.tsv", tree / "out"))
    (tree / "museo.tsv").write_bytes(b"es\ten\nmuseo\tmuseum\n")
    found = recorded_glossary(saved)
    assert found is not None and found.exists and found.changed
    (tree / "museo.tsv").unlink()
    found = recorded_glossary(saved)
    assert found is not None and not found.exists and not found.changed


def test_a_moved_folder_with_its_glossary_still_finds_it(tree: Path, tmp_path: Path) -> None:
    write_alignment_json(AL, tree / "out" / "b.json",
                         glossary=glossary_record(tree / "museo.tsv", tree / "out"))
    tree.rename(tmp_path / "moved")
    found = recorded_glossary(tmp_path / "moved" / "out" / "b.json")
    assert found is not None and found.exists


@pytest.mark.parametrize("content", ['{"glossary": {"path": "g.tsv"}}', "not json", "[1]"])
def test_no_saved_alignment_has_no_record(tmp_path: Path, content: str) -> None:
    path = tmp_path / "en.json"  # an i18n bundle with a "glossary" key among its strings
    path.write_text(content, encoding="utf-8")
    assert recorded_glossary(path) is None


def test_a_relative_path_is_written_with_the_absolute_one_and_an_absolute_alone(
        tree: Path, tmp_path: Path) -> None:
    record = glossary_record(tree / "museo.tsv", tree / "out")
    assert list(record) == ["path", "absolute", "sha256"]
    assert record["absolute"] == (tree / "museo.tsv").resolve().as_posix()
    # no folder in common below the root: the path is absolute, and not written twice
    alone = glossary_record(tree / "museo.tsv", Path("/"))
    assert list(alone) == ["path", "sha256"] and Path(alone["path"]).is_absolute()


def test_a_copy_alone_elsewhere_finds_the_same_glossary_at_its_absolute_path(
        tree: Path, tmp_path: Path) -> None:
    """An Arabic walk copied out/report.alignment.json to the folder above and lost the
    glossary its relative path ``../glossary.tsv`` named from out/."""
    write_alignment_json(AL, tree / "out" / "b.json",
                         glossary=glossary_record(tree / "museo.tsv", tree / "out"))
    copy = tree / "edit.json"
    copy.write_bytes((tree / "out" / "b.json").read_bytes())
    found = recorded_glossary(copy)
    assert found is not None and found.exists and not found.changed and found.by_absolute
    assert found.path == (tree / "museo.tsv").resolve().as_posix()
    assert found.written == "../museo.tsv"
    # beside its glossary as recorded, the relative path is read, as before
    here = recorded_glossary(tree / "out" / "b.json")
    assert here is not None and here.exists and not here.by_absolute
    # other bytes at the absolute path: another file, not used, and said
    (tree / "museo.tsv").write_bytes(b"es\ten\nmuseo\tmuseum\n")
    other = recorded_glossary(copy)
    assert other is not None and not other.exists and not other.by_absolute
    assert other.not_same == (tree / "museo.tsv").resolve().as_posix()
    (tree / "museo.tsv").unlink()
    gone = recorded_glossary(copy)
    assert gone is not None and not gone.exists and gone.not_same == ""


def test_a_record_written_before_the_absolute_path_reads_as_before(tree: Path) -> None:
    saved = tree / "out" / "old.json"
    write_alignment_json(AL, saved, glossary={"path": "../museo.tsv", "sha256": "0" * 64})
    found = recorded_glossary(saved)
    assert found is not None and found.exists and found.changed and not found.by_absolute
    copy = tree / "old.json"
    copy.write_bytes(saved.read_bytes())
    gone = recorded_glossary(copy)
    assert gone is not None and not gone.exists and gone.not_same == ""
