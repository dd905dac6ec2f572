"""YAML that remembers where every value came from, so validation errors can say ``path:line:col``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from smscreen.errors import InputError, Problem
from smscreen.textio import read_text

__all__ = [
    "YamlDocument",
    "load_model_document",
    "load_yaml_documents",
    "parse_yaml_documents",
    "validation_problems",
]

Loc = tuple[str | int, ...]


# libyaml's parser when PyYAML was built with it (several times faster on big lexicons); same nodes.
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[valid-type,misc]  # the base is chosen at import time
    """The safe loader with YAML 1.2 booleans: only true/false. YAML 1.1 also reads on/off/yes/no/y/n
    as booleans, which silently turns a key like ``on:`` or a value like ``no`` into True/False."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


@dataclass
class YamlDocument:
    """One YAML document: its plain data and the line/column of every value in it."""

    data: Any
    path: str
    positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    duplicate_keys: list[Problem] = field(default_factory=list)

    def where(self, loc: Iterable[str | int]) -> tuple[int | None, int | None]:
        """Line and column (1-based) of the deepest known value on ``loc``."""
        key: Loc = tuple(loc)
        while True:
            if key in self.positions:
                return self.positions[key]
            if not key:
                return None, None
            key = key[:-1]

    def problem(self, message: str, loc: Iterable[str | int] = (), *, at_key: bool = False) -> Problem:
        key = tuple(loc)
        line, column = self.key_positions[key] if at_key and key in self.key_positions else self.where(key)
        return Problem(message, self.path, line, column)


def _walk(node: yaml.Node, loc: Loc, doc: YamlDocument) -> None:
    doc.positions[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[object] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                doc.duplicate_keys.append(
                    Problem(
                        f"duplicate key {key!r}",
                        doc.path,
                        key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                    )
                )
            seen.add(key)
            doc.key_positions[(*loc, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _walk(value_node, (*loc, key), doc)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, (*loc, i), doc)


def parse_yaml_documents(
    text: str, *, path: str, error_cls: type[InputError] = InputError
) -> list[YamlDocument]:
    """Parse every document in ``text`` with the safe loader, keeping positions."""
    docs: list[YamlDocument] = []
    try:
        loader = _Loader(text)
        try:
            while loader.check_node():
                node = loader.get_node()
                if node is None:  # an empty document
                    continue
                data = loader.construct_document(node)
                if data is None:  # an empty document, e.g. after a trailing `---`
                    continue
                doc = YamlDocument(data=data, path=path)
                _walk(node, (), doc)
                docs.append(doc)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        reason = exc.problem or exc.context or "invalid YAML"
        raise error_cls(f"invalid YAML: {reason}", path=path, line=line, column=column) from None
    except yaml.YAMLError as exc:
        raise error_cls(f"invalid YAML: {exc}", path=path) from None
    return docs


def load_yaml_documents(path: str | Path, *, error_cls: type[InputError] = InputError) -> list[YamlDocument]:
    return parse_yaml_documents(read_text(path, error_cls=error_cls), path=str(path), error_cls=error_cls)


def validation_problems(exc: ValidationError, doc: YamlDocument, *, prefix: Loc = ()) -> list[Problem]:
    """Turn pydantic's errors into located problems, one per error."""
    problems: list[Problem] = []
    for err in exc.errors():
        loc = tuple(x for x in err["loc"] if isinstance(x, str | int))
        full = (*prefix, *loc)
        dotted = ".".join(str(x) for x in full) or "(document)"
        if err["type"] == "extra_forbidden":
            problems.append(doc.problem(f"unknown key {dotted!r}", full, at_key=True))
            continue
        missing = err["type"] == "missing"
        message = f"missing required key {dotted!r}" if missing else f"{dotted}: {err['msg']}"
        problems.append(doc.problem(message, full))
    return problems


M = TypeVar("M", bound=BaseModel)


def load_model_document(
    path: str | Path, model: type[M], problems: list[Problem], *, what: str, error_cls: type[InputError] = InputError
) -> tuple[M, YamlDocument] | None:
    """Read a file holding one YAML mapping and validate it as ``model``.

    Every problem (syntax, duplicate keys, each validation error) is appended with its location;
    ``None`` when the file is unusable.
    """
    docs = parse_yaml_documents(read_text(path, error_cls=error_cls), path=str(path), error_cls=error_cls)
    if len(docs) != 1 or not isinstance(docs[0].data, dict):
        problems.append(Problem(f"a {what} file holds exactly one YAML mapping", str(path)))
        return None
    doc = docs[0]
    problems.extend(doc.duplicate_keys)
    try:
        return model.model_validate(doc.data), doc
    except ValidationError as exc:
        problems.extend(validation_problems(exc, doc))
        return None
