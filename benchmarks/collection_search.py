"""Concordance query time and TMX export memory on a collection of a million units.

    .venv/bin/python benchmarks/collection_search.py [--units 1000000] [--db big.db]

Builds a synthetic collection (``--db``: kept, and reused when it exists):
documents of 40 units, each unit a gold bead of the OPUS Books DEV set
(Spanish source, English target, cut at run time; ``_collection_data.py``)
given a synthetic confidence, written through ``Collection.store`` -- the
same rows, word forms and full-text index ``aligner batch`` writes -- until
there are ``--units`` units.  Then:

* times ``aligner.collection.search.search`` for a few queries (first hits
  and up to 1,000 hits; word forms, then ``--match substring|prefix``), in this
  process, and one ``aligner search`` command;
* exports the whole collection with ``aligner export -o big.tmx`` and with
  ``--doc`` for a tenth of it, reporting each process's peak resident memory.

Numbers are recorded in docs/collections.md.  Needs ../shared/bench (not shipped).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _collection_data import windows
from _process_memory import run_measured
from aligner.collection.forms import SideForms
from aligner.collection.search import SearchMatch, SearchSide, search
from aligner.collection.store import Collection, PairRecord, Segmentation, open_collection
from aligner.model import Alignment, Bead

BIN = Path(sys.executable).parent
UNITS_PER_DOC = 40
QUERIES = [
    ("caballero andante", SearchSide.SOURCE),   # a term, inflected in the text
    ("molino de viento", SearchSide.SOURCE),
    ("knight errant", SearchSide.TARGET),
    ("la reina", SearchSide.BOTH),              # two very common words
    ("Sancho", SearchSide.BOTH),
    ("gato negro", SearchSide.SOURCE),          # rare as a phrase, common words
    ("que la el", SearchSide.SOURCE),           # the worst case: three of the commonest
    ("the and of", SearchSide.TARGET),          # words, never in this order
]
#: --match substring|prefix: the characters typed, accents aside where none are typed.
CHARACTER_QUERIES = [
    ("senor", SearchMatch.SUBSTRING),   # found as señor
    ("caballero", SearchMatch.PREFIX),
    ("zzzq", SearchMatch.SUBSTRING),    # found nowhere
    ("lodz", SearchMatch.SUBSTRING),    # would find Łódź; nowhere here
    ("Москва", SearchMatch.SUBSTRING),  # letters LIKE reads in the folded texts only
]


def _score(text: str) -> float:
    return 0.4 + (hashlib.blake2b(text.encode(), digest_size=2).digest()[0] / 255) * 0.6


def build(db: Path, units: int) -> float:
    started = time.perf_counter()
    # one unit per gold bead (a window of one Spanish sentence)
    rows = [(" ".join(w_es), " ".join(w_en)) for w_es, w_en in windows(size=1, step=1)]
    src_forms, tgt_forms = SideForms("es"), SideForms("en", borrowed="es")
    forms = {}
    for es, en in rows:
        forms[es, en] = (src_forms.index_text(es), tgt_forms.index_text(en))
    n_docs = -(-units // UNITS_PER_DOC)
    cycle = itertools.cycle(rows)
    with open_collection(db, create=True) as c:
        for d in range(n_docs):
            chunk = [next(cycle) for _ in range(UNITS_PER_DOC)]
            src = tuple(es for es, _ in chunk)
            tgt = tuple(en for _, en in chunk)
            beads = tuple(Bead((i,), (i,), _score(es)) for i, (es, _) in enumerate(chunk))
            name = f"{d // 1000:03d}/doc{d:06d}"
            al = Alignment(src, tgt, beads, "es", "en", f"{name}.es.txt", f"{name}.en.txt",
                           {"synthetic": "benchmarks/collection_search.py"})
            spans = Segmentation(tuple((0, len(s), i) for i, s in enumerate(src)))
            tspans = Segmentation(tuple((0, len(s), i) for i, s in enumerate(tgt)))
            c.store(PairRecord(name, f"{name}.es.txt", f"{name}.en.txt", "-", "-", "-", "es",
                               "en", al, spans, tspans, tuple(forms[p] for p in chunk),
                               tuple(chunk)))
    return time.perf_counter() - started


def _child_peak(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds and peak RSS (MiB) of one command (and any process it starts)."""
    seconds, _, tree_kb, err = run_measured(command)
    return seconds, tree_kb / 1024, err



def _timed(c: Collection, query: str, **how: Any) -> dict[str, dict[str, int]]:
    """Hits and milliseconds of ``query`` for its first 20 and its first 1,000 hits."""
    row = {}
    for limit in (20, 1000):
        started = time.perf_counter()
        hits = list(search(c, query, limit=limit, **how))
        row[f"limit_{limit}"] = {"hits": len(hits),
                                 "ms": round(1000 * (time.perf_counter() - started))}
    return row

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--units", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="aligner-bench-") as tmp:
        db = args.db or Path(tmp) / "big.db"
        result: dict[str, object] = {}
        if not db.exists():
            result["build_seconds"] = round(build(db, args.units), 1)
        with open_collection(db) as c:
            result["units"] = c.conn.execute("SELECT count(*) FROM beads").fetchone()[0]
            result["documents"] = c.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            result["db_mb"] = round(sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
                                    / 2**20)
            timings = {}
            for query, side in QUERIES:
                timings[f"{query} ({side.value})"] = _timed(c, query, side=side)
            for query, match in CHARACTER_QUERIES:
                timings[f"{query} (--match {match.value})"] = _timed(c, query, match=match)
            result["search"] = timings
        seconds, peak, _ = _child_peak([str(BIN / "aligner"), "search", str(db),
                                        "caballero andante", "--format", "json"])
        result["search_command_seconds"] = round(seconds, 2)
        out = Path(tmp) / "big.tmx"
        seconds, peak, err = _child_peak([str(BIN / "aligner"), "export", str(db), "-o",
                                          str(out)])
        result["export_all"] = {"seconds": round(seconds, 1), "peak_rss_mb": round(peak),
                                "tmx_mb": round(out.stat().st_size / 2**20), "log": err.strip()}
        out.unlink()
        with open_collection(db) as c:
            names = [d.name for d in c.documents()]
        tenth = names[: len(names) // 10]
        command = [str(BIN / "aligner"), "export", str(db), "-o", str(out)]
        for name in tenth:
            command += ["--doc", name]
        seconds, peak, err = _child_peak(command)
        result["export_tenth"] = {"seconds": round(seconds, 1), "peak_rss_mb": round(peak),
                                  "log": err.strip()}
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
