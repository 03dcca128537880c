"""Units of measure after a number (check/measure_units.py)."""

from __future__ import annotations

import pytest

from aligner.check.measure_units import (
    percent_bases,
    percent_key,
    unit_after,
    unit_scales,
    unit_symbols,
)


def test_unit_symbols_data_file() -> None:
    symbols = unit_symbols()
    assert {"mg", "km", "ml", "°C", "kWh"} <= symbols
    assert all(" " not in s for s in symbols)


@pytest.mark.parametrize(("text", "found"), [
    # the number (0.5, 2.5, 4.2; 37.5) ends at 3 (4), and the unit, or none, follows
    ("0.5 mg", True), ("2.5mg", True), ("37.5 °C", True), ("0.5 %", True),
    ("0.5 mgs", False), ("4.2 of the text", False),
])
def test_a_unit_right_after_a_number(text: str, found: bool) -> None:
    end = 4 if text.startswith("37.5") else 3
    assert bool(unit_after().match(text, end)) is found


@pytest.mark.parametrize(("text", "found"), [
    # s38 walk 3 item 1: Japanese, Chinese and Korean write the next word onto the unit
    ("0.5mmの", True), ("0.5mm的", True), ("0.5mm의", True), ("0.5 mmである", True),
    ("0.5cmカ", True),
    # a letter of a script that spaces its words still makes the unit part of a word
    ("0.5mmx", False), ("0.5 mé", False), ("0.5 mΩ", False),
])
def test_a_unit_ends_before_a_glued_word(text: str, found: bool) -> None:
    assert bool(unit_after().match(text, 3)) is found


def test_unit_scales_of_the_data_file() -> None:
    scales = unit_scales()
    assert scales["mg"] == ("mass", 0.001) and scales["µg"] == ("mass", 1e-6)
    assert scales["ml"] == scales["mL"] == scales["cm³"]
    assert "°C" not in scales and "°F" not in scales  # no factor turns one into the other
    assert set(scales) <= unit_symbols()


def test_percent_bases_data_file() -> None:
    bases = percent_bases()
    assert bases[percent_key("wt.%")] == bases[percent_key("Gew.-%")] == "mass"
    assert bases[percent_key("重量％")] == bases[percent_key("% by weight")] == "mass"
    assert bases[percent_key("Vol.-%")] == bases[percent_key("体積%")] == "volume"
    assert bases[percent_key("mol%")] == "mole" and bases[percent_key("at.%")] == "atom"
    assert "%" not in bases  # a plain percentage states no basis
