"""``aligner report COLLECTION.db -o DIR/``: the review pages of a collection.

``DIR/index.html`` lists the documents (sentences, share aligned, mean
confidence, findings by severity) with a link to each one's review page --
the page ``aligner report`` writes for one pair, ``DIR/docs/NNNNN.html``,
numbered so that no document name ever becomes a path -- and the collection's
term table.  Each page is written as soon as its document is checked.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from aligner.collection.crosscheck import DocumentCheck
from aligner.collection.findings import CollectionFindings
from aligner.collection.store import Collection, DocumentRow
from aligner.errors import AlignerError
from aligner.model import Glossary, Severity
from aligner.pipeline import AlignedPair, CheckInput, report_data
from aligner.report import write_report
from aligner.report.collection import IndexRow, render_index


class CollectionPages:
    """Writes the review pages into ``root`` one document at a time, then the index."""

    def __init__(self, root: Path, *, low_confidence: float | None = None) -> None:
        if root.exists() and not root.is_dir():
            raise AlignerError("exists and is not a folder; the report of a collection is a "
                               "folder (-o DIR/)", path=str(root))
        self.root = root
        self.low_confidence = low_confidence
        self.rows: list[IndexRow] = []

    def add_document(self, collection: Collection, checked: DocumentCheck,
                     glossary: Glossary | None) -> None:
        doc = checked.doc
        alignment = collection.alignment(doc)
        inp = CheckInput(checked.units, doc.src_lang, doc.tgt_lang, alignment.src_name,
                         alignment.tgt_name, AlignedPair(alignment), glossary)
        data = replace(report_data(inp, checked.result, low_confidence=self.low_confidence),
                       src_paragraph_starts=alignment.src_paragraph_starts,
                       tgt_paragraph_starts=alignment.tgt_paragraph_starts)
        link = f"docs/{len(self.rows) + 1:05d}.html"
        write_report(data, self.root / link)
        two_sided = [b for b in alignment.beads if not b.is_null]
        in_beads = sum(len(b.src) + len(b.tgt) for b in two_sided)
        total = len(alignment.src_sentences) + len(alignment.tgt_sentences)
        counts = {s: checked.result.count(s) for s in Severity}
        self.rows.append(IndexRow(
            doc.name, len(alignment.src_sentences), len(alignment.tgt_sentences),
            in_beads / total if total else 0.0,
            sum(b.score for b in two_sided) / len(two_sided) if two_sided else None,
            counts, link))

    def finish(self, found: CollectionFindings,
               terms: list[tuple[str, list[tuple[str, int, int]]]],
               failed: list[DocumentRow]) -> None:
        from aligner.fileio import atomic_write

        rows = self.rows + [IndexRow(d.name, 0, 0, 0.0, None, {}, None, d.error or "failed")
                            for d in failed]
        rows.sort(key=lambda r: r.name)
        cross = [(d["code"], d["document"], d["unit"], d["message"])
                 for d, _, _ in found.findings if d["code"].startswith("collection-")]
        page = render_index(rows, terms, title="Collection review", cross=cross)
        with atomic_write(self.root / "index.html") as fh:
            fh.write(page)
