"""Aligning two documents (:mod:`aligner.pipeline.steps`): the body with the body, the
notes with the notes, when both documents have notes (:mod:`aligner.align.regions`)."""

from __future__ import annotations

from pathlib import Path

from aligner.model import Part
from aligner.pipeline import AlignedPair, align_data, align_files

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NOTES = {Part.FOOTNOTE, Part.ENDNOTE}


def _mixed(aligned: AlignedPair) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The beads that join body and note sentences."""
    assert aligned.src_doc is not None and aligned.tgt_doc is not None
    src, tgt = aligned.src_doc.parts, aligned.tgt_doc.parts
    return [(b.src, b.tgt) for b in aligned.alignment.beads
            if len({src[i] in NOTES for i in b.src} | {tgt[j] in NOTES for j in b.tgt}) > 1]


def _pairs(aligned: AlignedPair) -> set[tuple[str, str]]:
    al = aligned.alignment
    return {(" ".join(al.src_sentences[i] for i in b.src),
             " ".join(al.tgt_sentences[j] for j in b.tgt)) for b in al.beads if not b.is_null}


def test_a_left_out_bibliography_is_not_aligned_with_the_footnotes() -> None:
    """tests/fixtures/bibnotes-es.docx ends its body with a bibliography that the English
    leaves out; its footnotes cite the same books.  Aligned as one list, the entry
    ``Ortega, Luis.`` was paired with the note ``Cf. Ortega, Luis.``."""
    aligned = align_files(FIXTURES / "bibnotes-es.docx", FIXTURES / "bibnotes-en.docx",
                          src_lang="es", tgt_lang="en", omissions="normal")
    al = aligned.alignment
    assert (al.src_regions, al.tgt_regions) == ((12,), (9,))  # 12 body sentences (an
    # entry of the bibliography is one), 9
    assert _mixed(aligned) == []
    pairs = _pairs(aligned)
    assert ("Cf. Ortega, Luis.", "Cf. Ortega, Luis.") in pairs
    assert ("Véase el cap. II para la lista de los fareros.",
            "See Chapter II for the list of keepers.") in pairs
    assert ("Núñez, Rosa.", "Núñez, Rosa.") in pairs
    # the entry: nothing to pair with
    assert not any(s.startswith("Ortega, Luis. 1985.") for s, _ in pairs)
    assert [i for b in al.beads for i in b.src] == list(range(len(al.src_sentences)))
    assert [j for b in al.beads for j in b.tgt] == list(range(len(al.tgt_sentences)))


def test_align_data_aligns_the_regions_as_align_files_does() -> None:
    """Collections (``aligner batch``) align documents' bytes: the same beads."""
    src, tgt = FIXTURES / "bibnotes-es.docx", FIXTURES / "bibnotes-en.docx"
    by_files = align_files(src, tgt, src_lang="es", tgt_lang="en").alignment
    by_data = align_data(src.read_bytes(), tgt.read_bytes(), src_path=str(src),
                         tgt_path=str(tgt), src_lang="es", tgt_lang="en").alignment
    assert (by_data.src_regions, by_data.tgt_regions) == ((12,), (9,))
    assert by_data.beads == by_files.beads


# src/bibnotes-en.md as a plain text: its notes are paragraphs after the body
PLAIN_EN = """The Punta Brava Lighthouse

Work on the lighthouse began in 1868. The building took almost four years. The first \
keeper came from Liverpool in 1872. The lamp was first lit on 18 September of that year.

The fishermen of the cove at first distrusted the new light. Some said that it drew the \
sea lions. Others feared that the State would tax them for it. Over the years, however, \
the lighthouse became part of the life of the port.

Cf. Ortega, Luis. Faros del Pacífico, Valparaíso, Armada, 1985, pp. 40–52.

See Chapter II for the list of keepers.

Núñez, Rosa. La caleta y el Estado, Santiago, Universitaria, 1999, p. 113.
"""


def test_notes_on_one_side_only_leave_the_pair_whole(tmp_path: Path) -> None:
    """A text whose notes are paragraphs of its body (a PDF whose footnotes were not
    recognised, a plain text) is aligned whole, its notes with the other's notes."""
    text = tmp_path / "bibnotes.en.txt"
    text.write_text(PLAIN_EN, encoding="utf-8")
    aligned = align_files(FIXTURES / "bibnotes-es.docx", text, src_lang="es", tgt_lang="en")
    assert (aligned.alignment.src_regions, aligned.alignment.tgt_regions) == ((), ())
    assert ("Véase el cap. II para la lista de los fareros.",
            "See Chapter II for the list of keepers.") in _pairs(aligned)


def test_presplit_input_has_no_regions(tmp_path: Path) -> None:
    src, tgt = tmp_path / "a.es.txt", tmp_path / "a.en.txt"
    src.write_text("Hola.\nAdiós.\n", encoding="utf-8")
    tgt.write_text("Hello.\nGoodbye.\n", encoding="utf-8")
    al = align_files(src, tgt, src_lang="es", tgt_lang="en", presplit=True).alignment
    assert (al.src_regions, al.tgt_regions) == ((), ())
