"""Entry point of the ``aligner`` command.

Sub-commands live in their own modules and are imported only when used, so
that ``aligner align --presplit`` does not pay for importing spaCy.  Every
:class:`~aligner.errors.AlignerError` becomes a one-line message on stderr and
exit code 2 -- never a traceback -- and so does every :class:`click.UsageError`,
whether a command raised it (an option that does not go with the output) or
click did, parsing the command line (an unknown option, a bad value): the group
turns them all into :class:`CliError` here, the one place, so that no command
prints click's usage block.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import sys
from typing import Any

import click

from aligner.errors import AlignerError
from aligner.fileio import discard_stdout, is_write_failure

# name -> "module:attribute"; the single place where commands are registered.
COMMANDS: dict[str, str] = {
    "backup": "aligner.cli.backup:backup_cmd",
    "batch": "aligner.cli.batch:batch_cmd",
    "check": "aligner.cli.check:check",
    "segment": "aligner.cli.segment:segment",
    "glossary": "aligner.cli.glossary:glossary",
    "import": "aligner.cli.memories:import_cmd",
    "list": "aligner.cli.listing:list_cmd",
    "export": "aligner.cli.export:export_cmd",
    "align": "aligner.cli.align:align_cmd",
    "eval": "aligner.cli.align:eval_cmd",
    "run": "aligner.cli.run:run_cmd",
    "report": "aligner.cli.report:report_cmd",
    "remove": "aligner.cli.remove:remove_cmd",
    "review": "aligner.cli.review:review_cmd",
    "search": "aligner.cli.search:search_cmd",
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        command: click.Command = getattr(importlib.import_module(module), attr)
        return command

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None and not ctx.resilient_parsing:
            refuse_repeated(ctx, name, command, rest)
        return name, command, rest

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        try:  # the group's own options: aligner --bogus
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as exc:
            raise _one_line(exc) from exc

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a full disk behind stdout shows here, not at exit
            return result
        except click.UsageError as exc:  # a command's, or its command line's
            raise _one_line(exc) from exc
        except KeyboardInterrupt:  # Ctrl-C: not "Aborted!" and exit 1 (check's "findings")
            raise _Interrupted() from None
        except AlignerError as exc:
            raise CliError(exc.format(), exit_code=exc.exit_code) from exc
        except OSError as exc:
            # writing standard output failed (the files the commands write name
            # themselves as OutputError); a closed pipe is click's to handle
            if not is_write_failure(exc):
                raise
            discard_stdout()
            raise CliError(f"cannot write the standard output: {exc.strerror}") from exc


def refuse_repeated(parent: click.Context, name: str | None, command: click.Command,
                    args: list[str]) -> None:
    """A usage error for an option of ``command`` that takes one value and is given more
    than once (``search C.db agua --tgt-lang fr --tgt-lang pt-BR``): click keeps the last
    value, and the others were dropped without a word.  Options that take several
    (``multiple``), counts and flags may repeat.  A sub-command of a group (``glossary
    export``) is looked at too.  The command line is only parsed here: what else is
    wrong with it is for the command's own parsing to say."""
    from collections import Counter

    ctx = click.Context(command, info_name=name, parent=parent, resilient_parsing=True)
    try:
        _, rest, order = command.make_parser(ctx).parse_args(args=list(args))
    except click.UsageError:
        return
    for param, times in Counter(order).items():
        if (times > 1 and isinstance(param, click.Option) and not param.multiple
                and not param.count and not param.is_flag):
            option = max(param.opts, key=len)
            raise click.BadOptionUsage(
                option, f"{option} is given {'twice' if times == 2 else f'{times} times'}, "
                "and takes one value: give it once (a command for each value)", ctx=ctx)
    if isinstance(command, click.Group) and rest:
        sub = command.get_command(ctx, rest[0])
        if sub is not None:
            refuse_repeated(ctx, rest[0], sub, rest[1:])


class CliError(click.ClickException):
    """A user-facing error with its own exit code."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]  # click declares it a ClassVar

    def show(self, file: Any = None) -> None:
        click.echo(f"aligner: error: {self.format_message()}", err=True)


def second_ctrl_c_ends_at_once() -> None:
    """After the first Ctrl-C the command is on its way out (the exit joins the threads
    a worker pool left, which takes a moment on a loaded machine): a second Ctrl-C in
    that moment ends the process at once, status 130, instead of raising in Python's
    shutdown and printing its traceback.  Every file is written whole or not at all
    either way (:func:`~aligner.fileio.atomic_write`).  Installed by the process's
    entry point (:func:`aligner.cli.launch.main`) as it exits, not by a command run
    inside another program (a test's CliRunner), whose Ctrl-C stays its own."""
    def now(signum: int, frame: object) -> None:
        if not _Interrupted.shown:
            with contextlib.suppress(OSError):
                os.write(2, ("\n" + _INTERRUPTED + "\n").encode())
        os._exit(130)

    with contextlib.suppress(ValueError):  # not the main thread: nothing to install
        signal.signal(signal.SIGINT, now)


class _Interrupted(click.ClickException):
    """Ctrl-C: one line and exit status 130, as a shell reports a command interrupted
    by SIGINT; every file is written whole or not at all (:func:`atomic_write`)."""

    def __init__(self) -> None:
        super().__init__("interrupted")
        self.exit_code = 130  # type: ignore[misc]  # click declares it a ClassVar

    shown = False  # said once, whichever Ctrl-C says it

    def show(self, file: Any = None) -> None:
        _Interrupted.shown = True
        click.echo("\n" + _INTERRUPTED, err=True)


_INTERRUPTED = "aligner: interrupted; no file was left half-written"


# Mistakes in the shape of the command line, where the options are what to look up.
_SYNTAX = (click.NoSuchOption, click.MissingParameter, click.BadOptionUsage,
           click.BadArgumentUsage)


def _one_line(exc: click.UsageError) -> click.ClickException:
    """``exc`` as one line, ``aligner: error: ...`` (:class:`CliError`); a command line
    of the wrong shape also names the help to read.  Asking for help with no
    arguments (``no_args_is_help``) is no error: it stays as click shows it."""
    if isinstance(exc, click.exceptions.NoArgsIsHelpError):
        return exc
    message = exc.format_message()
    if message[:1].isupper() and message[1:2].islower():
        # click's own sentences ("Got unexpected extra arguments", "Missing argument
        # 'SRC'") written as every other message of the tool: lower case after "error:"
        message = message[0].lower() + message[1:]
    if isinstance(exc, _SYNTAX) and exc.ctx is not None:
        message = f"{message.rstrip('.')} (see '{exc.ctx.command_path} --help')"
    return CliError(message, exit_code=exc.exit_code)


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from aligner.cli.version import version_line  # git is asked only here

    click.echo(version_line())
    ctx.exit()


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=_show_version,
              help="Show the version (with the commit, run from a git checkout) and exit.")
def cli() -> None:
    """Segment, align and check translations; export TMX, XLIFF, TBX and reports.

    Run `aligner run` for the whole job on the bundled corpus, or
    `aligner COMMAND --help` for one step.
    """


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    cli.main(args=argv if argv is not None else sys.argv[1:], prog_name="aligner")
