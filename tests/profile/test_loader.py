from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path

import pytest

from smscreen.errors import ProfileError
from smscreen.profile import load_profile

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "corpora" / "hollins-green"


@pytest.fixture
def school(tmp_path: Path) -> Path:
    dest = tmp_path / "school"
    shutil.copytree(DEMO, dest)
    return dest


def test_demo_profile_loads() -> None:
    profile = load_profile(DEMO)
    assert profile.school.name == "Hollins Green Academy"
    assert profile.person_by_id["P0002"].preferred_name == "Jake"
    assert profile.person_by_id["P0001"].media_consent is True
    assert profile.person_by_id["P0002"].media_consent is False
    assert profile.person_by_handle["jakesmith_16"].id == "P0002"


def test_permissions_cover_scope_and_expiry() -> None:
    profile = load_profile(DEMO)
    assert profile.permitted("P0003", account_kind="official", on=date(2026, 1, 1)) is not None
    assert profile.permitted("P0003", account_kind="personal", on=date(2026, 1, 1)) is None
    assert profile.permitted("P0003", account_kind="official", on=date(2026, 9, 1)) is None
    assert profile.permitted("S004", account_kind="personal", on=None) is not None


def test_ages_and_family_links() -> None:
    profile = load_profile(DEMO)
    callum = profile.person_by_id["P0013"]
    assert callum.age_on(date(2026, 3, 2)) == 15
    assert callum.age_on(date(2028, 3, 3)) == 18
    assert profile.has_family_link("S005", "P0006")
    assert not profile.has_family_link("S004", "P0006")


@pytest.mark.parametrize(
    ("filename", "mutate", "expected"),
    [
        ("school.yaml", lambda s: s.replace("monitoring:", "monitorin:"), "school.yaml:23:1: unknown key 'monitorin'"),
        ("school.yaml", lambda s: s.replace("retain_days: 90", "retain_days: -3"), "school.yaml:24:16"),
        ("school.yaml", lambda s: s.replace('"08:30-12:00"', '"8.30-12"'), "is not HH:MM-HH:MM"),
        ("school.yaml", lambda s: s.replace("  name: Hollins", "  name: [Hollins"), "school.yaml:4:10: invalid YAML"),
        ("people.csv", lambda s: s.replace("P0002,pupil", "P0002,pupl"), "people.csv:3:2: role"),
        ("people.csv", lambda s: s.replace("2016-07-02", "2016-13-02"), "people.csv:3:6: date_of_birth"),
        ("people.csv", lambda s: s.replace(",no,@jakesmith_16", ",maybe,@jakesmith_16"), "people.csv:3:10"),
        ("people.csv", lambda s: s.replace("id,role", "ident,role"), "lacks required column(s) id"),
        (
            "permissions.csv",
            lambda s: s + "P9999,all,J. Patel,2025-09-10,,\n",
            "permissions.csv:{last}: permission for",
        ),
        ("family_links.csv", lambda s: s.replace("S005,P0006", "P0001,P0006"), "family_links.csv:2: family link"),
    ],
)
def test_profile_errors_name_file_and_line(school: Path, filename: str, mutate, expected: str) -> None:  # type: ignore[no-untyped-def]
    path = school / filename
    original = path.read_text(encoding="utf-8")
    path.write_text(mutate(original), encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_profile(school)
    assert expected.format(last=len(original.splitlines()) + 1) in str(info.value)


def test_invalid_utf8_is_located(school: Path) -> None:
    path = school / "people.csv"
    path.write_bytes(path.read_bytes().replace(b"Amelia", b"Am\xe9lia"))
    with pytest.raises(ProfileError, match=r"people\.csv:2:\d+: not valid UTF-8"):
        load_profile(school)


def test_missing_folder_and_file(tmp_path: Path, school: Path) -> None:
    with pytest.raises(ProfileError, match=r"no school\.yaml"):
        load_profile(tmp_path / "nowhere")
    (school / "events.csv").unlink()
    with pytest.raises(ProfileError, match=r"events: file 'events\.csv' not found"):
        load_profile(school)


def test_errors_are_collected_not_first_only(school: Path) -> None:
    path = school / "people.csv"
    text = path.read_text(encoding="utf-8").replace("P0002,pupil", "P0002,pupl").replace("P0003,pupil", "P0003,pupl")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_profile(school)
    assert len(info.value.problems) == 2


def test_five_thousand_people_load_quickly(school: Path) -> None:
    # Not a timing assertion (the machine is shared): the load must simply complete and be complete.
    rows = ["id,role,first_name,last_name,date_of_birth,form,handles"]
    rows += [f"X{i:05d},pupil,Name{i},Surname{i},2015-01-01,5B,@h{i}" for i in range(5000)]
    (school / "people.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (school / "permissions.csv").write_text("subject_id,scope\n", encoding="utf-8")
    (school / "family_links.csv").write_text("staff_id,pupil_id\n", encoding="utf-8")
    started = time.perf_counter()
    profile = load_profile(school)
    elapsed = time.perf_counter() - started
    assert len(profile.people) == 5000
    print(f"5,000 people loaded in {elapsed * 1000:.0f} ms")
