"""Testers' cases (session 36, a Catalan city council's translator): a sentence that
opens with an elided word after a unit letter (``a les 20 h. L'acte``), and the street
abbreviations of Catalan and Spanish addresses (``a l'av. Diagonal``, ``la pza. de la
Vila``).

Each case is (language, text, expected sentences), written by hand.
"""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

ELIDED_START_CASES = [
    # an elided article or preposition opens a sentence after "h." as any word does
    ("ca", "La inauguració serà a les 12.00 h. L'acte comptarà amb la coral.",
     ["La inauguració serà a les 12.00 h.", "L'acte comptarà amb la coral."]),
    ("ca", "Tanca a les 20 h. L’entrada és lliure.",
     ["Tanca a les 20 h.", "L’entrada és lliure."]),
    ("ca", "Obre a les 12 h. D'altra banda, tanca a les 20 h.",
     ["Obre a les 12 h.", "D'altra banda, tanca a les 20 h."]),
    ("ca", "Obre a les 9.30 h. L'Ajuntament hi serà.",
     ["Obre a les 9.30 h.", "L'Ajuntament hi serà."]),
    ("ca", "La paret fa 2,5 m. L'altra és més alta.",
     ["La paret fa 2,5 m.", "L'altra és més alta."]),
    ("fr", "Le musée ferme à 20 h. L’entrée est libre.",
     ["Le musée ferme à 20 h.", "L’entrée est libre."]),
    ("fr", "Le musée ferme à 20 h. L'entrée est libre.",
     ["Le musée ferme à 20 h.", "L'entrée est libre."]),
    ("it", "Il museo chiude alle 20 h. L'ingresso è libero.",
     ["Il museo chiude alle 20 h.", "L'ingresso è libero."]),
    # as before: a capitalised word that is not elided, and lower case
    ("ca", "Tanca a les 20 h. El dilluns també.", ["Tanca a les 20 h.", "El dilluns també."]),
    ("ca", "La inauguració serà a les 12.00 h. La coral hi cantarà.",
     ["La inauguració serà a les 12.00 h.", "La coral hi cantarà."]),
    ("ca", "Obre a les 10.30 h. i tanca a les 14 h.", ["Obre a les 10.30 h. i tanca a les 14 h."]),
    ("ca", "Obre a les 10 h. d'octubre a juny.", ["Obre a les 10 h. d'octubre a juny."]),
    # after other stops and abbreviations that end a sentence (these split already)
    ("ca", "Porteu llapis, paper, etc. L'entrada és lliure.",
     ["Porteu llapis, paper, etc.", "L'entrada és lliure."]),
    ("ca", "El cost és de 5 €. L'entrada és lliure.",
     ["El cost és de 5 €.", "L'entrada és lliure."]),
    ("ca", "Vam arribar a casa. L’endemà vam marxar.",
     ["Vam arribar a casa.", "L’endemà vam marxar."]),
    # an initial is still no sentence end: a name follows
    ("en", "It was signed by George W. Bush in 2001.",
     ["It was signed by George W. Bush in 2001."]),
    ("ca", "George W. Bush va arribar a les 20 h. L'acte va ser breu.",
     ["George W. Bush va arribar a les 20 h.", "L'acte va ser breu."]),
    ("ca", "Va parlar amb el Sr. Puig i amb la Sra. Vidal. Després van marxar.",
     ["Va parlar amb el Sr. Puig i amb la Sra. Vidal.", "Després van marxar."]),
    # a company's suffix at a line's end before a sentence that opens elided
    ("ca", "L'obra la fa Serveis Urbans S.L.\nL'empresa és de la ciutat.",
     ["L'obra la fa Serveis Urbans S.L.", "L'empresa és de la ciutat."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ELIDED_START_CASES)
def test_an_elided_word_opens_a_sentence_after_a_unit_letter(
        lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
