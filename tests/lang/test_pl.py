"""Polish: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Kiedy przyjechaliśmy do małej wsi, było już ciemno i większość ludzi była w domu. '
    'Zapytaliśmy starego człowieka o drogę do chaty, ale nie wiedział, gdzie ona jest. '
    'Potem kobieta ze swoim psem zaprowadziła nas aż na skraj lasu, bo ona też szła w '
    'tę stronę.'
)


def test_pl_folder() -> None:
    check_folder("pl", decimal_comma=True, words={"i", "nie", "to"}, paragraph=PARAGRAPH)
