"""``aligner glossary export`` / ``import`` (registered on a stand-in ``glossary`` group)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from aligner.cli.glossary_io import register
from aligner.cli.main import CliError
from aligner.errors import AlignerError
from aligner.formats.glossary_tsv import read_glossary_tsv, write_glossary_tsv
from aligner.formats.tbx import read_tbx
from aligner.model import TermStatus
from tests.formats.conftest import GLOSSARY, LEFT_OUT_TBX


class _Group(click.Group):
    """Maps library errors like the real CLI does."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except AlignerError as exc:
            raise CliError(exc.format(), exit_code=exc.exit_code) from exc


@click.group(cls=_Group)
def glossary() -> None:
    """Stand-in for the real ``glossary`` group."""


register(glossary)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(glossary, list(args))
    return result.exit_code, result.stderr


@pytest.fixture
def tsv(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.tsv"
    write_glossary_tsv(GLOSSARY, path)
    return path


@pytest.mark.parametrize(
    ("fmt", "name", "message"),
    [
        ("tbx", "g.tbx", "wrote 3 concepts"),
        ("tbx3", "g3.tbx", "wrote 3 concepts"),
        ("omegat", "g.txt", "wrote 4 entries"),
        ("csv", "g.csv", "wrote 5 entries"),
    ],
)
def test_export(tmp_path: Path, tsv: Path, fmt: str, name: str, message: str) -> None:
    out = tmp_path / name
    code, stderr = run("export", str(tsv), "--format", fmt, "-o", str(out))
    assert code == 0, stderr
    assert stderr == f"aligner: {message} to {out}\n"


def test_export_omegat_with_forbidden(tmp_path: Path, tsv: Path) -> None:
    out = tmp_path / "g.txt"
    code, _ = run("export", str(tsv), "--format", "omegat", "--include-forbidden", "-o", str(out))
    assert code == 0
    assert "state blow\tFORBIDDEN, do not use" in out.read_text(encoding="utf-8")


def test_import_tbx_then_export_round_trip(tmp_path: Path, tsv: Path) -> None:
    tbx = tmp_path / "g.tbx"
    assert run("export", str(tsv), "--format", "tbx", "-o", str(tbx))[0] == 0
    back = tmp_path / "back.tsv"
    code, stderr = run("import", str(tbx), "-o", str(back))
    assert code == 0, stderr
    assert stderr == f"aligner: wrote 5 entries (es -> en) to {back}\n"
    assert [(e.source, e.target, e.status) for e in read_glossary_tsv(back).entries] == [
        (e.source, e.target, e.status) for e in GLOSSARY.entries
    ]
    assert read_tbx(tbx).entries[2].status is TermStatus.FORBIDDEN


def test_import_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tbx"
    bad.write_text("<martif>", encoding="utf-8")
    code, stderr = run("import", str(bad), "-o", str(tmp_path / "out.tsv"))
    assert code == 2
    assert stderr.startswith(f"aligner: error: {bad}:1:")
    assert not (tmp_path / "out.tsv").exists()


@pytest.mark.parametrize(("name", "says"), [("kept.tbx", "tbx"), ("kept.csv", "csv"),
                                          ("kept.xlsx", "xlsx")])
def test_import_writes_tsv_and_refuses_another_formats_name(tmp_path: Path, tsv: Path,
                                                            name: str, says: str) -> None:
    out = tmp_path / name
    out.write_bytes(b"what was there")
    code, stderr = run("import", str(tsv), "-o", str(out))
    suffix = name.rsplit(".", 1)[1]
    assert (code, stderr) == (2, f"aligner: error: {out}: the extension .{suffix} says {says}, "
                                 "but import writes the project's TSV: name it .tsv (aligner "
                                 "glossary export writes the other formats)\n")
    assert out.read_bytes() == b"what was there"


@pytest.mark.parametrize(("name", "message"), [
    ("g.tbx", "wrote 3 concepts"),
    ("g.tbx3", "wrote 3 concepts"),
    ("g.csv", "wrote 5 entries"),
    ("g.xlsx", "wrote 5 entries"),
])
def test_export_format_from_the_extension(tmp_path: Path, tsv: Path, name: str,
                                          message: str) -> None:
    out = tmp_path / name
    code, stderr = run("export", str(tsv), "-o", str(out))
    assert code == 0, stderr
    assert stderr == f"aligner: {message} to {out}\n"


@pytest.mark.parametrize(("name", "args", "message"), [
    ("g.xlsx", ["--format", "csv"], "the extension .xlsx says xlsx, but --format says csv"),
    ("g.tsv", [], "the extension .tsv says tsv, which is not written here; use one of "
                  ".tbx, .tbx3, .csv, .xlsx"),
    ("g.tsv", ["--format", "omegat"], "the extension .tsv says tsv, but --format says omegat"),
    ("g.tbx3", ["--format", "tbx"], "the extension .tbx3 says tbx3, but --format says tbx"),
    ("g.txt", [], "cannot tell the glossary format from the extension .txt; use one of "
                  ".tbx, .tbx3, .csv, .xlsx, or --format"),
])
def test_export_format_and_extension_must_agree(tmp_path: Path, tsv: Path, name: str,
                                                args: list[str], message: str) -> None:
    out = tmp_path / name
    code, stderr = run("export", str(tsv), "-o", str(out), *args)
    assert code == 2
    assert stderr.startswith(f"aligner: error: {out}: {message}")
    assert stderr.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize("name", ["g.tbx", "g.csv"])
def test_include_forbidden_goes_with_omegat_only(tmp_path: Path, tsv: Path, name: str) -> None:
    out = tmp_path / name
    code, stderr = run("export", str(tsv), "-o", str(out), "--include-forbidden")
    assert code == 2
    assert "--include-forbidden goes with --format omegat" in stderr
    assert not out.exists()


def test_export_says_when_a_format_cannot_hold_the_case_column(tmp_path: Path) -> None:
    from tests.formats.test_glossary_files import CASES

    src = tmp_path / "cases.tsv"
    src.write_text(CASES, encoding="utf-8")
    out = tmp_path / "g.txt"
    code, stderr = run("export", str(src), "--format", "omegat", "-o", str(out))
    assert code == 0
    assert (f"aligner: warning: {out}: the case column of 3 rows is not "
            "written (omegat has no place for it): read back, a term in capitals matches "
            "case-sensitively and any other term in any case") in stderr
    for name in ("g.csv", "g.tbx", "g.tbx3"):  # TBX says it in a term note
        code, stderr = run("export", str(src), "-o", str(tmp_path / name))
        assert code == 0 and "warning" not in stderr


def test_one_entry_is_counted_in_the_singular(tmp_path: Path) -> None:
    one = tmp_path / "one.tsv"
    one.write_text("es\ten\tstatus\tnote\nhuelga\tstrike\tpreferred\t\n", encoding="utf-8")
    tbx, back, csv = tmp_path / "one.tbx", tmp_path / "back.tsv", tmp_path / "one.csv"
    assert run("export", str(one), "-o", str(tbx))[1] == f"aligner: wrote 1 concept to {tbx}\n"
    assert run("export", str(one), "-o", str(csv))[1] == f"aligner: wrote 1 entry to {csv}\n"
    assert run("import", str(tbx), "-o", str(back))[1] == (
        f"aligner: wrote 1 entry (es -> en) to {back}\n")


@pytest.mark.parametrize("name", ["g.tbx", "g3.tbx3", "g.csv"])
def test_export_writes_language_tags(tmp_path: Path, name: str) -> None:
    """A header of ``es_CL``/``pt_BR`` (which the TSV reader takes) is written as BCP 47."""
    tsv = tmp_path / "regions.tsv"
    tsv.write_text("es_CL\tpt_BR\nuno\tum\n", encoding="utf-8")
    out = tmp_path / name
    code, stderr = run("export", str(tsv), "-o", str(out))
    assert code == 0, stderr
    text = out.read_text(encoding="utf-8-sig")
    assert "es_CL" not in text and "pt_BR" not in text
    if name.endswith(".csv"):
        assert text.splitlines()[0] == "es-CL,pt-BR,status,note"
    else:
        assert text.count('xml:lang="es-CL"') == 2  # the root and the source langSet
        assert text.count('xml:lang="pt-BR"') == 1


def _one_term_tbx(path: Path, src: tuple[str, str], tgt: tuple[str, str]) -> Path:
    """A TBX of one concept: (language, term) of each side, the root in the first's."""
    sets = "".join(f'<langSet xml:lang="{lang}"><tig><term>{term}</term></tig></langSet>'
                   for lang, term in (src, tgt))
    path.write_text(f'<martif type="TBX" xml:lang="{src[0]}"><text><body><termEntry>{sets}'
                    "</termEntry></body></text></martif>", encoding="utf-8")
    return path


def test_import_writes_language_tags(tmp_path: Path) -> None:
    tbx = _one_term_tbx(tmp_path / "g.tbx", ("es_cl", "uno"), ("PT_br", "um"))
    out = tmp_path / "g.tsv"
    code, stderr = run("import", str(tbx), "-o", str(out))
    assert code == 0, stderr
    assert "(es-CL -> pt-BR)" in stderr
    assert out.read_text(encoding="utf-8").splitlines()[0] == "es-CL\tpt-BR\tstatus\tnote"


def test_export_refuses_a_code_that_is_no_language_tag(tmp_path: Path) -> None:
    tbx = _one_term_tbx(tmp_path / "odd.tbx", ("spanish", "uno"), ("en", "one"))
    out = tmp_path / "g.csv"
    code, stderr = run("export", str(tbx), "-o", str(out))
    assert code == 2
    assert f"{tbx}: source language 'spanish' is not a language code" in stderr
    assert not out.exists()


def test_import_says_what_it_leaves_out_and_the_tag_it_read(tmp_path: Path) -> None:
    tbx, out = tmp_path / "left.tbx", tmp_path / "g.tsv"
    tbx.write_text(LEFT_OUT_TBX.replace('"de-DE"', '"de-AT"'), encoding="utf-8")
    code, stderr = run("import", str(tbx), "-o", str(out), "--tgt-lang", "de")
    assert code == 0, stderr
    assert stderr.splitlines() == [
        f"aligner: warning: {tbx}: left out 1 concept with no en-US term (c4)",
        f"aligner: warning: {tbx}: left out 1 concept with no de-AT term (c3)",
        f"aligner: warning: {tbx}: left out 1 deprecated source term, which pairs with "
        "nothing (tax ID in c2); read de-AT -> en-US to keep it: --src-lang de-AT "
        "--tgt-lang en-US",
        f"aligner: warning: {tbx}: left out the terms in fr-FR (2 concepts)",
        f"aligner: warning: {tbx}: not kept (the glossary has no place for it): "
        "grammaticalGender (1 term)",
        f"aligner: wrote 2 entries (en-US -> de-AT) to {out}",
    ]
    # the part of speech is kept, in a pos column
    assert out.read_text(encoding="utf-8").startswith("en-US\tde-AT\tstatus\tnote\tpos\n")


def test_export_says_what_it_leaves_out_and_takes_the_pair_asked_for(tmp_path: Path) -> None:
    """A terminologist's TBX -> TBX export dropped two of its languages without a word
    (the terminologist's walk, s38): export warns as import does, and takes a pair."""
    tbx = tmp_path / "left.tbx"
    tbx.write_text(LEFT_OUT_TBX, encoding="utf-8")
    code, stderr = run("export", str(tbx), "-o", str(tmp_path / "out.txt"), "--format",
                       "omegat")
    assert code == 0, stderr
    assert f"aligner: warning: {tbx}: left out the terms in fr-FR (2 concepts)" in stderr
    code, stderr = run("export", str(tbx), "-o", str(tmp_path / "fr.csv"), "--tgt-lang", "fr-FR")
    assert code == 0, stderr
    assert "fr-FR" in (tmp_path / "fr.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "left out the terms in de-DE" in stderr


TERM_BASE = ("en\tes\tfr\tde\tstatus\tnote\n"
             "printer\timpresora\timprimante\tDrucker\tpreferred\t\n"
             "paper tray\t\tplateau à papier\t\tforbidden\t\n")


def test_export_of_a_term_base_keeps_every_language(tmp_path: Path) -> None:
    """A 4-language TSV exported to TBX kept en and es only, without a word (walk 7)."""
    tsv = tmp_path / "multi.tsv"
    tsv.write_text(TERM_BASE, encoding="utf-8")
    out = tmp_path / "multi.tbx"
    code, stderr = run("export", str(tsv), "-o", str(out))
    assert code == 0, stderr
    assert stderr == f"aligner: wrote 2 concepts (en, es, fr, de) to {out}\n"
    fr = read_tbx(out, src_lang="en", tgt_lang="fr")
    assert [(e.source, e.target, e.status) for e in fr.entries] == [
        ("printer", "imprimante", TermStatus.PREFERRED),
        ("paper tray", "plateau à papier", TermStatus.FORBIDDEN)]
    assert [(e.source, e.target) for e in read_tbx(out, src_lang="en", tgt_lang="de").entries
            ] == [("printer", "Drucker")]
    csv_out = tmp_path / "multi.csv"
    code, stderr = run("export", str(tsv), "-o", str(csv_out))
    assert stderr == f"aligner: wrote 2 rows (en, es, fr, de) to {csv_out}\n"
    assert csv_out.read_text(encoding="utf-8-sig").splitlines() == [
        "en,es,fr,de,status,note", "printer,impresora,imprimante,Drucker,preferred,",
        "paper tray,,plateau à papier,,forbidden,"]


def test_export_of_one_pair_of_a_term_base_names_the_languages_left_out(
        tmp_path: Path) -> None:
    tsv = tmp_path / "multi.tsv"
    tsv.write_text(TERM_BASE, encoding="utf-8")
    code, stderr = run("export", str(tsv), "--format", "omegat", "-o", str(tmp_path / "o.txt"))
    assert code == 0, stderr
    assert (f"aligner: warning: {tsv}: left out the terms in fr, de (omegat holds one "
            "pair; .tbx, .csv and .xlsx hold them all)\n") in stderr
    code, stderr = run("export", str(tsv), "--tgt-lang", "fr", "-o", str(tmp_path / "f.tbx"))
    assert code == 0, stderr
    assert (f"{tsv}: left out the terms in es, de (a pair was asked for; without "
            "--src-lang/--tgt-lang every language is written)\n") in stderr


def test_import_of_a_term_base_keeps_every_language(tmp_path: Path) -> None:
    tbx = tmp_path / "left.tbx"
    tbx.write_text(LEFT_OUT_TBX, encoding="utf-8")
    out = tmp_path / "base.tsv"
    code, stderr = run("import", str(tbx), "-o", str(out))
    assert code == 0, stderr
    assert "left out the terms in" not in stderr
    assert stderr.endswith(f"aligner: wrote 2 rows (en-US, de-DE, fr-FR) to {out}\n")
    lines = out.read_text(encoding="utf-8").splitlines()
    # the TBX's partOfSpeech of the pump is its row's pos
    assert lines[0] == "en-US\tde-DE\tfr-FR\tstatus\tnote\tpos"
    assert lines[2:] == ["infusion pump\tInfusionspumpe\tpompe à perfusion\tpreferred\t\tnoun",
                         "tax number\tSteuernummer\t\tpreferred\t\t"]


def test_import_names_a_cell_that_lists_terms(tmp_path: Path) -> None:
    csv_in = tmp_path / "es_excel.csv"
    csv_in.write_text("Inglés;Español;Estado\nprinter;impresora;preferido\n"
                      "\"cover; lid\";tapa;\n", encoding="utf-8")
    code, stderr = run("import", str(csv_in), "-o", str(tmp_path / "es.tsv"))
    assert code == 0, stderr
    assert (f"aligner: warning: {csv_in}:3: 'cover; lid' is read as one term, ';' and all: "
            "a cell holds one term; give each its row ('cover', 'lid')\n") in stderr


GAPS_TBX = """<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="c1"><langSet xml:lang="en"><tig><term>pump</term></tig></langSet>
 <langSet xml:lang="de"><tig><term>Pumpe</term></tig></langSet>
 <langSet xml:lang="fr"><tig><term>pompe</term>
  <termNote type="partOfSpeech">noun</termNote></tig></langSet></termEntry>
<termEntry id="c2"><langSet xml:lang="en"><tig><term>valve</term></tig></langSet>
 <langSet xml:lang="fr"><tig><term>soupape</term>
  <termNote type="partOfSpeech">noun</termNote></tig></langSet></termEntry>
<termEntry id="c3"><langSet xml:lang="en"><tig><term>only English</term></tig></langSet>
</termEntry>
</body></text></martif>"""


def test_export_of_a_term_base_whole_names_only_the_concepts_it_leaves_out(
        tmp_path: Path) -> None:
    """c2 has no German term, but its French one is written: only c3, with no term but
    the English one, is left out of the whole term base; of the pair en -> de, both.  The
    French terms' partOfSpeech is kept (a glossary entry's ``pos``): written on them."""
    tbx = tmp_path / "gaps.tbx"
    tbx.write_text(GAPS_TBX, encoding="utf-8")
    out = tmp_path / "out.tbx"
    code, stderr = run("export", str(tbx), "-o", str(out))
    assert code == 0, stderr
    assert stderr.splitlines() == [
        f"aligner: warning: {tbx}: left out 1 concept with no term but in en (c3)",
        f"aligner: wrote 2 concepts (en, de, fr) to {out}"]
    written = out.read_text(encoding="utf-8")
    for term in ("pompe", "soupape"):
        assert re.search(rf"<term>{term}</term>\s*<termNote type=\"partOfSpeech\">noun<", written)
    code, stderr = run("export", str(tbx), "--tgt-lang", "de", "-o", str(tmp_path / "de.tbx"))
    assert f"{tbx}: left out 2 concepts with no de term (c2, c3)" in stderr
    assert "partOfSpeech" not in stderr


REGIONS_TBX = """<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="c1"><langSet xml:lang="en"><tig><term>January</term></tig></langSet>
 <langSet xml:lang="de-DE"><tig><term>Januar</term></tig></langSet>
 <langSet xml:lang="de-AT"><tig><term>Jänner</term></tig></langSet></termEntry>
<termEntry id="c2"><langSet xml:lang="en"><tig><term>pump</term></tig></langSet>
 <langSet xml:lang="de-DE"><tig><term>Pumpe</term></tig></langSet></termEntry>
</body></text></martif>"""


def test_a_term_base_written_whole_gives_each_set_its_own_terms(tmp_path: Path) -> None:
    """A pair read for de-AT takes the de-DE set where a concept has no de-AT one; the
    whole term base must not write 'Pumpe' as the Austrian term of c2."""
    tbx = tmp_path / "regions.tbx"
    tbx.write_text(REGIONS_TBX, encoding="utf-8")
    out = tmp_path / "regions.csv"
    code, stderr = run("export", str(tbx), "-o", str(out))
    assert code == 0, stderr
    assert stderr == f"aligner: wrote 2 rows (en, de-DE, de-AT) to {out}\n"
    assert out.read_text(encoding="utf-8-sig").splitlines() == [
        "en,de-DE,de-AT,status,note", "January,Januar,Jänner,preferred,",
        "pump,Pumpe,,preferred,"]
