"""A term's inner comma the text may leave out, and an English rendering in the other
English spelling (walk de finding 11)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.english_spelling import in_other_english_spelling
from aligner.check.terms import TermMatcher
from aligner.model import Glossary, GlossaryEntry, TermStatus

PATENT = Glossary("de", "en", (
    GlossaryEntry("dadurch gekennzeichnet, dass", "characterised in that", TermStatus.PREFERRED),
    GlossaryEntry("dadurch gekennzeichnet, dass", "characterized by", TermStatus.FORBIDDEN),
    GlossaryEntry("Gehäuse", "housing", TermStatus.PREFERRED),
))


def found(terms: list[str], text: str, lang: str = "de") -> list[str]:
    m = TermMatcher([(t, False) for t in terms], lang=lang)
    return [text[h.start:h.end] for h in m.find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Vorrichtung, dadurch gekennzeichnet, dass die Welle hohl ist.",
     ["dadurch gekennzeichnet, dass"]),
    ("Vorrichtung, dadurch gekennzeichnet dass die Welle hohl ist.",
     ["dadurch gekennzeichnet dass"]),
    ("Vorrichtung, dadurch gekennzeichnet ,dass die Welle hohl ist.",
     ["dadurch gekennzeichnet ,dass"]),
    # a full stop, a colon or a semicolon still ends the term
    ("Vorrichtung, dadurch gekennzeichnet. Dass die Welle hohl ist.", []),
    ("Vorrichtung, dadurch gekennzeichnet: dass die Welle hohl ist.", []),
    ("Vorrichtung, dadurch gekennzeichnet; dass die Welle hohl ist.", []),
])
def test_a_terms_comma_is_optional_in_the_text(text: str, expected: list[str]) -> None:
    assert found(["dadurch gekennzeichnet, dass"], text) == expected


def test_a_texts_comma_still_breaks_a_term_written_without_one() -> None:
    assert found(["data subject"], "personal data, subject to Article 6", lang="en") == []
    assert found(["data subject"], "the data subject's rights", lang="en") == ["data subject"]


def test_a_comma_between_digits_is_no_inner_comma() -> None:
    assert found(["Stufe 2,5"], "Stufe 2 5") == []
    assert found(["Stufe 2,5"], "Stufe 2,5") == ["Stufe 2,5"]


def test_a_forbidden_rendering_is_an_error_where_the_source_leaves_out_the_comma() -> None:
    got = findings([("Vorrichtung, dadurch gekennzeichnet dass die Welle hohl ist.",
                     "A device, characterized by a hollow shaft.")],
                   glossary=PATENT, src_lang="de", tgt_lang="en")
    assert [(f.code, f.found) for f in got] == [("term-forbidden", "characterized by")]


def test_the_target_may_leave_out_a_renderings_comma() -> None:
    g = Glossary("en", "de", (
        GlossaryEntry("characterised in that", "dadurch gekennzeichnet, dass",
                      TermStatus.PREFERRED),))
    got = findings([("A device characterised in that the shaft is hollow.",
                     "Vorrichtung, dadurch gekennzeichnet dass die Welle hohl ist.")],
                   glossary=g, src_lang="en", tgt_lang="de", code="term-missing")
    assert got == []


def test_term_missing_names_the_other_english_spelling() -> None:
    got = findings([("Vorrichtung nach Anspruch 1, dadurch gekennzeichnet, dass die Welle "
                     "hohl ist.", "The device of claim 1, characterized in that the shaft "
                     "is hollow.")], glossary=PATENT, src_lang="de", tgt_lang="en",
                   code="term-missing")
    assert len(got) == 1
    assert got[0].found == "characterized in that"
    assert got[0].message.endswith(
        "the target has 'characterized in that', which is the other English spelling of it")


@pytest.mark.parametrize(("rendering", "text", "spelt"), [
    ("characterised in that", "characterized in that the", "characterized in that"),
    ("analysed", "we analyzed it", "analyzed"),
    ("colours", "the colors", "colors"),
    ("centre of gravity", "the center of gravity", "center of gravity"),
    ("millimetres", "12 millimeters", "millimeters"),
    ("organization", "the organisation", "organisation"),
    ("behaviour", "its behavior", "behavior"),
])
def test_other_english_spelling(rendering: str, text: str, spelt: str) -> None:
    got = in_other_english_spelling([rendering], text)
    assert got is not None and got[1] == spelt


@pytest.mark.parametrize(("rendering", "text"), [
    ("characterised in that", "characterised in that"),  # as written
    ("four", "for"),  # -our only after two letters
    ("acre", "acer"),  # no -re/-er after c
    ("colour", "the col or"),
    ("centre of gravity", "the center, of gravity"),
])
def test_not_another_english_spelling(rendering: str, text: str) -> None:
    assert in_other_english_spelling([rendering], text) is None
