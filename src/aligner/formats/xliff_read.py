"""XLIFF reader (the writer is :mod:`aligner.formats.xliff`): XLIFF 2.0/2.1 here,
XLIFF 1.0-1.2 in :mod:`aligner.formats.xliff12_read`, chosen by the root element.

Reading is streaming and safe like the TMX reader.  Inline elements become the
same placeholders as in TMX: ``<ph/>`` -> ``{n/}``; ``<pc>text</pc>`` ->
``{n}text{/n}``; ``<sc/>``/``<ec/>`` -> ``{n}``/``{/n}``; ``<mrk>`` keeps only
its text; ``<cp hex="..."/>`` becomes the character it stands for.  Each
placeholder is also an :class:`~aligner.model.InlineTag` keyed by the code's
``id`` (an ``ec`` by its ``startRef``), which source and target share, so the
tag checks compare an XLIFF's codes as they do a TMX's; the native code a code's
``dataRef`` (``dataRefStart``/``dataRefEnd`` of a ``pc``) names in the unit's
``originalData`` is the tag's ``code``.  Its ``type``, ``subType``, ``equiv`` and
``disp`` are kept as XLIFF 2's own (``xliff2:type``, ...; a ``pc``'s
``equivStart``/``dispStart`` on its opening tag, ``equivEnd``/``dispEnd`` on its
closing one: :data:`~aligner.model.CODE_ATTRIBUTES`), which the XLIFF 2 writer writes
back; their vocabulary is not TMX's, and no other writer writes them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from aligner.errors import FormatError
from aligner.formats._xml import (
    SAFE_PARSE_OPTIONS,
    check_declared_encoding,
    check_no_entities,
    release,
    source_line,
    syntax_error,
)
from aligner.formats.tmx_inline import FlatText
from aligner.formats.units import (
    PROP_DOCUMENT,
    PROP_SRC_DOC,
    PROP_TGT_DOC,
    TranslationUnit,
    UnitFile,
)
from aligner.formats.xliff12_read import NS12, is_xliff1, read_xliff1
from aligner.formats.xliff_common import Codes, check_requested, has_text
from aligner.model import InlineTag, TagKind

NS = "urn:oasis:names:tc:xliff:document:2.0"
MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
_X = f"{{{NS}}}"
_M = f"{{{MDA}}}"


def read_xliff(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> list[TranslationUnit]:
    """Read all units of an XLIFF 2.x or 1.x file (see :func:`iter_xliff`)."""
    return list(iter_xliff(path, src_lang=src_lang, tgt_lang=tgt_lang))


def iter_xliff(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> Iterator[TranslationUnit]:
    """Stream the units of an XLIFF 2.x or 1.x file.

    ``src_lang``/``tgt_lang``, when given, must match the document's
    ``srcLang``/``trgLang`` (XLIFF 1.x: each ``file``'s ``source-language``/
    ``target-language``; loosely, like TMX); a unit without a target is read with
    an empty target.
    """
    for unit, _, _ in _read(os.fspath(path), src_lang, tgt_lang):
        yield unit


def load_xliff(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> UnitFile:
    """All units of an XLIFF file with the document's ``srcLang``/``trgLang``."""
    units: list[TranslationUnit] = []
    langs = (src_lang or "", tgt_lang or "")
    for unit, have_src, have_tgt in _read(os.fspath(path), src_lang, tgt_lang):
        units.append(unit)
        langs = (have_src, have_tgt)
    return UnitFile(tuple(units), src_lang=langs[0], tgt_lang=langs[1])


def _read(
    name: str, src_lang: str | None, tgt_lang: str | None
) -> Iterator[tuple[TranslationUnit, str, str]]:
    if not Path(name).is_file():
        raise FormatError("no such file", path=name)
    check_declared_encoding(name)
    events = iter(etree.iterparse(name, events=("start", "end"), **SAFE_PARSE_OPTIONS))
    try:
        _, root = next(events, ("", None))
        if root is None:
            raise FormatError("empty file, expected an XLIFF document", path=name)
        check_no_entities(root, name)
        if is_xliff1(root):
            yield from read_xliff1(events, root, name, src_lang, tgt_lang)
        else:
            _check_root(root, name, src_lang, tgt_lang)
            yield from _read2(events, name, (root.get("srcLang", ""),
                                             root.get("trgLang", "").strip() or tgt_lang or ""))
    except etree.XMLSyntaxError as exc:
        raise syntax_error(exc, name, expected="an XLIFF document") from None


def _read2(events: Iterator[tuple[str, etree._Element]], name: str, langs: tuple[str, str]
           ) -> Iterator[tuple[TranslationUnit, str, str]]:
    index = 0
    in_file: dict[str, str] = {}  # the document names the current <file> gives its units
    for event, el in events:
        if event == "start" and el.tag == f"{_X}file":
            in_file = _file_names(el)
        elif (event == "end" and el.tag == f"{_M}metadata"
                and (parent := el.getparent()) is not None and parent.tag == f"{_X}file"):
            in_file = {**in_file, **_file_metadata(el)}
        if event != "end" or el.tag != f"{_X}unit":
            continue
        try:
            unit = _unit(el, index, in_file)
        except _LoneSurrogate as exc:
            raise FormatError(f'<cp hex="{exc.hex}"/> is half of a UTF-16 surrogate pair, '
                              "no character", path=name, line=exc.line) from None
        yield unit, langs[0], langs[1]
        index += 1
        release(el)


def _check_root(root: etree._Element, name: str, src: str | None, tgt: str | None) -> None:
    if root.tag != f"{_X}xliff":
        qname = etree.QName(root)
        version = root.get("version") or ""
        if qname.localname == "xliff" and not qname.namespace and version.startswith("2"):
            raise FormatError(f"says XLIFF {version} but its <xliff> element lacks the XLIFF 2 "
                              f'namespace: add xmlns="{NS}" to it', path=name,
                              line=source_line(root))
        if qname.localname == "xliff" and version.startswith("2"):  # another namespace
            raise FormatError(f"says XLIFF {version} but its <xliff> element is in namespace "
                              f"{qname.namespace!r}, not XLIFF 2's: make it "
                              f'xmlns="{NS}"', path=name, line=source_line(root))
        if qname.localname == "xliff":  # neither 1.x (read1) nor 2.x: no version said
            raise FormatError(f"is XLIFF {version or 'without a version'} in no XLIFF "
                              "namespace: the tool reads XLIFF 1.0-1.2 (namespace "
                              f'"{NS12}" or version="1.2") and 2.x (namespace "{NS}")',
                              path=name, line=source_line(root))
        where = f" in namespace {qname.namespace!r}" if qname.namespace else ""
        raise FormatError(f"not an XLIFF file: root element is <{qname.localname}>{where}",
                          path=name)
    have_src, have_tgt = root.get("srcLang", ""), root.get("trgLang", "")
    if not have_src.strip():
        raise FormatError("the <xliff> element has no srcLang attribute (XLIFF 2 requires "
                          "one, naming the source language)", path=name, line=source_line(root))
    if not have_tgt.strip() and not tgt:
        # XLIFF 2 leaves trgLang out only of a file with nothing translated yet; its
        # units are still read when the caller names the target language.
        raise FormatError("the <xliff> element has no trgLang attribute (XLIFF 2 leaves it "
                          "out only before translation): add one naming the target language, "
                          "or give it with --tgt-lang", path=name,
                          line=source_line(root))
    check_requested(src, tgt, have_src, have_tgt, name=name, line=source_line(root))


def _file_names(file: etree._Element) -> dict[str, str]:
    """The source document a ``<file>`` names (its ``original``), for its units."""
    original = (file.get("original") or "").strip()
    return {PROP_SRC_DOC: original} if original else {}


def _file_metadata(meta: etree._Element) -> dict[str, str]:
    """The document names in a ``<file>``'s metadata (what aligner writes there: the
    collection's ``document`` and the ``target-document``), as unit properties."""
    names = {"document": PROP_DOCUMENT, "target-document": PROP_TGT_DOC}
    return {names[m.get("type", "")]: m.text.strip() for m in meta.iter(f"{_M}meta")
            if m.get("type", "") in names and m.text and m.text.strip()}


def _unit(unit: etree._Element, index: int, in_file: dict[str, str]) -> TranslationUnit:
    props: dict[str, str] = {}
    notes: list[str] = []
    for meta in unit.iter(f"{_M}meta"):
        props.setdefault(meta.get("type", ""), meta.text or "")
    for key, value in in_file.items():  # the unit's own names come first
        props.setdefault(key, value)
    for note in unit.iter(f"{_X}note"):
        notes.append(note.text or "")
    src_els: list[etree._Element] = []
    tgt_els: list[tuple[int, etree._Element]] = []
    untranslated = False
    for position, part in enumerate(unit, 1):
        if part.tag not in (f"{_X}segment", f"{_X}ignorable"):
            continue
        src = part.find(f"{_X}source")
        tgt = part.find(f"{_X}target")
        if src is not None:
            src_els.append(src)
        if tgt is not None:
            # a target may say where it stands among the unit's targets (order="n");
            # by default it stands where its segment does
            order = (tgt.get("order") or "").strip()
            tgt_els.append((int(order) if order.isdigit() else position, tgt))
        elif part.tag == f"{_X}ignorable" and src is not None:
            tgt_els.append((position, src))  # untranslatable: the same in the target
        if (part.tag == f"{_X}segment" and src is not None and has_text(src)
                and (tgt is None or not (has_text(tgt) or len(tgt)))):
            untranslated = True
    # An inline code is numbered once per unit, by its id, in the source's order: the
    # same code has the same number in every segment and on both sides.
    codes = Codes()
    data = _original_data(unit)
    source, src_tags = _content(src_els, codes, data)
    tgt_tags: tuple[InlineTag, ...]
    if untranslated:
        # a segment with no translation: the unit is not translated, whatever its other
        # segments have (half a translation in a memory would be used as a whole one)
        target, tgt_tags = "", ()
    else:
        target, tgt_tags = _content([t for _, t in sorted(tgt_els, key=lambda p: p[0])],
                                    codes, data)
    return TranslationUnit(
        source=source,
        target=target,
        props=props,
        notes=tuple(notes),
        index=index,
        src_tags=src_tags,
        tgt_tags=tgt_tags,
        unit_id=(unit.get("id") or "").strip(),
    )


class _LoneSurrogate(Exception):
    """A ``<cp>`` that names a surrogate code point (its line and hex value)."""

    def __init__(self, line: int, hex_value: str) -> None:
        super().__init__(hex_value)
        self.line, self.hex = line, hex_value


def _original_data(unit: etree._Element) -> dict[str, str]:
    """The native codes of a unit's ``originalData`` by ``data`` id (a ``cp`` in one is
    the character it stands for)."""
    found: dict[str, str] = {}
    for data in unit.iterchildren(f"{_X}originalData"):
        for item in data.iterchildren(f"{_X}data"):
            parts = [item.text or ""]
            for cp in item:
                with contextlib.suppress(ValueError, OverflowError):
                    point = int(cp.get("hex", ""), 16)
                    if not 0xD800 <= point <= 0xDFFF:
                        parts.append(chr(point))
                parts.append(cp.tail or "")
            found[item.get("id", "")] = "".join(parts)
    return found


def _content(els: list[etree._Element], codes: Codes, data: dict[str, str]
             ) -> tuple[str, tuple[InlineTag, ...]]:
    """The text of one side's segments, joined, with placeholders for its codes, and
    the codes (with their native code from ``data``, the unit's ``originalData``)."""
    flat = FlatText()
    open_ids: dict[str, int] = {}
    for el in els:
        _flatten(el, flat, codes=codes, open_ids=open_ids, data=data)
    return "".join(flat.parts), tuple(flat.tags)


def _attributes(el: etree._Element, end: str = "") -> tuple[tuple[str, str], ...]:
    """What a code says of itself in XLIFF 2's vocabulary, as ``xliff2:`` attributes;
    ``end``: ``Start`` or ``End``, which end of a ``pc`` (its type only on the start)."""
    names = {"equiv": f"equiv{end}", "disp": f"disp{end}"}
    if end != "End":
        names = {"type": "type", "subType": "subType", **names}
    return tuple((f"xliff2:{name}", value) for name, attr in names.items()
                 if (value := el.get(attr)) is not None)


def _flatten(
    el: etree._Element, flat: FlatText, *, codes: Codes, open_ids: dict[str, int],
    data: dict[str, str],
) -> None:
    flat.text(el.text)
    for child in el:
        if isinstance(child.tag, str):
            local = etree.QName(child).localname
            code_id = child.get("id")
            key = f"id={code_id}" if code_id else local

            def code(attr: str, child: etree._Element = child) -> str:
                return data.get(child.get(attr) or "", "")

            if local == "cp":
                with contextlib.suppress(ValueError, OverflowError):
                    point = int(child.get("hex", ""), 16)
                    if 0xD800 <= point <= 0xDFFF:  # half of a UTF-16 pair: no character
                        raise _LoneSurrogate(source_line(child) or 0, child.get("hex", ""))
                    flat.text(chr(point))
            elif local == "ph":
                flat.tag(f"{{{codes.number(code_id)}/}}", TagKind.STANDALONE, key,
                         code("dataRef"), _attributes(child))
            elif local == "sc":
                n = codes.number(code_id)
                open_ids[code_id or ""] = n
                flat.tag(f"{{{n}}}", TagKind.OPEN, key, code("dataRef"), _attributes(child))
            elif local == "ec":
                ref = child.get("startRef", "")
                n = open_ids.pop(ref) if ref in open_ids else codes.number(ref or code_id)
                flat.tag(f"{{/{n}}}", TagKind.CLOSE,
                         f"id={ref}" if ref else key if code_id else "sc", code("dataRef"),
                         _attributes(child))
            elif local == "pc":
                n = codes.number(code_id)
                flat.tag(f"{{{n}}}", TagKind.OPEN, key, code("dataRefStart"),
                         _attributes(child, "Start"))
                _flatten(child, flat, codes=codes, open_ids=open_ids, data=data)
                flat.tag(f"{{/{n}}}", TagKind.CLOSE, key, code("dataRefEnd"),
                         _attributes(child, "End"))
            else:  # mrk, sm/em and unknown inline markup: keep the text only
                _flatten(child, flat, codes=codes, open_ids=open_ids, data=data)
        flat.text(child.tail)
