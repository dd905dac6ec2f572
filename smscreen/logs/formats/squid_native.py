"""Squid's native access.log: ``%ts.%03tu %6tr %>a %Ss/%03>Hs %<st %rm %ru %[un %Sh/%<a %mt``.

Times are UTC epoch seconds; HTTPS is ``CONNECT host:443``; the elapsed field is right-aligned, so fields are
separated by runs of spaces.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from smscreen.logs.formats.registry import FileContext, LogParser, ParseResult, register
from smscreen.logs.hosts import HostCache
from smscreen.logs.model import Ignored, Malformed, Request

__all__ = ["SquidNativeParser"]

_BLANK = Ignored("blank")

# The fast path accepts only lines in this canonical shape: printable ASCII fields, single spaces (the
# elapsed field's padding aside), a 1-3 digit status, and a URL that is ``scheme://host[:port][path]`` or
# ``host:port``. On those lines ``parse`` and the SQL below agree field for field; anything else (tabs,
# IPv6 literals, user:password@, error: pseudo-URLs, bad lines) sends the whole file through ``parse``.
_P = "[!-~]"
_HOST = r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_])?"
_URL = rf"(?:[A-Za-z][A-Za-z0-9+.\-]*://{_HOST}(?::\d+)?(?:[/?#]{_P}*)?|{_HOST}:\d+)"
CANONICAL_LINE = rf"\d{{1,11}}(?:\.\d{{1,6}})? +-?\d+ {_P}+ {_P}*/\d{{1,3}} -?\d+ {_P}+ {_URL} {_P}+ {_P}*/{_P}* {_P}+"
# When every byte of the file is known to be printable ASCII or a line feed (``is_printable_ascii``), the
# fast path checks each line against this prefix instead: the same fields up to the end of the URL's host
# and port. The query then checks the shape of the split line (at most five padding spaces, three non-empty
# fields after the URL). The regex reads about 60 % of each line's bytes instead of all of them.
CANONICAL_PREFIX = (
    rf"^\d{{1,11}}(?:\.\d{{1,6}})? +-?\d+ {_P}+ {_P}*/\d{{1,3}} -?\d+ {_P}+ "
    rf"(?:[A-Za-z][A-Za-z0-9+.\-]*://{_HOST}(?::\d+)?[/?# ]|{_HOST}:\d+ )"
)


def _is_epoch(text: str) -> bool:
    # Cheaper than a regex on the hot path; float() alone would also take "nan", "1e9" and "1_000". At most
    # 11 digits before the point (up to the year 5138): a bigger number is no time the store's microsecond
    # TIMESTAMP can hold, and loading one failed the whole ingest instead of reporting its line.
    return (
        text.isascii() and text.replace(".", "", 1).isdigit() and len(text) <= 18 and len(text.partition(".")[0]) <= 11
    )


def _is_status(text: str) -> bool:
    return 0 < len(text) <= 3 and text.isascii() and text.isdigit()


def _is_int(text: str) -> bool:
    return text.isascii() and text.lstrip("-").isdigit()


@register
class SquidNativeParser(LogParser):
    name = "squid"
    description = "Squid native access.log (epoch UTC timestamps, user in the ident field)"
    stateless = True

    def parse(self, lines: Iterable[tuple[int, str]], ctx: FileContext) -> Iterator[ParseResult]:
        hosts = HostCache()
        for lineno, text in lines:
            parts = text.split()
            if len(parts) != 10:
                yield _BLANK if not parts else Malformed(lineno, f"expected 10 fields, found {len(parts)}")
                continue
            stamp, elapsed, client, code, size, _method, url, ident, hierarchy, _mime = parts
            _, slash, status = code.rpartition("/")
            host = hosts.from_url(url)
            if not (_is_epoch(stamp) and slash and _is_status(status) and "/" in hierarchy):
                yield Malformed(lineno, _why(stamp, code, hierarchy))
            elif not (_is_int(elapsed) and _is_int(size)):
                yield Malformed(lineno, "field 2 (elapsed) or 5 (bytes) is not a number")
            elif host is None:
                yield Malformed(lineno, "field 7 (URL) has no valid host")
            else:
                yield Request(float(stamp), host, None if ident == "-" else ident, client, int(status))

    def duckdb_select(self, relation: str, *, printable: bool = False) -> str | None:
        if printable:
            return _printable_select(relation)
        pattern = CANONICAL_LINE.replace("'", "''")
        # Where the time goes (benchmarks/results-logs.md, CPU seconds per million lines): the line check is
        # about 0.4 of 1.4. Cheaper-looking structural checks do not beat it: DuckDB's casts accept '1e2', '+1',
        # '1_0' and '0x10', so each number needs its own exact check (a small regex or GLOB, 0.05-0.1 each),
        # and with the whitespace and host checks they add up to the same. So one regex stays the exact
        # statement of "canonical". A line that fails it raises (``error``), which stops the statement at once
        # and sends the file to ``parse``: every line yields one row, so the store needs no pass to count lines.
        # In a canonical line only the elapsed field is padded, so counted from the end every field is at a
        # fixed position: client -8, code -7, URL -4, user -3. The host is cut out with string functions
        # (0.2): the ``regexp_extract`` with a capture group they replace cost 0.67, the costliest step.
        return rf"""
            WITH fields AS (
                SELECT string_split(line, ' ') AS f FROM {relation}
                WHERE CASE WHEN regexp_full_match(line, '{pattern}') THEN true
                           ELSE error('not a canonical Squid native line') END
            ),
            named AS (
                SELECT f[1] AS stamp, f[-8] AS client, f[-7] AS code, f[-4] AS url, f[-3] AS ident FROM fields
            ),
            authority AS (
                -- The canonical URL is scheme://HOST[:port][/?#...] (the first "://" ends the scheme) or HOST:port.
                SELECT *, CASE WHEN contains(url, '://') THEN substr(url, strpos(url, '://') + 3) ELSE url END AS rest
                FROM named
            )
            SELECT CAST(stamp AS DOUBLE) AS ts,
                   lower(left(rest, {_first_of("rest", ":/?#")} - 1)) AS host,
                   nullif(ident, '-') AS user_name,
                   client,
                   CAST(split_part(code, '/', -1) AS INTEGER) AS status
            FROM authority
        """


def _printable_select(relation: str) -> str:
    """The fast path for a file whose every byte is printable ASCII or a line feed.

    With control characters, tabs, carriage returns and non-ASCII bytes ruled out for the whole file, a line
    is canonical if ``CANONICAL_PREFIX`` matches its start (stamp, padding, elapsed, client, code/status,
    bytes, method, and the URL up to the end of its host and port) and the split line has the right shape.
    ``regexp_matches`` with a ``^`` pattern stops as soon as the prefix has matched, and CPU time in RE2 is
    per byte read, so this check costs about two thirds of the full-line one (benchmarks/results-logs.md).

    The shape: splitting on single spaces gives ``f``, with ``k - 1`` empty items for the ``k`` spaces after
    the stamp. Let ``q = len(f) - 10``. With ``0 <= q <= 5``, ``f[2 + q]`` non-empty and (``q = 0`` or
    ``f[1 + q]`` empty), ``q`` must be ``k - 1``: the only empty items up to the URL are ``f[2..k]``, and
    ``f[1 + q]`` is at most ``f[6]``, inside that range or the non-empty fields after it. So the line has
    exactly three fields after the URL, and they must be non-empty (no double or trailing space), the
    second one with a ``/``. Then ``f[-4]`` is the URL whose host the prefix checked, and every field is
    what ``parse`` would split out.

    The host: for ``scheme://HOST...`` the third item of the URL split on ``/`` starts with the host, for
    ``HOST:port`` the URL does; the host ends at the first ``:``, ``?`` or ``#`` (the prefix allows nothing
    else after it). ``?`` and ``#`` there are rare, so the cheaper ``split_part`` serves every other URL.
    """
    prefix = CANONICAL_PREFIX.replace("'", "''")
    return rf"""
        WITH fields AS (
            SELECT line, string_split(line, ' ') AS f FROM {relation}
        ),
        checked AS (
            -- One CASE in a projection, not conditions in a WHERE: DuckDB would put the split into every
            -- condition of a WHERE and compute it again for each.
            SELECT CASE WHEN regexp_matches(line, '{prefix}')
                             AND len(f) BETWEEN 10 AND 15
                             AND f[len(f) - 8] <> '' AND (len(f) = 10 OR f[len(f) - 9] = '')
                             AND f[-1] <> '' AND f[-3] <> '' AND contains(f[-2], '/')
                        THEN f ELSE error('not a canonical Squid native line') END AS f
            FROM fields
        ),
        named AS (
            SELECT f[1] AS stamp, f[-8] AS client, f[-7] AS code, f[-4] AS url, f[-3] AS ident FROM checked
        ),
        authority AS (
            SELECT *, CASE WHEN contains(url, '://') THEN string_split(url, '/')[3] ELSE url END AS a FROM named
        )
        SELECT CAST(stamp AS DOUBLE) AS ts,
               lower(CASE WHEN contains(a, '?') OR contains(a, '#') THEN left(a, {_first_of("a", ":?#")} - 1)
                          ELSE split_part(a, ':', 1) END) AS host,
               nullif(ident, '-') AS user_name,
               client,
               CAST(split_part(code, '/', -1) AS INTEGER) AS status
        FROM authority
    """


def _first_of(column: str, characters: str) -> str:
    """SQL for the position of the first of ``characters`` in ``column``, or past its end if none is there.

    ``strlen`` counts bytes and ``strpos`` characters; canonical lines are ASCII, where the two agree.
    """
    positions = ", ".join(f"coalesce(nullif(strpos({column}, '{c}'), 0), strlen({column}) + 1)" for c in characters)
    return f"least({positions})"


def _why(stamp: str, code: str, hierarchy: str) -> str:
    if not _is_epoch(stamp):
        return "field 1 (time) is not epoch seconds"
    if "/" not in hierarchy:
        return "field 9 is not HIERARCHY/PEER"
    return "field 4 is not CODE/STATUS"
