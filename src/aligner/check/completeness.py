"""untranslated, empty-target, empty-source, possible-omission, moved and
one-sided-front-matter."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

from aligner.check.base import Context, is_blank, is_copy
from aligner.check.dimensions import without_dimensions
from aligner.check.folding import strip_accents
from aligner.check.lemma_tables import known_words
from aligner.check.lemmas import lemma_table
from aligner.check.measure_units import GLUED_SCRIPTS, unit_symbols
from aligner.check.moved import Move, find_moves, unit_ranges
from aligner.check.suggest import stopwords
from aligner.check.units import Unit
from aligner.errors import ConfigError
from aligner.lang import NAME_PARTICLES_DATA, generic_data, same_language
from aligner.lang.base import word_list
from aligner.model import Finding, TermStatus
from aligner.textutil import WORD, excerpt

_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+")
_WORD = re.compile(WORD)
_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？")


@cache
def _generic_words(name: str) -> frozenset[str]:
    """The entries of the shipped word list ``aligner/lang/generic/NAME``."""
    text = generic_data(name)
    if text is None:
        raise ConfigError(f"aligner/lang/generic/{name} is missing")
    return frozenset(word_list(text))


def name_particles() -> frozenset[str]:
    """Lower-case words allowed inside names (``aligner/lang/generic/name_particles.txt``)."""
    return _generic_words(NAME_PARTICLES_DATA)


@cache
def _unit_after_number() -> re.Pattern[str]:
    """A unit symbol right after a number (``500 mg``, ``500mg``, ``100 mg/ml``), as a
    whole word: ``500 mgs`` has none; a Chinese, Japanese or Korean word written onto
    it ends it (``500mg錠``)."""
    unit = "(?:" + "|".join(map(re.escape, sorted(unit_symbols(), key=len, reverse=True))) + ")"
    return re.compile(rf"(?<=\d)[ \u00a0\u202f]?{unit}(?:/{unit})*(?![^\W{GLUED_SCRIPTS}])")


@cache
def _lemmas(lang: str) -> frozenset[str]:
    return frozenset(lemma_table(lang).values())


def common_word(word: str, lang: str) -> bool:
    """Whether ``word`` is an ordinary word of ``lang`` (in its lemma table, or the one
    ``spacy-lookups-data`` has where term matching loads none: Portuguese ``Contexto``)
    -- not a month's name, which a date such as ``May 17, 2024`` is made of."""
    lower = word.lower()
    table = lemma_table(lang)
    known = (lower in table or lower in _lemmas(lang)) if table else lower in known_words(lang)
    # the tables lack most function words (Portuguese de, que, por): stopwords.txt has them
    return ((known or strip_accents(lower) in stopwords(lang))
            and lower not in _months(lang))


@cache
def _months(lang: str) -> frozenset[str]:
    from aligner.check.number_table import number_words

    return frozenset(name.lower() for names in number_words(lang).months.values()
                     for name in names)


# A token of code: a path (/opt/x, ./run.sh, C:\\x), an option (-U, --prefix=/x), an
# assignment or an identifier (a==2, max_size, std::vector), a file name (config.yml)
_CODE_TOKEN = re.compile(r"[/\\=_`$]|::|^-{1,2}[^\W\d_]|\w\.[a-z]{2,4}$")


def _code_line(text: str) -> bool:
    """A command line or a path, not a sentence: half its tokens or more are code, it
    does not end as a sentence does (``Use ./run.sh.`` is a sentence), and it opens
    with code, a lower-case word or one in capitals -- a command (``sudo``, ``pip``,
    a Dockerfile's ``WORKDIR``), not an instruction (``Run setup.exe --silent``)."""
    tokens = text.split()
    first = tokens[0] if tokens else ""
    return (bool(tokens) and not text.rstrip().endswith(_SENTENCE_END)
            and (_CODE_TOKEN.search(first) is not None or not first[:1].isupper()
                 or (len(first) > 1 and first.isupper()))  # a command: WORKDIR /app
            and 2 * sum(1 for t in tokens if _CODE_TOKEN.search(t)) >= len(tokens))


# A token of letters and digits together: a version, a model or a code (v3.1, x64, A4, 5G)
_LETTERS_AND_DIGITS = re.compile(r"(?<!\S)(?=\S*\d)(?=\S*[^\W\d_])\S+")


def _named(word: str) -> bool:
    """Whether ``word`` is written as a name: capitalised, or with a capital after a
    lower-case start (iOS, macOS, eBay)."""
    return word[0].isupper() or any(ch.isupper() for ch in word[1:])


def _measures_removed(text: str) -> str:
    """``text`` without what reads the same in every language around its numbers: its
    dimensions (``210 x 140 cm``, ``47 1/4 x 33 1/2 in.``: the letter ``x`` between
    numbers is no word), the unit symbols after a number and its codes of letters and
    digits (``v3.1``)."""
    if not any(ch.isdigit() for ch in text):
        return text
    text = _unit_after_number().sub(" ", without_dimensions(text))
    return _LETTERS_AND_DIGITS.sub(" ", text)


def only_names_numbers_urls(text: str, lang: str = "") -> bool:
    """True for units that are the same in any language: names, numbers, URLs, command
    lines and paths (:func:`_code_line`).

    A name is a run of capitalised words, possibly with particles (``Pablo
    Torres``, ``Miguel de Cervantes``); any other lower-case word makes the
    unit translatable text.  A single capitalised word is a name only when it
    is not an ordinary word of ``lang`` (``Gaudichaud``, not ``Gracias``); a word with
    a capital after a lower-case start is a name too (``iOS 17``).  A unit of measure
    after a number counts as the number (``Dolorín 500 mg``), and so does a dimension
    (``210 x 140 cm``); a token of letters and digits together is a code (``v3.1``,
    ``x64``).
    """
    text = _URL.sub(" ", text)
    if _code_line(text):
        return True
    text = _measures_removed(text)
    words = _WORD.findall(text)
    particles = name_particles()
    capitalised = [w for w in words if _named(w)]
    if not all(_named(w) or w in particles for w in words):
        return False
    if len(capitalised) * 2 < len(words):
        return False
    if len(capitalised) == 1:
        return not common_word(capitalised[0], lang)
    return True


#: A copied unit of at most this many words, each an ordinary word of the target
#: language too, is the same in both (``No``, ``Editor``, ``Total``: a table's cells).
_SAME_WORDS_MAX = 3
# A heading's section number before its words, with its stops (``3.1 Contexto``,
# ``2. Resultados``): a number of the numbering, not of the text (``Tome 500 mg``)
_SECTION_NUMBER = re.compile(r"^\s*\d{1,3}(?:\.\d{1,2})*\.(?:\d{1,2})?\s+(?=[^\W\d_])")


def _same_in_both(text: str, ctx: Context) -> bool:
    """Whether a unit copied from its source is right as it is: its words are terms the
    glossary renders as themselves (``Windows`` -> ``Windows``, a product's name marked
    do-not-translate), or it is a word or a few, each an ordinary word of the target
    language as much as of the source (its lemma table, where it has one: ``Total``,
    ``No`` and ``Editor`` are Spanish words too) beside names (:func:`_shared_words`:
    ``Teatro romano de Mérida`` from Spanish into Portuguese), or numbers with a few
    words, each a function word of the target language too (its ``stopwords.txt``:
    ``de 9.00 a 14.00 h`` from Catalan into Spanish; a number among other words is text
    to check: ``Tome 500 mg``), or two or three such ordinary words (``Visita guiada:
    5 €``)."""
    if ctx.glossary is not None:
        kept = sorted({e.source for e in ctx.glossary.entries
                       if e.status is not TermStatus.FORBIDDEN
                       and e.source.casefold() == e.target.casefold()}, key=len, reverse=True)
        for term in kept:
            text = re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", " ", text, flags=re.IGNORECASE)
    text = _SECTION_NUMBER.sub("", text, count=1)
    words = _WORD.findall(text)
    if not words:
        return True
    if any(ch.isdigit() for ch in text):
        # numbers with a few function words around them that the target language has
        # too (the copy is the source's): a range of hours between close languages
        # (de 9.00 a 14.00 h, del 3 al 7 from Catalan into Spanish); a word that is
        # none (Tome 500 mg, Total 500) is text to translate -- unless two words or
        # more are the target language's too (Visita guiada: 5 € from Spanish into
        # Portuguese): one shared word is chance, a shared phrase a close language
        function_words = stopwords(ctx.tgt_lang)
        words = _WORD.findall(_measures_removed(text))
        if len(words) > _SAME_WORDS_MAX:
            return False
        if all(strip_accents(w.lower()) in function_words for w in words):
            return True
        shared = _shared_words(words, ctx)
        return shared is not None and len(shared) == len(words) >= 2
    shared = _shared_words(words, ctx)
    # beside a name, a shared phrase (two words or more): one shared word is chance
    # (Dolorín mg)
    return shared is not None and (1 if len(shared) == len(words) else 2) <= len(
        shared) <= _SAME_WORDS_MAX


def _shared_words(words: list[str], ctx: Context) -> list[str] | None:
    """``words`` less the names among them, when each of the rest is an ordinary word of
    the target language and none a function word of the source only (Spanish ``y``,
    ``el``: the copy is the source's); None when one is not.  A name is a capitalised
    word that is an ordinary word of neither language (``Mérida``, ``Monfragüe``; not
    ``Horario``, a Spanish word)."""
    source_only = stopwords(ctx.src_lang) - stopwords(ctx.tgt_lang)
    rest = []
    for w in words:
        if strip_accents(w.lower()) in source_only:
            return None
        if common_word(w, ctx.tgt_lang):
            rest.append(w)
        elif not (_named(w) and not common_word(w, ctx.src_lang)):
            return None
    return rest


#: A unit its document sets in italics whole, of at most this many words, is quoted as
#: written: a title, a motto, an epigraph in Latin (``Historia magistra vitae.``).
_ITALIC_WORDS_MAX = 12
# an abbreviation and its period (p., vol., t., op. cit. in parts): looked up in the
# language's segmentation data
_ABBREVIATION = re.compile(r"(?<![\w.])[^\W\d_]{1,6}\.")


def _cited(unit: Unit, lang: str) -> bool:
    """Whether a unit copied from its source is a reference, the same in every
    language: its italics (a work's title: the document's formatting) and the
    abbreviations of citations (``p.``, ``vol.``, ``t.``, ``Ibid.``: the language's
    abbreviations, :mod:`aligner.segment.rules`, and a lower-case letter's, ``t. 1``,
    ``n. 3``) aside, it is names and numbers
    (``Gaudichaud, Franck, *Poder popular y cordones industriales*, Santiago, LOM, 2004,
    p. 45.``, ``Ibid., p. 7.``).  A unit all in italics is one when short
    (:data:`_ITALIC_WORDS_MAX`: a title, a motto); a sentence set in italics for
    emphasis is text to translate.  A subtitle's italics are no title: they set a voice
    off screen, a narrator, a thought, a phone's voice apart (a unit with cues,
    :attr:`~aligner.check.units.Unit.cue_at`), so they count as plain text here."""
    from aligner.segment.rules import rules_for

    rest = unit.source
    italic = () if unit.cue_at is not None else unit.src_italic
    for text in italic:
        rest = rest.replace(text, " ", 1)
    if italic and not any(ch.isalnum() for ch in rest):
        return len(_WORD.findall(unit.source)) <= _ITALIC_WORDS_MAX
    rules = rules_for(lang)
    rest = _ABBREVIATION.sub(lambda m: " " if rules.classify(m[0]) is not None or (
        len(m[0]) == 2 and m[0][0].islower()) else m[0], rest)  # t. 1, n. 3: a letter's
    # a title in italics, or an author's names, or no word at all: a name alone is a
    # word the lemma table lacks as often (Véase la p. 7.)
    names = sum(1 for w in _WORD.findall(rest) if _named(w))
    return ((bool(italic) or names >= 2 or not any(ch.isalpha() for ch in rest))
            and only_names_numbers_urls(rest, lang))


def completeness_moves(ctx: Context) -> Mapping[int, Move]:
    """Each unit of a move (:mod:`aligner.check.moved`) and its move; none when
    ``moved`` is turned off (its units are then omissions and additions again)."""
    if "moved" in ctx.options.disabled:
        return {}
    return {u: move for move in find_moves(ctx) for u in (*move.src_units, *move.tgt_units)}


def _moved(u: int, move: Move, ctx: Context) -> Iterator[Finding]:
    """``moved`` on the first unit of each side of ``move`` (naming the other side's
    units, and their paragraph where the documents have them); nothing on the others."""
    src, tgt = unit_ranges(move.src_units), unit_ranges(move.tgt_units)
    if u == move.src_units[0]:
        at = ctx.units[move.tgt_units[0]].paragraphs
        where = f" (target paragraph {at[1]})" if at and at[1] is not None else ""
        yield Finding("moved", ctx.severity("moved"), u,
                      f"moved: this source text ({src}) is translated elsewhere, at {tgt}"
                      f"{where}: not an omission",
                      src_span=(0, len(ctx.units[u].source)))
    elif u == move.tgt_units[0]:
        at = ctx.units[move.src_units[0]].paragraphs
        where = f" (paragraph {at[0]})" if at and at[0] is not None else ""
        yield Finding("moved", ctx.severity("moved"), u,
                      f"moved: this target text ({tgt}) translates the source's {src}"
                      f"{where}, from elsewhere: not an addition",
                      tgt_span=(0, len(ctx.units[u].target)))


def check_completeness(ctx: Context, moves: Mapping[int, Move]) -> Iterator[Finding]:
    # two versions of a text in one language (en-GB and en-US, a revision): a sentence
    # kept as it was is no sentence left untranslated
    one_language = same_language(ctx.src_lang, ctx.tgt_lang)
    for u, unit in enumerate(ctx.units):
        if u in moves:  # translated elsewhere: neither an omission nor an addition
            yield from _moved(u, moves[u], ctx)
            continue
        if (blank := is_blank(unit.source)) != is_blank(unit.target) and any(unit.front_matter):
            # a copyright page, a dedication the book marks, on one side: a part of
            # the edition, not of the text a translation owes (Part.FRONT_MATTER)
            yield Finding("one-sided-front-matter", ctx.severity("one-sided-front-matter"), u,
                          f"front matter only in the {'target' if blank else 'source'}, as the "
                          "book marks it (a copyright page, a dedication): no translation owed")
            continue
        if is_blank(unit.source):
            # an addition: text the source does not have -- not names, numbers or links
            # only (web-page chrome on one side, "Facebook Twitter Share"), unless it
            # ends as a sentence does (German capitalises its nouns: "Vielen Dank.")
            target = unit.target.rstrip()
            if not is_blank(target) and (target.endswith(_SENTENCE_END) or
                                         not only_names_numbers_urls(target, ctx.tgt_lang)):
                yield Finding("empty-source", ctx.severity("empty-source"), u,
                              "the source is empty: the target adds text",
                              tgt_span=(0, len(unit.target)))
            continue
        if is_blank(unit.target):
            yield Finding("empty-target", ctx.severity("empty-target"), u,
                          "the target is empty: the source is not translated (an omission)")
            continue
        for sentence in unit.omitted:
            at = unit.source.find(sentence)
            yield Finding(
                "possible-omission", ctx.severity("possible-omission"), u,
                f"the source sentence {excerpt(sentence)!r} may be untranslated: "
                "the target reads as a translation of the rest of the unit",
                src_span=(at, at + len(sentence)) if at >= 0 else None)
        # code, as the document marks it (a code block's line, a unit of inline code
        # only), is the same in every language
        if not one_language and is_copy(unit.source, unit.target) and (
                not unit.source_is_code) and not (
                only_names_numbers_urls(unit.source, ctx.src_lang)) and not _same_in_both(
                unit.source, ctx) and not _cited(unit, ctx.src_lang):
            yield Finding(
                "untranslated",
                ctx.severity("untranslated"),
                u,
                "the target is the source text, untranslated",
                src_span=(0, len(unit.source)),
                tgt_span=(0, len(unit.target)),
            )
