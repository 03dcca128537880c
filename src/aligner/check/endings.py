"""A language's ``forms.txt``: the endings, elided articles, glued particles and
prefixes, contractions and letters typed for others that term matching reads
(:class:`aligner.check.lemmas.Forms`), with the fold its words are compared in
(:mod:`aligner.check.folding`).  Read by :func:`word_endings`, parsed by
:func:`parse_forms`.  The module is longer than 400 lines because it is the one parser
of every section of ``forms.txt`` and the one record that holds them, a few lines each.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from aligner.check.folding import folder, strip_accents
from aligner.lang import FORMS_DATA, get_profile

# The least a word keeps of itself when an ending is cut off: shorter bases would
# join too many unrelated words (Rat ~ Rate).
_BASE_MIN = 4
_REPLACED_MIN = 3


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
    #: Letters typed for others (``[letters]``: Persian ``ی`` typed as the Arabic
    #: ``ي``), as ``(typed, letter)`` pairs: matching folds them (:attr:`fold`).
    letters: tuple[tuple[str, str], ...] = ()
    #: How the language's words are compared (:func:`aligner.check.folding.folder`):
    #: without their accents, or in a language whose marks make other words
    #: (Vietnamese) with them; its :attr:`letters` as the letters they stand for.  The
    #: endings above and below are folded so.
    fold: Callable[[str], str] = strip_accents
    #: Prepositions joined with an article (``[contractions]``, Portuguese ``do da dos
    #: das``), each with its other forms, folded: inside a term of several words
    #: one is every other (:meth:`contracted`).  A form of two words (Spanish ``de
    #: los`` for ``del``) is its words joined by a space.
    contractions: tuple[tuple[str, ...], ...] = ()
    #: Endings a word after its noun in a term takes in place of its own, as it agrees
    #: with the noun (``[agreement endings]``, Spanish ``ado``, ``ada``: ``usuario
    #: registrado``, ``usuaria registrada``), each with what replaces it.
    agreement: tuple[tuple[str, str], ...] = ()
    #: How a verb term of a language written without spaces begins its other forms
    #: (``[stems]``: Japanese ``む`` and ``み ん ま め も``, so that ``含む`` is found in
    #: ``含み、`` and ``含んで``): an ending and what replaces it in each stem (``""``,
    #: written ``-``, for none), as written (:meth:`aligner.check.lemmas.Forms.term_stems`).
    stems: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: What joins the parts of a compound written solid (``[compound links]``, German
    #: ``s``, ``en``: ``Nebenwirkungsprofil``), folded, longest first
    #: (:mod:`aligner.check.compounds`).
    compound_links: tuple[str, ...] = ()
    #: Spellings typed for others in running text (``[spellings]``: Catalan ``l.l``,
    #: ``ŀl`` for ``l·l``), as ``(typed, spelling)`` pairs: term matching and the
    #: concordance read the text so (:meth:`respelled`); the text itself is kept.
    spellings: tuple[tuple[str, str], ...] = ()
    #: Nouns written solid after a noun (``[noun suffixes]``: Korean ``역`` station,
    #: ``행`` bound for, ``씨``), each perhaps with a particle after it: a text word
    #: less one is the noun before it (``부산역에`` -> ``부산``) when
    #: :attr:`noun_base` letters are left (``지역``, region, is no ``지`` with ``역``).
    noun_suffixes: tuple[str, ...] = ()
    noun_base: int = _BASE_MIN
    #: Prefixes of :attr:`prefixes` that a glossary term may be written with too
    #: (``[articles]``: Arabic ``ال``): they come off a term's word as well, when
    #: :attr:`min_base` letters are left (:meth:`unarticled`), so a term written with
    #: the article is found without it (``المساعدات`` in ``مساعدات``), as one written
    #: without it is found with it.
    articles: tuple[str, ...] = ()
    #: Forms no ending makes (``[forms]``: Arabic broken plurals, ``آبار`` of ``بئر``),
    #: each with the words it is a form of, folded: :meth:`bases` gives those.
    irregular: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: The vowel of a last syllable closed by :attr:`consonants` and the one it has when
    #: an ending opens it (``[closed syllables]``: Ukrainian ``і``, ``о``: Харків, Харкова;
    #: ``ї``, ``є``: Київ, Києва), as written
    #: (:func:`aligner.check.lemmas.opened`).
    closed: tuple[tuple[str, str], ...] = ()
    consonants: str = ""
    #: How a glossary word's stem changes in its other forms (``[stem changes]``: Polish
    #: ``+ek``, ``k-``: ``środek``, ``środka``; ``ka``, ``ce``: ``pralka``, ``pralce``), as
    #: (ending, whether a :attr:`consonants` letter comes before it, what replaces it,
    #: whether that is a stem the plain endings follow), as written
    #: (:func:`aligner.check.lemmas.changed`).
    stem_changes: tuple[tuple[str, bool, str, bool], ...] = ()
    #: Endings of a glossary word that no :attr:`stem_changes` line changes (``[not
    #: changed]``: Polish adjectives and participles, ``wysoka``, ``dobra``, ``zamknięta``,
    #: whose forms so made are other words: ``wysoce``, ``dobrze``, ``zamknięcie``), as written.
    unchanged: tuple[str, ...] = ()

    def respelled(self, text: str) -> tuple[str, tuple[int, ...] | None]:
        """``text`` with each of :attr:`spellings` typed in it as the spelling it stands
        for (``col.legi``, ``coŀlegi`` -> ``col·legi``), and, when that changed its
        length, where each character of the new text stands in ``text`` (a character
        put in for one typed stands where that one does); None when it did not."""
        if not self.spellings or not (found := _typed(self.spellings)).search(text):
            return text, None
        table = dict(self.spellings)
        parts: list[str] = []
        origin: list[int] = []
        at = 0
        for m in found.finditer(text):
            parts.append(text[at:m.start()])
            origin.extend(range(at, m.start()))
            typed, put = m.group(), table[m.group()]
            parts.append(put)
            # what is put in stands where the typed characters do, counted from their
            # ends (ŀl as l·l: l and · on ŀ, the last l on l); what is more on the first
            origin.extend(m.start() + max(len(typed) - len(put) + k, 0)
                          for k in range(len(put)))
            at = m.end()
        parts.append(text[at:])
        origin.extend(range(at, len(text)))
        new = "".join(parts)
        return new, None if len(new) == len(text) else tuple(origin)

    def agreeing_forms(self, lower: str, *, added: bool = True) -> list[str]:
        """``lower`` with each agreement ending it has replaced, in the singular and a
        plural in ``s`` alike (``registrados`` -> ``registradas``); without ``added``, not
        by an ending of none."""
        word = self.fold(lower)
        stem, plural = (word[:-1], "s") if word.endswith("s") else (word, "")
        # an ending of none (``-``) is a letter added: Arabic ``المضيف`` -> ``المضيفة``
        return [stem[:len(stem) - len(end)] + put + plural for end, put in self.agreement
                if stem.endswith(end) and len(stem) > len(end) + 1
                and (end or (added and not stem.endswith(put)))]

    def contracted(self, lower: str) -> tuple[str, ...]:
        """The forms of the contraction ``lower`` is (with an elided one's apostrophe
        dropped: ``dell'``); none when it is no contraction."""
        word = self.fold(lower).rstrip("'")
        return next((group for group in self.contractions if word in group), ())

    def bases(self, lower: str) -> list[str]:
        """What each of the endings ``lower`` has leaves of it, with the ending's
        replacement (Italian ``libri`` -> ``libro``); a plain ending leaves at least
        :attr:`min_base` letters, a replaced one three (``anni`` -> ``anno``), or what
        the ending's line sets; and the word before a suffix mark (``istanbul'da`` ->
        ``istanbul``, ``ab'de`` -> ``ab``); and the words an irregular form (``[forms]``)
        is a form of (Arabic ``آبار`` -> ``بئر``), ``lower`` or what an ending leaves of it
        (``شركاو``, the hamza's seat of ``شركاؤهم``, -> ``شركاء`` -> ``شريك``)."""
        if not self.endings and not self.suffix_marks and not self.irregular:
            return []
        word = self.fold(lower)
        found = [word[:len(word) - len(end)] + put for end, put, least in self.endings
                 if word.endswith(end) and len(word) - len(end) >= least]
        if self.irregular:
            # the form itself, or what an ending leaves of it (Arabic شركاو of شركاؤهم,
            # the pronoun off, is شركاء: شريك)
            forms_of = _lookup(self.irregular)
            found.extend(base for form in (word, *found) for base in forms_of.get(form, ()))
        for mark in self.suffix_marks:
            head, _, suffix = word.partition(mark)
            if suffix.isalpha() and len(head) >= 2:
                found.append(head)
        return found

    def unglued(self, lower: str) -> list[str]:
        """A text word less each particle it ends with and each prefix it starts with,
        or both (Amharic ``ለዴንጊው``), when :attr:`min_base` letters (Hangul syllables)
        are left: ``필터는`` -> ``필터``, ``والمنصة`` -> ``المنصة``, ``منصة``; ``필터링`` ends
        in none and is left alone."""
        if not self.particles and not self.prefixes and not self.noun_suffixes:
            return []
        # composed again: Hangul syllables count as letters, as their writers count
        word = unicodedata.normalize("NFC", self.fold(lower))
        least = self.min_base
        found = [word[:len(word) - len(p)] for p in self.particles
                 if word.endswith(p) and len(word) - len(p) >= least]
        found += [w[:len(w) - len(n)] for w in (word, *found) for n in self.noun_suffixes
                  if w.endswith(n) and len(w) - len(n) >= self.noun_base]
        found += [w[len(p):] for w in (word, *found) for p in self.prefixes
                  if w.startswith(p) and len(w) - len(p) >= least]
        return found

    def unarticled(self, lower: str) -> list[str]:
        """A term's word less an article it is written with (:attr:`articles`), folded,
        when :attr:`min_base` letters are left: ``المساعدات`` -> ``مساعدات``.  The article
        is looked for in the word as written, before its marks are folded: Arabic
        ``ألبان`` starts with no ``ال``."""
        if not self.articles:
            return []
        written = unicodedata.normalize("NFC", lower)
        word = unicodedata.normalize("NFC", self.fold(lower))
        return [word[len(a):] for a in self.articles
                if written.startswith(a) and word.startswith(a)
                and len(word) - len(a) >= self.min_base][:1]

    def attributive_forms(self, lower: str, *, noun: bool = False) -> list[str]:
        """``lower`` with each attributive ending in place of the one it has, when
        :attr:`min_base` letters are left (``austauschbarer`` -> ``austauschbare``,
        ``austauschbarem``, ...); none for a word without one (``arbeit``).
        ``noun``: only when what is left ends in one of :attr:`adjective_stems`
        (``verantwortlicher``, not ``benutzer``)."""
        word = self.fold(lower)
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
    or start (:meth:`WordEndings.unglued`), ``[noun suffixes]``, one a line, nouns
    written solid after a noun, and ``[noun base]``, the least they leave
    (:attr:`WordEndings.noun_suffixes`), and ``[letters]``, a letter typed for another,
    a tab and that letter (Persian ``ي``, ``ی``), and ``[contractions]``, a line of
    tab-separated forms of one preposition with the article
    (:attr:`WordEndings.contractions`), and ``[agreement endings]``, an ending and what
    replaces it after a noun (:attr:`WordEndings.agreement`; ``-`` for none: Arabic ``ة``,
    ``-`` and ``-``, ``ة``), and ``[stems]``, a verb
    ending and, tab-separated, what replaces it in each stem of its forms
    (:attr:`WordEndings.stems`), and ``[compound links]``, one a line, the letters that
    join the parts of a compound (:attr:`WordEndings.compound_links`), and ``[spellings]``,
    a spelling typed for another in running text, a tab and that one (Catalan ``l.l``,
    ``l·l``: :meth:`WordEndings.respelled`), and ``[articles]``, one a line, the prefixes
    of ``[prefixes]`` a glossary term may be written with too (Arabic ``ال``:
    :meth:`WordEndings.unarticled`), and ``[forms]``, a form no ending makes, a tab and
    the word it is a form of (Arabic ``آبار``, ``بئر``), and ``[closed syllables]``, a
    vowel, a tab and the vowel an ending makes of it, and ``[consonants]``, the letters
    that close a syllable, on a line (:func:`aligner.check.lemmas.opened`), and ``[stem
    changes]``, an ending of a glossary word (after one of ``[consonants]`` when it starts
    with ``+``), a tab and what replaces it in the word's other forms, a stem the plain
    endings follow when it ends with ``-`` (:attr:`WordEndings.stem_changes`), and ``[not
    changed]``, one a line, endings of a glossary word none of them changes
    (:attr:`WordEndings.unchanged`); none for a
    language without the file.  The words are folded as the profile's ``lexical_marks`` and the
    ``[letters]`` say (:attr:`WordEndings.fold`)."""
    profile = get_profile(lang)
    text = profile.data_text(FORMS_DATA)
    if text is None:
        return WordEndings(fold=folder(lexical_marks=profile.lexical_marks))
    return parse_forms(text, name=f"{profile.code}/{FORMS_DATA}",
                       lexical_marks=profile.lexical_marks)


def parse_forms(text: str, *, name: str, lexical_marks: bool = False) -> WordEndings:
    """Parse a ``forms.txt`` (see :func:`word_endings`) of a language whose marks make
    other words or not (``lexical_marks``); a bad line raises ValueError."""
    section = ""
    endings: list[tuple[str, str, int | None]] = []
    elisions: list[str] = []
    marks: list[str] = []
    attributive: list[str] = []
    adjective_stems: list[str] = []
    contractions: list[tuple[str, ...]] = []
    agreement: list[tuple[str, str]] = []
    stems: list[tuple[str, tuple[str, ...]]] = []
    links: list[str] = []
    glued: dict[str, list[str]] = {"[particles]": [], "[prefixes]": [], "[noun suffixes]": [],
                                   "[articles]": []}
    irregular: list[tuple[str, str]] = []
    letters: list[tuple[str, str]] = []
    spellings: list[tuple[str, str]] = []
    closed: list[tuple[str, str]] = []
    changes: list[tuple[str, bool, str, bool]] = []
    unchanged: list[str] = []
    consonants = ""
    min_base = _BASE_MIN
    noun_base: int | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line
            if section not in ("[endings]", "[elisions]", "[base]", "[suffix marks]",
                               "[attributive endings]", "[adjective stems]", "[letters]",
                               "[contractions]", "[agreement endings]", "[stems]",
                               "[compound links]", "[spellings]", "[noun base]", "[forms]",
                               "[closed syllables]", "[consonants]", "[stem changes]",
                               "[not changed]",
                               *glued):
                raise ValueError(f"{name}:{lineno}: unknown section {line}")
            continue
        cells = [c.strip() for c in line.split("\t")]
        if section == "[endings]" and len(cells) <= 3 and cells[0] and (
                len(cells) < 3 or (cells[2].isdigit() and 1 <= int(cells[2]) <= 9)):
            endings.append((cells[0].lower(), cells[1].lower() if len(cells) >= 2 else "",
                            int(cells[2]) if len(cells) == 3 else None))
        elif section == "[elisions]" and len(cells) == 1 and line.endswith("'"):
            elisions.append(line.lower())
        elif section == "[base]" and line.isdigit() and 2 <= int(line) <= 9:
            min_base = int(line)
        elif section == "[noun base]" and line.isdigit() and 1 <= int(line) <= 9:
            noun_base = int(line)
        elif section == "[suffix marks]" and len(line) == 1 and not line.isalnum():
            marks.append(line)
        elif section == "[attributive endings]" and line.isalpha():
            attributive.append(line.lower())
        elif section == "[adjective stems]" and line.isalpha():
            adjective_stems.append(unicodedata.normalize("NFC", line.lower()))
        elif section == "[contractions]" and len(cells) >= 2 and all(
                w.isalpha() for c in cells for w in c.rstrip("'").split()):
            contractions.append(tuple(" ".join(c.lower().rstrip("'").split()) for c in cells))
        elif section == "[agreement endings]" and len(cells) == 2 and all(
                c.isalpha() or c == "-" for c in cells) and cells != ["-", "-"]:
            end, put = ("" if c == "-" else c.lower() for c in cells)
            agreement.append((end, put))
        elif section == "[stems]" and len(cells) >= 2 and all(
                c == "-" or _spelled(c) for c in cells):
            stems.append((unicodedata.normalize("NFC", cells[0]), tuple(
                "" if c == "-" else unicodedata.normalize("NFC", c) for c in cells[1:])))
        elif section == "[compound links]" and line.isalpha():
            links.append(line.lower())
        elif section in glued and len(cells) == 1 and _spelled(line):
            glued[section].append(line.lower())
        elif section == "[forms]" and len(cells) == 2 and all(
                _spelled(c) for c in cells) and cells[0] != cells[1]:
            irregular.append((cells[0].lower(), cells[1].lower()))
        elif section == "[spellings]" and len(cells) == 2 and all(
                c and not any(ch.isspace() for ch in c) for c in cells) and cells[0] != cells[1]:
            spellings.append((cells[0], cells[1]))
        elif section in ("[letters]", "[closed syllables]") and len(cells) == 2 and all(
                len(c) == 1 and c.isalpha() for c in cells) and cells[0] != cells[1]:
            (letters if section == "[letters]" else closed).append((cells[0], cells[1]))
        elif section == "[stem changes]" and len(cells) == 2 and cells[0].lstrip(
                "+").isalpha() and cells[1].rstrip("-").isalpha():
            end, put = (unicodedata.normalize("NFC", c.lower()) for c in cells)
            changes.append((end.lstrip("+"), end.startswith("+"), put.rstrip("-"),
                            put.endswith("-")))
        elif section == "[not changed]" and line.isalpha():
            unchanged.append(unicodedata.normalize("NFC", line.lower()))
        elif section == "[consonants]" and line.isalpha():
            consonants += unicodedata.normalize("NFC", line.lower())
        else:
            raise ValueError(f"{name}:{lineno}: not an entry of {section or 'a section'}: {line!r}")
    # the words are folded, and [base] may follow [endings]: once all is read
    fold = folder(lexical_marks=lexical_marks, letters=tuple(letters))
    least = sorted(((fold(end), fold(put), n if n is not None else
                     _REPLACED_MIN if put else min_base) for end, put, n in endings),
                   key=lambda e: -len(e[0]))
    elisions.sort(key=len, reverse=True)
    attributive = sorted(map(fold, attributive), key=len, reverse=True)
    # composed again: Hangul syllables count as letters, as their writers count
    particles, prefixes, nouns, articles = (
        tuple(sorted((unicodedata.normalize("NFC", fold(g)) for g in glued[k]),
                     key=len, reverse=True)) for k in glued)
    if not set(articles) <= set(prefixes):
        raise ValueError(f"{name}: an article is no prefix of [prefixes]: "
                         f"{' '.join(sorted(set(articles) - set(prefixes)))}")
    forms_of: dict[str, list[str]] = {}
    for form, base in irregular:
        forms_of.setdefault(unicodedata.normalize("NFC", fold(form)), []).append(
            unicodedata.normalize("NFC", fold(base)))
    return WordEndings(tuple(least), tuple(elisions), tuple(attributive),
                       tuple(adjective_stems), min_base, tuple(marks), particles, prefixes,
                       tuple(letters), fold,
                       contractions=tuple(tuple(fold(c) for c in group) for group in contractions),
                       agreement=tuple((fold(end), fold(put)) for end, put in agreement),
                       stems=tuple(stems),
                       compound_links=tuple(sorted(map(fold, links), key=len, reverse=True)),
                       spellings=tuple(spellings), noun_suffixes=nouns,
                       noun_base=min_base if noun_base is None else noun_base,
                       articles=articles, closed=tuple(closed), consonants=consonants,
                       stem_changes=tuple(changes), unchanged=tuple(unchanged),
                       irregular=tuple((f, tuple(dict.fromkeys(b))) for f, b in forms_of.items()))


@cache
def _typed(spellings: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """A pattern of every typed spelling of ``spellings``, longest first."""
    return re.compile("|".join(re.escape(typed) for typed, _ in
                               sorted(spellings, key=lambda s: -len(s[0]))))


@cache
def _lookup(pairs: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, tuple[str, ...]]:
    """``[forms]`` pairs as a look-up table."""
    return dict(pairs)


def _spelled(word: str) -> bool:
    """Whether ``word`` is letters and combining marks: a particle may be a vowel sign
    (Bengali ``ে``, Tamil ``ை``) or end with a virama (``க்கு``)."""
    return all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in word)
