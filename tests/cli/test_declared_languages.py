"""A document's declared language is a language source: after the option and the
name's tag, before the glossary's pair and the default (docs/languages.md); one the
text plainly is not in (a template's ``<html lang="en">`` on a French page) is
refused as a missing tag is.  The documents are tests/fixtures' ``declared-*``
(pandoc's, and hand-written pages; tests/fixtures/README.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from aligner.cli.main import cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ENGLISH = FIXTURES / "src" / "declared-en.md"  # lang: en in its front matter
FRENCH = {"docx": FIXTURES / "declared-fr.docx", "odt": FIXTURES / "declared-fr.odt",
          "epub": FIXTURES / "declared-fr.epub", "html": FIXTURES / "declared-fr.html",
          "md": FIXTURES / "src" / "declared-fr.md"}
# French texts under a template's English default, and the markup that declares it
AS_EN = {"docx": (FIXTURES / "declared-fr-as-en.docx",
                  '<w:lang w:val="en-US"/> in word/styles.xml'),
         "html": (FIXTURES / "declared-fr-as-en.html", '<html lang="en">')}


def _run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize("fmt", sorted(FRENCH))
def test_align_takes_the_languages_the_documents_declare(fmt: str) -> None:
    result = _run("align", ENGLISH, FRENCH[fmt], "--format", "json", "--encoder", "none")
    assert result.exit_code == 0, result.output
    saved = json.loads(result.stdout)
    assert (saved["src_lang"], saved["tgt_lang"]) == ("en", "fr")
    assert "warning" not in result.stderr


@pytest.mark.parametrize("fmt", sorted(AS_EN))
def test_a_declared_language_the_text_is_plainly_not_in_is_refused(fmt: str) -> None:
    """A template's default over a French text: read as English, the alignment, its TMX
    and the checks would say English; the command asks for the option, as it does of
    a name without a tag, and says where the language came from."""
    path, where = AS_EN[fmt]
    result = _run("align", ENGLISH, path, "--encoder", "none")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"aligner: error: give --tgt-lang: the name of {path} has no language tag in it (as "
        f"chile.es.txt has es); TGT looks like French, not English, the language declared in "
        f"it ({where}): give --tgt-lang fr"]
    given = _run("align", ENGLISH, path, "--tgt-lang", "fr", "--format", "json",
                 "--encoder", "none")
    assert given.exit_code == 0, given.output
    assert "declare" not in given.stderr  # the option wins, and the text is French


def test_a_tag_comes_before_the_declaration_which_is_named_beside_it(tmp_path: Path) -> None:
    tagged = tmp_path / "phare.fr.html"
    shutil.copy(AS_EN["html"][0], tagged)
    result = _run("align", ENGLISH, tagged, "--format", "json", "--encoder", "none")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["tgt_lang"] == "fr"
    assert result.stderr.strip().splitlines() == [
        f'aligner: warning: {tagged} declares en (<html lang="en">), not fr, the tag in its '
        "name (phare.fr.html): read as fr"]


def test_a_tag_that_agrees_with_the_declaration_says_nothing(tmp_path: Path) -> None:
    tagged = tmp_path / "phare.fr-CA.docx"  # another region of the language declared
    shutil.copy(FRENCH["docx"], tagged)
    result = _run("align", ENGLISH, tagged, "--format", "json", "--encoder", "none")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["tgt_lang"] == "fr-CA"
    assert result.stderr == ""


def test_a_document_that_declares_nothing_still_asks_for_the_option(tmp_path: Path) -> None:
    page = tmp_path / "phare.html"
    page.write_text(FRENCH["html"].read_text(encoding="utf-8").replace(' lang="fr"', ""),
                    encoding="utf-8")
    result = _run("align", ENGLISH, page)
    assert result.exit_code == 2
    assert result.stderr == (f"aligner: error: give --tgt-lang: the name of {page} has no "
                             "language tag in it (as chile.es.txt has es)\n")


def test_segment_reads_in_the_declared_language() -> None:
    result = _run("segment", FRENCH["html"], "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    refused = _run("segment", AS_EN["html"][0])
    assert refused.exit_code == 2
    path = AS_EN["html"][0]
    assert refused.stderr == (
        f"aligner: error: give --lang: the name of {path} has no language tag in it (as "
        f"chile.es.txt has es); {path} looks like French, not English, the language "
        'declared in it (<html lang="en">): give --lang fr\n')


@pytest.mark.parametrize("command", ["check", "report"])
def test_check_and_report_take_the_declared_languages_before_the_default(
        tmp_path: Path, command: str) -> None:
    """Before, the pair was taken for es -> en (the default) and refused: the French
    side is not English."""
    out = tmp_path / ("f.json" if command == "check" else "r.html")
    result = _run(command, ENGLISH, FRENCH["epub"], "--no-glossary", "--encoder", "none",
                  "--fail-on", "never", "-o", out)
    assert result.exit_code == 0, result.output
    assert "assumed" not in result.stderr
    if command == "check":
        settings = json.loads(out.read_text(encoding="utf-8"))["settings"]
        assert (settings["src_lang"], settings["tgt_lang"]) == ("en", "fr")
    else:
        assert 'lang="fr"' in out.read_text(encoding="utf-8")


def test_check_refuses_a_declared_language_the_text_is_plainly_not_in(tmp_path: Path) -> None:
    path, where = AS_EN["docx"]
    result = _run("check", ENGLISH, path, "--no-glossary", "--encoder", "none",
                  "-o", tmp_path / "f.json")
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (
        2, f"aligner: error: give --tgt-lang: the name of {path} has no language tag in it "
           f"(as chile.es.txt has es); TGT looks like French, not English, the language "
           f"declared in it ({where}): give --tgt-lang fr")


def test_batch_names_a_declaration_against_its_folders_language(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "fr").mkdir()
    shutil.copy(ENGLISH, tmp_path / "en" / "phare.md")
    shutil.copy(AS_EN["html"][0], tmp_path / "fr" / "phare.html")
    result = _run("batch", tmp_path / "en", tmp_path / "fr", "--db", tmp_path / "c.db",
                  "--jobs", "1", "--encoder", "none")
    assert result.exit_code == 0, result.output
    assert ('aligner: warning: phare: TGT declares en (<html lang="en">), not fr, the name '
            "of its folder (fr/): read as fr") in result.stderr.splitlines()


# Written for this test, from the es -> pt-PT tourism walk (s36 walk4, item 9): a page
# named .pt. that declares lang="pt-PT" was tagged pt in the TMX.
def test_a_declared_region_of_the_name_s_language_is_taken_quietly(tmp_path: Path) -> None:
    page = tmp_path / "guia.pt.html"
    page.write_text('<html lang="pt-PT"><body><p>O farol fica no cabo. '
                    "Abre de terça a domingo.</p></body></html>", encoding="utf-8")
    source = tmp_path / "guia.es.html"
    source.write_text('<html lang="es"><body><p>El faro está en el cabo. '
                      "Abre de martes a domingo.</p></body></html>", encoding="utf-8")
    result = _run("align", source, page, "--format", "json", "--encoder", "none")
    assert result.exit_code == 0, result.output
    assert (json.loads(result.stdout)["src_lang"], json.loads(result.stdout)["tgt_lang"]) == (
        "es", "pt-PT")
    # it agrees with the name: every DOCX LibreOffice writes declares a region, and a
    # warning on every command for every file said nothing (s38 walk5, item 7)
    assert "declares" not in result.stderr
    # a name's tag with its region stands, and so does the option: nothing to say
    tagged = tmp_path / "guia.pt-BR.html"
    shutil.copy(page, tagged)
    for args in ((tagged,), (page, "--tgt-lang", "pt")):
        given = _run("align", source, *args, "--format", "json", "--encoder", "none")
        assert given.exit_code == 0, given.output
        assert json.loads(given.stdout)["tgt_lang"] == ("pt-BR" if args == (tagged,) else "pt")
        assert "declares" not in given.stderr


def test_an_arabic_word_file_declares_its_right_to_left_language(tmp_path: Path) -> None:
    """LibreOffice's (and Word's) w:lang over Arabic text: w:val="en-US", the Western
    text's language, and w:bidi="ar-SY", the right-to-left text's.  A file tagged ar
    is read quietly, and an untagged one in the language declared for its text, where
    an Arabic walk was warned of en-US on every Word file and asked for --lang."""
    tagged = tmp_path / "report.ar.docx"
    shutil.copy(FIXTURES / "declared-ar.docx", tagged)
    result = _run("segment", tagged)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    untagged = tmp_path / "translation.docx"
    shutil.copy(FIXTURES / "declared-ar.docx", untagged)
    result = _run("align", ENGLISH, untagged, "--format", "json", "--encoder", "none")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["tgt_lang"] == "ar-SY"
    assert "declare" not in result.stderr
    # Hindi, LibreOffice's complex language in the C locale, is no declaration of the
    # Arabic: en-US is, and the text is plainly not English
    default = tmp_path / "notes.docx"
    shutil.copy(FIXTURES / "declared-ar-default.docx", default)
    refused = _run("segment", default)
    assert refused.exit_code == 2
    assert "the language declared in it (<w:lang w:val=\"en-US\"/>" in refused.stderr
