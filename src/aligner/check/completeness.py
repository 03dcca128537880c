"""untranslated and empty-target."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from aligner.check.base import Context, is_blank, is_copy
from aligner.model import Finding, Severity

_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+")
_WORD = re.compile(r"[^\W\d_]+")


@cache
def name_particles() -> frozenset[str]:
    """Lower-case words allowed inside names (``data/name_particles.txt``)."""
    text = resources.files("aligner.check").joinpath("data", "name_particles.txt").read_text(
        encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def only_names_numbers_urls(text: str) -> bool:
    """True for units that are the same in any language: names, numbers, URLs.

    A name is a run of capitalised words, possibly with particles (``Pablo
    Torres``, ``Miguel de Cervantes``); any other lower-case word makes the
    unit translatable text.
    """
    words = _WORD.findall(_URL.sub(" ", text))
    particles = name_particles()
    capitalised = [w for w in words if w[0].isupper()]
    return all(w[0].isupper() or w in particles for w in words) and (
        len(capitalised) * 2 >= len(words)
    )


def check_completeness(ctx: Context) -> Iterator[Finding]:
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.source):
            continue
        if is_blank(unit.target):
            yield Finding("empty-target", Severity.ERROR, u, "the target is empty")
        elif is_copy(unit.source, unit.target) and not only_names_numbers_urls(
            unit.source
        ):
            yield Finding(
                "untranslated",
                Severity.ERROR,
                u,
                "the target is the source text, untranslated",
                src_span=(0, len(unit.source)),
                tgt_span=(0, len(unit.target)),
            )
