"""SubRip and WebVTT readers: the text a viewer reads, sentences across cues, turns of
dialogue, formatting, lenient layout and broken time lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.errors import EncodingError, InputError
from aligner.model import Document, Style
from aligner.readers import InputFormat, format_for, parse_format, read_document, read_string
from aligner.segment import segment_document
from tests.readers.consistency import assert_consistent
from tests.readers.subtitle_files import subtitle_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "subtitles"


def _srt(*cues: tuple[str, str, str]) -> str:
    """A SubRip file of (start, end, text) cues, numbered from 1."""
    return "".join(f"{n}\n00:{a} --> 00:{b}\n{text}\n\n"
                   for n, (a, b, text) in enumerate(cues, 1))


def _sentences(source: str, fmt: str = "srt") -> list[str]:
    doc = read_string(source, lang="en", input_format=fmt)
    return [s.text for s in segment_document(doc).segments]


def _paragraphs(doc: Document) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a sentence over three cues; the lines of a cue and the cues are one text
        (_srt(("00:01,000", "00:02,500", "If you had told me"),
              ("00:02,600", "00:04,000", "that you were leaving\nthe island,"),
              ("00:04,100", "00:06,000", "I would have come.")),
         ["If you had told me that you were leaving the island, I would have come."]),
        # a cue of two sentences, the second running on into the next cue
        (_srt(("00:01,000", "00:03,000", "I know. I saw the ticket"),
              ("00:03,100", "00:05,000", "on the table.")),
         ["I know.", "I saw the ticket on the table."]),
        # dialogue dashes (a hyphen with or without a space, an en or em dash) start a
        # speaker's turn, and are no text
        (_srt(("00:01,000", "00:03,000", "- Where are you?\n- Here")),
         ["Where are you?", "Here"]),
        (_srt(("00:01,000", "00:03,000", "-Are you coming\n-No")), ["Are you coming", "No"]),
        (_srt(("00:01,000", "00:03,000", "\u2013 Vienes\n\u2014 No")), ["Vienes", "No"]),
        # a turn runs on over the cues after it, up to the next turn
        (_srt(("00:01,000", "00:03,000", "- Where are you going?\n- To the station,"),
              ("00:03,100", "00:05,000", "to meet my brother")),
         ["Where are you going?", "To the station, to meet my brother"]),
        # the second speaker alone marked, as some languages write it
        (_srt(("00:01,000", "00:03,000", "Where are you\n- At home")),
         ["Where are you", "At home"]),
        # a dash inside a line, or doubled, is text
        (_srt(("00:01,000", "00:03,000", "It was -- well -- late.")),
         ["It was -- well -- late."]),
        # formatting tags and ASS override codes are no text
        (_srt(("00:01,000", "00:03,000", '{\\an8}<i>The <b>last</b> ferry</i>\n'
                                         '<font color="#ffff00">left at nine.</font>')),
         ["The last ferry left at nine."]),
        (_srt(("00:01,000", "00:03,000", "<i>- Who is it?</i>\n<i>- Me.</i>")),
         ["Who is it?", "Me."]),
        # two seconds without a subtitle end a scene: no sentence runs over the gap
        (_srt(("00:01,000", "00:02,000", "PORT AUTHORITY"),
              ("00:04,000", "00:06,000", "Mr. Reyes is here.")),
         ["PORT AUTHORITY", "Mr. Reyes is here."]),
        (_srt(("00:01,000", "00:02,000", "Previously on"),
              ("00:03,900", "00:06,000", "the island.")),
         ["Previously on the island."]),
    ],
)
def test_srt_sentences(source: str, expected: list[str]) -> None:
    assert _sentences(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        # numbers missing, or wrong
        "00:00:01,000 --> 00:00:02,000\nOne sentence\n\n00:00:02,100 --> 00:00:03,000\n"
        "over two cues.\n",
        "7\n00:00:01,000 --> 00:00:02,000\nOne sentence\n\n7\n00:00:02,100 --> 00:00:03,000\n"
        "over two cues.\n",
        # no blank line between cues: the number before the time line is the cue's
        "1\n00:00:01,000 --> 00:00:02,000\nOne sentence\n2\n00:00:02,100 --> 00:00:03,000\n"
        "over two cues.\n",
        # a blank line inside a cue's text; CR line ends; WebVTT's times; blank space
        "1\r\n00:00:01.000 --> 00:00:02.000\r\nOne sentence\r\n\r\nover\r\n\r\n2\r\n"
        "00:01.100 --> 00:02.000   \r\n  two cues.  \r\n \r\n",
        # SubRip positions after the times (X1:...), a byte-order mark
        "\ufeff1\n00:00:01,000 --> 00:00:02,000 X1:100 X2:500 Y1:10 Y2:60\nOne sentence\n\n"
        "2\n00:00:02,1 --> 00:00:03,000\nover two cues.\n\n",
    ],
)
def test_srt_layout_is_read_leniently(source: str) -> None:
    assert _sentences(source) == ["One sentence over two cues."]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a year right before the next time line is no cue number: 4 comes after 3
        ("3\n00:00:08,200 --> 00:00:10,000\nEra el verano de\n1962\n"
         "00:00:10,200 --> 00:00:12,000\ny hacía calor.\n",
         ["Era el verano de 1962 y hacía calor."]),
        ("3\n00:00:08,200 --> 00:00:10,000\nCuenta hasta\n3\n"
         "00:00:10,200 --> 00:00:12,000\ny sal.\n", ["Cuenta hasta 3 y sal."]),
        # the next number is the cue's number
        ("3\n00:00:08,200 --> 00:00:10,000\nEra el verano\n4\n"
         "00:00:10,200 --> 00:00:12,000\nde 1962.\n", ["Era el verano de 1962."]),
        # no numbers at all: a number is the cue's when it is the cue's place
        ("00:00:08,200 --> 00:00:10,000\nUno\n2\n00:00:10,200 --> 00:00:12,000\ndos\n3\n"
         "00:00:12,200 --> 00:00:14,000\ntres\n7\n00:00:14,200 --> 00:00:16,000\ncuatro.\n",
         ["Uno dos tres 7 cuatro."]),
    ],
)
def test_a_number_before_a_time_line_is_a_cue_number_only_in_the_count(
        source: str, expected: list[str]) -> None:
    assert _sentences(source) == expected


@pytest.mark.parametrize(
    ("source", "line", "message"),
    [
        ("1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n00:00:03,000 -> 00:00:04,000\nYes.\n",
         6, "not a time line (HH:MM:SS,mmm --> HH:MM:SS,mmm): '00:00:03,000 -> 00:00:04,000'"),
        ("1\n00:00:01,000 --> 00:00\nHi.\n", 2, "not a time line"),
        ("1\n00:00:01,000 --> 00:75:02,000\nHi.\n", 2, "not a time line"),
        ("1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\nYes.\n", 6,
         "cue 2 has no time line (HH:MM:SS,mmm --> HH:MM:SS,mmm) after its number"),
        # a number alone after a cue: no time line, nor text to go on with
        ("1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n", 6, "cue 2 has no time line"),
        ("Dear John,\nthis is a letter.\n", 1,
         "text before the first cue's time line (HH:MM:SS,mmm --> HH:MM:SS,mmm); "
         "is this a SubRip file?"),
    ],
)
def test_what_cannot_be_read_names_its_line(source: str, line: int, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_string(source, lang="en", input_format="srt", name="a.srt")
    assert caught.value.path == "a.srt"
    assert caught.value.line == line
    assert message in caught.value.message


def test_an_empty_file_is_an_empty_document() -> None:
    assert read_string("", lang="en", input_format="srt").text == ""
    assert read_string("WEBVTT\n", lang="en", input_format="vtt").text == ""


VTT = """WEBVTT - A scene
Kind: captions
Language: es-ES

STYLE
::cue(.sign) { color: yellow }

NOTE written by hand:
two lines of comment

REGION
id:top

intro
00:01.000 --> 00:03.000 line:85% align:center
<v Marta>¿Adónde vas?</v>
<v Tomás>A casa. Es
tarde

00:00:03.100 --> 00:00:05.000 region:top
<v Tomás>para ir a pie.
<v.soft Marta>Te llevo &amp; <00:04.000>te <c.yellow>espero</c>.

NOTE no text

2
00:07.000 --> 00:08.000
<ruby>漢<rt>kan</rt>字</ruby>&lrm;
"""


def test_vtt_markup_blocks_and_voices() -> None:
    doc = read_string(VTT, lang="es", input_format="vtt", name="a.vtt")
    assert _paragraphs(doc) == ["¿Adónde vas?", "A casa. Es tarde para ir a pie.",
                                "Te llevo & te espero.", "漢字\u200e"]
    assert doc.declared is not None and doc.declared.lang == "es-ES"
    assert doc.declared.where == "Language: es-ES in its header"


def test_vtt_a_cue_right_under_the_header_is_text() -> None:
    assert _sentences("WEBVTT\n00:01.000 --> 00:02.000\nHi there.\n", "vtt") == ["Hi there."]


def test_vtt_a_voice_going_on_is_one_turn() -> None:
    source = ("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ben>I was going to\n\n"
              "00:02.100 --> 00:03.000\n<v Ben>tell you.\n")
    assert _sentences(source, "vtt") == ["I was going to tell you."]


@pytest.mark.parametrize(
    ("source", "line", "message"),
    [
        ("1\n00:00:01,000 --> 00:00:02,000\nHi.\n", 1, "starts with a WEBVTT line"),
        ("WEBVTTX\n\n00:01.000 --> 00:02.000\nHi.\n", 1, "starts with a WEBVTT line"),
        ("WEBVTT\n\n00:01.000 --> 00:02\nHi.\n", 3, "not a time line (HH:MM:SS.mmm"),
        ("WEBVTT\n\nintro\n00:01.000 -> 00:02.000\nHi.\n", 4, "not a time line"),
        ("WEBVTT\n\nHello there.\n", 3, "text before the first cue's time line"),
    ],
)
def test_vtt_errors_name_their_line(source: str, line: int, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_string(source, lang="en", input_format="vtt", name="a.vtt")
    assert (caught.value.line, message in caught.value.message) == (line, True)


def test_italics_are_formatting_not_text() -> None:
    doc = read_string(_srt(("00:01,000", "00:02,000", "<i>The last ferry</i>"),
                           ("00:02,100", "00:03,000", "<i>left</i> at {\\i1}nine{\\i0}."),
                           ("00:03,100", "00:04,000", "<b>Stop</b> <i>now")),
                      lang="en", input_format="srt")
    assert doc.text == "The last ferry left at nine. Stop now"
    spans = [(doc.text[f.start : f.end], f.style) for f in doc.formatting]
    # an italic span over two cues is one; one left open ends with its cue
    assert spans == [("The last ferry left", Style.ITALIC), ("nine", Style.ITALIC),
                     ("Stop", Style.BOLD), ("now", Style.ITALIC)]


@pytest.mark.parametrize(("name", "fmt"), [("a.srt", InputFormat.SRT),
                                           ("b.en.SRT", InputFormat.SRT),
                                           ("c.vtt", InputFormat.VTT)])
def test_format_by_extension(name: str, fmt: InputFormat) -> None:
    assert format_for(name) is fmt


def test_format_names() -> None:
    assert parse_format("subrip") is InputFormat.SRT
    assert parse_format("WebVTT") is InputFormat.VTT


HARBOUR_EN = [
    "The last ferry left the harbour at nine o'clock that night.", "Where are you going?",
    "Home.", "It's too late to walk.", "Let me drive you.", "I'd rather walk, thanks.",
    "As you wish.",
    "If you had told me that you were leaving the island, I would have come with you.",
    "Would you?", "Of course.", "PORT AUTHORITY", "Mr. Reyes, the ship is waiting for you.",
    "All right, I'll be right there."]
HARBOUR_ES = [
    "El último ferry salió del puerto a las nueve de esa noche.", "¿Adónde vas?", "A casa.",
    "Es demasiado tarde para ir a pie.", "Deja que te lleve.", "Prefiero caminar, gracias.",
    "Como quieras.", "Si me hubieras dicho que te ibas de la isla, me habría ido contigo.",
    "¿De verdad?", "Claro que sí.", "AUTORIDAD PORTUARIA",
    "Señor Reyes, el barco lo está esperando.", "Muy bien.", "Enseguida voy."]


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("harbour.en.srt", "en", HARBOUR_EN),  # UTF-8 with a byte-order mark, CRLF
        ("harbour.en.vtt", "en", HARBOUR_EN),  # the same cues in WebVTT, with voices
        ("harbour.es.srt", "es", HARBOUR_ES),
    ],
)
def test_fixture_sentences(name: str, lang: str, expected: list[str]) -> None:
    doc = read_document(FIXTURES / name, lang=lang)
    assert [s.text for s in segment_document(doc).segments] == expected


def test_a_windows_1252_file_says_its_encoding_and_reads_with_it() -> None:
    path = FIXTURES / "harbour-cp1252.es.srt"
    with pytest.raises(EncodingError, match="pass --encoding cp1252"):
        read_document(path, lang="es")
    doc = read_document(path, lang="es", encoding="cp1252")
    assert doc.text == read_document(FIXTURES / "harbour.es.srt", lang="es").text


# words in capitals, {\an8} and ♪ make captions and lyrics, paragraphs of their own
_WORDS = st.sampled_from(["Hi.", "where", "are", "you?", "Mr.", "Reyes", "¿Qué?", "-", "--", "-No",
                          "–", "—", "a,", "漢字", "&amp;", "I'm", "x\u00ad", "♪", "SALINAS",
                          "CÁDIZ"])
_TAGS = st.sampled_from(["", "<i>", "</i>", "<b>", "</b>", "<u>", "{\\an8}", "{\\an2}", "{\\i1}",
                         "<font color=red>", "</font>", "<v Ben>", "<v Ana>", "</v>",
                         "<c.yellow>", "</c>", "<00:01.500>"])
_LINE = st.lists(st.tuples(_TAGS, _WORDS), min_size=1, max_size=6)
_CUE = st.tuples(st.integers(0, 3000), st.lists(_LINE, min_size=1, max_size=3))


@given(cues=st.lists(_CUE, max_size=8), crlf=st.booleans(), vtt=st.booleans())
@settings(max_examples=200, deadline=None)
def test_text_keeps_every_word_and_offsets_are_consistent(
        cues: list[tuple[int, list[list[tuple[str, str]]]]], crlf: bool, vtt: bool) -> None:
    source, said = subtitle_file(cues, vtt=vtt)
    doc = read_string(source.replace("\n", "\r\n") if crlf else source, lang="en",
                      input_format="vtt" if vtt else "srt")
    # nothing lost, nothing added: the words of the cues, soft hyphens aside (and the
    # character references of WebVTT decoded)
    assert doc.text.split() == [w for words in said for w in words]
    assert_consistent(doc)


@pytest.mark.parametrize(("lang", "cues", "expected"), [
    # Chinese runs its lines and cues on with nothing (walk 5: 这条河发源于 高原之上。)
    ("zh-Hans", ["这条河发源于", "高原之上。"], ["这条河发源于高原之上。"]),
    ("zh-Hans", ["湄公河的旅程\n始于青藏高原，", "距离大海4,900", "多公里。"],
     ["湄公河的旅程始于青藏高原，距离大海4,900多公里。"]),
    ("zh-Hant", ["人們稱它為", "Mekong，意思是", "眾水之母。"],
     ["人們稱它為Mekong，意思是眾水之母。"]),
    ("ja", ["川は高原から", "始まる。"], ["川は高原から始まる。"]),
    # a Latin sentence's stop keeps its space before the Chinese one
    ("zh-Hans", ["Thank you.", "谢谢。"], ["Thank you.", "谢谢。"]),
    # Korean spaces its words: the space stays
    ("ko", ["강은 고원에서", "시작된다."], ["강은 고원에서 시작된다."]),
    # the language decides, not the script: an English file quoting Chinese keeps it
    ("en", ["He wrote 河流", "源头 on the wall."], ["He wrote 河流 源头 on the wall."]),
])
def test_chinese_and_japanese_cues_join_with_nothing(
        lang: str, cues: list[str], expected: list[str]) -> None:
    source = _srt(*((f"00:0{2 * k},000", f"00:0{2 * k + 1},500", text)
                    for k, text in enumerate(cues)))
    doc = read_string(source, lang=lang, input_format="srt")
    assert [s.text for s in segment_document(doc).segments] == expected
    # the cues' spans hold their own text, which the document's text is made of
    assert [doc.text[c.span[0]:c.span[1]] for c in doc.cues] == [
        c.replace("\n", "") if lang != "en" else c for c in cues]
    assert_consistent(doc)
