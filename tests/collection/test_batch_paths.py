"""aligner batch: where a document's files are, whichever folder a run starts in."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from aligner.collection.store import open_collection
from tests.collection.conftest import run


def _pair(root: Path, name: str, es: str, en: str) -> None:
    for lang, text in (("es", es), ("en", en)):
        (root / lang).mkdir(parents=True, exist_ok=True)
        (root / lang / f"{name}.{lang}.txt").write_text(text, encoding="utf-8")


def _names(db: Path) -> set[str]:
    with open_collection(db) as c:
        return {d.name for d in c.documents()}


def test_prune_from_another_folder_keeps_the_documents_whose_files_are_there(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Paths were stored relative to the folder the run started in: a run started
    elsewhere found none of them and --prune took out documents whose files were there."""
    _pair(tmp_path / "jobs", "manual", "La garantía cubre dos años.\nLea el manual.\n",
          "The warranty covers two years.\nRead the manual.\n")
    _pair(tmp_path / "new", "aviso", "Aviso legal.\nEste sitio es nuestro.\n",
          "Legal notice.\nThis site is ours.\n")
    db = tmp_path / "c.db"
    monkeypatch.chdir(tmp_path / "jobs")
    assert run("batch", "es", "en", "--db", str(db))[0] == 0
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run("batch", "new/es", "new/en", "--db", str(db), "--prune")
    assert code == 0, stderr
    assert "removed" not in stderr and "gone" not in stderr, stderr
    assert _names(db) == {"manual", "aviso"}
    (tmp_path / "jobs/es/manual.es.txt").unlink()
    (tmp_path / "jobs/en/manual.en.txt").unlink()
    code, _, stderr = run("batch", "new/es", "new/en", "--db", str(db), "--prune")
    assert code == 0 and "removed 1 document whose files are gone: manual" in stderr, stderr
    assert _names(db) == {"aviso"}


def test_a_path_stored_relative_by_an_older_run_is_never_pruned(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _pair(tmp_path / "jobs", "manual", "Lea el manual.\n", "Read the manual.\n")
    _pair(tmp_path / "new", "aviso", "Aviso legal.\n", "Legal notice.\n")
    db = tmp_path / "c.db"
    assert run("batch", str(tmp_path / "jobs/es"), str(tmp_path / "jobs/en"), "--db",
               str(db))[0] == 0
    conn = sqlite3.connect(db)  # as aligner 0.1.0 stored them, run in jobs/
    conn.execute("UPDATE documents SET src_path = 'es/manual.es.txt', "
                 "tgt_path = 'en/manual.en.txt'")
    conn.commit()
    conn.close()
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run("batch", "new/es", "new/en", "--db", str(db), "--prune")
    assert code == 0 and "removed" not in stderr, stderr
    assert ("manual: its files are gone (no es/manual.es.txt); it stays in the collection "
            "and its exports (renamed? its new name is a document of its own); its paths "
            "are relative to the folder an earlier run started in, so --prune keeps it (run "
            "from that folder to prune it)") in stderr
    assert _names(db) == {"manual", "aviso"}


def test_a_document_of_the_same_name_from_another_folder_replaces_nothing(
        tmp_path: Path) -> None:
    """y2025/es/manual.es.txt silently replaced the stored manual of y2024, whose
    files were still there."""
    _pair(tmp_path / "y2024", "manual", "Manual de la cafetera Aroma 3000.\n",
          "Manual for the Aroma 3000 coffee machine.\n")
    _pair(tmp_path / "y2025", "manual", "Manual de la cafetera Aroma 4000.\n",
          "Manual for the Aroma 4000 coffee machine.\n")
    db = tmp_path / "c.db"

    def batch(year: str, *extra: str) -> tuple[int, str, str]:
        return run("batch", str(tmp_path / year / "es"), str(tmp_path / year / "en"),
                   "--db", str(db), *extra)

    assert batch("y2024")[0] == 0
    code, _, stderr = batch("y2025")
    assert code == 1, stderr
    old_es, old_en = tmp_path / "y2024/es/manual.es.txt", tmp_path / "y2024/en/manual.en.txt"
    assert (f"failed: manual ({tmp_path / 'y2025/es/manual.es.txt'}, "
            f"{tmp_path / 'y2025/en/manual.en.txt'}): the collection holds another document "
            f"named 'manual', from {old_es} and {old_en}, which are still there: give this "
            "pair a name of its own (batch the folders' parent folder, or a --manifest with "
            "a name column), or --force to replace that document; the alignment stored "
            "before is kept") in stderr
    code, out, _ = run("search", str(db), "Aroma 3000")
    assert code == 0 and "Aroma 3000" in out
    # the same files again are unchanged; --force replaces
    assert "0 pairs aligned, 1 unchanged" in batch("y2024")[2]
    assert batch("y2025", "--force")[0] == 0
    assert "Aroma 4000" in run("search", str(db), "Aroma 4000")[1]


def test_a_same_named_document_replaces_nothing_in_a_collection_of_relative_paths(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A collection an earlier version built holds paths relative to the folder its run
    started in; from that folder, they still tell a document of the same name apart."""
    _pair(tmp_path / "jobs", "manual", "La garantía cubre dos años.\n",
          "The warranty covers two years.\n")
    _pair(tmp_path / "y2025", "manual", "La garantía cubre tres años.\n",
          "The warranty covers three years.\n")
    db = tmp_path / "c.db"
    monkeypatch.chdir(tmp_path)
    assert run("batch", "jobs/es", "jobs/en", "--db", str(db))[0] == 0
    conn = sqlite3.connect(db)  # as the earlier version stored them
    conn.execute("UPDATE documents SET src_path = 'jobs/es/manual.es.txt', "
                 "tgt_path = 'jobs/en/manual.en.txt'")
    conn.commit()
    conn.close()
    code, _, stderr = run("batch", "y2025/es", "y2025/en", "--db", str(db))
    assert code == 1 and "the collection holds another document named 'manual'" in stderr
    assert "dos años" in run("search", str(db), "dos años")[1]
    # from another folder the relative paths name nothing: no telling, so nothing replaced
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    code, _, stderr = run("batch", "../y2025/es", "../y2025/en", "--db", str(db))
    assert code == 1, stderr
    assert ("whose paths (jobs/es/manual.es.txt, jobs/en/manual.en.txt) are relative to the "
            "folder an earlier run started in, and not found from here: run batch from that "
            "folder, or --force to replace that document with this pair") in stderr
    assert "dos años" in run("search", str(db), "dos años")[1]

