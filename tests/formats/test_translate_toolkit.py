"""translate-toolkit, a real consumer, reads our TMX, XLIFF 2.1 and TBX."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.formats.tbx import write_tbx
from aligner.formats.tmx import write_tmx
from aligner.formats.xliff import write_xliff
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
