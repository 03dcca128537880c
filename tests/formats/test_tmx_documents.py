"""Multilingual TMX units (aligner export C.db --multilingual): the translations of one
original share a ``tu`` where their beads have the same source side; read back, such a
``tu`` is one unit in each target language.  The expected structures are written out
by hand from the alignments below."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from aligner.formats import export_documents
from aligner.formats.tmx import load_tmx_pairs
from aligner.model import Alignment, Bead
from tests._tools import assert_valid_tmx

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

ES = ("Agua Viva abrió una oficina.", "Tiene diez empleados.", "Trabaja en Oruro.",
      "Gracias.")


def _alignment(tgt: tuple[str, ...], beads: list[tuple[tuple[int, ...], tuple[int, ...]]],
               tgt_lang: str, *, src: tuple[str, ...] = ES, src_lang: str = "es") -> Alignment:
    return Alignment(src, tgt, tuple(Bead(s, t, 0.9) for s, t in beads), src_lang, tgt_lang,
                     src_name=f"nota.{src_lang}.txt", tgt_name=f"nota.{tgt_lang}.txt",
                     settings={"src_lang": src_lang, "tgt_lang": tgt_lang})


EN = _alignment(("Agua Viva opened an office.", "It has ten employees.", "It works in Oruro.",
                 "Thank you."), [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))], "en")
# the French translator made one sentence of the second and third, and left out the last
FR = _alignment(("Agua Viva a ouvert un bureau.", "Elle a dix employés et travaille à Oruro."),
                [((0,), (0,)), ((1, 2), (1,)), ((3,), ())], "fr")
PT = _alignment(("A Agua Viva abriu um escritório.", "Tem dez funcionários.",
                 "Trabalha em Oruro.", "Obrigado."),
                [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))], "pt-BR")
# a second English translation of the same original (a document stored twice)
EN2 = _alignment(("Agua Viva has opened an office.", "Ten people work there.",
                  "Its work is in Oruro.", "Thanks."),
                 [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))], "en")
# an English original translated into Spanish: another original
DONOR = _alignment(("Gracias por todo.",), [((0,), (0,))], "es", src=("Thanks for all.",),
                   src_lang="en")


def _units(path: Path) -> list[tuple[str | None, list[tuple[str, str, str | None]]]]:
    """Each tu: its srclang, and each tuv's language, text and document (x-document on
    the tuv, else on the tu)."""
    out = []
    for tu in etree.parse(str(path)).getroot().iter("tu"):
        on_tu = tu.findtext("prop[@type='x-document']")
        out.append((tu.get("srclang"), [
            (tuv.get(XML_LANG), tuv.findtext("seg"),
             tuv.findtext("prop[@type='x-document']") or on_tu)
            for tuv in tu.iter("tuv")]))
    return out


def _write(tmp_path: Path, docs: list[tuple[str, Alignment]], **kwargs: object) -> Path:
    out = tmp_path / "archive.tmx"
    originals = {"en/nota": "nota", "fr/nota": "nota", "pt-BR/nota": "nota",
                 "en2/nota": "nota", "donor": "donor"}
    export_documents(docs, out, several=True, originals=originals, **kwargs)  # type: ignore[arg-type]
    assert_valid_tmx(out)
    return out


def test_translations_of_one_original_share_the_units_that_line_up(tmp_path: Path) -> None:
    out = _write(tmp_path, [("en/nota", EN), ("fr/nota", FR), ("pt-BR/nota", PT)],
                 src_langs={"es"}, pairs=[("es", "en"), ("es", "fr"), ("es", "pt-BR")])
    s = "es"
    assert _units(out) == [
        (None, [(s, ES[0], None), ("en", "Agua Viva opened an office.", "en/nota"),
                ("fr", "Agua Viva a ouvert un bureau.", "fr/nota"),
                ("pt-BR", "A Agua Viva abriu um escritório.", "pt-BR/nota")]),
        # sentence 2 alone in en and pt-BR: one tu of three languages ...
        (None, [(s, ES[1], None), ("en", "It has ten employees.", "en/nota"),
                ("pt-BR", "Tem dez funcionários.", "pt-BR/nota")]),
        (None, [(s, ES[2], None), ("en", "It works in Oruro.", "en/nota"),
                ("pt-BR", "Trabalha em Oruro.", "pt-BR/nota")]),
        (None, [(s, ES[3], None), ("en", "Thank you.", "en/nota"),
                ("pt-BR", "Obrigado.", "pt-BR/nota")]),
        # ... and French's sentences 2 and 3 together stay a unit of two, where French
        # comes; the last sentence, which French left out, has no French tuv
        (None, [(s, f"{ES[1]} {ES[2]}", "fr/nota"),
                ("fr", "Elle a dix employés et travaille à Oruro.", "fr/nota")]),
    ]
    root = etree.parse(str(out)).getroot()
    header = root.find("header")
    assert header.get("srclang") == "es"  # one source language: no *all*
    signature = header.findtext("prop[@type='x-aligner-signature']")
    assert "language_pairs=es->en,es->fr,es->pt-BR" in signature
    assert "src_lang=" not in signature and "tgt_lang=" not in signature
    # what the translations share stays on the tu, each one's own goes to its tuv
    first = root.find("body/tu")
    assert [p.get("type") for p in first.findall("prop")] == ["x-src-document",
                                                              "x-src-sentences"]
    assert [p.get("type") for p in first.findall("tuv")[1].findall("prop")] == [
        "x-document", "x-score", "x-tgt-document", "x-tgt-sentences"]


def test_read_back_each_tu_is_a_unit_in_each_of_its_languages(tmp_path: Path) -> None:
    out = _write(tmp_path, [("en/nota", EN), ("fr/nota", FR), ("pt-BR/nota", PT),
                            ("donor", DONOR)],
                 src_langs={"es", "en"},
                 pairs=[("en", "es"), ("es", "en"), ("es", "fr"), ("es", "pt-BR")])
    root = etree.parse(str(out)).getroot()
    assert root.find("header").get("srclang") == "*all*"  # es and en share nothing
    assert all(tu.get("srclang") in ("es", "en") for tu in root.iter("tu"))
    parts = load_tmx_pairs(out)
    got = {(p.src_lang, p.tgt_lang): [(u.source, u.target, u.props.get("x-document"))
                                      for u in p.units] for p in parts}
    assert got == {
        ("es", "en"): [(ES[0], "Agua Viva opened an office.", "en/nota"),
                       (ES[1], "It has ten employees.", "en/nota"),
                       (ES[2], "It works in Oruro.", "en/nota"),
                       (ES[3], "Thank you.", "en/nota")],
        ("es", "fr"): [(ES[0], "Agua Viva a ouvert un bureau.", "fr/nota"),
                       (f"{ES[1]} {ES[2]}", "Elle a dix employés et travaille à Oruro.",
                        "fr/nota")],
        ("es", "pt-BR"): [(ES[0], "A Agua Viva abriu um escritório.", "pt-BR/nota"),
                          (ES[1], "Tem dez funcionários.", "pt-BR/nota"),
                          (ES[2], "Trabalha em Oruro.", "pt-BR/nota"),
                          (ES[3], "Obrigado.", "pt-BR/nota")],
        ("en", "es"): [("Thanks for all.", "Gracias por todo.", "donor")],
    }
    assert parts[0].skipped == 0  # every tu gave a unit
    # each unit read from a shared tu keeps a tu of its own two languages, its props on it
    fr = next(p for p in parts if p.tgt_lang == "fr").units[0]
    kept = etree.fromstring(fr.original)
    assert [tuv.get(XML_LANG) for tuv in kept.iter("tuv")] == ["es", "fr"]
    assert kept.findtext("prop[@type='x-document']") == "fr/nota"


def test_two_translations_into_one_language_are_not_merged(tmp_path: Path) -> None:
    out = _write(tmp_path, [("en/nota", EN), ("en2/nota", EN2), ("pt-BR/nota", PT)],
                 src_langs={"es"}, pairs=[("es", "en"), ("es", "pt-BR")])
    langs = [[lang for lang, _, _ in tuvs] for _, tuvs in _units(out)]
    # en/nota and pt-BR/nota share their four units; en2/nota's are units of two
    assert langs == [["es", "en", "pt-BR"]] * 4 + [["es", "en"]] * 4
    assert [doc for _, tuvs in _units(out)[4:] for _, _, doc in tuvs] == ["en2/nota"] * 8


def test_a_unit_below_min_score_is_left_out_of_the_shared_tu(tmp_path: Path) -> None:
    weak = Alignment(ES, PT.tgt_sentences, (Bead((0,), (0,), 0.1), *PT.beads[1:]), "es",
                     "pt-BR", src_name=PT.src_name, tgt_name=PT.tgt_name)
    out = _write(tmp_path, [("en/nota", EN), ("pt-BR/nota", weak)], src_langs={"es"},
                 pairs=[("es", "en"), ("es", "pt-BR")], min_score=0.5)
    assert [[lang for lang, _, _ in tuvs] for _, tuvs in _units(out)] == [
        ["es", "en"], ["es", "en", "pt-BR"], ["es", "en", "pt-BR"], ["es", "en", "pt-BR"]]


def test_one_pair_read_from_a_multilingual_file_has_its_tuv_s_props(tmp_path: Path) -> None:
    from aligner.formats.tmx import load_tmx

    out = _write(tmp_path, [("en/nota", EN), ("pt-BR/nota", PT)], src_langs={"es"},
                 pairs=[("es", "en"), ("es", "pt-BR")])
    pt = load_tmx(out, src_lang="es", tgt_lang="pt-BR")
    assert [(u.source, u.target, u.props["x-document"], u.props["x-score"])
            for u in pt.units] == [(ES[0], "A Agua Viva abriu um escritório.", "pt-BR/nota",
                                    "0.9000"),
                                   (ES[1], "Tem dez funcionários.", "pt-BR/nota", "0.9000"),
                                   (ES[2], "Trabalha em Oruro.", "pt-BR/nota", "0.9000"),
                                   (ES[3], "Obrigado.", "pt-BR/nota", "0.9000")]


def test_a_review_is_its_translation_s_and_comes_back_on_its_unit(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from aligner.model import Review, ReviewState

    when = datetime(2026, 12, 7, 6, 57, 49, tzinfo=UTC)
    reviewed = Alignment(ES, FR.tgt_sentences,
                         (Bead((0,), (0,), 0.9, review=Review(ReviewState.CONFIRMED, when)),
                          *FR.beads[1:]), "es", "fr", src_name=FR.src_name,
                         tgt_name=FR.tgt_name)
    out = _write(tmp_path, [("en/nota", EN), ("fr/nota", reviewed)], src_langs={"es"},
                 pairs=[("es", "en"), ("es", "fr")])
    first = etree.parse(str(out)).getroot().find("body/tu")
    en, fr = first.findall("tuv")[1:]
    # the French was reviewed, the English not: the date and the mark are the French tuv's
    assert first.get("changedate") is None and en.get("changedate") is None
    assert fr.get("changedate") == "20261207T065749Z"
    assert fr.findtext("prop[@type='x-reviewed']") == "confirmed"
    assert en.find("prop[@type='x-reviewed']") is None
    parts = {p.tgt_lang: p for p in load_tmx_pairs(out)}
    assert parts["fr"].units[0].props["x-reviewed"] == "confirmed"
    assert "x-reviewed" not in parts["en"].units[0].props
    assert etree.fromstring(parts["fr"].units[0].original).get("changedate") == (
        "20261207T065749Z")
