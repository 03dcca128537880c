"""A sentence the translation left out, filled in by the translator in the collection's
own XLIFF export (``export --untranslated``) and brought back by ``import --into``: it
becomes the translation of that sentence (the pharma translator's walk: a leaflet's
warning sentence omitted, then delivered)."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.collection.conftest import run

LEFT_OUT = "Drinking alcohol while taking this medicine increases the risk of liver damage."
FILLED = ("O consumo de bebidas alcoólicas durante o tratamento aumenta o risco de lesões "
          "no fígado.")
EN = ("Keep this leaflet. You may need to read it again.\n\n"
      f"Take one tablet with water after a meal. {LEFT_OUT} Tell your doctor if you have "
      "kidney problems.\n\nStore below 25 °C in the original package.\n")
PT = ("Guarde esta bula. Você pode precisar lê-la novamente.\n\n"
      "Tome um comprimido com água após uma refeição. Informe o seu médico se tiver "
      "problemas nos rins.\n\nArmazenar abaixo de 25 °C na embalagem original.\n")


def _pairs(db: Path, tmp_path: Path) -> list[tuple[str, str]]:
    out = tmp_path / "out.tsv"
    code, _, stderr = run("export", str(db), "--doc", "leaflet", "--untranslated",
                          "-o", str(out))
    assert code == 0, stderr
    with out.open(encoding="utf-8", newline="") as fh:
        return [(row[0], row[1]) for row in csv.reader(fh, delimiter="\t")]


def _leaflet(tmp_path: Path) -> Path:
    """The leaflet's en and pt-BR files batched into a new collection, which it returns."""
    (tmp_path / "en").mkdir()
    (tmp_path / "pt-BR").mkdir()
    (tmp_path / "en" / "leaflet.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "pt-BR" / "leaflet.pt-BR.txt").write_text(PT, encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(tmp_path / "en"), str(tmp_path / "pt-BR"),
                          "--db", str(db), "--no-glossary", "--jobs", "1")
    assert code == 0, stderr
    return db


def test_a_filled_in_omission_comes_back_as_its_translation(tmp_path: Path) -> None:
    db = _leaflet(tmp_path)
    before = _pairs(db, tmp_path)
    assert (LEFT_OUT, "") in before
    xlf = tmp_path / "leaflet.xlf"
    code, _, stderr = run("export", str(db), "--doc", "leaflet", "--untranslated",
                          "--format", "xliff12", "-o", str(xlf))
    assert code == 0, stderr
    text = xlf.read_text(encoding="utf-8")
    empty = '<target state="needs-translation"/>'
    assert text.count(empty) == 1
    xlf.write_text(text.replace(empty, f'<target state="translated">{FILLED}</target>'),
                   encoding="utf-8")
    code, _, stderr = run("import", str(db), str(xlf), "--into", "leaflet")
    assert code == 0, stderr
    assert stderr.strip() == (
        "aligner: leaflet: 0 beads corrected from leaflet.xlf; 1 source sentence without "
        "a counterpart given the file's translation; 5 units unchanged; 0 units matched "
        "no bead")
    after = _pairs(db, tmp_path)
    # the left-out sentence has its translation; every other pair is as it was
    assert after == [(LEFT_OUT, FILLED) if pair == (LEFT_OUT, "") else pair
                     for pair in before]
    # brought back again: nothing left to do
    code, _, stderr = run("import", str(db), str(xlf), "--into", "leaflet")
    assert (code, stderr.strip()) == (0, "aligner: leaflet: 0 beads corrected from "
                                         "leaflet.xlf; 6 units unchanged; 0 units matched "
                                         "no bead")
    code, stdout, _ = run("check", str(db), "--no-glossary")
    assert "empty-target" not in stdout


def test_filled_beside_the_next_bead_when_the_one_before_is_corrected(tmp_path: Path) -> None:
    """The sentence before is corrected in the same file: a corrected sentence is not
    split in a collection, so the translation is made beside the bead after."""
    db = _leaflet(tmp_path)
    before = _pairs(db, tmp_path)
    xlf = tmp_path / "leaflet.xlf"
    assert run("export", str(db), "--doc", "leaflet", "--untranslated", "--format",
               "xliff12", "-o", str(xlf))[0] == 0
    old, new = "após uma refeição", "depois de uma refeição"
    text = xlf.read_text(encoding="utf-8")
    assert text.count(old) == 1
    xlf.write_text(text.replace(old, new).replace(
        '<target state="needs-translation"/>',
        f'<target state="translated">{FILLED}</target>'), encoding="utf-8")
    code, _, stderr = run("import", str(db), str(xlf), "--into", "leaflet")
    assert code == 0, stderr
    assert "1 bead corrected from leaflet.xlf; 1 source sentence without a counterpart " \
           "given the file's translation" in stderr
    assert _pairs(db, tmp_path) == [
        (LEFT_OUT, FILLED) if pair == (LEFT_OUT, "") else (pair[0], pair[1].replace(old, new))
        for pair in before]
