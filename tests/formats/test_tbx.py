"""TBX v2 (validated against the schema in OmegaT's jar) and v3 glossaries."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from aligner import __version__
from aligner.errors import FormatError, GlossaryError
from aligner.formats.glossaries import GlossaryFormat, write_glossary
from aligner.formats.tbx import TBX3_NS, TbxVersion, read_tbx, write_tbx, write_tbx3
from aligner.glossary import orient_glossary
from aligner.model import Glossary, GlossaryEntry, TermStatus
from tests.formats.conftest import GLOSSARY, LEFT_OUT_TBX

GOLDEN = Path(__file__).parent / "golden"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def rows(glossary: Glossary) -> list[tuple[str, str, TermStatus, str]]:
    return [(e.source, e.target, e.status, e.note) for e in glossary.entries]


def test_tbx2_golden_and_schema(tmp_path: Path, tbx_schema: etree.XMLSchema) -> None:
    out = tmp_path / "g.tbx"
    assert write_tbx(GLOSSARY, out) == 3  # concepts: one per source term
    expected = (GOLDEN / "glossary.tbx").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == expected.replace("@VERSION@", __version__)
    assert tbx_schema.validate(etree.parse(str(out))), tbx_schema.error_log


def test_tbx3_structure(tmp_path: Path) -> None:
    out = tmp_path / "g3.tbx"
    assert write_tbx3(GLOSSARY, out) == 3
    root = etree.parse(str(out)).getroot()
    t = f"{{{TBX3_NS}}}"
    assert root.tag == f"{t}tbx"
    assert (root.get("type"), root.get("style"), root.get(XML_LANG)) == ("TBX-Basic", "dca", "es")
    assert [c.tag for c in root] == [f"{t}tbxHeader", f"{t}text"]
    concepts = root.findall(f"{t}text/{t}body/{t}conceptEntry")
    assert [c.get("id") for c in concepts] == ["c1", "c2", "c3"]
    first = concepts[0]
    assert [ls.get(XML_LANG) for ls in first.findall(f"{t}langSec")] == ["es", "en"]
    targets = first.findall(f"{t}langSec[2]/{t}termSec")
    assert [
        (ts.findtext(f"{t}term"), ts.findtext(f"{t}termNote[@type='administrativeStatus']"))
        for ts in targets
    ] == [
        ("coup", "preferredTerm-admn-sts"),
        ("coup d'état", "admittedTerm-admn-sts"),
        ("state blow", "deprecatedTerm-admn-sts"),
    ]


@pytest.mark.parametrize("version", list(TbxVersion))
def test_read_back(tmp_path: Path, version: TbxVersion) -> None:
    out = tmp_path / "g.tbx"
    write_tbx(GLOSSARY, out, version=version)
    glossary = read_tbx(out)
    assert (glossary.src_lang, glossary.tgt_lang) == ("es", "en")
    assert rows(glossary) == rows(GLOSSARY)


@pytest.mark.parametrize("version", list(TbxVersion))
def test_read_in_the_other_direction_as_a_reversed_tsv(tmp_path: Path,
                                                       version: TbxVersion) -> None:
    out = tmp_path / "g.tbx"
    write_tbx(GLOSSARY, out, version=version)
    read = [(s, t, st) for s, t, st, _ in rows(read_tbx(out, src_lang="en", tgt_lang="es"))]
    # by hand: the allowed rendering stays allowed, the forbidden one is no source term
    assert read == [
        ("coup", "golpe de Estado", TermStatus.PREFERRED),
        ("coup d'état", "golpe de Estado", TermStatus.ALLOWED),
        ("Popular Unity", "Unidad Popular", TermStatus.PREFERRED),
        ("Cold War", "Guerra Fría", TermStatus.PREFERRED),
    ]
    reversed_tsv = orient_glossary(GLOSSARY, src_lang="en", tgt_lang="es")
    assert rows(read_tbx(out, src_lang="en", tgt_lang="es")) == rows(reversed_tsv)  # notes too


def test_read_other_tools_tbx(tmp_path: Path) -> None:
    """ntig/termGrp, a third language, superseded terms, a language picked by option."""
    path = tmp_path / "other.tbx"
    path.write_text(
        """<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p/></sourceDesc>
</fileDesc></martifHeader><text><body>
<termEntry id="a">
 <langSet xml:lang="en"><tig><term>strike</term></tig></langSet>
 <langSet xml:lang="fr-FR"><tig><term>grève</term></tig></langSet>
 <langSet xml:lang="es-CL"><ntig><termGrp><term>huelga</term>
   <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
   <tig><term>paro</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
   <note>old</note></tig></langSet>
</termEntry></body></text></martif>""",
        encoding="utf-8",
    )
    glossary = read_tbx(path, tgt_lang="es")
    assert (glossary.src_lang, glossary.tgt_lang) == ("en", "es-CL")  # the set read
    assert rows(glossary) == [
        ("strike", "huelga", TermStatus.PREFERRED, ""),
        ("strike", "paro", TermStatus.FORBIDDEN, "old"),
    ]
    assert [e.line for e in glossary.entries] == [7, 9]  # lines of the target terms
    with pytest.raises(GlossaryError, match="languages present: en, fr-FR, es-CL"):
        read_tbx(path, src_lang="en", tgt_lang="de")


def test_illegal_characters_are_dropped(tmp_path: Path) -> None:
    glossary = Glossary("es", "en", (GlossaryEntry("a\x01", "b\x02", note="c\x03"),))
    out = tmp_path / "g.tbx"
    write_tbx(glossary, out)
    assert rows(read_tbx(out)) == [("a", "b", TermStatus.PREFERRED, "c")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('<!DOCTYPE martif [<!ENTITY e "x">]><martif/>', "entity declarations are not allowed"),
        ("<tmx/>", "not a TBX file"),
        ("<martif><text>", "Premature end"),
    ],
)
def test_bad_tbx(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.tbx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match=message):
        read_tbx(path)


@pytest.mark.parametrize(("lang_set", "line", "message"), [
    # a langSet whose language is missing: its concept was dropped, or the glossary read
    # with an empty target language
    ("<langSet>\n<tig><term>strike</term></tig></langSet>", 3, "<langSet> without xml:lang"),
    # an empty term dropped its whole concept, where TSV and CSV name the line
    ('<langSet xml:lang="en">\n<tig><term></term></tig></langSet>', 4, "empty <term>"),
])
def test_a_concept_the_reader_cannot_take_names_its_line(tmp_path: Path, lang_set: str,
                                                         line: int, message: str) -> None:
    path = tmp_path / "g.tbx"
    path.write_text('<martif type="TBX"><text><body>\n<termEntry>\n'
                    '<langSet xml:lang="es"><tig><term>huelga</term></tig></langSet>'
                    f"{lang_set}</termEntry></body></text></martif>", encoding="utf-8")
    with pytest.raises(GlossaryError) as info:
        read_tbx(path)
    assert (info.value.line, message in info.value.message) == (line, True)


def test_a_tbx_in_one_language_says_so(tmp_path: Path) -> None:
    path = tmp_path / "one.tbx"
    path.write_text('<martif type="TBX" xml:lang="es"><text><body><termEntry><langSet '
                    'xml:lang="es"><tig><term>uno</term></tig></langSet></termEntry></body>'
                    '</text></martif>', encoding="utf-8")
    with pytest.raises(GlossaryError) as err:
        read_tbx(path)
    assert err.value.message == "every concept has terms in es only; a glossary needs a second " \
                                "language"


def _tbx2_with_statuses(path: Path, *notes: str) -> Path:
    """A TBX v2 concept: source ``golpe``, one target term per status note given."""
    tigs = "\n".join(f"<tig><term>t{i}</term>{note}</tig>" for i, note in enumerate(notes))
    path.write_text(f'<martif type="TBX" xml:lang="es"><text><body><termEntry>\n'
                    f'<langSet xml:lang="es"><tig><term>golpe</term></tig></langSet>\n'
                    f'<langSet xml:lang="en">\n{tigs}\n</langSet>\n'
                    f'</termEntry></body></text></martif>', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("note", "status"),
    [
        # TBX-Default / MultiTerm
        ('<termNote type="normativeAuthorization">preferred</termNote>', TermStatus.PREFERRED),
        ('<termNote type="normativeAuthorization">admitted</termNote>', TermStatus.ALLOWED),
        ('<termNote type="normativeAuthorization">deprecated</termNote>', TermStatus.FORBIDDEN),
        ('<termNote type="normativeAuthorization">superseded</termNote>', TermStatus.FORBIDDEN),
        ('<termNote type="normativeAuthorization">deprecatedTerm</termNote>',
         TermStatus.FORBIDDEN),
        ('<termNote type="normativeAuthorization">standardizedTerm</termNote>',
         TermStatus.PREFERRED),
        # TBX-Basic in other letter cases
        ('<termNote type="administrativeStatus">deprecatedterm-admn-sts</termNote>',
         TermStatus.FORBIDDEN),
        ('<termNote type="administrativeStatus">AdmittedTerm-Admn-Sts</termNote>',
         TermStatus.ALLOWED),
        ('<termNote type="administrativeStatus"> supersededTerm-admn-sts </termNote>',
         TermStatus.FORBIDDEN),
        ("", TermStatus.PREFERRED),  # no status at all
    ],
)
def test_tbx_status_values(tmp_path: Path, note: str, status: TermStatus) -> None:
    glossary = read_tbx(_tbx2_with_statuses(tmp_path / "s.tbx", note))
    assert rows(glossary) == [("golpe", "t0", status, "")]


def test_tbx3_dct_status(tmp_path: Path) -> None:
    path = tmp_path / "dct.tbx"
    path.write_text(
        '<tbx type="TBX-Basic" style="dct" xml:lang="es" xmlns="urn:iso:std:iso:30042:ed-2" '
        'xmlns:basic="http://www.tbxinfo.net/ns/basic"><text><body><conceptEntry id="c1">\n'
        '<langSec xml:lang="es"><termSec><term>golpe</term></termSec></langSec>\n'
        '<langSec xml:lang="en"><termSec><term>putsch</term><basic:administrativeStatus>'
        'deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>\n'
        '<termSec><term>coup</term></termSec></langSec>\n'
        '</conceptEntry></body></text></tbx>', encoding="utf-8")
    assert rows(read_tbx(path)) == [
        ("golpe", "putsch", TermStatus.FORBIDDEN, ""),
        ("golpe", "coup", TermStatus.PREFERRED, ""),
    ]


def test_unknown_tbx_status_names_file_and_line(tmp_path: Path) -> None:
    path = _tbx2_with_statuses(
        tmp_path / "bad.tbx",
        '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>',
        '<termNote type="normativeAuthorization">maybe</termNote>')
    with pytest.raises(GlossaryError) as err:
        read_tbx(path)
    assert (err.value.path, err.value.line) == (str(path), 5)  # the second tig's line
    assert err.value.message.startswith("unknown status 'maybe' (expected ")


def test_region_codes_are_written_as_language_tags(tmp_path: Path,
                                                   tbx_schema: etree.XMLSchema) -> None:
    glossary = Glossary("es_CL", "pt_BR", (GlossaryEntry("uno", "um"),))
    out = tmp_path / "g.tbx"
    write_glossary(glossary, out, fmt=GlossaryFormat.TBX)
    assert tbx_schema.validate(etree.parse(str(out))), tbx_schema.error_log
    root = etree.parse(str(out)).getroot()
    assert [el.get(XML_LANG) for el in root.iter() if el.get(XML_LANG)] == [
        "es-CL", "es-CL", "pt-BR"]


@pytest.mark.parametrize("root", ["en", "EN", "en_us", "en-GB"])
def test_the_root_language_matches_a_language_set_loosely(tmp_path: Path, root: str) -> None:
    """The root's ``xml:lang`` is the source language, matched ignoring case and region."""
    path = tmp_path / "root.tbx"
    path.write_text(f'<martif type="TBX" xml:lang="{root}"><text><body><termEntry>\n'
                    '<langSet xml:lang="es"><tig><term>golpe</term></tig></langSet>\n'
                    '<langSet xml:lang="en-US"><tig><term>coup</term></tig></langSet>\n'
                    '</termEntry></body></text></martif>', encoding="utf-8")
    glossary = read_tbx(path)
    assert (glossary.src_lang, glossary.tgt_lang) == ("en-US", "es")
    assert rows(glossary) == [("coup", "golpe", TermStatus.PREFERRED, "")]


@pytest.mark.parametrize(("src", "tgt", "expected"), [
    ("es", "ar", ("es-419", "ar")),
    ("EN", "es", ("en", "es-419")),
    (None, "ES", ("en", "es-419")),
])
def test_a_bare_language_asked_for_gives_the_tag_of_the_set_read(
        tmp_path: Path, src: str | None, tgt: str, expected: tuple[str, str]) -> None:
    path = tmp_path / "region.tbx"
    path.write_text('<martif type="TBX" xml:lang="en"><text><body><termEntry>\n'
                    '<langSet xml:lang="en"><tig><term>invoice</term></tig></langSet>\n'
                    '<langSet xml:lang="es-419"><tig><term>factura</term></tig></langSet>\n'
                    '<langSet xml:lang="ar"><tig><term>فاتورة</term></tig></langSet>\n'
                    '</termEntry></body></text></martif>', encoding="utf-8")
    glossary = read_tbx(path, src_lang=src, tgt_lang=tgt)
    assert (glossary.src_lang, glossary.tgt_lang) == expected


def test_sets_of_two_regions_read_for_one_language_give_the_language_asked(
        tmp_path: Path) -> None:
    path = tmp_path / "regions.tbx"
    path.write_text('<martif type="TBX" xml:lang="en"><text><body>\n'
                    '<termEntry><langSet xml:lang="en"><tig><term>car</term></tig></langSet>\n'
                    '<langSet xml:lang="es-ES"><tig><term>coche</term></tig></langSet>'
                    '</termEntry>\n'
                    '<termEntry><langSet xml:lang="en"><tig><term>bus</term></tig></langSet>\n'
                    '<langSet xml:lang="es-MX"><tig><term>camión</term></tig></langSet>'
                    '</termEntry></body></text></martif>', encoding="utf-8")
    glossary = read_tbx(path, tgt_lang="es")
    assert (glossary.tgt_lang, len(glossary.entries)) == ("es", 2)


@pytest.mark.parametrize("version", ["2", "3"])
def test_concept_descriptions_and_notes_go_in_each_entry_note(tmp_path: Path,
                                                             version: str) -> None:
    entry, lang_set, group = (("termEntry", "langSet", "tig") if version == "2"
                              else ("conceptEntry", "langSec", "termSec"))
    root = ('<martif type="TBX" xml:lang="es">' if version == "2"
            else f'<tbx type="TBX-Basic" style="dca" xml:lang="es" xmlns="{TBX3_NS}">')
    end = "</martif>" if version == "2" else "</tbx>"
    path = tmp_path / "concept.tbx"
    path.write_text(
        f'{root}<text><body><{entry} id="e1">\n'
        '<descrip type="definition">Intento de tomar\n  el poder</descrip>\n'
        '<descripGrp><descrip type="subjectField">política</descrip></descripGrp>\n'
        '<note>Usage: politics</note>\n'
        f'<{lang_set} xml:lang="es"><{group}><term>golpe</term></{group}></{lang_set}>\n'
        f'<{lang_set} xml:lang="en"><{group}><term>coup</term><note>short</note></{group}>\n'
        f'<{group}><term>putsch</term></{group}></{lang_set}>\n'
        f'</{entry}></body></text>{end}', encoding="utf-8")
    about = "definition: Intento de tomar el poder; subjectField: política; Usage: politics"
    assert rows(read_tbx(path)) == [
        ("golpe", "coup", TermStatus.PREFERRED, f"{about}; short"),
        ("golpe", "putsch", TermStatus.PREFERRED, about),
    ]



def test_what_is_left_out_is_told_a_line_for_each_kind(tmp_path: Path) -> None:
    path = tmp_path / "left.tbx"
    path.write_text(LEFT_OUT_TBX, encoding="utf-8")
    told: list[str] = []
    glossary = read_tbx(path, warn=told.append)
    assert rows(glossary) == [
        ("infusion pump", "Infusionspumpe", TermStatus.PREFERRED, ""),
        ("tax number", "Steuernummer", TermStatus.PREFERRED, ""),
    ]  # what is kept is as before
    # the part of speech is kept (it tells a noun term from its verb in the source)
    assert [e.pos for e in glossary.entries] == ["noun", ""]
    assert told == [
        "left out 1 concept with no en-US term (c4)",
        "left out 1 concept with no de-DE term (c3)",
        "left out 1 deprecated source term, which pairs with nothing (tax ID in c2); read "
        "de-DE -> en-US to keep it: --src-lang de-DE --tgt-lang en-US",
        "left out the terms in fr-FR (2 concepts)",
        "not kept (the glossary has no place for it): grammaticalGender (1 term)",
    ]


def test_a_tbx_read_whole_tells_nothing(tmp_path: Path) -> None:
    told: list[str] = []
    out = tmp_path / "g.tbx"
    write_tbx(GLOSSARY, out)
    read_tbx(out, warn=told.append)
    assert told == []


def _regions_tbx(path: Path, entries: str, root: str = "en-US") -> Path:
    path.write_text(f'<martif type="TBX" xml:lang="{root}"><text><body>\n{entries}'
                    '</body></text></martif>\n', encoding="utf-8")
    return path


def _concept(cid: str, **sets: str) -> str:
    return f'<termEntry id="{cid}">' + "".join(
        f'<langSet xml:lang="{lang.replace("_", "-")}"><tig><term>{term}</term></tig>'
        '</langSet>' for lang, term in sets.items()) + "</termEntry>\n"


@pytest.mark.parametrize(("src", "tgt"), [("en-GB", "de-CH"), ("en-GB", None), ("en", "de-AT"),
                                          (None, "de-CH")])
def test_a_set_of_another_region_is_read_when_the_one_asked_is_not_there(
        tmp_path: Path, src: str | None, tgt: str | None) -> None:
    """An en-US -> de-DE termbase for an en-GB -> de-CH job: read, as its TSV would be
    (the caller warns of the regions); it was refused as having no en-GB term."""
    path = _regions_tbx(tmp_path / "g.tbx", _concept("c1", en_US="notice period",
                                                     de_DE="Kündigungsfrist"))
    glossary = read_tbx(path, src_lang=src, tgt_lang=tgt)
    assert (glossary.src_lang, glossary.tgt_lang) == ("en-US", "de-DE")
    assert rows(glossary) == [("notice period", "Kündigungsfrist", TermStatus.PREFERRED, "")]


def test_of_several_regions_the_one_asked_then_the_one_with_most_terms_is_read(
        tmp_path: Path) -> None:
    path = _regions_tbx(tmp_path / "g.tbx", (
        _concept("c1", en_US="color", en_GB="colour", de_DE="Farbe")
        + _concept("c2", en_US="license", de_DE="Lizenz")
        + _concept("c3", en_AU="ute", en_US="pickup", de_DE="Pick-up")))
    told: list[str] = []
    gb = read_tbx(path, src_lang="en-GB", tgt_lang="de", warn=told.append)
    assert [e.source for e in gb.entries] == ["colour", "license", "pickup"]
    assert gb.src_lang == "en-GB"  # two sets read: the language asked
    assert told == [
        "read the en-US terms for en-GB in 2 concepts with no en-GB set (c2, c3); terms per "
        "set of the language: en-US 3, en-GB 1, en-AU 1",
        "left out the terms in en-US (1 concept), en-AU (1 concept)"]
    assert [e.source for e in read_tbx(path, src_lang="en-AU").entries] == [
        "color", "license", "ute"]  # en-US has more terms than en-GB
    bare = read_tbx(path, src_lang="en", tgt_lang="de-DE")
    assert ([e.source for e in bare.entries], bare.src_lang) == (
        ["color", "license", "pickup"], "en-US")


def test_a_bare_language_set_comes_before_another_region(tmp_path: Path) -> None:
    path = _regions_tbx(tmp_path / "g.tbx", _concept("c1", de_DE="Lizenznehmer",
                                                     de="Lizenzinhaber", en="licensee"),
                        root="en")
    assert rows(read_tbx(path, tgt_lang="de-CH")) == [
        ("licensee", "Lizenzinhaber", TermStatus.PREFERRED, "")]


def test_two_regions_of_one_language_on_both_sides_are_an_adaptation(tmp_path: Path) -> None:
    path = _regions_tbx(tmp_path / "g.tbx", _concept("c1", en_US="color", en_GB="colour"))
    for src, tgt in (("en", "en-GB"), ("en-US", "en"), ("en-US", None)):
        glossary = read_tbx(path, src_lang=src, tgt_lang=tgt)
        assert (glossary.src_lang, glossary.tgt_lang, rows(glossary)) == (
            "en-US", "en-GB", [("color", "colour", TermStatus.PREFERRED, "")]), (src, tgt)


def test_a_bad_term_of_a_language_not_read_does_not_stop_the_read(tmp_path: Path) -> None:
    """TBX-Min's notRecommended (or an empty term) in the de set of an en -> fr read is
    left out with the set; in the set read it is still the error on its line."""
    path = _regions_tbx(tmp_path / "g.tbx", (
        '<termEntry id="c1"><langSet xml:lang="en"><tig><term>party</term></tig></langSet>\n'
        '<langSet xml:lang="fr"><tig><term>partie</term></tig></langSet>\n'
        '<langSet xml:lang="de"><tig><term>Kontrahent</term><termNote type='
        '"administrativeStatus">notRecommended</termNote></tig><tig><term> </term></tig>'
        '</langSet></termEntry>\n'), root="en")
    told: list[str] = []
    glossary = read_tbx(path, src_lang="en", tgt_lang="fr", warn=told.append)
    assert rows(glossary) == [("party", "partie", TermStatus.PREFERRED, "")]
    assert told == ["left out the terms in de (1 concept)"]
    with pytest.raises(GlossaryError) as err:
        read_tbx(path, src_lang="en", tgt_lang="de")
    assert (err.value.line, err.value.message.split(" (")[0]) == (
        4, "unknown status 'notRecommended'")


def test_a_term_case_rule_is_a_term_note_the_schema_takes(
        tmp_path: Path, tbx_schema: etree.XMLSchema) -> None:
    """The glossary's case column goes in a private term note of each term whose rule
    is not the default one, and comes back from it; a tool's note of another value is
    left out, and the term keeps the default rule."""
    glossary = Glossary("en", "es", (
        GlossaryEntry("Party", "Parte", capitalised=True, target_capitalised=True),
        GlossaryEntry("Agreement", "Contrato"),
        GlossaryEntry("Agreement", "Acuerdo", TermStatus.FORBIDDEN, capitalised=True,
                      target_capitalised=True),
        GlossaryEntry("NATO", "OTAN", case_sensitive=False, target_case_sensitive=False)))
    out = tmp_path / "g.tbx"
    write_tbx(glossary, out)
    assert tbx_schema.validate(etree.parse(str(out))), tbx_schema.error_log
    notes = [(n.getparent()[0].text, n.text) for n in etree.parse(str(out)).iter("termNote")
             if n.get("type") == "x-case"]
    # Agreement's rows hold it to its capitals in one row only: it is found in any case
    assert notes == [("Party", "capitalised"), ("Parte", "capitalised"),
                     ("Acuerdo", "capitalised"), ("NATO", "insensitive"),
                     ("OTAN", "insensitive")]
    back = read_tbx(out)
    assert [(e.source, e.target, e.case_sensitive, e.target_case_sensitive, e.capitalised,
             e.target_capitalised) for e in back.entries] == [
        ("Party", "Parte", False, False, True, True),
        ("Agreement", "Contrato", False, False, False, False),
        ("Agreement", "Acuerdo", False, False, False, True),
        ("NATO", "OTAN", False, False, False, False)]
    out.write_text(out.read_text(encoding="utf-8").replace(
        ">capitalised<", ">whatever<", 1), encoding="utf-8")
    assert read_tbx(out).entries[0].capitalised is False


def test_a_noun_of_person_is_a_noun_and_a_term_note_the_schema_takes(
        tmp_path: Path, tbx_schema: etree.XMLSchema) -> None:
    glossary = Glossary("es", "en", (
        GlossaryEntry("apoderado", "attorney-in-fact", pos="person"),
        GlossaryEntry("poder", "power of attorney", pos="noun")))
    out = tmp_path / "g.tbx"
    write_tbx(glossary, out)
    assert tbx_schema.validate(etree.parse(str(out))), tbx_schema.error_log
    notes = [(n.getparent()[0].text, n.get("type"), n.text)
             for n in etree.parse(str(out)).iter("termNote")
             if n.get("type") != "administrativeStatus"]
    assert notes == [
        ("apoderado", "partOfSpeech", "noun"), ("apoderado", "x-nounOfPerson", "yes"),
        ("attorney-in-fact", "partOfSpeech", "noun"),
        ("attorney-in-fact", "x-nounOfPerson", "yes"),
        ("poder", "partOfSpeech", "noun"), ("power of attorney", "partOfSpeech", "noun")]
    assert [(e.source, e.pos) for e in read_tbx(out).entries] == [
        ("apoderado", "person"), ("poder", "noun")]
