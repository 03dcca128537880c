"""A bead that ends a paragraph on one side only costs ``par_mismatch`` (problem.py,
``paragraphs_agree``; the kernels' ``P_PAR_MIS``).  Texts and gold written by hand:
tests/fixtures/paragraphs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from aligner.align import AlignOptions, align_sentences
from aligner.align.beadfile import read_beads
from aligner.align.kernel_slots import MARK_AFTER_END, MARK_PARAGRAPH
from aligner.align.problem import paragraphs_agree

HERE = Path(__file__).parent.parent / "fixtures" / "paragraphs"


def _sentences(name: str) -> tuple[list[str], frozenset[int]]:
    """A ``.sents`` file's sentences and paragraph starts (after each blank line)."""
    sentences: list[str] = []
    starts = {0}
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line:
            sentences.append(line)
        else:
            starts.add(len(sentences))
    return sentences, frozenset(starts)


def _beads(options: AlignOptions) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    zh, zh_starts = _sentences("story.zh.sents")
    ja, ja_starts = _sentences("story.ja.sents")
    alignment = align_sentences(zh, ja, src_lang="zh", tgt_lang="ja",
                                src_paragraph_starts=zh_starts,
                                tgt_paragraph_starts=ja_starts, options=options)
    return [(b.src, b.tgt) for b in alignment.beads]


def test_paragraph_ends_keep_a_distant_pair_in_step() -> None:
    # Chinese and Japanese share few words an aligner can count on; the Japanese splits
    # a quotation the Chinese keeps whole (a 1-2 bead), and without the paragraphs'
    # ends six beads slid one sentence out of step (s29 walk 1, item 1)
    gold = read_beads(str(HERE / "story.zh-ja.gold"))
    assert _beads(AlignOptions(encoder="none")) == gold


def test_without_the_term_the_pair_slides() -> None:
    # the term is what keeps it in step: the test above could fail
    gold = read_beads(str(HERE / "story.zh-ja.gold"))
    assert _beads(AlignOptions(encoder="none", par_mismatch=0.0)) != gold


def _marks(n: int, starts: set[int]) -> np.ndarray:
    marks = np.full(n, MARK_AFTER_END, dtype=np.int8)
    marks[0] = 0
    for i in starts:
        marks[i] = MARK_PARAGRAPH
    return marks


@pytest.mark.parametrize(("s_starts", "t_starts", "agree"), [
    ({3, 6, 9, 12}, {3, 7, 10, 13}, True),
    ({3, 6, 9, 12, 15}, {3, 7, 10, 13}, True),  # 4 of 5
    ({3, 6, 9, 12, 15}, {3, 7, 10}, False),  # 3 of 5: paragraphs rearranged
    (set(), set(), False),  # one paragraph each (a presplit file): nothing to keep
    ({3}, set(), False),
])
def test_the_term_is_on_only_where_both_texts_keep_paragraphs(
        s_starts: set[int], t_starts: set[int], agree: bool) -> None:
    assert paragraphs_agree(_marks(20, s_starts), _marks(20, t_starts)) is agree
