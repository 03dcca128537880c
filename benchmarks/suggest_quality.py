"""What the meaning check of ``aligner glossary suggest`` removes and keeps, by blind labels.

With the sentence encoder, a suggested pair whose rendering's vector is far from the
source phrase's (cosine < ``MIN_MEANING``) and that does not always co-occur with it
(Dice < 1) is left out (docs/glossary.md).  This script aligns three texts as
``aligner glossary suggest SRC TGT`` does -- the bundled corpus (es -> en, with
./glossary.tsv as the main job reads it) and two books of the opusbooks DEV set in
../shared (Alice and Candide, en -> es, no glossary; skipped when ../shared is absent)
--, suggests from each without the check (``off``) and with it (``on``), and looks
every pair of both lists, and those the check removed, up in
``benchmarks/data/suggest_labels.tsv``:

    python benchmarks/suggest_quality.py
    python benchmarks/suggest_quality.py --show good --show partial

Each line of the label file is a key, a tab and a label: ``good`` (a correct and complete
rendering a translator could accept as a glossary entry), ``partial`` (part of the meaning,
extra words, or a fragment) or ``wrong`` (no translation of the source).  A key is the
first 16 hex digits of the SHA-1 of ``doc TAB source TAB rendering``: the books are bench
texts, which are never copied into the repository, so their phrases are not either.
The labels were written by a reader who saw only the two phrases of each pair, shuffled
together from three versions of the pair choice, with no scores and not knowing which
version made which pair.  Pairs without a label (the alignment they were drawn from
differed a little) are counted as such; label them before reading the table off a
changed tool.
"""

from __future__ import annotations

import argparse
import hashlib
import random
from collections import Counter
from pathlib import Path

from _align_dev_sets import BENCH
from aligner.align import AlignOptions
from aligner.align.encoder import get_encoder
from aligner.check.suggest import MIN_MEANING, suggest_terms
from aligner.check.units import Unit
from aligner.pipeline import load_check_input

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "benchmarks" / "data" / "suggest_labels.tsv"
KINDS = ("good", "partial", "wrong")


def label_key(doc: str, source: str, target: str) -> str:
    return hashlib.sha1(f"{doc}\t{source}\t{target}".encode()).hexdigest()[:16]


def texts(encoder: str) -> dict[str, tuple[list[Unit], str, str]]:
    """Each text's units as ``aligner glossary suggest SRC TGT`` aligns them (the
    corpus with its glossary, as the main job; the books with none)."""
    options = AlignOptions(encoder=encoder)
    inputs = {"chile": ([ROOT / "corpus" / "es" / "chile-73.es.txt",
                         ROOT / "corpus" / "en" / "chile-73.en.txt"], "es", "en",
                        ROOT / "glossary.tsv")}
    books = BENCH / "opusbooks_enes"
    for doc, stem in (("alice", "carroll_alice"), ("candide", "voltaire_candide")):
        if books.is_dir():
            inputs[doc] = ([books / f"{stem}.src", books / f"{stem}.tgt"], "en", "es", None)
    out = {}
    for doc, (paths, src_lang, tgt_lang, glossary) in inputs.items():
        inp = load_check_input(documents=[str(p) for p in paths], src_lang=src_lang,
                               tgt_lang=tgt_lang, glossary=glossary, options=options)
        out[doc] = (list(inp.units), src_lang, tgt_lang)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--show", choices=(*KINDS, "unlabelled"), action="append", default=[],
                    help="Print the removed pairs with this label (repeatable).")
    ap.add_argument("--unlabelled", type=Path, metavar="FILE",
                    help="Write the pairs without a label to FILE, shuffled, as key TAB "
                         "source TAB rendering, for a reader to label blind (keep FILE "
                         "out of the repository: the books' phrases are bench text).")
    args = ap.parse_args()
    labels = {}
    for line in args.labels.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, label = line.split("\t")[:2]
            labels[key] = label
    encoder = get_encoder("use")  # the check needs it: aligner[neural]
    print("| text | check | suggestions | good | partial | wrong | unlabelled | "
          "precision (good / labelled) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    totals = {"off": Counter[str](), "on": Counter[str](), "removed": Counter[str](),
              "on, single words": Counter[str](), "on, far in meaning": Counter[str]()}
    shown = []
    unlabelled: dict[str, tuple[str, str]] = {}
    for doc, (units, src_lang, tgt_lang) in texts("use").items():
        runs = {"off": suggest_terms(units, src_lang=src_lang, tgt_lang=tgt_lang),
                "on": suggest_terms(units, src_lang=src_lang, tgt_lang=tgt_lang,
                                    encoder=encoder)}
        kept = {(s.source, s.target) for s in runs["on"]}
        runs["removed"] = [s for s in runs["off"] if (s.source, s.target) not in kept]
        runs["on, single words"] = [s for s in runs["on"] if len(s.source.split()) == 1]
        # kept for their Dice of 1 although far apart in meaning: listed last
        runs["on, far in meaning"] = [s for s in runs["on"] if s.meaning is not None
                                      and s.meaning < MIN_MEANING]
        for name, found in runs.items():
            counts: Counter[str] = Counter(suggestions=len(found))
            for s in found:
                key = label_key(doc, s.source, s.target)
                label = labels.get(key, "unlabelled")
                counts[label] += 1
                if label == "unlabelled":
                    unlabelled[key] = (s.source, s.target)
                if name == "removed" and label in args.show:
                    shown.append(f"{doc}\t{label}\t{s.source}\t{s.target}")
            totals[name].update(counts)
            print(_row(doc, name, counts))
    for name, counts in totals.items():
        print(_row("all", name, counts))
    for line in shown:
        print(line)
    if args.unlabelled:
        rows = [f"{key}\t{src}\t{tgt}" for key, (src, tgt) in unlabelled.items()]
        random.Random(7).shuffle(rows)
        args.unlabelled.write_text("".join(row + "\n" for row in rows), encoding="utf-8")


def _row(doc: str, name: str, counts: Counter[str]) -> str:
    judged = sum(counts[k] for k in KINDS)
    precision = f"{counts['good'] / judged:.3f}" if judged else "-"
    cells = [doc, name, *(str(counts[k]) for k in ("suggestions", *KINDS, "unlabelled")),
             precision]
    return "| " + " | ".join(cells) + " |"


if __name__ == "__main__":
    main()
