"""Reading SRX 2.0 files (``--srx``): structure, and a clear error for each bad file."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.errors import FormatError, InputError
from aligner.formats.srx import read_srx, write_srx
from aligner.segment.srx import LanguageMap, SrxRule

HEAD = '<?xml version="1.0"?>\n<srx xmlns="http://www.lisa.org/srx20" version="2.0">'


def _srx(tmp_path: Path, body: str, header: str = '<header segmentsubflows="yes" cascade="no"/>'
         ) -> Path:
    path = tmp_path / "rules.srx"
    path.write_text(f"{HEAD}{header}<body>{body}</body></srx>", encoding="utf-8")
    return path


GOOD = """<languagerules>
  <languagerule languagerulename="English">
    <rule break="no"><beforebreak>Mr\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
    <rule><beforebreak>[.?!]+</beforebreak><afterbreak>\\s</afterbreak></rule>
    <rule break="yes"><beforebreak>。</beforebreak></rule>
  </languagerule>
  <languagerule languagerulename="Empty"/>
</languagerules>
<maprules>
  <languagemap languagepattern="EN.*" languagerulename="English"/>
  <languagemap languagepattern=".*" languagerulename="Empty"/>
</maprules>"""


def test_reads_rules_in_order_and_maps(tmp_path: Path) -> None:
    srx = read_srx(_srx(tmp_path, GOOD))
    assert srx.cascade is False
    assert srx.rules_named("English").rules == (
        SrxRule(False, r"Mr\.", r"\s"),
        SrxRule(True, "[.?!]+", r"\s"),  # break="yes" is the schema's default
        SrxRule(True, "。", ""),
    )
    assert srx.rules_named("Empty").rules == ()
    assert srx.maps == (LanguageMap("EN.*", "English"), LanguageMap(".*", "Empty"))


def test_a_header_without_cascade_cascades_as_omegat(tmp_path: Path) -> None:
    assert read_srx(_srx(tmp_path, GOOD, header="<header/>")).cascade is True


def test_reads_its_own_export(tmp_path: Path) -> None:
    path = tmp_path / "ours.srx"
    write_srx(path)
    srx = read_srx(path)
    assert srx.cascade is True
    assert srx.maps[-1] == LanguageMap(".*", "generic")
    assert SrxRule(False, r"(?<![\p{L}\p{N}])(?iu:Mr\.)", r"\s") in srx.rules_named(
        "generic").rules + srx.rules_named("en").rules


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty file, expected an SRX document"),
        ("<srx", "not well-formed XML"),
        ('<tmx version="1.4"/>', "not an SRX 2.0 file"),
        ('<srx version="2.0"/>', "not an SRX 2.0 file"),  # no namespace
        (f'{HEAD}<header cascade="maybe"/><body/></srx>', "cascade='maybe'"),
        (f"{HEAD}<header/><body/></srx>", "has no segmentation rules"),
        (f'{HEAD}<header/><body><languagerules><languagerule languagerulename="A"><rule '
         'break="perhaps"/></languagerule></languagerules></body></srx>',
         "languagerule 'A' rule 1: break='perhaps'"),
        (f'{HEAD}<header/><body><languagerules><languagerule languagerulename="A"><rule/>'
         '</languagerule></languagerules><maprules><languagemap languagepattern=".*" '
         'languagerulename="B"/></maprules></body></srx>', "names languagerule 'B'"),
        (f'{HEAD}<header/><body><languagerules><languagerule languagerulename="A"><rule/>'
         "</languagerule></languagerules></body></srx>", "has no languagemap"),
        ('<!DOCTYPE srx [<!ENTITY x "y">]><srx/>', "entit"),
    ],
)
def test_bad_files_are_refused_with_the_file_named(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.srx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match=message) as err:
        read_srx(path)
    assert str(err.value).startswith(str(path))


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_srx(tmp_path / "none.srx")


# -- the command line -----------------------------------------------------------------


@pytest.fixture()
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "doc.txt"
    path.write_text("Ask Mr. Li. He knows! Then go.\n\nNew paragraph. Two.\n", encoding="utf-8")
    return path


def test_segment_with_srx(tmp_path: Path, doc: Path) -> None:
    result = CliRunner().invoke(cli, ["segment", str(doc), "--lang", "en-GB", "--srx",
                                      str(_srx(tmp_path, GOOD))])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "Ask Mr. Li.", "He knows!", "Then go.", "New paragraph.", "Two.",
    ]


def test_no_matching_map_warns_and_keeps_the_built_in_rules(tmp_path: Path, doc: Path) -> None:
    rules = _srx(tmp_path, GOOD.replace('languagepattern=".*"', 'languagepattern="fr"'))
    result = CliRunner().invoke(cli, ["segment", str(doc), "--lang", "es", "--srx", str(rules)])
    assert result.exit_code == 0, result.output
    assert f"aligner: warning: {rules}: no languagemap matches 'es'; segmenting 'es' with " \
           "the built-in rules" in result.output
    assert "Ask Mr. Li." in result.output.splitlines()


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("<beforebreak>[a&amp;&amp;b]</beforebreak>",
         "languagerule 'X' rule 1 beforebreak: character class intersection"),
        ("<afterbreak>\\p{Klingon}</afterbreak>",
         "languagerule 'X' rule 1 afterbreak: unknown or unsupported property"),
        ("<beforebreak>(a)\\1</beforebreak>",
         "languagerule 'X' rule 1 beforebreak: a backreference in a beforebreak"),
    ],
)
def test_a_rule_that_cannot_be_translated_exits_2(
    tmp_path: Path, doc: Path, rule: str, message: str
) -> None:
    rules = _srx(tmp_path, f'<languagerules><languagerule languagerulename="X"><rule break='
                 f'"yes"/><rule>{rule}</rule></languagerule></languagerules><maprules>'
                 '<languagemap languagepattern=".*" languagerulename="X"/></maprules>')
    rules.write_text(rules.read_text(encoding="utf-8").replace('<rule break="yes"/>', ""),
                     encoding="utf-8")
    result = CliRunner().invoke(cli, ["segment", str(doc), "--lang", "en", "--srx", str(rules)])
    assert result.exit_code == 2
    assert result.output.startswith(f"aligner: error: {rules}: {message}")
    assert "Traceback" not in result.output


def test_not_srx_exits_2_before_anything_is_read(tmp_path: Path, doc: Path) -> None:
    bad = tmp_path / "rules.srx"
    bad.write_text("<tmx/>", encoding="utf-8")
    for args in (["segment", str(doc), "--lang", "en"],
                 ["align", str(doc), str(doc), "--src-lang", "en", "--tgt-lang", "en"],
                 ["check", str(doc), str(doc)],
                 ["report", str(doc), str(doc), "-o", str(tmp_path / "r.html")]):
        result = CliRunner().invoke(cli, [*args, "--srx", str(bad)])
        assert result.exit_code == 2, args
        assert result.output == f"aligner: error: {bad}:1: not an SRX 2.0 file (root element " \
            "'tmx' in namespace 'none'; expected srx in http://www.lisa.org/srx20)\n", args
    assert not (tmp_path / "r.html").exists()


def test_align_and_check_segment_by_the_rules(tmp_path: Path, doc: Path) -> None:
    rules = _srx(tmp_path, GOOD.replace("[.?!]+", "[.?!]+(?&lt;!Li\\.)"))
    result = CliRunner().invoke(cli, ["align", str(doc), str(doc), "--src-lang", "en",
                                      "--tgt-lang", "en", "--format", "tsv", "--srx", str(rules)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split("\t")[:2] == ["Ask Mr. Li. He knows!"] * 2
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", str(doc), str(doc), "--src-lang", "en",
                                      "--tgt-lang", "en", "--no-glossary", "-o", str(out),
                                      "--srx", str(rules)])
    assert result.exit_code == 0, result.output
    assert "Ask Mr. Li. He knows!" in out.read_text(encoding="utf-8")
