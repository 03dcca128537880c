"""Reading a bilingual dictionary, one kind of optional alignment evidence.

The aligner's :class:`~aligner.align.Evidence` is put together in one place,
:func:`aligner.pipeline.build_evidence`: the glossary's approved term pairs,
this module's dictionary pairs and a machine translation of the source.
"""

from __future__ import annotations

from aligner.errors import InputError
from aligner.fileio import read_text


def read_dictionary(path: str, *, encoding: str = "utf-8") -> list[tuple[str, str]]:
    """A bilingual dictionary: ``source TAB target`` per line (``#`` comments, blanks ok).

    Either side may be a multi-word phrase; several lines may share a source.
    """
    pairs: list[tuple[str, str]] = []
    for n, line in enumerate(read_text(path, encoding=encoding).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2 or not cells[0].strip() or not cells[1].strip():
            found = ("an empty column" if len(cells) == 2
                     else f"{len(cells)} column{'' if len(cells) == 1 else 's'}")
            raise InputError(f"expected 'source<TAB>target' (two non-empty columns), found "
                             f"{found}", path=path, line=n)
        pairs.append((cells[0].strip(), cells[1].strip()))
    return pairs
