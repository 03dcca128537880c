"""What every command that writes a file (``-o``) checks before it reads anything, and
what it says when it has written one."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from aligner.cli.quiet_option import info, is_quiet
from aligner.cli.terminal import warn
from aligner.errors import ConfigError
from aligner.model import Alignment, Bead
from aligner.textutil import count

if TYPE_CHECKING:  # the formats package is imported only by the commands that write
    from aligner.formats.units import WriteReport

F = TypeVar("F", bound=Callable[..., Any])


def output_not_an_input(name: str = "output", *, reads_default_glossary: bool = False
                        ) -> Callable[[F], F]:
    """Refuse a command line whose output (the parameter ``name``) is one of its
    inputs: ``aligner segment a.txt -o a.txt`` would replace the text with its
    sentences, ``aligner align a.es.txt a.en.txt -o a.es.txt`` a document with
    its alignment.  Every other path-like parameter counts as an input, and so,
    with ``reads_default_glossary``, does the ``./glossary.tsv`` the command reads
    without ``--glossary`` (``aligner check a b -o glossary.tsv``).  A file is the
    same file when it is the same inode (a link, ``./a.txt``, an absolute path).
    Goes under the command's click decorators."""
    def decorate(command: F) -> F:
        @functools.wraps(command)
        def checked(*args: Any, **kwargs: Any) -> Any:
            output = kwargs.get(name)
            if output is not None and os.fspath(output) != "-":
                inputs = [v for k, v in kwargs.items() if k != name]
                if reads_default_glossary:
                    from aligner.pipeline.steps import default_glossary

                    inputs.append(default_glossary(kwargs["glossary_path"],
                                                   use_default=not kwargs["no_glossary"]))
                for given in _paths(iter(inputs)):
                    if _same_file(output, given):
                        raise ConfigError(f"is also an input ({given}); give the output "
                                          "another name", path=os.fspath(output))
            return command(*args, **kwargs)
        return checked  # type: ignore[return-value]
    return decorate


def _paths(values: Iterator[Any]) -> Iterator[str]:
    for value in values:
        if isinstance(value, (str, Path)):
            yield os.fspath(value)
        elif isinstance(value, (tuple, list)):
            yield from _paths(iter(value))


def _same_file(a: str | os.PathLike[str], b: str) -> bool:
    try:
        return Path(a).samefile(b)
    except (OSError, ValueError):  # one of them does not exist (yet), or is no path
        return False


def shown(output: str | os.PathLike[str]) -> str:
    """An output as messages name it: ``-`` is standard output."""
    return "standard output" if os.fspath(output) == "-" else os.fspath(output)


#: ``--untranslated`` of the commands that write units (export, align -o)
untranslated_option = click.option(
    "--untranslated", is_flag=True,
    help="Also write the source sentences without a translation (the translator left "
         "them out), for a translator to fill in: XLIFF units with a source and no target "
         "(state initial in 2.1), TSV, CSV and XLSX rows with an empty target and no "
         "score.  Target sentences without a source are still left out.  TMX, json, "
         "beads and parallel text: an error.")


def moved_units(alignment: Alignment, encoder: str = "auto") -> tuple[Alignment, int]:
    """``alignment`` for a file of units, each moved passage ``check`` finds
    (:mod:`aligner.check.moved_beads`) one unit; and how many there are."""
    from aligner.check.moved_beads import pair_moved

    return pair_moved(alignment, encoder=encoder)


def moved_note(moves: int) -> str:
    """What the ``wrote`` line says of ``moves`` passages :func:`moved_units` paired:
    `` (1 moved passage written as one unit, out of order)``; "" for none."""
    return (f" ({count(moves, 'moved passage')} written as one unit, out of order)"
            if moves else "")


def one_sided_note(beads: Iterable[Bead], *, untranslated: bool = False,
                   reviewed: bool = False) -> tuple[str, str]:
    """What a file of units (TMX, XLIFF, TSV, CSV) leaves out of an alignment: its
    one-sided beads, a sentence with no counterpart -- said, not dropped in silence.
    ``(written, left_out)``: with ``untranslated`` (written as units without a target),
    the source sentences said written, for the ``wrote`` line (`` (3 source sentences
    without a translation among them)``); and the sentences left out (``2 target sentences
    without a counterpart left out (...)``), which :func:`say_written` says even with
    --quiet.  Each "" when there is none.  ``reviewed``: ``beads`` are those an export of
    reviewed beads only takes (--reviewed-only), and the sentences are said reviewed
    (``1 reviewed source sentence without a counterpart left out ...``: a reviewer
    confirmed it has none)."""
    src = tgt = 0
    for bead in beads:
        if bead.is_null:
            src, tgt = src + len(bead.src), tgt + len(bead.tgt)
    return one_sided_text(src, tgt, untranslated=untranslated, reviewed=reviewed)


def one_sided_text(src: int, tgt: int, *, untranslated: bool = False,
                   reviewed: bool = False) -> tuple[str, str]:
    """:func:`one_sided_note` of ``src`` source and ``tgt`` target sentences without a
    counterpart (a collection's export counts them as it writes)."""
    written = ""
    marked = "reviewed " if reviewed else ""
    if untranslated and src:
        written = (f" ({count(src, f'{marked}source sentence')} without a translation "
                   "among them)")
        src = 0
    if not src + tgt:
        return written, ""
    parts = [count(n, f"{marked}{side} sentence")
             for n, side in ((src, "source"), (tgt, "target")) if n]
    return written, (f"{' and '.join(parts)} without a counterpart left out (the json and "
                     "beads formats keep them)")


def say_written(report: WriteReport, output: str | os.PathLike[str], extra: str = "", *,
                left_out: str = "") -> None:
    """The line a command that writes units says: how many went to ``output``, how many
    fell below --min-score, then ``extra`` (what else was written or left out on
    request), then ``left_out``, the sentences the file has no place for
    (:func:`one_sided_note`).  With --quiet, no line -- but ``left_out`` still, as a
    warning naming the file: sentences not written are no progress report."""
    where = " and ".join(map(shown, report.files)) if report.files else shown(output)
    if is_quiet():
        if left_out:
            warn(f"{where}: {left_out}")
        return
    weak = f", {report.below_min_score} below --min-score" if report.below_min_score else ""
    lost = f"; {left_out}" if left_out else ""
    info(f"aligner: wrote {count(report.units_written, 'unit')} to {where}{weak}{extra}{lost}")
