"""The marks of a document's lines: what lies between each line and the one before it.

The DP kernels read one mark a line (:mod:`aligner.align.kernel_slots`, ``MARK_*``):

* a paragraph start -- a group of lines across it costs ``par_pen``;
* a line that *continues* the one before it (:func:`continues`: a sentence split
  inside its brackets) -- a group that keeps the two together earns ``cont_bonus``;
* otherwise how the line before *ends* (:func:`line_end`): mid-sentence (a comma or
  a semicolon; no sentence end at all before a line that starts with a lower-case
  letter; a sentence end inside a quotation the line opened and left open) or at a
  sentence end.  A bead whose two sides end differently -- one
  mid-sentence, the other at a sentence or paragraph end -- costs ``end_mismatch``
  (``enc_end_mismatch`` with the sentence encoder, which tells many such beads apart):
  a translation keeps its sentence ends, so a bead that stops halfway through a
  sentence on one side only has most likely left the rest of that sentence's
  translation to its neighbour (``Bíddu,`` / ``hvað er Rakel að gera hér?`` against
  ``What is Rakel doing here?``; French cut at a semicolon against German cut at a
  full stop).

Chinese and Japanese commas and semicolons (``，、；``) do not count as ending a line
mid-sentence: both languages chain clauses with them where English and most others
write separate sentences.  A Greek line ending in ``;`` (the Greek question mark)
ends a sentence.  A trailing ellipsis says neither: it ends sentences and it marks a
line that trails off into the next (subtitles).  A footnote call after the last mark
(``the end.¹``, ``the end.[2]``, ``the end.2``, ``the end.*``: the calls
:data:`aligner.textutil.TRAILING_CALL` reads, as end-punctuation does) is read past: the
line ends at the mark before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from aligner.align.kernel_slots import (
    MARK_AFTER_END,
    MARK_AFTER_OPEN,
    MARK_CONTINUES,
    MARK_NONE,
    MARK_PARAGRAPH,
)
from aligner.segment.terminals import CLOSERS, TERMINATORS, TURNING_QUOTES
from aligner.textutil import TRAILING_CALL

_OPENING, _CLOSING = "([（［", ")]）］"
_ANY_OPENING = re.compile(f"[{re.escape(_OPENING)}]")
# a sentence end: a terminator of any script before a space, the end or a closing quote
# or bracket
_SENTENCE_END = re.compile(f"[{re.escape(''.join(sorted(TERMINATORS)))}]"
                           r"(?=\s|$|[\"'»”’)\]）］])")
# commas and semicolons, Latin and Arabic (not the CJK ones: see the module's doc)
_MID_SENTENCE = frozenset(",;\u060c\u061b")
_TRAILING_CLOSERS = "".join(sorted(CLOSERS | TURNING_QUOTES)) + " \t\u00a0\u202f"
# a footnote call after a line's last mark and its closing quotes and brackets
_CALL = re.compile("(?<=[" + re.escape("".join(sorted(TERMINATORS | CLOSERS | TURNING_QUOTES))
                                       + "".join(_MID_SENTENCE) + "\u2026")
                   + "])(" + TRAILING_CALL + f")[{re.escape(_TRAILING_CLOSERS)}]*$")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
# each directed quotation mark and the mark that closes a quotation it opens (English
# “…”, German „…“, French and Spanish «…», CJK 「…」 『…』); ” » › 」 』 only close (a
# Spanish » also opens each further paragraph of a long narration)
_QUOTE_PAIRS = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb",
                "\u2039": "\u203a", "\u300c": "\u300d", "\u300e": "\u300f",
                "\u201d": "", "\u00bb": "", "\u203a": "", "\u300d": "", "\u300f": ""}
_QUOTE_OPENERS = frozenset(k for k, v in _QUOTE_PAIRS.items() if v)
_AMBIDEXTROUS = "'\""
_BEFORE_QUOTE = "([{\u2014\u2013-:"  # what may stand before an opening ' or "
_QUOTE_MARK = re.compile(f"[{''.join(_QUOTE_PAIRS)}{_AMBIDEXTROUS}]")


def continues(previous: str, line: str) -> bool:
    """Whether ``line`` continues ``previous``: ``previous`` leaves a bracket open that
    ``line`` closes before its first sentence end (a terminator of any script, as in
    :func:`line_end`; an ellipsis is none) -- one sentence split in two inside
    its brackets (``Stark ( London :`` / ``Collins 1956 ) , flott geschrieben ...``), as
    a splitter that took a colon or an abbreviation for a sentence end leaves it.  A
    bracket around whole sentences closes after a sentence end (``... sat upon it.)``)
    and does not count.  One closed just before its sentence's full stop (``...
    encima).``) counts, wrongly: the bonus (``cont_bonus``) is a cost, not a rule, and
    the evidence of both sides outweighs it there (on the one such DEV line)."""
    if not _ANY_OPENING.search(previous) or (sum(previous.count(c) for c in _OPENING)
                                             <= sum(previous.count(c) for c in _CLOSING)):
        return False
    close = next((k for k, ch in enumerate(line) if ch in _CLOSING), None)
    if close is None:
        return False
    end = _SENTENCE_END.search(line)
    return end is None or close < end.start()


def line_end(line: str) -> int:
    """How ``line`` ends, closing quotes and brackets aside: ``MARK_AFTER_OPEN``
    (mid-sentence: a comma or a semicolon), ``MARK_AFTER_END`` (a sentence terminator of
    any script) or ``MARK_NONE`` (anything else: no punctuation, a colon, a dash, an
    ellipsis); a footnote call after the mark is read past (``the end.¹``), not one
    after a decimal point (``version 2.5``)."""
    body = line.rstrip()
    call = _CALL.search(body)
    if call is not None and call.group(1) and not (
            call.group(1)[0].isdecimal() and body[call.start() - 2:call.start() - 1].isdecimal()):
        body = body[:call.start()]
    body = body.rstrip(_TRAILING_CLOSERS)
    if not body or body.endswith(("...", "\u2026")):
        return MARK_NONE
    last = body[-1]
    if last in _MID_SENTENCE:  # also a quotation closed after a comma: `"I know,"`
        return MARK_AFTER_END if last == ";" and _GREEK.search(body) else MARK_AFTER_OPEN
    return MARK_AFTER_END if last in TERMINATORS else MARK_NONE


def _starts_lower(line: str) -> bool:
    """Whether the first letter of ``line``, before any digit, is a lower-case one."""
    for ch in line:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
    return False


def leaves_quote_open(line: str) -> bool:
    """Whether ``line`` opens a quotation it does not close: a sentence end before the
    quotation closes ends a sentence of the quotation, not of the text around it.  A
    directed mark (``“ „ « ‹ 「 『``) opens and its partner closes; an ambidextrous ``'``
    or ``"`` opens after a space or an opening bracket or dash and before a letter or
    digit, closes an open one of its kind after anything but a space, and between two
    letters is an apostrophe (``it's``, ``l'arête``)."""
    stack: list[str] = []
    for match in _QUOTE_MARK.finditer(line):
        ch, k = match.group(), match.start()
        if ch in _AMBIDEXTROUS:
            before = line[k - 1] if k else " "
            after = line[k + 1] if k + 1 < len(line) else " "
            if before.isalnum() and after.isalnum():
                continue
            if stack and stack[-1] == ch and not before.isspace():
                stack.pop()
            elif (before.isspace() or before in _BEFORE_QUOTE) and (
                    after.isalnum() or after in "¿¡"):
                stack.append(ch)
        elif stack and _QUOTE_PAIRS[stack[-1]] == ch:
            stack.pop()
        elif ch in _QUOTE_OPENERS:
            stack.append(ch)
    return bool(stack)


def line_marks(sentences: Sequence[str],
               paragraph_starts: frozenset[int] | None) -> npt.NDArray[np.int8]:
    """Each line's mark: a paragraph start, a line that continues the one before it, or
    how the line before ends (nothing for the first line); a sentence end inside a
    quotation the line opened (:func:`leaves_quote_open`) is a mid-sentence one."""
    marks = np.zeros(len(sentences), dtype=np.int8)
    for i in range(1, len(sentences)):
        if continues(sentences[i - 1], sentences[i]):
            marks[i] = MARK_CONTINUES
            continue
        marks[i] = line_end(sentences[i - 1])
        if marks[i] == MARK_NONE and _starts_lower(sentences[i]):
            marks[i] = MARK_AFTER_OPEN  # `l' arête` / `est atteinte rapidement .`
        elif marks[i] == MARK_AFTER_END and leaves_quote_open(sentences[i - 1]):
            marks[i] = MARK_AFTER_OPEN  # `刘老老迎上来笑问道：“好啊?` / `周嫂子。”`
    for i in paragraph_starts or ():
        if 0 <= i < len(sentences):
            marks[i] = MARK_PARAGRAPH
    return marks
