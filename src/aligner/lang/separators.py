"""The decimal sign a language tag writes, its region's where that differs from its language's.

A language's profile says whether it writes a decimal comma (``decimal_comma``: Spanish
``1.250.000,00``, English ``1,250,000.00``); some regions write the other sign
(:data:`POINT_REGIONS`: Mexico, Central America, the Dominican Republic and Puerto Rico,
the United States' Spanish, Switzerland and Liechtenstein), and some write both
(:data:`BOTH_REGIONS`): ``419``, Latin America as a whole (Argentina ``1.250,00``, Mexico
``1,250.00``), and South Africa, whose standard is the comma and whose common use the
point.  Every reader of numbers asks
:func:`decimal_comma` with the tag as given, so ``es-MX`` reads ``$2,500.00`` as 2500
and ``es-ES`` or a bare ``es`` as Spain writes it.
"""

from __future__ import annotations

from functools import cache

from aligner.lang import get_profile, region

#: The regions that write a decimal point where their language elsewhere writes a comma
#: (es-MX, de-CH, ...), upper case as :func:`aligner.lang.region` gives them.
POINT_REGIONS = frozenset({"CH", "LI", "MX", "GT", "HN", "NI", "SV", "PA", "DO", "PR", "US"})
#: The regions that write both signs: Latin America (es-419), country by country;
#: South Africa (en-ZA), by standard and by use.
BOTH_REGIONS = frozenset({"419", "ZA"})


@cache
def decimal_comma(code: str) -> bool:
    """Whether ``code`` writes ``1,5`` for one and a half: its region's sign where the
    region writes the point where its language writes a comma (``es-MX``, ``de-CH``),
    else its language's (``es``, ``es-ES``, ``es-419``: a comma; ``en-ZA``: a point)."""
    comma = get_profile(code).decimal_comma
    return comma and region(code) not in POINT_REGIONS


def own_sign(code: str) -> bool:
    """Whether ``code`` writes the decimal sign its language does: a bare language, or a
    region that writes that sign and no other (``es-ES``, ``en-US``; not ``es-MX``,
    ``es-419``, ``en-ZA``)."""
    return decimal_comma(code) == get_profile(code).decimal_comma and not writes_both(code)


def writes_both(code: str) -> bool:
    """Whether the region of ``code`` writes either sign (``es-419``, ``en-ZA``): which
    one a number with one sign before three digits uses (``1,250``, ``1.250``) is open."""
    return region(code) in BOTH_REGIONS
