"""Finding what to look at in a real browser (headless Chromium): n, g, N, confirm all and
its undo, the place kept for another day, the sentences of an n:m bead told apart.

Skipped locally without Chromium, failed in CI; see ``tests/_tools.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aligner.formats.alignment_json import read_alignment_json, write_alignment_json
from aligner.model import Alignment, Bead

from .test_browser import Keyboard, _open
from .test_browser import context as context  # the fixture

pytestmark = pytest.mark.external

SRC = ("The house stood at the end of the road.",
       "He was listening to the radio, where a man spoke of the tide.",
       "The choices of a city take decades to bear fruit.",
       "She wrote a long letter to her brother about the harbour and the boats and the "
       "winter storms.",
       "The garden was quiet in the morning.",
       "Nobody came to the door that evening.",
       "The furniture was covered with white sheets.",
       "On the kitchen table, a letter bore her name.",
       "They left before the rain.")
TGT = ("La casa estaba al final del camino.",
       "Escuchaba la radio.", "Un hombre hablaba de la marea.",
       "The choices of a city take decades to bear fruit.",  # left untranslated
       "Escribió una larga carta a su hermano.", "Hablaba del puerto y de los barcos.",
       "Y de las tormentas del invierno.",
       "El jardín estaba tranquilo por la mañana.",
       "Nadie llamó a la puerta aquella tarde.",
       "Sobre la mesa de la cocina, una carta llevaba su nombre.",
       "Los muebles estaban cubiertos con sábanas blancas.",
       "Se fueron antes de la lluvia.")
BEADS = (Bead((0,), (0,), 0.9),
         Bead((1,), (1, 2), 0.92),  # n:m, sure: not doubtful
         Bead((2,), (3,), 0.99),  # untranslated: an error, doubtful
         Bead((3,), (4, 5, 6), 0.53),  # n:m below 0.75: doubtful
         Bead((4,), (7,), 0.9),
         Bead((5,), (8,), 0.3),  # low confidence: doubtful
         Bead((6, 7), (9, 10), 0.89),  # a crossed 2-2, sure: not doubtful
         Bead((8,), (11,), 0.9))


def _focus(page: Any) -> int:
    return int(page.evaluate("document.body.dataset.focus"))


def test_n_g_and_shift_n_find_their_beads_and_the_place_is_kept(
        serve: Any, context: Any, browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "find.json"
    write_alignment_json(Alignment(SRC, TGT, BEADS, "en", "es"), path)
    served = serve(path, glossary=False)
    page, problems = _open(context, served.url)
    doubtful = page.eval_on_selector_all("#rows > [data-bead]",
                                         "els => els.map(e => e.dataset.doubtful)")
    assert doubtful == ["0", "0", "1", "1", "0", "1", "0", "0"]
    assert page.get_attribute("#rows-data", "data-doubtful") == "3"
    # n: the doubtful beads, in order, and no further
    visits = []
    for _ in range(4):
        page.keyboard.press("n")
        visits.append(_focus(page))
    assert visits == [2, 3, 5, 5]
    assert page.inner_text("#status") == "no doubtful bead after this one"
    page.keyboard.press("p")
    assert _focus(page) == 3
    # g / G: every n:m bead, doubtful or not
    keys = Keyboard(page)
    keys.press("Home")
    visits = []
    for _ in range(3):
        keys.press("g")
        visits.append(_focus(page))
    assert visits == [1, 3, 6]
    keys.press("G")
    assert _focus(page) == 3
    # the sentences of an n:m bead's side are told apart
    assert page.locator("#bead-3 .t .sb").count() == 2
    assert page.locator("#bead-6 .s .sb").count() == 1
    assert page.locator("#bead-0 .s .sb").count() == 0
    assert page.evaluate("getComputedStyle(document.querySelector('#bead-3 .t .sb'), "
                         "'::after').content") == '"|"'
    assert page.inner_text("#bead-1 .t") == f"{TGT[1]} {TGT[2]}"  # the text stays the text
    # C on bead 3: the five sure beads confirmed, the focus stays; so does it on undo/redo
    keys.edit("Shift+C")
    reviews = page.eval_on_selector_all("#rows > [data-bead]",
                                        "els => els.map(e => e.dataset.review)")
    assert reviews == ["confirmed", "confirmed", "", "", "confirmed", "", "confirmed",
                       "confirmed"]
    assert _focus(page) == 3
    keys.edit("u")
    assert _focus(page) == 3 and "undid confirm-all" in page.inner_text("#status")
    keys.edit("U")
    assert _focus(page) == 3
    # N: the next bead nobody has marked (here the doubtful ones are the only ones left)
    keys.press("Home")
    visits = []
    for _ in range(4):
        keys.press("N")
        visits.append(_focus(page))
    assert visits == [2, 3, 5, 5]
    assert page.inner_text("#status") == "no unmarked bead after this one"
    keys.press("P")
    assert _focus(page) == 3
    # the place is kept on the server: another browser, another day, opens there
    with page.expect_request(lambda r: r.url.endswith("/api/place")) as sent:
        keys.press("l")
    assert sent.value.post_data_json == {"bead": 3, "side": "target"}
    page.wait_for_timeout(200)  # the answer written
    fresh = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        other, _ = _open(fresh, served.url)
        assert _focus(other) == 3
        assert other.evaluate("document.body.dataset.side") == "target"
    finally:
        fresh.close()
    assert problems == []
    assert [b.review is not None for b in read_alignment_json(path).beads] == [
        True, True, False, False, True, False, True, True]
