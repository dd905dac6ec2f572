"""Load a ruleset: its rule files, lexicons, the ruleset it extends and a school's overrides.

Every problem found is collected (with ``path:line:col``) and raised together as one RulesetError,
so a user fixes a file in one pass instead of one error at a time.
"""

from __future__ import annotations

import glob  # only for glob.has_magic
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import regex
from pydantic import ValidationError

from smscreen.errors import Problem, RulesetError
from smscreen.models import CATEGORY_CLAUSES, Clause, Severity
from smscreen.rules.condition import ConditionError, Expr, parse_condition
from smscreen.rules.lexicon import Lexicon, Term, expand_term, load_lexicon
from smscreen.rules.schema import (
    AllowEntry,
    DetectorMatcher,
    LexiconMatcher,
    MatcherSpec,
    RegexMatcher,
    RulesetFile,
    RuleSpec,
    Thresholds,
    parse_matcher,
)
from smscreen.textio import read_text
from smscreen.yamlsource import YamlDocument, load_model_document, parse_yaml_documents, validation_problems

__all__ = ["LoadedRule", "Ruleset", "load_rule_file", "load_ruleset", "resolve_ruleset_path", "shipped_rulesets_dir"]


@dataclass(frozen=True)
class LoadedRule:
    spec: RuleSpec
    path: str
    line: int | None
    matchers: dict[str, MatcherSpec]
    unless: dict[str, MatcherSpec]
    condition: Expr
    span: str
    severity: Severity

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass
class Ruleset:
    """A fully resolved ruleset, ready to compile."""

    name: str
    path: str
    title: str | None = None
    account: str = "personal"
    rules: dict[str, LoadedRule] = field(default_factory=dict)
    lexicons: dict[str, Lexicon] = field(default_factory=dict)
    thresholds: Thresholds = field(default_factory=Thresholds)
    settings: dict[str, Any] = field(default_factory=dict)
    clauses: dict[Clause, tuple[str, ...]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    allow: tuple[AllowEntry, ...] = ()
    disabled: tuple[str, ...] = ()
    test_school: Path | None = None
    chain: tuple[str, ...] = ()

    def coverage(self) -> dict[Clause, list[str]]:
        """Clause -> the rules implementing it: by each rule's own clause, by its category (SPEC §3),
        and by the ruleset's explicit ``clauses`` map (cross-cutting rules such as family links)."""
        out: dict[Clause, list[str]] = {c: [] for c in Clause}
        for rule in self.rules.values():
            for clause in (rule.spec.clause, *CATEGORY_CLAUSES[rule.spec.category]):
                if rule.id not in out[clause]:
                    out[clause].append(rule.id)
        for clause, ids in self.clauses.items():
            out[clause].extend(i for i in ids if i in self.rules and i not in out[clause])
        return out


def shipped_rulesets_dir() -> Path:
    """Where the shipped rulesets are: inside an installed wheel, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_rulesets"
    return packaged if packaged.is_dir() else here.parent / "rulesets"


def resolve_ruleset_path(name_or_path: str | Path) -> Path:
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return candidate
    shipped = shipped_rulesets_dir() / f"{name_or_path}.yaml"
    if shipped.is_file():
        return shipped
    names = sorted(p.stem for p in shipped_rulesets_dir().glob("*.yaml"))
    raise RulesetError(f"no ruleset named {str(name_or_path)!r}; shipped rulesets: {', '.join(names) or 'none'}")


def load_ruleset(name_or_path: str | Path) -> Ruleset:
    """Load and validate a ruleset (a shipped name or a path). Raises RulesetError with every problem."""
    # Importing the built-in detectors registers them, so detector names can be checked.
    from smscreen.detectors import load_builtin_detectors

    load_builtin_detectors()
    path = resolve_ruleset_path(name_or_path)
    problems: list[Problem] = []
    ruleset = _load(path, problems, seen=())
    if problems:
        raise RulesetError("invalid ruleset", problems=problems)
    assert ruleset is not None
    return ruleset


def _load(path: Path, problems: list[Problem], *, seen: tuple[str, ...]) -> Ruleset | None:
    key = str(path.resolve())
    if key in seen:
        problems.append(Problem("ruleset extends itself (a cycle)", str(path)))
        return None
    if not path.is_file():
        problems.append(Problem("ruleset file not found", str(path)))
        return None
    loaded = load_model_document(path, RulesetFile, problems, what="ruleset", error_cls=RulesetError)
    if loaded is None:
        return None
    spec, doc = loaded
    base_dir = path.parent

    if spec.extends:
        try:
            base_path = resolve_ruleset_path(
                spec.extends if not spec.extends.endswith((".yaml", ".yml")) else base_dir / spec.extends
            )
        except RulesetError as exc:
            line, col = doc.where(("extends",))
            problems.append(Problem(str(exc.problems[0].message), str(path), line, col))
            return None
        base = _load(base_path, problems, seen=(*seen, key))
        if base is None:
            return None
        ruleset = replace(base, rules=dict(base.rules), lexicons=dict(base.lexicons), settings=dict(base.settings))
        ruleset.chain = (*base.chain, base.name)
    else:
        ruleset = Ruleset(name=spec.ruleset, path=str(path))
    ruleset.name = spec.ruleset
    ruleset.path = str(path)
    ruleset.title = spec.title or ruleset.title
    if spec.account:
        ruleset.account = spec.account
    if spec.thresholds:
        ruleset.thresholds = spec.thresholds
    ruleset.settings = _deep_merge(ruleset.settings, spec.settings)
    ruleset.notes = {**ruleset.notes, **spec.notes}
    ruleset.clauses = {**ruleset.clauses, **spec.clauses}
    ruleset.allow = (*ruleset.allow, *spec.allow)
    if spec.test_school:
        ruleset.test_school = (base_dir / spec.test_school).resolve()

    for name, ref in spec.lexicons.items():
        lex = load_lexicon(name, ref, base_dir=base_dir, problems=problems)
        if lex is not None:
            ruleset.lexicons[name] = lex
    for name, extra in spec.add_terms.items():
        if name not in ruleset.lexicons:
            line, col = doc.where(("add_terms", name))
            problems.append(Problem(f"add_terms: no lexicon named {name!r}", str(path), line, col))
            continue
        ruleset.lexicons[name] = _add_terms(ruleset.lexicons[name], extra)

    own: dict[str, LoadedRule] = {}  # rules this file includes; a school's file may replace a base rule
    for i, pattern in enumerate(spec.include):
        matches = sorted(str(p) for p in base_dir.glob(pattern))
        if not matches and not glob.has_magic(pattern):
            line, col = doc.where(("include", i))
            problems.append(Problem(f"include {pattern!r} matches no file", str(path), line, col))
        for rule_path in matches:
            for rule in load_rule_file(rule_path, problems):
                if rule.id in own:
                    problems.append(
                        Problem(f"duplicate rule id {rule.id!r} (first at {own[rule.id].location})",
                                rule.path, rule.line)
                    )
                own[rule.id] = rule
                ruleset.rules[rule.id] = rule

    for field_name, ids in (("disable", spec.disable), ("severity", tuple(spec.severity))):
        for rule_id in ids:
            if rule_id not in ruleset.rules:
                line, col = doc.where((field_name, rule_id) if field_name == "severity" else (field_name,))
                problems.append(Problem(f"{field_name}: no rule {rule_id!r}", str(path), line, col))
    for rule_id, severity in spec.severity.items():
        if rule_id in ruleset.rules:
            ruleset.rules[rule_id] = replace(ruleset.rules[rule_id], severity=severity)
    for rule_id in spec.disable:
        ruleset.rules.pop(rule_id, None)
    ruleset.disabled = (*ruleset.disabled, *spec.disable)

    _check_references(ruleset, doc, problems)
    return ruleset


def _deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def _add_terms(lexicon: Lexicon, extra: tuple[str, ...]) -> Lexicon:
    template = lexicon.terms[0] if lexicon.terms else None
    added = [
        Term(
            text,
            lexicon.name,
            template.tier if template else "block",
            template.severity if template else Severity.MEDIUM,
            template.tags if template else frozenset(),
            lexicon.category,
        )
        for raw in extra
        for text in expand_term(raw)
    ]
    return replace(lexicon, terms=(*lexicon.terms, *added))


def load_rule_file(path: str | Path, problems: list[Problem]) -> list[LoadedRule]:
    """Load every rule document in one file; problems are appended with their location."""
    try:
        docs = parse_yaml_documents(read_text(path, error_cls=RulesetError), path=str(path), error_cls=RulesetError)
    except RulesetError as exc:
        problems.extend(exc.problems)
        return []
    rules: list[LoadedRule] = []
    for doc in docs:
        problems.extend(doc.duplicate_keys)
        rule = _load_rule(doc, problems)
        if rule is not None:
            rules.append(rule)
    return rules


def _load_rule(doc: YamlDocument, problems: list[Problem]) -> LoadedRule | None:
    if not isinstance(doc.data, dict):
        problems.append(doc.problem("a rule is a YAML mapping (id:, title:, ...)"))
        return None
    try:
        spec = RuleSpec.model_validate(doc.data)
    except ValidationError as exc:
        problems.extend(validation_problems(exc, doc))
        return None
    ok = True
    matchers: dict[str, MatcherSpec] = {}
    unless: dict[str, MatcherSpec] = {}
    for section, raw_map, out in (("matchers", spec.matchers, matchers), ("unless", spec.unless, unless)):
        for name, raw in raw_map.items():
            try:
                out[name] = parse_matcher(raw)
            except ValidationError as exc:
                problems.extend(validation_problems(exc, doc, prefix=(section, name)))
                ok = False
                continue
            except ValueError as exc:
                problems.append(doc.problem(f"{section}.{name}: {exc}", (section, name)))
                ok = False
                continue
            matcher = out[name]
            if isinstance(matcher, RegexMatcher):
                try:
                    regex.compile(matcher.regex)
                except regex.error as exc:
                    problems.append(doc.problem(f"{section}.{name}: invalid regex: {exc}", (section, name, "regex")))
                    ok = False
    clash = set(matchers) & set(unless)
    if clash:
        problems.append(doc.problem(f"names used in both matchers and unless: {sorted(clash)}", ("unless",)))
        ok = False
    try:
        condition = parse_condition(spec.condition or " and ".join(spec.matchers))
    except ConditionError as exc:
        problems.append(doc.problem(f"condition: {exc}", ("condition",)))
        return None
    unknown = [n for n in condition.names() if n not in spec.matchers]
    if unknown:
        problems.append(doc.problem(f"condition names unknown matcher(s) {sorted(set(unknown))}", ("condition",)))
        ok = False
    positives = condition.positives()
    span = spec.span or (positives[0] if positives else None)
    if span is None:
        problems.append(doc.problem("the condition needs at least one matcher that is not negated", ("condition",)))
        ok = False
    elif span not in positives:
        problems.append(doc.problem(f"span {span!r} must be a matcher the condition requires", ("span",)))
        ok = False
    if not ok or span is None:
        return None
    line, _ = doc.where(())
    return LoadedRule(
        spec=spec,
        path=doc.path,
        line=line,
        matchers=matchers,
        unless=unless,
        condition=condition,
        span=span,
        severity=spec.severity,
    )


def _check_references(ruleset: Ruleset, doc: YamlDocument, problems: list[Problem]) -> None:
    from smscreen.detectors.base import DETECTORS

    for rule in ruleset.rules.values():
        for section, matchers in (("matchers", rule.matchers), ("unless", rule.unless)):
            for name, matcher in matchers.items():
                where = f"{section}.{name}"
                if isinstance(matcher, LexiconMatcher):
                    for lex in matcher.lexicons:
                        if lex not in ruleset.lexicons:
                            problems.append(Problem(
                                f"rule {rule.id}: {where}: unknown lexicon {lex!r} "
                                f"(known: {', '.join(sorted(ruleset.lexicons)) or 'none'})",
                                rule.path, rule.line))
                elif isinstance(matcher, DetectorMatcher) and matcher.detector not in DETECTORS:
                    problems.append(Problem(
                        f"rule {rule.id}: {where}: unknown detector {matcher.detector!r} "
                        f"(known: {', '.join(sorted(DETECTORS)) or 'none'})",
                        rule.path, rule.line))
    for clause, ids in ruleset.clauses.items():
        for i, rule_id in enumerate(ids):
            if rule_id not in ruleset.rules and rule_id not in ruleset.disabled:
                line, col = doc.where(("clauses", clause.value, i))
                problems.append(Problem(f"clauses.{clause.value}: no rule {rule_id!r}", doc.path, line, col))
