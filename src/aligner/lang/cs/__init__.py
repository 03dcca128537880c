"""Czech: the decimal comma; its function words (``stopwords.txt``) and its
abbreviations (``segment.txt``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="cs", decimal_comma=True, space_groups=True, data_package=__name__)
