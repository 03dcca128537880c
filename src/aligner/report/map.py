"""The alignment map of the review page: one point per bead, source position across,
target position up (an alignment of two documents only: a file's units have none)."""

from __future__ import annotations

from collections.abc import Sequence

from aligner.report import stats
from aligner.report.data import ReportData
from aligner.report.markup import esc


def _point_class(data: ReportData, score: float) -> str:
    return f"c{stats.confidence_band(score)}" if data.has_confidence else "cn"


def alignment_map(data: ReportData) -> str:
    """Beads as points, source position across, target position up; null beads on an axis."""
    size, left, bottom, pad = 440, 44, 400, 12
    plot = size - left - pad  # the plot area is a square [left, left+plot] x [bottom-plot, bottom]
    n = len(data.beads)
    radius = max(1.6, min(6.0, 240 / max(n, 1) ** 0.5))

    def px(x: float) -> float:
        return left + x * plot

    def py(y: float) -> float:
        return bottom - y * plot

    out = [
        f'<section id="map"><h2>Alignment map</h2><svg viewBox="0 0 {size} {size}" '
        f'width="{size}" height="{size}" role="img" aria-label="Alignment map: '
        f'{n} units, source position across, target position up">'
        f'<path class="diag" d="M{left} {bottom}L{left + plot} {bottom - plot}"/>'
        f'<path class="axis" d="M{left} {bottom - plot}V{bottom}H{left + plot}"/>'
        f'<text x="{left + plot / 2}" y="{bottom + 30}" text-anchor="middle">'
        f"source ({esc(data.src_lang)}): {len(data.src_sentences):,} sentences →</text>"
        f'<text transform="translate(16 {bottom - plot / 2}) rotate(-90)" text-anchor="middle">'
        f"target ({esc(data.tgt_lang)}): {len(data.tgt_sentences):,} sentences →</text>"
        f'<text x="{left}" y="{bottom + 14}" text-anchor="middle">0</text>'
    ]
    points = stats.map_points(data)
    path = [
        f"{px(p.x):.1f} {py(p.y):.1f}" for p in points if p.x is not None and p.y is not None
    ]
    if len(path) > 1:
        out.append(f'<path class="path" d="M{"L".join(path)}"/>')
    order: Sequence[int] = range(len(points))
    if data.has_confidence:
        # Later points paint over earlier ones: draw the most confident first so
        # that in a dense map the doubtful beads stay visible on top.
        order = sorted(order, key=lambda b: (-data.beads[b].score, b))
    for p, bead in ((points[b], data.beads[b]) for b in order):
        cx = px(p.x) if p.x is not None else left
        cy = py(p.y) if p.y is not None else bottom
        score = f" · {bead.score:.2f}" if data.has_confidence else ""
        out.append(
            f'<a href="#bead-{p.bead}"><circle data-point="{p.bead}" '
            f'class="{_point_class(data, bead.score)}" cx="{cx:.1f}" cy="{cy:.1f}" '
            f'r="{radius:.1f}"><title>unit {p.bead} · {bead.kind}{score}</title></circle></a>'
        )
    out.append("</svg>")
    if data.has_confidence:
        bands = stats.CONFIDENCE_BANDS
        legend = "".join(
            f'<span><i class="c{i}"></i>{i / bands:.1f}–{(i + 1) / bands:.1f}</span>'
            for i in range(bands)
        )
        out.append(f'<p class="legend">Confidence: {legend}</p>')
    out.append(
        '<p class="note">One point per unit; click a point to go to its row. Points off the '
        "dashed diagonal show where the texts run out of step; points on the bottom axis are "
        "source sentences with no target (omissions), on the left axis target sentences with "
        "no source (additions).</p></section>"
    )
    return "".join(out)
