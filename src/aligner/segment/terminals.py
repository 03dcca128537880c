"""Sentence terminators of every script, from Unicode's Sentence_Terminal property.

Latin, Greek and Cyrillic end sentences with ``. ! ?``; other scripts have
stops of their own: the Arabic question mark ``؟`` and full stop ``۔`` (Urdu),
the Devanagari danda ``।`` and double danda ``॥`` (Hindi, Marathi, Nepali,
Bengali, Sanskrit), the Armenian full stop ``։``, the Ethiopic ``።`` and
``፧``, the Myanmar ``။``, the Khmer ``។``, and about a hundred more.  Unicode
lists them as the property Sentence_Terminal; :data:`SENTENCE_TERMINAL` holds
it as the ``regex`` package reads it (``\\p{Sentence_Terminal}``), and
``tests/segment/test_terminals.py`` derives it again, so a newer Unicode that
adds stops fails that test with the new value to paste here.

Two characters of the property are left out, :data:`EXCLUDED`: the Myanmar
little section ``၊`` (U+104A), which Burmese writes as a comma, and the one
dot leader ``․`` (U+2024), a leader dot that Armenian text commonly types for
its mid-sentence ``mijaket``.  Thai and Lao have no sentence punctuation, and
the Tibetan shad ``།`` (not in the property) ends clauses as well as
sentences: none of them is a stop here.

The rest fall in three groups, by their compatibility form (NFKC):

* the CJK full stops (``。！？｡．``), decided by :mod:`aligner.segment.cjk`;
* :data:`BANGS`, forms of ``?`` and ``!`` (``‼ ⁇ ⁈ ⁉ ﹖ ﹗`` and the
  interrobang ``‽``), decided as ``?`` and ``!`` are, and :data:`PERIODS`,
  forms of ``.`` (``﹒``), decided as a period;
* :data:`SCRIPT_STOPS`, every other: an unambiguous sentence end in its script,
  decided by :func:`decide`.
"""

from __future__ import annotations

import re
from functools import cache

from aligner.segment.cjk import STOPS as CJK_STOPS
from aligner.textutil import SUPERSCRIPT_DIGITS

# \p{Sentence_Terminal} of the regex package (a newer Unicode than Python 3.11's
# unicodedata, 14.0), as a character class body: single characters and ranges a-b.
SENTENCE_TERMINAL = (
    "\u0021\u002e\u003f\u0589\u061d-\u061f\u06d4\u0700-\u0702\u07f9\u0837\u0839\u083d\u083e"
    "\u0964\u0965\u104a\u104b\u1362\u1367\u1368\u166e\u1735\u1736\u17d4\u17d5\u1803\u1809"
    "\u1944\u1945\u1aa8-\u1aab\u1b4e\u1b4f\u1b5a\u1b5b\u1b5e\u1b5f\u1b7d-\u1b7f\u1c3b\u1c3c"
    "\u1c7e\u1c7f\u2024\u203c\u203d\u2047-\u2049\u2cf9-\u2cfb\u2e2e\u2e3c\u2e53\u2e54\u2e60"
    "\u2e61\u3002\ua4ff\ua60e\ua60f\ua6f3\ua6f7\ua876\ua877\ua8ce\ua8cf\ua92f\ua9c8\ua9c9"
    "\uaa5d-\uaa5f\uaaf0\uaaf1\uabeb\ufe12\ufe15\ufe16\ufe52\ufe56\ufe57\uff01\uff0e\uff1f"
    "\uff61\U00010a56\U00010a57\U00010f55-\U00010f59\U00010f86-\U00010f89\U00011047"
    "\U00011048\U000110be-\U000110c1\U00011141-\U00011143\U000111c5\U000111c6\U000111cd"
    "\U000111de\U000111df\U00011238\U00011239\U0001123b\U0001123c\U000112a9\U000113d4"
    "\U000113d5\U0001144b\U0001144c\U000115c2\U000115c3\U000115c9-\U000115d7\U00011641"
    "\U00011642\U0001173c-\U0001173e\U00011944\U00011946\U00011a42\U00011a43\U00011a9b"
    "\U00011a9c\U00011c41\U00011c42\U00011ef7\U00011ef8\U00011f43\U00011f44\U00016a6e"
    "\U00016a6f\U00016af5\U00016b37\U00016b38\U00016b44\U00016d6e\U00016d6f\U00016e98"
    "\U0001bc9f\U0001da88"
)
# In the property, but no sentence end in practice (see the module docstring).
EXCLUDED = frozenset("\u104a\u2024")  # ၊ ․


def expand(body: str) -> frozenset[str]:
    """The characters of a character class body made of characters and ranges ``a-b``."""
    chars: set[str] = set()
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            chars.update(map(chr, range(ord(body[i]), ord(body[i + 2]) + 1)))
            i += 3
        else:
            chars.add(body[i])
            i += 1
    return frozenset(chars)


TERMINATORS = expand(SENTENCE_TERMINAL) - EXCLUDED
# The terminators whose NFKC is made of ? and ! (‼ ⁇ ⁈ ⁉ ︕ ︖ ﹖ ﹗), and the
# interrobang; those whose NFKC is "." (﹒).  Listed rather than normalised at
# import (unicodedata costs start-up time); the test derives them again.
BANGS = frozenset("!?\u203c\u203d\u2047\u2048\u2049\ufe15\ufe16\ufe56\ufe57")
PERIODS = frozenset(".\ufe52")
SCRIPT_STOPS = TERMINATORS - CJK_STOPS - BANGS - PERIODS

# Quotes and brackets that close on the left of a stop of any script; after . ! ?
# (:mod:`aligner.segment.core`) :func:`closer_after` adds the two kinds below.
CLOSERS = frozenset("\"'\u201d\u2019\u00bb\u203a)]}"
                    # CJK closing brackets: 」』）】〉》〕］｝〗〙
                    "\u300d\u300f\uff09\u3011\u3009\u300b\u3015\uff3d\uff5d\u3017\u3019")
# Quotes that close a quotation in some languages and open one in others (German
# „Nein.“ and »Nein.«, Swiss ‹Nein.›, beside English “No.” and French « Non. »):
# right after a stop and not before a letter or digit, they close it.
TURNING_QUOTES = frozenset("\u201c\u2018\u00ab\u2039")
# French sets a closing guillemet off from the stop with a space (often a no-break
# one): « Non. » -- the guillemet still closes the sentence on its left.
SPACED_CLOSERS = frozenset("\u00bb\u203a")
# the spaces that may stand between the stop and such a guillemet
CLOSER_SPACES = frozenset(" \u00a0\u202f\u2009")

# The notes that frame a song's lyric in subtitles and transcripts (``♪ y la sal te
# quema el alma. ♪``): one note after a stop closes the lyric the sentence opened, as a
# closing quote does (:func:`lyric_close`).
NOTES = frozenset("\u266a\u266b")

# A footnote call in superscript digits after a stop and its closers (``गया।² फिर``).
_CALL = re.compile(f"[{SUPERSCRIPT_DIGITS}]{{1,3}}")
# Marks after which the sentence goes on: commas (Arabic ، too), colons,
# semicolons (Arabic ؛), closing brackets, dashes.
CONTINUERS = frozenset(",;:)]}%/-\u2013\u2014&\u060c\u061b")


def closer_after(text: str, j: int, end: int) -> int:
    """How many characters from ``text[j]`` close what a stop just before ``j`` ended:
    1 for a closing quote or bracket (:data:`CLOSERS`, or :data:`TURNING_QUOTES` not
    before a letter or digit), 2 for a space and a :data:`SPACED_CLOSERS` guillemet
    not before a letter or digit (« Non. » Puis), else 0."""
    c = text[j]
    if c in CLOSERS:
        return 1
    if c in TURNING_QUOTES:
        return 0 if j + 1 < end and text[j + 1].isalnum() else 1
    if c in CLOSER_SPACES and j + 1 < end and text[j + 1] in SPACED_CLOSERS:
        return 0 if j + 2 < end and text[j + 2].isalnum() else 2
    return 0


def lyric_close(text: str, begin: int, s: int, j: int, end: int) -> int:
    """Where a sentence begun at ``begin`` and stopped at ``text[s]`` ends, ``j`` being
    the end of the stop and its closers: after the notes that follow, glued or after
    a space, when the sentence opened a lyric it has not closed (an odd number of
    notes in it: ``♪ y la sal te quema el alma. ♪``) -- else at ``j``, the note
    opening the next lyric (``Se fue. ♪ Ay, ...``)."""
    if sum(text.count(note, begin, s) for note in NOTES) % 2 == 0:
        return j
    k = j
    while k < end and text[k] in CLOSER_SPACES:
        k += 1
    if k == end or text[k] not in NOTES:
        return j
    while k < end and text[k] in NOTES:
        k += 1
    return k


@cache
def _verse_number() -> re.Pattern[str]:
    """A number between two stops, a verse number (``॥ १ ॥``, ``॥१॥``): it goes with
    the verse on its left.  Compiled at the first script stop, not at start-up."""
    stops = "".join(re.escape(c) for c in sorted(SCRIPT_STOPS))
    return re.compile(r"\s*\d{1,4}\s*[" + stops + "]+")


def decide(text: str, s: int, e: int, end: int) -> int | None:
    """Where the sentence ends if the script stop ``text[s:e]`` ends one, else None.

    Such a stop is a sentence end in its script whatever follows -- most of
    these scripts have no case to look at -- except a continuing mark
    (``, : ; ، ؛`` a closing bracket, a dash), the end of the region, or a
    digit or mark glued to it (``१।२``); closing quotes and brackets and a
    verse number (``॥ १ ॥``) or a footnote call in superscript digits (``गया।²``)
    stay on its left.
    """
    j = e
    while j < end and text[j] in CLOSERS:
        j += 1
    if (call := _CALL.match(text, j, end)) is not None:
        j = call.end()
    verse = _verse_number().match(text, j, end)
    if verse is not None:
        j = verse.end()
    k = j
    while k < end and text[k].isspace():
        k += 1
    if k >= end or text[k] in CONTINUERS:
        return None
    if k == j and not text[k].isalpha():
        return None  # glued to a digit or a mark
    return j
