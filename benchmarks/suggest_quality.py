"""What the meaning check of ``aligner glossary suggest`` removes, by hand-made labels.

With the sentence encoder, a suggested pair whose rendering's vector is far from the
source phrase's (cosine < ``MIN_MEANING``) and that does not always co-occur with it
(Dice < 1) is left out (docs/glossary.md).  This script aligns three texts as
``aligner glossary suggest SRC TGT`` does -- the bundled corpus (es -> en, with
./glossary.tsv as the main job reads it) and two books of the opusbooks DEV set in
../shared (Alice and Candide, en -> es, no glossary; skipped when ../shared is absent)
--, suggests from each without and with the encoder, and looks every pair the check
removed up in ``benchmarks/data/suggest_labels.tsv``:

    python benchmarks/suggest_quality.py
    python benchmarks/suggest_quality.py --show good --show partial

Each line of the label file is a key, a tab and a label: ``good`` (a correct and complete
rendering a translator could accept as a glossary entry), ``partial`` (part of the meaning,
extra words, or a fragment) or ``wrong`` (no translation of the source).  A key is the
first 16 hex digits of the SHA-1 of ``doc TAB source TAB rendering``: the books are bench
texts, which are never copied into the repository, so their phrases are not either.
Pairs without a label are counted as such; label them before reading the table off a
changed tool.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from pathlib import Path

from _align_dev_sets import BENCH
from aligner.align import AlignOptions
from aligner.align.encoder import get_encoder
from aligner.check.suggest import suggest_terms
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
    args = ap.parse_args()
    labels = {}
    for line in args.labels.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, label = line.split("\t")[:2]
            labels[key] = label
    encoder = get_encoder("use")  # the check needs it: aligner[neural]
    print("| text | suggestions without the check | with it | removed | good | partial | "
          "wrong | unlabelled |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    total: Counter[str] = Counter()
    shown = []
    for doc, (units, src_lang, tgt_lang) in texts("use").items():
        without = suggest_terms(units, src_lang=src_lang, tgt_lang=tgt_lang)
        kept = {(s.source, s.target) for s in suggest_terms(
            units, src_lang=src_lang, tgt_lang=tgt_lang, encoder=encoder)}
        counts: Counter[str] = Counter(without=len(without), kept=len(kept))
        for s in without:
            if (s.source, s.target) in kept:
                continue
            label = labels.get(label_key(doc, s.source, s.target), "unlabelled")
            counts[label] += 1
            counts["removed"] += 1
            if label in args.show:
                shown.append(f"{doc}\t{label}\t{s.source}\t{s.target}")
        total.update(counts)
        print(f"| {doc} | " + " | ".join(str(counts[k]) for k in COLUMNS) + " |")
    print("| all | " + " | ".join(str(total[k]) for k in COLUMNS) + " |")
    for line in shown:
        print(line)


COLUMNS = ("without", "kept", "removed", *KINDS, "unlabelled")


if __name__ == "__main__":
    main()
