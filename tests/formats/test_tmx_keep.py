"""Exporting a TMX to TMX keeps what others wrote (issue 13).

The samples: a Trados-style and an Okapi-style memory written here by hand
from the rules of the TMX 1.4b specification (every attribute a ``tu`` and a
``tuv`` may carry, header ``prop``/``note``/``ude``, the inline elements), a
memory written by OmegaT 3.6 itself, and one written by translate-toolkit.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from aligner import __version__
from aligner.cli.main import cli
from aligner.formats.alignment_json import write_alignment_json
from aligner.formats.tmx import read_tmx, write_tmx
from aligner.formats.units import TmxMeta, export_rows
from aligner.formats.xliff import NS as XLIFF_NS
from aligner.formats.xliff import read_xliff
from aligner.model import Alignment, Bead
from tests._tools import assert_valid_tmx, translate_toolkit
from tests.formats.conftest import SAMPLE

# Trados-style: tool-specific header (ude with a map), tu/tuv dates, ids,
# usage counts, props and notes on both levels, and every inline element.
TRADOS_STYLE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
<header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format"
 datatype="xml" segtype="sentence" adminlang="en-US" srclang="es-ES" creationdate="20190304T101112Z"
 creationid="ACME\\\\ana" changedate="20200101T000000Z" changeid="ACME\\\\bob" o-encoding="UTF-8">
<note>Client memory, do not share.</note>
<prop type="x-Recognizers">RecognizeAll</prop>
<ude name="MacRoman" base="Macintosh">
<map unicode="#00A0" code="#CA" ent="nbsp" subst="space"/></ude>
</header>
<body>
<tu tuid="100" creationdate="20190304T101500Z" creationid="ACME\\\\ana"
 changedate="20210505T121212Z" changeid="ACME\\\\bob" lastusagedate="20220101T080000Z"
 usagecount="7" datatype="rtf">
<note>Approved by the client.</note>
<prop type="x-Client:SinglePicklist">Ministerio</prop>
<prop type="file">informe-1973.docx</prop>
<tuv xml:lang="es-ES" creationdate="20190304T101500Z"><prop type="x-Context">H1</prop>
<seg>El <bpt i="1" x="1"
 type="bold">{\\b </bpt>golpe<ept i="1">}</ept> de <ph x="2"
 type="fn">{\\footnote <sub
 datatype="rtf">nota 1</sub>}</ph>1973.</seg></tuv>
<tuv xml:lang="en-GB" changeid="ACME\\\\bob"><note>Checked.</note><seg>The <bpt i="1" x="1"
 type="bold">{\\b </bpt>coup<ept i="1">}</ept> of <ph x="2"
 type="fn">{\\footnote <sub
 datatype="rtf">note 1</sub>}</ph>1973.</seg></tuv>
</tu>
<tu tuid="101" usagecount="0">
<tuv xml:lang="es-ES"><seg><it
 pos="begin" x="3">&lt;i&gt;</it>Cursiva y <hi
 type="x-strong">fuerte</hi> <ut>{\\cs6 }</ut>fin</seg></tuv>
<tuv xml:lang="en-GB"><seg><it
 pos="begin" x="3">&lt;i&gt;</it>Italics and <hi
 type="x-strong">strong</hi> <ut>{\\cs6 }</ut>end</seg></tuv>
</tu>
</body>
</tmx>
"""

# Okapi-style: x- props (scores among them) on tu and tuv, a third language.
OKAPI_STYLE = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="okapi" creationtoolversion="1.45.0" segtype="sentence"
 o-tmf="okp" adminlang="en" srclang="es" datatype="x-html"></header><body>
<tu tuid="a1"><prop type="x-score">0.95</prop><prop type="x-Origin">alignment</prop>
<tuv xml:lang="es"><prop type="x-segKey">1</prop><seg>Uno.</seg></tuv>
<tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="fr"><seg>Un.</seg></tuv></tu>
<tu tuid="a2"><prop type="x-score">0.20</prop><tuv xml:lang="es"><seg>Dos.</seg></tuv>
<tuv xml:lang="en"><seg>Two.</seg></tuv></tu>
</body></tmx>
"""

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
WHEN = "20261125T183000Z"  # SOURCE_DATE_EPOCH below
ENV = {"SOURCE_DATE_EPOCH": str(int(datetime(2026, 11, 25, 18, 30, tzinfo=UTC).timestamp()))}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), env=ENV)
    return result.exit_code, result.stderr


def bare(el: etree._Element) -> bytes:
    """``el`` canonicalised without the indentation between elements (``seg`` content kept)."""
    el = etree.fromstring(etree.tostring(el))
    for node in el.iter():
        in_seg = any(True for _ in node.iterancestors("seg"))
        if node.tag != "seg" and not in_seg and node.text is not None and not node.text.strip():
            node.text = None
        if not in_seg and node.tail is not None and not node.tail.strip():
            node.tail = None
    return etree.tostring(el, method="c14n")


def tus(path: Path) -> list[etree._Element]:
    return list(etree.parse(str(path)).getroot().iter("tu"))


def export(tmp_path: Path, text: str, *args: str) -> tuple[Path, Path]:
    source = tmp_path / "in.tmx"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out.tmx"
    code, stderr = run("export", str(source), "-o", str(out), *args)
    assert code == 0, stderr
    assert_valid_tmx(out)
    return source, out


def assert_units_kept(source: Path, out: Path, *, inherited: dict[str, str]) -> None:
    """Every tu of ``out`` is the one of ``source``, plus what it inherited from its header."""
    before, after = tus(source), tus(out)
    assert len(after) == len(before)
    for old, new in zip(before, after, strict=True):
        for tuv in old.iter("tuv"):  # TMX 1.1 lang is 1.4 xml:lang
            if tuv.get("lang") is not None:
                tuv.set("{http://www.w3.org/XML/1998/namespace}lang", tuv.attrib.pop("lang"))
        for name, value in inherited.items():
            if old.get(name) is None:  # its own value wins
                assert new.attrib.pop(name) == value
        assert bare(new) == bare(old)


def test_trados_style_memory_keeps_everything(tmp_path: Path) -> None:
    source, out = export(tmp_path, TRADOS_STYLE)
    assert_units_kept(source, out, inherited={
        "creationtool": "SDL Language Platform", "creationtoolversion": "8.1",
    })
    old = etree.parse(str(source)).getroot().find("header")
    new = etree.parse(str(out)).getroot().find("header")
    assert old is not None and new is not None
    # its dates stay: units without their own inherit them, as they did
    changed = {"creationtool": "aligner", "creationtoolversion": new.get("creationtoolversion")}
    assert dict(new.attrib) == {**old.attrib, **changed}
    signature = new[-1]
    assert (signature.get("type"), signature.text) == (
        "x-aligner-signature", f"aligner {new.get('creationtoolversion')}; converted-from=in.tmx")
    new.remove(signature)
    for header in (old, new):
        header.attrib.clear()
    assert bare(new) == bare(old)  # note, prop and ude as they were


def test_okapi_style_memory_min_score_and_third_language(tmp_path: Path) -> None:
    source, out = export(tmp_path, OKAPI_STYLE, "--min-score", "0.5", "--tgt-lang", "en")
    (kept,) = tus(out)
    inherited = {"creationtool": "okapi", "creationtoolversion": "1.45.0"}
    for name, value in inherited.items():
        assert kept.attrib.pop(name) == value
    assert bare(kept) == bare(tus(source)[0])  # the French tuv too


def test_inline_markup_round_trips_and_reads_as_before(tmp_path: Path) -> None:
    source, out = export(tmp_path, TRADOS_STYLE)
    assert read_tmx(out) == read_tmx(source)
    (first, second) = read_tmx(out)
    assert first.source == "El {1}golpe{/1} de {2/}1973."
    assert second.target == "{1}Italics and {2}strong{/2} {3/}end"


def test_export_twice_changes_nothing_more(tmp_path: Path) -> None:
    _, once = export(tmp_path, TRADOS_STYLE)
    twice = tmp_path / "twice.tmx"
    assert run("export", str(once), "-o", str(twice))[0] == 0
    # nothing more is inherited or changed: only the signature names the file read
    assert twice.read_bytes() == once.read_bytes().replace(b"converted-from=in.tmx",
                                                           b"converted-from=out.tmx")


UNDATED = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="4.3.2" o-tmf="OmegaT TMX" adminlang="en"
   datatype="plaintext" segtype="sentence" srclang="es"/>
  <body>
    <tu><tuv xml:lang="es"><seg>Hola.</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu>
    <tu changedate="20210505T121212Z"><tuv xml:lang="es"><seg>Adiós.</seg></tuv>
    <tuv xml:lang="en"><seg>Goodbye.</seg></tuv></tu>
  </body>
</tmx>
"""


def test_no_date_is_made_up_and_a_second_export_at_another_time_changes_nothing(
        tmp_path: Path) -> None:
    source = tmp_path / "in.tmx"
    source.write_text(UNDATED, encoding="utf-8")
    once, twice = tmp_path / "once.tmx", tmp_path / "twice.tmx"
    for epoch, read, written in (("1700000000", source, once), ("1800000000", once, twice)):
        result = CliRunner().invoke(cli, ["export", str(read), "-o", str(written)],
                                    env={"SOURCE_DATE_EPOCH": epoch})
        assert result.exit_code == 0, result.stderr
        assert_valid_tmx(written)
    header = etree.parse(str(once)).getroot().find("header")
    assert header is not None and header.get("changedate") is None
    assert [tu.get("changedate") for tu in tus(once)] == [None, "20210505T121212Z"]
    assert twice.read_bytes() == once.read_bytes().replace(b"converted-from=in.tmx",
                                                           b"converted-from=once.tmx")


def test_a_header_date_one_input_lacks_is_not_given_to_its_units(tmp_path: Path) -> None:
    first, second = tmp_path / "a.tmx", tmp_path / "b.tmx"
    first.write_text(TRADOS_STYLE, encoding="utf-8")  # its header has dates
    second.write_text(UNDATED.replace('srclang="es"', 'srclang="es-ES"')
                      .replace('"en"', '"en-GB"'), encoding="utf-8")
    out = tmp_path / "out.tmx"
    code, stderr = run("export", str(first), str(second), "-o", str(out))
    assert code == 0, stderr
    assert_valid_tmx(out)
    header = etree.parse(str(out)).getroot().find("header")
    assert header is not None
    assert {k: header.get(k) for k in ("changedate", "creationdate", "creationid")} == {
        "changedate": None, "creationdate": None, "creationid": None}
    merged = tus(out)
    # a.tmx's units say what they inherited; b.tmx's get no date they never had
    assert [tu.get("changedate") for tu in merged] == [
        "20210505T121212Z", "20200101T000000Z", None, "20210505T121212Z"]
    assert [tu.get("creationdate") for tu in merged] == [
        "20190304T101500Z", "20190304T101112Z", None, None]


def test_several_tmx_files_are_merged_each_keeping_its_header_values(tmp_path: Path) -> None:
    first, second = tmp_path / "a.tmx", tmp_path / "b.tmx"
    first.write_text(TRADOS_STYLE, encoding="utf-8")
    second.write_text(OKAPI_STYLE, encoding="utf-8")
    out = tmp_path / "out.tmx"
    code, stderr = run("export", str(first), str(second), "-o", str(out), "--tgt-lang", "en")
    assert code == 0, stderr
    assert stderr == f"aligner: wrote 4 units to {out}\n"
    assert_valid_tmx(out)
    merged = tus(out)
    assert [t.get("tuid") for t in merged] == ["100", "101", "a1", "a2"]
    # b.tmx's header said o-tmf="okp", datatype="x-html", srclang="es": its units say so now
    assert {k: merged[2].get(k) for k in ("o-tmf", "datatype", "srclang", "creationtool")} == {
        "o-tmf": "okp", "datatype": "x-html", "srclang": "es", "creationtool": "okapi"}
    assert merged[0].get("datatype") == "rtf"  # its own value wins over any header's
    # es-ES and es: the header says what both files' units are, each unit its own
    header = etree.parse(str(out)).getroot().find("header")
    assert header is not None and header.get("srclang") == "es"
    assert [t.get("srclang") for t in merged] == ["es-ES", "es-ES", "es", "es"]


def test_several_saved_alignments_keep_their_document_names(tmp_path: Path) -> None:
    other = Alignment(("Otra.",), ("Another.",), (Bead((0,), (0,), 0.9),), "es", "en",
                      "otro.es.txt", "other.en.txt")
    paths = []
    for name, alignment in (("a.json", SAMPLE), ("b.json", other)):
        paths.append(str(tmp_path / name))
        write_alignment_json(alignment, paths[-1])
    out = tmp_path / "out.tmx"
    assert run("export", *paths, "-o", str(out))[0] == 0
    assert_valid_tmx(out)
    units = read_tmx(out)
    ours = [row.number for row in export_rows(SAMPLE) if row is not None]
    assert [u.props["x-src-document"] for u in units] == [SAMPLE.src_name] * len(ours) + [
        "otro.es.txt"]
    assert [t.get("tuid") for t in tus(out)] == [str(n) for n in ours] + [
        str(len(SAMPLE.beads) + 1)]
    tsv = tmp_path / "out.tsv"
    assert run("export", *paths, "-o", str(tsv))[0] == 0
    assert tsv.read_text(encoding="utf-8").splitlines()[-1] == "Otra.\tAnother.\t0.9000"
    # XLIFF: one file per document pair, each naming its own
    xlf = tmp_path / "out.xlf"
    code, stderr = run("export", *paths, "-o", str(xlf))
    assert code == 0, stderr
    files = etree.parse(str(xlf)).getroot().findall(f"{{{XLIFF_NS}}}file")
    assert [f.get("original") for f in files] == [SAMPLE.src_name, "otro.es.txt"]
    back = read_xliff(xlf)
    assert [u.props["x-src-document"] for u in back] == [SAMPLE.src_name] * len(ours) + [
        "otro.es.txt"]
    assert back[-1].props["x-tgt-document"] == "other.en.txt"
    for out_name, what in (("m.json", "a saved alignment (.json)"), ("m.align", "a bead file")):
        code, stderr = run("export", *paths, "-o", str(tmp_path / out_name))
        assert (code, stderr) == (2, f"aligner: error: {what} holds one document pair; these "
                                     "are 2 inputs: write them to TMX, XLIFF, TSV, CSV or "
                                     "XLSX, or each to its own file\n")
        assert not (tmp_path / out_name).exists()
    fr = tmp_path / "fr.json"
    write_alignment_json(Alignment(("a",), ("b",), (Bead((0,), (0,), 1.0),), "es", "fr"), fr)
    code, stderr = run("export", paths[0], str(fr), "-o", str(out))
    assert code == 2  # the input files named, not the documents inside them
    assert f"{fr}: its languages are es -> fr, not es -> en as in {paths[0]}" in stderr


def test_publisher_options(tmp_path: Path) -> None:
    saved = tmp_path / "a.json"
    write_alignment_json(SAMPLE, saved)
    out = tmp_path / "out.tmx"
    code, stderr = run("export", str(saved), "-o", str(out), "--creator", "Ana Pérez",
                       "--created", "2025-11-25T18:30:00+01:00", "--prop", "x-client=Acme",
                       "--prop", "x-project=Chile 73")
    assert code == 0, stderr
    assert_valid_tmx(out)
    root = etree.parse(str(out)).getroot()
    header = root.find("header")
    assert header is not None
    assert (header.get("creationid"), header.get("creationdate")) == (
        "Ana Pérez", "20251125T173000Z")
    props = {p.get("type"): p.text for p in header.iter("prop")}
    assert (props["x-client"], props["x-project"]) == ("Acme", "Chile 73")
    for tu in root.iter("tu"):
        assert (tu.get("creationid"), tu.get("creationdate")) == ("Ana Pérez", "20251125T173000Z")
    # a kept unit keeps its own creationid; the header says who published
    _, kept = export(tmp_path, TRADOS_STYLE, "--creator", "Eva", "--created", "2025-01-02")
    header = etree.parse(str(kept)).getroot().find("header")
    assert header is not None
    assert (header.get("creationid"), header.get("creationdate")) == ("Eva", "20250102T000000Z")
    assert [t.get("creationid") for t in tus(kept)] == ["ACME\\\\ana", "ACME\\\\ana"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--created", "yesterday"], "'yesterday' is not an ISO 8601 date or time"),
        (["--prop", "novalue"], "'novalue' is not TYPE=VALUE"),
        (["-o", "OUT.tsv", "--prop", "x-a=b"], "--creator and --prop are written to TMX only"),
    ],
)
def test_bad_options_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    saved = tmp_path / "a.json"
    write_alignment_json(SAMPLE, saved)
    args = [a.replace("OUT", str(tmp_path / "out")) for a in args]
    if "-o" not in args:
        args += ["-o", str(tmp_path / "out.tmx")]
    code, stderr = run("export", str(saved), *args)
    assert code == 2
    assert message in stderr
    assert not list(tmp_path.glob("out*"))


def test_fresh_alignment_without_options_is_unchanged(tmp_path: Path) -> None:
    plain, with_meta = tmp_path / "a.tmx", tmp_path / "b.tmx"
    # one creation date for both: two writes a second apart would otherwise differ in it
    when = datetime(2026, 12, 4, 10, 33, 32, tzinfo=UTC)
    write_tmx(SAMPLE, plain, creation_date=when)
    write_tmx(SAMPLE, with_meta, creation_date=when, meta=TmxMeta())
    assert plain.read_bytes() == with_meta.read_bytes()


def test_translate_toolkit_memory_keeps_notes_and_ids(tmp_path: Path) -> None:
    translate_toolkit()
    from translate.storage.tmx import tmxfile

    store = tmxfile(sourcelanguage="es", targetlanguage="en")
    unit = store.addsourceunit("El <b>golpe</b> de 1973.")
    unit.target = "The coup of 1973."
    unit.addnote("from the archive", origin="translator")
    unit.setid("u-1")
    source = tmp_path / "tt.tmx"
    store.savefile(str(source))
    out = tmp_path / "out.tmx"
    assert run("export", str(source), "-o", str(out))[0] == 0
    assert_valid_tmx(out)
    assert_units_kept(source, out, inherited={
        "creationtool": "Translate Toolkit", "creationtoolversion": tmxfile_version(source)})
    assert tmxfile.parsefile(str(out)).units[0].getnotes() == "from the archive"


def tmxfile_version(path: Path) -> str:
    header = etree.parse(str(path)).getroot().find("header")
    assert header is not None
    return header.get("creationtoolversion", "")



@pytest.mark.external
@pytest.mark.slow
def test_omegat_memories_keep_everything(tmp_path: Path) -> None:
    """OmegaT 3.6 writes its project memory (TMX 1.1, ``tuv lang``) and a TMX 1.4
    one, with creation/change ids and dates on the target ``tuv`` and notes."""
    from tests.formats.test_omegat import console_translate, make_project

    project = make_project(tmp_path)
    auto = project / "tm" / "auto" / "aligned.tmx"
    when = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    write_tmx(SAMPLE, auto, meta=TmxMeta(creator="ana", created=when))
    text = auto.read_text(encoding="utf-8")
    first = '<tu tuid="1" creationid="ana" creationdate="20240102T030405Z">'
    assert first in text
    auto.write_text(text.replace(first, first[:-1] + ' changeid="bob" changedate='
                                 '"20250102T030405Z"><note>checked</note>'), encoding="utf-8")
    assert "TF_TM_LOAD_ERROR" not in console_translate(project, tmp_path / "config")
    for name, version in (("project-omegat.tmx", "1.1"), ("project-level2.tmx", "1.4")):
        made = project / name
        root = etree.parse(str(made)).getroot()
        assert root.get("version") == version
        assert root.find("header").get("creationtool") == "OmegaT"  # type: ignore[union-attr]
        assert len(list(root.iter("note"))) == 1
        out = tmp_path / f"out-{name}"
        assert run("export", str(made), "-o", str(out))[0] == 0
        assert_valid_tmx(out)
        header = root.find("header")
        assert header is not None
        assert_units_kept(made, out, inherited={
            "creationtool": "OmegaT", "creationtoolversion": header.get("creationtoolversion", "")})
        assert read_tmx(out) == read_tmx(made)


def test_language_codes_are_written_as_language_tags(tmp_path: Path) -> None:
    """``en_US``, ``ES-es`` and an ``adminlang`` of ``EN`` are read as they are, but what
    the tool writes is BCP 47 (docs/formats.md, "Language codes")."""
    _, out = export(tmp_path, """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence"
 o-tmf="X" adminlang="EN" srclang="ES-es" datatype="plaintext"/><body>
<tu srclang="es_es"><tuv xml:lang="es_ES"><seg>Hola</seg></tuv>
<tuv xml:lang="en_US"><seg>Hello</seg></tuv>
<tuv lang="FR_fr"><seg>Salut</seg></tuv></tu>
</body></tmx>""", "--tgt-lang", "en")
    root = etree.parse(str(out)).getroot()
    header = root.find("header")
    assert header is not None
    assert (header.get("srclang"), header.get("adminlang")) == ("es-ES", "en")
    (tu,) = tus(out)
    assert tu.get("srclang") == "es-ES"
    assert [tuv.get(XML_LANG) for tuv in tu.iter("tuv")] == ["es-ES", "en-US", "fr-FR"]


def test_a_third_language_that_is_no_tag_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "odd.tmx"
    source.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence"
 o-tmf="X" adminlang="en" srclang="es" datatype="plaintext"/><body>
<tu><tuv xml:lang="es"><seg>Hola</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv>
<tuv xml:lang="klingonese"><seg>nuqneH</seg></tuv></tu>
</body></tmx>""", encoding="utf-8")
    out = tmp_path / "out.tmx"
    code, stderr = run("export", str(source), "-o", str(out), "--tgt-lang", "en")
    assert code == 2
    assert f"{source}: a tuv's language 'klingonese' is not a language code" in stderr
    assert not out.exists()


DIRTY = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentences"
 o-tmf="X" adminlang="en" srclang="es" datatype="plaintext"><prop>header text</prop></header>
<body>
<tu tuid="1" segtype="Paragraphs"><prop type="x-a">a</prop>
<tuv xml:lang="es"><seg>Hola</seg></tuv>
<note>a tu note after the tuvs</note>
<tuv xml:lang="en"><seg>Hello</seg><note>a tuv note after the seg</note>
<prop>untyped</prop><seg>a second seg</seg></tuv>
<prop type="x-b">b</prop>
</tu>
<tu tuid="2" segtype="frase" x-mine="1"><tuv xml:lang="es"><seg>Dos</seg></tuv>
<tuv xml:lang="en"><seg>Two</seg></tuv></tu>
</body></tmx>"""


def test_an_invalid_memory_is_written_valid(tmp_path: Path) -> None:
    """segtype values outside the DTD's list, notes and props after tuv or seg, a prop
    without type: moved or mapped where they can be kept, dropped with a warning where
    not, and the output is DTD-valid."""
    source = tmp_path / "dirty.tmx"
    source.write_text(DIRTY, encoding="utf-8")
    out = tmp_path / "out.tmx"
    code, stderr = run("export", str(source), "-o", str(out))
    assert code == 0, stderr
    assert_valid_tmx(out)
    root = etree.parse(str(out)).getroot()
    header = root.find("header")
    assert header is not None
    assert header.get("segtype") == "sentence"
    assert [(c.tag, c.text) for c in header] == [
        ("note", "header text"), ("prop", f"aligner {__version__}; converted-from=dirty.tmx")]
    first, second = tus(out)
    assert first.get("segtype") == "paragraph"
    assert [(c.tag, c.get("type"), c.text) for c in first if c.tag != "tuv"] == [
        ("prop", "x-a", "a"), ("note", None, "a tu note after the tuvs"), ("prop", "x-b", "b")]
    assert [c.tag for c in first] == ["prop", "note", "prop", "tuv", "tuv"]
    en = first.findall("tuv")[1]
    assert [(c.tag, c.text) for c in en] == [
        ("note", "a tuv note after the seg"), ("note", "untyped"), ("seg", "Hello")]
    assert second.get("segtype") is None and second.get("x-mine") is None
    name = str(source)
    assert stderr.splitlines()[:3] == [
        f"aligner: warning: {name}: dropped a second <seg> of a tuv (in 1 unit)",
        f"aligner: warning: {name}: dropped the attribute x-mine='1' of a <tu> "
        "(not in the TMX 1.4 DTD) (in 1 unit)",
        f"aligner: warning: {name}: dropped segtype 'frase' of a <tu> "
        "(not a TMX 1.4 segtype) (in 1 unit)",
    ]
    # read back, the units are what they were
    assert [(u.source, u.target, u.notes) for u in read_tmx(out)] == [
        ("Hola", "Hello", ("a tu note after the tuvs",)), ("Dos", "Two", ())]


def test_a_reviewed_unit_below_min_score_is_kept_tmx_to_tmx(tmp_path: Path) -> None:
    # A bead a person confirmed keeps the aligner's score (0 here): exported from the
    # saved alignment it passes --min-score, and so it must from the TMX written of it.
    from aligner.model import Review, ReviewState

    mark = Review(ReviewState.CONFIRMED, datetime(2026, 1, 2, tzinfo=UTC))
    alignment = Alignment(
        ("Uno.", "Dos."), ("One.", "Two."),
        (Bead((0,), (0,), 0.0, review=mark), Bead((1,), (1,), 0.2)), "es", "en")
    first = tmp_path / "reviewed.tmx"
    write_tmx(alignment, first)
    out = tmp_path / "again.tmx"
    code, stderr = run("export", str(first), "-o", str(out), "--min-score", "0.5")
    assert code == 0, stderr
    assert [u.source for u in read_tmx(out)] == ["Uno."]


def test_a_dropped_namespaced_attribute_takes_its_declaration_along(tmp_path: Path) -> None:
    # Okapi marks the origin of a unit in its own namespace, which the TMX DTD lacks
    source = tmp_path / "okapi.tmx"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" '
        'creationtoolversion="1" o-tmf="x" datatype="plaintext" segtype="sentence" '
        'adminlang="en" srclang="es" xmlns:okp="urn:okapi" okp:tool="rainbow"/><body>\n'
        '<tu xmlns:okp="urn:okapi" okp:origin="mt"><tuv xml:lang="es"><seg>Hola.</seg></tuv>'
        '<tuv xml:lang="en"><seg>Hello.</seg></tuv></tu>\n</body></tmx>\n', encoding="utf-8")
    out = tmp_path / "out.tmx"
    code, stderr = run("export", str(source), "-o", str(out))
    assert code == 0, stderr
    assert_valid_tmx(out)
    assert b"xmlns:okp" not in out.read_bytes()
    assert stderr.splitlines()[:2] == [
        f"aligner: warning: {source}: dropped from the header: the attribute "
        "okp:tool='rainbow' of a <header> (not in the TMX 1.4 DTD)",
        f"aligner: warning: {source}: dropped the attribute okp:origin='mt' of a <tu> "
        "(not in the TMX 1.4 DTD) (in 1 unit)"]
