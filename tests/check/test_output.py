"""Text, JSON and CSV renderings of a check result."""

from __future__ import annotations

import csv
import io
import json

import pytest

from aligner.check import CheckOptions, Unit, run_checks, settings_text
from aligner.check.output import CSV_COLUMNS, excerpt, to_csv, to_json, to_text
from aligner.model import Glossary, Severity, UnitOrigin

UNITS = [Unit("el golpe de Estado", "the state blow"), Unit("en 1972", "in 1971"),
         Unit("los camioneros", "the truck drivers"), Unit("un camionero", "a trucker")]


def test_json_has_the_documented_fields(glossary: Glossary) -> None:
    result = run_checks(UNITS, glossary=glossary, src_lang="es", tgt_lang="en")
    doc = json.loads(to_json(result, units=len(UNITS)))
    first = doc["findings"][0]
    assert first == {
        "code": "term-forbidden", "severity": "error", "unit": 0,
        "message": first["message"], "source_term": "golpe de Estado",
        "expected": ["coup d'état"], "found": "state blow", "rendering": "state blow",
        "src_span": [3, 18],
        "tgt_span": [4, 14], "source_text": "el golpe de Estado", "target_text": "the state blow",
    }
    assert {f["code"] for f in doc["findings"]} == {
        "term-forbidden", "number-mismatch", "term-inconsistent"
    }
    assert doc["summary"] == {"units": 4, "info": 0, "warning": 1, "error": 2}
    assert doc["settings"]["src_lang"] == "es"
    camionero = next(r for r in doc["renderings"] if r["source_term"] == "camionero")
    assert camionero == {
        "source_term": "camionero",
        "renderings": [
            {"text": "truck driver", "units": 1, "status": "preferred", "unit_numbers": [2]},
            {"text": "trucker", "units": 1, "status": "allowed", "unit_numbers": [3]}],
        "source_unit_numbers": [2, 3], "unrendered_unit_numbers": []}


def test_json_renderings_hold_forbidden_ones_as_the_report_does(glossary: Glossary) -> None:
    """The Terms table of the HTML report, each rendering with its status: the JSON
    once left out forbidden renderings, and a term found rendered only so."""
    units = [Unit("el golpe de Estado", "the state blow"),
             Unit("otro golpe de Estado", "another coup d'état"),
             Unit("el fundo", "the fund"), Unit("un fundo", "an estate"),
             Unit("los pobladores", "the residents")]
    result = run_checks(units, glossary=glossary, src_lang="es", tgt_lang="en")
    doc = json.loads(to_json(result, units=len(units)))
    assert doc["renderings"] == [
        {"source_term": "fundo",
         "renderings": [{"text": "estate", "units": 1, "status": "preferred",
                         "unit_numbers": [3]},
                        {"text": "fund", "units": 1, "status": "forbidden",
                         "unit_numbers": [2]}],
         "source_unit_numbers": [2, 3], "unrendered_unit_numbers": []},
        {"source_term": "golpe de Estado",
         "renderings": [{"text": "coup d'état", "units": 1, "status": "preferred",
                         "unit_numbers": [1]},
                        {"text": "state blow", "units": 1, "status": "forbidden",
                         "unit_numbers": [0]}],
         "source_unit_numbers": [0, 1], "unrendered_unit_numbers": []},
        {"source_term": "pobladores", "renderings": [], "source_unit_numbers": [4],
         "unrendered_unit_numbers": [4]},
    ]


def test_csv_rows(glossary: Glossary) -> None:
    result = run_checks(UNITS, glossary=glossary, src_lang="es", tgt_lang="en")
    text = to_csv(result)
    # as the tool's other CSVs: a BOM for Excel to read UTF-8 by, CRLF line ends
    assert text.startswith("\ufeffunit,code,") and text.count("\r\n") == text.count("\n")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1][:3] == ["0", "term-forbidden", "error"]
    assert rows[1][7:11] == ["3", "18", "4", "14"]
    assert len(rows) == 1 + len(result.findings)


def test_text_groups_by_severity_then_code(glossary: Glossary) -> None:
    result = run_checks(UNITS, glossary=glossary, src_lang="es", tgt_lang="en")
    text = to_text(result, units=len(UNITS))
    assert text.startswith("3 findings in 4 units: 2 errors, 1 warning, 0 info\n")
    assert text.index("ERROR  term-forbidden (1)") < text.index("ERROR  number-mismatch (1)")
    assert text.index("ERROR  number-mismatch") < text.index("WARNING  term-inconsistent")
    assert ("Inconsistent terms (units per rendering):\n"
            "  camionero: truck driver ×1, trucker ×1") in text


def test_no_findings() -> None:
    result = run_checks([], glossary=None, src_lang="es", tgt_lang="en")
    assert to_text(result, units=0) == (
        "0 findings in 0 units: 0 errors, 0 warnings, 0 info\n"
        "No glossary used: term-missing, term-forbidden and term-inconsistent did not run.\n")
    assert json.loads(to_json(result, units=0))["findings"] == []
    assert to_csv(result) == "\ufeff" + ",".join(CSV_COLUMNS) + "\r\n"


def test_findings_show_both_segments_label_and_document() -> None:
    long_src = "En   1972 el gobierno\tanunció un plan que " + "muy " * 20 + "largo."
    units = [Unit(long_src, "In 1971 the government announced a plan.", label="tu 7",
                  origin=UnitOrigin("b.txt", 3))]
    result = run_checks(units, glossary=None, src_lang="es", tgt_lang="en")
    text = to_text(result, units=1)
    assert "  unit 0 (tu 7, b.txt unit 3)  numbers differ" in text
    src_line = next(line for line in text.splitlines() if line.startswith("      src: "))
    shown = src_line.removeprefix("      src: ")
    assert shown.startswith("En 1972 el gobierno anunció un plan que muy")  # whitespace collapsed
    assert shown.endswith("…") and len(shown) <= 60
    assert "      tgt: In 1971 the government announced a plan.\n" in text
    rows = csv.reader(io.StringIO(to_csv(result).removeprefix("\ufeff"), newline=""))
    row = dict(zip(CSV_COLUMNS, list(rows)[1], strict=True))
    assert (row["unit"], row["label"], row["document"], row["document_unit"]) == (
        "0", "tu 7", "b.txt", "3")
    # a spreadsheet holds the segments whole (the terminal's text output cuts them)
    assert row["source_text"] == long_src
    assert row["target_text"] == "In 1971 the government announced a plan."
    finding = json.loads(to_json(result, units=1))["findings"][0]
    assert (finding["unit"], finding["label"], finding["document"], finding["document_unit"]
            ) == (0, "tu 7", "b.txt", 3)
    assert (finding["source_text"], finding["target_text"]) == (
        long_src, "In 1971 the government announced a plan.")


@pytest.mark.parametrize(("text", "limit", "shown"), [
    ("short", 60, "short"),
    ("  a\n b\t c ", 60, "a b c"),
    ("one two three four", 10, "one two…"),
    ("abcdefghijklmnop", 10, "abcdefghi…"),  # no space to cut at: cut inside the word
])
def test_excerpt(text: str, limit: int, shown: str) -> None:
    assert excerpt(text, limit) == shown


def test_the_summary_says_whether_a_glossary_was_used(glossary: Glossary) -> None:
    used = run_checks(UNITS, glossary=glossary, src_lang="es", tgt_lang="en")
    assert "No glossary" not in to_text(used, units=len(UNITS))
    # and names the one it read (./glossary.tsv is read unasked)
    assert to_text(used, units=len(UNITS)).splitlines()[1] == f"Glossary: {glossary.path}"
    assert json.loads(to_json(used, units=len(UNITS)))["settings"]["glossary_used"] is True
    for none in (None, Glossary("es", "en", ())):
        result = run_checks(UNITS, glossary=none, src_lang="es", tgt_lang="en")
        assert to_text(result, units=len(UNITS)).splitlines()[1].startswith("No glossary used")
        assert json.loads(to_json(result, units=len(UNITS)))["settings"]["glossary_used"] is False


def test_json_settings_are_typed_and_versioned(glossary: Glossary) -> None:
    """A CI step reads them as JSON types, not 'yes' and '0.7' (schema version 3)."""
    options = CheckOptions(disabled=frozenset({"length-ratio", "double-space"}),
                           severities={"term-missing": Severity.INFO}, min_confidence=0.7)
    result = run_checks(UNITS, glossary=glossary, src_lang="es", tgt_lang="en",
                        options=options)
    doc = json.loads(to_json(result, units=len(UNITS), inputs=["a.tsv", "b.tmx"]))
    assert list(doc)[:3] == ["schema_version", "settings", "inputs"]
    assert doc["schema_version"] == 3 and doc["inputs"] == ["a.tsv", "b.tmx"]
    settings = doc["settings"]
    assert settings == {"tool": settings["tool"], "src_lang": "es", "tgt_lang": "en",
                        "glossary": glossary.path, "glossary_used": True,
                        "disabled": ["double-space", "length-ratio"],
                        "severities": {"term-missing": "info"}, "min_confidence": 0.7}
    none = json.loads(to_json(run_checks([], glossary=None, src_lang="es", tgt_lang="en"),
                              units=0))
    assert (none["settings"]["glossary"], none["settings"]["disabled"], none["inputs"]) == (
        None, [], [])
    # the review page shows them as text, as before
    assert settings_text(result.settings) == {
        "tool": settings["tool"], "src_lang": "es", "tgt_lang": "en", "glossary": glossary.path,
        "glossary_used": "yes", "disabled": "double-space,length-ratio",
        "severities": "term-missing=info", "min_confidence": "0.7"}


def test_text_inconsistent_terms_mark_a_forbidden_rendering(glossary: Glossary) -> None:
    units = [Unit("los pobladores", "the poor people"),
             Unit("unos pobladores", "some shantytown dwellers"),
             Unit("pobladores", "settlers")]
    result = run_checks(units, glossary=glossary, src_lang="es", tgt_lang="en")
    assert ("Inconsistent terms (units per rendering):\n"
            "  pobladores: poor people ×1, settlers ×1 (forbidden), shantytown dwellers ×1\n"
            ) in to_text(result, units=len(units))


def test_a_glossary_note_is_in_every_format_only_where_the_row_has_one() -> None:
    from aligner.model import GlossaryEntry, TermStatus

    g = Glossary("es", "en", (
        GlossaryEntry("fianza", "security deposit", TermStatus.PREFERRED),
        GlossaryEntry("fianza", "bail", TermStatus.FORBIDDEN, "criminal law only"),
        GlossaryEntry("arrendatario", "lessee", TermStatus.PREFERRED),
        GlossaryEntry("arrendatario", "renter", TermStatus.FORBIDDEN),
    ))
    units = [Unit("La fianza no aplica.", "The bail does not apply."),
             Unit("El arrendatario paga.", "The renter pays.")]
    result = run_checks(units, glossary=g, src_lang="es", tgt_lang="en")
    doc = json.loads(to_json(result, units=2))
    assert [f.get("note") for f in doc["findings"]] == ["criminal law only", None]
    assert "note" not in doc["findings"][1]  # a key that does not apply is left out
    rows = list(csv.reader(io.StringIO(to_csv(result).removeprefix("\ufeff"), newline="")))
    assert [dict(zip(CSV_COLUMNS, r, strict=True))["note"] for r in rows[1:]] == [
        "criminal law only", ""]
    assert [dict(zip(CSV_COLUMNS, r, strict=True))["rendering"] for r in rows[1:]] == [
        "bail", "renter"]
    text = to_text(result, units=2)
    assert ("  unit 0  forbidden rendering 'bail' of 'fianza'; use 'security deposit'\n"
            "      note: criminal law only\n"
            "      src: La fianza no aplica.\n") in text
    assert ("  unit 1  forbidden rendering 'renter' of 'arrendatario'; use 'lessee'\n"
            "      src: El arrendatario paga.\n") in text


def test_the_summary_names_a_language_without_number_words() -> None:
    # s36 walk 2 item 1: no sign that weekdays were not compared; Swedish has no
    # numbers.tsv, Catalan has one now
    units = [Unit("Vi ses på tisdag.", "See you on Wednesday.")]
    result = run_checks(units, glossary=None, src_lang="sv", tgt_lang="en")
    assert to_text(result, units=1).splitlines()[2] == (
        "No number words for sv: weekday-mismatch and range-order did not run; "
        "number-mismatch read only the digits there (no month names, magnitude words or "
        "numbers in words).")
    off = run_checks(units, glossary=None, src_lang="sv", tgt_lang="en",
                     options=CheckOptions(disabled=frozenset({"weekday-mismatch"})))
    assert to_text(off, units=1).splitlines()[2].startswith(
        "No number words for sv: range-order did not run; number-mismatch read")
    for src_lang in ("ca", "es"):
        result = run_checks([Unit("Ens veiem dimarts.", "See you on Tuesday.")], glossary=None,
                            src_lang=src_lang, tgt_lang="en")
        assert "No number words" not in to_text(result, units=1)


def test_the_summary_names_a_language_whose_numbers_name_no_weekday() -> None:
    # s38 walk8 item 4: Polish had a numbers.tsv but no weekdays, and nothing said
    # weekday-mismatch had not run; Indonesian's names none still (German's do since
    # walk_de P5)
    units = [Unit("Sampai hari Selasa.", "Until Wednesday.")]
    result = run_checks(units, glossary=None, src_lang="id", tgt_lang="en")
    assert to_text(result, units=1).splitlines()[2] == (
        "No weekday names for id: weekday-mismatch did not run.")
    both = run_checks(units, glossary=None, src_lang="sv", tgt_lang="id")
    assert to_text(both, units=1).splitlines()[2] == (
        "No number words for sv: weekday-mismatch and range-order did not run; "
        "number-mismatch read only the digits there (no month names, magnitude words or "
        "numbers in words). No weekday names for id: weekday-mismatch did not run.")
    off = run_checks(units, glossary=None, src_lang="id", tgt_lang="en",
                     options=CheckOptions(disabled=frozenset({"weekday-mismatch"})))
    assert "No weekday names" not in to_text(off, units=1)
    pl = run_checks([Unit("Until Tuesday.", "Do wtorku.")], glossary=None, src_lang="en",
                    tgt_lang="pl")
    assert "No weekday names" not in to_text(pl, units=1)
    for lang in ("de", "nl"):
        named = run_checks([Unit("Until Tuesday.", "Bis Dienstag.")], glossary=None,
                           src_lang="en", tgt_lang=lang)
        assert "No weekday names" not in to_text(named, units=1)


def test_the_summary_names_a_language_whose_names_are_not_read() -> None:
    # walk_de P3: name-mismatch did not run for German and nothing said so; it reads
    # German names now (person_names.txt), not Luxembourgish ones
    units = [Unit("Den Här Müller ass do.", "Mr Müller is here.")]
    result = run_checks(units, glossary=None, src_lang="lb", tgt_lang="en")
    assert ("No name words for lb (nouns capitalised): name-mismatch did not run."
            in to_text(result, units=1).splitlines())
    off = run_checks(units, glossary=None, src_lang="lb", tgt_lang="en",
                     options=CheckOptions(disabled=frozenset({"name-mismatch"})))
    assert "No name words" not in to_text(off, units=1)
    german = run_checks([Unit("Herr Müller ist hier.", "Mr Müller is here.")], glossary=None,
                        src_lang="de", tgt_lang="en")
    assert "No name words" not in to_text(german, units=1)
