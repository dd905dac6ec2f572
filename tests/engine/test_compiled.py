"""Rule feasibility: a rule is screened only when every matcher some alternative of its condition needs is open."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smscreen.engine.compiled import _alternatives
from smscreen.rules.condition import Expr, parse_condition

NAMES = ["a", "b", "c", "d"]
INDEX = {name: i for i, name in enumerate(NAMES)}


def _reference(expr: Expr, opened: frozenset[int]) -> bool:
    """The condition read with "open" for "holds" and every ``not`` as possibly true."""
    from smscreen.rules.condition import And, Atom, Not

    if isinstance(expr, Atom):
        return INDEX[expr.name] in opened
    if isinstance(expr, Not):
        return True
    if isinstance(expr, And):
        return all(_reference(p, opened) for p in expr.parts)
    return any(_reference(p, opened) for p in expr.parts)


conditions = st.recursive(
    st.sampled_from(NAMES),
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from([" and ", " or "]), inner).map(lambda t: f"({t[0]}{t[1]}{t[2]})"),
        inner.map(lambda x: f"not {x}"),
    ),
    max_leaves=8,
)


@settings(max_examples=500, deadline=None)
@given(conditions, st.frozensets(st.integers(0, 3)))
def test_alternatives_agree_with_the_condition(text: str, opened: frozenset[int]) -> None:
    expr = parse_condition(text)
    alternatives = _alternatives(expr, INDEX)
    assert alternatives is not None
    assert any(need <= opened for need in alternatives) == _reference(expr, opened)


def test_negation_never_rules_a_post_out() -> None:
    assert _alternatives(parse_condition("a and not b"), INDEX) == [frozenset({0})]


def test_too_many_alternatives_gives_up() -> None:
    text = " and ".join(f"({x} or {y})" for x, y in [("a", "b")] * 7)  # 2**7 alternatives
    assert _alternatives(parse_condition(text), INDEX) is None


def test_the_post_pipeline_is_a_blank_english_one() -> None:
    """The compiled ruleset makes its post pipeline without spacy.blank (see names.english_tokenizer): its docs
    must be a blank English pipeline's, token for token, with the same lexical attributes and sentences."""
    import spacy

    from smscreen import load_ruleset
    from smscreen.engine.compiled import CompiledRuleset

    ours = CompiledRuleset(load_ruleset("uk-school-staff"), None).nlp
    reference = spacy.blank("en")
    reference.add_pipe("sentencizer")
    assert type(ours) is type(reference)
    assert ours.pipe_names == reference.pipe_names
    texts = [
        "don't you dare!! I'm at St. Mary's C.E. school, 9 a.m. till 3pm... ok? :) #tag @user",
        "Mr. O'Neill rang 07700 900123 about U.K. self-harm e-mail http://x.example/a?b=c",
        "gonna     see  you\tat  10km\u00a0run; Sinclair-Moss (quoted) \u201csmart\u201d na\u00efve caf\u00e9 5B",
    ]

    def reading(doc: object) -> list[tuple[object, ...]]:
        return [
            (t.orth, t.idx, t.whitespace_, t.norm, t.shape, t.is_stop, t.like_num, t.is_punct, t.is_sent_start)
            for t in doc  # type: ignore[attr-defined]
        ]

    for text in texts:
        assert reading(ours(text)) == reading(reference(text))
        assert reading(ours.make_doc(text)) == reading(reference.make_doc(text))
