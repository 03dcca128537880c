"""The fonts of RTF text (:mod:`aligner.readers.rtftables`): which font's character set
says the code page of its bytes, with the associated fonts of East Asian, high-ANSI and
right-to-left text (``\\dbch``, ``\\hich``, ``\\rtlch`` and ``\\afN``).

No file Word wrote is among the fixtures (no Word here): the RTF below is HAND-WRITTEN
to RTF 1.9.1 ("Associated Character Properties", "Font Table"), in the shape Word gives
its runs (``\\loch\\af0\\hich\\af0\\dbch\\af1`` in a paragraph's properties, then
``\\hich\\afN \\'hh`` for high-ANSI bytes).  LibreOffice writes the same text as
``\\uN`` with a ``?`` fallback (``charsets-*.rtf``, read in ``test_rtf.py``).  The bytes
were made by hand-checked encodings: 日本語 is 93 fa 96 7b 8c ea in Shift-JIS, 中文 d6 d0
ce c4 in GB2312 and a4 a4 a4 e5 in Big5, 한국어 c7 d1 b1 b9 be ee in Korean (949),
Москва cc ee f1 ea e2 e0 in Windows-1251, Αθήνα c1 e8 de ed e1 in Windows-1253."""

from __future__ import annotations

import pytest

from aligner.readers import read_data

_FONTS = (r"{\fonttbl{\f0\froman\fcharset0 Times New Roman;}"
          r"{\f1\fnil\fcharset128 MS Mincho;}{\f2\fnil\fcharset134 SimSun;}"
          r"{\f3\fnil\fcharset136 PMingLiU;}{\f4\fnil\fcharset129 Batang;}"
          r"{\f5\froman\fcharset204 Times New Roman Cyr;}"
          r"{\f6\froman\fcharset161 Times New Roman Greek;}"
          r"{\f7\froman\fcharset177 Times New Roman (Hebrew);}}")
_HEADER = r"{\rtf1\ansi\ansicpg1252\deff0" + _FONTS


def _text(body: str, header: str = _HEADER) -> str:
    return read_data(f"{header} {body}}}".encode("ascii"), name="t.rtf", lang="ja").text


# (the RTF body, the text read): hand-written, per RTF 1.9.1
@pytest.mark.parametrize(("body", "text"), [
    # the run's own font (\f) is a Japanese one: its Shift-JIS pairs are one character
    (r"\pard\plain \f1 \'93\'fa\'96\'7b\'8c\'ea\par", "日本語"),
    # double-byte text in its associated font (\dbch\af1), \f a Latin font: Word's runs
    (r"\pard\plain \rtlch\fcs1 \af0 \ltrch\fcs0 \f0\loch\af0\hich\af0\dbch\af1 "
     r"{\rtlch\fcs1 \af0 \ltrch\fcs0 \hich\af0\dbch\af1\loch\f0 Tokyo: }"
     r"{\rtlch\fcs1 \af0 \ltrch\fcs0 \'93\'8c\'8b\'9e}\par", "Tokyo: 東京"),
    # a trail byte that is '\' (5c) or 'A' (41): two bytes still make one character,
    # also when a writer leaves the trail byte unescaped
    (r"\pard\plain \loch\f0\dbch\af1 \'83\'5c\'98\'41 \'95\'5c\'8e\'a6\par", "ソ連 表示"),
    (r"\pard\plain \f1 \'83\'5c\'98A\par", "ソ連"),
    # \f after \dbch is the double-byte font: the Latin text after \loch keeps \f0
    (r"\pard\plain \f0 Caf\hich\af0 \'e9\loch\af0\hich\af0\dbch\f1 \'93\'fa"
     r"\loch\f0  ok\par", "Café日 ok"),
    (r"\pard\plain \f0\dbch\af2 \'d6\'d0\'ce\'c4\par", "中文"),  # GB2312
    (r"\pard\plain \f0\dbch\af3 \'a4\'a4\'a4\'e5\par", "中文"),  # Big5
    (r"\pard\plain \f0\dbch\af4 \'c7\'d1\'b1\'b9\'be\'ee\par", "한국어"),  # Korean
    # high-ANSI bytes in the associated font of \hich (Windows-1251, -1253) in a
    # Windows-1252 document: Word's Russian and Greek without \uN
    (r"\pard\plain \f0 Moscow \hich\af5\dbch\af1\loch\f0 (\hich\af5 \'cc\'ee\'f1\'ea\'e2"
     r"\'e0\loch\f0 ), caf\hich\af0 \'e9\loch\f0 .\par", "Moscow (Москва), café."),
    (r"\pard\plain \f0 {\hich\af6 \'c1\'e8\'de\'ed\'e1} {\f6 \'c1\'e8\'de\'ed\'e1}\par",
     "Αθήνα Αθήνα"),
    # right-to-left text in the associated font of \rtlch (Windows-1255)
    (r"\pard\plain \ltrch\f0 A {\ltrch\fcs0 \f0\rtlch\fcs1 \af7 \'f9\'ec\'e5\'ed} "
     r"{\rtlch\fcs1 \af7 \ltrch\fcs0 caf\'e9}\par", "A שלום café"),
    # \plain: back to the document's defaults (\stshfdbch: the double-byte one)
    (r"\pard{\dbch\af2 \'d6\'d0}\plain \'e9{\dbch \'93\'fa}\par", "中é日"),
])
def test_associated_fonts_say_the_code_page(body: str, text: str) -> None:
    header = _HEADER.replace(r"\deff0", r"\deff0\stshfdbch1\stshfloch0\stshfhich0")
    assert _text(body, header) == text


def test_without_a_double_byte_default_dbch_text_is_in_the_run_font() -> None:
    assert _text(r"\pard\plain \f1 {\dbch \'93\'fa}{\dbch\af0 \'e9}\par") == "日é"


def test_libreoffices_dbch_runs_of_unicode_keep_their_characters() -> None:
    # LibreOffice: every character \uN with a '?' fallback, runs in {\dbch ...} under a
    # paragraph whose associated fonts have no East Asian character set
    body = (r"\pard\plain \s0\rtlch\af6 \ltrch\hich\af4\loch\f4\dbch\af6"
            r"{\dbch \u28783\'3f\u21488\'3f}{\loch Caf\u233\'3f}\par")
    assert _text(body) == "灯台Café"
