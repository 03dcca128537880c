"""The subtitle checks that compare the two sides cue by cue: texts that match crosswise
(subtitle-cue-order), a shifted target cue (subtitle-cue-shift) and files timed apart
throughout (subtitle-timing), on hand-written files with the findings expected written
out."""

from __future__ import annotations

from check_helpers import subtitle_units as _units

from aligner.check import CheckOptions, run_checks
from aligner.check.base import SubtitleLimits
from aligner.check.units import Unit
from aligner.model import Glossary, GlossaryEntry

_Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]
_CODES = ("subtitle-cue-order", "subtitle-cue-shift", "subtitle-timing")


def _found(units: tuple[Unit, ...], limits: SubtitleLimits | None = None,
           glossary: Glossary | None = None) -> list[tuple[int, str, str]]:
    result = run_checks(units, glossary=glossary, src_lang="es", tgt_lang="en",
                        options=CheckOptions(subtitle_limits=limits or SubtitleLimits()))
    return [(f.unit, f.code, f.message) for f in result.findings if f.code in _CODES]


def _time(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"00:{ms // 60000:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def _srt(texts: list[str], starts: list[float] | None = None, *, shown: float = 3.2,
         rate: float = 1.0, offset: float = 0.0) -> str:
    """Cues every 5 seconds from 1 s (or at ``starts``), each shown ``shown`` seconds (a
    pause of 2 s or more would end a sentence: a new scene); times multiplied by ``rate``
    and moved by ``offset``."""
    starts = starts or [1.0 + 5 * k for k in range(len(texts))]
    return "".join(f"{n}\n{_time(a * rate + offset)} --> {_time((a + shown) * rate + offset)}"
                   f"\n{text}\n\n"
                   for n, (a, text) in enumerate(zip(starts, texts, strict=True), 1))


ES = ["El río nace en las montañas del norte.",
      "Cada año recorre más de 800 kilómetros.",
      "Los pescadores salen antes del amanecer.",
      "En 1962 se construyó la primera presa.",
      "Desde entonces, los peces llegan más tarde.",
      "María Ortega vende su pescado en Tarifa.",
      "Dice que el mar ha cambiado mucho.",
      "Nadie sabe qué pasará mañana.",
      "Pero el río, que ha visto pasar tantas generaciones, sigue su camino hacia el mar.",
      "Hasta pronto."]
EN = ["The river rises in the northern mountains.",
      "Every year it runs more than 800 kilometres.",
      "The fishermen go out before dawn.",
      "The first dam was built in 1962.",
      "Since then, the fish arrive later.",
      "María Ortega sells her fish in Tarifa.",
      "She says the sea has changed a lot.",
      "Nobody knows what tomorrow will bring.",
      "But the river, which has seen so many generations pass, goes on its way to the sea.",
      "See you soon."]


def _swapped(texts: list[str], k: int) -> list[str]:
    """``texts`` with the texts of cues ``k`` and ``k + 1`` (0-based) swapped."""
    out = list(texts)
    out[k], out[k + 1] = out[k + 1], out[k]
    return out


def _joined(k: int, n: int = 10) -> _Beads:
    """One-to-one beads but sentences ``k`` and ``k + 1`` in one 2-2 bead."""
    return [((j,), (j,)) for j in range(k)] + [((k, k + 1), (k, k + 1))] + [
        ((j,), (j,)) for j in range(k + 2, n)]


def test_well_timed_files_in_order_have_no_finding() -> None:
    assert _found(_units(_srt(ES), _srt(EN))) == []
    # (1 is "primera" / "first")
    # the aligner's 2-2 bead of two cues timed alike whose texts match as timed: nothing
    assert _found(_units(_srt(ES), _srt(EN), _joined(3))) == []


def test_two_cue_texts_swapped_share_a_number_crosswise() -> None:
    assert _found(_units(_srt(ES), _srt(_swapped(EN, 3)), _joined(3))) == [
        (3, "subtitle-cue-order",
         "target cues 4 (00:00:16,000) and 5 (00:00:21,000) are timed as source cues 4 "
         "(00:00:16,000) and 5 (00:00:21,000) but match them crosswise (source cue 4 and "
         "target cue 5 share 1, 1962): their texts may be in another order")]


def test_names_written_alike_tell_the_crossing() -> None:
    found = _found(_units(_srt(ES), _srt(_swapped(EN, 5)), _joined(5)))
    assert [(u, c) for u, c, _ in found] == [(5, "subtitle-cue-order")]
    assert "source cue 6 and target cue 7 share María, Ortega, Tarifa" in found[0][2]


def test_lengths_alone_tell_a_long_cue_from_a_short_one() -> None:
    found = _found(_units(_srt(ES), _srt(_swapped(EN, 8)), _joined(8)))
    assert [(u, c) for u, c, _ in found] == [(8, "subtitle-cue-order")]
    assert "their lengths fit crosswise, not as timed" in found[0][2]


def test_two_cues_with_nothing_to_tell_them_apart_are_not_reported() -> None:
    # "Dice que el mar..." / "Nadie sabe...": no number, no name, lengths alike
    assert _found(_units(_srt(ES), _srt(_swapped(EN, 6)), _joined(6))) == []


def test_a_glossary_term_tells_the_crossing() -> None:
    # the same two cues, with a glossary that renders "mar" as "sea"
    glossary = Glossary("es", "en", (GlossaryEntry("mar", "sea"),))
    units = _units(_srt(ES), _srt(_swapped(EN, 6)), _joined(6))
    found = _found(units, glossary=glossary)
    assert [(u, c) for u, c, _ in found] == [(6, "subtitle-cue-order")]
    assert "source cue 7 and target cue 8 share 'mar'" in found[0][2]
    # in order, the term is shared as timed: nothing
    assert _found(_units(_srt(ES), _srt(EN), _joined(6)), glossary=glossary) == []


def test_cues_timed_otherwise_are_not_compared() -> None:
    starts = [1.0 + 5 * k for k in range(10)]
    starts[4] += 0.6  # the second cue of the pair shown 0.6 s later
    assert _found(_units(_srt(ES), _srt(_swapped(EN, 3), starts), _joined(3))) == []


def test_a_sentence_over_two_cues_split_at_the_same_point_is_no_crossing() -> None:
    # the number ends the Spanish first cue and starts the English second: word order
    es = list(ES)
    es[3:5] = ["Los científicos han contado 1.200", "especies de peces en la cuenca. Es mucho."]
    en = list(EN)
    en[3:5] = ["In the basin, scientists have counted", "1,200 species of fish. It is a lot."]
    units = _units(_srt(es), _srt(en), _joined(3))
    assert len(units) == 9 and len(units[3].src_cues) == 2  # one 2-2 bead of the two cues
    assert units[3].src_cues[1].span[0] > 0 and units[3].tgt_cues[1].span[0] > 0
    assert _found(units) == []


def test_a_cue_pair_merged_into_one_cue_is_no_crossing() -> None:
    en = list(EN)
    en[3:5] = ["The first dam was built in 1962. Since then, the fish arrive later."]
    starts = [1.0 + 5 * k for k in range(10)]
    del starts[4]
    units = _units(_srt(ES), _srt(en, starts, shown=8.2), _joined(3))
    assert (len(units[3].src_cues), len(units[3].tgt_cues)) == (2, 1)
    assert _found(units) == []


def test_a_shifted_target_cue() -> None:
    starts = [1.0 + 5 * k for k in range(10)]
    starts[4] += 1.7  # 22.7 to 25.9: no overlap with the next cue, at 26
    found = _found(_units(_srt(ES), _srt(EN, starts)))
    assert found == [
        (4, "subtitle-cue-shift",
         "target cue 5 (00:00:22,700) starts 1.700 s after source cue 5 (00:00:21,000), "
         "although most cues of the two files start together (9 of 10 within 0.5 s): "
         "shifted?")]
    assert _found(_units(_srt(ES), _srt(EN, starts)), SubtitleLimits(max_shift=2.0)) == []


def test_a_target_cue_starting_with_a_later_source_cue_is_no_shift() -> None:
    # source cues 4 and 5 are one sentence; the target's one cue starts with cue 5
    es = list(ES)
    es[3:5] = ["En 1962 se construyó", "la primera presa."]
    en = list(EN)
    en[3:5] = ["The first dam was built in 1962."]
    starts = [1.0 + 5 * k for k in range(10)]
    del starts[3]
    found = _found(_units(_srt(es), _srt(en, starts)))
    assert found == []


def test_files_timed_apart_throughout_give_one_finding() -> None:
    offset = _found(_units(_srt(ES), _srt(EN, offset=3.0)))
    assert offset == [
        (0, "subtitle-timing",
         "the target's cues start 3.000 s later than the source's throughout (10 of 10 "
         "aligned cues start within 0.5 s of that): an offset")]
    rate = _found(_units(_srt(ES), _srt(EN, rate=25 / 23.976)))
    assert [(u, c) for u, c, _ in rate] == [(0, "subtitle-timing")]
    assert "the source's \u00d7 1.0427 throughout" in rate[0][2]
    assert "(23.976 and 25 fps?)" in rate[0][2]


def test_a_shift_in_files_with_an_offset_is_measured_from_the_offset() -> None:
    starts = [1.0 + 5 * k for k in range(10)]
    starts[4] += 1.7
    found = _found(_units(_srt(ES), _srt(EN, starts, offset=2.5)))
    assert [(u, c) for u, c, _ in found] == [(0, "subtitle-timing"), (4, "subtitle-cue-shift")]
    assert ("target cue 5 (00:00:25,200) starts 1.700 s after source cue 5 (00:00:21,000, "
            "00:00:23,500 in the target's timing)") in found[1][2]


def test_timing_is_not_judged_on_few_cues() -> None:
    assert _found(_units(_srt(ES[:5]), _srt(EN[:5], offset=3.0))) == []
