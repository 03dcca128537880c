"""What a TBX import leaves out, counted for the user (the reader keeps a pair of
languages and a term's status and notes: :mod:`aligner.formats.tbx`), and the
concepts read from a set of another region than the one asked for
(:mod:`aligner.formats.tbx_sets`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from aligner.lang import same_language
from aligner.lang.tags import canonical_tag
from aligner.textutil import count

_NAMED = 5  # concepts named in a line; the count says the rest


@dataclass
class LeftOut:
    """The tally of one read, filled concept by concept."""

    no_source: list[str] = field(default_factory=list)  # concept ids
    no_target: list[str] = field(default_factory=list)
    # of those, the concepts with a term in no other language either (none to write)
    untranslated: list[str] = field(default_factory=list)
    forbidden_sources: list[str] = field(default_factory=list)  # "term (concept)"
    languages: Counter[str] = field(default_factory=Counter)  # concepts per language
    categories: Counter[str] = field(default_factory=Counter)  # terms per data category
    # the same, of every language's terms: what a term base exported whole does not keep
    all_categories: Counter[str] = field(default_factory=Counter)
    # (language asked, tag of the set of another region read for it) -> concept ids
    stand_ins: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def messages(self, src_lang: str, tgt_lang: str, *,
                 regions: Counter[str] | None = None) -> list[str]:
        """One line per kind of thing left out, none when nothing was.  ``regions``,
        the number of terms of each tag in the file, says which concepts read another
        region's set when the file has several of that language: the glossary's tag then
        does not say it all (it is the language asked when sets of two tags are read)."""
        src_lang, tgt_lang = canonical_tag(src_lang), canonical_tag(tgt_lang)
        out: list[str] = [RegionNote(line) for line in self._stand_ins(regions or Counter())]
        if self.no_source:
            out.append(f"left out {count(len(self.no_source), 'concept')} with no "
                       f"{src_lang} term ({_names(self.no_source)})")
        if self.no_target:
            whole = (f"left out {count(len(self.untranslated), 'concept')} with no term but "
                     f"in {src_lang} ({_names(self.untranslated)})" if self.untranslated
                     else "")
            out.append(WholeNote(f"left out {count(len(self.no_target), 'concept')} with "
                                 f"no {tgt_lang} term ({_names(self.no_target)})",
                                 whole=whole))
        if self.forbidden_sources:
            # the other way round, each is a forbidden rendering, checked: say how
            n = len(self.forbidden_sources)
            out.append(f"left out {count(n, 'deprecated source term')}, which "
                       f"{'pairs' if n == 1 else 'pair'} with nothing "
                       f"({_names(self.forbidden_sources)}); read {tgt_lang} -> {src_lang} to "
                       f"keep {'it' if n == 1 else 'them'}: --src-lang {tgt_lang} "
                       f"--tgt-lang {src_lang}")
        if self.languages:
            out.append("left out the terms in " + ", ".join(
                f"{canonical_tag(lang)} ({count(n, 'concept')})"
                for lang, n in self.languages.items()))
        if self.all_categories:  # empty for the pair when only other languages have some
            out.append(WholeNote(_not_kept(self.categories) if self.categories else "",
                                 whole=_not_kept(self.all_categories)))
        return out

    def _stand_ins(self, regions: Counter[str]) -> list[str]:
        out = []
        for (asked, tag), ids in self.stand_ins.items():
            others = [(t, n) for t, n in regions.items() if same_language(t, asked)
                      and t != tag]
            if not others:
                continue  # one set of the language: the glossary's tag names it
            counts = ", ".join(f"{t} {n}" for t, n in [(tag, regions[tag]), *others])
            out.append(f"read the {tag} terms for {asked} in {count(len(ids), 'concept')} "
                       f"with no {asked} set ({_names(ids)}); terms per set of the "
                       f"language: {counts}")
        return out


class RegionNote(str):
    """A line saying that concepts were read from a set of another region than the one
    asked for: ``check`` shows these, not the rest of what is left out."""


class WholeNote(str):
    """A line of what the pair read leaves out that a term base exported whole (every
    language written) leaves out otherwise; ``whole`` says that ("" for nothing): of the
    concepts without a target term, those with no term but the source's; of the data
    categories not kept, the counts of every language's terms."""

    whole: str

    def __new__(cls, text: str, *, whole: str) -> WholeNote:
        note = super().__new__(cls, text)
        note.whole = whole
        return note


class WholeNotes(list[str]):
    """A ``warn`` for :func:`aligner.formats.tbx.read_tbx` that collects its lines, and
    is also given the :class:`WholeNote` of what only the whole term base has (an empty
    line for the pair): ``glossary export`` of a term base written whole."""

    def __call__(self, message: str) -> None:
        self.append(message)


def _not_kept(categories: Counter[str]) -> str:
    return "not kept (the glossary has no place for it): " + ", ".join(
        f"{name} ({count(n, 'term')})" for name, n in categories.items())


def _names(items: list[str]) -> str:
    shown = ", ".join(items[:_NAMED])
    return shown if len(items) <= _NAMED else f"{shown} and {len(items) - _NAMED} more"
