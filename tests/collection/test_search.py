"""aligner search: the concordance matches word forms as the glossary checks do."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from aligner.collection.forms import FORMS_VERSION
from aligner.collection.store import open_collection
from tests.collection.conftest import run
from tests.collection.test_export import corpus_db  # noqa: F401  (a fixture)


def _hits(*args: str) -> list[dict[str, object]]:
    code, out, stderr = run("search", *args, "--format", "json")
    assert code == 0, stderr
    hits: list[dict[str, object]] = json.loads(out)["hits"]
    return hits


def test_singular_query_finds_plural_forms(corpus_db: Path) -> None:  # noqa: F811
    hits = _hits(str(corpus_db), "cordón industrial", "--side", "src", "--limit", "100")
    assert len(hits) >= 5
    for hit in hits:
        source = str(hit["source"])
        (start, end), *_ = hit["src_spans"]  # type: ignore[misc]
        assert source[start:end].lower() in ("cordones industriales", "cordón industrial")
        assert hit["document"] == "chile-73"
        assert isinstance(hit["unit"], int) and 0.0 <= float(hit["score"]) <= 1.0  # type: ignore[arg-type]
    # a sentence of the corpus that says it (unit numbers are those of aligner check)
    assert any(h["source"] == "Cordones industriales: ¿espontaneidad o planificación consciente?"
               for h in hits)


def test_words_must_be_in_order_and_adjacent(corpus_db: Path) -> None:  # noqa: F811
    assert _hits(str(corpus_db), "industrial cordón", "--side", "src") == []


def test_target_side_and_limit(corpus_db: Path) -> None:  # noqa: F811
    hits = _hits(str(corpus_db), "industrial belt", "--side", "tgt")
    assert hits and all("industrial belt" in str(h["target"]) for h in hits)
    assert len(_hits(str(corpus_db), "cordones", "--limit", "2")) == 2


def test_text_output_shows_both_sides(corpus_db: Path) -> None:  # noqa: F811
    code, out, stderr = run("search", str(corpus_db), "cordón industrial", "--limit", "1")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("chile-73  unit ")
    assert lines[1].startswith("  src: ") and "cordones industriales" in lines[1]
    assert lines[2].startswith("  tgt: ")
    assert "\x1b[" not in out  # no highlighting on a pipe
    assert stderr == "1 unit (--limit 1 reached)\n"


def test_hand_made_forms(collection: Path) -> None:
    # "vías chilenas" (plural) finds the singular in every document, on the source side
    hits = _hits(str(collection), "vías chilenas", "--side", "src")
    assert sorted(str(h["document"]) for h in hits) == [
        "2021/mina", "2021/puerto", "2022/campo", "2022/fabrica"]
    # the target side knows English forms: "docks" from "dock"
    hits = _hits(str(collection), "dock", "--side", "tgt")
    assert [(h["document"], h["unit"]) for h in hits] == [("2021/puerto", 0)]


def test_empty_query_is_an_error(collection: Path) -> None:
    code, _, stderr = run("search", str(collection), "  ")
    assert code == 2 and "empty" in stderr


# Punctuation around the words is not searched for: each query finds what its words find.
@pytest.mark.parametrize(("query", "words"), [
    ("derecha:", "derecha"),
    ("derecha.", "derecha"),
    ("derecha)", "derecha"),
    ("¿derecha?", "derecha"),
    ('"derecha"', "derecha"),
    ("«derecha»", "derecha"),
    ("Allende:", "Allende"),
    ('"cordones industriales"', "cordones industriales"),
    ("“cordón industrial”,", "cordón industrial"),
])
def test_punctuation_around_the_query_is_left_out(corpus_db: Path, query: str,  # noqa: F811
                                                  words: str) -> None:
    expected = _hits(str(corpus_db), words, "--limit", "100")
    assert expected
    assert _hits(str(corpus_db), query, "--limit", "100") == expected


def test_punctuation_between_words_matches_any_or_none(collection: Path) -> None:
    # the text: "Según sus defensores, la vía chilena pasaba por las urnas."
    for query in ("defensores, la vía chilena", "defensores: la vía chilena",
                  "defensores (la vía) chilena"):
        hits = _hits(str(collection), query, "--side", "src")
        assert [h["document"] for h in hits] == ["2021/mina"], query
        [[start, end]] = hits[0]["src_spans"]  # type: ignore[misc]
        assert str(hits[0]["source"])[start:end] == "defensores, la vía chilena"
    # without punctuation in the query, the comma in the text still breaks the phrase
    assert _hits(str(collection), "defensores la vía chilena", "--side", "src") == []
    # and the phrases must still follow one another
    assert _hits(str(collection), "defensores, chilena", "--side", "src") == []
    assert _hits(str(collection), "la vía chilena, defensores", "--side", "src") == []


def test_a_query_of_punctuation_only_is_an_error(collection: Path) -> None:
    code, _, stderr = run("search", str(collection), '"..."')
    assert code == 2 and "no word to search for" in stderr


def _chinese_collection(tmp_path: Path) -> Path:
    (tmp_path / "en").mkdir()
    (tmp_path / "zh").mkdir()
    (tmp_path / "en" / "a.en.txt").write_text("China is a big country.\n\nThe capital is "
                                              "Beijing.\n", encoding="utf-8")
    (tmp_path / "zh" / "a.zh.txt").write_text("中国是一个大国。\n\n首都是北京。\n",
                                              encoding="utf-8")
    db = tmp_path / "c.db"
    assert run("batch", str(tmp_path / "en"), str(tmp_path / "zh"), "--src-lang", "en",
               "--tgt-lang", "zh", "--db", str(db), "--jobs", "1")[0] == 0
    return db


def test_chinese_words_are_found_inside_sentences(tmp_path: Path) -> None:
    db = _chinese_collection(tmp_path)
    assert [h["unit"] for h in _hits(str(db), "北京")] == [1]
    assert [h["unit"] for h in _hits(str(db), "中国", "--side", "tgt")] == [0]
    assert _hits(str(db), "国中") == []  # the characters in another order


def test_a_german_verb_is_found_in_its_forms(tmp_path: Path) -> None:
    # s27: speichern finds gespeichert, as the glossary checks find it
    (tmp_path / "en").mkdir()
    (tmp_path / "de").mkdir()
    (tmp_path / "en" / "a.en.txt").write_text("Your changes were saved.\n\nThe shop is "
                                              "closed.\n", encoding="utf-8")
    (tmp_path / "de" / "a.de.txt").write_text("Ihre Änderungen wurden gespeichert.\n\n"
                                              "Der Speicherladen ist zu.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert run("batch", str(tmp_path / "en"), str(tmp_path / "de"), "--src-lang", "en",
               "--tgt-lang", "de", "--db", str(db), "--jobs", "1")[0] == 0
    hits = _hits(str(db), "speichern", "--side", "tgt")
    assert [(h["unit"], h["tgt_spans"]) for h in hits] == [(0, [[23, 34]])]


def test_a_word_hyphenated_at_a_line_end_is_found_whole(tmp_path: Path) -> None:
    # s30 walk item 8: check read Hub- / mechanismus as one word, search did not
    (tmp_path / "de").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "de" / "a.de.txt").write_text(
        "Halten Sie die Hände vom Hub-\nmechanismus fern.\n\nRufen Sie den Kunden-\n"
        "dienst an.\n", encoding="utf-8")
    (tmp_path / "en" / "a.en.txt").write_text(
        "Keep your hands clear of the lifting mechanism.\n\nCall the after-sales ser-\n"
        "vice.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert run("batch", str(tmp_path / "de"), str(tmp_path / "en"), "--src-lang", "de",
               "--tgt-lang", "en", "--db", str(db), "--jobs", "1")[0] == 0
    assert [h["unit"] for h in _hits(str(db), "Hubmechanismus")] == [0]
    assert [h["unit"] for h in _hits(str(db), "Kundendienst")] == [1]
    assert [h["unit"] for h in _hits(str(db), "service", "--side", "tgt")] == [1]
    assert _hits(str(db), "Hub") != []  # the parts as written are still words


def test_an_index_made_by_older_word_forms_is_remade_when_opened(tmp_path: Path) -> None:
    """A collection whose entries an older version wrote (Chinese indexed as runs of
    characters, before FORMS_VERSION 1) finds words inside sentences once reopened."""
    db = _chinese_collection(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE bead_forms SET tgt_forms = '中国是一个大国' WHERE rowid = "
                 "(SELECT min(id) FROM beads)")
    conn.execute("UPDATE bead_forms SET tgt_forms = '首都是北京' WHERE rowid = "
                 "(SELECT max(id) FROM beads)")
    conn.execute("UPDATE documents SET forms = 0")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM bead_forms WHERE bead_forms MATCH '北京'"
                        ).fetchone()[0] == 0  # the old entries hold no such word
    conn.close()
    assert [h["unit"] for h in _hits(str(db), "北京", "--side", "tgt")] == [1]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT forms FROM documents").fetchall() == [(FORMS_VERSION,)]
    conn.close()
    with open_collection(db) as c:
        assert c.problems() == []


def test_a_word_typed_without_its_accents_finds_what_the_accented_one_does(
        corpus_db: Path) -> None:  # noqa: F811
    accented = [(h["unit"], h["src_spans"]) for h in _hits(str(corpus_db), "política",
                                                            "--side", "src", "--limit", "99")]
    assert len(accented) > 10  # política, políticas, político, políticos
    assert [(h["unit"], h["src_spans"]) for h in _hits(
        str(corpus_db), "politica", "--side", "src", "--limit", "99")] == accented


def test_a_word_after_an_elided_article_is_marked_alone_and_follows_a_phrase() -> None:
    from aligner.collection.search import _QueryMatcher

    text = "Il vino, dell'autore."
    assert _QueryMatcher(["autore"], lang="it").find(text) == ((14, 20),)  # 'autore'
    # the article belongs to no phrase, but stands between two as a word does not
    assert _QueryMatcher(["vino", "autore"], lang="it").find(text) == ((3, 20),)


def test_substring_and_prefix_find_what_word_forms_do_not(collection: Path) -> None:
    # "chilen" is no word: the word search finds nothing, the characters do
    assert _hits(str(collection), "chilen", "--side", "src") == []
    prefix = _hits(str(collection), "chilen", "--side", "src", "--match", "prefix",
                   "--limit", "100")
    assert sorted((h["document"], h["unit"]) for h in prefix) == [
        ("2021/mina", 1), ("2021/puerto", 1), ("2022/campo", 1), ("2022/fabrica", 1)]
    for hit in prefix:
        (start, end), = hit["src_spans"]  # type: ignore[misc]
        assert str(hit["source"])[start:end] == "chilen"
        assert hit["tgt_spans"] == []
    # "ilena" is inside "chilena": no word starts with it
    assert _hits(str(collection), "ilena", "--side", "src", "--match", "prefix") == []
    inside = _hits(str(collection), "ILENA", "--side", "src", "--match", "substring",
                   "--limit", "100")
    assert len(inside) == 4
    # both sides ("puerto" does not hold it); the limit stops the scan
    hits = _hits(str(collection), "port", "--match", "substring", "--limit", "100")
    assert [(h["document"], h["unit"], h["src_spans"], h["tgt_spans"]) for h in hits] == [
        ("2021/puerto", 0, [], [[4, 8]])]  # "The port opened its docks in March."
    assert len(_hits(str(collection), "por", "--match", "substring", "--limit", "2")) == 2


def test_a_trailing_star_is_a_prefix_search(collection: Path) -> None:
    """arrend* found nothing, with no word of why: a CAT tool's concordance reads a
    trailing * as "words starting with"."""
    star = _hits(str(collection), "chilen*", "--side", "src", "--limit", "100")
    assert star == _hits(str(collection), "chilen", "--side", "src", "--match", "prefix",
                         "--limit", "100") != []
    inside = _hits(str(collection), "ilena*", "--side", "src", "--match", "substring")
    assert len(inside) == 4  # substring asked: it stays substring
    for query in ("chi*en", "*", "*ilena"):
        code, out, stderr = run("search", str(collection), query)
        assert code == 2 and out == "" and "* works only at the end of the query" in stderr


def test_characters_typed_without_accents_find_them_with_accents(collection: Path) -> None:
    """--match prefix|substring compared accents as typed: "atencion" found no
    "atención", as a concordance user typing without them expects."""
    prefix = _hits(str(collection), "atencion*", "--side", "src", "--limit", "100")
    assert sorted((h["document"], h["unit"], h["src_spans"]) for h in prefix) == [
        ("2022/campo", 2, [[15, 23]]), ("2022/fabrica", 2, [[15, 23]])]
    assert [h["source"][15:23] for h in prefix] == ["atención", "atención"]  # type: ignore[index]
    inside = _hits(str(collection), "ABRICA", "--match", "substring")
    assert [(h["document"], h["src_spans"]) for h in inside] == [("2022/fabrica", [[4, 10]])]
    # typed with its accent, a letter is found with that accent only
    assert len(_hits(str(collection), "atención", "--match", "prefix")) == 2
    assert _hits(str(collection), "atencìon", "--match", "prefix") == []


def test_substring_entries_are_made_for_a_collection_of_an_older_schema(
        collection: Path) -> None:
    conn = sqlite3.connect(collection)
    conn.execute("UPDATE beads SET src_folded = NULL, tgt_folded = NULL")
    conn.execute("UPDATE documents SET forms = ?", (FORMS_VERSION - 1,))
    conn.commit()
    conn.close()
    assert len(_hits(str(collection), "fabrica", "--match", "substring")) == 1
    with open_collection(collection) as c:
        kept = c.conn.execute("SELECT src_folded FROM beads WHERE source LIKE 'La f%'")
        assert [r[0] for r in kept] == ["la fabrica textil cerro sus puertas en junio."]


def test_letters_drawn_with_a_mark_are_found_typed_without_it(tmp_path: Path) -> None:
    """s30: lodz found no Łódź (ł is no l and a mark in Unicode), и found й; a
    collection whose folded texts were made before is remade when opened."""
    (tmp_path / "en").mkdir()
    (tmp_path / "pl").mkdir()
    (tmp_path / "en" / "a.en.txt").write_text("The road to Łódź.\n\nMy own edge.\n",
                                              encoding="utf-8")
    (tmp_path / "pl" / "a.pl.txt").write_text("Straße, œuvre i droga do Łódź.\n\n"
                                              "Мой край.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert run("batch", str(tmp_path / "en"), str(tmp_path / "pl"), "--src-lang", "en",
               "--tgt-lang", "pl", "--db", str(db), "--jobs", "1")[0] == 0
    conn = sqlite3.connect(db)  # as version 27 kept them
    conn.execute("UPDATE beads SET tgt_folded = 'strasse, œuvre i droga do łodz.' "
                 "WHERE unit = 0")
    conn.execute("UPDATE documents SET forms = 27")
    conn.commit()
    conn.close()
    hits = _hits(str(db), "lodz", "--match", "substring", "--side", "tgt")
    assert [(h["unit"], h["tgt_spans"]) for h in hits] == [(0, [[25, 29]])]
    assert str(hits[0]["target"])[25:29] == "Łódź"
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT tgt_folded FROM beads WHERE unit = 0").fetchone() == (
        "strasse, oeuvre i droga do lodz.",)
    conn.close()
    assert _hits(str(db), "łódź", "--side", "src", "--match", "substring")[0]["src_spans"] == [
        [12, 16]]
    assert _hits(str(db), "łódż", "--match", "substring") == []  # ż typed: not ź
    assert _hits(str(db), "мои", "--match", "substring") == []
    assert [h["tgt_spans"] for h in _hits(str(db), "мой", "--match", "prefix")] == [[[0, 3]]]


def _found(hits: list[dict[str, object]]) -> list[tuple[object, ...]]:
    """Each hit's document, unit, pair and the sides the query was found on."""
    return [(h["document"], h["unit"], f"{h['src_lang']}->{h['tgt_lang']}",
             "src" if h["src_spans"] else "", "tgt" if h["tgt_spans"] else "") for h in hits]


def test_every_pair_is_searched_each_side_in_its_language(mixed: Path) -> None:
    """A Spanish query finds the source of an es -> en document and the target of an
    en -> es one (each read with the Spanish word forms), in document order."""
    assert _found(_hits(str(mixed), "cordón")) == [
        ("es/notas/cordones", 0, "en->es", "", "tgt"),
        ("es/notas/cordones", 1, "en->es", "", "tgt")]
    assert _found(_hits(str(mixed), "vías chilenas")) == [
        ("2021/mina", 1, "es->en", "src", ""), ("2021/puerto", 1, "es->en", "src", ""),
        ("2022/campo", 1, "es->en", "src", ""), ("2022/fabrica", 1, "es->en", "src", ""),
        ("es/notas/camino", 0, "en->es", "", "tgt")]
    # an English query: the targets of es -> en, the source of en -> es
    assert _found(_hits(str(mixed), "Chilean roads")) == [
        ("2021/mina", 1, "es->en", "", "tgt"), ("2021/puerto", 1, "es->en", "", "tgt"),
        ("2022/campo", 1, "es->en", "", "tgt"), ("es/notas/camino", 0, "en->es", "src", "")]
    # --side src: the Spanish sources only, which are es -> en
    assert [h[0] for h in _found(_hits(str(mixed), "vía chilena", "--side", "src"))] == [
        "2021/mina", "2021/puerto", "2022/campo", "2022/fabrica"]
    # one pair, or one side's language
    assert _found(_hits(str(mixed), "vía chilena", "--src-lang", "en")) == [
        ("es/notas/camino", 0, "en->es", "", "tgt")]
    assert len(_hits(str(mixed), "vía chilena", "--tgt-lang", "en-GB")) == 4
    assert _found(_hits(str(mixed), "cordon", "--match", "substring")) == [
        ("es/notas/cordones", 0, "en->es", "", "tgt"),
        ("es/notas/cordones", 1, "en->es", "", "tgt")]
    assert _hits(str(mixed), "cordon", "--match", "prefix", "--src-lang", "es") == []
    code, _, stderr = run("search", str(mixed), "cordón", "--src-lang", "fr")
    assert (code, stderr) == (2, f"aligner: error: {mixed}: no document is fr -> *; the "
                                 "language pairs of the collection: en -> es, es -> en\n")


def test_the_text_output_names_each_hit_s_pair_in_a_collection_of_several(
        mixed: Path) -> None:
    code, out, _ = run("search", str(mixed), "vía chilena", "--limit", "5")
    assert code == 0
    heads = [line for line in out.splitlines() if not line.startswith("  ")]
    assert heads[0].startswith("2021/mina  es->en  unit 1  (")
    assert heads[4].startswith("es/notas/camino  en->es  unit 0  (")
    code, out, _ = run("search", str(mixed), "vía chilena", "--src-lang", "es")
    assert out.splitlines()[0].startswith("2021/mina  unit 1  (")  # one pair searched


def test_match_words_finds_every_word_in_any_order_in_one_side(tmp_path: Path) -> None:
    """A legal translator's walk: "Haftung ausgeschlossen" found nothing, though a clause
    says "Die Haftung ... ist ausgeschlossen"; --match words finds it, each word in the
    forms the phrase search reads it in (leichter: leichte), and not words split across
    the two sides or missing from both."""
    (tmp_path / "de").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "de" / "v.de.txt").write_text(
        "Die Haftung des Auftragnehmers für leichte Fahrlässigkeit ist ausgeschlossen.\n\n"
        "Der Vertrag beginnt am 1. März.\n\nDie Haftung bleibt unberührt.\n",
        encoding="utf-8")
    (tmp_path / "en" / "v.en.txt").write_text(
        "The Contractor's liability for slight negligence is excluded.\n\n"
        "The agreement starts on 1 March.\n\nLiability remains unaffected.\n",
        encoding="utf-8")
    db = tmp_path / "c.db"
    assert run("batch", str(tmp_path / "de"), str(tmp_path / "en"), "--src-lang", "de",
               "--tgt-lang", "en", "--db", str(db), "--jobs", "1", "--encoder", "none")[0] == 0
    assert _hits(str(db), "Haftung ausgeschlossen") == []  # the phrase search: in order
    for query in ("Haftung ausgeschlossen", "ausgeschlossen Haftung",
                  "Haftung leichter Fahrlässigkeit"):
        hits = _hits(str(db), query, "--match", "words")
        assert [h["unit"] for h in hits] == [0], query
    source = str(hits[0]["source"])
    # the words a one-word term finds are marked; "leichte" for "leichter" is found by
    # the index in the phrase's forms, not marked
    assert [source[a:b] for a, b in hits[0]["src_spans"]] == [  # type: ignore[attr-defined]
        "Haftung", "Fahrlässigkeit"]
    assert _hits(str(db), "Haftung excluded", "--match", "words") == []  # two sides
    assert _hits(str(db), "Haftung März", "--match", "words") == []  # two units
    assert [h["unit"] for h in _hits(str(db), "liability excluded", "--match", "words",
                                     "--side", "tgt")] == [0]
