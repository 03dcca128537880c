"""``aligner list --format json|csv``: the listing (:mod:`aligner.collection.listing`)
as a JSON document or a CSV table."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from aligner.collection.listing import DocState, DocumentSummary, Listing, total_kinds


def _record(d: DocumentSummary) -> dict[str, Any]:
    out = asdict(d)
    out["state"] = d.state.value
    out["bead_kinds"] = dict(d.bead_kinds)
    out["findings"] = dict(d.findings) if d.findings is not None else None
    if d.mean_score is not None:
        out["mean_score"] = round(d.mean_score, 4)
    return out


def to_json(listing: Listing, db: str | os.PathLike[str]) -> str:
    """``{"collection", "below", "documents": [...], "totals": {...}, "pairs": [{"src_lang",
    "tgt_lang", the totals' fields}, ...], "batch_settings": [{"src_lang", "tgt_lang",
    "settings": {option: {"value", "sha256", "stored"}}}, ...], "aligned_with": [{"src_lang",
    "tgt_lang", "aligner", "encoder", "documents"}, ...]}``."""
    return json.dumps({"collection": os.fspath(db), "below": listing.below,
                       "documents": [_record(d) for d in listing.documents],
                       "totals": _json_totals(listing.documents, listing.mean_score),
                       "pairs": [{"src_lang": s, "tgt_lang": t, **_json_totals(d, m)}
                                 for (s, t), d, m in listing.pairs],
                       "batch_settings": [
                           {"src_lang": src, "tgt_lang": tgt,
                            "settings": {s.option: {"value": s.value, "sha256": s.sha256,
                                                    "stored": s.stored} for s in kept}}
                           for (src, tgt), kept in listing.settings],
                       "aligned_with": [
                           {"src_lang": src, "tgt_lang": tgt, "aligner": version,
                            "encoder": encoder, "documents": n}
                           for (src, tgt), version, encoder, n in listing.aligned_with]},
                      ensure_ascii=False, indent=2) + "\n"


def _json_totals(docs: Sequence[DocumentSummary], mean: float | None) -> dict[str, Any]:
    return {
        "documents": len(docs),
        **{s.value: sum(d.state is s for d in docs) for s in DocState},
        **{f: sum(getattr(d, f) for d in docs) for f in (
            "src_sentences", "tgt_sentences", "beads", "reviewed", "one_sided", "low")},
        "bead_kinds": total_kinds(docs),
        "mean_score": round(mean, 4) if mean is not None else None}


def to_csv(listing: Listing) -> str:
    """One row a document under a header row of the JSON fields, as the findings CSV is
    written (byte-order mark, CRLF); no totals row, so that a spreadsheet sorts and sums
    the rows as they are."""
    from aligner.check.output import csv_writer  # the checks' numpy: only for csv

    buf = io.StringIO()
    writer = csv_writer(buf)
    # findings: a column only when they were counted (list --sort findings)
    fields = [f for f in DocumentSummary.__dataclass_fields__ if f not in (
        "findings", "declared") or any(getattr(d, f) is not None for d in listing.documents)]
    writer.writerow(fields)
    for d in listing.documents:
        record = _record(d)
        record["bead_kinds"] = " ".join(f"{k}:{n}" for k, n in d.bead_kinds)
        if d.findings is not None:
            record["findings"] = " ".join(f"{k}:{n}" for k, n in d.findings)  # error:2 ...
        if d.declared is not None:
            record["declared"] = "->".join(d.declared)
        writer.writerow(["" if record[f] is None else record[f] for f in fields])
    return buf.getvalue()
