"""The project's glossary TSV, OmegaT's glossary TSV and CSV glossaries."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner import __version__
from aligner.errors import GlossaryError
from aligner.formats.glossaries import GlossaryFormat, glossary_format_of
from aligner.formats.glossary_csv import read_glossary_csv, write_glossary_csv
from aligner.formats.glossary_tsv import (
    read_glossary_tsv,
    read_omegat_tsv,
    write_glossary_tsv,
    write_omegat_tsv,
)
from aligner.model import Glossary, GlossaryEntry, TermStatus
from tests.formats.conftest import GLOSSARY

REPO = Path(__file__).resolve().parents[2]


def rows(glossary: Glossary) -> list[tuple[str, str, TermStatus, str]]:
    return [(e.source, e.target, e.status, e.note) for e in glossary.entries]


def test_project_tsv_layout(tmp_path: Path) -> None:
    out = tmp_path / "g.tsv"
    assert write_glossary_tsv(GLOSSARY, out) == 5
    assert out.read_text(encoding="utf-8") == (
        "es\ten\tstatus\tnote\n"
        f"# written by aligner {__version__} from glossary.tsv\n"
        "golpe de Estado\tcoup\tpreferred\tthe article's word\n"
        "golpe de Estado\tcoup d'état\tallowed\t\n"
        "golpe de Estado\tstate blow\tforbidden\tliteral & wrong\n"
        "Unidad Popular\tPopular Unity\tpreferred\t\n"
        "Guerra Fría\tCold War\tpreferred\tΨυχρός Πόλεμος, 冷战 😀\n"
    )
    assert rows(read_glossary_tsv(out)) == rows(GLOSSARY)


def test_project_tsv_cells_lose_tabs_and_line_breaks(tmp_path: Path) -> None:
    glossary = Glossary("es", "en", (GlossaryEntry("a\tb", "c", note="line\r\nbreak"),))
    out = tmp_path / "g.tsv"
    write_glossary_tsv(glossary, out)
    assert rows(read_glossary_tsv(out)) == [("a b", "c", TermStatus.PREFERRED, "line break")]


def test_reads_the_bundled_glossary() -> None:
    glossary = read_glossary_tsv(REPO / "glossary.tsv")
    assert (glossary.src_lang, glossary.tgt_lang) == ("es", "en")
    first = glossary.entries[0]
    assert (first.source, first.target, first.status, first.line) == (
        "cordones industriales",
        "cordones industriales",
        TermStatus.PREFERRED,
        12,
    )
    assert {e.status for e in glossary.entries} == set(TermStatus)


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ("", 1, "header"),
        ("es\ten\nterm\n", 2, r"row has 1 cell \(no tab\), the header has 2"),
        ("es\ten\tstatus\nterm\trendering\tmaybe\n", 2, "maybe"),
        ("es\ten\n# comment\n\tone\n", 3, "empty source term"),
    ],
)
def test_project_tsv_errors(tmp_path: Path, content: str, line: int, message: str) -> None:
    path = tmp_path / "g.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GlossaryError, match=message) as info:
        read_glossary_tsv(path)
    assert info.value.line == line


@pytest.mark.parametrize(
    ("include_forbidden", "expected"),
    [
        (
            False,
            "golpe de Estado\tcoup\tthe article's word\n"
            "golpe de Estado\tcoup d'état\tallowed variant\n"
            "Unidad Popular\tPopular Unity\t\n"
            "Guerra Fría\tCold War\tΨυχρός Πόλεμος, 冷战 😀\n",
        ),
        (
            True,
            "golpe de Estado\tcoup\tthe article's word\n"
            "golpe de Estado\tcoup d'état\tallowed variant\n"
            "golpe de Estado\tstate blow\tFORBIDDEN, do not use; literal & wrong\n"
            "Unidad Popular\tPopular Unity\t\n"
            "Guerra Fría\tCold War\tΨυχρός Πόλεμος, 冷战 😀\n",
        ),
    ],
)
def test_omegat_tsv(tmp_path: Path, include_forbidden: bool, expected: str) -> None:
    out = tmp_path / "omegat.txt"
    n = write_omegat_tsv(GLOSSARY, out, include_forbidden=include_forbidden)
    assert out.read_text(encoding="utf-8") == expected
    assert n == expected.count("\n")


P, A, F = TermStatus.PREFERRED, TermStatus.ALLOWED, TermStatus.FORBIDDEN


@pytest.mark.parametrize(
    ("comment", "status", "note"),
    [
        ("", P, ""),
        ("plain note", P, "plain note"),
        # the labels the writer writes
        ("FORBIDDEN, do not use", F, ""),
        ("FORBIDDEN, do not use; outdated", F, "outdated"),
        ("allowed variant", A, ""),
        ("allowed variant; regional", A, "regional"),
        # and as a person types them
        ("FORBIDDEN", F, ""),
        ("forbidden", F, ""),
        ("FORBIDDEN - wrong register", F, "wrong register"),
        ("FORBIDDEN, do not use: outdated", F, "outdated"),
        ("Forbidden: slang", F, "slang"),
        ("FORBIDDEN \u2013 calque", F, "calque"),
        ("Do not use", F, ""),
        ("deprecated (old spelling)", F, "(old spelling)"),
        ("allowed variant (HR only)", A, "(HR only)"),
        ("Allowed", A, ""),
        ("ALLOWED VARIANT, informal", A, "informal"),
        # a comment that begins with a label's word and goes on with words is a note
        ("allowed in Switzerland", P, "allowed in Switzerland"),
        ("Forbidden City, Beijing: keep the capitals", P,
         "Forbidden City, Beijing: keep the capitals"),
        ('Do not use "castillo" here', P, 'Do not use "castillo" here'),
        ("Deprecated in HR; despido is the legal term", P,
         "Deprecated in HR; despido is the legal term"),
        ("Allowed characters: letters and digits only", P,
         "Allowed characters: letters and digits only"),
        ("forbidden words list is in the style guide", P,
         "forbidden words list is in the style guide"),
        ("DO NOT USE abbreviations such as usr", P, "DO NOT USE abbreviations such as usr"),
        # but anything else after the label -- a quote, a digit, an ellipsis -- is a note
        ('FORBIDDEN "abbreviation"', F, '"abbreviation"'),
        ("Deprecated 2021", F, "2021"),
        ("Forbidden\u2026", F, "\u2026"),
        ("Forbidden & obsolete", F, "& obsolete"),
        ("Allowed 1-2 times per page", A, "1-2 times per page"),
        # a label that is not the comment's first word is part of a note
        ("see the forbidden list", P, "see the forbidden list"),
        ("not allowed in titles", P, "not allowed in titles"),
        ("Forbiddenness is a word", P, "Forbiddenness is a word"),
        ("preferred; allowed variant; see 4.2", P, "allowed variant; see 4.2"),
    ],
)
def test_omegat_comment_labels_give_the_status(
    tmp_path: Path, comment: str, status: TermStatus, note: str
) -> None:
    path = tmp_path / "omegat.txt"
    path.write_text(f"employee\tsalarié\t{comment}\n", encoding="utf-8")
    g = read_omegat_tsv(path, src_lang="en", tgt_lang="fr")
    assert rows(g) == [("employee", "salarié", status, note)]


# notes as they are read: one line, no surrounding spaces; some start with a label
_NOTES = st.one_of(
    st.just(""),
    st.sampled_from(["allowed variant", "FORBIDDEN", "preferred", "Do not use", "deprecated",
                     "forbidden - old", "allowed variant; see 4.2", "; x", "- x", "see below"]),
    st.tuples(st.sampled_from(["forbidden", "allowed", "preferred", "note", ""]),
              st.text(st.sampled_from("ab ;,:-().")))
    .map(lambda t: "".join(t)),
).map(str.strip)


@settings(max_examples=200, deadline=None)
@given(rows_in=st.lists(st.tuples(st.sampled_from(list(TermStatus)), _NOTES), max_size=6))
def test_omegat_export_import_keeps_every_status_and_note(
    tmp_path_factory: pytest.TempPathFactory, rows_in: list[tuple[TermStatus, str]]
) -> None:
    glossary = Glossary("en", "fr", tuple(
        GlossaryEntry("employee", f"rendering {i}", status, note)
        for i, (status, note) in enumerate(rows_in)))
    out = tmp_path_factory.mktemp("omegat") / "g.txt"
    write_omegat_tsv(glossary, out, include_forbidden=True)
    assert rows(read_omegat_tsv(out, src_lang="en", tgt_lang="fr")) == rows(glossary)


def test_omegat_writer_marks_a_preferred_note_that_reads_as_a_label(tmp_path: Path) -> None:
    glossary = Glossary("en", "fr", (
        GlossaryEntry("employee", "salarié", P, "allowed variant; see style guide 4.2"),
        GlossaryEntry("employee", "agent", P, "see the forbidden list")))
    out = tmp_path / "g.txt"
    write_omegat_tsv(glossary, out)
    assert out.read_text(encoding="utf-8") == (
        "employee\tsalarié\tpreferred; allowed variant; see style guide 4.2\n"
        "employee\tagent\tsee the forbidden list\n")


def test_csv_glossary_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "g.csv"
    write_glossary_csv(GLOSSARY, out)
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffes,en,status,note\r\n")
    assert '"golpe de Estado","coup d\'état"' not in text  # quoting only where needed
    assert "golpe de Estado,coup d'état,allowed,\r\n" in text
    glossary = read_glossary_csv(out)
    assert rows(glossary) == rows(GLOSSARY)
    assert (glossary.src_lang, glossary.tgt_lang) == ("es", "en")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "must name the languages"),
        ("es,en\nuno\n", "row has 1 cell \\(no comma\\)"),
        ("es,en,status,Status\nuno,one,forbidden,allowed\n", "column 'Status' appears twice"),
        ("es,en\nuno,one,preferred,a note,more\n", "row has 5 cells, the header has 4"),
        ("es,en,status\nuno,one,preferred\nUno,one,forbidden\n",
         "contradicts line 2"),
        ("es,en\nuno,one,never\n", "unknown status"),
        ("spanih,en\nuno,one\n", "'spanih' is not a known language code .* did you mean es"),
    ],
)
def test_csv_glossary_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "g.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GlossaryError, match=message):
        read_glossary_csv(path)


@pytest.mark.parametrize(
    ("name", "content", "fmt"),
    [
        ("g.tsv", "", GlossaryFormat.TSV),
        ("g.tsv", "# c\n\n", GlossaryFormat.TSV),
        ("g.tsv", "es\nuno\n", GlossaryFormat.TSV),
        ("g.csv", "es\nuno\n", GlossaryFormat.CSV),
        ("g.txt", "", GlossaryFormat.CSV),
    ],
)
def test_text_without_delimiters_is_read_as_its_name_says(
    tmp_path: Path, name: str, content: str, fmt: GlossaryFormat
) -> None:
    """No tab, comma or semicolon fits any delimited format: its reader names what is
    missing, not a mismatch of name and content."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert glossary_format_of(path) is fmt


@pytest.mark.parametrize(("name", "says"), [("g.xlsx", "xlsx"), ("g.tbx", "tbx")])
def test_prose_under_a_workbook_or_tbx_name_is_called_plain_text(tmp_path: Path, name: str,
                                                                 says: str) -> None:
    # A text renamed: its first line has no delimiter, and it was called "comma- or
    # semicolon-separated text".
    path = tmp_path / name
    path.write_text("Chile 73: ¿era posible la victoria?\n\nLa experiencia, dijo.\n",
                    encoding="utf-8")
    with pytest.raises(GlossaryError) as info:
        glossary_format_of(path)
    assert info.value.message == (
        f"the extension .{says} says {says}, but the file is plain text (no tab, comma or "
        "semicolon in its first line); rename it or fix its content")


def test_a_tsv_name_on_csv_content_is_still_a_mismatch(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("es;en\nuno;one\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"the extension \.tsv says tsv"):
        glossary_format_of(path)


CASES = ("es\ten\tstatus\tcase\nOTAN\tNATO\tpreferred\tinsensitive\nsol\tSol\tpreferred\t"
         "sensitive\nJAP\tJAP\tpreferred\t\nParte\tParty\tpreferred\tcapitalised\n")


def _cases(glossary: Glossary) -> list[tuple[str, bool, bool, bool, bool]]:
    return [(e.source, e.case_sensitive, e.target_case_sensitive, e.capitalised,
             e.target_capitalised) for e in glossary.entries]


@pytest.mark.parametrize("suffix", [".tsv", ".csv", ".tbx", ".tbx3"])
def test_the_case_column_round_trips(tmp_path: Path, suffix: str) -> None:
    """A row whose case differs from the default rule (capitals: case-sensitive) keeps
    it through the TSV and CSV writers, which add a case column then, and through TBX,
    which says it in a term note of each term (x-case)."""
    from aligner.formats.glossaries import read_glossary, write_glossary

    src = tmp_path / "cases.tsv"
    src.write_text(CASES, encoding="utf-8")
    read = read_glossary(src)
    assert _cases(read) == [("OTAN", False, False, False, False),
                            ("sol", True, True, False, False), ("JAP", True, True, False, False),
                            ("Parte", False, False, True, True)]
    out = tmp_path / f"out{suffix}"
    write_glossary(read, out, fmt=GlossaryFormat(suffix[1:]))
    if suffix in (".tsv", ".csv"):
        header = out.read_text(encoding="utf-8-sig").splitlines()[0]
        assert header.endswith("case")
    assert _cases(read_glossary(out)) == _cases(read)


def test_a_tbx_term_says_its_case_rule_only_where_it_is_not_the_default() -> None:
    """The source term of a concept is written with the loosest rule of its rows, as
    check finds it; each rendering with its own row's."""
    from aligner.formats.tbx_notes import source_case, target_case

    contrato = GlossaryEntry("Agreement", "Contrato", capitalised=True, target_capitalised=True)
    acuerdo = GlossaryEntry("Agreement", "Acuerdo", TermStatus.FORBIDDEN, capitalised=True,
                            target_capitalised=True)
    plain = GlossaryEntry("Agreement", "contrato")
    assert source_case("Agreement", [contrato, acuerdo]) == "capitalised"
    assert source_case("Agreement", [contrato, plain]) == ""
    assert target_case(acuerdo) == "capitalised" and target_case(plain) == ""
    assert target_case(GlossaryEntry("OTAN", "NATO")) == "insensitive"


def test_a_csv_reads_its_columns_by_name() -> None:
    from aligner.formats.glossary_csv import glossary_from_rows

    g = glossary_from_rows([(1, ["es", "en", "note", "case", "status"]),
                            (2, ["uno", "one", "a note", "sensitive", "forbidden"]),
                            (3, ["OTAN", "NATO"])], path="g.csv")
    assert [(e.source, e.status, e.note, e.case_sensitive) for e in g.entries] == [
        ("uno", TermStatus.FORBIDDEN, "a note", True), ("OTAN", TermStatus.PREFERRED, "", True)]


def test_tbx_duplicates_are_kept_once_and_contradictions_refused(tmp_path: Path) -> None:
    from aligner.formats.glossaries import read_glossary

    def tbx(entries: str) -> Path:
        path = tmp_path / "g.tbx"
        path.write_text(
            '<?xml version="1.0" encoding="UTF-8"?><martif type="TBX" xml:lang="es">'
            f"<text><body>{entries}</body></text></martif>", encoding="utf-8")
        return path

    def entry(source: str, target: str, status: str = "preferredTerm-admn-sts") -> str:
        return (f'<termEntry><langSet xml:lang="es"><tig><term>{source}</term></tig></langSet>'
                f'<langSet xml:lang="en"><tig><term>{target}</term><termNote '
                f'type="administrativeStatus">{status}</termNote></tig></langSet></termEntry>')

    twice = read_glossary(tbx(entry("golpe", "coup") + entry("golpe", "coup")))
    assert [(e.source, e.target) for e in twice.entries] == [("golpe", "coup")]
    with pytest.raises(GlossaryError, match="contradicts"):
        read_glossary(tbx(entry("golpe", "coup") +
                          entry("golpe", "coup", "deprecatedTerm-admn-sts")))


@pytest.mark.parametrize(("name", "content"), [
    ("g.csv", "Deutsch (Schweiz),Spanish (Mexico),status\r\nHallo,hola,preferred\r\n"),
    ("g.txt", "Deutsch (Schweiz)\tSpanish (Mexico)\tstatus\nHallo\thola\tpreferred\n"),
])
def test_a_header_of_language_names_with_regions(tmp_path: Path, name: str,
                                                  content: str) -> None:
    """CSV reads them as the TSV does; a .txt whose first line names two languages and a
    known column is the project TSV (it was read as an OmegaT glossary of three terms)."""
    from aligner.formats.glossaries import read_glossary

    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    glossary = read_glossary(path)
    assert (glossary.src_lang, glossary.tgt_lang) == ("de-CH", "es-MX")
    assert [(e.source, e.target) for e in glossary.entries] == [("Hallo", "hola")]


def test_a_csv_header_and_statuses_in_french_and_german(tmp_path: Path) -> None:
    """Named in the publisher's language, the columns are read (they were left out with
    a warning, and every forbidden row read as preferred)."""
    from aligner.formats.glossaries import read_glossary

    fr = tmp_path / "fr.csv"
    fr.write_text("Anglais;Français;Statut;Remarque\r\neventually;éventuellement;Interdit;"
                  "faux ami\r\neventually;finalement;Préféré;\r\n", encoding="utf-8-sig")
    de = tmp_path / "de.csv"
    de.write_text("en,de,Anmerkung,Status\neventually,eventuell,falscher Freund,verboten\n"
                  "eventually,schließlich,,erlaubt\n", encoding="utf-8")
    assert [(e.target, e.status, e.note) for e in read_glossary(fr).entries] == [
        ("éventuellement", TermStatus.FORBIDDEN, "faux ami"),
        ("finalement", TermStatus.PREFERRED, "")]
    assert [(e.target, e.status, e.note) for e in read_glossary(de).entries] == [
        ("eventuell", TermStatus.FORBIDDEN, "falscher Freund"),
        ("schließlich", TermStatus.ALLOWED, "")]


def test_a_csv_status_column_no_reader_reads_is_an_error(tmp_path: Path) -> None:
    from aligner.formats.glossaries import read_glossary

    path = tmp_path / "g.csv"
    path.write_text("en,fr,Domaine,Etat\nfile,fichier,IT,préféré\n"
                    "file,dossier,IT,interdit\n", encoding="utf-8")
    with pytest.raises(GlossaryError) as info:
        read_glossary(path)
    assert (info.value.line, info.value.message.split(":")[0]) == (
        1, "column 4 ('Etat') is not read, but its cells are statuses ('préféré' on line 2; "
           "2 of its 2 filled cells)")


def test_a_txt_headed_in_spanish_is_the_project_tsv(tmp_path: Path) -> None:
    """Its first line names known columns, so it is no OmegaT glossary (of four cells a
    row, which that reader refuses)."""
    path = tmp_path / "g.txt"
    path.write_text("en\tes\tEstado\tNota\neventually\teventualmente\tprohibido\tfalso "
                    "amigo\n", encoding="utf-8")
    assert glossary_format_of(path) is GlossaryFormat.TSV


def _first_row(path: Path) -> list[str]:
    """The header row of a workbook's first sheet, as written."""
    from openpyxl import load_workbook

    return [str(c.value) for c in next(load_workbook(path).worksheets[0].iter_rows())]


POS = ("en\tes\tstatus\tnote\tpart of speech\n"
       "cover\ttapa\tpreferred\t\tnoun\n"
       "update\tactualizar\tpreferred\t\tVerb\n"
       "lid\ttapa\n")


@pytest.mark.parametrize("suffix", [".tsv", ".csv", ".xlsx", ".tbx", ".tbx3"])
def test_the_part_of_speech_round_trips(tmp_path: Path, suffix: str) -> None:
    """A pos column (here headed 'part of speech') is read, written by the TSV, CSV and
    ``.xlsx`` writers as a pos column (the ``.xlsx`` writer dropped it), and by TBX as
    each term's partOfSpeech (the walk: a TBX's partOfSpeech was dropped on every
    export)."""
    from aligner.formats.glossaries import read_glossary, write_glossary

    src = tmp_path / "pos.tsv"
    src.write_text(POS, encoding="utf-8")
    read = read_glossary(src)
    assert [(e.source, e.pos) for e in read.entries] == [
        ("cover", "noun"), ("update", "verb"), ("lid", "")]
    out = tmp_path / f"out{suffix}"
    write_glossary(read, out, fmt=GlossaryFormat(suffix[1:]))
    if suffix in (".tsv", ".csv"):
        header = out.read_text(encoding="utf-8-sig").splitlines()[0]
        assert header.split("\t" if suffix == ".tsv" else ",")[-1] == "pos"
    elif suffix == ".xlsx":
        assert _first_row(out)[-1] == "pos"
    else:
        assert out.read_text(encoding="utf-8").count('type="partOfSpeech"') == 4
    assert [(e.source, e.pos) for e in read_glossary(out).entries] == [
        ("cover", "noun"), ("update", "verb"), ("lid", "")]


@pytest.mark.parametrize("suffix", [".tsv", ".csv", ".xlsx", ".tbx", ".tbx3"])
def test_a_noun_of_person_round_trips(tmp_path: Path, suffix: str) -> None:
    """pos ``person`` (here Spanish ``sustantivo de persona``) is kept; a TBX says
    ``noun`` in its partOfSpeech, as TBX-Basic has no other value, and the rest in a
    note of its own."""
    from aligner.formats.glossaries import read_glossary, write_glossary

    src = tmp_path / "person.tsv"
    src.write_text("es\ten\testado\tcategoría gramatical\n"
                   "apoderado\tattorney-in-fact\tpreferido\tsustantivo de persona\n"
                   "apoderado\tproxy\tprohibido\n", encoding="utf-8")
    read = read_glossary(src)
    assert [(e.source, e.target, e.pos) for e in read.entries] == [
        ("apoderado", "attorney-in-fact", "person"), ("apoderado", "proxy", "")]
    out = tmp_path / f"out{suffix}"
    write_glossary(read, out, fmt=GlossaryFormat(suffix[1:]))
    if suffix.startswith(".tbx"):
        text = out.read_text(encoding="utf-8")
        assert 'type="partOfSpeech">noun<' in text and "x-nounOfPerson" in text
    assert [(e.target, e.pos) for e in read_glossary(out).entries] == [
        ("attorney-in-fact", "person"), ("proxy", "")]
