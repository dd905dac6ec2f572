"""What every detector is: compiled once per (ruleset, profile), then asked for hits on each post.

A detector reads a :class:`PostContext` (the original text, its normalised view with the offset map,
the spaCy ``Doc`` when one is needed, the post's metadata and the school profile) and yields
:class:`Hit` objects whose ``start``/``end`` are offsets into the ORIGINAL text.

Detectors declare :class:`Triggers`: what must be present in a post for them to possibly fire.
The screener unions the triggers of every active detector and skips all matching work, the spaCy
pipeline included, for a post that has none of them (most posts in an archive).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, NamedTuple, Protocol, TypeVar

from smscreen.models import Finding, Post, Severity, Subject

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smscreen.normalize import NormalizedText
    from smscreen.profile import SchoolProfile

T = TypeVar("T")

__all__ = [
    "DETECTORS",
    "METADATA_FIELDS",
    "WORD",
    "Detector",
    "Hit",
    "PostContext",
    "PostMarks",
    "Triggers",
    "check_options",
    "drop_overlaps",
    "field_present",
    "is_staff_author",
    "key_bags",
    "register_detector",
    "require_profile",
    "tag_pattern",
]


@dataclass(frozen=True, slots=True)
class Hit:
    """One match. ``start``/``end`` index the original text; ``None`` means the whole post or account."""

    start: int | None
    end: int | None
    label: str  # what matched, in words a message can use: "UK phone number", "slur", a person's name
    confidence: float = 1.0
    severity: Severity | None = None  # a per-entry severity (lexicon tiers) that overrides the rule's
    subject: Subject | None = None
    evidence: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Triggers:
    """What a post must contain for a detector to possibly fire.

    ``words``: normalised word forms (lower case, de-obfuscated), any one of which suffices.
    ``phrases``: bags of normalised words; a bag suffices when ALL its words are in the post (a phrase
    cannot match otherwise). Far more selective than one word for phrases made of common words.
    ``cased``: words that suffice only when the ORIGINAL text has them capitalised ("Will", "Grace",
    "Green"): names that are also everyday words, which in lower case are almost never names.
    ``digits``/``at``/``hash``: a digit, ``@`` or ``#`` anywhere in the text suffices; ``min_digits``: with
    ``digits``, how many digits the post must hold in all (a phone number needs ten, "Year 6" has one).
    ``fields``: post metadata whose presence suffices, from :data:`METADATA_FIELDS` (a reply, mentions,
    connections, an account bio or handle, an official account).
    ``patterns``: regexes, any one of which finding a match in the ORIGINAL text suffices (keep them cheap:
    they are a gate, used inside ``also`` so that they run only on the few posts that pass the rest).
    ``at_patterns`` / ``hash_patterns``: the same, tried only on a text with an ``@`` / ``#`` (a known handle or
    hashtag: an ``@`` alone would open every reply).
    ``always``: the detector must run on every post (it disables the fast path: avoid).
    ``also``: a second set of triggers that must ALSO be present (a conjunction): ``Triggers(digits=True,
    also=Triggers(patterns=(POSTCODE_SHAPE,)))`` opens only on a post with a digit and a postcode's shape. A
    union drops ``also`` (it stays a necessary condition: weaker, never wrong), and ``also`` cannot nest.
    ``alternatives``: set by :meth:`any_of` only: the triggers are present when one of these is; the fields
    above are then their loose union (what an index files the matcher under).
    """

    words: frozenset[str] = frozenset()
    phrases: frozenset[frozenset[str]] = frozenset()
    cased: frozenset[str] = frozenset()
    digits: bool = False
    at: bool = False
    hash: bool = False
    fields: frozenset[str] = frozenset()
    always: bool = False
    min_digits: int = 1
    patterns: tuple[re.Pattern[str], ...] = ()
    at_patterns: tuple[re.Pattern[str], ...] = ()
    hash_patterns: tuple[re.Pattern[str], ...] = ()
    also: Triggers | None = None
    alternatives: tuple[Triggers, ...] = ()
    # Built at the first test (most Triggers only feed a union or the engine's index, and a roster's name
    # bags are thousands): the bags filed by their two rarest words, and every word that could matter
    # (plain, bag key, cased), so that one set test rules out most texts.
    _tests: tuple[BagIndex[None], frozenset[str]] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.min_digits < 1:
            raise ValueError("min_digits must be at least 1")
        unknown = self.fields - METADATA_FIELDS
        if unknown:
            raise ValueError(f"unknown trigger fields {sorted(unknown)}; known: {sorted(METADATA_FIELDS)}")
        if self.also is not None and self.also.also is not None:
            raise ValueError("Triggers.also cannot itself have an also")

    def _prepared(self) -> tuple[BagIndex[None], frozenset[str]]:
        tests = self._tests
        if tests is None:
            # Two threads may both build it: the same value, and the assignment is atomic.
            index: BagIndex[None] = BagIndex((bag, None) for bag in self.phrases)
            tests = (index, self.words | index.keys | self.cased)
            object.__setattr__(self, "_tests", tests)
        return tests

    def __or__(self, other: Triggers) -> Triggers:
        return Triggers.union((self, other))

    @property
    def exact(self) -> bool:
        """Whether deciding these triggers takes more than the loose fields (a conjunction somewhere)."""
        return self.also is not None or bool(self.alternatives)

    @staticmethod
    def any_of(parts: Iterable[Triggers]) -> Triggers:
        """Present when any part is, conjunctions (``also``) kept: the triggers of a detector with several
        kinds, each with its own needs."""
        items = list(parts)
        loose = Triggers.union(items)
        if not any(t.exact for t in items):
            return loose
        flat = tuple(a for t in items for a in (t.alternatives or (t,)))
        return dataclasses.replace(loose, alternatives=flat)

    @staticmethod
    def union(parts: Iterable[Triggers]) -> Triggers:
        """All of them at once (indexing the word bags once, not once per pair). A necessary condition of
        every part: conjunctions (``also``, ``alternatives``) are dropped, so it may open more than the parts."""
        items = list(parts)
        with_digits = [t.min_digits for t in items if t.digits]
        return Triggers(
            words=frozenset().union(*(t.words for t in items)),
            phrases=frozenset().union(*(t.phrases for t in items)),
            cased=frozenset().union(*(t.cased for t in items)),
            digits=any(t.digits for t in items),
            at=any(t.at for t in items),
            hash=any(t.hash for t in items),
            fields=frozenset().union(*(t.fields for t in items)),
            always=any(t.always for t in items),
            min_digits=min(with_digits, default=1),
            patterns=tuple(dict.fromkeys(p for t in items for p in t.patterns)),
            at_patterns=tuple(dict.fromkeys(p for t in items for p in t.at_patterns)),
            hash_patterns=tuple(dict.fromkeys(p for t in items for p in t.hash_patterns)),
        )

    def present(self, post: Post, words: frozenset[str], marks: PostMarks | None = None) -> bool:
        """Whether this post has the triggers (``words``: the post's normalised words): any of its own, in the
        text or the metadata, and then any of ``also``'s."""
        if marks is None:
            marks = PostMarks.of(post.text)
        if self.alternatives:
            return any(a.present(post, words, marks) for a in self.alternatives)
        if not (self._own_in_text(post.text, words, marks) or self._own_in_fields(post)):
            return False
        return self.also is None or self.also.present(post, words, marks)

    def present_in_fields(self, post: Post) -> bool:
        """Whether the post's metadata (a reply, mentions, connections, bio, ...) holds any of the triggers.

        For triggers without ``also`` (the screener's union is one): with ``also``, use :meth:`present`.
        """
        if self.exact:
            raise ValueError("present_in_fields() cannot decide conjunctive triggers (also, any_of); use present()")
        return self._own_in_fields(post)

    def _own_in_fields(self, post: Post) -> bool:
        return bool(self.fields) and has_metadata(post) and any(_FIELD_PRESENT[f](post) for f in self.fields)

    def present_in_text(self, text: str, words: Collection[str], marks: PostMarks) -> bool:
        """Whether the text alone has the triggers (a bare text has no metadata).

        ``words`` may be a list (the first pass has not built a set yet): cheapest tests first, so that the
        usual text, with none of the words at all, costs one set test.
        """
        if self.alternatives:
            return any(a.present_in_text(text, words, marks) for a in self.alternatives)
        if not self._own_in_text(text, words, marks):
            return False
        return self.also is None or self.also.present_in_text(text, words, marks)

    def _own_in_text(self, text: str, words: Collection[str], marks: PostMarks) -> bool:
        if (
            self.always
            or (self.digits and marks.digits >= self.min_digits)
            or (self.at and marks.at)
            or (self.hash and marks.hash)
        ):
            return True
        bags, any_word = self._prepared()
        if not any_word.isdisjoint(words) and (
            not self.words.isdisjoint(words)
            or (not self.cased.isdisjoint(words) and _capitalised_in(self.cased.intersection(words), text))
            or (not bags.keys.isdisjoint(words)
                and self._any_bag(words if isinstance(words, frozenset) else frozenset(words)))
        ):
            return True
        # Patterns last: the usual text has no "@" or "#", and a word may already have decided.
        return (
            (marks.at and _any_match(self.at_patterns, text))
            or (marks.hash and _any_match(self.hash_patterns, text))
            or _any_match(self.patterns, text)
        )


    def _any_bag(self, words: frozenset[str]) -> bool:
        for _ in self._prepared()[0].matching(words):
            return True
        return False

    def bags(self) -> Iterator[frozenset[str]]:
        """Every word bag (a bag suffices when all its words are in the post)."""
        return (bag for bag in self.phrases if bag)


def bag_keys(bag: frozenset[str]) -> tuple[str, str]:
    """A bag's rarest and second rarest word ("" when it has one word). Cached: the same name bags are the
    triggers of a dozen detectors and of their unions."""
    keys = _BAG_KEYS.get(bag)
    if keys is None:
        # Two threads may both compute it: the same value, and the assignment is atomic.
        key_bags((bag,))
        keys = _BAG_KEYS[bag]
    return keys


# bag_keys' cache, keyed by the bag itself: functools.cache would keep a tuple around each of the tens of
# thousands of bags as its key, one more object per bag for every garbage collection to visit.
_BAG_KEYS: dict[frozenset[str], tuple[str, str]] = {}


def key_bags(bags: Iterable[frozenset[str]]) -> None:
    """Work out :func:`bag_keys` for many bags at once (into the same cache; empty bags are skipped).

    The words of all the bags are put in rarity order once, and a bag is then ordered by comparing two integers:
    the trigger index keys some 28,000 name bags, and two rarity look-ups per bag cost more than the rest of its
    filing. Ranks follow ``_rarity``, whose values are distinct, so the order is the same whatever bags are
    keyed together.
    """
    known = _BAG_KEYS
    missing = [bag for bag in bags if bag and bag not in known]
    if not missing:
        return
    rank = {word: i for i, word in enumerate(sorted(frozenset().union(*missing), key=_rarity))}
    for bag in missing:
        if len(bag) == 2:
            a, b = bag
            known[bag] = (a, b) if rank[a] < rank[b] else (b, a)
        elif len(bag) == 1:
            (only,) = bag
            known[bag] = (only, "")
        else:
            first, second = sorted(bag, key=rank.__getitem__)[:2]
            known[bag] = (first, second)


@functools.cache
def _rarity(word: str) -> tuple[bool, float, int, str]:
    """How a bag orders its words, rarest first: a word of three letters or more, then the least frequent, the
    longest, and alphabetical. Cached: a roster's bags share a few thousand words."""
    from smscreen.frequency import zipf

    return len(word) < 3, zipf(word), -len(word), word


class BagIndex(Generic[T]):
    """Word bags (each with a payload), filed under their rarest word and then their second rarest.

    A post must contain both keys before its bag is compared: common words ("you", "year") key only
    the few bags whose every other word is commoner still, and a first name keys one entry per surname
    rather than one per person. Single-word bags are filed under that word and an empty second key.
    """

    def __init__(self, entries: Iterable[tuple[frozenset[str], T]]) -> None:
        index: dict[str, dict[str, list[tuple[frozenset[str], T]]]] = {}
        keys_of = _BAG_KEYS.get
        for bag, payload in entries:
            if not bag:
                continue
            first, second = keys_of(bag) or bag_keys(bag)
            # get() rather than setdefault(): tens of thousands of bags, nearly all under a key pair of their
            # own, and setdefault would make (and drop) a dict for every one.
            sub = index.get(first)
            if sub is None:
                sub = index[first] = {}
            items = sub.get(second)
            if items is None:
                sub[second] = [(bag, payload)]
            else:
                items.append((bag, payload))
        self._index = index
        self._seconds = {k: frozenset(v) for k, v in index.items()}
        self.keys: frozenset[str] = frozenset(index)

    def matching(self, words: frozenset[str]) -> Iterator[T]:
        """The payload of every bag all of whose words are in ``words``."""
        index, seconds = self._index, self._seconds
        for first in self.keys.intersection(words):
            sub = index[first]
            if "" in sub:
                for _, payload in sub[""]:
                    yield payload
            following = seconds[first]
            if following.isdisjoint(words):  # the usual case: no allocation
                continue
            for second in following.intersection(words):
                for bag, payload in sub[second]:
                    if bag <= words:
                        yield payload

    def entries(self) -> Iterator[tuple[frozenset[str], T]]:
        for sub in self._index.values():
            for items in sub.values():
                yield from items


def _any_match(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    return any(p.search(text) is not None for p in patterns)


def _capitalised_in(words: Iterable[str], text: str) -> bool:
    """Is any of the (lower-case, unaccented) ``words`` capitalised in ``text``? Accents in the text are read past:
    the word "mor" is capitalised in "Môr in 7D" (the words come from the normalised view, which drops them)."""
    words = tuple(words)
    if any(written_capitalised(w, text) for w in words):
        return True
    if text.isascii():
        return False
    bare = unaccented(text)
    return bare != text and any(written_capitalised(w, bare) for w in words)


def written_capitalised(word: str, text: str) -> bool:
    """Is the lower-case ``word`` in ``text`` with a capital ("Grace") or in capitals ("GRACE")?"""
    return word.capitalize() in text or word.upper() in text


def unaccented(text: str) -> str:
    """``text`` with accented Latin letters as their bare letters and combining marks dropped ("Môr" -> "Mor");
    other characters (emoji, other scripts) as they are. One ``str.translate``: it runs on posts with emoji too."""
    # Most non-ASCII posts hold emoji or curly quotes and no character the table maps: one search of its range
    # tells, at a twentieth of the cost of the translate, which looks every character up in the dict.
    if _UNACCENT_RANGE(text) is None:
        return text
    return text.translate(_UNACCENT)


def _unaccent_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0xC0, 0x1F00):
        bare = unicodedata.normalize("NFKD", chr(code))
        base = "".join(ch for ch in bare if not unicodedata.combining(ch))
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base
    for code in range(0x300, 0x370):  # combining marks written apart
        table[code] = None
    return table


_UNACCENT: Final = _unaccent_table()
# Every character the table maps lies in this range (the text's other characters translate to themselves).
_UNACCENT_RANGE: Final = re.compile(f"[{chr(min(_UNACCENT))}-{chr(max(_UNACCENT))}]").search


class PostMarks(NamedTuple):
    """Which trigger characters a post contains, found once per post rather than once per matcher.

    ``digits``: how many digit characters (any script) the post holds. (A named tuple: built for every
    post, and a frozen dataclass costs several times as much to create.)
    """

    digits: int
    at: bool
    hash: bool

    @classmethod
    def of(cls, text: str) -> PostMarks:
        if text.isascii():
            # The byte passes of of_ascii count what the regex would (in ASCII, ``\d`` is 0-9) at half the cost.
            return cls.of_ascii(text.encode("ascii"))
        digits = 0 if _DIGIT_SEARCH(text) is None else len(_DIGIT.findall(text))
        at, hash_ = "@" in text, "#" in text
        if not (digits or at or hash_):
            return _NO_MARKS
        return cls(digits, at, hash_)

    @staticmethod
    def of_ascii(raw: bytes) -> PostMarks:
        """:meth:`of` for an ASCII text given as bytes (its case does not matter), without a regex: ``bytes.translate``
        deleting the marked bytes shortens the text by how many there are. Most posts have none, which one such pass
        tells; then the digits are counted by another, and ``@``/``#`` found by byte value (a one-byte ``bytes`` as the
        needle of ``in`` costs several times as much)."""
        if len(raw.translate(None, _MARKED_BYTES)) == len(raw):
            return _NO_MARKS  # most posts: one shared instance instead of a new tuple
        return PostMarks(len(raw) - len(raw.translate(None, _DIGIT_BYTES)), _AT in raw, _HASH in raw)


_NO_MARKS = PostMarks(0, False, False)
_DIGIT = re.compile(r"\d")
_DIGIT_SEARCH = _DIGIT.search
# In ASCII text, the only characters ``\d`` matches.
_DIGIT_BYTES = b"0123456789"
_MARKED_BYTES = _DIGIT_BYTES + b"@#"
_AT, _HASH = ord("@"), ord("#")
# A word: a run of letters and digits. The one split used for triggers, phrases and post words everywhere.
WORD = re.compile(r"[^\W_]+")


_FIELD_PRESENT: dict[str, Callable[[Post], bool]] = {
    "in_reply_to": lambda p: bool(p.in_reply_to),
    "mentions": lambda p: bool(p.mentions),
    "connections": lambda p: bool(p.connections),
    "bio": lambda p: bool(p.account.bio),
    "handle": lambda p: bool(p.account.handle),
    "official": lambda p: p.account.kind == "official",
}
METADATA_FIELDS = frozenset(_FIELD_PRESENT)


def has_metadata(post: Post) -> bool:
    """Cheap first test: most screened texts carry no metadata at all."""
    account = post.account
    return bool(
        post.in_reply_to or post.mentions or post.connections or account.bio or account.handle
        or account.kind == "official"
    )


_STAFF_ROLES = frozenset({"staff", "governor"})


def is_staff_author(ctx: PostContext, *, assume_staff: bool, roles: frozenset[str] = _STAFF_ROLES) -> bool:
    """Is the author a member of staff (or a governor)? ``assume_staff``: the answer for an author the profile does
    not know (the staff ruleset assumes staff for its own statements). ``roles``: the roles that count (a rule
    that asks something of employees only passes ``{"staff"}``)."""
    author = ctx.post.author_id
    if author is None or ctx.profile is None:
        return assume_staff
    person = ctx.profile.person_by_id.get(author)
    if person is None:
        return assume_staff
    return person.role in roles


def tag_pattern(mark: str, tags: Iterable[str]) -> re.Pattern[str] | None:
    """A trigger pattern for these @handles or #hashtags (``mark`` "@" or "#"), compared without case.

    Mirrors how the detectors read tags (``@`` or ``#`` not after a word character, the whole run of word
    characters after it equal to the tag): an ``@`` alone opened every reply, and most posts on X are replies.
    None when there are no tags (then nothing opens).
    """
    bodies = sorted({t.strip().lstrip(mark).casefold() for t in tags} - {""}, key=len, reverse=True)
    if not bodies:
        return None
    before = r"(?<![\w@])" if mark == "@" else r"(?<![\w#&])"
    return re.compile(before + re.escape(mark) + "(?:" + "|".join(map(re.escape, bodies)) + r")(?!\w)", re.IGNORECASE)


def field_present(name: str, post: Post) -> bool:
    """Whether the post carries this piece of metadata (a reply, mentions, connections, bio, ...)."""
    return _FIELD_PRESENT[name](post)


class PostContext:
    """Everything detectors may read about one post. The spaCy ``Doc`` is built only when asked for."""

    __slots__ = (
        "_doc", "_folded_words", "_make_doc", "_words", "findings", "norm", "on_date", "post", "profile", "text",
        "triggered",
    )

    def __init__(
        self,
        *,
        post: Post,
        norm: NormalizedText,
        profile: SchoolProfile | None,
        make_doc: Callable[[str], Doc],
        doc: Doc | None = None,
        words: frozenset[str] | None = None,
    ) -> None:
        self.post = post
        self.text = post.text
        self.norm = norm
        self.profile = profile
        self.on_date: date | None = post.created_at.date() if post.created_at else None
        self._make_doc = make_doc
        self._doc = doc
        self._words = words
        self._folded_words: frozenset[str] | None = None
        # The findings of the rules evaluated so far on this post. A detector with ``reads_findings`` set is
        # evaluated after every other rule, so it sees all of theirs.
        self.findings: Sequence[Finding] = ()
        # While the engine runs such a detector: whether the post has the detector's own triggers (the engine's
        # first pass tested them; it also runs the detector on a post with findings and without them). None
        # when not known (find() called by anything else): the detector then tests its triggers itself.
        self.triggered: bool | None = None

    def set_doc(self, doc: Doc) -> None:
        """Hand over a Doc made in a batch (it must be over ``norm.text``)."""
        self._doc = doc

    @property
    def words(self) -> frozenset[str]:
        """The normalised words, as the trigger index saw them: lets a detector skip an expensive part
        whose own triggers are absent."""
        if self._words is None:
            self._words = frozenset(WORD.findall(self.norm.text))
        return self._words

    @property
    def folded_words(self) -> frozenset[str]:
        """The words of ``norm.folded`` (before leetspeak is undone: "5B" stays "5b", not "sb")."""
        if self._folded_words is None:
            folded = self.norm.folded
            self._folded_words = self.words if folded == self.norm.text else frozenset(WORD.findall(folded))
        return self._folded_words

    @property
    def doc(self) -> Doc:
        """The spaCy Doc over ``norm.text`` (the normalised view)."""
        if self._doc is None:
            self._doc = self._make_doc(self.norm.text)
        return self._doc


class Spanned(Protocol):
    @property
    def start(self) -> int | None: ...
    @property
    def end(self) -> int | None: ...


S = TypeVar("S", bound=Spanned)


def drop_overlaps(items: Iterable[S]) -> list[S]:
    """``items`` (in the order to prefer them: text order, longest first) without any that starts inside one
    already kept; items without offsets (whole post) are always kept."""
    out: list[S] = []
    last_end = -1
    for item in items:
        if item.start is not None and item.start < last_end:
            continue
        out.append(item)
        last_end = item.end if item.end is not None else last_end
    return out


def check_options(options: Mapping[str, Any], known: Iterable[str]) -> None:
    """Refuse options a detector does not know (``settings``, the ruleset's settings, is always passed)."""
    allowed = list(known)
    unknown = set(options) - set(allowed) - {"settings"}
    if unknown:
        raise ValueError(f"unknown option(s) {sorted(unknown)}; known: {', '.join(allowed)}")


def require_profile(detector: str, profile: SchoolProfile | None, options: Mapping[str, Any],
                    known: Iterable[str]) -> SchoolProfile:
    """The preamble of a detector that reads the school profile: the profile, and known options only."""
    if profile is None:
        raise ValueError(f"the {detector} detector needs a school profile")
    check_options(options, known)
    return profile


class Detector(Protocol):
    """A compiled detector. Implementations register themselves with :func:`register_detector`.

    A detector class may set ``reads_findings = True``: its rules are then evaluated after all others, and its
    ``find`` may read ``ctx.findings`` (what those rules found: a post that names a pupil, say, rather than
    working the names out again).
    """

    name: ClassVar[str]
    triggers: Triggers

    def find(self, ctx: PostContext) -> Iterable[Hit]: ...


DetectorFactory = Callable[..., Detector]
DETECTORS: dict[str, DetectorFactory] = {}


def register_detector(name: str) -> Callable[[type[Any]], type[Any]]:
    """Class decorator: make a detector available to rules as ``detector: NAME``.

    The class is constructed once per (ruleset, profile) as ``cls(options=..., profile=...)``;
    ``options`` are the matcher's keys plus ``settings`` (the ruleset's ``settings`` mapping).
    """

    def decorate(cls: type[Any]) -> type[Any]:
        if name in DETECTORS:
            raise ValueError(f"detector {name!r} registered twice")
        cls.name = name
        DETECTORS[name] = cls
        return cls

    return decorate
