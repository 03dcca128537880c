"""One name in Cyrillic and in Latin letters, for name-mismatch: a skeleton that the
common romanisations of a Cyrillic name share.

English texts write Russian names in more than one system: the press (``Dmitry``,
``Yevgeny``, ``Alexei``), BGN/PCGN (``Dmitriy``, ``Yevgeniy``), ISO 9 and the library
systems (``Dmitrij``, ``Evgenij``, ``Iurii``), German (``Jewgeni``).  A Cyrillic name is
folded to Latin letters one way (:func:`aligner.check.name_words.fold`: ``Дмитрий``,
``dmitrii``), so the two are compared by a *skeleton* that writes as one what the
systems write differently: ``x`` and ``ks``; ``w`` and ``v``; the hushing and hissing
letters by their sound (``shch``, ``sch``, ``sh`` one; ``zh``; ``ch``, ``tch``, ``tsch``
one; ``ts``, ``tz``, ``c`` one); ``kh``, ``h`` and ``g`` one (``Khusnullin``,
``Husnullin``; Ukrainian ``г`` is ``h``: ``Hryhoriy``, ``Григорий``); ``ye`` and ``je``
as ``e`` (``Yevgeny``, ``Евгений``: е is ye at a word's start and after a vowel in
BGN/PCGN), ``yo`` and ``jo`` after a consonant as ``e`` (``Pyotr``, ``Пётр``: ё is
folded to е); ``y`` and ``j`` as ``i`` (``Yury``, ``Iurii``, ``Jurij``; ``Nikolay``,
``Nikolai``); a letter doubled as one (``Nabiullina``, ``Nabiulina``; ``-ii``, ``-iy``,
``-yi`` at the end: ``Dmitrii``, ``Dmitry``); soft and hard signs and apostrophes
dropped.  Not a list of names: a rule of spelling, so a name no list has
(``Khusnullin``, ``Хуснуллин``) is compared the same way.

:func:`same_name` then takes two skeletons for one name in two case forms: one stem and
at most :data:`_ENDING` letters more on each side (``Пескову``, ``Peskov``;
``Набиуллиной``, ``Nabiullina``), as a Russian name declines.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

#: letter groups of the romanisations written as one (longest first); capitals stand
#: for one sound each, so that they do not meet the plain letters
_GROUPS = {"shch": "S", "tsch": "C", "sch": "S", "tch": "C", "dzh": "J", "zh": "Z",
           "sh": "S", "ch": "C", "kh": "G", "ts": "T", "tz": "T", "c": "T", "x": "ks",
           "w": "v", "q": "k", "ph": "f", "h": "G", "g": "G"}
_GROUP = re.compile("|".join(sorted(_GROUPS, key=len, reverse=True)))
_CONSONANTS = "bdfklmnprstvzSCJZGT"
#: the most letters of a Russian case ending on each side (``-ого``, ``-ыми``: ``-omu``)
_ENDING = 3
#: the least letters of a stem two case forms share
_STEM = 4


@cache
def skeleton(key: str) -> str:
    """The skeleton of a folded name word (module docstring): ``dmitrii``, ``dmitry``,
    ``dmitriy`` and ``dmitrij`` are ``dmitri``; ``yevgeny`` and ``evgenii`` ``evGeni``."""
    key = re.sub(r"[^a-z]", "", key)
    key = re.sub(rf"(?<=[{_CONSONANTS}])[yj]o", "e", _GROUP.sub(
        lambda m: _GROUPS[m.group()], key))
    key = re.sub(r"[yj]e", "e", key).replace("y", "i").replace("j", "i")
    return re.sub(r"(.)\1+", r"\1", key)


def same_name(a: str, b: str) -> bool:
    """Whether two skeletons are one name, perhaps in two case forms: the same, or one
    stem of :data:`_STEM` letters or more and at most :data:`_ENDING` letters more on
    each side (``peskovim``, ``peskov``; ``nabiulinoi``, ``nabiulina``)."""
    if a == b:
        return True
    stem = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                min(len(a), len(b)))
    return stem >= _STEM and len(a) - stem <= _ENDING and len(b) - stem <= _ENDING


def alike(a: str, b: str) -> float:
    """How alike two skeletons are (difflib ratio), the better with up to
    :data:`_ENDING` letters of a case ending cut from either (``salivanom``, Салливаном,
    and ``sulivan``: 0.86, as ``salivan``)."""
    def cuts(key: str) -> list[str]:
        return [key[:len(key) - k] for k in range(min(_ENDING, len(key) - _STEM) + 1)]
    return max(SequenceMatcher(None, x, y).ratio() for x in cuts(a) for y in cuts(b))
