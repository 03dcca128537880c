"""link-mismatch: the web addresses and e-mail addresses of a unit must be the target's.

A translation keeps the links of its source: a URL or an address mistyped, dropped or
pointing elsewhere sends the reader to the wrong place, and nothing else in the checks
reads them (numbers inside a URL are not numbers, :mod:`aligner.check.numbers`).  A
link is ``http://`` or ``https://`` and what follows up to a space, ``www.`` and a
host, or an e-mail address; the punctuation that ends a sentence or closes a bracket
after it is not part of it.  Two links are one when they differ only in the letter
case of the scheme and host, a final ``/``, or a language code of the pair standing
as a part of the address (``/en/``, ``?lang=en``, ``en.example.com``, ``en-us``): a
localised page is the right link.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from aligner.check.base import Context, is_blank, is_copy
from aligner.lang import primary
from aligner.model import Finding

LINK = re.compile(  # also what check/codes.py leaves to this check
    r"(?i)\b(?:https?://|www\.)[^\s<>\"'`«»“”‘’「」（）()\[\]{}]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# what ends a sentence or a clause after a link, and is not part of it
_TRAILING = ".,;:!?。，；：！？、…"
_SCHEME_HOST = re.compile(r"(?i)^(?:https?://)?[^/?#]+")


def links(text: str) -> list[str]:
    """The links of ``text`` as written, trailing punctuation left out."""
    return [m.group().rstrip(_TRAILING) for m in LINK.finditer(text)]


def _key(link: str, langs: tuple[str, ...]) -> str:
    """What two links that are one have alike (the module docstring)."""
    if "@" in link and "/" not in link:
        return link.lower()
    link = _SCHEME_HOST.sub(lambda m: m.group().lower(), link).rstrip("/")
    link = re.sub(r"(?i)^https?://", "", link)
    if langs:
        codes = "|".join(map(re.escape, langs))
        link = re.sub(rf"(?i)(?<=[/.?=&_-])(?:{codes})(?:[-_][a-z]{{2}})?(?=[/.?&#=_-]|$)",
                      "{lang}", link)
        link = re.sub(rf"(?i)^(?:{codes})(?:[-_][a-z]{{2}})?(?=\.)", "{lang}", link)
    return link


def check_links(ctx: Context) -> Iterator[Finding]:
    langs = tuple(sorted({primary(ctx.src_lang), primary(ctx.tgt_lang)}))
    for u, unit in enumerate(ctx.units):
        src, tgt = links(unit.source), links(unit.target)
        if (not src and not tgt) or is_blank(unit.target) or is_copy(unit.source, unit.target):
            continue
        src_keys = Counter(_key(s, langs) for s in src)
        tgt_keys = Counter(_key(t, langs) for t in tgt)
        if src_keys == tgt_keys:
            continue
        missing = [s for s in dict.fromkeys(src) if src_keys[_key(s, langs)]
                   > tgt_keys[_key(s, langs)]]
        extra = [t for t in dict.fromkeys(tgt) if tgt_keys[_key(t, langs)]
                 > src_keys[_key(t, langs)]]
        parts = ([f"{', '.join(map(repr, missing))} not in the target"] if missing else []) \
            + ([f"{', '.join(map(repr, extra))} not in the source"] if extra else [])
        yield Finding(code="link-mismatch", severity=ctx.severity("link-mismatch"), unit=u,
                      message="links differ: " + "; ".join(parts),
                      found=extra[0] if extra else None,
                      expected=tuple(missing))
