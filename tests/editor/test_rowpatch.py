"""The rows an edit changes (worked out by hand), and the checks run once per version."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from aligner.editor.rowpatch import ViewCache, diff_rows
from aligner.editor.view import PageView, page_view
from aligner.model import Alignment, Bead

SRC = ("Pulse el botón rojo.", "El motor arranca.", "Espere 5 minutos.", "Abra la tapa.",
       "Cierre la tapa con 4 tornillos.")
# bead 4 has the one finding: number-mismatch (its 4 is not in the target)
TGT = ("Press the red button.", "The engine starts.", "Wait 5 minutes.", "Open the lid.",
       "Close the lid with the screws.")
ONE_ONE = tuple(Bead((k,), (k,), 0.9) for k in range(5))
AL = Alignment(SRC, TGT, ONE_ONE, "es", "en")


def _view(al: Alignment) -> PageView:
    return page_view(al, None)


def _patch(old: Alignment, new: Alignment) -> tuple[int, int, list[int], int]:
    a, b = _view(old), _view(new)
    p = diff_rows(a.rows, b.rows, len(a.data.findings), len(b.data.findings))
    return p.start, p.removed, [r.number for r in p.rows], p.finding_shift


def test_a_merge_sends_the_merged_row_and_renumbers_the_rest() -> None:
    # beads 1 and 2 become one: old rows 1, 2 go, new row 1 comes; rows 3, 4 are
    # the same and only move up (bead 4's finding keeps its index: none came or went
    # before it)
    merged = replace(AL, beads=(ONE_ONE[0], Bead((1, 2), (1, 2), 1.0), *ONE_ONE[3:]))
    assert _patch(AL, merged) == (1, 2, [1], 0)


def test_a_split_sends_the_two_rows_it_makes() -> None:
    two = replace(AL, beads=(ONE_ONE[0], Bead((1, 2), (1, 2), 0.9), *ONE_ONE[3:]))
    assert _patch(two, AL) == (1, 1, [1, 2], 0)


def test_a_confirm_sends_one_row() -> None:
    from datetime import UTC, datetime

    from aligner.model import Review, ReviewState

    mark = Review(ReviewState.CONFIRMED, datetime(2026, 12, 6, tzinfo=UTC))
    confirmed = replace(AL, beads=(*ONE_ONE[:2], replace(ONE_ONE[2], review=mark),
                                   *ONE_ONE[3:]))
    assert _patch(AL, confirmed) == (2, 1, [2], 0)


def test_a_finding_gone_far_from_the_edit_takes_the_rows_between() -> None:
    # the same source twice, translated two ways: both rows show the inconsistency.
    # Bead 3's target made the same as bead 0's: it is gone from both, so rows 0 to 3
    # are sent (row 0 changed though nothing was done to it)
    src = ("Pulse el botón rojo.", "El motor arranca.", "Espere.", "Pulse el botón rojo.")
    tgt = ("Press the red button.", "The engine starts.", "Wait.", "Push the red knob.")
    two_ways = Alignment(src, tgt, ONE_ONE[:4], "es", "en")
    assert [[f.finding.code for f in r.findings] for r in _view(two_ways).rows] == [
        ["segment-inconsistent"], [], [], ["segment-inconsistent"]]
    fixed = replace(two_ways, tgt_sentences=(*tgt[:3], "Press the red button."))
    assert _patch(two_ways, fixed) == (0, 4, [0, 1, 2, 3], -2)
    # a finding that names beads ("units 0, 3") names others after a merge: its rows
    # are sent too, though only beads 1 and 2 were merged
    merged = replace(two_ways, beads=(ONE_ONE[0], Bead((1, 2), (1, 2), 1.0),
                                      replace(ONE_ONE[3], src=(3,), tgt=(3,))))
    assert _patch(two_ways, merged) == (0, 4, [0, 1, 2], 0)


def test_a_finding_that_comes_before_shifts_the_indices_after() -> None:
    # a number appears in bead 1's target only
    # (number-mismatch): one finding more before rows 2-4, whose own findings (bead 4's
    # number-mismatch, index 0 before, 1 now) move by one
    broken = replace(AL, tgt_sentences=(TGT[0], "The engine starts in 3 seconds.", *TGT[2:]))
    assert _patch(AL, broken) == (1, 1, [1], 1)


def test_nothing_changed_sends_nothing() -> None:
    assert _patch(AL, AL) == (5, 0, [], 0)


def test_the_checks_run_once_per_version() -> None:
    made: list[Alignment] = []

    def make(al: Alignment) -> PageView:
        made.append(al)
        return _view(al)

    cache = ViewCache(make)
    first = cache.get(AL, 0)
    assert cache.get(AL, 0) is first and len(made) == 1
    other = replace(AL, beads=(Bead((0, 1), (0, 1), 1.0), *ONE_ONE[2:]))
    cache.get(other, 1)
    assert cache.cached(None, 0) is first  # the version the page showed is kept
    assert len(made) == 2
    # the same number on another alignment (a store read anew after a change) is
    # not taken for it
    cache.get(AL, 1)
    assert len(made) == 3


SAME_ROWS = """(html) => {
  const made = document.createElement("template");
  made.innerHTML = html;
  const plain = (el) => {  // the focus is the page's own, not the server's
    const copy = el.cloneNode(true);
    copy.classList.remove("focus");
    for (const x of copy.querySelectorAll(".side-focus")) x.classList.remove("side-focus");
    return copy.outerHTML;
  };
  const rows = (root) => [...root.querySelectorAll(".r[data-bead]")].map(plain);
  return [rows(made.content), rows(document.getElementById("rows")),
          made.content.getElementById("rows-data").outerHTML,
          document.getElementById("rows-data").outerHTML,
          made.content.getElementById("counts").outerHTML,
          document.getElementById("counts").outerHTML];
}"""


#: Keys that edit, one edit each (``fill``: type a text into the open text edit;
#: ``caret``: put the cursor of the open sentence split at its sentence's first space).
EDITS = (("3", "Enter", "m"), ("s",), ("9", "0", "Enter", "l", "Shift+D"),
         ("1", "4", "6", "Enter", "d"), ("1", "0", "Enter", "c"), ("Shift+C",), ("u",),
         ("u",), ("U",), ("5", "Enter", "e", "fill", "Enter"),
         ("2", "0", "Enter", "h", "Shift+S", "caret", "Enter"), ("u",))


@pytest.mark.external
def test_the_page_after_edits_is_what_all_its_rows_fetched_again_would_be(
        serve: Any, corpus_json: Path, browser: Any) -> None:
    """Merge, split, detach (renumbering every bead after), confirm, confirm all, a text
    edit, a sentence split (renumbering the sentences after), undo and redo on the corpus
    with its glossary: after each, the rows the page patched are exactly the server's full
    rows, and the page never fetched them all."""
    import httpx2 as httpx

    served = serve(corpus_json)
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        fetched_all: list[str] = []
        page.on("request", lambda r: fetched_all.append(r.url) if r.url.endswith("/rows")
                else None)
        page.goto(served.url)
        page.wait_for_selector("body[data-ready='1']", state="attached")
        # a deadline for a hung server, not a speed bar: the first edit loads the lemma
        # tables (some 20 s on a loaded machine, past httpx's default of 5 s)
        with httpx.Client(timeout=300.0) as server:
            server.get(served.url)  # the cookie
            for version, keys in enumerate(EDITS, start=1):
                for key in keys:
                    if key == "fill":
                        page.fill("#text-edit textarea", "A sentence corrected by hand.")
                    elif key == "caret":
                        page.evaluate("document.activeElement.setSelectionRange("
                                      "document.activeElement.value.indexOf(' '), "
                                      "document.activeElement.value.indexOf(' '))")
                    else:
                        page.keyboard.press(key)
                page.wait_for_selector(f'#rows-data[data-version="{version}"]',
                                       state="attached")
                page.wait_for_selector("body:not([data-busy])", state="attached")
                full = server.get(served.base + "/doc/1/rows").text
                want, have, want_data, have_data, want_counts, have_counts = page.evaluate(
                    SAME_ROWS, full)
                assert have == want, keys
                assert (have_data, have_counts) == (want_data, want_counts), keys
        assert fetched_all == []
        assert 'data-review="confirmed"' in want[10] and 'data-review="edited"' in want[5]
    finally:
        context.close()
