"""Hypothesis strategies shared by the format tests."""

from __future__ import annotations

from hypothesis import strategies as st

from aligner.model import Alignment, Bead

# Any character XML 1.0 allows: no surrogates, no C0 controls but TAB/LF/CR,
# no U+FFFE/U+FFFF.
XML_TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters=[chr(c) for c in range(0x20) if c not in (0x9, 0xA, 0xD)]
        + ["\ufffe", "\uffff"],
    )
)

# Any text that UTF-8 can encode (everything but lone surrogates).
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)))


def one_to_one(pairs: list[tuple[str, str]], src: str = "es", tgt: str = "en") -> Alignment:
    """An alignment of 1-1 beads over ``pairs``."""
    return Alignment(
        src_sentences=tuple(s for s, _ in pairs),
        tgt_sentences=tuple(t for _, t in pairs),
        beads=tuple(Bead((i,), (i,), 0.5) for i in range(len(pairs))),
        src_lang=src,
        tgt_lang=tgt,
    )


def translations(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs a writer exports: those with text on both sides (a bead with a blank
    side is no translation unit, ``formats.units.export_rows``)."""
    return [(s, t) for s, t in pairs if s.strip() and t.strip()]
