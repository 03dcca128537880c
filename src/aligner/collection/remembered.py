"""The batch settings a collection remembers for each language pair (schema 11), and which
ones a run uses.

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

Each language pair keeps its own settings (``batch_settings.src_lang``/``tgt_lang``): an
``es -> fr`` run given ``--glossary fr.tsv`` leaves the ``es -> en`` pair's glossary as it
was.  A pair is found as the documents' pairs are (:func:`pair_key`): ``es-ES -> en-US``
uses the settings of ``es -> en``.  One multilingual glossary (a TBX of ``es``, ``en`` and
``fr``) serves every pair it has terms of, given to each pair's first run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from aligner.collection.language_pairs import Pair, same_pair
from aligner.errors import ConfigError
from aligner.lang.tags import normalize_tag

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


def all_remembered(conn: sqlite3.Connection) -> dict[Pair, dict[str, Setting]]:
    """The settings the collection keeps, by language pair (as stored) and option, the
    pair stored last first; none before a run of schema 10."""
    out: dict[Pair, dict[str, Setting]] = {}
    for src, tgt, option, value, sha, stored in conn.execute(
            "SELECT src_lang, tgt_lang, option, value, sha256, stored FROM batch_settings "
            "ORDER BY (SELECT max(b.stored) FROM batch_settings b WHERE b.src_lang = "
            "batch_settings.src_lang AND b.tgt_lang = batch_settings.tgt_lang) DESC, "
            "src_lang, tgt_lang"):
        if option in OPTIONS:
            out.setdefault((src, tgt), {})[option] = Setting(option, value, sha, stored)
    return out


def pair_key(held: Iterable[Pair], pair: Pair) -> Pair:
    """The pair of ``held`` (the pairs the collection keeps settings of) whose settings a
    run of ``pair`` uses and stores: the same tags (in any case), else one it is
    :func:`~.language_pairs.same_pair` with (the first: stored last), else ``pair``."""
    held = list(held)
    same = [p for p in held if same_pair(p, pair)]
    exact = [p for p in same if (normalize_tag(p[0]), normalize_tag(p[1]))
             == (normalize_tag(pair[0]), normalize_tag(pair[1]))]
    return (exact or same or [pair])[0]


def remembered(conn: sqlite3.Connection, pair: Pair) -> dict[str, Setting]:
    """The settings the collection keeps for ``pair`` (:func:`pair_key`), by option."""
    kept = all_remembered(conn)
    return kept.get(pair_key(kept, pair), {})


def remember(conn: sqlite3.Connection, pair: Pair, settings: Iterable[Setting]) -> None:
    """Store ``settings`` as those of ``pair`` (as :func:`pair_key` names it) in place of
    those kept, in the caller's transaction; a setting unchanged keeps the time it was
    first stored."""
    src, tgt = pair_key(all_remembered(conn), pair)
    for s in settings:
        conn.execute(
            "INSERT INTO batch_settings (src_lang, tgt_lang, option, value, sha256) "
            "VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (src_lang, tgt_lang, option) DO UPDATE SET value = excluded.value, "
            "sha256 = excluded.sha256, stored = excluded.stored "
            "WHERE value IS NOT excluded.value OR sha256 IS NOT excluded.sha256",
            (src, tgt, s.option, s.value, s.sha256))


def forget_if_empty(conn: sqlite3.Connection, pair: Pair) -> bool:
    """Remove the settings of ``pair`` (as :func:`pair_key` names it) when the collection
    holds no document of that language pair -- a run refused for every one of its
    documents (another pair's document of the same name) stored none, and the settings it
    remembered first are of nothing -- in the caller's transaction; whether it did."""
    src, tgt = pair_key(all_remembered(conn), pair)
    if any(same_pair((s, t), (src, tgt)) for s, t in conn.execute(
            "SELECT DISTINCT src_lang, tgt_lang FROM documents")):
        return False
    conn.execute("DELETE FROM batch_settings WHERE src_lang = ? AND tgt_lang = ?", (src, tgt))
    return True


def with_glossary(conn: sqlite3.Connection) -> list[Pair]:
    """The languages of each document pair aligned with a glossary's terms (its stored
    settings say so): what an older collection, which remembers no settings, tells of
    its glossary."""
    return [(s, t) for s, t in conn.execute(
        "SELECT src_lang, tgt_lang FROM documents WHERE kind = 'pair' AND status = 'aligned' "
        "AND json_extract(settings, '$.evidence') LIKE '%terms%'")]


def aligned_with_glossary(conn: sqlite3.Connection, pair: Pair | None = None) -> int:
    """How many document pairs (of the language ``pair``, when given) were aligned with
    a glossary's terms (:func:`with_glossary`)."""
    return sum(pair is None or same_pair(p, pair) for p in with_glossary(conn))


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
            file_hash: Callable[[str], str | None], glossary_pairs: int = 0,
            pair: Pair | None = None) -> Resolved:
    """The settings of a run: those ``given`` on its command line, else the ones
    ``stored`` in the collection ``db``, else the defaults.  ``file_hash`` gives a
    file's SHA-256 now (None: it is gone).  A stored file that is gone or changed, and an
    older collection's pairs aligned with a glossary it never recorded
    (``glossary_pairs`` of them) when no glossary option is given, are a
    :class:`~aligner.errors.ConfigError`: the run would realign them otherwise.  ``pair``:
    the language pair they are the settings of, which the messages name."""
    used, taken, changed = [], [], []
    for option in OPTIONS:
        was = stored.get(option)
        if option in given:
            now = given[option]
            if was is not None and not was.same(now):
                changed.append((was, now))
        elif was is not None:
            _still_there(was, db, file_hash, pair)
            now = was
            if not now.default:
                taken.append(now)
        else:
            if option == "glossary" and glossary_pairs and not stored:
                of = f" {pair[0]} -> {pair[1]}" if pair is not None else ""
                raise ConfigError(
                    f"{glossary_pairs} of its{of} pairs were aligned with a glossary, which the "
                    "aligner that aligned them did not record: give --glossary FILE to go "
                    "on with it (the collection remembers it from then on), or "
                    "--no-glossary to realign them without one", path=db)
            now = Setting(option, DEFAULTS[option])
        used.append(now)
    return Resolved(tuple(used), tuple(taken), tuple(changed))


def _still_there(setting: Setting, db: str, file_hash: Callable[[str], str | None],
                 pair: Pair | None) -> None:
    """Refuse a remembered file that is gone or changed since it was stored."""
    if setting.option not in FILES or setting.value is None:
        return
    option, path = setting.option, setting.value
    of = f" for {pair[0]} -> {pair[1]}" if pair is not None else ""
    when = setting.stored.replace("T", " ").removesuffix("Z")
    sha = file_hash(path)
    if sha is None:
        raise ConfigError(
            f"the collection's --{option} {path}{of} (stored {when} UTC) is gone: give "
            f"--{option} FILE for its new place, or --no-{option} to align without one "
            f"(the pairs aligned with it are then realigned)", path=db)
    if sha != setting.sha256:
        raise ConfigError(
            f"the collection's --{option} {path}{of} changed since a run stored it ({when} UTC; "
            f"sha256 {(setting.sha256 or '')[:12]}, now {sha[:12]}): give --{option} "
            f"{path} to align with it as it is now (the pairs aligned with the old one are "
            f"realigned), or --no-{option}", path=db)
