"""TMX 1.4 writer and TMX 1.1-1.4 reader.

Writing streams through :class:`lxml.etree.xmlfile`, one ``tu`` at a time, so
memory stays flat however long the alignment is.  The output is valid against
the TMX 1.4 DTD: required header attributes, ``xml:lang`` on every ``tuv``,
and no character that XML 1.0 forbids (those are removed and counted).

Whitespace: ``seg`` text is written and read back exactly as it is -- no
trimming, no collapsing.  The TMX 1.4 DTD declares no ``xml:space`` attribute,
so none is written; XML parsers keep character data verbatim anyway, and a
carriage return is written as ``&#13;`` so that end-of-line normalisation
does not turn it into a line feed.

Reading is streaming and safe: ``iterparse`` with each ``tu`` cleared after
use, no DTD loading, no entity resolution, no network, and a document type
declaration that declares entities (XXE, "billion laughs") is rejected.

A file of units of several language pairs -- ``aligner export C.db`` of a collection
of ``es -> en`` and ``en -> es`` documents, whose units each say their ``srclang`` under
a header's ``*all*`` -- is read by :func:`load_tmx_pairs` one pair at a time, each unit
in its own direction; :func:`load_tmx` reads one pair, every unit in it.

Inline codes in ``seg`` become placeholders (:mod:`aligner.formats.tmx_inline`);
each unit also keeps its ``tu`` as it was read, so that exporting a TMX to
TMX keeps every attribute, property, note and inline code of it
(:mod:`aligner.formats.tmx_keep`).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from lxml import etree

from aligner.errors import FormatError
from aligner.fileio import atomic_write
from aligner.formats._xml import (
    SAFE_PARSE_OPTIONS,
    XML_LANG,
    check_declared_encoding,
    check_no_entities,
    release,
    source_line,
    syntax_error,
)
from aligner.formats.tmx_documents import bilingual_tu
from aligner.formats.tmx_inline import seg_content
from aligner.formats.tmx_keep import write_sources
from aligner.formats.units import (
    TmxMeta,
    TranslationUnit,
    UnitFile,
    WriteReport,
)
from aligner.lang import lang_matches, normalize_tag
from aligner.model import Alignment


def write_tmx(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    meta: TmxMeta | None = None,
    reviewed_only: bool = False,
) -> WriteReport:
    """Write the aligned beads of ``alignment`` as a TMX 1.4 file.

    One ``tu`` per bead with a score of at least ``min_score`` (and, with
    ``reviewed_only``, that a person confirmed or edited); null beads are
    not exported.  ``creation_date`` fixes the header date (default: now).
    A reviewed bead's ``tu`` has a ``changedate`` (when it was reviewed) and
    an ``x-reviewed`` prop (``confirmed`` or ``edited``).
    """
    return write_tmx_sources([alignment], path, min_score=min_score,
                             creation_date=creation_date, meta=meta, reviewed_only=reviewed_only)


def write_tmx_sources(
    sources: Sequence[Alignment | UnitFile],
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    meta: TmxMeta | None = None,
    reviewed_only: bool = False,
) -> WriteReport:
    """Write alignments and units read from TMX files, one after the other, as one
    TMX 1.4 file; units read from a TMX keep everything (:mod:`~aligner.formats.tmx_keep`).
    With ``reviewed_only``, only reviewed beads and units with an ``x-reviewed`` prop."""
    with atomic_write(path, binary=True) as fh:
        return write_sources(sources, fh, min_score=min_score, creation_date=creation_date,
                             meta=meta or TmxMeta(), reviewed_only=reviewed_only)


# -- reading -----------------------------------------------------------------

def read_tmx(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> list[TranslationUnit]:
    """Read all units of a TMX file (see :func:`iter_tmx`)."""
    return list(iter_tmx(path, src_lang=src_lang, tgt_lang=tgt_lang))


def iter_tmx(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> Iterator[TranslationUnit]:
    """Stream the units of a TMX 1.1-1.4 file in ``src_lang``/``tgt_lang``.

    Without ``src_lang`` the first unit's own ``srclang`` is used, else the header's;
    without ``tgt_lang`` the other language of the first unit.  Languages match
    loosely (``es`` ~ ``es-ES`` ~ ``es_es``).  A ``tu`` that lacks one of the
    two languages is skipped; if no ``tu`` has both, :class:`FormatError` lists
    the languages the file does have.
    """
    for unit, _, _ in _read(os.fspath(path), src_lang, tgt_lang, []):
        yield unit


def load_tmx(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> UnitFile:
    """All units of a TMX file with the language tags the file uses for them (those of
    its first unit read); ``skipped`` counts the ``tu`` left out for lacking one of
    the two languages."""
    units: list[TranslationUnit] = []
    tags = (src_lang or "", tgt_lang or "")
    header: list[bytes] = []
    name = os.fspath(path)
    counts: list[int] = []
    languages: Counter[str] = Counter()
    for unit, src_tag, tgt_tag in _read(name, src_lang, tgt_lang, header, counts, languages):
        if not units:
            tags = (src_tag, tgt_tag)
        units.append(unit)
    return UnitFile(tuple(units), src_lang=tags[0], tgt_lang=tags[1],
                    header=header[0] if header else b"", name=name,
                    skipped=counts[0] - len(units) if counts else 0,
                    languages=tuple(languages.most_common()))


def load_tmx_pairs(path: str | os.PathLike[str]) -> tuple[UnitFile, ...]:
    """The units of a TMX file by language pair, in the order the pairs come, each unit in
    its own: the ``srclang`` of its ``tu`` (TMX 1.4b: a unit's overrides the header's)
    when one of its ``tuv``s is of it, else the header's, else its first ``tuv``'s
    language, and its other ``tuv``'s ``xml:lang``.  Pairs are told apart as languages
    match (``es`` ~ ``es-ES``), each named by the tags of its first unit; the ``tu`` left
    out for lacking a second language are counted in the first pair's ``skipped``.  The
    file as :func:`load_tmx` reads it, alone, when its units are of one pair, or when a
    unit has more than two languages (a multilingual memory, whose pair is chosen)."""
    name = os.fspath(path)
    header: list[bytes] = []
    counts: list[int] = []
    languages: Counter[str] = Counter()
    pairs: list[tuple[tuple[str, str], list[TranslationUnit]]] = []
    try:
        for unit, src, tgt in _read(name, None, None, header, counts, languages,
                                    per_unit=True):
            for (s, t), units in pairs:
                if lang_matches(s, src) and lang_matches(t, tgt):
                    units.append(unit)
                    break
            else:
                pairs.append(((src, tgt), [unit]))
    except _Multilingual:
        return (load_tmx(path),)
    if len(pairs) < 2:
        return (load_tmx(path),)
    # a multilingual tu gives a unit in each of its pairs: tu are counted by their index
    left_out = (counts[0] if counts else 0) - len({u.index for _, units in pairs for u in units})
    return tuple(UnitFile(tuple(units), src_lang=s, tgt_lang=t,
                          header=header[0] if header else b"", name=name,
                          skipped=left_out if i == 0 else 0,
                          languages=tuple(languages.most_common()) if i == 0 else ())
                 for i, ((s, t), units) in enumerate(pairs))


class _Multilingual(Exception):
    """A unit of more than two languages: no pair of its own."""


def _own_pairs(tu: etree._Element, by_lang: Mapping[str, etree._Element],
               header_src: str | None) -> tuple[str | None, list[str | None]]:
    """A unit's own language pairs (:func:`load_tmx_pairs`): its source language and its
    target languages -- one, none when it has one language only, several in a unit of
    more than two whose source language it or the header says (an ``export
    --multilingual``: one unit a target language); :class:`_Multilingual` when such a
    unit says none."""
    langs = list(by_lang)
    own = tu.get("srclang")
    said = next((lang for lang in (own, header_src) if lang and lang != "*all*"
                 and any(lang_matches(lang, lg) for lg in langs)), None)
    src = said or (langs[0] if langs else None)
    others: list[str | None] = [lg for lg in langs if src is None or not lang_matches(src, lg)]
    if len(others) > 1 and said is None:
        raise _Multilingual
    return src, others or [None]


def _read(
    name: str, src_lang: str | None, tgt_lang: str | None, header_out: list[bytes],
    count_out: list[int] | None = None,
    langs_out: Counter[str] | None = None,
    *, per_unit: bool = False,
) -> Iterator[tuple[TranslationUnit, str, str]]:
    """Units with the language tags picked; the serialised header goes to ``header_out``,
    the number of ``tu`` read to ``count_out``, how many of those left out (without
    the two languages) have each language to ``langs_out``.  ``per_unit``: each unit in
    its own pair (:func:`_own_pair`), not in the first unit's."""
    if not Path(name).is_file():
        raise FormatError("no such file", path=name)
    check_declared_encoding(name)
    context = etree.iterparse(name, events=("start", "end"), **SAFE_PARSE_OPTIONS)
    seen_langs: dict[str, None] = {}
    found = 0
    tu_index = 0
    root_checked = False
    root_line: int | None = None
    has_body = False
    header_src: str | None = None
    try:
        for event, el in context:
            if not root_checked:
                _check_root(el, name)
                root_checked = True
                root_line = source_line(el)
            if event != "end":
                has_body = has_body or el.tag == "body"
                continue
            tag = el.tag
            if tag == "header":
                header_src = el.get("srclang")
                if header_src == "*all*":
                    header_src = None
                header_out.append(etree.tostring(el, encoding="UTF-8", with_tail=False))
                el.clear()
            elif tag == "tu":
                by_lang = _tuvs(el, name)
                for lang in by_lang:
                    seen_langs.setdefault(lang, None)
                if per_unit:
                    src_lang, targets = _own_pairs(el, by_lang, header_src)
                    if len(targets) > 1:  # one unit a target language, its tuv's props
                        units = [_unit(el, by_lang, src_lang, t, tu_index, split=True)
                                 for t in targets]
                        tu_index += 1
                        release(el)
                        for one in units:
                            if one is not None:
                                found += 1
                                yield one
                        continue
                    tgt_lang = targets[0]
                elif src_lang is None:
                    # a unit's own srclang overrides the header's (TMX 1.4; translate-
                    # toolkit's po2tmx writes it on every tu): the first unit's decides
                    own = el.get("srclang")
                    own = own if own and own != "*all*" and any(
                        lang_matches(own, lg) for lg in by_lang) else None
                    src_lang = own or header_src or (next(iter(by_lang)) if by_lang else None)
                has_src = src_lang is not None and any(lang_matches(src_lang, lg)
                                                       for lg in by_lang)
                if tgt_lang is None and src_lang is not None and has_src:
                    others = [lg for lg in by_lang if not lang_matches(src_lang, lg)]
                    if len(others) > 1:
                        raise FormatError(
                            f"several target languages ({', '.join(others)}); "
                            "choose one with --tgt-lang",
                            path=name,
                            line=source_line(el),
                        )
                    if others:
                        tgt_lang = others[0]
                picked = _unit(el, by_lang, src_lang, tgt_lang, tu_index)
                if picked is None and langs_out is not None:
                    langs_out.update(list(by_lang))
                tu_index += 1
                release(el)
                if picked is not None:
                    found += 1
                    yield picked
    except etree.XMLSyntaxError as exc:
        raise syntax_error(exc, name, expected="a TMX document") from None
    if not root_checked:
        raise FormatError("empty file, expected a TMX document", path=name)
    if not has_body:
        # Not an empty memory: the DTD requires <body>, so the file lost its units.
        raise FormatError("the <tmx> element has no <body>, so no units (TMX keeps its "
                          "translation units in <body>)", path=name, line=root_line)
    if count_out is not None:
        count_out.append(tu_index)
    if found == 0 and tu_index > 0:
        wanted = (f"both {src_lang} and {tgt_lang}" if src_lang and tgt_lang
                  else src_lang or tgt_lang or "two languages")
        present = ", ".join(seen_langs) or "none"
        raise FormatError(f"no unit has {wanted}; languages present: {present}", path=name)


def _check_root(root: etree._Element, name: str) -> None:
    check_no_entities(root, name)
    if root.tag != "tmx":
        raise FormatError(f"not a TMX file: root element is <{root.tag}>", path=name)


def _tuvs(tu: etree._Element, name: str) -> dict[str, etree._Element]:
    """The ``seg`` of each ``tuv`` by language (first ``tuv`` of a language wins)."""
    out: dict[str, etree._Element] = {}
    for tuv in tu.iterchildren("tuv"):
        # TMX 1.1-1.3 used ``lang``; 1.4 uses ``xml:lang``.
        lang = tuv.get(XML_LANG) or tuv.get("lang")
        if not lang:
            raise FormatError("<tuv> without xml:lang", path=name, line=source_line(tuv))
        seg = tuv.find("seg")
        if seg is None:
            raise FormatError("<tuv> without <seg>", path=name, line=source_line(tuv))
        out.setdefault(lang, seg)
    return out


def _pick(
    by_lang: Mapping[str, etree._Element], lang: str | None
) -> tuple[str, etree._Element] | None:
    """The ``seg`` for ``lang``: an exact tag first, else a loose match."""
    if lang is None:
        return None
    for candidate, seg in by_lang.items():
        if normalize_tag(candidate) == normalize_tag(lang):
            return candidate, seg
    for candidate, seg in by_lang.items():
        if lang_matches(lang, candidate):
            return candidate, seg
    return None


def _unit(
    tu: etree._Element,
    by_lang: Mapping[str, etree._Element],
    src_lang: str | None,
    tgt_lang: str | None,
    index: int,
    *,
    split: bool = False,
) -> tuple[TranslationUnit, str, str] | None:
    """The unit of ``tu`` in ``src_lang`` -> ``tgt_lang``; ``split``: one of several that
    a multilingual ``tu`` gives, with its target ``tuv``'s props, notes and
    ``changedate`` as its own (:mod:`~aligner.formats.tmx_documents` moves them there),
    and, as its ``tu`` to write back, one of its two ``tuv``s with them on the ``tu``."""
    src = _pick(by_lang, src_lang)
    tgt = _pick(by_lang, tgt_lang)
    if src is None or tgt is None:
        return None
    line = source_line(tu)  # the file's tu (a split's copy has no place in the file)
    if split:
        tu = bilingual_tu(tu, src[1], tgt[1])
    props: dict[str, str] = {}
    notes: list[str] = []
    for child in tu:
        if child.tag == "prop":
            # A type given twice keeps its first value.
            props.setdefault(child.get("type", ""), child.text or "")
        elif child.tag == "note":
            notes.append(child.text or "")
    target_tuv = tgt[1].getparent()
    if not split and target_tuv is not None and len(by_lang) > 2:
        # a tu of several languages read in one pair: its target tuv's props too (what
        # export --multilingual writes there: the translation's document, score, review)
        for child in target_tuv.iterchildren("prop"):
            props.setdefault(child.get("type", ""), child.text or "")
    source, src_tags = seg_content(src[1])
    target, tgt_tags = seg_content(tgt[1])
    unit = TranslationUnit(
        source=source,
        target=target,
        props=props,
        notes=tuple(notes),
        index=index,
        src_tags=src_tags,
        tgt_tags=tgt_tags,
        original=etree.tostring(tu, encoding="UTF-8", with_tail=False),
        line=line,
    )
    return unit, src[0], tgt[0]

