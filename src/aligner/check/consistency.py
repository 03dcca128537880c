"""segment-inconsistent: one source, several translations (and the reverse).

Segments are compared as an editor reads them: whitespace collapsed, the characters
no one sees left out (a soft hyphen, zero-width space, word joiner or byte-order mark
that a word processor or PDF left in a word), a typographic apostrophe read as the
typewriter one (``l’ONG`` is ``l'ONG``) and a curly double quotation mark the
straight one (``“the Landlord”`` is ``"the Landlord"``), letters composed or decomposed alike
(Unicode NFC: a Vietnamese ``ò`` typed as one character or as ``o`` and a combining
grave), the marks a script writes or leaves out at will left out -- Arabic harakat and
tanween, the tatweel that stretches a word (``أعيد فتح المرفق الصحي.`` is ``أُعيد فتح
المرفق الصّحّي.``, ``مكتبا`` ``مكتباً``, ``الـمساعدات`` ``المساعدات``) and Hebrew points
(niqqud and cantillation: ``שָׁלוֹם`` is ``שלום``), not a hamza (``أعيد`` is no
``اعيد``: a spelling) --, and inline tags (masked by
``run_checks``) left out, so ``Pulse {1}OK{/1}`` and ``Pulse
{4}OK{/4}`` -- or ``Pulse OK`` -- are the same segment; whether a unit's tags
match is the tags family's question.

Units of one source that their file calls different strings -- a PO entry's context
(``msgctxt "menu"`` and ``msgctxt "state"`` for ``Open``) or plural form (Polish
``pliki`` and ``plików`` for ``%d files``) -- are not compared as one source.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache

from aligner.check.base import Context, is_blank
from aligner.check.units import without_tags
from aligner.model import Finding
from aligner.textutil import excerpt

# Not the zero-width (non-)joiners: Persian and Indic scripts spell with them.
_UNSEEN = re.compile("[\u00ad\u200b\u2060\ufeff]")


# Arabic harakat and tanween (fathatan to sukun, the dagger alef) and the tatweel;
# Hebrew cantillation marks and points (not the maqaf U+05BE, a hyphen, nor the
# punctuation U+05C0, U+05C3, U+05C6).
_OPTIONAL_MARKS = re.compile("[\u064b-\u0652\u0670\u0640"
                             "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]")


# Apostrophes and double quotation marks: typewriter and typographic are one (l'ONG,
# l’ONG; "the Landlord", “the Landlord”, „der Vermieter“).
_TYPEWRITER = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "\u201a": "'",
                             "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"'})


# Kept per text, as the code and quote readings (codes.py): the editor checks the whole
# document again after every edit.
@lru_cache(maxsize=1 << 15)
def segment_key(text: str) -> str:
    """A segment as an editor reads it (the module docstring): two segments with the same
    key are the same segment, here and across the documents of a collection."""
    text = _UNSEEN.sub("", without_tags(text)).translate(_TYPEWRITER)
    return " ".join(_OPTIONAL_MARKS.sub("", unicodedata.normalize("NFC", text)).split())


def check_segments(ctx: Context) -> Iterator[Finding]:
    by_source: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_target: dict[tuple[str, str], list[int]] = defaultdict(list)
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.source) or is_blank(unit.target):
            continue
        by_source[unit.context, segment_key(unit.source)].append(u)
        by_target["", segment_key(unit.target)].append(u)
    found: list[Finding] = []
    n = 0
    for same, other, label, other_label in (
        (by_source, "target", "source", "translations"),
        (by_target, "source", "target", "sources"),
    ):
        for units in same.values():
            keys = [segment_key(getattr(ctx.units[u], other)) for u in units]
            variants = Counter(keys)
            if len(variants) < 2:
                continue
            n += 1
            said = f"the same {label} has {len(variants)} different {other_label}"
            (usual, times), = variants.most_common(1)
            if 2 * times <= len(units):  # no usual one: each unit is as doubtful
                listed = ", ".join(str(u) for u in units)
                found.extend(Finding("segment-inconsistent", ctx.severity("segment-inconsistent"),
                                     u, f"{said} (units {listed})", group=f"segment:{n}")
                             for u in units)
                continue
            # most of the group agree: the units that differ are the ones to look at
            agree = [u for u, key in zip(units, keys, strict=True) if key == usual]
            text = getattr(ctx.units[agree[0]], other)
            found.extend(Finding(
                "segment-inconsistent", ctx.severity("segment-inconsistent"), u,
                f"{said}: {times} of its {len(units)} units (units "
                f"{', '.join(map(str, agree))}) have {excerpt(text)!r}", group=f"segment:{n}")
                for u, key in zip(units, keys, strict=True) if key != usual)
    yield from sorted(found, key=lambda f: f.unit)
