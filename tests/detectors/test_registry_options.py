"""Every profile detector refuses a missing profile and unknown options the same way."""

from __future__ import annotations

import pytest

from smscreen.detectors import DETECTORS, load_builtin_detectors
from tests.detectors.test_roster import profile

load_builtin_detectors()

PROFILE_DETECTORS = ["account", "pupil-contact", "event", "identifying-detail", "roster", "school",
                     "self-identification"]


@pytest.mark.parametrize("name", PROFILE_DETECTORS)
def test_a_profile_detector_needs_a_profile(name: str) -> None:
    with pytest.raises(ValueError, match="needs a school profile"):
        DETECTORS[name](options={}, profile=None)


@pytest.mark.parametrize("name", [*PROFILE_DETECTORS, "missing-disclaimer"])
def test_unknown_options_are_refused_and_settings_always_pass(name: str) -> None:
    with pytest.raises(ValueError, match=r"unknown option\(s\) \['nope'\]; known: "):
        DETECTORS[name](options={"nope": 1}, profile=profile())
    DETECTORS[name](options={"settings": {}}, profile=profile())
