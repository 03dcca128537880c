"""untranslated, empty-target and empty-source."""

from __future__ import annotations

import pytest
from check_helpers import findings


@pytest.mark.parametrize(
    ("source", "target", "codes"),
    [
        ("La burguesía salió a la calle.", "La burguesía salió a la calle.", ["untranslated"]),
        ("La burguesía salió a la calle.", "la  burguesía salió a la calle. ", ["untranslated"]),
        ("La burguesía salió a la calle.", "The bourgeoisie took to the streets.", []),
        ("La burguesía salió a la calle.", "", ["empty-target"]),
        ("La burguesía salió a la calle.", "  \n", ["empty-target"]),
        # the same in any language: names, numbers, URLs
        ("Pablo Torres", "Pablo Torres", []),
        ("Dauno Tótoro", "Dauno Tótoro", []),
        ("1970–1973", "1970–1973", []),
        ("https://example.org/a", "https://example.org/a", []),
        ("Santiago de Chile", "Santiago de Chile", []),
        ("Miguel de Cervantes", "Miguel de Cervantes", []),
        ("Pablo de la", "Pablo de la", ["untranslated"]),  # mostly particles: not a name
        ("Pablo es dirigente", "Pablo es dirigente", ["untranslated"]),
        # one capitalised word: a name unless it is an ordinary Spanish word
        ("Gaudichaud", "Gaudichaud", []),
        ("Gracias.", "Gracias.", ["untranslated"]),
        ("Introducción", "Introducción", ["untranslated"]),
        # no source: an addition, unless it is names, numbers or links only
        ("", "Facebook Twitter Share", []),
        ("", "Olivia Wood", []),
        ("", "https://example.org/a", []),
        ("", "", []),
        ("", "The court then adjourned.", ["empty-source"]),
        ("", "May 17, 2024", []),  # a date: a month's name and numbers
        ("", "Anmerkung der Übersetzerin.", ["empty-source"]),  # a sentence, capitalised
        ("", "DIESES BUCH IST NICHT ZU VERKAUFEN.", ["empty-source"]),
        ("Mayo", "May", []),
    ],
)
def test_completeness(source: str, target: str, codes: list[str]) -> None:
    got = findings([(source, target)], code=None)
    assert [f.code for f in got
            if f.code in ("untranslated", "empty-target", "empty-source")] == codes


def test_name_particles_data_file() -> None:
    from aligner.check.completeness import name_particles

    particles = name_particles()
    assert {"de", "van", "von"} <= particles
    assert all(p == p.lower() and " " not in p for p in particles)
