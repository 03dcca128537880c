"""What every format registry entry is: extensions, and a writer and reader by name.

Formats are imported on first use: an entry names ``"module:function"`` inside
:mod:`aligner.formats`, and :func:`resolve` imports it when it is called for.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

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


F = TypeVar("F")


def output_format(
    path: str | os.PathLike[str], table: dict[F, Spec], what: str, *, fmt: F | None,
    writes: Collection[F], default: F | None = None, unnamed: tuple[str, ...] = (),
    also: Callable[[F, F], bool] = lambda asked, named: False,
) -> F:
    """The format to write ``path`` in, of those a command ``writes``: the one its
    extension names, which must agree with ``fmt`` (the ``--format`` asked for, if
    any; ``also(fmt, named)`` allows a pair that differs).  An extension that names
    another format, or a format not written here, is a :class:`ConfigError`; one that
    names none (or is in ``unnamed``: ``.txt`` promises nothing about what to write
    into it) takes ``fmt``, else ``default``, else is an error listing the extensions.
    """
    name, suffix = os.fspath(path), Path(path).suffix.lower()
    named = None if suffix in unnamed else next(
        (f for f, spec in table.items() if suffix in spec.extensions), None)
    known = ", ".join(ext for f in writes for ext in table[f].extensions if ext not in unnamed)
    if named is None:
        chosen = fmt if fmt is not None else default
        if chosen is None and name == "-":
            formats = ", ".join(str(getattr(f, "value", f)) for f in writes)
            raise ConfigError(f"standard output (-o -) needs --format: one of {formats}")
        if chosen is None:
            raise ConfigError(f"{name}: cannot tell the {what} format from the extension "
                              f"{suffix or '(none)'}; use one of {known}, or --format")
        return chosen
    fmt_value, named_value = getattr(fmt, "value", fmt), getattr(named, "value", named)
    if fmt is not None and fmt is not named and not also(fmt, named):
        raise ConfigError(f"{name}: the extension {suffix} says {named_value}, but --format "
                          f"says {fmt_value}; rename the file or drop --format")
    chosen = fmt if fmt is not None else named
    if chosen not in writes:
        raise ConfigError(f"{name}: the extension {suffix} says {named_value}, which is not "
                          f"written here; use one of {known}")
    return chosen
