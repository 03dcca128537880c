"""How long a person waits for an edit in ``aligner review`` on a long document.

    .venv/bin/python benchmarks/editor_edit.py [--copies 10] [--repeat 3] [--glossary]
    .venv/bin/python benchmarks/editor_edit.py --file ALIGNMENT.json

Builds a saved alignment of about 2,000 beads (the bundled corpus's gold
alignment, ``corpus/gold/chile-73.*``, laid end to end ``--copies`` times; or
``--file``, a saved alignment of your own, copied), serves it with the editor in
this process and drives the page in headless Chromium (Debian's ``chromium``,
through Playwright, as the browser tests do).  For each key it presses the key
on bead 100 (107, ... on the next rounds) and times until the page shows the
new version (``#rows-data[data-version]`` one higher, the rows in place, the
page no longer busy): the edit's request, the checks on the new version and the
rows brought up to date, which is what the person waits for before the next
key (and the CPU time of this process, the server's work, which a busy machine
changes less).  ``c`` confirms, ``m`` merges (every bead after it is renumbered), ``u``
undoes, ``C`` confirms all (every row changes: its undo too); each ``--repeat``
times, median and max.  Numbers are recorded in docs/editor.md.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from aligner.editor.server import EditorServer, open_json_document
from aligner.formats.alignment_json import read_alignment_json, write_alignment_json
from aligner.model import Alignment, Bead

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "gold"


def long_alignment(copies: int) -> Alignment:
    """The corpus's gold alignment ``copies`` times over, as one document."""
    src = (GOLD / "chile-73.es.sents").read_text(encoding="utf-8").split("\n")
    tgt = (GOLD / "chile-73.en.sents").read_text(encoding="utf-8").split("\n")
    src = [s for s in src if s]
    tgt = [t for t in tgt if t]
    gold = []
    for line in (GOLD / "chile-73.gold").read_text(encoding="utf-8").splitlines():
        left, right = line.split(":")[:2]
        gold.append((tuple(int(x) for x in left.strip("[] ").split(",") if x.strip()),
                     tuple(int(x) for x in right.strip("[] ").split(",") if x.strip())))
    beads = [Bead(tuple(i + c * len(src) for i in s), tuple(j + c * len(tgt) for j in t), 0.9)
             for c in range(copies) for s, t in gold]
    return Alignment(tuple(src * copies), tuple(tgt * copies), tuple(beads), "es", "en",
                     src_name="chile-73.es.txt", tgt_name="chile-73.en.txt")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--file", type=Path, help="a saved alignment to time instead")
    parser.add_argument("--glossary", action="store_true",
                        help="with the repository's glossary.tsv (default: none)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from aligner.pipeline import load_glossary_file

    alignment = read_alignment_json(args.file) if args.file else long_alignment(args.copies)
    glossary = load_glossary_file(ROOT / "glossary.tsv", src_lang=alignment.src_lang,
                                  tgt_lang=alignment.tgt_lang) if args.glossary else None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.json"
        write_alignment_json(alignment, path)
        doc = open_json_document(path, glossary=glossary)
        server = EditorServer({"1": doc})
        thread = server.start_thread()
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=shutil.which("chromium"),
                                             args=["--no-sandbox", "--disable-gpu"])
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                started = time.perf_counter()
                page.goto(server.url)
                page.wait_for_selector("body[data-ready='1']", state="attached",
                                       timeout=120_000)
                load = time.perf_counter() - started
                times: dict[str, list[float]] = {}
                cpus: dict[str, list[float]] = {}  # this process's: the server's work
                for r in range(args.repeat):
                    for key, label in (("c", "c"), ("m", "m"), ("u", "u (the merge)"),
                                       ("C", "C"), ("u", "u (the confirm all)")):
                        # bead 100, then 107, ...: a confirmed bead cannot be confirmed again
                        for press in (*str(100 + 7 * r), "Enter"):
                            page.keyboard.press(press)
                        version = int(page.get_attribute("#rows-data", "data-version") or 0)
                        started, cpu = time.perf_counter(), time.process_time()
                        page.keyboard.press(key)
                        page.wait_for_selector(f'#rows-data[data-version="{version + 1}"]',
                                               state="attached", timeout=120_000)
                        page.wait_for_selector("body:not([data-busy])", state="attached",
                                               timeout=120_000)
                        times.setdefault(label, []).append(time.perf_counter() - started)
                        cpus.setdefault(label, []).append(time.process_time() - cpu)
                browser.close()
        finally:
            server.stop(thread)
            doc.session.store.close()  # type: ignore[attr-defined]
    print(f"document: {len(alignment.beads)} beads; glossary: "
          f"{'glossary.tsv' if glossary else 'none'}")
    print(f"page load: {load:.2f} s")
    for label, ts in times.items():
        print(f"key {label}: median {statistics.median(ts):.2f} s, max {max(ts):.2f} s "
              f"({len(ts)} presses, until the page shows the new version); server CPU "
              f"median {statistics.median(cpus[label]):.2f} s")


if __name__ == "__main__":
    main()
