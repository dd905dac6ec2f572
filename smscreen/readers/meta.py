"""Facebook and Instagram "Download your information" exports (JSON), as a zip or a folder, or one
of their JSON files alone.

Meta moves files between export years, so files are found by base name anywhere in the export:
Facebook ``your_posts_1.json`` (2022) or ``your_posts__check_ins__photos_and_videos_1.json`` (2024),
``your_posts_in_groups.json``, ``comments.json``; Instagram ``posts_1.json`` and
``post_comments_1.json``. Friends, followers and following become every post's ``connections``.

Meta writes non-ASCII text as UTF-8 bytes escaped as Latin-1 code points ("cafÃ©" for "café");
:func:`fix_mojibake` undoes that. Facebook's ``title`` ("Jo shared a link.") is generated, not the
author's words, so it is never screened. Items with nothing to screen (a photo with no caption, a
check-in) are counted in ``ReadStats.skipped``, not reported as errors.
"""

from __future__ import annotations

import logging
import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar

from smscreen.errors import ArchiveError
from smscreen.models import Account, Post
from smscreen.readers.base import ReadError, ReadStats, build_post, from_timestamp, join_unique
from smscreen.readers.jsondoc import load_member
from smscreen.readers.zipfs import MemberError, Tree, is_zip, open_tree, read_head

__all__ = ["FacebookReader", "InstagramReader", "fix_mojibake"]

log = logging.getLogger(__name__)


def fix_mojibake(text: str) -> str:
    """Undo Meta's Latin-1 escaping of UTF-8, only when the result is valid UTF-8.

    Text that is already right (ASCII, or real "é" typed after the fix) fails the round trip and is
    kept as it is.
    """
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _str(value: Any) -> str | None:
    return fix_mojibake(value) if isinstance(value, str) else None


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The dict elements of a list; attachments and tags vary too much across years to be strict about."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


@dataclass(frozen=True, slots=True)
class _Item:
    text: str
    created_at: Any = None
    in_reply_to: str | None = None
    mentions: tuple[str, ...] = ()


# An extractor returns the item, None when the item has nothing to screen, or the reason it is malformed.
Extractor = Callable[[Any], _Item | str | None]


@dataclass(frozen=True, slots=True)
class _Kind:
    """One kind of file in an export: how it is named, where its records are, how to read one."""

    label: str  # "facebook post", for messages and skip counts
    name: re.Pattern[str]  # base name in the export
    head: re.Pattern[bytes]  # content signature, for a lone file that was renamed
    keys: tuple[str, ...]  # when the file is an object, the key of its list of records
    extract: Extractor
    generic: bool = False  # a name other exports use too: the content must match ``head`` as well


# --- Facebook ------------------------------------------------------------------------------------


def _fb_post(item: Any) -> _Item | str | None:
    if not isinstance(item, dict):
        return "expected a post object"
    data = item.get("data", [])
    if not isinstance(data, list):
        return "'data' is not a list"
    texts: list[str] = []
    for entry in _dicts(data):
        post = _str(entry.get("post"))
        if post is not None and post.strip():
            texts.append(post)
    # A photo's description is the caption its author typed; Facebook repeats the post text there.
    for attachment in _dicts(item.get("attachments")):
        for entry in _dicts(attachment.get("data")):
            media = entry.get("media")
            desc = _str(media.get("description")) if isinstance(media, dict) else None
            if desc is not None and desc.strip() and desc not in texts:
                texts.append(desc)
    if not texts:
        return None
    raw_tags = item.get("tags")
    tag_list = raw_tags if isinstance(raw_tags, list) else []
    tags = [_str(t.get("name")) if isinstance(t, dict) else _str(t) for t in tag_list]
    return _Item(
        text="\n\n".join(texts),
        created_at=from_timestamp(item.get("timestamp")),
        mentions=join_unique([t for t in tags if t]),
    )


def _fb_comment(item: Any) -> _Item | str | None:
    if not isinstance(item, dict):
        return "expected a comment object"
    data = item.get("data", [])
    if not isinstance(data, list):
        return "'data' is not a list"
    texts: list[str] = []
    stamp = item.get("timestamp")
    for entry in _dicts(data):
        comment = entry.get("comment")
        if isinstance(comment, dict):
            body = _str(comment.get("comment"))
            if body is not None and body.strip():
                texts.append(body)
            stamp = stamp if stamp is not None else comment.get("timestamp")
    if not texts:
        return None
    return _Item(text="\n\n".join(texts), created_at=from_timestamp(stamp))


_FACEBOOK_KINDS = (
    _Kind(
        "facebook post",
        re.compile(r"^your_posts(?:__check_ins__photos_and_videos)?_\d+\.json$"),
        re.compile(rb'^\s*\[\s*(?:\]|\{\s*"timestamp")'),
        (),
        _fb_post,
    ),
    _Kind(
        "facebook group post",
        re.compile(r"^your_posts_in_groups\.json$"),
        re.compile(rb'^\s*\{\s*"group_posts_v2"'),
        ("group_posts_v2",),
        _fb_post,
    ),
    _Kind(
        "facebook comment",
        re.compile(r"^comments\.json$"),
        re.compile(rb'^\s*\{\s*"comments_v2"'),
        ("comments_v2", "comments"),
        _fb_comment,
        generic=True,
    ),
)

# --- Instagram -----------------------------------------------------------------------------------


def _ig_post(item: Any) -> _Item | str | None:
    if not isinstance(item, dict):
        return "expected a post object"
    media = item.get("media", [])
    if not isinstance(media, list):
        return "'media' is not a list"
    media_items = _dicts(media)
    # The caption is the post's title; a single-photo post keeps it on the photo instead.
    caption = _str(item.get("title"))
    if not (caption and caption.strip()):
        caption = next((t for m in media_items if (t := _str(m.get("title"))) and t.strip()), None)
    if not caption:
        return None
    stamp = item.get("creation_timestamp")
    if stamp is None and media_items:
        stamp = media_items[0].get("creation_timestamp")
    return _Item(text=caption, created_at=from_timestamp(stamp))


def _string_map_value(data: dict[str, Any], key: str, field_name: str = "value") -> Any:
    entry = data.get(key)
    return entry.get(field_name) if isinstance(entry, dict) else None


def _ig_comment(item: Any) -> _Item | str | None:
    if not isinstance(item, dict):
        return "expected a comment object"
    data = item.get("string_map_data")
    if not isinstance(data, dict):
        return "'string_map_data' is missing or not an object"
    body = _str(_string_map_value(data, "Comment"))
    if not (body and body.strip()):
        return None
    owner = _str(_string_map_value(data, "Media Owner"))
    return _Item(
        text=body,
        created_at=from_timestamp(_string_map_value(data, "Time", "timestamp")),
        in_reply_to=_at(owner) if owner else None,
    )


def _at(name: str) -> str:
    return name if name.startswith("@") else f"@{name}"


_INSTAGRAM_KINDS = (
    _Kind(
        "instagram post",
        re.compile(r"^posts_\d+\.json$"),
        re.compile(rb'^\s*\[\s*(?:\]|\{\s*"media")'),
        (),
        _ig_post,
    ),
    _Kind(
        "instagram comment",
        re.compile(r"^(?:post_comments_\d+|reels_comments)\.json$"),
        re.compile(rb'^\s*(?:\[\s*\{\s*"(?:media_list_data|string_map_data)"|\{\s*"comments_\w+_comments")'),
        ("comments_media_comments", "comments_reels_comments"),
        _ig_comment,
    ),
)

# --- the account and its connections --------------------------------------------------------------


@dataclass
class _Owner:
    handle: str | None = None
    bio: str | None = None
    connections: list[str] = field(default_factory=list)


def _records(value: Any, keys: tuple[str, ...]) -> list[Any] | None:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for key in keys:
            if isinstance(value.get(key), list):
                return list(value[key])
    return None


def _fb_owner(tree: Tree, errors: list[ReadError]) -> _Owner:
    owner = _Owner()
    for rel in tree.find(["profile_information.json"])[:1]:
        profile = _load(tree, rel, errors)
        info = profile.get("profile_v2", profile.get("profile")) if isinstance(profile, dict) else None
        name = info.get("name") if isinstance(info, dict) else None
        owner.handle = _str(name.get("full_name")) if isinstance(name, dict) else None
    for rel in tree.find(["friends.json", "your_friends.json"]):
        friends = _records(_load(tree, rel, errors), ("friends_v2", "friends"))
        owner.connections += [n for f in _dicts(friends) if (n := _str(f.get("name")))]
    return owner


_IG_FOLLOW = re.compile(r"^(?:followers_\d+|following(?:_\d+)?)\.json$")


def _ig_owner(tree: Tree, errors: list[ReadError]) -> _Owner:
    owner = _Owner()
    for rel in tree.find(["personal_information.json"])[:1]:
        users = _records(_load(tree, rel, errors), ("profile_user",))
        data = _dicts(users)[0].get("string_map_data") if _dicts(users) else None
        if isinstance(data, dict):
            username = _str(_string_map_value(data, "Username"))
            owner.handle = _at(username) if username else None
            owner.bio = _str(_string_map_value(data, "Bio")) or None
    for rel in tree.files():
        if not _IG_FOLLOW.match(PurePosixPath(rel).name):
            continue
        people = _records(_load(tree, rel, errors), ("relationships_following", "relationships_followers"))
        for person in _dicts(people):
            name = _ig_person(person)
            if name:
                owner.connections.append(_at(name))
    return owner


def _ig_person(person: dict[str, Any]) -> str | None:
    # Older exports put the username in string_list_data[].value; newer ones in the title, with
    # only a profile link below it.
    for entry in _dicts(person.get("string_list_data")):
        value = _str(entry.get("value"))
        if value:
            return value
    title = _str(person.get("title"))
    if title:
        return title
    for entry in _dicts(person.get("string_list_data")):
        href = _str(entry.get("href"))
        if href:
            return href.rstrip("/").rsplit("/", 1)[-1] or None
    return None


def _load(tree: Tree, rel: str, errors: list[ReadError]) -> Any:
    try:
        return load_member(tree, rel)
    except MemberError as exc:
        errors.append(ReadError(tree.display(rel), exc.reason))
        return None


# --- the readers ------------------------------------------------------------------------------------


def _natural(rel: str) -> tuple[str, str, int]:
    stem = PurePosixPath(rel).stem
    m = re.search(r"(\d+)$", stem)
    return (posixpath.dirname(rel), stem[: m.start()] if m else stem, int(m[1]) if m else 0)


def _unbom(head: bytes) -> bytes:
    return head.removeprefix(b"\xef\xbb\xbf")


def _looks_like_json(head: bytes) -> bool:
    return _unbom(head).lstrip()[:1] in (b"[", b"{")


class _MetaReader:
    name: ClassVar[str]
    suffixes: ClassVar[frozenset[str]] = frozenset()  # ".json" says nothing
    platform: ClassVar[str]
    kinds: ClassVar[tuple[_Kind, ...]]

    def _owner(self, tree: Tree, errors: list[ReadError]) -> _Owner:
        raise NotImplementedError

    def sniff(self, path: Path) -> bool:
        if path.is_file() and not is_zip(path):
            return self._lone_kind(path) is not None
        if not path.exists():
            return False
        with open_tree(path) as tree:
            return bool(self._files(tree))

    def _lone_kind(self, path: Path) -> _Kind | None:
        head = _unbom(read_head(path, 4096))
        for kind in self.kinds:
            if kind.name.match(path.name) and (kind.head.match(head) if kind.generic else _looks_like_json(head)):
                return kind
        for kind in self.kinds:
            if kind.head.match(head):
                return kind
        return None

    def _files(self, tree: Tree) -> list[tuple[str, _Kind]]:
        found: list[tuple[str, _Kind]] = []
        for kind in self.kinds:
            rels = [rel for rel in tree.files() if kind.name.match(PurePosixPath(rel).name)]
            if kind.generic:
                rels = [rel for rel in rels if kind.head.match(_unbom(tree.head(rel)))]
            found += [(rel, kind) for rel in sorted(rels, key=_natural)]
        return found

    def read(self, path: Path, stats: ReadStats | None = None) -> Iterator[Post | ReadError]:
        stats = ReadStats() if stats is None else stats
        with open_tree(path) as tree:
            if path.is_file() and not is_zip(path):
                kind = self._lone_kind(path)
                files = [(path.name, kind)] if kind else []
            else:
                files = self._files(tree)
            if not files:
                raise ArchiveError(f"no {self.platform.title()} posts or comments found", path=str(path))
            errors: list[ReadError] = []
            owner = self._owner(tree, errors)
            account = Account(kind="personal", platform=self.platform, handle=owner.handle, bio=owner.bio)
            connections = join_unique(owner.connections)
            for err in errors:
                stats.errors += 1
                yield err
            for rel, kind in files:
                yield from self._read_file(tree, rel, kind, account, connections, stats)

    def _read_file(
        self,
        tree: Tree,
        rel: str,
        kind: _Kind,
        account: Account,
        connections: tuple[str, ...],
        stats: ReadStats,
    ) -> Iterator[Post | ReadError]:
        try:
            records = _records(load_member(tree, rel), kind.keys)
        except MemberError as exc:
            stats.errors += 1
            yield ReadError(tree.display(rel), exc.reason)
            return
        if records is None:
            stats.errors += 1
            yield ReadError(tree.display(rel), f"not a {kind.label} file: unexpected JSON structure")
            return
        skipped = 0
        for index, record in enumerate(records):
            source = f"{tree.display(rel)}#{index}"
            item = kind.extract(record)
            if item is None:
                skipped += 1
                continue
            if isinstance(item, str):
                stats.errors += 1
                yield ReadError(source, item)
                continue
            post = build_post(
                {
                    "id": f"{rel}#{index}",
                    "text": item.text,
                    "account": account,
                    "created_at": item.created_at,
                    "in_reply_to": item.in_reply_to,
                    "mentions": item.mentions,
                    "connections": connections,
                },
                source=source,
            )
            if isinstance(post, ReadError):
                stats.errors += 1
            else:
                stats.posts += 1
            yield post
        if skipped:
            stats.skipped[f"{kind.label} without text"] += skipped
        log.debug("read %s: %d records, %d without text", tree.display(rel), len(records), skipped)


class FacebookReader(_MetaReader):
    name: ClassVar[str] = "facebook"
    platform: ClassVar[str] = "facebook"
    kinds: ClassVar[tuple[_Kind, ...]] = _FACEBOOK_KINDS

    def _owner(self, tree: Tree, errors: list[ReadError]) -> _Owner:
        return _fb_owner(tree, errors)


class InstagramReader(_MetaReader):
    name: ClassVar[str] = "instagram"
    platform: ClassVar[str] = "instagram"
    kinds: ClassVar[tuple[_Kind, ...]] = _INSTAGRAM_KINDS

    def _owner(self, tree: Tree, errors: list[ReadError]) -> _Owner:
        return _ig_owner(tree, errors)
