"""What aligner batch says of a run: a warning said of many pairs is said once."""

from __future__ import annotations

import pytest

from aligner.cli.batch_report import tell_summary
from aligner.collection.batch import BatchSummary

DECLARED = ("SRC declares en-US (<w:lang w:val=\"en-US\"/> in word/styles.xml), not es, the "
            "name of its folder (es/): read as es")


def _told(summary: BatchSummary, capsys: pytest.CaptureFixture[str]) -> list[str]:
    tell_summary(summary, db="c.db", force=False)
    return [line for line in capsys.readouterr().err.splitlines()
            if "pairs aligned" not in line and "pair aligned" not in line]


def test_one_warning_of_many_pairs_is_one_line_naming_them(
        capsys: pytest.CaptureFixture[str]) -> None:
    summary = BatchSummary(pairs=3, aligned=3, warnings=[
        ("catalogo", (DECLARED,)), ("cartelas", (DECLARED, "TGT: 2 lines left out")),
        ("prensa", (DECLARED,))])
    assert _told(summary, capsys) == [
        f"aligner: warning: catalogo, cartelas, prensa: {DECLARED}",
        "aligner: warning: cartelas: TGT: 2 lines left out"]


def test_many_pairs_are_named_five_then_counted(capsys: pytest.CaptureFixture[str]) -> None:
    names = [f"label{k}" for k in range(8)]
    summary = BatchSummary(pairs=8, aligned=8, warnings=[(n, (DECLARED,)) for n in names])
    assert _told(summary, capsys) == [
        f"aligner: warning: label0, label1, label2, label3, label4 and 3 more: {DECLARED}"]


def test_past_ten_lines_the_rest_are_counted(capsys: pytest.CaptureFixture[str]) -> None:
    summary = BatchSummary(pairs=12, aligned=12, warnings=[
        (f"doc{k}", (f"TGT: {k + 1} lines left out",)) for k in range(12)])
    told = _told(summary, capsys)
    assert len(told) == 11 and told[0] == "aligner: warning: doc0: TGT: 1 lines left out"
    assert told[-1] == ("aligner: and 2 more warnings of 2 pairs: every pair's are in the "
                        "warnings column of the documents table")
