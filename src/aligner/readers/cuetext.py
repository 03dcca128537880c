"""What a subtitle cue's text is besides running speech: a caption, a speaker's turn, a
song's lyric (:mod:`aligner.readers.subtitles` makes the paragraphs of them).

These functions read text without its markup (the tags and override codes left out),
except :func:`placed_on_top`, which reads the markup that places a cue.

A caption is text on screen that nobody says: a title card (``LAS ÚLTIMAS SALINAS``),
a lower third naming who speaks (``ROCÍO BENJUMEA`` / ``Bióloga, Universidad de
Cádiz``), a place and a date (``San Fernando, Cádiz`` / ``Abril de 2025``), a sign.
Run on with the speech around it, it made one "sentence" with the next line said, a
unit that no translation memory matches again -- and one that hid a cue a translation
left out, the caption standing in for the whole.  A cue is a caption when it is
marked so and reads as one:

* marked: placed at the top of the picture, where subtitles of speech are not (an
  ASS code ``{\\an7}``, ``{\\an8}``, ``{\\an9}``, or WebVTT's ``line:`` setting in the
  upper half: ``line:10%``, ``line:0``), or written all in capitals (four letters or
  more, no lower-case one: an acronym in a sentence is not).  A mark counts only where
  it is the exception: in a file whose cues are mostly at the top, or mostly in
  capitals (closed captions of television are), it tells nothing;
* reads as one: no line opens a turn (a dialogue dash, a speaker's label) or a lyric;
  it does not begin in lower case (it would go on with a sentence), nor end in a stop
  or a mark a sentence goes on after (``.``, ``?``, ``…``, ``,``, ``:``...), and the next
  cue, in the same scene, does not begin in lower case.  Speech moved to the top of
  the picture (over a sign at the bottom) fails one of these as soon as a sentence
  runs over it.

A cue without punctuation followed by one that begins a sentence is no mark by
itself: a sentence of speech runs over cues so at every capitalised name (``Aprendimos
todo de`` / ``Manuel y de otros...``).

A speaker's label (``MANUEL: Mi abuelo empezó aquí``) is a name in capitals and a colon
at the start of a line, before text with a lower-case letter (so that ``CAPÍTULO UNO:
EL AGUA`` is a title).  Song lyrics are framed by ``♪`` (or ``♫``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# A dialogue dash: one dash (not ``--``), the spaces after it, before more text.
_DIALOGUE_DASH = re.compile(r"[-\u2010\u2013\u2014](?![-\u2010\u2013\u2014])[ \t\u00a0]*(?=\S)")
# A speaker's label: up to four words, then a colon and a space before more text.
_LABEL = re.compile(r"([^\W\d_][\w.'\u2019-]*(?:[ \t]+[\w.'\u2019-]+){0,3}):[ \t]+(?=\S)")
# An ASS override code that places the text at the top (numpad 7, 8, 9).
_TOP_CODE = re.compile(r"\{[^{}]*\\an[789][^{}]*\}")
# WebVTT's line setting: a line number (from the top when not negative) or a percentage.
_LINE_SETTING = re.compile(r"(?:^|[ \t])line:(-?\d+(?:\.\d+)?)(%?)")
NOTES = frozenset("\u266a\u266b")  # ♪ ♫
# What ends a caption's text that a caption does not end in: a stop, or a mark a
# sentence goes on after.
_NOT_CAPTION_END = frozenset(".!?\u2026,;:-\u2013\u2014")
# Closing quotes and brackets: looked through for the mark before them.
_CLOSING = "\"'\u201d\u2019\u00bb)]"


@dataclass(frozen=True, slots=True)
class Shown:
    """A cue as a viewer sees it: when, whether at the top of the picture, and its
    lines without markup."""

    start: float
    end: float
    top: bool
    lines: tuple[str, ...]


def placed_on_top(lines: Sequence[str], settings: str) -> bool:
    """Whether a cue's lines (with their markup) or its WebVTT cue settings place it
    at the top of the picture."""
    if any(_TOP_CODE.search(line) for line in lines):
        return True
    m = _LINE_SETTING.search(settings)
    if m is None:
        return False
    value = float(m.group(1))
    return value < 50 if m.group(2) else value >= 0


def dialogue_dash(text: str) -> int:
    """How long the dialogue dash that opens ``text`` is, with the spaces after it; 0
    when there is none."""
    m = _DIALOGUE_DASH.match(text)
    return m.end() if m else 0


def speaker_label(text: str) -> int:
    """How long the speaker's label that opens ``text`` is (``MANUEL: ``), with the
    spaces after it; 0 when there is none."""
    m = _LABEL.match(text)
    if m is None:
        return 0
    name = m.group(1)
    letters = sum(c.isalpha() for c in name)
    said = text[m.end():]
    return m.end() if letters >= 2 and name.isupper() and any(c.islower() for c in said) \
        else 0


def turn_mark(text: str) -> int:
    """How long the marks that open a turn at the start of ``text`` are -- a dialogue
    dash, a speaker's label, or both (``- MANUEL: Sí, claro``) -- with the spaces
    before and after them; 0 when the line opens no turn."""
    lead = len(text) - len(text.lstrip())
    dash = dialogue_dash(text[lead:])
    label = speaker_label(text[lead + dash:])
    return lead + dash + label if dash or label else 0


def opens_lyric(text: str) -> bool:
    """Whether ``text`` begins a song's lyric (``♪ Ay, salinera de la Isla,``)."""
    return text.lstrip()[:1] in NOTES


def closes_lyric(text: str) -> bool:
    """Whether ``text`` ends a song's lyric (``y la sal te quema el alma. ♪``)."""
    return text.rstrip()[-1:] in NOTES


def in_capitals(text: str) -> bool:
    """Whether ``text`` is written in capitals: four cased letters or more, none in
    lower case."""
    cased = [c for c in text if c.isupper() or c.islower()]
    return len(cased) >= 4 and not any(c.islower() for c in cased)


def captions(cues: Sequence[Shown], scene_gap: float) -> list[bool]:
    """Which of ``cues`` are captions (module docstring); ``scene_gap``: the seconds
    without a subtitle that end a scene."""
    texts = [_text(c) for c in cues]
    top = _exceptional([c.top for c in cues], len(cues))
    capitals = [in_capitals(t) for t in texts]
    cased = sum(any(ch.isupper() or ch.islower() for ch in t) for t in texts)
    upper = _exceptional(capitals, cased)
    found = []
    for i, cue in enumerate(cues):
        marked = (top and cue.top) or (upper and capitals[i])
        after = texts[i + 1] if i + 1 < len(cues) and \
            cues[i + 1].start - cue.end < scene_gap else ""
        found.append(marked and _reads_as_caption(cue, texts[i], after))
    return found


def _exceptional(marked: Sequence[bool], total: int) -> bool:
    """Whether a mark is the exception in its file: on half the cues or fewer."""
    return 2 * sum(marked) <= total


def _text(cue: Shown) -> str:
    return " ".join(line.strip() for line in cue.lines if line.strip())


def _reads_as_caption(cue: Shown, text: str, after: str) -> bool:
    """Whether a marked cue reads as a caption: no turn, no lyric, no sentence going on
    into it or out of it, and none ending in it."""
    if not text or any(turn_mark(line) or opens_lyric(line) or closes_lyric(line)
                       for line in cue.lines):
        return False
    return not (_begins_lower(text) or text.rstrip(_CLOSING)[-1:] in _NOT_CAPTION_END
                or _begins_lower(after))


def _begins_lower(text: str) -> bool:
    """Whether the first letter or digit of ``text`` is a lower-case letter."""
    first = next((c for c in text if c.isalnum()), "")
    return first.islower()


def new_field(line: str, next_line: str) -> bool:
    """Whether ``next_line`` of a caption is a line of its own (``ROCÍO BENJUMEA`` /
    ``Bióloga, Universidad de Cádiz``) rather than the rest of ``line`` wrapped
    (``Cooperativa Sal de`` / ``la Isla``): it does not begin in lower case."""
    return bool(line.strip()) and not _begins_lower(next_line)


__all__ = ["NOTES", "Shown", "captions", "closes_lyric", "dialogue_dash", "in_capitals",
           "new_field", "opens_lyric", "placed_on_top", "speaker_label", "turn_mark"]
