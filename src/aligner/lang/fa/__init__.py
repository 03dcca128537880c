"""Persian: written right to left; its magnitude words (``میلیون``, ``میلیارد``) and the
Gregorian month names as Persian writes them (``numbers.tsv``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="fa", right_to_left=True, data_package=__name__)
