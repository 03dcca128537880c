"""The subtitle cues of a saved alignment's sentences (:attr:`Alignment.src_cues`), as
:mod:`aligner.formats.alignment_json` writes and reads them.

One list per cue, in file order::

    [sentence, index, number, start, end, span_start, span_end, [line, ...]]
    [sentence, index, number, start, end, span_start, span_end, [line, ...], clock]

``sentence`` is the sentence the cue's text starts in, ``index`` its 0-based place in
the file, ``number`` what the file writes before it (a string) or null, ``start`` and
``end`` its times in seconds, the span its text's offsets in the sentence
(:class:`~aligner.model.SubtitleCue`), and the lines as shown; ``clock``, how the file
writes times (:class:`~aligner.model.Clock`: ``"vtt"``, ``"vtt-minutes"``), is written for
a WebVTT cue only -- a SubRip cue's list is as it was before WebVTT times were kept, and a
list without it (a WebVTT cue saved before) is read as SubRip's.  A file written before
cues were kept has none, and is read as it was.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from aligner.errors import FormatError
from aligner.model import Clock, SubtitleCue

_CLOCKS = {c.value: c for c in Clock}


def cues_to_json(cues: tuple[tuple[SubtitleCue, ...], ...]) -> list[list[Any]]:
    """The cues of each sentence as the saved alignment writes them."""
    return [[k, c.index, c.number, c.start, c.end, c.span[0], c.span[1], list(c.lines),
             *(() if c.clock is Clock.SUBRIP else (c.clock.value,))]
            for k, mine in enumerate(cues) for c in mine]


def _time(value: Any) -> bool:
    return type(value) in (int, float) and math.isfinite(value) and value >= 0


def cues_from_json(raw: Any, sentences: tuple[str, ...], key: str,
                   fail: Callable[[str, str], FormatError]
                   ) -> tuple[tuple[SubtitleCue, ...], ...]:
    """The cues of each sentence from what :func:`cues_to_json` wrote; ``()`` for
    none.  Each entry is checked, the first bad one named by its JSON path."""
    if not isinstance(raw, list):
        raise fail(key, "expected a list of cues")
    found: list[list[SubtitleCue]] = [[] for _ in sentences] if raw else []
    for i, item in enumerate(raw):
        if not (isinstance(item, list) and len(item) in (8, 9)
                and (len(item) == 8 or item[8] in _CLOCKS)
                and all(type(v) is int for v in (item[0], item[1], item[5], item[6]))
                and (item[2] is None or isinstance(item[2], str))
                and _time(item[3]) and _time(item[4])
                and isinstance(item[7], list) and all(isinstance(x, str) for x in item[7])):
            raise fail(f"{key}[{i}]", "expected [sentence, index, number or null, start, "
                                      "end, span start, span end, [lines], and a clock "
                                      "(vtt, vtt-minutes) or none]")
        k, index, number, start, end, a, b, lines = item[:8]
        clock = _CLOCKS[item[8]] if len(item) == 9 else Clock.SUBRIP
        if not 0 <= k < len(sentences) or not 0 <= a <= b <= len(sentences[k]) or index < 0:
            raise fail(f"{key}[{i}]", "expected a sentence index and a span inside it")
        found[k].append(SubtitleCue(index, number, float(start), float(end), (a, b),
                                    tuple(lines), clock))
    return tuple(tuple(mine) for mine in found)
