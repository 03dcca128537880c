"""Article-sized document pairs cut from the DEV alignment sets, at run time.

The OPUS Books DEV set (``../shared/bench/align/opusbooks_enes``: Spanish and
English translations of four books, with gold beads) is cut into windows of
about 40 Spanish sentences that end on a gold bead boundary, so each window is
a translated pair; windows start every few beads, so 1,000 distinct pairs come
out of the four books.  The texts are written into a temporary folder as
paragraphs of four sentences (``NAME.es.txt``/``NAME.en.txt``); nothing of them
is kept in the repository.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "bench" / "align" / "opusbooks_enes"


def require_dev() -> None:
    if not DEV.is_dir():
        raise SystemExit(f"{DEV} is not there: the DEV sets are needed (not shipped)")


def _beads(gold: Path) -> list[tuple[list[int], list[int]]]:
    out = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        left, right = line.split(":")[:2]
        out.append((list(ast.literal_eval(left)), list(ast.literal_eval(right))))
    return out


def windows(size: int = 40, step: int = 7) -> Iterator[tuple[list[str], list[str]]]:
    """(Spanish sentences, English sentences) of every window, book after book.

    The set is English -> Spanish; here Spanish is the source, as in the issue's
    magazine.  A window is the gold beads from a start bead until the Spanish
    side has ``size`` sentences."""
    require_dev()
    for gold in sorted(DEV.glob("*.gold")):
        en = gold.with_suffix(".src").read_text(encoding="utf-8").split("\n")
        es = gold.with_suffix(".tgt").read_text(encoding="utf-8").split("\n")
        beads = _beads(gold)
        for start in range(0, len(beads), step):
            es_ids: list[int] = []
            en_ids: list[int] = []
            for en_side, es_side in beads[start:]:
                es_ids += es_side
                en_ids += en_side
                if len(es_ids) >= size:
                    break
            if len(es_ids) < size or len(en_ids) < size // 2:
                continue
            yield [es[i] for i in es_ids], [en[i] for i in en_ids]


def _text(sentences: list[str]) -> str:
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join(paragraphs) + "\n"


def write_pairs(root: Path, n: int) -> tuple[Path, Path, int]:
    """``n`` pairs under ``root/es`` and ``root/en`` (windows reused, under other
    names, when ``n`` is more than there are); returns the folders and how many
    distinct windows there are."""
    found = list(windows())
    src_dir, tgt_dir = root / "es", root / "en"
    for k, (es, en) in zip(range(n), itertools.cycle(found), strict=False):
        folder = f"{k // 1000:03d}"
        for base, lang, sents in ((src_dir, "es", es), (tgt_dir, "en", en)):
            path = base / folder / f"art{k:05d}.{lang}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_text(sents), encoding="utf-8")
    return src_dir, tgt_dir, len(found)
