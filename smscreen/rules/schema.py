"""The shape of rule, ruleset and lexicon files (docs/rule-format.md). Unknown keys are errors."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator, model_validator

from smscreen.models import Category, Clause, Severity

__all__ = [
    "AllowEntry",
    "DetectorMatcher",
    "FuzzyMatcher",
    "LexiconEntry",
    "LexiconFile",
    "LexiconGroup",
    "LexiconMatcher",
    "LexiconRef",
    "MatcherSpec",
    "PhrasesMatcher",
    "Proximity",
    "RegexMatcher",
    "RuleSpec",
    "RuleTests",
    "RulesetFile",
    "TestCase",
    "Thresholds",
    "Tier",
]

Tier = Literal["block", "watch"]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MatcherTriggers(_Strict):
    """Declared triggers for a matcher the engine cannot see inside (a regex)."""

    words: tuple[str, ...] = ()
    # With `with_any`, each trigger word counts only alongside one of these ("tool" only near "you").
    with_any: tuple[str, ...] = ()
    # With `within`, a trigger word counts only when one of `with_any` comes at most this many words before it
    # (or the post has an @handle, which can stand for the person): checked before the regex runs.
    within: int | None = Field(default=None, ge=0, le=100)
    # With `between` (needs `within`), every word between that companion and the trigger word must be one of these
    # (or a trigger or companion word): the pattern's own fillers, so other words in between break the pair.
    between: tuple[str, ...] | None = None
    digits: bool = False
    at: bool = False
    hash: bool = False
    fields: tuple[Literal["in_reply_to", "mentions", "connections", "bio", "handle", "official"], ...] = ()

    @model_validator(mode="after")
    def _within_needs_with_any(self) -> MatcherTriggers:
        if self.within is not None and not self.with_any:
            raise ValueError("triggers.within needs with_any (the words that must come before a trigger word)")
        if self.between is not None and self.within is None:
            raise ValueError("triggers.between needs within (it narrows which words may stand in that distance)")
        return self


class LexiconMatcher(_Strict):
    lexicon: str | tuple[str, ...]
    tags: tuple[str, ...] = ()
    tier: Tier | None = None

    @property
    def lexicons(self) -> tuple[str, ...]:
        return (self.lexicon,) if isinstance(self.lexicon, str) else self.lexicon


class PhrasesMatcher(_Strict):
    phrases: tuple[str, ...] = Field(min_length=1)


class RegexMatcher(_Strict):
    regex: str
    # `on` is accepted too: it reads naturally ("match on the original text").
    view: Literal["original", "normalised"] = Field(default="normalised", validation_alias=AliasChoices("view", "on"))
    timeout_ms: int = Field(default=50, ge=1, le=5000)
    ignore_case: bool = True
    triggers: MatcherTriggers | None = None

    @model_validator(mode="after")
    def _within_on_normalised(self) -> RegexMatcher:
        if self.triggers is not None and self.triggers.within is not None and self.view != "normalised":
            raise ValueError("triggers.within counts the words of the normalised view: use view: normalised")
        return self


class FuzzyMatcher(_Strict):
    fuzzy: tuple[str, ...] = Field(min_length=1)
    threshold: float = Field(default=88.0, ge=50, le=100)


class DetectorMatcher(BaseModel):
    """A registered detector; every other key is an option passed to it."""

    model_config = ConfigDict(frozen=True, extra="allow")

    detector: str

    @property
    def options(self) -> dict[str, Any]:
        return dict(self.model_extra or {})


MatcherSpec = LexiconMatcher | PhrasesMatcher | RegexMatcher | FuzzyMatcher | DetectorMatcher

_MATCHER_KINDS: dict[str, type[BaseModel]] = {
    "lexicon": LexiconMatcher,
    "phrases": PhrasesMatcher,
    "regex": RegexMatcher,
    "fuzzy": FuzzyMatcher,
    "detector": DetectorMatcher,
}


def parse_matcher(raw: Any) -> MatcherSpec:
    """Pick the matcher model by the one kind key it has, so errors speak of the right kind."""
    if not isinstance(raw, dict):
        raise ValueError("a matcher is a mapping such as {lexicon: abuse} or {phrases: [...]}")
    kinds = [k for k in _MATCHER_KINDS if k in raw]
    if len(kinds) != 1:
        raise ValueError(f"a matcher needs exactly one of {', '.join(_MATCHER_KINDS)}; got {sorted(raw)}")
    model = _MATCHER_KINDS[kinds[0]]
    return model.model_validate(raw)  # type: ignore[return-value]  # each kind's model is a MatcherSpec member


class Proximity(_Strict):
    tokens: int = Field(ge=0, le=1000)


class TestCase(_Strict):
    """A test text, with optional post metadata for rules that read it."""

    text: str
    account: dict[str, Any] | None = None
    author_id: str | None = None
    created_at: str | None = None
    in_reply_to: str | None = None
    connections: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()


def _as_case(value: Any) -> Any:
    return {"text": value} if isinstance(value, str) else value


class RuleTests(_Strict):
    fire: tuple[TestCase, ...] = ()
    # "pass" is a keyword in Python; the YAML key stays `pass`.
    pass_: tuple[TestCase, ...] = Field(default=(), alias="pass")

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @field_validator("fire", "pass_", mode="before")
    @classmethod
    def _strings_are_cases(cls, value: Any) -> Any:
        return [_as_case(v) for v in value] if isinstance(value, list) else value


class RuleSpec(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$")
    title: str
    category: Category
    clause: Clause
    severity: Severity
    confidence: float = Field(default=0.9, gt=0, le=1)
    message: str
    matchers: dict[str, Any] = Field(min_length=1)
    condition: str | None = None
    within: Proximity | None = None
    same_sentence: bool = False
    span: str | None = None
    unless: dict[str, Any] = Field(default_factory=dict)
    unless_within: Proximity | None = None
    ignore_permissions: bool = False
    falsepositives: tuple[str, ...] = ()
    tests: RuleTests = Field(default_factory=RuleTests)
    description: str | None = None

    def parsed_matchers(self) -> dict[str, MatcherSpec]:
        return {name: parse_matcher(raw) for name, raw in self.matchers.items()}

    def parsed_unless(self) -> dict[str, MatcherSpec]:
        return {name: parse_matcher(raw) for name, raw in self.unless.items()}


class Thresholds(_Strict):
    block: Severity = Severity.HIGH
    review: Severity = Severity.MEDIUM

    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        if self.review.rank > self.block.rank:
            raise ValueError("the review threshold must not be above the block threshold")
        return self


class LexiconRef(_Strict):
    file: str
    category: Category | None = None
    tier: Tier = "block"
    severity: Severity = Severity.MEDIUM
    tags: tuple[str, ...] = ()


class AllowEntry(_Strict):
    term: str = Field(min_length=1)
    reason: str = Field(min_length=3)
    expires: date
    rules: tuple[str, ...] = ()


class RulesetFile(_Strict):
    ruleset: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
    title: str | None = None
    account: Literal["personal", "official"] | None = None
    extends: str | None = None
    include: tuple[str, ...] = ()
    lexicons: dict[str, str | LexiconRef] = Field(default_factory=dict)
    thresholds: Thresholds | None = None
    settings: dict[str, Any] = Field(default_factory=dict)
    clauses: dict[Clause, tuple[str, ...]] = Field(default_factory=dict)
    notes: dict[str, str] = Field(default_factory=dict)
    test_school: str | None = None
    disable: tuple[str, ...] = ()
    severity: dict[str, Severity] = Field(default_factory=dict)
    add_terms: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    allow: tuple[AllowEntry, ...] = ()


class LexiconEntry(_Strict):
    term: str = Field(min_length=1)
    tier: Tier | None = None
    severity: Severity | None = None
    tags: tuple[str, ...] = ()
    category: Category | None = None


class LexiconGroup(_Strict):
    tier: Tier = "block"
    severity: Severity = Severity.MEDIUM
    tags: tuple[str, ...] = ()
    category: Category | None = None
    terms: tuple[str, ...] = Field(min_length=1)


class LexiconFile(_Strict):
    lexicon: str
    category: Category | None = None
    description: str | None = None
    groups: tuple[LexiconGroup, ...] = ()
    entries: tuple[LexiconEntry, ...] = ()
