"""``aligner segment`` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_lines(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "es.txt", "Título\n\n¿Vienes? Sí.\nEl Gral. Prats renunció.".encode())
    result = runner.invoke(cli, ["segment", str(path), "--lang", "es"])
    assert result.exit_code == 0, result.output
    assert result.output == "Título\n¿Vienes?\nSí.\nEl Gral. Prats renunció.\n"


def test_newlines_inside_a_sentence_are_kept(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "w.txt", b"A sentence that was hard\nwrapped here. Next.")
    result = runner.invoke(cli, ["segment", str(path), "--lang", "en", "--format", "jsonl"])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[0]["text"] == "A sentence that was hard\nwrapped here."
    # One sentence a line: the wrapped line is a space there (as in aligner run's files).
    result = runner.invoke(cli, ["segment", str(path), "--lang", "en"])
    assert result.output == "A sentence that was hard wrapped here.\nNext.\n"


def test_jsonl_offsets(runner: CliRunner, tmp_path: Path) -> None:
    text = "Facebook Twitter Share\r\nHe took office?1At that time, no.  Bye."
    path = _write(tmp_path, "en.txt", text.encode())
    result = runner.invoke(cli, ["segment", str(path), "--lang", "en", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    expected = [
        {"text": "Facebook Twitter Share", "start": 0, "end": 22},
        {"text": "He took office?1", "start": 24, "end": 40},
        {"text": "At that time, no.", "start": 40, "end": 57},
        {"text": "Bye.", "start": 59, "end": 63},
    ]
    # One paragraph of the body (a single line break does not end a paragraph).
    assert rows == [{**r, "part": "body", "paragraph": 1} for r in expected]
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]


@pytest.mark.parametrize(("name", "data", "text"), [
    ("r.es.md", "# Título\n\nUn *texto* con `código`. Otra frase.",
     "Título\n\nUn texto con código. Otra frase.\n"),
    ("r.es.html", "<h1>Título</h1><p>Un <b>texto</b>. Otra&nbsp;frase.</p>",
     "Título\n\nUn texto. Otra\u00a0frase.\n"),
])
def test_reader_text_is_what_the_jsonl_offsets_index(runner: CliRunner, tmp_path: Path,
                                                     name: str, data: str, text: str) -> None:
    """No command showed the text a Markdown or HTML file's offsets index."""
    path = _write(tmp_path, name, data.encode())
    shown = runner.invoke(cli, ["segment", str(path), "--format", "reader-text"])
    assert shown.exit_code == 0, shown.output
    assert shown.output == text
    rows = runner.invoke(cli, ["segment", str(path), "--format", "jsonl"]).output.splitlines()
    for row in map(json.loads, rows):
        assert text[row["start"]:row["end"]] == row["text"]


def test_output_file_and_input_format(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "page.txt", b"<h1>Hi</h1><p>One. Two.</p>")
    out = tmp_path / "out" / "sents.txt"
    args = ["segment", str(path), "--lang", "en", "--input-format", "html", "-o", str(out)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert out.read_text(encoding="utf-8") == "Hi\nOne.\nTwo.\n"


def test_jsonl_docs_protocol(runner: CliRunner) -> None:
    lines = [
        json.dumps({"id": "a", "lang": "es", "text": "¿Vienes? Sí.\n\nAdiós"}),
        "{not json",
        json.dumps({"id": 7, "lang": "en"}),
        json.dumps({"id": "b", "lang": "en", "text": ""}),
        "",
        json.dumps({"id": "c", "lang": "de", "text": "Ja. Nein."}),
    ]
    result = runner.invoke(cli, ["segment", "--jsonl-docs"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert len(out) == len(lines)
    assert out[0] == {"id": "a", "sentences": ["¿Vienes?", "Sí.", "Adiós"]}
    assert out[1]["id"] is None and out[1]["sentences"] == [] and "JSON" in out[1]["error"]
    assert out[2]["id"] == 7 and out[2]["sentences"] == [] and "text" in out[2]["error"]
    assert out[3] == {"id": "b", "sentences": []}
    assert out[4]["sentences"] == [] and out[4]["error"] == "empty line"
    assert out[5] == {"id": "c", "sentences": ["Ja.", "Nein."]}


def test_jsonl_docs_rejects_file_and_lang(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["segment", "--jsonl-docs", "--lang", "en"], input="")
    assert result.exit_code == 2


def test_bad_encoding(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "latin.txt", "Hola. Año.".encode("latin-1"))
    result = runner.invoke(cli, ["segment", str(path), "--lang", "es"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"aligner: error: {path}: byte 7: ")
    assert "--encoding" in result.stderr
    assert "Traceback" not in result.output
    ok = runner.invoke(cli, ["segment", str(path), "--lang", "es", "--encoding", "latin-1"])
    assert ok.output == "Hola.\nAño.\n"


def test_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["segment", str(tmp_path / "nope.txt"), "--lang", "en"])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_a_missing_untagged_file_is_said_missing_not_untagged(runner: CliRunner,
                                                              tmp_path: Path) -> None:
    # walk6: a typo in the name got "give --lang: the name ... has no language tag"
    missing = tmp_path / "nonexist.txt"
    result = runner.invoke(cli, ["segment", str(missing)])
    assert result.exit_code == 2
    assert result.stderr == f"aligner: error: {missing}: no such file\n"


def test_missing_arguments(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["segment", "--lang", "en"]).exit_code == 2
    assert runner.invoke(cli, ["segment", "x.txt"]).exit_code == 2


def test_empty_file(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.txt", b"")
    result = runner.invoke(cli, ["segment", str(path), "--lang", "en"])
    assert result.exit_code == 0
    assert result.output == ""


@pytest.mark.parametrize(("lang", "error"), [
    (5, "'lang' must be a string (a language code such as es), not 5"),  # was "missing or empty"
    (["es"], "'lang' must be a string (a language code such as es), not [\"es\"]"),
    (None, "missing or empty 'lang'"),
    (" ", "missing or empty 'lang'"),
])
def test_jsonl_docs_lang_that_is_no_string(runner: CliRunner, lang: object, error: str) -> None:
    doc = {"id": 3, "text": "Hola."} | ({} if lang is None else {"lang": lang})
    result = runner.invoke(cli, ["segment", "--jsonl-docs"], input=json.dumps(doc) + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"id": 3, "sentences": [], "error": error}


def test_jsonl_docs_bad_lang_is_that_line_s_error(runner: CliRunner) -> None:
    lines = [json.dumps({"id": "a", "lang": "spanish", "text": "Hola. Adiós."}),
             json.dumps({"id": "b", "lang": "es", "text": "Hola. Adiós."})]
    result = runner.invoke(cli, ["segment", "--jsonl-docs"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert out[0]["id"] == "a" and out[0]["sentences"] == []
    assert out[0]["error"].startswith("'lang' 'spanish' is not a language code")
    assert out[0]["error"].endswith("did you mean es?")
    assert out[1] == {"id": "b", "sentences": ["Hola.", "Adiós."]}


def test_standard_input_is_read_for_a_dash(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["segment", "-", "--lang", "es"],
                           input="Hola. ¿Qué tal?\nBien.".encode())
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["Hola.", "¿Qué tal?", "Bien."]
    result = runner.invoke(cli, ["segment", "-", "--lang", "es"], input=b"ok\n\xff bad\n")
    assert result.exit_code == 2
    assert result.stderr.startswith("aligner: error: <stdin>: byte 3: not valid utf-8 text")


def test_a_text_that_is_not_in_its_language_is_named(runner: CliRunner, tmp_path: Path) -> None:
    """The corpus's Spanish side named as German: segmented by the German rules, as
    asked, with the warning align gives for a side in the wrong language."""
    from tests.conftest import REPO

    text = (REPO / "corpus" / "es" / "chile-73.es.txt").read_bytes()
    named = _write(tmp_path, "chile.de.txt", text)
    result = runner.invoke(cli, ["segment", str(named)])
    assert result.exit_code == 0
    assert result.stderr == (f"aligner: warning: {named} looks like Spanish, not German: check "
                             "the file or give --lang es\n")
    right = runner.invoke(cli, ["segment", str(_write(tmp_path, "chile.es.txt", text))])
    assert right.exit_code == 0 and right.stderr == ""


def test_standard_output_is_the_file_output_byte_for_byte(runner: CliRunner,
                                                          tmp_path: Path) -> None:
    """click strips ANSI escapes from output that is no terminal: a control sequence of
    the text was lost when the sentences went to a pipe, not with -o."""
    path = _write(tmp_path, "esc.es.txt", b"Uno dos\x1b[31m rojo. Otra frase.\n")
    piped = runner.invoke(cli, ["segment", str(path)])
    out = tmp_path / "out.txt"
    written = runner.invoke(cli, ["segment", str(path), "-o", str(out)])
    assert piped.exit_code == written.exit_code == 0
    assert piped.stdout == out.read_text(encoding="utf-8")
    assert "\x1b[31m" in piped.stdout
