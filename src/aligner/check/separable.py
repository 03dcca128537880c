"""Verb forms for term matching: participles, zu-infinitives and separable verbs.

A language whose verbs take a participle prefix and separable particles may list
how they inflect in a ``separable.txt`` (German, see :func:`parse_verbs`; the
conjugations of French, Italian and Portuguese are a ``verbs.txt``,
:mod:`aligner.check.verbs`).  With one:

1. A glossary word in lower case that ends as an infinitive does (``-en``, ``-eln``,
   ``-ern``) is a verb, and brings the form ``<infinitive>`` + :data:`VERB_MARK`
   (:meth:`VerbForms.marked`).
2. A word of running text brings, marked alike, every infinitive it may be a form
   of (:meth:`VerbForms.infinitives`): its stem (the word less one of the
   ``[endings]``, after the ``[participle]`` prefix or not, after a separable
   particle or not, and after a particle and the ``[infinitive]`` word glued to
   it) with ``-en`` or ``-n``, or what ``[irregular]`` says.  So ``gelöscht``,
   ``löschte`` and ``gelöschten`` meet ``löschen``; ``angemeldet``, ``anmeldet``
   and ``anzumelden`` meet ``anmelden``.  Most of these readings are no verb at
   all (``Markt`` is read as a form of ``marken``): the mark keeps them apart
   from plain words, so that they meet a verb term only -- ``kostet`` meets the
   verb ``kosten``, not a noun ``Kosten`` held to its capital (a forbidden
   rendering, a source term).  A word written with a
   capital inside its sentence is a noun, and no verb form (``Die Macht``,
   :class:`aligner.check.terms.TermMatcher`).
3. A main clause splits a separable verb and puts its particle at the clause's
   end: ``Laden Sie die Datei herunter.``  A verb term that starts with a
   particle (:meth:`VerbForms.separable`) is found where a form of the rest of
   it (``laden``) is followed, in the same clause, by the particle as the
   clause's last word (:func:`clause_particles`); the form is written in lower
   case or starts its sentence (``Der Laden hat auf.`` is no ``aufladen``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from aligner.check.folding import strip_accents
from aligner.lang import SEPARABLE_DATA, get_profile

#: Appended to an infinitive that a verb term is, or that a text word may be a form
#: of: no word of running text ends in a digit after letters (the tokenizer cuts
#: footnote numbers off), so a marked form meets marked forms only.
VERB_MARK = "0"

# An infinitive ends in -en, or -n after -el and -er (wechseln, speichern), and
# keeps a stem of three letters with a vowel at least (laden, lesen).
_INFINITIVE_ENDS = ("en", "eln", "ern")
_STEM_MIN = 3
_VOWELS = frozenset("aeiouy")
# The adjective endings a participle may take before a form of [irregular] is
# looked up (abgebrochene, verbundenen).
_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
# Punctuation that ends a clause, and what of it ends a sentence.
_CLAUSE_ENDS = frozenset(",;:.!?…–—")
_SENTENCE_ENDS = frozenset(".!?:;…")


def is_infinitive(word: str) -> bool:
    """Whether ``word`` (lower case) ends as an infinitive does, on a stem of three
    letters or more."""
    return word.endswith(_INFINITIVE_ENDS) and _is_stem(word[:-2])


def _is_stem(stem: str) -> bool:
    return len(stem) >= _STEM_MIN and not _VOWELS.isdisjoint(stem)


def _takes_e(stem: str) -> bool:
    """Whether an ending's -e- goes before its -t after ``stem``: after -d, -t, or -m
    and -n after another consonant than l, r, h (meldet, arbeitet, öffnet, atmet; not
    lernt, wohnt), so that gebeten is no form of geben."""
    return stem.endswith(("d", "t")) or (
        stem[-1] in "mn" and stem[-2] not in "aeiouylrhmn")


@dataclass(frozen=True, slots=True)
class VerbForms:
    """A language's verb inflection, from its ``separable.txt`` (accent-free, lower case;
    particles longest first)."""

    particles: tuple[str, ...] = ()
    endings: tuple[str, ...] = ()
    participle: str = ""
    infinitive: str = ""
    prefixes: tuple[str, ...] = ()
    irregular: Mapping[str, str] = field(default_factory=dict)
    #: Words that start a new clause after a particle (``und``, ``oder``).
    conjunctions: frozenset[str] = frozenset()
    #: The pronoun of a reflexive verb (``sich``): ``sich anmelden`` is also found as
    #: ``anmelden``, wherever the pronoun stands.
    reflexive: str = ""

    def marked(self, lower: str) -> list[str]:
        """A glossary word's own marked infinitive when it is shaped as one, or the
        infinitive of the present participle it is (``umfassend``, ``umfassende`` ->
        ``umfassen``; ``wechselnd`` -> ``wechseln``): a claim's participle is a form
        of its verb, found in ``umfasst`` as ``umfassen`` is in ``umfassend``."""
        if not self.endings:
            return []
        word = strip_accents(lower)
        if is_infinitive(word):
            return [word + VERB_MARK]
        return [verb + VERB_MARK for verb in dict.fromkeys(_participle_verbs(word))]

    def separable(self, lower: str) -> tuple[tuple[str, ...], str] | None:
        """A verb term's particles and the marked infinitive of the rest, split at the
        longest particle and then at another one (``wiederherstellen`` -> ``wieder``,
        ``her``, ``stellen``); None for a word that starts with none or is no verb."""
        word = strip_accents(lower)
        if not is_infinitive(word):
            return None
        for particles, rest in self._splits(word):
            if particles and is_infinitive(rest):
                return particles, rest + VERB_MARK
        return None

    def infinitives(self, lower: str) -> list[str]:
        """The marked infinitives a word of running text may be a form of."""
        if not self.endings:
            return []
        word = strip_accents(lower)
        found: list[str] = []
        for particles, rest in self._splits(word):
            particle = "".join(particles)
            if particle and self.infinitive and rest.startswith(self.infinitive):
                after = rest[len(self.infinitive):]
                found += [particle + after] if is_infinitive(after) else []
            found += [particle + verb for verb in self._verbs(rest)]
            if self.participle and rest.startswith(self.participle):
                found += [particle + verb for verb in self._verbs(rest[len(self.participle):])]
        return [verb + VERB_MARK for verb in dict.fromkeys(found)]

    def _splits(self, word: str) -> Iterator[tuple[tuple[str, ...], str]]:
        """No particle and ``word``, then each particle (or two) it starts with and
        what is left, longest first, where four letters are left: ``hinzu`` +
        ``fügen``, ``wieder`` + ``her`` + ``stellen``."""
        yield (), word
        for first in self.particles:
            if word.startswith(first) and len(word) - len(first) >= 4:
                rest = word[len(first):]
                for second in self.particles:
                    if rest.startswith(second) and len(rest) - len(second) >= 4:
                        yield (first, second), rest[len(second):]
                yield (first,), rest

    def _verbs(self, form: str) -> Iterator[str]:
        """The infinitives ``form`` (no particle before it) may be a form of."""
        for end in self.endings:
            stem = form[:len(form) - len(end)]
            # no stem ends in -e: melde is meld-e, not melde-n
            if form.endswith(end) and _is_stem(stem) and not stem.endswith("e") and (
                    not end.startswith(("et", "est")) or _takes_e(stem)):
                yield stem + "en"
                if stem.endswith(("el", "er")):
                    yield stem + "n"
        # the present participle of a verb in -eln, -ern (wechselnd, wechselnde); the
        # others' (umfassend) are cut by the [endings]
        yield from (verb for verb in _participle_verbs(form) if verb.endswith(("eln", "ern")))
        for bare in (form, *(form[:-len(e)] for e in _ADJECTIVE_ENDINGS if form.endswith(e))):
            if bare in self.irregular:
                yield self.irregular[bare]
            for prefix in self.prefixes:
                strong = self.participle + bare[len(prefix):]
                if bare.startswith(prefix) and strong in self.irregular:
                    yield prefix + self.irregular[strong]


def _participle_verbs(word: str) -> Iterator[str]:
    """The infinitive a present participle is of, with an adjective's ending or without
    (``umfassend``, ``umfassenden`` -> ``umfassen``; ``wechselnd`` -> ``wechseln``)."""
    for bare in (word, *(word[:-len(e)] for e in _ADJECTIVE_ENDINGS if word.endswith(e))):
        if bare.endswith("nd") and is_infinitive(bare[:-1]):
            yield bare[:-1]


def clause_particles(tokens: Sequence[tuple[str, bool]], verb: int,
                     particles: tuple[str, ...], conjunctions: frozenset[str]) -> int | None:
    """Where ``particles`` end the clause of the verb form at ``verb``: the index of
    the first particle, or None.

    ``tokens`` are (text, is a word) pairs, a word lower case and accent-free.  The
    clause runs from the verb to the first punctuation that ends a clause (``,``
    ``.`` ``;`` ``:`` ``!`` ``?`` dashes, an ellipsis), a word of ``conjunctions``, or
    the end; other punctuation (quotes, brackets) is no end.  Its last words must be
    the particles (``melden Sie sich an``); ``an`` inside the clause is a preposition
    (``Melden Sie Fehler an den Support``)."""
    end = verb + 1
    while end < len(tokens) and not _ends_clause(tokens[end], conjunctions):
        end += 1
    last = end - 1
    while last > verb and not tokens[last][1]:
        last -= 1  # a closing quote or bracket before the end
    first = last - len(particles) + 1
    if first > verb and all(tokens[first + k] == (p, True) for k, p in enumerate(particles)):
        return first
    return None


def inner_dots(spans: Sequence[tuple[int, int]],
               tokens: Sequence[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """``tokens`` with the full stops that end no clause made plain punctuation: after a
    number (``am 31. Dezember``) or a single letter (``z. B.``), or with no space after
    them (``TT.MM.JJJJ``)."""
    out = list(tokens)
    for k, (token, word) in enumerate(tokens):
        if token == "." and not word and k > 0 and (
                tokens[k - 1][0].isdigit() or len(tokens[k - 1][0]) == 1
                or (k + 1 < len(spans) and spans[k + 1][0] == spans[k][1])):
            out[k] = ("", False)
    return out


def _ends_clause(token: tuple[str, bool], conjunctions: frozenset[str]) -> bool:
    text, word = token
    return text in conjunctions if word else text in _CLAUSE_ENDS


def starts_sentence(tokens: Sequence[tuple[str, bool]], at: int) -> bool:
    """Whether no word precedes ``tokens[at]`` in its sentence."""
    for text, word in reversed(tokens[:at]):
        if word:
            return False
        if text in _SENTENCE_ENDS:
            return True
    return True


@cache
def verb_forms(lang: str) -> VerbForms:
    """``lang``'s ``separable.txt`` (:func:`parse_verbs`); none for a language without one."""
    profile = get_profile(lang)
    text = profile.data_text(SEPARABLE_DATA)
    if text is None:
        return VerbForms()
    return parse_verbs(text, name=f"{profile.code}/{SEPARABLE_DATA}")


_LISTS = ("[particles]", "[endings]", "[inseparable prefixes]", "[conjunctions]")
_WORDS = ("[participle]", "[infinitive]", "[reflexive]")


def parse_verbs(text: str, *, name: str) -> VerbForms:
    """Parse a ``separable.txt``: ``[particles]``, ``[endings]``, ``[inseparable prefixes]``
    and ``[conjunctions]``, one a line; ``[participle]``, ``[infinitive]`` and
    ``[reflexive]``, one word each (German ``ge``, ``zu``, ``sich``); ``[irregular]``,
    a form, a tab and its infinitive.
    A bad line raises ValueError."""
    section = ""
    lists: dict[str, list[str]] = {key: [] for key in _LISTS}
    words: dict[str, str] = {}
    irregular: dict[str, str] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            if line not in (*_LISTS, *_WORDS, "[irregular]"):
                raise ValueError(f"{name}:{lineno}: unknown section {line}")
            section = line
            continue
        cells = [strip_accents(c.strip().lower()) for c in line.split("\t")]
        if section in _LISTS and len(cells) == 1 and line.isalpha():
            lists[section].append(cells[0])
        elif section in _WORDS and len(cells) == 1 and line.isalpha() and section not in words:
            words[section] = cells[0]
        elif section == "[irregular]" and len(cells) == 2 and all(c.isalpha() for c in cells):
            irregular[cells[0]] = cells[1]
        else:
            raise ValueError(f"{name}:{lineno}: not an entry of {section or 'a section'}: {line!r}")
    return VerbForms(
        tuple(sorted(lists["[particles]"], key=len, reverse=True)),
        tuple(lists["[endings]"]), words.get("[participle]", ""), words.get("[infinitive]", ""),
        tuple(lists["[inseparable prefixes]"]), irregular,
        frozenset(lists["[conjunctions]"]), words.get("[reflexive]", ""))
