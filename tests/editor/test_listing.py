"""The list page's filter and order (aligner.editor.listing)."""

from __future__ import annotations

from aligner.editor.listing import ListQuery, select
from aligner.editor.view import DocumentSummary


def _doc(name: str, state: str, beads: int, reviewed: int, doubtful: int,
         sentences: int = 10) -> DocumentSummary:
    return DocumentSummary(name, name, state, sentences, sentences, beads, reviewed, doubtful, 0)


DOCS = [
    _doc("2021/mina", "in progress", 10, 4, 2, sentences=12),
    _doc("2021/puerto", "not reviewed", 8, 0, 0, sentences=30),
    _doc("legal/Contrato", "reviewed", 5, 5, 0, sentences=5),
    _doc("legal/anexo", "not reviewed", 6, 0, 3, sentences=7),
]


def _names(**params: str) -> list[str]:
    return [d.name for d in select(DOCS, ListQuery.from_params(params))]


def test_by_default_every_document_by_name() -> None:
    assert _names() == ["2021/mina", "2021/puerto", "legal/Contrato", "legal/anexo"]


def test_a_state_keeps_its_documents_and_doubtful_keeps_those_with_doubtful_beads() -> None:
    assert _names(state="not reviewed") == ["2021/puerto", "legal/anexo"]
    assert _names(state="reviewed") == ["legal/Contrato"]
    assert _names(state="doubtful") == ["2021/mina", "legal/anexo"]


def test_the_name_filter_ignores_case_and_combines_with_the_state() -> None:
    assert _names(q="LEGAL/") == ["legal/Contrato", "legal/anexo"]
    assert _names(q="legal", state="not reviewed") == ["legal/anexo"]
    assert _names(q="nothing") == []


def test_orders() -> None:
    # doubtful beads first, then the beads without a person's mark
    assert _names(sort="todo") == ["legal/anexo", "2021/mina", "2021/puerto", "legal/Contrato"]
    assert _names(sort="doubtful") == ["legal/anexo", "2021/mina", "2021/puerto",
                                       "legal/Contrato"]
    assert _names(sort="size") == ["2021/puerto", "2021/mina", "legal/anexo", "legal/Contrato"]


def test_unknown_values_fall_back_to_the_defaults() -> None:
    query = ListQuery.from_params({"state": "gone", "sort": "random", "q": "  mina "})
    assert query == ListQuery("", "mina", "name")
    assert _names(state="gone", sort="random") == _names()
