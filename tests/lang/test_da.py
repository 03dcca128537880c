"""Danish: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Da vi kom til den lille landsby, var det allerede mørkt, og de fleste mennesker '
    'var hjemme. Vi spurgte en gammel mand om vejen til hytten, men han vidste ikke, '
    'hvor den lå. Så fulgte en kvinde med sin hund os hen til skovkanten, fordi hun '
    'også skulle den vej.'
)


def test_da_folder() -> None:
    check_folder("da", decimal_comma=True, words={"at", "ikke", "og"}, paragraph=PARAGRAPH)
