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


def _show(tags: list[tuple[str, str]], shown: dict[tuple[str, str], str] | None = None) -> str:
    """``key (kind)``, after the placeholder the unit's text shows for it (``{1}``)
    when there is one: an XLIFF code ``id=7`` is ``{1}`` in the displayed text; an
    OmegaT shortcut written as text (``<b0>``) is shown as it is written."""
    shown = shown or {}
    return ", ".join(shown[kind, key] if shown.get((kind, key), "").startswith("<")
                     else f"{shown[kind, key]} ({key}, {kind})" if (kind, key) in shown
                     else f"{key} ({kind})" for kind, key in tags)


def _placeholders(text: str, tags: tuple[InlineTag, ...]) -> dict[tuple[str, str], str]:
    return {(t.kind.value, t.key): text[t.start:t.end] for t in tags
            if text[t.start:t.end].startswith(("{", "<"))}


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
