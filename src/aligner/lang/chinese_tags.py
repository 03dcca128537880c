"""The script of Chinese a language tag names: Simplified or Traditional.

By its script subtag (``zh-Hans``, ``zh-Hant``) or its region: mainland China,
Singapore and Malaysia write Simplified (``zh-CN``, ``zh-SG``, ``zh-MY``), Taiwan, Hong
Kong and Macau Traditional (``zh-TW``, ``zh-HK``, ``zh-MO``); a bare ``zh`` names
neither.  Imports nothing of :mod:`aligner.lang` but its tags, which use it.
"""

from __future__ import annotations

from aligner.lang.tags import normalize_tag

HANS = "Hans"
HANT = "Hant"
# The languages written in Chinese characters whose tags name the two scripts.
_CHINESE = frozenset({"zh", "cmn", "yue", "wuu", "hak", "nan", "gan", "hsn", "cdo", "cjy"})
_REGION_SCRIPT = {"cn": HANS, "sg": HANS, "my": HANS, "tw": HANT, "hk": HANT, "mo": HANT}


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
