"""length-ratio and alignment-low-confidence.

The length check learns the document's own ratio: the median of
``log(len(target)/len(source))`` over units long enough to say something, and
a robust spread (median absolute deviation).  A unit is flagged when its
ratio is further from the median than ``length_ratio_spread`` spreads and by
at least a factor of 1.6 -- translations legitimately vary by a third or so.

Where a side writes a script other than Latin (Chinese, Japanese, Russian ...), the
words in Latin letters or digits that both sides have -- copied, not translated:
product names, codes, numbers (``Lumora Cloud``, ``2.4.1``) -- are left out of both
lengths, with the spaces around them (:func:`measured`): they are as long on each side,
so a sentence with a name would otherwise look long beside the document's usual
ratio of a denser script (``您需要一个有效的 Lumora Cloud 帐户。`` is 0.62 of its source
with the name, 0.44 without it, in a document whose usual is 0.37).

A unit whose target is a copy of its source (:func:`~aligner.check.base.is_copy`) is
``untranslated``'s to report, and neither counts in the document's ratio nor is flagged
by it (a paragraph left in Korean was an error and a length warning a sentence).
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections.abc import Iterator
from decimal import ROUND_FLOOR, Decimal

from aligner.check.base import Context, is_blank, is_copy
from aligner.check.units import without_tags
from aligner.lang import get_profile
from aligner.model import Finding

_MIN_UNITS = 8  # below this the document has no distribution to speak of
_MIN_FACTOR = math.log(1.6)
_MIN_SPREAD = 0.08
# a word in Latin letters or digits, with the marks inside a code or a version (2.4.1)
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9](?:[A-Za-z0-9._/+-]*[A-Za-z0-9])?"
                         r"(?![A-Za-z0-9])")


def _other_script(text: str) -> bool:
    """Whether ``text`` has a letter of a script other than Latin."""
    return any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN")
               for ch in text)


def measured(source: str, target: str, src_lang: str, tgt_lang: str) -> tuple[int, int]:
    """The lengths the ratio compares: each side's, stripped, and where a side writes
    another script than Latin, without the Latin words and numbers both sides have
    (the module docstring), each taken out with the spaces around it -- a space kept
    between two words in a language that spaces its words, none in one that does not
    (Chinese, Japanese)."""
    source, target = source.strip(), target.strip()
    if not (_other_script(source) or _other_script(target)):
        return len(source), len(target)
    copied = ({m.group() for m in _LATIN_WORD.finditer(source)}
              & {m.group() for m in _LATIN_WORD.finditer(target)})
    if not copied:
        return len(source), len(target)
    word = ("(?<![A-Za-z0-9])(?:" + "|".join(map(re.escape, sorted(copied, key=len,
                                                                   reverse=True)))
            + ")(?![A-Za-z0-9])")
    words = re.compile(rf"\s*{word}(?:\s+{word})*\s*")  # Lumora Cloud: one run

    def length(text: str, lang: str) -> int:
        space = " " if get_profile(lang).sentence_separator else ""
        return len(words.sub(lambda m: space if m.start() > 0 and text[m.end():m.end() + 1]
                             .isalnum() else "", text))

    return length(source, src_lang), length(target, tgt_lang)


def check_length(ctx: Context) -> Iterator[Finding]:
    opts = ctx.options
    # each file's own ratio, when several are checked together (a subtitle file's is
    # not a report's)
    by_file: dict[str | None, dict[int, tuple[float, int, int, bool]]] = {}
    for u, unit in enumerate(ctx.units):
        # inline tags (masked) are no characters of the translation, nor are the Latin
        # words copied beside another script
        s, t = measured(without_tags(unit.source), without_tags(unit.target), ctx.src_lang,
                        ctx.tgt_lang)
        # a copy of the source is untranslated's (is_copy), and no translation's length
        if s >= opts.length_ratio_min_chars and t > 0 and not is_copy(unit.source,
                                                                      unit.target):
            path = unit.origin.document if unit.origin is not None else None
            by_file.setdefault(path, {})[u] = (math.log(t / s), s, t, unit.heading)
    found: list[Finding] = []
    pad = opts.length_ratio_min_chars
    for measures in by_file.values():
        if len(measures) < _MIN_UNITS:
            continue
        ratios = {u: r for u, (r, _, _, _) in measures.items()}
        median = statistics.median(ratios.values())
        mad = statistics.median(abs(r - median) for r in ratios.values()) * 1.4826
        limit = max(opts.length_ratio_spread * max(mad, _MIN_SPREAD), _MIN_FACTOR)
        usual = math.exp(median)
        for u, (r, s, t, heading) in measures.items():
            # a target longer than usual is measured with the shortest source measured
            # added to each side, at the usual ratio: a short title's standard
            # rendering, a few words longer (Informed Consent Form, Termo de
            # Consentimento Livre e Esclarecido: 2.00 where 1.09 is usual), is no
            # finding, and a long unit's ratio hardly changes; a shorter one, which
            # may be cut, is measured as it is -- unless it is a heading, which is
            # no sentence to cut and is often said in fewer words (Customising
            # notifications / 自訂通知: 0.16 where 0.33 is usual)
            off = r - median if r <= median and not heading else math.log(
                (t + pad * usual) / ((s + pad) * usual))
            if abs(off) > limit:
                ratio = math.exp(r)
                found.append(Finding(
                    "length-ratio", ctx.severity("length-ratio"), u,
                    f"target/source length {ratio:.2f}, the document's usual ratio is {usual:.2f}",
                ))
    yield from sorted(found, key=lambda f: f.unit)
    for u, unit in enumerate(ctx.units):
        c = unit.confidence
        # A bead with an empty side is an insertion or omission, which the aligner
        # scores 0 by construction; only real pairings have a confidence to doubt.
        if c is not None and c < opts.min_confidence and not (
            is_blank(unit.source) or is_blank(unit.target)
        ):
            yield Finding(
                "alignment-low-confidence", ctx.severity("alignment-low-confidence"), u,
                f"aligned with low confidence ({_rounded_down(c)} < {opts.min_confidence})",
            )


def _rounded_down(score: float) -> str:
    """``score`` to four decimals -- the precision bead files and TSV print -- rounded
    down, so that the message reads true: 0.4959 is "0.4959 < 0.5" (two places gave
    "0.50 < 0.50"), and 0.49996 "0.4999 < 0.5" (rounding gives "0.5000")."""
    return str(Decimal(repr(score)).quantize(Decimal("0.0001"), rounding=ROUND_FLOOR))
