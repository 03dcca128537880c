"""Catalan: the profile, its segmentation rules, the function words, its number words."""

from __future__ import annotations

import pytest

from aligner.check import Unit, run_checks
from aligner.model import Finding
from aligner.segment import split_sentences
from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Quan vam arribar al poble petit ja era fosc i la majoria de la gent era a casa. '
    'Vam preguntar el camí de la cabana a un home vell, però no sabia on era. Després '
    'una dona amb el seu gos ens va portar fins a la vora del bosc, perquè ella també '
    'anava cap allà.'
)


def test_ca_folder() -> None:
    check_folder("ca", decimal_comma=True, words={"amb", "el", "i"}, paragraph=PARAGRAPH,
                 own_rules=True)


@pytest.mark.parametrize(("text", "sentences"), [
    ("L'acta la va signar la Sra. Puig, i el Sr. Vidal hi va assistir.",
     ["L'acta la va signar la Sra. Puig, i el Sr. Vidal hi va assistir."]),
    ("Viu al carrer Major, núm. 14. Tothom hi va estar d'acord!",
     ["Viu al carrer Major, núm. 14.", "Tothom hi va estar d'acord!"]),
    ("La Dra. Soler va parlar, p. ex. de la pàg. 3. Després, silenci.",
     ["La Dra. Soler va parlar, p. ex. de la pàg. 3.", "Després, silenci."]),
])
def test_ca_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "ca") == sentences


def findings(pairs: list[tuple[str, str]], *, code: str, src_lang: str, tgt_lang: str
             ) -> list[Finding]:
    result = run_checks([Unit(s, t) for s, t in pairs], glossary=None, src_lang=src_lang,
                        tgt_lang=tgt_lang)
    return [f for f in result.findings if f.code == code]


# s36 walk 2 items 1 and 2: Catalan's numbers.tsv, read by every check of numbers,
# dates and weekdays.  Sentences written for this test from the walk's council notices.
@pytest.mark.parametrize(("source", "target", "tgt_lang", "message"), [
    ("L'enterrament de la sardina serà el dimecres 18 de febrer.",
     "The Burial of the Sardine will take place on Thursday 18 February.", "en",
     "weekdays differ: dimecres missing in the target; Thursday not in the source"),
    ("La biblioteca obrirà el dilluns 12 de gener de 2026.",
     "La biblioteca abrirá el martes 12 de enero de 2026.", "es",
     "weekdays differ: dilluns missing in the target; martes not in the source"),
    ("El ple se celebra cada dijous.", "El pleno se celebra cada jueves.", "es", None),
    ("El mercat obre els dissabtes.", "The market opens on Saturdays.", "en", None),
])
def test_ca_weekdays_are_compared(source: str, target: str, tgt_lang: str,
                                  message: str | None) -> None:
    got = findings([(source, target)], code="weekday-mismatch", src_lang="ca",
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


@pytest.mark.parametrize(("source", "target", "tgt_lang", "message"), [
    # a month
    ("La campanya s'allargarà fins al 15 de febrer de 2026.",
     "The campaign will run until 15 March 2026.", "en",
     "numbers differ: febrer missing in the target; March not in the source"),
    ("La fira serà el 3 d'agost.", "La feria será el 3 de septiembre.", "es",
     "numbers differ: agost missing in the target; septiembre not in the source"),
    ("Es va inaugurar l'1 d'octubre.", "It opened on 1 October.", "en", None),
    ("La inflació de gener va ser alta.", "Inflation in June was high.", "en",
     "numbers differ: gener missing in the target; June not in the source"),
    ("El marc 2021-2027 és nou.", "The 2021-2027 framework is new.", "en", None),
    # a magnitude word (walk item 2)
    ("El pressupost puja a 48,6 milions d'euros.",
     "El presupuesto asciende a 48,6 millones de euros.", "es", None),
    ("El pressupost puja a 48,6 milions d'euros.", "The budget amounts to 48.6 million euros.",
     "en", None),
    ("Costarà 2.000 milions d'euros.", "It will cost 2 billion euros.", "en", None),
    ("Hi van 1,5 milions de persones.", "1.5 thousand people went.", "en",
     "numbers differ: '1,5 milions' (1,500,000) missing in the target; "
     "'1.5 thousand' (1,500) not in the source"),
    # numbers in words: joined with i, hyphened, hundreds multiplied, a half
    ("Hi van assistir vint-i-dues persones.", "22 people attended.", "en", None),
    ("Té dues-centes cinquanta places.", "It has 250 seats.", "en", None),
    ("Hi ha trenta-dos regidors.", "There are 23 councillors.", "en",
     "numbers differ: 32 missing in the target; 23 not in the source"),
    ("Hi viuen un milió i mig de persones.", "1.5 million people live there.", "en", None),
])
def test_ca_numbers_and_months_are_compared(source: str, target: str, tgt_lang: str,
                                            message: str | None) -> None:
    got = findings([(source, target)], code="number-mismatch", src_lang="ca",
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


@pytest.mark.parametrize(("source", "target", "tgt_lang", "message"), [
    ("L'atur va baixar del 7 % al 5 %.", "Unemployment fell from 5% to 7%.", "en",
     "the source goes from 7 to 5 ('7 % al 5 %'), the target from 5 to 7 ('5% to 7%')"),
    ("Els preus van pujar d'un 3 % a un 5 %.", "Los precios subieron de un 5 % a un 3 %.",
     "es", "the source goes from 3 to 5 ('3 % a un 5 %'), the target from 5 to 3 "
     "('5 % a un 3 %')"),
    ("L'atur va baixar del 7 % al 5 %.", "El paro bajó del 7 % al 5 %.", "es", None),
])
def test_ca_ranges_are_compared(source: str, target: str, tgt_lang: str,
                                message: str | None) -> None:
    got = findings([(source, target)], code="range-order", src_lang="ca", tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


@pytest.mark.parametrize(("source", "target", "message"), [
    ("El retaule mesura 120 per 85 cm.", "El retablo mide 85 por 120 cm.",
     "the source gives '120 per 85 cm', the target the same numbers in another order: "
     "'85 por 120 cm'"),
    ("El retaule mesura 120 per 85 cm.", "El retablo mide 120 x 85 cm.", None),
    ("Un 20 per cent dels veïns.", "Un 20 por ciento de los vecinos.", None),
])
def test_ca_dimensions_are_compared(source: str, target: str, message: str | None) -> None:
    got = findings([(source, target)], code="dimension-order", src_lang="ca", tgt_lang="es")
    assert [f.message for f in got] == ([message] if message else [])
