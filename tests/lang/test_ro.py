"""Romanian: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Când am ajuns în satul cel mic era deja întuneric și cei mai mulți oameni erau '
    'acasă. Am întrebat un bătrân care este drumul spre cabană, dar el nu știa unde '
    'este. Apoi o femeie cu câinele ei ne-a dus până la marginea pădurii, pentru că și '
    'ea mergea în acea direcție.'
)


def test_ro_folder() -> None:
    check_folder("ro", decimal_comma=True, words={"cu", "la", "nu"}, paragraph=PARAGRAPH)
