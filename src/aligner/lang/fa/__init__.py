"""Persian: written right to left; ``forms.txt`` beside this module lists the Arabic
letters typed for Persian ones (``ي`` for ``ی``, ``ك`` for ``ک``), which term matching
folds."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="fa", right_to_left=True, data_package=__name__)
