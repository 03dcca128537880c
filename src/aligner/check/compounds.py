"""A rendering found as the head or the tail of a compound word, for ``term-missing`` in
a language that writes its compounds as one word (``LanguageProfile.solid_compounds``:
German, Dutch, Swedish ...).

German ``Nebenwirkungsprofil`` has ``Nebenwirkung`` as its head, joined by a linking
``s`` (the ``[compound links]`` of the language's ``forms.txt``), and
``Arzneimittelnebenwirkungen`` has it as its tail, inflected as the compound is (the
tail's forms are read by the language's ``[endings]``).  Against nonsense matches -- a
short rendering inside any longer word -- the rendering keeps :data:`PART_MIN` letters
and the rest of the compound :data:`REST_MIN`, so that the rest can be a word of its
own: ``Dosis`` is the head of ``Dosisanpassung``, but ``Rat`` is not the head of
``Ratte``.

Japanese writes its compounds solid too, and a katakana word runs on into the next
(``サインインページ``, the sign-in page): the matcher takes a run of katakana for one word
(``ログ`` is not in ``ログイン``), so :func:`in_katakana_compound` looks for a rendering
that is the head, the tail or the middle of such a run by the same two measures, counted
in katakana characters: the rendering's katakana at that edge keeps :data:`PART_MIN`
(``サインイン``, ``ユーザー``; not ``ペン`` in ``ペンギン``, nor ``データ`` in ``データベース``),
and the rest of the run on that side :data:`REST_MIN` (``ページ``; not ``プロ`` of
``プロファイル``).  A change of script -- kanji, hiragana, Latin letters -- ends a run, so
``ワークスペース名`` was the rendering's already.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from aligner.check.endings import WordEndings, word_endings
from aligner.lang import get_profile

#: The least a rendering keeps to be found inside a compound (``Arzt`` in ``Zahnarzt``;
#: a word of three letters is inside too many others).
PART_MIN = 4
#: The least the rest of a compound keeps beside the rendering: a word of its own
#: (``Profil``, ``Arzneimittel``), not a stray letter or two.
REST_MIN = 3
#: The least a katakana rendering keeps to head a compound whose rest is known to be a
#: word (:func:`in_katakana_compound`: ``ルーバ`` in ``ルーバピッチ``).
SHORT_MIN = 2

_WORD = re.compile(r"[^\W\d_]+")
# Katakana letters and the prolonged sound mark (not the middle dot, which parts words).
_KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff"
_KATAKANA_RUN = re.compile(f"[{_KATAKANA}]+")
# What no katakana word starts with: the prolonged sound mark and the small kana (the
# rest of ルーバーピッチ after ルーバ is no word: ルーバー is another spelling)
_NO_WORD_START = frozenset("ーァィゥェォッャュョヮヵヶ")
_LONG = "ー"
#: Katakana words of two kana that machinery and IT text puts before another word in a
#: compound (``エアフィルター``, ``ギアポンプ``, ``ドアスイッチ``, ``キーボード``): beside
#: a rendering that ends the run, the rest may be one of these; other two-kana rests
#: stay out (``プロ`` of ``プロファイル`` is no word of its own).
_SHORT_WORDS = frozenset(("エア", "ギア", "ドア", "ガス", "ゴム", "ミニ", "サブ", "ハブ",
                          "ピン", "キー", "オン", "オフ"))


def in_compound(renderings: Iterable[str], text: str, lang: str, *,
                short_heads: bool = False, words: Collection[str] = (),
                long_optional: bool = False) -> tuple[str, str, tuple[int, int]] | None:
    """The first rendering of ``renderings`` that ``text`` has as the head or the tail of
    a compound word, with the compound and its span; None when there is none, or the
    language does not write its compounds solid.  Only a rendering of one word is looked
    for.  ``short_heads``, ``words``, ``long_optional``: :func:`in_katakana_compound`."""
    found = in_katakana_compound(renderings, text, short_heads=short_heads, words=words,
                                 long_optional=long_optional)
    if found is not None or not get_profile(lang).solid_compounds:
        return found
    endings = word_endings(lang)
    wanted = [(r, folded, _forms(endings, folded)) for r in renderings
              if _WORD.fullmatch(r) and len(r) >= PART_MIN
              for folded in (endings.fold(r.lower()),)]
    if not wanted:
        return None
    for m in _WORD.finditer(text):
        word = endings.fold(m.group().lower())
        if len(word) < PART_MIN + REST_MIN:
            continue
        tails: list[frozenset[str]] | None = None  # read once a word, for every rendering
        for rendering, folded, forms in wanted:
            if _is_head(endings, word, folded):
                return rendering, m.group(), m.span()
            if tails is None:
                tails = _tails(endings, word)
            if any(not forms.isdisjoint(tail) for tail in tails):
                return rendering, m.group(), m.span()
    return None


def in_katakana_compound(renderings: Iterable[str], text: str, *,
                         short_heads: bool = False, words: Collection[str] = (),
                         long_optional: bool = False
                         ) -> tuple[str, str, tuple[int, int]] | None:
    """The first rendering of ``renderings`` that ``text`` writes inside a longer run of
    katakana (``サインイン`` in ``サインインページ``), with the run and its span; None when
    there is none.  Each edge of the rendering that the run goes on past is katakana of
    :data:`PART_MIN` characters or more, and leaves :data:`REST_MIN` of the run or more on
    that side.  Width is as written (half-width katakana is not looked for).

    A rendering all of katakana, of :data:`SHORT_MIN` characters or more, also heads a
    run where the rest of it is one of ``words`` (another rendering of the glossary:
    ``ルーバ`` in ``ルーバピッチ`` beside ``ピッチ``), or, with ``short_heads`` (the source
    writes its term before another word, ``louvre pitch``), is :data:`REST_MIN` or more:
    patent Japanese builds its compounds so, while ``ペン`` stays out of ``ペンギン``."""
    for rendering in renderings:
        head = _KATAKANA_RUN.match(rendering)
        lead = len(head.group()) if head else 0  # the rendering's katakana at each edge
        trail = next((len(m.group()) for m in _KATAKANA_RUN.finditer(rendering)
                      if m.end() == len(rendering)), 0)
        short = lead == len(rendering) >= SHORT_MIN and (short_heads or bool(words))
        if max(lead, trail) < PART_MIN and not short:
            continue
        # a source term's final long marks are optional (モータ is モーター); a target is
        # held to the glossary's (a client's spelling)
        bare = rendering.rstrip(_LONG) if trail and long_optional else rendering
        start = text.find(bare) if bare else -1
        while start >= 0:
            end = start + len(bare)
            marks = len(text) - end - len(text[end:].lstrip(_LONG))
            if not long_optional:
                pass
            elif not _run_after(text, end + marks):
                end += marks  # a word's final long marks are optional: モータ is モーター
            elif text.startswith(rendering, start):
                end = start + len(rendering)
            elif bare != rendering:  # the text's word goes on where the rendering's ー is
                start = text.find(bare, start + 1)
                continue
            before = _run_before(text, start) if lead else 0
            after = _run_after(text, end) if trail else 0
            if short and lead < PART_MIN and not before and after >= REST_MIN and (
                    text[end] not in _NO_WORD_START) and (
                    short_heads or text[end:end + after] in words):
                return rendering, text[start:end + after], (start, end + after)
            # the rendering ending the run is the compound's head, as Japanese puts
            # it last: the word before it may be a known word of two kana (エアフィルター)
            known = not after and (text[start - before:start] in _SHORT_WORDS
                                   or text[start - before:start] in words)
            if ((before or after)
                    and (not before or (lead >= PART_MIN and (before >= REST_MIN or known)))
                    and (not after or (trail >= PART_MIN and after >= REST_MIN))):
                return rendering, text[start - before:end + after], (start - before,
                                                                      end + after)
            start = text.find(bare, start + 1)
    return None


def _run_before(text: str, start: int) -> int:
    """How many katakana characters stand right before ``text[start]``."""
    n = start
    while n > 0 and _KATAKANA_RUN.match(text, n - 1, n):
        n -= 1
    return start - n


def _run_after(text: str, end: int) -> int:
    """How many katakana characters stand right after ``text[:end]``."""
    m = _KATAKANA_RUN.match(text, end)
    return len(m.group()) if m else 0


def _forms(endings: WordEndings, word: str) -> frozenset[str]:
    """A word and the bases its endings leave (``nebenwirkungen`` -> ``nebenwirkung``)."""
    return frozenset((word, *endings.bases(word)))


def _is_head(endings: WordEndings, word: str, part: str) -> bool:
    """Whether ``word`` begins with ``part`` and a linking element of the language (or
    none), and :data:`REST_MIN` letters follow."""
    return any(word.startswith(part + link) and len(word) - len(part + link) >= REST_MIN
               for link in ("", *endings.compound_links))


def _tails(endings: WordEndings, word: str) -> list[frozenset[str]]:
    """The forms of each ending of ``word`` that leaves at least :data:`REST_MIN` letters
    before it and has :data:`PART_MIN`: a rendering whose forms meet one is its tail."""
    return [_forms(endings, word[i:]) for i in range(REST_MIN, len(word) - PART_MIN + 1)]
