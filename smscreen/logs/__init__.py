"""Monitoring-log analysis (policy: "Monitoring use of social media on school equipment").

Parse proxy logs (Squid native and common/combined, W3C extended, CSV exports, Proxifier; plain or gzip),
store them in DuckDB with retention and investigation holds, collapse requests into visits, and report
social-media use per platform, role and period, in and out of directed time -- pseudonymised by default,
with special-category visits only in aggregate.

>>> from smscreen.logs import Store, report_from_store, Pseudonymiser   # doctest: +SKIP
"""

from smscreen.logs.analyse import report_from_store
from smscreen.logs.calendar import SchoolCalendar
from smscreen.logs.cli import logs
from smscreen.logs.csvmap import CsvColumns, load_csv_columns
from smscreen.logs.formats import FileContext, LogParser, available_formats, get_parser, register
from smscreen.logs.model import FileSummary, Ignored, Malformed, ParseOptions, Request
from smscreen.logs.platforms import DomainMap, Site
from smscreen.logs.pseudonym import Pseudonymiser, load_secret
from smscreen.logs.reader import LogReader
from smscreen.logs.render import render
from smscreen.logs.report import LogReport, ReportOptions, Reveal, build_report
from smscreen.logs.store import Hold, PurgeReceipt, Store
from smscreen.logs.visits import Visit, VisitRules, build_visits

__all__ = [
    "CsvColumns",
    "DomainMap",
    "FileContext",
    "FileSummary",
    "Hold",
    "Ignored",
    "LogParser",
    "LogReader",
    "LogReport",
    "Malformed",
    "ParseOptions",
    "Pseudonymiser",
    "PurgeReceipt",
    "ReportOptions",
    "Request",
    "Reveal",
    "SchoolCalendar",
    "Site",
    "Store",
    "Visit",
    "VisitRules",
    "available_formats",
    "build_report",
    "build_visits",
    "get_parser",
    "load_csv_columns",
    "load_secret",
    "logs",
    "register",
    "render",
    "report_from_store",
]
