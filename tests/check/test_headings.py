"""Ordinal words that number a clause or an article, read as numbers for number-mismatch
(check/headings.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.headings import heading_ordinals


# Written for this test: the headings of contracts, statutes and charters.
@pytest.mark.parametrize(("text", "lang", "read"), [
    ("PRIMERA. OBJETO.", "es", [("1", "PRIMERA")]),
    ("SEGUNDA.- DURACIÓN", "es", [("2", "SEGUNDA")]),
    ("VIGÉSIMA PRIMERA: NOTIFICACIONES", "es", [("21", "VIGÉSIMA PRIMERA")]),
    ("VIGESIMOPRIMERA. JURISDICCIÓN", "es", [("21", "VIGESIMOPRIMERA")]),
    ("DECIMOTERCERA. GASTOS", "es", [("13", "DECIMOTERCERA")]),
    ("Undécima. Fianza", "es", [("11", "Undécima")]),
    ("«Primera. Objeto»", "es", [("1", "Primera")]),
    ("CLÁUSULA DÉCIMA QUINTA - CESIÓN", "es", [("15", "DÉCIMA QUINTA")]),
    ("Artículo primero. Objeto", "es", [("1", "primero")]),
    ("conforme al artículo segundo de la Ley", "es", [("2", "segundo")]),
    ("Primero, el arrendador entrega las llaves.", "es", []),  # a word of the sentence
    ("Segunda parte del informe.", "es", []),
    ("TWENTY-FIRST. NOTICES.", "en", [("21", "TWENTY-FIRST")]),
    ("FIRST: The name of the corporation is Acme.", "en", [("1", "FIRST")]),
    ("ARTICLE FIRST", "en", [("1", "FIRST")]),
    ("First, the tenant shall pay.", "en", []),
    ("The first clause applies.", "en", []),
    ("Twenty. Lines", "en", []),  # no ordinal
    ("PREMIÈREMENT : le bailleur", "fr", [("1", "PREMIÈREMENT")]),
    ("Article premier", "fr", [("1", "premier")]),
    ("Vingt et unième. Litiges", "fr", [("21", "Vingt et unième")]),
    ("Dix-septième : Frais", "fr", [("17", "Dix-septième")]),
    ("Erstens: Der Mieter zahlt.", "de", [("1", "Erstens")]),
    ("Einundzwanzigstens. Schluss", "de", [("21", "Einundzwanzigstens")]),
    ("Zweitens, wir zahlen.", "de", []),
    ("CLÁUSULA PRIMEIRA - DO OBJETO", "pt", [("1", "PRIMEIRA")]),
    ("Décimo primeiro. Foro", "pt", [("11", "Décimo primeiro")]),
    ("PRIMERA. OBJETO.", "sv", []),  # a language without headings.tsv
])
def test_heading_ordinals(text: str, lang: str, read: list[tuple[str, str]]) -> None:
    assert [(v, text[s:e]) for v, s, e, _ in heading_ordinals(text, lang)] == read


# s38 walk5, item 5: a sworn translator's clause headings, translated with another number.
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    ("PRIMERA. OBJETO.", "SECOND. PURPOSE.", "es", "en",
     "numbers differ: 'PRIMERA' (1) missing in the target; 'SECOND' (2) not in the source"),
    ("SEGUNDA. DURACIÓN.", "THIRD. TERM.", "es", "en",
     "numbers differ: 'SEGUNDA' (2) missing in the target; 'THIRD' (3) not in the source"),
    ("VIGÉSIMA PRIMERA. NOTIFICACIONES.", "TWENTY-SECOND. NOTICES.", "es", "en",
     "numbers differ: 'VIGÉSIMA PRIMERA' (21) missing in the target; 'TWENTY-SECOND' (22) "
     "not in the source"),
    ("Artículo primero. Objeto.", "Article 2. Purpose.", "es", "en",
     "numbers differ: 'primero' (1) missing in the target; 2 not in the source"),
    ("Article premier", "Artikel 3", "fr", "de",
     "numbers differ: 'premier' (1) missing in the target; 3 not in the source"),
])
def test_a_heading_numbered_otherwise_is_a_number_mismatch(
        source: str, target: str, src_lang: str, tgt_lang: str, message: str) -> None:
    (f,) = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang)
    assert f.message == message


@pytest.mark.parametrize(("source", "target"), [
    ("PRIMERA. OBJETO.", "FIRST. PURPOSE."),
    ("PRIMERA. OBJETO.", "1. PURPOSE."),
    ("PRIMERA. OBJETO.", "Clause 1. Purpose."),
    ("VIGESIMOPRIMERA. JURISDICCIÓN.", "TWENTY-FIRST. JURISDICTION."),
    ("Artículo primero. Objeto.", "Article 1. Purpose."),
    ("Según el artículo primero.", "Under the first article."),
    ("PRIMERA. OBJETO.", "ONE. PURPOSE."),
])
def test_a_heading_numbered_alike_passes(source: str, target: str) -> None:
    assert findings([(source, target)], code="number-mismatch") == []
