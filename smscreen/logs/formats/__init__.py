"""Log formats. Every module in this package registers its parser when imported; this imports them all."""

from __future__ import annotations

import importlib
import pkgutil

from smscreen.logs.formats.registry import (
    FileContext,
    LogParser,
    ParseResult,
    available_formats,
    get_parser,
    register,
    sniff,
)

__all__ = ["FileContext", "LogParser", "ParseResult", "available_formats", "get_parser", "register", "sniff"]

# Sorted so that detection ties break the same way on every machine.
for _module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    if _module.name != "registry" and not _module.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_module.name}")
