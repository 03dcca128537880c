"""The checker on the bundled corpus: exactly the hand-written expected findings,
and hand-placed errors found where they were put."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from corpus_units import GLOSSARY, corpus_available, corpus_units

from aligner.check import Unit, run_checks
from aligner.glossary import load_glossary
from aligner.model import Glossary

pytestmark = pytest.mark.skipif(not corpus_available(), reason="corpus/ or glossary.tsv absent")

EXPECTED = Path(__file__).parent / "corpus_expected.tsv"


@pytest.fixture(scope="module")
def repo_glossary() -> Glossary:
    return load_glossary(GLOSSARY, src_lang="es", tgt_lang="en")


@pytest.fixture(scope="module")
def units() -> list[Unit]:
    return corpus_units()


def expected_findings() -> set[tuple[int, str, str]]:
    rows = set()
    for line in EXPECTED.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        unit, code, term, _why = line.split("\t")
        rows.add((int(unit), code, term))
    return rows


def test_corpus_has_the_expected_shape(units: list[Unit]) -> None:
    assert len(units) == 199
    assert units[1] == Unit("Chile 73: ¿era posible la victoria?",
                            "Chile ’73: Was Victory Possible?")


def test_corpus_findings_are_the_expected_ones(
    units: list[Unit], repo_glossary: Glossary
) -> None:
    result = run_checks(units, glossary=repo_glossary, src_lang="es", tgt_lang="en")
    got = {(f.unit, f.code, f.source_term or "") for f in result.findings}
    assert got == expected_findings()


# Errors placed by hand in single corpus units: (unit, old text, new text, code).
SEEDED = [
    (48, "3,526", "3,256", "number-mismatch"),
    (63, "125,000", "12,500", "number-mismatch"),
    (30, "(1948–58)", "(1948–68)", "number-mismatch"),
    (63, "a lockout", "a patronal strike", "term-forbidden"),
    (70, "dual power", "double power", "term-forbidden"),
    (46, "thirty-four estates", "thirty-four funds", "term-forbidden"),
    (98, "Arms Control Law", "Gun Control Law", "term-forbidden"),
    (87, "communal commands", "local committees", "term-missing"),
    (93, "Committees of Supply and Prices (JAP)", "Supply Boards", "term-missing"),
    (95, "the JAPs", "the boards", "term-missing"),
    (36, "Social Property Area", "public sector", "term-missing"),
    (10, "noncommissioned officers", "sergeants", "term-missing"),
    (3, "What went wrong?", "¿Qué falló?", "untranslated"),
    (29, "The retreat of the armed forces after the Great Depression reinforced the view of "
         "a supposedly constitutional military.", "", "empty-target"),
]


@pytest.mark.parametrize(("unit", "old", "new", "code"), SEEDED)
def test_seeded_error_is_found_in_its_unit(
    units: list[Unit], repo_glossary: Glossary, unit: int, old: str, new: str, code: str
) -> None:
    assert old in units[unit].target
    changed = list(units)
    changed[unit] = replace(units[unit], target=units[unit].target.replace(old, new))
    result = run_checks(changed, glossary=repo_glossary, src_lang="es", tgt_lang="en")
    new_findings = {(f.unit, f.code) for f in result.findings} - {
        (u, c) for u, c, _ in expected_findings()
    }
    assert (unit, code) in new_findings
    # and nothing else of the error kinds appears anywhere
    assert {c for _, c in new_findings} <= {code, "term-missing", "term-inconsistent"}


def test_missing_inverted_mark_in_corpus(units: list[Unit]) -> None:
    changed = list(units)
    changed[3] = replace(units[3], source="Qué falló?")
    result = run_checks(changed, glossary=None, src_lang="es", tgt_lang="en")
    # the page's English-only text (empty-source, listed in corpus_expected.tsv) aside
    assert [(f.unit, f.code) for f in result.findings
            if f.code != "empty-source"] == [(3, "inverted-mark")]
