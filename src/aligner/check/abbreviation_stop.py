"""Whether the full stop that ends a sentence is an abbreviation's, so that the
sentence may stand against a translation that ends with no mark (end-punctuation)."""

from __future__ import annotations

import re

from aligner.segment.rules import AbbrevClass, rules_for

#: What may close a sentence after its end mark (quotation marks, brackets)
CLOSING_MARKS = "\"'”’“‘»«›‹)]」』）》〉】〕"

# The last word of a text ending with a full stop, and an initialism (K.K., U.S.)
_LAST_WORD = re.compile(r"(\S+)\.[\s" + re.escape(CLOSING_MARKS) + r"]*$")
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
# Spanish writes a plural initialism with its letters doubled, each pair stopped:
# EE. UU., RR. HH., FF. AA., CC. OO.
_DOUBLED = re.compile(r"(?<!\w)(?:([^\W\d_])\1\.\s?)+([^\W\d_])\2$")
# A letter after a year or a century in Roman numerals: the year's or century's
# abbreviation (Russian 2024 г., Polish 2024 r., XIX w.), as the segmenter reads it.
_AFTER_YEAR = re.compile(r"(?:^|\s)(?:1\d{3}|20\d\d|[IVXLC]+)\s+[^\W\d_]$")
# A word right after a number (33 1/2 in, 12 oz)
_AFTER_NUMBER = re.compile(r"\d[ \u00a0\u202f]?[^\W\d_]+$")


def abbreviation_stop(text: str, lang: str) -> bool:
    """Whether the full stop that ends ``text`` is an abbreviation's: an initialism
    (``NoteBox Japan K.K.``, Spanish ``RR. HH.``), an abbreviation that may end a
    sentence in the
    language's segmentation data (``etc.``, ``Inc.``), one of its abbreviations before
    numbers right after a number, a unit's (``47 1/4 x 33 1/2 in.``, ``12 oz.``), or a
    letter after a year (``12 марта 2024 г.``); also one of two or three words
    (Russian ``на 0,5 п. п.``, ``и т. д.``).  Such a text may end with no mark of
    its own."""
    m = _LAST_WORD.search(text[-40:])
    if m is None:
        return False
    word = m.group(1)
    before = text[-40:][:m.end(1)]
    if _INITIALISM.fullmatch(word) or (len(word) == 1 and word.islower()
                                       and _AFTER_YEAR.search(before)):
        return True
    if word.isupper() and _DOUBLED.search(before):
        return True
    rules = rules_for(lang)
    # an abbreviation of two or three words (Russian п. п., и т. д.)
    tokens = text[-40:].split()
    if any(rules.classify(" ".join(tokens[-n:])) in (AbbrevClass.FINAL, AbbrevClass.MULTI)
           for n in (2, 3) if len(tokens) >= n):
        return True
    kind = rules.classify(word + ".")
    return kind in (AbbrevClass.FINAL, AbbrevClass.MULTI) or (
        kind is AbbrevClass.NUMBER and _AFTER_NUMBER.search(before) is not None)
