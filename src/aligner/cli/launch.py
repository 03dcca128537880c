"""Console-script entry point: ``aligner segment --jsonl-docs`` without click.

A harness that calls the batch protocol (segbench's ``cmd:``) times the whole
process, start-up included, and importing click and the command table costs
more than segmenting a UD test set.  The exact command line
``aligner segment --jsonl-docs`` is therefore served here with the protocol
module alone; every other command line, ``--help`` included, goes to
:func:`aligner.cli.main.main` unchanged.
"""

from __future__ import annotations

import atexit
import contextlib
import signal
import sys
from collections.abc import Iterator
from typing import IO

_PROTOCOL_ARGV = ["segment", "--jsonl-docs"]


def _line_batches(inp: IO[str]) -> Iterator[list[str]]:
    """The lines of ``inp``, in batches of those already arrived together.

    On a real file or pipe, each batch is what one ``os.read`` returned (a
    harness that sends the whole input at once gets a few large batches; a
    caller that sends one line and waits gets that line at once).  Streams
    without a file descriptor (tests, ``io.StringIO``) give one line a batch.
    """
    try:
        fd = inp.fileno()
    except (AttributeError, OSError, ValueError):
        for line in inp:
            yield [line]
        return
    import codecs
    import os

    # a line that is not UTF-8 gets an error answer, not the end of the stream
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    pending = ""
    while chunk := os.read(fd, 1 << 16):
        lines = (pending + decoder.decode(chunk)).split("\n")
        pending = lines.pop()
        if lines:
            yield [line + "\n" for line in lines]
    pending += decoder.decode(b"", final=True)
    if pending:
        yield [pending]


def serve_jsonl_docs(inp: IO[str], out: IO[str]) -> None:
    """Answer every line of ``inp`` with one JSON line on ``out``, flushed."""
    import json

    from aligner.segment.protocol import segment_json_line

    # Exactly one answer per input line, blank lines included, so that the
    # n-th output line always belongs to the n-th input line; flushed after
    # every batch of lines that arrived together, so that a caller feeding
    # one line at a time gets its answer at once, and a harness sending the
    # whole file does not pay one write per document.
    for batch in _line_batches(inp):
        for line in batch:
            out.write(json.dumps(segment_json_line(line), ensure_ascii=False) + "\n")
        out.flush()


def main(argv: list[str] | None = None) -> None:
    """Serve the protocol fast, or run the click command line.

    Whatever the command line, standard output is flushed before the process
    ends, and a disk that fills up behind it (or an I/O error) ends the command
    with one line on stderr and exit code 2 instead of a traceback -- or, worse,
    a truncated output and exit code 0.  A reader that closes the pipe early
    (``| head``) ends it quietly with exit code 1, as click does.
    """
    args = sys.argv[1:] if argv is None else argv
    if argv is None:  # the process's own entry point, not a caller's
        atexit.register(_ignore_ctrl_c)  # the first registered: the last to run
    _whole_writes_on_stdout()
    try:
        try:
            if args == _PROTOCOL_ARGV:
                serve_jsonl_docs(sys.stdin, sys.stdout)
            else:
                from aligner.cli.main import main as click_main

                click_main(args)
        finally:
            if not sys.stdout.closed:  # click closes it after a closed pipe
                sys.stdout.flush()
    except SystemExit as exc:
        if exc.code == 130:  # Ctrl-C: a second one while the exit runs ends it at once
            from aligner.cli.main import second_ctrl_c_ends_at_once

            second_ctrl_c_ends_at_once()
        raise
    except BrokenPipeError:  # the reader went away (`| head`): nothing to say, as click does
        from aligner.fileio import discard_stdout

        discard_stdout()
        raise SystemExit(1) from None
    except OSError as exc:
        from aligner.fileio import discard_stdout, is_write_failure

        if not is_write_failure(exc):
            raise
        discard_stdout()
        sys.stderr.write(f"aligner: error: cannot write the standard output: {exc.strerror}\n")
        raise SystemExit(2) from None


def _ignore_ctrl_c() -> None:
    """Ignore Ctrl-C in the last moments of the exit, after every other exit handler.
    Python's shutdown then resets a signal whose handler is a Python function to the
    system's default -- the handler a Ctrl-C installs for a second one,
    :func:`aligner.cli.main.second_ctrl_c_ends_at_once`, included -- so a second Ctrl-C
    that came in those moments killed the process with the signal (status -2 for its
    parent, as a test of ``aligner batch`` saw on a loaded machine) instead of exit
    130; an ignored signal is left ignored."""
    with contextlib.suppress(ValueError):  # not the main thread
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _whole_writes_on_stdout() -> None:
    """Give standard output a buffered writer if it has none.

    Under ``PYTHONUNBUFFERED`` (or ``python -u``) the text layer writes straight
    to the file descriptor and drops the rest of a short write: a disk that
    fills part-way through a large output leaves a truncated file and no error.
    A buffered writer writes the rest and raises the disk's error.  Each line is
    still written at once, as the variable asks.
    """
    import io

    out = sys.stdout
    if not (isinstance(out, io.TextIOWrapper) and isinstance(out.buffer, io.RawIOBase)):
        return
    out.flush()
    encoding, errors = out.encoding, out.errors
    raw = out.detach()
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(raw), encoding=encoding, errors=errors,
                                  newline="\n", line_buffering=True, write_through=True)


@contextlib.contextmanager
def first_ctrl_c_ignores_the_next() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt once; later ones are ignored while the run ends its
    workers and closes the database.  A second Ctrl-C raised a second KeyboardInterrupt
    anywhere in that ending -- between two workers being ended, in the pool's shutdown,
    in closing the database -- and left workers running that the exit then waited for.
    The handler before is put back if no Ctrl-C came (a test's CliRunner keeps its own);
    not in the main thread, nothing is installed."""
    def once(signum: int, frame: object) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise KeyboardInterrupt

    try:
        before = signal.signal(signal.SIGINT, once)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        if signal.getsignal(signal.SIGINT) is once and before is not None:
            signal.signal(signal.SIGINT, before)
