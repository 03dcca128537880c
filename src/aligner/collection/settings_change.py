"""What changed in the settings of a pair ``aligner batch`` realigned with unchanged files.

A stored document keeps the settings hash it was aligned with
(:meth:`~aligner.collection.work.BatchSettings.pair_digest`) and the alignment's own
settings (``documents.settings``: aligner's version, the encoder used, whether a
glossary's terms were used), not the glossary's entries, the SRX rules, ``--input-format``
or ``--encoding``.  :func:`settings_change` first looks for a change of the settings of
this run that gives the stored hash back -- another ``--encoder``, another version, and
leaving out each of ``--glossary``, ``--srx``, ``--input-format`` and ``--encoding``
given now -- which tells exactly what changed; else it says what the stored settings
show and names what cannot be told.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from itertools import product

from aligner.align.encoder import ENCODERS
from aligner.collection.work import BatchSettings

#: What a run's record does not keep: a change of them is named, not shown.
UNTOLD = "--glossary (given or remembered), --srx, --input-format or --encoding"


def settings_change(settings: BatchSettings, src: bytes, tgt: bytes, stored_hash: str,
                    stored: Mapping[str, str]) -> str | None:
    """What differs between the settings a document was aligned with (its stored
    settings hash and ``stored`` settings) and those of this run, for the files ``src``
    and ``tgt``: ``--encoder (none -> auto)``, ``--srx (given now, not before)``, ...;
    None when no change of this run's settings gives the stored hash back."""
    version = str(stored.get("aligner", "")).removeprefix("aligner ")
    for variant in _variants(settings, version):
        if variant.pair_digest(src, tgt) == stored_hash:
            return ", ".join(_differences(variant, settings))
    return None


def stored_change(stored: Mapping[str, str], used: Mapping[str, str]) -> str:
    """What the stored settings of a document tell of what changed, when
    :func:`settings_change` could not say: ``used`` are those it was realigned with."""
    shown = [_stored_difference(key, stored.get(key), used.get(key))
             for key in ("encoder", "aligner", "evidence") if stored.get(key) != used.get(key)]
    if not shown:
        return f"one of {UNTOLD}, which the stored settings do not record"
    # a glossary given on one side only: its entries are no more in question
    rest = ("--srx, --input-format or --encoding" if stored.get("evidence") != used.get("evidence")
            else UNTOLD)
    return ", ".join(shown) + f", and perhaps {rest}, which the stored settings do not record"


def _variants(settings: BatchSettings, version: str) -> Iterator[BatchSettings]:
    """The settings of this run with each thing it may have changed put back, the
    fewest changes first."""
    encoders = [settings.options.encoder,
                *(e for e in ENCODERS if e != settings.options.encoder)]
    versions = [settings.version] + ([version] if version not in ("", settings.version)
                                     else [])
    glossaries = [settings.glossary] + ([None] if settings.glossary is not None else [])
    rules = [settings.srx] + ([None] if settings.srx is not None else [])
    formats = [settings.input_format] + ([None] if settings.input_format is not None else [])
    encodings = [settings.encoding] + (["utf-8"] if settings.encoding != "utf-8" else [])
    combos = product(enumerate(encoders), enumerate(versions), enumerate(glossaries),
                     enumerate(rules), enumerate(formats), enumerate(encodings))
    for combo in sorted(combos, key=lambda c: sum(i != 0 for i, _ in c))[1:]:
        (_, encoder), (_, made_by), (_, glossary), (_, srx), (_, input_format), \
            (_, encoding) = combo
        yield replace(settings, options=replace(settings.options, encoder=encoder),
                      version=made_by, glossary=glossary, srx=srx,
                      input_format=input_format, encoding=encoding)


def _differences(before: BatchSettings, now: BatchSettings) -> Iterator[str]:
    if before.options.encoder != now.options.encoder:
        yield f"--encoder ({before.options.encoder} -> {now.options.encoder})"
    if before.version != now.version:
        yield f"aligner's version ({before.version} -> {now.version})"
    for option, was, new in (("--glossary", before.glossary, now.glossary),
                             ("--srx", before.srx, now.srx)):
        if was != new:
            yield f"{option} (given now, not before)"
    if before.input_format != now.input_format:
        yield f"--input-format (none -> {now.input_format})"
    if before.encoding != now.encoding:
        yield f"--encoding ({before.encoding} -> {now.encoding})"


def _stored_difference(key: str, was: str | None, new: str | None) -> str:
    if key == "encoder":
        return f"the encoder used ({was} -> {new})"
    if key == "aligner":
        return f"aligner's version ({was} -> {new})"
    given = "given now, not before" if was == "none" else "given before, not now"
    return f"--glossary ({given})"
