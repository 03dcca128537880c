"""checklist: each match of a rule of the user's checklist (``--checklist FILE``; the
file's format: :mod:`aligner.check.checklist_file`) is a finding."""

from __future__ import annotations

from collections.abc import Iterator

from aligner.check.base import Context
from aligner.check.checklist_file import CODE, Side
from aligner.model import Finding


def check_checklist(ctx: Context) -> Iterator[Finding]:
    checklist = ctx.options.checklist
    if checklist is None:
        return
    overridden = CODE in ctx.options.severities
    for rule in checklist.rules:
        severity = (ctx.severity(CODE) if overridden or rule.severity is None
                    else rule.severity)
        sides = [s for s in (Side.SOURCE, Side.TARGET) if rule.side in (s, Side.BOTH)]
        for side in sides:
            if not rule.applies(ctx.src_lang if side is Side.SOURCE else ctx.tgt_lang):
                continue
            for u, unit in enumerate(ctx.units):
                text = unit.source if side is Side.SOURCE else unit.target
                for m in rule.pattern.finditer(text):
                    if m.start() == m.end():
                        continue
                    span = (m.start(), m.end())
                    yield Finding(
                        code=CODE, severity=severity, unit=u,
                        message=f"{rule.name}: {rule.message} ({side.value} '{m.group()}')",
                        found=m.group() if side is Side.TARGET else None,
                        src_span=span if side is Side.SOURCE else None,
                        tgt_span=span if side is Side.TARGET else None,
                        group=f"{CODE}:{rule.name}")
