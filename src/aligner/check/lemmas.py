"""Word-form normalisation for term matching: lemma tables plus our own rules.

Lemma tables come from the ``spacy-lookups-data`` package (read directly from
its data files: no spaCy import, no download).  They map inflected forms to
lemmas but are noisy for our purpose -- ``fundo`` maps to the verb ``fundir``
while ``fundos`` maps to ``fundo``; ``golpe`` is absent while ``golpes`` maps
to ``golpe`` -- so a word is never reduced to *one* key.  Instead a word has a
small set of candidate base forms (itself, its table lemma, and what our
plural/gender rules give -- the language profile's ``plural_rules``, see
:mod:`aligner.lang`; in other languages the bases their endings leave, from the
language's ``forms.txt``) and a text word matches a term word when the two
sets meet (see :mod:`aligner.check.terms`).
"""

from __future__ import annotations

import gzip
import itertools
import json
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

# re-exported: callers fold accents and read word forms through this module
from aligner.check.accents import same_stress as same_stress
from aligner.check.accents import stress as stress
from aligner.check.accents import strip_accents as strip_accents
from aligner.check.verbs import verb_forms
from aligner.lang import FORMS_DATA, get_profile, no_plural_rules


@cache
def lemma_table(lang: str) -> Mapping[str, str]:
    """The ``lemma_lookup`` table of ``spacy-lookups-data`` for ``lang`` (empty if none)."""
    profile = get_profile(lang)
    if not profile.lemma_lookup:
        return {}
    data = resources.files("spacy_lookups_data").joinpath(
        "data", f"{profile.code}_lemma_lookup.json.gz")
    with data.open("rb") as fh:
        table: dict[str, str] = json.loads(gzip.decompress(fh.read()))
    return table


@cache
def _accented(lang: str) -> Mapping[str, str]:
    """``lang``'s table words (forms and lemmas) by their accent-free spelling, where that
    spelling is no table word itself and names one word only (``politica`` ->
    ``política``)."""
    table, lemmas = lemma_table(lang), _lemmas(lang)
    found: dict[str, str | None] = {}
    for word in itertools.chain(table, table.values()):
        if not word.isascii():
            plain = strip_accents(word)
            if plain not in table and plain not in lemmas and plain.isalpha():
                found[plain] = word if found.get(plain, word) == word else None
    return {plain: word for plain, word in found.items() if word is not None}


@cache
def _lemmas(lang: str) -> frozenset[str]:
    return frozenset(lemma_table(lang).values())


def with_accents(lang: str, word: str) -> str:
    """``word`` as the lemma table spells it when it was typed without its accents
    (``politica`` -> ``política``, ``Politicos`` -> ``Políticos``, case kept); else
    ``word``.
    For queries: a word of running text or of a glossary is taken as written."""
    lower = word.lower()
    if not lower.isascii() or lower in lemma_table(lang) or lower in _lemmas(lang):
        return word
    found = _accented(lang).get(lower)
    if found is None or len(found) != len(word):
        return word
    return "".join(a.upper() if c.isupper() else a for c, a in zip(word, found, strict=True))


class Forms:
    """Candidate base forms of words in one language.

    ``borrowed``: another language whose plural rules also apply -- a target
    text keeps some source words (``the cordones`` for ``cordón``) and
    inflects them the source language's way.
    """

    def __init__(self, lang: str, *, borrowed: str | None = None) -> None:
        profile = get_profile(lang)
        self.lang = profile.code
        self._table = lemma_table(profile.code)
        own = profile.plural_rules
        other = get_profile(borrowed).plural_rules if borrowed else no_plural_rules
        if other is own or other is no_plural_rules:
            self._rules = own
        else:
            self._rules = lambda word: own(word) + other(word)
        # A language without a lemma table of its own may list its endings and
        # elided articles (forms.txt, see word_endings).
        self._endings = word_endings(profile.code)
        self._clitic_bases = profile.clitic_bases
        self._verbs = _lemmas(profile.code) if profile.clitic_bases is not no_plural_rules \
            else frozenset()
        self._unspaced = profile.sentence_separator == ""
        #: The language's verb inflection (verbs.txt; German), for verb terms.
        self.verbs = verb_forms(profile.code)

    def term_stems(self, term: str) -> list[str]:
        """In a language written without spaces between words (Japanese), a term less
        an ending of its ``forms.txt`` when two characters or more are left: the stem
        its inflected forms begin with (``削除する`` -> ``削除``, ``美しい`` -> ``美し``).
        None elsewhere: there endings belong to words (:meth:`text_forms`)."""
        if not self._unspaced:
            return []
        return [term[:len(term) - len(end)] for end, _, _ in self._endings.endings
                if term.endswith(end) and len(term) - len(end) >= _CJK_STEM_MIN]

    def text_forms(self, lower: str) -> tuple[str, ...]:
        """Forms of a word met in running text: itself, its lemma, rule forms, the
        bases its endings leave (:func:`word_endings`); after an elided article
        (``l'autrice``) the same forms of the word that follows too; last, the marked
        infinitives it may be a form of (:meth:`aligner.check.verbs.VerbForms.infinitives`)."""
        forms = [lower, *self._endings.unglued(lower)]
        lemma = self._table.get(lower)
        if lemma is not None:
            forms.append(lemma.lower())
        if lemma is None:
            forms.extend(self._clitic_verbs(lower))
        forms += self._inflected(lower, self.text_forms)
        return _dedupe_stripped(forms + self.verbs.infinitives(lower))

    def _clitic_verbs(self, lower: str) -> list[str]:
        """A verb form with its attached pronouns (Spanish ``consérvese``,
        ``conservarlos``, ``conservándolo``): the form and its verb.  The pronouns
        move the stress mark onto the form (``conserve`` -> ``consérve-se``), so the
        form is looked up without it too; a form that is not a verb's in the lemma
        table is no such thing (``escuela`` is not ``escue-la``)."""
        found: list[str] = []
        for base in self._clitic_bases(lower):
            for form in dict.fromkeys((base, strip_accents(base))):
                verb = self._table.get(form) or (form if form in self._verbs else None)
                if verb is not None and verb.endswith(_VERB_ENDINGS):
                    found += [form, verb.lower()]
        return found

    def elided(self, lower: str) -> str | None:
        """The word after an elided article (``l'usuario`` -> ``usuario``); None when
        ``lower`` starts with none of the language's."""
        return self._endings.elided(lower)

    def term_forms(self, lower: str, *, attributive: bool = False, capital: bool = False,
                   verb: bool = False) -> tuple[str, ...]:
        """Forms of a word of a glossary term.

        ``attributive``: the word is written in lower case and another word of the
        term follows it (:func:`aligner.check.terms.attributive_words`), as an
        adjective before its noun; it then also takes every ending of the
        language's ``[attributive endings]`` (German ``fristlose`` ->
        ``fristloser``), which are no endings of other words (``Arbeiter``).
        ``capital``: the word is written with a capital; a noun made from an
        adjective (German ``Verantwortlicher``) takes them too, when what is left
        ends as one of ``[adjective stems]`` does (``-lich``).  ``verb``: the word may
        be a verb, and one shaped as an infinitive brings its marked self
        (:meth:`aligner.check.verbs.VerbForms.marked`).

        A term word brings its table lemma only when it looks inflected (a
        plural, or a feminine whose lemma differs in the last vowel): the
        tables also map base nouns to unrelated verbs (``fundo`` -> ``fundir``,
        ``partido`` -> ``partir``), and adding those would make every form of
        the verb match the term.
        """
        forms = [lower]
        lemma = self._table.get(lower)
        if lemma is not None and (
            lower.endswith("s") or (lower[:-1] == lemma[:-1] and lower.endswith("a"))
        ):
            forms.append(lemma.lower())
        if attributive or capital:
            forms.extend(self._endings.attributive_forms(lower, noun=not attributive))
        if verb:
            forms.extend(self.verbs.marked(lower))
        return _dedupe_stripped(forms + self._inflected(lower, self.term_forms))

    def _inflected(self, lower: str, elided: Callable[[str], tuple[str, ...]]) -> list[str]:
        """What text and term words share: the rule forms, the bases the language's
        endings leave, and after an elided article the ``elided`` forms of the word."""
        forms = [*self._rules(lower), *self._endings.bases(lower)]
        rest = self._endings.elided(lower)
        if rest is not None:
            forms.extend(elided(rest))
        return forms


# Infinitives of the languages with clitic_bases (Spanish -ar, -er, -ir, -ír).
_VERB_ENDINGS = ("ar", "er", "ir", "ír")

# The least a word keeps of itself when an ending is cut off: shorter bases would
# join too many unrelated words (Rat ~ Rate); in characters of a script without
# spaces, the least a term's stem keeps (削除, 美し; not 高 of 高い).
_BASE_MIN = 4
_REPLACED_MIN = 3
_CJK_STEM_MIN = 2


@dataclass(frozen=True, slots=True)
class WordEndings:
    """A language's inflectional endings and elided articles, from its ``forms.txt``.

    Two words are forms of one word when the bases their endings leave meet:
    German ``Verlages`` and ``Verlag`` (``es``), ``Autorinnen`` and ``Autorin``
    (``nen``), but not ``verlangt`` and ``Verlag`` -- a base is what an ending
    listed for the language leaves, never an arbitrary beginning.
    ``endings`` are (ending, what replaces it, the least base it leaves) triples,
    accent-free, longest first.
    """

    endings: tuple[tuple[str, str, int], ...] = ()
    elisions: tuple[str, ...] = ()
    #: Endings an adjective takes before its noun (``[attributive endings]``, German
    #: ``-e -em -en -er -es``): a term's adjective takes them all, longest first.
    attributive: tuple[str, ...] = ()
    #: How the stem of an adjective made a noun ends (``[adjective stems]``, German
    #: ``lich`` of ``Verantwortlicher``): such a noun takes the attributive endings too.
    adjective_stems: tuple[str, ...] = ()

    #: The least a word keeps when a plain ending is cut off (``[base]``; French 5:
    #: cours is no plural of cour); an ending replaced by another keeps three, unless
    #: its line says otherwise (Portuguese ``ões`` keeps two: ações, ação).
    min_base: int = _BASE_MIN
    #: Marks that set a suffix off a name (``[suffix marks]``: Turkish ``'``, as in
    #: ``İstanbul'da``): the word before one is a form of the word.
    suffix_marks: tuple[str, ...] = ()
    #: Words glued to the end (``[particles]``: Korean ``는``, ``에서``) or the start
    #: (``[prefixes]``: Arabic ``ال``, ``و``, ``بال``) of a word of running text,
    #: longest first.  Only a text word sheds them (:meth:`unglued`): a glossary
    #: term is written bare, and cutting them off it too would join two terms
    #: that end or start alike (Korean ``사이다`` and ``사이``).
    particles: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()

    def bases(self, lower: str) -> list[str]:
        """What each of the endings ``lower`` has leaves of it, with the ending's
        replacement (Italian ``libri`` -> ``libro``); a plain ending leaves at least
        :attr:`min_base` letters, a replaced one three (``anni`` -> ``anno``), or what
        the ending's line sets; and the word before a suffix mark (``istanbul'da`` ->
        ``istanbul``, ``ab'de`` -> ``ab``)."""
        if not self.endings and not self.suffix_marks:
            return []
        word = strip_accents(lower)
        found = [word[:len(word) - len(end)] + put for end, put, least in self.endings
                 if word.endswith(end) and len(word) - len(end) >= least]
        for mark in self.suffix_marks:
            head, _, suffix = word.partition(mark)
            if suffix.isalpha() and len(head) >= 2:
                found.append(head)
        return found

    def unglued(self, lower: str) -> list[str]:
        """A text word less each particle it ends with and each prefix it starts with,
        when :attr:`min_base` letters (Hangul syllables) are left: ``필터는`` -> ``필터``,
        ``والمنصة`` -> ``المنصة``, ``منصة``; ``필터링`` ends in none and is left alone."""
        if not self.particles and not self.prefixes:
            return []
        # composed again: Hangul syllables count as letters, as their writers count
        word = unicodedata.normalize("NFC", strip_accents(lower))
        least = self.min_base
        found = [word[:len(word) - len(p)] for p in self.particles
                 if word.endswith(p) and len(word) - len(p) >= least]
        found += [word[len(p):] for p in self.prefixes
                  if word.startswith(p) and len(word) - len(p) >= least]
        return found

    def attributive_forms(self, lower: str, *, noun: bool = False) -> list[str]:
        """``lower`` with each attributive ending in place of the one it has, when
        :attr:`min_base` letters are left (``austauschbarer`` -> ``austauschbare``,
        ``austauschbarem``, ...); none for a word without one (``arbeit``).
        ``noun``: only when what is left ends in one of :attr:`adjective_stems`
        (``verantwortlicher``, not ``benutzer``)."""
        word = strip_accents(lower)
        for end in self.attributive:
            if word.endswith(end) and len(word) - len(end) >= self.min_base:
                stem = word[:len(word) - len(end)]
                if noun and not unicodedata.normalize("NFC", lower)[:-len(end)].endswith(
                        self.adjective_stems):
                    return []
                return [stem + other for other in self.attributive]
        return []

    def elided(self, lower: str) -> str | None:
        """The word after an elided article or preposition (``l'autrice`` -> ``autrice``)."""
        for article in self.elisions:
            if lower.startswith(article) and lower[len(article):len(article) + 1].isalpha():
                return lower[len(article):]
        return None


@cache
def word_endings(lang: str) -> WordEndings:
    """``lang``'s ``forms.txt``: a section ``[endings]`` of inflectional endings, one a
    line (``ending``, or ``ending<TAB>replacement``: French ``aux<TAB>al`` makes
    ``journaux`` a form of ``journal``; a third cell, a digit, is the least base the
    ending leaves when it is not :attr:`WordEndings.min_base` or three for a replaced
    ending), ``[elisions]`` of elided articles (``l'``)
    ``[base]``, the least a plain ending leaves (:attr:`WordEndings.min_base`),
    ``[attributive endings]``, one a line, of an adjective before its noun
    (:meth:`WordEndings.attributive_forms`), ``[adjective stems]``, how an adjective
    made a noun ends before them, and ``[suffix marks]``, one character a
    line that sets a suffix off a name (Turkish ``'``), and ``[particles]`` and
    ``[prefixes]``, one a line, that a word of running text may carry glued to its end
    or start (:meth:`WordEndings.unglued`); none for a language without the file."""
    profile = get_profile(lang)
    text = profile.data_text(FORMS_DATA)
    if text is None:
        return WordEndings()
    return parse_forms(text, name=f"{profile.code}/{FORMS_DATA}")


def parse_forms(text: str, *, name: str) -> WordEndings:
    """Parse a ``forms.txt`` (see :func:`word_endings`); a bad line raises ValueError."""
    section = ""
    endings: list[tuple[str, str, int | None]] = []
    elisions: list[str] = []
    marks: list[str] = []
    attributive: list[str] = []
    adjective_stems: list[str] = []
    glued: dict[str, list[str]] = {"[particles]": [], "[prefixes]": []}
    min_base = _BASE_MIN
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line
            if section not in ("[endings]", "[elisions]", "[base]", "[suffix marks]",
                               "[attributive endings]", "[adjective stems]", *glued):
                raise ValueError(f"{name}:{lineno}: unknown section {line}")
            continue
        cells = [c.strip() for c in line.split("\t")]
        if section == "[endings]" and len(cells) <= 3 and cells[0] and (
                len(cells) < 3 or (cells[2].isdigit() and 1 <= int(cells[2]) <= 9)):
            endings.append((strip_accents(cells[0].lower()),
                            strip_accents(cells[1].lower()) if len(cells) >= 2 else "",
                            int(cells[2]) if len(cells) == 3 else None))
        elif section == "[elisions]" and len(cells) == 1 and line.endswith("'"):
            elisions.append(line.lower())
        elif section == "[base]" and line.isdigit() and 2 <= int(line) <= 9:
            min_base = int(line)
        elif section == "[suffix marks]" and len(line) == 1 and not line.isalnum():
            marks.append(line)
        elif section == "[attributive endings]" and line.isalpha():
            attributive.append(strip_accents(line.lower()))
        elif section == "[adjective stems]" and line.isalpha():
            adjective_stems.append(unicodedata.normalize("NFC", line.lower()))
        elif section in glued and len(cells) == 1 and line.isalpha():
            glued[section].append(unicodedata.normalize("NFC", strip_accents(line.lower())))
        else:
            raise ValueError(f"{name}:{lineno}: not an entry of {section or 'a section'}: {line!r}")
    endings.sort(key=lambda e: -len(e[0]))
    elisions.sort(key=len, reverse=True)
    # [base] may follow [endings]: the defaults are settled once all is read
    least = tuple((end, put, n if n is not None else _REPLACED_MIN if put else min_base)
                  for end, put, n in endings)
    attributive.sort(key=len, reverse=True)
    particles, prefixes = (tuple(sorted(glued[k], key=len, reverse=True)) for k in glued)
    return WordEndings(least, tuple(elisions), tuple(attributive), tuple(adjective_stems),
                       min_base, tuple(marks), particles, prefixes)


def _dedupe_stripped(forms: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for f in forms:
        seen.setdefault(strip_accents(f), None)
    return tuple(seen)
