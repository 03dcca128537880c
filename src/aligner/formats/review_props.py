"""The review marks of units read from a memory, as the reviews of their beads.

``aligner export`` writes a bead a person confirmed or edited with an ``x-reviewed`` prop
(``confirmed`` or ``edited``) and the time of the review as its ``changedate`` -- on the
``tu``, or on the target ``tuv`` of a multilingual unit (``export --multilingual``,
:mod:`~aligner.formats.tmx_documents`).  :func:`read_reviews` reads them back, so that
``aligner import`` of such a file gives the beads the marks they were exported with: a
collection moved to another machine, or restored from its TMX, keeps the record of what
people checked.  A unit without the prop (a memory of another tool) has no review; one
whose value is neither state is named, with its file's line, and read as not reviewed.
The time is the ``changedate`` of the target ``tuv``, else the ``tu``'s, else the one the
file's header gives every ``tu`` (TMX 1.4b); a mark without any (an XLIFF's meta, which
has no date, or a TMX written by hand) is dated ``now`` -- the import --, said once.
A TMX converted to a saved alignment keeps its units' marks in their records: a bead
without a review of its own gets its record's (:func:`record_reviews`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial

from aligner.formats.units import PROP_REVIEWED, TranslationUnit, UnitFile, record_label, tmx_date
from aligner.model import Alignment, Review, ReviewState
from aligner.textutil import count

_NAMED = 3  # units named in a warning; the count says how many in all
_STATES = {s.value: s for s in ReviewState}
#: ``YYYYMMDDThhmmssZ`` (TMX 1.4b, ISO 8601 basic, UTC); read so, not by ``strptime``,
#: which took a third of a second for each 10,000 units of an import (half its added time)
_TMX_DATE = re.compile(r"(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z", re.ASCII)
#: a unit's ``x-reviewed`` value, the ``changedate`` of its target ``tuv`` and of its ``tu``,
#: and where it is (made only for a warning: naming a unit searches its ``tu``)
_Mark = tuple[str | None, tuple[str | None, str | None], Callable[[], str]]


def read_reviews(units: UnitFile, *, now: datetime | None = None
                 ) -> tuple[tuple[Review | None, ...], list[str]]:
    """The review of each of ``units`` (None for a unit not marked), and the warnings:
    one naming the units whose ``x-reviewed`` is neither ``confirmed`` nor ``edited``
    (read as not reviewed), one counting the marks without a readable ``changedate``
    (dated ``now``, default the present time)."""
    from aligner.formats.tmx_record import changedates, header_defaults

    defaults: dict[str, str] | None = None
    marks: list[_Mark] = []
    for unit in units.units:
        value = unit.props.get(PROP_REVIEWED)
        dates: tuple[str | None, str | None] = (None, None)
        if value is not None and unit.original.startswith(b"<tu"):
            if defaults is None:
                defaults = header_defaults(units.header)
            dates = changedates(unit.original, defaults, units.tgt_lang)
        marks.append((value, dates, partial(_where, unit)))
    return _reviews(marks, now)


def record_reviews(alignment: Alignment, *, now: datetime | None = None
                   ) -> tuple[Alignment, list[str]]:
    """``alignment`` (a saved alignment) with a review on each bead that has none but
    whose unit's record is marked (a TMX converted to a saved alignment keeps its units'
    ``x-reviewed`` among their props), and the warnings of :func:`read_reviews`."""
    marks: list[_Mark] = []
    for n, bead in enumerate(alignment.beads):
        value = None
        dates: tuple[str | None, str | None] = (None, None)
        if bead.review is None and bead.unit is not None:
            record = bead.unit
            value = next((v for t, v in (*record.tu.props, *record.tgt.props)
                          if t == PROP_REVIEWED), None)
            dates = (dict(record.tgt.attributes).get("changedate"),
                     dict(record.tu.attributes).get("changedate"))
        marks.append((value, dates, partial(str.format, "bead {}", n + 1)))
    reviews, messages = _reviews(marks, now)
    if not any(reviews):
        return alignment, messages
    beads = tuple(b if r is None else replace(b, review=r)
                  for b, r in zip(alignment.beads, reviews, strict=True))
    return replace(alignment, beads=beads), messages


def _reviews(marks: list[_Mark], now: datetime | None
             ) -> tuple[tuple[Review | None, ...], list[str]]:
    """The review of each (``x-reviewed`` value, the ``changedate`` of its target ``tuv``
    and of its ``tu``, where) and the warnings."""
    when = (now or datetime.now(UTC)).replace(microsecond=0)
    reviews: list[Review | None] = []
    unknown: list[str] = []
    undated = 0
    for value, dates, where in marks:
        state = None if value is None else _STATES.get(value.strip())
        if value is not None and state is None:
            unknown.append(f"{where()} {value.strip()!r}")
        if state is None:
            reviews.append(None)
            continue
        # the translation's own first (a multilingual unit's tuv), then the tu's (its
        # own, else its header's)
        changed = next((d for d in map(_date, dates) if d is not None), None)
        undated += changed is None
        reviews.append(Review(state, changed or when))
    messages = []
    if unknown:
        shown = ", ".join(unknown[:_NAMED]) + (", ..." if len(unknown) > _NAMED else "")
        messages.append(f"{count(len(unknown), 'unit')} with an x-reviewed that is neither "
                        f"confirmed nor edited, read as not reviewed: {shown}")
    if undated:
        messages.append(f"{count(undated, 'unit')} marked x-reviewed without a changedate: "
                        f"{'its' if undated == 1 else 'their'} review dated by this import "
                        f"({tmx_date(when)})")
    return tuple(reviews), messages


def _where(unit: TranslationUnit) -> str:
    """``line 12 (tuid 7)``: where the unit is in its file, as :mod:`check` names it; a
    unit of a file without lines or ids by its 1-based number."""
    label = record_label(unit, tmx=unit.original.startswith(b"<tu"))
    if unit.line is not None:
        return f"line {unit.line}" + (f" ({label})" if label else "")
    return label or f"unit {unit.index + 1}"


def _date(raw: str | None) -> datetime | None:
    """``raw`` as a time, when it is a TMX date (``YYYYMMDDThhmmssZ``)."""
    found = None if raw is None else _TMX_DATE.fullmatch(raw.strip())
    if found is None:
        return None
    try:
        year, month, day, hour, minute, second = map(int, found.groups())
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:  # 20261340T...: no such day
        return None
