"""Icelandic: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Þegar við komum í litla þorpið var orðið dimmt og flestir voru heima hjá sér. Við '
    'spurðum gamlan mann um leiðina að kofanum en hann vissi ekki hvar hann var. Þá '
    'fylgdi kona með hundinn sinn okkur að skógarjaðrinum, því að hún var líka á leið '
    'þangað.'
)


def test_is_folder() -> None:
    check_folder("is", decimal_comma=False, words={"að", "ekki", "og"}, paragraph=PARAGRAPH)
