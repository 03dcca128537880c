"""Bengali: the generic facts; its magnitude words (``লাখ``, ``কোটি``) and month names
(``numbers.tsv``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="bn", data_package=__name__)
