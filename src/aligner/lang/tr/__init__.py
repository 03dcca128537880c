"""Turkish: the decimal comma; its word forms (``forms.txt``: suffixes, and the
apostrophe before a name's suffix) and its abbreviations (``segment.txt``) beside
this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="tr", decimal_comma=True, data_package=__name__)
