"""The subtitle checks that compare the two sides cue by cue: a shifted target cue
(subtitle-cue-shift) and files timed apart throughout (subtitle-timing), on hand-written
files with the findings expected written out."""

from __future__ import annotations

from aligner.check import CheckOptions, run_checks
from aligner.check.base import SubtitleLimits
from aligner.check.units import Unit, units_from_alignment
from aligner.model import Alignment, Bead
from aligner.readers import read_string
from aligner.segment import segment_document

_Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]
_CODES = ("subtitle-cue-shift", "subtitle-timing")


def _units(src: str, tgt: str, beads: _Beads | None = None) -> tuple[Unit, ...]:
    s = segment_document(read_string(src, lang="es", input_format="srt"))
    t = segment_document(read_string(tgt, lang="en", input_format="srt"))
    if beads is None:
        assert len(s.segments) == len(t.segments)
        beads = [((k,), (k,)) for k in range(len(s.segments))]
    return units_from_alignment(Alignment(
        s.sentences, t.sentences, tuple(Bead(a, b, 0.9) for a, b in beads), "es", "en",
        src_cues=s.sentence_cues(), tgt_cues=t.sentence_cues()))


def _found(units: tuple[Unit, ...], limits: SubtitleLimits | None = None
           ) -> list[tuple[int, str, str]]:
    result = run_checks(units, glossary=None, src_lang="es", tgt_lang="en",
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


def test_well_timed_files_have_no_finding() -> None:
    assert _found(_units(_srt(ES), _srt(EN))) == []


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
