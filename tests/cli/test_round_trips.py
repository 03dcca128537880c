"""The tool reads its own files (issue 13): every alignment file `align` and `export`
write is accepted by `check`, `report` and `glossary suggest` with the findings of
checking the documents directly; every glossary `glossary export` writes -- and what
spreadsheets write -- by `check --glossary` and `glossary validate`; `--encoding`
on every text input; several inputs checked together.  Through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli

SRC = "El golpe de Estado fue en 1973.\n\nLos obreros ocuparon las fábricas.\n\nQué pasó después?\n"
TGT = "The state blow was in 1972.\n\nThe workers occupied the factories.\n\nWhat happened next?\n"
GLOSSARY = "es\ten\tstatus\tnote\ngolpe de Estado\tcoup\t\tthe word\n" \
           "golpe de Estado\tstate blow\tforbidden\tliteral\nfábrica\tfactory\n"
# Written by hand: what an editor must be told about SRC/TGT with GLOSSARY.
EXPECTED = {(0, "term-forbidden"), (0, "number-mismatch"), (2, "inverted-mark")}


def cli_run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def findings(*args: str) -> list[tuple[int, str, str]]:
    code, out = cli_run("check", *args, "--format", "json", "--fail-on", "never")
    assert code == 0, out
    return [(f["unit"], f["code"], f["message"]) for f in json.loads(out)["findings"]]


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "a.es.txt").write_text(SRC, encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(TGT, encoding="utf-8")
    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")
    return tmp_path


def _direct(work: Path) -> list[tuple[int, str, str]]:
    direct = findings(str(work / "a.es.txt"), str(work / "a.en.txt"),
                      "--glossary", str(work / "g.tsv"))
    assert {(u, c) for u, c, _ in direct} >= EXPECTED
    return direct


def _alignment_files(work: Path) -> dict[str, Path]:
    """What `align --format json|tsv|tmx` and `export -o X.tsv|.csv|.tmx|.xlf` write."""
    out: dict[str, Path] = {}
    docs = (str(work / "a.es.txt"), str(work / "a.en.txt"))
    for fmt in ("json", "tsv", "tmx"):
        out[f"align-{fmt}"] = work / f"aligned.{fmt}"
        code, text = cli_run("align", *docs, "--src-lang", "es", "--tgt-lang", "en",
                             "--glossary", str(work / "g.tsv"), "--format", fmt,
                             "-o", str(out[f"align-{fmt}"]))
        assert code == 0, text
    for suffix in ("tsv", "csv", "tmx", "xlf"):
        out[f"export-{suffix}"] = work / f"exported.{suffix}"
        code, text = cli_run("export", str(out["align-json"]), "-o", str(out[f"export-{suffix}"]))
        assert code == 0, text
    return out


def test_every_alignment_file_checks_like_the_documents(work: Path) -> None:
    direct = _direct(work)
    for name, path in _alignment_files(work).items():
        assert findings(str(path), "--glossary", str(work / "g.tsv")) == direct, name
        if path.suffix in (".tsv", ".csv"):
            assert findings("--pairs", str(path), "--glossary", str(work / "g.tsv")) == direct
        if path.suffix == ".tmx":
            assert findings("--tmx", str(path), "--glossary", str(work / "g.tsv")) == direct


def test_report_of_every_alignment_file_shows_its_confidence(work: Path) -> None:
    for name, path in _alignment_files(work).items():
        page = work / f"{name}.html"
        code, out = cli_run("report", str(path), "--glossary", str(work / "g.tsv"),
                            "-o", str(page))
        assert code == 0, out
        html = page.read_text(encoding="utf-8")
        assert "low-confidence threshold" in html and "not available" not in html, name


def test_a_tm_without_scores_has_no_confidence(work: Path) -> None:
    tmx = _alignment_files(work)["export-tmx"]
    other = work / "other.tmx"
    other.write_text("\n".join(line for line in tmx.read_text(encoding="utf-8").splitlines()
                               if "x-score" not in line), encoding="utf-8")
    page = work / "other.html"
    code, out = cli_run("report", "--tmx", str(other), "-o", str(page))
    assert code == 0, out
    assert "confidence</th><td>not available" in page.read_text(encoding="utf-8")


def test_glossary_suggest_reads_every_alignment_file(work: Path) -> None:
    docs = (str(work / "a.es.txt"), str(work / "a.en.txt"))
    base = ("glossary", "suggest", "--glossary", str(work / "g.tsv"), "--min-count", "2")
    code, direct = cli_run(*base, *docs)
    assert code == 0, direct
    for name, path in _alignment_files(work).items():
        code, out = cli_run(*base, str(path))
        assert (code, out) == (0, direct), name


@pytest.mark.parametrize(("fmt", "name"), [
    ("csv", "x.csv"), ("tbx", "x.tbx"), ("tbx3", "x.tbx3"), ("omegat", "x.txt"),
])
def test_every_exported_glossary_is_read_back(work: Path, fmt: str, name: str) -> None:
    direct = _direct(work)
    exported = work / name
    extra = ("--include-forbidden",) if fmt == "omegat" else ()
    code, out = cli_run("glossary", "export", str(work / "g.tsv"), "--format", fmt,
                        "-o", str(exported), *extra)
    assert code == 0, out
    docs = (str(work / "a.es.txt"), str(work / "a.en.txt"))
    assert findings(*docs, "--glossary", str(exported)) == direct
    langs = ("--src-lang", "es", "--tgt-lang", "en")
    code, out = cli_run("glossary", "validate", str(exported), *langs)
    assert code == 0, out
    assert out.endswith("es -> en: 2 terms, 3 rows (2 preferred, 0 allowed, 1 forbidden)\n")


def _spreadsheet_rows() -> list[list[str]]:
    return [["es", "en", "status", "note"], ["golpe de Estado", "coup", "", "the word"],
            ["golpe de Estado", "state blow", "forbidden", "literal"],
            ["fábrica", "factory", "", ""]]


def test_spreadsheet_glossaries(work: Path) -> None:
    direct = _direct(work)
    docs = (str(work / "a.es.txt"), str(work / "a.en.txt"))
    semicolons = work / "excel-es.csv"  # Excel in a Spanish locale: ';' and cp1252
    semicolons.write_bytes("\r\n".join(";".join(r) for r in _spreadsheet_rows())
                           .encode("cp1252"))
    unicode_text = work / "unicode.txt"  # Excel's "Unicode text": UTF-16 with BOM, tabs
    unicode_text.write_bytes("\r\n".join("\t".join(r) for r in _spreadsheet_rows())
                             .encode("utf-16"))
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in _spreadsheet_rows():
        sheet.append([cell or None for cell in row])
    book.save(work / "g.xlsx")
    for name in ("a.es.txt", "a.en.txt"):  # --encoding is for every text file read
        (work / f"cp-{name}").write_bytes((work / name).read_text("utf-8").encode("cp1252"))
    cp_docs = (str(work / "cp-a.es.txt"), str(work / "cp-a.en.txt"))
    for path, extra in ((semicolons, ("--encoding", "cp1252")), (unicode_text, ()),
                        (work / "g.xlsx", ())):
        inputs = cp_docs if extra else docs
        assert findings(*inputs, "--glossary", str(path), *extra) == direct, path.name
        code, out = cli_run("glossary", "validate", str(path), *extra)
        assert code == 0 and "2 terms, 3 rows" in out, out
    # the cp1252 file is not UTF-8: without --encoding, one line naming the file
    code, out = cli_run("check", *docs, "--glossary", str(semicolons))
    assert code == 2 and out.count("\n") == 1 and "excel-es.csv" in out, out


def test_extension_and_content_must_agree(work: Path) -> None:
    wrong = work / "g.csv"
    wrong.write_text(GLOSSARY, encoding="utf-8")  # tabs in a .csv
    code, out = cli_run("glossary", "validate", str(wrong))
    assert code == 2 and "g.csv: the extension .csv says csv, but the file is tab-separated" \
        in out, out
    for name, content, what in (("g.xlsx", bytes(range(256)) * 4, "binary data of no glossary "
                                 "format"), ("g.tbx", b"", "empty"),
                                ("g.tbx", b"\xef\xbb\xbf\n", "empty")):  # a BOM alone
        (work / name).write_bytes(content)
        code, out = cli_run("glossary", "validate", str(work / name))
        suffix = name.rsplit(".", 1)[1]
        assert (code, out) == (2, f"aligner: error: {work / name}: the extension .{suffix} says "
                                  f"{suffix}, but the file is {what}; rename it or fix its "
                                  "content\n")


def test_a_utf8_glossary_beside_latin1_documents_is_read_as_utf8(work: Path) -> None:
    (work / "s.txt").write_bytes("Las fábricas cerraron.\n".encode("latin-1"))
    (work / "t.txt").write_bytes(b"The factories closed.\n")
    (work / "g8.tsv").write_text("es\ten\tstatus\nfábrica\tmill\tpreferred\n",
                                 encoding="utf-8")
    found = findings(str(work / "s.txt"), str(work / "t.txt"), "--encoding", "latin-1",
                     "--glossary", str(work / "g8.tsv"))
    assert [(u, c) for u, c, _ in found] == [(0, "term-missing")]
    assert found[0][2] == "'fábricas' (fábrica) is not rendered as 'mill'"


def test_encoding_latin1_on_every_text_input(work: Path) -> None:
    direct = _direct(work)
    for name in ("a.es.txt", "a.en.txt", "g.tsv"):
        text = (work / name).read_text(encoding="utf-8")
        (work / f"l1-{name}").write_bytes(text.encode("latin-1"))
    latin = ("--encoding", "latin-1", "--glossary", str(work / "l1-g.tsv"))
    docs = (str(work / "l1-a.es.txt"), str(work / "l1-a.en.txt"))
    assert findings(*docs, *latin) == direct
    pairs = _alignment_files(work)["export-tsv"]
    (work / "l1-pairs.tsv").write_bytes(pairs.read_text(encoding="utf-8").encode("latin-1"))
    assert findings("--pairs", str(work / "l1-pairs.tsv"), *latin) == direct
    code, out = cli_run("check", "--pairs", str(work / "l1-pairs.tsv"))
    assert code == 2 and "l1-pairs.tsv: byte" in out and "--encoding" in out, out
    # align: documents, glossary, dictionary and machine translation
    (work / "l1-dict.tsv").write_bytes("fábrica\tfactory\n".encode("latin-1"))
    (work / "l1-mt.txt").write_bytes("El golpe.\nLas fábricas.\nQué?\n".encode("latin-1"))
    (work / "s.txt").write_bytes("El golpe.\nLas fábricas.\nQué?\n".encode("latin-1"))
    (work / "t.txt").write_bytes(b"The coup.\nThe factories.\nWhat?\n")
    code, out = cli_run("align", str(work / "s.txt"), str(work / "t.txt"), "--presplit",
                        "--src-lang", "es", "--tgt-lang", "en", "--format", "tsv", *latin,
                        "--dictionary", str(work / "l1-dict.tsv"),
                        "--src-mt", str(work / "l1-mt.txt"))
    assert code == 0, out
    assert out.splitlines()[1].startswith("Las fábricas.\tThe factories.\t")


def test_several_inputs_are_checked_together(work: Path) -> None:
    files = _alignment_files(work)
    one = findings(str(files["export-tsv"]), "--glossary", str(work / "g.tsv"))
    both = json.loads(cli_run("check", "--tmx", str(files["export-tmx"]), "--tmx",
                              str(files["align-tmx"]), "--glossary", str(work / "g.tsv"),
                              "--format", "json", "--fail-on", "never")[1])
    n = 3  # units per file
    got = [(f["unit"], f["code"], f["document"], f["document_unit"]) for f in both["findings"]]
    assert {(u, c, files["export-tmx"].as_posix(), u) for u, c, _ in one} <= set(got)
    assert {(u + n, c, files["align-tmx"].as_posix(), u) for u, c, _ in one} <= set(got)
    assert both["summary"]["units"] == 2 * n
    code, text = cli_run("check", str(files["export-tsv"]), str(files["align-json"]),
                         "--glossary", str(work / "g.tsv"), "--fail-on", "never")
    # the aligned documents' unit says its paragraph; the exported memory's has none
    assert code == 0 and f"({files['align-json']} unit 0, paragraph 1)" in text, text
    assert f"({files['export-tsv']} unit 0)" in text, text


def test_languages_must_match_the_file(work: Path) -> None:
    files = _alignment_files(work)
    for key in ("align-json", "export-tmx", "export-xlf", "export-csv"):
        code, out = cli_run("check", str(files[key]), "--src-lang", "fr")
        assert code == 2 and out.count("\n") == 1 and files[key].name in out, (key, out)
    # TSV says nothing: the languages given are its languages
    code, out = cli_run("check", str(files["export-tsv"]), "--src-lang", "fr",
                        "--no-glossary", "--fail-on", "never")
    assert code == 0, out


def test_one_input_form() -> None:
    code, out = cli_run("check", "a.txt")
    assert code == 2 and "give either SRC TGT" in out
    code, out = cli_run("check", "a.txt", "b.txt", "--pairs", "p.tsv")
    assert code == 2 and "give either SRC TGT" in out
