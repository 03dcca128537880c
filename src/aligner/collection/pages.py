"""``aligner report COLLECTION.db -o DIR/``: the review pages of a collection.

``DIR/index.html`` lists the documents (sentences, share aligned, mean
confidence, findings by severity) with a link to each one's review page --
the page ``aligner report`` writes for one pair, ``DIR/docs/NAME.html`` named
after the document (:func:`page_name`: ``2021/puerto`` is ``2021_puerto.html``) --
and the collection's term table.  Each page is written as soon as its document is checked, into a
hidden staging folder beside ``docs/``; only when every page and the index are
ready does the staging folder become ``docs/`` and the index replace the old
one.  A run that fails part-way (a full disk, Ctrl-C) leaves the folder as it
was -- the previous report whole, or nothing where there was none.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

from aligner.collection.crosscheck import DocumentCheck
from aligner.collection.findings import CollectionFindings
from aligner.collection.store import DocumentRow
from aligner.errors import AlignerError, OutputError
from aligner.fileio import atomic_write, cannot_write, current_umask, refuse_read_only
from aligner.model import Glossary, Severity
from aligner.pipeline import AlignedPair, CheckInput, report_data
from aligner.report import write_report
from aligner.report.collection import IndexRow, pair_label, render_index


class CollectionPages:
    """Writes the review pages into ``root`` one document at a time, then the index
    (see the module); a context manager that undoes an unfinished report."""

    def __init__(self, root: Path, *, low_confidence: float | None = None) -> None:
        if root.exists() and not root.is_dir():
            raise AlignerError("exists and is not a folder; the report of a collection is a "
                               "folder (-o DIR/)", path=str(root))
        _refuse_others(root)
        # the new pages take the old ones' places by renames
        for page in (root / "index.html", *sorted(root.glob("docs/*.html"))):
            refuse_read_only(page)
        self.root = root
        self.low_confidence = low_confidence
        self.rows: list[IndexRow] = []
        self._taken: set[str] = {"index"}  # the staging folder's index.html
        self._made_root = not root.exists()
        self._staging: Path | None = None

    def __enter__(self) -> CollectionPages:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self._staging = Path(tempfile.mkdtemp(dir=self.root, prefix=".docs-"))
            self._staging.chmod(0o777 & ~current_umask())  # mkdtemp's 0700 would become docs/'s
        except OSError as exc:
            self._undo()
            raise cannot_write(self.root, exc) from None
        return self

    def __exit__(self, *exc: object) -> None:
        self._undo()

    def _undo(self) -> None:
        """Remove what an unfinished report made: its staging folder, and the report
        folder itself when this run made it."""
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None
        if self._made_root:
            with contextlib.suppress(OSError):
                self.root.rmdir()  # only when empty: a finished report stays

    def add_document(self, checked: DocumentCheck, glossary: Glossary | None) -> None:
        assert self._staging is not None, "use CollectionPages as a context manager"
        doc, alignment = checked.doc, checked.alignment
        inp = CheckInput(checked.units, doc.src_lang, doc.tgt_lang, alignment.src_name,
                         alignment.tgt_name, AlignedPair(alignment), glossary)
        data = replace(report_data(inp, checked.result, low_confidence=self.low_confidence),
                       src_paragraph_starts=alignment.src_paragraph_starts,
                       tgt_paragraph_starts=alignment.tgt_paragraph_starts)
        page = page_name(doc.name, self._taken)
        with _named(self.root / "docs" / page):
            write_report(data, self._staging / page)
        two_sided = [b for b in alignment.beads if not b.is_null]
        in_beads = sum(len(b.src) + len(b.tgt) for b in two_sided)
        total = len(alignment.src_sentences) + len(alignment.tgt_sentences)
        counts = {s: checked.result.count(s) for s in Severity}
        self.rows.append(IndexRow(
            doc.name, len(alignment.src_sentences), len(alignment.tgt_sentences),
            in_beads / total if total else 0.0,
            sum(b.score for b in two_sided) / len(two_sided) if two_sided else None,
            counts, f"docs/{quote(page)}", languages=pair_label(doc.src_lang, doc.tgt_lang)))

    def finish(self, found: CollectionFindings,
               terms: list[tuple[str, str, list[tuple[str, int, int, bool]]]],
               failed: list[DocumentRow]) -> None:
        """Write the index and put the new pages in place of the old ones; its title
        names the language pairs of the documents (``Collection review: es → fr``)."""
        assert self._staging is not None, "use CollectionPages as a context manager"
        # a finding across documents counts in its document's row, as in check's JSON
        across = Counter((d["document"], d["severity"]) for d, _, _ in found.findings
                         if d["code"].startswith("collection-"))
        rows = [replace(r, findings={s: n + across[r.name, s.value]
                                     for s, n in r.findings.items()}) for r in self.rows]
        rows += [IndexRow(d.name, 0, 0, 0.0, None, {}, None, d.error or "failed",
                          languages=pair_label(d.src_lang, d.tgt_lang)) for d in failed]
        rows.sort(key=lambda r: r.name)
        cross = [(d["code"], d["document"], d["unit"], d["message"])
                 for d, _, _ in found.findings if d["code"].startswith("collection-")]
        pairs = sorted({r.languages for r in rows})
        page = render_index(rows, terms, title="Collection review: " + ", ".join(pairs),
                            cross=cross)
        index, docs = self.root / "index.html", self.root / "docs"
        staging = self._staging
        with _named(index), atomic_write(staging / "index.html") as fh:
            fh.write(page)  # a full disk fails here, or before
        # Every byte is written; what is left is renames, which need no room.
        old = self.root / f".docs-old-{staging.name.removeprefix('.docs-')}"
        try:
            if docs.exists():
                docs.replace(old)
            staging.replace(docs)
            (docs / "index.html").replace(index)
        except OSError as exc:  # put the previous report back as it was
            with contextlib.suppress(OSError):
                if not staging.exists() and docs.exists():
                    docs.replace(staging)
                if old.exists():
                    old.replace(docs)
            raise cannot_write(index, exc) from None
        self._staging = None
        shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def _named(path: Path) -> Iterator[None]:
    """A file that cannot be written in the staging folder is named where it was
    going: ``DIR/index.html``, ``DIR/docs/2021_puerto.html``."""
    try:
        yield
    except OutputError as exc:
        raise OutputError(f"cannot write: {exc.reason}", path=str(path),
                          reason=exc.reason) from None


#: What a page name keeps of a document's name: letters and digits of any script,
#: ``.``, ``-`` and ``_``; each run of anything else (``/``, spaces, brackets) is one ``_``.
_UNSAFE = re.compile(r"[^\w.-]+")
#: Longest stem, in characters (a name of 255 bytes is the limit of most file systems).
_LONGEST = 80
#: Names Windows keeps for devices, whatever the extension.
_DEVICES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                      *(f"lpt{i}" for i in range(10))})


def page_name(name: str, taken: set[str]) -> str:
    """The file name of a document's review page, ``STEM.html``: the document's name
    with what a file name cannot hold made ``_`` (``2021/puerto`` -> ``2021_puerto``,
    ``Bericht 2026 (final)`` -> ``Bericht_2026_final``), a ``-2``, ``-3``, ... added
    when a page of this report has the stem already (compared case-folded, for the file
    systems that do), which ``taken`` records.  The same documents get the same names."""
    stem = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip("._-")[:_LONGEST]
    if not stem or stem.casefold() in _DEVICES:
        stem = f"document_{stem}".rstrip("_")
    unique, n = stem, 1
    while unique.casefold() in taken:
        n += 1
        unique = f"{stem}-{n}"
    taken.add(unique.casefold())
    return f"{unique}.html"


def _ours(page: Path) -> bool:
    """Whether a file of ``DIR/docs/`` is a page an aligner report wrote (its generator)."""
    if page.suffix != ".html" or not page.is_file():
        return False
    with page.open("rb") as fh:
        return b'<meta name="generator" content="aligner ' in fh.read(4096)


def _refuse_others(root: Path) -> None:
    """A report replaces ``DIR/docs/`` and ``DIR/index.html`` whole: refuse a folder
    where either holds what an earlier report did not write (``-o .`` in a project
    with its own ``docs/``), before anything is written."""
    docs, index = root / "docs", root / "index.html"
    others = sorted(p.name for p in docs.iterdir() if not _ours(p)) \
        if docs.is_dir() else [docs.name] if docs.exists() else []
    if others:
        listed = ", ".join(others[:3]) + (", ..." if len(others) > 3 else "")
        raise AlignerError(f"holds files a report did not write ({listed}), which the report "
                           "would replace; give the report a folder of its own",
                           path=str(docs))
    if index.is_file():
        with index.open("rb") as fh:
            head = fh.read(4096)
        if b'<meta name="generator" content="aligner ' not in head:
            raise AlignerError("was not written by aligner report, and the report would "
                               "replace it; give the report a folder of its own",
                               path=str(index))
