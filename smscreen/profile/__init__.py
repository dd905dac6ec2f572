"""The school profile (SPEC §4): who the school's people are, its events, permissions and calendar."""

from smscreen.profile.loader import load_profile
from smscreen.profile.model import (
    DirectedTime,
    Event,
    FamilyLink,
    Monitoring,
    OfficialAccount,
    Permission,
    Person,
    SchoolInfo,
    SchoolProfile,
)

__all__ = [
    "DirectedTime",
    "Event",
    "FamilyLink",
    "Monitoring",
    "OfficialAccount",
    "Permission",
    "Person",
    "SchoolInfo",
    "SchoolProfile",
    "load_profile",
]
