"""``aligner import``: units the collection holds already in another document are left
out (its own export imported back), and ``--keep-duplicates`` keeps them."""

from __future__ import annotations

import json
from pathlib import Path

from aligner.collection.store import open_collection
from tests.collection.conftest import run


def _units(db: Path, name: str) -> list[tuple[str, str]]:
    with open_collection(db) as c:
        (doc,) = c.documents([name])
        al = c.alignment(doc)
    return [(al.src_sentences[b.src[0]], al.tgt_sentences[b.tgt[0]]) for b in al.beads]


def _hits(db: Path, query: str) -> list[str]:
    code, out, stderr = run("search", str(db), query, "--format", "json")
    assert code == 0, stderr
    return [hit["document"] for hit in json.loads(out)["hits"]]


def test_the_collection_s_own_tmx_imported_back_adds_nothing(collection: Path,
                                                              tmp_path: Path) -> None:
    tmx = tmp_path / "archive.tmx"
    code, _, stderr = run("export", str(collection), "-o", str(tmx))
    assert code == 0, stderr
    before = _hits(collection, "chilena")
    code, _, stderr = run("import", str(collection), str(tmx))
    assert code == 0, stderr
    assert (f"aligner: warning: {tmx}: all 13 units of tm/archive.tmx left out: other "
            "documents of the collection hold the same source and target text "
            "(--keep-duplicates imports them)") in stderr
    assert stderr.endswith("aligner: 0 memories imported, 0 replaced, 0 unchanged, of 1; "
                           f"0 units -> {collection}; 13 units held already left out "
                           "(above)\n")
    assert _hits(collection, "chilena") == before
    with open_collection(collection) as c:
        assert "tm/archive.tmx" not in {d.name for d in c.documents()}
    # asked for, they are imported: each hit twice
    code, _, stderr = run("import", str(collection), str(tmx), "--keep-duplicates")
    assert code == 0, stderr
    assert "1 memory imported" in stderr and "13 units ->" in stderr
    assert len(_hits(collection, "chilena")) == 2 * len(before)


def test_only_the_units_held_are_left_out_and_the_rest_is_imported(
        collection: Path, tmp_path: Path) -> None:
    tsv = tmp_path / "mixed.tsv"
    tsv.write_text(
        # held by 2021/puerto (white space aside)
        "El puerto abrió sus  muelles en marzo.\tThe port opened its docks in March.\n"
        # the same source, another translation: not held
        "La mina de cobre empleaba a dos mil obreros.\tThe copper mine had 2,000 workers.\n"
        "El tren llegó tarde.\tThe train was late.\n", encoding="utf-8")
    code, _, stderr = run("import", str(collection), str(tsv))
    assert code == 0, stderr
    assert (f"aligner: warning: {tsv}: 1 unit of tm/mixed.tsv left out: other documents "
            "of the collection hold the same source and target text") in stderr
    assert "1 memory imported" in stderr and "2 units ->" in stderr
    assert _units(collection, "tm/mixed.tsv") == [
        ("La mina de cobre empleaba a dos mil obreros.", "The copper mine had 2,000 workers."),
        ("El tren llegó tarde.", "The train was late.")]
    # the file unchanged: imported again, it is left as it is
    code, _, stderr = run("import", str(collection), str(tsv))
    assert code == 0 and "1 unchanged" in stderr and "left out" not in stderr


def test_the_same_texts_in_another_pair_are_not_held(collection: Path,
                                                     tmp_path: Path) -> None:
    # es -> en holds this unit; the file is en -> es, another pair
    tmx = tmp_path / "reverse.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" '
        'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="hand" '
        'creationtool="hand" creationtoolversion="1"/><body><tu>'
        '<tuv xml:lang="en"><seg>El puerto abrió sus muelles en marzo.</seg></tuv>'
        '<tuv xml:lang="es"><seg>The port opened its docks in March.</seg></tuv>'
        '</tu></body></tmx>\n', encoding="utf-8")
    code, _, stderr = run("import", str(collection), str(tmx), "--src-lang", "en",
                          "--tgt-lang", "es")
    assert code == 0, stderr
    assert "left out" not in stderr and "1 memory imported" in stderr


def test_a_changed_memory_is_not_compared_with_its_own_document(tmp_path: Path) -> None:
    tsv = tmp_path / "m.tsv"
    tsv.write_text("Llovía.\tIt was raining.\n", encoding="utf-8")
    db = tmp_path / "m.db"
    assert run("import", str(db), str(tsv), "--src-lang", "es", "--tgt-lang", "en")[0] == 0
    tsv.write_text("Llovía.\tIt was raining.\nNevaba.\tIt was snowing.\n", encoding="utf-8")
    code, _, stderr = run("import", str(db), str(tsv))
    assert code == 0, stderr
    assert "1 replaced" in stderr and "left out" not in stderr
    assert _units(db, "tm/m.tsv") == [("Llovía.", "It was raining."),
                                      ("Nevaba.", "It was snowing.")]


def test_by_document_restores_the_documents_of_the_collection_s_export(
        collection: Path, tmp_path: Path) -> None:
    tmx = tmp_path / "archive.tmx"
    assert run("export", str(collection), "-o", str(tmx))[0] == 0
    restored = tmp_path / "restored.db"
    code, _, stderr = run("import", str(restored), str(tmx), "--by-document")
    assert code == 0, stderr
    assert stderr.endswith(f"aligner: 4 memories imported, 0 replaced, 0 unchanged, of 4; "
                           f"13 units -> {restored}\n")
    with open_collection(restored) as c:
        assert [(d.name, d.kind) for d in c.documents()] == [
            ("2021/mina", "memory"), ("2021/puerto", "memory"), ("2022/campo", "memory"),
            ("2022/fabrica", "memory")]
    assert _units(restored, "2021/mina") == [
        ("La mina de cobre empleaba a dos mil obreros.",
         "The copper mine employed two thousand workers."),
        ("Según sus defensores, la vía chilena pasaba por las urnas.",
         "According to its defenders, the Chilean road ran through the ballot box."),
        ("El sindicato pidió un aumento del diez por ciento.",
         "The union asked for a ten percent raise.")]
    code, _, stderr = run("import", str(restored), str(tmx), "--by-document")
    assert code == 0 and "0 memories imported, 0 replaced, 4 unchanged, of 4" in stderr
    # without it, the file is one memory, as before
    code, _, stderr = run("import", str(tmp_path / "one.db"), str(tmx))
    assert code == 0 and "1 memory imported" in stderr and "13 units" in stderr
