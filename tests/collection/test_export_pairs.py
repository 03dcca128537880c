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
    units = {}
    for tu in root.iter("tu"):
        doc = tu.findtext("prop[@type='x-document']")
        units.setdefault(doc, set()).add(
            (tu.get("srclang"), tuple(tuv.get("{http://www.w3.org/XML/1998/namespace}lang")
                                      for tuv in tu.iter("tuv"))))
    assert units == {**{name: {("es", ("es", "en"))} for name in DOCS},
                     **{f"notas/{name}": {("en", ("en", "es"))} for name in EN_ES}}


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
