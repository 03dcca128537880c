"""What the page must change after an edit: the rows that differ, not all of them.

Running the checks over the whole document is what costs (about 1 s on 2,000
beads: some checks look across beads -- repeated segments, the document's
length ratio -- so a bead's findings can change where nothing was edited).
:class:`ViewCache` runs them once per version, and :func:`diff_rows` compares
the page of the version the person saw with the new one: the rows before and
after the first and last differing row are the same, so the answer to an edit
carries only the rows in between (:class:`RowPatch`).

A row is compared without its own number and the indices of its findings: a
merge, split or detach renumbers every bead after it, and since the findings
are ordered by bead, the findings of the rows after the edit all move by the
same amount.  The page renumbers those rows itself (``editor.js``).  Anything
else in a row that changed -- a finding, a mark, a doubt, a message naming
another bead -- makes the row differ, so the window grows to take it in and
the page ends up as a reload would show it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from aligner.editor.view import PageView, Row
from aligner.model import Alignment


@dataclass(frozen=True, slots=True)
class RowPatch:
    """Replace rows ``start`` .. ``start + removed - 1`` of the old page by ``rows`` of the
    new one (numbered from ``start``); the rows after them get numbers from
    ``start + len(rows)`` on and their findings' indices move by ``finding_shift``."""

    start: int
    removed: int
    rows: tuple[Row, ...]
    finding_shift: int


def _key(row: Row) -> object:
    """The row as the page shows it, less its number and its findings' indices."""
    return (replace(row, number=0, findings=()),
            tuple((replace(f.finding, unit=0), f.detail) for f in row.findings))


def diff_rows(old: Sequence[Row], new: Sequence[Row], old_findings: int,
              new_findings: int) -> RowPatch:
    """The smallest run of rows whose replacement turns page ``old`` into page ``new``
    (``*_findings``: how many findings each page has, to shift the indices by)."""
    old_keys = [_key(r) for r in old]
    new_keys = [_key(r) for r in new]
    shift = new_findings - old_findings
    top = 0
    limit = min(len(old_keys), len(new_keys))
    while top < limit and old_keys[top] == new_keys[top]:
        top += 1
    # the common tail: same rows, and (findings being ordered by bead) the same
    # findings, so their indices moved by `shift` exactly
    tail = 0
    while (tail < limit - top and old_keys[-1 - tail] == new_keys[-1 - tail]):
        tail += 1
    return RowPatch(top, len(old_keys) - top - tail, tuple(new[top:len(new_keys) - tail]),
                    shift)


@dataclass(frozen=True, slots=True)
class _Entry:
    version: int
    alignment: Alignment
    view: PageView


class ViewCache:
    """The page view of the last versions shown, so that showing a version twice (the
    page, its rows, ``confirm-all``'s doubtful beads, the answer to an edit) runs the
    checks once.  An entry is used only for the same version *and* the same alignment
    (a store read anew gives an equal one)."""

    def __init__(self, make: Callable[[Alignment], PageView], keep: int = 2) -> None:
        self._make = make
        self._keep = keep
        self._entries: list[_Entry] = []
        self._lock = threading.Lock()

    def get(self, alignment: Alignment, version: int) -> PageView:
        found = self.cached(alignment, version)
        if found is not None:
            return found
        view = self._make(alignment)  # outside the lock: the checks take a while
        with self._lock:
            self._entries = [e for e in self._entries if e.version != version]
            self._entries.append(_Entry(version, alignment, view))
            del self._entries[:-self._keep]
        return view

    def cached(self, alignment: Alignment | None, version: int) -> PageView | None:
        """The view of ``version`` if it is kept (``alignment``: its alignment, or None
        to take the one kept for that version)."""
        with self._lock:
            for entry in self._entries:
                if entry.version == version and (
                        alignment is None or entry.alignment is alignment
                        or entry.alignment == alignment):
                    return entry.view
        return None
