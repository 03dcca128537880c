"""What commands say of where a document's language came from, or why none did: the tag
in a file's name, its folder's name, its declaration, a country's code in its name.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from aligner.lang.tags import (
    country_codes,
    file_language,
    joined_tags,
    language_names,
    name_language,
)


def folder_said(path: str | os.PathLike[str]) -> str:
    """Where a language taken from the name of a file's folder came from: ``the name of
    its folder (ca/)``, as ``aligner batch`` says of its folders."""
    from pathlib import PurePath

    folder = PurePath(os.fspath(path).replace("\\", "/")).parent.name
    return f"the name of its folder ({folder}/)"


def tag_said(path: str | os.PathLike[str]) -> str:
    """Where a language taken from the tag of a file's name came from, for a message
    that would otherwise name the option as if it had been given: ``the tag in its
    name (y.de.txt)``."""
    from pathlib import Path

    named = Path(path)
    if (file_language(os.fspath(path)) is None
            and not any(name_language(tag) for tag, _ in joined_tags(named.stem))
            and name_language(named.parent.name) is not None):
        return folder_said(path)
    return f"the tag in its name ({named.name})"


def declared_said(where: str) -> str:
    """Where a language taken from what a document declares came from, for the same
    messages as :func:`tag_said`: ``the language declared in it (<html lang="en">)``."""
    return f"the language declared in it ({where})"


def untagged_message(missing: Sequence[tuple[str, str]]) -> str:
    """What a command says of files whose languages it cannot take from their names,
    ``missing`` being ``(path, option)`` for each: ``give --src-lang: the name of
    a.txt has no language tag in it (as chile.es.txt has es)``, the sides named
    together."""
    options = " and ".join(option for _, option in missing)
    names = " and ".join(path for path, _ in missing)
    one = len(missing) == 1
    hints = [hint for path, option in missing if (hint := _country_in_name(path, option))]
    return (f"give {options}: the name{'' if one else 's'} of {names} "
            f"{'has' if one else 'have'} no language tag in {'it' if one else 'them'} "
            "(as chile.es.txt has es)" + "".join(f"; {hint}" for hint in hints))


def _country_in_name(path: str, option: str) -> str | None:
    """The hint for a file name that carries a country's code where a language tag goes
    (``spec_JP.txt``, ``manual.jp.pdf``): ``JP in spec_JP.txt is a country's code;
    Japanese is ja: give --src-lang ja``; None for a name without one."""
    from pathlib import PurePath

    name = PurePath(path.replace("\\", "/")).name
    stem = PurePath(name).stem
    parts = [tag for tag, _ in joined_tags(stem)] + name.split(".")[1:-1]
    for part in parts:
        language = country_codes().get(part.lower())
        if language is not None:
            said = language_names().get(language, (language,))[0]
            return (f"{part} in {name} is a country's code; {said} is {language}: give "
                    f"{option} {language}")
    return None
