"""Bead files (vecalign's format) and one-sentence-per-line files.

A bead file has one bead per line: ``[0, 1]:[0]`` (source sentences 0 and 1
with target sentence 0), ``[3]:[]`` (a deletion), ``[]:[4]`` (an insertion),
optionally followed by ``:score`` (a finite number).  Each sentence is in at most one
bead on each side; a bead ``[]:[]`` is allowed (published gold has them).  The score
is not held to [0, 1]: the tool writes a confidence there, but vecalign writes its
cost (0 up, past 1 for a poor bead) and published gold has negative ones; nothing
reads it (:func:`parse_beads` returns the sentence indices only).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from aligner.errors import InputError
from aligner.fileio import read_text
from aligner.model import Bead

BeadPair = tuple[tuple[int, ...], tuple[int, ...]]
_BEAD = re.compile(r"^\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\]\s*(?::\s*(\S+))?\s*$")


def read_sentence_lines(path: str, *, encoding: str = "utf-8") -> list[str]:
    """Every line is one sentence, blank lines included; a final newline adds none.
    A line ends at LF, CR LF or a lone CR (old Mac files), as the text reader's do."""
    text = read_text(path, encoding=encoding)
    if not text:
        return []
    lines = _LINE_END.split(text)
    if lines[-1] == "":
        lines.pop()
    return lines


_LINE_END = re.compile(r"\r\n|\r|\n")


def _ids(field: str, *, path: str, line: int) -> tuple[int, ...]:
    out = []
    for tok in field.split(","):
        tok = tok.strip()
        if not tok:
            continue
        if not tok.isdigit():
            raise InputError(f"bad sentence index {tok!r} in bead", path=path, line=line)
        out.append(int(tok))
    return tuple(out)


def parse_beads(lines: Iterable[str], *, path: str = "<beads>") -> list[BeadPair]:
    """The beads of a bead file, in file order.

    A sentence index that appears twice on a side (in two beads, or twice in
    one) and a score that is not a number are refused with the line.  Order and
    coverage are not checked here: published gold sets have crossing beads and
    sentences they leave out (see :func:`check_coverage` for a whole alignment).
    """
    beads = []
    seen: tuple[dict[int, int], dict[int, int]] = ({}, {})  # index -> line, per side
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        m = _BEAD.match(raw)
        if m is None:
            raise InputError(
                "not a bead line (expected e.g. '[0, 1]:[0]')", path=path, line=n
            )
        bead = (_ids(m.group(1), path=path, line=n), _ids(m.group(2), path=path, line=n))
        for ids, lines_of, what in zip(bead, seen, ("source", "target"), strict=True):
            for i in ids:
                first = lines_of.get(i)
                if first is not None:
                    where = ("twice in this bead" if first == n
                             else f"already in the bead on line {first}")
                    raise InputError(f"{what} sentence {i} is {where}", path=path, line=n)
                lines_of[i] = n
        if m.group(3) is not None:
            try:
                score = float(m.group(3))
            except ValueError:
                score = math.nan
            if not math.isfinite(score):  # float() takes "nan" and "inf": no score either
                raise InputError(f"score {m.group(3)!r} is not a number", path=path, line=n)
        beads.append(bead)
    return beads


def read_beads(path: str) -> list[BeadPair]:
    return parse_beads(read_text(path).splitlines(), path=path)


def format_bead(bead: Bead, *, with_score: bool = True) -> str:
    s = f"[{', '.join(map(str, bead.src))}]:[{', '.join(map(str, bead.tgt))}]"
    return f"{s}:{bead.score:.4f}" if with_score else s


def check_coverage(
    beads: Sequence[tuple[Sequence[int], Sequence[int]]], n_src: int, n_tgt: int
) -> list[str]:
    """Why ``beads`` are not an alignment of ``n_src`` and ``n_tgt`` sentences; [] if they are.

    The invariant (:class:`~aligner.model.Alignment`, and what the editor and the
    exports assume): on each side, the beads taken in order list every sentence
    exactly once and in order -- so each bead is a run of consecutive sentences
    -- and no bead is empty on both sides.  Time and memory are O(sentences + beads).
    """
    problems = [f"bead {k} has no sentence on either side"
                for k, (s, t) in enumerate(beads) if not s and not t]
    problems += _side_problems([s for s, _ in beads], n_src, "source")
    problems += _side_problems([t for _, t in beads], n_tgt, "target")
    return problems


def _side_problems(groups: Sequence[Sequence[int]], n: int, what: str) -> list[str]:
    """One side's sentences out of range, repeated, missing, or (only when none of
    those) out of order."""
    problems: list[str] = []
    owner = [-1] * n  # the bead each sentence is in
    for k, group in enumerate(groups):
        for i in group:
            if not 0 <= i < n:
                there = f"only {n} {what} sentences (0-{n - 1})" if n else f"no {what} sentences"
                problems.append(f"{what} sentence {i} is in bead {k}, but there are {there}")
            elif owner[i] == k:
                problems.append(f"{what} sentence {i} is twice in bead {k}")
            elif owner[i] >= 0:
                problems.append(f"{what} sentence {i} is in beads {owner[i]} and {k}")
            else:
                owner[i] = k
    i = 0
    while i < n:  # runs of sentences in no bead, as ranges
        if owner[i] >= 0:
            i += 1
            continue
        j = i
        while j + 1 < n and owner[j + 1] < 0:
            j += 1
        problems.append(f"{what} sentence {i} is in no bead" if i == j
                        else f"{what} sentences {i}-{j} are in no bead")
        i = j + 1
    if problems:
        return problems
    # Every sentence is in exactly one bead; walking the beads, sentence
    # ``expected`` is the next one due.  Sentences before it have all been seen,
    # so the first one that differs is a later one, and ``expected`` is elsewhere.
    expected = 0
    for k, group in enumerate(groups):
        for pos, i in enumerate(group):
            if i == expected:
                expected += 1
                continue
            home = owner[expected]
            if home == k:
                listed = ", ".join(map(str, group))
                return [f"bead {k} lists its {what} sentences out of order ({listed})"]
            if pos:
                return [f"bead {k} has {what} sentences {group[pos - 1]} and {i} but not "
                        f"{expected} (in bead {home}): a bead takes consecutive sentences"]
            return [f"{what} sentences out of order: bead {k} starts at sentence {i}, "
                    f"but sentence {expected} (in bead {home}) comes first"]
    return []
