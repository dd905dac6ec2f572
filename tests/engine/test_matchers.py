"""Regex matchers' proximity gate (``triggers.within``): a cheap word-order test before the regex, which must
never skip a post the regex matches."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smscreen
from smscreen.engine.matchers import RegexMatcherC
from smscreen.errors import RulesetError
from smscreen.models import Post

# The furthest "idiot" can sit from "you"/"he" in a match of this pattern is 4 words ("he is such a idiot").
RULE = (
    "id: x.insult\ntitle: t\ncategory: abuse\nclause: tou-conduct\nseverity: low\nmessage: m\n"
    "matchers:\n  frame:\n    regex: '\\b(?:you|he)\\s+(?:is\\s+|are\\s+)?(?:(?:a|such|total)\\s+){{0,2}}idiot\\b'\n"
    "    triggers: {{words: [idiot], with_any: [you, he]{extra}}}\n"
    "tests:\n  fire: [you total idiot]\n  pass: [what an idiot]\n"
)


def _ruleset(tmp_path: Path, extra: str) -> Path:
    (tmp_path / "r.yaml").write_text(RULE.format(extra=extra), encoding="utf-8")
    (tmp_path / "rs.yaml").write_text("ruleset: g\ninclude: [r.yaml]\n", encoding="utf-8")
    return tmp_path / "rs.yaml"


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("you total idiot", True),
        ("he is such a idiot", True),
        ("honestly you are a idiot", True),
        ("@bob you total idiot", True),
        # Negatives: the companion comes too late, or too far before, for a match.
        ("idiot, said you", False),
        ("you " + "walk " * 6 + "idiot", False),
    ],
)
def test_gate_keeps_every_match(tmp_path: Path, text: str, fires: bool) -> None:
    screener = smscreen.Screener(ruleset=_ruleset(tmp_path, ", within: 4"))
    assert bool(screener.screen(text).findings) is fires


def test_gate_skips_the_regex_where_no_companion_is_near(tmp_path: Path) -> None:
    screener = smscreen.Screener(ruleset=_ruleset(tmp_path, ", within: 4"))
    engine = screener._engine
    matcher = next(m for m in engine.matchers if isinstance(m, RegexMatcherC))
    assert matcher.gate is not None
    near = screener._state(Post(text="you total idiot"))
    handle = screener._state(Post(text="you " + "walk " * 6 + "@bob idiot"))
    assert near is not None and handle is not None
    assert matcher.gate.passes(near)
    assert matcher.gate.passes(handle)  # an @handle can stand for the person: always tried


def test_the_first_pass_applies_the_gate(tmp_path: Path) -> None:
    """A post whose only trigger is the gated pair, too far apart, is decided by the first pass: not a candidate."""
    screener = smscreen.Screener(ruleset=_ruleset(tmp_path, ", within: 4"))
    assert not screener.is_candidate("you " + "walk " * 6 + "idiot")
    assert screener.is_candidate("you " + "walk " * 3 + "idiot")  # 4 words apart: within
    assert screener.is_candidate("you " + "walk " * 6 + "@bob idiot")
    assert screener.screen("you total idiot").findings


@pytest.mark.parametrize(
    ("text", "candidate", "fires"),
    [
        ("you total idiot", True, True),
        ("he is such a idiot", True, True),
        ("you said such a idiot", False, False),  # "said" is not one of the pattern's fillers: the pair is broken
        ("you walk idiot", False, False),
        ("you walk, he is a idiot", True, True),  # a second companion after the break starts again
        ("you walk @bob idiot", True, False),  # an @handle is always tried (this pattern has no handle subject)
    ],
)
def test_between_breaks_the_pair_on_any_other_word(tmp_path: Path, text: str, candidate: bool, fires: bool) -> None:
    screener = smscreen.Screener(ruleset=_ruleset(tmp_path, ", within: 4, between: [is, a, such, total]"))
    assert screener.is_candidate(text) is candidate
    assert bool(screener.screen(text).findings) is fires


@pytest.mark.parametrize(
    ("extra", "view", "message"),
    [
        (", within: 4", "original", "use view: normalised"),
        (", within: -1", "normalised", "greater than or equal to 0"),
        (", between: [a]", "normalised", "between needs within"),
    ],
)
def test_within_errors(tmp_path: Path, extra: str, view: str, message: str) -> None:
    body = RULE.format(extra=extra).replace("    triggers:", f"    view: {view}\n    triggers:")
    (tmp_path / "r.yaml").write_text(body, encoding="utf-8")
    (tmp_path / "rs.yaml").write_text("ruleset: g\ninclude: [r.yaml]\n", encoding="utf-8")
    with pytest.raises(RulesetError, match=message):
        smscreen.load_ruleset(tmp_path / "rs.yaml")


def test_within_needs_with_any(tmp_path: Path) -> None:
    body = RULE.format(extra="").replace(", with_any: [you, he]", ", within: 4")
    (tmp_path / "r.yaml").write_text(body, encoding="utf-8")
    (tmp_path / "rs.yaml").write_text("ruleset: g\ninclude: [r.yaml]\n", encoding="utf-8")
    with pytest.raises(RulesetError, match="within needs with_any"):
        smscreen.load_ruleset(tmp_path / "rs.yaml")


# The shipped person-insult rule: sequences built from its own pieces (subjects, verbs, intensifiers, insults)
# and filler. Wherever the regex matches, the gate must have let the post through.
_SUBJECTS = ["you", "you're", "youre", "u r", "u", "ya", "yer", "he's", "she's", "they're", "him", "her",
             "people like you", "these people", "this guy", "that woman", "@bob", "@user", "user's", "user"]
# Every verb and intensifier the pattern allows between the person and the insult (``triggers.between`` must
# hold them all), and filler the pattern does not allow.
_VERBS = ["", "is", "are", "was", "were", "r", "be", "being", "sounds like", "sound like", "looks like", "seems",
          "acts like", "is such", "are such"]
_INTENSIFIERS = ["a", "an", "such a", "so", "such", "the biggest", "biggest", "absolute", "total", "utter", "complete",
                 "right", "massive", "proper", "really", "very", "just", "truly", "clearly", "obviously", "fat",
                 "little", "big", "old", "stupid", "ugly", "dirty", "lazy", "pathetic", "useless", "bloody", "sodding",
                 "fucking", "fuckin", "effing", "one", "bunch of", "a bunch of", "pack of", "a pack of", "lying",
                 "dumb", "disgusting", "evil", "corrupt", "sick"]
_INSULTS = ["idiot", "idiots", "waste of space", "full of shit", "wet wipe", "a disgrace", "a joke",
            "an embarrassment", "muppet", "clown", "stupid", "sucks", "suck"]
_FILLER = ["hello", "the", "and", "lol", "walk", "you", "he", "such", "what", "what a", "totally", "really",
           "think", "said", "not"]


def _frame() -> st.SearchStrategy[str]:
    return st.tuples(
        st.sampled_from(_SUBJECTS), st.sampled_from(_VERBS),
        st.lists(st.sampled_from(_INTENSIFIERS), max_size=3), st.sampled_from(_INSULTS),
    ).map(lambda t: " ".join(w for w in (t[0], t[1], *t[2], t[3]) if w))


_STAFF = smscreen.Screener(ruleset="uk-school-staff")
_INSULT = next(r for r in _STAFF.rules if r.id == "content.abuse.person-insult")
_MATCHER = _STAFF._engine.matchers[_INSULT.span_matcher]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_frame(), st.sampled_from(_FILLER)), min_size=1, max_size=12))
def test_shipped_person_insult_gate_never_skips_a_match(parts: list[str]) -> None:
    assert isinstance(_MATCHER, RegexMatcherC) and _MATCHER.gate is not None
    engine = _STAFF._engine
    # The state as the triggers alone open it: the gate is taken out of the first pass and of the matcher, so
    # the bare regex decides; wherever it matches, the gate (as the first pass applies it) must pass.
    gates, engine.gates = engine.gates, ()
    gate, _MATCHER.gate = _MATCHER.gate, None
    try:
        state = _STAFF._state(Post(text=" ".join(parts)))
        if state is None or _INSULT.span_matcher not in state.open_matchers:
            return
        matched = bool(_MATCHER.find(state))
    finally:
        engine.gates, _MATCHER.gate = gates, gate
    if matched:
        assert gate.passes(state)
        gated = _STAFF._state(Post(text=" ".join(parts)))
        assert gated is not None and _INSULT.span_matcher in gated.open_matchers
