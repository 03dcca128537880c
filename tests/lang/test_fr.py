"""French: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Quand nous sommes arrivés dans le petit village, il faisait déjà nuit et la '
    'plupart des gens étaient chez eux. Nous avons demandé le chemin de la cabane à un '
    'vieil homme, mais il ne savait pas où elle était. Puis une femme avec son chien '
    "nous a conduits jusqu'au bord de la forêt, parce qu'elle allait aussi dans cette "
    'direction.'
)


def test_fr_folder() -> None:
    check_folder("fr", decimal_comma=True, words={"et", "le", "pas"}, paragraph=PARAGRAPH)
