"""Where the school's people are named in a post: the shared name index behind the people detectors.

Not a detector itself. :func:`name_index` compiles, once per school profile, everything needed to find
the forms a roster name takes in real posts; :meth:`NameIndex.analyse` turns one post into a list of
:class:`Mention` objects that the ``roster``, ``identifying-detail`` and ``event`` detectors filter.

Name forms (``Mention.form``)
-----------------------------
``full``     given name (first, preferred, roster alias or nickname) + surname: ``Amelia Kowalczyk``,
             ``Libby Ashworth``, ``Kowalczyk, Amelia``, names broken across a line, one misspelt part
             (``Amelia Kowalczik``: OSA distance <= 1 for 5-7 letters, <= 2 for 8+, only a transposition for
             4 letters, exact for 3 or fewer; at least one part must be exact).
``initial``  initial + surname: ``J. Smith``, ``J Smith`` (capital letter in the original).
``title``    title + surname (or title + given name) of an adult: ``Mr Khan``, ``Mrs O'Neill``, ``Miss Jo``;
             a misspelt surname after a title is looked up in a SymSpell-style deletion index.
``first``    a given name alone. The roster detector counts it only with school context (see ``school.py``).
``partial``  given name + surname initial: ``Amelia K``. An identifying detail, not a name.
``handle``   ``@handle`` of a person in the profile.
``hashtag``  a hashtag whose camel-case parts hold a full name or given name + surname initial
             (``#WellDoneAmeliaK``); a lower-case hashtag holds a full name run together (``#ameliakowalczyk``).
             A hashtag with only a given name in it is a ``first`` mention.

Matching runs on the normalised view (lower case, look-alikes, zero-width characters and leetspeak undone by
``smscreen.normalize``); capitalisation, handles and hashtags are read from the original text.
The cost per post does not depend on the roster size: one PhraseMatcher pass, dictionary look-ups, and
fuzzy comparisons only against the few people who share the exact half of a name.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

from rapidfuzz.distance import OSA

from smscreen.detectors.base import WORD, BagIndex, PostContext
from smscreen.frequency import zipf
from smscreen.profile.model import Person, SchoolProfile, normalise_handle

# Zipf frequency at or above which a name word is also an everyday English word (will 6.5, may 6.0,
# hope 5.4, green 5.1, mark 5.1); below it are names first (amelia 3.6, smith 4.9, tom 4.8).
COMMON_WORD_ZIPF: Final = 5.0
# A misspelt half of a full name ("Jake Smiht", "Amelai Kowalczyk") is looked for next to an exact half that is
# either written like a name (capitalised) or rare as an English word (amelia 3.6, kowalczyk 0). Lower-case
# everyday-frequency names (jack 4.8, hall 4.9, smith 4.9) next to an unknown word are almost always ordinary
# text, and testing every such pair for a misspelling cost a name analysis on one ordinary post in ten.
# Exact full names are found in any case.
FUZZY_ANCHOR_ZIPF: Final = 4.0

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher

    from smscreen.normalize import Normalizer

__all__ = [
    "FAMOUS_NAMESAKES",
    "HANDLE_RE",
    "NAME_WORDS",
    "TITLES",
    "Mention",
    "NameIndex",
    "NameWords",
    "PostMemo",
    "acts_after",
    "allowed_edits",
    "capitalised_at",
    "class_follows",
    "given_equal",
    "given_vocabulary",
    "handle_bodies",
    "known_handle",
    "lower_same_length",
    "name_index",
    "per_profile",
    "pet_equal",
    "pet_key",
    "reads_as_name",
    "reads_as_weather",
    "sentence_bounds",
    "sentence_start",
    "sound_equal",
    "sound_key",
    "starts_with_title",
    "tokenizer",
]

T = TypeVar("T")

# Titles a school uses before an adult's surname (and, in primary schools, before a first name: "Miss Jo").
TITLES: Final = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "mister", "prof", "madam", "mr.", "mrs.", "ms.", "dr.", "mx.",
     # clergy (a church school's governors) and councillors
     "revd", "rev", "rev.", "revd.", "reverend", "fr", "fr.", "pastor", "prof.", "professor", "dame", "cllr",
     # Welsh ("Musus Gwilym", "Syr"), and the ranks a school's cadet force gives its staff ("Maj Marchbanks")
     "musus", "mistar", "syr", "maj", "major", "capt", "captain", "lt", "lieut", "col", "colonel", "sgt", "sergeant",
     "cpl", "corporal", "cdr", "commander"}
)
# Titles that are also words or slang ("rev the engine", "fr" for "for real", "a major concern", "col" for a
# mountain pass): titles only capitalised.
_CASED_TITLES: Final = frozenset(
    {"rev", "rev.", "fr", "fr.", "dame", "pastor", "major", "captain", "col", "colonel", "sergeant", "corporal",
     "commander", "lt", "cdr", "syr"}
)


def words_of(text: str) -> frozenset[str]:
    """A word list written as one block of text (easier to read and review than a list literal)."""
    return frozenset(text.split())


# Military ranks are a school's titles only in a post about its cadet force ("Maj Marchbanks drove the RAF section"):
# elsewhere they are somebody else's (Captain Cook, Captain Tom, Corporal Jones, "Major Khan fan").
_RANKS: Final = frozenset(
    {"maj", "major", "capt", "captain", "lt", "lieut", "col", "colonel", "sgt", "sergeant", "cpl", "corporal", "cdr",
     "commander"}
)
_CADET_WORDS: Final = words_of(
    """
    ccf cadet cadets raf contingent drill squadron platoon fieldcraft bisley
    """
)


# Given names that are also everyday English words. A bare one counts only when it is capitalised and the
# post ties it to that pupil (their form or year) or, not at a sentence start, to the school.
NAME_WORDS: Final = words_of(
    """
    grace will may hope rose summer mark joy faith april june august autumn dawn holly ivy lily daisy poppy
    jasmine ruby amber pearl crystal sky storm rain river brook heather violet iris olive hazel ginger honey
    melody harmony sunny chase hunter archer mason carter cooper miles rich bill pat sue art bob jack frank
    drew gene guy lance max nick ray rob sandy stone wade ward page reed rusty bud chip cliff dean dale don
    earl glen grant jay kit mo jo sol patience charity mercy destiny star angel blue north rocky happy
    bonnie precious bliss victory justice liberty ocean willow bella billy peg meg lib sunday
    beau ace king prince duke major penny sterling hazel clay forest heath rowan robin wren finch lark
    day jan link court green bell young long price hall wood hill lane cash bass burns case chance christian
    constance ernest free gray grey lacy love lucky noble pace park royal sage sonny tad trinity true wolf
    dusty sandy misty lee gay carol eve june jean dawn bob pat
    mali chad georgia india kenya sydney paris florence chelsea asia africa china
    """
)

# Full names of public figures that a roster member may share. A full-name mention of someone on this list
# needs school or work context before it counts (a staff member called Imran Khan is not the cricketer).
# Extend per school with the roster detector option ``namesakes``.
FAMOUS_NAMESAKES: Final = frozenset(
    """
    imran khan|sadiq khan|amir khan|john smith|will smith|emma watson|harry kane|harry styles|tom jones|
    david jones|tom holland|tom daley|james martin|paul scholes|emma thompson|james bond|jack wilshere|
    mo farah|mohamed salah|mohammed salah|adam smith|john lewis|tom hardy|david williams|kate moss|
    chris evans|chris martin|amy winehouse|grace jones|rose byrne|will young|mark wright|mark williams|
    sam smith|lily allen|ruby rose|summer walker|joy division|hope solo|grace kelly|elizabeth taylor|
    william shakespeare|victoria beckham|david beckham|brooklyn beckham|harper beckham|romeo beckham|
    cruz beckham|marcus rashford|jordan henderson|raheem sterling|gary neville|gary lineker|gary barlow|
    olivia colman|olivia rodrigo|olivia newton|jake paul|logan paul|alex scott|alex jones|jess phillips|
    rishi sunak|keir starmer|boris johnson|liz truss|theresa may|tony blair|gordon brown|david cameron|
    angela rayner|michael gove|bridget phillipson|gillian keegan|nadhim zahawi|
    kyle walker|jack grealish|phil foden|bukayo saka|declan rice|jude bellingham|harry maguire|luke shaw|
    john stones|kieran trippier|jordan pickford|mason mount|cole palmer|ben white|ben stokes|joe root|
    stuart broad|emma raducanu|andy murray|lewis hamilton|ed sheeran|harry potter|ellie goulding|
    jamie vardy|wayne rooney|steven gerrard|alan shearer|lucy bronze|leah williamson|beth mead|ella toone|
    chloe kelly|mary earps|alessia russo|lauren james|georgia stanway
    """.replace("\n", "").split("|")
)

# Professional sport, whose players' names a school's people may share: a full name in the same sentence needs
# school context. Not a young player's own news ("signed by a Premier League academy", "called up for the U18s").
_PRO_SPORT: Final = re.compile(
    r"\b(?:premier\s+league|champions\s+league|europa\s+league|ballon\s+d'?or|match\s+of\s+the\s+day|motd|"
    r"fantasy\s+football|fpl|transfer\s+window)\b"
)
_YOUNG_PLAYER: Final = re.compile(
    r"\b(?:academy|u\d{1,2}s?|under[\s-]?\d{1,2}s?|trials?|scholarship|signed\s+by|called\s+up)\b"
)


def _pro_sport_talk(text: str, start: int, end: int) -> bool:
    """Is the full name at ``text[start:end]`` (the normalised view) in a sentence about professional sport, or just
    before one ("Conor Bradley with the assist again. Best right back in the Premier League")?"""
    lo, hi = sentence_bounds(text, start, end)
    if hi < len(text):
        hi = sentence_bounds(text, hi + 1, hi + 1)[1]
    sentence = text[lo:hi]
    return _PRO_SPORT.search(sentence) is not None and _YOUNG_PLAYER.search(sentence) is None

_FAMOUS: Final = frozenset(n.strip() for n in FAMOUS_NAMESAKES if n.strip())

# Nicknames the `nicknames` package lacks but UK posts use.
_EXTRA_NICKNAMES: Final[dict[str, tuple[str, ...]]] = {
    "alexander": ("xander", "zander", "alex", "alfie"),
    "alexandra": ("alex", "lexi", "sasha"),
    "olivia": ("liv", "livvy", "livvie"),
    "elizabeth": ("libby", "beth", "lizzie", "eliza"),
    "william": ("will", "billy", "bill", "liam"),
    "mohammed": ("mo", "mohammad", "muhammad", "mohamed"),
    "muhammad": ("mo", "mohammed", "mohammad"),
    "jacob": ("jake", "jakey"),
    "thomas": ("tom", "tommy"),
    "joanna": ("jo", "jojo"),
    "amelia": ("millie", "mia", "mils"),
    "siobhan": ("shiv",),
    "callum": ("cal",),
    "margaret": ("maggie", "peggy"),
    # Common British names the package has no diminutives for.
    "bernadette": ("bernie", "detta"),
    "nicola": ("nicky", "nikki", "nic"),
    "francesca": ("fran", "frankie", "chessie"),
    "georgina": ("georgie", "gina"),
    "annabel": ("bella", "annie"),
    "imogen": ("immy", "imi"),
    # British "-az"/"-ez" diminutives (the package is American).
    "gary": ("gaz", "gazza"),
    "barry": ("baz", "bazza"),
    "darren": ("daz", "dazza"),
    "sharon": ("shaz", "shazza"),
    "terry": ("tez",),
    "karen": ("kaz",),
}

_WORD_RE: Final = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
# The particles a surname may open with, sometimes written apart from the rest ("O Neill", "Mc Donald").
_PARTICLES: Final = frozenset({"o", "mc", "de", "da", "di", "du", "le", "la"})
_INITIAL_RE: Final = re.compile(r"^[a-z]\.?$")
# An @handle as the platforms write them: word characters, with dots inside on Instagram ("@aisha.begum.art").
HANDLE_RE: Final = re.compile(r"(?<![\w@])@(\w{1,30}(?:\.\w+)*)")


def handle_bodies(match: re.Match[str]) -> Iterator[tuple[str, int]]:
    """The handles a match of :data:`HANDLE_RE` may be, longest first, with where each ends: "@jo.smith.Great" may
    be ``jo.smith.great``, ``jo.smith`` or ``jo`` (a sentence run on after a dot). The last is always plain."""
    body, start = match.group(1), match.start(1)
    while True:
        yield body, start + len(body)
        cut = body.rfind(".")
        if cut < 0:
            return
        body = body[:cut]


def known_handle(match: re.Match[str], known: Container[str]) -> tuple[str, int] | None:
    """The longest of :func:`handle_bodies` that is in ``known`` (normalised handles), with where it ends."""
    return next(((b, end) for b, end in handle_bodies(match) if normalise_handle(b) in known), None)


_HASHTAG_RE: Final = re.compile(r"(?<![\w#&])#(\w{2,80})")
_CAMEL_RE: Final = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_HASHTAG_TITLES: Final = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir"})
_SENTENCE_END: Final = frozenset(".!?:;\n•|")
_OPENERS: Final = frozenset("\"'“‘([{*-–—>")
# Words after a given name that do not make it somebody else's full name ("Grace Jones" does, "Grace And" is
# a capitalised heading).
_NOT_A_SURNAME: Final = words_of(
    """
    and or but the a an in on at for from with to of is was has had will did does year yr class team group form
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december well done congratulations congrats thanks thank you star award
    """
)


# ---------------------------------------------------------------------------------------------------------
# Shared, process-wide compiled objects


_LOCK = threading.RLock()
_PROFILE_CACHE: dict[tuple[str, int], tuple[object, object]] = {}
_PROFILE_CACHE_MAX = 64
_NLP: list[Language] = []
_NORMALIZER: list[Normalizer] = []


def per_profile(kind: str, profile: SchoolProfile, build: Callable[[SchoolProfile], T]) -> T:
    """Build ``kind`` for ``profile`` once per process and share it among detector instances.

    Rules are compiled one detector instance per matcher; several instances read the same roster, so the
    expensive index is shared (and so is its per-post analysis, see :class:`PostMemo`).
    Keyed by identity: a profile is immutable once loaded.
    """
    key = (kind, id(profile))
    hit = _PROFILE_CACHE.get(key)
    if hit is not None and hit[0] is profile:
        return hit[1]  # type: ignore[return-value]
    with _LOCK:
        hit = _PROFILE_CACHE.get(key)
        if hit is not None and hit[0] is profile:
            return hit[1]  # type: ignore[return-value]
        value = build(profile)
        if len(_PROFILE_CACHE) >= _PROFILE_CACHE_MAX:
            _PROFILE_CACHE.pop(next(iter(_PROFILE_CACHE)))
        _PROFILE_CACHE[key] = (profile, value)
        return value


def tokenizer() -> Language:
    """The process-wide blank English pipeline that tokenises patterns (names, school and event phrases,
    lexicon phrases). Its tokenizer splits text as the screener's own splits posts (``ctx.doc``).

    Pattern docs are only ever matched on their token texts (``ORTH``, the PhraseMatcher default), so the
    words of this pipeline's vocabulary carry their text and nothing else (a plain ``Vocab``): spaCy's
    English lexical attributes (shape, ``like_num``, stop word, norm...) cost about 10 us for each new
    word, the tokenizer never reads them, and one build meets some 7,000 words (about 0.1 s). Do not match
    pattern docs on any other attribute. Posts have their own pipeline, with every attribute.

    Made as ``English(vocab=...)`` with :func:`english_tokenizer`, as the post pipeline is.
    """
    if not _NLP:
        from spacy.lang.en import English
        from spacy.vocab import Vocab

        with _LOCK:
            if not _NLP:
                _NLP.append(English(vocab=Vocab(), create_tokenizer=english_tokenizer))
    return _NLP[0]


def english_tokenizer(nlp: Language) -> Any:
    """The tokenizer spaCy's default factory (``create_tokenizer``, what ``spacy.blank("en")`` uses) makes for
    ``nlp``: the same exceptions, affix expressions, token and URL matches and heuristics, so the same tokens.
    The screener's pipelines are made as ``English(create_tokenizer=english_tokenizer)`` rather than with
    ``spacy.blank``, which first fills, validates and resolves a whole pipeline config.

    One difference, while it is made only: loading the 1,300 English exceptions, spaCy checks each one's token
    attributes (``_validate_special_case``), and that check (a scan of some fifty deprecated attribute names
    per token) cost about 4 % of the screener build for each tokenizer. The exceptions are spaCy's own, the
    ones every English pipeline loads and checks, so the check is skipped while the constructor loads them; it
    applies again to any special case added later.
    """
    from spacy import util

    defaults = nlp.Defaults
    prefixes, suffixes, infixes = defaults.prefixes, defaults.suffixes, defaults.infixes
    return _tokenizer_class()(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=util.compile_prefix_regex(prefixes).search if prefixes else None,
        suffix_search=util.compile_suffix_regex(suffixes).search if suffixes else None,
        infix_finditer=util.compile_infix_regex(infixes).finditer if infixes else None,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@functools.cache
def _tokenizer_class() -> Any:
    """spaCy's Tokenizer, loading its built-in exceptions without checking them again (see english_tokenizer)."""
    from spacy.tokenizer import Tokenizer

    class EnglishTokenizer(Tokenizer):  # type: ignore[misc]  # spaCy's Cython class has no stubs to subclass
        # A slot, not an instance dict: spaCy's tokenizing looks its own methods up on the instance for every
        # word, and an instance dict would be one more place to look each time.
        __slots__ = ("_loading",)

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self._loading = True
            try:
                super().__init__(*args, **kwargs)
            finally:
                self._loading = False

        def _validate_special_case(self, chunk: str, substrings: Any) -> None:
            if not self._loading:
                super()._validate_special_case(chunk, substrings)

    return EnglishTokenizer


def normalise_phrase(text: str) -> str:
    """A pattern goes through the same normaliser as the posts, so both sides agree on every rewrite."""
    if not _NORMALIZER:
        from smscreen.normalize import Normalizer

        with _LOCK:
            if not _NORMALIZER:
                _NORMALIZER.append(Normalizer())
    return _NORMALIZER[0](text).text


class PostMemo(Generic[T]):
    """Remembers the result for the last post so that every detector instance sharing an index pays once.

    Safe across threads: a stale or foreign slot is never returned (the post context is compared by identity).
    """

    __slots__ = ("_slot",)

    def __init__(self) -> None:
        self._slot: tuple[PostContext, T] | None = None

    def peek(self, ctx: PostContext) -> T | None:
        """The result for ``ctx`` if it has been computed, else None."""
        slot = self._slot
        return slot[1] if slot is not None and slot[0] is ctx else None

    def get(self, ctx: PostContext, compute: Callable[[PostContext], T]) -> T:
        slot = self._slot
        if slot is not None and slot[0] is ctx:
            return slot[1]
        value = compute(ctx)
        self._slot = (ctx, value)
        return value


# ---------------------------------------------------------------------------------------------------------
# Small helpers


def key_of(text: str) -> str:
    """A spelling-insensitive key for hashtag parts and handles: lower case, letters and digits only."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def allowed_edits(length: int) -> int:
    """How many edits a misspelt name may have: none for short names, where one edit makes another word."""
    if length <= 4:
        return 0
    if length <= 7:
        return 1
    return 2


def fuzzy_equal(seen: str, name: str) -> bool:
    """Is ``seen`` a plausible misspelling of ``name`` (length-aware OSA distance)?"""
    if seen == name or not seen:
        return seen == name
    if seen[0] != name[0] and len(name) <= 5:
        return False  # short names misspelt at the first letter are usually other words
    limit = allowed_edits(len(name))
    if limit == 0:
        # 4 letters: only a swap of two neighbours ("Kahn" for "Khan"); anything else is another word.
        return len(name) == 4 and sorted(seen) == sorted(name) and OSA.distance(seen, name) == 1
    return bool(OSA.distance(seen, name, score_cutoff=limit) <= limit)


_CLASS_WORD: Final = re.compile(r"\s+(class(?:es|'s|’s)?|group(?:s|'s|’s)?|child(?:ren)?|kids|pupils)\b")
_LIST_ITEM: Final = re.compile(r"\s*(?:,|and|&)\s*([^\W\d_]+)")


def lower_same_length(text: str) -> str:
    """``text`` in lower case letter by letter where that keeps its length ("İ" lowers to two characters), so that
    offsets found in one hold in the other."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)


def class_follows(
    folded: str, end: int, forms: Container[str], *, capital_at: Callable[[int], bool] | None = None
) -> bool:
    """Does "class" (or "group", "children", "kids", "pupils") follow a form named by a word ("Robin", "Heron") that
    ends at ``end`` of the lower-case text, directly or after a list of other such forms ("Rowan and Willow classes",
    "every Heron child", "Tern group")? Then the word is the class, not a person of that name; "Robin and his class"
    is Robin. ``capital_at`` (is the text's letter at this offset of ``folded`` a capital?): a capitalised "Group"
    is a firm's ("Phoenix Group")."""
    pos = end
    while True:
        word = _CLASS_WORD.match(folded, pos)
        if word is not None:
            at = word.start(1)
            return capital_at is None or folded[at] != "g" or not capital_at(at)
        item = _LIST_ITEM.match(folded, pos)
        if item is None or item.group(1) not in forms:
            return False
        pos = item.end()


# Pet-name endings spelt several ways: "Millie", "Milly", "Milli"; "Harvey", "Harvy"; "Katie", "Katy".
_PET_ENDING: Final = re.compile(r"(?:ie|ey|y|i)$")


def pet_key(name: str) -> str:
    """``name`` with its pet-name ending written one way, so that spellings differing only there compare equal
    ("millie" and "milly" are two edits apart, more than a six-letter name is allowed)."""
    return _PET_ENDING.sub("y", name) if len(name) >= 4 else name


def pet_equal(seen: str, name: str) -> bool:
    """Do two spellings of a given name differ only by the pet-name ending ("milly", "millie")?"""
    return seen[:1] == name[:1] and pet_key(seen) == pet_key(name)


def given_equal(seen: str, name: str, *, loose: bool = False, sounds: bool = False) -> bool:
    """Is ``seen`` a plausible spelling of the given name ``name``: a misspelling, or another pet-name ending?

    ``loose``: the surname beside it is exact and no everyday word, and ``seen`` is no given name of its own (a
    sibling's: Olivia is not Oliver), so a roster name of six letters or more may be two edits off with the same
    first letter ("Blayze" for Blaize Thornbury).
    ``sounds``: the surname beside it is exact and no everyday word, and no sibling's given name is ``seen`` (they
    are on the roster), so a name that sounds the same counts, even one of its own ("Blaise" for Blaze:
    :func:`sound_equal`).
    """
    if fuzzy_equal(seen, name) or pet_equal(seen, name):
        return True
    if loose and seen[:1] == name[:1] and len(name) >= 6 and OSA.distance(seen, name, score_cutoff=2) <= 2:
        return True
    return sounds and sound_equal(seen.casefold(), name)


def sound_key(name: str) -> str:
    """A given name's consonant skeleton as it sounds, kept to what English spellings of one name vary by: "blaise"
    and "blaze" are "bls", "aiden" and "aidan" "adn", "jayden" and "jaden" "jdn"."""
    s = name.casefold().replace("ph", "f").replace("ck", "k").replace("q", "k").replace("x", "ks").replace("z", "s")
    s = _SOFT_C.sub("s", s).replace("c", "k")
    out = s[:1]
    for ch in s[1:]:
        if ch in "aeiouyhw" or not ch.isalpha() or ch == out[-1]:
            continue
        out += ch
    return out


_SOFT_C: Final = re.compile(r"c(?=[eiy])")


def sound_equal(seen: str, name: str) -> bool:
    """Do two given names of five letters or more sound alike by :func:`sound_key` ("Blaise", "Blaze"), with the
    same first letter and at least three consonants to compare?"""
    if seen[:1] != name[:1] or min(len(seen), len(name)) < 5:
        return False
    key = sound_key(name)
    return len(key) >= 3 and sound_key(seen) == key


def _deletes(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        nxt: set[str] = set()
        for w in frontier:
            for i in range(len(w)):
                nxt.add(w[:i] + w[i + 1 :])
        out |= nxt
        frontier = nxt
    return out


class DeletionIndex:
    """SymSpell-style index: a misspelt word finds its candidates by deletions, not by scanning the roster."""

    def __init__(self, words: Iterable[str]) -> None:
        self._index: dict[str, set[str]] = {}
        for word in set(words):
            for d in _deletes(word, allowed_edits(len(word)) or (1 if len(word) == 4 else 0)):
                self._index.setdefault(d, set()).add(word)

    def lookup(self, seen: str) -> set[str]:
        if len(seen) < 4:
            return set()
        found: set[str] = set()
        for d in _deletes(seen, 2 if len(seen) >= 7 else 1):
            found |= self._index.get(d, set())
        return {w for w in found if fuzzy_equal(seen, w)}


# ---------------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a post names (or may name) people from the profile."""

    start: int  # original-text offsets, end-exclusive
    end: int
    form: str  # full | initial | title | first | partial | handle | hashtag
    people: tuple[int, ...]  # indices into NameIndex.people
    variant: str = "exact"  # exact | nickname | fuzzy
    tokens: tuple[int, int] | None = None  # token span in ctx.doc (None for handles and hashtags)
    sentence_initial: bool = False
    capitalised: bool = True
    name_word: bool = False  # a given name that is also an everyday word
    famous: bool = False  # the full name is a public figure's too
    text: str = ""


@dataclass(slots=True)
class _Piece:
    given: set[int] = field(default_factory=set)  # first / preferred name / roster alias
    nick: set[int] = field(default_factory=set)  # from the nicknames package
    surname: set[int] = field(default_factory=set)
    full: set[int] = field(default_factory=set)  # a multi-word roster alias that is a whole name
    # Every word of it is an everyday-frequency word ("jack", "hall"): it anchors a misspelt other half only
    # when capitalised (see FUZZY_ANCHOR_ZIPF).
    common: bool = False
    # Set once the roster is read, for the per-post analysis: given | nick; the adults (staff, governors,
    # parents) of surname, who a title may name; and the staff and governors of named ("Miss Jo").
    named: frozenset[int] = frozenset()
    adults: frozenset[int] = frozenset()
    staff_named: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class NameWords:
    """The words the name forms of some of the profile's people cannot be found without (trigger material)."""

    full_bags: frozenset[frozenset[str]]  # every word of a full name or of a multi-word alias
    full_words: frozenset[str]  # a rare half of a full name (may anchor a misspelt other half in any case)
    full_cased: frozenset[str]  # an everyday-frequency half: anchors a misspelling only when capitalised
    initial_bags: frozenset[frozenset[str]]  # a surname's words and the one-letter word of an initial
    partial_bags: frozenset[frozenset[str]]  # a given name's words and the one-letter word of the surname's initial
    title_names: frozenset[str]  # what can follow a title: adults' surnames, staff given names
    given_words: frozenset[str]
    given_cased: frozenset[str]  # given words that count only capitalised (everyday words, stop words, short)


# Per length in tokens, per length in letters: (surname, its people).
_Spellings = tuple[tuple[int, dict[int, tuple[tuple[str, tuple[int, ...]], ...]]], ...]


class _TokenTexts:
    """A Doc's token texts, read only where the analysis looks: around the few names in a post. (A Token
    object per token, to read every text up front, cost more than matching the names.)"""

    __slots__ = ("_doc", "_texts")

    def __init__(self, doc: Any) -> None:
        self._doc = doc
        self._texts: list[str | None] = [None] * len(doc)

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, i: int) -> str:
        text = self._texts[i]
        if text is None:
            text = self._texts[i] = self._doc[i].text
        return text


# ---------------------------------------------------------------------------------------------------------
# The index


def name_index(profile: SchoolProfile) -> NameIndex:
    """The compiled name index of ``profile`` (built once per process)."""
    return per_profile("names", profile, NameIndex)


@functools.lru_cache(maxsize=4096)
def _nicknames_of(name: str) -> frozenset[str]:
    """Package nicknames, minus ones that are really other people's names (Amelia is not Emily).

    Cached: a roster repeats the same few hundred first names, and each look-up asks the package about
    every nickname of the name too.
    """
    from nicknames import NickNamer

    nn = _nicknamer(NickNamer)
    low = name.casefold()
    out: set[str] = set(_EXTRA_NICKNAMES.get(low, ()))
    for nick in nn.nicknames_of(low):
        if len(nick) < 3:
            continue  # "al", "jo": too short to mean anyone without a roster entry
        own = nn.nicknames_of(nick)
        # A nickname that is a full name in its own right (has nicknames of its own that do not lead back)
        # names somebody else unless it is visibly a shortening.
        if own and low not in own and not low.startswith(nick[:3]):
            continue
        out.add(nick)
    out.discard(low)
    return frozenset(out)


@functools.cache
def given_vocabulary() -> frozenset[str]:
    """Given names in English (the nicknames package's list and modern UK names), for names not on the roster."""
    from nicknames import NickNamer

    nn = _nicknamer(NickNamer)
    names = set(nn.nickname_lookup) | set(nn.canonical_lookup) | _MODERN_NAMES
    return frozenset(n for n in names if len(n) >= 3 and n.isalpha())


# Given names common among UK children born since 2010 that the nicknames package (US, older) lacks.
_MODERN_NAMES: Final = words_of(
    """
    kyle jayden kayden tyler mason harper isla ava aria nia zara kai leo theo archie alfie freddie harley
    logan riley reggie ezra finley brody jenson kian ollie rory teddy arlo louie ronnie frankie albie
    ayaan rayan zayn yusuf ibrahim hamza aisha maryam fatima amira layla imaan inaaya evie esme freya
    isabella maisie millie poppy willow mila luna orla niamh aoife saoirse cerys seren eira ffion lexi
    kacey kayla tia paige chloe jade shannon courtney jordan kieran callum declan connor liam ryan
    priya anaya aanya anika diya riya saanvi kavya ishaan arjun rohan aarav vihaan reyansh jasleen simran
    harpreet gurpreet manpreet navdeep amrit sukhmani zahra hafsa safa sana noor hana zainab khadija ayesha
    aliyah iman eesa musa idris bilal hassan hussain usman umar zakariya tariq imran faisal adeel
    amara chidi chioma ngozi ifeoma kemi tobi tolu seun femi ayo kofi kwame ama abena nana efua esi
    zofia zuzanna oliwia lena maja jakub kacper szymon filip antoni wiktor mateusz aleksander
    """
)


_NN: list[Any] = []


def _nicknamer(cls: Any) -> Any:
    if not _NN:
        _NN.append(cls())
    return _NN[0]


def _given_forms(person: Person) -> tuple[set[str], set[str], set[str]]:
    """(given names, package nicknames, multi-word aliases) of a person, as written."""
    given = {person.first_name}
    if person.preferred_name:
        given.add(person.preferred_name)
    full_aliases: set[str] = set()
    for alias in person.aliases:
        (full_aliases if " " in alias.strip() else given).add(alias.strip())
    nick: set[str] = set()
    for g in list(given):
        nick |= _nicknames_of(g)
    for g in list(given):
        if "-" in g.strip("-"):
            given.add(g.replace("-", " "))  # "Ellie Mae" for "Ellie-Mae", as a surname's hyphen may be a space
    lowered = {g.casefold() for g in given}
    nick = {n for n in nick if n not in lowered}
    return given, nick, full_aliases


def _surname_forms(last: str) -> set[str]:
    forms = {last}
    if "-" in last.strip("-"):
        forms.add(last.replace("-", " "))  # "Sinclair Moss" for "Sinclair-Moss"
    if any(ch in last for ch in "'’"):
        bare = last.replace("'", "").replace("’", "")
        forms |= {bare, last.replace("’", "'"), last.replace("'", " ").replace("’", " ")}
    return forms


class NameIndex:
    """Every form of every profile person's name, compiled for one school profile."""

    def __init__(self, profile: SchoolProfile, namesakes: Iterable[str] = ()) -> None:
        from spacy.matcher import PhraseMatcher

        nlp = tokenizer()
        # A roster repeats a few hundred spellings thousands of times (1,500 people: ~14,000 normalisations,
        # a twentieth of them distinct): normalise, key and tokenise each spelling once. Local, so nothing
        # outlives the build.
        normalise = functools.cache(normalise_phrase)
        spelling_key = functools.cache(key_of)
        token_count = functools.cache(lambda text: len(nlp.make_doc(text)))
        self.profile = profile
        self.people: tuple[Person, ...] = profile.people
        self._position = {id(p): i for i, p in enumerate(self.people)}
        self.famous = _FAMOUS | {normalise(n).strip() for n in namesakes}
        pieces: dict[str, _Piece] = {}
        self._given_keys: dict[str, set[int]] = {}  # key_of(given) -> people (hashtags)
        self._surname_keys: dict[str, set[int]] = {}
        self._concat: dict[str, set[int]] = {}  # key_of(given + surname) -> people (lower-case hashtags)
        self.given_norm: list[set[str]] = []  # per person, normalised given names and nicknames
        self.surname_norm: list[str | None] = []
        self.surname_tokens: list[int] = []  # how many tokens the surname is ("sinclair - moss": 3)
        self.initials: list[set[str]] = []
        self.nick_only: list[set[str]] = []
        # Adults' surnames by their letters alone (a misspelt surname after a title is compared so: "Oneil" and
        # "O Neil" are one edit from O'Neill, as "Whitcomb" is from Whitcombe).
        adult_surnames: dict[str, set[int]] = {}
        staff_roles = ("staff", "governor")

        def piece(text: str) -> _Piece:
            norm = normalise(text).strip()
            if len(norm) < 2:
                return _Piece()  # a one-letter "name" would match every initial and pronoun; not indexed
            return pieces.setdefault(norm, _Piece())

        full_name_parts: list[tuple[int, set[str], list[str]]] = []
        for i, person in enumerate(self.people):
            given, nick, full_aliases = _given_forms(person)
            if person.last_name:
                full_name_parts.append((i, given | nick, list(_surname_forms(person.last_name))))
            for g in given:
                piece(g).given.add(i)
                self._given_keys.setdefault(spelling_key(g), set()).add(i)
            for n in nick:
                piece(n).nick.add(i)
                self._given_keys.setdefault(spelling_key(n), set()).add(i)
            for alias in full_aliases:
                piece(alias).full.add(i)
            self.given_norm.append({normalise(g).strip() for g in given | nick})
            self.nick_only.append({normalise(n).strip() for n in nick})
            self.initials.append({spelling_key(g)[:1] for g in given if spelling_key(g)})
            if person.last_name:
                for s in _surname_forms(person.last_name):
                    piece(s).surname.add(i)
                    self._surname_keys.setdefault(spelling_key(s), set()).add(i)
                    for g in given | nick:
                        self._concat.setdefault(spelling_key(g) + spelling_key(s), set()).add(i)
                norm_last = normalise(person.last_name).strip()
                self.surname_norm.append(norm_last)
                self.surname_tokens.append(token_count(norm_last))
                if person.role in (*staff_roles, "parent"):
                    adult_surnames.setdefault(spelling_key(norm_last), set()).add(i)
            else:
                self.surname_norm.append(None)
                self.surname_tokens.append(0)

        # For the fuzzy look-ups, built once: surnames without spaces, and the given names a misspelling may
        # be checked against (at least 5 letters, not a package nickname).
        # Forms named by a word ("Robin", "Heron"), which a given name may also be.
        self._form_words = frozenset(
            normalise(p.form).strip() for p in profile.people if p.form and not any(c.isdigit() for c in p.form)
        )
        # Forms named by a year and a word ("10 Clare", "7 Bakhita"): the word after its year is the form.
        self._numbered_forms = frozenset(
            form for p in profile.people if p.form
            for form in [" ".join(normalise(p.form).split())]
            if len(form.split()) == 2 and form.split()[0].isdigit()
        )
        self._surname_compact = [s.replace(" ", "") if s is not None else None for s in self.surname_norm]
        self._given_fuzzy = [
            tuple(sorted(g for g in given - nicks if len(g) >= 5))
            for given, nicks in zip(self.given_norm, self.nick_only, strict=True)
        ]
        self.matcher: PhraseMatcher = PhraseMatcher(nlp.vocab)
        self._payload: dict[int, _Piece] = {}
        for text, p in pieces.items():
            if not text:
                continue
            key = "NAME:" + text
            # A name of several words may be broken across a line inside itself ("Isla Mac an\ntSaoir"): the line
            # break is a token of its own, so each place it may fall is a pattern too.
            gaps = [i for i, ch in enumerate(text) if ch == " "]
            self.matcher.add(key, [nlp.make_doc(t) for t in (text, *(text[:i] + "\n" + text[i + 1 :] for i in gaps))])
            self._payload[nlp.vocab.strings[key]] = p
        # A title is one token, found by the same pass as the names (reading every token's text to look for
        # one cost more than the names' matching). A title the tokenizer splits ("mr." is "mr" "."
        # in the lower-case view) cannot be matched as one token: a post with its text is scanned instead.
        self._title_ids: set[int] = set()
        split_titles: list[str] = []
        for title in sorted(TITLES):
            if [t.text for t in nlp.make_doc(title)] == [title]:
                key = "TITLE:" + title
                self.matcher.add(key, [nlp.make_doc(title)])
                self._title_ids.add(nlp.vocab.strings[key])
            else:
                split_titles.append(title)
        self._split_titles = re.compile("|".join(map(re.escape, split_titles))) if split_titles else None
        for text, p in pieces.items():
            p.common = all(zipf(w) >= FUZZY_ANCHOR_ZIPF for w in WORD.findall(text))
            p.named = frozenset(p.given | p.nick)
            p.adults = frozenset(x for x in p.surname if self.people[x].role in (*staff_roles, "parent"))
            p.staff_named = frozenset(x for x in p.named if self.people[x].role in staff_roles)
        self._adult_surnames = adult_surnames
        self._adult_deletions = DeletionIndex(s for s in adult_surnames if len(s) >= 4)
        # Triggers: every single word any name form is made of, so posts without one skip spaCy entirely.
        words: set[str] = set()
        for text in pieces:
            words |= {w for w in re.split(r"[\s'’\-.]+", text) if len(w) >= 2}
            words.add(text)
        # Titles too: "Mrs O'Neil" (misspelt) has no exact name word, only the title to go on.
        words |= {t.rstrip(".") for t in TITLES}
        clean = {re.sub(r"[^\w]", "", w) for w in words} - {""}
        # A name that is also one of the commonest English words (Will, May, Hope, Mark, Green, Miss)
        # opens the slow path only when capitalised; in lower case it is almost never a name. Written in
        # full ("will fairbrother") it still counts in any case, through the name bags below.
        self.trigger_cased = frozenset(w for w in clean if zipf(w) >= COMMON_WORD_ZIPF)
        self.trigger_words = frozenset(clean - self.trigger_cased)
        # Per person, the bags of words their full names are made of. Equal bags are one object: a family's
        # surname with a shared nickname, and the union of every person's bags below.
        bags: dict[frozenset[str], frozenset[str]] = {}
        person_bags: list[tuple[frozenset[str], ...]] = [()] * len(self.people)
        for i, person_given, person_surnames in full_name_parts:
            own: dict[frozenset[str], None] = {}
            for g in person_given:
                for s in person_surnames:
                    bag = frozenset(WORD.findall(normalise(f"{g} {s}")))
                    own[bags.setdefault(bag, bag)] = None
            person_bags[i] = tuple(own)
        self._person_bags = person_bags
        self._pieces = pieces
        self.title_words = frozenset(t.rstrip(".") for t in TITLES)
        # A bare first name in lower case counts unless it is an everyday word or very short (the roster
        # detector's rule, with spaCy's stop words as the analysis marks them): those need a capital.
        stop_words = nlp.Defaults.stop_words
        all_given = frozenset(w for g in self.given_norm for given in g for w in WORD.findall(given))
        self._cased_given = frozenset(w for w in all_given if w in NAME_WORDS or w in stop_words or len(w) <= 3)
        self._name_words: dict[frozenset[int], NameWords] = {}
        everyone = self.name_words(range(len(self.people)))
        self.trigger_bags = frozenset(bags)
        self.full_triggers_words = everyone.full_words
        self.full_triggers_cased = everyone.full_cased
        self.full_bags = everyone.full_bags
        self.initial_bags = everyone.initial_bags
        self.adult_name_words = everyone.title_names
        self.given_words = everyone.given_words
        self.given_words_cased = everyone.given_cased
        self.partial_bags = everyone.partial_bags
        self._memo: PostMemo[list[Mention]] = PostMemo()
        self._tags_memo: PostMemo[list[Mention]] = PostMemo()
        self._forms_memo: PostMemo[_PostForms] = PostMemo()
        # Filled as posts meet them: the misspellings a piece's people may be written with, grouped by spelling.
        self._misspelt_surnames_of: dict[frozenset[int], _Spellings] = {}
        self._misspelt_given_of: dict[int, tuple[dict[int, tuple[str, ...]], dict[str, tuple[int, ...]]]] = {}
        # may_find's word-level index of the name pieces and the tokenizer's special cases (about 5 ms).
        self._gate = _FormGate(self)

    def name_words(self, people: Iterable[int]) -> NameWords:
        """What the name forms of ``people`` (indices into :attr:`people`) cannot be found without.

        A detector that reports only some people (the parents, the staff) needs only their names to open: the
        words of everyone else's names are no trigger of it. Built once per set of people.
        """
        scope = frozenset(people)
        cached = self._name_words.get(scope)
        if cached is not None:
            return cached
        # A full name: all its words (exact, any case), or one half and a misspelling next to it, where the
        # half anchors a misspelling only when rare or capitalised (FUZZY_ANCHOR_ZIPF). A multi-word alias
        # is a bag of its own.
        anchors_rare: set[str] = set()
        anchors_common: set[str] = set()
        alias_bags: set[frozenset[str]] = set()
        for text, p in self._pieces.items():
            if not (scope.isdisjoint(p.given) and scope.isdisjoint(p.nick) and scope.isdisjoint(p.surname)):
                (anchors_common if p.common else anchors_rare).update(WORD.findall(text))
            if not scope.isdisjoint(p.full) and WORD.search(text):
                alias_bags.add(frozenset(WORD.findall(text)))
        full_bags = frozenset(bag for i in scope for bag in self._person_bags[i]) | alias_bags
        # An initial + surname ("J. Smith"): the surname's words and a one-letter word.
        initial_bags: set[frozenset[str]] = set()
        for i in scope:
            surname = self.surname_norm[i]
            if surname and WORD.search(surname):
                surname_words = frozenset(WORD.findall(surname))
                initial_bags.update(surname_words | {letter} for letter in self.initials[i] if letter)
        # What can follow a title: an adult's surname, or a staff member's given name ("Miss Jo").
        title_names: set[str] = set()
        for i in scope:
            role = self.people[i].role
            if role not in ("staff", "governor", "parent"):
                continue
            surname = self.surname_norm[i]
            if surname:
                title_names.add(surname)
            if role in ("staff", "governor"):
                title_names |= self.given_norm[i]
        given_words = frozenset(w for i in scope for given in self.given_norm[i] for w in WORD.findall(given))
        # A partial name ("Amelia K") needs a given name and, as a word of its own, its surname's initial.
        partial_bags = frozenset(
            frozenset(WORD.findall(given)) | {surname[0]}
            for i in scope
            if (surname := self.surname_norm[i])
            for given in self.given_norm[i]
            if WORD.search(given)
        )
        found = NameWords(
            full_bags=full_bags,
            full_words=frozenset(anchors_rare),
            full_cased=frozenset(anchors_common - anchors_rare),
            initial_bags=frozenset(initial_bags),
            partial_bags=partial_bags,
            title_names=frozenset(w for name in title_names for w in WORD.findall(name)),
            given_words=given_words,
            given_cased=given_words & self._cased_given,
        )
        return self._name_words.setdefault(scope, found)  # two threads may both build it: equal values

    # -- per post -------------------------------------------------------------------------------------

    def analyse(self, ctx: PostContext) -> list[Mention]:
        """Every mention of a profile person in ``ctx`` (memoised per post)."""
        return self._memo.get(ctx, self._analyse)

    def analyse_for(self, ctx: PostContext, forms: frozenset[str]) -> list[Mention] | None:
        """:meth:`analyse`, for a detector that wants only ``forms`` of the analysis (besides handles and hashtags):
        None, and no Doc made, when the post cannot hold any of them (:meth:`may_find`). A post another detector
        has already analysed gets that analysis."""
        done = self._memo.peek(ctx)
        if done is not None:
            return done
        return self.analyse(ctx) if self.may_find(ctx, forms) else None

    def may_find(self, ctx: PostContext, forms: frozenset[str]) -> bool:
        """Could the spaCy analysis (:meth:`analyse` less :meth:`tags`) find one of ``forms`` in ``ctx``? Worked out
        from the post's words and characters, without a Doc, as far as the question needs (memoised per post).

        False only when certain: a detector that wants none of them can then read :meth:`tags` alone. Most posts
        that open a name detector hold a name word but no name form the detector reports (a surname alone, a
        first name for a full-name rule): they need no Doc for it, and making one is most of the cost of a name
        analysis.
        """
        gate = self._gate
        return gate.may(self._forms_memo.get(ctx, gate.start), forms)

    def possible_forms(self, ctx: PostContext) -> frozenset[str]:
        """Every form :meth:`may_find` cannot rule out in ``ctx`` (each asked about alone: a question stops at the
        first form it finds possible)."""
        for form in _ALL_FORMS:
            self.may_find(ctx, frozenset({form}))
        return frozenset(self._forms_memo.get(ctx, _no_state).forms)

    def tags(self, ctx: PostContext) -> list[Mention]:
        """The ``handle`` and ``hashtag`` mentions only (and first names inside hashtags), in text order: no
        spaCy Doc is made for them (memoised per post)."""
        return self._tags_memo.get(ctx, self._tags)

    def _tags(self, ctx: PostContext) -> list[Mention]:
        mentions: list[Mention] = []
        if "@" in ctx.text:
            mentions.extend(self._handles(ctx))
        if "#" in ctx.text:
            mentions.extend(self._hashtags(ctx))
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    def _analyse(self, ctx: PostContext) -> list[Mention]:
        mentions = [*self.tags(ctx), *self._in_doc(ctx)]
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    def _handles(self, ctx: PostContext) -> Iterable[Mention]:
        by_handle = self.profile.person_by_handle
        index = self._position
        text = ctx.text
        for m in HANDLE_RE.finditer(text):
            found = known_handle(m, by_handle)
            if found is not None:
                person = by_handle[normalise_handle(found[0])]
                yield Mention(m.start(), found[1], "handle", (index[id(person)],), text=text[m.start() : found[1]])

    def _hashtags(self, ctx: PostContext) -> Iterable[Mention]:
        for m in _HASHTAG_RE.finditer(ctx.text):
            body = m.group(1)
            parts = [p.casefold() for p in _CAMEL_RE.findall(body)]
            found = self._names_in_parts(parts)
            if found is None and len(parts) <= 1:
                found = self._names_in_run(key_of(body))
            if found is None:
                continue
            form, people, variant = found
            yield Mention(
                m.start(),
                m.end(),
                form,
                tuple(sorted(people)),
                variant,
                capitalised=any(ch.isupper() for ch in body),
                name_word=form == "first" and all(self._is_name_word(i, parts) for i in people),
                text=m.group(0),
            )

    def _is_name_word(self, person: int, parts: Sequence[str]) -> bool:
        return any(g in NAME_WORDS for g in self.given_norm[person] if g in parts)

    def _names_in_parts(self, parts: Sequence[str]) -> tuple[str, set[int], str] | None:
        first: tuple[str, set[int], str] | None = None
        for i, part in enumerate(parts):
            if part in _HASHTAG_TITLES:
                # "#ThankYouMrKhan": a title + an adult's surname, as in running text.
                for size in (1, 2, 3):
                    adults = {
                        x for x in self._surname_keys.get("".join(parts[i + 1 : i + 1 + size]), set())
                        if self.people[x].role in ("staff", "governor", "parent")
                    }
                    if adults:
                        return "hashtag", adults, "exact"
            given = self._given_keys.get(part)
            if not given:
                continue
            nxt = parts[i + 1] if i + 1 < len(parts) else ""
            # A surname may be split into several camel-case parts: #GoHarveySinclairMoss
            for size in (1, 2, 3):
                sur = self._surname_keys.get("".join(parts[i + 1 : i + 1 + size]), set()) & given
                if sur:
                    return "hashtag", sur, "exact"
            if len(nxt) == 1:
                partial = {p for p in given if (self.surname_norm[p] or " ")[0] == nxt}
                if partial:
                    return "hashtag", partial, "exact"
            if first is None:
                first = ("first", set(given), "exact")
        return first

    def _names_in_run(self, run: str) -> tuple[str, set[int], str] | None:
        # "#welldoneameliakowalczyk": look for any given+surname run inside, longest first.
        best: tuple[int, set[int]] | None = None
        lengths = {len(k) for k in self._concat}
        for start in range(len(run)):
            for size in lengths:
                if size < 8 or start + size > len(run):
                    continue
                people = self._concat.get(run[start : start + size])
                if people and (best is None or size > best[0]):
                    best = (size, people)
        return ("hashtag", set(best[1]), "exact") if best else None

    def _in_doc(self, ctx: PostContext) -> list[Mention]:
        doc = ctx.doc
        n = len(doc)
        texts = _TokenTexts(doc)
        at: dict[int, list[tuple[int, _Piece]]] = {}
        titles: list[int] = []
        for match_id, s, e in self.matcher(doc):
            piece = self._payload.get(match_id)
            if piece is None:
                titles.append(s)  # one of self._title_ids
            # A name inside a hashtag or a handle is the hashtag/handle path's business.
            elif not (s > 0 and texts[s - 1] == "#" and not doc[s - 1].whitespace_):
                at.setdefault(s, []).append((e, piece))
        if self._split_titles is not None and self._split_titles.search(ctx.norm.text):
            titles = [i for i in range(n) if texts[i] in TITLES]
        else:
            titles.sort()

        def next_word(i: int) -> int:
            # Skip whitespace tokens (a name broken across a line) but not punctuation; whitespace tokens are
            # told by their text, which is what Token.is_space tests.
            while i < n and texts[i].isspace():
                i += 1
            return i

        def prev_word(i: int) -> int:
            i -= 1
            while i >= 0 and texts[i].isspace():
                i -= 1
            return i

        used: set[int] = set()
        out: list[Mention] = []

        def emit(s: int, e: int, form: str, people: Iterable[int], variant: str = "exact") -> None:
            people_t = tuple(sorted(set(people)))
            if not people_t:
                return
            used.update(range(s, e))
            out.append(self._mention(ctx, doc, s, e, form, people_t, variant))

        # 1. Titles: "Mr Khan", "Mrs. O'Neill", "Miss Jo", "Mrs O'Neil" (fuzzy).
        cadet_post: bool | None = None
        for i in titles:
            if texts[i] in _CASED_TITLES and not self._capitalised_at(ctx, doc, i):
                continue
            if texts[i] in _RANKS:
                if cadet_post is None:
                    cadet_post = not _CADET_WORDS.isdisjoint(ctx.words)
                if not cadet_post:
                    continue
            j = next_word(i + 1)
            if j < n and texts[j] == ".":
                j = next_word(j + 1)
            if j >= n:
                continue
            found = False
            for e, p in at.get(j, ()):
                if p.adults:
                    emit(i, e, "title", p.adults)
                    found = True
                    break
                if p.staff_named:
                    emit(i, e, "title", p.staff_named)
                    found = True
                    break
            # A misspelt surname is looked for only after a capitalised title: "mr right", "miss clerk" in lower
            # case are everyday words far more often than a title and a misspelt colleague.
            if (
                not found and (len(texts[j]) >= 4 or texts[j] in _PARTICLES) and _WORD_RE.match(texts[j])
                and self._capitalised_at(ctx, doc, i)
            ):
                seen, end = texts[j], j + 1
                if seen in _PARTICLES:
                    # A surname's particle written apart ("Mrs O Neil", "Mr Mc Donald"): read with the next word.
                    k = next_word(j + 1)
                    if k < n and _WORD_RE.match(texts[k]):
                        seen, end = seen + texts[k], k + 1
                fuzzy: set[int] = set()
                for surname in self._adult_deletions.lookup(key_of(seen)):
                    fuzzy |= self._adult_surnames[surname]
                if fuzzy:
                    emit(i, end, "title", fuzzy, "fuzzy")

        # 2. Full names, both orders, and given name + misspelt surname.
        for s in sorted(at):
            if s in used:
                continue
            for e, p in at[s]:
                if p.full:
                    emit(s, e, "full", p.full)
                    break
                given = p.named
                if not given:
                    continue
                j = next_word(e)
                done = False
                for j2 in (j, self._after_middle(ctx, doc, texts, j, next_word)):
                    for e2, p2 in at.get(j2, ()):
                        both = given & p2.surname
                        if both:
                            variant = "nickname" if not (p.given & p2.surname) else "exact"
                            emit(s, e2, "full", both, variant)
                            done = True
                            break
                    if done or j2 < 0:
                        break
                if done:
                    break
                if (
                    j < n and j not in at and _WORD_RE.match(texts[j].rstrip("-"))
                    and self._anchors(ctx, doc, s, p)
                ):
                    fuzzy_end = self._fuzzy_surname(ctx, doc, j, given)
                    if fuzzy_end is not None:
                        emit(s, fuzzy_end[0], "full", fuzzy_end[1], "fuzzy")
                        break
        for s in sorted(at):
            if s in used:
                continue
            for e, p in at[s]:
                if not p.surname:
                    continue
                # "Kowalczyk, Amelia" (registers and lists)
                j = next_word(e)
                if j < n and texts[j] == ",":
                    k = next_word(j + 1)
                    for e2, p2 in at.get(k, ()):
                        listed = p.surname & p2.named
                        if listed:
                            emit(s, e2, "full", listed)
                            break
                if s in used:
                    break
                # misspelt given name + exact surname: "Amelai Kowalczyk"; also a word that is somebody else's
                # name ("Milly", a nickname of another girl, for Millie Kowalczyk): step 2 found no one of
                # this surname with that name.
                i = prev_word(s)
                if (
                    i >= 0 and i not in used and _WORD_RE.match(texts[i])
                    and self._anchors(ctx, doc, s, p)
                ):
                    fuzzy = self._given_close_to(p, texts[i], named=i in at)
                    if fuzzy:
                        emit(i, e, "full", fuzzy, "fuzzy")
                        break
                # initial + surname: "J. Smith", "J Smith" (the initial must be a capital in the original)
                if i >= 0 and i not in used and _INITIAL_RE.match(texts[i]):
                    letter = texts[i][0]
                    if self._capitalised_at(ctx, doc, i) and (letter not in "ai" or texts[i] != letter):
                        matched = {x for x in p.surname if letter in self.initials[x]}
                        if matched:
                            emit(i, e, "initial", matched)
                            break

        # 3. Given name + surname initial ("Amelia K"), then bare given names.
        for s in sorted(at):
            if s in used:
                continue
            for e, p in at[s]:
                given = p.named
                if not given:
                    continue
                if e < n and doc[e - 1].whitespace_ == " " and self._is_initial(
                    ctx, doc, texts, e, lower_ok=not self._capitalised_at(ctx, doc, s)
                ):
                    letter = texts[e][0]
                    partial = {x for x in given if (self.surname_norm[x] or " ")[:1] == letter}
                    if partial:
                        emit(s, e + 1, "partial", partial)
                    else:
                        used.update(range(s, e + 1))  # "Amelia B": somebody else's Amelia
                    break
                if self._followed_by_other_surname(ctx, doc, texts, e, at):
                    used.update(range(s, e))
                    break
                if self._form_words and texts[s] in self._form_words and class_follows(
                    ctx.norm.folded, doc[e - 1].idx + len(doc[e - 1]), self._form_words
                ):
                    used.update(range(s, e))  # "Robin class": the class named after the bird, not Robin
                    break
                if self._numbered_forms and e == s + 1 and (b := prev_word(s)) >= 0 and (
                    f"{texts[b]} {texts[s]}" in self._numbered_forms
                ):
                    used.update(range(s, e))  # "10 Clare": the form named after the saint, not Clare
                    break
                # A roster first/preferred name beats a package nickname: "Tommy" is Tommy Brierley, not
                # Thomas Okafor who goes by Tom.
                emit(s, e, "first", p.given or p.nick, "exact" if p.given else "nickname")
                break
        return out

    @staticmethod
    def _capitalised_at(ctx: PostContext, doc: Any, s: int) -> bool:
        """Is token ``s`` written with a capital in the ORIGINAL text (the view is case-folded)?"""
        return capitalised_at(ctx, doc[s].idx)

    @classmethod
    def _anchors(cls, ctx: PostContext, doc: Any, s: int, piece: _Piece) -> bool:
        """May the exact half at token ``s`` anchor a misspelt other half (FUZZY_ANCHOR_ZIPF)?"""
        return not piece.common or cls._capitalised_at(ctx, doc, s)

    @classmethod
    def _is_initial(cls, ctx: PostContext, doc: Any, texts: _TokenTexts, j: int, *, lower_ok: bool = False) -> bool:
        """A capital letter standing alone after a name ("Amelia K", "Amelia K."), not the pronoun I.

        ``lower_ok``: the name was written in lower case, so the initial may be too ("rose p"), unless the letter
        is a word or text-speak ("u", "n", "x", "k"...) or the tail of a contraction.
        """
        word = texts[j]
        if not _INITIAL_RE.match(word) or word[0] == "i":
            return False
        if j + 1 < len(texts) and texts[j + 1][:1].isalnum() and doc[j].whitespace_ == "":
            return False
        return cls._capitalised_at(ctx, doc, j) or (lower_ok and word[0] not in _NOT_LOWER_INITIALS)

    def _after_middle(self, ctx: PostContext, doc: Any, texts: _TokenTexts, j: int, next_word: Any) -> int:
        """Where a surname would start after one middle name or initial ("George N. Parks"), or -1."""
        n = len(texts)
        if j >= n or not _WORD_RE.match(texts[j].rstrip(".")):
            return -1
        if not self._capitalised_at(ctx, doc, j):
            return -1  # a middle name is written with a capital; "Amelia and Kowalczyk" is two people
        k = j + 1
        if k < n and texts[k] == ".":
            k += 1
        k = next_word(k)
        return k if k < n else -1

    def _fuzzy_surname(
        self, ctx: PostContext, doc: Any, j: int, given: frozenset[int]
    ) -> tuple[int, set[int]] | None:
        """A misspelt surname (possibly several tokens: "Sinclair-Mos") of one of ``given`` starting at token j."""
        found: set[int] = set()
        end = -1
        n = len(doc)
        for m, by_length in self.misspelt_surnames(given):  # m: the surname's length in tokens
            if j + m > n:
                continue
            # "".join(split()): a surname hyphenated across a line ("sinclair-\nmoss") is one word again.
            last = doc[j + m - 1]
            seen = "".join(ctx.norm.text[doc[j].idx : last.idx + len(last)].split())
            size = len(seen)
            # At most two edits are ever allowed, and an edit distance is at least the difference in length.
            for length in range(size - 2, size + 3):
                for surname, people in by_length.get(length, ()):
                    if fuzzy_equal(seen, surname):
                        found.update(people)
                        end = max(end, j + m)
        return (end, found) if found else None

    def misspelt_surnames(self, given: frozenset[int]) -> _Spellings:
        """The surnames (4 letters or more, spaces removed) of the people ``given``, by their length in tokens and
        then in letters, each with its people: a misspelling is compared once per spelling, not once per person
        (a common first name is shared by dozens). Built at the first post that needs it."""
        cached = self._misspelt_surnames_of.get(given)
        if cached is None:
            groups: dict[int, dict[int, dict[str, list[int]]]] = {}
            for x in sorted(given):
                surname = self._surname_compact[x]
                if surname is None or len(surname) < 4:
                    continue
                by_length = groups.setdefault(self.surname_tokens[x], {})
                by_length.setdefault(len(surname), {}).setdefault(surname, []).append(x)
            cached = tuple(
                (m, {k: tuple((sn, tuple(people)) for sn, people in v.items()) for k, v in by_length.items()})
                for m, by_length in sorted(groups.items())
            )
            self._misspelt_surnames_of[given] = cached
        return cached

    def misspelt_given(self, piece: _Piece) -> tuple[dict[int, tuple[str, ...]], dict[str, tuple[int, ...]]]:
        """The given names a misspelling before the surname ``piece`` is compared with (``_given_fuzzy`` of its
        people), by length, and whose each one is. Built at the first post that needs it."""
        cached = self._misspelt_given_of.get(id(piece))
        if cached is None:
            owners: dict[str, list[int]] = {}
            for x in sorted(piece.surname):
                for g in self._given_fuzzy[x]:
                    owners.setdefault(g, []).append(x)
            by_length: dict[int, list[str]] = {}
            for g in sorted(owners):
                by_length.setdefault(len(g), []).append(g)
            cached = ({k: tuple(v) for k, v in by_length.items()}, {g: tuple(v) for g, v in owners.items()})
            self._misspelt_given_of[id(piece)] = cached
        return cached

    def _given_close_to(self, piece: _Piece, seen: str, *, named: bool = False) -> set[int]:
        """The people of the surname ``piece`` with a given name ``seen`` may be a spelling of.

        ``named``: ``seen`` is a given name on the roster. Then it is another spelling of theirs only by its
        pet-name ending ("Milly" for Millie): a misspelling of one sibling's name is the other sibling's name
        ("Olivia" and "Oliver Pemberton").
        """
        by_length, owners = self.misspelt_given(piece)
        size = len(seen)
        out: set[int] = set()
        lower = seen.casefold()
        loose = not piece.common and not named and lower not in given_vocabulary()
        for length in range(size - 2, size + 3):
            for g in by_length.get(length, ()):
                # (beside an exact rare surname, a same-sounding spelling too: "Blaise Thornbury" for Blaze)
                if pet_equal(lower, g) if named else given_equal(seen, g, loose=loose, sounds=not piece.common):
                    out.update(owners[g])
        return out

    def _followed_by_other_surname(
        self, ctx: PostContext, doc: Any, texts: _TokenTexts, e: int, at: dict[int, list[tuple[int, _Piece]]]
    ) -> bool:
        """Is the given name followed by a capitalised word that makes it somebody else's full name?

        "Grace Jones", "Amelia Earhart", "Will Smith" are not pupils called Grace, Amelia or William.
        """
        if e >= len(texts) or doc[e - 1].whitespace_ != " ":
            return False
        word = texts[e]
        if e in at or not _WORD_RE.match(word) or len(word) < 2 or word in _NOT_A_SURNAME:
            return False
        o_start, o_end = ctx.norm.to_original(doc[e].idx, doc[e].idx + len(word))
        original = ctx.text[o_start:o_end]
        return original[:1].isupper() and not original.isupper()

    def _mention(
        self, ctx: PostContext, doc: Any, s: int, e: int, form: str, people: tuple[int, ...], variant: str
    ) -> Mention:
        n_start = doc[s].idx
        last = doc[e - 1]
        n_end = last.idx + len(last.text)
        o_start, o_end = ctx.norm.to_original(n_start, n_end)
        original = ctx.text[o_start:o_end]
        name_word = False
        famous = False
        norm_span = ctx.norm.text[n_start:n_end]
        if form in ("first", "partial"):
            first_word = doc[s].text
            # A given name of two words is no everyday word, whatever its first word is: "Lily-Mae", "Lily Mae"
            # (a partial's last token is the surname's initial)
            compound = (e - s > 1 if form == "first" else e - s > 2) or (e - s > 1 and doc[s + 1].text == "-")
            name_word = not compound and (first_word in NAME_WORDS or bool(doc[s].is_stop))
        if form == "full":
            # A name in talk about professional sport is a player's as often as a pupil's namesake ("Conor Bradley
            # with the assist again. Best right back in the Premier League"), as the list's names are.
            famous = " ".join(norm_span.split()) in self.famous or _pro_sport_talk(ctx.norm.text, n_start, n_end)
        return Mention(
            start=o_start,
            end=o_end,
            form=form,
            people=people,
            variant=variant,
            tokens=(s, e),
            sentence_initial=sentence_initial(ctx.text, o_start),
            capitalised=original[:1].isupper(),
            name_word=name_word,
            famous=famous,
            text=original,
        )


# Single lower-case letters that are words, text-speak or the ends of contractions, never a surname's initial
# after a lower-case name ("jake u coming", "sam n me", "tom x", "i'm", "don't").
_NOT_LOWER_INITIALS: Final = frozenset("aiuynrxkosmdtvl")
_ALL_FORMS: Final = frozenset({"full", "initial", "title", "first", "partial"})
_LETTER: Final = re.compile(r"[^\W\d_]")
_ALPHA_RUN: Final = re.compile(r"[^\W\d_]+")
_INITIAL_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz")


class _PostForms:
    """One post's possible name forms (:meth:`NameIndex.may_find`), worked out as far as detectors have asked."""

    __slots__ = ("ctx", "forms", "open", "pieces", "split_runs")

    def __init__(self, ctx: PostContext, forms: set[str], split_runs: set[str] | None = None) -> None:
        self.ctx = ctx
        self.forms = forms  # possible, as far as known
        self.open: set[str] = set()  # forms whose look at the pieces' neighbours is still to come
        self.pieces: list[tuple[str, _Piece]] = []  # one-token pieces in the post that may name someone
        self.split_runs = split_runs if split_runs is not None else set()  # words the tokenizer may split


def _no_state(ctx: PostContext) -> _PostForms:
    raise AssertionError("may_find has just filled the memo")


class _FormGate:
    """What :meth:`NameIndex.may_find` needs, built once per index.

    The analysis matches name pieces on spaCy tokens. A token is a whole word of the post (a run of letters
    and digits, ``WORD``) except where the tokenizer splits a run: its special cases ("cannot" is "can" "not",
    "im" is "i" "m") and units after a number ("5km"). Those split parts are added to the post's words, so
    a piece that can match is a piece whose words are all there. Pieces that are one alphabetic token are
    located in the text and their neighbours read as the analysis reads tokens (anything unsure counts as
    possible); a piece of several words or tokens, when present, makes every form possible.
    """

    __slots__ = (
        "_any_word", "_index", "_multi", "_single", "_single_words", "_split_first", "_split_keys", "_title_words",
    )

    def __init__(self, index: NameIndex) -> None:
        from spacy.symbols import ORTH

        # The special cases of the tokenizer the screener splits posts with (the same blank English one).
        spacy_tokenizer: Any = tokenizer().tokenizer
        rules: dict[str, list[dict[int, str]]] = spacy_tokenizer.rules
        self._index = index
        self._single: dict[str, _Piece] = {}
        multi: list[frozenset[str]] = []
        for text, piece in index._pieces.items():
            special = rules.get(text)
            if text.isalpha() and (special is None or [t.get(ORTH) for t in special] == [text]):
                self._single[text] = piece  # one token, the word itself
            elif text:
                multi.append(frozenset(WORD.findall(text)))
        # A piece of several words (or with no word at all): present when all its words are.
        self._multi: BagIndex[None] | None = BagIndex((bag, None) for bag in multi if bag)
        if any(not bag for bag in multi):
            self._multi = None  # cannot happen for a name; then every post is unsure
        # Tokenizer special cases whose tokens are not the words of the text they replace: the post's words that
        # key them, and the extra words they make.
        split: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
        for key, tokens in rules.items():
            bag = frozenset(WORD.findall(key))
            parts = frozenset(w for t in tokens for w in WORD.findall(t.get(ORTH, "")))
            extra = parts - bag
            if bag and extra:
                split.setdefault(min(bag), []).append((bag, extra))
        self._split_keys = split
        self._split_first = frozenset(split)
        self._single_words = frozenset(self._single)
        multi_keys = self._multi.keys if self._multi is not None else frozenset()
        self._title_words = index.title_words
        self._any_word = self._split_first | self._single_words | multi_keys | self._title_words

    def start(self, ctx: PostContext) -> _PostForms:
        """What the post's words decide: a piece of several words, titles, exact full names, first names."""
        words = ctx.words
        # One pass over the post's words; the tests below read the few that matter.
        hits = self._any_word.intersection(words)
        extra: set[str] = set()
        split_runs: set[str] = set()
        if not self._split_first.isdisjoint(hits):
            for key in self._split_first.intersection(hits):
                for bag, parts in self._split_keys[key]:
                    if bag <= words:
                        extra |= parts
                        split_runs |= bag
        if not "".join(words).isalpha():  # a digit somewhere: a unit after a number may split a word ("5km")
            for w in words:
                if not w.isalpha() and _LETTER.search(w) is not None:
                    extra.update(_ALPHA_RUN.findall(w))
                    split_runs.add(w)
        present = words
        if extra:
            present = words | extra
            hits |= self._any_word.intersection(extra)
        multi = self._multi
        if multi is None or (not multi.keys.isdisjoint(hits) and any(True for _ in multi.matching(present))):
            return _PostForms(ctx, set(_ALL_FORMS))
        found = self._single_words.intersection(hits)
        state = _PostForms(ctx, set(), split_runs)
        if not self._title_words.isdisjoint(hits):
            state.forms.add("title")
        if not found:
            return state
        if not found.isdisjoint(extra):
            state.forms.update(_ALL_FORMS)  # a piece that may be part of a split word: occurrences would miss it
            return state
        pieces = [(w, self._single[w]) for w in found]
        forms = state.forms
        for _, p in pieces:
            if p.full:
                forms.add("full")
            if p.named:
                forms.add("first")
                # A given name and a surname of one person (in either order).
                if "full" not in forms and any(not p.named.isdisjoint(q.surname) for _, q in pieces):
                    forms.add("full")
        state.pieces = [(w, p) for w, p in pieces if p.named or p.surname]
        state.open = {"full", "initial", "partial"} - forms if state.pieces else set()
        return state

    def may(self, state: _PostForms, wanted: frozenset[str]) -> bool:
        """One of ``wanted`` possible? The neighbours of the pieces are read for the forms asked about only."""
        if not state.forms.isdisjoint(wanted):
            return True
        todo = state.open & wanted
        if not todo:
            return False
        state.open -= todo
        text = state.ctx.norm.text
        n = len(text)
        for w, p in state.pieces:
            start = text.find(w)
            while start != -1:
                end = start + len(w)
                if (start == 0 or not text[start - 1].isalnum()) and (end == n or not text[end].isalnum()):
                    self._around(state, w, p, start, end, todo)
                    if not state.forms.isdisjoint(wanted):
                        # The forms of todo not looked for yet stay open for a later question.
                        state.open |= todo - state.forms
                        return True
                start = text.find(w, start + 1)
        return False

    def _around(self, state: _PostForms, w: str, p: _Piece, start: int, end: int, kinds: set[str]) -> None:
        """Which of ``kinds`` the analysis could make of piece ``w`` at [start, end) of the normalised text."""
        ctx = state.ctx
        forms = state.forms
        split_runs = state.split_runs
        text = ctx.norm.text
        n = len(text)
        anchors: bool | None = None  # may it anchor a misspelling (_anchors)? Read only when asked
        if p.named:
            # "Amelia K": one space, then a one-letter token that is not "i" (the analysis's _is_initial).
            if (
                "partial" in kinds and end + 1 < n and text[end] == " " and text[end + 1] in _INITIAL_LETTERS
                and text[end + 1] != "i" and (end + 2 == n or not text[end + 2].isalnum())
                and (
                    capitalised_at(ctx, end + 1)
                    # "rose p": a lower-case name, a lower-case initial (_is_initial's lower_ok)
                    or (text[end + 1] not in _NOT_LOWER_INITIALS and not capitalised_at(ctx, start))
                )
            ):
                forms.add("partial")
            # Given name + misspelt surname (_fuzzy_surname): the next token, after whitespace only.
            if "full" in kinds and "full" not in forms and end < n and text[end].isspace():
                j = end
                while j < n and text[j].isspace():
                    j += 1
                if j < n and _LETTER.match(text, j) is not None:
                    anchors = not p.common or capitalised_at(ctx, start)
                    if anchors and self._fuzzy_after(w, p, text, j, split_runs):
                        forms.add("full")
        if p.surname:
            i = start - 1
            while i >= 0 and text[i].isspace():
                i -= 1
            if i < 0:
                return
            # "J. Smith", "J Smith": the token before is a letter (and a full stop) that starts a token, a capital
            # in the original; "A" and "I" only with the full stop.
            if "initial" in kinds and "initial" not in forms:
                letter = i if text[i] in _INITIAL_LETTERS else (
                    i - 1 if text[i] == "." and i > 0 and text[i - 1] in _INITIAL_LETTERS else -1
                )
                if (
                    letter >= 0 and (text[letter] not in "ai" or text[i] == ".")
                    and (letter == 0 or not text[letter - 1].isalnum() or _in_split_run(text, letter, split_runs))
                    and capitalised_at(ctx, letter)
                ):
                    forms.add("initial")
            # Misspelt given name + surname: the token before is a word.
            if "full" in kinds and "full" not in forms and _LETTER.match(text, i) is not None:
                if anchors is None:
                    anchors = not p.common or capitalised_at(ctx, start)
                if anchors and self._fuzzy_before(w, p, text, i, split_runs):
                    forms.add("full")

    def _fuzzy_after(self, w: str, p: _Piece, text: str, j: int, split_runs: set[str]) -> bool:
        """Could the token(s) from j be a misspelt surname of someone called ``w`` (``_fuzzy_surname``)?"""
        spellings = self._index.misspelt_surnames(p.named)
        if not spellings:
            return False
        by_length: dict[int, tuple[tuple[str, tuple[int, ...]], ...]] = {}
        multi_token: list[str] = []
        for m, lengths in spellings:
            if m == 1:
                by_length = lengths
            else:
                multi_token.extend(sn for entries in lengths.values() for sn, _ in entries)
        chunk_end = j
        n = len(text)
        while chunk_end < n and not text[chunk_end].isspace():
            chunk_end += 1
        chunk = text[j:chunk_end]
        # Token j is a prefix of the chunk that ends where a word does (or anywhere in a word the tokenizer splits).
        anywhere = bool(split_runs) and not split_runs.isdisjoint(WORD.findall(chunk))
        for k in range(1, len(chunk) + 1):
            if not (anywhere or k == len(chunk) or not (chunk[k - 1].isalnum() and chunk[k].isalnum())):
                continue
            seen = chunk[:k]
            for size in range(k - 2, k + 3):
                for surname, _ in by_length.get(size, ()):
                    if fuzzy_equal(seen, surname):
                        return True
        if multi_token:
            # A surname of several tokens: its text from j on, whitespace removed ("sinclair-\nmos").
            longest = max(len(s) for s in multi_token) + 2
            joined = "".join(text[j : j + 4 * longest + 16].split())
            if len(joined) < longest and j + 4 * longest + 16 < n:
                joined = "".join(text[j:].split())
            for surname in multi_token:
                for k in range(len(surname) - 2, len(surname) + 3):
                    if 0 < k <= len(joined) and fuzzy_equal(joined[:k], surname):
                        return True
        return False

    def _fuzzy_before(self, w: str, p: _Piece, text: str, i: int, split_runs: set[str]) -> bool:
        """Could the token ending at i be a misspelt given name of someone surnamed ``w`` (``_given_close_to``)?"""
        by_length, _ = self._index.misspelt_given(p)
        if not by_length:
            return False
        chunk_start = i
        while chunk_start > 0 and not text[chunk_start - 1].isspace():
            chunk_start -= 1
        chunk = text[chunk_start : i + 1]
        anywhere = bool(split_runs) and not split_runs.isdisjoint(WORD.findall(chunk))
        size = len(chunk)
        for k in range(size):
            if not (anywhere or k == 0 or not (chunk[k - 1].isalnum() and chunk[k].isalnum())):
                continue
            seen = chunk[k:]
            if _WORD_RE.match(seen) is None:
                continue
            for length in range(len(seen) - 2, len(seen) + 3):
                for given in by_length.get(length, ()):
                    if given_equal(seen, given, loose=not p.common, sounds=not p.common):
                        return True
        return False

def _in_split_run(text: str, i: int, split_runs: set[str]) -> bool:
    """Is character ``i`` inside a word the tokenizer may split (so that a token may start there)?"""
    if not split_runs:
        return False
    start = i
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    end = i
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end] in split_runs


def capitalised_at(ctx: PostContext, i: int) -> bool:
    """Is normalised character ``i`` written as a capital in the ORIGINAL text (the view is case-folded)?"""
    o_start, _ = ctx.norm.to_original(i, i + 1)
    return ctx.text[o_start : o_start + 1].isupper()


# What, after a given name that is also a word, says it is the name when its place says nothing (a sentence
# start): a form or class after it ("Hope in 3L", "Mo in my class"), or a verb in the past tense, which neither the
# modal, the verb nor the noun can take ("Mo made us laugh", "Hope finally cracked it"; not "Hope you're well",
# "Will do", "Mark my words", "Rose bushes"). "Rose tinted" and the like are the colour.
_NAME_BY_WHAT_FOLLOWS: Final = re.compile(
    r"\s+in\s+(?:(?:my|our|his|her|year|yr|reception|nursery)\b|y?\d)"

    r"|\s+(?:(?:finally|just|also|even|actually|then)\s+)?"
    r"(?!(?:tinted|coloured|colored|scented|shaped|flavoured|red|bed|seed|need|feed|speed)\b)"
    # (in capitals too: "Lowenna actually WON")
    r"(?:[a-z]{2,}ed|made|drew|won|got|came|went|ran|wrote|sang|told|brought|took|gave|built|did|found|caught|"
    r"threw|kept|swam|rode|spoke|stood|sat|taught|said|knew|read\s+(?:a|the|his|her|out|aloud)|"
    r"says|thinks|reckons|asks|tells|wants|loves|WON|MADE|DID|GOT|SCORED|PASSED|NAILED)\b"
    # What a child makes, does or has: "Destiny's poem", "Hope's mum"; "Summer's day", "May's weather" are no child's
    r"|(?:'s|’s)\s+(?:poem|poems|poetry|drawing|drawings|painting|paintings|story|stories|picture|pictures|project|"
    r"artwork|writing|model|essay|speech|song|performance|goal|goals|birthday|mum|dad|mom|nan|grandma|grandad|"
    r"sister|brother|costume|answer|question|idea|work|book|homework|certificate|award|medal|trophy)\b"
    # A part in a school play ("Summer was the best Mary", "Hope played a (very loud) shepherd"): a season, a
    # feeling or a verb is not cast as one.
    r"|\s+(?:was|is|played|plays|will\s+be)\s+(?:(?:the|a|an|our)\s+)?(?:\([^()\n]{1,40}\)\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?i:mary|joseph|angels?|shepherds?|innkeeper|narrator|donkey|sheep|wise\s+(?:man|men)|"
    r"townsperson|snowman|elf)\b"
)
# A list item's value: "Best drawer: Hope", "🏆 Mo": nothing but marks and emoji after it on its line.
_REST_OF_LINE_EMPTY: Final = re.compile(r"[^\w\n]*(?:\n|$)")


# Weather and the seasons do these themselves: "Rain stopped play", "Summer arrived", "Storm passed over".
_WEATHER_NAMES: Final = frozenset({"rain", "storm", "summer", "autumn", "winter", "spring", "sunny", "sky", "snow",
                                   "frost", "misty", "breeze"})
_WEATHER_DOES: Final = re.compile(
    r"\s+(?:finally\s+|just\s+)?(?:stopped\s+play|poured|cleared|eased|lashed|held\s+off|set\s+in|let\s+up|"
    r"passed\s+over|melted|drizzled|pelted|bucketed|teemed|settled\s+on)\b"
)


def reads_as_weather(text: str, m: Mention) -> bool:
    """Is a name-word the weather or a season doing what they do ("Rain stopped play", "Summer arrived")?"""
    return text[m.start : m.end].casefold() in _WEATHER_NAMES and _WEATHER_DOES.match(text, m.end) is not None


def acts_after(text: str, end: int) -> bool:
    """Does what follows a name ending at ``end`` read as a person doing or having something ("Heath won the long
    jump", "Heath in Year 6", "Heath's poem"), not as a thing named after one ("a Reuben sandwich")?"""
    return _NAME_BY_WHAT_FOLLOWS.match(text, end) is not None


# Taking part, the phrase ending there: "Chase in the sack race, enough said", "Hope in the relay final was
# unstoppable"; not a feeling, whose phrase goes on ("Hope in the team is high", "Faith in the squad grows"), or a
# longer noun ("the school show calendar").
_TAKING_PART: Final = re.compile(
    r"\s+in\s+the\s+(?:[\w-]+\s+){0,2}(?:race|relay|final|team|squad|choir|play|show|nativity|assembly|match)"
    r"(?=\s*(?:[^\w\s]|$)|\s+(?:was|were|has|had|got|came|won|today|tonight|yesterday|again|this|last)\b)"
)


def reads_as_name(text: str, m: Mention) -> bool:
    """Does a name-word at a sentence start read as the name ("Mo made my class laugh", "Best laugh: Mo")?"""
    if reads_as_weather(text, m):
        return False
    if acts_after(text, m.end):
        return True
    if _TAKING_PART.match(text, m.end):
        return True
    i = m.start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    # After a colon or a bullet, and alone to the end of its line: a list's value, not a sentence.
    return i >= 0 and text[i] in ":•-–" and _REST_OF_LINE_EMPTY.match(text, m.end) is not None


def sentence_start(text: str, start: int) -> int:
    """Where the sentence (or line) that holds ``text[start]`` begins: after the last ".", "!", "?" or newline."""
    return max(text.rfind(c, 0, start) for c in ".!?\n") + 1


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) that holds ``text[start:end]``."""
    # str.rfind/find per terminator: posts often have no full stop at all, and a character loop over a whole
    # post cost more than every pattern of the self-identification detector together.
    e = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
    return sentence_start(text, start), e


def starts_with_title(name: str) -> bool:
    """Does a name as written open with a title ("Mrs K", "Mr. Khan")?"""
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    return first.casefold().rstrip(".") in TITLES


def sentence_initial(text: str, start: int) -> bool:
    """Does ``start`` open a sentence (or the post, or a line)? Capitals there say nothing about names."""
    i = start - 1
    while i >= 0 and (text[i] in " \t" or text[i] in _OPENERS):
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END or not (text[i].isalnum() or text[i] in ",'’)")
