"""spacing-before-mark: French typography's space before ``; : ! ?`` and inside ``« »``.

French (``spaced_marks`` in the language's profile) puts a space -- in print a no-break
space, narrow before ``; ! ?`` -- between a word and a high mark: ``Attention !``,
``conséquences ?``, ``L’indice : voir``, and inside guillemets: ``« Logiciel »``.  A
target in such a language that glues one of them to the word before it (as the English
source does, ``Attention!``) gets one finding for its first, naming it.  Any space will
do (a plain space, U+00A0, U+202F): which one is the typesetter's choice.  Canadian
French (``fr-CA``) spaces the colon and the guillemets only, as the Office québécois de
la langue française writes it.

Not a mark of the sentence: a colon between digits (``10:30``, ``1:2``), anything in a
web or e-mail address or a file path, a run of marks after the first (``?!`` needs its
space once), a mark right after another mark or a closing bracket that already has its
space (``(voir annexe) :`` is fine, ``(voir annexe):`` is not), smileys (``:)``), and a
mark glued to a word of code (``std::``, ``C:\\``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aligner.check.base import Context, is_blank
from aligner.check.links import LINK
from aligner.lang import get_profile, primary, region
from aligner.model import Finding

_SPACES = " \u00a0\u202f\u2009\t\n"
_CODE = re.compile(r"\S*(?:[/\\]|::)\S*|\S+\.\w+\(\)")
# the marks French spaces, each with the character before it that it was glued to
_GLUED = re.compile(r"(?<=[\w\"”’'»)\]])([;:!?])")
_OPEN = re.compile(r"«(?=[^\s\u00a0\u202f\u2009])")
_CLOSE = re.compile(r"(?<=[^\s\u00a0\u202f\u2009])»")


def _blanked(text: str) -> str:
    """``text`` with links, paths and code written over with letters (same length:
    offsets stay; a mark glued to one is still glued to a word)."""
    for pattern in (LINK, _CODE):
        text = pattern.sub(lambda m: "x" * len(m.group()), text)
    return text


def glued_marks(text: str, marks: str) -> list[tuple[int, str]]:
    """(offset, what) of each place ``text`` glues a mark of ``marks`` or a guillemet to
    its word, in order."""
    plain = _blanked(text)
    found = []
    for m in _GLUED.finditer(plain):
        mark, at = m.group(1), m.start(1)
        if mark not in marks:
            continue
        after = plain[at + 1:at + 2]
        if mark == ":" and ((plain[at - 1:at].isdigit() and after.isdigit())
                            or after in ("(", ")", "/")):
            continue  # 10:30, 1:2, a smiley :)
        found.append((at, mark))
    if "«" in marks:
        found += [(m.start(), "«") for m in _OPEN.finditer(plain)]
        found += [(m.start(), "»") for m in _CLOSE.finditer(plain)]
    return sorted(found)


def _marks_of(lang: str) -> str:
    marks = get_profile(lang).spaced_marks
    if marks and primary(lang) == "fr" and region(lang) == "CA":
        return "".join(m for m in marks if m in ":«»")
    return marks


def check_spacing(ctx: Context) -> Iterator[Finding]:
    marks = _marks_of(ctx.tgt_lang)
    if not marks:
        return
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.target):
            continue
        glued = glued_marks(unit.target, marks)
        if not glued:
            continue
        at, mark = glued[0]
        where = "after" if mark == "«" else "before"
        start = at
        while start > 0 and unit.target[start - 1] not in _SPACES:
            start -= 1
        end = next((i for i in range(at + 1, len(unit.target))
                    if unit.target[i] in _SPACES), len(unit.target))
        more = f" (and {len(glued) - 1} more)" if len(glued) > 1 else ""
        yield Finding(code="spacing-before-mark", severity=ctx.severity("spacing-before-mark"),
                      unit=u, message=f"no space {where} '{mark}' in "
                      f"'{unit.target[start:end]}'{more}: the target's language spaces it",
                      found=unit.target[start:end], tgt_span=(start, end))
