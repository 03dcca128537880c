"""Prose a document marks as code: a message, a label or a sentence in backticks.

A help page lists the messages a program shows in backticks (`` `{count} notes were
moved to {folder}` ``) or HTML ``<code>``: the reader marks them code
(:attr:`~aligner.model.Style.CODE`), yet they are text in the document's language, which
a translation translates.  A command, a path or an identifier is not.  :func:`is_prose`
tells them apart, for ``code-changed`` (:mod:`aligner.check.code_spans`), which leaves
prose out, and for the XLIFF export (:func:`aligner.formats.formatting.code_only`), which
marks no unit of prose ``translate="no"``.

A code span is prose when, its placeholders (``{count}``, ``%d``, ``%1$s``, ``{0}``,
``{{name}}``) left out, it has none of the marks of code -- ``= ; ( ) [ ] < > | \\ / $ ~ #
* @ ` ``, ``--`` or ``::``, a word that opens with ``-`` (an option), a word with ``_``
or a dot between letters (``note_title``, ``config.yaml``), a word with a capital inside
(``getUserName``) -- and

* has a letter of a script other than Latin (Chinese, Japanese, Korean, Cyrillic,
  Arabic ...): programs name their commands and identifiers in ASCII; or
* has three words or more, one of them a function word of ``lang`` (its
  ``stopwords.txt``: ``to``, ``you``, ``with``; ``npm install express`` has none).

A Latin-script language without a ``stopwords.txt`` has no prose in code here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from aligner.lang import get_profile
from aligner.lang.base import STOPWORDS_DATA

#: the placeholders of messages: {name}, {0}, {{name}}, %d, %s, %1$s, %(name)s, %.2f
PLACEHOLDER = re.compile(
    r"\{\{[^{}\s]*\}\}|\{[^{}\s]*\}|%(?:\d+\$)?(?:\([A-Za-z_]\w*\))?[-+0#]*\d*(?:\.\d+)?"
    r"[sdifuxXeEgGcop@]")
_CODE_MARK = re.compile(
    r"[=;()\[\]<>|\\/$~#*@`]|--|::|(?:^|\s)-\w|\w_\w|[^\W\d_]\.[^\W\d_]|[a-z][A-Z]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in get_profile(lang).word_list(STOPWORDS_DATA))


def is_prose(code: str, lang: str) -> bool:
    """Whether the text ``code``, which a document marks as code, is prose of ``lang``
    (the module docstring): a message to translate, not a command."""
    text = PLACEHOLDER.sub(" ", code)
    if _CODE_MARK.search(text):
        return False
    words = _WORD.findall(text)
    if any(not ch.isascii() and "LATIN" not in unicodedata.name(ch, "LATIN") for w in words
           for ch in w):
        return True
    stop = _stopwords(lang)
    return len(words) >= 3 and any(w.lower() in stop for w in words)

