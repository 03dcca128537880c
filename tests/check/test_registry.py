"""The registry: stable codes, the default severities of the issue, options."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.check import CHECKS, CheckOptions, Unit, run_checks
from aligner.errors import ConfigError
from aligner.model import Glossary, Severity

ERRORS = {"term-missing", "term-forbidden", "number-mismatch", "untranslated", "empty-target",
          "tag-mismatch", "placeholder-mismatch", "currency-mismatch",
          "number-words-digits", "wrong-language"}


def test_default_severities() -> None:
    assert {c for c, spec in CHECKS.items() if spec.severity is Severity.ERROR} == ERRORS
    assert {
        "term-inconsistent", "segment-inconsistent", "inverted-mark", "length-ratio",
        "alignment-low-confidence",
    } <= {c for c, spec in CHECKS.items() if spec.severity is Severity.WARNING}


UNITS = [Unit("en 1972", "in 1971"), Unit("Qué?", "What?")]


def test_severity_override_and_disable() -> None:
    opts = CheckOptions(severities={"number-mismatch": Severity.INFO},
                        disabled=frozenset({"inverted-mark"}))
    result = run_checks(UNITS, glossary=None, src_lang="es", tgt_lang="en", options=opts)
    assert [(f.code, f.severity) for f in result.findings] == [
        ("number-mismatch", Severity.INFO)
    ]


def test_findings_are_sorted_by_unit() -> None:
    result = run_checks(list(reversed(UNITS)), glossary=None, src_lang="es", tgt_lang="en")
    assert [f.unit for f in result.findings] == sorted(f.unit for f in result.findings)


@pytest.mark.parametrize("field", ["severities", "disabled"])
def test_unknown_code_is_a_config_error(field: str) -> None:
    opts = (CheckOptions(severities={"no-such-check": Severity.INFO}) if field == "severities"
            else CheckOptions(disabled=frozenset({"no-such-check"})))
    with pytest.raises(ConfigError, match="no-such-check"):
        run_checks(UNITS, glossary=None, src_lang="es", tgt_lang="en", options=opts)


def test_empty_input_has_no_findings() -> None:
    result = run_checks([], glossary=None, src_lang="es", tgt_lang="en")
    assert result.findings == () and result.worst() is None


_texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60) | (
    st.sampled_from(["¿Qué?", "los cordones industriales", "3.526", "JAPs",
                     "el golpe de Estado", "", " "])
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_texts, _texts), max_size=6))
def test_any_text_gives_findings_with_spans_inside_the_unit(
    glossary: Glossary, pairs: list[tuple[str, str]]
) -> None:
    units = [Unit(s, t) for s, t in pairs]
    result = run_checks(units, glossary=glossary, src_lang="es", tgt_lang="en")
    for f in result.findings:
        assert 0 <= f.unit < len(units)
        if f.src_span is not None:
            assert 0 <= f.src_span[0] <= f.src_span[1] <= len(units[f.unit].source)
        if f.tgt_span is not None:
            assert 0 <= f.tgt_span[0] <= f.tgt_span[1] <= len(units[f.unit].target)
    for m in result.term_matches:
        text = units[m.unit].source if m.side.value == "source" else units[m.unit].target
        assert 0 <= m.start < m.end <= len(text)
