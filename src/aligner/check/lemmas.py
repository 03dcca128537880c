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

# re-exported: callers read lemma tables and forms.txt through this module
from aligner.check.endings import WordEndings
from aligner.check.endings import parse_forms as parse_forms
from aligner.check.endings import word_endings as word_endings
from aligner.check.folding import strip_accents
from aligner.check.lemma_tables import irregular_verbs, lemma_index, table_lemmas
from aligner.check.lemma_tables import lemma_table as lemma_table
from aligner.check.lemma_tables import with_accents as with_accents
from aligner.check.separable import verb_forms
from aligner.check.verbs import conjugations
from aligner.lang import STOPWORDS_DATA, get_profile, no_plural_rules


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
        #: How the language's words are compared: every form given here is folded so.
        self.fold = self._endings.fold
        self._clitic_bases = profile.clitic_bases
        self._verbs = table_lemmas(profile.code) if profile.clitic_bases is not no_plural_rules \
            else frozenset()
        self._unspaced = profile.sentence_separator == ""
        self._conjugations = conjugations(profile.code)
        self._lemmas = table_lemmas(profile.code)
        self._verb_term_endings = profile.verb_term_endings
        self._function_words = (frozenset(self._endings.fold(w) for w in
                                          profile.word_list(STOPWORDS_DATA))
                                if self._endings.agreement or self._endings.stem_changes
                                else frozenset())
        #: The inflection of the language's verbs with separable particles
        #: (separable.txt; German), for verb terms.
        self.verbs = verb_forms(profile.code)

    def term_stems(self, term: str) -> list[str]:
        """In a language written without spaces between words (Japanese), a term less
        an ending of its ``forms.txt`` when two characters or more are left: the stem
        its inflected forms begin with (``削除する`` -> ``削除``, ``美しい`` -> ``美し``),
        and the stems its ``[stems]`` make (``含む`` -> ``含み``, ``含ん``, ``含ま``, ...;
        ``備える`` -> ``備え``; ``有する`` -> ``有し``, ``有さ``).
        None elsewhere: there endings belong to words (:meth:`text_forms`)."""
        if not self._unspaced:
            return []
        stems = [term[:len(term) - len(end)] for end, _, _ in self._endings.endings
                 if term.endswith(end) and len(term) - len(end) >= _CJK_STEM_MIN]
        # a verb's other stems (its forms.txt [stems]): 含む -> 含み, 含ん, 含ま, ...
        stems += [term[:len(term) - len(end)] + put for end, puts in self._endings.stems
                  if term.endswith(end) for put in puts
                  if len(term) - len(end) + len(put) >= _CJK_STEM_MIN]
        # a stem that another begins is found by that one (削除し by 削除, 設けら by 設け)
        return [s for s in dict.fromkeys(stems) if s != term
                and not any(o != s and s.startswith(o) for o in stems)]

    def text_forms(self, lower: str) -> tuple[str, ...]:
        """Forms of a word met in running text: itself, its lemma, rule forms, the
        bases its endings leave (:func:`word_endings`); after an elided article
        (``l'autrice``) the same forms of the word that follows too; last, the marked
        infinitives it may be a form of by its ``separable.txt``
        (:meth:`aligner.check.separable.VerbForms.infinitives`).  Not the verbs its
        ``verbs.txt`` makes it a form of (:meth:`verb_forms`)."""
        unglued = self._endings.unglued(lower)
        forms = [lower, *unglued]
        lemma = self._table.get(lower)
        if lemma is not None:
            forms.append(lemma.lower())
        if lemma is None:
            forms.extend(self._clitic_verbs(lower))
        forms += self._inflected(lower, self.text_forms)
        # the bases of the word less a prefix too (Amharic በምልክቶቹ: በ + ምልክቶቹ, ምልክት)
        forms += [base for word in unglued for base in self._endings.bases(word)]
        return _dedupe(forms + self.verbs.infinitives(lower), self._endings.fold)

    def verb_forms(self, lower: str, *, function_words: bool = False
                   ) -> list[tuple[str, str]]:
        """The infinitives a word of running text may be a form of, each with its stem
        as written (:meth:`aligner.check.verbs.Conjugations.infinitives`); after an
        elided pronoun or article (``s'enregistrer``, ``l'enregistre``) those of the
        word that follows.  A function word has some only with ``function_words``.
        In a language with a lemma table (Spanish) only verbs the table lacks, and a
        word the table knows only by a participle's ending; an irregular participle
        (``[irregular participles]``) of any verb."""
        rest = self._endings.elided(lower)
        word = lower if rest is None else rest
        if not self._table:
            return self._conjugations.infinitives(word, function_words=function_words)
        # with a lemma table (Spanish), verbs.txt serves the verbs it lacks, and a word
        # it knows (a noun, apertura; a form of a verb it has) is read as a participle
        # only (estatizado, which the table lists as an adjective)
        # (estatizado, which the table lists as an adjective); an irregular participle
        # is read for every verb (escritos, which the table makes the noun escrito's)
        known = word in self._table or word in self._lemmas
        irregular = self._conjugations.irregular_participles(word)
        return [(verb, stem) for verb, stem in self._conjugations.infinitives(
                    word, function_words=function_words, participle_only=known)
                if verb not in self._lemmas or (verb, stem) in irregular]

    def conjugated(self, lower: str) -> tuple[str, ...]:
        """Every form the language's ``verbs.txt`` makes of the infinitive ``lower``,
        accent-free (none for a word that is no infinitive, nor for a verb of the
        language's lemma table): what a search for a verb looks for
        (:meth:`aligner.check.verbs.Conjugations.conjugated`)."""
        if lower in self._lemmas:
            return ()  # a verb of the lemma table: its forms are the table's
        return _dedupe(self._conjugations.conjugated(lower), self._endings.fold)

    def agreeing(self, lower: str) -> list[str]:
        """The forms of a word in the other gender by the language's ``[agreement
        endings]``, folded (``revestido`` -> ``revestida``), which its own forms do not
        reach: a one-word term is found in them after a noun only
        (:class:`aligner.check.terms.TermMatcher`, step 19).  An ending that is a letter
        added (Arabic ``-``, ``ة``) makes none: any word may take it."""
        own = set(self.term_forms(lower))
        return [f for f in dict.fromkeys(self._endings.agreeing_forms(lower, added=False))
                if f not in own]

    def agrees_after(self, lower: str) -> bool:
        """Whether a word after ``lower`` may agree with it as an adjective with its noun:
        ``lower`` is no function word (``stopwords.txt``), as for a term's words
        (:meth:`term_forms`)."""
        return self._endings.fold(lower) not in self._function_words

    def is_function_word(self, lower: str) -> bool:
        """Whether ``lower`` is a function word of the language (``stopwords.txt``)."""
        return self._conjugations.is_function_word(lower)

    def _clitic_verbs(self, lower: str) -> list[str]:
        """A verb form with its attached pronouns (Spanish ``consérvese``,
        ``conservarlos``, ``conservándolo``): the form and its verb.  The pronouns
        move the stress mark onto the form (``conserve`` -> ``consérve-se``), so the
        form is looked up without it too; a form that is not a verb's in the lemma
        table is no such thing (``escuela`` is not ``escue-la``).  A form of fewer than
        four letters is one only when the language's ``verbs.txt`` lists it as an
        irregular form (``dá-selo``, ``di-me``, ``haz-lo``): ``me-la`` is no verb's;
        nor is a word it lists as no verb's form (``Dios`` is no ``di-os``)."""
        found: list[str] = []
        irregular = self._conjugations.forms
        if lower in self._conjugations.not_forms:
            return found
        for base in self._clitic_bases(lower):
            for form in dict.fromkeys((base, strip_accents(base))):
                if len(form) < _CLITIC_BASE_MIN and form not in irregular:
                    continue
                verb = (irregular.get(form) or self._table.get(form)
                        or (form if form in self._verbs else None))
                if verb is not None and verb.endswith(_VERB_ENDINGS):
                    found += [form, verb.lower()]
        return found

    def without_reflexive(self, words: list[str]) -> int | None:
        """Which word of a reflexive verb term is the verb (1, 0; None: the term is no
        such verb; :meth:`aligner.check.verbs.Conjugations.without_reflexive`)."""
        return self._conjugations.without_reflexive(words)

    def respelled(self, text: str) -> tuple[str, tuple[int, ...] | None]:
        """``text`` with the spellings typed for others that the language lists as those
        (Catalan ``col.legi``, ``coŀlegi`` as ``col·legi``), and where each of its
        characters stands in ``text`` when their number changed
        (:meth:`aligner.check.endings.WordEndings.respelled`)."""
        return self._endings.respelled(text)

    def elided(self, lower: str) -> str | None:
        """The word after an elided article (``l'usuario`` -> ``usuario``); None when
        ``lower`` starts with none of the language's."""
        return self._endings.elided(lower)

    def contracted(self, lower: str) -> tuple[str, ...]:
        """The forms of the contraction ``lower`` is
        (:meth:`aligner.check.endings.WordEndings.contracted`)."""
        return self._endings.contracted(lower)

    def contraction_groups(self) -> tuple[tuple[str, ...], ...]:
        """Every ``[contractions]`` line of the language."""
        return self._endings.contractions

    def term_forms(self, lower: str, *, attributive: bool = False, capital: bool = False,
                   verb: bool = False, in_phrase: bool = False, after: str | None = None
                   ) -> tuple[str, ...]:
        """Forms of a word of a glossary term.

        ``in_phrase``: the term has other words; a contraction of it is then each
        form of its ``[contractions]`` line (``dados do usuário``, ``dados dos
        usuários``).

        ``after``: the word of the term just before it (none: the word's stem may change,
        :func:`changed`).  When that is no function word
        (the language's ``stopwords.txt``), the word may agree with it as an adjective
        with its noun and takes the ``[agreement endings]`` (Spanish ``usuario
        registrado``, ``usuaria registrada``; not ``golpe de estado``, ``estada``).

        A word written with an article of the language's ``[articles]`` (Arabic ``ال``)
        is also the word without it, and the bases its endings leave
        (:meth:`aligner.check.endings.WordEndings.unarticled`).

        ``attributive``: the word is written in lower case and another word of the
        term follows it (:func:`aligner.check.terms.attributive_words`), as an
        adjective before its noun; it then also takes every ending of the
        language's ``[attributive endings]`` (German ``fristlose`` ->
        ``fristloser``), which are no endings of other words (``Arbeiter``).
        ``capital``: the word is written with a capital; a noun made from an
        adjective (German ``Verantwortlicher``) takes them too, when what is left
        ends as one of ``[adjective stems]`` does (``-lich``).  ``verb``: the word may
        be a verb, and one shaped as an infinitive brings its marked self
        (:meth:`aligner.check.separable.VerbForms.marked`).

        A term word brings its table lemma only when it looks inflected (a
        plural, or a feminine whose lemma differs in the last vowel, or a verb's form
        :meth:`is_verb_form` says it is only): the tables also map base nouns to
        unrelated verbs (``fundo`` -> ``fundir``, ``partido`` -> ``partir``), and
        adding those would make every form of the verb match the term.
        """
        forms = [lower]
        lemma = self._table.get(lower)
        if lemma is not None and (
            lower.endswith("s") or (lower[:-1] == lemma[:-1] and lower.endswith("a"))
            or self.is_verb_form(lower, lemma)
        ):
            forms.append(lemma.lower())
        elif lemma is not None:
            forms.extend(self.irregular_forms(lower, lemma))
        if attributive or capital:
            forms.extend(self._endings.attributive_forms(lower, noun=not attributive))
        if verb:
            forms.extend(self.verbs.marked(lower))
        forms.extend(self._conjugations.term_infinitives(lower))
        if in_phrase:
            forms.extend(f for f in self._endings.contracted(lower) if " " not in f)
        # a word written with the article is also the word without it, and its forms
        # (Arabic المساعدات: مساعدات, مساعدة), as a text word sheds it (text_forms)
        bare = self._endings.unarticled(lower)
        forms += bare + [base for word in bare for base in self._endings.bases(word)]
        # a closed last syllable as an ending opens it (Ukrainian Київ: Києва, Києві)
        forms += [f for word in opened(self._endings, lower)
                  for f in (word, *self._endings.bases(word))]
        # a stem that changes in the word's other forms (Polish bęben: bębna, bębnie;
        # pralka: pralce; wąż: węża): a term's first word, its noun, as a word after it
        # agrees as an adjective (dobra, not dobrze) or stays (rada miasta); not a
        # function word's
        if (self._endings.stem_changes and after is None
                and self._endings.fold(lower) not in self._function_words):
            forms += changed(self._endings, lower)
        if after is not None and self._endings.fold(after) not in self._function_words:
            forms.extend(f for word in (lower, *bare) for f in self._endings.agreeing_forms(word))
        return _dedupe(forms + self._inflected(lower, self.term_forms), self._endings.fold)

    def is_verb_form(self, lower: str, lemma: str) -> bool:
        """Whether a term word written in one of the language's ``verb_term_endings``
        is only a form of its table lemma, a verb: English ``comprising``,
        ``encrypted`` (of ``comprise``, ``encrypt``), which a patent or style glossary
        writes so, are found in ``comprises``, ``encrypt``.  Not a word the lemma
        index lists as a noun or adjective of its own (``building``, ``setting``,
        ``connected``, ``registered``), nor one whose verb is also a noun (``hosting``
        of ``host``, ``having`` of ``have``): the term would then be found in that
        noun, or join a term that is it."""
        if not lower.endswith(self._verb_term_endings) or lemma == lower:
            return False
        index = lemma_index(self.lang)  # read here: most term words have no such ending
        return (lemma in index.get("verb", ()) and lemma not in index.get("noun", ())
                and not any(lower in index.get(pos, ()) for pos in ("noun", "adj")))

    def irregular_forms(self, lower: str, lemma: str) -> list[str]:
        """The irregular forms of the verb a term word in one of the language's
        ``verb_term_endings`` is a form of, when the verb is also a noun and so is not
        brought whole (:meth:`is_verb_form`): English ``having`` -> ``has``, ``had``;
        ``done`` -> ``did``: the verb's forms in the exception list of the lemma data
        (:func:`aligner.check.lemma_tables.irregular_verbs`), which no noun shares
        (``haves``, ``hosts`` are not among them), less any that is a noun or adjective
        of its own (``left``, ``gone``).  None for a term word that is a noun or
        adjective of its own (``building``, ``connected``, ``taking``)."""
        if not lower.endswith(self._verb_term_endings) or lemma == lower:
            return []
        index = lemma_index(self.lang)
        if lemma not in index.get("verb", ()) or any(
                lower in index.get(pos, ()) for pos in ("noun", "adj")):
            return []
        return [f for f in irregular_verbs(self.lang).get(lemma, ())
                if not any(f in index.get(pos, ()) for pos in ("noun", "adj"))]

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

# The least a verb form keeps before its pronouns unless verbs.txt lists it (pon-lo).
_CLITIC_BASE_MIN = 4

# In characters of a script without spaces, the least a term's stem keeps (削除, 美し;
# not 高 of 高い).
_CJK_STEM_MIN = 2


def opened(endings: WordEndings, lower: str) -> list[str]:
    """A term word with the vowel of its closed last syllable as an ending opens it
    (``[closed syllables]``: Ukrainian ``харків`` -> ``харков``, ``харкев``, which
    ``Харкова`` and ``Харкові`` leave; ``тернопіль`` -> ``тернополь``), when only the
    ``[consonants]`` follow the vowel and the word has ``[base]`` letters or more (``рік``,
    ``року`` is not reached).  As written: Ukrainian ``ї`` opens to ``є`` (``київ`` ->
    ``києв``), which folded are ``і`` and ``є``."""
    word = unicodedata.normalize("NFC", lower)
    head = word.rstrip(endings.consonants) if endings.consonants else word
    if head == word or len(word) < endings.min_base:
        return []
    return [head[:-1] + put + word[len(head):] for vowel, put in endings.closed
            if head.endswith(vowel)]


# The least a changed stem keeps (Polish węż of wąż; not pn of pień).
_CHANGED_MIN = 3


def changed(endings: WordEndings, lower: str) -> list[str]:
    """A term word with the ending of each of its language's ``[stem changes]`` it has
    replaced (:attr:`aligner.check.endings.WordEndings.stem_changes`): a form of the word
    (Polish ``pralka`` -> ``pralce``, ``filtr`` -> ``filtrze``, ``drzwiczki`` ->
    ``drzwiczek``), or a stem: itself when it keeps ``[base]`` letters, which the bases
    of the word's forms meet (``bęben`` -> ``bębn``: ``bębna``, ``bębnie``), else with each
    plain ending of ``[endings]`` after it (``wąż`` -> ``węża``, ``wężem``, ...).  An ending written
    after a consonant (``+ek``) changes only after one of ``[consonants]`` (``środek`` ->
    ``środk-``; not ``człowiek``); what is left keeps three letters, folded.  A word with
    an ending of ``[not changed]`` changes none (``wysoka``: no ``wysoce``)."""
    word = unicodedata.normalize("NFC", lower)
    if endings.unchanged and word.endswith(endings.unchanged):
        return []
    plain = [end for end, put, _ in endings.endings if not put]
    found: list[str] = []
    for end, after_consonant, put, stem in endings.stem_changes:
        head = word[:len(word) - len(end)]
        if not word.endswith(end) or (after_consonant and not (
                head and head[-1] in endings.consonants)):
            continue
        form = head + put
        if len(endings.fold(form)) < _CHANGED_MIN:
            continue
        # a stem of [base] letters is met as it is, by the bases a text word's endings
        # leave (bębnie, bębna: bębn); with every ending after it, it would also be met
        # by a word made from it (środkowy, końcowy: środk-ów, końc-ów, less -y)
        found += ([form] if len(endings.fold(form)) >= endings.min_base else
                  [form + e for e in plain]) if stem else [form]
    return found


def _dedupe(forms: list[str], fold: Callable[[str], str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for f in forms:
        seen.setdefault(fold(f), None)
    return tuple(seen)
