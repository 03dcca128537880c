"""The decimal sign of a language tag, its region's where that differs (lang/separators.py)."""

from __future__ import annotations

import pytest

from aligner.lang.separators import decimal_comma, own_sign, writes_both


@pytest.mark.parametrize(("code", "comma", "own", "both"), [
    ("es", True, True, False),
    ("es-ES", True, True, False),
    ("es-AR", True, True, False),
    ("es-MX", False, False, False),
    ("es_mx", False, False, False),
    ("es-GT", False, False, False),
    ("es-DO", False, False, False),
    ("es-US", False, False, False),
    ("es-419", True, False, True),
    ("de-CH", False, False, False),
    ("de-DE", True, True, False),
    ("en", False, True, False),
    ("en-US", False, True, False),
    ("en-ZA", False, False, True),
    ("pt-BR", True, True, False),
])
def test_the_decimal_sign_is_the_regions(code: str, comma: bool, own: bool,
                                         both: bool) -> None:
    assert (decimal_comma(code), own_sign(code), writes_both(code)) == (comma, own, both)
