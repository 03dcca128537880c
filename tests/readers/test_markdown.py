"""Markdown reader: HTML comments, fenced code, admonitions and heading attributes."""

from __future__ import annotations

from aligner.model import BlockKind, Part
from aligner.readers import read_string
from aligner.segment import segment_document


def test_html_comments_are_no_text() -> None:
    md = (
        "Erste Zeile.\n"
        "<!-- Hinweis: nicht übersetzen. Noch ein Satz. -->\n"
        "\n"
        "Vor <!-- inline. --> nach dem Kommentar.\n"
        "\n"
        "<!--\n"
        "Über mehrere Zeilen.\n"
        "\n"
        "Mit Leerzeile. -->\n"
        "Letzter Absatz.\n"
    )
    doc = read_string(md, lang="de", input_format="markdown")
    assert segment_document(doc).sentences == (
        "Erste Zeile.", "Vor  nach dem Kommentar.", "Letzter Absatz.")
    assert "Hinweis" not in doc.text and "Zeilen" not in doc.text


def test_a_comment_in_fenced_code_stays_code() -> None:
    md = "```\n<!-- ein Kommentar. -->\n```\n"
    doc = read_string(md, lang="de", input_format="markdown")
    assert segment_document(doc).sentences == ("<!-- ein Kommentar. -->",)


def test_a_fenced_code_line_is_one_segment() -> None:
    md = "运行：\n\n```bash\nrun --all   # 全部。不要中断！\n\n  stop.  Now.\n```\n完成。\n"
    doc = read_string(md, lang="zh", input_format="markdown")
    seg = segment_document(doc)
    assert seg.sentences == ("运行：", "run --all   # 全部。不要中断！", "stop.  Now.", "完成。")
    assert [doc.blocks[s.block].kind for s in seg.segments][1:3] == [BlockKind.LINE] * 2
    # a code block's lines are part code, for a tool that leaves code out of a memory
    assert [doc.blocks[s.block].part for s in seg.segments] == [
        Part.BODY, Part.CODE, Part.CODE, Part.BODY]
    for s in seg.segments:
        assert s.text == doc.text[s.start : s.end]


def test_admonition_markers_and_heading_attributes_are_no_text() -> None:
    md = ("# Keyboard shortcuts {#shortcuts}\n\n## Install {.unnumbered}\n\n"
          "!!! warning\n    Quit the app first.\n\n"
          '!!! note "Before you start"\n    Back up your files.\n\n'
          ":::tip\nUse the tray icon.\n:::\n\n:::info[Heads up]\nCheck the log.\n:::\n\n"
          "::: {.note}\nA div.\n:::\n\n> [!WARNING]\n> Do not unplug.\n\n"
          "Use {#id} in text. See !!! here.\n")
    doc = read_string(md, lang="en", input_format="markdown")
    assert [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks] == [
        (BlockKind.HEADING, "Keyboard shortcuts"), (BlockKind.HEADING, "Install"),
        (BlockKind.PARAGRAPH, "Quit the app first."),
        (BlockKind.PARAGRAPH, "Before you start"), (BlockKind.PARAGRAPH, "Back up your files."),
        (BlockKind.PARAGRAPH, "Use the tray icon."),
        (BlockKind.PARAGRAPH, "Heads up"), (BlockKind.PARAGRAPH, "Check the log."),
        (BlockKind.PARAGRAPH, "A div."), (BlockKind.PARAGRAPH, "Do not unplug."),
        (BlockKind.PARAGRAPH, "Use {#id} in text. See !!! here."),
    ]
