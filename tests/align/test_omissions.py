"""possible-omission: a sentence the aligner joins to a translated neighbour although
the translation leaves it out (aligner.align.omissions)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from aligner.align import encoder as encmod
from aligner.cli.main import cli

needs_use = pytest.mark.skipif(encmod.use_model_dir() is None,
                               reason="the optional extra aligner[neural] is not installed")

# Written for this test: four paragraphs in English and their Spanish translation.
EN = ["The city council approved the new budget on Monday.",
      "The plan raises spending on public transport by a fifth. Bus fares will stay the "
      "same next year. Will the new lines be ready in time? The mayor said the first trams "
      "would run in the spring.",
      "Opposition groups voted against the plan. They argued that the money should go to "
      "housing instead. Rents in the city have doubled in ten years.",
      "Keep the tablets in their box. Do not use them after the date on the pack. That date "
      "refers to the last day of the month. Ask your pharmacist how to throw away medicines "
      "you no longer use."]
ES = ["El ayuntamiento aprobó el nuevo presupuesto el lunes.",
      "El plan aumenta en una quinta parte el gasto en transporte público. Las tarifas de "
      "autobús no cambiarán el año que viene. ¿Estarán listas a tiempo las nuevas líneas? La "
      "alcaldesa dijo que los primeros tranvías circularían en primavera.",
      "Los grupos de la oposición votaron en contra del plan. Argumentaron que el dinero "
      "debería destinarse a la vivienda. Los alquileres de la ciudad se han duplicado en "
      "diez años.",
      "Conserve los comprimidos en su caja. No los utilice después de la fecha que figura en "
      "el envase. Esa fecha se refiere al último día del mes. Pregunte a su farmacéutico cómo "
      "deshacerse de los medicamentos que ya no utiliza."]
LEFT_OUT = "Esa fecha se refiere al último día del mes. "  # by the translator
OMITTED = "That date refers to the last day of the month."


def _check(tmp_path: Path, es: list[str], *extra: str) -> list[dict[str, object]]:
    (tmp_path / "a.en.txt").write_text("\n\n".join(EN) + "\n", encoding="utf-8")
    (tmp_path / "a.es.txt").write_text("\n\n".join(es) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(tmp_path / "a.en.txt"), str(tmp_path / "a.es.txt"),
                                 "--no-glossary", "--format", "json", "--fail-on", "never",
                                 *extra])
    assert r.exit_code == 0, r.output
    findings: list[dict[str, object]] = json.loads(r.stdout)["findings"]
    return findings


@needs_use
def test_a_left_out_sentence_joined_to_its_neighbour_is_reported(tmp_path: Path) -> None:
    found = _check(tmp_path, [*ES[:3], ES[3].replace(LEFT_OUT, "")])
    assert [f["code"] for f in found if f["code"] in ("possible-omission", "empty-target")] == [
        "possible-omission"]
    (f,) = (f for f in found if f["code"] == "possible-omission")
    assert f["message"] == (f"the source sentence {OMITTED!r} may be untranslated: the "
                            "target reads as a translation of the rest of the unit")
    assert f["severity"] == "warning"


@needs_use
def test_a_whole_translation_has_no_possible_omission(tmp_path: Path) -> None:
    assert [f for f in _check(tmp_path, ES) if f["code"] == "possible-omission"] == []


@needs_use
def test_omissions_high_finds_a_left_out_sentence_that_normal_misses(tmp_path: Path) -> None:
    # the paragraph's first sentence joined to the next: the second alignment of the
    # default setting keeps it in the bead, and the rest of the bead is no closer to the
    # target than the whole by enough for the encoder's test; with an unaligned sentence
    # cheaper still (--omissions high) the second alignment leaves it out
    left_out = "El plan aumenta en una quinta parte el gasto en transporte público. "
    es = [*ES[:1], ES[1].replace(left_out, ""), *ES[2:]]
    assert [f for f in _check(tmp_path, es) if f["code"] == "possible-omission"] == []
    found = [f for f in _check(tmp_path, es, "--omissions", "high")
             if f["code"] in ("possible-omission", "empty-target")]
    assert [(f["code"], f["message"]) for f in found] == [(
        "possible-omission", "the source sentence 'The plan raises spending on public "
        "transport by a fifth.' may be untranslated: the target reads as a translation of "
        "the rest of the unit")]
    # and the whole translation has no suspect with it either
    assert [f for f in _check(tmp_path, ES, "--omissions", "high")
            if f["code"] == "possible-omission"] == []


@needs_use
def test_a_left_out_sentence_the_second_alignment_keeps_is_found_by_the_encoder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the paragraph's short first sentence, joined to the next: the second alignment of
    # the default setting keeps it joined (it took --omissions high before), but the
    # target reads as a translation of the next sentence only
    es = [*ES[:3], ES[3].replace("Conserve los comprimidos en su caja. ", "")]
    found = [f for f in _check(tmp_path, es) if f["code"] in ("possible-omission", "empty-target")]
    assert [(f["code"], f["message"]) for f in found] == [(
        "possible-omission", "the source sentence 'Keep the tablets in their box.' may be "
        "untranslated: the target reads as a translation of the rest of the unit")]
    from aligner.align import omissions

    monkeypatch.setattr(omissions, "encoder_suspects", lambda *args: {})
    assert [f for f in _check(tmp_path, es) if f["code"] == "possible-omission"] == []


def test_omissions_goes_with_documents_not_a_collection(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["check", str(tmp_path / "c.db"), "--omissions", "high"])
    assert r.exit_code == 2
    assert "--omissions goes with two documents or a saved alignment" in r.output


def test_without_the_encoder_no_second_alignment_is_made(tmp_path: Path) -> None:
    found = _check(tmp_path, [*ES[:3], ES[3].replace(LEFT_OUT, "")], "--encoder", "none")
    assert [f for f in found if f["code"] == "possible-omission"] == []


@needs_use
def test_a_saved_alignment_keeps_the_suspects(tmp_path: Path) -> None:
    """aligner run and check mark the beads; a saved alignment checked later says the
    same, and a bead a person confirmed is no suspect."""
    from aligner.align.omissions import mark_omissions, omission_suspects
    from aligner.check import check_alignment
    from aligner.formats import AlignmentFormat, export_alignment
    from aligner.formats.alignment_json import read_alignment_json
    from aligner.model import Review, ReviewState
    from aligner.pipeline import align_files

    (tmp_path / "a.en.txt").write_text("\n\n".join(EN) + "\n", encoding="utf-8")
    (tmp_path / "a.es.txt").write_text("\n\n".join([*ES[:3], ES[3].replace(LEFT_OUT, "")])
                                       + "\n", encoding="utf-8")
    al = align_files(tmp_path / "a.en.txt", tmp_path / "a.es.txt", src_lang="en",
                     tgt_lang="es").alignment
    suspects = omission_suspects(al)
    assert [[al.src_sentences[al.beads[k].src[p]] for p in ps]
            for k, ps in suspects.items()] == [[OMITTED]]
    export_alignment(mark_omissions(al, suspects), tmp_path / "a.json",
                     fmt=AlignmentFormat.JSON)
    saved = read_alignment_json(tmp_path / "a.json")
    codes = [f.code for f in check_alignment(saved, glossary=None).findings]
    assert codes.count("possible-omission") == 1
    (k,) = suspects
    confirmed = replace(saved, beads=tuple(
        replace(b, review=Review(ReviewState.CONFIRMED, datetime.now(UTC))) if i == k else b
        for i, b in enumerate(saved.beads)))
    assert "possible-omission" not in [
        f.code for f in check_alignment(confirmed, glossary=None).findings]


@needs_use
def test_a_saved_alignment_made_without_the_encoder_gets_no_second_one(tmp_path: Path) -> None:
    """The second alignment, with the encoder, differs from one made without it for that
    reason alone: no suspects."""
    (tmp_path / "a.en.txt").write_text("\n\n".join(EN) + "\n", encoding="utf-8")
    (tmp_path / "a.es.txt").write_text("\n\n".join([*ES[:3], ES[3].replace(LEFT_OUT, "")])
                                       + "\n", encoding="utf-8")
    saved = tmp_path / "a.json"
    r = CliRunner().invoke(cli, ["align", str(tmp_path / "a.en.txt"), str(tmp_path / "a.es.txt"),
                                 "--encoder", "none", "-o", str(saved)])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(cli, ["check", str(saved), "--no-glossary", "--format", "json",
                                 "--fail-on", "never"])
    assert r.exit_code == 0, r.output
    assert "possible-omission" not in [f["code"] for f in json.loads(r.stdout)["findings"]]


@needs_use
def test_a_saved_alignment_checked_with_other_files_keeps_its_suspect(tmp_path: Path) -> None:
    """Several files are checked together: a saved alignment among them is looked at
    for left-out sentences as it is alone (they were lost, with no word, when the
    catalogue and its labels were checked together), each finding naming its file."""
    (tmp_path / "a.en.txt").write_text("\n\n".join(EN) + "\n", encoding="utf-8")
    (tmp_path / "a.es.txt").write_text("\n\n".join([*ES[:3], ES[3].replace(LEFT_OUT, "")])
                                       + "\n", encoding="utf-8")
    saved = tmp_path / "a.json"
    r = CliRunner().invoke(cli, ["align", str(tmp_path / "a.en.txt"), str(tmp_path / "a.es.txt"),
                                 "-o", str(saved)])
    assert r.exit_code == 0, r.output
    (tmp_path / "b.tsv").write_text("The bus is red.\tEl autobús es rojo.\n", encoding="utf-8")

    def suspects(*files: Path) -> list[object]:
        r = CliRunner().invoke(cli, ["check", *map(str, files), "--no-glossary",
                                     "--format", "json", "--fail-on", "never"])
        assert r.exit_code == 0, r.output
        return [f.get("document") for f in json.loads(r.stdout)["findings"]
                if f["code"] == "possible-omission"]

    assert suspects(saved) == [None]  # one file: no document named
    assert suspects(saved, tmp_path / "b.tsv") == [str(saved)]
    assert suspects(tmp_path / "b.tsv", saved) == [str(saved)]
    assert suspects(saved, saved) == [str(saved)] * 2


@needs_use
def test_a_collection_stores_the_suspects_and_check_reports_them(tmp_path: Path) -> None:
    """aligner batch marks the suspects in the stored signals; check C.db read the
    beads' text and score only and said nothing of them."""
    for lang, paragraphs in (("en", EN), ("es", [*ES[:3], ES[3].replace(LEFT_OUT, "")])):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"a.{lang}.txt").write_text("\n\n".join(paragraphs) + "\n",
                                                       encoding="utf-8")
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    r = runner.invoke(cli, ["batch", str(tmp_path / "en"), str(tmp_path / "es"), "--db", db,
                            "--jobs", "1"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["check", db, "--no-glossary", "--format", "json"])
    assert r.exit_code == 0, r.output
    found = json.loads(r.stdout)["findings"]
    assert [(f["code"], f["document"]) for f in found if f["code"] == "possible-omission"] == [
        ("possible-omission", "a")]


@pytest.mark.parametrize(("sentence", "target", "label"), [
    # a patent walk's: the claim's label rendered as the claim's number
    ("【請求項２】", "2. The heat dissipation device according to claim 1.", True),
    ("【請求項２】", "The heat dissipation device according to claim 1.", False),
    ("【請求項１２】", "12. A method comprising:", True),
    ("Artículo 5", "Article 5. Scope of this regulation.", True),
    ("Capítulo 12.", "Chapter 12. The strike.", True),
    ("第3条", "Article 3. Definitions.", True),
    # a sentence, not a label, with a number the target has: still a suspect
    ("El 5 de mayo llegó la delegación.", "On 5 May the talks began.", False),
    ("前記基板は樹脂製である、請求項１に記載の放熱装置。", "1. A device.", False),
    ("Sin número.", "1. A device.", False),
])
def test_a_numbered_label_whose_number_the_target_has_is_no_suspect(
        sentence: str, target: str, label: bool) -> None:
    from aligner.align.omissions import is_numbered_label

    assert is_numbered_label(sentence, target) is label


@needs_use
def test_the_second_alignment_aligns_the_regions_the_first_did(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An alignment of the body and the notes apart is aligned again so: the whole pair
    at once would differ from it for that reason alone."""
    from aligner.align import omissions
    from aligner.model import Alignment, Bead

    seen: list[tuple[object, object]] = []
    real = omissions.align_sentences

    def spy(*args: Any, **kwargs: Any) -> Alignment:
        seen.append((kwargs.get("src_regions"), kwargs.get("tgt_regions")))
        return real(*args, **kwargs)

    monkeypatch.setattr(omissions, "align_sentences", spy)
    al = Alignment(("Hola.", "Adiós.", "Nota uno."), ("Hello.", "Note one."),
                   (Bead((0, 1), (0,)), Bead((2,), (1,))), "es", "en",
                   src_regions=(2,), tgt_regions=(1,))
    omissions.omission_suspects(al)
    assert seen == [((2,), (1,))]



# Written for this test: a help page's limits, one sentence of which the translator left
# out; the rest is translated in full, its numbers as they are.
LIMITS_EN = ("Backups", "Your phone keeps its last 3 backups.",
             "Backups larger than 40 GB are stored on the desktop app only.",
             "With the family plan, the limit is 500 GB per account.",
             "Old backups are deleted after a year.")
LIMITS_ES = ("Copias de seguridad", "Tu teléfono conserva sus últimas 3 copias de seguridad.",
             "Las copias de más de 40 GB se guardan solo en la aplicación de escritorio.",
             "Las copias antiguas se eliminan al cabo de un año.")


def _limits(src: tuple[str, ...], tgt: tuple[str, ...]) -> object:
    from aligner.model import Alignment, Bead

    # the aligner's join: the left-out sentence with its neighbour, which shares "GB"
    return Alignment(src, tgt, (Bead((0,), (0,)), Bead((1,), (1,)), Bead((2, 3), (2,)),
                                Bead((4,), (3,))), "en", "es")


def test_a_left_out_sentence_whose_numbers_the_target_lacks_is_a_suspect() -> None:
    from aligner.align.omissions import number_suspects

    assert number_suspects(_limits(LIMITS_EN, LIMITS_ES), [2]) == {2: (1,)}  # type: ignore[arg-type]


@pytest.mark.parametrize(("sentence", "why"), [
    # the target has its number (written otherwise): it is translated
    ("With the family plan, the limit is 40 GB per account.", "its number is there"),
    # no number: the numbers say nothing of it
    ("With the family plan, the limit is larger.", "no number"),
])
def test_a_member_the_numbers_do_not_single_out_is_no_number_suspect(
        sentence: str, why: str) -> None:
    from aligner.align.omissions import number_suspects

    src = (*LIMITS_EN[:3], sentence, LIMITS_EN[4])
    assert number_suspects(_limits(src, LIMITS_ES), [2]) == {}, why  # type: ignore[arg-type]


def test_a_wrong_number_in_a_whole_translation_is_no_omission() -> None:
    """Both sentences translated, one with a wrong number: without that member the unit's
    target would be far longer than the document's usual -- number-mismatch, not a
    left-out sentence."""
    from aligner.align.omissions import number_suspects

    tgt = (*LIMITS_ES[:2], LIMITS_ES[2] + " Con el plan familiar, el límite es de 50 GB por "
           "cuenta.", LIMITS_ES[3])
    assert number_suspects(_limits(LIMITS_EN, tgt), [2]) == {}  # type: ignore[arg-type]


def test_the_other_members_numbers_must_all_be_in_the_target() -> None:
    """Neither member's numbers in the target (40 became 4): which one is missing, the
    numbers do not say."""
    from aligner.align.omissions import number_suspects

    tgt = (*LIMITS_ES[:2], LIMITS_ES[2].replace("40", "4"), LIMITS_ES[3])
    assert number_suspects(_limits(LIMITS_EN, tgt), [2]) == {}  # type: ignore[arg-type]


@needs_use
def test_a_left_out_sentence_with_a_number_is_reported_beside_the_number(
        tmp_path: Path) -> None:
    """aligner check: the aligner joins the left-out sentence to its neighbour (they share
    "GB"), and the second alignment keeps it there even with --omissions high; the
    numbers single it out: possible-omission, beside number-mismatch naming the number."""
    (tmp_path / "b.en.txt").write_text("\n\n".join([
        LIMITS_EN[0], LIMITS_EN[1], LIMITS_EN[2] + " " + LIMITS_EN[3], LIMITS_EN[4]]) + "\n",
        encoding="utf-8")
    (tmp_path / "b.es.txt").write_text("\n\n".join(LIMITS_ES) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(tmp_path / "b.en.txt"), str(tmp_path / "b.es.txt"),
                                 "--no-glossary", "--format", "json", "--fail-on", "never"])
    assert r.exit_code == 0, r.output
    found = {(f["code"], f["message"]) for f in json.loads(r.stdout)["findings"]}
    assert ("possible-omission", "the source sentence 'With the family plan, the limit is 500 "
            "GB per account.' may be untranslated: the target reads as a translation of the "
            "rest of the unit") in found
    assert ("number-mismatch", "numbers differ: 500 missing in the target") in found


# Written for this test: a Chinese company report's paragraphs and their English; the
# translator left out one sentence with no number in it.
REPORT_ZH = (("公司于三月召开了年度股东大会。",),
             ("董事会审议了新的分红政策。", "股东们对管理层过去一年的工作表示满意。",
              "会议还选举了两名独立董事。"),
             ("新工厂预计明年投产。", "公司将在当地招聘员工。"),
             ("原材料价格上涨给公司带来了压力。", "天气原因导致部分物流延误。",
              "管理层认为这些影响是暂时的。"),
             ("利率变化可能增加公司的融资成本。",
              "公司已与多家银行签订了长期授信协议，并将根据市场情况适时调整债务结构。"),
             ("员工满意度有所提高。",
              "公司今年为全体员工提供了更多的职业培训机会，并改善了办公环境。"))
REPORT_EN = (("The company held its annual general meeting in March.",),
             ("The board reviewed the new dividend policy.",
              "Shareholders expressed satisfaction with management's work over the past year.",
              "The meeting also elected two independent directors."),
             ("The new plant is expected to start production next year.",
              "The company will hire staff locally."),
             ("Rising raw material prices put pressure on the company.",
              "Bad weather delayed some deliveries.",
              "Management considers these effects temporary."),
             ("Changes in interest rates may increase the company's financing costs.",
              "The company has signed long-term credit agreements with several banks and will "
              "adjust its debt structure in due course according to market conditions."),
             ("Employee satisfaction has improved.",
              "This year the company offered all employees more opportunities for professional "
              "training and improved the working environment."))


def _report(en: tuple[tuple[str, ...], ...]) -> Any:
    from aligner.align import align_sentences

    def flat(paragraphs: tuple[tuple[str, ...], ...]) -> tuple[list[str], frozenset[int]]:
        out: list[str] = []
        starts = set()
        for p in paragraphs:
            starts.add(len(out))
            out += p
        return out, frozenset(starts)

    (zh, zh_starts), (tgt, tgt_starts) = flat(REPORT_ZH), flat(en)
    return align_sentences(zh, tgt, src_lang="zh-Hans", tgt_lang="en",
                           src_paragraph_starts=zh_starts, tgt_paragraph_starts=tgt_starts)


@needs_use
def test_a_left_out_chinese_sentence_without_numbers_is_a_suspect(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from aligner.align import omissions

    # the risk sentence left out: the aligner joins it to the next one, 2-1
    al = _report((*REPORT_EN[:4], REPORT_EN[4][1:], REPORT_EN[5]))
    (k,) = (k for k, b in enumerate(al.beads) if len(b.src) > 1)
    assert (al.beads[k].src, al.beads[k].tgt) == ((9, 10), (9,))
    assert omissions.omission_suspects(al) == {k: (0,)}
    # the encoder's test decides: the second alignment keeps the sentence joined
    monkeypatch.setattr(omissions, "encoder_suspects", lambda *args: {})
    assert omissions.omission_suspects(al) == {}


@needs_use
def test_a_whole_chinese_report_has_no_suspect() -> None:
    from aligner.align import omissions

    al = _report(REPORT_EN)
    assert all(len(b.src) == 1 for b in al.beads)
    assert omissions.omission_suspects(al) == {}
    # nor has a bead that joins two translated sentences with their two translations
    # (made by hand: the aligner pairs them 1-1)
    merged = replace(al, beads=(*al.beads[:11], replace(al.beads[11], src=(11, 12),
                                                        tgt=(11, 12))))
    assert omissions.encoder_suspects(merged, [11], _use()) == {}


def _use() -> Any:
    from aligner.align.encoder import get_encoder

    return get_encoder("use")


class _Vectors:
    """An encoder that gives each sentence the vector the test chose for it."""

    name = "test"

    def __init__(self, vectors: dict[str, tuple[float, ...]]) -> None:
        self.vectors = vectors

    def embed(self, sentences: Any) -> Any:
        import numpy as np

        rows = np.array([self.vectors[s] for s in sentences], dtype=np.float32)
        return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float16)


def _two_one(member: str, rest: str, target: str) -> Any:
    from aligner.model import Alignment, Bead

    # a document whose usual length ratio is 1 (three 1-1 beads of 40 characters a side),
    # and the bead under test: two source sentences, one target sentence
    return Alignment(("a" * 40, "c" * 40, "e" * 40, member, rest),
                     ("b" * 40, "d" * 40, "f" * 40, target),
                     (Bead((0,), (0,)), Bead((1,), (1,)), Bead((2,), (2,)), Bead((3, 4), (3,))),
                     "en", "fr")


_OTHERS = {x * 40: (0.0, 0.0, 1.0) for x in "abcdef"}


@pytest.mark.parametrize(("member", "target_vector", "suspect"), [
    # the target means what the rest means and nothing of the member: the member's
    # cosine 0, the rest's 1, the whole bead's 0.71
    ("m" * 30, (0.0, 1.0, 0.0), True),
    # the target means both: the member's cosine 0.71, as much as the rest's
    ("m" * 30, (1.0, 1.0, 0.0), False),
    # the target leans on the rest but holds some of the member: cosines 0.32 for the
    # member, 0.95 for the rest, 0.89 for the whole bead (the rest closer by less than 0.1)
    ("m" * 30, (1.0, 3.0, 0.0), False),
    # a fragment (3 of 43 source characters): its vector says little
    ("mmm", (0.0, 1.0, 0.0), False),
])
def test_the_encoder_test_of_a_member(member: str, target_vector: tuple[float, ...],
                                      suspect: bool) -> None:
    from aligner.align.omissions import encoder_suspects

    # the target as long as the rest: the length does not speak against it
    rest, target = "r" * 40, "t" * 40
    vectors = {**_OTHERS, member: (1.0, 0.0, 0.0), rest: (0.0, 1.0, 0.0),
               target: target_vector}
    found = encoder_suspects(_two_one(member, rest, target), [3], _Vectors(vectors))
    assert found == ({3: (0,)} if suspect else {})


def test_a_target_as_long_as_the_whole_bead_speaks_against_the_encoder_test() -> None:
    from aligner.align.omissions import encoder_suspects

    # the usual ratio is 1 and the bead's source has 30 + 40 characters: a target of 70
    # fits the whole bead (without the member, |log(70/40)| = 0.56 from the usual ratio
    # against 0), one of 40 the rest; the vectors say the member is not rendered
    member, rest = "m" * 30, "r" * 40
    vectors = {**_OTHERS, member: (1.0, 0.0, 0.0), rest: (0.0, 1.0, 0.0),
               "t" * 70: (0.0, 1.0, 0.0), "t" * 40: (0.0, 1.0, 0.0)}
    assert encoder_suspects(_two_one(member, rest, "t" * 70), [3], _Vectors(vectors)) == {}
    assert encoder_suspects(_two_one(member, rest, "t" * 40), [3], _Vectors(vectors)) == {
        3: (0,)}
