"""Parallel text (formats/parallel.py): two plain files, line n the translation of line n,
named by the sides' languages; a segment's line breaks made spaces; both or neither."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.cli.main import cli
from aligner.errors import ConfigError, OutputError
from aligner.formats import AlignmentFormat, export_alignment, export_documents
from aligner.formats.alignment_json import write_alignment_json
from aligner.formats.parallel import one_line, write_parallel
from tests.formats.conftest import SAMPLE
from tests.formats.strategies import ANY_TEXT, one_to_one, translations


def _lines(path: Path) -> list[str]:
    return path.read_bytes().decode("utf-8").split("\n")


def test_two_files_one_exported_bead_a_line(tmp_path: Path) -> None:
    report = write_parallel(SAMPLE, tmp_path / "corpus", min_score=0.5)
    assert (report.units_written, report.below_min_score) == (4, 1)
    assert report.files == (str(tmp_path / "corpus.es"), str(tmp_path / "corpus.en"))
    # the 2-1 bead joined, the null beads and the weak one left out, LF after each line
    assert _lines(tmp_path / "corpus.es") == [
        "Tom & Jerry <dibujos>.", "Dijo \"hola\" y 'adiós'.", "Primera mitad. Segunda mitad.",
        "Ελληνικά και 中文 😀.", ""]
    assert _lines(tmp_path / "corpus.en") == [
        "Tom & Jerry <cartoons>.", "He said \"hello\" and 'bye'.", "Both halves.",
        "Greek and Chinese 😀 العربية.", ""]
    assert not (tmp_path / "corpus").exists()


def test_a_line_break_in_a_segment_is_a_space() -> None:
    assert one_line("Verde que te quiero verde.\nVerde viento.") == (
        "Verde que te quiero verde. Verde viento.")
    assert one_line("a\r\nb\u2028c\x0bd\x85e\u2029\u2029f") == "a b c d e f"
    assert one_line("sin salto") == "sin salto"


def test_the_region_is_in_the_file_name(tmp_path: Path) -> None:
    alignment = one_to_one([("Olá.", "Hello.")], "pt-BR", "en-GB")
    write_parallel(alignment, tmp_path / "c")
    assert (tmp_path / "c.pt-BR").read_text(encoding="utf-8") == "Olá.\n"
    assert (tmp_path / "c.en-GB").read_text(encoding="utf-8") == "Hello.\n"


def test_standard_output_and_one_language_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="two files"):
        write_parallel(SAMPLE, "-")
    with pytest.raises(ConfigError, match="both sides are en"):
        write_parallel(one_to_one([("Color.", "Colour.")], "en", "EN"), tmp_path / "c")


def test_a_failed_write_leaves_neither_file(tmp_path: Path) -> None:
    (tmp_path / "c.en").mkdir()  # the target's file cannot be written
    with pytest.raises(OutputError):
        write_parallel(SAMPLE, tmp_path / "c")
    assert not (tmp_path / "c.es").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.en"]


@settings(max_examples=60)
@given(st.lists(st.tuples(ANY_TEXT, ANY_TEXT), max_size=8))
def test_line_n_is_the_translation_of_line_n(pairs: list[tuple[str, str]]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        report = export_alignment(one_to_one(pairs), Path(tmp) / "p",
                                  fmt=AlignmentFormat.PARALLEL)
        src = (Path(tmp) / "p.es").read_bytes().decode("utf-8").split("\n")
        tgt = (Path(tmp) / "p.en").read_bytes().decode("utf-8").split("\n")
    kept = translations(pairs)
    assert report.units_written == len(kept)
    assert src == [one_line(s) for s, _ in kept] + [""]
    assert tgt == [one_line(t) for _, t in kept] + [""]


def test_a_collections_documents_one_after_the_other(tmp_path: Path) -> None:
    first = one_to_one([("Uno.", "One."), ("Dos.", "Two.")])
    second = one_to_one([("Tres.", "Three.")])
    report = export_documents([("a", first), ("b", second)], tmp_path / "all",
                              fmt=AlignmentFormat.PARALLEL, several=True)
    assert report.units_written == 3
    assert (tmp_path / "all.es").read_text(encoding="utf-8") == "Uno.\nDos.\nTres.\n"
    assert (tmp_path / "all.en").read_text(encoding="utf-8") == "One.\nTwo.\nThree.\n"


def test_export_and_align_write_it_and_say_both_files(tmp_path: Path) -> None:
    saved = tmp_path / "a.alignment.json"
    write_alignment_json(SAMPLE, saved)
    out = tmp_path / "train"
    result = CliRunner().invoke(cli, ["export", str(saved), "-o", str(out), "--format",
                                      "parallel"])
    assert result.exit_code == 0, result.output
    assert f"wrote 5 units to {out}.es and {out}.en" in result.output
    assert (tmp_path / "train.en").read_text(encoding="utf-8").count("\n") == 5
    (tmp_path / "a.es.txt").write_text("Hola.\n\nAdiós.\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("Hello.\n\nGoodbye.\n", encoding="utf-8")
    for args in (["--format", "parallel"], ["--format", "parallel", "-o", "-"]):
        refused = CliRunner().invoke(cli, ["align", str(tmp_path / "a.es.txt"),
                                           str(tmp_path / "a.en.txt"), "--encoder", "none",
                                           *args])
        assert refused.exit_code == 2 and "give -o PATH" in refused.output, refused.output
    result = CliRunner().invoke(cli, ["align", str(tmp_path / "a.es.txt"),
                                      str(tmp_path / "a.en.txt"), "--encoder", "none",
                                      "--format", "parallel", "-o", str(tmp_path / "al")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "al.es").read_text(encoding="utf-8") == "Hola.\nAdiós.\n"
    assert (tmp_path / "al.en").read_text(encoding="utf-8") == "Hello.\nGoodbye.\n"
