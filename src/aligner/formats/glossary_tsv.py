"""Tab-separated glossaries: the project's own format and OmegaT's.

The project format (see ``glossary.tsv`` at the top of the repository): a
header line ``SRC_LANG TAB TGT_LANG TAB status TAB note``, then one row per
source term and rendering; ``status`` is ``preferred`` (or empty),
``allowed`` or ``forbidden``; lines starting with ``#`` are comments.  Cells
cannot hold tabs or line breaks: the writer turns them into spaces.

OmegaT's glossary format: ``source TAB target TAB comment``, UTF-8, no header.
OmegaT shows every row as a usable rendering, so forbidden renderings are left
out unless asked for, and then say so in their comment.
"""

from __future__ import annotations

import os

from aligner import __version__
from aligner.errors import GlossaryError
from aligner.fileio import atomic_write, read_text
from aligner.formats.glossary_common import one_line, parse_status
from aligner.model import Glossary, GlossaryEntry, TermStatus


def write_glossary_tsv(glossary: Glossary, path: str | os.PathLike[str]) -> int:
    """Write ``glossary`` in the project's TSV format; return the number of rows."""
    with atomic_write(path) as fh:
        fh.write(f"{glossary.src_lang}\t{glossary.tgt_lang}\tstatus\tnote\n")
        fh.write(f"# written by aligner {__version__} from {one_line(glossary.path)}\n")
        for e in glossary.entries:
            cells = (e.source, e.target, e.status.value, e.note)
            fh.write("\t".join(one_line(c) for c in cells) + "\n")
    return len(glossary.entries)


def read_glossary_tsv(path: str | os.PathLike[str]) -> Glossary:
    """Read a glossary in the project's TSV format (rows keep their line numbers)."""
    name = os.fspath(path)
    text = read_text(name)
    lines = text.split("\n")
    header = lines[0].rstrip("\r").split("\t") if lines else []
    if len(header) < 2 or not header[0] or not header[1]:
        raise GlossaryError(
            "the first line must be a header: SRC_LANG, TGT_LANG, status, note (tab-separated)",
            path=name,
            line=1,
        )
    entries: list[GlossaryEntry] = []
    for lineno, raw in enumerate(lines[1:], start=2):
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or len(cells) > 4:
            raise GlossaryError(
                f"expected 2 to 4 tab-separated columns, found {len(cells)}",
                path=name,
                line=lineno,
            )
        source, target = cells[0].strip(), cells[1].strip()
        if not source or not target:
            raise GlossaryError("empty term", path=name, line=lineno)
        status = parse_status(cells[2] if len(cells) > 2 else "")
        if status is None:
            raise GlossaryError(
                f"unknown status {cells[2]!r}: use preferred, allowed or forbidden",
                path=name,
                line=lineno,
            )
        note = cells[3].strip() if len(cells) > 3 else ""
        entries.append(GlossaryEntry(source, target, status=status, note=note, line=lineno))
    return Glossary(header[0].strip(), header[1].strip(), tuple(entries), path=name)


def write_omegat_tsv(
    glossary: Glossary, path: str | os.PathLike[str], *, include_forbidden: bool = False
) -> int:
    """Write an OmegaT glossary (``source TAB target TAB comment``); return rows written."""
    rows = 0
    with atomic_write(path) as fh:
        for e in glossary.entries:
            if e.status is TermStatus.FORBIDDEN and not include_forbidden:
                continue
            label = {
                TermStatus.PREFERRED: "",
                TermStatus.ALLOWED: "allowed variant",
                TermStatus.FORBIDDEN: "FORBIDDEN, do not use",
            }[e.status]
            comment = "; ".join(x for x in (label, e.note) if x)
            fh.write("\t".join(one_line(c) for c in (e.source, e.target, comment)) + "\n")
            rows += 1
    return rows
