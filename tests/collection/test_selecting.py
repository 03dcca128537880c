"""--doc: a name, a pattern or a folder of a collection's documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.collection.selecting import selected
from aligner.errors import InputError
from tests.collection.conftest import run

NAMES = ["2021/mina", "2021/puerto", "2022/campo", "2022/fabrica", "legal/es/aviso",
         "Legal/Contrato v2 (final)"]


@pytest.mark.parametrize(("wanted", "found"), [
    (["2022/campo"], ["2022/campo"]),
    (["2021/*"], ["2021/mina", "2021/puerto"]),
    (["2022"], ["2022/campo", "2022/fabrica"]),  # a folder
    (["legal/"], ["legal/es/aviso", "Legal/Contrato v2 (final)"]),
    (["legal/*"], ["legal/es/aviso", "Legal/Contrato v2 (final)"]),  # * crosses folders
    (["*/p*"], ["2021/puerto"]),
    (["2022/fabrica", "2022/*"], ["2022/fabrica", "2022/campo"]),  # in order given, once
    # lower case finds any case; a capital, that case only
    (["*cont*"], ["Legal/Contrato v2 (final)"]),
    (["legal"], ["legal/es/aviso", "Legal/Contrato v2 (final)"]),
    (["Legal"], ["Legal/Contrato v2 (final)"]),
    (["*Cont*"], ["Legal/Contrato v2 (final)"]),
    (["*CONT*"], None),
])
def test_names_patterns_and_folders(wanted: list[str], found: list[str] | None) -> None:
    if found is None:
        with pytest.raises(InputError):
            selected(wanted, NAMES, path="c.db")
    else:
        assert selected(wanted, NAMES, path="c.db") == found


def test_a_name_that_finds_none_suggests_the_near_ones() -> None:
    with pytest.raises(InputError) as caught:
        selected(["2021/minas"], NAMES, path="c.db")
    assert str(caught.value) == ("c.db: no document '2021/minas' in the collection (did "
                                 "you mean '2021/mina'?): aligner list c.db lists its "
                                 "documents")
    with pytest.raises(InputError, match=r"no document 'x/\*' in the collection: aligner "
                                         r"list c.db lists its documents$"):
        selected(["x/*"], NAMES, path="c.db")


def test_export_of_a_folder_of_the_collection(tmp_path: Path, collection: Path) -> None:
    """--doc 'legal/*' and --doc legal failed: exact names only."""
    out = tmp_path / "y2021.tsv"
    code, _, stderr = run("export", str(collection), "--doc", "2021/*", "-o", str(out))
    assert code == 0, stderr
    assert stderr == f"aligner: wrote 7 units to {out}\n"  # mina's 3, puerto's 4
    code, _, stderr = run("export", str(collection), "--doc", "2022", "-o", str(out))
    assert code == 0 and stderr == f"aligner: wrote 6 units to {out}\n"
