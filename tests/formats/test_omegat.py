"""OmegaT 3.6, a real CAT tool, uses our TMX and reads our glossaries.

OmegaT exits 0 even when it drops a TMX, so these tests read its log for
``TF_TM_LOAD_ERROR`` and look at the translated document, never at the exit code.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from aligner.formats.glossary_tsv import write_omegat_tsv
from aligner.formats.tbx import write_tbx
from aligner.formats.tmx import write_tmx
from aligner.formats.xliff import load_xliff, read_xliff, write_xliff
from aligner.formats.xliff12 import write_xliff12
from aligner.textutil import unescape_cell
from tests._tools import assert_valid_tmx, java, omegat_jar
from tests.formats.conftest import GLOSSARY, SAMPLE, SAMPLE_PAIRS

pytestmark = [pytest.mark.external, pytest.mark.slow]

JAVA_CHECK = Path(__file__).parent / "java" / "Check.java"

PROJECT_FILE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>es</source_lang>
    <target_lang>en</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneSpanishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""

UNKNOWN = "Esta frase no está en la memoria."


def make_project(root: Path) -> Path:
    """A minimal OmegaT project: paragraphs are segments (no sentence splitting)."""
    project = root / "project"
    # OmegaT takes a folder for a project only if it has omegat.project AND omegat/.
    for sub in ("omegat", "source", "target", "tm/auto", "glossary", "dictionary"):
        (project / sub).mkdir(parents=True)
    (project / "omegat.project").write_text(PROJECT_FILE, encoding="utf-8")
    paragraphs = [src for src, _ in SAMPLE_PAIRS] + [UNKNOWN]
    (project / "source" / "doc.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return project


def console_translate(project: Path, config: Path) -> str:
    """Run OmegaT headless; return its console output and log together."""
    result = subprocess.run(
        [
            java(),
            "-Djava.awt.headless=true",
            "-jar",
            str(omegat_jar()),
            str(project),
            "--mode=console-translate",
            f"--config-dir={config}",
            "--disable-project-locking",
            "--no-team",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    logs = "".join(
        p.read_text(encoding="utf-8", errors="replace") for p in sorted(config.rglob("*.log"))
    )
    return result.stdout + result.stderr + logs


def test_omegat_pretranslates_from_our_tmx(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    tmx = project / "tm" / "auto" / "aligned.tmx"
    write_tmx(SAMPLE, tmx)
    assert_valid_tmx(tmx)
    log = console_translate(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    translated = (project / "target" / "doc.txt").read_text(encoding="utf-8")
    assert translated.split("\n\n") == [tgt for _, tgt in SAMPLE_PAIRS] + [UNKNOWN + "\n"]


def test_omegat_pretranslates_from_our_tmx_of_subtitles(tmp_path: Path) -> None:
    """The cues each unit of subtitle files carries (x-src-cues, x-tgt-cues props) keep
    the TMX one OmegaT loads and translates from."""
    from tests.formats.test_subtitle_exports import subtitles

    aligned = subtitles()
    project = make_project(tmp_path)
    (project / "source" / "doc.txt").write_text("\n\n".join(aligned.src_sentences) + "\n",
                                                encoding="utf-8")
    tmx = project / "tm" / "auto" / "subtitles.tmx"
    write_tmx(aligned, tmx)
    assert_valid_tmx(tmx)
    assert '<prop type="x-src-cues">2 00:00:03,500; 3 00:00:05,100</prop>' in tmx.read_text(
        encoding="utf-8")
    log = console_translate(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    translated = (project / "target" / "doc.txt").read_text(encoding="utf-8")
    assert translated.split("\n\n") == [*aligned.tgt_sentences[:-1],
                                        aligned.tgt_sentences[-1] + "\n"]


def test_negative_control_a_tmx_without_srclang_is_dropped(tmp_path: Path) -> None:
    """The log check above can fail: a TMX OmegaT drops shows up as TF_TM_LOAD_ERROR."""
    project = make_project(tmp_path)
    good = tmp_path / "good.tmx"
    write_tmx(SAMPLE, good)
    assert_valid_tmx(good)
    broken = good.read_text(encoding="utf-8").replace(' srclang="es"', "", 1)
    (project / "tm" / "auto" / "broken.tmx").write_text(broken, encoding="utf-8")
    log = console_translate(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" in log
    translated = (project / "target" / "doc.txt").read_text(encoding="utf-8")
    assert translated.split("\n\n")[0] == SAMPLE_PAIRS[0][0]  # left untranslated


def omegat_segments(project: Path, name: str) -> int | None:
    """How many segments OmegaT's statistics give file ``name`` (None: not one of its
    files -- no filter of OmegaT took it)."""
    stats = (project / "omegat" / "project_stats.txt").read_text(encoding="utf-8")
    for line in stats.splitlines():
        cells = line.split("\t")
        if cells[0].strip() == name:
            return int(cells[1])
    return None


@pytest.mark.parametrize(("writer", "segments"), [(write_xliff12, 5), (write_xliff, None)])
def test_omegat_loads_our_xliff12_not_xliff21(tmp_path: Path, writer: object,
                                             segments: int | None) -> None:
    """OmegaT 3.6 takes our XLIFF 1.2 as a document of the project: its XLIFF filter
    finds every unit, and the file it writes keeps our translations.  The XLIFF 2.1
    we write is the negative control: OmegaT has no filter for it."""
    project = make_project(tmp_path)
    (project / "source" / "doc.txt").unlink()
    out = project / "source" / "aligned.xlf"
    assert callable(writer)
    writer(SAMPLE, out)
    log = console_translate(project, tmp_path / "config")
    assert omegat_segments(project, "aligned.xlf") == segments
    if segments is not None:
        assert "ERROR" not in log
        assert [(u.source, u.target) for u in read_xliff(project / "target" / "aligned.xlf")
                ] == SAMPLE_PAIRS


def omegat_glossary(kind: str, path: Path, tmp_path: Path) -> list[tuple[str, str, str]]:
    """What OmegaT's own glossary reader makes of ``path``: (source, target, comment)."""
    args = [
        java(),
        "-cp",
        str(omegat_jar()),
        str(JAVA_CHECK),
        kind,
        str(path),
        str(tmp_path / "config"),
    ]
    if kind == "tbx":
        args.append(str(make_project(tmp_path)))
    result = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    entries = []
    for line in result.stdout.splitlines():
        if line.startswith("ENTRY\t"):
            _, src, tgt, comment = line.split("\t")
            entries.append((unescape_cell(src), unescape_cell(tgt), unescape_cell(comment)))
    return entries


def test_omegat_reads_our_glossary_tsv(tmp_path: Path) -> None:
    out = tmp_path / "glossary.txt"
    write_omegat_tsv(GLOSSARY, out)
    assert omegat_glossary("tsv", out, tmp_path) == [
        ("golpe de Estado", "coup", "the article's word"),
        ("golpe de Estado", "coup d'état", "allowed variant"),
        ("Unidad Popular", "Popular Unity", ""),
        ("Guerra Fría", "Cold War", "Ψυχρός Πόλεμος, 冷战 😀"),
    ]


def test_omegat_reads_our_tbx(tmp_path: Path) -> None:
    out = tmp_path / "glossary.tbx"
    write_tbx(GLOSSARY, out)
    entries = omegat_glossary("tbx", out, tmp_path)
    # OmegaT lists every rendering (a deprecated one too, as an ordinary entry)
    # and puts all notes of the concept in each entry's comment.
    assert [(src, tgt) for src, tgt, _ in entries] == [
        (e.source, e.target) for e in GLOSSARY.entries
    ]
    assert "the article's word" in entries[0][2]
    assert "Ψυχρός Πόλεμος, 冷战 😀" in entries[-1][2]


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_omegat_loads_our_tmx_with_formatting_codes(tmp_path: Path) -> None:
    """A TMX with the codes of a DOCX's formatting (bpt/ept with native code) is
    valid for OmegaT: it loads it and reads the codes as codes, not as text -- a
    plain sentence gets the translation of its bold one, with no ``<b>`` in it."""
    from aligner.pipeline import align_files

    aligned = align_files(FIXTURES / "formatting-es.docx", FIXTURES / "formatting-en.odt",
                          src_lang="es", tgt_lang="en").alignment
    project = make_project(tmp_path)
    tmx = project / "tm" / "auto" / "aligned.tmx"
    write_tmx(aligned, tmx)
    assert_valid_tmx(tmx)
    assert "&lt;b&gt;" in tmx.read_text(encoding="utf-8")
    (project / "source" / "doc.txt").write_text(
        "La lámpara quemaba aceite de parafina, unos nueve litros por noche.\n\n"
        "Tachó doce y escribió diez.\n", encoding="utf-8")
    log = console_translate(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    translated = (project / "target" / "doc.txt").read_text(encoding="utf-8")
    assert translated.split("\n\n") == [
        "The lamp burned paraffin oil, about nine litres a night.",
        "He crossed out twelve and wrote ten.\n"]


def test_omegat_loads_a_source_left_untranslated(tmp_path: Path) -> None:
    """export --format xliff12 --untranslated: OmegaT 3.6 loads the file without error.
    Its XLIFF filter translates the text of each target, so the unit whose target is
    empty is no segment of it (5, as without the unit) -- measured, not wished: OmegaT
    3.6 does not offer it -- and the file it writes keeps it as it was, source and
    empty target, and our translations of the others."""
    project = make_project(tmp_path)
    (project / "source" / "doc.txt").unlink()
    write_xliff12(SAMPLE, project / "source" / "aligned.xlf", untranslated=True)
    log = console_translate(project, tmp_path / "config")
    assert "ERROR" not in log
    assert omegat_segments(project, "aligned.xlf") == 5
    written = load_xliff(project / "target" / "aligned.xlf").units
    assert [(u.source, u.target) for u in written] == [
        *SAMPLE_PAIRS[:3], ("Sin traducción.", ""), *SAMPLE_PAIRS[3:]]


def test_omegat_pretranslates_from_our_multilingual_tmx(tmp_path: Path) -> None:
    """``export --multilingual``: a tu of es, fr and en (fr first); OmegaT takes the en."""
    from aligner.formats import export_documents
    from aligner.model import Alignment, Bead

    src = tuple(s for s, _ in SAMPLE_PAIRS)
    beads = tuple(Bead((i,), (i,), 0.9) for i in range(len(src)))
    fr = Alignment(src, tuple(f"(fr) {t}" for _, t in SAMPLE_PAIRS), beads, "es", "fr")
    en = Alignment(src, tuple(t for _, t in SAMPLE_PAIRS), beads, "es", "en")
    project = make_project(tmp_path)
    tmx = project / "tm" / "auto" / "archive.tmx"
    export_documents([("fr/doc", fr), ("doc", en)], tmx, several=True, src_langs={"es"},
                     pairs=[("es", "en"), ("es", "fr")],
                     originals={"fr/doc": "doc", "doc": "doc"})
    assert_valid_tmx(tmx)
    assert tmx.read_text(encoding="utf-8").count("<tu ") == len(SAMPLE_PAIRS)
    log = console_translate(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    translated = (project / "target" / "doc.txt").read_text(encoding="utf-8")
    assert translated.split("\n\n") == [tgt for _, tgt in SAMPLE_PAIRS] + [UNKNOWN + "\n"]


def test_omegat_loads_our_files_with_finding_notes(tmp_path: Path) -> None:
    """export --note-flagged: the notes keep the XLIFF 1.2 a document of the project
    (every unit a segment, our translations and our notes in the file it writes) and
    the TMX one it pretranslates from."""
    from lxml import etree

    from tests.formats.test_finding_notes import NOTED, NOTED_TEXTS

    project = make_project(tmp_path)
    tmx = project / "tm" / "auto" / "aligned.tmx"
    write_tmx(NOTED, tmx)
    assert_valid_tmx(tmx)
    write_xliff12(NOTED, project / "source" / "aligned.xlf")
    log = console_translate(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log and "ERROR" not in log
    assert omegat_segments(project, "aligned.xlf") == 5
    assert [(u.source, u.target) for u in read_xliff(project / "target" / "aligned.xlf")
            ] == SAMPLE_PAIRS
    ns = "{urn:oasis:names:tc:xliff:document:1.2}"
    assert [n.text for n in etree.parse(str(project / "target" / "aligned.xlf")).iter(
        f"{ns}note") if n.get("priority")] == NOTED_TEXTS
    translated = (project / "target" / "doc.txt").read_text(encoding="utf-8")
    assert translated.split("\n\n") == [tgt for _, tgt in SAMPLE_PAIRS] + [UNKNOWN + "\n"]


def test_omegat_reads_the_project_pair_of_our_term_base_tbx(tmp_path: Path) -> None:
    """A term base written whole (es -> en, fr, de: a concept with a langSet for each
    language) is a glossary OmegaT reads for its project's pair, es -> en, and only that:
    the French and German renderings are no entries of it."""
    from aligner.formats.glossaries import GlossaryFormat
    from aligner.formats.term_base import write_term_base
    from aligner.model import Glossary, GlossaryEntry

    pairs = [Glossary("es", "en", (GlossaryEntry("impresora", "printer"),
                                   GlossaryEntry("bandeja", "tray"))),
             Glossary("es", "fr", (GlossaryEntry("impresora", "imprimante"),)),
             Glossary("es", "de", (GlossaryEntry("bandeja", "Papierfach"),))]
    out = tmp_path / "base.tbx"
    write_term_base(pairs, out, fmt=GlossaryFormat.TBX)
    entries = omegat_glossary("tbx", out, tmp_path)
    assert [(src, tgt) for src, tgt, _ in entries] == [("impresora", "printer"),
                                                       ("bandeja", "tray")]


def test_omegat_takes_no_other_variety_from_our_multilingual_tmx(tmp_path: Path) -> None:
    """Two varieties of one language (en-GB, en-US) in ``export --multilingual``: OmegaT,
    translating into en-US, takes an en-GB ``tuv`` where a unit has no en-US one (the
    control, a TMX of en-GB alone); ours leaves out the en-GB text of the unit whose en-US
    one was left out, so that segment stays untranslated."""
    from aligner.formats import export_documents
    from aligner.model import Alignment, Bead

    src = tuple(s for s, _ in SAMPLE_PAIRS)
    beads = tuple(Bead((i,), (i,), 0.9) for i in range(len(src)))
    gb = Alignment(src, tuple(f"(GB) {t}" for _, t in SAMPLE_PAIRS), beads, "es", "en-GB")
    # the first unit's en-US translation left out (--leave-out-flagged)
    us = Alignment(src, tuple(t for _, t in SAMPLE_PAIRS[1:]),
                   tuple(Bead((i,), (i - 1,), 0.9) for i in range(1, len(src))), "es", "en-US")
    us_project = PROJECT_FILE.replace("<target_lang>en<", "<target_lang>en-US<")

    def translate(root: Path, docs: list[tuple[str, Alignment]]) -> list[str]:
        project = make_project(root)
        (project / "omegat.project").write_text(us_project, encoding="utf-8")
        tmx = project / "tm" / "auto" / "archive.tmx"
        export_documents(docs, tmx, several=True, src_langs={"es"},
                         pairs=[("es", a.tgt_lang) for _, a in docs],
                         originals={name: "doc" for name, _ in docs})
        assert_valid_tmx(tmx)
        assert "TF_TM_LOAD_ERROR" not in console_translate(project, root / "config")
        return (project / "target" / "doc.txt").read_text(encoding="utf-8").split("\n\n")

    control = translate(tmp_path / "control", [("gb/doc", gb)])
    assert control[0] == f"(GB) {SAMPLE_PAIRS[0][1]}"  # OmegaT takes the other variety
    ours = translate(tmp_path / "ours", [("gb/doc", gb), ("us/doc", us)])
    assert ours == [SAMPLE_PAIRS[0][0]] + [t for _, t in SAMPLE_PAIRS[1:]] + [UNKNOWN + "\n"]
