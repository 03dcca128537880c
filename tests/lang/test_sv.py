"""Swedish: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'När vi kom till den lilla byn var det redan mörkt och de flesta människor var '
    'hemma. Vi frågade en gammal man om vägen till stugan, men han visste inte var den '
    'låg. Sedan följde en kvinna med sin hund oss till skogskanten, eftersom hon också '
    'skulle åt det hållet.'
)


def test_sv_folder() -> None:
    check_folder("sv", decimal_comma=True, words={"att", "inte", "och"}, paragraph=PARAGRAPH)
