"""How many left-out sentences the checks report, and how many sentences they wrongly
suspect, on the alignment DEV sets (../shared/bench/align) and the bundled corpus.

Omissions are made by deleting target sentences: every twentieth gold 1-1 bead (the
tenth, the thirtieth, ...) whose neighbours are two-sided loses its target sentence.
Each document is aligned in-process as ``aligner check`` aligns two documents, and
each deleted sentence's source is counted as

* unaligned -- a null bead, which ``empty-target`` reports;
* suspected -- a member of a multi-sentence bead that ``possible-omission`` reports
  (aligner.align.omissions);
* missed -- neither.

The same documents unchanged say how many sentences the second alignment suspects
where nothing was left out (the gold's own unaligned sentences counted apart: the
gold says they are untranslated).

    python benchmarks/omissions.py                    # the installed default encoder
    python benchmarks/omissions.py --encoder none     # no second alignment: numbers only
    python benchmarks/omissions.py --omissions high   # aligner check --omissions high
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from _align_dev_sets import BENCH, SETS
from aligner.align import AlignOptions, align_sentences
from aligner.align.beadfile import read_sentence_lines
from aligner.align.omissions import SENSITIVITY, omission_suspects

REPO = Path(__file__).resolve().parents[1]
EVERY = 20
Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]


def _beads(path: Path) -> Beads:
    out: Beads = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        src, tgt = line.split(":")[:2]
        out.append((tuple(int(x) for x in src.strip("[]").split(",") if x.strip()),
                    tuple(int(x) for x in tgt.strip("[]").split(",") if x.strip())))
    return out


def _documents() -> Iterator[tuple[str, str, str, list[str], list[str], Beads]]:
    for name, (src_lang, tgt_lang) in SETS.items():
        for gold in sorted((BENCH / name).glob("*.gold")):
            yield (name, src_lang, tgt_lang,
                   read_sentence_lines(str(gold.with_suffix(".src"))),
                   read_sentence_lines(str(gold.with_suffix(".tgt"))), _beads(gold))
    gold_dir = REPO / "corpus" / "gold"
    yield ("corpus", "es", "en", read_sentence_lines(str(gold_dir / "chile-73.es.sents")),
           read_sentence_lines(str(gold_dir / "chile-73.en.sents")),
           _beads(gold_dir / "chile-73.gold"))


def _delete(tgt: list[str], gold: Beads) -> tuple[list[str], set[int]]:
    """The target without every EVERY-th gold 1-1 bead's sentence; the sources left."""
    dropped: dict[int, int] = {}
    for k in range(1, len(gold) - 1):
        (s, t), before, after = gold[k], gold[k - 1], gold[k + 1]
        if (k % EVERY == EVERY // 2 and len(s) == 1 and len(t) == 1
                and all(b[0] and b[1] for b in (before, after))):
            dropped[t[0]] = s[0]
    return [x for j, x in enumerate(tgt) if j not in dropped], set(dropped.values())


def _counts(src: list[str], tgt: list[str], src_lang: str, tgt_lang: str,
            options: AlignOptions, sensitivity: str) -> tuple[set[int], set[int]]:
    """The source sentences left unaligned, and those suspected."""
    al = align_sentences(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang, options=options)
    unaligned = {i for b in al.beads if not b.tgt for i in b.src}
    suspected = {al.beads[k].src[p] for k, ps in omission_suspects(
        al, options=options, sensitivity=sensitivity).items()
                 for p in ps}
    return unaligned, suspected


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--encoder", choices=("auto", "use", "none"), default="auto")
    ap.add_argument("--omissions", choices=tuple(SENSITIVITY), default="normal")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"needs {BENCH} (the DEV sets are not shipped with aligner)", file=sys.stderr)
        return 2
    options = AlignOptions(encoder=args.encoder)
    rows: dict[str, list[int]] = {}
    for name, src_lang, tgt_lang, src, tgt, gold in _documents():
        row = rows.setdefault(name, [0] * 6)
        cut, left_out = _delete(tgt, gold)
        unaligned, suspected = _counts(src, cut, src_lang, tgt_lang, options, args.omissions)
        row[0] += len(left_out)
        row[1] += len(left_out & unaligned)
        row[2] += len(left_out & suspected)
        gold_null = {i for s, t in gold if not t for i in s}
        _, suspected = _counts(src, tgt, src_lang, tgt_lang, options, args.omissions)
        row[3] += len(src)
        row[4] += len(suspected - gold_null)
        row[5] += len(suspected & gold_null)
        print(f"{name}: done", file=sys.stderr, flush=True)
    print("| set | left out | unaligned (empty-target) | suspected (possible-omission) | "
          "missed | source sentences | suspected where nothing was left out | "
          "of them unaligned in the gold |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    total = [0] * 6
    for name, r in [*rows.items()]:
        total = [a + b for a, b in zip(total, r, strict=True)]
        print(f"| {name} | {r[0]} | {r[1]} | {r[2]} | {r[0] - r[1] - r[2]} | {r[3]:,} | "
              f"{r[4] + r[5]} | {r[5]} |")
    print(f"| all | {total[0]} | {total[1]} | {total[2]} | {total[0] - total[1] - total[2]} | "
          f"{total[3]:,} | {total[4] + total[5]} | {total[5]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
