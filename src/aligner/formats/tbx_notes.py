"""What a TBX term's notes say: its status, and the rule it matches by.

A status is read from an ``administrativeStatus`` or (TBX-Default, MultiTerm)
``normativeAuthorization`` term note, or from the element of that name in TBX v3's DCT
style; see :mod:`aligner.formats.tbx`.

The rule is the glossary's ``case`` column.  TBX-Basic has no data category for it,
so a term whose rule is not the default one (a term in capitals case-sensitively, any
other in any case: docs/glossary.md) gets a
private term note of this project, ``<termNote type="x-case">``, holding
``sensitive``, ``insensitive`` or ``capitalised``.  The TBX core structure takes any
type (the schema in OmegaT's jar validates it); a tool that does not know the type
leaves it out, and the term keeps the default rule there.  A source term is written
with the loosest rule of its concept's rows, the one ``aligner check`` finds it by
(:mod:`aligner.check.term_index`); each rendering with its row's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lxml import etree

from aligner.errors import GlossaryError
from aligner.formats._xml import source_line, text_of
from aligner.glossary import case_rule, is_acronym
from aligner.glossary_words import CASE_RULES
from aligner.model import GlossaryEntry, TermStatus

STATUS_NOTE = {
    TermStatus.PREFERRED: "preferredTerm-admn-sts",
    TermStatus.ALLOWED: "admittedTerm-admn-sts",
    TermStatus.FORBIDDEN: "deprecatedTerm-admn-sts",
}
# What a status value says, once folded by read_status (letter case, the
# ``-admn-sts`` suffix of TBX-Basic and the ``Term`` of TBX-Default dropped):
# TBX-Basic's administrativeStatus and TBX-Default's (MultiTerm's)
# normativeAuthorization name the same few statuses.  A standardised, legal or
# regulated term is one an authority prescribes: preferred.
_STATUS_WORDS = {
    "preferred": TermStatus.PREFERRED,
    "standardized": TermStatus.PREFERRED,
    "legal": TermStatus.PREFERRED,
    "regulated": TermStatus.PREFERRED,
    "admitted": TermStatus.ALLOWED,
    "deprecated": TermStatus.FORBIDDEN,
    "superseded": TermStatus.FORBIDDEN,
}
# The data categories that give a term's status: a ``termNote`` of this type
# (DCA style, TBX v2 and v3), or an element of this name (TBX v3 DCT style,
# ``<basic:administrativeStatus>``).
STATUS_CATEGORIES = ("administrativeStatus", "normativeAuthorization")


def read_status(el: etree._Element, status: TermStatus, name: str) -> TermStatus:
    """The status a status element gives (``status`` when it is empty); an unknown
    value is a :class:`GlossaryError` naming its line, as in the TSV."""
    value = text_of(el).strip()
    if not value:
        return status
    key = value.lower().removesuffix("-admn-sts").removesuffix("term")
    if key not in _STATUS_WORDS:
        raise GlossaryError(
            f"unknown status {value!r} (expected preferredTerm-admn-sts, admittedTerm-admn-sts, "
            "deprecatedTerm-admn-sts or supersededTerm-admn-sts, or preferred, admitted, "
            "deprecated or superseded)", path=name, line=source_line(el))
    return _STATUS_WORDS[key]


CASE_NOTE = "x-case"
#: a term's part of speech (TBX-Basic's data category; its values: glossary_pos.tsv)
POS_NOTE = "partOfSpeech"
#: a noun of person (a pos of ``person``): TBX's partOfSpeech says ``noun``, this says more
PERSON_NOTE = "x-nounOfPerson"
# from the loosest rule to the strictest
_ORDER = ("insensitive", "capitalised", "sensitive")
assert set(_ORDER) == set(CASE_RULES)


def _written(term: str, rule: str) -> str:
    """What the note says: the rule, or nothing when it is the default one."""
    return "" if rule == case_rule(is_acronym(term), False) else rule


def source_case(source: str, rows: Sequence[GlossaryEntry]) -> str:
    """The note of a concept's source term: the loosest rule of its rows."""
    rule = min((case_rule(e.case_sensitive, e.capitalised) for e in rows), key=_ORDER.index)
    return _written(source, rule)


def target_case(entry: GlossaryEntry) -> str:
    """The note of a row's rendering."""
    return _written(entry.target, case_rule(entry.target_case_sensitive,
                                            entry.target_capitalised))


def read_case(value: str) -> str | None:
    """The rule a note says (None: a value this reader does not know)."""
    value = value.strip().lower()
    return value if value in _ORDER else None


def with_case(entry: GlossaryEntry, source: str | None, target: str | None) -> GlossaryEntry:
    """``entry`` matching by the rules its terms' notes say (None: the default rule)."""
    src = source or case_rule(is_acronym(entry.source), False)
    tgt = target or case_rule(is_acronym(entry.target), False)
    return replace(entry, case_sensitive=src == "sensitive",
                   target_case_sensitive=tgt == "sensitive",
                   capitalised=src == "capitalised", target_capitalised=tgt == "capitalised")


def local_name(el: etree._Element) -> str:
    """An element's name without its namespace; "" for a comment or processing instruction."""
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def concept_notes(entry: etree._Element) -> list[str]:
    """What a concept says of itself -- its ``descrip`` (a definition, a subject
    field: ``definition: ...``) and ``note`` elements, also inside a
    ``descripGrp`` -- for the note of each of its entries."""
    out: list[str] = []
    for child in entry:
        kind = local_name(child)
        parts = [child] if kind in ("descrip", "note") else (
            [c for c in child if local_name(c) in ("descrip", "note")] if kind == "descripGrp"
            else [])
        for part in parts:
            text = " ".join(text_of(part).split())
            label = part.get("type") if local_name(part) == "descrip" else None
            if text:
                out.append(f"{label}: {text}" if label else text)
    return out
