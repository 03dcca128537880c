"""aligner batch --manifest: one manifest lists pairs of several language pairs (one
Spanish original with its English, French and Brazilian Portuguese translations), each
row's languages from its language cells, else the option, else its files' names."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.collection.conftest import run

# our own text: one Spanish note and three translations
TEXTS = {
    "es": "El comité del agua se reunió en marzo. Aprobó dos pozos nuevos para la aldea.\n",
    "en": "The water committee met in March. It approved two new wells for the village.\n",
    "fr": "Le comité de l'eau s'est réuni en mars. Il a approuvé deux nouveaux puits pour "
          "le village.\n",
    "pt-BR": "O comitê da água se reuniu em março. Aprovou dois poços novos para a aldeia.\n",
}


def _files(root: Path) -> None:
    (root / "src").mkdir()
    (root / "tr").mkdir()
    (root / "src" / "nota.es.txt").write_text(TEXTS["es"], encoding="utf-8")
    for lang in ("en", "fr", "pt-BR"):
        (root / "tr" / f"nota.{lang}.txt").write_text(TEXTS[lang], encoding="utf-8")
        # a copy whose name says no language, for the rows that must say it otherwise
        (root / "tr" / f"nota-{lang.lower()}.txt").write_text(TEXTS[lang], encoding="utf-8")


def _manifest(root: Path, text: str) -> Path:
    _files(root)
    path = root / "pairs.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def _documents(db: Path) -> list[tuple[str, str, str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT name, src_lang, tgt_lang, tgt_path FROM documents "
                            "ORDER BY name").fetchall()
    finally:
        conn.close()


def _stored(db: Path) -> list[tuple[str, str, str, str]]:
    """name, languages and target file name of each document."""
    return [(name, s, t, Path(tgt).name) for name, s, t, tgt in _documents(db)]


def test_one_manifest_holds_rows_of_several_target_languages(tmp_path: Path) -> None:
    manifest = _manifest(tmp_path, "src\ttgt\n"
                                   "src/nota.es.txt\ttr/nota.en.txt\n"
                                   "src/nota.es.txt\ttr/nota.fr.txt\n"
                                   "src/nota.es.txt\ttr/nota.pt-BR.txt\n")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", "--manifest", str(manifest), "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    # the first row keeps the name; the others are named with their language, as a
    # folder run of a second language names them (collection.clashes.own_names)
    assert _stored(db) == [("fr/src/nota", "es", "fr", "nota.fr.txt"),
                           ("pt-BR/src/nota", "es", "pt-BR", "nota.pt-BR.txt"),
                           ("src/nota", "es", "en", "nota.en.txt")]
    lines = stderr.splitlines()
    for pair in ("es -> en", "es -> fr", "es -> pt-BR"):  # a totals line for each pair
        assert sum(line.startswith(f"aligner: {pair}: 1 pair aligned, 0 unchanged, 0 "
                                   "failed, of 1;") for line in lines) == 1, stderr
    # again: nothing changed, nothing realigned, no document more
    code, _, stderr = run("batch", "--manifest", str(manifest), "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    assert "aligner: es -> fr: 0 pairs aligned, 1 unchanged, 0 failed, of 1;" in stderr
    assert "stored as" not in stderr  # said by the run that named them
    assert len(_documents(db)) == 3


def test_a_row_s_language_cells_come_before_the_option_and_its_names(tmp_path: Path) -> None:
    # nota-fr.txt says no language: its row's cell does; the tgt_lang cell of the
    # first row is empty, so its file's name says it; --src-lang fills every src cell
    manifest = _manifest(tmp_path, "src\ttgt\tname\ttgt_lang\n"
                                   "src/nota.es.txt\ttr/nota.en.txt\tnota-en\t\n"
                                   "src/nota.es.txt\ttr/nota-fr.txt\tnota-fr\tfr\n"
                                   "src/nota.es.txt\ttr/nota-pt-br.txt\tnota-pt\tpt-br\n")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", "--manifest", str(manifest), "--src-lang", "es", "--db",
                          str(db), "--jobs", "1")
    assert code == 0, stderr
    assert _stored(db) == [("nota-en", "es", "en", "nota.en.txt"),
                           ("nota-fr", "es", "fr", "nota-fr.txt"),
                           ("nota-pt", "es", "pt-BR", "nota-pt-br.txt")]


def test_the_option_is_the_language_of_rows_whose_cells_and_names_say_none(
        tmp_path: Path) -> None:
    # nota-en.txt says no language: the option does; nota.pt-BR.txt's row has a cell
    manifest = _manifest(tmp_path, "src\ttgt\tname\ttgt-lang\n"
                                   "src/nota.es.txt\ttr/nota-en.txt\ta\t\n"
                                   "src/nota.es.txt\ttr/nota.pt-BR.txt\tb\tpt-BR\n")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", "--manifest", str(manifest), "--tgt-lang", "en", "--db",
                          str(db), "--jobs", "1")
    assert code == 0, stderr
    assert [(n, s, t) for n, s, t, _ in _stored(db)] == [("a", "es", "en"),
                                                         ("b", "es", "pt-BR")]


def test_an_option_against_what_rows_names_say_is_refused_listing_those_rows(
        tmp_path: Path) -> None:
    # a PM's --tgt-lang en meant for the English rows of a mixed manifest: the French and
    # Portuguese rows would else be stored, and segmented, as English
    manifest = _manifest(tmp_path, "src\ttgt\tname\n"
                                   "src/nota.es.txt\ttr/nota.en.txt\ta\n"
                                   "src/nota.es.txt\ttr/nota.fr.txt\tb\n"
                                   "src/nota.es.txt\ttr/nota-fr.txt\tc\n"
                                   "src/nota.es.txt\ttr/nota.pt-BR.txt\td\n")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", "--manifest", str(manifest), "--tgt-lang", "en", "--db",
                          str(db), "--jobs", "1")
    assert (code, stderr) == (2, f"aligner: error: {manifest}: --tgt-lang en is for the rows "
                                 "whose names say no language, but the names of 2 rows say "
                                 "another: line 3 (nota.fr.txt is fr); line 5 (nota.pt-BR.txt "
                                 "is pt-BR); leave --tgt-lang out (each row is then read in "
                                 "the language its names say), or give a row a tgt_lang cell "
                                 "to read it in another language\n")
    assert not db.exists()
    # a cell says what a row's names do not: the French file read as English on purpose
    cells = _manifest_again(tmp_path, "src\ttgt\tname\ttgt_lang\n"
                                      "src/nota.es.txt\ttr/nota.fr.txt\tb\ten\n"
                                      "src/nota.es.txt\ttr/nota-fr.txt\tc\t\n")
    code, _, stderr = run("batch", "--manifest", str(cells), "--tgt-lang", "en", "--db",
                          str(db), "--jobs", "1")
    assert code == 0, stderr
    assert [(n, s, t) for n, s, t, _ in _stored(db)] == [("b", "es", "en"), ("c", "es", "en")]


def _manifest_again(root: Path, text: str) -> Path:
    path = root / "pairs2.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_row_whose_languages_cannot_be_told_is_an_error_naming_its_line(
        tmp_path: Path) -> None:
    manifest = _manifest(tmp_path, "src\ttgt\tname\n"
                                   "src/nota.es.txt\ttr/nota.en.txt\ta\n"
                                   "src/nota.es.txt\ttr/nota-fr.txt\tb\n")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", "--manifest", str(manifest), "--db", str(db), "--jobs", "1")
    assert (code, stderr) == (2, f"aligner: error: {manifest}:3: give --tgt-lang or a "
                                 "tgt_lang column: the name of tr/nota-fr.txt has no language "
                                 f"tag in it (as chile.es.txt has es), and {db} holds no "
                                 "document yet to take the languages from\n")
    assert not db.exists()
    # a collection of one language pair says it, as for a manifest of one pair
    assert run("batch", "--manifest", str(_one_row(tmp_path)), "--db", str(db),
               "--jobs", "1")[0] == 0
    code, _, stderr = run("batch", "--manifest", str(manifest), "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    assert [(n, s, t) for n, s, t, _ in _stored(db)] == [
        ("a", "es", "en"), ("b", "es", "en"), ("first", "es", "en")]


def _one_row(root: Path) -> Path:
    path = root / "one.tsv"
    path.write_text("src\ttgt\tname\nsrc/nota.es.txt\ttr/nota.en.txt\tfirst\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("rows", "message"), [
    # a cell that names no language
    ("src\ttgt\ttgt_lang\nsrc/nota.es.txt\ttr/nota-fr.txt\tfrench\n",
     ":2: its tgt_lang cell 'french' is not a language code such as es, en-GB or zh-Hans"),
    # one name for two rows of one language pair
    ("src\ttgt\ttgt_lang\nsrc/nota.es.txt\ttr/nota-fr.txt\tfr\n"
     "src/nota.es.txt\ttr/nota.fr.txt\t\n",
     ":3: document name 'src/nota' already used on line 2: give the row a name of its own "
     "in a name column"),
    # a name given twice, even in two language pairs
    ("src\ttgt\tname\nsrc/nota.es.txt\ttr/nota.en.txt\tn\nsrc/nota.es.txt\ttr/nota.fr.txt\tn\n",
     ":3: document name 'n' already used on line 2"),
])
def test_a_bad_row_is_an_error_naming_its_line(tmp_path: Path, rows: str, message: str
                                               ) -> None:
    manifest = _manifest(tmp_path, rows)
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", "--manifest", str(manifest), "--db", str(db), "--jobs", "1")
    assert code == 2 and stderr.startswith(f"aligner: error: {manifest}{message}"), stderr
    assert not db.exists()


def test_each_language_pair_aligns_with_its_own_remembered_settings(tmp_path: Path) -> None:
    glossary = tmp_path / "g.tsv"
    glossary.write_text("es\ten\tstatus\ncomité del agua\twater committee\tpreferred\n",
                        encoding="utf-8")
    db = tmp_path / "c.db"
    _files(tmp_path)
    assert run("batch", "--manifest", str(_one_row(tmp_path)), "--glossary", str(glossary),
               "--db", str(db), "--jobs", "1")[0] == 0
    manifest = tmp_path / "pairs.tsv"
    manifest.write_text("src\ttgt\tname\nsrc/nota.es.txt\ttr/nota.en.txt\tfirst\n"
                        "src/nota.es.txt\ttr/nota.fr.txt\tfr/nota\n", encoding="utf-8")
    code, _, stderr = run("batch", "--manifest", str(manifest), "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    lines = stderr.splitlines()
    # es -> en goes on with its glossary (unchanged: not realigned); es -> fr has none
    assert [line for line in lines if "using the collection's settings" in line] == [
        f"aligner: using the collection's settings for es -> en: --glossary {glossary} "
        f"(sha256 {_sha(glossary)})"]
    assert any(line.startswith("aligner: es -> en: 0 pairs aligned, 1 unchanged") for line in lines)
    assert any(line.startswith("aligner: es -> fr: 1 pair aligned, 0 unchanged") for line in lines)
    conn = sqlite3.connect(db)
    try:
        kept = dict(conn.execute("SELECT tgt_lang, value FROM batch_settings WHERE option = "
                                 "'glossary'").fetchall())
    finally:
        conn.close()
    assert kept == {"en": str(glossary), "fr": None}


def test_a_glossary_of_one_pair_of_a_mixed_manifest_is_used_for_that_pair_only(
        tmp_path: Path) -> None:
    glossary = tmp_path / "g.tsv"
    glossary.write_text("es\ten\tstatus\ncomité del agua\twater committee\tpreferred\n",
                        encoding="utf-8")
    manifest = _manifest(tmp_path, "src\ttgt\tname\n"
                                   "src/nota.es.txt\ttr/nota.en.txt\ten/nota\n"
                                   "src/nota.es.txt\ttr/nota.fr.txt\tfr/nota\n"
                                   "src/nota.es.txt\ttr/nota.pt-BR.txt\tpt/nota\n")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", "--manifest", str(manifest), "--glossary", str(glossary),
                          "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    # said once, naming the pairs it was not used for
    assert [line for line in stderr.splitlines() if "another language pair" in line] == [
        f"aligner: warning: {glossary} is for another language pair than es -> fr (1 "
        "document), es -> pt-BR (1 document): not used for those, which are aligned with "
        "their own pair's settings (a glossary of their pair is given with a manifest of "
        "their rows)"]
    assert [(n, s, t) for n, s, t, _ in _stored(db)] == [
        ("en/nota", "es", "en"), ("fr/nota", "es", "fr"), ("pt/nota", "es", "pt-BR")]
    conn = sqlite3.connect(db)
    try:
        kept = dict(conn.execute("SELECT tgt_lang, value FROM batch_settings WHERE option = "
                                 "'glossary'").fetchall())
    finally:
        conn.close()
    assert kept == {"en": str(glossary.resolve()), "fr": None, "pt-BR": None}
    # a glossary of none of the run's pairs is the error it is for one pair
    other = tmp_path / "de.tsv"
    other.write_text("de\ten\nWasser\twater\n", encoding="utf-8")
    code, _, stderr = run("batch", "--manifest", str(manifest), "--glossary", str(other),
                          "--db", str(db), "--jobs", "1")
    assert code == 2 and "glossary is for de -> en, not es -> en" in stderr, stderr


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def test_the_manifest_of_several_languages_of_the_docs_reads_as_they_say(
        tmp_path: Path) -> None:
    """docs/collections.md's example: three translations of one original, and a row whose
    target's name says no language but its tgt_lang cell does."""
    from aligner.cli.batch_languages import row_languages
    from aligner.collection.pairing import manifest_pairing, manifest_rows

    page = (Path(__file__).resolve().parents[2] / "docs" / "collections.md").read_text(
        encoding="utf-8")
    example = page.split("```\nsrc\ttgt\tname\ttgt_lang\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "pairs.tsv"
    path.write_text("src\ttgt\tname\ttgt_lang\n" + example, encoding="utf-8")
    rows = manifest_rows(path)
    langs = [pair for pair, _ in row_languages(rows, (None, None), (None, None),
                                               manifest=str(path), db="c.db", mute="")]
    assert langs == [("es", "en"), ("es", "fr"), ("es", "pt-BR"), ("es", "fr")]
    found = [(pair, [p.name for p in pairing.pairs])
             for pair, pairing in manifest_pairing(path, rows, langs)]
    # the three rows of comunicado are one name until batch stores the second and third
    # as fr/... and pt-BR/... (test_one_manifest_holds_rows_of_several_target_languages)
    assert found == [(("es", "en"), ["src/es/comunicado"]),
                     (("es", "fr"), ["fr/informe", "src/es/comunicado"]),
                     (("es", "pt-BR"), ["src/es/comunicado"])]


def test_a_row_whose_file_is_not_there_is_bad_input_naming_its_line(tmp_path: Path) -> None:
    """A localization engineer's walk: a typo in a manifest's path was a failed pair that
    every run retried, its line not named; now exit 2, the line named, nothing stored."""
    manifest = _manifest(tmp_path, "src\ttgt\tsrc_lang\ttgt_lang\n"
                                   "src/nota.es.txt\ttr/nota.en.txt\tes\ten\n"
                                   "src/nota.es.txt\ttr/nada.fr.txt\tes\tfr\n"
                                   "src/otra.es.txt\ttr\tes\tpt-BR\n")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", "--manifest", str(manifest), "--db", str(db),
                          "--encoder", "none")
    assert code == 2
    assert stderr.strip().endswith(
        f"{manifest}:3: tr/nada.fr.txt: no such file ({tmp_path / 'tr' / 'nada.fr.txt'}); "
        "and 1 more row with a file not there")
    assert "Traceback" not in stderr and not db.exists()
    # the folder is named as one
    manifest.write_text("src\ttgt\nsrc/nota.es.txt\ttr\n", encoding="utf-8")
    code, _, stderr = run("batch", "--manifest", str(manifest), "--db", str(db),
                          "--encoder", "none", "--src-lang", "es", "--tgt-lang", "en")
    assert code == 2 and f"{manifest}:2: tr: is a folder, not a file" in stderr
    assert not db.exists()
