"""French: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences
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
    check_folder(
        "fr", decimal_comma=True, words={"et", "le", "pas"}, paragraph=PARAGRAPH, own_rules=True
    )


# Written for this test: abbreviations of segment.txt's classes.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "J'ai vu Mgr. Dupont hier. Il allait bien.",
            ["J'ai vu Mgr. Dupont hier.", "Il allait bien."],
        ),
        (
            "Voir chap. 5, cf. la préface. Puis lire la suite.",
            ["Voir chap. 5, cf. la préface.", "Puis lire la suite."],
        ),
        # an opening guillemet with its space before a capital starts a sentence
        (
            "Il a fini. « Bonjour », dit-il. Rome a continué.\u00a0«\u202fVous venez ? » "
            "demanda-t-il.",
            ["Il a fini.", "« Bonjour », dit-il.", "Rome a continué.",
             "«\u202fVous venez ? » demanda-t-il."],
        ),
        # ... but not after an abbreviation that refers to the quoted title
        (
            "Voir le vol. « Poésies » de Hugo. Voir p. « Introduction » pour le détail.",
            ["Voir le vol. « Poésies » de Hugo.", "Voir p. « Introduction » pour le détail."],
        ),
        (
            "Il a dit « oui ». « non » viendra plus tard.",
            ["Il a dit « oui ». « non » viendra plus tard."],
        ),
        (
            "Trad. de l'allemand par A. Klein. J.-P. Sartre a écrit ce livre. "
            "Il cite Ch. Péguy.",
            ["Trad. de l'allemand par A. Klein.", "J.-P. Sartre a écrit ce livre.",
             "Il cite Ch. Péguy."],
        ),
        # M. is Monsieur: a name after it that opens with a particle (Le, La, De, Du)
        # runs on, as any name does
        (
            "Au pied de la tour, M. Le Bihan fumait. Elle salua M. De Gaulle et M. Du Pont. "
            "Il vit M. Dupont.",
            ["Au pied de la tour, M. Le Bihan fumait.",
             "Elle salua M. De Gaulle et M. Du Pont.", "Il vit M. Dupont."],
        ),
        # an initial after an elided preposition
        (
            "Un roman d’A. Camus est paru. Puis un autre d'A. Gide.",
            ["Un roman d’A. Camus est paru.", "Puis un autre d'A. Gide."],
        ),
    ],
)
def test_fr_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "fr") == sentences
