"""The C kernel's parameter slots and bead kinds are the Python ones (kernel_slots.py).

``_dpc.c`` cannot import Python constants, so it spells them again: an ``enum`` of
``P_*`` slots ending in ``N_PARAMS``, and the bead-kind table as two arrays ``KA``
(source counts) and ``KB`` (target counts) of length ``N_KINDS``.  These tests read
them from the C source, so a slot or kind added on one side only fails here, before
the kernels silently read each other's parameters.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aligner.align import kernel_slots

C_SOURCE = Path(kernel_slots.__file__).with_name("_dpc.c")


def _c_code() -> str:
    """The C source without comments (a commented-out slot is no slot)."""
    text = C_SOURCE.read_text(encoding="utf-8")
    return re.sub(r"/\*.*?\*/|//[^\n]*", " ", text, flags=re.DOTALL)


def c_enum_slots(code: str) -> dict[str, int]:
    """Names and values of the enum that holds ``N_PARAMS`` (C's implicit numbering:
    each name is one more than the one before unless it says ``= value``)."""
    enums = [body for body in re.findall(r"\benum\s*\w*\s*\{(.*?)\}", code, flags=re.DOTALL)
             if re.search(r"\bN_PARAMS\b", body)]
    assert len(enums) == 1, "expected one enum holding N_PARAMS in _dpc.c"
    slots: dict[str, int] = {}
    value = -1
    for item in (x.strip() for x in enums[0].split(",")):
        if not item:
            continue
        name, _, explicit = (part.strip() for part in item.partition("="))
        value = int(explicit, 0) if explicit else value + 1
        assert name not in slots, f"{name} twice in the enum"
        slots[name] = value
    return slots


def c_int_define(code: str, name: str) -> int:
    found = re.findall(rf"#define\s+{name}\s+\(?\s*(-?\d+)\s*\)?", code)
    assert len(found) == 1, f"expected one #define {name} in _dpc.c"
    return int(found[0])


def c_int_array(code: str, name: str) -> list[int]:
    found = re.findall(rf"\b{name}\s*\[[^\]]*\]\s*=\s*\{{([^}}]*)\}}", code)
    assert len(found) == 1, f"expected one array {name} in _dpc.c"
    return [int(x) for x in found[0].split(",") if x.strip()]


def python_slots() -> dict[str, int]:
    return {name: value for name, value in vars(kernel_slots).items()
            if name.startswith("P_") or name == "N_PARAMS"}


def test_c_enum_has_the_python_parameter_slots() -> None:
    c, py = c_enum_slots(_c_code()), python_slots()
    assert sorted(c.items(), key=lambda kv: kv[1]) == sorted(py.items(), key=lambda kv: kv[1])


def test_slots_number_the_params_vector_densely() -> None:
    py = python_slots()
    slots = sorted(v for k, v in py.items() if k != "N_PARAMS")
    assert slots == list(range(py["N_PARAMS"]))


def test_c_bead_kinds_are_the_python_kinds() -> None:
    code = _c_code()
    kinds = kernel_slots.KINDS.tolist()
    assert c_int_define(code, "N_KINDS") == len(kinds)
    assert c_int_array(code, "KA") == [a for a, _ in kinds]
    assert c_int_array(code, "KB") == [b for _, b in kinds]
    # the C kernel keeps REACH + 1 rows of path costs: the largest move must fit
    assert c_int_define(code, "REACH") == kernel_slots.REACH == int(kernel_slots.KINDS.max())
    assert c_int_define(code, "NO_MOVE") == kernel_slots.NO_MOVE
    # the per-bead statistics the kernels write and the callers allocate
    assert c_int_define(code, "N_STATS") == kernel_slots.N_STATS


def test_c_line_marks_are_the_python_marks() -> None:
    code = _c_code()
    names = [n for n in vars(kernel_slots) if n.startswith("MARK_") and n != "MARK_NONE"]
    assert len(names) == 4
    for name in names:
        assert c_int_define(code, name) == getattr(kernel_slots, name), name
    assert kernel_slots.MARK_NONE == 0  # C reads a side's end as 0: no mark


@pytest.mark.parametrize(("enum_body", "expected"), [
    ("P_A, P_B, N_PARAMS", {"P_A": 0, "P_B": 1, "N_PARAMS": 2}),
    ("P_A = 3, P_B, N_PARAMS", {"P_A": 3, "P_B": 4, "N_PARAMS": 5}),
    ("\n  P_A,\n  P_B, /* gone */ N_PARAMS,\n", {"P_A": 0, "P_B": 1, "N_PARAMS": 2}),
])
def test_the_enum_reader_numbers_like_c(enum_body: str, expected: dict[str, int]) -> None:
    code = re.sub(r"/\*.*?\*/", " ", f"enum {{ {enum_body} }};", flags=re.DOTALL)
    assert c_enum_slots(code) == expected


def test_a_slot_on_one_side_only_is_caught() -> None:
    code = _c_code().replace("N_PARAMS\n", "P_EXTRA, N_PARAMS\n", 1)
    assert "P_EXTRA" in c_enum_slots(code)
    assert c_enum_slots(code) != python_slots()
