"""Defaults that more than one command shares, in one place.

Option defaults that belong to one step live on that step's options
dataclass (``AlignOptions``, ``CheckOptions``) and the command line reads
them from there; this module holds the few that belong to no single step.
"""

from __future__ import annotations

from pathlib import Path

#: The language pair a command assumes when none is given (the bundled corpus's).
DEFAULT_SRC_LANG = "es"
DEFAULT_TGT_LANG = "en"
#: The source language of a gettext catalogue (and an i18n bundle) whose name or
#: option does not say it: a program's strings (``msgid``) are written in English.
DEFAULT_PO_SRC_LANG = "en"
#: The glossary a command reads from the working directory when none is given.
DEFAULT_GLOSSARY = Path("glossary.tsv")
