"""bold-mismatch and link-order: the bold text and the links' order of two documents'
units, which a TMX export would give as inline codes.  Texts written by hand."""

from __future__ import annotations

from pathlib import Path

from aligner.check import Unit, check_alignment, run_checks
from aligner.pipeline import align_files


def _found(unit: Unit, code: str) -> list[str]:
    return [f.message for f in run_checks([unit], glossary=None, src_lang="en",
                                          tgt_lang="zh-CN").findings if f.code == code]


def test_a_bold_span_dropped_or_added_is_found() -> None:
    unit = Unit("Go to Settings > Account.", "前往设置 > 账户。",
                src_bold=("Settings > Account",))
    assert _found(unit, "bold-mismatch") == [
        "bold text differs: 1 bold in the source, 0 in the target: 'Settings > Account'"]
    added = Unit("Click Save.", "点击保存。", tgt_bold=("点击",))
    assert _found(added, "bold-mismatch") == [
        "bold text differs: 1 bold in the target, 0 in the source: '点击'"]


def test_bold_kept_in_other_words_or_blank_is_no_finding() -> None:
    kept = Unit("Click Save changes.", "点击保存更改。", src_bold=("Save changes",),
                tgt_bold=("保存更改",))
    assert _found(kept, "bold-mismatch") == []
    blank = Unit("Click Save.", "点击保存。", src_bold=(" ",))  # a bold space is no label
    assert _found(blank, "bold-mismatch") == []
    untranslated = Unit("Click Save.", "", src_bold=("Save",))  # empty-target's
    assert _found(untranslated, "bold-mismatch") == []


def test_links_swapped_between_their_words_are_found() -> None:
    swapped = Unit("Read the terms and the privacy policy.", "请阅读条款和隐私政策。",
                   src_hrefs=("/terms", "/privacy"), tgt_hrefs=("/privacy", "/terms"))
    assert _found(swapped, "link-order") == [
        "the same links in another order: /terms, /privacy in the source, /privacy, /terms "
        "in the target (links swapped between their words?)"]


def test_links_in_order_localised_or_different_are_no_link_order() -> None:
    same = Unit("Read the terms and the privacy policy.", "请阅读条款和隐私政策。",
                src_hrefs=("/en/terms", "/en/privacy"), tgt_hrefs=("/zh/terms", "/zh/privacy"))
    assert _found(same, "link-order") == []
    # another set of addresses is no swap (link-mismatch says what differs)
    other = Unit("Read the terms and the privacy policy.", "请阅读条款和隐私政策。",
                 src_hrefs=("/terms", "/privacy"), tgt_hrefs=("/privacy", "/cookies"))
    assert _found(other, "link-order") == []
    # one link cut by a sentence end is two spans of one address
    cut = Unit("See the guide. It helps.", "请参阅指南。它有帮助。",
               src_hrefs=("/guide", "/guide"), tgt_hrefs=("/guide",))
    assert _found(cut, "link-order") == []


def test_bold_and_swapped_links_of_two_documents_are_found(tmp_path: Path) -> None:
    (tmp_path / "t.en.html").write_text(
        '<html lang="en"><body><p>More than <strong>10,000 teams</strong> trust us.</p>'
        '<p>Read the <a href="/terms">terms</a> and the <a href="/privacy">privacy '
        "policy</a>.</p><p>Click <b>Save</b>.</p></body></html>", encoding="utf-8")
    (tmp_path / "t.zh-CN.html").write_text(
        '<html lang="zh-CN"><body><p>已有超过1万个团队信赖我们。</p><p>请阅读<a href="/privacy">'
        '条款</a>和<a href="/terms">隐私政策</a>。</p><p>点击<b>保存</b>。</p></body></html>',
        encoding="utf-8")
    aligned = align_files(tmp_path / "t.en.html", tmp_path / "t.zh-CN.html", src_lang="en",
                          tgt_lang="zh-CN").alignment
    found = [(f.code, f.unit) for f in check_alignment(aligned, glossary=None).findings
             if f.code in ("bold-mismatch", "link-order")]
    assert found == [("bold-mismatch", 0), ("link-order", 1)]


def test_a_bold_ui_label_dropped_in_markdown_is_found(tmp_path: Path) -> None:
    (tmp_path / "b.en.md").write_text(
        "# Steps\n\n1. Go to **Settings > Account**.\n2. Click **Save changes**.\n",
        encoding="utf-8")
    (tmp_path / "b.zh-CN.md").write_text("# 步骤\n\n1. 前往设置 > 账户。\n2. 点击**保存更改**。\n",
                                         encoding="utf-8")
    aligned = align_files(tmp_path / "b.en.md", tmp_path / "b.zh-CN.md", src_lang="en",
                          tgt_lang="zh-CN").alignment
    assert [(f.unit, f.expected) for f in check_alignment(aligned, glossary=None).findings
            if f.code == "bold-mismatch"] == [(1, ("Settings > Account",))]
