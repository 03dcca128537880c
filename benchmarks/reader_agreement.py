"""How the document readers agree with the text reader on the bundled corpus pair
converted by LibreOffice and pandoc (tests/fixtures/README.md): for each fixture,
its sentences against the .txt version's (identical; differing only in whitespace or
hyphens; other), the strict F1 of the pair aligned against corpus/gold/, and the
time to read and segment each file.  docs/readers.md has the numbers.

    python benchmarks/reader_agreement.py
"""

from __future__ import annotations

import difflib
import re
import time
from pathlib import Path

from aligner.align import AlignOptions
from aligner.mainjob import CorpusPaths, gold_scores
from aligner.pipeline import align_files, segment_file

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "corpus"
_LOOSE = re.compile(r"[\s\-\u00ad]")


def _compare(text: tuple[str, ...], other: tuple[str, ...]) -> tuple[int, int, int]:
    same = loose = different = 0
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(a=text, b=other,
                                                      autojunk=False).get_opcodes():
        if op == "equal":
            same += a1 - a0
        elif _LOOSE.sub("", " ".join(text[a0:a1])) == _LOOSE.sub("", " ".join(other[b0:b1])):
            loose += max(a1 - a0, b1 - b0)
        else:
            different += max(a1 - a0, b1 - b0)
    return same, loose, different


def main() -> None:
    paths = CorpusPaths.bundled(REPO)
    print(f"{'file':24} {'sents':>5} {'same':>5} {'ws/hyph':>7} {'other':>5} {'read s':>6}")
    for fmt in ("txt", "docx", "odt", "epub", "rtf", "pdf"):
        files = {}
        for lang in ("es", "en"):
            path = (REPO / "corpus" / lang / f"chile-73.{lang}.txt" if fmt == "txt"
                    else FIXTURES / f"chile-73.{lang}.{fmt}")
            t0 = time.perf_counter()
            sents = segment_file(path, lang).sentences
            took = time.perf_counter() - t0
            text = segment_file(REPO / "corpus" / lang / f"chile-73.{lang}.txt", lang).sentences
            same, loose, other = _compare(text, sents)
            print(f"{path.name:24} {len(sents):5} {same:5} {loose:7} {other:5} {took:6.2f}")
            files[lang] = path
        pair = align_files(files["es"], files["en"], src_lang="es", tgt_lang="en",
                           options=AlignOptions())
        scored = gold_scores(paths, (), AlignOptions(), pair.alignment)
        if scored is not None:
            print(f"  {fmt} pair: strict F1 {scored[0].f1_strict:.4f} ({scored[1]})")


if __name__ == "__main__":
    main()
