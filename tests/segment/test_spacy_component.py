"""The spaCy component gives the same sentences as the text-level function."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "¿Cómo evitar que asumiera el mando? Las fuerzas se organizaron. La Sra. Pérez llegó.",
            [
                "¿Cómo evitar que asumiera el mando?",
                "Las fuerzas se organizaron.",
                "La Sra. Pérez llegó.",
            ],
        ),
        (
            "en",
            "They lived in the U.S. for years. Mr. Smith left. Dr. Ortiz stayed!",
            ["They lived in the U.S. for years.", "Mr. Smith left.", "Dr. Ortiz stayed!"],
        ),
        (
            "es",
            "Se publicó al día siguiente.² Abarcaba los bienes.",
            ["Se publicó al día siguiente.²", "Abarcaba los bienes."],
        ),
    ],
)
def test_blank_pipeline(lang: str, text: str, expected: list[str]) -> None:
    nlp = spacy.blank(lang)
    nlp.add_pipe("aligner_sentencizer")  # found through the entry point
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == expected


def test_start_inside_a_token_moves_to_the_next_token() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("aligner_sentencizer")
    doc = nlp("He took office?1At that time it rained.")
    sents = [s.text for s in doc.sents]
    assert len(sents) == 2
    assert "".join(sents).replace(" ", "") == doc.text.replace(" ", "")


def test_lang_override_and_pipe() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("aligner_sentencizer", config={"lang": "es"})
    docs = list(nlp.pipe(["Viajó a EE. UU. Luego volvió.", "Sin punto"]))
    assert [s.text for s in docs[0].sents] == ["Viajó a EE. UU.", "Luego volvió."]
    assert [s.text for s in docs[1].sents] == ["Sin punto"]


def test_import_aligner_does_not_import_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, aligner, aligner.segment, aligner.readers;"
        "import aligner.cli.main, aligner.cli.segment;"
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
