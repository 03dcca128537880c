"""The index page of a collection's report: one row per document, the term table.

The same safety rules as the review page (:mod:`aligner.report.html`): every
text from the data goes through :func:`~aligner.report.markup.esc`, links are
relative file names the caller made from document numbers (never a name or
an absolute URL), and the Content-Security-Policy allows the one inline style
sheet by hash and nothing else (the page has no script).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aligner import __version__
from aligner.model import Severity
from aligner.report.html import asset, content_security_policy
from aligner.report.markup import esc, esc_message

_SEVERITIES = tuple(sorted(Severity, key=lambda s: -s.rank))


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One document of the index: counts, and the relative link to its review page."""

    name: str
    src_sentences: int
    tgt_sentences: int
    aligned_share: float  # sentences (both sides) in two-sided beads
    mean_confidence: float | None
    findings: dict[Severity, int]
    link: str | None  # None: the document failed and has no page
    error: str | None = None
    languages: str = ""  # its language pair, "es → fr" (pair_label)


def pair_label(src_lang: str, tgt_lang: str) -> str:
    """A language pair as the report names it: ``es → fr``."""
    return f"{src_lang} → {tgt_lang}"


def render_index(rows: Sequence[IndexRow],
                 terms: Sequence[tuple[str, str, list[tuple[str, int, int, bool]]]],
                 *, title: str, cross: Sequence[tuple[str, str, int, str]] = ()) -> str:
    """The collection's index page.  ``terms``: per language pair (:func:`pair_label`)
    and source term, its renderings with the documents where each is the usual one and
    the units using it; ``cross``: findings across documents as (code, document, unit,
    message)."""
    style = asset("report.css")
    out = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="'
        f'{esc(content_security_policy(style=style, script=""))}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="aligner {esc(__version__)}">'
        f"<title>{esc(title)}</title><style>{style}</style></head><body>"
        f"<header><h1>{esc(title)}</h1>"
        '<nav><a href="#documents">Documents</a><a href="#terms">Terms</a>'
        '<a href="#across">Across documents</a></nav></header><main>',
        '<section id="documents"><h2>Documents</h2><table class="grid findings" id="doc-table">'
        "<thead><tr><th>document</th><th>languages</th><th>sentences (src / tgt)</th>"
        "<th>aligned</th>"
        "<th>mean confidence</th>"
        + "".join(f"<th>{s.value}</th>" for s in _SEVERITIES) + "</tr></thead><tbody>",
    ]
    for r in rows:
        name = (f'<a href="{esc(r.link)}">{esc(r.name)}</a>' if r.link is not None
                else esc(r.name))
        if r.error is not None:
            span = 3 + len(_SEVERITIES)
            out.append(f'<tr class="failed"><td>{name}</td><td>{esc(r.languages)}</td>'
                       f'<td colspan="{span}">failed: {esc(r.error)}</td></tr>')
            continue
        conf = f"{r.mean_confidence:.2f}" if r.mean_confidence is not None else "–"
        out.append(
            f"<tr><td>{name}</td><td>{esc(r.languages)}</td>"
            f"<td>{r.src_sentences:,} / {r.tgt_sentences:,}</td>"
            f"<td>{100 * r.aligned_share:.1f}%</td><td>{conf}</td>"
            + "".join(f"<td>{r.findings.get(s, 0):,}</td>" for s in _SEVERITIES) + "</tr>")
    out.append("</tbody></table></section>")
    out.append('<section id="terms"><h2>Terms across the collection</h2>')
    if not terms:
        out.append("<p>No glossary term was found (or no glossary was given).</p>")
    else:
        out.append('<table class="grid findings" id="term-table"><thead><tr><th>languages</th>'
                   "<th>term</th><th>rendering</th><th>usual in documents</th><th>units</th>"
                   "</tr></thead><tbody>")
        for pair, term, renderings in terms:
            for k, (text, docs, units, forbidden) in enumerate(renderings):
                # each text isolated (bdi), so that an Arabic or Hebrew one does not
                # carry the marks after it into its own direction
                head = (f'<td rowspan="{len(renderings)}">{esc(pair)}</td>'
                        f'<td rowspan="{len(renderings)}"><bdi>{esc(term)}</bdi></td>'
                        if k == 0 else "")
                mark = ' <span class="m-bad">forbidden</span>' if forbidden else ""
                out.append(f"<tr>{head}<td><bdi>{esc(text)}</bdi>{mark}</td><td>{docs:,}</td>"
                           f"<td>{units:,}</td></tr>")
        out.append("</tbody></table>")
    out.append("</section>")
    out.append(f'<section id="across"><h2>Across documents ({len(cross):,})</h2>')
    if cross:
        out.append('<table class="grid findings"><thead><tr><th>code</th><th>document</th>'
                   "<th>unit</th><th>message</th></tr></thead><tbody>")
        out += [f"<tr><td>{esc(c)}</td><td>{esc(d)}</td><td>{u}</td><td>{esc_message(m)}</td></tr>"
                for c, d, u, m in cross]
        out.append("</tbody></table>")
    out.append("</section></main></body></html>\n")
    return "".join(out)
