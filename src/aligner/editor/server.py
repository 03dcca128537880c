"""Serving the editor: documents opened from files, a token, uvicorn on a local socket."""

from __future__ import annotations

import os
import secrets
import socket
import threading
import webbrowser
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from aligner.check.base import DEFAULT_MIN_CONFIDENCE
from aligner.editor.app import Document, EditorConfig, create_app
from aligner.editor.places import PLACES_SUFFIX, Places
from aligner.editor.session import EditSession
from aligner.editor.store import JsonFileStore
from aligner.editor.view import DocumentSummary
from aligner.errors import ConfigError
from aligner.model import Glossary

LOCAL_NAMES = ("127.0.0.1", "localhost", "[::1]")


def open_json_document(path: str | os.PathLike[str], *, glossary: Glossary | None = None,
                       low_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Document:
    """A saved alignment file opened for editing (its log beside it, locked while open)."""
    from aligner.align.options import Evidence
    from aligner.pipeline import term_evidence

    store = JsonFileStore(path)
    session = EditSession(store, evidence=Evidence(term_pairs=term_evidence(glossary)))
    return Document(session, glossary, low_confidence,
                    places=Places(f"{path}{PLACES_SUFFIX}"), place_key="document")


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The ``Host`` header values the server answers: its own address, by any local name
    when it listens on a loopback address."""
    shown = f"[{host}]" if ":" in host else host
    names = {shown}
    if shown in LOCAL_NAMES:
        names.update(LOCAL_NAMES)
    return frozenset(f"{name}:{port}" for name in names)


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    sock.listen(64)
    sock.set_inheritable(True)
    return sock


class EditorServer:
    """uvicorn serving the editor on an already bound socket (port 0: a free one)."""

    def __init__(self, documents: Mapping[str, Document], *, host: str = "127.0.0.1",
                 port: int = 0, token: str | None = None,
                 listing: Callable[[], Sequence[DocumentSummary]] | None = None,
                 encoder: str = "none") -> None:
        import uvicorn

        self.sock = bind(host, port)
        self.port = self.sock.getsockname()[1]
        self.token = token or secrets.token_urlsafe(24)
        shown = f"[{host}]" if ":" in host else host
        self.base = f"http://{shown}:{self.port}"
        self.url = f"{self.base}/?token={self.token}"
        self.config = EditorConfig(self.token, allowed_hosts(host, self.port), documents,
                                   listing)
        self.server = uvicorn.Server(uvicorn.Config(create_app(self.config), log_level="warning",
                                                    lifespan="off", access_log=False))
        #: the encoder realigning and a split's check use (``none``, ``auto``), loaded in
        #: a background thread as the server starts (:attr:`loading`): the first split
        #: or ``R`` would otherwise wait for it
        self.encoder = encoder
        self.loading: threading.Thread | None = None

    def _start_loading(self) -> None:
        from aligner.align.encoder import load_in_background

        if self.loading is None:
            self.loading = load_in_background(self.encoder)

    def run(self, *, open_browser: bool = False,
            on_ready: Callable[[str], None] | None = None) -> None:
        """Serve until Ctrl-C (uvicorn stops cleanly on SIGINT/SIGTERM)."""
        self._start_loading()  # never waited for
        if on_ready is not None:
            on_ready(self.url)
        if open_browser:
            threading.Timer(0.3, webbrowser.open, (self.url,)).start()
        try:
            self.server.run(sockets=[self.sock])
        finally:
            self.sock.close()

    def start_thread(self) -> threading.Thread:
        """Serve in a background thread (tests); :meth:`stop` ends it."""
        self._start_loading()
        thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                  daemon=True)
        thread.start()
        while not self.server.started and thread.is_alive():
            threading.Event().wait(0.02)
        return thread

    def stop(self, thread: threading.Thread) -> None:
        self.server.should_exit = True
        thread.join(10)
        self.sock.close()


def review_path_kind(path: Path) -> str:
    """``json`` for a saved alignment, ``collection`` for a collection database."""
    from aligner.collection.schema import looks_like_collection

    if path.suffix.lower() == ".json":
        return "json"
    if looks_like_collection(path):
        return "collection"
    raise ConfigError(f"{path}: give a saved alignment (.json, from aligner align "
                      "--format json or aligner run) or a collection (.db, from aligner batch)")
