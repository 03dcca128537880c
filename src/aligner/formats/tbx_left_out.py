"""What a TBX import leaves out, counted for the user (the reader keeps a pair of
languages and a term's status and notes: :mod:`aligner.formats.tbx`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from aligner.textutil import count

_NAMED = 5  # concepts named in a line; the count says the rest


@dataclass
class LeftOut:
    """The tally of one read, filled concept by concept."""

    no_source: list[str] = field(default_factory=list)  # concept ids
    no_target: list[str] = field(default_factory=list)
    forbidden_sources: list[str] = field(default_factory=list)  # "term (concept)"
    languages: Counter[str] = field(default_factory=Counter)  # concepts per language
    categories: Counter[str] = field(default_factory=Counter)  # terms per data category

    def messages(self, src_lang: str, tgt_lang: str) -> list[str]:
        """One line per kind of thing left out, none when nothing was."""
        out = [f"left out {count(len(ids), 'concept')} with no {lang} term ({_names(ids)})"
               for ids, lang in ((self.no_source, src_lang), (self.no_target, tgt_lang))
               if ids]
        if self.forbidden_sources:
            out.append(f"left out {count(len(self.forbidden_sources), 'deprecated source term')}"
                       f", which pairs with nothing ({_names(self.forbidden_sources)})")
        if self.languages:
            out.append("left out the terms in " + ", ".join(
                f"{lang} ({count(n, 'concept')})" for lang, n in self.languages.items()))
        if self.categories:
            out.append("not kept (the glossary has no place for it): " + ", ".join(
                f"{name} ({count(n, 'term')})" for name, n in self.categories.items()))
        return out


def _names(items: list[str]) -> str:
    shown = ", ".join(items[:_NAMED])
    return shown if len(items) <= _NAMED else f"{shown} and {len(items) - _NAMED} more"
