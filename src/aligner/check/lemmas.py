"""Word-form normalisation for term matching: lemma tables plus our own rules.

Lemma tables come from the ``spacy-lookups-data`` package (read directly from
its data files by :mod:`aligner.check.lemma_tables`).  They map inflected forms to
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

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

# re-exported: callers fold accents and read word forms through this module
from aligner.check.accents import same_stress as same_stress
from aligner.check.accents import stress as stress
from aligner.check.accents import strip_accents as strip_accents
from aligner.check.lemma_tables import lemma_table as lemma_table
from aligner.check.lemma_tables import table_lemmas
from aligner.check.lemma_tables import with_accents as with_accents
from aligner.check.verbs import conjugations
from aligner.lang import FORMS_DATA, STOPWORDS_DATA, get_profile, no_plural_rules


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
        self._verbs = table_lemmas(profile.code) if profile.clitic_bases is not no_plural_rules \
            else frozenset()
        self._unspaced = profile.sentence_separator == ""
        self._conjugations = conjugations(profile.code)
        self._function_words = (frozenset(strip_accents(w) for w in
                                          profile.word_list(STOPWORDS_DATA))
                                if self._endings.agreement else frozenset())

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
        (``l'autrice``) the same forms of the word that follows too.  Not the verbs it
        may be a form of (:meth:`verb_forms`)."""
        forms = [lower, *self._endings.unglued(lower)]
        lemma = self._table.get(lower)
        if lemma is not None:
            forms.append(lemma.lower())
        if lemma is None:
            forms.extend(self._clitic_verbs(lower))
        return _dedupe_stripped(forms + self._inflected(lower, self.text_forms))

    def verb_forms(self, lower: str, *, function_words: bool = False
                   ) -> list[tuple[str, str]]:
        """The infinitives a word of running text may be a form of, each with its stem
        as written (:meth:`aligner.check.verbs.Conjugations.infinitives`); after an
        elided pronoun or article (``s'enregistrer``, ``l'enregistre``) those of the
        word that follows.  A function word has some only with ``function_words``."""
        rest = self._endings.elided(lower)
        return self._conjugations.infinitives(lower if rest is None else rest,
                                              function_words=function_words)

    def conjugated(self, lower: str) -> tuple[str, ...]:
        """Every form the language's ``verbs.txt`` makes of the infinitive ``lower``,
        accent-free (none for a word that is no infinitive): what a search for a verb
        looks for (:meth:`aligner.check.verbs.Conjugations.conjugated`)."""
        return _dedupe_stripped(self._conjugations.conjugated(lower))

    def is_function_word(self, lower: str) -> bool:
        """Whether ``lower`` is a function word of the language (``stopwords.txt``)."""
        return self._conjugations.is_function_word(lower)

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

    def without_reflexive(self, words: list[str]) -> int | None:
        """Which word of a reflexive verb term is the verb (1, -1; None: the term is no
        such verb; :meth:`aligner.check.verbs.Conjugations.without_reflexive`)."""
        return self._conjugations.without_reflexive(words)

    def elided(self, lower: str) -> str | None:
        """The word after an elided article (``l'usuario`` -> ``usuario``); None when
        ``lower`` starts with none of the language's."""
        return self._endings.elided(lower)

    def contracted(self, lower: str) -> tuple[str, ...]:
        """The forms of the contraction ``lower`` is (:meth:`WordEndings.contracted`)."""
        return self._endings.contracted(lower)

    def contraction_groups(self) -> tuple[tuple[str, ...], ...]:
        """Every ``[contractions]`` line of the language."""
        return self._endings.contractions

    def term_forms(self, lower: str, *, attributive: bool = False,
                   in_phrase: bool = False, after: str | None = None) -> tuple[str, ...]:
        """Forms of a word of a glossary term.

        ``in_phrase``: the term has other words; a contraction of it is then each
        form of its ``[contractions]`` line (``dados do usuário``, ``dados dos
        usuários``).

        ``after``: the word of the term just before it.  When that is no function word
        (the language's ``stopwords.txt``), the word may agree with it as an adjective
        with its noun and takes the ``[agreement endings]`` (Spanish ``usuario
        registrado``, ``usuaria registrada``; not ``golpe de estado``, ``estada``).

        ``attributive``: the word is written in lower case and another word of the
        term follows it (:func:`aligner.check.terms.attributive_words`), as an
        adjective before its noun; it then also takes every ending of the
        language's ``[attributive endings]`` (German ``fristlose`` ->
        ``fristloser``), which are no endings of other words (``Arbeiter``).

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
        if attributive:
            forms.extend(self._endings.attributive_forms(lower))
        forms.extend(self._conjugations.term_infinitives(lower))
        if in_phrase:
            forms.extend(f for f in self._endings.contracted(lower) if " " not in f)
        if after is not None and strip_accents(after) not in self._function_words:
            forms.extend(self._endings.agreeing_forms(lower))
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
    #: Prepositions joined with an article (``[contractions]``, Portuguese ``do da dos
    #: das``), each with its other forms, accent-free: inside a term of several words
    #: one is every other (:meth:`contracted`).  A form of two words (Spanish ``de
    #: los`` for ``del``) is its words joined by a space.
    contractions: tuple[tuple[str, ...], ...] = ()
    #: Endings a word after its noun in a term takes in place of its own, as it agrees
    #: with the noun (``[agreement endings]``, Spanish ``ado``, ``ada``: ``usuario
    #: registrado``, ``usuaria registrada``), each with what replaces it.
    agreement: tuple[tuple[str, str], ...] = ()

    def agreeing_forms(self, lower: str) -> list[str]:
        """``lower`` with each agreement ending it has replaced, in the singular and a
        plural in ``s`` alike (``registrados`` -> ``registradas``)."""
        word = strip_accents(lower)
        stem, plural = (word[:-1], "s") if word.endswith("s") else (word, "")
        return [stem[:len(stem) - len(end)] + put + plural for end, put in self.agreement
                if stem.endswith(end) and len(stem) > len(end) + 1]

    def contracted(self, lower: str) -> tuple[str, ...]:
        """The forms of the contraction ``lower`` is (with an elided one's apostrophe
        dropped: ``dell'``); none when it is no contraction."""
        word = strip_accents(lower).rstrip("'")
        return next((group for group in self.contractions if word in group), ())

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

    def attributive_forms(self, lower: str) -> list[str]:
        """``lower`` with each attributive ending in place of the one it has, when
        :attr:`min_base` letters are left (``austauschbarer`` -> ``austauschbare``,
        ``austauschbarem``, ...); none for a word without one (``arbeit``)."""
        word = strip_accents(lower)
        for end in self.attributive:
            if word.endswith(end) and len(word) - len(end) >= self.min_base:
                stem = word[:len(word) - len(end)]
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
    (:meth:`WordEndings.attributive_forms`), and ``[suffix marks]``, one character a
    line that sets a suffix off a name (Turkish ``'``), and ``[particles]`` and
    ``[prefixes]``, one a line, that a word of running text may carry glued to its end
    or start (:meth:`WordEndings.unglued`), and ``[contractions]``, a line of tab-separated
    forms of one preposition with the article (:attr:`WordEndings.contractions`), and
    ``[agreement endings]``, an ending and what replaces it after a noun
    (:attr:`WordEndings.agreement`); none for a language without the file."""
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
    contractions: list[tuple[str, ...]] = []
    agreement: list[tuple[str, str]] = []
    glued: dict[str, list[str]] = {"[particles]": [], "[prefixes]": []}
    min_base = _BASE_MIN
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line
            if section not in ("[endings]", "[elisions]", "[base]", "[suffix marks]",
                               "[attributive endings]", "[contractions]",
                               "[agreement endings]", *glued):
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
        elif section == "[contractions]" and len(cells) >= 2 and all(
                w.isalpha() for c in cells for w in c.rstrip("'").split()):
            contractions.append(tuple(" ".join(strip_accents(c.lower()).rstrip("'").split())
                                      for c in cells))
        elif section == "[agreement endings]" and len(cells) == 2 and all(
                c.isalpha() for c in cells):
            agreement.append((strip_accents(cells[0].lower()), strip_accents(cells[1].lower())))
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
    return WordEndings(least, tuple(elisions), tuple(attributive), min_base, tuple(marks),
                       particles, prefixes, contractions=tuple(contractions),
                       agreement=tuple(agreement))


def _dedupe_stripped(forms: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for f in forms:
        seen.setdefault(strip_accents(f), None)
    return tuple(seen)
