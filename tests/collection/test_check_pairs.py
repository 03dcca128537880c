"""aligner check / report of a collection of several language pairs: the documents of a
pair are compared with one another only, each pair checked with the glossary read for
it (the other way round for the reversed pair), and a pair the glossary is not of is
named with its documents."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.collection.conftest import run

# Memories of an NGO (our own text): "Unidad Popular" is a name an English text keeps in
# Spanish, so it is the source of a unit of both directions, translated otherwise in each.
ES_EN_A = ("Unidad Popular.\tPopular Unity.\n"
           "Gracias por su atención.\tThank you for your attention.\n")
ES_EN_B = "Unidad Popular.\tPopular Unity.\nGracias por su atención.\tThanks for listening.\n"
EN_ES = "Unidad Popular.\tLa Unidad Popular.\nThe Chilean road.\tLa vía chilena.\n"


def _memories(tmp_path: Path) -> Path:
    db = tmp_path / "ngo.db"
    for name, text, src, tgt in (("a.tsv", ES_EN_A, "es", "en"), ("b.tsv", ES_EN_B, "es", "en"),
                                 ("c.tsv", EN_ES, "en", "es")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        # b.tsv repeats a.tsv's first unit: kept, as the check across memories is shown
        code, _, stderr = run("import", str(db), str(tmp_path / name), "--src-lang", src,
                              "--tgt-lang", tgt, "--keep-duplicates")
        assert code == 0, stderr
    return db


def _findings(*args: str) -> tuple[list[dict[str, object]], str]:
    code, out, stderr = run("check", *args, "--format", "json", "--fail-on", "never")
    assert code == 0, stderr
    return json.loads(out)["findings"], stderr


def test_the_same_source_is_compared_within_its_pair_only(tmp_path: Path) -> None:
    db = _memories(tmp_path)
    found, _ = _findings(str(db), "--no-glossary")
    segments = [(f["document"], f["unit"], f["found"]) for f in found
                if f["code"] == "collection-segment-inconsistent"]
    # "Unidad Popular." is Popular Unity in both es -> en memories and La Unidad Popular
    # in the en -> es one: the same source text, but not the same language
    assert segments == [("tm/a.tsv", 1, "Thank you for your attention."),
                        ("tm/b.tsv", 1, "Thanks for listening.")]
    # one pair: its documents alone
    found, _ = _findings(str(db), "--no-glossary", "--src-lang", "en")
    assert {f["document"] for f in found} <= {"tm/c.tsv"}
    assert not [f for f in found if str(f["code"]).startswith("collection-")]


def test_a_glossary_is_read_for_each_pair_and_names_the_documents_it_skips(
        mixed: Path, glossary: Path, tmp_path: Path) -> None:
    """The es -> en glossary checks the es -> en documents, and the en -> es ones read
    the other way round (as check reads it for one pair of files); a fr -> de memory
    has no glossary, and the warning says which documents that leaves unchecked."""
    found, stderr = _findings(str(mixed), "--glossary", str(glossary))
    terms = [(f["document"], f["unit"], f["found"]) for f in found
             if f["code"] == "collection-term-inconsistent"]
    assert terms == [("2022/fabrica", 1, "Chilean way")]  # the es -> en documents' tally
    assert "another language pair" not in stderr
    report = tmp_path / "review"
    code, _, stderr = run("report", str(mixed), "--glossary", str(glossary), "-o",
                          str(report))
    assert code in (0, 1), stderr
    index = (report / "index.html").read_text(encoding="utf-8")
    assert "vía chilena" in index and "Chilean road" in index  # the es -> en terms
    assert (report / "docs" / "es_notas_cordones.html").is_file()
    # the index names the pairs: in its title, for each document, for each term
    assert "<h1>Collection review: en → es, es → en</h1>" in index
    assert re.search(r">es/notas/cordones</a></td><td>en → es</td>", index)
    assert re.search(r">2021/puerto</a></td><td>es → en</td>", index)
    terms = index[index.index('id="term-table"'):index.index("</table>", index.index(
        'id="term-table"'))]
    # each pair's terms under its name: the en -> es notes read the glossary reversed
    # (camino: "The Chilean road" -> "La vía chilena")
    assert [re.sub(r"\|+", "|", re.sub(r"<[^>]+>", "|", row)).strip("|")
            for row in terms.split("<tr>")[2:]] == [
        "es → en|vía chilena|Chilean road|3|3", "Chilean way|1|1",
        "en → es|Chilean road|vía chilena|1|1"]
    one = tmp_path / "review-en-es"
    code, _, stderr = run("report", str(mixed), "--glossary", str(glossary), "--src-lang",
                          "en", "-o", str(one))
    assert code in (0, 1), stderr
    index = (one / "index.html").read_text(encoding="utf-8")
    assert "<title>Collection review: en → es</title>" in index
    assert "es → en" not in index
    (tmp_path / "fr.tsv").write_text("Bonjour.\tGuten Tag.\n", encoding="utf-8")
    assert run("import", str(mixed), str(tmp_path / "fr.tsv"), "--src-lang", "fr",
               "--tgt-lang", "de")[0] == 0
    found, stderr = _findings(str(mixed), "--glossary", str(glossary))
    assert (f"aligner: warning: {glossary} is for another language pair than fr -> de: not "
            "used for the 1 document of that pair (tm/fr.tsv); check them with a glossary of "
            "their pair (--src-lang fr --tgt-lang de --glossary FILE)\n") in stderr
    assert [f["document"] for f in found if f["code"] == "collection-term-inconsistent"] == [
        "2022/fabrica"]
    # a glossary of none of the pairs chosen is refused, as for one pair
    code, _, stderr = run("check", str(mixed), "--glossary", str(glossary), "--src-lang", "fr")
    assert code == 2 and stderr.startswith("aligner: error: ")
