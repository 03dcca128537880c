"""repeated-mark: a punctuation mark typed twice in the target (``,,`` ``..`` ``;;`` ``::``
``。。`` ``、、`` ``，，``, and ``!!`` ``??``), where the source has no such doubling.

Two dots are a slip, three or more an ellipsis (``...``; four, ``....``, are an ellipsis
and the full stop after it), as are dots spaced by one space (``. . .``) and dots next
to ``…``; Chinese and Japanese write an informal ellipsis ``。。。`` the same way.  A
run of ``?`` and ``!`` is one mark: ``?!`` and ``!?`` are a question said with
surprise, ``!!`` and ``??`` emphasis, which a translation may keep -- so these are
reported only when the source has no run of two or more ``?``/``!`` at all.  Another
mark is excused when the source doubles the same mark (full width and ASCII alike).

Not a mark typed twice: a run followed by a letter or digit of a script written with
spaces (a range ``1..10``, ``std::vector``, a German opening quote typed ``,,Hallo``,
CSS ``::before``), a run touching a path's slash (``../``), and anything in a web
address.  Chinese and Japanese need no space after a mark, so their full-width marks
are doubled whatever follows (``好。。我们``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aligner.check.base import Context, is_blank
from aligner.model import Finding

# Each mark as the ASCII mark it is (full-width Chinese and Japanese marks, the
# Arabic-script comma, semicolon and question mark): ？？ and ?? are one doubling.
_AS_ASCII = {"。": ".", "．": ".", "、": ",", "，": ",", "；": ";", "：": ":", "？": "?",
             "！": "!", "،": ",", "؛": ";", "؟": "?"}
_FULL_WIDTH = frozenset("。．、，；：？！")
_RUN = re.compile("[,.;:?!…⋯" + "".join(_AS_ASCII) + "]{2,}")
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
_EMPHASIS = "?!"  # the key of every run of ? and !, in either order and width
# A script written with no spaces (CJK, kana, hangul) starts here: a letter of it may
# follow a mark directly, a letter below it may not.
_SPACELESS = 0x2E80


def _subruns(run: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, key) of each stretch of one mark in ``run``; ? and ! are one."""
    i = 0
    while i < len(run):
        key = _key(run[i])
        j = i + 1
        while j < len(run) and _key(run[j]) == key:
            j += 1
        yield i, j, key
        i = j


def _key(ch: str) -> str:
    mark = _AS_ASCII.get(ch, ch)
    return _EMPHASIS if mark in "?!" else mark


def _doubled(text: str, start: int, end: int, key: str, run: str) -> bool:
    """Whether ``text[start:end]``, a stretch of one mark inside the run ``run``, is
    that mark typed twice."""
    stretch = text[start:end]
    if key == _EMPHASIS:
        # ?! and !? are one mark; a mark twice (!!, ?!?, ！！) is emphasis
        marks = [_AS_ASCII.get(c, c) for c in stretch]
        return len(marks) != len(set(marks))
    if key == ".":
        if len(stretch) != 2 or any(c in run for c in "…⋯"):
            return False  # ..., ...., …. : an ellipsis (and its full stop)
        before, after = text[max(0, start - 2):start], text[end:end + 2]
        return not (before in (". ", ".\u00a0") or after in (" .", "\u00a0."))  # . .. .
    return len(stretch) > 1 and key in {",", ";", ":"}


def doubled_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, key) of every mark typed twice in ``text`` (see the module)."""
    if "://" in text or "www." in text:
        text = _URL.sub(lambda m: " " * len(m.group()), text)  # offsets kept
    for m in _RUN.finditer(text):
        run = m.group()
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if before in "/\\" or after in "/\\":
            continue  # a path: ../, /..
        for i, j, key in _subruns(run):
            start, end = m.start() + i, m.start() + j
            follows = text[end] if end < len(text) else " "
            if (follows.isalnum() and ord(follows) < _SPACELESS
                    and not all(c in _FULL_WIDTH for c in text[start:end])):
                continue  # 1..10, std::vector, ,,Hallo"
            if _doubled(text, start, end, key, run):
                yield start, end, key


def check_repeated_marks(ctx: Context) -> Iterator[Finding]:
    """repeated-mark in the target, unless the source doubles the same mark."""
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.target):
            continue
        found = next(doubled_marks(unit.target), None)
        if found is None:
            continue
        start, end, key = found
        if any(k == key for _s, _e, k in doubled_marks(unit.source)) or (
                key == _EMPHASIS and re.search("[?!？！؟]{2,}", unit.source)):
            continue  # the source doubles it too: a style the translation keeps
        mark = unit.target[start:end]
        yield Finding("repeated-mark", ctx.severity("repeated-mark"), u,
                      f"{mark!r} in the target, a mark typed twice where the source has "
                      f"none doubled", found=mark, tgt_span=(start, end))
