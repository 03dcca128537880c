"""The safe XML helpers shared by the TMX, XLIFF, TBX and SRX readers."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from aligner.errors import FormatError
from aligner.formats.srx import read_srx
from aligner.formats.tbx import read_tbx
from aligner.formats.tmx import read_tmx
from aligner.formats.xliff_read import read_xliff

EMPTY = {
    "nothing": b"",
    "white space": b"\n  \r\n\t",
    "a byte-order mark": codecs.BOM_UTF8,
    "an XML declaration": b'<?xml version="1.0" encoding="UTF-8"?>\n',
    "UTF-16 white space": "\ufeff\n \n".encode("utf-16-le"),
}
READERS: dict[str, tuple[Callable[..., Any], str]] = {
    ".tmx": (read_tmx, "a TMX document"),
    ".xlf": (read_xliff, "an XLIFF document"),
    ".tbx": (read_tbx, "a TBX document"),
    ".srx": (read_srx, "an SRX document"),
}


@pytest.mark.parametrize("content", list(EMPTY.values()), ids=list(EMPTY))
@pytest.mark.parametrize("suffix", list(READERS))
def test_a_file_with_no_element_is_called_empty(tmp_path: Path, content: bytes,
                                                suffix: str) -> None:
    reader, expected = READERS[suffix]
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(content)
    with pytest.raises(FormatError) as info:
        reader(path)
    assert (info.value.message, info.value.line) == (f"empty file, expected {expected}", None)


def test_a_cut_file_is_no_empty_one(tmp_path: Path) -> None:
    path = tmp_path / "cut.tmx"
    path.write_bytes(b'<?xml version="1.0"?>\n<tmx')
    with pytest.raises(FormatError, match="not well-formed XML") as info:
        read_tmx(path)
    assert info.value.line == 2
