"""Realigning around fixed beads: fixed beads kept, everything covered once, in order."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.align.aligner import align_sentences
from aligner.align.realign import realign
from aligner.errors import ConfigError
from aligner.model import Alignment, Bead, Formatting, InlineCode, Style, TagKind

# A small hand-written pair, aligned by hand: 1-1 beads, then source sentences
# 5-6 translated as one target sentence (a 2-1).
SRC = [
    "El gobierno anunció el plan el lunes 3 de marzo.",
    "Los obreros ocuparon 40 fábricas en Santiago.",
    "Nadie esperaba una respuesta tan rápida.",
    "El ejército, por ahora, se mantuvo en los cuarteles.",
    "La prensa habló de una crisis sin salida.",
    "Allende habló por radio.",
    "Eran las 9 de la noche.",
]
TGT = [
    "The government announced the plan on Monday 3 March.",
    "Workers occupied 40 factories in Santiago.",
    "Nobody expected such a quick response.",
    "The army, for now, stayed in its barracks.",
    "The press spoke of a crisis with no way out.",
    "Allende spoke on the radio at 9 p.m.",
]
GOLD = [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,)), ((4,), (4,)), ((5, 6), (5,))]


def _align() -> Alignment:
    return align_sentences(SRC, TGT, src_lang="es", tgt_lang="en")


@st.composite
def _random_alignments(draw: st.DrawFn) -> Alignment:
    """An alignment of up to 9 random sentences on each side (either side may be empty)."""
    words = st.text(alphabet="abcdefgh 0123", min_size=1, max_size=30)
    src = draw(st.lists(words, max_size=9), label="src")
    tgt = draw(st.lists(words, max_size=9), label="tgt")
    return align_sentences(src, tgt, src_lang="es", tgt_lang="en")


def _bead_numbers(al: Alignment) -> st.SearchStrategy[set[int]]:
    """Any set of bead numbers of ``al`` (the empty set when it has no bead)."""
    if not al.beads:
        return st.just(set())
    return st.sets(st.sampled_from(range(len(al.beads))))


def _covers_once_in_order(al: Alignment) -> None:
    src = [i for b in al.beads for i in b.src]
    tgt = [j for b in al.beads for j in b.tgt]
    assert src == list(range(len(al.src_sentences)))
    assert tgt == list(range(len(al.tgt_sentences)))


def test_nothing_fixed_is_a_fresh_alignment() -> None:
    al = _align()
    again = realign(al, set())
    assert [(b.src, b.tgt) for b in again.beads] == [(b.src, b.tgt) for b in al.beads]


def test_everything_fixed_is_the_alignment_itself() -> None:
    al = _align()
    assert realign(al, set(range(len(al.beads)))).beads == al.beads


def test_a_fixed_bead_is_kept_and_the_beads_after_it_follow() -> None:
    # A wrong alignment, as a bad first pass or a careless edit could leave:
    # everything after the first bead shifted by one.  The reviewer fixes the
    # second bead; the rest, realigned, comes back as the hand alignment.
    wrong = Alignment(
        tuple(SRC), tuple(TGT),
        (Bead((0,), (0,)), Bead((1, 2), (1,)), Bead((3,), (2,)), Bead((4,), (3,)),
         Bead((5,), (4,)), Bead((6,), (5,))),
        "es", "en")
    fixed_edit = Bead((1,), (1,), 1.0)
    edited = Alignment(
        wrong.src_sentences, wrong.tgt_sentences,
        (wrong.beads[0], fixed_edit, Bead((2, 3), (2,)), Bead((4,), (3,)), Bead((5,), (4,)),
         Bead((6,), (5,))),
        "es", "en")
    out = realign(edited, {1})
    _covers_once_in_order(out)
    assert fixed_edit in out.beads
    assert [(b.src, b.tgt) for b in out.beads] == GOLD


def test_fixed_beads_of_shapes_the_kernel_never_makes_are_kept() -> None:
    big = Bead((0, 1, 2), (0, 1, 2), 1.0)  # a 3-3 the reviewer made
    detached = (Bead((3,), (), 1.0), Bead((), (3,), 1.0))  # and a pair pulled apart
    free = Bead((4, 5, 6), (4, 5))
    edited = Alignment(tuple(SRC), tuple(TGT), (big, *detached, free), "es", "en")
    out = realign(edited, {0, 1, 2})
    _covers_once_in_order(out)
    assert out.beads[:3] == (big, *detached)
    assert [(b.src, b.tgt) for b in out.beads[3:]] == [((4,), (4,)), ((5, 6), (5,))]


def test_a_fixed_bead_number_out_of_range_is_refused() -> None:
    al = _align()
    with pytest.raises(ConfigError, match="fixed bead 99 does not exist"):
        realign(al, {99})


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_choice_of_fixed_beads_keeps_them_and_covers_everything(data: st.DataObject) -> None:
    al = data.draw(_random_alignments(), label="alignment")
    fixed = data.draw(_bead_numbers(al), label="fixed")
    out = realign(al, fixed)
    _covers_once_in_order(out)
    kept = [b for k, b in enumerate(al.beads) if k in fixed]
    assert [b for b in out.beads if b in kept] == kept


def test_the_formatting_and_a_memorys_codes_stay_with_their_sentences() -> None:
    bold = (Formatting(0, 2, Style.BOLD),)
    code = (InlineCode(3, TagKind.STANDALONE, "x=1", "<br/>"),)
    al = replace(_align(), src_formatting=(bold,) + ((),) * 6,
                 tgt_codes=((),) * 5 + (code,))
    again = realign(al, {0})
    assert again.src_formatting == al.src_formatting and again.tgt_codes == al.tgt_codes


def test_the_body_and_the_notes_are_realigned_apart() -> None:
    """An alignment whose body and notes were aligned apart (:mod:`aligner.align.regions`)
    is realigned so: with nothing fixed it is that alignment again, and a run that spans
    both regions is realigned a region at a time."""
    from tests.align.test_regions import BODY_EN, BODY_ES, NOTES_EN, NOTES_ES, crossing

    src, tgt = BODY_ES + NOTES_ES, BODY_EN + NOTES_EN
    al = align_sentences(src, tgt, src_lang="es", tgt_lang="en", src_regions=(6,),
                         tgt_regions=(3,))
    again = realign(al, ())
    assert again.beads == al.beads
    assert (again.src_regions, again.tgt_regions) == ((6,), (3,))
    assert not crossing(realign(al, {0}))



def test_a_boundary_kept_apart_is_not_crossed() -> None:
    """A person split the 2-1 at the end (the beads left free): realigning joins the
    parts again, unless the boundary between them is kept (``apart``)."""
    split = Alignment(tuple(SRC), tuple(TGT),
                      (*(Bead((i,), (i,)) for i in range(5)), Bead((5,), (5,)), Bead((6,), ())),
                      "es", "en")
    assert [(b.src, b.tgt) for b in realign(split, set()).beads] == GOLD
    kept = realign(split, set(), apart={6})
    _covers_once_in_order(kept)
    assert [(b.src, b.tgt) for b in kept.beads] == [*GOLD[:5], ((5,), (5,)), ((6,), ())]
    with pytest.raises(ConfigError, match="kept-apart bead 7 does not exist"):
        realign(split, set(), apart={7})


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_any_boundaries_kept_apart_stay_boundaries(data: st.DataObject) -> None:
    al = data.draw(_random_alignments(), label="alignment")
    fixed = data.draw(_bead_numbers(al), label="fixed")
    apart = data.draw(_bead_numbers(al), label="apart")
    out = realign(al, fixed, apart=apart)
    _covers_once_in_order(out)

    def points(a: Alignment) -> set[tuple[int, int]]:
        src_n = tgt_n = 0
        seen = set()
        for bead in a.beads:
            seen.add((src_n, tgt_n))
            src_n, tgt_n = src_n + len(bead.src), tgt_n + len(bead.tgt)
        return seen

    before = [(sum(len(b.src) for b in al.beads[:k]), sum(len(b.tgt) for b in al.beads[:k]))
              for k in apart]
    assert set(before) <= points(out)
