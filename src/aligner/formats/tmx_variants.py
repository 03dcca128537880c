"""Two varieties of one language in one TMX: what a CAT tool takes for the other.

A CAT tool looks in a memory for its project's target language, and when a unit has no
``tuv`` of it, for the same language in another region: OmegaT, translating into
``zh-TW``, takes a ``zh-CN`` ``tuv`` (or a bare ``zh`` one) where the unit has no
``zh-TW``, and so pre-translates a Taiwanese text with Simplified Chinese
(docs/formats.md, "Two varieties of one language").  An export that holds two varieties of
one target language (``zh-CN`` and ``zh-TW``, ``pt-PT`` and ``pt-BR``, ``zh`` and
``zh-TW``) is said (:func:`varieties_note`); in a multilingual one, a unit that lacks one
of them keeps none of them (:class:`Varieties`): its other languages stay.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from lxml import etree

from aligner.formats._xml import XML_LANG
from aligner.lang import primary
from aligner.lang.tags import canonical_tag
from aligner.textutil import count


def varieties(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """The target languages of ``pairs`` that come in two tags or more: primary language ->
    its tags (``zh`` -> ``zh-CN``, ``zh-TW``)."""
    tags: dict[str, set[str]] = {}
    for _, tgt in pairs:
        tags.setdefault(primary(tgt), set()).add(canonical_tag(tgt))
    return {lang: frozenset(found) for lang, found in tags.items() if len(found) > 1}


def varieties_note(pairs: Iterable[tuple[str, str]], *, multilingual: bool) -> str | None:
    """The warning for an export of two varieties of one target language, None without."""
    found = varieties(pairs)
    if not found:
        return None
    named = "; ".join(", ".join(sorted(tags)) for tags in found.values())
    example = sorted(next(iter(found.values())))[-1]
    done = ("a unit that lacks one of them keeps none of them (its other languages stay)"
            if multilingual else "each unit says its own, but a unit of one of them is "
            "another's to a tool that finds none of its own")
    return (f"the export holds two varieties of one language ({named}): a CAT tool "
            f"takes one for the other where a unit lacks its own (OmegaT put zh-CN text "
            f"into a zh-TW project); {done}. For a CAT tool, export each with --tgt-lang "
            f"(--tgt-lang {example})")


class Varieties:
    """Multilingual units made safe for a tool of one variety (the module): each unit's
    target ``tuv``s of a language of ``found`` (:func:`varieties`) are kept when it has all
    of that language's tags, else removed; ``emptied`` counts the units left with no
    target (not written), ``thinned`` those that lost some and kept others."""

    def __init__(self, found: Mapping[str, frozenset[str]]) -> None:
        self.found = found
        self.emptied = 0
        self.thinned = 0

    def __call__(self, tu: etree._Element | None) -> etree._Element | None:
        """``tu`` as written: without the ``tuv``s a tool would take for another
        variety's; None for a unit that keeps no target (and None for None)."""
        if tu is None or not self.found:
            return tu
        targets = tu.findall("tuv")[1:]  # the source's comes first
        gone = 0
        for lang, tags in self.found.items():
            mine = [tuv for tuv in targets if primary(tuv.get(XML_LANG, "")) == lang]
            if mine and {canonical_tag(tuv.get(XML_LANG, "")) for tuv in mine} != tags:
                for tuv in mine:
                    tu.remove(tuv)
                gone += len(mine)
        if gone and gone == len(targets):
            self.emptied += 1
            return None
        self.thinned += bool(gone)
        return tu

    def message(self) -> tuple[str, ...]:
        """What was left out, for the export's warnings (none when nothing was)."""
        if not (self.emptied or self.thinned):
            return ()
        langs = ", ".join(sorted(t for tags in self.found.values() for t in tags))
        more = (f"; {count(self.thinned, 'unit')} more kept its other languages without it"
                if self.thinned else "")
        return (f"{count(self.emptied, 'multilingual unit')} with a translation in only one "
                f"of {langs} not written, so that no tool takes it for the other's{more}",)
