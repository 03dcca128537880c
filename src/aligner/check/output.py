"""Write a :class:`~aligner.check.CheckResult` as text, JSON, CSV or an Excel workbook.

The CSV is written as the tool's other CSVs are (:mod:`aligner.formats.csvfmt`): a
UTF-8 byte-order mark first, which is how Excel tells UTF-8 (without it, every accent
of a segment is garbled), and CRLF line ends.  Its ``source_text``/``target_text``
and the JSON's hold the unit's segments whole; the text output cuts them at about 60
characters, one line each, for a terminal.  The workbook (``.xlsx``) has the CSV's
columns and rows, a number a number cell and a text a text cell.

The HTML review page belongs to :mod:`aligner.report`;
:func:`aligner.pipeline.report_data` builds its input from the units and the result.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from enum import Enum
from typing import Any

from aligner.check import CheckResult, Unit
from aligner.check.name_words import reads_names
from aligner.check.negations import negations_notice
from aligner.check.number_table import number_words
from aligner.check.registry import CODE_ORDER
from aligner.check.term_table import TermRenderings
from aligner.errors import ConfigError
from aligner.fileio import atomic_write
from aligner.lang import NUMBERS_DATA, get_profile
from aligner.model import Finding, Part, Severity, SubtitleCue, TermStatus, UnitOrigin
from aligner.textutil import count
from aligner.textutil import excerpt as excerpt  # where the writers of findings import it


class OutputFormat(Enum):
    TEXT = "text"
    JSON = "json"
    CSV = "csv"
    HTML = "html"
    XLSX = "xlsx"  # a workbook laid out as the CSV: written to a file only (write_xlsx)


CSV_COLUMNS = (
    "unit", "code", "severity", "message", "source_term", "expected", "found",
    "src_start", "src_end", "tgt_start", "tgt_end", "group", "document", "document_unit",
    "label", "source_text", "target_text", "note", "rendering", "src_paragraph",
    "tgt_paragraph", "src_cue", "src_time", "tgt_cue", "tgt_time",
)



def _unit(result: CheckResult, index: int) -> Unit | None:
    return result.units[index] if 0 <= index < len(result.units) else None


def unit_label(unit: Unit | None, origin: UnitOrigin | None = None) -> str:
    """What :func:`unit_name` puts in parentheses after the number: ``tu 13, b.tmx
    unit 2`` (``""`` for nothing; the review page names its rows with it); a unit of
    subtitle files says its cue (``cue 10, 00:01:12,820``), not its paragraph."""
    where = None
    if unit is not None and unit.cue_at is not None and any(unit.cue_at):
        where = cues(*unit.cue_at)
    elif unit is not None and unit.paragraphs:
        where = paragraphs(*unit.paragraphs, parts=unit.first_parts)
    return ", ".join(x for x in (unit.label if unit else None,
                                 f"{origin.document} unit {origin.unit}" if origin else None,
                                 where)
                     if x)


def cues(src: SubtitleCue | None, tgt: SubtitleCue | None) -> str | None:
    """Where a unit of subtitle files is in them (:attr:`Unit.cue_at`): ``cue 10,
    00:01:12,820``, and ``; target cue 9, 00:01:12,900`` where the target's cue has
    another number or time; ``target cue 9, ...`` for a target alone."""
    if src is None:
        return f"target cue {tgt.name}, {tgt.timecode}" if tgt is not None else None
    out = f"cue {src.name}, {src.timecode}"
    if tgt is not None and (tgt.name, tgt.timecode) != (src.name, src.timecode):
        out += f"; target cue {tgt.name}, {tgt.timecode}"
    return out


def cue_fields(unit: Unit | None) -> dict[str, str]:
    """The JSON's and CSV's ``src_cue``, ``src_time``, ``tgt_cue``, ``tgt_time`` of a
    unit of subtitle files (:attr:`Unit.cue_at`): the cue's number as written (its
    place, ``#12``, when it has none) and its start as its file writes a time
    (:attr:`~aligner.model.SubtitleCue.timecode`: ``00:01:12,820``, a WebVTT file's
    ``00:01:12.820`` or ``01:12.820``); those of a side without a cue left out."""
    if unit is None or unit.cue_at is None:
        return {}
    out = {}
    for side, cue in zip(("src", "tgt"), unit.cue_at, strict=True):
        if cue is not None:
            out[f"{side}_cue"], out[f"{side}_time"] = cue.name, cue.timecode
    return out


def paragraphs(src: int | None, tgt: int | None,
               parts: tuple[Part | None, Part | None] | None = None) -> str | None:
    """Where a unit of aligned documents is in them (:attr:`Unit.paragraphs`):
    ``paragraph 7``, ``paragraph 7, target paragraph 8`` where the target's differs,
    ``target paragraph 8`` for a target alone; a unit in a document's notes
    (:attr:`Unit.first_parts`) says so first: ``footnote, paragraph 37, target paragraph 36``,
    and a side whose part is another says its own (``paragraph 30, target paragraph
    36 (footnote)``)."""
    src_note, tgt_note = (_note(p) for p in (parts or (None, None)))
    lead = src_note if src is not None else tgt_note
    if src is None:
        where = f"target paragraph {tgt}" if tgt is not None else None
    else:
        where = f"paragraph {src}" + (
            f", target paragraph {tgt}" if tgt not in (None, src) or (
                tgt is not None and tgt_note != src_note) else "")
        if tgt is not None and tgt_note != src_note:
            where += f" ({tgt_note or 'body'})"
    return f"{lead}, {where}" if lead and where else where


def _note(part: Part | None) -> str | None:
    """``footnote``/``endnote`` for a side in a document's notes, else None."""
    return part.value if part in (Part.FOOTNOTE, Part.ENDNOTE) else None


def unit_name(index: int, unit: Unit | None, origin: UnitOrigin | None = None) -> str:
    """``unit 12``, with the unit's label and, when several files were checked
    together, its file and number there: ``unit 12 (tu 13, b.tmx unit 2)``."""
    extra = unit_label(unit, origin)
    return f"unit {index}" + (f" ({extra})" if extra else "")


def finding_dict(f: Finding, unit: Unit | None = None) -> dict[str, Any]:
    """The JSON object of one finding: always code, severity, unit, message; the
    unit's ``label`` when it has one, and ``document``/``document_unit`` when several
    files were checked together; the unit's ``source_text`` and ``target_text`` when
    ``unit`` is given."""
    d: dict[str, Any] = {
        "code": f.code, "severity": f.severity.value, "unit": f.unit, "message": f.message,
    }
    if unit is not None and unit.label is not None:
        d["label"] = unit.label
    if unit is not None and unit.paragraphs is not None:
        d["src_paragraph"], d["tgt_paragraph"] = unit.paragraphs
        # a side in the notes says which (its paragraph counts the body's first)
        for side, part in zip(("src", "tgt"), unit.first_parts or (), strict=False):
            if _note(part):
                d[f"{side}_part"] = _note(part)
    d.update(cue_fields(unit))
    if f.source_term is not None:
        d["source_term"] = f.source_term
    if f.expected:
        d["expected"] = list(f.expected)
    if f.found is not None:
        d["found"] = f.found
    if f.rendering is not None:
        d["rendering"] = f.rendering
    if f.src_span is not None:
        d["src_span"] = list(f.src_span)
    if f.tgt_span is not None:
        d["tgt_span"] = list(f.tgt_span)
    if f.group is not None:
        d["group"] = f.group
    if f.note is not None:
        d["note"] = f.note
    if f.origin is not None:
        d["document"] = f.origin.document
        d["document_unit"] = f.origin.unit
    if unit is not None:
        d["source_text"], d["target_text"] = unit.source, unit.target
    return d


def _summary(result: CheckResult, units: int) -> dict[str, int]:
    return {"units": units, **{s.value: result.count(s) for s in Severity}}


#: The version of the findings JSON: it changes when a key goes or changes its type or
#: meaning (new keys may come within one).  A file without it is version 1, whose
#: settings were all strings ("glossary_used": "yes", "min_confidence": "0.7"); in 2, a
#: term-inconsistent finding's found was the glossary form, not the text at tgt_span.
JSON_SCHEMA_VERSION = 3


def to_json(result: CheckResult, *, units: int, inputs: Sequence[str] = ()) -> str:
    """The findings JSON (docs/checks.md): ``schema_version``, the typed ``settings``,
    the ``inputs`` read, ``summary``, ``findings`` and ``renderings``."""
    doc = {
        "schema_version": JSON_SCHEMA_VERSION,
        "settings": dict(result.settings),
        "inputs": list(inputs),
        "summary": _summary(result, units),
        "findings": [finding_dict(f, _unit(result, f.unit)) for f in result.findings],
        "renderings": [_term_row(r) for r in result.renderings],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _term_row(row: TermRenderings) -> dict[str, Any]:
    """One term of the JSON's ``renderings``: the HTML report's Terms table row."""
    return {
        "source_term": row.term,
        "renderings": [{"text": r.text, "units": r.count,
                        "status": r.status.value if r.status is not None else None,
                        "unit_numbers": list(r.units)} for r in row.renderings],
        "source_unit_numbers": list(row.source_units),
        "unrendered_unit_numbers": list(row.unrendered_units),
    }


#: What starts the findings CSV: the byte-order mark Excel reads UTF-8 by.
CSV_BOM = "\ufeff"


def csv_writer(buf: io.StringIO) -> Any:
    """A writer of the findings CSV into ``buf``, after its byte-order mark: the
    :mod:`csv` module's Excel dialect with CRLF line ends, as the alignment CSV."""
    buf.write(CSV_BOM)
    return csv.writer(buf, dialect="excel", lineterminator="\r\n")


def to_csv(result: CheckResult) -> str:
    buf = io.StringIO()
    w = csv_writer(buf)
    w.writerow(CSV_COLUMNS)
    w.writerows(csv_rows(result))
    return buf.getvalue()


def csv_rows(result: CheckResult) -> Iterator[list[str | int]]:
    """The findings CSV's rows after its header (:data:`CSV_COLUMNS`): numbers as
    numbers, ``""`` where there is none -- the workbook's too (:func:`write_xlsx`)."""
    for f in result.findings:
        src = f.src_span or ("", "")
        tgt = f.tgt_span or ("", "")
        u = _unit(result, f.unit)
        yield [
            f.unit, f.code, f.severity.value, f.message, f.source_term or "",
            " | ".join(f.expected), f.found or "", src[0], src[1], tgt[0], tgt[1], f.group or "",
            *((f.origin.document, f.origin.unit) if f.origin else ("", "")),
            (u.label or "") if u else "", u.source if u else "", u.target if u else "",
            f.note or "", f.rendering or "",
            *("" if p is None else p for p in (u.paragraphs if u and u.paragraphs
                                               else (None, None))),
            *(cue_fields(u).get(k, "") for k in ("src_cue", "src_time", "tgt_cue",
                                                 "tgt_time")),
        ]


# Column widths of the findings workbook: the message and the unit's texts are read.
_XLSX_WIDTHS = {"D": 60, "O": 12, "P": 50, "Q": 50, "R": 30}


def write_xlsx(rows: Iterable[Sequence[str | int]], path: str | os.PathLike[str], *,
               creation_date: datetime | None = None) -> None:
    """Findings as an Excel workbook laid out as the CSV: a header row of
    :data:`CSV_COLUMNS`, then ``rows`` (:func:`csv_rows`, or a collection's), numbers as
    number cells and texts as text cells, never formulas
    (:func:`aligner.formats.xlsx.write_sheet`); dated ``creation_date`` (default: now),
    so the same findings and date give the same bytes."""
    from aligner.formats.xlsx import write_sheet

    write_sheet(path, "findings", itertools.chain([CSV_COLUMNS], rows), widths=_XLSX_WIDTHS,
                creation_date=creation_date)


def summary_line(result: CheckResult, *, units: int) -> str:
    """``5 findings in 6 units: 3 errors, 2 warnings, 0 info``: the text output's first
    line, and what ``check -o`` says it wrote."""
    s = _summary(result, units)
    return (f"{count(len(result.findings), 'finding')} in {count(units, 'unit')}: "
            f"{count(s['error'], 'error')}, {count(s['warning'], 'warning')}, {s['info']} info")


# The checks that read a language's number words (its numbers.tsv): the first two run
# only where both languages have them, the last reads digits only without them.
_NUMBER_WORD_CHECKS = ("weekday-mismatch", "range-order", "number-mismatch")


def number_words_notice(langs: Iterable[str], disabled: Iterable[str] = ()) -> str | None:
    """The line that names the languages without number words (no ``numbers.tsv``:
    Swedish, Galician, ...) and the checks they left out, and those whose ``numbers.tsv``
    names no weekday (Indonesian, Turkish, ...), or None: a run without ``weekday-mismatch``
    findings is not to be read as weekdays checked."""
    langs = list(dict.fromkeys(langs))
    missing = [lang for lang in langs if get_profile(lang).data_text(NUMBERS_DATA) is None]
    dayless = [lang for lang in langs
               if lang not in missing and not number_words(lang).weekdays]
    off = set(disabled)
    skipped = [code for code in _NUMBER_WORD_CHECKS[:2] if code not in off]
    said = [f"{' and '.join(skipped)} did not run"] if skipped else []
    if _NUMBER_WORD_CHECKS[2] not in off:
        said.append(f"{_NUMBER_WORD_CHECKS[2]} read only the digits there (no month names, "
                    "magnitude words or numbers in words)")
    lines = [f"No number words for {', '.join(missing)}: {'; '.join(said)}."] if (
        missing and said) else []
    if dayless and _NUMBER_WORD_CHECKS[0] not in off:
        lines.append(f"No weekday names for {', '.join(dayless)}: "
                     f"{_NUMBER_WORD_CHECKS[0]} did not run.")
    return " ".join(lines) or None


def names_notice(langs: Iterable[str], disabled: Iterable[str] = ()) -> str | None:
    """The line that names the languages whose names name-mismatch does not read (one
    that capitalises its nouns without a ``person_names.txt``: Luxembourgish), or None."""
    unread = [lang for lang in dict.fromkeys(langs) if not reads_names(lang)]
    if not unread or "name-mismatch" in set(disabled):
        return None
    return f"No name words for {', '.join(unread)} (nouns capitalised): name-mismatch did not run."


def to_text(result: CheckResult, *, units: int) -> str:
    """A table grouped by severity and code, then the terms rendered several ways."""
    lines = [summary_line(result, units=units)]
    if result.settings.get("glossary_used") is False:
        lines.append("No glossary used: term-missing, term-forbidden and term-inconsistent "
                     "did not run.")
    elif result.settings.get("glossary"):  # the default ./glossary.tsv is read unasked
        lines.append(f"Glossary: {result.settings['glossary']}")
    langs = [result.settings.get("src_lang"), result.settings.get("tgt_lang")]
    if notice := number_words_notice([lang for lang in langs if lang],
                                     result.settings.get("disabled", ())):
        lines.append(notice)
    if notice := names_notice([lang for lang in langs if lang],
                              result.settings.get("disabled", ())):
        lines.append(notice)
    if notice := negations_notice([lang for lang in langs if lang],
                                  result.settings.get("disabled", ())):
        lines.append(notice)
    groups: dict[tuple[Severity, str], list[Finding]] = defaultdict(list)
    for f in result.findings:
        groups[(f.severity, f.code)].append(f)
    for (severity, code), found in sorted(
        groups.items(), key=lambda kv: (-kv[0][0].rank, CODE_ORDER[kv[0][1]])
    ):
        lines.append("")
        lines.append(f"{severity.value.upper()}  {code} ({len(found)})")
        for f in found:
            u = _unit(result, f.unit)
            lines.append(f"  {unit_name(f.unit, u, f.origin)}  {f.message}")
            if f.note is not None:
                lines.append(f"      note: {f.note}")
            if u is not None:
                lines.append(f"      src: {excerpt(u.source)}")
                lines.append(f"      tgt: {excerpt(u.target)}")
    inconsistent = {f.source_term for f in result.findings if f.code == "term-inconsistent"}
    varied = [r for r in result.renderings if r.term in inconsistent]
    if varied:
        lines.append("")
        lines.append("Inconsistent terms (units per rendering):")
        for r in varied:
            lines.append(f"  {r.term}: " + ", ".join(
                f"{x.text} ×{x.count}" + (" (forbidden)" if x.status is TermStatus.FORBIDDEN
                                           else "") for x in r.renderings))
    return "\n".join(lines) + "\n"


def render_findings(result: CheckResult, *, fmt: OutputFormat, units: int,
                    inputs: Sequence[str] = ()) -> str:
    """A check result as text, JSON or CSV (HTML is the review page of
    :mod:`aligner.report`); ``inputs``, the files checked, go into the JSON."""
    if fmt is OutputFormat.JSON:
        return to_json(result, units=units, inputs=inputs)
    if fmt is OutputFormat.CSV:
        return to_csv(result)
    if fmt is OutputFormat.TEXT:
        return to_text(result, units=units)
    if fmt is OutputFormat.XLSX:
        raise ConfigError("a workbook is no text: write it with write_findings (a file)")
    raise ConfigError("write HTML with aligner.report (ReportData + render_report)")


def write_findings(
    result: CheckResult, path: str | os.PathLike[str], *, fmt: OutputFormat, units: int,
    inputs: Sequence[str] = (), creation_date: datetime | None = None,
) -> None:
    """Write a check result as text, JSON, CSV or a workbook (dated ``creation_date``,
    default now), atomically (no partial file)."""
    if fmt is OutputFormat.XLSX:
        write_xlsx(csv_rows(result), path, creation_date=creation_date)
        return
    text = render_findings(result, fmt=fmt, units=units, inputs=inputs)
    with atomic_write(path) as fh:
        fh.write(text)
