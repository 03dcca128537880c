"""The body and the notes aligned apart (:mod:`aligner.align.regions`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.align import AlignOptions, align_documents
from aligner.align.aligner import align_sentences
from aligner.align.regions import check_regions, note_regions, region_spans
from aligner.model import Alignment, Part
from aligner.pipeline import segment_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

B, H, F, E, N = Part.BODY, Part.HEADING, Part.FOOTNOTE, Part.ENDNOTE, Part.NOTES


@pytest.mark.parametrize(("src", "tgt", "expected"), [
    # both end with footnotes: the notes are a region of their own on each side
    ([H, B, B, F, F], [H, B, F], ((3,), (2,))),
    # only one side has notes (the other may hold them as body text): aligned whole
    ([H, B, B, F, F], [H, B, B, B, B], ((), ())),
    ([B, B], [B, F], ((), ())),
    # footnotes and endnotes are one region, unless both sides have both
    ([B, F, E], [B, F], ((1,), (1,))),
    ([B, F, E], [B, E, E], ((1,), (1,))),
    ([B, B, F, E, E], [B, F, F, E], ((2, 3), (1, 3))),
    # a note amid the body stays where it is: the run of notes that ends the text counts
    ([B, F, B, F], [B, B, F], ((3,), (2,))),
    # endnotes among the footnotes: one region of notes
    ([B, F, E, F, E], [B, F, E], ((1,), (1,))),
    # a side of notes alone has no body to keep apart
    ([F, F], [B, F], ((), ())),
    # a slide's speaker notes come after each slide: no notes region
    ([B, N, B, N], [B, N, B, N], ((), ())),
    ([], [B, F], ((), ())),
])
def test_note_regions(src: list[Part], tgt: list[Part],
                      expected: tuple[tuple[int, ...], tuple[int, ...]]) -> None:
    assert note_regions(src, tgt) == expected


def test_region_spans() -> None:
    assert region_spans((), 4) == [(0, 4)]
    assert region_spans((2, 3), 5) == [(0, 2), (2, 3), (3, 5)]


@pytest.mark.parametrize(("src", "tgt", "n", "m", "wrong"), [
    ((2,), (), 4, 4, "1 region starts on the source side but 0 on the target side"),
    ((0,), (1,), 4, 4, "source side's region starts must ascend"),
    ((2,), (4,), 4, 4, "target side's region starts must ascend"),
    ((2, 2), (1, 2), 4, 4, "source side's region starts must ascend"),
])
def test_check_regions_names_what_is_wrong(src: tuple[int, ...], tgt: tuple[int, ...], n: int,
                                           m: int, wrong: str) -> None:
    assert wrong in (check_regions(src, tgt, n, m) or ("", ""))[1]
    assert check_regions((), (), n, m) is None
    with pytest.raises(ValueError, match="region starts"):
        align_sentences(["a."] * n, ["b."] * m, src_lang="es", tgt_lang="en",
                        src_regions=src, tgt_regions=tgt)


# A body whose source ends with a bibliography the target leaves out, and footnotes
# that cite the same books (written by hand: the case of docs/alignment.md).
BODY_ES = ["La construcción del faro comenzó en 1868.", "Las obras duraron casi cuatro años.",
           "El primer farero llegó de Liverpool en 1872.", "Bibliografía",
           "Ortega, Luis.", "1985. Faros del Pacífico."]
BODY_EN = ["Work on the lighthouse began in 1868.", "The building took almost four years.",
           "The first keeper came from Liverpool in 1872."]
NOTES_ES = ["Cf. Ortega, Luis.", "Faros del Pacífico, Valparaíso, Armada, 1985, p. 40.",
            "Véase el cap. II para la lista de los fareros."]
NOTES_EN = ["Cf. Ortega, Luis.", "Faros del Pacífico, Valparaíso, Armada, 1985, p. 40.",
            "See Chapter II for the list of keepers."]


def crossing(al: Alignment) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The beads that join sentences of different regions."""
    def region(i: int, starts: tuple[int, ...]) -> int:
        return sum(i >= s for s in starts)

    return [(b.src, b.tgt) for b in al.beads
            if len({region(i, al.src_regions) for i in b.src}
                   | {region(j, al.tgt_regions) for j in b.tgt}) > 1]


def test_the_notes_are_aligned_with_the_notes_only() -> None:
    src, tgt = BODY_ES + NOTES_ES, BODY_EN + NOTES_EN
    whole = align_sentences(src, tgt, src_lang="es", tgt_lang="en")
    assert ((4,), (3,)) in [(b.src, b.tgt) for b in whole.beads]  # the entry, the note
    apart = align_sentences(src, tgt, src_lang="es", tgt_lang="en",
                            src_regions=(6,), tgt_regions=(3,))
    pairs = [(b.src, b.tgt) for b in apart.beads]
    assert ((6,), (3,)) in pairs and ((7,), (4,)) in pairs and ((8,), (5,)) in pairs
    assert not crossing(apart)
    assert (apart.src_regions, apart.tgt_regions) == ((6,), (3,))


def test_one_region_is_the_whole_pair() -> None:
    src, tgt = BODY_ES + NOTES_ES, BODY_EN + NOTES_EN
    assert align_sentences(src, tgt, src_lang="es", tgt_lang="en").beads == align_sentences(
        src, tgt, src_lang="es", tgt_lang="en", src_regions=(), tgt_regions=()).beads


def test_regions_of_a_long_pair_cut_into_segments() -> None:
    """A pair long enough to be cut into segments is cut in each region."""
    src, tgt = BODY_ES * 4 + NOTES_ES * 2, BODY_EN * 4 + NOTES_EN * 2
    opts = AlignOptions(encoder="none", segment=4)
    al = align_sentences(src, tgt, src_lang="es", tgt_lang="en", options=opts,
                         src_regions=(24,), tgt_regions=(12,))
    assert not crossing(al)
    assert [i for b in al.beads for i in b.src] == list(range(len(src)))
    assert [j for b in al.beads for j in b.tgt] == list(range(len(tgt)))


WORDS = ["río", "1990", "Santiago", "casa", "mar", "Allende", "42", "norte"]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(
    lambda ws: " ".join(ws) + ".")


@st.composite
def regioned_pair(draw: st.DrawFn) -> tuple[list[str], list[str], tuple[int, ...],
                                            tuple[int, ...]]:
    src = draw(st.lists(sentence, min_size=2, max_size=12))
    tgt = draw(st.lists(sentence, min_size=2, max_size=12))
    k = draw(st.integers(0, min(2, len(src) - 1, len(tgt) - 1)))
    cuts = [tuple(sorted(draw(st.sets(st.integers(1, len(side) - 1), min_size=k, max_size=k))))
            for side in (src, tgt)]
    return src, tgt, cuts[0], cuts[1]


@settings(max_examples=40)
@given(regioned_pair())
def test_regions_keep_the_alignment_monotone_and_covering(
        pair: tuple[list[str], list[str], tuple[int, ...], tuple[int, ...]]) -> None:
    src, tgt, src_regions, tgt_regions = pair
    al = align_sentences(src, tgt, src_lang="es", tgt_lang="en",
                         options=AlignOptions(encoder="none"),
                         src_regions=src_regions, tgt_regions=tgt_regions)
    assert [i for b in al.beads for i in b.src] == list(range(len(src)))
    assert [j for b in al.beads for j in b.tgt] == list(range(len(tgt)))
    assert all(b.src or b.tgt for b in al.beads)
    assert not crossing(al)


def test_progress_names_each_region_and_only_grows() -> None:
    seen: list[tuple[str, float]] = []
    align_sentences(BODY_ES + NOTES_ES, BODY_EN + NOTES_EN, src_lang="es", tgt_lang="en",
                    src_regions=(6,), tgt_regions=(3,),
                    progress=lambda stage, frac: seen.append((stage, frac)))
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert {stage.split(":")[0] for stage, _ in seen} == {"body", "notes"}
    assert ("body: done", 9 / 15) in seen  # 9 of the 15 sentences are the body's


def test_align_documents_aligns_the_notes_apart() -> None:
    al = align_documents(segment_file(FIXTURES / "bibnotes-es.docx", "es"),
                         segment_file(FIXTURES / "bibnotes-en.docx", "en"))
    assert (al.src_regions, al.tgt_regions) == ((12,), (9,))
    assert not crossing(al)
