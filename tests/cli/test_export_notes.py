"""``aligner export --note-flagged LEVEL``: the findings of the checks written as notes
on the units they are about, for a translator to correct (an XLIFF handed back)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tests.cli.test_export_flagged import CLEAN, ENGLISH, run, saved, tmx_units

# a planted number error: 25 -> 250
NUMBER = ("The fee is 25 euros a month.", "La tarifa es de 250 euros al mes.")
NUMBER_NOTE = ("ERROR number-mismatch: numbers differ: 25 missing in the target; "
               "250 not in the source")
# a rate's "per kg" dropped: a warning of unit-mismatch, since the rest may be in words
# (mg -> µg, °C -> °F: an amount changed, an error: tests/check/test_number_context.py)
MICRO = ("The dose is 5 mg/kg.", "La dosis es de 5 mg.")
MICRO_NOTE = "WARNING unit-mismatch: units differ: 5 mg/kg in the source, 5 mg in the target"

X2 = "urn:oasis:names:tc:xliff:document:2.0"
X12 = "urn:oasis:names:tc:xliff:document:1.2"


def xliff2_notes(path: Path) -> dict[str, list[tuple[str | None, str | None, str | None]]]:
    """Each unit's source and its notes (category, priority, text), from the file."""
    out = {}
    for unit in etree.parse(str(path)).iter(f"{{{X2}}}unit"):
        source = unit.findtext(f"{{{X2}}}segment/{{{X2}}}source")
        assert source is not None
        out[source] = [(n.get("category"), n.get("priority"), n.text)
                       for n in unit.iterfind(f"{{{X2}}}notes/{{{X2}}}note")]
    return out


def test_xliff2_a_planted_number_error_is_one_note(tmp_path: Path) -> None:
    pair = saved(tmp_path / "pair.json", [CLEAN, NUMBER])
    out = tmp_path / "out.xlf"
    code, _, stderr = run("export", str(pair), "-o", str(out), "--note-flagged", "warning",
                          "--no-glossary")
    assert code == 0, stderr
    assert xliff2_notes(out) == {CLEAN[0]: [],
                                 NUMBER[0]: [("number-mismatch", "1", NUMBER_NOTE)]}
    # no notes container at all on the clean unit
    assert out.read_text(encoding="utf-8").count("<notes>") == 1
    assert "wrote 2 units to " in stderr
    assert "1 finding written as notes (--note-flagged warning)" in stderr


def test_xliff2_notes_come_before_the_segment(tmp_path: Path) -> None:
    """XLIFF 2 core: a unit's metadata (another namespace), then notes, then
    originalData, then its segments."""
    pair = saved(tmp_path / "pair.json", [NUMBER])
    out = tmp_path / "out.xlf"
    code, _, stderr = run("export", str(pair), "-o", str(out), "--note-flagged", "error",
                          "--no-glossary")
    assert code == 0, stderr
    (unit,) = etree.parse(str(out)).iter(f"{{{X2}}}unit")
    assert [etree.QName(c).localname for c in unit] == ["metadata", "notes", "segment"]


def test_xliff12_note_from_aligner_in_the_trans_unit(tmp_path: Path) -> None:
    pair = saved(tmp_path / "pair.json", [CLEAN, NUMBER, MICRO])
    out = tmp_path / "out.xlf"
    code, _, stderr = run("export", str(pair), "-o", str(out), "--format", "xliff12",
                          "--note-flagged", "warning", "--no-glossary")
    assert code == 0, stderr
    found = {}
    for unit in etree.parse(str(out)).iter(f"{{{X12}}}trans-unit"):
        found[unit.findtext(f"{{{X12}}}source")] = [
            (n.get("from"), n.get("priority"), n.text) for n in unit.iterfind(f"{{{X12}}}note")]
    assert found == {CLEAN[0]: [], NUMBER[0]: [("aligner", "1", NUMBER_NOTE)],
                     MICRO[0]: [("aligner", "5", MICRO_NOTE)]}


def test_the_level_chooses_the_findings(tmp_path: Path) -> None:
    """--note-flagged error: the warning is no note."""
    pair = saved(tmp_path / "pair.json", [NUMBER, MICRO])
    out = tmp_path / "out.xlf"
    code, _, stderr = run("export", str(pair), "-o", str(out), "--note-flagged", "error",
                          "--no-glossary")
    assert code == 0, stderr
    assert xliff2_notes(out) == {NUMBER[0]: [("number-mismatch", "1", NUMBER_NOTE)],
                                 MICRO[0]: []}


def tmx_notes(path: Path) -> list[list[str | None]]:
    return [[n.text for n in tu.iterfind("note")] for tu in etree.parse(str(path)).iter("tu")]


def test_tmx_note_on_the_tu_and_kept_once_through_a_memory(tmp_path: Path) -> None:
    pair = saved(tmp_path / "pair.json", [CLEAN, NUMBER])
    out = tmp_path / "out.tmx"
    code, _, stderr = run("export", str(pair), "-o", str(out), "--note-flagged", "error",
                          "--no-glossary")
    assert code == 0, stderr
    assert tmx_notes(out) == [[], [NUMBER_NOTE]]
    # the memory exported again, TMX to TMX: its tu kept as read, the note not doubled
    again = tmp_path / "again.tmx"
    code, _, stderr = run("export", str(out), "-o", str(again), "--note-flagged", "error",
                          "--no-glossary")
    assert code == 0, stderr
    assert tmx_notes(again) == [[], [NUMBER_NOTE]]
    assert "0 findings written as notes" in stderr


def test_a_memory_read_as_units_gets_its_notes(tmp_path: Path) -> None:
    """A TMX of another tool (kept tu as read) and a TSV file (fresh units)."""
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("".join(f"{s}\t{t}\n" for s, t in (NUMBER, CLEAN)), encoding="utf-8")
    out = tmp_path / "out.tmx"
    code, _, stderr = run("export", str(pairs), "-o", str(out), "--src-lang", "en",
                          "--tgt-lang", "es", "--note-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    assert tmx_notes(out) == [[NUMBER_NOTE], []]
    memory = tmp_path / "memory.tmx"
    memory.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" '
        'datatype="plaintext"/><body><tu tuid="a"><note>from the vendor</note><tuv '
        f'xml:lang="en"><seg>{NUMBER[0]}</seg></tuv><tuv xml:lang="es"><seg>{NUMBER[1]}'
        "</seg></tuv></tu></body></tmx>", encoding="utf-8")
    code, _, stderr = run("export", str(memory), "-o", str(out), "--note-flagged", "error",
                          "--no-glossary")
    assert code == 0, stderr
    assert tmx_notes(out) == [["from the vendor", NUMBER_NOTE]]


def test_with_leave_out_flagged_notes_are_on_the_units_kept(tmp_path: Path) -> None:
    pair = saved(tmp_path / "pair.json", [CLEAN, ENGLISH, MICRO])
    out = tmp_path / "out.tmx"
    code, _, stderr = run("export", str(pair), "-o", str(out), "--leave-out-flagged", "error",
                          "--note-flagged", "warning", "--no-glossary")
    assert code == 0, stderr
    assert tmx_units(out) == [CLEAN, MICRO]
    assert tmx_notes(out) == [[], [MICRO_NOTE]]
    assert ("1 finding written as notes (--note-flagged warning), 1 unit with an error "
            "left out (--leave-out-flagged error)") in stderr


def test_without_the_option_no_note(tmp_path: Path) -> None:
    pair = saved(tmp_path / "pair.json", [CLEAN, NUMBER])
    for name in ("out.xlf", "out.tmx"):
        code, _, stderr = run("export", str(pair), "-o", str(tmp_path / name))
        assert code == 0, stderr
        assert "<note" not in (tmp_path / name).read_text(encoding="utf-8")
        assert "notes" not in stderr


@pytest.mark.parametrize("suffix", [".tsv", ".csv", ".json"])
def test_refused_where_a_unit_has_no_place_for_notes(tmp_path: Path, suffix: str) -> None:
    pair = saved(tmp_path / "pair.json", [CLEAN, NUMBER])
    out = tmp_path / f"out{suffix}"
    code, _, stderr = run("export", str(pair), "-o", str(out), "--note-flagged", "error")
    assert code == 2
    assert "--note-flagged writes notes to TMX and XLIFF" in stderr
    assert not out.exists()


def test_glossary_goes_with_either_option(tmp_path: Path) -> None:
    pair = saved(tmp_path / "pair.json", [CLEAN, NUMBER])
    code, _, stderr = run("export", str(pair), "-o", str(tmp_path / "o.xlf"), "--no-glossary")
    assert code == 2
    assert "--no-glossary goes with --leave-out-flagged LEVEL or --note-flagged LEVEL" in stderr


def test_untranslated_source_gets_its_omission_note(tmp_path: Path) -> None:
    """--untranslated writes a source left without a translation as a unit to fill in;
    the check's finding about it goes with it."""
    from aligner.formats.alignment_json import write_alignment_json
    from aligner.model import Alignment, Bead

    pair = tmp_path / "pair.json"
    write_alignment_json(Alignment((CLEAN[0], "The deposit is refundable."), (CLEAN[1],),
                                   (Bead((0,), (0,), 0.9), Bead((1,), (), 0.0)), "en", "es"),
                         pair)
    out = tmp_path / "out.xlf"
    code, _, stderr = run("export", str(pair), "-o", str(out), "--untranslated",
                          "--note-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    notes = xliff2_notes(out)
    assert notes[CLEAN[0]] == []
    ((category, priority, text),) = notes["The deposit is refundable."]
    assert (category, priority) == ("empty-target", "1")
    assert text is not None and text.startswith("ERROR empty-target: ")


def test_a_collection_notes_its_findings(tmp_path: Path) -> None:
    src, tgt = tmp_path / "en", tmp_path / "es"
    src.mkdir()
    tgt.mkdir()
    (src / "a.en.txt").write_text(f"{CLEAN[0]}\n\n{NUMBER[0]}\n", encoding="utf-8")
    (tgt / "a.es.txt").write_text(f"{CLEAN[1]}\n\n{NUMBER[1]}\n", encoding="utf-8")
    (src / "b.en.txt").write_text(f"{NUMBER[0]}\n", encoding="utf-8")
    (tgt / "b.es.txt").write_text(f"{NUMBER[1]}\n", encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(src), str(tgt), "--src-lang", "en", "--tgt-lang", "es",
                          "--db", str(db), "--jobs", "1", "--no-glossary")
    assert code == 0, stderr
    out = tmp_path / "all.xlf"
    code, _, stderr = run("export", str(db), "-o", str(out), "--note-flagged", "error",
                          "--no-glossary")
    assert code == 0, stderr
    files = etree.parse(str(out)).getroot().findall(f"{{{X2}}}file")
    assert [[[n.text for n in u.iterfind(f"{{{X2}}}notes/{{{X2}}}note")]
             for u in f.iter(f"{{{X2}}}unit")] for f in files] == [
        [[], [NUMBER_NOTE]], [[NUMBER_NOTE]]]
    assert "2 findings written as notes (--note-flagged error)" in stderr
    tmx = tmp_path / "b.tmx"
    code, _, stderr = run("export", str(db), "--doc", "b", "-o", str(tmx),
                          "--note-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    assert tmx_notes(tmx) == [[NUMBER_NOTE]]


def test_a_reviewed_unit_kept_with_its_error_has_the_note(tmp_path: Path) -> None:
    pair = saved(tmp_path / "pair.json", [CLEAN, ENGLISH], reviewed=1)
    out = tmp_path / "out.tmx"
    code, _, stderr = run("export", str(pair), "-o", str(out), "--leave-out-flagged", "error",
                          "--note-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    assert tmx_units(out) == [CLEAN, ENGLISH]
    assert tmx_notes(out) == [[], ["ERROR untranslated: the target is the source text, "
                                   "untranslated"]]


def test_several_inputs_each_unit_its_own_notes(tmp_path: Path) -> None:
    """Inputs checked together: a finding names its file and unit there."""
    first = saved(tmp_path / "first.json", [NUMBER, CLEAN])
    second = saved(tmp_path / "second.json", [CLEAN, NUMBER])
    out = tmp_path / "out.tmx"
    code, _, stderr = run("export", str(first), str(second), "-o", str(out),
                          "--note-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    assert tmx_notes(out) == [[NUMBER_NOTE], [], [], [NUMBER_NOTE]]


def test_a_finding_on_a_left_out_sentence_is_said_not_lost(tmp_path: Path) -> None:
    """The omitted sentence (a 1-0 bead, empty-target) has no unit without --untranslated:
    the 'wrote' line says its finding was not written, and with --untranslated it is."""
    from aligner.formats.alignment_json import write_alignment_json
    from aligner.model import Alignment, Bead

    left_out = "Never give this medicine to children."
    pair = tmp_path / "pair.json"
    write_alignment_json(Alignment((CLEAN[0], left_out), (CLEAN[1],),
                                   (Bead((0,), (0,), 0.9), Bead((1,), (), 0.9)), "en", "es"),
                         pair)
    out = tmp_path / "out.xlf"
    code, _, stderr = run("export", str(pair), "-o", str(out), "--note-flagged", "error",
                          "--no-glossary")
    assert code == 0, stderr
    assert left_out not in out.read_text(encoding="utf-8")
    assert ("0 findings written as notes (--note-flagged error); 1 finding on a source "
            "sentence without a counterpart not written (it has no unit: --untranslated "
            "writes it, with its notes, as a unit to fill in)") in stderr
    code, _, stderr = run("export", str(pair), "-o", str(out), "--note-flagged", "error",
                          "--no-glossary", "--untranslated")
    assert code == 0, stderr
    notes = xliff2_notes(out)
    assert [c for c, _, _ in notes[left_out]] == ["empty-target"]
    assert "1 finding written as notes (--note-flagged error)" in stderr
    assert "without a counterpart not written" not in stderr
