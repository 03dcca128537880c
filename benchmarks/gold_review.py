"""Read where the aligner and a DEV gold disagree, and count who is right.

Aligns each document of a DEV set in ../shared (no MT, the installed default encoder)
and cuts the disagreements into regions -- the gold and aligned beads linked by a shared
sentence, where the two sets of beads differ.  ``--show`` prints a seeded random sample
of them with every sentence in full and both readings, for a person to judge;
``--verdicts FILE`` reads that person's judgements (one line per region: its key as
printed, a tab, ``ours``, ``gold``, ``neither`` or ``unclear``, and optionally a tab and
the reason) and prints, over the judged regions that are still regions of today's
alignment, how the strict errors divide among the verdicts, the share of regions
judged ``ours`` with its 95 % (Wilson) interval, and the strict F1 that the set would
have if the gold took our reading in the regions judged ``ours`` (each judged region
standing for its share of every region of the set).

    python benchmarks/gold_review.py opusbooks_enes --show > regions.txt
    python benchmarks/gold_review.py opusbooks_enes --verdicts benchmarks/data/opusbooks_review.tsv

With ``--blind`` the two readings are printed as ``reading A`` and ``reading B``, which
of them is the gold's drawn for each region from the seed and the region's key, so a
reader cannot tell them apart; the verdicts are then ``A``, ``B``, ``neither`` or
``unclear``, and ``--verdicts`` with the same ``--blind --seed`` turns them back into
``gold`` and ``ours``:

    python benchmarks/gold_review.py opusbooks_enes --show --blind --seed 1 > regions.txt
    python benchmarks/gold_review.py opusbooks_enes --verdicts v.tsv --blind --seed 1

The verdicts are a reading of the texts, never of the aligner's scores.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from _align_dev_sets import BENCH, SETS
from aligner.align import align_sentences
from aligner.align.beadfile import read_beads, read_sentence_lines
from aligner.align.evaluate import Counts, count, scores

Bead = tuple[tuple[int, ...], tuple[int, ...]]
VERDICTS = ("ours", "gold", "neither", "unclear")


@dataclass(frozen=True)
class Region:
    doc: str
    gold: tuple[Bead, ...]
    ours: tuple[Bead, ...]

    @property
    def key(self) -> str:
        s = sorted({i for b in self.gold + self.ours for i in b[0]})
        t = sorted({j for b in self.gold + self.ours for j in b[1]})
        return f"{self.doc}:s{_span(s)}:t{_span(t)}"

    def misses(self) -> tuple[int, int]:
        """Our beads the strict precision counts wrong; gold beads the recall misses."""
        gold, ours = set(self.gold), set(self.ours)
        wrong = sum(1 for b in ours if b not in gold)
        missed = sum(1 for b in gold if b not in ours and b[0] and b[1])
        return wrong, missed


def _span(xs: Sequence[int]) -> str:
    return f"{xs[0]}-{xs[-1]}" if xs else "none"


def regions(doc: str, gold: Sequence[Bead], ours: Sequence[Bead]) -> list[Region]:
    """Components of beads linked by a shared sentence where gold and ours differ."""
    beads = [("g", b) for b in gold if b[0] or b[1]] + [("h", b) for b in ours if b[0] or b[1]]
    parent = list(range(len(beads)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[tuple[str, int], int] = {}
    for k, (_, (s, t)) in enumerate(beads):
        for key in [("s", i) for i in s] + [("t", j) for j in t]:
            if key in owner:
                parent[find(k)] = find(owner[key])
            else:
                owner[key] = k
    groups: dict[int, list[int]] = {}
    for k in range(len(beads)):
        groups.setdefault(find(k), []).append(k)
    out = []
    for members in groups.values():
        g = tuple(sorted(beads[k][1] for k in members if beads[k][0] == "g"))
        h = tuple(sorted(beads[k][1] for k in members if beads[k][0] == "h"))
        if set(g) != set(h):
            out.append(Region(doc, g, h))
    return sorted(out, key=lambda r: r.key)


def load(name: str) -> tuple[list[Region], Counts, dict[str, tuple[list[str], list[str]]]]:
    """Every disagreement region of set ``name``, the set's scorer counts, its texts."""
    src_lang, tgt_lang = SETS[name]
    found: list[Region] = []
    counts = Counts()
    texts = {}
    for path in sorted((BENCH / name).glob("*.gold")):
        src = read_sentence_lines(str(path.with_suffix(".src")))
        tgt = read_sentence_lines(str(path.with_suffix(".tgt")))
        gold = [(tuple(s), tuple(t)) for s, t in read_beads(str(path))]
        al = align_sentences(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang)
        ours = [(tuple(b.src), tuple(b.tgt)) for b in al.beads]
        counts += count(gold, ours)
        found += regions(path.stem, gold, ours)
        texts[path.stem] = (src, tgt)
    return found, counts, texts


def a_is_gold(seed: int, key: str) -> bool:
    """Whether a blind review's ``reading A`` of the region ``key`` is the gold's."""
    return random.Random(f"{seed}/{key}").random() < 0.5


def show(sample: Sequence[Region], texts: dict[str, tuple[list[str], list[str]]],
         blind_seed: int | None = None) -> None:
    def fmt(beads: Sequence[Bead]) -> str:
        return "  ".join(f"{list(s)}:{list(t)}" for s, t in beads)

    for r in sample:
        src, tgt = texts[r.doc]
        if blind_seed is None:
            print(f"== {r.key}\n   gold: {fmt(r.gold)}\n   ours: {fmt(r.ours)}")
        else:
            a, b = (r.gold, r.ours) if a_is_gold(blind_seed, r.key) else (r.ours, r.gold)
            print(f"== {r.key}\n   reading A: {fmt(a)}\n   reading B: {fmt(b)}")
        for i in sorted({i for b in r.gold + r.ours for i in b[0]}):
            print(f"   S{i}  {src[i]}")
        for j in sorted({j for b in r.gold + r.ours for j in b[1]}):
            print(f"   T{j}  {tgt[j]}")
        print()


def summarise(every: Sequence[Region], counts: Counts, verdicts: dict[str, str]) -> None:
    """Count the verdicts on the regions of ``every`` that were judged.  A judged region
    the aligner has since mended, or changed, is no region of ``every`` any more and
    drops out; the rest stay a random sample of today's regions as they were of those
    they were drawn from."""
    sample = [r for r in every if r.key in verdicts]
    if not sample:
        _fail("none of the judged regions is a region of today's alignment")
    gone = len(verdicts) - len(sample)
    print(f"{len(verdicts)} regions judged; {gone} of them no longer regions (mended or "
          f"changed since), {len(sample)} counted")
    by: dict[str, list[int]] = {v: [0, 0, 0] for v in VERDICTS}
    for r in sample:
        wrong, missed = r.misses()
        cell = by[verdicts[r.key]]
        cell[0] += 1
        cell[1] += wrong
        cell[2] += missed
    total_wrong = sum(r.misses()[0] for r in every)
    total_missed = sum(r.misses()[1] for r in every)
    print(f"{len(every)} regions, {len(sample)} of them judged; "
          f"{total_wrong} of our beads wrong, {total_missed} gold beads missed in all")
    print("verdict   regions  our wrong beads  gold beads missed")
    for v in VERDICTS:
        n, w, m = by[v]
        print(f"{v:9} {n:7}  {w:15}  {m:17}")

    # the set's counts if the gold took our reading in the regions judged ours: each
    # such region of the sample stands for len(every) / len(sample) regions of the set
    scale = len(every) / len(sample)
    # precision: hits among our beads; recall: hits among the gold's two-sided beads
    hits = float(counts.p_strict_hit)
    gold_full = float(counts.r_strict_hit + counts.r_strict_miss)
    hits_full = float(counts.r_strict_hit)
    for r in sample:
        if verdicts[r.key] != "ours":
            continue
        gold, ours = set(r.gold), set(r.ours)
        hits += scale * sum(1 for b in ours if b not in gold)
        full_ours = {b for b in ours if b[0] and b[1]}
        gold_full += scale * (len(full_ours) - sum(1 for b in gold if b[0] and b[1]))
        hits_full += scale * len(full_ours - gold)

    precision = hits / (counts.p_strict_hit + counts.p_strict_miss)
    recall = hits_full / gold_full

    share = by["ours"][0] / len(sample)
    low, high = _wilson(by["ours"][0], len(sample))
    print(f"regions judged ours: {share:.2f} (95 % interval {low:.2f}-{high:.2f})")
    print(f"strict F1 against the gold: {scores(counts).f1_strict:.4f}")
    print(f"the same if the gold took our reading where it was judged ours "
          f"(the sample scaled to the set): "
          f"{2 * precision * recall / (precision + recall):.4f}")


def _fail(message: str) -> NoReturn:
    """Bad input: the message on stderr, exit code 2."""
    print(f"gold_review: {message}", file=sys.stderr)
    sys.exit(2)


def _wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of a proportion k / n."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def read_verdicts(path: Path, blind_seed: int | None = None) -> dict[str, str]:
    """Region key -> verdict, from a file of ``key<TAB>verdict[<TAB>why]`` lines; with
    ``blind_seed``, verdicts ``A`` and ``B`` of a blind review, turned into ``gold`` and
    ``ours``."""
    allowed = VERDICTS if blind_seed is None else ("A", "B", "neither", "unclear")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{path}: cannot read the verdicts: {exc}")
    verdicts = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, _, rest = line.partition("\t")
        verdict = rest.partition("\t")[0].strip()
        if verdict not in allowed:
            _fail(f"{path}:{n}: verdict must be one of {', '.join(allowed)}")
        if blind_seed is not None and verdict in ("A", "B"):
            verdict = "gold" if (verdict == "A") == a_is_gold(blind_seed, key.strip()) else "ours"
        verdicts[key.strip()] = verdict
    return verdicts


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", choices=sorted(SETS))
    ap.add_argument("--sample", type=int, default=50, help="regions --show draws (50)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the draw (0)")
    ap.add_argument("--show", action="store_true",
                    help="print the drawn regions in full, to be judged")
    ap.add_argument("--verdicts", type=Path,
                    help="count the judgements in this file (key, tab, verdict[, tab, why])")
    ap.add_argument("--blind", action="store_true",
                    help="readings A and B instead of gold and ours (both with --show and "
                         "--verdicts; the same --seed)")
    args = ap.parse_args(argv)
    blind_seed = args.seed if args.blind else None
    verdicts = (read_verdicts(args.verdicts, blind_seed)  # before the aligning
                if args.verdicts else None)
    every, counts, texts = load(args.set)
    if args.show:
        show(random.Random(args.seed).sample(every, min(args.sample, len(every))), texts,
             blind_seed)
    if verdicts is not None:
        summarise(every, counts, verdicts)

if __name__ == "__main__":
    main()
