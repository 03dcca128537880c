"""TSV and CSV alignment files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.errors import ConfigError, EncodingError, FormatError, GlossaryError
from aligner.formats.csvfmt import load_csv, read_csv, write_csv
from aligner.formats.glossary_csv import read_glossary_csv
from aligner.formats.tsv import load_tsv, read_tsv, write_tsv
from tests.formats.conftest import SAMPLE, SAMPLE_PAIRS
from tests.formats.strategies import ANY_TEXT, one_to_one, translations


def test_tsv_layout(tmp_path: Path) -> None:
    out = tmp_path / "a.tsv"
    report = write_tsv(SAMPLE, out, min_score=0.5)
    assert (report.units_written, report.below_min_score) == (4, 1)
    assert out.read_bytes().decode("utf-8") == (
        "Tom & Jerry <dibujos>.\tTom & Jerry <cartoons>.\t0.9800\n"
        "Dijo \"hola\" y 'adiós'.\tHe said \"hello\" and 'bye'.\t0.9100\n"
        "Primera mitad. Segunda mitad.\tBoth halves.\t0.7500\n"
        "Ελληνικά και 中文 😀.\tGreek and Chinese 😀 العربية.\t0.8800\n"
    )


def test_tsv_escapes(tmp_path: Path) -> None:
    out = tmp_path / "a.tsv"
    write_tsv(one_to_one([("a\tb\nc", "d\\e\rf")]), out)
    assert out.read_bytes() == b"a\\tb\\nc\td\\\\e\\rf\t0.5000\n"
    assert [(u.source, u.target, dict(u.props)) for u in read_tsv(out)] == [
        ("a\tb\nc", "d\\e\rf", {"x-score": "0.5000"})
    ]


@settings(max_examples=300, deadline=None)
@given(pairs=st.lists(st.tuples(ANY_TEXT, ANY_TEXT), max_size=8))
def test_tsv_round_trip_any_text(
    tmp_path_factory: pytest.TempPathFactory, pairs: list[tuple[str, str]]
) -> None:
    out = tmp_path_factory.mktemp("rt") / "rt.tsv"
    write_tsv(one_to_one(pairs), out)
    assert [(u.source, u.target) for u in read_tsv(out)] == translations(pairs)


def test_tsv_crlf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "crlf.tsv"
    path.write_bytes(b"uno\tone\t0.5\r\ndos\\r\ttwo\r\n")
    assert [(u.source, u.target, dict(u.props)) for u in read_tsv(path)] == [
        ("uno", "one", {"x-score": "0.5"}),
        ("dos\r", "two", {}),
    ]


def test_tsv_leading_bom_in_text_survives(tmp_path: Path) -> None:
    out = tmp_path / "a.tsv"
    write_tsv(one_to_one([("\ufeffa", "b")]), out)
    assert [(u.source, u.target) for u in read_tsv(out)] == [("\ufeffa", "b")]


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ("a\tb\t0.5\nonly one\n", 2, "found 1"),
        ("a\tb\tc\td\n", 1, "found 4"),
    ],
)
def test_tsv_bad_lines(tmp_path: Path, content: str, line: int, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match=message) as info:
        read_tsv(path)
    assert info.value.line == line


def test_tsv_needs_languages_to_load(tmp_path: Path) -> None:
    path = tmp_path / "a.tsv"
    path.write_text("a\tb\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="pass --src-lang and --tgt-lang"):
        load_tsv(path)
    assert load_tsv(path, src_lang="es", tgt_lang="en").src_lang == "es"


@pytest.mark.parametrize("first", ["es\ten", "ES-es\tEN_us", "Spanish\tEnglish",
                                   "español\tinglés", "Source\tTarget", "es\ten\tscore"])
def test_a_tsv_header_row_naming_the_columns_is_no_unit(tmp_path: Path, first: str) -> None:
    path = tmp_path / "excel.tsv"
    path.write_text(f"{first}\nHola.\tHello.\n", encoding="utf-8")
    loaded = load_tsv(path, src_lang="es", tgt_lang="en")
    assert [(u.source, u.target, u.index) for u in loaded.units] == [("Hola.", "Hello.", 1)]
    assert loaded.header_row == first


@pytest.mark.parametrize("first", ["en\tes", "Hola\tHello", "es\ten\t0.5", "Source\tSource"])
def test_a_first_row_that_names_no_column_is_a_unit(tmp_path: Path, first: str) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text(f"{first}\nHola.\tHello.\n", encoding="utf-8")
    loaded = load_tsv(path, src_lang="es", tgt_lang="en")
    assert (len(loaded.units), loaded.header_row) == (2, "")


def test_csv_layout(tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    write_csv(SAMPLE, out, min_score=0.8)
    assert out.read_bytes().decode("utf-8") == (
        "\ufeffes,en,score\r\n"
        "Tom & Jerry <dibujos>.,Tom & Jerry <cartoons>.,0.9800\r\n"
        '"Dijo ""hola"" y \'adiós\'.","He said ""hello"" and \'bye\'.",0.9100\r\n'
        "Ελληνικά και 中文 😀.,Greek and Chinese 😀 العربية.,0.8800\r\n"
    )


def test_csv_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    write_csv(SAMPLE, out)
    loaded = load_csv(out)
    assert [(u.source, u.target) for u in loaded.units] == SAMPLE_PAIRS
    assert (loaded.src_lang, loaded.tgt_lang) == ("es", "en")


@settings(max_examples=200, deadline=None)
@given(pairs=st.lists(st.tuples(ANY_TEXT, ANY_TEXT), max_size=6))
def test_csv_round_trip(
    tmp_path_factory: pytest.TempPathFactory, pairs: list[tuple[str, str]]
) -> None:
    out = tmp_path_factory.mktemp("rt") / "rt.csv"
    write_csv(one_to_one(pairs), out)
    assert [(u.source, u.target) for u in read_csv(out)] == translations(pairs)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty file"),
        ("es\n", "two language columns"),
        ("es,en\na,b,c,d\n", "found 4"),
        ('es,en\n"open,b\n', "malformed CSV"),
    ],
)
def test_csv_bad_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match=message):
        read_csv(path)


@pytest.mark.parametrize("read", ["units", "glossary"])
def test_a_quote_never_closed_is_named_where_it_opens(tmp_path: Path, read: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text('es,en\nuno,"one\ntwo"\ndos,two\n"tres,three\ncuatro,four\n'
                    "cinco,five\n", encoding="utf-8")
    with pytest.raises((FormatError, GlossaryError)) as info:
        read_csv(path) if read == "units" else read_glossary_csv(path)
    assert (info.value.line, info.value.message) == (
        5, "malformed CSV: a quoted cell opens in this row and is never closed")


def test_a_cell_with_a_line_break_keeps_the_line_numbers_of_the_rows_after_it(
        tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text('es,en\nuno,"one\ntwo"\ndos,two,x\n', encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_csv(path)
    assert info.value.line == 4


def test_csv_language_check(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("es-ES,en\nuno,one\n", encoding="utf-8")
    assert len(read_csv(path, src_lang="es", tgt_lang="en")) == 1
    with pytest.raises(FormatError, match="languages present: es-ES, en"):
        read_csv(path, src_lang="fr")


def test_csv_with_semicolons_as_excel_writes_it_where_the_comma_is_decimal(
        tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(b"es;en;score\r\nHola, mundo.;Hello, world.;0,5\r\nDos;Two\r\n")
    loaded = load_csv(path)
    assert (loaded.src_lang, loaded.tgt_lang) == ("es", "en")
    assert [(u.source, u.target) for u in loaded.units] == [("Hola, mundo.", "Hello, world."),
                                                           ("Dos", "Two")]
    assert [dict(u.props) for u in loaded.units] == [{"x-score": "0.5"}, {}]


def test_a_utf16_pair_file_without_a_mark_names_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.tsv"
    path.write_bytes("Hola.\tHello.\nAdiós.\tBye.\n".encode("utf-16-le"))
    with pytest.raises(EncodingError) as info:
        read_tsv(path)
    assert str(info.value).endswith("if it is UTF-16 text without a byte-order mark, pass "
                                    "--encoding utf-16le")
    units = load_tsv(path, src_lang="es", tgt_lang="en", encoding="utf-16le").units
    assert [(u.source, u.target) for u in units] == [("Hola.", "Hello."), ("Adiós.", "Bye.")]
