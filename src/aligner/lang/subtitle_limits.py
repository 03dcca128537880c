"""Subtitle limits by language (``subtitle_limits.tsv``): the characters a second and a
line that style guides give for a language whose lines are counted otherwise than the
defaults of :class:`~aligner.check.base.SubtitleLimits` -- Chinese, Japanese, Korean,
whose characters carry more of a sentence each."""

from __future__ import annotations

from functools import cache

from aligner.errors import ConfigError
from aligner.lang import primary
from aligner.lang.base import package_dir, read_data

_TABLE = "subtitle_limits.tsv"


@cache
def _table() -> dict[str, tuple[float, int]]:
    text = read_data("aligner.lang", _TABLE)
    if text is None:
        raise ConfigError(f"{_TABLE} is missing from {package_dir('aligner.lang')}")
    out: dict[str, tuple[float, int]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        try:
            code, cps, chars = fields
            out[code] = (float(cps), int(chars))
            if code != primary(code) or float(cps) <= 0 or int(chars) < 1:
                raise ValueError(code)
        except ValueError:
            raise ConfigError(f"{_TABLE}:{lineno}: expected a code, characters a second and "
                              f"characters a line, parted by tabs; got {line!r}") from None
    return out


def language_limits(code: str) -> dict[str, float]:
    """The limits ``code``'s language sets apart from the defaults, by the name of the
    :class:`~aligner.check.base.SubtitleLimits` field (``max_cps``, ``max_line``); empty
    for a language that keeps the defaults."""
    found = _table().get(primary(code))
    return {} if found is None else {"max_cps": found[0], "max_line": found[1]}


def languages_with_limits() -> list[tuple[str, dict[str, float]]]:
    """Each language that sets limits of its own, and them (:func:`language_limits`),
    in the table's order."""
    return [(code, language_limits(code)) for code in _table()]


__all__ = ["language_limits", "languages_with_limits"]
