"""aligner search: a query in capitals that finds nothing says why (cli/search.py)."""

from __future__ import annotations

from pathlib import Path

from tests.collection.conftest import run

_HINT = "a query in capitals matches capitals only (as an acronym)"


def test_a_word_in_capitals_that_finds_nothing_says_what_to_type(collection: Path) -> None:
    """HUELGA, copied from a heading, is read as an acronym and finds nothing; huelga
    finds it, and the count line says so."""
    code, out, stderr = run("search", str(collection), "HUELGA")
    assert code == 0, stderr
    assert out == ""
    assert stderr.strip().splitlines()[-1] == (
        f"0 units: {_HINT}; search huelga for the word in any case")
    code, _, stderr = run("search", str(collection), "VÍA CHILENA")
    assert stderr.strip().splitlines()[-1].endswith('search "vía chilena" for the word in '
                                                    "any case")


def test_capitals_that_find_nothing_in_any_case_say_only_the_count(collection: Path) -> None:
    code, _, stderr = run("search", str(collection), "ZZTOP")
    assert code == 0, stderr
    assert stderr.strip().splitlines()[-1] == "0 units"
    code, _, stderr = run("search", str(collection), "huelga")
    assert _HINT not in stderr
