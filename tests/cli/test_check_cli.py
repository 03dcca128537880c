"""``aligner check`` through click's CliRunner: inputs, formats, exit codes, bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from aligner.cli.main import cli

GLOSSARY = "es\ten\tstatus\ngolpe de Estado\tcoup d'état\ngolpe de Estado\tstate blow\tforbidden\n"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    g = tmp_path / "g.tsv"
    g.write_text(GLOSSARY, encoding="utf-8")
    good = tmp_path / "good.tsv"
    good.write_text("El golpe de Estado.\tThe coup d'état.\n¿Qué?\tWhat?\n", encoding="utf-8")
    bad = tmp_path / "bad.tsv"
    bad.write_text("El golpe de Estado.\tThe state blow.\nQué?\tWhat?\n", encoding="utf-8")
    return {"glossary": g, "good": good, "bad": bad, "dir": tmp_path}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", *args])
    return result.exit_code, result.output


def test_clean_file_exits_0(files: dict[str, Path]) -> None:
    code, out = run("--pairs", str(files["good"]), "--glossary", str(files["glossary"]))
    assert code == 0, out
    assert out.startswith("0 findings in 2 units")


def test_errors_exit_1_and_fail_on(files: dict[str, Path]) -> None:
    args = ("--pairs", str(files["bad"]), "--glossary", str(files["glossary"]))
    code, out = run(*args)
    assert code == 1
    assert "ERROR  term-forbidden (1)" in out and "WARNING  inverted-mark (1)" in out
    assert run(*args, "--fail-on", "never")[0] == 0
    assert run(*args, "--disable", "term-forbidden")[0] == 0  # only a warning left
    assert run(*args, "--disable", "term-forbidden", "--fail-on", "warning")[0] == 1
    assert run(*args, "--severity", "term-forbidden=warning")[0] == 0


def test_json_to_file(files: dict[str, Path]) -> None:
    out_file = files["dir"] / "out" / "f.json"
    code, out = run("--pairs", str(files["bad"]), "--glossary", str(files["glossary"]),
                    "--format", "json", "-o", str(out_file))
    assert code == 1 and out == (f"aligner: wrote {out_file} (2 findings in 2 units: 1 error, "
                                 "1 warning, 0 info)\n")
    doc = json.loads(out_file.read_text(encoding="utf-8"))
    assert [(f["unit"], f["code"]) for f in doc["findings"]] == [
        (0, "term-forbidden"), (1, "inverted-mark")
    ]
    assert doc["inputs"] == [str(files["bad"])]  # the files read, as given


@pytest.mark.parametrize(("name", "start"), [
    ("f.json", "{"), ("f.csv", "\ufeffunit,"), ("f.html", "<!DOCTYPE html>"),
    ("f.txt", "2 findings"),
    ("f.out", "2 findings"),  # an extension of no format: text
])
def test_the_extension_of_output_picks_the_format(files: dict[str, Path], name: str,
                                                  start: str) -> None:
    out_file = files["dir"] / name
    code, out = run("--pairs", str(files["bad"]), "--glossary", str(files["glossary"]),
                    "-o", str(out_file))
    # every file written is named, with the count of findings (for a CI log)
    assert code == 1 and out == (f"aligner: wrote {out_file} (2 findings in 2 units: 1 error, "
                                 "1 warning, 0 info)\n")
    assert out_file.read_text(encoding="utf-8").startswith(start)


def test_a_format_the_extension_contradicts_is_refused(files: dict[str, Path]) -> None:
    out_file = files["dir"] / "f.html"
    code, out = run("--pairs", str(files["bad"]), "--format", "json", "-o", str(out_file))
    assert code == 2 and not out_file.exists()
    assert out.strip() == (f"aligner: error: {out_file}: the extension .html says html, but "
                           "--format says json; rename the file or drop --format")


def test_csv_format(files: dict[str, Path]) -> None:
    code, out = run("--pairs", str(files["bad"]), "--no-glossary", "--format", "csv",
                    "--src-lang", "es", "--tgt-lang", "en")
    assert code == 0
    assert out.splitlines()[1].startswith("1,inverted-mark,warning,")


def test_default_glossary_in_working_directory(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(files["dir"])
    Path("glossary.tsv").write_text(GLOSSARY, encoding="utf-8")
    code, out = run("--pairs", str(files["bad"]))
    assert code == 1
    assert "term-forbidden" in out


def test_a_default_glossary_of_another_pair_is_left_out(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """./glossary.tsv (es -> en) where German and French are checked: not used, with a
    warning; named with --glossary it is still an error."""
    monkeypatch.chdir(files["dir"])
    Path("glossary.tsv").write_text(GLOSSARY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--pairs", str(files["good"]), "--src-lang",
                                      "de", "--tgt-lang", "fr"])
    assert result.exit_code == 0
    assert result.stderr == ("aligner: warning: glossary.tsv is for another language pair "
                             "than de -> fr: not used (give --glossary FILE for this pair)\n")
    assert "No glossary used" in result.stdout
    named = CliRunner().invoke(cli, ["check", "--pairs", str(files["good"]), "--src-lang",
                                     "de", "--tgt-lang", "fr", "--glossary", "glossary.tsv"])
    assert named.exit_code == 2 and "glossary is for es -> en, not de -> fr" in named.stderr


def test_empty_input(files: dict[str, Path]) -> None:
    empty = files["dir"] / "empty.tsv"
    empty.write_text("", encoding="utf-8")
    assert run("--pairs", str(empty), "--no-glossary", "--src-lang", "es", "--tgt-lang", "en") == (
        0, "0 findings in 0 units: 0 errors, 0 warnings, 0 info\n"
        "No glossary used: term-missing, term-forbidden and term-inconsistent did not run.\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give either SRC TGT"),
        (["a.txt"], "give either SRC TGT"),
        (["--severity", "term-missing=fatal"], "expected CODE=error|warning|info"),
        (["--severity", "nope=error"], "unknown check 'nope'"),
        (["--disable", "nope"], "unknown check 'nope'"),
    ],
)
def test_usage_errors_exit_2(files: dict[str, Path], args: list[str], message: str) -> None:
    if args and args[0] != "a.txt":
        args = ["--pairs", str(files["good"]), *args]
    code, out = run(*args)
    assert code == 2
    assert message in out


@pytest.mark.parametrize("command", ["check", "report", "export"])
def test_a_bead_file_is_named_and_refused(files: dict[str, Path], command: str) -> None:
    beads = files["dir"] / "a.align"
    beads.write_text("[0]:[0]:0.9\n", encoding="utf-8")
    out = {"check": [], "report": ["-o", str(files["dir"] / "out.html")],
           "export": ["-o", str(files["dir"] / "out.tmx")]}[command]
    result = CliRunner().invoke(cli, [command, str(beads), *out])
    assert (result.exit_code, result.output) == (
        2, f"aligner: error: {beads}: is a bead file: sentence numbers without the sentences; "
           "give the saved alignment (.json) or a TMX, XLIFF, TSV, CSV or XLSX file\n")


def test_one_document_is_named(files: dict[str, Path]) -> None:
    doc = files["dir"] / "a.txt"
    doc.write_text("Hola.\n", encoding="utf-8")
    code, out = run(str(doc))
    assert code == 2 and out.startswith(f"aligner: error: {doc} is one document; give either "
                                        "SRC TGT")


def test_glossary_suggest_names_a_collection_it_does_not_read(tmp_path: Path) -> None:
    from aligner.collection.store import open_collection

    db = tmp_path / "c.db"
    with open_collection(db, create=True):
        pass
    result = CliRunner().invoke(cli, ["glossary", "suggest", str(db), "--src-lang", "es",
                                      "--tgt-lang", "en"])
    assert (result.exit_code, result.output) == (
        2, f"aligner: error: {db}: is a collection, which this command does not read: export "
           "it first (aligner export C.db -o all.tmx) and give that\n")


def test_a_tmx_given_as_pairs_is_named(files: dict[str, Path]) -> None:
    tmx = files["dir"] / "a.tmx"
    tmx.write_text("<tmx/>", encoding="utf-8")
    assert run("--pairs", str(tmx)) == (
        2, f"aligner: error: {tmx}: --pairs reads tab- or comma-separated pairs; this is TMX: "
           "give it on its own, without --pairs\n")


def test_line_without_tab_is_named(files: dict[str, Path]) -> None:
    p = files["dir"] / "p.tsv"
    p.write_text("uno\tone\ndos two\n", encoding="utf-8")
    code, out = run("--pairs", str(p), "--no-glossary")
    assert code == 2
    assert f"aligner: error: {p}:2: expected 'source<TAB>target'" in out


def test_bad_glossary_writes_nothing(files: dict[str, Path]) -> None:
    g = files["dir"] / "broken.tsv"
    g.write_text("es\ten\tstatus\ngolpe\tcoup\tmaybe\n", encoding="utf-8")
    out_file = files["dir"] / "report.json"
    code, out = run("--pairs", str(files["good"]), "--glossary", str(g), "-o", str(out_file))
    assert code == 2
    assert f"{g}:2: unknown status" in out
    assert not out_file.exists()


def test_glossary_for_other_languages(files: dict[str, Path]) -> None:
    code, out = run("--pairs", str(files["good"]), "--glossary", str(files["glossary"]),
                    "--src-lang", "fr")
    assert code == 2 and f"{files['glossary']}:1:" in out


def test_html_report(files: dict[str, Path]) -> None:
    pytest.importorskip("aligner.report", reason="aligner.report not installed")
    out_file = files["dir"] / "report.html"
    code, out = run("--pairs", str(files["bad"]), "--glossary", str(files["glossary"]),
                    "--format", "html", "-o", str(out_file))
    assert code == 1, out
    page = out_file.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") or page.lower().startswith("<!doctype html>")
    assert "term-forbidden" in page and "inverted-mark" in page


@pytest.mark.parametrize("command", ["check", "report"])
@pytest.mark.parametrize("value", ["5", "-3", "nan"])
def test_min_confidence_is_a_score(files: dict[str, Path], command: str, value: str) -> None:
    result = CliRunner().invoke(cli, [command, "--pairs", str(files["good"]), "--no-glossary",
                                      "--min-confidence", value, "-o",
                                      str(files["dir"] / "out.html")])
    assert result.exit_code == 2
    assert "invalid value for '--min-confidence'" in result.output
    assert not (files["dir"] / "out.html").exists()


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_low_confidence_numbers_read_true(tmp_path: Path, fmt: str) -> None:
    """0.4959 printed to two places was "0.50 < 0.50"."""
    from aligner.formats.alignment_json import write_alignment_json
    from aligner.model import Alignment, Bead

    saved = tmp_path / "a.json"
    write_alignment_json(Alignment(("Hola mundo.",), ("Hello world.",),
                                   (Bead((0,), (0,), 0.4959),), "es", "en"), saved)
    code, out = run(str(saved), "--no-glossary", "--format", fmt)
    assert code == 0, out
    assert "aligned with low confidence (0.4959 < 0.5)" in out


@pytest.mark.parametrize("command", ["check", "report"])
@pytest.mark.parametrize(("option", "message"), [
    (["--src-lang", "fr"], "no document is fr -> *; the language pair of the collection: "
                           "es -> en"),
    (["--tgt-lang", "de"], "no document is * -> de; the language pair of the collection: "
                           "es -> en"),
])
def test_collection_of_other_languages(collection_db: Path, tmp_path: Path, command: str,
                                       option: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, [command, str(collection_db), *option, "--no-glossary",
                                      "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.output == f"aligner: error: {collection_db}: {message}\n"
    assert not (tmp_path / "out").exists()


def test_collection_of_the_languages_given(collection_db: Path) -> None:
    code, out = run(str(collection_db), "--src-lang", "es-ES", "--tgt-lang", "en",
                    "--no-glossary", "--fail-on", "never")
    assert code == 0, out


def test_a_tu_in_other_languages_only_is_said_left_out(tmp_path: Path) -> None:
    """check --tmx said nothing of a tu it could not check (an English-only one)."""
    tm = tmp_path / "m.tmx"
    tm.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" '
        'datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>Save</seg></tuv>'
        '<tuv xml:lang="es"><seg>Guardar</seg></tuv></tu><tu><tuv xml:lang="en">'
        "<seg>Open</seg></tuv></tu></body></tmx>", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--tmx", str(tm), "--no-glossary"])
    assert result.exit_code == 0, result.stderr
    assert (f"aligner: warning: {tm}: 1 of 2 units left out, not checked: no text in en or "
            "in es (in other languages only: --src-lang and --tgt-lang choose them)"
            ) in result.stderr


def test_an_xliff_unit_id_names_the_findings(tmp_path: Path) -> None:
    xlf = tmp_path / "ui.xlf"
    xlf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:'
        'tc:xliff:document:1.2"><file original="s.json" source-language="en" '
        'target-language="es" datatype="plaintext"><body><trans-unit id="menu.count">'
        '<source>3 files</source><target>4 archivos</target></trans-unit></body></file>'
        "</xliff>\n", encoding="utf-8")
    text = CliRunner().invoke(cli, ["check", str(xlf), "--no-glossary"])
    assert "  unit 0 (id menu.count)  numbers differ" in text.stdout
    doc = json.loads(CliRunner().invoke(cli, ["check", str(xlf), "--no-glossary", "--format",
                                              "json"]).stdout)
    assert [f["label"] for f in doc["findings"]] == ["id menu.count"]
    rows = CliRunner().invoke(cli, ["check", str(xlf), "--no-glossary", "--format",
                                    "csv"]).stdout.splitlines()
    assert rows[0].endswith(",label,source_text,target_text,note,rendering,src_paragraph,"
                            "tgt_paragraph,src_cue,src_time,tgt_cue,tgt_time")
    assert rows[1].endswith(",id menu.count,3 files,4 archivos,,,,,,,,")


def test_quiet_says_nothing_but_errors(files: dict[str, Path]) -> None:
    out_file = files["dir"] / "f.json"
    # the languages assumed (a warning) and the file written (a line) go unsaid
    result = CliRunner().invoke(cli, ["check", "--pairs", str(files["bad"]), "--no-glossary",
                                      "-o", str(out_file), "-q"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(out_file.read_text(encoding="utf-8"))["summary"]["warning"] == 1
    loud = CliRunner().invoke(cli, ["check", "--pairs", str(files["bad"]), "--no-glossary",
                                    "-o", str(out_file)])
    assert loud.stderr.splitlines() == [
        "aligner: warning: es -> en assumed: a pair file (TSV) does not say its languages, and "
        "no --src-lang/--tgt-lang was given",
        f"aligner: wrote {out_file} (1 finding in 2 units: 0 errors, 1 warning, 0 info)"]
    bad = CliRunner().invoke(cli, ["check", "--pairs", str(files["dir"] / "none.tsv"),
                                   "--quiet"])
    assert bad.exit_code == 2 and bad.stderr.startswith("aligner: error: ")


def test_pairs_from_standard_input(files: dict[str, Path]) -> None:
    text = files["bad"].read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--pairs", "-", "--glossary",
                                      str(files["glossary"]), "--format", "json"], input=text)
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    assert [(f["unit"], f["code"]) for f in doc["findings"]] == [
        (0, "term-forbidden"), (1, "inverted-mark")]
    assert doc["inputs"] == ["-"]
    broken = CliRunner().invoke(cli, ["check", "--pairs", "-", "--src-lang", "es", "--tgt-lang",
                                      "en"], input="uno\tone\ndos two\n")
    assert broken.exit_code == 2
    assert broken.stderr.startswith("aligner: error: <stdin>:2: expected 'source<TAB>target'")
    twice = CliRunner().invoke(cli, ["check", "--pairs", "-", "--pairs", "-"], input=text)
    assert twice.exit_code == 2 and "standard input (-) can be read once" in twice.stderr


@pytest.mark.parametrize("command", ["check", "report"])
def test_input_format_reads_two_documents_named_as_text(tmp_path: Path, command: str) -> None:
    """The reader's message told check and report users to give --input-format, which
    they did not have."""
    corpus = Path(__file__).parents[1] / "fixtures" / "corpus"
    src, tgt = tmp_path / "chile.es.txt", tmp_path / "chile.en.txt"
    src.write_bytes((corpus / "chile-73.es.docx").read_bytes())
    tgt.write_bytes((corpus / "chile-73.en.docx").read_bytes())
    args = [command, str(src), str(tgt), "--no-glossary", "--encoder", "none", "--fail-on",
            "never", "--format" if command == "check" else "-o",
            "json" if command == "check" else str(tmp_path / "r.html")]
    told = CliRunner().invoke(cli, args)
    assert (told.exit_code, told.output) == (
        2, f"aligner: error: {src}: is a DOCX file, not text; name it .docx or give "
           "--input-format docx\n")
    result = CliRunner().invoke(cli, [*args, "--input-format", "docx"])
    assert result.exit_code == 0, result.output
    if command == "check":
        assert json.loads(result.stdout)["summary"]["units"] > 30


def test_input_format_is_for_two_documents(files: dict[str, Path]) -> None:
    code, out = run("--pairs", str(files["good"]), "--input-format", "docx")
    assert (code, out) == (2, "aligner: error: --input-format reads two documents (SRC TGT); "
                              "alignment files are read as their extensions say\n")


@pytest.mark.parametrize("command", ["check", "report"])
def test_input_format_is_not_for_a_collection(collection_db: Path, tmp_path: Path,
                                              command: str) -> None:
    r = CliRunner().invoke(cli, [command, str(collection_db), "--input-format", "docx",
                                 "-o", str(tmp_path / "out/")])
    assert (r.exit_code, r.output) == (
        2, "aligner: error: --input-format reads two documents (SRC TGT); a collection's "
           "were read when aligned (aligner batch --input-format)\n")


def test_a_glossary_headed_in_spanish_flags_its_forbidden_row(tmp_path: Path) -> None:
    """The Spanish publisher's walk: Estado and Nota were left out with a warning, so the
    false friend passed and the right word was called inconsistent."""
    g = tmp_path / "casa_es.tsv"
    g.write_text("en\tes\tEstado\tNota\neventually\teventualmente\tprohibido\tfalso amigo\n"
                 "eventually\tfinalmente\tpreferido\n", encoding="utf-8")
    pairs = tmp_path / "estado.pairs.tsv"
    pairs.write_text("It eventually failed.\tEventualmente fracasó.\n"
                     "The plan eventually worked.\tEl plan finalmente funcionó.\n",
                     encoding="utf-8")
    code, out = run("--pairs", str(pairs), "--src-lang", "en", "--tgt-lang", "es",
                    "--glossary", str(g), "--format", "json")
    findings = json.loads(out[out.index("{"):])["findings"]
    assert code == 1
    assert [(f["code"], f["unit"], f.get("note")) for f in findings] == [
        ("term-forbidden", 0, "falso amigo")]
    assert "not read" not in out


def test_a_status_column_no_reader_reads_stops_the_check(tmp_path: Path) -> None:
    g = tmp_path / "g.tsv"
    g.write_text("en\tes\tSituación\neventually\teventualmente\tprohibido\n",
                 encoding="utf-8")
    pairs = tmp_path / "p.tsv"
    pairs.write_text("It eventually failed.\tEventualmente fracasó.\n", encoding="utf-8")
    code, out = run("--pairs", str(pairs), "--src-lang", "en", "--tgt-lang", "es",
                    "--glossary", str(g))
    assert code == 2
    assert out.startswith(f"aligner: error: {g}:1: column 3 ('Situación') is not read, but "
                          "its cells are statuses ('prohibido' on line 2; 1 of its 1 filled "
                          "cells): expected a status column headed 'status'")


def _cells(path: Path) -> list[list[tuple[object, str]]]:
    """Each row of the workbook's sheet: (value, openpyxl's data type) per cell."""
    from openpyxl import load_workbook

    sheet = load_workbook(path).worksheets[0]
    return [[(c.value, c.data_type) for c in row] for row in sheet.iter_rows()]


def test_findings_as_a_workbook(files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """-o f.xlsx: the CSV's columns and rows, unit numbers and spans number cells; the
    same findings and SOURCE_DATE_EPOCH give the same bytes."""
    from aligner.check.output import CSV_COLUMNS

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    books = [files["dir"] / "f.xlsx", files["dir"] / "g.xlsx"]
    for book in books:
        code, out = run("--pairs", str(files["bad"]), "--glossary", str(files["glossary"]),
                        "-o", str(book))
        assert code == 1 and out == (f"aligner: wrote {book} (2 findings in 2 units: "
                                     "1 error, 1 warning, 0 info)\n")
    assert books[0].read_bytes() == books[1].read_bytes()
    header, forbidden, mark = _cells(books[0])
    assert [v for v, _ in header] == list(CSV_COLUMNS)
    row = dict(zip(CSV_COLUMNS, forbidden, strict=True))
    assert row["unit"] == (0, "n") and row["src_start"] == (3, "n")
    assert row["code"] == ("term-forbidden", "s") and row["found"] == ("state blow", "s")
    assert row["target_text"] == ("The state blow.", "s")
    assert dict(zip(CSV_COLUMNS, mark, strict=True))["code"] == ("inverted-mark", "s")


def test_a_workbook_is_written_to_a_file_only(files: dict[str, Path]) -> None:
    code, out = run("--pairs", str(files["bad"]), "--no-glossary", "--format", "xlsx",
                    "--src-lang", "es", "--tgt-lang", "en")
    assert (code, out) == (2, "aligner: error: a workbook (--format xlsx) is written to a "
                              "file: give -o FINDINGS.xlsx\n")


def test_a_collections_findings_as_a_workbook(collection_db: Path, tmp_path: Path) -> None:
    """check C.db -o f.xlsx: the rows of check C.db -o f.csv, in a workbook."""
    import csv

    glossary = tmp_path / "g.tsv"  # "vía chilena" is in both documents, "road" forbidden
    glossary.write_text("es\ten\tstatus\nvía chilena\tChilean way\nvía chilena\tChilean road"
                        "\tforbidden\n", encoding="utf-8")
    book, table = tmp_path / "f.xlsx", tmp_path / "f.csv"
    for out_file in (book, table):
        code, out = run(str(collection_db), "--glossary", str(glossary), "--fail-on", "never",
                        "-o", str(out_file))
        assert code == 0 and out.startswith(f"aligner: wrote {out_file} ("), out
    rows = list(csv.reader(table.read_text(encoding="utf-8-sig").splitlines()))
    cells = _cells(book)
    assert len(rows) == len(cells) == 3  # the header, a finding in each document
    assert [["" if v is None else str(v) for v, _ in row] for row in cells] == rows
    assert {row[0][1] for row in cells[1:]} == {"n"}  # the unit: a number


def _check_declared_french(tmp_path: Path) -> Result:
    """``aligner check`` of two DOCX files that both declare en-US, the first written in
    French, with a fr -> en glossary."""
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    shutil.copy(fixtures / "declared-fr-as-en.docx", tmp_path / "a.docx")
    shutil.copy(fixtures / "corpus" / "chile-73.en.docx", tmp_path / "b.docx")
    (tmp_path / "g.tsv").write_text("fr\ten\nphare\tlighthouse\n", encoding="utf-8")
    return CliRunner().invoke(cli, ["check", str(tmp_path / "a.docx"),
                                    str(tmp_path / "b.docx"), "--glossary",
                                    str(tmp_path / "g.tsv")])


def test_a_glossary_named_outweighs_a_template_s_declared_language(tmp_path: Path) -> None:
    """Two DOCX files that both declare en-US (as pandoc's and Word's templates do), the
    first written in French, checked with a fr -> en glossary: before, refused as
    ``glossary is for fr -> en, not en-US -> en-US``; the glossary's languages are taken."""
    result = _check_declared_french(tmp_path)
    assert result.exit_code in (0, 1), result.stderr
    assert "the languages fr -> en are the glossary's" in result.stderr


def test_the_glossary_s_own_languages_are_read_once(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents that only declare a language, checked with a glossary: its pair is asked
    for twice (does the declaration give way to it; which languages the documents are
    in), and the file is read for that once; then once each way for the checks."""
    from aligner import formats

    reads: list[tuple[str | None, str | None]] = []
    real = formats.read_glossary

    def counted(path: str, **kwargs: Any) -> Any:
        reads.append((kwargs.get("src_lang"), kwargs.get("tgt_lang")))
        return real(path, **kwargs)

    monkeypatch.setattr(formats, "read_glossary", counted)
    result = _check_declared_french(tmp_path)
    assert result.exit_code in (0, 1), result.stderr
    assert reads == [(None, None), ("fr", "en"), ("en", "fr")]  # languages, checks, other way


@pytest.mark.parametrize(("stop", "flagged"), [("", []), (".", [0])])
def test_a_plain_text_headlines_allowed_short_form(tmp_path: Path, stop: str,
                                                   flagged: list[int]) -> None:
    """s42 walk ru finding 8: the headline, a short line of its own without a stop, is a
    heading, and its allowed "Duma" is no inconsistency; the same words as a sentence of
    running text are."""
    (tmp_path / "h.ru.txt").write_text(
        f"Госдума приняла бюджет{stop}\n\nГосударственная дума одобрила проект бюджета.\n\n"
        "Председатель Госдумы Вячеслав Володин выступил с речью.\n", encoding="utf-8")
    (tmp_path / "h.en.txt").write_text(
        f"Duma passes budget{stop}\n\nThe State Duma approved the draft budget.\n\n"
        "State Duma Speaker Vyacheslav Volodin gave a speech.\n", encoding="utf-8")
    (tmp_path / "g.tsv").write_text(
        "ru\ten\tstatus\nГосударственная дума\tState Duma\tpreferred\n"
        "Госдума\tState Duma\tpreferred\nГосдума\tDuma\tallowed\n", encoding="utf-8")
    code, out = run(str(tmp_path / "h.ru.txt"), str(tmp_path / "h.en.txt"), "--glossary",
                    str(tmp_path / "g.tsv"), "--format", "json", "--fail-on", "never")
    assert code == 0, out
    assert [f["unit"] for f in json.loads(out)["findings"]
            if f["code"] == "term-inconsistent"] == flagged
