"""The one error catalogue of the library.

The library raises these and never prints or exits; the CLI maps every
:class:`AlignerError` to a one-line message and its ``exit_code``.  Messages
name the file and, where known, the line, column or byte offset, so that a
user can go straight to the problem.
"""

from __future__ import annotations

import re
from typing import Any


class AlignerError(Exception):
    """Base class: a problem the user can fix.  Exit code 2 (usage or input)."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        offset: int | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.offset = offset
        super().__init__(self.format())

    def format(self) -> str:
        """``FILE:LINE:COLUMN: message`` (or ``FILE: byte N: message``)."""
        where = ""
        if self.path is not None:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            elif self.offset is not None:
                where += f": byte {self.offset}"
            where += ": "
        return where + self.message


class InputError(AlignerError):
    """An input file cannot be read or decoded, or its content is malformed."""


class EncodingError(InputError):
    """Input bytes are not valid in the expected encoding (``offset`` is the byte)."""


class ExchangeFileError(InputError):
    """A bilingual or exchange file (XLIFF, PO, TMX, ...) given where a document to segment
    is expected; ``what`` names it, ``importable``: ``aligner import`` reads it into a
    collection as a memory."""

    def __init__(self, message: str, *, path: str, what: str, importable: bool) -> None:
        super().__init__(message, path=path)
        self.what, self.importable = what, importable

    def in_batch(self) -> str:
        """The message in a collection's run, which names ``aligner import`` for a file it
        reads (reading an XLIFF as plain text would align its markup)."""
        if not self.importable:
            return (f"{self.path}: is {self.what}, not a document to segment (move it out of "
                    "the folders batch pairs)")
        return (f"{self.path}: is {self.what}, not a document to segment: aligner import "
                f"C.db {self.path} reads it into the collection as a memory (move it out "
                "of the folders batch pairs)")


class GlossaryError(InputError):
    """A glossary file is malformed (``line`` names the row)."""


class GlossaryPairError(GlossaryError):
    """A glossary is for another language pair than the one asked for."""


class FormatError(InputError):
    """An exchange-format file (TMX, XLIFF, TBX, TSV) is malformed or unsafe."""


class OutputError(AlignerError):
    """An output file cannot be written (a folder in the way, no permission, a full disk);
    ``reason`` says why alone (``No space left on device``), for a caller that words
    its own message."""

    def __init__(self, message: str, *, path: str | None = None,
                 reason: str | None = None) -> None:
        super().__init__(message, path=path)
        self.reason = message if reason is None else reason


class ConfigError(AlignerError):
    """Options contradict each other or name something that does not exist."""


class ResourceError(AlignerError):
    """The machine ran out of something: a worker process was killed (often for memory).
    Exit code 1: the input is fine, the run may succeed with more memory or fewer cores."""

    exit_code = 1


def xml_syntax(exc: Any) -> tuple[str, int, int]:
    """An lxml ``XMLSyntaxError``'s message without the position libxml2 ends it with,
    and that position: ``(message, line, column)``, line 0 when there is none."""
    line, column = exc.position
    return re.sub(r", line \d+, column \d+$", "", exc.msg), line, column
