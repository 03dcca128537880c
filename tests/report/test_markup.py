"""The report's markup helpers: right-to-left text isolated inside English."""

from __future__ import annotations

from aligner.model import Finding, Severity
from aligner.report.markup import esc_message, esc_text, finding_detail


def test_right_to_left_terms_are_isolated_and_others_are_only_escaped() -> None:
    assert esc_text("منصة") == "<bdi>منصة</bdi>"
    assert esc_text("הספר") == "<bdi>הספר</bdi>"
    assert esc_text("a <b>") == "a &lt;b&gt;"  # left to right: as before


def test_a_message_isolates_each_right_to_left_quotation() -> None:
    message = "'منصة' rendered as 'platform' here ('منصة' ×2, 'x<y' ×1)"
    assert esc_message(message) == (
        "&#x27;<bdi>منصة</bdi>&#x27; rendered as &#x27;platform&#x27; here "
        "(&#x27;<bdi>منصة</bdi>&#x27; ×2, &#x27;x&lt;y&#x27; ×1)")
    plain = "'camionero' rendered as 'trucker' here"
    assert esc_message(plain) == plain.replace("'", "&#x27;")


def test_a_findings_detail_isolates_its_terms() -> None:
    f = Finding("term-missing", Severity.WARNING, 0, "m", source_term="منصة",
                expected=("platform",))
    assert finding_detail(f) == (
        ' <span class="detail">(term: <bdi>منصة</bdi>; expected: platform)</span>')


def test_a_findings_detail_shows_its_glossary_note_escaped() -> None:
    f = Finding("term-forbidden", Severity.ERROR, 0, "m", source_term="fianza",
                found="bail", note="criminal law <only>")
    assert finding_detail(f) == (' <span class="detail">(term: fianza; found: bail; '
                                 'note: criminal law &lt;only&gt;)</span>')


def test_a_number_mismatch_detail_leaves_the_bare_values_to_the_message() -> None:
    # the message quotes each value as its side writes it; its bare value (for JSON) is
    # not repeated after it (walk: "(expected: -125000000)" after '-1.25亿')
    f = Finding("number-mismatch", Severity.ERROR, 0,
                "numbers differ: '-1.25亿' (-125,000,000) missing in the target; "
                "'125 million' (125,000,000) not in the source",
                expected=("-125000000",), found="125000000")
    assert finding_detail(f) == ""
    # another code keeps its expected and found
    g = Finding("term-forbidden", Severity.ERROR, 0, "m", expected=("bail",), found="bond")
    assert finding_detail(g) == ' <span class="detail">(expected: bail; found: bond)</span>'
