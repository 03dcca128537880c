"""Sentence ends in Chinese and Japanese text, where no space follows a stop.

The Latin-script rules of :mod:`aligner.segment.core` look past the stop at
the next word (a capital, a starter, a lower-case letter); CJK text has no
case and no space between sentences, so there is nothing to look at.  A
full-width stop (``。 ！ ？``, ``．`` and the half-width ``｡``) therefore ends
a sentence unless:

* a comma, enumeration comma or colon follows (``好！，``: the sentence goes on);
* it stands inside a pair of brackets or quotation marks that closes later,
  past the stop (``看《摔跤吧！爸爸》好吗？``, ``（これは山です！これは山です）``);
  closers right after the stop attach to the left sentence and end it with
  the stop (``始。”``, ``呢？”。``), as the UD Chinese and Japanese treebanks
  cut them, and so does a footnote call in superscript digits (``行った。²次に``);
* in Japanese, a closing ``」`` or ``』`` after it is followed by the
  quotative particle (``「本当？」と聞いた``, ``「はい。」って``);
* in Japanese, a closing ``」`` or ``』`` after it is followed by a case
  particle (``「はい。」が返事だった``, ``『猫である。』は``; see :func:`_particle`);
* a closing ``）`` or ``)`` after it, of a bracket opened after text of the same
  sentence, is followed by a case particle or the quotative ``と``
  (``第3章（3.2項を参照。）をご覧ください``; not ``（…参照。）次に``, nor an aside
  opened after a stop, ``した。（注：…。）``); in Chinese, which has no such
  particles and runs clauses on with commas, by any Han character glued to it
  (``他们的研究（详见第三章。）表明``; an aside after a stop still ends, ``了。（…。）次日``);
* a closing quote after it is followed, with no space, by a Chinese speech
  tag: a short clause ending in a speech verb (``“等一下！”她喊道，``,
  ``“你好。”他说。``; not ``“你好！”他走了进来。``);
* it is a full-width period between digits or Latin letters (``３．２９％``);
* it is a full-width period after a list label of one or two digits at the
  start of a line or sentence, or after a colon or whitespace
  (``１．設定を開きます``, ``手順：１．設定を開く　２．同期を選ぶ``), as ``1.`` is;
* it is a full-width period after an initial, a Latin letter (either width)
  that follows no letter or digit or follows another initial
  (``Ｊ．Ｒ．Ｒ．トールキン``, ``Ａ．Ｂ．Ｃ．の``): read as its half-width form,
  which ends no sentence before a Han or kana character (``J.R.R.トールキン``).
  A letter glued to a word is no initial (``ビタミンＣ．次に`` still ends).

The same holds for ``! ? .`` written half-width right after a Han or kana
character (``美味しい!駅から``), which Japanese web text often does; the
period only when the next character is Han or kana too.  These rules depend
on the characters only, so every language -- one without data of its own
included -- splits after CJK full stops.  :func:`latin_period_goes_on` is the one
rule for Chinese and Japanese text only: a Latin abbreviation inside a sentence
(``本機能はVer. 3.0以降``) ends none.
"""

from __future__ import annotations

import bisect
import itertools
import re

from aligner.textutil import CJK_CLOSERS, CJK_STOPS, SUPERSCRIPT_DIGITS

# Full-width and half-width ideographic stops; closing quotes and brackets that attach
# to the sentence on their left.
STOPS, CLOSERS = CJK_STOPS, CJK_CLOSERS
_FULL_PERIOD = "\uff0e"
# A footnote call in superscript digits after the stop and its closers.
_CALL = re.compile(f"[{SUPERSCRIPT_DIGITS}]{{1,3}}")
# Marks after which the sentence goes on: commas, the enumeration comma, colons.
_CONTINUERS = frozenset("\u3001\uff0c,\uff1a:\uff1b;\u30fb")  # 、，,：:；;・
_QUOTE_CLOSERS = frozenset("\u300d\u300f")  # 」』
_ROUND_CLOSERS = frozenset("\uff09)")  # ） )
# Inside a token of Latin letters and digits: 3.2.1, 3-2, 1/2, 1,000.
_TOKEN_INNER = frozenset(".-/,")
_PERIODS = frozenset(".\uff0e")  # . ．
# Openers and closers paired for the "inside brackets" test.  ASCII double
# quotes are left out: the same mark opens and closes.
PAIRS = {
    "\u300c": "\u300d",  # 「」
    "\u300e": "\u300f",  # 『』
    "\uff08": "\uff09",  # （）
    "(": ")",
    "\u3010": "\u3011",  # 【】
    "\u3008": "\u3009",  # 〈〉
    "\u300a": "\u300b",  # 《》
    "\u3014": "\u3015",  # 〔〕
    "\uff3b": "\uff3d",  # ［］
    "\u3016": "\u3017",  # 〖〗
    "\u201c": "\u201d",  # “”
    "\u2018": "\u2019",  # ‘’
}
_OPENER_OF = {v: k for k, v in PAIRS.items()}
_BRACKET = re.compile("[" + re.escape("".join(PAIRS) + "".join(_OPENER_OF)) + "]")
# The digits of a list label (``１．``, ``2．``), either width.
_LABEL_DIGITS = frozenset("0123456789\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")
# What may stand before a list label: a line or sentence start, a colon, a stop.
_LABEL_LEADS = frozenset("\uff1a:\u3002\uff01\uff1f")  # ：: 。！？
# Closing quotes after which a speech tag may follow (Chinese “…”, ‘…’, 「…」).
_SPEECH_QUOTES = frozenset("\u201d\u2019\u300d\u300f")  # ” ’ 」 』
# The Chinese speech verbs that end a speech tag (她喊道, 他说, 她问, 他回答).
SPEECH_VERBS = ("\u8bf4", "\u8aaa", "\u9053", "\u95ee", "\u554f", "\u558a", "\u53eb",
                 "\u7b54", "\u56b7", "\u5686", "\u543c")  # 说 說 道 问 問 喊 叫 答 嚷 嚷 吼
# What ends a speech tag: a comma, colon, stop, the next quotation or a line break.
_TAG_ENDS = frozenset("\uff0c,\uff1a:\u3002\uff01\uff1f\u201c\u300c\n\r")
TAG_LENGTH = 10
# A tag that ends in a colon before an opening quote introduces the next quotation.
_COLONS = frozenset("\uff1a:")  # ： :
OPENING_QUOTES = frozenset("\u201c\u2018\u300c\u300e")  # “ ‘ 「 『
# Case particles that go on after a quotation (「はい。」が返事だった); a hiragana
# letter after one makes a word that may open a sentence (もう, でも, はい, がんばれ).
# のがもをにはでへや
PARTICLES = frozenset("\u306e\u304c\u3082\u3092\u306b\u306f\u3067\u3078\u3084")
LONG_PARTICLES = ("\u304b\u3089", "\u307e\u3067", "\u3088\u308a")  # から まで より
# Particles that also open a sentence before a comma (が、それは違う, で、どうする).
OPENING_PARTICLES = frozenset("\u304c\u3067")  # が で
# Sentence openers that begin with the quotative particle と.
TO_WORDS = ("ところ", "とにかく", "ともかく", "とりあえず", "とても", "とくに", "とはいえ")


def is_cjk(c: str) -> bool:
    """Han ideographs, kana and the CJK symbol block (not full-width Latin or digits)."""
    return (
        "\u4e00" <= c <= "\u9fff"
        or "\u3040" <= c <= "\u30ff"
        or "\u3400" <= c <= "\u4dbf"
        or "\uf900" <= c <= "\ufaff"
        or "\U00020000" <= c <= "\U0003134f"
    )


def _is_han(c: str) -> bool:
    """A Han ideograph (no kana: a speech tag is Chinese)."""
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def _is_latin_letter(c: str) -> bool:
    """An ASCII or full-width Latin letter (Ａ-Ｚ, ａ-ｚ)."""
    return (c.isascii() and c.isalpha()) or "\uff21" <= c <= "\uff3a" or "\uff41" <= c <= "\uff5a"


def _after_initial(text: str, s: int) -> bool:
    """Whether the stop at ``s`` follows an initial: a Latin letter after no letter
    or digit, or after another initial's period (``Ｊ．Ｒ．``)."""
    if s == 0 or not _is_latin_letter(text[s - 1]):
        return False
    return s == 1 or text[s - 2] in _PERIODS or not text[s - 2].isalnum()


def _list_label(text: str, s: int) -> bool:
    """Whether the full-width period at ``s`` ends a list label of one or two digits
    (``１．設定を開きます``) at the start of a line or sentence, or after a colon or
    whitespace (``手順：１．設定を開く　２．同期を選ぶ``)."""
    a = s
    while a > 0 and s - a < 3 and text[a - 1] in _LABEL_DIGITS:
        a -= 1
    if a == s or s - a > 2:
        return False
    return a == 0 or text[a - 1].isspace() or text[a - 1] in _LABEL_LEADS


def _speech_tag(text: str, j: int, end: int) -> bool:
    """Whether a Chinese speech tag follows the quotation closed at ``j``, glued to
    it: a clause of at most ten Han characters ending in a speech verb before a
    comma, stop or the next quotation (``“等一下！”她喊道，``, ``“你好。”他说。``);
    ``“你好！”他走了进来。`` is a sentence of its own, and so is a tag that opens the
    next quotation (``“……尤为显著。”他补充说：“……”``: its colon and quote say it)."""
    p = j
    while p < end and p - j <= TAG_LENGTH and text[p] not in _TAG_ENDS:
        p += 1
    if p == j or p - j > TAG_LENGTH or not all(_is_han(c) for c in text[j:p]):
        return False
    if p + 1 < end and text[p] in _COLONS and text[p + 1] in OPENING_QUOTES:
        return False
    return text[j:p].endswith(SPEECH_VERBS)


def _is_hiragana(c: str) -> bool:
    return "\u3041" <= c <= "\u309f"


def _particle(text: str, k: int, end: int) -> bool:
    """Whether a case particle at ``k`` continues the sentence of the quotation before
    it: を always, one of のがもにはでへや or から/まで/より before anything but
    hiragana (and but a comma, for が and で)."""
    if text[k] == "\u3092":  # を
        return True
    if text[k] in PARTICLES:
        n = k + 1
    elif text.startswith(LONG_PARTICLES, k):
        n = k + 2
    else:
        return False
    if n >= end:
        return True
    if text[k] in OPENING_PARTICLES and text[n] in "\u3001\uff0c,":  # 、，,
        return False
    return not _is_hiragana(text[n])


def _quotative(text: str, k: int) -> bool:
    """Whether the quotative particle (``と``, ``って``) is at ``k``, not a word that
    opens a sentence with ``と`` (``ところ``, ``とにかく``)."""
    return text.startswith(("と", "って"), k) and not text.startswith(TO_WORDS, k)


def latin_period_goes_on(text: str, last: int, s: int, j: int, k: int, end: int) -> bool:
    """In Chinese or Japanese text, whether the period at ``s`` after a Latin word, a
    space and a digit or Latin letter at ``k`` goes on: the abbreviation of a Latin
    word inside the sentence (``本機能はVer. 3.0以降``, ``詳細はp. 12を``, ``详见Fig.
    3。``), where a sentence ends with ``。！？``.  So it is when Han or kana stand
    before the word in the sentence (from ``last``), or follow the next token, glued
    or after a space (``NC-Pilot Ver. 3.2.1 リリースノート``); a Latin sentence
    in the text (``Click OK. Then restart.``) ends as in English."""
    if j != s + 1 or k == j or k >= end or not (
            _is_latin_letter(text[k]) or text[k] in _LABEL_DIGITS):
        return False
    if "\n" in text[j:k] or "\r" in text[j:k]:
        return False  # a line break: the readers' and the Latin rules decide
    w = s
    while w > last and _is_latin_letter(text[w - 1]):
        w -= 1
    if w == s:
        return False
    if any(is_cjk(c) for c in text[last:w]):
        return True
    q = k
    while q < end and (_is_latin_letter(text[q]) or text[q] in _LABEL_DIGITS
                       or (text[q] in _TOKEN_INNER and q + 1 < end
                           and (_is_latin_letter(text[q + 1]) or text[q + 1] in _LABEL_DIGITS))):
        q += 1
    if q < end and text[q] in " \u00a0\u3000":
        q += 1
    return q < end and is_cjk(text[q])


def is_cjk_run(text: str, punct: str, s: int, e: int, start: int, end: int) -> bool:
    """Whether the candidate run ``text[s:e]`` is decided by the CJK rules."""
    if not punct.isascii():
        return any(c in STOPS for c in punct)
    if s <= start or not is_cjk(text[s - 1]):
        return False
    if punct == ".":
        return e < end and is_cjk(text[e])
    return all(c in "!?" for c in punct)


class Brackets:
    """The balanced bracket and quotation pairs of a region, for "is this stop inside one?".

    A closer without its opener is ignored, and an opener never closed is no
    pair: a stray mark must not keep the rest of a paragraph in one sentence.
    The pairs are sorted by their opening offset with the furthest close seen
    so far, so :meth:`encloses` is a binary search, not a scan of every pair.
    """

    __slots__ = ("_opener", "_opens", "_reach", "_start")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._start = start
        pairs: list[tuple[int, int]] = []
        stack: list[tuple[str, int]] = []
        for m in _BRACKET.finditer(text, start, end):
            c = m.group()
            if c in PAIRS:
                stack.append((c, m.start()))
                continue
            opener = _OPENER_OF[c]
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == opener:
                    pairs.append((stack[depth][1], m.start()))
                    del stack[depth:]
                    break
        pairs.sort()
        self._opener = {b: a for a, b in pairs}
        self._opens = [a for a, _ in pairs]
        self._reach = list(itertools.accumulate((b for _, b in pairs), max))

    def encloses(self, s: int, j: int) -> bool:
        """Whether a pair opens before ``s`` and closes at ``j`` or later."""
        i = bisect.bisect_left(self._opens, s) - 1
        return i >= 0 and self._reach[i] >= j

    def opened_in_sentence(self, text: str, c: int) -> bool:
        """Whether the closer at ``c`` closes a bracket opened after text of the sentence
        it stands in (``第3章（…。）``), not one that opens a sentence of its own, after a
        stop (``した。（注：…。）``) or at the region's start."""
        a = self._opener.get(c)
        if a is None:
            return False
        while a > self._start and (text[a - 1].isspace() or text[a - 1] in CLOSERS):
            a -= 1
        return a > self._start and text[a - 1] not in STOPS and text[a - 1] not in ".!?"


def decide(text: str, punct: str, s: int, e: int, end: int, brackets: Brackets, *,
           clause_brackets: bool = False) -> int | None:
    """Where the sentence ends if the CJK stop ``text[s:e]`` ends one, else None.

    ``clause_brackets`` (Chinese): Han text glued to the closing bracket of one opened
    inside the sentence goes on with it, particle or not."""
    j = e
    while j < end:
        c = text[j]
        if c in CLOSERS:
            j += 1
        elif (c in STOPS or c in ".!?") and text[j - 1] in CLOSERS:
            j += 1  # "呢？”。": a stop after the closing quote
        else:
            break
    if (call := _CALL.match(text, j, end)) is not None:
        j = call.end()
    if punct == _FULL_PERIOD and j == e and j < end and text[j].isalnum() and not is_cjk(text[j]):
        return None  # "３．２９": a decimal or an abbreviation in full-width Latin
    if punct == _FULL_PERIOD and j == e and j < end and not text[j].isspace() \
            and _after_initial(text, s):
        return None  # "Ｊ．Ｒ．Ｒ．トールキン": initials, as "J.R.R.トールキン"
    if punct == _FULL_PERIOD and j == e and _list_label(text, s):
        return None  # "１．設定を開きます": a list label, as "1. Open Settings"
    k = j
    while k < end and text[k].isspace():
        k += 1
    if k >= end or text[k] in _CONTINUERS:
        return None
    if brackets.encloses(s, j):
        return None  # inside brackets or a quotation that closes further on
    if text[j - 1] in _QUOTE_CLOSERS and _quotative(text, k):
        return None  # 「本当？」と聞いた: the quotation is part of the sentence
    if k == j and text[j - 1] in _QUOTE_CLOSERS and _particle(text, k, end):
        return None  # 「はい。」が彼の返事だった: a particle goes on
    if (k == j and text[j - 1] in _ROUND_CLOSERS and brackets.opened_in_sentence(text, j - 1)
            and (_particle(text, k, end) or _quotative(text, k))):
        return None  # 第3章（3.2項を参照。）をご覧ください: the bracket's sentence goes on
    if (clause_brackets and k == j and text[j - 1] in _ROUND_CLOSERS and _is_han(text[k])
            and brackets.opened_in_sentence(text, j - 1)):
        return None  # 研究（详见第三章。）表明: the next clause of the same sentence
    if k == j and text[j - 1] in _SPEECH_QUOTES and _speech_tag(text, j, end):
        return None  # “等一下！”她喊道: the speech tag is part of the sentence
    return j
