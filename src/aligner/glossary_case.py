"""The rule a glossary term matches by, and what a ``case`` cell says of a row.

Without a case cell a term written in capitals (``JAP``) matches case-sensitively and any
other ignoring case; a cell says ``sensitive``, ``insensitive`` or ``capitalised`` (every
form of the term's words, each word the glossary capitalises keeping its capital:
docs/glossary.md, "case").
"""

from __future__ import annotations

from aligner.model import GlossaryEntry


def is_acronym(term: str) -> bool:
    """Whether ``term`` is written in capitals and so matches case-sensitively."""
    # Two or more capitals and no lower-case letter: JAP, MIR, PS, CUP.
    return sum(c.isupper() for c in term) >= 2 and not any(c.islower() for c in term)


def case_rule(case_sensitive: bool, capitalised: bool) -> str:
    """The rule a term matches by: ``sensitive``, ``capitalised`` or ``insensitive``."""
    return "sensitive" if case_sensitive else "capitalised" if capitalised else "insensitive"


def case_cell(entry: GlossaryEntry) -> str:
    """What a ``case`` column says of ``entry``: empty when its terms match as the
    default rule has them (a term in capitals case-sensitively), else ``sensitive``,
    ``insensitive`` or ``capitalised`` -- the rendering's rule where it is not the
    default one (a row's rendering is what its cell is about: the source term matches
    by the loosest rule of its rows), else the source term's."""
    src = case_rule(entry.case_sensitive, entry.capitalised)
    tgt = case_rule(entry.target_case_sensitive, entry.target_capitalised)
    defaults = (case_rule(is_acronym(entry.source), False),
                case_rule(is_acronym(entry.target), False))
    if (src, tgt) == defaults:
        return ""
    return tgt if tgt != defaults[1] else src
