"""Leave-one-document-out check of the aligner's global weights on the DEV sets.

Every DEV document (14 of them, in ../shared/bench/align) is aligned in-process at
every point of a grid of option values, and scored as the six DEV rows are (the four
sets, and Text+Berg and MAC with their machine translation).  Then, for each document,
the grid point with the best mean of the six set F1s over the *other* 13 documents is
picked, and the document's result at that point is its held-out result: the set F1s
of the held-out results say what the weights carry to documents they were not chosen
on.  Printed: each fold's pick, each document's held-out and default F1, and the six
held-out set F1s beside the defaults'.

    python benchmarks/align_loo.py --encoder none   # lam_lex x lam_len x null_extra
    python benchmarks/align_loo.py --encoder use    # lam_enc x enc_null
    python benchmarks/align_loo.py --encoder none --grid prior_12=2,2.5,3 --grid len_var=6,8,10

A sentence's embedding is computed once for the whole grid (the options do not change
it).  Scores come from ``aligner.align.evaluate``, which agrees with the reference
``score.py`` (``tests/align/test_evaluate.py``).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace

import numpy as np

from _align_dev_sets import BENCH, SETS
from aligner.align import AlignOptions, Evidence, align_sentences
from aligner.align import encoder as encmod
from aligner.align.beadfile import read_beads, read_sentence_lines
from aligner.align.evaluate import Counts, count, scores

ROWS = [("textberg_defr", False), ("opusbooks_enes", False), ("parice_enis", False),
        ("mac_zhen", False), ("textberg_defr", True), ("mac_zhen", True)]
GRIDS = {
    "none": ["lam_lex=10,14,18", "lam_len=0.7,1.0,1.4", "null_extra=2,3,4"],
    "use": ["lam_enc=6,8,10", "enc_null=4,5,6"],
}


@dataclass(frozen=True)
class Doc:
    set_name: str
    stem: str
    src: list[str]
    tgt: list[str]
    mt: list[str] | None
    gold: list[tuple[tuple[int, ...], tuple[int, ...]]]


def load_docs() -> list[Doc]:
    docs = []
    for name in SETS:
        d = BENCH / name
        for g in sorted(d.glob("*.gold")):
            mt = d / f"{g.stem}.mt"
            docs.append(Doc(name, g.stem, read_sentence_lines(str(d / f"{g.stem}.src")),
                            read_sentence_lines(str(d / f"{g.stem}.tgt")),
                            read_sentence_lines(str(mt)) if mt.exists() else None,
                            read_beads(str(g))))
    return docs


def parse_grid(specs: Sequence[str]) -> list[dict[str, float]]:
    """``name=v1,v2`` specs -> every combination, as option overrides."""
    known = {f.name: f.type for f in fields(AlignOptions)}
    axes: list[list[tuple[str, float]]] = []
    for spec in specs:
        name, _, values = spec.partition("=")
        if known.get(name) not in ("int", "float") or not values:
            raise ValueError(f"--grid {spec!r}: expected OPTION=V1,V2,... with a numeric "
                             f"option of AlignOptions")
        caster: Callable[[str], float] = int if known[name] == "int" else float
        try:
            axes.append([(name, caster(v)) for v in values.split(",")])
        except ValueError:
            raise ValueError(f"--grid {spec!r}: {values!r} are not {known[name]} values"
                             ) from None
    return [dict(p) for p in itertools.product(*axes)]


def memoise_encoder(name: str) -> None:
    """Encode each side once for the whole grid: the process's encoder keeps its
    results per list of sentences."""
    enc = encmod.get_encoder(name)
    if enc is None:
        return
    inner, inner_parts = enc.embed, enc.embed_parts
    memo: dict[tuple[str, ...], np.ndarray] = {}
    memo_parts: dict[tuple[tuple[str, ...], ...], tuple[np.ndarray, np.ndarray, np.ndarray]] = {}

    def embed(sentences: Sequence[str]) -> np.ndarray:
        key = tuple(sentences)
        if key not in memo:
            memo[key] = inner(sentences)
        return memo[key]

    def embed_parts(sentences: Sequence[str], starts: Sequence[str], ends: Sequence[str]
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        key = (tuple(sentences), tuple(starts), tuple(ends))
        if key not in memo_parts:
            memo_parts[key] = inner_parts(sentences, starts, ends)
        return memo_parts[key]

    enc.embed = embed  # type: ignore[method-assign]
    enc.embed_parts = embed_parts  # type: ignore[method-assign]


def run_point(docs: list[Doc], opts: AlignOptions) -> dict[tuple[int, bool], Counts]:
    """Counts per (document index, with MT) for every row a document belongs to."""
    out = {}
    for k, doc in enumerate(docs):
        src_lang, tgt_lang = SETS[doc.set_name]
        for name, mt in ROWS:
            if name != doc.set_name:
                continue
            al = align_sentences(doc.src, doc.tgt, src_lang=src_lang, tgt_lang=tgt_lang,
                                 options=opts, evidence=Evidence(src_mt=doc.mt if mt else None))
            out[(k, mt)] = count(doc.gold, [(b.src, b.tgt) for b in al.beads])
    return out


def row_f1(docs: list[Doc], counts: dict[tuple[int, bool], Counts], keep: Callable[[int], bool]
           ) -> list[float]:
    """The six rows' strict F1 over the documents ``keep`` admits."""
    f1 = []
    for name, mt in ROWS:
        total = Counts()
        for (k, with_mt), c in counts.items():
            if with_mt == mt and docs[k].set_name == name and keep(k):
                total = total + c
        f1.append(scores(total).f1_strict)
    return f1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--encoder", choices=("use", "none"), default="none")
    ap.add_argument("--grid", action="append", metavar="OPTION=V1,V2,...",
                    help="an axis of the grid (repeat for more); default: see above")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"needs {BENCH} (the DEV sets are not shipped with aligner)", file=sys.stderr)
        return 2
    try:
        points = parse_grid(args.grid or GRIDS[args.encoder])
    except ValueError as e:
        ap.error(str(e))
    memoise_encoder(args.encoder)
    docs = load_docs()
    base = replace(AlignOptions(), encoder=args.encoder)
    results = []
    for p in points:
        t0 = time.perf_counter()
        results.append(run_point(docs, replace(base, **p)))
        f1 = row_f1(docs, results[-1], lambda k: True)
        print(f"{p}: {' '.join(f'{x:.3f}' for x in f1)}  ({time.perf_counter() - t0:.0f} s)",
              file=sys.stderr, flush=True)
    default = run_point(docs, base)
    held: dict[tuple[int, bool], Counts] = {}
    print("| held-out document | pick | F1 held-out | F1 default |")
    print("|---|---|---:|---:|")
    for k, doc in enumerate(docs):
        means = [float(np.mean(row_f1(docs, r, lambda x, k=k: x != k))) for r in results]
        best = int(np.argmax(means))
        for key, c in results[best].items():
            if key[0] == k:
                held[key] = c
        own = [f"{scores(c).f1_strict:.3f}" for key, c in sorted(results[best].items())
               if key[0] == k]
        ref = [f"{scores(c).f1_strict:.3f}" for key, c in sorted(default.items()) if key[0] == k]
        pick = ", ".join(f"{n} {v:g}" for n, v in points[best].items())
        print(f"| {doc.set_name}/{doc.stem} | {pick} | {' / '.join(own)} | {' / '.join(ref)} |")
    names = [f"{n}{' +MT' if mt else ''}" for n, mt in ROWS]
    print()
    print("| row | F1 held-out | F1 default |")
    print("|---|---:|---:|")
    for name, h, d in zip(names, row_f1(docs, held, lambda k: True),
                          row_f1(docs, default, lambda k: True), strict=True):
        print(f"| {name} | {h:.3f} | {d:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
