"""Korean: a space between sentences as in the generic profile; ``numbers.tsv``
beside this module reads the Han magnitudes written in Hangul after digits
(``5만``, ``1만 2천``, ``3억``) and months (``10월``)."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="ko", data_package=__name__)
