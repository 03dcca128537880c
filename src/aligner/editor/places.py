"""Where the reviser was in each document: the focused bead and side, kept on the disk.

A review is taken up again another day, in another browser: the page opens at the
bead last focused in that document, which the page sends (``POST
/doc/ID/api/place``) a moment after the focus stops moving and as it is left.
The places are kept in one small JSON file beside what is edited -- for a saved
alignment ``ALIGNMENT.json.place.json``, for a collection ``C.db.places.json``
holding every document's by name (a document aligned again under a new id keeps
its name, and its place is clamped to its beads) -- written atomically.

Only a document with an edit in its log gets a place written: opening a file and
looking leaves no trace (as its edit log, :mod:`aligner.editor.store`).  A file that
cannot be read or written is no error: the page then opens at the first bead, as
it did before there were places.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from aligner.errors import AlignerError
from aligner.fileio import atomic_write
from aligner.model import Side

#: The suffix of the places file, after the path of what is edited.
PLACES_SUFFIX = ".place.json"
COLLECTION_SUFFIX = ".places.json"


@dataclass(frozen=True, slots=True)
class Place:
    bead: int
    side: Side


class Places:
    """The places of the documents kept in the file ``path``, by key (a document's name)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def _read(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str) -> Place | None:
        with self._lock:
            found = self._read().get(key)
        if not isinstance(found, dict):
            return None
        bead, side = found.get("bead"), found.get("side")
        if type(bead) is not int or bead < 0 or side not in ("source", "target"):
            return None
        return Place(bead, Side(side))

    def put(self, key: str, place: Place) -> None:
        """Keep ``place`` for ``key`` (a file that cannot be written: kept nowhere)."""
        with self._lock:
            data = self._read()
            data[key] = {"bead": place.bead, "side": place.side.value}
            try:
                with atomic_write(self.path) as out:
                    out.write(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
                              + "\n")
            except (OSError, AlignerError):
                pass
