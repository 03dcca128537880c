"""Footnote calls in superscript digits or note marks after a stop (aligner.segment.core,
cjk, terminals): the call ends the sentence with the stop and stays on its left."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

CALLS = [
    # the walk's file: Word/InDesign/PDF text with superscript calls
    ("en", "The decree was published the next day.² It covered the properties.",
     ["The decree was published the next day.²", "It covered the properties."]),
    ("en", 'He said "no."³ Then he left.', ['He said "no."³', "Then he left."]),
    ("en", "He said “no.”³ Then he left.", ["He said “no.”³", "Then he left."]),
    ("en", "Is it true?¹ Yes, it is.", ["Is it true?¹", "Yes, it is."]),
    ("en", "See chapter two.¹² The rest follows.", ["See chapter two.¹²", "The rest follows."]),
    ("en", "It ended there.⁴Then it began.", ["It ended there.⁴", "Then it began."]),
    # no decimal can follow a stop in superscript: a year or an amount before it is fine
    ("en", "It was founded in 1998.² The next year it grew.",
     ["It was founded in 1998.²", "The next year it grew."]),
    ("en", "It cost $5.² It rose later.", ["It cost $5.²", "It rose later."]),
    # after an abbreviation's period the call closes the sentence
    ("en", "He arrived at 5 p.m.² The others stayed.",
     ["He arrived at 5 p.m.²", "The others stayed."]),
    # a call after a space is the left sentence's too
    ("en", "It ended there. ² The rest follows.", ["It ended there. ²", "The rest follows."]),
    # note marks before a space
    ("en", "It was published the next day.* It covered the properties.",
     ["It was published the next day.*", "It covered the properties."]),
    ("en", "It was published the next day.† It covered the properties.",
     ["It was published the next day.†", "It covered the properties."]),
    ("en", "It was published the next day.‡‡ It covered the properties.",
     ["It was published the next day.‡‡", "It covered the properties."]),
    ("es", "El decreto se publicó al día siguiente.² Abarcaba los bienes de varias empresas.",
     ["El decreto se publicó al día siguiente.²", "Abarcaba los bienes de varias empresas."]),
    ("es", "¿Quién lo sabía?² Nadie.", ["¿Quién lo sabía?²", "Nadie."]),
    ("es", "Lo dijo «ayer».³ Después se fue.", ["Lo dijo «ayer».³", "Después se fue."]),
    ("fr", "Il est parti.² Puis il revint.", ["Il est parti.²", "Puis il revint."]),
    ("de", "Das war im Jahr 1998.² Danach kam er.", ["Das war im Jahr 1998.²", "Danach kam er."]),
    ("ru", "Он ушёл.² Потом вернулся.", ["Он ушёл.²", "Потом вернулся."]),
    # the stops of other scripts and the CJK ones
    ("hi", "वह गया।² फिर आया।", ["वह गया।²", "फिर आया।"]),
    ("ja", "彼は行った。²次に来た。", ["彼は行った。²", "次に来た。"]),
    ("zh", "他走了。³然后回来了。", ["他走了。³", "然后回来了。"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CALLS)
def test_a_call_after_a_stop_ends_the_sentence(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


NO_CALLS = [
    # lower case after the call: the sentence goes on, as after a glued digit
    ("en", "It ended.² then more came.", ["It ended.² then more came."]),
    # note marks glued to a word are markup, not a call
    ("en", "It is done.**Bold** text follows.", ["It is done.**Bold** text follows."]),
    # exponents: no stop before them, so nothing changes
    ("en", "The area is 20 km². The next one is larger.",
     ["The area is 20 km².", "The next one is larger."]),
    ("en", "It grew by 10⁶ units and x³ was small.", ["It grew by 10⁶ units and x³ was small."]),
    ("es", "Se publicó al día siguiente². Abarcaba los bienes.",
     ["Se publicó al día siguiente².", "Abarcaba los bienes."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NO_CALLS)
def test_what_is_no_call_after_a_stop(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
