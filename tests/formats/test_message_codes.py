"""A message in backticks (prose a document marks as code) is text to translate: the
XLIFF export marks it no ``translate="no"``, ``code-changed`` does not compare it, and
its placeholders are standalone codes in XLIFF 2.1, 1.2 and TMX, read back as the same
text between the same codes.  A command in backticks is code as before.  Texts written
by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.check import check_alignment
from aligner.formats import AlignmentFormat, export_alignment, load_units
from aligner.lang.prose_code import is_prose
from aligner.model import Alignment, TagKind
from aligner.pipeline import align_files
from tests._tools import assert_valid_tmx

EN = ("Messages:\n\n- `{count} notes were moved to {folder}`\n"
      "- `{username} shared \"{note_title}\" with you`\n\nRun `acme-sync --pause` now.\n")
ZH = ("消息：\n\n- `{count} 条笔记已移至 {folder}`\n- `{用户名} 与您共享了“{note_title}”`\n\n"
      "立即运行 `acme-sync --pausar`。\n")


@pytest.mark.parametrize(("code", "lang", "prose"), [
    ("{count} notes were moved to {folder}", "en", True),
    ("You have %d unread mentions", "en", True),
    ("{username} shared \"{note_title}\" with you", "en", True),
    ("{count} 条笔记已移至 {folder}", "zh-CN", True),
    ("{count} notas se movieron a {folder}", "es", True),
    ("Are you sure?", "en", True),
    ("npm install express", "en", False),           # no function word
    ("acme-sync --pause", "en", False),             # an option
    ("acme-cli share ~/Acme/Reports", "en", False),  # a path
    ('git commit -m "fix the bug"', "en", False),
    ("SELECT * FROM users WHERE id = 1", "en", False),
    ("config.yaml", "en", False),
    ("getUserName", "en", False),
    ("Save", "en", False),                          # one word: a label or a command
])
def test_prose_in_code_is_told_from_code(code: str, lang: str, prose: bool) -> None:
    assert is_prose(code, lang) is prose


def test_a_percent_sign_before_a_word_is_no_placeholder() -> None:
    from aligner.lang.prose_code import PLACEHOLDER

    assert [m.group() for m in PLACEHOLDER.finditer("50% of {count} files, %d left")] == [
        "{count}", "%d"]


def _aligned(tmp_path: Path) -> Alignment:
    (tmp_path / "msg.en.md").write_text(EN, encoding="utf-8")
    (tmp_path / "msg.zh-CN.md").write_text(ZH, encoding="utf-8")
    return align_files(tmp_path / "msg.en.md", tmp_path / "msg.zh-CN.md", src_lang="en",
                       tgt_lang="zh-CN").alignment


def test_code_changed_compares_commands_not_messages(tmp_path: Path) -> None:
    findings = check_alignment(_aligned(tmp_path), glossary=None).findings
    assert [f.expected for f in findings if f.code == "code-changed"] == [
        ("acme-sync --pause",)]
    # the renamed placeholder is still found, as a placeholder, and its new name too
    assert [f.message for f in findings if f.code == "placeholder-mismatch"] == [
        "placeholders differ: missing in the target: {username}; not in the source: {用户名}"]


def test_xliff_translates_messages_and_protects_their_placeholders(tmp_path: Path) -> None:
    out = tmp_path / "msg.xlf"
    export_alignment(_aligned(tmp_path), out, fmt=AlignmentFormat.XLIFF)
    text = out.read_text(encoding="utf-8")
    assert 'translate="no"' not in text
    assert ('<source><ph id="1" dataRef="d1"/> notes were moved to <ph id="2" dataRef="d2"/>'
            "</source>") in text
    assert '<data id="d1">{count}</data>' in text
    units = load_units(out).units
    moved = next(u for u in units if "notes were moved" in u.source)
    assert moved.source == "{1/} notes were moved to {2/}"
    assert moved.target == "{1/} 条笔记已移至 {2/}"
    assert [(t.kind, t.code) for t in moved.src_tags] == [
        (TagKind.STANDALONE, "{count}"), (TagKind.STANDALONE, "{folder}")]
    assert [t.code for t in moved.tgt_tags] == ["{count}", "{folder}"]
    # a placeholder the translator renamed is a code of its own on each side
    shared = next(u for u in units if "shared" in u.source)
    assert [t.code for t in shared.src_tags] == ["{username}", "{note_title}"]
    assert [t.code for t in shared.tgt_tags] == ["{用户名}", "{note_title}"]
    command = next(u for u in units if "acme-sync" in u.source)
    assert command.src_tags == () or all(t.kind is not TagKind.STANDALONE
                                         for t in command.src_tags)


@pytest.mark.parametrize("fmt", [AlignmentFormat.XLIFF12, AlignmentFormat.TMX])
def test_xliff12_and_tmx_write_the_placeholders_as_codes(tmp_path: Path,
                                                         fmt: AlignmentFormat) -> None:
    out = tmp_path / ("msg.tmx" if fmt is AlignmentFormat.TMX else "msg.xlf")
    export_alignment(_aligned(tmp_path), out, fmt=fmt)
    if fmt is AlignmentFormat.TMX:
        assert_valid_tmx(out)
        assert '<ph x="1">{count}</ph> notes were moved to <ph x="2">{folder}</ph>' in (
            out.read_text(encoding="utf-8"))
    moved = next(u for u in load_units(out).units if "notes were moved" in u.source)
    assert [t.code for t in moved.src_tags] == ["{count}", "{folder}"]
    assert [t.code for t in moved.tgt_tags] == ["{count}", "{folder}"]


@pytest.mark.external
@pytest.mark.slow
def test_omegat_offers_the_messages_with_their_placeholders_as_tags(tmp_path: Path) -> None:
    """OmegaT 3.6 takes our XLIFF 1.2: every unit is a segment (none is marked
    translate="no"), and the file it writes keeps each message's placeholders as the
    ``ph`` codes we wrote, holding them."""
    from tests.formats.test_omegat import console_translate, make_project, omegat_segments

    aligned = _aligned(tmp_path)
    project = make_project(tmp_path / "omegat")
    (project / "source" / "doc.txt").unlink()
    out = project / "source" / "msg.xlf"
    export_alignment(aligned, out, fmt=AlignmentFormat.XLIFF12)
    log = console_translate(project, tmp_path / "omegat" / "config")
    assert "ERROR" not in log
    assert omegat_segments(project, "msg.xlf") == len(aligned.beads)
    written = load_units(project / "target" / "msg.xlf").units
    moved = next(u for u in written if "notes were moved" in u.source)
    assert [t.code for t in moved.src_tags] == ["{count}", "{folder}"]
    assert [t.code for t in moved.tgt_tags] == ["{count}", "{folder}"]
