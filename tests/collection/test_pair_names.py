"""A document of one language pair is never replaced by a pair of another: a run finds
its pair's documents by their language pair, wherever their folder went, and names a
new one by a rule that does not depend on which pair came first (collection/clashes.py;
the walk of a localization engineer, walk_loc P1, P2, P4, P6)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.collection.conftest import run

# our own text: an English help page, its Spanish and French translations
TEXTS = {
    "en": "Invoices are kept for seven years. Download them from the Billing page.\n",
    "es": "Las facturas se conservan siete años. Descárguelas desde la página Facturación.\n",
    "fr": "Les factures sont conservées sept ans. Téléchargez-les depuis la page Facturation.\n",
}
EXTRA = {  # a page only some languages have yet
    "en": "The export runs every night. It keeps the last ten files.\n",
    "es": "La exportación se ejecuta cada noche. Conserva los diez últimos archivos.\n",
    "fr": "L'export s'exécute chaque nuit. Il garde les dix derniers fichiers.\n",
}


def _write(root: Path, langs: str = "en es fr", extra: str = "") -> Path:
    for lang in langs.split():
        (root / lang).mkdir(parents=True, exist_ok=True)
        (root / lang / f"faq.{lang}.txt").write_text(TEXTS[lang], encoding="utf-8")
    for lang in extra.split():
        (root / lang / f"export.{lang}.txt").write_text(EXTRA[lang], encoding="utf-8")
    return root


def _batch(root: Path, src: str, tgt: str, db: Path, *extra: str) -> tuple[int, str]:
    code, _, stderr = run("batch", str(root / src), str(root / tgt), "--db", str(db),
                          "--jobs", "1", "--encoder", "none", *extra)
    return code, stderr


def _documents(db: Path) -> dict[str, tuple[str, str, str]]:
    """name -> (languages, target file, the first bead's target text)."""
    conn = sqlite3.connect(db)
    try:
        return {name: (f"{s}-{t}", Path(tgt).name, text) for name, s, t, tgt, text in
                conn.execute("SELECT d.name, d.src_lang, d.tgt_lang, d.tgt_path, b.target "
                             "FROM documents d JOIN beads b ON b.doc = d.id AND b.unit = 0")}
    finally:
        conn.close()


def test_a_moved_folder_finds_every_language_pair_s_documents(tmp_path: Path) -> None:
    """walk_loc P1: after the archive folder was renamed, batching the French pair
    replaced the Spanish document ``faq`` by a second copy of the French one (exit 0)."""
    arch = _write(tmp_path / "arch")
    db = tmp_path / "c.db"
    assert _batch(arch, "en", "es", db)[0] == 0
    assert _batch(arch, "en", "fr", db)[0] == 0
    before = _documents(db)
    assert before == {
        "faq": ("en-es", "faq.es.txt", "Las facturas se conservan siete años."),
        "fr/faq": ("en-fr", "faq.fr.txt", "Les factures sont conservées sept ans.")}
    moved = tmp_path / "arch-2026"
    arch.rename(moved)
    code, stderr = _batch(moved, "en", "fr", db)
    assert code == 0, stderr
    assert "0 pairs aligned, 1 unchanged, 0 failed, of 1" in stderr
    assert "same content" not in stderr  # no duplicate said
    assert _documents(db) == before
    conn = sqlite3.connect(db)
    paths = dict(conn.execute("SELECT name, tgt_path FROM documents").fetchall())
    conn.close()
    assert paths["fr/faq"] == str((moved / "fr/faq.fr.txt").resolve())  # the new path written
    code, stderr = _batch(moved, "en", "es", db)  # and the Spanish pair: found too
    assert code == 0 and "0 pairs aligned, 1 unchanged" in stderr, stderr
    assert _documents(db) == before


def test_force_on_a_copied_folder_replaces_only_its_own_pair_s_document(tmp_path: Path
                                                                         ) -> None:
    """walk_loc P2: a copy of the archive failed with a clash against the Spanish
    document, and the --force the message advised replaced it by the French pair."""
    arch = _write(tmp_path / "arch")
    db = tmp_path / "c.db"
    assert _batch(arch, "en", "es", db)[0] == 0
    assert _batch(arch, "en", "fr", db)[0] == 0
    copy = tmp_path / "copy"
    shutil.copytree(arch, copy)
    code, stderr = _batch(copy, "en", "fr", db)  # the same bytes: the stored document
    assert code == 0 and "0 pairs aligned, 1 unchanged, 0 failed" in stderr, stderr
    code, stderr = _batch(copy, "en", "fr", db, "--force")
    assert code == 0 and "1 pair aligned" in stderr, stderr
    docs = _documents(db)
    assert docs["faq"] == ("en-es", "faq.es.txt", "Las facturas se conservan siete años.")
    assert docs["fr/faq"][0] == "en-fr" and len(docs) == 2


def test_a_pair_never_replaces_another_pair_s_document_with_force_neither(tmp_path: Path
                                                                          ) -> None:
    """The same two files the other way round, their folder moved: the es -> en
    document is not realigned en -> es in its place."""
    arch = _write(tmp_path / "arch", "en es")
    db = tmp_path / "c.db"
    assert _batch(arch, "es", "en", db)[0] == 0
    before = _documents(db)
    moved = tmp_path / "moved"
    arch.rename(moved)
    code, stderr = _batch(moved, "en", "es", db, "--force")
    assert code == 1, stderr
    assert ("the collection holds a document of es -> en named 'faq', from "
            f"{(arch / 'es/faq.es.txt').resolve()} and {(arch / 'en/faq.en.txt').resolve()}: "
            "a pair of en -> es never replaces a document of another language pair, with "
            "--force neither") in stderr
    assert _documents(db) == before


def test_every_pair_but_the_first_names_its_documents_with_its_language(tmp_path: Path
                                                                        ) -> None:
    """walk_loc P6: ``export`` was stored bare for the pair batched first that had it
    (fr), and ``es/export`` for Spanish later: names told nothing of the language."""
    arch = _write(tmp_path / "arch", extra="en fr")
    db = tmp_path / "c.db"
    assert _batch(arch, "en", "es", db)[0] == 0  # the first pair: names as they are
    code, stderr = _batch(arch, "en", "fr", db)
    assert code == 0, stderr
    assert ("aligner: en -> fr is not the collection's first language pair: its new "
            "documents are named with their target language (fr/export, fr/faq)"
            ) in stderr.splitlines()
    (arch / "es/export.es.txt").write_text(EXTRA["es"], encoding="utf-8")
    assert _batch(arch, "en", "es", db)[0] == 0
    assert {n: v[0] for n, v in _documents(db).items()} == {
        "faq": "en-es", "export": "en-es", "fr/faq": "en-fr", "fr/export": "en-fr"}
    code, stderr = _batch(arch, "en", "fr", db)  # found under those names, without a word
    assert code == 0 and "0 pairs aligned, 2 unchanged" in stderr, stderr
    assert "named with" not in stderr


def test_names_an_earlier_version_gave_are_found(tmp_path: Path) -> None:
    """A collection whose French pair got the bare name (an earlier aligner: the name was
    free) keeps it; the Spanish pair of that name is stored beside it."""
    arch = _write(tmp_path / "arch", extra="en fr")
    db = tmp_path / "c.db"
    assert _batch(arch, "en", "es", db)[0] == 0
    assert _batch(arch, "en", "fr", db)[0] == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE documents SET name = 'export' WHERE name = 'fr/export'")
    conn.commit()
    conn.close()
    code, stderr = _batch(arch, "en", "fr", db)
    assert code == 0 and "0 pairs aligned, 2 unchanged" in stderr, stderr
    (arch / "es/export.es.txt").write_text(EXTRA["es"], encoding="utf-8")
    code, stderr = _batch(arch, "en", "es", db)
    assert code == 0, stderr
    assert ("aligner: export is a document of en -> fr in the collection: this pair is stored "
            "as es/export") in stderr.splitlines()
    assert {n: v[0] for n, v in _documents(db).items()} == {
        "faq": "en-es", "export": "en-fr", "es/export": "en-es", "fr/faq": "en-fr"}


def test_a_manifest_of_stored_files_stores_them_once(tmp_path: Path) -> None:
    """walk_loc P4: a manifest names ``en/faq`` the files a folder run stored as ``faq``:
    they were stored a second time, every export holding their units twice."""
    arch = _write(tmp_path / "arch", "en es")
    db = tmp_path / "c.db"
    assert _batch(arch, "en", "es", db)[0] == 0
    manifest = arch / "pairs.tsv"
    manifest.write_text("src\ttgt\nen/faq.en.txt\tes/faq.es.txt\n", encoding="utf-8")
    code, _, stderr = run("batch", "--manifest", str(manifest), "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    assert "0 pairs aligned, 1 unchanged, 0 failed, of 1" in stderr
    assert ("aligner: en/faq: its two files are stored as the document faq: taken as that "
            "document, not stored twice") in stderr.splitlines()
    assert list(_documents(db)) == ["faq"]


def test_prune_after_a_move_takes_out_no_document_of_another_language_pair(
        tmp_path: Path) -> None:
    """A moved folder leaves every stored path gone: ``batch en fr --prune`` from the new
    place must not take the Spanish documents out (their pair was not batched), and says
    which run would."""
    arch = _write(tmp_path / "arch", extra="en es")
    db = tmp_path / "c.db"
    assert _batch(arch, "en", "es", db)[0] == 0
    assert _batch(arch, "en", "fr", db)[0] == 0
    spanish = {n: d for n, d in _documents(db).items() if d[0] == "en-es"}
    assert set(spanish) == {"faq", "export"}
    moved = tmp_path / "elsewhere"
    _write(moved, langs="en fr")  # only the French pair is here now
    shutil.rmtree(arch)
    code, stderr = _batch(moved, "en", "fr", db, "--prune")
    assert code == 0, stderr
    assert {n: d for n, d in _documents(db).items() if d[0] == "en-es"} == spanish
    assert "removed" not in stderr
    assert "it is a document of en->es, which this run did not batch" in stderr
    # a run of the Spanish pair itself, with --prune, does take its gone documents out
    (moved / "es").mkdir()
    for lang in ("en", "es"):
        (moved / lang / f"faq.{lang}.txt").write_text(TEXTS[lang], encoding="utf-8")
    code, stderr = _batch(moved, "en", "es", db, "--prune")
    assert code == 0, stderr
    assert {n for n, d in _documents(db).items() if d[0] == "en-es"} == {"faq"}
    assert "removed 1 document whose files are gone: export" in stderr


def test_the_reverse_pair_s_clash_names_the_language_pair_and_no_force(
        tmp_path: Path) -> None:
    """``batch es en`` over the folders of an ``en -> es`` run fails naming the other
    language pair, without advising --force, which would be refused too (docs walk)."""
    arch = _write(tmp_path / "arch", langs="en es")
    db = tmp_path / "c.db"
    assert _batch(arch, "en", "es", db)[0] == 0
    for extra in ((), ("--force",)):
        code, stderr = _batch(arch, "es", "en", db, *extra)
        assert code == 1, stderr
        assert ("a pair of es -> en never replaces a document of another language pair, "
                "with --force neither") in stderr
        assert "or --force to replace" not in stderr
