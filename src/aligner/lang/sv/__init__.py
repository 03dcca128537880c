"""Swedish: the decimal comma; its function words (``stopwords.txt``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="sv", decimal_comma=True, space_groups=True, solid_compounds=True,
                          data_package=__name__)
