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
    assert mina["cells"] == "2021/mina | es → en | not reviewed | 3 / 3 | 3 | 0 | 0"
    # A clean sentence-by-sentence translation: no bead looks doubtful.
    assert puerto["cells"] == "2021/puerto | es → en | not reviewed | 4 / 4 | 4 | 0 | 0"
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
    assert rows["2021/mina"]["cells"] == "2021/mina | es → en | reviewed | 3 / 3 | 2 | 2 | 0"
    # The other document keeps its own version: an edit made on its version 0 is taken.
    other = puerto["data-document"]
    assert _edit(client, other, 0, op="merge-next", bead=1) == 200
    assert _edit(client, doc, 1, op="confirm", bead=0) == 409  # this one is at version 2
    # A bead that receives a moved sentence loses its score: it is doubtful until
    # someone confirms it.
    assert _edit(client, other, 1, op="move-last", bead=1, side="source") == 200
    assert _rows(client)["2021/puerto"]["cells"] == \
        "2021/puerto | es → en | in progress | 4 / 4 | 3 | 1 | 1"
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


def test_documents_aligned_again_by_batch_while_the_editor_runs(tmp_path: Path) -> None:
    """aligner batch realigns a changed pair (a new row, a new id) while the list and a
    document are open: the list shows the collection as it is now, the old page says
    what happened (409), and the document opens again under its new id."""
    from tests.collection.conftest import DOCS, run, write_folders

    src, tgt = write_folders(tmp_path, {name: DOCS[name] for name in ("2021/mina",
                                                                      "2021/puerto")})
    db = tmp_path / "c.db"

    def batch() -> None:
        code, _, stderr = run("batch", str(src), str(tgt), "--src-lang", "es", "--tgt-lang",
                              "en", "--db", str(db), "--jobs", "1", "--encoder", "none")
        assert code == 0, stderr

    batch()
    docs = CollectionDocuments(db)
    try:
        app = create_app(EditorConfig(TOKEN, frozenset({"testserver"}), docs, docs.summaries))
        with TestClient(app, follow_redirects=False) as client:
            client.get(f"/?token={TOKEN}")
            before = _rows(client)
            old = before["2021/mina"]["data-document"]
            assert client.get(f"/doc/{old}").status_code == 200  # opened
            for folder, line in ((src, "Cerró en 1990.\n"), (tgt, "It closed in 1990.\n")):
                mina = next(folder.rglob("mina*"))
                mina.write_text(mina.read_text(encoding="utf-8") + "\n" + line,
                                encoding="utf-8")
            batch()
            # the page as it was opened: an edit on it is refused, saying why
            stale = client.post(f"/doc/{old}/api/edit", json={"version": 0, "op": "confirm",
                                "bead": 0}, headers={"X-Aligner-Token": TOKEN})
            assert stale.status_code == 409
            assert "open it again from the list of documents" in stale.json()["error"]
            # the page reloads (editor.js on 409): it says what happened, and links to the
            # list -- it once showed the old copy the editor had kept, answering 200
            reload = client.get(f"/doc/{old}")
            assert reload.status_code == 404
            assert reload.headers["content-type"].startswith("text/html")
            assert "no longer in the collection as it was opened" in reload.text
            assert 'href="/"' in reload.text and "data-bead" not in reload.text
            after = _rows(client)
            assert sorted(after) == ["2021/mina", "2021/puerto"]
            new = after["2021/mina"]["data-document"]
            assert new != old and after["2021/mina"]["cells"].startswith(
                "2021/mina | es → en | not reviewed | 4 / 4 | 4 |")
            assert after["2021/puerto"] == before["2021/puerto"]  # unchanged, same id
            # once the list was read again the old id is gone: still a page saying so
            # (it was the JSON of an error)
            gone = client.get(f"/doc/{old}")
            assert gone.status_code == 404
            assert gone.headers["content-type"].startswith("text/html")
            assert "aligned it again" in gone.text and 'href="/"' in gone.text
            rows = client.get(f"/doc/{old}/rows")  # the page's script asks for JSON
            assert rows.status_code == 404 and "no document" in rows.json()["error"]
            assert _edit(client, old, 0, op="confirm", bead=0) == 404
            page = client.get(after["2021/mina"]["href"])
            assert page.status_code == 200 and "Cerró en 1990." in page.text
            assert _edit(client, new, 0, op="confirm", bead=0) == 200
    finally:
        docs.close()


def test_a_document_replaced_while_the_list_is_read_is_left_out_not_a_500(
        collection_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """aligner batch replaces a document between the list's reading of the rows and of
    that document (it once answered 500: the alignment of a row read a moment before
    came back None)."""
    from aligner.collection.store import open_collection

    docs = CollectionDocuments(collection_db)
    counts = docs.db.review_counts

    def then_batch_replaces_mina() -> dict[int, tuple[int, int, int]]:
        read = counts()
        with open_collection(collection_db) as other:  # another process's connection
            other.remove("2021/mina")
        return read

    monkeypatch.setattr(docs.db, "review_counts", then_batch_replaces_mina)
    try:
        app = create_app(EditorConfig(TOKEN, frozenset({"testserver"}), docs, docs.summaries))
        with TestClient(app, follow_redirects=False) as client:
            client.get(f"/?token={TOKEN}")
            assert sorted(_rows(client)) == ["2021/puerto"]
    finally:
        docs.close()


def test_a_document_replaced_between_its_version_and_its_text_is_read_whole(
        collection_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The editor reads a document's version, then its text: aligner batch replacing it
    in between gave the version of a document and the text of none (a TypeError, 500).
    Both come from one snapshot now; the next read finds it gone."""
    from aligner.collection.store import open_collection
    from aligner.editor.dbstore import CollectionStore
    from aligner.editor.store import ChangedBehind

    docs = CollectionDocuments(collection_db)
    try:
        doc_id = next(k for k, row in docs._rows.items() if row.name == "2021/mina")
        store = docs[doc_id].session.store
        assert isinstance(store, CollectionStore)
        revision = store._revision

        def then_batch_replaces_it(c: object) -> int:
            version = revision(c)  # type: ignore[arg-type]
            with open_collection(collection_db) as other:
                other.remove("2021/mina")
            return version

        store._alignment = None
        monkeypatch.setattr(store, "_revision", then_batch_replaces_it)
        alignment, version = store.load()
        assert version == 0 and alignment.src_sentences[0].startswith("La mina de cobre")
        monkeypatch.undo()
        with pytest.raises(ChangedBehind):
            store.load()
    finally:
        docs.close()


def test_the_list_filters_and_orders_by_its_address(client: TestClient) -> None:
    client.get(f"/?token={TOKEN}")
    rows = _rows(client)
    mina = rows["2021/mina"]["data-document"]
    assert _edit(client, mina, 0, op="confirm", bead=0) == 200
    page = client.get("/", params={"state": "in progress"})
    tree = html.fromstring(page.text)
    assert tree.xpath("//tr[@data-document]/@data-name") == ["2021/mina"]
    assert "1 of 2 shown" in tree.xpath("string(//*[@id='shown'])")
    assert tree.xpath("//select[@name='state']/option[@selected]/@value") == ["in progress"]
    page = client.get("/", params={"q": "PUERTO"})
    assert html.fromstring(page.text).xpath("//tr[@data-document]/@data-name") == ["2021/puerto"]
    # a filter that keeps nothing says so, and what was typed is shown as text
    page = client.get("/", params={"q": "<b>x</b>", "state": "reviewed"})
    tree = html.fromstring(page.text)
    assert tree.xpath("//tr[@data-document]") == [] and "<b>x</b>" not in page.text
    assert tree.xpath("string(//*[@id='none'])") == \
        "No document whose name holds “<b>x</b>” in the state “reviewed”."
    assert tree.xpath("//input[@name='q']/@value") == ["<b>x</b>"]


def test_review_reads_each_pair_s_remembered_glossary(tmp_path: Path) -> None:
    """``aligner review C.db`` given no --glossary showed "glossary: none" where
    ``check C.db`` used the glossary the collection remembers (the NGO walk, s35)."""
    from click.testing import CliRunner

    from aligner.cli.main import cli
    from aligner.cli.remembered_glossaries import remembered_glossaries

    (tmp_path / "es").mkdir()
    (tmp_path / "en").mkdir()
    # our own text and glossary
    (tmp_path / "es" / "nota.es.txt").write_text(
        "El agua potable llegó al pueblo en marzo. Las letrinas se construyeron después.\n",
        encoding="utf-8")
    (tmp_path / "en" / "nota.en.txt").write_text(
        "Drinkable water reached the village in March. The latrines were built later.\n",
        encoding="utf-8")
    glossary = tmp_path / "agua.tsv"
    glossary.write_text("es\ten\tstatus\nagua potable\tsafe drinking water\n"
                        "agua potable\tdrinkable water\tforbidden\n", encoding="utf-8")
    db = tmp_path / "c.db"
    result = CliRunner().invoke(cli, ["batch", str(tmp_path / "es"), str(tmp_path / "en"),
                                      "--db", str(db), "--glossary", str(glossary),
                                      "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    own = remembered_glossaries(db, None, None, quiet=True)
    assert own == {("es", "en"): str(glossary.resolve())}
    docs = CollectionDocuments(db, glossaries=own)
    try:
        loaded = docs.glossary("es", "en")
        assert loaded is not None
        assert [(e.source, e.target) for e in loaded.entries] == [
            ("agua potable", "safe drinking water"), ("agua potable", "drinkable water")]
    finally:
        docs.close()
    docs = CollectionDocuments(db)  # no glossary given and none remembered: none, as before
    try:
        assert docs.glossary("es", "en") is None
    finally:
        docs.close()


def test_the_list_says_which_documents_files_changed_or_are_gone(tmp_path: Path) -> None:
    """As aligner list's stale and gone: a reviewer sees that the text on the page is the
    stored one (a walk's stale document showed as "in progress" alone)."""
    from tests.collection.conftest import DOCS, run, write_folders

    src, tgt = write_folders(tmp_path, {name: DOCS[name] for name in ("2021/mina",
                                                                      "2021/puerto")})
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(src), str(tgt), "--src-lang", "es", "--tgt-lang",
                          "en", "--db", str(db), "--jobs", "1", "--encoder", "none")
    assert code == 0, stderr
    docs = CollectionDocuments(db)
    try:
        app = create_app(EditorConfig(TOKEN, frozenset({"testserver"}), docs, docs.summaries))
        with TestClient(app, follow_redirects=False) as client:
            client.get(f"/?token={TOKEN}")
            rows = _rows(client)
            assert [rows[n]["data-files"] for n in ("2021/mina", "2021/puerto")] == ["", ""]
            mina = tgt / "2021" / "mina.en.txt"
            mina.write_text(mina.read_text(encoding="utf-8") + "One more.\n",
                            encoding="utf-8")
            (src / "2021" / "puerto.es.txt").unlink()
            rows = _rows(client)
            assert rows["2021/mina"]["data-files"] == "changed"
            assert rows["2021/mina"]["cells"].startswith(
                "2021/mina | es → en | not reviewed · file changed | ")
            assert rows["2021/puerto"]["data-files"] == "gone"
            assert rows["2021/puerto"]["cells"].startswith(
                "2021/puerto | es → en | not reviewed · files not found | ")
    finally:
        docs.close()


def test_the_place_in_a_document_is_kept_for_another_day(
        documents: CollectionDocuments, collection_db: Path) -> None:
    """Reopened another day (another server, another browser) a document opens at the
    bead last focused in it, which the page sends; looking alone leaves no file."""
    places = Path(f"{collection_db}.places.json")
    app = create_app(EditorConfig(TOKEN, frozenset({"testserver"}), documents,
                                  documents.summaries))
    with TestClient(app, follow_redirects=False) as client:
        client.get(f"/?token={TOKEN}")
        doc = _rows(client)["2021/mina"]["data-document"]

        def place(body: object) -> int:
            return client.post(f"/doc/{doc}/api/place", json=body,
                               headers={"X-Aligner-Token": TOKEN}).status_code

        assert place({"bead": 2, "side": "target"}) == 200
        assert not places.exists()  # no edit yet: no trace
        assert _edit(client, doc, 0, op="confirm", bead=0) == 200
        assert place({"bead": 2, "side": "target"}) == 200
        for bad in ({"bead": -1, "side": "target"}, {"bead": "2", "side": "target"},
                    {"bead": 2, "side": "left"}, {"bead": 2}):
            assert place(bad) == 400
        assert client.post(f"/doc/{doc}/api/place", json={"bead": 1, "side": "source"}
                           ).status_code == 403  # the token, as for an edit
    documents.close()
    again = CollectionDocuments(collection_db)
    try:
        app = create_app(EditorConfig(TOKEN, frozenset({"testserver"}), again,
                                      again.summaries))
        with TestClient(app, follow_redirects=False) as client:
            client.get(f"/?token={TOKEN}")
            page = html.fromstring(client.get(f"/doc/{doc}").text)
            body = page.xpath("//body")[0]
            assert (body.get("data-place-bead"), body.get("data-place-side")) == ("2", "target")
            other = _rows(client)["2021/puerto"]["data-document"]
            body = html.fromstring(client.get(f"/doc/{other}").text).xpath("//body")[0]
            assert body.get("data-place-bead") is None  # never placed: the first bead
    finally:
        again.close()


def test_a_sentence_inserted_in_a_collection_document_through_the_api(
        client: TestClient, collection_db: Path) -> None:
    """i's request on a collection: the new sentence a row of its own that no file has
    (an empty original), the list's counts follow it, and an undo takes the row out."""
    import sqlite3

    client.get(f"/?token={TOKEN}")
    href = _rows(client)["2021/mina"]["href"]
    doc = href.rsplit("/", 1)[1]
    assert _edit(client, doc, 0, op="detach-last", bead=2, side="target") == 200
    assert _edit(client, doc, 1, op="insert-sentence", bead=2, side="target",
                 texts=["The union demanded a raise."]) == 200
    page = client.get(href).text
    assert "The union demanded a raise." in page
    assert _rows(client)["2021/mina"]["cells"].startswith("2021/mina | es → en | in progress "
                                                         "| 3 / 4 | 4 |")

    def row() -> list[tuple[object, ...]]:
        conn = sqlite3.connect(collection_db)
        try:
            return conn.execute(
                "SELECT s.text, s.original, s.start = s.\"end\" FROM sentences s JOIN "
                "documents d ON d.id = s.doc WHERE d.name = '2021/mina' AND s.side = 'tgt' "
                "AND s.idx = 2").fetchall()
        finally:
            conn.close()

    assert row() == [("The union demanded a raise.", "", 1)]
    response = client.post(f"/doc/{doc}/api/undo", json={"version": 2},
                           headers={"X-Aligner-Token": TOKEN})
    assert response.status_code == 200 and response.json()["message"] == "undid insert-sentence"
    assert row() == [("The union asked for a ten percent raise.", None, 0)]
