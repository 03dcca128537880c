"""Terminology and consistency checks over translation units.

``run_checks(units, glossary=..., src_lang=..., tgt_lang=...)`` is the one
entry point; the CLI (``aligner check``), the pipeline and the HTML report
call it.  Checks are registered in :mod:`aligner.check.registry`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from aligner import __version__
from aligner.check.base import CheckOptions, Context
from aligner.check.registry import CHECKS, CODE_ORDER, FAMILIES
from aligner.check.term_table import TermRenderings
from aligner.check.units import Unit, masked, read_pairs, units_from_alignment
from aligner.errors import ConfigError
from aligner.model import Alignment, Finding, Glossary, Severity, TermMatch


@dataclass(frozen=True, slots=True)
class CheckResult:
    """Findings, term matches and renderings of a run, its settings, and the units
    it checked (findings refer to them by index).

    ``settings`` say how the run was made, typed as the JSON writes them: ``tool``,
    ``src_lang``, ``tgt_lang`` (str), ``glossary`` (its path, or None),
    ``glossary_used`` (bool: False for none or an empty one), ``disabled`` (sorted
    codes), ``severities`` (code -> level of the ones changed), ``min_confidence``
    (float); :func:`settings_text` writes them as a page shows them.
    """

    findings: tuple[Finding, ...]
    term_matches: tuple[TermMatch, ...] = ()
    renderings: tuple[TermRenderings, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)
    units: tuple[Unit, ...] = ()

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)


def validate_codes(codes: Iterable[str], *, also: Iterable[str] = ()) -> None:
    """Raise :class:`ConfigError` for a code no check has (``also``: more known codes,
    a collection's checks across documents)."""
    for code in codes:
        if code not in CHECKS:
            raise ConfigError(f"unknown check {code!r} (known: {', '.join([*CHECKS, *also])})")


def run_checks(
    units: Sequence[Unit],
    *,
    glossary: Glossary | None,
    src_lang: str,
    tgt_lang: str,
    options: CheckOptions | None = None,
) -> CheckResult:
    """Run every enabled check over ``units`` and collect findings and term matches."""
    options = options or CheckOptions()
    validate_codes(options.disabled)
    validate_codes(options.severities)
    severities = {code: options.severities.get(code, spec.severity)
                  for code, spec in CHECKS.items()}
    ctx = Context(tuple(units), src_lang, tgt_lang, options, glossary, severities)
    # One place where tags become tags: every family but the one that compares
    # them reads the texts with their placeholders masked (offsets unchanged).
    text_ctx = replace(ctx, units=tuple(masked(u) for u in ctx.units))
    findings: list[Finding] = []
    matches: list[TermMatch] = []
    renderings: list[TermRenderings] = []
    for family in FAMILIES:
        seen = ctx if family.sees_tags else text_ctx
        state = family.prepare(seen)
        if not all(spec.code in options.disabled for spec in family.checks):
            findings.extend(f for f in family.run(seen, state) if f.code not in options.disabled)
        if family.annotate is not None:
            notes = family.annotate(seen, state)
            matches.extend(notes.term_matches)
            renderings.extend(notes.renderings)
    findings.sort(key=lambda f: (f.unit, CODE_ORDER[f.code]))
    # a term finding's found is the target as written at its span, which the family
    # read with its inline tags masked: the tags inside it are put back
    findings = [replace(f, found=ctx.units[f.unit].target[slice(*f.tgt_span)])
                if f.code.startswith("term-") and f.tgt_span is not None
                and ctx.units[f.unit].tgt_tags else f for f in findings]
    if any(u.origin is not None for u in ctx.units):
        findings = [replace(f, origin=ctx.units[f.unit].origin) for f in findings]
    settings = {
        "tool": f"aligner {__version__}",
        "src_lang": src_lang,
        "tgt_lang": tgt_lang,
        "glossary": glossary.path if glossary is not None else None,
        # said apart, so that a report without term findings is not read as clean terms
        "glossary_used": glossary is not None and bool(glossary.entries),
        "disabled": sorted(options.disabled),
        "severities": {c: s.value for c, s in sorted(options.severities.items())},
        "min_confidence": options.min_confidence,
    }
    if options.checklist is not None:  # only then: a file of one version has the key or not
        settings["checklist"] = options.checklist.path
    return CheckResult(tuple(findings), tuple(matches), tuple(renderings), settings, ctx.units)


def settings_text(settings: Mapping[str, Any]) -> dict[str, str]:
    """Typed settings (:attr:`CheckResult.settings`) as the review page shows them: a
    flag ``yes``/``no``, a list or mapping comma-joined (``term-missing=info``), none
    empty."""
    def text(value: Any) -> str:
        if isinstance(value, bool):
            return "yes" if value else "no"
        if value is None:
            return ""
        if isinstance(value, Mapping):
            return ",".join(f"{k}={v}" for k, v in value.items())
        if isinstance(value, list | tuple):
            return ",".join(map(str, value))
        return str(value)

    return {key: text(value) for key, value in settings.items()}


def check_alignment(
    alignment: Alignment,
    *,
    glossary: Glossary | None,
    options: CheckOptions | None = None,
) -> CheckResult:
    """Check an aligned document pair: one unit per bead (see :func:`units_from_alignment`)."""
    return run_checks(units_from_alignment(alignment), glossary=glossary,
                      src_lang=alignment.src_lang, tgt_lang=alignment.tgt_lang, options=options)


__all__ = [
    "CHECKS",
    "CheckOptions",
    "CheckResult",
    "TermRenderings",
    "Unit",
    "check_alignment",
    "read_pairs",
    "run_checks",
    "settings_text",
    "units_from_alignment",
]
