"""JSON i18n bundles read in pairs (never written): an application's strings by key.

A bundle is a JSON object of strings, nested as deep as it likes (i18next, vue-i18n,
react-intl, ngx-translate: ``{"sync": {"error": "Sync failed."}}``), one file per
language (``en.json``, ``es-MX.json``).  Two bundles -- the source language's and a
translation's -- pair by key path into units named by it (``sync.error``); a key of
the source alone is a unit with an empty target (not translated), a key of the
target alone one with an empty source.  An array of strings is read item by item
(``steps.0``, ``steps.1``).  Chrome's ``messages.json`` (every key an object with
a ``message``) pairs its messages, their ``description`` a note.

Refused, each with a message naming the key: a value that is no string, object or
array (a number, ``true``, ``null``: no text to translate), and a file whose top is
no object.  A saved alignment (``aligner align --format json``) is told apart by its
``beads``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

from aligner.errors import FormatError
from aligner.fileio import read_text
from aligner.formats.units import TranslationUnit, UnitFile

#: how ``check`` names a unit of two bundles: its key path
PROP_BUNDLE_KEY = "x-bundle-key"


def is_saved_alignment(data: Any) -> bool:
    """Whether parsed JSON is a saved alignment (it has ``beads``) rather than a bundle."""
    return isinstance(data, dict) and "beads" in data


def is_bundle(path: str | os.PathLike[str]) -> bool:
    """Whether the JSON file ``path`` is an i18n bundle: an object, not a saved
    alignment (malformed JSON is an error naming the line)."""
    from aligner.formats.alignment_json import parse_json

    name = os.fspath(path)
    data = parse_json(read_text(name), path=name)
    return isinstance(data, dict) and not is_saved_alignment(data)


def bundle_strings(path: str | os.PathLike[str]) -> dict[str, tuple[str, str]]:
    """The strings of a bundle by key path, in the file's order, each with its note
    (a Chrome message's ``description``; ``""`` else)."""
    from aligner.formats.alignment_json import parse_json

    name = os.fspath(path)
    data = parse_json(read_text(name), path=name)
    if not isinstance(data, dict) or is_saved_alignment(data):
        raise FormatError("not an i18n bundle: expected an object of strings by key "
                          "(nested objects of strings)", path=name)
    if data and all(isinstance(v, dict) and isinstance(v.get("message"), str)
                    for v in data.values()):  # Chrome's messages.json
        return {key: (v["message"], str(v.get("description", ""))) for key, v in data.items()}
    return {key: (text, "") for key, text in _leaves(data, "", name)}


def _leaves(value: Any, prefix: str, name: str) -> Iterator[tuple[str, str]]:
    items = (value.items() if isinstance(value, dict)
             else ((str(i), v) for i, v in enumerate(value)))
    for key, item in items:
        path = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(item, str):
            yield path, item
        elif isinstance(item, dict | list):
            yield from _leaves(item, path, name)
        else:
            what = ("null" if item is None else "a boolean" if isinstance(item, bool)
                    else "a number" if isinstance(item, int | float) else "a value")
            raise FormatError(f"{path}: {what} ({json.dumps(item)}), not a string: an i18n "
                              "bundle holds "
                              "strings (nested objects of strings, arrays of strings)",
                              path=name)


def load_bundles(src: str | os.PathLike[str], tgt: str | os.PathLike[str], *,
                 src_lang: str, tgt_lang: str) -> UnitFile:
    """The units of two bundles paired by key path (the module docstring): the
    source's keys in its order, then the target's own."""
    source, target = bundle_strings(src), bundle_strings(tgt)
    keys = [*source, *(k for k in target if k not in source)]
    units = []
    for index, key in enumerate(keys):
        src_text, src_note = source.get(key, ("", ""))
        tgt_text, _ = target.get(key, ("", ""))
        units.append(TranslationUnit(src_text, tgt_text, props={PROP_BUNDLE_KEY: key},
                                     notes=(src_note,) if src_note else (), index=index,
                                     unit_id=key))
    return UnitFile(tuple(units), src_lang, tgt_lang, name=os.fspath(tgt))
