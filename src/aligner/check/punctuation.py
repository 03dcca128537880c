"""inverted-mark, end-punctuation, unbalanced-quotes, unbalanced-brackets, spacing.

Pairs and end marks are compared between the two sides rather than judged
on one side alone: a quotation that spans two units leaves both sides
unbalanced in the same way and is not a translation error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aligner.check.base import Context, is_blank, is_copy
from aligner.lang import get_profile
from aligner.model import Finding

_MARKS = {"?": "¿", "!": "¡"}
_MARK_CHARS = re.compile("[¿¡?!]")
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
# A final mark may be followed by closing quotes/brackets and a glued footnote number.
_END = re.compile(r"(\.\.\.|[.?!…:;])[\"'”’»)\]]*\d{0,3}[\"'”’»)\]]*\s*$")
_END_NAMES = {".": "a full stop", "...": "an ellipsis", "…": "an ellipsis", "?": "a question mark",
              "!": "an exclamation mark", ":": "a colon", ";": "a semicolon", None: "no mark"}
_QUOTES = (("«", "»"), ("“", "”"), ("„", "“"), ("‹", "›"))
_BRACKETS = (("(", ")"), ("[", "]"), ("{", "}"))
_DOUBLE_SPACE = re.compile(r"[ \u00a0\u202f\t]{2,}")


# A ¿ or ¡ may be closed a few units later: a question or exclamation that
# the segmenter (or the translator) split over several units.
_CARRY_UNITS = 3


def inverted_mark_problems(texts: list[str]) -> dict[int, tuple[int, str]]:
    """Per unit index, the first ``?``/``!`` without its ``¿``/``¡`` or the reverse.

    ``texts`` are consecutive units of one side; an opener left open at the end
    of a unit may be closed by the next few units.
    """
    problems: dict[int, tuple[int, str]] = {}
    carried: dict[str, list[tuple[int, int]]] = {"¿": [], "¡": []}  # opener -> (unit, pos)
    for u, text in enumerate(texts):
        for opener, stack in carried.items():
            while stack and u - stack[0][0] > _CARRY_UNITS:
                unit, pos = stack.pop(0)
                closer = "?" if opener == "¿" else "!"
                problems.setdefault(unit, (pos, f"{opener!r} without a closing {closer!r}"))
        if not text.strip():
            continue
        if "://" in text or "www." in text:
            # a URL's query "?" is no question: blank URLs out, keeping offsets
            text = _URL.sub(lambda m: " " * len(m.group()), text)
        for m in _MARK_CHARS.finditer(text):
            i, ch = m.start(), m.group()
            if ch in carried:
                carried[ch].append((u, i))
            elif ch in _MARKS:
                stack = carried[_MARKS[ch]]
                if stack:
                    stack.pop()
                elif not (i > 0 and text[i - 1] in "?!"):  # "??", "?!" close one sentence
                    problems.setdefault(u, (i, f"{ch!r} without an opening {_MARKS[ch]!r}"))
    for opener, stack in carried.items():
        closer = "?" if opener == "¿" else "!"
        for unit, pos in stack:
            problems.setdefault(unit, (pos, f"{opener!r} without a closing {closer!r}"))
    return problems


def inverted_mark_problem(text: str) -> tuple[int, str] | None:
    """The first problem of one text on its own (see :func:`inverted_mark_problems`)."""
    return inverted_mark_problems([text]).get(0)


def end_mark(text: str) -> str | None:
    """The final mark of a text (``.``, ``?``, ``…``, ...), past quotes and footnotes."""
    m = _END.search(text[-24:])  # the mark is near the end; don't scan long units
    if m is None:
        return None
    mark = m.group(1)
    return "…" if mark == "..." else mark


def _balanced(text: str, pairs: tuple[tuple[str, str], ...]) -> bool:
    for opener, closer in pairs:
        if opener not in text and closer not in text:
            continue
        depth = 0
        for ch in re.findall(f"[{re.escape(opener)}{re.escape(closer)}]", text):
            depth += 1 if ch == opener else -1
            if depth < 0:
                return False
        if depth:
            return False
    return True


def _quotes_balanced(text: str) -> bool:
    # “ is both the closer of „ and the opener of “: check the common styles apart
    straight = text.count('"') % 2 == 0
    if "„" in text:
        return straight and _balanced(text, (("„", "“"),))
    return straight and _balanced(text, tuple(p for p in _QUOTES if p[0] != "„"))


def check_punctuation(ctx: Context) -> Iterator[Finding]:
    # A unit with an empty side is an omission or an insertion, and a copied unit is
    # untranslated: neither is a punctuation matter.
    both = [not is_blank(u.source) and not is_blank(u.target) and not is_copy(u.source, u.target)
            for u in ctx.units]
    inverted: dict[str, dict[int, tuple[int, str]]] = {}
    for side, lang in (("source", ctx.src_lang), ("target", ctx.tgt_lang)):
        if get_profile(lang).inverted_marks:
            inverted[side] = inverted_mark_problems(
                [getattr(unit, side) if ok else "" for unit, ok in zip(ctx.units, both,
                                                                        strict=True)]
            )
    for u, unit in enumerate(ctx.units):
        if not both[u]:
            continue
        for side, problems in inverted.items():
            if u in problems:
                pos, what = problems[u]
                span = (pos, pos + 1)
                yield Finding(
                    "inverted-mark", ctx.severity("inverted-mark"), u, f"{side}: {what}",
                    found=getattr(unit, side)[pos],
                    src_span=span if side == "source" else None,
                    tgt_span=span if side == "target" else None,
                )
        src_end, tgt_end = end_mark(unit.source), end_mark(unit.target)
        if src_end != tgt_end:
            yield Finding(
                "end-punctuation", ctx.severity("end-punctuation"), u,
                f"the source ends with {_END_NAMES[src_end]}, "
                f"the target with {_END_NAMES[tgt_end]}",
                expected=(src_end,) if src_end else (),
                found=tgt_end,
            )
        for code, ok in (("unbalanced-quotes", _quotes_balanced),
                         ("unbalanced-brackets", lambda t: _balanced(t, _BRACKETS))):
            src_ok, tgt_ok = ok(unit.source), ok(unit.target)
            if src_ok != tgt_ok:
                side = "target" if src_ok else "source"
                what = "quotation marks" if code == "unbalanced-quotes" else "brackets"
                yield Finding(code, ctx.severity(code), u,
                              f"{what} are unbalanced in the {side} only")
        m = _DOUBLE_SPACE.search(unit.target) if "  " in unit.target or "\u00a0" in unit.target \
            or "\t" in unit.target else None
        if m and not _DOUBLE_SPACE.search(unit.source):
            yield Finding("double-space", ctx.severity("double-space"), u,
                          "double space in the target", tgt_span=m.span())
        for edge, src_has, tgt_has in (
            ("leading", unit.source[:1].isspace(), unit.target[:1].isspace()),
            ("trailing", unit.source[-1:].isspace(), unit.target[-1:].isspace()),
        ):
            if src_has != tgt_has:
                where = "target" if tgt_has else "source"
                yield Finding("edge-space", ctx.severity("edge-space"), u,
                              f"{edge} whitespace in the {where} only")
