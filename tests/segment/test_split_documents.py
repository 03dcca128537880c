"""Testers' cases (session 27, a publisher's documents): soft hyphens inside words,
French incises inside guillemets, chapter headings in the languages with rules.

Each case is (language, text, expected sentences), written by hand.
"""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences, split_spans

SHY = "\u00ad"

SOFT_HYPHEN_CASES = [
    # a month after an ordinal: "Novem" alone is no month
    ("de", f"Der Sturm begann in der Nacht zum 14. Novem{SHY}ber 1911. Das Licht ging nicht aus.",
     [f"Der Sturm begann in der Nacht zum 14. Novem{SHY}ber 1911.", "Das Licht ging nicht aus."]),
    # a heading word: "Capí" alone is none
    ("es", f"Capí{SHY}tu{SHY}lo 1. La llegada", [f"Capí{SHY}tu{SHY}lo 1. La llegada"]),
    # an abbreviation cut in two is still one
    ("en", f"We met Mr{SHY}s. Smith at the door.", [f"We met Mr{SHY}s. Smith at the door."]),
    # a real boundary stays where it was, the soft hyphen with its word
    ("de", f"Er kam nach Ver{SHY}sailles. Dann ging er.",
     [f"Er kam nach Ver{SHY}sailles.", "Dann ging er."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SOFT_HYPHEN_CASES)
def test_soft_hyphens_split_nothing(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_soft_hyphens_stay_in_the_spans_of_a_region() -> None:
    text = f"xx Novem{SHY}ber. {SHY}Dann kam{SHY}. Er{SHY} yy"
    spans = split_spans(text, "de", 3, len(text) - 3)
    assert [text[a:b] for a, b in spans] == [f"Novem{SHY}ber.", f"{SHY}Dann kam{SHY}.", f"Er{SHY}"]


INCISE_CASES = [
    # the incise after a ! or ? inside an open «…» quotation goes on; the quotation's
    # next sentence, after the incise's period, starts anew
    ("fr", "« Il faut couvrir la vitre ! cria-t-il. Apporte la bâche ! »",
     ["« Il faut couvrir la vitre ! cria-t-il.", "Apporte la bâche ! »"]),
    ("fr", "« Qui est là ? demanda-t-elle. Répondez ! »",
     ["« Qui est là ? demanda-t-elle.", "Répondez ! »"]),
    # the quotation opened in an earlier sentence of the block is still open
    ("fr", "« Viens. Regarde ! dit-il. Vite ! »", ["« Viens.", "Regarde ! dit-il.", "Vite ! »"]),
    ("it", "«Dove vai? chiese Marta. Resta qui!»", ["«Dove vai? chiese Marta.", "Resta qui!»"]),
    # a capital after the mark still ends the sentence; a closed quotation decides as before
    ("fr", "« Il faut couvrir la vitre ! Apporte la bâche ! »",
     ["« Il faut couvrir la vitre !", "Apporte la bâche ! »"]),
    ("fr", "« C’est là ? » demanda Marta.", ["« C’est là ? » demanda Marta."]),
    ("fr", "Il a dit « non ». Quoi ? tu pars ?", ["Il a dit « non ».", "Quoi ?", "tu pars ?"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INCISE_CASES)
def test_an_incise_inside_guillemets(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


HEADING_CASES = [
    # a chapter heading with its title is one sentence, as in English and Spanish
    ("de", "Kapitel 1. Ankunft", ["Kapitel 1. Ankunft"]),
    ("de", "Teil II. Die Rückkehr", ["Teil II. Die Rückkehr"]),
    ("fr", "Chapitre 1. L’arrivée", ["Chapitre 1. L’arrivée"]),
    ("it", "Capitolo 1. L’arrivo", ["Capitolo 1. L’arrivo"]),
    ("pt", "Capítulo 1. A chegada", ["Capítulo 1. A chegada"]),
    ("nl", "Hoofdstuk 1. De aankomst", ["Hoofdstuk 1. De aankomst"]),
    ("ca", "Capítol 3. L’arribada", ["Capítol 3. L’arribada"]),
    ("pl", "Rozdział 1. Przyjazd", ["Rozdział 1. Przyjazd"]),
    ("cs", "Kapitola 1. Příjezd", ["Kapitola 1. Příjezd"]),
    ("ru", "Глава 1. Прибытие", ["Глава 1. Прибытие"]),
    ("uk", "Розділ 1. Прибуття", ["Розділ 1. Прибуття"]),
    ("el", "Κεφάλαιο 1. Η άφιξη", ["Κεφάλαιο 1. Η άφιξη"]),
    ("tr", "Bölüm 1. Varış", ["Bölüm 1. Varış"]),
    # the title ends at its period; what follows starts a sentence
    ("fr", "Article 5. Objet. La présente loi s’applique.",
     ["Article 5. Objet.", "La présente loi s’applique."]),
    # inside a sentence the word and its number are a reference like any other
    ("de", "Er las das Kapitel 5. Dann schlief er.", ["Er las das Kapitel 5.", "Dann schlief er."]),
    ("it", "Vedi il capitolo 5. Poi continua.", ["Vedi il capitolo 5.", "Poi continua."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HEADING_CASES)
def test_chapter_headings(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
