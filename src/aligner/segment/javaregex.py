"""Java regular expressions (``java.util.regex``, as OmegaT compiles SRX rules) for ``regex``.

SRX rules are written for Java; the PyPI ``regex`` module reads most of the
syntax alike but not all of its meaning, so every construct is translated
explicitly rather than passed through:

* Java's ``\\d \\w \\s \\b`` and their negations are ASCII (``\\b`` counts
  ``Character.isLetterOrDigit`` as a word character up to Java 18, which is what
  runs OmegaT here); ``\\h \\v \\R`` are Java's horizontal and vertical space
  and line break; ``\\Z`` and ``$`` also match before a final line terminator
  of any kind; ``\\z`` is the very end;
* ``\\p{...}``: general categories, ``Is``-binary properties, scripts, blocks,
  the US-ASCII POSIX classes (``\\p{Punct}`` is ASCII only in Java) and the
  ``java...`` classes of ``java.lang.Character``;
* ``\\Q...\\E``, octal ``\\0nn``, ``\\x{...}``, ``\\uXXXX`` surrogate pairs,
  ``\\cX``, ``\\e``;
* ``(?i)`` is ASCII-only in Java unless ``(?u)`` is on; ``(?s)``/``(?m)``
  change ``.``, ``^`` and ``$`` as in Java; a class with a negated shorthand
  (``[^\\S\\n]``) becomes lookarounds, since a set cannot hold a complement.

Refused, with :class:`JavaRegexError`: class union and intersection
(``[a[b]]``, ``&&``), ``\\G``, ``\\X``, ``\\b{g}``, the flags ``d``, ``x``
and ``U``, a case-insensitive backreference or cased property, and
backreferences in a pattern that will be matched backwards (a
``beforebreak``: the ``regex`` module runs look-behinds from right to left).

The module is longer than 400 lines because the translator is one
recursive-descent parser of Java's syntax whose methods share its state (the
flags in scope, group numbers and names); split, that state would be passed
from module to module.  The ``\\p{...}`` names are in :mod:`.javaprops`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from aligner.segment.javaprops import java_property

_LINE_TERMINATORS = "\\n\\r\\x85\\u2028\\u2029"
_SHORTHANDS = {
    "d": "0-9",
    "w": "a-zA-Z0-9_",
    "s": " \\t\\n\\x0b\\f\\r",
    "h": " \\t\\xa0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000",
    "v": "\\n\\x0b\\f\\r\\x85\\u2028\\u2029",
}
_WORD = "[\\p{L}\\p{Nd}_]"  # Character.isLetterOrDigit(c) || c == '_' (Java <= 18)
_SIMPLE_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "a": "\a", "e": "\x1b"}
# Bodies whose meaning (?i) changes in Java; refused under it.
_CASED = frozenset(
    ["\\p{Lu}", "\\p{Ll}", "\\p{Lt}", "\\p{Lowercase}", "\\p{Uppercase}", "a-z", "A-Z"]
)


class JavaRegexError(ValueError):
    """A Java regex that cannot be translated faithfully (or is not valid Java)."""


@dataclass(frozen=True, slots=True)
class Translated:
    """A pattern for the ``regex`` module and the number of capturing groups in it."""

    pattern: str
    groups: int


@dataclass(frozen=True, slots=True)
class _Flags:
    i: bool = False
    u: bool = False
    s: bool = True  # OmegaT compiles every rule with DOTALL
    m: bool = False


def translate(
    java: str,
    *,
    group_offset: int = 0,
    name_prefix: str = "",
    backwards: bool = False,
    unicode_case: bool = False,
) -> Translated:
    """Translate ``java`` for the ``regex`` module (VERSION0).

    Capturing groups are numbered from ``group_offset + 1`` and named groups
    get ``name_prefix``, so that several translations can share one pattern.
    ``backwards`` refuses backreferences (the pattern will sit in a
    look-behind); ``unicode_case`` starts with ``(?u)`` on, as OmegaT does for a
    rule whose top-level flags include ``(?i)``.
    """
    return _Translator(java, group_offset, name_prefix, backwards, unicode_case).run()


def top_level_case_insensitive(java: str) -> bool:
    """Whether Java's ``Pattern.flags()`` would include CASE_INSENSITIVE for ``java``:
    the inline flags left in force at the top level (``(?i)x``, ``x|(?i)y``)."""
    t = _Translator(java, 0, "", False, False)
    t.run()
    return t.top_flags.i


class _Translator:
    def __init__(self, src: str, offset: int, prefix: str, backwards: bool, ucase: bool) -> None:
        self.src = src
        self.i = 0
        self.groups = 0
        self.offset = offset
        self.prefix = prefix
        self.backwards = backwards
        self.names: set[str] = set()
        self.top_flags = _Flags(u=ucase)

    # -- helpers -------------------------------------------------------------
    def fail(self, what: str) -> JavaRegexError:
        return JavaRegexError(f"{what} at offset {self.i} of /{self.src}/")

    def peek(self, n: int = 0) -> str:
        j = self.i + n
        return self.src[j] if j < len(self.src) else ""

    def run(self) -> Translated:
        out = self.sequence(self.top_flags, top=True)
        if self.i < len(self.src):
            raise self.fail("unmatched ')'")
        return Translated(out, self.groups)

    # -- structure -----------------------------------------------------------
    def sequence(self, flags: _Flags, *, top: bool = False) -> str:
        """Alternatives up to the ')' that closes the current group (not consumed)."""
        out: list[str] = []
        can_repeat = False
        while self.i < len(self.src):
            c = self.src[self.i]
            if c == ")":
                break
            if c == "|":
                self.i += 1
                out.append("|")
                can_repeat = False
                continue
            if c in "*+?{":
                if not can_repeat:
                    raise self.fail(f"dangling quantifier {c!r}")
                out.append(self.quantifier())
                can_repeat = False
                continue
            atom, flags, can_repeat = self.atom(flags)
            if top:
                self.top_flags = flags
            out.append(atom)
        return "".join(out)

    def quantifier(self) -> str:
        c = self.src[self.i]
        start = self.i
        self.i += 1
        if c == "{":
            close = self.src.find("}", self.i)
            body = self.src[self.i : close] if close >= 0 else ""
            lo, _, hi = body.partition(",")
            if not lo.isdigit() or (hi and not hi.isdigit()):
                self.i = start
                raise self.fail("illegal repetition '{' (escape a literal brace)")
            self.i = close + 1
        if self.peek() in ("?", "+"):
            self.i += 1
        return self.src[start : self.i]

    def atom(self, flags: _Flags) -> tuple[str, _Flags, bool]:
        """One atom: (regex text, flags in force after it, whether it can be quantified)."""
        c = self.src[self.i]
        if c == "(":
            return self.group(flags)
        if c == "[":
            return self.char_class(flags), flags, True
        if c == "\\":
            return self.escape(flags), flags, True
        self.i += 1
        if c == ".":
            return ("(?s:.)" if flags.s else f"[^{_LINE_TERMINATORS}]"), flags, True
        if c == "^":
            if flags.m:
                return "(?:\\A|(?<=[\\n\\x85\\u2028\\u2029]|\\r(?!\\n))(?!\\Z))", flags, False
            return "\\A", flags, False
        if c == "$":
            if flags.m:
                return f"(?=[{_LINE_TERMINATORS}]|\\Z)(?!(?<=\\r)\\n)", flags, False
            return f"(?=(?:\\r\\n|[{_LINE_TERMINATORS}])?\\Z)(?!(?<=\\r)\\n)", flags, False
        return self.literal(c, flags), flags, True

    def group(self, flags: _Flags) -> tuple[str, _Flags, bool]:
        self.i += 1
        if self.peek() != "?":
            self.groups += 1
            return self.close("(", flags), flags, True
        self.i += 1
        for java, out in (("<=", "(?<="), ("<!", "(?<!"), (":", "(?:"), ("=", "(?="),
                          ("!", "(?!"), (">", "(?>")):
            if self.src.startswith(java, self.i):
                self.i += len(java)
                return self.close(out, flags), flags, out in ("(?:", "(?>")
        if self.peek() == "<":
            end = self.src.find(">", self.i)
            name = self.src[self.i + 1 : end] if end > 0 else ""
            if not name.isalnum() or not name[0].isalpha() or not name.isascii():
                raise self.fail("bad group name")
            self.i = end + 1
            self.groups += 1
            self.names.add(name)
            return self.close(f"(?P<{self.prefix}{name}>", flags), flags, True
        new = self.flag_set(flags)
        if self.peek() == ")":
            self.i += 1
            return "", new, False
        if self.peek() != ":":
            raise self.fail("unknown group construct")
        self.i += 1
        return self.close("(?:", new), flags, True

    def close(self, opening: str, flags: _Flags) -> str:
        body = self.sequence(flags)
        if self.peek() != ")":
            raise self.fail("unclosed group")
        self.i += 1
        return f"{opening}{body})"

    def flag_set(self, flags: _Flags) -> _Flags:
        on = True
        changes: dict[str, bool] = {}
        while self.i < len(self.src) and self.src[self.i] not in ":)":
            f = self.src[self.i]
            if f == "-":
                on = False
            elif f in "isum":
                changes[f] = on
            elif f in "dxU":
                raise self.fail(f"the flag (?{f}) is not supported")
            else:
                raise self.fail(f"unknown flag {f!r}")
            self.i += 1
        return replace(flags, **changes)

    # -- atoms ---------------------------------------------------------------
    def literal(self, c: str, flags: _Flags) -> str:
        text = _lit(c)
        if flags.i and c.lower() != c.upper():
            if flags.u:
                return f"(?i:{text})"
            if c.isascii():
                return f"[{_lit(c.lower())}{_lit(c.upper())}]"
        return text

    def escape(self, flags: _Flags) -> str:
        self.i += 1
        c = self.peek()
        if not c:
            raise self.fail("trailing backslash")
        if c == "Q":
            end = self.src.find("\\E", self.i + 1)
            stop = len(self.src) if end < 0 else end
            chars = self.src[self.i + 1 : stop]
            self.i = stop + 2 if end >= 0 else stop
            return "".join(self.literal(ch, flags) for ch in chars)
        char = self.single_char()
        if char is not None:
            return self.literal(char, flags)
        self.i += 1
        if c in _SHORTHANDS or c.lower() in _SHORTHANDS:
            body = _SHORTHANDS[c.lower()]
            return f"[{body}]" if c.islower() else f"[^{body}]"
        if c in "pP":
            return self.property_class(c == "P", flags, in_class=False)
        if c == "R":
            return "(?>\\r\\n|[\\n\\x0b\\f\\r\\x85\\u2028\\u2029])"
        if c in "bB":
            if self.peek() == "{":
                raise self.fail("\\b{...} boundaries are not supported")
            boundary = f"(?:(?<={_WORD})(?!{_WORD})|(?<!{_WORD})(?={_WORD}))"
            return boundary if c == "b" else f"(?!{boundary})"
        if c == "A":
            return "\\A"
        if c == "z":
            return "\\Z"
        if c == "Z":
            return f"(?=(?:\\r\\n|[{_LINE_TERMINATORS}])?\\Z)(?!(?<=\\r)\\n)"
        if c.isdigit():
            return self.backref(c, flags)
        if c == "k" and self.peek() == "<":
            end = self.src.find(">", self.i)
            name = self.src[self.i + 1 : end]
            if end < 0 or name not in self.names:
                raise self.fail("backreference to an unknown group")
            self.i = end + 1
            self.check_backref(flags)
            return f"(?P={self.prefix}{name})"
        raise self.fail(f"unsupported or invalid escape \\{c}")

    def single_char(self) -> str | None:
        """The character a one-character escape stands for (``self.i`` at the letter after
        the backslash; consumed), or None (not consumed)."""
        c = self.peek()
        src = self.src
        if c in _SIMPLE_ESCAPES:
            self.i += 1
            return _SIMPLE_ESCAPES[c]
        if c == "0":
            j = self.i + 1
            digits = ""
            while j < len(src) and len(digits) < 3 and src[j] in "01234567":
                if len(digits) == 2 and digits[0] > "3":
                    break
                digits += src[j]
                j += 1
            if not digits:
                raise self.fail("illegal octal escape")
            self.i = j
            return chr(int(digits, 8))
        if c == "x":
            if self.peek(1) == "{":
                end = src.find("}", self.i)
                return self.code_point(src[self.i + 2 : end], end + 1)
            return self.code_point(src[self.i + 1 : self.i + 3], self.i + 3, 2)
        if c == "u":
            cp = self.code_point(src[self.i + 1 : self.i + 5], self.i + 5, 4)
            if "\ud800" <= cp <= "\udbff" and src.startswith("\\u", self.i):
                low = src[self.i + 2 : self.i + 6]
                if len(low) == 4 and "dc00" <= low.lower() <= "dfff":
                    self.i += 6
                    return chr(0x10000 + ((ord(cp) - 0xD800) << 10) + int(low, 16) - 0xDC00)
            return cp
        if c == "c":
            if self.i + 1 >= len(src):
                raise self.fail("illegal control escape")
            self.i += 2
            return chr(ord(src[self.i - 1]) ^ 64)
        if c == "N" and self.peek(1) == "{":
            end = src.find("}", self.i)
            try:
                char = unicodedata.lookup(src[self.i + 2 : end])
            except KeyError:
                raise self.fail("unknown character name") from None
            self.i = end + 1
            return char
        if not c.isalnum() and c.isascii():
            self.i += 1
            return c
        return None

    def code_point(self, digits: str, after: int, width: int | None = None) -> str:
        if not digits or (width is not None and len(digits) != width):
            raise self.fail("illegal hexadecimal escape")
        try:
            value = int(digits, 16)
            char = chr(value)
        except ValueError:
            raise self.fail("illegal hexadecimal escape") from None
        self.i = after
        return char

    def backref(self, first: str, flags: _Flags) -> str:
        # Java reads as many digits as still name an existing group.
        number = int(first)
        while self.peek().isdigit() and number * 10 + int(self.peek()) <= self.groups:
            number = number * 10 + int(self.peek())
            self.i += 1
        if number == 0 or number > self.groups:
            raise self.fail(f"backreference \\{number} to a group not yet defined")
        self.check_backref(flags)
        return f"(?:\\{number + self.offset})"

    def check_backref(self, flags: _Flags) -> None:
        if self.backwards:
            raise self.fail("a backreference in a beforebreak (matched backwards) is not supported")
        if flags.i:
            raise self.fail("a case-insensitive backreference is not supported")

    def property_class(self, negated: bool, flags: _Flags, *, in_class: bool) -> str:
        if self.peek() == "{":
            end = self.src.find("}", self.i)
            if end < 0:
                raise self.fail("unclosed \\p{")
            name = self.src[self.i + 1 : end]
            self.i = end + 1
        else:
            name = self.peek()
            self.i += 1
        body = java_property(name)
        if body is None:
            raise self.fail(f"unknown or unsupported property \\p{{{name}}}")
        if flags.i and body in _CASED:
            raise self.fail(f"a cased property \\p{{{name}}} under (?i) is not supported")
        if in_class:
            return body
        return f"[^{body}]" if negated else f"[{body}]"

    def char_class(self, flags: _Flags) -> str:
        self.i += 1
        negated = self.peek() == "^"
        if negated:
            self.i += 1
        pos: list[str] = []
        neg: list[str] = []  # sets whose complement belongs to the class
        first = True
        while True:
            c = self.peek()
            if not c:
                raise self.fail("unclosed character class")
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            if c == "[":
                raise self.fail("a nested character class (union) is not supported")
            if c == "&" and self.peek(1) == "&":
                raise self.fail("character class intersection (&&) is not supported")
            if c == "\\" and self.peek(1) == "Q":
                end = self.src.find("\\E", self.i + 2)
                stop = len(self.src) if end < 0 else end
                pos.extend(self.class_char(ch, flags) for ch in self.src[self.i + 2 : stop])
                self.i = stop + 2 if end >= 0 else stop
                continue
            if c == "\\":
                e = self.peek(1)
                if e.lower() in _SHORTHANDS:
                    self.i += 2
                    (pos if e.islower() else neg).append(_SHORTHANDS[e.lower()])
                    continue
                if e in "pP":
                    self.i += 2
                    body = self.property_class(e == "P", flags, in_class=True)
                    if e == "P":
                        neg.append(body)
                    else:
                        pos.append(body)
                    continue
            lo = self.class_atom()
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.i += 1
                if self.peek() == "[":
                    raise self.fail("a nested character class (union) is not supported")
                hi = self.class_atom()
                if hi < lo:
                    raise self.fail("illegal character range")
                pos.append(self.class_range(lo, hi, flags))
            else:
                pos.append(self.class_char(lo, flags))
        if flags.i and flags.u:
            return f"(?i:{_emit_class(pos, neg, negated)})"
        return _emit_class(pos, neg, negated)

    def class_atom(self) -> str:
        c = self.peek()
        if c != "\\":
            self.i += 1
            return c
        self.i += 1
        char = self.single_char()
        if char is None:
            raise self.fail(f"unsupported escape \\{self.peek()} in a character class")
        return char

    def class_char(self, c: str, flags: _Flags) -> str:
        if flags.i and not flags.u and c.isascii() and c.isalpha():
            return _lit(c.lower()) + _lit(c.upper())
        return _lit(c)

    def class_range(self, lo: str, hi: str, flags: _Flags) -> str:
        out = f"{_lit(lo)}-{_lit(hi)}"
        if flags.i and not flags.u:
            # ASCII case-insensitivity: the other case of the letters in the range
            for a, b, shift in (("a", "z", -32), ("A", "Z", 32)):
                x, y = max(lo, a), min(hi, b)
                if x <= y:
                    out += f"{chr(ord(x) + shift)}-{chr(ord(y) + shift)}"
        return out


def _lit(c: str) -> str:
    """``c`` as a pattern character, safe inside and outside a class."""
    if c.isalnum() or (not c.isascii() and c.isprintable() and not c.isspace()):
        return c
    if c.isascii() and c.isprintable() and c != " ":
        return "\\" + c
    n = ord(c)
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}"


def _emit_class(pos: list[str], neg: list[str], negated: bool) -> str:
    p = "".join(pos)
    if not neg:
        return f"[^{p}]" if negated else f"[{p}]"
    if not negated:  # P | not N1 | not N2 ...
        parts = ([f"[{p}]"] if p else []) + [f"[^{n}]" for n in neg]
        return "(?:" + "|".join(parts) + ")"
    # not (P | not N1 | ...) = not P, and N1, and N2 ...
    guard = f"(?![{p}])" if p else ""
    checks = "".join(f"(?=[{n}])" for n in neg[:-1])
    return f"(?:{guard}{checks}[{neg[-1]}])"
