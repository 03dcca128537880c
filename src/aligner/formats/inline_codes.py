"""A memory's inline codes kept beside the sentences, as a document's formatting is.

Read from a TMX or XLIFF, a unit's text holds a placeholder for each inline code
(``{1}``, ``{/1}``, ``{2/}``) and its tags say which code each is
(:attr:`Alignment.unit_tags <aligner.model.Alignment.unit_tags>`).  A saved
alignment keeps them as it keeps a DOCX's formatting (:mod:`aligner.formats.formatting`):
the sentences hold plain text -- what the editor shows and corrects, and the checks
read -- and each code is kept at its offset in its sentence
(:attr:`Alignment.src_codes <aligner.model.Alignment.src_codes>`,
:func:`codes_from_tags`).  A writer of codes asks for a unit's text with them
(:func:`coded_sentences`): the placeholders come back, numbered anew in the unit, so
that a unit made of several sentences (a merge in the editor) has each code once.  A
sentence whose text is corrected loses its codes (its offsets were into the old words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from aligner.formats.tmx_inline import FlatText
from aligner.lang import sentence_joint
from aligner.model import Alignment, InlineCode, InlineTag, TagKind

_PLACEHOLDER = re.compile(r"\{/?\d+/?\}\Z")

Codes = tuple[tuple[InlineCode, ...], ...]


def codes_from_tags(alignment: Alignment) -> Alignment:
    """``alignment`` (a bead per unit read from a file) with its units' placeholders
    taken out of the sentences and kept as codes at their offsets.  A bead of
    several sentences, or whose tags no longer span placeholders, keeps its text as
    it is (placeholders and all)."""
    if not alignment.unit_tags:
        return alignment
    src = list(alignment.src_sentences)
    tgt = list(alignment.tgt_sentences)
    src_codes: list[tuple[InlineCode, ...]] = [()] * len(src)
    tgt_codes: list[tuple[InlineCode, ...]] = [()] * len(tgt)
    for bead, (src_tags, tgt_tags) in zip(alignment.beads, alignment.unit_tags, strict=True):
        if len(bead.src) != 1 or len(bead.tgt) != 1:
            continue
        s, t = bead.src[0], bead.tgt[0]
        if not (_spans_placeholders(src[s], src_tags) and _spans_placeholders(tgt[t], tgt_tags)):
            continue
        src[s], src_codes[s] = _lift(src[s], src_tags)
        tgt[t], tgt_codes[t] = _lift(tgt[t], tgt_tags)
    return replace(alignment, src_sentences=tuple(src), tgt_sentences=tuple(tgt),
                   src_codes=tuple(src_codes) if any(src_codes) else (),
                   tgt_codes=tuple(tgt_codes) if any(tgt_codes) else (), unit_tags=())


def _spans_placeholders(text: str, tags: Sequence[InlineTag]) -> bool:
    return all(_PLACEHOLDER.match(text[t.start:t.end]) for t in tags)


def _lift(text: str, tags: Sequence[InlineTag]) -> tuple[str, tuple[InlineCode, ...]]:
    """``text`` without the placeholders of ``tags``, and a code at each one's place."""
    plain: list[str] = []
    codes: list[InlineCode] = []
    length = last = 0
    for tag in sorted(tags, key=lambda t: t.start):
        plain.append(text[last:tag.start])
        length += tag.start - last
        codes.append(InlineCode(length, tag.kind, tag.key, tag.code, tag.attributes))
        last = tag.end
    plain.append(text[last:])
    return "".join(plain), tuple(codes)


def coded_sentences(sentences: Sequence[str], codes: Codes, indices: Sequence[int],
                    lang: str) -> tuple[str, tuple[InlineTag, ...]]:
    """The sentences ``indices`` of a side joined as the writers join them, with a
    placeholder for each of their codes, and the tags: a closing code and the last
    code opened with its key before it share a number; every other code has its own."""
    flat = FlatText()
    open_: list[tuple[str, int]] = []
    for n, k in enumerate(indices):
        text = sentences[k]
        if n:
            flat.text(sentence_joint(sentences[indices[n - 1]], text, lang))
        last = 0
        for code in codes[k] if k < len(codes) else ():
            flat.text(text[last:code.offset])
            last = code.offset
            if code.kind is TagKind.OPEN:
                flat.counter += 1
                open_.append((code.key, flat.counter))
                flat.tag(f"{{{flat.counter}}}", TagKind.OPEN, code.key, code.code,
                         code.attributes)
            elif code.kind is TagKind.CLOSE:
                j = next((j for j in reversed(range(len(open_))) if open_[j][0] == code.key),
                         None)
                if j is None:
                    flat.counter += 1
                    number = flat.counter
                else:
                    number = open_.pop(j)[1]
                flat.tag(f"{{/{number}}}", TagKind.CLOSE, code.key, code.code,
                         code.attributes)
            else:
                flat.counter += 1
                flat.tag(f"{{{flat.counter}/}}", TagKind.STANDALONE, code.key, code.code,
                         code.attributes)
        flat.text(text[last:])
    return "".join(flat.parts), tuple(flat.tags)
