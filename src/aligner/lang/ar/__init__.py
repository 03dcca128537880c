"""Arabic: written right to left; beside this module its month names and magnitude
words (``numbers.tsv``), and in ``forms.txt`` the article and the one-letter prefixes a
word of running text carries (``المنصة``, ``والمنصة``), the article a glossary term may
be written with, the endings of the sound plurals and the dual, the possessive
pronouns and the accusative's alif a word of running text carries (``مكتبنا``,
``مكتباً`` ~ ``المكتب``), ``ى`` typed ``ي``, and common broken plurals (``للنازحين`` ~
``النازحون``, ``الأسر`` ~ ``أسرة``)."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="ar", right_to_left=True, data_package=__name__)
