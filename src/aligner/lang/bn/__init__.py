"""Bengali: the generic facts; beside this module, its magnitude words (``লাখ``,
``কোটি``) and month names (``numbers.tsv``), and the case endings, plural markers and
classifiers a word of running text carries (``forms.txt``: ``কমিটিতে``, ``নলকূপের``,
``কমিটিগুলো``, ``প্রকল্পটি``)."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="bn", reduplicates=True, data_package=__name__)
