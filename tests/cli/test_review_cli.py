"""``aligner review``: bad input, Ctrl-C, and ``kill -9`` losing nothing that was saved."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.collection.store import open_collection
from aligner.formats.alignment_json import read_alignment_json, write_alignment_json
from tests.formats.conftest import SAMPLE


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "saved.json"
    write_alignment_json(SAMPLE, path)
    return path


@pytest.mark.parametrize(("name", "content", "message"), [
    ("c.db", "", "c.db: empty file, not an aligner collection"),
    ("notes.db", "some notes", "not an aligner collection (not a SQLite database)"),
    ("none.db", None, "none.db: no such collection"),
    ("a.tmx", "", "give a saved alignment (.json"),
    ("missing.json", None, "missing.json"),
    ("bad.json", "{oops", "bad.json:1:2: not valid JSON"),
])
def test_bad_input_exits_2_with_one_line(tmp_path: Path, name: str, content: str | None,
                                         message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    result = CliRunner().invoke(cli, ["review", str(path), "--no-browser", "--no-glossary"])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ([name] if content is not None
                                                          else [])  # no lock file left


#: A bound for a hang, not a speed bar.  An edit of a collection's document needs the
#: lemma tables of its two languages for the concordance index: read in the background
#: from the start, in about 20 s at a load average of 13, which a first edit may wait for
#: and which httpx's own 5 s read timeout turned into a failure.
HANG = 300


def _start(path: Path) -> tuple[subprocess.Popen[str], str]:
    """``aligner review PATH`` in a process of its own, and the address it prints."""
    proc = subprocess.Popen([sys.executable, "-m", "aligner", "review", str(path),
                             "--no-browser", "--no-glossary"],
                            stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:
        found = re.search(r"open (http://\S+)", line)
        if found:
            return proc, found.group(1)
    raise AssertionError(f"no address printed (exit {proc.wait()})")


def _edit(url: str, version: int, doc: str = "1", **edit: object) -> httpx.Response:
    with httpx.Client(timeout=HANG) as client:
        client.get(url)  # the token becomes a cookie
        token = url.split("token=")[1]
        base = url.split("/?")[0]
        return client.post(f"{base}/doc/{doc}/api/edit", json={"version": version, **edit},
                           headers={"X-Aligner-Token": token})


def test_a_read_only_alignment_is_refused_before_serving(saved: Path) -> None:
    """Every edit is saved into the file: the first edit of a read-only one failed."""
    saved.chmod(0o444)
    result = CliRunner().invoke(cli, ["review", str(saved), "--no-browser", "--no-glossary"])
    assert (result.exit_code, result.stderr) == (
        2, f"aligner: error: {saved}: is read-only, and the editor saves every edit into it: "
           "make it writable (chmod u+w), or review a copy\n")
    assert not Path(f"{saved}.log.jsonl").exists()


def test_a_collection_without_an_aligned_document_is_refused(tmp_path: Path) -> None:
    from aligner.collection.store import open_collection

    db = tmp_path / "c.db"
    with open_collection(db, create=True):
        pass
    result = CliRunner().invoke(cli, ["review", str(db), "--no-browser", "--no-glossary"])
    assert (result.exit_code, result.stderr) == (
        2, f"aligner: error: {db}: no aligned document to review (aligner batch aligns them)\n")


def test_ctrl_c_stops_cleanly(saved: Path) -> None:
    proc, url = _start(saved)
    assert _edit(url, 0, op="confirm", bead=0).status_code == 200
    proc.send_signal(signal.SIGINT)
    assert proc.wait(HANG) == 0
    assert proc.stderr is not None and "every edit is saved" in proc.stderr.read()
    assert read_alignment_json(saved).beads[0].review is not None


def test_kill_9_loses_nothing_that_was_answered_as_saved(saved: Path) -> None:
    proc, url = _start(saved)
    assert _edit(url, 0, op="merge-next", bead=0).status_code == 200
    assert _edit(url, 1, op="confirm", bead=2).status_code == 200
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(HANG)
    proc, url = _start(saved)  # the lock died with the process
    try:
        assert _edit(url, 2, op="confirm", bead=2).status_code == 400  # already confirmed
        assert _edit(url, 1, op="confirm", bead=0).status_code == 409  # version 2 is current
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(HANG)
    beads = read_alignment_json(saved).beads
    assert beads[0].src == (0, 1) and beads[2].review is not None


def _doc_ids(db: Path) -> dict[str, str]:
    conn = sqlite3.connect(db)
    try:
        return {name: str(i) for i, name in conn.execute("SELECT id, name FROM documents")}
    finally:
        conn.close()


def test_kill_9_loses_no_edit_of_a_collection(collection_db: Path, tmp_path: Path) -> None:
    ids = _doc_ids(collection_db)
    mina, puerto = ids["2021/mina"], ids["2021/puerto"]
    proc, url = _start(collection_db)
    try:
        assert _edit(url, 0, mina, op="merge-next", bead=0).status_code == 200
        assert _edit(url, 1, mina, op="confirm", bead=1).status_code == 200
        assert _edit(url, 0, puerto, op="confirm", bead=3).status_code == 200
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(HANG)
    proc, url = _start(collection_db)  # the review lock died with the process
    try:
        assert _edit(url, 1, mina, op="confirm", bead=1).status_code == 409  # 2 is current
        assert _edit(url, 2, mina, op="confirm", bead=1).status_code == 400  # confirmed
        assert _edit(url, 1, puerto, op="confirm", bead=0).status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(HANG) == 0
    with open_collection(collection_db) as c:
        assert c.problems() == []
        beads = {d.name: c.alignment(d).beads for d in c.documents()}
    assert [(b.src, b.tgt) for b in beads["2021/mina"]] == [((0, 1), (0, 1)), ((2,), (2,))]
    assert [b.review is not None for b in beads["2021/mina"]] == [True, True]
    assert [b.review is not None for b in beads["2021/puerto"]] == [True, False, False, True]
    out = tmp_path / "reviewed.tmx"
    result = CliRunner().invoke(cli, ["export", str(collection_db), "-o", str(out),
                                      "--reviewed-only"])
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").count("<tu ") == 4


def test_an_edit_log_that_cannot_be_created_exits_2_naming_it(saved: Path) -> None:
    Path(f"{saved}.log.jsonl").mkdir()  # the log's name taken by a folder
    result = CliRunner().invoke(cli, ["review", str(saved), "--no-browser", "--no-glossary"])
    assert result.exit_code == 2
    assert f"aligner: error: {saved}.log.jsonl: cannot open the edit log: " in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_read_only_folder_exits_2_naming_the_log(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.json"
    write_alignment_json(SAMPLE, path)
    log = Path(f"{path}.log.jsonl")
    real_open = Path.open

    def refused(self: Path, *args: Any, **kwargs: Any) -> Any:  # what a read-only folder does
        if self == log:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refused)
    result = CliRunner().invoke(cli, ["review", str(path), "--no-browser", "--no-glossary"])
    assert result.exit_code == 2
    assert f"{log}: cannot create the edit log: Permission denied" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_collection_of_several_pairs_is_reviewed_with_the_glossary_of_each(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The glossary is read for each pair (the other way round for the reversed one);
    a pair it is not of is reviewed without it, with a warning; no pair at all: refused."""
    from aligner.editor.catalog import CollectionDocuments

    db, glossary = tmp_path / "ngo.db", tmp_path / "g.tsv"
    glossary.write_text("es\ten\nvía chilena\tChilean road\n", encoding="utf-8")
    for name, text, src, tgt in (
            ("a.tsv", "La vía chilena.\tThe Chilean road.\n", "es", "en"),
            ("b.tsv", "The Chilean road.\tLa vía chilena.\n", "en", "es"),
            ("c.tsv", "Bonjour.\tGuten Tag.\n", "fr", "de")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        result = CliRunner().invoke(cli, ["import", str(db), str(tmp_path / name),
                                          "--src-lang", src, "--tgt-lang", tgt])
        assert result.exit_code == 0, result.output
    served: list[str] = []
    monkeypatch.setattr("aligner.cli.review._run",
                        lambda _server, _no_browser, what: served.append(what))
    result = CliRunner().invoke(cli, ["review", str(db), "--no-browser", "--glossary",
                                      str(glossary)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"aligner: warning: {glossary} is for another language pair than fr -> de: not used "
        "for the 1 document of that pair (tm/c.tsv)", "aligner: stopped; every edit is saved"]
    assert served == [f"the 3 aligned documents of {db}"]
    documents = CollectionDocuments(db, glossary=str(glossary))
    try:
        reversed_ = documents.glossary("en", "es")
        assert reversed_ is not None
        assert [(e.source, e.target) for e in reversed_.entries] == [
            ("Chilean road", "vía chilena")]
        assert documents.glossary("fr", "de") is None and list(documents.refused) == [
            ("fr", "de")]
    finally:
        documents.close()
    only = tmp_path / "fr.db"
    assert CliRunner().invoke(cli, ["import", str(only), str(tmp_path / "c.tsv"), "--src-lang",
                                    "fr", "--tgt-lang", "de"]).exit_code == 0
    result = CliRunner().invoke(cli, ["review", str(only), "--no-browser", "--glossary",
                                      str(glossary)])
    assert result.exit_code == 2 and result.stderr.startswith("aligner: error: ")


def test_a_collection_s_word_forms_are_made_in_the_background_before_any_request(
        collection_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An edit writes the concordance entries of its beads with the language pair's word
    forms, made from the lemma tables (seconds, more under load): they are made from the
    start, not when the first edit asks for them."""
    from aligner.collection import forms
    from aligner.editor.server import EditorServer

    asked = threading.Event()
    made: list[tuple[str, str, bool]] = []

    def making(src_lang: str, tgt_lang: str) -> tuple[object, object]:
        made.append((src_lang, tgt_lang,
                     threading.current_thread() is threading.main_thread()))
        asked.set()
        return object(), object()

    served: list[bool] = []
    monkeypatch.setattr(forms, "side_forms", making)
    monkeypatch.setattr(EditorServer, "run", lambda *_a, **_k: served.append(asked.wait(60)))
    result = CliRunner().invoke(cli, ["review", str(collection_db), "--no-browser",
                                      "--no-glossary"])
    assert result.exit_code == 0, result.output
    assert served == [True]  # asked for while no request could have come
    assert made == [("es", "en", False)]  # once, in a thread of its own


def test_kill_9_loses_no_sentence_split(saved: Path, collection_db: Path) -> None:
    """A sentence split answered as saved is there after ``kill -9``, in a saved alignment
    and in a collection, each part whole and the collection consistent."""
    proc, url = _start(saved)
    try:
        assert _edit(url, 0, op="split-sentence", bead=1, side="source", sentence=1,
                     at=11).status_code == 200
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(HANG)
    al = read_alignment_json(saved)
    assert al.src_sentences[1:3] == ('Dijo "hola"', "y 'adiós'.")
    assert al.beads[1].src == (1, 2)
    mina = _doc_ids(collection_db)["2021/mina"]
    proc, url = _start(collection_db)
    try:
        assert _edit(url, 0, mina, op="split-sentence", bead=1, side="source", sentence=1,
                     at=21).status_code == 200
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(HANG)
    with open_collection(collection_db) as c:
        assert c.problems() == []
        (doc,) = c.documents(["2021/mina"])
        stored = c.alignment(doc)
    assert stored.src_sentences[1:3] == ("Según sus defensores,",
                                         "la vía chilena pasaba por las urnas.")
    assert stored.beads[1].src == (1, 2)
