"""Author-date bibliography entries are one unit (walk2 item 7, session 34)."""

from __future__ import annotations

import pytest

from aligner.readers import read_string
from aligner.segment import segment_document, split_sentences

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


# Corporate authors and entries with their year last: entries only inside a bibliography
# (a run of entries, or under a heading of the language's [bibliographies]).
IN_BIBLIOGRAPHY = [
    # a run of corporate entries: each line one unit
    ("es", "Banco Central de Chile. 1974. Informe anual. Santiago: BCCh.\n"
           "CEPAL. 1973. Estudio económico de América Latina. Santiago.",
     ["Banco Central de Chile. 1974. Informe anual. Santiago: BCCh.",
      "CEPAL. 1973. Estudio económico de América Latina. Santiago."]),
    # an entry with its year last next to an author-date one
    ("es", "Garcés, Joan E. Allende y la experiencia chilena. Barcelona: Ariel, 1976.\n"
           "Moulian, Tomás. 1997. Chile actual. Santiago: LOM.",
     ["Garcés, Joan E. Allende y la experiencia chilena. Barcelona: Ariel, 1976.",
      "Moulian, Tomás. 1997. Chile actual. Santiago: LOM."]),
    # under the heading, CRLF line ends too
    ("en", "Works cited:\r\nSmith, John. The Long Road. London: Verso, 2003.",
     ["Works cited:\r\nSmith, John. The Long Road. London: Verso, 2003."]),
    ("en", "References\nU.S. Senate. 1975. Covert Action in Chile. Washington: GPO.",
     ["References\nU.S. Senate. 1975. Covert Action in Chile. Washington: GPO."]),
    # alone, with nothing to show a bibliography, they split as before
    ("es", "CEPAL. 1973. Estudio económico de América Latina. Santiago.",
     ["CEPAL.", "1973. Estudio económico de América Latina.", "Santiago."]),
    ("en", "Smith, John. The Long Road. London: Verso, 2003.",
     ["Smith, John.", "The Long Road.", "London: Verso, 2003."]),
    # prose of the same look next to an entry: no title before the year, no comma before
    # the year, a lower-case word in the name
    ("es", "Sí, señor. Lo vi en Lima, 1997.\nMoulian, Tomás. 1997. Chile actual. Santiago: LOM.",
     ["Sí, señor.", "Lo vi en Lima, 1997.", "Moulian, Tomás. 1997. Chile actual. Santiago: LOM."]),
    ("es", "Chile. 1973. Fue un año difícil.\nSantiago. 1974. Otro año.",
     ["Chile.", "1973. Fue un año difícil.", "Santiago.", "1974. Otro año."]),
    ("es", "Bibliografía\nEn el año de la crisis. 1973. Todo cambió. Nadie lo vio.",
     ["Bibliografía\nEn el año de la crisis.", "1973. Todo cambió.", "Nadie lo vio."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IN_BIBLIOGRAPHY)
def test_in_bibliography(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_bibliography_of_a_document() -> None:
    # a paragraph an entry, as a word processor writes them: the heading and the
    # neighbouring entries are found outside the paragraph being split; the prose
    # before the heading is split as before
    text = ("La crisis fue larga. CEPAL. 1973. Estudio económico. Santiago.\n\n"
            "Bibliografía\n\n"
            "CEPAL. 1973. Estudio económico de América Latina. Santiago.\n\n"
            "Garcés, Joan E. Allende y la experiencia chilena. Barcelona: Ariel, 1976.\n")
    doc = read_string(text, lang="es")
    assert [s.text for s in segment_document(doc).segments] == [
        "La crisis fue larga.", "CEPAL.", "1973. Estudio económico.", "Santiago.",
        "Bibliografía",
        "CEPAL. 1973. Estudio económico de América Latina. Santiago.",
        "Garcés, Joan E. Allende y la experiencia chilena. Barcelona: Ariel, 1976.",
    ]
