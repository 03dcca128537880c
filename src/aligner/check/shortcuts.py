"""shortcut-mismatch: the keyboard shortcuts of source and target, compared.

A translated manual or interface that says ``Ctrl+S`` where the source says
``Ctrl+Q`` sends the reader to the wrong command (saving instead of quitting, or
the reverse).  A shortcut is one modifier or more and a key: ``Ctrl+S``, ``Ctrl +
Shift + D``, ``Alt-F4``, ``⌘Q``, ``⇧⌘S``, ``Cmd+Option+Esc``.  The names of
modifiers and keys as each language writes them are in ``aligner/lang/key_names.tsv``
(``Strg`` is ``Ctrl``, ``Mayús`` and ``Umschalt`` are ``Shift``, ``Supr`` and
``Entf`` are ``Delete``, Apple's ``Option`` and ``⌥`` are ``Alt``, ``⌘`` is ``Cmd``),
so ``Ctrl+Mayús+D`` is ``Ctrl+Shift+D``; the modifiers count in any order, and a
letter key in either case.  A key is a letter, a digit, one mark, ``F1``-``F24``
or a key the table names; anything else after a modifier is no shortcut
(``Ctrl+click``, ``Ctrl-clic``: the words are translated).  With a hyphen, a word
modifier must be capitalised (``Alt-F4``, not the prose of ``alt-right``).

Shortcuts compare as counts: one of the source missing in the target, or one the
source does not have, is a **warning** -- some programs give their translations
other shortcuts (a bold ``Ctrl+B`` that German makes ``Strg+Umschalt+F``), which
the check cannot know; ``--severity shortcut-mismatch=error`` makes it an error.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from aligner.check.base import Context, is_blank, is_copy
from aligner.errors import ConfigError
from aligner.lang.base import read_data
from aligner.model import Finding

_FILE = "key_names.tsv"
_KINDS = ("modifier", "key")


@dataclass(frozen=True, slots=True)
class KeyNames:
    """``key_names.tsv``: a name, folded -> the modifier or key it is; and the pattern
    of a shortcut made of them."""

    modifiers: dict[str, str]
    keys: dict[str, str]
    pattern: re.Pattern[str]
    symbols: str  # the modifiers written as one symbol: ⌘ ⇧ ⌥ ⌃


@cache
def key_names() -> KeyNames:
    text = read_data("aligner.lang", _FILE)
    if text is None:
        raise ConfigError(f"{_FILE} is missing from the aligner.lang package")
    tables: dict[str, dict[str, str]] = {kind: {} for kind in _KINDS}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 4 or cells[1] not in _KINDS or not cells[0] or not cells[2] \
                or not re.fullmatch(r"[a-z]{2,3}(?: [a-z]{2,3})*", cells[3]):
            raise ConfigError(f"{_FILE}:{lineno}: expected a name, a tab, modifier or key, "
                              f"a tab, the key it is, a tab and language codes; got {line!r}")
        name = cells[0].casefold()
        if name in tables["modifier"] or name in tables["key"]:
            raise ConfigError(f"{_FILE}:{lineno}: {cells[0]!r} is listed twice")
        tables[cells[1]][name] = cells[2]

    def names(table: dict[str, str]) -> str:
        return "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True))

    symbols = "".join(re.escape(n) for n in tables["modifier"] if len(n) == 1)
    modifier = f"(?:{names(tables['modifier'])})"
    key = rf"(?:F(?:2[0-4]|1\d|[1-9])|{names(tables['key'])}|[^\W_]|[-+.,;/=\[\]`'])"
    pattern = re.compile(
        rf"(?<![\w{symbols}])(?i:"
        # Apple's glued symbols: ⌘S, ⇧⌘S, ⌘+S
        rf"(?P<glued>[{symbols}]+)\s*\+?\s*(?P<gkey>{key})"
        # modifiers joined by + (spaces around it allowed) or by -
        rf"|(?P<mods>{modifier}(?:\s*\+\s*{modifier})*)\s*\+\s*(?P<key>{key})"
        rf"|(?P<hmods>{modifier}(?:-{modifier})*)-(?P<hkey>{key})"
        r")(?![\w])")
    return KeyNames(tables["modifier"], tables["key"], pattern,
                    "".join(n for n in tables["modifier"] if len(n) == 1))


@dataclass(frozen=True, slots=True)
class Shortcut:
    text: str
    start: int
    end: int
    key: tuple[frozenset[str], str]


def _key(key: str, names: KeyNames) -> str:
    return names.keys.get(key.casefold(), key.upper())


_WORD_BEFORE = re.compile(r"([^\W\d_]+\.?)\s*\Z")


def _near(text: str, names: KeyNames) -> bool:
    """Whether ``text`` has a modifier's symbol, or a modifier's name before a ``+`` or
    ``-``: most texts have neither, and are told so faster than by the pattern."""
    if any(c in text for c in names.symbols):
        return True
    for mark in "+-":
        at = text.find(mark)
        while at > 0:
            word = _WORD_BEFORE.search(text, max(0, at - 16), at)
            if word is not None and word.group(1).casefold() in names.modifiers:
                return True
            at = text.find(mark, at + 1)
    return False


def shortcuts(text: str) -> list[Shortcut]:
    """The keyboard shortcuts of ``text`` in order (the module docstring)."""
    names = key_names()
    if not _near(text, names):
        return []
    found = []
    for m in names.pattern.finditer(text):
        if m.group("glued"):
            mods = list(m.group("glued"))
            key = m.group("gkey")
        elif m.group("mods"):
            mods = re.split(r"\s*\+\s*", m.group("mods"))
            key = m.group("key")
        else:
            mods = m.group("hmods").split("-")
            if any(mod[0].islower() for mod in mods):
                continue  # alt-right: prose
            key = m.group("hkey")
        found.append(Shortcut(m.group(), m.start(), m.end(), (
            frozenset(names.modifiers[mod.casefold()] for mod in mods), _key(key, names))))
    return found


def check_shortcuts(ctx: Context) -> Iterator[Finding]:
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.target) or is_copy(unit.source, unit.target):
            continue
        src, tgt = shortcuts(unit.source), shortcuts(unit.target)
        if not src and not tgt:
            continue
        src_keys, tgt_keys = Counter(s.key for s in src), Counter(s.key for s in tgt)
        missing, extra = src_keys - tgt_keys, tgt_keys - src_keys
        if not missing and not extra:
            continue
        gone = [s for s in src if s.key in missing]
        added = [s for s in tgt if s.key in extra]
        parts = ([f"{', '.join(dict.fromkeys(s.text for s in gone))} not in the target"]
                 if gone else []) + \
            ([f"{', '.join(dict.fromkeys(s.text for s in added))} not in the source"]
             if added else [])
        yield Finding(
            code="shortcut-mismatch",
            severity=ctx.severity("shortcut-mismatch"),
            unit=u,
            message="keyboard shortcuts differ: " + "; ".join(parts),
            expected=tuple(dict.fromkeys(s.text for s in gone)),
            found=", ".join(dict.fromkeys(s.text for s in added)) or None,
            src_span=(gone[0].start, gone[0].end) if gone else None,
            tgt_span=(added[0].start, added[0].end) if added else None,
        )
