"""Catalan: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Quan vam arribar al poble petit ja era fosc i la majoria de la gent era a casa. '
    'Vam preguntar el camí de la cabana a un home vell, però no sabia on era. Després '
    'una dona amb el seu gos ens va portar fins a la vora del bosc, perquè ella també '
    'anava cap allà.'
)


def test_ca_folder() -> None:
    check_folder("ca", decimal_comma=True, words={"amb", "el", "i"}, paragraph=PARAGRAPH)
