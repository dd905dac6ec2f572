"""Render a :class:`LogReport` as text, CSV, JSON or a self-contained HTML page."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from importlib import resources

import jinja2
from markupsafe import Markup

from smscreen.logs.report import Figures, LogReport, PeriodSummary
from smscreen.logs.svg import stacked_bars, trend_lines

__all__ = ["FORMATS", "duration", "render"]


def duration(seconds: float | None) -> str:
    """``1h 05m``, ``4m 10s``, ``12s``: readable at a glance in a meeting."""
    if seconds is None:
        return "-"
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    if minutes:
        return f"{minutes}m {secs:02d}s"
    return f"{secs}s"


# -- text ---------------------------------------------------------------------------------------------------
def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "  ") -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        out = [cells[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)]
        return (indent + "  ".join(out)).rstrip()

    return [line(headers), *(line(r) for r in rows)]


def _figure_cells(f: Figures) -> list[str]:
    return [
        str(f.visits),
        duration(f.seconds),
        str(f.directed_visits),
        duration(f.directed_seconds),
        str(f.outside_visits),
        duration(f.outside_seconds),
        str(f.users),
    ]


_FIGURE_HEADERS = ["visits", "time", "directed", "dir. time", "outside", "out. time", "users"]


def _period_text(p: PeriodSummary, heading: str) -> list[str]:
    out = [heading]
    if p.by_site:
        out += _table(["platform", *_FIGURE_HEADERS], [[r.label, *_figure_cells(r.figures)] for r in p.by_site])
        out += _table(["role", *_FIGURE_HEADERS], [[r.label, *_figure_cells(r.figures)] for r in p.by_role])
    else:
        out.append("  no visits to social platforms")
    if p.special:
        out.append("  special categories (totals only):")
        out += _table(
            ["category", "visits", "time", "users"],
            [
                [s.label, "suppressed", "-", "-"]
                if s.suppressed
                else [s.label, str(s.visits), duration(s.seconds), str(s.users)]
                for s in p.special
            ],
            indent="    ",
        )
    return out


def render_text(report: LogReport) -> str:
    out = [report.title + (f" - {report.school}" if report.school else "")]
    span = ""
    if report.first_visit and report.last_visit:
        span = f"; visits {report.first_visit:%Y-%m-%d %H:%M} to {report.last_visit:%Y-%m-%d %H:%M}"
    out.append(f"Generated {report.generated_at:%Y-%m-%d %H:%M} UTC; by {report.period}; {report.timezone}{span}")
    if report.reveal is not None:
        out.append(f"IDENTITIES REVEALED on the grounds {report.reveal.grounds!r} (by {report.reveal.by})")
    else:
        out.append("Users are pseudonymised.")
    out += ["", "How this report counts"]
    out += [f"  - {note}" for note in report.method]
    out += ["", "Logs read"]
    for s in report.sources:
        ignored = sum(s.ignored.values())
        out.append(
            f"  {s.path}: {s.format}, {s.lines} lines = {s.requests} requests + {ignored} ignored "
            f"+ {s.malformed_count} malformed"
        )
        out += [f"    line {m.line}: {m.reason}" for m in s.malformed[:20]]
        if s.malformed_count > 20:
            out.append(f"    ... and {s.malformed_count - 20} more malformed lines (see the JSON report)")
    if report.totals is None:
        out += ["", "No visits to social platforms or listed categories."]
        return "\n".join(out) + "\n"
    t = report.totals
    out += ["", *_period_text(t, f"All periods ({t.start} to {t.end})")]
    for p in report.periods:
        out += ["", *_period_text(p, f"{report.period.capitalize()} {p.key} ({p.start} to {p.end})")]
    keys = [p.key for p in report.periods]
    if len(keys) > 1:
        out += ["", "Trends (visits per period; change is the last period against the one before)"]
        rows = [
            [
                tr.label,
                *(str(v) for v in tr.visits),
                f"{tr.change_percent:+g}%" if tr.change_percent is not None else "-",
            ]
            for tr in report.trends
        ]
        out += _table(["platform", *keys, "change"], rows)
    out += ["", f"Top users by time (special categories excluded){'' if report.reveal else ', pseudonymised'}"]
    if report.top_users:
        out += _table(
            ["user", "role", *_FIGURE_HEADERS[:-1], "platforms"],
            [
                [
                    u.user + (f" ({u.person_id})" if u.person_id else ""),
                    u.role,
                    *_figure_cells(u.figures)[:-1],
                    ", ".join(u.top_sites),
                ]
                for u in report.top_users
            ],
        )
    else:
        out.append("  none")
    if report.reveal is not None and report.special_by_user:
        out += ["", "Special-category visits per user (revealed on recorded grounds)"]
        out += _table(
            ["user", "role", "category", "visits", "time"],
            [[s.user, s.role, s.category, str(s.visits), duration(s.seconds)] for s in report.special_by_user],
        )
    return "\n".join(out) + "\n"


# -- CSV ------------------------------------------------------------------------------------------------------
_CSV_HEADER = [
    "section", "period", "period_start", "period_end", "key", "label", "role", "visits", "seconds",
    "directed_visits", "directed_seconds", "outside_visits", "outside_seconds", "users", "suppressed",
]  # fmt: skip


def render_csv(report: LogReport) -> str:
    """One long table: a row per (section, period, key), ready for a spreadsheet pivot."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_CSV_HEADER)

    def figures(section: str, p: PeriodSummary, key: str, label: str, f: Figures, role: str = "") -> None:
        writer.writerow([
            section, p.key, p.start, p.end, key, label, role, f.visits, f.seconds, f.directed_visits,
            f.directed_seconds, f.outside_visits, f.outside_seconds, f.users, "",
        ])  # fmt: skip

    for p in [*([report.totals] if report.totals else []), *report.periods]:
        figures("total", p, "", "", p.total)
        for r in p.by_site:
            figures("platform", p, r.key, r.label, r.figures)
        for r in p.by_role:
            figures("role", p, r.key, r.label, r.figures)
        for s in p.special:
            writer.writerow([
                "special", p.key, p.start, p.end, s.key, s.label, "",
                "" if s.suppressed else s.visits, "" if s.suppressed else s.seconds,
                "", "", "", "", "" if s.suppressed else s.users, "yes" if s.suppressed else "no",
            ])  # fmt: skip
    if report.totals is not None:
        for u in report.top_users:
            figures("user", report.totals, u.user, u.person_id or "", u.figures, u.role)
        for su in report.special_by_user:
            writer.writerow([
                "special-user", report.totals.key, report.totals.start, report.totals.end, su.user, su.category,
                su.role, su.visits, su.seconds, "", "", "", "", "", "no",
            ])  # fmt: skip
    return buffer.getvalue()


# -- JSON -----------------------------------------------------------------------------------------------------
def render_json(report: LogReport) -> str:
    return report.model_dump_json(indent=2) + "\n"


# -- HTML -----------------------------------------------------------------------------------------------------
def render_html(report: LogReport) -> str:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(
            lambda name: (resources.files("smscreen.logs") / "data" / name).read_text(encoding="utf-8")
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["duration"] = duration
    charts: dict[str, Markup] = {}
    if report.totals is not None:
        minutes = [
            (r.label, r.figures.directed_seconds / 60, r.figures.outside_seconds / 60) for r in report.totals.by_site
        ]
        # Markup is safe here: svg.py escapes every piece of text it puts into the SVG.
        charts["sites"] = Markup(
            stacked_bars(
                "Minutes per platform",
                [(label, round(a, 1), round(b, 1)) for label, a, b in minutes],
                legend=("in directed time", "outside directed time"),
                unit=" min",
            )
        )
        charts["roles"] = Markup(
            stacked_bars(
                "Visits per role",
                [(r.label, r.figures.directed_visits, r.figures.outside_visits) for r in report.totals.by_role],
                legend=("in directed time", "outside directed time"),
            )
        )
        keys = [p.key for p in report.periods]
        series = [(t.label, [float(v) for v in t.visits]) for t in report.trends[:7]]
        charts["trend"] = Markup(trend_lines("Visits per period", keys, series))
    return env.get_template("report.html.j2").render(report=report, charts=charts)


Renderer = Callable[[LogReport], str]
FORMATS: dict[str, Renderer] = {"text": render_text, "csv": render_csv, "json": render_json, "html": render_html}


def render(report: LogReport, fmt: str) -> str:
    try:
        return FORMATS[fmt](report)
    except KeyError:
        raise ValueError(f"unknown report format {fmt!r}") from None
