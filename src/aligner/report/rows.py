"""The text of the review page: one row per bead (or unit of a file), the two sides
side by side.

Each side's cell holds the bead's joined side text exactly (sentences joined
as the language joins them, a paragraph break marked on its separator), with
term matches and finding spans highlighted and the row's findings listed
under it.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from aligner.lang import sentence_joint
from aligner.model import Side, Style, TermMatch, TermStatus
from aligner.report import stats
from aligner.report.data import ReportData, sentence_spans
from aligner.report.markup import dir_attr, esc, esc_message, finding_detail, status_class


@dataclass(frozen=True, slots=True)
class _Highlight:
    """A span of a bead side's joined text to mark, with its CSS classes and title."""

    start: int
    end: int
    classes: tuple[str, ...]
    title: str = ""


# The formatting a reader sees in the document (a title in italics), shown so; a
# link's address and code are the checks' business, not the page's look.
_STYLED = {Style.ITALIC: "f-i", Style.BOLD: "f-b", Style.UNDERLINE: "f-u",
           Style.STRIKE: "f-s", Style.SUPERSCRIPT: "f-sup", Style.SUBSCRIPT: "f-sub"}


def _term_highlight(match: TermMatch, *, flagged: bool, paired: bool = True) -> _Highlight:
    # A source mark needs no title (it shows the term); a target mark names its
    # term.  Kept small: a long document has tens of thousands of these.
    # ``paired``: the bead's source has the target mark's term.  A preferred or
    # allowed rendering without it translates something else, so it is not
    # shown green; a forbidden one stays red (it has its finding).
    if match.side is Side.SOURCE:
        return _Highlight(match.start, match.end, ("m-src", "m-bad") if flagged else ("m-src",))
    if not paired and match.status is not TermStatus.FORBIDDEN:
        return _Highlight(match.start, match.end, ("m-other",),
                          f"{match.term} (not in this source)")
    status = " (allowed)" if match.status is TermStatus.ALLOWED else ""
    return _Highlight(match.start, match.end, (status_class(match),), match.term + status)


def _marked_sentence(text: str, start: int, highlights: Sequence[_Highlight]) -> str:
    """Escape one sentence (at ``start`` of the joined text), wrapping highlights in marks.

    Highlights are clipped to the sentence.  Where they overlap, the text is cut
    at every highlight edge and each piece gets one flat ``<mark>`` with the
    classes and titles of all the highlights covering it: no nesting, no
    highlight lost, and the text itself untouched.
    """
    end = start + len(text)
    inside = [h for h in highlights if max(h.start, start) < min(h.end, end)]
    if not inside:
        return esc(text)
    edges = {max(h.start, start) for h in inside} | {min(h.end, end) for h in inside}
    cuts = sorted(edges | {start, end})
    out = []
    for a, b in itertools.pairwise(cuts):
        piece = esc(text[a - start : b - start])
        covering = [h for h in inside if h.start <= a and b <= h.end]
        if not covering:
            out.append(piece)
            continue
        classes = " ".join(dict.fromkeys(c for h in covering for c in h.classes))
        title = "; ".join(dict.fromkeys(h.title for h in covering if h.title))
        title_attr = f' title="{esc(title)}"' if title else ""
        out.append(f'<mark class="{classes}"{title_attr}>{piece}</mark>')
    return "".join(out)


def _cell(
    data: ReportData,
    side: Side,
    indices: tuple[int, ...],
    highlights: Sequence[_Highlight],
) -> str:
    sentences = data.src_sentences if side is Side.SOURCE else data.tgt_sentences
    starts = data.src_paragraph_starts if side is Side.SOURCE else data.tgt_paragraph_starts
    lang = data.src_lang if side is Side.SOURCE else data.tgt_lang
    cls = "s" if side is Side.SOURCE else "t"
    if not indices:
        what = "target" if side is Side.TARGET else "source"
        empty = f"empty {what}" if data.of_units else f"no {what} sentence"
        return f'<div class="{cls} gap">{empty}</div>'
    parts = []
    spans = sentence_spans(sentences, indices, lang)
    formatting = data.src_formatting if side is Side.SOURCE else data.tgt_formatting
    for n, (i, (a, _)) in enumerate(zip(indices, spans, strict=True)):
        sep = esc(sentence_joint(sentences[indices[n - 1]], sentences[i], lang)) if n else ""
        if n and i in starts:
            # The separator keeps the cell's text equal to the joined side text.
            parts.append(f'<span class="pb" title="paragraph break">{sep}</span>')
        elif n:
            # a sentence boundary inside the bead: the editor marks it (editor.css)
            parts.append(f'<span class="sb">{sep}</span>')
        styled = [_Highlight(a + f.start, a + f.end, (_STYLED[f.style],))
                  for f in (formatting[i] if i < len(formatting) else ()) if f.style in _STYLED]
        parts.append(_marked_sentence(sentences[i], a, [*highlights, *styled]))
    return f'<div class="{cls}" lang="{esc(lang)}"{dir_attr(lang)}>{"".join(parts)}</div>'


def by_bead(data: ReportData
            ) -> tuple[dict[int, list[int]], dict[tuple[int, Side], list[TermMatch]]]:
    """The findings (their indices) and the term matches of each bead."""
    findings_by_bead: dict[int, list[int]] = defaultdict(list)
    for k, f in enumerate(data.findings):
        findings_by_bead[f.unit].append(k)
    matches_by_bead: dict[tuple[int, Side], list[TermMatch]] = defaultdict(list)
    for m in data.term_matches:
        matches_by_bead[m.unit, m.side].append(m)
    return findings_by_bead, matches_by_bead


def bead_cells(data: ReportData, b: int, finding_ids: Sequence[int],
               matches: dict[tuple[int, Side], list[TermMatch]]) -> tuple[str, str]:
    """The escaped HTML of bead ``b``'s source and target cells, terms and findings marked.

    ``finding_ids`` are the bead's findings (indices into ``data.findings``),
    ``matches`` the term matches by bead and side (:func:`by_bead`).
    """
    bead = data.beads[b]
    # A source term is shown as a violation where a finding of this bead names it.
    flagged_terms = {data.findings[k].source_term for k in finding_ids}
    src_matches = matches.get((b, Side.SOURCE), [])
    src_terms = {m.term for m in src_matches}
    src_h = [_term_highlight(m, flagged=m.term in flagged_terms) for m in src_matches]
    tgt_h = [_term_highlight(m, flagged=False, paired=m.term in src_terms)
             for m in matches.get((b, Side.TARGET), [])]
    for k in finding_ids:
        f = data.findings[k]
        if f.src_span is not None:
            src_h.append(_Highlight(*f.src_span, ("m-f",), f.code))
        if f.tgt_span is not None:
            tgt_h.append(_Highlight(*f.tgt_span, ("m-f",), f.code))
    return (_cell(data, Side.SOURCE, bead.src, src_h), _cell(data, Side.TARGET, bead.tgt, tgt_h))


def rows(data: ReportData) -> str:
    findings_by_bead, matches_by_bead = by_bead(data)

    out = [
        '<section id="text"><h2>Text</h2><div class="controls" id="rows-controls" hidden>'
        f'<label><input type="checkbox" id="filter-flagged"> show only {data.noun}s with '
        "findings or low confidence</label></div>"
        f'<div class="rows-head"><div>{data.noun}</div><div>{esc(data.src_lang)}: '
        f"{esc(data.src_name)}</div><div>{esc(data.tgt_lang)}: {esc(data.tgt_name)}</div></div>"
        '<div id="rows">'
    ]
    for b, bead in enumerate(data.beads):
        ks = findings_by_bead.get(b, [])
        low = stats.is_low(data, bead)
        cls = ["r"]
        if (bead.src and bead.src[0] in data.src_paragraph_starts) or (
            bead.tgt and bead.tgt[0] in data.tgt_paragraph_starts
        ):
            cls.append("p")
        if data.has_confidence:
            cls.append(f"b{stats.confidence_band(bead.score)}")
        if low:
            cls.append("lo")
        if low or ks:
            cls.append("flag")
        # a unit of a file is named by its label (tu 4), as check names it; its kind
        # (1-1, 1-0) says no more than its cells
        label = data.unit_labels[b] if data.unit_labels is not None else bead.kind
        info = [f'<a href="#bead-{b}">{b}</a>']
        if label:
            info.append(f"<span>{esc(label)}</span>")
        if b < len(data.cue_labels) and data.cue_labels[b]:
            info.append(f'<span class="cue">{esc(data.cue_labels[b])}</span>')
        if data.has_confidence:
            info.append(f"<span>{bead.score:.2f}</span>")
        if low:
            info.append('<span class="lowtag">low confidence</span>')
        src_cell, tgt_cell = bead_cells(data, b, ks, matches_by_bead)
        out.append(
            f'<div class="{" ".join(cls)}" id="bead-{b}" data-bead="{b}">'
            f'<div class="n">{"".join(info)}</div>' + src_cell + tgt_cell
        )
        if ks:
            out.append('<ul class="rf">')
            for k in ks:
                f = data.findings[k]
                out.append(
                    f'<li class="sev-{f.severity.value}" data-row-finding="{k}" '
                    f'data-code="{esc(f.code)}" data-severity="{f.severity.value}">'
                    f'<a class="sev" href="#finding-{k}">{f.severity.value}</a> '
                    f"<code>{esc(f.code)}</code> {esc_message(f.message)}{finding_detail(f)}</li>"
                )
            out.append("</ul>")
        out.append("</div>")
    out.append("</div></section>")
    return "".join(out)
