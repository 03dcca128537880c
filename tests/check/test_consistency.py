"""segment-inconsistent: identical sources with different targets and the reverse."""

from __future__ import annotations

import unicodedata

from check_helpers import findings


def test_same_source_different_targets() -> None:
    pairs = [("Fue un golpe.", "It was a coup."), ("Otra cosa.", "Something else."),
             ("Fue  un golpe.", "It was a putsch.")]
    got = findings(pairs, code="segment-inconsistent")
    assert [f.unit for f in got] == [0, 2]
    assert got[0].group == got[1].group is not None


def test_same_target_different_sources() -> None:
    pairs = [("Fue un golpe.", "It was a coup."), ("Era un golpe.", "It was a coup.")]
    assert [f.unit for f in findings(pairs, code="segment-inconsistent")] == [0, 1]


def test_repeated_identical_pairs_are_consistent() -> None:
    pairs = [("Fue un golpe.", "It was a coup."), ("Fue un golpe.", "It was a coup.")]
    assert findings(pairs, code="segment-inconsistent") == []


def test_units_with_an_empty_side_are_left_out() -> None:
    pairs = [("", "Facebook Twitter Share"), ("Compartir", "Facebook Twitter Share"),
             ("Hola.", ""), ("Hola.", "Hello.")]
    assert findings(pairs, code="segment-inconsistent") == []


def test_two_groups_get_two_ids() -> None:
    pairs = [("A uno.", "One."), ("A uno.", "Uno."), ("B dos.", "Two."), ("B dos.", "Dos.")]
    got = findings(pairs, code="segment-inconsistent")
    assert len({f.group for f in got}) == 2


def test_characters_no_one_sees_make_no_other_segment() -> None:
    """A soft hyphen or zero-width space left in a word by a word processor is the same
    text to a reader; a zero-width non-joiner is spelling (Persian), not left out."""
    pairs = [("Firme el contrato.", "Sign the contract."),
             ("Firme el con\u00adtrato.", "Sign the con\u200btract."),
             ("Firme el contrato.", "Sign the\ufeff contract.")]
    assert findings(pairs, code="segment-inconsistent") == []
    persian = [("می\u200cخواهم", "I want"), ("میخواهم", "I want")]
    assert [f.unit for f in findings(persian, code="segment-inconsistent")] == [0, 1]


def test_a_typographic_apostrophe_is_the_typewriter_one() -> None:
    pairs = [("Le rapport de l'ONG.", "Báo cáo của tổ chức."),
             ("Le rapport de l\u2019ONG.", "Báo cáo của NGO.")]
    assert [f.unit for f in findings(pairs, code="segment-inconsistent")] == [0, 1]
    same = [("Le rapport de l'ONG.", "Báo cáo của tổ chức."),
            ("Le rapport de l\u2019ONG.", "Báo cáo của tổ chức.")]
    assert findings(same, code="segment-inconsistent") == []


def test_composed_and_decomposed_letters_are_one_segment() -> None:
    """Vietnamese typed on one machine arrives precomposed (NFC), pasted from another
    decomposed (NFD): the same words to a reader; a different tone mark is not."""
    phong = "Căn phòng rộng."
    pairs = [("The room is large.", unicodedata.normalize("NFC", phong)),
             ("The room is large.", unicodedata.normalize("NFD", phong))]
    assert findings(pairs, code="segment-inconsistent") == []
    other = [("The room is large.", phong), ("The room is large.", "Căn phong rộng.")]
    assert [f.unit for f in findings(other, code="segment-inconsistent")] == [0, 1]


def test_straight_and_curly_double_quotes_are_one() -> None:
    pairs = [("Firma «el arrendador».", 'Signed "the Landlord".'),
             ("Firma «el arrendador».", "Signed \u201cthe Landlord\u201d."),
             ("Firma «el arrendador».", "Signed \u201ethe Landlord\u201c.")]
    assert findings(pairs, code="segment-inconsistent") == []


def test_where_most_agree_only_the_units_that_differ_are_reported() -> None:
    """An artist's line repeated on eight labels, one with a wrong year: that one is
    reported, naming the units that agree and their text (the seven right ones were
    reported too, and drowned it)."""
    line = ("Francisco de Arellano (Sevilla, 1617 - Cádiz, 1682)",
            "Francisco de Arellano (Seville, 1617 – Cádiz, 1682)")
    wrong = (line[0], line[1].replace("1682", "1628"))
    pairs = [line, line, ("Otra cosa.", "Something else."), wrong, line]
    (got,) = findings(pairs, code="segment-inconsistent")
    assert got.unit == 3
    assert got.message == ("the same source has 2 different translations: 3 of its 4 units "
                           "(units 0, 1, 4) have 'Francisco de Arellano (Seville, 1617 – "
                           "Cádiz, 1682)'")
    # the reverse: one source of a target most units give another source
    reverse = [(a, b) for b, a in pairs]
    assert [f.unit for f in findings(reverse, code="segment-inconsistent")] == [3]


def test_half_and_half_is_no_majority_every_unit_is_reported() -> None:
    pairs = [("Fue un golpe.", "It was a coup."), ("Fue un golpe.", "It was a coup."),
             ("Fue un golpe.", "It was a putsch."), ("Fue un golpe.", "It was a putsch.")]
    got = findings(pairs, code="segment-inconsistent")
    assert [f.unit for f in got] == [0, 1, 2, 3]
    assert got[0].message == "the same source has 2 different translations (units 0, 1, 2, 3)"
    three = [*pairs[:3], ("Fue un golpe.", "It was a blow.")]  # 2 of 4: not most
    assert [f.unit for f in findings(three, code="segment-inconsistent")] == [0, 1, 2, 3]


# Written for this test (s40 Arabic walk, P7): marks a writer puts in or leaves out at will.
def test_arabic_harakat_tanween_and_tatweel_make_no_other_segment() -> None:
    pairs = [("The health facility reopened.", "أعيد فتح المرفق الصحي."),
             ("The health facility reopened.", "أُعيد فتح المرفق الصّحّي."),
             ("A field office.", "مكتبا ميدانيا."),
             ("A field office.", "مكتباً ميدانياً."),
             ("Cash assistance.", "المساعدات النقدية."),
             ("Cash assistance.", "الـمساعدات النقـدية.")]
    assert findings(pairs, code="segment-inconsistent") == []
    # the same target for two sources, once with its marks
    same = [("The facility reopened.", "أعيد فتح المرفق."),
            ("The facility opened again.", "أُعِيدَ فتحُ المرفقِ.")]
    assert [f.unit for f in findings(same, code="segment-inconsistent")] == [0, 1]


def test_arabic_letters_and_hamza_still_make_another_segment() -> None:
    # a hamza is spelling, not a vowel mark; another word is another segment
    for other in ("اعيد فتح المرفق الصحي.", "أعيد فتح المستشفى.", "أعيد فتح المرفق الصحية."):
        pairs = [("The health facility reopened.", "أُعيد فتح المرفق الصّحّي."),
                 ("The health facility reopened.", other)]
        assert [f.unit for f in findings(pairs, code="segment-inconsistent")] == [0, 1], other


def test_hebrew_points_make_no_other_segment() -> None:
    pairs = [("Peace.", "שָׁלוֹם."), ("Peace.", "שלום.")]
    assert findings(pairs, code="segment-inconsistent") == []
    # the maqaf is a hyphen, not a point: kept
    hyphen = [("Every day.", "כל־יום."), ("Every day.", "כל יום.")]
    assert [f.unit for f in findings(hyphen, code="segment-inconsistent")] == [0, 1]
