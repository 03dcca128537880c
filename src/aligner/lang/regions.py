"""Languages named in words, with a region or script in brackets, as spreadsheets and
the glossaries exported from CAT tools head their columns.

``English`` is ``en``; ``English (UK)`` ``en-GB``, ``Spanish (Mexico)`` ``es-MX``,
``Português (Brasil)`` ``pt-BR``, ``Deutsch (Schweiz)`` ``de-CH``, ``English (United
Kingdom)`` and ``en (GB)`` ``en-GB``, ``Spanish (Latin America)`` ``es-419``, ``Chinese
(Simplified)`` ``zh-Hans``, ``Serbian (Latin, Serbia)`` ``sr-Latn-RS``; as Chinese writes
them too, with full-width brackets or a region or script before the name and no space:
``中文（台灣）`` ``zh-TW``, ``简体中文`` ``zh-Hans``, ``繁體中文`` ``zh-Hant``.  The language is a
name of ``language_names.tsv`` or ``language_names_other.tsv`` written whole (letter
case and accents aside; a near miss such as ``Spanich`` names nothing here) or, before
brackets, a code; in the brackets, separated by commas, names of ``region_names.tsv``,
region codes (``GB``, ``419``) or script codes (``Latn``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from aligner.errors import ConfigError
from aligner.lang.base import read_data
from aligner.lang.tags import canonical_tag, fold_name, is_valid_tag, language_of_name

_REGIONS_FILE = "region_names.tsv"
_SUBTAG = re.compile(r"[A-Z]{2}|[0-9]{3}|[A-Z][a-z]{3}")
_NAMED = re.compile(r"([^()]*?)\s*(?:\(([^()]*)\))?")


@cache
def region_names() -> dict[str, str]:
    """``region_names.tsv``: a region's or script's name, folded (:func:`fold_name`) ->
    its subtag (``mexico`` -> ``MX``, ``simplified`` -> ``Hans``)."""
    text = read_data("aligner.lang", _REGIONS_FILE)
    if text is None:
        raise ConfigError(f"{_REGIONS_FILE} is missing from the aligner.lang package")
    out: dict[str, str] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        subtag, *names = line.split("\t")
        if not _SUBTAG.fullmatch(subtag) or not names or not all(names):
            raise ConfigError(f"{_REGIONS_FILE}:{lineno}: expected a region or script "
                              f"subtag and its names, tab-separated; got {line!r}")
        for name in names:
            if out.setdefault(fold_name(name), subtag) != subtag:
                raise ConfigError(f"{_REGIONS_FILE}:{lineno}: {name!r} is already a name "
                                  f"of {out[fold_name(name)]}")
    return out


@dataclass(frozen=True, slots=True)
class NamedLanguage:
    """What a language named in words is: its ``tag``, or None when the brackets hold
    something no region or script of the table is (``unknown``, as written)."""

    language: str
    tag: str | None
    unknown: str = ""


def named_language(text: str) -> NamedLanguage | None:
    """The language ``text`` names in words (see the module); None when it names none
    (a code alone, ``en-GB``, is no name: :func:`~aligner.lang.tags.is_valid_tag`)."""
    m = _NAMED.fullmatch(text.strip().replace("（", "(").replace("）", ")"))
    if m is None or not m.group(1):
        return None
    name, brackets = m.group(1), m.group(2)
    code = language_of_name(name)
    if code is None and brackets is None:
        name, brackets = _prefixed(name)
        code = language_of_name(name)
    if code is None and brackets is not None and re.fullmatch("[A-Za-z]{2,3}", name) \
            and is_valid_tag(name):
        code = name.lower()  # en (GB)
    if code is None:
        return None
    if brackets is None:
        return NamedLanguage(code, code)
    script = region = None
    for part in (p.strip() for p in brackets.split(",")):
        subtag = region_names().get(fold_name(part))
        if subtag is None and re.fullmatch("[A-Za-z]{2}|[0-9]{3}|[A-Za-z]{4}", part):
            subtag = part.title() if len(part) == 4 else part.upper()
        if subtag is not None and len(subtag) == 4 and script is None:
            script = subtag
        elif subtag is not None and len(subtag) != 4 and region is None:
            region = subtag
        else:
            return NamedLanguage(code, None, part or "()")
    tag = "-".join(s for s in (code, script, region) if s)
    return NamedLanguage(code, canonical_tag(tag) if is_valid_tag(tag) else None,
                         "" if is_valid_tag(tag) else brackets.strip())


def _prefixed(text: str) -> tuple[str, str | None]:
    """``text`` as a language's name after a region's or script's (``简体中文``: ``中文``
    and ``简体``), as Chinese and Japanese put them, unspaced; else ``text`` alone."""
    for cut in range(1, len(text)):
        if (region_names().get(fold_name(text[:cut])) is not None
                and language_of_name(text[cut:]) is not None):
            return text[cut:], text[:cut]
    return text, None
