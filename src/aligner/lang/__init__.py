"""Language codes: the one place a code is normalised and two codes compared.

Codes are BCP 47-ish tags as users and files write them (``es``, ``es-CL``,
``es_ES``, ``zh-Hant``, `` EN ``): surrounding space, case and ``_`` versus
``-`` do not matter.  Nothing here validates a tag against the registry; an
unknown code is simply a language the toolkit knows nothing special about.
"""

from __future__ import annotations


def normalize_tag(code: str) -> str:
    """Lower case, ``_`` -> ``-``, no surrounding space: ``"es_ES"`` -> ``"es-es"``."""
    return code.strip().replace("_", "-").lower()


def primary(code: str) -> str:
    """The primary language subtag: ``"es-ES"`` -> ``"es"``; ``"zh_Hant"`` -> ``"zh"``."""
    return normalize_tag(code).split("-", 1)[0]


def lang_matches(requested: str, actual: str) -> bool:
    """Whether a language tag found in a file answers a requested language.

    Case and ``-``/``_`` do not matter; a bare language matches any region of
    it and the other way round (``es`` ~ ``es-ES`` ~ ``es_es``), but two
    different regions do not (``es-ES`` does not match ``es-MX``).
    """
    a, b = normalize_tag(requested), normalize_tag(actual)
    if a == b:
        return True
    if "-" in a and "-" in b:
        return False
    return primary(a) == primary(b)


def same_language(a: str, b: str) -> bool:
    """Whether two codes name the same language, whatever their regions (``en-GB`` ~ ``en_US``)."""
    return primary(a) == primary(b)


__all__ = ["lang_matches", "normalize_tag", "primary", "same_language"]
