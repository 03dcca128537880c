"""Language evidence on short sides: how often a window of real text (40-59, 60-99 and
100-199 words of consecutive sentences, drawn with a fixed seed) is called not its own
language, and how often it is caught when declared as each of the other languages of
the sample.  The texts: the UD sets of the segmentation DEV data (de, en, es, fr, it,
nl, pt) and the first 3,000 lines of each Text+Berg and opusbooks DEV document, beside
the repository (never in it).  docs/languages.md has the numbers.

    python benchmarks/short_language.py
"""

from __future__ import annotations

import json
import random
import sys

from _align_dev_sets import BENCH
from aligner.lang.detect import looks_like, side_evidence

SEG = BENCH.parent / "seg"
WINDOWS = ((40, 60), (60, 100), (100, 200))
DRAWS = 150  # windows per language and size


def _texts() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {}
    for path in sorted(SEG.glob("ud_*.jsonl")):
        for line in path.open(encoding="utf-8"):
            doc = json.loads(line)
            texts.setdefault(doc["lang"], []).extend(doc["sentences"])
    for name, (src, tgt) in {"opusbooks_enes": ("en", "es"),
                             "textberg_defr": ("de", "fr")}.items():
        for suffix, lang in ((".src", src), (".tgt", tgt)):
            for path in sorted((BENCH / name).glob(f"*{suffix}")):
                lines = path.read_text(encoding="utf-8").splitlines()[:3000]
                texts.setdefault(lang, []).extend(lines)
    return {lang: s for lang, s in texts.items() if lang not in ("zh", "ja")}


def main() -> None:
    if not SEG.is_dir():
        sys.exit(f"no DEV data at {SEG}")
    texts = _texts()
    langs = sorted(texts)
    rng = random.Random(7)
    print(f"languages: {' '.join(langs)}")
    for low, high in WINDOWS:
        wrong = caught = right_total = other_total = 0
        for lang in langs:
            sentences = texts[lang]
            for _ in range(DRAWS):
                i = rng.randrange(len(sentences))
                window: list[str] = []
                words = 0
                while words < low and i < len(sentences):
                    window.append(sentences[i])
                    words += len(sentences[i].split())
                    i += 1
                if not low <= words < high:
                    continue
                evidence = side_evidence(window)
                right_total += 1
                wrong += looks_like(evidence, lang) is False
                for other in langs:
                    if other != lang:
                        other_total += 1
                        caught += looks_like(evidence, other) is False
        print(f"{low}-{high - 1} words: own language called not it {wrong}/{right_total}; "
              f"declared as another, caught {caught}/{other_total} "
              f"({caught / max(other_total, 1):.1%})")


if __name__ == "__main__":
    main()
