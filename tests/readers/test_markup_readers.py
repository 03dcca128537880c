"""Markdown and HTML readers, and the choice of reader by extension."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.errors import ConfigError, InputError
from aligner.model import BlockKind, Document, Part, Style
from aligner.readers import InputFormat, format_for, parse_format, read_document, read_string
from aligner.segment import segment_document
from tests.readers.consistency import assert_consistent


def _blocks(doc: Document) -> list[tuple[BlockKind, str]]:
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


def test_markdown_markup_is_removed() -> None:
    md = (
        "# Chile ’73: *Was* Victory Possible? #\n"
        "\n"
        "The **Unidad Popular** won [the election](https://example.org/x).\n"
        "What went wrong?\n"
        "\n"
        "* first `item`\n"
        "1. second item\n"
        "\n"
        "> A quoted line.\n"
        "\n"
        "```\n"
        "code stays\n"
        "```\n"
        "Setext title\n"
        "------------\n"
        "![a banner](img.png) and \\*stars\\*\n"
    )
    doc = read_string(md, lang="en", input_format="markdown")
    assert _blocks(doc) == [
        (BlockKind.HEADING, "Chile ’73: Was Victory Possible?"),
        (BlockKind.PARAGRAPH, "The Unidad Popular won the election.\nWhat went wrong?"),
        (BlockKind.LIST_ITEM, "first item"),
        (BlockKind.LIST_ITEM, "second item"),
        (BlockKind.PARAGRAPH, "A quoted line."),
        (BlockKind.LINE, "code stays"),
        (BlockKind.HEADING, "Setext title"),
        (BlockKind.PARAGRAPH, "a banner and *stars*"),  # no heading: no # nor underline
    ]
    assert doc.text.count("\n\n") == len(doc.blocks) - 1
    seg = segment_document(doc)
    assert seg.sentences[1:3] == ("The Unidad Popular won the election.", "What went wrong?")


def test_html_blocks_and_dropped_elements() -> None:
    html = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        "<html><head><title>Page</title><style>p{}</style></head><body>"
        "<script>var x = 'Not text.';</script><noscript>No.</noscript>"
        "<h1>Chile &amp; the  UP</h1>"
        "<p>First   sentence.\n Second&nbsp;one.<br>A new line</p>"
        "<ul><li>Item <em>one</em></li><li>Item two</li></ul>"
        "<div>Block <span>inline</span> text.<!-- hidden --></div>"
        "<table><tr><td>Cell A</td><td>Cell B</td></tr></table>"
        "</body></html>"
    )
    doc = read_string(html, lang="en", input_format=InputFormat.HTML)
    assert _blocks(doc) == [
        (BlockKind.HEADING, "Chile & the UP"),
        # a <br> before a capital parts the lines, as before words in lower case it
        # does not (test_html_line_breaks_read_as_plain_text_line_ends)
        (BlockKind.LINE, "First sentence. Second\u00a0one."),
        (BlockKind.LINE, "A new line"),
        (BlockKind.LIST_ITEM, "Item one"),
        (BlockKind.LIST_ITEM, "Item two"),
        (BlockKind.PARAGRAPH, "Block inline text."),
        (BlockKind.PARAGRAPH, "Cell A"),
        (BlockKind.PARAGRAPH, "Cell B"),
    ]
    assert "Not text" not in doc.text and "hidden" not in doc.text and "Page" not in doc.text
    seg = segment_document(doc)
    assert seg.sentences[:4] == ("Chile & the UP", "First sentence.", "Second\u00a0one.",
                                 "A new line")
    for s in seg.segments:
        assert doc.text[s.start : s.end] == s.text


@pytest.mark.parametrize(("html", "sentences"), [
    # a sentence a <br> breaks before lower case goes on, as a wrapped line does
    ("<p>El informe completo se publicará<br>el próximo lunes en la web.</p>",
     ["El informe completo se publicará\nel próximo lunes en la web."]),
    # short heading-like lines stay lines (an address)
    ("<p>Calle Mayor 5<br>28013 Madrid<br>España</p>",
     ["Calle Mayor 5", "28013 Madrid", "España"]),
    ("<p>Primera línea.<br>Segunda línea.</p>", ["Primera línea.", "Segunda línea."]),
    # two breaks are a blank line: a paragraph's end
    ("<p>Texto<br><br>tras dos saltos.</p>", ["Texto", "tras dos saltos."]),
    ("<p>Texto<br> <br>tras dos saltos.</p>", ["Texto", "tras dos saltos."]),
    ("<p><strong>Nota:</strong><br>el plazo vence mañana.</p>",
     ["Nota:\nel plazo vence mañana."]),
    # a line of one word, a number or a capital after a break stands alone: contact
    # blocks and addresses
    ("<p>Teléfono: +34 915 550 100<br>ventas@ejemplo.es<br>www.ejemplo.es</p>",
     ["Teléfono: +34 915 550 100", "ventas@ejemplo.es", "www.ejemplo.es"]),
    ("<address>Acme S.A.<br>Calle Mayor 12<br>28013 Madrid</address>",
     ["Acme S.A.", "Calle Mayor 12", "28013 Madrid"]),
    # in an address every line is one, in lower case too
    ("<address>Acme S.r.l.<br>via Roma 12<br>00184 Roma</address>",
     ["Acme S.r.l.", "via Roma 12", "00184 Roma"]),
])
def test_html_line_breaks_read_as_plain_text_line_ends(html: str,
                                                       sentences: list[str]) -> None:
    doc = read_string(html, lang="es", input_format="html")
    seg = segment_document(doc)
    assert list(seg.sentences) == sentences
    for s in seg.segments:
        assert doc.text[s.start : s.end] == s.text


@pytest.mark.parametrize(("html", "text", "links"), [
    ('<p>See <a href="https://x.org/?a=1&amp;b=2">the rules</a>, or <a href="#top">top'
     '</a>.</p>', "See the rules, or top.",
     [("the rules", "https://x.org/?a=1&b=2"), ("top", "#top")]),
    # the spaces inside a link's edges: the text as before, the spaces outside the link
    ('<p>Write <a href="mailto:a@b.org"> to us </a>now.</p>', "Write to us now.",
     [("to us", "mailto:a@b.org")]),
    # an anchor without href is no link; a link's bold and code stay in it
    ('<p><a name="x">Here</a> <a href="/help"><b>help</b> <code>f()</code></a>.</p>',
     "Here help f().", [("help f()", "/help")]),
    # a link before a line break: the break read as before (the line goes on)
    ('<p>Read <a href="/a">the terms</a><br>before you sign.</p>',
     "Read the terms\nbefore you sign.", [("the terms", "/a")]),
    ('<p><a href="/a">One.</a></p><p>Two <a href="/b">links</a>.</p>', "One.\n\nTwo links.",
     [("One.", "/a"), ("links", "/b")]),
])
def test_html_links_are_kept_with_where_they_point(html: str, text: str,
                                                   links: list[tuple[str, str]]) -> None:
    doc = read_string(html, lang="en", input_format="html")
    assert doc.text == text
    assert [(doc.text[f.start:f.end], f.href) for f in doc.formatting
            if f.style is Style.LINK] == links


def test_an_image_reads_as_its_alt_text_in_html_as_in_markdown() -> None:
    """An image's alt text is read where the image stands; a tooltip (``title``) and
    an empty alt are not text, in either format."""
    html = ('<h1>Conflicts</h1><p><img src="a.png" alt=" The conflict\n dialog"> Click '
            '<a href="x" title="Opens the settings">Settings</a>.<img src="b.png" alt=""></p>'
            '<figure><img src="c.png" alt="The sync icon"></figure>')
    md = ('# Conflicts\n\n![The conflict dialog](a.png) Click [Settings](x "Opens the '
          'settings").![](b.png)\n\n![The sync icon](c.png)\n')
    text = "Conflicts\n\nThe conflict dialog Click Settings.\n\nThe sync icon"
    assert read_string(html, lang="en", input_format="html").text == text
    assert read_string(md, lang="en", input_format="markdown").text == text


def test_html_pre_keeps_lines() -> None:
    doc = read_string("<pre>line one\n\nline two</pre>", lang="en", input_format="html")
    assert doc.text == "line one\n\nline two"
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["line one", "line two"]


@pytest.mark.parametrize("fmt", ["html", "markdown", "text"])
def test_empty_input_has_no_blocks(fmt: str) -> None:
    assert read_string("", lang="en", input_format=fmt).blocks == ()


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.txt", InputFormat.TEXT),
        ("a.md", InputFormat.MARKDOWN),
        ("a.markdown", InputFormat.MARKDOWN),
        ("a.HTML", InputFormat.HTML),
        ("a.htm", InputFormat.HTML),
        ("a.xhtml", InputFormat.HTML),
        ("a.rst", InputFormat.TEXT),
        ("noext", InputFormat.TEXT),
    ],
)
def test_format_by_extension(name: str, fmt: InputFormat) -> None:
    assert format_for(name) is fmt


def test_input_format_override(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<p>One.</p><p>Two.</p>", encoding="utf-8")
    assert read_document(path, lang="en").text == "<p>One.</p><p>Two.</p>"
    assert read_document(path, lang="en", input_format="html").text == "One.\n\nTwo."


def test_unknown_format() -> None:
    with pytest.raises(ConfigError, match="unknown input format"):
        parse_format("doc")


_MARKUP = st.lists(
    st.sampled_from(
        ["<p>", "</p>", "<br>", "<li>", "<h2>", "</h2>", "<script>x</script>", "&amp;", "&nbsp;",
         "<nav>", "</nav>", "<header>", "</header>", "<article>", "</article>", "<footer>",
         "# ", "* ", "1. ", "> ", "```", "**", "_", "[a](b)", "![c](d)", "\\*", "`x`", "\n", "\n\n",
         "Word. ", "Otra frase? ", "Mr. X ", "  ", "\r\n", "—", "«", "»", "[^1]", "[^1]: ",
         "    ", "<a role='doc-noteref'>1</a>", "<section class='footnotes'>", "</section>",
         "<ruby>", "</ruby>", "<rb>", "<rt>", "</rt>", "<rp>", "</rp>", "<rtc>"]
    )
    | st.text(max_size=4),
    max_size=40,
).map("".join)  # fmt: skip


@given(source=_MARKUP, fmt=st.sampled_from(["html", "markdown"]))
@settings(max_examples=150, deadline=None)
def test_markup_documents_are_consistent(source: str, fmt: str) -> None:
    doc = read_string(source, lang="en", input_format=fmt)
    assert_consistent(doc)


def test_html_page_chrome_is_left_out() -> None:
    html = (
        "<html><body><header><a href='/'>Site name</a> Home.</header>"
        "<nav><ul><li>Menu item.</li></ul></nav>"
        "<main><article><header><h1>The title</h1><p>By A. Writer.</p></header>"
        "<p>First sentence. Second one.</p>"
        "<form><label>Search this site.</label></form>"
        "<footer>Article note.</footer></article></main>"
        "<aside>Related: other story.</aside>"
        "<section><header><h2>Part two</h2></header><p>More text.</p></section>"
        "<footer>© 2024 Site. All rights reserved.</footer></body></html>"
    )
    doc = read_string(html, lang="en", input_format=InputFormat.HTML)
    assert [doc.text[b.start : b.end] for b in doc.blocks] == [
        "The title", "By A. Writer.", "First sentence. Second one.", "Article note.",
        "Part two", "More text.",
    ]
    for chrome in ("Site name", "Menu item", "Related", "Search", "rights reserved"):
        assert chrome not in doc.text
    for s in segment_document(doc).segments:
        assert doc.text[s.start : s.end] == s.text


# Written for this test, from the es -> pt-PT tourism walk (s36 walk4, item 6): the
# page's boxed notice was an aside in main, and its sentences were lost silently.
def test_an_aside_inside_main_or_article_is_content_read_in_place() -> None:
    html = ("<html><body><aside><p>Sidebar: popular pages.</p></aside>"
            "<main><h1>Guia</h1><p>Primeira frase.</p>"
            "<aside class='aviso'><p>Aviso: a catedral fecha às 19:00.</p></aside>"
            "<p>Última frase.</p></main>"
            "<article><p>Outro texto.</p><aside>Nota do artigo.</aside></article>"
            "</body></html>")
    doc = read_string(html, lang="pt", input_format=InputFormat.HTML)
    assert [doc.text[b.start : b.end] for b in doc.blocks] == [
        "Guia", "Primeira frase.", "Aviso: a catedral fecha às 19:00.", "Última frase.",
        "Outro texto.", "Nota do artigo.",
    ]
    assert "Sidebar" not in doc.text


def test_a_block_of_links_alone_outside_the_one_article_is_chrome() -> None:
    # a CMS export: its toolbar is a div of links before the article
    html = ("<body><div class='toolbar'><a href='/edit/1'>Edit</a> | "
            "<a href='/publish/1'>Publish</a></div>"
            "<div><a href='/'>Home</a> › <a href='/news'>News</a></div>"
            "<article><p>Prices rose. <a href='/more'>Read more</a></p>"
            "<p><a href='/related'>Related story</a></p></article>"
            "<div>Contact: <a href='mailto:desk@example.org'>the desk</a></div></body>")
    doc = read_string(html, lang="en", input_format=InputFormat.HTML)
    # links inside the article stay, and so does a block outside it with words of its own
    assert doc.text == "Prices rose. Read more\n\nRelated story\n\nContact: the desk"


def test_a_cookie_notice_outside_content_is_chrome() -> None:
    # the NGO walk's page (s35): its banner's sentence and button were units of the TM
    html = ("<body><div class='cookie-banner'>Usamos cookies para mejorar tu experiencia. "
            "<button>Aceptar</button></div>"
            "<div id='CookieConsent'><p>We use cookies.</p></div>"
            "<div class='gdpr-notice'>Tus datos.</div><div class='cc-window'>OK</div>"
            "<main><h1>Nuestros proyectos</h1><p>Un pozo en Sofala.</p>"
            "<section class='consent-forms'><p>El formulario de consentimiento.</p>"
            "</section></main><div class='success'>Gracias.</div></body>")
    doc = read_string(html, lang="es", input_format=InputFormat.HTML)
    # inside the content a class that says consent is the content's; success is no cc
    assert doc.text == ("Nuestros proyectos\n\nUn pozo en Sofala.\n\n"
                        "El formulario de consentimiento.\n\nGracias.")


def test_without_one_main_or_article_a_block_of_links_is_text() -> None:
    html = ("<body><p><a href='/a'>Edit</a> | <a href='/b'>Publish</a></p>"
            "<article><p>One.</p></article><article><p>Two.</p></article></body>")
    doc = read_string(html, lang="en", input_format=InputFormat.HTML)
    assert doc.text == "Edit | Publish\n\nOne.\n\nTwo."


def test_a_header_outside_content_is_chrome_even_deep_in_divs() -> None:
    html = ("<body><div><div><header>Logo.</header></div><p>Text.</p></div>"
            "<blockquote><footer>— A. Poet</footer><p>Verse.</p></blockquote></body>")
    doc = read_string(html, lang="en", input_format=InputFormat.HTML)
    assert doc.text == "Text.\n\n— A. Poet\n\nVerse."


LATIN_PAGE = "<p>La canci\u00f3n \u201clibre\u201d termin\u00f3.</p>"


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="windows-1252">',
        "<meta charset=windows-1252>",
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
        '<?xml version="1.0" encoding="iso-8859-1"?>',
    ],
)
def test_html_in_the_charset_it_declares(tmp_path: Path, head: str) -> None:
    # Latin-1 labels are read as windows-1252, as browsers do: its curly quotes
    page = tmp_path / "p.html"
    page.write_bytes(f"{head}<html><body>{LATIN_PAGE}</body></html>".encode("cp1252"))
    assert read_document(page, lang="es").text == "La canci\u00f3n \u201clibre\u201d termin\u00f3."


def test_html_that_is_utf8_is_read_as_utf8_whatever_it_declares(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(f'<meta charset="iso-8859-1"><body>{LATIN_PAGE}</body>'.encode())
    assert read_document(page, lang="es").text == "La canci\u00f3n \u201clibre\u201d termin\u00f3."


def test_encoding_option_wins_over_the_declared_charset(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_bytes('<meta charset="utf-8"><p>canci\u00f3n</p>'.encode("latin-1"))
    assert read_document(page, lang="es", encoding="latin-1").text == "canci\u00f3n"


@pytest.mark.parametrize("head", ["", '<meta charset="no-such-charset">'])
def test_undeclared_or_unknown_charset_is_an_encoding_error(tmp_path: Path, head: str) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(f"{head}<p>canci\u00f3n</p>".encode("latin-1"))
    with pytest.raises(InputError, match=r"not valid utf-8 text.*--encoding"):
        read_document(page, lang="es")


def test_a_declared_charset_is_for_html_only(tmp_path: Path) -> None:
    text = tmp_path / "p.txt"
    text.write_bytes('<meta charset="latin-1"> canci\u00f3n'.encode("latin-1"))
    with pytest.raises(InputError, match="not valid utf-8"):
        read_document(text, lang="es")


def test_a_latin1_page_with_bytes_windows_1252_leaves_undefined(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(b'<meta charset="iso-8859-1"><p>canci\xf3n \x81</p>')
    assert read_document(page, lang="es").text == "canci\u00f3n \x81"


@pytest.mark.parametrize(("html", "text"), [
    # Ruby (furigana, pinyin): the base text is read; the annotation (rt, rtc) and the
    # parentheses shown where ruby is not supported (rp) are not.
    ("<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>は日本の首都です。</p>",
     "東京は日本の首都です。"),
    ("<p><ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>を書く。</p>", "漢字を書く。"),
    ("<p><ruby>北<rt>běi</rt>京<rt>jīng</rt></ruby>很大。</p>", "北京很大。"),
    ("<p><ruby><rb>東</rb><rb>京</rb><rtc><rt>とう</rt><rt>きょう</rt></rtc>"
     "<rtc>Tokyo</rtc></ruby>です。</p>", "東京です。"),
    # End tags left out, as HTML allows: the base text after a reading is kept.
    ("<p><ruby><rb>漢<rt>かん<rb>字<rt>じ</ruby>を書く。</p>", "漢字を書く。"),
    ("<p><ruby>漢<rp>(<rt>かん<rp>)</ruby>字を書く。</p>", "漢字を書く。"),
    ("<pre><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>\nは首都</pre>",
     "東京\nは首都"),
])
def test_html_ruby_reads_as_its_base_text(html: str, text: str) -> None:
    doc = read_string(html, lang="ja", input_format="html")
    assert doc.text == text
    for s in segment_document(doc).segments:
        assert doc.text[s.start : s.end] == s.text


@pytest.mark.parametrize(("markdown", "text"), [
    ("<ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>は日本の首都です。",
     "東京は日本の首都です。"),
    ("<ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>を*書く*。", "漢字を書く。"),
    ("<ruby>漢<rp>(<rt>かん<rp>)</ruby>字を書く。", "漢字を書く。"),  # end tags left out
    ("Un <b>rt</b> y <span>rp</span> quedan.", "Un rt y rp quedan."),
])
def test_markdown_inline_ruby_reads_as_its_base_text(markdown: str, text: str) -> None:
    assert read_string(markdown, lang="ja", input_format="markdown").text == text


def test_markdown_pipe_table_cells_are_table_paragraphs() -> None:
    """A pipe table gave its bars and its delimiter row as sentences (`|` <-> `|`
    units in a TMX); its cells are paragraphs of part table now, as in HTML and DOCX."""
    md = ("Antes de la tabla.\n\n"
          "| Opción | Descripción |\n"
          "|:---|---:|\n"
          "| `timeout` | Tiempo de espera en **segundos**. |\n"
          "| `a\\|b` | |\n"
          "\n"
          "Sin barras | fuera\n"
          "--- | ---\n"
          "uno | dos\n"
          "Texto tras la tabla.\n")
    doc = read_string(md, lang="es", input_format="markdown")
    assert [(doc.text[b.start:b.end], b.part) for b in doc.blocks] == [
        ("Antes de la tabla.", Part.BODY),
        ("Opción", Part.TABLE), ("Descripción", Part.TABLE),
        ("timeout", Part.TABLE), ("Tiempo de espera en segundos.", Part.TABLE),
        ("a|b", Part.TABLE),
        ("Sin barras", Part.TABLE), ("fuera", Part.TABLE),
        ("uno", Part.TABLE), ("dos", Part.TABLE),
        ("Texto tras la tabla.", Part.BODY),
    ]


@pytest.mark.parametrize("md", [
    "a | b\nplain text under it\n",  # no delimiter row: a paragraph
    "| a | b |\n|---|\n",  # the delimiter row's cells are not the header's
])
def test_markdown_bars_without_a_table_are_text(md: str) -> None:
    doc = read_string(md, lang="en", input_format="markdown")
    assert all(b.part is Part.BODY for b in doc.blocks)


@pytest.mark.parametrize(("fmt", "source", "sentences"), [
    # a full stop inside inline code is the code's: no sentence ends there
    ("markdown", 'Run `print("Done. Exit now")` to test it. Then stop.\n',
     ['Run print("Done. Exit now") to test it.', "Then stop."]),
    ("markdown", "| Option | Use |\n|---|---|\n| `a. B` | Set it. Then go. |\n",
     ["Option", "Use", "a. B", "Set it.", "Then go."]),
    ("html", '<p>Ejecute <code>git commit -m "Arreglo. Listo"</code> y salga. Luego '
             "<kbd>Ctrl. C</kbd>.</p>",
     ['Ejecute git commit -m "Arreglo. Listo" y salga.', "Luego Ctrl. C."]),
    # code at a paragraph's edge, and a sentence that ends after the code
    ("html", "<p><code>A. B</code> is one. <code>Make</code> runs. Next one.</p>",
     ["A. B is one.", "Make runs.", "Next one."]),
    ("markdown", "`A. B` is one. Then `make test`. Next one.\n",
     ["A. B is one.", "Then make test.", "Next one."]),
    # a question or exclamation mark that ends the code is the code's too
    ("markdown", "Call `is_ready?` and `save!` in Ruby. Then stop.\n",
     ["Call is_ready? and save! in Ruby.", "Then stop."]),
    # so is a full stop that ends it when a lower-case word goes on; a capital after
    # it starts a sentence
    ("html", "<p>If you see <samp>Error 409: Conflict.</samp> in the log, call us.</p>",
     ["If you see Error 409: Conflict. in the log, call us."]),
    ("markdown", "If you see `Error 409: Conflict.` in the log, call us. Then `make test.` "
                 "Next one.\n",
     ["If you see Error 409: Conflict. in the log, call us.", "Then make test.",
      "Next one."]),
])
def test_no_sentence_ends_inside_inline_code(fmt: str, source: str,
                                             sentences: list[str]) -> None:
    doc = read_string(source, lang="en", input_format=fmt)
    assert "\ufdd0" not in doc.text and "\ufdd1" not in doc.text
    seg = segment_document(doc)
    assert list(seg.sentences) == sentences
    for s in seg.segments:
        assert doc.text[s.start:s.end] == s.text
    for a, b in doc.keep:
        assert doc.text[a:b] in source


def test_markdown_lettered_items_are_list_items_without_their_labels() -> None:
    md = ("He did three things:\n\na) He rang the bell.\nb) He fired the rocket.\n\n"
          "(i) First.\n(ii) Second.\n\nA.  Capital.\n\n"
          "The letter that he wrote in the winter of that long year went off to\nB. Russell and\n"
          "v. Smith.\n")
    assert _blocks(read_string(md, lang="en", input_format="markdown")) == [
        (BlockKind.PARAGRAPH, "He did three things:"),
        (BlockKind.LIST_ITEM, "He rang the bell."),
        (BlockKind.LIST_ITEM, "He fired the rocket."),
        (BlockKind.LIST_ITEM, "First."),
        (BlockKind.LIST_ITEM, "Second."),
        (BlockKind.LIST_ITEM, "Capital."),
        (BlockKind.PARAGRAPH, "The letter that he wrote in the winter of that long year "
                              "went off to\nB. Russell and\nv. Smith."),
    ]


def test_markdown_lists_read_as_pandoc_docx_and_the_pdf() -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"

    def sentences(path: Path) -> list[tuple[str, Part]]:
        doc = read_document(path, lang="en")
        # pandoc's smart quotes: the DOCX has a curly apostrophe where the source has '
        return [(s.text.replace("\u2019", "'"), doc.blocks[s.block].part)
                for s in segment_document(doc).segments]

    md = sentences(fixtures / "src" / "lists-en.md")
    assert md == sentences(fixtures / "lists-en.docx")
    assert md[9:12] == [("He rang the bell.", Part.LIST), ("He fired the rocket.", Part.LIST),
                        ("He wrote it all down.", Part.LIST)]
    assert md[0] == ("The keeper's rules were short:", Part.BODY)


@pytest.mark.parametrize(("html", "text", "looks"), [
    ('<p>A <b>bold</b>, <strong>strong</strong>, <i>italic</i> and <em>em</em> word.</p>',
     "A bold, strong, italic and em word.",
     [("b", "bold"), ("b", "strong"), ("i", "italic"), ("i", "em")]),
    ('<p>m<sup>2</sup>, H<sub>2</sub>O, <u>under</u>, <s>gone</s> <del>old</del></p>',
     "m2, H2O, under, gone old",
     [("sup", "2"), ("sub", "2"), ("u", "under"), ("s", "gone"), ("s", "old")]),
    # spaces at a style's edges: the text as before, the spaces outside the span;
    # nested and repeated elements, inline code
    ("<p>Say <b> it <b>twice</b> </b>now, <i><code>f()</code></i>.</p>",
     "Say it twice now, f().", [("b", "it twice"), ("code", "f()"), ("i", "f()")]),
    # a style around blocks goes on in each; a break inside one, read as before
    ("<div><em>One.<p>Two</p>three</em></div><p>Go <b>on<br>and</b> on.</p>",
     "One.\n\nTwo\n\nthree\n\nGo on\nand on.",
     [("i", "One."), ("i", "Two"), ("i", "three"), ("b", "on\nand")]),
])
def test_html_styles_are_kept_as_formatting(html: str, text: str,
                                            looks: list[tuple[str, str]]) -> None:
    doc = read_string(html, lang="en", input_format="html")
    assert doc.text == text
    assert [(f.style.value, doc.text[f.start:f.end]) for f in doc.formatting
            if f.style is not Style.LINK] == looks
