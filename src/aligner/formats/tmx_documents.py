"""A collection's documents as one TMX 1.4 file: bilingual units, or multilingual ones.

:func:`write_documents` writes each document's beads as :mod:`~aligner.formats.tmx_keep`
writes an alignment's (one ``tu`` of two ``tuv``s a bead), naming its document on
each unit (``x-document``).

With ``originals`` (``aligner export C.db --multilingual``), the documents that
translate one original -- stored from the same source file, so the same source
text, into other target languages (``en/comunicado``, ``fr/comunicado``,
``pt-BR/comunicado`` of ``comunicado.es.txt``) -- share their units: a bead whose
source side is the same in two or more of them (the same source sentences, by
number, with the same text) is one ``tu`` holding the source ``tuv`` once and one
``tuv`` per target language.  What belongs to one translation moves from the ``tu``
to its ``tuv`` (TMX 1.4b lets a ``tuv`` have ``prop``s, ``note``s and a
``changedate``): its document (``x-document``), score, target file and sentence
numbers, review mark and date; what the translations share stays on the ``tu``
(source file, sentence numbers and subtitle cues, ``srclang``).  A bead no other translation
lines up with (a sentence one translator merged with the next, a paragraph one
left out) stays a bilingual unit, written where its document comes.  Two
translations of one original into the same target language (a document stored
twice) are never merged into one ``tu`` (a reader takes the first ``tuv`` of a
language): the second is written as its own set of units.  The reader
(:func:`aligner.formats.tmx.load_tmx_pairs`) reads such a ``tu`` back as one unit per
target language, each with its ``tuv``'s properties.  Of two varieties of one target
language (``zh-CN`` and ``zh-TW``), a ``tu`` keeps both or neither
(:mod:`aligner.formats.tmx_variants`).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from copy import deepcopy
from dataclasses import replace
from datetime import datetime
from typing import IO, Any

from lxml import etree

from aligner.errors import ConfigError
from aligner.formats.code_attributes import CodeLosses
from aligner.formats.finding_notes import FindingNotes
from aligner.formats.tmx_keep import (
    PROP_SIGNATURE,
    _fresh,
    _header,
    _set_prop,
    _write,
)
from aligner.formats.tmx_repair import Repairs
from aligner.formats.tmx_variants import Varieties, varieties
from aligner.formats.units import (
    PROP_SRC_CUES,
    PROP_SRC_DOC,
    PROP_SRC_PART,
    PROP_SRC_SECTION,
    PROP_SRC_SENTENCES,
    TmxMeta,
    WriteReport,
    signature,
)
from aligner.formats.xmlchars import XmlCleaner
from aligner.lang import lang_matches, shared_tag
from aligner.lang.tags import canonical_tag
from aligner.model import Alignment

#: The props of a merged unit that its translations share: they stay on the ``tu``.
SHARED_PROPS = frozenset({PROP_SRC_DOC, PROP_SRC_SENTENCES, PROP_SRC_CUES,
                          PROP_SRC_SECTION, PROP_SRC_PART})

#: A unit's source side: its source sentence numbers (or, for a unit without them,
#: the how-manieth unit of that text it is) and its source ``tuv`` as written.
_Key = tuple[str, bytes]


def write_documents(
    documents: Iterable[tuple[str, Alignment]],
    fh: IO[Any],
    *,
    min_score: float,
    creation_date: datetime | None,
    meta: TmxMeta,
    reviewed_only: bool = False,
    several: bool = False,
    src_langs: Collection[str] = (),
    pairs: Sequence[tuple[str, str]] = (),
    originals: Mapping[str, str] | None = None,
) -> WriteReport:
    """Write named alignments (a collection's documents, read one at a time) as one
    TMX 1.4 document, streaming: each ``tu`` also carries its document's name as
    ``<prop type="x-document">``.  The header is made from the first alignment, as
    :func:`~aligner.formats.tmx_keep.write_sources` makes it -- without the first's
    document names when the caller says there are ``several``; :class:`ConfigError`
    when there is none.  ``src_langs``: the documents' source languages, known before
    they are read (a collection of ``es -> en`` and ``en -> es`` documents): when they
    are several, the header says what they share and each unit its own; ``pairs``:
    their language pairs, which the header's signature names when they are several
    (:func:`~aligner.formats.units.signature`).  ``originals``: each document's
    original (any string the translations of one original share), the documents of
    one original coming one after the other; their units are merged (the module
    docstring), memory then holding the documents of one original."""
    stream = iter(documents)
    first = next(stream, None)
    if first is None:
        raise ConfigError("nothing to export: no aligned document")
    clean, losses, notes = XmlCleaner(), CodeLosses(), FindingNotes()
    header = _header([first[1]], creation_date, meta, clean, Repairs(),
                     one_document=not several)
    if len(pairs) > 1:
        _set_prop(header, PROP_SIGNATURE, clean(signature(first[1], pairs=pairs)))
    srclangs = {canonical_tag(lang) for lang in src_langs}
    mixed = len(srclangs) > 1
    if mixed:
        header.set("srclang", shared_tag(srclangs) or "*all*")
    offset = 0

    def fresh(name: str, alignment: Alignment) -> list[etree._Element | None]:
        nonlocal offset
        tus = list(_fresh(alignment, offset, min_score, meta, clean, reviewed_only,
                          document=name, losses=losses, own_srclang=mixed, notes=notes))
        offset += len(alignment.beads)
        return tus

    def bilingual() -> Iterator[etree._Element | None]:
        for name, alignment in itertools.chain([first], stream):
            yield from fresh(name, alignment)

    safe = Varieties(varieties(pairs))

    def merged() -> Iterator[etree._Element | None]:
        assert originals is not None
        for _, same in itertools.groupby(itertools.chain([first], stream),
                                         key=lambda doc: originals.get(doc[0], doc[0])):
            for translations in _one_language_each(list(same)):
                for tu in _merge([fresh(name, a) for name, a in translations]):
                    if tu is None or (tu := safe(tu)) is not None:
                        yield tu  # (a unit below --min-score is None: counted so)

    report = _write(fh, header, merged() if originals is not None else bilingual(), clean,
                    losses=losses, notes=notes)
    return replace(report, dropped=report.dropped + safe.message())


def _one_language_each(
    docs: list[tuple[str, Alignment]],
) -> list[list[tuple[str, Alignment]]]:
    """The translations of one original in sets of one document a target language, each
    document in the first set that has none of its language, in order."""
    sets: list[list[tuple[str, Alignment]]] = []
    for name, alignment in docs:
        for one in sets:
            if not any(lang_matches(a.tgt_lang, alignment.tgt_lang) for _, a in one):
                one.append((name, alignment))
                break
        else:
            sets.append([(name, alignment)])
    return sets


def _merge(documents: list[list[etree._Element | None]]) -> Iterator[etree._Element | None]:
    """The units of translations of one original, each of their own target language: a
    source side several have is one ``tu``, written where its first document has it."""
    keyed = [_keyed(tus) for tus in documents]
    shared = Counter(key for units in keyed for key, tu in units if tu is not None)
    by_key = [{key: tu for key, tu in units if tu is not None} for units in keyed]
    done: set[_Key] = set()
    for units in keyed:
        for key, tu in units:
            if tu is None or shared[key] < 2:
                yield tu
            elif key not in done:
                done.add(key)
                yield _one_tu([found[key] for found in by_key if key in found])


def _keyed(tus: list[etree._Element | None]) -> list[tuple[_Key, etree._Element | None]]:
    """Each unit with its source side (:data:`_Key`); a unit below --min-score (None)
    with a key of its own, that nothing shares."""
    seen: Counter[bytes] = Counter()
    out: list[tuple[_Key, etree._Element | None]] = []
    for n, tu in enumerate(tus):
        if tu is None:
            out.append(((f"none {n}", b""), None))
            continue
        tuv = tu.find("tuv")  # the source's: _fresh writes it first
        source = b"" if tuv is None else etree.tostring(tuv, encoding="UTF-8", with_tail=False)
        seen[source] += 1
        numbers = tu.findtext(f"prop[@type='{PROP_SRC_SENTENCES}']")
        out.append(((numbers if numbers is not None else f"#{seen[source]}", source), tu))
    return out


def _one_tu(tus: list[etree._Element]) -> etree._Element:
    """The bilingual ``tus`` of one source side as one ``tu``: the first's, each
    translation's own props, notes and review date moved to its target ``tuv``."""
    merged = tus[0]
    for tu in tus:
        target = tu.findall("tuv")[-1]
        own = [child for child in tu if child.tag == "note" or (
            child.tag == "prop" and child.get("type") not in SHARED_PROPS)]
        for k, child in enumerate(own):
            target.insert(k, child)  # (note|prop)* come before seg (TMX 1.4 DTD)
        if (changed := tu.get("changedate")) is not None:
            target.set("changedate", changed)
            del tu.attrib["changedate"]
        if tu is not merged:
            merged.append(target)
    return merged


def bilingual_tu(tu: etree._Element, src_seg: etree._Element,
                 tgt_seg: etree._Element) -> etree._Element:
    """What the reader takes a multilingual ``tu`` for in one of its pairs
    (:func:`aligner.formats.tmx.load_tmx_pairs`): a copy of ``tu`` with the ``tuv``s
    of the ``seg``s ``src_seg`` and ``tgt_seg`` only, the props and notes of the target's
    (its translation's own) on the ``tu`` after the ``tu``'s own, and its ``changedate``
    where the ``tu`` has none."""
    src, tgt = (next(tuv for tuv in tu.iterchildren("tuv") if tuv.find("seg") is seg)
                for seg in (src_seg, tgt_seg))
    out = etree.Element("tu", {str(k): str(v) for k, v in tu.attrib.items()})
    target = deepcopy(tgt)
    for child in tu:
        if child.tag in ("prop", "note"):
            out.append(deepcopy(child))
    for child in list(target):
        if child.tag in ("prop", "note"):
            out.append(child)
    if (changed := target.get("changedate")) is not None:
        del target.attrib["changedate"]
        if out.get("changedate") is None:
            out.set("changedate", changed)
    out.append(deepcopy(src))
    out.append(target)
    return out
