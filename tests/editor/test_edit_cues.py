"""A text edit in the editor keeps a subtitle side's cues, their spans cut to the new
text, so the saved alignment reads back."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from aligner.editor.edits import Edit, Op, apply_change, plan
from aligner.formats.alignment_json import read_alignment_json, write_alignment_json
from aligner.model import Alignment, Bead, Side, SubtitleCue


def test_a_text_edit_cuts_the_cue_spans_to_the_new_text(tmp_path: Path) -> None:
    al = Alignment(("Hola.", "Adiós."), ("Hello there.", "Goodbye."),
                   (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9)), "es", "en")
    cue0 = SubtitleCue(0, "1", 1.0, 2.0, (0, 12), ("Hello there.",))
    cue1 = SubtitleCue(1, "2", 2.5, 4.0, (0, 8), ("Goodbye.",))
    al = replace(al, tgt_cues=((cue0,), (cue1,)))
    out = apply_change(al, plan(al, Edit(Op.TEXT, 0, Side.TARGET, ("Hi.",)),
                                datetime(2026, 12, 7, tzinfo=UTC)))
    # the cue stays the file's (number, times, lines); only its span is cut to "Hi."
    assert out.tgt_cues == ((replace(cue0, span=(0, 3)),), (cue1,))
    saved = tmp_path / "a.json"
    write_alignment_json(out, saved)
    assert read_alignment_json(saved).tgt_cues == out.tgt_cues
