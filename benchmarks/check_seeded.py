"""Seeded-error evaluation of ``aligner check``: recall and precision per code.

Takes correct (source, target) pairs -- by default the bundled corpus, one
unit per gold bead, with glossary.tsv -- and, for several rounds with a fixed
seed, injects errors of six kinds into distinct units:

  drop-term        remove every approved rendering of a source term -> term-missing
  forbidden        replace the approved rendering by a forbidden one -> term-forbidden
  number           change one digit of a number in the target       -> number-mismatch
  copy             target := source                                 -> untranslated
  empty            target := ""                                     -> empty-target
  no-inverted      remove the first ¿ or ¡ of the Spanish source     -> inverted-mark

The injector finds renderings with plain regular expressions over the
glossary strings (a word-bounded, case-insensitive match allowing an -s/-es
plural), not with the checker's matcher, so it does not share its blind spots.
A finding of one of the six codes counts as a true positive when that error
was injected into that unit; every other finding of those codes, including
side effects of another injected error and findings on the clean text, is a
false alarm.  "precision" counts them all; "new-only" leaves out the findings
the clean text already has (real problems of the base text, e.g. an omitted
sentence, repeated in every round).

    .venv/bin/python benchmarks/check_seeded.py [--pairs FILE --glossary FILE]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import ROOT, bead_pairs, corpus_pairs
from aligner.check import Unit, read_pairs, run_checks
from aligner.glossary import load_glossary
from aligner.model import Glossary, TermStatus

KINDS = {
    "drop-term": "term-missing",
    "forbidden": "term-forbidden",
    "number": "number-mismatch",
    "copy": "untranslated",
    "empty": "empty-target",
    "no-inverted": "inverted-mark",
}
CODES = tuple(KINDS.values())


def _pattern(term: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in re.split(r"[\s\-]+", term.replace("’", "'"))]
    body = r"[\s\-]+".join(words).replace("'", "['’]")
    return re.compile(rf"(?<![\w]){body}(?:e?s)?(?![\w])", re.IGNORECASE)


class Injector:
    def __init__(self, glossary: Glossary, *, spanish_source: bool = True) -> None:
        self.spanish_source = spanish_source
        self.terms: dict[str, dict[TermStatus, list[str]]] = {}
        for e in glossary.entries:
            self.terms.setdefault(e.source, {}).setdefault(e.status, []).append(e.target)
        self.src_patterns = {s: _pattern(s) for s in self.terms}
        self.tgt_patterns = {t: _pattern(t) for e in glossary.entries for t in [e.target]}

    def _rendered_terms(self, unit: Unit) -> list[tuple[str, list[str]]]:
        """Source terms in the unit whose approved renderings occur in the target."""
        out = []
        for s, by_status in self.terms.items():
            if s.isupper():
                continue  # acronyms are kept as they are: nothing to drop
            if not self.src_patterns[s].search(unit.source):
                continue
            approved = by_status.get(TermStatus.PREFERRED, []) + by_status.get(
                TermStatus.ALLOWED, [])
            found = [t for t in approved if self.tgt_patterns[t].search(unit.target)]
            if found:
                out.append((s, approved))
        return out

    def inject(self, kind: str, unit: Unit, rng: random.Random) -> Unit | None:
        """The unit with one error of ``kind``, or None when it does not apply."""
        src, tgt = unit.source, unit.target
        if not src.strip() or not tgt.strip():
            return None
        if kind in ("drop-term", "forbidden"):
            candidates = self._rendered_terms(unit)
            if kind == "forbidden":
                candidates = [c for c in candidates
                              if self.terms[c[0]].get(TermStatus.FORBIDDEN)]
            if not candidates:
                return None
            term, approved = rng.choice(candidates)
            new = tgt
            # longest first, so "cordones industriales" goes before "cordones"
            for t in sorted(approved, key=len, reverse=True):
                replacement = ""
                if kind == "forbidden":
                    replacement = rng.choice(self.terms[term][TermStatus.FORBIDDEN])
                new = self.tgt_patterns[t].sub(replacement, new)
            new = re.sub(r" {2,}", " ", new).strip()
            if any(self.tgt_patterns[t].search(new) for t in approved) or not new:
                return None
            return Unit(src, new)
        if kind == "number":
            numbers = list(re.finditer(r"\d+", tgt))
            if not numbers:
                return None
            m = rng.choice(numbers)
            digits = list(m.group())
            i = rng.randrange(len(digits))
            digits[i] = rng.choice([d for d in "0123456789" if d != digits[i]])
            if digits[0] == "0" and len(digits) > 1:
                return None
            return Unit(src, tgt[:m.start()] + "".join(digits) + tgt[m.end():])
        if kind == "copy":
            words = re.findall(r"[^\W\d_]+", src)
            if len(words) < 3 or all(w[0].isupper() for w in words):
                return None
            return Unit(src, src)
        if kind == "empty":
            return Unit(src, "")
        if kind == "no-inverted":
            side = src if self.spanish_source else tgt
            pos = min((p for p in (side.find("¿"), side.find("¡")) if p >= 0), default=-1)
            if pos < 0:
                return None
            side = side[:pos] + side[pos + 1:]
            return Unit(side, tgt) if self.spanish_source else Unit(src, side)
        raise ValueError(kind)


def evaluate(
    pairs: list[tuple[str, str]], glossary: Glossary, *, rounds: int, per_kind: int, seed: int,
    verbose: bool = False, src_lang: str = "es", tgt_lang: str = "en",
) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str], int]:
    base = [Unit(s, t) for s, t in pairs]
    injector = Injector(glossary, spanish_source=src_lang.startswith("es"))
    kinds = {k: c for k, c in KINDS.items()
             if glossary.entries or c not in ("term-missing", "term-forbidden")}
    clean = run_checks(base, glossary=glossary, src_lang=src_lang, tgt_lang=tgt_lang)
    if verbose:
        for f in clean.findings:
            if f.code in CODES:
                print(f"false alarm {f.code} on the clean text (unit {f.unit}):",
                      base[f.unit], f.message)
    clean_found = {(f.unit, f.code) for f in clean.findings if f.code in CODES}
    clean_fp = len(clean_found)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fp_new: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    rng = random.Random(seed)
    for _ in range(rounds):
        units = list(base)
        injected: set[tuple[int, str]] = set()
        free = list(range(len(units)))
        rng.shuffle(free)
        for kind, code in kinds.items():
            done = 0
            for u in list(free):
                if done == per_kind:
                    break
                changed = injector.inject(kind, units[u], rng)
                if changed is None:
                    continue
                units[u] = changed
                injected.add((u, code))
                free.remove(u)
                done += 1
        result = run_checks(units, glossary=glossary, src_lang=src_lang, tgt_lang=tgt_lang)
        found = {(f.unit, f.code) for f in result.findings if f.code in CODES}
        for key in found:
            (tp if key in injected else fp)[key[1]] += 1
            if key not in injected and key not in clean_found:
                fp_new[key[1]] += 1
        for key in injected - found:
            fn[key[1]] += 1
        if verbose:
            for u, code in sorted(found - injected):
                why = next(c for v, c in injected if v == u) if any(
                    v == u for v, _ in injected) else "clean"
                print(f"false alarm {code} (unit {u}, injected: {why}):", units[u])
            for u, code in sorted(injected - found):
                print(f"missed {code} (unit {u}):", units[u])
    return tp, fp, fn, fp_new, clean_fp


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", help="pair file of correct units (default: the corpus)")
    ap.add_argument("--beads", metavar="STEM",
                    help="STEM.src, STEM.tgt and STEM.gold (vecalign beads) as the units")
    ap.add_argument("--glossary", default=str(ROOT / "glossary.tsv"),
                    help="glossary TSV, or 'none' (the term kinds are then left out)")
    ap.add_argument("--src-lang", default="es")
    ap.add_argument("--tgt-lang", default="en")
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--per-kind", type=int, default=10)
    ap.add_argument("--seed", type=int, default=73)
    ap.add_argument("-v", "--verbose", action="store_true", help="print misses and false alarms")
    args = ap.parse_args(argv)
    if args.pairs:
        pairs = [(u.source, u.target) for u in read_pairs(args.pairs)]
    elif args.beads:
        stem = Path(args.beads)
        pairs = bead_pairs(stem.with_suffix(".src"), stem.with_suffix(".tgt"),
                           stem.with_suffix(".gold"))
    else:
        pairs = corpus_pairs()
    if args.glossary == "none":
        glossary = Glossary(args.src_lang, args.tgt_lang, ())
    else:
        glossary = load_glossary(args.glossary, src_lang=args.src_lang, tgt_lang=args.tgt_lang)
    tp, fp, fn, fp_new, clean_fp = evaluate(pairs, glossary, rounds=args.rounds,
                                    per_kind=args.per_kind, seed=args.seed, verbose=args.verbose,
                                    src_lang=args.src_lang, tgt_lang=args.tgt_lang)
    print(f"{len(pairs)} units, {args.rounds} rounds, up to {args.per_kind} errors per kind "
          f"per round, seed {args.seed}; findings of these codes on the clean text: {clean_fp}")
    print()
    print("| code | injected | found | false alarms | of which new | recall | precision "
          "| new-only precision |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    codes = [c for c in CODES if glossary.entries or not c.startswith("term-")]
    for code in (*codes, "all"):
        t = sum(tp.values()) if code == "all" else tp[code]
        f = sum(fp.values()) if code == "all" else fp[code]
        n = sum(fn.values()) if code == "all" else fn[code]
        new = sum(fp_new.values()) if code == "all" else fp_new[code]
        recall = t / (t + n) if t + n else float("nan")
        precision = t / (t + f) if t + f else float("nan")
        precision_new = t / (t + new) if t + new else float("nan")
        print(f"| {code} | {t + n} | {t} | {f} | {new} | {recall:.3f} | {precision:.3f} "
              f"| {precision_new:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
