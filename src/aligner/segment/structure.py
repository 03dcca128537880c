"""Sentence ends that no stop marks, and stops that end no sentence.

The rest of the splitter (:mod:`aligner.segment.core`) decides each candidate
stop; this module finds what the text's layout says instead:

* inline lists (``1. The first 2. The second``, ``a) ... b) ...``): a cut
  before each item, and the label periods that are no sentence end;
* units that e-mail and web text writes without punctuation: an address, a
  date-and-time stamp, a letter closing;
* a semicolon before a capitalised sentence starter, and a colon before what
  the language's ``[colon]`` names (Italian: a capital; Portuguese: a quotation);
* a headline without final punctuation before a capitalised ``[openers]``
  word (Portuguese ``Caminhão tomba na pista O tombamento``);
* quoted speech that closes its block, whose ``?`` and ``!`` stay inside.

It is longer than 400 lines because the inline lists' rules (labels, chains, the
labels inside an item) read as one piece with the other layout cues they share
helpers with.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from aligner.segment.rules import LanguageRules
from aligner.textutil import PARAGRAPH_NUMBER

# Bullets that may stand before a list label (the splitter also skips them before a word).
BULLETS = "\u2022\u2043\u25e6\u25aa\u2023\u00b7*-\u2013\u2014"

# Labels inside a block, for numbered/lettered lists written on one line.
# The leading space or bullet is matched, not looked behind, so that the
# regex engine can scan for it quickly; a label at the region start is
# matched separately with _LABEL_AT.
_LIST_LABEL = re.compile(
    r"[\s\u2022\u2043\u25e6\u25aa\u2023\u00b7*](\(?(\d{1,2}|[a-zA-Z])(\.\)|[.)]))(?=\s)"
)
_LABEL_AT = re.compile(
    r"[\u2022\u2043\u25e6\u25aa\u2023\u00b7*\s]*(\(?(\d{1,2}|[a-zA-Z])(\.\)|[.)]))(?=\s)"
)
# Where a line's text begins, past its indent (the region's first line is no cut).
_LINE_START = re.compile("(?:\r\n?|\n)[ \t\u3000]*")
_LIST_CLOSERS = "\"'\u201d\u2019\u00bb)]"
# A source in brackets after a quotation, and the final stop: ' (Manzoni).'
# (not a sentence in brackets: ' (Smith had a side that is lacking today.)')
_SOURCE = re.compile(r"\s*\([^()\n]{0,59}[^()\n.!?]\)\s*[.!?]?")
_QUOTATION = re.compile(r'"[^"]*"|\u201c[^\u201c\u201d]*\u201d')
# An address (URL or e-mail) followed by a capital or another address.
_AFTER_ADDRESS = r"(?=\s+(?:[A-Z]|https?://|www\.|[\w.+-]+@))"
# A Chinese or Japanese stop or comma ends it (https://example.com/a。请点击 Save).
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a"
                  r"\uff1b\uff1f]+[\w/]" + _AFTER_ADDRESS)
# Matched at the start of a whitespace-delimited token that holds an "@".
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+" + _AFTER_ADDRESS)
_STAMP = re.compile(
    r"(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?=\s+(?![AP]M\b)[A-Z])"
)
_SEMICOLON = re.compile(r";\s+([^\W\d_]+)")
_LETTERS = re.compile(r"[^\W\d_]+")
# Opening quotes and brackets, and the inverted marks, that may stand before a word.
OPENERS = "\"'\u201c\u2018\u00ab\u2039\u201e([{\u00bf\u00a1"
_COLON = re.compile(r":\s+(\S)(\S?)")
_OPENING_QUOTES = frozenset('"\u201c\u201e\u00ab')  # " “ „ «
# A lower-case word (not inside a longer token) and the capitalised word after it.


def line_unit_cuts(
    text: str, start: int, end: int, rules: LanguageRules, cuts: list[int]
) -> list[int]:
    """Ends of units that e-mail and web text writes without punctuation.

    * a web or e-mail address followed by a capitalised word or another
      address (``…/a.html http://…``, ``x@y.com Our address is``);
    * a date-and-time stamp (``08/16/2000 12:05 PM``) between a capitalised
      name and a capitalised word, as in mail headers;
    * a letter closing opening a sentence (``Best regards, Debra``).
    """
    extra: list[int] = []
    if text.find("://", start, end) >= 0 or text.find("www.", start, end) >= 0:
        extra.extend(m.end() for m in _URL.finditer(text, start, end))
    at = text.find("@", start, end)
    while at >= 0:
        t0 = at
        while t0 > start and not text[t0 - 1].isspace():
            t0 -= 1
        m = _EMAIL.match(text, t0, end)
        if m is not None:
            extra.append(m.end())
        at = text.find("@", at + 1, end)
    if text.find(":", start, end) >= 0:
        for m in _STAMP.finditer(text, start, end):
            extra.append(m.end())
            before = text[start : m.start()].rstrip()
            word = before.rsplit(None, 1)[-1] if before else ""
            if word[:1].isupper() and word[-1:].isalpha():
                extra.append(m.start())
    if rules.closings_re is not None:
        # only where a sentence starts: matching there is far cheaper than
        # scanning the region for a case-insensitive alternation
        for a in (start, *cuts):
            while a < end and text[a].isspace():
                a += 1
            m = rules.closings_re.match(text, a, end)
            if m is not None and _signed(text, m.end(), end, rules):
                extra.append(m.end())
    return extra


def _signed(text: str, c: int, end: int, rules: LanguageRules) -> bool:
    """Whether a letter closing and its comma ending at ``c`` are followed by the name
    that signs: a word on the next line, or a capitalised word that is no starter and
    no contraction's first part (``Best regards, Ana Ruiz``; flattened mail, ``Thanks,
    Sean Here you go``); not the rest of a sentence on the same line (``Thanks, I'll be
    right there.``, ``Thank you, I'm fine``, ``Thanks, we know``)."""
    k = c
    while k < end and text[k].isspace():
        k += 1
    if "\n" in text[c:k]:
        return True  # the name opens the next line
    m = _LETTERS.match(text, k, end)
    return (m is not None and m.group()[0].isupper() and m.group().lower() not in rules.starters
            and text[m.end():m.end() + 1] not in ("'", "\u2019"))


def paragraph_number_cuts(text: str, start: int, end: int) -> list[int]:
    """A cut before each patent paragraph number that opens a line (``…立体图；`` /
    ``[0007] 图2…``, ``…comprising,`` / ``【0015】…``): a new paragraph, whatever ends
    the line before -- no citation has four digits with a leading zero
    (:data:`aligner.textutil.PARAGRAPH_NUMBER`)."""
    if (text.find("]", start, end) < 0 and text.find("\u3011", start, end) < 0
            and text.find("\uff3d", start, end) < 0):
        return []
    return [m.end() for m in _LINE_START.finditer(text, start, end)
            if PARAGRAPH_NUMBER.match(text, m.end(), end)]


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """``(open, close, cited)`` of each double quotation that ends the region.

    ``cited`` is a quotation followed only by its source in brackets
    (``"Ei fu. Siccome immobile / [...]" (Manzoni).``): a citation is one
    unit, periods included.
    """
    if text.find('"', start, end) < 0 and text.find("\u201c", start, end) < 0:
        return []
    # Only a quotation that closes the block: a paragraph of quoted speech
    # ("Dear, dear! How queer ... puzzle!").  A quotation followed by more
    # text ("What now? Who knows," she said.) is split as usual.
    tail = end
    while tail > start and text[tail - 1].isspace():
        tail -= 1
    spans = []
    for m in _QUOTATION.finditer(text, start, end):
        if m.end() == tail:
            spans.append((m.start(), m.end() - 1, False))
        elif _SOURCE.fullmatch(text, m.end(), tail):
            spans.append((m.start(), m.end() - 1, True))
    return spans


def semicolon_cuts(
    text: str, start: int, end: int, rules: LanguageRules, cuts: list[int]
) -> list[int]:
    """A semicolon before a capitalised sentence starter (``; La experiencia``).

    After a semicolon both English and Spanish go on in lower case, so a
    capitalised closed-class word there begins a new sentence; ``I`` is
    always capitalised in English and is therefore no evidence.
    """
    extra = []
    for m in _SEMICOLON.finditer(text, start, end):
        word = m.group(1)
        if word[0].isupper() and word != "I" and word.lower() in rules.starters:
            extra.append(m.start() + 1)
    return sorted(set(cuts).union(extra)) if extra else cuts


def colon_cuts(text: str, start: int, end: int, rules: LanguageRules, cuts: list[int]) -> list[int]:
    """A colon that ends a sentence before what the language's ``[colon]`` names.

    After a colon Italian goes on in lower case, so a capital there opens a
    new sentence (``ha dichiarato: Nelle ultime settimane``); Portuguese
    reports speech after a colon as a sentence of its own (``disse: «Não``;
    a quotation that begins in lower case goes on: ``relatos: «quando``).
    A label of one or two words that opens the sentence is no statement, and what
    follows it is its value (``Sede legale: Via Roma``, ``Titolare: Pharma S.p.A.``).
    """
    extra = []
    for m in _COLON.finditer(text, start, end):
        c = m.group(1)
        if "capital" in rules.colon and c.isupper():
            if not _label_before(text, start, cuts, m.start()):
                extra.append(m.start() + 1)
        elif "quote" in rules.colon and c in _OPENING_QUOTES and m.group(2).isupper():
            extra.append(m.start() + 1)
    return sorted(set(cuts).union(extra)) if extra else cuts


def _label_before(text: str, start: int, cuts: list[int], colon: int) -> bool:
    """Whether a sentence opens with one or two words and the colon at ``colon``
    (``Sede legale:``), after ``start``, a cut or a line break."""
    a = max([start, *(c for c in cuts if c <= colon)])
    a = max(a, text.rfind("\n", a, colon) + 1)
    words = text[a:colon].split()
    return 0 < len(words) <= 2 and all(
        _LETTERS.fullmatch(w.replace("'", "").replace("\u2019", "").replace("-", ""))
        for w in words)


def headline_cuts(
    text: str, start: int, end: int, rules: LanguageRules, cuts: list[int]
) -> list[int]:
    """A headline or subhead printed without a stop, before the sentence it heads.

    A closed-class word of ``[openers]`` (an article, a contraction, a
    demonstrative) is written with a capital only where a sentence starts, so
    after a word with no stop (``Caminhão tomba na pista O tombamento``) it
    opens one -- when a lower-case content word follows it: before a
    starter it is a letter (``vitamina A e C``), before a capital a title or
    a name (``o livro O Alquimista``, ``segundo O Globo``).
    """
    extra = []
    for m in _openers_re(rules.openers).finditer(text, start, end):
        b = m.start()
        w0 = b
        while w0 > start and (text[w0 - 1].isalpha() or text[w0 - 1] in "-'\u2019"):
            w0 -= 1
        before = text[w0:b]
        if not before[:1].isalpha() or before.lower() in rules.starters:
            continue  # "de O Globo"; a number or a mark before it
        nxt = m.group(2)
        if not nxt[0].islower() or nxt in rules.starters:
            continue  # "o livro O Alquimista", "vitamina A e C": a title, a letter
        extra.append(b)
    return sorted(set(cuts).union(extra)) if extra else cuts


@cache
def _openers_re(openers: frozenset[str]) -> re.Pattern[str]:
    """The capitalised openers between a word and the next word."""
    words = sorted((w[0].upper() + w[1:] for w in openers), key=len, reverse=True)
    # a literal space first: far quicker to scan for than a look-behind
    return re.compile(r" (" + "|".join(map(re.escape, words)) + r") +([^\W\d_]+)")


def open_quote_test(text: str, start: int, end: int) -> Callable[[int], bool] | None:
    """A test "is this offset inside a double quotation opened in the region?"."""
    if text.find('"', start, end) < 0 and text.find("\u201c", start, end) < 0:
        return None

    def inside(pos: int) -> bool:
        head = text[start:pos]
        return head.count('"') % 2 == 1 or head.count("\u201c") > head.count("\u201d")

    return inside


def list_items(text: str, start: int, end: int,
               ordinal: Callable[[str, str, str], bool] | None = None
               ) -> tuple[list[int], set[int]]:
    """Cuts before the items of inline lists, and the label periods to skip.

    A list is two or more labels of one style whose values follow each other
    (1. 2. 3. or a) b) c)); for period labels every item must begin with a
    capital (``1. The first item 2. The second``), which keeps out running
    text like ``for 1. above, ... for 2. above``, and the first label must open
    the list (the block's start, a line's, after ``: . ! ? ;``, a bullet or another
    list's last item): a number after a word is the sentence's (``on day 1. The
    dose ... from day 2. The``).
    A later label may follow its item's last word, unless an earlier one followed
    a stop: items that end with a stop all do (``1. Give 5 mg. 2. Give 10 mg on day
    3. Then``: no third item).  ``ordinal(number, next word, word before)`` says
    when a number and its period are an ordinal instead (German ``am 3. Oktober
    ... am 4. Oktober``, ``im 2. Zyklus``, capitalised as list items are: no list).
    """
    cuts: list[int] = []
    dots: set[int] = set()
    prev: tuple[str, int, int, int, int] | None = None  # (style, value, cut, dot, end)
    chain: list[tuple[int, int]] = []

    def close() -> None:
        if len(chain) >= 2 and opening:
            for cut, dot in chain:
                cuts.append(cut)
                if dot >= 0:
                    dots.add(dot)
        chain.clear()

    # a list a label of another count interrupted: (its last label's style and value,
    # its chain, opening, stopped), which a later bracket label may take up again
    outer: tuple[str, int, list[tuple[int, int]], bool, bool] | None = None
    opening = False  # whether the current chain's first label may open a list
    stopped = False  # whether a label of the current chain followed a stop
    quoted = open_quote_test(text, start, end)
    first = _LABEL_AT.match(text, start, end)
    found = [first] if first is not None else []
    found.extend(
        m
        for m in _LIST_LABEL.finditer(text, start, end)
        if first is None or m.start(1) > first.start(1)
    )
    list_goes_on = _goes_on(found)
    for i, m in enumerate(found):
        body, sep = m.group(2), m.group(3)
        label_start = m.start(1)
        if quoted is not None and quoted(label_start):
            continue  # "The 5 demands: 1) Divest 2) Boycott": a quotation stays whole
        opened = text[label_start] == "("
        if sep != ")" and not opened:
            q = m.end()
            while q < end and text[q].isspace():
                q += 1
            if q >= end or not text[q].isupper():
                continue
            if "." in sep and ordinal is not None and ordinal(
                    body, next_word(text, q, end), _word_before(text, start, label_start)):
                continue
        style, value = _style(m)
        cut = label_start
        b = cut
        while b > start and text[b - 1] in " \t\u00a0":
            b -= 1
        if b > start and text[b - 1] in BULLETS:
            cut = b - 1
        dot = m.start(3) if "." in sep else -1
        q = m.end(1)
        while q < end and text[q] in " \t":
            q += 1
        if q < end and text[q] in ",;:.)":
            if prev is not None and list_goes_on(i + 1, prev[0], prev[1]):
                continue  # "b) cien euros (100), pagaderos ... c)": the item's text
            prev = None  # "del vicino (3), se": a reference, not a label
            close()
            continue
        if (prev is not None and prev[0] == style and not body.isdigit()
                and not text[prev[4]:label_start].strip()):
            prev = None  # "A. B. Smith": initials -- a list item is never empty
            chain.clear()
            continue
        # a bullet before it ("• 9. The first"), or the block's start, or : . ! ? ;
        after_stop = cut < label_start or _opens_list(text, start, cut)
        # "a) pagar; b) conservar; d) no realizar": an item a translation left out is
        # a gap of one, which a bracket label after a stop still continues
        if (prev is not None and prev[0] == style and (value == prev[1] + 1 or (
                value == prev[1] + 2 and sep == ")" and after_stop and len(chain) >= 2))
                and not (stopped and "." in sep and not after_stop)):
            chain.append((cut, dot))
            stopped = stopped or after_stop
        else:
            after_list = len(chain) >= 2 and opening  # "2. The second 1. The first"
            if (prev is not None and (opened or "." in sep)
                    and not after_stop and list_goes_on(i + 1, prev[0], prev[1])):
                # "b) ... cuarenta y ocho (48) horas; c) ...", "(1) ... treinta (30)
                # días; (2)": a label inside a sentence, before the list's next item,
                # is the item's text (an amount, a reference), no end of the list
                continue
            if (outer is not None and sep == ")" and outer[0] == style
                    and value == outer[1] + 1):
                # "(2) … und zwar i) schriftlich und ii) …, (3) …": the list goes on
                # after a list inside its item, whose labels are of another count
                close()
                chain.extend(outer[2])
                chain.append((cut, dot))
                opening, stopped = outer[3], outer[4] or after_stop
                outer = None
                prev = (style, value, cut, dot, m.end(3))
                continue
            if after_list and prev is not None:
                outer = (prev[0], prev[1], list(chain), opening, stopped)
            close()
            chain.append((cut, dot))
            # "propagazioni (1) derivanti dal fondo (2) del vicino": numbers in
            # brackets inside a sentence are references, and letters in brackets
            # enumerate inside it ("Firmaron (a) García, (b) Ruiz y (c) Soto.");
            # such a list opens a sentence
            # "von A. Klein und B. Roth": a capital and a period inside a sentence are
            # initials; such a list opens its block or follows : . ! ? ;
            # "on day 1. The dose ... from day 2. The": a number with a period after a
            # word is the sentence's; such a list opens its block or follows : . ! ? ;
            inside = opened or "." in sep
            opening = not inside or after_stop or after_list
            stopped = False
        prev = (style, value, cut, dot, m.end(3))
    close()
    return sorted(set(cuts)), dots


def _style(m: re.Match[str]) -> tuple[str, int]:
    """A list label's style (``d)``, ``(a)``, ``A.``) and value (its number, its letter's code)."""
    body, sep = m.group(2), m.group(3)
    opened = "(" if m.string[m.start(1)] == "(" else ""
    if body.isdigit():
        return opened + "d" + sep, int(body)
    return opened + ("a" if body.islower() else "A") + sep, ord(body)


def _goes_on(found: list[re.Match[str]]) -> Callable[[int, str, int], bool]:
    """A test ``(i, style, value)``: whether a label of ``style`` from ``found[i]`` on is
    the item after ``value``, before one that restarts the count (a larger number is
    another amount).  Asked with ``i`` rising, as the labels are read: each answer is
    kept until ``i`` passes it, so a block of many labels is scanned once per style
    and value, not once per label."""
    styles: list[tuple[str, int]] = []  # made at the first question: most blocks ask none
    ahead: dict[tuple[str, int], int] = {}  # the first label that answers, from some i

    def test(i: int, style: str, value: int) -> bool:
        if not styles:
            styles.extend(_style(m) for m in found)
        j = ahead.get((style, value), -1)
        if j < i:
            j = i
            while j < len(styles) and not (styles[j][0] == style
                                           and styles[j][1] <= value + 1):
                j += 1
            ahead[style, value] = j
        return j < len(styles) and styles[j][1] == value + 1

    return test


def next_word(text: str, k: int, end: int) -> str:
    """The lower-case word at ``k``, past opening quotes and brackets (``""`` for none)."""
    while k < end and text[k] in OPENERS:
        k += 1
    m = _LETTERS.match(text, k, end)
    return m.group().lower() if m else ""


def _word_before(text: str, start: int, pos: int) -> str:
    """The whitespace-delimited word before ``pos`` (and its whitespace), ``""`` for none."""
    b = pos
    while b > start and text[b - 1].isspace():
        b -= 1
    a = b
    while a > start and not text[a - 1].isspace():
        a -= 1
    return text[a:b]


def _opens_list(text: str, start: int, cut: int) -> bool:
    """Whether a first label at ``cut`` opens a list: at the start, or after ``: . ! ? ;``."""
    b = cut
    while b > start and text[b - 1].isspace():
        b -= 1
    while b > start and text[b - 1] in _LIST_CLOSERS:
        b -= 1
    return b == start or text[b - 1] in ":.!?;\u2026" or "\n" in text[b:cut]
