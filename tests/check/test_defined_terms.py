"""A contract's defined terms: the glossary's ``case`` cell ``capitalised`` holds a term to
the capitals it is written with, in every form of its words (en -> es, s36 walk 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import findings

from aligner.errors import GlossaryError
from aligner.glossary import load_glossary
from aligner.model import Finding, Glossary

GLOSSARY = (
    "en\tes\tstatus\tnote\tcase\n"
    "Party\tParte\tpreferred\tdefined term\tcapitalised\n"
    "Agreement\tContrato\tpreferred\t\tcapitalised\n"
    "Agreement\tAcuerdo\tforbidden\tnever Acuerdo\tcapitalised\n"
    "Effective Date\tFecha de Entrada en Vigor\tpreferred\t\tcapitalised\n"
)


@pytest.fixture
def glossary(tmp_path: Path) -> Glossary:
    path = tmp_path / "g.tsv"
    path.write_text(GLOSSARY, encoding="utf-8")
    return load_glossary(str(path))


def _terms(glossary: Glossary, source: str, target: str) -> list[Finding]:
    return [f for f in findings([(source, target)], glossary=glossary, src_lang="en",
                                tgt_lang="es") if f.code.startswith("term-")]


@pytest.mark.parametrize(("source", "target"), [
    # the singular and the plural, capitalised, render the term
    ("The Party shall pay.", "La Parte pagará."),
    ("Either Party may terminate this Agreement.",
     "Cualquiera de las Partes podrá resolver el presente Contrato."),
    ("Both Parties agree.", "Ambas Partes acuerdan."),
    # a heading in capitals keeps its capitals
    ("THE PARTIES", "LAS PARTES"),
    # a lower-case source word is not the defined term: nothing to render
    ("A third party may not.", "Un tercero no podrá."),
    ("Any part of the Services.", "Ninguna parte de los Servicios."),
])
def test_a_capitalised_term_is_found_in_its_forms(glossary: Glossary, source: str,
                                                  target: str) -> None:
    assert _terms(glossary, source, target) == []


@pytest.mark.parametrize(("source", "target", "message", "found"), [
    ("Both Parties agree.", "Ambas partes acuerdan.",
     "'Parties' (Party) is not rendered as 'Parte': 'partes' is written in lower case; "
     "the glossary's 'Parte' is capitalised", "partes"),
    ("The Party shall pay.", "La parte pagará.",
     "'Party' is not rendered as 'Parte': 'parte' is written in lower case; the "
     "glossary's 'Parte' is capitalised", "parte"),
    ("from the Effective Date", "desde la fecha de entrada en vigor",
     "'Effective Date' is not rendered as 'Fecha de Entrada en Vigor': 'fecha de entrada "
     "en vigor' is written in lower case; the glossary's 'Fecha de Entrada en Vigor' is "
     "capitalised", "fecha de entrada en vigor"),
    ("from the Effective Date", "desde la Fecha de entrada en vigor",
     "'Effective Date' is not rendered as 'Fecha de Entrada en Vigor': 'Fecha de entrada "
     "en vigor' lacks the capitals of the glossary's 'Fecha de Entrada en Vigor'",
     "Fecha de entrada en vigor"),
])
def test_a_capitalised_term_written_in_lower_case_is_missing_and_said_so(
        glossary: Glossary, source: str, target: str, message: str, found: str) -> None:
    got = _terms(glossary, source, target)
    assert [(f.code, f.message, f.found) for f in got] == [("term-missing", message, found)]
    assert got[0].tgt_span is not None
    start, end = got[0].tgt_span
    assert target[start:end] == found


@pytest.mark.parametrize(("source", "target", "forbidden"), [
    ("This Agreement binds.", "El presente Acuerdo obliga.", ["Acuerdo"]),
    ("These Agreements bind.", "Los presentes Acuerdos obligan.", ["Acuerdos"]),
    # a lower-case common noun is not the forbidden defined term, on either side
    ("This Agreement is the entire agreement and supersedes all prior agreements.",
     "El presente Contrato es el acuerdo íntegro y sustituye a todos los acuerdos "
     "anteriores.", []),
    ("The entire agreement.", "El acuerdo íntegro.", []),
])
def test_a_capitalised_forbidden_rendering(glossary: Glossary, source: str, target: str,
                                           forbidden: list[str]) -> None:
    got = _terms(glossary, source, target)
    assert [(f.code, f.found) for f in got] == [("term-forbidden", w) for w in forbidden]


def test_an_allowed_plural_row_is_no_other_rendering(tmp_path: Path) -> None:
    """With the plural a form of the capitalised term, a row for it (the walk's
    work-around, ``Party -> Partes`` allowed) makes no term-inconsistent warning."""
    path = tmp_path / "g.tsv"
    path.write_text("en\tes\tstatus\tcase\nParty\tParte\tpreferred\tcapitalised\n"
                    "Party\tPartes\tallowed\tcapitalised\n", encoding="utf-8")
    pairs = [("The Party pays.", "La Parte paga."), ("Either Party.", "Cualquiera de las Partes."),
             ("The Party signs.", "La Parte firma.")]
    got = findings(pairs, glossary=load_glossary(str(path)), src_lang="en", tgt_lang="es")
    assert [f.code for f in got if f.code.startswith("term-")] == []


@pytest.mark.parametrize("cell", ["capitalised", "Capitalized", "initial", "mayúscula inicial",
                                  "Majuscule initiale", "großgeschrieben", "com maiúscula"])
def test_the_case_cell_names_the_rule_in_several_languages(tmp_path: Path, cell: str) -> None:
    path = tmp_path / "g.tsv"
    path.write_text(f"en\tes\tstatus\tcase\nParty\tParte\tpreferred\t{cell}\n",
                    encoding="utf-8")
    entry = load_glossary(str(path)).entries[0]
    assert (entry.capitalised, entry.target_capitalised) == (True, True)
    assert (entry.case_sensitive, entry.target_case_sensitive) == (False, False)


def test_an_unknown_case_cell_names_the_rules(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("en\tes\tstatus\tcase\nParty\tParte\tpreferred\tupper\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="expected sensitive, insensitive or capitalised"):
        load_glossary(str(path))


def test_a_capitalised_forbidden_capital_beside_the_word_approved_in_lower_case(
        tmp_path: Path) -> None:
    """As a case-sensitive one does: a house that writes months in lower case forbids
    Marzo, but not where a sentence opens and the capital is the sentence's."""
    path = tmp_path / "g.tsv"
    path.write_text("en\tes\tstatus\tcase\nMarch\tmarzo\tpreferred\t\n"
                    "March\tMarzo\tforbidden\tcapitalised\n", encoding="utf-8")
    pairs = [("On 18 March.", "El 18 de Marzo."), ("March was cold.", "Marzo fue frío."),
             ("On 18 March.", "El 18 de marzo.")]
    got = findings(pairs, glossary=load_glossary(str(path)), src_lang="en", tgt_lang="es")
    assert [(f.unit, f.code, f.found) for f in got if f.code.startswith("term-")] == [
        (0, "term-forbidden", "Marzo")]
