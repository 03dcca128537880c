"""dimension-order: a dimension whose numbers the target gives in another order
(check/dimensions.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.dimensions import dimensions, without_dimensions


# Written for this test, after the museum walk (s36: height and width swapped in a
# catalogue's table of works and in a label, both missed).
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    ("Mide 120 x 85 cm.", "It measures 85 x 120 cm.", "es", "en",
     "the source gives '120 x 85 cm', the target the same numbers in another order: "
     "'85 x 120 cm'"),
    ("120 x 85 cm", "85 x 120 cm", "es", "en",
     "the source gives '120 x 85 cm', the target the same numbers in another order: "
     "'85 x 120 cm'"),
    # a table's cell without its unit (the column's head gives it)
    ("120 x 85", "85 x 120", "es", "en",
     "the source gives '120 x 85', the target the same numbers in another order: "
     "'85 x 120'"),
    # the word forms, a unit after each number, three numbers, the sign ×
    ("Mide 120 por 85 cm.", "It measures 85 by 120 cm.", "es", "en",
     "the source gives '120 por 85 cm', the target the same numbers in another order: "
     "'85 by 120 cm'"),
    ("It is 120 cm x 85 cm.", "Es mide 85 cm x 120 cm.", "en", "es",
     "the source gives '120 cm x 85 cm', the target the same numbers in another order: "
     "'85 cm x 120 cm'"),
    ("Caja de 40 × 30 × 20 cm.", "A 30 × 40 × 20 cm box.", "es", "en",
     "the source gives '40 × 30 × 20 cm', the target the same numbers in another order: "
     "'30 × 40 × 20 cm'"),
    ("Une toile de 1,20 sur 0,85 m.", "Ein Bild von 0,85 x 1,20 m.", "fr", "de",
     "the source gives '1,20 sur 0,85 m', the target the same numbers in another order: "
     "'0,85 x 1,20 m'"),
    ("Oil on canvas, 47 1/4 x 33 1/2 in.", "Óleo sobre lienzo, 33 1/2 x 47 1/4 in.", "en",
     "es", "the source gives '47 1/4 x 33 1/2 in.', the target the same numbers in another "
     "order: '33 1/2 x 47 1/4 in.'"),
    # the same order, in another notation: nothing to report
    ("Mide 120 x 85 cm.", "It measures 120 × 85 cm.", "es", "en", None),
    ("Mide 120 por 85 cm.", "It measures 120 by 85 cm.", "es", "en", None),
    ("Mide 1,20 x 0,85 m.", "It measures 1.20 x 0.85 m.", "es", "en", None),
    # different numbers are number-mismatch's, not a swap
    ("Mide 120 x 85 cm.", "It measures 85 x 121 cm.", "es", "en", None),
    # both orders in the source (two works): the target giving both is right
    ("Miden 120 x 85 cm y 85 x 120 cm.", "They measure 85 x 120 cm and 120 x 85 cm.", "es",
     "en", None),
    # no unit and not a cell of its own: an offer, a score, no size
    ("Oferta 3 x 2 en todo.", "Offer 2 x 3 on everything.", "es", "en", None),
    ("Brasil 2 x 1 Argentina", "Argentina 1 x 2 Brasil", "pt", "es", None),
    # a word form needs its unit (120 by 85 alone is no size)
    ("Ganó 120 por 85.", "It won 85 by 120.", "es", "en", None),
    # s38 walk 3 item 1: a dimension glued to the words around it
    ("The panel measures 120 x 85 cm.", "パネルは85×120cmの大きさである。", "en", "ja",
     "the source gives '120 x 85 cm', the target the same numbers in another order: "
     "'85×120cm'"),
    ("The panel measures 120 x 85 cm.", "面板尺寸为85×120cm左右。", "en", "zh",
     "the source gives '120 x 85 cm', the target the same numbers in another order: "
     "'85×120cm'"),
    ("The panel measures 120 x 85 cm.", "パネルは120×85cmの大きさである。", "en", "ja", None),
])
def test_swapped_dimensions_are_found(source: str, target: str, src_lang: str,
                                      tgt_lang: str, message: str | None) -> None:
    got = findings([(source, target)], code="dimension-order", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


def test_a_swap_is_a_warning_with_spans_on_both_dimensions() -> None:
    source, target = "Mide 120 x 85 cm.", "It measures 85 x 120 cm."
    [f] = findings([(source, target)], code="dimension-order")
    assert f.severity.value == "warning"
    assert f.src_span is not None and f.tgt_span is not None
    assert source[slice(*f.src_span)] == "120 x 85 cm"
    assert target[slice(*f.tgt_span)] == "85 x 120 cm"


def test_a_dimension_with_other_numbers_stays_a_number_mismatch() -> None:
    got = findings([("Mide 120 x 85 cm.", "It measures 120 x 58 cm.")], code=None)
    assert [f.code for f in got] == ["number-mismatch"]


@pytest.mark.parametrize(("text", "lang", "measures"), [
    ("120x85 cm", "es", [(("120",), ("85",))]),
    ("1.200 x 850 mm", "es", [(("1200",), ("850",))]),
    ("1,200 x 850 mm", "en", [(("1200",), ("850",))]),
    ("10 ft x 12 ft", "en", [(("10",), ("12",))]),
    ("mide 120 POR 85 cm", "es", [(("120",), ("85",))]),
    # a word of another language is no dimension's
    ("120 by 85 cm", "es", []),
    # a number glued to a longer word has no unit (120 x 85 inches is not read)
    ("a 120 x 85 ink", "en", []),
])
def test_dimensions_read(text: str, lang: str,
                         measures: list[tuple[tuple[str, ...], ...]]) -> None:
    assert [d.measures for d in dimensions(text, lang)] == measures


@pytest.mark.parametrize(("text", "left"), [
    ("210 x 140 cm", " "),
    ("Óleo, 120x85 cm", "Óleo,  "),
    ("47 1/4 x 33 1/2 in.", " "),
    ("120 por 85 cm", "120 por 85 cm"),  # a language's word: not every language's
    ("Tome 2 comprimidos", "Tome 2 comprimidos"),
])
def test_without_dimensions(text: str, left: str) -> None:
    assert without_dimensions(text) == left
