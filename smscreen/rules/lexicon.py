"""Lexicons: tiered term lists from YAML files or plain one-term-a-line lists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from smscreen.errors import Problem, RulesetError
from smscreen.models import Category, Severity
from smscreen.rules.schema import LexiconFile, LexiconRef, Tier
from smscreen.textio import read_text
from smscreen.yamlsource import load_model_document

__all__ = ["Lexicon", "Term", "expand_term", "load_lexicon"]

_SUFFIXES = re.compile(r"^(?P<base>.*?[^\s(])\((?P<alts>[^()]+)\)$")


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    lexicon: str
    tier: Tier
    severity: Severity
    tags: frozenset[str]
    category: Category | None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    name: str
    path: str
    category: Category | None
    terms: tuple[Term, ...]


def expand_term(term: str) -> list[str]:
    """``twat(s)`` -> twat, twats; ``wank(er|ers)`` -> wank, wanker, wankers; other terms as they are."""
    term = " ".join(term.split())
    m = _SUFFIXES.match(term)
    if not m:
        return [term]
    base = m.group("base")
    return [base, *(base + alt.strip() for alt in m.group("alts").split("|") if alt.strip())]


def load_lexicon(name: str, ref: str | LexiconRef, *, base_dir: Path, problems: list[Problem]) -> Lexicon | None:
    """Load one lexicon; problems are appended (with file and line), ``None`` if unusable."""
    spec = ref if isinstance(ref, LexiconRef) else LexiconRef(file=ref)
    path = base_dir / spec.file
    if not path.is_file():
        problems.append(Problem(f"lexicon {name!r}: file {spec.file!r} not found", str(path)))
        return None
    try:
        if path.suffix in (".yaml", ".yml"):
            return _load_yaml_lexicon(name, path, problems)
        return _load_word_list(name, path, spec)
    except RulesetError as exc:
        problems.extend(exc.problems)
        return None


def _load_word_list(name: str, path: Path, spec: LexiconRef) -> Lexicon:
    terms: list[Term] = []
    for lineno, raw in enumerate(read_text(path, error_cls=RulesetError).splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        for text in expand_term(line):
            terms.append(Term(text, name, spec.tier, spec.severity, frozenset(spec.tags), spec.category, lineno))
    return Lexicon(name=name, path=str(path), category=spec.category, terms=tuple(terms))


def _load_yaml_lexicon(name: str, path: Path, problems: list[Problem]) -> Lexicon | None:
    loaded = load_model_document(path, LexiconFile, problems, what="lexicon", error_cls=RulesetError)
    if loaded is None:
        return None
    spec, doc = loaded
    terms: list[Term] = []
    for gi, group in enumerate(spec.groups):
        # One tag set per group, shared by its terms (a lexicon has thousands of terms and a few groups).
        tags = frozenset(group.tags)
        category = group.category or spec.category
        for ti, raw in enumerate(group.terms):
            line, _ = doc.where(("groups", gi, "terms", ti))
            for text in expand_term(raw):
                terms.append(Term(text, name, group.tier, group.severity, tags, category, line))
    for ei, entry in enumerate(spec.entries):
        line, _ = doc.where(("entries", ei))
        for text in expand_term(entry.term):
            terms.append(
                Term(
                    text,
                    name,
                    entry.tier or "block",
                    entry.severity or Severity.MEDIUM,
                    frozenset(entry.tags),
                    entry.category or spec.category,
                    line,
                )
            )
    return Lexicon(name=name, path=str(path), category=spec.category, terms=tuple(terms))
