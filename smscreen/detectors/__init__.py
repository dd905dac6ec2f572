"""Detectors: compiled matchers that find hits in a post. Found by name through a registry."""

from __future__ import annotations

import importlib

from smscreen.detectors.base import DETECTORS, Detector, Hit, PostContext, Triggers, register_detector

__all__ = [
    "DETECTORS",
    "Detector",
    "Hit",
    "PostContext",
    "Triggers",
    "load_builtin_detectors",
    "register_detector",
]

# Each module registers its detectors when imported. Listed here once so a new detector touches one line.
_BUILTIN_MODULES = (
    "smscreen.detectors.personal_data",
    "smscreen.detectors.roster",
    "smscreen.detectors.school",
    "smscreen.detectors.events",
    "smscreen.detectors.contact",
    "smscreen.detectors.self_identification",
    "smscreen.detectors.accounts",
    "smscreen.detectors.identifying",
)


def load_builtin_detectors() -> None:
    """Import the built-in detector modules (idempotent)."""
    for name in _BUILTIN_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            # A module not written yet is absent, not broken; anything else must surface.
            if exc.name != name:
                raise
