"""The two-document and TMX inputs, against stand-ins for the modules they call.

The real reader/segmenter/aligner and TMX reader live in other parts of the
toolkit; these tests pin down how ``aligner check`` calls them (the APIs
``align_documents(src, tgt)``, ``segment_document(doc)``,
``read_document(path, lang=...)`` and ``load_tmx(path, src_lang=, tgt_lang=)``).
"""

from __future__ import annotations

import json
import sys
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from aligner.check.inputs import units_from_documents, units_from_tmx
from aligner.check.units import Unit
from aligner.cli.main import cli
from aligner.errors import ConfigError
from aligner.model import Alignment, Bead


@dataclass
class _Record:
    source: str
    target: str
    index: int


def _stub(monkeypatch: pytest.MonkeyPatch, name: str, **attrs: Any) -> None:
    module = types.ModuleType(name)
    for key, value in attrs.items():
        setattr(module, key, value)
    monkeypatch.setitem(sys.modules, name, module)


def test_tmx_units_keep_tu_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str | None, str | None]] = []

    def load_tmx(path: str, *, src_lang: str | None, tgt_lang: str | None) -> Any:
        calls.append((src_lang, tgt_lang))
        records = (_Record("Hola.", "Hello.", 0), _Record("¿Qué?", "What?", 2))
        return types.SimpleNamespace(units=records, src_lang="es-ES", tgt_lang="en-GB")

    _stub(monkeypatch, "aligner.formats.tmx", load_tmx=load_tmx)
    units, src, tgt = units_from_tmx("m.tmx", src_lang=None, tgt_lang=None)
    assert units == (Unit("Hola.", "Hello."), Unit("", ""), Unit("¿Qué?", "What?"))
    assert (src, tgt) == ("es-ES", "en-GB")
    assert calls == [(None, None)]


def test_tmx_through_the_cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def load_tmx(path: str, *, src_lang: str | None, tgt_lang: str | None) -> Any:
        records = (_Record("en 1972", "in 1971", 0), _Record("Qué?", "What?", 1))
        return types.SimpleNamespace(units=records, src_lang=src_lang or "es",
                                     tgt_lang=tgt_lang or "en")

    _stub(monkeypatch, "aligner.formats.tmx", load_tmx=load_tmx)
    result = CliRunner().invoke(cli, ["check", "--tmx", str(tmp_path / "m.tmx"),
                                      "--no-glossary", "--format", "json"])
    assert result.exit_code == 1, result.output
    doc = json.loads(result.output)
    assert [(f["unit"], f["code"]) for f in doc["findings"]] == [
        (0, "number-mismatch"), (1, "inverted-mark")
    ]


def test_two_documents_are_aligned_first(monkeypatch: pytest.MonkeyPatch) -> None:
    def read_document(path: str, *, lang: str) -> Any:
        return types.SimpleNamespace(path=path, lang=lang)

    def segment_document(doc: Any) -> Any:
        return doc

    def align_documents(src: Any, tgt: Any) -> Alignment:
        assert (src.lang, tgt.lang) == ("es", "en")
        return Alignment(("Uno.", "Dos."), ("One and two.",),
                         (Bead((0, 1), (0,), 0.3),), "es", "en")

    _stub(monkeypatch, "aligner.readers", read_document=read_document)
    _stub(monkeypatch, "aligner.segment", segment_document=segment_document)
    _stub(monkeypatch, "aligner.align", align_documents=align_documents)
    units, alignment = units_from_documents("a.txt", "b.txt", src_lang="es", tgt_lang="en")
    assert units == (Unit("Uno. Dos.", "One and two.", 0.3),)
    assert alignment.beads[0].kind == "2-1"


def test_missing_component_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "aligner.formats.tmx", None)  # import fails
    with pytest.raises(ConfigError, match="--pairs instead"):
        units_from_tmx("m.tmx", src_lang=None, tgt_lang=None)


def test_real_tmx_reader_round_trip(tmp_path: Path) -> None:
    """When the exchange formats are installed, a TMX we write is checked unit by unit."""
    tmx = pytest.importorskip("aligner.formats.tmx", reason="aligner.formats not installed")
    alignment = Alignment(
        ("Los cordones industriales resistieron.", "En 1972 hubo 3.526 huelgas."),
        ("The industrial cords resisted.", "In 1972 there were 3,256 strikes."),
        (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9)), "es", "en",
    )
    path = tmp_path / "m.tmx"
    tmx.write_tmx(alignment, path)
    glossary = tmp_path / "g.tsv"
    glossary.write_text("es\ten\tstatus\ncordón industrial\tindustrial cord\tforbidden\n"
                        "cordón industrial\tindustrial belt\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--tmx", str(path), "--glossary", str(glossary),
                                      "--format", "json"])
    assert result.exit_code == 1, result.output
    doc = json.loads(result.output)
    assert [(f["unit"], f["code"]) for f in doc["findings"]] == [
        (0, "term-forbidden"), (1, "number-mismatch")
    ]
