"""aligner export of a collection of several language pairs: TMX holds them all, each
unit saying its source language; the formats that name one pair a file (or none) take
one pair, chosen with --src-lang/--tgt-lang, and refuse several naming them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from aligner.formats import load_units
from tests._tools import assert_valid_tmx
from tests.collection.conftest import DOCS, EN_ES, EN_ES_UNITS, run


def test_a_tmx_of_two_pairs_says_each_unit_s_source_language(mixed: Path,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "all.tmx"
    code, _, stderr = run("export", str(mixed), "-o", str(out))
    assert code == 0, stderr
    assert_valid_tmx(out)
    root = etree.parse(str(out)).getroot()
    # es and en share no language: the header's is *all*, each unit says its own
    assert root.find("header").get("srclang") == "*all*"
    # the signature names both pairs, not the first document's (it said src_lang=en;
    # tgt_lang=es for a file of both)
    signature = root.findtext("header/prop[@type='x-aligner-signature']")
    assert "; language_pairs=en->es,es->en; " in signature
    assert "src_lang=" not in signature and "tgt_lang=" not in signature
    units = {}
    for tu in root.iter("tu"):
        doc = tu.findtext("prop[@type='x-document']")
        units.setdefault(doc, set()).add(
            (tu.get("srclang"), tuple(tuv.get("{http://www.w3.org/XML/1998/namespace}lang")
                                      for tuv in tu.iter("tuv"))))
    assert units == {**{name: {("es", ("es", "en"))} for name in DOCS},
                     **{f"es/notas/{name}": {("en", ("en", "es"))} for name in EN_ES}}


@pytest.mark.parametrize("fmt", ["tsv", "csv", "xlsx", "xliff", "xliff12", "parallel"])
def test_a_format_of_one_pair_takes_one_pair(mixed: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "all"
    code, _, stderr = run("export", str(mixed), "-o", str(out), "--format", fmt)
    why = {"tsv": "TSV names no languages (its columns would mean other languages from row "
                  "to row)",
           "parallel": "parallel files are named by one language pair",
           "xliff12": "XLIFF 1.2 names one language pair per file"}.get(
        fmt, f"{fmt.upper()} names one language pair per file")
    assert (code, stderr) == (2, f"aligner: error: {mixed}: its documents are of 2 language "
                                 "pairs (es -> en: 4 documents, en -> es: 2 documents), and "
                                 f"{why}: export each pair with --src-lang and --tgt-lang "
                                 "(--src-lang es --tgt-lang en), or all of them to TMX, whose "
                                 "units say their languages\n")
    assert not list(tmp_path.glob("all*"))
    code, _, stderr = run("export", str(mixed), "-o", str(out), "--format", fmt,
                          "--src-lang", "en", "--tgt-lang", "es")
    assert code == 0, stderr


def test_one_pair_exported_reads_back_as_it_was_written(mixed: Path, tmp_path: Path) -> None:
    tsv = tmp_path / "en-es.tsv"
    code, _, stderr = run("export", str(mixed), "-o", str(tsv), "--src-lang", "en")
    assert code == 0, stderr
    back = load_units(tsv, src_lang="en", tgt_lang="es")
    assert [(u.source, u.target) for u in back.units] == EN_ES_UNITS
    xlf = tmp_path / "en-es.xlf"
    code, _, stderr = run("export", str(mixed), "-o", str(xlf), "--tgt-lang", "es")
    assert code == 0, stderr
    assert re.search(r'<xliff [^>]*srcLang="en" trgLang="es"', xlf.read_text(encoding="utf-8"))
    tmx = tmp_path / "es-en.tmx"  # one source language: the header's, as before
    code, _, stderr = run("export", str(mixed), "-o", str(tmx), "--src-lang", "es")
    assert code == 0, stderr
    root = etree.parse(str(tmx)).getroot()
    assert root.find("header").get("srclang") == "es"
    assert all(tu.get("srclang") is None for tu in root.iter("tu"))
    assert len(list(root.iter("tu"))) == 13


# One Spanish original, its English translation sentence for sentence, its French one
# making one sentence of the second and third (our own text).
ORIGINAL = {"es": "El puerto abrió sus muelles en marzo.\n\nLos estibadores votaron una huelga "
                  "de tres días. Nadie esperaba que el gobierno cediera.\n\nGracias por su "
                  "atención.\n",
            "en": "The port opened its docks in March.\n\nThe dockers voted for a three-day "
                  "strike. Nobody expected the government to give in.\n\nThank you for your "
                  "attention.\n",
            "fr": "Le port a ouvert ses quais en mars.\n\nLes dockers ont voté une grève de "
                  "trois jours, et personne ne s'attendait à ce que le gouvernement cède."
                  "\n\nMerci de votre attention.\n"}


def test_multilingual_export_shares_the_units_of_one_original_and_reads_back(
        tmp_path: Path) -> None:
    for lang, text in ORIGINAL.items():
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"puerto.{lang}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "c.db"
    for lang in ("en", "fr"):
        code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / lang), "--db",
                              str(db), "--jobs", "1")
        assert code == 0, stderr
    out = tmp_path / "archive.tmx"
    code, _, stderr = run("export", str(db), "-o", str(out), "--multilingual")
    assert code == 0, stderr
    assert stderr.endswith(f"aligner: wrote 5 units to {out}\n")
    assert_valid_tmx(out)
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    root = etree.parse(str(out)).getroot()
    assert root.find("header").get("srclang") == "es"
    assert "language_pairs=es->en,es->fr" in root.findtext(
        "header/prop[@type='x-aligner-signature']")
    # documents by name: fr/puerto, then puerto (the English one), whose units line up
    # with the French where the sentences are the same
    assert [[(tuv.get(xml_lang), tuv.findtext("seg")) for tuv in tu.iter("tuv")]
            for tu in root.iter("tu")] == [
        [("es", "El puerto abrió sus muelles en marzo."),
         ("fr", "Le port a ouvert ses quais en mars."),
         ("en", "The port opened its docks in March.")],
        [("es", "Los estibadores votaron una huelga de tres días. Nadie esperaba que el "
                "gobierno cediera."),
         ("fr", "Les dockers ont voté une grève de trois jours, et personne ne s'attendait "
                "à ce que le gouvernement cède.")],
        [("es", "Gracias por su atención."), ("fr", "Merci de votre attention."),
         ("en", "Thank you for your attention.")],
        [("es", "Los estibadores votaron una huelga de tres días."),
         ("en", "The dockers voted for a three-day strike.")],
        [("es", "Nadie esperaba que el gobierno cediera."),
         ("en", "Nobody expected the government to give in.")]]
    # imported, a memory for each pair: no unit lost
    back = tmp_path / "back.db"
    code, _, stderr = run("import", str(back), str(out))
    assert code == 0, stderr
    assert "2 memories imported" in stderr and "7 units" in stderr, stderr
    assert "left out" not in stderr


def test_a_tmx_of_more_than_two_languages_is_written_when_asked_only(tmp_path: Path) -> None:
    """A CAT tool given a TMX for es -> en takes a unit of two tuvs as es -> en's whatever
    its other language (OmegaT put a fr -> es unit's French as the English of its Spanish):
    documents of a third language go to one TMX with --all-pairs (or --multilingual) only."""
    for lang, text in ORIGINAL.items():
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"puerto.{lang}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "c.db"
    for lang in ("en", "fr"):
        code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / lang), "--db",
                              str(db), "--jobs", "1")
        assert code == 0, stderr
    out = tmp_path / "all.tmx"
    code, _, stderr = run("export", str(db), "-o", str(out))
    assert (code, stderr) == (2, f"aligner: error: {db}: its documents are of 2 language pairs "
                                 "(es -> fr: 1 document, es -> en: 1 document) in 3 languages "
                                 "(en, es, fr), and a CAT tool given one TMX of them for one "
                                 "pair takes a unit of another as that pair's (OmegaT put "
                                 "French as the English of a Spanish sentence from a fr -> es "
                                 "unit): export each pair with --src-lang and --tgt-lang "
                                 "(--src-lang es --tgt-lang fr), or give --all-pairs for one "
                                 "TMX of them all, each unit saying its languages (for aligner "
                                 "import, or a tool that reads them)\n")
    assert not out.exists()
    code, _, stderr = run("export", str(db), "-o", str(out), "--tgt-lang", "en")
    assert code == 0, stderr
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert {tuv.get(xml_lang) for tuv in etree.parse(str(out)).iter("tuv")} == {"es", "en"}
    code, _, stderr = run("export", str(db), "-o", str(out), "--all-pairs")
    assert code == 0, stderr
    assert {tuv.get(xml_lang) for tuv in etree.parse(str(out)).iter("tuv")} == {
        "es", "en", "fr"}
    # the formats of one pair name the flag the TMX of them all needs
    code, _, stderr = run("export", str(db), "-o", str(tmp_path / "all.tsv"))
    assert code == 2 and stderr.endswith("or all of them to TMX --all-pairs, whose units say "
                                         "their languages\n"), stderr
    code, _, stderr = run("export", str(tmp_path / "all.tmx"), "-o", str(tmp_path / "b.tmx"),
                          "--all-pairs")
    assert (code, stderr.splitlines()[-1]) == (
        2, "aligner: error: --all-pairs goes with a collection (COLLECTION.db)")


def test_multilingual_goes_with_a_collection_to_tmx(mixed: Path, tmp_path: Path) -> None:
    code, _, stderr = run("export", str(mixed), "-o", str(tmp_path / "a.tsv"), "--multilingual",
                          "--src-lang", "es")
    assert code == 2
    assert "--multilingual writes TMX units of several languages" in stderr
    tmx = tmp_path / "a.tmx"
    tmx.write_text("", encoding="utf-8")
    code, _, stderr = run("export", str(tmx), "-o", str(tmp_path / "b.tmx"), "--multilingual")
    assert (code, stderr.splitlines()[-1]) == (
        2, "aligner: error: --multilingual goes with a collection (COLLECTION.db)")
