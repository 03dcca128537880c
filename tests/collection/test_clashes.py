"""One original, several translations: a pair whose name is a document of another
language pair is stored beside it, named with its language (collection/clashes.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from aligner.collection.clashes import own_names
from aligner.collection.pairing import Pair
from aligner.collection.rows import MEMORY, DocumentRow
from aligner.collection.store import open_collection
from tests.collection.conftest import run

# our own text (the walk of an NGO's communications lead: es -> en, then es -> fr)
SPANISH = "La planta potabilizadora abrió en marzo. Da agua a tres mil familias.\n"
ENGLISH = "The water treatment plant opened in March. It supplies three thousand families.\n"
FRENCH = "L'usine de potabilisation a ouvert en mars. Elle alimente trois mille familles.\n"


def _row(name: str, src_lang: str, tgt_lang: str, kind: str = "pair", src: str = "",
         tgt: str = "", doc: int = 2) -> DocumentRow:
    return DocumentRow(doc, name, src or f"es/{name}.es.txt", tgt or f"en/{name}.en.txt", "",
                       "", "", "aligned", None, src_lang, tgt_lang, 2, 2, 2, kind)


def test_a_pair_finds_its_language_pair_s_document_and_names_a_new_one() -> None:
    pairs = [Pair("nota", Path("es/nota.es.txt"), Path("fr/nota.fr.txt")),
             Pair("otra", Path("es/otra.es.txt"), Path("fr/otra.fr.txt")),
             Pair("carta", Path("es/carta.es.txt"), Path("fr/carta.fr.txt")),
             Pair("acta", Path("es/acta.es.txt"), Path("fr/acta.fr.txt")),
             Pair("tm", Path("es/tm.es.txt"), Path("fr/tm.fr.txt")),
             Pair("mismo", Path("es/mismo.es.txt"), Path("en/mismo.en.txt")),
             Pair("ajeno", Path("es/ajeno.es.txt"), Path("fr/ajeno.fr.txt")),
             Pair("dado", Path("es/dado.es.txt"), Path("fr/dado.fr.txt"), named=True),
             Pair("viejo", Path("es/viejo.es.txt"), Path("fr/viejo.fr.txt"))]
    stored = {"nota": _row("nota", "es", "en", doc=1),  # the collection's first pair
              "otra": _row("otra", "es-ES", "fr-FR"),  # the same pair, regions aside
              "carta": _row("carta", "es", "en"),  # fr/carta is another pair's too
              "fr/carta": _row("fr/carta", "en", "fr"),
              "tm": _row("tm", "es", "en", MEMORY),  # a memory of another pair
              # the same two files in other languages: that document, realigned in them
              "mismo": _row("mismo", "es", "en"),
              # another original: another document
              "ajeno": _row("ajeno", "es", "en", src="2024/es/ajeno.es.txt"),
              # an earlier version's name of this pair, found under it
              "es-fr/viejo": _row("es-fr/viejo", "es", "fr")}
    named = own_names(pairs, stored, "es", "fr")
    assert [p.name for p in named.pairs] == [
        "fr/nota", "otra", "es-fr/carta", "fr/acta", "fr/tm", "mismo", "fr/ajeno", "dado",
        "es-fr/viejo"]
    assert named.pairs[0].src == pairs[0].src and named.pairs[0].tgt == pairs[0].tgt
    # es -> fr is not the first pair: every new document is named with its language
    assert named.named == [("nota", None, "fr/nota"), ("carta", None, "es-fr/carta"),
                           ("acta", None, "fr/acta"), ("tm", None, "fr/tm"),
                           ("ajeno", None, "fr/ajeno")]
    # stored so already (an earlier run): named so again, without a word
    for name in ("fr/nota", "es-fr/carta", "fr/acta"):
        stored[name] = _row(name, "es", "fr")
    named = own_names(pairs[:4], stored, "es", "fr")
    assert [p.name for p in named.pairs] == ["fr/nota", "otra", "es-fr/carta", "fr/acta"]
    assert named.named == []


def test_the_first_pair_keeps_the_names_its_files_give() -> None:
    """... unless an earlier version gave the name to another pair's document."""
    pairs = [Pair("nota", Path("es/nota.es.txt"), Path("en/nota.en.txt")),
             Pair("acta", Path("es/acta.es.txt"), Path("en/acta.en.txt"))]
    stored = {"carta": _row("carta", "es", "en", doc=1),
              "nota": _row("nota", "es", "fr", tgt="fr/nota.fr.txt")}
    named = own_names(pairs, stored, "es", "en")
    assert [p.name for p in named.pairs] == ["en/nota", "acta"]
    assert named.named == [("nota", "es -> fr", "en/nota")]
    # the first pair's documents realigned since (new ids, after the French ones'):
    # still the first pair, as it holds the most documents named as their files
    stored = {"carta": _row("carta", "es", "en", doc=5), "acta": _row("acta", "es", "en", doc=6),
              "fr/carta": _row("fr/carta", "es", "fr", tgt="fr/carta.fr.txt", doc=1)}
    pairs = [Pair("nota", Path("es/nota.es.txt"), Path("en/nota.en.txt"))]
    assert [p.name for p in own_names(pairs, stored, "es", "en").pairs] == ["nota"]
    pairs = [Pair("nota", Path("es/nota.es.txt"), Path("fr/nota.fr.txt"))]
    assert [p.name for p in own_names(pairs, stored, "es", "fr").pairs] == ["fr/nota"]


def _write(root: Path) -> None:
    for lang, text in (("es", SPANISH), ("en", ENGLISH), ("fr", FRENCH)):
        (root / lang).mkdir()
        (root / lang / f"nota.{lang}.txt").write_text(text, encoding="utf-8")


def test_a_second_translation_of_one_original_keeps_the_first(tmp_path: Path) -> None:
    """The French pair replaced the English document, its alignment and its review,
    without a word (exit 0); a reviewed English document kept the French pair out."""
    _write(tmp_path)
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / "en"), "--db", str(db),
                          "--jobs", "1")
    assert code == 0, stderr
    conn = sqlite3.connect(db)
    conn.execute("UPDATE beads SET review = 'confirmed', reviewed = '2026-12-07T07:00:00Z' "
                 "WHERE unit = 0")
    conn.commit()
    conn.close()
    code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / "fr"), "--db", str(db),
                          "--jobs", "1")
    assert code == 0, stderr
    assert ("aligner: es -> fr is not the collection's first language pair: its new documents "
            "are named with their target language (fr/nota)") in stderr.splitlines()
    assert "1 pair aligned" in stderr
    with open_collection(db) as c:
        docs = {d.name: (d.src_lang, d.tgt_lang, d.tgt_path) for d in c.documents()}
        assert c.reviewed_beads() == {"nota": 1}
    assert docs == {"nota": ("es", "en", str((tmp_path / "en/nota.en.txt").resolve())),
                    "fr/nota": ("es", "fr", str((tmp_path / "fr/nota.fr.txt").resolve()))}
    # the next run finds it under that name, and has nothing to say of it
    code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / "fr"), "--db", str(db),
                          "--jobs", "1")
    assert code == 0, stderr
    assert "0 pairs aligned, 1 unchanged" in stderr
    assert "stored as" not in stderr
    # run again: both unchanged, the French pair found under its name
    code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / "fr"), "--db", str(db),
                          "--jobs", "1")
    assert code == 0 and "0 pairs aligned, 1 unchanged" in stderr, stderr


def test_many_pairs_so_named_are_told_in_one_line() -> None:
    from aligner.collection.clashes import own_names_note

    named: list[tuple[str, str | None, str]] = [(n, "es -> en", f"fr/{n}")
                                                for n in ("a", "b", "c", "d", "e")]
    assert own_names_note(named[:2], ("es", "fr")).splitlines() == [
        "aligner: a is a document of es -> en in the collection: this pair is stored as fr/a",
        "aligner: b is a document of es -> en in the collection: this pair is stored as fr/b"]
    assert own_names_note(named, ("es", "fr")) == (
        "aligner: 5 pairs have the names of documents of other language pairs: each is "
        "stored as a document of its own, named with its language (fr/a, fr/b, fr/c and 2 "
        "more)")
    assert own_names_note([(n, None, f"fr/{n}") for n in "abcd"], ("en", "fr")) == (
        "aligner: en -> fr is not the collection's first language pair: its new documents "
        "are named with their target language (fr/a, fr/b, fr/c and 1 more)")
