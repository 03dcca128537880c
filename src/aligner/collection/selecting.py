"""Which documents a command's ``--doc`` means: a name, a pattern, or a folder.

``aligner export C.db --doc legal/*`` (or ``--doc legal``) exports the
documents of one client's folder; a name that finds nothing is an error that
suggests the names it may have meant.
"""

from __future__ import annotations

import difflib
import fnmatch
import unicodedata
from collections.abc import Sequence

from aligner.errors import InputError


def selected(wanted: Sequence[str], names: Sequence[str], *, path: str) -> list[str]:
    """The names among ``names`` that ``wanted`` mean, in the order given, each once: a
    name itself; else, one with ``*``, ``?`` or ``[...]`` as a pattern (``legal/*``:
    ``*`` crosses folders too), the names it matches; else, as a folder (``legal``,
    ``legal/``), the names in it.  A pattern or folder typed in lower case finds any
    case (``cont*`` finds ``Contrato``); one with a capital, that case only.  A name
    typed in one Unicode form finds the one stored in another.  :class:`InputError`
    (naming ``path``, and ``aligner list``) for one that finds none."""
    found: dict[str, None] = {}
    for name in (unicodedata.normalize("NFC", n) for n in wanted):
        matched = _matching(name, names)
        if not matched:
            close = difflib.get_close_matches(name, names, n=3)
            hint = f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""
            raise InputError(f"no document {name!r} in the collection{hint}: aligner list "
                             f"{path} lists its documents", path=path)
        found.update(dict.fromkeys(matched))
    return list(found)


def _matching(name: str, names: Sequence[str]) -> list[str]:
    if name in names:
        return [name]
    # smart case, as a search box has it: a pattern or folder in lower case finds any
    # case (cont* finds "Contrato v2"); one with a capital, that case only
    fold = str.casefold if name == name.casefold() else str
    if any(c in name for c in "*?["):
        return [n for n in names if fnmatch.fnmatchcase(fold(n), name)]
    folder = name.rstrip("/") + "/"
    return [n for n in names if fold(n).startswith(folder)]
