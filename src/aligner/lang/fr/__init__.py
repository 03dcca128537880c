"""French: the decimal comma, months and weekdays lower case, a space before ``; : ! ?``
and inside ``« »``; its function words (``stopwords.txt``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="fr", decimal_comma=True, space_groups=True, spaced_marks=";:!?«»",
                          lower_case_calendar=True, data_package=__name__)
