"""Subtitle files made from drawn cues, for the readers' property tests: the file's
text and, cue by cue, the words a viewer reads (a line's dialogue dash left out)."""

from __future__ import annotations

import html
from collections.abc import Sequence

#: A drawn cue: the gap before it (ms), and its lines of (tag, word) pieces.
DrawnCue = tuple[int, list[list[tuple[str, str]]]]


def subtitle_file(cues: Sequence[DrawnCue], *, vtt: bool) -> tuple[str, list[list[str]]]:
    """A SubRip (or WebVTT) file of ``cues``, numbered from 1, each shown 1.5 s after
    its gap; and each cue's words as read (soft hyphens aside, WebVTT's character
    references decoded)."""
    parts, words, time = ["WEBVTT\n\n" if vtt else ""], [], 0
    comma = "." if vtt else ","
    for n, (gap, lines) in enumerate(cues, 1):
        start, time = time + gap, time + gap + 1500
        text = "\n".join("".join(tag + " " + word for tag, word in line) for line in lines)
        parts.append(f"{n}\n00:00:{start // 1000:02}{comma}{start % 1000:03} --> "
                     f"00:00:{time // 1000:02}{comma}{time % 1000:03}\n{text}\n\n")
        said = []
        for line in lines:
            seen = " ".join(w for _, w in line)
            # a dialogue dash: one dash, not two, before more text
            dash = seen[0] in "-–—" and seen[1:2] not in "-–—" and seen[1:].strip()
            said.append(seen[1:] if dash else seen)
        joined = " ".join(said).replace("\u00ad", "")
        words.append((html.unescape(joined) if vtt else joined).split())
    return "".join(parts), words
