"""A term base of more than two languages written whole (``glossary export``, ``glossary
import``), and glossaries as ``.xlsx`` workbooks.

A term base is a glossary file of one source language and several translations: a TSV,
CSV or ``.xlsx`` header of more languages (``en  es  fr  de  status  note``, rows that
leave other languages' cells empty) or a TBX whose concepts hold more than two language
sets.  The readers give one pair of it (:attr:`aligner.model.Glossary.languages` names
the rest); :func:`term_base_pairs` reads the source into each language, and the writers
here put the pairs back together: TBX as a language set for each language of a concept
(:func:`aligner.formats.tbx.write_tbx`), TSV, CSV and ``.xlsx`` as the reader's layout, a
row for each row of the file read (its line), holding a term in each language it had;
from a TBX, which has no rows, a row for each source term and status of a concept.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Sequence
from dataclasses import replace

from aligner import __version__
from aligner.errors import ConfigError
from aligner.fileio import atomic_write
from aligner.formats.glossaries import GlossaryFormat, read_glossary
from aligner.formats.glossary_common import concepts, one_line
from aligner.glossary import case_cell
from aligner.lang import validate_tag
from aligner.model import Glossary


def term_base_pairs(path: str | os.PathLike[str], first: Glossary, *,
                    encoding: str = "utf-8",
                    warn: Callable[[str], None] | None = None) -> list[Glossary]:
    """The source of a term base read into each other language of it, in the file's
    order; ``first`` is the pair read of it (its first two languages).  Of a TBX each
    language set is read as its own language, no set of another region standing in for
    a missing one (:func:`aligner.formats.tbx.read_tbx`, ``exact``), and ``warn`` is
    told what the whole leaves out (a concept with no term but the source's, a
    ``partOfSpeech``: :class:`aligner.formats.tbx_left_out.WholeNote`)."""
    from aligner.formats.glossaries import glossary_format_of

    source, *targets = first.languages
    if glossary_format_of(path) not in (GlossaryFormat.TBX, GlossaryFormat.TBX3):
        return [first, *(read_glossary(path, src_lang=first.src_lang, tgt_lang=lang,
                                       encoding=encoding) for lang in targets[1:])]
    from aligner.formats.tbx import read_tbx
    from aligner.formats.tbx_left_out import WholeNote, WholeNotes
    from aligner.glossary import without_repeats

    said = WholeNotes()
    pairs = [without_repeats(read_tbx(path, src_lang=source, tgt_lang=lang, exact=True,
                                      warn=said if k == 0 else None), duplicates=True)
             for k, lang in enumerate(targets)]
    for message in said:  # the first pair's: what no pair has is the same in each
        text = message.whole if isinstance(message, WholeNote) else message
        if warn is not None and text and not text.startswith(OTHER_LANGUAGES):
            warn(text)
    return pairs


#: The start of the line of a TBX's languages that a pair leaves out.
OTHER_LANGUAGES = "left out the terms in "


#: The formats a term base of more than two languages is written in whole
#: (:func:`write_term_base`); OmegaT's glossary has a pair of languages.
TERM_BASE_FORMATS = (GlossaryFormat.TBX, GlossaryFormat.TBX3, GlossaryFormat.TSV,
                     GlossaryFormat.CSV, GlossaryFormat.XLSX)


def write_term_base(pairs: Sequence[Glossary], path: str | os.PathLike[str], *,
                    fmt: GlossaryFormat, by_line: bool = True) -> int:
    """Write a term base whole -- ``pairs``, its source into each of its languages
    (:func:`term_base_pairs`) -- in ``fmt``, one of
    :data:`TERM_BASE_FORMATS`; return the number of concepts (TBX) or rows.  Languages
    are written as BCP 47 tags, as by :func:`aligner.formats.glossaries.write_glossary`;
    ``by_line``: the pairs were read from rows (TSV, CSV, ``.xlsx``), which a row of TSV,
    CSV or ``.xlsx`` keeps (:func:`term_base_rows`)."""
    from aligner.formats import tbx

    pairs = [replace(g, src_lang=validate_tag(g.src_lang, what=f"{g.path}: source language"),
                     tgt_lang=validate_tag(g.tgt_lang, what=f"{g.path}: target language"))
             for g in pairs]
    if fmt in (GlossaryFormat.TBX, GlossaryFormat.TBX3):
        version = tbx.TbxVersion.V3 if fmt is GlossaryFormat.TBX3 else tbx.TbxVersion.V2
        return tbx.write_tbx(pairs[0], path, version=version, more=pairs[1:])
    writers = {GlossaryFormat.TSV: write_term_base_tsv,
               GlossaryFormat.CSV: write_term_base_csv,
               GlossaryFormat.XLSX: write_term_base_xlsx}
    if fmt not in writers:
        raise ConfigError(f"a term base of more than two languages is not written as "
                          f"{fmt.value}: it holds one language pair")
    return writers[fmt](pairs, path, by_line=by_line)


def term_base_rows(pairs: Sequence[Glossary], *, by_line: bool = True) -> list[list[str]]:
    """The header (the languages, ``status``, ``note``, and ``case`` and ``pos`` when a row
    needs them) and the rows.  ``by_line`` (a TSV, CSV or ``.xlsx`` read): a row for each row of the
    file, the entries of one line put together (source term, status, note and case are
    the row's, in every pair), in the order of the lines.  Otherwise (a TBX, which has
    no rows) each rendering goes in the first row of its source term, status, note and
    case that has none in its language yet: a concept's terms of one status share a
    row.  Either way each row reads back as the renderings it was made of."""
    rows: list[list[str]] = []
    lines: list[int] = []  # each row's place: its line, or its concept's
    free: dict[object, list[int]] = {}  # a row's key -> the rows of that key
    width = len(pairs)
    concept = {source: i for i, (source, _) in enumerate(concepts(
        e for g in pairs for e in g.entries))}
    for k, g in enumerate(pairs):
        for e in g.entries:
            case = case_cell(e)
            key = (e.source, e.status, e.note, case, e.pos, e.line if by_line else 0)
            at = next((i for i in free.get(key, ()) if not rows[i][1 + k]), None)
            if at is None or (by_line and not e.line):
                at = len(rows)
                rows.append([e.source, *[""] * width, e.status.value, e.note, case, e.pos])
                lines.append(e.line if by_line else concept[e.source])
                free.setdefault(key, []).append(at)
            rows[at][1 + k] = e.target
    ordered = [rows[i] for i in sorted(range(len(rows)), key=lines.__getitem__)]
    # the case and pos columns, as the pair's TSV writes them: each when a row needs it
    kept = [n for n in (-2, -1) if any(row[n] for row in ordered)]
    header = [pairs[0].src_lang, *(g.tgt_lang for g in pairs), "status", "note"]
    header += ["case" if n == -2 else "pos" for n in kept]
    return [header, *(row[:-2] + [row[n] for n in kept] for row in ordered)]


def write_term_base_tsv(pairs: Sequence[Glossary], path: str | os.PathLike[str], *,
                        by_line: bool = True) -> int:
    """Write the term base as the project's TSV; return the number of rows."""
    header, *rows = term_base_rows(pairs, by_line=by_line)
    with atomic_write(path) as fh:
        fh.write("\t".join(header) + "\n")
        fh.write(f"# written by aligner {__version__} from {one_line(pairs[0].path)}\n")
        for row in rows:
            fh.write("\t".join(one_line(c) for c in row) + "\n")
    return len(rows)


def write_term_base_csv(pairs: Sequence[Glossary], path: str | os.PathLike[str], *,
                        by_line: bool = True) -> int:
    """Write the term base as the glossary CSV (UTF-8 with a byte-order mark, as
    :func:`aligner.formats.glossary_csv.write_glossary_csv`); return the number of rows."""
    header, *rows = term_base_rows(pairs, by_line=by_line)
    with atomic_write(path) as fh:
        fh.write("\ufeff")
        writer = csv.writer(fh, dialect="excel", lineterminator="\r\n")
        writer.writerows([header, *rows])
    return len(rows)


def write_term_base_xlsx(pairs: Sequence[Glossary], path: str | os.PathLike[str], *,
                        by_line: bool = True) -> int:
    """Write the term base as an ``.xlsx`` workbook laid out as the CSV (one sheet, the
    header row frozen; :func:`aligner.formats.xlsx.write_sheet`); return the rows."""
    from aligner.formats.xlsx import write_sheet

    header, *rows = term_base_rows(pairs, by_line=by_line)
    widths = {chr(ord("A") + i): 30 for i in range(len(pairs) + 1)}
    widths[chr(ord("A") + len(pairs) + 2)] = 40  # the note
    write_sheet(path, "glossary", [header, *rows], widths=widths)
    return len(rows)


def write_glossary_xlsx(glossary: Glossary, path: str | os.PathLike[str]) -> int:
    """Write a glossary of two languages as an ``.xlsx`` workbook: the CSV's columns
    (:func:`aligner.formats.glossary_csv.write_glossary_csv`: ``case`` and ``pos`` when a
    row needs them), a row per entry; return the number of rows."""
    from aligner.formats.xlsx import write_sheet

    cases = [case_cell(e) for e in glossary.entries]
    columns = {"case": cases, "pos": [e.pos for e in glossary.entries]}
    extra = [name for name, cells in columns.items() if any(cells)]  # as the CSV's
    rows = [[glossary.src_lang, glossary.tgt_lang, "status", "note", *extra],
            *([e.source, e.target, e.status.value, e.note, *(columns[n][i] for n in extra)]
              for i, e in enumerate(glossary.entries))]
    write_sheet(path, "glossary", rows, widths={"A": 30, "B": 30, "C": 12, "D": 40})
    return len(glossary.entries)
