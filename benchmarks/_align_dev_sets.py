"""Where the alignment DEV sets live (beside the repository, never in it) and the
language pair of each: shared by the benchmarks that read them."""

from __future__ import annotations

from pathlib import Path

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "align"
SETS = {"textberg_defr": ("de", "fr"), "opusbooks_enes": ("en", "es"),
        "parice_enis": ("en", "is"), "mac_zhen": ("zh", "en")}
