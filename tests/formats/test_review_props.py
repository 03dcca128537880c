"""Review marks read from a memory's units (``x-reviewed`` and the ``changedate`` of the
review), as ``aligner import`` keeps them.  The files and the reviews expected are
written by hand."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from aligner.formats import load_units
from aligner.formats.review_props import read_reviews
from aligner.formats.tmx import load_tmx
from aligner.model import Review, ReviewState

# es -> en units of our own text: confirmed with its own changedate; edited with none but
# the header's; not marked; a mark of no known state; a mark whose date is no TMX date.
TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="es" datatype="plaintext" segtype="sentence" adminlang="en"
          o-tmf="hand" creationtool="hand" creationtoolversion="1"
          changedate="20250301T080000Z"/>
  <body>
    <tu tuid="1" changedate="20261120T101500Z">
      <prop type="x-reviewed">confirmed</prop>
      <tuv xml:lang="es"><seg>La balsa cruzó el río.</seg></tuv>
      <tuv xml:lang="en"><seg>The raft crossed the river.</seg></tuv></tu>
    <tu tuid="2">
      <prop type="x-reviewed">edited</prop>
      <tuv xml:lang="es"><seg>El barquero cobró dos monedas.</seg></tuv>
      <tuv xml:lang="en"><seg>The ferryman charged two coins.</seg></tuv></tu>
    <tu tuid="3" changedate="20261120T101500Z">
      <tuv xml:lang="es"><seg>Llovía.</seg></tuv>
      <tuv xml:lang="en"><seg>It was raining.</seg></tuv></tu>
    <tu changedate="20261120T101500Z">
      <prop type="x-reviewed">approved</prop>
      <tuv xml:lang="es"><seg>Nadie habló.</seg></tuv>
      <tuv xml:lang="en"><seg>Nobody spoke.</seg></tuv></tu>
    <tu tuid="5" changedate="yesterday">
      <prop type="x-reviewed"> confirmed </prop>
      <tuv xml:lang="es"><seg>Fin.</seg></tuv>
      <tuv xml:lang="en"><seg>The end.</seg></tuv></tu>
  </body>
</tmx>
"""

NOW = datetime(2026, 12, 7, 11, 0, 0, tzinfo=UTC)


def test_marks_come_with_the_date_of_their_unit_and_an_unknown_one_is_named(
        tmp_path: Path) -> None:
    path = tmp_path / "m.tmx"
    path.write_text(TMX, encoding="utf-8")
    reviews, warnings = read_reviews(load_tmx(path), now=NOW)
    assert reviews == (
        Review(ReviewState.CONFIRMED, datetime(2026, 11, 20, 10, 15, tzinfo=UTC)),
        # no changedate of its own: the header's is every tu's (TMX 1.4b)
        Review(ReviewState.EDITED, datetime(2025, 3, 1, 8, 0, tzinfo=UTC)),
        None,
        None,
        # a date that is no TMX date: the import's
        Review(ReviewState.CONFIRMED, NOW))
    assert warnings == [
        "1 unit with an x-reviewed that is neither confirmed nor edited, read as not "
        "reviewed: line 18 (tu 4) 'approved'",
        "1 unit marked x-reviewed without a changedate: its review dated by this import "
        "(20261207T110000Z)"]


def test_a_multilingual_unit_read_in_one_pair_has_its_translation_s_mark(
        tmp_path: Path) -> None:
    """export --multilingual writes a translation's mark and date on its ``tuv``; read in
    one pair, the unit is that translation's."""
    path = tmp_path / "ml.tmx"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="es" datatype="plaintext" segtype="sentence" adminlang="en"
          o-tmf="aligner" creationtool="aligner" creationtoolversion="1"/>
  <body>
    <tu tuid="1">
      <tuv xml:lang="es"><seg>La balsa cruzó el río.</seg></tuv>
      <tuv xml:lang="fr" changedate="20261121T090000Z">
        <prop type="x-reviewed">edited</prop><seg>Le radeau a traversé le fleuve.</seg></tuv>
      <tuv xml:lang="en"><seg>The raft crossed the river.</seg></tuv></tu>
  </body>
</tmx>
""", encoding="utf-8")
    fr, _ = read_reviews(load_tmx(path, src_lang="es", tgt_lang="fr"), now=NOW)
    en, warnings = read_reviews(load_tmx(path, src_lang="es", tgt_lang="en"), now=NOW)
    assert fr == (Review(ReviewState.EDITED, datetime(2026, 11, 21, 9, tzinfo=UTC)),)
    assert (en, warnings) == ((None,), [])


def test_units_without_marks_have_no_review_and_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "m.tsv"
    path.write_text("Llovía.\tIt was raining.\t0.9\n", encoding="utf-8")
    assert read_reviews(load_units(path, src_lang="es", tgt_lang="en"), now=NOW) == ((None,), [])


def test_a_saved_alignment_s_bead_gets_its_record_s_mark_and_keeps_its_own() -> None:
    from aligner.formats.review_props import record_reviews
    from aligner.model import Alignment, Bead
    from aligner.unitrecord import Annotations, UnitRecord

    own = Review(ReviewState.CONFIRMED, datetime(2026, 12, 1, 9, tzinfo=UTC))
    marked = UnitRecord(Annotations((("tuid", "1"), ("changedate", "20261120T101500Z")),
                                    (("x-reviewed", "edited"),)))
    beads = (Bead((0,), (0,), 0.9, unit=marked),
             Bead((1,), (1,), 0.9, review=own, unit=marked),  # its own review wins
             Bead((2,), (2,), 0.9, unit=UnitRecord(Annotations(props=(("x-reviewed", "?"),)))),
             Bead((3,), (3,), 0.9))
    al = Alignment(("a.", "b.", "c.", "d."), ("A.", "B.", "C.", "D."), beads, "es", "en")
    read, warnings = record_reviews(al, now=NOW)
    assert [b.review for b in read.beads] == [
        Review(ReviewState.EDITED, datetime(2026, 11, 20, 10, 15, tzinfo=UTC)), own, None, None]
    assert warnings == ["1 unit with an x-reviewed that is neither confirmed nor edited, read "
                        "as not reviewed: bead 3 '?'"]


@pytest.mark.parametrize(("raw", "read"), [
    ("20261120T101500Z", datetime(2026, 11, 20, 10, 15, tzinfo=UTC)),
    (" 20261120T101500Z ", datetime(2026, 11, 20, 10, 15, tzinfo=UTC)),
    ("20261340T101500Z", None),  # no 13th month
    ("20261120T101500", None),  # not said to be UTC
    ("2026-11-20T10:15:00Z", None),  # ISO 8601 extended: not TMX's
    ("٢٠٢٦١١٢٠T101500Z", None),  # digits of another script
    (None, None),
])
def test_a_changedate_is_read_as_tmx_writes_it(raw: str | None, read: datetime | None) -> None:
    from aligner.formats.review_props import _date

    assert _date(raw) == read
