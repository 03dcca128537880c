"""Chinese: sentences joined without a space; ``numbers.tsv`` beside this module
reads numbers written in characters (``五千``, ``250万``)."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="zh", sentence_separator="", data_package=__name__)
