"""Builders for synthetic exports, used by the tests and by conftest's fixtures.

Every person, handle and number here is invented; phone numbers come from Ofcom's drama range
(07700 900xxx).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from smscreen.models import Post
from smscreen.readers import ReadError

FIXTURES = Path(__file__).parent / "fixtures"
X_ARCHIVE = FIXTURES / "x_archive"


def meta_escape(text: str) -> str:
    """How Meta writes non-ASCII: UTF-8 bytes as Latin-1 code points ("Café" -> "CafÃ©")."""
    return text.encode("utf-8").decode("latin-1")


def write_json(path: Path, value: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    # ensure_ascii gives the \u00c3\u00a9 escapes Meta's files really contain
    path.write_text(json.dumps(value, ensure_ascii=True, indent=2), encoding="ascii")
    return path


def write_js(path: Path, global_name: str, value: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"window.{global_name} = {json.dumps(value, indent=2)}", encoding="utf-8")
    return path


def zip_dir(src: Path, dest: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(src.rglob("*")):
            if f.is_file():
                zf.write(f, prefix + f.relative_to(src).as_posix())
    return dest


def split(items: list[Post | ReadError]) -> tuple[list[Post], list[ReadError]]:
    posts = [i for i in items if isinstance(i, Post)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(posts) + len(errors) == len(items)
    return posts, errors


def tweet(id_str: str, text: str, **extra: Any) -> dict[str, Any]:
    return {
        "tweet": {
            "id_str": id_str,
            "id": id_str,
            "created_at": "Thu Nov 20 18:02:00 +0000 2025",
            "full_text": text,
            "entities": {"hashtags": [], "user_mentions": [], "urls": []},
            **extra,
        }
    }


# --- Facebook ---------------------------------------------------------------------------------------

FB_POSTS: list[dict[str, Any]] = [
    {
        "timestamp": 1666209000,
        "data": [{"post": meta_escape("Café trip with the team")}],
        "title": "Jo Teaches updated her status.",
    },
    {  # a shared link: only a generated title, nothing the author wrote
        "timestamp": 1666209100,
        "title": "Jo Teaches shared a link.",
        "data": [{"update_timestamp": 1666209100}],
        "attachments": [{"data": [{"external_context": {"url": "https://example.org/news"}}]}],
    },
    {  # a photo whose caption is only on the media item, with a tagged friend
        "timestamp": 1666209200,
        "title": "Jo Teaches added a new photo.",
        "data": [{}],
        "attachments": [
            {
                "data": [
                    {
                        "media": {
                            "uri": "photos/1.jpg",
                            "description": meta_escape("Sports day 🏃 with Sam"),
                            "title": "Mobile uploads",
                        }
                    }
                ]
            }
        ],
        "tags": [{"name": meta_escape("Sam Parént")}],
    },
    {"timestamp": 1666209300, "data": "not a list"},  # malformed
    {"timestamp": 1666209400},  # a check-in: nothing at all
]

FB_FRIEND_NAMES = ["Sam Parént", "Renée Ex"]


def _fb_friends() -> dict[str, Any]:
    return {"friends_v2": [{"name": meta_escape(n), "timestamp": i} for i, n in enumerate(FB_FRIEND_NAMES)]}


def build_fb_2022(root: Path) -> Path:
    write_json(root / "posts" / "your_posts_1.json", FB_POSTS)
    write_json(root / "friends_and_followers" / "friends.json", _fb_friends())
    write_json(
        root / "profile_information" / "profile_information.json",
        {"profile_v2": {"name": {"full_name": meta_escape("Jo Téaches")}}},
    )
    return root


def build_fb_2024(root: Path) -> Path:
    activity = root / "your_facebook_activity"
    write_json(activity / "posts" / "your_posts__check_ins__photos_and_videos_1.json", FB_POSTS)
    write_json(
        activity / "posts" / "your_posts__check_ins__photos_and_videos_2.json",
        [{"timestamp": 1700000000, "data": [{"post": "second file"}], "title": "Jo Teaches updated her status."}],
    )
    write_json(
        activity / "groups" / "your_posts_in_groups.json",
        {"group_posts_v2": [{"timestamp": 1700000100, "data": [{"post": "Anyone selling a bike?"}]}]},
    )
    write_json(
        activity / "comments_and_reactions" / "comments.json",
        {
            "comments_v2": [
                {
                    "timestamp": 1700000200,
                    "data": [{"comment": {"timestamp": 1700000200, "comment": "Well done!", "author": "Jo"}}],
                    "title": "Jo Teaches commented on Sam Parent's post.",
                }
            ]
        },
    )
    write_json(root / "connections" / "friends" / "your_friends.json", _fb_friends())
    return root


# --- Instagram --------------------------------------------------------------------------------------

IG_POSTS: list[dict[str, Any]] = [
    {"media": [{"uri": "media/1.jpg", "creation_timestamp": 1700000000, "title": meta_escape("Beach day 🌊")}]},
    {
        "media": [
            {"uri": "media/2.jpg", "creation_timestamp": 1700000100, "title": ""},
            {"uri": "media/3.jpg", "creation_timestamp": 1700000100, "title": ""},
        ],
        "title": "Two photos from the fair",
        "creation_timestamp": 1700000100,
    },
    {"media": [{"uri": "media/4.jpg", "creation_timestamp": 1700000200, "title": ""}]},  # no caption
    {"media": "broken"},
]

IG_COMMENTS = [
    {
        "media_list_data": [{"uri": ""}],
        "string_map_data": {
            "Comment": {"value": "Well done Kim!"},
            "Media Owner": {"value": "kim_y6"},
            "Time": {"timestamp": 1700000300},
        },
    }
]


def build_ig(root: Path) -> Path:
    activity = root / "your_instagram_activity"
    write_json(activity / "content" / "posts_1.json", IG_POSTS)
    write_json(activity / "comments" / "post_comments_1.json", IG_COMMENTS)
    follow = root / "connections" / "followers_and_following"
    write_json(
        follow / "followers_1.json",
        [
            {
                "title": "",
                "media_list_data": [],
                "string_list_data": [{"href": "https://www.instagram.com/kim_y6", "value": "kim_y6", "timestamp": 1}],
            }
        ],
    )
    write_json(
        follow / "following.json",
        {
            "relationships_following": [
                {"title": "sam_parent", "string_list_data": [{"href": "https://www.instagram.com/_u/sam_parent"}]},
                {"title": "", "string_list_data": [{"href": "https://www.instagram.com/oak_news/"}]},
            ]
        },
    )
    write_json(
        root / "personal_information" / "personal_information" / "personal_information.json",
        {
            "profile_user": [
                {"string_map_data": {"Username": {"value": "jo_teaches"}, "Bio": {"value": meta_escape("Teacher 🍎")}}}
            ]
        },
    )
    return root
