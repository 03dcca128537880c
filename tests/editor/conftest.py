"""Fixtures for the editor tests: saved alignments to edit, a live server, Chromium.

``corpus_json`` is the bundled corpus's saved alignment as ``aligner run``
writes it (made once per session; each test edits its own copy).  The
browser is the report tests' headless Chromium (skipped locally without it,
failed with CI=true).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from aligner.editor.server import EditorServer, open_json_document
from aligner.formats.alignment_json import write_alignment_json
from aligner.model import Alignment
from tests.report.conftest import REPO, TEST_OUTPUT

GOLD_DIR = REPO / "corpus" / "gold"


@pytest.fixture(scope="session")
def corpus_json_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from aligner.mainjob import CorpusPaths, run_corpus

    out = tmp_path_factory.mktemp("run")
    run_corpus(CorpusPaths.bundled(REPO), out, encoder="use")
    return out / "chile-73.alignment.json"


@pytest.fixture
def corpus_json(corpus_json_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "chile-73.alignment.json"
    shutil.copy(corpus_json_master, path)
    return path


@dataclass
class Served:
    server: EditorServer
    path: Path

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def base(self) -> str:
        return self.server.base


@pytest.fixture
def serve() -> Iterator[Callable[[Path], Served]]:
    """Start an editor on a saved alignment file (glossary: the repository's)."""
    running: list[tuple[EditorServer, object, object]] = []

    def start(path: Path, *, glossary: bool = True) -> Served:
        from aligner.pipeline import load_glossary_file

        al = _head(path)
        gl = load_glossary_file(REPO / "glossary.tsv", src_lang=al.src_lang,
                                tgt_lang=al.tgt_lang) if glossary else None
        doc = open_json_document(path, glossary=gl)
        server = EditorServer({"1": doc})
        thread = server.start_thread()
        running.append((server, thread, doc))
        return Served(server, path)

    yield start
    for server, thread, doc in running:
        server.stop(thread)  # type: ignore[arg-type]
        doc.session.store.close()  # type: ignore[attr-defined]


def _head(path: Path) -> Alignment:
    from aligner.formats.alignment_json import read_alignment_json

    return read_alignment_json(path)


def save(alignment: Alignment, path: Path) -> Path:
    write_alignment_json(alignment, path)
    return path


__all__ = ["GOLD_DIR", "TEST_OUTPUT", "Served", "save"]

