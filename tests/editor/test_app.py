"""The web application without a browser: the safety rules and the API's answers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
from starlette.testclient import TestClient

from aligner.editor.app import CSP, EditorConfig, create_app
from aligner.editor.server import open_json_document
from aligner.formats.alignment_json import write_alignment_json
from aligner.model import Alignment, Bead

TOKEN = "t0ken-for-tests"
#: How long a request to a live server may take: a deadline for a hung server, not a
#: speed bar (httpx's default of 5 s failed under a loaded CI machine's first requests)
LIVE = 300.0
AL = Alignment(("<script>window.x=1</script>", "b", "c"), ("x", "y", "z"),
               (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.4), Bead((2,), (2,), 0.8)), "es", "en")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "doc.json"
    write_alignment_json(AL, p)
    return p


@pytest.fixture
def client(path: Path) -> Iterator[TestClient]:
    doc = open_json_document(path)
    app = create_app(EditorConfig(TOKEN, frozenset({"testserver"}), {"1": doc}))
    with TestClient(app, follow_redirects=False) as c:
        yield c
    doc.session.store.close()


@contextmanager
def _serving(al: Alignment, path: Path) -> Iterator[TestClient]:
    """A client of an editor serving ``al``, written to ``path``, the token's cookie set;
    the document's store closed after."""
    write_alignment_json(al, path)
    doc = open_json_document(path)
    app = create_app(EditorConfig(TOKEN, frozenset({"testserver"}), {"1": doc}))
    try:
        with TestClient(app, follow_redirects=False) as client:
            client.get(f"/?token={TOKEN}")
            yield client
    finally:
        doc.session.store.close()


def _post(client: TestClient, url: str, body: Any, **headers: str) -> httpx.Response:
    content = body if isinstance(body, str) else None
    return client.post(url, content=content, json=None if content is not None else body,
                       headers={"X-Aligner-Token": TOKEN, **headers})


def test_no_token_no_page(client: TestClient) -> None:
    for url in ("/", "/doc/1", "/doc/1/rows", "/static/editor.js"):
        response = client.get(url)
        assert response.status_code == 403, url
        assert "token is required" in response.json()["error"]
    wrong = client.get("/doc/1?token=wrong")
    assert wrong.status_code == 403 and "not the server's" in wrong.json()["error"]


def test_the_token_becomes_a_cookie_and_leaves_the_address(client: TestClient) -> None:
    response = client.get(f"/?token={TOKEN}")
    assert response.status_code == 303 and response.headers["location"] == "http://testserver/"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    page = client.get("/doc/1")
    assert page.status_code == 200
    assert page.headers["content-security-policy"] == CSP
    assert "<script>window.x" not in page.text and "&lt;script&gt;window.x" in page.text
    for script in ("editor.js", "boxes.js"):  # editor.js imports boxes.js
        served = client.get(f"/static/{script}")
        assert served.headers["content-type"].startswith("text/javascript")
    assert client.get("/static/nope.js").status_code == 404


def test_foreign_host_and_origin_are_refused(client: TestClient) -> None:
    client.get(f"/?token={TOKEN}")
    assert client.get("/doc/1", headers={"Host": "evil.example:80"}).status_code == 403
    response = _post(client, "/doc/1/api/edit", {"op": "confirm", "bead": 0, "version": 0},
                     Origin="http://evil.example")
    assert response.status_code == 403 and "not allowed" in response.json()["error"]
    assert _post(client, "/doc/1/api/edit", {"op": "confirm", "bead": 0, "version": 0},
                 Origin="http://testserver").status_code == 200


def test_the_api_wants_the_header_not_only_the_cookie(client: TestClient, path: Path) -> None:
    client.get(f"/?token={TOKEN}")
    before = path.read_bytes()
    response = client.post("/doc/1/api/edit", json={"op": "confirm", "bead": 0, "version": 0})
    assert response.status_code == 403 and path.read_bytes() == before


@pytest.mark.parametrize(("url", "body", "status", "message"), [
    ("/doc/9/api/edit", {"op": "confirm", "bead": 0, "version": 0}, 404, "no document"),
    ("/doc/1/api/fly", {"version": 0}, 404, "no action"),
    ("/doc/1/api/edit", "{not json", 400, "not valid JSON"),
    ("/doc/1/api/edit", "[1, 2]", 400, "JSON object"),
    ("/doc/1/api/edit", {"op": "confirm", "bead": 0}, 400, "version"),
    ("/doc/1/api/edit", {"op": "fly", "bead": 0, "version": 0}, 400, "op: expected"),
    ("/doc/1/api/edit", {"op": "confirm", "bead": "0", "version": 0}, 400, "bead: expected"),
    ("/doc/1/api/edit", {"op": "confirm", "bead": 3, "version": 0}, 400, "does not exist"),
    ("/doc/1/api/edit", {"op": "move-first", "bead": 1, "version": 0}, 400, "side"),
    ("/doc/1/api/edit", {"op": "merge-next", "bead": 2, "version": 0}, 400, "no next bead"),
    ("/doc/1/api/edit", {"op": "split", "bead": 0, "version": 0}, 400, "nothing to split"),
    ("/doc/1/api/undo", {"version": 0}, 400, "nothing to undo"),
    ("/doc/1/api/edit", {"op": "confirm", "bead": 0, "version": 5}, 409, "document changed"),
])
def test_bad_requests_get_a_message_and_change_nothing(
        client: TestClient, path: Path, url: str, body: Any, status: int, message: str) -> None:
    _refused(client, path, url, body, status, message)


def _refused(client: TestClient, path: Path, url: str, body: Any, status: int,
             message: str) -> None:
    """``body`` posted to ``url`` gets ``status`` and ``message``, and changes nothing."""
    before = path.read_bytes()
    response = _post(client, url, body)
    assert response.status_code == status
    assert message in response.json()["error"]
    assert path.read_bytes() == before
    assert Path(f"{path}.log.jsonl").read_text() == ""


def test_an_edit_answers_the_new_version_and_focus(client: TestClient) -> None:
    response = _post(client, "/doc/1/api/edit", {"op": "merge-prev", "bead": 2, "version": 0})
    assert response.status_code == 200
    answer = response.json()
    assert {k: answer[k] for k in ("version", "message", "can_undo", "can_redo", "focus")} == {
        "version": 1, "message": "merge-prev: saved", "can_undo": True, "can_redo": False,
        "focus": 1}
    assert answer["rows"] is None  # no page showed version 0 here: the page fetches them all
    conflict = _post(client, "/doc/1/api/edit", {"op": "confirm", "bead": 0, "version": 0})
    assert conflict.status_code == 409 and conflict.json()["version"] == 1


def test_confirm_all_leaves_the_doubtful_beads_and_a_text_edit_is_saved(
        client: TestClient, path: Path) -> None:
    import re

    from aligner.formats.alignment_json import read_alignment_json

    client.get(f"/?token={TOKEN}")  # the cookie, for the rows
    # bead 1 scores 0.4, under the low-confidence threshold; bead 0 is far too long for
    # its target (length-ratio): both doubtful, left for a person
    shown = re.findall(r'data-bead="\d+"[^>]* data-doubtful="(\d)"', client.get("/doc/1/rows").text)
    assert shown == ["1", "1", "0"]
    response = _post(client, "/doc/1/api/edit", {"op": "confirm-all", "bead": 0, "version": 0})
    assert response.status_code == 200 and response.json()["version"] == 1
    assert response.json()["message"] == ("confirmed 1 bead; 2 doubtful beads left to look "
                                          "at (n finds them)")
    assert [b.review.state.value if b.review else None
            for b in read_alignment_json(path).beads] == [None, None, "confirmed"]
    again = _post(client, "/doc/1/api/edit", {"op": "confirm-all", "bead": 0, "version": 1})
    assert again.status_code == 400 and "no bead to confirm" in again.json()["error"]
    response = _post(client, "/doc/1/api/edit", {"op": "text", "bead": 1, "side": "target",
                                                 "texts": ["y <b>fixed</b>"], "version": 1})
    assert response.status_code == 200 and response.json()["focus"] == 1
    saved = read_alignment_json(path)
    assert saved.tgt_sentences == ("x", "y <b>fixed</b>", "z")
    assert saved.beads[1].review is not None and saved.beads[1].review.state.value == "edited"
    rows = client.get("/doc/1/rows").text
    assert "y &lt;b&gt;fixed&lt;/b&gt;" in rows and "<b>fixed" not in rows
    assert 'data-tgt-texts="[&#34;y &lt;b&gt;fixed&lt;/b&gt;&#34;]"' in rows


def test_the_live_server_refuses_no_token_and_a_foreign_origin(serve: Any, path: Path) -> None:
    served = serve(path, glossary=False)
    assert httpx.get(served.base + "/doc/1", timeout=LIVE).status_code == 403
    with httpx.Client(timeout=LIVE) as c:
        assert c.get(served.url).status_code == 303  # sets the cookie
        ok = c.get(served.base + "/doc/1")
        assert ok.status_code == 200 and ok.headers["content-security-policy"] == CSP
        refused = c.post(served.base + "/doc/1/api/edit",
                         json={"op": "confirm", "bead": 0, "version": 0},
                         headers={"X-Aligner-Token": served.server.token,
                                  "Origin": "http://attacker.example"})
        assert refused.status_code == 403
    assert read_review(path) is None


def read_review(path: Path) -> object:
    from aligner.formats.alignment_json import read_alignment_json

    return read_alignment_json(path).beads[0].review


DEEP = "[" * 50_000  # under the size limit, deeper than the JSON parser recurses


@pytest.mark.parametrize(("url", "body", "status", "message"), [
    ("/doc/1/api/edit", {"op": ["confirm"], "bead": 0, "version": 0}, 400, "op: expected"),
    ("/doc/1/api/edit", {"op": {"a": 1}, "bead": 0, "version": 0}, 400, "op: expected"),
    ("/doc/1/api/edit", {"op": None, "bead": 0, "version": 0}, 400, "op: expected"),
    ("/doc/1/api/edit", {"op": "move-last", "bead": 0, "side": {"x": 1}, "version": 0}, 400,
     "side: expected"),
    ("/doc/1/api/edit", {"op": "move-last", "bead": 0, "side": ["source"], "version": 0}, 400,
     "side: expected"),
    ("/doc/1/api/edit", {"op": "confirm", "bead": True, "version": 0}, 400, "bead: expected"),
    ("/doc/1/api/edit", {"op": "confirm", "bead": 1.0, "version": 0}, 400, "bead: expected"),
    ("/doc/1/api/edit", {"op": "confirm", "bead": 10**30, "version": 0}, 400, "does not exist"),
    ("/doc/1/api/edit", {"op": "confirm", "bead": -1, "version": 0}, 400, "does not exist"),
    ("/doc/1/api/edit", {"op": "confirm", "bead": 0, "version": False}, 400, "version"),
    ("/doc/1/api/edit", {"op": "confirm", "bead": 0, "version": [0]}, 400, "version"),
    ("/doc/1/api/edit", {"op": "confirm", "bead": 0, "version": 10**30}, 409, "changed"),
    ("/doc/1/api/edit", '{"op": "confirm", "bead": 0, "version": 1' + "0" * 5000 + "}", 400,
     "not valid JSON"),  # more digits than Python converts to an int
    ("/doc/1/api/undo", DEEP, 400, "not valid JSON"),
    ("/doc/1/api/edit", '{"op": "confirm", "bead": 0, "version": ' + DEEP + "}", 400,
     "not valid JSON"),
    ("/doc/1/api/undo", {"version": [0]}, 400, "version"),
    ("/doc/1/api/realign", {"version": {"v": 0}}, 400, "version"),
    ("/doc/1/api/redo", {"version": True}, 400, "version"),
    ("/doc/1/api/undo", " " * 70_000 + '{"version": 0}', 413, "too large"),
    ("/doc/1/api/edit", {"op": "text", "bead": 0, "side": "target", "version": 0}, 400,
     "texts: expected"),
    ("/doc/1/api/edit", {"op": "text", "bead": 0, "side": "target", "texts": "x!",
                         "version": 0}, 400, "texts: expected"),
    ("/doc/1/api/edit", {"op": "text", "bead": 0, "side": "target", "texts": [1],
                         "version": 0}, 400, "texts: expected"),
    ("/doc/1/api/edit", {"op": "text", "bead": 0, "side": "target", "texts": ["x"],
                         "version": 0}, 400, "unchanged"),
    ("/doc/1/api/edit", {"op": "text", "bead": 0, "side": "target", "texts": [""],
                         "version": 0}, 400, "cannot be left empty"),
    ("/doc/1/api/edit", {"op": "text", "bead": 0, "texts": ["x!"], "version": 0}, 400,
     "side: expected"),
    ("/doc/1/api/edit", {"op": "split-sentence", "bead": 0, "side": "source", "sentence": 0,
                         "version": 0}, 400, "sentence, at: expected"),
    ("/doc/1/api/edit", {"op": "split-sentence", "bead": 0, "side": "source", "sentence": 0,
                         "at": "8", "version": 0}, 400, "sentence, at: expected"),
    ("/doc/1/api/edit", {"op": "split-sentence", "bead": 0, "side": "source", "sentence": 1,
                         "at": 1, "version": 0}, 400, "not a source sentence of bead 0"),
    ("/doc/1/api/edit", {"op": "split-sentence", "bead": 0, "side": "source", "sentence": 0,
                         "at": 3, "version": 0}, 400, "inside the word 'script'"),
    ("/doc/1/api/edit", {"op": "join-sentence", "bead": 0, "side": "source",
                         "version": 0}, 400, "sentence: expected"),
    ("/doc/1/api/edit", {"op": "join-sentence", "bead": 0, "side": "source", "sentence": "0",
                         "version": 0}, 400, "sentence: expected"),
    ("/doc/1/api/edit", {"op": "join-sentence", "bead": 0, "side": "source", "sentence": 0,
                         "version": 0}, 400, "source sentences 0 and 1 are not both in bead 0"),
    ("/doc/1/api/edit", {"op": "join-sentence", "bead": 0, "sentence": 0, "version": 0}, 400,
     "side: expected"),
])
def test_a_body_of_the_wrong_shape_gets_400_not_500(
        client: TestClient, path: Path, url: str, body: Any, status: int, message: str) -> None:
    _refused(client, path, url, body, status, message)


def test_a_bool_or_a_huge_bead_only_moves_the_focus_within_the_beads(client: TestClient) -> None:
    for k in range(3):  # every bead fixed: realigning changes nothing, the focus stays
        _post(client, "/doc/1/api/edit", {"op": "confirm", "bead": k, "version": k})
    for bead in (True, 10**30, -5, "x", [1]):
        response = _post(client, "/doc/1/api/realign", {"version": 3, "bead": bead})
        assert response.status_code == 200, bead
        assert 0 <= response.json()["focus"] <= 2


def test_a_file_that_cannot_be_replaced_answers_503_and_undo_follows_the_log(
        client: TestClient, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from aligner.editor.store import JsonFileStore
    from aligner.fileio import cannot_write

    assert _post(client, "/doc/1/api/edit",
                 {"op": "confirm", "bead": 2, "version": 0}).status_code == 200
    real = JsonFileStore._write_json

    def read_only(self: JsonFileStore) -> None:
        raise cannot_write(self.path, OSError(1, "Operation not permitted"))

    monkeypatch.setattr(JsonFileStore, "_write_json", read_only)
    response = _post(client, "/doc/1/api/edit", {"op": "merge-next", "bead": 0, "version": 1})
    assert response.status_code == 503
    assert "the edit is in the log" in response.json()["error"]
    assert response.json()["version"] == 2
    for version in (2, 3):  # undo both edits, still unable to replace the file
        response = _post(client, "/doc/1/api/undo", {"version": version})
        assert response.status_code == 503 and response.json()["version"] == version + 1
    response = _post(client, "/doc/1/api/undo", {"version": 4})
    assert response.status_code == 400 and "nothing to undo" in response.json()["error"]
    monkeypatch.setattr(JsonFileStore, "_write_json", real)
    response = _post(client, "/doc/1/api/redo", {"version": 4})
    assert response.status_code == 200 and response.json()["version"] == 5
    saved = json.loads(path.read_text())
    assert saved["revision"] == 5 and "review" in saved["beads"][2]
    assert len(saved["beads"]) == 3


def test_a_file_written_over_behind_the_editor_gets_409(client: TestClient, path: Path) -> None:
    client.get(f"/?token={TOKEN}")
    assert _post(client, "/doc/1/api/edit",
                 {"op": "confirm", "bead": 0, "version": 0}).status_code == 200
    new = path.with_suffix(".new")
    new.write_bytes(path.read_bytes().replace(b'"revision"', b'"revision" ') + b"\n")
    new.replace(path)  # another program writes the file again
    response = _post(client, "/doc/1/api/edit", {"op": "confirm", "bead": 1, "version": 1})
    assert response.status_code == 409
    assert "replaced by another program" in response.json()["error"]


def test_an_edit_after_the_page_answers_the_changed_rows_and_checks_once(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import aligner.editor.app as app_module

    checked: list[int] = []
    real = app_module.page_view

    def counted(al: Alignment, *args: Any) -> Any:
        checked.append(len(al.beads))
        return real(al, *args)

    monkeypatch.setattr(app_module, "page_view", counted)
    client.get(f"/?token={TOKEN}")
    client.get("/doc/1")
    client.get("/doc/1/rows")
    assert checked == [3]  # the page and its rows: the checks ran once on version 0
    answer = _post(client, "/doc/1/api/edit", {"op": "merge-next", "bead": 0,
                                               "version": 0}).json()
    assert checked == [3, 2]  # and once on version 1
    # beads 0 and 1 merged: the old rows 0 and 1 go, the new row 0 comes, row 2 is
    # the same and becomes row 1
    rows = answer["rows"]
    assert (rows["start"], rows["removed"], rows["added"]) == (0, 2, 1)
    assert rows["html"].count('class="r ') == 1 and 'id="bead-0"' in rows["html"]
    assert 'data-version="1"' in answer["summary"] and 'data-beads="2"' in answer["summary"]
    client.get("/doc/1/rows")
    assert checked == [3, 2]


def test_a_sentence_split_through_the_api(client: TestClient, path: Path) -> None:
    from aligner.formats.alignment_json import read_alignment_json

    # "<script>window.x=1</script>" split after its opening tag (after punctuation)
    response = _post(client, "/doc/1/api/edit", {"op": "split-sentence", "bead": 0,
                                                 "side": "source", "sentence": 0, "at": 8,
                                                 "version": 0})
    assert response.status_code == 200, response.text
    assert response.json()["version"] == 1 and response.json()["focus"] == 0
    saved = read_alignment_json(path)
    assert saved.src_sentences == ("<script>", "window.x=1</script>", "b", "c")
    assert [(b.src, b.tgt) for b in saved.beads] == [((0, 1), (0,)), ((2,), (1,)),
                                                     ((3,), (2,))]
    undone = _post(client, "/doc/1/api/undo", {"version": 1})
    assert undone.status_code == 200 and undone.json()["message"] == "undid split-sentence"
    assert read_alignment_json(path) == AL


def test_a_sentence_join_through_the_api(client: TestClient, path: Path) -> None:
    """Beads 1 and 2 merged, then their two source sentences joined (and undone)."""
    from aligner.formats.alignment_json import read_alignment_json

    assert _post(client, "/doc/1/api/edit", {"op": "merge-next", "bead": 1,
                                             "version": 0}).status_code == 200
    response = _post(client, "/doc/1/api/edit", {"op": "join-sentence", "bead": 1,
                                                 "side": "source", "sentence": 1,
                                                 "version": 1})
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["version"] == 2 and answer["focus"] == 1
    assert answer["message"] == "join-sentence: saved"
    saved = read_alignment_json(path)
    assert saved.src_sentences == ("<script>window.x=1</script>", "b c")
    assert [(b.src, b.tgt) for b in saved.beads] == [((0,), (0,)), ((1,), (1, 2))]
    undone = _post(client, "/doc/1/api/undo", {"version": 2})
    assert undone.status_code == 200 and undone.json()["message"] == "undid join-sentence"
    assert read_alignment_json(path).src_sentences == AL.src_sentences


# Bead 1's Spanish sentence left out of the translation (a 1-0 bead)
LEFT_OUT = Alignment(("Hola.", "Nadie lo esperaba.", "Adiós."), ("Hello.", "Bye."),
                     (Bead((0,), (0,), 0.9), Bead((1,), (), 0.6), Bead((2,), (1,), 0.9)),
                     "es", "en")


def test_a_sentence_inserted_through_the_api(tmp_path: Path) -> None:
    """i's request: the typed text (its outer spaces left out, as a segmenter leaves
    them) a target sentence of its own in bead 1, which is edited; the rows from it on
    sent (the next one's target sentence is renumbered); undone back to the start."""
    from aligner.formats.alignment_json import read_alignment_json

    path = tmp_path / "doc.json"
    with _serving(LEFT_OUT, path) as client:
        client.get("/doc/1")  # the page of version 0, which the answer is compared with
        response = _post(client, "/doc/1/api/edit", {
            "op": "insert-sentence", "bead": 1, "side": "target",
            "texts": ["  Nobody <i>expected</i> it.\n"], "version": 0})
        assert response.status_code == 200, response.text
        answer = response.json()
        assert (answer["version"], answer["focus"], answer["message"]) == (
            1, 1, "insert-sentence: saved")
        assert {k: answer["rows"][k] for k in ("start", "removed", "added")} == {
            "start": 1, "removed": 2, "added": 2}
        assert "Nobody &lt;i&gt;expected&lt;/i&gt; it." in answer["rows"]["html"]
        saved = read_alignment_json(path)
        assert saved.tgt_sentences == ("Hello.", "Nobody <i>expected</i> it.", "Bye.")
        assert [(b.src, b.tgt) for b in saved.beads] == [((0,), (0,)), ((1,), (1,)),
                                                         ((2,), (2,))]
        made = saved.beads[1]
        assert made.score == 1.0 and made.review is not None
        assert made.review.state.value == "edited"
        record = json.loads(Path(f"{path}.log.jsonl").read_text().splitlines()[0])
        assert (record["op"], record["bead"], record["side"]) == ("insert-sentence", 1,
                                                                  "target")
        assert record["inserts"] == [{"side": "tgt", "sentence": 1,
                                      "text": "Nobody <i>expected</i> it.", "remove": False}]
        undone = _post(client, "/doc/1/api/undo", {"version": 1})
        assert undone.status_code == 200 and undone.json()["message"] == "undid insert-sentence"
        assert undone.json()["focus"] == 1
        assert read_alignment_json(path) == LEFT_OUT


@pytest.mark.parametrize(("body", "message"), [
    ({"bead": 0, "side": "target", "texts": ["Hi."]},
     "bead 0 has a target sentence: a new one is inserted only beside a sentence left "
     "without a counterpart"),
    ({"bead": 1, "side": "source", "texts": ["Hi."]}, "bead 1 has a source sentence"),
    ({"bead": 1, "side": "target", "texts": [" \n "]}, "needs the one text of the new"),
    ({"bead": 1, "side": "target", "texts": []}, "needs the one text of the new"),
    ({"bead": 1, "side": "target", "texts": ["Nobody.", "Really."]},
     "needs the one text of the new"),
    ({"bead": 1, "side": "target"}, "texts: expected"),
    ({"bead": 1, "side": "target", "texts": "Nobody."}, "texts: expected"),
    ({"bead": 1, "texts": ["Nobody."]}, "side: expected"),
    ({"bead": 3, "side": "target", "texts": ["Nobody."]}, "bead 3 does not exist"),
])
def test_an_insert_that_does_not_fit_is_refused_and_changes_nothing(
        tmp_path: Path, body: dict[str, Any], message: str) -> None:
    path = tmp_path / "doc.json"
    with _serving(LEFT_OUT, path) as client:
        _refused(client, path, "/doc/1/api/edit",
                 {"op": "insert-sentence", "version": 0, **body}, 400, message)


def test_confirm_all_counts_every_doubtful_bead_the_page_counts(tmp_path: Path) -> None:
    """An edited bead with a finding (a sentence detached: ``empty-target``) is doubtful on
    the page; confirm-all's answer counts it with the others (it said 0 where the page's
    counter said 1)."""
    import re

    al = Alignment(("Uno.", "Dos.", "Tres.", "Cuatro."), ("One.", "Two.", "Three."),
                   (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9), Bead((2, 3), (2,), 0.9)),
                   "es", "en")
    path = tmp_path / "doc.json"
    with _serving(al, path) as client:
        detached = _post(client, "/doc/1/api/edit", {"op": "detach-last", "bead": 2,
                                                     "side": "source", "version": 0})
        assert detached.status_code == 200, detached.text
        shown = re.findall(r'data-bead="\d+"[^>]* data-doubtful="(\d)"',
                           client.get("/doc/1/rows").text)
        assert shown == ["0", "0", "0", "1"]  # the 1-0 bead "Cuatro." alone
        response = _post(client, "/doc/1/api/edit", {"op": "confirm-all", "bead": 0,
                                                     "version": 1})
        assert response.status_code == 200, response.text
        assert response.json()["message"] == ("confirmed 2 beads; 1 doubtful bead left to "
                                              "look at (n finds them)")


def test_confirm_all_leaves_an_error_and_a_moved_sentence_and_export_leaves_it_out(
        tmp_path: Path) -> None:
    """The walk: C confirmed an untranslated bead (an error on the page) and the two
    halves of a sentence moved far (warnings ``moved``), and the untranslated unit, now
    "reviewed", passed ``--leave-out-flagged error`` into the memory.  They are doubtful
    now: C leaves them, the counter counts them, and export leaves the copy out."""
    import re

    from click.testing import CliRunner
    from lxml import etree

    from aligner.cli.main import cli

    src = ("The fee is payable within thirty days.",
           "This Agreement is governed by the laws of Spain.",
           "Notices are sent by registered letter.",
           "The parties meet every spring in Madrid.",
           "Either party may end it with notice.")
    tgt = ("La tarifa se pagará en un plazo de treinta días.",
           "This Agreement is governed by the laws of Spain.",  # left in English
           "Los avisos se envían por carta certificada.",
           "Cualquiera de las partes puede terminarlo con preaviso.",
           "Las partes se reúnen cada primavera en Madrid.")  # source 3, moved to the end
    al = Alignment(src, tgt, (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.99),
                              Bead((2,), (2,), 0.9), Bead((3,), (), 0.0),
                              Bead((4,), (3,), 0.8), Bead((), (4,), 0.0)), "en", "es")
    path = tmp_path / "doc.json"
    with _serving(al, path) as client:
        rows = client.get("/doc/1/rows").text
        codes = {int(k): set(re.findall(r'data-code="([a-z-]+)"', html)) for k, html in
                 re.findall(r'data-bead="(\d+)"(.*?)(?=data-bead="|\Z)', rows, re.S)}
        assert "untranslated" in codes[1] and "moved" in codes[3] and "moved" in codes[5]
        shown = re.findall(r'data-bead="\d+"[^>]* data-doubtful="(\d)"', rows)
        assert shown == ["0", "1", "0", "1", "0", "1"]
        assert 'data-doubtful="3"' in rows  # the counter: the same three
        response = _post(client, "/doc/1/api/edit", {"op": "confirm-all", "bead": 4,
                                                     "version": 0})
        assert response.status_code == 200, response.text
        assert response.json()["message"] == ("confirmed 3 beads; 3 doubtful beads left to "
                                              "look at (n finds them)")
    from aligner.formats.alignment_json import read_alignment_json

    assert [b.review is not None for b in read_alignment_json(path).beads] == [
        True, False, True, False, True, False]
    out = tmp_path / "out.tmx"
    result = CliRunner().invoke(cli, ["export", str(path), "-o", str(out),
                                      "--leave-out-flagged", "error", "--no-glossary"])
    assert result.exit_code == 0, result.stderr
    assert "1 unit with an error left out" in result.stderr
    segs = [seg.text for seg in etree.parse(str(out)).iter("seg")]
    assert "This Agreement is governed by the laws of Spain." not in segs
    assert "Los avisos se envían por carta certificada." in segs


@pytest.mark.parametrize(("swapped", "message", "marks", "scores"), [
    # the translator swapped two sentences: the aligner keeps them one 2-2 bead, so the
    # split's two 1-1 beads (each pairing two sentences that say different things) are
    # made, but left doubtful, and the answer says so (the walk: both scored 1.00,
    # "edited", into the memory)
    (True, "split: saved, but the aligner makes 2-2 (SCORE) of these sentences, not 1-1 + "
           "1-1: sentences in another order (a swap) stay one bead, as no one-by-one "
           "pairing holds them; the parts are left doubtful (c confirms each, u undoes)",
     [None, None], [0.0, 0.0]),
    # in order: the aligner pairs them one by one too; the person's beads, as before
    (False, "split: saved", ["edited", "edited"], [1.0, 1.0]),
])
def test_a_split_the_aligner_would_not_make_is_left_doubtful(
        tmp_path: Path, swapped: bool, message: str, marks: list[str | None],
        scores: list[float]) -> None:
    import re

    from aligner.formats.alignment_json import read_alignment_json

    src = ("La casa estaba al final del camino.", "Anna conoció a Bruno en Roma en 1990.",
           "Carla vendió 12 casas en Lima.", "Se fueron antes de la lluvia.")
    anna, carla = "Anna met Bruno in Rome in 1990.", "Carla sold 12 houses in Lima."
    tgt = ("The house stood at the end of the road.", *((carla, anna) if swapped
                                                        else (anna, carla)),
           "They left before the rain.")
    al = Alignment(src, tgt, (Bead((0,), (0,), 0.9), Bead((1, 2), (1, 2), 0.93),
                              Bead((3,), (3,), 0.9)), "es", "en", settings={"encoder": "none"})
    path = tmp_path / "doc.json"
    with _serving(al, path) as client:
        response = _post(client, "/doc/1/api/edit", {"op": "split", "bead": 1, "version": 0})
        assert response.status_code == 200, response.text
        # the aligner's own score of its 2-2, whatever it is, as it says it
        assert re.fullmatch(re.escape(message).replace("SCORE", r"[01]\.\d\d"),
                            response.json()["message"])
        shown = re.findall(r'data-bead="\d+"[^>]* data-doubtful="(\d)"',
                           client.get("/doc/1/rows").text)
        assert shown == ["0", "1", "1", "0"] if swapped else ["0", "0", "0", "0"]
        saved = read_alignment_json(path).beads[1:3]
        assert [(b.src, b.tgt) for b in saved] == [((1,), (1,)), ((2,), (2,))]
        assert [b.review.state.value if b.review else None for b in saved] == marks
        assert [b.score for b in saved] == scores
        undone = _post(client, "/doc/1/api/undo", {"version": 1})
        assert undone.status_code == 200
    assert read_alignment_json(path).beads == al.beads


def test_a_right_to_left_quotation_in_a_finding_is_isolated(tmp_path: Path) -> None:
    """A finding under a row quotes an Arabic number inside English: isolated (``<bdi>``),
    as the report's findings list does, or the page shows ``'(2,100,000) '٢٫١ مليون not
    in the source`` (an Arabic walk's editor)."""
    al = Alignment(("Cash worth USD 1.2 million was given to 3,200 families.",),
                   ("وُزّعت مساعدات نقدية بقيمة ٢٫١ مليون دولار على ٣٢٠٠ أسرة.",),
                   (Bead((0,), (0,), 0.9),), "en", "ar")
    path = tmp_path / "doc.json"
    with _serving(al, path) as client:
        rows = client.get("/doc/1/rows").text
    assert "&#x27;<bdi>٢٫١ مليون</bdi>&#x27; (2,100,000) not in the source" in rows
