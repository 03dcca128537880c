"""link-mismatch (check/links.py).  Sentences written by hand for this test."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from check_helpers import findings
from hypothesis import given
from hypothesis import strategies as st

from aligner.check import Unit, check_alignment, run_checks
from aligner.check.links import LINK, blank_links, links, may_link
from aligner.model import Finding, InlineTag, TagKind
from aligner.pipeline import align_files


@pytest.mark.parametrize(("text", "found"), [
    ("See https://example.com/help.", ["https://example.com/help"]),
    ("(https://example.com/a?b=1&c=2), then", ["https://example.com/a?b=1&c=2"]),
    ("请访问 https://example.cn/帮助。", ["https://example.cn/帮助"]),
    ("Write to support@example.com; or www.example.org!", ["support@example.com",
                                                           "www.example.org"]),
    ("No link: example dot com, 3.5 GB, a@b", []),
])
def test_links_are_read_without_their_trailing_punctuation(text: str,
                                                           found: list[str]) -> None:
    assert links(text) == found



def test_links_are_blanked_in_place() -> None:
    text = "Ver WWW.Example.ORG/p?id=42 o HTTPS://x.cl/7, escribir a ana.p+1@x.cl: 3,5 %"
    # (the comma after a web address goes with it: only links() leaves it out)
    assert blank_links(text) == "Ver " + " " * 23 + " o " + " " * 15 + " escribir a " \
        + " " * 12 + ": 3,5 %"
    assert blank_links("3 de mayo, a las 9:30 (p. 12)") == "3 de mayo, a las 9:30 (p. 12)"


@given(st.text(st.sampled_from([*"wW.:/@hHtTpPsSx1-_ "]), max_size=24))
def test_the_quick_look_misses_no_link(text: str) -> None:
    assert may_link(text) or LINK.search(text) is None


@pytest.mark.parametrize(("source", "target", "reported"), [
    # s29 walk 1 item 12: a mistyped or changed address
    ("See https://example.com/help for details.", "Vea https://example.com/hlep.", True),
    ("Write to support@example.com.", "Escriba a soporte@example.com.", True),
    ("See https://example.com/a.", "Véase el sitio.", True),  # dropped
    ("See the site.", "Vea https://example.com/a.", True),  # added
    # the same link, or its page in the target's language
    ("Visit www.example.com.", "Visite www.example.com.", False),
    ("Visit https://Example.com/.", "Visite https://example.com.", False),
    ("See https://example.com/en/help.", "Vea https://example.com/es/help.", False),
    ("See https://example.com/help?lang=en.", "Vea https://example.com/help?lang=es.", False),
    ("See en.example.com/x.", "Vea es.example.com/x.", False),
    ("See https://example.com/en-us/x.", "Vea https://example.com/es-mx/x.", False),
    # s33 walk 1 item 3: a numeric region (Latin America, the world)
    ("See https://example.com/admin?lang=en.", "Vea https://example.com/admin?lang=es-419.",
     False),
    ("See https://example.com/en-us/help.", "Vea https://example.com/es-419/help.", False),
    ("See https://example.com/en-001/help.", "Vea https://example.com/es_419/help.", False),
    ("See https://example.com/item/123.", "Vea https://example.com/item/124.", True),
    # a language code of neither language is part of the address
    ("See https://example.com/fr/help.", "Vea https://example.com/es/help.", True),
])
def test_link_mismatch(source: str, target: str, reported: bool) -> None:
    assert bool(findings([(source, target)], code="link-mismatch", src_lang="en",
                         tgt_lang="es")) is reported


@pytest.mark.parametrize(("source", "target", "tgt_lang", "reported"), [
    # s37 walk 4 item 3: a script after the language code (zh-hans), a region (zh-cn, ja-jp)
    ("See https://d.io/en/admin/roles.", "参阅 https://d.io/zh-hans/admin/roles。", "zh-Hans",
     False),
    ("See https://d.io/en/admin.", "參閱 https://d.io/zh-Hant-TW/admin。", "zh-Hant", False),
    ("See https://d.io/en-us/admin.", "参阅 https://d.io/zh-cn/admin。", "zh-Hans", False),
    ("See https://d.io/en/admin.", "参照 https://d.io/ja-jp/admin。", "ja", False),
    ("See https://d.io/en/admin.", "Veja https://d.io/pt-br/admin.", "pt-BR", False),
    # another page, or another language's, is still a finding
    ("See https://d.io/en/admin/roles.", "参阅 https://d.io/zh-hans/admin/users。", "zh-Hans",
     True),
    ("See https://d.io/en/admin.", "参照 https://d.io/ko-kr/admin。", "ja", True),
    ("See https://d.io/en/admin.", "参阅 https://d.io/zh-hans-docs/admin。", "zh-Hans", True),
])
def test_a_language_tag_with_script_or_region_is_the_localised_page(
        source: str, target: str, tgt_lang: str, reported: bool) -> None:
    assert bool(findings([(source, target)], code="link-mismatch", src_lang="en",
                         tgt_lang=tgt_lang)) is reported


def test_the_message_names_both_sides() -> None:
    (found,) = findings([("See https://example.com/help.", "Vea https://example.com/hlep.")],
                        code="link-mismatch", src_lang="en", tgt_lang="es")
    assert found.message == ("links differ: 'https://example.com/help' not in the target; "
                             "'https://example.com/hlep' not in the source")
    assert found.expected == ("https://example.com/help",)
    assert found.found == "https://example.com/hlep"


def _linked(source: str, target: str, src_hrefs: tuple[str, ...], tgt_hrefs: tuple[str, ...],
            **tags: tuple[InlineTag, ...]) -> list[Finding]:
    unit = Unit(source, target, src_hrefs=src_hrefs, tgt_hrefs=tgt_hrefs, **tags)
    result = run_checks([unit], glossary=None, src_lang="en", tgt_lang="es")
    return [f for f in result.findings if f.code == "link-mismatch"]


@pytest.mark.parametrize(("src", "tgt", "reported"), [
    # the link's words translated, its address changed: walk item (a DOCX's link)
    (("https://example.com/rules",), ("https://example.com/reglas",), True),
    (("https://example.com/rules",), (), True),  # the link dropped
    (("https://example.com/en/rules",), ("https://example.com/es/rules",), False),
    (("mailto:help@example.com",), ("mailto:help@example.com",), False),
    # a place in the document, a relative path: named as the translation names it
    (("#_Toc12",), ("#_Toc98",), False),
    (("/en/help",), ("../ayuda",), False),
    # a link cut in two by a sentence end is two spans on one side only
    (("https://example.com/a", "https://example.com/a"), ("https://example.com/a",), False),
])
def test_where_the_links_point_is_compared(src: tuple[str, ...], tgt: tuple[str, ...],
                                           reported: bool) -> None:
    assert bool(_linked("Read the rules.", "Lea las normas.", src, tgt)) is reported


def test_the_message_says_the_address_is_a_links() -> None:
    (found,) = _linked("Read the rules.", "Lea las normas.", ("https://example.com/rules",),
                       ("https://example.com/reglas",))
    assert found.message == ("links differ: a link to 'https://example.com/rules' not in the "
                             "target; a link to 'https://example.com/reglas' not in the source")
    assert (found.found, found.expected) == ("https://example.com/reglas",
                                             ("https://example.com/rules",))


def test_a_memorys_link_codes_are_read_for_their_address() -> None:
    def a(text: str, href: str) -> tuple[InlineTag, ...]:
        start, end = text.index("{1}"), text.index("{/1}")
        return (InlineTag(start, start + 3, TagKind.OPEN, "bpt:<a>",
                          f'<a class="x" href="{href}">'),
                InlineTag(end, end + 4, TagKind.CLOSE, "bpt:<a>", "</a>"))

    src, tgt = "Read {1}rules{/1}.", "Lea {1}normas{/1}."
    assert _linked(src, tgt, (), (), src_tags=a(src, "https://x.org/?a=1&amp;b=2"),
                   tgt_tags=a(tgt, "https://x.org/?a=1&b=2")) == []
    assert _linked(src, tgt, (), (), src_tags=a(src, "https://x.org/rules"),
                   tgt_tags=a(tgt, "https://x.org/normas"))


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _link_findings(src: Path, tgt: Path) -> list[tuple[int, str | None]]:
    """The link-mismatch findings (unit, found) of two documents aligned en -> es."""
    aligned = align_files(src, tgt, src_lang="en", tgt_lang="es").alignment
    return [(f.unit, f.found) for f in check_alignment(aligned, glossary=None).findings
            if f.code == "link-mismatch"]


def _docx(path: Path, text: str, words: str, href: str) -> Path:
    """A DOCX of ``text`` whose ``words`` are a link to ``href``."""
    before, after = text.split(words)
    runs = "".join(f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>' for t in (before, after))
    link = (f'<w:hyperlink r:id="rId9"><w:r><w:t>{words}</w:t></w:r></w:hyperlink>')
    body = runs.replace("</w:r><w:r>", f"</w:r>{link}<w:r>", 1)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>'
                                        f"<w:p>{body}</w:p></w:body></w:document>")
        z.writestr("word/_rels/document.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   f'relationships"><Relationship Id="rId9" Type="{_R}/hyperlink" '
                   f'Target="{href}" TargetMode="External"/></Relationships>')
    return path


@pytest.mark.parametrize(("tgt_href", "reported"), [
    ("https://example.com/es/tarifas", False),  # the page in the target's language
    ("https://example.com/es/tarifas-2019", True),  # another page
])
def test_two_docx_documents_links_are_compared(tmp_path: Path, tgt_href: str,
                                               reported: bool) -> None:
    src = _docx(tmp_path / "a.docx", "The fees are on our price list. Pay by May.",
                "price list", "https://example.com/en/tarifas")
    tgt = _docx(tmp_path / "b.docx", "Las tarifas están en nuestra lista de precios. Pague "
                "en mayo.", "lista de precios", tgt_href)
    assert _link_findings(src, tgt) == ([(0, tgt_href)] if reported else [])


@pytest.mark.parametrize(("tgt_href", "reported"), [
    ("https://example.com/es/tarifas", False),
    ("https://example.com/es/tarifas-2019", True),
])
def test_two_html_pages_links_are_compared(tmp_path: Path, tgt_href: str,
                                           reported: bool) -> None:
    src, tgt = tmp_path / "a.html", tmp_path / "b.html"
    src.write_text('<p>The fees are on our <a href="https://example.com/en/tarifas">price '
                   "list</a>. Pay by May.</p>", encoding="utf-8")
    tgt.write_text(f'<p>Las tarifas están en nuestra <a href="{tgt_href}">lista de precios'
                   "</a>. Pague en mayo.</p>", encoding="utf-8")
    assert _link_findings(src, tgt) == ([(0, tgt_href)] if reported else [])


@pytest.mark.parametrize(("tgt_link", "reported"), [
    ("[lista de precios](https://example.com/es/tarifas)", False),
    ("[lista de precios][p]\n\n[p]: https://example.com/es/tarifas", False),
    ("[lista de precios](https://example.com/es/tarifas-2019)", True),
    ("[lista de precios][p]\n\n[p]: https://example.com/es/tarifas-2019", True),
])
def test_two_markdown_files_links_are_compared(tmp_path: Path, tgt_link: str,
                                               reported: bool) -> None:
    src, tgt = tmp_path / "a.md", tmp_path / "b.md"
    src.write_text("The fees are on our [price list](https://example.com/es/tarifas). "
                   "Pay by May.\n", encoding="utf-8")
    sentence, _, definition = tgt_link.partition("\n\n")
    tgt.write_text(f"Las tarifas están en nuestra {sentence}. Pague en mayo.\n\n{definition}\n",
                   encoding="utf-8")
    assert _link_findings(src, tgt) == (
        [(0, "https://example.com/es/tarifas-2019")] if reported else [])
