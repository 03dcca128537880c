"""A glossary term marked as a noun of person (pos ``person``) is found in its other
gender and their plurals, in the source and in the target (s42 walk es finding 6)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.person_forms import other_gender
from aligner.model import Glossary, GlossaryEntry, TermStatus


def _glossary(src: str, tgt: str, term: str, rendering: str, pos: str) -> Glossary:
    return Glossary(src, tgt, (GlossaryEntry(term, rendering, TermStatus.PREFERRED, pos=pos),
                               GlossaryEntry(term, "proxy", TermStatus.FORBIDDEN)))


@pytest.mark.parametrize(("lang", "term", "source"), [
    ("es", "apoderado", "La apoderada no podrá sustituir el poder."),
    ("es", "apoderado", "Las apoderadas firmarán el acta."),
    ("es", "apoderado general", "La apoderada general firmará."),
    ("es", "abogada", "El abogado firmará."),  # written in the feminine: the masculine
    ("pt", "deputado", "A deputada votou contra."),
    ("pt", "deputado", "As deputadas votaram contra."),
    ("it", "avvocato", "L'avvocata ha firmato."),
    ("it", "avvocato", "Le avvocate hanno firmato."),
    ("fr", "avocat", "L'avocate a signé."),
    ("fr", "avocat", "Les avocates ont signé."),
    ("fr", "député", "La députée a voté contre."),
    ("ca", "diputat", "La diputada ha votat en contra."),
    ("ca", "diputat", "Les diputades han votat en contra."),
])
def test_the_other_gender_of_a_noun_of_person_is_the_term(lang: str, term: str,
                                                         source: str) -> None:
    glossary = _glossary(lang, "en", term, "attorney", "person")
    got = findings([(source, "The proxy signed.")], glossary=glossary, src_lang=lang,
                   tgt_lang="en")
    assert [(f.code, f.source_term) for f in got if f.code.startswith("term")] == [
        ("term-forbidden", term)]
    # a plain noun is matched as written: its other gender is another word
    plain = _glossary(lang, "en", term, "attorney", "noun")
    got = findings([(source, "The proxy signed.")], glossary=plain, src_lang=lang,
                   tgt_lang="en")
    assert [f.code for f in got if f.code.startswith("term")] == ["term-forbidden-elsewhere"]


def test_a_noun_of_person_keeps_its_own_plural() -> None:
    glossary = _glossary("es", "en", "apoderado", "attorney", "person")
    got = findings([("Los apoderados firmarán el acta.", "The proxies shall sign.")],
                   glossary=glossary)
    assert [f.code for f in got if f.code.startswith("term")] == ["term-forbidden"]


@pytest.mark.parametrize("source", [
    "La empresa se apoderó del edificio.",  # the verb the participle is of
    "Apoderan al director.",
    "El poder es general.",
])
def test_a_noun_of_person_is_not_found_in_its_verb(source: str) -> None:
    glossary = _glossary("es", "en", "apoderado", "attorney", "person")
    got = findings([(source, "The proxy acted.")], glossary=glossary)
    assert [f.code for f in got if f.code.startswith("term")] == ["term-forbidden-elsewhere"]


@pytest.mark.parametrize(("target", "missing"), [
    ("La abogada firmó.", []),
    ("Las abogadas firmaron.", []),
    ("Los abogados firmaron.", []),
    ("La defensora firmó.", ["lawyer"]),
])
def test_a_rendering_of_a_noun_of_person_in_its_other_gender(target: str,
                                                             missing: list[str]) -> None:
    glossary = Glossary("en", "es", (GlossaryEntry("lawyer", "abogado", TermStatus.PREFERRED,
                                                   pos="person"),))
    got = findings([("The lawyer signed.", target)], glossary=glossary, src_lang="en",
                   tgt_lang="es", code="term-missing")
    assert [f.source_term for f in got] == missing


@pytest.mark.parametrize(("term", "lang", "turned"), [
    ("apoderado", "es", "apoderada"),
    ("Apoderada", "es", "Apoderado"),
    ("APODERADO", "es", "APODERADA"),
    ("jefe de partido", "es", None),  # jefe keeps its ending; partido is after 'de'
    ("abogado de la parte", "es", "abogada de la parte"),
    ("vereador", "pt", "vereadora"),
    ("mécanicien", "fr", "mécanicienne"),
    ("avocate", "fr", "avocat"),
    ("ministre", "fr", None),  # one form for both
    ("lawyer", "en", None),  # no genders
])
def test_other_gender(term: str, lang: str, turned: str | None) -> None:
    assert other_gender(term, lang) == turned
