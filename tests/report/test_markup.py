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
