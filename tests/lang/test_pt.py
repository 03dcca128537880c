"""Portuguese: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences
from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Quando chegamos à pequena aldeia, já era noite e a maior parte das pessoas estava '
    'em casa. Perguntamos a um velho o caminho para a cabana, mas ele não sabia onde '
    'ela ficava. Depois uma mulher com o seu cão levou-nos até à beira da floresta, '
    'porque ela também ia para esse lado.'
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
    ],
)
def test_pt_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "pt") == sentences
