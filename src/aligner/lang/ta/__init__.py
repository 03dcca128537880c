"""Tamil: the generic facts; its abbreviations (``segment.txt``: titles such as
``திரு.`` ``மரு.``, units such as ``கி.மீ.``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="ta", data_package=__name__)
