"""Findings written as notes on their units (``export --note-flagged``): the note's
text and attributes, in each writer; translate-toolkit and OmegaT read the files in
tests/formats/test_translate_toolkit.py and test_omegat.py."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lxml import etree

from aligner.formats.finding_notes import note_text
from aligner.formats.tmx import write_tmx
from aligner.formats.xliff import write_xliff
from aligner.formats.xliff12 import write_xliff12
from aligner.model import Finding, Severity
from tests.formats.conftest import SAMPLE

NUMBER = Finding("number-mismatch", Severity.ERROR, 0,
                 "numbers differ: 2 missing in the target; 3 not in the source")
TERM = Finding("term-forbidden", Severity.WARNING, 0,
               "forbidden rendering 'Acuerdo' of 'Agreement'; use 'Contrato'",
               note="legal department, 2026")
# the second bead (He said "hello"...) with an info and an error, the info first
NOTED = replace(SAMPLE, beads=tuple(
    replace(b, findings=(Finding("length-ratio", Severity.INFO, 1, "target/source length 2.1"),
                         NUMBER)) if i == 1 else b
    for i, b in enumerate(SAMPLE.beads)))
#: the notes of that bead, as written: most severe first
NOTED_TEXTS = ["ERROR number-mismatch: numbers differ: 2 missing in the target; "
               "3 not in the source", "INFO length-ratio: target/source length 2.1"]


def test_note_text_is_severity_code_message_and_the_glossary_note() -> None:
    assert note_text(NUMBER) == NOTED_TEXTS[0]
    assert note_text(TERM) == ("WARNING term-forbidden: forbidden rendering 'Acuerdo' of "
                               "'Agreement'; use 'Contrato' (glossary note: legal "
                               "department, 2026)")


def test_xliff2(tmp_path: Path) -> None:
    out = tmp_path / "a.xlf"
    report = write_xliff(NOTED, out)
    assert report.notes == 2
    ns = "{urn:oasis:names:tc:xliff:document:2.0}"
    units = list(etree.parse(str(out)).iter(f"{ns}unit"))
    notes = [[(n.get("category"), n.get("priority"), n.text)
              for n in u.iterfind(f"{ns}notes/{ns}note")] for u in units]
    assert notes == [[], [("number-mismatch", "1", NOTED_TEXTS[0]),
                          ("length-ratio", "10", NOTED_TEXTS[1])], [], [], []]


def test_xliff12(tmp_path: Path) -> None:
    out = tmp_path / "a.xlf"
    assert write_xliff12(NOTED, out).notes == 2
    ns = "{urn:oasis:names:tc:xliff:document:1.2}"
    units = list(etree.parse(str(out)).iter(f"{ns}trans-unit"))
    assert [[(n.get("from"), n.get("priority"), n.text) for n in u.iterfind(f"{ns}note")]
            for u in units] == [[], [("aligner", "1", NOTED_TEXTS[0]),
                                     ("aligner", "10", NOTED_TEXTS[1])], [], [], []]
    # after the target, before the unit's context group
    assert [etree.QName(c).localname for c in units[1]] == [
        "source", "target", "note", "note", "context-group"]


def test_tmx_is_valid_with_notes(tmp_path: Path) -> None:
    from tests._tools import assert_valid_tmx

    out = tmp_path / "a.tmx"
    assert write_tmx(NOTED, out).notes == 2
    assert_valid_tmx(out)
    tus = list(etree.parse(str(out)).iter("tu"))
    assert [[n.text for n in tu.iterfind("note")] for tu in tus] == [
        [], NOTED_TEXTS, [], [], []]


def test_without_findings_nothing_changes(tmp_path: Path) -> None:
    """A bead's findings do not take part in its equality, and none means no note."""
    assert NOTED == SAMPLE
    for writer, name in ((write_xliff, "a.xlf"), (write_xliff12, "b.xlf"), (write_tmx, "c.tmx")):
        assert writer(SAMPLE, tmp_path / name).notes == 0
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert "<notes>" not in text and "<note>" not in text and 'priority="' not in text
