"""bold-mismatch and link-order: the bold text and the links of two documents' units.

A unit of two documents (Markdown, HTML, DOCX, ODT, EPUB; a saved alignment of them)
knows which of its text each side sets in bold and where each of its links points
(:attr:`~aligner.model.Formatting`: ``Unit.src_bold``, ``Unit.src_hrefs``).  Exported to
TMX or XLIFF, a bold span is a pair of inline codes, and a unit whose target lost it a
``tag-mismatch``; checked as documents, it had no tags to compare.  Here:

* ``bold-mismatch``: the sides set a different number of spans in bold -- a help
  page's UI label (``Go to **Settings > Account**.`` / ``前往设置 > 账户。``) the
  reader looks for, dropped or added.  A warning, not ``tag-mismatch``'s error: the target is a
  document already, with nothing to rebuild, and a translation may rightly set one
  word fewer in bold.
* ``link-order``: both sides have the same links, pointing to the same places, but in
  another order -- two links swapped between their words (``<a href="/terms">terms</a>
  and <a href="/privacy">privacy policy</a>`` / ``<a href="/privacy">条款</a>和<a
  href="/terms">隐私政策</a>``).  A place in the document and a relative path count
  here (``link-mismatch`` leaves them out, as a translation may rename them): only
  their order is compared, where both sides have the same.  A warning, as ``tag-order``
  is: a translation may rightly turn two linked words round (``the terms and the
  privacy policy`` / ``la política de privacidad y los términos``); an editor looks.

A memory or a pair file says nothing of either (its tags are ``tag-mismatch``'s).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from aligner.check.base import Context, is_blank
from aligner.check.links import link_key
from aligner.lang import primary
from aligner.model import Finding
from aligner.textutil import excerpt


def _spans(texts: tuple[str, ...]) -> list[str]:
    """The bold texts of a side with blank ones left out."""
    return [t.strip() for t in texts if t.strip()]


def _bold(ctx: Context, u: int) -> Iterator[Finding]:
    unit = ctx.units[u]
    src, tgt = _spans(unit.src_bold), _spans(unit.tgt_bold)
    if len(src) == len(tgt):
        return
    if len(src) > len(tgt):
        what = (f"{len(src)} bold in the source, {len(tgt)} in the target: "
                + ", ".join(repr(excerpt(t)) for t in src))
    else:
        what = (f"{len(tgt)} bold in the target, {len(src)} in the source: "
                + ", ".join(repr(excerpt(t)) for t in tgt))
    yield Finding(code="bold-mismatch", severity=ctx.severity("bold-mismatch"), unit=u,
                  message=f"bold text differs: {what}", expected=tuple(src))


def _order(ctx: Context, u: int, langs: tuple[str, ...]) -> Iterator[Finding]:
    unit = ctx.units[u]
    src = [link_key(h, langs) for h in unit.src_hrefs]
    tgt = [link_key(h, langs) for h in unit.tgt_hrefs]
    # a link cut by a sentence's end is two spans of one address: each once, in order
    src, tgt = list(dict.fromkeys(src)), list(dict.fromkeys(tgt))
    if len(src) < 2 or src == tgt or Counter(src) != Counter(tgt):
        return
    shown = (", ".join(dict.fromkeys(unit.src_hrefs)), ", ".join(dict.fromkeys(unit.tgt_hrefs)))
    yield Finding(code="link-order", severity=ctx.severity("link-order"), unit=u,
                  message=f"the same links in another order: {shown[0]} in the source, "
                          f"{shown[1]} in the target (links swapped between their words?)")


def check_formatting_spans(ctx: Context) -> Iterator[Finding]:
    langs = tuple(sorted({primary(ctx.src_lang), primary(ctx.tgt_lang)}))
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.source) or is_blank(unit.target):
            continue
        if unit.src_bold or unit.tgt_bold:
            yield from _bold(ctx, u)
        if len(unit.src_hrefs) > 1:
            yield from _order(ctx, u, langs)
