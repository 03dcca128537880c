"""Sentence boundaries in Thai and Lao text against hand-split gold.

    .venv/bin/python benchmarks/thai_segmentation.py [GOLD.th.txt | GOLD.lo.txt ...]

A gold file has one sentence a line and a blank line between paragraphs, and is named
``NAME.<code>.txt`` for its language (default: ``tests/fixtures/thai/heat.th.txt``, a
heat-wave leaflet; ``tests/fixtures/lao/village.lo.txt``, a Lao news item, notice,
story and message; ``tests/fixtures/lao/dengue.lo.txt``, a Lao leaflet and a chat,
written after the Lao words were chosen and not tuned on; each written for it).  Each file is
read twice: as paragraphs (lines joined with a space, paragraphs parted by a blank
line) and as one paragraph (everything joined with a space, as text pasted from a PDF
comes).  The boundaries inside a paragraph are scored: precision, recall, F1, and the
wrong and missed ones are listed.  Then, for each gold's language, the time to split
two long paragraphs: the gold as one paragraph repeated to about 200,000 characters,
and 200,000 characters of three-letter words with no sentence end (the worst case:
every space is a candidate and none is cut).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from aligner.segment import split_spans

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = [ROOT / "tests" / "fixtures" / "thai" / "heat.th.txt",
                ROOT / "tests" / "fixtures" / "lao" / "village.lo.txt",
                ROOT / "tests" / "fixtures" / "lao" / "dengue.lo.txt"]
#: Three letters of each language's script, for the worst case.
SHORT_WORDS = {"th": "กขค ", "lo": "ກຂຄ "}


def lang_of(path: Path) -> str:
    """The language code in a gold file's name: ``heat.th.txt`` -> ``th``."""
    return path.name.split(".")[-2]


def gold_text(lines: str, one_paragraph: bool) -> tuple[str, list[tuple[int, int]], set[int]]:
    """The text of a gold file, its paragraphs' spans and the sentence starts inside them."""
    paragraphs = [p.split("\n") for p in lines.strip().split("\n\n")]
    text = ""
    blocks: list[tuple[int, int]] = []
    starts: set[int] = set()
    for p in paragraphs:
        if text:
            text += " " if one_paragraph else "\n\n"
            if one_paragraph:
                starts.add(len(text))
        a = len(text)
        text += " ".join(p)
        for i in range(1, len(p)):
            starts.add(a + len(" ".join(p[:i])) + 1)
        blocks.append((a, len(text)))
    if one_paragraph:
        blocks = [(0, len(text))]
    return text, blocks, starts


def found_starts(text: str, blocks: list[tuple[int, int]], lang: str) -> set[int]:
    """The sentence starts the splitter finds inside each block."""
    out: set[int] = set()
    for a, b in blocks:
        out.update(s for s, _ in split_spans(text, lang, a, b)[1:])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, default=DEFAULT_GOLD)
    args = parser.parse_args()
    for path in args.gold:
        lang = lang_of(path)
        for one in (False, True):
            text, blocks, gold = gold_text(path.read_text(encoding="utf-8"), one)
            found = found_starts(text, blocks, lang)
            tp = len(found & gold)
            p, r = tp / max(len(found), 1), tp / max(len(gold), 1)
            f = 2 * p * r / max(p + r, 1e-9)
            mode = "one paragraph" if one else "paragraphs"
            print(f"{path.name} ({mode}): P={p:.3f} R={r:.3f} F1={f:.3f} "
                  f"({tp} of {len(gold)} boundaries, {len(found)} found)")
            for c in sorted(found - gold):
                print(f"  wrong:  {text[max(0, c - 20):c]}|{text[c:c + 20]}")
            for c in sorted(gold - found):
                print(f"  missed: {text[max(0, c - 20):c]}|{text[c:c + 20]}")
    firsts = {lang_of(p): p for p in reversed(args.gold)}  # each language's first gold
    for lang, path in sorted(firsts.items(), key=lambda kv: kv[0] != "th"):
        one, _, _ = gold_text(path.read_text(encoding="utf-8"), True)
        for name, text in (("gold repeated", " ".join([one] * (200_000 // len(one) + 1))),
                           ("short words, no end", SHORT_WORDS.get(lang, "abc ") * 50_000)):
            t0 = time.perf_counter()
            n = len(split_spans(text, lang))
            print(f"{'' if lang == 'th' else lang + ' '}{name}: {len(text):,} characters, "
                  f"{n:,} sentences in {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
