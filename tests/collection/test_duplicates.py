"""The same texts stored as two documents: named by batch and export; --unique."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from tests.collection.conftest import DOCS, run, write_folders


def _batch(*args: str) -> str:
    code, _, stderr = run("batch", *args, "--src-lang", "es", "--tgt-lang", "en", "--jobs", "1")
    assert code == 0, stderr
    return stderr


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_the_same_files_under_a_second_name_are_named_and_exported_once_on_request(
        tmp_path: Path) -> None:
    """A folder run, then a manifest naming the same two files otherwise: two documents,
    and every export held their units twice without a word."""
    src, tgt = write_folders(tmp_path, {"mina": DOCS["2021/mina"]})
    db = tmp_path / "d.db"
    assert "warning" not in _batch(str(src), str(tgt), "--db", str(db))
    manifest = tmp_path / "pairs.tsv"
    manifest.write_text("src\ttgt\tname\nes/mina.es.txt\ten/mina.en.txt\tinformes/mina\n",
                        encoding="utf-8")
    stderr = _batch("--manifest", str(manifest), "--db", str(db))
    assert (f"aligner: warning: informes/mina and mina are one pair of files ({src.resolve()}"
            f"/mina.es.txt, {tgt.resolve()}/mina.en.txt) stored as 2 documents: every export "
            "holds their units twice (aligner export --unique writes each unit once)\n"
            ) in stderr
    out = tmp_path / "all.csv"
    code, _, stderr = run("export", str(db), "-o", str(out))
    assert code == 0
    assert stderr == (f"aligner: warning: {db}: 1 document is a copy of another (files of "
                      "the same content): mina (of informes/mina): its units are written "
                      "twice (--unique writes each unit once)\n"
                      f"aligner: wrote 6 units to {out}\n")
    assert len(_rows(out)) == 1 + 6
    code, _, stderr = run("export", str(db), "-o", str(out), "--unique")
    assert code == 0
    assert stderr == f"aligner: wrote 3 units to {out}, 3 repeated units left out (--unique)\n"
    rows = _rows(out)
    assert [r[3] for r in rows[1:]] == ["informes/mina"] * 3  # where each first comes
    assert rows[1][:2] == ["La mina de cobre empleaba a dos mil obreros.",
                           "The copper mine employed two thousand workers."]


def test_a_copy_of_a_pair_under_another_name_is_named(tmp_path: Path) -> None:
    """nota_prensa - copia beside nota_prensa: files of the same bytes."""
    src, tgt = write_folders(tmp_path, {"nota": DOCS["2022/campo"],
                                        "otra": DOCS["2022/fabrica"]})
    for folder, lang in ((src, "es"), (tgt, "en")):
        shutil.copy(folder / f"nota.{lang}.txt", folder / f"nota - copia.{lang}.txt")
    db = tmp_path / "d.db"
    stderr = _batch(str(src), str(tgt), "--db", str(db))
    assert ("aligner: warning: nota and nota - copia were stored from files of the same "
            "content (byte for byte): every export holds their units twice") in stderr
    assert "otra" not in stderr
    out = tmp_path / "all.tmx"
    code, _, stderr = run("export", str(db), "-o", str(out), "--unique")
    assert code == 0
    # campo and fabrica each end with a thank-you, translated otherwise: both kept
    assert stderr == f"aligner: wrote 6 units to {out}, 3 repeated units left out (--unique)\n"
    assert out.read_text(encoding="utf-8").count("Gracias por su atención.") == 2


def test_unique_leaves_out_a_unit_only_where_one_like_it_was_written(tmp_path: Path) -> None:
    """The first of two like units is below --min-score: the second is written."""
    from aligner.collection.duplicates import UniqueUnits
    from aligner.model import Alignment, Bead

    def doc(score: float) -> Alignment:
        return Alignment(("Hola.", "Adiós."), ("Hello.", "Bye."),
                         (Bead((0,), (0,), score), Bead((1,), (1,), 0.9)), "es", "en")

    once = UniqueUnits(min_score=0.5)
    first, second = [a for _, a in once([("a", doc(0.2)), ("b", doc(0.8))])]
    assert first == doc(0.2)
    assert [(b.src, b.tgt) for b in second.beads] == [((0,), (0,)), ((1,), ()), ((), (1,))]
    assert once.left_out == 1


def test_unique_goes_with_a_file_of_units_not_a_saved_alignment_out(
        tmp_path: Path, collection: Path) -> None:
    code, _, stderr = run("export", str(collection), "--doc", "2021/mina", "--unique",
                          "-o", str(tmp_path / "a.json"))
    assert code == 2 and "--unique goes with TMX, XLIFF, TSV, CSV and XLSX" in stderr


# A memory merged from two: "Véase la cláusula 4." / "See clause 4." three times, the
# tenant twice, a unit that differs from the first only in its target (kept), and one
# without a target (never written, so no first time).
MERGED_TSV = ("Véase la cláusula 4.\tSee clause 4.\n"
              "El inquilino paga.\tThe tenant pays.\n"
              "Véase la cláusula 4.\tSee clause 4.\n"
              "Véase la cláusula 4.\tSee section 4.\n"
              "Sin traducir.\t\n"
              "El inquilino paga.\tThe tenant pays.\n"
              "Véase la cláusula 4.\tSee clause 4.\n")


@pytest.mark.parametrize("out_suffix", [".tmx", ".xlf", ".tsv", ".csv"])
def test_unique_drops_the_exact_repeats_of_a_file_of_units(tmp_path: Path,
                                                         out_suffix: str) -> None:
    tsv = tmp_path / "merged.tsv"
    tsv.write_text(MERGED_TSV, encoding="utf-8")
    tmx = tmp_path / "merged.tmx"  # the same memory as a TMX, read back as one
    code, _, stderr = run("export", str(tsv), "--src-lang", "es", "--tgt-lang", "en",
                          "-o", str(tmx))
    assert code == 0, stderr
    for given in (tsv, tmx):
        out = tmp_path / f"unique-{given.suffix[1:]}{out_suffix}"
        code, _, stderr = run("export", str(given), "--src-lang", "es", "--tgt-lang", "en",
                              "--unique", "-o", str(out))
        assert code == 0, stderr
        assert f"wrote 3 units to {out}, 3 repeated units left out (--unique)" in stderr
        back = tmp_path / f"back-{given.suffix[1:]}{out_suffix}.tsv"
        code, _, stderr = run("export", str(out), "--src-lang", "es", "--tgt-lang", "en",
                              "-o", str(back))
        assert code == 0, stderr
        rows = [line.split("\t")[:2] for line in
                back.read_text(encoding="utf-8").splitlines()]
        assert rows == [["Véase la cláusula 4.", "See clause 4."],
                        ["El inquilino paga.", "The tenant pays."],
                        ["Véase la cláusula 4.", "See section 4."]]


def test_unique_counts_across_the_files_given_and_keeps_a_tmx_unit_as_read(
        tmp_path: Path) -> None:
    tmx = tmp_path / "a.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" '
        'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="es" '
        'datatype="plaintext"/><body>'
        '<tu creationid="ANA"><prop type="x-Client">Acme</prop><tuv xml:lang="es"><seg>Hola.'
        '</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu>'
        '<tu creationid="LUIS"><tuv xml:lang="es"><seg>Hola.</seg></tuv><tuv xml:lang="en">'
        '<seg>Hello.</seg></tuv></tu></body></tmx>\n', encoding="utf-8")
    tsv = tmp_path / "b.tsv"
    tsv.write_text("Hola.\tHello.\nAdiós.\tBye.\n", encoding="utf-8")
    out = tmp_path / "out.tmx"
    code, _, stderr = run("export", str(tmx), str(tsv), "--src-lang", "es", "--tgt-lang",
                          "en", "--unique", "-o", str(out))
    assert code == 0, stderr
    assert f"wrote 2 units to {out}, 2 repeated units left out (--unique)" in stderr
    written = out.read_text(encoding="utf-8")
    assert 'creationid="ANA"' in written and "Acme" in written  # the first, whole
    assert "LUIS" not in written and "Adiós." in written
    # a score below --min-score is no first time: the next copy is written
    low = tmp_path / "low.tsv"
    low.write_text("Hola.\tHello.\t0.2\nHola.\tHello.\t0.9\n", encoding="utf-8")
    code, _, stderr = run("export", str(low), "--src-lang", "es", "--tgt-lang", "en",
                          "--unique", "--min-score", "0.5", "-o", str(tmp_path / "low.out.tsv"))
    assert code == 0, stderr
    assert (tmp_path / "low.out.tsv").read_text(encoding="utf-8").count("Hola.") == 1


def test_three_copies_are_named_in_one_list(tmp_path: Path) -> None:
    src, tgt = write_folders(tmp_path, {"nota": DOCS["2022/campo"]})
    for folder, lang in ((src, "es"), (tgt, "en")):
        for copy in ("nota - copia", "nota (1)"):
            shutil.copy(folder / f"nota.{lang}.txt", folder / f"{copy}.{lang}.txt")
    stderr = _batch(str(src), str(tgt), "--db", str(tmp_path / "d.db"))
    assert ("aligner: warning: nota, nota (1) and nota - copia were stored from files of "
            "the same content (byte for byte): every export holds their units 3 times") in stderr


def _confirm(db: Path, name: str, bead: int) -> None:
    from aligner.editor.catalog import CollectionDocuments
    from aligner.editor.edits import Edit, Op

    docs = CollectionDocuments(db)
    try:
        session = docs[next(s.id for s in docs.summaries() if s.name == name)].session
        session.edit(Edit(Op.CONFIRM, bead), session.snapshot().version)
    finally:
        docs.close()


def test_reviewed_only_names_a_copy_only_for_the_units_it_writes_twice(tmp_path: Path) -> None:
    """The walk's export --reviewed-only warned that a copy's units were written twice
    when none of them was written."""
    src, tgt = write_folders(tmp_path, {"nota": DOCS["2022/campo"]})
    for folder, lang in ((src, "es"), (tgt, "en")):
        shutil.copy(folder / f"nota.{lang}.txt", folder / f"nota - copia.{lang}.txt")
    db = tmp_path / "d.db"
    _batch(str(src), str(tgt), "--db", str(db))
    _confirm(db, "nota", 0)
    out = tmp_path / "reviewed.tsv"
    code, _, stderr = run("export", str(db), "-o", str(out), "--reviewed-only")
    assert code == 0, stderr
    assert stderr == f"aligner: wrote 1 unit to {out} (reviewed beads only)\n"  # none of the copy
    _confirm(db, "nota - copia", 0)
    _confirm(db, "nota - copia", 1)  # not reviewed in nota: written once
    code, _, stderr = run("export", str(db), "-o", str(out), "--reviewed-only")
    assert code == 0, stderr
    assert stderr == (f"aligner: warning: {db}: 1 document is a copy of another (files of "
                      "the same content): nota - copia (of nota): 1 unit of it written twice "
                      "(--unique writes each unit once)\n"
                      f"aligner: wrote 3 units to {out} (reviewed beads only)\n")
