"""gettext PO catalogues read as units (never written): a catalogue is aligned already.

Each entry is a unit: ``msgid`` the source, ``msgstr`` the target (``""`` when the
entry is untranslated: an empty target).  A plural entry is one unit per ``msgstr[n]``:
form 0 pairs with ``msgid``, every other form with ``msgid_plural`` (the forms a
language has are its own: Polish writes three, Japanese one).  The header entry
(``msgid ""``) and obsolete entries (``#~``) are no units.  A fuzzy entry is read as
it is, and said to be fuzzy: gettext does not use its translation until a translator
confirms it.

What names a unit in findings is its entry: ``app.es-MX.po:40`` (the line polib
says the entry starts on, its comments included), with its context (``msgctxt``),
its plural form and fuzziness when it has them; kept as properties beside the flags
(``c-format`` tells the placeholder check how the strings are filled in) and the
references (``src/ui/home.c:12``).  The comments (translator's ``#`` and extracted
``#.``) are the unit's notes.

Languages: the target is the header's ``Language:`` (``es_MX`` is es-MX), or
``--tgt-lang``, which must then agree; the source, which a catalogue does not say, is
``--src-lang``, else English, the language gettext's ``msgid`` are written in.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from aligner.defaults import DEFAULT_PO_SRC_LANG
from aligner.errors import FormatError
from aligner.fileio import read_bytes, read_text
from aligner.formats.units import TranslationUnit, UnitFile
from aligner.formats.xliff_common import check_requested
from aligner.lang import validate_tag
from aligner.lang.tags import canonical_tag

#: ``app.es-MX.po:40``, ``app.es-MX.po:40 msgctxt 'menu'``, ``... msgstr[1]``, ``..., fuzzy``:
#: how ``check`` names the unit (:func:`aligner.formats.units.record_label`)
PROP_PO_ENTRY = "x-po-entry"
PROP_PO_CONTEXT = "x-po-context"
#: the entry's flags as the file writes them, ``c-format, fuzzy``
PROP_PO_FLAGS = "x-po-flags"
PROP_PO_REFERENCES = "x-po-references"
#: the plural form a unit of a plural entry is (``1`` for ``msgstr[1]``)
PROP_PO_PLURAL = "x-po-plural"

#: The flags that say how a string is filled in (read by the placeholder check)
STRING_FORMATS = frozenset({"c-format", "python-format"})

_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")
_SYNTAX = re.compile(r"\s*\(line (\d+)\)")


def po_flags(props: dict[str, str] | Any) -> frozenset[str]:
    """The flags of a unit read from a PO file (``{"c-format", "fuzzy"}``), from its
    properties; empty for a unit of another format."""
    return frozenset(f.strip() for f in props.get(PROP_PO_FLAGS, "").split(",") if f.strip())


def po_context(props: dict[str, str] | Any) -> str:
    """What makes a PO unit another string than one of the same source: its context
    and plural form (``menu``, ``menu[2]``, ``[1]``); empty for a unit of another format."""
    context = props.get(PROP_PO_CONTEXT, "")
    plural = props.get(PROP_PO_PLURAL)
    return f"{context}[{plural}]" if plural else context


def load_po(path: str | os.PathLike[str], *, src_lang: str | None, tgt_lang: str | None
            ) -> UnitFile:
    """The units of a PO catalogue (the module docstring); a file polib cannot read is
    a :class:`FormatError` naming the line."""
    import polib  # (only when a catalogue is read)

    name = os.fspath(path)
    found = _CHARSET.search(read_bytes(Path(name))[:4096])
    charset = found.group(1).decode("ascii") if found else "utf-8"
    if charset.upper() == "CHARSET":  # a template's placeholder (msginit fills it in)
        charset = "utf-8"
    text = read_text(name, encoding=charset)
    try:
        catalogue = polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as exc:  # polib's word for a syntax error is an IOError
        said = str(exc)
        at = _SYNTAX.search(said)
        why = re.sub(r"^Syntax error in po file(?: \S+)?", "", _SYNTAX.sub("", said)).strip(" :")
        raise FormatError("not a gettext PO catalogue that can be read: syntax error"
                          + (f" ({why})" if why else ""), path=name,
                          line=int(at.group(1)) if at else None) from None
    header = (catalogue.metadata.get("Language") or "").strip()
    if not header and not tgt_lang:
        raise FormatError("the header says no language (Language:); add it, or give the "
                          "target language with --tgt-lang", path=name, line=1)
    have_tgt = canonical_tag(validate_tag(header)) if header else ""
    have_src = canonical_tag(src_lang) if src_lang else DEFAULT_PO_SRC_LANG
    check_requested(None, tgt_lang, have_src, have_tgt, name=name, line=1)
    units: list[TranslationUnit] = []
    base = Path(name).name
    for entry in catalogue:
        if entry.obsolete or entry.msgid == "":
            continue
        units.extend(_units(entry, base, len(units)))
    return UnitFile(tuple(units), have_src, tgt_lang or have_tgt, name=name)


def _units(entry: Any, base: str, index: int) -> list[TranslationUnit]:
    """The units of one entry: one, or one per plural form."""
    where = f"{base}:{entry.linenum}"
    if entry.msgctxt is not None:
        where += f" msgctxt {entry.msgctxt!r}"
    props = {PROP_PO_ENTRY: where}
    if entry.msgctxt is not None:
        props[PROP_PO_CONTEXT] = entry.msgctxt
    if entry.flags:
        props[PROP_PO_FLAGS] = ", ".join(entry.flags)
    if entry.occurrences:
        props[PROP_PO_REFERENCES] = " ".join(f"{f}:{n}" if n else f
                                             for f, n in entry.occurrences)
    fuzzy = ", fuzzy" if "fuzzy" in entry.flags else ""
    notes = tuple(c for c in (entry.tcomment, entry.comment) if c)
    if not entry.msgid_plural:
        return [TranslationUnit(entry.msgid, entry.msgstr,
                                props={**props, PROP_PO_ENTRY: where + fuzzy}, notes=notes,
                                index=index, line=entry.linenum)]
    forms = entry.msgstr_plural or {0: "", 1: ""}
    return [TranslationUnit(entry.msgid if n == 0 else entry.msgid_plural, forms[n],
                            props={**props, PROP_PO_ENTRY: f"{where} msgstr[{n}]{fuzzy}",
                                   PROP_PO_PLURAL: str(n)},
                            notes=notes, index=index + k, line=entry.linenum)
            for k, n in enumerate(sorted(forms))]
