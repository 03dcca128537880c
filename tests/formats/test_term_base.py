"""A term base of more than two languages written whole, and glossaries as ``.xlsx``."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from aligner.errors import ConfigError
from aligner.formats.glossaries import GlossaryFormat, read_glossary
from aligner.formats.glossary_xlsx import read_glossary_xlsx
from aligner.formats.term_base import (
    term_base_pairs,
    term_base_rows,
    write_glossary_xlsx,
    write_term_base,
)
from aligner.model import Glossary, GlossaryEntry, TermStatus

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# en es fr de; a row leaves the other languages' cells empty for a variant of one
TERM_BASE = ("en\tes\tfr\tde\tstatus\tnote\n"
             "printer\timpresora\timprimante\tDrucker\tpreferred\tcore device\n"
             "paper tray\tbandeja\tbac à papier\tPapierfach\t\t\n"
             "paper tray\t\tplateau à papier\t\tforbidden\tregional\n"
             "toner\ttóner\t\t\tallowed\t\n")


@pytest.fixture
def base(tmp_path: Path) -> list[Glossary]:
    path = tmp_path / "base.tsv"
    path.write_text(TERM_BASE, encoding="utf-8")
    return term_base_pairs(path, read_glossary(path))


def test_a_term_base_is_read_into_each_language(base: list[Glossary]) -> None:
    assert [(g.src_lang, g.tgt_lang) for g in base] == [("en", "es"), ("en", "fr"),
                                                        ("en", "de")]
    assert base[0].languages == ("en", "es", "fr", "de")
    assert [(e.source, e.target, e.status) for e in base[1].entries] == [
        ("printer", "imprimante", TermStatus.PREFERRED),
        ("paper tray", "bac à papier", TermStatus.PREFERRED),
        ("paper tray", "plateau à papier", TermStatus.FORBIDDEN)]


def test_rows_of_a_term_base_are_the_rows_read(base: list[Glossary]) -> None:
    assert term_base_rows(base) == [
        ["en", "es", "fr", "de", "status", "note"],
        ["printer", "impresora", "imprimante", "Drucker", "preferred", "core device"],
        ["paper tray", "bandeja", "bac à papier", "Papierfach", "preferred", ""],
        ["paper tray", "", "plateau à papier", "", "forbidden", "regional"],
        ["toner", "tóner", "", "", "allowed", ""],
    ]


@pytest.mark.parametrize("name", ["back.tsv", "back.csv", "back.xlsx"])
def test_a_term_base_written_as_rows_reads_back_in_every_pair(
        tmp_path: Path, base: list[Glossary], name: str) -> None:
    out = tmp_path / name
    fmt = GlossaryFormat(name.rsplit(".", 1)[1])
    assert write_term_base(base, out, fmt=fmt) == 4
    for pair in base:
        back = read_glossary(out, src_lang=pair.src_lang, tgt_lang=pair.tgt_lang)
        assert [(e.source, e.target, e.status, e.note) for e in back.entries] == [
            (e.source, e.target, e.status, e.note) for e in pair.entries], pair.tgt_lang


# the same with a part of speech on two rows: written whole, the pos column stays
POS_BASE = ("en\tes\tfr\tstatus\tpos\n"
            "cover\ttapa\tcouvercle\tpreferred\tnoun\n"
            "update\tactualizar\tmettre à jour\tpreferred\tverb\n"
            "toner\ttóner\t\tallowed\t\n")


@pytest.mark.parametrize("name", ["back.tsv", "back.csv", "back.xlsx", "back.tbx"])
def test_a_term_base_written_whole_keeps_each_terms_part_of_speech(
        tmp_path: Path, name: str) -> None:
    path = tmp_path / "pos.tsv"
    path.write_text(POS_BASE, encoding="utf-8")
    pairs = term_base_pairs(path, read_glossary(path))
    if not name.endswith(".tbx"):
        assert term_base_rows(pairs)[0] == ["en", "es", "fr", "status", "note", "pos"]
    out = tmp_path / name
    write_term_base(pairs, out, fmt=GlossaryFormat(name.rsplit(".", 1)[1]))
    for tgt, expected in (("es", [("cover", "noun"), ("update", "verb"), ("toner", "")]),
                          ("fr", [("cover", "noun"), ("update", "verb")])):
        back = read_glossary(out, src_lang="en", tgt_lang=tgt)
        assert [(e.source, e.pos) for e in back.entries] == expected, (name, tgt)


def test_a_term_base_as_tbx_has_a_language_set_for_each_language(
        tmp_path: Path, base: list[Glossary], tbx_schema: etree.XMLSchema) -> None:
    out = tmp_path / "base.tbx"
    assert write_term_base(base, out, fmt=GlossaryFormat.TBX) == 3  # concepts
    tree = etree.parse(str(out))
    assert tbx_schema.validate(tree), tbx_schema.error_log
    concepts = [[(ls.get(XML_LANG), [t.text for t in ls.iter("term")])
                 for ls in entry.iter("langSet")] for entry in tree.iter("termEntry")]
    assert concepts == [
        [("en", ["printer"]), ("es", ["impresora"]), ("fr", ["imprimante"]),
         ("de", ["Drucker"])],
        [("en", ["paper tray"]), ("es", ["bandeja"]), ("fr", ["bac à papier",
                                                                "plateau à papier"]),
         ("de", ["Papierfach"])],
        [("en", ["toner"]), ("es", ["tóner"])],
    ]
    # read back, each pair is the term base's
    fr = read_glossary(out, src_lang="en", tgt_lang="fr")
    assert [(e.source, e.target, e.status) for e in fr.entries] == [
        ("printer", "imprimante", TermStatus.PREFERRED),
        ("paper tray", "bac à papier", TermStatus.PREFERRED),
        ("paper tray", "plateau à papier", TermStatus.FORBIDDEN)]
    # and it is a term base again: the rows of a TBX share a row per concept and status
    again = term_base_pairs(out, read_glossary(out))
    assert term_base_rows(again, by_line=False) == [
        ["en", "es", "fr", "de", "status", "note"],
        ["printer", "impresora", "imprimante", "Drucker", "preferred", "core device"],
        ["paper tray", "bandeja", "bac à papier", "Papierfach", "preferred", ""],
        ["paper tray", "", "plateau à papier", "", "forbidden", "regional"],
        ["toner", "tóner", "", "", "allowed", ""],
    ]


def test_omegat_holds_one_pair(tmp_path: Path, base: list[Glossary]) -> None:
    with pytest.raises(ConfigError, match="holds one language pair"):
        write_term_base(base, tmp_path / "o.txt", fmt=GlossaryFormat.OMEGAT)


def test_a_glossary_as_xlsx_reads_back(tmp_path: Path) -> None:
    glossary = Glossary("en", "es", (
        GlossaryEntry("printer", "impresora", note="=not a formula"),
        GlossaryEntry("PDF", "pdf", status=TermStatus.ALLOWED, case_sensitive=True),
        GlossaryEntry("jam", "atoramiento", status=TermStatus.FORBIDDEN)))
    out = tmp_path / "g.xlsx"
    assert write_glossary_xlsx(glossary, out) == 3
    back = read_glossary_xlsx(out)
    assert (back.src_lang, back.tgt_lang) == ("en", "es")
    assert [(e.source, e.target, e.status, e.note, e.case_sensitive, e.line)
            for e in back.entries] == [
        ("printer", "impresora", TermStatus.PREFERRED, "=not a formula", False, 2),
        ("PDF", "pdf", TermStatus.ALLOWED, "", True, 3),
        ("jam", "atoramiento", TermStatus.FORBIDDEN, "", False, 4)]
