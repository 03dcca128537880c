"""Hebrew: written right to left; ``forms.txt`` beside this module lists the
one-letter prefixes a word of running text carries (``הספר``, ``בספר``, ``שהספר``)."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="he", right_to_left=True, data_package=__name__)
