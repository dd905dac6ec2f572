"""Small inline SVG charts for the HTML report: no script, no network, readable without colour."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

__all__ = ["stacked_bars", "trend_lines"]

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
_FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def stacked_bars(
    title: str, rows: Sequence[tuple[str, float, float]], *, legend: tuple[str, str], unit: str = ""
) -> str:
    """Horizontal bars of two stacked parts each (e.g. in and out of directed time)."""
    if not rows:
        return ""
    label_width, bar_width, row_height, top = 170, 420, 22, 40
    height = top + row_height * len(rows) + 20
    peak = max((a + b for _, a, b in rows), default=0.0) or 1.0
    parts = [
        f'<svg role="img" aria-label="{escape(title)}" '
        f'viewBox="0 0 {label_width + bar_width + 90} {height}" width="100%" {_FONT}>',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="14" font-weight="bold">{escape(title)}</text>',
    ]
    for i, name in enumerate(legend):
        x = label_width + i * 150
        parts.append(f'<rect x="{x}" y="22" width="10" height="10" fill="{PALETTE[i]}"/>')
        parts.append(f'<text x="{x + 14}" y="31">{escape(name)}</text>')
    for i, (label, first, second) in enumerate(rows):
        y = top + i * row_height
        w1 = bar_width * first / peak
        w2 = bar_width * second / peak
        parts.append(f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end">{escape(label)}</text>')
        parts.append(
            f'<rect x="{label_width}" y="{y + 3}" width="{w1:.1f}" height="{row_height - 6}" fill="{PALETTE[0]}">'
            f"<title>{escape(label)}: {escape(legend[0])} {first:g}{unit}</title></rect>"
        )
        parts.append(
            f'<rect x="{label_width + w1:.1f}" y="{y + 3}" width="{w2:.1f}" height="{row_height - 6}" '
            f'fill="{PALETTE[1]}"><title>{escape(label)}: {escape(legend[1])} {second:g}{unit}</title></rect>'
        )
        parts.append(f'<text x="{label_width + w1 + w2 + 4:.1f}" y="{y + 14}">{first + second:g}{unit}</text>')
    parts.append("</svg>")
    return "".join(parts)


def trend_lines(title: str, periods: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]) -> str:
    """One line per series across the periods, with a legend; dots carry the values as tooltips."""
    if not periods or not series:
        return ""
    left, width, top, plot_height = 50, 520, 30, 200
    legend_top = top + plot_height + 40
    height = legend_top + 18 * len(series) + 10
    peak = max((max(values, default=0.0) for _, values in series), default=0.0) or 1.0
    step = width / max(len(periods) - 1, 1)

    def point(i: int, value: float) -> tuple[float, float]:
        return left + i * step, top + plot_height - plot_height * value / peak

    parts = [
        f'<svg role="img" aria-label="{escape(title)}" '
        f'viewBox="0 0 {left + width + 60} {height}" width="100%" {_FONT}>',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="14" font-weight="bold">{escape(title)}</text>',
        f'<line x1="{left}" y1="{top + plot_height}" x2="{left + width}" y2="{top + plot_height}" stroke="#888"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_height}" stroke="#888"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end">{peak:g}</text>',
        f'<text x="{left - 6}" y="{top + plot_height}" text-anchor="end">0</text>',
    ]
    label_every = max(1, len(periods) // 8)
    for i, key in enumerate(periods):
        if i % label_every == 0 or i == len(periods) - 1:
            x, _ = point(i, 0)
            parts.append(f'<text x="{x:.1f}" y="{top + plot_height + 16}" text-anchor="middle">{escape(key)}</text>')
    for n, (name, values) in enumerate(series):
        colour = PALETTE[n % len(PALETTE)]
        dash = "" if n < len(PALETTE) else ' stroke-dasharray="4 3"'
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, v) for i, v in enumerate(values)))
        parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>')
        for i, value in enumerate(values):
            x, y = point(i, value)
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}">'
                f"<title>{escape(name)} {escape(periods[i])}: {value:g}</title></circle>"
            )
        y = legend_top + 18 * n
        parts.append(f'<rect x="{left}" y="{y - 9}" width="10" height="10" fill="{colour}"/>')
        parts.append(f'<text x="{left + 14}" y="{y}">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
