"""Host -> platform or category by longest domain suffix."""

from __future__ import annotations

from pathlib import Path

import pytest

from smscreen.errors import InputError
from smscreen.logs import DomainMap, Site


@pytest.fixture(scope="module")
def builtin() -> DomainMap:
    return DomainMap.builtin()


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("facebook.com", "facebook"),
        ("www.facebook.com", "facebook"),
        ("scontent-lhr8-1.xx.fbcdn.net", "facebook"),
        ("x.com", "x"),
        ("pbs.twimg.com", "x"),
        ("t.co", "x"),
        ("www.tiktok.com", "tiktok"),
        ("p16-sign-va.tiktokcdn.com", "tiktok"),
        ("v16.tiktokcdn-us.com", "tiktok"),
        ("api16-normal-c-useast1a.tiktokv.com", "tiktok"),
        ("scontent.cdninstagram.com", "instagram"),
        ("www.youtube.com", "youtube"),
        ("i.ytimg.com", "youtube"),
        ("rr3---sn-aigl6n7z.googlevideo.com", "youtube"),
        ("youtu.be", "youtube"),
        ("app.snapchat.com", "snapchat"),
        ("cf-st.sc-cdn.net", "snapchat"),
        ("discord.gg", "discord"),
        ("cdn.discordapp.com", "discord"),
        ("web.whatsapp.com", "whatsapp"),
        ("mmg.whatsapp.net", "whatsapp"),
        ("i.redd.it", "reddit"),
        ("static.licdn.com", "linkedin"),
        ("i.pinimg.com", "pinterest"),
        ("www.threads.net", "threads"),
        ("bsky.app", "bluesky"),
        ("cdn.bsky.social", "bluesky"),
        ("www.tumblr.com", "tumblr"),
        ("static-cdn.jtvnw.net", "twitch"),
        ("mastodon.social", "mastodon"),
        # The more specific entry beats googleapis.com-wide guesses.
        ("youtubei.googleapis.com", "youtube"),
        # special categories
        ("www.labour.org.uk", "political-parties"),
        ("www.nhs.uk", "health"),
        ("neu.org.uk", "trade-unions"),
        ("www.stonewall.org.uk", "sexuality"),
        ("www.churchofengland.org", "religion"),
    ],
)
def test_known_hosts(builtin: DomainMap, host: str, site: str) -> None:
    found = builtin.match(host)
    assert found is not None and found.name == site


@pytest.mark.parametrize(
    "host",
    [
        "notfacebook.com",  # a suffix match is on whole labels
        "facebook.com.evil.example",
        "fbcdn.net.example.org",
        "tiktokcdnxcom",
        "tiktokcdn.com.example",
        "googleapis.com",
        "www.google.com",
        "xx.com",
        "",
        "192.0.2.1",
    ],
)
def test_unrelated_hosts_do_not_match(builtin: DomainMap, host: str) -> None:
    assert builtin.match(host) is None


def test_longest_suffix_wins_and_special_beats_platform() -> None:
    domains = DomainMap()
    domains.add("example.com", Site("broad", "Broad", "category"))
    domains.add("deep.example.com", Site("deep", "Deep", "category"))
    domains.add("shared.example.org", Site("plat", "Plat", "platform"))
    domains.add("shared.example.org", Site("politics", "Politics", "special"))
    domains.add("shared.example.org", Site("late", "Late", "category"))
    assert domains.match("a.deep.example.com") == Site("deep", "Deep", "category")
    assert domains.match("a.other.example.com") == Site("broad", "Broad", "category")
    assert domains.match("www.shared.example.org") == Site("politics", "Politics", "special")


def test_category_files_in_ut1_format(fixtures: Path) -> None:
    domains = DomainMap.builtin()
    domains.add_list_file("chat", fixtures / "lists" / "chat.txt")
    site = domains.match("room1.chat.example.net")
    assert site == Site("chat", "chat", "category")
    assert domains.match("chat.example.net.other") is None


def test_bad_category_file_names_every_bad_line(fixtures: Path) -> None:
    with pytest.raises(InputError) as caught:
        DomainMap().add_list_file("bad", fixtures / "lists" / "bad.txt")
    assert [p.line for p in caught.value.problems] == [2, 3]


@pytest.mark.parametrize("name", ["Bad Name", "", "../x"])
def test_bad_list_names_are_rejected(fixtures: Path, name: str) -> None:
    with pytest.raises(InputError):
        DomainMap().add_list_file(name, fixtures / "lists" / "chat.txt")


def test_a_name_cannot_be_reused_for_a_different_site() -> None:
    domains = DomainMap.builtin()
    with pytest.raises(InputError, match="already used"):
        domains.add_list("facebook", ["example.net"], kind="category")


@pytest.mark.parametrize(
    ("content", "ok"),
    [
        ("platforms:\n  yubo:\n    label: Yubo\n    domains: [yubo.live]\n", True),
        ("platforms:\n  yubo:\n    label: Yubo\n    domain: [yubo.live]\n", False),  # typo: unknown key
        ("platforms:\n  yubo:\n    label: Yubo\n    domains: []\n", False),
    ],
)
def test_user_platform_files_are_validated(tmp_path: Path, content: str, ok: bool) -> None:
    path = tmp_path / "platforms.yaml"
    path.write_text(content)
    domains = DomainMap.builtin()
    if ok:
        domains.load_platform_file(path)
        assert domains.match("www.yubo.live") == Site("yubo", "Yubo", "platform")
    else:
        with pytest.raises(InputError) as caught:
            domains.load_platform_file(path)
        assert caught.value.problems and all(p.line in (3, 4) for p in caught.value.problems)
