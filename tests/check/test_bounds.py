"""bound-mismatch: a number bounded from below on one side, from above on the other
(check/bounds.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check import CheckOptions
from aligner.check.bounds import SECTIONS, Bound, bounded, parse_bounds, words_of
from aligner.check.numbers import extract_numbers
from aligner.lang import BOUNDS_DATA, get_profile
from aligner.model import Severity

BOUND_LANGUAGES = ["en", "de", "es", "fr", "it", "pt", "nl", "ja", "zh", "ko", "pl", "cs", "ru",
                   "uk"]


# Written for this test, after the patent translator's walk (a claim's bound turned
# round) and for the pharma and legal texts the check is meant for.  Each language is
# the target of an English source, once the other way round (a finding) and once the
# same way in other words (none).
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "said"), [
    ("en", "de", "The amount is at least 0.5 wt.%.", "Die Menge beträgt höchstens 0,5 Gew.-%.",
     ("at least 0.5", "höchstens 0,5")),
    ("en", "de", "The amount is at least 0.5 wt.%.", "Die Menge beträgt mindestens 0,5 Gew.-%.",
     None),
    ("en", "de", "The gap is more than 5 mm.", "Der Spalt ist weniger als 5 mm breit.",
     ("more than 5", "weniger als 5")),
    ("en", "de", "Take up to 10 tablets.", "Nehmen Sie mindestens 10 Tabletten ein.",
     ("up to 10", "mindestens 10")),
    ("en", "de", "Take up to 10 tablets.", "Nehmen Sie bis zu 10 Tabletten ein.", None),
    ("en", "de", "Payment is due no later than 30 days after receipt.",
     "Die Zahlung ist frühestens 30 Tage nach Erhalt fällig.",
     ("no later than 30", "frühestens 30")),
    ("en", "de", "Children aged 12 and over.", "Kinder unter 12 Jahren.",
     ("12 and over", "unter 12")),
    ("en", "de", "The layer is 5 mm or more thick.", "Die Schicht ist höchstens 5 mm dick.",
     ("5 mm or more", "höchstens 5")),
    ("en", "de", "The layer is 5 mm or more thick.", "Die Schicht ist 5 mm oder mehr dick.",
     None),
    ("en", "es", "Take no more than 2 tablets a day.", "Tome al menos 2 comprimidos al día.",
     ("no more than 2", "al menos 2")),
    ("en", "es", "More than 50% of the patients.", "Más del 50 % de los pacientes.", None),
    ("en", "es", "More than 50% of the patients.", "Menos del 50 % de los pacientes.",
     ("More than 50", "Menos del 50")),
    ("en", "fr", "Keep it below 25 °C.", "Conserver au-dessus de 25 °C.",
     ("below 25", "au-dessus de 25")),
    ("en", "fr", "Up to 10 years.", "Jusqu’à 10 ans.", None),
    ("en", "it", "It must be at least 5 mm thick.", "Deve essere spesso al massimo 5 mm.",
     ("at least 5", "al massimo 5")),
    ("en", "it", "Within 30 days.", "Entro 30 giorni.", None),
    ("en", "pt", "At least 5 mm.", "No máximo 5 mm.", ("At least 5", "No máximo 5")),
    ("en", "pt", "Up to 10 years.", "Até 10 anos.", None),
    ("en", "nl", "At least 5 mm.", "Ten hoogste 5 mm.", ("At least 5", "Ten hoogste 5")),
    ("en", "nl", "At least 5 mm.", "5 mm of meer.", None),
    # Japanese, Chinese and Korean say the bound after the number and its unit
    ("en", "ja", "The content is at least 0.5 wt.%.", "含有量は0.5質量%以下である。",
     ("at least 0.5", "0.5質量%以下")),
    ("en", "ja", "The content is at least 0.5 wt.%.", "含有量は0.5質量%以上である。", None),
    ("en", "ja", "The gap is more than 5 mm.", "隙間は5mm未満である。",
     ("more than 5", "5mm未満")),
    ("en", "ja", "Within 30 days.", "30日以内。", None),
    ("en", "ja", "It is at least 5 mm.", "5mmを超えてはならない。",
     ("at least 5", "5mmを超えてはならない")),
    ("en", "zh", "At least 5 tablets.", "不超过5片。", ("At least 5", "不超过5")),
    ("en", "zh", "At least 5 tablets.", "不少于5片。", None),
    ("en", "zh", "At least 5 tablets.", "5片以下。", ("At least 5", "5片以下")),
    ("en", "ko", "At least 5 mm.", "5 mm 이하.", ("At least 5", "5 mm 이하")),
    ("en", "ko", "At least 5 mm.", "5 mm 이상.", None),
    ("ja", "en", "含有量は0.5質量%以上である。", "The content is 0.5 wt.% or less.",
     ("0.5質量%以上", "0.5 wt.% or less")),
    ("ja", "en", "含有量は0.5質量%以上である。", "The content is 0.5 wt.% or more.", None),
    ("de", "fr", "Mindestens 5 Teile.", "Au plus 5 pièces.", ("Mindestens 5", "Au plus 5")),
    # Polish, Czech, Russian, Ukrainian (after the appliance-manual walk: "Never use more than
    # 2 caps" / "Należy używać co najmniej 2 nakrętek")
    ("en", "pl", "Use at most 2 caps.", "Należy używać co najmniej 2 nakrętek.",
     ("at most 2", "co najmniej 2")),
    ("en", "pl", "Use at most 2 caps.", "Należy używać nie więcej niż 2 nakrętek.", None),
    ("en", "pl", "Load up to 5 kg.", "Załadować ponad 5 kg.", ("up to 5", "ponad 5")),
    ("en", "pl", "Load up to 5 kg.", "Załadować do 5 kg.", None),
    ("en", "pl", "At 40 °C or more.", "W temperaturze poniżej 40 °C.",
     ("40 °C or more", "poniżej 40")),
    ("pl", "en", "Nie należy używać więcej niż 2 nakrętek.", "Use at most 2 caps.", None),
    ("en", "cs", "Use at least 2 caps.", "Používejte nejvýše 2 víčka.",
     ("at least 2", "nejvýše 2")),
    ("en", "cs", "Use at least 2 caps.", "Používejte alespoň 2 víčka.", None),
    ("cs", "en", "Nosnost až 10 kg.", "Load capacity over 10 kg.", ("až 10", "over 10")),
    ("cs", "en", "Nosnost až 10 kg.", "Load capacity up to 10 kg.", None),
    ("en", "cs", "Children aged 8 and over.", "Děti do 8 let.", ("8 and over", "do 8")),
    ("en", "ru", "Take no more than 8 tablets.", "Принимайте не менее 8 таблеток.",
     ("no more than 8", "не менее 8")),
    ("en", "ru", "Take no more than 8 tablets.", "Принимайте не более 8 таблеток.", None),
    ("en", "ru", "Do not take more than 8 tablets.", "Не принимайте более 8 таблеток.", None),
    ("en", "uk", "At least 5 mm.", "Щонайбільше 5 мм.", ("At least 5", "Щонайбільше 5")),
    ("en", "uk", "At least 5 mm.", "Не менше 5 мм.", None),
    # a sign bounds a number as a word does; two signs are sign-mismatch's
    ("en", "de", "at least 5 mg", "≤ 5 mg", ("at least 5", "≤ 5")),
    ("en", "de", "at least 5 mg", "≥ 5 mg", None),
    ("en", "de", "≥ 5 mg", "≤ 5 mg", None),
    # "no more than" is an upper bound, not "more than"'s lower one
    ("en", "de", "No more than 2 tablets.", "Nicht mehr als 2 Tabletten.", None),
    # a negation before the bound word: not read (the target says the same)
    ("en", "de", "Do not take more than 8 tablets.", "Nehmen Sie höchstens 8 Tabletten.",
     None),
    ("en", "de", "It must not fall below 5 °C.", "Sie muss mindestens 5 °C betragen.", None),
    ("en", "fr", "Do not take more than 8 tablets.", "Ne pas prendre plus de 8 comprimés.",
     None),
    ("en", "zh", "It must not exceed 5 mg.", "不得超过5毫克。", None),
    # both sides negate their bound: compared as written (walk_pt, a storage condition
    # turned round inside a prohibition)
    ("en", "pt", "Do not store above 25 °C.", "Não armazenar abaixo de 25 °C.",
     ("above 25", "abaixo de 25")),
    ("en", "pt", "Do not store below 25 °C.", "Não armazenar acima de 25 °C.",
     ("below 25", "acima de 25")),
    ("en", "pt", "Do not store it above 25 °C.", "Não o armazene abaixo de 25 °C.",
     ("above 25", "abaixo de 25")),
    ("en", "pt", "Do not store above 30 °C.", "Não conservar acima de 30 °C.", None),
    ("en", "fr", "Do not store above 25 °C.", "Ne pas conserver en dessous de 25 °C.",
     ("above 25", "en dessous de 25")),
    # a prohibition's bound turned round against a phrase that opens with its own
    # negation (German nicht unter: at least; written for this test)
    ("en", "de", "Do not store below 25 °C.", "Nicht unter 25 °C lagern.", None),
    ("en", "de", "Do not store above 25 °C.", "Nicht über 25 °C lagern.", None),
    ("en", "de", "Do not store above 25 °C.", "Nicht unter 25 °C lagern.",
     ("above 25", "Nicht unter 25")),
    ("de", "en", "Nicht über 25 °C lagern.", "Do not store below 25 °C.",
     ("Nicht über 25", "below 25")),
    ("de", "en", "Nicht mehr als 8 Tabletten einnehmen.", "Do not take less than 8 tablets.",
     ("Nicht mehr als 8", "less than 8")),
    ("en", "de", "Do not take more than 8 tablets.",
     "Nehmen Sie nicht mehr als 8 Tabletten ein.", None),
    # one side negated, the other not: the same claim in other words
    ("en", "pt", "Do not store above 25 °C.", "Armazenar abaixo de 25 °C.", None),
    # a bound on one side only is style, not reported
    ("en", "de", "The dose is 5 mg.", "Die Dosis beträgt höchstens 5 mg.", None),
    # French "des" (of the) is no bound: "dès" (from) is not listed, being "des" without
    # its accent
    ("fr", "en", "la barre des 50 %", "at most 50 %", None),
    # a word that ends in a bound word is none (cover)
    ("en", "de", "Cover 5 tanks.", "Höchstens 5 Tanks.", None),
    # min. and max., mín. and máx. (walk_de P10: max. 5 % / min. 5% was not read)
    ("de", "en", "Die Vertragsstrafe beträgt max. 5 %.", "The penalty is min. 5%.",
     ("max. 5", "min. 5")),
    ("de", "en", "Die Vertragsstrafe beträgt max. 5 %.", "The penalty is max. 5%.", None),
    ("en", "de", "The penalty is min. 5%.", "Die Vertragsstrafe beträgt höchstens 5 %.",
     ("min. 5", "höchstens 5")),
    ("en", "de", "The penalty is max. 5%.", "Die Vertragsstrafe beträgt min. 5 %.",
     ("max. 5", "min. 5")),
    ("en", "es", "The penalty is max. 5%.", "La penalización es de mín. 5 %.",
     ("max. 5", "mín. 5")),
    ("en", "es", "The penalty is min. 5%.", "La penalización es de máx. 5 %.",
     ("min. 5", "máx. 5")),
    ("en", "fr", "The penalty is min. 5%.", "La pénalité est de max. 5 %.",
     ("min. 5", "max. 5")),
    ("en", "fr", "The penalty is max. 5%.", "La pénalité est de min. 5 %.",
     ("max. 5", "min. 5")),
    # min. after a number is minutes, no bound
    ("en", "de", "Stir for at most 5 min.", "5 min. rühren.", None),
    # a negation right before a bound word, or before a copula or modal and it, is the
    # bound's own and turns it round (walk_es 4: no mayor de 5 días / at least 5 days)
    ("es", "en", "Un plazo no mayor de 5 días.", "A period of at least 5 days.",
     ("no mayor de 5", "at least 5")),
    ("es", "en", "Un plazo no mayor de 5 días.", "A period of at most 5 days.", None),
    ("es", "en", "Una edad no menor de 18 años.", "An age of up to 18 years.",
     ("no menor de 18", "up to 18")),
    ("es", "en", "La multa no será inferior a 500 euros.", "The fine shall not exceed 500 euros.",
     ("no será inferior a 500", "not exceed 500")),
    ("es", "en", "La multa no será inferior a 500 euros.",
     "The fine shall not be less than 500 euros.", None),
    ("es", "en", "La multa no será inferior a 500 euros.", "The fine shall be at least 500 euros.",
     None),
    ("es", "en", "El plazo no podrá ser superior a 5 días.", "The period must be at least 5 days.",
     ("no podrá ser superior a 5", "at least 5")),
    ("en", "es", "The fee must not exceed 500 euros.", "La tarifa no excederá de 500 euros.",
     None),
    ("en", "es", "The fee must not exceed 500 euros.", "La tarifa será de al menos 500 euros.",
     ("not exceed 500", "al menos 500")),
    ("en", "es", "The fee shall not exceed 500 euros.", "La tarifa no podrá superar los 500 euros.",
     None),
    ("en", "pt", "The term shall not exceed 5 years.", "O prazo não será inferior a 5 anos.",
     ("not exceed 5", "não será inferior a 5")),
    ("pt", "en", "O prazo não poderá exceder 5 anos.", "The term shall be at most 5 years.", None),
    ("it", "en", "La durata non sarà inferiore a 5 anni.", "The term shall not exceed 5 years.",
     ("non sarà inferiore a 5", "not exceed 5")),
    ("it", "en", "La penale non potrà superare il 5 %.", "The penalty is at least 5%.",
     ("non potrà superare il 5", "at least 5")),
    ("it", "en", "Entro e non oltre 30 giorni.", "No later than 30 days.", None),
    ("fr", "en", "Le délai ne sera pas inférieur à 30 jours.",
     "The period shall not exceed 30 days.", ("ne sera pas inférieur à 30", "not exceed 30")),
    ("fr", "en", "La pénalité ne peut dépasser 5 %.", "The penalty is at least 5%.",
     ("ne peut dépasser 5", "at least 5")),
    ("fr", "en", "Le délai ne doit pas dépasser 30 jours.", "The period must not exceed 30 days.",
     None),
    # a verb other than a copula or modal between: the negation may be the verb's, so the
    # bound stays unread against a plain one, as before
    ("es", "en", "No tome más de 8 comprimidos.", "Take at least 8 tablets.", None),
    # a noun and a currency code between the bound word and the number (walk_es 4)
    ("es", "en", "Importe máximo de 1.250.000,00 € por operación.",
     "A minimum amount of EUR 1,250,000.00 per transaction.",
     ("máximo de 1.250.000,00", "minimum amount of EUR 1,250,000.00")),
    ("es", "en", "Importe máximo de 1.250.000,00 € por operación.",
     "A maximum amount of EUR 1,250,000.00 per transaction.", None),
    ("es", "en", "Plazo máximo de 5 días.", "A minimum period of 5 days.",
     ("máximo de 5", "minimum period of 5")),
    ("en", "es", "A minimum notice period of 30 days.", "Un preaviso máximo de 30 días.",
     ("minimum notice period of 30", "máximo de 30")),
    ("es", "en", "Una duración máxima de 12 meses.", "A term of at least 12 months.",
     ("máxima de 12", "at least 12")),
    ("en", "es", "Not to exceed USD 500.", "Mínimo USD 500.", ("Not to exceed USD 500",
                                                              "Mínimo USD 500")),
    # the number said first in words, then in brackets (Mexican contracts)
    ("es", "en", "Un plazo máximo de treinta (30) días.", "A minimum period of thirty (30) days.",
     ("máximo de treinta (30)", "minimum period of thirty (30)")),
    ("es", "en", "Un plazo máximo de treinta (30) días.", "At most thirty (30) days.", None),
    # an article between (dentro de los 30 días)
    ("es", "en", "Dentro de los 30 días siguientes.", "No earlier than 30 days after.",
     ("Dentro de los 30", "No earlier than 30")),
    ("es", "en", "Dentro de los 30 días siguientes.", "Within 30 days after.", None),
    # a day of the month after the bound word (walk_es 4, contract P15)
    ("es", "en", "Entregará el informe a más tardar el día 5 de cada mes.",
     "It shall deliver the report no earlier than the 5th day of each month.",
     ("a más tardar el día 5", "no earlier than the 5")),
    ("es", "en", "Entregará el informe a más tardar el día 5 de cada mes.",
     "It shall deliver the report no later than the 5th day of each month.", None),
    ("it", "en", "Entro il giorno 5 di ogni mese.", "No earlier than the 5th of each month.",
     ("Entro il giorno 5", "No earlier than the 5")),
])
def test_bounds_the_other_way_round_are_found(src_lang: str, tgt_lang: str, source: str,
                                              target: str,
                                              said: tuple[str, str] | None) -> None:
    got = findings([(source, target)], code="bound-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    if said is None:
        assert got == []
        return
    [f] = got
    assert (source[slice(*f.src_span)], target[slice(*f.tgt_span)]) == said
    assert f.expected == (said[0],) and f.found == said[1]
    assert f.severity is Severity.WARNING


def test_the_message_names_both_bounds() -> None:
    [f] = findings([("at least 0.5 wt.%", "höchstens 0,5 Gew.-%")], code="bound-mismatch",
                   src_lang="en", tgt_lang="de")
    assert f.message == ("bounds differ: 'at least 0.5' is a lower bound in the source, "
                         "'höchstens 0,5' an upper bound in the target")


def test_the_message_says_a_prohibition_turned_round() -> None:
    [f] = findings([("Do not store above 25 °C.", "Nicht unter 25 °C lagern.")],
                   code="bound-mismatch", src_lang="en", tgt_lang="de")
    assert f.message == ("bounds differ: 'above 25' is forbidden, so an upper bound in the "
                         "source, 'Nicht unter 25' a lower bound in the target")


def test_it_can_be_disabled_and_set_to_an_error() -> None:
    pair = [("at least 5 mm", "höchstens 5 mm")]
    off = CheckOptions(disabled=frozenset({"bound-mismatch"}))
    assert findings(pair, code="bound-mismatch", src_lang="en", tgt_lang="de",
                    options=off) == []
    error = CheckOptions(severities={"bound-mismatch": Severity.ERROR})
    [f] = findings(pair, code="bound-mismatch", src_lang="en", tgt_lang="de", options=error)
    assert f.severity is Severity.ERROR


def test_a_language_without_bound_words_is_not_compared() -> None:
    assert words_of("sv") is None
    assert findings([("at least 5 mm", "högst 5 mm")], code="bound-mismatch", src_lang="en",
                    tgt_lang="sv") == []


@pytest.mark.parametrize(("text", "lang", "bounds"), [
    ("at least 5 and at most 10", "en", {"5": [Bound.LOWER], "10": [Bound.UPPER]}),
    ("10回線以上299回線以下", "ja", {"10": [Bound.LOWER], "299": [Bound.UPPER]}),
    ("30일 이내", "ko", {"30": [Bound.UPPER]}),
    ("5%를 초과하지 않는", "ko", {"5": [Bound.UPPER]}),
    ("menos de 1.000 hasta 20.000", "es", {"1000": [Bound.UPPER], "20000": [Bound.UPPER]}),
    ("nicht unter 300 Mark", "de", {"300": [Bound.LOWER]}),
    # "od" opens a range and is no bound; "do" alone is "up to"
    ("od 5 do 10 °C", "pl", {"10": [Bound.UPPER]}),
    ("1400 obr./min lub więcej", "pl", {"1400": [Bound.LOWER]}),
    ("5 až 10 °C", "cs", {"10": [Bound.UPPER]}),
    ("děti od 8 let a starší", "cs", {"8": [Bound.LOWER]}),
    ("5 мм и более", "ru", {"5": [Bound.LOWER]}),
    ("понад 5 мм", "uk", {"5": [Bound.LOWER]}),
    ("more than $5 million", "en", {"5000000": [Bound.LOWER]}),
    ("un plazo máximo de 30 días", "es", {"30": [Bound.UPPER]}),
    ("no menor de 18 años", "es", {"18": [Bound.LOWER]}),
    ("ne doit pas être supérieur à 5", "fr", {"5": [Bound.UPPER]}),
    ("shall not be more than 5", "en", {"5": [Bound.UPPER]}),
    ("a maximum of MXN $5", "en", {"5": [Bound.UPPER]}),
    ("up to EUR 5", "en", {"5": [Bound.UPPER]}),
    ("no menos de cinco (5) días", "es", {"5": [Bound.LOWER]}),
    # words in brackets before a number that are no number words: no bound read through
    ("más de la mitad (5) días", "es", {}),
    # a noun and "of" after a word other than minimum or maximum: no bound
    ("over the course of 5 years", "en", {}),
    ("the minimum wage and the sum of 5", "en", {}),
    # a sentence's end between the number and a bound word after it
    ("It was 5. Or more.", "en", {}),
])
def test_bounds_are_read(text: str, lang: str, bounds: dict[str, list[Bound]]) -> None:
    got = bounded(text, lang, extract_numbers)
    assert {v: [b.bound for b in bs] for v, bs in got.items()} == bounds


@pytest.mark.parametrize("lang", BOUND_LANGUAGES)
def test_each_bounds_file_parses_with_both_directions(lang: str) -> None:
    text = get_profile(lang).data_text(BOUNDS_DATA)
    assert text is not None
    sections = parse_bounds(text, name=lang)
    assert set(sections) <= set(SECTIONS)
    assert (sections.get("lower") or sections.get("lower_after")) and (
        sections.get("upper") or sections.get("upper_after"))
    for phrases in sections.values():
        assert all(p == p.lower() for p in phrases)
        assert len(set(phrases)) == len(phrases)


def test_bad_bounds_files_are_refused_with_their_line() -> None:
    with pytest.raises(ValueError, match=r"x/bounds.txt:2: unknown section \[lowest\]"):
        parse_bounds("# c\n[lowest]\nat least\n", name="x/bounds.txt")
    with pytest.raises(ValueError, match=r"x/bounds.txt:1: 'at least' before any"):
        parse_bounds("at least\n", name="x/bounds.txt")
