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
    # each page named after its document, and linked so from the index
    assert sorted(_tree(out)) == ["docs/2021_mina.html", "docs/2021_puerto.html",
                                  "docs/2022_campo.html", "docs/2022_fabrica.html",
                                  "index.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="docs/2021_puerto.html">2021/puerto</a>' in index
    assert stat.S_IMODE((out / "docs").stat().st_mode) == 0o777 & ~current_umask()


def test_a_failed_run_leaves_the_previous_report_as_it_was(
        tmp_path: Path, collection: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "review"
    assert run("report", str(collection), "-o", str(out))[0] == 0
    before = _tree(out)
    _fail_on_page(monkeypatch, 3)
    code, _, stderr = run("report", str(collection), "-o", str(out))
    assert (code, stderr) == (2, f"aligner: error: {out / 'docs' / '2022_campo.html'}: cannot "
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


@pytest.mark.parametrize("page", ["index.html", "docs/2021_puerto.html"])
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


def test_a_report_of_numbered_pages_is_replaced_by_named_ones(tmp_path: Path,
                                                             collection: Path) -> None:
    """Pages an earlier aligner numbered (docs/00001.html) are its own: replaced."""
    out = tmp_path / "review"
    assert run("report", str(collection), "-o", str(out))[0] == 0
    (out / "docs" / "2021_mina.html").rename(out / "docs" / "00001.html")
    code, _, stderr = run("report", str(collection), "-o", str(out))
    assert code == 0, stderr
    assert not (out / "docs" / "00001.html").exists()
    assert (out / "docs" / "2021_mina.html").is_file()


def test_page_names_are_safe_unique_and_the_same_each_time() -> None:
    taken = {"index"}
    names = ["2021/puerto", "Bericht 2026 (final)", "../etc/passwd", "Año/niño", "CON",
             "index", "a b", "a_b", "A_B", "...", "x" * 200]
    pages_ = [pages.page_name(name, taken) for name in names]
    assert pages_ == ["2021_puerto.html", "Bericht_2026_final.html", "etc_passwd.html",
                      "Año_niño.html", "document_CON.html", "index-2.html", "a_b.html",
                      "a_b-2.html", "A_B-3.html", "document.html", "x" * 80 + ".html"]
    assert [pages.page_name(name, {"index"}) for name in names[:3]] == pages_[:3]
