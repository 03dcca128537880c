"""``export --unwrap``: the segments of a hard-wrapped text without its line breaks.

A sentence's text is its exact slice of the document, so a plain text wrapped at
72 columns gives segments with line breaks in them, and words hyphenated where a
line broke (``Im-`` / ``proper``).  With ``--unwrap`` an export writes each line
break inside a segment as its lines join in a PDF's paragraph
(:class:`aligner.lang.linebreaks.Breaks`: the document's own use of each word and
the language's word list decide): a space, or nothing between two Chinese or
Japanese characters (``cjk`` when the language joins its sentences without a space)
and between two letters of a script that writes no space between words (Thai, Lao,
Khmer, Burmese); a word hyphenated at the break is joined where the joined word is
the word (``ver-`` / ``teilen``), a compound's own hyphen stays (``Sankt-`` /
``Petersburg``), a hyphen that leaves a compound open keeps a space (``Be-`` /
``und``).  Spaces and tabs around the break go with it.

Only the text between the inline codes changes: each code's placeholder, offset or
formatting span is moved with the text around it.  A unit read from a TMX whose text
changed is written anew (its props kept), no longer as it was read.  The saved
alignment keeps the exact text; unwrapping is for the exported memory only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from aligner.formats.units import TranslationUnit, UnitFile
from aligner.lang import get_profile
from aligner.lang.linebreaks import Breaks, WordLexicon, suspending_words
from aligner.model import Alignment, Formatting, InlineCode, InlineTag

# A line break with the spaces and tabs around it (blank lines too: one break).
_BREAK = re.compile(r"[ \t]*(?:\r\n?|\n)(?:[ \t]*(?:\r\n?|\n))*[ \t]*")
# Scripts that write no space between words: a break between two of their letters
# is no space.
_SPACELESS = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")

#: The setting an unwrapped alignment carries (TMX header, XLIFF signature).
UNWRAP_SETTING = "unwrap"


@dataclass(frozen=True, slots=True)
class Unwrapped:
    """A text unwrapped, and where its old positions went: each edit is ``(old start,
    old end, new start, new length)``, in order."""

    text: str
    edits: tuple[tuple[int, int, int, int], ...] = ()

    def at(self, old: int) -> int:
        """Where position ``old`` of the wrapped text is in :attr:`text`."""
        k = bisect.bisect_right(self.edits, old, key=lambda e: e[0]) - 1
        if k < 0:
            return old
        start, end, new_start, new_len = self.edits[k]
        if old >= end:
            return new_start + new_len + old - end
        return new_start + min(old - start, new_len)


class Unwrapper:
    """Unwraps the texts of one side of a document (``texts``: all of them, the
    evidence of how the document writes its words) in language ``lang``."""

    def __init__(self, texts: Sequence[str], lang: str) -> None:
        lines = [line for t in texts for line in t.splitlines()]
        self.breaks = Breaks(lines, WordLexicon(lang), suspending_words(lang))
        self.cjk = get_profile(lang).sentence_separator == ""

    def __call__(self, text: str) -> Unwrapped:
        if "\n" not in text and "\r" not in text:
            return Unwrapped(text)
        out: list[str] = []
        edits: list[tuple[int, int, int, int]] = []
        done = size = 0
        found = list(_BREAK.finditer(text))
        for k, brk in enumerate(found):
            start, end = brk.span()
            if start == 0 or end == len(text):
                continue  # a break at an end of the text joins nothing
            line = text[found[k - 1].end() if k else 0:start]
            nxt = text[end:found[k + 1].start() if k + 1 < len(found) else len(text)]
            cut, between = self.breaks.seam(line, nxt, cjk=self.cjk)
            if _SPACELESS.match(line[-1:]) and _SPACELESS.match(nxt[:1]):
                between = ""
            kept = text[done:start - cut]
            out += (kept, between)
            size += len(kept)
            edits.append((start - cut, end, size, len(between)))
            size += len(between)
            done = end
        out.append(text[done:])
        return Unwrapped("".join(out), tuple(edits))


def _tags(tags: tuple[InlineTag, ...], moved: Unwrapped) -> tuple[InlineTag, ...]:
    return tuple(replace(t, start=moved.at(t.start), end=moved.at(t.end)) for t in tags)


def _codes(codes: tuple[InlineCode, ...], moved: Unwrapped) -> tuple[InlineCode, ...]:
    return tuple(replace(c, offset=moved.at(c.offset)) for c in codes)


def _formatting(spans: tuple[Formatting, ...], moved: Unwrapped) -> tuple[Formatting, ...]:
    return tuple(replace(f, start=moved.at(f.start), end=moved.at(f.end)) for f in spans)


def unwrap_alignment(alignment: Alignment) -> Alignment:
    """``alignment`` with its sentences unwrapped (the module docstring), and the
    inline codes and formatting beside them moved with their text."""
    sides = []
    for sentences, lang in ((alignment.src_sentences, alignment.src_lang),
                            (alignment.tgt_sentences, alignment.tgt_lang)):
        unwrap = Unwrapper(sentences, lang)
        sides.append([unwrap(s) for s in sentences])
    src, tgt = sides
    unit_tags = tuple(
        (_tags(s_tags, src[bead.src[0]]), _tags(t_tags, tgt[bead.tgt[0]]))
        if len(bead.src) == 1 and len(bead.tgt) == 1 else (s_tags, t_tags)
        for bead, (s_tags, t_tags) in zip(alignment.beads, alignment.unit_tags, strict=False))
    return replace(
        alignment,
        src_sentences=tuple(u.text for u in src), tgt_sentences=tuple(u.text for u in tgt),
        settings={**alignment.settings, UNWRAP_SETTING: "yes"},
        unit_tags=unit_tags,
        src_codes=tuple(_codes(c, src[k]) for k, c in enumerate(alignment.src_codes)),
        tgt_codes=tuple(_codes(c, tgt[k]) for k, c in enumerate(alignment.tgt_codes)),
        src_formatting=tuple(_formatting(f, src[k])
                             for k, f in enumerate(alignment.src_formatting)),
        tgt_formatting=tuple(_formatting(f, tgt[k])
                             for k, f in enumerate(alignment.tgt_formatting)))


def unwrap_units(units: UnitFile) -> UnitFile:
    """``units`` with their texts unwrapped and their codes moved with the text; a unit
    whose text changed loses the record of how its file wrote it (a TMX ``tu``)."""
    src = Unwrapper([u.source for u in units.units], units.src_lang)
    tgt = Unwrapper([u.target for u in units.units], units.tgt_lang)
    out: list[TranslationUnit] = []
    for unit in units.units:
        s, t = src(unit.source), tgt(unit.target)
        if not (s.edits or t.edits):
            out.append(unit)
            continue
        out.append(replace(unit, source=s.text, target=t.text, original=b"",
                           src_tags=_tags(unit.src_tags, s), tgt_tags=_tags(unit.tgt_tags, t)))
    return replace(units, units=tuple(out))


def unwrap_source(source: Alignment | UnitFile) -> Alignment | UnitFile:
    """A source of an export, unwrapped (:func:`unwrap_alignment`, :func:`unwrap_units`)."""
    return unwrap_alignment(source) if isinstance(source, Alignment) else unwrap_units(source)
