"""What a valid glossary may still get wrong: the warnings of ``aligner glossary validate``
(and, for a glossary of another region than the text, of every command that reads one).

Each function takes a :class:`~aligner.model.Glossary` as read and returns one line per
problem -- with the line of the file it is on, for the rows -- for the CLI to print as
a warning; none of them makes the file invalid but :func:`one_language`.
"""

from __future__ import annotations

import re
from collections import defaultdict

from aligner.check.folding import strip_accents
from aligner.lang import covers, other_variety, same_language
from aligner.lang.tags import canonical_tag
from aligner.model import Glossary, GlossaryEntry, TermStatus
from aligner.textutil import count

_APPROVED = (TermStatus.PREFERRED, TermStatus.ALLOWED)


def variety_notes(glossary: Glossary, *, src_lang: str | None, tgt_lang: str | None
                  ) -> list[str]:
    """A line for each side where ``glossary`` (oriented to the pair) is for another
    variety of the language than the text: a pt-PT glossary forbids the pt-BR words
    (``arquivo``, ``usuário``) a pt-BR text rightly uses.  Nothing when the varieties
    agree, one side names none (``pt`` against ``pt-BR``), or the glossary's region takes
    in the text's (an es-419 glossary, Latin America's, for an es-MX text)."""
    notes = []
    for side, have, want in (("source", glossary.src_lang, src_lang),
                             ("target", glossary.tgt_lang, tgt_lang)):
        if want is not None and other_variety(have, want) and not covers(have, want):
            have, want = canonical_tag(have), canonical_tag(want)
            notes.append(f"{glossary.path}: the glossary's {side} language is {have}, the "
                         f"text's {want}: a glossary for {have} may forbid words that are "
                         f"right in {want}")
    return notes


def ignored_columns(glossary: Glossary) -> list[str]:
    """The note for a glossary whose header has columns no reader reads (``domain``,
    ``comment``): left out, not an error, but said."""
    if not glossary.ignored:
        return []
    names = ", ".join(map(repr, glossary.ignored))
    return [f"{glossary.path}: column{'s' if len(glossary.ignored) > 1 else ''} {names} "
            "not read (a glossary's columns after the two languages are status, note and "
            "case)"]


def one_language(glossary: Glossary) -> str | None:
    """The error for a glossary whose two languages are one (``en -> en``: a header that
    names the source twice), None otherwise; two varieties of one language
    (``en-US -> en-GB``, an adaptation) are two."""
    src, tgt = glossary.src_lang, glossary.tgt_lang
    if not same_language(src, tgt) or other_variety(src, tgt):
        return None
    return (f"the glossary is for {src} -> {tgt}: source and target are one language (the "
            "header names the target language second; two regions of a language, en-US -> "
            "en-GB, are two)")


#: A problem of a row: the line it is on (None when not known) and what is wrong.
RowNote = tuple[int | None, str]


def several_preferred(glossary: Glossary) -> list[RowNote]:
    """Each term with more than one preferred rendering (on its first one's line).  A
    rendering that is another with an end mark (``nivel de tinta.`` beside ``nivel de
    tinta``) is that one written twice, which :func:`stray_marks` reports: it does not
    count as a second."""
    preferred: dict[str, dict[str, GlossaryEntry]] = {}
    for e in glossary.entries:
        if e.status is TermStatus.PREFERRED:
            preferred.setdefault(e.source, {}).setdefault(_unmarked(e.target), e)
    return [(rows[0].line, f"{term!r} has {len(rows)} preferred renderings "
                           f"({', '.join(repr(e.target) for e in rows)}): term-inconsistent "
                           "flags the ones a document uses less; mark all but one allowed")
            for term, by_text in preferred.items() if len(rows := list(by_text.values())) > 1]


def only_forbidden(glossary: Glossary) -> list[RowNote]:
    """Each term whose renderings are all forbidden (on its first row's line): its
    findings cannot say what to use, and a unit that has it never gets term-missing."""
    rows: dict[str, list[GlossaryEntry]] = {}
    for e in glossary.entries:
        rows.setdefault(e.source, []).append(e)
    return [(entries[0].line, f"{term!r} has only forbidden renderings "
                              f"({', '.join(repr(e.target) for e in entries)}): a finding "
                              "cannot say what to use instead; add the preferred rendering")
            for term, entries in rows.items()
            if all(e.status is TermStatus.FORBIDDEN for e in entries)]


_STRAY_MARKS = ".,;:"


def _unmarked(term: str) -> str:
    """``term`` without one end mark of :data:`_STRAY_MARKS` after a word."""
    return term[:-1].rstrip() if term[-1:] in _STRAY_MARKS and term[:-1].strip() else term


def stray_marks(glossary: Glossary) -> list[RowNote]:
    """Each term or rendering ending with a full stop, comma, semicolon or colon that the
    other side's term does not end with, unless it is an abbreviation of its language
    (``Ltd.``, ``Inc.``, ``z. B.``): ``contracting party -> Vertragspartei.`` is found
    only where a text has that mark after it, so every translation without it gets
    term-missing."""
    from aligner.segment.rules import rules_for

    # the line of each rendering of each term, to name the row a marked one repeats
    renderings: dict[tuple[str, str], int] = {}
    for e in glossary.entries:
        renderings.setdefault((e.source, e.target), e.line)
    out: list[RowNote] = []
    for e in glossary.entries:
        for term, other, lang in ((e.source, e.target, glossary.src_lang),
                                  (e.target, e.source, glossary.tgt_lang)):
            mark = term[-1:]
            if not mark or mark not in _STRAY_MARKS or other.endswith(mark):
                continue
            plain = renderings.get((e.source, _unmarked(term))) if term == e.target else None
            if plain is not None:  # the term's rendering without the mark is there too
                out.append((e.line, f"{term!r} is {_unmarked(term)!r} (line {plain}) with "
                                    f"{mark!r} after it: a near-duplicate, found only where "
                                    f"a text has {mark!r} after it; leave the row out"))
                break
            word = term[:-1].split()[-1] if term[:-1].split() else ""
            if mark == "." and (not word or rules_for(lang).classify(word + ".") is not None
                                or "." in word or len(word) <= 3):
                continue  # an abbreviation (Ltd., S.A., Co.)
            out.append((e.line, f"{term!r} ends with {mark!r}, which {other!r} does not: "
                                f"check finds it only where a text has {mark!r} after "
                                "it; leave the mark out"))
            break
    return out


# a character entity, whose ';' separates nothing (AT&amp;T)
_ENTITY = re.compile(r"&#?\w+;")


def listed_terms(glossary: Glossary) -> list[RowNote]:
    """Each term or rendering that is a list of terms separated by ``;`` (``cover; lid``,
    a spreadsheet's way of giving synonyms): a glossary's cell holds one term, so it is
    read, and matched, as the one term ``cover; lid`` -- which a text hardly has."""
    out: list[RowNote] = []
    for e in glossary.entries:
        for term in (e.source, e.target):
            parts = [p.strip() for p in _ENTITY.sub("&", term).split(";")]
            if len(parts) > 1 and all(parts):
                rows = ", ".join(repr(p) for p in parts)
                out.append((e.line, f"{term!r} is read as one term, ';' and all: a cell "
                                    f"holds one term; give each its row ({rows})"))
                break
    return out


def listed_note(glossary: Glossary) -> list[str]:
    """:func:`listed_terms` in one line, for commands that use a glossary rather than
    check it (``check``, ``glossary import``); ``glossary validate`` names each row."""
    notes = listed_terms(glossary)
    if not notes:
        return []
    line, note = notes[0]
    where = f"{glossary.path}:{line}" if line else glossary.path
    more = (f" (and {count(len(notes) - 1, 'more such cell', 'more such cells')}: "
            "glossary validate lists them)") if len(notes) > 1 else ""
    return [f"{where}: {note}{more}"]


def crossed(glossary: Glossary) -> list[RowNote]:
    """Each rendering approved for one term and forbidden for another (on the forbidden
    row's line)
    (``directory -> Verzeichnis`` preferred, ``folder -> Verzeichnis`` forbidden): the
    check reports it wherever the source has the second term and not the first."""
    approved: dict[str, list[GlossaryEntry]] = defaultdict(list)
    forbidden: dict[str, list[GlossaryEntry]] = defaultdict(list)
    for e in glossary.entries:
        (forbidden if e.status is TermStatus.FORBIDDEN else approved)[_key(e)].append(e)
    out: list[RowNote] = []
    for key, bad in forbidden.items():
        for no in bad:
            for yes in approved.get(key, ()):
                if yes.source == no.source:
                    continue  # the same term: a row repeating another is the reader's error
                out.append((no.line, f"{no.target!r} is forbidden for {no.source!r} but "
                                     f"{yes.status.value} for {yes.source!r} (line {yes.line}):"
                                     f" check reports it where the source has {no.source!r} "
                                     f"and not {yes.source!r}"))
    return out


def _key(entry: GlossaryEntry) -> str:
    """A rendering as the matcher finds it: as written when case-sensitive, else in
    lower case without accents."""
    target = entry.target
    return target if entry.target_case_sensitive else strip_accents(target.lower())


def same_forms(glossary: Glossary) -> list[RowNote]:
    """Each pair of source terms the matcher finds in the same words (``workspace`` and
    ``Workspaces``: one is a form of the other), on the later term's first line: an
    occurrence of either is the term written most like the text (exact form, then case),
    whose row's note and renderings a finding quotes first.  Not an error: a glossary
    lists a UI label beside its concept.  The source terms are matched as ``check``
    matches them (a term is case-sensitive when each of its rows is), all in one pass."""
    from aligner.check.terms import TermMatcher

    lines: dict[str, int | None] = {}
    case: dict[str, bool] = {}
    for e in glossary.entries:
        lines.setdefault(e.source, e.line)
        case[e.source] = case.get(e.source, True) and e.case_sensitive
    terms = list(lines)
    matcher = TermMatcher([(t, case[t]) for t in terms], lang=glossary.src_lang,
                          capital_nouns=range(len(terms)))
    # every term once, punctuation between them (no term runs across it)
    at: dict[tuple[int, int], int] = {}
    text = ""
    for s, term in enumerate(terms):
        at[len(text), len(text) + len(term)] = s
        text += term + "\n|\n"
    out: list[RowNote] = []
    for h in matcher.find(text):
        s = at.get((h.start, h.end), -1)
        for k in sorted(k for k in set(h.terms) if k < s):
            term, other = terms[s], terms[k]
            out.append((lines[term], f"{term!r} and {other!r} (line {lines[other]}) have the "
                                     "same word forms: a text's occurrence is found as both, "
                                     "and the one written most like it (exact form, then "
                                     "case) gives the finding's note"))
    return out
