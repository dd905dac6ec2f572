"""Load and cross-check a school profile folder; every problem names its file, line and column."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from smscreen.errors import Problem, ProfileError
from smscreen.profile.model import (
    Event,
    FamilyLink,
    Permission,
    Person,
    SchoolProfile,
    SchoolYaml,
)
from smscreen.textio import read_text
from smscreen.yamlsource import parse_yaml_documents, validation_problems

__all__ = ["load_profile"]

M = TypeVar("M", bound=BaseModel)

_LIST_FIELDS = frozenset({"handles", "aliases", "usernames"})
_YES = frozenset({"yes", "y", "true", "1"})
_NO = frozenset({"no", "n", "false", "0"})


def load_profile(folder: str | Path) -> SchoolProfile:
    """Load ``folder/school.yaml`` and the CSV files it points at.

    Raises :class:`ProfileError` carrying every problem found, each with file and line.
    """
    root = Path(folder)
    school_path = root / "school.yaml" if root.is_dir() else root
    if not school_path.exists():
        raise ProfileError("no school.yaml here (expected a school profile folder)", path=str(school_path))
    root = school_path.parent
    docs = parse_yaml_documents(
        read_text(school_path, error_cls=ProfileError), path=str(school_path), error_cls=ProfileError
    )
    if len(docs) != 1 or not isinstance(docs[0].data, dict):
        raise ProfileError("school.yaml must hold one mapping (school:, people:, ...)", path=str(school_path))
    doc = docs[0]
    problems: list[Problem] = list(doc.duplicate_keys)
    try:
        config = SchoolYaml.model_validate(doc.data)
    except ValidationError as exc:
        problems.extend(validation_problems(exc, doc))
        raise ProfileError("invalid school.yaml", problems=problems) from None

    raw_ids: set[str] = set()

    def table(key: str, model: type[M], fix: Callable[[dict[str, Any]], dict[str, Any]]) -> list[tuple[int, M]]:
        name = getattr(config, key)
        if name is None:
            return []
        line, column = doc.where((key,))
        path = root / name
        if not path.is_file():
            problems.append(Problem(f"{key}: file {name!r} not found", str(school_path), line, column))
            return []
        return _read_csv(path, model, fix, problems, raw_ids)

    people = table("people", Person, _fix_person)
    events = table("events", Event, _fix_event)
    permissions = table("permissions", Permission, _blank_to_none)
    family_links = table("family_links", FamilyLink, _blank_to_none)
    _cross_check(people, events, permissions, family_links, root, config, problems, raw_ids)
    if problems:
        raise ProfileError("invalid school profile", problems=problems)
    return SchoolProfile(
        root=root,
        school=config.school,
        people=tuple(p for _, p in people),
        events=tuple(e for _, e in events),
        permissions=tuple(p for _, p in permissions),
        family_links=tuple(f for _, f in family_links),
        official_accounts=config.official_accounts,
        directed_time=config.directed_time,
        monitoring=config.monitoring,
    )


def _rows(path: Path, problems: list[Problem]) -> Iterator[tuple[int, dict[str, str], list[str]]]:
    text = read_text(path, error_cls=ProfileError)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        problems.append(Problem("empty file: a header row is required", str(path), 1))
        return
    except csv.Error as exc:
        problems.append(Problem(f"malformed CSV: {exc}", str(path), 1))
        return
    header = [h.strip() for h in header]
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problems.append(Problem(f"malformed CSV: {exc}", str(path), start))
            return
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            problems.append(
                Problem(f"{len(row)} fields but the header has {len(header)}", str(path), start)
            )
            continue
        yield start, {h: cell.strip() for h, cell in zip(header, row, strict=False) if h}, header


def _read_csv(
    path: Path,
    model: type[M],
    fix: Callable[[dict[str, Any]], dict[str, Any]],
    problems: list[Problem],
    raw_ids: set[str],
) -> list[tuple[int, M]]:
    fields = set(model.model_fields)
    out: list[tuple[int, M]] = []
    seen_header = False
    for line, raw, header in _rows(path, problems):
        if not seen_header:
            seen_header = True
            missing = [f for f, info in model.model_fields.items() if info.is_required() and f not in header]
            if missing:
                problems.append(Problem(f"header lacks required column(s) {', '.join(missing)}", str(path), 1))
                return out
        if raw.get("id"):
            raw_ids.add(raw["id"])
        record = fix({k: v for k, v in raw.items() if k in fields})
        try:
            out.append((line, model.model_validate(record)))
        except ValidationError as exc:
            for err in exc.errors():
                name = str(err["loc"][0]) if err["loc"] else ""
                column = header.index(name) + 1 if name in header else None
                value = raw.get(name, "")
                problems.append(
                    Problem(f"{name}: {err['msg']} (got {value!r})", str(path), line, column)
                )
    return out


def _blank_to_none(record: dict[str, Any]) -> dict[str, Any]:
    return {k: (v if v != "" else None) for k, v in record.items() if v != ""}


def _split_list(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _fix_person(record: dict[str, Any]) -> dict[str, Any]:
    out = _blank_to_none(record)
    for key in _LIST_FIELDS & out.keys():
        out[key] = _split_list(out[key])
    consent = out.get("media_consent")
    if isinstance(consent, str):
        low = consent.casefold()
        out["media_consent"] = True if low in _YES else False if low in _NO else consent
    return out


def _fix_event(record: dict[str, Any]) -> dict[str, Any]:
    out = _blank_to_none(record)
    if "aliases" in out:
        out["aliases"] = _split_list(out["aliases"])
    perm = out.get("permission")
    if perm is None:
        out["permission"] = False
    elif isinstance(perm, str):
        low = perm.casefold()
        out["permission"] = True if low in ("approved", "yes", "true") else perm
    return out


def _cross_check(
    people: list[tuple[int, Person]],
    events: list[tuple[int, Event]],
    permissions: list[tuple[int, Permission]],
    family_links: list[tuple[int, FamilyLink]],
    root: Path,
    config: SchoolYaml,
    problems: list[Problem],
    raw_ids: set[str],
) -> None:
    people_file = str(root / config.people) if config.people else "people.csv"
    ids: dict[str, str] = {}
    for line, person in people:
        if person.id in ids:
            problems.append(Problem(f"duplicate person id {person.id!r}", people_file, line))
        ids[person.id] = person.role
    events_file = str(root / str(config.events))
    for line, event in events:
        if event.id in ids:
            problems.append(Problem(f"event id {event.id!r} is already used", events_file, line))
        ids[event.id] = "event"
    perm_file = str(root / str(config.permissions))
    for line, perm in permissions:
        if perm.subject_id not in ids and perm.subject_id not in raw_ids:
            problems.append(Problem(f"permission for unknown subject {perm.subject_id!r}", perm_file, line))
        if perm.expires_on and perm.approved_on and perm.expires_on < perm.approved_on:
            problems.append(Problem(f"permission for {perm.subject_id!r} expires before approval", perm_file, line))
    link_file = str(root / str(config.family_links))
    for line, link in family_links:
        if ids.get(link.staff_id) not in ("staff", "governor") and link.staff_id not in raw_ids - ids.keys():
            problems.append(Problem(f"family link: {link.staff_id!r} is not a member of staff", link_file, line))
        if ids.get(link.pupil_id) not in ("pupil", "former-pupil") and link.pupil_id not in raw_ids - ids.keys():
            problems.append(Problem(f"family link: {link.pupil_id!r} is not a pupil", link_file, line))
