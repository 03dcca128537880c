"""Simplified and Traditional Chinese: which one a tag asks for, which one a sentence is in.

A tag says it by its script subtag (``zh-Hans``, ``zh-Hant``) or its region: mainland
China, Singapore and Malaysia write Simplified (``zh-CN``, ``zh-SG``, ``zh-MY``),
Taiwan, Hong Kong and Macau Traditional (``zh-TW``, ``zh-HK``, ``zh-MO``); a bare
``zh`` asks for neither.  A sentence says it by the characters that only one of the two
scripts writes (``zh/script_chars.txt``: 账 and 帳, 这 and 這); the many characters both
write (人, 台, 后, 的) say nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from aligner.lang import get_profile, normalize_tag
from aligner.lang.base import SCRIPT_CHARS_DATA, data_sections

HANS = "Hans"
HANT = "Hant"
_DATA = SCRIPT_CHARS_DATA
# The languages written in Chinese characters whose tags name the two scripts.
_CHINESE = frozenset({"zh", "cmn", "yue", "wuu", "hak", "nan", "gan", "hsn", "cdo", "cjy"})
_REGION_SCRIPT = {"cn": HANS, "sg": HANS, "my": HANS, "tw": HANT, "hk": HANT, "mo": HANT}
#: A sentence is judged from this many characters of one script only on ...
SENTENCE_MIN_CHARS = 2
#: ... when they are this share of its characters of one script only (a Traditional
#: sentence with one Simplified slip in it is no Simplified sentence).
SENTENCE_SHARE = 0.8


def chinese_script(code: str) -> str | None:
    """``Hans`` or ``Hant`` when ``code`` is a Chinese tag that names one of the two, by
    its script subtag or its region; None otherwise (``zh``, ``ja``, ``en-US``)."""
    parts = normalize_tag(code).lower().split("-")
    if parts[0] not in _CHINESE:
        return None
    for sub in parts[1:]:
        if sub in ("hans", "hant"):
            return sub.title()
    for sub in parts[1:]:
        if sub in _REGION_SCRIPT:
            return _REGION_SCRIPT[sub]
    return None


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
