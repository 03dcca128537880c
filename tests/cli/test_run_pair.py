"""``aligner run SRC TGT``: the main job on a user's own pair of documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.mainjob import output_stem

# Written for this test: a short notice and its translation; the English changes a date.
ES = ("La exposición abre el 12 de marzo de 2027.\n\n"
      "El museo presta tres retablos del siglo XVII.\n")
EN = ("The exhibition opens on 14 March 2027.\n\n"
      "The museum lends three altarpieces from the 17th century.\n")


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no ./glossary.tsv here
    (tmp_path / "aviso.es.txt").write_text(ES, encoding="utf-8")
    (tmp_path / "aviso.en.txt").write_text(EN, encoding="utf-8")
    return tmp_path


def test_run_on_a_pair_writes_every_output_named_after_the_source(pair: Path) -> None:
    r = CliRunner().invoke(cli, ["run", "aviso.es.txt", "aviso.en.txt", "-o", "out",
                                 "--encoder", "none"])
    assert r.exit_code == 0, r.output
    names = sorted(p.name for p in (pair / "out").iterdir())
    assert names == sorted(["aviso.es.sentences.txt", "aviso.es.sentences.jsonl",
                            "aviso.en.sentences.txt", "aviso.en.sentences.jsonl", "aviso.align",
                            "aviso.alignment.json", "aviso.tmx", "aviso.findings.json",
                            "aviso.report.html"])
    assert "sentences: 2 es, 2 en" in r.output and "alignment vs gold" not in r.output
    found = json.loads((pair / "out" / "aviso.findings.json").read_text(encoding="utf-8"))
    assert [(f["code"], f["unit"]) for f in found["findings"]
            if f["code"] == "number-mismatch"] == [("number-mismatch", 0)]


def test_run_on_a_pair_takes_the_languages_and_glossary_given(pair: Path) -> None:
    (pair / "a.txt").write_text(ES, encoding="utf-8")
    (pair / "b.txt").write_text(EN, encoding="utf-8")
    (pair / "museo.tsv").write_text("es\ten\tstatus\nretablo\taltarpiece\tpreferred\n"
                                    "prestar\tlend\tpreferred\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["run", "a.txt", "b.txt", "--src-lang", "es", "--tgt-lang", "en",
                                 "--glossary", "museo.tsv", "-o", "out", "--encoder", "none"])
    assert r.exit_code == 0, r.output
    found = json.loads((pair / "out" / "a.findings.json").read_text(encoding="utf-8"))
    assert found["settings"]["glossary"].endswith("museo.tsv")
    # untagged, unsaid: taken as check takes them (es -> en, said), the texts vetted
    r = CliRunner().invoke(cli, ["run", "a.txt", "b.txt", "-o", "out2", "--encoder", "none"])
    assert r.exit_code == 0 and "es -> en assumed" in r.output, r.output
    (pair / "c.txt").write_text(
        "Die Ausstellung beginnt am 12. März 2027, und das Museum leiht drei Altäre aus dem "
        "17. Jahrhundert, die sonst in der Kirche der Stadt stehen.\n\nDie Besucher können "
        "die Werke bis zum Ende des Jahres sehen, und der Eintritt ist für alle Kinder frei, "
        "wenn sie mit ihren Eltern kommen.\n\nDas ist eine gute Nachricht für die Schulen "
        "der Region, die oft mit den Klassen in das Museum gehen.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["run", "c.txt", "b.txt", "-o", "out3"])
    assert r.exit_code == 2 and "give --src-lang" in r.output, r.output
    assert "looks like German, not Spanish, the default" in r.output
    assert "Traceback" not in r.output and not (pair / "out3").exists()


# Written for this test: an English notice and its Hindi translation, both pages
# declaring the template's lang="en-US" (as LibreOffice's DOCX declare en-US).
HTML = '<html lang="en-US"><body><p>{}</p></body></html>'
EN_PAGE = HTML.format("The scheme opens on 1 April 2026. Each farmer may apply once.")
HI_PAGE = HTML.format("योजना 1 अप्रैल 2026 को शुरू होगी। प्रत्येक किसान एक बार आवेदन कर सकता है।")


def test_a_declared_language_the_text_is_not_in_is_refused_and_nothing_written(
        pair: Path) -> None:
    (pair / "Circular_English.html").write_text(EN_PAGE, encoding="utf-8")
    (pair / "Circular_Hindi.html").write_text(HI_PAGE, encoding="utf-8")
    r = CliRunner().invoke(cli, ["run", "Circular_English.html", "Circular_Hindi.html",
                                 "-o", "out"])
    assert r.exit_code == 2, r.output
    assert "give --tgt-lang" in r.output and "does not look like English" in r.output
    assert "cannot write" not in r.output and not (pair / "out").exists()
    # a glossary of the pair: the declared en-US gives way to its languages
    (pair / "yojana.tsv").write_text("en\thi\tstatus\nscheme\tयोजना\tpreferred\n",
                                     encoding="utf-8")
    r = CliRunner().invoke(cli, ["run", "Circular_English.html", "Circular_Hindi.html",
                                 "-o", "out", "--glossary", "yojana.tsv", "--encoder", "none"])
    assert r.exit_code == 0, r.output
    assert "sentences: 2 en, 2 hi" in r.output


def test_a_pair_in_one_language_has_a_sentence_file_for_each_side(pair: Path) -> None:
    (pair / "notice.en.txt").write_text(EN, encoding="utf-8")
    (pair / "notice_v2.en.txt").write_text(EN.replace("14 March", "15 March"),
                                           encoding="utf-8")
    r = CliRunner().invoke(cli, ["run", "notice.en.txt", "notice_v2.en.txt", "-o", "out",
                                 "--encoder", "none"])
    assert r.exit_code == 0, r.output
    src, tgt = ((pair / "out" / f"notice.en.{side}.sentences.txt").read_text(encoding="utf-8")
                for side in ("src", "tgt"))
    assert "14 March" in src and "15 March" in tgt


@pytest.mark.parametrize(("args", "said"), [
    (["aviso.es.txt"], "give two documents, SRC TGT"),
    (["aviso.es.txt", "aviso.en.txt", "--root", "."], "--root is where the bundled corpus is"),
    (["--glossary", "aviso.es.txt"], "--glossary goes with your own documents"),
    (["--src-lang", "es"], "--src-lang goes with your own documents"),
    (["nowhere.es.txt", "aviso.en.txt"], "nowhere.es.txt: no such file"),
])
def test_run_refuses_what_does_not_go_together(pair: Path, args: list[str], said: str) -> None:
    r = CliRunner().invoke(cli, ["run", *args, "-o", "out"])
    assert r.exit_code == 2 and said in r.output and "Traceback" not in r.output, r.output
    assert not (pair / "out").exists()


@pytest.mark.parametrize(("name", "lang", "stem"), [
    ("catalogo.es.docx", "es", "catalogo"),
    ("chile-73.es.txt", "es", "chile-73"),
    ("notice.pt-BR.md", "pt-BR", "notice"),
    ("notice.pt_br.md", "pt-BR", "notice"),
    ("book.ko.epub", "ko-KR", "book"),
    ("book.pt-PT.epub", "pt-BR", "book.pt-PT"),
    ("v1.2.es.txt", "es", "v1.2"),
    ("Bericht_DE.docx", "de", "Bericht_DE"),
    ("plain.txt", "es", "plain"),
    ("noext", "es", "noext"),
])
def test_the_outputs_are_named_after_the_source_without_its_tag(name: str, lang: str,
                                                                 stem: str) -> None:
    assert output_stem(Path(name), lang) == stem


# s38 walk5 item 7: every DOCX LibreOffice writes declares a region (es-ES); it agrees
# with the name's tag, so nothing is said, the sentence files keep the name's tag (as a
# collection stores es) and the TMX says the region.  A declaration of another language
# is said, naming the file.
def test_run_says_nothing_of_a_declared_region_and_names_outputs_by_the_tag(
        pair: Path) -> None:
    (pair / "aviso.es.html").write_text(
        '<html lang="es-ES"><body><p>' + ES.replace("\n\n", "</p><p>") + "</p></body></html>",
        encoding="utf-8")
    (pair / "aviso.en.html").write_text(
        '<html lang="de"><body><p>' + EN.replace("\n\n", "</p><p>") + "</p></body></html>",
        encoding="utf-8")
    r = CliRunner().invoke(cli, ["run", "aviso.es.html", "aviso.en.html", "-o", "out",
                                 "--encoder", "none"])
    assert r.exit_code == 0, r.output
    assert [line for line in r.stderr.splitlines() if "warning" in line] == [
        'aligner: warning: aviso.en.html declares de (<html lang="de">), not en, the tag in '
        "its name (aviso.en.html): read as en"]
    names = {p.name for p in (pair / "out").iterdir()}
    assert {"aviso.es.sentences.txt", "aviso.es.sentences.jsonl", "aviso.en.sentences.txt",
            "aviso.tmx"} <= names
    assert not any("es-ES" in name for name in names)
    tmx = (pair / "out" / "aviso.tmx").read_text(encoding="utf-8")
    assert 'xml:lang="es-ES"' in tmx and 'xml:lang="en"' in tmx


def test_a_glossary_the_other_way_round_says_its_forbidden_terms_are_not_checked(
        pair: Path) -> None:
    (pair / "museo.tsv").write_text("es\ten\tstatus\nretablo\taltarpiece\tpreferred\n"
                                    "retablo\treredos\tforbidden\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["run", "aviso.en.txt", "aviso.es.txt", "--glossary",
                                 "museo.tsv", "-o", "out", "--encoder", "none"])
    assert r.exit_code == 0, r.output
    assert ("aligner: warning: museo.tsv: 1 forbidden term not checked: it forbids a "
            "rendering in en, and the input is read en -> es; give the documents the other "
            "way round to check them") in r.stderr
    r = CliRunner().invoke(cli, ["run", "aviso.es.txt", "aviso.en.txt", "--glossary",
                                 "museo.tsv", "-o", "out2", "--encoder", "none"])
    assert r.exit_code == 0 and "not checked" not in r.stderr, r.output


def test_fail_on_makes_a_run_with_findings_exit_1_once_its_outputs_are_written(
        pair: Path) -> None:
    args = ["run", "aviso.es.txt", "aviso.en.txt", "--encoder", "none"]
    quiet = CliRunner().invoke(cli, [*args, "-o", "out"])
    assert quiet.exit_code == 0, quiet.output  # the date changed: one error, exit 0
    failed = CliRunner().invoke(cli, [*args, "-o", "out2", "--fail-on", "error"])
    assert failed.exit_code == 1, failed.output
    assert (pair / "out2" / "aviso.tmx").is_file() and "findings: 1 (1 error" in failed.output
    info = CliRunner().invoke(cli, [*args, "-o", "out3", "--fail-on", "info"])
    assert info.exit_code == 1, info.output
