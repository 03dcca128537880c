"""name-mismatch: a name of the source replaced by another name in the target.

A changed name is a common slip (``Maria Lopez`` / ``Lucia Lopez``), and no glossary has
a row for every person a text names.  A *name word* is a word in Latin or Cyrillic
letters written with a capital and then lower case (not ``NASA``), of three letters or
more, not a title cut short before a name (``D. Andrés``, ``Dña. Lucía``, ``Mr.
Smith``).  The word tables (:func:`aligner.check.completeness.common_word`) hold names
too (``Maria`` is English to them, ``Lucía`` Spanish), so a word they know is left out
only where a capital says nothing -- at a sentence's start -- or where that side of the
document also writes it in lower case (``Knight``, ``knight``; a contract's defined
terms, ``el Arrendatario``, are words, not names).  A word at a sentence's start that
they do not know counts only when that side writes it capitalised inside a sentence
somewhere too.  Words are compared lower case, without accents and in Latin letters: a
Cyrillic letter is written as ``aligner/lang/generic/cyrillic_latin.tsv`` says (``Иван
Петров`` is ``ivan petrov``).

A unit is reported when a name word of its source is in no form in its target, a name
word of its target is in no form in its source, and one of two things ties them:

- *the same name, one word changed*: the two stand in one place of a name (a run of
  capitalised words and particles, ``D. Andrés Molina Ruiz``), beside the same name word
  of both sides, or one case form of it (``Jan``, ``Jana``; ``Anna``, ``Анну``: no more
  than a short ending added or a last vowel changed), which is no particle
  (``Lopez``; ``Marta`` of ``Marta Hübner`` / ``Marta Schmidt``, though the tables know
  it, as neither side writes it in lower case; not ``San``: ``San Giovanni`` / ``San
  Juan`` is a name translated);
- *names swapped between units*: another unit has the same two the other way round
  (``Marta Quiroga`` and ``Jorge Beltrán`` traded places between two sentences).

A name may be translated (Spanish ``Juan``, English ``John``; ``Miguel``, ``Michael``)
or inflected (Icelandic ``Jón``, ``Jóni``): a word that begins with the same letter as a
name word of the other side that its own side lacks, or is much like it, is taken for
that name and never reported.  A name in Cyrillic beside one in Latin letters is
transliterated, so its initial says nothing there: it is compared by sound, each
spelled with one letter a sound (``дж`` and ``j``, ``х`` and ``kh`` or ``h``, a ``g``
before ``e`` or ``i`` as ``j``), since English writes Russian names one way and Russian
writes English ones another (``George``, ``Джордж``; ``Joseph``, ``Иосиф``), and by its
romanised skeleton (:mod:`aligner.check.romanised`: ``Дмитрий``, ``Dmitry``,
``Dmitrii``), which also ties two names (``Дмитрий Песков``, ``Dmitry Patrushev``).
So a name changed to one of the same initial in one script is missed (but where German
marks it: :mod:`aligner.check.marked_names`, and after a title of the same kind on both
sides: :mod:`aligner.check.titled_names`, ``M. Duval`` / ``Mr Durand``), and so is one
changed wholly and alone (``Pedro`` / ``Carlos``, no shared surname, not in
another unit), which a translation's own renderings cannot be told from.  A word at a
sentence's start that opens a name ties two though it is no name word there (``Ana`` of
``Ana Torres met us`` for ``Nos recibió Ana Ruiz``), unless that side writes it in lower
case.

A language that writes its nouns with a capital (German) would make every noun a name
word: there a capitalised word is one only where its ``person_names.txt`` marks it --
a first name, the word right after a first name or a title (``Marta Hübner``, ``Herrn
Dr. Schmidt``, ``Rechtsanwältin Becker``), the words right before a company's legal
form (``Müller Maschinenbau GmbH``); one without that file (Luxembourgish) is not checked,
and the text output says so.

Not checked: names in other scripts (``Sunita Devi`` / ``सुनीता शर्मा``, Greek,
each needs a transliteration of its own; Arabic beside Latin letters is
:mod:`aligner.check.arabic_names`'s); two names both present but their
roles swapped (``Demanda de D. Andrés Molina Ruiz contra Dña. Lucía Ferrer Vidal`` /
``Claim by Ms Lucía Ferrer Vidal against Mr Andrés Molina Ruiz``): word order differs
between languages and a sentence may be turned round (active to passive), so the order
of two names tells nothing safe without parsing -- nor around a verb (``Duval paid
Durand`` / ``Durand a payé Duval``): a symmetric verb turns them freely (``met``,
``married``), as do an object put first (``A Durand le pagó Duval``) and German's free
order, and the DEV gold has no two names a verb apart to measure a signal on (the
number in docs/checks.md); nor defined terms swapped (``el
Arrendatario`` / ``the Landlord``), which are words, for the glossary.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from difflib import SequenceMatcher

from aligner.check.base import Context, translated_units
from aligner.check.completeness import name_particles
from aligner.check.marked_names import Changed, marked_change
from aligner.check.name_words import (
    NameSide,
    NameWord,
    kept_names,
    one_word,
    read_side,
    reads_names,
    sound,
)
from aligner.check.romanised import same_name, skeleton
from aligner.check.titled_names import titled_change, titles_of
from aligner.model import Finding

#: two words this much alike (difflib ratio) are taken for one name (Jorge, George)
_ALIKE = 0.5
#: a name in Cyrillic and one in Latin letters of another first sound: this much alike
#: or more (a name translated keeps its first sound, Pyotr Peter, Lev Leo; two Russian
#: surnames are 0.5 alike by their endings alone, Ushakov Lavrov, Overchuk Novak)
_ACROSS = 0.6
def _similar(a: str, b: str) -> bool:
    return a[0] == b[0] or SequenceMatcher(None, a, b).ratio() >= _ALIKE


def _alike(a: NameWord, b: NameWord) -> bool:
    """Whether two name words may be one name (translated, inflected); a name in
    Cyrillic and one in Latin letters when they sound alike or their romanised
    skeletons are (:data:`_ACROSS`; ``Джон``, ``John``; ``Пётр``, ``Peter``) -- not by
    their initial alone: a name is transliterated there, and ``Песков`` is no
    ``Patrushev``."""
    if a.cyrillic == b.cyrillic:
        return _similar(a.key, b.key)
    x, y = skeleton(a.key), skeleton(b.key)
    ratio = max(SequenceMatcher(None, x, y).ratio(),
                SequenceMatcher(None, sound(a.key), sound(b.key)).ratio())
    return ratio >= (_ALIKE if x[:1] == y[:1] else _ACROSS)


def _unmatched(side: NameSide, other: NameSide) -> list[NameWord]:
    """The name words of ``side`` in no form on ``other``: neither as a word nor alike
    a name word there that ``side`` lacks."""
    others = [o for o in other.names if o.key not in side.words]
    return [n for n in side.names if n.key not in other.words
            and not any(_alike(n, o) for o in others)]


def _same_name(src: NameSide, tgt: NameSide, m: NameWord, e: NameWord) -> bool:
    """Whether ``m`` and ``e`` stand in one place of a name, next to the same name word
    (``Maria Lopez``, ``Lucia Lopez``; ``Marta Hübner``, ``Marta Schmidt``), or a case
    form of it (``Jan Kowalski``, ``Jana Wiśniewskiego``: :func:`one_word`) -- no
    particle (``San Giovanni``, ``San Juan``: a name translated).  A word the tables
    know ties too (``Marta`` is Spanish for a marten): :func:`kept_names` takes it only where
    that side never writes it in lower case."""
    particles = name_particles()
    across = m.cyrillic != e.cyrillic
    return any(a in src.ties and b in tgt.ties and a not in particles
               and b not in particles and (one_word(a, b) or (
                   across and same_name(skeleton(a), skeleton(b))))
               for a, b in ((m.before, e.before), (m.after, e.after)))


def _untitled(side: NameSide, lang: str) -> NameSide:
    """``side`` without the titles and roles of ``lang`` among its name words: a post
    is no name (``Deputy Speaker Irina Yarovaya`` for ``Вице-спикер Госдумы Ирина
    Яровая`` changes no name)."""
    titles = titles_of(lang)
    if titles is None:
        return side
    words = titles.words()
    return replace(side, names=tuple(n for n in side.names if n.key not in words))


def check_person_names(ctx: Context) -> Iterator[Finding]:
    if not (reads_names(ctx.src_lang) and reads_names(ctx.tgt_lang)):
        return
    pairs = [(u, _untitled(read_side(unit.source, ctx.src_lang), ctx.src_lang),
              _untitled(read_side(unit.target, ctx.tgt_lang), ctx.tgt_lang))
             for u, unit in translated_units(ctx)]
    src_mid = {n.key for _, src, _ in pairs for n in src.names if not n.initial}
    tgt_mid = {n.key for _, _, tgt in pairs for n in tgt.names if not n.initial}
    src_lower = frozenset().union(*(src.lower for _, src, _ in pairs))
    tgt_lower = frozenset().union(*(tgt.lower for _, _, tgt in pairs))
    pairs = [(u, kept_names(src, src_mid, src_lower), kept_names(tgt, tgt_mid, tgt_lower))
             for u, src, tgt in pairs]
    changed = [(u, src, tgt, _unmatched(src, tgt), _unmatched(tgt, src))
               for u, src, tgt in pairs]
    # (name missing in the target, name not in the source) -> the units that have it
    traded: dict[tuple[str, str], set[int]] = {}
    for u, _, _, missing, extra in changed:
        for m in missing:
            for e in extra:
                traded.setdefault((m.key, e.key), set()).add(u)
    for u, src, tgt, missing, extra in changed:
        found = next((Changed(m.written, (m.start, m.end), e.written, (e.start, e.end))
                      for m in missing for e in extra
                      if _same_name(src, tgt, m, e)
                      or traded.get((e.key, m.key), set()) - {u}), None)
        if found is None:
            unit = ctx.units[u]
            found = marked_change(unit.source, unit.target, src, tgt,
                                  ctx.src_lang, ctx.tgt_lang) or titled_change(
                unit.source, unit.target, ctx.src_lang, ctx.tgt_lang)
        if found is None:
            continue
        yield Finding(code="name-mismatch", severity=ctx.severity("name-mismatch"), unit=u,
                      message=f"names differ: {found.missing} missing in the target; "
                              f"{found.extra} not in the source",
                      expected=(found.missing,), found=found.extra,
                      src_span=found.missing_span, tgt_span=found.extra_span)
