"""SRX 2.0 export of the segmentation rules: valid against OmegaT's srx20.xsd."""

from __future__ import annotations

import os
import re
import subprocess
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pytest
from click.testing import CliRunner
from lxml import etree

from aligner.cli.main import cli
from aligner.errors import OutputError
from aligner.formats import srx
from aligner.formats.srx import SRX_NS, java_literal, language_pattern, read_srx, write_srx
from aligner.segment import split_sentences
from aligner.segment.rules import GENERIC, AbbrevClass, data_languages, rules_for
from aligner.segment.srx import segmenter_for
from tests._tools import java, omegat_jar

NS = {"srx": SRX_NS}


@pytest.fixture(scope="module")
def srx_schema(tmp_path_factory: pytest.TempPathFactory) -> etree.XMLSchema:
    """srx20.xsd from OmegaT's jar; its import of xml.xsd points at the jar's copy, not the web."""
    where = tmp_path_factory.mktemp("srx-schema")
    with zipfile.ZipFile(omegat_jar()) as jar:
        (where / "xml.xsd").write_bytes(jar.read("schemas/xml.xsd"))
        xsd = jar.read("schemas/srx20.xsd").replace(b"http://www.w3.org/2001/xml.xsd", b"xml.xsd")
    (where / "srx20.xsd").write_bytes(xsd)
    return etree.XMLSchema(etree.parse(str(where / "srx20.xsd")))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("srx") / "rules.srx"
    write_srx(path)
    return path


def test_export_validates_against_srx20_xsd(exported: Path, srx_schema: etree.XMLSchema) -> None:
    assert srx_schema.validate(etree.parse(str(exported))), srx_schema.error_log


def _rules(path: Path, name: str) -> list[tuple[str, str, str]]:
    tree = etree.parse(str(path))
    rules = tree.xpath(f"//srx:languagerule[@languagerulename='{name}']/srx:rule", namespaces=NS)
    return [
        (
            r.get("break"),
            r.findtext("srx:beforebreak", namespaces=NS),
            r.findtext("srx:afterbreak", namespaces=NS),
        )
        for r in rules
    ]


@pytest.mark.parametrize(
    ("lang", "abbrev", "cls"),
    [
        ("es", "Sra.", AbbrevClass.TITLE),
        ("es", "núm.", AbbrevClass.NUMBER),
        ("es", "EE. UU.", AbbrevClass.MULTI),
        ("es", "cfr.", AbbrevClass.INNER),
        ("en", "Capt.", AbbrevClass.TITLE),
        ("en", "Aug.", AbbrevClass.NUMBER),
        ("en", "incl.", AbbrevClass.INNER),
        ("en", "U.S.", AbbrevClass.MULTI),
        (GENERIC, "Dr.", AbbrevClass.TITLE),
        (GENERIC, "e.g.", AbbrevClass.INNER),
        (GENERIC, "pp.", AbbrevClass.NUMBER),
    ],
)
def test_no_break_rule_for_each_class(
    exported: Path, lang: str, abbrev: str, cls: AbbrevClass
) -> None:
    assert rules_for(lang).exact[abbrev] is cls
    rule = ("no", srx.abbreviation_pattern(abbrev), srx.NO_BREAK_AFTER[cls])
    assert rule in _rules(exported, lang)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_each_no_break_class_is_exported_for(exported: Path, lang: str) -> None:
    """es and en each have an abbreviation of every no-break class in their rule or generic's."""
    rules = _rules(exported, lang) + _rules(exported, GENERIC)
    exact = rules_for(lang).exact
    for cls in srx.NO_BREAK_AFTER:
        wanted = {
            ("no", srx.abbreviation_pattern(e), srx.NO_BREAK_AFTER[cls])
            for e in exact
            if exact[e] is cls
        }
        assert wanted and wanted <= set(rules), cls


def test_final_abbreviations_are_not_exported(exported: Path) -> None:
    before = {b for _, b, _ in _rules(exported, "en")}
    assert srx.abbreviation_pattern("etc.") not in before


def test_generic_break_rules_come_last(exported: Path) -> None:
    rules = _rules(exported, GENERIC)
    assert [b for b, _, _ in rules[-2:]] == ["yes", "yes"]
    assert all(b == "no" for b, _, _ in rules[:-2])


def test_no_language_reclassifies_a_generic_no_break_abbreviation() -> None:
    """The header cascades, so generic's no-break rules reach every language too."""
    generic = rules_for(GENERIC).exact
    for lang in data_languages():
        own = rules_for(lang).exact
        assert all(own[e] is c for e, c in generic.items() if c in srx.NO_BREAK_AFTER), lang


def test_maprules_send_every_language_to_its_rule_then_generic(exported: Path) -> None:
    maps = etree.parse(str(exported)).xpath("//srx:languagemap", namespaces=NS)
    pairs = [(m.get("languagepattern"), m.get("languagerulename")) for m in maps]
    assert pairs[-1] == (".*", GENERIC)
    # Japanese and Chinese have no segment.txt, but rules of their own (formats/srx_cjk.py)
    assert [name for _, name in pairs[:-1]] == sorted({*data_languages(), "ja", "zh"})


@pytest.mark.parametrize(
    ("code", "matches"),
    [("es", True), ("ES", True), ("es-CL", True), ("es_cl", True), ("est", False), ("en", False)],
)
def test_language_pattern(code: str, matches: bool) -> None:
    assert bool(re.fullmatch(language_pattern("es"), code)) is matches


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("Mr.", r"Mr\."),
        ("EE. UU.", r"EE\.\s+UU\."),
        ("Dipl.-Ing.", r"Dipl\.-Ing\."),
        ("(a)", r"\(a\)"),
    ],
)
def test_java_literal(text: str, pattern: str) -> None:
    assert java_literal(text) == pattern


def test_cli_writes_the_file(tmp_path: Path, srx_schema: etree.XMLSchema) -> None:
    out = tmp_path / "out.srx"
    result = CliRunner().invoke(cli, ["segment", "--export-srx", str(out)])
    assert result.exit_code == 0, result.output
    assert srx_schema.validate(etree.parse(str(out))), srx_schema.error_log
    # what it wrote is said, as every writer says it, and counted from the file here
    root = etree.parse(str(out)).getroot()
    ns = "{http://www.lisa.org/srx20}"
    langs, rules = len(root.findall(f".//{ns}languagerule")), len(root.findall(f".//{ns}rule"))
    assert langs > 1 and rules > langs
    assert result.stdout == ""
    assert result.stderr == (f"aligner: wrote {out} (SRX 2.0, {langs} language rules, "
                             f"{rules} rules)\n")


def test_cli_export_takes_no_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["segment", "a.txt", "--export-srx", str(tmp_path / "x.srx")])
    assert result.exit_code == 2
    assert not (tmp_path / "x.srx").exists()


class _FailingHalfway:
    def __init__(self, fh: IO[Any]) -> None:
        self.fh = fh

    def write(self, data: bytes) -> int:
        self.fh.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")


def test_failed_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = srx.atomic_write

    @contextmanager
    def failing(path: Path, *, binary: bool = False) -> Iterator[_FailingHalfway]:
        with real(path, binary=binary) as fh:
            yield _FailingHalfway(fh)

    monkeypatch.setattr(srx, "atomic_write", failing)
    out = tmp_path / "out.srx"
    with pytest.raises(OutputError, match=r"out\.srx: cannot write: No space left on device"):
        write_srx(out)
    assert list(tmp_path.iterdir()) == []


def test_inner_spaces_of_a_spaced_abbreviation_do_not_break(exported: Path) -> None:
    rule = ("no", srx.abbreviation_pattern("EE."), r"(?iu:\s+UU\.)")
    assert rule in _rules(exported, "es")


def test_suffix_entries_are_exported_as_no_break_rules(exported: Path) -> None:
    rule = ("no", srx.suffix_pattern("str."), r"\s+\d")
    # German's own, or the generic file's (an address in any language's text), which
    # the German rules cascade to
    assert rule in _rules(exported, "de") + _rules(exported, "generic")
    segmenter = segmenter_for(read_srx(exported), "de")
    assert segmenter is not None
    text = "Er wohnt in der Hauptstr. 5 in Berlin. Sie wohnt in der Hauptstr. Dort ist es laut."
    assert [text[a:b] for a, b in segmenter.split_spans(text)] == split_sentences(text, "de")


def test_korean_ellipsis_ends_are_exported_as_a_break_rule(exported: Path) -> None:
    assert [brk for brk, _, _ in _rules(exported, "ko")] == ["yes"]
    assert srx.ellipsis_rules("en") == [] and srx.ellipsis_rules(GENERIC) == []
    segmenter = segmenter_for(read_srx(exported), "ko")
    assert segmenter is not None
    text = "피해를 우려하고 있다... 시는 대책을 마련했다. 정말 그래요… 몰랐어요."
    assert [text[a:b] for a, b in segmenter.split_spans(text)] == [
        "피해를 우려하고 있다...", "시는 대책을 마련했다.", "정말 그래요…", "몰랐어요."]


JAVA_CHECK = Path(__file__).parent / "java" / "SrxCheck.java"


def omegat_segments(srx_file: Path, lang: str, text: str, tmp_path: Path) -> list[str]:
    """What OmegaT's own SRX reader and segmenter make of ``text`` with ``srx_file``'s rules."""
    classes = tmp_path / "classes"
    resource = classes / "org" / "omegat" / "core" / "segmentation" / "defaultRules.srx"
    resource.parent.mkdir(parents=True)
    resource.write_bytes(srx_file.read_bytes())
    result = subprocess.run(
        [java(), "-cp", f"{classes}{os.pathsep}{omegat_jar()}", str(JAVA_CHECK), lang, text],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    maps = int(next(line for line in lines if line.startswith("MAPS\t")).split("\t")[1])
    assert maps == len(data_languages()) + 3  # ours (with ja, zh), not OmegaT's bundled rules
    return [line.split("\t", 1)[1] for line in lines if line.startswith("SEG\t")]


@pytest.mark.external
@pytest.mark.slow
def test_omegat_reads_the_export_and_segments_with_it(exported: Path, tmp_path: Path) -> None:
    text = "La Sra. García vive en EE. UU. desde 2010. Vino el DR. Pérez. Ver núm. 5. ¿Vienes? Sí."
    assert omegat_segments(exported, "es-CL", text, tmp_path) == [
        "La Sra. García vive en EE. UU. desde 2010.",
        "Vino el DR. Pérez.",
        "Ver núm. 5.",
        "¿Vienes?",
        "Sí.",
    ]
    # 「はい！」と言った。 is whole (a quotative particle follows), as the splitter keeps it
    assert omegat_segments(
        exported, "ja", "今日は晴れ。明日は？「はい！」と言った。", tmp_path / "ja"
    ) == [
        "今日は晴れ。",
        "明日は？",
        "「はい！」と言った。",
    ]


def test_cjk_closers_stay_with_their_stop_under_the_exported_rules(exported: Path) -> None:
    # OmegaT breaks once, after the closers; the standard's every-position reading
    # must not leave a closer alone
    for lang, text, expected in [
        ("ja", "彼は「おはよう。」次だ。", ["彼は「おはよう。」", "次だ。"]),
        ("ja", "彼の「おはよう。」のだ。", ["彼の「おはよう。」", "のだ。"]),
        ("ja", "「はい！」。次だ。", ["「はい！」。", "次だ。"]),
        ("zh", "“快跑！”他走了。", ["“快跑！”", "他走了。"]),
    ]:
        segmenter = segmenter_for(read_srx(exported), lang)
        assert segmenter is not None
        assert [text[a:b] for a, b in segmenter.split_spans(text)] == expected, text
