"""``aligner glossary validate`` through click's CliRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli


def test_validate_prints_summary(tmp_path: Path) -> None:
    p = tmp_path / "g.tsv"
    p.write_text("es\ten\tstatus\nfundo\testate\nfundo\tfund\tforbidden\nJAP\tJAP\n",
                 encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(p)])
    assert result.exit_code == 0, result.output
    assert "es -> en: 2 terms, 3 rows (2 preferred, 0 allowed, 1 forbidden)" in result.output


def test_validate_reports_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "g.tsv"
    p.write_text("es\ten\tstatus\nfundo\testate\nfundo\tfund\tmaybe\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(p)])
    assert result.exit_code == 2
    assert f"aligner: error: {p}:3: unknown status 'maybe'" in result.output


def test_validate_wrong_pair(tmp_path: Path) -> None:
    p = tmp_path / "g.tsv"
    p.write_text("es\ten\nfundo\testate\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", "--src-lang", "fr", str(p)])
    assert result.exit_code == 2
    assert f"{p}:1:" in result.output


@pytest.mark.parametrize(
    ("content", "where", "words"),
    [
        ("", ":1:", "the file is empty"),
        ("# c\n\n", ":1:", "only blank and comment lines"),
        ("es\nuno\n", ":1:", "'es' is not followed by a tab and the target language code"),
    ],
)
def test_validate_without_header_says_no_header_line(
    tmp_path: Path, content: str, where: str, words: str
) -> None:
    p = tmp_path / "e.tsv"
    p.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(p)])
    assert result.exit_code == 2
    assert f"aligner: error: {p}{where} no header line: " in result.output
    assert words in result.output
    assert "extension" not in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("rows", "words"),
    [
        ("uno\tone\tpreferred\nuno\tOne\tforbidden\n", ":3: row 'uno' -> 'One' (forbidden) "
         "contradicts line 2"),
        ("Uno\tone\nuno\tone\n", ":3: row 'uno' -> 'one' (preferred) is a duplicate of line 2"),
        ("cordón\tbelt\tpreferred\ncordon\tbelt\tforbidden\n",
         ":3: row 'cordon' -> 'belt' (forbidden) contradicts line 2"),
    ],
)
def test_validate_rows_equal_ignoring_case_and_accents(
    tmp_path: Path, rows: str, words: str
) -> None:
    p = tmp_path / "cc.tsv"
    p.write_text("es\ten\tstatus\n" + rows, encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(p)])
    assert result.exit_code == 2, result.output
    assert f"aligner: error: {p}{words}" in result.output


def test_check_refuses_a_forbidden_rendering_differing_only_in_case(tmp_path: Path) -> None:
    """Before, the forbidden 'One' was read beside the preferred 'one' and never reported."""
    g = tmp_path / "cc.tsv"
    g.write_text("es\ten\tstatus\nuno\tone\tpreferred\nuno\tOne\tforbidden\n", encoding="utf-8")
    pairs = tmp_path / "p.tsv"
    pairs.write_text("Tengo uno.\tI have One.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--pairs", str(pairs), "--glossary", str(g)])
    assert result.exit_code == 2, result.output
    assert f"{g}:3: row 'uno' -> 'One' (forbidden) contradicts line 2" in result.output


def test_suggest_no_glossary_ignores_the_default_one(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Like check, report and review: ./glossary.tsv is read unless --no-glossary."""
    pairs = tmp_path / "p.tsv"
    pairs.write_text("El paro patronal empezó.\tThe lockout began.\n"
                     "Apoyaron el paro patronal.\tThey backed the lockout.\n"
                     "El paro patronal fracasó.\tThe lockout failed.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    Path("glossary.tsv").write_text("es\ten\nparo patronal\tlockout\n", encoding="utf-8")
    with_default = CliRunner().invoke(cli, ["glossary", "suggest", "--pairs", str(pairs)])
    assert with_default.exit_code == 0, with_default.output
    assert "paro patronal\tlockout" not in with_default.stdout  # known: left out
    # nothing left to suggest is said, not a bare header
    assert with_default.stdout == "es\ten\tstatus\tnote\n"
    assert with_default.stderr == (
        "aligner: warning: no suggestion: every source phrase in 2 units or more is a "
        "glossary term or part of one (3 units read)\n")
    without = CliRunner().invoke(cli, ["glossary", "suggest", "--pairs", str(pairs),
                                       "--no-glossary"])
    assert without.exit_code == 0, without.output
    assert "paro patronal\tlockout\t" in without.stdout


def test_suggest_says_why_nothing_is_suggested(tmp_path: Path) -> None:
    """The reason is the stage where the last candidate went (before, always 'no phrase
    pair occurs in 2 units or more'); the --min-count hint only where a count was it."""
    june = tmp_path / "june.tsv"
    june.write_text("Il treno parte in giugno.\tThe train leaves in June.\n"
                    "Ogni giugno piove.\tEvery June it rains.\n"
                    "Arriva giugno.\tThen comes June.\n", encoding="utf-8")
    once = tmp_path / "once.tsv"
    once.write_text("El paro empezó.\tIt began.\nLa huelga siguió.\tIt went on.\n",
                    encoding="utf-8")
    for path, langs, said in (
            (june, ["--src-lang", "it", "--tgt-lang", "en"],
             "every pair found was left out: 1 single word rendered by an everyday word "
             "(3 units read)"),
            (once, [], "no source phrase occurs in 2 units or more (2 units read; "
                       "--min-count lowers the bar)")):
        result = CliRunner().invoke(cli, ["glossary", "suggest", "--pairs", str(path),
                                          "--no-glossary", "--encoder", "none", *langs])
        assert result.exit_code == 0, result.output
        assert f"aligner: warning: no suggestion: {said}\n" in result.stderr


def test_validate_warns_of_a_term_with_several_preferred_renderings(tmp_path: Path) -> None:
    g = tmp_path / "g.tsv"
    g.write_text("es\ten\tstatus\nabogado\tlawyer\tpreferred\nabogado\tattorney\tpreferred\n"
                 "ley\tlaw\tpreferred\nley\tstatute\tallowed\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(g)])
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"aligner: warning: {g}:2: 'abogado' has 2 preferred renderings ('lawyer', "
        "'attorney'): term-inconsistent flags the ones a document uses less; mark all but "
        "one allowed\n")
    # read the other way round, renderings of two terms meeting under one are no fault
    two = tmp_path / "two.tsv"
    two.write_text("es\ten\nrecurso\tappeal\nrecurrir\tappeal\n", encoding="utf-8")
    reversed_ = CliRunner().invoke(cli, ["glossary", "validate", str(two), "--src-lang", "en"])
    assert reversed_.exit_code == 0 and reversed_.stderr == "", reversed_.output


def test_validate_lists_every_bad_row_with_its_line(tmp_path: Path) -> None:
    g = tmp_path / "g.tsv"
    g.write_text("en\tde\tstatus\nfile\tDatei\tmaybe\nfolder\n\nfile\tDatei\n"
                 "user\tNutzer\nfile\tDatei\nfile\tdatei\tforbidden\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(g)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"aligner: error: {g}:2: unknown status 'maybe' (expected preferred, allowed or "
        "forbidden)",
        f"aligner: error: {g}:3: row has 1 cell (no tab), the header has 3 (trailing empty "
        "cells may be omitted, the two terms may not)",
        f"aligner: error: {g}:7: row 'file' -> 'Datei' (preferred) is a duplicate of line 5",
        f"aligner: error: {g}:8: row 'file' -> 'datei' (forbidden) contradicts line 5 ('file' "
        "-> 'Datei', preferred; terms match ignoring case and accents; to tell spellings "
        "apart by their accents, mark both rows case sensitive: they then match exactly as "
        "written)",
        f"aligner: error: {g}: 4 bad rows (listed above)"]
    # a CSV glossary's rows too
    c = tmp_path / "g.csv"
    c.write_text("en,de,status\nfile,Datei,maybe\nfolder,Ordner\nfolder,Ordner\n",
                 encoding="utf-8")
    csv_result = CliRunner().invoke(cli, ["glossary", "validate", str(c)])
    assert csv_result.exit_code == 2
    assert [line.split(": ")[2] for line in csv_result.stderr.splitlines()] == [
        f"{c}:2", f"{c}:4", f"{c}"]


def test_validate_refuses_one_language_twice(tmp_path: Path) -> None:
    g = tmp_path / "g.tsv"
    g.write_text("en\ten\nfile\tfile\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(g)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"aligner: error: {g}: the glossary is for en -> en: "
                                    "source and target are one language")
    adaptation = tmp_path / "us-gb.tsv"
    adaptation.write_text("en-US\ten-GB\ncolor\tcolour\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["glossary", "validate", str(adaptation)]).exit_code == 0


def test_validate_warns_of_only_forbidden_and_crossed_renderings(tmp_path: Path) -> None:
    g = tmp_path / "g.tsv"
    g.write_text("en\tde\tstatus\ndirectory\tVerzeichnis\nfolder\tOrdner\n"
                 "folder\tVerzeichnis\tforbidden\napp\tAppli\tforbidden\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(g)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"aligner: warning: {g}:5: 'app' has only forbidden renderings ('Appli'): a finding "
        "cannot say what to use instead; add the preferred rendering",
        f"aligner: warning: {g}:4: 'Verzeichnis' is forbidden for 'folder' but preferred for "
        "'directory' (line 2): check reports it where the source has 'folder' and not "
        "'directory'"]


def test_validate_refuses_a_tbx_whose_languages_are_no_codes(tmp_path: Path) -> None:
    tbx = tmp_path / "bad.tbx"
    tbx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="english">'
        '<text><body><termEntry id="c1"><langSet xml:lang="english"><tig><term>file</term>'
        '</tig></langSet><langSet xml:lang="german"><tig><term>Datei</term></tig></langSet>'
        "</termEntry></body></text></martif>\n", encoding="utf-8")
    validated = CliRunner().invoke(cli, ["glossary", "validate", str(tbx)])
    imported = CliRunner().invoke(cli, ["glossary", "import", str(tbx), "-o",
                                        str(tmp_path / "x.tsv")])
    assert validated.exit_code == imported.exit_code == 2
    assert validated.stderr == imported.stderr == (
        f"aligner: error: {tbx}: source language 'english' is not a language code such as "
        "es, en-GB or zh-Hans; did you mean en?\n")


def test_validate_warns_of_a_glossary_for_another_region(tmp_path: Path) -> None:
    g = tmp_path / "pt.tsv"
    g.write_text("en\tpt-PT\tstatus\nfile\tficheiro\nfile\tarquivo\tforbidden\n",
                 encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(g), "--tgt-lang", "pt-BR"])
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"aligner: warning: {g}: the glossary's target language is pt-PT, the text's pt-BR: a "
        "glossary for pt-PT may forbid words that are right in pt-BR\n")
    assert CliRunner().invoke(cli, ["glossary", "validate", str(g), "--tgt-lang",
                                    "pt"]).stderr == ""


_DE_DE_TBX = """<martif type="TBX-Basic" xml:lang="en-US"><text><body>
<termEntry id="c1"><langSet xml:lang="en-US"><tig><term>notice period</term></tig></langSet>
<langSet xml:lang="de-DE"><tig><term>Kündigungsfrist</term></tig>
<tig><term>Kündigungszeit</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts\
</termNote></tig></langSet></termEntry>
</body></text></martif>
"""


def test_a_tbx_of_other_regions_is_read_for_a_job_with_a_warning(tmp_path: Path) -> None:
    """An en-US -> de-DE TBX for an en-GB -> de-CH job is used, as its TSV is (it was
    refused: 'no concept has terms in both en-GB and de-CH', exit 2)."""
    tbx = tmp_path / "g.tbx"
    tbx.write_text(_DE_DE_TBX, encoding="utf-8")
    warned = (f"aligner: warning: {tbx}: the glossary's source language is en-US, the text's "
              "en-GB: a glossary for en-US may forbid words that are right in en-GB\n"
              f"aligner: warning: {tbx}: the glossary's target language is de-DE, the text's "
              "de-CH: a glossary for de-DE may forbid words that are right in de-CH\n")
    validated = CliRunner().invoke(cli, ["glossary", "validate", str(tbx), "--src-lang",
                                         "en-GB", "--tgt-lang", "de-CH"])
    assert (validated.exit_code, validated.stderr) == (0, warned)
    assert validated.stdout == (f"{tbx}: en-US -> de-DE: 1 term, 2 rows (1 preferred, "
                                "0 allowed, 1 forbidden)\n")
    pairs = tmp_path / "p.tsv"
    pairs.write_text("The notice period is one month.\tDie Kündigungszeit beträgt einen "
                     "Monat.\n", encoding="utf-8")
    checked = CliRunner().invoke(cli, ["check", "--pairs", str(pairs), "--glossary", str(tbx),
                                       "--src-lang", "en-GB", "--tgt-lang", "de-CH",
                                       "--format", "json"])
    assert checked.exit_code == 1, checked.output
    assert checked.stderr == warned
    assert "term-forbidden" in checked.stdout
    out = tmp_path / "g.tsv"
    imported = CliRunner().invoke(cli, ["glossary", "import", str(tbx), "--src-lang", "en-GB",
                                        "-o", str(out)])
    assert imported.exit_code == 0, imported.output
    assert out.read_text(encoding="utf-8").splitlines()[0] == "en-US\tde-DE\tstatus\tnote"


def test_validate_prints_the_codes_of_a_tbx_as_bcp47_writes_them(tmp_path: Path) -> None:
    tbx = tmp_path / "g.tbx"
    tbx.write_text('<martif xml:lang="EN-US"><text><body>\n<termEntry id="c1">'
                   '<langSet xml:lang="EN-US"><tig><term>party</term></tig></langSet>'
                   '<langSet xml:lang="de_DE"><tig><term>Partei</term></tig></langSet>'
                   '<langSet xml:lang="FR_fr"><tig><term>partie</term></tig></langSet>'
                   '</termEntry>\n<termEntry id="c2"><langSet xml:lang="EN-US"><tig><term>'
                   'fee</term></tig></langSet></termEntry>\n</body></text></martif>\n',
                   encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(tbx), "--src-lang", "en",
                                      "--tgt-lang", "de"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"{tbx}: en-US -> de-DE: 1 term, 1 row (1 preferred, 0 allowed, "
                             "0 forbidden)\n")
    assert result.stderr == (f"aligner: warning: {tbx}: left out 1 concept with no de-DE term "
                             f"(c2)\naligner: warning: {tbx}: left out the terms in fr-FR "
                             "(1 concept)\n")


def test_validate_warns_of_two_terms_of_the_same_word_forms(tmp_path: Path) -> None:
    p = tmp_path / "g.tsv"
    p.write_text("en\tja\tstatus\tnote\nworkspace\tワークスペース\tpreferred\tUI term\n"
                 "Workspaces\tワークスペース\tpreferred\tsidebar label\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(p)])
    assert result.exit_code == 0, result.output  # a warning, not an error
    assert (f"{p}:3: 'Workspaces' and 'workspace' (line 2) have the same word forms"
            in result.output)


def _validate(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["glossary", "validate", *args])
    return result.exit_code, result.output


def test_validate_of_a_term_base_warns_of_the_pair_asked_for(tmp_path: Path) -> None:
    """Of a term base (en es fr), en -> fr's warnings are the fr column's: the walk got
    the es column's two preferred renderings under an 'en -> fr' summary."""
    p = tmp_path / "multi2.tsv"
    p.write_text("en\tes\tfr\tstatus\n"
                 "printer\timpresora\timprimante\tpreferred\n"
                 "printer\t\tmachine à imprimer\tpreferred\n"
                 "printer\tprinter\t\tpreferred\n", encoding="utf-8")
    code, out = _validate(str(p), "--src-lang", "en", "--tgt-lang", "fr")
    assert code == 0, out
    assert f"{p}: en -> fr: 1 term, 2 rows (2 preferred, 0 allowed, 0 forbidden)" in out
    assert (f"aligner: warning: {p}:2: 'printer' has 2 preferred renderings ('imprimante', "
            "'machine à imprimer')") in out
    assert "impresora" not in out
    # and es, asked for, is the es column's
    code, out = _validate(str(p), "--tgt-lang", "es")
    assert "('impresora', 'printer')" in out and "imprimante" not in out


def test_validate_of_a_term_base_read_from_a_translation_judges_the_rows_as_written(
        tmp_path: Path) -> None:
    """fr -> en reads the fr and en columns backwards (no forbidden row): the warning
    is about the rows as the file writes them, en -> fr, as for a two-language file."""
    p = tmp_path / "multi.tsv"
    p.write_text("en\tes\tfr\tstatus\nprinter\timpresora\timprimante\tpreferred\n"
                 "paper tray\t\tplateau à papier\tforbidden\n", encoding="utf-8")
    for pair in (["--src-lang", "en", "--tgt-lang", "fr"],
                 ["--src-lang", "fr", "--tgt-lang", "en"]):
        code, out = _validate(str(p), *pair)
        assert code == 0, out
        assert (f"{p}:3: 'paper tray' has only forbidden renderings ('plateau à papier')"
                in out), pair


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_term_base_in_a_spreadsheet_reads_as_the_tsv(tmp_path: Path, suffix: str) -> None:
    """en es fr de, a variant row leaving the other languages' cells empty: the walk got
    'empty target term' for each such row, and 'glossary is for en -> es' for en -> fr."""
    rows = [["en", "es", "fr", "de", "status", "note"],
            ["printer", "impresora", "imprimante", "Drucker", "preferred", ""],
            ["paper tray", "", "plateau à papier", "", "forbidden", ""],
            ["paper tray", "bandeja de papel", "", "", "preferred", "es only"]]
    p = tmp_path / f"multi{suffix}"
    if suffix == ".csv":
        p.write_text("".join(",".join(r) + "\r\n" for r in rows), encoding="utf-8")
    else:
        from openpyxl import Workbook

        book = Workbook()
        for row in rows:
            book.active.append([c or None for c in row])  # type: ignore[union-attr]
        book.save(p)
    code, out = _validate(str(p))
    assert code == 0, out
    assert f"{p}: en -> es: 2 terms, 2 rows (2 preferred, 0 allowed, 0 forbidden)" in out
    code, out = _validate(str(p), "--src-lang", "en", "--tgt-lang", "fr")
    assert code == 0, out
    assert f"{p}: en -> fr: 2 terms, 2 rows (1 preferred, 0 allowed, 1 forbidden)" in out
    assert f"{p}:3: 'paper tray' has only forbidden renderings ('plateau à papier')" in out
    code, out = _validate(str(p), "--tgt-lang", "de")
    assert f"{p}: en -> de: 1 term, 1 row (1 preferred, 0 allowed, 0 forbidden)" in out
    # a pair of two translations; the forbidden row forbids a rendering of 'paper tray'
    code, out = _validate(str(p), "--src-lang", "fr", "--tgt-lang", "de")
    assert f"{p}: fr -> de: 1 term, 1 row (1 preferred, 0 allowed, 0 forbidden)" in out



def test_validate_shows_warnings_and_errors_in_one_run(tmp_path: Path) -> None:
    p = tmp_path / "bad.tsv"
    p.write_text("en\tes\tstatus\n"
                 "driver\tcontrolador\tpreferred\n"
                 "driver\tpiloto\tpreferred\n"
                 "printer\timpresora\tpreferred\n"
                 "printer\timpresora\tpreferred\n"
                 "folder\tcarpeta\tmaybe\n", encoding="utf-8")
    code, out = _validate(str(p))
    assert code == 2
    lines = out.splitlines()
    assert lines == [
        f"aligner: warning: {p}:2: 'driver' has 2 preferred renderings ('controlador', "
        "'piloto'): term-inconsistent flags the ones a document uses less; mark all but "
        "one allowed",
        f"aligner: error: {p}:5: row 'printer' -> 'impresora' (preferred) is a duplicate "
        "of line 4",
        f"aligner: error: {p}:6: unknown status 'maybe' (expected preferred, allowed or "
        "forbidden)",
        f"aligner: error: {p}: 2 bad rows (listed above)",
    ]


def test_a_rendering_with_an_end_mark_beside_the_same_without_is_one_near_duplicate(
        tmp_path: Path) -> None:
    p = tmp_path / "g.tsv"
    p.write_text("en\tes\tstatus\nink level\tnivel de tinta\tpreferred\n"
                 "ink level\tnivel de tinta.\tpreferred\n", encoding="utf-8")
    code, out = _validate(str(p))
    assert code == 0, out
    assert out.count("warning") == 1, out
    assert (f"aligner: warning: {p}:3: 'nivel de tinta.' is 'nivel de tinta' (line 2) with "
            "'.' after it: a near-duplicate") in out


def test_an_abbreviation_beside_the_same_without_its_full_stop_is_a_near_duplicate(
        tmp_path: Path) -> None:
    """'S.A.' alone is an abbreviation, no stray mark; beside 'S.A' under the same term
    the two are one rendering written twice, reported once, not as 2 preferred."""
    p = tmp_path / "g.tsv"
    p.write_text("en\tes\nplc\tS.A\nplc\tS.A.\nLtd.\tS.L.\n", encoding="utf-8")
    code, out = _validate(str(p))
    assert code == 0, out
    assert out.count("warning") == 1, out
    assert f"aligner: warning: {p}:3: 'S.A.' is 'S.A' (line 2) with '.' after it" in out
