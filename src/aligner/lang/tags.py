"""Validating the language codes a user gives: BCP 47 syntax and a known language.

A tag is accepted when it is well formed by the syntax of RFC 5646 section
2.1 (``langtag`` and ``privateuse``; the grandfathered tags are not accepted)
and its primary subtag is a language listed in ``language_names.tsv``.  Case,
``_`` for ``-`` and surrounding space are forgiven, as everywhere in
:mod:`aligner.lang` (``ES``, ``es_ES``); a tag is written as BCP 47 writes it
(``es-ES``, :func:`canonical_tag`).  A rejected tag gets a one-line
message, with the code of a language it names (``spanish`` -> ``es``, and
``deutsch``, ``francais``: ``language_names_other.tsv``; ``الإنجليزية``:
``language_names_ar.tsv``) or of the language a
country code is written for (``jp`` -> ``ja``: ``country_codes.tsv``), or the
two-letter code of a three-letter ISO 639-2/3 one (``eng`` -> ``en``, ``ger`` ->
``de``: ``three_letter_codes.tsv``; BCP 47 writes a language with a two-letter code
so) when there is one.  A country code that is another language's code is accepted, and
:func:`code_warning` says which language it is (``kr is Kanuri; Korean is ko``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from aligner.errors import ConfigError
from aligner.lang.base import read_data

_NAMES_FILE = "language_names.tsv"
_OTHER_NAMES_FILE = "language_names_other.tsv"
_ARABIC_NAMES_FILE = "language_names_ar.tsv"
_COUNTRY_CODES_FILE = "country_codes.tsv"
_THREE_LETTER_FILE = "three_letter_codes.tsv"

#: Language subtags that BCP 47 replaced, and their replacements: Java and older
#: tools still write ``iw`` for Hebrew and ``in`` for Indonesian.
DEPRECATED_SUBTAGS = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}


def normalize_tag(code: str) -> str:
    """Lower case, ``_`` -> ``-``, no surrounding space, a deprecated language subtag
    replaced: ``"es_ES"`` -> ``"es-es"``, ``"iw_IL"`` -> ``"he-il"``."""
    tag = code.strip().replace("_", "-").lower()
    first, sep, rest = tag.partition("-")
    return DEPRECATED_SUBTAGS[first] + sep + rest if first in DEPRECATED_SUBTAGS else tag



# RFC 5646 section 2.1, lower case (tags are compared after normalize_tag):
#   language  = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
#   extlang   = 3ALPHA *2("-" 3ALPHA)
#   script    = 4ALPHA;  region = 2ALPHA / 3DIGIT
#   variant   = 5*8alphanum / (DIGIT 3alphanum)
#   extension = singleton 1*("-" (2*8alphanum))   (singleton: not x)
#   privateuse = "x" 1*("-" (1*8alphanum))
_LANGTAG = re.compile(
    r"""
    (?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})
    (?:-[a-z]{4})?
    (?:-(?:[a-z]{2}|[0-9]{3}))?
    (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*
    (?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*
    (?:-x(?:-[a-z0-9]{1,8})+)?
    """,
    re.VERBOSE,
)


@cache
def language_names() -> dict[str, tuple[str, ...]]:
    """``language_names.tsv``: primary subtag -> its English names (first the usual one)."""
    text = read_data("aligner.lang", _NAMES_FILE)
    if text is None:
        raise ConfigError(f"{_NAMES_FILE} is missing from the aligner.lang package")
    out: dict[str, tuple[str, ...]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        code, *names = line.split("\t")
        if not re.fullmatch("[a-z]{2,3}", code) or code in out or not all(names) or not names:
            raise ConfigError(f"{_NAMES_FILE}:{lineno}: expected a new code and its names, "
                              f"tab-separated; got {line!r}")
        out[code] = tuple(names)
    return out


def _code_table(name: str, *, alias: str | None = None) -> dict[str, tuple[str, ...]]:
    """A data file of lines ``code<TAB>value<TAB>...``: a known language's code and its
    names, or (``alias``, a pattern of the codes) a code people write for a language
    (a country code, a three-letter code) and the one language code they mean."""
    text = read_data("aligner.lang", name)
    if text is None:
        raise ConfigError(f"{name} is missing from the aligner.lang package")
    known = language_names()
    out: dict[str, tuple[str, ...]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        code, *values = line.split("\t")
        fits = (re.fullmatch(alias, code) and len(values) == 1 and values[0] in known
                if alias else code in known and values and all(values))
        if not fits or code in out:
            what = "a code, a tab and a known language code" if alias else \
                "a known language code and its names, tab-separated"
            raise ConfigError(f"{name}:{lineno}: expected {what}; got {line!r}")
        out[code] = tuple(values)
    return out


@cache
def other_names() -> dict[str, tuple[str, ...]]:
    """``language_names_other.tsv``: code -> its endonym and names in other languages."""
    return _code_table(_OTHER_NAMES_FILE)


@cache
def arabic_names() -> dict[str, tuple[str, ...]]:
    """``language_names_ar.tsv``: code -> its names in Arabic."""
    return _code_table(_ARABIC_NAMES_FILE)


@cache
def country_codes() -> dict[str, str]:
    """``country_codes.tsv``: a country code written for a language -> the language's code."""
    return {code: values[0] for code, values in
            _code_table(_COUNTRY_CODES_FILE, alias="[a-z]{2}").items()}


@cache
def three_letter_codes() -> dict[str, str]:
    """``three_letter_codes.tsv``: an ISO 639-2/639-3 code of a language that has a
    two-letter code -> that code (``eng`` -> ``en``, ``ger`` and ``deu`` -> ``de``)."""
    return {code: values[0] for code, values in
            _code_table(_THREE_LETTER_FILE, alias="[a-z]{3}").items()
            if code not in language_names()}


def two_letter_form(tag: str) -> str:
    """``tag`` with a three-letter language code of the table written as BCP 47 writes
    it (``eng`` -> ``en``, ``ger-DE`` -> ``de-DE``: memoQ writes such codes in its
    XLIFF); any other tag as it is."""
    primary, sep, rest = normalize_tag(tag).partition("-")
    two = three_letter_codes().get(primary)
    if two is not None and is_valid_tag(two + sep + rest):
        return canonical_tag(two + sep + rest)
    return tag


def fold_name(name: str) -> str:
    """A name as it is looked up: spaces collapsed, case and accents ignored."""
    key = " ".join(name.replace("_", " ").split()).casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


@cache
def _code_by_name() -> dict[str, str]:
    out: dict[str, str] = {}
    for table in (language_names(), other_names(), arabic_names()):  # English names first
        for code, names in table.items():
            for name in names:
                out.setdefault(fold_name(name), code)  # current codes come before deprecated
    return out


def language_of_name(name: str) -> str | None:
    """The code of the language ``name`` is a name of, written whole (``Spanish``,
    ``deutsch``, ``Português``; case and accents aside); else None: no near miss."""
    return _code_by_name().get(fold_name(name))


def suggest_code(text: str) -> str | None:
    """The code of the language ``text`` names (``Spanish`` -> ``es``, ``deutsch``,
    ``francais``), if it names one; a near miss of a name counts (``spanich`` ->
    ``es``); so does a country code written for a language (``jp`` -> ``ja``).  A
    three-letter code of a language BCP 47 writes with two letters gives the tag with
    them (``eng`` -> ``en``, ``ger_CH`` -> ``de-CH``)."""
    primary, sep, rest = normalize_tag(text).partition("-")
    if primary in three_letter_codes() and is_valid_tag(three_letter_codes()[primary] + sep
                                                         + rest):
        return canonical_tag(three_letter_codes()[primary] + sep + rest)
    key = fold_name(text)
    by_name = _code_by_name()
    if key in by_name:
        return by_name[key]
    if key in country_codes():
        return country_codes()[key]
    import difflib  # only for a rejected code; not at start-up

    close = difflib.get_close_matches(key, list(by_name), n=1, cutoff=0.8)
    if close:
        return by_name[close[0]]
    first = key.split(" ", 1)[0]  # "english us" -> en
    return by_name.get(first) if first != key else None


def code_warning(code: str) -> str | None:
    """What to tell a user who gave ``code``, a valid tag, when its language is seldom
    the one meant: a country code that is another language's code (``kr`` ->
    ``"kr is Kanuri; Korean is ko"``), or Laos for Latin America (``es-LA``); else None."""
    tag = code.strip().replace("_", "-").lower()
    lang, region = [*tag.split("-"), ""][:2]
    if region == "la" and lang in _LAOS_FOR_LATIN_AMERICA:
        return (f"LA in {canonical_tag(code)} is Laos; Latin American "
                f"{language_names()[lang][0]} is {_LAOS_FOR_LATIN_AMERICA[lang]}")
    meant = country_codes().get(lang)
    if meant is None or lang not in language_names():
        return None
    return (f"{lang} is {language_names()[lang][0]}; {language_names()[meant][0]} is "
            f"{meant}")


#: ``es-LA`` (Facebook's locale) names Laos; Latin America is UN M49's 419
_LAOS_FOR_LATIN_AMERICA = {"es": "es-419", "pt": "pt-BR"}


def code_warnings(*codes: str | None) -> list[str]:
    """:func:`code_warning` of each code given (None: not given), once each."""
    out: list[str] = []
    for code in codes:
        note = code_warning(code) if code else None
        if note is not None and note not in out:
            out.append(note)
    return out


def is_valid_tag(code: str) -> bool:
    """Whether ``code`` is a well-formed BCP 47 tag of a known language (see the module)."""
    tag = code.strip().replace("_", "-").lower()
    m = _LANGTAG.fullmatch(tag)
    if m is None:
        return bool(re.fullmatch(r"x(?:-[a-z0-9]{1,8})+", tag))  # a private-use tag
    return m.group("language").split("-", 1)[0] in language_names()


def canonical_tag(code: str) -> str:
    """``code`` as BCP 47 writes it: without surrounding space, ``-`` between subtags,
    the language in lower case, a script in title case and a region in upper case
    (``ES_es`` -> ``es-ES``, ``zh_hans`` -> ``zh-Hans``); what follows a singleton
    (an extension, ``x-`` private use) in lower case; a deprecated language subtag
    replaced (``iw`` -> ``he``, ``in`` -> ``id``)."""
    parts = normalize_tag(code).split("-")
    out = parts[:1]
    for part in parts[1:]:
        if len(out[-1]) == 1:  # a singleton: the rest is an extension or private use
            out.extend(parts[len(out):])
            break
        out.append(part.title() if len(part) == 4 and part.isalpha()
                   else part.upper() if len(part) == 2 else part)
    return "-".join(out)


def validate_tag(code: str, *, what: str = "language") -> str:
    """``code`` as :func:`canonical_tag` writes it when it is a valid language tag,
    else :class:`ConfigError`.

    ``what`` names the option in the message (``"source language"``).
    """
    if is_valid_tag(code):
        return canonical_tag(code)
    hint = suggest_code(code)
    did_you_mean = f"did you mean {hint}?" if hint else "see docs/languages.md"
    raise ConfigError(f"{what} {code!r} is not a language code such as es, en-GB or zh-Hans; "
                      f"{did_you_mean}")


def validate_langs(src_lang: str | None, tgt_lang: str | None) -> None:
    """:func:`validate_tag` for a command's ``--src-lang``/``--tgt-lang``, when given.

    For codes the user typed; codes read from a file (a TMX's ``xml:lang``) are
    what real memories contain, and are checked only where the tool writes them.
    """
    for code, what in ((src_lang, "source language"), (tgt_lang, "target language")):
        if code is not None:
            validate_tag(code, what=what)


# A language tag as file and folder names carry one: a two-letter language, then
# script or region subtags (es, en-GB, pt_BR, zh-Hans).  Three-letter parts are not
# taken: too many of them name something else (fin, old, bak).
_NAME_TAG = re.compile(r"[a-z]{2}(?:[-_](?:[a-z]{4}|[a-z]{2}|[0-9]{3}))*", re.IGNORECASE)


def name_language(name: str) -> str | None:
    """The language a file or folder *name* is: the whole name when it is a tag such
    as ``es`` or ``en-GB`` (see :data:`_NAME_TAG`) of a known language, as
    :func:`canonical_tag` writes it; else None."""
    if _NAME_TAG.fullmatch(name) and is_valid_tag(name):
        return canonical_tag(name)
    return None


def file_language(path: str) -> str | None:
    """The language tag a file name carries between its first part and its
    extension (``chile-73.es.txt`` -> ``es``, ``report.en-GB.docx`` -> ``en-GB``; the
    last such part when there are several); a name that is a tag and its extension
    alone is in that language (``en.json``, ``es-MX.json``, ``fr.md``: the usual names
    of an application's message bundles); else None (``chile.txt``, ``a.src``).
    Batch pairing leaves out the tag of a language it already knows instead
    (:func:`aligner.collection.pairing.pair_key`)."""
    parts = path.replace("\\", "/").rsplit("/", 1)[-1].split(".")
    if len(parts) == 2:  # not a deprecated code: in.txt is an input, not Indonesian (id)
        found = name_language(parts[0])
        same = found is not None and found.split("-")[0] == parts[0][:2].lower()
        return found if same else None
    for part in reversed(parts[1:-1]):
        found = name_language(part)
        if found is not None:
            return found
    return None


def folder_language(path: str) -> str | None:
    """The language the name of the folder holding the file ``path`` is, when that
    whole name is a language tag (``ca/ple.md`` -> ``ca``, ``corpus/es-419/a.md`` ->
    ``es-419``, as ``aligner batch`` reads its folders); else None (``notes/a.md``,
    ``a.md``)."""
    from pathlib import PurePath

    return name_language(PurePath(path.replace("\\", "/")).parent.name)


# A language tag joined to a file name's stem by a space, _ or -, or in brackets, at
# its end or start: informe_ES, carta-es, Manual v2 (final) ES, nota (ES), es_CL;
# ES_boletin, [EN] boletin.
_JOINED = r"(?P<tag>[A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?)"
_JOINED_AT_END = re.compile(rf"(?P<rest>.*?[^ _-])(?:[ _-]+[(\[]?|[(\[]){_JOINED}[)\]]?")
_JOINED_AT_START = re.compile(rf"[(\[]?{_JOINED}(?:[)\]]?[ _-]+|[)\]])(?P<rest>[^ _-].*)")


def joined_tags(stem: str) -> list[tuple[str, str]]:
    """The readings of a file name's ``stem`` as a language tag joined to the rest by a
    space, ``_`` or ``-``, or in brackets, at its end, then at its start:
    ``(tag, rest)``, the tag with ``-`` for ``_`` (``informe_ES`` -> ``("ES",
    "informe")``, ``[EN] boletin`` -> ``("EN", "boletin")``).  Whether the tag is one
    of a language the caller asks: ``_es`` may be part of a name, so such a tag is
    read only when the other file's name has one too (``aligner batch`` pairing,
    :func:`file_languages`)."""
    found = (pattern.fullmatch(stem) for pattern in (_JOINED_AT_END, _JOINED_AT_START))
    return [(m["tag"].replace("_", "-"), m["rest"]) for m in found if m is not None]


def file_languages(src: str, tgt: str) -> tuple[str | None, str | None]:
    """The languages the names of two files carry: each one's :func:`file_language`
    (``a.de.txt``); for a side without one, when the two names are the same but for a
    tag joined to each stem (:func:`joined_tags`: ``Pressemitteilung_DE.txt`` and
    ``Pressemitteilung_EN.docx``), those tags, if they are two different languages --
    as ``aligner batch`` pairs such files; else, for two files of one name, the
    languages of their folders' names (``en/a.md``, ``es-419/a.md``).  None for a side
    whose name says none."""
    from pathlib import PurePath

    langs = (file_language(src), file_language(tgt))
    if None not in langs:
        return langs
    stems = [PurePath(p.replace("\\", "/")).stem for p in (src, tgt)]
    for src_tag, src_rest in joined_tags(stems[0]):
        for tgt_tag, tgt_rest in joined_tags(stems[1]):
            pair = (name_language(src_tag), name_language(tgt_tag))
            if (src_rest == tgt_rest and pair[0] is not None and pair[1] is not None
                    and pair[0].split("-")[0] != pair[1].split("-")[0]):
                return langs[0] or pair[0], langs[1] or pair[1]
    folders = _folder_languages(src, tgt)
    return (langs[0] or folders[0], langs[1] or folders[1]) if folders else langs


def _folder_languages(src: str, tgt: str) -> tuple[str, str] | None:
    """Two files of one name in folders named by two languages' tags (``en/a.md``,
    ``es-419/a.md``): those languages, as ``aligner batch en es-419`` pairs them."""
    from pathlib import PurePath

    a, b = (PurePath(p.replace("\\", "/")) for p in (src, tgt))
    pair = (name_language(a.parent.name), name_language(b.parent.name))
    if a.name != b.name or pair[0] is None or pair[1] is None or (
            pair[0].split("-")[0] == pair[1].split("-")[0]):
        return None
    return pair[0], pair[1]
