"""Author-date bibliography entries are one unit (walk2 item 7, session 34)."""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

CASES = [
    ("es", "Moulian, Tomás. 1997. Chile actual: anatomía de un mito. Santiago: LOM.",
     ["Moulian, Tomás. 1997. Chile actual: anatomía de un mito. Santiago: LOM."]),
    # the dashes that stand for the last author, an editor, initials; any language
    ("es", "———. 1998. Conversación interrumpida con Allende. Santiago: LOM.",
     ["———. 1998. Conversación interrumpida con Allende. Santiago: LOM."]),
    ("en", "Winn, Peter, ed. 2004. Victims of the Chilean Miracle. Durham: Duke University Press.",
     ["Winn, Peter, ed. 2004. Victims of the Chilean Miracle. Durham: Duke University Press."]),
    ("de", "Garcés, Joan E. 1976b. Allende y la experiencia chilena. Barcelona: Ariel.",
     ["Garcés, Joan E. 1976b. Allende y la experiencia chilena. Barcelona: Ariel."]),
    # each line of a bibliography is an entry; the prose line before it splits as usual
    ("en", "Works cited. See below.\nMoulian, Tomás. 1997. Chile actual. Santiago: LOM.",
     ["Works cited.", "See below.", "Moulian, Tomás. 1997. Chile actual. Santiago: LOM."]),
    # lines ended by CRLF: the CR ends the entry (it was read as inside it, and the
    # entries of a Windows file became one unit)
    ("es", "Moulian, Tomás. 1997. Chile actual. Santiago: LOM.\r\n"
           "Núñez, Rosa. 1999. La caleta. Santiago: Universitaria.",
     ["Moulian, Tomás. 1997. Chile actual. Santiago: LOM.",
      "Núñez, Rosa. 1999. La caleta. Santiago: Universitaria."]),
    # not an entry (split as before): no year after the name, a lower-case opening, an
    # entry-like run inside a line of prose
    ("en", "Smith, John. He left in 1997. Then he came back.",
     ["Smith, John.", "He left in 1997.", "Then he came back."]),
    ("en", "yes, sir. 1997. It was a good year.", ["yes, sir.", "1997. It was a good year."]),
    ("en", "He wrote in 1997. Then he stopped. Smith, J. 1998. Title.",
     ["He wrote in 1997.", "Then he stopped.", "Smith, J. 1998.", "Title."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_split(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
