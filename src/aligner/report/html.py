"""Render :class:`ReportData` as one self-contained HTML page.

Every piece of document, glossary or file-name text goes through
:func:`~aligner.report.markup.esc`
(``html.escape`` with ``quote=True``) and nothing from the data is ever put
into the script or the style sheet, so the page's Content-Security-Policy can
allow exactly the one inline script and style sheet, by hash, and nothing
else: no request can leave the page.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import importlib.resources
from collections.abc import Sequence

from aligner import __version__
from aligner.align.options import AlignOptions
from aligner.model import Severity, Side, TermStatus
from aligner.report import stats
from aligner.report.data import ReportData
from aligner.report.map import alignment_map
from aligner.report.markup import bead_links, esc, esc_message, esc_text, finding_detail
from aligner.report.rows import rows
from aligner.textutil import count

_SEVERITIES = tuple(sorted(Severity, key=lambda s: -s.rank))  # error, warning, info


@functools.cache
def asset(name: str) -> str:
    """A file shipped with the report (style sheet, script), read once."""
    return importlib.resources.files("aligner.report").joinpath(name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(*, style: str, script: str) -> str:
    """The page's policy: nothing may load; only the given inline style and script run."""
    return (
        "default-src 'none'; "
        f"style-src {_csp_hash(style)}; "
        f"script-src {_csp_hash(script)}; "
        "base-uri 'none'; form-action 'none'"
    )


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


# --------------------------------------------------------------------------- summary


def _units_summary(data: ReportData) -> list[str]:
    """The rows that say what a file's units hold: nothing was aligned here, so no
    share of the characters aligned."""
    names = (f"<code>{esc(data.src_name)}</code>" if data.src_name == data.tgt_name else
             f"<code>{esc(data.src_name)}</code>, <code>{esc(data.tgt_name)}</code>")
    sides = ", ".join(f"{n:,} {what}" for what, n in stats.unit_sides(data.beads) if n)
    return [
        f"<tr><th>Units</th><td>{names} ({esc(data.src_lang)} → {esc(data.tgt_lang)}): "
        f'<span id="unit-count">{count(len(data.beads), "unit")}</span>'
        f"{f' ({sides})' if sides else ''}</td></tr>"
    ]


def _summary(data: ReportData) -> str:
    out = ['<section id="summary"><h2>Summary</h2><table class="kv">']
    if data.of_units:
        out.extend(_units_summary(data))
    cov = {side: stats.coverage(data, side) for side in Side if not data.of_units}
    for label, name, lang, side in (
        ("Source", data.src_name, data.src_lang, Side.SOURCE),
        ("Target", data.tgt_name, data.tgt_lang, Side.TARGET),
    ):
        if side not in cov:
            continue
        c = cov[side]
        out.append(
            f"<tr><th>{label}</th><td><code>{esc(name)}</code> ({esc(lang)}): "
            f"{c.total_sentences:,} sentences, {c.total_chars:,} characters; "
            f"aligned: {c.aligned_sentences:,} sentences, "
            f'<span id="aligned-{side.value}">{_pct(c.aligned_chars, c.total_chars)}</span>'
            f" of the characters{_not_counted(c, side)}</td></tr>"
        )
    if not data.of_units:
        kinds = ", ".join(f"{esc(kind)}: {n:,}" for kind, n in stats.kind_counts(data.beads))
        out.append(f"<tr><th>Units</th><td>{len(data.beads):,} ({kinds or 'none'})</td></tr>")
    if data.has_confidence:
        low = [k for k, b in enumerate(data.beads) if stats.is_low(data, b)]
        aligned = "units with both sides" if data.of_units else "aligned units"
        out.append(
            f"<tr><th>Low confidence</th><td>{len(low):,} {aligned} below "
            f"{data.low_confidence:g}"
            " (marked <span class=\"lowtag\">low</span> in the text)"
            f"{_low_links(low)}</td></tr>"
        )
    elif data.of_units:
        out.append("<tr><th>Confidence</th><td>none: the units were not aligned by the "
                   "tool and carry no score</td></tr>")
    else:
        out.append(
            "<tr><th>Confidence</th><td>none: the sentence pairs were given, "
            "not aligned by the tool</td></tr>"
        )
    out.append(
        f"<tr><th>Glossary</th><td><code>{esc(data.glossary)}</code></td></tr>"
        if data.glossary is not None else
        '<tr><th>Glossary</th><td id="no-glossary">none: term-missing, term-forbidden and '
        "term-inconsistent did not run</td></tr>"
    )
    out.append(f"<tr><th>Findings</th><td>{len(data.findings):,}</td></tr></table>")
    if data.has_confidence:
        out.append("<h3>Confidence distribution</h3>")
        out.append(_histogram(data))
    out.append(_finding_table(data))
    out.append(_provenance(data))
    out.append("</section>")
    return "".join(out)


def _not_counted(c: stats.Coverage, side: Side) -> str:
    """What the share aligned leaves out of two-sided beads (:class:`stats.Coverage`), or
    nothing."""
    parts = [
        f"{count(n, 'sentence')} "
        f'(<span id="{key}-{side.value}">{_pct(chars, c.total_chars)}</span>) {what}'
        for n, chars, key, what in (
            (c.low_sentences, c.low_chars, "low", "in units of low confidence"),
            (c.untranslated_sentences, c.untranslated_chars, "untranslated",
             "that may be untranslated (possible-omission)"))
        if n]
    return f"; not counted as aligned: {', '.join(parts)}" if parts else ""


#: The summary links to this many beads of low confidence at most (the rows mark them all).
LOW_LINKS = 20


def _low_links(low: list[int]) -> str:
    """Links to the first :data:`LOW_LINKS` beads of low confidence, or nothing."""
    if not low:
        return ""
    links = ", ".join(f'<a href="#bead-{k}">{k}</a>' for k in low[:LOW_LINKS])
    more = f" and {len(low) - LOW_LINKS:,} more" if len(low) > LOW_LINKS else ""
    return f': <span id="low-beads">{links}{more}</span>'


def _histogram(data: ReportData) -> str:
    counts = stats.confidence_histogram(data.beads)
    bins = len(counts)
    top = max(counts) or 1
    bar_w, gap, height, left, base = 26, 4, 90, 4, 104
    width = left + bins * (bar_w + gap)
    out = [
        f'<svg id="confidence-histogram" viewBox="0 0 {width} 122" width="{width}" '
        f'height="122" role="img" aria-label="{data.noun.capitalize()}s per confidence bin">'
    ]
    for i, n in enumerate(counts):
        h = round(height * n / top, 1)
        x = left + i * (bar_w + gap)
        lo, hi = i / bins, (i + 1) / bins
        out.append(
            f'<rect class="bar" data-bin="{i}" x="{x}" y="{base - h}" width="{bar_w}" height="{h}">'
            f"<title>{lo:.1f}–{hi:.1f}: {n} {data.noun}s</title></rect>"
            f'<text x="{x + bar_w / 2}" y="{base - h - 3}" text-anchor="middle">{n}</text>'
        )
    thr = left + data.low_confidence * bins * (bar_w + gap)
    out.append(f'<line class="thr" x1="{thr:.1f}" x2="{thr:.1f}" y1="8" y2="{base}"/>')
    out.append(
        f'<text x="{left}" y="118">0</text>'
        f'<text x="{width - 2}" y="118" text-anchor="end">1</text>'
        f'<text x="{width / 2}" y="118" text-anchor="middle">confidence</text></svg>'
    )
    out.append(
        f'<p class="note">Bars: {data.noun}s per 0.1 of confidence; dashed line: the '
        "low-confidence threshold.</p>"
    )
    return "".join(out)


def _finding_table(data: ReportData) -> str:
    rows = stats.finding_counts(data)
    if not rows:
        return "<h3>Findings by code and severity</h3><p>No findings.</p>"
    head = "".join(f'<th class="num">{s.value}</th>' for s in _SEVERITIES)
    out = [
        '<h3>Findings by code and severity</h3><table class="grid" id="finding-counts">'
        f'<thead><tr><th>code</th>{head}<th class="num">total</th></tr></thead><tbody>'
    ]
    for code, by_sev in rows:
        cells = "".join(f'<td class="num">{by_sev[s] or ""}</td>' for s in _SEVERITIES)
        out.append(
            f'<tr data-code="{esc(code)}"><td><code>{esc(code)}</code></td>{cells}'
            f'<td class="num">{sum(by_sev.values())}</td></tr>'
        )
    out.append("</tbody></table>")
    return "".join(out)


_TOOL_KEYS = frozenset({"tool", "check tool", "aligner"})
#: The aligner's tuning parameters (AlignOptions), but the encoder it used.
_ALIGNER_PARAMETERS = frozenset(AlignOptions.__dataclass_fields__) - {"encoder"}


def _provenance(data: ReportData) -> str:
    tool = f"aligner {__version__}"
    out = [
        '<h3>How this report was made</h3><table class="kv" id="settings">'
        f"<tr><th>tool</th><td>{esc(tool)}</td></tr>"
    ]
    # The checks' and the aligner's settings carry the tool too ("tool", "check
    # tool", "aligner"): the row above says it once, unless they name another version.
    shown = {k: v for k, v in data.settings.items()
             if not (k in _TOOL_KEYS and v == tool)}
    # the aligner's tuning (some fifty numbers) is there for the record, folded away
    tuning = {k: v for k, v in shown.items() if k in _ALIGNER_PARAMETERS}
    out.extend(
        f"<tr><th>{esc(key)}</th><td><code>{esc(value)}</code></td></tr>"
        for key, value in shown.items() if key not in tuning
    )
    out.append(
        f"<tr><th>low-confidence threshold</th><td>{data.low_confidence:g}</td></tr>"
        if data.has_confidence
        else "<tr><th>confidence</th><td>not available (the input has no scores)</td></tr>"
    )
    out.append("</table>")
    if tuning:
        out.append(
            f"<details><summary>The aligner's {len(tuning)} parameters</summary>"
            '<table class="kv" id="aligner-parameters">'
            + "".join(f"<tr><th>{esc(k)}</th><td><code>{esc(v)}</code></td></tr>"
                      for k, v in tuning.items())
            + "</table></details>")
    return "".join(out)


# --------------------------------------------------------------------------- findings


def _findings(data: ReportData) -> str:
    out = [f'<section id="findings"><h2>Findings ({len(data.findings)})</h2>']
    if not data.findings:
        out.append("<p>No findings.</p></section>")
        return "".join(out)
    codes = sorted({f.code for f in data.findings})
    present = {f.severity for f in data.findings}
    code_opts = "".join(f'<option value="{esc(c)}">{esc(c)}</option>' for c in codes)
    sev_opts = "".join(
        f'<option value="{s.value}">{s.value}</option>' for s in _SEVERITIES if s in present
    )
    # Hidden until the script runs: without it the controls could do nothing.
    out.append(
        '<div class="controls" id="findings-controls" hidden>'
        '<label>code <select id="filter-code"><option value="">all codes</option>'
        f"{code_opts}</select></label>"
        '<label>severity <select id="filter-severity"><option value="">all severities</option>'
        f'{sev_opts}</select></label><span id="filter-count" class="note"></span></div>'
        '<ol id="findings-list">'
    )
    order = sorted(range(len(data.findings)), key=lambda k: (data.findings[k].unit, k))
    for k in order:
        f = data.findings[k]
        out.append(
            f'<li id="finding-{k}" class="sev-{f.severity.value}" data-finding="{k}" '
            f'data-code="{esc(f.code)}" data-severity="{f.severity.value}">'
            f'<a href="#bead-{f.unit}">{esc(data.name(f.unit))}</a> '
            f'<span class="sev">{f.severity.value}</span> <code>{esc(f.code)}</code> '
            f"{esc_message(f.message)}{finding_detail(f)}</li>"
        )
    out.append("</ol></section>")
    return "".join(out)


# --------------------------------------------------------------------------- terms


def _terms(data: ReportData) -> str:
    rows = stats.term_table(data)
    out = [f'<section id="terms"><h2>Terms ({len(rows)})</h2>']
    if not rows:
        out.append("<p>No glossary term was found.</p></section>")
        return "".join(out)
    noun = data.noun
    out.append(
        '<p class="note">Every glossary term found, with each rendering found in the target, '
        f"how often, and the {noun}s it is in.</p>"
        '<table class="grid" id="term-table"><thead><tr>'
        f"<th>term ({esc(data.src_lang)})</th><th>in source</th>"
        f"<th>renderings ({esc(data.tgt_lang)}) and {noun}s</th></tr></thead><tbody>"
    )
    # a unit's link names it as check does (unit 3 (tu 4)); a bead's number says it all
    titles = ([data.name(b) for b in range(len(data.beads))] if data.of_units else None)
    for row in rows:
        items = []
        for r in row.renderings:
            cls = "m-bad" if r.status is TermStatus.FORBIDDEN else "m-ok"
            status = r.status.value if r.status is not None else "glossary"
            items.append(
                f'<li data-rendering="{esc(r.text)}"><mark class="{cls}">{esc_text(r.text)}</mark> '
                f'×{r.count} <span class="note">{status}</span> {bead_links(r.units, titles)}</li>'
            )
        if row.unrendered_units:
            items.append(
                f'<li data-rendering=""><span class="note">no glossary rendering</span> '
                f"×{len(row.unrendered_units)} {bead_links(row.unrendered_units, titles)}</li>"
            )
        out.append(
            f'<tr data-term="{esc(row.term)}"><td><mark class="m-src">{esc_text(row.term)}</mark>'
            '</td>'
            f'<td class="num">{len(row.source_units)}</td><td><ul>{"".join(items)}</ul></td></tr>'
        )
    out.append("</tbody></table></section>")
    return "".join(out)


# --------------------------------------------------------------------------- page


def _header_names(data: ReportData) -> str:
    if data.of_units and data.src_name == data.tgt_name:  # one file holds both sides
        return (f"<code>{esc(data.src_name)}</code> ({esc(data.src_lang)} → "
                f"{esc(data.tgt_lang)})")
    return (f"<code>{esc(data.src_name)}</code> ({esc(data.src_lang)}) ↔ "
            f"<code>{esc(data.tgt_name)}</code> ({esc(data.tgt_lang)})")


def render_report(data: ReportData) -> str:
    """The whole review report as one HTML document (a pure function of ``data``)."""
    if data.of_units:  # no alignment map: a file's units were not aligned here
        return _render(data, "Translation review",
                       f"{data.src_name} ↔ {data.tgt_name}"
                       if data.src_name != data.tgt_name else data.src_name,
                       (_summary(data),))
    return _render(data, "Alignment review", f"{data.src_name} ↔ {data.tgt_name}",
                   ('<div class="overview">', _summary(data), alignment_map(data), "</div>"))


def _render(data: ReportData, heading: str, names: str, overview: Sequence[str]) -> str:
    style, script = asset("report.css"), asset("report.js")
    title = f"{heading}: {names}"
    nav = (
        '<nav><a href="#summary">Summary</a>'
        + ("" if data.of_units else '<a href="#map">Map</a>') +
        f'<a href="#findings">Findings ({len(data.findings)})</a>'
        '<a href="#terms">Terms</a><a href="#text">Text</a></nav>'
    )
    return "".join(
        (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta http-equiv="Content-Security-Policy" content="'
            f'{esc(content_security_policy(style=style, script=script))}">'
            '<meta name="referrer" content="no-referrer">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="aligner {esc(__version__)}">'
            f"<title>{esc(title)}</title><style>{style}</style></head><body>"
            f'<header><h1>{heading}</h1><p class="docs">{_header_names(data)}'
            f"</p>{nav}</header><main>",
            *overview,
            _findings(data),
            _terms(data),
            rows(data),
            f"</main><script>{script}</script></body></html>\n",
        )
    )
