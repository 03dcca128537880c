"""The format registry: extensions, writers, loaders, conversions."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.errors import ConfigError, GlossaryError
from aligner.formats import (
    AlignmentFormat,
    GlossaryFormat,
    alignment_format_for_path,
    export_alignment,
    export_to_stream,
    glossary_format_for_path,
    load_alignment,
    read_glossary,
    write_glossary,
)
from aligner.formats.alignment_json import write_alignment_json
from tests._tools import assert_valid_tmx
from tests.formats.conftest import GLOSSARY, SAMPLE, SAMPLE_PAIRS


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.tmx", AlignmentFormat.TMX),
        ("A.TMX", AlignmentFormat.TMX),
        ("a.xlf", AlignmentFormat.XLIFF),
        ("a.xliff", AlignmentFormat.XLIFF),
        ("a.tsv", AlignmentFormat.TSV),
        ("a.csv", AlignmentFormat.CSV),
        ("a.json", AlignmentFormat.JSON),
    ],
)
def test_alignment_format_for_path(name: str, fmt: AlignmentFormat) -> None:
    assert alignment_format_for_path(name) is fmt


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("g.tbx", GlossaryFormat.TBX), ("g.csv", GlossaryFormat.CSV), ("g.tsv", GlossaryFormat.TSV),
     ("g.TBX3", GlossaryFormat.TBX3), ("g.xlsx", GlossaryFormat.XLSX)],
)
def test_glossary_format_for_path(name: str, fmt: GlossaryFormat) -> None:
    assert glossary_format_for_path(name) is fmt


def test_unknown_extension() -> None:
    with pytest.raises(ConfigError, match=r"a\.docx: cannot tell the alignment format .*\.tmx"):
        alignment_format_for_path("a.docx")


@pytest.mark.parametrize("suffix", [".tmx", ".xlf", ".tsv", ".csv"])
def test_every_format_converts_through_the_registry(tmp_path: Path, suffix: str) -> None:
    saved = tmp_path / "saved.json"
    write_alignment_json(SAMPLE, saved)
    out = tmp_path / f"out{suffix}"
    report = export_alignment(load_alignment(saved), out)
    assert report.units_written == len(SAMPLE_PAIRS)
    if suffix == ".tmx":
        assert_valid_tmx(out)
    again = load_alignment(out, src_lang="es", tgt_lang="en")
    pairs = [(again.src_sentences[b.src[0]], again.tgt_sentences[b.tgt[0]]) for b in again.beads]
    assert pairs == SAMPLE_PAIRS
    assert [b.score for b in again.beads] == [0.98, 0.91, 0.75, 0.88, 0.2]


def test_json_input_language_check(tmp_path: Path) -> None:
    saved = tmp_path / "saved.json"
    write_alignment_json(SAMPLE, saved)
    assert load_alignment(saved, src_lang="es-ES").src_lang == "es"
    with pytest.raises(ConfigError, match="the alignment is es -> en, not es -> fr"):
        load_alignment(saved, tgt_lang="fr")


def test_the_saved_alignment_is_written_through_the_registry(tmp_path: Path) -> None:
    """JSON keeps every bead (min_score does not apply) and reads back equal."""
    report = export_alignment(SAMPLE, tmp_path / "a.json", min_score=0.9)
    assert report.units_written == len(SAMPLE.beads)
    assert load_alignment(tmp_path / "a.json") == SAMPLE


def test_bead_files_are_written_through_the_registry(tmp_path: Path) -> None:
    from aligner.align.beadfile import read_beads

    assert alignment_format_for_path("x.align") is AlignmentFormat.BEADS
    export_alignment(SAMPLE, tmp_path / "x.align")
    assert read_beads(str(tmp_path / "x.align")) == [(b.src, b.tgt) for b in SAMPLE.beads]
    with pytest.raises(ConfigError, match="is a bead file: sentence numbers without the sentences"):
        load_alignment(tmp_path / "x.align")


@pytest.mark.parametrize("fmt", [f for f in AlignmentFormat  # PO is read only
                                 if f not in (AlignmentFormat.PARALLEL, AlignmentFormat.PO)])
def test_standard_output_gets_the_file_bytes(tmp_path: Path, fmt: AlignmentFormat) -> None:
    import io
    from datetime import UTC, datetime

    when = datetime(2026, 1, 2, tzinfo=UTC)
    export_alignment(SAMPLE, tmp_path / "file", fmt=fmt, creation_date=when)
    out = io.BytesIO()
    export_to_stream(SAMPLE, out, fmt=fmt, creation_date=when)
    assert out.getvalue() == (tmp_path / "file").read_bytes()


@pytest.mark.parametrize(
    ("fmt", "suffix"),
    [
        (GlossaryFormat.TBX, ".tbx"),
        (GlossaryFormat.TBX3, ".tbx"),
        (GlossaryFormat.CSV, ".csv"),
        (GlossaryFormat.TSV, ".tsv"),
    ],
)
def test_glossary_round_trip_through_registry(
    tmp_path: Path, fmt: GlossaryFormat, suffix: str
) -> None:
    out = tmp_path / f"g{suffix}"
    write_glossary(GLOSSARY, out, fmt=fmt)
    back = read_glossary(out, fmt=fmt)
    assert [(e.source, e.target, e.status, e.note) for e in back.entries] == [
        (e.source, e.target, e.status, e.note) for e in GLOSSARY.entries
    ]


def test_omegat_glossary_reads_back_with_its_languages(tmp_path: Path) -> None:
    """OmegaT's TSV has no header: it reads back only with the languages given, and its
    comment labels give the status back."""
    out = tmp_path / "g.txt"
    write_glossary(GLOSSARY, out, fmt=GlossaryFormat.OMEGAT, include_forbidden=True)
    with pytest.raises(GlossaryError, match="does not say its languages"):
        read_glossary(out)
    back = read_glossary(out, src_lang="es", tgt_lang="en")
    assert [(e.source, e.target, e.status, e.note) for e in back.entries] == [
        (e.source, e.target, e.status, e.note) for e in GLOSSARY.entries
    ]


def test_xlsx_glossaries_are_written_and_read_back(tmp_path: Path) -> None:
    """.xlsx was read only; glossary export writes it now (walk 7, item 8)."""
    from aligner.formats import read_glossary

    out = tmp_path / "g.xlsx"
    assert write_glossary(GLOSSARY, out, fmt=GlossaryFormat.XLSX) == len(GLOSSARY.entries)
    back = read_glossary(out)
    assert (back.src_lang, back.tgt_lang) == (GLOSSARY.src_lang, GLOSSARY.tgt_lang)
    assert [(e.source, e.target, e.status, e.note) for e in back.entries] == [
        (e.source, e.target, e.status, e.note) for e in GLOSSARY.entries]


def test_parallel_text_is_two_files_never_standard_output() -> None:
    import io

    out = io.BytesIO()
    with pytest.raises(ConfigError, match="two files"):
        export_to_stream(SAMPLE, out, fmt=AlignmentFormat.PARALLEL)
    assert out.getvalue() == b""
