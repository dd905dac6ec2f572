"""The ``event`` detector: a school activity or event named in a post.

Two sources, one PhraseMatcher compiled once per profile:

- the profile's ``events.csv`` names and aliases (``Christmas Nativity``, ``nativity play``, ``Robinwood trip``);
  a hit carries ``Subject(id=<event id>, role="event")`` so the engine can drop it when the event is approved
  (``permission=approved``) or has a permission covering the account and date;
- generic school activities (:data:`GENERIC_ACTIVITIES`: ``school disco``, ``parents' evening``, ``our
  harvest festival``...), with no subject (nothing can have permitted them).

An activity name alone is not enough: "sports day" is every school's. A match counts when the post ties it to
the school (the tie is reported in ``evidence["tie"]``):

``our``      ``our``, ``my class's``, ``the school's``, ``school`` or a form/year just before it ("our nativity",
             "Year 6 residential", "the school disco")
``school``   the school named anywhere in the post (name, alias, handle, hashtag, website)
``form``     (``events.csv`` only) a roster form or a year group elsewhere in the post
``pupils``   pupil words elsewhere in the post (``my class``, ``pupils``...; see ``school.py``)

A generic activity is every school's, so a class or a year group says whose class it is, not which school:
"Year 4 swimming gala", "Robin class assembly" and "the Year 7 museum trip" are not ties for it (the ``our`` row's
form/year before the name and the ``form`` row are for ``events.csv`` events only). Only ``our`` (without "class":
"our leavers' assembly", "the school disco", or "our" before a form or year anywhere in the post: "coffee morning
for our Reception families"), the school named, or pupil words tie a generic activity; one that is a class's own
("class assembly", "class trip") is tied by the school named alone. Such a class activity is still the author's
day at work: :func:`class_activity` tells the missing-disclaimer detector so.
``date``     (``events.csv`` only) the post is dated from 30 days before to 7 days after the event
``work``     (``events.csv`` only) work words (``colleagues``, ``staff``, ``rehearsals``, ``planning``)
``author``   (``events.csv`` only) the post's ``author_id`` is one of the school's staff or governors: this
             school's own events are what its staff write about ("Back from the residential"). An author
             the profile does not know is no tie: a parent writes "sports day" too.

An ``events.csv`` name or alias that holds the school's own name ("Lantern Street Carnival") ties itself. The weak
ties ``date``, ``work`` and ``author`` do not count in a post about the author's own company ("Mountain biking at
Kielder with the lads", "with my wife"), nor at somebody's home ("Iftar at ours tonight").

A weak tie (``form``, ``pupils``, ``date``, ``work``, ``author``) does not count when the words just before the
activity give it to somebody else: ``her church nativity``, ``my son's sports day``, ``his school's fair``,
``Scouts residential``, or the words just after it put it somewhere else: ``summer fair at the cricket club``,
``nativity at church``, or make it part of another thing: ``the nativity story``, ``residential care`` (only the
school named, or ``our``, outweighs that; "their" is the pupils' when the post names a form, a year group or
pupils: "Year 5 are planning their sports day"). Two names of one event side by side (``residential at
Robinwood``) are one hit.

Names are also matched in the spellings and short forms schools use for their words (:data:`WORD_VARIANTS`:
"resi" for "residential", "fayre" for "fair"), events.csv names and generic activities alike.

An ``events.csv`` alias made of a distinctive name and a generic activity word (``Robinwood trip``) is also
matched by the name alone (``Off to Robinwood tomorrow``), when that name is a rare word (Zipf frequency below
3.0, so never "summer" or "sports").

Options: ``sources``: ``profile`` and/or ``generic`` (default both). ``tie``: ``post`` (default: the ties above)
or ``always`` (every match counts: on the school's own account an ``events.csv`` event is always the school's,
so "Sports Day volunteers: sign-up sheet in the office" needs no other tie; a distinctive name alone, such as
``Robinwood``, still needs one, as it names a place as often as the trip). Permissions are the engine's: an approved
event, or a ``permissions.csv`` row for the account kind, counts from its ``approved_on`` date (the policy asks
for *prior* permission) to its ``expires_on`` date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, ClassVar, Final

from smscreen.detectors.base import (
    WORD,
    Hit,
    PostContext,
    Triggers,
    is_staff_author,
    register_detector,
    require_profile,
)
from smscreen.detectors.names import (
    PostMemo,
    capitalised_at,
    normalise_phrase,
    per_profile,
    sentence_bounds,
    sentence_initial,
    tokenizer,
)
from smscreen.detectors.school import school_index
from smscreen.frequency import zipf
from smscreen.models import Subject
from smscreen.profile.model import Event, SchoolProfile

__all__ = ["GENERIC_ACTIVITIES", "WORD_VARIANTS", "EventDetector", "EventIndex", "class_activity", "event_index"]

GENERIC_ACTIVITIES: Final = (
    "sports day", "nativity", "nativity play", "school play", "christmas play", "christmas concert",
    "summer concert", "spring concert", "carol service", "carol concert", "harvest festival", "school trip",
    "class trip", "residential", "residential trip", "parents evening", "parents' evening", "parent consultations",
    "open evening", "open day", "school disco", "christmas disco", "christmas fair", "christmas fayre",
    "summer fair", "summer fete", "school fete", "bake sale", "cake sale", "fun run", "world book day",
    "book week", "science week", "science fair", "class assembly", "leavers assembly", "leavers' assembly",
    "celebration assembly", "prom", "leavers prom", "leavers' prom", "swimming gala", "talent show",
    "school concert", "pta meeting", "pta quiz", "pantomime", "panto", "non-uniform day", "red nose day",
    "children in need", "sponsored walk", "art exhibition", "school show", "end of year show", "year 6 show",
    "leavers' show", "leavers show", "sports tournament", "football tournament", "netball tournament",
    "school camp", "trip to the zoo", "museum trip", "theatre trip", "sats week", "mock exams",
    "graduation", "reception graduation", "christmas party", "school photo", "school photos",
    "class photo", "inset day",
    # Open days for new families, and the awareness days and festivals a school marks with an assembly or a
    # themed day ("Remembrance assembly", "our Safer Internet Day assembly", "Diwali celebration").
    "open morning", "open afternoon", "new starters' morning", "transition day", "moving up day",
    "remembrance assembly", "harvest assembly", "christmas assembly", "easter assembly", "diwali assembly",
    "eid assembly", "anti-bullying assembly", "safer internet day", "safer internet day assembly",
    "internet safety day", "anti-bullying week",
    "black history month assembly", "diwali celebration", "eid celebration", "christmas jumper day",
    "book fair", "sports week", "enterprise day", "careers day", "maths day", "number day", "mufti day",
    "charity day", "bring your parent to school", "stay and play", "stay and read", "reading cafe",
    "family learning", "grandparents' afternoon", "grandparents afternoon", "coffee morning", "school fair",
    "school fayre", "spring fair", "easter fair", "easter bonnet parade",
    # Days of remembrance and celebration a whole school keeps, and the classic class trips.
    "chinese new year celebration", "lunar new year celebration",
    "two minutes' silence", "two minute silence", "remembrance service", "bake off", "bake-off",
    "cross-country race", "cross country race",
    "trip to the seaside", "seaside trip", "beach trip", "farm trip", "trip to the farm",
)
# Other spellings and short forms of the words of activity names, as staff write them: every events.csv name and
# alias and every generic activity is also matched with its words so spelt ("summer fayre", "Y6 resi").
WORD_VARIANTS: Final = {"residential": ("resi",), "fair": ("fayre",)}
_OUR: Final = frozenset({"our", "school", "school's", "class", "class's", "whole-school", "whole"})
# A generic activity is every school's: a class or year group before it ("Year 7 museum trip", "Robin class
# assembly") or elsewhere in the post says whose class, not which school, so only these make it this school's.
_OUR_GENERIC: Final = _OUR - {"class", "class's"}
_OUR_JUST_BEFORE: Final = re.compile(r"\bour\s+$", re.IGNORECASE)
_EVENT_WORK: Final = frozenset(
    {"rehearsal", "rehearsals", "colleagues", "staff", "costumes", "script", "lines", "planning", "organising",
     "organizing"}
)
# The wider community's: "our village nativity", "the parish carol service", "the town's bonfire" (but "our village
# school nativity" is a school's).
_COMMUNITY: Final = frozenset({"village", "parish", "community", "town"})
_SAINT: Final = frozenset({"st", "st.", "saint"})
# Words just before an activity that make it somebody else's ("her church nativity", "my son's sports day").
_ELSEWHERE: Final = frozenset(
    {"his", "her", "their", "church", "chapel", "living", "son", "daughter", "sons", "daughters", "niece", "nephew",
     "grandson", "granddaughter", "grandkids", "brother", "sister", "friend", "cousin", "godson", "eldest",
     "youngest", "oldest",
     "goddaughter", "stepson", "stepdaughter", "other", "another", "scouts", "scout", "cubs", "beavers", "brownies",
     "shul", "synagogue", "mosque", "masjid", "mandir", "temple", "gurdwara",
     "guides", "rainbows",
     # another place's own day: "workshop open day", "uni open day", "gym fun run"
     "workshop", "studio", "gallery", "farm", "uni", "university", "salon", "shop", "gym", "allotment",
     "brewery", "distillery"}
) | _COMMUNITY
# The word just after an activity's name that makes the name part of another thing: "the nativity story",
# "a residential area", "residential care".
_OTHER_THING_AFTER: Final = frozenset(
    {"story", "stories", "scene", "scenes", "set", "film", "movie", "figures", "area", "areas", "care", "home",
     "homes", "property", "properties", "street", "road", "estate", "mortgage"}
)
# After a bake off, the television's ("Bake Off catch-up", "the Bake Off final episode").
_TELEVISION_AFTER: Final = frozenset({"catch", "catchup", "episode", "episodes", "series", "contestant", "contestants",
                                      "tent"})
# After an events.csv name of one word, or an alias's distinctive place name alone, the place named like the trip
# ("a family walk in Tollymore Forest Park"), unless the post says the school's (a year group, a form, pupils).
_PLACE_AFTER_HEAD: Final = frozenset({"forest", "park", "woods"})
# Just after an activity, a place that is not a school: "Summer fair at the cricket club", "nativity at church".
_ELSEWHERE_AFTER: Final = re.compile(
    r"\s+(?:at|in|with|for)\s+(?:the\s+|a\s+|our\s+local\s+|(?:my|his|her|their)\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,2}(?:club|clubhouse|church|chapel|mosque|temple|gurdwara|synagogue|scouts|cubs|"
    r"beavers|brownies|guides|rugby|cricket|football|golf|pub|village\s+hall|community\s+centre|garden\s+centre|"
    r"abbey|cathedral|minster|toddler\s+group|playgroup|baby\s+group|soft\s+play)"
    r"|church|chapel|(?:his|her|their)\s+(?:school|nursery|club)"
    # "Iftar at ours tonight", "at my mum's": somebody's home
    r"|ours|(?:my|our)\s+(?:house|place|mum's|mam's|nan's|gran's)"
    # "at St Mary's" (a church), "at my daughter's primary": somebody else's place
    r"|st\.?\s+[a-z]+(?:'s|’s)|(?:my|his|her|their|our)\s+(?:sons?|daughters?|kids?|children|niece|nephew|"
    r"grand(?:son|daughter|kids|children))(?:'s|’s|s'|s’|')?)\b",
    re.IGNORECASE,
)
# A year group in the activity's name ("Year 6 Residential"), and just before it ("Year 6 residential", "6B
# nativity", "Reception nativity").
_YEAR_INSIDE: Final = re.compile(r"\b(?:year|yr|y)\s?\d{1,2}\b")
_YEAR_BEFORE: Final = re.compile(r"(?:year|yr|y)\s?\d{1,2}$|^\d[a-z]$|reception$")
# Generic activity words an events.csv alias may end with; the distinctive name before them can stand alone.
_ACTIVITY_HEADS: Final = frozenset({"trip", "visit", "residential", "outing", "day", "fair", "show", "week"})
_RARE_ZIPF: Final = 3.0
# Ties that say nothing of whose a festival is: its author on the staff, its date, work talk.
_WEAK_TIES: Final = frozenset({"author", "date", "work"})
# Festivals and holy days, rare words every family, synagogue, mosque, temple and gurdwara keeps too: "Chanukah" of
# "Chanukah show" alone is the school's show only when the post says the school's ("Chanukah at Hollins Green",
# "Year 3's Chanukah"), not by its author or its date alone ("the shul's Chanukah party", "Staff Chanukah party").
_FESTIVALS: Final = frozenset(
    {"chanukah", "hanukkah", "hanukah", "purim", "sukkot", "succot", "shavuot", "pesach", "passover", "diwali",
     "deepavali", "vaisakhi", "baisakhi", "holi", "navratri", "eid", "ramadan", "iftar", "halloween", "hogmanay",
     "lag baomer", "simchat torah", "rosh hashanah", "yom kippur", "lohri", "guru nanak", "bandi chhor"}
)
_DETERMINERS: Final = frozenset({"the", "our", "my", "your", "this", "that", "a", "an"})
# The words that end a school's name ("Ravensmere Grammar", "Avonmead Juniors").
_SCHOOL_KINDS: Final = frozenset(
    {"school", "academy", "primary", "grammar", "high", "college", "juniors", "infants", "prep", "secondary"}
)
_RARE_PLACE_ZIPF: Final = 3.8
# What may sit between two names of the same event for them to be one reference: "residential at Robinwood",
# "Robinwood (Year 6 residential)" is not joined (a bracket is a second mention).
_JOIN: Final = re.compile(r"\s*(?:(?:at|to|in|on)\s+(?:the\s+)?|[-–—:]\s*)?")


@dataclass(frozen=True, slots=True)
class _Entry:
    events: tuple[int, ...]  # indices into profile.events; empty for a generic activity
    generic: bool
    head: bool = False  # the distinctive name of an alias alone ("Robinwood"): a place name as often as the event
    # The school's own name is part of it ("Lantern Street Carnival"): it names the school as it names the event.
    self_named: bool = False
    festival: bool = False  # a head that is a festival's name (``_FESTIVALS``): only strong ties count


class _Match:
    """One event phrase found in a post, with its tie to the school once some detector has asked for it: the tie
    depends on the post alone, not on the detector's options, and two to three event detectors read each match."""

    __slots__ = ("e", "entry", "o_e", "o_s", "s", "tie", "tied")

    def __init__(self, s: int, e: int, o_s: int, o_e: int, entry: _Entry) -> None:
        self.s, self.e, self.o_s, self.o_e, self.entry = s, e, o_s, o_e, entry
        self.tied = False  # tie computed yet?
        self.tie: str | None = None


class EventIndex:
    def __init__(self, profile: SchoolProfile) -> None:
        from spacy.matcher import PhraseMatcher

        nlp = tokenizer()
        self.profile = profile
        self.events: tuple[Event, ...] = profile.events
        # One Subject per event, for every hit on it (a new one per hit was validated each time).
        self.subjects: tuple[Subject, ...] = tuple(Subject(id=e.id, role="event") for e in self.events)
        entries: dict[str, tuple[set[int], bool]] = {}
        heads: set[str] = set()
        for i, event in enumerate(self.events):
            for phrase in (event.name, *event.aliases):
                norm = normalise_phrase(phrase).strip()
                if norm:
                    entries.setdefault(norm, (set(), False))[0].add(i)
        # Variants after every listed spelling, so that a listed name always keeps its own events.
        for i, event in enumerate(self.events):
            for phrase in (event.name, *event.aliases):
                for variant in _variants(normalise_phrase(phrase).strip()):
                    entry = entries.setdefault(variant, (set(), False))
                    if not entry[1]:
                        entry[0].add(i)
        for i, event in enumerate(self.events):
            for phrase in (event.name, *event.aliases):
                head = _distinctive_head(normalise_phrase(phrase).strip())
                if head and head not in entries:
                    entries[head] = ({i}, False)
                    heads.add(head)
        for phrase in GENERIC_ACTIVITIES:
            norm = normalise_phrase(phrase).strip()
            for form in (norm, *_variants(norm)):
                if form and form not in entries:
                    entries[form] = (set(), True)
        self.school = school_index(profile)
        own = [f" {n} " for n in self.school.own_names]
        self.matcher = PhraseMatcher(nlp.vocab)
        self._entries: dict[int, _Entry] = {}
        bags: dict[bool, set[frozenset[str]]] = {False: set(), True: set()}  # generic? -> bags
        for phrase, (events, generic) in entries.items():
            key = "EVENT:" + phrase
            self.matcher.add(key, [nlp.make_doc(phrase)])
            self._entries[nlp.vocab.strings[key]] = _Entry(
                tuple(sorted(events)), generic, phrase in heads,
                self_named=not generic and any(n in f" {phrase} " for n in own),
                festival=phrase in heads and phrase in _FESTIVALS,
            )
            # Every word of the phrase must be in the post for it to match: "sports day" needs both.
            bags[generic].add(frozenset(WORD.findall(phrase)))
        self.profile_bags = frozenset(b for b in bags[False] if b)
        self.generic_bags = frozenset(b for b in bags[True] if b)
        self.trigger_bags = self.profile_bags | self.generic_bags
        self._memo: PostMemo[list[_Match]] = PostMemo()

    def matches(self, ctx: PostContext) -> list[_Match]:
        """The matches in text order, longest first where they start together, no overlaps."""
        return self._memo.get(ctx, self._matches)

    def _matches(self, ctx: PostContext) -> list[_Match]:
        doc = ctx.doc
        found = sorted(self.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
        out: list[_Match] = []
        last = -1
        for match_id, s, e in found:
            if s < last:
                continue
            end = doc[e - 1]  # offsets from the tokens: a Span object costs five times as much
            o_s, o_e = ctx.norm.to_original(doc[s].idx, end.idx + len(end))
            out.append(_Match(s, e, o_s, o_e, self._entries[match_id]))
            last = e
        return out


def _variants(phrase: str) -> list[str]:
    """The phrase with one of its words in another spelling (:data:`WORD_VARIANTS`)."""
    words = phrase.split(" ")
    return [" ".join((*words[:k], v, *words[k + 1 :])) for k, w in enumerate(words) for v in WORD_VARIANTS.get(w, ())]


def _distinctive_head(phrase: str) -> str | None:
    """``robinwood`` of ``robinwood trip``: a rare name before a generic activity word, or None."""
    words = phrase.split()
    if len(words) < 2 or words[-1] not in _ACTIVITY_HEADS:
        return None
    names = words[:-1]
    head = " ".join(names)
    if len(head) < 5 or not all(w.isalpha() for w in names):
        return None
    frequencies = [zipf(w) for w in names]
    # Every word rare, or a place of several words distinctive together though each alone is not rare ("Alton
    # Towers": 3.2 and 4.0; "Science Museum" is 4.9 and 4.3, "Natural History" 5 and 5).
    if max(frequencies) < _RARE_ZIPF or (
        len(names) >= 2 and max(frequencies) < 5.0 and sum(frequencies) / len(names) < _RARE_PLACE_ZIPF
    ):
        return head
    return None


def event_index(profile: SchoolProfile) -> EventIndex:
    return per_profile("events", profile, EventIndex)


@register_detector("event")
class EventDetector:
    """School activities and events tied to the school (see the module docstring)."""

    name: ClassVar[str]
    requires_profile: ClassVar[bool] = True

    def __init__(self, *, options: Mapping[str, Any], profile: SchoolProfile | None) -> None:
        profile = require_profile("event", profile, options, ("sources", "tie"))
        tie = options.get("tie", "post")
        if tie not in ("post", "always"):
            raise ValueError("option tie: 'post' or 'always'")
        self._always = tie == "always"
        sources = options.get("sources", ["profile", "generic"])
        sources = [sources] if isinstance(sources, str) else list(sources)
        if not set(sources) <= {"profile", "generic"} or not sources:
            raise ValueError("option sources: a list of 'profile' and/or 'generic'")
        self._profile_events = "profile" in sources
        self._generic = "generic" in sources
        self._index = event_index(profile)
        self.profile = profile
        # Only the phrases of the sources asked for: with no events.csv, a rule on the profile's events never
        # opens (the generic activities' bags opened it on every "sports day").
        self.triggers = Triggers(
            phrases=(self._index.profile_bags if self._profile_events else frozenset())
            | (self._index.generic_bags if self._generic else frozenset())
        )

    @property
    def index(self) -> EventIndex:
        return self._index

    def find(self, ctx: PostContext) -> list[Hit]:
        # The index matches both sources (one PhraseMatcher pass shared by every event rule) and keeps each
        # match's tie, which the other event detectors of the post then read rather than work out again.
        generic, profile_events = self._generic, self._profile_events
        matches = [m for m in self._index.matches(ctx) if (generic if m.entry.generic else profile_events)]
        if not matches:
            return []
        hits: list[Hit] = []
        for m in matches:
            entry, o_s, o_e = m.entry, m.o_s, m.o_e
            events = [self._index.events[i] for i in entry.events]
            if entry.head and _in_title(ctx, m.s):
                continue  # a place in a title ("Our Lady of Lourdes"), not the trip there
            tie = tie_of(self._index, ctx, m)
            if tie is None and self._always and not entry.head:
                tie = "account"
            if tie is None or tie == _CLASS_TIE:
                continue
            if events:
                event = events[0]
                subject: Subject | None = self._index.subjects[entry.events[0]]
                label = event.name
                confidence = 1.0 if tie in ("our", "school", "form", "account") else 0.85
            else:
                subject = None
                label = ctx.text[o_s:o_e]
                confidence = 0.9 if tie in ("our", "school") else 0.75
            hit = Hit(o_s, o_e, label=label, confidence=confidence, subject=subject,
                      evidence={"tie": tie, "source": "generic" if entry.generic else "profile"})
            prev = hits[-1] if hits else None
            if (
                prev is not None and subject is not None and prev.subject == subject
                and prev.end is not None and _JOIN.fullmatch(ctx.text[prev.end : o_s])
            ):
                # Two names of one event side by side ("residential at Robinwood") are one reference.
                best = prev if prev.confidence >= confidence else hit
                hits[-1] = Hit(prev.start, o_e, label=best.label, confidence=best.confidence, subject=subject,
                               evidence=best.evidence)
                continue
            hits.append(hit)
        return hits



def tie_of(index: EventIndex, ctx: PostContext, m: _Match) -> str | None:
    """What ties match ``m`` to this school (None: nothing does), worked out once per match: the post's event
    detectors and the roster's first names read the same answer."""
    if not m.tied:
        m.tie = "school" if m.entry.self_named else _tie(
            index, ctx, m.s, m.e, m.o_s, m.o_e, [index.events[i] for i in m.entry.events], head=m.entry.head
        )
        if m.entry.festival and m.tie in _WEAK_TIES:
            m.tie = None
        m.tied = True
    return m.tie


# Ties that make an event of events.csv this school's by what the post says of it or by its date near the event's,
# not by its author alone ("author": a teacher's own family fun day has a pupil's name as often) nor by "our" ("Our
# Christmas dinner tonight" is a family's): such a post is about the school as much as one that names it, unless it
# is about home life.
_OWN_EVENT_TIES: Final = frozenset({"school", "form", "pupils", "work", "date"})


def names_own_event(index: EventIndex, ctx: PostContext) -> bool:
    """Does the post name one of the school's own events (events.csv) as the school's ("Farm Week starts Monday
    for our Beacon group")? School context for a first name, as a pupil phrase is."""
    return _HOME_LIFE.search(ctx.text) is None and any(
        m.entry.events and not m.entry.generic and not (m.entry.head and _in_title(ctx, m.s))
        and tie_of(index, ctx, m) in _OWN_EVENT_TIES
        for m in index.matches(ctx)
    )


# A post about the author's home life: "our family beach day", "Christmas dinner at home", "with my husband" (not
# a pupil's family: "Marek's mum came to help").
_HOME_LIFE: Final = re.compile(
    r"\b(?:(?:my|our)\s+(?:own\s+)?(?:family|husband|wife|hubby|partner|sons?|daughters?|kids|boys|girls|in-laws|"
    r"nephews?|nieces?|grandkids|mum|mam|dad|house)|at\s+(?:home|ours)|family\s+(?:day|time|christmas))\b",
    re.IGNORECASE,
)


def _tie(
    index: EventIndex, ctx: PostContext, s: int, e: int, o_s: int, o_e: int, events: list[Event], *, head: bool = False
) -> str | None:
    # Digits are read from the view before leetspeak ("Y6" must not become "yb").
    doc = ctx.doc
    folded = ctx.norm.folded
    before_tokens = [t for t in doc[max(0, s - 4) : s] if not t.is_space]
    before = [folded[t.idx : t.idx + len(t)] for t in before_tokens]
    owners = [w for w in before if w not in ("'s", "’s", "'", "’")][-2:]
    school_index = index.school
    # The school's mentions are the cues' ``school`` (the same list); the rest of the cues (forms, years,
    # pupil phrases: a second PhraseMatcher pass) are worked out only where a tie below reads them, which
    # most matches, tied by "our", a year group or the school's name, never reach.
    named = school_index.mentions(ctx)

    def elsewhere(spans: Iterable[tuple[int, int]]) -> bool:
        """Is any of these cues outside this match ("sports day" is itself a pupil phrase)?"""
        return any(not (a < o_e and o_s < b) for a, b in spans)

    def form_elsewhere() -> bool:
        cues = school_index.cues(ctx)
        return elsewhere(x for spans in (*cues.forms.values(), *cues.years.values()) for x in spans)

    def our_form_elsewhere() -> bool:
        if "our" not in ctx.words or not school_index.may_have_groups(ctx):
            return False  # most posts: no cue pass needed
        cues = school_index.cues(ctx)
        text = ctx.text
        return any(
            _OUR_JUST_BEFORE.search(text[max(0, a - 12) : a]) is not None
            for spans in (*cues.forms.values(), *cues.years.values())
            for a, _ in spans
        )

    def pupils_elsewhere() -> bool:
        return elsewhere(school_index.cues(ctx).pupil_phrases)

    # "our" makes the activity this school's, except as the determiner of somebody else's place or person:
    # "our village nativity", "our son's sports day".
    ours = "our" in owners and not (owners[0] == "our" and owners[-1] in _ELSEWHERE)
    if _author_own(before) and not ours and _PAST.search(ctx.text):
        # "my own Year 6 residential in 1998", "my own nativity, when I was six": the author's childhood, not
        # this school's event ("my own Year 6 residential next week" is a teacher's class).
        return "school" if named else None
    if _SAINT.intersection(owners):
        # "St Patrick's feast day", "Solemnity of St Joseph", "St Mary's nativity": a saint's day, a saint, or
        # the church or school named after one (this school, if so named, is named in the post).
        return "school" if named else None
    if (
        not ours and len(before) >= 3 and before[-1] in ("'s", "’s") and before[-2] in _SCHOOL_KINDS and not named
        and before[-3] not in _DETERMINERS and capitalised_at(ctx, before_tokens[-3].idx)
    ):
        # "Ravensmere Grammar's speech day": another school's, by its name (this school's own, by its name, is
        # named in the post; "the School's nativity" is how a grammar school writes of itself).
        return None
    owned = _ELSEWHERE.intersection(owners)
    if owners and owners[-1] in ("school", "school's", "school’s"):
        owned -= _COMMUNITY  # "our village school nativity": a village school's is a school's
    if not ours and owned:
        # "her church nativity", "my son's sports day", "his school's fair": somebody else's, unless the
        # post names this school, or it is "their" and the post names a form, a year group or pupils
        # ("Year 5 are planning their sports day").
        theirs = owned == {"their"} and (form_elsewhere() or pupils_elsewhere())
        if not theirs:
            return "school" if named else None
    if _ELSEWHERE_AFTER.match(ctx.text, o_e) and not ours:
        # "Summer fair at the cricket club", "nativity at church": held somewhere else, unless the post
        # names this school.
        return "school" if named else None
    after = folded[doc[e].idx : doc[e].idx + len(doc[e])] if e < len(doc) else ""
    if after in _OTHER_THING_AFTER and not ours:
        return "school" if named else None
    if after in _TELEVISION_AFTER and not ours and doc[e - 1].lower_ == "off" and doc[s].lower_ == "bake":
        return "school" if named else None
    if (
        (head or (events and e - s == 1)) and after in _PLACE_AFTER_HEAD and not ours
        and not (form_elsewhere() or pupils_elsewhere())
    ):
        return "school" if named else None
    if not events:
        # "Our class assembly", "our class trip": the author's class's, which says no more than "class" does.
        class_level = doc[s].lower_ == "class"
        if not class_level and any(w in _OUR_GENERIC for w in before[-2:]):
            return "our"
        if named:
            return "school"
        if class_level:
            return _CLASS_TIE
        if our_form_elsewhere():
            return "our"  # "Coffee morning for our Reception families"
        if pupils_elsewhere():
            return "pupils"
        # "Year 4 swimming gala", "Robin class assembly": some class's activity. No tie to this school, but
        # still the author's day at work (the missing-disclaimer detector reads it: ``class_activity``).
        inside = folded[doc[s].idx : doc[e - 1].idx + len(doc[e - 1])]
        if "class" in before[-2:] or _year_before(before) or _YEAR_INSIDE.search(inside) or form_elsewhere():
            return _CLASS_TIE
        return None
    if any(w in _OUR for w in before[-2:]) or _year_before(before):
        return "our"
    inside = folded[doc[s].idx : doc[e - 1].idx + len(doc[e - 1])]
    if _YEAR_INSIDE.search(inside):
        return "our"  # "Year 6 Residential": the year group makes it one school's event
    if named:
        return "school"
    if form_elsewhere():
        return "form"
    if pupils_elsewhere():
        return "pupils"
    if _PRIVATE_COMPANY.search(ctx.text, *sentence_bounds(ctx.text, o_s, o_e)):
        # "Mountain biking at Kielder with the lads", "the lantern parade with the girlfriend": the author's
        # own time, in the sentence that names it; only a strong tie above makes it the school's.
        return None
    if ctx.on_date is not None and any(_near_date(ctx.on_date, ev.date) for ev in events):
        return "date"
    if not _EVENT_WORK.isdisjoint(ctx.words):
        return "work"
    if is_staff_author(ctx, assume_staff=False):
        return "author"
    return None


# Company that makes an outing the author's own: "with the lads", "with my wife", "with the in-laws".
# (Not "family", "parents" or "mum": schools write "come along with the family" about pupils' families.)
_PRIVATE_COMPANY: Final = re.compile(
    r"\bwith\s+(?:the|my|our)\s+(?:girlfriend|boyfriend|wife|husband|partner|fiance|fiancee|fiancé|fiancée|"
    r"lads|mates|missus|hubby|other\s+half|in-laws|dog|dogs)\b",
    re.IGNORECASE,
)
# The tie of a generic activity that is some class's ("Year 4 swimming gala"): not a reference to this school's
# activity, but talk about the author's school day.
_CLASS_TIE: Final = "class"

# What dates a post's story to the author's own schooldays.
_PAST: Final = re.compile(
    r"\b(?:19[5-9]\d|200\d|when\s+i\s+was|as\s+a\s+(?:kid|child|boy|girl|pupil)|years\s+(?:ago|since)|"
    r"back\s+in\s+the\s+day|"
    r"in\s+my\s+day|at\s+primary\s+school|growing\s+up)\b",
    re.IGNORECASE,
)


def _in_title(ctx: PostContext, s: int) -> bool:
    """Does token ``s`` follow "of" after a capitalised word inside a sentence ("Our Lady of Lourdes", "Feast of
    Walsingham")? Not "Day 2 of Robinwood", "memories of Robinwood", nor "End of Robinwood" (a sentence's first
    word is capitalised anyway)."""
    doc = ctx.doc
    if s < 2 or doc[s - 1].lower_ != "of":
        return False
    idx = doc[s - 2].idx  # the Doc is of the case-folded view: ask the text
    return capitalised_at(ctx, idx) and not sentence_initial(ctx.text, ctx.norm.to_original(idx, idx)[0])


def class_activity(ctx: PostContext, index: EventIndex) -> bool:
    """Did the event index find some class's generic activity in the post ("Year 4 swimming gala")? Read after an
    event detector has tied the post's matches."""
    return any(m.tied and m.tie == _CLASS_TIE for m in index.matches(ctx))


def _author_own(words: list[str]) -> bool:
    """Do the words before an activity end "my own" (with a year group, "first" or "last" after it: "my own Year 6",
    "my own first Lourdes trip")?"""
    for i in range(len(words) - 1):
        rest = words[i + 2 :]
        if words[i] == "my" and words[i + 1] == "own" and (
            not rest or _year_before(rest) or rest[0] in ("first", "last")
        ):
            return True
    return False


def _year_before(words: list[str]) -> bool:
    joined = " ".join(words[-2:])
    return _YEAR_BEFORE.search(joined) is not None


def _near_date(on: date, when: date | None) -> bool:
    return when is not None and when - timedelta(days=30) <= on <= when + timedelta(days=7)
