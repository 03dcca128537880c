"""Persian: written right to left; beside this module, its magnitude words
(``میلیون``, ``میلیارد``) and the Gregorian month names as Persian writes them
(``numbers.tsv``), and the Arabic letters typed for Persian ones (``ي`` for ``ی``,
``ك`` for ``ک``), which term matching folds (``forms.txt``)."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="fa", reduplicates=True, right_to_left=True, data_package=__name__)
