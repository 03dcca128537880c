"""inverted-mark, end-punctuation, unbalanced-quotes, unbalanced-brackets, spacing.

Pairs and end marks are compared between the two sides rather than judged
on one side alone: a quotation that spans two units leaves both sides
unbalanced in the same way and is not a translation error.  Quotation marks
are judged over a unit's neighbourhood on its side (up to ``QUOTE_NEIGHBOURHOOD``
consecutive units around it, :mod:`aligner.check.quotes`): fiction opens a quotation
in one sentence and closes it sentences later, often on one side only (English
quotes where Spanish uses dialogue dashes), so a unit is flagged only when one
side stays unbalanced over every neighbourhood and the other does not.

Inline tags arrive masked (:func:`aligner.check.units.masked`): a ``{1}`` is no
bracket and spaces either side of a tag are no double space; end marks and
edge spaces are read past the tags at a segment's edges.

A heading may end with a question mark where its source ends with no mark: German and
French package leaflets word their headings as questions (``3. How to take Valorex`` /
``3. Wie ist Valorex einzunehmen?``, as the EMA's QRD templates write them), and so do
help pages (``Installing`` / ``Wie installiere ich …?``).  Only a heading (the document's
reader says which sentences are, :attr:`aligner.check.units.Unit.heading`), and only a
question mark: a sentence of body text that gains one, or a heading that gains a full
stop, is still reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from aligner.check import quotes as quoting
from aligner.check.abbreviation_stop import CLOSING_MARKS, abbreviation_stop
from aligner.check.base import Context, is_blank, is_copy
from aligner.check.roman import roman_value
from aligner.check.units import TAG_MASK
from aligner.lang import QUESTIONS_DATA, get_profile, primary
from aligner.model import Finding
from aligner.textutil import TRAILING_CALL

_MARKS = {"?": "¿", "!": "¡"}
_MARK_CHARS = re.compile("[¿¡?!]")
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
# A final mark may be followed by closing quotes/brackets and a footnote call: glued
# digits, a number in brackets, superscript digits or note marks (day.2, day.[2], day.²).
# Chinese and Japanese write the same marks full-width (。？！：；), close with 」』）》 and
# the like, and need no space after them.
# Closers: every quotation mark can close at a text's end (German „…“ and »…«, Swedish
# ”…”, French « … » with its spaces), as can brackets.
_CLOSING_MARKS = CLOSING_MARKS
_CLOSE = r"(?:[\s\u00a0\u202f]*[" + re.escape(_CLOSING_MARKS) + "])*"
# The sentence marks of other scripts are their equivalents: Arabic ؟ and ؛, Urdu ۔,
# Devanagari । and ॥, Armenian ։, Ethiopic ። and ፧, Burmese ။, Khmer ។.
_OTHER_MARKS = {"\u061f": "?", "\u061b": ";", "\u06d4": ".", "\u0964": ".", "\u0965": ".",
                "\u0589": ".", "\u1362": ".", "\u1367": "?", "\u104b": ".", "\u17d4": "."}
_END = re.compile(r"(\.\.\.|[.?!…:;。｡．？！：；\u037e" + "".join(_OTHER_MARKS) + "])" + _CLOSE
                  + TRAILING_CALL + _CLOSE + r"\s*$")
_SAME_MARK = {"...": "…", "。": ".", "｡": ".", "．": ".", "？": "?", "！": "!", "：": ":",
              "；": ";", "\u037e": "?", **_OTHER_MARKS}  # U+037E: the Greek question mark
_END_NAMES = {".": "a full stop", "...": "an ellipsis", "…": "an ellipsis", "?": "a question mark",
              "!": "an exclamation mark", "?!": "a question and exclamation mark",
              ":": "a colon", ";": "a semicolon", None: "no mark"}
# A run of question and exclamation marks in either order and width is one mark:
# ?! = !? = ！？ = ？！.  An ellipsis that a full stop closes is an ellipsis (……。, ….).
_QUESTION_OR_EXCLAMATION = "?!？！"
_CLOSERS = " \u00a0\u202f" + _CLOSING_MARKS  # what may stand between a mark and the end
_ELLIPSES = ("…", "...", "⋯")
# The most words a letter's salutation has (Sehr geehrte Damen und Herren,).
_SALUTATION_WORDS = 6
# Round, square and curly brackets, ASCII or full width alike (a Chinese or Japanese
# text may close a full-width bracket with an ASCII one), and the brackets only
# Chinese and Japanese write: lenticular 【】, tortoise-shell 〔〕, white 〖〗, and the
# title marks 《》 〈〉.
_BRACKETS = (("(（", ")）"), ("[［", "]］"), ("{｛", "}｝"), ("【", "】"), ("〔", "〕"),
             ("〖", "〗"), ("《", "》"), ("〈", "〉"))
# A list label opening a unit or a line: a letter, a number or a Roman numeral and
# ")" (Spanish "a)", "1)", "iv)"), where English writes "(a)".  Its ")" closes nothing.
_LIST_LABEL = re.compile(r"(?m)^[ \t\u00a0]*([A-Za-z]|\d{1,3}|[ivxlcdmIVXLCDM]{2,})\)(?=\s|$)")
# One cited inside a sentence (``die unter a) und b) genannten``, ``lit. a) aa)``): a
# letter (doubled), a small Roman numeral or number and ")", after a space or ``lit.``,
# ``Buchst.``, ``Nr.``, before a space, ``,.;:`` or the end, where no bracket is open.
_CITED_LABEL = re.compile(r"(?:(?<=\s)|(?<=lit\.)|(?<=Buchst\.)|(?<=Nr\.))"
                          r"(([a-zA-Z])\2?|[ivx]{2,4}|\d{1,2})\)(?=[\s,.;:]|$)")
_DOUBLE_SPACE = re.compile(r"[ \u00a0\u202f\t]{2,}")


# A ¿ or ¡ may be closed a few units later: a question or exclamation that
# the segmenter (or the translator) split over several units.
_CARRY_UNITS = 3


def inverted_mark_problems(texts: list[str]) -> dict[int, tuple[int, str]]:
    """Per unit index, the first ``?``/``!`` without its ``¿``/``¡`` or the reverse.

    ``texts`` are consecutive units of one side; an opener left open at the end
    of a unit may be closed by the next few units.
    """
    problems: dict[int, tuple[int, str]] = {}
    carried: dict[str, list[tuple[int, int]]] = {"¿": [], "¡": []}  # opener -> (unit, pos)
    for u, text in enumerate(texts):
        for opener, stack in carried.items():
            while stack and u - stack[0][0] > _CARRY_UNITS:
                unit, pos = stack.pop(0)
                closer = "?" if opener == "¿" else "!"
                problems.setdefault(unit, (pos, f"{opener!r} without a closing {closer!r}"))
        if not text.strip():
            continue
        if "://" in text or "www." in text:
            # a URL's query "?" is no question: blank URLs out, keeping offsets
            text = _URL.sub(lambda m: " " * len(m.group()), text)
        for m in _MARK_CHARS.finditer(text):
            i, ch = m.start(), m.group()
            if ch in carried:
                carried[ch].append((u, i))
            elif ch in _MARKS:
                stack = carried[_MARKS[ch]]
                if stack:
                    stack.pop()
                elif not (i > 0 and text[i - 1] in "?!"):  # "??", "?!" close one sentence
                    problems.setdefault(u, (i, f"{ch!r} without an opening {_MARKS[ch]!r}"))
    for opener, stack in carried.items():
        closer = "?" if opener == "¿" else "!"
        for unit, pos in stack:
            problems.setdefault(unit, (pos, f"{opener!r} without a closing {closer!r}"))
    return problems


def inverted_mark_problem(text: str) -> tuple[int, str] | None:
    """The first problem of one text on its own (see :func:`inverted_mark_problems`)."""
    return inverted_mark_problems([text]).get(0)


def end_mark(text: str, questions: frozenset[str] = frozenset()) -> str | None:
    """The final mark of a text (``.``, ``?``, ``…``, ...), past quotes and footnotes;
    ``questions``: the language's own question marks (Greek ``;``), read as ``?``."""
    tail = text[-24:]  # the mark is near the end; don't scan long units
    m = _END.search(tail)
    if m is None:
        return None
    # (a superscript after the point is a call: "in 1998.²" ends with a full stop)
    if (m.start(1) and tail[m.start(1) - 1].isdigit()
            and tail[m.end(1):m.end(1) + 1].isdecimal()):
        return None  # a number's point ends the text (version 2.1, at 10:30), no mark
    mark = m.group(1)
    found = "?" if mark in questions else _SAME_MARK.get(mark, mark)
    if mark == "\u0589":  # Armenian sets its ? and ! on the stressed word, ending with ։
        sentence = text[text.rfind("\u0589", 0, len(text) - len(tail) + m.start(1)) + 1:]
        found = "?" if "\u055e" in sentence else "!" if "\u055c" in sentence else found
    before = tail[:m.start(1)]
    if found in ("?", "!"):
        run = len(before) - len(before.rstrip(_QUESTION_OR_EXCLAMATION))
        if {_SAME_MARK.get(c, c) for c in before[len(before) - run:]} - {found}:
            return "?!"  # 本当ですか！？ / Is that true?!
    elif found == "." and before.endswith(_ELLIPSES):
        return "…"  # それは……。 / That is...
    elif found == "." and (inner := before.rstrip(_CLOSERS)) != before and inner:
        # «¿Vendrás?». -- the full stop closes the sentence after a quotation that
        # ended with its own mark (Spanish and French style); that mark is the end
        last = _SAME_MARK.get(inner[-1], inner[-1])
        if last in ("?", "!") or inner.endswith(_ELLIPSES):
            return "…" if inner.endswith(_ELLIPSES) else end_mark(inner, questions)
    return found


def _same_statement(src: str, tgt: str, src_end: str | None, tgt_end: str | None,
                    ctx: Context) -> bool:
    """A full stop on one side and no mark on the other, where that other side's
    language ends its sentences with no mark (Thai, Lao); or a question mark against
    no mark in such a language's question, which its question word asks (อย่างไร,
    ไหม, ทำไม; ບໍ, ຫຍັງ); or a statement with a tag question against a full stop."""
    for text, end, other, lang in ((src, src_end, tgt_end, ctx.src_lang),
                                   (tgt, tgt_end, src_end, ctx.tgt_lang)):
        if end is None and get_profile(lang).unmarked_sentences and (
                other == "." or (other == "?" and _asks(lang).search(text))):
            return True
        if end == "?" and other == "." and get_profile(lang).inverted_marks and \
                _TAG_QUESTION.search(text):
            return True
    return False


# A statement that ends with a tag question, in a language that opens its questions
# (``Grados Baumé, ¿eh?``, ``Lo sabías, ¿no?``): the question is a word or two after a
# comma, the statement before it none; a translation may end it with a full stop
# (``Baumé degrees, mind you.``).
_TAG_QUESTION = re.compile(r"^[^¿]+,\s*¿\s*\S+(?:\s+\S+)?\s*\?[\s" + re.escape(_CLOSING_MARKS)
                           + r"]*$")


@cache
def _asks(lang: str) -> re.Pattern[str]:
    """Any of the language's question words (``questions.txt``), found anywhere: the
    languages that end sentences with no mark write no spaces between words."""
    words = sorted(get_profile(lang).word_list(QUESTIONS_DATA), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


# A question or exclamation closed by a quotation mark: English ends the sentence
# there ('who asked, "Can it be faster?"'), Japanese goes on after it with its own
# full stop (「もっと速くならないの？」という声。).
_QUOTED_END = re.compile("[?!？！][\"'”’»」』]+\\s*$")
_QUOTED_MARK = {"?": re.compile("[?？][\"'”’»」』]"), "!": re.compile("[!！][\"'”’»」』]")}


def _same_end(src: str, tgt: str, src_end: str | None, tgt_end: str | None,
              ctx: Context) -> bool:
    """Whether two different end marks still end the sentences alike: a full stop
    that is an abbreviation's against no mark (:func:`abbreviation_stop`), a
    sentence closed by its quotation's ``?`` against a full stop after the same
    quoted ``?``, a salutation's colon against a comma, or a semicolon against a comma
    (a list item, which English parts with semicolons and Japanese, Chinese, Spanish
    with commas: ``筐体と、`` / ``a housing;``), or a colon against a Chinese or Japanese
    full stop (:data:`_COLON_AS_STOP`)."""
    for a, b, a_end, b_end, lang, b_lang in (
            (src, tgt, src_end, tgt_end, ctx.src_lang, ctx.tgt_lang),
            (tgt, src, tgt_end, src_end, ctx.tgt_lang, ctx.src_lang)):
        if a_end == "." and b_end is None and abbreviation_stop(a, lang):
            return True
        if (a_end in _QUOTED_MARK and b_end == "." and _QUOTED_END.search(a)
                and _QUOTED_MARK[a_end].search(b)):
            return True
        if a_end == ":" and b_end is None and _salutation(a) and _salutation(b, ","):
            return True
        if a_end == ";" and b_end is None and _tail(b, b_end) == "a comma":
            return True  # a list item: 筐体と、 / a housing; -- languages part items so
        if a_end == ":" and b_end == "." and primary(b_lang) in _COLON_AS_STOP:
            return True  # ...to install version 2.4.1: / ...インストールします。
    return False


def _salutation(text: str, mark: str = ":") -> bool:
    """A letter's salutation ending with ``mark``: a few words (Spanish and German
    write ``Querida comunidad:``, ``Sehr geehrte Damen und Herren,``, English ``Dear
    friends,``; Chinese and Japanese full width, ``尊敬的陈女士：``)."""
    text = text.rstrip(_CLOSERS)
    return (text.endswith((mark, _FULL_WIDTH[mark]))
            and len(text.split()) <= _SALUTATION_WORDS)


_FULL_WIDTH = {":": "：", ",": "，"}
# The languages that end with a full stop a sentence another language ends with a colon
# before what it introduces (a code block, a list, a table): Japanese and Chinese docs
# write ``次のコマンドを実行します。`` and ``运行以下命令。`` (or a colon, ``：``, the same mark).
_COLON_AS_STOP = frozenset({"ja", "zh"})


def _tail(text: str, end: str | None) -> str:
    """How a message names a text's end: its mark, or the comma that is no end mark."""
    if end is None and text.rstrip(_CLOSERS).endswith((",", "，", "、", "،")):
        return "a comma"
    return _END_NAMES[end]


def _question_marks(lang: str) -> frozenset[str]:
    """``lang``'s question marks beyond ``?`` (its segmentation data's: Greek ``;``)."""
    from aligner.segment.rules import GENERIC, rules_for

    return frozenset(rules_for(lang).question_marks - rules_for(GENERIC).question_marks)


def _unlabelled(text: str) -> str:
    """``text`` without the ``)`` of its list labels (``a)``, ``1)``, ``iv)``), at a
    line's start or cited inside a sentence (``lit. c)``)."""
    def drop(m: re.Match[str]) -> str:
        label = m.group(1)  # mild) is no label
        return m.group()[:-1] if len(label) == 1 or label.isdigit() or roman_value(
            label.upper()) is not None else m.group()

    kept: list[str] = []
    text, last = (_LIST_LABEL.sub(drop, text) if ")" in text else text), 0
    for m in _CITED_LABEL.finditer(text) if ")" in text else ():
        before = "".join(kept) + text[last:m.start()]  # (siehe a): the bracket's end
        if (m.group(1)[0] in "ivx" and len(m.group(1)) > 1 and roman_value(
                m.group(1).upper()) is None) or sum(map(before.count, "(（")) > sum(
                map(before.count, ")）")):
            continue
        kept.append(text[last:m.end() - 1])
        last = m.end()
    return "".join(kept) + text[last:]


def _balanced(text: str, pairs: tuple[tuple[str, str], ...]) -> bool:
    for openers, closers in pairs:
        if not any(c in text for c in openers + closers):
            continue
        depth = 0
        for ch in re.findall(f"[{re.escape(openers + closers)}]", text):
            depth += 1 if ch in openers else -1
            if depth < 0:
                return False
        if depth:
            return False
    return True


def check_punctuation(ctx: Context) -> Iterator[Finding]:
    # A unit with an empty side is an omission or an insertion, and a copied unit is
    # untranslated: neither is a punctuation matter.
    both = [not is_blank(u.source) and not is_blank(u.target) and not is_copy(u.source, u.target)
            for u in ctx.units]
    inverted: dict[str, dict[int, tuple[int, str]]] = {}
    for side, lang in (("source", ctx.src_lang), ("target", ctx.tgt_lang)):
        if get_profile(lang).inverted_marks:
            inverted[side] = inverted_mark_problems(
                [getattr(unit, side) if ok else "" for unit, ok in zip(ctx.units, both,
                                                                        strict=True)]
            )
    quotes = {side: quoting.quotes_resolved([getattr(unit, side) if ok else ""
                                             for unit, ok in zip(ctx.units, both,
                                                                 strict=True)],
                                            lang=lang)
              for side, lang in (("source", ctx.src_lang), ("target", ctx.tgt_lang))}
    src_q, tgt_q = _question_marks(ctx.src_lang), _question_marks(ctx.tgt_lang)
    for u, unit in enumerate(ctx.units):
        if not both[u]:
            continue
        for side, problems in inverted.items():
            if u in problems:
                pos, what = problems[u]
                span = (pos, pos + 1)
                yield Finding(
                    "inverted-mark", ctx.severity("inverted-mark"), u, f"{side}: {what}",
                    found=getattr(unit, side)[pos],
                    src_span=span if side == "source" else None,
                    tgt_span=span if side == "target" else None,
                )
        # a segment's edges are its text's: "Hola.{/1}" ends with a full stop
        src_text, tgt_text = unit.source.strip(TAG_MASK), unit.target.strip(TAG_MASK)
        src_end, tgt_end = end_mark(src_text, src_q), end_mark(tgt_text, tgt_q)
        if (src_end != tgt_end
                and not (unit.heading and src_end is None and tgt_end == "?")
                and not _same_statement(src_text, tgt_text, src_end, tgt_end, ctx)
                and not _same_end(src_text, tgt_text, src_end, tgt_end, ctx)):
            yield Finding(
                "end-punctuation", ctx.severity("end-punctuation"), u,
                f"the source ends with {_tail(src_text, src_end)}, "
                f"the target with {_tail(tgt_text, tgt_end)}",
                expected=(src_end,) if src_end else (),
                found=tgt_end,
            )
        for code, src_ok, tgt_ok in (
            ("unbalanced-quotes", quotes["source"][u], quotes["target"][u]),
            ("unbalanced-brackets", _balanced(_unlabelled(unit.source), _BRACKETS),
             _balanced(_unlabelled(unit.target), _BRACKETS)),
        ):
            if src_ok != tgt_ok:
                side = "target" if src_ok else "source"
                what = "quotation marks" if code == "unbalanced-quotes" else "brackets"
                yield Finding(code, ctx.severity(code), u,
                              f"{what} are unbalanced in the {side} only")
        m = _DOUBLE_SPACE.search(unit.target) if "  " in unit.target or "\u00a0" in unit.target \
            or "\t" in unit.target else None
        if m and not _DOUBLE_SPACE.search(unit.source):
            yield Finding("double-space", ctx.severity("double-space"), u,
                          "double space in the target", tgt_span=m.span())
        for edge, src_has, tgt_has in (
            ("leading", src_text[:1].isspace(), tgt_text[:1].isspace()),
            ("trailing", src_text[-1:].isspace(), tgt_text[-1:].isspace()),
        ):
            if src_has != tgt_has:
                where = "target" if tgt_has else "source"
                yield Finding("edge-space", ctx.severity("edge-space"), u,
                              f"{edge} whitespace in the {where} only")
