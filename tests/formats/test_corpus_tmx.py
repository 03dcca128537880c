"""The TMX that ``aligner run`` writes for the bundled corpus, proved against its consumers:
the TMX 1.4 DTD, translate-toolkit and OmegaT 3.6 pre-translating from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.lang import join_sentences
from aligner.mainjob import CorpusPaths, run_corpus
from aligner.model import Alignment
from tests._tools import assert_valid_tmx, translate_toolkit
from tests.formats.test_omegat import console_translate, make_project

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Alignment]:
    out = tmp_path_factory.mktemp("run")
    result = run_corpus(CorpusPaths.bundled(REPO), out)
    return out / "chile-73.tmx", result.alignment


def exported_pairs(alignment: Alignment) -> list[tuple[str, str]]:
    return [
        (join_sentences([alignment.src_sentences[i] for i in b.src], alignment.src_lang),
         join_sentences([alignment.tgt_sentences[j] for j in b.tgt], alignment.tgt_lang))
        for b in alignment.beads if not b.is_null
    ]


def test_corpus_tmx_is_dtd_valid(corpus_run: tuple[Path, Alignment]) -> None:
    assert_valid_tmx(corpus_run[0])


def test_translate_toolkit_reads_every_corpus_unit(corpus_run: tuple[Path, Alignment]) -> None:
    translate_toolkit()
    from translate.storage.tmx import tmxfile

    tmx, alignment = corpus_run
    store = tmxfile.parsefile(str(tmx))
    units = [(u.source, u.target) for u in store.units]
    assert units == exported_pairs(alignment)
    assert len(units) > 100


@pytest.mark.external
@pytest.mark.slow
def test_omegat_pretranslates_corpus_sentences(tmp_path: Path,
                                               corpus_run: tuple[Path, Alignment]) -> None:
    tmx, alignment = corpus_run
    pairs = exported_pairs(alignment)[:12]
    project = make_project(tmp_path)
    (project / "source" / "doc.txt").write_text(
        "\n\n".join(src for src, _ in pairs) + "\n", encoding="utf-8")
    (project / "tm" / "auto" / "chile-73.tmx").write_bytes(tmx.read_bytes())
    log = console_translate(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    translated = (project / "target" / "doc.txt").read_text(encoding="utf-8")
    assert translated.rstrip("\n").split("\n\n") == [tgt for _, tgt in pairs]
