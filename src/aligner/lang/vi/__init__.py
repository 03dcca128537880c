"""Vietnamese: the decimal comma; diacritics that make other words (term matching keeps
them: thuốc is no thuộc); its abbreviations (``segment.txt``: titles such as
``TS.`` ``PGS.`` ``TP.``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="vi", decimal_comma=True, lexical_marks=True, reduplicates=True,
                          data_package=__name__)
