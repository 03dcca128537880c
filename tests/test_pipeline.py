"""The orchestration layer: every command gets its units and evidence the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.check.units import Unit
from aligner.cli.main import cli
from aligner.errors import ConfigError, InputError
from aligner.formats.tmx import write_tmx
from aligner.model import Alignment, Bead
from aligner.pipeline import (
    align_files,
    build_evidence,
    check_input,
    load_check_input,
    report_data,
    size_warning,
    units_from_tmx,
)

ROOT = Path(__file__).resolve().parents[1]
ES = ROOT / "corpus" / "es" / "chile-73.es.txt"
EN = ROOT / "corpus" / "en" / "chile-73.en.txt"
GLOSSARY = ROOT / "glossary.tsv"


def _glossary(tmp_path: Path) -> Path:
    path = tmp_path / "g.tsv"
    path.write_text("es\ten\tstatus\ncordón industrial\tindustrial cord\tforbidden\n"
                    "cordón industrial\tindustrial belt\n", encoding="utf-8")
    return path


def test_tmx_units_keep_tu_numbers(tmp_path: Path) -> None:
    """A tu without both languages keeps its number as an empty unit."""
    path = tmp_path / "m.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="es-ES" '
        'datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="es-ES"><seg>Hola.</seg></tuv><tuv xml:lang="en-GB"><seg>Hello.</seg>'
        '</tuv></tu>'
        '<tu><tuv xml:lang="es-ES"><seg>Sola.</seg></tuv></tu>'
        '<tu tuid="q-17"><tuv xml:lang="es-ES"><seg>¿Qué?</seg></tuv><tuv xml:lang="en-GB">'
        '<seg>What?</seg>'
        '</tuv></tu></body></tmx>\n', encoding="utf-8")
    units, src, tgt = units_from_tmx(path, src_lang=None, tgt_lang=None)
    # labelled by tuid, else by 1-based position, so findings name the tu an editor opens
    assert units == (Unit("Hola.", "Hello.", label="tu 1"), Unit("", ""),
                     Unit("¿Qué?", "What?", label="tuid q-17"))
    assert (src.lower(), tgt.lower()) == ("es-es", "en-gb")


def test_a_tmx_we_wrote_is_checked_unit_by_unit(tmp_path: Path) -> None:
    alignment = Alignment(
        ("Los cordones industriales resistieron.", "En 1972 hubo 3.526 huelgas."),
        ("The industrial cords resisted.", "In 1972 there were 3,256 strikes."),
        (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9)), "es", "en",
    )
    path = tmp_path / "m.tmx"
    write_tmx(alignment, path)
    result = CliRunner().invoke(cli, ["check", "--tmx", str(path), "--glossary",
                                      str(_glossary(tmp_path)), "--format", "json"])
    assert result.exit_code == 1, result.output
    doc = json.loads(result.output)
    assert [(f["unit"], f["code"]) for f in doc["findings"]] == [
        (0, "term-forbidden"), (1, "number-mismatch")
    ]


def test_exactly_one_input() -> None:
    with pytest.raises(ConfigError, match="either SRC TGT"):
        load_check_input(documents=("a", "b"), pairs="p.tsv")
    with pytest.raises(ConfigError, match="either SRC TGT"):
        load_check_input()


def test_checking_two_documents_aligns_with_the_glossary_as_align_does() -> None:
    """`check SRC TGT --glossary G` sees the alignment `align --glossary G` makes."""
    inp = load_check_input(documents=(str(ES), str(EN)), glossary=GLOSSARY)
    assert inp.aligned is not None and inp.glossary is not None
    assert inp.aligned.alignment.settings["evidence"] == "terms"
    aligned = align_files(ES, EN, src_lang="es", tgt_lang="en", glossary=inp.glossary)
    assert aligned.alignment.beads == inp.aligned.alignment.beads
    without = load_check_input(documents=(str(ES), str(EN)))
    assert without.aligned is not None
    assert without.aligned.alignment.settings["evidence"] == "none"


def test_check_and_run_report_the_same_findings(tmp_path: Path) -> None:
    """The main job and `aligner check` on the same pair find the same things."""
    out = tmp_path / "out"
    run = CliRunner().invoke(cli, ["run", "--root", str(ROOT), "-o", str(out)])
    assert run.exit_code == 0, run.output
    checked = CliRunner().invoke(cli, ["check", str(ES), str(EN), "--glossary", str(GLOSSARY),
                                       "--format", "json", "--fail-on", "never"])
    assert checked.exit_code == 0, checked.output
    from_run = json.loads((out / "chile-73.findings.json").read_text(encoding="utf-8"))
    from_check = json.loads(checked.output)
    assert from_check["findings"] == from_run["findings"]
    assert from_check["findings"]  # the corpus has findings to compare


def test_report_data_of_two_documents_keeps_their_structure() -> None:
    inp = load_check_input(documents=(str(ES), str(EN)), glossary=GLOSSARY)
    data = report_data(inp, check_input(inp))
    assert inp.aligned is not None
    assert (data.src_name, data.tgt_name) == (str(ES), str(EN))
    assert data.src_paragraph_starts == inp.aligned.src_paragraph_starts != frozenset()
    assert data.has_confidence
    assert data.settings["evidence"] == "terms" and data.settings["check glossary"]


def test_report_data_of_given_pairs_has_no_confidence(tmp_path: Path) -> None:
    pairs = tmp_path / "p.tsv"
    pairs.write_text("Uno.\tOne.\n\tTwo.\n", encoding="utf-8")
    inp = load_check_input(pairs=str(pairs))
    data = report_data(inp, check_input(inp), low_confidence=0.7)
    assert not data.has_confidence and data.low_confidence == 0.7
    assert data.beads == (Bead((0,), (0,), 1.0), Bead((), (1,), 1.0))


def test_evidence_glossary_then_dictionary(tmp_path: Path) -> None:
    from aligner.glossary import load_glossary

    dictionary = tmp_path / "d.tsv"
    dictionary.write_text("huelga\tstrike\n", encoding="utf-8")
    glossary = load_glossary(_glossary(tmp_path), src_lang="es", tgt_lang="en")
    ev = build_evidence(glossary=glossary, dictionary=dictionary, src_mt=["x"])
    # the forbidden rendering is no evidence
    assert ev.term_pairs == (("cordón industrial", "industrial belt"), ("huelga", "strike"))
    assert ev.src_mt == ["x"]


def test_mt_must_translate_line_by_line(tmp_path: Path) -> None:
    src, tgt, mt = (tmp_path / n for n in ("a.src", "a.tgt", "a.mt"))
    src.write_text("Uno.\nDos.\n", encoding="utf-8")
    tgt.write_text("One.\nTwo.\n", encoding="utf-8")
    mt.write_text("One.\n", encoding="utf-8")
    with pytest.raises(InputError, match="has 1 line but SRC has 2 sentences"):
        align_files(src, tgt, src_lang="es", tgt_lang="en", presplit=True, src_mt=mt)


def test_size_warning() -> None:
    assert size_warning(163, 2) == ("SRC has 163 sentences and TGT 2: one is ten times the other "
                                    "or more; expect many unaligned sentences (check that they "
                                    "are the same text)")
    assert (size_warning(1, 10) or "").startswith("SRC has 1 sentence and TGT 10: ")
    assert size_warning(10, 99) is None
    assert size_warning(0, 5) == ("SRC has no sentences: every sentence of TGT is left "
                                  "unaligned (check that it is the right file)")
    assert (size_warning(5, 0, src="SRC (a.txt)", tgt="TGT (b.txt)") or "").startswith(
        "TGT (b.txt) has no sentences: every sentence of SRC (a.txt) is left unaligned")
    assert size_warning(0, 0) == "SRC and TGT have no sentences: the alignment is empty"



def test_a_file_of_pairs_names_both_sides_in_the_report(tmp_path: Path) -> None:
    """Both sides come from the one file: the page names it, not '<target>'."""
    pairs = tmp_path / "p.tsv"
    pairs.write_text("Uno.\tOne.\t0.9\n", encoding="utf-8")
    inp = load_check_input(pairs=str(pairs))
    data = report_data(inp, check_input(inp))
    assert (data.src_name, data.tgt_name) == (str(pairs), str(pairs))


def test_untagged_documents_take_the_languages_of_the_glossary_given(tmp_path: Path) -> None:
    from aligner.pipeline import load_check_input

    (tmp_path / "doc_a.txt").write_text("東京の図書館は大きい。\n", encoding="utf-8")
    (tmp_path / "doc_b.txt").write_text("The library in Tokyo is large.\n", encoding="utf-8")
    (tmp_path / "g.tsv").write_text("ja\ten\n図書館\tlibrary\n", encoding="utf-8")
    said: list[str] = []
    docs = [str(tmp_path / "doc_a.txt"), str(tmp_path / "doc_b.txt")]
    inp = load_check_input(documents=docs, glossary=str(tmp_path / "g.tsv"), warn=said.append)
    assert (inp.src_lang, inp.tgt_lang) == ("ja", "en")
    assert said[0].startswith("the languages ja -> en are the glossary's")
    # one side named: the glossary gives the other, read the other way round
    inp = load_check_input(documents=docs[::-1], src_lang="en",
                           glossary=str(tmp_path / "g.tsv"), warn=said.append)
    assert (inp.src_lang, inp.tgt_lang) == ("en", "ja")


def test_pair_files_take_the_languages_of_the_glossary_given(tmp_path: Path) -> None:
    """docs/checks.md: a pair file says no languages, so a --glossary gives them, as for
    two untagged documents (it was read as es -> en, and the en-fr glossary refused)."""
    pairs = tmp_path / "p.tsv"
    pairs.write_text("The file.\tLe fichier.\n", encoding="utf-8")
    (tmp_path / "fr.tsv").write_text("en\tfr\nfile\tfichier\n", encoding="utf-8")
    said: list[str] = []
    inp = load_check_input(pairs=str(pairs), glossary=str(tmp_path / "fr.tsv"),
                           warn=said.append)
    assert (inp.src_lang, inp.tgt_lang) == ("en", "fr")
    assert said == [f"the languages en -> fr are the glossary's ({tmp_path / 'fr.tsv'}): a "
                    "pair file (TSV) does not say its languages, and no --src-lang/--tgt-lang "
                    "was given"]
    assert check_input(inp).findings == ()


def test_languages_assumed_are_said(tmp_path: Path) -> None:
    pairs = tmp_path / "p.tsv"
    pairs.write_text("Uno.\tOne.\n", encoding="utf-8")
    said: list[str] = []
    inp = load_check_input(pairs=str(pairs), warn=said.append)
    assert (inp.src_lang, inp.tgt_lang) == ("es", "en")
    assert said == ["es -> en assumed: a pair file (TSV) does not say its languages, and no "
                    "--src-lang/--tgt-lang was given"]
    said.clear()
    load_check_input(pairs=str(pairs), tgt_lang="en_gb", warn=said.append)
    assert said == ["the source language es assumed: a pair file (TSV) does not say its "
                    "languages, and no --src-lang/--tgt-lang was given"]
    said.clear()
    load_check_input(pairs=str(pairs), src_lang="es", tgt_lang="en", warn=said.append)
    assert said == []


def test_an_omegat_glossary_needs_the_languages_the_input_does_not_say(tmp_path: Path) -> None:
    """It was read as es -> en, German checked with English morphology (a false
    term-missing for 'die Dateien'); glossary validate refuses it without languages."""
    pairs = tmp_path / "p.tsv"
    pairs.write_text("The files\tdie Dateien\n", encoding="utf-8")
    omegat = tmp_path / "de.txt"
    omegat.write_text("file\tDatei\t\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"de\.txt: an OmegaT glossary \(no header line\) "
                                          r"does not say its languages, and a pair file"):
        load_check_input(pairs=str(pairs), glossary=str(omegat))
    inp = load_check_input(pairs=str(pairs), glossary=str(omegat), src_lang="en",
                           tgt_lang="de")
    assert (inp.src_lang, inp.tgt_lang) == ("en", "de")


def test_a_glossary_of_another_region_is_warned_about(tmp_path: Path) -> None:
    pairs = tmp_path / "p.tsv"
    pairs.write_text("The user file\tO arquivo do usuário\n", encoding="utf-8")
    g = tmp_path / "pt.tsv"
    g.write_text("en\tpt-PT\tstatus\nfile\tficheiro\nfile\tarquivo\tforbidden\n",
                 encoding="utf-8")
    said: list[str] = []
    inp = load_check_input(pairs=str(pairs), glossary=str(g), src_lang="en",
                           tgt_lang="pt_br", warn=said.append)
    assert inp.tgt_lang == "pt-BR"  # as BCP 47 writes it, not as typed
    assert said == [f"{g}: the glossary's target language is pt-PT, the text's pt-BR: a "
                    "glossary for pt-PT may forbid words that are right in pt-BR"]
    said.clear()
    load_check_input(pairs=str(pairs), glossary=str(g), src_lang="en", tgt_lang="pt",
                     warn=said.append)
    assert said == []


def test_a_tbx_read_partly_from_another_region_says_which_concepts(tmp_path: Path) -> None:
    """de-CH sets for some concepts, de-DE for the rest: the glossary says de-CH, so
    the check names the concepts read from de-DE (and nothing else a TBX leaves out)."""
    pairs = tmp_path / "p.tsv"
    pairs.write_text("The street\tDie Strasse\n", encoding="utf-8")
    g = tmp_path / "g.tbx"
    g.write_text('<martif xml:lang="en"><text><body>\n'
                 '<termEntry id="a"><langSet xml:lang="en"><tig><term>street</term></tig>'
                 '</langSet><langSet xml:lang="de-CH"><tig><term>Strasse</term></tig>'
                 '</langSet><langSet xml:lang="de-DE"><tig><term>Straße</term></tig>'
                 '</langSet><langSet xml:lang="fr"><tig><term>rue</term></tig></langSet>'
                 '</termEntry>\n<termEntry id="b"><langSet xml:lang="en"><tig><term>bus'
                 '</term></tig></langSet><langSet xml:lang="de-DE"><tig><term>Bus</term></tig>'
                 '</langSet></termEntry>\n</body></text></martif>\n', encoding="utf-8")
    said: list[str] = []
    inp = load_check_input(pairs=str(pairs), glossary=str(g), src_lang="en",
                           tgt_lang="de-CH", warn=said.append)
    assert inp.glossary is not None
    assert [(e.source, e.target) for e in inp.glossary.entries] == [
        ("street", "Strasse"), ("bus", "Bus")]
    assert said == [f"{g}: read the de-DE terms for de-CH in 1 concept with no de-CH set (b);"
                    " terms per set of the language: de-DE 2, de-CH 1"]


_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="es" segtype="sentence" adminlang="en" datatype="plaintext"
 o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
<tu><tuv xml:lang="es"><seg>Uno.</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu>
<tu tuid="t-9"><tuv xml:lang="es"><seg>Dos.</seg></tuv><tuv xml:lang="en"><seg></seg></tuv></tu>
</body></tmx>
"""


def test_report_data_of_a_memory_names_its_units_as_check_does(tmp_path: Path) -> None:
    a, b = tmp_path / "a.tmx", tmp_path / "b.tmx"
    a.write_text(_TMX, encoding="utf-8")
    b.write_text(_TMX, encoding="utf-8")
    inp = load_check_input(tmx=str(a))
    data = report_data(inp, check_input(inp))
    assert data.unit_labels == ("tu 1", "tuid t-9")
    assert data.name(1) == "unit 1 (tuid t-9)"
    inp = load_check_input(tmx=(str(a), str(b)))
    data = report_data(inp, check_input(inp))
    assert data.unit_labels is not None
    assert data.name(3) == f"unit 3 (tuid t-9, {b} unit 1)"
    # two documents the tool aligned are an alignment: beads, no labels
    inp = load_check_input(documents=(str(ES), str(EN)), glossary=GLOSSARY)
    assert report_data(inp, check_input(inp)).unit_labels is None


def _memory(tmp_path: Path, *, lone: bool = False) -> Path:
    """An en-GB -> de-DE memory whose English uses a rendering a de -> en glossary
    forbids; ``lone`` adds a tu with no German."""
    def tu(en: str, de: str | None) -> str:
        out = f'<tu><tuv xml:lang="en-GB"><seg>{en}</seg></tuv>'
        if de is not None:
            out += f'<tuv xml:lang="de-DE"><seg>{de}</seg></tuv>'
        return out + "</tu>"

    path = tmp_path / "legacy.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en-GB" '
        'srclang="en-GB" datatype="plaintext"/><body>'
        + tu("The hoist is heavy.", "Das Hebezeug ist schwer.")
        + (tu("Hello.", None) if lone else "") + "</body></tmx>\n", encoding="utf-8")
    return path


def _de_en(tmp_path: Path) -> Path:
    path = tmp_path / "g.de-en.tsv"
    path.write_text("de\ten\tstatus\nHebezeug\tlifting equipment\tpreferred\n"
                    "Hebezeug\thoist\tforbidden\n", encoding="utf-8")
    return path


def test_a_memory_is_read_the_way_its_glossary_forbids_renderings(tmp_path: Path) -> None:
    """An en -> de memory and a de -> en glossary: read en -> de, the glossary would
    lose its forbidden rows and the memory pass clean; it is read de -> en, said."""
    said: list[str] = []
    inp = load_check_input(tmx=str(_memory(tmp_path)), glossary=_de_en(tmp_path),
                           warn=said.append)
    assert (inp.src_lang, inp.tgt_lang) == ("de-DE", "en-GB")
    assert [f.code for f in check_input(inp).findings] == ["term-forbidden"]
    assert len(said) == 1 and "read de-DE -> en-GB, not en-GB -> de-DE" in said[0]


@pytest.mark.parametrize("langs", [("en", "de"), None])
def test_forbidden_terms_left_unchecked_are_said(tmp_path: Path,
                                                 langs: tuple[str, str] | None) -> None:
    """Asked en -> de, or with a tu lacking German, the memory keeps its direction, and
    a warning names the forbidden term not checked and the options that check it."""
    said: list[str] = []
    src, tgt = langs or (None, None)
    inp = load_check_input(tmx=str(_memory(tmp_path, lone=langs is None)),
                           glossary=_de_en(tmp_path), src_lang=src, tgt_lang=tgt,
                           warn=said.append)
    assert inp.src_lang.startswith("en") and not check_input(inp).findings
    [note] = [s for s in said if "forbidden term not checked" in s]
    assert "1 forbidden term not checked" in note and "--src-lang de" in note


def test_a_glossary_in_its_own_direction_is_not_warned_about(tmp_path: Path) -> None:
    said: list[str] = []
    inp = load_check_input(tmx=str(_memory(tmp_path)), glossary=_de_en(tmp_path),
                           src_lang="de", tgt_lang="en", warn=said.append)
    assert [f.code for f in check_input(inp).findings] == ["term-forbidden"]
    assert not said


def test_two_documents_read_against_their_glossary_are_warned_about(tmp_path: Path) -> None:
    (tmp_path / "a.en.txt").write_text("The hoist is heavy.\n", encoding="utf-8")
    (tmp_path / "a.de.txt").write_text("Das Hebezeug ist schwer.\n", encoding="utf-8")
    said: list[str] = []
    load_check_input(documents=(str(tmp_path / "a.en.txt"), str(tmp_path / "a.de.txt")),
                     glossary=_de_en(tmp_path), warn=said.append)
    assert any("1 forbidden term not checked" in s and "other way round" in s for s in said)
