"""A company's legal form closes its name: ``Silva Ltda.``, ``Telefónica S.A.``.

Such a form (the language's ``[company_forms]``) is the last word of the name, so a
capitalised word after it is no further part of the name but the next sentence's
first (``... pela Silva Ltda. Investigadores da polícia chegaram``).  Not so an
acronym, which goes on with the name (Brazilian ``Ltda. ME``, Colombian ``S.A.
E.S.P.``), nor a second form (``S.L. S.A.``).  Forms that also open a name stay out
of the list (``Cía. Minera``, ``Hnos. Ruiz``).
"""

from __future__ import annotations

import re

# The word at the next sentence's start: letters, with inner periods (E.S.P.).
_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")


def form_ends(word: str, text: str, k: int, end: int, forms: frozenset[str]) -> bool | None:
    """Whether the period after ``word``, where a word with a capital starts at ``k``,
    ends the sentence: True after a legal form of ``forms`` (lower case, without their
    periods: ``sa`` for ``S.A.``) before a capitalised word, False before an acronym
    of two letters or more or another form, None when ``word`` is no form or a single
    capital follows (``Ltda. A empresa``: the other rules decide)."""
    if word.replace(".", "").lower() not in forms or not text[k].isupper():
        return None
    m = _WORD.match(text, k, end)
    if m is None:
        return None
    nxt = m.group()
    if nxt.replace(".", "").lower() in forms:
        return False  # "Cia. Ltda.": the name's second form
    if any(c.islower() for c in nxt[1:]):
        return True  # "Ltda. Investigadores", "S.A. Madrid"
    letters = sum(c.isalpha() for c in nxt)
    return False if letters >= 2 else None  # "Ltda. ME", "S.A. E.S.P.": an acronym
