"""The language pairs of a collection, which holds documents of several.

A team keeps one archive: ``es -> en`` and ``en -> es`` documents, or ``en -> pt-BR``
and ``en -> es-419`` ones.  Each document keeps the pair it was stored in
(``documents.src_lang``/``tgt_lang``).  Two documents are of one pair when both sides'
tags match as :func:`aligner.lang.lang_matches` says -- a bare language matches any
region, so ``es``/``en`` and ``es-ES``/``en-US`` are one pair, named by the tags they
share (:func:`shared_pair`), while ``es-ES`` and ``es-MX`` are two languages, and
``es -> en`` and ``en -> es`` two pairs.  The commands that read a collection take each
document in its own pair (search, the checks across documents, TMX, TSV and CSV exports)
and choose documents by pair with ``--src-lang``/``--tgt-lang`` (:func:`of_pair`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol, TypeVar

from aligner.errors import ConfigError
from aligner.lang import lang_matches, primary
from aligner.lang.tags import normalize_tag

Pair = tuple[str, str]


class _HasPair(Protocol):
    @property
    def src_lang(self) -> str: ...

    @property
    def tgt_lang(self) -> str: ...


D = TypeVar("D", bound=_HasPair)


def same_pair(a: Pair, b: Pair) -> bool:
    """Whether two pairs are one: each side's tags match (``es``/``en`` and
    ``es-ES``/``en-US``; not ``es-ES`` and ``es-MX``, nor ``es -> en`` and ``en -> es``)."""
    return lang_matches(a[0], b[0]) and lang_matches(a[1], b[1])


def group_pairs(pairs: Iterable[Pair]) -> list[list[Pair]]:
    """The distinct ``pairs`` grouped into language pairs, in the order first seen: a pair
    joins the first group every member of which it is :func:`same_pair` with (``es`` beside
    ``es-ES`` and ``es-MX`` joins the first; they stay two)."""
    groups: list[list[Pair]] = []
    for pair in dict.fromkeys(pairs):
        for group in groups:
            if all(same_pair(pair, member) for member in group):
                group.append(pair)
                break
        else:
            groups.append([pair])
    return groups


def shared_pair(pairs: Sequence[Pair]) -> Pair:
    """The language pair all of ``pairs`` are: a side's tag when they all have it (in
    any case), else its bare language (``es-ES`` and ``es``: ``es``)."""
    def shared(tags: list[str]) -> str:
        return tags[0] if len({normalize_tag(t) for t in tags}) == 1 else primary(tags[0])

    return shared([s for s, _ in pairs]), shared([t for _, t in pairs])


def declared_pair(pair: Pair, settings: Mapping[str, str]) -> Pair:
    """A document's stored ``pair`` with the region each side's document declared for a
    bare stored language (``es`` stored from a folder's name, ``es-MX`` declared by the
    DOCX: ``aligner batch`` keeps it in the settings, ``src_declared``), as the checks
    read it (:func:`~aligner.lang.declared_tags.checked_language`) and the exports write
    it; the stored tag where the document declared none."""
    from aligner.lang.declared_tags import checked_language

    return (checked_language(pair[0], settings, "src", None),
            checked_language(pair[1], settings, "tgt", None))


def pair_names(pairs: Iterable[Pair]) -> list[Pair]:
    """The language pairs of ``pairs``, each named by :func:`shared_pair` of its group."""
    return [shared_pair(group) for group in group_pairs(pairs)]


def shown(pairs: Iterable[Pair]) -> str:
    """``es -> en, en -> es``."""
    return ", ".join(f"{s} -> {t}" for s, t in pairs)


def added_pairs_note(db: str | os.PathLike[str], before: Sequence[Pair],
                     after: Sequence[Pair]) -> str | None:
    """What to say when a collection that held documents of the pairs ``before`` holds
    some of a pair none of them is, ``after``, besides others: how many pairs it holds
    now, and which (None when it holds no new pair, held none, or holds one only)."""
    # the pairs it held first, as they were named
    named = pair_names(sorted(after, key=lambda pair: pair not in before))
    held = group_pairs(before)
    if not held or len(named) < 2 or all(
            any(all(same_pair(pair, m) for m in group) for group in held) for pair in after):
        return None
    return (f"{os.fspath(db)} now holds {len(named)} language pairs: {shown(named)} (each "
            "document is read in its own; --src-lang/--tgt-lang choose a pair in list, "
            "search, check, report and export)")


def of_pair(docs: Sequence[D], src_lang: str | None, tgt_lang: str | None, *,
            path: str | os.PathLike[str]) -> list[D]:
    """The documents of ``docs`` whose source is ``src_lang`` and whose target is
    ``tgt_lang`` (None: any; a bare language takes any region of it); all of them when
    neither is given.  :class:`ConfigError` naming the collection's pairs when none is."""
    if src_lang is None and tgt_lang is None:
        return list(docs)
    kept = [d for d in docs if (src_lang is None or lang_matches(src_lang, d.src_lang))
            and (tgt_lang is None or lang_matches(tgt_lang, d.tgt_lang))]
    if docs and not kept:
        asked = f"{src_lang or '*'} -> {tgt_lang or '*'}"
        held = pair_names((d.src_lang, d.tgt_lang) for d in docs)
        raise ConfigError(f"no document is {asked}; the language "
                          f"{'pair' if len(held) == 1 else 'pairs'} of the collection: "
                          f"{shown(held)}", path=os.fspath(path))
    return kept


def by_pair(docs: Sequence[D]) -> list[tuple[Pair, list[D]]]:
    """``docs`` by language pair (:func:`group_pairs`), in the order first seen, each
    pair named by the tags of its first document -- of its first aligned one, for
    documents with a ``status`` -- as a command of one pair takes its languages from it."""
    groups = group_pairs((d.src_lang, d.tgt_lang) for d in docs)
    out: list[tuple[Pair, list[D]]] = []
    for group in groups:
        members = [d for d in docs if (d.src_lang, d.tgt_lang) in group]
        first = next((d for d in members if getattr(d, "status", "aligned") == "aligned"),
                     members[0])
        out.append(((first.src_lang, first.tgt_lang), members))
    return out
