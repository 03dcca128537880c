"""Java's ``\\p{...}`` names as set bodies for the ``regex`` module (see :mod:`.javaregex`)."""

from __future__ import annotations

_CATEGORIES = frozenset(
    [  # the general categories
        "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd",
        "Nl", "No", "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm",
        "Sc", "Sk", "So", "Z", "Zs", "Zl", "Zp", "C", "Cc", "Cf", "Co", "Cs",
        "Cn",
    ]
)

# The US-ASCII POSIX classes of java.util.regex.Pattern.
_POSIX = {
    "lower": "a-z",
    "upper": "A-Z",
    "ascii": "\\x00-\\x7f",
    "alpha": "a-zA-Z",
    "digit": "0-9",
    "alnum": "a-zA-Z0-9",
    "punct": "!-/:-@\\[-`{-~",
    "graph": "!-~",
    "print": " -~",
    "blank": " \\t",
    "cntrl": "\\x00-\\x1f\\x7f",
    "xdigit": "0-9a-fA-F",
    "space": " \\t\\n\\x0b\\f\\r",
}
# Binary properties (\p{IsAlphabetic}) and java.lang.Character classes.
_BINARY = {
    "alphabetic": "\\p{Alphabetic}",
    "ideographic": "\\p{Ideographic}",
    "letter": "\\p{L}",
    "lowercase": "\\p{Lowercase}",
    "uppercase": "\\p{Uppercase}",
    "titlecase": "\\p{Lt}",
    "punctuation": "\\p{P}",
    "control": "\\p{Cc}",
    "whitespace": "\\p{White_Space}",
    "digit": "\\p{Nd}",
    "hexdigit": "\\p{Hex_Digit}",
    "joincontrol": "\\p{Join_Control}",
    "noncharactercodepoint": "\\p{Noncharacter_Code_Point}",
    "assigned": "\\P{Cn}",
}
_JAVA_CLASSES = {
    "javalowercase": "\\p{Lowercase}",
    "javauppercase": "\\p{Uppercase}",
    "javaalphabetic": "\\p{Alphabetic}",
    "javaideographic": "\\p{Ideographic}",
    "javatitlecase": "\\p{Lt}",
    "javadigit": "\\p{Nd}",
    "javadefined": "\\P{Cn}",
    "javaletter": "\\p{L}",
    "javaletterordigit": "\\p{L}\\p{Nd}",
    "javaspacechar": "\\p{Z}",
    "javamirrored": "\\p{Bidi_Mirrored}",
    "javaisocontrol": "\\x00-\\x1f\\x7f-\\x9f",
    # Character.isWhitespace: Zs/Zl/Zp except the no-break spaces, and \t-\r, \x1c-\x1f
    "javawhitespace": "\\t-\\r\\x1c-\\x20\\u1680\\u2000-\\u2006\\u2008-\\u200a"
    "\\u2028\\u2029\\u205f\\u3000",
}

def java_property(name: str) -> str | None:
    """The set-body of ``\\p{name}`` (Java's names), or None."""
    key, _, value = name.partition("=")
    if value:
        k = key.lower()
        if k in ("gc", "general_category") and value in _CATEGORIES:
            return f"\\p{{{value}}}"
        if k in ("sc", "script"):
            return f"\\p{{Script={value}}}" if value.replace("_", "").isalpha() else None
        if k in ("blk", "block"):
            return f"\\p{{Block={value}}}" if value.replace("_", "").isalnum() else None
        return None
    if name in _CATEGORIES:
        return f"\\p{{{name}}}"
    if name == "LC":
        return "\\p{Lu}\\p{Ll}\\p{Lt}"
    if name.startswith("Is") and name[2:] in _CATEGORIES:
        return f"\\p{{{name[2:]}}}"
    flat = name.lower().replace("_", "").replace(" ", "")
    if name.startswith("java"):
        return _JAVA_CLASSES.get(flat)
    if flat in _POSIX:
        return _POSIX[flat]
    if flat.startswith("is") and flat[2:] in _BINARY:
        return _BINARY[flat[2:]]
    if name.startswith("In") and name[2:].replace("_", "").isalnum():
        return f"\\p{{Block={name[2:]}}}"
    if name.startswith("Is") and name[2:].replace("_", "").isalpha():
        return f"\\p{{Script={name[2:]}}}"
    return None
