"""What every folder that ships only a profile and a stop-word list must hold.

Each ``tests/lang/test_<code>.py`` of such a language calls :func:`check_folder`
with a paragraph written for it in the language: the profile keeps the facts
``languages.tsv`` gave the language, the segmenter uses the generic rules
unless the folder has a ``segment.txt`` (``own_rules``), ``glossary suggest``
reads the words, and
the detector tells the paragraph to be this language and no other.
"""

from __future__ import annotations

import importlib
from dataclasses import replace

from aligner.check.suggest import stopwords
from aligner.lang import get_profile, primary
from aligner.lang.detect import IS_RATE, MARGIN, guess_language, looks_like, side_evidence
from aligner.segment.rules import data_languages, rules_for


def check_folder(
    code: str, *, decimal_comma: bool, words: set[str], paragraph: str, own_rules: bool = False
) -> None:
    profile = importlib.import_module(f"aligner.lang.{code}").PROFILE
    assert get_profile(f"{code}-XX") is profile and profile.code == code
    assert profile.decimal_comma is decimal_comma
    assert not (profile.inverted_marks or profile.right_to_left or profile.lemma_lookup)
    assert profile.join_sentences(["A.", "B."]) == "A. B."
    # a folder with a segment.txt (own_rules) has rules of its own, the others the generic ones
    generic = replace(rules_for(code), lang="xx") == replace(rules_for("xx"), lang="xx")
    assert generic is not own_rules
    assert (code in data_languages()) is own_rules
    assert words <= stopwords(code)
    text = [paragraph] * (1 + 250 // len(paragraph.split()))
    ev = side_evidence(text)
    own = ev.rates[code]
    assert own >= IS_RATE
    assert all(rate <= own - MARGIN for other, rate in ev.rates.items() if other != code), ev
    assert guess_language(ev) == code
    assert looks_like(ev, code) is True
    for other in ev.rates:
        if primary(other) != code:
            assert looks_like(ev, other) is False, other
