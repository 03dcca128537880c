"""Regression guard: the aligner on the bundled corpus against the hand-made gold."""

from __future__ import annotations

from pathlib import Path

from aligner.align import AlignOptions
from aligner.mainjob import CorpusPaths, gold_scores

REPO = Path(__file__).resolve().parents[2]


def test_corpus_strict_f1_is_at_least_095() -> None:
    paths = CorpusPaths.bundled(REPO)
    scored = gold_scores(paths, (), AlignOptions())  # the gold's own sentence files
    assert scored is not None, "corpus/gold is part of the repository"
    scores, _ = scored
    assert scores.f1_strict >= 0.95


def test_gold_covers_its_sentence_files() -> None:
    from aligner.align.beadfile import check_coverage, read_beads, read_sentence_lines

    gold = REPO / "corpus" / "gold"
    n_es = len(read_sentence_lines(str(gold / "chile-73.es.sents")))
    n_en = len(read_sentence_lines(str(gold / "chile-73.en.sents")))
    assert check_coverage(read_beads(str(gold / "chile-73.gold")), n_es, n_en) == []


def test_main_job_alignment_of_the_corpus_documents(tmp_path: Path) -> None:
    """The whole path (read, segment, align with the glossary) scored against the gold."""
    from aligner.mainjob import run_corpus

    result = run_corpus(CorpusPaths.bundled(REPO), tmp_path)
    assert result.gold_scores is not None
    assert "this run's alignment" in result.gold_note  # the segmenter agrees with the gold
    assert result.gold_scores.f1_strict >= 0.95
