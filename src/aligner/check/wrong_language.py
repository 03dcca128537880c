"""wrong-language: a sentence of the target that is plainly in another language.

``untranslated`` finds a target that is its source again; a sentence left in the
source language beside a translated one -- the aligner joins the two into one 2-2
unit -- or put into a third language is no copy of anything.  Nor is a sentence of
Simplified Chinese in a Traditional target (``zh-TW``, ``zh-HK``, ``zh-Hant``) or the other
way round: the characters only one of the two scripts writes tell it
(:mod:`aligner.lang.han_script`).  The target is split as
the segmenter splits its language (:func:`split_spans`) and each sentence judged on
its own by :func:`aligner.lang.detect.sentence_language`: another script throughout,
or another language's function words, plainly, in a sentence of eight words or
more.  One sentence does not tell close languages apart (Spanish, Portuguese,
Catalan, Italian; Danish, Norwegian, Swedish; Czech, Slovak; ...), so between them it
says nothing; nor for a target in Latin letters whose language has no list of
function words to measure its own sentences by.

What a translation keeps in another language on purpose is left alone: a sentence
all in quotation marks, in the target document's italics (a title, a motto) or its
code, and a sentence of a third language that the source has too (a quotation the
source makes in that language and the translation keeps).  A sentence in the source
language that the source has too is the finding itself: a sentence left untranslated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aligner.check.base import Context, translated_units
from aligner.check.units import Unit
from aligner.lang import primary
from aligner.lang.detect import (
    expected_script,
    has_own_words,
    script_name,
    sentence_language,
)
from aligner.lang.han_script import chinese_script, script_label, sentence_script
from aligner.lang.tags import language_names
from aligner.model import Finding
from aligner.segment.core import split_spans
from aligner.textutil import WORD, excerpt

_WORD = re.compile(WORD)
# A quotation: between the marks of a pair (not single quotes, which an apostrophe is)
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|»[^«]*«|‹[^›]*›|「[^」]*」|'
                     r'『[^』]*』')
# A sentence of a third language is the source's own quotation when this share of its
# words are words of the source too.
_CARRIED = 0.8


def check_wrong_language(ctx: Context) -> Iterator[Finding]:
    tgt = ctx.tgt_lang
    if expected_script(tgt) == "Latn" and not has_own_words(tgt):
        return  # nothing to weigh a Latin sentence's function words against
    # what the source language is said as: its code, or its script when that has several
    source_language = {primary(ctx.src_lang), expected_script(ctx.src_lang),
                       chinese_script(ctx.src_lang)}
    variant = chinese_script(tgt)
    for u, unit in translated_units(ctx):
        for start, end in split_spans(unit.target, tgt):
            sentence = unit.target[start:end]
            own = _own_words(sentence, unit)
            found = sentence_language(own, tgt)
            said = ""
            if found is None and variant is not None:
                evidence = sentence_script(own)
                if evidence.script not in (None, variant):
                    found = evidence.script
                    said = (f"is in {script_label(found)} Chinese characters "
                            f"({_listed(evidence.chars)}), not {script_label(variant)} "
                            f"as {tgt} is written")
            if found is None or (found not in source_language
                                 and _carried(sentence, unit.source)):
                continue
            said = said or (f"is in {script_name(found)} letters, not {_name(tgt)}"
                            if found[:1].isupper()
                            else f"looks like {_name(found)}, not {_name(tgt)}")
            yield Finding(
                "wrong-language", ctx.severity("wrong-language"), u,
                f"the target sentence {excerpt(sentence)!r} {said}",
                found=sentence, tgt_span=(start, end))


def _own_words(sentence: str, unit: Unit) -> str:
    """``sentence`` without what the translation keeps as it is on purpose: what it sets
    in quotation marks, in the target's italics or its code.  A subtitle's italics are
    no title: they set a voice apart (as ``untranslated`` reads them)."""
    rest = _QUOTED.sub(" ", sentence)
    italic = () if unit.cue_at is not None else unit.tgt_italic
    for kept in (*italic, *unit.tgt_code):
        rest = rest.replace(kept, " ")
    return rest


def _carried(sentence: str, source: str) -> bool:
    """Whether the source has the words of ``sentence`` too (nearly all of them)."""
    words = [w.casefold() for w in _WORD.findall(sentence)]
    have = {w.casefold() for w in _WORD.findall(source)}
    return bool(words) and sum(w in have for w in words) >= _CARRIED * len(words)


def _name(code: str) -> str:
    names = language_names().get(primary(code))
    return names[0] if names else code


def _listed(chars: str) -> str:
    """The first few characters of one script only that a sentence has."""
    return " ".join(chars[:5]) + (" ..." if len(chars) > 5 else "")
