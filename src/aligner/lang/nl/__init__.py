"""Dutch: the decimal comma, months and weekdays lower case (``calendar.txt``); its
function words (``stopwords.txt``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="nl", decimal_comma=True, lower_case_calendar=True,
                          solid_compounds=True, data_package=__name__)
