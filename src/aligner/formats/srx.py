"""SRX 2.0: the project's rules written out (``--export-srx``), any file's rules read (``--srx``).

:func:`read_srx` reads an SRX 2.0 file into :class:`aligner.segment.srx.SrxRules`
(safely: no DTD, no entities, no network); the rules' Java regexes are
translated when a language's segmenter is built
(:func:`aligner.segment.srx.segmenter_for`).  The rest of this docstring is
about the export.

SRX (LISA's Segmentation Rules eXchange) lets a CAT tool such as OmegaT
segment with rules written elsewhere.  The file holds one ``languagerule`` per
language that has a ``segment.txt``, one for ``ja`` and ``zh`` and one named
``generic``; ``maprules`` send a language code to its own rule and then, since the header says
``cascade="yes"``, to ``generic`` as well, which every code reaches last
(``.*``).  SRX applies the first rule that matches at a position, so the
no-break rules come before the break rules:

* a no-break rule for every abbreviation of the classes that never end a
  sentence before the next word (``[title]``, ``[inner]``, ``[multi]``) --
  ``<beforebreak>Mr\\.</beforebreak><afterbreak>\\s</afterbreak>`` -- and for
  every ``[number]`` one before a digit (``\\s+\\d``); a language's rule holds
  the abbreviations its file adds to the generic ones, the ``generic`` rule
  the shared ones; an abbreviation written with spaces (``EE. UU.``,
  ``a. m.``) gets a no-break rule at each inner space, whatever its class;
* break rules, in ``generic``: after a run of ``. ? ! …`` (and their
  compatibility forms ``‽ ‼ ⁇ ﹒``, ...) and any closing quotes or brackets
  (German ``“`` and ``«`` too, and a guillemet after a space: ``« Non. »``)
  when whitespace follows, less a no-break rule between such a stop and its
  spaced guillemet; after the CJK full stops ``。！？`` (and their
  closers) and the stops of other scripts (``؟ ۔ । ॥ ։ ።``, ...:
  :mod:`aligner.segment.terminals`) with nothing required after them, less
  the no-break rules that ``generic`` gives those stops (glued to a digit or
  a mark, before a comma or colon, before a verse number); in a language's
  own rule, after its ``[question_marks]`` (Greek ``;``) when whitespace follows,
  and after an ellipsis that follows one of its ``[ellipsis_ends]`` (Korean
  ``다...``), which the generic break rule after ``...`` already makes a break:
  the rule says so in the language's own terms;
* Japanese and Chinese no-break rules (:mod:`aligner.formats.srx_cjk`): in
  ``generic`` before a comma and inside brackets that close further on, in
  ``ja`` before a particle, in ``zh`` before a speech tag, in both after a
  bracket opened inside the sentence.

This approximates the splitter, it does not reproduce it.  The splitter
decides with context no SRX rule can express: whether the next word is a
sentence starter (``[multi]`` abbreviations and initials end a sentence
before one; here they never do), ``[final]`` abbreviations before a capital
(here every one ends a sentence), ``?``/``!`` inside a ``¿``/``¡`` or a
quotation, footnote calls, decimals, list labels, ordinals, ellipses inside
brackets, what :mod:`aligner.formats.srx_cjk` leaves out of its CJK rules, glued
stops and the plain-text reader's line and heading rules.  Abbreviations match
in any case (the splitter tries the form as written, then its lower case).

Regexes are written for Java's ``java.util.regex``, which OmegaT uses: an
abbreviation is preceded by ``(?<![\\p{L}\\p{N}])`` rather than ``\\b``,
because Java 19 and later read ``\\b`` over ASCII word characters only and
the data has ``Dª.`` and ``núm.``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO, cast

from lxml import etree

from aligner import __version__
from aligner.errors import FormatError, InputError
from aligner.fileio import atomic_write
from aligner.formats import srx_cjk
from aligner.formats._xml import (
    XML_DECLARATION,
    check_no_entities,
    nsmap,
    source_line,
    syntax_error,
)
from aligner.segment import terminals
from aligner.segment.rules import GENERIC, AbbrevClass, data_languages, rules_for
from aligner.segment.srx import LanguageMap, LanguageRule, SrxRule, SrxRules
from aligner.textutil import count

SRX_NS = "http://www.lisa.org/srx20"

# The classes whose abbreviations never end a sentence before a word, and what
# must follow each for the no-break rule to hold.
NO_BREAK_AFTER = {
    AbbrevClass.TITLE: r"\s",
    AbbrevClass.INNER: r"\s",
    AbbrevClass.MULTI: r"\s",
    AbbrevClass.NUMBER: r"\s+\d",
}

# Java's metacharacters outside a character class.
_JAVA_SPECIAL = frozenset("\\.[]{}()*+?^$|")


def java_class(chars: Iterable[str]) -> str:
    """A Java character class of ``chars`` (the class metacharacters escaped)."""
    return "[" + "".join("\\" + c if c in "\\[]^-&" else c for c in sorted(chars)) + "]"


# The segmenter's closers of a stop (terminals.closer_after): closing quotes and
# brackets, the quotes that close in some languages only (the break rules want
# whitespace next, so they are never before a letter here), and a guillemet set off
# by a space (« Non. ») but not one that opens a word (German: Er ging. »Komm«):
# OmegaT takes the longest match of a beforebreak and tries no shorter one.
_CLOSER_SPACES = java_class(terminals.CLOSER_SPACES)
_NOT_BEFORE_A_WORD = r"(?![\p{L}\p{N}])"
_CLOSERS = ("(?:" + java_class(terminals.CLOSERS | terminals.TURNING_QUOTES) + "|"
            + _CLOSER_SPACES + java_class(terminals.SPACED_CLOSERS) + _NOT_BEFORE_A_WORD
            + ")*")
_STOPS = java_class(terminals.BANGS | terminals.PERIODS | {"\u2026"}) + "+"
# A stop of another script (terminals.SCRIPT_STOPS) and the closers it takes.
_SCRIPT_STOP = java_class(terminals.SCRIPT_STOPS) + "+" + java_class(terminals.CLOSERS) + "*"
_SPACE = r"\p{IsWhite_Space}"
# What the CJK break rule's stops and closers are made of.
_CJK_RUN = frozenset("\u3002\uff01\uff1f\u300d\u300f\u201d\u2019\uff09\u300b")

# Not between a stop and the spaced guillemet that closes it (« Non. » Puis), before
# BREAK_RULES.
SPACED_CLOSER_NO_BREAK_RULES = (
    (_STOPS + _CLOSERS, _CLOSER_SPACES + java_class(terminals.SPACED_CLOSERS)
     + _NOT_BEFORE_A_WORD),
)
BREAK_RULES = (
    # a stop, then closing quotes or brackets, then whitespace
    (_STOPS + _CLOSERS, r"\s"),
    # CJK full stops and the stops of other scripts need no space after them; the
    # break comes after the closers that follow, never between stop and closer (the
    # standard tries every position, OmegaT only the end of the longest match)
    ("[\u3002\uff01\uff1f]+[\u300d\u300f\u201d\u2019\uff09\u300b]*|" + _SCRIPT_STOP,
     "[^" + java_class(_CJK_RUN | terminals.SCRIPT_STOPS | terminals.CLOSERS)[1:]),
)
# Where a stop of another script ends no sentence (terminals.decide), before BREAK_RULES.
SCRIPT_STOP_NO_BREAK_RULES = (
    # glued to a digit or a mark ("१।२"), or inside a run of stops and closers
    (_SCRIPT_STOP, f"[^{_SPACE}\\p{{L}}]"),
    # before a comma, a colon, a closing bracket, a dash
    (_SCRIPT_STOP, f"{_SPACE}+" + java_class(terminals.CONTINUERS)),
    # before a verse number between two stops ("॥ १ ॥")
    (_SCRIPT_STOP, f"{_SPACE}*\\p{{Nd}}{{1,4}}{_SPACE}*" + java_class(terminals.SCRIPT_STOPS)),
)


def question_mark_rules(lang: str) -> list[tuple[str, str]]:
    """(beforebreak, afterbreak) of the break rules after ``lang``'s own ``[question_marks]``."""
    if lang == GENERIC:
        return []
    own = rules_for(lang).question_marks - rules_for(GENERIC).question_marks
    if not own:
        return []
    return [(java_class(own) + "+" + _CLOSERS, r"\s")]


def ellipsis_rules(lang: str) -> list[tuple[str, str]]:
    """(beforebreak, afterbreak) of the break rule after an ellipsis that follows one of
    ``lang``'s ``[ellipsis_ends]`` (Korean ``있다... 시는``) when whitespace follows."""
    ends = () if lang == GENERIC else rules_for(lang).ellipsis_ends
    if not ends:
        return []
    words = "|".join(java_literal(e) for e in ends)
    return [(f"(?:{words})(?:\\.\\.\\.|\u2026)" + _CLOSERS, r"\s")]


def java_literal(text: str) -> str:
    """``text`` as a Java regex that matches it; a run of spaces matches any whitespace."""
    words = ["".join("\\" + c if c in _JAVA_SPECIAL else c for c in w) for w in text.split()]
    return r"\s+".join(words)


def abbreviation_pattern(abbrev: str) -> str:
    """The ``beforebreak`` regex of one abbreviation: the whole word, in any case."""
    return rf"(?<![\p{{L}}\p{{N}}])(?iu:{java_literal(abbrev)})"


def suffix_pattern(suffix: str) -> str:
    """The ``beforebreak`` regex of a suffix entry: two or more letters, then the suffix."""
    return rf"(?<![\p{{L}}\p{{N}}])\p{{L}}{{2,}}(?iu:{java_literal(suffix)})"


def no_break_rules(lang: str) -> list[tuple[str, str]]:
    """(beforebreak, afterbreak) of the no-break rules of ``lang`` (or ``generic``).

    A language gets the abbreviations its file adds to or reclassifies in the
    generic layer; ``generic`` gets the generic layer.
    """
    own = rules_for(lang).exact
    base = {} if lang == GENERIC else rules_for(GENERIC).exact
    own_suffixes = rules_for(lang).suffixes
    base_suffixes = {} if lang == GENERIC else dict(rules_for(GENERIC).suffixes)
    rules: list[tuple[str, str]] = []
    for cls, after in NO_BREAK_AFTER.items():
        entries = sorted(e for e, c in own.items() if c is cls and base.get(e) is not cls)
        rules.extend((abbreviation_pattern(e), after) for e in entries)
        suffixes = sorted(x for x, c in own_suffixes
                          if c is cls and base_suffixes.get(x) is not cls)
        rules.extend((suffix_pattern(x), after) for x in suffixes)
    # An abbreviation written with spaces (EE. UU., a. m.) is one word to the
    # splitter, whatever its class: no break at its inner spaces.
    for entry in sorted(e for e in own if " " in e and e not in base):
        parts = entry.split()
        for i in range(1, len(parts)):
            if parts[i - 1].endswith("."):
                head = abbreviation_pattern(" ".join(parts[:i]))
                rules.append((head, rf"(?iu:\s+{java_literal(' '.join(parts[i:]))})"))
    return rules


def language_pattern(lang: str) -> str:
    """A regex over language codes for ``lang``: ``es``, ``ES``, ``es-CL``, not ``est``."""
    letters = "".join(f"[{c.lower()}{c.upper()}]" for c in lang)
    return f"{letters}([-_].*)?"


def build_srx() -> etree._Element:
    """The SRX document of every language's rules."""
    ns = f"{{{SRX_NS}}}"
    root = etree.Element(ns + "srx", nsmap=nsmap({None: SRX_NS}), version="2.0")
    root.addprevious(etree.Comment(f" aligner {__version__}: segmentation rules, approximated "))
    header = etree.SubElement(root, ns + "header", segmentsubflows="yes", cascade="yes")
    # Tags stay out of a segment that they open before its start or close after its end.
    for kind, include in (("start", "no"), ("end", "yes"), ("isolated", "no")):
        etree.SubElement(header, ns + "formathandle", type=kind, include=include)
    body = etree.SubElement(root, ns + "body")
    rules_el = etree.SubElement(body, ns + "languagerules")
    maps_el = etree.SubElement(body, ns + "maprules")
    own_cjk = {"ja": srx_cjk.japanese_rules(), "zh": srx_cjk.chinese_rules()}
    for lang in [*sorted({*data_languages(), *own_cjk}), GENERIC]:
        rules = [("no", before, after) for before, after in no_break_rules(lang)]
        rules += [("no", before, after) for before, after in own_cjk.get(lang, [])]
        rules += [("yes", before, after) for before, after in question_mark_rules(lang)]
        rules += [("yes", before, after) for before, after in ellipsis_rules(lang)]
        if lang == GENERIC:
            rules += [("no", before, after) for before, after in SCRIPT_STOP_NO_BREAK_RULES]
            rules += [("no", before, after) for before, after in SPACED_CLOSER_NO_BREAK_RULES]
            rules += [("no", before, after) for before, after in srx_cjk.generic_rules()]
            rules += [("yes", before, after) for before, after in BREAK_RULES]
        if not rules:
            continue
        language = etree.SubElement(rules_el, ns + "languagerule", languagerulename=lang)
        for brk, before, after in rules:
            rule = etree.SubElement(language, ns + "rule")
            rule.set("break", brk)
            etree.SubElement(rule, ns + "beforebreak").text = before
            etree.SubElement(rule, ns + "afterbreak").text = after
        pattern = ".*" if lang == GENERIC else language_pattern(lang)
        etree.SubElement(
            maps_el, ns + "languagemap", languagepattern=pattern, languagerulename=lang
        )
    return root


def write_srx(path: str | os.PathLike[str]) -> str:
    """Write the rules as SRX 2.0 to ``path`` atomically; what was written, to be said
    (``34 languages' rules, 1200 rules``)."""
    root = build_srx()
    data = XML_DECLARATION + etree.tostring(root.getroottree(), encoding="UTF-8", pretty_print=True)
    with atomic_write(path, binary=True) as fh:
        cast(IO[bytes], fh).write(data)
    langs = sum(1 for _ in root.iter(f"{{{SRX_NS}}}languagerule"))
    rules = sum(1 for _ in root.iter(f"{{{SRX_NS}}}rule"))
    return f"{count(langs, 'language rule')}, {count(rules, 'rule')}"


def read_srx(path: str | os.PathLike[str]) -> SrxRules:
    """Read an SRX 2.0 file: header, language rules in order, language maps.

    Raises :class:`FormatError` (naming the file and line) for a file that is not
    well-formed XML, not SRX 2.0, or malformed: a rule without a ``break`` of
    ``yes``/``no``, a map naming a language rule that does not exist, no rule at all.
    """
    name = os.fspath(path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.parse(name, parser).getroot()
    except etree.XMLSyntaxError as exc:
        raise syntax_error(exc, name, expected="an SRX document") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None
    check_no_entities(root, name)
    ns = f"{{{SRX_NS}}}"
    if root.tag != ns + "srx":
        raise FormatError(f"not an SRX 2.0 file (root element {etree.QName(root).localname!r} "
                          f"in namespace {etree.QName(root).namespace or 'none'!r}; expected "
                          f"srx in {SRX_NS})", path=name, line=source_line(root))
    header = root.find(ns + "header")
    cascade = header.get("cascade", "yes") if header is not None else "yes"
    if cascade not in ("yes", "no"):
        raise FormatError(f"header cascade={cascade!r}; expected yes or no", path=name,
                          line=source_line(header) if header is not None else None)
    language_rules: list[LanguageRule] = []
    for lr in root.iterfind(f"{ns}body/{ns}languagerules/{ns}languagerule"):
        rule_name = lr.get("languagerulename")
        if not rule_name:
            raise FormatError("languagerule without languagerulename", path=name,
                              line=source_line(lr))
        rules: list[SrxRule] = []
        for number, rule in enumerate(lr.iterfind(ns + "rule"), start=1):
            brk = rule.get("break", "yes")  # the schema's default
            if brk not in ("yes", "no"):
                raise FormatError(f"languagerule {rule_name!r} rule {number}: break={brk!r}; "
                                  "expected yes or no", path=name, line=source_line(rule))
            rules.append(SrxRule(brk == "yes", rule.findtext(ns + "beforebreak") or "",
                                 rule.findtext(ns + "afterbreak") or ""))
        language_rules.append(LanguageRule(rule_name, tuple(rules)))
    maps: list[LanguageMap] = []
    known = {r.name for r in language_rules}
    for lm in root.iterfind(f"{ns}body/{ns}maprules/{ns}languagemap"):
        pattern, target = lm.get("languagepattern"), lm.get("languagerulename")
        if pattern is None or target is None:
            raise FormatError("languagemap needs languagepattern and languagerulename",
                              path=name, line=source_line(lm))
        if target not in known:
            raise FormatError(f"languagemap names languagerule {target!r}, which is not in "
                              "the file", path=name, line=source_line(lm))
        maps.append(LanguageMap(pattern, target))
    if not any(r.rules for r in language_rules):
        raise FormatError("has no segmentation rules (no <rule> in any <languagerule>)",
                          path=name)
    if not maps:
        raise FormatError("has no languagemap: no language would use its rules", path=name)
    return SrxRules(name, cascade == "yes", tuple(language_rules), tuple(maps))
