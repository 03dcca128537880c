"""aligner batch on article-sized pairs vs one aligner align process per pair.

    .venv/bin/python benchmarks/collection_batch.py [--pairs 1000] [--align-sample 100]

Cuts ``--pairs`` pairs of ~40 Spanish sentences from the OPUS Books DEV set
(``benchmarks/_collection_data.py``, written to a temporary folder), then:

* runs one ``aligner batch`` over all of them (default ``--jobs``: one worker
  per core), timing the whole command and sampling, every 50 ms, the resident
  memory of the batch process and of all its worker processes together;
* runs ``aligner align --format json`` once per pair, one process after the
  other, on ``--align-sample`` pairs spread over the set, and extrapolates
  that time to all the pairs (said so in the output);
* checks that those sampled pairs have the same beads (indices and scores) in
  the collection as ``aligner align`` gave them.

Numbers are recorded in docs/collections.md.  Needs ../shared/bench (not shipped).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _collection_data import write_pairs
from _process_memory import run_measured

BIN = Path(sys.executable).parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=int, default=1000)
    ap.add_argument("--align-sample", type=int, default=100,
                    help="aligner align processes to time (0: none)")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--encoder", choices=("auto", "use", "none"), default="auto",
                    help="--encoder for both commands (default auto, as a user runs them)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="aligner-bench-") as tmp:
        root = Path(tmp)
        src, tgt, distinct = write_pairs(root, args.pairs)
        db = root / "c.db"
        command = [str(BIN / "aligner"), "batch", str(src), str(tgt), "--src-lang", "es",
                   "--tgt-lang", "en", "--db", str(db), "--encoder", args.encoder]
        if args.jobs:
            command += ["--jobs", str(args.jobs)]
        seconds, own_kb, tree_kb, _ = run_measured(command)
        conn = sqlite3.connect(db)
        n_docs, n_sents, failed = conn.execute(
            "SELECT count(*), sum(src_sentences + tgt_sentences), "
            "sum(status = 'failed') FROM documents").fetchone()
        result = {
            "encoder": args.encoder, "pairs": args.pairs, "distinct_windows": distinct,
            "stored": n_docs,
            "failed": failed, "sentences": n_sents, "batch_seconds": round(seconds, 2),
            "pairs_per_s": round(n_docs / seconds, 1),
            "sentences_per_s": round(n_sents / seconds),
            "peak_rss_batch_process_mb": round(own_kb / 1024),
            "peak_rss_all_processes_mb": round(tree_kb / 1024),
            "db_mb": round(sum(p.stat().st_size for p in root.glob("c.db*")) / 2**20),
        }
        if args.align_sample:
            names = sorted(src.rglob("*.es.txt"))
            sample = names[:: max(1, len(names) // args.align_sample)][: args.align_sample]
            same = 0
            started = time.perf_counter()
            for k, es in enumerate(sample):
                rel = es.relative_to(src)
                en = tgt / rel.parent / es.name.replace(".es.txt", ".en.txt")
                out = root / f"align{k}.json"
                done = subprocess.run(
                    [str(BIN / "aligner"), "align", str(es), str(en), "--src-lang", "es",
                     "--tgt-lang", "en", "--format", "json", "-o", str(out),
                     "--encoder", args.encoder],
                    capture_output=True, text=True)
                if done.returncode != 0:
                    raise SystemExit(done.stderr)
            align_seconds = time.perf_counter() - started
            for k, es in enumerate(sample):
                alone = json.loads((root / f"align{k}.json").read_text(encoding="utf-8"))
                name = str(es.relative_to(src)).replace(".es.txt", "")
                stored = conn.execute(
                    "SELECT src_first, src_count, tgt_first, tgt_count, score FROM beads b "
                    "JOIN documents d ON d.id = b.doc WHERE d.name = ? ORDER BY unit",
                    (name,)).fetchall()
                mine = [(list(range(a, a + b)), list(range(c, c + d)), round(s, 9))
                        for a, b, c, d, s in stored]
                theirs = [(bead["src"], bead["tgt"], round(bead["score"], 9))
                          for bead in alone["beads"]]
                same += mine == theirs
            per_process = align_seconds / len(sample)
            result.update({
                "align_processes_timed": len(sample),
                "align_seconds_per_process": round(per_process, 3),
                "align_seconds_extrapolated": round(per_process * args.pairs, 1),
                "speedup": round(per_process * args.pairs / seconds, 1),
                "same_beads": f"{same}/{len(sample)}",
            })
        conn.close()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
