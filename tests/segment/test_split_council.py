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

ADDRESS_CASES = [
    # Catalan street types before a street's name, capitalised or not, elided too
    ("ca", "L'oficina és a l'av. Diagonal, 12. Obre a les nou.",
     ["L'oficina és a l'av. Diagonal, 12.", "Obre a les nou."]),
    ("ca", "L'oficina és a la pl. Catalunya, 3. Obre a les nou.",
     ["L'oficina és a la pl. Catalunya, 3.", "Obre a les nou."]),
    ("ca", "L'oficina és a l'Av. Meridiana, 5. Obre a les nou.",
     ["L'oficina és a l'Av. Meridiana, 5.", "Obre a les nou."]),
    ("ca", "La festa es farà a la Pl. Major. Hi haurà música.",
     ["La festa es farà a la Pl. Major.", "Hi haurà música."]),
    ("ca", "És a l'Avda. Pau Casals i a la pça. de la Vila. Obre a les nou.",
     ["És a l'Avda. Pau Casals i a la pça. de la Vila.", "Obre a les nou."]),
    ("ca", "És al Pg. de Gràcia i a la Rbla. Catalunya. Obre a les nou.",
     ["És al Pg. de Gràcia i a la Rbla. Catalunya.", "Obre a les nou."]),
    ("ca", "És a la Rda. Sant Pau, al Ptge. Permanyer i a la Trav. Gràcia. Tanca a les 20 h.",
     ["És a la Rda. Sant Pau, al Ptge. Permanyer i a la Trav. Gràcia.", "Tanca a les 20 h."]),
    ("ca", "És a la Urb. Can Roca, esc. B, 2n 1a. Obre a les nou.",
     ["És a la Urb. Can Roca, esc. B, 2n 1a.", "Obre a les nou."]),
    ("ca", "Es farà a la ctra. de Vic, km 5. Hi haurà música.",
     ["Es farà a la ctra. de Vic, km 5.", "Hi haurà música."]),
    ("ca", "Es farà a la Ctra. Nacional II. Hi haurà música.",
     ["Es farà a la Ctra. Nacional II.", "Hi haurà música."]),
    # the one-letter c. (carrer) is read as an initial; c/ and s/n have no period
    ("ca", "L'oficina és al c. Major, 5. Obre a les nou.",
     ["L'oficina és al c. Major, 5.", "Obre a les nou."]),
    ("ca", "L'oficina és al c/ Major, 5. Obre a les nou.",
     ["L'oficina és al c/ Major, 5.", "Obre a les nou."]),
    ("ca", "L'oficina és a la pl. de la Vila, s/n. L'horari és de 9 a 14 h.",
     ["L'oficina és a la pl. de la Vila, s/n.", "L'horari és de 9 a 14 h."]),
    # Spanish: plaza and paseo before lower case too (the starter "de" split them)
    ("es", "Está en la pza. de la Vila, núm. 1. Abre a las nueve.",
     ["Está en la pza. de la Vila, núm. 1.", "Abre a las nueve."]),
    ("es", "Está en la plza. de la Vila y en el pso. de Gracia. Abre a las nueve.",
     ["Está en la plza. de la Vila y en el pso. de Gracia.", "Abre a las nueve."]),
    ("es", "La oficina está en la Pza. Mayor, s/n. Abre a las nueve.",
     ["La oficina está en la Pza. Mayor, s/n.", "Abre a las nueve."]),
    ("es", "La oficina está en la pl. Catalunya, 3. Abre a las nueve.",
     ["La oficina está en la pl. Catalunya, 3.", "Abre a las nueve."]),
    ("es", "Se llega desde Málaga por la ctra. N-340 hasta Cádiz. Luego se gira.",
     ["Se llega desde Málaga por la ctra. N-340 hasta Cádiz.", "Luego se gira."]),
    ("es", "Está en la Urb. Los Pinos, junto a la Gta. de Bilbao. Abre a las nueve.",
     ["Está en la Urb. Los Pinos, junto a la Gta. de Bilbao.", "Abre a las nueve."]),
    ("es", "Está en la Rda. de Segovia y el Pje. Gutiérrez. Abre a las nueve.",
     ["Está en la Rda. de Segovia y el Pje. Gutiérrez.", "Abre a las nueve."]),
    ("es", "Está en la c/ Alcalá esq. Goya. Abre a las nueve.",
     ["Está en la c/ Alcalá esq. Goya.", "Abre a las nueve."]),
    ("es", "Está en la calle Toledo, 4, Esc. B, 2.º izda. Abre a las nueve.",
     ["Está en la calle Toledo, 4, Esc. B, 2.º izda.", "Abre a las nueve."]),
    # the side of a landing is last in an address: it may end a sentence...
    ("es", "Vive en la c/ Mayor, 5, 2.º dcha. Tiene dos hijos.",
     ["Vive en la c/ Mayor, 5, 2.º dcha.", "Tiene dos hijos."]),
    ("es", "Vive en el 3.º izqda. Tiene dos hijos.", ["Vive en el 3.º izqda.", "Tiene dos hijos."]),
    # ...and goes on before lower case and a number
    ("es", "Vive en el 3.º izq. y trabaja en el 4.º dcha.",
     ["Vive en el 3.º izq. y trabaja en el 4.º dcha."]),
    ("es", "Escriba a C/ Mayor, 5, 1.º izda. 28013 Madrid.",
     ["Escriba a C/ Mayor, 5, 1.º izda. 28013 Madrid."]),
    # a street type ends no sentence: one that ends with it (writers spell the word out
    # there) is joined to the next, the price of never cutting before a street's name
    ("ca", "Les obres tallen la ctra. El trànsit es desvia.",
     ["Les obres tallen la ctra. El trànsit es desvia."]),
    # titles and names as before; a given name that looks like an abbreviation ends
    ("ca", "Ho va dir el Sr. Puig a l'Av. Meridiana. L'acte va acabar.",
     ["Ho va dir el Sr. Puig a l'Av. Meridiana.", "L'acte va acabar."]),
    ("ca", "Ho va dir en Pol. Després va marxar.", ["Ho va dir en Pol.", "Després va marxar."]),
    ("es", "Habló con el Sr. Puig en la Av. Meridiana. Después se fue.",
     ["Habló con el Sr. Puig en la Av. Meridiana.", "Después se fue."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ADDRESS_CASES)
def test_street_abbreviations(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
