"""What every format registry entry is: extensions, and a writer and reader by name.

Formats are imported on first use: an entry names ``"module:function"`` inside
:mod:`aligner.formats`, and :func:`resolve` imports it when it is called for.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from aligner.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Spec:
    extensions: tuple[str, ...]
    writer: str | None  # "module:function", imported on first use
    loader: str | None


def resolve(target: str) -> Callable[..., Any]:
    module, _, attr = target.partition(":")
    found = getattr(importlib.import_module(f"aligner.formats.{module}"), attr)
    return cast(Callable[..., Any], found)


def by_extension(path: str | os.PathLike[str], table: dict[Any, Spec], what: str) -> Any:
    suffix = Path(path).suffix.lower()
    for fmt, spec in table.items():
        if suffix in spec.extensions:
            return fmt
    known = ", ".join(ext for spec in table.values() for ext in spec.extensions)
    raise ConfigError(
        f"{os.fspath(path)}: cannot tell the {what} format from the extension "
        f"{suffix or '(none)'}; use one of {known}"
    )
