"""Command line (SPEC §6): ``smscreen check``, ``smscreen rules ...``, ``smscreen scan``, ``smscreen logs ...``.

Exit codes: 0 below ``--fail-on``, 1 at or above it, 2 for usage, profile, ruleset or input errors.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO, TypeVar

import click

from smscreen.errors import InputError, SmscreenError
from smscreen.models import Account, Post, Result, Verdict
from smscreen.profile import SchoolProfile, load_profile
from smscreen.rules.loader import Ruleset, load_ruleset, shipped_rulesets_dir
from smscreen.screener import Screener, default_ruleset_for
from smscreen.textio import read_text

__all__ = ["cli", "main"]

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(exc: SmscreenError) -> NoReturn:
    """Print a user error without a traceback and exit 2."""
    if isinstance(exc, InputError):
        for problem in exc.problems:
            click.echo(f"error: {problem}", err=True)
    else:
        click.echo(f"error: {exc}", err=True)
    sys.exit(EXIT_ERROR)


def _load_profile(school: Path | None) -> SchoolProfile | None:
    if school is None:
        return None
    try:
        return load_profile(school)
    except SmscreenError as exc:
        _fail(exc)


def _load_ruleset(name: str) -> Ruleset:
    try:
        return load_ruleset(name)
    except SmscreenError as exc:
        _fail(exc)


def _rule_infos(ruleset: Ruleset) -> dict[str, Any]:
    from smscreen.output import RuleInfo

    return {
        r.id: RuleInfo(
            id=r.id,
            title=r.spec.title,
            category=r.spec.category,
            clause=r.spec.clause,
            severity=r.severity,
            message_template=r.spec.message,
            help_text=r.spec.description or r.spec.title,
        )
        for r in ruleset.rules.values()
    }


def _school_option(f: F) -> F:
    return click.option(
        "--school",
        type=click.Path(path_type=Path),
        default=None,
        help="School profile folder (with school.yaml). Without it, people/event rules are inactive.",
    )(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="smscreen")
def cli() -> None:
    """Screen social-media content against a UK school's Social Media Policy."""


@cli.command()
@click.argument("files", nargs=-1, type=str)
@_school_option
@click.option("--ruleset", default=None, help="Shipped ruleset name or a ruleset file (default by --account).")
@click.option("--account", type=click.Choice(["personal", "official"]), default=None,
              help="Account kind the text is for (default: the ruleset's).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(["review", "block"]), default="block", show_default=True,
              help="Exit 1 when any verdict is at or above this.")
@click.option("--handle", default=None, help="The account's handle (for official-account approval).")
@click.option("--platform", default=None, help="The account's platform (x, facebook, instagram...).")
@click.option("--author", default=None, help="The author's id in people.csv (for family links).")
@click.option("--bio", default=None, help="The account's bio text.")
@click.option("--date", "date_", default=None, help="Publication date (ISO), for permissions and ages.")
@click.option("--reply-to", default=None, help="Handle the post replies to.")
def check(
    files: Sequence[str],
    school: Path | None,
    ruleset: str | None,
    account: str | None,
    fmt: str,
    fail_on: str,
    handle: str | None,
    platform: str | None,
    author: str | None,
    bio: str | None,
    date_: str | None,
    reply_to: str | None,
) -> None:
    """Screen one text per FILE (or stdin with '-' or no FILE)."""
    from smscreen.output import Report, write_reports

    profile = _load_profile(school)
    rs = _load_ruleset(ruleset or default_ruleset_for(account or "personal"))
    kind = account or rs.account
    try:
        screener = Screener(ruleset=rs, profile=profile)
        created = datetime.fromisoformat(date_.replace("Z", "+00:00")) if date_ else None
    except SmscreenError as exc:
        _fail(exc)
    except ValueError as exc:
        click.echo(f"error: --date: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    if screener.inactive_rules and profile is None:
        click.echo(
            f"note: {len(screener.inactive_rules)} rule(s) need a school profile and are inactive (use --school)",
            err=True,
        )
    reports: list[Report] = []
    input_error = False
    for name in files or ("-",):
        try:
            text = _read_input(name)
        except InputError as exc:
            input_error = True
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
            continue
        post = Post(
            id=name if name != "-" else "stdin",
            text=text,
            account=Account.model_validate({"kind": kind, "handle": handle, "platform": platform, "bio": bio}),
            author_id=author,
            created_at=created,
            in_reply_to=reply_to,
        )
        result = screener.screen(post)
        reports.append(Report(result=result, text=text, path=name if name != "-" else "stdin"))
    write_reports(reports, fmt, _stdout(), rules=_rule_infos(rs))
    if input_error:
        sys.exit(EXIT_ERROR)
    sys.exit(_exit_for((r.result for r in reports), fail_on))


def _stdout() -> TextIO:
    return sys.stdout


def _read_input(name: str) -> str:
    from smscreen.textio import decode_text

    if name == "-":
        return decode_text(sys.stdin.buffer.read(), path="stdin")
    return read_text(name)


def _exit_for(results: Any, fail_on: str | None) -> int:
    if fail_on is None:
        return EXIT_OK
    threshold = Verdict(fail_on).rank
    worst = max((r.verdict.rank for r in results), default=0)
    return EXIT_FINDINGS if worst >= threshold else EXIT_OK


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_school_option
@click.option("--ruleset", default=None, help="Shipped ruleset name or a ruleset file (default uk-school-staff).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "sarif", "html"]), default="jsonl",
              show_default=True)
@click.option("--out", "out", default="-", show_default=True, help="Output file, or - for stdout.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="Processes to screen with.")
@click.option("--resume", is_flag=True, help="Continue an interrupted scan of the same sources into the same --out.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Screen on a Dask distributed scheduler (tcp://host:8786) instead of local processes.")
@click.option("--fail-on", type=click.Choice(["review", "block"]), default=None,
              help="Exit 1 when any verdict is at or above this.")
def scan(
    paths: Sequence[Path],
    school: Path | None,
    ruleset: str | None,
    fmt: str,
    out: str,
    jobs: int,
    resume: bool,
    dask_address: str | None,
    fail_on: str | None,
) -> None:
    """Screen every post in archives: X/Twitter archive, Facebook/Instagram export, JSONL or CSV."""
    from smscreen.output import Report, write_reports
    from smscreen.scan import Journal, scan_archives

    if resume and out == "-":
        click.echo("error: --resume needs --out FILE (the journal lives beside it)", err=True)
        sys.exit(EXIT_ERROR)
    profile = _load_profile(school)
    rs = _load_ruleset(ruleset or "uk-school-staff")
    try:
        screener = Screener(ruleset=rs, profile=profile)
    except SmscreenError as exc:
        _fail(exc)
    if screener.inactive_rules and profile is None:
        click.echo(
            f"note: {len(screener.inactive_rules)} rule(s) need a school profile and are inactive (use --school)",
            err=True,
        )
    journal_path = Path(out + ".journal") if out != "-" else Path(_temp_journal())
    header = {
        "smscreen_scan": 1,
        "paths": [str(p.resolve()) for p in paths],
        "ruleset": str(Path(rs.path).resolve()),
        "school": str(profile.root.resolve()) if profile is not None else None,
    }
    journal = Journal(journal_path, header)
    bar = _progress_bar(_estimate_total(paths))
    try:
        summary = scan_archives(list(paths), screener, journal, jobs=jobs, resume=resume,
                                progress=bar.update if bar is not None else None, dask=dask_address)
    except KeyboardInterrupt:
        if bar is not None:
            bar.close()
        click.echo(f"interrupted: results so far are kept in {journal_path}; run again with --resume", err=True)
        sys.exit(130)
    except SmscreenError as exc:
        if bar is not None:
            bar.close()
        _fail(exc)
    if bar is not None:
        bar.close()
    reports = (
        Report(result=Result.model_validate(r["result"]), text=r["text"], path=r["path"] or None)
        for r in journal.records()
    )
    if out == "-":
        write_reports(reports, fmt, _stdout(), rules=_rule_infos(rs))
    else:
        with open(out, "w", encoding="utf-8", newline="" if fmt == "csv" else None) as fh:  # noqa: PTH123
            write_reports(reports, fmt, fh, rules=_rule_infos(rs))
    journal_path.unlink(missing_ok=True)
    click.echo(summary.line(), err=True)
    if summary.skipped_no_text:
        click.echo(f"items with no text to screen (not errors): {summary.skipped_no_text:,}", err=True)
    if fail_on is not None and summary.worst is not None and summary.worst.rank >= Verdict(fail_on).rank:
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


def _temp_journal() -> str:
    import tempfile

    fd, name = tempfile.mkstemp(prefix="smscreen-scan-", suffix=".journal")
    os.close(fd)
    return name


def _estimate_total(paths: Sequence[Path]) -> int | None:
    """How many records to expect, where that is cheap to know (one per line of a JSONL or CSV file), so
    the progress bar can show an ETA; None (rate only) for archives and folders."""
    total = 0
    for path in paths:
        if not (path.is_file() and path.suffix.lower() in (".jsonl", ".ndjson", ".csv")):
            return None
        with path.open("rb") as fh:
            total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
        if path.suffix.lower() == ".csv":
            total -= 1  # the header (a quoted field with newlines makes this an estimate, which is all it is)
    return max(total, 0)


def _progress_bar(total: int | None) -> Any:
    """A tqdm bar (posts/s, and an ETA when the total is known) on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit=" posts", file=sys.stderr, smoothing=0.1, dynamic_ncols=True)


@cli.group()
def rules() -> None:
    """Inspect, validate and test rules."""


@rules.command("list")
@click.option("--ruleset", default="uk-school-staff", show_default=True)
def rules_list(ruleset: str) -> None:
    """List the rules of a ruleset and which policy clause each implements."""
    rs = _load_ruleset(ruleset)
    click.echo(f"{rs.name}: {rs.title or ''} ({len(rs.rules)} rules, account: {rs.account})")
    for rule in rs.rules.values():
        spec = rule.spec
        tests = len(spec.tests.fire) + len(spec.tests.pass_)
        click.echo(f"  {rule.id:<44} {spec.category.value:<20} {rule.severity.value:<8} {tests:>3} tests  {spec.title}")
    click.echo("\nPolicy clauses (rules by their clause, their category and the ruleset's clauses map):")
    for clause, ids in rs.coverage().items():
        if ids:
            click.echo(f"  {clause.value:<26} {len(ids):>3} rule(s): {', '.join(ids)}")
        else:
            note = rs.notes.get(clause.value, "NO RULE AND NO NOTE: a gap")
            click.echo(f"  {clause.value:<26}   - {note}")


@rules.command("show")
@click.argument("rule_id")
@click.option("--ruleset", default="uk-school-staff", show_default=True)
def rules_show(rule_id: str, ruleset: str) -> None:
    """Show one rule in full."""
    import yaml

    rs = _load_ruleset(ruleset)
    rule = rs.rules.get(rule_id)
    if rule is None:
        click.echo(f"error: no rule {rule_id!r} in {rs.name}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"# {rule.location}")
    data = rule.spec.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    data["severity"] = rule.severity.value
    click.echo(yaml.safe_dump(data, sort_keys=False, allow_unicode=True).rstrip())


@rules.command("validate")
@click.argument("path", type=click.Path(path_type=Path))
def rules_validate(path: Path) -> None:
    """Validate a ruleset (or a single rule file); every problem with file:line:col."""
    from smscreen.errors import Problem, RulesetError
    from smscreen.rules.lint import lint_ruleset
    from smscreen.rules.loader import load_rule_file

    try:
        if _is_rule_file(path):
            problems: list[Problem] = []
            loaded = load_rule_file(path, problems)
            if problems:
                raise RulesetError("invalid rule file", problems=problems)
            click.echo(f"{path}: {len(loaded)} rule(s) valid (lexicons and detectors are checked with a ruleset)")
            return
        rs = load_ruleset(path)
        Screener(ruleset=rs)  # compiling catches what loading cannot (empty matchers, detector options)
    except SmscreenError as exc:
        _fail(exc)
    for warning in lint_ruleset(rs):
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"{path}: valid ({len(rs.rules)} rules)")


def _is_rule_file(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:4096]
    except OSError:
        return False
    return "\nruleset:" not in "\n" + head


@rules.command("test")
@click.argument("path", required=False)
@_school_option
@click.option("--rule", "rule_id", default=None, help="Only this rule's tests.")
@click.option("-v", "--verbose", is_flag=True, help="Print every case, not only failures.")
def rules_test(path: str | None, school: Path | None, rule_id: str | None, verbose: bool) -> None:
    """Run every rule's inline tests (all shipped rulesets when PATH is omitted)."""
    from smscreen.rules.testing import run_rule_tests

    targets = [path] if path else sorted(str(p) for p in shipped_rulesets_dir().glob("*.yaml"))
    explicit = _load_profile(school)
    passed = failed = skipped = 0
    for target in targets:
        rs = _load_ruleset(target)
        profile = explicit
        if profile is None and rs.test_school is not None and rs.test_school.is_dir():
            profile = _load_profile(rs.test_school)
        try:
            outcomes = run_rule_tests(rs, profile=profile, only=rule_id)
        except SmscreenError as exc:
            _fail(exc)
        for o in outcomes:
            if o.status == "failed":
                failed += 1
                click.echo(f"FAIL {o.location}: [{o.rule_id}] {o.kind}: {o.text!r}: {o.detail}")
            elif o.status == "skipped":
                skipped += 1
                if verbose:
                    click.echo(f"skip [{o.rule_id}] {o.kind}: {o.text!r}: {o.detail}")
            else:
                passed += 1
                if verbose:
                    click.echo(f"ok   [{o.rule_id}] {o.kind}: {o.text!r}")
    click.echo(f"rule tests: {passed} passed, {failed} failed, {skipped} skipped")
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)


def _attach_optional_groups() -> None:
    """Sub-commands that live in their own subpackages."""
    try:
        from smscreen.logs.cli import logs
    except ImportError:
        return
    cli.add_command(logs)


_attach_optional_groups()


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: user errors never print a traceback (set SMSCREEN_DEBUG=1 to see one)."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="smscreen", standalone_mode=True)
    except SmscreenError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug: say so plainly; the traceback is opt-in
        if os.environ.get("SMSCREEN_DEBUG"):
            traceback.print_exc()
        click.echo(f"internal error: {type(exc).__name__}: {exc} (set SMSCREEN_DEBUG=1 for details)", err=True)
        sys.exit(EXIT_ERROR)

