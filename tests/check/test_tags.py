"""tag-mismatch and tag-order, and every other family reading inline tags as tags.

For each family, a TMX unit with ``<ph>`` and ``<bpt>``/``<ept>`` gives no false
finding, and a real problem in such a unit is still found; the findings are
written by hand, with the spans into the unit's own text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.check import run_checks
from aligner.check.registry import FAMILIES
from aligner.check.units import TAG_MASK, Unit, mask_tags, shortcut_tags, units_from_records
from aligner.formats.xliff import read_xliff
from aligner.model import Finding, Glossary, InlineTag, TagKind
from aligner.pipeline import units_from_tmx

OPEN, ALONE = TagKind.OPEN, TagKind.STANDALONE


def codes(units: list[Unit]) -> list[tuple[int, str]]:
    result = run_checks(units, glossary=None, src_lang="es", tgt_lang="en")
    return [(f.unit, f.code) for f in result.findings if f.code.startswith(("tag", "number"))]


def write_tmx(tmp_path: Path, *pairs: tuple[str, str]) -> Path:
    body = "".join(
        f'<tu><tuv xml:lang="es"><seg>{s}</seg></tuv><tuv xml:lang="en"><seg>{t}</seg></tuv></tu>'
        for s, t in pairs)
    path = tmp_path / "tm.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="es" '
        f'datatype="plaintext"/><body>{body}</body></tmx>', encoding="utf-8")
    return path


BR = '<ph x="1">&lt;br/&gt;</ph>'
B = ('<bpt i="1" x="2">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>')
ITAL = ('<bpt i="2" x="3">&lt;i&gt;</bpt>', '<ept i="2">&lt;/i&gt;</ept>')


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # negatives: the same tags, placeholders numbered alike or not
        (f"Uno{BR}dos", f"One{BR}two", []),
        (f"{B[0]}Hola{B[1]} mundo", f"{B[0]}Hello{B[1]} world", []),
        (f"{B[0]}a{B[1]} y {ITAL[0]}b{ITAL[1]}", f"{B[0]}a{B[1]} and {ITAL[0]}b{ITAL[1]}", []),
        ("sin etiquetas", "no tags", []),
        # positives
        (f"Uno{BR}dos", "One two", [(0, "tag-mismatch")]),
        ("Uno dos", f"One{BR}two", [(0, "tag-mismatch")]),
        (f"{B[0]}Hola{B[1]}", f"{B[0]}Hello", [(0, "tag-mismatch")]),
        (f"{B[0]}a{B[1]} y {ITAL[0]}b{ITAL[1]}", f"{ITAL[0]}b{ITAL[1]} and {B[0]}a{B[1]}",
         [(0, "tag-order")]),
    ],
)
def test_tags_from_a_tmx(tmp_path: Path, source: str, target: str,
                         expected: list[tuple[int, str]]) -> None:
    units, _, _ = units_from_tmx(write_tmx(tmp_path, (source, target)), src_lang=None,
                                 tgt_lang=None)
    assert codes(list(units)) == expected


def write_xliff_units(tmp_path: Path, *pairs: tuple[str, str]) -> Path:
    body = "".join(f'<unit id="u{k}"><segment><source>{s}</source><target>{t}</target>'
                   "</segment></unit>" for k, (s, t) in enumerate(pairs))
    path = tmp_path / "doc.xlf"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><xliff version="2.1" '
                    'xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="es" trgLang="en">'
                    f'<file id="f1">{body}</file></xliff>', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # the same codes, by id, wherever they stand
        ('Paso <ph id="1"/> de 3', 'Step <ph id="1"/> of 3', []),
        ('<pc id="1">Guardar</pc> 2 veces', '<pc id="1">Save</pc> twice', []),
        ('<sc id="a"/>desde<ec startRef="a"/> 2024', '<sc id="a"/>from<ec startRef="a"/> 2024',
         []),
        # a code lost, added, or moved
        ('Paso <ph id="1"/> de 3', "Step of 3", [(0, "tag-mismatch")]),
        ('<pc id="1">Guardar</pc>', 'Save <ph id="2"/>', [(0, "tag-mismatch")]),
        ('<ph id="1"/> y <ph id="2"/>', '<ph id="2"/> and <ph id="1"/>', [(0, "tag-order")]),
    ],
)
def test_tags_from_an_xliff(tmp_path: Path, source: str, target: str,
                            expected: list[tuple[int, str]]) -> None:
    """An XLIFF's codes are tags, as a TMX's are: compared by id, and no numbers."""
    units = units_from_records(read_xliff(write_xliff_units(tmp_path, (source, target))))
    assert codes(list(units)) == expected


def test_tag_messages_name_the_placeholder_shown_and_the_code(tmp_path: Path) -> None:
    """The unit's text shows an XLIFF code id=7 as {1}: a message names both."""
    path = write_xliff_units(tmp_path, ('Pulse <pc id="7">Guardar</pc>', "Press Save"),
                             ('<ph id="a"/> y <ph id="b"/>', '<ph id="b"/> and <ph id="a"/>'))
    result = run_checks(units_from_records(read_xliff(path)), glossary=None,
                        src_lang="es", tgt_lang="en")
    assert [f.message for f in result.findings if f.code.startswith("tag")] == [
        "inline tags differ: missing in the target: {1} (id=7, open), {/1} (id=7, close)",
        "inline tags in another order: source {1/} (id=a, standalone), {2/} (id=b, "
        "standalone); target {2/} (id=b, standalone), {1/} (id=a, standalone)",
    ]


def test_tag_messages_name_the_native_code(tmp_path: Path) -> None:
    """A TMX's codes numbered {1/} and {2/} on both sides once read "missing {2/} (x=2);
    not in the source {2/} (x=1)": the message names the code the file holds."""
    path = write_tmx(tmp_path,
                     ('Subiendo <ph x="1">{0}</ph> de <ph x="2">{1}</ph>',
                      'Uploading <ph x="1">{0}</ph> of <ph x="1">{0}</ph>'),
                     (f"Pulse {B[0]}Ctrl+S{B[1]}.", "Press Ctrl+S."),
                     ('<ph x="1">%1$d</ph> de <ph x="2">%2$d</ph>',
                      '<ph x="2">%2$d</ph> of <ph x="1">%1$d</ph>'),
                     ("Pulse <hi>Guardar</hi>", "Press Save"))
    units, _, _ = units_from_tmx(path, src_lang=None, tgt_lang=None)
    result = run_checks(list(units), glossary=None, src_lang="es", tgt_lang="en")
    assert [f.message for f in result.findings if f.code.startswith("tag")] == [
        "inline tags differ: missing in the target: {1} (x=2, standalone); "
        "not in the source: {0} (x=1, standalone)",
        "inline tags differ: missing in the target: <b> (x=2, open), </b> (x=2, close)",
        "inline tags in another order: source %1$d (x=1, standalone), %2$d (x=2, "
        "standalone); target %2$d (x=2, standalone), %1$d (x=1, standalone)",
        # no native code: the placeholder the text shows
        "inline tags differ: missing in the target: {1} (hi:, open), {/1} (hi:, close)",
    ]


def test_ph_placeholders_are_not_numbers(tmp_path: Path) -> None:
    """{1/} and {2/} once read as the numbers 1 and 2: a false number-mismatch."""
    path = write_tmx(tmp_path, (f"A{BR}b<ph x=\"2\">x</ph>", f"A{BR}b<ph x=\"2\">x</ph>"),
                     (f"Año 1973{BR}", f"Year 1974{BR}"))
    units, _, _ = units_from_tmx(path, src_lang=None, tgt_lang=None)
    assert units[0].source == "A{1/}b{2/}"
    assert codes(list(units)) == [(1, "number-mismatch")]
    # the check can fail: a number beside the placeholders still counts
    bare = [Unit(u.source + " 2", u.target + " 3") for u in units]
    assert (0, "number-mismatch") in codes(bare)


def test_mask_keeps_length_and_text() -> None:
    tags = (InlineTag(1, 5, ALONE, "x=1"), InlineTag(6, 9, OPEN, "x=2"))
    masked = mask_tags("a{1/}b{2}c", tags)
    assert masked == "a" + TAG_MASK * 4 + "b" + TAG_MASK * 3 + "c"
    assert mask_tags("a{1/}", ()) == "a{1/}"


def family_findings(family: str, pairs: list[tuple[str, str]], tmp_path: Path,
                    glossary: Glossary | None = None) -> list[Finding]:
    """The findings of one family for the units of a TMX holding ``pairs``."""
    codes = {spec.code for f in FAMILIES if f.name == family for spec in f.checks}
    units, _, _ = units_from_tmx(write_tmx(tmp_path, *pairs), src_lang=None, tgt_lang=None)
    result = run_checks(units, glossary=glossary, src_lang="es", tgt_lang="en")
    return [f for f in result.findings if f.code in codes]


def found(findings: list[Finding]) -> list[tuple[int, str, tuple[int, int] | None,
                                                 tuple[int, int] | None]]:
    return [(f.unit, f.code, f.src_span, f.tgt_span) for f in findings]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # the full stop inside or outside the closing tag is the segment's end
        (f"{B[0]}Hola.{B[1]}", f"{B[0]}Hello{B[1]}.", []),
        (f"Hola.{BR}", "Hello.", []),
        # a tag is no bracket, and spaces either side of it no double space
        (f"Uno {BR} dos {B[0]}tres{B[1]}.", f"One {BR} two {B[0]}three{B[1]}.", []),
        # real problems inside tagged units
        (f"{B[0]}Hola.{B[1]}", f"{B[0]}Hello{B[1]}", [(0, "end-punctuation", None, None)]),
        (f"Hola {B[0]}(mundo){B[1]}.", f"Hello {B[0]}(world{B[1]}.",
         [(0, "unbalanced-brackets", None, None)]),
        (f"Uno{BR} dos.", f"One{BR}  two.", [(0, "double-space", None, (7, 9))]),
        (f"Hola{BR}", f"Hello {BR}", [(0, "edge-space", None, None)]),
    ],
)
def test_punctuation_reads_tags_as_tags(tmp_path: Path, source: str, target: str,
                                        expected: list[tuple[object, ...]]) -> None:
    assert found(family_findings("punctuation", [(source, target)], tmp_path)) == expected


def test_tag_characters_do_not_count_for_length(tmp_path: Path) -> None:
    plain = [(f"Esta es la frase de prueba número {n}.", f"This is test sentence number {n}.")
             for n in range(10)]
    tags = BR.replace('x="1"', 'x="9"') * 8  # eight {n/}: 32 placeholder characters
    tagged = ("Una frase más con etiquetas.", f"One more{tags} sentence with tags.")
    assert family_findings("length", [*plain, tagged], tmp_path) == []
    # the check can fail: a target really too long, tags or not
    long = ("Una frase más con etiquetas.",
            f"One more{BR} sentence with tags, and much more text than the source had.")
    assert found(family_findings("length", [*plain, long], tmp_path)) == [
        (10, "length-ratio", None, None)]


def test_a_term_split_by_a_tag_is_the_term(tmp_path: Path, glossary: Glossary) -> None:
    pairs = [
        # rendered, with a tag inside the source term and inside the rendering
        (f"Los cordones {B[0]}industriales{B[1]} resistieron.",
         f"The industrial {B[0]}belts{B[1]} resisted."),
        # a forbidden rendering split by a tag is still forbidden
        ("Los cordones industriales resistieron.",
         f"The industrial{BR} cords resisted."),
    ]
    findings = family_findings("terminology", pairs, tmp_path, glossary)
    # found: the target at tgt_span as written, its tag too; the message quotes the words
    assert [(f.unit, f.code, f.found, f.src_span, f.tgt_span) for f in findings] == [
        (1, "term-forbidden", "industrial{1/} cords", (4, 25), (4, 24))]
    assert "forbidden rendering 'industrial cords' of 'cordón industrial'" in findings[0].message


@pytest.mark.parametrize(
    ("targets", "expected"),
    [
        # one source, targets differing only in their tags: the same translation
        ((f"Click {B[0]}OK{B[1]}.", f"Click {BR}{B[0]}OK{B[1]}."), []),
        # really different translations of one tagged source
        ((f"Click {B[0]}OK{B[1]}.", f"Press {B[0]}OK{B[1]}."),
         [(0, "segment-inconsistent", None, None), (1, "segment-inconsistent", None, None)]),
    ],
)
def test_consistency_compares_segments_without_tags(
        tmp_path: Path, targets: tuple[str, str], expected: list[tuple[object, ...]]) -> None:
    pairs = [(f"Pulse {B[0]}Aceptar{B[1]}.", t) for t in targets]
    assert found(family_findings("consistency", pairs, tmp_path)) == expected


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (f"{B[0]}Hola{B[1]} mundo{BR}", f"{B[0]}Hello{B[1]} world{BR}", []),
        (BR, BR, []),  # only tags on both sides: nothing to translate
        # a target of tags only is empty
        (f"Hola mundo{BR}", BR, [(0, "empty-target", None, None)]),
        # a copy is a copy, however its tags are numbered
        (f"Pulse {B[0]}Aceptar{B[1]} ahora", f"Pulse {BR}{B[0]}Aceptar{B[1]} ahora",
         [(0, "untranslated", (0, 26), (0, 30))]),
    ],
)
def test_completeness_reads_tags_as_tags(tmp_path: Path, source: str, target: str,
                                         expected: list[tuple[object, ...]]) -> None:
    assert found(family_findings("completeness", [(source, target)], tmp_path)) == expected


def test_numbers_in_a_tagged_unit(tmp_path: Path) -> None:
    findings = family_findings("numbers", [(f"{B[0]}Año{B[1]} 1973{BR}",
                                            f"{B[0]}Year{B[1]} 1974{BR}")], tmp_path)
    # the spans point into the unit's text as read, placeholders and all
    assert found(findings) == [(0, "number-mismatch", (11, 15), (12, 16))]
    assert "{1}Año{/1} 1973{2/}"[11:15] == "1973"


def test_omegat_shortcuts_written_as_text_are_tags(tmp_path: Path) -> None:
    """OmegaT's project memory writes its tags as text (&lt;b0&gt;): a lost one is a
    tag-mismatch, its number no number, and a unit that keeps them passes."""
    path = write_tmx(tmp_path,
                     ("Haga clic en &lt;b0&gt;Guardar&lt;/b0&gt; para continuar.",
                      "Click Save to continue."),
                     ("Pulse &lt;f1&gt;Inicio&lt;/f1&gt;&lt;x2/&gt;.",
                      "Press &lt;f1&gt;Home&lt;/f1&gt;."),
                     ("Pulse &lt;f1&gt;Inicio&lt;/f1&gt;&lt;x2/&gt;.",
                      "Press &lt;f1&gt;Home&lt;/f1&gt;&lt;x2/&gt;."),
                     ("Tiene &lt;b0&gt;3&lt;/b0&gt; días.", "It has &lt;b0&gt;4&lt;/b0&gt; days."))
    units, _, _ = units_from_tmx(path, src_lang=None, tgt_lang=None)
    assert units[0].source == "Haga clic en <b0>Guardar</b0> para continuar."
    assert codes(list(units)) == [(0, "tag-mismatch"), (1, "tag-mismatch"),
                                  (3, "number-mismatch")]
    result = run_checks(list(units[:2]), glossary=None, src_lang="es", tgt_lang="en")
    assert [f.message for f in result.findings] == [
        "inline tags differ: missing in the target: <b0>, </b0>",
        "inline tags differ: missing in the target: <x2/>"]


@pytest.mark.parametrize(("text", "tags"), [
    ("<b0>a</b0><x12/>", [("open", "b0"), ("close", "b0"), ("standalone", "x12")]),
    ("a <b> b </b>, x<2 and 3>1, <1>, </x2/>", []),  # HTML, comparisons: no shortcuts
])
def test_shortcut_tags(text: str, tags: list[tuple[str, str]]) -> None:
    assert [(t.kind.value, t.key) for t in shortcut_tags(text)] == tags


def test_a_markdown_pair_whose_translation_drops_an_emphasis_has_no_tag_finding(
        tmp_path: Path) -> None:
    """A Markdown pair keeps its bold, italic and links as a DOCX pair does (written as
    codes in a TMX or XLIFF); the checks of the pair read its text, as a DOCX pair's:
    a translation that drops an emphasis or sets another is no tag-mismatch."""
    from aligner.check import check_alignment
    from aligner.pipeline import align_files

    (tmp_path / "a.md").write_text("The **new** wick is *short*. Read [the rules](/r) "
                                   "first.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("La mecha nueva es ~~corta~~. Lea [las reglas](/r) "
                                   "primero.\n", encoding="utf-8")
    aligned = align_files(tmp_path / "a.md", tmp_path / "b.md", src_lang="en",
                          tgt_lang="es").alignment
    assert [[f.style.value for f in looks] for looks in aligned.src_formatting] == [
        ["b", "i"], ["a"]]
    assert [f.code for f in check_alignment(aligned, glossary=None).findings
            if f.code.startswith("tag-")] == []
