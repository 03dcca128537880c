"""A house's checklist file (``aligner check --checklist FILE``): its rules, read.

What Xbench calls a checklist and Trados a regular-expression QA check: rules a house
writes for what no built-in check knows -- its quotation marks, its spellings, words
its clients do not want.  The file is tab-separated, one rule a line; blank lines and
lines starting with ``#`` are skipped, and so is a first row that names the columns
(``name  side  severity  pattern  message  languages``):

* ``name``: the rule's name (letters, digits, ``-``, ``_``), unique in the file: each
  finding has the code ``checklist``, its group ``checklist:NAME`` and its message
  starts with the name;
* ``side``: ``source``, ``target`` or ``both``: the text the pattern is searched in;
* ``severity``: ``error``, ``warning`` or ``info``; empty: ``checklist``'s default
  (warning).  ``--severity checklist=LEVEL`` sets every rule's;
* ``pattern``: a Python regular expression (``(?i)`` for any case), which must not
  match the empty text;
* ``message``: what the finding says; empty: ``matches PATTERN``;
* ``languages`` (optional): the language tags the rule is for, comma-separated
  (``es`` is any Spanish, ``es-MX`` Mexico's only), matched against the language of
  the side searched; empty: any.

Each match is a finding (:mod:`aligner.check.checklist`), its span in the side's text.  A
bad row or pattern is an :class:`~aligner.errors.InputError` naming the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from aligner.errors import InputError
from aligner.fileio import read_text
from aligner.lang import lang_matches
from aligner.lang.tags import is_valid_tag
from aligner.model import Severity

CODE = "checklist"
COLUMNS = ("name", "side", "severity", "pattern", "message", "languages")
_NAME = re.compile(r"[\w-]+")
_E = TypeVar("_E", bound=Enum)


class Side(Enum):
    SOURCE = "source"
    TARGET = "target"
    BOTH = "both"


@dataclass(frozen=True, slots=True)
class ChecklistRule:
    """One row of a checklist; ``severity`` None: the check's own; ``languages`` empty:
    any; ``line``: where the file has it."""

    name: str
    side: Side
    severity: Severity | None
    pattern: re.Pattern[str]
    message: str
    languages: tuple[str, ...] = ()
    line: int = 0

    def applies(self, lang: str) -> bool:
        return not self.languages or any(lang_matches(want, lang) for want in self.languages)


@dataclass(frozen=True, slots=True)
class Checklist:
    """A checklist file's rules, in its order; ``path`` names it in the settings."""

    path: str
    rules: tuple[ChecklistRule, ...]


def _choice(value: str, kinds: type[_E], what: str, *, path: str, line: int) -> _E:
    try:
        return kinds(value.strip().lower())
    except ValueError:
        known = ", ".join(k.value for k in kinds)
        raise InputError(f"{what} {value!r}: expected {known}", path=path, line=line) from None


def _rule(cells: list[str], *, path: str, line: int) -> ChecklistRule:
    if not 4 <= len(cells) <= len(COLUMNS):
        raise InputError(f"{len(cells)} columns: expected {', '.join(COLUMNS)} separated by "
                         "tabs (message and languages may be left out)", path=path, line=line)
    name, side, level, pattern, message, langs = [*cells, "", ""][:len(COLUMNS)]
    name = name.strip()
    if not _NAME.fullmatch(name):
        raise InputError(f"rule name {name!r}: letters, digits, - and _ only", path=path,
                         line=line)
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise InputError(f"rule {name}: bad pattern '{pattern}': {exc.msg} at character "
                         f"{(exc.pos or 0) + 1}",
                         path=path, line=line) from None
    if compiled.search("") is not None:
        raise InputError(f"rule {name}: the pattern '{pattern}' matches the empty text",
                         path=path, line=line)
    languages = tuple(x.strip() for x in langs.replace(";", ",").split(",") if x.strip())
    for lang in languages:
        if not is_valid_tag(lang):
            raise InputError(f"rule {name}: {lang!r} is not a language tag such as es or "
                             "pt-BR", path=path, line=line)
    severity = (None if not level.strip()
                else _choice(level, Severity, "severity", path=path, line=line))
    return ChecklistRule(name, _choice(side, Side, "side", path=path, line=line), severity,
                         compiled, message.strip() or f"matches {pattern}", languages, line)


def parse_checklist(text: str, *, path: str) -> Checklist:
    """The rules of a checklist's text (the module docstring); ``path`` for errors."""
    rules: list[ChecklistRule] = []
    seen: dict[str, int] = {}
    header_allowed = True
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header_allowed and [c.strip().lower() for c in cells[:2]] == ["name", "side"]:
            header_allowed = False
            continue
        header_allowed = False
        rule = _rule(cells, path=path, line=number)
        if rule.name in seen:
            raise InputError(f"rule {rule.name} again (line {seen[rule.name]} has it)",
                             path=path, line=number)
        seen[rule.name] = number
        rules.append(rule)
    if not rules:
        raise InputError("no rule (name, side, severity, pattern, message, separated by "
                         "tabs)", path=path)
    return Checklist(path, tuple(rules))


def read_checklist(path: str, *, encoding: str = "utf-8") -> Checklist:
    """The checklist file at ``path`` (see the module docstring)."""
    return parse_checklist(read_text(path, encoding=encoding), path=path)
