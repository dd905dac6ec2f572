from __future__ import annotations

import pytest

from smscreen.errors import InputError
from smscreen.yamlsource import parse_yaml_documents


def test_only_true_and_false_are_booleans() -> None:
    # YAML 1.1 reads on/off/yes/no/y/n as booleans; in rule and profile files that silently turns the
    # key `on:` into True and a consent value `no` into False. We read them as the words they are.
    (doc,) = parse_yaml_documents("on: normalised\nyes: no\nx: true\nn: [y, n, off, False]\n", path="t.yaml")
    assert doc.data == {"on": "normalised", "yes": "no", "x": True, "n": ["y", "n", "off", False]}


def test_positions() -> None:
    (doc,) = parse_yaml_documents("a:\n  b: 1\n  c: [x, y]\n", path="t.yaml")
    assert doc.where(("a", "c", 1)) == (3, 10)
    assert doc.where(("a", "nope")) == (2, 3)  # the deepest known ancestor
    assert doc.problem("bad", ("a", "c"), at_key=True).column == 3


def test_duplicate_keys_are_reported() -> None:
    (doc,) = parse_yaml_documents("a: 1\nb: 2\na: 3\n", path="t.yaml")
    assert [str(p) for p in doc.duplicate_keys] == ["t.yaml:3:1: duplicate key 'a'"]


def test_syntax_error_is_located() -> None:
    with pytest.raises(InputError, match=r"t\.yaml:2:\d+: invalid YAML"):
        parse_yaml_documents("a: [1, 2\nb: 3\n", path="t.yaml")


def test_multiple_documents_and_empty_ones() -> None:
    docs = parse_yaml_documents("a: 1\n---\n---\nb: 2\n", path="t.yaml")
    assert [d.data for d in docs] == [{"a": 1}, {"b": 2}]
