"""``aligner batch``'s settings: the options given, else the ones the collection
remembers (:mod:`aligner.collection.remembered`), and the lines that say which."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click
from click.core import ParameterSource

from aligner.cli.quiet_option import info
from aligner.cli.terminal import warn
from aligner.collection.language_pairs import Pair, same_pair
from aligner.collection.remembered import Resolved, Setting, pair_key, resolve

if TYPE_CHECKING:
    from aligner.segment.srx import SrxRules


def given_settings(ctx: click.Context, *, glossary: str | None, no_glossary: bool,
                   srx: SrxRules | None, no_srx: bool, encoder: str,
                   input_format: str | None) -> dict[str, Setting]:
    """The remembered options the command line gives, by option (a file by its absolute
    path and SHA-256; ``--no-glossary``, ``--no-srx`` and ``auto`` as None)."""
    given: dict[str, Setting] = {}
    for option, path, none in (("glossary", glossary, no_glossary),
                               ("srx", None if srx is None else srx.path, no_srx)):
        if path is not None and none:
            raise click.UsageError(f"give --{option} or --no-{option}, not both")
        if path is not None:
            given[option] = Setting(option, str(Path(path).resolve()), file_sha(path))
        elif none:
            given[option] = Setting(option, None)
    if ctx.get_parameter_source("encoder") is not ParameterSource.DEFAULT:
        given["encoder"] = Setting("encoder", encoder)
    if input_format is not None:
        given["input-format"] = Setting("input-format",
                                        None if input_format == "auto" else input_format)
    return given


def file_sha(path: str | Path) -> str | None:
    """The SHA-256 of a file's bytes; None when it cannot be read (gone)."""
    from aligner.collection.stored import content_hash

    try:
        return content_hash(Path(path).read_bytes())
    except OSError:
        return None


def pair_settings(given: Mapping[str, Setting], kept: Mapping[Pair, Mapping[str, Setting]],
                  pair: Pair, *, db: str, with_glossary: Sequence[Pair] = ()
                  ) -> tuple[Resolved, Pair]:
    """The settings a run of the language ``pair`` aligns with (those ``given``, else the
    ones the collection ``kept`` for the pair, else the defaults), and the pair it keeps
    them under (:func:`~aligner.collection.remembered.pair_key`); ``with_glossary``: the
    languages of each document aligned with a glossary's terms."""
    key = pair_key(kept, pair)
    if key not in kept and "glossary" not in given:
        shared = shared_glossary(kept, pair)
        if shared is not None:
            other, setting = shared
            info(f"aligner: {pair[0]} -> {pair[1]}: aligning with the glossary of "
                 f"{other[0]} -> {other[1]}, {setting.value}, which has {pair[0]} -> "
                 f"{pair[1]} terms too (remembered for {pair[0]} -> {pair[1]} from now on; "
                 "--no-glossary to align without one)")
            given = {**given, "glossary": setting}
    resolved = resolve(given, kept.get(key, {}), db=db, file_hash=file_sha, pair=key,
                       glossary_pairs=sum(same_pair(p, pair) for p in with_glossary))
    return resolved, key


def shared_glossary(kept: Mapping[Pair, Mapping[str, Setting]], pair: Pair
                    ) -> tuple[Pair, Setting] | None:
    """For a language ``pair`` the collection keeps no settings of, the glossary another
    pair of the same source language keeps, when it has terms of ``pair`` too -- a TBX
    or TSV of several languages: ``es -> en``'s serves ``es -> fr`` -- and its file is
    still there as it was stored (else it is no one's but its pair's).  A glossary read
    the other way round is none: ``en -> es`` does not take ``es -> en``'s, whose
    forbidden renderings it would lose; nor is one of another region of a side
    (``en -> pt-BR``'s for ``en-GB -> pt-PT``: a pt-BR term, ``bula``, is no pt-PT one,
    and the correct ``folheto`` would be an error) -- ``--glossary`` gives it all the
    same, with the warning of one pair of files."""
    from aligner.errors import AlignerError
    from aligner.lang import lang_matches
    from aligner.pipeline import load_glossary_file

    for other, settings in kept.items():
        setting = settings.get("glossary")
        if (setting is None or setting.value is None or not lang_matches(pair[0], other[0])
                or file_sha(setting.value) != setting.sha256):
            continue
        try:
            loaded = load_glossary_file(setting.value, src_lang=pair[0], tgt_lang=pair[1])
        except AlignerError:
            continue  # of another pair
        if (loaded is not None and loaded.entries and lang_matches(pair[0], loaded.src_lang)
                and lang_matches(pair[1], loaded.tgt_lang)):
            return other, Setting("glossary", setting.value, setting.sha256)
    return None


def tell(resolved: Resolved, pair: Pair, *, aligned: bool,
         kept: Mapping[Pair, Mapping[str, Setting]] = {}) -> None:
    """Say which settings come from the collection's for the language ``pair``, which
    given ones replace them (``aligned``: it holds documents of the pair they may
    realign), and, for a pair of no settings yet, those the other pairs ``kept`` that
    this run does not use."""
    of = f"{pair[0]} -> {pair[1]}"
    if resolved.taken:
        info(f"aligner: using the collection's settings for {of}: "
             + ", ".join(s.shown() for s in resolved.taken))
    if aligned:
        for was, now in resolved.changed:
            warn(f"{now.shown()} replaces the collection's {was.shown()} for {of} and is its "
                 f"setting from now on: the {of} documents aligned otherwise are realigned "
                 "(its other language pairs keep theirs; leave the option out to go on "
                 "with the collection's)")
    if pair_key(kept, pair) in kept:
        return
    others = [(p, [s for s in settings.values() if not s.default and not any(
        s.same(u) for u in resolved.settings if u.option == s.option)])
        for p, settings in kept.items()]
    shown = "; ".join(f"{s} -> {t}: " + ", ".join(x.shown() for x in unused)
                      for (s, t), unused in others if unused)
    if shown:
        info(f"aligner: the collection remembers no settings for {of} yet (each language "
             f"pair keeps its own; {shown}): aligning with the options given and the "
             f"defaults, which it remembers for {of} once a document of it is stored")


def unfit_pairs(glossary: str | None, pairs: Sequence[tuple[str, str]], encoding: str
                ) -> list[tuple[str, str]]:
    """The language pairs of a run of several that the glossary given is not for (a
    mixed manifest's es -> en glossary: its en -> es, fr -> es rows), as ``check`` leaves a
    glossary out for such pairs; none when it is for none of them, nor for a run of one
    pair: the glossary's own error then says whose it is."""
    from aligner.errors import GlossaryPairError
    from aligner.pipeline import load_glossary_file

    if glossary is None or len(pairs) < 2:
        return []
    unfit = []
    for src, tgt in pairs:
        try:
            load_glossary_file(glossary, src_lang=src, tgt_lang=tgt, encoding=encoding,
                               warn=lambda _: None)  # its warnings: when it is read
        except GlossaryPairError:
            unfit.append((src, tgt))
    return unfit if len(unfit) < len(pairs) else []
