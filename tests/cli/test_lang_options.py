"""Every --src-lang/--tgt-lang the user types is a language code, or one line and exit 2.

check, report and glossary suggest (``pipeline.load_check_input``, whatever the
input form), glossary validate and import, and export; ``segment --jsonl-docs``
is in test_segment_cli.py, align and segment FILE in test_align_cli.py and
tests/lang/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli

TMX = ('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
       'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="{src}" '
       'datatype="plaintext"/><body><tu><tuv xml:lang="{src}"><seg>Hola.</seg></tuv>'
       '<tuv xml:lang="en"><seg>Hello.</seg></tuv></tu></body></tmx>')


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    made = {
        "pairs": tmp_path / "pairs.tsv", "tmx": tmp_path / "tm.tmx",
        "glossary": tmp_path / "glossary.tsv", "src": tmp_path / "a.es.txt",
        "tgt": tmp_path / "a.en.txt", "out": tmp_path / "out",
    }
    made["pairs"].write_text("Hola.\tHello.\n", encoding="utf-8")
    made["tmx"].write_text(TMX.format(src="es"), encoding="utf-8")
    made["glossary"].write_text("es\ten\tstatus\tnote\nhola\thello\tpreferred\t\n",
                                encoding="utf-8")
    made["src"].write_text("Hola.\n", encoding="utf-8")
    made["tgt"].write_text("Hello.\n", encoding="utf-8")
    return {k: str(v) for k, v in made.items()}


COMMANDS = [
    ["check", "--pairs", "{pairs}", "--no-glossary"],
    ["check", "--tmx", "{tmx}", "--no-glossary"],
    ["check", "{tmx}", "--no-glossary"],
    ["check", "{src}", "{tgt}", "--no-glossary"],
    ["report", "--pairs", "{pairs}", "--no-glossary", "-o", "{out}.html"],
    ["glossary", "suggest", "--pairs", "{pairs}"],
    ["glossary", "validate", "{glossary}"],
    ["glossary", "import", "{glossary}", "-o", "{out}.tsv"],
    ["export", "{tmx}", "-o", "{out}.tsv"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize(("option", "what"), [("--src-lang", "source language"),
                                              ("--tgt-lang", "target language")])
def test_a_bad_code_is_one_line_and_exit_2(files: dict[str, str], command: list[str],
                                           option: str, what: str) -> None:
    args = [a.format(**files) for a in command]
    result = CliRunner().invoke(cli, [*args, option, "spanish" if option == "--src-lang"
                                      else "english"])
    assert result.exit_code == 2, result.output
    hint = "es" if option == "--src-lang" else "en"
    wanted = (f"aligner: error: {what} {'spanish' if hint == 'es' else 'english'!r} is not a "
              f"language code such as es, en-GB or zh-Hans; did you mean {hint}?\n")
    assert result.stderr == wanted
    assert not Path(files["out"] + ".html").exists() and not Path(files["out"] + ".tsv").exists()


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_good_codes_still_pass(files: dict[str, str], command: list[str]) -> None:
    args = [a.format(**files) for a in command]
    result = CliRunner().invoke(cli, [*args, "--src-lang", "es-ES", "--tgt-lang", "en"])
    assert result.exit_code in (0, 1), result.output  # 1: check found something


def test_a_tmx_s_own_code_is_read_but_not_written_back(tmp_path: Path) -> None:
    """A code a real memory holds is accepted when read (check), refused when the tool
    would write it (export)."""
    tm = tmp_path / "odd.tmx"
    tm.write_text(TMX.format(src="spanish"), encoding="utf-8")
    checked = CliRunner().invoke(cli, ["check", str(tm), "--no-glossary", "--fail-on", "never"])
    assert checked.exit_code == 0, checked.output
    out = tmp_path / "out.tmx"
    exported = CliRunner().invoke(cli, ["export", str(tm), "-o", str(out)])
    assert exported.exit_code == 2
    assert exported.stderr == (
        f"aligner: error: {tm}: source language 'spanish' is not a language code such as es, "
        "en-GB or zh-Hans; did you mean es?\n")
    assert not out.exists()


@pytest.mark.parametrize("command", [
    ["check", "{src}", "{tgt}", "--no-glossary", "--src-lang", "kr"],
    ["segment", "{src}", "--lang", "kr"],
    ["glossary", "validate", "{kr_glossary}"],
], ids=lambda c: " ".join(c[:2]))
def test_kr_is_read_as_kanuri_with_a_warning(files: dict[str, str], tmp_path: Path,
                                            command: list[str]) -> None:
    kr = tmp_path / "kr.tsv"
    kr.write_text("kr\ten\n축제\tfestival\n", encoding="utf-8")
    args = [a.format(kr_glossary=kr, **files) for a in command]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (0, 1), result.output
    assert result.stderr.count("aligner: warning: kr is Kanuri; Korean is ko\n") == 1


def test_the_withdrawn_code_iw_is_hebrew_everywhere(tmp_path: Path) -> None:
    """Java tools write iw: a TM in iw was refused against a glossary in he, and an
    export wrote iw on."""
    src = tmp_path / "a.txt"
    src.write_text("הספר חדש. הוא יצא השנה.\n", encoding="utf-8")
    tgt = tmp_path / "b.txt"
    tgt.write_text("The book is new. It came out this year.\n", encoding="utf-8")
    glossary = tmp_path / "g.tsv"
    glossary.write_text("he\ten\nספר\tbook\n", encoding="utf-8")
    runner = CliRunner()
    tm = tmp_path / "iw.tmx"
    made = runner.invoke(cli, ["align", str(src), str(tgt), "--src-lang", "iw", "--tgt-lang",
                               "en", "--format", "tmx", "-o", str(tm), "--encoder", "none"])
    assert made.exit_code == 0, made.output
    text = tm.read_text(encoding="utf-8")
    assert 'srclang="he"' in text
    java = tmp_path / "java.tmx"  # as another tool writes it
    java.write_text(text.replace('"he"', '"iw"'), encoding="utf-8")
    checked = runner.invoke(cli, ["check", str(java), "--glossary", str(glossary)])
    assert checked.exit_code in (0, 1) and "not iw" not in checked.output, checked.output
