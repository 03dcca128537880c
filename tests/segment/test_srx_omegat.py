"""Proof against OmegaT: its Segmenter and ``aligner segment --srx`` give the same segments.

OmegaT's own rules (``defaultRules.srx``) and its segmenter come from its jar
at test time (never copied into the repository); ``java/OmegatSegment.java``
is compiled with javac into a temporary directory.  The paragraphs are written
by hand (``srx_texts.tsv``).  Both sides' segments are compared trimmed, as
OmegaT returns them; an empty segment (OmegaT keeps one between two breaks
with only whitespace between them) is no sentence here.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli.main import cli
from aligner.formats.srx import write_srx
from aligner.segment import split_sentences
from tests._tools import java, omegat_jar, require_tool

pytestmark = [pytest.mark.external, pytest.mark.slow]

HERE = Path(__file__).parent
TEXTS = [
    tuple(line.split("\t", 1))
    for line in (HERE / "srx_texts.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]
LANGS = sorted({lang for lang, _ in TEXTS})


@pytest.fixture(scope="module")
def omegat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """OmegatSegment compiled against OmegaT's jar (a directory of classes)."""
    jar = omegat_jar()
    java()
    javac = require_tool("javac", lambda: shutil.which("javac"),
                         "apt-get install -y default-jdk-headless")
    out = tmp_path_factory.mktemp("omegat-classes")
    subprocess.run([javac, "-cp", str(jar), "-d", str(out), str(HERE / "java" /
                    "OmegatSegment.java")], check=True, capture_output=True, timeout=300)
    return out


@pytest.fixture(scope="module")
def default_rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("omegat-rules") / "defaultRules.srx"
    with zipfile.ZipFile(omegat_jar()) as jar:
        path.write_bytes(jar.read("org/omegat/core/segmentation/defaultRules.srx"))
    return path


def omegat_segments(classes: Path, paragraphs: list[tuple[str, str]], tmp: Path,
                    rules: Path | None = None) -> list[list[str]]:
    """OmegaT's segments of each paragraph, by its bundled rules or by ``rules``."""
    path = [str(classes), str(omegat_jar())]
    if rules is not None:  # OmegaT 3.6 reads SRX only as this resource of its class path
        res = tmp / "rules" / "org" / "omegat" / "core" / "segmentation" / "defaultRules.srx"
        res.parent.mkdir(parents=True)
        res.write_bytes(rules.read_bytes())
        path.insert(0, str(tmp / "rules"))
    inp = tmp / "paragraphs.tsv"
    inp.write_text("".join(f"{lang}\t{text}\n" for lang, text in paragraphs), encoding="utf-8")
    result = subprocess.run([java(), "-cp", ":".join(path), "OmegatSegment", str(inp)],
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stderr
    out: list[list[str]] = []
    for line in result.stdout.splitlines():
        if line.startswith("PARA\t"):
            out.append([])
        elif line.startswith("SEG\t"):
            out[-1].append(line[4:])
    return out


def aligner_segments(paragraphs: list[str], lang: str, rules: Path, tmp: Path) -> list[str]:
    """``aligner segment --srx``: the paragraphs as one text file, a blank line apart."""
    doc = tmp / f"{lang}.txt"
    doc.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["segment", str(doc), "--lang", lang, "--srx", str(rules)])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


@pytest.mark.parametrize("lang", LANGS)
def test_omegat_default_rules_give_omegat_segments(
    lang: str, omegat: Path, default_rules: Path, tmp_path: Path
) -> None:
    paragraphs = [text for code, text in TEXTS if code == lang]
    theirs = omegat_segments(omegat, [(lang, t) for t in paragraphs], tmp_path)
    expected = [s for para in theirs for s in para if s]
    assert len(expected) > len(paragraphs)  # the rules did break something
    assert aligner_segments(paragraphs, lang, default_rules, tmp_path) == expected


def test_omegat_segments_by_hand(omegat: Path, tmp_path: Path) -> None:
    """What OmegaT's default English rules do, written down (the proof's own check)."""
    text = "Mr. Brown met Dr. Okafor at 9 a.m. on Jan. 5. They left... Then? Yes."
    assert omegat_segments(omegat, [("en", text)], tmp_path) == [[
        "Mr. Brown met Dr. Okafor at 9 a.m. on Jan.", "5.", "They left...", "Then?", "Yes.",
    ]]


# Where the built-in splitter decides with context SRX cannot express
# (formats/srx.py lists it), the exported rules are not expected to agree.
OWN = {
    "en": "Dr. Okafor met Mr. Brown at 9 on Jan. 5 and e.g. spoke. It was late! Why? "
          "He left, i.e. went home.",
    "es": "La Sra. García vive en EE. UU. desde 2010. Vino el Dr. Pérez. Ver núm. 5. "
          "¿Vienes? Sí.",
    "de": "Herr Dr. Weber kam am Montag. Er sagte z. B. nichts. Warum? Darum! "
          "Er sagte „Nein.“ Dann ging er. Sie rief »Komm!« Er kam. Er ging. »Komm«, sagte sie. "
          "Er wohnt in der Hauptstr. 5 in Berlin. Sie wohnt in der Hauptstr. Dort ist es laut.",
    # a closing guillemet set off by a space (or a no-break space) after the stop
    "fr": "Il dit : « Non. » Puis il partit. Il cria\u00a0: «\u00a0Assez\u00a0!\u00a0» "
          "Elle rit.",
    # the stops of other scripts, and Greek ";" (tests/segment/test_terminals.py)
    "ar": "مرحبا بك. كيف حالك؟ أنا بخير، شكرا. هل أنت هنا؟ «نعم».",
    "hi": "क्या हाल है? मैं ठीक हूँ। धन्यवाद।हम 2020 में आए॥ १ ॥ फिर गए।",
    "el": "Τι κάνεις; Καλά. Πού πας\u037e Στο σπίτι, ναι.",
    "hy": "Բարեւ։ Ինչպե՞ս ես։ Ժամը 10։30 էր։",
    "am": "ሰላም ነው። እንዴት ነህ፧ ደህና ነኝ።",
    # Chinese and Japanese stops (formats/srx_cjk.py): before a comma, inside brackets
    # that close further on, before a particle or the quotative, before a Chinese speech
    # tag, inside a bracket opened in the sentence; and where each ends the sentence
    "ja": "好きです！、でも高い。「本当？」と聞いた。「はい。」が彼の返事だった。"
          "「すみません。」もう帰ります。詳しくは第3章（3.2項を参照。）をご覧ください。"
          "ボタンを押します（図3-2を参照。）次にカバーを閉めます。作業を終えた。"
          "（注：前章を参照。）が重要です。（これは山です！これは山です）山です。"
          "「はい。」が、それは違う。「本当？」ところで次は。『吾輩は猫である。』は名作だ。"
          "「ありがとう。」のだ。",
    "zh": "“等一下！”她喊道，“我也去。”“你好。”他说。“你好！”他走了进来。"
          "我们去看《摔跤吧！爸爸》好吗？好！，走吧。他们的研究（详见第三章。）表明这一方法有效。"
          "会议结束了。（他后来回忆道：“那是最好的一天。”）次日我们出发。"
          "“……尤为显著。”他补充说：“我们会继续。”「我們走吧。」他說。然後他走了。"
          "「我們走吧。」他说这不重要。这是一个例子（见下文。）。下一句。",
}


@pytest.mark.parametrize("lang", sorted(OWN))
def test_our_export_read_back_segments_as_the_built_in_rules(
    lang: str, omegat: Path, tmp_path: Path
) -> None:
    rules = tmp_path / "aligner.srx"
    write_srx(rules)
    text = OWN[lang]
    ours = aligner_segments([text], lang, rules, tmp_path)
    assert ours == split_sentences(text, lang)
    # and OmegaT, loading the same export, agrees
    assert [s for s in omegat_segments(omegat, [(lang, text)], tmp_path, rules)[0] if s] == ours


def test_the_documented_difference_overlapping_matches(
    omegat: Path, default_rules: Path, tmp_path: Path
) -> None:
    """OmegaT looks for a rule's beforebreak with successive non-overlapping finds; the
    standard asks for any match ending at the position.  In ``Wait....`` the default
    no-break rule ``\\.\\.\\.`` (before a space and a non-capital) ends after the fourth
    dot only through the overlapping match of dots 2-4, which OmegaT never tries."""
    text = "Wait.... and then."
    assert omegat_segments(omegat, [("en", text)], tmp_path) == [["Wait....", "and then."]]
    assert aligner_segments([text], "en", default_rules, tmp_path) == [text]
