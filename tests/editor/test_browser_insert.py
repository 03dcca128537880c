"""Inserting a sentence in a real browser (headless Chromium): i, the typed text, Enter.

Skipped locally without Chromium, failed in CI; see ``tests/_tools.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aligner.formats.alignment_json import read_alignment_json, write_alignment_json
from aligner.model import Alignment, Bead

from .test_browser import Keyboard, _beads_on_page, _open
from .test_browser import context as context  # the fixture
from .test_rowpatch import SAME_ROWS

pytestmark = pytest.mark.external

# Bead 1's Spanish sentence is left out of the translation (a 1-0 bead); bead 3's English
# one has no Spanish (a 0-1 bead)
SRC = ("Hola.", "Nadie lo esperaba.", "Adiós.")
TGT = ("Hello.", "Bye.", "See you soon.")
START = Alignment(SRC, TGT, (Bead((0,), (0,), 0.9), Bead((1,), (), 0.6),
                             Bead((2,), (1,), 0.9), Bead((), (2,), 0.6)), "es", "en")
#: Typed into the box: the page's keys (j, k, d, m, u, i, ...) are text there
TYPED = "Nobody expected it, just like that."


def _same_as_fetched(page: Any) -> None:
    """The rows the page patched after an edit are those the server renders now."""
    full = page.evaluate("async () => (await fetch('/doc/1/rows', "
                         "{credentials: 'same-origin'})).text()")
    want, have, want_data, have_data, _, _ = page.evaluate(SAME_ROWS, full)
    assert (have, have_data) == (want, want_data)


def test_a_sentence_left_out_is_inserted_with_i_and_undone(
        serve: Any, context: Any, tmp_path: Path) -> None:
    path = tmp_path / "left-out.json"
    write_alignment_json(START, path)
    served = serve(path, glossary=False)
    page, problems = _open(context, served.url)
    keys = Keyboard(page)
    box = page.locator("#sentence-insert textarea")
    keys.press("j", "h", "i")  # the source side has its sentence: said, nothing opened
    assert ("bead 1 has a source sentence: i inserts one only on an empty side (its "
            "target side is empty: l, then i)") in page.inner_text("#status")
    assert page.locator("#sentence-insert").count() == 0
    keys.press("k", "i")  # bead 0, a 1-1: neither side takes one
    assert ("bead 0 has a source sentence: i inserts one only on an empty side (beside a "
            "sentence left without a counterpart)") in page.inner_text("#status")
    keys.press("j", "l", "i")
    assert page.get_attribute("#sentence-insert", "data-bead") == "1"
    assert page.get_attribute("#sentence-insert", "data-side") == "target"
    assert box.count() == 1 and box.input_value() == ""
    assert page.evaluate("document.activeElement.closest('#sentence-insert') !== null")
    page.keyboard.press("Escape")  # cancelled: nothing sent
    assert page.locator("#sentence-insert").count() == 0
    assert "no sentence inserted" in page.inner_text("#status")
    keys.press("i", "Enter")  # nothing typed: said, the box stays, nothing sent
    assert "an inserted sentence cannot be empty" in page.inner_text("#status")
    assert box.count() == 1
    page.keyboard.type(TYPED)
    assert box.input_value() == TYPED
    assert page.get_attribute("#rows-data", "data-version") == "0"
    assert page.get_attribute("body", "data-focus") == "1"  # j, k, ... typed, not pressed
    keys.edit("Enter")
    assert page.locator("#sentence-insert").count() == 0
    assert _beads_on_page(page) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((), (3,))]
    assert page.get_attribute("#bead-1", "data-review") == "edited"
    assert page.get_attribute("body", "data-focus") == "1"
    assert TYPED in page.inner_text("#bead-1 > .t")
    assert "insert-sentence: saved" in page.inner_text("#status")
    _same_as_fetched(page)
    saved = read_alignment_json(path)
    assert saved.tgt_sentences == ("Hello.", TYPED, "Bye.", "See you soon.")
    # the source side of the 0-1 bead, from the toolbar's button
    keys.press("End", "h")
    page.click("#toolbar button[data-act='insert-sentence']")
    page.focus("#sentence-insert textarea")
    page.keyboard.type("Hasta pronto.")
    keys.edit("Enter")
    assert _beads_on_page(page) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]
    _same_as_fetched(page)
    assert read_alignment_json(path).src_sentences == (*SRC, "Hasta pronto.")
    keys.edit("u")
    keys.edit("u")
    assert "undid insert-sentence" in page.inner_text("#status")
    assert page.get_attribute("body", "data-focus") == "1"
    assert read_alignment_json(path) == START
    assert _beads_on_page(page) == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((), (2,))]
    keys.edit("U")
    assert _beads_on_page(page) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((), (3,))]
    _same_as_fetched(page)
    assert problems == [] and page.evaluate("window.__csp") == []
