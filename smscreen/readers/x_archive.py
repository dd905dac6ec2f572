"""X/Twitter "download your data" archives: the zip, the extracted folder, or a ``tweets.js`` alone.

Layout (see Twitter's own README.txt in an archive): ``data/manifest.js`` lists every data file with
its record count; tweets are in ``data/tweets.js`` or, for large accounts, ``tweets-part1.js``… (older
archives: ``tweet.js``). Each ``.js`` file is ``window.YTD.<type>.partN = <JSON>``. Numbers are
strings, ``full_text`` keeps the HTML entities X escaped it with, ``created_at`` is
``Wed Oct 19 20:07:25 +0000 2022``.

A post's ``source`` is the file and the 0-based index in its array (``…/data/tweets.js#12``).
"""

from __future__ import annotations

import html
import logging
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar

from smscreen.errors import ArchiveError
from smscreen.models import Account, Post
from smscreen.readers.base import ReadError, ReadStats, build_post, join_unique
from smscreen.readers.jsondoc import load_js_assignment
from smscreen.readers.zipfs import MemberError, Tree, is_zip, open_tree, read_head

__all__ = ["XArchiveReader", "parse_x_datetime"]

log = logging.getLogger(__name__)

_TWEETS_FILE = re.compile(r"^tweets?(?:-part(\d+))?\.js$")
_FOLLOW_FILE = re.compile(r"^(?:follower|following)(?:-part\d+)?\.js$")
_TWEETS_HEAD = re.compile(rb"^\s*window\.YTD\.tweets?\.part\d+\s*=")
_MANIFEST_HEAD = re.compile(rb"^\s*window\.__THAR_CONFIG\s*=")
_BOM = b"\xef\xbb\xbf"

_MONTHS = {
    m: i
    for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], start=1)
}
_X_DATE = re.compile(
    r"^[A-Z][a-z]{2} (?P<mon>[A-Z][a-z]{2}) (?P<day>\d{1,2}) (?P<h>\d{2}):(?P<m>\d{2}):(?P<s>\d{2}) "
    r"(?P<off>[+-]\d{4}) (?P<year>\d{4})$"
)


def parse_x_datetime(value: str) -> datetime:
    """``Wed Oct 19 20:07:25 +0000 2022`` as an aware UTC datetime (ValueError if it is not one).

    Parsed by hand because ``strptime``'s ``%a``/``%b`` follow the process locale.
    """
    m = _X_DATE.match(value.strip())
    if m is None:
        parsed = datetime.fromisoformat(value)  # raises ValueError for anything else
        if parsed.tzinfo is None:
            raise ValueError(f"date has no time zone: {value!r}")
        return parsed.astimezone(UTC)
    month = _MONTHS.get(m["mon"])
    if month is None:
        raise ValueError(f"unknown month {m['mon']!r}")
    off = m["off"]
    sign = -1 if off[0] == "-" else 1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    local = datetime(int(m["year"]), month, int(m["day"]), int(m["h"]), int(m["m"]), int(m["s"]), tzinfo=tz)
    return local.astimezone(UTC)


@dataclass
class _Layout:
    """Which files of the tree hold what. ``tweets`` pairs each file with the manifest's count."""

    tweets: list[tuple[str, int | None]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # named by the manifest, absent from the archive
    manifest: dict[str, Any] | None = None


class XArchiveReader:
    name: ClassVar[str] = "x-archive"
    suffixes: ClassVar[frozenset[str]] = frozenset()  # ".js" says nothing

    def sniff(self, path: Path) -> bool:
        if path.is_file() and not is_zip(path):
            head = read_head(path, 512).removeprefix(_BOM)
            return bool(_TWEETS_HEAD.match(head) or _MANIFEST_HEAD.match(head))
        if not path.exists():
            return False
        with open_tree(path) as tree:
            return _find_manifest(tree) is not None or bool(_tweet_files_by_name(tree))

    def read(self, path: Path, stats: ReadStats | None = None) -> Iterator[Post | ReadError]:
        stats = ReadStats() if stats is None else stats
        with open_tree(path) as tree:
            errors: list[ReadError] = []
            layout = _layout(tree, path, errors)
            if not layout.tweets and not layout.missing:
                why = f" ({errors[0]})" if errors else ""
                raise ArchiveError(
                    f"no tweets.js (or tweets-partN.js) found{why}; is this an X archive?", path=str(path)
                )
            account = _account(tree, layout.manifest, errors)
            connections = _connections(tree, errors)
            for rel in layout.missing:
                errors.append(ReadError(tree.display(rel), "listed in manifest.js but not in the archive"))
            for err in errors:
                stats.errors += 1
                yield err
            for rel, expected in layout.tweets:
                yield from _read_tweets(tree, rel, expected, account, connections, stats)


def _read_tweets(
    tree: Tree,
    rel: str,
    expected: int | None,
    account: Account,
    connections: tuple[str, ...],
    stats: ReadStats,
) -> Iterator[Post | ReadError]:
    try:
        items = load_js_assignment(tree, rel)
    except MemberError as exc:
        stats.errors += 1
        yield ReadError(tree.display(rel), exc.reason)
        return
    if not isinstance(items, list):
        stats.errors += 1
        yield ReadError(tree.display(rel), "expected a JSON array of tweets after '='")
        return
    for index, item in enumerate(items):
        post = _tweet(item, rel=rel, index=index, source=tree.display(rel), account=account, connections=connections)
        if isinstance(post, ReadError):
            stats.errors += 1
        else:
            stats.posts += 1
        yield post
    if expected is not None and expected != len(items):
        # Fewer tweets than the manifest promises means a truncated or edited file: say so.
        stats.errors += 1
        yield ReadError(tree.display(rel), f"manifest.js says {expected} tweets, the file holds {len(items)}")
    log.debug("read %s: %d tweets", tree.display(rel), len(items))


def _tweet(
    item: Any, *, rel: str, index: int, source: str, account: Account, connections: tuple[str, ...]
) -> Post | ReadError:
    source = f"{source}#{index}"
    # Archives since 2020 wrap each tweet as {"tweet": {...}}; older ones do not.
    tweet = item.get("tweet", item) if isinstance(item, dict) else None
    if not isinstance(tweet, dict):
        return ReadError(source, "expected a tweet object")
    text = tweet.get("full_text", tweet.get("text"))
    if not isinstance(text, str):
        return ReadError(source, "tweet has no full_text")
    text = html.unescape(text)  # X escapes every literal '&', so unescaping cannot misread the author
    raw_id = tweet.get("id_str", tweet.get("id"))
    post_id = raw_id if isinstance(raw_id, str) and raw_id else f"{rel}#{index}"
    created_at = None
    if tweet.get("created_at") is not None:
        if not isinstance(tweet["created_at"], str):
            return ReadError(source, "created_at is not a string")
        try:
            created_at = parse_x_datetime(tweet["created_at"])
        except ValueError:
            return ReadError(source, f"created_at is not a date: {tweet['created_at']!r}")
    mentions = _mentions(tweet.get("entities"))
    if mentions is None:
        return ReadError(source, "entities.user_mentions is malformed")
    reply = tweet.get("in_reply_to_screen_name")
    return build_post(
        {
            "id": post_id,
            "text": text,
            "account": account,
            "created_at": created_at,
            "in_reply_to": f"@{reply}" if isinstance(reply, str) and reply else None,
            "mentions": mentions,
            "connections": connections,
            "is_repost": text.startswith("RT @"),
        },
        source=source,
    )


def _mentions(entities: Any) -> tuple[str, ...] | None:
    """``@screen_name`` of every mention; None when the structure is not what X writes."""
    if entities is None:
        return ()
    if not isinstance(entities, dict):
        return None
    mentions = entities.get("user_mentions", [])
    if not isinstance(mentions, list):
        return None
    names: list[str] = []
    for m in mentions:
        if not isinstance(m, dict) or not isinstance(m.get("screen_name"), str):
            return None
        names.append(f"@{m['screen_name']}")
    return join_unique(names)


# --- where things are ------------------------------------------------------------------------------


def _find_manifest(tree: Tree) -> str | None:
    for rel in tree.find(["manifest.js"]):
        if _MANIFEST_HEAD.match(tree.head(rel).removeprefix(_BOM)):
            return rel
    return None


def _part(rel: str) -> int:
    m = _TWEETS_FILE.match(PurePosixPath(rel).name)
    return int(m[1]) if m and m[1] else 0


def _tweet_files_by_name(tree: Tree) -> list[str]:
    found = [
        rel
        for rel in tree.files()
        if _TWEETS_FILE.match(PurePosixPath(rel).name) and _TWEETS_HEAD.match(tree.head(rel).removeprefix(_BOM))
    ]
    return sorted(found, key=lambda rel: (posixpath.dirname(rel), _part(rel)))


def _layout(tree: Tree, path: Path, errors: list[ReadError]) -> _Layout:
    if path.is_file() and not is_zip(path):
        if _MANIFEST_HEAD.match(read_head(path, 512).removeprefix(_BOM)):
            return _layout_from_manifest(tree, path.name, errors) or _Layout()
        # A lone tweets file: read just it. Its folder's manifest.js, if any, only names the account.
        manifest_rel = _find_manifest(tree)
        manifest = _load_manifest(tree, manifest_rel, errors) if manifest_rel else None
        return _Layout(tweets=[(path.name, None)], manifest=manifest)
    manifest_rel = _find_manifest(tree)
    if manifest_rel is not None:
        layout = _layout_from_manifest(tree, manifest_rel, errors)
        if layout is not None:
            return layout
    return _Layout(tweets=[(rel, None) for rel in _tweet_files_by_name(tree)])


def _load_manifest(tree: Tree, rel: str, errors: list[ReadError]) -> dict[str, Any] | None:
    try:
        manifest = load_js_assignment(tree, rel)
    except MemberError as exc:
        errors.append(ReadError(tree.display(rel), exc.reason))
        return None
    if not isinstance(manifest, dict):
        errors.append(ReadError(tree.display(rel), "expected a JSON object after '='"))
        return None
    return manifest


def _layout_from_manifest(tree: Tree, manifest_rel: str, errors: list[ReadError]) -> _Layout | None:
    """The tweet files the manifest names, or None to fall back to looking for them by name."""
    manifest = _load_manifest(tree, manifest_rel, errors)
    if manifest is None:
        return None
    data_types = manifest.get("dataTypes")
    entry = None
    if isinstance(data_types, dict):
        entry = data_types.get("tweets", data_types.get("tweet"))
    files = entry.get("files") if isinstance(entry, dict) else None
    if not isinstance(files, list):
        return _Layout(tweets=[(rel, None) for rel in _tweet_files_by_name(tree)], manifest=manifest)
    layout = _Layout(manifest=manifest)
    present = set(tree.files())
    for spec in files:
        name = spec.get("fileName") if isinstance(spec, dict) else None
        if not isinstance(name, str) or not name:
            errors.append(ReadError(tree.display(manifest_rel), "dataTypes.tweets.files[] entry has no fileName"))
            continue
        count = spec.get("count")
        expected = int(count) if isinstance(count, str) and count.isdigit() else None
        rel = _resolve(name, manifest_rel, present)
        if rel is None:
            layout.missing.append(name)
        else:
            layout.tweets.append((rel, expected))
    return layout


def _resolve(file_name: str, manifest_rel: str, present: set[str]) -> str | None:
    """Find a manifest ``fileName`` (relative to the archive root, e.g. ``data/tweets.js``) in the tree.

    The manifest sits in ``data/``; the tree may have an extra top folder, or be a flattened copy
    with everything beside the manifest. Only names that exist in the tree are ever returned, so a
    hostile ``../`` cannot reach outside it.
    """
    here = posixpath.dirname(manifest_rel)
    candidates = [
        posixpath.join(posixpath.dirname(here), file_name),
        posixpath.join(here, file_name),
        posixpath.join(here, posixpath.basename(file_name)),
    ]
    for cand in candidates:
        rel = posixpath.normpath(cand).removeprefix("./")
        if rel in present:
            return rel
    return None


# --- who the account is ----------------------------------------------------------------------------


def _first_record(tree: Tree, name: str, key: str, errors: list[ReadError]) -> dict[str, Any] | None:
    """``window.YTD.<name>.part0 = [{"<key>": {...}}]``: the inner object of the first record."""
    for rel in tree.find([name]):
        try:
            items = load_js_assignment(tree, rel)
        except MemberError as exc:
            errors.append(ReadError(tree.display(rel), exc.reason))
            return None
        if isinstance(items, list) and items and isinstance(items[0], dict):
            inner = items[0].get(key)
            if isinstance(inner, dict):
                return inner
        return None
    return None


def _account(tree: Tree, manifest: dict[str, Any] | None, errors: list[ReadError]) -> Account:
    handle = None
    user_info = manifest.get("userInfo") if manifest else None
    if isinstance(user_info, dict) and isinstance(user_info.get("userName"), str):
        handle = user_info["userName"]
    if not handle:
        account = _first_record(tree, "account.js", "account", errors)
        if account and isinstance(account.get("username"), str):
            handle = account["username"]
    bio = None
    profile = _first_record(tree, "profile.js", "profile", errors)
    description = profile.get("description") if profile else None
    if isinstance(description, dict) and isinstance(description.get("bio"), str) and description["bio"]:
        bio = html.unescape(description["bio"])
    return Account(kind="personal", platform="x", handle=f"@{handle}" if handle else None, bio=bio)


def _connections(tree: Tree, errors: list[ReadError]) -> tuple[str, ...]:
    """Account ids of followers and followed accounts: all an archive says about them (no names)."""
    ids: list[str] = []
    for rel in tree.files():
        if not _FOLLOW_FILE.match(PurePosixPath(rel).name):
            continue
        try:
            items = load_js_assignment(tree, rel)
        except MemberError as exc:
            errors.append(ReadError(tree.display(rel), exc.reason))
            continue
        if not isinstance(items, list):
            errors.append(ReadError(tree.display(rel), "expected a JSON array after '='"))
            continue
        for item in items:
            inner = next(iter(item.values()), None) if isinstance(item, dict) else None
            if isinstance(inner, dict) and isinstance(inner.get("accountId"), str):
                ids.append(inner["accountId"])
    return join_unique(ids)
