"""Which site a host belongs to: social platforms (with their CDN and API hosts), user category lists, and
special-category lists (UK GDPR Art. 9), all matched by domain suffix.

A domain matches itself and its subdomains and the longest matching domain wins, so a more specific entry
(``youtubei.googleapis.com``) beats a broader one. When two lists name the same domain, special categories
win over platforms and platforms over user categories: a visit that could reveal special-category data is
always treated as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from smscreen.errors import InputError, Problem
from smscreen.logs.hosts import normalise_host
from smscreen.textio import read_text
from smscreen.yamlsource import load_yaml_documents, validation_problems

__all__ = ["SPECIAL_CATEGORIES", "DomainMap", "PlatformFile", "Site", "SiteKind"]

SiteKind = Literal["platform", "category", "special"]

SPECIAL_CATEGORIES: dict[str, str] = {
    "political-parties": "Political parties",
    "religion": "Religion and belief",
    "health": "Health",
    "trade-unions": "Trade unions",
    "sexuality": "Sex life and sexual orientation",
}

_PRECEDENCE: dict[SiteKind, int] = {"special": 0, "platform": 1, "category": 2}
_PATTERN_DOMAIN = re.compile(r"[a-z0-9*_-]+(?:\.[a-z0-9*_-]+)+")
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")


@dataclass(frozen=True, slots=True)
class Site:
    """A platform or category a visit is counted against."""

    name: str
    label: str
    kind: SiteKind


class PlatformEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    label: str = Field(min_length=1)
    domains: tuple[str, ...] = Field(min_length=1)


class PlatformFile(BaseModel):
    """``platforms.yaml``: ``platforms: {name: {label, domains: [...]}}``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    platforms: dict[str, PlatformEntry]


def _label_pattern(domain: str) -> re.Pattern[str]:
    return re.compile(r"\.".join(re.escape(label).replace(r"\*", "[a-z0-9_-]*") for label in domain.split(".")))


class DomainMap:
    """Host -> :class:`Site` by longest domain suffix."""

    def __init__(self) -> None:
        self._exact: dict[str, Site] = {}
        self._patterns: dict[int, list[tuple[re.Pattern[str], Site]]] = {}
        self._sites: dict[str, Site] = {}

    # -- building -----------------------------------------------------------------------------------------
    def add(self, domain: str, site: Site) -> None:
        """Map ``domain`` (and its subdomains) to ``site``; ``*`` inside a label is a wildcard."""
        domain = domain.strip().lower().rstrip(".")
        known = self._sites.get(site.name)
        if known is not None and known != site:
            raise InputError(f"the name {site.name!r} is already used for {known.label!r} ({known.kind})")
        self._sites[site.name] = site
        if "*" in domain:
            self._patterns.setdefault(domain.count(".") + 1, []).append((_label_pattern(domain), site))
            self._patterns[domain.count(".") + 1].sort(key=lambda item: _PRECEDENCE[item[1].kind])
            return
        existing = self._exact.get(domain)
        if existing is None or _PRECEDENCE[site.kind] < _PRECEDENCE[existing.kind]:
            self._exact[domain] = site

    def add_platforms(self, data: PlatformFile) -> None:
        for name, entry in data.platforms.items():
            site = Site(name, entry.label, "platform")
            for domain in entry.domains:
                self.add(domain, site)

    def add_list(self, name: str, domains: Iterable[str], *, kind: SiteKind = "category", label: str = "") -> None:
        site = Site(name, label or name, kind)
        for domain in domains:
            self.add(domain, site)

    def add_list_file(self, name: str, path: str | Path, *, kind: SiteKind = "category") -> None:
        """Add a one-domain-a-line list (the ut1 ``domains`` format; ``#`` comments and blank lines allowed)."""
        if not _NAME.fullmatch(name):
            raise InputError(f"list name {name!r} must be lower-case letters, digits, '-' or '_'")
        label = SPECIAL_CATEGORIES.get(name, name) if kind == "special" else name
        self.add_list(name, read_domain_list(path), kind=kind, label=label)

    def load_platform_file(self, path: str | Path) -> None:
        """Add platforms from a user's YAML file in the ``platforms.yaml`` shape."""
        docs = load_yaml_documents(path, error_cls=InputError)
        if len(docs) != 1:
            raise InputError("a platform file must hold one YAML document", path=str(path))
        try:
            data = PlatformFile.model_validate(docs[0].data)
        except ValidationError as exc:
            raise InputError("invalid platform file", problems=validation_problems(exc, docs[0])) from None
        self.add_platforms(data)

    @classmethod
    def builtin(cls) -> DomainMap:
        """The shipped social platforms and special-category lists."""
        data_dir = resources.files("smscreen.logs") / "data"
        domains = cls()
        platforms = yaml.safe_load((data_dir / "platforms.yaml").read_text(encoding="utf-8"))
        domains.add_platforms(PlatformFile.model_validate(platforms))
        for name, label in SPECIAL_CATEGORIES.items():
            text = (data_dir / "special" / f"{name}.txt").read_text(encoding="utf-8")
            domains.add_list(name, _parse_domain_list(text, f"<builtin {name}>"), kind="special", label=label)
        return domains

    # -- matching -----------------------------------------------------------------------------------------
    def match(self, host: str) -> Site | None:
        labels = host.split(".")
        for i in range(len(labels)):
            suffix = ".".join(labels[i:])
            site = self._exact.get(suffix)
            if site is not None:
                return site
            for pattern, pattern_site in self._patterns.get(len(labels) - i, ()):
                if pattern.fullmatch(suffix):
                    return pattern_site
        return None

    def sites(self) -> list[Site]:
        return sorted(self._sites.values(), key=lambda s: (_PRECEDENCE[s.kind], s.name))


def _parse_domain_list(text: str, path: str) -> list[str]:
    domains: list[str] = []
    problems: list[Problem] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        entry = line.split("#", 1)[0].strip().lower()
        if not entry:
            continue
        valid = _PATTERN_DOMAIN.fullmatch(entry) if "*" in entry else normalise_host(entry)
        if valid:
            domains.append(entry)
        else:
            problems.append(Problem("not a domain (one bare domain a line, e.g. example.com)", path, lineno))
    if problems:
        raise InputError("invalid domain list", problems=problems)
    return domains


def read_domain_list(path: str | Path) -> list[str]:
    return _parse_domain_list(read_text(path, error_cls=InputError), str(path))
