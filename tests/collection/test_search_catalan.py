"""aligner search in a Catalan collection finds what the glossary checks find: a term's
feminine and plural forms, and the punt volat typed otherwise (walk 2, items 3 and 10).
Sentences written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.collection.conftest import run

CATALAN = [
    "La regidora de Cultura va parlar.",
    "Les regidores van votar.",
    "El regidor d'Hisenda va parlar.",
    "La regidoria de Cultura és nova.",
    "Els plens municipals són públics.",
    "La reforma del col.legi començarà.",
    "La reforma del coŀlegi començarà.",
    "Els col•legis obriran dilluns.",
]
SPANISH = [
    "La concejala de Cultura habló.",
    "Las concejalas votaron.",
    "El concejal de Hacienda habló.",
    "La concejalía de Cultura es nueva.",
    "Los plenos municipales son públicos.",
    "La reforma del colegio empezará.",
    "La reforma del edificio empezará.",
    "Los colegios abrirán el lunes.",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp_path = tmp_path_factory.mktemp("catalan")
    for lang, lines in (("ca", CATALAN), ("es", SPANISH)):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"ple.{lang}.txt").write_text("\n\n".join(lines) + "\n",
                                                         encoding="utf-8")
    db = tmp_path / "c.db"
    assert run("batch", str(tmp_path / "ca"), str(tmp_path / "es"), "--src-lang", "ca",
               "--tgt-lang", "es", "--db", str(db), "--jobs", "1")[0] == 0
    return db


def _found(db: Path, query: str) -> list[tuple[int, str]]:
    code, out, stderr = run("search", str(db), query, "--side", "src", "--format", "json")
    assert code == 0, stderr
    hits = json.loads(out)["hits"]
    return [(h["unit"], str(h["source"])[slice(*h["src_spans"][0])]) for h in hits]


def test_a_term_is_searched_in_its_feminine_and_plural_forms(db: Path) -> None:
    assert _found(db, "regidor") == [(0, "regidora"), (1, "regidores"), (2, "regidor")]
    assert _found(db, "ple municipal") == [(4, "plens municipals")]


def test_the_punt_volat_typed_otherwise_is_found_as_written(db: Path) -> None:
    assert _found(db, "col·legi") == [(5, "col.legi"), (6, "coŀlegi"), (7, "col•legis")]
    assert _found(db, "col.legi") == _found(db, "col·legi")


def test_search_and_the_glossary_checks_agree(db: Path, tmp_path: Path) -> None:
    glossary = tmp_path / "g.tsv"
    glossary.write_text("ca\tes\nregidor\tconcejal\ncol·legi\tcolegio\n", encoding="utf-8")
    code, out, stderr = run("check", str(db), "--glossary", str(glossary), "--format", "json")
    assert code == 1, stderr
    missing = [f for f in json.loads(out)["findings"] if f["code"] == "term-missing"]
    # every unit search finds holds the term; only unit 6 leaves it unrendered
    assert [(f["unit"], f["source_term"]) for f in missing] == [(6, "col·legi")]
