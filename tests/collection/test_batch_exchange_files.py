"""An XLIFF, PO or TMX file among the documents batch pairs fails as its own pair, with a
hint that names ``aligner import`` (a localization engineer's walk: the hint said
``--input-format text``, which would align the XLIFF's markup)."""

from __future__ import annotations

from pathlib import Path

from tests.collection.conftest import run

# our own files
XLIFF = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
         'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" '
         'target-language="es" datatype="plaintext" original="c"><body>'
         '<trans-unit id="1"><source>Pay now</source><target>Pagar ahora</target>'
         '</trans-unit></body></file></xliff>\n')


def test_an_exchange_file_in_the_folders_names_aligner_import(tmp_path: Path) -> None:
    en, es = tmp_path / "en", tmp_path / "es"
    en.mkdir()
    es.mkdir()
    (en / "note.en.txt").write_text("The shop opens at nine.\n", encoding="utf-8")
    (es / "note.es.txt").write_text("La tienda abre a las nueve.\n", encoding="utf-8")
    for folder in (en, es):
        (folder / f"checkout.{folder.name}.xlf").write_text(XLIFF, encoding="utf-8")
    (en / "ui.en.pot").write_text('msgid "Pay now"\nmsgstr ""\n', encoding="utf-8")
    (es / "ui.es.pot").write_text('msgid "Pay now"\nmsgstr ""\n', encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(en), str(es), "--db", str(db), "--encoder", "none",
                          "--jobs", "1")
    assert code == 1
    xlf = en / "checkout.en.xlf"
    assert (f"{xlf}: is XLIFF (a bilingual file), not a document to segment: aligner import "
            f"C.db {xlf} reads it into the collection as a memory (move it out of the "
            "folders batch pairs)") in stderr
    pot = en / "ui.en.pot"
    assert (f"{pot}: is a gettext template (POT): nothing is translated in it, not a "
            "document to segment (move it out of the folders batch pairs)") in stderr
    assert "--input-format" not in stderr
    # outside a collection the hint stays: align and segment read one file as asked
    code, _, stderr = run("segment", str(xlf))
    assert code == 2 and "give --input-format text to read it as plain text anyway" in stderr
