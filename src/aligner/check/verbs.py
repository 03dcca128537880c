"""Verb forms for term matching: a glossary verb, given as its infinitive, is found in
the forms a text conjugates it in (French ``Enregistrez``, ``a été supprimée``; Italian
``Salva``, ``Accedi``; Portuguese ``Baixe``, ``foram salvas``; Spanish, for the verbs its
lemma table lacks, ``Aperturaron``, ``estatizarlas``, ``empodérate``, ``reinvierte``
(a stem that changes its vowel: ``[stem changes]``), and for every verb
its irregular participles, ``escritos``: :meth:`aligner.check.lemmas.Forms.
verb_forms`).  German verbs, with their participle prefix and separable particles, are
read otherwise (:mod:`aligner.check.separable`).

A language's ``verbs.txt`` lists the endings of its regular conjugations, each with the
infinitive's ending it stands for (French ``ez``, ``er``: ``enregistrez`` ->
``enregistrer``), a few irregular forms whole (``faites``, ``faire``), the pronouns a
verb takes glued to its end (Italian ``eliminar-lo``) and the reflexive pronoun of a
verb term (``se connecter``).  Only a word of running text is read so, never a word of
a glossary term: a noun term is then never found in a verb's forms (``casa`` is no form
of ``casar``), while a verb term is found in a noun that is one of its forms
(``porta``, a door, is also ``porta``, it carries, of ``portare``): docs/checks.md
measures how often.  A function word of the language (``stopwords.txt``) is read as a
verb form only by the caller's choice (Portuguese ``entre``, between, is also the
imperative ``Entre`` of ``entrar``): the glossary checks find an approved rendering so,
never a forbidden one nor a source term.

Endings are matched with their accents (French ``supprimé`` but not ``dates``), and a
stem that writes a stress accent must write it as the term's infinitive does
(:mod:`aligner.check.terms`): Portuguese ``título`` is no form of ``titular``, nor
``célula`` of ``celular``, while French ``téléchargez`` is ``télécharger``'s.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache

from aligner.lang import STOPWORDS_DATA, VERBS_DATA, get_profile

#: The least a stem keeps when an ending is cut off (a line's third cell may set
#: another): shorter stems make too many words look like forms (``dato`` -> ``dare``).
_STEM_MIN = 3


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True, slots=True)
class Conjugations:
    """A language's regular verb endings and irregular forms, from its ``verbs.txt``.

    ``endings`` and ``hosts`` are (ending, the infinitive's ending, the least stem)
    triples, lower case with their accents, longest first.
    """

    endings: tuple[tuple[str, str, int], ...] = ()
    #: Irregular forms -> their infinitive (``faça`` -> ``fazer``).
    forms: dict[str, str] = field(default_factory=dict)
    #: Pronouns glued to the end of a verb form (Italian ``lo``: ``eliminarlo``), and the
    #: endings before them that are a verb's (``ar`` of an infinitive less its ``e``).
    clitics: tuple[str, ...] = ()
    hosts: tuple[tuple[str, str, int], ...] = ()
    #: Reflexive pronouns written apart from a verb term (``se connecter``), and a verb
    #: term's glued reflexive ending with its infinitive's (Italian ``arsi``, ``are``).
    reflexive: frozenset[str] = frozenset()
    reflexive_endings: tuple[tuple[str, str], ...] = ()
    #: The language's function words (``stopwords.txt``): read as verb forms only on
    #: request (:meth:`infinitives`), never searched for as one (:meth:`conjugated`).
    function_words: frozenset[str] = frozenset()
    #: Words whose endings make them look like a verb's form but that are none
    #: (French ``important``, no form of ``importer``).
    not_forms: frozenset[str] = frozenset()
    #: The endings of participles (Spanish ``ado``, ``ada``): what a word a lemma table
    #: knows as an adjective may still be read by (:meth:`infinitives`).
    participles: frozenset[str] = frozenset()
    #: Endings before a clitic after a stem that writes the stress accent the pronoun
    #: brings (Spanish imperative ``a``, ``ar``: ``estatíza-las``, ``empodéra-te``).
    accented_hosts: tuple[tuple[str, str, int], ...] = ()
    #: An ending -> what a stem it is cut from must not end in (Spanish ``o``, ``e``:
    #: ``chequeo`` is the noun, no first person of ``chequear``).
    not_after: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Irregular participles by their ending, read for every verb of the language, its
    #: lemma table's too (Spanish ``scrito``, ``scribir``: ``escritos``, ``reescrita``).
    irregular: tuple[tuple[str, str, int], ...] = ()
    #: Vowels a stem writes in place of its infinitive's where the stress falls on it
    #: (Spanish ``ie`` for ``e``: ``invierte``, ``invertir``), each with the endings of
    #: the infinitive it may (``ar``, ``er``, ``ir``) and the endings after which
    #: (``[stem changes]``: :meth:`_changed`).
    stem_changes: tuple[tuple[str, str, tuple[str, ...], frozenset[str]], ...] = ()

    def infinitives(self, lower: str, *, function_words: bool = False,
                    participle_only: bool = False) -> list[tuple[str, str]]:
        """The verbs a word of running text may be a form of: ``(infinitive, stem as
        written)`` pairs, the irregular form's own first (its stem: the empty string).
        A function word is none unless ``function_words``; with ``participle_only`` the
        word is read by a participle's ending only (``estatizado``; not ``apertura``,
        ``agenda``: a noun the lemma table knows)."""
        word = _nfc(lower)
        if not self.endings or word in self.not_forms or (
                word in self.function_words and not function_words):
            return []
        irregular = self.irregular_participles(word)
        if participle_only:
            return self._cut(word, tuple(e for e in self.endings
                                         if e[0] in self.participles)) + irregular
        found = [(self.forms[word], "")] if word in self.forms else []
        found += self._cut(word, self.endings) + irregular
        found += self._changed(word, self.endings)
        for clitic in self.clitics:
            if word.endswith(clitic) and len(word) > len(clitic):
                rest = word[:-len(clitic)]
                found += self._cut(rest, self.hosts)
                # the stem of an imperative writes the accent its pronoun brings, and
                # is its infinitive's without it (estatíza-las: estatiz-ar)
                found += [(_unstressed(verb), _unstressed(stem))
                          for verb, stem in self._cut(rest, self.accented_hosts)
                          if _unstressed(stem) != stem]
                # and a stem that changes its vowel so (reinviérte-lo: reinvert-ir)
                plain = _unstressed(rest)
                found += [(verb, stem) for verb, stem in self._changed(plain, self.accented_hosts)
                          if rest[:len(stem)] != stem]
        return found

    def _changed(self, word: str, endings: tuple[tuple[str, str, int], ...]
                 ) -> list[tuple[str, str]]:
        """The verbs ``word`` is a form of whose stem changes a vowel where it is
        stressed (``[stem changes]``): ``reinvierte`` -> ``reinvertir``, ``recomprueba``
        -> ``recomprobar``, ``desinvirtió`` -> ``desinvertir``; each with its stem as
        written.  The vowel is the stem's last, after an ending the change goes with:
        ``reinvertimos`` is read as written (:meth:`infinitives`)."""
        found: list[tuple[str, str]] = []
        for written, put_vowel, verb_ends, ends in self.stem_changes:
            cut = tuple(e for e in endings if e[0] in ends and e[1].endswith(verb_ends))
            for verb, stem in self._cut(word, cut):
                plain = _swap_last_vowel(stem, written, put_vowel)
                if plain is not None:
                    found.append((plain + verb[len(stem):], stem))
        return found

    def irregular_participles(self, lower: str) -> list[tuple[str, str]]:
        """The verbs ``lower`` is an irregular participle of (``escritas`` ->
        ``escribir``), each with its stem as written."""
        return _cut(_nfc(lower), self.irregular)

    def _cut(self, word: str, endings: tuple[tuple[str, str, int], ...]
             ) -> list[tuple[str, str]]:
        return _cut(word, endings, self.not_after)

    def conjugated(self, lower: str) -> list[str]:
        """Every form the endings, irregular forms and clitics make of the infinitive
        ``lower`` (``salvar`` -> ``salva``, ``salve``, ``salvou``, ...): what a text
        word must be to be read as it."""
        word = _nfc(lower)
        forms = [form for form, verb in self.forms.items() if verb == word]
        for end, put, least in (*self.endings, *self.irregular):
            stem = word[:len(word) - len(put)]
            if word.endswith(put) and len(stem) >= least and not stem.endswith(
                    self.not_after.get(end, ())):
                forms.append(stem + end)
        for written, put_vowel, verb_ends, ends in self.stem_changes:
            for end, put, least in self.endings:
                stem = word[:len(word) - len(put)]
                changed = _swap_last_vowel(stem, put_vowel, written)
                if (end in ends and put.endswith(verb_ends) and word.endswith(put)
                        and changed is not None and len(stem) >= least):
                    forms.append(changed + end)
                    if (end, put, least) in self.accented_hosts:
                        forms += [_stressed(changed, end) + end + clitic
                                  for clitic in self.clitics]
        for end, put, least in self.hosts:
            stem = word[:len(word) - len(put)]
            if word.endswith(put) and len(stem) >= least:
                forms += [stem + end + clitic for clitic in self.clitics]
        for end, put, least in self.accented_hosts:
            stem = word[:len(word) - len(put)]
            if word.endswith(put) and len(stem) >= least:
                forms += [_stressed(stem, end) + end + clitic for clitic in self.clitics]
        return [f for f in forms if f not in self.not_forms and f not in self.function_words]

    def without_reflexive(self, words: list[str]) -> int | None:
        """Which of a reflexive verb term's two words (lower case) is its verb, the
        term less its pronoun: 1 after the pronoun (``se connecter``), 0 before it
        (``conectar se``, as ``conectar-se`` is read); None when the term is no such
        verb."""
        if len(words) != 2:
            return None
        infinitives = tuple({put for _, put, _ in self.endings})
        first, second = (_nfc(w) for w in words)
        if first in self.reflexive and second.endswith(infinitives):
            return 1
        if second in self.reflexive and first.endswith(infinitives):
            return 0
        return None

    def is_function_word(self, lower: str) -> bool:
        """Whether ``lower`` is one of the language's function words."""
        return _nfc(lower) in self.function_words

    def term_infinitives(self, lower: str) -> list[str]:
        """A verb term's infinitive when it is written with its reflexive pronoun glued
        to it (Italian ``registrarsi`` -> ``registrare``)."""
        word = _nfc(lower)
        return [word[:len(word) - len(end)] + put for end, put in self.reflexive_endings
                if word.endswith(end) and len(word) - len(end) >= _STEM_MIN]


def _swap_last_vowel(stem: str, vowel: str, other: str) -> str | None:
    """``stem`` with ``other`` in place of ``vowel`` where that is its last vowel, one or
    more consonants after it (``reinviert``, ``ie``, ``e`` -> ``reinvert``); None when its
    last vowel is another (``reinvert`` has no ``ie``; the ``u`` of ``bloqu`` is none)."""
    at = stem.rfind(vowel)
    while at > 0 and not _is_vowel(stem, at):  # the u of qu, gu is no vowel: the one before
        at = stem.rfind(vowel, 0, at)
    if at < 0 or at + len(vowel) == len(stem) or not _is_vowel(stem, at) or any(
            _is_vowel(stem, k) for k in range(at + len(vowel), len(stem))):
        return None
    if at and _is_vowel(stem, at - 1):
        return None  # the vowel is the end of another (reinviert has no e of i-e)
    return stem[:at] + other + stem[at + len(vowel):]


def _is_vowel(word: str, k: int) -> bool:
    """Whether ``word[k]`` is a vowel: not the ``u`` written after ``q`` and ``g``
    (``requier``, ``sigu``), which is no sound of its own; ``ü`` is."""
    if word[k] == "u" and k and word[k - 1] in "qg":
        return False
    return unicodedata.normalize("NFD", word[k])[:1] in _VOWELS


def _stressed(stem: str, end: str) -> str:
    """``stem`` with an acute accent on its last vowel, where an imperative with a
    pronoun writes it before the ending ``end`` (``estatiz`` -> ``estatíz``, ``empoder``
    -> ``empodér``, ``estati`` ``ce`` -> ``estatí``); a final ``i`` or ``u`` after a
    consonant and before a vowel is a glide, and the vowel before it takes the accent
    (``expropi`` -> ``exprópi``, ``averigu`` -> ``averígu``).  A verb whose ``i`` or
    ``u`` is stressed (``envía``, ``evalúa``) gets it wrong: only a search looks for
    these forms, and reading a form strips the accent anyway."""
    vowels = [k for k, ch in enumerate(stem) if ch in _VOWELS]
    if (len(vowels) > 1 and vowels[-1] == len(stem) - 1 and stem[-1] in "iu"
            and vowels[-2] != len(stem) - 2 and end[:1] in _VOWELS):
        vowels.pop()
    if not vowels:
        return stem
    k = vowels[-1]
    return stem[:k] + _nfc(stem[k] + "\u0301") + stem[k + 1:]


_VOWELS = frozenset("aeiou")


def _unstressed(word: str) -> str:
    """``word`` without its acute accents (``estatíz`` -> ``estatiz``; ``ñ``, ``ü``
    kept)."""
    return _nfc(unicodedata.normalize("NFD", word).replace("\u0301", ""))


def _cut(word: str, endings: tuple[tuple[str, str, int], ...],
         not_after: dict[str, tuple[str, ...]] | None = None) -> list[tuple[str, str]]:
    return [(word[:len(word) - len(end)] + put, word[:len(word) - len(end)])
            for end, put, least in endings
            if word.endswith(end) and len(word) - len(end) >= least and not (
                not_after and word[:len(word) - len(end)].endswith(not_after.get(end, ())))]


#: Each section of a ``verbs.txt`` with the least and most cells of its lines.
_WIDTHS = {"[endings]": (2, 3), "[forms]": (2, 2), "[clitics]": (1, 1),
           "[clitic hosts]": (2, 3), "[reflexive]": (1, 2), "[not forms]": (1, 1),
           "[participles]": (1, 1), "[accented hosts]": (2, 3), "[not after]": (2, 2),
           "[irregular participles]": (2, 3), "[stem changes]": (4, 4)}


@cache
def conjugations(lang: str) -> Conjugations:
    """``lang``'s ``verbs.txt`` (see :func:`parse_verbs`); none for a language without one."""
    profile = get_profile(lang)
    text = profile.data_text(VERBS_DATA)
    if text is None:
        return Conjugations()
    stop = frozenset(_nfc(w.lower()) for w in profile.word_list(STOPWORDS_DATA))
    return replace(parse_verbs(text, name=f"{profile.code}/{VERBS_DATA}"),
                   function_words=stop)


def parse_verbs(text: str, *, name: str) -> Conjugations:
    """Parse a ``verbs.txt``: ``[endings]``, a line ``ending<TAB>infinitive's ending``
    with an optional third cell, the least stem when that is not three letters (French
    ``mis``, ``mettre``, ``0``: ``mis``, ``permis``); ``[forms]``, ``form<TAB>infinitive``;
    ``[clitics]``, one pronoun a line; ``[clitic hosts]``, lines as ``[endings]``, of
    what comes before a clitic; ``[reflexive]``, a pronoun a line, or ``ending<TAB>
    infinitive's ending`` for one glued to the verb; ``[not forms]``, a word a line
    that is no verb's form; ``[participles]``, an ending of ``[endings]`` a line that
    makes a participle; ``[accented hosts]``, lines as ``[endings]``, of what comes
    before a clitic after a stem that writes a stress accent (an imperative);
    ``[not after]``, ``ending<TAB>letters`` a stem cut by that ending must not end in;
    ``[irregular participles]``, lines as ``[endings]``, a participle in ``-o`` whose
    ``-a``, ``-os``, ``-as`` follow.  A bad line raises ValueError."""
    sections: dict[str, list[list[str]]] = {s: [] for s in _WIDTHS}
    section = ""
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = _nfc(raw.strip().lower())
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            if line not in sections:
                raise ValueError(f"{name}:{lineno}: unknown section {line}")
            section = line
            continue
        cells = [c.strip() for c in line.split("\t")]
        width = _WIDTHS.get(section, (0, 0))
        # [stem changes]: the third and fourth cells are words, a space between them
        lists = section == "[stem changes]" and len(cells) == 4 and all(
            c.split() and all(w.isalpha() for w in c.split()) for c in cells[2:])
        if not (width[0] <= len(cells) <= width[1] and all(c.isalpha() for c in cells[:2])
                and (lists or len(cells) < 3 or (cells[2].isdigit() and int(cells[2]) <= 9))):
            raise ValueError(f"{name}:{lineno}: not an entry of {section or 'a section'}: "
                             f"{raw.strip()!r}")
        if section == "[irregular participles]" and cells[0].endswith("o"):
            sections[section] += [[cells[0][:-1] + end, *cells[1:]]
                                  for end in ("a", "os", "as")]
        sections[section].append(cells)

    def endings(rows: list[list[str]]) -> tuple[tuple[str, str, int], ...]:
        triples = [(r[0], r[1], int(r[2]) if len(r) == 3 else _STEM_MIN) for r in rows]
        return tuple(sorted(triples, key=lambda e: -len(e[0])))

    return Conjugations(
        endings(sections["[endings]"]), {r[0]: r[1] for r in sections["[forms]"]},
        tuple(sorted((r[0] for r in sections["[clitics]"]), key=len, reverse=True)),
        endings(sections["[clitic hosts]"]),
        frozenset(r[0] for r in sections["[reflexive]"] if len(r) == 1),
        tuple((r[0], r[1]) for r in sections["[reflexive]"] if len(r) == 2),
        not_forms=frozenset(r[0] for r in sections["[not forms]"]),
        participles=frozenset(r[0] for r in sections["[participles]"]),
        accented_hosts=endings(sections["[accented hosts]"]),
        not_after={end: tuple(r[1] for r in sections["[not after]"] if r[0] == end)
                   for end in dict.fromkeys(r[0] for r in sections["[not after]"])},
        irregular=endings(sections["[irregular participles]"]),
        stem_changes=tuple((r[0], r[1], tuple(r[2].split()), frozenset(r[3].split()))
                           for r in sections["[stem changes]"]))
