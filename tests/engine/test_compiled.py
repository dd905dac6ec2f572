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
