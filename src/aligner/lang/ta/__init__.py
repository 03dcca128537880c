"""Tamil: the generic facts; ``forms.txt`` beside this module lists the case suffixes,
the plural and ``-um`` a word of running text carries (``டெங்குக்கு``, ``காய்ச்சலை``,
``அறிகுறிகள்``) and the oblique stem of nouns in ``-ம்`` (``நிலையத்தில்``)."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="ta", data_package=__name__)
