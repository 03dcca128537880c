"""``export --unwrap`` (:mod:`aligner.formats.unwrap`): hard-wrapped texts, wrapped and
hyphenated by hand at about 72 columns, and the segments written by hand as a memory
should hold them."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.errors import ConfigError
from aligner.formats import export_alignment, export_sources, load_units
from aligner.formats.tmx import read_tmx
from aligner.formats.units import TranslationUnit, UnitFile
from aligner.formats.unwrap import UNWRAP_SETTING, Unwrapper, unwrap_alignment, unwrap_units
from aligner.model import Alignment, Bead, Formatting, InlineTag, Style, TagKind
from tests._tools import assert_valid_tmx

EN = (
    "Im-\nproper use of the device may cause serious injury to the person\nusing it.",
    "The costs of loading and unloading are shared by all partici-\npants.",
    "Keep it dry.",
)
DE = (
    "Unsachgemäßer Gebrauch des Geräts kann zu schweren Verletzungen der\n"
    "Person führen, die es benutzt.",
    "Die Kosten für Be-\nund Entladung ver-\nteilen sich auf alle Teil-\nnehmer.",
    "Halten Sie es   \n   trocken.",
)
FR = (
    "Une utilisation incor-\nrecte de l'appareil peut provoquer des blessures\ngraves.",
    "Les frais de chargement et de déchargement sont partagés entre tous\n"
    "les participants, à Saint-\nPétersbourg, dans leurs entre-\nprises.",
    "Gardez-le au sec.",
)
ZH = (
    "不当使用本设备可能会对使用者造成严重\n伤害。",
    "装卸费用由所有参与者\n分担。请使用\nUSB 数据线。",
    "请保持干燥。",
)
# What a memory should hold: written by hand, not by the code under test.
EN_CLEAN = (
    "Improper use of the device may cause serious injury to the person using it.",
    "The costs of loading and unloading are shared by all participants.",
    "Keep it dry.",
)
DE_CLEAN = (
    "Unsachgemäßer Gebrauch des Geräts kann zu schweren Verletzungen der Person "
    "führen, die es benutzt.",
    "Die Kosten für Be- und Entladung verteilen sich auf alle Teilnehmer.",
    "Halten Sie es trocken.",
)
FR_CLEAN = (
    "Une utilisation incorrecte de l'appareil peut provoquer des blessures graves.",
    "Les frais de chargement et de déchargement sont partagés entre tous les "
    "participants, à Saint-Pétersbourg, dans leurs entreprises.",
    "Gardez-le au sec.",
)
# no space where a Chinese line broke, nor between a Chinese character and USB
ZH_CLEAN = (
    "不当使用本设备可能会对使用者造成严重伤害。",
    "装卸费用由所有参与者分担。请使用USB 数据线。",
    "请保持干燥。",
)
_BEADS = (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.8), Bead((2,), (2,), 0.7))


def _alignment(src: tuple[str, ...], tgt: tuple[str, ...], src_lang: str, tgt_lang: str,
               beads: tuple[Bead, ...] = _BEADS) -> Alignment:
    return Alignment(src, tgt, beads, src_lang, tgt_lang, src_name=f"manual.{src_lang}.txt",
                     tgt_name=f"manual.{tgt_lang}.txt")


@pytest.mark.parametrize(("src", "tgt", "src_lang", "tgt_lang", "want"), [
    (EN, DE, "en", "de", list(zip(EN_CLEAN, DE_CLEAN, strict=True))),
    (FR, ZH, "fr", "zh", list(zip(FR_CLEAN, ZH_CLEAN, strict=True))),
])
def test_a_tmx_written_with_unwrap_reads_back_clean(
        tmp_path: Path, src: tuple[str, ...], tgt: tuple[str, ...], src_lang: str,
        tgt_lang: str, want: list[tuple[str, str]]) -> None:
    out = tmp_path / "clean.tmx"
    report = export_alignment(_alignment(src, tgt, src_lang, tgt_lang), out, unwrap=True)
    assert report.units_written == 3
    assert_valid_tmx(out)
    assert [(u.source, u.target) for u in read_tmx(out)] == want
    # the memory says how it was made
    assert f"{UNWRAP_SETTING}=yes" in out.read_text(encoding="utf-8")
    # unwrapping it again changes nothing: the units are written as they were read
    again = tmp_path / "again.tmx"
    export_sources([load_units(out)], again, unwrap=True)
    assert again.read_bytes() == _written_again(tmp_path, out)


def _written_again(tmp_path: Path, tmx: Path) -> bytes:
    plain = tmp_path / "plain.tmx"
    export_sources([load_units(tmx)], plain)
    return plain.read_bytes()


def test_without_unwrap_the_segments_keep_their_line_breaks(tmp_path: Path) -> None:
    out = tmp_path / "exact.tmx"
    export_alignment(_alignment(EN, DE, "en", "de"), out)
    assert [(u.source, u.target) for u in read_tmx(out)] == list(zip(EN, DE, strict=True))
    assert UNWRAP_SETTING not in out.read_text(encoding="utf-8")


def test_the_sentences_of_a_bead_join_as_the_language_joins_them(tmp_path: Path) -> None:
    # 2-1 and 1-2 beads: English sentences joined by a space, Chinese ones by nothing
    beads = (Bead((0, 1), (0,), 0.9), Bead((2,), (1, 2), 0.8))
    out = tmp_path / "joined.tsv"
    export_alignment(_alignment(EN, ZH, "en", "zh", beads), out, unwrap=True)
    assert [(u.source, u.target) for u in load_units(out, src_lang="en", tgt_lang="zh").units] == [
        (f"{EN_CLEAN[0]} {EN_CLEAN[1]}", ZH_CLEAN[0]),
        (EN_CLEAN[2], ZH_CLEAN[1] + ZH_CLEAN[2]),
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlf", ".xlsx"])
def test_every_memory_format_takes_the_option(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"clean{suffix}"
    export_alignment(_alignment(EN, DE, "en", "de"), out, unwrap=True)
    units = load_units(out, src_lang="en", tgt_lang="de").units
    assert [(u.source, u.target) for u in units] == list(zip(EN_CLEAN, DE_CLEAN, strict=True))


@pytest.mark.parametrize("suffix", [".json", ".align"])
def test_the_saved_alignment_keeps_the_exact_text(tmp_path: Path, suffix: str) -> None:
    with pytest.raises(ConfigError, match="--unwrap goes with TMX, XLIFF, TSV, CSV and XLSX"):
        export_alignment(_alignment(EN, DE, "en", "de"), tmp_path / f"a{suffix}", unwrap=True)
    assert not (tmp_path / f"a{suffix}").exists()


def test_a_compound_s_hyphen_stays_where_the_document_writes_its_parts() -> None:
    # French has no word list: the document decides (aligner.lang.linebreaks), as in a PDF
    texts = ["Il part l'après-\nmidi.", "Après le déjeuner.", "Il est midi."]
    assert Unwrapper(texts, "fr")(texts[0]).text == "Il part l'après-midi."


def test_a_portuguese_compound_or_clitic_keeps_its_hyphen() -> None:
    # written for this test (s36 walk4, item 3): the lemma table's words decide, alone
    unwrap = Unwrapper([], "pt-PT")
    assert unwrap("Fecha à quinta-\nfeira.").text == "Fecha à quinta-feira."
    assert unwrap("O percurso segue-\nse pelas setas.").text == "O percurso segue-se pelas setas."
    assert unwrap("A bilhe-\nteira fecha.").text == "A bilheteira fecha."


def test_a_thai_line_break_is_no_space() -> None:
    unwrap = Unwrapper([], "th")
    assert unwrap("ห้ามใช้อุปกรณ์\nในที่เปียก").text == "ห้ามใช้อุปกรณ์ในที่เปียก"


def test_placeholders_of_inline_codes_move_with_their_text() -> None:
    src = "Press {1}Im-\nport{/1} to go\non."
    tags = (InlineTag(6, 9, TagKind.OPEN, "1", "<b>"),
            InlineTag(17, 21, TagKind.CLOSE, "1", "</b>"))
    assert [src[t.start:t.end] for t in tags] == ["{1}", "{/1}"]
    unit = TranslationUnit(src, "Drücken Sie {1}Im-\nport{/1}.", src_tags=tags,
                           tgt_tags=(InlineTag(12, 15, TagKind.OPEN, "1", "<b>"),
                                     InlineTag(23, 27, TagKind.CLOSE, "1", "</b>")),
                           original=b"<tu/>")
    kept = TranslationUnit("Keep it dry.", "Halten Sie es trocken.", original=b"<tu/>")
    units = unwrap_units(UnitFile((unit, kept), "en", "de"))
    done = units.units[0]
    assert done.source == "Press {1}Import{/1} to go on."
    assert done.target == "Drücken Sie {1}Import{/1}."
    assert [done.source[t.start:t.end] for t in done.src_tags] == ["{1}", "{/1}"]
    assert [done.target[t.start:t.end] for t in done.tgt_tags] == ["{1}", "{/1}"]
    assert done.original == b""  # its tu as read holds the old text: written anew
    assert units.units[1] is kept  # no line break: the unit as it was read


def test_formatting_spans_move_with_their_text() -> None:
    # "Im-\nproper" in bold, then "device" in italics
    text = "An Im-\nproper\ndevice."
    spans = (Formatting(3, 13, Style.BOLD), Formatting(14, 20, Style.ITALIC))
    assert [text[f.start:f.end] for f in spans] == ["Im-\nproper", "device"]
    alignment = Alignment((text,), ("Ein falsches Gerät.",), (Bead((0,), (0,), 1.0),),
                          "en", "de", src_formatting=(spans,), tgt_formatting=((),))
    done = unwrap_alignment(alignment)
    assert done.src_sentences == ("An Improper device.",)
    assert [done.src_sentences[0][f.start:f.end] for f in done.src_formatting[0]] == [
        "Improper", "device"]
