"""Portuguese: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Quando chegamos à pequena aldeia, já era noite e a maior parte das pessoas estava '
    'em casa. Perguntamos a um velho o caminho para a cabana, mas ele não sabia onde '
    'ela ficava. Depois uma mulher com o seu cão levou-nos até à beira da floresta, '
    'porque ela também ia para esse lado.'
)


def test_pt_folder() -> None:
    check_folder("pt", decimal_comma=True, words={"de", "o", "que"}, paragraph=PARAGRAPH)
