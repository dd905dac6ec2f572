"""Screening the fixture schools (``tests/fixtures/*-school``) end to end, for the tests that use them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import smscreen
from smscreen import Post


@cache
def school_screener(school: Path, ruleset: str = "uk-school-staff") -> smscreen.Screener:
    """One screener per school and ruleset for the whole test run: building one costs about a second."""
    return smscreen.Screener.from_school(school, ruleset=ruleset)


def school_findings(school: Path, text: str, *categories: str, bio: str = "", kind: str = "personal",
                    handle: str = "@someone", **meta: object) -> list[tuple[str | None, str | None]]:
    """(text, subject id) of the findings of ``categories`` in a post screened with the school's ruleset for the
    account ``kind`` (the official ruleset for an official account)."""
    post = Post(text=text, account={"kind": kind, "platform": "x", "handle": handle, "bio": bio}, **meta)
    ruleset = "uk-school-official" if kind == "official" else "uk-school-staff"
    result = school_screener(school, ruleset).screen(post)
    return [(f.text, f.subject.id if f.subject else None) for f in result.findings if f.category in categories]
