"""number-word-mismatch: a small count in words changed (check/counted.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check import CheckOptions
from aligner.check.counted import counted_words, parse_counted
from aligner.lang import COUNTED_DATA, get_profile
from aligner.model import Severity

COUNTED_LANGUAGES = ["en", "es", "fr", "de", "it", "pt", "nl", "pl"]


def _said(source: str, target: str, src_lang: str, tgt_lang: str) -> list[str]:
    found = findings([(source, target)], code="number-word-mismatch",
                     src_lang=src_lang, tgt_lang=tgt_lang)
    return [f.message for f in found]


# Written for this test, after the terminologist's walk (a warranty's "two years"
# translated "trois ans" passed every check).  Each pair is a sentence of a manual, a
# warranty or a contract with a small count in words changed; the message is written
# out by hand.
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "message"), [
    ("en", "fr", "The warranty covers two years from the date of purchase.",
     "La garantie couvre trois ans à compter de la date d'achat.",
     "a count in words differs: 'two years' (2) in the source, 'trois ans' (3) in the "
     "target"),
    ("en", "es", "The warranty covers two years.", "La garantía cubre tres años.",
     "a count in words differs: 'two years' (2) in the source, 'tres años' (3) in the "
     "target"),
    ("en", "fr", "The cleaning takes eight minutes.", "Le nettoyage dure six minutes.",
     "a count in words differs: 'eight minutes' (8) in the source, 'six minutes' (6) in "
     "the target"),
    ("en", "de", "Press the button twice.", "Drücken Sie die Taste dreimal.",
     "a count in words differs: 'twice' (2) in the source, 'dreimal' (3) in the target"),
    ("en", "de", "Run three cleaning cycles.", "Führen Sie zwei Reinigungszyklen aus.",
     None),  # (a compound noun is not read: the count is left alone)
    ("en", "de", "The lamp flashes three times.", "Die Lampe blinkt vier Mal.",
     "a count in words differs: 'three times' (3) in the source, 'vier Mal' (4) in the "
     "target"),
    ("en", "it", "Hold the key for five seconds.", "Tenere premuto il tasto per tre secondi.",
     "a count in words differs: 'five seconds' (5) in the source, 'tre secondi' (3) in "
     "the target"),
    ("en", "pt", "The notice period is two weeks.", "O prazo de aviso é de três semanas.",
     "a count in words differs: 'two weeks' (2) in the source, 'três semanas' (3) in the "
     "target"),
    ("en", "nl", "Let the printer rest for ten minutes.",
     "Laat de printer vijf minuten rusten.",
     "a count in words differs: 'ten minutes' (10) in the source, 'vijf minuten' (5) in "
     "the target"),
    ("en", "pl", "The device is covered for two years.", "Urządzenie jest objęte "
     "gwarancją na pięć lat.",
     "a count in words differs: 'two years' (2) in the source, 'pięć lat' (5) in the "
     "target"),
    ("es", "en", "El plazo es de cuatro días hábiles.", "The period is four working days.",
     None),  # (an adjective between: not read, and nothing reported)
    ("de", "fr", "Die Frist beträgt zwei Wochen.", "Le délai est de trois semaines.",
     "a count in words differs: 'zwei Wochen' (2) in the source, 'trois semaines' (3) in "
     "the target"),
    ("en", "es", "Offer valid for a two-year period.", "Oferta válida durante tres años.",
     "a count in words differs: 'two-year' (2) in the source, 'tres años' (3) in the "
     "target"),
])
def test_a_changed_count_is_reported(src_lang: str, tgt_lang: str, source: str,
                                     target: str, message: str | None) -> None:
    assert _said(source, target, src_lang, tgt_lang) == ([message] if message else [])


# Near misses, written for this test: the same words where they count nothing of
# measure, or where the two sides agree in other forms, or where number-mismatch
# already speaks.
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target"), [
    ("en", "fr", "The warranty covers two years.", "La garantie couvre deux ans."),
    ("en", "es", "The warranty covers two years.", "La garantía cubre 2 años."),
    ("en", "es", "One of them stayed two days.", "Uno de ellos se quedó dos días."),
    # one is never compared: an article as often (un año, ein Jahr)
    ("en", "es", "It lasts one year.", "Dura dos años."),
    ("en", "de", "Wait a year.", "Warten Sie zwei Jahre."),
    # ordinals are no counts; second as an ordinal
    ("en", "es", "On the second day, press the key.", "El tercer día, pulse la tecla."),
    ("en", "fr", "Wait a second.", "Attendez deux secondes."),
    # a couple, a few, idioms: no number word before a noun of measure
    ("en", "es", "Wait a couple of minutes.", "Espere tres minutos."),
    ("en", "es", "I am in two minds about it.", "Estoy entre tres aguas."),
    ("es", "en", "Salieron de dos en dos.", "They went out in threes."),
    # a count only one side makes of that thing: other words, not a changed number
    ("es", "en", "Tiene quince días para responder.", "You have two weeks to reply."),
    ("en", "es", "It takes two weeks.", "Tarda quince días."),
    # part of a larger number: number-mismatch's from 11 up
    ("en", "es", "He stayed twenty-two days.", "Se quedó veinte y dos días."),
    ("fr", "en", "Il resta quatre-vingt-dix jours.", "He stayed ninety days."),
    # a count in digits on one side: number-mismatch reports it, not this check
    ("en", "es", "The warranty covers two years.", "La garantía cubre 3 años."),
    # a range: the word after "or" is counted on both sides alike
    ("en", "es", "Wait two or three minutes.", "Espere dos o tres minutos."),
    # a language without counted.txt is not compared
    ("en", "ru", "The warranty covers two years.", "Гарантия три года."),
])
def test_near_misses_are_silent(src_lang: str, tgt_lang: str, source: str,
                                target: str) -> None:
    assert _said(source, target, src_lang, tgt_lang) == []


def test_a_warning_that_can_be_turned_off() -> None:
    pair = [("The warranty covers two years.", "La garantía cubre tres años.")]
    found = findings(pair, code="number-word-mismatch", src_lang="en", tgt_lang="es")
    assert [(f.severity, f.expected, f.found) for f in found] == [
        (Severity.WARNING, ("two years",), "tres años")]
    assert found[0].src_span == (20, 29) and found[0].tgt_span == (18, 27)
    off = CheckOptions(disabled=frozenset({"number-word-mismatch"}))
    assert findings(pair, code="number-word-mismatch", src_lang="en", tgt_lang="es",
                    options=off) == []
    # number-mismatch stays silent here: small numbers in words are not its own
    assert findings(pair, code="number-mismatch", src_lang="en", tgt_lang="es") == []


@pytest.mark.parametrize("lang", COUNTED_LANGUAGES)
def test_every_language_counts_two_to_ten_and_the_same_things(lang: str) -> None:
    words = counted_words(lang)
    assert words is not None
    assert set(words.numbers.values()) == set(range(2, 11))
    things = set(words.nouns.values())
    assert things == {"year", "month", "week", "day", "hour", "minute", "second", "times",
                      "cycle", "person", "page", "sheet"}
    text = get_profile(lang).data_text(COUNTED_DATA)
    assert text is not None and "[numbers]" in text


def test_a_bad_counted_file_names_file_and_entry() -> None:
    with pytest.raises(ValueError, match=r"x/counted.txt: '1 one': a count from 2 to 10"):
        parse_counted("[numbers]\n1 one\n", name="x/counted.txt")
    with pytest.raises(ValueError, match=r"x/counted.txt: 'two': a number word needs"):
        parse_counted("[numbers]\ntwo\n", name="x/counted.txt")
    with pytest.raises(ValueError, match=r"x/counted.txt:1: 'years' before any"):
        parse_counted("years\n", name="x/counted.txt")
