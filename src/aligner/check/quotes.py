"""Quotation marks over a run of units, for ``unbalanced-quotes``
(:mod:`aligner.check.punctuation`): whether a unit's marks balance on their own or
within a few consecutive units around it on its side, in the quotation styles of its
language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from aligner.lang import primary

# How many consecutive units a quotation may span on one side and still count as
# balanced: a speech of a few sentences.  On the opusbooks en-es DEV fiction, 8
# leaves about a third of the window-less warnings, and 16 few more go
# (docs/checks.md has the numbers).
QUOTE_NEIGHBOURHOOD = 8
# A » opening a unit is the Spanish "comillas de seguir": a quotation carried into
# a new paragraph, not a closing mark.
_CONTINUATION = re.compile(r"\s*»")

_Depth = tuple[int, int]  # (net depth, lowest depth reached): composable over units


def _depth(text: str, opener: str, closers: str) -> _Depth:
    net = low = 0
    for ch in text:
        if ch == opener:
            net += 1
        elif ch in closers:
            net -= 1
            low = min(low, net)
    return net, low


def _then(a: _Depth, b: _Depth) -> _Depth:
    return a[0] + b[0], min(a[1], a[0] + b[1])


# Quotation styles whose marks differ: guillemets (French «…»; German, Danish, Czech
# and their neighbours »…« too), and English “…”.  Low-9 „ closes with “ (German,
# Czech) or ” (Polish, Hungarian, Romanian, Dutch); in Swedish and Finnish ” closes
# itself (”…”).  The languages that write the less common styles:
_REVERSED_GUILLEMETS = frozenset({"de", "da", "cs", "sk", "hr", "sl", "hu", "sv"})
_SELF_CLOSING = frozenset({"sv", "fi"})
_GUILLEMETS = (("«", "»"), ("»", "«"), ("‹", "›"), ("›", "‹"))
# Chinese and Japanese corner brackets (「…」, 『…』 inside them), whatever the language:
# they are quotation marks nowhere else.
_CORNERS = (("「", "」"), ("『", "』"))


def _ok(depth: _Depth) -> bool:
    return depth[0] == 0 and depth[1] >= 0


# Hebrew types its acronym mark, gershayim, as '"' between two letters (ד"ר, צה"ל):
# no quotation mark.
_GERSHAYIM = re.compile('(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea])')


@dataclass(frozen=True, slots=True)
class _QuoteCount:
    """A unit's quotation marks in a form that adds up over consecutive units."""

    straight: int  # number of '"' (only its parity says anything)
    low9: bool  # has „ (then “ and ” close it)
    low9_depth: _Depth
    left: bool  # has “ (English style; without it ” is Swedish, its own closer)
    right: int  # number of ”
    english: _Depth  # “ against ”
    guillemets: tuple[_Depth, ...]  # the styles of _GUILLEMETS, in order
    corners: tuple[_Depth, ...]  # _CORNERS, in order

    @classmethod
    def of(cls, text: str, code: str = "") -> _QuoteCount:
        """``text``'s marks, in the language whose primary subtag is ``code``."""
        m = _CONTINUATION.match(text)
        if m and code not in _REVERSED_GUILLEMETS:  # there » opens a quotation
            text = text[m.end():]
        straight = text.count('"') - len(_GERSHAYIM.findall(text))
        return cls(straight, "„" in text, _depth(text, "„", "“”"), "“" in text,
                   text.count("”"), _depth(text, "“", "”"),
                   tuple(_depth(text, o, c) for o, c in _GUILLEMETS),
                   tuple(_depth(text, o, c) for o, c in _CORNERS))

    def then(self, other: _QuoteCount) -> _QuoteCount:
        return _QuoteCount(
            self.straight + other.straight, self.low9 or other.low9,
            _then(self.low9_depth, other.low9_depth), self.left or other.left,
            self.right + other.right, _then(self.english, other.english),
            tuple(_then(a, b) for a, b in zip(self.guillemets, other.guillemets, strict=True)),
            tuple(_then(a, b) for a, b in zip(self.corners, other.corners, strict=True)))

    def balanced(self, code: str = "") -> bool:
        if self.straight % 2:
            return False
        if self.low9:
            curly = _ok(self.low9_depth)
        elif not self.left and code in _SELF_CLOSING:
            curly = self.right % 2 == 0
        else:
            curly = _ok(self.english)
        curly = curly and all(map(_ok, self.corners))
        g = self.guillemets
        if code in _REVERSED_GUILLEMETS:
            return curly and (_ok(g[0]) or _ok(g[1])) and (_ok(g[2]) or _ok(g[3]))
        return curly and _ok(g[0]) and _ok(g[2])


# Kept per text: the editor checks the whole document again after every edit, and
# only the edited beads' texts are new.
@lru_cache(maxsize=1 << 15)
def _count(text: str, code: str) -> _QuoteCount:
    return _QuoteCount.of(text, code)


def quotes_resolved(texts: Sequence[str], *, span: int = QUOTE_NEIGHBOURHOOD,
                    lang: str = "") -> list[bool]:
    """Per unit of one side (in ``lang``), whether its quotation marks balance on their
    own or within some run of at most ``span`` consecutive units containing it."""
    code = primary(lang) if lang else ""
    counts = [_count(t, code) for t in texts]
    ok = [c.balanced(code) for c in counts]
    for u, fine in enumerate(ok):
        if fine:
            continue
        for start in range(max(0, u - span + 1), u + 1):
            total = counts[start]
            for end in range(start + 1, min(len(counts), start + span)):
                total = total.then(counts[end])
                if end >= u and total.balanced(code):
                    ok[u] = True
                    break
            if ok[u]:
                break
    return ok
