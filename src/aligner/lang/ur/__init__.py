"""Urdu: written right to left; ``forms.txt`` beside this module lists the Arabic
letters typed for Urdu ones (``ي`` for ``ی``, ``ك`` for ``ک``, ``ه`` for ``ہ``), which
term matching folds."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="ur", reduplicates=True, right_to_left=True, data_package=__name__)
