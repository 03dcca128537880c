"""TBX glossaries: TBX v2 (``martif``, TBX-Basic) and TBX v3 (``tbx``) out and in.

Entries are grouped into concepts by source term: one ``termEntry``
(``conceptEntry`` in v3) per source term, holding a source-language set with
that term and a target-language set with every rendering of it.  The status
of a rendering is an ``administrativeStatus`` term note:

=========  ============================
status     ``termNote``
=========  ============================
preferred  ``preferredTerm-admn-sts``
allowed    ``admittedTerm-admn-sts``
forbidden  ``deprecatedTerm-admn-sts``
=========  ============================

A row's note goes in a ``note`` beside its target term.  OmegaT 3.6 and
translate-toolkit read v2 only; v3 is there for tools that want it.

The reader accepts both versions (with or without the v3 namespace), reads
``tig`` and ``ntig``/``termGrp`` terms, and parses as safely as the TMX
reader.  A status is read from an ``administrativeStatus`` or (TBX-Default,
MultiTerm) ``normativeAuthorization`` term note, or from the element of that
name in TBX v3's DCT style (``<basic:administrativeStatus>``), in any letter
case, with or without ``-admn-sts`` and ``Term``: preferred (also
standardized, legal, regulated), admitted -> allowed, deprecated and
superseded -> forbidden.  Any other value, in a set read, is an error naming its line.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import IO, cast

from lxml import etree

from aligner import __version__
from aligner.errors import FormatError, GlossaryError
from aligner.fileio import atomic_write
from aligner.formats._xml import (
    SAFE_PARSE_OPTIONS,
    XML_DECLARATION,
    XML_LANG,
    check_no_entities,
    nsmap,
    release,
    source_line,
    syntax_error,
    text_of,
)
from aligner.formats.glossary_common import concepts
from aligner.formats.tbx_left_out import LeftOut, WholeNotes
from aligner.formats.tbx_notes import (
    CASE_NOTE,
    PERSON_NOTE,
    POS_NOTE,
    STATUS_CATEGORIES,
    STATUS_NOTE,
    concept_notes,
    local_name,
    read_case,
    read_status,
    source_case,
    target_case,
    with_case,
)
from aligner.formats.tbx_sets import (
    OTHER_REGION,
    SetRanking,
    other_language,
    root_language,
    tag_read,
)
from aligner.formats.xmlchars import clean_xml_text
from aligner.glossary_words import pos_of
from aligner.model import Glossary, GlossaryEntry, TermStatus

TBX3_NS = "urn:iso:std:iso:30042:ed-2"


class TbxVersion(Enum):
    V2 = "2"
    V3 = "3"


# element names: (root, header, entry, language set, term group)
_NAMES = {
    TbxVersion.V2: ("martif", "martifHeader", "termEntry", "langSet", "tig"),
    TbxVersion.V3: ("tbx", "tbxHeader", "conceptEntry", "langSec", "termSec"),
}


def write_tbx(
    glossary: Glossary,
    path: str | os.PathLike[str],
    *,
    version: TbxVersion = TbxVersion.V2,
    more: Sequence[Glossary] = (),
) -> int:
    """Write ``glossary`` as TBX-Basic; return the number of concepts written.

    ``more``: glossaries of the same source language into other languages (a term
    base's other columns), each a further language set of the concepts of its source
    terms.  Characters that XML 1.0 forbids are removed from terms and notes.
    """
    root_tag, header_tag, entry_tag, lang_tag, term_tag = _NAMES[version]
    ns = f"{{{TBX3_NS}}}" if version is TbxVersion.V3 else ""
    namespaces = nsmap({None: TBX3_NS}) if version is TbxVersion.V3 else None

    pairs = (glossary, *more)
    groups = concepts(e for g in pairs for e in g.entries)
    by_pair = [dict(concepts(g.entries)) for g in pairs]
    root_attrib = {"type": "TBX-Basic", XML_LANG: glossary.src_lang}
    if version is TbxVersion.V3:
        root_attrib["style"] = "dca"
    # Glossaries are small: build the tree and serialise it in one go.
    root = etree.Element(ns + root_tag, root_attrib, nsmap=namespaces)
    header = _add(root, ns, header_tag)
    source_desc = _add(_add(header, ns, "fileDesc"), ns, "sourceDesc")
    _add(source_desc, ns, "p", f"aligner {__version__} from {glossary.path}")
    body = _add(_add(root, ns, "text"), ns, "body")
    for number, (source, entries) in enumerate(groups, start=1):
        entry = _add(body, ns, entry_tag, id=f"c{number}")
        src_set = _add(entry, ns, lang_tag, **{XML_LANG: glossary.src_lang})
        # the source term's part of speech when its rows agree on one (a TSV's pos)
        parts = {e.pos for e in entries}
        _term(src_set, ns, term_tag, source, TermStatus.PREFERRED, "", source_case(source, entries),
              parts.pop() if len(parts) == 1 else "")
        for pair, renderings in zip(pairs, by_pair, strict=True):
            if source in renderings:  # a language set for each language with a rendering
                tgt_set = _add(entry, ns, lang_tag, **{XML_LANG: pair.tgt_lang})
                for e in renderings[source]:
                    _term(tgt_set, ns, term_tag, e.target, e.status, e.note, target_case(e), e.pos)
    etree.indent(root, space="  ")
    data = XML_DECLARATION + etree.tostring(root, encoding="UTF-8") + b"\n"
    with atomic_write(path, binary=True) as fh:
        cast(IO[bytes], fh).write(data)
    return len(groups)


def write_tbx3(glossary: Glossary, path: str | os.PathLike[str]) -> int:
    """Write ``glossary`` as TBX v3 (TBX-Basic dialect, DCA style)."""
    return write_tbx(glossary, path, version=TbxVersion.V3)


def _add(
    parent: etree._Element, ns: str, tag: str, text: str | None = None, **attrib: str
) -> etree._Element:
    child = etree.SubElement(parent, ns + tag, attrib)
    if text is not None:
        child.text = clean_xml_text(text)[0]
    return child


def _term(parent: etree._Element, ns: str, group_tag: str, term: str, status: TermStatus,
          note: str, case: str, pos: str) -> None:
    group = _add(parent, ns, group_tag)
    _add(group, ns, "term", term)
    if pos:  # TBX-Basic's partOfSpeech, before the status as its schema orders them
        _add(group, ns, "termNote", "noun" if pos == "person" else pos, type=POS_NOTE)
    _add(group, ns, "termNote", STATUS_NOTE[status], type="administrativeStatus")
    if pos == "person":
        _add(group, ns, "termNote", "yes", type=PERSON_NOTE)
    if case:  # the glossary's case column (tbx_case)
        _add(group, ns, "termNote", case, type=CASE_NOTE)
    if note:
        _add(group, ns, "note", note)


def read_tbx(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    warn: Callable[[str], None] | None = None,
    exact: bool = False,
) -> Glossary:
    """Read a TBX v2 or v3 file into a :class:`Glossary` of ``src_lang`` -> ``tgt_lang``.

    Without ``src_lang`` the root's ``xml:lang`` is taken, matched to the language
    sets ignoring case and region (else the first language of the first entry);
    without ``tgt_lang`` the first other language.  A language is read, in each
    concept, from the set closest to the tag asked, down to another region of it
    (:mod:`aligner.formats.tbx_sets`).  The glossary's languages are
    the tags of the sets read (``es-419`` for ``src_lang="es"``; the language asked
    for when sets of several regions answer it).  Every source term of a
    concept is paired with every target term; the pair takes the weaker of the
    two terms' statuses, and a deprecated source term pairs with nothing -- so
    that a file read in the other direction than it was written (``--src-lang
    en`` on an es -> en TBX) gives what the same glossary as TSV gives reversed:
    allowed rows stay allowed, forbidden ones go.  An entry's note is its concept's
    descriptions and notes, then the source and target terms' notes.

    What is not read is told to ``warn``, a line for each kind: concepts without a
    term in one of the two languages, deprecated source terms, the terms of other
    languages, term data other than status, notes, case and part of speech (a
    ``subjectField``).  A term's ``partOfSpeech`` is the entry's ``pos`` (the source
    term's, else the target term's).  ``exact``: only the sets of the two tags given
    are read (a term base exported whole, whose every set is read as its own language:
    :mod:`aligner.formats.term_base`).
    """
    name = os.fspath(path)
    if not Path(name).is_file():
        raise GlossaryError("no such file", path=name)
    root_lang, read = _read_concepts(name)
    seen = dict.fromkeys(lang for _, by_lang, _, _ in read for lang in by_lang)
    ranking = SetRanking((lang, len(terms)) for _, by_lang, _, _ in read
                         for lang, terms in by_lang.items())
    entries: list[GlossaryEntry] = []
    # the tags of the sets read for each side: ``--tgt-lang fr`` reads the fr-FR set
    # and the glossary says fr-FR, as export of a TMX does (one tag: that one)
    src_tags: dict[str, None] = {}
    tgt_tags: dict[str, None] = {}
    left = LeftOut()
    for concept, by_lang, about, bad in read:
        if src_lang is None:
            src_lang = root_language(root_lang, by_lang) or next(iter(by_lang), None)
        tags = [lang for lang, terms in by_lang.items() if terms or lang in bad]
        src, tgt = ranking.pair(tags, src_lang, tgt_lang)
        if tgt_lang is None and src_lang is not None:
            tgt_lang = other_language(by_lang, src_lang, src[0] if src else src_lang)
            src, tgt = ranking.pair(tags, src_lang, tgt_lang)
        if exact:  # no stand-in of another tag
            src, tgt = (None if c is None or c[0].casefold() != (asked or "").casefold()
                        else c for c, asked in ((src, src_lang), (tgt, tgt_lang)))
        for chosen in (src, tgt):
            if chosen is not None and chosen[0] in bad:
                raise bad[chosen[0]]  # a set read; another language's may be of any dialect
        sources = _terms(by_lang, src, src_lang, src_tags, left, concept)
        targets = _terms(by_lang, tgt, tgt_lang, tgt_tags, left, concept)
        _tally(left, concept, by_lang, sources, targets)
        for source, src_status, src_note, _, _, src_case, src_pos in sources:
            if src_status is TermStatus.FORBIDDEN:
                continue  # a deprecated term is no source to translate from
            for target, status, note, line, _, tgt_case, tgt_pos in targets:
                # the source term's part of speech, else its rendering's (one concept)
                entries.append(with_case(GlossaryEntry(
                    source, target, status=_weaker(src_status, status),
                    note="; ".join(n for n in (*about, src_note, note) if n), line=line,
                    pos=src_pos or tgt_pos), src_case, tgt_case))
    if not entries and seen and tgt_lang is None:
        raise GlossaryError(f"every concept has terms in {', '.join(seen)} only; a glossary "
                            "needs a second language", path=name)
    if not entries and seen:
        raise GlossaryError(
            f"no concept has terms in both {src_lang} and {tgt_lang}; "
            f"languages present: {', '.join(seen)}",
            path=name,
        )
    glossary = Glossary(tag_read(src_tags, src_lang), tag_read(tgt_tags, tgt_lang),
                        tuple(entries), path=name)
    tags = [lang for lang, n in ranking.terms.items() if n]
    if len(tags) > 2:  # a term base, which export writes whole: each set's tag, source first
        first = next(iter(src_tags), glossary.src_lang)  # the first concept's source set
        glossary = replace(glossary, languages=(first, *(t for t in tags if t != first)))
    if warn is not None:
        for message in left.messages(glossary.src_lang, glossary.tgt_lang,
                                     regions=ranking.terms):
            if message or isinstance(warn, WholeNotes):  # a note of the whole only
                warn(message)
    return glossary


# a concept as read: its id (or line), its terms by language set, its own notes, the
# first error of a term of each set (an unknown status), raised only if the set is read
_Concept = tuple[str, dict[str, list["Term"]], list[str], dict[str, GlossaryError]]


def _read_concepts(name: str) -> tuple[str | None, list[_Concept]]:
    """The root's ``xml:lang`` and every concept of the file, in order: which set
    answers a language is chosen knowing the whole file (:mod:`tbx_sets`)."""
    read: list[_Concept] = []
    root_lang: str | None = None
    started = False
    try:
        for event, el in etree.iterparse(name, events=("start", "end"), **SAFE_PARSE_OPTIONS):
            if not started:
                check_no_entities(el, name)
                if local_name(el) not in ("martif", "tbx"):
                    raise FormatError(f"not a TBX file: root element is <{local_name(el)}>",
                                      path=name)
                root_lang = el.get(XML_LANG)
                started = True
            if event != "end" or local_name(el) not in ("termEntry", "conceptEntry"):
                continue
            concept = el.get("id") or f"line {source_line(el)}"
            bad: dict[str, GlossaryError] = {}
            read.append((concept, _lang_sets(el, name, bad), concept_notes(el), bad))
            release(el)
    except etree.XMLSyntaxError as exc:
        raise syntax_error(exc, name, expected="a TBX document") from None
    if not started:
        raise FormatError("empty file, expected a TBX document", path=name)
    return root_lang, read


def _terms(by_lang: dict[str, list[Term]], chosen: tuple[str, int] | None, asked: str | None,
           tags: dict[str, None], left: LeftOut, concept: str) -> list[Term]:
    """The terms of the set chosen for a side; its tag goes in ``tags``, and a set of
    another region than the one ``asked`` in ``left``."""
    if chosen is None or asked is None:
        return []
    tag, step = chosen
    tags.setdefault(tag, None)
    if step == OTHER_REGION:
        left.stand_ins.setdefault((asked, tag), []).append(concept)
    return by_lang[tag]


def _tally(left: LeftOut, concept: str, by_lang: dict[str, list[Term]],
           sources: list[Term], targets: list[Term]) -> None:
    """Count in ``left`` what of a concept (its id, or its line) the glossary does not get."""
    if not sources:
        left.no_source.append(concept)
    elif not targets:
        left.no_target.append(concept)
        if not any(terms and terms is not sources for terms in by_lang.values()):
            left.untranslated.append(concept)
    else:
        left.forbidden_sources.extend(f"{t[0]} in {concept}" for t in sources
                                      if t[1] is TermStatus.FORBIDDEN)
    for lang, terms in by_lang.items():
        if terms and not any(terms is t for t in (sources, targets)):
            left.languages[lang] += 1
    for term in (*sources, *targets) if sources and targets else ():
        left.categories.update(term[4])
    for term in (t for terms in by_lang.values() for t in terms) if sources else ():
        left.all_categories.update(term[4])  # of every language: a term base written whole


_RANK = {TermStatus.PREFERRED: 0, TermStatus.ALLOWED: 1, TermStatus.FORBIDDEN: 2}


def _weaker(a: TermStatus, b: TermStatus) -> TermStatus:
    """The status of a pair of terms: an admitted term on either side makes the pair
    allowed (read from the target language back, as a reversed TSV keeps it)."""
    return a if _RANK[a] >= _RANK[b] else b


# term, status, note, line, the data categories read and not kept (a subjectField),
# case, part of speech (partOfSpeech, as glossary_pos.tsv reads it; "" for none)
Term = tuple[str, TermStatus, str, int, tuple[str, ...], str | None, str]


def _lang_sets(entry: etree._Element, name: str,
               bad: dict[str, GlossaryError]) -> dict[str, list[Term]]:
    """The terms of each language set of a concept; the first bad term of a set (an
    unknown status, an empty term) goes in ``bad`` under its language."""
    out: dict[str, list[Term]] = {}
    for lang_set in entry:
        if local_name(lang_set) not in ("langSet", "langSec"):
            continue
        lang = (lang_set.get(XML_LANG) or lang_set.get("lang") or "").strip()
        if not lang:
            raise GlossaryError(f"<{local_name(lang_set)}> without xml:lang: whose terms are "
                                "they?", path=name, line=source_line(lang_set))
        terms = out.setdefault(lang, [])
        for group in lang_set.iter():
            if local_name(group) not in ("tig", "ntig", "termSec"):
                continue
            term_el = next((t for t in group.iter() if local_name(t) == "term"), None)
            if term_el is None:
                continue
            term = text_of(term_el).strip()
            if not term:
                bad.setdefault(lang, GlossaryError("empty <term>", path=name,
                                                   line=source_line(term_el)))
                continue
            status = TermStatus.PREFERRED
            notes: list[str] = []
            dropped: dict[str, None] = {}
            case = None
            pos = ""
            for child in group.iter():
                kind = local_name(child)
                if (kind == "termNote" and child.get("type") in STATUS_CATEGORIES) or (
                    kind in STATUS_CATEGORIES
                ):
                    try:
                        status = read_status(child, status, name)
                    except GlossaryError as exc:
                        bad.setdefault(lang, exc)
                elif kind == "note":
                    notes.append(text_of(child).strip())
                elif kind == "termNote" and child.get("type") == CASE_NOTE and read_case(
                        text_of(child)):
                    case = read_case(text_of(child))
                elif kind == "termNote" and child.get("type") == POS_NOTE and pos_of(
                        text_of(child).strip()):
                    pos = pos or pos_of(text_of(child).strip()) or ""
                elif kind == "termNote" and child.get("type") == PERSON_NOTE:
                    pos = "person"
                elif kind in ("termNote", "descrip"):
                    dropped.setdefault(child.get("type") or kind, None)
            terms.append((term, status, "; ".join(n for n in notes if n),
                          source_line(term_el) or 0, tuple(dropped), case, pos))
    return out
