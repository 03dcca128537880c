"""The cues a subtitle reader keeps on the document: number, times, lines as shown,
and the span of their text in the document's text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.model import Clock, SubtitleCue, timecode
from aligner.readers import read_string
from aligner.segment import segment_document
from tests.readers.subtitle_files import subtitle_file

SRT = """1
00:00:01,000 --> 00:00:03,500
<i>If you had told me</i>
that you were leaving,

2
00:00:03,600 --> 00:00:05,000
- I would have come.
- Would you?

17
00:01:12,820 --> 00:01:15,320
{\\an8}MANUEL SALDÍVAR
Salt worker
"""


def _texts(doc_text: str, cue: SubtitleCue) -> str:
    return doc_text[cue.span[0]:cue.span[1]]


def test_srt_cues_keep_number_times_lines_and_span() -> None:
    doc = read_string(SRT, lang="en", input_format="srt")
    assert [c.number for c in doc.cues] == ["1", "2", "17"]
    assert [c.index for c in doc.cues] == [0, 1, 2]
    assert [(c.start, c.end) for c in doc.cues] == [(1.0, 3.5), (3.6, 5.0), (72.82, 75.32)]
    # the lines as a viewer reads them: no markup, the dialogue dash shown
    assert doc.cues[0].lines == ("If you had told me", "that you were leaving,")
    assert doc.cues[1].lines == ("- I would have come.", "- Would you?")
    assert doc.cues[2].lines == ("MANUEL SALDÍVAR", "Salt worker")
    assert _texts(doc.text, doc.cues[0]) == "If you had told me that you were leaving,"
    # two turns: the dashes are no text, and the span runs over the paragraph break
    assert _texts(doc.text, doc.cues[1]) == "I would have come.\n\nWould you?"
    # a caption (all in capitals, the exception in its file): each line its own
    assert _texts(doc.text, doc.cues[2]) == "MANUEL SALDÍVAR\nSalt worker"
    assert doc.cues[2].name == "17" and doc.cues[2].timecode == "00:01:12,820"


def test_srt_cue_number_without_blank_line_and_missing_number() -> None:
    # a number before a time line is the cue's when it comes next in the count (the
    # second cue's 2; an 8 there would be text: readers/cuefile.py, a year card's 1962)
    source = ("00:00:01,000 --> 00:00:02,000\nFirst line\n"
              "2\n00:00:02,100 --> 00:00:03,000\nsecond line.\n")
    doc = read_string(source, lang="en", input_format="srt")
    assert [c.number for c in doc.cues] == [None, "2"]
    assert [c.name for c in doc.cues] == ["#1", "2"]
    assert [_texts(doc.text, c) for c in doc.cues] == ["First line", "second line."]


def test_vtt_cue_identifiers_entities_and_empty_cue() -> None:
    source = ("WEBVTT\n\nep2-01\n00:01.000 --> 00:03.000 line:10%\n<v Ana>Salt &amp; sun\n\n"
              "00:03.100 --> 00:04.000\n<i></i>\n\n"
              "00:04.100 --> 00:06.000\nand wind.\n")
    doc = read_string(source, lang="en", input_format="vtt")
    assert [c.number for c in doc.cues] == ["ep2-01", None, None]
    assert doc.cues[0].lines == ("Salt & sun",)
    assert _texts(doc.text, doc.cues[0]) == "Salt & sun"
    # a cue without text has an empty span where its text would be
    assert doc.cues[1].lines == ("",)
    assert doc.cues[1].span[0] == doc.cues[1].span[1] == doc.cues[0].span[1]
    assert _texts(doc.text, doc.cues[2]) == "and wind."


def test_other_formats_have_no_cues() -> None:
    assert read_string("Hello. World.", lang="en", input_format="text").cues == ()


def test_sentence_cues_give_each_cue_to_the_sentence_it_starts_in() -> None:
    source = ("1\n00:00:01,000 --> 00:00:03,000\nI know. I saw the ticket\n\n"
              "2\n00:00:03,100 --> 00:00:05,000\non the table.\n")
    seg = segment_document(read_string(source, lang="en", input_format="srt"))
    assert [s.text for s in seg.segments] == ["I know.", "I saw the ticket on the table."]
    by_sentence = seg.sentence_cues()
    # cue 1 starts in sentence 0 (at its start); cue 2 in sentence 1, 17 characters in
    assert [[(c.number, c.span) for c in cues] for cues in by_sentence] == [
        [("1", (0, 7))], [("2", (17, 30))]]


def test_timecode() -> None:
    assert timecode(72.82) == "00:01:12,820"
    assert timecode(3661.001) == "01:01:01,001"
    assert timecode(0) == "00:00:00,000"


def test_timecode_as_webvtt_writes_it() -> None:
    assert timecode(72.82, Clock.WEBVTT) == "00:01:12.820"
    assert timecode(72.82, Clock.WEBVTT_MINUTES) == "01:12.820"
    # an hour or more: with its hours, even where the file leaves them out elsewhere
    assert timecode(3661.001, Clock.WEBVTT_MINUTES) == "01:01:01.001"
    assert timecode(3661.001, Clock.WEBVTT) == "01:01:01.001"
    assert timecode(0, Clock.WEBVTT_MINUTES) == "00:00.000"


def test_each_cue_shows_its_times_as_its_file_writes_them() -> None:
    vtt = ("WEBVTT\n\n00:01.200 --> 00:04.000\nThe last ferry\n\n"
           "01:00:04.100 --> 01:00:06.500\nleft at nine.\n")
    doc = read_string(vtt, lang="en", input_format="vtt")
    assert [c.clock for c in doc.cues] == [Clock.WEBVTT_MINUTES, Clock.WEBVTT]
    assert [c.timecode for c in doc.cues] == ["00:01.200", "01:00:04.100"]
    # SubRip's comma, also where an untidy SubRip file writes a full stop
    srt = "1\n00:00:01.200 --> 00:00:04.000\nThe last ferry\n"
    (cue,) = read_string(srt, lang="en", input_format="srt").cues
    assert (cue.clock, cue.timecode) == (Clock.SUBRIP, "00:00:01,200")


_WORDS = st.sampled_from(["Hi.", "where", "are", "you?", "Mr.", "¿Qué?", "-", "--", "-No",
                          "–", "a,", "漢字", "&amp;", "I'm", "x\u00ad", "♪"])
_TAGS = st.sampled_from(["", "<i>", "</i>", "<b>", "{\\an8}", "<v Ben>", "<v Ana>", "</v>",
                         "<c.yellow>", "</c>"])
_LINE = st.lists(st.tuples(_TAGS, _WORDS), min_size=1, max_size=5)
_CUE = st.tuples(st.integers(0, 3000), st.lists(_LINE, min_size=1, max_size=3))


@given(cues=st.lists(_CUE, max_size=8), vtt=st.booleans())
@settings(max_examples=150, deadline=None)
def test_each_cue_span_holds_its_words_in_order(
        cues: list[tuple[int, list[list[tuple[str, str]]]]], vtt: bool) -> None:
    source, expected = subtitle_file(cues, vtt=vtt)
    doc = read_string(source, lang="en", input_format="vtt" if vtt else "srt")
    assert len(doc.cues) == len(cues)
    end = 0
    for cue, words in zip(doc.cues, expected, strict=True):
        assert end <= cue.span[0] <= cue.span[1] <= len(doc.text)
        assert doc.text[cue.span[0]:cue.span[1]].split() == words
        end = cue.span[1]
