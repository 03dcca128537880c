"""What the pair checks of ``aligner.align.sanity`` see on real pairs: the mean
bead confidence, the anchors shared (against beads paired at random) and the
marks shared (a z-score against random pairings) of
the bundled corpus and every DEV document aligned with its own translation and
with an unrelated text of the same languages (another document of the set, or
the other half of the document when the set has one), whether the pair is
warned about, and each side's language evidence (script, stop-word rates).
docs/languages.md has the numbers.

    python benchmarks/pair_sanity.py

With ``--declared``: every document (the corpus and the DEV sets) aligned as
declared, with the languages swapped, and with each Latin-script side declared
as a close language (``WRONG`` below), and the warnings each gets.

    python benchmarks/pair_sanity.py --declared

With ``--cross-script``: for the zh-en pairs, two signals tried for unrelated
texts in two scripts and not adopted (docs/languages.md): digits and Latin
words of the Chinese side found in the English side of the same bead, against
beads paired at random, and the correlation of the beads' log lengths, against
beads paired at random.

    python benchmarks/pair_sanity.py --cross-script

With ``--short``: short pieces (3 to 19 gold beads, drawn with a fixed seed) of the
corpus and of every DEV document with a gold alignment, aligned with their own
translation and with the target of a piece half the document away; for each, the mean
confidence and the best two-sided bead's score, and how many of each kind every rule
"mean below M and every bead below B" would warn about (docs/languages.md: no rule
tells them apart well enough, so a pair under 20 sentences is not judged).

    python benchmarks/pair_sanity.py --short
"""

from __future__ import annotations

import math
import random
import re
import statistics
import sys
from pathlib import Path

from _align_dev_sets import BENCH, SETS
from aligner.align import align_sentences
from aligner.align.sanity import anchor_counts, marks_z, mean_confidence, pair_warnings
from aligner.lang.detect import side_evidence

ROOT = Path(__file__).resolve().parents[1]
# A wrong declaration for a side in each language: a close language (Dutch for
# German) is the hardest case for function words.
WRONG = {"de": "nl", "fr": "ca", "es": "pt", "en": "nl", "is": "da"}


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def pairs() -> list[tuple[str, str, str, list[str], list[str], bool]]:
    """(name, src_lang, tgt_lang, src, tgt, related) for every document and an unrelated pair."""
    out = []
    gold = ROOT / "corpus" / "gold"
    es, en = _lines(gold / "chile-73.es.sents"), _lines(gold / "chile-73.en.sents")
    out.append(("corpus chile-73", "es", "en", es, en, True))
    h = len(es) // 2
    out.append(("corpus halves", "es", "en", es[:h], en[len(en) // 2:], False))
    for name, (sl, tl) in SETS.items():
        docs = sorted(p.with_suffix("") for p in (BENCH / name).glob("*.src"))
        texts = [(d.name, _lines(d.with_suffix(".src")), _lines(d.with_suffix(".tgt")))
                 for d in docs]
        for doc, src, tgt in texts:
            out.append((f"{name}/{doc}", sl, tl, src, tgt, True))
        if len(texts) == 1:
            doc, src, tgt = texts[0]
            out.append((f"{name}/{doc} halves", sl, tl, src[:len(src) // 2],
                        tgt[len(tgt) // 2:], False))
        for (doc, src, _), (other, _, tgt) in zip(texts, texts[1:] + texts[:1], strict=True):
            if doc != other:
                out.append((f"{name}/{doc} x {other}", sl, tl, src, tgt, False))
    return out


def declared() -> None:
    for name, sl, tl, src, tgt, related in pairs():
        if not related:
            continue
        tries = [(sl, tl, "as given"), (tl, sl, "swapped")]
        tries += [(WRONG[sl], tl, "src wrong")] if sl in WRONG else []
        tries += [(sl, WRONG[tl], "tgt wrong")] if tl in WRONG else []
        for s_lang, t_lang, what in tries:
            al = align_sentences(src, tgt, src_lang=s_lang, tgt_lang=t_lang)
            warnings = pair_warnings(al) or ["-"]
            print(f"{name:35} {what:9} {s_lang}-{t_lang}  {' | '.join(warnings)}")
            sys.stdout.flush()


_DIGITS = re.compile(r"\d+")
_LATIN = re.compile(r"[A-Za-z]{2,}")
_SHIFTS = (7, 13, 29, 53)


def _script_neutral(text: str) -> set[str]:
    """Numbers (as values: full-width digits too) and Latin words of a text."""
    return {str(int(d)) for d in _DIGITS.findall(text)} | {
        w.lower() for w in _LATIN.findall(text)}


def cross_script() -> None:
    for name, sl, tl, src, tgt, related in pairs():
        if sl != "zh":
            continue
        al = align_sentences(src, tgt, src_lang=sl, tgt_lang=tl)
        sides, lengths = [], []
        for b in al.beads:
            if b.src and b.tgt:
                s = "".join(al.src_sentences[i] for i in b.src)
                t = " ".join(al.tgt_sentences[i] for i in b.tgt)
                sides.append((_script_neutral(s), _script_neutral(t)))
                lengths.append((math.log(len(s)), math.log(len(t))))
        n = len(sides)
        seen = sum(len(a & b) for a, b in sides)
        at_random = statistics.mean(
            sum(len(sides[i][0] & sides[(i + k) % n][1]) for i in range(n)) for k in _SHIFTS)
        xs, ys = [x for x, _ in lengths], [y for _, y in lengths]
        corr = statistics.correlation(xs, ys)
        corr_random = statistics.mean(statistics.correlation(xs, ys[k:] + ys[:k])
                                      for k in _SHIFTS)
        print(f"{'related' if related else 'UNRELATED':9} {name:28} {n:4} beads, zh side "
              f"{sum(len(a) for a, _ in sides):3} digits/Latin words, shared {seen:3} vs "
              f"{at_random:4.1f} at random; log-length correlation {corr:.3f} vs "
              f"{corr_random:+.3f} at random")


def _gold(path: Path) -> list[tuple[list[int], list[int]]]:
    out = []
    for line in _lines(path):
        src, tgt = line.split(":")
        out.append(([int(x) for x in src.strip("[]").split(",") if x],
                    [int(x) for x in tgt.strip("[]").split(",") if x]))
    return out


def short() -> None:
    gold = ROOT / "corpus" / "gold"
    docs = [("chile-73", "es", "en", _lines(gold / "chile-73.es.sents"),
             _lines(gold / "chile-73.en.sents"), _gold(gold / "chile-73.gold"))]
    for name, (sl, tl) in SETS.items():
        for d in sorted((BENCH / name).glob("*.src")):
            if d.with_suffix(".gold").exists():
                docs.append((f"{name}/{d.stem}", sl, tl, _lines(d),
                             _lines(d.with_suffix(".tgt")), _gold(d.with_suffix(".gold"))))
    rng = random.Random(1)
    seen: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for name, sl, tl, src, tgt, beads in docs:
        def piece(start: int, k: int, side: int, texts: list[str],
                  beads: list[tuple[list[int], list[int]]] = beads) -> list[str]:
            return [texts[i] for b in beads[start:start + k] for i in sorted(b[side])]
        for _ in range(12):
            k = rng.randint(3, 19)
            if len(beads) < 3 * k + 5:
                continue
            at = rng.randrange(0, len(beads) - k)
            s = piece(at, k, 0, src)
            far = (at + len(beads) // 2) % (len(beads) - k)
            for related, t in ((True, piece(at, k, 1, tgt)), (False, piece(far, k, 1, tgt))):
                if min(len(s), len(t)) < 2:
                    continue
                al = align_sentences(s, t, src_lang=sl, tgt_lang=tl)
                best = max((b.score for b in al.beads if b.src and b.tgt), default=0.0)
                seen[related].append((mean_confidence(al), best))
                print(f"{'related' if related else 'UNRELATED':9} {name:40} {len(s):3} x "
                      f"{len(t):3} confidence {mean_confidence(al):.3f} best bead {best:.3f}")
    for m in (0.3, 0.4, 0.5):
        for b in (0.4, 0.5, 0.6):
            warned = {r: sum(1 for x, y in seen[r] if x < m and y < b) for r in seen}
            print(f"mean < {m} and every bead < {b}: {warned[True]} of {len(seen[True])} "
                  f"translations, {warned[False]} of {len(seen[False])} unrelated")


def main() -> None:
    if sys.argv[1:] == ["--short"]:
        short()
        return
    if sys.argv[1:] == ["--declared"]:
        declared()
        return
    if sys.argv[1:] == ["--cross-script"]:
        cross_script()
        return
    for name, sl, tl, src, tgt, related in pairs():
        al = align_sentences(src, tgt, src_lang=sl, tgt_lang=tl)
        ev = [side_evidence(src), side_evidence(tgt)]
        anchors = anchor_counts(al)
        shared = f"{anchors[0]} vs {anchors[1]:.1f}" if anchors else "-"
        z = marks_z(al)
        marks = f"{z:6.1f}" if z is not None else "     -"
        warned = "WARNS" if any("translation" in w for w in pair_warnings(al)) else "quiet"
        print(f"{'related' if related else 'UNRELATED':9} {name:45} {len(src):5} x {len(tgt):5} "
              f"confidence {mean_confidence(al):.3f} anchors {shared:13} marks z {marks} {warned}  "
              f"src {ev[0]}  tgt {ev[1]}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
