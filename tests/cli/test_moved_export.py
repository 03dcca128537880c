"""A passage the translator moved (``check``'s ``moved``) is exported as one unit -- to
TMX, XLIFF and CSV -- where the monotone alignment left it as two one-sided beads; an
omission beside an unrelated addition is still left out, and the saved alignment keeps
the one-sided beads.  Every text is written by hand."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.align import encoder as encmod
from aligner.check.moved_beads import MOVED_SIGNAL, pair_moved
from aligner.cli.main import cli
from aligner.formats import AlignmentFormat, export_alignment, load_alignment
from aligner.model import Alignment, Bead

needs_use = pytest.mark.skipif(encmod.use_model_dir() is None,
                               reason="the sentence encoder (aligner[neural]) is not installed")

SRC = ("Madeleine ouvrit la boulangerie avant l'aube.",            # 0
       "Le jour du concours, il pleuvait à verse.",                # 1 moved
       "Elle porta ses croissants sous un grand parapluie noir.",  # 2 moved
       "Le jury goûta chaque pain en silence.",                    # 3
       "Son père lui avait appris à pétrir la pâte à la main.",    # 4 left out
       "À midi, on annonça le nom de la gagnante.")                # 5
TGT = ("Madeleine opened the bakery before dawn.",                  # 0
       "The jury tasted every loaf in silence.",                    # 1
       "On the day of the competition, it was pouring with rain.",  # 2 moved
       "She carried her croissants under a large black umbrella.",  # 3 moved
       "The translator thanks the library of Manchester for its help.",  # 4 added
       "At noon, the name of the winner was announced.")            # 5
BEADS = (Bead((0,), (0,), 0.9), Bead((1, 2), (), 0.3), Bead((3,), (1,), 0.9),
         Bead((), (2, 3), 0.3), Bead((4,), (), 0.3), Bead((), (4,), 0.3),
         Bead((5,), (5,), 0.9))


def _alignment() -> Alignment:
    return Alignment(SRC, TGT, BEADS, "fr", "en", src_name="concours.fr.txt",
                     tgt_name="concours.en.txt")


@needs_use
def test_the_moved_beads_are_one_bead_at_the_source_place() -> None:
    paired, moves = pair_moved(_alignment())
    assert moves == 1
    assert [(b.src, b.tgt) for b in paired.beads] == [
        ((0,), (0,)), ((1, 2), (2, 3)), ((3,), (1,)), ((4,), ()), ((), (4,)), ((5,), (5,))]
    moved = paired.beads[1]
    assert moved.signals == {MOVED_SIGNAL: 1.0}
    assert 0.6 <= moved.score <= 1.0  # the encoder's cosine, MIN_COSINE or more


def test_without_the_encoder_nothing_is_paired() -> None:
    paired, moves = pair_moved(_alignment(), encoder="none")
    assert moves == 0 and paired.beads == BEADS


@needs_use
@pytest.mark.parametrize("suffix", ["tmx", "xlf", "csv"])
def test_export_writes_the_moved_passage_as_one_unit(tmp_path: Path, suffix: str) -> None:
    saved = tmp_path / "concours.alignment.json"
    export_alignment(_alignment(), saved, fmt=AlignmentFormat.JSON)
    out = tmp_path / f"concours.{suffix}"
    r = CliRunner().invoke(cli, ["export", str(saved), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "1 moved passage written as one unit, out of order" in r.output
    # the omission and the addition are no move: still left out, and said so
    assert "1 source sentence and 1 target sentence without a counterpart left out" in r.output
    text = out.read_text(encoding="utf-8")
    assert "pétrir" not in text and "Manchester" not in text
    if suffix == "csv":
        rows = list(csv.reader(text.splitlines()))
        pairs = [(row[0], row[1]) for row in rows[1:]]
        assert (f"{SRC[1]} {SRC[2]}", f"{TGT[2]} {TGT[3]}") in pairs
        assert len(pairs) == 4
    else:
        # source and target in one unit, in the source's order
        assert text.index(SRC[2]) < text.index(TGT[2]) < text.index(SRC[3])
        assert text.count(TGT[3]) == 1


@needs_use
def test_the_saved_alignment_keeps_the_one_sided_beads(tmp_path: Path) -> None:
    saved = tmp_path / "concours.alignment.json"
    export_alignment(_alignment(), saved, fmt=AlignmentFormat.JSON)
    out = tmp_path / "again.alignment.json"
    r = CliRunner().invoke(cli, ["export", str(saved), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "moved" not in r.output
    assert [(b.src, b.tgt) for b in load_alignment(out).beads] == [
        (b.src, b.tgt) for b in BEADS]


@needs_use
def test_with_leave_out_flagged_the_beads_stay_as_stored(tmp_path: Path) -> None:
    """The checks' findings number the beads as stored: a move is not paired then, and
    its sentences are left out (said so), not a neighbour's unit in its place."""
    saved = tmp_path / "concours.alignment.json"
    export_alignment(_alignment(), saved, fmt=AlignmentFormat.JSON)
    out = tmp_path / "concours.tmx"
    r = CliRunner().invoke(cli, ["export", str(saved), "-o", str(out), "--no-glossary",
                                 "--leave-out-flagged", "error"])
    assert r.exit_code == 0, r.output
    assert "moved passage" not in r.output
    assert "3 source sentences and 3 target sentences without a counterpart" in r.output
    text = out.read_text(encoding="utf-8")
    assert SRC[1] not in text and TGT[2] not in text
    assert SRC[0] in text and TGT[1] in text and SRC[5] in text
