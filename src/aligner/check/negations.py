"""The negation cues of a text, for negation-mismatch and negation-dropped
(:mod:`aligner.check.negation_check`, which says when a unit is reported).

``Do not kink or crush the drain hose.`` / ``Należy zagiąć lub zgnieść wąż odpływowy.``
(one must kink it): no number, no term, no name changed, and a safety warning says the
opposite.  The words are the language's ``negations.txt`` (:func:`parse_negations`):

- ``[prohibitions]`` forbid: ``do not``, ``never``, ``must not``, ``prohibited``,
  ``avoid``, ``nie wolno``, ``verboten``, ``interdit``, ``请勿``, ``禁止``,
  ``ないでください``, ``하지 마십시오``;
- ``[initial]`` forbid where they open a sentence and a word follows, as a negative
  instruction does (``Do not kink``, ``Never use``, ``No abra la puerta``, ``Nie
  otwieraj``, ``Non aprire``, ``Nicht öffnen``, ``Avoid``), and merely negate elsewhere
  (``I do not know``, ``la puerta no se abre``) or before a mark (``No, señor``);
  where the language lists ``[initial_then]`` endings, only before a word with one, a
  verb's imperative or infinitive (Russian ``Не открывайте``, ``Не курить``; not ``Не
  было``, ``Не знаю``);
- ``[negators]`` negate (``not``, ``no``, ``nothing``, ``nie``, ``kein``, ``不``);
- ``[negative]`` are negative with no negator (``without``, ``unless``, ``prevent``):
  they count as a negation of the side, and on the forbidding side they make a double
  negation (``Do not start the machine without water`` says: start it with water);
- ``[not_negating]`` hold a negator and negate nothing (``not only``, ``no sólo``,
  ``nicht nur``, ``nie tylko``, Japanese ``必ず`` always, ``思わず`` involuntarily):
  read first, and their words are left unread; ``[not_negating_alone]`` too, unless a
  Chinese character stands right before them, whose verb they end (Japanese ``まず``
  first, but ``含まず`` not including);
- ``[word_final]`` negators negate only at a word's end, where no kana follows them
  but one of ``[word_final_then]`` (Japanese ``ず``: ``切らずに``, ``含まず、``; not
  ``むずかしい``, ``すずしい``, ``まずは``, kana words that hold the letter);
- ``[prefixes]`` negate the word they begin (Czech ``ne``: ``nesmí``, ``nelze``), and
  forbid where the word also ends in an ``[imperative_endings]`` ending
  (``Neotevírejte``, ``Nepoužívejte``); ``[not_prefixed]`` are the beginnings of the
  words the prefix begins without negating them (``nebo`` or, ``než`` than, ``nej``
  the superlatives, ``nechte`` leave);
- a negated imperative forbids, read whole where it opens a sentence (:func:`_frame`):
  French ``Ne touchez pas``, ``N'ouvrez jamais``, ``Ne l'utilisez pas`` (``ne``, the
  pronouns, a verb in ``-ez``, then ``pas``; ``N'utilisez que de l'eau``, use only
  water, merely negates), German ``Öffnen Sie die Tür nicht`` (a verb in ``-en`` and
  ``Sie``), Dutch ``Open de deur niet`` (a verb, then ``de``, ``het``, ``u``), the
  negation in the verb's clause, or the verb and its negation with a word after it
  (``[imperative_next]``: Dutch ``Gebruik geen oplosmiddelen``, ``Raak nooit ... aan``):
  the ``[imperative_*]`` sections, ``[not_imperative]`` the words that are no such verb
  (``Als de``, ``Können Sie``, ``Gelukkig geen``); a question is none;
- ``[affirmative]`` say a double negation positively (``with``, ``only``, ``if``);
- ``[rules]`` state a rule negated, as a contract, a judgment or a standard does
  (``does not apply``, ``is not liable``, ``gilt nicht``, ``wird nicht zugelassen``);
- ``[continuing]`` end in a negator that goes on with a negation before it in its
  sentence (``nor``, ``and not``, ``ni``, ``und nicht``: ``does not apply to A, nor to
  B`` is one negation, as ``no se aplica a A ni a B`` and ``gilt nicht für A und B``
  are).
- ``[restrictive]`` after a prohibition in its clause (no comma, semicolon, colon or
  sentence end between) make it a restriction, which a translation says with ``only``:
  Spanish ``no podrá ser otra sino``, ``no podrá rescindirlo hasta transcurridos seis
  meses`` (may terminate it only after six months); the prohibition then only negates.
- ``[statement_verbs]``, ``[statement_negators]``, ``[statement_negators_before]`` and
  ``[statement_negated]`` say a statement negated (``ist nicht``, ``is not``), which
  :mod:`aligner.check.statement_negations` reads.
- ``[final_prohibitions]`` forbid right before a sentence's end (an end mark, a closing
  quote, the end of the text) and are nothing elsewhere: Japanese ``開けるな。``, a
  verb's dictionary form and ``な`` (not ``静かな部屋``, nor ``きれいだな。``).

A negator before a full stop and a digit is a number's abbreviation (``No. 5``,
``no.5``), not a negation; a prohibition capitalised inside a sentence is a name's word
(``the Forbidden City``) and only negates.  Phrases are compared in lower case without
accents, the longest first, at word edges in a script written with spaces; Chinese,
Japanese and Korean phrases anywhere.

Languages with a ``negations.txt``: en, de, es, fr, it, pt, nl, pl, cs, ja, zh, ko, ru,
uk; a pair with another language is not compared (:func:`negations_notice` says so).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cache

from aligner.check.folding import fold_phrase
from aligner.lang import NEGATIONS_DATA, get_profile
from aligner.lang.base import data_sections

CUE_SECTIONS = ("prohibitions", "initial", "negators", "negative")
FRAME_SECTIONS = ("imperative_opens", "imperative_before", "not_imperative",
                  "imperative_after", "imperative_negators", "imperative_next")
SECTIONS = (*CUE_SECTIONS, "not_negating", "not_negating_alone", "word_final",
            "word_final_then", "prefixes", "imperative_endings", "not_prefixed",
            *FRAME_SECTIONS, "affirmative", "rules", "continuing", "final_prohibitions",
            "restrictive", "initial_then", "statement_verbs", "statement_negators",
            "statement_negators_before", "statement_negated")
_WORD = re.compile(r"[^\W\d_]+")
# where a [final_prohibitions] phrase forbids: before a sentence's end mark, a closing
# quote or the end of the text (開けるな。)
_FINAL = r"(?=\s*(?:[。．.！!」』]|$))"
# a cue followed by this is a number's abbreviation (No. 5)
_NUMBER_AFTER = re.compile(r"\.\s?\d")
# what may stand between a sentence's start and a word that opens it: quotes, dashes,
# bullets, inverted marks, list labels (1., a))
_OPENING = re.compile(r"(?:^|[.!?:;\n]|\s[-–—•]\s)[\W\d_]*$")
# a kana that goes on with the word: after a [word_final] negator, it is no negation
_KANA = re.compile(r"[\u3041-\u309f]")
# a Chinese character (a verb's stem before its ending: 含まず)
_HAN_BEFORE = r"(?<![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆])"
# what follows an initial negator that forbids: a word (No abra), not a mark (No, señor)
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")
# speech: a side that opens with a quotation mark or a dialogue dash (—No, señor; a list's
# dash has a space after it), or a quotation mark before the cue that opens a sentence
_QUOTES = "\"“”„«»‹›'‘"
_SPEECH_OPENS = re.compile(rf"\s*(?:[{_QUOTES}]|[-–—]+[¡¿]?[^\W\d_])")
_BEFORE_CUE = re.compile(r"[\W\d_]*$")
# where a sentence's first word starts (as _OPENING reads it, forwards)
_STARTS = re.compile(r"(?:^|[.!?:;\n]|\s[-–—•]\s)[\W\d_]*")
_SENTENCE_END = re.compile(r"[.!?\n]")
# where a prohibition's clause ends, for [restrictive]: a clause mark, or a full stop
# before a capital or the end (vms. is an abbreviation), in the text as written
_CLAUSE_END = re.compile(r"[,;:!?\n]|\.[\W\d_]*(?:$|(?P<next>[^\W\d_]))")


class Kind(Enum):
    """What a cue does to its side."""

    PROHIBITION = "forbids"
    INITIAL = "forbids where it opens a sentence"
    NEGATOR = "negates"
    NEGATIVE = "is negative"


_KINDS = dict(zip(CUE_SECTIONS, Kind, strict=True))


#: the checks that read ``negations.txt``: neither runs where a side's language has none
CODES = ("negation-mismatch", "negation-dropped")


def negations_notice(langs: Iterable[str], disabled: Iterable[str] = ()) -> str | None:
    """The line that names the languages without a ``negations.txt`` (Icelandic,
    Swedish, ...), whose pairs :data:`CODES` do not compare, or None: a run without
    negation findings is not to be read as negations checked."""
    missing = [lang for lang in dict.fromkeys(langs) if words_of(lang) is None]
    codes = [code for code in CODES if code not in set(disabled)]
    if not missing or not codes:
        return None
    return f"No negation words for {', '.join(missing)}: {' and '.join(codes)} did not run."


def parse_negations(text: str, *, name: str) -> dict[str, list[str]]:
    """The sections of a ``negations.txt`` (:data:`SECTIONS`), a phrase a line, ``#``
    comments; a phrase before any section or an unknown section is an error."""
    return data_sections(text, name=name, known=SECTIONS)


def alternation(phrases: list[str]) -> str:
    """A pattern matching any of ``phrases`` (folded), the longest first; a phrase in a
    script written with spaces only at word edges (one ending in an apostrophe, French
    ``n'``, may run into the next word)."""
    out = []
    for p in sorted(set(phrases), key=len, reverse=True):
        body = r"\s+".join(map(re.escape, p.split()))
        if not any(c.isalpha() and ord(c) < 0x1100 for c in p):  # Hangul: 0x1100
            out.append(body)
            continue
        out.append(rf"(?<![^\W\d_]){body}" + ("" if p.endswith("'") else r"(?![^\W\d_])"))
    return "|".join(out)


@dataclass(frozen=True, slots=True)
class Words:
    """A language's ``negations.txt``, folded."""

    cues: re.Pattern[str]
    kinds: dict[str, Kind]  # a cue's folded text, its spaces made single
    not_negating: re.Pattern[str] | None
    prefixes: tuple[str, ...]
    imperative_endings: tuple[str, ...]
    not_prefixed: tuple[str, ...]
    frame: re.Pattern[str] | None  # a negated imperative (:func:`_frame`)
    not_imperative: frozenset[str]
    affirmative: re.Pattern[str] | None
    rules: re.Pattern[str] | None  # a rule stated negated (:mod:`.negation_check`)
    continuing: re.Pattern[str] | None = None  # nor, and not: a negation before goes on
    final: re.Pattern[str] | None = None  # [final_prohibitions], at a sentence's end
    word_final: frozenset[str] = frozenset()  # negators read at a word's end only (ず)
    word_final_then: frozenset[str] = frozenset()  # kana that may follow them (に)
    restrictive: re.Pattern[str] | None = None  # sino, hasta: a prohibition restricts
    initial_then: tuple[str, ...] = ()  # endings of the word an [initial] cue forbids


def _frame(sections: dict[str, list[str]]) -> re.Pattern[str] | None:
    """A negated imperative, read where it opens a sentence: its ``[imperative_opens]``
    word (French ``ne``), any of its ``[imperative_before]`` words (pronouns, ``bitte``),
    the verb (group ``verb``), an ``[imperative_after]`` word if the language has them
    (German ``Sie``, Dutch ``de``), then an ``[imperative_negators]`` word in its clause;
    or the verb right before an ``[imperative_next]`` word and another word (Dutch
    ``Gebruik geen water``); None without ``[imperative_negators]``."""
    if not sections.get("imperative_negators"):
        return None

    def words(section: str) -> str:
        return "|".join(re.escape(p) + (r"\s*" if p.endswith("'") else r"\s+")
                        for p in sorted(sections.get(section, ()), key=len, reverse=True))

    opens = f"(?:{words('imperative_opens')})" if sections.get("imperative_opens") else ""
    before = f"(?:{words('imperative_before')})*" if sections.get("imperative_before") else ""
    after = sections.get("imperative_after")
    then = (rf"\s+(?:{alternation(after)})" if after else "")
    negated = rf"{then}[^,;:.!?\n]*?(?:{alternation(sections['imperative_negators'])})"
    if sections.get("imperative_next"):  # Dutch Gebruik geen water: no de, het between
        negated = (rf"(?:{negated}|\s+(?:{alternation(sections['imperative_next'])})"
                   rf"(?=\s+[^\W\d_]))")
    return re.compile(rf"{opens}{before}(?P<verb>[^\W\d_]+){negated}")


@cache
def folded_sections(lang: str) -> dict[str, list[str]] | None:
    """The sections of ``lang``'s ``negations.txt``, each phrase folded as a text is
    read (:func:`read`), or None when it has no such file; read once for the negation
    words and the negated statements (:mod:`aligner.check.statement_negations`)."""
    profile = get_profile(lang)
    text = profile.data_text(NEGATIONS_DATA)
    if text is None:
        return None
    sections = parse_negations(text, name=f"{profile.code}/{NEGATIONS_DATA}")
    return {name: [" ".join(fold_phrase(p)[0].split()) for p in phrases]
            for name, phrases in sections.items()}


@cache
def words_of(lang: str) -> Words | None:
    """The negation words of ``lang``, or None when it has no ``negations.txt``."""
    sections = folded_sections(lang)
    if sections is None:
        return None

    def folded(section: str) -> list[str]:
        return list(sections.get(section, ()))

    kinds: dict[str, Kind] = {}
    for section in reversed(CUE_SECTIONS):  # a phrase listed twice: the first section's
        kinds.update(dict.fromkeys(folded(section), _KINDS[section]))
    exempt = alternation(folded("not_negating"))
    if alone := folded("not_negating_alone"):  # まず, not in 含まず
        exempt = "|".join(filter(None, (exempt, rf"{_HAN_BEFORE}(?:{alternation(alone)})")))
    affirmative = folded("affirmative")
    rules = folded("rules")
    continuing = folded("continuing")
    final = folded("final_prohibitions")
    restrictive = folded("restrictive")
    return Words(re.compile(alternation(list(kinds))), kinds,
                 re.compile(exempt) if exempt else None,
                 tuple(folded("prefixes")), tuple(folded("imperative_endings")),
                 tuple(folded("not_prefixed")),
                 _frame({k: folded(k) for k in FRAME_SECTIONS}),
                 frozenset(folded("not_imperative")),
                 re.compile(alternation(affirmative)) if affirmative else None,
                 re.compile(alternation(rules)) if rules else None,
                 re.compile(rf"(?:{alternation(continuing)})$") if continuing else None,
                 re.compile(f"(?:{alternation(final)}){_FINAL}") if final else None,
                 frozenset(folded("word_final")), frozenset(folded("word_final_then")),
                 re.compile(alternation(restrictive)) if restrictive else None,
                 tuple(folded("initial_then")))


@dataclass(frozen=True, slots=True)
class Cue:
    """A negation cue: what it does, and its span in the text as written."""

    kind: Kind
    start: int
    end: int


def read(text: str, words: Words) -> tuple[str, list[int]]:
    """``text`` folded (:func:`fold_phrase`: the text, and where each of its characters
    comes from), its ``[not_negating]`` phrases blanked."""
    plain, origins = fold_phrase(text)
    if words.not_negating is not None:
        plain = words.not_negating.sub(lambda m: " " * len(m.group()), plain)
    return plain, origins


def negation_cues(text: str, lang: str) -> list[Cue]:
    """The negation cues of ``text`` in ``lang``, in order (none without its data)."""
    words = words_of(lang)
    if words is None:
        return []
    plain, origins = read(text, words)
    found: list[tuple[Kind, int, int]] = []
    for m in words.cues.finditer(plain):
        if _NUMBER_AFTER.match(plain, m.end()):
            continue  # No. 5
        kind = words.kinds[" ".join(m.group().split())]
        if m.group() in words.word_final and _KANA.match(plain, m.end()) and not any(
                plain.startswith(k, m.end()) for k in words.word_final_then):
            continue  # a kana word that holds the letter (むずかしい), no ending
        opens = bool(_OPENING.search(plain, 0, m.start()))
        written = text[origins[m.start()]:origins[m.end() - 1] + 1]
        if kind is Kind.PROHIBITION and not opens and written.istitle():
            kind = Kind.NEGATOR  # the Forbidden City
        if kind is Kind.INITIAL and not (opens and _WORD_AFTER.match(plain, m.end())
                                         and _then(plain, m.end(), words)):
            kind = Kind.NEGATOR  # la puerta no se abre; No, señor (an answer)
        if kind is Kind.PROHIBITION and _restricts(text, origins[m.end() - 1] + 1, words):
            kind = Kind.NEGATOR  # no podrá ser otra sino: it can only be
        found.append((kind, m.start(), m.end()))
    if words.final is not None:
        taken = [(s, e) for _, s, e in found]
        found += [(Kind.PROHIBITION, m.start(), m.end()) for m in words.final.finditer(plain)
                  if not any(s < m.end() and m.start() < e for s, e in taken)]
    if words.prefixes:
        taken = [(s, e) for _, s, e in found]
        for m in _WORD.finditer(plain):
            word = m.group()
            if (not any(word.startswith(p) and len(word) > len(p) + 2
                        for p in words.prefixes)
                    or word.startswith(words.not_prefixed)
                    or any(s < m.end() and m.start() < e for s, e in taken)):
                continue
            imperative = word.endswith(words.imperative_endings)
            found.append((Kind.PROHIBITION if imperative else Kind.NEGATOR,
                          m.start(), m.end()))
    for s, e in _negated_imperatives(plain, words):
        found = [f for f in found if f[0] is Kind.NEGATIVE or not (f[1] < e and s < f[2])]
        found.append((Kind.PROHIBITION, s, e))
    return [Cue(kind, origins[s], origins[e - 1] + 1) for kind, s, e in sorted(
        found, key=lambda f: f[1])]


def _then(plain: str, at: int, words: Words) -> bool:
    """Whether the word after ``at`` ends in an ``[initial_then]`` ending (Russian ``не
    открывайте``), or the language lists none."""
    if not words.initial_then:
        return True
    word = _WORD.search(plain, at)
    return word is not None and word.group().endswith(words.initial_then)


def _restricts(text: str, at: int, words: Words) -> bool:
    """Whether a ``[restrictive]`` word follows ``at`` of ``text`` in its clause (``no
    podrá ser otra sino``: it can only be)."""
    if words.restrictive is None:
        return False
    end = next((m.start() for m in _CLAUSE_END.finditer(text, at)
                if m.group("next") is None or m.group("next").isupper()), len(text))
    clause = fold_phrase(text[at:end])[0]
    return words.restrictive.search(clause) is not None


def _negated_imperatives(plain: str, words: Words) -> Iterator[tuple[int, int]]:
    """The spans of ``plain`` where a sentence opens with a negated imperative (the
    language's frame: ``ne touchez pas``, ``offnen sie die tur nicht``, ``open de deur
    niet``): its verb ends in an ``[imperative_endings]`` ending where the language has
    them and is no ``[not_imperative]`` word, and the sentence is no question."""
    if words.frame is None:
        return
    for start in _STARTS.finditer(plain):
        m = words.frame.match(plain, start.end())
        if m is None:
            continue
        verb = m.group("verb")
        if verb in words.not_imperative or (words.imperative_endings and not any(
                verb.endswith(e) and len(verb) > len(e) + 1
                for e in words.imperative_endings)):
            continue
        end = _SENTENCE_END.search(plain, m.end())
        if end is not None and end.group() == "?":
            continue
        yield m.start(), m.end()


def speech(text: str, start: int) -> bool:
    """Whether the cue at ``start`` of ``text`` is speech: the text opens with a
    quotation mark or a dialogue dash (``—No, señor``), or a quotation mark stands right
    before the cue (``He laughed. 'Don't mind him!'``)."""
    if _SPEECH_OPENS.match(text):
        return True
    before = _BEFORE_CUE.search(text, 0, start)
    return before is not None and any(q in before.group() for q in _QUOTES)


def rule_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of ``text`` (as written) where it states a rule negated (a ``[rules]``
    phrase of ``lang``: ``does not apply``, ``gilt nicht``), none in speech."""
    words = words_of(lang)
    if words is None or words.rules is None:
        return []
    plain, origins = read(text, words)
    spans = [(origins[m.start()], origins[m.end() - 1] + 1)
             for m in words.rules.finditer(plain)]
    return [(s, e) for s, e in spans if not speech(text, s)]
