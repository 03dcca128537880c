"""A participle of a glossary's term in the other gender: inside a term of several
words after its noun, and, for a term of one word, in the text right after a word
that is no function word (an adjective after its noun), never after an article or a
preposition, where it may be a noun of its own.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.lemmas import Forms
from aligner.check.terms import TermMatcher
from aligner.model import Glossary, GlossaryEntry


@pytest.mark.parametrize(("lang", "term", "text"), [
    ("pt", "comprimido revestido", "Os comprimidos revestidos são brancos."),
    ("pt", "usuário cadastrado", "A usuária cadastrada entrou."),
    ("pt", "usuário cadastrado", "As usuárias cadastradas entraram."),
    ("pt", "produto vendido", "A caixa tem peças vendidas."),  # peças vendidas: no term
    ("it", "utente registrato", "Le utenti registrate entrano."),
    ("it", "utente registrato", "L'utente registrata entra."),
])
def test_a_participle_inside_a_term_agrees_with_its_noun(lang: str, term: str,
                                                         text: str) -> None:
    expected = term != "produto vendido"
    assert bool(TermMatcher([(term, False)], lang=lang).find(text)) is expected


@pytest.mark.parametrize(("lang", "term", "text", "found"), [
    ("pt", "revestido", "Cada cápsula revestida contém 5 mg.", "revestida"),
    ("pt", "revestido", "As cápsulas revestidas são azuis.", "revestidas"),
    ("pt", "revestida", "O comprimido revestido é branco.", "revestido"),
    ("pt", "cadastrado", "Só a usuária cadastrada entra.", "cadastrada"),
    ("it", "rivestito", "La compressa rivestita è bianca.", "rivestita"),
    ("it", "rivestito", "Le compresse rivestite sono bianche.", "rivestite"),
    ("es", "registrado", "La usuaria registrada entra.", "registrada"),
])
def test_a_one_word_participle_is_found_in_the_other_gender_after_its_noun(
        lang: str, term: str, text: str, found: str) -> None:
    hits = TermMatcher([(term, False)], lang=lang).find(text)
    assert [text[h.start:h.end] for h in hits] == [found]


@pytest.mark.parametrize(("lang", "term", "text"), [
    ("pt", "entrado", "A entrada é livre."),  # after an article: a noun
    ("pt", "parado", "Esperamos uma parada."),
    ("pt", "partido", "O ponto de partida."),  # after a preposition
    ("pt", "revestida", "Revestido."),  # alone
    ("pt", "revestido", "Cápsula, revestida."),  # a comma between
    ("it", "uscito", "Cerca l'uscita."),
    ("it", "partito", "Una partita a carte."),
    ("es", "partido", "La partida."),
])
def test_a_one_word_participle_keeps_its_gender_where_the_word_may_be_a_noun(
        lang: str, term: str, text: str) -> None:
    assert TermMatcher([(term, False)], lang=lang).find(text) == []


def test_the_agreeing_forms_are_only_those_the_word_lacks() -> None:
    forms = Forms("pt")
    assert forms.agreeing("revestido") == ["revestida"]
    assert forms.agreeing("vereador") == []  # no participle: the endings give its feminine


def test_film_coated_is_found_in_a_feminine_capsule() -> None:
    glossary = Glossary("en", "pt-BR", (GlossaryEntry("film-coated", "revestido"),))
    pairs = [("Each film-coated capsule contains 5 mg.", "Cada cápsula revestida contém 5 mg."),
             ("The film-coated capsules are blue.", "As cápsulas revestidas são azuis."),
             ("The film-coated tablet.", "O comprimido.")]
    got = findings(pairs, glossary=glossary, src_lang="en-US", tgt_lang="pt-BR",
                   code="term-missing")
    assert [f.unit for f in got] == [2]


@pytest.mark.parametrize(("lang", "term", "text"), [
    ("pt", "partido", "Foi uma bola partida."),
    ("es", "parado", "Un autobús parada."),
])
def test_right_after_a_noun_a_noun_of_the_other_gender_is_found_too(
        lang: str, term: str, text: str) -> None:
    # the documented cost of the rule: after a word that is no function word the
    # other gender is read as agreeing, whatever it is
    assert TermMatcher([(term, False)], lang=lang).find(text)
