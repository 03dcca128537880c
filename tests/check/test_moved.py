"""moved: a run of source sentences without counterpart translated by a run of target
sentences without counterpart elsewhere in the document -- and a real omission beside
an unrelated addition left as they are.  Every text is written by hand."""

from __future__ import annotations

import pytest

from aligner.align import encoder as encmod
from aligner.check import CheckOptions, Unit, run_checks
from aligner.check.moved import unit_ranges
from aligner.model import Finding, UnitOrigin

needs_use = pytest.mark.skipif(encmod.use_model_dir() is None,
                               reason="the sentence encoder (aligner[neural]) is not installed")

# (lang, aligned sentences before and between, the moved paragraph, its translation,
#  a sentence left out, an unrelated sentence added)
CASES = {
    "fr": (
        [("Madeleine ouvrit la boulangerie avant l'aube.",
          "Madeleine opened the bakery before dawn."),
         ("Le jury goûta chaque pain en silence.", "The jury tasted every loaf in silence."),
         ("À midi, on annonça le nom de la gagnante.",
          "At noon, the name of the winner was announced.")],
        ["Le jour du concours, il pleuvait à verse.",
         "Elle porta ses croissants sous un grand parapluie noir.",
         "Dans la salle, il y avait quarante-deux concurrents."],
        ["On the day of the competition, it was pouring with rain.",
         "She carried her croissants under a large black umbrella.",
         "In the hall, there were forty-two competitors."],
        "Son père lui avait appris à pétrir la pâte à la main.",
        "The translator thanks the library of Manchester for its help.",
    ),
    "es": (
        [("El tren salió de Valparaíso a las siete.", "The train left Valparaíso at seven."),
         ("Nadie habló durante el viaje.", "Nobody spoke during the journey."),
         ("En Santiago los esperaba su hermano.", "In Santiago her brother was waiting.")],
        ["La noche anterior había nevado en la cordillera.",
         "Los campesinos cubrieron los árboles con mantas viejas."],
        ["The night before it had snowed in the mountains.",
         "The farmers covered the trees with old blankets."],
        "Su madre guardaba las cartas en una caja de lata.",
        "This edition includes a map of the railway lines.",
    ),
    "de": (
        [("Der Leuchtturm steht auf einer kleinen Insel.",
          "The lighthouse stands on a small island."),
         ("Jeden Abend stieg der Wärter die Treppe hinauf.",
          "Every evening the keeper climbed the stairs."),
         ("Im Winter kamen keine Schiffe mehr.", "In winter no more ships came.")],
        ["Seine Frau schrieb Briefe an ihre Schwester in Hamburg.",
         "Die Post kam nur einmal im Monat mit dem Boot."],
        ["His wife wrote letters to her sister in Hamburg.",
         "The post came only once a month by boat."],
        "Das Licht war bei Nebel bis zum Festland zu sehen.",
        "All measurements have been converted to the metric system.",
    ),
    "zh": (
        [("那天早上，村里的人都去了河边。",
          "That morning, everyone in the village went to the river."),
         ("老师站在桥上大声说话。", "The teacher stood on the bridge and spoke loudly."),
         ("孩子们很快就回家了。", "The children soon went home.")],
        ["去年夏天，河水淹没了整个稻田。",
         "农民们用了三个月才修好堤坝。"],
        ["Last summer, the river flooded all the rice fields.",
         "It took the farmers three months to repair the dike."],
        "她的祖父年轻时在城里当过医生。",
        "The publisher would like to thank the author's family.",
    ),
}


def _codes(units: list[Unit], lang: str, **options: object) -> list[tuple[int, str]]:
    return [(f.unit, f.code) for f in _findings(units, lang, **options)
            if f.code in ("moved", "empty-target", "empty-source")]


def _findings(units: list[Unit], lang: str, **options: object) -> list[Finding]:
    return list(run_checks(units, glossary=None, src_lang=lang, tgt_lang="en",
                           options=CheckOptions(**options)).findings)  # type: ignore[arg-type]


def _moved_document(lang: str) -> list[Unit]:
    """The paragraph moved after the aligned ones: its source where it was (units 1-),
    its translation after the last aligned sentence."""
    aligned, moved, translation, _, _ = CASES[lang]
    units = [Unit(*aligned[0])]
    units += [Unit(s, "") for s in moved]
    units += [Unit(*pair) for pair in aligned[1:]]
    units += [Unit("", t) for t in translation]
    return units


@needs_use
@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_moved_paragraph_is_reported_once_on_each_side(lang: str) -> None:
    units = _moved_document(lang)
    n = len(CASES[lang][1])
    src_units = list(range(1, 1 + n))
    tgt_units = list(range(3 + n, 3 + 2 * n))
    assert _codes(units, lang) == [(src_units[0], "moved"), (tgt_units[0], "moved")]
    found = _findings(units, lang)
    on_source = next(f for f in found if f.unit == src_units[0])
    assert f"at units {tgt_units[0]}-{tgt_units[-1]}" in on_source.message
    assert on_source.src_span == (0, len(units[src_units[0]].source))
    on_target = next(f for f in found if f.unit == tgt_units[0])
    assert f"units {src_units[0]}-{src_units[-1]}" in on_target.message
    assert on_target.tgt_span == (0, len(units[tgt_units[0]].target))


@needs_use
@pytest.mark.parametrize("lang", sorted(CASES))
def test_an_omission_and_an_unrelated_addition_stay_apart(lang: str) -> None:
    aligned, _, _, left_out, added = CASES[lang]
    units = [Unit(*aligned[0]), Unit(left_out, ""), Unit(*aligned[1]), Unit(*aligned[2]),
             Unit("", added)]
    assert _codes(units, lang) == [(1, "empty-target"), (4, "empty-source")]


@needs_use
@pytest.mark.parametrize("lang", sorted(CASES))
def test_an_omission_beside_a_moved_paragraph_stays_an_omission(lang: str) -> None:
    """The left-out sentence sits in the source run of the moved paragraph: the
    paragraph is moved, the sentence stays untranslated."""
    aligned, moved, translation, left_out, _ = CASES[lang]
    units = [Unit(*aligned[0]), *(Unit(s, "") for s in moved), Unit(left_out, ""),
             Unit(*aligned[1]), *(Unit("", t) for t in translation)]
    n = len(moved)
    assert _codes(units, lang) == [(1, "moved"), (1 + n, "empty-target"), (3 + n, "moved")]


@needs_use
def test_a_translation_left_unaligned_beside_its_source_is_not_moved() -> None:
    """Nothing aligned between them: the aligner missed a pair, nothing moved."""
    aligned, moved, translation, _, _ = CASES["fr"]
    units = [Unit(*aligned[0]), Unit(moved[0], ""), Unit("", translation[0]),
             Unit(*aligned[1])]
    assert _codes(units, "fr") == [(1, "empty-target"), (2, "empty-source")]


@needs_use
def test_other_numbers_are_no_translation() -> None:
    aligned, _, _, _, _ = CASES["es"]
    units = [Unit(*aligned[0]),
             Unit("El puente medía 120 metros y se terminó en 1910.", ""),
             Unit(*aligned[1]),
             Unit("", "The bridge was 150 metres long and was finished in 1912.")]
    assert _codes(units, "es") == [(1, "empty-target"), (3, "empty-source")]
    units[3] = Unit("", "The bridge was 120 metres long and was finished in 1910.")
    assert _codes(units, "es") == [(1, "moved"), (3, "moved")]


@needs_use
def test_a_short_sentence_alone_is_not_moved() -> None:
    """``Oui.`` sits near ``No.`` (cosine 0.79): a word or two alone prove nothing."""
    aligned, _, _, _, _ = CASES["fr"]
    units = [Unit(*aligned[0]), Unit("Oui.", ""), Unit(*aligned[1]), Unit("", "No.")]
    assert _codes(units, "fr") == [(1, "empty-target"), (3, "empty-source")]


@needs_use
def test_each_document_apart() -> None:
    """A sentence left out of one file and its translation added to another file
    checked with it are no move."""
    aligned, moved, translation, _, _ = CASES["de"]
    a, b = UnitOrigin("a.tmx", 0), UnitOrigin("b.tmx", 0)
    units = [Unit(*aligned[0], origin=a), Unit(moved[0], "", origin=a),
             Unit(*aligned[1], origin=a), Unit(*aligned[2], origin=b),
             Unit("", translation[0], origin=b)]
    assert _codes(units, "de") == [(1, "empty-target"), (4, "empty-source")]


@needs_use
def test_without_the_encoder_or_with_moved_off_the_findings_are_as_before() -> None:
    units = _moved_document("fr")
    before = [(1, "empty-target"), (2, "empty-target"), (3, "empty-target"),
              (6, "empty-source"), (7, "empty-source"), (8, "empty-source")]
    assert _codes(units, "fr", encoder="none") == before
    assert _codes(units, "fr", disabled=frozenset({"moved"})) == before


def test_a_language_the_encoder_does_not_know_gets_no_move() -> None:
    """Icelandic is not one of the encoder's languages: its cosines would guess."""
    units = [Unit("Hún opnaði bakaríið fyrir dögun.", "She opened the bakery before dawn."),
             Unit("Það rigndi mikið á keppnisdaginn.", ""),
             Unit("Dómnefndin smakkaði hvert brauð.", "The jury tasted every loaf."),
             Unit("", "It rained heavily on the day of the competition.")]
    assert _codes(units, "is") == [(1, "empty-target"), (3, "empty-source")]


@pytest.mark.parametrize(("units", "text"), [
    ((5,), "unit 5"),
    ((28, 29, 30), "units 28-30"),
    ((3, 7, 8), "units 3, 7-8"),
])
def test_unit_ranges(units: tuple[int, ...], text: str) -> None:
    assert unit_ranges(units) == text
