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
