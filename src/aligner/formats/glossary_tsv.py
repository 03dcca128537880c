"""Tab-separated glossaries: the project's own format and OmegaT's.

The project format (see ``glossary.tsv`` at the top of the repository): a
header line ``SRC_LANG TAB TGT_LANG TAB status TAB note``, then one row per
source term and rendering; ``status`` is ``preferred`` (or empty),
``allowed`` or ``forbidden``; lines starting with ``#`` are comments.  Cells
cannot hold tabs or line breaks: the writer turns them into spaces.

OmegaT's glossary format: ``source TAB target TAB comment``, UTF-8, no header.
OmegaT shows every row as a usable rendering, so forbidden renderings are left
out unless asked for, and then say so in their comment.  It is read back too
(the languages given, since the file does not say them).
"""

from __future__ import annotations

import os

from aligner import __version__
from aligner.errors import GlossaryError
from aligner.fileio import atomic_write, read_text
from aligner.formats.glossary_common import one_line
from aligner.glossary import case_cell
from aligner.model import Glossary, GlossaryEntry, TermStatus


def write_glossary_tsv(glossary: Glossary, path: str | os.PathLike[str]) -> int:
    """Write ``glossary`` in the project's TSV format; return the number of rows."""
    cases = [case_cell(e) for e in glossary.entries]
    extra = "\tcase" if any(cases) else ""
    with atomic_write(path) as fh:
        fh.write(f"{glossary.src_lang}\t{glossary.tgt_lang}\tstatus\tnote{extra}\n")
        fh.write(f"# written by aligner {__version__} from {one_line(glossary.path)}\n")
        for e, case in zip(glossary.entries, cases, strict=True):
            cells = (e.source, e.target, e.status.value, e.note, *([case] if extra else []))
            fh.write("\t".join(one_line(c) for c in cells) + "\n")
    return len(glossary.entries)


def read_glossary_tsv(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Glossary:
    """Read a glossary in the project's TSV format (the one loader: :mod:`aligner.glossary`)."""
    from aligner.glossary import load_glossary

    return load_glossary(os.fspath(path), encoding=encoding)


_LABELS = {"allowed variant": TermStatus.ALLOWED, "FORBIDDEN, do not use": TermStatus.FORBIDDEN}


def read_omegat_tsv(
    path: str | os.PathLike[str], *, src_lang: str | None, tgt_lang: str | None,
    encoding: str = "utf-8",
) -> Glossary:
    """Read an OmegaT glossary (``source TAB target [TAB comment]``, no header).

    The file does not say its languages, so both must be given.  The comment
    labels :func:`write_omegat_tsv` writes give the status back (``allowed
    variant``, ``FORBIDDEN, do not use``); the rest of a comment is the note.
    """
    name = os.fspath(path)
    if not src_lang or not tgt_lang:
        raise GlossaryError("an OmegaT glossary (no header line) does not say its languages; "
                            "pass --src-lang and --tgt-lang", path=name)
    entries: list[GlossaryEntry] = []
    for lineno, line in enumerate(read_text(name, encoding=encoding).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) not in (2, 3) or not cells[0] or not cells[1]:
            raise GlossaryError("expected 'source<TAB>target<TAB>comment' (OmegaT glossary)",
                                path=name, line=lineno)
        comment = cells[2] if len(cells) == 3 else ""
        status = TermStatus.PREFERRED
        for label, labelled in _LABELS.items():
            if comment == label or comment.startswith(f"{label}; "):
                status, comment = labelled, comment[len(label):].removeprefix("; ")
        entries.append(GlossaryEntry(cells[0], cells[1], status=status, note=comment,
                                     line=lineno))
    return Glossary(src_lang, tgt_lang, tuple(entries), path=name)


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
