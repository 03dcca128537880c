"""aligner batch: a message naming a side's language says where the language came from
-- the option, the folder's name, the collection -- not the option when none was given."""

from __future__ import annotations

from pathlib import Path

from tests.collection.conftest import run

# our own text: a Spanish page, and its French translation (in the folder en/)
SPANISH = ("El puerto abrió sus muelles en marzo, y los estibadores votaron una huelga de "
           "tres días. Nadie esperaba que el gobierno cediera tan pronto. La mina de cobre "
           "empleaba a dos mil obreros, y el sindicato pidió un aumento del diez por ciento. "
           "Los campesinos ocuparon el fundo al amanecer, con sus familias y sus animales.\n")
FRENCH = ("Le port a ouvert ses quais en mars, et les dockers ont voté une grève de trois "
          "jours. Personne ne pensait que le gouvernement céderait aussi vite. La mine de "
          "cuivre employait deux mille ouvriers, et le syndicat a demandé une hausse de dix "
          "pour cent. Les paysans ont occupé le domaine à l'aube, avec leurs familles et "
          "leurs bêtes.\n")


def _folders(root: Path, src: str, tgt: str) -> tuple[Path, Path]:
    (root / src).mkdir(parents=True)
    (root / tgt).mkdir(parents=True)
    (root / src / "port.es.txt").write_text(SPANISH, encoding="utf-8")
    (root / tgt / "port.en.txt").write_text(FRENCH, encoding="utf-8")
    return root / src, root / tgt


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("aligner: warning:")]


def test_a_language_from_the_folder_name_is_said_to_be_its(tmp_path: Path) -> None:
    src, tgt = _folders(tmp_path, "es", "en")
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(tmp_path / "c.db"),
                          "--jobs", "1")
    assert code == 0, stderr
    assert _warnings(stderr) == [
        "aligner: warning: port: TGT looks like French, not English, the name of its "
        "folder (en/): give --tgt-lang fr"]
    # given, the option is named as before
    code, _, stderr = run("batch", str(src), str(tgt), "--tgt-lang", "en", "--db",
                          str(tmp_path / "d.db"), "--jobs", "1")
    assert code == 0, stderr
    assert _warnings(stderr) == [
        "aligner: warning: port: TGT looks like French, not English: check the file or "
        "give --tgt-lang fr"]


def test_a_language_from_the_collection_is_said_to_be_its(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    src, tgt = _folders(tmp_path / "first", "es", "en")
    (src / "port.es.txt").rename(src / "other.es.txt")  # a document of another name
    (tgt / "port.en.txt").unlink()
    (tgt / "other.en.txt").write_text("The port opened its docks in March.\n", encoding="utf-8")
    assert run("batch", str(src), str(tgt), "--db", str(db), "--jobs", "1")[0] == 0
    src, tgt = _folders(tmp_path / "second", "spanish", "english")  # no language names
    code, _, stderr = run("batch", str(src), str(tgt), "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    assert _warnings(stderr) == [
        f"aligner: warning: port: TGT looks like French, not English, the collection's "
        f"({db}): give --tgt-lang fr"]


def test_files_tagged_against_the_folder_name_are_not_told_to_leave_out_an_option(
        tmp_path: Path) -> None:
    for side, text in (("es", "La frase {} está aquí."), ("it", "La phrase {} est ici.")):
        (tmp_path / side).mkdir()
        for i in range(2):
            tag = "fr" if side == "it" else side
            (tmp_path / side / f"d{i}.{tag}.txt").write_text(text.format(i), encoding="utf-8")
    db = tmp_path / "w.db"
    code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / "it"), "--db", str(db))
    assert code == 2 and not db.exists()
    assert stderr.splitlines() == [
        f"aligner: error: no document pair in {tmp_path / 'es'} and {tmp_path / 'it'}: the "
        f"files of {tmp_path / 'it'} are tagged fr (as in d0.fr.txt), not it, the name of "
        "its folder (it/): give --tgt-lang fr"]


def _manifest(root: Path, rows: dict[str, str]) -> Path:
    """A manifest of ``rows`` (source file name -> target file name) in ``root``, each
    file written with a Spanish or English text of the collection tests."""
    from tests.collection.conftest import DOCS

    texts = iter(DOCS.values())
    for src, tgt in rows.items():
        es, en = next(texts)
        (root / src).write_text(es, encoding="utf-8")
        (root / tgt).write_text(en, encoding="utf-8")
    path = root / "pairs.tsv"
    path.write_text("src\ttgt\n" + "".join(f"{s}\t{t}\n" for s, t in rows.items()),
                    encoding="utf-8")
    return path


def _languages(db: Path) -> set[tuple[str, str]]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return set(conn.execute("SELECT src_lang, tgt_lang FROM documents").fetchall())
    finally:
        conn.close()


def test_a_manifest_s_languages_are_the_tags_of_its_file_names(tmp_path: Path) -> None:
    manifest = _manifest(tmp_path, {"puerto.es.txt": "port.en.txt",
                                    "Mina_ES.txt": "Mine_EN.txt",  # no pair of names
                                    "campo.es.md": "field.en.md"})
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", "--manifest", str(manifest), "--db", str(db), "--jobs", "1")
    # Mina_ES.txt / Mine_EN.txt: joined tags are read only where the two names agree
    assert (code, stderr) == (2, f"aligner: error: {manifest}:3: give --src-lang or a "
                                 "src_lang column: the name of Mina_ES.txt has no language "
                                 "tag in it (as chile.es.txt has es), and "
                                 f"{db} holds no document yet to take the languages from\n")
    assert not db.exists()
    manifest = _manifest(tmp_path, {"puerto.es.txt": "port.en.txt",
                                    "Mina_ES.txt": "Mina_EN.txt",
                                    "campo.es.md": "field.en.md"})
    code, _, stderr = run("batch", "--manifest", str(manifest), "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    assert _languages(db) == {("es", "en")}


def test_a_manifest_whose_names_say_two_languages_holds_two_pairs(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    manifest = _manifest(tmp_path, {"puerto.es.txt": "port.en.txt",
                                    "mina.es.txt": "mine.fr.txt"})
    # an option against a row's names is refused, not applied to every row
    code, _, stderr = run("batch", "--manifest", str(manifest), "--tgt-lang", "en", "--db",
                          str(db), "--jobs", "1")
    assert (code, "line 3 (mine.fr.txt is fr)" in stderr) == (2, True), stderr
    assert not db.exists()
    # each row is in the language its names say: the collection's one pair (es -> en,
    # from a first run of puerto alone) does not paper over them
    first = tmp_path / "first.tsv"
    first.write_text("src\ttgt\npuerto.es.txt\tport.en.txt\n", encoding="utf-8")
    assert run("batch", "--manifest", str(first), "--db", str(db), "--jobs", "1")[0] == 0
    assert _languages(db) == {("es", "en")}
    code, _, stderr = run("batch", "--manifest", str(manifest), "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    assert _languages(db) == {("es", "en"), ("es", "fr")}


def test_a_manifest_without_tags_takes_the_collection_s_languages(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    first = _manifest(tmp_path, {"puerto.es.txt": "port.en.txt"})
    assert run("batch", "--manifest", str(first), "--db", str(db), "--jobs", "1")[0] == 0
    manifest = _manifest(tmp_path, {"huelga.txt": "strike.txt", "mina.txt": "mine.txt"})
    code, _, stderr = run("batch", "--manifest", str(manifest), "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    assert _languages(db) == {("es", "en")}
