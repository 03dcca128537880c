"""repeated-word: positive and negative cases, written by hand."""

from __future__ import annotations

import pytest
from check_helpers import findings


@pytest.mark.parametrize(("source", "target", "tgt_lang", "found"), [
    ("Firmaron el contrato.", "They signed the the contract.", "en", ["the the"]),
    ("El contrato se firmó.", "The contract was was signed.", "en", ["was was"]),
    ("Llegó.", "The the end.", "en", ["The the"]),
    ("The contract.", "El el contrato.", "es", ["El el"]),
    ("Der Vertrag.", "Le contrat a été été signé.", "fr", ["été été"]),
    # not: the source repeats too, a name, across punctuation, on purpose, apart
    ("Very very good.", "Muy muy bueno.", "es", []),
    ("Visitó Bora Bora.", "She visited Bora Bora.", "en", []),
    ("No, no.", "Non, non.", "fr", []),
    ("Ya estaba harto.", "He had had enough.", "en", []),
    ("Dijo que eso era cierto.", "He said that that was true.", "en", []),
    ("Nos vimos.", "Nous nous sommes vus.", "fr", []),
    ("La mujer que lee el diario.", "Die Frau, die die Zeitung liest.", "de", []),
    ("El tren.", "The theory.", "en", []),
    ("un tren", "谢谢谢谢", "zh", []),
    # German capitalises nouns: a capital inside a sentence is another word...
    ("The goods were expensive.", "Die Waren waren teuer.", "de", []),
    ("Las obras son nuevas.", "Die Arbeiten arbeiten nicht.", "de", []),
    # ...but not at a sentence's start, nor in a language that does not
    ("He came.", "Er er kam.", "de", ["Er er"]),
    ("Ya.", "Gut. Sie sie kam.", "de", ["Sie sie"]),
    ("The goods were expensive.", "Ware ware.", "nl", ["Ware ware"]),
    # a word keeps its vowel signs and virama: the last consonant of one word and the
    # first of the next are no words (Sanskrit: a Devanagari language not listed below)
    ("Vio días después.", "दिन बाद दिखाई", "sa", []),
    ("Vio.", "स स", "sa", ["स स"]),
    # languages that repeat words as grammar: no slip
    ("Slowly.", "धीरे धीरे चलिए।", "hi", []),
    ("At once.", "সঙ্গে সঙ্গে ডাক্তার দেখান।", "bn", []),
    ("Slowly.", "Đi từ từ thôi.", "vi", []),
    ("Slowly.", "Pole pole ndio mwendo.", "sw", []),
])
def test_repeated_word(source: str, target: str, tgt_lang: str, found: list[str]) -> None:
    got = findings([(source, target)], code="repeated-word", tgt_lang=tgt_lang,
                   src_lang="en" if tgt_lang == "es" else "es")
    assert [f.found for f in got] == found
    for f in got:
        assert f.tgt_span is not None and target[f.tgt_span[0]:f.tgt_span[1]] == f.found


def test_a_long_run_of_letters_is_read_in_linear_time() -> None:
    """The word pattern inside the repeat pattern once backtracked exponentially on a
    long word followed by no space (a line of Chinese)."""
    assert findings([("x", "字" * 5000 + "。")], code="repeated-word", tgt_lang="zh") == []
