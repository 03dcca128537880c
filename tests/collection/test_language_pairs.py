"""The language pairs of a collection: which documents are of one pair, what is said
when a pair joins it, and choosing documents by pair."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from aligner.collection.language_pairs import (
    added_pairs_note,
    group_pairs,
    of_pair,
    pair_names,
    same_pair,
)
from aligner.errors import ConfigError


@dataclass(frozen=True)
class Doc:
    name: str
    src_lang: str
    tgt_lang: str


@pytest.mark.parametrize(("a", "b", "same"), [
    (("es", "en"), ("es-ES", "en-US"), True),  # a bare language takes any region
    (("es", "en"), ("ES_es", "EN"), True),  # case and _ aside
    (("es-ES", "en"), ("es-MX", "en"), False),  # two regions: two languages
    (("es", "en"), ("en", "es"), False),  # the other direction
    (("en", "pt-BR"), ("en", "es-419"), False),
])
def test_same_pair(a: tuple[str, str], b: tuple[str, str], same: bool) -> None:
    assert same_pair(a, b) is same


def test_pairs_group_and_are_named_by_the_tags_they_share() -> None:
    pairs = [("es", "en"), ("en", "es"), ("es-ES", "en-US"), ("es", "en"), ("es-MX", "en")]
    # es-MX -> en matches es -> en, not es-ES -> en-US: a group of its own
    assert group_pairs(pairs) == [[("es", "en"), ("es-ES", "en-US")], [("en", "es")],
                                  [("es-MX", "en")]]
    assert pair_names(pairs) == [("es", "en"), ("en", "es"), ("es-MX", "en")]
    assert pair_names([("es-ES", "en-US"), ("es-es", "en-us")]) == [("es-ES", "en-US")]


def test_a_note_only_when_a_pair_joins_a_collection_of_others() -> None:
    assert added_pairs_note("c.db", [], [("es", "en"), ("en", "es")]) is None  # new
    assert added_pairs_note("c.db", [("es", "en")], [("es", "en"), ("es-CL", "en")]) is None
    assert added_pairs_note("c.db", [("es", "en")], [("en", "es")]) is None  # replaced all
    note = added_pairs_note("c.db", [("es", "en")], [("en", "es"), ("es", "en")])
    assert note is not None and note.startswith(
        "c.db now holds 2 language pairs: es -> en, en -> es (")
    # es-MX joins no group of es -> en and es-ES -> en-US, though it matches es -> en
    assert added_pairs_note("c.db", [("es", "en"), ("es-ES", "en-US")],
                            [("es", "en"), ("es-ES", "en-US"), ("es-MX", "en-US")]) is not None


def test_documents_of_a_pair() -> None:
    docs = [Doc("a", "es", "en"), Doc("b", "en", "es"), Doc("c", "es-ES", "en-US"),
            Doc("d", "en", "pt-BR")]
    assert of_pair(docs, None, None, path="c.db") == docs
    assert [d.name for d in of_pair(docs, "es", "en", path="c.db")] == ["a", "c"]
    assert [d.name for d in of_pair(docs, "es-ES", None, path="c.db")] == ["a", "c"]
    assert [d.name for d in of_pair(docs, "en", None, path="c.db")] == ["b", "d"]
    assert [d.name for d in of_pair(docs, None, "pt", path="c.db")] == ["d"]
    with pytest.raises(ConfigError) as err:
        of_pair(docs, "fr", "en", path="c.db")
    assert str(err.value) == ("c.db: no document is fr -> en; the language pairs of the "
                              "collection: es -> en, en -> es, en -> pt-BR")
