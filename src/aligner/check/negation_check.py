"""negation-mismatch and negation-dropped: a negation one side has and the other lost.

``Do not kink or crush the drain hose.`` / ``Należy zagiąć lub zgnieść wąż odpływowy.``
(one must kink it): no number, no term, no name changed, and a safety warning says the
opposite.  The cues are the language's ``negations.txt``
(:func:`aligner.check.negations.negation_cues`).

``negation-mismatch``: a unit is reported where one side forbids (a prohibition, or an
initial negator) with no ``[negative]`` word -- or with one, where it forbids with a
prohibition (not an initial negator: novels turn ``No ... sino`` round) and the other
side has no ``[affirmative]`` word and no ``[not_negating]`` phrase, so lost the double
negation (``Children must not approach without supervision`` / ``Kinder dürfen sich
nähern``) -- and is no speech (a side that opens with a quotation mark or a dialogue
dash, ``—No, señor``, or a cue right after a quotation mark: a character's ``Don't be
afraid`` is no instruction of the text, and novels turn their negations round freely; a
quoted label, ``Do not press "Start"``, is no speech), and the other side negates
nothing of its own: it has no cue, or only ``[negative]`` words, as many as the
forbidding side has, which both sides share and which are then no double negation
(``The Recipient shall not disclose it without prior consent`` / ``Der Empfänger darf
sie ohne vorherige Zustimmung offenlegen``: the ``without`` is kept, the ``not`` lost).
A side with any other cue, even one that negates something else, is taken to keep the
prohibition: the check looks for a negation dropped or added, not moved.  A prohibition
inside a name forbids nothing and only negates (:func:`_names`): a glossary term of its
side (``勿擾模式``, ``Do Not Disturb``) or a label set in bold or in quotation marks
(``**勿擾模式**``, ``「勿擾」``, ``《请勿打扰》``, ``"Do not disturb"``).

``negation-dropped`` (info): a side that states a rule negated, with a ``[rules]``
phrase of its language (``does not apply``, ``is not liable``, ``gilt nicht``, ``wird
nicht zugelassen``, ``ne s'applique pas``, ``no se aplica``), where the other side
negates nothing of its own as above, the side is no speech and has no ``[negative]``
word the other side lacks (``gilt nicht ohne`` / ``applies only with``), and
negation-mismatch says nothing of the unit: ``dies gilt nicht für Schäden`` / ``This
also applies to damage``.  Any negation lost would be reported thousands of times in
novels, which turn negations freely; the verbs of a rule with their negator are what
contracts, judgments and standards say and novels seldom do.  A negated statement of
technical text (:mod:`aligner.check.statement_negations`: ``ist nicht ... verschweißt`` /
``is welded``, ``gehärtet ist`` / ``is not hardened``) is reported too, where the other
side has no negation cue at all and the unit is in technical register (a number that is
no year on both sides, or ``CheckOptions.register``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aligner.check.base import Context, translated_units
from aligner.check.folding import fold_phrase
from aligner.check.negations import (
    Cue,
    Kind,
    negation_cues,
    rule_spans,
    speech,
    words_of,
)
from aligner.check.statement_negations import statement_spans, technical
from aligner.model import Finding, Glossary

_CLAUSE_MARK = re.compile(r"[,;:.!?\n]")
_SENTENCE_END = re.compile(r"[.!?\n]")
#: how far before a negator a [continuing] phrase may begin (``and not``, ``und keinen``)
_REACH = 20
_WORD = re.compile(r"[^\W\d_]+")
# a label set apart, a name: in bold, in corner brackets, title marks or quotation marks,
# 40 characters at most (a quotation or an inch mark's stray quote is no label)
_LABEL = re.compile(r"\*\*[^*\n]{1,40}\*\*|「[^」\n]{1,40}」|『[^』\n]{1,40}』|《[^》\n]{1,40}》"
                    r"|“[^”\n]{1,40}”|\"[^\"\n]{1,40}\"")
_FORBIDS = (Kind.PROHIBITION, Kind.INITIAL)


def _terms(glossary: Glossary | None, lang: str, *, source: bool) -> re.Pattern[str] | None:
    """The glossary's terms of one side that hold a prohibition of ``lang``
    (``勿擾模式``, ``Do Not Disturb``), as a pattern of their folded text; None without
    such a term."""
    if glossary is None:
        return None
    terms = {e.source if source else e.target for e in glossary.entries}
    named = [" ".join(fold_phrase(t)[0].split()) for t in terms
             if any(c.kind in _FORBIDS for c in negation_cues(t, lang))]
    return re.compile("|".join(map(re.escape, sorted(named, key=len, reverse=True)))
                      ) if named else None


def _names(cues: list[Cue], text: str, terms: re.Pattern[str] | None) -> list[Cue]:
    """``cues`` with a prohibition inside a name made a negator: in a glossary term of
    the side (``terms``) or a label set apart (:data:`_LABEL`)."""
    spans = [m.span() for m in _LABEL.finditer(text)]
    if terms is not None:
        plain, origins = fold_phrase(text)
        spans += [(origins[m.start()], origins[m.end() - 1] + 1)
                  for m in terms.finditer(plain)]
    return [Cue(Kind.NEGATOR, c.start, c.end) if c.kind in _FORBIDS and any(
        s <= c.start and c.end <= e for s, e in spans) else c for c in cues]


def _forbidding(cues: list[Cue], text: str, *, lost: bool) -> Cue | None:
    """The first cue that forbids, unless it is speech, or a negative word makes a
    double negation: one the other side may say positively (not ``lost``), or one whose
    cue only opens the sentence (``No ... sino``, ``Never ... without``: the novels'
    turns)."""
    kinds: tuple[Kind, ...] = (Kind.PROHIBITION, Kind.INITIAL)
    if any(c.kind is Kind.NEGATIVE for c in cues):
        if not lost:
            return None
        kinds = (Kind.PROHIBITION,)
    cue = next((c for c in cues if c.kind in kinds), None)
    return None if cue is None or speech(text, cue.start) else cue


def _no_affirmative(text: str, lang: str) -> bool:
    """Whether ``text``, a side that negates nothing, has none of its language's
    ``[affirmative]`` words, which say a double negation positively (``Start it only
    with water`` for ``Do not start it without water``), and no ``[not_negating]``
    phrase (``there can be no doubt`` for ``no hay que dudar``); False for a language
    without them (a double negation is then never reported)."""
    words = words_of(lang)
    if words is None or words.affirmative is None:
        return False
    plain = fold_phrase(text)[0]
    return words.affirmative.search(plain) is None and (
        words.not_negating is None or words.not_negating.search(plain) is None)


def _unmatched(cues: list[Cue], other: list[Cue]) -> list[Cue] | None:
    """The cues of a side that the other side's lack: None where the other side negates
    something of its own (a cue that is no ``[negative]`` word, or more or other
    ``[negative]`` words than this side); this side's cues less its ``[negative]`` words
    where the other side has as many (both say ``without``: no double negation), else
    all of them."""
    negative = sum(c.kind is Kind.NEGATIVE for c in cues)
    theirs = sum(c.kind is Kind.NEGATIVE for c in other)
    if theirs < len(other) or (theirs and theirs != negative):
        return None
    return [c for c in cues if c.kind is not Kind.NEGATIVE] if theirs else cues


def check_negations(ctx: Context) -> Iterator[Finding]:
    if words_of(ctx.src_lang) is None or words_of(ctx.tgt_lang) is None:
        return
    src_terms = _terms(ctx.glossary, ctx.src_lang, source=True)
    tgt_terms = _terms(ctx.glossary, ctx.tgt_lang, source=False)
    for u, unit in translated_units(ctx):
        src = _names(negation_cues(unit.source, ctx.src_lang), unit.source, src_terms)
        tgt = _names(negation_cues(unit.target, ctx.tgt_lang), unit.target, tgt_terms)
        src_lost, tgt_lost = _unmatched(src, tgt), _unmatched(tgt, src)
        if src_lost and (cue := _forbidding(src_lost, unit.source,
                                            lost=_no_affirmative(unit.target, ctx.tgt_lang))):
            said = unit.source[cue.start:cue.end]
            yield Finding(
                code="negation-mismatch", severity=ctx.severity("negation-mismatch"),
                unit=u, message=f"the source forbids ({said!r}); the target negates nothing",
                expected=(said,), src_span=(cue.start, cue.end))
        elif tgt_lost and (cue := _forbidding(tgt_lost, unit.target,
                                              lost=_no_affirmative(unit.source, ctx.src_lang))):
            said = unit.target[cue.start:cue.end]
            yield Finding(
                code="negation-mismatch", severity=ctx.severity("negation-mismatch"),
                unit=u, message=f"the target forbids ({said!r}); the source negates nothing",
                expected=(), found=said, tgt_span=(cue.start, cue.end))
        elif span := _dropped(src, tgt, unit.source, unit.target, ctx.src_lang,
                              ctx.tgt_lang):
            said = unit.source[span[0]:span[1]]
            yield Finding(
                code="negation-dropped", severity=ctx.severity("negation-dropped"), unit=u,
                message=f"the source states a rule negated ({said!r}); the target has "
                        "fewer negations", expected=(said,), src_span=span)
        elif span := _dropped(tgt, src, unit.target, unit.source, ctx.tgt_lang,
                              ctx.src_lang):
            said = unit.target[span[0]:span[1]]
            yield Finding(
                code="negation-dropped", severity=ctx.severity("negation-dropped"), unit=u,
                message=f"the target states a rule negated ({said!r}); the source has "
                        "fewer negations", expected=(), found=said, tgt_span=span)
        elif technical(unit.source, unit.target, ctx.options.register):
            yield from _statement(ctx, u, unit.source, unit.target, src, tgt)


def _statement(ctx: Context, u: int, source: str, target: str, src: list[Cue],
               tgt: list[Cue]) -> Iterator[Finding]:
    """negation-dropped for a negated statement of one side (:func:`statement_spans`)
    whose other side has no negation cue at all: ``ist nicht ... verschweißt`` / ``is
    welded``, and an added one, ``gehärtet ist`` / ``is not hardened``; not where the
    side has a ``[negative]`` word too (``No se limitaba a ..., sino que`` / ``not only``,
    ``nicht ohne Werkzeug`` / ``only with a tool``: a double negation said positively)."""
    if any(c.kind is Kind.NEGATIVE for c in (*src, *tgt)):
        return
    if not tgt and (span := _stated(source, ctx.src_lang, src)) is not None:
        said = source[span[0]:span[1]]
        yield Finding(
            code="negation-dropped", severity=ctx.severity("negation-dropped"), unit=u,
            message=f"the source states something negated ({said!r}); the target negates "
                    "nothing", expected=(said,), src_span=span)
    elif not src and (span := _stated(target, ctx.tgt_lang, tgt)) is not None:
        said = target[span[0]:span[1]]
        yield Finding(
            code="negation-dropped", severity=ctx.severity("negation-dropped"), unit=u,
            message=f"the target states something negated ({said!r}); the source negates "
                    "nothing", expected=(), found=said, tgt_span=span)


def _stated(text: str, lang: str, cues: list[Cue]) -> tuple[int, int] | None:
    """The first negated statement of ``text`` that holds one of its ``cues``."""
    return next((sp for sp in statement_spans(text, lang)
                 if any(c.start < sp[1] and sp[0] < c.end for c in cues)), None)


def _negations(cues: list[Cue], text: str, lang: str) -> int:
    """How many negations a side says: its cues that are no ``[negative]`` word, a cue
    counted with the one before it where no clause mark and at most three words stand
    between (French ``ne s'applique pas``, Spanish ``no dice nada``: one negation), and
    one that ends a ``[continuing]`` phrase (``nor``, ``and not``, ``ni``) with any
    before it in its sentence (``does not apply to A, nor to B``: one negation, as
    ``gilt nicht für A und B``)."""
    words = words_of(lang)
    continuing = words.continuing if words is not None else None
    count, end = 0, -1
    for c in cues:
        if c.kind is Kind.NEGATIVE:
            continue
        goes_on = (continuing is not None and end >= 0
                   and not _SENTENCE_END.search(text, end, c.start)
                   and continuing.search(" ".join(fold_phrase(
                       text[max(end, c.start - _REACH):c.end])[0].split())) is not None)
        if not goes_on and (end < 0 or _CLAUSE_MARK.search(text, end, c.start) or len(
                _WORD.findall(text, end, c.start)) > 3):
            count += 1
        end = c.end
    return count


def _dropped(cues: list[Cue], other: list[Cue], text: str, other_text: str,
             lang: str, other_lang: str) -> tuple[int, int] | None:
    """The first ``[rules]`` phrase of ``text`` (:func:`rule_spans`) that holds one of
    its ``cues``, where the side says more negations (:func:`_negations`) than the
    ``other`` side and both have as many ``[negative]`` words (more on the other side
    may say the negation; more on this side make a double negation it may say
    positively)."""
    if (sum(c.kind is Kind.NEGATIVE for c in cues)
            != sum(c.kind is Kind.NEGATIVE for c in other)
            or _negations(cues, text, lang) <= _negations(other, other_text, other_lang)):
        return None
    return next(((s, e) for s, e in rule_spans(text, lang)
                 if any(c.start < e and s < c.end for c in cues)), None)
