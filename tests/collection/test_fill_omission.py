"""A sentence the translation left out, filled in by the translator in the collection's
own XLIFF export (``export --untranslated``) and brought back by ``import --into``: it
becomes the translation of that sentence (the pharma translator's walk: a leaflet's
warning sentence omitted, then delivered)."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.collection.conftest import db_rows, run

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


def test_filled_beside_a_correction_of_the_sentence_before(tmp_path: Path) -> None:
    """The sentence before is corrected in the same file: both are made, the correction
    a text edit of its bead, the translation a sentence of its own."""
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


# The leaflet in Japanese, written without spaces: its warning sentence left out.
LEFT_OUT_JA = "この薬の服用中に飲酒すると、肝臓を傷める危険が高まります。"
JA = ("この説明書は大切に保管してください。もう一度読む必要があるかもしれません。\n\n"
      "食後に水で1錠服用してください。腎臓に問題がある場合は医師に伝えてください。\n\n"
      "25℃以下で元の包装のまま保管してください。\n")


def _japanese(tmp_path: Path) -> Path:
    """The leaflet's en and ja files batched into a new collection, filled in from the
    collection's XLIFF export by import --into, the Japanese storage line corrected
    (a reviewed bead that a later batch carries over)."""
    for lang, text in (("en", EN), ("ja", JA)):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"leaflet.{lang}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(tmp_path / "en"), str(tmp_path / "ja"), "--db",
                          str(db), "--no-glossary", "--jobs", "1", "--encoder", "none")
    assert code == 0, stderr
    xlf = tmp_path / "leaflet.xlf"
    assert run("export", str(db), "--doc", "leaflet", "--untranslated", "--format",
               "xliff12", "-o", str(xlf))[0] == 0
    text = xlf.read_text(encoding="utf-8")
    empty = '<target state="needs-translation"/>'
    assert text.count(empty) == 1 and text.count("元の包装のまま") == 1
    xlf.write_text(text.replace(empty, f'<target state="translated">{LEFT_OUT_JA}</target>')
                   .replace("元の包装のまま", "元の箱に入れたまま"), encoding="utf-8")
    code, _, stderr = run("import", str(db), str(xlf), "--into", "leaflet")
    assert code == 0 and "1 source sentence without a counterpart given the file's " \
                         "translation" in stderr, stderr
    return db


def test_a_japanese_omission_is_one_inserted_sentence_undone_in_review(tmp_path: Path) -> None:
    """Japanese has no spaces to split a neighbour at: the translation is a sentence of
    its own, one insert-sentence edit, its row marked as no file's; aligner review's
    undo takes it out (the bead 1-0 again), redo puts it back."""
    from aligner.editor.dbstore import CollectionStore, ReviewDatabase
    from aligner.editor.session import EditSession

    db = _japanese(tmp_path)
    pairs = _pairs(db, tmp_path)
    assert (LEFT_OUT, LEFT_OUT_JA) in pairs and len(pairs) == 6
    assert db_rows(db, "SELECT op, inserts FROM edits ORDER BY version") == [
        ("text", None), ("insert-sentence", '[{"side": "tgt", "sentence": 3, "text": "'
                         + LEFT_OUT_JA + '", "remove": false}]')]
    # the new row: its file's text empty, at the end of the sentence before it
    (end,) = db_rows(db, "SELECT \"end\" FROM sentences WHERE side = 'tgt' AND idx = 2")[0]
    assert db_rows(db, "SELECT text, original, start, \"end\" FROM sentences WHERE "
                       "side = 'tgt' AND idx = 3") == [(LEFT_OUT_JA, "", end, end)]
    assert db_rows(db, "SELECT tgt_sentences FROM documents") == [(6,)]
    database = ReviewDatabase(db)
    try:
        (doc,) = database.documents()
        session = EditSession(CollectionStore(database, doc))
        undone = session.undo(session.snapshot().version)
        assert LEFT_OUT_JA not in undone.alignment.tgt_sentences
        assert [b.tgt for b in undone.alignment.beads if not b.tgt] == [()]
        session.redo(undone.version)
    finally:
        database.close()
    assert _pairs(db, tmp_path) == pairs
    assert [op for (op,) in db_rows(db, "SELECT op FROM edits ORDER BY version")] == [
        "text", "insert-sentence", "undo", "redo"]


def _batch_again(tmp_path: Path, db: Path) -> str:
    code, _, stderr = run("batch", str(tmp_path / "en"), str(tmp_path / "ja"), "--db",
                          str(db), "--no-glossary", "--jobs", "1", "--encoder", "none")
    assert code == 0, stderr
    return stderr


def test_a_batch_of_a_file_that_now_has_the_sentence_carries_it(tmp_path: Path) -> None:
    db = _japanese(tmp_path)
    ja = tmp_path / "ja" / "leaflet.ja.txt"
    ja.write_text(JA.replace("服用してください。", f"服用してください。{LEFT_OUT_JA}"),
                  encoding="utf-8")
    stderr = _batch_again(tmp_path, db)
    assert "aligned again with the review of 2 beads carried over" in stderr, stderr
    assert "dropped" not in stderr
    assert (LEFT_OUT, LEFT_OUT_JA) in _pairs(db, tmp_path)
    # the sentence is the file's now: no mark of an inserted one left
    assert db_rows(db, "SELECT original FROM sentences WHERE text = '" + LEFT_OUT_JA
                   + "'") == [(None,)]


def test_a_batch_of_a_file_still_without_it_says_the_translation_is_dropped(
        tmp_path: Path) -> None:
    db = _japanese(tmp_path)
    ja = tmp_path / "ja" / "leaflet.ja.txt"
    ja.write_text(JA.replace("もう一度", "もう一度よく"), encoding="utf-8")
    stderr = _batch_again(tmp_path, db)
    said = f"the inserted sentence of bead 3's target is dropped: \"{LEFT_OUT_JA}\""
    assert said in stderr, stderr
    assert (LEFT_OUT, "") in _pairs(db, tmp_path)
