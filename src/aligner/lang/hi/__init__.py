"""Hindi: the generic facts; its magnitude words (``लाख``, ``करोड़``) and month names
(``numbers.tsv``) beside this module, and the plural and oblique endings of its nouns
and the nasal spellings that are one (``forms.txt``: ``लाभार्थियों``, ``जिलों``,
``खण्ड``)."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="hi", reduplicates=True, data_package=__name__)
