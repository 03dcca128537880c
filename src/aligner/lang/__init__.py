"""The language layer: language codes and what the toolkit knows about each language.

Codes are BCP 47 tags as users and files write them (``es``, ``es-CL``,
``es_ES``, ``zh-Hant``, `` EN ``): surrounding space, case and ``_`` versus
``-`` do not matter, and only the primary subtag chooses the profile.
:func:`validate_tag` (:mod:`aligner.lang.tags`) rejects what is no tag of a
known language (``spanish``); the pipeline and the alignment writers call it
where a code comes from the user.  A known language without data here is
simply a language the toolkit knows nothing special about.

:func:`get_profile` gives a language's :class:`LanguageProfile`.  A language
with data files or rules of its own has a folder here (``es/``, ``en/``: a
module defining ``PROFILE`` and the data files beside it); a language with a
few facts only has a line in ``languages.tsv``; every other language gets the
generic profile.  ``docs/languages.md`` says how to add one.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import cache

from aligner.errors import ConfigError
from aligner.lang.base import (
    ADDED_UNITS_DATA,
    ARABIC_LATIN_DATA,
    BOUNDS_DATA,
    CALENDAR_DATA,
    CLOCK_DATA,
    COUNTED_DATA,
    CYRILLIC_LATIN_DATA,
    DATA_FILES,
    FORMS_DATA,
    GENDERS_DATA,
    GENERIC_PACKAGE,
    HEADINGS_DATA,
    NAME_PARTICLES_DATA,
    NEGATIONS_DATA,
    NUMBERS_DATA,
    PERCENT_BASES_DATA,
    PERSON_NAMES_DATA,
    PHRASE_EDGES_DATA,
    PRONOUNS_DATA,
    QUESTIONS_DATA,
    RATIO_WORDS_DATA,
    SEGMENT_DATA,
    SEPARABLE_DATA,
    SPACES_DATA,
    STOPWORDS_DATA,
    SUFFIXES_DATA,
    SUSPENDED_DATA,
    TITLES_DATA,
    UNIT_SYMBOLS_DATA,
    USES_DATA,
    VERBS_DATA,
    LanguageProfile,
    PluralRules,
    no_plural_rules,
    package_dir,
    read_data,
    subpackages,
)
from aligner.lang.chinese_tags import chinese_script
from aligner.lang.tags import (
    canonical_tag,
    is_valid_tag,
    normalize_tag,
    suggest_code,
    validate_tag,
)

#: The facts ``languages.tsv`` may give a language (see the file's header).
TABLE_FACTS = frozenset({"decimal_comma", "inverted_marks", "lexical_marks", "reduplicates",
                         "right_to_left", "solid_compounds", "space_groups",
                         "unspaced_sentences"})
_TABLE = "languages.tsv"
# Folders that hold shared data rather than a language.
_NOT_LANGUAGES = frozenset({"generic"})
#: Languages that capitalise their nouns: a capital inside a sentence makes another word
#: (German ``Die Waren waren teuer``: the goods were dear).
NOUN_CAPITALS = frozenset({"de", "lb"})


def primary(code: str) -> str:
    """The primary language subtag: ``"es-ES"`` -> ``"es"``; ``"zh_Hant"`` -> ``"zh"``."""
    return normalize_tag(code).split("-", 1)[0]


def lang_matches(requested: str, actual: str) -> bool:
    """Whether a language tag found in a file answers a requested language.

    Case and ``-``/``_`` do not matter; a bare language matches any region of
    it and the other way round (``es`` ~ ``es-ES`` ~ ``es_es``), but two
    different regions do not (``es-ES`` does not match ``es-MX``).  Chinese is matched
    by its script too, which a region implies (:func:`_variety`): ``zh-TW`` ~
    ``zh-Hant`` ~ ``zh-Hant-TW``, but not ``zh-Hans``, nor ``zh-HK``.
    """
    a, b = normalize_tag(requested), normalize_tag(actual)
    if a == b:
        return True
    if "-" in a and "-" in b:
        return _same_chinese(a, b)
    return primary(a) == primary(b)


def _same_chinese(a: str, b: str) -> bool:
    """Whether two Chinese tags with subtags name one variety: one script, as written or
    as the region implies, and one region or a region on one side only."""
    if primary(a) != primary(b) or chinese_script(a) is None:
        return False
    (script_a, region_a), (script_b, region_b) = _variety(a), _variety(b)
    return script_a == script_b and (not region_a or not region_b or region_a == region_b)


def shared_tag(codes: Iterable[str]) -> str | None:
    """The leading subtags every code shares, as BCP 47 writes them: ``es`` of ``es-ES``
    and ``es-MX`` (or of ``es-ES`` and ``es``), ``zh-Hant`` of ``zh-Hant-TW`` and
    ``zh-Hant-HK``; None when the languages differ (or there is no code)."""
    split = [canonical_tag(code).split("-") for code in codes]
    if not split:
        return None
    shared: list[str] = []
    for parts in zip(*split, strict=False):
        if len({part.lower() for part in parts}) > 1:
            break
        shared.append(parts[0])
    return "-".join(shared) or None


def same_language(a: str, b: str) -> bool:
    """Whether two codes name the same language, whatever their regions (``en-GB`` ~ ``en_US``)."""
    return primary(a) == primary(b)


def other_variety(a: str, b: str) -> bool:
    """Whether two codes name different varieties of one language: both give a region
    (``pt-PT``, ``pt-BR``; ``es-ES``, ``es-419``) or both a script (``zh-Hans``,
    ``zh-Hant``), and these differ.  A bare language is no other variety (``pt`` ~
    ``pt-BR``), nor is a region beside a script (``zh-Hans`` ~ ``zh-CN``) -- unless the
    region writes another script (``zh-Hans`` ~ ``zh-TW`` are two: :func:`_variety`)."""
    if not same_language(a, b):
        return False
    (script_a, region_a), (script_b, region_b) = _variety(a), _variety(b)
    return bool((script_a and script_b and script_a != script_b)
                or (region_a and region_b and region_a != region_b))


#: The countries and territories of UN M49's region 419, Latin America and the
#: Caribbean, which ``es-419`` names: South America, Central America, the Caribbean.
_LATIN_AMERICA = frozenset((
    "AR", "BO", "BR", "BV", "CL", "CO", "EC", "FK", "GF", "GS", "GY", "PE", "PY", "SR",
    "UY", "VE",  # South America
    "BZ", "CR", "GT", "HN", "MX", "NI", "PA", "SV",  # Central America
    "AG", "AI", "AW", "BB", "BL", "BQ", "BS", "CU", "CW", "DM", "DO", "GD", "GP", "HT",
    "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI"))


def covers(wide: str, narrow: str) -> bool:
    """Whether the region of ``wide`` takes in the region of ``narrow``, one language:
    ``es-419`` (Latin America) covers ``es-MX`` and ``es-AR``; a region covers itself."""
    outer, inner = region(wide), region(narrow)
    return same_language(wide, narrow) and bool(outer) and (
        outer == inner or (outer == "419" and inner in _LATIN_AMERICA))


def region(code: str) -> str:
    """The region subtag of ``code`` (``CA`` of ``fr-CA``, ``fr_ca``, ``fr-Latn-CA``);
    empty when it has none."""
    return _variety(code)[1].upper()


def _variety(code: str) -> tuple[str, str]:
    """The script and region subtags of ``code`` (empty when it has none); a Chinese
    tag's script is the one its region writes when it names none (``zh-TW``: ``hant``,
    :func:`aligner.lang.chinese_tags.chinese_script`)."""
    script = region = ""
    for part in normalize_tag(code).split("-")[1:]:
        if len(part) == 1:  # an extension or private use: no more script or region
            break
        if len(part) == 4 and part.isalpha() and not script:
            script = part
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            region = region or part
    return script or (chinese_script(code) or "").lower(), region


@cache
def languages() -> tuple[str, ...]:
    """Codes of the languages that have a folder of their own, sorted."""
    return tuple(sorted(name for name in subpackages(__name__) if name not in _NOT_LANGUAGES))


@cache
def table() -> dict[str, frozenset[str]]:
    """``languages.tsv``: code -> its facts, for languages without a folder."""
    text = read_data(__name__, _TABLE)
    if text is None:
        raise ConfigError(f"{_TABLE} is missing from {package_dir(__name__)}")
    out: dict[str, frozenset[str]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        code, _, facts = line.partition("\t")
        words = frozenset(facts.split())
        if code != primary(code) or not code or code in out or not words <= TABLE_FACTS:
            raise ConfigError(f"{_TABLE}:{lineno}: expected a new code, a tab and known facts; "
                              f"got {line!r}")
        out[code] = words
    return out


@cache
def get_profile(code: str) -> LanguageProfile:
    """The profile of ``code``'s language (region ignored).

    A language with a folder gets the folder's ``PROFILE``; any other gets
    the generic profile with the facts ``languages.tsv`` gives it, if any.
    """
    key = primary(code)
    if key in languages():
        found = importlib.import_module(f"{__name__}.{key}").PROFILE
        if not isinstance(found, LanguageProfile) or found.code != key:
            raise ConfigError(f"aligner.lang.{key}.PROFILE is not a LanguageProfile for {key!r}")
        return found
    facts = table().get(key, frozenset())
    return LanguageProfile(
        code=key,
        sentence_separator="" if "unspaced_sentences" in facts else " ",
        right_to_left="right_to_left" in facts,
        inverted_marks="inverted_marks" in facts,
        decimal_comma="decimal_comma" in facts,
        space_groups="space_groups" in facts,
        lexical_marks="lexical_marks" in facts,
        reduplicates="reduplicates" in facts,
        solid_compounds="solid_compounds" in facts,
    )


def generic_data(name: str) -> str | None:
    """The text of the shared data file ``name`` (``generic/``), or None if there is none."""
    return read_data(GENERIC_PACKAGE, name)


def join_sentences(sentences: Iterable[str], lang: str) -> str:
    """Join the sentences of one side of an n:m bead into one segment text."""
    return get_profile(lang).join_sentences(sentences)


def sentence_joint(left: str, right: str, lang: str) -> str:
    """What :func:`join_sentences` puts between ``left`` and the next sentence ``right``."""
    return get_profile(lang).sentence_joint(left, right)


def sentence_offsets(sentences: Iterable[str], lang: str) -> list[int]:
    """Where each sentence starts in :func:`join_sentences` of ``sentences``."""
    return get_profile(lang).sentence_offsets(sentences)


__all__ = [
    "ADDED_UNITS_DATA",
    "ARABIC_LATIN_DATA",
    "BOUNDS_DATA",
    "CALENDAR_DATA",
    "CLOCK_DATA",
    "COUNTED_DATA",
    "CYRILLIC_LATIN_DATA",
    "DATA_FILES",
    "FORMS_DATA",
    "GENDERS_DATA",
    "HEADINGS_DATA",
    "NAME_PARTICLES_DATA",
    "NEGATIONS_DATA",
    "NOUN_CAPITALS",
    "NUMBERS_DATA",
    "PERCENT_BASES_DATA",
    "PERSON_NAMES_DATA",
    "PHRASE_EDGES_DATA",
    "PRONOUNS_DATA",
    "QUESTIONS_DATA",
    "RATIO_WORDS_DATA",
    "SEGMENT_DATA",
    "SEPARABLE_DATA",
    "SPACES_DATA",
    "STOPWORDS_DATA",
    "SUFFIXES_DATA",
    "SUSPENDED_DATA",
    "TABLE_FACTS",
    "TITLES_DATA",
    "UNIT_SYMBOLS_DATA",
    "USES_DATA",
    "VERBS_DATA",
    "LanguageProfile",
    "PluralRules",
    "covers",
    "generic_data",
    "get_profile",
    "is_valid_tag",
    "join_sentences",
    "lang_matches",
    "languages",
    "no_plural_rules",
    "normalize_tag",
    "other_variety",
    "primary",
    "region",
    "same_language",
    "sentence_joint",
    "sentence_offsets",
    "suggest_code",
    "table",
    "validate_tag",
]
