"""A paragraph in brackets, 24(1), is the 24.1 of the other side."""

from __future__ import annotations

from aligner.check.paragraphs import cancel_paragraphs


def test_cancel_paragraphs() -> None:
    missing, extra = ["24.1", "7"], ["24", "1"]
    cancel_paragraphs(missing, extra, "Article 24(1)", "artículo 24.1, 7")
    assert (missing, extra) == (["7"], [])


def test_only_the_same_characters_cancel() -> None:
    for other in ("un 24,1 %", "artículo 24.2", "el 124.1"):
        missing, extra = ["24.1"], ["24", "1"]
        cancel_paragraphs(missing, extra, "Article 24(1)", other)
        assert (missing, extra) == (["24.1"], ["24", "1"])
    missing, extra = ["1.1"], ["1"]  # 1(1) needs two 1s
    cancel_paragraphs(missing, extra, "Article 1(1)", "artículo 1.1")
    assert (missing, extra) == (["1.1"], ["1"])
