"""``aligner import C.db FILE --into NAME``: what the CLI says of a corrected file applied
to a document (:mod:`aligner.editor.corrections` applies it)."""

from __future__ import annotations

from pathlib import Path

import click

from aligner.cli.quiet_option import info
from aligner.cli.terminal import warn
from aligner.textutil import count

#: How long a unit's source text is shown in a warning before it is cut.
_SHOWN = 60


def import_into(ctx: click.Context, db: str, path: str, name: str, encoding: str) -> None:
    """Apply the units of ``path`` to document ``name`` of ``db`` as corrections; exit
    status 1 when some of them could not be applied."""
    from aligner.collection.opening import refuse_read_only
    from aligner.editor.corrections import (
        AMBIGUOUS,
        FILLED,
        NO_BEAD,
        NOT_FILLED,
        NOT_SHARED,
        OTHER,
        UNCHANGED,
        apply_file,
    )
    from aligner.errors import ConfigError

    if not Path(db).is_file():
        raise ConfigError(f"--into {name}: no collection {db}", path=db)
    refuse_read_only(db)
    plan = apply_file(db, name, path, encoding=encoding)
    file = Path(path).name
    for line in plan.warnings:
        warn(f"{path}: {line}")
    for unit, _ in plan.units(NO_BEAD):
        warn(f"{path}: unit {unit.number} matched no bead of {name} by its source text: "
             f"{_shown(unit.source)}")
    for unit, beads in plan.units(AMBIGUOUS):
        warn(f"{path}: unit {unit.number} matched {len(beads)} beads of {name} "
             f"({', '.join(str(k + 1) for k in beads)}) by its source text, and the file "
             f"has another number of units of it: not applied; correct it in aligner "
             f"review: {_shown(unit.source)}")
    for unit, beads in plan.units(NOT_SHARED):
        warn(f"{path}: unit {unit.number} changes the target of bead {beads[0] + 1} of "
             f"{name} across the place where two of its sentences meet: not applied; "
             f"correct it in aligner review: {_shown(unit.source)}")
    for unit, beads in plan.units(NOT_FILLED):
        warn(f"{path}: unit {unit.number} translates source sentence(s) of bead "
             f"{beads[0] + 1} of {name}, which had no counterpart, but could not be made "
             f"its translation ({plan.refused[beads[0]]}); not added: "
             f"{_shown(unit.source)}")
    unchanged = len(plan.units(UNCHANGED))
    filled, not_filled = len(plan.units(FILLED)), len(plan.units(NOT_FILLED))
    no_bead, ambiguous = len(plan.units(NO_BEAD)), len(plan.units(AMBIGUOUS))
    not_shared = len(plan.units(NOT_SHARED))
    line = (f"aligner: {name}: {count(len(plan.corrections), 'bead')} corrected from {file}; "
            + (f"{count(len(plan.confirms), 'bead')} confirmed as the file marks them "
               "reviewed; " if plan.confirms else "")
            + (f"{count(filled, 'source sentence')} without a counterpart given the "
               "file's translation; " if filled else "")
            + f"{count(unchanged, 'unit')} unchanged; {count(no_bead, 'unit')} matched no bead")
    if not_filled:
        line += f"; {count(not_filled, 'translation')} of a left-out sentence not added"
    if ambiguous:
        line += f"; {count(ambiguous, 'unit')} matched several beads"
    if not_shared:
        line += f"; {count(not_shared, 'unit')} not shared out among a bead's sentences"
    if other := len(plan.units(OTHER)):
        line += f"; {count(other, 'unit')} of other documents left alone"
    info(line)
    if no_bead or ambiguous or not_shared or not_filled:
        ctx.exit(1)


def _shown(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= _SHOWN else text[:_SHOWN - 1] + "…")
