"""German: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Als wir am Abend in das kleine Dorf kamen, war es schon dunkel, und die meisten '
    'Leute waren zu Hause. Wir fragten einen alten Mann nach dem Weg zur Hütte, aber er'
    ' wusste nicht, wo sie war. Dann hat uns eine Frau mit ihrem Hund bis an den Rand '
    'des Waldes gebracht, weil sie auch dorthin gehen wollte.'
)


def test_de_folder() -> None:
    check_folder("de", decimal_comma=True, words={"der", "nicht", "und"}, paragraph=PARAGRAPH)
