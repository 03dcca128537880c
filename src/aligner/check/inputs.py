"""Where units come from besides pair files: two documents, a TMX file.

Both paths use other parts of the toolkit (readers, segmenter, aligner, TMX
reader); they are imported when used, so that checking a pair file needs
none of them.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

from aligner.check.units import Unit, units_from_alignment
from aligner.errors import ConfigError
from aligner.model import Alignment


def _module(name: str, purpose: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        raise ConfigError(
            f"{purpose} needs {name}, which this installation lacks; use --pairs instead"
        ) from None


def units_from_documents(
    src: str | os.PathLike[str],
    tgt: str | os.PathLike[str],
    *,
    src_lang: str,
    tgt_lang: str,
) -> tuple[tuple[Unit, ...], Alignment]:
    """Read, segment and align two documents; one unit per bead."""
    readers = _module("aligner.readers", "checking two documents")
    segment = _module("aligner.segment", "checking two documents")
    align = _module("aligner.align", "checking two documents")
    src_doc = segment.segment_document(readers.read_document(src, lang=src_lang))
    tgt_doc = segment.segment_document(readers.read_document(tgt, lang=tgt_lang))
    alignment: Alignment = align.align_documents(src_doc, tgt_doc)
    return units_from_alignment(alignment), alignment


def units_from_tmx(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None,
    tgt_lang: str | None,
) -> tuple[tuple[Unit, ...], str, str]:
    """Units of a TMX file, numbered by ``tu`` (a skipped ``tu`` keeps its number).

    Returns the units and the languages actually read.
    """
    tmx = _module("aligner.formats.tmx", "--tmx")
    if hasattr(tmx, "load_tmx"):
        loaded = tmx.load_tmx(path, src_lang=src_lang, tgt_lang=tgt_lang)
        records, src_lang, tgt_lang = loaded.units, loaded.src_lang, loaded.tgt_lang
    else:
        records = tmx.read_tmx(path, src_lang=src_lang, tgt_lang=tgt_lang)
    units: list[Unit] = []
    for r in records:
        index = getattr(r, "index", len(units))
        # A tu without both languages is skipped by the reader: an empty unit keeps
        # the numbering equal to the tu position and is ignored by every check.
        units.extend(Unit("", "") for _ in range(index - len(units)))
        units.append(Unit(r.source, r.target))
    return tuple(units), src_lang or "es", tgt_lang or "en"
