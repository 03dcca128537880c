"""Russian: the decimal comma; its abbreviations (``segment.txt``) and month names and
magnitude words (``numbers.tsv``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="ru", decimal_comma=True, space_groups=True, data_package=__name__)
