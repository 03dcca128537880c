"""The cues of a SubRip or WebVTT file, read leniently, for :mod:`aligner.readers.subtitles`
(whose docstring says what is read and what is an error): each cue's times, its lines as
written, its number or identifier and its settings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from aligner.errors import InputError

# A time: hours, minutes, seconds and a fraction; the hours or the fraction may be
# left out, not both (``00:04`` could be minutes or hours).
_TIME = r"(?:(\d+):(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?|()(\d{1,2}):(\d{1,2})[.,](\d{1,3}))"
_TIMING = re.compile(rf"[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME}(?:[ \t](.*))?$")
# A line that means to be a time line: it starts with a digit and has an arrow.
_ARROW = re.compile(r"[ \t]*\d.*-+>")
_NUMBER = re.compile(r"[ \t]*\d+[ \t]*$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

_VTT_HEADER = re.compile(r"WEBVTT(?:[ \t].*)?$")
_VTT_SKIPPED = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t].*)?$")
_VTT_LANGUAGE = re.compile(r"Language:[ \t]*(\S+)[ \t]*$", re.IGNORECASE)
_SRT_SHAPE = "HH:MM:SS,mmm --> HH:MM:SS,mmm"
_VTT_SHAPE = "HH:MM:SS.mmm --> HH:MM:SS.mmm"


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue: its time range in seconds and its lines of text as written (with
    their markup)."""

    start: float
    end: float
    lines: tuple[str, ...]
    #: what the file writes before the time line (a cue number, a WebVTT identifier)
    number: str | None = None
    #: what follows the times on the time line: WebVTT's cue settings (``line:10%``)
    settings: str = ""
    #: whether the file writes the cue's start with hours (WebVTT may leave them out:
    #: ``01:12.820``), so that messages show its times as the file does
    hours: bool = True


def _seconds(groups: Sequence[str | None]) -> float | None:
    """The time of one :data:`_TIME`'s groups; None when minutes or seconds are 60 or
    more."""
    long_form, short_form = groups[:4], groups[4:]
    hours, minutes, seconds, fraction = long_form if long_form[1] is not None else short_form
    if int(minutes or 0) >= 60 or int(seconds or 0) >= 60:
        return None
    whole = int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(seconds or 0)
    return whole + (int(fraction) / 10 ** len(fraction) if fraction else 0.0)


#: A time line read: its start and end, the settings after them, and whether the start
#: has hours.
_Timing = tuple[float, float, str, bool]


def _timing(line: str, *, name: str, number: int, shape: str) -> _Timing:
    """A time line's start and end, the settings after them, and whether the start is
    written with hours."""
    m = _TIMING.match(line)
    start = _seconds(m.groups()[:8]) if m else None
    end = _seconds(m.groups()[8:16]) if m else None
    if m is None or start is None or end is None:
        raise InputError(f"not a time line ({shape}): {line.strip()!r}", path=name,
                         line=number)
    return start, end, (m.group(17) or "").strip(), m.group(1) is not None


class _Cues:
    """Cues as they are read: the open one takes the text lines that follow it."""

    def __init__(self) -> None:
        self.found: list[Cue] = []
        self.times: _Timing | None = None
        self.lines: list[str] = []
        self.number: str | None = None  # the open cue's number or identifier

    def open(self, times: _Timing, number: str | None = None) -> None:
        self.close()
        self.times, self.number = times, number

    def close(self) -> None:
        if self.times is not None:
            start, end, settings, hours = self.times
            self.found.append(Cue(start, end, tuple(self.lines), self.number, settings,
                                  hours))
        self.times, self.lines, self.number = None, [], None

    def is_open(self) -> bool:
        """Whether a cue was opened: text after a blank line goes on with its text."""
        return self.times is not None


def _lines(source: str) -> list[str]:
    return _LINE_BREAK.split(source.removeprefix("\ufeff"))


def srt_cues(source: str, *, name: str = "<string>") -> list[Cue]:
    """The cues of a SubRip file, read leniently (module docstring)."""
    lines = _lines(source)
    cues = _Cues()
    in_text = False  # after a time line, before the blank line that ends its text
    last: int | None = None  # the last cue number read
    pending: str | None = None  # the number line just read: the next cue's
    for i, line in enumerate(lines):
        if _ARROW.match(line):
            if in_text and _numbers_next(cues, last):
                pending = cues.lines.pop().strip()  # its number, no blank line before it
                last = int(pending)
            cues.open(_timing(line, name=name, number=i + 1, shape=_SRT_SHAPE), pending)
            in_text, pending = True, None
        elif not line.strip():
            in_text = False
        elif in_text:
            cues.lines.append(line)
        elif _NUMBER.match(line) and i + 1 < len(lines) and _ARROW.match(lines[i + 1]):
            pending = line.strip()  # a cue number
            last = int(pending)
        elif _NUMBER.match(line):
            raise InputError(f"cue {line.strip()} has no time line ({_SRT_SHAPE}) after its "
                             "number", path=name, line=i + 2)
        elif cues.is_open():
            cues.lines.append(line)
            in_text = True
        else:
            raise InputError(f"text before the first cue's time line ({_SRT_SHAPE}); "
                             "is this a SubRip file?", path=name, line=i + 1)
    cues.close()
    return cues.found


def _numbers_next(cues: _Cues, number: int | None) -> bool:
    """Whether the open cue's last line, a number right before a time line, is the next
    cue's number: it follows the last number read (``41`` after ``40``) or, none read,
    the cues so far.  Another number is the cue's text (``Era el verano de`` / ``1962``):
    taken as a cue number, it would be lost without a word."""
    if not cues.lines or not _NUMBER.match(cues.lines[-1]):
        return False
    expected = len(cues.found) + 2 if number is None else number + 1
    return int(cues.lines[-1]) == expected


def vtt_cues(source: str, *, name: str = "<string>") -> tuple[list[Cue], str]:
    """The cues of a WebVTT file, and the language its header's ``Language:`` line says
    (empty when none)."""
    lines = _lines(source)
    if not _VTT_HEADER.match(lines[0]):
        raise InputError("a WebVTT file starts with a WEBVTT line; is this one a SubRip "
                         "file (.srt, --input-format srt)?", path=name, line=1)
    said = ""
    i = 1
    # the header, to a blank line -- or to a time line, which a file without the blank
    # line has there: its cue is text, not header
    while i < len(lines) and lines[i].strip() and "-->" not in lines[i]:
        if m := _VTT_LANGUAGE.match(lines[i]):
            said = m.group(1)
        i += 1
    cues = _Cues()
    in_text = False
    ident: str | None = None  # the cue identifier just read
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            in_text = False
        elif "-->" in line or (not in_text and _ARROW.match(line)):
            cues.open(_timing(line, name=name, number=i + 1, shape=_VTT_SHAPE), ident)
            in_text, ident = True, None
        elif in_text:
            cues.lines.append(line)
        elif _VTT_SKIPPED.match(line):
            while i + 1 < len(lines) and lines[i + 1].strip():  # no text: skip the block
                i += 1
        elif i + 1 < len(lines) and ("-->" in lines[i + 1] or _ARROW.match(lines[i + 1])):
            ident = line.strip()  # a cue identifier
        elif cues.is_open():
            cues.lines.append(line)
            in_text = True
        else:
            raise InputError(f"text before the first cue's time line ({_VTT_SHAPE})",
                             path=name, line=i + 1)
        i += 1
    cues.close()
    return cues.found, said
