"""gettext PO catalogues read as units: the fixture xgettext and msginit made (its
translations written by hand, tests/fixtures/README.md), and small catalogues here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.errors import FormatError
from aligner.formats import AlignmentFormat, alignment_format_for_path, load_units
from aligner.formats.po import load_po
from aligner.inputs import read_file

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "i18n" / "ledger.de.po"


def test_the_catalogue_entries_are_units() -> None:
    loaded = load_po(FIXTURE, src_lang=None, tgt_lang=None)
    assert (loaded.src_lang, loaded.tgt_lang) == ("en", "de")
    # the header (msgid "") and the obsolete entry (#~) are no units; the plural
    # entry is two, form 0 with msgid and form 1 with msgid_plural
    assert [(u.source, u.target) for u in loaded.units] == [
        ("Open the ledger to add an entry.",
         "Öffnen Sie das Kassenbuch, um einen Eintrag hinzuzufügen."),
        ("Welcome back, %s!", "Willkommen zurück!"),
        ("Saved %1$d of %2$d entries.", "%1$d von %2$d Einträgen gespeichert."),
        ("Backups keep 30 days of history.", "Sicherungen bewahren den Verlauf von 3 Tagen auf."),
        ("Print", "Drucken"),
        ("Print", "Drucken"),
        ("%d entry", "%d Eintrag"),
        ("%d entries", "%d Einträge"),
        ("Compress to save 80%% of the space.", "Komprimieren spart 80% des Platzes."),
        ("Export finished.", ""),  # untranslated: an empty target
        ("Your balance is {amount}.", "Ihr Kontostand beträgt {betrag}."),
    ]
    assert [u.index for u in loaded.units] == list(range(11))
    assert [u.props["x-po-entry"] for u in loaded.units] == [
        "ledger.de.po:20", "ledger.de.po:24", "ledger.de.po:29", "ledger.de.po:33, fuzzy",
        "ledger.de.po:38 msgctxt 'menu'", "ledger.de.po:43 msgctxt 'button'",
        "ledger.de.po:48 msgstr[0]", "ledger.de.po:48 msgstr[1]", "ledger.de.po:55",
        "ledger.de.po:60", "ledger.de.po:64"]
    second = loaded.units[1]
    assert second.props["x-po-flags"] == "python-format"
    assert second.props["x-po-references"] == "ledger.py:5"
    assert loaded.units[4].props["x-po-context"] == "menu"
    assert loaded.units[7].props["x-po-plural"] == "1"


def test_the_extension_names_the_format_which_is_read_only(tmp_path: Path) -> None:
    assert alignment_format_for_path("a/app.es-MX.po") is AlignmentFormat.PO
    assert len(load_units(FIXTURE).units) == 11
    result = CliRunner().invoke(cli, ["export", str(FIXTURE), "-o", str(tmp_path / "x.po")])
    assert result.exit_code == 2
    assert "the extension .po says po, which is not written here" in result.output


def test_fuzzy_entries_are_read_and_said(tmp_path: Path) -> None:
    read = read_file(str(FIXTURE), AlignmentFormat.PO, src_lang=None, tgt_lang=None)
    assert read.units[3].label == "ledger.de.po:33, fuzzy"
    assert read.notes == (f"{FIXTURE}: 1 unit of fuzzy entries (#, fuzzy), checked as they "
                          "are: gettext does not use them until a translator confirms them "
                          "(each finding's unit says fuzzy)",)


def test_the_flags_say_how_placeholders_are_read() -> None:
    read = read_file(str(FIXTURE), AlignmentFormat.PO, src_lang=None, tgt_lang=None)
    assert read.units[1].formats == frozenset({"python-format"})
    assert read.units[10].formats == frozenset()  # python-brace-format: braces are read anyway


def po(tmp_path: Path, body: str, *, language: str = "es-MX", name: str = "app.po") -> Path:
    path = tmp_path / name
    head = f'"Language: {language}\\n"\n' if language else ""
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    f"{head}\n{body}", encoding="utf-8")
    return path


def test_languages_from_the_header_and_the_options(tmp_path: Path) -> None:
    path = po(tmp_path, 'msgid "Hi"\nmsgstr "Hola"\n', language="es_MX")
    loaded = load_po(path, src_lang=None, tgt_lang=None)
    assert (loaded.src_lang, loaded.tgt_lang) == ("en", "es-MX")
    loaded = load_po(path, src_lang="en-GB", tgt_lang="es")  # es answers es-MX
    assert (loaded.src_lang, loaded.tgt_lang) == ("en-GB", "es")
    with pytest.raises(FormatError, match=r"languages en/pt requested"):
        load_po(path, src_lang=None, tgt_lang="pt")
    bare = po(tmp_path, 'msgid "Hi"\nmsgstr "Hola"\n', language="", name="bare.po")
    with pytest.raises(FormatError, match=r"the header says no language \(Language:\)"):
        load_po(bare, src_lang=None, tgt_lang=None)
    assert load_po(bare, src_lang=None, tgt_lang="es").tgt_lang == "es"


def test_a_plural_entry_of_three_forms(tmp_path: Path) -> None:
    path = po(tmp_path, '#, c-format\nmsgid "%d file"\nmsgid_plural "%d files"\n'
                        'msgstr[0] "%d plik"\nmsgstr[1] "%d pliki"\nmsgstr[2] "%d plików"\n',
              language="pl")
    units = load_po(path, src_lang=None, tgt_lang=None).units
    assert [(u.source, u.target, u.props["x-po-entry"]) for u in units] == [
        ("%d file", "%d plik", "app.po:6 msgstr[0]"),
        ("%d files", "%d pliki", "app.po:6 msgstr[1]"),
        ("%d files", "%d plików", "app.po:6 msgstr[2]")]


@pytest.mark.parametrize(("body", "line"), [
    ('msgid "a"\nmsgstr "b"\n\nmsgstr "c"\n', 9),  # a msgstr without its msgid
    ('msgid "a"\nmsgstr "b"\n\nfoo "c"\n', 9),  # no keyword of PO's
])
def test_a_bad_catalogue_names_the_line(tmp_path: Path, body: str, line: int) -> None:
    path = po(tmp_path, body)
    with pytest.raises(FormatError) as caught:
        load_po(path, src_lang=None, tgt_lang=None)
    assert (caught.value.path, caught.value.line) == (str(path), line)
    result = CliRunner().invoke(cli, ["check", str(path), "--no-glossary"])
    assert result.exit_code == 2
    assert result.output.startswith(f"aligner: error: {path}:{line}: not a gettext PO "
                                    "catalogue that can be read: syntax error")
    assert "Traceback" not in result.output


def findings(*args: str) -> tuple[int, list[tuple[str, str]]]:
    result = CliRunner().invoke(cli, ["check", *args, "--no-glossary", "--format", "json"])
    found = json.loads(result.stdout)["findings"]
    return result.exit_code, [(f["code"], f["label"]) for f in found]


def test_check_reads_a_catalogue_as_a_memory() -> None:
    expected = [  # msgfmt -c reports the three placeholders (lines 27, 58 and 67)
        ("placeholder-mismatch", "ledger.de.po:24"),
        ("number-mismatch", "ledger.de.po:33, fuzzy"),
        ("placeholder-mismatch", "ledger.de.po:55"),  # 80% des: '% d' in python-format
        ("empty-target", "ledger.de.po:60"),
        ("placeholder-mismatch", "ledger.de.po:64"),
    ]
    assert findings(str(FIXTURE)) == (1, expected)
    assert findings("--tmx", str(FIXTURE)) == (1, expected)


def test_a_document_command_says_what_a_catalogue_is() -> None:
    result = CliRunner().invoke(cli, ["segment", str(FIXTURE)])
    assert result.exit_code == 2
    assert "is a gettext PO catalogue, aligned already (aligner check and export read it)" in (
        result.output)


def test_export_writes_its_translations(tmp_path: Path) -> None:
    out = tmp_path / "ledger.tsv"
    result = CliRunner().invoke(cli, ["export", str(FIXTURE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = out.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 10  # the untranslated entry is left out
    assert rows[0].split("\t")[:2] == ["Open the ledger to add an entry.",
                                       "Öffnen Sie das Kassenbuch, um einen Eintrag hinzuzufügen."]


def test_contexts_and_plural_forms_are_different_strings(tmp_path: Path) -> None:
    """One msgid in two contexts, and the plural forms of one msgid_plural, have their own
    translations: no segment-inconsistent; the same msgid twice without one is."""
    path = po(tmp_path, 'msgctxt "menu"\nmsgid "Open"\nmsgstr "Abrir"\n\n'
                        'msgctxt "state"\nmsgid "Open"\nmsgstr "Abierto"\n\n'
                        'msgid "%d file"\nmsgid_plural "%d files"\n'
                        'msgstr[0] "%d plik"\nmsgstr[1] "%d pliki"\nmsgstr[2] "%d plików"\n\n'
                        'msgid "Close"\nmsgstr "Cerrar"\n\n'
                        'msgctxt "again"\nmsgid "Close"\nmsgstr "Cerrado"\n', language="pl")
    code, found = findings(str(path), "--tgt-lang", "pl")
    assert found == []
    assert code == 0
    path.write_text(path.read_text(encoding="utf-8").replace('msgctxt "again"\n', ""),
                    encoding="utf-8")
    assert findings(str(path), "--tgt-lang", "pl") == (0, [
        ("segment-inconsistent", "app.po:20"), ("segment-inconsistent", "app.po:23")])
