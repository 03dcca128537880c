"""Pandoc's metadata block at the top of a Markdown file (readers/mdmeta.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.pipeline import segment_file
from aligner.readers import read_string
from aligner.readers.mdmeta import MetaField, front_matter

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# src/frontmatter.md (YAML) as pandoc's DOCX and ODT show it, and src/titleblock.md (a
# % block) as its DOCX shows it, written by hand; lang and keywords are not shown.
FRONTMATTER = [
    ("heading", "The Keeper of Punta Brava"), ("heading", "A novel"),
    ("body", "Helena Marsh"), ("body", "Ann Lee"), ("body", "3 March 1908"),
    ("body", "A keeper arrives on the island."), ("body", "He stays for twenty years."),
    ("heading", "Chapter 1. Arrival"), ("body", "The boat left at dawn."),
    ("body", "The island was already visible."),
]
TITLEBLOCK = [s for s in FRONTMATTER if s[1] not in ("A novel", "A keeper arrives on the island.",
                                                     "He stays for twenty years.")]


@pytest.mark.parametrize(("name", "sentences"), [
    ("src/frontmatter.md", FRONTMATTER), ("frontmatter.docx", FRONTMATTER),
    ("frontmatter.odt", FRONTMATTER), ("src/titleblock.md", TITLEBLOCK),
    ("titleblock.docx", TITLEBLOCK),
])
def test_the_metadata_reads_as_pandocs_documents_show_it(
        name: str, sentences: list[tuple[str, str]]) -> None:
    seg = segment_file(FIXTURES / name, "en")
    assert [(seg.document.blocks[s.block].part.value, s.text)
            for s in seg.segments] == sentences


@pytest.mark.parametrize(("source", "fields"), [
    # quoted values, comments; keys are case-sensitive (Title is no title)
    ("---\ntitle: 'It''s late' # no\nTitle: x\nauthor: \"A \\\"B\\\" C\" # no\n"
     "date: May # no\n---\n",
     [("title", "It's late"), ("author", 'A "B" C'), ("date", "May")]),
    # a plain value over two lines; a folded abstract; authors as mappings (pandoc's)
    ("---\ntitle: The long\n  title\nabstract: >\n  One\n  line.\n\n  Two.\nauthor:\n"
     "- name: Ann Lee\n  affiliation: X\n- name: Bo Li\n...\n",
     [("title", "The long title"), ("author", "Ann Lee"), ("author", "Bo Li"),
      ("abstract", "One line.\n\nTwo.")]),
    # a flow list, quotes holding a comma; other keys left out
    ("---\nauthor: [Ann Lee, \"Li, Bo\"]\nlang: de\nheader-includes:\n  - x\n---\n",
     [("author", "Ann Lee"), ("author", "Li, Bo")]),
    # a title block: the title over two lines, no author, the date
    ("% The\n  Keeper\n%\n% 1908\n", [("title", "The Keeper"), ("date", "1908")]),
])
def test_fields(source: str, fields: list[tuple[str, str]]) -> None:
    found, used = front_matter(source.splitlines())
    assert [(f.name, f.text) for f in found] == fields
    assert used == len(source.splitlines())


@pytest.mark.parametrize("source", [
    "---\n\ntitle: x\n---\n",  # a blank line after the opening: a rule (pandoc)
    "---\ntitle: x\n",  # never closed
    "Text.\n\n---\ntitle: x\n---\n",  # not at the top
    "# Title\n% not a title block\n",
])
def test_no_metadata_block(source: str) -> None:
    assert front_matter(source.splitlines()) == ([], 0)


def test_a_block_is_left_out_of_the_text_with_its_other_keys() -> None:
    doc = read_string("---\nlang: en-GB\n---\n\nText.\n", lang="en", input_format="markdown")
    assert doc.text == "Text."
    assert front_matter(["% T"]) == ([MetaField("title", "T")], 1)
