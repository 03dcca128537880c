from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from aligner.align.beadfile import parse_beads
from aligner.align.evaluate import evaluate
from aligner.errors import InputError

GOLD = parse_beads(["[0]:[0]", "[1, 2]:[1]", "[3]:[]", "[]:[2]", "[4]:[3, 4]"])


@pytest.mark.parametrize(
    ("hyp", "strict", "lax"),
    [
        # identical: perfect
        (GOLD, (1.0, 1.0), (1.0, 1.0)),
        # 2-1 split into 1-1 + 1-0: one strict hit less; the 1-1 is still a lax hit
        (parse_beads(["[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[]", "[]:[2]", "[4]:[3, 4]"]),
         (4 / 6, 2 / 3), (5 / 6, 1.0)),
        # everything unaligned: null beads count for precision only
        (parse_beads(["[0]:[]", "[1]:[]", "[2]:[]", "[3]:[]", "[4]:[]", "[]:[0]", "[]:[1]",
                      "[]:[2]", "[]:[3]", "[]:[4]"]), (2 / 10, 0.0), (2 / 10, 0.0)),
    ],
)
def test_precision_recall_by_hand(hyp, strict, lax) -> None:  # type: ignore[no-untyped-def]
    s = evaluate([(GOLD, hyp)])
    assert (s.precision_strict, s.recall_strict) == pytest.approx(strict)
    assert (s.precision_lax, s.recall_lax) == pytest.approx(lax)


def _reference_scorer(shared: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", shared / "bench/align/score.py")
    assert spec and spec.loader
    import sys

    sys.path.insert(0, str(shared / "bench/align"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_agrees_with_reference_scorer_on_random_alignments(shared_dir: Path) -> None:
    ref = _reference_scorer(shared_dir)
    rng = random.Random(3)

    def random_beads(n: int, m: int) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        out, i, j = [], 0, 0
        while i < n or j < m:
            a = min(rng.choice([0, 1, 1, 1, 2]), n - i)
            b = min(rng.choice([0, 1, 1, 1, 2]), m - j)
            if a == b == 0:
                continue
            out.append((tuple(range(i, i + a)), tuple(range(j, j + b))))
            i, j = i + a, j + b
        return out

    docs = [(random_beads(40, 45), random_beads(40, 45)) for _ in range(20)]
    ours = evaluate(docs)
    theirs, _ = ref.score_pairs([(str(k), g, h) for k, (g, h) in enumerate(docs)])
    for key in ("precision_strict", "recall_strict", "f1_strict", "precision_lax",
                "recall_lax", "f1_lax"):
        assert getattr(ours, key) == pytest.approx(theirs[key], abs=1e-12)


@pytest.mark.parametrize(("docs", "names", "message"), [
    ([([], GOLD)], None, "^the gold has no beads"),
    ([(parse_beads(["[]:[]"]), GOLD)], ["e.gold"], "^e.gold: the gold has no beads"),
    ([(GOLD, GOLD), ([], [])], None, "^gold document 2 has no beads"),
    ([(GOLD, GOLD), ([], [])], ["a.gold", "b.gold"], "^b.gold: the gold has no beads"),
])
def test_an_empty_gold_cannot_be_scored(docs, names, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match=message):
        evaluate(docs, gold_names=names)


def test_an_empty_hypothesis_is_scored_as_aligning_nothing() -> None:
    s = evaluate([(GOLD, [])])
    assert (s.precision_strict, s.recall_strict, s.f1_lax) == (0.0, 0.0, 0.0)
