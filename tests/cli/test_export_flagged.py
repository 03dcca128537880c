"""``aligner export --leave-out-flagged LEVEL``: the units the checks flag are not
written (a clause left in English is no Spanish translation for a memory)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from aligner.cli.main import cli
from aligner.formats.alignment_json import write_alignment_json
from aligner.model import Alignment, Bead, Review, ReviewState

CLEAN = ("The fee is payable within thirty days.",
         "La tarifa se pagará en un plazo de treinta días.")
# left in English: what the untranslated check reports, an error
ENGLISH = ("This Agreement is governed by the laws of Spain.",
           "This Agreement is governed by the laws of Spain.")
# the glossary below wants "Contrato" and forbids "Acuerdo"
FORBIDDEN = ("This Agreement ends in May.", "Este Acuerdo termina en mayo.")
GLOSSARY = "en\tes\tstatus\nAgreement\tContrato\tpreferred\nAgreement\tAcuerdo\tforbidden\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def saved(path: Path, pairs: list[tuple[str, str]], reviewed: int | None = None) -> Path:
    """A saved alignment of ``pairs``, one 1-1 bead each (``reviewed``: that bead
    confirmed by a person)."""
    when = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    beads = tuple(Bead((k,), (k,), 0.9, {}, Review(ReviewState.CONFIRMED, when)
                       if k == reviewed else None) for k in range(len(pairs)))
    write_alignment_json(Alignment(tuple(s for s, _ in pairs), tuple(t for _, t in pairs),
                                   beads, "en", "es"), path)
    return path


def tmx_units(path: Path) -> list[tuple[str, str]]:
    """The (en, es) texts of every tu, parsed from the file."""
    xml = "{http://www.w3.org/XML/1998/namespace}lang"
    out = []
    for tu in etree.parse(str(path)).iter("tu"):
        texts = {tuv.get(xml): tuv.findtext("seg") for tuv in tu.iter("tuv")}
        out.append((texts["en"], texts["es"]))
    return out


def test_an_untranslated_unit_is_left_out_only_when_asked(tmp_path: Path) -> None:
    pair = saved(tmp_path / "pair.json", [CLEAN, ENGLISH])
    code, _, stderr = run("export", str(pair), "-o", str(tmp_path / "all.tmx"))
    assert code == 0, stderr
    assert tmx_units(tmp_path / "all.tmx") == [CLEAN, ENGLISH]
    code, _, stderr = run("export", str(pair), "-o", str(tmp_path / "clean.tmx"),
                          "--leave-out-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    assert tmx_units(tmp_path / "clean.tmx") == [CLEAN]
    assert ("wrote 1 unit to " in stderr and "1 unit with an error left out "
            "(--leave-out-flagged error): aligner check lists them" in stderr)
    # no sentence is said to lack a counterpart: the bead left out is no null bead
    assert "counterpart" not in stderr


def test_a_reviewed_flagged_bead_is_kept(tmp_path: Path) -> None:
    pair = saved(tmp_path / "pair.json", [CLEAN, ENGLISH], reviewed=1)
    code, _, stderr = run("export", str(pair), "-o", str(tmp_path / "out.tmx"),
                          "--leave-out-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    assert tmx_units(tmp_path / "out.tmx") == [CLEAN, ENGLISH]
    assert "0 units with an error left out" in stderr
    assert "1 reviewed unit with an error kept (a person vouched for them)" in stderr


def test_the_glossary_named_is_the_checks(tmp_path: Path) -> None:
    glossary = tmp_path / "terms.tsv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    pair = saved(tmp_path / "pair.json", [CLEAN, FORBIDDEN])
    run("export", str(pair), "-o", str(tmp_path / "none.tsv"), "--leave-out-flagged",
        "error", "--no-glossary")
    assert len((tmp_path / "none.tsv").read_text(encoding="utf-8").splitlines()) == 2
    code, _, stderr = run("export", str(pair), "-o", str(tmp_path / "out.tsv"),
                          "--leave-out-flagged", "error", "--glossary", str(glossary))
    assert code == 0, stderr
    rows = (tmp_path / "out.tsv").read_text(encoding="utf-8").splitlines()
    assert [r.split("\t")[:2] for r in rows] == [list(CLEAN)]


def test_a_tmx_and_a_saved_alignment_together(tmp_path: Path) -> None:
    pair = saved(tmp_path / "pair.json", [ENGLISH, CLEAN])
    run("export", str(pair), "-o", str(tmp_path / "memory.tmx"))
    code, _, stderr = run("export", str(tmp_path / "memory.tmx"), str(pair), "-o",
                          str(tmp_path / "both.tmx"), "--leave-out-flagged", "error",
                          "--no-glossary")
    assert code == 0, stderr
    assert tmx_units(tmp_path / "both.tmx") == [CLEAN, CLEAN]
    assert "2 units with an error left out" in stderr


@pytest.mark.parametrize("suffix", [".json", ".align"])
def test_refused_for_formats_that_keep_every_bead(tmp_path: Path, suffix: str) -> None:
    pair = saved(tmp_path / "pair.json", [CLEAN, ENGLISH])
    code, _, stderr = run("export", str(pair), "-o", str(tmp_path / f"out{suffix}"),
                          "--leave-out-flagged", "error")
    assert code == 2
    assert "--leave-out-flagged goes with TMX, XLIFF, TSV, CSV and XLSX" in stderr
    assert not (tmp_path / f"out{suffix}").exists()


def test_glossary_without_the_option_and_with_untranslated_are_refused(tmp_path: Path
                                                                       ) -> None:
    pair = saved(tmp_path / "pair.json", [CLEAN, ENGLISH])
    code, _, stderr = run("export", str(pair), "-o", str(tmp_path / "o.tmx"), "--no-glossary")
    assert code == 2 and "--no-glossary goes with --leave-out-flagged LEVEL" in stderr
    code, _, stderr = run("export", str(pair), "-o", str(tmp_path / "o.xlf"),
                          "--leave-out-flagged", "error", "--untranslated")
    assert code == 2 and "do not go together" in stderr


def test_a_collection_leaves_out_its_flagged_units(tmp_path: Path) -> None:
    src, tgt = tmp_path / "en", tmp_path / "es"
    src.mkdir()
    tgt.mkdir()
    # one sentence a paragraph: each is a bead of its own
    (src / "a.en.txt").write_text(f"{CLEAN[0]}\n\n{ENGLISH[0]}\n", encoding="utf-8")
    (tgt / "a.es.txt").write_text(f"{CLEAN[1]}\n\n{ENGLISH[1]}\n", encoding="utf-8")
    (src / "b.en.txt").write_text(f"{CLEAN[0]}\n", encoding="utf-8")
    (tgt / "b.es.txt").write_text(f"{CLEAN[1]}\n", encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(src), str(tgt), "--src-lang", "en", "--tgt-lang", "es",
                          "--db", str(db), "--jobs", "1", "--no-glossary")
    assert code == 0, stderr
    code, _, stderr = run("export", str(db), "-o", str(tmp_path / "all.tmx"),
                          "--leave-out-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    assert tmx_units(tmp_path / "all.tmx") == [CLEAN, CLEAN]
    assert "1 unit with an error left out" in stderr
    code, _, stderr = run("export", str(db), "--doc", "b", "-o", str(tmp_path / "b.tmx"),
                          "--leave-out-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    assert tmx_units(tmp_path / "b.tmx") == [CLEAN]
    assert "0 units with an error left out" in stderr


def test_a_tmx_with_a_unit_of_one_language_is_numbered_as_the_checks_number_it(
        tmp_path: Path) -> None:
    """The first tu has no Spanish: the reader skips it, and the untranslated unit is
    still the one left out (not its neighbour); the skip is said once."""
    tus = "".join(f'<tu><tuv xml:lang="en"><seg>{en}</seg></tuv>'
                  + (f'<tuv xml:lang="es"><seg>{es}</seg></tuv>' if es else "") + "</tu>"
                  for en, es in [("Only English here.", ""), CLEAN, ENGLISH, FORBIDDEN])
    memory = tmp_path / "memory.tmx"
    memory.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header '
                      'creationtool="t" creationtoolversion="1" segtype="sentence" '
                      'o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>'
                      f"<body>{tus}</body></tmx>", encoding="utf-8")
    code, _, stderr = run("export", str(memory), "-o", str(tmp_path / "out.tmx"),
                          "--src-lang", "en", "--tgt-lang", "es",
                          "--leave-out-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    assert tmx_units(tmp_path / "out.tmx") == [CLEAN, FORBIDDEN]
    assert stderr.count("1 of 4 units left out") == 1


def test_a_pair_file_named_txt_is_checked_as_a_pair_file(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.txt"
    pairs.write_text("".join(f"{s}\t{t}\n" for s, t in (ENGLISH, CLEAN)), encoding="utf-8")
    code, _, stderr = run("export", str(pairs), "-o", str(tmp_path / "out.tmx"),
                          "--src-lang", "en", "--tgt-lang", "es",
                          "--leave-out-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    assert tmx_units(tmp_path / "out.tmx") == [CLEAN]


def test_a_collection_note_is_said_once(tmp_path: Path) -> None:
    """A note of the collection's (a document's files changed since batch) is export's
    to say: the checks run for --leave-out-flagged do not say it again."""
    src, tgt = tmp_path / "en", tmp_path / "es"
    src.mkdir()
    tgt.mkdir()
    (src / "a.en.txt").write_text(f"{CLEAN[0]}\n", encoding="utf-8")
    (tgt / "a.es.txt").write_text(f"{CLEAN[1]}\n", encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("batch", str(src), str(tgt), "--src-lang", "en", "--tgt-lang", "es",
                          "--db", str(db), "--jobs", "1", "--no-glossary")
    assert code == 0, stderr
    (src / "a.en.txt").write_text(f"{CLEAN[0]}\n\nA new sentence.\n", encoding="utf-8")
    code, _, stderr = run("export", str(db), "-o", str(tmp_path / "all.tmx"),
                          "--leave-out-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    assert stderr.count("changed since aligner batch stored it") == 1


@pytest.mark.parametrize("fmt", ["xliff", "xliff12"])
def test_xliff_has_no_unit_for_the_flagged_one(tmp_path: Path, fmt: str) -> None:
    pair = saved(tmp_path / "pair.json", [ENGLISH, CLEAN])
    out = tmp_path / "out.xlf"
    code, _, stderr = run("export", str(pair), "-o", str(out), "--format", fmt,
                          "--leave-out-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    sources = [e.text for e in etree.parse(str(out)).iter() if etree.QName(e).localname
               == "source"]
    assert sources == [CLEAN[0]]


def test_severity_makes_a_changed_code_an_error_to_leave_out(tmp_path: Path) -> None:
    """code-changed is a warning: --leave-out-flagged error keeps the unit whose command
    was translated, unless --severity code-changed=error (check's option) says otherwise."""
    (tmp_path / "cli.en.md").write_text(
        "Create a workspace.\n\n```sh\nlumora ws create demo\n```\n\nRun `lumora login` now.\n",
        encoding="utf-8")
    (tmp_path / "cli.es.md").write_text(
        "Cree un espacio de trabajo.\n\n```sh\nlumora ws crear demo\n```\n\n"
        "Ejecute `lumora login` ahora.\n", encoding="utf-8")
    pair = tmp_path / "cli.json"
    code, _, stderr = run("align", str(tmp_path / "cli.en.md"), str(tmp_path / "cli.es.md"),
                          "-o", str(pair))
    assert code == 0, stderr
    kept = [("Create a workspace.", "Cree un espacio de trabajo."),
            ("Run lumora login now.", "Ejecute lumora login ahora.")]
    changed = ("lumora ws create demo", "lumora ws crear demo")
    code, _, stderr = run("export", str(pair), "-o", str(tmp_path / "warn.tmx"),
                          "--leave-out-flagged", "error", "--no-glossary")
    assert code == 0, stderr
    assert tmx_units_text(tmp_path / "warn.tmx") == [kept[0], changed, kept[1]]
    code, _, stderr = run("export", str(pair), "-o", str(tmp_path / "err.tmx"),
                          "--leave-out-flagged", "error", "--no-glossary",
                          "--severity", "code-changed=error")
    assert code == 0, stderr
    assert tmx_units_text(tmp_path / "err.tmx") == kept
    assert "1 unit with an error left out" in stderr


def tmx_units_text(path: Path) -> list[tuple[str, str]]:
    """The (en, es) texts of every tu, inline codes' native code left out."""
    xml = "{http://www.w3.org/XML/1998/namespace}lang"
    out = []
    for tu in etree.parse(str(path)).iter("tu"):
        texts = {}
        for tuv in tu.iter("tuv"):
            seg = tuv.find("seg")
            assert seg is not None
            texts[tuv.get(xml)] = (seg.text or "") + "".join(c.tail or "" for c in seg)
        out.append((texts["en"], texts["es"]))
    return out


@pytest.mark.parametrize(("args", "said"), [
    (["--severity", "code-changed=error"], "--severity goes with --leave-out-flagged LEVEL"),
    (["--leave-out-flagged", "error", "--no-glossary", "--severity", "code-changed"],
     "--severity 'code-changed': expected CODE=error|warning|info"),
    (["--leave-out-flagged", "error", "--no-glossary", "--severity", "code-changd=error"],
     "unknown check 'code-changd'"),
])
def test_severity_is_checked_as_check_checks_it(tmp_path: Path, args: list[str],
                                                said: str) -> None:
    pair = saved(tmp_path / "pair.json", [CLEAN, ENGLISH])
    code, _, stderr = run("export", str(pair), "-o", str(tmp_path / "o.tmx"), *args)
    assert code == 2 and said in stderr
    assert not (tmp_path / "o.tmx").exists()


def test_a_sentence_left_in_english_inside_a_unit_is_left_out(tmp_path: Path) -> None:
    # a 2-2 bead: the second English sentence left (slightly edited) in the Spanish
    # target -- no copy, so not untranslated, but wrong-language
    src = ("The fee is payable within thirty days.",
           "Any payment that is made after the due date will bear interest at the legal rate.")
    tgt = ("La tarifa se pagará en un plazo de treinta días.",
           "Any payment that is made after the due date will bear interest at the rate.")
    pair = Alignment(src + CLEAN[:1], tgt + CLEAN[1:], (
        Bead((0, 1), (0, 1), 0.8, {}), Bead((2,), (2,), 0.9, {})), "en", "es")
    write_alignment_json(pair, tmp_path / "pair.json")
    code, _, stderr = run("export", str(tmp_path / "pair.json"), "-o",
                          str(tmp_path / "all.tmx"))
    assert code == 0, stderr
    assert len(tmx_units(tmp_path / "all.tmx")) == 2
    code, _, stderr = run("export", str(tmp_path / "pair.json"), "-o",
                          str(tmp_path / "clean.tmx"), "--leave-out-flagged", "error",
                          "--no-glossary")
    assert code == 0, stderr
    assert tmx_units(tmp_path / "clean.tmx") == [CLEAN]
    assert "1 unit with an error left out" in stderr
