"""JSON i18n bundles paired by key (tests/fixtures/i18n/en.json and de.json, written by
hand; translate-toolkit's JSON reader reads the same strings from them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.errors import ConfigError, FormatError
from aligner.formats.bundle import bundle_strings, load_bundles
from aligner.inputs import read_bundles

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "i18n"
EN, DE = HERE / "en.json", HERE / "de.json"


def test_two_bundles_pair_by_key() -> None:
    units = load_bundles(EN, DE, src_lang="en", tgt_lang="de").units
    assert [(u.unit_id, u.source, u.target) for u in units] == [
        ("ledger.title", "Household ledger", "Haushaltsbuch"),
        ("ledger.empty", "No entries yet. Press + to add one.",
         "Noch keine Einträge. Drücken Sie +, um einen hinzuzufügen."),
        ("ledger.saved", "Saved {count} entries.", "{anzahl} Einträge gespeichert."),
        ("backup.done", "Backup finished.", "Backup finished."),
        ("backup.keep", "Backups are kept for 30 days.", "Sicherungen werden 3 Tage aufbewahrt."),
        ("backup.steps.0", "Choose a folder.", "Wählen Sie einen Ordner."),
        ("backup.steps.1", "Press Start.", "Drücken Sie Start."),
        ("export.csv", "Export as CSV", ""),  # the source's alone: not translated
        ("backup.old", "", "Alte Sicherungen löschen"),  # the target's alone
    ]


def test_translate_toolkit_reads_the_same_strings() -> None:
    from translate.storage import jsonl10n

    for path in (EN, DE):
        theirs = {u.getid().lstrip(".").replace("[", ".").replace("]", ""): u.source
                  for u in jsonl10n.JsonFile.parsefile(str(path)).units}
        assert {k: text for k, (text, _) in bundle_strings(path).items()} == theirs


def test_languages_from_the_names_and_the_options(tmp_path: Path) -> None:
    read = read_bundles(str(EN), str(DE), src_lang=None, tgt_lang=None)
    assert (read.src_lang, read.tgt_lang) == ("en", "de")
    assert read.units[4].label == "backup.keep"
    other = tmp_path / "target.json"
    other.write_text('{"a": "b"}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"give --tgt-lang: a bundle does not say its "
                                          r"language, and the name of .*target\.json"):
        read_bundles(str(EN), str(other), src_lang=None, tgt_lang=None)
    assert read_bundles(str(EN), str(other), src_lang=None, tgt_lang="fr").tgt_lang == "fr"


def test_chrome_messages_pair_their_messages(tmp_path: Path) -> None:
    src, tgt = tmp_path / "en.json", tmp_path / "fr.json"
    src.write_text(json.dumps({"appName": {"message": "Ledger", "description": "the name"},
                               "greet": {"message": "Hello $USER$",
                                         "placeholders": {"user": {"content": "$1"}}}}),
                   encoding="utf-8")
    tgt.write_text(json.dumps({"appName": {"message": "Registre"},
                               "greet": {"message": "Bonjour $USER$"}}), encoding="utf-8")
    units = load_bundles(src, tgt, src_lang="en", tgt_lang="fr").units
    assert [(u.unit_id, u.source, u.target, u.notes) for u in units] == [
        ("appName", "Ledger", "Registre", ("the name",)),
        ("greet", "Hello $USER$", "Bonjour $USER$", ())]


@pytest.mark.parametrize(("data", "message"), [
    ({"a": {"count": 3}}, r"a\.count: a number \(3\), not a string"),
    ({"a": [True]}, r"a\.0: a boolean \(true\), not a string"),
    ({"a": None}, r"a: null \(null\), not a string"),
])
def test_values_that_are_no_strings_are_refused(tmp_path: Path, data: object,
                                                message: str) -> None:
    path = tmp_path / "en.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FormatError, match=message):
        bundle_strings(path)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", *args, "--no-glossary"])
    return result.exit_code, result.output


def test_check_two_bundles() -> None:
    result = CliRunner().invoke(cli, ["check", str(EN), str(DE), "--no-glossary",
                                      "--format", "json"])
    assert result.exit_code == 1
    found = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["label"]) for f in found] == [
        ("placeholder-mismatch", "ledger.saved"),
        ("untranslated", "backup.done"),
        ("number-mismatch", "backup.keep"),
        ("empty-target", "export.csv"),
        ("empty-source", "backup.old"),
    ]


def test_a_bundle_given_otherwise_is_said_to_be_one(tmp_path: Path) -> None:
    code, out = run(str(EN))
    assert code == 2
    assert out == (f"aligner: error: {EN}: is an i18n bundle (JSON of strings by key): give "
                   "two bundles and nothing else, the source language's and its "
                   "translation's (aligner check en.json es-MX.json)\n")
    neither = tmp_path / "x.json"
    neither.write_text("[1, 2]", encoding="utf-8")
    code, out = run(str(neither), str(DE))
    assert code == 2
    assert "is an i18n bundle" in out  # de.json is one, x.json is not
    code, out = run(str(neither), str(neither))
    assert (code, out) == (2, f"aligner: error: {neither}: saved alignment: top level: "
                              "expected an object\n")
    broken = tmp_path / "es.json"
    broken.write_text('{"a": "b",\n "c": }', encoding="utf-8")
    code, out = run(str(EN), str(broken))
    assert code == 2
    assert out.startswith(f"aligner: error: {broken}:2:")
