"""What a code says of itself, across TMX, XLIFF 1.2 and XLIFF 2 (formats/code_attributes.py):
the types each pair of vocabularies shares are written, the rest counted in one warning.
Files written by hand for these tests."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from aligner.cli.main import cli
from aligner.formats.code_attributes import CodeLosses, tmx_type, xliff2_attributes
from aligner.formats.tmx import load_tmx, write_tmx
from aligner.formats.units import file_alignment
from aligner.formats.xliff import NS, load_xliff, write_xliff
from aligner.formats.xliff12 import write_xliff12
from aligner.formats.xliff12_read import NS12
from aligner.model import InlineTag, TagKind
from tests._tools import assert_valid_tmx
from tests.formats.test_unit_json import seg_codes
from tests.formats.test_xliff import TYPED

# A TMX whose codes are bold, a line break (its assoc too), a font and an image.
TMX_SEG = ('<bpt i="1" type="bold">&lt;b&gt;</bpt>{}<ept i="1">&lt;/b&gt;</ept><ph type="lb" '
           'assoc="p">&lt;br/&gt;</ph><bpt i="2" type="font">&lt;f&gt;</bpt>ya<ept i="2">'
           '&lt;/f&gt;</ept><ph type="image">&lt;img/&gt;</ph>.')
TMX = ('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
       'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="es" '
       f'datatype="plaintext"/><body><tu><tuv xml:lang="es"><seg>Pulse {TMX_SEG.format("Aceptar")}'
       f'</seg></tuv><tuv xml:lang="en"><seg>Press {TMX_SEG.format("OK")}</seg></tuv></tu>'
       '</body></tmx>')
X2 = f"{{{NS}}}"


def _tag(*attributes: tuple[str, str]) -> InlineTag:
    return InlineTag(0, 3, TagKind.STANDALONE, "x=1", "", attributes)


def test_the_types_both_vocabularies_have() -> None:
    assert xliff2_attributes(_tag(("type", "bold"))) == {"type": "fmt", "subType": "xlf:b"}
    assert xliff2_attributes(_tag(("type", "link"))) == {"type": "link"}
    assert xliff2_attributes(_tag(("type", "font"), ("assoc", "p"))) == {}
    # a code's own XLIFF 2 type is written, not the one of its TMX type
    assert xliff2_attributes(_tag(("type", "bold"), ("xliff2:type", "other"))) == {
        "type": "other"}
    assert tmx_type(_tag(("xliff2:type", "fmt"), ("xliff2:subType", "xlf:u"))) == "ulined"
    assert tmx_type(_tag(("xliff2:type", "image"))) == "image"
    assert tmx_type(_tag(("xliff2:type", "fmt"))) is None  # formatting, of no one kind
    assert tmx_type(_tag(("xliff2:type", "ui"), ("xliff2:subType", "xlf:var"))) is None


def test_the_warning_counts_codes_and_names_attributes() -> None:
    losses = CodeLosses()
    assert losses.messages("TMX") == ()
    losses.left_out(_tag(("xliff2:type", "other"), ("xliff2:disp", "¶")), ())
    losses.left_out(_tag(("xliff2:disp", "[b]")), ())
    losses.left_out(_tag(("type", "bold")), ("type",))
    assert losses.messages("TMX") == (
        "2 inline codes lost attributes TMX has no counterpart for: xliff2:disp on 2, "
        "xliff2:type (other) on 1",)


def test_a_tmx_to_xliff_2_writes_the_types_xliff_2_has(tmp_path: Path) -> None:
    (tmp_path / "in.tmx").write_text(TMX, encoding="utf-8")
    report = write_xliff(file_alignment(load_tmx(tmp_path / "in.tmx")), tmp_path / "out.xlf")
    source = next(etree.parse(str(tmp_path / "out.xlf")).getroot().iter(f"{X2}source"))
    assert [(etree.QName(c).localname, c.get("type"), c.get("subType")) for c in source] == [
        ("pc", "fmt", "xlf:b"), ("ph", "fmt", "xlf:lb"), ("pc", None, None),
        ("ph", "image", None)]
    # font and assoc have none: both sides' codes counted, once
    assert report.dropped == ("4 inline codes lost attributes XLIFF 2 has no counterpart "
                              "for: assoc on 2, type (font) on 2",)
    # and back to TMX: the types XLIFF 2 kept
    again = write_tmx(file_alignment(load_xliff(tmp_path / "out.xlf")), tmp_path / "back.tmx")
    assert_valid_tmx(tmp_path / "back.tmx")
    codes = [("bpt", {"type": "bold"}), ("ept", {}), ("ph", {"type": "lb"}), ("bpt", {}),
             ("ept", {}), ("ph", {"type": "image"})]
    assert seg_codes(tmp_path / "back.tmx") == [codes, codes]
    assert again.dropped == ()


def test_an_xliff_2_to_tmx_writes_the_types_tmx_has(tmp_path: Path) -> None:
    (tmp_path / "in.xlf").write_text(
        f'<xliff xmlns="{NS}" version="2.1" srcLang="es" trgLang="en"><file id="f"><unit '
        f'id="u"><segment><source>Pulse {TYPED}</source><target>Press {TYPED}</target>'
        "</segment></unit></file></xliff>", encoding="utf-8")
    report = write_tmx(file_alignment(load_xliff(tmp_path / "in.xlf")), tmp_path / "out.tmx")
    assert_valid_tmx(tmp_path / "out.tmx")
    codes = [("bpt", {"type": "bold"}), ("ept", {}), ("ph", {}), ("bpt", {"type": "italic"}),
             ("ept", {}), ("it", {"pos": "begin", "type": "link"}), ("ph", {})]
    assert seg_codes(tmp_path / "out.tmx") == [codes, codes]
    # each side: the disp of both ends of the bold and the italic and of the other ph,
    # the equiv of the bold's ends, of the ph and of the link; the ph's type "other"
    assert report.dropped == ("12 inline codes lost attributes TMX has no counterpart for: "
                              "xliff2:disp on 10, xliff2:equiv on 8, xliff2:type (other) on 2",)
    # to XLIFF 1.2: the same types, as ctypes
    report = write_xliff12(file_alignment(load_xliff(tmp_path / "in.xlf")),
                           tmp_path / "out12.xlf")
    source = next(etree.parse(str(tmp_path / "out12.xlf")).getroot().iter(f"{{{NS12}}}source"))
    assert [(etree.QName(c).localname, c.get("ctype")) for c in source] == [
        ("g", "bold"), ("x", None), ("g", "italic"), ("bx", "link"), ("x", None)]
    assert report.dropped == ("12 inline codes lost attributes XLIFF 1.2 has no counterpart "
                              "for: xliff2:disp on 10, xliff2:equiv on 8, xliff2:type (other) "
                              "on 2",)


def test_export_warns_once(tmp_path: Path) -> None:
    (tmp_path / "in.tmx").write_text(TMX, encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", str(tmp_path / "in.tmx"), "-o",
                                      str(tmp_path / "out.xlf")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        "aligner: warning: 4 inline codes lost attributes XLIFF 2 has no counterpart for: "
        "assoc on 2, type (font) on 2")
    assert result.stderr.count("lost attributes") == 1
