"""placeholder-mismatch: the format placeholders of a string, compared.

A user-interface string carries placeholders a program fills in; a translation
that drops one, adds one, or renames one breaks the program or says the wrong
thing.  Read as text, in pair files and in units whose codes are not marked up
(a ``<ph>`` holding ``{0}`` is an inline tag, ``tag-mismatch``'s):

* ``{{name}}`` and ``{{{name}}}`` (Mustache, Handlebars, Angular), ``${name}``
  (JavaScript templates);
* ``{0}``, ``{name}`` (a name of letters of any script: ``{用户名}``),
  ``{user.name}``, ``{0:N2}``, ``{0,10}`` (ICU, .NET, Python ``str.format``) and ``{}``
  (Python, filled in order); of an ICU argument with a type, its name and type
  (``{count, plural, one {# file} other {# files}}`` is ``{count, plural}``: the
  branches are translated, and another language has other plural categories, and a
  branch of one word, ``male {He}``, is text);
* printf: ``%s``, ``%d``, ``%.2f``, ``%-5ld``, ``%@`` (Apple), positional
  ``%1$d`` and named ``%(name)s`` (Python); ``%%`` is a literal per cent sign,
  no placeholder.

Numbered and named placeholders may stand in any order (``%2$d de %1$d``,
``{1} … {0}``: word order moves them), so they compare as counts: one missing,
one extra, one written more or fewer times, a name changed (``{{nome}}`` for
``{{name}}``).  Placeholders filled in order (``%s``, ``%d``, ``{}``) compare in
order too: ``%d … %s`` for ``%s … %d`` gives the program's arguments to the wrong
placeholders.  A unit with an ICU plural or select compares its names only: each
branch repeats its placeholders, and the languages have other branches.

Not placeholders, so that prose with braces and per cent signs passes: a per
cent sign after a digit or before a space (``50%``, ``50 % des``, ``5%ige``), a
conversion letter followed by more letters (``%ige``), braces around anything
but a name or a number (``{sic, 1997}``) or after a backslash command
(``\\emph{word}``) or a letter (``f{x}``; a Chinese or Japanese one aside, which a
placeholder follows with no space: ``欢迎{用户名}``, ``%d个文件``), ``:name``
(prose writes colons before words; a house that uses it gives it to ``--checklist``).

The tool's own tag placeholders written as text (``{1}Guardar{/1}``, ``{2/}``: a
memory's codes exported to TSV, CSV or XLIFF, :data:`aligner.check.units.PLACEHOLDER_TEXT`)
are numbered on each side in order, so their numbers say nothing: a unit in which
``{/n}`` or ``{n/}`` stands has its ``{n}`` ``{/n}`` ``{n/}`` compared as
tags -- how many open, close, stand alone.  A unit's inline tags reach this check
masked (:mod:`aligner.check.base`), so a tag is reported once, by ``tag-mismatch``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from aligner.check.base import Context, is_blank, is_copy
from aligner.check.links import LINK
from aligner.check.units import PLACEHOLDER_TEXT
from aligner.model import Finding

# a name: letters of any script, digits, _ . - after a letter or _ ({用户名}, %(имя)s)
_NAME = r"[^\W\d][\w.-]*"
# the letters of scripts written without spaces (kana, Han): a placeholder stands right
# after one (欢迎{用户名}, 已删除%d个文件), as it does not after a Latin letter (f{x}, %ige)
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_AFTER_WORD = rf"(?<!\\)(?<![^\W{_UNSPACED}])"
_PRINTF_TYPES = "diouxXeEfFgGaAcspn@"
PLACEHOLDER = re.compile(
    r"(?P<percent>%%)"
    rf"|(?P<mustache>\{{{{3}}\s*{_NAME}\s*\}}{{3}}|\{{\{{\s*[#/^&>]?\s*{_NAME}\s*\}}\}})"
    rf"|(?P<template>\$\{{\s*{_NAME}\s*\}})"
    # an ICU argument with a type: {count, plural, ...}, {n, number}, {d, date, short}
    rf"|{_AFTER_WORD}(?P<icu>\{{\s*(?P<icu_name>{_NAME}|\d+)\s*,\s*(?P<icu_type>[a-z]+)\s*[,}}])"
    # {0}, {0:N2}, {0,10}; {name}, {}, not after a word (\emph{word}, a{b})
    r"|(?P<number>\{\d{1,3}(?:,\s*-?\d+)?(?::[^{}\s]+)?\})"
    rf"|{_AFTER_WORD}(?P<brace>\{{(?:{_NAME}(?::[^{{}}\s]+)?)?\}})"
    r"|%(?P<position>\d{1,2}\$)[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|z|j|t|q)?"
    rf"[{_PRINTF_TYPES}]"
    rf"|%\((?P<named>{_NAME})\)[-+#0']*\d*(?:\.\d+)?[{_PRINTF_TYPES}]"
    # unnumbered: not after a digit (50%d), not a word's letters (%ige)
    r"|(?<!\d)%(?P<plain>[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|z|j|t|q)?"
    rf"[{_PRINTF_TYPES}])(?![^\W\d_{_UNSPACED}]{{2}})"
)
# every printf conversion, as a string flagged c-format or python-format is filled in:
# 80% de is '% d' (the space flag), 50%d a conversion after a digit; %% is a sign
_PRINTF = re.compile(r"%(?:%|[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|z|j|t)?"
                     rf"[{_PRINTF_TYPES}])")
# the tool's tag placeholders written as text that no format writes: {/1} {1/}; and
# the keys of the tool's tag placeholders, by kind
_TOOL_KEYS = frozenset({"{n}", "{/n}", "{n/}"})
_TOOL_ONLY = re.compile(r"\{/\d{1,3}\}|\{\d{1,3}/\}")


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A placeholder as written (``text``, its span) and what compares it (``key``);
    ``ordered`` when it is filled in order (``%s``, ``{}``)."""

    text: str
    start: int
    end: int
    key: str
    ordered: bool = False
    plural: bool = False  # an ICU plural or select head


def placeholders(text: str, *, tool_tags: bool = False, printf: bool = False
                 ) -> list[Placeholder]:
    """The placeholders of ``text`` in order (the module docstring); ``tool_tags``:
    ``{n}`` ``{/n}`` ``{n/}`` are the tool's tag placeholders, keyed by their kind;
    ``printf``: the text is a printf format (a PO entry's ``c-format``), so every
    conversion is one, ``% d`` and ``50%d`` too, which prose would not make one."""
    if "%" not in text and "{" not in text:
        return []  # most texts: the numbers and codes checks ask of every one
    found = []
    if printf:
        found = [Placeholder(m.group(), m.start(), m.end(), m.group(), ordered=True)
                 for m in _PRINTF.finditer(text) if m.group() != "%%"]
        taken = {p.start for p in found}
    for m in PLACEHOLDER.finditer(text):
        written = m.group()
        if m.group("percent") or (printf and m.start() in taken):
            continue
        if m.group("icu"):
            kind = m.group("icu_type")
            key = f"{{{m.group('icu_name')}, {kind}}}"
            found.append(Placeholder(written, m.start(), m.end(), key,
                                     plural=kind in ("plural", "select", "selectordinal")))
        elif m.group("brace") or m.group("number"):
            if tool_tags and PLACEHOLDER_TEXT.fullmatch(written):
                continue  # read below with the tool's tags
            key = re.sub(r"\s+", "", written)
            found.append(Placeholder(written, m.start(), m.end(), key, ordered=key == "{}"))
        elif m.group("mustache") or m.group("template"):
            found.append(Placeholder(written, m.start(), m.end(), re.sub(r"\s+", "", written)))
        else:
            found.append(Placeholder(written, m.start(), m.end(), written,
                                     ordered=m.group("plain") is not None))
    if printf:
        found.sort(key=lambda p: p.start)
    if tool_tags:
        for m in PLACEHOLDER_TEXT.finditer(text):
            key = ("{/n}" if m.group().startswith("{/") else "{n/}" if m.group().endswith("/}")
                   else "{n}")
            found.append(Placeholder(m.group(), m.start(), m.end(), key))
        found.sort(key=lambda p: p.start)
    heads = {p.start for p in found if p.plural}
    if heads:  # {gender, select, male {He} other {They}}: {He} is a branch, text
        found = [_in_branch(p) if p.key.startswith("{{") else p for p in found
                 if _parent(text, p.start) not in heads or p.plural or p.key.startswith("{{")]
    return found


def _in_branch(p: Placeholder) -> Placeholder:
    """``{{name}}`` as a branch of an ICU message: the branch's ``{name}``."""
    return Placeholder(p.text[1:-1], p.start + 1, p.end - 1, p.key[1:-1])


def _parent(text: str, at: int) -> int | None:
    """Where the brace that holds position ``at`` of ``text`` opens, if one does."""
    opened: list[int] = []
    for i, char in enumerate(text[:at]):
        if char == "{":
            opened.append(i)
        elif char == "}" and opened:
            opened.pop()
    return opened[-1] if opened else None


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """Where the placeholders of ``text`` are (the tool's tag placeholders among
    them): text the numbers and codes checks leave alone."""
    return [(p.start, p.end) for p in placeholders(text, tool_tags=True)]


def blank_placeholders(text: str) -> str:
    """``text`` with its placeholders as spaces, the same length."""
    spans = placeholder_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _listed(keys: Counter[str], found: list[Placeholder]) -> str:
    """``keys`` as a message names them: a count of the same key once (``{0} (2
    times)``); a tool's tag placeholder as its side writes it (``{1}`` for ``{n}``,
    the last ones of its kind: which one went, the numbers do not say)."""
    names = []
    for key, n in keys.items():
        if key in _TOOL_KEYS:
            names += [p.text for p in found if p.key == key][-n:]
        else:
            names.append(key if n == 1 else f"{key} ({n} times)")
    return ", ".join(names)


def _unlinked(text: str) -> str:
    """``text`` with its web addresses as spaces: ``%2F`` is a URL's ``/``, and a
    link is ``link-mismatch``'s."""
    return LINK.sub(lambda m: " " * len(m.group()), text) if "%" in text else text


def check_placeholders(ctx: Context) -> Iterator[Finding]:
    for u, unit in enumerate(ctx.units):
        if "%" not in unit.source + unit.target and "{" not in unit.source + unit.target:
            continue  # the usual unit: nothing to read
        if is_blank(unit.target) or is_copy(unit.source, unit.target):
            continue
        tool = bool(_TOOL_ONLY.search(unit.source) or _TOOL_ONLY.search(unit.target))
        printf = bool(unit.formats)  # c-format, python-format: every % is a conversion
        src = placeholders(_unlinked(unit.source), tool_tags=tool, printf=printf)
        tgt = placeholders(_unlinked(unit.target), tool_tags=tool, printf=printf)
        if not src and not tgt:
            continue
        plural = any(p.plural for p in src + tgt)
        src_keys = Counter(p.key for p in src)
        tgt_keys = Counter(p.key for p in tgt)
        if plural:  # the branches repeat names: present or not
            src_keys = Counter(set(src_keys))
            tgt_keys = Counter(set(tgt_keys))
        missing, extra = src_keys - tgt_keys, tgt_keys - src_keys
        parts = []
        if missing:
            parts.append("missing in the target: " + _listed(missing, src))
        if extra:
            parts.append("not in the source: " + _listed(extra, tgt))
        if not parts:
            src_order = [p.key for p in src if p.ordered]
            tgt_order = [p.key for p in tgt if p.ordered]
            if src_order == tgt_order:
                continue
            parts.append(f"filled in order, in another order: source {', '.join(src_order)}; "
                         f"target {', '.join(tgt_order)}")
        first_missing = next((p for p in src if p.key in missing), None)
        first_extra = next((p for p in tgt if p.key in extra), None)
        yield Finding(
            code="placeholder-mismatch",
            severity=ctx.severity("placeholder-mismatch"),
            unit=u,
            message="placeholders differ: " + "; ".join(parts),
            expected=tuple(missing),
            found=", ".join(extra) if extra else None,
            src_span=(first_missing.start, first_missing.end) if first_missing else None,
            tgt_span=(first_extra.start, first_extra.end) if first_extra else None,
        )
