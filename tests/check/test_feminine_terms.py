"""The feminine of a glossary's noun of person in Spanish, Portuguese, French and
Italian: a rendering written in the masculine is found in its feminine, and words
that only look like such a feminine are not.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.terms import TermMatcher
from aligner.model import Glossary, GlossaryEntry


@pytest.mark.parametrize(("tgt_lang", "rendering", "target"), [
    ("es", "consejero", "La consejera votó."),
    ("es", "alcalde", "La alcaldesa votó."),
    ("es", "alcalde", "Las alcaldesas votaron."),
    ("pt", "vereador", "A vereadora votou."),
    ("pt", "vereador", "As vereadoras votaram."),
    ("pt", "conselheiro", "A conselheira votou."),
    ("pt", "prefeito", "A prefeita votou."),
    ("fr", "conseiller", "La conseillère a voté."),
    ("fr", "conseiller", "Les conseillères ont voté."),
    ("fr", "directeur", "La directrice a voté."),
    ("fr", "président", "La présidente a voté."),
    ("it", "consigliere", "La consigliera ha votato."),
    ("it", "direttore", "La direttrice ha votato."),
    ("it", "presidente", "La presidentessa ha votato."),
])
def test_a_masculine_rendering_is_found_in_its_feminine(tgt_lang: str, rendering: str,
                                                        target: str) -> None:
    glossary = Glossary("en", tgt_lang, (GlossaryEntry("councillor", rendering),))
    assert findings([("The councillor voted.", target)], glossary=glossary, src_lang="en",
                    tgt_lang=tgt_lang, code="term-missing") == []
    missing = findings([("The councillor voted.", "—")], glossary=glossary, src_lang="en",
                       tgt_lang=tgt_lang, code="term-missing")
    assert [f.source_term for f in missing] == ["councillor"]


@pytest.mark.parametrize(("lang", "term", "text"), [
    ("es", "ingle", "inglesa"), ("es", "partido", "partida"),
    ("pt", "porto", "porta"), ("pt", "entrado", "entrada"),
    ("fr", "parti", "partie"), ("fr", "entré", "entrée"), ("fr", "port", "porte"),
    ("it", "banco", "banca"), ("it", "porto", "porta"), ("it", "intere", "interesse"),
    ("it", "testo", "testa"),
])
def test_a_word_that_only_looks_like_a_feminine_is_another_word(lang: str, term: str,
                                                                text: str) -> None:
    # alone: right after a noun a participle's other gender agrees with it
    # (test_agreeing_terms.py)
    assert TermMatcher([(term, False)], lang=lang).find(f"{text} y") == []
