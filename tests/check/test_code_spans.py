"""code-changed: code, as the documents mark it, must be the target's byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.check import Unit, check_alignment, run_checks
from aligner.check.code_spans import command
from aligner.pipeline import align_files


@pytest.mark.parametrize(("code", "expected"), [
    ("acme-sync --pause   # pause syncing", "acme-sync --pause"),
    ("retry(3); // once more", "retry(3);"),
    ("# installs the stable version", ""),
    ("curl https://x.org/#top", "curl https://x.org/#top"),  # no space: no comment
    ("C# and  F#", "C# and F#"),
])
def test_a_code_lines_comment_and_spacing_are_left_out(code: str, expected: str) -> None:
    assert command(code) == expected


def _found(src_code: tuple[str, ...], tgt_code: tuple[str, ...]) -> list[str]:
    unit = Unit("Run it.", "Execute-o.", src_code=src_code, tgt_code=tgt_code)
    return [f.message for f in run_checks([unit], glossary=None, src_lang="en",
                                          tgt_lang="pt-BR").findings if f.code == "code-changed"]


def test_changed_missing_and_added_code_is_found() -> None:
    assert _found(("acme-sync --pause  # pause",), ("acme-sync --pause # pausar",)) == []
    assert _found(("acme-sync --pause",), ("acme-sync --pausar",)) == [
        "code differs: 'acme-sync --pause' not in the target; 'acme-sync --pausar' not in "
        "the source"]
    assert _found(("a", "a"), ("a",)) == ["code differs: 'a' not in the target"]
    assert _found((), ("b",)) == ["code differs: 'b' not in the source"]
    assert _found((), ()) == []


def test_code_of_two_markdown_documents_is_compared(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "Run `acme-cli share ~/Acme/Reports` to share it.\n\n```bash\n"
        "acme-sync --pause   # pause syncing\nacme-sync --resume\n```\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "Execute `acme-cli compartilhar ~/Acme/Relatórios` para compartilhar.\n\n```bash\n"
        "acme-sync --pause   # pausar a sincronização\nacme-sync --resume\n```\n",
        encoding="utf-8")
    aligned = align_files(tmp_path / "a.md", tmp_path / "b.md", src_lang="en",
                          tgt_lang="pt-BR").alignment
    assert [(f.unit, f.expected) for f in check_alignment(aligned, glossary=None).findings
            if f.code == "code-changed"] == [(0, ("acme-cli share ~/Acme/Reports",))]
