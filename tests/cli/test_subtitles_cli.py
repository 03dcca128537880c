"""Subtitle files through the commands: align, export, check, report, batch, segment."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from aligner.cli.main import cli

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "subtitles"
EN, ES = str(FIXTURES / "harbour.en.srt"), str(FIXTURES / "harbour.es.srt")

# Written by hand from the two files: one bead a sentence, but the last English
# sentence, which the Spanish release says in two (tests/fixtures/README.md).
EXPECTED = [*(f"[{i}]:[{i}]" for i in range(12)), "[12]:[12, 13]"]


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def _beads(out: str) -> list[str]:
    return [line.rsplit(":", 1)[0] for line in out.splitlines()]


def test_an_srt_pair_aligns_sentence_by_sentence() -> None:
    code, out, err = _invoke("align", EN, ES)
    assert code == 0, err
    assert _beads(out) == EXPECTED


def test_webvtt_and_a_windows_1252_srt_align_as_the_srt_pair() -> None:
    code, out, err = _invoke("align", str(FIXTURES / "harbour.en.vtt"),
                             str(FIXTURES / "harbour-cp1252.es.srt"), "--encoding", "cp1252")
    assert code == 0, err
    assert _beads(out) == EXPECTED


def test_the_tmx_holds_the_sentences_with_their_italics(tmp_path: Path) -> None:
    out = tmp_path / "harbour.tmx"
    code, _, err = _invoke("align", EN, ES, "-o", str(out))
    assert code == 0, err
    assert err == f"aligner: wrote 13 units to {out}\n"
    tmx = out.read_text(encoding="utf-8")
    assert ('<seg><bpt i="1" x="1">&lt;i&gt;</bpt>El último ferry salió del puerto a las '
            'nueve de esa noche.<ept i="1">&lt;/i&gt;</ept></seg>') in tmx
    assert "<seg>Muy bien. Enseguida voy.</seg>" in tmx
    assert "-->" not in tmx and "an8" not in tmx and "font" not in tmx


def test_a_broken_time_line_is_an_error_naming_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.en.srt"
    bad.write_text("1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n"
                   "2\n00:00:03,000 -> 00:00:04,000\nBye.\n", encoding="utf-8")
    code, out, err = _invoke("align", str(bad), ES)
    assert (code, out) == (2, "")
    assert err == (f"aligner: error: {bad}:6: not a time line (HH:MM:SS,mmm --> "
                   "HH:MM:SS,mmm): '00:00:03,000 -> 00:00:04,000'\n")


def test_check_and_report_read_the_pair(tmp_path: Path) -> None:
    code, out, err = _invoke("check", EN, ES, "--no-glossary")
    assert code == 0, err
    assert "in 13 units" in out
    page = tmp_path / "review.html"
    code, _, err = _invoke("report", EN, ES, "--no-glossary", "-o", str(page))
    assert code == 0, err
    assert "Enseguida voy." in page.read_text(encoding="utf-8")


def test_segment_reads_srt_from_standard_input() -> None:
    source = (FIXTURES / "harbour.es.srt").read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["segment", "-", "--lang", "es", "--input-format",
                                      "subrip"], input=source)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[:3] == [
        "El último ferry salió del puerto a las nueve de esa noche.", "¿Adónde vas?",
        "A casa."]


def test_batch_aligns_a_folder_of_subtitles(tmp_path: Path) -> None:
    en, es = tmp_path / "en", tmp_path / "es"
    en.mkdir()
    es.mkdir()
    for name in ("harbour", "night"):
        shutil.copy(EN, en / f"{name}.en.srt")
    shutil.copy(ES, es / "harbour.es.srt")
    shutil.copy(FIXTURES / "harbour-cp1252.es.srt", es / "night.es.srt")
    db = tmp_path / "film.db"
    code, _, err = _invoke("batch", str(en), str(es), "--db", str(db), "--jobs", "1",
                           "--encoding", "cp1252", "--no-glossary")
    assert code == 0, err
    assert "2 pairs aligned, 0 unchanged, 0 failed, of 2" in err
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT name, beads FROM documents ORDER BY name").fetchall()
    conn.close()
    assert rows == [("harbour", 13), ("night", 13)]


def test_a_webvtt_header_names_the_language_a_name_without_a_tag_does_not(
        tmp_path: Path) -> None:
    vtt, srt = tmp_path / "film.vtt", tmp_path / "film.srt"
    shutil.copy(FIXTURES / "harbour.en.vtt", vtt)  # Language: en
    shutil.copy(EN, srt)
    code, out, err = _invoke("segment", str(vtt))
    assert code == 0, err
    assert out.splitlines()[1] == "Where are you going?"
    code, _, err = _invoke("segment", str(srt))
    assert code == 2
    assert "give --lang" in err
