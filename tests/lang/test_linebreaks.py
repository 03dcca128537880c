"""How two lines join (:mod:`aligner.lang.linebreaks`): the part the PDF reader and
``export --unwrap`` share; the PDF layout's own cases are in tests/readers/test_pdflayout.py."""

from __future__ import annotations

import pytest

from aligner.lang.linebreaks import LINE_END_HYPHEN, Breaks, WordLexicon, suspending_words


@pytest.mark.parametrize(("lang", "line", "nxt", "joined"), [
    # a hyphen before und/oder leaves the compound open: hyphen and space kept
    ("de", "die Be-", "und Entladung", "die Be- und Entladung"),
    ("de", "Ein-", "oder Ausgang", "Ein- oder Ausgang"),
    ("en", "pre-", "and post-war", "pre- and post-war"),
    ("fr", "micro-", "et macroéconomie", "micro- et macroéconomie"),
    # a word that only starts with one is no such word: joined as before
    ("de", "Kündigungs-", "frist", "Kündigungsfrist"),
    ("en", "hyphen-", "ated", "hyphenated"),
])
def test_a_suspended_hyphen_keeps_a_space(lang: str, line: str, nxt: str, joined: str) -> None:
    breaks = Breaks([], lambda _w: None, suspending_words(lang))
    assert breaks.join(line, nxt) == joined


def test_without_the_language_s_words_nothing_is_suspended() -> None:
    assert Breaks([], lambda _w: None).join("Be-", "und Entladung") != "Be- und Entladung"


@pytest.mark.parametrize(("line", "nxt", "seam"), [
    ("Im-", "proper", (1, "")),  # hyphenation: the hyphen goes
    ("Sankt-", "Petersburg", (0, "")),  # a capital after it: the compound's own hyphen
    ("the", "device", (0, " ")),
])
def test_seam_says_what_join_does(line: str, nxt: str, seam: tuple[int, str]) -> None:
    breaks = Breaks([], WordLexicon("en"))
    assert breaks.seam(line, nxt) == seam
    cut, between = seam
    assert breaks.join(line, nxt) == line[:len(line) - cut] + between + nxt


def test_the_line_end_hyphen_takes_the_spaces_around_the_break() -> None:
    assert LINE_END_HYPHEN.fullmatch("- \r\n  ")
    assert not LINE_END_HYPHEN.fullmatch("-  ")  # no line break: an ordinary hyphen


def test_word_lexicon_knows_a_german_noun_with_its_capital() -> None:
    lexicon = WordLexicon("de-AT")  # a region: the language's table
    assert lexicon("Kündigungsfrist") is not None
    assert lexicon("Kündigungsfristxyz") is None


# Written for this test, from the es -> pt-PT tourism walk: a language without a
# lexeme_prob table asks its lemma table's words and its function words.
@pytest.mark.parametrize(("lang", "line", "nxt", "joined"), [
    # the joined form is no word and both parts are: the compound's or clitic's hyphen
    ("pt", "à quinta-", "feira.", "à quinta-feira."),
    ("pt", "o percurso segue-", "se pelas setas", "o percurso segue-se pelas setas"),
    ("pt", "o caminho percorre-", "se em cinco dias", "o caminho percorre-se em cinco dias"),
    ("pt", "um guarda-", "chuva", "um guarda-chuva"),
    ("fr", "il peut-", "être", "il peut-être"),
    ("fr", "est-", "ce vrai", "est-ce vrai"),
    # the joined form is a word: a hyphenation
    ("pt", "a bilhe-", "teira", "a bilheteira"),
    ("pt", "constante-", "mente", "constantemente"),
    ("fr", "le gouver-", "nement", "le gouvernement"),
])
def test_a_language_s_lemma_words_decide_a_hyphen(lang: str, line: str, nxt: str,
                                                   joined: str) -> None:
    assert Breaks([], WordLexicon(lang)).join(line, nxt) == joined


def test_a_lemma_word_lexicon_knows_a_function_word() -> None:
    lexicon = WordLexicon("pt-PT")
    assert lexicon("se") is not None  # stopwords.txt: the lemma table lacks it
    assert lexicon("feira") is not None and lexicon("quintafeira") is None


@pytest.mark.parametrize(("texts", "line", "nxt", "cut"), [
    ([], "Patientengrup", "pe", True),  # the word list knows Patientengruppe
    (["nach dem Körpergewicht"], "Körpergewi", "cht", True),  # so does the document
    ([], "Maximale", "Tagesdosis", False),  # a capital starts a word
    ([], "Kinder", "von", False),  # the word list knows no Kindervon
    ([], "Valoxe", "tinum", False),  # nothing knows either: unsure, a space
    ([], "Dosis,", "einmal", False),  # a comma ends a word
])
def test_a_word_cut_with_no_hyphen_joins_where_the_whole_word_is_known(
        texts: list[str], line: str, nxt: str, cut: bool) -> None:
    assert Breaks(texts, WordLexicon("de")).cut(line, nxt) is cut
