"""A saved alignment: the JSON that ``aligner align --format json`` writes and reads back.

Shape (one object)::

    {"src_lang": "es", "tgt_lang": "en", "src_name": "...", "tgt_name": "...",
     "settings": {"key": "value", ...},
     "src_sentences": ["...", ...], "tgt_sentences": ["...", ...],
     "beads": [{"src": [0], "tgt": [0, 1], "score": 0.93, "signals": {"length": 0.4}}, ...],
     "src_paragraph_starts": [0, 5, ...], "tgt_paragraph_starts": [0, 4, ...],
     "src_parts": {"heading": [0, 5]}, "tgt_parts": {"heading": [0, 4]},
     "src_regions": [67], "tgt_regions": [53],
     "src_formatting": [[3, 16, 28, "b"], ...], "tgt_formatting": [...],
     "src_cues": [[0, 0, "1", 1.0, 3.5, 0, 41, ["...", "..."]], ...], "tgt_cues": [...],
     "src_paragraphs": [1, 2, 2, 6, ...], "tgt_paragraphs": [...]}

Sentence indices are 0-based; ``settings`` values are strings; ``signals``
maps a signal name to a number.  Two things are written only when there are
any, so that older files stay valid and are read as they were: the paragraph
starts (sentence indices that open a paragraph), the parts (each part but the body and
its sentence indices: :attr:`~aligner.model.Alignment.src_parts`; an older file's
``src_headings`` is read as heading parts), the region starts (where each side's notes
begin, when the body and the notes were aligned apart: :mod:`aligner.align.regions`;
as many on each side, and the second alignment of ``aligner check`` keeps them), the
character formatting of a DOCX or ODT's sentences (``[sentence, start, end, style]``:
offsets into the sentence, a style of
:class:`~aligner.model.Style` by its value: ``b``, ``i``, ``u``, ``s``, ``sup``, ``sub``,
``a``, and ``code`` for code, which no export writes; a link that knows where it points
has its address fifth: ``[sentence, start, end, "a", "https://..."]``), which an export
to TMX or XLIFF writes as codes, the inline codes of a memory's sentences
(``"src_codes"``/``"tgt_codes"``) and its units' records (a bead's ``"unit"``;
both :mod:`aligner.formats.unit_json`), the subtitle cues of a SubRip or WebVTT side
(``"src_cues"``/``"tgt_cues"``, :mod:`aligner.formats.cue_json`), the reader's paragraph
number of each sentence of a document (``"src_paragraphs"``, one per sentence: where
findings point), and, on a bead a person confirmed or edited in ``aligner review``,
``"review": {"state": "confirmed" | "edited", "changed": "2026-11-25T09:30:00Z"}``
(UTC), and the glossary it was made with (``"glossary"``: :mod:`.glossary_record`).
A bead's ``score`` (its confidence) is a number from 0 to 1; the paragraph starts are
ascending.  :func:`alignment_from_json` checks all of it and names the first problem
with its JSON path; keys it does not know are ignored.  The beads must
be an alignment (:func:`~aligner.align.beadfile.check_coverage`): on each side
they list every sentence exactly once and in order, so each bead is a run of
consecutive sentences, and no bead is empty -- what the editor, the checks and
the exports assume, so a file edited by hand is refused here, naming the gap.
"""

from __future__ import annotations

import itertools
import json
import math
import os
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aligner.align.beadfile import check_coverage
from aligner.align.regions import check_regions
from aligner.errors import ConfigError, FormatError
from aligner.fileio import atomic_write, read_text
from aligner.formats.cue_json import cues_from_json, cues_to_json
from aligner.formats.formatting_json import formatting_from_json, no_surrogate, span_to_json
from aligner.formats.unit_json import (
    codes_from_json,
    codes_to_json,
    record_from_json,
    record_to_json,
)
from aligner.formats.units import WriteReport
from aligner.model import Alignment, Bead, Part, Review, ReviewState
from aligner.textutil import count

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def review_to_json(review: Review) -> dict[str, str]:
    return {"state": review.state.value,
            "changed": review.changed.astimezone(UTC).strftime(_TIME_FORMAT)}


def bead_to_json(bead: Bead) -> dict[str, Any]:
    """One bead as the saved alignment writes it."""
    out: dict[str, Any] = {"src": list(bead.src), "tgt": list(bead.tgt), "score": bead.score,
                           "signals": dict(bead.signals)}
    if bead.review is not None:
        out["review"] = review_to_json(bead.review)
    if bead.unit is not None:
        out["unit"] = record_to_json(bead.unit)
    return out


def alignment_to_json(alignment: Alignment) -> dict[str, Any]:
    """The JSON-ready dictionary for ``alignment``."""
    pars: dict[str, Any] = {f"{side}_paragraph_starts": sorted(indices) for side, indices in (
        ("src", alignment.src_paragraph_starts), ("tgt", alignment.tgt_paragraph_starts))
        if indices}
    for side, parts in (("src", alignment.src_parts), ("tgt", alignment.tgt_parts)):
        if parts:
            pars[f"{side}_parts"] = _parts_to_json(parts)
    looks = {f"{side}_formatting": [[k, *span_to_json(f)]
                                    for k, spans in enumerate(formatting) for f in spans]
             for side, formatting in (("src", alignment.src_formatting),
                                      ("tgt", alignment.tgt_formatting)) if formatting}
    codes = {f"{side}_codes": codes_to_json(side_codes) for side, side_codes in (
        ("src", alignment.src_codes), ("tgt", alignment.tgt_codes)) if side_codes}
    regions = {f"{side}_regions": list(starts) for side, starts in (
        ("src", alignment.src_regions), ("tgt", alignment.tgt_regions)) if starts}
    cues = {f"{side}_cues": cues_to_json(side_cues) for side, side_cues in (
        ("src", alignment.src_cues), ("tgt", alignment.tgt_cues)) if side_cues}
    places = {f"{side}_paragraphs": list(numbers) for side, numbers in (
        ("src", alignment.src_paragraphs), ("tgt", alignment.tgt_paragraphs)) if numbers}
    return {
        "src_lang": alignment.src_lang,
        "tgt_lang": alignment.tgt_lang,
        "src_name": alignment.src_name,
        "tgt_name": alignment.tgt_name,
        "settings": dict(alignment.settings),
        "src_sentences": list(alignment.src_sentences),
        "tgt_sentences": list(alignment.tgt_sentences),
        "beads": [bead_to_json(b) for b in alignment.beads],
        **pars,
        **regions,
        **looks,
        **codes,
        **cues,
        **places,
    }


def _parts_to_json(parts: tuple[Part, ...]) -> dict[str, list[int]]:
    """A side's parts as written: each part but the body and its sentence indices."""
    out: dict[str, list[int]] = {}
    for k, part in enumerate(parts):
        if part is not Part.BODY:
            out.setdefault(part.value, []).append(k)
    return out


def _indices(value: Any, key: str, limit: int,
             fail: Callable[[str, str], FormatError]) -> frozenset[int]:
    """Ascending sentence indices below ``limit``, each once, as written under ``key``."""
    if not isinstance(value, list) or not all(type(k) is int and 0 <= k < limit
                                              for k in value):
        raise fail(key, f"expected sentence indices below {limit}")
    # written sorted: one out of order (or twice) was put there by hand
    for a, b in itertools.pairwise(value):
        if a >= b:
            raise fail(key, f"expected sentence indices in ascending order, each once: "
                            f"{a} comes before {b}")
    return frozenset(value)


def _parts_from_json(data: Mapping[str, Any], side: str, limit: int,
                     fail: Callable[[str, str], FormatError]) -> tuple[Part, ...]:
    """A side's parts (``()`` when the file has none); an older file's ``src_headings``
    (heading indices only) is read as its headings."""
    key = f"{side}_parts"
    if key not in data:
        if f"{side}_headings" not in data:
            return ()
        raw: Any = {Part.HEADING.value: data[f"{side}_headings"]}
        key = f"{side}_headings"
    else:
        raw = data[key]
    if not isinstance(raw, Mapping):
        raise fail(key, "expected an object of part names and sentence indices")
    parts = [Part.BODY] * limit
    for name, value in raw.items():
        try:
            part = Part(name)
        except ValueError:
            known = ", ".join(p.value for p in Part if p is not Part.BODY)
            raise fail(key, f"{name!r} is no part ({known})") from None
        for k in _indices(value, f"{key}.{name}" if key.endswith("parts") else key, limit, fail):
            if parts[k] is not Part.BODY:
                raise fail(key, f"sentence {k} is in two parts, {parts[k].value} and {name}")
            parts[k] = part
    return tuple(parts)


def alignment_from_json(data: Any, *, path: str = "<json>") -> Alignment:
    """Build an :class:`Alignment` from the dictionary :func:`alignment_to_json` makes."""

    def fail(where: str, what: str) -> FormatError:
        return FormatError(f"saved alignment: {where}: {what}", path=path)

    if not isinstance(data, Mapping):
        raise fail("top level", "expected an object")
    if "beads" not in data and "src_sentences" not in data:
        # an application's strings by key, most likely: say what is read where
        raise FormatError("is JSON, but no saved alignment (it has no beads); two i18n "
                          "bundles (objects of strings by key) are checked together: "
                          "aligner check en.json es-MX.json", path=path)
    for key in ("src_lang", "tgt_lang"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise fail(key, "expected a language code")
    for key in ("src_name", "tgt_name"):
        if not isinstance(data.get(key, ""), str):
            raise fail(key, "expected a string")
        no_surrogate(data.get(key, ""), key, fail)
    settings = data.get("settings", {})
    if not isinstance(settings, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in settings.items()
    ):
        raise fail("settings", "expected an object of strings")
    sides: dict[str, tuple[str, ...]] = {}
    for key in ("src_sentences", "tgt_sentences"):
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
            raise fail(key, "expected a list of strings")
        for i, sentence in enumerate(value):
            no_surrogate(sentence, f"{key}[{i}]", fail)
        sides[key] = tuple(value)
    raw_beads = data.get("beads")
    if not isinstance(raw_beads, list):
        raise fail("beads", "expected a list")
    limits = {"src": len(sides["src_sentences"]), "tgt": len(sides["tgt_sentences"])}
    # indices past the sentence lists: left to the coverage check, which names the short list
    beads = [bead_from_json(raw, f"beads[{i}]", None, fail)
             for i, raw in enumerate(raw_beads)]
    problems = check_coverage([(b.src, b.tgt) for b in beads], limits["src"], limits["tgt"])
    if problems:
        raise fail("beads", problems[0])
    pars = {f"{side}_paragraph_starts": _indices(data.get(f"{side}_paragraph_starts", []),
                                                 f"{side}_paragraph_starts", limits[side], fail)
            for side in ("src", "tgt")}
    parts = {side: _parts_from_json(data, side, limits[side], fail) for side in ("src", "tgt")}
    regions = {side: data.get(f"{side}_regions", []) for side in ("src", "tgt")}
    for side, value in regions.items():
        if not isinstance(value, list) or not all(type(k) is int for k in value):
            raise fail(f"{side}_regions", "expected a list of sentence indices")
    if (problem := check_regions(regions["src"], regions["tgt"], limits["src"],
                                 limits["tgt"])) is not None:
        raise fail(f"{problem[0]}_regions", problem[1])
    looks = {side: formatting_from_json(data.get(f"{side}_formatting", []),
                                        sides[f"{side}_sentences"], f"{side}_formatting", fail)
             for side in ("src", "tgt")}
    codes = {side: codes_from_json(data.get(f"{side}_codes", []), sides[f"{side}_sentences"],
                                    f"{side}_codes", fail) for side in ("src", "tgt")}
    cues = {side: cues_from_json(data.get(f"{side}_cues", []), sides[f"{side}_sentences"],
                                 f"{side}_cues", fail) for side in ("src", "tgt")}
    places = {k: _places(data, k, limits[k[:3]], fail) for k in ("src_paragraphs",
                                                                 "tgt_paragraphs")}
    return Alignment(
        src_sentences=sides["src_sentences"],
        tgt_sentences=sides["tgt_sentences"],
        beads=tuple(beads),
        src_lang=data["src_lang"],
        tgt_lang=data["tgt_lang"],
        src_name=data.get("src_name", "<source>"),
        tgt_name=data.get("tgt_name", "<target>"),
        settings=dict(settings),
        src_paragraph_starts=pars["src_paragraph_starts"],
        tgt_paragraph_starts=pars["tgt_paragraph_starts"],
        src_parts=parts["src"],
        tgt_parts=parts["tgt"],
        src_formatting=looks["src"],
        tgt_formatting=looks["tgt"],
        src_codes=codes["src"],
        tgt_codes=codes["tgt"],
        src_regions=tuple(regions["src"]),
        tgt_regions=tuple(regions["tgt"]),
        src_cues=cues["src"],
        tgt_cues=cues["tgt"],
        src_paragraphs=places["src_paragraphs"],
        tgt_paragraphs=places["tgt_paragraphs"],
    )


def _places(data: Mapping[str, Any], key: str, n: int,
            fail: Callable[[str, str], FormatError]) -> tuple[int, ...]:
    """A side's paragraph numbers, one per sentence (``()`` when left out)."""
    if not isinstance(value := data.get(key, []), list) or len(value) not in (0, n) or not all(
            type(v) is int and v >= 0 for v in value):
        raise fail(key, f"expected a paragraph number (0 or more) for each of the {n} sentences")
    return tuple(value)


def bead_from_json(raw: Any, where: str, limits: Mapping[str, int] | None,
                   fail: Callable[[str, str], FormatError]) -> Bead:
    """One bead of a saved alignment; ``limits`` are the sentence counts of each side
    (None: any index from 0, for a caller that checks the whole alignment)."""
    if not isinstance(raw, Mapping):
        raise fail(where, "expected an object")
    idx: dict[str, tuple[int, ...]] = {}
    for side in ("src", "tgt"):
        value = raw.get(side)
        limit = None if limits is None else limits[side]
        if not isinstance(value, list) or not all(
            type(k) is int and k >= 0 and (limit is None or k < limit) for k in value
        ):
            below = "" if limit is None else f" below {limit}"
            raise fail(f"{where}.{side}", f"expected sentence indices{below}")
        idx[side] = tuple(value)
    # Every bead is written with its confidence, a probability: a score missing or
    # outside [0, 1] is a file edited by hand, which --min-score and the TSV would
    # take at its word.
    if "score" not in raw:
        raise fail(f"{where}.score", "missing (expected a number from 0 to 1)")
    score = raw["score"]
    if type(score) not in (int, float) or not math.isfinite(score) or not 0 <= score <= 1:
        got = json.dumps(score, ensure_ascii=False)
        got = got if len(got) <= 30 else got[:29] + "…"
        raise fail(f"{where}.score", f"expected a number from 0 to 1, got {got}")
    signals = raw.get("signals", {})
    if not isinstance(signals, Mapping) or not all(
        isinstance(k, str) and type(v) in (int, float) and math.isfinite(v)
        for k, v in signals.items()
    ):
        raise fail(f"{where}.signals", "expected an object of numbers")
    review = None
    if raw.get("review") is not None:
        review = _review_from_json(raw["review"], f"{where}.review", fail)
    unit = None if raw.get("unit") is None else record_from_json(raw["unit"],
                                                                f"{where}.unit", fail)
    return Bead(idx["src"], idx["tgt"], float(score),
                {k: float(v) for k, v in signals.items()}, review, unit)


def _review_from_json(raw: Any, where: str,
                      fail: Callable[[str, str], FormatError]) -> Review:
    states = ", ".join(s.value for s in ReviewState)
    if not isinstance(raw, Mapping) or raw.get("state") not in {s.value for s in ReviewState}:
        raise fail(where, f"expected an object with a state ({states})")
    try:
        changed = datetime.strptime(str(raw.get("changed")), _TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise fail(f"{where}.changed", "expected a UTC time like 2026-11-25T09:30:00Z") from None
    return Review(ReviewState(raw["state"]), changed)


def write_alignment_json(
    alignment: Alignment,
    path: str | os.PathLike[str],
    *,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    reviewed_only: bool = False,
    glossary: Mapping[str, str] | None = None,
) -> WriteReport:
    """Save ``alignment`` as UTF-8 JSON (non-ASCII kept as it is), with ``glossary``, the
    record of the glossary it was made with (:mod:`aligner.formats.glossary_record`).

    Every bead is saved: ``min_score`` and ``reviewed_only`` do not apply to the saved
    alignment, and it has no creation date (``creation_date`` is accepted for the uniform
    writer signature of :mod:`aligner.formats`).  A saved alignment that holds a
    review is not replaced (:func:`refuse_replacing_a_review`).
    """
    refuse_replacing_a_review(path)
    data = {**alignment_to_json(alignment), **({"glossary": dict(glossary)} if glossary else {})}
    with atomic_write(path) as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return WriteReport(units_written=len(alignment.beads))


def refuse_replacing_a_review(path: str | os.PathLike[str]) -> None:
    """Refuse to write a new alignment over a saved one that a person reviewed (beads
    confirmed or edited in ``aligner review``, or an edit log beside it that holds
    something): the review would be lost without a word.  Anything else at ``path``
    may be replaced; an empty log (a review that ended before its first edit) is no
    review."""
    name = os.fspath(path)
    if name == "-" or not Path(name).is_file():
        return
    log = Path(name + ".log.jsonl")
    try:
        beads = json.loads(Path(name).read_text(encoding="utf-8")).get("beads", [])
        reviewed = sum(1 for b in beads if isinstance(b, dict) and b.get("review"))
    except (OSError, ValueError, AttributeError):
        reviewed = 0  # not a saved alignment: nothing of a review to lose
    try:
        logged = log.stat().st_size > 0
    except OSError:
        logged = False
    if reviewed or logged:
        what = (f"{count(reviewed, 'bead')} reviewed in aligner review" if reviewed
                else f"the edit log {log.name} of aligner review beside it")
        raise ConfigError(f"holds a review ({what}); a new alignment would replace it: "
                          "move it (and its log) away, or write to another file", path=name)


def read_alignment_json(path: str | os.PathLike[str]) -> Alignment:
    """Load a saved alignment; malformed JSON names the line and column."""
    name = os.fspath(path)
    return alignment_from_json(parse_json(read_text(name), path=name), path=name)


def parse_json(text: str, *, path: str) -> Any:
    """``text`` parsed; malformed JSON names the line and column, and says when the
    file ends before the JSON does (a copy cut short)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        # "Unterminated string starting at": the line and column say where
        what = exc.msg[:-3] + " here" if exc.msg.endswith(" at") else exc.msg
        if not text[exc.pos:].strip() or what.startswith("Unterminated"):
            what += " -- the file ends before the JSON does (cut short?)"
        raise FormatError(f"not valid JSON: {what}", path=path, line=exc.lineno,
                          column=exc.colno) from None
