"""How big and how fast the HTML review report is for a long document.

    .venv/bin/python benchmarks/report_size.py              # 10,000 beads
    .venv/bin/python benchmarks/report_size.py --beads 2000 --out /tmp/r.html
    .venv/bin/python benchmarks/report_size.py --browser    # also time Chromium

Builds a synthetic :class:`ReportData` (random Spanish/English-like sentences
of 8-40 words, beads mostly 1-1 with some 2-1, 1-2, 1-0 and 0-1, a finding in
about one bead of eight, two or three glossary matches per bead), renders it
and prints the file size and the render time (best of ``--repeat``).  With
``--browser`` it also opens the file in headless system Chromium and times the
load and a jump from the last map point to its row.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from aligner.model import Bead, Finding, Severity, Side, TermMatch, TermStatus
from aligner.report import ReportData, joined_text, render_report, write_report

ES = (
    "la", "el", "de", "que", "y", "en", "un", "una", "los", "las", "del", "se", "por", "con",
    "para", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "cooperativa", "agua",
    "pozo", "acequia", "asamblea", "junta", "vecinos", "obras", "años", "huertas", "archivo",
    "río",
)
EN = (
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be",
    "by", "on", "not", "he", "this", "are", "or", "his", "from", "at", "cooperative", "water",
    "well", "ditch", "assembly", "board", "neighbours", "works", "years", "gardens", "archive",
    "river",
)
TERMS = (("pozo", "well"), ("acequia", "ditch"), ("agua", "water"), ("junta", "board"))
CODES = ("term-missing", "term-forbidden", "number-mismatch", "length-ratio", "omission")
KINDS = ((1, 1),) * 17 + ((2, 1), (1, 2), (1, 0), (0, 1))


def synthetic(n_beads: int, *, seed: int) -> ReportData:
    rng = random.Random(seed)

    def sentence(words: list[str]) -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(8, 40))).capitalize() + "."

    src: list[str] = []
    tgt: list[str] = []
    beads: list[Bead] = []
    for _ in range(n_beads):
        ns, nt = rng.choice(KINDS)
        s_idx = tuple(range(len(src), len(src) + ns))
        t_idx = tuple(range(len(tgt), len(tgt) + nt))
        src += [sentence(ES) for _ in range(ns)]
        tgt += [sentence(EN) for _ in range(nt)]
        score = rng.betavariate(5, 1.5) if ns and nt else rng.random() * 0.4
        beads.append(Bead(s_idx, t_idx, score))

    matches: list[TermMatch] = []
    findings: list[Finding] = []
    for b, bead in enumerate(beads):
        s_text, t_text = joined_text(src, bead.src, "es"), joined_text(tgt, bead.tgt, "en")
        for es, en in TERMS:
            s_at, t_at = s_text.find(f" {es} "), t_text.find(f" {en} ")
            if s_at >= 0:
                matches.append(TermMatch(b, Side.SOURCE, s_at + 1, s_at + 1 + len(es), es))
            if t_at >= 0:
                status = rng.choice((TermStatus.PREFERRED,) * 4 + (TermStatus.FORBIDDEN,))
                matches.append(TermMatch(b, Side.TARGET, t_at + 1, t_at + 1 + len(en), es, status))
        if rng.random() < 0.125:
            findings.append(
                Finding(rng.choice(CODES), rng.choice(tuple(Severity)), b,
                        "a finding message of a typical length for the checks")
            )
    return ReportData(
        src_sentences=tuple(src),
        tgt_sentences=tuple(tgt),
        beads=tuple(beads),
        src_lang="es",
        tgt_lang="en",
        src_name="synthetic.es.txt",
        tgt_name="synthetic.en.txt",
        src_paragraph_starts=frozenset(range(0, len(src), 6)),
        tgt_paragraph_starts=frozenset(range(0, len(tgt), 6)),
        findings=tuple(findings),
        term_matches=tuple(matches),
        settings={"benchmark": f"report_size.py --beads {n_beads} --seed {seed}"},
    )


def time_in_browser(path: Path, n_beads: int) -> None:
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        t0 = time.perf_counter()
        page.goto(path.resolve().as_uri(), wait_until="load")
        loaded = time.perf_counter() - t0
        paint = page.evaluate(
            "performance.getEntriesByName('first-contentful-paint')[0].startTime / 1000"
        )
        interactive = page.evaluate(
            "performance.getEntriesByType('navigation')[0].domInteractive / 1000"
        )
        t0 = time.perf_counter()
        page.select_option("#filter-code", CODES[0])
        filtered = time.perf_counter() - t0
        last = n_beads - 1
        t0 = time.perf_counter()
        page.click(f'[data-point="{last}"]')
        page.wait_for_function(
            f"(() => {{ const r = document.getElementById('bead-{last}')"
            ".getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })()"
        )
        jumped = time.perf_counter() - t0
        browser.close()
    print(
        f"chromium: first paint {paint:.2f} s, DOM interactive {interactive:.2f} s, "
        f"load {loaded:.2f} s; findings filter {filtered:.2f} s; "
        f"map point -> row {last}: {jumped:.2f} s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--beads", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, help="where to write the report (default: a temp dir)")
    parser.add_argument("--browser", action="store_true", help="also time headless Chromium")
    args = parser.parse_args(argv)

    data = synthetic(args.beads, seed=args.seed)
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        page = render_report(data)
        best = min(best, time.perf_counter() - t0)
    out = args.out or Path(tempfile.mkdtemp()) / "report.html"
    write_report(data, out)
    size = out.stat().st_size
    print(
        f"{args.beads} beads ({len(data.src_sentences)} + {len(data.tgt_sentences)} sentences, "
        f"{len(data.findings)} findings, {len(data.term_matches)} term matches)"
    )
    print(f"render: {best:.2f} s (best of {args.repeat}); file: {size / 1e6:.2f} MB -> {out}")
    print(f"rows in file: {page.count(' data-bead=')}")
    if args.browser:
        time_in_browser(out, args.beads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
