"""smscreen: screen social-media content against a UK school's Social Media Policy.

Public API::

    import smscreen
    screener = smscreen.Screener.from_school("path/to/school", ruleset="uk-school-staff")
    result = screener.screen("text")          # or screen(smscreen.Post(...))
    result.verdict, result.findings
"""

from smscreen.errors import (
    ArchiveError,
    InputError,
    LogFormatError,
    PostError,
    ProfileError,
    RulesetError,
    ScreeningError,
    SmscreenError,
)
from smscreen.models import Account, Category, Clause, Finding, Post, Result, Severity, Subject, Verdict
from smscreen.profile import SchoolProfile, load_profile
from smscreen.rules.loader import Ruleset, load_ruleset
from smscreen.screener import Screener

__version__ = "0.1.0"

__all__ = [
    "Account",
    "ArchiveError",
    "Category",
    "Clause",
    "Finding",
    "InputError",
    "LogFormatError",
    "Post",
    "PostError",
    "ProfileError",
    "Result",
    "Ruleset",
    "RulesetError",
    "SchoolProfile",
    "Screener",
    "ScreeningError",
    "Severity",
    "SmscreenError",
    "Subject",
    "Verdict",
    "__version__",
    "load_profile",
    "load_ruleset",
]
