"""tag-mismatch and tag-order: the inline tags of source and target, compared.

A unit read from a TMX knows its inline codes (:class:`~aligner.model.InlineTag`):
a tag is the same on both sides when its kind (opening, closing, standalone)
and its key (the TMX ``x``, else the element and its native code) are.  As in
Xbench and CheckMate, a tag of the source missing from the target or a tag
the source does not have is an error (the target cannot be rebuilt into the
document), and the same tags in another order a warning (word order may move
a bold span; an editor should still look).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from aligner.check.base import Context
from aligner.model import Finding, InlineTag


def _names(tags: tuple[InlineTag, ...]) -> list[tuple[str, str]]:
    return [(tag.kind.value, tag.key) for tag in tags]


def _show(tags: list[tuple[str, str]],
          shown: dict[tuple[str, str], tuple[str, bool]] | None = None) -> str:
    """``key (kind)``, after what names the tag best when there is something: the native
    code the file gave for it (a ``<ph>`` holding ``{0}``, a ``<bpt>`` holding ``<b>``),
    else the placeholder the unit's text shows for it (an XLIFF ``pc id=7`` is ``{1}``
    in the displayed text); a tag written as text (an OmegaT shortcut, ``<b0>``) is
    shown as it is written, alone."""
    shown = shown or {}

    def one(kind: str, key: str) -> str:
        if (kind, key) not in shown:
            return f"{key} ({kind})"
        text, alone = shown[kind, key]
        return text if alone else f"{text} ({key}, {kind})"

    return ", ".join(one(kind, key) for kind, key in tags)


def _placeholders(text: str, tags: tuple[InlineTag, ...]
                  ) -> dict[tuple[str, str], tuple[str, bool]]:
    """What names each tag: its native code (the first tag's, of several with one key),
    else its placeholder as the text writes it; and whether the text writes the code
    itself (a tag written as text)."""
    shown: dict[tuple[str, str], tuple[str, bool]] = {}
    for t in tags:
        written = text[t.start:t.end]
        code = " ".join(t.code.split())
        if code:
            shown.setdefault((t.kind.value, t.key), (code, written == t.code))
        elif written.startswith(("{", "<")):
            shown.setdefault((t.kind.value, t.key), (written, False))
    return shown


def check_tags(ctx: Context) -> Iterator[Finding]:
    for u, unit in enumerate(ctx.units):
        src, tgt = _names(unit.src_tags), _names(unit.tgt_tags)
        if src == tgt:
            continue
        missing = list((Counter(src) - Counter(tgt)).elements())
        extra = list((Counter(tgt) - Counter(src)).elements())
        if missing or extra:
            parts = []
            if missing:
                shown = _placeholders(unit.source, unit.src_tags)
                parts.append(f"missing in the target: {_show(missing, shown)}")
            if extra:
                shown = _placeholders(unit.target, unit.tgt_tags)
                parts.append(f"not in the source: {_show(extra, shown)}")
            first_missing = next((t for t in unit.src_tags
                                  if (t.kind.value, t.key) in missing), None)
            first_extra = next((t for t in unit.tgt_tags if (t.kind.value, t.key) in extra), None)
            yield Finding(
                code="tag-mismatch",
                severity=ctx.severity("tag-mismatch"),
                unit=u,
                message="inline tags differ: " + "; ".join(parts),
                src_span=(first_missing.start, first_missing.end) if first_missing else None,
                tgt_span=(first_extra.start, first_extra.end) if first_extra else None,
            )
        else:
            yield Finding(
                code="tag-order",
                severity=ctx.severity("tag-order"),
                unit=u,
                message="inline tags in another order: source "
                        f"{_show(src, _placeholders(unit.source, unit.src_tags))}; "
                        f"target {_show(tgt, _placeholders(unit.target, unit.tgt_tags))}",
            )
