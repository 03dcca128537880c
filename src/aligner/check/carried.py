"""Words of a unit's source that its target carries over as they are, for the glossary
checks (:mod:`aligner.check.terminology`): a name or quotation whose words a forbidden
rendering happens to be, a name of code that holds a term."""

from __future__ import annotations

import re

from aligner.check.terms import Hit

# A run of text without spaces, its edge punctuation aside, and what makes such a run a
# name of code -- a file, a path, an identifier, an address -- rather than words.
_RUN = re.compile(r"[^\s()\[\]{}（）【】「」『』\"'“”‘’`«»,;，；、]+")
_CODE_MARK = re.compile(r"\w[._/\\@:#=]\w|_")


def in_copied_code(source: str, hit: Hit, target: str) -> bool:
    """Whether the term ``hit`` of ``source`` is part of a name of code (``sync.log``,
    ``config_sync``, ``/api/sync``) that ``target`` carries over as it is: no words to
    translate."""
    for m in _RUN.finditer(source):
        if m.start() <= hit.start and hit.end <= m.end():
            run = m.group().rstrip(".:!?。")
            return (len(run) > hit.end - hit.start and _CODE_MARK.search(run) is not None
                    and run in target)
    return False


def written_in(words: str, text: str) -> bool:
    """Whether ``words`` occur in ``text`` as whole words, ignoring case."""
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, words.split())) + r"(?!\w)"
    return re.search(pattern, text, re.IGNORECASE) is not None
