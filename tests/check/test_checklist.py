"""A house's checklist (check/checklist.py): what each rule finds.  Rules and sentences
written by hand for this test (the s31 walk's Spanish house)."""

from __future__ import annotations

from dataclasses import replace

from check_helpers import findings

from aligner.check import CheckOptions
from aligner.check.checklist_file import parse_checklist
from aligner.model import Severity

HOUSE = (
    "name\tside\tseverity\tpattern\tmessage\tlanguages\n"
    "# a Spanish house's rules\n"
    "\n"
    'straight-quotes\ttarget\twarning\t"[^"]*"\tthe house quotes with « »\tes\n'
    "month-comma-year\ttarget\terror\t\\b\\d{1,2} de \\w+, \\d{4}\tno comma before the year\n"
    "source-todo\tsource\t\t(?i)\\btodo\\b\n"
    "no-etc\tboth\tinfo\tetc\\.\tspell it out\tes, en\n"
)


def _options() -> CheckOptions:
    return CheckOptions(checklist=parse_checklist(HOUSE, path="house.tsv"))


def test_each_match_is_a_finding_with_the_rule_named() -> None:
    pairs = [("He said “the nation is sovereign”, etc.", 'Dijo "la nación es soberana", etc.'),
             ("Founded June 7, 1938. TODO", "Se creó el 7 de junio, 1938.")]
    found = findings(pairs, src_lang="en", tgt_lang="es", code="checklist",
                     options=_options())
    assert [(f.unit, f.severity, f.group, f.found, f.src_span, f.tgt_span) for f in found] == [
        (0, Severity.WARNING, "checklist:straight-quotes", '"la nación es soberana"', None,
         (5, 28)),
        (0, Severity.INFO, "checklist:no-etc", None, (35, 39), None),
        (0, Severity.INFO, "checklist:no-etc", "etc.", None, (30, 34)),
        (1, Severity.ERROR, "checklist:month-comma-year", "7 de junio, 1938", None, (11, 27)),
        (1, Severity.WARNING, "checklist:source-todo", None, (22, 26), None),
    ]
    assert found[0].message == ("straight-quotes: the house quotes with « » "
                                "(target '\"la nación es soberana\"')")


def test_languages_severity_override_and_disable() -> None:
    pair = [("He said “yes”.", 'Il a dit "oui".')]
    # the quotes rule is for Spanish targets only; no-etc for es and en
    assert findings(pair, src_lang="en", tgt_lang="fr", code="checklist",
                    options=_options()) == []
    es = [("He said “yes”, etc.", 'Dijo "sí", etc.')]
    found = findings(es, src_lang="en", tgt_lang="es-MX", code="checklist",
                     options=replace(_options(), severities={"checklist": Severity.ERROR}))
    assert {f.severity for f in found} == {Severity.ERROR} and len(found) == 3
    assert findings(es, src_lang="en", tgt_lang="es", code="checklist",
                    options=replace(_options(), disabled=frozenset({"checklist"}))) == []
    assert findings(es, src_lang="en", tgt_lang="es", code="checklist") == []  # no checklist
