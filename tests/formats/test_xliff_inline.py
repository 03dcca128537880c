"""Inline codes written as XLIFF elements: read back, the same units, tags and native
codes (XLIFF to XLIFF), the same codes around the same text (TMX to XLIFF, XLIFF to
TMX)."""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.formats.tmx import load_tmx, write_tmx
from aligner.formats.units import UnitFile, file_alignment
from aligner.formats.xliff import NS, load_xliff, write_xliff
from aligner.formats.xmlchars import clean_xml_text
from aligner.model import InlineTag, TagKind
from tests._tools import assert_valid_tmx
from tests.formats.strategies import XML_TEXT

CODE = st.text(alphabet='<>/b &"=\x01', max_size=5)


@st.composite
def inline(draw: st.DrawFn, ids: list[int], data: dict[str, str], depth: int = 2
           ) -> list[str]:
    """The top-level items of an XLIFF 2 source: text and codes (ph, pc, sc/ec)."""
    items: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(("text", "ph", "pc", "sc") if depth else ("text", "ph")))
        if kind == "text":
            items.append(escape(draw(XML_TEXT)))
            continue
        ids.append(len(ids) + 1)
        n = ids[-1]

        def ref(attr: str, end: str = "", n: int = n) -> str:
            code = draw(CODE)
            if not code:
                return ""
            data[f"d{n}{end}"] = code
            return f' {attr}="d{n}{end}"'

        if kind == "ph":
            items.append(f'<ph id="{n}"{ref("dataRef")}/>')
        elif kind == "pc":
            inner = "".join(draw(inline(ids, data, depth - 1)))
            items.append(f'<pc id="{n}"{ref("dataRefStart")}{ref("dataRefEnd", "e")}>'
                         f"{inner}</pc>")
        else:
            inner = escape(draw(XML_TEXT))
            start, end = ref("dataRef"), ref("dataRef", "e")
            items.append(f'<sc id="{n}"{start}/>{inner}<ec startRef="{n}"{end}/>')
    return items


def _data(data: dict[str, str]) -> str:
    if not data:
        return ""
    # a control character is written as <cp>, as XLIFF 2 says
    cp = '<cp hex="0001"/>'
    return "<originalData>" + "".join(
        f'<data id="{k}">{escape(v).replace(chr(1), cp)}</data>'
        for k, v in data.items()) + "</originalData>"


@st.composite
def xliff_units(draw: st.DrawFn) -> str:
    units = []
    for u in range(draw(st.integers(1, 3))):
        ids: list[int] = []
        data: dict[str, str] = {}
        source = draw(inline(ids, data))
        # the target: the source's items in another order, some left out, its own text
        target = draw(st.permutations(source))[:draw(st.integers(0, len(source)))]
        target = [i if i.startswith("<") else escape(draw(XML_TEXT)) for i in target]
        units.append(f'<unit id="u{u}">{_data(data)}<segment><source>s{"".join(source)}'
                     f'</source><target>t{"".join(target)}</target></segment></unit>')
    return "".join(units)


@settings(max_examples=60, deadline=None)
@given(units=xliff_units())
def test_xliff_to_xliff_keeps_units_tags_and_codes(
        tmp_path_factory: pytest.TempPathFactory, units: str) -> None:
    work = tmp_path_factory.mktemp("codes")
    first = work / "in.xlf"
    first.write_text(f'<xliff xmlns="{NS}" version="2.0" srcLang="es" trgLang="en">'
                     f'<file id="f">{units}</file></xliff>', encoding="utf-8")
    read = load_xliff(first)
    write_xliff(file_alignment(UnitFile(read.units, "es", "en", name=str(first))),
                work / "out.xlf")
    again = load_xliff(work / "out.xlf")
    assert [(u.source, u.target, u.src_tags, u.tgt_tags) for u in again.units] == [
        (u.source, u.target, u.src_tags, u.tgt_tags) for u in read.units]


_PLACEHOLDER = re.compile(r"\{/?\d+/?\}")


@settings(max_examples=60, deadline=None)
@given(units=xliff_units())
def test_xliff_codes_become_tmx_codes(
        tmp_path_factory: pytest.TempPathFactory, tmx_dtd: object, units: str) -> None:
    """Read back, the TMX has the XLIFF's text, and each side the same codes (kind and
    native code) in the same places; pairs shared by the two sides keep one ``x``."""
    work = tmp_path_factory.mktemp("codes")
    first = work / "in.xlf"
    first.write_text(f'<xliff xmlns="{NS}" version="2.0" srcLang="es" trgLang="en">'
                     f'<file id="f">{units}</file></xliff>', encoding="utf-8")
    read = load_xliff(first)
    write_tmx(file_alignment(UnitFile(read.units, "es", "en", name=str(first))),
              work / "out.tmx")
    assert_valid_tmx(work / "out.tmx")
    again = load_tmx(work / "out.tmx")
    for before, after in zip(read.units, again.units, strict=True):
        for old, new in ((before.source, after.source), (before.target, after.target)):
            assert _PLACEHOLDER.sub("", new) == _PLACEHOLDER.sub("", old)
        for old_tags, new_tags in ((before.src_tags, after.src_tags),
                                   (before.tgt_tags, after.tgt_tags)):
            # TMX numbers a seg's placeholders on its own: the codes are compared by where
            # they stand in the text without placeholders (XML 1.0 holds no control code)
            assert _codes(new_tags) == [(at, kind, clean_xml_text(code)[0])
                                        for at, kind, code in _codes(old_tags)]
        # a code keeps its identity across the sides: one key after for one id before
        keys = {t.key: n.key for t, n in zip(before.src_tags + before.tgt_tags,
                                              after.src_tags + after.tgt_tags, strict=True)}
        assert len(set(keys.values())) == len(keys)


def _codes(tags: tuple[InlineTag, ...]) -> list[tuple[int, TagKind, str]]:
    shift, out = 0, []
    for t in tags:
        out.append((t.start - shift, t.kind, t.code))
        shift += t.end - t.start
    return out


def test_an_xliff_pair_is_a_bpt_ept_pair_in_tmx(tmp_path: Path) -> None:
    path = tmp_path / "in.xlf"
    path.write_text(f'<xliff xmlns="{NS}" version="2.0" srcLang="es" trgLang="en"><file '
                    'id="f"><unit id="u"><originalData><data id="d1">&lt;b&gt;</data>'
                    '<data id="d2">&lt;/b&gt;</data></originalData><segment><source>Pulse '
                    '<pc id="b1" dataRefStart="d1" dataRefEnd="d2">Aceptar</pc><ph id="p"/>'
                    '</source><target>Click <pc id="b1" dataRefStart="d1" dataRefEnd="d2">OK'
                    '</pc><ph id="p"/></target></segment></unit></file></xliff>',
                    encoding="utf-8")
    write_tmx(file_alignment(load_xliff(path)), tmp_path / "out.tmx")
    written = (tmp_path / "out.tmx").read_text(encoding="utf-8")
    assert ('<seg>Pulse <bpt i="1" x="1">&lt;b&gt;</bpt>Aceptar<ept i="1">&lt;/b&gt;</ept>'
            '<ph x="2"/></seg>') in written
    assert ('<seg>Click <bpt i="1" x="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept>'
            '<ph x="2"/></seg>') in written


def test_tmx_codes_become_xliff_codes(tmp_path: Path) -> None:
    tmx = tmp_path / "in.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="es" '
        'datatype="plaintext"/><body><tu>'
        '<tuv xml:lang="es"><seg>{0} <bpt i="1">&lt;b&gt;</bpt>a<ph>&lt;br/&gt;</ph>'
        '<ept i="1">&lt;/b&gt;</ept><ph>&lt;br/&gt;</ph><hi type="i">c</hi>'
        '<it pos="begin">&lt;u&gt;</it>d</seg></tuv>'
        '<tuv xml:lang="en"><seg><ph>&lt;br/&gt;</ph>{0} <bpt i="1">&lt;b&gt;</bpt>A'
        '<ept i="1">&lt;/b&gt;</ept><hi type="i">C</hi>D</seg></tuv></tu></body></tmx>',
        encoding="utf-8")
    read = load_tmx(tmx)
    write_xliff(file_alignment(read), tmp_path / "out.xlf")
    written = (tmp_path / "out.xlf").read_text(encoding="utf-8")
    # the literal {0} stays text; a code is an element, never text
    assert ("<source>{0} <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">a"
            "<ph id=\"2\" dataRef=\"d3\"/></pc><ph id=\"3\" dataRef=\"d3\"/><pc id=\"4\">c</pc>"
            "<sc id=\"5\" isolated=\"yes\" dataRef=\"d4\"/>d</source>") in written
    # the target's first <br/> is the source's first (the n-th of a code is the n-th)
    assert ("<target><ph id=\"2\" dataRef=\"d3\"/>{0} <pc id=\"1\" dataRefStart=\"d1\" "
            "dataRefEnd=\"d2\">A</pc><pc id=\"4\">C</pc>D</target>") in written
    [(tmx_unit, xlf_unit)] = zip(read.units, load_xliff(tmp_path / "out.xlf").units,
                                 strict=True)
    for side, tags in (("source", "src_tags"), ("target", "tgt_tags")):
        assert (_PLACEHOLDER.sub("", getattr(xlf_unit, side))
                == _PLACEHOLDER.sub("", getattr(tmx_unit, side)))
        assert [(t.kind, t.code) for t in getattr(xlf_unit, tags)] == [
            (t.kind, t.code) for t in getattr(tmx_unit, tags)]


def test_codes_that_cross_are_separate_pairs(tmp_path: Path) -> None:
    source = '<sc id="a"/>x<pc id="b">y<ec startRef="a"/>z</pc>'
    path = tmp_path / "in.xlf"
    path.write_text(f'<xliff xmlns="{NS}" version="2.0" srcLang="es" trgLang="en"><file '
                    f'id="f"><unit id="u"><segment><source>{source}</source><target>t{source}'
                    "</target></segment></unit></file></xliff>", encoding="utf-8")
    read = load_xliff(path)
    write_xliff(file_alignment(read), tmp_path / "out.xlf")
    written = (tmp_path / "out.xlf").read_text(encoding="utf-8")
    assert f"<source>{source}</source>" in written
    again = load_xliff(tmp_path / "out.xlf")
    assert again.units[0].src_tags == read.units[0].src_tags
    assert [t.kind for t in again.units[0].src_tags] == [
        TagKind.OPEN, TagKind.OPEN, TagKind.CLOSE, TagKind.CLOSE]
