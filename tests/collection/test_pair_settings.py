"""Batch settings kept for each language pair (schema 11), on a collection of schema 10
that the aligner before wrote (tests/fixtures/collection-v10/make.sh): es -> en aligned
with the multilingual terms.tbx, es -> fr with the one set it remembered then, and a
fr -> de memory imported."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from aligner.collection.remembered import all_remembered
from aligner.collection.store import open_collection
from tests.collection.conftest import run

FIXTURE = Path(__file__).parents[1] / "fixtures" / "collection-v10"
#: Where make.sh ran the aligner before, removed since: the paths the collection stores.
MADE_IN = "/tmp/aligner-v10-fixture"


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture's folder copied, the command's folder: the collection, its documents'
    folders and terms.tbx (the same bytes as the one it remembers, in another place)."""
    folder = tmp_path / "team"
    shutil.copytree(FIXTURE, folder)
    assert not Path(MADE_IN).exists()  # the stored paths name no file
    monkeypatch.chdir(folder)
    return folder


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_fixture_is_of_schema_10_with_one_set_of_settings() -> None:
    conn = sqlite3.connect(f"file:{FIXTURE / 'team.db'}?immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 10
        assert sorted(conn.execute("SELECT option, value FROM batch_settings")) == [
            ("encoder", "none"), ("glossary", f"{MADE_IN}/terms.tbx"), ("input-format", None),
            ("srx", None)]
    finally:
        conn.close()


def test_the_upgrade_gives_each_pair_of_aligned_documents_the_set_it_remembered(
        team: Path) -> None:
    sha = _sha(team / "terms.tbx")
    with open_collection(team / "team.db") as c:
        assert c.conn.execute("PRAGMA user_version").fetchone()[0] == 19
        assert c.notes() == [f"{team / 'team.db'}: upgraded the collection from schema 10 to "
                             "19; an aligner older than this one cannot open it now"]
        kept = all_remembered(c.conn)
    one_set = {"glossary": (f"{MADE_IN}/terms.tbx", sha), "srx": (None, None),
               "encoder": ("none", None), "input-format": (None, None)}
    # the memory's fr -> de was read by import, which has no batch settings
    assert {pair: {o: (s.value, s.sha256) for o, s in settings.items()}
            for pair, settings in kept.items()} == {("es", "en"): one_set,
                                                    ("es", "fr"): one_set}


def test_a_pairs_glossary_replaced_leaves_the_other_pairs_and_check_reads_each_its_own(
        team: Path) -> None:
    tbx = team / "terms.tbx"
    sha = _sha(tbx)
    # the remembered file is gone (the folder moved): said for the pair, nothing done
    code, _, stderr = run("batch", "en-pair/es", "en-pair/en", "--db", "team.db")
    assert code == 2
    assert stderr.splitlines()[-1].startswith(
        f"aligner: error: team.db: the collection's --glossary {MADE_IN}/terms.tbx for es -> en "
        "(stored ")
    # the same bytes in their new place: no change, only the new paths are written
    code, _, stderr = run("batch", "en-pair/es", "en-pair/en", "--db", "team.db",
                          "--glossary", "terms.tbx")
    assert code == 0, stderr
    assert "replaces" not in stderr
    assert "0 pairs aligned, 1 unchanged" in stderr
    # es -> fr gets a glossary of its own: said for es -> fr, its document realigned
    (team / "fr.tsv").write_text("es\tfr\tstatus\noficina\tagence\tpreferred\n",
                                 encoding="utf-8")
    code, _, stderr = run("batch", "fr-pair/es", "fr-pair/fr", "--db", "team.db",
                          "--glossary", "fr.tsv")
    assert code == 0, stderr
    assert stderr.splitlines()[0] == (
        "aligner: using the collection's settings for es -> fr: --encoder none")
    assert stderr.splitlines()[1] == (
        f"aligner: warning: --glossary {team / 'fr.tsv'} (sha256 {_sha(team / 'fr.tsv')[:12]}) "
        f"replaces the collection's --glossary {MADE_IN}/terms.tbx (sha256 {sha[:12]}) for "
        "es -> fr and is its setting from now on: the es -> fr documents aligned otherwise "
        "are realigned (its other language pairs keep theirs; leave the option out to go on "
        "with the collection's)")
    assert "1 pair aligned, 0 unchanged" in stderr
    # es -> en still has terms.tbx: nothing to realign
    code, _, stderr = run("batch", "en-pair/es", "en-pair/en", "--db", "team.db")
    assert code == 0, stderr
    assert stderr.splitlines()[0] == (
        f"aligner: using the collection's settings for es -> en: --glossary {tbx} "
        f"(sha256 {sha[:12]}), --encoder none")
    assert "0 pairs aligned, 1 unchanged" in stderr
    # check: each pair with its own; the memory's pair with none (no ./glossary.tsv here)
    code, out, stderr = run("check", "team.db", "--format", "json", "--fail-on", "never")
    assert code == 0, stderr
    assert stderr.splitlines() == [
        f"aligner: checking es -> en with the collection's glossary {tbx} (--glossary FILE or "
        "--no-glossary to choose)",
        f"aligner: checking es -> fr with the collection's glossary {team / 'fr.tsv'} "
        "(--glossary FILE or --no-glossary to choose)"]
    # a document chosen: its pair's glossary alone is said (es -> en's was, for an es -> fr
    # document checked with none of it)
    code, _, stderr = run("check", "team.db", "--doc", "nota", "--fail-on", "never")
    assert code == 0, stderr
    assert stderr.splitlines() == [
        f"aligner: checking es -> fr with the collection's glossary {team / 'fr.tsv'} "
        "(--glossary FILE or --no-glossary to choose)"]
    found = json.loads(out)
    assert found["settings"]["language_pairs"] == [["es", "en"], ["es", "fr"], ["fr", "de"]]
    assert found["settings"]["glossaries"] == [str(tbx), str(team / "fr.tsv"), None]
    # fr.tsv's term is not rendered in nota; terms.tbx's are in carta (and, were it read
    # for es -> fr, in nota too)
    assert [(f["document"], f["unit"], f["source_term"], f["expected"])
            for f in found["findings"] if f["code"] == "term-missing"] == [
        ("nota", 0, "oficina", ["agence"])]
    # list: each pair's settings
    code, out, _ = run("list", "team.db", "--no-files")
    assert out.splitlines()[-4:-2] == [
        f"batch settings of es -> en (a batch run of the pair that leaves one out uses it): "
        f"--glossary {tbx} (sha256 {sha[:12]}), --no-srx, --encoder none, --input-format auto",
        f"batch settings of es -> fr (a batch run of the pair that leaves one out uses it): "
        f"--glossary {team / 'fr.tsv'} (sha256 {_sha(team / 'fr.tsv')[:12]}), --no-srx, "
        "--encoder none, --input-format auto"]
    code, out, _ = run("list", "team.db", "--no-files", "--format", "json", "--tgt-lang", "fr")
    assert [(s["src_lang"], s["tgt_lang"], s["settings"]["glossary"]["value"])
            for s in json.loads(out)["batch_settings"]] == [("es", "fr", str(team / "fr.tsv"))]


def test_a_new_pair_of_an_upgraded_collection_gets_none_and_is_told_the_others(
        team: Path) -> None:
    for lang, text in (("fr", "Le comité a fermé le bureau.\n"),
                       ("en", "The committee closed the office.\n")):
        (team / "fr-en" / lang).mkdir(parents=True)
        (team / "fr-en" / lang / f"aviso.{lang}.txt").write_text(text, encoding="utf-8")
    code, _, stderr = run("batch", "fr-en/fr", "fr-en/en", "--db", "team.db", "--encoder",
                          "none")
    assert code == 0, stderr
    sha = _sha(team / "terms.tbx")
    # --encoder none, given, is no setting of theirs this run goes without
    assert stderr.splitlines()[1] == (
        "aligner: the collection remembers no settings for fr -> en yet (each language pair "
        f"keeps its own; es -> en: --glossary {MADE_IN}/terms.tbx (sha256 {sha[:12]}); "
        f"es -> fr: --glossary {MADE_IN}/terms.tbx (sha256 {sha[:12]})): aligning with the "
        "options given and the defaults, which it remembers for fr -> en once a document of "
        "it is stored")
    assert "1 pair aligned" in stderr
    with open_collection(team / "team.db") as c:
        assert {o: s.value for o, s in all_remembered(c.conn)[("fr", "en")].items()} == {
            "glossary": None, "srx": None, "encoder": "none", "input-format": None}
