"""German: the profile, the generic segmentation rules, the function words."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences
from tests.lang.function_words import check_folder

# Written for this test.
PARAGRAPH = (
    'Als wir am Abend in das kleine Dorf kamen, war es schon dunkel, und die meisten '
    'Leute waren zu Hause. Wir fragten einen alten Mann nach dem Weg zur Hütte, aber er'
    ' wusste nicht, wo sie war. Dann hat uns eine Frau mit ihrem Hund bis an den Rand '
    'des Waldes gebracht, weil sie auch dorthin gehen wollte.'
)


def test_de_folder() -> None:
    check_folder(
        "de", decimal_comma=True, words={"der", "nicht", "und"}, paragraph=PARAGRAPH, own_rules=True
    )


# Written for this test: abbreviations of segment.txt's classes.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Wir trafen Hrn. Weber vor der Tür. Er wartete dort.",
            ["Wir trafen Hrn. Weber vor der Tür.", "Er wartete dort."],
        ),
        (
            "Das gilt z. B. für Äpfel bzw. Birnen. Sonst nicht.",
            ["Das gilt z. B. für Äpfel bzw. Birnen.", "Sonst nicht."],
        ),
        (
            "Siehe Kap. 4 und Abb. 2 im Anhang.",
            ["Siehe Kap. 4 und Abb. 2 im Anhang."],
        ),
        (
            "Die Wahl war am 12. Juni. Im 20. Jahrhundert galt das noch.",
            ["Die Wahl war am 12. Juni.", "Im 20. Jahrhundert galt das noch."],
        ),
        (
            "Er kam um 12. Danach ging er.",
            ["Er kam um 12.", "Danach ging er."],
        ),
        # two dates in a row are no inline list "3. ... 4. ..."
        (
            "Sie wurde am 3. Oktober eröffnet und am 4. Oktober wieder geschlossen.",
            ["Sie wurde am 3. Oktober eröffnet und am 4. Oktober wieder geschlossen."],
        ),
        (
            "Vom 1. Januar bis zum 2. Februar bleibt das Haus geschlossen.",
            ["Vom 1. Januar bis zum 2. Februar bleibt das Haus geschlossen."],
        ),
        (
            "Die Sitzung ist am 12. März. Die nächste folgt am 13. Mai.",
            ["Die Sitzung ist am 12. März.", "Die nächste folgt am 13. Mai."],
        ),
        # an imprint page: edition, century, translation, a club, name initials
        (
            "Der Band erschien in der 2. Aufl. im Jahr 2020. Er lebte im 5. Jh. v. Chr. "
            "in Athen. Übers. aus dem Franz. von A. Klein. Der 1. FC Köln gewann. "
            "Er las Th. Mann und H.-J. Schmidt.",
            ["Der Band erschien in der 2. Aufl. im Jahr 2020.",
             "Er lebte im 5. Jh. v. Chr. in Athen.", "Übers. aus dem Franz. von A. Klein.",
             "Der 1. FC Köln gewann.", "Er las Th. Mann und H.-J. Schmidt."],
        ),
        (
            "Die Übers. erschien 2020. Die 2. Aufl. Sie kam spät.",
            ["Die Übers. erschien 2020.", "Die 2. Aufl.", "Sie kam spät."],
        ),
        # ... and a sentence still ends after them
        (
            "Die Stadt entstand im 5. Jh. Die Römer kamen später. Das war die 2. Aufl. "
            "Später kam die dritte.",
            ["Die Stadt entstand im 5. Jh.", "Die Römer kamen später.",
             "Das war die 2. Aufl.", "Später kam die dritte."],
        ),
        # two initials in one sentence are no lettered list (A. ... B. ...)
        (
            "Herausgegeben von A. Klein und B. Roth. Die Optionen: A. Der Bus B. Die Bahn",
            ["Herausgegeben von A. Klein und B. Roth.", "Die Optionen:", "A. Der Bus",
             "B. Die Bahn"],
        ),
        # ... while a list of capitalised items still is one
        (
            "Die Maßnahmen: 1. Längere Öffnungszeiten 2. Mehr Personal",
            ["Die Maßnahmen:", "1. Längere Öffnungszeiten", "2. Mehr Personal"],
        ),
        # a street name hyphenated before -Str., a day before a month's abbreviation
        (
            "Das Büro ist in der Karl-Marx-Str. 14 in Berlin. Sie kam am 4. Jan. 2024 an.",
            ["Das Büro ist in der Karl-Marx-Str. 14 in Berlin.", "Sie kam am 4. Jan. 2024 an."],
        ),
    ],
)
def test_de_segmentation(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "de") == sentences
