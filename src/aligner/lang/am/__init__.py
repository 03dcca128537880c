"""Amharic: the generic facts; ``forms.txt`` beside this module lists the prepositions
a word of running text carries before a noun (``ከዴንጊ``, ``በአጎበር``) and the endings
after it (``ዴንጊን``, ``ጣቢያዎች``, ``ምልክቶቹ``); ``numbers.tsv`` its magnitude words
(``ሚሊዮን``) and the Ethiopian calendar."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="am", data_package=__name__)
