"""Bengali: the generic facts; ``forms.txt`` beside this module lists the case endings,
plural markers and classifiers a word of running text carries (``কমিটিতে``,
``নলকূপের``, ``কমিটিগুলো``, ``প্রকল্পটি``)."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="bn", data_package=__name__)
