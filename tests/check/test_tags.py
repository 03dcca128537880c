"""tag-mismatch and tag-order, and no number-mismatch from tag placeholders."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.check import run_checks
from aligner.check.units import TAG_MASK, Unit, mask_tags
from aligner.model import InlineTag, TagKind
from aligner.pipeline import units_from_tmx

OPEN, ALONE = TagKind.OPEN, TagKind.STANDALONE


def codes(units: list[Unit]) -> list[tuple[int, str]]:
    result = run_checks(units, glossary=None, src_lang="es", tgt_lang="en")
    return [(f.unit, f.code) for f in result.findings if f.code.startswith(("tag", "number"))]


def write_tmx(tmp_path: Path, *pairs: tuple[str, str]) -> Path:
    body = "".join(
        f'<tu><tuv xml:lang="es"><seg>{s}</seg></tuv><tuv xml:lang="en"><seg>{t}</seg></tuv></tu>'
        for s, t in pairs)
    path = tmp_path / "tm.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="es" '
        f'datatype="plaintext"/><body>{body}</body></tmx>', encoding="utf-8")
    return path


BR = '<ph x="1">&lt;br/&gt;</ph>'
B = ('<bpt i="1" x="2">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>')
ITAL = ('<bpt i="2" x="3">&lt;i&gt;</bpt>', '<ept i="2">&lt;/i&gt;</ept>')


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # negatives: the same tags, placeholders numbered alike or not
        (f"Uno{BR}dos", f"One{BR}two", []),
        (f"{B[0]}Hola{B[1]} mundo", f"{B[0]}Hello{B[1]} world", []),
        (f"{B[0]}a{B[1]} y {ITAL[0]}b{ITAL[1]}", f"{B[0]}a{B[1]} and {ITAL[0]}b{ITAL[1]}", []),
        ("sin etiquetas", "no tags", []),
        # positives
        (f"Uno{BR}dos", "One two", [(0, "tag-mismatch")]),
        ("Uno dos", f"One{BR}two", [(0, "tag-mismatch")]),
        (f"{B[0]}Hola{B[1]}", f"{B[0]}Hello", [(0, "tag-mismatch")]),
        (f"{B[0]}a{B[1]} y {ITAL[0]}b{ITAL[1]}", f"{ITAL[0]}b{ITAL[1]} and {B[0]}a{B[1]}",
         [(0, "tag-order")]),
    ],
)
def test_tags_from_a_tmx(tmp_path: Path, source: str, target: str,
                         expected: list[tuple[int, str]]) -> None:
    units, _, _ = units_from_tmx(write_tmx(tmp_path, (source, target)), src_lang=None,
                                 tgt_lang=None)
    assert codes(list(units)) == expected


def test_ph_placeholders_are_not_numbers(tmp_path: Path) -> None:
    """{1/} and {2/} once read as the numbers 1 and 2: a false number-mismatch."""
    path = write_tmx(tmp_path, (f"A{BR}b<ph x=\"2\">x</ph>", f"A{BR}b<ph x=\"2\">x</ph>"),
                     (f"Año 1973{BR}", f"Year 1974{BR}"))
    units, _, _ = units_from_tmx(path, src_lang=None, tgt_lang=None)
    assert units[0].source == "A{1/}b{2/}"
    assert codes(list(units)) == [(1, "number-mismatch")]
    # without the tags the placeholders were numbers: the check can fail
    bare = [Unit(u.source, u.target.replace("{2/}", "{3/}")) for u in units]
    assert (0, "number-mismatch") in codes(bare)


def test_mask_keeps_length_and_text() -> None:
    tags = (InlineTag(1, 5, ALONE, "x=1"), InlineTag(6, 9, OPEN, "x=2"))
    masked = mask_tags("a{1/}b{2}c", tags)
    assert masked == "a" + TAG_MASK * 4 + "b" + TAG_MASK * 3 + "c"
    assert mask_tags("a{1/}", ()) == "a{1/}"
