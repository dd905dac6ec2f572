from __future__ import annotations

import pytest

from smscreen.rules.condition import ConditionError, parse_condition


@pytest.mark.parametrize(
    ("text", "true_names", "expected"),
    [
        ("a", {"a"}, True),
        ("a", set(), False),
        ("a and b", {"a"}, False),
        ("a and b", {"a", "b"}, True),
        ("a or b", {"b"}, True),
        ("a and not b", {"a"}, True),
        ("a and not b", {"a", "b"}, False),
        ("not a or b", set(), True),
        ("a and (b or c)", {"a", "c"}, True),
        ("a and (b or c)", {"b", "c"}, False),
        ("a or b and c", {"a"}, True),  # and binds tighter than or
        ("(a or b) and c", {"a"}, False),
        ("not not a", {"a"}, True),
    ],
)
def test_evaluation(text: str, true_names: set[str], expected: bool) -> None:
    assert parse_condition(text).evaluate(lambda n: n in true_names) is expected


def test_positives_exclude_negated_names() -> None:
    expr = parse_condition("insult and you and not quoted")
    assert expr.positives() == ["insult", "you"]
    assert expr.names() == ["insult", "you", "quoted"]


@pytest.mark.parametrize("text", ["", "a and", "(a or b", "a b", "and a", "a or )", "a & b", "not"])
def test_malformed(text: str) -> None:
    with pytest.raises(ConditionError):
        parse_condition(text)
