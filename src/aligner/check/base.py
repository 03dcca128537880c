"""What every check family sees, and what a family is.

A family is a group of checks sharing one pass over the units (see
:mod:`aligner.check.registry`).  Its ``prepare`` step builds whatever state the
family needs once per run (terminology matches the glossary against every
unit; most families need nothing) and its ``run`` step yields findings from
the :class:`Context` and that state.  A family that has more to say than
findings (the terms it found, for highlighting) answers ``annotate``.
Findings take their severity from :meth:`Context.severity`, so the registry's
default and the user's ``--severity`` are applied in one place.

Inline tags are tags, not text: the placeholders of a TMX unit's inline codes
(``{1}``, ``{/1}``, ``{2/}``) reach a family masked (``units.TAG_MASK``, same
length, so spans still point into the unit's texts) unless the family says it
``sees_tags``; ``is_blank`` and ``is_copy`` leave masked tags out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from aligner.check.checklist_file import Checklist
from aligner.check.term_table import TermRenderings
from aligner.check.units import TAG_MASK, Unit, without_tags
from aligner.model import Finding, Glossary, Severity, TermMatch

#: Aligned units scoring below this get ``alignment-low-confidence`` (and are
#: marked in the review report) unless the user says otherwise.
DEFAULT_MIN_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class SubtitleLimits:
    """The limits of the subtitle checks (:mod:`aligner.check.subtitles`; docs/checks.md
    gives the style guides they come from): characters a second a cue may ask a viewer
    to read, characters a line, lines a cue, and the shortest and longest time a cue
    is shown, in seconds; ``max_shift``: the most seconds a target cue may start from
    its source cue in files otherwise in sync (:mod:`aligner.check.subtitle_timing`).

    These are the defaults of a side whose language sets none of its own
    (:mod:`aligner.lang.subtitle_limits`: Chinese 9 characters a second and 16 a line).
    ``given``: the fields the user set for both sides, which a language's own figure
    does not replace; ``source`` and ``target``: the fields set for one side only
    (``--subtitle-line tgt:16``), over everything else."""

    max_cps: float = 17.0
    max_line: int = 42
    max_lines: int = 2
    min_duration: float = 5 / 6
    max_duration: float = 7.0
    max_shift: float = 1.5
    given: frozenset[str] = frozenset()
    source: tuple[tuple[str, float], ...] = ()
    target: tuple[tuple[str, float], ...] = ()

    def for_side(self, lang: str, *, target: bool) -> SubtitleLimits:
        """The limits of one side, in ``lang``: the language's own figures for the
        fields not given for both sides, then those given for this side."""
        from aligner.lang.subtitle_limits import language_limits

        values: dict[str, Any] = {k: v for k, v in language_limits(lang).items()
                                  if k not in self.given}
        values.update(self.target if target else self.source)
        if "max_line" in values:
            values["max_line"] = int(values["max_line"])
        if "max_lines" in values:
            values["max_lines"] = int(values["max_lines"])
        return replace(self, **values, given=frozenset(), source=(), target=())


#: the registers ``check --register`` names: ``general`` compares negated statements in
#: units with a number that is no year on both sides only, ``technical`` in every unit
#: (:mod:`aligner.check.statement_negations`)
REGISTERS = ("general", "technical")


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """Settings of a check run.

    ``severities`` overrides the default severity of a code; ``disabled``
    turns codes off.  ``min_confidence``: an aligned unit scoring below it gets
    ``alignment-low-confidence``.  ``length_ratio_min_chars``: units whose
    source is shorter (headings, names) are left out of the length-ratio check; a
    short target is measured (a cut translation).  ``checklist``: a house's own
    patterns (:mod:`aligner.check.checklist_file`), or None.  ``subtitle_limits``: those
    of the subtitle checks.  ``encoder``: the sentence encoder ``moved`` compares
    one-sided units with (:data:`aligner.align.encoder.ENCODERS`; ``none``: no moved text
    is looked for).  ``register``: ``technical`` compares the negated statements of
    every unit (:mod:`aligner.check.statement_negations`), ``general`` those of units with
    a number that is no year on both sides.
    """

    severities: Mapping[str, Severity] = field(default_factory=dict)
    disabled: frozenset[str] = frozenset()
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    length_ratio_min_chars: int = 20
    length_ratio_spread: float = 4.0
    checklist: Checklist | None = None
    subtitle_limits: SubtitleLimits = field(default_factory=SubtitleLimits)
    encoder: str = "auto"
    register: str = "general"


@dataclass(frozen=True, slots=True)
class Context:
    """The input of one check run: units, languages, options and the glossary.

    ``severities`` maps every check code to the severity its findings carry
    (the registry's default unless ``options`` overrides it).  ``readings`` keeps what
    one check reads of a unit's text for the others that read the same text again
    (the numbers of a side: :func:`aligner.check.numbers.unit_numbers`), for one run;
    the context of the texts with their tags masked shares it (the text is in the key).
    """

    units: tuple[Unit, ...]
    src_lang: str
    tgt_lang: str
    options: CheckOptions
    glossary: Glossary | None = None
    severities: Mapping[str, Severity] = field(default_factory=dict)
    readings: dict[tuple[object, ...], Any] = field(default_factory=dict, compare=False,
                                                    repr=False)

    def severity(self, code: str) -> Severity:
        return self.severities[code]


@dataclass(frozen=True, slots=True)
class Annotations:
    """What a family reports besides findings: terms found, and their renderings
    (:mod:`aligner.check.term_table`)."""

    term_matches: tuple[TermMatch, ...] = ()
    renderings: tuple[TermRenderings, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckSpec:
    code: str
    severity: Severity  # the default; --severity CODE=LEVEL overrides it
    summary: str


def _no_state(_ctx: Context) -> None:
    return None


@dataclass(frozen=True, slots=True)
class Family:
    """Checks that share one pass: ``prepare`` once, then ``run`` (and ``annotate``)."""

    name: str
    checks: tuple[CheckSpec, ...]
    run: Callable[[Context, Any], Iterator[Finding]]
    prepare: Callable[[Context], Any] = _no_state
    annotate: Callable[[Context, Any], Annotations] | None = None
    #: Whether the family reads the placeholders of inline tags as they are
    #: (the tags family); every other family gets them masked (``units.masked``).
    sees_tags: bool = False


def stateless(check: Callable[[Context], Iterator[Finding]]
              ) -> Callable[[Context, Any], Iterator[Finding]]:
    """A family ``run`` for a check that needs no prepared state."""
    def run(ctx: Context, _state: Any) -> Iterator[Finding]:
        return check(ctx)
    run.__name__ = check.__name__
    run.__doc__ = check.__doc__
    return run


def is_blank(text: str) -> bool:
    """No text: only whitespace, or only inline tags (masked)."""
    return not without_tags(text).strip()


def is_copy(source: str, target: str) -> bool:
    """Target equal to source (spacing, case and inline tags aside): ``untranslated``
    reports it, and the other checks stay quiet rather than echo it."""
    if source == target:
        return True
    if TAG_MASK in source or TAG_MASK in target:
        # {1}Hola{/1} and {2}Hola{/2} are the same words: tags numbered otherwise
        source, target = without_tags(source), without_tags(target)
    if abs(len(source) - len(target)) > max(len(source), len(target)) // 4 + 2:
        return False  # cheap: collapsing spaces and case folding rarely change length much
    first_s, first_t = source.split(None, 1)[:1], target.split(None, 1)[:1]
    if [w.casefold() for w in first_s] != [w.casefold() for w in first_t]:
        return False
    return " ".join(source.split()).casefold() == " ".join(target.split()).casefold()


def translated_units(ctx: Context) -> Iterator[tuple[int, Unit]]:
    """Each unit with text on both sides that is no copy of its source, with its index:
    what a check that compares the two sides looks at (an empty side is completeness's,
    a copy ``untranslated``'s)."""
    for u, unit in enumerate(ctx.units):
        if not (is_blank(unit.source) or is_blank(unit.target)
                or is_copy(unit.source, unit.target)):
            yield u, unit
