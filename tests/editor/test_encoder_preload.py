"""The editor loads the sentence encoder in the background as it starts: the server does
not wait for it, and the first split (whose check realigns) does not wait for it either."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

import httpx2 as httpx
import pytest

from aligner.align import encoder as encmod
from aligner.editor.catalog import CollectionDocuments
from aligner.editor.server import EditorServer, open_json_document
from aligner.formats.alignment_json import read_alignment_json, write_alignment_json
from tests.editor.test_kept_splits import SPLIT, SWAPPED

LIVE = 300.0  # a request's time limit: no speed bar (as tests/editor/test_app.py)


@pytest.mark.skipif(encmod.use_model_dir() is None,
                    reason="the optional extra aligner[neural] is not installed")
def test_the_server_serves_while_the_encoder_loads_and_a_split_then_uses_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release, loading = threading.Event(), threading.Event()
    made: list[encmod.UseEncoder] = []
    real = encmod.UseEncoder

    def slow(model_dir: Path) -> encmod.UseEncoder:  # the load held until released
        loading.set()
        release.wait(60)
        made.append(real(model_dir))
        return made[-1]

    monkeypatch.setattr(encmod, "UseEncoder", slow)
    encmod._use_encoder.cache_clear()
    path = tmp_path / "doc.json"
    write_alignment_json(replace(SWAPPED, settings={"encoder": "use-multilingual-v3"}), path)
    doc = open_json_document(path)
    assert doc.session.encoder() == "auto"
    server = EditorServer({"1": doc}, encoder=doc.session.encoder())
    thread = server.start_thread()
    try:
        assert loading.wait(60) and server.loading is not None
        with httpx.Client(timeout=LIVE) as client:
            assert client.get(server.url).status_code == 303
            assert client.get(server.base + "/doc/1").status_code == 200
            # the page was served while the load is still held: startup did not wait
            assert server.loading.is_alive() and made == []
            release.set()
            server.loading.join(60)
            assert len(made) == 1
            answer = client.post(server.base + "/doc/1/api/edit",
                                 json={"op": "split", "bead": 1, "version": 0},
                                 headers={"X-Aligner-Token": server.token})
            assert answer.status_code == 200, answer.text
            assert answer.json()["message"].startswith("split: saved")
        assert len(made) == 1  # the split's check used the model loaded, not a second one
        assert [(b.src, b.tgt) for b in read_alignment_json(path).beads] == SPLIT
    finally:
        release.set()
        server.stop(thread)
        doc.session.store.close()
        encmod._use_encoder.cache_clear()


def test_nothing_is_loaded_for_an_alignment_made_without_the_encoder(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    write_alignment_json(SWAPPED, path)  # settings: encoder none
    doc = open_json_document(path)
    assert doc.session.encoder() == "none"
    server = EditorServer({"1": doc}, encoder=doc.session.encoder())
    thread = server.start_thread()
    try:
        assert server.loading is None
    finally:
        server.stop(thread)
        doc.session.store.close()


def test_a_collection_loads_it_when_a_document_was_aligned_with_it(collection_db: Path) -> None:
    # batch aligned the pairs with --encoder auto: the model, when it is installed
    documents = CollectionDocuments(collection_db)
    assert documents.encoder() == ("none" if encmod.use_model_dir() is None else "auto")
    documents.close()
    with sqlite3.connect(collection_db) as conn:
        conn.execute("UPDATE documents SET settings = json_set(settings, '$.encoder', 'none')")
    conn.close()
    documents = CollectionDocuments(collection_db)
    assert documents.encoder() == "none"
    documents.close()
