"""Negated statements of technical text, for negation-dropped
(:mod:`aligner.check.negation_check`, which says when a unit is reported).

``Das Halteelement (24) ist nicht mit dem Gehäuse (12) verschweißt.`` / ``The retaining
element (24) is welded to the housing (12).``: a patent's description, a claim or an
office action (``The subject-matter of claim 1 is not new.`` / ``... ist neu.``) negates
a statement, not a rule, and no ``[rules]`` phrase holds it.  A negated statement is a
negator of the language's ``negations.txt`` bound to a ``[statement_verbs]`` word, a
copula, a passive's auxiliary, a modal or English ``do`` (``ist``, ``wird``, ``muss``,
``is``, ``does``, ``est``, ``es``, ``è``): a ``[statement_negators]`` word after it, at
most one word between (``ist nicht``, ``ist jedoch nicht``, ``does not involve``,
``n'est pas``), or a ``[statement_negators_before]`` word before it in its clause, at
most :data:`_GAP` characters between (``kein zusätzliches Werkzeug verwendet wird``,
``wobei die Welle nicht gehärtet ist``, ``no es``, ``non viene``, ``aucun outil n'est``);
or a ``[statement_negated]`` word, both in one (``isn't``, ``doesn't``, ``cannot``).
French ``ne ... que`` (only) has no ``pas`` and is none, nor is a negated bound of
``bounds.txt`` (``is not less than 0.1 mm``, ``nicht mehr als``).

Novels say such statements in every other sentence and turn them round freely (``He was
not unhappy`` / ``Estaba contento``): read in every unit, they gave 141 findings on the
DEV sets' published novels, every one a free turn.  So a unit is read only in technical
register (:func:`technical`): where both sides hold a number that is no year (a
reference sign ``(12)``, ``14a``, a claim's number, a measure; ``1957`` dates a story),
or in every unit where the user says the text is technical (``aligner check --register
technical``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from aligner.check.bounds import parse_bounds
from aligner.check.folding import fold_phrase
from aligner.check.negations import alternation, folded_sections, read, speech, words_of
from aligner.lang import BOUNDS_DATA, get_profile

#: the most characters between a statement's verb and its negator (``kein
#: zusätzliches Werkzeug verwendet wird``), none a clause mark
_GAP = 40
# a number (a reference sign 14a, a claim's 1, a measure's 2,5), and a year, which a
# novel or a report dates its story with and which marks no technical text
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_ELIDED = re.compile(r"[^\W\d_]+['’]$")
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


@dataclass(frozen=True, slots=True)
class Statements:
    """A language's negated statements, as one pattern over folded text, and its
    negated bounds (``not less than``), which are none."""

    pattern: re.Pattern[str]
    bounds: re.Pattern[str] | None = None


def _negated_bounds(lang: str, negators: list[str]) -> re.Pattern[str] | None:
    """The bounds of ``lang``'s ``bounds.txt`` that open with a negator (``not less
    than``, ``nicht mehr als``, ``no más de``): a bound of a number, no statement
    negated (``The gap is not less than 0.1 mm`` / ``beträgt mindestens 0,1 mm``)."""
    profile = get_profile(lang)
    text = profile.data_text(BOUNDS_DATA)
    if text is None:
        return None
    sections = parse_bounds(text, name=f"{profile.code}/{BOUNDS_DATA}")
    phrases = [" ".join(fold_phrase(p)[0].split())
               for p in (*sections.get("lower", ()), *sections.get("upper", ()))]
    negated = [p for p in phrases if len(p.split()) > 1 and p.split()[0] in negators]
    return re.compile(alternation(negated)) if negated else None


@cache
def statements_of(lang: str) -> Statements | None:
    """The negated statements of ``lang``, or None where its ``negations.txt`` lists no
    ``[statement_verbs]`` and ``[statement_negators]``."""
    sections = folded_sections(lang)
    if sections is None:
        return None

    def folded(section: str) -> list[str]:
        return list(sections.get(section, ()))

    verbs = folded("statement_verbs")
    after, before = folded("statement_negators"), folded("statement_negators_before")
    if not verbs or not (after or before):
        return None
    v = alternation(verbs)
    # after the verb: at most one word between (ist jedoch nicht; not ne sont que des
    # pas, only steps); before it: a few words of its clause (kein zusätzliches Werkzeug
    # verwendet wird), an elided negator (French n') running into it
    forms = [rf"(?:{v})\s(?:[^\s,;:!?.]+\s)?(?:{alternation(after)})"] if after else []
    if before:
        forms.append(rf"(?:{alternation(before)})"
                     rf"(?:(?<=')|\s(?:[^,;:!?.\n]{{0,{_GAP}}}[\s'])?)(?:{v})")
    if alone := folded("statement_negated"):
        forms.append(alternation(alone))
    body = "|".join(forms)
    return Statements(re.compile(body), _negated_bounds(lang, after + before))


def statement_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of ``text`` (as written) where it states something negated, none in
    speech; ``[not_negating]`` phrases (``nicht nur``, ``not only``) are none."""
    words, statements = words_of(lang), statements_of(lang)
    if words is None or statements is None:
        return []
    plain, origins = read(text, words)
    if statements.bounds is not None:  # not less than 0.1 mm: a bound
        plain = statements.bounds.sub(lambda m: " " * len(m.group()), plain)
    spans = [(origins[m.start()], origins[m.end() - 1] + 1)
             for m in statements.pattern.finditer(plain)]
    return [(s, e) for s, e in spans if not speech(text, _word_start(text, s))]


def _word_start(text: str, at: int) -> int:
    """Where the word before ``at`` starts if it is elided into it (French ``n'est``),
    else ``at``: its apostrophe is no quotation mark."""
    elided = _ELIDED.search(text, 0, at)
    return elided.start() if elided else at


def _numbered(text: str) -> bool:
    """Whether ``text`` holds a number that is no year."""
    return any(not _YEAR.fullmatch(m.group()) for m in _NUMBER.finditer(text))


def technical(source: str, target: str, register: str) -> bool:
    """Whether a unit's negated statements are compared: every unit in the
    ``technical`` register, else one with a number that is no year on both sides (a
    reference sign, a claim's number, a measure)."""
    return register == "technical" or (_numbered(source) and _numbered(target))
