"""A document's character formatting as inline codes (formats/formatting.py), in the TMX
and XLIFF writers, and nowhere else."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from aligner.formats.alignment_json import alignment_from_json, alignment_to_json
from aligner.formats.csvfmt import write_csv
from aligner.formats.formatting import coded_text
from aligner.formats.tmx import load_tmx, write_tmx, write_tmx_sources
from aligner.formats.tsv import write_tsv
from aligner.formats.units import file_alignment
from aligner.formats.xliff import load_xliff, write_xliff
from aligner.formats.xliff12 import write_xliff12
from aligner.model import Alignment, Formatting, Style, TagKind
from aligner.pipeline import align_files
from tests._tools import assert_valid_tmx

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
WHEN = datetime(2026, 12, 6, tzinfo=UTC)
B, I = Style.BOLD, Style.ITALIC  # noqa: E741 -- the styles' own letters


def test_spans_become_placeholder_pairs_nested_as_they_were() -> None:
    text, tags = coded_text(["A bold and italic.", "Next one."],
                            [[Formatting(2, 17, B), Formatting(7, 10, I)], [Formatting(5, 8, I)]],
                            "en")
    assert text == "A {1}bold {2}and{/2} italic{/1}. Next {3}one{/3}."
    assert [(t.kind, t.code, text[t.start:t.end]) for t in tags] == [
        (TagKind.OPEN, "<b>", "{1}"), (TagKind.OPEN, "<i>", "{2}"),
        (TagKind.CLOSE, "</i>", "{/2}"), (TagKind.CLOSE, "</b>", "{/1}"),
        (TagKind.OPEN, "<i>", "{3}"), (TagKind.CLOSE, "</i>", "{/3}")]


def test_spans_that_cross_close_before_the_next_opens() -> None:
    text, _ = coded_text(["abcdefgh"], [[Formatting(0, 5, B), Formatting(3, 8, I)]], "en")
    assert text == "{1}abc{2}de{/1}fgh{/2}"


def test_sentences_joined_without_a_space_keep_their_spans() -> None:
    text, _ = coded_text(["灯台だ。", "油を燃やす。"], [[], [Formatting(0, 1, B)]], "ja")
    assert text == "灯台だ。{1}油{/1}を燃やす。"


def test_latin_sentences_in_japanese_keep_their_space_and_spans() -> None:
    # two Latin sentences of a Japanese side are joined with a space, as the source
    # had; the span of the second sentence moves past it
    text, _ = coded_text(["Click OK.", "Then restart.", "完了。"],
                         [[], [Formatting(5, 12, B)], [Formatting(0, 2, B)]], "ja")
    assert text == "Click OK. Then {1}restart{/1}.{2}完了{/2}。"


def test_a_link_opens_with_its_address_escaped() -> None:
    link = Formatting(4, 8, Style.LINK, 'https://example.com/?a=1&b="2"')
    text, tags = coded_text(["See here.", "Or there."], [[link], [Formatting(3, 8, Style.LINK)]],
                            "en")
    assert text == "See {1}here{/1}. Or {2}there{/2}."
    assert [t.code for t in tags] == ['<a href="https://example.com/?a=1&amp;b=&quot;2&quot;">',
                                      "</a>", "<a>", "</a>"]
    assert {t.key for t in tags if t.kind is TagKind.OPEN} == {"bpt:<a>"}


def test_inline_code_is_a_code_a_whole_code_line_none() -> None:
    """Inline code (Markdown's backticks, HTML's ``code``, a DOCX's code style) is a
    ``<code>`` pair; a sentence that is all code (a line of a code block) is its text."""
    text, tags = coded_text(["Run lamp --check now.", "lamp --check"],
                            [[Formatting(4, 16, Style.CODE)], [Formatting(0, 12, Style.CODE)]],
                            "en")
    assert text == "Run {1}lamp --check{/1} now. lamp --check"
    assert [t.code for t in tags] == ["<code>", "</code>"]


def test_no_span_is_the_joined_text() -> None:
    assert coded_text(["One.", "Two."], [[], []], "en") == ("One. Two.", ())


@pytest.fixture(scope="module")
def aligned() -> Alignment:
    """The English DOCX and the Spanish ODT, aligned as `aligner align` aligns them."""
    return align_files(FIXTURES / "formatting-en.docx", FIXTURES / "formatting-es.odt",
                       src_lang="en", tgt_lang="es").alignment


def _segs(path: Path, lang: str) -> list[str]:
    root = etree.parse(str(path)).getroot()
    segs = root.iter("seg")
    out = []
    for seg in segs:
        if seg.getparent().get("{http://www.w3.org/XML/1998/namespace}lang") == lang:
            inner = etree.tostring(seg, encoding="unicode", with_tail=False)
            out.append(inner.removeprefix("<seg>").removesuffix("</seg>"))
    return out


def _pair(code: str, n: int = 1) -> tuple[str, str]:
    return (f'<bpt i="{n}" x="{n}">&lt;{code}&gt;</bpt>', f'<ept i="{n}">&lt;/{code}&gt;</ept>')


def test_tmx_has_the_documents_formatting_as_paired_codes(aligned: Alignment,
                                                          tmp_path: Path) -> None:
    write_tmx(aligned, tmp_path / "out.tmx", creation_date=WHEN)
    assert_valid_tmx(tmp_path / "out.tmx")
    b, i, s = _pair("b"), _pair("i", 2), _pair("s")
    src, tgt = _segs(tmp_path / "out.tmx", "en"), _segs(tmp_path / "out.tmx", "es")
    # written by hand from src/formatting-{en,es}.md
    assert f"The lamp burned {b[0]}paraffin oil{b[1]}, about nine litres a night." in src
    assert f"La lámpara quemaba {b[0]}aceite de parafina{b[1]}, unos nueve litros por noche." \
        in tgt
    assert f"The inspector read the {b[0]}{i[0]}last page{i[1]}{b[1]} twice." in src
    assert f"He crossed out {s[0]}twelve{s[1]} and wrote ten." in src
    # the bold span over two sentences: a pair in each
    assert f"{b[0]}Nobody slept.{b[1]}" in src
    assert f"{b[0]}Nadie durmió.{b[1]}" in tgt
    assert any(seg.endswith(f"sentence: {_pair('b', 2)[0]}The light did not go out."
                            f"{_pair('b', 2)[1]}") for seg in src)
    # each side's link with its own address (src/formatting-{en,es}.md)
    assert ('The range is given in the <bpt i="1" x="1">&lt;a href="https://example.org/lights"'
            '&gt;</bpt>List of Lights<ept i="1">&lt;/a&gt;</ept>.') in src
    assert ('El alcance figura en la <bpt i="1" x="1">&lt;a href="https://example.org/faros"'
            '&gt;</bpt>Lista de faros<ept i="1">&lt;/a&gt;</ept>.') in tgt


def test_tmx_read_back_keeps_the_codes(aligned: Alignment, tmp_path: Path) -> None:
    write_tmx(aligned, tmp_path / "out.tmx", creation_date=WHEN)
    units = load_tmx(tmp_path / "out.tmx")
    unit = next(u for u in units.units if "paraffin" in u.source)
    assert unit.source == "The lamp burned {1}paraffin oil{/1}, about nine litres a night."
    assert [t.code for t in unit.src_tags] == ["<b>", "</b>"]
    write_tmx_sources([units], tmp_path / "again.tmx", creation_date=WHEN)
    assert _segs(tmp_path / "again.tmx", "en") == _segs(tmp_path / "out.tmx", "en")
    write_xliff(file_alignment(units), tmp_path / "again.xlf")
    again = next(u for u in load_xliff(tmp_path / "again.xlf").units if "paraffin" in u.source)
    assert (again.source, [t.code for t in again.src_tags]) == (unit.source, ["<b>", "</b>"])


@pytest.mark.parametrize("writer", [write_xliff, write_xliff12])
def test_xliff_has_the_codes(aligned: Alignment, tmp_path: Path, writer: object) -> None:
    assert callable(writer)
    writer(aligned, tmp_path / "out.xlf")
    units = load_xliff(tmp_path / "out.xlf").units
    unit = next(u for u in units if "paraffin" in u.source)
    assert unit.source == "The lamp burned {1}paraffin oil{/1}, about nine litres a night."
    assert unit.target == ("La lámpara quemaba {1}aceite de parafina{/1}, unos nueve litros "
                           "por noche.")
    assert [t.code for t in (*unit.src_tags, *unit.tgt_tags)] == ["<b>", "</b>"] * 2
    link = next(u for u in units if "Lights" in u.source)
    assert [t.code for t in (*link.src_tags, *link.tgt_tags)] == [
        '<a href="https://example.org/lights">', "</a>",
        '<a href="https://example.org/faros">', "</a>"]


def test_saved_json_keeps_the_formatting(aligned: Alignment, tmp_path: Path) -> None:
    again = alignment_from_json(json.loads(json.dumps(alignment_to_json(aligned))))
    assert again.src_formatting == aligned.src_formatting
    assert any(f.href == "https://example.org/lights" for s in again.src_formatting for f in s)
    assert again.tgt_formatting == aligned.tgt_formatting
    write_tmx(aligned, tmp_path / "a.tmx", creation_date=WHEN)
    write_tmx(again, tmp_path / "b.tmx", creation_date=WHEN)
    assert (tmp_path / "a.tmx").read_bytes() == (tmp_path / "b.tmx").read_bytes()


@pytest.mark.parametrize("writer", [write_tsv, write_csv])
def test_text_exports_and_sentences_hold_no_formatting(aligned: Alignment, tmp_path: Path,
                                                       writer: object) -> None:
    assert callable(writer)
    plain = replace(aligned, src_formatting=(), tgt_formatting=())
    writer(aligned, tmp_path / "a.out")
    writer(plain, tmp_path / "b.out")
    # but for digits set lowered or raised, written as the characters (formats/scripted.py):
    # the subscript of H~2~O; the raised letters of 2^nd^ and 2^o^ stay as they are
    with_digits = (tmp_path / "a.out").read_text(encoding="utf-8")
    assert with_digits.count("H\u2082O") == 2 and "2nd floor" in with_digits
    assert with_digits.replace("H\u2082O", "H2O") == (tmp_path / "b.out").read_text(
        encoding="utf-8")
    assert "The lamp burned paraffin oil, about nine litres a night." in aligned.src_sentences
    assert not any("{" in s or "<" in s for s in aligned.src_sentences + aligned.tgt_sentences)


def test_tmx_of_markdown_sources_has_their_links(tmp_path: Path) -> None:
    """The Markdown the DOCX and ODT fixtures were made from: its links are codes too."""
    aligned = align_files(FIXTURES / "src" / "formatting-en.md",
                          FIXTURES / "src" / "formatting-es.md",
                          src_lang="en", tgt_lang="es").alignment
    write_tmx(aligned, tmp_path / "md.tmx", creation_date=WHEN)
    assert_valid_tmx(tmp_path / "md.tmx")
    src, tgt = _segs(tmp_path / "md.tmx", "en"), _segs(tmp_path / "md.tmx", "es")
    assert ('The range is given in the <bpt i="1" x="1">&lt;a href="https://example.org/lights"'
            '&gt;</bpt>List of Lights<ept i="1">&lt;/a&gt;</ept>.') in src
    assert ('El alcance figura en la <bpt i="1" x="1">&lt;a href="https://example.org/faros"'
            '&gt;</bpt>Lista de faros<ept i="1">&lt;/a&gt;</ept>.') in tgt
