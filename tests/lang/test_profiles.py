"""Language profiles: each language's facts, the generic fallback, the table and the folders."""

from __future__ import annotations

import importlib
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.check.bounds import words_of
from aligner.check.date_names import names_of, parse_calendar
from aligner.check.headings import heading_ordinals, heading_table
from aligner.check.lemmas import parse_forms, word_endings
from aligner.check.name_words import name_marks
from aligner.check.number_table import number_words
from aligner.check.person_forms import endings
from aligner.check.pronouns import pronouns_of
from aligner.check.separable import verb_forms
from aligner.check.suggest import stopwords
from aligner.check.suggest_cjk import is_han_kana
from aligner.check.titled_names import titles_of
from aligner.check.verbs import conjugations
from aligner.lang import (
    BOUNDS_DATA,
    CALENDAR_DATA,
    DATA_FILES,
    FORMS_DATA,
    GENDERS_DATA,
    HEADINGS_DATA,
    NAME_PARTICLES_DATA,
    NUMBERS_DATA,
    PERSON_NAMES_DATA,
    PHRASE_EDGES_DATA,
    PRONOUNS_DATA,
    QUESTIONS_DATA,
    SEGMENT_DATA,
    SEPARABLE_DATA,
    SPACES_DATA,
    STOPWORDS_DATA,
    SUFFIXES_DATA,
    SUSPENDED_DATA,
    TABLE_FACTS,
    TITLES_DATA,
    USES_DATA,
    VERBS_DATA,
    LanguageProfile,
    generic_data,
    get_profile,
    join_sentences,
    languages,
    no_plural_rules,
    table,
)
from aligner.lang.base import SCRIPT_CHARS_DATA
from aligner.segment.rules import parse_data, rules_for
from aligner.segment.unmarked import parse_words

# The facts as the modules held them before the language layer (report.html
# _RTL, check.punctuation _INVERTED_LANGS, formats.units _NO_SPACE_LANGS,
# check/data/decimal_comma.txt, check.lemmas _TABLE_LANGS and _RULES).
OLD_RTL = {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi"}
ADDED_RTL = {"prs"}  # Dari, a language added since
OLD_INVERTED = {"es", "gl", "ast"}
OLD_NO_SPACE = {"zh", "ja"}
OLD_DECIMAL_COMMA = {
    "es", "fr", "de", "it", "pt", "ca", "gl", "eu", "nl", "ru", "uk", "pl", "cs", "sk", "sl",
    "hr", "sr", "bg", "ro", "hu", "tr", "sv", "da", "nb", "nn", "no", "fi", "et", "lv", "lt",
    "el", "id", "vi",
}
OLD_LEMMA_TABLES = {"es", "en"}
OLD_RULES = {"es", "en"}
CODES = sorted(
    OLD_RTL | OLD_INVERTED | OLD_NO_SPACE | OLD_DECIMAL_COMMA | OLD_LEMMA_TABLES
    | set(table()) | set(languages()) | {"ko", "th", "hi", "xx", "qq", "generic", ""}
)


@pytest.mark.parametrize("code", CODES)
def test_facts_are_what_the_modules_had(code: str) -> None:
    p = get_profile(code)
    assert p.code == ("he" if code == "iw" else code)  # iw is the withdrawn code of he
    assert p.right_to_left is (code in OLD_RTL | ADDED_RTL)
    assert p.inverted_marks is (code in OLD_INVERTED)
    assert p.decimal_comma is (code in OLD_DECIMAL_COMMA)
    assert p.sentence_separator == ("" if code in OLD_NO_SPACE else " ")
    if code in OLD_RULES or code not in languages():
        # (a language given a folder later may bring rules and a lemma table)
        assert p.lemma_lookup is (code in OLD_LEMMA_TABLES)
        assert (p.plural_rules is not no_plural_rules) is (code in OLD_RULES)


@pytest.mark.parametrize(
    ("code", "separator", "rtl", "inverted", "decimal_comma"),
    [
        ("es", " ", False, True, True),
        ("en", " ", False, False, False),
        ("zh", "", False, False, False),
        ("ja", "", False, False, False),
        ("ar", " ", True, False, False),
        ("he", " ", True, False, False),
        ("gl", " ", False, True, True),
        ("ast", " ", False, True, False),
        ("fr", " ", False, False, True),
        ("de", " ", False, False, True),
        ("th", " ", False, False, False),
    ],
)
def test_profile_facts(
    code: str, separator: str, rtl: bool, inverted: bool, decimal_comma: bool
) -> None:
    p = get_profile(code)
    assert (p.sentence_separator, p.right_to_left, p.inverted_marks, p.decimal_comma) == (
        separator, rtl, inverted, decimal_comma)


@pytest.mark.parametrize("code", ["xx", "qq", "tlh", "x-private", "", "generic"])
def test_unknown_language_gets_the_generic_profile(code: str) -> None:
    p = get_profile(code)
    assert p == LanguageProfile(code=code.split("-")[0])
    assert p.plural_rules is no_plural_rules and p.data_package is None
    assert p.data_text("stopwords.txt") is None
    assert p.join_sentences(["A.", "B."]) == "A. B."


@pytest.mark.parametrize("code", ["es-CL", "ES", "es_ES", " es "])
def test_region_and_spelling_do_not_change_the_profile(code: str) -> None:
    assert get_profile(code) is get_profile("es")


@pytest.mark.parametrize(
    ("lang", "joined"),
    [("es", "A。 B."), ("en-GB", "A。 B."), ("zh-TW", "A。B."), ("ja", "A。B."), ("ko", "A。 B."),
     ("zh_Hant", "A。B."), ("th", "A。 B.")],
)
def test_join_sentences(lang: str, joined: str) -> None:
    assert join_sentences(("A。", "B."), lang) == joined
    assert get_profile(lang).join_sentences(["A。", "B."]) == joined


@pytest.mark.parametrize(
    ("sentences", "joined"),
    [(["はい。", "いいえ。"], "はい。いいえ。"),
     (["NC-Pilot Ver.", "3.2.1 リリースノート"], "NC-Pilot Ver. 3.2.1 リリースノート"),
     (["Click OK.", "Then restart."], "Click OK. Then restart."),
     (["64742-47-8", "20〜30"], "64742-47-8 20〜30"),
     (["美味しい!", "駅から"], "美味しい!駅から"),
     (["完了。", "Next."], "完了。Next."),
     (["ｱｲｳ｡", "A."], "ｱｲｳ｡A."),
     (["A.", "", "B."], "A.B."),
     (["A.", "\u3000B."], "A.\u3000B.")],
)
def test_unspaced_languages_space_two_latin_sentences(sentences: list[str], joined: str) -> None:
    # Chinese and Japanese put nothing between sentences, but a space between two
    # sentences of a spaced script, as their source has (Ver. / 3.2.1)
    for lang in ("ja", "zh"):
        assert join_sentences(sentences, lang) == joined
        offsets = get_profile(lang).sentence_offsets(sentences)
        assert [joined[a:a + len(t)] for a, t in zip(offsets, sentences, strict=True)] == sentences
        assert offsets[-1] + len(sentences[-1]) == len(joined)


@given(sentences=st.lists(st.text(max_size=6), max_size=6),
       lang=st.sampled_from(["ja", "zh", "en"]))
@settings(max_examples=300, deadline=None)
def test_joined_sentences_are_found_at_their_offsets(sentences: list[str], lang: str) -> None:
    joined = join_sentences(sentences, lang)
    offsets = get_profile(lang).sentence_offsets(sentences)
    assert [joined[a:a + len(t)] for a, t in zip(offsets, sentences, strict=True)] == sentences
    gaps = [joined[a + len(t):b]
            for a, t, b in zip(offsets[:-1], sentences[:-1], offsets[1:], strict=True)]
    assert all(g in ("", " ") for g in gaps), "a joint is nothing or one space"
    assert sum(map(len, sentences)) + sum(map(len, gaps)) == len(joined)


def test_table_file_is_sorted_and_has_no_language_with_a_folder() -> None:
    text = resources.files("aligner.lang").joinpath("languages.tsv").read_text("utf-8")
    assert text.startswith("#"), "the table starts with a comment saying what it is"
    codes = [line.split("\t")[0] for line in text.splitlines() if line and line[0] != "#"]
    assert codes == sorted(codes) == sorted(table())
    assert not set(codes) & set(languages()), "a language with a folder states its facts there"
    for facts in table().values():
        assert facts and facts <= TABLE_FACTS


@pytest.mark.parametrize("code", languages())
def test_language_folder_has_what_a_profile_needs(code: str) -> None:
    """A folder is a module defining PROFILE plus data files that its readers accept."""
    module = importlib.import_module(f"aligner.lang.{code}")
    assert module.__doc__, "a language module says what it holds"
    profile = module.PROFILE
    assert isinstance(profile, LanguageProfile)
    assert profile.code == code
    assert profile.data_package == module.__name__
    assert profile.plural_rules("words") is not None
    files = {entry.name for entry in resources.files(module).iterdir() if entry.is_file()}
    assert files - {"__init__.py"} <= DATA_FILES, "an unknown file name is a typo or a new reader"
    if SEGMENT_DATA in files:
        own = profile.data_text(SEGMENT_DATA)
        assert own is not None and parse_data(own, name=code)
        assert rules_for(code).lang == code
    if NUMBERS_DATA in files:  # number words, month names, or magnitudes (Korean's, Vietnamese)
        table = number_words(code)
        assert table.words or len(table.months) == 12 or table.magnitudes
    if STOPWORDS_DATA in files:
        assert stopwords(code)
    if GENDERS_DATA in files:  # a noun of person's two genders, read both ways
        assert endings(code)
    if HEADINGS_DATA in files:  # ordinals of clause headings: each reads as its value
        table = heading_table(code)
        assert table is not None and table.ordinals
        assert all(heading_ordinals(f"{word}.", code) == [(str(v), 0, len(word), "number")]
                   for word, v in table.ordinals.items())
    if VERBS_DATA in files:
        assert conjugations(code).endings
    if FORMS_DATA in files:
        forms = word_endings(code)
        assert (forms.endings or forms.elisions or forms.particles or forms.prefixes
                or forms.letters or forms.contractions)
    if SEPARABLE_DATA in files:
        assert verb_forms(code).endings
    if SPACES_DATA in files:  # the words around a space of a script without full stops
        own = profile.data_text(SPACES_DATA)
        assert own is not None and parse_words(own, name=code).joining
    if BOUNDS_DATA in files:  # words that bound a number, both ways (tests/check/test_bounds)
        bounds = words_of(code)
        assert bounds is not None and bounds.before
    if PRONOUNS_DATA in files:  # words, or characters found inside runs (check/pronouns)
        pronouns = pronouns_of(code)
        assert pronouns.words or pronouns.inside
    if PHRASE_EDGES_DATA in files:  # single Han or kana characters (check/suggest_cjk)
        edges = profile.word_list(PHRASE_EDGES_DATA)
        assert edges and all(len(c) == 1 and is_han_kana(c) for c in edges)
    if PERSON_NAMES_DATA in files:  # first names, titles, legal forms (check/person_names)
        marks = name_marks(code)
        assert marks is not None and marks.first and marks.titles and marks.forms
    if TITLES_DATA in files:  # titles of a man and of a woman at least (check/titled_names)
        titles = titles_of(code)
        assert titles is not None
        assert {"man", "woman"} <= {k for kinds in titles.kinds.values() for k in kinds}
        assert titles.before_first <= set(titles.kinds)
    if SUSPENDED_DATA in files:  # lower-case words, each one word
        words = profile.word_list(SUSPENDED_DATA)
        assert words and all(w == w.lower() and w.isalpha() for w in words)
    # the profile's fact and its names go together: twelve months, seven days at least
    assert (CALENDAR_DATA in files) == profile.lower_case_calendar
    if CALENDAR_DATA in files:
        own = profile.data_text(CALENDAR_DATA)
        assert own is not None and all(w == w.lower() for ws in parse_calendar(
            own, name=code).values() for w in ws)
        names = names_of(code)
        assert names is not None and len(names.months) >= 12 and len(names.weekdays) >= 7


@pytest.mark.parametrize("code", ["es", "en"])
def test_spanish_and_english_ship_every_data_file(code: str) -> None:
    # not required of a new language folder
    files = {entry.name for entry in resources.files(f"aligner.lang.{code}").iterdir()}
    # their word forms, verbs too, come from lemma tables and plural rules
    # (PROFILE.plural_rules); they mark their questions (no questions.txt) and end
    # their sentences with a stop (no spaces.txt)
    # English capitalises its months and weekdays (no calendar.txt); their lexeme_prob
    # tables list adverbs (no suffixes.txt); a Spanish verb's forms are no noun's, and a
    # noun term is never found in them (no uses.txt); they write only names with a
    # capital (no person_names.txt); they are written in one script (no script_chars.txt);
    # English nouns of person have one form for both genders (no person_genders.txt)
    assert files >= DATA_FILES - {FORMS_DATA, VERBS_DATA, SEPARABLE_DATA, QUESTIONS_DATA,
                                  SPACES_DATA, SUFFIXES_DATA, PHRASE_EDGES_DATA,
                                  PERSON_NAMES_DATA, SCRIPT_CHARS_DATA} - (
        {CALENDAR_DATA, GENDERS_DATA} if code == "en" else {USES_DATA})


def test_generic_data() -> None:
    segment = generic_data(SEGMENT_DATA)
    assert segment is not None and parse_data(segment, name="generic")
    particles = generic_data(NAME_PARTICLES_DATA)
    assert particles is not None and "de" in particles.split()
    assert generic_data("missing.txt") is None


def test_the_languages_with_folders() -> None:
    assert {"en", "es"} <= set(languages())
    assert "generic" not in languages()


def test_forms_data_is_read_and_refused_when_wrong() -> None:
    forms = parse_forms("# c\n[endings]\nen\naux\tal\n\n[elisions]\nl'\n", name="x")
    assert forms.endings == (("aux", "al", 3), ("en", "", 4))  # longest first
    assert forms.bases("journaux") == ["journal"] and forms.elided("l'homme") == "homme"
    assert forms.bases("den") == []  # a base keeps four letters
    with pytest.raises(ValueError, match=r"x:2: not an entry of \[elisions\]: 'la'"):
        parse_forms("[elisions]\nla\n", name="x")
    five = parse_forms("[base]\n5\n[endings]\ns\ni\to\n", name="x")
    assert five.bases("cours") == [] and five.bases("traducteurs") == ["traducteur"]
    assert five.bases("anni") == ["anno"]  # a replaced ending keeps three letters
    with pytest.raises(ValueError, match=r"x:1: unknown section \[ending\]"):
        parse_forms("[ending]\n", name="x")


def test_particles_and_prefixes_come_off_text_words_only() -> None:
    forms = parse_forms("[base]\n2\n[particles]\n는\n에서\n에서는\n[prefixes]\nال\n", name="x")
    assert forms.particles == ("에서는", "에서", "는") and forms.prefixes == ("ال",)
    assert forms.unglued("센터에서는") == ["센터", "센터에서"]
    assert forms.unglued("차는") == []  # two syllables are left at least
    assert forms.unglued("المنصة") == ["منصة"]
    assert forms.bases("센터에서는") == []  # no ending of any word


def test_articles_come_off_term_words_and_irregular_forms_have_bases() -> None:
    forms = parse_forms("[prefixes]\nال\nو\n[articles]\nال\n[forms]\nآبار\tبئر\n"
                        "[agreement endings]\nة\t-\n-\tة\n", name="x")
    assert forms.articles == ("ال",)
    assert forms.unarticled("المنصة") == ["منصة"] and forms.unarticled("ومنصة") == []
    assert forms.unarticled("ألبان") == []  # no article as written
    assert forms.bases("آبار") == ["بير"]  # folded as every form is
    assert forms.agreeing_forms("المضيف") == ["المضيفة"]
    assert forms.agreeing_forms("المضيفة") == ["المضيف"]  # and no ة added to a ة
    with pytest.raises(ValueError, match=r"x: an article is no prefix of \[prefixes\]: ال"):
        parse_forms("[articles]\nال\n", name="x")


def test_attributive_endings_replace_each_other() -> None:
    forms = parse_forms("[attributive endings]\ne\nem\ner\n", name="x")
    assert forms.attributive_forms("fristloser") == ["fristlosem", "fristloser", "fristlose"]
    assert forms.attributive_forms("neue") == []  # a stem keeps four letters
    assert forms.bases("fristloser") == []  # and they are no endings of any word
    nouns = parse_forms("[attributive endings]\ne\ner\n[adjective stems]\nlich\n", name="x")
    assert nouns.attributive_forms("verantwortlicher", noun=True) == [
        "verantwortlicher", "verantwortliche"]
    assert nouns.attributive_forms("benutzer", noun=True) == []  # no adjective's stem


def test_an_ending_may_set_the_least_base_it_leaves() -> None:
    # a third cell: Portuguese ações ~ ação keeps two letters, mães stays no mão
    forms = parse_forms("[endings]\nões\tão\t2\nães\tão\n", name="x")
    assert forms.bases("ações") == ["acao"] and forms.bases("mães") == []
    with pytest.raises(ValueError, match=r"x:2: not an entry of \[endings\]"):
        parse_forms("[endings]\nões\tão\tzwei\n", name="x")


def test_lexical_marks_are_a_fact_of_vietnamese_and_yoruba() -> None:
    # (s27 walk w4, item 1) term matching keeps their marks: thuốc is no thuộc
    assert get_profile("vi").lexical_marks and get_profile("yo-NG").lexical_marks
    assert get_profile("vi").decimal_comma
    assert not (get_profile("es").lexical_marks or get_profile("fr").lexical_marks)


def test_reduplicating_and_unmarked_languages_are_facts_of_their_profiles() -> None:
    """repeated-word is off where a language repeats words as grammar, a folder's or the
    table's; end-punctuation reads Thai and Lao "no mark" from the profile."""
    assert all(get_profile(c).reduplicates for c in ("hi", "vi", "sw", "th", "mr", "tl-PH"))
    assert not any(get_profile(c).reduplicates for c in ("es", "en", "de", "zh"))
    assert get_profile("th").unmarked_sentences and get_profile("lo").unmarked_sentences
    assert not get_profile("km").unmarked_sentences  # Khmer ends sentences with ។
    assert "ไหม" in get_profile("th").word_list(QUESTIONS_DATA)


def test_languages_that_write_compounds_solid_are_facts_of_their_profiles() -> None:
    """A folder's profile or the table's fact (s34: the list was a constant of
    aligner.lang; term-missing finds a rendering inside such a language's compounds)."""
    solid = ("de", "de-CH", "nl", "da", "sv", "is", "fi", "nb", "nn", "no", "lb")
    assert all(get_profile(c).solid_compounds for c in solid)
    assert not any(get_profile(c).solid_compounds for c in ("en", "es", "fr", "it", "zh", "xx"))


def test_compound_links_are_read_longest_first() -> None:
    forms = parse_forms("[compound links]\ns\nens\nen\n", name="x")
    assert forms.compound_links == ("ens", "en", "s")
    with pytest.raises(ValueError, match=r"x:2: not an entry of \[compound links\]: '-s'"):
        parse_forms("[compound links]\n-s\n", name="x")
