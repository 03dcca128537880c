"""How long ``aligner review C.db`` takes to save one edit, and to list the documents.

    .venv/bin/python benchmarks/review_save.py [--edits 40]

Makes a collection of the bundled corpus (``aligner batch corpus/es corpus/en``,
one pair, 198 beads) in a temporary folder, then, in this process, through the
editor's session and :class:`~aligner.editor.dbstore.CollectionStore`: confirms
``--edits`` beads one after the other (each a transaction that replaces the
document's beads and index rows and appends to the edit log), undoes the last,
and builds the list page's rows (the checks run once per document version).
Numbers are recorded in docs/editor.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from aligner.editor.catalog import CollectionDocuments
from aligner.editor.edits import Edit, Op

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "corpus.db"
        subprocess.run([sys.executable, "-m", "aligner", "batch", str(ROOT / "corpus" / "es"),
                        str(ROOT / "corpus" / "en"), "--src-lang", "es", "--tgt-lang", "en",
                        "--db", str(db), "--jobs", "1"], check=True, capture_output=True)
        docs = CollectionDocuments(db)
        try:
            session = docs[next(iter(docs))].session
            alignment, version = session.store.load()
            times = []
            for k in range(min(args.edits, len(alignment.beads))):
                started = time.perf_counter()
                version = session.edit(Edit(Op.CONFIRM, k), version).version
                times.append(time.perf_counter() - started)
            started = time.perf_counter()
            session.undo(version)
            undo = time.perf_counter() - started
            started = time.perf_counter()
            docs.summaries()
            listing = time.perf_counter() - started
        finally:
            docs.close()
    ms = [t * 1000 for t in times]
    print(f"document: {len(alignment.beads)} beads")
    print(f"save one edit: first {ms[0]:.1f} ms (language data loaded), then median "
          f"{statistics.median(ms[1:]):.1f} ms, max {max(ms[1:]):.1f} ms ({len(ms) - 1} edits)")
    print(f"undo: {undo * 1000:.1f} ms")
    print(f"list page rows (checks run for the new version): {listing * 1000:.1f} ms")


if __name__ == "__main__":
    main()
