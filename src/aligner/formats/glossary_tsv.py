"""Tab-separated glossaries: the project's own format and OmegaT's.

The project format (see ``glossary.tsv`` at the top of the repository): a
header line ``SRC_LANG TAB TGT_LANG TAB status TAB note``, then one row per
source term and rendering; ``status`` is ``preferred`` (or empty),
``allowed`` or ``forbidden``; lines starting with ``#`` are comments.  Cells
cannot hold tabs or line breaks: the writer turns them into spaces.

OmegaT's glossary format: ``source TAB target TAB comment``, UTF-8, no header.
OmegaT shows every row as a usable rendering, so forbidden renderings are left
out unless asked for, and then say so in their comment.  It is read back too
(the languages given, since the file does not say them), a comment's leading
status label however a person types it.
"""

from __future__ import annotations

import os
import re

from aligner import __version__
from aligner.errors import GlossaryError
from aligner.fileio import atomic_write, read_text
from aligner.formats.glossary_common import one_line
from aligner.glossary import case_cell, keep_or_raise
from aligner.model import Glossary, GlossaryEntry, TermStatus


def write_glossary_tsv(glossary: Glossary, path: str | os.PathLike[str]) -> int:
    """Write ``glossary`` in the project's TSV format; return the number of rows.  A
    ``case`` column is written when a row needs it, a ``pos`` column when a row has a
    part of speech."""
    cases = [case_cell(e) for e in glossary.entries]
    extra = [name for name, cells in (("case", cases), ("pos", [e.pos for e in glossary.entries]))
             if any(cells)]
    with atomic_write(path) as fh:
        fh.write("\t".join([glossary.src_lang, glossary.tgt_lang, "status", "note", *extra])
                 + "\n")
        fh.write(f"# written by aligner {__version__} from {one_line(glossary.path)}\n")
        for e, case in zip(glossary.entries, cases, strict=True):
            cells = [e.source, e.target, e.status.value, e.note,
                     *([case] if "case" in extra else []), *([e.pos] if "pos" in extra else [])]
            fh.write("\t".join(one_line(c) for c in cells) + "\n")
    return len(glossary.entries)


def read_glossary_tsv(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Glossary:
    """Read a glossary in the project's TSV format (the one loader: :mod:`aligner.glossary`)."""
    from aligner.glossary import load_glossary

    return load_glossary(os.fspath(path), encoding=encoding)


# A comment's status label, however a person types it: any letter case, the
# label alone or followed by punctuation and a note (``FORBIDDEN``, ``Forbidden -
# wrong register``, ``FORBIDDEN, do not use: outdated``, ``allowed variant (HR
# only)``).  It must be the comment's first words, and no word may follow it: a
# translator's comment that begins with one (``Forbidden City, Beijing``, ``Do not
# use "castillo" here``, ``Allowed characters: letters``) is a note, as is one that
# mentions a label later (``see the forbidden list``).  ``preferred`` is what the
# writer puts in front of a preferred row's note that would otherwise read as one.
_LABEL = re.compile(
    r"(?:(?:(?P<forbidden>forbidden(?:\s*[,;:.\-\u2013\u2014]?\s*do\s+not\s+use)?|deprecated)"
    r"|(?P<allowed>allowed(?:\s+variant)?)|(?P<preferred>preferred))"
    r"(?=\s*(?:$|[^\w\s]|\d))"  # then anything but a word: FORBIDDEN "usr", Deprecated 2021
    # "do not use" alone or before punctuation: 'Do not use "castillo" here' is a note
    r"|(?P<forbidden_use>do\s+not\s+use)(?=\s*(?:$|[,;:.!(/|=\-\u2013\u2014])))",
    re.IGNORECASE,
)
# What may stand between a typed label and its note.
_AFTER_LABEL = " \t,;:.!-\u2013\u2014/|="
_WRITTEN = {
    TermStatus.PREFERRED: "preferred",
    TermStatus.ALLOWED: "allowed variant",
    TermStatus.FORBIDDEN: "FORBIDDEN, do not use",
}


def comment_status(comment: str) -> tuple[TermStatus, str]:
    """The status an OmegaT comment's label gives, and the note that follows it.

    A comment without a label is a preferred rendering's note.  The writer's own
    form, ``label; note``, gives the note back exactly; after a label typed
    otherwise the punctuation and spaces before the note are dropped.
    """
    m = _LABEL.match(comment)
    if m is None:
        return TermStatus.PREFERRED, comment
    status = TermStatus(next(name for name, text in m.groupdict().items() if text)
                        .removesuffix("_use"))
    rest = comment[m.end():]
    return status, rest[2:].lstrip() if rest.startswith("; ") else rest.lstrip(_AFTER_LABEL)


def read_omegat_tsv(
    path: str | os.PathLike[str], *, src_lang: str | None, tgt_lang: str | None,
    encoding: str = "utf-8", errors: list[GlossaryError] | None = None,
) -> Glossary:
    """Read an OmegaT glossary (``source TAB target [TAB comment]``, no header).

    The file does not say its languages, so both must be given.  A comment that
    starts with a status label gives the row that status (:func:`comment_status`:
    ``FORBIDDEN``, ``allowed variant``, in any letter case and followed by
    anything); the rest of a comment is the note.  ``errors``: as for
    :func:`aligner.glossary.load_glossary`.
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
            keep_or_raise(GlossaryError("expected 'source<TAB>target<TAB>comment' (OmegaT "
                                        "glossary)", path=name, line=lineno), errors)
            continue
        status, note = comment_status(cells[2] if len(cells) == 3 else "")
        entries.append(GlossaryEntry(cells[0], cells[1], status=status, note=note,
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
            note = one_line(e.note)
            # a preferred row says nothing, unless its note would read as a label
            labelled = e.status is not TermStatus.PREFERRED or _LABEL.match(note) is not None
            comment = "; ".join(x for x in (_WRITTEN[e.status] if labelled else "", note) if x)
            fh.write("\t".join(one_line(c) for c in (e.source, e.target, comment)) + "\n")
            rows += 1
    return rows
