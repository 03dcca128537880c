"""Where a document's language comes from (:mod:`aligner.pipeline.languages`): the
option, the name's tag, the declaration, in that order."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from aligner.errors import ConfigError
from aligner.model import DeclaredLanguage
from aligner.pipeline.languages import (
    TakenLanguage,
    Vetted,
    declared_note,
    refuse_unlike,
    take_language,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DOCX = '<w:lang w:val="fr"/> in word/styles.xml'


def test_the_option_then_the_tag_then_the_declaration(tmp_path: Path) -> None:
    tagged = tmp_path / "phare.de.docx"
    untagged = tmp_path / "phare.docx"
    for path in (tagged, untagged):
        shutil.copy(FIXTURES / "declared-fr.docx", path)
    assert take_language("it", tagged) == TakenLanguage("it")
    assert take_language(None, tagged) == TakenLanguage(
        "de", "the tag in its name (phare.de.docx)")
    assert take_language(None, untagged) == TakenLanguage(
        "fr", f"the language declared in it ({DOCX})", declared=True)
    (tmp_path / "plain.txt").write_text("Le phare.\n", encoding="utf-8")
    assert take_language(None, tmp_path / "plain.txt") == TakenLanguage(None)
    assert take_language(None, "-") == TakenLanguage(None)  # standard input


def test_input_format_reads_the_declaration_of_a_file_named_otherwise(tmp_path: Path) -> None:
    page = tmp_path / "phare.page"
    shutil.copy(FIXTURES / "declared-fr.html", page)
    assert take_language(None, page).lang is None  # read as plain text: no declaration
    assert take_language(None, page, input_format="html").lang == "fr"


FR = DeclaredLanguage("fr", '<html lang="fr">')


@pytest.mark.parametrize(("declared", "lang", "said", "note"), [
    (FR, "de", "the tag in its name (a.de.html)",
     'SRC declares fr (<html lang="fr">), not de, the tag in its name (a.de.html): read as de'),
    (FR, "fr-CA", "the tag in its name (a.fr-CA.html)", None),  # the same language
    (FR, "de", None, None),  # an option gave de: the text check is the judge
    (FR, "fr", 'the language declared in it (<html lang="fr">)', None),
    (None, "de", "the tag in its name (a.de.html)", None),
])
def test_a_declaration_against_a_names_language_is_said(
        declared: DeclaredLanguage | None, lang: str, said: str | None, note: str | None) -> None:
    assert declared_note("SRC", declared, lang, said) == note


FRENCH = ["Le gardien du phare se levait chaque matin avant le jour, et il notait dans son "
          "cahier la force du vent et la couleur de la mer pour les marins du port."] * 12


def test_only_a_language_no_option_or_tag_gave_is_vetted() -> None:
    said = 'the language declared in it (<html lang="en">)'
    refuse_unlike([Vetted("a.html", "SRC", "--src-lang", "en", FRENCH, None)])  # trusted
    refuse_unlike([Vetted("a.html", "SRC", "--src-lang", "fr", FRENCH, said)])  # may be it
    with pytest.raises(ConfigError) as caught:
        refuse_unlike([Vetted("a.html", "SRC", "--src-lang", "en", FRENCH, said)])
    assert str(caught.value) == (
        "give --src-lang: the name of a.html has no language tag in it (as chile.es.txt has "
        f"es); SRC looks like French, not English, {said}: give --src-lang fr")


def test_a_declared_region_refines_the_name_s_tag(tmp_path: Path) -> None:
    # written for this test: guia.pt.html declaring pt-PT (s36 walk4, item 9)
    page = tmp_path / "guia.pt.html"
    page.write_text('<html lang="pt-PT"><body><p>O farol.</p></body></html>', encoding="utf-8")
    assert take_language(None, page) == TakenLanguage(
        "pt-PT", "the tag in its name (guia.pt.html)",
        refined=("pt", '<html lang="pt-PT">'))
    other = tmp_path / "guia.es.html"  # another language declared: the tag's, as before
    shutil.copy(page, other)
    assert take_language(None, other) == TakenLanguage("es", "the tag in its name (guia.es.html)")
