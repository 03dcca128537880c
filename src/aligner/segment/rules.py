"""Per-language segmentation data, read from each language's ``segment.txt``.

The files live with the rest of a language's data, in ``aligner/lang/<lang>/``
(see :mod:`aligner.lang`).
A data file is UTF-8 text made of sections.  A line ``[name]`` opens a
section; every other non-blank line that does not start with ``#`` is one
entry.  Entries are sorted case-insensitively inside a section and appear only
once in the file (ignoring case) -- ``tests/segment/test_data_files.py`` checks
this.  The sections are the classes of :class:`AbbrevClass` plus
``[starters]``: lower-case closed-class words (pronouns, articles,
conjunctions, ...) that begin sentences, used to decide whether a multi-dot
abbreviation or an initial ends a sentence; and ``[closings]``: lower-case
letter closings (``best regards``, ``saludos``) that end a line of their own
when a comma and a capitalised name follow.  An abbreviation entry written
with a leading hyphen (``-str.``) is a suffix: a word of two or more letters
and then the suffix takes its class (German and Dutch street names,
``Hauptstr. 5``, ``Kerkstr. 12``).  And ``[ordinals]``: lower-case
words before which a number of one or two digits and its period is an
ordinal, not a sentence end (German ``am 12. Juni``, ``im 20. Jahrhundert``);
``[colon]``: what may follow a colon and its space for the colon to end the
sentence, ``capital`` and/or ``quote`` (an opening quotation mark); and
``[openers]``: lower-case closed-class words (articles, ...) that, written
with a capital after a lower-case word and no stop, open a new sentence (a
headline printed without final punctuation: ``Caminhão tomba na pista O
tombamento``); ``[question_marks]``: characters that the language writes as its
question mark, read as ``?`` is (Greek ``;`` and U+037E, which is ``;`` after
NFC); in every other language they end no sentence; ``[ellipsis_ends]``: the
last letters of a word after which an ellipsis, a space and a letter of an
uncased script end the sentence (Korean ``있다... 시는``: the endings ``다``
``요`` ``까``); ``[headings]``: lower-case words that, capitalised at the
start of a sentence before a number and its period, make the number a label of
the sentence (``Artículo 5.2. El responsable``, ``Section 2. The controller``);
``[ordinal_leads]``: lower-case words (articles, contractions) after which a
number of up to three digits and its period are an ordinal before any word but a
starter (German ``im 2. Zyklus``, ``ab dem 3. Behandlungstag``); ``[lettered]``:
lower-case nouns, or a noun and its adjective, that a capital letter labels (``plan
B``, ``vitamina C``, ``red social X``): after one the letter is no initial, and its
period ends the sentence before any capitalised word (``un plan B. Milei no``);
``[bibliographies]``: lower-case headings of a bibliography (``bibliografía``,
``works cited``), under which a line shaped as a corporate author's entry or as one
with its year last is read as an entry (:mod:`aligner.segment.references`);
``[date_words]``: lower-case prepositions and month names that, with numbers, make
up a date opening a sentence: a unit letter after a year that closes such a date is
no sentence end (Ukrainian ``12 березня 2025 р. Верховна Рада``, Russian ``В 2024 г.
Россия``); ``[units]``: unit symbols, written in lower case and matched whatever their
case, before which a period after a number and its abbreviation is no sentence end
(``850 тис. МВт·год``).
The stops of other
scripts need no entry: :mod:`aligner.segment.terminals` reads them from
Unicode, for every language.

``aligner/lang/generic/segment.txt`` holds the few abbreviations shared by most Latin-script
languages; it is used alone for languages that have no file and underneath
every language file (the language file wins when both classify one form).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

from aligner.errors import ConfigError
from aligner.lang import SEGMENT_DATA, generic_data, get_profile, languages


class AbbrevClass(Enum):
    """How an abbreviation behaves before the next word."""

    TITLE = "title"  # before names (Mr., Dra., Gral.): never ends a sentence
    NUMBER = "number"  # before numbers (p., núm., art.): no break before a digit
    INNER = "inner"  # never ends a sentence (i.e., e.g., vs., cf.)
    MULTI = "multi"  # with inner dots (U.S., EE. UU., Ph.D.): breaks only before a starter
    FINAL = "final"  # may end a sentence (etc., Inc., Jr.): breaks before a capital


WORD_LISTS = frozenset({"starters", "closings", "ordinals", "colon", "openers", "question_marks",
                        "ellipsis_ends", "headings", "ordinal_leads", "lettered",
                        "bibliographies", "date_words", "units", "company_forms"})
# What may follow a colon that ends a sentence (the entries of ``[colon]``).
COLON_KINDS = frozenset({"capital", "quote"})
SECTIONS = frozenset({c.value for c in AbbrevClass} | WORD_LISTS)
GENERIC = "generic"


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """The data one language needs; built once per language and cached.

    ``exact`` maps an abbreviation as written (``"U.S."``) to its class and
    ``folded`` maps its lower-case form; lookups try ``exact`` first.
    Abbreviations written with inner spaces (``EE. UU.``) are found on the
    text by ``spaced_re``; ``spaced`` maps each (spaces collapsed) to its class.
    """

    lang: str
    exact: dict[str, AbbrevClass]
    folded: dict[str, AbbrevClass]
    starters: frozenset[str]
    ordinals: frozenset[str]
    colon: frozenset[str]
    openers: frozenset[str]
    question_marks: frozenset[str]
    closings_re: re.Pattern[str] | None
    spaced_re: re.Pattern[str] | None
    spaced: dict[str, AbbrevClass]
    suffixes: tuple[tuple[str, AbbrevClass], ...] = ()
    ellipsis_ends: tuple[str, ...] = ()  # Korean 다 요 까: "있다... 시는" ends
    headings: frozenset[str] = frozenset()  # "Artículo 5.2. El responsable": a label
    ordinal_leads: frozenset[str] = frozenset()  # "im 2. Zyklus": an ordinal
    lettered: frozenset[str] = frozenset()  # "plan B. Milei": a label, no initial
    bibliographies: frozenset[str] = frozenset()  # "Bibliografía": entries follow
    date_words: frozenset[str] = frozenset()  # "12 березня 2025 р. Верховна": one date
    units: frozenset[str] = frozenset()  # "850 тис. МВт·год": the number's unit
    company_forms: frozenset[str] = frozenset()  # "Silva Ltda. Investigadores": ends
    unspaced: bool = False  # Chinese, Japanese: "本機能はVer. 3.0以降" is one sentence
    clause_brackets: bool = False  # Chinese: "研究（详见第三章。）表明" is one sentence

    def classify(self, word: str) -> AbbrevClass | None:
        """Class of ``word`` (which ends with its period), or None.

        A word not listed takes the class of a listed suffix it ends with, after
        at least two letters and perhaps a hyphen (German ``Hauptstr.`` and
        ``Karl-Marx-Str.`` of ``-str.``); a hyphenated word the class of its last
        part (``Zul.-Nr.``, ``Tel.-Nr.`` of ``Nr.``); titles chained without spaces (Vietnamese
        ``PGS.TS.``, ``ThS.BS.``; German ``Prof.Dr.``) are a title when each is one.
        """
        cls = self.exact.get(word)
        if cls is None:
            cls = self.folded.get(word.lower())
        if cls is None and self.suffixes:
            low = word.lower()
            for suffix, suffix_cls in self.suffixes:
                # after a hyphen too: Karl-Marx-Str., Sadowaja-Str.
                head = low[:-len(suffix)].rstrip("-")
                if (low.endswith(suffix) and len(head) >= 2
                        and head.replace("-", "").isalpha()):
                    return suffix_cls
        if cls is None and "-" in word[:-1]:
            # German compounds of an abbreviation: "Zul.-Nr.", "Tel.-Nr.", "Bestell-Nr."
            # take the class of their last part
            tail = word[word.rindex("-") + 1:]
            if len(tail) >= 3 and tail[0].isalpha():
                cls = self.classify(tail)
        if cls is None and "." in word[:-1]:
            parts = word[:-1].split(".")
            if all(part and self.classify(part + ".") is AbbrevClass.TITLE for part in parts):
                return AbbrevClass.TITLE
        return cls

    def classify_elided(self, word: str) -> AbbrevClass | None:
        """Class of ``word`` (without its period), looking past an elision.

        Italian and French elide an article into a title (``l'Ing. Rossi``,
        ``dell'Avv. Bianchi``): the abbreviation is the part after the apostrophe.
        """
        cls = self.classify(word + ".")
        if cls is None and ("'" in word or "\u2019" in word):
            tail = word[max(word.rfind("'"), word.rfind("\u2019")) + 1 :]
            cls = self.classify(tail + ".") if tail else None
        return cls

    def is_ordinal(self, word: str, next_word: str, before: str = "") -> bool:
        """Whether ``word`` and its period are an ordinal before ``next_word`` (lower
        case), after the word ``before``.

        German writes ordinals as digits and a period (``am 12. Juni``); a
        number of one or two digits before a word of ``[ordinals]`` is one, and so
        is a number of up to three digits after a word of ``[ordinal_leads]`` (an
        article or a contraction: ``im 2. Zyklus``, ``ab dem 3. Behandlungstag``)
        before any word but a starter (``am 3. Die nächste``: a date that ends it).
        """
        if not word.isdigit():
            return False
        if len(word) <= 2 and next_word in self.ordinals:
            return True
        return (len(word) <= 3 and bool(next_word) and before.lower() in self.ordinal_leads
                and next_word not in self.starters)


def parse_data(text: str, *, name: str) -> dict[str, list[str]]:
    """Parse a data file into ``{section: [entries in file order]}``."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            if section not in SECTIONS:
                raise ConfigError(f"{name}:{lineno}: unknown section [{section}]")
            current = sections.setdefault(section, [])
            continue
        if current is None:
            raise ConfigError(f"{name}:{lineno}: entry before any [section]")
        if current is sections.get("colon") and line not in COLON_KINDS:
            kinds = " or ".join(sorted(COLON_KINDS))
            raise ConfigError(f"{name}:{lineno}: [colon] takes {kinds}, not {line!r}")
        current.append(line)
    return sections


def data_languages() -> list[str]:
    """Languages that have their own data file (``generic`` excluded)."""
    return [code for code in languages() if get_profile(code).data_text(SEGMENT_DATA) is not None]


def data_text(lang: str) -> str | None:
    """The text of ``lang``'s data file (``generic`` for the shared one), or None."""
    if lang == GENERIC:
        return generic_data(SEGMENT_DATA)
    return get_profile(lang).data_text(SEGMENT_DATA)


def _read(lang: str) -> dict[str, list[str]] | None:
    text = data_text(lang)
    if text is None:
        return None
    return parse_data(text, name=f"{lang}/{SEGMENT_DATA}")


@cache
def rules_for(lang: str) -> LanguageRules:
    """Rules for ``lang`` (any code; unknown languages get the generic rules)."""
    code = get_profile(lang).code
    layers = [_read(GENERIC) or {}]
    own = _read(code) if code != GENERIC else None
    if own is not None:
        layers.append(own)
    exact: dict[str, AbbrevClass] = {}
    starters: set[str] = set()
    ordinals: set[str] = set()
    closings: set[str] = set()
    lists: dict[str, set[str]] = {"colon": set(), "openers": set(), "question_marks": set(),
                                  "ellipsis_ends": set(), "headings": set(),
                                  "ordinal_leads": set(), "lettered": set(),
                                  "bibliographies": set(), "date_words": set(),
                                  "units": set(), "company_forms": set()}
    spaced: dict[str, AbbrevClass] = {}
    suffixes: dict[str, AbbrevClass] = {}
    for layer in layers:  # later layers (the language file) win
        for section, entries in layer.items():
            if section == "starters":
                starters.update(e.lower() for e in entries)
                continue
            if section == "closings":
                closings.update(e.lower() for e in entries)
                continue
            if section == "ordinals":
                ordinals.update(e.lower() for e in entries)
                continue
            if section in lists:
                lists[section].update(e.lower() for e in entries)
                continue
            cls = AbbrevClass(section)
            for entry in entries:
                if entry.startswith("-"):
                    suffixes[entry[1:].lower()] = cls
                    continue
                if " " in entry:
                    spaced[" ".join(entry.split())] = cls
                exact[entry] = cls
    folded: dict[str, AbbrevClass] = {}
    for entry, cls in exact.items():
        folded.setdefault(entry.lower(), cls)
    spaced_re = None
    if spaced:
        # Longest first so that "a. de C." wins over "a. C."; the spaces in an
        # entry match any run of spaces (including NBSP) in the text.
        alts = sorted(spaced, key=len, reverse=True)
        pattern = "|".join(r"\s+".join(map(re.escape, a.split())) for a in alts)
        # No lookbehind here: a pattern that starts with literals lets the
        # regex engine skip ahead quickly; callers check the preceding letter.
        spaced_re = re.compile(pattern)
    closings_re = None
    if closings:
        alts = sorted(closings, key=len, reverse=True)
        words = "|".join(r"\s+".join(map(re.escape, a.split())) for a in alts)
        # the closing, a comma and a capitalised name that is not followed by
        # a comma ("Thanks, John, for the help" goes on)
        closings_re = re.compile(rf"(?i:{words}),(?=\s+[^\W\d_]+\b(?!,))")
    return LanguageRules(
        lang=code,
        exact=exact,
        folded=folded,
        starters=frozenset(starters),
        ordinals=frozenset(ordinals),
        colon=frozenset(lists["colon"]),
        openers=frozenset(lists["openers"]),
        question_marks=frozenset(lists["question_marks"]),
        closings_re=closings_re,
        spaced_re=spaced_re,
        spaced=spaced,
        suffixes=tuple(sorted(suffixes.items(), key=lambda item: -len(item[0]))),
        ellipsis_ends=tuple(sorted(lists["ellipsis_ends"])),
        headings=frozenset(lists["headings"]),
        ordinal_leads=frozenset(lists["ordinal_leads"]),
        lettered=frozenset(lists["lettered"]),
        bibliographies=frozenset(lists["bibliographies"]),
        date_words=frozenset(lists["date_words"]),
        units=frozenset(lists["units"]),
        company_forms=frozenset(lists["company_forms"]),
        unspaced=get_profile(code).sentence_separator == "",
        # Chinese has no particle to show that a sentence goes on past a bracket
        # (Japanese "）をご覧ください"); Han text glued to it is the next clause
        clause_brackets=code == "zh",
    )
