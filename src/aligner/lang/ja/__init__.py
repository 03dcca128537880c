"""Japanese: sentences joined without a space; ``numbers.tsv`` beside this module
reads numbers written in characters (``三千``, ``250万``)."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="ja", sentence_separator="", data_package=__name__)
