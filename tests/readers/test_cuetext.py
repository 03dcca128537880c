"""Subtitle cues that are not running speech: captions (title cards, lower thirds),
speakers' labels and song lyrics -- each a paragraph of its own, its marks left out
or kept as the docs say (docs/readers.md, "Subtitles")."""

from __future__ import annotations

import pytest

from aligner.model import BlockKind, Document, Style
from aligner.readers import read_string
from aligner.readers.cuetext import (
    Shown,
    captions,
    in_capitals,
    new_field,
    placed_on_top,
    speaker_label,
    turn_mark,
)
from aligner.segment import segment_document


def _srt(*cues: tuple[str, str, str]) -> str:
    """A SubRip file of (start, end, text) cues, numbered from 1; times are MM:SS,mmm."""
    return "".join(f"{n}\n00:{a} --> 00:{b}\n{text}\n\n"
                   for n, (a, b, text) in enumerate(cues, 1))


def _doc(source: str, fmt: str = "srt") -> Document:
    return read_string(source, lang="es", input_format=fmt)


def _sentences(source: str, fmt: str = "srt") -> list[str]:
    return [s.text for s in segment_document(_doc(source, fmt)).segments]


def _paragraphs(doc: Document) -> list[str]:
    """The text of each paragraph (its blocks together)."""
    found: dict[int, tuple[int, int]] = {}
    for b in doc.blocks:
        start, _ = found.get(b.paragraph, (b.start, b.end))
        found[b.paragraph] = (start, b.end)
    return [doc.text[a:b] for a, b in found.values()]


# The walk's opening: a title card in capitals, a place and date at the top, then the
# first speaker -- each cue less than two seconds after the one before.
OPENING = _srt(("43,900", "46,200", "LAS ÚLTIMAS SALINAS"),
               ("46,320", "49,520", "{\\an8}San Fernando, Cádiz\nAbril de 2025"),
               ("49,720", "53,720", "MANUEL: Mi abuelo empezó aquí\ncon once años."),
               ("53,900", "56,000", "Mi padre, con nueve."))


def test_a_title_card_and_a_caption_are_paragraphs_of_their_own() -> None:
    doc = _doc(OPENING)
    assert _paragraphs(doc) == ["LAS ÚLTIMAS SALINAS", "San Fernando, Cádiz\nAbril de 2025",
                                "Mi abuelo empezó aquí con once años. Mi padre, con nueve."]
    # a caption's lines are blocks of their own, like the lines of a heading
    assert [b.kind for b in doc.blocks[:3]] == [BlockKind.LINE] * 3
    assert _sentences(OPENING) == ["LAS ÚLTIMAS SALINAS", "San Fernando, Cádiz", "Abril de 2025",
                                   "Mi abuelo empezó aquí con once años.", "Mi padre, con nueve."]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a lower third between two sentences; the sentence after it is not glued to it
        (_srt(("15,060", "20,660", "Cuando llegué, pensé que esto\nera un paisaje muerto."),
              ("21,160", "25,160", "{\\an8}ROCÍO BENJUMEA\nBióloga, Universidad de Cádiz"),
              ("25,360", "30,960", "Y resulta que es uno de los lugares\ncon más vida."),
              ("31,000", "33,000", "Peces, aves.")),
         ["Cuando llegué, pensé que esto era un paisaje muerto.", "ROCÍO BENJUMEA",
          "Bióloga, Universidad de Cádiz", "Y resulta que es uno de los lugares con más vida.",
          "Peces, aves."]),
        # a line that goes on in lower case is the rest of the line before, wrapped
        (_srt(("01,000", "03,000", "{\\an8}LUCÍA PEÑALVER\nCooperativa Sal de\nla Isla"),
              ("03,100", "05,000", "Yo estudié Ciencias."),
              ("05,100", "06,000", "Y mi compañero.")),
         ["LUCÍA PEÑALVER", "Cooperativa Sal de la Isla", "Yo estudié Ciencias.",
          "Y mi compañero."]),
        # a caption in capitals with a year, before italic narration
        (_srt(("01,000", "03,000", "{\\an8}INFORME DE LA JUNTA, 2021"),
              ("03,100", "05,000", "<i>Según un informe de 2021,</i>"),
              ("05,100", "07,000", "<i>el 68 % está abandonado.</i>")),
         ["INFORME DE LA JUNTA, 2021", "Según un informe de 2021, el 68 % está abandonado."]),
        # WebVTT: a cue set in the upper half by its line setting; one low in the picture
        # is speech
        ("WEBVTT\n\n00:01.000 --> 00:03.000 line:10% align:center\nROCÍO BENJUMEA\n"
         "Biologist, University of Cádiz\n\n00:03.100 --> 00:05.000 line:85%\nEvery year\n\n"
         "00:05.100 --> 00:07.000\nmud builds up.\n\n00:07.100 --> 00:09.000\nIt has to go.\n",
         ["ROCÍO BENJUMEA", "Biologist, University of Cádiz", "Every year mud builds up.",
          "It has to go."]),
    ],
)
def test_captions(source: str, expected: list[str]) -> None:
    fmt = "vtt" if source.startswith("WEBVTT") else "srt"
    assert _sentences(source, fmt) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # speech moved to the top over a sign: the sentence runs over the cues
        (_srt(("01,000", "02,000", "{\\an8}If you had told me"),
              ("02,100", "03,000", "{\\an8}that you were leaving,"),
              ("03,100", "04,000", "{\\an8}I would have come."),
              ("04,100", "05,000", "Would you?"), ("05,100", "06,000", "Of course."),
              ("06,100", "07,000", "Come on.")),
         ["If you had told me that you were leaving, I would have come.", "Would you?",
          "Of course.", "Come on."]),
        # a cue going on into the next in lower case is no caption, nor one a sentence
        # goes on into
        (_srt(("01,000", "02,000", "WAIT FOR"), ("02,100", "03,000", "me, please."),
              ("03,100", "04,000", "Fine.")),
         ["WAIT FOR me, please.", "Fine."]),
        # a file all in capitals (closed captions of television): capitals mark nothing
        (_srt(("01,000", "02,000", "IF YOU HAD TOLD ME"),
              ("02,100", "03,000", "THAT YOU WERE LEAVING"),
              ("03,100", "04,000", "I WOULD HAVE COME.")),
         ["IF YOU HAD TOLD ME THAT YOU WERE LEAVING I WOULD HAVE COME."]),
        # nor does the top in a file set at the top
        (_srt(("01,000", "02,000", "{\\an8}Previously on"),
              ("02,100", "03,000", "{\\an8}The Island")),
         ["Previously on The Island"]),
        # a dialogue at the top is two turns, not a caption
        (_srt(("01,000", "02,000", "{\\an8}- ¿Quién es?\n- Yo."), ("02,100", "03,000", "Bien."),
              ("03,100", "04,000", "Entra.")),
         ["¿Quién es?", "Yo.", "Bien.", "Entra."]),
        # an acronym in a sentence is not writing in capitals
        (_srt(("01,000", "02,000", "La ONU y la OTAN"), ("02,100", "03,000", "se reunieron.")),
         ["La ONU y la OTAN se reunieron."]),
    ],
)
def test_what_is_not_a_caption(source: str, expected: list[str]) -> None:
    assert _sentences(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a label starts a turn, as a dash does, and like the dash is no text
        (_srt(("01,000", "02,000", "Se lo dije a Rocío"),
              ("02,100", "04,000", "ROCÍO: Y yo le contesté\nque no.")),
         ["Se lo dije a Rocío", "Y yo le contesté que no."]),
        (_srt(("01,000", "02,000", "- MANUEL: ¿Vienes?\n- ROCÍO: No."),),
         ["¿Vienes?", "No."]),
        (_srt(("01,000", "02,000", "HOMBRE 2: Aquí no hay nadie"),
              ("02,100", "03,000", "DR. SMITH: Mire bien")),
         ["Aquí no hay nadie", "Mire bien"]),
        # a label may be set in a tag
        (_srt(("01,000", "02,000", "<b>NARRADOR</b>: Era de noche."),), ["Era de noche."]),
        # no label: a title in capitals, a word in lower case, a time
        (_srt(("01,000", "02,000", "Y entonces"), ("02,100", "03,000", "Nota: mañana no.")),
         ["Y entonces Nota: mañana no."]),
        (_srt(("01,000", "02,000", "Llegamos a las"), ("02,100", "03,000", "10:30 en punto.")),
         ["Llegamos a las 10:30 en punto."]),
    ],
)
def test_speaker_labels(source: str, expected: list[str]) -> None:
    assert _sentences(source) == expected


def test_a_label_in_webvtt_is_read_as_in_subrip() -> None:
    vtt = ("WEBVTT\n\n00:01.000 --> 00:02.000\nMANUEL: We used to clean it,\n\n"
           "00:02.100 --> 00:03.000\nwith shovels.\n")
    assert _sentences(vtt, "vtt") == ["We used to clean it, with shovels."]
    # the voice tag says the same: the same text
    voiced = vtt.replace("MANUEL: ", "<v Manuel>")
    assert _doc(vtt, "vtt").text == _doc(voiced, "vtt").text


def test_the_formatting_after_a_label_keeps_its_place() -> None:
    doc = _doc(_srt(("01,000", "02,000", "Bien."),
                    ("02,100", "03,000", "MANUEL: <i>Hola</i>, tú.")))
    assert doc.text == "Bien.\n\nHola, tú."
    assert [(doc.text[f.start:f.end], f.style) for f in doc.formatting] == [("Hola", Style.ITALIC)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # each framed line is a unit with its notes; the speech after it starts afresh
        (_srt(("01,000", "05,000", "<i>♪ el sol te quema la cara ♪</i>\n"
                                   "<i>♪ y la sal te quema el alma. ♪</i>"),
              ("05,100", "07,000", "ROCÍO: El estero es un vivero.")),
         ["♪ el sol te quema la cara ♪", "♪ y la sal te quema el alma. ♪",
          "El estero es un vivero."]),
        # no gap after the lyric, and no label: still a turn of its own
        (_srt(("01,000", "05,000", "♪ Ay, salinera de la Isla, ♪"),
              ("05,100", "07,000", "Esa copla la cantaban"), ("07,100", "08,000", "las mujeres.")),
         ["♪ Ay, salinera de la Isla, ♪", "Esa copla la cantaban las mujeres."]),
        # a lyric framed over two lines and two cues is one unit
        (_srt(("01,000", "03,000", "Escucha"), ("03,100", "05,000", "♪ el sol te quema la cara"),
              ("05,100", "07,000", "y la sal te quema el alma ♪"), ("07,100", "08,000", "Ya.")),
         ["Escucha", "♪ el sol te quema la cara y la sal te quema el alma ♪", "Ya."]),
    ],
)
def test_song_lyrics(source: str, expected: list[str]) -> None:
    assert _sentences(source) == expected


@pytest.mark.parametrize(
    ("lines", "settings", "top"),
    [
        (["{\\an8}Hola"], "", True), (["x", "{\\i1\\an7}y"], "", True),
        (["{\\an2}Hola"], "", False), (["Hola"], "line:10% align:center", True),
        (["Hola"], "line:85% position:50%", False), (["Hola"], "line:0", True),
        (["Hola"], "line:-1", False), (["Hola"], "align:start", False),
    ],
)
def test_placed_on_top(lines: list[str], settings: str, top: bool) -> None:
    assert placed_on_top(lines, settings) is top


@pytest.mark.parametrize(
    ("text", "label", "mark"),
    [
        ("MANUEL: Mi abuelo", 8, 8), ("ROCÍO BENJUMEA: Sí, claro", 16, 16),
        ("- ANA: Sí, claro", 0, 7), ("  -ANA: Sí, claro", 0, 8), ("- Sí", 0, 2),
        ("CAPÍTULO UNO: EL AGUA", 0, 0), ("Manuel: hola", 0, 0), ("A: hola", 0, 0),
        ("MANUEL:", 0, 0), ("MANUEL: 1988", 0, 0), ("10:30 en punto", 0, 0),
    ],
)
def test_labels_and_turn_marks(text: str, label: int, mark: int) -> None:
    assert (speaker_label(text), turn_mark(text)) == (label, mark)


@pytest.mark.parametrize(
    ("text", "capitals"),
    [("LAS ÚLTIMAS SALINAS", True), ("INFORME, 2021", True), ("ONU", False),
     ("La ONU", False), ("漢字", False), ("¡NO!", False), ("¡BASTA!", True)],
)
def test_in_capitals(text: str, capitals: bool) -> None:
    assert in_capitals(text) is capitals


def test_captions_need_a_mark_that_is_the_exception() -> None:
    cues = [Shown(0, 1, False, ("Hola",)), Shown(1.1, 2, True, ("SAN FERNANDO",)),
            Shown(2.1, 3, False, ("Adiós.",))]
    assert captions(cues, 2.0) == [False, True, False]
    assert captions([Shown(0, 1, True, ("Cádiz",)), Shown(1.1, 2, True, ("1962",)),
                     Shown(2.1, 3, False, ("Hola.",))], 2.0) == [False, False, False]


@pytest.mark.parametrize(
    ("line", "next_line", "field"),
    [("ROCÍO BENJUMEA", "Bióloga", True), ("San Fernando, Cádiz", "Abril de 2025", True),
     ("Cooperativa Sal de", "la Isla", False), ("", "Hola", False),
     ("ARCHIVO ORAL", "UNIVERSIDAD DE CÁDIZ", True)],
)
def test_new_field(line: str, next_line: str, field: bool) -> None:
    assert new_field(line, next_line) is field
