"""A period in Thai, and in text that ends its sentences with the danda, closes an
abbreviation (``aligner.segment.periods``).  Sentences written by hand for this test."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences
from aligner.segment.periods import DANDA_REACH, abbreviation_period

CASES = [
    # Hindi: titles and a unit with an inner period, in text that ends with the danda
    ("hi", "सभा की अध्यक्षता डॉ. सुनीता शर्मा ने की। श्री. अजय और प्रो. वर्मा भी आए। "
           "बच्चों को ५ मि.ली. दवा दें।",
     ["सभा की अध्यक्षता डॉ. सुनीता शर्मा ने की।", "श्री. अजय और प्रो. वर्मा भी आए।",
      "बच्चों को ५ मि.ली. दवा दें।"]),
    # Bengali: two titles in a row; a unit after a slash
    ("bn", "প্রধান অতিথি ছিলেন ডা. মো. করিম। পানিতে ০.৩ মি.গ্রা./লি. লোহা আছে।",
     ["প্রধান অতিথি ছিলেন ডা. মো. করিম।", "পানিতে ০.৩ মি.গ্রা./লি. লোহা আছে।"]),
    # Marathi ends its sentences with a period: no danda, nothing changes
    ("mr", "ते घरी गेले. नंतर ते झोपले.", ["ते घरी गेले.", "नंतर ते झोपले."]),
    # a long word before the period still ends the sentence, and so does a number
    ("hi", "पहला वाक्य पूरा हुआ। दूसरा वाक्य अधूरापन. तीसरा वाक्य।",
     ["पहला वाक्य पूरा हुआ।", "दूसरा वाक्य अधूरापन.", "तीसरा वाक्य।"]),
    ("hi", "कुल संख्या ५००. आगे पढ़ें।", ["कुल संख्या ५००.", "आगे पढ़ें।"]),
    # Thai never ends a sentence with a period: a title, a unit, inside brackets too
    ("th", "ผู้บรรยายคือ ดร. วิชัย ใจงาม", ["ผู้บรรยายคือ ดร. วิชัย ใจงาม"]),
    ("th", "รับประทานยา (250 มก. วันละ 3 ครั้ง) หลังอาหาร",
     ["รับประทานยา (250 มก. วันละ 3 ครั้ง) หลังอาหาร"]),
    # a Latin sentence inside Thai text still ends at its period
    ("th", "อ่านคู่มือ see the manual. The end", ["อ่านคู่มือ see the manual.", "The end"]),
    # Tamil ends sentences with a period; a one-akshara word before one is an initial
    ("ta", "இந்த அறிக்கையை டாக்டர் மு. கருணாநிதி எழுதினார். அவர் சென்னையில் வசிக்கிறார்.",
     ["இந்த அறிக்கையை டாக்டர் மு. கருணாநிதி எழுதினார்.", "அவர் சென்னையில் வசிக்கிறார்."]),
    ("ta", "இதை க. சுப்பிரமணியன் தயாரித்தார். கூட்டம் முடிந்தது.",
     ["இதை க. சுப்பிரமணியன் தயாரித்தார்.", "கூட்டம் முடிந்தது."]),
    ("ta", "தலைவர் என். ராமன் பேசினார். நன்றி.", ["தலைவர் என். ராமன் பேசினார்.", "நன்றி."]),
    # a longer word still ends the sentence, and an initial before Latin text is no initial
    ("ta", "அவர் வந்தார். அது உண்டு. சரி.", ["அவர் வந்தார்.", "அது உண்டு.", "சரி."]),
    ("te", "ఈ నివేదికను ఎన్. రామారావు రాశారు. ఆయన హైదరాబాద్‌లో ఉంటారు.",
     ["ఈ నివేదికను ఎన్. రామారావు రాశారు.", "ఆయన హైదరాబాద్‌లో ఉంటారు."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_split(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_a_danda_far_away_says_nothing() -> None:
    far = "नमस्ते। " + "क" * DANDA_REACH + " प्रो. रमेश"
    assert not abbreviation_period(far, far.index("."))
    near = "नमस्ते। प्रो. रमेश"
    assert abbreviation_period(near, near.index("."))


@pytest.mark.parametrize(("word", "short"), [
    ("प्रो", True),  # one akshara: the consonants joined by the virama count once
    ("मोसा", True),
    ("अध्यक्षता", False),  # अ, ध्य, क्ष, ता: four
])
def test_short_words(word: str, short: bool) -> None:
    text = f"नमस्ते। {word}. रमेश"
    assert abbreviation_period(text, text.index(".")) is short
