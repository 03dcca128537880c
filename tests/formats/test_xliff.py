"""XLIFF 2.1 writer and reader (no schema offline: structural tests + translate-toolkit)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from aligner import __version__
from aligner.errors import FormatError
from aligner.formats.xliff import NS, load_xliff, read_xliff, write_xliff
from aligner.model import TagKind
from tests.formats.conftest import FIXED_DATE, SAMPLE, SAMPLE_PAIRS
from tests.formats.strategies import XML_TEXT, one_to_one, translations

GOLDEN = Path(__file__).parent / "golden"
X = f"{{{NS}}}"


def test_golden_file(tmp_path: Path) -> None:
    out = tmp_path / "sample.xlf"
    report = write_xliff(SAMPLE, out, min_score=0.5, creation_date=FIXED_DATE)
    expected = (GOLDEN / "sample.xlf").read_text(encoding="utf-8").replace("@VERSION@", __version__)
    assert out.read_text(encoding="utf-8") == expected
    assert (report.units_written, report.below_min_score) == (4, 1)


def test_structure(tmp_path: Path) -> None:
    """The XLIFF 2.1 core shape: xliff > file > unit > segment > source, target."""
    out = tmp_path / "a.xlf"
    write_xliff(SAMPLE, out)
    root = etree.parse(str(out)).getroot()
    assert root.tag == f"{X}xliff"
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.1", "es", "en")
    (file_el,) = root
    assert file_el.tag == f"{X}file" and file_el.get("id")
    units = file_el.findall(f"{X}unit")
    assert len(units) == len(SAMPLE_PAIRS)
    ids = [u.get("id") for u in units]
    assert len(set(ids)) == len(ids)
    for unit, (source, target) in zip(units, SAMPLE_PAIRS, strict=True):
        (segment,) = unit.findall(f"{X}segment")
        assert segment.get("state") == "translated"
        assert [c.tag for c in segment] == [f"{X}source", f"{X}target"]
        assert (segment[0].text, segment[1].text) == (source, target)


def test_empty_export_is_still_structurally_valid(tmp_path: Path) -> None:
    out = tmp_path / "a.xlf"
    assert write_xliff(one_to_one([]), out).units_written == 0
    (file_el,) = etree.parse(str(out)).getroot()
    # XLIFF 2: a file holds one or more units or groups; a group may be empty.
    assert [(c.tag, len(c)) for c in file_el if c.tag in (f"{X}unit", f"{X}group")] == [
        (f"{X}group", 0)
    ]
    assert read_xliff(out) == []


def test_illegal_characters_removed_and_counted(tmp_path: Path) -> None:
    out = tmp_path / "a.xlf"
    report = write_xliff(one_to_one([("a\x02", "b\x1b\x7f")]), out)
    assert report.chars_removed == 2  # DEL (U+007F) is legal in XML 1.0
    assert report.removed_kinds == ("control character",)
    surrogate = write_xliff(one_to_one([("a\udfff", "b")]), tmp_path / "s.xlf")
    assert surrogate.removed_message() == ("removed 1 character that XML 1.0 does not allow "
                                           "(a lone surrogate)")
    assert [(u.source, u.target) for u in read_xliff(out)] == [("a", "b\x7f")]


@settings(max_examples=200, deadline=None)
@given(pairs=st.lists(st.tuples(XML_TEXT, XML_TEXT), max_size=8))
def test_round_trip(tmp_path_factory: pytest.TempPathFactory, pairs: list[tuple[str, str]]) -> None:
    out = tmp_path_factory.mktemp("rt") / "rt.xlf"
    write_xliff(one_to_one(pairs), out)
    assert [(u.source, u.target) for u in read_xliff(out)] == translations(pairs)


def write_doc(tmp_path: Path, units: str, src: str = "es", tgt: str = "en") -> Path:
    path = tmp_path / "in.xlf"
    path.write_text(
        f'<xliff xmlns="{NS}" version="2.0" srcLang="{src}" trgLang="{tgt}">'
        f'<file id="f">{units}</file></xliff>',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("a &amp; b", "a & b"),
        ('x<ph id="1"/>y', "x{1/}y"),
        ('<pc id="1">bold</pc> text', "{1}bold{/1} text"),
        ('<sc id="a"/>from<ec startRef="a"/>', "{1}from{/1}"),
        ('<mrk id="m" translate="no">Chile</mrk> 1973', "Chile 1973"),
        ('bell<cp hex="0007"/>', "bell\x07"),
    ],
)
def test_inline_elements(tmp_path: Path, source: str, text: str) -> None:
    path = write_doc(
        tmp_path,
        f'<unit id="u"><segment><source>{source}</source><target>t</target></segment></unit>',
    )
    assert [u.source for u in read_xliff(path)] == [text]


def test_several_segments_notes_and_untranslated(tmp_path: Path) -> None:
    units = (
        '<unit id="u1"><notes><note>see glossary</note></notes>'
        "<segment><source>Uno.</source><target>One.</target></segment>"
        "<ignorable><source> </source></ignorable>"
        "<segment><source>Dos.</source><target>Two.</target></segment></unit>"
        '<unit id="u2"><segment><source>Sin hacer.</source></segment></unit>'
    )
    units_read = read_xliff(write_doc(tmp_path, units))
    assert [(u.source, u.target, u.notes, u.index) for u in units_read] == [
        ("Uno. Dos.", "One. Two.", ("see glossary",), 0),  # an ignorable is in both
        ("Sin hacer.", "", (), 1),
    ]


def test_a_unit_with_a_segment_left_untranslated_is_untranslated(tmp_path: Path) -> None:
    # half a translation would go into a memory as the whole unit's
    units = (
        '<unit id="u1"><segment state="translated"><source>Uno.</source><target>One.</target>'
        '</segment><ignorable><source> </source></ignorable><segment state="initial">'
        "<source>Dos.</source></segment></unit>"
        '<unit id="u2"><segment><source>Tres.</source><target>Three.</target></segment>'
        "<segment><source>Cuatro.</source><target></target></segment></unit>"
        '<unit id="u3"><segment><source>Cinco <ph id="1"/>.</source><target>Five '
        '<ph id="1"/>.</target></segment><segment><source><ph id="2"/></source><target>'
        '<ph id="2"/></target></segment></unit>'
    )
    units_read = read_xliff(write_doc(tmp_path, units))
    assert [(u.source, u.target) for u in units_read] == [
        ("Uno. Dos.", ""), ("Tres.Cuatro.", ""), ("Cinco {1/}.{2/}", "Five {1/}.{2/}")]


def test_targets_stand_in_the_order_they_give(tmp_path: Path) -> None:
    units = (
        '<unit id="u1"><segment id="s1"><source>Hace frío.</source>'
        '<target order="3">It is cold.</target></segment>'
        "<ignorable><source> </source><target> </target></ignorable>"
        '<segment id="s2"><source>Dijo Ana:</source><target order="1">Ana said:</target>'
        "</segment></unit>"
    )
    [unit] = read_xliff(write_doc(tmp_path, units))
    assert (unit.source, unit.target) == ("Hace frío. Dijo Ana:", "Ana said: It is cold.")


def test_units_take_the_document_names_of_their_file(tmp_path: Path) -> None:
    path = tmp_path / "two.xlf"
    path.write_text(
        f'<xliff xmlns="{NS}" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" '
        'srcLang="es" trgLang="en">'
        '<file id="f1" original="manual.docx"><unit id="u1"><segment><source>Hola.</source>'
        "<target>Hello.</target></segment></unit></file>"
        '<file id="f2" original="b.es.txt"><mda:metadata><mda:metaGroup category="aligner">'
        '<mda:meta type="target-document">b.en.txt</mda:meta>'
        '<mda:meta type="document">2021/b</mda:meta></mda:metaGroup></mda:metadata>'
        '<unit id="u2"><segment><source>Adiós.</source><target>Bye.</target></segment>'
        '</unit><unit id="u3"><mda:metadata><mda:metaGroup category="aligner">'
        '<mda:meta type="x-src-document">own.txt</mda:meta></mda:metaGroup></mda:metadata>'
        "<segment><source>Sí.</source><target>Yes.</target></segment></unit></file>"
        '<file id="f3"><unit id="u4"><segment><source>No.</source><target>No.</target>'
        "</segment></unit></file></xliff>", encoding="utf-8")
    assert [dict(u.props) for u in read_xliff(path)] == [
        {"x-src-document": "manual.docx"},
        {"x-src-document": "b.es.txt", "x-tgt-document": "b.en.txt", "x-document": "2021/b"},
        {"x-src-document": "own.txt", "x-tgt-document": "b.en.txt", "x-document": "2021/b"},
        {},  # a file naming nothing: names from the file before are not carried over
    ]


def test_languages(tmp_path: Path) -> None:
    path = write_doc(tmp_path, "", src="es-CL", tgt="en-GB")
    assert load_xliff(path, src_lang="es", tgt_lang="en_gb").units == ()
    with pytest.raises(FormatError, match="languages present: es-CL, en-GB"):
        read_xliff(path, src_lang="es", tgt_lang="fr")


def test_xxe_rejected(tmp_path: Path) -> None:
    path = tmp_path / "evil.xlf"
    path.write_text(
        f'<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]><xliff xmlns="{NS}" '
        'version="2.0" srcLang="es"><file id="f"><unit id="u"><segment><source>&x;</source>'
        "</segment></unit></file></xliff>",
        encoding="utf-8",
    )
    with pytest.raises(FormatError, match="entity declarations are not allowed"):
        read_xliff(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # no namespace and no version: neither XLIFF 1.x nor 2.x can be told
        ("<xliff><file/></xliff>",
         "^is XLIFF without a version in no XLIFF namespace: the tool reads XLIFF 1.0-1.2 "
         '\\(namespace "urn:oasis:names:tc:xliff:document:1.2" or version="1.2"\\) and 2.x '
         f'\\(namespace "{NS}"\\)$'),
        ("<tmx version='1.4'/>", "^not an XLIFF file: root element is <tmx>$"),
        (f'<xliff xmlns="{NS}" version="2.0" srcLang="es" trgLang="en"><file id="f"><unit>',
         "Premature end"),
        # XLIFF 2 without its namespace, and without srcLang: say what is missing
        ('<?xml version="1.0"?>\n<xliff version="2.1" srcLang="es"><file id="f"/></xliff>',
         f'^says XLIFF 2.1 but its <xliff> element lacks the XLIFF 2 namespace: add xmlns="{NS}" '
         "to it$"),
        (f'<?xml version="1.0"?>\n<xliff xmlns="{NS}" version="2.1" trgLang="en"><file id="f">'
         '<unit id="1"><segment><source>a</source><target>b</target></segment></unit></file>'
         "</xliff>",
         "^the <xliff> element has no srcLang attribute \\(XLIFF 2 requires one, naming the "
         "source language\\)$"),
        # XLIFF 2 in another namespace: name it and XLIFF 2's (it said "is XLIFF 2.1, not
        # XLIFF 2")
        ('<?xml version="1.0"?>\n<xliff xmlns="urn:wrong" version="2.1" srcLang="es" '
         'trgLang="en"><file id="f"/></xliff>',
         "^says XLIFF 2.1 but its <xliff> element is in namespace 'urn:wrong', not XLIFF 2's: "
         f'make it xmlns="{NS}"$'),
        # no trgLang and no target language asked for (it said "target language ''")
        (f'<?xml version="1.0"?>\n<xliff xmlns="{NS}" version="2.1" srcLang="es"><file id="f">'
         '<unit id="1"><segment><source>a</source></segment></unit></file></xliff>',
         "^the <xliff> element has no trgLang attribute \\(XLIFF 2 leaves it out only before "
         "translation\\): add one naming the target language, or give it with --tgt-lang$"),
    ],
)
def test_bad_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.xlf"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_xliff(path)
    assert re.search(message, info.value.message)


def test_a_missing_srclang_is_named_even_when_languages_are_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "nosrc.xlf"
    path.write_text(f'<?xml version="1.0"?>\n<xliff xmlns="{NS}" version="2.1" trgLang="en">'
                    '<file id="f"><unit id="1"><segment><source>a</source></segment></unit>'
                    "</file></xliff>", encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_xliff(path, src_lang="es", tgt_lang="en")
    assert (info.value.line, info.value.message) == (
        2, "the <xliff> element has no srcLang attribute (XLIFF 2 requires one, naming the "
        "source language)")


def test_bad_root_errors_name_line_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlf"
    path.write_text(f'<?xml version="1.0"?>\n<xliff xmlns="{NS}" version="2.0" srcLang="es">'
                    '<file id="f"/></xliff>', encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_xliff(path)
    assert info.value.line == 2


def test_without_trglang_the_target_language_asked_for_is_the_files(tmp_path: Path) -> None:
    # XLIFF 2 makes trgLang optional (a file not translated yet): the language given
    # stands for it, and no other language can be "requested but not present".
    path = tmp_path / "notrg.xlf"
    path.write_text(f'<xliff xmlns="{NS}" version="2.0" srcLang="es"><file id="f"><unit id="1">'
                    "<segment><source>Uno.</source></segment></unit></file></xliff>",
                    encoding="utf-8")
    loaded = load_xliff(path, src_lang="es", tgt_lang="en-GB")
    assert (loaded.src_lang, loaded.tgt_lang) == ("es", "en-GB")
    assert [(u.source, u.target) for u in loaded.units] == [("Uno.", "")]


def test_utf8_bytes_declared_latin1_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "decl.xlf"
    path.write_bytes(f'<?xml version="1.0" encoding="ISO-8859-1"?>\n<xliff xmlns="{NS}" '
                     'version="2.0" srcLang="es" trgLang="en"><file id="f"><unit id="1">'
                     "<segment><source>¿Sí?</source><target>Yes?</target></segment></unit>"
                     "</file></xliff>".encode())
    with pytest.raises(FormatError, match='declares encoding="ISO-8859-1" but its bytes are '
                       "UTF-8") as info:
        read_xliff(path)
    assert info.value.line == 1


def test_inline_codes_are_numbered_by_id_once_per_unit(tmp_path: Path) -> None:
    units = (
        '<unit id="u1"><segment><source>Uno <pc id="1">negrita</pc>.</source>'
        '<target>One <pc id="1">bold</pc>.</target></segment>'
        '<segment><source> Dos <ph id="2"/>.</source><target> Two.</target></segment></unit>'
        '<unit id="u2"><segment><source><ph id="5"/> y <ph id="6"/></source>'
        '<target><ph id="6"/> and <ph id="5"/></target></segment></unit>'
    )
    assert [(u.source, u.target) for u in read_xliff(write_doc(tmp_path, units))] == [
        # the second segment's code is 2, not 1 again; the target lost it
        ("Uno {1}negrita{/1}. Dos {2/}.", "One {1}bold{/1}. Two."),
        # swapped codes stay swapped
        ("{1/} y {2/}", "{2/} and {1/}"),
    ]
    first = read_xliff(write_doc(tmp_path, units))[0]
    # each placeholder is an inline tag keyed by its code's id, its span in the text
    assert [(first.source[t.start:t.end], t.kind, t.key) for t in first.src_tags] == [
        ("{1}", TagKind.OPEN, "id=1"), ("{/1}", TagKind.CLOSE, "id=1"),
        ("{2/}", TagKind.STANDALONE, "id=2")]
    assert [(first.target[t.start:t.end], t.key) for t in first.tgt_tags] == [
        ("{1}", "id=1"), ("{/1}", "id=1")]


def test_inline_codes_keep_their_original_data(tmp_path: Path) -> None:
    unit = ('<unit id="u"><originalData><data id="d1">&lt;b&gt;</data>'
            '<data id="d2">&lt;/b&gt;</data><data id="d3">&lt;br/&gt;<cp hex="0001"/></data>'
            '</originalData><segment><source><pc id="1" dataRefStart="d1" dataRefEnd="d2">'
            'a</pc><ph id="2" dataRef="d3"/><sc id="3" dataRef="d1"/>b<ec startRef="3" '
            'dataRef="d2"/><ph id="4"/></source><target>t</target></segment></unit>')
    [read] = read_xliff(write_doc(tmp_path, unit))
    # a cp in the data is its character; a code without data has none
    assert [t.code for t in read.src_tags] == ["<b>", "</b>", "<br/>\x01", "<b>", "</b>", ""]


def test_a_cp_of_a_lone_surrogate_is_an_error_naming_its_line(tmp_path: Path) -> None:
    """<cp hex="D800"/> became a lone surrogate, and an export to TSV a traceback."""
    path = write_doc(tmp_path, '<unit id="u"><segment><source>Hola<cp hex="D800"/>.</source>'
                               "<target>Hello.</target></segment></unit>")
    with pytest.raises(FormatError, match='cp hex="D800"/> is half of a UTF-16 surrogate'):
        read_xliff(path)


# XLIFF 2 codes that say what they are in XLIFF 2's vocabulary: a pc's type and each
# end's equiv and disp, a ph's, a pair of sc/ec (the ec only its own equiv), an
# isolated sc's; the last ph says nothing.
TYPED = ('<pc id="1" type="fmt" subType="xlf:b" equivStart="" dispStart="[b]" equivEnd="" '
         'dispEnd="[/b]">OK</pc><ph id="2" type="other" equiv=" " disp="¶"/><sc id="3" '
         'type="fmt" subType="xlf:i" disp="[i]"/>x<ec startRef="3" disp="[/i]"/><sc id="4" '
         'isolated="yes" type="link" equiv="@"/>.<ph id="5"/>')
# as the writer writes it: a pair that crosses no other is a pc, each end's disp its own
WRITTEN = TYPED.replace('<sc id="3" type="fmt" subType="xlf:i" disp="[i]"/>x<ec startRef="3" '
                        'disp="[/i]"/>', '<pc id="3" type="fmt" subType="xlf:i" '
                        'dispStart="[i]" dispEnd="[/i]">x</pc>')


def test_xliff_2_code_attributes_are_written_back(tmp_path: Path) -> None:
    from aligner.formats.units import file_alignment

    source = tmp_path / "in.xlf"
    source.write_text(f'<xliff xmlns="{NS}" version="2.1" srcLang="es" trgLang="en"><file '
                      f'id="f"><unit id="u"><segment><source>Pulse {TYPED}</source><target>'
                      f"Press {TYPED}</target></segment></unit></file></xliff>",
                      encoding="utf-8")
    read = load_xliff(source)
    (unit,) = read.units
    assert [dict(t.attributes) for t in unit.src_tags] == [
        {"xliff2:type": "fmt", "xliff2:subType": "xlf:b", "xliff2:equiv": "",
         "xliff2:disp": "[b]"}, {"xliff2:equiv": "", "xliff2:disp": "[/b]"},
        {"xliff2:type": "other", "xliff2:equiv": " ", "xliff2:disp": "¶"},
        {"xliff2:type": "fmt", "xliff2:subType": "xlf:i", "xliff2:disp": "[i]"},
        {"xliff2:disp": "[/i]"}, {"xliff2:type": "link", "xliff2:equiv": "@"}, {}]
    write_xliff(file_alignment(read), tmp_path / "out.xlf")
    assert WRITTEN != TYPED
    assert f"<source>Pulse {WRITTEN}</source>" in (tmp_path / "out.xlf").read_text(
        encoding="utf-8")
    assert load_xliff(tmp_path / "out.xlf").units == read.units


def test_an_ec_that_ends_a_crossing_sc_keeps_its_own_equiv_and_disp(tmp_path: Path) -> None:
    from aligner.formats.units import file_alignment

    crossing = ('<sc id="a" type="fmt" subType="xlf:u" disp="[u]"/>x<pc id="b">y'
                '<ec startRef="a" equiv="" disp="[/u]"/>z</pc>')
    source = tmp_path / "in.xlf"
    source.write_text(f'<xliff xmlns="{NS}" version="2.1" srcLang="es" trgLang="en"><file '
                      f'id="f"><unit id="u"><segment><source>{crossing}</source><target>'
                      f"{crossing}</target></segment></unit></file></xliff>", encoding="utf-8")
    write_xliff(file_alignment(load_xliff(source)), tmp_path / "out.xlf")
    assert f"<source>{crossing}</source>" in (tmp_path / "out.xlf").read_text(encoding="utf-8")


def test_a_source_left_untranslated_is_a_unit_without_target(tmp_path: Path) -> None:
    """untranslated: SAMPLE's 1-0 bead (the 4th) is a unit whose segment is "initial"
    with a source and no target (optional in XLIFF 2); read back, a unit with an empty
    target (which an export leaves out as not translated); the 0-1 bead is no unit."""
    out = tmp_path / "a.xlf"
    assert write_xliff(SAMPLE, out, untranslated=True).units_written == 6
    root = etree.parse(str(out)).getroot()
    units = root.findall(f".//{X}unit")
    assert [u.get("id") for u in units] == ["u1", "u2", "u3", "u4", "u5", "u7"]
    segment = units[3].find(f"{X}segment")
    assert segment is not None and segment.get("state") == "initial"
    assert [(c.tag, c.text) for c in segment] == [(f"{X}source", "Sin traducción.")]
    assert {s.get("state") for u in units if u is not units[3]
            for s in u.iter(f"{X}segment")} == {"translated"}
    loaded = load_xliff(out)
    assert [(u.source, u.target) for u in loaded.units][3] == ("Sin traducción.", "")
