"""Ukrainian: the decimal comma (moved from ``languages.tsv``); its abbreviations
(``segment.txt``), month names and magnitude words (``numbers.tsv``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="uk", decimal_comma=True, space_groups=True, data_package=__name__)
