"""The report in a real browser (headless Chromium driven by Playwright).

Skipped locally without Chromium, failed in CI; see ``tests/_tools.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aligner.report import ReportData, write_report
from tests.conftest import WATCH_CSP

from .conftest import TEST_OUTPUT
from .sample import INJECTED_IMG, INJECTED_SCRIPT, sample_report_data

pytestmark = pytest.mark.external


class Problems:
    """Console errors, page errors, dialogs and CSP violations seen by a page."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        page.on("dialog", self._dialog)

    def _console(self, msg: Any) -> None:
        if msg.type in ("error", "warning"):
            self.errors.append(f"console {msg.type}: {msg.text}")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def all(self) -> list[str]:
        csp = self.page.evaluate("window.__csp || []")
        return self.errors + [f"dialog: {d}" for d in self.dialogs] + [f"CSP: {c}" for c in csp]


def _open(browser: Any, path: Path, **context_options: Any) -> Iterator[tuple[Any, Problems]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **context_options)
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    problems = Problems(page)
    page.goto(path.resolve().as_uri())
    yield page, problems
    context.close()


@pytest.fixture
def opened(browser: Any, report_file: Path) -> Iterator[tuple[Any, Problems]]:
    yield from _open(browser, report_file)


@pytest.fixture
def page(opened: tuple[Any, Problems]) -> Any:
    return opened[0]


def test_one_row_per_bead(page: Any, report_data: ReportData) -> None:
    beads = page.eval_on_selector_all("[data-bead]", "els => els.map(e => e.dataset.bead)")
    assert beads == [str(b) for b in range(len(report_data.beads))]


def test_one_map_point_per_bead(page: Any, report_data: ReportData) -> None:
    points = page.eval_on_selector_all("[data-point]", "els => els.map(e => e.dataset.point)")
    assert sorted(points, key=int) == [str(b) for b in range(len(report_data.beads))]


def _visible_findings(page: Any) -> list[tuple[str, str]]:
    return page.eval_on_selector_all(
        "#findings-list [data-finding]",
        "els => els.filter(e => e.offsetParent !== null)"
        ".map(e => [e.dataset.code, e.dataset.severity])",
    )


def test_code_filter_hides_the_other_findings(page: Any, report_data: ReportData) -> None:
    codes = sorted({f.code for f in report_data.findings})
    assert len(codes) >= 2, "the report under test needs findings of two codes at least"
    assert len(_visible_findings(page)) == len(report_data.findings)
    for code in codes:
        page.select_option("#filter-code", code)
        visible = _visible_findings(page)
        assert {c for c, _ in visible} == {code}
        assert len(visible) == sum(1 for f in report_data.findings if f.code == code)
    page.select_option("#filter-code", "")
    assert len(_visible_findings(page)) == len(report_data.findings)


def test_severity_filter_hides_the_other_findings(page: Any, report_data: ReportData) -> None:
    for severity in sorted({f.severity for f in report_data.findings}, key=lambda s: s.rank):
        page.select_option("#filter-severity", severity.value)
        visible = _visible_findings(page)
        assert {s for _, s in visible} == {severity.value}
        assert len(visible) == sum(1 for f in report_data.findings if f.severity is severity)
        assert page.text_content("#filter-count") == (
            f"{len(visible)} of {len(report_data.findings)} shown"
        )


def _in_viewport(page: Any, selector: str) -> bool:
    """Whether the element's top edge is on screen and below the sticky column heads."""
    return bool(
        page.eval_on_selector(
            selector,
            "e => { const r = e.getBoundingClientRect();"
            " const head = document.querySelector('.rows-head').getBoundingClientRect();"
            " return r.height > 0 && r.top >= head.bottom - 1 && r.top < window.innerHeight; }",
        )
    )


@pytest.mark.parametrize("which", ["first row below the fold", "last row"])
def test_clicking_a_map_point_brings_its_row_into_view(
    page: Any, report_data: ReportData, which: str
) -> None:
    # A point another point covers cannot be clicked: take the first bead from
    # the chosen end whose point is on top at its centre.
    page.locator("#map svg").scroll_into_view_if_needed()
    beads = page.evaluate(
        "[...document.querySelectorAll('[data-bead]')]"
        ".filter(e => e.getBoundingClientRect().top > innerHeight).map(e => +e.dataset.bead)"
        ".filter(b => { const p = document.querySelector(`[data-point='${b}']`);"
        " const r = p.getBoundingClientRect();"
        " return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === p; })"
    )
    # first: a row the page can scroll to the top, where the sticky heads could hide it
    bead = beads[-1] if which == "last row" else beads[0]
    assert not _in_viewport(page, f"#bead-{bead}")
    page.click(f'[data-point="{bead}"]')
    page.wait_for_function(f"location.hash === '#bead-{bead}'")
    assert _in_viewport(page, f"#bead-{bead}")


def test_finding_links_lead_to_their_rows(page: Any, report_data: ReportData) -> None:
    k = max(range(len(report_data.findings)), key=lambda i: report_data.findings[i].unit)
    unit = report_data.findings[k].unit
    page.click(f'#findings-list [data-finding="{k}"] a')
    page.wait_for_function(f"location.hash === '#bead-{unit}'")
    assert _in_viewport(page, f"#bead-{unit}")
    assert page.is_visible(f'#bead-{unit} [data-row-finding="{k}"]')


def test_flagged_rows_filter_shows_findings_and_low_confidence_only(
    page: Any, report_data: ReportData
) -> None:
    with_findings = {f.unit for f in report_data.findings}
    low = {
        b
        for b, bead in enumerate(report_data.beads)
        if report_data.has_confidence and not bead.is_null
        and bead.score < report_data.low_confidence
    }
    page.check("#filter-flagged")
    shown = page.eval_on_selector_all(
        "[data-bead]", "els => els.filter(e => e.offsetParent !== null).map(e => +e.dataset.bead)"
    )
    assert set(shown) == with_findings | low


def test_no_console_errors(opened: tuple[Any, Problems]) -> None:
    page, problems = opened
    # Some use of the page first: every filter, then a point (whichever is on top there).
    options = page.eval_on_selector_all("#filter-severity option", "os => os.map(o => o.value)")
    for option in options:
        page.select_option("#filter-severity", option)
    page.check("#filter-flagged")
    page.click('[data-point="0"]', force=True)
    page.wait_for_timeout(200)
    assert problems.all() == []


def test_screenshot_for_a_person(page: Any) -> None:
    TEST_OUTPUT.mkdir(exist_ok=True)
    shot = TEST_OUTPUT / "report.png"
    # Rows off screen are not painted (content-visibility: auto), so make the
    # viewport as tall as the page (capped) before taking the picture.
    for _ in range(3):
        height = min(page.evaluate("document.documentElement.scrollHeight"), 12_000)
        page.set_viewport_size({"width": 1280, "height": height})
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_without_javascript_everything_is_shown(
    browser: Any, report_file: Path, report_data: ReportData
) -> None:
    for page, problems in _open(browser, report_file, java_script_enabled=False):
        assert not page.is_visible("#findings-controls")
        assert not page.is_visible("#rows-controls")
        assert len(_visible_findings(page)) == len(report_data.findings)
        assert page.locator("[data-bead]").count() == len(report_data.beads)
        assert problems.errors == []


def test_print_layout_hides_the_controls(page: Any) -> None:
    page.emulate_media(media="print")
    assert not page.is_visible("nav")
    assert page.eval_on_selector(
        "[data-bead]", "e => getComputedStyle(e).contentVisibility"
    ) == "visible"


@pytest.fixture(scope="module")
def injected_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Always the hand-made sample: it carries markup in a sentence pair and a finding."""
    path = tmp_path_factory.mktemp("injected") / "report.html"
    write_report(sample_report_data(), path)
    return path


def test_injected_markup_runs_no_script_and_shows_as_text(
    browser: Any, injected_file: Path
) -> None:
    for page, problems in _open(browser, injected_file):
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert problems.all() == []
        row = page.text_content('[data-bead="10"]') or ""
        assert INJECTED_SCRIPT in row
        assert INJECTED_IMG in row
        assert page.locator("#rows img, #rows script").count() == 0


# Where the quotation's box ends and where the English after it begins, on the screen
_QUOTE_THEN_NUMBER = """li => {
    const bdi = li.querySelector('bdi');
    const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode()) && !node.data.includes('(2,100,000)')) {}
    const range = document.createRange();
    const at = node.data.indexOf('(2,100,000)');
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    return [bdi.getBoundingClientRect().right, range.getBoundingClientRect().left];
}"""


def test_a_right_to_left_quotation_reads_in_the_messages_order(
        browser: Any, tmp_path: Path) -> None:
    """``'٢٫١ مليون' (2,100,000) not in the source``: the Arabic quotation is drawn
    before the English number, in the findings list and under the row alike (an Arabic
    walk's row showed ``'(2,100,000) '٢٫١ مليون``)."""
    from dataclasses import replace

    from aligner.model import Finding, Severity

    message = "numbers differ: '٢٫١ مليون' (2,100,000) not in the source"
    data = replace(sample_report_data(), tgt_lang="ar",
                   findings=(Finding("number-mismatch", Severity.ERROR, 4, message),))
    path = tmp_path / "report.html"
    write_report(data, path)
    for page, _ in _open(browser, path):
        for selector in ('#findings-list li[data-finding="0"]', 'li[data-row-finding="0"]'):
            quote_ends, number_starts = page.eval_on_selector(selector, _QUOTE_THEN_NUMBER)
            assert quote_ends <= number_starts + 1, selector
