"""What the toolkit knows about one language: a frozen :class:`LanguageProfile`.

A profile is plain data.  The modules that use a fact interpret it (the
segmenter parses ``segment.txt``, the number check ``numbers.tsv``); the
profile only says what the language does and where its data files are.
Everything defaults to the *generic* behaviour, which is what a language
without a profile of its own gets.
"""

from __future__ import annotations

import importlib
import os
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from aligner.textutil import CJK_CLOSERS, CJK_STOPS

#: A word (lower case) -> its candidate singular forms, for term matching.
PluralRules = Callable[[str], list[str]]

# The data files a language folder may hold, and who reads them.
SEGMENT_DATA = "segment.txt"  # abbreviations, starters, closings: aligner.segment.rules
STOPWORDS_DATA = "stopwords.txt"  # function words: aligner.check.suggest, .repeated_translation
NUMBERS_DATA = "numbers.tsv"  # numbers written in words: aligner.check.numbers
FORMS_DATA = "forms.txt"  # inflectional endings, elided articles: aligner.check.lemmas
VERBS_DATA = "verbs.txt"  # verb endings and irregular forms: aligner.check.verbs
# verb endings, separable particles, irregular forms: aligner.check.separable
SEPARABLE_DATA = "separable.txt"
QUESTIONS_DATA = "questions.txt"  # words that ask: aligner.check.punctuation
SPACES_DATA = "spaces.txt"  # words around a sentence-ending space: aligner.segment.unmarked
# words after which a hyphen suspends a compound (Be- und Entladen): aligner.lang.linebreaks
SUSPENDED_DATA = "suspended.txt"
# endings that make a word of a word and are words too (Portuguese -mente): a line-end
# hyphen before one is a hyphenation where the lemma table lacks the word made:
# aligner.lang.linebreaks
SUFFIXES_DATA = "suffixes.txt"
# month and weekday names a language writes lower case: aligner.check.date_names
CALENDAR_DATA = "calendar.txt"
# third-person personal pronouns that may stand for a person's name: aligner.check.pronouns
PRONOUNS_DATA = "pronouns.txt"
# characters a phrase of a language written without spaces neither starts nor ends with
# (的, の): aligner.check.suggest_cjk
PHRASE_EDGES_DATA = "phrase_edges.txt"
# words that bound the number next to them (at least, höchstens, 以上): aligner.check.bounds
BOUNDS_DATA = "bounds.txt"
# words that negate or forbid (not, do not, nie wolno, 禁止): aligner.check.negations
NEGATIONS_DATA = "negations.txt"
# ordinal words that number a clause or an article (PRIMERA., Artículo primero):
# aligner.check.headings
HEADINGS_DATA = "headings.tsv"
# the words around a word that show it used as a verb or a noun (a noun term's verb,
# Do not cover the slots): aligner.check.term_uses
USES_DATA = "uses.txt"
# clock times in words (nine o'clock, a quarter past eight, neuf heures):
# aligner.check.clock_words
CLOCK_DATA = "clock.txt"
# small cardinals and the nouns they count (two years, trois ans): aligner.check.counted
COUNTED_DATA = "counted.txt"
# what marks a capitalised word as a name in a language that capitalises its nouns (first
# names, titles, legal forms of companies): aligner.check.name_words
PERSON_NAMES_DATA = "person_names.txt"
# titles before a name by kind (Mr, M., Sr., Herr; Mrs, Mme): aligner.check.titled_names
TITLES_DATA = "titles.txt"
# the characters one of the two scripts of Chinese writes only (账 Simplified, 帳
# Traditional): aligner.lang.han_script
SCRIPT_CHARS_DATA = "script_chars.txt"
# a noun of person's endings in its two genders (abogado, abogada): aligner.check.person_forms
GENDERS_DATA = "person_genders.txt"
DATA_FILES = frozenset({SEGMENT_DATA, STOPWORDS_DATA, NUMBERS_DATA, FORMS_DATA, VERBS_DATA,
                        SEPARABLE_DATA, QUESTIONS_DATA, SPACES_DATA, SUSPENDED_DATA,
                        SUFFIXES_DATA, CALENDAR_DATA, PRONOUNS_DATA, BOUNDS_DATA, HEADINGS_DATA,
                        USES_DATA, NEGATIONS_DATA, PHRASE_EDGES_DATA, COUNTED_DATA,
                        PERSON_NAMES_DATA, CLOCK_DATA, TITLES_DATA, SCRIPT_CHARS_DATA,
                        GENDERS_DATA})
# Data shared by every language: segment.txt, name_particles.txt, unit_symbols.txt,
# percent_bases.txt, added_units.txt, cyrillic_latin.tsv, arabic_latin.tsv.
GENERIC_PACKAGE = "aligner.lang.generic"
NAME_PARTICLES_DATA = "name_particles.txt"  # words inside names: aligner.check.completeness
UNIT_SYMBOLS_DATA = "unit_symbols.txt"  # units of measure: aligner.check.measure_units
PERCENT_BASES_DATA = "percent_bases.txt"  # wt.%, Vol.-%: aligner.check.measure_units
ADDED_UNITS_DATA = "added_units.txt"  # 12 mm (0.47 in): aligner.check.conversions
CYRILLIC_LATIN_DATA = "cyrillic_latin.tsv"  # names across scripts: aligner.check.name_words
ARABIC_LATIN_DATA = "arabic_latin.tsv"  # Arabic names: aligner.check.arabic_names
RATIO_WORDS_DATA = "ratio_words.txt"  # randomised 2:1, dilution 1:10: aligner.check.ratios


def no_plural_rules(word: str) -> list[str]:
    """The generic plural rules: none (a word matches its own forms and lemma only)."""
    return []


@dataclass(frozen=True, slots=True)
class LanguageProfile:
    """One language's facts, as the segmenter, checks, formats and report need them.

    ``code`` is the primary subtag (``es``), whatever region the profile was
    asked for.  ``data_package`` is the package whose directory holds the
    language's data files (:data:`DATA_FILES`), or None when it has none.
    """

    code: str
    #: What joins the sentences of one side of an n:m bead: none for scripts
    #: whose sentences follow each other without a space (Chinese, Japanese).
    sentence_separator: str = " "
    #: Written right to left: the HTML report marks its text ``dir="rtl"``.
    right_to_left: bool = False
    #: Questions and exclamations open with ``¿`` and ``¡``.
    inverted_marks: bool = False
    #: Numbers are written ``1,5`` and ``3.526`` rather than ``1.5`` and ``3,526``.
    decimal_comma: bool = False
    #: Groups thousands with a space, not a dot (French, Polish, Russian ``1 400``):
    #: what number-format suggests for a number written the other way.
    space_groups: bool = False
    #: Its diacritics make other words (Vietnamese ``thuốc`` medicine, ``thuộc`` belong
    #: to): term matching keeps them, where it folds other languages' accents away.
    lexical_marks: bool = False
    #: Repeats a word as grammar -- adverbs, distributives, intensives (Hindi धीरे धीरे,
    #: Vietnamese từ từ, Swahili pole pole): a repeated word is no slip (repeated-word).
    reduplicates: bool = False
    #: Ends its sentences with no mark (Thai and Lao: a space): "no mark" answers another
    #: language's full stop, and its question mark where one of the language's question
    #: words (``questions.txt``) asks (end-punctuation).
    unmarked_sentences: bool = False
    #: The marks its typography parts from the word before them with a space, and the
    #: guillemets ``«`` ``»`` it spaces inside (French ``Attention !``, ``« Logiciel »``:
    #: spacing-before-mark).
    spaced_marks: str = ""
    #: Writes the names of months and weekdays lower case inside a sentence, and a date
    #: day, month, year with no comma (Spanish ``el jueves 17 de marzo de 1938``): the
    #: names, ``calendar.txt``, capitalised (calendar-case), and ``7 de junio, 1938``
    #: (date-comma) are reported.
    lower_case_calendar: bool = False
    #: Writes a compound as one word, or hyphenated (German ``Nebenwirkungsprofil``,
    #: ``E-Mail-Adresse``): a space inside one is a spelling error, and a term's
    #: rendering may be the head or the tail of a compound (term-missing).
    solid_compounds: bool = False
    #: Candidate singulars of a word, used with the lemma table when matching terms.
    plural_rules: PluralRules = no_plural_rules
    #: ``spacy-lookups-data`` has a ``<code>_lemma_lookup`` table that term matching loads.
    lemma_lookup: bool = False
    #: Endings of a verb's forms a glossary may write a verb term in (English ``ing``,
    #: ``ed``: ``comprising``, ``encrypted``): a term word with one that the lemma
    #: table's index knows only as a form of a verb that is no noun is that verb
    #: (:meth:`aligner.check.lemmas.Forms.term_forms`).
    verb_term_endings: tuple[str, ...] = ()
    #: The verb forms a word may be with its attached pronouns taken off (Spanish
    #: ``consérvese`` -> ``consérve``), for term matching with the lemma table.
    clitic_bases: PluralRules = no_plural_rules
    data_package: str | None = None

    def sentence_joint(self, left: str, right: str) -> str:
        """What joins the sentence ``left`` to the next, ``right``, in one segment text:
        the language's separator; in a language that puts none between sentences, a
        space where both sides of the joint are of a spaced script (``Ver.`` /
        ``3.2.1``, ``Click OK.`` / ``Then``, a cell ``64742-47-8`` / ``20〜30``), as the
        source had one there: only Han, kana and full-width forms follow a sentence
        with nothing between.  A sentence that ends in no stop (``。！？.!?``, perhaps
        before a closing quote or bracket) ended where its paragraph did -- a table's
        cell, a heading, a list item: the segmenter cuts inside a paragraph only after
        a stop --, and a space keeps it apart from the next (``項目 単位 値``,
        ``冷却液タンク L 8``; ``鉱油64742-47-820〜30`` read as one number before)."""
        if self.sentence_separator or not left or not right:
            return self.sentence_separator
        if _spaced(left[-1]) and _spaced(right[0]):
            return " "
        return "" if left.rstrip(_CLOSERS)[-1:] in _STOPS else " "

    def join_sentences(self, sentences: Iterable[str]) -> str:
        """The sentences of one side of a bead as one segment text (joined by
        :meth:`sentence_joint`)."""
        if self.sentence_separator:
            return self.sentence_separator.join(sentences)
        parts: list[str] = []
        for sentence in sentences:
            if parts:
                parts.append(self.sentence_joint(parts[-1], sentence))
            parts.append(sentence)
        return "".join(parts)

    def sentence_offsets(self, sentences: Iterable[str]) -> list[int]:
        """Where each of ``sentences`` starts in :meth:`join_sentences` of them."""
        offsets: list[int] = []
        pos = 0
        previous = ""
        for n, sentence in enumerate(sentences):
            if n:
                pos += len(previous) + len(self.sentence_joint(previous, sentence))
            offsets.append(pos)
            previous = sentence
        return offsets

    def data_text(self, name: str) -> str | None:
        """The text of the language's data file ``name``, or None if it has none."""
        return read_data(self.data_package, name)

    def word_list(self, name: str) -> tuple[str, ...]:
        """The entries of a one-word-a-line data file (:func:`word_list`); none if absent."""
        return word_list(self.data_text(name))


# The stops after which the segmenter ends a sentence of Chinese or Japanese inside its
# paragraph (its own and a Latin text's), and what may close after them
# (:meth:`Profile.sentence_joint`).
_STOPS = CJK_STOPS | frozenset(".!?\u2026")
_CLOSERS = "".join(sorted(CJK_CLOSERS))


def _spaced(c: str) -> bool:
    """A character of a script that spaces its sentences: not whitespace, and not
    wide (Han, kana, CJK punctuation, full-width forms) nor half-width katakana."""
    return not c.isspace() and unicodedata.east_asian_width(c) not in ("W", "F", "H")


def data_sections(text: str, *, name: str,
                  known: Iterable[str] | None = None) -> dict[str, list[str]]:
    """The sections of a data file of ``[section]`` lines and entries, a word or phrase a
    line (``#`` comments): ``{section: [entries in file order]}``.  ``ValueError``
    naming ``name`` and the line for an entry before any section, or for a section not
    ``known`` (when given)."""
    allowed = None if known is None else frozenset(known)
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            if allowed is not None and line[1:-1] not in allowed:
                raise ValueError(f"{name}:{number}: unknown section {line}")
            current = sections.setdefault(line[1:-1], [])
        elif current is None:
            raise ValueError(f"{name}:{number}: {line!r} before any [section]")
        else:
            current.append(line)
    return sections


def word_list(text: str | None) -> tuple[str, ...]:
    """The entries of a word-list data file: its lines stripped, blank lines and
    ``#`` comments left out (``stopwords.txt``, ``name_particles.txt``)."""
    if text is None:
        return ()
    return tuple(line.strip() for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


def package_dir(package: str) -> str:
    """The directory of ``package`` (imported if it is not yet).

    The data files sit beside the modules in a directory (the package has a C
    extension, so it is never imported from a zip).  Plain paths rather than
    :mod:`importlib.resources`, whose import (pathlib, tempfile, zipfile, typing)
    costs more at start-up than ``aligner segment --jsonl-docs`` needs to
    segment a UD test set.
    """
    file = importlib.import_module(package).__file__
    if file is None:
        raise ImportError(f"{package} has no directory")
    return os.path.dirname(file)


def subpackages(package: str) -> list[str]:
    """Names of the folders with an ``__init__.py`` in ``package``'s directory."""
    root = package_dir(package)
    return [name for name in os.listdir(root)
            if os.path.isfile(os.path.join(root, name, "__init__.py"))]


def read_data(package: str | None, name: str) -> str | None:
    """The text of data file ``name`` in ``package``'s directory (None if absent)."""
    if package is None:
        return None
    path = os.path.join(package_dir(package), name)
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as fh:
        return fh.read()
