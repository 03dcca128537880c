"""Vietnamese: the decimal comma; its abbreviations (``segment.txt``: titles such as
``TS.`` ``PGS.`` ``TP.``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="vi", decimal_comma=True, data_package=__name__)
