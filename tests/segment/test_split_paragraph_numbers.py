"""A patent's paragraph numbers (``[0014]``, ``【0014】``) open a sentence; a bracketed
reference after a stop on the same line stays with the sentence on its left (a patent
translator's report, session 32).

Each case is (language, text, expected sentences), written by hand.
"""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

OPENS = [
    # one paragraph a line, as Espacenet gives them: a number at a line's start
    ("en", "[0014] The sheet is 0.3 mm thick.\n[0015] The end plates are fixed by bolts.",
     ["[0014] The sheet is 0.3 mm thick.", "[0015] The end plates are fixed by bolts."]),
    # a number on a line of its own goes with the text after it
    ("en", "The housing 12 is made of aluminum.\n[0012]\nThe substrate 14 is made of resin.",
     ["The housing 12 is made of aluminum.", "[0012]\nThe substrate 14 is made of resin."]),
    # lines joined (a PDF's paragraph, --unwrap): four digits with a leading zero are no
    # citation anywhere
    ("en", "The housing is made of aluminum. [0012] The substrate is made of resin.",
     ["The housing is made of aluminum.", "[0012] The substrate is made of resin."]),
    # a copy that lost its line breaks and spaces
    ("en", "The sheet is 0.3 mm thick.[0015]The end plates are fixed by bolts.",
     ["The sheet is 0.3 mm thick.", "[0015]The end plates are fixed by bolts."]),
    ("ja", "シートは薄い。【0015】端板はボルトで固定される。",
     ["シートは薄い。", "【0015】端板はボルトで固定される。"]),
    # a number that opens a line after a stop is a new item: a list of references
    ("en", "Smith, J. Heat pipes. London, 2001.\n[2] Jones, K. Fins. Paris, 2003.",
     ["Smith, J. Heat pipes.", "London, 2001.", "[2] Jones, K. Fins.", "Paris, 2003."]),
    ("de", "[0014] Das Blech ist 0,3 mm dick.\n[0015] Die Endplatten sind verschraubt.",
     ["[0014] Das Blech ist 0,3 mm dick.", "[0015] Die Endplatten sind verschraubt."]),
    # after an abbreviation at a line's end, which by itself would run on
    ("de", "Das Blech ist dünn, vgl. z. B.\n[0015] Die Endplatten sind verschraubt.",
     ["Das Blech ist dünn, vgl. z. B.", "[0015] Die Endplatten sind verschraubt."]),
    # a line ending in a semicolon, which no stop is: the next paragraph still opens
    ("zh", "[0006] 图1为立体图；\n[0007] 图2为分解图。",
     ["[0006] 图1为立体图；", "[0007] 图2为分解图。"]),
    ("ja", "【０００６】本発明は装置に関する。\n【０００７】図１は斜視図である。",
     ["【０００６】本発明は装置に関する。", "【０００７】図１は斜視図である。"]),
    ("ja", "【0006】筐体と、\n【0007】基板とを備える。",
     ["【0006】筐体と、", "【0007】基板とを備える。"]),
]

STAYS = [
    # a reference after the stop on the same line attaches left, at the line's end too
    ("en", "It was built in Dulwich. [17] Placed there, it stood.",
     ["It was built in Dulwich. [17]", "Placed there, it stood."]),
    ("en", "It was built in Dulwich. [17]\nPlaced there, it stood.",
     ["It was built in Dulwich. [17]", "Placed there, it stood."]),
    ("en", "It was built in Dulwich.[17][18] Placed there, it stood.",
     ["It was built in Dulwich.[17][18]", "Placed there, it stood."]),
    ("de", "Das steht bei Müller. [12] Danach folgt mehr.",
     ["Das steht bei Müller. [12]", "Danach folgt mehr."]),
    # a paragraph number referred to inside a sentence, and one in the middle of a line
    # after no stop, are the sentence's words
    ("en", "As described in paragraph [0012] above, the sheet is thin.",
     ["As described in paragraph [0012] above, the sheet is thin."]),
    ("zh", "如段落[0012]所述，导热片较薄。", ["如段落[0012]所述，导热片较薄。"]),
    ("ja", "段落【0012】に記載の通り、シートは薄い。",
     ["段落【0012】に記載の通り、シートは薄い。"]),
    # a year in brackets at a line's start inside a sentence is no paragraph number
    ("en", "It was decided in Smith v Jones\n[1998] AC 1 and later upheld.",
     ["It was decided in Smith v Jones\n[1998] AC 1 and later upheld."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OPENS + STAYS)
def test_paragraph_numbers_and_references(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
