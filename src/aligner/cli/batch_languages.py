"""Where ``aligner batch`` takes each side's language from, when no option gives it, and
what it says when the files' tags speak against the languages taken."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from aligner.errors import ConfigError

if TYPE_CHECKING:
    from aligner.collection.pairing import NamedLanguage


def tag_mismatch(files: Sequence[Path], *sides: tuple[str | None, str, str, str | None]
                 ) -> str | None:
    """When no pair was found: what the files' language tags say against the languages
    used (``(folder, language, option, said)`` per side, ``said`` being where a language
    no option gave came from) -- the files of a folder tagged ``.de`` all, read as
    ``fr`` -- else None."""
    from aligner.lang import same_language
    from aligner.lang.tags import file_language

    said = []
    for folder, lang, option, origin in sides:
        if folder is None:
            continue
        root = Path(folder).resolve()
        tagged = [(Path(f).name, file_language(str(f))) for f in files
                  if Path(f).resolve().is_relative_to(root)]
        tags = Counter(tag for _, tag in tagged)
        tag, n = tags.most_common(1)[0] if tags else (None, 0)
        if tag is not None and n * 2 > len(tagged) and not same_language(tag, lang):
            example = next(name for name, t in tagged if t == tag)
            # "or leave it out" only to an option given: else there is none to leave out
            fix = (f"{lang}: give {option} {tag}, or leave it out" if origin is None
                   else f"{lang}, {origin}: give {option} {tag}")
            said.append(f"the files of {folder} are tagged {tag} (as in {example}), not "
                        f"{fix}")
    return "; ".join(said) or None


def side_language(given: str | None, folder: str | None, held: str | None, option: str,
                  what: str, db: str, mute: str, *, manifest: str | None = None,
                  named: NamedLanguage | None = None) -> tuple[str, str | None]:
    """A side's language: ``given``, else its folder's name when that is a language
    tag -- or, for a ``manifest``, the tag the names of its files of that side agree on
    (``named``) --, else the collection's (``held``); else an error asking for
    ``option`` that ends with ``mute``, why the collection does not say it.  A manifest
    whose names disagree is an error naming the line, collection or not.  With where it
    came from when no option gave it, for the messages that name it (``the name of its
    folder (en/)``, ``the collection's (c.db)``); None: the option."""
    from aligner.lang.tags import name_language, suggest_code

    name = Path(folder).resolve().name if folder else ""
    if given:
        return given, None
    if named is not None:
        if named.lang is not None:
            return named.lang, f"the tags of the file names in {manifest}"
        if named.conflict or held is None:
            end = "" if named.conflict else f", and {mute}"
            raise ConfigError(f"give {option}: {named.problem}{end}", path=manifest,
                              line=named.line or None)
    elif (from_name := name_language(name)) is not None:
        return from_name, f"the name of its folder ({name}/)"
    if held is not None:
        return held, f"the collection's ({db})"
    hint = suggest_code(name)
    where = (f"{what}'s name is no language tag (as es/ is"
             + (f"; {name}: {option} {hint}?" if hint else "") + ")")
    raise ConfigError(f"give {option}: {where}, and {mute}")

