"""Arabic: written right to left; its month names and magnitude words
(``numbers.tsv``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="ar", right_to_left=True, data_package=__name__)
