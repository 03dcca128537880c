"""A Markdown and an HTML document's formatting written as inline codes (TMX, XLIFF 2),
as a DOCX's is: golden files checked by hand, the TMX valid against its DTD and loaded
by OmegaT; the codes of a pair of Markdown files are no tag-mismatch for ``check``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aligner import __version__
from aligner.formats.tmx import read_tmx, write_tmx
from aligner.formats.xliff import load_xliff, write_xliff
from aligner.model import Alignment, Bead
from aligner.pipeline import segment_file
from tests._tools import assert_valid_tmx
from tests.formats.conftest import FIXED_DATE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "markup"
GOLDEN = Path(__file__).parent / "golden"


def lamp() -> Alignment:
    """lamp.en.md against lamp.es.html, sentence by sentence (six each)."""
    src = segment_file(FIXTURES / "lamp.en.md", "en")
    tgt = segment_file(FIXTURES / "lamp.es.html", "es")
    assert len(src.sentences) == len(tgt.sentences) == 6
    return Alignment(src.sentences, tgt.sentences,
                     tuple(Bead((i,), (i,), 0.9) for i in range(6)), "en", "es",
                     "lamp.en.md", "lamp.es.html",
                     src_formatting=src.sentence_formatting(),
                     tgt_formatting=tgt.sentence_formatting())


def golden(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8").replace("@VERSION@", __version__)


def test_tmx_golden_file(tmp_path: Path) -> None:
    out = tmp_path / "markup.tmx"
    write_tmx(lamp(), out, creation_date=FIXED_DATE)
    assert out.read_text(encoding="utf-8") == golden("markup.tmx")
    assert_valid_tmx(out)


def test_xliff2_golden_file(tmp_path: Path) -> None:
    out = tmp_path / "markup.xlf"
    write_xliff(lamp(), out, creation_date=FIXED_DATE)
    assert out.read_text(encoding="utf-8") == golden("markup.xlf")


def test_the_codes_read_back_balanced_with_the_link_address(tmp_path: Path) -> None:
    """Each unit read back has whole pairs; the link keeps its address; the sentences'
    text is the text without codes."""
    aligned = lamp()
    tmx, xlf = tmp_path / "a.tmx", tmp_path / "a.xlf"
    write_tmx(aligned, tmx)
    write_xliff(aligned, xlf)
    for units in ([(u.source, u.src_tags, u.target, u.tgt_tags) for u in read_tmx(tmx)],
                  [(u.source, u.src_tags, u.target, u.tgt_tags)
                   for u in load_xliff(xlf).units]):
        assert len(units) == 6
        for k, (source, src_tags, target, tgt_tags) in enumerate(units):
            assert re.sub(r"\{/?\d+\}", "", source) == aligned.src_sentences[k]
            assert re.sub(r"\{/?\d+\}", "", target) == aligned.tgt_sentences[k]
            for tags in (src_tags, tgt_tags):
                kinds = [t.kind.value for t in tags]
                assert kinds.count("open") == kinds.count("close") > 0
    read = read_tmx(tmx)
    assert 'href="https://example.com/rules?a=1&amp;b=2"' in read[2].src_tags[0].code
    assert read[5].source == "{1}Cut it{/1} now."  # the bold span cut at the sentence


@pytest.mark.external
@pytest.mark.slow
def test_omegat_loads_the_tmx(tmp_path: Path) -> None:
    """OmegaT reads the codes as codes: a sentence without them gets the translation."""
    from tests.formats.test_omegat import console_translate, make_project

    project = make_project(tmp_path)
    tmx = project / "tm" / "auto" / "markup.tmx"
    write_tmx(lamp(), tmx)
    assert_valid_tmx(tmx)
    assert "&lt;b&gt;" in tmx.read_text(encoding="utf-8")
    (project / "omegat.project").write_text(
        (project / "omegat.project").read_text(encoding="utf-8")
        .replace("<source_lang>es</source_lang>", "<source_lang>en</source_lang>")
        .replace("<target_lang>en</target_lang>", "<target_lang>es</target_lang>")
        .replace("LuceneSpanishTokenizer", "LuceneTmp").replace(
            "LuceneEnglishTokenizer", "LuceneSpanishTokenizer").replace(
            "LuceneTmp", "LuceneEnglishTokenizer"), encoding="utf-8")
    (project / "source" / "doc.txt").write_text("Read the rules first.\n\nCut it now.\n",
                                                encoding="utf-8")
    log = console_translate(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    translated = (project / "target" / "doc.txt").read_text(encoding="utf-8")
    assert translated.split("\n\n") == ["Lea las reglas primero.", "Córtela ahora.\n"]
