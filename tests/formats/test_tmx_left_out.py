"""What a memory's units lose outside TMX is named (hand-written Trados- and
OmegaT-style units)."""

from __future__ import annotations

from pathlib import Path

from aligner.formats.tmx import load_tmx
from aligner.formats.tmx_left_out import not_written

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header '
          'creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8" '
          'datatype="xml" segtype="sentence" adminlang="en-US" srclang="es-ES"/><body>\n')


def load(tmp_path: Path, body: str) -> str | None:
    path = tmp_path / "m.tmx"
    path.write_text(HEADER + body + "</body></tmx>\n", encoding="utf-8")
    return not_written(load_tmx(path), "xliff")


def test_props_notes_and_attributes_are_named(tmp_path: Path) -> None:
    assert load(tmp_path, (
        '<tu tuid="7" creationdate="20190312T101530Z" usagecount="7">'
        '<prop type="x-Client:SingleString">Bufete</prop><note>Approved.</note>'
        '<prop type="x-score">0.9</prop>'  # the score is written: not named
        '<tuv xml:lang="es-ES" changeid="ana"><seg>Hola <ph x="1" type="lb">&lt;br/&gt;'
        '</ph>.</seg></tuv><tuv xml:lang="en-US"><seg>Hi.</seg></tuv></tu>\n'
        '<tu><tuv xml:lang="es-ES"><seg>Dos.</seg></tuv>'
        '<tuv xml:lang="en-US"><seg>Two.</seg></tuv></tu>\n')) == (
        "1 unit: its props x-Client:SingleString, notes and attributes creationdate, "
        "usagecount, changeid are not written to xliff (TMX to TMX keeps them)")


def test_a_unit_with_only_what_every_format_writes_says_nothing(tmp_path: Path) -> None:
    assert load(tmp_path, (
        '<tu><prop type="x-score">0.9</prop><prop type="x-src-document">a.txt</prop>'
        '<tuv xml:lang="es-ES"><seg>Uno <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>'
        'y<ept i="1">&lt;/b&gt;</ept></seg></tuv>'
        '<tuv xml:lang="en-US"><seg>One.</seg></tuv></tu>\n')) is None
