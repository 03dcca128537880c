"""The editor's web application (Starlette): pages, the edit API and the safety rules.

Safe by default (``docs/editor.md`` says why each rule is there):

- every request needs the token made at start: ``?token=`` on the first
  visit, which sets an ``HttpOnly``, ``SameSite=Strict`` cookie; the edit API
  also needs it in the ``X-Aligner-Token`` header, which a page of another
  site cannot send (so a cross-site form or script cannot edit);
- a request whose ``Host`` is not the server's own address, or that carries
  an ``Origin`` other than the server's own, is refused (DNS rebinding,
  cross-site requests);
- every answer has a Content-Security-Policy allowing only this server's own
  script and style sheet (no inline script, no other origin);
- all text goes through Jinja2's autoescaping, or through the review
  report's own escaping for the sentence cells.

A bad request (unknown document, malformed JSON, a field of the wrong type,
an unknown operation, a bead out of range, an edit that would break the
alignment) gets a 4xx answer with a message and changes nothing; an edit made
on an older version gets 409; a body over :data:`~aligner.editor.requests.MAX_BODY` bytes 413.  An
edit the store could not write to the disk gets 503 (the server's condition,
not the request's) with the message and the version the document is now at.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Route

from aligner import __version__
from aligner.check.base import DEFAULT_MIN_CONFIDENCE
from aligner.editor.edits import Change, Edit, EditError, Op
from aligner.editor.listing import SORTS, STATES, ListQuery, select
from aligner.editor.places import Place, Places
from aligner.editor.requests import (
    HTTPError,
    NoDocument,
    edit_from_body,
    json_body,
    place_from_body,
)
from aligner.editor.rowpatch import ViewCache, diff_rows
from aligner.editor.session import EditSession, Snapshot
from aligner.editor.store import ChangedBehind, SaveError, VersionConflict
from aligner.editor.view import DocumentSummary, PageView, page_view
from aligner.errors import AlignerError
from aligner.model import Glossary

HERE = Path(__file__).parent
COOKIE = "aligner_token"
HEADER = "x-aligner-token"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
       "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
#: The files the page loads; report.css is the review report's own (same rows and marks).
STATIC = {"editor.js": (HERE / "static", "text/javascript"),
          "boxes.js": (HERE / "static", "text/javascript"),
          "editor.css": (HERE / "static", "text/css"),
          "report.css": (HERE.parent / "report", "text/css")}


@dataclass
class Document:
    """One document the server edits."""

    session: EditSession
    glossary: Glossary | None = None
    low_confidence: float = DEFAULT_MIN_CONFIDENCE
    #: Where the reviser was in it, kept on the disk under ``place_key`` (None: nowhere).
    places: Places | None = None
    place_key: str = ""
    #: The page view of the last versions shown (the checks run once per version).
    views: ViewCache = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.views = ViewCache(lambda al: page_view(al, self.glossary, self.low_confidence))

    def view(self, snap: Snapshot) -> PageView:
        return self.views.get(snap.alignment, snap.version)

    def place(self) -> Place | None:
        return self.places.get(self.place_key) if self.places is not None else None

    def keep_place(self, place: Place) -> None:
        """Keep the place the page sends, once the document has an edit (looking alone
        leaves no trace)."""
        if self.places is not None and self.session.store.records():
            self.places.put(self.place_key, place)


@dataclass
class EditorConfig:
    token: str
    hosts: frozenset[str]  # allowed Host header values (host:port)
    documents: Mapping[str, Document] = field(default_factory=dict)
    #: A collection's list page: its documents with their state (None: one document).
    listing: Callable[[], Sequence[DocumentSummary]] | None = None


def _templates() -> Environment:
    return Environment(loader=FileSystemLoader(HERE / "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True)


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


class _Guard(BaseHTTPMiddleware):
    """Host, Origin and token checks on every request; security headers on every answer."""

    def __init__(self, app: Any, config: EditorConfig) -> None:
        super().__init__(app)
        self.config = config

    async def dispatch(self, request: Request,
                       call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await self._check(request, call_next)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        return response

    async def _check(self, request: Request,
                     call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        cfg = self.config
        host = request.headers.get("host", "")
        if host not in cfg.hosts:
            return _error(403, f"refused: Host {host!r} is not this server's address")
        origin = request.headers.get("origin")
        if origin is not None and origin not in {f"http://{h}" for h in cfg.hosts}:
            return _error(403, f"refused: requests from {origin!r} are not allowed")
        given = request.query_params.get("token")
        if request.method == "POST":
            # The API wants the header: a page of another site cannot set it.
            presented = request.headers.get(HEADER, "")
        else:
            presented = given or request.cookies.get(COOKIE, "")
        if not hmac.compare_digest(presented.encode(), cfg.token.encode()):
            if not presented:
                return _error(403, "a token is required: open the address aligner review "
                                   "printed")
            # An old bookmark, or a page of a server that has been started again: the
            # token is made anew at every start.
            return _error(403, "this token is not the server's (a new one is made at every "
                               "start): open the address aligner review printed")
        if given is not None and request.method == "GET":
            # First visit: keep the token in a cookie and take it out of the address.
            response = RedirectResponse(request.url.remove_query_params("token"), 303)
            response.set_cookie(COOKIE, cfg.token, httponly=True, samesite="strict")
            return response
        return await call_next(request)


def create_app(config: EditorConfig) -> Starlette:
    """The editor application over ``config.documents`` (ids in the URL)."""
    env = _templates()

    def document(request: Request) -> tuple[str, Document]:
        doc_id = request.path_params["doc"]
        doc = config.documents.get(doc_id)
        if doc is None:
            raise NoDocument(404, f"no document {doc_id!r}")
        return doc_id, doc

    async def index(request: Request) -> Response:
        if config.listing is not None:
            try:
                summaries = await run_in_threadpool(config.listing)
            except AlignerError as exc:  # the database unreadable now (busy, broken)
                return _error(503, exc.format())
            query = ListQuery.from_params(request.query_params)
            return HTMLResponse(env.get_template("documents.html").render(
                documents=select(summaries, query), total=len(summaries),
                reviewed=sum(d.state == "reviewed" for d in summaries), query=query,
                states=STATES, sorts=SORTS, version=__version__))
        if len(config.documents) == 1:
            return RedirectResponse(f"/doc/{next(iter(config.documents))}", 303)
        page = env.get_template("index.html").render(documents=config.documents,
                                                     version=__version__)
        return HTMLResponse(page)

    def render(doc_id: str, doc: Document, template: str, message: str = "") -> str:
        snap = doc.session.snapshot(message)
        view = doc.view(snap)
        return env.get_template(template).render(
            doc_id=doc_id, doc=doc, snap=snap, view=view, data=view.data,
            name=doc.session.store.name, token=config.token, version=__version__,
            collection=config.listing is not None, place=doc.place())

    async def page(request: Request) -> Response:
        doc_id, doc = document(request)
        return HTMLResponse(await run_in_threadpool(render, doc_id, doc, "editor.html"))

    async def rows(request: Request) -> Response:
        doc_id, doc = document(request)
        html = await run_in_threadpool(render, doc_id, doc, "rows.html")
        return HTMLResponse(html)

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            return _error(404, f"no file {name!r}")
        folder, media_type = STATIC[name]
        return FileResponse(folder / name, media_type=media_type)

    async def act(request: Request) -> Response:
        _, doc = document(request)
        action = request.path_params["action"]
        body = await json_body(request)
        if action == "place":  # where the reviser is: no edit, no version
            await run_in_threadpool(doc.keep_place, place_from_body(body))
            return JSONResponse({})
        version = body.get("version")
        if type(version) is not int:
            raise HTTPError(400, "version: expected the version the page shows")
        session = doc.session
        if action == "edit":
            edit = edit_from_body(body)
            if edit.op is Op.CONFIRM_ALL:  # all but the beads the page shows as doubtful
                edit = replace(edit, skip=await run_in_threadpool(_doubtful, doc, version))
            snap = await run_in_threadpool(session.edit, edit, version)
            focus = _focus(edit, snap)
        elif action in ("undo", "redo", "realign"):
            snap = await run_in_threadpool(getattr(session, action), version)
            record = session.store.records()[-1] if snap.version != version else None
            focus = (record.change.start if record is not None
                     and not _marks_only(record.change) else body.get("bead", 0))
        else:
            raise HTTPError(404, f"no action {action!r}")
        answer = {"version": snap.version, "message": snap.message,
                  "can_undo": snap.can_undo, "can_redo": snap.can_redo,
                  "focus": _clamp(focus, snap)}
        answer.update(await run_in_threadpool(changed_rows, doc, snap, version))
        return JSONResponse(answer)

    def changed_rows(doc: Document, snap: Snapshot, seen: int) -> dict[str, Any]:
        """The rows that differ from those of version ``seen`` (the page's), and the
        counts; ``rows`` None when the page must fetch them all (version ``seen`` is
        no longer kept)."""
        if snap.version == seen:
            return {"rows": None}
        old = doc.views.cached(None, seen)
        view = doc.view(snap)
        summary = env.get_template("summary.html").render(snap=snap, view=view)
        if old is None:
            return {"rows": None, "summary": summary}
        patch = diff_rows(old.rows, view.rows, len(old.data.findings), len(view.data.findings))
        html = env.get_template("patch.html").render(rows=patch.rows)
        return {"rows": {"start": patch.start, "removed": patch.removed,
                         "added": len(patch.rows), "html": html,
                         "finding_shift": patch.finding_shift},
                "summary": summary}

    async def guarded(request: Request) -> Response:
        try:
            return await act(request)
        except HTTPError as exc:
            return _error(exc.status, exc.message)
        except VersionConflict as exc:
            return _error(409, exc.message, version=exc.current)
        except ChangedBehind as exc:
            return _error(409, exc.format())
        except SaveError as exc:
            _, doc = document(request)
            try:
                return _error(503, exc.format(), version=doc.session.store.load()[1])
            except AlignerError:  # not readable either now: the page reloads
                return _error(503, exc.format())
        except EditError as exc:
            return _error(400, exc.message)
        except AlignerError as exc:  # the database, not the request: a condition of the server
            return _error(503, exc.format())

    async def get_guarded(request: Request) -> Response:
        try:
            part = request.path_params.get("part")
            if part == "rows":
                return await rows(request)
            if part is not None:
                return _error(404, f"no page {part!r}")
            return await page(request)
        except NoDocument as exc:
            if part is not None or config.listing is None:
                return _error(exc.status, exc.message)
            # an old link of a collection's document aligned again (a new id) or removed
            # by aligner batch: a page, not JSON
            message = (f"{exc.message} in the collection now: aligner batch aligned it again "
                       "(under a new number) or removed it since this link was made")
            return HTMLResponse(env.get_template("gone.html").render(message=message),
                                status_code=404)
        except HTTPError as exc:
            return _error(exc.status, exc.message)
        except ChangedBehind as exc:  # aligned again behind the editor: see the list
            if part == "rows":
                return _error(409, exc.format())
            # the page itself (reloaded after an edit was refused): a page, not JSON
            return HTMLResponse(env.get_template("gone.html").render(message=exc.format()),
                                status_code=404)
        except AlignerError as exc:  # the database unreadable now (busy, broken)
            return _error(503, exc.format())

    routes = [
        Route("/", index),
        Route("/static/{name}", static),
        Route("/favicon.ico", lambda _request: Response(status_code=204)),
        Route("/doc/{doc}", get_guarded),
        Route("/doc/{doc}/{part:str}", get_guarded, methods=["GET"]),
        Route("/doc/{doc}/api/{action}", guarded, methods=["POST"]),
    ]
    return Starlette(routes=routes, middleware=[Middleware(_Guard, config=config)])


def _doubtful(doc: Document, version: int) -> frozenset[int]:
    """The beads of version ``version`` the page shows as doubtful (a newer version: the
    session refuses the edit, so what is computed here on it is not used)."""
    snap = doc.session.snapshot()
    if snap.version != version:
        raise VersionConflict(version, snap.version)
    view = doc.view(snap)
    return frozenset(row.number for row in view.rows if row.doubtful)


def _focus(edit: Edit, snap: Snapshot) -> int:
    """The bead the person is on after ``edit``: where its sentences went."""
    k = edit.bead
    if edit.op in (Op.MERGE_PREV, Op.ATTACH_PREV):
        return k - 1
    if edit.op is Op.DETACH_FIRST:
        return k + 1
    return k


def _marks_only(change: Change) -> bool:
    """A change of review marks over several beads (confirm all, undone or redone):
    nothing moved, so the person stays where they are rather than going to its start."""
    return len(change.before) > 1 and [(b.src, b.tgt) for b in change.before] == [
        (b.src, b.tgt) for b in change.after] and not change.texts and not change.splits


def _clamp(k: Any, snap: Snapshot) -> int:
    n = len(snap.alignment.beads)
    return max(0, min(k if type(k) is int else 0, n - 1))
