"""Segmentation by SRX 2.0 rules (``--srx RULES.srx``), as the standard defines it.

An :class:`SrxRules` is what :func:`aligner.formats.srx.read_srx` reads from a
file.  For a language, the ``languagemap`` elements whose pattern matches its
code (a Java regex, case-insensitive, over the whole code as OmegaT writes it:
``de``, ``de-AT``; see :func:`omegat_language`) select language rules; with
``cascade="yes"`` (or no ``cascade`` attribute, as in OmegaT's own file) the
rules of every matching map are concatenated in map order, with
``cascade="no"`` only the first matching map's.

At every position inside a block, the first rule in that order whose
``beforebreak`` matches text ending at the position and whose ``afterbreak``
matches text starting there decides: break or no break.  A position no rule
matches is no break.  All rules are one ``regex`` pattern of empty
alternatives ``(?<=BEFORE)(?=AFTER)()``, tried in order at each position, so
the first that matches is the deciding rule -- one scan per block.

Sentences are the text between breaks with the whitespace at both ends
trimmed (as OmegaT trims its segments), so the spans are exact slices of the
input and the gaps between them whitespace only; a piece that is whitespace
only is no sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from aligner.errors import FormatError
from aligner.segment.core import spans_between
from aligner.segment.javaregex import JavaRegexError, top_level_case_insensitive, translate

# OmegaT's org.omegat.util.PatternConsts.LANG_AND_COUNTRY (language, then an
# optional script and region), with which it reads a language code.
_LANG_AND_COUNTRY = regex.compile(
    r"([A-Za-z]{1,8})(?:(?:-|_)(?:[A-Za-z]{4}(?:-|_))?([A-Za-z0-9]{1,8}))?"
)


@dataclass(frozen=True, slots=True)
class SrxRule:
    """One ``<rule>``: Java regexes, ``""`` where an element is empty or missing."""

    is_break: bool
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class LanguageRule:
    name: str
    rules: tuple[SrxRule, ...]


@dataclass(frozen=True, slots=True)
class LanguageMap:
    pattern: str
    rule_name: str


@dataclass(frozen=True, slots=True)
class SrxRules:
    """An SRX 2.0 file's segmentation rules (``path`` names it in messages)."""

    path: str
    cascade: bool
    language_rules: tuple[LanguageRule, ...]
    maps: tuple[LanguageMap, ...]

    def rules_named(self, name: str) -> LanguageRule:
        for rule in self.language_rules:
            if rule.name == name:
                return rule
        raise FormatError(f"languagemap names languagerule {name!r}, which is not in the file",
                          path=self.path)

    def matching_maps(self, lang: str) -> list[LanguageMap]:
        """The maps that apply to ``lang``, in order (only the first when not cascading)."""
        code = omegat_language(lang)
        found: list[LanguageMap] = []
        for m in self.maps:
            try:
                # Java's Pattern.CASE_INSENSITIVE, as OmegaT compiles map patterns
                pattern = regex.compile(translate("(?i)" + m.pattern).pattern)
            except (JavaRegexError, regex.error) as exc:
                raise FormatError(f"languagemap pattern {m.pattern!r}: {exc}",
                                  path=self.path) from None
            if pattern.fullmatch(code):
                found.append(m)
                if not self.cascade:
                    break
        return found


def omegat_language(code: str) -> str:
    """``code`` as OmegaT's ``Language.getLanguage()`` gives it to the map patterns:
    language and region joined by ``-`` (``pt_BR`` -> ``pt-BR``, ``zh-Hant-TW`` ->
    ``zh-TW``), the case as given; ``""`` for a code it cannot read."""
    m = _LANG_AND_COUNTRY.fullmatch(code)
    if m is None:
        return ""
    return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)


class SrxSegmenter:
    """The rules of one SRX file for one language, compiled."""

    def __init__(self, srx: SrxRules, lang: str, maps: list[LanguageMap]) -> None:
        self.path = srx.path
        self.lang = lang
        self.rule_names = tuple(m.rule_name for m in maps)
        # Consecutive rules with the same decision and afterbreak make one
        # alternative (?=AFTER)(?<=B1|B2|...)(): the order of decisions is kept,
        # and most positions fail the afterbreak (often \s) at once.
        runs: list[tuple[bool, str, list[str]]] = []
        for name in self.rule_names:
            for number, rule in enumerate(srx.rules_named(name).rules, start=1):
                where = f"{srx.path}: languagerule {name!r} rule {number}"
                for java, backwards, element in ((rule.before, True, "beforebreak"),
                                                 (rule.after, False, "afterbreak")):
                    if java:  # checked alone, so that an error names its rule
                        _translate(java, 0, backwards, f"{where} {element}")
                last = runs[-1] if runs else None
                if last is not None and last[:2] == (rule.is_break, rule.after) and rule.before \
                        and "" not in last[2]:
                    last[2].append(rule.before)
                else:
                    runs.append((rule.is_break, rule.after, [rule.before]))
        # Groups are numbered by their place in the whole pattern: translate in that order.
        self._breaks: dict[int, bool] = {}  # marker group number -> break?
        pieces: list[str] = []
        groups = 0
        for is_break, after, befores in runs:
            piece = ""
            if after:
                body, n = _translate(after, groups, False, "")
                piece, groups = f"(?={body})", groups + n
            if "" not in befores:
                bodies = []
                for before in befores:
                    body, n = _translate(before, groups, True, "")
                    bodies.append(f"(?:{body})")
                    groups += n
                piece += "(?<=" + "|".join(bodies) + ")"
            groups += 1
            self._breaks[groups] = is_break
            pieces.append(piece + "()")
        self._pattern: Any = regex.compile("|".join(pieces)) if pieces else None

    def breaks(self, text: str) -> list[int]:
        """Offsets strictly inside ``text`` where the rules say break."""
        if self._pattern is None:
            return []
        out: list[int] = []
        for m in self._pattern.finditer(text):
            p = m.start()
            if 0 < p < len(text) and self._breaks[m.lastindex]:
                out.append(p)
        return out

    def split_spans(self, text: str, start: int = 0, end: int | None = None
                    ) -> list[tuple[int, int]]:
        """Sentence spans of ``text[start:end]`` (the region read as one paragraph)."""
        stop = len(text) if end is None else end
        return spans_between(text, start, [start + b for b in self.breaks(text[start:stop])],
                             stop)

    def describe(self) -> str:
        """How this segmenter was made, for settings and messages."""
        return f"srx {self.path} ({', '.join(self.rule_names)})"


def _translate(java: str, offset: int, backwards: bool, where: str) -> tuple[str, int]:
    """``java`` for the ``regex`` module, its groups numbered from ``offset + 1``."""
    try:
        # OmegaT recompiles a rule whose top-level flags include (?i) with UNICODE_CASE.
        t = translate(java, group_offset=offset, name_prefix=f"g{offset}_",
                      backwards=backwards, unicode_case=top_level_case_insensitive(java))
        if not offset:
            regex.compile(f"(?<={t.pattern})" if backwards else t.pattern)
    except (JavaRegexError, regex.error) as exc:
        path, _, what = where.partition(": ")
        raise FormatError(f"{what}: {exc}", path=path) from None
    return t.pattern, t.groups


def segmenter_for(srx: SrxRules, lang: str) -> SrxSegmenter | None:
    """The segmenter of ``srx`` for ``lang``; None when no languagemap matches it."""
    maps = srx.matching_maps(lang)
    return SrxSegmenter(srx, lang, maps) if maps else None
