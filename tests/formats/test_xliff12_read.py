"""XLIFF 1.2 read as the CAT tools write it (files written by hand in each tool's style)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.check import run_checks
from aligner.check.units import units_from_records
from aligner.errors import FormatError
from aligner.formats.xliff import load_xliff, read_xliff
from aligner.model import TagKind

NS12 = "urn:oasis:names:tc:xliff:document:1.2"

# Okapi (Rainbow's "Extraction" step): groups, seg-source with mrk segments, alt-trans.
OKAPI = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="{NS12}" '
    'xmlns:okp="okapi-framework:xliff-extensions">\n'
    '<file original="help/intro.html" source-language="en" target-language="fr" '
    'datatype="x-html">\n<body>\n<group id="1" resname="main">\n'
    '<trans-unit id="tu1" xml:space="preserve">\n'
    '<source xml:lang="en">Click <g id="1">Save</g>.<x id="2"/> Then close.</source>\n'
    '<seg-source><mrk mid="0" mtype="seg">Click <g id="1">Save</g>.</mrk><x id="2"/> '
    '<mrk mid="1" mtype="seg">Then close.</mrk></seg-source>\n'
    '<target xml:lang="fr"><mrk mid="0" mtype="seg">Cliquez sur <g id="1">Enregistrer</g>.'
    '</mrk><x id="2"/> <mrk mid="1" mtype="seg">Puis fermez.</mrk></target>\n'
    '<alt-trans match-quality="80"><source>Click Save.</source>'
    "<target>Cliquer Enregistrer.</target><note>from the TM</note></alt-trans>\n"
    "<note>UI string</note>\n</trans-unit>\n"
    '<group id="2" translate="no">\n'
    '<trans-unit id="tu2"><source>ACME-42</source></trans-unit>\n</group>\n</group>\n'
    '<trans-unit id="tu3">\n<source>First. Second.</source>\n'
    '<seg-source><mrk mid="0" mtype="seg">First.</mrk> <mrk mid="1" mtype="seg">Second.</mrk>'
    "</seg-source>\n"
    '<target xml:lang="fr"><mrk mid="0" mtype="seg">Premier.</mrk> <mrk mid="1" mtype="seg">'
    "</mrk></target>\n</trans-unit>\n</body>\n</file>\n</xliff>\n"
)

# SDL Trados Studio (SDLXLIFF): segments inside <g>, structure units translate="no".
_BOLD = '<bpt id="2">&lt;b&gt;</bpt>Start<ept id="2">&lt;/b&gt;</ept>'
TRADOS = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    f'<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="{NS12}" version="1.2" '
    'sdl:version="1.0">\n<file original="C:\\jobs\\Manual.docx" '
    'datatype="x-sdlfilterframework2" source-language="en-US" target-language="de-DE">\n'
    "<header><sdl:ref-files/></header>\n<body>\n"
    '<trans-unit translate="no" id="a1"><source><x id="0"/></source></trans-unit>\n'
    '<trans-unit id="a2">\n'
    f'<source><g id="1">Press {_BOLD}.</g></source>\n'
    f'<seg-source><g id="1"><mrk mtype="seg" mid="5">Press {_BOLD}.</mrk></g></seg-source>\n'
    f'<target><g id="1"><mrk mtype="seg" mid="5">Drücken Sie {_BOLD}.</mrk></g></target>\n'
    '<sdl:seg-defs><sdl:seg id="5" conf="Translated"/></sdl:seg-defs>\n'
    "</trans-unit>\n</body>\n</file>\n</xliff>\n"
)

# OmegaT (its XLIFF filter's output) and translate-toolkit (po2xliff): flat units.
OMEGAT = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="{NS12}">\n'
    '  <file original="readme.txt" source-language="es" target-language="en" '
    'datatype="plaintext">\n    <body>\n'
    '      <trans-unit id="0"><source>Hola &amp; adiós</source>'
    "<target>Hello &amp; goodbye</target></trans-unit>\n"
    '      <trans-unit id="1" approved="yes"><source>Sí</source><target state="final">Yes'
    '</target>\n        <note from="developer">a reply</note></trans-unit>\n'
    '      <trans-unit id="2"><source>Nada</source>'
    '<target state="needs-translation">Nada</target></trans-unit>\n'
    '      <trans-unit id="3"><source>Falta</source></trans-unit>\n'
    "    </body>\n  </file>\n</xliff>\n"
)


def write(tmp_path: Path, text: str, name: str = "in.xlf") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_okapi_segments_groups_and_what_is_not_read(tmp_path: Path) -> None:
    loaded = load_xliff(write(tmp_path, OKAPI))
    assert (loaded.src_lang, loaded.tgt_lang) == ("en", "fr")
    doc = {"x-src-document": "help/intro.html"}
    assert [(u.source, u.target, u.notes, u.index, dict(u.props), u.unit_id)
            for u in loaded.units] == [
        # one unit per mrk segment, paired by mid (what is between them is no segment's);
        # alt-trans and its note ignored
        ("Click {1}Save{/1}.", "Cliquez sur {1}Enregistrer{/1}.", ("UI string",), 0, doc,
         "tu1/0"),
        ("Then close.", "Puis fermez.", ("UI string",), 1, doc, "tu1/1"),
        # tu2, in a group with translate="no", is not read (nor numbered); tu3's second
        # segment has an empty target mrk: that segment is not translated, the first is
        ("First.", "Premier.", (), 2, doc, "tu3/0"),
        ("Second.", "", (), 3, doc, "tu3/1"),
    ]
    first = loaded.units[0]
    assert [(first.source[t.start:t.end], t.kind, t.key) for t in first.src_tags] == [
        ("{1}", TagKind.OPEN, "id=1"), ("{/1}", TagKind.CLOSE, "id=1")]
    assert [(t.kind, t.key) for t in first.tgt_tags] == [(t.kind, t.key) for t in first.src_tags]


def test_trados_sdlxliff(tmp_path: Path) -> None:
    loaded = load_xliff(write(tmp_path, TRADOS))
    assert (loaded.src_lang, loaded.tgt_lang) == ("en-US", "de-DE")
    [unit] = loaded.units  # a1, translate="no", is structure, not text
    assert (unit.source, unit.target, unit.index) == (
        "{1}Press {2}Start{/2}.{/1}", "{1}Drücken Sie {2}Start{/2}.{/1}", 0)
    assert unit.props == {"x-src-document": "C:\\jobs\\Manual.docx"}
    assert [(t.kind, t.key) for t in unit.tgt_tags] == [
        (TagKind.OPEN, "id=1"), (TagKind.OPEN, "id=2"), (TagKind.CLOSE, "id=2"),
        (TagKind.CLOSE, "id=1")]


# Trados Studio: a paragraph of three segments, two confirmed, the last not translated.
PARTIAL = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    f'<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="{NS12}" version="1.2" '
    'sdl:version="1.0">\n<file original="Manual.docx" datatype="x-sdlfilterframework2" '
    'source-language="es-ES" target-language="en-GB">\n<body>\n<trans-unit id="tu1">\n'
    "<source>Encienda el equipo. Espere 30 segundos. Pulse Inicio.</source>\n"
    '<seg-source><mrk mtype="seg" mid="1">Encienda el equipo.</mrk> <mrk mtype="seg" '
    'mid="2">Espere 30 segundos.</mrk> <mrk mtype="seg" mid="3">Pulse Inicio.</mrk>'
    "</seg-source>\n"
    '<target><mrk mtype="seg" mid="1">Switch on the device.</mrk> <mrk mtype="seg" mid="2">'
    'Wait 30 seconds.</mrk> <mrk mtype="seg" mid="3"/></target>\n'
    '<sdl:seg-defs><sdl:seg id="1" conf="Translated"/><sdl:seg id="2" conf="Translated"/>'
    '<sdl:seg id="3"/></sdl:seg-defs>\n</trans-unit>\n</body>\n</file>\n</xliff>\n'
)


def test_a_partly_translated_paragraph_keeps_its_translated_segments(tmp_path: Path) -> None:
    units = read_xliff(write(tmp_path, PARTIAL, "in.sdlxliff"))
    assert [(u.source, u.target, u.unit_id) for u in units] == [
        ("Encienda el equipo.", "Switch on the device.", "tu1/1"),
        ("Espere 30 segundos.", "Wait 30 seconds.", "tu1/2"),
        ("Pulse Inicio.", "", "tu1/3"),
    ]


@pytest.mark.parametrize("target", [
    # a target mrk of a mid the source has not, or the same mid twice: read whole
    '<mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="9">Two.</mrk>',
    '<mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="1">Two.</mrk>',
])
def test_segments_that_do_not_pair_by_mid_make_one_unit(tmp_path: Path, target: str) -> None:
    text = (f'<xliff version="1.2" xmlns="{NS12}"><file original="a" source-language="es" '
            'target-language="en" datatype="plaintext"><body><trans-unit id="t">'
            "<source>Uno. Dos.</source><seg-source><mrk mtype=\"seg\" mid=\"1\">Uno.</mrk> "
            f'<mrk mtype="seg" mid="2">Dos.</mrk></seg-source><target>{target}</target>'
            "</trans-unit></body></file></xliff>")
    [unit] = read_xliff(write(tmp_path, text))
    assert (unit.source, unit.target) == ("Uno. Dos.", "")  # mid 2 has no translation


def test_omegat_states_notes_and_untranslated(tmp_path: Path) -> None:
    units = read_xliff(write(tmp_path, OMEGAT))
    assert [(u.source, u.target, u.notes) for u in units] == [
        ("Hola & adiós", "Hello & goodbye", ()),
        ("Sí", "Yes", ("a reply",)),  # approved and state are not kept
        ("Nada", "", ()),  # needs-translation: the target is a copy, not a translation
        ("Falta", "", ()),
    ]


@pytest.mark.parametrize(
    ("inline", "text", "tags"),
    [
        # bx/ex close by rid, by id, else the last one open (the ids differ: memoQ)
        ('<bx id="1" rid="7"/>a<ex id="2" rid="7"/>', "{1}a{/1}",
         [(TagKind.OPEN, "id=7"), (TagKind.CLOSE, "id=7")]),
        ('<bx id="3"/>a<ex id="3"/>', "{1}a{/1}",
         [(TagKind.OPEN, "id=3"), (TagKind.CLOSE, "id=3")]),
        ('<bx id="3"/>a<ex id="4"/>', "{1}a{/1}",
         [(TagKind.OPEN, "id=3"), (TagKind.CLOSE, "id=3")]),
        # native code and its <sub> are not text; a <sub> outside a code is
        ('<ph id="1">&lt;a title="<sub>Home</sub>"/&gt;</ph>!', "{1/}!",
         [(TagKind.STANDALONE, "id=1")]),
        ('<it id="1" pos="open">&lt;i&gt;</it>x', "{1}x", [(TagKind.OPEN, "id=1")]),
        ('y<it id="1" pos="close">&lt;/i&gt;</it>', "y{/1}", [(TagKind.CLOSE, "id=1")]),
        ('<mrk mtype="term">CPU</mrk> <sub>z</sub>', "CPU z", []),
        ('<ex id="9"/>', "{/1}", [(TagKind.CLOSE, "id=9")]),  # nothing open: a code of its own
    ],
)
def test_inline_codes(tmp_path: Path, inline: str, text: str,
                      tags: list[tuple[TagKind, str]]) -> None:
    path = write(tmp_path, f'<xliff version="1.2" xmlns="{NS12}"><file original="o" '
                 'source-language="en" target-language="de" datatype="plaintext"><body>'
                 f'<trans-unit id="1"><source>{inline}</source><target>t</target></trans-unit>'
                 "</body></file></xliff>")
    [unit] = read_xliff(path)
    assert unit.source == text
    assert [(t.kind, t.key) for t in unit.src_tags] == tags


def test_inline_codes_keep_their_native_code(tmp_path: Path) -> None:
    inline = ('<bpt id="1">&lt;b&gt;</bpt>a<ept id="1">&lt;/b&gt;</ept> <x id="2"/>'
              '<ph id="3">&lt;img title="<sub>Home</sub>"/&gt;</ph><g id="4">b</g>'
              '<it id="5" pos="close">&lt;/i&gt;</it>')
    path = write(tmp_path, f'<xliff version="1.2" xmlns="{NS12}"><file original="o" '
                 'source-language="en" target-language="de" datatype="plaintext"><body>'
                 f'<trans-unit id="1"><source>{inline}</source><target>t</target></trans-unit>'
                 "</body></file></xliff>")
    [unit] = read_xliff(path)
    # x and g stand for a code they do not hold
    assert [t.code for t in unit.src_tags] == [
        "<b>", "</b>", "", '<img title="Home"/>', "", "", "</i>"]


def test_a_code_the_target_lost_is_a_tag_mismatch(tmp_path: Path) -> None:
    path = write(tmp_path, f'<xliff version="1.2" xmlns="{NS12}"><file original="o" '
                 'source-language="en" target-language="de" datatype="plaintext"><body>'
                 '<trans-unit id="1"><source>Press <g id="1">Start</g>.<x id="2"/></source>'
                 '<target>Drücken Sie <g id="1">Start</g>.</target></trans-unit>'
                 "</body></file></xliff>")
    loaded = load_xliff(path)
    result = run_checks(units_from_records(loaded.units), glossary=None,
                        src_lang="en", tgt_lang="de")
    assert [f.code for f in result.findings] == ["tag-mismatch"]


@pytest.mark.parametrize(
    "root",
    ['<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">',
     '<xliff version="1.2">',  # translate-toolkit's older files: no namespace
     '<xliff version="1.0">'],
)
def test_versions_and_namespaces(tmp_path: Path, root: str) -> None:
    path = write(tmp_path, f'{root}<file original="o" source-language="en" '
                 'target-language="de" datatype="plaintext"><body><trans-unit id="1">'
                 '<source>A <g id="1">b</g></source><target>C <g id="1">d</g></target>'
                 "</trans-unit></body></file></xliff>")
    assert [(u.source, u.target) for u in read_xliff(path)] == [("A {1}b{/1}", "C {1}d{/1}")]


def test_the_languages_asked_for(tmp_path: Path) -> None:
    path = write(tmp_path, OMEGAT)
    assert load_xliff(path, src_lang="es-ES", tgt_lang="en").src_lang == "es"
    with pytest.raises(FormatError, match="languages es/de requested; languages present: es, en"):
        read_xliff(path, src_lang="es", tgt_lang="de")
    no_target = write(tmp_path, OMEGAT.replace(' target-language="en"', ""), "notrg.xlf")
    assert load_xliff(no_target, tgt_lang="en-GB").tgt_lang == "en-GB"


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ('<file original="o" target-language="de" datatype="plaintext"><body/></file>', 3,
         "the <file> element has no source-language attribute (XLIFF 1.2 requires one, "
         "naming the source language)"),
        ('<file original="o" source-language="en" datatype="plaintext"><body/></file>', 3,
         "the <file> element has no target-language attribute: add one naming the target "
         "language, or give it with --tgt-lang"),
        ('<file original="o" source-language="en" target-language="de" datatype="plaintext">'
         '<body>\n<trans-unit id="t7">\n<target>x</target></trans-unit></body></file>', 4,
         '<trans-unit id="t7"> has no <source> (XLIFF 1.2 requires one)'),
        ('<file original="a" source-language="en" target-language="de" datatype="plaintext">'
         '<body/></file>\n<file original="b" source-language="en" target-language="fr" '
         'datatype="plaintext"><body/></file>', 4,
         "this <file> is en-fr, an earlier one en-de: the tool reads one language pair from "
         "a file"),
    ],
)
def test_malformed_files_name_the_line(tmp_path: Path, body: str, line: int,
                                       message: str) -> None:
    path = write(tmp_path, f'<?xml version="1.0"?>\n<xliff version="1.2" xmlns="{NS12}">\n'
                 f"{body}</xliff>")
    with pytest.raises(FormatError) as info:
        read_xliff(path)
    assert (info.value.line, info.value.message) == (line, message)


# translate-toolkit's po2xliff: the PO header entry becomes a unit of its own restype
PO2XLIFF = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">\n'
    '<file original="app.de.po" source-language="en-US" datatype="plaintext" '
    'target-language="de">\n<body>\n'
    '<trans-unit xml:space="preserve" id="2" approved="no" '
    'restype="x-gettext-domain-header">\n'
    "<source>Project-Id-Version: ledger 1.0\nLanguage: de\n</source>\n"
    '<target state="translated">Project-Id-Version: ledger 1.0\nLanguage: de\n</target>\n'
    "</trans-unit>\n"
    '<trans-unit xml:space="preserve" id="3" approved="yes">\n'
    "<source>Print the ledger.</source>\n"
    '<target state="translated">Das Kassenbuch drucken.</target>\n</trans-unit>\n'
    "</body>\n</file>\n</xliff>\n"
)


def test_a_gettext_header_unit_is_no_translation(tmp_path: Path) -> None:
    units = read_xliff(write(tmp_path, PO2XLIFF))
    assert [(u.source, u.target, u.unit_id) for u in units] == [
        ("Print the ledger.", "Das Kassenbuch drucken.", "3")]
    # it was an 'untranslated' error: the header's target is its source
    found = run_checks(units_from_records(units), glossary=None, src_lang="en",
                       tgt_lang="de").findings
    assert [f.code for f in found] == []
