"""A file whose name carries no language tag takes the name of its folder when that is
one (``ca/ple.md``), as ``aligner batch ca es`` reads its folders: for segment, align
and check.  A tag in the name wins, the folder wins over a declaration (said in a
warning), and a lone folder's name the text is plainly not in is refused (``hr/``)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from aligner.cli.main import cli
from aligner.pipeline import load_check_input

# "a l'av. Diagonal": one sentence by the Catalan rules, cut after "av." by others
CATALAN = "L'oficina és a l'av. Diagonal, 12. Obre a les nou.\n"
SPANISH = "La oficina está en la avenida Diagonal, 12. Abre a las nueve.\n"
GERMAN = "Er kam am 3. Mai an. Dann ging er nach Hause.\n"  # "3. Mai": a German date
# an English text long enough for the language evidence to tell (200 words and more)
ENGLISH = ("The council approved the budget for the next year yesterday, and the mayor said "
           "that it was a good day for the town. The session began at seven in the evening "
           "in the council chamber, and it was open to the public. ") * 3 + "\n"


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_segment_takes_the_language_of_the_folder(tmp_path: Path) -> None:
    ple = _write(tmp_path / "ca" / "ple.md", CATALAN)
    result = _run("segment", ple)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["L'oficina és a l'av. Diagonal, 12.",
                                          "Obre a les nou."]
    assert result.stdout == _run("segment", ple, "--lang", "ca").stdout
    # the folder, not the text, chose the rules: read as English "av." ends a sentence
    assert _run("segment", ple, "--lang", "en").stdout.splitlines()[0] == (
        "L'oficina és a l'av.")


def test_a_folder_with_a_region_or_a_capital_is_a_tag_too(tmp_path: Path) -> None:
    visit = _write(tmp_path / "DE-AT" / "visit.txt", GERMAN)
    result = _run("segment", visit)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["Er kam am 3. Mai an.", "Dann ging er nach Hause."]


def test_the_tag_in_the_name_and_the_option_win_over_the_folder(tmp_path: Path) -> None:
    tagged = _write(tmp_path / "en" / "visit.de.txt", GERMAN)
    assert _run("segment", tagged).stdout.splitlines()[0] == "Er kam am 3. Mai an."
    plain = _write(tmp_path / "en" / "visit.txt", GERMAN)
    assert _run("segment", plain).stdout.splitlines()[0] == "Er kam am 3."
    assert _run("segment", plain, "--lang", "de").stdout.splitlines()[0] == (
        "Er kam am 3. Mai an.")


def test_a_folder_that_is_no_language_tag_asks_for_the_option(tmp_path: Path) -> None:
    notes = _write(tmp_path / "notes" / "ple.md", CATALAN)
    result = _run("segment", notes)
    assert result.exit_code == 2
    assert result.stderr == (f"aligner: error: give --lang: the name of {notes} has no "
                             "language tag in it (as chile.es.txt has es)\n")


def test_a_lone_folder_the_text_is_plainly_not_in_is_refused(tmp_path: Path) -> None:
    """hr/ may be the human resources' folder: English text in it is not Croatian."""
    notes = _write(tmp_path / "hr" / "notes.txt", ENGLISH)
    result = _run("segment", notes)
    assert result.exit_code == 2
    assert result.stderr == (
        f"aligner: error: give --lang: the name of {notes} has no language tag in it (as "
        f"chile.es.txt has es); {notes} looks like English, not Croatian, the name of its "
        "folder (hr/): give --lang en\n")
    assert _run("segment", notes, "--lang", "en").exit_code == 0


def test_the_folder_wins_over_a_declaration_with_a_warning(tmp_path: Path) -> None:
    page = _write(tmp_path / "ca" / "ple.html",
                  f'<html lang="en"><body><p>{CATALAN.strip()}</p></body></html>\n')
    result = _run("segment", page)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["L'oficina és a l'av. Diagonal, 12.",
                                          "Obre a les nou."]
    assert result.stderr == (f"aligner: warning: {page} declares en (<html lang=\"en\">), "
                             "not ca, the name of its folder (ca/): read as ca\n")


def test_align_and_check_take_each_side_from_its_folder(tmp_path: Path) -> None:
    """Two files of other names (ple.md, pleno.md): before, only two of one name were
    read by their folders."""
    src = _write(tmp_path / "ca" / "ple.md", CATALAN)
    tgt = _write(tmp_path / "es" / "pleno.md", SPANISH)
    aligned = _run("align", src, tgt, "--format", "json", "--encoder", "none")
    assert aligned.exit_code == 0, aligned.output
    saved = json.loads(aligned.stdout)
    assert (saved["src_lang"], saved["tgt_lang"]) == ("ca", "es")
    checked = load_check_input(documents=[src, tgt])
    assert (checked.src_lang, checked.tgt_lang) == ("ca", "es")
    # one side tagged, the other in its folder
    tagged = _write(tmp_path / "ple.ca.md", CATALAN)
    saved = json.loads(_run("align", tagged, tgt, "--format", "json", "--encoder",
                            "none").stdout)
    assert (saved["src_lang"], saved["tgt_lang"]) == ("ca", "es")
