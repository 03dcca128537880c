"""A unit whose source is code alone, as its document marks it (a line of a Markdown
code block, a table cell that is inline code alone), is written ``translate="no"`` in
XLIFF 2.1 (on the ``unit``) and 1.2 (on the ``trans-unit``), and read so by real
consumers: translate-toolkit (both versions) and OmegaT 3.6 (1.2: no segment of it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from aligner.formats.formatting import code_only
from aligner.formats.tmx import write_tmx
from aligner.formats.xliff import NS, load_xliff, write_xliff
from aligner.formats.xliff12 import NS12, write_xliff12
from aligner.model import Alignment, Bead, Formatting, Style
from aligner.pipeline import segment_file

EN = """# Install

Run the following command.

```sh
lumora ws create demo
```

| Command | What it does |
|---|---|
| `lumora ws create <name>` | Creates a workspace. |

Run `lumora login` to sign in.
"""
ES = """# Instalación

Ejecute el siguiente comando.

```sh
lumora ws create demo
```

| Comando | Qué hace |
|---|---|
| `lumora ws create <nombre>` | Crea un espacio de trabajo. |

Ejecute `lumora login` para iniciar sesión.
"""
# the units, in order, and whether their source is code alone (written by hand)
UNITS = [("Install", False), ("Run the following command.", False),
         ("lumora ws create demo", True), ("Command", False), ("What it does", False),
         ("lumora ws create <name>", True), ("Creates a workspace.", False),
         ("Run lumora login to sign in.", False)]


def docs_pair(tmp_path: Path) -> Alignment:
    """The two Markdown files, sentence by sentence (eight each)."""
    (tmp_path / "cli.en.md").write_text(EN, encoding="utf-8")
    (tmp_path / "cli.es.md").write_text(ES, encoding="utf-8")
    src = segment_file(tmp_path / "cli.en.md", "en")
    tgt = segment_file(tmp_path / "cli.es.md", "es")
    assert len(src.sentences) == len(tgt.sentences) == len(UNITS)
    return Alignment(src.sentences, tgt.sentences,
                     tuple(Bead((i,), (i,), 0.9) for i in range(len(UNITS))), "en", "es",
                     "cli.en.md", "cli.es.md", src_formatting=src.sentence_formatting(),
                     tgt_formatting=tgt.sentence_formatting())


def _span(start: int, end: int, style: Style = Style.CODE) -> Formatting:
    return Formatting(start, end, style)


@pytest.mark.parametrize(("sentences", "formatting", "expected"), [
    (["lumora ws list"], [[_span(0, 14)]], True),
    # two spans with a space between them, and two sentences of code
    (["a -b"], [[_span(0, 1), _span(2, 4)]], True),
    (["a", "b c"], [[_span(0, 1)], [_span(0, 3)]], True),
    # text outside the code, on one sentence of two
    (["Run a now."], [[_span(4, 5)]], False),
    (["a", "Then b."], [[_span(0, 1)], [_span(5, 6)]], False),
    # bold, not code; no formatting at all; no sentence
    (["lumora ws list"], [[_span(0, 14, Style.BOLD)]], False),
    (["lumora ws list"], [[]], False),
    ([], [], False),
])
def test_code_only(sentences: list[str], formatting: list[list[Formatting]],
                   expected: bool) -> None:
    assert code_only(sentences, formatting) is expected


def test_xliff2_marks_the_code_units_translate_no(tmp_path: Path) -> None:
    out = tmp_path / "cli.xlf"
    write_xliff(docs_pair(tmp_path), out)
    x = f"{{{NS}}}"
    units = list(etree.parse(str(out)).iter(f"{x}unit"))
    assert [("".join(u.find(f"{x}segment/{x}source").itertext()), u.get("translate"))
            for u in units] == [(text, "no" if code else None) for text, code in UNITS]
    # the target stays the document's: the changed placeholder is the vendor's to see
    assert units[5].findtext(f"{x}segment/{x}target") == "lumora ws create <nombre>"
    assert [u.source for u in load_xliff(out).units][5] == "lumora ws create <name>"


def test_xliff12_marks_the_code_units_translate_no(tmp_path: Path) -> None:
    out = tmp_path / "cli.xlf"
    write_xliff12(docs_pair(tmp_path), out)
    x = f"{{{NS12}}}"
    units = list(etree.parse(str(out)).iter(f"{x}trans-unit"))
    assert [u.get("translate") for u in units] == ["no" if code else None for _, code in UNITS]
    assert [(u.findtext(f"{x}source"), u.findtext(f"{x}target")) for u in units
            if u.get("translate")] == [("lumora ws create demo", "lumora ws create demo"),
                                       ("lumora ws create <name>", "lumora ws create <nombre>")]
    # our XLIFF 1.2 reader reads no unit marked so (aligner.formats.xliff12_read): the
    # six others come back
    assert [u.source for u in load_xliff(out).units] == [
        "Install", "Run the following command.", "Command", "What it does",
        "Creates a workspace.", "Run {1}lumora login{/1} to sign in."]


def test_tmx_has_no_mark(tmp_path: Path) -> None:
    """A memory's unit of code is a match for the same code, as any unit: TMX has no
    attribute for it, and no CAT tool reads a prop of ours (docs/formats.md)."""
    out = tmp_path / "cli.tmx"
    write_tmx(docs_pair(tmp_path), out)
    text = out.read_text(encoding="utf-8")
    assert "translate" not in text and "x-code" not in text


@pytest.mark.parametrize("version", ["2.1", "1.2"])
def test_translate_toolkit_reads_them_untranslatable(tmp_path: Path, version: str) -> None:
    from tests._tools import translate_toolkit

    translate_toolkit()
    from translate.storage.xliff import xlifffile
    from translate.storage.xliff2 import Xliff2File

    out = tmp_path / "cli.xlf"
    (write_xliff if version == "2.1" else write_xliff12)(docs_pair(tmp_path), out)
    store = (Xliff2File if version == "2.1" else xlifffile).parsefile(str(out))
    assert [u.istranslatable() for u in store.units] == [not code for _, code in UNITS]
    assert [u.source for u in store.units][5] == "lumora ws create <name>"


@pytest.mark.external
@pytest.mark.slow
def test_omegat_offers_no_segment_of_a_code_unit(tmp_path: Path) -> None:
    """OmegaT 3.6 takes our XLIFF 1.2: the two units of code are no segments of it (6 of
    8), and the file it writes keeps them as they were; without the mark (the negative
    control) it offers all 8."""
    from tests.formats.test_omegat import console_translate, make_project, omegat_segments

    aligned = docs_pair(tmp_path)
    counts = []
    for name, marked in (("marked", True), ("plain", False)):
        project = make_project(tmp_path / name)
        (project / "source" / "doc.txt").unlink()
        out = project / "source" / "cli.xlf"
        write_xliff12(aligned, out)
        if not marked:
            out.write_text(out.read_text(encoding="utf-8").replace(' translate="no"', ""),
                           encoding="utf-8")
        log = console_translate(project, tmp_path / name / "config")
        assert "ERROR" not in log
        counts.append(omegat_segments(project, "cli.xlf"))
        if marked:
            x = f"{{{NS12}}}"
            written = list(etree.parse(str(project / "target" / "cli.xlf")).iter(
                f"{x}trans-unit"))
            assert [(u.get("translate"), u.findtext(f"{x}source"), u.findtext(f"{x}target"))
                    for u in written][5] == ("no", "lumora ws create <name>",
                                             "lumora ws create <nombre>")
    assert counts == [6, 8]
