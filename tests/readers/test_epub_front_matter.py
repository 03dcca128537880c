"""EPUB front matter about the edition (copyright page, dedication, ...): kept as text,
read as the part front matter (tests/fixtures/README.md: frontmatter-*.epub).  The
expected parts are written by hand from tests/fixtures/src/frontmatter-*.md."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from aligner.pipeline import segment_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# The German book: its copyright page (a chapter of its own, typed copyright-page) and
# the dedication inside chapter one (a section typed dedication) are front matter, kept
# where they stand; pandoc's title page is left out, as the landmarks say.
GERMAN = [
    ("front-matter", "Impressum"),
    ("front-matter", "© 2025 Lena Roth."),
    ("front-matter", "Alle Rechte vorbehalten."),
    ("heading", "Erstes Kapitel"),
    ("body", "Die Brücke war alt."),
    ("body", "Niemand wusste, wer sie gebaut hatte."),
    ("front-matter", "Widmung"),
    ("front-matter", "Für meinen Bruder."),
    ("heading", "Zweites Kapitel"),
    ("body", "Im Winter fror der Fluss zu."),
]


def _parts(path: Path, lang: str) -> list[tuple[str, str]]:
    seg = segment_file(path, lang)
    blocks = seg.document.blocks
    return [(blocks[s.block].part.value, s.text) for s in seg.segments]


def _rewritten(path: Path, out: Path, edit: Callable[[str, bytes], bytes]) -> Path:
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, edit(info.filename, src.read(info)))
    return out


def test_typed_sections_are_front_matter() -> None:
    assert _parts(FIXTURES / "frontmatter-de.epub", "de") == GERMAN


def test_a_preface_stays_body() -> None:
    """A preface may be the author's, which a translation translates: body text."""
    assert _parts(FIXTURES / "frontmatter-en.epub", "en") == [
        ("heading", "Translator’s Note"),  # pandoc's typographic apostrophe
        ("body", "I kept the names of the original."),
        ("heading", "Chapter One"),
        ("body", "The bridge was old."),
        ("body", "Nobody knew who had built it."),
        ("heading", "Chapter Two"),
        ("body", "In winter the river froze."),
    ]


def _untyped(name: str, data: bytes) -> bytes:
    return re.sub(rb' epub:type="(copyright-page|dedication)"', b"", data) \
        if name.endswith(".xhtml") else data


def test_untyped_sections_are_body(tmp_path: Path) -> None:
    book = _rewritten(FIXTURES / "frontmatter-de.epub", tmp_path / "untyped.epub", _untyped)
    assert _parts(book, "de") == [("heading" if part == "front-matter" and text in (
        "Impressum", "Widmung") else "body" if part == "front-matter" else part, text)
        for part, text in GERMAN]


def test_a_chapter_the_landmarks_or_guide_call_copyright_page(tmp_path: Path) -> None:
    """Without types in the chapter, the book's landmarks (EPUB 3) or guide (EPUB 2)
    saying which document is its copyright page make that chapter front matter."""
    def landmark(name: str, data: bytes) -> bytes:
        data = _untyped(name, data)
        if name.endswith("nav.xhtml"):
            data = data.replace(b"</ol>\n</nav>", b'<li><a href="text/ch001.xhtml" '
                                b'epub:type="copyright-page">Impressum</a></li></ol>\n</nav>')
            assert b'epub:type="copyright-page"' in data
        return data

    def guide(name: str, data: bytes) -> bytes:
        data = _untyped(name, data)
        if name.endswith(".opf"):
            data = re.sub(rb"</spine>\s*(<guide>)?", b'</spine><guide><reference type='
                          b'"copyright-page" href="text/ch001.xhtml"/>', data)
            data = data if b"</guide>" in data else data.replace(b"</package>",
                                                                 b"</guide></package>")
        return data

    # the dedication, untyped now, is body; the copyright page's chapter is front matter
    expected = [(part if text not in ("Widmung", "Für meinen Bruder.") else
                 "heading" if text == "Widmung" else "body", text) for part, text in GERMAN]
    for edit in (landmark, guide):
        book = _rewritten(FIXTURES / "frontmatter-de.epub", tmp_path / "marked.epub", edit)
        assert _parts(book, "de") == expected, edit.__name__
