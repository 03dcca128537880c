"""Warnings for swapped files, wrong languages and unrelated texts."""

from __future__ import annotations

import random
from pathlib import Path

from aligner.align.sanity import (
    MARKS_MIN_Z,
    MIN_ANCHOR_BEADS,
    SAMPLE_BEADS,
    UNRELATED_CONFIDENCE,
    anchor_counts,
    marks_z,
    pair_warnings,
    two_sided_sample,
)
from aligner.model import Alignment, Bead
from tests.lang.test_detect import EN, ES, ZH


def _pair(src: list[str], tgt: list[str], src_lang: str, tgt_lang: str,
          score: float = 0.9) -> Alignment:
    n = min(len(src), len(tgt))
    beads = tuple(Bead((i,), (i,), score) for i in range(n))
    return Alignment(tuple(src), tuple(tgt), beads, src_lang, tgt_lang)


def _sentences(text: str) -> list[str]:
    return [s.strip() + "." for s in text.split(".") if s.strip()]


def test_a_good_pair_has_no_warning() -> None:
    assert pair_warnings(_pair(_sentences(ES), _sentences(EN), "es", "en")) == []


def test_swapped_files() -> None:
    got = pair_warnings(_pair(_sentences(EN), _sentences(ES), "es", "en"))
    assert got == ["SRC looks like English and TGT like Spanish: swap the files or the languages "
                   "(--src-lang en --tgt-lang es)"]
    got = pair_warnings(_pair(_sentences(EN), [ZH], "zh", "en"))
    assert got == ["SRC looks like English and TGT like Chinese: swap the files or the languages "
                   "(--src-lang en --tgt-lang zh)"]


def test_one_wrong_language() -> None:
    assert pair_warnings(_pair(_sentences(ES), _sentences(EN), "de", "en")) == [
        "SRC looks like Spanish, not German: check the file or give --src-lang es"]
    assert pair_warnings(_pair(_sentences(ES), _sentences(EN), "es", "es-CL")) == [
        "TGT looks like English, not Spanish: check the file or give --tgt-lang en"]
    assert pair_warnings(_pair(_sentences(ES), [ZH], "es", "ko")) == [
        "TGT looks like Chinese, not Korean: check the file or give --tgt-lang zh"]
    assert pair_warnings(_pair(_sentences(ES), [ZH], "es", "ar")) == [
        "TGT looks like Chinese, not Arabic: check the file or give --tgt-lang zh"]
    from tests.lang.test_detect import RU

    # the script's languages, to choose the code from (it was "are Cyrl, not Latn")
    assert pair_warnings(_pair(_sentences(ES), _sentences(RU), "es", "en")) == [
        "TGT does not look like English (--tgt-lang en): most of its letters are Cyrl (be, "
        "bg, kk, ky, mk, mn, ru, sr, tg, tt, uk), not Latn"]
    hindi = "बुखार होने पर डॉक्टर से मिलें और पानी पिएं। " * 20  # Devanagari: hi, mr, ne, sa
    assert pair_warnings(_pair(_sentences(ES), _sentences(hindi), "es", "en")) == [
        "TGT does not look like English (--tgt-lang en): most of its letters are Deva (hi, "
        "mr, ne, sa), not Latn"]


def test_low_confidence_means_unrelated() -> None:
    low = _pair(_sentences(ES * 2), _sentences(EN * 2), "es", "en",
                score=UNRELATED_CONFIDENCE - 0.1)
    (warning,) = pair_warnings(low)
    assert warning.startswith("SRC and TGT do not look like a translation of each other "
                              f"(mean alignment confidence {UNRELATED_CONFIDENCE - 0.1:.2f};")


def test_a_short_unrelated_pair_left_mostly_unaligned_is_still_judged() -> None:
    """Whether the mean confidence judges a pair depends on its sentences, not on how
    many beads the aligner made of them: unrelated sentences left unaligned (as the
    aligner should leave them) make fewer beads, and still count."""
    src, tgt = _sentences(ES * 2)[:24], _sentences(EN * 2)[:24]
    assert len(src) == len(tgt) == 24
    beads = tuple(Bead((i,), (i,), 0.6) for i in range(8)) + tuple(
        Bead((i,), (), 0.0) for i in range(8, 24)) + tuple(
        Bead((), (j,), 0.0) for j in range(8, 24))
    (warning,) = pair_warnings(Alignment(tuple(src), tuple(tgt), beads, "es", "en"))
    assert warning.startswith("SRC and TGT do not look like a translation of each other")
    short = Alignment(tuple(src[:19]), tuple(tgt[:19]), tuple(
        Bead((i,), (), 0.0) for i in range(19)) + tuple(Bead((), (j,), 0.0) for j in range(19)),
        "es", "en")
    assert pair_warnings(short) == []  # too short to say


def test_anchors_no_more_shared_than_at_random_mean_unrelated() -> None:
    n = MIN_ANCHOR_BEADS

    def name(k: int, end: str) -> str:  # a name of its own for every k: Fe + letters + end
        return "Fe" + "".join("abcdefghij"[int(d)] for d in str(k)) + end

    src = [f"En {1900 + k} llegó {name(k, 'rez')} al pueblo de {name(k, 'lota')}."
           for k in range(n)]
    tgt = [f"In {1900 + k} {name(k, 'rez')} came to the town of {name(k, 'lota')}."
           for k in range(n)]
    assert anchor_counts(_pair(src, tgt, "es", "en")) == (3 * n, 0.0)
    assert pair_warnings(_pair(src, tgt, "es", "en")) == []
    other = [f"In {2100 + k} {name(k, 'son')} went to the city of {name(k, 'ton')}."
             for k in range(n)]
    (warning,) = pair_warnings(_pair(src, other, "es", "en"))
    assert "share 0 names and numbers, as many as beads paired at random (0)" in warning
    # too few beads to judge by anchors; their years still differ bead by bead
    fewer = _pair(src[:n - 1], other[:n - 1], "es", "en")
    assert anchor_counts(fewer) is None
    (warning,) = pair_warnings(fewer)
    assert "share punctuation and numbers hardly more than beads paired at random" in warning


def test_a_long_pair_is_judged_on_a_sample_spread_over_it() -> None:
    n = 3 * SAMPLE_BEADS  # a million-sentence pair took 90 s and 3 GB when every bead counted

    def name(k: int, end: str) -> str:
        return "Fe" + "".join("abcdefghij"[int(d)] for d in str(k)) + end

    src = [f"En {1900 + k} llegó {name(k, 'rez')} al pueblo de {name(k, 'lota')}."
           for k in range(n)]
    tgt = [f"In {1900 + k} {name(k, 'rez')} came to the town of {name(k, 'lota')}."
           for k in range(n)]
    pair = _pair(src, tgt, "es", "en")
    # a null bead at the start is no two-sided bead
    pair = Alignment(pair.src_sentences, (*pair.tgt_sentences, "Extra."),
                     (Bead((), (n,)), *pair.beads), "es", "en")
    sample = two_sided_sample(pair)
    assert len(sample) == SAMPLE_BEADS
    assert sample[0].src == (0,) and sample[-1].src == (n - 3,)  # every third bead
    assert anchor_counts(pair) == (3 * SAMPLE_BEADS, 0.0)
    assert marks_z(pair) is not None and marks_z(pair) > MARKS_MIN_Z  # type: ignore[operator]
    assert pair_warnings(pair) == []
    other = [f"In {1900 + (k * 7919) % n} {name(k, 'son')} went to {name(k, 'ton')}."
             for k in range(n)]
    (warning,) = pair_warnings(_pair(src, other, "es", "en"))
    assert "names and numbers, as many as beads paired at random" in warning


def test_align_files_warns_through_its_callback(tmp_path: Path) -> None:
    from aligner.pipeline import align_files

    s, t = tmp_path / "a.src", tmp_path / "a.tgt"
    s.write_text("\n".join(_sentences(EN)) + "\n", encoding="utf-8")
    t.write_text("\n".join(_sentences(ES)) + "\n", encoding="utf-8")
    notes: list[str] = []
    align_files(s, t, src_lang="es", tgt_lang="en", presplit=True, warn=notes.append)
    assert notes == ["SRC looks like English and TGT like Spanish: swap the files or the "
                     "languages (--src-lang en --tgt-lang es)"]


def test_a_close_language_declared() -> None:
    from tests.lang.test_de import PARAGRAPH as DE
    from tests.lang.test_nl import PARAGRAPH as NL

    de, nl = _sentences(DE * 6), _sentences(NL * 6)
    assert pair_warnings(_pair(de, nl, "de", "nl")) == []
    assert pair_warnings(_pair(de, _sentences(EN), "nl", "en")) == [
        "SRC looks like German, not Dutch: check the file or give --src-lang de"]
    assert pair_warnings(_pair(de, nl, "nl", "de")) == [
        "SRC looks like German and TGT like Dutch: swap the files or the languages "
        "(--src-lang de --tgt-lang nl)"]
    # Norwegian has no list, and Danish text is what its list cannot tell apart
    from tests.lang.test_da import PARAGRAPH as DA

    assert pair_warnings(_pair(_sentences(DA * 6), _sentences(EN), "no", "en")) == []


def test_marks_shared_no_more_than_at_random_mean_unrelated_in_any_script() -> None:
    """Questions, quotations, brackets and numbers survive translation into another
    script; unrelated texts share them only by chance."""
    n = 60
    kinds = [random.Random(k).randrange(5) for k in range(n)]  # no period to line up

    def zh(k: int) -> str:
        return ["他问：“你去哪里？”", "（第{k}章）", "她笑了！", "那年是{y}年。",
                "天很冷。"][kinds[k]].format(k=k, y=1900 + k)

    def en(k: int) -> str:
        return ['He asked: "Where are you going?"', "(Chapter {k})", "She laughed!",
                "That year was {y}.", "It was cold."][kinds[k]].format(k=k, y=1900 + k)

    src = [zh(k) for k in range(n)]
    translation = _pair(src, [en(k) for k in range(n)], "zh", "en")
    z = marks_z(translation)
    assert z is not None and z > MARKS_MIN_Z
    assert pair_warnings(translation) == []
    # the same English, each line paired with another sentence: unrelated
    shuffled = [en((k * 7 + 3) % n) for k in range(n)]
    (warning,) = pair_warnings(_pair(src, shuffled, "zh", "en"))
    assert "share punctuation and numbers hardly more than beads paired at random" in warning
    # too few marked beads to judge
    assert marks_z(_pair(["天很冷。"] * n, ["It was cold."] * n, "zh", "en")) is None


def test_a_text_that_translates_part_of_the_other_is_not_called_unrelated() -> None:
    """The first n beads' sentences translate each other (names, years and marks shared
    bead by bead), and the target goes on for as long again, unaligned: a low mean
    confidence then says 'part of the other', not 'unrelated'."""
    n = MIN_ANCHOR_BEADS
    src = [f"¿En {1900 + k} llegó Fe{chr(97 + k % 26)}{k}rez a Lota?" for k in range(n)]
    tgt = [f"In {1900 + k} did Fe{chr(97 + k % 26)}{k}rez come to Lota?" for k in range(n)]
    rest = [f"Chapter {k} of a book the source does not have." for k in range(n)]
    beads = tuple(Bead((i,), (i,), 0.9) for i in range(n)) + tuple(
        Bead((), (n + i,), 0.0) for i in range(n))
    partial = Alignment(tuple(src), tuple(tgt + rest), beads, "es", "en")
    assert sum(b.score for b in beads) / len(beads) < UNRELATED_CONFIDENCE
    assert pair_warnings(partial) == [
        f"{n} of {2 * n} TGT sentences are left unaligned: one text may translate only part "
        "of the other"]
    weather = ["It rained all day and nobody went out."] * n
    unrelated = Alignment(tuple(src), tuple(weather + rest), tuple(
        Bead((i,), (i,), 0.3) for i in range(n)) + tuple(Bead((), (n + i,), 0.0)
                                                      for i in range(n)), "es", "en")
    (warning,) = pair_warnings(unrelated)
    assert warning.startswith("SRC and TGT do not look like a translation of each other")


# Nine English sentences and their Thai, written for this test, three to a paragraph.
_EN9 = ["Drink water often.", "Rest in the shade.", "Wear a hat outside.",
        "Call a doctor at once.", "Loosen the person's clothes.",
        "Wipe the body with a cool cloth.",
        "The centres open at ten.", "Entry is free.", "Volunteers visit old people."]
_TH3 = ["ดื่มน้ำบ่อยๆ พักในที่ร่ม สวมหมวกเมื่ออยู่กลางแจ้ง",
        "โทรเรียกแพทย์ทันที คลายเสื้อผ้าของผู้ป่วย เช็ดตัวด้วยผ้าชุบน้ำเย็น",
        "ศูนย์เปิดเวลาสิบโมง เข้าใช้บริการฟรี อาสาสมัครเยี่ยมผู้สูงอายุ"]


def test_a_side_not_split_into_sentences_is_named() -> None:
    """Paragraphs against sentences, each aligned three to one: the side with the
    paragraphs seems not split (Tibetan, a text without stops)."""
    beads = tuple(Bead((3 * i, 3 * i + 1, 3 * i + 2), (i,), 0.1) for i in range(3))
    alignment = Alignment(tuple(_EN9), tuple(_TH3), beads, "en", "th")
    (warning,) = pair_warnings(alignment)
    assert warning.startswith(
        "TGT has 3 units for the 9 sentences of SRC, each as long as several of them, and 9 "
        "of those are aligned 3 or more to one unit or left unaligned: TGT seems not split")
    # the same, the paragraphs left unaligned, and with the sides swapped
    unaligned = tuple(Bead((i,), (), 0.0) for i in range(9)) + tuple(
        Bead((), (i,), 0.0) for i in range(3))
    (warning,) = pair_warnings(Alignment(tuple(_TH3), tuple(_EN9), tuple(
        Bead(b.tgt, b.src, b.score) for b in unaligned), "th", "en"))
    assert warning.startswith("SRC has 3 units for the 9 sentences of TGT")


def test_a_shorter_translation_is_not_called_unsplit() -> None:
    """Fewer sentences, but no longer ones (a translation of a part, a summary), or a
    side split as finely: no such warning."""
    shorter = Alignment(tuple(_EN9), tuple(_TH3[0].split(" ")[:3]),
                        tuple(Bead((i,), (i,), 0.9) for i in range(3)), "en", "th")
    assert not any("not split" in w for w in pair_warnings(shorter))
    split = [s for p in _TH3 for s in p.split(" ")]
    fine = Alignment(tuple(_EN9), tuple(split), tuple(Bead((i,), (i,), 0.9) for i in range(9)),
                     "en", "th")
    assert pair_warnings(fine) == []
