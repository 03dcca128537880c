"""Indonesian: the decimal comma; its abbreviations (``segment.txt``: titles and
administrative units such as ``Bpk.`` ``Ir.`` ``Kec.`` ``Kab.`` ``Jl.``) beside this
module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="id", reduplicates=True, decimal_comma=True, data_package=__name__)
