"""The ODP reader on the decks LibreOffice Impress made of pandoc's PPTX
(tests/fixtures/README.md), which read to the same sentences, and on decks written here
with zipfile."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.errors import InputError
from aligner.readers import InputFormat, format_for, read_document
from tests.readers.test_pptx import DECK_EN, DECK_ES, FORMATTING_EN, _check_blocks, _parts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(("name", "lang", "expected"), [
    ("deck-en.odp", "en", DECK_EN), ("deck-es.odp", "es", DECK_ES)])
def test_impress_decks_read_as_their_pptx(name: str, lang: str,
                                          expected: list[tuple[str, str]]) -> None:
    assert _parts(FIXTURES / name, lang) == expected


def test_formatting_and_links() -> None:
    doc = read_document(FIXTURES / "deck-en.odp", lang="en")
    found = [(f.style.value, doc.text[f.start:f.end], f.href) for f in doc.formatting]
    # LibreOffice underlines the link in its own text style
    assert sorted(found) == sorted([*FORMATTING_EN, ("u", "List of Lights", "")])


_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
_MIMETYPE = "application/vnd.oasis.opendocument.presentation"


def _odp(path: Path, pages: str, *, manifest: str = "") -> Path:
    xmlns = " ".join(f'xmlns:{k}="{v}"' for k, v in _NS.items())
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", _MIMETYPE)
        z.writestr("content.xml", f"<office:document-content {xmlns}><office:body>"
                                  f"<office:presentation>{pages}</office:presentation>"
                                  "</office:body></office:document-content>")
        if manifest:
            z.writestr("META-INF/manifest.xml", f'<manifest:manifest {xmlns}>{manifest}'
                                                "</manifest:manifest>")
    return path


def _frame(text: str, cls: str = "") -> str:
    said = f' presentation:class="{cls}"' if cls else ""
    return f"<draw:frame{said}><draw:text-box><text:p>{text}</text:p></draw:text-box></draw:frame>"


def test_groups_shapes_running_frames_and_notes(tmp_path: Path) -> None:
    first = ("<draw:page>" + _frame("First", "title") + _frame("3", "page-number")
             + _frame("Confidential", "footer") + _frame("Today", "date-time")
             + "<draw:g>" + _frame("Grouped") + "</draw:g>"
             + "<draw:custom-shape><text:p>In a shape<text:line-break/>broken</text:p>"
             "</draw:custom-shape>"
             + "<presentation:notes><draw:page-thumbnail presentation:class=\"page\"/>"
             + _frame("Speak slowly.", "notes") + _frame("1", "page-number")
             + "</presentation:notes></draw:page>")
    second = "<draw:page>" + _frame("Second", "title") + "</draw:page>"
    doc = read_document(_odp(tmp_path / "d.odp", first + second), lang="en")
    _check_blocks(doc)
    found = [(doc.text[b.start:b.end], b.part.value) for b in doc.blocks]
    assert found == [("First", "heading"), ("Grouped", "body"), ("In a shape broken", "body"),
                     ("Speak slowly.", "notes"), ("Second", "heading")]


def test_odp_by_extension_and_by_content(tmp_path: Path) -> None:
    assert format_for("talk.ODP") is InputFormat.ODP
    copy = tmp_path / "talk"
    copy.write_bytes((FIXTURES / "deck-en.odp").read_bytes())
    assert _parts(copy) == DECK_EN


def _error(path: Path) -> str:
    with pytest.raises(InputError) as info:
        read_document(path, lang="en")
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


def test_bad_decks_are_one_line(tmp_path: Path) -> None:
    liar = tmp_path / "talk.odt"
    liar.write_bytes((FIXTURES / "deck-en.odp").read_bytes())
    assert _error(liar).endswith("is not an ODT file: its content is an ODP; name it .odp "
                                 "or give --input-format odp")
    entry = ('<manifest:file-entry manifest:full-path="content.xml">'
             "<manifest:encryption-data/></manifest:file-entry>")
    locked = _odp(tmp_path / "locked.odp", "", manifest=entry)
    assert _error(locked).endswith("is a password-protected (encrypted) ODP document; save a "
                                   "copy without the password and read that")
    empty = _odp(tmp_path / "empty.odp", "<draw:page>" + _frame("4", "page-number")
                 + "</draw:page>")
    assert "has no text (images only? pictures, charts and embedded objects are not read)" \
        in _error(empty)


def test_align_an_odp_with_a_pptx(tmp_path: Path) -> None:
    out = tmp_path / "x.tmx"
    result = CliRunner().invoke(cli, ["align", str(FIXTURES / "deck-es.odp"),
                                      str(FIXTURES / "deck-en.pptx"), "--src-lang", "es",
                                      "--tgt-lang", "en", "-o", str(out), "--encoder", "none"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("</tu>") == len(DECK_EN)
