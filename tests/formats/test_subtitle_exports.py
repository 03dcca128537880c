"""Exports of subtitle files carry each unit's cues (``x-src-cues``/``x-tgt-cues``): a
TMX prop, an XLIFF 1.2 context, an XLIFF 2 meta -- the same from a pair of files, a
saved alignment and a collection; read back and exported again, kept.  CSV and TSV
have no column for them (no optional-column mechanism besides a collection's
``document``): they are as before.  Golden files written by hand."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from lxml import etree

from aligner import __version__
from aligner.formats.csvfmt import write_csv
from aligner.formats.tmx import load_tmx, read_tmx, write_tmx
from aligner.formats.tsv import write_tsv
from aligner.formats.units import PROP_SRC_CUES, PROP_TGT_CUES, cue_list, file_alignment
from aligner.formats.xliff import read_xliff, write_xliff
from aligner.formats.xliff12 import write_xliff12
from aligner.model import Alignment, Bead
from aligner.readers import read_string
from aligner.segment import segment_document
from tests._tools import assert_valid_tmx
from tests.formats.conftest import FIXED_DATE
from tests.formats.test_xliff12 import _canonical

GOLDEN = Path(__file__).parent / "golden"

# Our own text: cue 2 and cue 3 are one sentence (less than two seconds apart); the
# English file is WebVTT without hours, its first cue with an identifier.
ES = """1
00:00:01,000 --> 00:00:03,000
La sal se recoge en verano.

2
00:00:03,500 --> 00:00:05,000
El agua llega con la marea

3
00:00:05,100 --> 00:00:07,000
por los caños de la bahía.
"""
EN = """WEBVTT

sal-1
00:01.000 --> 00:03.000
Salt is gathered in summer.

00:03.500 --> 00:07.000
The water comes in with the tide through the channels.
"""


def subtitles() -> Alignment:
    src = segment_document(read_string(ES, lang="es", input_format="srt", name="sal.es.srt"))
    tgt = segment_document(read_string(EN, lang="en", input_format="vtt", name="sal.en.vtt"))
    assert src.sentences == ("La sal se recoge en verano.",
                             "El agua llega con la marea por los caños de la bahía.")
    assert tgt.sentences == ("Salt is gathered in summer.",
                             "The water comes in with the tide through the channels.")
    return Alignment(src.sentences, tgt.sentences, (Bead((0,), (0,), 0.98),
                                                    Bead((1,), (1,), 0.9)),
                     "es", "en", src_name="sal.es.srt", tgt_name="sal.en.vtt",
                     settings={"segmenter": "rules"},
                     src_cues=src.sentence_cues(), tgt_cues=tgt.sentence_cues())


#: the cues of each unit, by hand from the files above
CUES = [{PROP_SRC_CUES: "1 00:00:01,000", PROP_TGT_CUES: "sal-1 00:01.000"},
        {PROP_SRC_CUES: "2 00:00:03,500; 3 00:00:05,100", PROP_TGT_CUES: "#2 00:03.500"}]


def _cues(props: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in props.items() if k in (PROP_SRC_CUES, PROP_TGT_CUES)}


def _golden(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"golden-{name}"
    path.write_text((GOLDEN / name).read_text(encoding="utf-8").replace("@VERSION@",
                                                                        __version__),
                    encoding="utf-8")
    return path


def test_tmx_golden_file(tmp_path: Path) -> None:
    out = tmp_path / "sal.tmx"
    write_tmx(subtitles(), out, creation_date=FIXED_DATE)
    assert out.read_text(encoding="utf-8") == _golden(tmp_path, "subtitles.tmx").read_text(
        encoding="utf-8")
    assert_valid_tmx(out)


def test_xliff12_golden_file(tmp_path: Path) -> None:
    out = tmp_path / "sal.xlf"
    write_xliff12(subtitles(), out, creation_date=FIXED_DATE)
    assert _canonical(out) == _canonical(_golden(tmp_path, "subtitles12.xlf"))


def test_read_back_and_exported_again_the_cues_are_kept(tmp_path: Path) -> None:
    """Our TMX and XLIFF read back have the cues among the units' props, and a TMX
    exported from them (``aligner export sal.tmx -o again.tmx``) writes them again."""
    for name, writer in (("a.tmx", write_tmx), ("a.xlf", write_xliff12),
                         ("a2.xlf", write_xliff)):
        out = tmp_path / name
        writer(subtitles(), out)
        units = read_tmx(out) if name.endswith(".tmx") else read_xliff(out)
        assert [_cues(u.props) for u in units] == CUES, name
    again = tmp_path / "again.tmx"
    write_tmx(file_alignment(load_tmx(tmp_path / "a.tmx")), again)
    assert_valid_tmx(again)
    assert [_cues(u.props) for u in read_tmx(again)] == CUES
    tus = etree.parse(str(again)).getroot().iter("tu")
    # once each, as the aligner writes them (not again after the record's own)
    assert [[p.get("type") for p in tu.iter("prop")].count(PROP_SRC_CUES) for tu in tus
            ] == [1, 1]


def test_csv_and_tsv_are_as_before(tmp_path: Path) -> None:
    write_csv(subtitles(), tmp_path / "a.csv")
    write_tsv(subtitles(), tmp_path / "a.tsv")
    assert (tmp_path / "a.csv").read_text(encoding="utf-8-sig").splitlines()[:2] == [
        "es,en,score", "La sal se recoge en verano.,Salt is gathered in summer.,0.9800"]
    assert (tmp_path / "a.tsv").read_text(encoding="utf-8").splitlines()[0] == (
        "La sal se recoge en verano.\tSalt is gathered in summer.\t0.9800")


def test_a_unit_names_the_cue_its_first_sentence_starts_in() -> None:
    """A sentence that starts inside a cue begun in the sentence before names that cue
    first (as a finding names the unit), then the cues that start in it; a side of
    other files names none."""
    srt = ("1\n00:00:01,000 --> 00:00:03,000\nLo sé. Vi el billete\n\n"
           "2\n00:00:03,100 --> 00:00:05,000\nencima de la mesa.\n")
    cues = segment_document(read_string(srt, lang="es", input_format="srt")).sentence_cues()
    assert cue_list(cues, (0,)) == "1 00:00:01,000"
    assert cue_list(cues, (1,)) == "1 00:00:01,000; 2 00:00:03,100"
    assert cue_list(cues, (0, 1)) == "1 00:00:01,000; 2 00:00:03,100"
    assert cue_list((), (0,)) == ""
    assert cue_list(cues, ()) == ""


FR = """1
00:00:01,000 --> 00:00:03,000
Le sel se récolte en été.

2
00:00:03,500 --> 00:00:07,000
L'eau arrive avec la marée par les canaux.
"""


def test_translations_of_one_original_share_its_cues(tmp_path: Path) -> None:
    """A multilingual unit (``export C.db --multilingual``): the source's cues stay on
    the ``tu`` with its sentence numbers, each translation's go on its ``tuv``."""
    from dataclasses import replace

    from aligner.formats import export_documents

    en = subtitles()
    fr_doc = segment_document(read_string(FR, lang="fr", input_format="srt"))
    fr = replace(en, tgt_sentences=fr_doc.sentences, tgt_lang="fr", tgt_name="sal.fr.srt",
                 tgt_cues=fr_doc.sentence_cues())
    out = tmp_path / "archive.tmx"
    export_documents([("en/sal", en), ("fr/sal", fr)], out, several=True,
                     originals={"en/sal": "sal", "fr/sal": "sal"}, src_langs={"es"},
                     pairs=[("es", "en"), ("es", "fr")])
    assert_valid_tmx(out)
    tus = list(etree.parse(str(out)).getroot().iter("tu"))
    assert [tu.findtext(f"prop[@type='{PROP_SRC_CUES}']") for tu in tus] == [
        "1 00:00:01,000", "2 00:00:03,500; 3 00:00:05,100"]
    assert [[tuv.findtext(f"prop[@type='{PROP_TGT_CUES}']") for tuv in tu.iter("tuv")]
            for tu in tus] == [[None, "sal-1 00:01.000", "1 00:00:01,000"],
                               [None, "#2 00:03.500", "2 00:00:03,500"]]
