"""Portuguese: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences
from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    "Quando chegamos à pequena aldeia, já era noite e a maior parte das pessoas estava "
    "em casa. Perguntamos a um velho o caminho para a cabana, mas ele não sabia onde "
    "ela ficava. Depois uma mulher com o seu cão levou-nos até à beira da floresta, "
    "porque ela também ia para esse lado."
)


def test_pt_folder() -> None:
    check_folder(
        "pt", decimal_comma=True, words={"de", "o", "que"}, paragraph=PARAGRAPH, own_rules=True
    )


# Written for this test: abbreviations of segment.txt's classes.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "A Sra. Costa chegou ontem. Ela trouxe flores.",
            ["A Sra. Costa chegou ontem.", "Ela trouxe flores."],
        ),
        (
            "Veja a pág. 10 do relatório. É importante.",
            ["Veja a pág. 10 do relatório.", "É importante."],
        ),
        (
            "Aberto de seg. a sáb. e dom. pela manhã.",
            ["Aberto de seg. a sáb. e dom. pela manhã."],
        ),
        (
            "O escritório fica na Av. Paulista, 1000. Chegamos cedo.",
            ["O escritório fica na Av. Paulista, 1000.", "Chegamos cedo."],
        ),
        (  # "por exemplo", written with or without the space
            "Há frutas, p. ex. maçãs, e legumes, p.ex. couves. Fim.",
            ["Há frutas, p. ex. maçãs, e legumes, p.ex. couves.", "Fim."],
        ),
    ],
)
def test_pt_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "pt") == sentences


# Written for this test: headlines without a stop and speech after a colon.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Chuva forte fecha estradas no interior O temporal de ontem isolou três cidades.",
            ["Chuva forte fecha estradas no interior", "O temporal de ontem isolou três cidades."],
        ),
        (
            "Feira do livro abre em maio Os visitantes poderão ver 300 editoras.",
            ["Feira do livro abre em maio", "Os visitantes poderão ver 300 editoras."],
        ),
        # a title or a name after an article goes on, and so does a letter
        ("Ele leu o livro O Alquimista duas vezes.", ["Ele leu o livro O Alquimista duas vezes."]),
        ("Segundo O Globo, o acordo saiu.", ["Segundo O Globo, o acordo saiu."]),
        ("Tome vitamina A e durma bem.", ["Tome vitamina A e durma bem."]),
        # reported speech after a colon is a sentence of its own
        (
            "O ministro disse: «Não haverá aumento.» Depois saiu.",
            ["O ministro disse:", "«Não haverá aumento.»", "Depois saiu."],
        ),
        (
            "Os relatos dizem: «quando chove, não saio de casa».",
            ["Os relatos dizem: «quando chove, não saio de casa»."],
        ),
        ("A regra é simples: Ninguém sai.", ["A regra é simples: Ninguém sai."]),
    ],
)
def test_pt_ends_without_a_period(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "pt") == sentences
