"""A collection's findings as text, JSON, CSV or (:func:`csv_rows`) an Excel workbook.

Every finding names its document and its unit in that document:
``{"document": "2021/allende", "unit": 12, "code": ..., ...}`` in the JSON
``findings`` list, the same fields as ``aligner check`` writes for one pair
(:func:`aligner.check.output.finding_dict`) otherwise.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from aligner.check.negations import negations_notice
from aligner.check.output import (
    CSV_COLUMNS,
    JSON_SCHEMA_VERSION,
    csv_writer,
    excerpt,
    finding_dict,
    number_words_notice,
    paragraphs,
)
from aligner.collection.crosscheck import CrossFinding, DocumentCheck
from aligner.model import Part, Severity
from aligner.textutil import count


@dataclass
class CollectionFindings:
    """Findings of a collection, each a JSON object with the unit's texts beside it."""

    settings: dict[str, Any] = field(default_factory=dict)
    findings: list[tuple[dict[str, Any], str, str]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)

    def add_document(self, checked: DocumentCheck) -> None:
        units = checked.units
        counts: Counter[str] = Counter()
        for f in checked.result.findings:
            d = finding_dict(f, units[f.unit])
            d.pop("document_unit", None)
            self.findings.append(({"document": checked.doc.name, **d},
                                  units[f.unit].source, units[f.unit].target))
            counts[f.severity.value] += 1
        self.documents.append({"document": checked.doc.name, "units": len(units),
                               **{s.value: counts[s.value] for s in Severity}})

    def add_cross(self, findings: Iterable[CrossFinding], texts: Mapping[tuple[str, int],
                                                                         tuple[str, str]]) -> None:
        rows = {row["document"]: row for row in self.documents}
        for f in findings:
            d: dict[str, Any] = {"document": f.document, "code": f.code,
                                 "severity": f.severity.value, "unit": f.unit,
                                 "message": f.message}
            if f.source_term is not None:
                d["source_term"] = f.source_term
            if f.expected:
                d["expected"] = list(f.expected)
            if f.found is not None:
                d["found"] = f.found
            if f.rendering is not None:
                d["rendering"] = f.rendering
            if f.group is not None:
                d["group"] = f.group
            src, tgt = texts.get((f.document, f.unit), ("", ""))
            d["source_text"], d["target_text"] = src, tgt
            self.findings.append((d, src, tgt))
            if f.document in rows:  # a finding across documents is its document's too
                rows[f.document][f.severity.value] += 1

    def count(self, severity: Severity) -> int:
        return sum(1 for d, _, _ in self.findings if d["severity"] == severity.value)

    def worst(self) -> Severity | None:
        present = {d["severity"] for d, _, _ in self.findings}
        return max((s for s in Severity if s.value in present), key=lambda s: s.rank,
                   default=None)

    def summary(self) -> dict[str, int]:
        return {"documents": len(self.documents),
                "units": sum(d["units"] for d in self.documents),
                **{s.value: self.count(s) for s in Severity}}


def to_json(found: CollectionFindings) -> str:
    collection = found.settings.get("collection")  # the one file read
    return json.dumps({"schema_version": JSON_SCHEMA_VERSION, "settings": found.settings,
                       "inputs": [collection] if collection else [], "summary": found.summary(),
                       "documents": found.documents,
                       "findings": [d for d, _, _ in found.findings]},
                      ensure_ascii=False, indent=2) + "\n"


def to_csv(found: CollectionFindings) -> str:
    buf = io.StringIO()
    w = csv_writer(buf)
    w.writerow(CSV_COLUMNS)
    w.writerows(csv_rows(found))
    return buf.getvalue()


def csv_rows(found: CollectionFindings) -> Iterator[list[Any]]:
    """The CSV's rows after its header, numbers as numbers (the workbook's too:
    :func:`aligner.check.output.write_xlsx`)."""
    for d, src, tgt in found.findings:
        ss, ts = d.get("src_span", ("", "")), d.get("tgt_span", ("", ""))
        yield [d["unit"], d["code"], d["severity"], d["message"], d.get("source_term", ""),
               " | ".join(d.get("expected", ())), d.get("found", ""), ss[0], ss[1], ts[0],
               ts[1], d.get("group", ""), d["document"], d["unit"], d.get("label", ""),
               src, tgt, d.get("note", ""), d.get("rendering", ""),
               *("" if d.get(k) is None else d[k] for k in ("src_paragraph",
                                                            "tgt_paragraph", "src_cue",
                                                            "src_time", "tgt_cue",
                                                            "tgt_time"))]


def summary_line(found: CollectionFindings) -> str:
    """``3 findings in 4 documents, 12 units: ...``: the text output's first line, and
    what ``check C.db -o`` says it wrote."""
    s = found.summary()
    return (f"{count(len(found.findings), 'finding')} in {count(s['documents'], 'document')}, "
            f"{count(s['units'], 'unit')}: {count(s['error'], 'error')}, "
            f"{count(s['warning'], 'warning')}, {s['info']} info")


def to_text(found: CollectionFindings) -> str:
    lines = [summary_line(found)]
    if found.settings.get("glossary_used") is False:
        lines.append("No glossary used: the term checks did not run.")
    langs = [lang for pair in found.settings.get("language_pairs", ()) for lang in pair]
    if notice := number_words_notice(langs, found.settings.get("disabled", ())):
        lines.append(notice)
    if notice := negations_notice(langs, found.settings.get("disabled", ())):
        lines.append(notice)
    for d, src, tgt in sorted(found.findings, key=lambda x: (x[0]["document"], x[0]["unit"])):
        where = ", ".join(x for x in (d.get("label"), _cues(d) or paragraphs(
            d.get("src_paragraph"), d.get("tgt_paragraph"), parts=_parts(d))) if x)
        lines.append(f"{d['document']}  unit {d['unit']}{f' ({where})' if where else ''}  "
                     f"{d['severity'].upper()} "
                     f"{d['code']}  {d['message']}")
        lines.append(f"      src: {excerpt(src)}")
        lines.append(f"      tgt: {excerpt(tgt)}")
    return "\n".join(lines) + "\n"


def _parts(d: Mapping[str, Any]) -> tuple[Part | None, Part | None]:
    """The note each side of a finding's unit is in (``src_part``: footnote, endnote), as
    ``check`` of the pair says it: ``footnote, paragraph 34``."""
    src, tgt = (Part(d[k]) if d.get(k) else None for k in ("src_part", "tgt_part"))
    return src, tgt


def _cues(d: Mapping[str, Any]) -> str | None:
    """Where a finding's unit of subtitle files is in them, as ``check`` of the pair
    names it (:func:`aligner.check.output.cues`): ``cue 10, 00:01:12,820``, with the
    target's where its number or time differs."""
    src = (d["src_cue"], d["src_time"]) if "src_cue" in d else None
    tgt = (d["tgt_cue"], d["tgt_time"]) if "tgt_cue" in d else None
    if src is None:
        return None if tgt is None else f"target cue {tgt[0]}, {tgt[1]}"
    return f"cue {src[0]}, {src[1]}" + ("" if tgt in (None, src)
                                        else f"; target cue {tgt[0]}, {tgt[1]}")
