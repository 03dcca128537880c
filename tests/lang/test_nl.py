"""Dutch: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences
from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Toen we in het kleine dorp aankwamen, was het al donker en waren de meeste mensen '
    'thuis. We vroegen een oude man de weg naar de hut, maar hij wist niet waar die '
    'was. Toen heeft een vrouw met haar hond ons tot aan de rand van het bos gebracht, '
    'omdat zij ook die kant op moest.'
)


def test_nl_folder() -> None:
    check_folder(
        "nl", decimal_comma=True, words={"de", "het", "niet"}, paragraph=PARAGRAPH, own_rules=True
    )


# Written for this test: abbreviations of segment.txt's classes.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Hij zag o.a. koeien en schapen. Daarna ging hij naar huis.",
            ["Hij zag o.a. koeien en schapen.", "Daarna ging hij naar huis."],
        ),
        (
            "Dat wil d.w.z. dat hij komt. Dan eten we.",
            ["Dat wil d.w.z. dat hij komt.", "Dan eten we."],
        ),
        (
            "Zie blz. 7 voor meer. Het staat er.",
            ["Zie blz. 7 voor meer.", "Het staat er."],
        ),
        (
            "Hij wilde niets zeggen. ,, Het paard heeft alles gegeven.",
            ["Hij wilde niets zeggen.", ",, Het paard heeft alles gegeven."],
        ),
    ],
)
def test_nl_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "nl") == sentences
