"""The Java-regex translator: each construct means in ``regex`` what it means in Java.

Expected matches are Java's behaviour (java.util.regex, Java 17, compiled with
DOTALL as OmegaT compiles SRX rules), written by hand.
"""

from __future__ import annotations

import pytest
import regex

from aligner.segment.javaregex import JavaRegexError, top_level_case_insensitive, translate


def _matches(java: str, text: str) -> bool:
    return regex.fullmatch(translate(java).pattern, text) is not None


@pytest.mark.parametrize(
    ("java", "text", "matches"),
    [
        # ASCII shorthands (no UNICODE_CHARACTER_CLASS)
        (r"\d", "7", True),
        (r"\d", "\u0667", False),  # Arabic-Indic seven
        (r"\w", "é", False),
        (r"\w", "_", True),
        (r"\W", "é", True),
        (r"\s", "\u00a0", False),
        (r"\s", "\u000b", True),
        (r"\S", "\u00a0", True),
        (r"\h", "\u00a0", True),
        (r"\h", "\n", False),
        (r"\v", "\u2028", True),
        (r"\v", "\u000b", True),
        (r"\R", "\r\n", True),
        (r"\V", "a", True),
        # Unicode properties
        (r"\p{Lu}", "É", True),
        (r"\p{Lu}", "é", False),
        (r"\P{Lu}", "é", True),
        (r"\p{IsLu}", "Ж", True),
        (r"\pL", "ж", True),
        (r"\p{L}", "7", False),
        (r"\p{IsAlphabetic}", "ª", True),
        (r"\p{IsLatin}", "ñ", True),
        (r"\p{IsHan}", "山", True),
        (r"\p{InGreek}", "α", True),
        (r"\p{javaLowerCase}", "ß", True),
        (r"\p{javaUpperCase}", "a", False),
        (r"\p{javaWhitespace}", "\u00a0", False),
        (r"\p{javaWhitespace}", "\u2003", True),
        (r"\p{Punct}", "!", True),
        (r"\p{Punct}", "¡", False),  # POSIX classes are US-ASCII in Java
        (r"\p{Alpha}", "é", False),
        (r"\p{Nd}", "\u0667", True),
        (r"\p{Z}", "\u3000", True),
        # quoting and character escapes
        (r"\Qa.b*\E", "a.b*", True),
        (r"\Qa.b*\E", "axb", False),
        (r"\Qa.b", "a.b", True),  # \Q to the end
        (r"\011", "\t", True),
        (r"\0101", "A", True),
        (r"\x41", "A", True),
        (r"\x{1F600}", "\U0001f600", True),
        (r"\u00e9", "é", True),
        (r"\uD83D\uDE00", "\U0001f600", True),  # a surrogate pair is one character
        (r"\cI", "\t", True),
        (r"\e", "\x1b", True),
        (r"\N{LATIN SMALL LETTER N WITH TILDE}", "ñ", True),
        (r"\.", ".", True),
        (r"\.", "x", False),
        # dot: DOTALL unless (?-s)
        (r".", "\n", True),
        (r"(?-s).", "\n", False),
        (r"(?-s).", "\u2028", False),
        (r"(?-s).", "x", True),
        # case: (?i) is ASCII-only without (?u)
        (r"(?i)abc", "ABC", True),
        (r"x(?i)é", "xÉ", False),
        (r"(?iu)é", "É", True),
        (r"(?i:a)b", "AB", False),
        (r"(?i:a)b", "Ab", True),
        (r"(?i)[a-c]", "B", True),
        (r"(?i)[^a]", "A", False),
        # quantifiers, possessive and lazy
        (r"a++a", "aaa", False),
        (r"a+a", "aaa", True),
        (r"a{2,3}", "aaa", True),
        (r"a{2}", "aaa", False),
        (r"(?>a+)a", "aa", False),
        (r"a+?b", "aab", True),
        # groups, names, backreferences
        (r"(a)(b)\2\1", "abba", True),
        (r"(?<x>a)\k<x>", "aa", True),
        (r"(a)\11", "aa1", True),  # Java: \1 then 1, there being no group 11
        # character classes
        (r"[]a]", "]", True),
        (r"[a-]", "-", True),
        (r"[\s\u00A0]", "\u00a0", True),
        (r"[\s\u00A0]", "\t", True),
        (r"[^\S\n]", " ", True),  # a negated shorthand inside a class
        (r"[^\S\n]", "\n", False),
        (r"[^\S\n]", "x", False),
        (r"[x\S]", "y", True),
        (r"[x\S]", " ", False),
        (r"[\p{Lu}\d]", "Ñ", True),
        (r"[^\p{L}]", "ñ", False),
        (r"[\P{L}]", "1", True),
        (r"[\Q]-\E]", "-", True),
        (r"[.]", "x", False),
    ],
)
def test_construct(java: str, text: str, matches: bool) -> None:
    assert _matches(java, text) is matches


@pytest.mark.parametrize(
    ("java", "text", "found"),
    [
        # \b counts Character.isLetterOrDigit (Java 17): no boundary inside "xé"
        (r"\bé", "xé", False),
        (r"é\b", "xé y", True),
        (r"\Bé", "xé", True),
        # ^ and $ without (?m): the whole input; $ also before a final terminator
        (r"^b", "a\nb", False),
        (r"a$", "a\n", True),
        (r"a$", "a\u2028", True),
        (r"a$", "a\nb", False),
        (r"a\Z", "a\r\n", True),
        (r"a\z", "a\n", False),
        (r"\Aa", "ba", False),
        # (?m): at every line
        (r"(?m)^b", "a\nb", True),
        (r"(?m)^b", "a\rb", True),
        (r"(?m)a$", "a\nb", True),
    ],
)
def test_anchors_and_boundaries(java: str, text: str, found: bool) -> None:
    assert (regex.search(translate(java).pattern, text) is not None) is found


@pytest.mark.parametrize(
    ("java", "reason"),
    [
        (r"[a-z&&[^aeiou]]", "intersection"),
        (r"[a[bc]]", "nested"),
        (r"\Ga", "unsupported or invalid escape"),
        (r"\X", "unsupported or invalid escape"),
        (r"\b{g}", "boundaries"),
        (r"(?x) a", "flag"),
        (r"(?U)\w", "flag"),
        (r"(?d).", "flag"),
        (r"\p{NoSuchProperty}", "property"),
        (r"(?i)\p{Lu}", "cased property"),
        (r"(?i)(a)\1", "case-insensitive backreference"),
        (r"\1", "not yet defined"),
        (r"a{", "illegal repetition"),
        (r"{2}", "dangling quantifier"),
        (r"*a", "dangling quantifier"),
        (r"(a", "unclosed group"),
        (r"a)", "unmatched"),
        (r"[ab", "unclosed character class"),
        (r"[z-a]", "illegal character range"),
        (r"\y", "invalid escape"),
        (r"\xZZ", "hexadecimal"),
        (r"\08", "octal"),
    ],
)
def test_refused(java: str, reason: str) -> None:
    with pytest.raises(JavaRegexError, match=reason):
        translate(java)


def test_backreference_refused_when_matched_backwards() -> None:
    assert translate(r"(a)\1").pattern
    with pytest.raises(JavaRegexError, match="beforebreak"):
        translate(r"(a)\1", backwards=True)


def test_groups_are_numbered_from_the_offset() -> None:
    t = translate(r"(a)(?<n>b)\1\k<n>", group_offset=3, name_prefix="p_")
    assert t.groups == 2
    assert regex.fullmatch("(x)(y)(z)" + t.pattern, "xyzabab") is not None


@pytest.mark.parametrize(
    ("java", "flagged"),
    [("(?i)x", True), ("a(?i)x", True), ("x|(?i)y", True), ("(?i:x)", False),
     ("(?i)(?-i)x", False), ("x", False)],
)
def test_top_level_case_insensitive_as_pattern_flags(java: str, flagged: bool) -> None:
    """What Java 17's Pattern.flags() says of these (checked with a JDK by hand)."""
    assert top_level_case_insensitive(java) is flagged


def test_unicode_case_as_omegat_recompiles() -> None:
    assert regex.fullmatch(translate("(?i)é", unicode_case=True).pattern, "É")
