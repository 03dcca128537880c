"""``aligner export`` through click's CliRunner."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from aligner.cli.main import cli
from aligner.formats._xml import XML_LANG
from aligner.formats.alignment_json import write_alignment_json
from aligner.formats.tmx import read_tmx
from aligner.model import Alignment, Bead
from tests._tools import assert_valid_tmx
from tests.formats.conftest import SAMPLE, SAMPLE_PAIRS


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "saved.json"
    write_alignment_json(SAMPLE, path)
    return path


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("suffix", [".tmx", ".xlf", ".tsv", ".csv"])
def test_export_by_extension(tmp_path: Path, saved: Path, suffix: str) -> None:
    out = tmp_path / f"out{suffix}"
    code, stdout, stderr = run("export", str(saved), "-o", str(out))
    assert code == 0, stderr
    assert stdout == ""
    # the sample's null beads, one a side, are said to be left out
    assert stderr == (f"aligner: wrote 5 units to {out}; 1 source sentence and 1 target "
                      "sentence without a counterpart left out (the json and beads formats "
                      "keep them)\n")
    assert out.is_file()
    if suffix == ".tmx":
        assert_valid_tmx(out)


def test_min_score_and_source_date_epoch(tmp_path: Path, saved: Path) -> None:
    out = tmp_path / "out.tmx"
    code, _, stderr = run(
        "export", str(saved), "-o", str(out), "--min-score", "0.8", env={"SOURCE_DATE_EPOCH": "0"}
    )
    assert code == 0, stderr
    assert stderr == (f"aligner: wrote 3 units to {out}, 2 below --min-score; 1 source "
                      "sentence and 1 target sentence without a counterpart left out (the "
                      "json and beads formats keep them)\n")
    assert 'creationdate="19700101T000000Z"' in out.read_text(encoding="utf-8")
    assert_valid_tmx(out)
    assert [(u.source, u.target) for u in read_tmx(out)] == [SAMPLE_PAIRS[i] for i in (0, 1, 3)]


def test_explicit_format(tmp_path: Path, saved: Path) -> None:
    out = tmp_path / "out.txt"
    code, _, stderr = run("export", str(saved), "-o", str(out), "--format", "xliff")
    assert code == 0, stderr
    assert out.read_text(encoding="utf-8").startswith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff'
    )


def test_illegal_characters_warning(tmp_path: Path) -> None:
    saved = tmp_path / "saved.json"
    write_alignment_json(
        Alignment(("a\x01\x02",), ("b\x03",), (Bead((0,), (0,), 1.0),), "es", "en"), saved
    )
    code, _, stderr = run("export", str(saved), "-o", str(tmp_path / "o.tmx"))
    assert code == 0
    assert_valid_tmx(tmp_path / "o.tmx")
    assert stderr.startswith("aligner: warning: removed 3 characters that XML 1.0 does not "
                             "allow (control characters)\n")


def test_tmx_to_other_formats_with_language_choice(tmp_path: Path) -> None:
    tmx = tmp_path / "mem.tmx"
    tmx.write_text(
        '<tmx version="1.4"><header srclang="en-US"/><body>'
        '<tu><tuv xml:lang="en-US"><seg>one</seg></tuv><tuv xml:lang="es-ES"><seg>uno</seg></tuv>'
        '<tuv xml:lang="fr-FR"><seg>un</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    out = tmp_path / "mem.csv"
    code, _, stderr = run(
        "export", str(tmx), "-o", str(out), "--src-lang", "es", "--tgt-lang", "fr"
    )
    assert code == 0, stderr
    assert out.read_text(encoding="utf-8-sig").splitlines() == [
        "es-ES,fr-FR,score",
        "uno,un,",  # the unit has no score: none is made up
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.json", "-o", "x.tmx"], "missing.json: no such file"),
        (["{saved}", "-o", "x.docx"], "cannot tell the alignment format from the extension .docx"),
        (["{bad}", "-o", "x.tmx"], "{bad}:2:1: not well-formed XML"),
        (["{saved}", "-o", "x.tmx", "--tgt-lang", "de"], "the alignment is es -> en, not es -> de"),
    ],
)
def test_errors_exit_2_without_traceback(
    tmp_path: Path, saved: Path, args: list[str], message: str
) -> None:
    bad = tmp_path / "bad.tmx"
    bad.write_text("<tmx>\n", encoding="utf-8")
    args = [a.format(saved=saved, bad=bad) for a in args]
    code, _, stderr = run("export", *args)
    assert code == 2
    assert stderr.startswith("aligner: error: ")
    assert message.format(bad=bad) in stderr
    assert "Traceback" not in stderr
    assert not (tmp_path / "x.tmx").exists()


@pytest.mark.parametrize(("suffix", "content"), [
    (".tsv", "Año\tYear\t0.9\nCañón\tCanyon\t0.8\n"),
    (".csv", "es,en,score\r\nAño,Year,0.9\r\nCañón,Canyon,0.8\r\n"),
])
def test_encoding_of_tsv_and_csv_inputs(tmp_path: Path, suffix: str, content: str) -> None:
    source = tmp_path / f"latin1{suffix}"
    source.write_bytes(content.encode("latin-1"))
    out = tmp_path / "out.tmx"
    code, _, stderr = run("export", str(source), "-o", str(out), "--src-lang", "es",
                          "--tgt-lang", "en", "--encoding", "latin-1")
    assert code == 0, stderr
    assert [(u.source, u.target) for u in read_tmx(out)] == [
        ("Año", "Year"), ("Cañón", "Canyon")]
    # the default, UTF-8, refuses the same bytes with a one-line error
    code, _, stderr = run("export", str(source), "-o", str(out), "--src-lang", "es",
                          "--tgt-lang", "en")
    assert code == 2
    assert "pass --encoding" in stderr and len(stderr.strip().splitlines()) == 1


def _reviewed_sample(tmp_path: Path) -> Path:
    from datetime import UTC, datetime

    from aligner.model import Review, ReviewState

    when = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    beads = list(SAMPLE.beads)
    beads[1] = Bead(beads[1].src, beads[1].tgt, 1.0, {}, Review(ReviewState.EDITED, when))
    beads[4] = Bead(beads[4].src, beads[4].tgt, 0.85, {}, Review(ReviewState.CONFIRMED, when))
    path = tmp_path / "reviewed.json"
    write_alignment_json(Alignment(SAMPLE.src_sentences, SAMPLE.tgt_sentences, tuple(beads),
                                   SAMPLE.src_lang, SAMPLE.tgt_lang), path)
    return path


def test_reviewed_beads_are_marked_in_tmx(tmp_path: Path) -> None:
    from lxml import etree

    out = tmp_path / "out.tmx"
    code, _, stderr = run("export", str(_reviewed_sample(tmp_path)), "-o", str(out))
    assert code == 0, stderr
    assert_valid_tmx(out)
    tus = etree.parse(str(out)).findall(".//tu")
    marks = [(tu.findtext("prop[@type='x-reviewed']"), tu.get("changedate")) for tu in tus]
    assert marks == [(None, None), ("edited", "20261125T093000Z"), (None, None),
                     ("confirmed", "20261125T093000Z"), (None, None)]


def test_reviewed_only_with_nothing_reviewed_says_so(tmp_path: Path, saved: Path) -> None:
    out = tmp_path / "out.tmx"
    code, _, stderr = run("export", str(saved), "-o", str(out), "--reviewed-only")
    assert code == 0, stderr
    assert stderr == (f"aligner: wrote 0 units to {out} (reviewed beads only)\n"
                      "aligner: warning: no bead is marked reviewed yet: `aligner review` "
                      "marks the beads you correct or confirm\n")
    assert_valid_tmx(out)
    assert read_tmx(out) == []


def test_a_reviewed_bead_is_a_reviewed_segment_in_xliff(tmp_path: Path) -> None:
    """CAT tools read XLIFF 2's segment state; every unit said translated."""
    from lxml import etree

    out = tmp_path / "out.xlf"
    code, _, stderr = run("export", str(_reviewed_sample(tmp_path)), "-o", str(out))
    assert code == 0, stderr
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    states = [s.get("state") for s in etree.parse(str(out)).iterfind(".//x:segment", ns)]
    assert states == ["translated", "reviewed", "translated", "reviewed", "translated"]


@pytest.mark.parametrize("suffix", [".tmx", ".tsv"])
def test_reviewed_only(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"out{suffix}"
    code, _, stderr = run("export", str(_reviewed_sample(tmp_path)), "-o", str(out),
                          "--reviewed-only")
    assert code == 0, stderr
    assert stderr == f"aligner: wrote 2 units to {out} (reviewed beads only)\n"
    if suffix == ".tmx":
        assert_valid_tmx(out)
        assert [(u.source, u.target) for u in read_tmx(out)] == [SAMPLE_PAIRS[1],
                                                                SAMPLE_PAIRS[3]]
        # a TMX written so is read back with its marks: --reviewed-only keeps its units
        again = tmp_path / "again.tmx"
        code, _, stderr = run("export", str(out), "-o", str(again), "--reviewed-only")
        assert code == 0 and stderr == f"aligner: wrote 2 units to {again} (reviewed beads only)\n"
    else:
        assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_reviewed_only_names_the_reviewed_one_sided_beads_it_leaves_out(tmp_path: Path
                                                                        ) -> None:
    """A sentence a reviewer confirmed as having no counterpart has no unit in TMX: the
    wrote line says so, as a plain export does; an unreviewed one is left out unsaid, as
    any unreviewed bead (the French editor's walk)."""
    from datetime import UTC, datetime

    from aligner.model import Review, ReviewState

    when = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    beads = list(SAMPLE.beads)
    beads[1] = Bead(beads[1].src, beads[1].tgt, 1.0, {}, Review(ReviewState.EDITED, when))
    beads[3] = Bead(beads[3].src, (), 0.0, {}, Review(ReviewState.CONFIRMED, when))  # 1-0
    path = tmp_path / "reviewed.json"
    write_alignment_json(replace(SAMPLE, beads=tuple(beads)), path)
    out = tmp_path / "out.tmx"
    code, _, stderr = run("export", str(path), "-o", str(out), "--reviewed-only")
    assert code == 0, stderr
    assert stderr == (f"aligner: wrote 1 unit to {out} (reviewed beads only); 1 reviewed "
                      "source sentence without a counterpart left out (the json and beads "
                      "formats keep them)\n")
    code, _, stderr = run("export", str(path), "-o", str(out), "--reviewed-only", "-q")
    assert code == 0 and stderr == (f"aligner: warning: {out}: 1 reviewed source sentence "
                                    "without a counterpart left out (the json and beads "
                                    "formats keep them)\n")


@pytest.mark.parametrize(("name", "args", "message"), [
    ("out.txt", [], "cannot tell the alignment format from the extension .txt; use one of "
                    ".tmx, .xlf, .xliff, .tsv, .csv, .xlsx, .json, .align, .beads, or --format"),
    ("out", [], "cannot tell the alignment format from the extension (none)"),
    ("x.tmx", ["--format", "csv"], "the extension .tmx says tmx, but --format says csv"),
    ("x.json", ["--format", "tsv"], "the extension .json says json, but --format says tsv"),
])
def test_the_extension_and_format_must_agree(tmp_path: Path, saved: Path, name: str,
                                             args: list[str], message: str) -> None:
    out = tmp_path / name
    code, stdout, stderr = run("export", str(saved), "-o", str(out), *args)
    assert code == 2
    assert stderr.startswith(f"aligner: error: {out}: {message}")
    assert stderr.count("\n") == 1 and stdout == ""
    assert not out.exists()


@pytest.mark.parametrize(("name", "start"), [
    ("out.json", "{"),
    ("out.XLIFF", '<?xml version="1.0" encoding="UTF-8"?>\n<xliff'),
])
def test_every_extension_of_a_format_picks_it(tmp_path: Path, saved: Path, name: str,
                                              start: str) -> None:
    out = tmp_path / name
    code, _, stderr = run("export", str(saved), "-o", str(out))
    assert code == 0, stderr
    assert out.read_text(encoding="utf-8").startswith(start)


@pytest.mark.parametrize("name", ["out.json", "out.align"])
def test_min_score_with_a_format_that_keeps_every_bead_is_an_error(
        tmp_path: Path, saved: Path, name: str) -> None:
    code, _, stderr = run("export", str(saved), "-o", str(tmp_path / name), "--min-score", "0.5")
    assert code == 2
    assert "--min-score goes with TMX, XLIFF, TSV, CSV and XLSX" in stderr
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("name", ["out.json", "out.align"])
def test_reviewed_only_with_a_format_that_keeps_every_bead_is_an_error(
        tmp_path: Path, saved: Path, name: str) -> None:
    code, _, stderr = run("export", str(saved), "-o", str(tmp_path / name), "--reviewed-only")
    assert code == 2
    assert "--reviewed-only goes with TMX, XLIFF, TSV, CSV and XLSX" in stderr
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("value", ["nan", "-0.1", "1.5"])
def test_min_score_is_a_score(tmp_path: Path, saved: Path, value: str) -> None:
    code, _, stderr = run("export", str(saved), "-o", str(tmp_path / "o.tsv"),
                          "--min-score", value)
    assert code == 2
    assert "invalid value for '--min-score'" in stderr


def test_units_without_text_on_one_side_are_left_out_with_a_warning(tmp_path: Path) -> None:
    xlf = tmp_path / "v2.xlf"
    xlf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:'
        'document:2.0" version="2.0" srcLang="es" trgLang="en"><file id="f1">'
        '<unit id="u1"><segment><source>Hola.</source><target>Hello.</target></segment></unit>'
        '<unit id="u2"><segment><source>Sin meta.</source></segment></unit>'
        '</file></xliff>', encoding="utf-8")
    out = tmp_path / "v2.tsv"
    code, _, stderr = run("export", str(xlf), "-o", str(out))
    assert code == 0, stderr
    assert out.read_text(encoding="utf-8").splitlines() == ["Hola.\tHello.\t"]  # no score
    assert stderr.splitlines() == [
        f"aligner: warning: {xlf}: 1 of 2 units left out: 1 not translated (no text in en: u2)",
        f"aligner: wrote 1 unit to {out}"]


def test_what_is_left_out_of_a_memory_says_why(tmp_path: Path) -> None:
    tm = tmp_path / "m.tmx"
    tm.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="es" '
        'datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="es"><seg>Hola.</seg></tuv><tuv xml:lang="en"><seg>Hi.</seg></tuv></tu>'
        '<tu><tuv xml:lang="es"><seg>Sin traducir.</seg></tuv><tuv xml:lang="en"><seg/></tuv></tu>'
        '<tu><tuv xml:lang="es"><seg/></tuv><tuv xml:lang="en"><seg>Orphan.</seg></tuv></tu>'
        '<tu><tuv xml:lang="es"><seg>Uno.</seg></tuv><tuv xml:lang="fr"><seg>Un.</seg></tuv></tu>'
        "</body></tmx>", encoding="utf-8")
    out = tmp_path / "o.tmx"
    code, _, stderr = run("export", str(tm), "-o", str(out))
    assert code == 0, stderr
    assert stderr.splitlines()[0] == (
        f"aligner: warning: {tm}: 3 of 4 units left out: 1 not translated (no text in en); "
        "1 with no text in es; 1 without both es and en (they have fr (1 unit); the target is "
        "the first unit's: --tgt-lang fr would take 1 unit)")


def test_inline_codes_leaving_tmx_or_xliff_are_named(tmp_path: Path) -> None:
    tm = tmp_path / "tags.tmx"
    tm.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="es" '
        'datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="es"><seg>Haga clic en <bpt i="1">&lt;b&gt;</bpt>Aceptar'
        '<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv xml:lang="en"><seg>Click <bpt i="1">'
        '&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>'
        '<tu><tuv xml:lang="es"><seg>Hola.</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg>'
        "</tuv></tu></body></tmx>", encoding="utf-8")
    code, _, stderr = run("export", str(tm), "-o", str(tmp_path / "tags.tsv"))
    assert code == 0
    assert (f"aligner: warning: {tm}: 1 unit with inline codes written as placeholder text "
            "({1}bold{/1}): tsv read back gives them as text, not codes (TMX and XLIFF keep "
            "codes)") in stderr
    code, _, stderr = run("export", str(tm), "-o", str(tmp_path / "again.tmx"))
    assert code == 0 and "warning" not in stderr
    # XLIFF writes them as its own inline elements, with the native code: nothing to say
    code, _, stderr = run("export", str(tm), "-o", str(tmp_path / "tags.xlf"))
    assert code == 0 and "warning" not in stderr
    written = (tmp_path / "tags.xlf").read_text(encoding="utf-8")
    assert ('<source>Haga clic en <pc id="1" dataRefStart="d1" dataRefEnd="d2">Aceptar</pc>.'
            "</source>") in written
    assert "<data id=\"d1\">&lt;b&gt;</data>" in written
    # an XLIFF's codes are tags too: a TMX written from it holds them as TMX codes, CSV
    # as text
    xlf = tmp_path / "codes.xlf"
    xlf.write_text('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" '
                   'srcLang="es" trgLang="en"><file id="f"><unit id="u"><segment><source>'
                   'Paso <ph id="1"/>.</source><target>Step <ph id="1"/>.</target></segment>'
                   "</unit></file></xliff>", encoding="utf-8")
    code, _, stderr = run("export", str(xlf), "-o", str(tmp_path / "codes.tmx"))
    assert code == 0 and "warning" not in stderr
    assert '<seg>Paso <ph x="1"/>.</seg>' in (tmp_path / "codes.tmx").read_text(
        encoding="utf-8")
    code, _, stderr = run("export", str(xlf), "-o", str(tmp_path / "codes.csv"))
    assert code == 0
    assert f"aligner: warning: {xlf}: 1 unit with inline codes written as placeholder" in stderr
    # an XLIFF written from it (cleaning an XLIFF) keeps them as codes
    code, _, stderr = run("export", str(xlf), "-o", str(tmp_path / "clean.xlf"))
    assert code == 0 and "warning" not in stderr
    assert "<source>Paso <ph id=\"1\"/>.</source>" in (tmp_path / "clean.xlf").read_text(
        encoding="utf-8")


def test_an_empty_memory_says_it_holds_no_unit(tmp_path: Path) -> None:
    """An empty <body/> names no target language: it said source language ''."""
    tm = tmp_path / "empty.tmx"
    tm.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header '
                  'creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" '
                  'adminlang="en" srclang="es" datatype="plaintext"/><body/></tmx>',
                  encoding="utf-8")
    out = tmp_path / "e.tsv"
    result = CliRunner().invoke(cli, ["export", str(tm), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr == f"aligner: error: {tm}: holds no translation unit: nothing to export\n"
    assert not out.exists()


def test_review_marks_a_format_cannot_hold_are_said(tmp_path: Path) -> None:
    tm = tmp_path / "rev.tmx"
    tm.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="es" '
        'datatype="plaintext"/><body><tu><prop type="x-reviewed">confirmed</prop>'
        '<tuv xml:lang="es"><seg>Uno.</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu>'
        '<tu><tuv xml:lang="es"><seg>Dos.</seg></tuv><tuv xml:lang="en"><seg>Two.</seg></tuv>'
        "</tu></body></tmx>", encoding="utf-8")
    for name in ("rev.csv", "rev.tsv"):
        code, _, stderr = run("export", str(tm), "-o", str(tmp_path / name))
        assert code == 0, stderr
        assert (f"aligner: warning: {tm}: 1 unit marked reviewed: the mark is not written to "
                f"{name.split('.')[1]} (TMX and XLIFF keep it)") in stderr
    # kept: nothing to say (the saved alignment keeps it with the unit's props)
    for name in ("rev2.tmx", "rev.xlf", "rev.json"):
        code, _, stderr = run("export", str(tm), "-o", str(tmp_path / name))
        assert code == 0 and "warning" not in stderr, stderr
        assert "confirmed" in (tmp_path / name).read_text(encoding="utf-8")


def test_the_marks_said_dropped_are_those_of_exported_beads(tmp_path: Path) -> None:
    """A reviewed null bead is not exported at all: it was counted among the marks a TSV
    drops ("2 units marked reviewed", then "wrote 1 unit")."""
    from datetime import UTC, datetime

    from aligner.model import Review, ReviewState

    mark = Review(ReviewState.CONFIRMED, datetime(2026, 1, 2, tzinfo=UTC))
    saved = tmp_path / "rev.json"
    write_alignment_json(Alignment(
        ("Uno.", "Sobra."), ("One.",),
        (Bead((0,), (0,), 0.9, review=mark), Bead((1,), (), 0.0, review=mark)), "es", "en"),
        saved)
    code, _, stderr = run("export", str(saved), "-o", str(tmp_path / "rev.tsv"))
    assert code == 0, stderr
    assert f"{saved}: 1 unit marked reviewed: the mark is not written to tsv" in stderr


def test_units_that_name_no_document_are_given_none(tmp_path: Path) -> None:
    """A TM from another tool names no documents: converted through CSV to TMX its units
    and header named the CSV file as the document."""
    tm = tmp_path / "plain.tmx"
    tm.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="es" '
        'datatype="plaintext"/><body><tu><tuv xml:lang="es"><seg>Hola.</seg></tuv>'
        '<tuv xml:lang="en"><seg>Hello.</seg></tuv></tu></body></tmx>', encoding="utf-8")
    via, back = tmp_path / "plain.csv", tmp_path / "back.tmx"
    assert run("export", str(tm), "-o", str(via))[0] == 0
    code, _, stderr = run("export", str(via), "-o", str(back))
    assert code == 0, stderr
    written = back.read_text(encoding="utf-8")
    assert "x-src-document" not in written and "x-tgt-document" not in written
    assert "converted-from=plain.csv" in written  # where it came from is still said


def test_xliff_12_is_exported_and_a_malformed_one_is_one_line(tmp_path: Path) -> None:
    xlf = tmp_path / "memoq.xlf"
    xlf.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<xliff version="1.2" xmlns="urn:oasis:'
        'names:tc:xliff:document:1.2"><file original="a.docx" source-language="en-US" '
        'target-language="de-DE" datatype="x-docx"><body>'
        '<trans-unit id="1" approved="yes"><source>Save</source><target state="final">'
        "Speichern</target></trans-unit><trans-unit id=\"2\"><source>Open</source>"
        '<target state="needs-translation"/></trans-unit></body></file></xliff>',
        encoding="utf-8")
    out = tmp_path / "memoq.tmx"
    code, _, stderr = run("export", str(xlf), "-o", str(out))
    assert code == 0, stderr
    assert stderr.splitlines()[-1] == f"aligner: wrote 1 unit to {out}"
    assert_valid_tmx(out)
    assert [(u.source, u.target, dict(u.props)) for u in read_tmx(out)] == [
        ("Save", "Speichern", {"x-src-document": "a.docx"})]
    bad = tmp_path / "bad.xlf"
    bad.write_text(xlf.read_text(encoding="utf-8").replace(' source-language="en-US"', ""),
                   encoding="utf-8")
    code, _, stderr = run("export", str(bad), "-o", str(out))
    assert (code, stderr) == (2, f"aligner: error: {bad}:2: the <file> element has no "
                              "source-language attribute (XLIFF 1.2 requires one, naming the "
                              "source language)\n")


def test_a_binary_input_is_called_binary_as_glossary_validate_calls_it(tmp_path: Path) -> None:
    png = tmp_path / "png.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, _, stderr = run("export", str(png), "-o", str(tmp_path / "o.tmx"))
    assert (code, stderr) == (2, f"aligner: error: {png}: byte 8: looks like a binary file "
                                 "(NUL byte), not text\n")


def test_format_xliff12_writes_xliff_1_2(tmp_path: Path, saved: Path) -> None:
    out = tmp_path / "for-omegat.xlf"
    code, _, stderr = run("export", str(saved), "-o", str(out), "--format", "xliff12")
    assert code == 0, stderr
    root = etree.parse(str(out)).getroot()
    assert (root.tag, root.get("version")) == (
        "{urn:oasis:names:tc:xliff:document:1.2}xliff", "1.2")
    # the default for .xlf stays XLIFF 2.1
    code, _, stderr = run("export", str(saved), "-o", str(tmp_path / "two.xlf"))
    assert etree.parse(str(tmp_path / "two.xlf")).getroot().get("version") == "2.1"
    # a name that says another format is still an error
    code, _, stderr = run("export", str(saved), "-o", str(tmp_path / "x.tmx"),
                          "--format", "xliff12")
    assert code == 2
    assert "the extension .tmx says tmx, but --format says xliff12" in stderr


@pytest.mark.parametrize("suffix", [".sdlxliff", ".mqxliff"])
def test_trados_and_memoq_xliff_are_read_under_their_own_extension(tmp_path: Path,
                                                                   suffix: str) -> None:
    xlf = tmp_path / f"doc.docx{suffix}"
    xlf.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<xliff version="1.2" xmlns="urn:oasis:'
        'names:tc:xliff:document:1.2"><file original="doc.docx" source-language="en-US" '
        'target-language="de-DE" datatype="x-docx"><body><trans-unit id="1"><source>Save'
        '</source><target>Speichern</target></trans-unit></body></file></xliff>',
        encoding="utf-8")
    out = tmp_path / "doc.tmx"
    code, _, stderr = run("export", str(xlf), "-o", str(out))
    assert code == 0, stderr
    assert [(u.source, u.target) for u in read_tmx(out)] == [("Save", "Speichern")]
    # read, never written: what the tool writes is no such tool's file
    code, _, stderr = run("export", str(out), "-o", str(tmp_path / f"again{suffix}"))
    assert code == 2 and f"cannot tell the alignment format from the extension {suffix}" in stderr


def test_memoq_three_letter_language_codes_are_read_as_bcp47(tmp_path: Path) -> None:
    """memoQ writes eng, ger-DE: the file could not be read, with or without options."""
    xlf = tmp_path / "doc.mqxliff"
    xlf.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<xliff version="1.2" xmlns="urn:oasis:'
        'names:tc:xliff:document:1.2"><file original="doc.docx" source-language="eng" '
        'target-language="ger-DE" datatype="x-docx"><body><trans-unit id="1"><source>Save'
        '</source><target>Speichern</target></trans-unit></body></file></xliff>',
        encoding="utf-8")
    out = tmp_path / "doc.tmx"
    for options in ([], ["--src-lang", "en", "--tgt-lang", "de"]):
        code, _, stderr = run("export", str(xlf), "-o", str(out), *options)
        assert code == 0, stderr
        tuvs = [t.get("{http://www.w3.org/XML/1998/namespace}lang")
                for t in etree.parse(str(out)).iter("tuv")]
        assert tuvs == ["en", "de-DE"]


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_saved_alignment_exports_the_formatting_align_writes(tmp_path: Path) -> None:
    """`align -o a.json` then `export a.json -o x.tmx` is `align -o x.tmx`: the codes of
    the documents' formatting too."""
    docs = (str(FIXTURES / "formatting-en.docx"), str(FIXTURES / "formatting-es.docx"),
            "--src-lang", "en", "--tgt-lang", "es")
    env = {"SOURCE_DATE_EPOCH": "0"}
    direct, saved, exported = tmp_path / "d.tmx", tmp_path / "a.json", tmp_path / "e.tmx"
    for args in (("align", *docs, "-o", str(direct)), ("align", *docs, "-o", str(saved)),
                 ("export", str(saved), "-o", str(exported))):
        code, _, stderr = run(*args, env=env)
        assert code == 0, stderr
    text = direct.read_text(encoding="utf-8")
    assert '<bpt i="1" x="1">&lt;b&gt;</bpt>paraffin oil<ept i="1">&lt;/b&gt;</ept>' in text
    assert exported.read_text(encoding="utf-8") == text


def test_a_partly_translated_trados_paragraph_gives_its_translated_segments(
        tmp_path: Path) -> None:
    from tests.formats.test_xliff12_read import PARTIAL

    xlf = tmp_path / "partial.sdlxliff"
    xlf.write_text(PARTIAL, encoding="utf-8")
    out = tmp_path / "partial.tmx"
    code, _, stderr = run("export", str(xlf), "-o", str(out))
    assert code == 0, stderr
    assert stderr.splitlines() == [
        f"aligner: warning: {xlf}: 1 of 3 units left out: 1 not translated (no text in "
        "en-GB: tu1/3)",
        f"aligner: wrote 2 units to {out}"]
    assert_valid_tmx(out)
    assert [(u.source, u.target) for u in read_tmx(out)] == [
        ("Encienda el equipo.", "Switch on the device."),
        ("Espere 30 segundos.", "Wait 30 seconds.")]


def _memory(path: Path, src: str, tgt: str, text: str) -> Path:
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" '
        'creationtoolversion="1" o-tmf="x" datatype="plaintext" segtype="sentence" '
        f'adminlang="en" srclang="{src}"/><body><tu><tuv xml:lang="{src}"><seg>{text}</seg>'
        f'</tuv><tuv xml:lang="{tgt}"><seg>{text}!</seg></tuv></tu></body></tmx>\n',
        encoding="utf-8")
    return path


def test_memories_of_two_regions_merge_when_the_bare_language_is_asked(tmp_path: Path) -> None:
    spain = _memory(tmp_path / "es-ES.tmx", "es-ES", "en-US", "Hola ES.")
    mexico = _memory(tmp_path / "es-MX.tmx", "es-MX", "en-US", "Hola MX.")
    out = tmp_path / "es.tmx"
    code, _, stderr = run("export", str(spain), str(mexico), "-o", str(out))
    assert (code, stderr) == (2, f"aligner: error: {mexico}: its languages are es-MX -> en-US, "
                                 f"not es-ES -> en-US as in {spain}: --src-lang es --tgt-lang "
                                 "en merge the regions\n")
    code, _, stderr = run("export", str(spain), str(mexico), "-o", str(out),
                          "--src-lang", "es", "--tgt-lang", "en")
    assert code == 0, stderr
    assert stderr.splitlines()[0] == (
        "aligner: warning: merged es-ES -> en-US (es-ES.tmx), es-MX -> en-US (es-MX.tmx): "
        "each unit keeps its own language tag")
    assert_valid_tmx(out)
    assert [[tuv.get(XML_LANG) for tuv in tu.iter("tuv")]
            for tu in etree.parse(str(out)).iter("tu")] == [["es-ES", "en-US"],
                                                            ["es-MX", "en-US"]]
    # the header says what the units share, not the first file's es-ES; each unit its own
    root = etree.parse(str(out)).getroot()
    assert root.find("header").get("srclang") == "es"  # type: ignore[union-attr]
    assert [tu.get("srclang") for tu in root.iter("tu")] == ["es-ES", "es-MX"]
    # as for saved alignments, whose units are written fresh
    saved = []
    for name, lang in (("a.json", "es-ES"), ("b.json", "es-MX")):
        saved.append(tmp_path / name)
        write_alignment_json(Alignment((f"Hola {lang}.",), ("Hello.",),
                                       (Bead((0,), (0,), 0.9),), lang, "en-US"), saved[-1])
    code, _, stderr = run("export", *map(str, saved), "-o", str(out),
                          "--src-lang", "es", "--tgt-lang", "en")
    assert code == 0, stderr
    assert_valid_tmx(out)
    root = etree.parse(str(out)).getroot()
    assert root.find("header").get("srclang") == "es"  # type: ignore[union-attr]
    assert [(tu.get("srclang"), tu.find("tuv").get(XML_LANG))  # type: ignore[union-attr]
            for tu in root.iter("tu")] == [("es-ES", "es-ES"), ("es-MX", "es-MX")]
    tsv = tmp_path / "es.xlf"
    code, _, stderr = run("export", str(spain), str(mexico), "-o", str(tsv),
                          "--src-lang", "es", "--tgt-lang", "en")
    assert code == 0, stderr
    assert stderr.splitlines()[0].endswith(": written as es -> en-US")
    root = etree.parse(str(tsv)).getroot()
    assert (root.get("srcLang"), root.get("trgLang")) == ("es", "en-US")


def test_a_memory_the_other_way_round_is_refused_saying_how_to_read_it(tmp_path: Path) -> None:
    ours = _memory(tmp_path / "a.tmx", "es-ES", "en-US", "Hola.")
    theirs = _memory(tmp_path / "b.tmx", "en-US", "es-ES", "Hello.")
    out = tmp_path / "o.tmx"
    code, _, stderr = run("export", str(ours), str(theirs), "-o", str(out))
    assert code == 2
    assert stderr.endswith("its languages are en-US -> es-ES, not es-ES -> en-US as in "
                           f"{ours}: --src-lang es-ES --tgt-lang en-US read every input in "
                           "that direction\n")
    code, _, stderr = run("export", str(ours), str(theirs), "-o", str(out),
                          "--src-lang", "es-ES", "--tgt-lang", "en-US")
    assert (code, stderr) == (0, f"aligner: wrote 2 units to {out}\n")


def test_what_a_memory_loses_outside_tmx_is_said_once(tmp_path: Path) -> None:
    tm = tmp_path / "m.tmx"
    tm.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="es" '
        'datatype="plaintext"/><body>'
        '<tu usagecount="3"><note>Checked.</note><tuv xml:lang="es"><seg>Hola.</seg></tuv>'
        '<tuv xml:lang="en"><seg>Hi.</seg></tuv></tu>'
        '<tu usagecount="1"><tuv xml:lang="es"><seg>Uno.</seg></tuv>'
        '<tuv xml:lang="en"><seg>One.</seg></tuv></tu></body></tmx>', encoding="utf-8")
    # the saved alignment keeps them for the TMX written from it (test_tmx_record.py)
    for name, said in (("o.tsv", True), ("o.json", False), ("o.tmx", False)):
        out = tmp_path / name
        code, _, stderr = run("export", str(tm), "-o", str(out))
        assert code == 0, stderr
        lost = (f"aligner: warning: {tm}: 2 units: their notes and attributes usagecount are "
                f"not written to {name[2:]} (TMX to TMX keeps them)")
        assert (lost in stderr.splitlines()) is said


def test_min_score_reads_a_decimal_comma_and_names_a_score_outside_0_1(tmp_path: Path) -> None:
    tm = tmp_path / "okapi.tmx"
    tm.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="Okapi" '
        'creationtoolversion="1" o-tmf="x" datatype="plaintext" segtype="sentence" '
        'adminlang="en" srclang="es"/><body>'
        '<tu><prop type="x-score">85</prop><tuv xml:lang="es"><seg>Hola.</seg></tuv>'
        '<tuv xml:lang="en"><seg>Hello.</seg></tuv></tu>'
        '<tu><prop type="x-score">0,42</prop><tuv xml:lang="es"><seg>Adiós.</seg></tuv>'
        '<tuv xml:lang="en"><seg>Bye.</seg></tuv></tu></body></tmx>', encoding="utf-8")
    out = tmp_path / "o.tmx"
    code, _, stderr = run("export", str(tm), "-o", str(out), "--min-score", "0.5")
    assert code == 0, stderr
    assert stderr.splitlines() == [
        f"aligner: warning: {tm}: 1 unit with an x-score that is not a number from 0 to 1, "
        "read as unscored (--min-score keeps it): tu 1 '85'",
        f"aligner: wrote 1 unit to {out}, 1 below --min-score"]


def test_a_tsv_header_row_is_skipped_with_a_warning(tmp_path: Path) -> None:
    tsv = tmp_path / "excel.tsv"
    tsv.write_text("Spanish\tEnglish\nHola.\tHello.\n", encoding="utf-8")
    out = tmp_path / "o.tmx"
    code, _, stderr = run("export", str(tsv), "-o", str(out), "--src-lang", "es",
                          "--tgt-lang", "en")
    assert code == 0, stderr
    assert stderr.splitlines() == [
        f"aligner: warning: {tsv}: line 1 names the columns (Spanish | English): read as a "
        "header, not as a unit", f"aligner: wrote 1 unit to {out}"]


def _units_in(path: Path, *units: tuple[str, ...]) -> Path:
    """A TMX of units given as (lang, text, lang, text, ...)."""
    body = "".join("<tu>" + "".join(f'<tuv xml:lang="{u[i]}"><seg>{u[i + 1]}</seg></tuv>'
                                    for i in range(0, len(u), 2)) + "</tu>\n" for u in units)
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" '
        'creationtoolversion="1" o-tmf="x" datatype="plaintext" segtype="sentence" '
        f'adminlang="en" srclang="es-ES"/><body>\n{body}</body></tmx>\n', encoding="utf-8")
    return path


def test_units_in_other_languages_are_listed_with_the_tgt_lang_to_take_them(
        tmp_path: Path) -> None:
    tm = _units_in(tmp_path / "multi.tmx", ("es-ES", "Hola.", "pt-PT", "Olá."),
                   ("es-ES", "Adiós.", "en-GB", "Goodbye."),
                   ("es-ES", "Gracias.", "fr-FR", "Merci.", "en-GB", "Thanks."))
    out = tmp_path / "o.tmx"
    code, _, stderr = run("export", str(tm), "-o", str(out))
    assert code == 0, stderr
    assert stderr.splitlines()[0] == (
        f"aligner: warning: {tm}: 2 of 3 units left out: 2 without both es-ES and pt-PT (they "
        "have en-GB (2 units), fr-FR (1 unit); the target is the first unit's: --tgt-lang "
        "en-GB would take 2 units)")


def test_a_tuv_language_that_is_no_code_is_named(tmp_path: Path) -> None:
    tm = _units_in(tmp_path / "badlang.tmx", ("es-ES", "Hola.", "en-US", "Hello."),
                   ("es-ES", "Adiós.", "English", "Goodbye."))
    out = tmp_path / "o.tmx"
    code, _, stderr = run("export", str(tm), "-o", str(out))
    assert code == 0, stderr
    assert stderr.splitlines()[0] == (
        f"aligner: warning: {tm}: 1 of 2 units left out: 1 without both es-ES and en-US (the "
        "tag 'English' is not a language code (did you mean en?))")


def test_a_memory_through_a_saved_alignment_gets_no_document_name(tmp_path: Path) -> None:
    # the editor's path: TMX -> JSON (aligner review) -> TMX; the units named no document
    tm = _units_in(tmp_path / "trados.tmx", ("es-ES", "Hola.", "en-US", "Hello."))
    saved, back, xlf = tmp_path / "t.json", tmp_path / "back.tmx", tmp_path / "back.xlf"
    for read, written, *options in ((tm, saved), (saved, back),
                                    (saved, xlf, "--format", "xliff12")):
        code, _, stderr = run("export", str(read), "-o", str(written), *options)
        assert code == 0, stderr
    assert_valid_tmx(back)
    root = etree.parse(str(back)).getroot()
    # nor a score or sentence numbers: the unit had none
    assert [p.get("type") for p in root.iter("prop")] == ["x-aligner-signature"]
    [file] = etree.parse(str(xlf)).getroot()
    assert file.get("original") == ""


def test_a_tmx_only_option_is_refused_before_the_inputs_are_read(tmp_path: Path) -> None:
    """--prop with a TSV output used to read the input first, warn about it, then fail."""
    pairs = tmp_path / "p.tsv"
    pairs.write_text("es\ten\nHola.\tHello.\n", encoding="utf-8")  # a header: a warning
    code, out, stderr = run("export", str(pairs), "-o", str(tmp_path / "x.csv"), "--prop",
                            "x-a=b", "--src-lang", "es", "--tgt-lang", "en")
    assert (code, out) == (2, "")
    assert stderr == ("aligner: error: --creator and --prop are written to TMX only: csv has "
                      "no place for them\n")


@pytest.mark.parametrize("name", ["out.json", "out.align"])
def test_unwrap_with_a_format_that_keeps_the_exact_text_is_an_error(
        tmp_path: Path, saved: Path, name: str) -> None:
    code, _, stderr = run("export", str(saved), "-o", str(tmp_path / name), "--unwrap")
    assert code == 2
    assert ("--unwrap goes with TMX, XLIFF, TSV, CSV and XLSX: "
            f"{name.split('.')[1].replace('align', 'beads')} keeps each sentence's exact "
            "text") in stderr
    assert not (tmp_path / name).exists()


def test_unwrap_writes_segments_without_line_breaks(tmp_path: Path) -> None:
    wrapped = Alignment(("Im-\nproper use may cause\nserious injury.",),
                        ("Unsachgemäßer Gebrauch kann zu schweren Ver-\nletzungen führen.",),
                        (Bead((0,), (0,), 0.9),), "en", "de")
    saved = tmp_path / "wrapped.json"
    write_alignment_json(wrapped, saved)
    out = tmp_path / "clean.tmx"
    code, _, stderr = run("export", str(saved), "-o", str(out), "--unwrap")
    assert code == 0, stderr
    assert [(u.source, u.target) for u in read_tmx(out)] == [
        ("Improper use may cause serious injury.",
         "Unsachgemäßer Gebrauch kann zu schweren Verletzungen führen.")]
    run("export", str(saved), "-o", str(out))  # the default keeps the exact text
    assert [u.source for u in read_tmx(out)] == ["Im-\nproper use may cause\nserious injury."]


@pytest.mark.parametrize("suffix", [".xlf", ".tsv", ".csv", ".xlsx"])
def test_untranslated_sources_for_a_translator(tmp_path: Path, saved: Path, suffix: str) -> None:
    """--untranslated: the source sentence without a counterpart is written too, with an
    empty target, and read back as a unit not translated (what check says and export
    leaves out); the target sentence without one is still left out."""
    from aligner.formats import load_units

    out = tmp_path / f"out{suffix}"
    code, _, stderr = run("export", str(saved), "-o", str(out), "--untranslated")
    assert code == 0, stderr
    assert stderr == (f"aligner: wrote 6 units to {out} (1 source sentence without a "
                      "translation among them); 1 target sentence without a counterpart "
                      "left out (the json and beads formats keep them)\n")
    units = load_units(out, src_lang="es", tgt_lang="en").units
    assert [(u.source, u.target) for u in units] == [
        *SAMPLE_PAIRS[:3], ("Sin traducción.", ""), *SAMPLE_PAIRS[3:]]


@pytest.mark.parametrize(("fmt", "why"), [
    ("tmx", "a TMX is a memory of translations; a tu with its source alone is no "
            "translation, which most tools leave out"),
    ("json", "the saved alignment keeps every bead already"),
])
def test_untranslated_is_refused_where_it_has_no_place(tmp_path: Path, saved: Path, fmt: str,
                                                        why: str) -> None:
    out = tmp_path / f"out.{fmt}"
    code, _, stderr = run("export", str(saved), "-o", str(out), "--untranslated")
    assert (code, stderr) == (2, "aligner: error: --untranslated goes with XLIFF, TSV, CSV "
                                 f"and XLSX, for a translator to fill in: {why}\n")
    assert not out.exists()


def test_untranslated_is_refused_with_unique(tmp_path: Path, saved: Path) -> None:
    """--unique leaves a repeat out by making it two one-sided beads, which --untranslated
    would write as a source left untranslated: refused, nothing written."""
    out = tmp_path / "out.xlf"
    code, _, stderr = run("export", str(saved), "-o", str(out), "--untranslated", "--unique")
    assert code == 2 and stderr.startswith("aligner: error: --untranslated and --unique do "
                                           "not go together"), stderr
    assert not out.exists()


def test_unique_repeats_of_a_saved_alignment_are_not_called_one_sided(tmp_path: Path) -> None:
    """A repeat --unique leaves out is counted once, as a repeat, not also as two
    sentences without a counterpart (its bead is split to leave it out)."""
    pair = tmp_path / "pair.json"
    write_alignment_json(Alignment(("Hello.", "Hello.", "Bye."), ("Hola.", "Hola.", "Adiós."),
                                   tuple(Bead((k,), (k,), 0.9) for k in range(3)), "en", "es"),
                         pair)
    code, _, stderr = run("export", str(pair), "-o", str(tmp_path / "u.tmx"), "--unique")
    assert code == 0, stderr
    assert "wrote 2 units" in stderr and "1 repeated unit left out (--unique)" in stderr
    assert "counterpart" not in stderr
