"""The TMX publisher's options, ``--creator``, ``--created`` and ``--prop``, defined
once for every command that writes a TMX (``aligner export``, ``aligner align``), and
:func:`creation_date_from_env`, the date every command that writes a TMX or XLIFF
(``export``, ``align``, ``run``) puts in its header."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

import click

from aligner.errors import ConfigError

if TYPE_CHECKING:
    from aligner.formats import TmxMeta

F = TypeVar("F", bound=Callable[..., object])


def creation_date_from_env() -> datetime | None:
    """``SOURCE_DATE_EPOCH`` (reproducible builds) fixes the date written in headers;
    None (now) when it is not set.  Every command that writes a TMX or XLIFF header
    passes this on as its ``creation_date``, read before it writes anything (a bad
    value: :class:`ConfigError`, nothing written)."""
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if not value:
        return None
    try:
        return datetime.fromtimestamp(int(value), tz=UTC)
    except (ValueError, OverflowError, OSError):
        raise ConfigError(f"SOURCE_DATE_EPOCH={value!r} is not a Unix timestamp") from None


def parse_date(value: str) -> datetime:
    """An ISO 8601 date or time (``2025-11-25``, ``2025-11-25T18:30:00+01:00``,
    ``20251125T183000Z``); one without a zone is UTC."""
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date or time",
                                 param_hint="'--created'") from None
    when = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    try:
        when.astimezone(UTC)  # written in UTC: 0001-01-01T00:00+14:00 is before year 1
    except OverflowError:
        raise click.BadParameter(f"{value!r} is out of range in UTC (years 1 to 9999)",
                                 param_hint="'--created'") from None
    return when


def parse_prop(value: str) -> tuple[str, str]:
    ptype, sep, text = value.partition("=")
    if not sep or not ptype.strip():
        raise click.BadParameter(f"{value!r} is not TYPE=VALUE", param_hint="'--prop'")
    return ptype.strip(), text


def tmx_meta_options(command: F) -> F:
    """Add ``--creator``, ``--created`` and ``--prop`` (parameters ``creator``,
    ``created``, ``props``; :func:`tmx_meta` makes them a :class:`TmxMeta`)."""
    options = (
        click.option("--creator", default=None, metavar="NAME",
                     help="TMX: who made the memory; written as creationid on the header and "
                          "on every new <tu> (units kept from a TMX keep theirs)."),
        click.option("--created", default=None, metavar="DATE",
                     help="The creation date (ISO 8601; UTC if no zone is given), written as "
                          "YYYYMMDDThhmmssZ in the header's creationdate (instead of now or "
                          "SOURCE_DATE_EPOCH) and, in TMX, on every new <tu>."),
        click.option("--prop", "props", multiple=True, metavar="TYPE=VALUE",
                     help="TMX: a header <prop type=TYPE>VALUE</prop> (a document-wide "
                          "property; a prop of that type already there gets this value); "
                          "repeatable. Types of your own should start with x-."),
    )
    for option in reversed(options):
        command = option(command)
    return command


def tmx_meta(creator: str | None, created: str | None, props: tuple[str, ...]) -> TmxMeta:
    """The options of :func:`tmx_meta_options` as the writers take them."""
    from aligner.formats import TmxMeta

    return TmxMeta(creator=creator, created=parse_date(created) if created else None,
                   props=tuple(parse_prop(p) for p in props))
