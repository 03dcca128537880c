"""Names in a glossary: found in their own spelling only, and reported when written
without their accents (term-accents).

Ground truth written by hand: the s31 walk's history chapter (Josephus Daniels,
Cárdenas) and words English writes with a capital that do inflect.
"""

from __future__ import annotations

import pytest
from tests.check.check_helpers import findings

from aligner.check.names import capitalised, is_name_row
from aligner.model import Glossary, GlossaryEntry, Severity, TermStatus


@pytest.mark.parametrize(("term", "lang", "expected"), [
    ("Josephus Daniels", "en", True),
    ("Cárdenas", "es", True),
    ("Junta de Gobierno", "es", True),  # a function word between capitals: a particle
    ("Oil company", "en", False),  # a capital at the start only
    ("de Gaulle", "fr", False),
    ("Junta de", "es", False),
    ("Fristlose Kündigung", "de", False),  # German capitalises its nouns
])
def test_a_term_is_capitalised_when_every_word_is(term: str, lang: str,
                                                   expected: bool) -> None:
    assert capitalised(term, lang) is expected


@pytest.mark.parametrize(("source", "target", "expected"), [
    ("Daniels", "Daniels", True),
    ("Cardenas", "Cárdenas", True),  # the same name, its accent aside
    ("Mexican", "mexicano", False),
    ("Supreme Court", "Corte Suprema", False),  # translated: it may inflect
    ("Bonapartist", "Bonapartist", True),
    ("Chilean road", "Chilean road", False),
])
def test_a_name_row_is_a_capitalised_term_carried_over(source: str, target: str,
                                                       expected: bool) -> None:
    assert is_name_row(source, target, src_lang="en", tgt_lang="es") is expected


NAMES = Glossary("en", "es", (GlossaryEntry("Daniels", "Daniels"),
                              GlossaryEntry("Josephus Daniels", "Josephus Daniels"),
                              GlossaryEntry("Cárdenas", "Cárdenas", note="nombre propio"),
                              GlossaryEntry("oil company", "compañía petrolera")))


@pytest.mark.parametrize(("source", "target"), [
    # s31 walk 2, E20: a name's "singular" rendered it
    ("Daniels wrote a letter.", "Daniel escribió una carta."),
    ("Ambassador Josephus Daniels arrived.", "Llegó el embajador Josephus Daniel."),
    ("Cárdenas spoke.", "Cárdena habló."),
])
def test_a_name_is_not_rendered_by_another_form_of_it(source: str, target: str) -> None:
    got = findings([(source, target)], glossary=NAMES, src_lang="en", tgt_lang="es")
    assert [f.code for f in got] == ["term-missing"]


def test_a_name_is_not_found_in_a_plural_of_it() -> None:
    glossary = Glossary("en", "es", (GlossaryEntry("Daniel", "Daniel"),))
    got = findings([("Daniel wrote.", "Daniels escribió.")], glossary=glossary,
                   src_lang="en", tgt_lang="es")
    assert [f.code for f in got] == ["term-missing"]


def test_a_word_of_a_name_and_of_another_term_keeps_the_other_terms_forms() -> None:
    # Unidad Popular is a name; the committees are no name, and inflect
    glossary = Glossary("es", "en", (GlossaryEntry("Unidad Popular", "Unidad Popular"),
                                     GlossaryEntry("comité de unidad popular",
                                                   "Popular Unity committee")))
    got = findings([("Los comités de unidades populares.", "The Popular Unity committees.")],
                   glossary=glossary, src_lang="es", tgt_lang="en")
    assert got == []


@pytest.mark.parametrize("target", [
    "Daniels escribió una carta.", "DANIELS escribió una carta.",
    "daniels escribió una carta.",  # letter case aside
])
def test_a_name_is_rendered_in_its_own_spelling(target: str) -> None:
    assert findings([("Daniels wrote a letter.", target)], glossary=NAMES, src_lang="en",
                    tgt_lang="es") == []


def test_a_word_english_capitalises_still_inflects() -> None:
    glossary = Glossary("es", "en", (GlossaryEntry("mexicano", "Mexican"),
                                     GlossaryEntry("Corte Suprema", "Supreme Court")))
    got = findings([("Los mexicanos votaron.", "The Mexicans voted."),
                    ("Las cortes supremas fallaron.", "The Supreme Courts ruled.")],
                   glossary=glossary, src_lang="es", tgt_lang="en")
    assert got == []


@pytest.mark.parametrize(("target", "found"), [
    # s31 walk 2, E10: counted as the preferred rendering, shown green
    ("Cardenas habló.", "Cardenas"),
    ("CARDENAS habló.", "CARDENAS"),
])
def test_a_name_without_its_accents_is_an_info_finding(target: str, found: str) -> None:
    got = findings([("Cárdenas spoke.", target)], glossary=NAMES, src_lang="en",
                   tgt_lang="es")
    assert [(f.code, f.severity, f.found, f.note, f.message) for f in got] == [
        ("term-accents", Severity.INFO, found, "nombre propio",
         f"name {found!r} differs in its accents from the glossary's 'Cárdenas'")]


def test_a_name_with_its_accents_or_a_word_typed_without_them_is_no_finding() -> None:
    glossary = Glossary("en", "es", (*NAMES.entries,
                                     GlossaryEntry("policy", "política"),
                                     GlossaryEntry("Cardenal", "Cardenal",
                                                   TermStatus.FORBIDDEN)))
    got = findings([("Cárdenas spoke.", "CÁRDENAS habló."),
                    ("The policy.", "La politica.")], glossary=glossary, src_lang="en",
                   tgt_lang="es")
    assert got == []
