"""Thai: the generic facts; its magnitude words (``ล้าน``), the Gregorian months and the
years of the Buddhist Era (``numbers.tsv``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="th", data_package=__name__)
