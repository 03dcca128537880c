"""Simplified and Traditional Chinese: which one a tag asks for, which one a sentence is in.

A tag says it by its script subtag or its region (:mod:`aligner.lang.chinese_tags`:
``zh-TW`` Traditional, ``zh-CN`` Simplified, a bare ``zh`` neither).  A sentence says it
by the characters that only one of the two scripts writes (``zh/script_chars.txt``: 账
and 帳, 这 and 這); the many characters both write (人, 台, 后, 的) say nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from aligner.lang import get_profile
from aligner.lang.base import SCRIPT_CHARS_DATA, data_sections
from aligner.lang.chinese_tags import HANS, HANT, chinese_script

__all__ = ["HANS", "HANT", "ScriptEvidence", "chinese_script", "script_chars", "script_label",
           "sentence_script"]

_DATA = SCRIPT_CHARS_DATA
#: A sentence is judged from this many characters of one script only on ...
SENTENCE_MIN_CHARS = 2
#: ... when they are this share of its characters of one script only (a Traditional
#: sentence with one Simplified slip in it is no Simplified sentence).
SENTENCE_SHARE = 0.8


def script_label(script: str) -> str:
    """``Simplified`` or ``Traditional``."""
    return "Simplified" if script == HANS else "Traditional"


@cache
def script_chars() -> dict[str, frozenset[str]]:
    """``zh/script_chars.txt``: ``Hans`` and ``Hant`` -> the characters only that script
    writes."""
    text = get_profile("zh").data_text(_DATA) or ""
    sections = data_sections(text, name=_DATA, known=("simplified", "traditional"))
    return {HANS: frozenset("".join(sections.get("simplified", ()))),
            HANT: frozenset("".join(sections.get("traditional", ())))}


@dataclass(frozen=True, slots=True)
class ScriptEvidence:
    """The characters of one script only in a text: ``script`` the one it is plainly
    written in (None when it says too little), ``chars`` that script's characters found
    (distinct, in text order), ``count`` how many there are (repeats too)."""

    script: str | None
    chars: str
    count: int


def sentence_script(sentence: str) -> ScriptEvidence:
    """Which of the two scripts ``sentence`` is plainly written in: SENTENCE_MIN_CHARS
    characters or more that only it writes, SENTENCE_SHARE or more of those of either."""
    table = script_chars()
    found = {HANS: [c for c in sentence if c in table[HANS]],
             HANT: [c for c in sentence if c in table[HANT]]}
    both = len(found[HANS]) + len(found[HANT])
    for script, chars in found.items():
        if len(chars) >= SENTENCE_MIN_CHARS and len(chars) >= SENTENCE_SHARE * both:
            return ScriptEvidence(script, "".join(dict.fromkeys(chars)), len(chars))
    return ScriptEvidence(None, "", 0)
