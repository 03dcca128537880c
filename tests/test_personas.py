"""The whole chain as three users walk it, on real published text (issue 13).

The bundled corpus (the article as published and our Spanish version) is cut
into five document pairs at bead boundaries of the hand-made gold alignment,
each written as a plain-text document with one paragraph per sentence.  Then:

- the **translator** aligns each pair with a glossary of their own, writes the
  alignment as JSON, TSV and TMX (``align``) and as TSV, CSV, TMX and XLIFF
  (``export``), and checks every one of those files: the findings are those of
  checking the two documents;
- the **editor** exports the glossary in every format the tool writes, checks
  with each (same findings), and makes a review page from every alignment file
  (confidence shown wherever the file has scores);
- the **publisher** exports all five saved alignments into one TMX with
  creator, date and a property, cleans it (TMX to TMX) without losing any
  attribute, prop or note of a unit, and checks the memory: the findings of
  the five documents together.

Findings are compared by what an editor reads (code, message, the two
segments), since unit numbers differ by design between a saved alignment
(unaligned sentences are units) and an export (aligned beads only), and an
export holds no finding about a sentence it does not hold.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lxml import etree

from aligner.align.beadfile import read_beads, read_sentence_lines
from aligner.cli.main import cli

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "gold"
PARTS = 5

# The translator's own glossary, written by hand from terms of the article: one
# preferred rendering each, and forbidden renderings a careless translation uses.
GLOSSARY = """es\ten\tstatus\tnote
cordones industriales\tcordones industriales\tpreferred\tkept in Spanish
cordones industriales\tindustrial belts\tforbidden\ta gloss, not the name
Unidad Popular\tPopular Unity\tpreferred\t
Unidad Popular\tUnidad Popular\tallowed\t
golpe de Estado\tcoup\tpreferred\t
golpe de Estado\tstate blow\tforbidden\tliteral
clase obrera\tworking class\tpreferred\t
JAP\tJAP\tpreferred\tacronym kept
tanquetazo\ttanquetazo\tpreferred\t
"""

Finding = tuple[str, str, str, str]  # code, message, source, target


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def check_json(*args: str) -> dict[str, Any]:
    code, out = run("check", *args, "--format", "json", "--fail-on", "never")
    assert code == 0, out
    doc = json.loads(out)
    assert isinstance(doc, dict)
    return doc


def findings(*args: str) -> Counter[Finding]:
    """What `aligner check ARGS` finds, keyed by the segments it names.

    The segments come from `aligner check --format csv` (source_text and
    target_text columns), which is what an editor reads."""
    code, out = run("check", *args, "--format", "csv", "--fail-on", "never")
    assert code == 0, out
    rows = list(csv.DictReader(io.StringIO(out)))
    return Counter((r["code"], r["message"], r["source_text"], r["target_text"]) for r in rows)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Path]]:
    """Five document pairs cut from the corpus at gold bead boundaries."""
    out = tmp_path_factory.mktemp("personas")
    beads = read_beads(str(GOLD / "chile-73.gold"))
    # the page ends with links to other articles, in English only: the article is before
    last = max(k for k, (s, t) in enumerate(beads) if s and t)
    beads = beads[:last + 1]
    es = read_sentence_lines(str(GOLD / "chile-73.es.sents"))
    en = read_sentence_lines(str(GOLD / "chile-73.en.sents"))
    size = -(-len(beads) // PARTS)
    pairs = []
    for k in range(PARTS):
        part = beads[k * size:(k + 1) * size]
        src = [es[i] for s, _ in part for i in s]
        tgt = [en[j] for _, t in part for j in t]
        assert src and tgt
        paths = (out / f"part{k}.es.txt", out / f"part{k}.en.txt")
        for path, sentences in zip(paths, (src, tgt), strict=True):
            path.write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
        pairs.append(paths)
    (out / "glossary.tsv").write_text(GLOSSARY, encoding="utf-8")
    return pairs


def _glossary(corpus: list[tuple[Path, Path]]) -> Path:
    return corpus[0][0].parent / "glossary.tsv"


def _alignment_files(src: Path, tgt: Path, glossary: Path) -> dict[str, Path]:
    stem = src.with_suffix("").with_suffix("")
    files: dict[str, Path] = {}
    for fmt in ("json", "tsv", "tmx"):
        files[f"align.{fmt}"] = Path(f"{stem}.aligned.{fmt}")
        code, out = run("align", str(src), str(tgt), "--src-lang", "es", "--tgt-lang", "en",
                        "--glossary", str(glossary), "--format", fmt,
                        "-o", str(files[f"align.{fmt}"]))
        assert code == 0, out
    for suffix in ("tsv", "csv", "tmx", "xlf"):
        files[f"export.{suffix}"] = Path(f"{stem}.exported.{suffix}")
        code, out = run("export", str(files["align.json"]), "-o", str(files[f"export.{suffix}"]))
        assert code == 0, out
    return files


def test_translator_every_alignment_file_checks_like_the_documents(
        corpus: list[tuple[Path, Path]]) -> None:
    glossary = _glossary(corpus)
    total = 0
    for src, tgt in corpus:
        direct = findings(str(src), str(tgt), "--glossary", str(glossary))
        total += sum(direct.values())
        # An export holds the aligned beads only: a sentence without a counterpart
        # (and what is found about it, e.g. empty-target) is in the saved alignment;
        # so is what a second alignment of every sentence suspects (possible-omission).
        aligned = Counter({f: n for f, n in direct.items()
                           if f[2] and f[3] and f[0] != "possible-omission"})
        for name, path in _alignment_files(src, tgt, glossary).items():
            expected = direct if name == "align.json" else aligned
            assert findings(str(path), "--glossary", str(glossary)) == expected, (src.name, name)
    assert total > 0  # the corpus has things to find; the comparison is not vacuous


@pytest.mark.parametrize("fmt", ["csv", "tbx", "tbx3", "omegat"])
def test_editor_every_exported_glossary_checks_alike(
        corpus: list[tuple[Path, Path]], fmt: str) -> None:
    glossary = _glossary(corpus)
    exported = glossary.with_name(f"exported-glossary.{fmt}")
    args = ["glossary", "export", str(glossary), "--format", fmt, "-o", str(exported)]
    if fmt == "omegat":
        args.append("--include-forbidden")
    code, out = run(*args)
    assert code == 0, out
    code, out = run("glossary", "validate", str(exported), "--src-lang", "es", "--tgt-lang", "en")
    assert code == 0, out
    # and back into the project's TSV, which checks alike too
    imported = glossary.with_name(f"imported-from-{fmt}.tsv")
    code, out = run("glossary", "import", str(exported), "-o", str(imported),
                    "--src-lang", "es", "--tgt-lang", "en")
    assert code == 0, out
    for src, tgt in corpus:
        saved = Path(f"{src.with_suffix('').with_suffix('')}.aligned.json")
        if not saved.exists():
            _alignment_files(src, tgt, glossary)
        own = findings(str(saved), "--glossary", str(glossary))
        assert findings(str(saved), "--glossary", str(exported)) == own, (src.name, fmt)
        assert findings(str(saved), "--glossary", str(imported)) == own, (src.name, fmt)


def test_editor_review_pages_of_every_alignment_file(
        corpus: list[tuple[Path, Path]], tmp_path: Path) -> None:
    glossary = _glossary(corpus)
    src, tgt = corpus[0]
    for name, path in _alignment_files(src, tgt, glossary).items():
        page = tmp_path / f"{name}.html"
        code, out = run("report", str(path), "--glossary", str(glossary), "-o", str(page))
        assert code == 0, out
        html = page.read_text(encoding="utf-8")
        # every file the tool wrote carries the aligner's scores, so the page shows them
        assert "confidence: not available" not in html.lower(), name
        assert "not available (the input has no scores)" not in html, name


def _units(path: Path) -> list[bytes]:
    """Every tu of a TMX, canonicalised (attributes, props, notes, segments)."""
    tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    return [etree.tostring(tu, method="c14n") for tu in tree.iter("tu")]


def test_publisher_one_memory_with_metadata_cleaned_without_loss(
        corpus: list[tuple[Path, Path]], tmp_path: Path) -> None:
    glossary = _glossary(corpus)
    saved = []
    for src, tgt in corpus:
        path = Path(f"{src.with_suffix('').with_suffix('')}.aligned.json")
        if not path.exists():
            _alignment_files(src, tgt, glossary)
        saved.append(path)
    memory = tmp_path / "memory.tmx"
    code, out = run("export", *map(str, saved), "-o", str(memory), "--creator", "Editorial X",
                    "--created", "2026-12-01T09:30:00Z", "--prop", "x-client=Revista")
    assert code == 0, out
    tree = etree.parse(str(memory))
    header = tree.find("header")
    assert header is not None
    assert (header.get("creationid"), header.get("creationdate")) == (
        "Editorial X", "20261201T093000Z")
    assert [p.text for p in header.iter("prop") if p.get("type") == "x-client"] == ["Revista"]
    tus = list(tree.iter("tu"))
    assert tus and all(tu.get("creationid") == "Editorial X" for tu in tus)
    documents = {p.text for tu in tus for p in tu.iter("prop") if p.get("type") == "x-src-document"}
    assert len(documents) == PARTS  # each unit keeps the document it came from

    cleaned = tmp_path / "cleaned.tmx"
    code, out = run("export", str(memory), "-o", str(cleaned))
    assert code == 0, out
    assert _units(cleaned) == _units(memory)

    # The memory checks as the five saved alignments checked together (consistency
    # is judged across the whole book), less what concerns unaligned sentences and the
    # sentences left out (a saved alignment's sentences are looked at for those, a
    # memory's units are not)
    book = findings(*map(str, saved), "--glossary", str(glossary))
    in_memory = findings(str(memory), "--glossary", str(glossary))
    assert in_memory == Counter({f: n for f, n in book.items()
                                 if f[2] and f[3] and f[0] != "possible-omission"})
    one_by_one = sum((findings(str(p), "--glossary", str(glossary)) for p in saved), Counter())
    across = {f[0] for f in book - one_by_one}
    assert across <= {"term-inconsistent", "segment-inconsistent"}, across
    doc = check_json(str(memory), "--glossary", str(glossary))
    assert doc["findings"], "the memory has findings to act on"
    labelled = [f for f in doc["findings"] if "label" in f]
    assert labelled, "findings of a TMX name their tu"
