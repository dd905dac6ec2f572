"""The embedded DuckDB store: ingested requests, their sources, investigation holds, and retention.

The store keeps only what reports need -- time, host, log-in name, client address, status -- never full
URLs (data minimisation). Purging deletes requests older than the retention period unless a hold covers
them, and returns a receipt (counts and dates, no content) for the caller to append to the receipts log.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any
from zoneinfo import ZoneInfo

import duckdb

from smscreen.errors import InputError
from smscreen.logs.ingest import CSV_COLUMNS, parse_to_csv
from smscreen.logs.model import FileSummary, Malformed, ParseOptions
from smscreen.logs.pseudonym import Pseudonymiser
from smscreen.logs.reader import LogReader, is_gzip, is_printable_ascii, open_text

__all__ = ["Hold", "PurgeReceipt", "Store", "lines_relation", "user_key_sql"]

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"
_FINGERPRINT_BYTES = 1024 * 1024


def user_key_sql(table: str = "") -> str:
    """A request's user: its log-in name (case-insensitive), or its client address when there is none."""
    prefix = f"{table}." if table else ""
    return f"coalesce(lower({prefix}user_name), {prefix}client)"


def lines_relation(*, gzip: bool = False) -> str:
    """The fast path's view of a log (its path is the ``?`` parameter): one VARCHAR ``line`` per physical line.

    The delimiter is a control byte text logs do not contain (a line that has one fails the read, and the file
    goes to the line-by-line parser); with no quote or escape character nothing else can split or join lines.
    DuckDB reads the file in parallel and checks that it is UTF-8.
    """
    compression = ", compression = 'gzip'" if gzip else ""
    return (
        "read_csv(?, columns = {'line': 'VARCHAR'}, header = false, auto_detect = false, "
        f"delim = '\x01', quote = '', escape = ''{compression})"
    )


_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE SEQUENCE IF NOT EXISTS source_ids START 1;
CREATE TABLE IF NOT EXISTS sources (
    source_id INTEGER PRIMARY KEY, path VARCHAR, fingerprint VARCHAR, format VARCHAR, ingested_at TIMESTAMP,
    lines BIGINT, requests BIGINT, ignored VARCHAR, malformed BIGINT);
CREATE TABLE IF NOT EXISTS malformed (source_id INTEGER, line BIGINT, reason VARCHAR);
CREATE TABLE IF NOT EXISTS requests (
    ts TIMESTAMP NOT NULL, host VARCHAR NOT NULL, user_name VARCHAR, client VARCHAR, status INTEGER,
    source_id INTEGER NOT NULL);
CREATE SEQUENCE IF NOT EXISTS hold_ids START 1;
CREATE TABLE IF NOT EXISTS holds (
    hold_id INTEGER PRIMARY KEY, subject VARCHAR NOT NULL, date_from DATE NOT NULL, date_to DATE NOT NULL,
    reason VARCHAR NOT NULL, created_by VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL,
    released_at TIMESTAMP, released_by VARCHAR, release_reason VARCHAR);
INSERT OR IGNORE INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}');
"""


@dataclass(frozen=True)
class Hold:
    """An investigation hold: records of ``subject`` (log-in name or pseudonym) on these dates are kept."""

    hold_id: int
    subject: str
    date_from: date
    date_to: date
    reason: str
    created_by: str
    created_at: datetime
    released_at: datetime | None = None
    released_by: str | None = None
    release_reason: str | None = None

    @property
    def active(self) -> bool:
        return self.released_at is None


@dataclass(frozen=True)
class PurgeReceipt:
    """What a purge did, without any content: safe to keep indefinitely as evidence of retention."""

    cutoff: datetime
    retain_days: int
    deleted: int
    kept_on_hold: int
    deleted_from: datetime | None
    deleted_to: datetime | None
    holds: tuple[int, ...]
    remaining: int
    dry_run: bool

    def as_record(self) -> dict[str, Any]:
        def iso(value: datetime | None) -> str | None:
            return value.isoformat() if value is not None else None

        return {
            "event": "purge",
            "dry_run": self.dry_run,
            "retain_days": self.retain_days,
            "cutoff_utc": iso(self.cutoff),
            "deleted": self.deleted,
            "deleted_from_utc": iso(self.deleted_from),
            "deleted_to_utc": iso(self.deleted_to),
            "kept_on_hold": self.kept_on_hold,
            "active_holds": list(self.holds),
            "remaining": self.remaining,
        }


def _fingerprint(path: Path) -> str:
    """Size plus the first and last MiB: cheap on a multi-GB log, and enough to spot a re-ingest."""
    digest = hashlib.sha256()
    size = path.stat().st_size
    digest.update(str(size).encode())
    with path.open("rb") as f:
        digest.update(f.read(_FINGERPRINT_BYTES))
        if size > _FINGERPRINT_BYTES:
            f.seek(max(_FINGERPRINT_BYTES, size - _FINGERPRINT_BYTES))
            digest.update(f.read())
    return digest.hexdigest()


class Store:
    """A DuckDB file (or ``None`` for an in-memory store used by one-off reports)."""

    def __init__(self, path: str | Path | None = None, *, create: bool = True) -> None:
        self.path = Path(path) if path is not None else None
        if self.path is not None and not create and not self.path.exists():
            raise InputError("no such store (create it with `smscreen logs ingest`)", path=str(self.path))
        try:
            self.con = duckdb.connect(str(self.path) if self.path is not None else ":memory:")
        except duckdb.Error as exc:
            raise InputError(f"cannot open the store: {exc}", path=str(self.path)) from None
        # Rows need no particular order on disk; letting DuckDB drop it makes bulk loads parallel.
        self.con.execute("SET preserve_insertion_order = false")
        self.con.execute(_SCHEMA)
        version = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if version is None or version[0] != SCHEMA_VERSION:
            raise InputError(f"store schema {version} is not {SCHEMA_VERSION}", path=str(self.path))

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- ingest -----------------------------------------------------------------------------------------------
    def ingest(
        self,
        path: str | Path,
        options: ParseOptions | None = None,
        *,
        jobs: int = 1,
        allow_duplicate: bool = False,
        fast: bool = True,
    ) -> FileSummary:
        """Parse one log and load its requests in one transaction; a malformed line never stops it.

        ``fast`` lets a format parse inside DuckDB when every line is in its canonical shape (see
        ``LogParser.duckdb_select``); otherwise, or if it is off, lines are parsed in Python with ``jobs``
        worker processes.
        """
        log_path = Path(path)
        options = options or ParseOptions()
        fingerprint = _fingerprint(log_path) if log_path.is_file() else ""
        if not allow_duplicate and fingerprint:
            seen = self.con.execute("SELECT source_id FROM sources WHERE fingerprint = ?", [fingerprint]).fetchone()
            if seen is not None:
                raise InputError(
                    f"this log is already in the store (source {seen[0]}); pass --allow-duplicate to load it again",
                    path=str(log_path),
                )
        if fast:
            summary = self._ingest_in_duckdb(log_path, options, fingerprint)
            if summary is not None:
                return summary
        with tempfile.TemporaryDirectory(prefix="smscreen-ingest-") as tmp:
            parsed = parse_to_csv(log_path, options, Path(tmp), jobs=jobs)
            summary = parsed.summary
            self.con.execute("BEGIN TRANSACTION")
            try:
                source_id = self._add_source(log_path, fingerprint, summary)
                if parsed.csv_files:
                    self._load_csv(parsed.csv_files, source_id)
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
        return summary

    def _ingest_in_duckdb(self, path: Path, options: ParseOptions, fingerprint: str) -> FileSummary | None:
        """The parser's SQL fast path, kept only if it accepted every line; ``None`` means "use ``parse``".

        The parser's query raises on any line it does not accept, so a statement that completes has inserted
        one row per line, and its row count is the file's line count: no second pass to count the lines (it was
        one Python thread, about 0.45 s for 5 million lines, after the insert). That rests on how DuckDB's CSV
        reader cuts the file into lines, which ``tests/logs/test_logs_fastpath.py`` pins: one row per ``\\n``
        or ``\\r\\n`` line and for a last line without one, a blank line as NULL (which no query accepts),
        and an error for a stray ``\\r``. It hides one thing: it drops a UTF-8 byte-order mark, which the
        line-by-line reader keeps as part of line 1, so such a file is left to ``parse``.
        """
        reader = LogReader(path, options)
        if reader.parser is None or reader.parser.duckdb_select("lines") is None or _starts_with_bom(path):
            return None
        compressed = is_gzip(path)
        # A cheap byte scan that lets the parser's query drop its per-line character checks (a gzip file
        # would have to be decompressed twice, so it keeps them).
        scanned = _size_and_mtime(path)
        printable = not compressed and is_printable_ascii(path)
        query = reader.parser.duckdb_select("lines", printable=printable)
        assert query is not None
        self.con.execute("BEGIN TRANSACTION")
        try:
            source_id = self._add_source(path, fingerprint, reader.summary)
            row = self.con.execute(
                f"""
                INSERT INTO requests
                WITH lines AS (SELECT line FROM {lines_relation(gzip=compressed)}),
                parsed AS ({query})
                SELECT make_timestamp(CAST(round(ts * 1000000) AS BIGINT)), host, user_name, client, status, ?
                FROM parsed
                """,
                [str(path), source_id],
            ).fetchone()
            lines = int(row[0]) if row else 0
            if printable and _size_and_mtime(path) != scanned:
                # A log still being written: the scan vouched for other bytes than the query read.
                self.con.execute("ROLLBACK")
                log.info("the log changed while it was read; parsing line by line")
                return None
            self.con.execute(
                "UPDATE sources SET lines = ?, requests = ? WHERE source_id = ?", [lines, lines, source_id]
            )
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            # A line the query does not accept, invalid UTF-8, an over-long line, a stray carriage return: the
            # line-by-line parser reports each of those precisely.
            self.con.execute("ROLLBACK")
            log.info("fast path failed (%s); parsing line by line", type(exc).__name__)
            return None
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        summary = reader.summary
        summary.lines = summary.requests = lines
        return summary

    def _add_source(self, path: Path, fingerprint: str, summary: FileSummary) -> int:
        row = self.con.execute(
            "INSERT INTO sources VALUES (nextval('source_ids'), ?, ?, ?, ?, ?, ?, ?, ?) RETURNING source_id",
            [
                str(path.resolve()),
                fingerprint,
                summary.format,
                _utcnow(),
                summary.lines,
                summary.requests,
                json.dumps(summary.ignored, sort_keys=True),
                summary.malformed_count,
            ],
        ).fetchone()
        assert row is not None  # INSERT ... RETURNING always returns the row
        source_id = int(row[0])
        if summary.malformed:
            self.con.execute(
                "INSERT INTO malformed SELECT ?, unnest(?), unnest(?)",
                [source_id, [m.line for m in summary.malformed], [m.reason for m in summary.malformed]],
            )
        return source_id

    def _load_csv(self, files: Sequence[Path], source_id: int) -> None:
        columns = ", ".join(f"'{name}': '{kind}'" for name, kind in CSV_COLUMNS.items())
        self.con.execute(
            f"""
            INSERT INTO requests
            SELECT make_timestamp(CAST(round(ts * 1000000) AS BIGINT)), coalesce(host, ''), user_name, client,
                   status, ?
            FROM read_csv(?, columns = {{{columns}}}, header = false, auto_detect = false,
                          delim = ',', quote = '"', escape = '"', nullstr = '')
            """,
            [source_id, [str(f) for f in files]],
        )

    # -- what is in the store ---------------------------------------------------------------------------
    def sources(self) -> list[FileSummary]:
        rows = self.con.execute(
            "SELECT source_id, path, format, lines, requests, ignored, malformed FROM sources ORDER BY source_id"
        ).fetchall()
        out: list[FileSummary] = []
        for source_id, path, fmt, lines, requests, ignored, malformed in rows:
            summary = FileSummary(path=path, format=fmt, lines=lines, requests=requests)
            summary.ignored = json.loads(ignored) if ignored else {}
            summary.malformed_count = malformed
            summary.malformed = [
                Malformed(int(line), reason)
                for line, reason in self.con.execute(
                    "SELECT line, reason FROM malformed WHERE source_id = ? ORDER BY line", [source_id]
                ).fetchall()
            ]
            out.append(summary)
        return out

    def count(self) -> int:
        row = self.con.execute("SELECT count(*) FROM requests").fetchone()
        return int(row[0]) if row else 0

    # -- holds ----------------------------------------------------------------------------------------------
    def add_hold(self, subject: str, date_from: date, date_to: date, reason: str, by: str) -> Hold:
        subject = subject.strip()
        if not subject:
            raise InputError("a hold needs a subject (a log-in name or a pseudonym)")
        if not reason.strip():
            raise InputError("a hold needs a reason")
        if date_to < date_from:
            raise InputError(f"the hold ends ({date_to}) before it starts ({date_from})")
        row = self.con.execute(
            "INSERT INTO holds (hold_id, subject, date_from, date_to, reason, created_by, created_at) "
            "VALUES (nextval('hold_ids'), ?, ?, ?, ?, ?, ?) RETURNING hold_id",
            [subject, date_from, date_to, reason.strip(), by, _utcnow()],
        ).fetchone()
        assert row is not None
        return self.hold(int(row[0]))

    def hold(self, hold_id: int) -> Hold:
        row = self.con.execute("SELECT * FROM holds WHERE hold_id = ?", [hold_id]).fetchone()
        if row is None:
            raise InputError(f"no hold {hold_id}")
        return Hold(*row)

    def holds(self, *, active_only: bool = False) -> list[Hold]:
        where = "WHERE released_at IS NULL" if active_only else ""
        return [Hold(*row) for row in self.con.execute(f"SELECT * FROM holds {where} ORDER BY hold_id").fetchall()]

    def release_hold(self, hold_id: int, reason: str, by: str) -> Hold:
        hold = self.hold(hold_id)
        if not hold.active:
            raise InputError(f"hold {hold_id} was already released on {hold.released_at}")
        if not reason.strip():
            raise InputError("releasing a hold needs a reason")
        self.con.execute(
            "UPDATE holds SET released_at = ?, released_by = ?, release_reason = ? WHERE hold_id = ?",
            [_utcnow(), by, reason.strip(), hold_id],
        )
        return self.hold(hold_id)

    # -- retention ----------------------------------------------------------------------------------------------
    def purge(
        self,
        *,
        retain_days: int,
        today: date,
        timezone: str = "UTC",
        pseudonymiser: Pseudonymiser | None = None,
        dry_run: bool = False,
    ) -> PurgeReceipt:
        """Delete requests older than ``retain_days`` before ``today`` unless an active hold covers them.

        The cutoff is local midnight (in ``timezone``) starting the oldest day still kept; hold dates are
        whole local days too.
        """
        if retain_days < 1:
            raise InputError("retain_days must be at least 1")
        zone = ZoneInfo(timezone)
        cutoff = _local_midnight(today - timedelta(days=retain_days), zone)
        holds = self.holds(active_only=True)
        self.con.execute("CREATE OR REPLACE TEMP TABLE held (user_key VARCHAR, t_from TIMESTAMP, t_to TIMESTAMP)")
        held_rows = list(self._held_ranges(holds, cutoff, zone, pseudonymiser))
        if held_rows:
            self.con.execute(
                "INSERT INTO held SELECT unnest(?), unnest(?), unnest(?)",
                [[r[0] for r in held_rows], [r[1] for r in held_rows], [r[2] for r in held_rows]],
            )
        expired = f"""
            FROM requests r WHERE r.ts < ? AND NOT EXISTS (
                SELECT 1 FROM held h WHERE h.user_key = {user_key_sql("r")}
                  AND r.ts >= h.t_from AND r.ts < h.t_to)
        """
        naive_cutoff = cutoff.replace(tzinfo=None)
        self.con.execute("BEGIN TRANSACTION")
        try:
            stats = self.con.execute(f"SELECT count(*), min(r.ts), max(r.ts) {expired}", [naive_cutoff]).fetchone()
            older = self.con.execute("SELECT count(*) FROM requests WHERE ts < ?", [naive_cutoff]).fetchone()
            assert stats is not None and older is not None
            deleted, first, last = int(stats[0]), stats[1], stats[2]
            if not dry_run and deleted:
                self.con.execute(f"DELETE {expired}", [naive_cutoff])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        if not dry_run and deleted and self.path is not None:
            # Rewrites the changed blocks so the deleted rows do not linger in the file.
            self.con.execute("CHECKPOINT")
        receipt = PurgeReceipt(
            cutoff=cutoff.astimezone(UTC),
            retain_days=retain_days,
            deleted=deleted,
            kept_on_hold=int(older[0]) - deleted,
            deleted_from=first.replace(tzinfo=UTC) if first is not None else None,
            deleted_to=last.replace(tzinfo=UTC) if last is not None else None,
            holds=tuple(h.hold_id for h in holds),
            remaining=self.count() - (deleted if dry_run else 0),
            dry_run=dry_run,
        )
        log.info("purge: %d deleted, %d kept on hold", receipt.deleted, receipt.kept_on_hold)
        return receipt

    def _held_ranges(
        self, holds: Iterable[Hold], cutoff: datetime, zone: ZoneInfo, pseudonymiser: Pseudonymiser | None
    ) -> Iterable[tuple[str, datetime, datetime]]:
        holds = list(holds)
        if not holds:
            return
        by_pseudonym: dict[str, list[str]] = {}
        if any(Pseudonymiser.looks_like_pseudonym(h.subject) for h in holds):
            if pseudonymiser is None:
                raise InputError("a hold names a pseudonym; the pseudonym secret is needed to purge")
            keys = self.con.execute(
                f"SELECT DISTINCT {user_key_sql()} FROM requests WHERE ts < ? AND {user_key_sql()} IS NOT NULL",
                [cutoff.replace(tzinfo=None)],
            ).fetchall()
            for (key,) in keys:
                by_pseudonym.setdefault(pseudonymiser(key), []).append(key)
        for hold in holds:
            start = _local_midnight(hold.date_from, zone).astimezone(UTC).replace(tzinfo=None)
            end = _local_midnight(hold.date_to + timedelta(days=1), zone).astimezone(UTC).replace(tzinfo=None)
            if Pseudonymiser.looks_like_pseudonym(hold.subject):
                subjects = by_pseudonym.get(hold.subject, [])
            else:
                subjects = [hold.subject.casefold()]
            for key in subjects:
                yield key, start, end


def _size_and_mtime(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns


def _starts_with_bom(path: Path) -> bool:
    with open_text(path) as stream:
        return stream.read(1) == "\ufeff"


def _utcnow() -> datetime:
    """Now in UTC, naive: the store's TIMESTAMP columns are UTC by convention."""
    return datetime.now(UTC).replace(tzinfo=None)


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=zone).astimezone(UTC)
