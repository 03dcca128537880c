"""What the XLIFF 2 and XLIFF 1.2 readers share: numbering a unit's inline codes,
telling a side with text from an empty one, and the check of the languages asked
for against those a file declares."""

from __future__ import annotations

from lxml import etree

from aligner.errors import FormatError
from aligner.lang import lang_matches


class Codes:
    """The numbers of one unit's inline codes: by id, a new one for a code without an
    id.  A code is numbered once per unit, in the source's order, so the same code has
    the same number in every segment and on both sides."""

    def __init__(self) -> None:
        self._by_id: dict[str, int] = {}
        self._last = 0

    def number(self, code_id: str | None) -> int:
        if code_id and code_id in self._by_id:
            return self._by_id[code_id]
        self._last += 1
        if code_id:
            self._by_id[code_id] = self._last
        return self._last


def has_text(el: etree._Element) -> bool:
    """Whether ``el`` holds any text that is not white space."""
    return any(isinstance(t, str) and t.strip() for t in el.itertext())


def check_requested(src: str | None, tgt: str | None, have_src: str, have_tgt: str, *,
                    name: str, line: int | None) -> None:
    """Raise :class:`FormatError` when the languages asked for are not the file's (loosely,
    as for TMX: ``es`` answers ``es-ES``); a target the file does not name answers any."""
    if (src and not lang_matches(src, have_src)) or (
            tgt and have_tgt.strip() and not lang_matches(tgt, have_tgt)):
        raise FormatError(
            f"languages {src or have_src}/{tgt or have_tgt} requested; "
            f"languages present: {have_src}, {have_tgt or '(no trgLang)'}",
            path=name, line=line)
