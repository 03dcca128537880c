"""The marks of the lines of a pair: paragraph starts, lines that continue the one
before them (a sentence split inside its brackets), and how each line ends -- and what a
bead that ends mid-sentence on one side only costs."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align import AlignOptions, align_sentences
from aligner.align import kernel_slots as slots
from aligner.align._dp_numba import bead_cost
from aligner.align.encoder import use_model_dir
from aligner.align.marks import continues, leaves_quote_open, line_end, line_marks


@pytest.mark.parametrize(("previous", "line"), [
    ("Das Buch von Elizabeth Stark ( London :", "Collins 1956 ) , flott geschrieben ."),
    ("un porteur reçoit 3 roupies ( 2 fr .", "70 ) par jour , et la nourriture ."),
    ("Darüber berichtet Braham ( Alpine Journal , Nr. 293 , S .", "296-309 ) ."),
    ("收入（按", "年计）增加了。"),
])
def test_a_sentence_split_inside_its_brackets_continues(previous: str, line: str) -> None:
    assert continues(previous, line)


@pytest.mark.parametrize(("previous", "line"), [
    # brackets around whole sentences close after a sentence end
    ("(As that is rather a hard word, I will just explain it.",
     "They had a large canvas bag, and then sat upon it.)"),
    ("Do you think (she said to herself) that it matters?", "No."),  # closed on its line
    ("Um nicht zu wiederholen ( siehe oben .", "Es folgt eine Liste ."),  # never closed
    ("Eran las 9.", "Allende habló ( por radio ) a las 10."),  # nothing left open
    # a sentence end of any script before the bracket closes (Hindi's danda, Armenian's ։)
    ("उसने कहा (धीरे से।", "फिर वह चला गया।)"),
    ("Նա ասաց (կամաց։", "Հետո գնաց։)"),
])
def test_other_lines_do_not(previous: str, line: str) -> None:
    assert not continues(previous, line)


def test_an_ellipsis_is_not_a_sentence_end_for_a_continuation() -> None:
    # as in line_end: an ellipsis may trail off inside a sentence
    assert continues("Er schrieb ( siehe", "unten … und oben ) weiter .")


def test_marks_give_a_paragraph_start_the_last_word() -> None:
    lines = ["Sherpa Da Temba ( Himalayan Club :", "Liste 212 ) .", "Neuer Absatz ( so :",
             "hier ) ."]
    marks = line_marks(lines, frozenset({0, 3}))
    assert marks.tolist() == [slots.MARK_PARAGRAPH, slots.MARK_CONTINUES,
                              slots.MARK_AFTER_END, slots.MARK_PARAGRAPH]


def test_a_line_ending_neither_way_before_a_lower_case_start_ends_mid_sentence() -> None:
    lines = ["Grâce aux cordes fixes , l' arête", "est atteinte rapidement .",
             "en geta verið ansi erfiðir...", "- þegar þeir koma hingað á mót.",
             "Él dijo:", "-Ténganse todos.", "SONNET", "1956 ) , p.310-329 .",
             "Es ist doch sehr bedeutsam :", "« Ce qui est très significatif"]
    assert line_marks(lines, None).tolist() == [
        slots.MARK_NONE, slots.MARK_AFTER_OPEN, slots.MARK_AFTER_END, slots.MARK_AFTER_OPEN,
        slots.MARK_AFTER_END, slots.MARK_NONE, slots.MARK_AFTER_END, slots.MARK_NONE,
        slots.MARK_AFTER_END, slots.MARK_NONE]


@pytest.mark.parametrize(("line", "open_"), [
    ("刘老老迎上来笑问道：“好啊?", True), ("周嫂子。”", False),
    ("Er sagte: „Nein.", True), ("„Nein.“", False), ("「はい。", True), ("「はい。」", False),
    ("« Makalu » , Grenoble-Paris", False), ("Dijo: « No.", True),
    ("»Estaba esperando el cura la respuesta.", False),  # Spanish: a narration goes on
    ("'It's easy,' said Gou-er, 'but what", True), ("'It's easy,' said Gou-er.", False),
    ('He said "yes."', False), ('"I know," he said, "but', True),
    ("It's l'arête, l' arête, the rabbits' feet.", False),  # apostrophes
])
def test_a_line_that_opens_a_quotation_and_leaves_it_open(line: str, open_: bool) -> None:
    assert leaves_quote_open(line) == open_


def test_a_sentence_end_inside_a_quotation_left_open_is_mid_sentence() -> None:
    lines = ["刘老老迎上来笑问道：“好啊?", "周嫂子。”", "周瑞家的认了半日。"]
    assert line_marks(lines, None).tolist() == [
        slots.MARK_NONE, slots.MARK_AFTER_OPEN, slots.MARK_AFTER_END]


@pytest.mark.parametrize("line", [
    "Bíddu,", "the Committee for a Sustainable Nordic Region, ", "“I don’t know,”", "«No»,³",
    "La descente est une course contre la nuit ;", "قال الرجل،", "في البيت؛",
])
def test_a_comma_or_a_semicolon_ends_a_line_mid_sentence(line: str) -> None:
    assert line_end(line) == slots.MARK_AFTER_OPEN


@pytest.mark.parametrize("line", [
    "Es ist dunkel .", "What is Rakel doing here?", "'Oh my ears and whiskers!'",
    "« Non. »", "(Our translation.)", "他走了。", "यह घर है।", "هل أنت هنا؟",
    "Τι κάνεις;", "«Τι κάνεις;»",  # the Greek question mark, typed as a semicolon
    # a footnote call after the mark
    "the end.¹", "the end.[2]", "the end.2", "the end.*", "«Fin.»²", "en 1998.² ",
])
def test_a_sentence_terminator_ends_a_sentence(line: str) -> None:
    assert line_end(line) == slots.MARK_AFTER_END


@pytest.mark.parametrize("line", [
    "Él dijo:", "en geta verið ansi erfiðir...", "Please…", "SONNET", "",
    "他笑了，",  # Chinese chains clauses with commas where English ends sentences
    "她感到十分的难堪；", "- _-",
    "version 2.5", "Chapter 12", "Please…¹",  # no call after a decimal point or none
])
def test_other_lines_end_neither_way(line: str) -> None:
    assert line_end(line) == slots.MARK_NONE


def test_a_line_ended_before_its_footnote_call_is_ended_before_a_lower_case_line() -> None:
    # not mid-sentence: the lower-case start follows a sentence end
    lines = ["Es ist dunkel.¹", "und kalt.", "Es ist dunkel.[2]", "und kalt."]
    assert line_marks(lines, None).tolist() == [
        slots.MARK_NONE, slots.MARK_AFTER_END, slots.MARK_AFTER_END, slots.MARK_AFTER_END]


def _cost_of_a_one_one_bead(s_next: int, t_next: int, end_mismatch: float,
                            par_mismatch: float = 0.0) -> float:
    """The numba kernel's cost of the 1-1 bead of two one-feature lines, the next line
    of each side carrying the given mark."""
    ptr, ids, w = np.array([0, 1, 2]), np.array([0, 0]), np.array([1.0, 1.0])
    cs = np.array([0.0, 10.0, 20.0])
    marks = (np.array([0, s_next], dtype=np.int8), np.array([0, t_next], dtype=np.int8))
    params = np.zeros(slots.N_PARAMS)
    params[slots.P_RATIO] = params[slots.P_LAM_LEN] = params[slots.P_LAM_LEX] = 1.0
    params[slots.P_VAR] = params[slots.P_SMOOTH] = params[slots.P_MU] = 1.0
    params[slots.P_LEN_CAP] = 25.0
    params[slots.P_END_MIS] = end_mismatch
    params[slots.P_PAR_MIS] = par_mismatch
    scratch = (np.zeros(2), np.zeros(2), np.zeros(5), np.zeros(8))
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64),
             np.zeros(0, dtype=np.float32), np.zeros(0), np.zeros(0))
    return bead_cost(0, 1, 0, 1, ptr, ids, w, ptr, ids, w, cs, cs, cs, cs, *marks, params,
                     0.0, *scratch, *empty)


def test_a_bead_ending_mid_sentence_on_one_side_only_costs_the_mismatch() -> None:
    both_end = _cost_of_a_one_one_bead(slots.MARK_AFTER_END, slots.MARK_AFTER_END, 1.5)
    for s_next, t_next in [(slots.MARK_AFTER_OPEN, slots.MARK_AFTER_END),
                           (slots.MARK_AFTER_END, slots.MARK_AFTER_OPEN),
                           (slots.MARK_PARAGRAPH, slots.MARK_AFTER_OPEN)]:
        assert _cost_of_a_one_one_bead(s_next, t_next, 1.5) == pytest.approx(both_end + 1.5)
    for s_next, t_next in [(slots.MARK_AFTER_OPEN, slots.MARK_AFTER_OPEN),
                           (slots.MARK_AFTER_OPEN, slots.MARK_NONE),
                           (slots.MARK_CONTINUES, slots.MARK_AFTER_END),
                           (slots.MARK_PARAGRAPH, slots.MARK_AFTER_END)]:
        assert _cost_of_a_one_one_bead(s_next, t_next, 1.5) == pytest.approx(both_end)
    assert _cost_of_a_one_one_bead(slots.MARK_AFTER_OPEN, slots.MARK_AFTER_END, 0.0) \
        == pytest.approx(both_end)


# Subtitles (written for these tests): the Icelandic cuts two sentences at a comma
# where the English does not.
_SUBTITLES_EN = ["I just don't agree.", "What is Rakel doing here?",
                 "Wanna join me for lunch?", "Sure, we just finished."]
_SUBTITLES_IS = ["Ég er bara ósammála.", "Bíddu,", "hvað er Rakel að gera hér?",
                 "Viltu koma með mér í hádeginu?", "Já,", "við erum akkúrat að fara í mat."]
_RIGHT = [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4, 5))]


def _subtitle_beads(options: AlignOptions) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    al = align_sentences(_SUBTITLES_EN, _SUBTITLES_IS, src_lang="en", tgt_lang="is",
                         options=options)
    return [(b.src, b.tgt) for b in al.beads]


@pytest.mark.skipif(use_model_dir() is None,
                    reason="the optional extra aligner[neural] is not installed")
def test_a_line_cut_at_a_comma_stays_with_the_rest_of_its_sentence() -> None:
    """With the encoder the cost is ``enc_end_mismatch``: without it the first
    comma-ended line goes to the sentence before it; ``end_mismatch`` does not count."""
    assert _subtitle_beads(AlignOptions(encoder="use")) == _RIGHT
    assert _subtitle_beads(AlignOptions(encoder="use", enc_end_mismatch=0.0))[0] \
        == ((0,), (0, 1))
    assert _subtitle_beads(AlignOptions(encoder="use", end_mismatch=0.0)) == _RIGHT


def test_without_the_encoder_the_cost_is_end_mismatch() -> None:
    """Without the encoder the default (1.5) keeps ``Já,`` with its sentence; at 1.0
    (the value with the encoder) it goes to the question before it."""
    assert _subtitle_beads(AlignOptions(encoder="none")) == _RIGHT
    assert _subtitle_beads(AlignOptions(encoder="none", end_mismatch=1.0))[2] \
        == ((2,), (3, 4))
    assert _subtitle_beads(AlignOptions(encoder="none", enc_end_mismatch=0.0)) == _RIGHT


@pytest.mark.parametrize("encoder", ["none", "auto"])
@pytest.mark.parametrize("call", ["¹", "[1]"])
def test_a_sentence_ended_before_its_call_keeps_its_own_bead(encoder: str, call: str) -> None:
    """Read as ending nowhere, the English line with a call before a lower-case one
    took the Icelandic ``Bíddu,`` (its neighbour's) to end mid-sentence as well."""
    english = ["I just don't agree." + call, "what is Rakel doing here?", *_SUBTITLES_EN[2:]]
    al = align_sentences(english, _SUBTITLES_IS, src_lang="en", tgt_lang="is",
                         options=AlignOptions(encoder=encoder))
    assert [(b.src, b.tgt) for b in al.beads] == _RIGHT


def test_a_bead_ending_a_paragraph_on_one_side_only_costs_par_mismatch() -> None:
    both_end = _cost_of_a_one_one_bead(slots.MARK_AFTER_END, slots.MARK_AFTER_END, 0.0, 2.0)
    both_par = _cost_of_a_one_one_bead(slots.MARK_PARAGRAPH, slots.MARK_PARAGRAPH, 0.0, 2.0)
    assert both_par == pytest.approx(both_end)
    for s_next, t_next in [(slots.MARK_PARAGRAPH, slots.MARK_AFTER_END),
                           (slots.MARK_AFTER_END, slots.MARK_PARAGRAPH),
                           (slots.MARK_NONE, slots.MARK_PARAGRAPH)]:
        assert _cost_of_a_one_one_bead(s_next, t_next, 0.0, 2.0) == pytest.approx(both_end + 2.0)
    # mid-sentence against a paragraph end: both terms
    assert _cost_of_a_one_one_bead(slots.MARK_AFTER_OPEN, slots.MARK_PARAGRAPH, 1.5, 2.0) \
        == pytest.approx(both_end + 3.5)
