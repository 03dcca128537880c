"""A saved alignment's recorded glossary, used by check, export and review of it when no
--glossary is given (walk6: the editor of a run's alignment said ``glossary: none``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.editor.edits import Edit, Op
from aligner.editor.session import EditSession
from aligner.editor.store import JsonFileStore

# Written for this test: the English renders "retablo" by the word the glossary forbids.
ES = "El museo presta tres retablos.\n\nLa sala abre a las diez.\n"
EN = "The museum lends three reredoses.\n\nThe room opens at ten.\n"
GLOSSARY = "es\ten\tstatus\nretablo\taltarpiece\tpreferred\nretablo\treredos\tforbidden\n"


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A run of the pair with museo.tsv into out/; the folder it ran in."""
    monkeypatch.chdir(tmp_path)  # no ./glossary.tsv here
    (tmp_path / "aviso.es.txt").write_text(ES, encoding="utf-8")
    (tmp_path / "aviso.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "museo.tsv").write_text(GLOSSARY, encoding="utf-8")
    r = CliRunner().invoke(cli, ["run", "aviso.es.txt", "aviso.en.txt", "--glossary",
                                 "museo.tsv", "-o", "out", "--encoder", "none"])
    assert r.exit_code == 0, r.output
    return tmp_path


def _codes(args: list[str]) -> tuple[list[str], str]:
    r = CliRunner().invoke(cli, ["check", *args, "--format", "json"])
    assert r.exit_code in (0, 1), r.output
    body = r.stdout[r.stdout.index("{"):]
    return [f["code"] for f in json.loads(body)["findings"]], r.stderr


def test_run_records_the_glossary_relative_to_the_saved_alignment(run: Path) -> None:
    saved = json.loads((run / "out" / "aviso.alignment.json").read_text(encoding="utf-8"))
    assert saved["glossary"]["path"] == "../museo.tsv"


def test_check_of_the_saved_alignment_uses_it_from_any_folder(
        run: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(run / "out")
    codes, said = _codes(["aviso.alignment.json"])
    assert "term-forbidden" in codes
    assert ("aligner: checking with the glossary aviso.alignment.json was made with, "
            "../museo.tsv") in said
    codes, _ = _codes(["aviso.alignment.json", "--no-glossary"])  # the option wins
    assert "term-forbidden" not in codes


def test_a_gone_glossary_is_said_and_none_is_used(run: Path) -> None:
    (run / "museo.tsv").rename(run / "elsewhere.tsv")
    codes, said = _codes(["out/aviso.alignment.json"])
    assert "term-forbidden" not in codes
    assert ("aligner: warning: out/aviso.alignment.json: the glossary it was made with, "
            "museo.tsv, is gone: checked without a glossary, so term-missing, "
            "term-forbidden and term-inconsistent do not run") in said
    assert "no glossary is used now" not in said  # one warning for the one cause
    codes, _ = _codes(["out/aviso.alignment.json", "--glossary", "elsewhere.tsv"])
    assert "term-forbidden" in codes


def test_a_changed_glossary_is_used_with_a_warning(run: Path) -> None:
    with (run / "museo.tsv").open("a", encoding="utf-8") as fh:
        fh.write("sala\troom\tpreferred\n")
    codes, said = _codes(["out/aviso.alignment.json"])
    assert "term-forbidden" in codes
    assert ("aligner: warning: museo.tsv has changed since out/aviso.alignment.json was "
            "made with it") in said


def test_export_leaves_out_the_unit_the_recorded_glossary_flags(run: Path) -> None:
    r = CliRunner().invoke(cli, ["export", "out/aviso.alignment.json", "-o", "kept.tsv",
                                 "--leave-out-flagged", "error"])
    assert r.exit_code == 0, r.output
    kept = (run / "kept.tsv").read_text(encoding="utf-8")
    assert "reredoses" not in kept and "The room opens at ten." in kept


def test_review_serves_it_with_the_recorded_glossary(
        run: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[str | None] = []
    monkeypatch.setattr("aligner.cli.review._serve_json",
                        lambda _a, glossary, *_rest: served.append(glossary) or False)
    r = CliRunner().invoke(cli, ["review", "out/aviso.alignment.json", "--no-browser"])
    assert r.exit_code == 0, r.output
    assert served == ["museo.tsv"]
    r = CliRunner().invoke(cli, ["review", "out/aviso.alignment.json", "--no-browser",
                                 "--no-glossary"])
    assert served == ["museo.tsv", None]


def test_an_edit_in_the_editor_keeps_the_record(run: Path) -> None:
    path = run / "out" / "aviso.alignment.json"
    store = JsonFileStore(path)
    try:
        EditSession(store).edit(Edit(Op.CONFIRM, 0), 0)
    finally:
        store.close()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["revision"] == 1 and saved["glossary"]["path"] == "../museo.tsv"


def test_align_to_a_saved_alignment_records_the_glossary_given_and_only_then(run: Path) -> None:
    r = CliRunner().invoke(cli, ["align", "aviso.es.txt", "aviso.en.txt", "--glossary",
                                 "museo.tsv", "-o", "al/x.json", "--encoder", "none"])
    assert r.exit_code == 0, r.output
    saved = json.loads((run / "al" / "x.json").read_text(encoding="utf-8"))
    assert saved["glossary"]["path"] == "../museo.tsv"
    r = CliRunner().invoke(cli, ["align", "aviso.es.txt", "aviso.en.txt", "-o", "al/y.json",
                                 "--encoder", "none"])
    assert r.exit_code == 0, r.output
    assert "glossary" not in json.loads((run / "al" / "y.json").read_text(encoding="utf-8"))


def test_a_refused_input_is_one_line_with_no_word_of_its_glossary(run: Path) -> None:
    r = CliRunner().invoke(cli, ["check", "out/aviso.alignment.json", "--src-lang", "fr"])
    assert r.exit_code == 2
    assert r.stderr == ("aligner: error: out/aviso.alignment.json: the alignment is es -> "
                        "en, not fr -> en\n")


def test_a_copy_in_another_folder_uses_the_same_glossary_at_its_absolute_path(
        run: Path) -> None:
    """``cp out/x.alignment.json edit.alignment.json`` then check (or review) of the copy:
    the relative ../museo.tsv names no file from the copy's folder; the glossary at the
    absolute path recorded, unchanged, is used and named (an Arabic walk's review said
    the glossary was gone and reviewed without it)."""
    (run / "edit.alignment.json").write_bytes(
        (run / "out" / "aviso.alignment.json").read_bytes())
    codes, said = _codes(["edit.alignment.json"])
    assert "term-forbidden" in codes
    absolute = (run / "museo.tsv").resolve().as_posix()
    assert (f"aligner: checking with the glossary edit.alignment.json was made with, "
            f"{absolute} -- recorded as ../museo.tsv, no file from its folder, and found "
            "unchanged at its absolute path") in said
    with (run / "museo.tsv").open("a", encoding="utf-8") as fh:
        fh.write("sala\troom\tpreferred\n")
    codes, said = _codes(["edit.alignment.json"])
    assert "term-forbidden" not in codes
    assert (f"the glossary it was made with, ../museo.tsv, is gone (the file at its "
            f"absolute path, {absolute}, is another: its bytes are not those recorded)"
            ) in said
