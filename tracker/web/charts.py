"""Small charts drawn on the server as SVG: no script, readable without JavaScript."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Point:
    day: dt.date
    row: str  # the outlet
    label: str  # shown on hover
    href: str


def timeline_svg(points: list[Point], *, width: int = 760, row_height: int = 26) -> Markup:
    """Dates across, one row per outlet; each mention a dot linking to its quotation."""
    if not points:
        return Markup('<p class="meta">No dated mentions.</p>')
    rows = sorted({p.row for p in points})
    first, last = min(p.day for p in points), max(p.day for p in points)
    span = max(1, (last - first).days)
    left, right, top = 150, 20, 10
    height = top + row_height * len(rows) + 30
    inner = width - left - right

    def x(day: dt.date) -> float:
        if first == last:
            return left + inner / 2
        return left + inner * (day - first).days / span

    parts = [
        f'<svg class="timeline" role="img" viewBox="0 0 {width} {height}" '
        f'width="100%" aria-label="Mentions by date and outlet, {first} to {last}">'
    ]
    for i, row in enumerate(rows):
        y = top + row_height * i + row_height / 2
        parts.append(
            f'<text x="{left - 8}" y="{y + 4:.0f}" text-anchor="end" class="row-label">'
            f"{escape(row[:24])}</text>"
            f'<line x1="{left}" x2="{width - right}" y1="{y:.0f}" y2="{y:.0f}" class="grid"/>'
        )
    axis_y = top + row_height * len(rows) + 4
    parts.append(
        f'<line x1="{left}" x2="{width - right}" y1="{axis_y}" y2="{axis_y}" class="axis"/>'
    )
    for day in sorted({first, last}):
        parts.append(
            f'<text x="{x(day):.0f}" y="{axis_y + 18}" text-anchor="middle" '
            f'class="tick">{day}</text>'
        )
    for p in points:
        y = top + row_height * rows.index(p.row) + row_height / 2
        parts.append(
            f'<a href="{escape(p.href)}"><circle cx="{x(p.day):.1f}" cy="{y:.0f}" r="6" '
            f'class="dot"><title>{escape(p.day.isoformat())} · {escape(p.row)}: '
            f"{escape(p.label[:160])}</title></circle></a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
