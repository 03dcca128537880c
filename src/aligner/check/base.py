"""What every check family sees: the units, the languages, the options, the terms."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aligner.check.units import Unit
from aligner.model import Severity

if TYPE_CHECKING:
    from aligner.check.terminology import TermRun


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """Settings of a check run.

    ``severities`` overrides the default severity of a code; ``disabled``
    turns codes off.  ``min_confidence``: an aligned unit scoring below it gets
    ``alignment-low-confidence``.  ``length_ratio_min_chars``: shorter units
    (headings, names) are left out of the length-ratio check.
    """

    severities: Mapping[str, Severity] = field(default_factory=dict)
    disabled: frozenset[str] = frozenset()
    min_confidence: float = 0.5
    length_ratio_min_chars: int = 20
    length_ratio_spread: float = 4.0


@dataclass(frozen=True, slots=True)
class Context:
    units: tuple[Unit, ...]
    src_lang: str
    tgt_lang: str
    options: CheckOptions
    terms: TermRun | None = None  # glossary matches, when there is a glossary


def is_blank(text: str) -> bool:
    return not text.strip()


def is_copy(source: str, target: str) -> bool:
    """Target equal to source (spacing and case aside): ``untranslated`` reports it,
    and the other checks stay quiet rather than echo it."""
    if source == target:
        return True
    if abs(len(source) - len(target)) > max(len(source), len(target)) // 4 + 2:
        return False  # cheap: collapsing spaces and case folding rarely change length much
    first_s, first_t = source.split(None, 1)[:1], target.split(None, 1)[:1]
    if [w.casefold() for w in first_s] != [w.casefold() for w in first_t]:
        return False
    return " ".join(source.split()).casefold() == " ".join(target.split()).casefold()
