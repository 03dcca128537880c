"""The text-level sentence splitter: pure Python, one regex scan per region.

One compiled regex finds every *candidate* end: a run of ``. ! ? … ‽``
(including spaced ellipses ``. . .``) or of the stops of other scripts
(:mod:`aligner.segment.terminals`: ``؟ ۔ । ॥ ։ ።``, ..., and the language's
``[question_marks]``, Greek ``;``); runs of CJK stops (``。！？``) are
decided by :mod:`aligner.segment.cjk`, the stops of other scripts by
:func:`aligner.segment.terminals.decide`, the others by their surroundings:

* what follows the run: closing quotes and brackets (they attach left), and
  the note that closes a song's lyric the sentence opened (``♪ ... alma. ♪``),
  bracketed references ``[7]`` and footnote calls glued to the next sentence
  (``office?1At``, ``DENAS.2He``, ``elsewhere.”3Franck``), which also stay
  with the sentence on the left;
* what comes next: a capital, an opening ``¿ ¡ « “ (`` before a capital, a
  list label usually starts a sentence; a comma, colon or closing bracket
  never does; lower case does only in the informal cases described at
  :func:`_decide`;
* for a period, the word before it: an abbreviation (looked up by class in
  the language's data file, past an elision as in ``l'Ing.``), an initial,
  a list label at the start of the sentence, a number (an ordinal before a
  word of the language's ``[ordinals]``, ``am 12. Juni``, or after one of its
  ``[ordinal_leads]``, ``im 2. Zyklus``).

Cuts are character offsets; sentences are the text between cuts with the
surrounding whitespace trimmed, so the spans returned are exact slices of
the input and the gaps between them are whitespace only.  The module is
longer than 400 lines because :func:`_decide` is one ordered chain of cases
for a candidate end; split across modules, the order would be hidden.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum
from functools import cache

from aligner.segment import cjk, companies, periods, references, structure, terminals, unmarked
from aligner.segment.rules import AbbrevClass, LanguageRules, rules_for
from aligner.textutil import NOTE_MARKS, PARAGRAPH_NUMBER, SUPERSCRIPT_DIGITS

# A run of sentence-final punctuation: dotted runs (``...``, ``. . .``) first so
# that a spaced ellipsis is one candidate, then any mix of … and the
# terminators of every script (. ! ? ‽ 。！？｡． ؟ । ...).
_DOTTED = r"\.(?:[ \u00a0]?\.)+"
_CLOSERS = terminals.CLOSERS  # quotes and brackets that close on the left of a stop
_OPENERS = structure.OPENERS
_next_word = structure.next_word
_INVERTED = frozenset("\u00bf\u00a1")  # ¿ ¡
_SPACED_OPENERS = frozenset("\u00ab\u2039")  # « ‹
_QUOTE_SPACES = frozenset(" \u00a0\u202f")  # space, no-break, narrow no-break
# Characters that cannot begin a sentence after a stop (the sentence goes on).
_CONTINUERS = terminals.CONTINUERS
_DASHES = frozenset("-\u2013\u2014")
_APOSTROPHES = frozenset("'\u2019")  # of an elision: L'acte, L’entrée
_REF = re.compile(r"\[\d{1,3}\]")
# A number in square or lenticular brackets: a reference ([7]) or a paragraph's number.
_NUMBER_OPENERS = frozenset("[\uff3b\u3010")
_BRACKETED_NUMBER = re.compile("[\\[\uff3b\u3010][0-9\uff10-\uff19]{1,4}[\\]\uff3d\u3011]")
_SOFT_HYPHEN = "\u00ad"
_FOOTNOTE = re.compile(r"\d{1,3}")
# A footnote call in superscript digits or note marks (``day.² It``, ``day.† It``): no
# decimal, whatever stands before the stop (``in 1998.² The``).
_SUPERSCRIPT_CALL = re.compile(f"[{SUPERSCRIPT_DIGITS}]{{1,3}}|[{NOTE_MARKS}]{{1,3}}")
# Initialisms with inner dots: U.S, J.C, f.e, U.S.A (the final period excluded); a
# letter may keep its joiner (Persian ه‍.ش, the solar hijri year: a heh with a zero-width
# joiner shows its joined form, as an abbreviation is written).
_INITIALISM = re.compile(r"(?:[^\W\d_][\u200c\u200d]?\.)+[^\W\d_]")
# Initials of a name, the final period excluded: hyphenated (J.-P, H.-J) or a
# consonant with its h (Th, Ch, Ph: Th. Mann; not the interjections Oh, Ah).
# A date with spaced periods (15. 3. 2024), and a day just before a month.
_SPACED_DATE = re.compile(r"(\d{1,2})\.[ \u00a0](\d{1,2})\.[ \u00a0]\d{4}(?!\d)")
_SPACED_DAY_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\.[ \u00a0]$")
# A capital initial after an elided article or preposition (French d’A., l'A.).
_ELIDED_INITIAL = re.compile(r"[^\W\d_]{1,5}['\u2019][^\W\d_]")
_NAME_INITIALS = re.compile(r"(?:[^\W\d_]h?\.-)+[^\W\d_]h?|[CPST]h")
_ROMAN_TOKEN = re.compile(r"[IVXLC]+\b")
# A number in digits, perhaps with inner separators: 1950, 10.30, 10:30, 2,5.
_DIGITS = re.compile(r"\d+(?:[.,:]\d+)*")
_ROMAN = re.compile(r"[ivxlc]{1,5}|[IVXLC]{1,5}")
_LOCUS = re.compile(r"(?:[IVXLC]{1,6}|\d{1,4})(?=[,)])")  # "II, 9)", "4, 2)": a book number
# Abbreviations of "about" before an amount (``approx. $300``) among the [number] ones:
# English approx. and ca., Spanish aprox., French env., German ca.  (Portuguese,
# Catalan, Italian and Dutch list theirs as [inner], which end no sentence anyway.)
_ABOUT = frozenset({"approx", "aprox", "ca", "env"})
# Abbreviations of "and following" (German ff., English et seq., et seqq.): before a
# statute's abbreviation the citation goes on ("§§ 280 ff. BGB", "Sections 280 et seq. BGB").
_FOLLOWING = frozenset({"ff", "seq", "seqq"})
# A statute's or a court's abbreviation: a word of letters that opens with a capital and
# holds another (BGB, StGB, AktG, VwVfG, BGBl, DSGVO, EU-Recht).
_STATUTE = re.compile(r"[^\W\d_]{2,}(?!\w)")
# A series letter and its number, as exhibits and file numbers are written: "Anl. K 3",
# "Az. L 8 AL 2/20" (a capital letter, a space, a digit).
_SERIES = re.compile(r"[^\W\d_][ \u00a0]+\d")
# An ordinal number just before a word (the "2." of "S. 1 2. Hs. BGB").
_ORDINAL_BEFORE = re.compile(r"\d{1,2}\.")
# An abbreviation and the space after it, as chained before a number: "No. ", "Ser. ".
_CHAINED = re.compile(r"([^\W\d_]{1,6}\.)[ \u00a0]+")
# A number of a multi-level label: 5.1, 1.2.3 (the final period excluded).
_MULTILEVEL = re.compile(r"\d{1,3}(?:\.\d{1,3}){1,3}")
# A list label: "1." "1)" "1.)" "a)" "(b)" "iv." followed by whitespace.
_LABEL = re.compile(r"\(?(?:\d{1,2}|[^\W\d_]|[ivxIVX]{2,4})(?:\.\)|[.)])(?=\s)")
_LETTERS = re.compile(r"[^\W\d_]+")
# A lower-case word with a vowel: what a truncating abbreviation rarely is
# (pct, ft, govt); apostrophes and hyphens allowed inside.
_LOWER_WORD = re.compile(
    r"(?=[^\W\d_]*[aeiouyáéíóúàèìòùâêîôûäëïöüãõ])[a-zà-ÿ]+(?:['\u2019-][a-zà-ÿ]+)*"
)
# Initials (a letter and its period) and the word after them: "A. Smirnov", "A. B. Smith".
_INITIALS_NAME = re.compile(r"(?:[^\W\d_]\.\s+)+([^\W\d_]{2,})")
# A word of letters, perhaps with inner apostrophes and hyphens (year's, well-known).
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# Vowels of the Latin, Cyrillic and Greek alphabets (lower case).
_VOWELS = frozenset("aeiouyáéíóúàèìòùâêîôûäëïöüÿãõåæøœаеёиоуыэюяіїєαεηιουωάέήίόύώ")
# A footnote call after a stop and a space, then a word (its first letter
# must be a capital: checked by the caller).
_SPACED_FOOTNOTE = re.compile(rf"(\d{{1,3}}|[{SUPERSCRIPT_DIGITS}]{{1,3}})\s+[^\W\d_](?=[^\W\d_])")
# A small number as in references (p. 5, art. 14,): up to three digits.
# A numbered heading or item: "923. Cose suscettibili", "12. The next".
_NUMBERED = re.compile(r"\d{1,4}\.\s+[^\W\d_][^\W\d_]")
_REF_NUMBER = re.compile(r"\d{1,3}(?![\w\-/.:])|\d{1,3}(?=[.:]\s|[.:]$)")
# A token of letters, digits and . ( ) / - (a reference code, when _reference_code says).
_CODE = re.compile(r"[^\W_][\w.()/\-]*")
# A word with its period, as the next token (No., Nos.).
_ABBREVIATION = re.compile(r"[^\W\d_]{1,5}\.(?=\s)")


class _Next(Enum):
    """What begins after a candidate end (and its closers and whitespace)."""

    LOWER = 0  # a lower-case letter: the sentence goes on
    UPPER = 1  # a capital, or an opening quote/bracket/¿/¡ before one
    DIGIT = 2
    LABEL = 3  # a list label such as "2." or "(b)"
    OTHER = 4  # a symbol, an uncased letter, ...
    NONE = 5  # a continuing mark: comma, colon, closing bracket, dash


def split_spans(
    text: str, lang: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]``, trimmed of whitespace.

    Spans are ordered, non-overlapping and cover every non-whitespace
    character of the region.  ``lang`` is any language code; languages
    without their own data file use the generic rules.
    """
    stop = len(text) if end is None else end
    rules = rules_for(lang)
    if text.find(_SOFT_HYPHEN, start, stop) < 0:
        return spans_between(text, start, _cuts(text, start, stop, rules), stop)
    return spans_between(text, start, _cuts_past_soft_hyphens(text, start, stop, rules), stop)


def _cuts_past_soft_hyphens(text: str, start: int, end: int, rules: LanguageRules) -> list[int]:
    """The cuts of ``text[start:end]`` decided as if it had no soft hyphens (U+00AD).

    A soft hyphen is an invisible hyphenation point inside a word; read as a
    character it cuts the word in two, and the rules that look at words
    (``14. Novem&shy;ber``: a month after an ordinal; ``Capí&shy;tu&shy;lo 1.``: a
    heading word) misread it.  The rules run on the text without them, and each cut
    is put back before the character it stood before, so the spans still cover
    the text with its soft hyphens (plain text keeps them: it is the file)."""
    kept = [i for i in range(start, end) if text[i] != _SOFT_HYPHEN]
    view = "".join(text[i] for i in kept)
    return [kept[c] for c in _cuts(view, 0, len(view), rules)]


def spans_between(text: str, start: int, cuts: list[int], stop: int) -> list[tuple[int, int]]:
    """The sentences between ``start``, each cut (ascending) and ``stop``, without the
    whitespace around them; empty ones left out (the splitter's and the SRX rules')."""
    spans: list[tuple[int, int]] = []
    prev = start
    for cut in [*cuts, stop]:
        a, b = prev, cut
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
        prev = cut
    return spans


def split_sentences(text: str, lang: str) -> list[str]:
    """The sentences of ``text`` as strings (convenience over :func:`split_spans`)."""
    return [text[a:b] for a, b in split_spans(text, lang)]


def _cuts(text: str, start: int, end: int, rules: LanguageRules) -> list[int]:
    """Sorted cut offsets strictly inside ``(start, end)``."""
    list_cuts, label_dots = structure.list_items(
        text, start, end, rules.is_ordinal if rules.ordinals or rules.ordinal_leads else None)
    inner: set[int] = set()
    spaced_final: dict[int, AbbrevClass] = {}
    if rules.spaced_re is not None:
        for m in rules.spaced_re.finditer(text, start, end):
            if m.start() > 0 and text[m.start() - 1].isalpha():
                continue  # inside a longer word
            dots = [i for i in range(m.start(), m.end()) if text[i] == "."]
            cls = rules.spaced.get(" ".join(m.group().split()))
            if m.group().endswith(".") and cls is not None:
                spaced_final[dots.pop()] = cls
            inner.update(dots)
    quotes = structure.quote_spans(text, start, end)
    cuts: list[int] = []
    last = start  # where the current sentence began
    li = 0
    brackets: cjk.Brackets | None = None  # found at the first CJK stop
    # A class holding characters past U+FFFF is scanned item by item, several
    # times slower than one of BMP characters only: it is used only where needed.
    candidates = _candidates(rules.question_marks, _has_astral(text, start, end))
    bangs = _bangs(rules.question_marks)
    plain_ascii = not rules.question_marks  # an ASCII run is then made of . ! ? only
    for m in candidates.finditer(text, start, end):
        s = m.start()
        while li < len(list_cuts) and list_cuts[li] <= s:
            if list_cuts[li] > last:
                cuts.append(list_cuts[li])
                last = list_cuts[li]
            li += 1
        if s in inner or s in label_dots:
            continue
        punct = m.group()
        plain = plain_ascii and punct.isascii()
        bang = ("?" in punct or "!" in punct) if plain else not bangs.isdisjoint(punct)
        if cjk.is_cjk_run(text, punct, s, m.end(), start, end):
            brackets = brackets or cjk.Brackets(text, start, end)
            cut = cjk.decide(text, punct, s, m.end(), end, brackets,
                             clause_brackets=rules.clause_brackets)
        elif not plain and not terminals.SCRIPT_STOPS.isdisjoint(punct):
            cut = terminals.decide(text, s, m.end(), end)
        else:
            cut = _decide(text, punct, s, m.end(), end, last, rules, spaced_final.get(s), bang)
        # Exclamations and questions inside quoted speech do not end the
        # sentence that carries the quotation ("Dear, dear! How queer..."),
        # nor does any stop inside a cited passage ("Ei fu. Siccome" (Manzoni).).
        if (
            cut is not None
            and quotes
            and any(
                a < s and (cut <= b + 1 if cited else cut < b and bang) for a, b, cited in quotes
            )
        ):
            cut = None
        if cut is not None and bang and _incise(text, start, s, cut, end):
            cut = None
        if cut is not None and cut > last:
            cuts.append(cut)
            last = cut
    for c in list_cuts[li:]:
        if c > last:
            cuts.append(c)
            last = c
    if rules.starters:
        cuts = structure.semicolon_cuts(text, start, end, rules, cuts)
    if rules.colon and text.find(":", start, end) >= 0:
        cuts = structure.colon_cuts(text, start, end, rules, cuts)
    if rules.openers:
        cuts = structure.headline_cuts(text, start, end, rules, cuts)
    extra = structure.line_unit_cuts(text, start, end, rules, cuts)
    extra.extend(structure.paragraph_number_cuts(text, start, end))
    if extra:
        cuts = sorted(set(cuts).union(extra))
    for script in unmarked.scripts_in(text, start, end):  # Thai, Lao: a space may end one
        cuts = sorted(set(cuts).union(unmarked.space_cuts(script, text, start, end, cuts)))
    for a, b in references.entry_spans(text, start, end, rules.bibliographies):
        # "Moulian, Tomás. 1997. …"; under "Bibliografía", "CEPAL. 1973. …" too
        cuts = [c for c in cuts if not a < c < b]
    return [c for c in cuts if start < c < end]


def _decide(
    text: str,
    punct: str,
    s: int,
    e: int,
    end: int,
    last: int,
    rules: LanguageRules,
    spaced_cls: AbbrevClass | None,
    bang: bool,
) -> int | None:
    """Where the sentence ends if the candidate ``text[s:e]`` ends one, else None.

    ``last`` is where the current sentence began (for the label test),
    ``spaced_cls`` the class of a spaced abbreviation (``EE. UU.``) whose
    final period this is; ``bang`` says whether the run holds a ``?`` or
    ``!`` (or a form of them, or one of the language's ``[question_marks]``);
    a run without one is a period or an ellipsis.  Lower case starts a new
    sentence only after ``?`` or ``!`` (not after a quotation, not inside a
    ``¿…?``) and after a period that follows a plain lower-case word
    (informal writing: ``looking for you. call them``).
    """
    # Closing quotes and brackets, references like [7] and a stop after a
    # closing quote (`”.`) all attach to the left sentence.
    j = e
    while j < end:
        c = text[j]
        if step := terminals.closer_after(text, j, end):
            j += step
        elif c == "[" and (r := _REF.match(text, j, end)) is not None:
            j = r.end()
        elif c in ".!?" and text[j - 1] in _CLOSERS:
            j += 1
        else:
            break
    j = terminals.lyric_close(text, last, s, j, end)  # "♪ ... el alma. ♪"
    closed = j > e
    # A footnote call glued after the stop: "office?1At", "elsewhere.”3Franck",
    # "(1987).1 According", "day.² It", "day.* It".  Digits right after a digit are a
    # decimal instead; a note mark needs the space ("done.**Bold**" is markup).
    footnote = False
    f = _SUPERSCRIPT_CALL.match(text, j, end) if j < end else None
    if f is None and j < end and text[j].isdigit() and s > 0 and not text[s - 1].isdigit():
        f = _FOOTNOTE.match(text, j, end)
    if f is not None:
        k = f.end()
        while k < end and text[k].isspace():
            k += 1
        if k < end and text[k].isupper() and (
                k > f.end() or (text[j] not in NOTE_MARKS and _word_start(text, k, end))):
            j = f.end()
            footnote = True
    k = j
    while k < end and text[k].isspace():
        k += 1
    if k >= end:
        return None  # the region ends here anyway
    if k == j:  # glued to what follows
        if footnote or PARAGRAPH_NUMBER.match(text, k, end):
            return j  # "elsewhere.”3Franck"; "thick.[0015]The", a copy that lost its breaks
        return j if _glued_break(text, punct, s, k, end, rules) else None
    if text[k] in _NUMBER_OPENERS and _BRACKETED_NUMBER.match(text, k, end) and (
            "\n" in text[j:k] or "\r" in text[j:k] or PARAGRAPH_NUMBER.match(text, k, end)):
        # "aluminum.\n[0012] The", "thick. [0015] The", "2001.\n[2] Jones": a number in
        # brackets that opens a line, or a patent's paragraph number anywhere, opens the
        # next sentence or paragraph (a reference follows its stop on the same line)
        return j
    if text[k] == "[":
        # "in Dulwich. [17] Placed": a reference after the stop stays on the left.
        q = k
        while q < end and (r := _REF.match(text, q, end)) is not None:
            q = r.end()
        if q > k:
            j = q
            while q < end and text[q].isspace():
                q += 1
            if q >= end:
                return None
            k = q

    nxt = _classify_next(text, k, end)
    if nxt is _Next.NONE:
        return None
    if bang:
        if nxt is _Next.LOWER:
            # "are you kidding? why would you": informal text often starts in
            # lower case; but not after a quotation ('Who?' she said) nor
            # after a question opened with ¿ inside the sentence.
            if (closed or _opened_inverted(text, last, s) or _bang_name(text, punct, s, last)
                    or _dialogue_turn(text, last, s)):
                return None
            return j
        # "Call us now! 2024 will be" goes on in a cased script, where a sentence
        # shows its start by a capital; after a word of an uncased one (Korean
        # "문의하세요! 2024년부터") the mark is all there is to go by.
        return j if nxt is not _Next.DIGIT or (s > 0 and _uncased(text[s - 1])) else None
    if len(punct) > 1 or punct == "\u2026":
        return _ellipsis(text, punct, s, j, k, end, nxt, closed, rules.ellipsis_ends)

    # A single period: look at the word before it.
    w0 = s
    while w0 > last and not text[w0 - 1].isspace():
        w0 -= 1
    word = text[w0:s].lstrip(_OPENERS + structure.BULLETS)
    if footnote:
        return j
    if rules.unspaced and cjk.latin_period_goes_on(text, last, s, j, k, end):
        return None  # "本機能はVer. 3.0以降": a Latin abbreviation inside a CJK sentence
    if periods.abbreviation_period(text, s):
        return None  # Thai ดร. สมชาย, Hindi प्रो. रमेश in text that ends sentences with ।
    if (rules.units and nxt is _Next.UPPER and word[:1].islower()
            and _after_digits(text, last, w0) and _unit_at(text, k, end, rules.units)):
        return None  # "850 тис. МВт·год": the unit of the number, no sentence's start
    if (_is_label(word) or (word.isdigit() and len(word) <= 4 and nxt is _Next.UPPER)
            or (_MULTILEVEL.fullmatch(word) is not None and nxt is _Next.UPPER)) and _label_lead(
                text[last:w0].strip().strip(_OPENERS + structure.BULLETS), rules):
        # "1. The first item", "923. Cose", "5.1. El interesado", "§ 3. Las sanciones",
        # "Artículo 5.2. El responsable": the label opens the sentence
        return None
    if (rules.lettered and nxt is _Next.UPPER and spaced_cls is None and len(word) == 1
            and word.isupper() and text[k].isupper() and _lettered(text, last, w0, rules)):
        return j  # "un plan B. Milei no", "la red social X. Caputo": a label, no initial
    cls = spaced_cls or (rules.classify_elided(word) if word else None)
    initial = False
    # d’A. Camus, l'A. Smith: a capital after an elided article is an initial
    letter = _ELIDED_INITIAL.fullmatch(word) is not None and word[-1].isupper()
    if cls is None:
        if _INITIALISM.fullmatch(word):
            cls = AbbrevClass.MULTI
        elif (len(word) == 1 and word.islower() and nxt is _Next.UPPER
              and _after_number(text, last, w0) and _opens_word(text, k, end)):
            # "в 1950 г. Его отец", "w XIX w. Potem": a unit letter after a year or
            # a century closes the sentence before a capitalised word -- unless the
            # sentence so far is that date alone, which opens it ("12 березня 2025 р.
            # Верховна Рада ухвалила", "В 2024 г. Россия"): a date is no sentence; a
            # date on a line of its own (a letter's, a decree's) still stands alone
            own_line = "\n" in text[j:k] or "\r" in text[j:k]
            return None if _date_opening(text, last, w0, rules.date_words) and not own_line else j
        elif (len(word) == 1 and word.isalpha()) or letter or (
                word[:1].isupper() and _NAME_INITIALS.fullmatch(word)):
            initial = True
    elif ((cls is AbbrevClass.NUMBER
           or (cls is AbbrevClass.INNER and spaced_cls is None and word + "." not in rules.exact))
          and nxt is _Next.UPPER
          and ((len(word) == 1 and word.isupper())
               or (word[:1].isupper() and _NAME_INITIALS.fullmatch(word)))):
        # "P. Jansen", "Ch. Dickens", "S. Weber": a capital letter before a name is an
        # initial, whatever abbreviation its lower case is ("p. 5", "ch. 5" before a
        # number; German "s. Abschnitt", see; not Portuguese "N. R.", listed as such)
        cls, initial = None, True
    if cls is AbbrevClass.TITLE or cls is AbbrevClass.INNER:
        return None
    if ((cls is not None and cls is not AbbrevClass.FINAL) or initial) and (
            nxt is _Next.UPPER and text[k].islower()):
        # a name with a capital inside opens a sentence after a plain word or one that
        # may end a sentence (5 p.m. macOS users); after any other abbreviation it is
        # the text going on ("approx. pH 7.4", "env. iOS 16", "pág. iOS")
        nxt = _Next.LOWER
    if nxt is _Next.LOWER:
        # "looking for you. call them", "di Herr Meier. al signor Meier": a
        # plain word, a period and a lower-case word is a sentence end in
        # informal text (and where a sentence begins in lower case); an
        # unknown abbreviation is the risk, hence the plain-word test.  A word of
        # up to four letters after a number in digits is a truncated unit or
        # measure (Polish "60 proc. więcej", German "60 Proz. mehr") more often
        # than a sentence's end ("pesavo 46 chili. in alto" ends).
        if (cls is None and not initial and not closed
                and _plain_word(word, text, k, end, rules)
                and not (len(word) <= 4 and _after_digits(text, last, w0))):
            return j
        return None
    if (rules.company_forms and nxt is _Next.UPPER and spaced_cls is None and (
            ends := companies.form_ends(word, text, k, end, rules.company_forms)) is not None):
        # "Silva Ltda. Investigadores", "Telefónica S.A. Madrid": the name ended;
        # "Silva Ltda. ME", "S.A. E.S.P.": an acronym goes on with it
        return j if ends else None
    if cls is AbbrevClass.MULTI or initial:
        # "in the U.S. The ..." ends; "the U.S. Army", "Jonas E. Smith" do not, nor
        # does an initial before more initials and a name ("Prof. I. A. Smirnov":
        # the "A." is no article).
        if (nxt is _Next.UPPER and _next_word(text, k, end) in rules.starters
                and not (initial and _initials_then_name(text, k, end, rules))):
            return j
        # at a line's end, a company's suffix after its name (Ibéricas S.L.) ends the
        # sentence; "the U.S." / "Department of State" is a name wrapped over a line
        before = text[last:w0].split()
        named = bool(before) and before[-1][:1].isupper()
        return j if cls is not None and named and _line_ends_here(text, j, k, end) else None
    if cls is AbbrevClass.FINAL:
        if not (text[k].isupper() or _camel(text, k, end)):
            return None
        if word.lower() in _FOLLOWING and _statute(text, k, end):
            return None  # "§§ 280 ff. BGB", "Sections 280 et seq. BGB": the statute cited
        if (word[:1].isupper() and word[1:].isalpha() and word[1:].islower()
                and (text[last:w0].strip() or word + "." in rules.exact)):
            # "Cía. Minera", "Warner Bros. Records": a capitalised company or
            # name suffix runs on into a name; only a starter opens a sentence.
            # One listed in lower case that opens its sentence is a note of its
            # own, no name's part ("Ibid. See also n. 3", "Ebd. Siehe").
            if _next_word(text, k, end) in rules.starters:
                return j
            return j if _line_ends_here(text, j, k, end) else None
        opening = text[last:w0].split()
        if (
            len(opening) <= 2
            and opening
            and _LETTERS.fullmatch(opening[0])
            and opening[0].lower() in rules.starters
        ):
            # "At 5 a.m. Mr. Smith went": an opening phrase of a few words
            # ending in the abbreviation is no sentence yet.
            return None
        return j  # "etc. Then", "He left at 6 P.M. Mr. Smith then ..."
    if cls is None and not initial and _cited_locus(word, text, last, s, k, end):
        return None  # "(De orat. II, 9)": a short title cited by book and chapter
    if cls is None and (rules.ordinals or rules.ordinal_leads) and rules.is_ordinal(
            word, _next_word(text, k, end), _last_word(text, last, w0)):
        return None  # "vom 12. Juni", "im 2. Zyklus": an ordinal number
    if cls is AbbrevClass.NUMBER and _numbered_next(text, k, end, rules):
        return None  # "U.S. Pat. No. 5,123,456", "Appl. Ser. No. 10/123": a chained reference
    if cls is AbbrevClass.NUMBER and _ROMAN_TOKEN.match(text, k, end):
        return None  # "vol. II", "cap. IV"
    if cls is AbbrevClass.NUMBER and text[k] in _OPENERS and k > j and not closed:
        return None  # "le vol. « Poésies »", "p. «Introduction»": the title referred to
        # (a quotation closed after the period is a speech's end: “No.” “But ...”)
    if cls is AbbrevClass.NUMBER and word.lower() in _ABOUT and _amount(text, k, end):
        return None  # "approx. EUR 1.2 million", "aprox. $300": the number is an amount
        # (only after "about": "No. $5 is charged", "12 people max. €25 each" end there)
    if cls is AbbrevClass.NUMBER and _reference_code(text, k, end):
        return None  # "Circular No. RD/AWAS/2025/114", "No. F.12(3)/2025": its reference
    if cls is AbbrevClass.NUMBER and (after := _ABBREVIATION.match(text, k, end)) and (
            rules.classify(after.group()) is AbbrevClass.NUMBER):
        return None  # "Ref. No. 12", "Art. No. 5": the abbreviation goes on to another
    if cls is AbbrevClass.NUMBER and (
            text[k] == "\u00a7" or (text[k].isupper() and _SERIES.match(text, k, end))):
        return None  # "Anl. K 3", "Az. L 8 AL 2/20", "Vorb. § 194": a letter and its number
    if cls is AbbrevClass.NUMBER and _statute(text, k, end) and (
            _ORDINAL_BEFORE.fullmatch(_last_word(text, last, w0))):
        return None  # "§ 5 Abs. 2 S. 1 2. Hs. BGB": the part's number came first
    if text[k].isdigit():
        if cls is AbbrevClass.NUMBER:
            return None
        if word.isdigit() and len(word) <= 2 and _in_spaced_date(text, w0, last):
            return None  # "15. 3. 2024" (Czech, Slovak, German): a date, day and month
        if "\n" in text[j:k] or "\r" in text[j:k]:
            return j  # a number opening a line: a numbered note or item
        call = _SPACED_FOOTNOTE.match(text, k, end) if cls is None else None
        if (call is not None and text[call.end() - 1].isupper()
                and _next_word(text, call.end() - 1, end) in rules.starters):
            # "due to minority rights. 4 Even though": a footnote call, since a
            # sentence's opening word (a starter) cannot be the number's noun; before
            # any other capitalised word the number opens the sentence ("beschlossen.
            # 28 Abgeordnete", "passed. 28 Members of Parliament").
            return call.end(1)
        label = _LABEL.match(text, k, end)
        if label is not None and label.group().endswith(")") and word[-1:].isalpha():
            return j  # "il miliardo. 2) Quattro edifici": a list item follows
        head = _NUMBERED.match(text, k, end)
        if head is not None and text[head.end() - 2].isupper():
            return j  # "del terreno. 923. Cose suscettibili": a numbered heading follows
        # "párrf. 5", "see fig. 3": a short lower-case word before a small number
        # is an abbreviation far more often than a sentence end (years are not); a
        # word no abbreviation is like ends it ("presupuesto. 28 diputados").
        if (word and word[-1].isalpha() and word[0].islower() and not _long_word(word)
                and _REF_NUMBER.match(text, k, end)):
            return None
        return j
    return j


def _statute(text: str, k: int, end: int) -> bool:
    """Whether the word at ``k`` is a statute's or a court's abbreviation: letters that
    open with a capital and hold at least two (``BGB``, ``StGB``, ``AktG``), up to a space,
    a stop or a hyphen."""
    m = _STATUTE.match(text, k, end)
    return m is not None and text[k].isupper() and sum(c.isupper() for c in m.group()) >= 2


def _reference_code(text: str, k: int, end: int) -> bool:
    """Whether a reference code starts at ``k``: letters and digits with a slash or a
    bracket among them and a digit somewhere (``RD/AWAS/2025/114``, ``F.12(3)/2025``),
    which a number's abbreviation names (``Circular No.``) as it does a number."""
    m = _CODE.match(text, k, end)
    code = m.group() if m else ""
    return any(c.isdigit() for c in code) and ("/" in code or "(" in code)


@cache
def _candidates(question_marks: frozenset[str], astral: bool) -> re.Pattern[str]:
    """The candidate-end regex of a language, for text with characters past U+FFFF
    (``astral``) or without."""
    stops = {
        c for c in terminals.TERMINATORS | question_marks | {"\u2026"} if astral or c <= "\uffff"
    }
    return re.compile(_DOTTED + "|[" + _char_class(stops) + "]+")


@cache
def _bangs(question_marks: frozenset[str]) -> frozenset[str]:
    """The marks a language reads as ``?`` and ``!``."""
    return terminals.BANGS | question_marks


def _has_astral(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a character past U+FFFF (which UTF-16
    writes as two units); encoding is several times quicker than a regex search."""
    if text.isascii():
        return False
    region = text if start == 0 and end == len(text) else text[start:end]
    return len(region.encode("utf-16-le", "surrogatepass")) != 2 * len(region)


def _char_class(chars: set[str]) -> str:
    """A character class body for ``chars``, runs of code points written as ranges."""
    points = sorted(map(ord, chars))
    out: list[str] = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        first, last = re.escape(chr(points[i])), re.escape(chr(points[j]))
        out.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "".join(out)


def _numbered_next(text: str, k: int, end: int, rules: LanguageRules) -> bool:
    """Whether the text at ``k`` is one or more ``[number]`` abbreviations and then a
    digit: ``Pat.`` before ``No. 5,123,456`` is that number's reference, no end."""
    seen = False
    while True:
        m = _CHAINED.match(text, k, end)
        if m is None or rules.classify(m.group(1)) is not AbbrevClass.NUMBER:
            return seen and k < end and text[k].isdigit()
        seen, k = True, m.end()


def _after_number(text: str, last: int, w0: int) -> bool:
    """Whether the word before ``w0`` (in the sentence begun at ``last``) is a number in
    digits, perhaps with inner separators (``1950``, a time ``10.30`` or ``10:30``, ``2,5``),
    or a Roman numeral (``XX``)."""
    before = text[last:w0].split()
    return bool(before) and (_DIGITS.fullmatch(before[-1]) is not None
                             or _ROMAN_TOKEN.fullmatch(before[-1]) is not None)


def _date_opening(text: str, last: int, w0: int, date_words: frozenset[str]) -> bool:
    """Whether the sentence begun at ``last`` is, up to ``w0``, a date alone: numbers
    (``12``, ``12-13``) and words of ``date_words`` (prepositions, month names) before
    the year or century that ends it (``12 березня 2025``, ``В 2024``, ``С 1 января
    2025``, ``В XX``)."""
    before = text[last:w0].split()[:-1]  # the year itself is checked by the caller
    return bool(date_words) and all(
        w.lower() in date_words or (w[:1].isdigit() and w.strip("0123456789-–") == "")
        for w in before)


def _unit_at(text: str, k: int, end: int, units: frozenset[str]) -> bool:
    """Whether the run of letters at ``k`` is a unit symbol of ``units`` (``МВт`` of
    ``МВт·год``, ``Гкал``)."""
    q = k
    while q < end and text[q].isalpha():
        q += 1
    return q > k and text[k:q].lower() in units


def _cited_locus(word: str, text: str, last: int, s: int, k: int, end: int) -> bool:
    """Whether ``word.``, a short word no list knows, inside a bracket still open in its
    sentence and before a Roman or Arabic number and a comma or the closing bracket, is
    a work's short title cited by its book and chapter (``(De orat. II, 9)``, ``(Tusc. 1,
    2)``): prose does not end a sentence inside its brackets before a bare numeral."""
    if not (0 < len(word) <= 6 and word.lstrip("(").isalpha()):  # "(Tusc. 1, 2)"
        return False
    before = text[last:s]
    return before.rfind("(") > before.rfind(")") and _LOCUS.match(text, k, end) is not None


def _last_word(text: str, last: int, w0: int) -> str:
    """The word before ``w0`` in the sentence begun at ``last`` (``""`` for none)."""
    before = text[last:w0].split()
    return before[-1] if before else ""


def _uncased(c: str) -> bool:
    """A letter of a script without case (Hangul, Han, Arabic, ...)."""
    return c.isalpha() and not c.isupper() and not c.islower()


def _after_digits(text: str, last: int, w0: int) -> bool:
    """Whether the word before ``w0`` (in the sentence begun at ``last``) is a number in
    digits (``60``, ``2,5``, ``10.30``)."""
    before = text[last:w0].split()
    return bool(before) and _DIGITS.fullmatch(before[-1]) is not None


def _amount(text: str, k: int, end: int) -> bool:
    """Whether an amount of money begins at ``k``: a currency sign (Unicode's Sc), perhaps
    after one or two capitals (``$300``, ``€ 300``, ``US$ 5``), or a code of three capitals
    (``EUR 1.2``), then a digit."""
    q = k
    while q < end and q - k < 3 and "A" <= text[q] <= "Z":
        q += 1
    letters = q - k
    if q < end and unicodedata.category(text[q]) == "Sc" and letters < 3:
        q += 1
    elif letters != 3:
        return False
    if q < end and text[q] in _QUOTE_SPACES:
        q += 1
    return q < end and text[q].isdigit()


def _in_spaced_date(text: str, w0: int, last: int) -> bool:
    """Whether the number at ``w0`` is the day or the month of a date written with
    spaced periods (``15. 3. 2024``), day 1-31, month 1-12, a year of four digits."""
    starts = [w0]
    before = _SPACED_DAY_BEFORE.search(text, last, w0)
    if before is not None:
        starts.append(before.start())
    for p in starts:
        m = _SPACED_DATE.match(text, p)
        if m is not None and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            return True
    return False


def _plain_word(word: str, text: str, k: int, end: int, rules: LanguageRules) -> bool:
    """A word that is no abbreviation: lower case with a vowel, four letters or more
    or before a starter (``you. call``), or such a word capitalised (``Meier.``)."""
    if _LOWER_WORD.fullmatch(word):
        return len(word) >= 4 or _next_word(text, k, end) in rules.starters
    return (
        len(word) >= 4
        and word[0].isupper()
        and _LOWER_WORD.fullmatch(word[0].lower() + word[1:]) is not None
    )


def _lettered(text: str, last: int, w0: int, rules: LanguageRules) -> bool:
    """Whether the letter at ``w0`` follows, in its sentence, a noun of the language's
    ``[lettered]`` (or a noun and its adjective): a capital letter after ``plan``,
    ``vitamina``, ``red social`` labels the thing (``plan B``, ``red social X``).  A
    person's initial comes after a given name, a title, a preposition or a noun for a
    person or a place (``George W.``, ``por J.``, ``psycholoog F.``, ``calle J.``), never
    after one of these, so a capitalised word after its period opens a sentence."""
    words = text[last:w0].split()[-2:]
    return bool(words) and (words[-1].lower() in rules.lettered
            or (len(words) == 2 and " ".join(words).lower() in rules.lettered))


def _initials_then_name(text: str, k: int, end: int, rules: LanguageRules) -> bool:
    """Whether at ``k`` an initial (a capital and its period) and perhaps more begin,
    followed by a capitalised word that is no starter: a name (``A. Smirnov``,
    ``A. B. Smith``; not ``A. The``)."""
    m = _INITIALS_NAME.match(text, k, end)
    return (m is not None and text[k].isupper() and m.group(1)[0].isupper()
            and m.group(1).lower() not in rules.starters)


def _long_word(word: str) -> bool:
    """A lower-case word with a vowel that no abbreviation is like: six letters or more
    (of every language's listed lower-case abbreviations two have six letters, none
    more: ``approx.``, ``reimpr.``), or four or five ending in a vowel (an abbreviation
    is cut before one: ``párrf.``, ``suppl.``)."""
    if _WORD.fullmatch(word) is None or not word.islower():
        return False
    letters = sum(map(str.isalpha, word))
    if not any(c in _VOWELS for c in word):
        return False
    return letters >= 6 or (letters >= 4 and word[-1] in _VOWELS)


def _bang_name(text: str, punct: str, s: int, last: int) -> bool:
    """``at Yahoo! in``: a ``!`` glued to a capitalised word inside a sentence is part of a name."""
    if punct != "!":
        return False
    w0 = s
    while w0 > last and text[w0 - 1].isalpha():
        w0 -= 1
    word = text[w0:s]
    return (
        len(word) >= 2
        and word[0].isupper()
        and not word.isupper()
        and w0 > last
        and text[w0 - 1] == " "
        and bool(text[last : w0 - 1].strip())
    )


def _dialogue_turn(text: str, last: int, s: int) -> bool:
    """``— Quel dommage ! s'écria-t-elle.``: in a line of dialogue, opened by a dash,
    the words after a ``?``/``!`` that go on in lower case are the narrator's incise."""
    return text[last:s].lstrip()[:1] in ("\u2014", "\u2015", "\u2013")


def _incise(text: str, start: int, s: int, cut: int, end: int) -> bool:
    """``« Il faut couvrir la vitre ! cria-t-il. Apporte la bâche ! »``: a ``?`` or ``!``
    inside a ``«…»`` quotation still open (its ``«`` the last guillemet since the block
    began) before lower case is the narrator's incise or the speech going on, no end --
    the French form of a dialogue line's incise (:func:`_dialogue_turn`); the
    quotation is not closed, so the closing-quote rule does not see it."""
    if text.rfind("\u00ab", start, s) <= text.rfind("\u00bb", start, s):
        return False
    k = cut
    while k < end and text[k].isspace():
        k += 1
    return k < end and text[k].islower()


def _opened_inverted(text: str, last: int, s: int) -> bool:
    """Whether a ¿ or ¡ opened in the current sentence (an embedded question)."""
    return "\u00bf" in text[last:s] or "\u00a1" in text[last:s]


def _classify_next(text: str, k: int, end: int) -> _Next:
    c = text[k]
    if c.islower():
        # "iOS users", "macOS", "eBay", "iPhone": a name written with a capital
        # inside after lower case opens a sentence as a capitalised word does
        return _Next.UPPER if _camel(text, k, end) else _Next.LOWER
    if c.isupper():
        return _Next.UPPER
    if c.isdigit():
        return _Next.LABEL if _LABEL.match(text, k, end) else _Next.DIGIT
    if c in _INVERTED:
        return _Next.UPPER
    if c in _OPENERS:
        if _LABEL.match(text, k, end):
            return _Next.LABEL
        q = _past_openers(text, k, end)
        if q < end and (text[q].isupper() or text[q] in _INVERTED):
            return _Next.UPPER
        if q < end and _uncased(text[q]):
            # "웃었다. “안녕.”", "ضحك. «مرحبا.»": in a script without case no capital
            # shows a quotation opening a sentence, so the quote before the letter
            # says what the letter alone would (a lower-case one goes on)
            return _Next.OTHER
        return _Next.NONE
    if c in _DASHES or text.startswith(",,", k):
        # "bajas. -- La actriz", "—Sí", "—¿Y tú?": a dash opening dialogue or a new item;
        # ",, Mijn": Dutch typesetting writes the low opening quote „ as ",,"
        q = k + 2 if c == "," else k
        while q < end and (text[q] in _DASHES or text[q] == " "):
            q += 1
        head = text[q : min(q + 2, end)]
        if head[:1].isupper() or (head[:1] in _INVERTED and head[1:].isupper()):
            return _Next.UPPER
        return _Next.NONE
    if c in _CONTINUERS:
        return _Next.NONE
    return _Next.OTHER


def _past_openers(text: str, k: int, end: int) -> int:
    """The offset past the opening quotes and brackets that begin at ``k`` (and the
    space French sets inside its guillemets: ``« Bonjour »``)."""
    q = k
    while q < end and (text[q] in _OPENERS
                       or (q > k and text[q] in _QUOTE_SPACES and text[q - 1] in _SPACED_OPENERS)):
        q += 1
    return q


def _camel(text: str, k: int, end: int) -> bool:
    """Whether the lower-case letters at ``k`` go on into a capital in the same word."""
    q = k
    while q < end and text[q].islower():
        q += 1
    return q < end and text[q].isupper()


def _ellipsis(text: str, punct: str, s: int, j: int, k: int, end: int, nxt: _Next,
              closed: bool, ends: tuple[str, ...]) -> int | None:
    # a letter next, perhaps past opening quotes ("있다... “시는"; uncased, as ``nxt`` is OTHER)
    q = _past_openers(text, k, end)
    letter = q < end and text[q].isalpha()
    if nxt is _Next.OTHER and letter and "\n" in text[j:k]:
        return j  # "很久……\n然后": a line ending in an ellipsis, then uncased script
    if (nxt is _Next.OTHER and ends and letter and k > j and not closed
            and text.endswith(ends, 0, s)):
        return j  # "있다... 시는": a sentence ending (the language's [ellipsis_ends])
    if nxt is not _Next.UPPER and nxt is not _Next.LABEL:
        return None
    if s > 0 and text[s - 1] in "[(":
        return None  # "[...]": an editorial omission inside a sentence
    dots = punct.count(".") + 3 * punct.count("\u2026")
    spaced = " " in punct or "\u00a0" in punct
    detached = s == 0 or text[s - 1].isspace()
    if spaced and detached and dots <= 3:
        return None  # "the thing is . . . I didn't": omission mid-sentence
    if spaced and not detached and dots >= 4 and not closed:
        return s + 1  # "compounds. . . . The": a period, then an ellipsis opening the next
    return j


def _glued_break(text: str, punct: str, s: int, k: int, end: int, rules: LanguageRules) -> bool:
    """``world.Today``, ``1,000.That``: a stop glued to a capitalised word."""
    if len(punct) != 1 or s == 0 or k + 1 >= end:
        return False
    if not (text[k].isupper() and text[k + 1].islower()):
        return False
    before = text[s - 1]
    if not (before.islower() or before.isdigit() or before in _CLOSERS):
        return False
    t0 = s
    while t0 > 0 and not text[t0 - 1].isspace():
        t0 -= 1
    t1 = k
    while t1 < end and not text[t1].isspace():
        t1 += 1
    token = text[t0:t1]
    if "@" in token or "://" in token or token.lower().startswith("www."):
        return False
    head = text[t0:s].lstrip(_OPENERS + structure.BULLETS)
    if head.isdigit() and len(head) <= 2:
        return False  # "1.Helado": a list label
    cls = rules.classify(head + ".")
    return cls is None or cls is AbbrevClass.FINAL  # not "St.Joseph", "Sr.Pérez"


def _line_ends_here(text: str, j: int, k: int, end: int) -> bool:
    """``Acme Inc.`` / ``Access is free.``: an abbreviation that may end a sentence, at the
    end of a line, before a capitalised word and then a lower-case one -- not before an
    acronym or a name of capitalised words (``Acme Inc.`` / ``CEO John Smith said``,
    ``Chairman John Smith``), which wrapped text may carry over a line."""
    if not ("\n" in text[j:k] or "\r" in text[j:k]) or not _opens_word(text, k, end):
        return False
    q = k + 1
    while q < end and (text[q].isalpha() or text[q] in _APOSTROPHES):
        q += 1  # "L'empresa va": past an elided article too
    while q < end and text[q] in " \t":
        q += 1
    return q < end and text[q].islower()


def _opens_word(text: str, k: int, end: int) -> bool:
    """A capital at ``k`` (after opening quotes) that begins a word: followed by a
    lower-case letter, or a word of one letter (Russian ``С тех пор``, ``В Москве``,
    ``«Правда»``), or an apostrophe and a letter: an elided article or preposition
    (Catalan ``L'acte``, ``D'altra banda``, ``L’Ajuntament``, French ``L’entrée``,
    Italian ``L'ingresso``) -- not an initial (``В. Путин``) or an acronym."""
    while k < end and text[k] in _OPENERS:
        k += 1
    if not (k + 1 < end and text[k].isupper()):
        return False
    after = text[k + 1]
    return (after.islower() or after.isspace()
            or (after in _APOSTROPHES and k + 2 < end and text[k + 2].isalpha()))


def _word_start(text: str, k: int, end: int) -> bool:
    """A capital followed by a lower-case letter: a word, not an acronym or unit."""
    return k + 1 < end and text[k + 1].islower()


def _label_lead(lead: str, rules: LanguageRules) -> bool:
    """Whether ``lead``, what stands before a number at the start of a sentence, lets
    the number be the sentence's label: nothing, a section sign (``§ 3.``, ``§§ 4.``)
    or a capitalised word of the language's ``[headings]`` (``Artículo 5.2.``)."""
    return (not lead or lead in ("\u00a7", "\u00a7\u00a7")
            or (lead[:1].isupper() and lead.lower() in rules.headings))


def _is_label(word: str) -> bool:
    return bool(word) and (
        (word.isdigit() and len(word) <= 2)
        or (len(word) == 1 and word.isalpha())
        or bool(_ROMAN.fullmatch(word))
    )
