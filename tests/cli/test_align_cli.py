from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from aligner.cli.main import cli


def _write(tmp: Path, name: str, lines: list[str]) -> str:
    p = tmp / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(p)


SRC = ["Hola, ¿cómo estás?", "En 1970 ganó Allende.", "Tab\there \\ back"]
TGT = ["Hello, how are you?", "Allende won in 1970.", "Tab\there \\ back"]


def test_beads_and_tsv_output(tmp_path: Path) -> None:
    s, t = _write(tmp_path, "a.src", SRC), _write(tmp_path, "a.tgt", TGT)
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en"])
    assert r.exit_code == 0, r.output
    assert [line.rsplit(":", 1)[0] for line in r.output.splitlines()] == [
        "[0]:[0]", "[1]:[1]", "[2]:[2]"]
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "--format", "tsv"])
    assert r.exit_code == 0
    last = r.output.splitlines()[-1].split("\t")
    assert last[:2] == ["Tab\\there \\\\ back", "Tab\\there \\\\ back"]


def test_output_file_and_eval(tmp_path: Path) -> None:
    s, t = _write(tmp_path, "a.src", SRC), _write(tmp_path, "a.tgt", TGT)
    out = tmp_path / "a.align"
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "-o", str(out)])
    assert r.exit_code == 0 and r.stdout == ""
    # a file of beads holds every sentence: the wrote line says how many
    assert r.stderr == f"aligner: wrote 3 units to {out}\n"
    gold = _write(tmp_path, "a.gold", ["[0]:[0]", "[1]:[1]", "[2]:[2]"])
    r = CliRunner().invoke(cli, ["eval", gold, str(out)])
    assert r.exit_code == 0
    assert "F1         1.000   1.000" in r.output


def test_a_file_of_units_says_what_it_left_out(tmp_path: Path) -> None:
    """TMX and TSV hold pairs: a sentence with no counterpart is said to be left out."""
    s = _write(tmp_path, "a.src", [*SRC, "Esta frase no tiene traducción alguna aquí."])
    t = _write(tmp_path, "a.tgt", TGT)
    out = tmp_path / "a.tmx"
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert r.stderr == (f"aligner: wrote 3 units to {out}; 1 source sentence without a "
                        "counterpart left out (the json and beads formats keep them)\n")
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "-o", str(tmp_path / "a.json")])
    assert r.exit_code == 0 and r.stderr == f"aligner: wrote 4 units to {tmp_path / 'a.json'}\n"
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "-o", str(tmp_path / "b.json"), "-q"])
    assert r.exit_code == 0 and r.stderr == ""


def test_eval_reads_a_saved_alignment(tmp_path: Path) -> None:
    """HYP may be the saved alignment (.json), as a file or as NAME.json in a folder;
    the gold here differs from the aligner's three 1-1 beads in one 2-2 bead, so strict
    P = 1/3, R = 1/2, F1 = 0.4."""
    s, t = _write(tmp_path, "a.src", SRC), _write(tmp_path, "a.tgt", TGT)
    hyp = tmp_path / "hyp"
    hyp.mkdir()
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "-o", str(hyp / "a.json")])
    assert r.exit_code == 0, r.output
    golds = tmp_path / "gold"
    golds.mkdir()
    gold = _write(golds, "a.gold", ["[0]:[0]", "[1, 2]:[1, 2]"])
    for args in ([gold, str(hyp / "a.json")], [str(golds), str(hyp)]):
        r = CliRunner().invoke(cli, ["eval", *args])
        assert r.exit_code == 0, r.output
        assert "precision  0.333" in r.output and "recall     0.500" in r.output
        assert "F1         0.400" in r.output


def test_mt_with_wrong_line_count_is_exit_2(tmp_path: Path) -> None:
    s, t = _write(tmp_path, "a.src", SRC), _write(tmp_path, "a.tgt", TGT)
    mt = _write(tmp_path, "a.mt", ["only one"])
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "--src-mt", mt])
    assert r.exit_code == 2
    assert "a.mt: has 1 line but SRC has 3 sentences" in r.output
    assert "Traceback" not in r.output


def test_empty_side_and_size_warning(tmp_path: Path) -> None:
    s = _write(tmp_path, "a.src", [f"Sentence {k}." for k in range(20)])
    t = _write(tmp_path, "a.tgt", ["Frase 1."])
    empty = tmp_path / "e.tgt"
    empty.write_text("", encoding="utf-8")
    r = CliRunner().invoke(cli, ["align", s, str(empty), "--presplit", "--src-lang", "en",
                                 "--tgt-lang", "es"])
    assert r.exit_code == 0
    lines = r.output.splitlines()  # CliRunner mixes stderr into output
    assert lines[0] == ("aligner: warning: TGT (e.tgt) has no sentences: every sentence of "
                        "SRC (a.src) is left unaligned (check that it is the right file)")
    assert all(line.startswith(f"[{k}]:[]") for k, line in enumerate(lines[1:]))
    assert len(lines) == 21
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "en",
                                 "--tgt-lang", "es"])
    assert r.exit_code == 0
    assert r.stderr.splitlines()[0] == (
        "aligner: warning: SRC (a.src) has 20 sentences and TGT (a.tgt) 1: one is ten times "
        "the other or more; expect many unaligned sentences (check that they are the same text)")


def test_invalid_utf8_is_exit_2_with_byte_offset(tmp_path: Path) -> None:
    s = tmp_path / "bad.src"
    s.write_bytes(b"ok\n\xff\xfe broken\n")
    t = _write(tmp_path, "a.tgt", TGT)
    r = CliRunner().invoke(cli, ["align", str(s), t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en"])
    assert r.exit_code == 2
    assert "bad.src: byte 3" in r.output


def test_json_and_tmx_outputs(tmp_path: Path) -> None:
    import json

    from tests._tools import assert_valid_tmx

    s, t = _write(tmp_path, "a.src", SRC), _write(tmp_path, "a.tgt", TGT)
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "--format", "json"])
    assert r.exit_code == 0
    doc = json.loads(r.output)
    assert [b["src"] for b in doc["beads"]] == [[0], [1], [2]]
    assert all(0.0 <= b["score"] <= 1.0 and "lexical" in b["signals"] for b in doc["beads"])
    out = tmp_path / "a.tmx"
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "--format", "tmx", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8").count("<tu>") + out.read_text(
        encoding="utf-8").count("<tu ") == 3
    assert_valid_tmx(out)
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "--format", "tmx"])
    assert r.exit_code == 0, r.output  # to standard output, like every other format
    (tmp_path / "stdout.tmx").write_bytes(r.stdout_bytes)
    assert (tmp_path / "stdout.tmx").read_bytes() == out.read_bytes().replace(
        _creationdate(out), _creationdate(tmp_path / "stdout.tmx"))


def test_documents_are_segmented_and_paragraphs_kept(tmp_path: Path) -> None:
    src = tmp_path / "es.txt"
    src.write_text("Título\n\nHola, ¿cómo estás? Muy bien.\n\nEn 1970 ganó Allende.\n",
                   encoding="utf-8")
    tgt = tmp_path / "en.txt"
    tgt.write_text("Title\n\nHello, how are you? Very well.\n\nAllende won in 1970.\n",
                   encoding="utf-8")
    r = CliRunner().invoke(cli, ["align", str(src), str(tgt), "--src-lang", "es",
                                 "--tgt-lang", "en", "--format", "tsv"])
    assert r.exit_code == 0, r.output
    rows = [line.split("\t")[:2] for line in r.output.splitlines()]
    assert rows == [["Título", "Title"], ["Hola, ¿cómo estás?", "Hello, how are you?"],
                    ["Muy bien.", "Very well."], ["En 1970 ganó Allende.", "Allende won in 1970."]]


def _creationdate(path: Path) -> bytes:
    """The header's creation date (the one byte string two runs may differ in)."""
    text = path.read_bytes()
    start = text.index(b'creationdate="')
    return text[start:text.index(b'"', start + 14) + 1]


def test_tmx_publisher_options(tmp_path: Path) -> None:
    from lxml import etree

    s, t = _write(tmp_path, "a.src", SRC), _write(tmp_path, "a.tgt", TGT)
    out = tmp_path / "a.tmx"
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "--format", "tmx", "-o", str(out),
                                 "--creator", "Ana Pérez", "--created", "2025-11-25T18:30:00+01:00",
                                 "--prop", "x-client=Acme", "--prop", "x-project=Chile 73"])
    assert r.exit_code == 0, r.output
    root = etree.parse(str(out)).getroot()
    header = root.find("header")
    assert header is not None
    assert (header.get("creationid"), header.get("creationdate")) == (
        "Ana Pérez", "20251125T173000Z")
    props = {p.get("type"): p.text for p in header.findall("prop")}
    assert (props["x-client"], props["x-project"]) == ("Acme", "Chile 73")
    tus = root.findall("body/tu")
    assert len(tus) == 3
    assert {(tu.get("creationid"), tu.get("creationdate")) for tu in tus} == {
        ("Ana Pérez", "20251125T173000Z")}
    # to standard output as well
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "--format", "tmx", "--creator", "Eva"])
    assert r.exit_code == 0 and 'creationid="Eva"' in r.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "tmx", "--created", "yesterday"],
         "'yesterday' is not an ISO 8601 date or time"),
        (["--format", "tmx", "--prop", "novalue"], "'novalue' is not TYPE=VALUE"),
        (["--format", "tsv", "--creator", "Ana"],
         "--creator, --created and --prop go with --format tmx"),
    ],
)
def test_bad_publisher_options_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    s, t = _write(tmp_path, "a.src", SRC), _write(tmp_path, "a.tgt", TGT)
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", *args])
    assert r.exit_code == 2 and message in r.output


def test_align_and_export_share_the_publisher_options() -> None:
    from aligner.cli.align import align_cmd
    from aligner.cli.export import export_cmd

    def options(cmd: click.Command) -> list[tuple[str | None, str | None]]:
        return [(p.name, getattr(p, "help", None)) for p in cmd.params
                if p.name in ("creator", "created", "props")]

    assert len(options(align_cmd)) == 3
    assert options(align_cmd) == options(export_cmd)


ZH_DOC = [
    "第一章",
    "今天早上下了一场大雨。街上的人都打着伞！我没有带伞，只好在书店里等。",
    "书店老板问我：“你想买什么书？”我说我只是来躲雨的。他笑了笑，给我倒了一杯茶。",
    "雨停了以后，我买了一本《小王子》。回家的路上，天空出现了彩虹。",
]
EN_DOC = [
    "Chapter One",
    "It rained heavily this morning. Everyone in the street carried an umbrella! "
    "I had none, so I waited in a bookshop.",
    "The owner asked me: \"What book would you like?\" I said I was only sheltering from "
    "the rain. He smiled and poured me a cup of tea.",
    "When the rain stopped, I bought a copy of The Little Prince. On the way home, a "
    "rainbow appeared in the sky.",
]


def test_chinese_document_is_split_into_sentences(tmp_path: Path) -> None:
    import json

    src = tmp_path / "zh.txt"
    src.write_text("\n\n".join(ZH_DOC) + "\n", encoding="utf-8")
    tgt = tmp_path / "en.txt"
    tgt.write_text("\n\n".join(EN_DOC) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["align", str(src), str(tgt), "--src-lang", "zh",
                                 "--tgt-lang", "en", "--format", "json"])
    assert r.exit_code == 0, r.output
    beads = json.loads(r.output)["beads"]
    # a heading and 3 + 3 + 2 sentences on each side, not one unit per paragraph
    assert sorted({i for b in beads for i in b["src"]}) == list(range(9))
    assert sorted({i for b in beads for i in b["tgt"]}) == list(range(9))
    assert all(len(b["src"]) == 1 and len(b["tgt"]) == 1 for b in beads)


def test_an_output_that_cannot_be_written_is_one_line_and_exit_2(tmp_path: Path) -> None:
    s, t = _write(tmp_path, "a.src", SRC), _write(tmp_path, "a.tgt", TGT)
    (tmp_path / "afile").write_text("", encoding="utf-8")
    out = tmp_path / "afile" / "x.tmx"
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "-o", str(out)])
    assert r.exit_code == 2
    blocked = tmp_path / "afile"
    assert r.output == f"aligner: error: {out}: cannot write: {blocked} is not a folder\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_full_standard_output_is_one_line_and_exit_2(tmp_path: Path) -> None:
    s, t = _write(tmp_path, "a.src", SRC * 400), _write(tmp_path, "a.tgt", TGT * 400)
    aligner = Path(sys.executable).with_name("aligner")
    with Path("/dev/full").open("w") as full:
        r = subprocess.run([str(aligner), "align", s, t, "--presplit", "--src-lang", "es",
                            "--tgt-lang", "en", "--encoder", "none"], stdout=full,
                           stderr=subprocess.PIPE, text=True, check=False)
    assert r.returncode == 2
    assert r.stderr.splitlines()[-1] == ("aligner: error: cannot write the standard output: "
                                         "No space left on device")
    assert "Traceback" not in r.stderr


# -- the output format: --format, the extension of -o, and the options that go with it


def _align(tmp_path: Path, *args: str) -> click.testing.Result:
    s, t = _write(tmp_path, "a.src", SRC), _write(tmp_path, "a.tgt", TGT)
    return CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                    "--tgt-lang", "en", *args])


@pytest.mark.parametrize(("name", "start"), [
    ("a.json", "{"),
    ("a.tmx", "<?xml"),
    ("a.tsv", "Hola, ¿cómo estás?\tHello, how are you?\t"),
    ("a.beads", "[0]:[0]:"),
    ("a.txt", "[0]:[0]:"),  # no format of its own: the default, beads
    ("a.hyp", "[0]:[0]:"),  # what eval looks for beside NAME.align
    # s30 walk: align -o x.xlf was refused (the saved alignment first, then export)
    ("a.xlf", "<?xml"),
    ("a.csv", "\ufeff"),
])
def test_the_extension_of_output_picks_the_format(tmp_path: Path, name: str, start: str
                                                  ) -> None:
    r = _align(tmp_path, "-o", str(tmp_path / name))
    assert r.exit_code == 0, r.output
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)


@pytest.mark.parametrize(("name", "args", "message"), [
    ("a.tmx", ["--format", "tsv"], "the extension .tmx says tmx, but --format says tsv"),
    ("a.json", ["--format", "beads"], "the extension .json says json, but --format says beads"),
    ("a.csv", ["--format", "tsv"], "the extension .csv says csv, but --format says tsv"),
    ("a.xlf", ["--format", "tmx"], "the extension .xlf says xliff, but --format says tmx"),
])
def test_a_format_the_extension_contradicts_is_one_line_and_exit_2(
        tmp_path: Path, name: str, args: list[str], message: str) -> None:
    out = tmp_path / name
    r = _align(tmp_path, "-o", str(out), *args)
    assert r.exit_code == 2
    assert r.output.startswith(f"aligner: error: {out}: {message}")
    assert r.output.count("\n") == 1
    assert not out.exists()


def test_tmx_options_follow_the_format_the_extension_picks(tmp_path: Path) -> None:
    out = tmp_path / "a.tmx"
    r = _align(tmp_path, "-o", str(out), "--creator", "Ana")
    assert r.exit_code == 0, r.output
    assert 'creationid="Ana"' in out.read_text(encoding="utf-8")
    r = _align(tmp_path, "-o", str(tmp_path / "a.json"), "--creator", "Ana")
    assert r.exit_code == 2 and "--creator, --created and --prop go with --format tmx" in r.output


@pytest.mark.parametrize("value", ["5", "1.5", "-1", "nan"])
def test_min_score_is_a_score(tmp_path: Path, value: str) -> None:
    r = _align(tmp_path, "--format", "tsv", "--min-score", value)
    assert r.exit_code == 2
    assert "invalid value for '--min-score'" in r.output
    assert "\t" not in r.output


@pytest.mark.parametrize("args", [[], ["--format", "json"], ["-o", "{tmp}/a.json"]])
def test_min_score_with_a_format_that_keeps_every_bead_is_an_error(
        tmp_path: Path, args: list[str]) -> None:
    args = [a.format(tmp=tmp_path) for a in args]
    r = _align(tmp_path, "--min-score", "0.95", *args)
    assert r.exit_code == 2
    assert "--min-score goes with --format tsv, tmx, xliff, csv or xlsx" in r.output
    assert not (tmp_path / "a.json").exists()
    assert _align(tmp_path, "--min-score", "0", *args).exit_code == 0  # no effect, no error


@pytest.mark.parametrize("args", [[], ["--format", "json"], ["-o", "{tmp}/a.json"]])
def test_unwrap_with_a_format_that_keeps_the_exact_text_is_an_error(
        tmp_path: Path, args: list[str]) -> None:
    args = [a.format(tmp=tmp_path) for a in args]
    r = _align(tmp_path, "--unwrap", *args)
    assert r.exit_code == 2
    assert "--unwrap goes with --format tsv, tmx, xliff, csv or xlsx" in r.output
    assert not (tmp_path / "a.json").exists()


def test_unwrap_joins_the_lines_of_a_wrapped_text(tmp_path: Path) -> None:
    src = _write(tmp_path, "w.en.txt", ["Im-", "proper use may cause", "serious injury."])
    tgt = _write(tmp_path, "w.de.txt",
                 ["Unsachgemäßer Gebrauch kann zu schweren Ver-", "letzungen führen."])
    r = CliRunner().invoke(cli, ["align", src, tgt, "--format", "tsv", "--unwrap"])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("Improper use may cause serious injury.\t"
                               "Unsachgemäßer Gebrauch kann zu schweren Verletzungen führen.\t")


def test_eval_of_an_empty_gold_names_the_file(tmp_path: Path) -> None:
    gold = _write(tmp_path, "e.gold", ["[]:[]"])
    r = CliRunner().invoke(cli, ["eval", gold, gold])
    assert r.exit_code == 2
    assert r.output == f"aligner: error: {gold}: the gold has no beads: there is nothing to " \
                       "score against\n"


def test_eval_warns_of_a_hypothesis_unlike_its_gold(tmp_path: Path) -> None:
    gold, hyp = tmp_path / "g", tmp_path / "h"
    gold.mkdir()
    hyp.mkdir()
    for name in ("a", "b", "c"):
        _write(gold, f"{name}.gold", ["[0]:[0]", "[1]:[1]"])
    _write(hyp, "a.align", ["[0]:[0]", "[1]:[1]"])  # as it should be
    _write(hyp, "b.align", ["[0]:[0]", "[7]:[1]"])  # of another document
    (hyp / "c.align").write_text("", encoding="utf-8")  # aligned nothing
    _write(hyp, "d.align", ["[0]:[0]"])  # no gold
    r = CliRunner().invoke(cli, ["eval", str(gold), str(hyp)])
    assert r.exit_code == 0
    assert r.stderr.splitlines() == [
        f"aligner: warning: {hyp}: d has no d.gold in {gold}; not scored",
        f"aligner: warning: {hyp / 'b.align'}: names source sentence 7, but "
        f"{gold / 'b.gold'} ends at 1: is it of the same document and segmentation?",
        f"aligner: warning: {hyp / 'c.align'}: no beads; scored as aligning nothing",
    ]
    assert "documents: 3" in r.stdout
    empty = tmp_path / "none"
    empty.mkdir()
    r = CliRunner().invoke(cli, ["eval", str(gold), str(empty)])
    assert (r.exit_code, r.output) == (
        2, f"aligner: error: {empty}: no hypothesis for any gold file of {gold}: expected "
           "NAME.align (or .beads, .hyp, .json) here for each NAME.gold\n")


def test_blank_presplit_lines_make_no_translation_unit(tmp_path: Path) -> None:
    s = _write(tmp_path, "b.es", ["Hola.", "", "Adiós."])
    t = _write(tmp_path, "b.en", ["Hello.", "", "Goodbye."])
    tmx = tmp_path / "b.tmx"
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es", "--tgt-lang",
                                 "en", "--encoder", "none", "--format", "tmx", "-o", str(tmx)])
    assert r.exit_code == 0, r.output
    assert tmx.read_text(encoding="utf-8").count("<tu ") == 2
    back = tmp_path / "b.tsv"
    r = CliRunner().invoke(cli, ["export", str(tmx), "-o", str(back)])
    assert r.exit_code == 0 and "warning" not in r.output, r.output
    assert [line.split("\t")[:2] for line in back.read_text(encoding="utf-8").splitlines()] == [
        ["Hola.", "Hello."], ["Adiós.", "Goodbye."]]


def test_presplit_takes_no_reader_and_no_srx(tmp_path: Path) -> None:
    s, t = _write(tmp_path, "a.src", SRC), _write(tmp_path, "a.tgt", TGT)
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "--input-format", "html"])
    assert (r.exit_code, r.output) == (2, "aligner: error: --presplit reads one sentence per "
                                          "line: --input-format and --srx do not apply\n")


@pytest.mark.parametrize("command", ["align", "batch", "segment", "check", "report",
                                     "glossary suggest"])
def test_input_format_takes_the_short_names_everywhere(command: str) -> None:
    r = CliRunner().invoke(cli, [*command.split(), "--help"])
    # batch's has auto too: the reader by extension, in place of the collection's
    names = "text|markdown|html|srt|vtt|docx|odt|pptx|odp|epub|rtf|pdf|txt|md|subrip|webvtt"
    assert f"[{names}]" in r.output or (command == "batch" and f"[{names}|auto]" in r.output)


@pytest.mark.parametrize(("name", "message"), [
    ("h.tmx", "is a TMX file, which holds no sentence numbers: eval reads bead files (.align, "
              ".gold) and saved alignments (.json)"),
    ("h.db", "is a collection: score one document of it, exported with aligner export C.db "
             "--doc NAME -o NAME.json"),
])
def test_eval_names_a_hypothesis_of_another_kind(tmp_path: Path, name: str, message: str) -> None:
    gold = _write(tmp_path, "a.gold", ["[0]:[0]"])
    hyp = tmp_path / name
    hyp.write_bytes(b"<tmx/>")
    r = CliRunner().invoke(cli, ["eval", gold, str(hyp)])
    assert (r.exit_code, r.output) == (2, f"aligner: error: {hyp}: {message}\n")


def test_presplit_names_a_document_it_cannot_read(tmp_path: Path) -> None:
    from tests.conftest import REPO

    docx = REPO / "tests" / "fixtures" / "corpus" / "chile-73.es.docx"
    t = _write(tmp_path, "a.tgt", TGT)
    r = CliRunner().invoke(cli, ["align", str(docx), t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en"])
    assert (r.exit_code, r.output) == (
        2, f"aligner: error: --presplit reads plain text, one sentence per line; {docx} is a "
           "DOCX document: drop --presplit\n")
    rtf = REPO / "tests" / "fixtures" / "corpus" / "chile-73.es.rtf"  # "an", not "a"
    r = CliRunner().invoke(cli, ["align", str(rtf), t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en"])
    assert r.output.endswith(f"{rtf} is an RTF document: drop --presplit\n")
    r = CliRunner().invoke(cli, ["segment", str(docx), "--lang", "es", "--input-format", "text"])
    assert (r.exit_code, r.output) == (
        2, f"aligner: error: {docx}: is a DOCX file, not text; drop --input-format text\n")


@pytest.mark.parametrize("to_file", [True, False])
def test_a_tmx_from_align_is_dated_by_source_date_epoch(tmp_path: Path, to_file: bool) -> None:
    """Reproducible output: the header's date is SOURCE_DATE_EPOCH's, as with export."""
    s, t = _write(tmp_path, "a.src", SRC), _write(tmp_path, "a.tgt", TGT)
    out = tmp_path / "a.tmx"
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "--format", "tmx",
                                 *(["-o", str(out)] if to_file else [])],
                           env={"SOURCE_DATE_EPOCH": "86400"})  # 1970-01-02, midnight UTC
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8") if to_file else r.stdout
    assert 'creationdate="19700102T000000Z"' in text


def test_a_bad_source_date_epoch_stops_align_before_it_writes(tmp_path: Path) -> None:
    s, t = _write(tmp_path, "a.src", SRC), _write(tmp_path, "a.tgt", TGT)
    r = CliRunner().invoke(cli, ["align", s, t, "--presplit", "--src-lang", "es",
                                 "--tgt-lang", "en", "-o", str(tmp_path / "b.tmx")],
                           env={"SOURCE_DATE_EPOCH": "soon"})
    assert r.exit_code == 2
    assert "SOURCE_DATE_EPOCH='soon' is not a Unix timestamp" in r.output
    assert not (tmp_path / "b.tmx").exists()


def test_a_lao_side_split_at_its_spaces_is_not_called_unsplit() -> None:
    """Lao ends its sentences with a space: split there (``segment/unmarked.py``), a Lao
    text against its English is no longer a side of paragraphs (before, its 14
    paragraphs met the 49 English sentences 4 and 5 to one, and the warning said so)."""
    lao = Path(__file__).resolve().parent.parent / "fixtures" / "lao"
    r = CliRunner().invoke(cli, ["align", str(lao / "village.en.txt"),
                                 str(lao / "village.lo.raw.txt"), "--src-lang", "en",
                                 "--tgt-lang", "lo", "--encoder", "none"])
    assert r.exit_code == 0, r.output
    assert "not split" not in r.stderr
    beads = [line.rsplit(":", 1)[0].split(":") for line in r.stdout.splitlines()]
    one_one = sum("," not in src + tgt and "[]" not in (src, tgt) for src, tgt in beads)
    assert one_one >= 35  # measured: 39 1-1 beads, 5 1-2, 2 2-1, one 1-0


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_rtf_documents_align_to_a_tmx(tmp_path: Path) -> None:
    """pandoc's RTF of src/formatting-{es,en}.md, a paragraph a pair (a heading, then
    paragraphs of two, two, three and two sentences), their bold, italic and link codes
    in the TMX."""
    from tests._tools import assert_valid_tmx

    out = tmp_path / "x.tmx"
    r = CliRunner().invoke(cli, ["align", str(FIXTURES / "formatting-es.rtf"),
                                 str(FIXTURES / "formatting-en.rtf"), "--src-lang", "es",
                                 "--tgt-lang", "en", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert_valid_tmx(out)
    tmx = out.read_text(encoding="utf-8")
    assert tmx.count("<tu ") == 9
    assert ("<seg>The keeper wrote in the log <bpt i=\"1\" x=\"1\">&lt;i&gt;</bpt>every"
            "<ept i=\"1\">&lt;/i&gt;</ept> night.</seg>") in tmx
    assert "https://example.org/faros" in tmx and "https://example.org/lights" in tmx
    # the heading's bold is its style's, as in a DOCX: no code; its italic word has one
    assert ("<seg>The <bpt i=\"1\" x=\"1\">&lt;i&gt;</bpt>Keeper<ept i=\"1\">&lt;/i&gt;"
            "</ept></seg>") in tmx


def test_broken_rtf_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rtf"
    bad.write_bytes(b"{\\rtf1\\ansi Hola.\\par\n{\\b sin cerrar\\par\n")
    r = CliRunner().invoke(cli, ["align", str(bad), str(FIXTURES / "formatting-en.rtf"),
                                 "--src-lang", "es", "--tgt-lang", "en"])
    assert r.exit_code == 2
    assert r.output == (f"aligner: error: {bad}:2: the RTF ends inside 2 open groups (a '{{' "
                        "opened on line 2 is never closed): the file is truncated or "
                        "damaged\n")
