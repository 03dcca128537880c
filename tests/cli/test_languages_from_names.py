"""Languages not given on the command line come from the inputs' names: a tag in a
file name (``a.es.txt``) for align, segment, check and glossary suggest; a folder
named by its language (``es/``), or the collection's own pair, for batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from aligner.cli.main import cli
from aligner.pipeline import load_check_input

GERMAN = "Er kam am 3. Mai an. Dann ging er nach Hause.\n"  # "3. Mai": a German date
SPANISH = "El puerto abrió en marzo.\n\nLos estibadores votaron una huelga.\n"
ENGLISH = "The port opened in March.\n\nThe dockers voted for a strike.\n"


def _run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin)


def _pair(folder: Path, src: str, tgt: str) -> tuple[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / src).write_text(SPANISH, encoding="utf-8")
    (folder / tgt).write_text(ENGLISH, encoding="utf-8")
    return str(folder / src), str(folder / tgt)


def test_align_reads_the_languages_from_the_file_names(tmp_path: Path) -> None:
    src, tgt = _pair(tmp_path, "puerto.es.txt", "port.en.txt")
    named = _run("align", src, tgt, "--format", "json", "--encoder", "none")
    given = _run("align", src, tgt, "--format", "json", "--encoder", "none",
                 "--src-lang", "es", "--tgt-lang", "en")
    assert named.exit_code == 0, named.output
    saved = json.loads(named.stdout)
    assert (saved["src_lang"], saved["tgt_lang"]) == ("es", "en")
    assert named.stdout == given.stdout


def test_align_and_check_read_tags_joined_to_two_names_as_batch_does(tmp_path: Path) -> None:
    """Puerto_ES.txt and Puerto_EN.txt: batch pairs them by those tags, and align and
    check take their languages from them (one such name alone says nothing)."""
    src, tgt = _pair(tmp_path, "Puerto_ES.txt", "Puerto_EN.txt")
    named = _run("align", src, tgt, "--format", "json", "--encoder", "none")
    assert named.exit_code == 0, named.output
    saved = json.loads(named.stdout)
    assert (saved["src_lang"], saved["tgt_lang"]) == ("es", "en")
    checked = load_check_input(documents=[src, tgt])
    assert (checked.src_lang, checked.tgt_lang) == ("es", "en")
    lone, _ = _pair(tmp_path, "Puerto_ES.txt", "port.txt")
    assert _run("align", lone, str(tmp_path / "port.txt")).exit_code == 2


def test_an_option_wins_over_the_name(tmp_path: Path) -> None:
    src, tgt = _pair(tmp_path, "puerto.es.txt", "port.en.txt")
    result = _run("align", src, tgt, "--format", "json", "--encoder", "none",
                  "--src-lang", "gl")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["src_lang"] == "gl"


def test_a_name_without_a_tag_asks_for_the_option(tmp_path: Path) -> None:
    src, tgt = _pair(tmp_path, "puerto.txt", "port.en.txt")
    result = _run("align", src, tgt)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"aligner: error: give --src-lang: the name of {src} has no language tag in it "
        "(as chile.es.txt has es)"]


def test_two_names_without_a_tag_are_named_together(tmp_path: Path) -> None:
    src, tgt = _pair(tmp_path, "puerto.txt", "port.txt")
    result = _run("align", src, tgt)
    assert result.exit_code == 2
    assert result.stderr == (f"aligner: error: give --src-lang and --tgt-lang: the names of "
                             f"{src} and {tgt} have no language tag in them (as chile.es.txt "
                             "has es)\n")


def test_segment_splits_by_the_rules_of_the_language_the_name_carries(tmp_path: Path) -> None:
    for lang in ("de", "en"):
        (tmp_path / f"visit.{lang}.txt").write_text(GERMAN, encoding="utf-8")
    german = _run("segment", str(tmp_path / "visit.de.txt"))
    assert german.exit_code == 0, german.output
    assert german.stdout.splitlines() == ["Er kam am 3. Mai an.", "Dann ging er nach Hause."]
    assert german.stdout == _run("segment", str(tmp_path / "visit.de.txt"), "--lang",
                                 "de").stdout
    # read as English, "3." ends a sentence: the tag, not the text, chose the rules
    assert _run("segment", str(tmp_path / "visit.en.txt")).stdout.splitlines()[0] == (
        "Er kam am 3.")


def test_segment_of_standard_input_needs_lang() -> None:
    result = _run("segment", "-", stdin=GERMAN)
    assert result.exit_code == 2
    assert "missing --lang (standard input has no name to read it from)" in result.output


def test_check_reads_two_documents_languages_from_their_names(tmp_path: Path) -> None:
    (tmp_path / "a.fr.txt").write_text("Le port a ouvert en mars.\n", encoding="utf-8")
    (tmp_path / "a.de.txt").write_text("Der Hafen öffnete im März.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("El puerto abrió en marzo.\n", encoding="utf-8")
    named = load_check_input(documents=[str(tmp_path / "a.fr.txt"), str(tmp_path / "a.de.txt")])
    assert (named.src_lang, named.tgt_lang) == ("fr", "de")
    # no tag: the defaults, es and en
    plain = load_check_input(documents=[str(tmp_path / "b.txt"), str(tmp_path / "a.de.txt")])
    assert (plain.src_lang, plain.tgt_lang) == ("es", "de")


def _languages(db: Path) -> set[tuple[str, str]]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return set(conn.execute("SELECT src_lang, tgt_lang FROM documents"))
    finally:
        conn.close()


def test_batch_takes_the_languages_of_folders_named_by_them(tmp_path: Path) -> None:
    for lang, text in (("es", SPANISH), ("en", ENGLISH)):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"puerto.{lang}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "c.db"
    result = _run("batch", str(tmp_path / "es"), str(tmp_path / "en"), "--db", str(db),
                  "--jobs", "1", "--encoder", "none")
    assert result.exit_code == 0, result.output
    assert _languages(db) == {("es", "en")}


def test_batch_into_a_collection_takes_its_language_pair(tmp_path: Path) -> None:
    spanish, english = tmp_path / "spanish", tmp_path / "english"
    for folder, text in ((spanish, SPANISH), (english, ENGLISH)):
        folder.mkdir()
        (folder / "puerto.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "c.db"
    first = _run("batch", str(spanish), str(english), "--db", str(db), "--jobs", "1")
    assert first.exit_code == 2  # no option, no tag, no collection yet
    assert first.stderr.strip().splitlines() == [
        "aligner: error: give --src-lang: SRC_DIR's name is no language tag (as es/ is; "
        f"spanish: --src-lang es?), and {db} holds no document yet to take the languages "
        "from"]
    assert not db.exists()
    made = _run("batch", str(spanish), str(english), "--db", str(db), "--jobs", "1",
                "--src-lang", "es", "--tgt-lang", "en", "--encoder", "none")
    assert made.exit_code == 0, made.output
    (spanish / "mina.txt").write_text("La mina cerró.\n", encoding="utf-8")
    (english / "mina.txt").write_text("The mine closed.\n", encoding="utf-8")
    again = _run("batch", str(spanish), str(english), "--db", str(db), "--jobs", "1",
                 "--encoder", "none")
    assert again.exit_code == 0, again.output
    assert _languages(db) == {("es", "en")}
    # an option of another pair stores the documents in it (a collection holds several)
    other = _run("batch", str(spanish), str(english), "--db", str(db), "--tgt-lang", "fr",
                 "--jobs", "1", "--encoder", "none")
    assert other.exit_code == 0, other.output
    assert _languages(db) == {("es", "fr")}


def _untagged(folder: Path, src_text: str, tgt_text: str, src: str = "manuscript.txt",
              tgt: str = "final_v3.txt") -> tuple[str, str]:
    (folder / src).write_text(src_text, encoding="utf-8")
    (folder / tgt).write_text(tgt_text, encoding="utf-8")
    return str(folder / src), str(folder / tgt)


@pytest.mark.parametrize("command", ["check", "report", "glossary suggest"])
def test_untagged_names_in_other_languages_than_the_defaults_are_refused(
        tmp_path: Path, command: str) -> None:
    """They were checked as es -> en, exit 0, the English text in cells marked
    lang="es" on the review page; align asks for the languages, and so do they now."""
    from tests.lang.test_detect import DE, EN

    src, tgt = _untagged(tmp_path, EN, DE)
    page = tmp_path / ("r.tsv" if command == "glossary suggest" else "r.html")
    result = _run(*command.split(), src, tgt, "--no-glossary", "--encoder", "none", "-o",
                  str(page))
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[-1] == (
        f"aligner: error: give --src-lang and --tgt-lang: the names of {src} and {tgt} have "
        "no language tag in them (as chile.es.txt has es); SRC looks like English, not "
        "Spanish, the default: give --src-lang en; TGT looks like German, not English, the "
        "default: give --tgt-lang de")
    assert not page.exists()
    assert "assumed" not in result.stderr  # said, then refused: two lines at odds
    given = _run(*command.split(), src, tgt, "--no-glossary", "--encoder", "none", "-o",
                 str(page), "--src-lang", "en", "--tgt-lang", "de")
    assert given.exit_code == 0, given.output
    assert page.exists()


def test_only_the_side_that_is_not_in_its_default_is_asked_for(tmp_path: Path) -> None:
    from tests.lang.test_detect import EN, ES

    src, tgt = _untagged(tmp_path, ES, ES, tgt="final.en.txt")  # tagged: not judged here
    assert _run("check", src, tgt, "--no-glossary", "--encoder", "none").exit_code != 2
    src, tgt = _untagged(tmp_path, ES, ES)
    result = _run("check", src, tgt, "--no-glossary", "--encoder", "none")
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (
        2, f"aligner: error: give --tgt-lang: the name of {tgt} has no language tag in it (as "
           "chile.es.txt has es); TGT looks like Spanish, not English, the default: give "
           "--tgt-lang es")
    src, tgt = _untagged(tmp_path, ES, EN)  # the defaults' languages: checked as before
    result = _run("check", src, tgt, "--no-glossary", "--encoder", "none")
    assert result.exit_code != 2 and "es -> en assumed" in result.stderr


def test_a_default_language_is_said_to_be_one(tmp_path: Path) -> None:
    """'TGT does not look like English (--tgt-lang en)' was said of a Hindi text though
    no --tgt-lang was given; the script names the languages to choose from."""
    from tests.lang.test_detect import ES

    hindi = "बुखार होने पर डॉक्टर से मिलें और खूब पानी पिएं। बच्चों को घर पर रखें। " * 20
    src, tgt = _untagged(tmp_path, ES, hindi)
    result = _run("check", src, tgt, "--no-glossary", "--encoder", "none")
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (
        2, f"aligner: error: give --tgt-lang: the name of {tgt} has no language tag in it (as "
           "chile.es.txt has es); TGT does not look like English (en), the default: most of "
           "its letters are Deva (hi, mr, ne, sa), not Latn")


def test_languages_taken_from_the_glossary_are_said_to_be_its(tmp_path: Path) -> None:
    from tests.lang.test_detect import DE, EN

    glossary = tmp_path / "g.tsv"
    glossary.write_text("en\tfr\nmarket\tmarché\n", encoding="utf-8")
    src, tgt = _untagged(tmp_path, EN, DE)
    result = _run("check", src, tgt, "--glossary", str(glossary), "--encoder", "none")
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (
        2, f"aligner: error: give --tgt-lang: the name of {tgt} has no language tag in it (as "
           f"chile.es.txt has es); TGT looks like German, not French, the glossary's "
           f"({glossary}): give --tgt-lang de")


@pytest.mark.parametrize("command", ["align", "check", "report"])
def test_a_language_taken_from_a_tag_is_said_to_be_its(tmp_path: Path, command: str) -> None:
    """'TGT does not look like English (--tgt-lang en)' was said of a Hindi text named
    b.en.txt though no --tgt-lang was given: English came from the tag in its name."""
    from tests.lang.test_detect import ES

    hindi = "बुखार होने पर डॉक्टर से मिलें और खूब पानी पिएं। बच्चों को घर पर रखें। " * 20
    (tmp_path / "a.es.txt").write_text(ES, encoding="utf-8")
    (tmp_path / "b.en.txt").write_text(hindi, encoding="utf-8")
    args = [command, str(tmp_path / "a.es.txt"), str(tmp_path / "b.en.txt"), "--encoder", "none"]
    out = ["-o", str(tmp_path / {"align": "a.tsv", "check": "f.json", "report": "r.html"}[command])]
    extra = [] if command == "align" else ["--no-glossary", "--fail-on", "never"]
    said = ("aligner: warning: TGT does not look like English (en), the tag in its name "
            "(b.en.txt): most of its letters are Deva (hi, mr, ne, sa), not Latn")
    result = _run(*args, *extra, *out)
    assert result.exit_code == 0, result.output
    assert said in result.stderr.splitlines()
    typed = _run(*args, *extra, *out, "--tgt-lang", "en")
    assert "TGT does not look like English (--tgt-lang en): most" in typed.stderr


def test_a_countrys_code_in_a_name_gets_the_language_it_may_mean(tmp_path: Path) -> None:
    """Japanese firms name files spec_JP.txt (a patent walk's): the country's code is no
    language tag, and the message now says which language it may mean."""
    src, tgt = _pair(tmp_path, "spec_JP.txt", "spec_US.txt")
    result = _run("align", src, tgt)
    assert result.exit_code == 2
    assert result.stderr == (
        f"aligner: error: give --src-lang and --tgt-lang: the names of {src} and {tgt} "
        "have no language tag in them (as chile.es.txt has es); JP in spec_JP.txt is a "
        "country's code; Japanese is ja: give --src-lang ja; US in spec_US.txt is a "
        "country's code; English is en: give --tgt-lang en\n")
    src, _ = _pair(tmp_path, "manual.jp.txt", "manual.en.txt")
    assert _run("align", src, tgt, "--tgt-lang", "en").stderr.endswith(
        "; jp in manual.jp.txt is a country's code; Japanese is ja: give --src-lang ja\n")
