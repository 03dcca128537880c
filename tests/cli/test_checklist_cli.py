"""``aligner check --checklist FILE`` (and report, and a collection): a house's rules
through the command line.  Rules and sentences written by hand for this test."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from aligner.cli.main import cli

RULES = ('name\tside\tseverity\tpattern\tmessage\tlanguages\n'
         'straight-quotes\ttarget\terror\t"[^"]*"\tthe house quotes with « »\ten\n')


def _files(tmp_path: Path) -> tuple[Path, Path]:
    pairs = tmp_path / "p.tsv"
    pairs.write_text('Dijo «sí».\tHe said "yes".\n', encoding="utf-8")
    rules = tmp_path / "house.tsv"
    rules.write_text(RULES, encoding="utf-8")
    return pairs, rules


def test_a_rule_is_a_finding_and_the_settings_name_the_file(tmp_path: Path) -> None:
    pairs, rules = _files(tmp_path)
    base = ["check", "--pairs", str(pairs), "--no-glossary", "--src-lang", "es", "--tgt-lang", "en"]
    result = CliRunner().invoke(cli, [*base, "--checklist", str(rules), "--format", "json"])
    assert result.exit_code == 1, result.output  # the rule says error
    doc = json.loads(result.output)
    assert [(f["code"], f["group"], f["found"]) for f in doc["findings"]] == [
        ("checklist", "checklist:straight-quotes", '"yes"')]
    assert doc["settings"]["checklist"] == str(rules)
    plain = CliRunner().invoke(cli, base)
    assert plain.exit_code == 0 and "checklist" not in plain.output


def test_a_bad_rule_stops_with_its_file_and_line(tmp_path: Path) -> None:
    pairs, rules = _files(tmp_path)
    rules.write_text(RULES + "broken\ttarget\twarning\t[a-\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--pairs", str(pairs), "--no-glossary",
                                      "--checklist", str(rules)])
    assert result.exit_code == 2
    assert result.output == (f"aligner: error: {rules}:3: rule broken: bad pattern '[a-': "
                             "unterminated character set at character 1\n")


def test_report_takes_the_checklist(tmp_path: Path) -> None:
    pairs, rules = _files(tmp_path)
    page = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "--pairs", str(pairs), "--no-glossary",
                                      "--checklist", str(rules), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert "straight-quotes: the house quotes with" in page.read_text(encoding="utf-8")


def test_a_collection_is_checked_with_the_checklist(collection_db: Path,
                                                    tmp_path: Path) -> None:
    rules = tmp_path / "house.tsv"
    rules.write_text("every-the\ttarget\tinfo\t\\bthe\\b\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(collection_db), "--no-glossary",
                                      "--checklist", str(rules), "--format", "json"])
    assert result.exit_code == 0, result.output  # info only
    doc = json.loads(result.output)
    assert doc["settings"]["checklist"] == str(rules)
    assert {f["document"] for f in doc["findings"] if f["code"] == "checklist"} == {
        d["document"] for d in doc["documents"]}
