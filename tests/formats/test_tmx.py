"""TMX 1.4 writer and TMX 1.1-1.4 reader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from aligner import __version__
from aligner.errors import FormatError
from aligner.formats.tmx import iter_tmx, load_tmx, read_tmx, write_tmx
from aligner.model import Alignment, Bead, InlineTag, TagKind
from tests._tools import assert_valid_tmx
from tests.formats.conftest import FIXED_DATE, SAMPLE, SAMPLE_PAIRS
from tests.formats.strategies import XML_TEXT, one_to_one, translations

GOLDEN = Path(__file__).parent / "golden"


def write_tmx_text(tmp_path: Path, body: str, *, header: str | None = None) -> Path:
    if header is None:
        header = (
            '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" '
            'adminlang="en" srclang="es" datatype="plaintext"/>'
        )
    path = tmp_path / "in.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<tmx version="1.4">{header}<body>{body}</body></tmx>',
        encoding="utf-8",
    )
    return path


def tu(*tuvs: tuple[str, str], extra: str = "") -> str:
    inner = "".join(f'<tuv xml:lang="{lang}"><seg>{seg}</seg></tuv>' for lang, seg in tuvs)
    return f"<tu>{extra}{inner}</tu>"


# -- writing -----------------------------------------------------------------


def test_golden_file(tmp_path: Path) -> None:
    out = tmp_path / "sample.tmx"
    report = write_tmx(SAMPLE, out, min_score=0.5, creation_date=FIXED_DATE)
    expected = (GOLDEN / "sample.tmx").read_text(encoding="utf-8").replace("@VERSION@", __version__)
    assert out.read_text(encoding="utf-8") == expected
    assert (report.units_written, report.chars_removed, report.below_min_score) == (4, 0, 1)
    assert_valid_tmx(out)


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        ("creationtool", "aligner"),
        ("creationtoolversion", __version__),
        ("segtype", "sentence"),
        ("o-tmf", "aligner"),
        ("adminlang", "en"),
        ("srclang", "es"),
        ("datatype", "plaintext"),
        ("creationdate", "20261125T183000Z"),
    ],
)
def test_header_attributes(tmp_path: Path, attribute: str, expected: str) -> None:
    out = tmp_path / "a.tmx"
    write_tmx(SAMPLE, out, creation_date=FIXED_DATE)
    assert_valid_tmx(out)
    root = etree.parse(str(out)).getroot()
    assert root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None
    assert header.get(attribute) == expected


def test_header_says_how_it_was_made(tmp_path: Path) -> None:
    out = tmp_path / "a.tmx"
    write_tmx(SAMPLE, out)
    assert_valid_tmx(out)
    props = {p.get("type"): p.text for p in etree.parse(str(out)).getroot().iterfind("header/prop")}
    assert props["x-aligner-signature"] == f"aligner {__version__}; segmenter=rules; window=3"


@pytest.mark.parametrize(
    ("lang", "sentences", "joined"),
    [
        ("en", ("One.", "Two."), "One. Two."),
        ("es-ES", ("Uno.", "Dos."), "Uno. Dos."),
        ("zh", ("一。", "二。"), "一。二。"),
        ("zh-Hans", ("一。", "二。"), "一。二。"),
        ("ja", ("一つ。", "二つ。"), "一つ。二つ。"),
        ("th", ("หนึ่ง", "สอง"), "หนึ่ง สอง"),  # Thai puts a space between sentences
    ],
)
def test_n_to_m_beads_are_joined_per_language(
    tmp_path: Path, lang: str, sentences: tuple[str, str], joined: str
) -> None:
    alignment = Alignment(sentences, ("x",), (Bead((0, 1), (0,), 0.9),), lang, "en")
    out = tmp_path / "a.tmx"
    write_tmx(alignment, out)
    assert_valid_tmx(out)
    assert [u.source for u in read_tmx(out, src_lang=lang, tgt_lang="en")] == [joined]


def test_null_and_weak_beads_are_not_exported(tmp_path: Path) -> None:
    out = tmp_path / "a.tmx"
    report = write_tmx(SAMPLE, out, min_score=0.8)
    assert_valid_tmx(out)
    assert [(u.source, u.target) for u in read_tmx(out)] == [
        SAMPLE_PAIRS[0],
        SAMPLE_PAIRS[1],
        SAMPLE_PAIRS[3],
    ]
    assert (report.units_written, report.below_min_score) == (3, 2)


def test_xml_illegal_characters_are_removed_and_counted(tmp_path: Path) -> None:
    alignment = one_to_one([("a\x01b\x1f", "c\x0bd\ufffe"), ("ok\x00", "fine")])
    out = tmp_path / "a.tmx"
    report = write_tmx(alignment, out)
    assert report.chars_removed == 5
    assert report.removed_kinds == ("control character", "noncharacter U+FFFE or U+FFFF")
    assert report.removed_message() == (
        "removed 5 characters that XML 1.0 does not allow (control characters and "
        "noncharacters U+FFFE and U+FFFF)")
    assert_valid_tmx(out)
    assert [(u.source, u.target) for u in read_tmx(out)] == [("ab", "cd"), ("ok", "fine")]


def test_a_lone_surrogate_removed_is_named_as_one(tmp_path: Path) -> None:
    # it was counted among "control characters"
    report = write_tmx(one_to_one([("a\ud800b", "c")]), tmp_path / "a.tmx")
    assert report.removed_message() == ("removed 1 character that XML 1.0 does not allow "
                                        "(a lone surrogate)")


def test_empty_alignment_is_still_a_valid_tmx(tmp_path: Path) -> None:
    out = tmp_path / "a.tmx"
    assert write_tmx(one_to_one([]), out).units_written == 0
    assert_valid_tmx(out)
    assert read_tmx(out) == []


def test_failed_write_leaves_old_file_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "a.tmx"
    out.write_text("previous content", encoding="utf-8")
    broken = Alignment(("a",), ("b",), (Bead((0,), (0,), 0.9), Bead((5,), (0,), 0.9)), "es", "en")
    with pytest.raises(IndexError):
        write_tmx(broken, out)
    assert out.read_text(encoding="utf-8") == "previous content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tmx"]


@settings(max_examples=200, deadline=None)
@given(pairs=st.lists(st.tuples(XML_TEXT, XML_TEXT), max_size=8))
def test_round_trip(
    tmp_path_factory: pytest.TempPathFactory, tmx_dtd: etree.DTD, pairs: list[tuple[str, str]]
) -> None:
    out = tmp_path_factory.mktemp("rt") / "rt.tmx"
    report = write_tmx(one_to_one(pairs), out)
    assert report.chars_removed == 0
    assert_valid_tmx(out)
    assert [(u.source, u.target) for u in read_tmx(out)] == translations(pairs)


# -- reading -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("seg", "text"),
    [
        ("plain &amp; simple", "plain & simple"),
        ("  spaced\n  out  ", "  spaced\n  out  "),
        ('<bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept> text', "{1}bold{/1} text"),
        ('a<ph x="1">&lt;br/&gt;</ph>b<ph/>c', "a{1/}b{2/}c"),
        ('<it pos="begin">&lt;i&gt;</it>x', "{1}x"),
        ('x<it pos="end">&lt;/i&gt;</it>', "x{/1}"),
        ('<hi type="b">high <ph>&amp;</ph>light</hi>!', "{1}high {2/}light{/1}!"),
        (
            '<bpt i="7">[</bpt>a<bpt i="8">(</bpt>b<ept i="8">)</ept><ept i="7">]</ept>',
            "{1}a{2}b{/2}{/1}",
        ),
        ("<ut>{\\b}</ut>old", "{1/}old"),
        ('<ept i="3">orphan</ept>end', "{/1}end"),
    ],
)
def test_inline_codes_become_placeholders(tmp_path: Path, seg: str, text: str) -> None:
    path = write_tmx_text(tmp_path, tu(("es", seg), ("en", "x")))
    assert [u.source for u in read_tmx(path)] == [text]


OPEN, C, S = TagKind.OPEN, TagKind.CLOSE, TagKind.STANDALONE


@pytest.mark.parametrize(
    ("seg", "tags"),
    [
        ("no tags", []),
        # a bpt/ept pair shares the bpt's key; x names the code when it is there
        # each tag keeps its native code (its sub text too), for a writer of codes
        ('<bpt i="1" x="3">&lt;b&gt;</bpt>b<ept i="1">&lt;/b&gt;</ept>',
         [(0, 3, OPEN, "x=3", "<b>"), (4, 8, C, "x=3", "</b>")]),
        # markup is named by its element: attributes and sub text are translated
        ('a<ph>&lt;br/&gt;</ph>b', [(1, 5, S, "ph:<br>", "<br/>")]),
        ('<bpt i="1">&lt;a href="/es/ayuda" title="<sub>Ayuda</sub>"&gt;</bpt>ayuda'
         '<ept i="1">&lt;/a&gt;</ept>', [(0, 3, OPEN, "bpt:<a>", '<a href="/es/ayuda" '
                                         'title="Ayuda">'), (8, 12, C, "bpt:<a>", "</a>")]),
        # what a code says beside its native code is kept with it, never in its key
        ('<hi type="b">x</hi>', [(0, 3, OPEN, "hi:b", "", (("type", "b"),)),
                                 (4, 8, C, "hi:b", "")]),
        ('<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>b<ept i="1">&lt;/b&gt;</ept>'
         '<ph type="lb" assoc="p">&lt;br/&gt;</ph><it pos="begin" type="x-mark">|</it>',
         [(0, 3, OPEN, "x=1", "<b>", (("type", "bold"),)), (4, 8, C, "x=1", "</b>"),
          (8, 12, S, "ph:<br>", "<br/>", (("type", "lb"), ("assoc", "p"))),
          (12, 15, OPEN, "it:|", "|", (("type", "x-mark"),))]),
        ('<it pos="end">&lt;/i&gt;</it>', [(0, 4, C, "it:</i>", "</i>")]),
        ("<ut>{\\b}</ut>", [(0, 4, S, "ut:{\\b}", "{\\b}")]),
    ],
)
def test_inline_codes_are_reported_with_their_spans(
    tmp_path: Path, seg: str, tags: list[tuple[Any, ...]]
) -> None:
    path = write_tmx_text(tmp_path, tu(("es", seg), ("en", "x")))
    (unit,) = read_tmx(path)
    assert unit.src_tags == tuple(InlineTag(*t) for t in tags)
    assert unit.tgt_tags == ()
    for tag in unit.src_tags:  # each span is a placeholder of the text
        assert unit.source[tag.start] == "{" and unit.source[tag.end - 1] == "}"


@pytest.mark.parametrize(
    ("src_lang", "tgt_lang", "expected"),
    [
        (None, None, ("uno", "one")),  # header srclang, the other language of the unit
        ("es", "en", ("uno", "one")),
        ("ES", "EN-us", ("uno", "one")),
        ("es_es", "en_US", ("uno", "one")),
        ("es-ES", "fr", ("uno", "un")),
        ("en", "es", ("one", "uno")),
        ("fr-FR", "en-us", ("un", "one")),
    ],
)
def test_language_choice(
    tmp_path: Path, src_lang: str | None, tgt_lang: str | None, expected: tuple[str, str]
) -> None:
    body = tu(("es-ES", "uno"), ("en-US", "one"), ("fr", "un"))
    path = write_tmx_text(tmp_path, body)
    if src_lang is None:
        with pytest.raises(FormatError, match=r"several target languages \(en-US, fr\)"):
            read_tmx(path)
        path = write_tmx_text(tmp_path, tu(("es-ES", "uno"), ("en-US", "one")))
    units = read_tmx(path, src_lang=src_lang, tgt_lang=tgt_lang)
    assert [(u.source, u.target) for u in units] == [expected]


def test_load_reports_the_tags_the_file_uses(tmp_path: Path) -> None:
    path = write_tmx_text(tmp_path, tu(("es-ES", "uno"), ("en-GB", "one")))
    loaded = load_tmx(path, src_lang="es", tgt_lang="en")
    assert (loaded.src_lang, loaded.tgt_lang) == ("es-ES", "en-GB")


def test_missing_language_lists_the_languages_present(tmp_path: Path) -> None:
    path = write_tmx_text(
        tmp_path, tu(("es", "uno"), ("en", "one")) + tu(("es", "dos"), ("de", "zwei"))
    )
    with pytest.raises(FormatError) as info:
        read_tmx(path, src_lang="es", tgt_lang="fr")
    assert str(info.value) == f"{path}: no unit has both es and fr; languages present: es, en, de"
    # a source language no unit has is named as such, not as "several target languages"
    with pytest.raises(FormatError) as info:
        read_tmx(path, src_lang="fr")
    assert str(info.value) == f"{path}: no unit has fr; languages present: es, en, de"


def test_units_lacking_a_language_are_skipped(tmp_path: Path) -> None:
    path = write_tmx_text(
        tmp_path,
        tu(("es", "uno"), ("en", "one")) + tu(("es", "dos")) + tu(("es", "tres"), ("en", "three")),
    )
    units = read_tmx(path, src_lang="es", tgt_lang="en")
    assert [(u.source, u.index) for u in units] == [("uno", 0), ("tres", 2)]


def test_tmx_1_1_lang_attribute_and_srclang_all(tmp_path: Path) -> None:
    header = (
        '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" '
        'adminlang="en" srclang="*all*" datatype="plaintext"/>'
    )
    body = '<tu><tuv lang="EN"><seg>one</seg></tuv><tuv lang="ES"><seg>uno</seg></tuv></tu>'
    path = write_tmx_text(tmp_path, body, header=header)
    assert [(u.source, u.target) for u in read_tmx(path)] == [("one", "uno")]
    assert [(u.source, u.target) for u in read_tmx(path, src_lang="es")] == [("uno", "one")]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "iso-8859-1"])
def test_other_encodings(tmp_path: Path, encoding: str) -> None:
    """Some CAT tools write UTF-16 TMX (with a BOM) or declare Latin-1."""
    declared = {"utf-16": "UTF-16", "utf-8-sig": "UTF-8", "iso-8859-1": "ISO-8859-1"}[encoding]
    path = tmp_path / "enc.tmx"
    path.write_bytes(
        (
            f'<?xml version="1.0" encoding="{declared}"?>\n<tmx version="1.4">'
            '<header srclang="es"/><body>'
            + tu(("es", "¿Qué tal, señor?"), ("en", "How are you, sir?"))
            + "</body></tmx>"
        ).encode(encoding)
    )
    assert [(u.source, u.target) for u in read_tmx(path)] == [
        ("¿Qué tal, señor?", "How are you, sir?")
    ]


def test_props_and_notes_are_kept(tmp_path: Path) -> None:
    extra = (
        '<note>checked by A.</note><prop type="x-score">0.5</prop>'
        '<prop type="x-domain">history</prop><prop type="x-domain">politics</prop>'
    )
    path = write_tmx_text(tmp_path, tu(("es", "uno"), ("en", "one"), extra=extra))
    (unit,) = read_tmx(path)
    assert dict(unit.props) == {"x-score": "0.5", "x-domain": "history"}
    assert unit.notes == ("checked by A.",)


def test_external_dtd_reference_is_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "a.tmx"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd">\n'
        '<tmx version="1.4"><header srclang="es"/><body>'
        + tu(("es", "uno"), ("en", "one"))
        + "</body></tmx>",
        encoding="utf-8",
    )
    assert [(u.source, u.target) for u in read_tmx(path)] == [("uno", "one")]


XXE = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header srclang="es"/><body>
<tu><tuv xml:lang="es"><seg>&secret;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>
</body></tmx>"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE tmx [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<tmx version="1.4"><header srclang="es"/><body>
<tu><tuv xml:lang="es"><seg>&lol4;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>
</body></tmx>"""

PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>
<tmx version="1.4"><header srclang="es"/><body/></tmx>"""


@pytest.mark.parametrize(
    "document",
    [XXE, BILLION_LAUGHS, PARAMETER_ENTITY],
    ids=["xxe", "billion-laughs", "parameter-entity"],
)
def test_entity_declarations_are_rejected(tmp_path: Path, document: str) -> None:
    path = tmp_path / "evil.tmx"
    path.write_text(document, encoding="utf-8")
    with pytest.raises(FormatError, match="entity declarations are not allowed") as info:
        read_tmx(path)
    assert info.value.path == str(path)
    assert "root:" not in str(info.value)  # nothing from /etc/passwd leaks into the message


@pytest.mark.parametrize(
    ("content", "line", "column", "message"),
    [
        ('<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="es"><seg>uno', 3, 32, "Premature end"),
        ('<tmx version="1.4">\n<body>\n  <tu></tuv>\n</body></tmx>', 3, 13, "mismatch"),
        ('<tmx version="1.4"><body><tu a="1" a="2"/></body></tmx>', 1, 41, "Attribute a redefined"),
        ("", None, None, "empty file, expected a TMX document"),
    ],
)
def test_malformed_tmx_names_file_line_and_column(
    tmp_path: Path, content: str, line: int | None, column: int | None, message: str
) -> None:
    # libxml2 reports the column just after the offending token.
    path = tmp_path / "bad.tmx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_tmx(path)
    err = info.value
    assert (err.path, err.line, err.column) == (str(path), line, column)
    assert message.lower() in err.message.lower()


def test_reading_streams_units_before_a_later_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.tmx"
    path.write_text(
        '<tmx version="1.4"><header srclang="es"/><body>'
        + tu(("es", "uno"), ("en", "one"))
        + "\n" * 20000
        + "<tu><tuv",
        encoding="utf-8",
    )
    units = iter_tmx(path)
    assert next(units).source == "uno"
    with pytest.raises(FormatError) as info:
        next(units)
    assert info.value.line == 20001


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<xliff/>", "not a TMX file: root element is <xliff>"),
        ("<tmx><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>", "<tuv> without xml:lang"),
        ('<tmx><body><tu><tuv xml:lang="es"/></tu></body></tmx>', "<tuv> without <seg>"),
    ],
)
def test_structural_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "odd.tmx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match=message):
        read_tmx(path)


def test_a_tmx_without_body_says_so(tmp_path: Path) -> None:
    # The header names the source language: the error was "source language ''".
    path = tmp_path / "nobody.tmx"
    path.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="es"/>\n</tmx>\n',
                    encoding="utf-8")
    with pytest.raises(FormatError) as info:
        load_tmx(path)
    assert (info.value.line, info.value.message) == (
        2, "the <tmx> element has no <body>, so no units (TMX keeps its translation units "
        "in <body>)")


def test_an_empty_body_is_an_empty_memory(tmp_path: Path) -> None:
    path = tmp_path / "empty.tmx"
    path.write_text('<tmx version="1.4"><header srclang="es"/><body/></tmx>', encoding="utf-8")
    assert load_tmx(path, src_lang="es", tgt_lang="en").units == ()


_LATIN1_TMX = ('<?xml version="1.0" encoding="{enc}"?>\n<tmx version="1.4"><header srclang="es"/>'
               '<body><tu><tuv xml:lang="es"><seg>¿era posible?</seg></tuv>'
               '<tuv xml:lang="en"><seg>was it possible?</seg></tuv></tu></body></tmx>\n')


@pytest.mark.parametrize("declared", ["ISO-8859-1", "windows-1252", "latin1"])
def test_utf8_bytes_declared_single_byte_are_refused(tmp_path: Path, declared: str) -> None:
    # Read as Latin-1, "¿era" (C2 BF in UTF-8) came out as "Â¿era", without a word.
    path = tmp_path / "decl.tmx"
    path.write_bytes(_LATIN1_TMX.format(enc=declared).encode("utf-8"))
    with pytest.raises(FormatError) as info:
        read_tmx(path)
    assert (info.value.line, info.value.message) == (
        1, f'declares encoding="{declared}" but its bytes are UTF-8 (read so, each non-ASCII '
        'character would come out as two to four wrong ones): declare encoding="UTF-8" in its '
        "first line")


def test_a_true_latin1_tmx_and_an_ascii_one_declared_latin1_read(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.tmx"
    latin1.write_bytes(_LATIN1_TMX.format(enc="ISO-8859-1").encode("latin-1"))  # ¿ is BF
    assert [u.source for u in read_tmx(latin1)] == ["¿era posible?"]
    ascii_only = tmp_path / "ascii.tmx"
    ascii_only.write_bytes(_LATIN1_TMX.format(enc="ISO-8859-1").replace("¿", "")
                           .encode("ascii"))
    assert [u.source for u in read_tmx(ascii_only)] == ["era posible?"]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no such file"):
        read_tmx(tmp_path / "nope.tmx")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_an_entity_declaration_is_reported_on_its_own_line(tmp_path: Path,
                                                           encoding: str) -> None:
    path = tmp_path / "entity.tmx"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE tmx [\n <!ENTITY x "y">\n]>\n'
                    '<tmx version="1.4"><header/><body/></tmx>\n', encoding=encoding)
    with pytest.raises(FormatError, match="entity declarations are not allowed") as info:
        read_tmx(path)
    assert info.value.line == 3  # the <!ENTITY, not the <tmx> on line 5


def test_a_units_own_srclang_overrides_the_headers(tmp_path: Path) -> None:
    # as translate-toolkit's po2tmx writes it: header en, each tu srclang es
    path = write_tmx_text(tmp_path, (
        '<tu srclang="es"><tuv xml:lang="es"><seg>Hola mundo</seg></tuv>'
        '<tuv xml:lang="en"><seg>Hello world</seg></tuv></tu>'),
        header='<header creationtool="t" creationtoolversion="1" datatype="plaintext" '
               'segtype="sentence" adminlang="en" srclang="en" o-tmf="po"/>')
    assert [(u.source, u.target) for u in read_tmx(path)] == [("Hola mundo", "Hello world")]
    # languages asked for still win
    assert [(u.source, u.target) for u in read_tmx(path, src_lang="en")] == [
        ("Hello world", "Hola mundo")]
