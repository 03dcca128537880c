"""The console-script entry point: the protocol served without click, all else through it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli

LINES = [
    json.dumps({"id": "a", "lang": "es", "text": "¿Vienes? Sí.\n\nAdiós"}),
    "{not json",
    "",
    json.dumps({"id": 3, "lang": "spanish", "text": "Hola."}),
    json.dumps({"id": "c", "lang": "en", "text": "He said “hi”. Bye."}, ensure_ascii=False),
]
PAYLOAD = "\n".join(LINES) + "\n"


def _run(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
    code = "import sys; from aligner.cli.launch import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        input=stdin, capture_output=True, text=True, encoding="utf-8", check=False,
    )


def test_the_fast_path_answers_as_the_click_command() -> None:
    fast = _run(["segment", "--jsonl-docs"], PAYLOAD)
    assert fast.returncode == 0, fast.stderr
    via_click = CliRunner().invoke(cli, ["segment", "--jsonl-docs"], input=PAYLOAD)
    assert fast.stdout == via_click.output
    assert len(fast.stdout.splitlines()) == len(LINES)


def test_the_fast_path_imports_no_click() -> None:
    line = json.dumps({"id": 1, "lang": "en", "text": "It rains. We go."})
    code = (
        f"import io, sys; sys.stdin = io.StringIO({line!r} + '\\n')\n"
        "from aligner.cli.launch import main; main(['segment', '--jsonl-docs'])\n"
        "print('click' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ['{"id": 1, "sentences": ["It rains.", "We go."]}', "False"]


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["segment", "--jsonl-docs", "--lang", "en"], 2, "give no FILE and no --lang"),
        (["--version"], 0, "aligner"),
        (["segment"], 2, "missing FILE"),
    ],
)
def test_every_other_command_line_goes_to_click(args: list[str], code: int, needle: str) -> None:
    result = _run(args, "")
    assert result.returncode == code
    assert needle in result.stdout + result.stderr
