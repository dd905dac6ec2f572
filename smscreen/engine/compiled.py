"""A ruleset compiled against a school profile: every matcher built once, shared between rules."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from smscreen.detectors.base import DETECTORS, Hit, Triggers
from smscreen.engine.matchers import (
    CompiledMatcher,
    DetectorMatcherC,
    FuzzyMatcherC,
    PhraseIndex,
    PhraseMatcherC,
    PostState,
    ProximityGate,
    RegexMatcherC,
    freeze_options,
    phrase_words,
)
from smscreen.engine.triggers import TriggerIndex
from smscreen.errors import Problem, RulesetError
from smscreen.normalize import Normalizer
from smscreen.rules.condition import Atom, Expr, Not, Or
from smscreen.rules.loader import LoadedRule, Ruleset
from smscreen.rules.schema import (
    DetectorMatcher,
    FuzzyMatcher,
    LexiconMatcher,
    MatcherSpec,
    PhrasesMatcher,
    RegexMatcher,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from smscreen.profile import SchoolProfile

__all__ = ["MAX_POST_CHARS", "CompiledRule", "CompiledRuleset"]

log = logging.getLogger(__name__)

# Posts longer than this are refused with a clear error instead of screened: no real post is this
# long, and the bound keeps worst-case time and memory predictable.
MAX_POST_CHARS = 2_000_000


class _InactiveMatcher:
    requires_profile = True
    triggers = Triggers()

    def find(self, state: PostState) -> list[Hit]:
        return []


@dataclass(frozen=True)
class CompiledRule:
    rule: LoadedRule
    matchers: dict[str, int]
    unless: dict[str, int]
    span_matcher: int
    severity_overridden: bool
    inactive_reason: str | None = None
    # True when the condition is the span matcher alone: the rule is possible as soon as that opens.
    simple: bool = field(init=False, compare=False)
    # The condition in disjunctive normal form over matcher indices: the rule is possible when every matcher
    # of some alternative has its triggers in the post (see feasible()).
    needs: tuple[frozenset[int], ...] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "simple", self.rule.condition == Atom(self.rule.span))
        needs = _alternatives(self.rule.condition, self.matchers)
        if needs is None:  # too many alternatives to be worth it: the span matcher alone decides
            needs = [frozenset()]
        object.__setattr__(self, "needs", tuple({n | {self.span_matcher} for n in needs}))

    @property
    def id(self) -> str:
        return self.rule.id

    def feasible(self, opened: frozenset[int]) -> bool:
        """Whether this rule could fire when only the ``opened`` matchers can have hits.

        A matcher whose triggers are absent has no hits, so ``a and b`` cannot hold unless both are open.
        ``not x`` may hold either way (x may be open but not near), so it never rules a post out.
        """
        if self.span_matcher not in opened:
            return False
        return self.simple or any(need <= opened for need in self.needs)


_MAX_ALTERNATIVES = 64


def _alternatives(expr: Expr, matchers: Mapping[str, int]) -> list[frozenset[int]] | None:
    """``expr`` as alternatives, each the set of matchers that must all be open; None past the cap."""
    if isinstance(expr, Atom):
        index = matchers.get(expr.name)
        return [frozenset() if index is None else frozenset({index})]
    if isinstance(expr, Not):
        return [frozenset()]
    parts = [_alternatives(p, matchers) for p in expr.parts]
    if any(p is None for p in parts):
        return None
    if isinstance(expr, Or):
        out = [need for p in parts if p is not None for need in p]
    else:
        out = [frozenset()]
        for p in parts:
            assert p is not None
            out = [a | b for a in out for b in p]
            if len(out) > _MAX_ALTERNATIVES:
                return None
    return out if len(out) <= _MAX_ALTERNATIVES else None


class CompiledRuleset:
    """Everything per-post screening needs, built once. Read-only afterwards (safe to share across threads)."""

    def __init__(self, ruleset: Ruleset, profile: SchoolProfile | None) -> None:
        from spacy.lang.en import English

        from smscreen.detectors.names import english_tokenizer
        from smscreen.detectors.names import tokenizer as phrase_tokenizer

        self.ruleset = ruleset
        self.profile = profile
        # spacy.blank("en") without its config machinery, and with the tokenizer every English pipeline has (see
        # english_tokenizer).
        self.nlp: Language = English(create_tokenizer=english_tokenizer)
        self.nlp.max_length = MAX_POST_CHARS + 1
        self.sentencizer = self.nlp.add_pipe("sentencizer")
        self.normalizer = Normalizer(join_vocabulary=self._join_vocabulary(ruleset, profile))
        # Allow-list terms in their normalised form, with their expiry and the rules they apply to.
        self.allow = tuple(
            (self.normalizer(entry.term).text.strip(), entry.expires, frozenset(entry.rules)) for entry in ruleset.allow
        )
        # Phrases are tokenised by the process-wide pipeline the name, school and event indexes use, so that
        # this one's tokenizer stays fresh for posts (see PhraseIndex).
        self.phrases = PhraseIndex(phrase_tokenizer(), self.normalizer)
        self.matchers: list[CompiledMatcher] = []
        self._matcher_keys: dict[str, int] = {}
        problems: list[Problem] = []
        rules: list[CompiledRule] = []
        for rule in ruleset.rules.values():
            compiled = self._compile_rule(rule, problems)
            if compiled is not None:
                rules.append(compiled)
        if problems:
            raise RulesetError("ruleset cannot be compiled", problems=problems)
        self.phrases.compile()
        self.rules: tuple[CompiledRule, ...] = tuple(rules)
        # Rules whose detectors read the other rules' findings (Detector.reads_findings) are evaluated last, in
        # the order they were loaded; the rest keep theirs.
        # Such a rule is possible on every candidate post (the others' findings may open it, see evaluate._hits),
        # and its matchers that read findings run on a post with findings even when their own triggers are absent.
        self.reads_findings = frozenset(
            i for i, m in enumerate(self.matchers) if getattr(m, "reads_findings", False)
        )
        active = [r for r in rules if r.inactive_reason is None]
        self.late_rules = frozenset(
            r.id for r in active
            if not self.reads_findings.isdisjoint((r.span_matcher, *r.matchers.values(), *r.unless.values()))
        )
        self.active_rules = tuple(sorted(active, key=lambda r: r.id in self.late_rules))
        self._late_positions = frozenset(i for i, r in enumerate(self.active_rules) if r.id in self.late_rules)
        self.triggers = Triggers.union(self.matchers[r.span_matcher].triggers for r in self.active_rules)
        self.trigger_index = TriggerIndex([m.triggers for m in self.matchers])
        # Regex matchers with a word-order gate (``triggers.within``): the first pass applies the gate, so a post
        # whose only trigger is a gated regex's word pair, too far apart, is decided there (no Doc, no rules).
        self.gates: tuple[tuple[int, ProximityGate], ...] = tuple(
            (i, m.gate) for i, m in enumerate(self.matchers) if isinstance(m, RegexMatcherC) and m.gate is not None
        )
        # Rules whose condition is their span matcher alone are possible as soon as it opens; the others
        # are checked against the open matchers (see CompiledRule.feasible). Per span matcher, its rules in rule
        # order as (position, needs): needs None for a simple rule, else the condition's alternatives (one, for
        # nearly every rule), tested inline rather than through feasible() and a generator for each.
        by_span: dict[int, list[tuple[int, tuple[frozenset[int], ...] | None]]] = {}
        for pos, r in enumerate(self.active_rules):
            by_span.setdefault(r.span_matcher, []).append((pos, None if r.simple else r.needs))
        self._by_span = {span: tuple(entries) for span, entries in by_span.items()}
        self._spans = frozenset(by_span)
        log.debug(
            "compiled %d rules (%d active), %d matchers, %d phrases, %d trigger words",
            len(self.rules), len(self.active_rules), len(self.matchers), self.phrases.size, len(self.triggers.words),
        )

    def possible_rules(self, opened: frozenset[int]) -> tuple[CompiledRule, ...]:
        """The active rules that could fire on a post whose open matchers are ``opened`` (in rule order)."""
        positions: list[int] = []
        for span in self._spans.intersection(opened):
            for pos, needs in self._by_span[span]:
                if needs is None:
                    positions.append(pos)
                else:
                    for need in needs:
                        if need <= opened:
                            positions.append(pos)
                            break
        if not positions:
            return ()
        rules = self.active_rules
        if self._late_positions:
            positions = list(self._late_positions.union(positions))
        elif len(positions) == 1:
            return (rules[positions[0]],)
        positions.sort()
        return tuple(map(rules.__getitem__, positions))

    @staticmethod
    def _join_vocabulary(ruleset: Ruleset, profile: SchoolProfile | None) -> frozenset[str]:
        """Words the normaliser may rebuild from spaced-out letters ("f u c k"): terms and names only."""
        vocab: set[str] = set()
        for lexicon in ruleset.lexicons.values():
            for term in lexicon.terms:
                vocab.update(w.casefold() for w in term.text.split() if len(w) >= 3)
        if profile is not None:
            for person in profile.people:
                for name in (person.first_name, person.preferred_name, person.last_name, *person.aliases):
                    if name:
                        vocab.update(w.casefold() for w in name.split() if len(w) >= 3)
        return frozenset(vocab)

    def _matcher(self, key: str, build: object) -> int:
        if key not in self._matcher_keys:
            assert callable(build)
            self.matchers.append(build())
            self._matcher_keys[key] = len(self.matchers) - 1
        return self._matcher_keys[key]

    def _compile_matcher(self, rule: LoadedRule, name: str, spec: MatcherSpec, problems: list[Problem]) -> int | None:
        if isinstance(spec, LexiconMatcher):
            key = f"lex:{spec.lexicons}:{spec.tier}:{sorted(spec.tags)}"
            if key in self._matcher_keys:  # built for an earlier rule, so it selects some term
                return self._matcher_keys[key]
            tags = set(spec.tags)
            terms = [
                t
                for lex in spec.lexicons
                for t in self.ruleset.lexicons[lex].terms
                if (spec.tier is None or t.tier == spec.tier) and (not tags or t.tags & tags)
            ]
            if not terms:
                problems.append(
                    Problem(f"rule {rule.id}: matcher {name!r} selects no lexicon term", rule.path, rule.line)
                )
                return None
            return self._matcher(key, lambda: PhraseMatcherC(self.phrases, ((t.text, t) for t in terms)))
        if isinstance(spec, PhrasesMatcher):
            key = f"phr:{sorted(spec.phrases)}"
            return self._matcher(key, lambda: PhraseMatcherC(self.phrases, ((p, None) for p in spec.phrases)))
        if isinstance(spec, RegexMatcher):
            declared = spec.triggers
            if declared is None:
                triggers = Triggers(always=True)
            else:
                words = frozenset(w for t in declared.words for w in phrase_words(self.normalizer(t).text))
                companions = frozenset(w for t in declared.with_any for w in phrase_words(self.normalizer(t).text))
                triggers = Triggers(
                    words=frozenset() if companions else words,
                    phrases=frozenset(frozenset({w, c}) for w in words for c in companions),
                    digits=declared.digits,
                    at=declared.at,
                    hash=declared.hash,
                    fields=frozenset(declared.fields),
                )
            gate = None
            if declared is not None and declared.within is not None:
                between = None
                if declared.between is not None:
                    between = frozenset(w for t in declared.between for w in phrase_words(self.normalizer(t).text))
                gate = ProximityGate(words, companions, declared.within, between)
            key = f"re:{spec.model_dump_json()}"
            return self._matcher(
                key,
                lambda: RegexMatcherC(
                    spec.regex, view=spec.view, timeout_ms=spec.timeout_ms, ignore_case=spec.ignore_case,
                    triggers=triggers, gate=gate,
                ),
            )
        if isinstance(spec, FuzzyMatcher):
            key = f"fz:{spec.model_dump_json()}"
            return self._matcher(key, lambda: FuzzyMatcherC(spec.fuzzy, spec.threshold, self.normalizer))
        assert isinstance(spec, DetectorMatcher)
        factory = DETECTORS[spec.detector]
        if getattr(factory, "requires_profile", False) and self.profile is None:
            # The rule is reported inactive; nothing is built for a profile that is not there.
            return self._matcher(f"inactive:{spec.detector}", _InactiveMatcher)
        options = dict(spec.options)
        options.setdefault("settings", self.ruleset.settings)
        key = f"det:{spec.detector}:{freeze_options(options)}"
        try:
            return self._matcher(key, lambda: DetectorMatcherC(factory(options=options, profile=self.profile)))
        except (ValueError, TypeError, KeyError) as exc:
            problems.append(Problem(f"rule {rule.id}: detector {spec.detector!r}: {exc}", rule.path, rule.line))
            return None

    def _compile_rule(self, rule: LoadedRule, problems: list[Problem]) -> CompiledRule | None:
        matchers: dict[str, int] = {}
        unless: dict[str, int] = {}
        for specs, out in ((rule.matchers, matchers), (rule.unless, unless)):
            for name, spec in specs.items():
                index = self._compile_matcher(rule, name, spec, problems)
                if index is not None:
                    out[name] = index
        if len(matchers) != len(rule.matchers) or len(unless) != len(rule.unless):
            return None
        needs_profile = any(self.matchers[i].requires_profile for i in matchers.values())
        reason = "needs a school profile (--school)" if needs_profile and self.profile is None else None
        return CompiledRule(
            rule=rule,
            matchers=matchers,
            unless=unless,
            span_matcher=matchers[rule.span],
            severity_overridden=rule.severity != rule.spec.severity,
            inactive_reason=reason,
        )
