"""Reading a bilingual dictionary (``--dictionary``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.align.evidence import read_dictionary
from aligner.errors import InputError


def test_pairs_comments_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "d.tsv"
    path.write_text("# es -> en\ntren\ttrain\n\n\t\n cordón industrial \t industrial belt \n",
                    encoding="utf-8")
    assert read_dictionary(str(path)) == [("tren", "train"), ("cordón industrial",
                                                             "industrial belt")]


@pytest.mark.parametrize(("line", "found"), [
    ("tren\ttrain\textra", "3 columns"), ("tren", "1 column"), ("tren\t", "an empty column"),
    ("\ttrain", "an empty column"),
])
def test_a_line_without_two_columns_names_its_line(tmp_path: Path, line: str, found: str) -> None:
    path = tmp_path / "d.tsv"
    path.write_text(f"tren\ttrain\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_dictionary(str(path))
    assert err.value.format() == (f"{path}:2: expected 'source<TAB>target' (two non-empty "
                                  f"columns), found {found}")
