"""Bead files (vecalign's format) and one-sentence-per-line files.

A bead file has one bead per line: ``[0, 1]:[0]`` (source sentences 0 and 1
with target sentence 0), ``[3]:[]`` (a deletion), ``[]:[4]`` (an insertion),
optionally followed by ``:score``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from aligner.errors import InputError
from aligner.fileio import read_text
from aligner.model import Bead

BeadPair = tuple[tuple[int, ...], tuple[int, ...]]
_BEAD = re.compile(r"^\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\]\s*(?::\s*(\S+))?\s*$")


def read_sentence_lines(path: str, *, encoding: str = "utf-8") -> list[str]:
    """Every line is one sentence, blank lines included; a final newline adds none."""
    text = read_text(path, encoding=encoding)
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


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
    beads = []
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        m = _BEAD.match(raw)
        if m is None:
            raise InputError(
                "not a bead line (expected e.g. '[0, 1]:[0]')", path=path, line=n
            )
        beads.append((_ids(m.group(1), path=path, line=n), _ids(m.group(2), path=path, line=n)))
    return beads


def read_beads(path: str) -> list[BeadPair]:
    return parse_beads(read_text(path).splitlines(), path=path)


def format_bead(bead: Bead, *, with_score: bool = True) -> str:
    s = f"[{', '.join(map(str, bead.src))}]:[{', '.join(map(str, bead.tgt))}]"
    return f"{s}:{bead.score:.4f}" if with_score else s


def check_coverage(beads: Sequence[BeadPair], n_src: int, n_tgt: int) -> list[str]:
    """Problems with a bead list: out of range, not monotone, missing or repeated."""
    problems: list[str] = []
    next_s = next_t = 0
    for k, (s, t) in enumerate(beads):
        for i in s:
            if i != next_s:
                problems.append(f"bead {k}: source {i} out of order (expected {next_s})")
            next_s = i + 1
        for j in t:
            if j != next_t:
                problems.append(f"bead {k}: target {j} out of order (expected {next_t})")
            next_t = j + 1
    if next_s != n_src:
        problems.append(f"source covered up to {next_s}, has {n_src} sentences")
    if next_t != n_tgt:
        problems.append(f"target covered up to {next_t}, has {n_tgt} sentences")
    return problems
