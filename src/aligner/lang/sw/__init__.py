"""Swahili: the generic facts; its abbreviations (``segment.txt``: titles such as
``Bw.`` ``Bi.`` ``Dkt.`` ``Mh.``, and ``n.k.``) and its magnitude words, written before
the number, and month names (``numbers.tsv``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="sw", reduplicates=True, data_package=__name__)
