"""XLIFF 1.2 (and 1.0/1.1) reader: what memoQ, Trados, OmegaT, Okapi and
translate-toolkit write.  :mod:`aligner.formats.xliff_read` opens the file and
hands it here when its root is XLIFF 1.x (the 1.2 or 1.1 namespace, or none with
``version="1.x"``); the units are the same records the XLIFF 2 reader gives.

- ``<file source-language target-language original>``: the languages (every
  ``file`` of one pair), ``original`` the source document of its units;
  ``trans-unit``s are found at any depth of ``body``/``group``.
- A ``trans-unit`` (or its ``group``) with ``translate="no"`` is not read (nor
  numbered): it is not meant to have a translation, so it is neither a
  translation nor a missing one.  ``alt-trans`` (matches offered from elsewhere)
  and ``bin-unit`` are ignored.
- One unit per ``mrk mtype="seg"`` segment when a ``seg-source`` has several and
  the target's pair with them by ``mid`` (a Trados or memoQ memory holds one unit
  per segment), id ``TRANS-UNIT-ID/MID``; a segment with no target ``mrk`` or an
  empty one is not translated (empty target), alone.  Otherwise one unit per
  ``trans-unit``, its segments joined, as XLIFF 2 segments of one unit are:
  ``source`` and ``target`` are read whole, and a source segment with text whose
  target ``mrk`` is missing or empty makes the unit not translated, as does a
  target with ``state="needs-translation"`` or no target: half a translation in
  a memory would be offered as the whole.  ``approved`` and the other states are not kept (nor
  are XLIFF 2 states).  A ``trans-unit``'s own ``note``s are its notes; the
  ``context``s of its ``context-group name="aligner"`` (what
  :mod:`aligner.formats.xliff12` writes) its properties, by ``context-type``.
- Inline codes become the XLIFF 2 reader's placeholders and tags, keyed by
  ``id``: ``<x/>``, ``<ph>`` -> ``{n/}``; ``<g>text</g>`` -> ``{n}text{/n}``;
  ``<bx/>``/``<ex/>`` and ``<bpt>``/``<ept>`` -> ``{n}``/``{/n}`` (an ``ex``/``ept``
  closes the code its ``rid`` names, else the one of its ``id``, else the last one
  open); ``<it pos="open|close">`` -> ``{n}``/``{/n}``.  The native code inside
  ``bpt``, ``ept``, ``ph`` and ``it`` (``sub`` included) is not text but the tag's
  ``code``; ``mrk`` and unknown markup keep their text.  A code's ``ctype`` is kept as
  TMX's ``type``, the vocabulary they share (``underlined`` is TMX's ``ulined``), a
  ``ph``'s ``assoc`` as it is (:data:`~aligner.model.CODE_ATTRIBUTES`).
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from aligner.errors import FormatError
from aligner.formats._xml import release, source_line
from aligner.formats.tmx_inline import FlatText, native_code
from aligner.formats.units import PROP_SRC_DOC, TranslationUnit
from aligner.formats.xliff_common import Codes, check_requested, has_text
from aligner.lang import lang_matches
from aligner.lang.tags import two_letter_form
from aligner.model import InlineTag, TagKind

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS11 = "urn:oasis:names:tc:xliff:document:1.1"

Events = Iterator[tuple[str, etree._Element]]


def is_xliff1(root: etree._Element) -> bool:
    """Whether ``root`` is the ``xliff`` element of XLIFF 1.x: in its namespace, or in
    none with a 1.x ``version``."""
    qname = etree.QName(root)
    if qname.localname != "xliff":
        return False
    if qname.namespace in (NS12, NS11):
        return True
    return not qname.namespace and (root.get("version") or "").strip().startswith("1.")


def read_xliff1(events: Events, root: etree._Element, name: str, src_lang: str | None,
                tgt_lang: str | None) -> Iterator[tuple[TranslationUnit, str, str]]:
    """The units of an XLIFF 1.x file with its languages, from ``events`` (those of
    ``iterparse`` after the root's start)."""
    x = f"{{{etree.QName(root).namespace}}}" if etree.QName(root).namespace else ""
    pair: tuple[str, str] | None = None
    names: dict[str, str] = {}
    index = 0
    for event, el in events:
        if event == "start" and el.tag == f"{x}file":
            langs = _file_langs(el, name, src_lang, tgt_lang)
            if pair is None:
                pair = langs
            elif not (lang_matches(pair[0], langs[0]) and lang_matches(pair[1], langs[1])):
                raise FormatError(f"this <file> is {langs[0]}-{langs[1]}, an earlier one "
                                  f"{pair[0]}-{pair[1]}: the tool reads one language pair "
                                  "from a file", path=name, line=source_line(el))
            original = (el.get("original") or "").strip()
            names = {PROP_SRC_DOC: original} if original else {}
        if event != "end" or el.tag != f"{x}trans-unit":
            continue
        if _translatable(el) and pair is not None:
            for unit in _units(el, x, index, names, name):
                yield unit, pair[0], pair[1]
                index += 1
        release(el)


def _file_langs(file: etree._Element, name: str, src: str | None, tgt: str | None
                ) -> tuple[str, str]:
    have_src = two_letter_form((file.get("source-language") or "").strip())
    have_tgt = two_letter_form((file.get("target-language") or "").strip())
    line = source_line(file)
    if not have_src:
        raise FormatError("the <file> element has no source-language attribute (XLIFF 1.2 "
                          "requires one, naming the source language)", path=name, line=line)
    if not have_tgt and not tgt:
        raise FormatError("the <file> element has no target-language attribute: add one "
                          "naming the target language, or give it with --tgt-lang",
                          path=name, line=line)
    check_requested(src, tgt, have_src, have_tgt, name=name, line=line)
    return have_src, have_tgt or tgt or ""


#: The ``restype`` translate-toolkit's po2xliff gives a PO catalogue's header entry
#: (``Project-Id-Version: ...``, the ``msgid ""``): the catalogue's metadata, not a
#: translation, so neither checked nor exported.
GETTEXT_HEADER = "x-gettext-domain-header"


def _translatable(unit: etree._Element) -> bool:
    """``translate`` of the unit, else of the nearest ``group`` that says (default yes);
    a gettext header carried into XLIFF (:data:`GETTEXT_HEADER`) is not translatable."""
    if (unit.get("restype") or "").strip() == GETTEXT_HEADER:
        return False
    for el in (unit, *unit.iterancestors()):
        said = el.get("translate")
        if said is not None:
            return said.strip() != "no"
    return True


def _units(unit: etree._Element, x: str, index: int, names: dict[str, str], name: str
           ) -> list[TranslationUnit]:
    """One unit per ``mrk`` segment when the ``seg-source`` has several and each target
    ``mrk`` names one of them by ``mid`` (a Trados or memoQ TM holds one unit per
    segment; an untranslated segment has an empty target); else the trans-unit whole."""
    source = unit.find(f"{x}source")
    if source is None:
        raise FormatError(f'<trans-unit id="{unit.get("id", "")}"> has no <source> (XLIFF '
                          "1.2 requires one)", path=name, line=source_line(unit))
    target = unit.find(f"{x}target")
    # what aligner writes: the unit's properties as contexts of its own group
    props = {c.get("context-type", ""): c.text or ""
             for group in unit.iterchildren(f"{x}context-group")
             if group.get("name") == "aligner" for c in group.iterchildren(f"{x}context")}
    for key, value in names.items():  # the unit's own names come first
        props.setdefault(key, value)
    notes = tuple(n.text or "" for n in unit.iterchildren(f"{x}note"))
    unit_id = (unit.get("id") or "").strip()
    pairs = _paired_segments(unit, target, x)
    if pairs is None:
        return [_unit((source, target if target is not None and not _untranslated(
            unit, target, x) else None), index, props, notes, unit_id)]
    return [_unit(pair, index + n, props, notes, f"{unit_id}/{pair[0].get('mid')}")
            for n, pair in enumerate(p for p in pairs if has_text(p[0]))]


def _unit(pair: tuple[etree._Element, etree._Element | None], index: int,
          props: dict[str, str], notes: tuple[str, ...], unit_id: str) -> TranslationUnit:
    """The unit of a source (or source ``mrk``) and its target (None: not translated)."""
    codes = Codes()
    text, src_tags = _content(pair[0], codes)
    tgt_tags: tuple[InlineTag, ...]
    tgt_text, tgt_tags = "", ()  # not translated
    if pair[1] is not None:
        tgt_text, tgt_tags = _content(pair[1], codes)
    return TranslationUnit(source=text, target=tgt_text, props=props, notes=notes,
                           index=index, src_tags=src_tags, tgt_tags=tgt_tags,
                           unit_id=unit_id)


def _paired_segments(unit: etree._Element, target: etree._Element | None, x: str
                     ) -> list[tuple[etree._Element, etree._Element | None]] | None:
    """Each ``mrk`` segment of the ``seg-source`` and the target ``mrk`` of its ``mid``
    (None when there is none or the target needs translation); None when the
    trans-unit is not segmented in two or more, or its segments do not pair by
    ``mid`` (the unit is then read whole)."""
    seg_source = unit.find(f"{x}seg-source")
    if seg_source is None or target is None:
        return None
    sources = _segments(seg_source, x)
    mids = [m.get("mid") for m in sources]
    targets = {m.get("mid"): m for m in _segments(target, x)}
    if (len(sources) < 2 or None in mids or len(set(mids)) != len(mids)
            or len(targets) != len(_segments(target, x)) or not set(targets) <= set(mids)):
        return None
    if (target.get("state") or "").strip() == "needs-translation":
        targets = {}
    # a target mrk holding only a code (an image) is a translation, as in _untranslated
    return [(m, t if (t := targets.get(m.get("mid"))) is not None and (has_text(t) or len(t))
             else None) for m in sources]


def _untranslated(unit: etree._Element, target: etree._Element, x: str) -> bool:
    """A target that says it needs translation, or one that leaves a segment of the
    ``seg-source`` with text untranslated."""
    if (target.get("state") or "").strip() == "needs-translation":
        return True
    seg_source = unit.find(f"{x}seg-source")
    if seg_source is None:
        return False
    done = {m.get("mid"): m for m in _segments(target, x)}
    return any(has_text(m) and not (m.get("mid") in done and (
        has_text(done[m.get("mid")]) or len(done[m.get("mid")])))
        for m in _segments(seg_source, x))


def _segments(el: etree._Element, x: str) -> list[etree._Element]:
    return [m for m in el.iter(f"{x}mrk") if m.get("mtype") == "seg"]


def _content(el: etree._Element, codes: Codes) -> tuple[str, tuple[InlineTag, ...]]:
    """The text of a ``source`` or ``target`` with placeholders for its codes, and the
    codes."""
    flat = FlatText()
    _flatten(el, flat, codes, {})
    return "".join(flat.parts), tuple(flat.tags)


_OPENING = {"bx", "bpt"}
_CLOSING = {"ex", "ept"}
_STANDALONE = {"x", "ph"}
_HOLDS_CODE = {"bpt", "ept", "ph", "it"}  # x, g, bx and ex stand for a code they do not hold


#: XLIFF 1.2 ``ctype`` values whose TMX ``type`` is spelled otherwise (and back)
CTYPE_TO_TYPE = {"underlined": "ulined"}


def _attributes(el: etree._Element, local: str) -> tuple[tuple[str, str], ...]:
    """A code's ``ctype`` as TMX's ``type``, and a ``ph``'s ``assoc``."""
    ctype = el.get("ctype")
    said = [] if ctype is None else [("type", CTYPE_TO_TYPE.get(ctype, ctype))]
    if local == "ph" and (assoc := el.get("assoc")) is not None:
        said.append(("assoc", assoc))
    return tuple(said)


def _flatten(el: etree._Element, flat: FlatText, codes: Codes,
             open_codes: dict[str, tuple[int, str]]) -> None:
    flat.text(el.text)
    for child in el:
        if isinstance(child.tag, str):
            local = etree.QName(child).localname
            code_id = child.get("id")
            ref = child.get("rid") or code_id
            key = f"id={ref}" if ref else local
            code = native_code(child) if local in _HOLDS_CODE else ""
            said = _attributes(child, local)
            if local in _STANDALONE:
                flat.tag(f"{{{codes.number(code_id)}/}}", TagKind.STANDALONE,
                         f"id={code_id}" if code_id else local, code, said)
            elif local in _OPENING:
                n = codes.number(ref)
                open_codes[ref or ""] = (n, key)
                flat.tag(f"{{{n}}}", TagKind.OPEN, key, code, said)
            elif local in _CLOSING:
                n, key = _closed(open_codes, child, codes)
                flat.tag(f"{{/{n}}}", TagKind.CLOSE, key, code, said)
            elif local == "it":
                n = codes.number(code_id)
                kind = TagKind.CLOSE if child.get("pos") == "close" else TagKind.OPEN
                flat.tag(f"{{/{n}}}" if kind is TagKind.CLOSE else f"{{{n}}}", kind, key,
                         code, said)
            elif local == "g":
                n = codes.number(code_id)
                flat.tag(f"{{{n}}}", TagKind.OPEN, key, "", said)
                _flatten(child, flat, codes, open_codes)
                flat.tag(f"{{/{n}}}", TagKind.CLOSE, key)
            else:  # mrk, sub outside a code, unknown markup: keep the text only
                _flatten(child, flat, codes, open_codes)
        flat.text(child.tail)


def _closed(open_codes: dict[str, tuple[int, str]], end: etree._Element, codes: Codes
            ) -> tuple[int, str]:
    """The number and key of the code an ``ex``/``ept`` closes: the one its ``rid``
    names, else its ``id``, else the last one still open; a new one when none is."""
    for ref in (end.get("rid"), end.get("id")):
        if ref and ref in open_codes:
            return open_codes.pop(ref)
    if open_codes:
        return open_codes.popitem()[1]
    ref = end.get("rid") or end.get("id")
    return codes.number(ref), f"id={ref}" if ref else etree.QName(end).localname
