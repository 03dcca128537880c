"""The central proof of the document readers: the corpus pair converted by LibreOffice
and pandoc (tests/fixtures/README.md) reads as the same sentences as the .txt pair,
and aligns with the same F1 against the hand-made gold."""

from __future__ import annotations

import difflib
import re
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.align import AlignOptions
from aligner.align.beadfile import parse_beads
from aligner.cli.main import cli
from aligner.mainjob import CorpusPaths, gold_scores
from aligner.pipeline import align_files, segment_file

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "corpus"
FORMATS = ["docx", "odt", "epub", "rtf", "pdf"]


def _fixture(lang: str, fmt: str) -> Path:
    return FIXTURES / f"chile-73.{lang}.{fmt}"


def _txt(lang: str) -> Path:
    return REPO / "corpus" / lang / f"chile-73.{lang}.txt"


@cache
def _sentences(path: Path, lang: str) -> tuple[str, ...]:
    return segment_file(path, lang).sentences


def _agreement(text: tuple[str, ...], other: tuple[str, ...]) -> tuple[int, list[tuple[str, str]]]:
    """Sentences identical to the text version's, and the pairs that differ."""
    same = 0
    differ: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=text, b=other, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            same += a1 - a0
        else:
            differ.append((" ".join(text[a0:a1]), " ".join(other[b0:b1])))
    return same, differ


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("fmt", ["docx", "odt", "epub", "rtf"])
def test_same_sentences_as_the_text(fmt: str, lang: str) -> None:
    assert _sentences(_fixture(lang, fmt), lang) == _sentences(_txt(lang), lang)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_pdf_sentences_agree_with_the_text(lang: str) -> None:
    text, pdf = _sentences(_txt(lang), lang), _sentences(_fixture(lang, "pdf"), lang)
    same, differ = _agreement(text, pdf)
    assert same >= 0.98 * len(text), differ
    for a, b in differ:  # the rest may differ only in whitespace or hyphenation
        assert re.sub(r"[\s\-\u00ad]", "", a) == re.sub(r"[\s\-\u00ad]", "", b), (a, b)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_same_alignment_f1_as_the_text(fmt: str) -> None:
    paths = CorpusPaths.bundled(REPO)
    scores = {}
    for kind, src, tgt in (("txt", _txt("es"), _txt("en")),
                           (fmt, _fixture("es", fmt), _fixture("en", fmt))):
        pair = align_files(src, tgt, src_lang="es", tgt_lang="en", options=AlignOptions())
        scored = gold_scores(paths, (), AlignOptions(), pair.alignment)
        assert scored is not None
        assert "this run's alignment" in scored[1]  # the gold's own sentences
        scores[kind] = scored[0]
    assert scores[fmt].f1_strict == scores["txt"].f1_strict >= 0.95
    assert scores[fmt].f1_lax == scores["txt"].f1_lax


@pytest.mark.slow
def test_align_docx_with_pdf_on_the_command_line() -> None:
    """``aligner align es.docx en.pdf`` gives the beads the .txt pair gives.  Their
    confidences are the same too except near a line that opens a paragraph in one
    reading and not the other (the PDF's footnotes are paragraphs of their own): the
    decoding's posterior, which the confidence reads, weighs paragraph starts."""
    runner = CliRunner()
    args = ["--src-lang", "es", "--tgt-lang", "en"]
    docs = runner.invoke(cli, ["align", str(_fixture("es", "docx")),
                               str(_fixture("en", "pdf")), *args])
    assert docs.exit_code == 0, docs.output
    text = runner.invoke(cli, ["align", str(_txt("es")), str(_txt("en")), *args])
    assert text.exit_code == 0, text.output
    got, want = docs.output.splitlines(), text.output.splitlines()
    assert len(got) > 150
    beads = parse_beads(got)
    assert beads == parse_beads(want)
    moved = (segment_file(_fixture("en", "pdf"), "en").paragraph_starts
             ^ segment_file(_txt("en"), "en").paragraph_starts)
    assert moved  # else the confidences must all agree: the test below would say less
    for (_, tgt), a, b in zip(beads, got, want, strict=True):
        near = any(abs(t - x) <= 2 for t in tgt for x in moved)
        if a != b:
            assert near, (a, b)  # far from a paragraph that moved: the same confidence
