"""Catalan glossary terms in their feminine and plural forms (ca -> es, ca -> en), and
words that look like such forms but are other words.  Sentences and glossaries
written for these tests."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.terms import TermMatcher
from aligner.model import Glossary, GlossaryEntry, TermStatus

COUNCIL_ES = Glossary("ca", "es", (
    GlossaryEntry("regidor", "concejal"),
    GlossaryEntry("regidor", "consejero", TermStatus.FORBIDDEN),
    GlossaryEntry("ple municipal", "pleno municipal"),
    GlossaryEntry("tècnic municipal", "técnico municipal"),
    GlossaryEntry("veí", "vecino"),
))

COUNCIL_EN = Glossary("ca", "en", (
    GlossaryEntry("regidor", "councillor"),
    GlossaryEntry("regidor", "alderman", TermStatus.FORBIDDEN),
    GlossaryEntry("ple municipal", "full council meeting"),
    GlossaryEntry("conseller", "minister"),
    GlossaryEntry("alcalde", "mayor"),
))


@pytest.mark.parametrize(("source", "target", "missing"), [
    # the feminine and the plurals of the source term, rendered
    ("La regidora de Cultura va parlar.", "La concejala de Cultura habló.", []),
    ("Les regidores van votar.", "Las concejalas votaron.", []),
    ("Els plens municipals són públics.", "Los plenos municipales son públicos.", []),
    ("La tècnica municipal ho explica.", "La técnica municipal lo explica.", []),
    ("Les tècniques municipals hi eren.", "Las técnicas municipales estaban.", []),
    ("La veïna protesta.", "La vecina protesta.", []),
    ("Els veïns i les veïnes protesten.", "Los vecinos y las vecinas protestan.", []),
    # ... not rendered
    ("La regidora de Cultura va parlar.", "La responsable de Cultura habló.", ["regidor"]),
    ("Els plens municipals són públics.", "Las asambleas son públicas.", ["ple municipal"]),
    ("Les tècniques municipals hi eren.", "Las empleadas estaban.", ["tècnic municipal"]),
    ("La veïna protesta.", "La señora protesta.", ["veí"]),
])
def test_ca_es_feminine_and_plural_terms(source: str, target: str, missing: list[str]) -> None:
    got = findings([(source, target)], glossary=COUNCIL_ES, src_lang="ca", tgt_lang="es",
                   code="term-missing")
    assert [f.source_term for f in got] == missing


def test_ca_es_a_forbidden_rendering_of_a_feminine_source_term_is_an_error() -> None:
    # the walk's E6: La regidora d'Hisenda rendered La consejera de Hacienda was only a
    # warning that the source had no regidor
    got = findings([("La regidora d'Hisenda va parlar.", "La consejera de Hacienda habló.")],
                   glossary=COUNCIL_ES, src_lang="ca", tgt_lang="es")
    assert [(f.code, f.found) for f in got if f.code.startswith("term")] == [
        ("term-forbidden", "consejera")]


@pytest.mark.parametrize(("source", "target", "missing"), [
    ("La regidora d'Hisenda va parlar.", "The councillor for Finance spoke.", []),
    ("L'alcaldessa i la consellera hi eren.", "The mayor and the minister were there.", []),
    ("Les alcaldesses van signar.", "The mayors signed.", []),
    ("Els plens municipals són públics.", "Full council meetings are public.", []),
    ("La regidora d'Hisenda va parlar.", "The Finance officer spoke.", ["regidor"]),
    ("L'alcaldessa i la consellera hi eren.", "She and he were there.",
     ["alcalde", "conseller"]),
])
def test_ca_en_feminine_and_plural_terms(source: str, target: str, missing: list[str]) -> None:
    got = findings([(source, target)], glossary=COUNCIL_EN, src_lang="ca", tgt_lang="en",
                   code="term-missing")
    assert [f.source_term for f in got] == missing


def test_ca_en_a_forbidden_rendering_of_a_plural_source_term() -> None:
    got = findings([("Les regidores van votar.", "The aldermen voted.")], glossary=COUNCIL_EN,
                   src_lang="ca", tgt_lang="en", code="term-forbidden")
    assert [f.found for f in got] == ["aldermen"]


@pytest.mark.parametrize(("term", "text"), [
    ("regidor", "regidora"), ("regidor", "regidors"), ("regidora", "regidores"),
    ("conseller", "conselleres"), ("president", "presidenta"), ("tècnic", "tècniques"),
    ("actiu", "actives"), ("secretari", "secretària"), ("obligatori", "obligatòries"),
    ("petit", "petita"), ("alcalde", "alcaldesses"), ("català", "catalana"),
    ("català", "catalanes"), ("català", "catalans"), ("francès", "francesa"),
    ("francès", "francesos"), ("veí", "veïnes"), ("ple", "plens"), ("pla", "plans"),
    ("camí", "camins"), ("acció", "accions"), ("pas", "passos"), ("procés", "processos"),
    ("passeig", "passejos"), ("boig", "bojos"), ("llengua", "llengües"),
    ("usuari registrat", "usuàries registrades"), ("persona interessada", "persones interessats"),
])
def test_a_catalan_term_is_found_in_its_forms(term: str, text: str) -> None:
    assert TermMatcher([(term, False)], lang="ca").find(f"Diu que {text} hi són.")


@pytest.mark.parametrize(("term", "text"), [
    # the accent makes the feminine: pobres (poor) is no pobresa (poverty)
    ("pobresa", "pobres"), ("bellesa", "belles"), ("pla", "plana"), ("pla", "planes"),
    # a participle's feminine alone is often a noun of its own
    ("calçada", "calçat"), ("calçat", "calçada"), ("estat", "estada"),
    ("entrada", "entrat"), ("partit", "partida"),
    # -ina, -ona after a consonant are verbs' forms as often as feminines
    ("camí", "camina"), ("gestió", "gestiona"),
    # no ending of the language
    ("porta", "port"), ("costa", "cost"), ("punta", "punt"), ("casa", "cas"),
    ("regidor", "regidoria"), ("president", "presidència"), ("ple", "plena"),
    ("ment", "menta"), ("pas", "passa"),
])
def test_a_catalan_term_is_not_found_in_another_word(term: str, text: str) -> None:
    assert TermMatcher([(term, False)], lang="ca").find(f"Diu que {text} hi són.") == []


@pytest.mark.parametrize("typed", ["col.legi", "col•legi", "col∙legi", "coŀlegi", "COĿLEGI",
                                   "COL.LEGI"])
def test_the_punt_volat_typed_otherwise_is_the_punt_volat(typed: str) -> None:
    text = f"La reforma del {typed} començarà aviat."
    glossary = Glossary("ca", "es", (GlossaryEntry("col·legi", "colegio"),))
    missing = findings([(text, "La reforma del edificio empezará pronto.")],
                       glossary=glossary, src_lang="ca", tgt_lang="es", code="term-missing")
    assert [f.source_term for f in missing] == ["col·legi"]
    start, end = missing[0].src_span or (0, 0)
    assert text[start:end] == typed  # the span is the text's as written
    assert findings([(text, "La reforma del colegio empezará pronto.")], glossary=glossary,
                    src_lang="ca", tgt_lang="es", code="term-missing") == []


def test_a_term_typed_with_a_substitute_finds_the_punt_volat() -> None:
    matcher = TermMatcher([("coŀlegis", False)], lang="ca")
    text = "Els col·legis i el col.legi."
    assert [text[h.start:h.end] for h in matcher.find(text)] == ["col·legis", "col.legi"]


@pytest.mark.parametrize("text", [
    "Ho va dir el col. Legi els papers.",  # a full stop and a space
    "Va dir col. legi.",
])
def test_a_full_stop_elsewhere_is_no_punt_volat(text: str) -> None:
    assert TermMatcher([("col·legi", False)], lang="ca").find(text) == []


def test_only_catalan_reads_the_punt_volat_so() -> None:
    assert TermMatcher([("col·legi", False)], lang="es").find("el col.legi") == []
