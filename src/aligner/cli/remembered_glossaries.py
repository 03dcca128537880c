"""The glossaries a collection remembers, each language pair's, as ``check``, ``report``
and ``review`` of a collection given no --glossary read them."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import click

from aligner.cli.terminal import warn


def remembered_glossaries(db: str | os.PathLike[str], src_lang: str | None,
                          tgt_lang: str | None, quiet: bool, *, doing: str = "checking",
                          done: str = "checked", docs: Sequence[str] = ()
                          ) -> dict[tuple[str, str], str]:
    """The glossary ``aligner batch`` last aligned each language pair of the collection
    with (of ``src_lang``/``tgt_lang``, when given), as it remembers them
    (:mod:`aligner.collection.remembered`), when its file is still there: what a check of
    the collection given no --glossary checks the pair's terms with, and what ``aligner
    review`` shows them with (each said in a line: ``doing``, ``done``); with ``docs``
    (``--doc``), of the pairs of those documents only."""
    from aligner.collection.remembered import all_remembered
    from aligner.collection.store import open_collection
    from aligner.lang import lang_matches

    if not Path(db).is_file():
        return {}  # open_collection says what is wrong with it, later
    with open_collection(db) as collection:
        kept = all_remembered(collection.conn)
        chosen = {(d.src_lang, d.tgt_lang) for d in collection.documents(docs)} if docs else None
    out = {}
    for (src, tgt), settings in sorted(kept.items()):
        path = settings["glossary"].value if "glossary" in settings else None
        if path is None or (src_lang is not None and not lang_matches(src_lang, src)) or (
                tgt_lang is not None and not lang_matches(tgt_lang, tgt)) or (
                chosen is not None and not any(lang_matches(src, a) and lang_matches(tgt, b)
                                               for a, b in chosen)):
            continue
        if not Path(path).is_file():
            if not quiet:
                warn(f"{db}: the glossary the collection remembers for {src} -> {tgt}, "
                     f"{path}, is gone: its documents are {done} without it (give "
                     "--glossary FILE)")
            continue
        if not quiet:
            click.echo(f"aligner: {doing} {src} -> {tgt} with the collection's glossary "
                       f"{path} (--glossary FILE or --no-glossary to choose)", err=True)
        out[(src, tgt)] = path
    return out
