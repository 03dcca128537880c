"""code-changed: the text a document marks as code must be the target's, byte for byte.

A command, a path or an option quoted as code is typed or searched for as it
stands: ``acme-sync --pausar`` for ``acme-sync --pause`` fails when the reader runs it.
The units of two documents know which text is code (inline code, a code block's line:
:attr:`~aligner.model.Style.CODE`, ``Unit.src_code``/``tgt_code``); every code of the
source must be a code of the target, and the reverse, each as often.  A comment at the
end of a code line (``# pause syncing``, ``// retry``, after a space) is the writer's
prose, which a translation rightly translates: it is left out of the comparison, as is
the spacing inside a code.  A code that is prose -- a message in backticks, ``{count}
notes were moved to {folder}`` (:func:`aligner.lang.prose_code.is_prose`) -- is text a
translation translates: it is left out on each side (its placeholders are
``placeholder-mismatch``'s), and the XLIFF export does not mark it ``translate="no"``.
A memory or a pair file says nothing of code, and a unit of one is not checked here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from aligner.check.base import Context, is_blank
from aligner.lang.prose_code import is_prose
from aligner.model import Finding
from aligner.textutil import excerpt

# a comment that ends a code line: a shell's, Python's or YAML's #, C's and JavaScript's //
_COMMENT = re.compile(r"(?:^|\s)(?:#|//)(?:\s.*)?$", re.DOTALL)


def command(code: str) -> str:
    """A code without its comment and with its spacing collapsed ('' for a comment)."""
    return " ".join(_COMMENT.sub("", code).split())


def _differ(src: Counter[str], tgt: Counter[str]) -> list[str]:
    return [c for c in src if src[c] > tgt[c]]


def check_code_spans(ctx: Context) -> Iterator[Finding]:
    for u, unit in enumerate(ctx.units):
        if not (unit.src_code or unit.tgt_code) or is_blank(unit.target) or is_blank(
                unit.source):
            continue
        # a message or a sentence in backticks is prose to translate (is_prose); the
        # target's copy of one is untranslated's, not code
        prose = {c for c in unit.src_code if is_prose(c, ctx.src_lang)}
        src = Counter(filter(None, (command(c) for c in unit.src_code if c not in prose)))
        tgt = Counter(filter(None, (command(c) for c in unit.tgt_code if c not in prose
                                    and not is_prose(c, ctx.tgt_lang))))
        missing, extra = _differ(src, tgt), _differ(tgt, src)
        if not (missing or extra):
            continue
        parts = [f"{', '.join(repr(excerpt(c)) for c in found)} not in the {side}"
                 for found, side in ((missing, "target"), (extra, "source")) if found]
        yield Finding(code="code-changed", severity=ctx.severity("code-changed"), unit=u,
                      message="code differs: " + "; ".join(parts),
                      found=next(iter(extra), None), expected=tuple(missing))
