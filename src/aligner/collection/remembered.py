"""The batch settings a collection remembers (schema 10), and which ones a run uses.

A pair's settings hash counts its glossary, SRX rules, encoder and input format, so a run
that leaves out an option an earlier run gave realigns every pair -- and the next run
that gives it realigns them back.  A team sharing one collection cannot keep every
command line alike, so the collection keeps them: each ``aligner batch`` run stores the
settings it aligns with (``batch_settings``), and a later run that does not give an
option uses the stored one.  An option given is used and stored in its place; the
defaults come back by saying so (``--no-glossary``, ``--no-srx``, ``--encoder auto``,
``--input-format auto``).

A file -- the glossary, the SRX rules -- is remembered by its absolute path and SHA-256.
Gone or changed since, it is not used unasked: a changed glossary realigns every pair
aligned with the old one, which is the command line's to decide, so :func:`resolve`
stops the run and names the options that go on.  ``--encoding`` is not remembered: it
counts only in the hash of a file whose text depends on it
(:func:`~aligner.collection.work.encoding_matters`), so leaving it out realigns nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from aligner.errors import ConfigError

#: The options a collection remembers, in the order they are shown.
OPTIONS = ("glossary", "srx", "encoder", "input-format")
#: Of those, the ones whose value is a file, remembered by path and SHA-256.
FILES = ("glossary", "srx")
#: The value of each when no run gave it: no file, the encoder ``auto``, the reader the
#: extension chooses.
DEFAULTS: dict[str, str | None] = {"glossary": None, "srx": None, "encoder": "auto",
                                   "input-format": None}


@dataclass(frozen=True, slots=True)
class Setting:
    """One option's value: a file's absolute path (with its SHA-256) or the option's
    value; None for none (no glossary, no SRX, the reader by extension)."""

    option: str
    value: str | None
    sha256: str | None = None
    #: When a run stored it (UTC), for the messages; empty for one not stored.
    stored: str = ""

    def shown(self) -> str:
        """As a command line gives it: ``--glossary /w/g.tsv (sha256 1a2b3c4d5e6f)``,
        ``--no-glossary``, ``--encoder use``, ``--input-format auto``."""
        if self.value is None:
            return f"--no-{self.option}" if self.option in FILES else f"--{self.option} auto"
        sha = f" (sha256 {self.sha256[:12]})" if self.sha256 else ""
        return f"--{self.option} {self.value}{sha}"

    def same(self, other: Setting) -> bool:
        """Whether ``other`` aligns as this does: a file of the same bytes is the same
        setting wherever it is (another machine's mount of the team's folder)."""
        if self.sha256 is not None and other.sha256 is not None:
            return self.sha256 == other.sha256
        return (self.value, self.sha256) == (other.value, other.sha256)

    @property
    def default(self) -> bool:
        return self.value == DEFAULTS[self.option]


def remembered(conn: sqlite3.Connection) -> dict[str, Setting]:
    """The settings the collection keeps, by option (none before a run of schema 10)."""
    return {option: Setting(option, value, sha, stored) for option, value, sha, stored in
            conn.execute("SELECT option, value, sha256, stored FROM batch_settings")
            if option in OPTIONS}


def remember(conn: sqlite3.Connection, settings: Iterable[Setting]) -> None:
    """Store ``settings`` in place of those kept, in the caller's transaction; a setting
    unchanged keeps the time it was first stored."""
    for s in settings:
        conn.execute(
            "INSERT INTO batch_settings (option, value, sha256) VALUES (?, ?, ?) "
            "ON CONFLICT (option) DO UPDATE SET value = excluded.value, "
            "sha256 = excluded.sha256, stored = excluded.stored "
            "WHERE value IS NOT excluded.value OR sha256 IS NOT excluded.sha256",
            (s.option, s.value, s.sha256))


def aligned_with_glossary(conn: sqlite3.Connection) -> int:
    """How many pairs were aligned with a glossary's terms (their stored settings say
    so): what an older collection, which remembers no settings, tells of its glossary."""
    return int(conn.execute(
        "SELECT count(*) FROM documents WHERE kind = 'pair' AND status = 'aligned' "
        "AND json_extract(settings, '$.evidence') LIKE '%terms%'").fetchone()[0])


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a run aligns with, and where each setting came from."""

    #: One setting an option (:data:`OPTIONS`), as the run uses and stores them.
    settings: tuple[Setting, ...]
    #: Those taken from the collection that are not the defaults (for the line that
    #: says so).
    taken: tuple[Setting, ...] = ()
    #: Options given that differ from the collection's: (stored, given).
    changed: tuple[tuple[Setting, Setting], ...] = ()

    def value(self, option: str) -> str | None:
        return next(s.value for s in self.settings if s.option == option)


def resolve(given: Mapping[str, Setting], stored: Mapping[str, Setting], *, db: str,
            file_hash: Callable[[str], str | None], glossary_pairs: int = 0) -> Resolved:
    """The settings of a run: those ``given`` on its command line, else the ones
    ``stored`` in the collection ``db``, else the defaults.  ``file_hash`` gives a
    file's SHA-256 now (None: it is gone).  A stored file that is gone or changed, and an
    older collection's pairs aligned with a glossary it never recorded
    (``glossary_pairs`` of them) when no glossary option is given, are a
    :class:`~aligner.errors.ConfigError`: the run would realign them otherwise."""
    used, taken, changed = [], [], []
    for option in OPTIONS:
        was = stored.get(option)
        if option in given:
            now = given[option]
            if was is not None and not was.same(now):
                changed.append((was, now))
        elif was is not None:
            _still_there(was, db, file_hash)
            now = was
            if not now.default:
                taken.append(now)
        else:
            if option == "glossary" and glossary_pairs and not stored:
                raise ConfigError(
                    f"{glossary_pairs} of its pairs were aligned with a glossary, which the "
                    "aligner that aligned them did not record: give --glossary FILE to go "
                    "on with it (the collection remembers it from then on), or "
                    "--no-glossary to realign them without one", path=db)
            now = Setting(option, DEFAULTS[option])
        used.append(now)
    return Resolved(tuple(used), tuple(taken), tuple(changed))


def _still_there(setting: Setting, db: str, file_hash: Callable[[str], str | None]) -> None:
    """Refuse a remembered file that is gone or changed since it was stored."""
    if setting.option not in FILES or setting.value is None:
        return
    option, path = setting.option, setting.value
    when = setting.stored.replace("T", " ").removesuffix("Z")
    sha = file_hash(path)
    if sha is None:
        raise ConfigError(
            f"the collection's --{option} {path} (stored {when} UTC) is gone: give "
            f"--{option} FILE for its new place, or --no-{option} to align without one "
            f"(the pairs aligned with it are then realigned)", path=db)
    if sha != setting.sha256:
        raise ConfigError(
            f"the collection's --{option} {path} changed since a run stored it ({when} UTC; "
            f"sha256 {(setting.sha256 or '')[:12]}, now {sha[:12]}): give --{option} "
            f"{path} to align with it as it is now (the pairs aligned with the old one are "
            f"realigned), or --no-{option}", path=db)
