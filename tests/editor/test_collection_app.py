"""The editor on a collection, without a browser: the document list and its safety rules."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import html
from starlette.testclient import TestClient

from aligner.editor.app import CSP, EditorConfig, create_app
from aligner.editor.catalog import CollectionDocuments
from aligner.editor.view import DocumentSummary

TOKEN = "t0ken-for-tests"


@pytest.fixture
def documents(collection_db: Path) -> Iterator[CollectionDocuments]:
    docs = CollectionDocuments(collection_db)
    yield docs
    docs.close()


@pytest.fixture
def client(documents: CollectionDocuments) -> Iterator[TestClient]:
    app = create_app(EditorConfig(TOKEN, frozenset({"testserver"}), documents,
                                  documents.summaries))
    with TestClient(app, follow_redirects=False) as c:
        yield c


def _rows(client: TestClient) -> dict[str, dict[str, str]]:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-security-policy"] == CSP
    tree = html.fromstring(page.text)
    return {tr.get("data-name"): {**tr.attrib, "href": tr.xpath(".//a/@href")[0],
                                  "cells": " | ".join(td.text_content() for td in tr.findall("td"))}
            for tr in tree.xpath("//tr[@data-document]")}


def _edit(client: TestClient, doc: str, version: int, **edit: object) -> int:
    response = client.post(f"/doc/{doc}/api/edit", json={"version": version, **edit},
                           headers={"X-Aligner-Token": TOKEN})
    return response.status_code


def test_the_list_shows_each_document_with_its_state_and_links_to_it(
        client: TestClient) -> None:
    assert client.get("/").status_code == 403  # no token, no list
    assert client.get(f"/?token={TOKEN}").status_code == 303
    rows = _rows(client)
    assert sorted(rows) == ["2021/mina", "2021/puerto"]
    mina, puerto = rows["2021/mina"], rows["2021/puerto"]
    assert mina["data-state"] == puerto["data-state"] == "not reviewed"
    assert mina["cells"] == "2021/mina | not reviewed | 3 / 3 | 3 | 0 | 0"
    # A clean sentence-by-sentence translation: no bead looks doubtful.
    assert puerto["cells"] == "2021/puerto | not reviewed | 4 / 4 | 4 | 0 | 0"
    page = client.get(mina["href"])
    assert page.status_code == 200 and "all documents" in page.text
    assert "La mina de cobre empleaba" in page.text

    doc = mina["data-document"]
    assert _edit(client, doc, 0, op="confirm", bead=0) == 200
    assert _rows(client)["2021/mina"]["data-state"] == "in progress"
    assert _edit(client, doc, 1, op="merge-next", bead=1) == 200
    rows = _rows(client)
    assert rows["2021/mina"]["data-state"] == "reviewed"  # every bead confirmed or edited
    assert rows["2021/mina"]["data-version"] == "2"
    assert rows["2021/mina"]["cells"] == "2021/mina | reviewed | 3 / 3 | 2 | 2 | 0"
    # The other document keeps its own version: an edit made on its version 0 is taken.
    other = puerto["data-document"]
    assert _edit(client, other, 0, op="merge-next", bead=1) == 200
    assert _edit(client, doc, 1, op="confirm", bead=0) == 409  # this one is at version 2
    # A bead that receives a moved sentence loses its score: it is doubtful until
    # someone confirms it.
    assert _edit(client, other, 1, op="move-last", bead=1, side="source") == 200
    assert _rows(client)["2021/puerto"]["cells"] == \
        "2021/puerto | in progress | 4 / 4 | 3 | 1 | 1"
    assert _edit(client, other, 2, op="confirm", bead=2) == 200
    assert _rows(client)["2021/puerto"]["data-doubtful"] == "0"


def test_unknown_documents_and_foreign_requests_are_refused(client: TestClient) -> None:
    client.get(f"/?token={TOKEN}")
    assert client.get("/doc/999").status_code == 404
    assert _edit(client, "999", 0, op="confirm", bead=0) == 404
    assert client.get("/", headers={"Host": "evil.example:80"}).status_code == 403
    response = client.post("/doc/1/api/edit", json={"version": 0, "op": "confirm", "bead": 0},
                           headers={"X-Aligner-Token": TOKEN, "Origin": "http://evil.example"})
    assert response.status_code == 403


def test_document_names_are_escaped_in_the_list() -> None:
    listing = [DocumentSummary("1", "<script>alert(1)</script>", "not reviewed", 1, 1, 1, 0,
                               1, 0)]
    app = create_app(EditorConfig(TOKEN, frozenset({"testserver"}), {}, lambda: listing))
    with TestClient(app) as client:
        page = client.get(f"/?token={TOKEN}")
    assert "<script>alert" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
