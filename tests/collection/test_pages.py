"""A collection's report folder: all of the new report, or the old one as it was."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

import aligner.collection.pages as pages
from aligner.errors import OutputError
from aligner.fileio import current_umask
from tests.collection.conftest import run


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _fail_on_page(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    write, calls = pages.write_report, []

    def failing(data: object, path: Path) -> None:
        calls.append(path)
        if len(calls) == n:
            raise OutputError("cannot write: No space left on device", path=str(path),
                              reason="No space left on device")
        write(data, path)  # type: ignore[arg-type]

    monkeypatch.setattr(pages, "write_report", failing)


def test_a_report_is_written_whole(tmp_path: Path, collection: Path) -> None:
    out = tmp_path / "review"
    code, _, stderr = run("report", str(collection), "-o", str(out))
    assert code == 0, stderr
    assert sorted(_tree(out)) == ["docs/00001.html", "docs/00002.html", "docs/00003.html",
                                  "docs/00004.html", "index.html"]
    assert stat.S_IMODE((out / "docs").stat().st_mode) == 0o777 & ~current_umask()


def test_a_failed_run_leaves_the_previous_report_as_it_was(
        tmp_path: Path, collection: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "review"
    assert run("report", str(collection), "-o", str(out))[0] == 0
    before = _tree(out)
    _fail_on_page(monkeypatch, 3)
    code, _, stderr = run("report", str(collection), "-o", str(out))
    assert (code, stderr) == (2, f"aligner: error: {out / 'docs' / '00003.html'}: cannot "
                                 "write: No space left on device\n")
    assert _tree(out) == before
    assert sorted(p.name for p in out.iterdir()) == ["docs", "index.html"]  # no staging left


def test_a_failed_first_run_leaves_no_folder(tmp_path: Path, collection: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "new" / "review"
    _fail_on_page(monkeypatch, 1)
    assert run("report", str(collection), "-o", str(out))[0] == 2
    assert not out.exists()


def test_a_folder_holding_other_files_is_refused(tmp_path: Path, collection: Path) -> None:
    out = tmp_path / "project"
    (out / "docs").mkdir(parents=True)
    (out / "docs" / "notes.md").write_text("mine", encoding="utf-8")
    code, _, stderr = run("report", str(collection), "-o", str(out))
    assert (code, stderr) == (2, f"aligner: error: {out / 'docs'}: holds files a report did not "
                                 "write (notes.md), which the report would replace; give the "
                                 "report a folder of its own\n")
    (out / "docs" / "notes.md").unlink()
    (out / "index.html").write_text("<p>mine</p>", encoding="utf-8")
    code, _, stderr = run("report", str(collection), "-o", str(out))
    assert code == 2 and "index.html: was not written by aligner report" in stderr
    assert (out / "index.html").read_text(encoding="utf-8") == "<p>mine</p>"
    assert sorted(p.name for p in out.iterdir()) == ["docs", "index.html"]


@pytest.mark.parametrize("page", ["index.html", "docs/00002.html"])
def test_a_read_only_page_is_refused_and_the_report_kept(tmp_path: Path, collection: Path,
                                                         page: str) -> None:
    """The new pages take the old ones' places by renames, which replaced chmod-444 pages."""
    out = tmp_path / "review"
    assert run("report", str(collection), "-o", str(out))[0] == 0
    (out / page).chmod(0o444)
    before = _tree(out)
    code, _, stderr = run("report", str(collection), "-o", str(out))
    assert (code, stderr) == (2, f"aligner: error: {out / page}: is read-only: make it "
                                 "writable (chmod u+w) to replace it, or give another name\n")
    assert _tree(out) == before
