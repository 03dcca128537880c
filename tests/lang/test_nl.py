"""Dutch: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Toen we in het kleine dorp aankwamen, was het al donker en waren de meeste mensen '
    'thuis. We vroegen een oude man de weg naar de hut, maar hij wist niet waar die '
    'was. Toen heeft een vrouw met haar hond ons tot aan de rand van het bos gebracht, '
    'omdat zij ook die kant op moest.'
)


def test_nl_folder() -> None:
    check_folder("nl", decimal_comma=True, words={"de", "het", "niet"}, paragraph=PARAGRAPH)
