"""The SRX export's rules for Chinese and Japanese stops (:mod:`aligner.segment.cjk`).

The ``generic`` rule breaks after ``。！？`` and the closers after them, with
nothing needed after the break.  These no-break rules come before that break
rule, so that OmegaT ends a Chinese or Japanese sentence where the splitter does,
as far as a pair of Java regexes can say it:

* ``generic``, since the splitter does so in every language: before a comma,
  ``、`` or a colon (``好！，``), and inside a pair of brackets or quotation
  marks that closes further on (``看《摔跤吧！爸爸》好吗？``) -- the opener found at
  most :data:`REACH` characters back, with no mark of the same pair between;
* ``ja``: after ``」``/``』``, the quotative particle (``「本当？」と聞いた``) or, glued
  to it, a case particle (``「はい。」が返事だった``); after ``）`` of a bracket opened
  inside the sentence, a case particle or ``と`` (``第3章（3.2項を参照。）をご覧ください``);
* ``zh``: after ``”’」』``, a speech tag glued to it (``“等一下！”她喊道，``); after
  ``）`` of a bracket opened inside the sentence, a Han character glued to it
  (``他们的研究（详见第三章。）表明``).

Beyond the splitter's reach here: a Latin abbreviation inside a sentence
(``本機能はVer. 3.0以降``), the full-width period's decimals, labels and initials
(the export breaks after no ``．``), footnote calls after the stop, and
brackets whose opener lies further back than :data:`REACH`.
"""

from __future__ import annotations

from aligner.segment import cjk

#: How far back (in characters) a rule looks for the opener of a bracket: Java wants
#: a bounded look-behind.
REACH = 200

_SPACE = r"\p{IsWhite_Space}"
_HAN = "[\u4e00-\u9fff\u3400-\u4dbf]"
_HIRAGANA = "[\u3041-\u309f]"
# The break rule's run: the stops, then the closers that go with them.
_STOPS = "[\u3002\uff01\uff1f]+"  # 。！？
_RUN_CLOSERS = "\u300d\u300f\u201d\u2019\uff09\u300b"  # 」』”’）》
_RUN = f"{_STOPS}[{_RUN_CLOSERS}]*"
_CONTINUERS = "[\u3001\uff0c,\uff1a:\uff1b;\u30fb]"  # 、，,：:；;・
# What a bracket opened inside a sentence follows: no stop, space or closer.
_SENTENCE_ENDS = "\u3002\uff01\uff1f\uff61\uff0e.!?"


def _escape(c: str) -> str:
    return "\\" + c if c in "\\[]^-&.()" else c


def _class(chars: str, negate: bool = False) -> str:
    return "[" + ("^" if negate else "") + "".join(_escape(c) for c in chars) + "]"


def _opened_in_sentence() -> str:
    """A look-behind for a stop inside ``（`` opened after text of its sentence: a
    character that is no stop, space or closer, perhaps closers or spaces, ``（``."""
    closers = "".join(_escape(c) for c in sorted(cjk.CLOSERS))
    ends = "".join(_escape(c) for c in _SENTENCE_ENDS)
    between = _class("\uff08\uff09", negate=True)
    return (f"(?<=[^{_SPACE}{ends}{closers}][{_SPACE}{closers}]{{0,8}}"
            f"\uff08{between}{{0,{REACH}}})")


def _ahead(pattern: str) -> str:
    """An afterbreak as a look-ahead: OmegaT looks for an afterbreak with successive
    non-overlapping finds from the paragraph's start, so a match that began earlier
    would hide the one at the break; a look-ahead matches empty at every position.
    Every beforebreak here ends in a stop or a closer of the run: the look-behind
    says so first, so that a reader trying the afterbreak at every position (as
    ``--srx`` does) scans ahead only there."""
    return f"(?<=[\u3002\uff01\uff1f{_RUN_CLOSERS}])(?={pattern})"


def generic_rules() -> list[tuple[str, str]]:
    """(beforebreak, afterbreak) of the no-break rules for every language."""
    rules = [(_RUN, _ahead(f"{_SPACE}*{_CONTINUERS}"))]
    for opener, closer in cjk.PAIRS.items():
        between = _class(opener + closer, negate=True)
        rules.append((f"(?<={_class(opener)}{between}{{0,{REACH}}}){_RUN}",
                      _ahead(f"{between}*{_class(closer)}")))
    return rules


def _quotative() -> str:
    openers = "|".join(w[1:] for w in cjk.TO_WORDS)
    return f"(?:\u3068(?!{openers})|\u3063\u3066)"  # と, って


def _particle() -> str:
    singles = "".join(sorted(cjk.PARTICLES))
    longs = "|".join(cjk.LONG_PARTICLES)
    opening = "".join(sorted(cjk.OPENING_PARTICLES))
    return (f"(?:\u3092|(?![{opening}][\u3001\uff0c,])[{singles}](?!{_HIRAGANA})"
            f"|(?:{longs})(?!{_HIRAGANA}))")


def japanese_rules() -> list[tuple[str, str]]:
    """(beforebreak, afterbreak) of the ``ja`` no-break rules."""
    quote_end = f"{_STOPS}[{_RUN_CLOSERS}]*[\u300d\u300f]"
    bracket_end = _opened_in_sentence() + f"{_STOPS}[\u300d\u300f\u201d\u2019\u300b]*\uff09"
    return [
        (quote_end, _ahead(f"{_SPACE}*{_quotative()}")),
        (quote_end, _ahead(_particle())),
        (bracket_end, _ahead(f"{_particle()}|{_quotative()}")),
    ]


def chinese_rules() -> list[tuple[str, str]]:
    """(beforebreak, afterbreak) of the ``zh`` no-break rules."""
    verbs = "".join(cjk.SPEECH_VERBS)
    # a comma, a stop, the next quotation or a line break ends the tag
    tag_end = "[\uff0c,\u3002\uff01\uff1f\u201c\u300c\\n\\r]"
    colon_then_text = f"[\uff1a:](?!{_class(''.join(sorted(cjk.OPENING_QUOTES)))})"
    speech = f"{_HAN}{{0,{cjk.TAG_LENGTH - 1}}}[{verbs}](?={tag_end}|{colon_then_text}|$)"
    bracket_end = _opened_in_sentence() + f"{_STOPS}[\u300d\u300f\u201d\u2019\u300b]*\uff09"
    return [
        (f"{_STOPS}[{_RUN_CLOSERS}]*[\u201d\u2019\u300d\u300f]", _ahead(speech)),
        (bracket_end, _ahead(_HAN)),
    ]
