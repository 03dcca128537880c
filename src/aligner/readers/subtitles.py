"""Subtitle readers: SubRip (``.srt``) and WebVTT (``.vtt``).

A subtitle file is a list of cues, each a time range and one to three lines of
text.  The reader's text is what a viewer reads: cue numbers, time lines
(``00:01:02,500 --> 00:01:04,000``, WebVTT's ``01:02.500 --> 01:04.000 align:start``
with its cue settings), WebVTT's ``WEBVTT`` header, cue identifiers and ``NOTE``,
``STYLE`` and ``REGION`` blocks are left out, and so are formatting tags (``<i>``,
``<b>``, ``<u>``, ``<font color=...>``, WebVTT's ``<v Speaker>``, ``<c.class>``,
``<lang>``, ``<00:01.000>`` and a ruby's ``<rt>`` with its text) and the ASS override
codes some SubRip files carry (``{\\an8}``, ``{\\i1}``).  Italic, bold and underlined
text is kept beside the text as formatting (:class:`~aligner.model.Style`), as the
DOCX reader keeps it.  WebVTT's character references (``&amp;``, ``&lrm;``) are
decoded; SubRip has none.

A sentence of a film often runs over two or three cues, and a cue often holds the
end of one sentence and the start of the next: the cues of a scene are one running
text, the lines of a cue and the cues joined with a space, and the segmenter finds
its sentences.  A scene ends where no subtitle is shown for
:data:`SCENE_GAP_SECONDS` or more; each scene is a paragraph.  A line opened by a
dialogue dash (``- Where are you?`` / ``- Here.``; ``-``, ``–`` or ``—``, with or
without a space) is another speaker's turn: it starts a paragraph of its own,
running on over the cues after it up to the next turn or the end of the scene, and
the dash, like a list's bullet in Markdown, is left out of the text.  A speaker's
label (``MANUEL: Mi abuelo...``) starts a turn too and is left out as the dash is --
it says who speaks, as WebVTT's ``<v Manuel>`` does, and the two give one text; in
WebVTT a change of voice (``<v Anna>`` after ``<v Ben>``) starts a turn.  A song's
lyric framed by ``♪`` is a paragraph of its own, its notes kept, and the speech
after it starts afresh.  A caption -- a title card, a lower third, a sign -- is a
paragraph of its own, a block a line (:mod:`aligner.readers.cuetext` says which
cues are captions, labels and lyrics).

Files are read as they are found: cue numbers may be missing or wrong, a blank line
between cues may be missing (a time line starts the next cue, and a number on the
line before it is the cue's number when it is the next in the count, else the text
of the cue before: ``Era el verano de`` / ``1962``), a time may use ``.`` for ``,`` (and the
reverse), or leave out its hours or its milliseconds (not both), a blank line inside
a cue's text goes on with that cue, and a WebVTT cue may follow the ``WEBVTT`` line
without the blank line.  What cannot be read so is an
:class:`~aligner.errors.InputError` naming the line: a time line that is no time
range (``00:01:02,500 -> 00:01:04,000``, ``00:01:02,500 --> 00:01``), a cue number
without a time line after it, text before the first cue, and a WebVTT file without
its ``WEBVTT`` line -- a broken time line would otherwise be a sentence of the text,
or its cue's text would be left out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from aligner.errors import InputError
from aligner.model import BlockKind, DeclaredLanguage, Document, Style
from aligner.readers import cuetext
from aligner.readers.assemble import Para, Split, Styled, assemble

#: Seconds without a subtitle on screen that end a scene (a paragraph).  Speech that
#: goes on into the next cue leaves a fraction of a second between them; a pause this
#: long is a change of scene or of speaker.
SCENE_GAP_SECONDS = 2.0

# A time: hours, minutes, seconds and a fraction; the hours or the fraction may be
# left out, not both (``00:04`` could be minutes or hours).
_TIME = r"(?:(\d+):(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?|()(\d{1,2}):(\d{1,2})[.,](\d{1,3}))"
_TIMING = re.compile(rf"[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME}(?:[ \t](.*))?$")
# A line that means to be a time line: it starts with a digit and has an arrow.
_ARROW = re.compile(r"[ \t]*\d.*-+>")
_NUMBER = re.compile(r"[ \t]*\d+[ \t]*$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A tag (``<i>``, ``</font>``, ``<c.yellow>``, ``<v Ben>``, ``<00:01.000>``) or an ASS
# override code (``{\an8}``, ``{\i1}``): markup, never text.
_MARKUP = re.compile(r"(<[A-Za-z/\d][^<>]*>|\{\\[^{}]*\})")
_STYLES = {"i": Style.ITALIC, "b": Style.BOLD, "u": Style.UNDERLINE}
_ASS_STYLE = re.compile(r"\\([ibu])([01])")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>")
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
    #: what follows the times on the time line: WebVTT's cue settings (``line:10%``)
    settings: str = ""


def read_srt(source: str, *, lang: str, name: str = "<string>") -> Document:
    """The text of a SubRip file (module docstring)."""
    return assemble(_paras(srt_cues(source, name=name), vtt=False), lang=lang, name=name)


def read_vtt(source: str, *, lang: str, name: str = "<string>") -> Document:
    """The text of a WebVTT file (module docstring); a ``Language:`` line in its header
    (as YouTube writes one) is the language it declares."""
    cues, said = vtt_cues(source, name=name)
    declared: DeclaredLanguage | None = None
    if said:
        from aligner.readers.declared import declared as declared_as

        declared = declared_as(said, f"Language: {said} in its header")
    return assemble(_paras(cues, vtt=True), lang=lang, name=name, declared=declared)


def _seconds(groups: Sequence[str | None]) -> float | None:
    """The time of one :data:`_TIME`'s groups; None when minutes or seconds are 60 or
    more."""
    long_form, short_form = groups[:4], groups[4:]
    hours, minutes, seconds, fraction = long_form if long_form[1] is not None else short_form
    if int(minutes or 0) >= 60 or int(seconds or 0) >= 60:
        return None
    whole = int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(seconds or 0)
    return whole + (int(fraction) / 10 ** len(fraction) if fraction else 0.0)


def _timing(line: str, *, name: str, number: int, shape: str) -> tuple[float, float, str]:
    """A time line's start and end, and the settings after them."""
    m = _TIMING.match(line)
    start = _seconds(m.groups()[:8]) if m else None
    end = _seconds(m.groups()[8:16]) if m else None
    if m is None or start is None or end is None:
        raise InputError(f"not a time line ({shape}): {line.strip()!r}", path=name,
                         line=number)
    return start, end, (m.group(17) or "").strip()


class _Cues:
    """Cues as they are read: the open one takes the text lines that follow it."""

    def __init__(self) -> None:
        self.found: list[Cue] = []
        self.times: tuple[float, float, str] | None = None
        self.lines: list[str] = []

    def open(self, times: tuple[float, float, str]) -> None:
        self.close()
        self.times = times

    def close(self) -> None:
        if self.times is not None:
            start, end, settings = self.times
            self.found.append(Cue(start, end, tuple(self.lines), settings))
        self.times, self.lines = None, []

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
    number: int | None = None  # the last cue number read
    for i, line in enumerate(lines):
        if _ARROW.match(line):
            if in_text and _numbers_next(cues, number):
                number = int(cues.lines.pop())  # its number, no blank line before it
            cues.open(_timing(line, name=name, number=i + 1, shape=_SRT_SHAPE))
            in_text = True
        elif not line.strip():
            in_text = False
        elif in_text:
            cues.lines.append(line)
        elif _NUMBER.match(line) and i + 1 < len(lines) and _ARROW.match(lines[i + 1]):
            number = int(line)  # a cue number
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
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            in_text = False
        elif "-->" in line or (not in_text and _ARROW.match(line)):
            cues.open(_timing(line, name=name, number=i + 1, shape=_VTT_SHAPE))
            in_text = True
        elif in_text:
            cues.lines.append(line)
        elif _VTT_SKIPPED.match(line):
            while i + 1 < len(lines) and lines[i + 1].strip():  # no text: skip the block
                i += 1
        elif i + 1 < len(lines) and ("-->" in lines[i + 1] or _ARROW.match(lines[i + 1])):
            pass  # a cue identifier
        elif cues.is_open():
            cues.lines.append(line)
            in_text = True
        else:
            raise InputError(f"text before the first cue's time line ({_VTT_SHAPE})",
                             path=name, line=i + 1)
        i += 1
    cues.close()
    return cues.found, said


class _Turn:
    """The text of one paragraph (a scene, a speaker's turn in it, a caption, a lyric)
    as it is built: runs of whitespace are one space, and none at its edges; a
    caption's lines of their own (:func:`~aligner.readers.cuetext.new_field`) are
    joined with a line break."""

    def __init__(self) -> None:
        self.styled = Styled()
        self.space = False  # whitespace between the text so far and what comes
        self.field = False  # a line break between the text so far and what comes
        self.last: frozenset[Style] = frozenset()  # the styles of the last text added

    def add(self, text: str, styles: frozenset[Style]) -> None:
        words = text.split()
        if words:
            if self.field and self.styled.length:
                self.styled.add("\n")  # no style: each line's spans are its own
            elif (self.space or text[0].isspace()) and self.styled.length:
                # the space between two pieces is in the styles both are in
                self.styled.add(" ", self.last & styles)
            self.styled.add(" ".join(words), styles)
            self.last = styles
            self.field = False
        self.space = (self.space and not words) or (bool(text) and text[-1].isspace())

    def para(self, split: Split = Split.ONE) -> Para | None:
        text = self.styled.text()
        return Para(text, BlockKind.PARAGRAPH, split=split,
                    formatting=self.styled.formatting()) if text else None


# A line's pieces: its text and its markup (True), a ruby's reading left out.
_Pieces = list[tuple[str, bool]]


def _pieces(cue: Cue, *, vtt: bool) -> list[_Pieces]:
    """The pieces of each of a cue's lines; the text of WebVTT's decoded."""
    found: list[_Pieces] = []
    ruby_text = False  # inside <rt>: the reading printed over the base, no text
    for line in cue.lines:
        pieces: _Pieces = []
        for piece in _MARKUP.split(line):
            if _MARKUP.fullmatch(piece):
                pieces.append((piece, True))
                ruby_text = _ruby(piece, ruby_text)
            elif not ruby_text:
                pieces.append((html.unescape(piece) if vtt else piece, False))
        found.append(pieces)
    return found


def _shown(cue: Cue, pieces: Sequence[_Pieces]) -> cuetext.Shown:
    lines = tuple("".join(p for p, markup in line if not markup) for line in pieces)
    top = cuetext.placed_on_top(cue.lines, cue.settings)
    return cuetext.Shown(cue.start, cue.end, top, lines)


def _paras(cues: Sequence[Cue], *, vtt: bool) -> Iterator[Para]:
    """The paragraphs of the cues: scenes, cut where a speaker's turn or a lyric starts,
    and captions (:mod:`aligner.readers.cuetext`)."""
    turn = _Turn()
    end: float | None = None  # when the last cue ended
    voice: str | None = None

    def flush() -> Iterator[Para]:
        nonlocal turn
        para = turn.para()
        if para is not None:
            yield para
        turn = _Turn()

    pieces = [_pieces(cue, vtt=vtt) for cue in cues]
    shown = [_shown(cue, p) for cue, p in zip(cues, pieces, strict=True)]
    is_caption = cuetext.captions(shown, SCENE_GAP_SECONDS)
    for cue, cue_pieces, seen, caption in zip(cues, pieces, shown, is_caption, strict=True):
        if end is not None and cue.start - end >= SCENE_GAP_SECONDS:
            yield from flush()
        end = cue.end if end is None else max(end, cue.end)
        if caption:
            yield from flush()
            if (para := _caption(cue_pieces, seen.lines)) is not None:
                yield para
            continue
        styles: set[Style] = set()  # open styles: a cue's markup ends with the cue
        for line, text in zip(cue_pieces, seen.lines, strict=True):
            # the marks of a turn, a dash or a label (``- MANUEL:``), are no text; the
            # dash may stand before a tag, or after one (``- <i>Who?</i>``)
            skip = cuetext.turn_mark(text)
            if skip or cuetext.opens_lyric(text):
                yield from flush()
            for piece, markup in line:
                if markup:
                    changed = _markup(piece, styles)
                    if changed is not None and vtt:
                        if changed != voice and voice is not None and turn.styled.length:
                            yield from flush()
                        voice = changed
                    continue
                piece, skip = piece[skip:], max(0, skip - len(piece))
                turn.add(piece, frozenset(styles))
            turn.space = True
            if cuetext.closes_lyric(text):
                yield from flush()  # the next line's speech starts afresh
    yield from flush()


def _caption(pieces: Sequence[_Pieces], lines: Sequence[str]) -> Para | None:
    """A caption's paragraph: one block a line, but for lines wrapped
    (:func:`~aligner.readers.cuetext.new_field`)."""
    turn = _Turn()
    styles: set[Style] = set()
    before = ""  # the last line with text
    for line, text in zip(pieces, lines, strict=True):
        turn.field = turn.field or (bool(before) and cuetext.new_field(before, text))
        for piece, markup in line:
            if markup:
                _markup(piece, styles)
            else:
                turn.add(piece, frozenset(styles))
        turn.space = True
        before = text if text.strip() else before
    return turn.para(Split.LINES)


def _markup(tag: str, styles: set[Style]) -> str | None:
    """Apply a tag or override code to the open ``styles``; the speaker a ``<v>`` tag
    names, else None."""
    if tag.startswith("{"):
        for letter, on in _ASS_STYLE.findall(tag):
            (styles.add if on == "1" else styles.discard)(_STYLES[letter])
        return None
    closing = tag.startswith("</")
    word = re.match(r"</?([A-Za-z]+)", tag)
    kind = word.group(1).lower() if word else ""
    if kind in _STYLES:
        (styles.discard if closing else styles.add)(_STYLES[kind])
    if kind == "v" and not closing:
        voice = _VOICE.match(tag)
        return " ".join((voice.group(1) or "").split()) if voice else ""
    return None


def _ruby(tag: str, inside: bool) -> bool:
    """Whether the text after ``tag`` is a ruby's reading (``<rt>`` to ``</rt>``)."""
    lowered = tag.lower()
    if lowered.startswith("<rt"):
        return True
    if lowered.startswith(("</rt", "</ruby")):
        return False
    return inside


__all__ = ["SCENE_GAP_SECONDS", "Cue", "read_srt", "read_vtt", "srt_cues", "vtt_cues"]
