"""Content rules (rulesets/rules/content/*.yaml) and their lexicons, through the public API.

* every inline test of every content rule: each ``fire`` case produces a finding from that rule, each ``pass``
  case does not (the same contract as ``smscreen rules test``), with and without a school profile where
  the rule needs none;
* a Scunthorpe table: place names, surnames, given names and ordinary words that contain or resemble an
  abusive term produce no abuse, hate or sexual finding;
* obfuscated forms fire with spans that cover exactly the obfuscated word in the original text;
* the lexicons' own contract: tiers, severities, one protected characteristic per hate entry, all nine
  characteristics covered, group nouns and predicates present.

Offensive terms appear only in the YAML data files; this module refers to them through those files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

smscreen = pytest.importorskip("smscreen")
if not hasattr(smscreen, "Screener"):  # the engine is not built yet: nothing to run these against
    pytest.skip("smscreen.Screener is not available", allow_module_level=True)

REPO = Path(__file__).resolve().parent.parent
RULESETS = REPO / "rulesets"
CONTENT = sorted((RULESETS / "rules" / "content").glob("*.yaml"))
LEXICONS = RULESETS / "lexicons"
RULESET = "uk-school-staff"
TEST_SCHOOL = REPO / "corpora" / "hollins-green"
ABUSIVE = {"abuse", "hate", "sexual"}
CHARACTERISTICS = {
    "age",
    "disability",
    "gender-reassignment",
    "marriage-civil-partnership",
    "pregnancy-maternity",
    "race",
    "religion-belief",
    "sex",
    "sexual-orientation",
}
SEVERITIES = {"info", "low", "medium", "high", "critical"}
CONTENT_CLAUSES = {"tou-legal-risk", "tou-abusive-hateful", "tou-misconduct-bullying", "tou-conduct", "tou-reputation"}
CONTENT_CATEGORIES = {"abuse", "hate", "sexual", "illegal", "copyright", "reputation", "defamation"}


def _rules() -> Iterator[tuple[Path, dict[str, Any]]]:
    for path in CONTENT:
        with path.open(encoding="utf-8") as fh:
            for doc in yaml.safe_load_all(fh):
                if doc:
                    yield path, doc


RULES = list(_rules())


def _needs_profile(rule: dict[str, Any]) -> bool:
    return any(isinstance(m, dict) and "detector" in m for m in rule.get("matchers", {}).values())


CASES = [
    pytest.param(rule["id"], kind, text, id=f"{rule['id']}:{kind}:{i}")
    for _, rule in RULES
    for kind in ("fire", "pass")
    for i, text in enumerate((rule.get("tests") or {}).get(kind, []))
]
CASES_WITHOUT_PROFILE = [
    pytest.param(rule["id"], kind, text, id=f"{rule['id']}:{kind}:{i}")
    for _, rule in RULES
    if not _needs_profile(rule)
    for kind in ("fire", "pass")
    for i, text in enumerate((rule.get("tests") or {}).get(kind, []))
]


@pytest.fixture(scope="module")
def school_screener() -> Any:
    return smscreen.Screener.from_school(TEST_SCHOOL, ruleset=RULESET)


@pytest.fixture(scope="module")
def plain_screener() -> Any:
    return smscreen.Screener(ruleset=RULESET)


def _rule_hits(screener: Any, text: str, rule_id: str) -> list[Any]:
    """Findings of one rule before overlaps are merged; falls back to the merged result."""
    if hasattr(screener, "rule_findings"):
        return list(screener.rule_findings(text, rule_id))
    return [f for f in screener.screen(text).findings if f.rule == rule_id]


def _abusive(screener: Any, text: str) -> list[tuple[str, str]]:
    result = screener.screen(text)
    return [
        (f.rule, f.category.value if hasattr(f.category, "value") else str(f.category))
        for f in result.findings
        if str(getattr(f.category, "value", f.category)) in ABUSIVE
    ]


# --------------------------------------------------------------------------- rule files and their tests


def test_content_rules_exist() -> None:
    assert len(RULES) >= 40
    ids = [rule["id"] for _, rule in RULES]
    assert len(ids) == len(set(ids)), "duplicate rule ids"


@pytest.mark.parametrize(("path", "rule"), [pytest.param(p, r, id=r["id"]) for p, r in RULES])
def test_rule_shape(path: Path, rule: dict[str, Any]) -> None:
    assert rule["id"].startswith("content."), path
    assert rule["category"] in CONTENT_CATEGORIES
    assert rule["clause"] in CONTENT_CLAUSES
    assert rule["severity"] in SEVERITIES
    assert 0 < float(rule["confidence"]) <= 1
    message = rule["message"]
    assert "{match}" in message, "a message says what matched"
    assert re.search(r"tou-[a-z-]+", message), "a message names the clause it breaks"
    tests = rule.get("tests") or {}
    assert tests.get("fire"), "every rule has cases that must fire"
    assert tests.get("pass"), "every rule has cases that must not fire"


def test_rules_validate() -> None:
    """The whole ruleset compiles with these files in it (pydantic validation, lexicon references)."""
    screener = smscreen.Screener(ruleset=RULESET)
    ids = {getattr(r, "id", r) for r in getattr(screener, "rules", [])} if hasattr(screener, "rules") else set()
    if ids:
        missing = {rule["id"] for _, rule in RULES} - ids
        assert not missing, f"content rules not loaded: {sorted(missing)}"


@pytest.mark.parametrize(("rule_id", "kind", "text"), CASES)
def test_inline_case(school_screener: Any, rule_id: str, kind: str, text: str) -> None:
    hits = _rule_hits(school_screener, text, rule_id)
    if kind == "fire":
        assert hits, f"{rule_id} should fire"
        for f in hits:
            if f.start is not None:
                assert 0 <= f.start < f.end <= len(text)
                assert f.text == text[f.start : f.end]
    else:
        assert not hits, f"{rule_id} should not fire, got {[h.text for h in hits]}"


@pytest.mark.parametrize(("rule_id", "kind", "text"), CASES_WITHOUT_PROFILE)
def test_inline_case_without_profile(plain_screener: Any, rule_id: str, kind: str, text: str) -> None:
    """Content rules need no school profile: the same cases hold for Screener(ruleset=...)."""
    hits = _rule_hits(plain_screener, text, rule_id)
    assert bool(hits) == (kind == "fire")


# ------------------------------------------------------------------------------------ Scunthorpe table

SCUNTHORPE = [
    "Scunthorpe United won 2-0",
    "Holidays in Essex and Sussex",
    "Middlesex, Wessex and Penistone",
    "the assassin in Julius Caesar",
    "a cocktail party for the PTA",
    "Reading Dickens with Year 6",
    "My therapist says hello",
    "a classic novel",
    "Matt Hancock on the news",
    "Cockburn Street in Edinburgh",
    "Shital Patel joined the governors",
    "Professor Fukuhara visited",
    "Nishit and Shital presented",
    "Arsenal beat Spurs",
    "the cockpit of a Spitfire",
    "shiitake mushrooms",
    "we assessed the class",
    "passionate about maths",
    "the grapes of Wrath",
    "Sextant and compass in Year 5 geography",
    "a butt of Malmsey",
    "Moby Dick by Herman Melville",
    "blue tits and great tits on the bird feeder",
    "the weathercock on the church",
    "a flock of shags on the rocks",
    "Offa's Dyke walk",
    "faggots and mushy peas",
    "a fag break outside",
    "our Maine Coon cat",
    "the ass and the ox in the nativity",
    "a bloody nose at football",
    "the hoe is in the shed with the rakes",
    "our dog is a bitch and had puppies",
    "Nigeria and Niger",
    "the side of my face is swollen",
    "a faggot of sticks for the fire",
    "Cumbria and Cumnock",
    "Penistone Road",
    "Lightwater and Clitheroe",
    "Twatt in Orkney",
    "Homo sapiens",
    "summa cum laude",
    "I'm gay and proud",
    "Congratulations on your civil partnership!",
    "Congratulations on your pregnancy!",
    "the transition to secondary school",
    "flame retardant fabric",
    "a chink of light",
    "the spastic paraplegia research charity",
    "Dick Whittington panto",
    "The Twits by Roald Dahl is our class book",
    "The Dutch built a dike to hold back the sea",
    "I could murder a cup of tea",
    "History: the Nazis called Jews subhuman; we learn why this was evil",
]


@pytest.mark.parametrize("text", SCUNTHORPE)
def test_scunthorpe_no_abusive_finding(plain_screener: Any, text: str) -> None:
    assert _abusive(plain_screener, text) == []


# --------------------------------------------------------------------------------- obfuscated forms

OBFUSCATED = [
    # (text, the exact original span that must be reported, category)
    ("this f u c k i n g printer", "f u c k i n g", "abuse"),
    ("f.u.c.k this", "f.u.c.k", "abuse"),
    ("sh1t day", "sh1t", "abuse"),
    ("fffuuuccckkk", "fffuuuccckkk", "abuse"),
    ("𝐟𝐮𝐜𝐤 this", "𝐟𝐮𝐜𝐤", "abuse"),
    ("ｆｕｃｋ this", "ｆｕｃｋ", "abuse"),
    ("f\u200bu\u200bc\u200bk this", "f\u200bu\u200bc\u200bk", "abuse"),
    ("what an ѕсumbаg", "ѕсumbаg", "abuse"),
    ("KYS", "KYS", "abuse"),
    ("k y s", "k y s", "abuse"),
    ("you're an idiooooot", "idiooooot", "abuse"),
    ("p o r n", "p o r n", "sexual"),
]


@pytest.mark.parametrize(("text", "span", "category"), OBFUSCATED)
def test_obfuscated_forms_fire_with_exact_span(plain_screener: Any, text: str, span: str, category: str) -> None:
    result = plain_screener.screen(text)
    found = [f for f in result.findings if str(getattr(f.category, "value", f.category)) == category]
    assert found, f"no {category} finding"
    start = text.index(span)
    assert any(f.start is not None and f.start <= start and f.end >= start + len(span) for f in found)
    # the reported span stays within the post and reads back from the original text
    for f in found:
        assert f.text == text[f.start : f.end]


def test_targeted_insult_outranks_swearing_at_objects(plain_screener: Any) -> None:
    targeted = plain_screener.screen("you're a pillock")
    untargeted = plain_screener.screen("the bloody van broke down again")
    rank = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}

    def worst(result: Any) -> int:
        return max(rank[str(getattr(f.severity, "value", f.severity))] for f in result.findings)

    assert untargeted.findings and targeted.findings
    assert worst(targeted) > worst(untargeted)
    assert str(getattr(untargeted.verdict, "value", untargeted.verdict)) == "allow"
    assert str(getattr(targeted.verdict, "value", targeted.verdict)) == "block"


def test_threats_and_self_harm_incitement_block(plain_screener: Any) -> None:
    for text in ("I'll smash your face in", "kill yourself", "nobody likes you"):
        result = plain_screener.screen(text)
        assert str(getattr(result.verdict, "value", result.verdict)) == "block", text


def test_defamation_framing_does_not_excuse(school_screener: Any) -> None:
    for text in ("Mr Khan is a thief", "Allegedly Mr Khan is a thief", "Rumour has it Mr Khan is a thief"):
        rules = {f.rule for f in school_screener.screen(text).findings}
        assert rules & {"content.defamation.titled-person", "content.defamation.roster-person"}, text
        assert _rule_hits(school_screener, text, "content.defamation.titled-person"), text


# ------------------------------------------------------------------------------------- the lexicons


def _lexicon(name: str) -> dict[str, Any]:
    with (LEXICONS / f"{name}.yaml").open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def _entries(lex: dict[str, Any]) -> Iterator[tuple[str, str, str, list[str]]]:
    for group in lex.get("groups", []):
        for term in group["terms"]:
            yield term, group["tier"], group["severity"], list(group.get("tags", []))
    for entry in lex.get("entries", []) or []:
        yield entry["term"], entry["tier"], entry["severity"], list(entry.get("tags", []))


@pytest.mark.parametrize("name", ["abuse", "hate", "sexual", "illegal", "reputation", "copyright", "allegation"])
def test_lexicon_shape(name: str) -> None:
    lex = _lexicon(name)
    assert lex["lexicon"] == name
    entries = list(_entries(lex))
    assert len(entries) > 50
    for term, tier, severity, tags in entries:
        assert isinstance(term, str) and term == term.strip() and term, repr(term)
        assert tier in {"block", "watch"}
        assert severity in SEVERITIES
        assert tags, f"{name}: {term!r} has no tag"


def test_hate_lexicon_covers_every_protected_characteristic() -> None:
    lex = _lexicon("hate")
    slurs: dict[str, int] = dict.fromkeys(CHARACTERISTICS, 0)
    groups: dict[str, int] = dict.fromkeys(CHARACTERISTICS, 0)
    predicates = 0
    for _term, tier, _severity, tags in _entries(lex):
        chars = [t for t in tags if t in CHARACTERISTICS]
        if "predicate" in tags:
            predicates += 1
            assert not chars
            continue
        assert len(chars) == 1, f"each hate entry has exactly one characteristic tag: {tags}"
        if "group" in tags:
            groups[chars[0]] += 1
            assert tier == "watch"
        elif tier == "block":
            slurs[chars[0]] += 1
    assert all(slurs.values()), f"characteristics with no block-tier term: {[c for c, n in slurs.items() if not n]}"
    assert all(groups.values()), f"characteristics with no group noun: {[c for c, n in groups.items() if not n]}"
    assert predicates > 50


def test_abuse_lexicon_tags() -> None:
    tags = {t for _, _, _, ts in _entries(_lexicon("abuse")) for t in ts}
    assert {"insult", "swearing", "threat", "bullying", "harassment"} <= tags
