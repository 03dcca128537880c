from __future__ import annotations

import pytest

from aligner.model import Bead, Finding, Severity, Side, TermMatch
from aligner.report import ReportData, joined_text
from aligner.report.data import sentence_spans

SENTS = ("Uno.", "Dos dos.", "Tres.")


@pytest.mark.parametrize(
    ("indices", "text", "spans"),
    [
        ((), "", ()),
        ((0,), "Uno.", ((0, 4),)),
        ((1, 2), "Dos dos. Tres.", ((0, 8), (9, 14))),
        ((0, 1, 2), "Uno. Dos dos. Tres.", ((0, 4), (5, 13), (14, 19))),
    ],
)
def test_joined_text_and_sentence_spans(
    indices: tuple[int, ...], text: str, spans: tuple[tuple[int, int], ...]
) -> None:
    assert joined_text(SENTS, indices, "es") == text
    assert sentence_spans(SENTS, indices, "es") == spans


def test_chinese_and_japanese_sentences_join_without_a_space() -> None:
    sents = ("你好。", "再见。")
    for lang in ("zh", "zh-Hant", "ja"):
        assert joined_text(sents, (0, 1), lang) == "你好。再见。"
        assert sentence_spans(sents, (0, 1), lang) == ((0, 3), (3, 6))
    data = _data(src_sentences=sents, src_lang="zh", beads=(Bead((0, 1), (0, 1), 0.9),))
    assert data.side_text(0, Side.SOURCE) == "你好。再见。"


def test_latin_sentences_of_a_japanese_side_keep_a_space() -> None:
    sents = ("Click OK.", "Then restart.", "完了。")
    assert joined_text(sents, (0, 1, 2), "ja") == "Click OK. Then restart.完了。"
    assert sentence_spans(sents, (0, 1, 2), "ja") == ((0, 9), (10, 23), (23, 26))


def _data(**overrides: object) -> ReportData:
    fields: dict[str, object] = {
        "src_sentences": SENTS,
        "tgt_sentences": ("One.", "Two two three."),
        "beads": (Bead((0,), (0,), 0.9), Bead((1, 2), (1,), 0.7)),
        "src_lang": "es",
        "tgt_lang": "en",
    }
    fields.update(overrides)
    return ReportData(**fields)  # type: ignore[arg-type]


def test_side_text_is_the_joined_text() -> None:
    data = _data()
    assert data.side_text(1, Side.SOURCE) == "Dos dos. Tres."
    assert data.side_text(1, Side.TARGET) == "Two two three."


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"beads": (Bead((0, 3), (0,)),)}, "bead 0"),
        ({"beads": (Bead((0,), (2,)),)}, "bead 0"),
        ({"beads": (Bead((-1,), (0,)),)}, "bead 0"),
        ({"findings": (Finding("x", Severity.INFO, 2, "m"),)}, "finding 0 (x) names bead 2 of 2"),
        ({"findings": (Finding("x", Severity.INFO, -1, "m"),)}, "names bead -1"),
        ({"term_matches": (TermMatch(2, Side.SOURCE, 0, 1, "t"),)}, "term match 0 names bead 2"),
        # "Dos dos. Tres." has 14 characters
        ({"term_matches": (TermMatch(1, Side.SOURCE, 10, 15, "t"),)}, "of 14 characters"),
        ({"term_matches": (TermMatch(1, Side.TARGET, 3, 3, "t"),)}, "span [3, 3)"),
        ({"term_matches": (TermMatch(0, Side.TARGET, -1, 2, "t"),)}, "span [-1, 2)"),
        # "One." has 4 characters
        ({"findings": (Finding("n", Severity.INFO, 0, "m", tgt_span=(2, 5)),)},
         "finding 0 (n) target span [2, 5] lies outside bead 0's target text of 4 characters"),
        ({"findings": (Finding("n", Severity.INFO, 0, "m", src_span=(3, 2)),)},
         "source span [3, 2]"),
    ],
)
def test_inconsistent_data_is_refused(overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("(", r"\(")
                       .replace(")", r"\)")):
        _data(**overrides)


def test_consistent_data_is_accepted() -> None:
    data = _data(
        findings=(Finding("x", Severity.INFO, 1, "m", src_span=(0, 14), tgt_span=(4, 4)),),
        term_matches=(TermMatch(1, Side.SOURCE, 9, 14, "tres"),),
    )
    assert data.side_text(1, Side.SOURCE)[9:14] == "Tres."
