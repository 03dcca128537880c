"""The language a collection's document side is read in: the bare tag it was stored
under (a folder's name) refined by the region its document declared (``aligner batch``
keeps it in the settings).  Apart from :mod:`aligner.pipeline.languages`, which brings
the whole pipeline, so that ``list`` and ``export`` read it without the aligner."""

from __future__ import annotations

from collections.abc import Mapping

from aligner.lang import same_language

#: The settings key of a side's declared language when it refines the bare one a
#: folder's name or a collection gave (``aligner batch``): ``src_declared``, ``tgt_declared``.
DECLARED_KEY = "{}_declared"


def refines(lang: str, declared: str) -> bool:
    """Whether ``declared`` is ``lang`` (bare) with a region or script: ``en-US`` of ``en``."""
    return bare(lang) and declared.lower().startswith(lang.lower() + "-")


def checked_language(stored: str, settings: Mapping[str, str], side: str,
                     asked: str | None) -> str:
    """The language a collection's document side is checked in: ``asked`` (an option)
    when it is the stored language's with a region (a bare one only chooses the
    documents), else the region its document declared for a bare stored one
    (:func:`aligner.pipeline.languages.refined_by_declarations`), else the stored one."""
    if asked and not bare(asked) and same_language(asked, stored):
        return asked
    declared = settings.get(DECLARED_KEY.format(side))
    return declared if declared and refines(stored, declared) else stored


def bare(tag: str) -> bool:
    """Whether a language tag is a language alone (``pt``, not ``pt-PT``)."""
    return "-" not in tag and "_" not in tag
