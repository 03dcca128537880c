"""unbalanced-quotes on fiction against the quote neighbourhood's size: the
opusbooks en-es DEV documents aligned by the tool (presplit), checked without
a glossary; size 1 judges each unit alone (docs/checks.md has the numbers).

    python benchmarks/quote_neighbourhood.py
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import aligner.check.quotes as quotes
from aligner.check import Unit, run_checks, units_from_alignment
from aligner.pipeline import align_files

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "align"
DOCS = ("carroll_alice", "kafka_verwandlung", "quijote_val")


def main() -> None:
    d = BENCH / "opusbooks_enes"
    docs: dict[str, tuple[Unit, ...]] = {
        name: units_from_alignment(align_files(
            d / f"{name}.src", d / f"{name}.tgt", src_lang="en", tgt_lang="es",
            presplit=True).alignment)
        for name in DOCS
    }
    print(f"{sum(map(len, docs.values()))} beads")
    resolved = quotes.quotes_resolved
    for span in (1, 2, 4, 8, 16, 32):
        def at_span(texts: Sequence[str], *, span: int = span, lang: str = "") -> list[bool]:
            return resolved(texts, span=span, lang=lang)

        quotes.quotes_resolved = at_span  # the check reads the module's function
        counts = {}
        total = 0
        for name, units in docs.items():
            found = run_checks(units, glossary=None, src_lang="en", tgt_lang="es").findings
            counts[name] = sum(f.code == "unbalanced-quotes" for f in found)
            total += len(found)
        print(f"span {span:2}: unbalanced-quotes {sum(counts.values()):4} {counts}, "
              f"all findings {total}")
    quotes.quotes_resolved = resolved


if __name__ == "__main__":
    main()
