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

A sentence of a film often runs over two or three cues, and a cue often holds the end
of one sentence and the start of the next: the cues of a scene are one running text,
the lines of a cue and the cues joined with a space -- with nothing in a language that
runs its sentences on without one (Chinese, Japanese) where a full-width character
ends the first, or a letter or digit ends it and a full-width one starts the next
(:func:`_runs_on`) -- and the segmenter finds its sentences. A scene ends where no
subtitle is shown for :data:`SCENE_GAP_SECONDS` or more; each scene is a paragraph. A
line opened by a dialogue dash (``- Where are you?`` / ``- Here.``; ``-``, ``–`` or
``—``, with or without a space) is another speaker's turn: it starts a paragraph of
its own, running on over the cues after it up to the next turn or the end of the
scene, and the dash, like a list's bullet in Markdown, is left out of the text. A
speaker's label (``MANUEL: Mi abuelo...``) starts a turn too and is left out as the
dash is -- it says who speaks, as WebVTT's ``<v Manuel>`` does, and the two give one
text; in WebVTT a change of voice (``<v Anna>`` after ``<v Ben>``) starts a turn. A
song's lyric framed by ``♪`` is a paragraph of its own, its notes kept, and the speech
after it starts afresh. A caption -- a title card, a lower third, a sign -- is a
paragraph of its own, a block a line (:mod:`aligner.readers.cuetext` says which cues
are captions, labels and lyrics).

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
from dataclasses import replace

from aligner.lang import get_profile
from aligner.model import BlockKind, Clock, DeclaredLanguage, Document, Style, SubtitleCue
from aligner.readers import cuetext
from aligner.readers.assemble import Para, Split, Styled, assemble
from aligner.readers.cuefile import Cue, srt_cues, vtt_cues
from aligner.textutil import is_wide

#: Seconds without a subtitle on screen that end a scene (a paragraph).  Speech that
#: goes on into the next cue leaves a fraction of a second between them; a pause this
#: long is a change of scene or of speaker.
SCENE_GAP_SECONDS = 2.0

# A tag (``<i>``, ``</font>``, ``<c.yellow>``, ``<v Ben>``, ``<00:01.000>``) or an ASS
# override code (``{\an8}``, ``{\i1}``): markup, never text.
_MARKUP = re.compile(r"(<[A-Za-z/\d][^<>]*>|\{\\[^{}]*\})")
_STYLES = {"i": Style.ITALIC, "b": Style.BOLD, "u": Style.UNDERLINE}
_ASS_STYLE = re.compile(r"\\([ibu])([01])")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>")


def read_srt(source: str, *, lang: str, name: str = "<string>") -> Document:
    """The text of a SubRip file (module docstring), with its cues."""
    cues = srt_cues(source, name=name)
    doc = assemble(_paras(cues, vtt=False, unspaced=_unspaced(lang)), lang=lang, name=name)
    return replace(doc, cues=cue_spans(cues, doc.text, vtt=False))


def read_vtt(source: str, *, lang: str, name: str = "<string>") -> Document:
    """The text of a WebVTT file (module docstring); a ``Language:`` line in its header
    (as YouTube writes one) is the language it declares."""
    cues, said = vtt_cues(source, name=name)
    declared: DeclaredLanguage | None = None
    if said:
        from aligner.readers.declared import declared as declared_as

        declared = declared_as(said, f"Language: {said} in its header")
    doc = assemble(_paras(cues, vtt=True, unspaced=_unspaced(lang)), lang=lang, name=name,
                   declared=declared)
    return replace(doc, cues=cue_spans(cues, doc.text, vtt=True))


def _unspaced(lang: str) -> bool:
    """Whether ``lang`` runs its sentences on without a space (Chinese, Japanese)."""
    return get_profile(lang).sentence_separator == ""


def _runs_on(last: str, first: str) -> bool:
    """Whether a line or cue ending in ``last`` and the next starting with ``first``
    join with nothing in Chinese or Japanese: the first ends in a full-width character
    (``这条河发源于`` / ``高原之上。``, ``公里，`` / ``Mekong``), or ends in a letter or digit
    and the next starts with one (``4,900`` / ``多公里``).  A Latin sentence's stop keeps
    its space (``hectares.`` / ``我们``): the segmenter ends a sentence there."""
    return is_wide(last) or (last.isalnum() and is_wide(first))


class _Turn:
    """The text of one paragraph (a scene, a speaker's turn in it, a caption, a lyric)
    as it is built: runs of whitespace are one space, and none at its edges; a
    caption's lines of their own (:func:`~aligner.readers.cuetext.new_field`) are
    joined with a line break.  ``unspaced``: the language runs on without spaces, so
    lines and cues join with nothing where :func:`_runs_on` says."""

    def __init__(self, unspaced: bool = False) -> None:
        self.unspaced = unspaced
        self.styled = Styled()
        self.space = False  # whitespace between the text so far and what comes
        self.field = False  # a line break between the text so far and what comes
        self.last: frozenset[Style] = frozenset()  # the styles of the last text added

    def add(self, text: str, styles: frozenset[Style]) -> None:
        words = text.split()
        if words:
            if self.field and self.styled.length:
                self.styled.add("\n")  # no style: each line's spans are its own
            elif (self.space or text[0].isspace()) and self.styled.length \
                    and not (self.unspaced and _runs_on(self.styled.parts[-1][-1], words[0][0])):
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


def _paras(cues: Sequence[Cue], *, vtt: bool, unspaced: bool) -> Iterator[Para]:
    """The paragraphs of the cues: scenes, cut where a speaker's turn or a lyric starts,
    and captions (:mod:`aligner.readers.cuetext`); ``unspaced``: :class:`_Turn`."""
    turn = _Turn(unspaced)
    end: float | None = None  # when the last cue ended
    voice: str | None = None

    def flush() -> Iterator[Para]:
        nonlocal turn
        para = turn.para()
        if para is not None:
            yield para
        turn = _Turn(unspaced)

    pieces = [_pieces(cue, vtt=vtt) for cue in cues]
    shown = [_shown(cue, p) for cue, p in zip(cues, pieces, strict=True)]
    is_caption = cuetext.captions(shown, SCENE_GAP_SECONDS)
    for cue, cue_pieces, seen, caption in zip(cues, pieces, shown, is_caption, strict=True):
        if end is not None and cue.start - end >= SCENE_GAP_SECONDS:
            yield from flush()
        end = cue.end if end is None else max(end, cue.end)
        if caption:
            yield from flush()
            if (para := _caption(cue_pieces, seen.lines, unspaced)) is not None:
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


def _caption(pieces: Sequence[_Pieces], lines: Sequence[str], unspaced: bool) -> Para | None:
    """A caption's paragraph: one block a line, but for lines wrapped
    (:func:`~aligner.readers.cuetext.new_field`)."""
    turn = _Turn(unspaced)
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


def shown_lines(cue: Cue, *, vtt: bool) -> tuple[str, ...]:
    """The lines of ``cue`` as a viewer sees them: markup and a ruby's reading left
    out, WebVTT's character references decoded, the edges stripped; a dialogue dash
    is shown, and stays."""
    shown = []
    for line in cue.lines:
        ruby_text = False
        pieces = []
        for piece in _MARKUP.split(line):
            if _MARKUP.fullmatch(piece):
                ruby_text = _ruby(piece, ruby_text)
            elif not ruby_text:
                pieces.append(html.unescape(piece) if vtt else piece)
        shown.append("".join(pieces).strip())
    return tuple(shown)


# How far ahead of where the last cue's text ended a word of the next is looked for
# when it is not the next word of the text: past words the reader left out (a dash).
_LOOK_AHEAD = 80


def cue_spans(cues: Sequence[Cue], text: str, *, vtt: bool) -> tuple[SubtitleCue, ...]:
    """Each cue with the span of its text in ``text``, the document's text the cues
    made (:class:`~aligner.model.SubtitleCue`).  The text holds the words of the
    cues in their order, a line's dialogue dash and label left out, so they are followed word by
    word: each word is the next in the text, or a word the reader left out, which is
    skipped.  Kept apart from the paragraphs' rules (:func:`_paras`), which change
    without touching where a cue's words are."""
    out = []
    pos = 0
    for k, cue in enumerate(cues):
        first: int | None = None
        shown = shown_lines(cue, vtt=vtt)
        # a dialogue dash and a speaker's label are no text (:func:`_paras`)
        said = " ".join(line[cuetext.turn_mark(line):] for line in shown)
        for word in said.replace("\u00ad", "").split():
            at = _next_word(text, word, pos)
            if at is not None:
                first = at[0] if first is None else first
                pos = at[1]
        span = (first, pos) if first is not None else (pos, pos)
        clock = (Clock.WEBVTT if cue.hours else Clock.WEBVTT_MINUTES) if vtt else Clock.SUBRIP
        out.append(SubtitleCue(k, cue.number, cue.start, cue.end, span, shown, clock))
    return tuple(out)


def _next_word(text: str, word: str, pos: int) -> tuple[int, int] | None:
    """Where ``word`` is in ``text`` from ``pos``: next after the whitespace there,
    maybe without its dialogue dash; else a word that starts a little further on (one
    with a letter or digit); None when not there."""
    at = pos
    while at < len(text) and text[at].isspace():
        at += 1
    if text.startswith(word, at):
        return at, at + len(word)
    dash = cuetext.dialogue_dash(word)
    bare = word[dash:] if dash else ""
    if bare and text.startswith(bare, at):
        return at, at + len(bare)
    if not any(ch.isalnum() for ch in word):
        return None  # a mark (a dash, a ♪) the reader left out: never looked for further on
    end = at + _LOOK_AHEAD + len(word)
    found = text.find(word, at, end)
    while found > 0 and not text[found - 1].isspace():  # a word's start, not its middle
        found = text.find(word, found + 1, end)
    return (found, found + len(word)) if found >= 0 else None


__all__ = ["SCENE_GAP_SECONDS", "Cue", "cue_spans", "read_srt", "read_vtt", "shown_lines",
           "srt_cues", "vtt_cues"]
