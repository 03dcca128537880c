"""The report page without a browser: escaping, CSP, URLs, structure, size."""

from __future__ import annotations

import base64
import hashlib
import random
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.errors import AlignerError
from aligner.model import OMITTED_MEMBERS, Bead, Finding, Severity, Side, TermMatch, TermStatus
from aligner.report import ReportData, joined_text, render_report, write_report
from aligner.report.data import sentence_spans

from .sample import INJECTED_IMG, INJECTED_SCRIPT, sample_report_data

PAYLOADS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea></style></script><b>bold</b>&amp;",
)


def _doc(page: str) -> Any:
    return lxml.html.document_fromstring(page)


def _row(doc: Any, bead: int) -> Any:
    (row,) = doc.xpath(f'//*[@data-bead="{bead}"]')
    return row


def _cell(doc: Any, bead: int, side: Side) -> Any:
    cls = "s" if side is Side.SOURCE else "t"
    (cell,) = _row(doc, bead).xpath(f'./div[contains(concat(" ", @class, " "), " {cls} ")]')
    return cell


def _classes(element: Any) -> set[str]:
    return set((element.get("class") or "").split())


def _with_payload(field: str, payload: str) -> ReportData:
    data = sample_report_data()
    if field == "src_sentence":
        return replace(data, src_sentences=(payload, *data.src_sentences[1:]), term_matches=())
    if field == "tgt_sentence":
        return replace(data, tgt_sentences=(payload, *data.tgt_sentences[1:]), term_matches=())
    if field in ("message", "code", "source_term"):
        finding = replace(data.findings[0], **{field: payload})
        return replace(data, findings=(finding, *data.findings[1:]))
    if field in ("found", "expected"):  # a term finding's (number-mismatch's message says them)
        finding = replace(data.findings[2], **{field: payload if field == "found" else (payload,)})
        return replace(data, findings=(*data.findings[:2], finding, *data.findings[3:]))
    if field == "term":
        match = replace(data.term_matches[0], term=payload)
        return replace(data, term_matches=(match, *data.term_matches[1:]))
    if field == "settings":
        return replace(data, settings={payload: payload})
    return replace(data, **{field: payload})


FIELDS = (
    "src_sentence", "tgt_sentence", "src_name", "tgt_name", "src_lang", "tgt_lang",
    "message", "code", "source_term", "found", "expected", "term", "settings",
)


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("field", FIELDS)
def test_text_is_escaped_everywhere(field: str, payload: str) -> None:
    page = render_report(_with_payload(field, payload))
    doc = _doc(page)
    # Exactly the report's own script, no injected element, no event-handler attribute.
    assert len(doc.xpath("//script")) == 1
    assert doc.xpath("//img | //b | //textarea | //body//style") == []
    assert len(doc.xpath("//svg")) == 2  # the histogram and the map
    assert doc.xpath("//@*[starts-with(name(), 'on')]") == []
    # ... and the payload is there, as text.
    assert payload in doc.text_content()


def test_the_sample_shows_its_injected_markup_as_text() -> None:
    doc = _doc(render_report(sample_report_data()))
    for side in Side:
        text = _cell(doc, 10, side).text_content()
        assert INJECTED_SCRIPT in text
        assert INJECTED_IMG in text


def _policy(doc: Any) -> dict[str, str]:
    (meta,) = doc.xpath('//head/meta[@http-equiv="Content-Security-Policy"]')
    pairs = (d.strip().split(" ", 1) for d in meta.get("content").split(";"))
    return dict(pairs)  # type: ignore[arg-type]


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_content_security_policy_allows_only_the_inline_style_and_script() -> None:
    doc = _doc(render_report(sample_report_data()))
    policy = _policy(doc)
    (style,) = doc.xpath("//style")
    (script,) = doc.xpath("//script")
    assert policy == {
        "default-src": "'none'",
        "style-src": _sha256(style.text),
        "script-src": _sha256(script.text),
        "base-uri": "'none'",
        "form-action": "'none'",
    }
    # The policy must come before anything it governs.
    head = doc.xpath("//head/*")
    assert [e.tag for e in head[:2]] == ["meta", "meta"]
    assert head[1].get("http-equiv") == "Content-Security-Policy"


# Attributes that make a browser fetch or navigate.
_URL_ATTRIBUTES = {"src", "href", "{http://www.w3.org/1999/xlink}href", "xlink:href", "action",
                   "formaction", "srcset", "poster", "data", "background", "ping"}


@pytest.mark.parametrize(
    "data",
    [
        sample_report_data(),
        _with_payload("src_sentence", 'see <a href="https://example.org/x">x</a> url(http://a/b)'),
        _with_payload("message", '<img src="//host/p.png">'),
        _with_payload("src_name", "https://example.org/es.txt"),
    ],
)
def test_no_absolute_url_anywhere(data: ReportData) -> None:
    doc = _doc(render_report(data))
    urls = [v for e in doc.iter() for k, v in e.attrib.items() if k in _URL_ATTRIBUTES]
    assert len(urls) > len(data.beads), "rows and map points link to rows"
    assert [u for u in urls if not u.startswith("#")] == []
    # No style attribute, and the style sheet names no URL at all.
    assert doc.xpath("//@style") == []
    (style,) = doc.xpath("//style")
    assert re.search(r"url\s*\(|@import", style.text, re.IGNORECASE) is None


def test_one_row_and_one_point_per_bead_in_order() -> None:
    data = sample_report_data()
    doc = _doc(render_report(data))
    n = len(data.beads)
    rows = doc.xpath('//div[@id="rows"]/div')
    assert [r.get("data-bead") for r in rows] == [str(b) for b in range(n)]
    assert [r.get("id") for r in rows] == [f"bead-{b}" for b in range(n)]
    points = doc.xpath("//svg//circle[@data-point]")
    links = {int(p.get("data-point")): p.getparent().get("href") for p in points}
    assert len(points) == n
    assert links == {b: f"#bead-{b}" for b in range(n)}
    # Drawn most confident first, so that the doubtful ones are painted on top.
    assert [int(p.get("data-point")) for p in points] == [0, 2, 7, 3, 6, 1, 10, 4, 8, 5, 9]


def test_findings_list_and_rows_carry_every_finding() -> None:
    data = sample_report_data()
    doc = _doc(render_report(data))
    listed = doc.xpath('//ol[@id="findings-list"]/li')
    assert sorted(int(li.get("data-finding")) for li in listed) == list(range(len(data.findings)))
    for li in listed:
        f = data.findings[int(li.get("data-finding"))]
        assert (li.get("data-code"), li.get("data-severity")) == (f.code, f.severity.value)
        assert li.xpath("./a/@href") == [f"#bead-{f.unit}"]
        in_row = _row(doc, f.unit).xpath(f'.//li[@data-row-finding="{li.get("data-finding")}"]')
        assert len(in_row) == 1
        assert f.message in in_row[0].text_content()
    # The filter controls: hidden until the script shows them.
    controls = doc.get_element_by_id("findings-controls")
    assert controls.get("hidden") is not None
    assert doc.xpath('//select[@id="filter-code"]/option/@value') == [
        "", "addition", "length-ratio", "markup", "number-mismatch", "omission", "term-forbidden"
    ]
    assert doc.xpath('//select[@id="filter-severity"]/option/@value') == [
        "", "error", "warning", "info"
    ]


def test_rows_show_paragraphs_low_confidence_and_null_sides() -> None:
    doc = _doc(render_report(sample_report_data()))
    rows = doc.xpath('//div[@id="rows"]/div')
    assert [int(r.get("data-bead")) for r in rows if "p" in _classes(r)] == [0, 3, 7]
    # beads 5 and 9 are null beads: shown as unaligned (a gap), not as low confidence
    assert [int(r.get("data-bead")) for r in rows if "lo" in _classes(r)] == [8]
    assert "low confidence" in _row(doc, 8).text_content()
    assert "low confidence" not in _row(doc, 5).text_content()
    assert "low confidence" not in _row(doc, 7).text_content()
    assert "gap" in _classes(_cell(doc, 5, Side.TARGET))
    assert "gap" in _classes(_cell(doc, 9, Side.SOURCE))
    assert "gap" not in _classes(_cell(doc, 5, Side.SOURCE))


def test_cells_hold_the_joined_text() -> None:
    data = sample_report_data()
    doc = _doc(render_report(data))
    for b, bead in enumerate(data.beads):
        for side, indices in ((Side.SOURCE, bead.src), (Side.TARGET, bead.tgt)):
            if indices:
                assert _cell(doc, b, side).text_content() == data.side_text(b, side)


def test_a_paragraph_break_inside_a_bead_is_marked() -> None:
    data = ReportData(
        src_sentences=("Fin del primero.", "Comienzo del segundo."),
        tgt_sentences=("End of the first, start of the second.",),
        beads=(Bead((0, 1), (0,), 0.8),),
        src_lang="es",
        tgt_lang="en",
        src_paragraph_starts=frozenset({0, 1}),
        tgt_paragraph_starts=frozenset({0}),
    )
    doc = _doc(render_report(data))
    cell = _cell(doc, 0, Side.SOURCE)
    assert len(cell.xpath('./span[@class="pb"]')) == 1
    assert cell.text_content() == "Fin del primero. Comienzo del segundo."


@pytest.mark.parametrize(
    ("bead", "side", "marks"),
    [
        (0, Side.SOURCE, [("cooperativa", {"m-src"})]),
        (0, Side.TARGET, [("cooperative", {"m-ok"})]),
        (3, Side.SOURCE, [("asamblea", {"m-src"}), ("acequia", {"m-src"})]),
        (3, Side.TARGET, [("assembly", {"m-ok"}), ("irrigation ditch", {"m-ok"})]),
        (6, Side.SOURCE, [("acequia", {"m-src", "m-bad"})]),  # a finding of bead 6 names it
        (6, Side.TARGET, [("channel", {"m-bad", "m-f"})]),  # the term and the finding's span
        (7, Side.SOURCE, [("junta directiva", {"m-src"})]),
        (4, Side.SOURCE, [("40.000", {"m-f"})]),  # the number-mismatch finding's spans
        (4, Side.TARGET, [("14,000", {"m-f"})]),
        (5, Side.SOURCE, []),
    ],
)
def test_terms_are_highlighted_by_status(
    bead: int, side: Side, marks: list[tuple[str, set[str]]]
) -> None:
    doc = _doc(render_report(sample_report_data()))
    found = _cell(doc, bead, side).xpath(".//mark")
    assert [(m.text_content(), _classes(m)) for m in found] == marks


def test_a_mark_names_its_term_and_finding() -> None:
    doc = _doc(render_report(sample_report_data()))
    (mark,) = _cell(doc, 6, Side.TARGET).xpath(".//mark")
    assert mark.get("title") == "acequia; term-forbidden"


def test_overlapping_highlights_are_cut_into_flat_pieces() -> None:
    data = ReportData(
        src_sentences=("Limpiaron la acequia madre.",),
        tgt_sentences=("They cleaned the main irrigation ditch.",),
        beads=(Bead((0,), (0,), 0.9),),
        src_lang="es",
        tgt_lang="en",
        term_matches=(
            TermMatch(0, Side.SOURCE, 13, 26, "acequia madre"),
            TermMatch(0, Side.SOURCE, 13, 20, "acequia"),
            TermMatch(0, Side.TARGET, 22, 38, "acequia", TermStatus.PREFERRED),  # irrigation ditch
            TermMatch(0, Side.TARGET, 33, 38, "zanja", TermStatus.FORBIDDEN),  # ditch
            TermMatch(0, Side.TARGET, 17, 21, "acequia madre", TermStatus.ALLOWED),  # main
        ),
    )
    cell = _cell(_doc(render_report(data)), 0, Side.TARGET)
    assert cell.text_content() == "They cleaned the main irrigation ditch."
    assert [(m.text_content(), _classes(m), m.get("title")) for m in cell.xpath(".//mark")] == [
        ("main", {"m-ok"}, "acequia madre (allowed)"),
        ("irrigation ", {"m-ok"}, "acequia"),
        ("ditch", {"m-ok", "m-bad"}, "acequia; zanja"),
    ]
    assert cell.xpath(".//mark//mark") == []


def test_a_rendering_whose_term_the_source_lacks_is_not_green() -> None:
    # "helmet" renders yelmo, but this bead's source has no yelmo: it translates
    # something else.  It is marked apart; a forbidden word stays red.
    data = ReportData(
        src_sentences=("Se puso el casco.",),
        tgt_sentences=("He put on his helmet, not his hard hat.",),
        beads=(Bead((0,), (0,), 0.9),),
        src_lang="es",
        tgt_lang="en",
        term_matches=(
            TermMatch(0, Side.TARGET, 14, 20, "yelmo", TermStatus.PREFERRED),  # helmet
            TermMatch(0, Side.TARGET, 30, 38, "casco", TermStatus.FORBIDDEN),  # hard hat
        ),
    )
    cell = _cell(_doc(render_report(data)), 0, Side.TARGET)
    assert [(m.text_content(), _classes(m), m.get("title")) for m in cell.xpath(".//mark")] == [
        ("helmet", {"m-other"}, "yelmo (not in this source)"),
        ("hard hat", {"m-bad"}, "casco"),
    ]


def test_term_table_links_renderings_to_rows() -> None:
    doc = _doc(render_report(sample_report_data()))
    (row,) = doc.xpath('//table[@id="term-table"]//tr[@data-term="acequia"]')
    items = {li.get("data-rendering"): li for li in row.xpath(".//li")}
    assert set(items) == {"channel", "irrigation ditch"}
    assert items["channel"].xpath(".//a/@href") == ["#bead-6"]
    assert items["irrigation ditch"].xpath(".//a/@href") == ["#bead-3"]
    assert "m-bad" in _classes(items["channel"].xpath(".//mark")[0])


def test_given_pairs_show_no_confidence() -> None:
    doc = _doc(render_report(sample_report_data(has_confidence=False)))
    assert doc.xpath('//*[@id="confidence-histogram"]') == []
    assert doc.xpath('//div[@id="rows"]/div[contains(@class, "lo")]') == []
    points = doc.xpath("//circle[@data-point]")
    assert {c.get("class") for c in points} == {"cn"}
    assert [int(c.get("data-point")) for c in points] == list(range(11))  # in bead order
    assert "low confidence" not in doc.get_element_by_id("rows").text_content()
    assert "not aligned by the tool" in doc.get_element_by_id("summary").text_content()


@pytest.mark.parametrize(
    ("src_lang", "tgt_lang", "src_dir", "tgt_dir"),
    [
        ("es", "en", None, None),
        ("es", "ar", None, "rtl"),
        ("he-IL", "en", "rtl", None),
        ("fa_IR", "ur", "rtl", "rtl"),
    ],
)
def test_right_to_left_languages_get_rtl_cells(
    src_lang: str, tgt_lang: str, src_dir: str | None, tgt_dir: str | None
) -> None:
    data = replace(sample_report_data(), src_lang=src_lang, tgt_lang=tgt_lang)
    doc = _doc(render_report(data))
    assert _cell(doc, 0, Side.SOURCE).get("dir") == src_dir
    assert _cell(doc, 0, Side.TARGET).get("dir") == tgt_dir
    assert _cell(doc, 0, Side.TARGET).get("lang") == tgt_lang


def test_an_empty_alignment_still_makes_a_page() -> None:
    data = ReportData(src_sentences=(), tgt_sentences=(), beads=(), src_lang="es", tgt_lang="en")
    doc = _doc(render_report(data))
    assert doc.xpath("//*[@data-bead] | //*[@data-point]") == []
    assert "No findings." in doc.get_element_by_id("findings").text_content()
    assert "No glossary term was found." in doc.get_element_by_id("terms").text_content()
    assert doc.xpath('//*[@id="confidence-histogram"]//rect/@height') == ["0.0"] * 10


def test_summary_states_how_the_report_was_made() -> None:
    doc = _doc(render_report(sample_report_data()))
    settings_table = doc.get_element_by_id("settings").text_content()
    assert "aligner check es/cooperativa.txt en/cooperative.txt" in settings_table
    assert "glossary.tsv" in settings_table
    summary = doc.get_element_by_id("summary").text_content()
    assert "11 (1-1: 7, 0-1: 1, 1-0: 1, 1-2: 1, 2-1: 1)" in summary
    assert "1 aligned units below 0.5" in summary


def test_summary_counts_beads_of_low_confidence_apart_and_links_them() -> None:
    data = ReportData(
        src_sentences=("El pozo se secó.", "Fue en marzo.", "Nadie lo arregló."),
        tgt_sentences=("The well ran dry.", "Nobody fixed it."),
        beads=(Bead((0, 1), (0,), 0.42), Bead((2,), (1,), 0.93)),
        src_lang="es",
        tgt_lang="en",
    )
    doc = _doc(render_report(data))
    summary = doc.get_element_by_id("summary").text_content()
    # 29 of the source's 46 characters are in the low bead, 17 of the target's 33
    assert doc.get_element_by_id("aligned-source").text_content() == "37.0%"
    assert doc.get_element_by_id("low-source").text_content() == "63.0%"
    assert doc.get_element_by_id("aligned-target").text_content() == "48.5%"
    assert doc.get_element_by_id("low-target").text_content() == "51.5%"
    assert "aligned: 1 sentences" in summary
    assert "not counted as aligned: 2 sentences (63.0%) in units of low confidence" in summary
    assert doc.xpath('//*[@id="low-beads"]/a/@href') == ["#bead-0"]
    # all confident: no such part
    sure = _doc(render_report(replace(data, beads=(Bead((0, 1), (0,), 0.82),
                                                   Bead((2,), (1,), 0.93)))))
    assert sure.get_element_by_id("aligned-source").text_content() == "100.0%"
    assert sure.xpath('//*[@id="low-source"] | //*[@id="low-beads"]') == []
    assert "not counted" not in sure.get_element_by_id("summary").text_content()
    # a confident bead whose second sentence possible-omission suspects
    suspect = _doc(render_report(replace(data, beads=(
        Bead((0, 1), (0,), 0.82, {OMITTED_MEMBERS: 2.0}), Bead((2,), (1,), 0.93)))))
    assert suspect.get_element_by_id("aligned-source").text_content() == "71.7%"
    assert suspect.get_element_by_id("untranslated-source").text_content() == "28.3%"
    assert suspect.get_element_by_id("aligned-target").text_content() == "100.0%"
    assert "not counted as aligned: 1 sentence (28.3%) that may be untranslated " \
        "(possible-omission)" in suspect.get_element_by_id("summary").text_content()


def test_summary_says_when_no_glossary_was_used() -> None:
    used = _doc(render_report(sample_report_data()))
    assert used.xpath('//*[@id="no-glossary"]') == []
    none = _doc(render_report(replace(sample_report_data(), glossary=None)))
    assert "none: term-missing" in none.get_element_by_id("no-glossary").text_content()


@pytest.mark.parametrize("key", ["tool", "check tool", "aligner"])
def test_the_tool_is_named_once(key: str) -> None:
    from aligner import __version__

    settings = {key: f"aligner {__version__}", "src_lang": "es"}
    doc = _doc(render_report(replace(sample_report_data(), settings=settings)))
    rows = [th.text_content() for th in doc.xpath('//*[@id="settings"]//th')]
    assert [r for r in rows if r in ("tool", "check tool", "aligner")] == ["tool"]
    assert "src_lang" in rows
    # a saved alignment made by another version keeps its row
    settings = {key: "aligner 0.0.1"}
    doc = _doc(render_report(replace(sample_report_data(), settings=settings)))
    assert key in [th.text_content() for th in doc.xpath('//*[@id="settings"]//th')]


def test_the_aligners_tuning_is_folded_away() -> None:
    """Some fifty numbers of the aligner are kept for the record in a closed
    <details>, not listed in the summary before the text."""
    from aligner.align import AlignOptions

    tuning = AlignOptions().describe()
    settings = {"command": "aligner report a.es.txt a.en.txt", **tuning, "src_lang": "es"}
    doc = _doc(render_report(replace(sample_report_data(), settings=settings)))
    rows = [th.text_content() for th in doc.xpath('//*[@id="settings"]//th')]
    assert "command" in rows and "src_lang" in rows and "encoder" in rows
    assert not set(rows) & (set(tuning) - {"encoder"})
    folded = doc.xpath('//details/table[@id="aligner-parameters"]//th/text()')
    assert folded == [k for k in tuning if k != "encoder"]
    assert doc.xpath('//details[table[@id="aligner-parameters"]]/@open') == []


def test_write_report_writes_the_page(tmp_path: Path) -> None:
    path = tmp_path / "out" / "report.html"
    write_report(sample_report_data(), path)
    assert path.read_text(encoding="utf-8") == render_report(sample_report_data())


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "report.html"
    path.write_text("old", encoding="utf-8")

    def boom(data: ReportData) -> str:
        raise RuntimeError("render failed")

    monkeypatch.setattr("aligner.report.render_report", boom)
    with pytest.raises(RuntimeError):
        write_report(sample_report_data(), path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_an_unwritable_path_is_an_aligner_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    expected = r"not-a-directory/report\.html: cannot write: .*/not-a-directory is not a folder"
    with pytest.raises(AlignerError, match=expected):
        write_report(sample_report_data(), blocker / "report.html")


# --------------------------------------------------------------------------- invariants

_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@st.composite
def report_data(draw: st.DrawFn) -> ReportData:
    # Chinese and Japanese join a bead's sentences with nothing, the others with a space.
    src_lang, tgt_lang = (draw(st.sampled_from(("es", "en", "zh", "ja-JP"))) for _ in range(2))
    src = tuple(draw(st.lists(_TEXT, min_size=1, max_size=6)))
    tgt = tuple(draw(st.lists(_TEXT, min_size=1, max_size=6)))
    # A monotone cover of both sides, bead by bead.
    beads, i, j = [], 0, 0
    while i < len(src) or j < len(tgt):
        take_src, take_tgt = draw(st.sampled_from(((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))))
        take_src, take_tgt = min(take_src, len(src) - i), min(take_tgt, len(tgt) - j)
        if take_src == take_tgt == 0:
            take_src, take_tgt = (0, 1) if i == len(src) else (1, 0)
        beads.append(Bead(tuple(range(i, i + take_src)), tuple(range(j, j + take_tgt)),
                          draw(st.floats(0, 1))))
        i, j = i + take_src, j + take_tgt
    matches = []
    for b, bead in enumerate(beads):
        for side, sents, idx, lang in ((Side.SOURCE, src, bead.src, src_lang),
                                       (Side.TARGET, tgt, bead.tgt, tgt_lang)):
            n = len(joined_text(sents, idx, lang))
            for _ in range(draw(st.integers(0, 3)) if n else 0):
                start = draw(st.integers(0, n - 1))
                end = draw(st.integers(start + 1, n))
                status = None if side is Side.SOURCE else draw(st.sampled_from(TermStatus))
                matches.append(TermMatch(b, side, start, end, draw(_TEXT), status))
    findings = [
        Finding(draw(_TEXT), draw(st.sampled_from(Severity)), draw(st.integers(0, len(beads) - 1)),
                draw(_TEXT))
        for _ in range(draw(st.integers(0, 3)))
    ]
    return ReportData(
        src_sentences=src, tgt_sentences=tgt, beads=tuple(beads), src_lang=src_lang,
        tgt_lang=tgt_lang,
        src_paragraph_starts=frozenset(draw(st.sets(st.integers(0, len(src) - 1)))),
        findings=tuple(findings), term_matches=tuple(matches),
    )


def _marked_mask(element: Any, marked: bool = False) -> str:
    """The element's text with each character replaced by 1 if inside a <mark>, else 0."""
    marked = marked or element.tag == "mark"
    out = "01"[marked] * len(element.text or "")
    for child in element:
        out += _marked_mask(child, marked) + "01"[marked] * len(child.tail or "")
    return out


@settings(max_examples=80, deadline=None)
@given(report_data())
def test_every_text_survives_and_exactly_the_terms_are_marked(data: ReportData) -> None:
    doc = _doc(render_report(data))
    assert len(doc.xpath('//div[@id="rows"]/div')) == len(data.beads)
    assert len(doc.xpath("//script")) == 1
    assert doc.xpath("//mark//mark") == []
    for b, bead in enumerate(data.beads):
        for side, indices in ((Side.SOURCE, bead.src), (Side.TARGET, bead.tgt)):
            if not indices:
                continue
            text = data.side_text(b, side)
            cell = _cell(doc, b, side)
            assert cell.text_content() == text
            # Marked: characters that a match covers, except the joiners between sentences.
            sentences = data.src_sentences if side is Side.SOURCE else data.tgt_sentences
            lang = data.src_lang if side is Side.SOURCE else data.tgt_lang
            in_sentence = {p for a, e in sentence_spans(sentences, indices, lang)
                           for p in range(a, e)}
            covered = {
                p
                for m in data.term_matches
                if m.unit == b and m.side is side
                for p in range(m.start, m.end)
            }
            expected = "".join("01"[p in covered & in_sentence] for p in range(len(text)))
            assert _marked_mask(cell) == expected


# --------------------------------------------------------------------------- size

_WORDS = (
    "la", "el", "de", "que", "y", "en", "un", "una", "los", "las", "del", "se", "por", "con",
    "para", "su", "al", "lo", "como", "más", "pero", "sus", "cooperativa", "agua", "pozo",
    "acequia", "asamblea", "junta", "vecinos", "obras", "años", "huertas", "archivo", "the",
    "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by",
    "on", "not", "he", "this", "are", "or", "his", "cooperative", "water", "well", "ditch",
    "assembly", "board", "neighbours", "works", "years", "gardens", "archive",
)


def synthetic_report_data(n_beads: int, *, seed: int = 7) -> ReportData:
    """Beads with sentences of 10-40 words, a finding in one bead of ten, two terms each."""
    rng = random.Random(seed)

    def sentence() -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(10, 40))).capitalize() + "."

    src = tuple(sentence() for _ in range(n_beads))
    tgt = tuple(sentence() for _ in range(n_beads))
    beads = tuple(Bead((b,), (b,), rng.random()) for b in range(n_beads))
    findings = tuple(
        Finding(rng.choice(("term-missing", "number-mismatch", "length-ratio")),
                rng.choice(tuple(Severity)), b, "a finding message of typical length here")
        for b in range(0, n_beads, 10)
    )
    matches = tuple(
        m
        for b in range(n_beads)
        for m in (
            TermMatch(b, Side.SOURCE, 0, 5, "pozo"),
            TermMatch(b, Side.TARGET, 0, 4, "pozo", rng.choice(tuple(TermStatus))),
        )
    )
    return ReportData(
        src_sentences=src, tgt_sentences=tgt, beads=beads, src_lang="es", tgt_lang="en",
        src_paragraph_starts=frozenset(range(0, n_beads, 5)),
        tgt_paragraph_starts=frozenset(range(0, n_beads, 5)),
        findings=findings, term_matches=matches,
    )


@pytest.mark.slow
def test_a_10000_bead_report_is_under_10_mb_with_every_row() -> None:
    page = render_report(synthetic_report_data(10_000))
    assert len(page.encode("utf-8")) < 10 * 1024 * 1024
    assert page.count(' data-bead="') == 10_000
    assert page.count(' data-point="') == 10_000


def _units_data(**kw: Any) -> ReportData:
    """Three units of a TMX, as ``aligner check`` names them: tu 1, tuid 7 (its
    target empty), tu 3; a term in units 0 and 2, a finding on unit 1."""
    return ReportData(
        src_sentences=("La acequia.", "El pozo.", "Otra acequia."),
        tgt_sentences=("The ditch.", "Another ditch."),
        beads=(Bead((0,), (0,), 1.0), Bead((1,), (), 1.0), Bead((2,), (1,), 1.0)),
        src_lang="es", tgt_lang="en", src_name="tm.tmx", tgt_name="tm.tmx",
        findings=(Finding("empty-target", Severity.ERROR, 1, "the target is empty"),),
        term_matches=(TermMatch(0, Side.SOURCE, 3, 10, "acequia"),
                      TermMatch(0, Side.TARGET, 4, 9, "acequia", TermStatus.PREFERRED, "ditch"),
                      TermMatch(2, Side.SOURCE, 5, 12, "acequia")),
        has_confidence=False, unit_labels=("tu 1", "tuid 7", "tu 3"), **kw)


def test_the_units_of_a_file_are_named_as_check_names_them() -> None:
    doc = _doc(render_report(_units_data()))
    (item,) = doc.xpath('//*[@id="findings-list"]/li')
    assert item.xpath("./a")[0].text_content() == "unit 1 (tuid 7)"
    assert [r.xpath('./div[@class="n"]')[0].text_content() for r in doc.xpath(
        '//div[@id="rows"]/div')] == ["0tu 1", "1tuid 7", "2tu 3"]
    assert _cell(doc, 1, Side.TARGET).text_content() == "empty target"
    assert doc.xpath('//div[@class="rows-head"]/div')[0].text_content() == "unit"
    (row,) = doc.xpath('//table[@id="term-table"]//tr[@data-term="acequia"]')
    links = {a.get("href"): a.get("title") for a in row.xpath(".//a")}
    assert links == {"#bead-0": "unit 0 (tu 1)", "#bead-2": "unit 2 (tu 3)"}
    assert "bead" not in doc.body.text_content().replace(doc.xpath("//script")[0].text, "")


def test_the_units_of_a_file_get_no_map_and_no_share_aligned() -> None:
    doc = _doc(render_report(_units_data()))
    assert doc.xpath('//*[@id="map"] | //a[@href="#map"] | //circle') == []
    assert doc.xpath('//*[@id="aligned-source"] | //*[@id="aligned-target"]') == []
    assert doc.xpath('//*[@id="confidence-histogram"]') == []
    summary = doc.get_element_by_id("summary").text_content()
    assert "of the characters" not in summary
    assert doc.get_element_by_id("unit-count").text_content() == "3 units"
    assert "(2 with both sides, 1 with an empty target)" in summary
    assert doc.xpath("//h1")[0].text_content() == "Translation review"


def test_scored_units_keep_their_histogram_but_no_map() -> None:
    doc = _doc(render_report(replace(_units_data(), has_confidence=True)))
    assert doc.xpath('//*[@id="confidence-histogram"]') != []
    assert doc.xpath('//*[@id="map"]') == []
    assert "bead" not in doc.body.text_content().replace(doc.xpath("//script")[0].text, "")


def test_unit_labels_must_match_the_beads() -> None:
    with pytest.raises(ValueError, match="2 unit labels for 3 beads"):
        replace(_units_data(), unit_labels=("tu 1", "tu 2"))


def test_the_beads_of_an_alignment_are_units_as_check_names_them() -> None:
    """``check`` writes ``unit 6`` in its text and JSON findings; the page names the same
    row so, in its findings, rows, map and summary, never ``bead 6``."""
    data = sample_report_data()
    doc = _doc(render_report(data))
    first = data.findings[0].unit
    link = doc.xpath('//ol[@id="findings-list"]/li/a')[0]
    assert (link.get("href"), link.text_content()) == (f"#bead-{first}", f"unit {first}")
    assert doc.xpath('//div[@class="rows-head"]/div')[0].text_content() == "unit"
    assert doc.xpath('//*[@id="map"]//circle/title')[0].text_content().startswith("unit ")
    assert doc.xpath('//table[@class="kv"]//th[text()="Units"]')
    assert "bead" not in doc.body.text_content().replace(doc.xpath("//script")[0].text, "")


def test_a_right_to_left_quotation_is_isolated_wherever_a_message_is_shown() -> None:
    """An Arabic number quoted in English: the findings list isolated it, the finding
    under its row did not, which showed ``'(2,100,000) '٢٫١ مليون not in the source``
    (an Arabic walk's report, unit 4)."""
    message = "numbers differ: '٢٫١ مليون' (2,100,000) not in the source"
    base = sample_report_data()
    finding = Finding("number-mismatch", Severity.ERROR, 4, message)
    doc = _doc(render_report(replace(base, tgt_lang="ar", findings=(finding,))))
    (listed,) = doc.xpath('//ol[@id="findings-list"]/li')
    (in_row,) = _row(doc, 4).xpath('.//li[@data-row-finding="0"]')
    for li in (listed, in_row):
        assert [b.text for b in li.xpath(".//bdi")] == ["٢٫١ مليون"]
        assert li.xpath(".//bdi")[0].tail.startswith("' (2,100,000) not in the source")
