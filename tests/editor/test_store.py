"""The JSON-file store and the edit session: saved at once, logged, replayed, undone."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from aligner.editor.edits import Edit, EditError, Op
from aligner.editor.session import EditSession
from aligner.editor.store import ChangedBehind, JsonFileStore, VersionConflict
from aligner.errors import AlignerError, ConfigError, FormatError
from aligner.fileio import cannot_write
from aligner.formats.alignment_json import (
    alignment_to_json,
    read_alignment_json,
    write_alignment_json,
)
from aligner.model import Alignment, Bead, ReviewState, Side

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
AL = Alignment(("a", "b", "c"), ("x", "y", "z"),
               (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.4), Bead((2,), (2,), 0.8)), "es", "en")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "doc.json"
    write_alignment_json(AL, p)
    return p


def _session(path: Path) -> EditSession:
    return EditSession(JsonFileStore(path), clock=lambda: NOW)


def _shape(al: Alignment) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.src, b.tgt) for b in al.beads]


def test_every_edit_is_in_the_file_and_the_log_at_once(path: Path) -> None:
    session = _session(path)
    snap = session.edit(Edit(Op.MERGE_NEXT, 0), 0)
    assert snap.version == 1 and snap.can_undo and not snap.can_redo
    saved = read_alignment_json(path)  # an ordinary saved alignment still
    assert _shape(saved) == [((0, 1), (0, 1)), ((2,), (2,))]
    assert saved.beads[0].review is not None
    assert saved.beads[0].review.state is ReviewState.EDITED
    assert json.loads(path.read_text())["revision"] == 1
    log = [json.loads(line) for line in Path(f"{path}.log.jsonl").read_text().splitlines()]
    assert [(r["version"], r["op"], r["bead"], r["start"]) for r in log] == [
        (1, "merge-next", 0, 0)]
    assert log[0]["before"][1]["src"] == [1] and log[0]["after"][0]["src"] == [0, 1]
    assert log[0]["time"].startswith("2026-11-25T09:30:00")


def test_an_edit_on_an_older_version_is_refused(path: Path) -> None:
    session = _session(path)
    session.edit(Edit(Op.CONFIRM, 0), 0)
    with pytest.raises(VersionConflict) as caught:
        session.edit(Edit(Op.CONFIRM, 1), 0)
    assert caught.value.current == 1
    assert read_alignment_json(path).beads[1].review is None


def test_a_refused_edit_changes_nothing(path: Path) -> None:
    session = _session(path)
    before = path.read_bytes()
    with pytest.raises(EditError):
        session.edit(Edit(Op.MERGE_NEXT, 2), 0)
    assert path.read_bytes() == before and session.snapshot().version == 0
    assert Path(f"{path}.log.jsonl").read_text() == ""


def test_undo_and_redo_survive_a_restart(path: Path) -> None:
    session = _session(path)
    session.edit(Edit(Op.MERGE_NEXT, 0), 0)
    session.edit(Edit(Op.DETACH_LAST, 1, Side.TARGET), 1)
    session.undo(2)
    session.store.close()

    again = _session(path)  # a new server on the same file
    snap = again.snapshot()
    assert snap.version == 3 and snap.can_undo and snap.can_redo
    assert _shape(snap.alignment) == [((0, 1), (0, 1)), ((2,), (2,))]
    snap = again.redo(3)
    assert _shape(snap.alignment) == [((0, 1), (0, 1)), ((2,), ()), ((), (2,))]
    again.undo(4)
    snap = again.undo(5)
    assert _shape(snap.alignment) == _shape(AL) and not snap.can_undo
    assert snap.alignment.beads == AL.beads
    with pytest.raises(EditError, match="nothing to undo"):
        again.undo(6)
    again.redo(6)
    snap = again.edit(Edit(Op.CONFIRM, 1), 7)  # a new edit forgets what could be redone
    assert not snap.can_redo


class _Crash(BaseException):
    """The process dies (nothing after it runs, no handler catches it)."""


def test_the_status_says_what_an_undo_or_a_redo_undid_or_redid(path: Path) -> None:
    """Ctrl+Z then Ctrl+Y said "redid redo" (the French editor's walk): each says the
    edit it undid or made again, through any chain of undos and redos."""
    session = _session(path)
    session.edit(Edit(Op.MERGE_NEXT, 0), 0)
    said = []
    for version, step in enumerate(["undo", "redo", "undo", "redo", "undo"], start=1):
        said.append(getattr(session, step)(version).message)
    assert said == ["undid merge-next", "redid merge-next", "undid the redo of merge-next",
                    "redid merge-next", "undid the redo of merge-next"]
    session.store.close()
    # after a restart, from the log alone
    assert _session(path).redo(6).message == "redid merge-next"


def test_a_record_logged_before_a_crash_is_replayed(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session = _session(path)
    write = JsonFileStore._write_json

    def crash_once_logged(self: JsonFileStore) -> None:
        if self.records():  # the record is in the log: die before the JSON is replaced
            raise _Crash
        write(self)

    monkeypatch.setattr(JsonFileStore, "_write_json", crash_once_logged)
    with pytest.raises(_Crash):
        session.edit(Edit(Op.MERGE_NEXT, 0), 0)
    session.store.close()
    monkeypatch.undo()
    assert "revision" not in path.read_text() or json.loads(path.read_text())["revision"] == 0
    store = JsonFileStore(path)
    alignment, version = store.load()
    assert version == 1 and _shape(alignment) == [((0, 1), (0, 1)), ((2,), (2,))]
    assert json.loads(path.read_text())["revision"] == 1
    store.close()


def test_a_log_line_cut_short_by_a_crash_is_dropped(path: Path) -> None:
    session = _session(path)
    session.edit(Edit(Op.CONFIRM, 0), 0)
    session.store.close()
    log = Path(f"{path}.log.jsonl")
    log.write_bytes(log.read_bytes() + b'{"version": 2, "op": "mer')
    store = JsonFileStore(path)
    assert store.load()[1] == 1 and len(store.records()) == 1
    store.close()
    assert log.read_bytes().endswith(b"}\n")


def test_a_second_editor_on_the_same_file_is_refused(path: Path) -> None:
    store = JsonFileStore(path)
    with pytest.raises(AlignerError, match="another aligner review is editing"):
        JsonFileStore(path)
    store.close()
    JsonFileStore(path).close()


def test_a_log_of_another_file_is_refused(path: Path, tmp_path: Path) -> None:
    session = _session(path)
    session.edit(Edit(Op.MERGE_NEXT, 1), 0)
    session.store.close()
    other = Alignment(("a", "b", "c"), ("x", "y", "z"),
                      (Bead((0, 1), (0,)), Bead((2,), (1, 2))), "es", "en")
    with pytest.raises(ConfigError, match="holds a review"):  # aligner will not do it
        write_alignment_json(other, path)
    # another program will: the file replaced, the old log left beside it
    path.write_text(json.dumps(alignment_to_json(other)), encoding="utf-8")
    with pytest.raises(FormatError, match="move it away"):
        JsonFileStore(path)


def test_a_broken_log_line_names_the_line(path: Path) -> None:
    Path(f"{path}.log.jsonl").write_text("not json\n")
    with pytest.raises(FormatError, match=r"log\.jsonl:1"):
        JsonFileStore(path)


def test_a_file_that_cannot_be_replaced_keeps_the_edit_in_the_log(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session = _session(path)
    session.edit(Edit(Op.CONFIRM, 2), 0)  # the log is started (and the file given its id)

    def full_disk(self: JsonFileStore) -> None:  # what atomic_write raises then
        raise cannot_write(self.path, OSError(28, "No space left on device"))

    monkeypatch.setattr(JsonFileStore, "_write_json", full_disk)
    with pytest.raises(AlignerError, match="the edit is in the log, but the file could not be "
                       "replaced: No space left on device"):
        session.edit(Edit(Op.MERGE_NEXT, 0), 1)
    assert session.store.behind  # what aligner review says when it stops
    session.store.close()
    monkeypatch.undo()
    store = JsonFileStore(path)  # the next start replays it
    assert store.load()[1] == 2 and len(store.load()[0].beads) == 2
    assert not store.behind
    store.close()


def _fail_replacing(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on the JSON cannot be replaced (as on a folder made read-only)."""
    def read_only(self: JsonFileStore) -> None:
        raise cannot_write(self.path, OSError(1, "Operation not permitted"))

    monkeypatch.setattr(JsonFileStore, "_write_json", read_only)


def test_after_a_failed_save_undo_and_redo_follow_the_log(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session = _session(path)
    session.edit(Edit(Op.CONFIRM, 2), 0)
    _fail_replacing(monkeypatch)
    with pytest.raises(AlignerError, match="the edit is in the log"):
        session.edit(Edit(Op.MERGE_NEXT, 0), 1)
    snap = session.snapshot()
    assert snap.version == 2 and snap.can_undo  # the session is where the log is
    with pytest.raises(AlignerError, match="the edit is in the log"):
        session.undo(2)
    with pytest.raises(AlignerError, match="the edit is in the log"):
        session.edit(Edit(Op.DETACH_LAST, 1, Side.TARGET), 3)
    with pytest.raises(AlignerError, match="the edit is in the log"):
        session.undo(4)  # was a KeyError: the session did not know record 4
    snap = session.snapshot()
    assert snap.version == 5 and snap.can_undo and snap.can_redo
    assert _shape(snap.alignment) == _shape(AL)
    monkeypatch.undo()
    snap = session.redo(5)  # the first save that works writes everything
    assert snap.version == 6
    saved = json.loads(path.read_text())
    assert saved["revision"] == 6
    assert _shape(read_alignment_json(path)) == [((0,), (0,)), ((1,), ()), ((), (1,)),
                                                 ((2,), (2,))]
    for version in (6, 7):  # the detach (redone), then the confirm
        snap = session.undo(version)
    assert snap.alignment.beads == AL.beads and not snap.can_undo
    session.store.close()
    again = _session(path)  # the same history after a restart
    assert again.snapshot().version == 8 and again.snapshot().can_redo
    again.store.close()


def test_the_first_edit_that_cannot_be_saved_is_not_logged(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session = _session(path)
    _fail_replacing(monkeypatch)
    with pytest.raises(AlignerError, match="not saved"):
        session.edit(Edit(Op.CONFIRM, 0), 0)
    snap = session.snapshot()
    assert snap.version == 0 and not snap.can_undo
    assert Path(f"{path}.log.jsonl").read_text() == ""
    monkeypatch.undo()
    assert session.edit(Edit(Op.CONFIRM, 0), 0).version == 1


def test_the_log_and_the_json_share_an_id(path: Path) -> None:
    session = _session(path)
    session.edit(Edit(Op.CONFIRM, 0), 0)
    session.edit(Edit(Op.CONFIRM, 1), 1)
    session.store.close()
    saved = json.loads(path.read_text())
    log = [json.loads(line) for line in Path(f"{path}.log.jsonl").read_text().splitlines()]
    assert isinstance(saved["log_id"], str) and log[0]["log_id"] == saved["log_id"]
    assert "log_id" not in log[1]
    read_alignment_json(path)  # every command still reads it


def test_a_log_left_beside_an_alignment_made_again_is_refused(path: Path) -> None:
    session = _session(path)
    session.edit(Edit(Op.CONFIRM, 0), 0)
    session.store.close()
    with pytest.raises(ConfigError, match="holds a review"):  # aligner will not do it
        write_alignment_json(AL, path)
    # the same alignment made again by another program: the edits do fit
    path.write_text(json.dumps(alignment_to_json(AL)), encoding="utf-8")
    with pytest.raises(FormatError, match=r"doc\.json\.log\.jsonl: .*move it away"):
        JsonFileStore(path)
    Path(f"{path}.log.jsonl").rename(path.with_suffix(".old-log"))
    store = JsonFileStore(path)
    assert store.load()[1] == 0 and store.load()[0].beads[0].review is None
    store.close()


def test_an_old_log_without_an_id_is_still_replayed(path: Path) -> None:
    from aligner.editor.edits import plan
    from aligner.editor.store import Record, record_to_json

    change = plan(AL, Edit(Op.MERGE_NEXT, 0), NOW)
    line = json.dumps(record_to_json(Record(1, NOW, "merge-next", change, 0)))
    Path(f"{path}.log.jsonl").write_text(line + "\n")  # as aligner review wrote it before
    store = JsonFileStore(path)
    assert store.load()[1] == 1 and len(store.load()[0].beads) == 2
    store.close()


def test_a_log_that_cannot_be_created_is_an_error_naming_it(path: Path) -> None:
    Path(f"{path}.log.jsonl").mkdir()
    with pytest.raises(AlignerError, match=r"doc\.json\.log\.jsonl: cannot open the edit log"):
        JsonFileStore(path)


def test_realign_uses_the_options_the_file_was_made_with(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    import aligner.align.realign
    from aligner.align.options import AlignOptions
    from aligner.editor.session import options_from_settings

    settings = {"encoder": "none", "lam_lex": "3.5", "passes": "1", "adapt_priors": "False",
                "aligner": "aligner 1.0", "fixed_beads": "2", "min_width": "many"}
    assert options_from_settings(settings) == AlignOptions(
        encoder="none", lam_lex=3.5, passes=1, adapt_priors=False)
    assert options_from_settings({"encoder": "use-multilingual-v3"}).encoder == "auto"
    assert options_from_settings({}) == AlignOptions()

    write_alignment_json(replace(AL, settings=settings), path)
    seen: list[AlignOptions | None] = []

    def spy(alignment: Alignment, fixed: object, **kw: AlignOptions | None) -> Alignment:
        seen.append(kw["options"])
        return alignment

    monkeypatch.setattr(aligner.align.realign, "realign", spy)
    session = _session(path)
    session.realign(0)
    assert seen == [options_from_settings(settings)]
    session.store.close()


def test_a_log_line_half_written_on_a_full_disk_is_taken_back(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    session = _session(path)
    session.edit(Edit(Op.CONFIRM, 0), 0)
    write = os.write

    def half_then_full(fd: int, data: bytes) -> int:
        write(fd, bytes(data[:10]))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(AlignerError, match="not saved: cannot write the edit log: No space"):
        session.edit(Edit(Op.CONFIRM, 1), 1)
    monkeypatch.undo()
    assert session.snapshot().version == 1 and len(session.store.records()) == 1
    session.edit(Edit(Op.CONFIRM, 1), 1)  # after the space is back: a whole line
    session.store.close()
    store = JsonFileStore(path)
    assert store.load()[1] == 2 and len(store.records()) == 2
    store.close()


def test_a_file_replaced_behind_the_editor_is_not_overwritten(path: Path) -> None:
    session = _session(path)
    session.edit(Edit(Op.CONFIRM, 0), 0)
    other = Alignment(("a",), ("x",), (Bead((0,), (0,)),), "es", "en")
    Path(f"{path}.new").write_text(json.dumps(alignment_to_json(other)), encoding="utf-8")
    Path(f"{path}.new").replace(path)  # aligner align -o, or an editor, writes over it
    written = path.read_bytes()
    with pytest.raises(ChangedBehind, match="replaced by another program"):
        session.edit(Edit(Op.CONFIRM, 1), 1)
    assert path.read_bytes() == written
    session.store.close()


def test_a_review_without_an_edit_leaves_no_log(path: Path) -> None:
    """Opening a file in the editor and looking is no review: nothing stays beside it,
    and the file may be aligned again."""
    log = Path(f"{path}.log.jsonl")
    JsonFileStore(path).close()
    assert not log.exists()
    write_alignment_json(AL, path)  # not refused: there is no review to lose


def test_a_review_with_an_edit_keeps_its_log(path: Path) -> None:
    session = _session(path)
    session.edit(Edit(Op.MERGE_NEXT, 0), 0)
    session.store.close()
    assert Path(f"{path}.log.jsonl").stat().st_size > 0
    with pytest.raises(ConfigError, match="holds a review"):
        write_alignment_json(AL, path)


def test_an_empty_log_left_by_a_killed_review_is_no_review(path: Path) -> None:
    Path(f"{path}.log.jsonl").write_bytes(b"")  # a review killed before its first edit
    write_alignment_json(AL, path)  # not refused
    store = JsonFileStore(path)  # and a review opens it as a new log
    store.close()


def test_a_second_review_waits_for_no_removed_log(path: Path) -> None:
    """The first review holds the log; a second is refused, and once the first has gone
    (removing its empty log), a third opens a log of its own at the path."""
    first = JsonFileStore(path)
    with pytest.raises(AlignerError, match="another aligner review is editing this file"):
        JsonFileStore(path)
    first.close()
    third = JsonFileStore(path)
    assert Path(f"{path}.log.jsonl").exists()
    third.close()


def test_a_text_edit_is_saved_logged_with_the_original_text_and_undone_after_a_restart(
        path: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from aligner.cli.main import cli

    session = _session(path)
    session.edit(Edit(Op.TEXT, 1, Side.TARGET, ("y, corrected",)), 0)
    saved = read_alignment_json(path)
    assert saved.tgt_sentences == ("x", "y, corrected", "z")
    assert saved.beads[1].review is not None
    assert saved.beads[1].review.state is ReviewState.EDITED
    log = [json.loads(line) for line in Path(f"{path}.log.jsonl").read_text().splitlines()]
    assert (log[0]["op"], log[0]["side"]) == ("text", "target")
    assert log[0]["texts"] == [{"side": "tgt", "sentence": 1, "before": "y",
                                "after": "y, corrected"}]
    out = tmp_path / "out.tsv"
    result = CliRunner().invoke(cli, ["export", str(path), "-o", str(out), "--reviewed-only"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines()[-1].split("\t")[:2] == [
        "b", "y, corrected"]
    session.store.close()

    again = _session(path)  # the log is read back, texts and all
    snap = again.undo(1)
    assert snap.alignment.tgt_sentences == AL.tgt_sentences
    assert snap.alignment.beads == AL.beads
    assert read_alignment_json(path).tgt_sentences == AL.tgt_sentences
    again.store.close()
