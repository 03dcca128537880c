"""A space between Thai words ends a sentence unless the words around it say the
sentence goes on (``aligner.segment.thai``).  Sentences written by hand for this test;
the gold leaflet ``tests/fixtures/thai/heat.th.txt`` was written and split by hand."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from aligner.segment import split_sentences, split_spans
from tests.segment.unmarked_gold import gold_text

GOLD = Path(__file__).resolve().parent.parent / "fixtures" / "thai" / "heat.th.txt"

CASES = [
    # (session 28) a title word, then a name and surname; a company's name and "limited";
    # the names of bodies as the subject before their verb; "at" before a place
    ("รัฐมนตรี สมศักดิ์ เทพสุทิน ตรวจเยี่ยมโรงพยาบาลชุมชน เมื่อวันอังคารที่ผ่านมา",
     ["รัฐมนตรี สมศักดิ์ เทพสุทิน ตรวจเยี่ยมโรงพยาบาลชุมชน เมื่อวันอังคารที่ผ่านมา"]),
    ("บริษัท ไทยเฮลท์แคร์ จำกัด ได้ส่งมอบเวชภัณฑ์ให้ชุมชน ชาวบ้านต่างขอบคุณ",
     ["บริษัท ไทยเฮลท์แคร์ จำกัด ได้ส่งมอบเวชภัณฑ์ให้ชุมชน", "ชาวบ้านต่างขอบคุณ"]),
    ("โรงพยาบาลรามาธิบดี มหาวิทยาลัยมหิดล ขอเชิญประชาชนบริจาคโลหิต",
     ["โรงพยาบาลรามาธิบดี มหาวิทยาลัยมหิดล ขอเชิญประชาชนบริจาคโลหิต"]),
    ("การประชุมจัดขึ้น ณ ศาลากลางจังหวัด ถนนราชดำเนิน ผู้เข้าร่วมมีจำนวนมาก",
     ["การประชุมจัดขึ้น ณ ศาลากลางจังหวัด ถนนราชดำเนิน", "ผู้เข้าร่วมมีจำนวนมาก"]),
    # two sentences parted by a space
    ("ยุงลายวางไข่ในน้ำนิ่ง ควรปิดฝาภาชนะใส่น้ำให้มิดชิด",
     ["ยุงลายวางไข่ในน้ำนิ่ง", "ควรปิดฝาภาชนะใส่น้ำให้มิดชิด"]),
    # a list: short items up to "and"
    ("ผู้ป่วยอาจปวดศีรษะ เวียนศีรษะ หรืออาเจียน", ["ผู้ป่วยอาจปวดศีรษะ เวียนศีรษะ หรืออาเจียน"]),
    # an "if" clause before its main clause
    ("หากมีไข้สูงเกินสองวัน ควรไปพบแพทย์ทันที", ["หากมีไข้สูงเกินสองวัน ควรไปพบแพทย์ทันที"]),
    # a joining word after the space, a leading word before it
    ("ผู้ป่วยรายนี้เป็นชาวนา ซึ่งยังรักษาตัวอยู่", ["ผู้ป่วยรายนี้เป็นชาวนา ซึ่งยังรักษาตัวอยู่"]),
    ("อาการที่พบบ่อยคือ ไข้สูงและปวดศีรษะ", ["อาการที่พบบ่อยคือ ไข้สูงและปวดศีรษะ"]),
    # a title, a name, a surname and a position; then the next sentence
    ("นพ.วิชัย ใจงาม ผู้อำนวยการโรงพยาบาล กล่าวว่าโรคนี้ป้องกันได้ โปรดดูแลเพื่อนบ้านด้วย",
     ["นพ.วิชัย ใจงาม ผู้อำนวยการโรงพยาบาล กล่าวว่าโรคนี้ป้องกันได้", "โปรดดูแลเพื่อนบ้านด้วย"]),
    # inside brackets, next to a number, before a short word: no end
    ("ใช้ยาลดไข้ (ไม่เกินวันละ 4 เม็ด ตามฉลากยา) หลังอาหาร",
     ["ใช้ยาลดไข้ (ไม่เกินวันละ 4 เม็ด ตามฉลากยา) หลังอาหาร"]),
    ("ตั้งแต่วันที่ 1 มิถุนายน ถึง 31 สิงหาคม 2567 ตรวจได้ฟรีทุกแห่ง",
     ["ตั้งแต่วันที่ 1 มิถุนายน ถึง 31 สิงหาคม 2567 ตรวจได้ฟรีทุกแห่ง"]),
    # after an abbreviation period that ends a time
    ("ศูนย์เปิดทุกวันจนถึงเวลา 18.00 น. ทุกคนเข้าใช้บริการได้ฟรี",
     ["ศูนย์เปิดทุกวันจนถึงเวลา 18.00 น.", "ทุกคนเข้าใช้บริการได้ฟรี"]),
    # a quotation opens the next sentence
    ('เขาได้เตรียมเตียงเสริมไว้แล้ว "ขอให้ช่วยกันดูแลผู้สูงอายุ"',
     ["เขาได้เตรียมเตียงเสริมไว้แล้ว", '"ขอให้ช่วยกันดูแลผู้สูงอายุ"']),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "th") == expected


def test_thai_inside_other_text_is_split_by_script_and_lossless() -> None:
    text = "Notice:  ยุงลายวางไข่ในน้ำนิ่ง\u00a0 ควรปิดฝาภาชนะใส่น้ำให้มิดชิด  "
    spans = split_spans(text, "en")
    assert [text[a:b] for a, b in spans] == [
        "Notice:  ยุงลายวางไข่ในน้ำนิ่ง", "ควรปิดฝาภาชนะใส่น้ำให้มิดชิด"]
    assert all(not text[b:a2].strip() for (_, b), (a2, _) in itertools.pairwise(spans))


def _gold(one_paragraph: bool) -> tuple[str, list[tuple[int, int]], set[int]]:
    return gold_text(GOLD, one_paragraph=one_paragraph)


@pytest.mark.parametrize("one_paragraph", [False, True])
def test_boundaries_on_the_gold_leaflet(one_paragraph: bool) -> None:
    text, blocks, gold = _gold(one_paragraph)
    assert len(gold) == (52 if one_paragraph else 36)
    found = {s for a, b in blocks for s, _ in split_spans(text, "th", a, b)[1:]}
    hits = len(found & gold)
    # measured: paragraphs P 1.0 R 0.944, one paragraph P 1.0 R 0.962
    # (benchmarks/thai_segmentation.py lists the two boundaries missed)
    assert hits / len(found) >= 0.95
    assert hits / len(gold) >= 0.9


def test_a_long_thai_paragraph_of_short_words_is_one_sentence() -> None:
    """200,000 characters of short words, no sentence end: no space is a cut.  (Each
    space is looked at with bounded work; the time is benchmarks/thai_segmentation.py's,
    as speed belongs in benchmarks.)"""
    text = "กขค " * 50_000
    assert split_spans(text, "th") == [(0, len(text) - 1)]
