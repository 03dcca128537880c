"""Greek: the decimal comma; ``segment.txt`` beside this module makes ``;`` its question mark."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="el", decimal_comma=True, data_package=__name__)
