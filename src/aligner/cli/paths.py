"""Files a command reads, checked as click parses the command line."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from aligner.errors import ConfigError, InputError

if TYPE_CHECKING:  # the pipeline is imported by the commands that read documents
    from aligner.pipeline.languages import TakenLanguage


class ExistingPath(click.Path):
    """A file (or, with ``dir_okay``, a folder) that must exist.  A missing one is
    a one-line error naming it, as the readers give (``aligner: error: a.txt: no
    such file``, exit code 2), not click's usage message."""

    def __init__(self, *, dir_okay: bool = False) -> None:
        super().__init__(dir_okay=dir_okay)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None
                ) -> Any:
        path = Path(value)
        if not path.exists():
            raise InputError("no such file or folder" if self.dir_okay else "no such file",
                             path=os.fspath(value))
        if not self.dir_okay and path.is_dir():
            raise InputError("is a directory, expected a file", path=os.fspath(value))
        return super().convert(value, param, ctx)


def language_of(given: str | None, path: str, option: str, *,
                input_format: str | None = None, encoding: str = "utf-8"
                ) -> tuple[str, TakenLanguage]:
    """A command's language for the file ``path``: ``given`` (the option), else the
    language tag in the file's name (``chile-73.es.txt``), else the language the
    document declares (:func:`aligner.pipeline.languages.take_language`); else a
    one-line error asking for ``option``.  With where it came from."""
    langs, taken = languages_of((given, path, option), input_format=input_format,
                                encoding=encoding)
    return langs[0], taken[0]


def languages_of(*sides: tuple[str | None, str, str], input_format: str | None = None,
                 encoding: str = "utf-8") -> tuple[list[str], list[TakenLanguage]]:
    """:func:`language_of` for each ``(given, path, option)`` (two files: the tags of
    :func:`~aligner.lang.tags.file_languages`, which reads each name beside the other);
    the sides whose language is missing are named together in one error."""
    from aligner.lang.said import untagged_message
    from aligner.lang.tags import file_languages
    from aligner.pipeline.languages import take_language

    # two files read each other's names: Bericht_DE.txt and Bericht_EN.txt, as batch does
    tags: list[str | None] = (list(file_languages(sides[0][1], sides[1][1]))
                              if len(sides) == 2 else [None] * len(sides))
    taken = [take_language(given, path, input_format=input_format, encoding=encoding, tag=tag)
             for (given, path, _), tag in zip(sides, tags, strict=True)]
    missing = [(path, option) for (_, path, option), t in zip(sides, taken, strict=True)
               if t.lang is None]
    if missing:
        raise ConfigError(untagged_message(missing))
    langs = [t.lang for t in taken if t.lang is not None]
    warn_codes(*langs)
    return langs, taken


def language_options(src_lang: str | None, tgt_lang: str | None) -> None:
    """A command's ``--src-lang``/``--tgt-lang``: refused when they name no language
    (:func:`~aligner.lang.tags.validate_langs`), warned about when they are seldom the
    language meant (:func:`warn_codes`)."""
    from aligner.lang.tags import validate_langs

    validate_langs(src_lang, tgt_lang)
    warn_codes(src_lang, tgt_lang)


def warn_codes(*codes: str | None) -> None:
    """A warning for each code that is a country code written for another language
    (``kr is Kanuri; Korean is ko``): accepted, since it is a language's code too."""
    from aligner.cli.terminal import warn
    from aligner.lang.tags import code_warnings

    for note in code_warnings(*codes):
        warn(note)
