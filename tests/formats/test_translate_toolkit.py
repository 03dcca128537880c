"""translate-toolkit, a real consumer, reads our TMX, XLIFF 2.1 and 1.2, and TBX."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from aligner.formats.tbx import write_tbx
from aligner.formats.tmx import load_tmx, write_tmx
from aligner.formats.units import PROP_REVIEWED, file_alignment
from aligner.formats.xliff import write_xliff
from aligner.formats.xliff12 import write_xliff12
from tests._tools import assert_valid_tmx, translate_toolkit
from tests.formats.conftest import GLOSSARY, SAMPLE, SAMPLE_PAIRS

pytestmark = pytest.mark.external


@pytest.fixture(autouse=True)
def _needs_translate_toolkit() -> None:
    translate_toolkit()


def test_tmx(tmp_path: Path) -> None:
    from translate.storage.tmx import tmxfile

    out = tmp_path / "a.tmx"
    write_tmx(SAMPLE, out)
    assert_valid_tmx(out)
    store = tmxfile.parsefile(str(out))
    assert [(u.source, u.target) for u in store.units] == SAMPLE_PAIRS
    assert store.sourcelanguage == "es"


def test_xliff(tmp_path: Path) -> None:
    from translate.storage.xliff2 import Xliff2File

    out = tmp_path / "a.xlf"
    write_xliff(SAMPLE, out)
    store = Xliff2File.parsefile(str(out))
    assert (store.sourcelanguage, store.targetlanguage) == ("es", "en")
    assert [(u.source, u.target) for u in store.units] == SAMPLE_PAIRS
    assert all(u.istranslated() for u in store.units)
    assert [u.getid() for u in store.units] == ["u1", "u2", "u3", "u5", "u7"]


@pytest.mark.parametrize("version", ["2.1", "1.2"])
def test_a_source_left_untranslated_is_untranslated(tmp_path: Path, version: str) -> None:
    """export --untranslated: translate-toolkit reads the unit without a target as one
    still to translate (no target, neither translated nor fuzzy), the others with theirs."""
    from translate.storage.xliff import xlifffile
    from translate.storage.xliff2 import Xliff2File

    out = tmp_path / "a.xlf"
    (write_xliff if version == "2.1" else write_xliff12)(SAMPLE, out, untranslated=True)
    store = (Xliff2File if version == "2.1" else xlifffile).parsefile(str(out))
    # 1.2's ids are the file's original and the unit's: sample.es.txt\x04u4
    units = {u.getid().rpartition("\x04")[2]: u for u in store.units}
    assert list(units) == ["u1", "u2", "u3", "u4", "u5", "u7"]
    assert (units["u4"].source, units["u4"].target or "") == ("Sin traducción.", "")
    assert [bool(u.target) for u in units.values()] == [True] * 3 + [False] + [True] * 2
    assert not units["u4"].istranslated() and not units["u4"].isfuzzy()


def test_xliff12(tmp_path: Path) -> None:
    """The XLIFF 1.2 class that its xliff2po uses: our units, languages and codes; a
    bead no person reviewed is fuzzy (not approved), a reviewed one approved."""
    from translate.storage.xliff import xlifffile

    out = tmp_path / "a.xlf"
    reviewed = replace(SAMPLE, unit_props=tuple(
        {PROP_REVIEWED: "confirmed"} if i == 0 else {} for i in range(len(SAMPLE.beads))))
    write_xliff12(reviewed, out)
    store = xlifffile.parsefile(str(out))
    assert (store.getsourcelanguage(), store.gettargetlanguage()) == ("es", "en")
    assert [(u.source, u.target) for u in store.units] == SAMPLE_PAIRS
    assert [u.isapproved() for u in store.units] == [True] + [False] * (len(SAMPLE_PAIRS) - 1)
    assert [u.isfuzzy() for u in store.units] == [False] + [True] * (len(SAMPLE_PAIRS) - 1)


def test_xliff12_inline_codes(tmp_path: Path) -> None:
    """Codes read from a TMX, written as XLIFF 1.2 elements: translate-toolkit gives
    their native code back in its rich source."""
    from translate.storage.xliff import xlifffile

    tmx = tmp_path / "in.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="es" '
        'datatype="plaintext"/><body><tu><tuv xml:lang="es"><seg>Pulse <bpt i="1">&lt;b&gt;'
        '</bpt>Aceptar<ept i="1">&lt;/b&gt;</ept>.<ph>&lt;br/&gt;</ph></seg></tuv>'
        '<tuv xml:lang="en"><seg>Press <bpt i="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;'
        "</ept>.<ph>&lt;br/&gt;</ph></seg></tuv></tu></body></tmx>", encoding="utf-8")
    out = tmp_path / "codes.xlf"
    write_xliff12(file_alignment(load_tmx(tmx)), out)
    (unit,) = xlifffile.parsefile(str(out)).units
    assert (unit.source, unit.target) == ("Pulse <b>Aceptar</b>.<br/>", "Press <b>OK</b>.<br/>")


def test_tbx(tmp_path: Path) -> None:
    from translate.storage.tbx import tbxfile

    out = tmp_path / "g.tbx"
    write_tbx(GLOSSARY, out)
    store = tbxfile.parsefile(str(out))
    assert [u.source for u in store.units] == ["golpe de Estado", "Unidad Popular", "Guerra Fría"]
    first, _, last = store.units
    assert [(t.text, t.deprecated) for t in first.get_target_terms("en")] == [
        ("coup", False),
        ("coup d'état", False),
        ("state blow", True),
    ]
    assert [t.text for t in last.get_target_terms("en")] == ["Cold War"]
    assert "Ψυχρός Πόλεμος, 冷战 😀" in last.getnotes()


@pytest.mark.parametrize("fmt", ["tmx", "xliff", "xliff12"])
def test_finding_notes_are_read_as_notes(tmp_path: Path, fmt: str) -> None:
    """export --note-flagged: translate-toolkit reads the file with our units as before,
    and gives each unit's findings as its notes (a unit without, none)."""
    from translate.storage.tmx import tmxfile
    from translate.storage.xliff import xlifffile
    from translate.storage.xliff2 import Xliff2File

    from tests.formats.test_finding_notes import NOTED, NOTED_TEXTS

    out = tmp_path / ("a.tmx" if fmt == "tmx" else "a.xlf")
    writer, store_class = {"tmx": (write_tmx, tmxfile), "xliff": (write_xliff, Xliff2File),
                           "xliff12": (write_xliff12, xlifffile)}[fmt]
    writer(NOTED, out)
    store = store_class.parsefile(str(out))
    assert [(u.source, u.target) for u in store.units] == SAMPLE_PAIRS
    notes = [u.getnotes() for u in store.units]
    if fmt == "xliff":
        # translate-toolkit's XLIFF 2 unit is the segment, and it looks for notes in
        # it, where the XLIFF 2 schema has none (a unit's notes come before its
        # segments): it reads the file, not our notes -- measured, its limit
        assert notes == [""] * 5
        return
    assert notes == ["", "\n".join(NOTED_TEXTS), "", "", ""]
