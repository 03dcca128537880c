"""The console-script entry point: the protocol served without click, all else through it."""

from __future__ import annotations

import io
import json
import os
import select
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.formats.alignment_json import write_alignment_json
from aligner.model import Alignment, Bead

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


def test_a_caller_feeding_one_line_at_a_time_gets_each_answer_before_the_next_line() -> None:
    code = "import sys; from aligner.cli.launch import main; sys.exit(main())"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "segment", "--jsonl-docs"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8",
        # A pipe is block-buffered unless the environment says otherwise.
        env={k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"},
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        answers = []
        for n, text in enumerate(["It rains. We go.", "Él vino. ¿Y tú?"]):
            proc.stdin.write(json.dumps({"id": n, "lang": "en", "text": text}) + "\n")
            proc.stdin.flush()
            # The input stays open: a server that waited for more input before
            # flushing would write nothing, and the wait below would time out.
            ready, _, _ = select.select([proc.stdout], [], [], 30)
            assert ready, "no answer within 30 s while the input stays open"
            answers.append(json.loads(proc.stdout.readline()))
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
    assert [a["sentences"] for a in answers] == [["It rains.", "We go."], ["Él vino.", "¿Y tú?"]]


def test_a_character_split_across_reads_is_decoded_whole(tmp_path: Path) -> None:
    from aligner.cli.launch import serve_jsonl_docs

    line = json.dumps({"id": 1, "lang": "es", "text": "Ñandú. Sí."}, ensure_ascii=False) + "\n"
    data = line.encode("utf-8")
    r, w = os.pipe()
    cut = data.index("Ñ".encode()) + 1  # between the two bytes of Ñ
    os.write(w, data[:cut])

    def rest() -> None:  # arrives later, so the first read ends inside the Ñ
        time.sleep(0.2)
        os.write(w, data[cut:])
        os.close(w)

    writer = threading.Thread(target=rest)
    writer.start()
    out = io.StringIO()
    with os.fdopen(r, encoding="utf-8") as inp:
        serve_jsonl_docs(inp, out)
    writer.join()
    assert json.loads(out.getvalue())["sentences"] == ["Ñandú.", "Sí."]


def _limited_to(size: int) -> None:
    """In the child: files may grow to ``size`` bytes; a write past it fails (EFBIG),
    as on a disk that fills part-way through the output."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


CORPUS = Path(__file__).parents[2] / "corpus"
PAIR = [str(CORPUS / "es" / "chile-73.es.txt"), str(CORPUS / "en" / "chile-73.en.txt")]


@pytest.mark.skipif(sys.platform != "linux", reason="file-size limits are set the Linux way here")
@pytest.mark.parametrize("unbuffered", [True, False], ids=["PYTHONUNBUFFERED", "buffered"])
@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["check", *PAIR, "--format", "html"], ""),
        (["segment", "--lang", "es", PAIR[0]], ""),
        (["segment", "--jsonl-docs"], json.dumps({"id": 1, "lang": "en", "text": "Rain. " * 2000})),
        (["--help"], ""),
        (["--version"], ""),
    ],
    ids=["check-html", "segment", "jsonl-docs", "help", "version"],
)
def test_an_output_cut_short_by_the_disk_is_an_error_not_a_short_file(
        tmp_path: Path, args: list[str], stdin: str, unbuffered: bool) -> None:
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    code = "import sys; from aligner.cli.launch import main; sys.exit(main())"
    limit = 4 if args in (["--help"], ["--version"]) else 4096
    with out.open("w") as fh:
        r = subprocess.run([sys.executable, "-c", code, *args], input=stdin, stdout=fh,
                           stderr=subprocess.PIPE, text=True, env=env, check=False,
                           preexec_fn=lambda: _limited_to(limit))
    assert r.returncode == 2, r.stderr
    assert r.stderr.splitlines() == ["aligner: error: cannot write the standard output: "
                                     "File too large"]
    assert out.stat().st_size <= limit


def _saved(path: Path, n: int) -> Path:
    """A saved alignment of ``n`` one-to-one beads."""
    write_alignment_json(Alignment(tuple(f"Uno {k}." for k in range(n)),
                                   tuple(f"One {k}." for k in range(n)),
                                   tuple(Bead((k,), (k,), 0.9) for k in range(n)), "es", "en"),
                         path)
    return path


@pytest.mark.parametrize("fast", [True, False], ids=["jsonl-docs", "export"])
def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path: Path, fast: bool) -> None:
    text = "It rains. We go home. " * 50
    saved = _saved(tmp_path / "big.json", 20000)
    args = (["segment", "--jsonl-docs"] if fast
            else ["export", str(saved), "-o", "-", "--format", "tsv"])
    stdin = "".join(json.dumps({"id": n, "lang": "en", "text": text}) + "\n" for n in range(3000))
    code = "import sys; from aligner.cli.launch import main; sys.exit(main())"
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdin is not None and proc.stderr is not None

    def feed() -> None:
        assert proc.stdin is not None
        try:
            proc.stdin.write(stdin.encode() if fast else b"")
            proc.stdin.close()
        except BrokenPipeError:
            pass

    feeder = threading.Thread(target=feed)
    feeder.start()
    proc.stdout.read(100)
    proc.stdout.close()  # `| head -c 100`
    assert proc.wait(timeout=60) == 1
    feeder.join(timeout=60)
    assert proc.stderr.read() == b""


@pytest.mark.skipif(sys.platform != "linux", reason="file-size limits are set the Linux way here")
def test_export_to_a_full_standard_output_says_so_once(tmp_path: Path) -> None:
    saved = _saved(tmp_path / "a.json", 2000)
    code = "import sys; from aligner.cli.launch import main; sys.exit(main())"
    with (tmp_path / "out.tmx").open("w") as fh:
        r = subprocess.run([sys.executable, "-c", code, "export", str(saved), "-o", "-",
                            "--format", "tmx"], stdout=fh, stderr=subprocess.PIPE, text=True,
                           check=False, preexec_fn=lambda: _limited_to(8192))
    assert r.returncode == 2
    assert r.stderr.splitlines() == ["aligner: error: standard output: cannot write: "
                                     "File too large"]


def test_a_line_that_is_not_utf8_gets_an_error_and_the_stream_goes_on() -> None:
    code = "import sys; from aligner.cli.launch import main; sys.exit(main())"
    payload = (b'{"id":1,"lang":"en","text":"Hi. Bye."}\n'
               b'{"id":2,"lang":"en","text":"Hi\xff. Bye."}\n'
               b'{"id":3,"lang":"en","text":"A\\udcff b."}\n'
               b'{"id":4,"lang":"en","text":"Ok. Fine."}\n')
    r = subprocess.run([sys.executable, "-c", code, "segment", "--jsonl-docs"], input=payload,
                       capture_output=True, check=False)
    assert (r.returncode, r.stderr) == (0, b"")
    assert [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()] == [
        {"id": 1, "sentences": ["Hi.", "Bye."]},
        {"id": None, "sentences": [], "error": "the line is not valid UTF-8"},
        {"id": 3, "sentences": [], "error": "'text' holds a lone surrogate"},
        {"id": 4, "sentences": ["Ok.", "Fine."]},
    ]


@pytest.mark.parametrize("extra", [["-o", "x.out"], ["--format", "jsonl"]])
def test_jsonl_docs_takes_no_output_options(extra: list[str]) -> None:
    result = CliRunner().invoke(cli, ["segment", "--jsonl-docs", *extra], input="")
    assert result.exit_code == 2
    assert "--jsonl-docs answers on standard output" in result.output
