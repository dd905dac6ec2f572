"""``smscreen logs ...``: ingest, report, purge and hold, for the policy's monitoring section.

Exit codes: 0 done (malformed log lines are reported, not fatal), 2 usage, profile or input error.
Files kept beside a store ``X.duckdb``: ``X.secret`` (pseudonym key, 0600), ``X.audit.jsonl`` (identity
reveals), ``X.receipts.jsonl`` (purges). Reports straight from log files use ``smscreen-logs.*`` in the
current directory instead, unless ``--secret-file`` / ``--audit-log`` say otherwise.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import click
import duckdb

from smscreen.errors import InputError, SmscreenError
from smscreen.logs.analyse import report_from_store
from smscreen.logs.audit import append_record, current_user, now_utc
from smscreen.logs.csvmap import load_csv_columns
from smscreen.logs.formats import available_formats
from smscreen.logs.model import FileSummary, ParseOptions
from smscreen.logs.platforms import DomainMap
from smscreen.logs.pseudonym import Pseudonymiser, load_secret
from smscreen.logs.render import FORMATS, render
from smscreen.logs.report import PERIODS, PeriodKind, ReportOptions, Reveal
from smscreen.logs.store import Store
from smscreen.logs.visits import VisitRules
from smscreen.profile import SchoolProfile, load_profile

__all__ = ["logs"]

P = ParamSpec("P")
R = TypeVar("R")

_SHOWN_MALFORMED = 20
_DEFAULT_STATE = "smscreen-logs"


def _fail_cleanly(func: Callable[P, R]) -> Callable[P, R]:
    """Known errors become ``error: ...`` on stderr and exit 2, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
        except SmscreenError as exc:
            click.echo(f"error: {exc}", err=True)
        except duckdb.Error as exc:
            click.echo(f"error: store: {exc}", err=True)
        except OSError as exc:
            click.echo(f"error: {exc.filename or ''}: {exc.strerror or exc}", err=True)
        raise click.exceptions.Exit(2)

    return wrapper


_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600}


class _Duration(click.ParamType):  # type: ignore[type-arg]  # generic only in click's newest stubs
    """``300``, ``90s``, ``5m``, ``1h``: seconds."""

    name = "duration"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        if isinstance(value, int | float):
            return float(value)
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", str(value))
        if m is None:
            self.fail(f"{value!r} is not a duration like 300, 90s, 5m or 1h", param, ctx)
        return float(m[1]) * _UNITS[m[2]]


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def _named_files(pairs: Sequence[str], option: str) -> list[tuple[str, Path]]:
    out: list[tuple[str, Path]] = []
    for pair in pairs:
        name, sep, path = pair.partition("=")
        if not sep or not name or not path:
            raise click.BadParameter(f"{pair!r} is not NAME=FILE", param_hint=option)
        out.append((name.strip(), Path(path)))
    return out


def _state_file(store: Path | None, suffix: str) -> Path:
    return store.with_suffix(suffix) if store is not None else Path(_DEFAULT_STATE + suffix)


def _parse_options(
    year: int | None, log_timezone: str | None, log_format: str | None, csv_map: Path | None,
    profile: SchoolProfile | None,
) -> ParseOptions:  # fmt: skip
    zone = log_timezone or (profile.directed_time.timezone if profile is not None else "UTC")
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(zone)
    except (ValueError, LookupError):
        raise InputError(f"unknown time zone {zone!r} (--log-timezone)") from None
    return ParseOptions(
        year=year,
        local_timezone=zone,
        log_format=log_format,
        csv_columns=load_csv_columns(csv_map) if csv_map is not None else None,
    )


def _echo_summary(summary: FileSummary) -> None:
    ignored = sum(summary.ignored.values())
    click.echo(
        f"{summary.path}: {summary.format}, {summary.lines} lines = {summary.requests} requests + "
        f"{ignored} ignored + {summary.malformed_count} malformed",
        err=True,
    )
    for problem in summary.malformed[:_SHOWN_MALFORMED]:
        click.echo(f"{summary.path}:{problem.line}: malformed: {problem.reason}", err=True)
    if summary.malformed_count > _SHOWN_MALFORMED:
        click.echo(f"{summary.path}: ... and {summary.malformed_count - _SHOWN_MALFORMED} more", err=True)


def _domains(platforms: Path | None, categories: Sequence[str], special: Sequence[str]) -> DomainMap:
    domains = DomainMap.builtin()
    if platforms is not None:
        domains.load_platform_file(platforms)
    for name, path in _named_files(categories, "--categories"):
        domains.add_list_file(name, path, kind="category")
    for name, path in _named_files(special, "--special"):
        domains.add_list_file(name, path, kind="special")
    return domains


def _secret(secret_file: Path | None, store: Path | None) -> Pseudonymiser:
    source = load_secret(secret_file, _state_file(store, ".secret"))
    if source.created:
        click.echo(
            f"note: created a new pseudonym secret in {source.origin.removeprefix('new file ')} (mode 0600). "
            "Keep it safe and private: pseudonyms in reports and holds depend on it.",
            err=True,
        )
    return Pseudonymiser(source.secret)


def _write_output(text: str, out: Path | None, *, private: bool) -> None:
    if out is None or str(out) == "-":
        click.echo(text, nl=False)
        return
    # A report with identities in it is personal data: readable by its owner only.
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)


# -- shared options ---------------------------------------------------------------------------------------------
def _parse_opts(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--log-format", type=click.Choice(sorted(available_formats())), help="Skip detection."),
        click.option("--year", type=click.IntRange(1990, 2100),
                     help="Year for logs whose times have none (Proxifier); default: the file's modification year."),
        click.option("--log-timezone", metavar="ZONE",
                     help="Zone of log times that carry none (Proxifier, some CSV); default: the school's."),
        click.option("--csv-map", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="YAML column mapping for CSV exports (time:, host:/url:, user:, client:, ...)."),
        click.option("--jobs", type=click.IntRange(1, 64), default=None,
                     help="Worker processes for big logs (default: CPU count, at most 8)."),
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


# -- commands ----------------------------------------------------------------------------------------------------
@click.group(name="logs")
def logs() -> None:
    """Analyse web-monitoring (proxy) logs for social-media use, with privacy, special-category care and
    retention built in (policy: "Monitoring use of social media on school equipment")."""


@logs.command("formats")
def formats_command() -> None:
    """List the log formats that can be read."""
    for name, description in available_formats().items():
        click.echo(f"{name:14} {description}")


@logs.command("ingest")
@click.argument("log_files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--store",
    "store_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="DuckDB file to load into (created if missing).",
)
@click.option(
    "--school", type=click.Path(path_type=Path), help="Profile folder (its time zone is the default --log-timezone)."
)
@click.option("--allow-duplicate", is_flag=True, help="Load a log even if the same file was loaded before.")
@_parse_opts
@_fail_cleanly
def ingest_command(
    log_files: tuple[Path, ...], store_path: Path, school: Path | None, allow_duplicate: bool,
    log_format: str | None, year: int | None, log_timezone: str | None, csv_map: Path | None, jobs: int | None,
) -> None:  # fmt: skip
    """Parse LOG files (any supported format, plain or gzip) into the store. Malformed lines are
    reported with their line numbers and never stop the run."""
    from smscreen.logs.ingest import default_jobs

    profile = load_profile(school) if school is not None else None
    options = _parse_options(year, log_timezone, log_format, csv_map, profile)
    failed = False
    with Store(store_path) as store:
        for path in log_files:
            try:
                summary = store.ingest(path, options, jobs=jobs or default_jobs(), allow_duplicate=allow_duplicate)
            except InputError as exc:
                # One unreadable file must not lose the others.
                for problem in exc.problems:
                    click.echo(f"error: {problem}", err=True)
                failed = True
                continue
            _echo_summary(summary)
        click.echo(f"{store_path}: {store.count()} requests stored")
    if failed:
        raise click.exceptions.Exit(2)


@logs.command("report")
@click.argument("log_files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--school", required=True, type=click.Path(path_type=Path), help="School profile folder.")
@click.option(
    "--store",
    "store_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Report from this store instead of LOG files.",
)
@click.option("--period", type=click.Choice(PERIODS), default="week", show_default=True)
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--from", "first_day", type=click.DateTime(["%Y-%m-%d"]), help="First local day to include.")
@click.option("--to", "last_day", type=click.DateTime(["%Y-%m-%d"]), help="Last local day to include.")
@click.option(
    "--idle-gap",
    type=_Duration(),
    default="5m",
    show_default=True,
    help="A longer pause between requests starts a new visit.",
)
@click.option(
    "--min-visit", type=_Duration(), default="0s", show_default=True, help="Shortest time a visit counts for."
)
@click.option("--top", type=click.IntRange(0, 1000), default=10, show_default=True, help="How many top users to list.")
@click.option(
    "--min-group",
    type=click.IntRange(1, 1000),
    default=3,
    show_default=True,
    help="Special-category totals behind fewer people than this are suppressed.",
)
@click.option(
    "--platforms",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="YAML file of extra platforms (same shape as the built-in platforms.yaml).",
)
@click.option(
    "--categories",
    multiple=True,
    metavar="NAME=FILE",
    help="Report a one-domain-a-line list (e.g. ut1 'chat') as a category. Repeatable.",
)
@click.option(
    "--special",
    multiple=True,
    metavar="NAME=FILE",
    help="Add a special-category list (shown only in aggregate). Repeatable.",
)
@click.option("--reveal", is_flag=True, help="Show user names instead of pseudonyms (needs --grounds).")
@click.option("--grounds", help="Why identities must be revealed; recorded in the audit log.")
@click.option("--by", help="Who is revealing (default: your OS user name).")
@click.option(
    "--secret-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Pseudonym secret (default: $SMSCREEN_LOG_SECRET, else a file beside the store).",
)
@click.option("--audit-log", type=click.Path(dir_okay=False, path_type=Path), help="Append-only JSONL audit log.")
@_parse_opts
@_fail_cleanly
def report_command(
    log_files: tuple[Path, ...], school: Path, store_path: Path | None, period: PeriodKind, fmt: str,
    out: Path | None, first_day: datetime | None, last_day: datetime | None, idle_gap: float, min_visit: float,
    top: int, min_group: int, platforms: Path | None, categories: tuple[str, ...], special: tuple[str, ...],
    reveal: bool, grounds: str | None, by: str | None, secret_file: Path | None, audit_log: Path | None,
    log_format: str | None, year: int | None, log_timezone: str | None, csv_map: Path | None, jobs: int | None,
) -> None:  # fmt: skip
    """Report social-media visits per platform, role, period and in/out of directed time, from LOG files
    or a --store. Users are pseudonymised unless --reveal --grounds "..." (which is audited)."""
    from smscreen.logs.ingest import default_jobs

    if reveal and not (grounds and grounds.strip()):
        raise click.UsageError('--reveal needs --grounds "why identities must be seen" (it is audited)')
    if grounds and not reveal:
        raise click.UsageError("--grounds is only used with --reveal")
    if bool(log_files) == (store_path is not None):
        raise click.UsageError("give LOG files or --store FILE (ingest first to combine them)")
    profile = load_profile(school)
    domains = _domains(platforms, categories, special)
    pseudonymiser = _secret(secret_file, store_path)
    who = by or current_user()
    options = ReportOptions(
        period=period,
        top=top,
        min_group=min_group,
        reveal=Reveal(grounds=(grounds or "").strip(), by=who) if reveal else None,
        rules=VisitRules(idle_gap_seconds=idle_gap, min_duration_seconds=min_visit),
    )
    if store_path is not None:
        store = Store(store_path, create=False)
        sources: list[FileSummary] | None = None
    else:
        parse = _parse_options(year, log_timezone, log_format, csv_map, profile)
        store = Store(None)
        sources = []
        for path in log_files:
            summary = store.ingest(path, parse, jobs=jobs or default_jobs(), allow_duplicate=True)
            _echo_summary(summary)
            sources.append(summary)
    with store:
        report = report_from_store(
            store,
            profile=profile,
            pseudonymiser=pseudonymiser,
            options=options,
            domains=domains,
            first_day=_day(first_day),
            last_day=_day(last_day),
            sources=sources,
        )
    text = render(report, fmt)
    if reveal:
        # Recorded before anything identifying is written, so no revealed report exists without its record.
        append_record(
            audit_log or _state_file(store_path, ".audit.jsonl"),
            {
                "event": "reveal",
                "when": now_utc(),
                "who": who,
                "grounds": options.reveal.grounds if options.reveal else "",
                "scope": {
                    "store": str(store_path.resolve()) if store_path else None,
                    "logs": [str(p.resolve()) for p in log_files],
                    "school": report.school,
                    "from": first_day.date().isoformat() if first_day else None,
                    "to": last_day.date().isoformat() if last_day else None,
                    "first_visit": report.first_visit.isoformat() if report.first_visit else None,
                    "last_visit": report.last_visit.isoformat() if report.last_visit else None,
                    "period": period,
                    "format": fmt,
                    "out": str(out.resolve()) if out is not None and str(out) != "-" else "stdout",
                    "top_users": len(report.top_users),
                    "special_by_user": len(report.special_by_user),
                },
            },
        )
    _write_output(text, out, private=reveal)


@logs.command("purge")
@click.option("--store", "store_path", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--school", type=click.Path(path_type=Path), help="Profile folder: monitoring.retain_days and time zone.")
@click.option("--retain-days", type=click.IntRange(1, 36500), help="Overrides the profile's monitoring.retain_days.")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), help="Purge as if today were this day (default: today).")
@click.option("--dry-run", is_flag=True, help="Count what would be deleted; delete nothing, write no receipt.")
@click.option(
    "--receipts", type=click.Path(dir_okay=False, path_type=Path), help="Receipts JSONL (default: beside the store)."
)
@click.option(
    "--secret-file", type=click.Path(dir_okay=False, path_type=Path), help="Needed when a hold names a pseudonym."
)
@click.option("--by", help="Who is purging (default: your OS user name).")
@_fail_cleanly
def purge_command(
    store_path: Path, school: Path | None, retain_days: int | None, today: datetime | None, dry_run: bool,
    receipts: Path | None, secret_file: Path | None, by: str | None,
) -> None:  # fmt: skip
    """Delete stored requests older than the retention period, except those under an investigation hold,
    and append a deletion receipt (counts and dates only)."""
    profile = load_profile(school) if school is not None else None
    days = retain_days or (profile.monitoring.retain_days if profile is not None else None)
    if days is None:
        raise click.UsageError("give --school (for monitoring.retain_days) or --retain-days")
    timezone = profile.directed_time.timezone if profile is not None else "UTC"
    with Store(store_path, create=False) as store:
        pseudonymiser = None
        if any(Pseudonymiser.looks_like_pseudonym(h.subject) for h in store.holds(active_only=True)):
            pseudonymiser = _secret(secret_file, store_path)
        receipt = store.purge(
            retain_days=days,
            today=_day(today) or date.today(),
            timezone=timezone,
            pseudonymiser=pseudonymiser,
            dry_run=dry_run,
        )
    record = {"when": now_utc(), "by": by or current_user(), "store": str(store_path.resolve()), **receipt.as_record()}
    would = "would " if dry_run else ""
    click.echo(
        f"{would}{'delete' if dry_run else 'deleted'} {receipt.deleted} requests older than "
        f"{receipt.cutoff:%Y-%m-%d %H:%M} UTC; {receipt.kept_on_hold} {would}kept on hold; "
        f"{receipt.remaining} {would}remain"
    )
    if not dry_run:
        path = receipts or _state_file(store_path, ".receipts.jsonl")
        append_record(path, record)
        click.echo(f"receipt appended to {path}")


@logs.group("hold")
def hold_group() -> None:
    """Investigation holds: records they cover are kept by purge until the hold is released."""


@hold_group.command("add")
@click.option("--store", "store_path", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--subject", required=True, help="A log-in name or a pseudonym (u-...) from a report.")
@click.option("--from", "first_day", required=True, type=click.DateTime(["%Y-%m-%d"]))
@click.option("--to", "last_day", required=True, type=click.DateTime(["%Y-%m-%d"]))
@click.option("--reason", required=True, help="Why the records must be kept (e.g. an investigation reference).")
@click.option("--by", help="Who places the hold (default: your OS user name).")
@_fail_cleanly
def hold_add(
    store_path: Path, subject: str, first_day: datetime, last_day: datetime, reason: str, by: str | None
) -> None:
    """Place a hold."""
    with Store(store_path, create=False) as store:
        hold = store.add_hold(subject, first_day.date(), last_day.date(), reason, by or current_user())
    click.echo(f"hold {hold.hold_id} placed on {hold.subject} for {hold.date_from}..{hold.date_to}")


@hold_group.command("list")
@click.option("--store", "store_path", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--all", "show_all", is_flag=True, help="Include released holds.")
@_fail_cleanly
def hold_list(store_path: Path, show_all: bool) -> None:
    """List holds."""
    with Store(store_path, create=False) as store:
        holds = store.holds(active_only=not show_all)
    if not holds:
        click.echo("no holds")
    for h in holds:
        state = "active" if h.active else f"released {h.released_at:%Y-%m-%d} by {h.released_by}: {h.release_reason}"
        click.echo(
            f"{h.hold_id}\t{h.subject}\t{h.date_from}..{h.date_to}\t{state}\t"
            f"placed {h.created_at:%Y-%m-%d} by {h.created_by}: {h.reason}"
        )


@hold_group.command("release")
@click.argument("hold_id", type=int)
@click.option("--store", "store_path", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--reason", required=True, help="Why the hold is no longer needed.")
@click.option("--by", help="Who releases it (default: your OS user name).")
@_fail_cleanly
def hold_release(hold_id: int, store_path: Path, reason: str, by: str | None) -> None:
    """Release a hold; its records then age out at the next purge."""
    with Store(store_path, create=False) as store:
        hold = store.release_hold(hold_id, reason, by or current_user())
    click.echo(f"hold {hold.hold_id} released")


if __name__ == "__main__":  # pragma: no cover - `python -m smscreen.logs.cli` for trying it out
    sys.exit(logs())
