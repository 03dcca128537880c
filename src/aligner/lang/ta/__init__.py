"""Tamil: the generic facts; beside this module, its abbreviations (``segment.txt``:
titles such as ``திரு.`` ``மரு.``, units such as ``கி.மீ.``), and the case suffixes, the
plural and ``-um`` a word of running text carries (``forms.txt``: ``டெங்குக்கு``,
``காய்ச்சலை``, ``அறிகுறிகள்``) and the oblique stem of nouns in ``-ம்``
(``நிலையத்தில்``)."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="ta", reduplicates=True, data_package=__name__)
