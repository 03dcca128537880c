"""A document's character formatting as inline codes of a unit (the TMX and XLIFF writers).

The DOCX, ODT, Markdown and HTML (and EPUB) readers keep bold, italic, underline,
strike-through, superscript, subscript, links and inline code as spans of each sentence
(:attr:`Alignment.src_formatting <aligner.model.Alignment.src_formatting>`); the
sentences hold none of it, so the aligner, the checks and the text exports never see it.
A writer of codes asks for a unit's text *with* them: each span becomes a pair of
placeholders (``{1}``/``{/1}``, :class:`~aligner.model.InlineTag`) whose native code is
the HTML element that says the style (``<b>``/``</b>``, ``<i>``, ``<u>``, ``<s>``,
``<sup>``, ``<sub>``, ``<a>``, ``<code>``; not code that is the whole sentence, a line
of a code block, whose text is the unit's); a link that knows where it points opens with its address
(``<a href="https://...">``, :func:`native_open`), so the translator's tool and the
checks see it; the placeholders of a message in code (``{count}``, ``%d``: a code span
that is prose, :func:`~aligner.lang.prose_code.is_prose`) are standalone codes holding
them, so the translator's tool protects them; :mod:`aligner.formats.xliff_inline` pairs
them and gives the n-th span of a style in the source and the n-th of that style in the
target one id (TMX ``i``/``x``).

A span that crossed a sentence boundary in the document was cut there by
:meth:`~aligner.model.SegmentedDocument.sentence_formatting`: each unit has whole pairs.
At one offset, codes close before others open, the last opened first, and the longer of
two spans opening together opens first, so spans that nest in the document nest here.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from aligner.formats.tmx_inline import FlatText
from aligner.lang import join_sentences, sentence_offsets
from aligner.lang.prose_code import PLACEHOLDER, is_prose
from aligner.model import Formatting, InlineTag, Style, TagKind


def coded_text(sentences: Sequence[str], formatting: Sequence[Sequence[Formatting]],
               lang: str) -> tuple[str, tuple[InlineTag, ...]]:
    """The sentences of one side of a unit joined as the writers join them
    (:func:`~aligner.lang.join_sentences`), with a placeholder pair for each span of
    formatting, and the codes; the joined text and no codes when there is no span."""
    joined = join_sentences(sentences, lang)
    spans: list[Formatting] = []
    holes: list[tuple[int, int]] = []  # the placeholders of messages in code
    for text, looks, offset in zip(sentences, formatting, sentence_offsets(sentences, lang),
                                   strict=True):
        spans += [f.moved(f.start + offset, f.end + offset) for f in looks
                  if 0 <= f.start < f.end <= len(text) and not _whole_code(f, text)]
        holes += [(offset + f.start + m.start(), offset + f.start + m.end()) for f in looks
                  if f.style is Style.CODE and 0 <= f.start < f.end <= len(text)
                  and is_prose(text[f.start:f.end], lang)
                  for m in PLACEHOLDER.finditer(text, f.start, f.end)]
    if not spans and not holes:
        return joined, ()
    spans.sort(key=lambda f: (f.start, -f.end))
    # (offset, 0 to close | 1 to open | 2 a placeholder, order among equals, number)
    events = sorted([(f.end, 0, -k, k) for k, f in enumerate(spans)]
                    + [(f.start, 1, k, k) for k, f in enumerate(spans)]
                    + [(a, 2, h, h) for h, (a, _) in enumerate(holes)])
    flat = FlatText()
    last = 0
    for pos, opens, _, k in events:
        flat.text(joined[last:pos])
        last = pos
        if opens == 2:  # a message's placeholder: a standalone code holding it
            code = joined[holes[k][0]:holes[k][1]]
            flat.tag(f"{{{len(spans) + k + 1}/}}", TagKind.STANDALONE, f"ph:{code}", code)
            last = holes[k][1]
            continue
        style = spans[k].style.value
        key = f"bpt:<{style}>"
        if opens:
            flat.tag(f"{{{k + 1}}}", TagKind.OPEN, key, native_open(spans[k]))
        else:
            flat.tag(f"{{/{k + 1}}}", TagKind.CLOSE, key, f"</{style}>")
    flat.text(joined[last:])
    return "".join(flat.parts), tuple(flat.tags)


def _whole_code(span: Formatting, sentence: str) -> bool:
    """Whether ``span`` is code that is the whole sentence (a line of a code block): its
    text is the unit's, with no code around it; inline code in a sentence is a code."""
    return span.style is Style.CODE and span.start == 0 and span.end == len(sentence)


def code_only(sentences: Sequence[str], formatting: Sequence[Sequence[Formatting]],
              lang: str = "") -> bool:
    """Whether every sentence is code from end to end, as its document marks it (a line
    of a Markdown code block; a table cell or a paragraph that is inline code alone:
    Markdown backticks, HTML ``<code>``, a DOCX run in a code style): each character but
    white space lies in a :attr:`Style.CODE` span.  The
    reader's marks decide, never the characters: a unit of such sentences has nothing to
    translate (XLIFF ``translate="no"``).  False for no sentence, and for a sentence
    without formatting (plain text, a memory's units).  With ``lang``, a code span that
    is prose of it (a message in backticks: :func:`~aligner.lang.prose_code.is_prose`)
    is text to translate, as ``code-changed`` reads it."""
    if not sentences:
        return False
    for text, looks in zip(sentences, formatting, strict=True):
        code = [(f.start, f.end) for f in looks if f.style is Style.CODE
                and not (lang and is_prose(text[f.start:f.end], lang))]
        if not text.strip() or any(not ch.isspace() and not any(a <= k < b for a, b in code)
                                   for k, ch in enumerate(text)):
            return False
    return True


def native_open(span: Formatting) -> str:
    """The native code that opens ``span``: its HTML element (``<b>``), with the address
    of a link as an ``href`` attribute, escaped as HTML escapes an attribute's value
    (``<a href="https://example.com/?a=1&amp;b=2">``)."""
    style = span.style.value
    return f'<{style} href="{html.escape(span.href)}">' if span.href else f"<{style}>"


def side_formatting(formatting: Sequence[Sequence[Formatting]], indices: Sequence[int]
                    ) -> list[Sequence[Formatting]]:
    """The formatting of the sentences ``indices`` of a side (none for a side without)."""
    return [formatting[k] if k < len(formatting) else () for k in indices]
