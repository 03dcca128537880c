"""The list page's filter and order: which documents of a collection to show, and how.

The page is a plain GET form (it works without JavaScript, and its address can be
bookmarked or sent): ``state`` keeps the documents in one review state, or those
with doubtful beads; ``q`` those whose name holds the text (any case); ``sort``
orders them by name, by the beads still to look at (doubtful beads first, then
beads without a person's mark) or by size.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from aligner.editor.view import DocumentSummary

#: The states a reader may keep (``""``: all); ``doubtful``: any doubtful bead.
STATES = ("", "not reviewed", "in progress", "reviewed", "doubtful")
#: The orders, the first the default.
SORTS = {
    "name": "name",
    "todo": "most to review first",
    "doubtful": "most doubtful first",
    "size": "largest first",
}


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What the list page was asked to show (unknown values fall back to the default)."""

    state: str = ""
    text: str = ""
    sort: str = "name"

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> ListQuery:
        state = params.get("state", "")
        sort = params.get("sort", "name")
        return cls(state if state in STATES else "", params.get("q", "").strip(),
                   sort if sort in SORTS else "name")

    @property
    def narrowed(self) -> bool:
        return bool(self.state or self.text)


def select(documents: Sequence[DocumentSummary], query: ListQuery) -> list[DocumentSummary]:
    """The documents that ``query`` keeps, in its order (ties by name)."""
    needle = query.text.casefold()
    kept = [d for d in documents
            if (not needle or needle in d.name.casefold()) and _in_state(d, query.state)]
    kept.sort(key=lambda d: d.name)
    if query.sort == "todo":
        kept.sort(key=lambda d: (-d.doubtful, -(d.beads - d.reviewed)))
    elif query.sort == "doubtful":
        kept.sort(key=lambda d: -d.doubtful)
    elif query.sort == "size":
        kept.sort(key=lambda d: -(d.src_sentences + d.tgt_sentences))
    return kept


def _in_state(d: DocumentSummary, state: str) -> bool:
    if state == "doubtful":
        return d.doubtful > 0
    return not state or d.state == state
