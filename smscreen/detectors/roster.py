"""The ``roster`` detector: a known pupil, member of staff, governor or parent named in a post.

Options (all optional):

``roles``      which roles to report: ``pupil``, ``former-pupil``, ``staff``, ``governor``, ``parent``
               (default: all).
``forms``      which name forms (see ``names.py``): ``full``, ``initial``, ``title``, ``first``, ``handle``,
               ``hashtag`` (default: all of these), and ``partial``, a given name + surname initial ("Amelia K"),
               only when asked for.
``consent``    for pupils: report only those whose ``media_consent`` is one of ``yes``, ``no``, ``unknown``
               (default: any). People who are not pupils are never filtered out by it.
``context``    ``required`` (default): a bare first name, and a full name shared with a public figure, count
               only with school context (``school.py``); ``always``: the account itself is the school (the
               official account), so every post is in school context.
``namesakes``  more full names of public figures the school's people share (added to ``FAMOUS_NAMESAKES``).
``disabled_by`` a dotted path into the ruleset ``settings`` (e.g. ``official.allow_pupil_surnames``): when that
               setting is true the detector reports nothing.
``min_confidence`` drop hits below this (default 0).

Confidence of a hit (multiplied by the rule's prior, which is the rule's precision on the demo set):

=================================================  ======
full name, exact / via roster alias                 1.00
full name via a package nickname ("Beth Ashworth")  0.90
full name with one misspelt part                    0.85
title + surname                                     1.00 (0.85 misspelt)
initial + surname                                   0.90
given name + surname initial ("Amelia K")           0.90
@handle                                             1.00
hashtag with a full name or name + initial          0.95
first name, own form/year in the post               0.95
first name, school context                          0.85
first name, work context (staff only)               0.70
=================================================  ======

A pupil's bare first name also counts (as school context) when the post names a parent on the roster who shares
the pupil's surname, in full, by title or by handle ("Gary Smith (Jake's dad)", "Lovely chat with Mr Adeyemi about
how Hope is getting on"): the family identifies the child. So does the first name of the person the post replies
to or mentions by handle (``in_reply_to``, ``mentions``: "Cheers Callum, good to hear college is going well" in
reply to Callum's handle): the reply says who it is.
A member of staff whose bio names a year group or form ("Year 6 teacher", "Heron class TA") writes about the
school when a post names a pupil of that year or form by first name; not after a relative's or partner's word
("my husband Mark", "Niece Summer"). In a post with no work phrase, only where the name reads as someone doing
something ("Borough athletics: Heath won the long jump", "Heath has decided"), not as the author's company ("a walk
with Heath", "Heath and I"), and not in a post about the author's family or partner.
So does one whose bio gives a role with pupils ("Learning mentor", "EYFS teacher"), school named or not, under the
same conditions as a year group outside work talk, and for a name that is not also a word ("Ned drew me a sheep").
A member of staff whose bio names the school writes about the school, except in a post about their own family
("Nephew's first goal ... Kai you hero"). A post that names one of the school's own events (events.csv) and ties it
to the school by what it says (a form, pupils, work talk) or by the post's date near the event's ("Farm Week day 2:
Marek fed the lambs") is in school context as if it named the school, unless it is about the author's home life ("at
ours", "our family"); the author being on the staff is not enough on its own, nor is "our".
A member of staff who names another member of staff in full or by title ties the staff first names in the post as
work talk does ("Lunch with Fiona Strickland and Raj to plan the timetable").
A first name is nobody's as a story's character or a place ("reading about Oisín and Niamh", "a trip to Iona").
A first name is nobody's as a kind of person ("a bit of a Karen", "such a Kevin"), inside a patronymic ("Branwen
ferch Llŷr"), after "Surah", or before a prophet's honorific ("Musa (AS)").
A title + surname (``Mrs Khan``) in a post that speaks of neighbours (``next door``, ``neighbour``, ``across the
road``) and has no school context is a neighbour of that name, not the member of staff.

A first name that is a package nickname is x0.85, an everyday word (Grace, Will) x0.85, and a first name
shared by people of several roles is scaled by the share of candidates in the requested roles.
A hit names one ``subject`` when exactly one person fits; otherwise the subject is left empty (and no
permission can exempt it) and the label says how many people it could be.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping
from typing import Any, ClassVar, Final

from smscreen.detectors.base import (
    WORD,
    Hit,
    PostContext,
    Triggers,
    is_staff_author,
    register_detector,
    require_profile,
    tag_pattern,
)
from smscreen.detectors.events import EventIndex, event_index, names_own_event
from smscreen.detectors.names import (
    Mention,
    NameIndex,
    PostMemo,
    acts_after,
    lower_same_length,
    name_index,
    normalise_phrase,
    per_profile,
    reads_as_name,
    reads_as_weather,
    starts_with_title,
    words_of,
)
from smscreen.detectors.school import SchoolIndex, school_index
from smscreen.frequency import zipf
from smscreen.models import Subject
from smscreen.profile.model import Person, SchoolProfile, normalise_handle

__all__ = ["RosterDetector", "setting", "subject_of"]

ROLES: Final = ("pupil", "former-pupil", "staff", "governor", "parent")
FORMS: Final = ("full", "initial", "title", "first", "handle", "hashtag", "partial")
# "Amelia K" names a pupil as surely as "A. Kowalczyk" does, but rules written before it was a roster form name
# their forms or rely on this default, which leaves it out.
DEFAULT_FORMS: Final = FORMS[:-1]
_CONSENT: Final = ("yes", "no", "unknown")
_STRONG: Final = frozenset({"form", "school"})
_NO_FIRST_NAME: Final = ("parent", "former-pupil")  # roles a bare first name never reports
# A relative's word just before a first name: "my nephew Harvey", "Niece Summer".
_OWN_RELATIVE: Final = re.compile(
    r"\b(?:nephew|niece|son|daughter|grandson|granddaughter|cousin|brother|sister|godson|goddaughter|stepson|"
    r"stepdaughter|grandchild|baby|husband|wife|partner|hubby|wifey|mum|mam|mom|dad|friend|mate|neighbour|"
    r"boyfriend|girlfriend|fianc[ée]e?)\s*$",
    re.IGNORECASE,
)

_KIN_DETERMINER: Final = re.compile(r"\b(?:my|our)\s+$", re.IGNORECASE)

_FORM_PRIOR: Final[dict[str, float]] = {
    "full": 1.0,
    "initial": 0.9,
    "partial": 0.9,
    "title": 1.0,
    "handle": 1.0,
    "hashtag": 0.95,
}
_LEVEL_PRIOR: Final[dict[str, float]] = {"form": 0.95, "school": 0.85, "work": 0.7}
_LEVEL_ORDER: Final[dict[str, int]] = {"form": 3, "school": 2, "work": 1, "none": 0}
_NEIGHBOUR: Final = re.compile(
    r"\b(?:next\s+door|neighbou?rs?|(?:across|over|down)\s+the\s+(?:road|street|way)|on\s+our\s+street)\b"
)
# Every _NEIGHBOUR match ends with one of these words (a set test decides most posts without the regex).
_NEIGHBOUR_WORDS: Final = words_of("door neighbour neighbours neighbor neighbors road street way")
_FAMILY_FORMS: Final = frozenset({"full", "title", "handle"})
_COLLEAGUE_FORMS: Final = frozenset({"full", "title"})
# After a colleague's name, what makes them a neighbour, a club's or a family ("Mrs Strickland next door", "Mr Quinn
# from the rugby club", "Fiona Strickland's husband Raj", "Fiona Strickland and hubby Raj").
_NOT_A_COLLEAGUE_AFTER: Final = re.compile(
    r"(?:'s|’s)\s+(?:husband|wife|partner|hubby|son|daughter|lad|boy|girl|brother|sister|dad|mum|other\s+half)\b"
    r"|\s+(?:next\s+door|from\s+(?!work\b)|and\s+(?:(?:her|his|my)\s+)?(?:hubby|husband|wife|partner|son|daughter|"
    r"lad|boy|girl|brother|sister|dad|mum|other\s+half)\b)",
    re.IGNORECASE,
)
# Just after a colleague's first name: "Patience from work", "Joy at work".
_FROM_WORK: Final = re.compile(r"\s+(?:from|at)\s+work\b", re.IGNORECASE)
# Before a lower-case first name, an article or determiner (and perhaps one word): a noun, not a name ("the class
# teddy", "my ruby ring", Welsh "mae'r alaw").
_ARTICLE_BEFORE: Final = re.compile(
    r"(?:\b(?:the|a|an|my|his|her|their|this|that|yr)|['’]r)\s+(?:[a-z]+\s+)?$"
)
# A name said to its person: "Lily-Mae, you were...", "Well done Hope!", "Thanks Grace".
_VOCATIVE_AFTER: Final = re.compile(r"\s*[,!]")
_VOCATIVE_BEFORE: Final = re.compile(
    r"\b(?:hi|hey|hiya|hello|thanks|thank\s+you|cheers|well\s+done|congrats|congratulations|dear|"
    r"happy\s+birthday|good\s+luck|go\s+on)[,!]?\s+$",
    re.IGNORECASE,
)


def _about_a_pupil(text: str, m: Mention, *, work: bool) -> bool:
    """May a staff bio's year group tie the first name ``m`` to a pupil (``_eligible``)? Never after a relative's word;
    outside work talk (``work``), only a name followed by what it does, not the author's company, in a post not about
    the author's family or partner."""
    if _OWN_RELATIVE.search(text, 0, m.start) is not None:
        return False
    if work:
        return True
    acting = acts_after(text, m.end) or _HAS_DONE_AFTER.match(text, m.end) is not None
    company = _WITH_BEFORE.search(text, max(0, m.start - 8), m.start) or _AND_ME_AFTER.match(text, m.end)
    return acting and not company and _PRIVATE_LIFE.search(text) is None


def _called_by_name(text: str, m: Mention) -> bool:
    return _VOCATIVE_AFTER.match(text, m.end) is not None or (
        _VOCATIVE_BEFORE.search(text, max(0, m.start - 24), m.start) is not None
    )


# After a first name, a perfect tense: "Yusuf has decided the shepherd is a pirate" (names.acts_after has the
# simple past and the present of the usual verbs).
_HAS_DONE_AFTER: Final = re.compile(r"\s+(?:has|had)\s+(?:just\s+|finally\s+|now\s+)?[a-z]{2,}ed\b")
# A post about the author's own life: a partner, a relative, an occasion of theirs.
_PRIVATE_LIFE: Final = re.compile(
    r"\b(?:husband|wife|hubby|wifey|partner|boyfriend|girlfriend|fianc[ée]e?|son|daughter|nephew|niece|grandson|"
    r"granddaughter|brother|sister|anniversary|date\s+night|wedding|honeymoon)\b",
    re.IGNORECASE,
)
_WITH_BEFORE: Final = re.compile(r"\bwith\s+$", re.IGNORECASE)
# Before a first name, the author's own relative: "my nephew", "our youngest's", or one opening a sentence
# ("Nephew's first goal"); not "Harvey's big sister", a pupil's own.
# ("Kids were amazing today", "Boys' football": a school's pupils at a sentence's start, not the author's own.)
_RELATIVE: Final = (
    r"(?:nephew|niece|son|daughter|grandson|granddaughter|godson|goddaughter|husband|wife|partner|hubby|brother|"
    r"sister|cousin|youngest|eldest|oldest)"
)
_AUTHOR_RELATIVE_BEFORE: Final = re.compile(
    rf"(?:\b(?:my|our)\s+(?:(?:little|baby|big|eldest|youngest|oldest|twin|step)\s*)?(?:{_RELATIVE}|kids?|twins|boys?|"
    rf"girls?)|(?:^|[.!?]\s+){_RELATIVE})(?:'s|’s|s)?\b",
    re.IGNORECASE,
)
_AND_ME_AFTER: Final = re.compile(r"\s+(?:and|&)\s+(?:I|me)\b", re.IGNORECASE)
_ADULT_STAFF: Final = frozenset({"staff", "governor"})
_TAG_FORMS: Final = frozenset({"hashtag", "handle"})
# Just before a first name: it names an animal or a thing ("a horse called Ruby", "a dog named Hope").
_CALLED: Final = re.compile(r"\b(?:called|named|nicknamed)\s+$")
# Just before or after a first name, what makes it somebody else's or nobody's: a type of person ("a bit of a
# Karen", "such a Kevin"), a parent's name inside a patronymic ("Branwen ferch Llŷr", "Ali ibn Musa"), a sura's
# name ("Surah Taha"), and a prophet's or companion's honorific ("Musa (AS)", "Isa (pbuh)").
# (Case matters: "a" alone is Welsh for "and", "Bikram a Tyler"; so only "a" after a word that makes the name a
# kind of person, in lower case and on one line.)
_NOT_THEIR_NAME_BEFORE: Final = re.compile(
    r"\b(?:(?:bit\s+of|such|what|like|being|be|is|was|total|proper|real|right|absolute|complete)[ \t]+an?"
    r"|ap|ab|ferch|fab|ibn|bin|bint|[Ss]urah|[Ss]ura)[ \t]+$"
    # a character or a costume in a list or after "as": "two Gruffalos, a Matilda and a Mr Twit", "came as a Matilda"
    r"|(?:[,;:(]|\b(?:and|or|as))[ \t]+an?[ \t]+$"
)
# Further before: a story's character ("reading about Oisín and Niamh in Tír na nÓg", "the legend of Finn", "Tikva as
# Queen Esther") or a place ("a trip to Iona with the family", "a week in Ellis"), not the pupil who shares the name.
_CHARACTER_OR_PLACE_BEFORE: Final = re.compile(
    r"\b(?:(?:(?:reading|read|learning|learnt|learned|studying)[ \t]+(?:all[ \t]+)?about"
    r"|(?:story|stories|legend|legends|tale|tales|myth|myths)[ \t]+of)"
    r"|(?:trip|holiday|holidays|ferry|flight|flights|day[ \t]+out|weekend|week)[ \t]+(?:to|in))"
    r"[ \t]+(?:[A-Z][\w'’-]*[ \t]+(?:and|&)[ \t]+)?$"
    # a part in a play, just before the name: "as Queen Esther", "played King Herod"
    # (not "Captain Chase lifted the trophy": a team's captain)
    r"|\b(?:as|played|plays|playing)[ \t]+(?:[Qq]ueen|[Kk]ing|[Pp]rince|[Pp]rincess|[Ss]aint|St\.?|[Ll]ady|[Ll]ord)"
    r"[ \t]+$"
)
# ... unless the name is somebody's ("the story of Tegan's first year") or their form follows ("Tegan in 13A2").
_A_PERSON_AFTER: Final = re.compile(r"(?:'s|’s)|\s+(?:in|from)\s+(?:\d|(?:year|yr|y)\s?\d)", re.IGNORECASE)
_HONORIFIC_AFTER: Final = re.compile(
    r"\s*\((?:as|a\.s\.?|pbuh|saw|saws|sws|ra|r\.a\.?|peace\s+be\s+upon\s+(?:him|her))\)", re.IGNORECASE
)
# Just after: a possessive and a capitalised word make it the name of a thing ("Ruby's Gift", "Frank's Garden
# Centre"), unless the word is one a child's possessive is written with ("Libby's Year 6 class", "Mo's Mum").
_THING_AFTER: Final = re.compile(
    r"(?:'s|’s)\s+(?!(?:Year|Yr|Reception|Nursery|Class|Mum|Mam|Dad|Nan|Nana|Gran|Grandma|Grandad|Mr|Mrs|Miss|Ms)\b)"
    r"[A-Z][a-z]"
)
# Just after a name, words that make it a firm's name: "J. Smith & Sons Plumbing", "jake smith plumbing services".
_BUSINESS_AFTER: Final = re.compile(
    r"\s*(?:&|and)\s*sons\b|\s*&\s*(?:son|daughters?|partners)\b|"
    r"\s+(?:plumbing|plumbers?|builders|electrical|electricians?|roofing|roofers|joinery|joiners|decorators|"
    r"landscaping|removals|motors|haulage|solicitors|estate\s+agents?|ltd|limited|plc|llp|construction|"
    r"carpets|flooring|kitchens|butchers?|bakery|bakers|opticians?|pharmacy|chemists?|dental|accountants|"
    r"driving\s+school|funeral\s+(?:directors?|services?))\b",
    re.IGNORECASE,
)
def setting(options: Mapping[str, Any], path: str, default: Any = None) -> Any:
    """Read ``a.b.c`` from the ruleset ``settings`` the engine passes in ``options["settings"]``."""
    node: Any = options.get("settings") or {}
    for part in path.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return default
        node = node[part]
    return node


# Subjects are frozen, so one per person serves every hit: building (validating) a new one for each hit was a
# measurable share of a post that names people. Bounded, for a long-lived process that loads many profiles.
_SUBJECTS: dict[tuple[str, str], Subject] = {}
_SUBJECTS_MAX: Final = 65536


def subject_of(person: Person) -> Subject:
    key = (person.id, person.role)
    subject = _SUBJECTS.get(key)
    if subject is None:
        if len(_SUBJECTS) >= _SUBJECTS_MAX:
            _SUBJECTS.clear()
        # Two threads may both build it: equal values, and the assignment is atomic.
        subject = _SUBJECTS[key] = Subject(id=person.id, role=person.role)
    return subject


def _label(person: Person) -> str:
    where = person.form or (f"Year {person.year_group}" if person.year_group else None)
    return f"{person.display_name} ({where})" if where and person.is_pupil else person.display_name


def _list_option(
    options: Mapping[str, Any], key: str, allowed: tuple[str, ...], default: tuple[str, ...] | None = None
) -> frozenset[str]:
    value = options.get(key)
    if value is None:
        return frozenset(allowed if default is None else default)
    items = [value] if isinstance(value, str) else list(value)
    bad = [v for v in items if v not in allowed]
    if bad:
        raise ValueError(f"option {key}: unknown value(s) {bad}; allowed: {', '.join(allowed)}")
    return frozenset(items)


@dataclasses.dataclass(slots=True)
class _FirstNames:
    """For one post, what every roster detector reads alike about its bare first names."""

    # Surnames of the roster parents named in it -> where the first such name ends ("" key never used); with a
    # family word anywhere in the post, 0: then a child's name may come before the parent's.
    family: dict[str | None, int]
    addressed: frozenset[str] = frozenset()  # ids of the roster people it replies to or mentions by handle
    # The author is on the staff and their bio names the school ("TA @ Hollins Green Academy"): their posts are
    # about the school unless they say otherwise, as a post naming the school is.
    bio_tie: bool = False
    # The author is on the staff and their bio names forms or year groups ("Year 6 teacher"): (forms, years).
    # The first name of a pupil of one of them is as tied as with their form in the post.
    bio_groups: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    # Whether the post names one of the school's own events as the school's (``events.names_own_event``): worked
    # out only for a first name that nothing else ties, None until then.
    own_event: bool | None = None
    # The author is on the staff and their bio gives a role with pupils (``_TEACHING_ROLE``), school named or not.
    bio_role: bool = False
    # The author is on the staff and the post names another member of staff in full or by title ("Lunch with Fiona
    # Strickland and Raj to plan the timetable"): colleagues' first names beside them are as tied as in work talk.
    colleague: bool = False
    # (mention index, context option) -> everyone that first name may be and their context (``_eligible``)
    eligible: dict[tuple[int, bool], list[tuple[Person, str]]] = dataclasses.field(default_factory=dict)


# A role with pupils in a staff bio that names no school ("EYFS teacher in the northern fells", "Learning mentor.
# Ex-army."): the roster says where they work, and the role says they work with its pupils.
_TEACHING_ROLE: Final = re.compile(
    r"(?i:\b(?:(?:class|form|supply|primary|secondary|reception|nursery|eyfs|early\s+years|ks[1-5]|"
    r"key\s+stage\s+\d|(?:year|yr|y)\s?\d{1,2}|sen|send|english|maths|science|history|geography|pe|music|art|"
    r"drama|computing|french|spanish|german|re|phonics|chemistry|physics|biology)\s+teacher|"
    r"teaching\s+assistant|hlta|lsa|learning\s+(?:support\s+assistant|mentor)|senco|head\s+of\s+year|"
    r"eyfs\s+lead|early\s+years\s+practitioner|deputy\s+head|assistant\s+head|head\s?teacher|form\s+tutor|"
    r"gap\s+(?:yr|year)\s+(?:assistant|tutor)|gappie)\b"
    # a bio that opens with the bare job ("Teacher. Dog mum."), not a hobby's ("Yoga teacher in my spare time")
    r"|^\W*teacher\b)"
    r"|\bTA\b"  # in capitals: "Ta for the follows" is thanks
)


@functools.lru_cache(maxsize=4096)
def _has_teaching_role(bio: str) -> bool:
    """Does a staff bio give a role with pupils? (Memoised: an account's posts share one bio.)"""
    return _TEACHING_ROLE.search(bio) is not None


# Family words: with one, a parent named in the post ties their child's first name wherever it stands.
_KIN_WORD_SET: Final = words_of(
    """dad daddy mum mummy mom mother father parent parents son daughter child kid kids family grandad grandma nan
    stepdad stepmum stepson stepdaughter"""
)


def _parent_surname_words(names: NameIndex) -> frozenset[str]:
    return frozenset(
        w for i, p in enumerate(names.people) if p.role == "parent" for w in WORD.findall(names.surname_norm[i] or "")
    )


# A pupil's surname this rare in English is their family's name wherever it stands ("Well, he IS a Crosthwaite"),
# never a word ("Bell", "Fell", "Sharp").
_RARE_SURNAME_ZIPF: Final = 3.0


def _pupil_family_names(names: NameIndex) -> frozenset[str]:
    """Pupils' one-word surnames that are rare words, normalised, and their plurals ("birkett", "birketts")."""
    words: set[str] = set()
    for i, p in enumerate(names.people):
        norm = names.surname_norm[i]
        if p.role != "pupil" or not norm or " " in norm or zipf(norm) >= _RARE_SURNAME_ZIPF:
            continue
        words |= {norm, norm + "s"}  # "the Birketts"
    return frozenset(words)


# Around a pupil's rare surname, what makes it read as a family's name: "a/the/true Crosthwaite" before it, or
# "the Birketts", "the Birkett family" (not "a walk around Haworth": a rare surname is often a place's name too).
_FAMILY_BEFORE: Final = re.compile(r"(?:^|[^\w'’-])(?:a|an|the|true|typical|proper|real)\s+$", re.IGNORECASE)
_FAMILY_AFTER: Final = re.compile(r"(?:'s|’s|s)?\s+(?:family|clan|twins|kids|children|household)\b", re.IGNORECASE)


def _written_as_name(kind: str, text: str) -> bool:
    """Is a school mention written as the school's name (its longer words capitalised: "Our Lady of Mercy", "OLM",
    or a handle, hashtag or website)? "Grace high-fived everyone" holds the alias "Grace High" only in letters."""
    if kind not in ("name", "alias"):
        return True
    return all(w[:1].isupper() for w in text.split() if len(w) > 2)


def consent_of(person: Person) -> str:
    return "unknown" if person.media_consent is None else ("yes" if person.media_consent else "no")


@register_detector("roster")
class RosterDetector:
    """Roster people named in a post (see the module docstring for options and confidence)."""

    name: ClassVar[str]
    requires_profile: ClassVar[bool] = True
    _KNOWN: ClassVar[frozenset[str]] = frozenset(
        {"roles", "forms", "consent", "context", "namesakes", "disabled_by", "min_confidence", "settings"}
    )

    def __init__(self, *, options: Mapping[str, Any], profile: SchoolProfile | None) -> None:
        profile = require_profile("roster", profile, options, sorted(self._KNOWN - {"settings"}))
        self.roles = _list_option(options, "roles", ROLES)
        self.forms = _list_option(options, "forms", FORMS, DEFAULT_FORMS)
        self.consent = _list_option(options, "consent", _CONSENT)
        context = options.get("context", "required")
        if context not in ("required", "always"):
            raise ValueError("option context: 'required' or 'always'")
        self.always_context = context == "always"
        self.extra_namesakes = frozenset(normalise_phrase(n).strip() for n in options.get("namesakes", ()))
        self.min_confidence = float(options.get("min_confidence", 0.0))
        disabled_by = options.get("disabled_by")
        self.disabled = bool(disabled_by and setting(options, str(disabled_by), False))
        self.profile = profile
        self.names: NameIndex = name_index(profile)
        self.school: SchoolIndex = school_index(profile)
        self._events: EventIndex = event_index(profile)
        # The words of roster parents' surnames: a post with none of them names no parent (``_shared``).
        self._parent_surname_words: frozenset[str] = per_profile(
            "roster-parent-surnames", profile, lambda _: _parent_surname_words(self.names)
        )
        self._family_words: frozenset[str] = per_profile(
            "roster-pupil-family-names", profile, lambda _: _pupil_family_names(self.names)
        )
        self._tags_only = self.forms <= {"handle", "hashtag"}
        # Shared by every roster detector of the profile: what they would each work out alike for a post.
        self._post: PostMemo[_FirstNames] = per_profile("roster-first-names", profile, lambda _: PostMemo())
        self.triggers = Triggers() if self.disabled else self._triggers()

    def _triggers(self) -> Triggers:
        """What each requested name form cannot be found without (names.py describes the forms).

        Only the names of the people this detector can report count: a hit names one of them (``_choose``), so
        a post that names only somebody else (a pupil, for the parents' rule) cannot make one.
        """
        names = self.names
        reported = [i for i, p in enumerate(names.people) if self._reports(p)]
        words = names.name_words(reported)
        parts: list[Triggers] = []
        if "handle" in self.forms:
            handles = tag_pattern("@", (h for h, p in self.profile.person_by_handle.items() if self._reports(p)))
            if handles is not None:
                parts.append(Triggers(at_patterns=(handles,)))
        if "hashtag" in self.forms:
            parts.append(Triggers(hash=True))
        if "title" in self.forms and words.title_names:
            # A capitalised title opens (the analysis may find a misspelt surname after it); in lower case
            # ("mr murphy", "miss jo") only next to an adult's name word, which is all it can anchor then.
            # (A conjunction rather than a bag per title and name: a 5,000-person roster made 15,000 bags.)
            # Only adults are named by title: with none to report, a title opens nothing.
            parts.append(Triggers(cased=names.title_words))
            parts.append(Triggers(words=names.title_words, also=Triggers(words=words.title_names)))
        if "initial" in self.forms:
            parts.append(Triggers(phrases=words.initial_bags))
        if "partial" in self.forms:
            # A given name that is an everyday word counts only capitalised ("Will A" is a name, "will ... a" two
            # words), as in every name trigger.
            parts.append(Triggers(
                phrases=words.partial_bags, also=Triggers(words=names.trigger_words, cased=names.trigger_cased)
            ))
        if "full" in self.forms:
            parts.append(Triggers(phrases=words.full_bags, words=words.full_words, cased=words.full_cased))
        if "first" in self.forms and self.always_context:
            # A bare first name never names a parent or a former pupil (``_first``).
            first = names.name_words(i for i in reported if names.people[i].role not in _NO_FIRST_NAME)
            parts.append(Triggers(words=first.given_words - first.given_cased, cased=first.given_cased, hash=True))
        elif "first" in self.forms:
            # A bare first name counts only with school context, a named parent or a reply to its owner.
            # Everyone's given names, not only those this detector reports: then every first-name detector has
            # this same conjunction, whose context the trigger index tests once per post rather than once for
            # each.
            context = self.school.context_triggers
            parts.append(Triggers(
                words=names.given_words - names.given_words_cased,
                cased=names.given_words_cased,
                hash=True,
                also=dataclasses.replace(
                    context,
                    words=context.words | self._parent_surname_words,
                    # the school's own events tie a first name too (``_names_own_event``)
                    phrases=context.phrases | self._events.profile_bags,
                    fields=context.fields | {"in_reply_to", "mentions", "bio"},
                ),
            ))
            if "pupil" in self.roles and self._family_words:
                # A pupil's rare surname on its own ties their first name (``_shared``): a conjunction of the
                # pupils' own, so a pupil's full name opens no other role's detector.
                pupils = names.name_words(i for i, p in enumerate(names.people) if p.role == "pupil")
                parts.append(Triggers(
                    words=pupils.given_words - pupils.given_cased, cased=pupils.given_cased,
                    also=Triggers(words=self._family_words),
                ))
        return Triggers.any_of(parts)

    def find(self, ctx: PostContext) -> list[Hit]:
        if self.disabled:
            return []
        mentions = self.names.tags(ctx) if self._tags_only else self._mentions(ctx)
        if not mentions:
            return []
        # The post's school cues are read only where a mention needs context (a first name, a title near a
        # neighbour word, a public figure's name): handles, hashtags and most full names need none.
        shared = self._post.get(ctx, self._shared) if "first" in self.forms else None
        # A name inside the school's own name, alias, handle or hashtag is the school: "Our Lady of Mercy",
        # "#MercyFamily" and "Mercy Girls" do not name the pupil Mercy.
        # (Only where the post can hold a school name or tag at all: the first word of a name, "#" or "@".)
        school = [
            (sm.start, sm.end) for sm in self.school.mentions(ctx)
            if sm.start is not None and sm.end is not None and _written_as_name(sm.kind, sm.text)
        ] if (
            not self.school.name_gate.isdisjoint(ctx.words) or any(m.form in _TAG_FORMS for m in mentions)
        ) else []
        hits: list[Hit] = []
        for k, m in enumerate(mentions):
            if m.form not in self.forms:
                continue
            if school and any(a < m.end and m.start < b for a, b in school):
                continue
            if shared is not None and m.form == "first":
                hit = self._first(ctx, m, k, shared)
            else:
                hit = self._hit(ctx, m, m.form)
            if hit is not None and hit.confidence >= self.min_confidence:
                hits.append(hit)
        return hits

    def _mentions(self, ctx: PostContext) -> list[Mention]:
        """The post's name analysis, or only its handles and hashtags when the analysis can find none of the
        other forms asked for (``NameIndex.may_find``: no Doc is made for it)."""
        names = self.names
        if "first" in self.forms:
            return names.analyse(ctx)
        mentions = names.analyse_for(ctx, self.forms)
        return names.tags(ctx) if mentions is None else mentions

    def _shared(self, ctx: PostContext) -> _FirstNames:
        # Surnames of roster parents named in the post: their child's first name is then identifying. (The set
        # test first: the regex's every match is one of those words.)
        family: dict[str | None, int] = {}
        if not self._parent_surname_words.isdisjoint(ctx.words):
            kin_word = not _KIN_WORD_SET.isdisjoint(ctx.words)
            for m in self.names.analyse(ctx):
                if m.form in _FAMILY_FORMS:
                    for i in m.people:
                        if self.names.people[i].role == "parent":
                            family.setdefault(self.names.surname_norm[i], 0 if kin_word else m.end)
        if not self._family_words.isdisjoint(ctx.words):
            # A pupil's rare surname on its own ("he IS a Crosthwaite", "the Birketts"), not inside a name: their
            # family is meant, so their first name anywhere in the post is tied.
            text = ctx.text
            folded = lower_same_length(text)
            spans: list[tuple[int, int]] | None = None
            for word in self._family_words.intersection(ctx.words):
                # The surname itself ("Rees"), or its plural ("the Birketts"): a surname's plural is in the set too
                surname = word if word + "s" in self._family_words else word.removesuffix("s")
                at = folded.find(word)
                while at >= 0:
                    end = at + len(word)
                    whole = (at == 0 or not folded[at - 1].isalnum()) and (
                        end == len(folded) or not folded[end].isalnum()
                    )
                    if whole and text[at : at + 1].isupper() and (
                        _FAMILY_BEFORE.search(text, max(0, at - 12), at) or _FAMILY_AFTER.match(text, end)
                        or word != surname
                    ):
                        if spans is None:
                            spans = [(m.start, m.end) for m in self.names.analyse(ctx)]
                        if not any(a < end and at < b for a, b in spans):
                            family.setdefault(surname, 0)
                    at = folded.find(word, end)
        post = ctx.post
        addressed: frozenset[str] = frozenset()
        if post.in_reply_to or post.mentions:
            by_handle = self.profile.person_by_handle
            addressed = frozenset(
                person.id
                for handle in (post.in_reply_to, *post.mentions)
                if handle and (person := by_handle.get(normalise_handle(handle))) is not None
            )
        bio = ctx.post.account.bio
        staff = is_staff_author(ctx, assume_staff=False)
        staff_bio = bio if bio and staff else None
        groups = self.school.bio_groups(staff_bio) if staff_bio else (frozenset(), frozenset())
        role = staff_bio is not None and _has_teaching_role(staff_bio)
        bio_tie = staff_bio is not None and bool(self.school.bio_mentions(ctx))
        text = ctx.text
        colleague = staff and any(
            m.form in _COLLEAGUE_FORMS and not m.famous and not _NOT_A_COLLEAGUE_AFTER.match(text, m.end)
            and any(self.names.people[i].role == "staff" and self.names.people[i].id != post.author_id
                    for i in m.people)
            for m in self.names.analyse(ctx)
        )
        return _FirstNames(family, addressed, bio_tie, groups, bio_role=role, colleague=colleague)

    # -- one mention ---------------------------------------------------------------------------------------

    def _people(self, ctx: PostContext, m: Mention) -> list[int]:
        """The mention's people (indices), less the author: writing one's own name is self-identification's
        business, not a reference to a colleague."""
        author = ctx.post.author_id
        if author is None or author not in self.profile.person_by_id:
            return list(m.people)
        return [i for i in m.people if self.names.people[i].id != author]

    def _hit(self, ctx: PostContext, m: Mention, form: str) -> Hit | None:
        people = [self.names.people[i] for i in self._people(ctx, m)]
        if not people:
            return None
        if (
            (form == "title" or starts_with_title(m.text))
            and not self.always_context
            and not _NEIGHBOUR_WORDS.isdisjoint(ctx.words)
            and _NEIGHBOUR.search(ctx.norm.text) is not None
            and self._level(ctx, people) == "none"
        ):
            return None  # "Mrs Khan from next door": a neighbour of that name
        if form == "partial" and not m.capitalised and not self.always_context and not (
            self._level(ctx, people) in _STRONG or self._post.get(ctx, self._shared).bio_tie
        ):
            return None  # "rose p" in lower case: a name only where the post is about the school
        if form in ("full", "initial", "title") and _BUSINESS_AFTER.match(ctx.text, m.end) is not None:
            return None  # "J. Smith & Sons Plumbing": a firm that shares the name
        if m.famous or (
            m.form == "full" and self.extra_namesakes and normalise_phrase(m.text).strip() in self.extra_namesakes
        ):
            level = self._level(ctx, people)
            if level == "none":
                return None  # "Imran Khan" the cricketer, not Mr Khan of Year 6
            confidence = 0.8
        else:
            confidence = _FORM_PRIOR.get(form, 0.9)
        if m.variant == "nickname":
            confidence *= 0.9
        elif m.variant == "fuzzy":
            confidence *= 0.85
        return self._choose(m, people, confidence, form, "named")

    def _level(self, ctx: PostContext, people: list[Person]) -> str:
        if self.always_context:
            return "school"
        cues = self.school.cues(ctx)
        return max((cues.level_for(p.form, p.year_group, p.role) for p in people), key=_LEVEL_ORDER.__getitem__)

    def _first(self, ctx: PostContext, m: Mention, k: int, shared: _FirstNames) -> Hit | None:
        """A bare first name (mention ``k`` of the post's analysis): counts only with context, and name-words
        need more (module docstring)."""
        key = (k, self.always_context)
        eligible = shared.eligible.get(key)
        if eligible is None:
            eligible = shared.eligible[key] = self._eligible(ctx, m, shared)
        if not eligible:
            return None
        wanted = [(p, lvl) for p, lvl in eligible if self._reports(p)]
        if not wanted:
            return None
        best_level = max((lvl for _, lvl in wanted), key=lambda x: _LEVEL_PRIOR[x])
        confidence = _LEVEL_PRIOR[best_level] * len(wanted) / len(eligible)
        if m.variant == "nickname":
            confidence *= 0.85
        if m.name_word:
            confidence *= 0.85
        return self._choose(m, [p for p, _ in wanted], confidence, "first", best_level, prefiltered=True)

    def _eligible(self, ctx: PostContext, m: Mention, shared: _FirstNames) -> list[tuple[Person, str]]:
        """Everyone a bare first name may be, whatever the roles asked for, with the context each has.

        The same for every detector with this ``context`` option (it is worked out once per post).
        ``family``: surnames of parents named in the post; their children's first names get school context, as
        does the first name of someone the post replies to or mentions (``addressed``, their ids); a member of
        staff whose bio names the school (``bio_tie``) writes in a school context.
        """
        family, addressed, bio_tie = shared.family, shared.addressed, shared.bio_tie
        if not m.capitalised and (m.name_word or len(m.text) <= 3):
            return []  # lower-case "will", "jan", "sam": words and abbreviations far more often than names
        text = ctx.text
        if _CALLED.search(text, max(0, m.start - 12), m.start) or _THING_AFTER.match(text, m.end):
            return []  # "a horse called Ruby", "Ruby's Gift", "Frank's Garden Centre": the name of a thing
        if (
            _NOT_THEIR_NAME_BEFORE.search(text, max(0, m.start - 20), m.start)
            or _HONORIFIC_AFTER.match(text, m.end)
            or (
                _CHARACTER_OR_PLACE_BEFORE.search(text, max(0, m.start - 45), m.start)
                and not _A_PERSON_AFTER.match(text, m.end)
            )
        ):
            return []  # "a bit of a Karen", "Branwen ferch Llŷr", "Surah Taha", "Musa (AS)", "reading about Oisín"
        cues = self.school.cues(ctx)
        # A staff bio's forms and year groups tie their pupils ("Heath won the long jump" from a Year 6 teacher), but
        # never the author's own relative ("my nephew Harvey", "Niece Summer"); outside work talk, only a name that
        # reads as someone doing something ("won", "has decided"), not as the author's company ("Dinner with Mark" is
        # a husband, "Mark and I" a friend), nor as a thing ("the best Reuben sandwich"), in a post that is not
        # about the author's own family or partner ("Mark made dinner for our anniversary").
        bio_forms, bio_years = shared.bio_groups
        bio_ties = bool(bio_forms or bio_years) and _about_a_pupil(text, m, work=cues.work_context)
        # A bio's role with pupils ties a pupil's first name only where the name reads as someone doing something,
        # work talk or not ("Althea & Donna on the staffroom radio" is a band), and is not also a word.
        role_tie = shared.bio_role and not m.name_word and _about_a_pupil(text, m, work=False)
        # A bio naming the school ties a post about work, not one about the author's own family ("Nephew's first
        # goal ... Ash you hero" from the school's sports coach).
        bio_tie = bio_tie and (cues.work_context or _AUTHOR_RELATIVE_BEFORE.search(text, 0, m.start) is None)
        weather = m.name_word and reads_as_weather(text, m)
        lower_article = not m.capitalised and _ARTICLE_BEFORE.search(text, max(0, m.start - 24), m.start) is not None
        names = self.names
        indices = self._people(ctx, m)
        # A child's name after the parent's ("Lovely chat with Mr Adeyemi about how Hope is getting on"), or
        # anywhere with a family word ("Jake's dad Gary Smith"); not "Jake and I went to the pub with Gary Smith".
        kin = frozenset(
            names.people[i].id for i in indices
            if names.people[i].role == "pupil" and family.get(names.surname_norm[i], len(ctx.text) + 1) <= m.start
        ) if family else frozenset()
        if addressed:
            kin |= addressed.intersection(names.people[i].id for i in indices)
        own_event = not cues.school_context and self._names_own_event(ctx, shared)
        if not (
            kin or self.always_context or bio_tie or bio_ties or role_tie or own_event or cues.school_context
            or cues.work_context or shared.colleague
        ):
            return []  # every level is "none" (Cues.level_for): nobody can be eligible
        eligible: list[tuple[Person, str]] = []
        author, profile = ctx.post.author_id, self.profile
        # A level depends on the form, year and role only, and a first name's dozens of people share a few.
        levels: dict[tuple[str | None, str | None, str], str] = {}
        for i in indices:
            person = names.people[i]
            if person.role in _NO_FIRST_NAME and person.id not in addressed:
                continue  # a parent's or ex-pupil's first name alone identifies nobody reliably
            key = (person.form, person.year_group, person.role)
            level = levels.get(key)
            if level is None:
                level = levels[key] = cues.level_for(*key)
            # The author's own child by a declared family link is their family in a post that ties them to the
            # school only by the author's bio ("Jago did ten lengths this morning, proud mum" from the Head of
            # Pre-Prep): the post itself must say school.
            own_child = author is not None and person.role == "pupil" and profile.has_family_link(author, person.id)
            if (
                self.always_context or (bio_tie and not own_child) or own_event or person.id in kin
            ) and level in ("none", "work"):
                level = "school"
            if role_tie and person.role == "pupil" and not own_child and level in ("none", "work"):
                level = "school"
            if level not in _STRONG and bio_ties and person.role == "pupil" and not own_child and (
                (person.form and person.form.upper() in bio_forms)
                or (person.year_group and person.year_group.upper() in bio_years)
            ):
                # "Year 6 teacher" in the bio, a Year 6 pupil's first name in the post: about the school, as if
                # it named the school (not as strong as the form written in the post itself)
                level = "school"
            if (
                level == "none" and shared.colleague and person.role == "staff"
                and not _OWN_RELATIVE.search(text, max(0, m.start - 16), m.start)
                and not _KIN_DETERMINER.search(text, max(0, m.start - 6), m.start)
            ):
                level = "work"  # a colleague named beside colleagues, not "my Raj", "her son Raj"
            if person.role == "pupil" and level not in _STRONG:
                continue
            if level == "none":
                continue
            if weather and level != "form":
                continue  # "Rain stopped play for the cricket": the weather, unless the pupil's own form is named
            if lower_article and level != "form":
                continue  # "the class teddy", Welsh "mae'r alaw": a noun after its article, unless the form is named
            if m.name_word and level == "work" and person.role in _ADULT_STAFF and _FROM_WORK.match(text, m.end):
                level = "school"  # "the 5k with Patience from work": a colleague, named as one
            if m.name_word and not (
                level == "form" or (level == "school" and (not m.sentence_initial or reads_as_name(ctx.text, m)))
                or (person.id in addressed and _called_by_name(text, m))
            ):
                # (In a reply to the person's own handle, the name said to them is theirs: "Lily-Mae, you were a star",
                # not "Hope the exams went well".)
                continue
            eligible.append((person, level))
        # The person whose own form or year is written wins over namesakes elsewhere in the school.
        if any(level == "form" for _, level in eligible):
            eligible = [(p, lvl) for p, lvl in eligible if lvl == "form"]
        return eligible

    def _names_own_event(self, ctx: PostContext, shared: _FirstNames) -> bool:
        if shared.own_event is None:
            shared.own_event = bool(self._events.profile_bags) and names_own_event(self._events, ctx)
        return shared.own_event

    def _consent_ok(self, person: Person) -> bool:
        return not person.is_pupil or consent_of(person) in self.consent

    def _reports(self, person: Person) -> bool:
        """May a hit name this person (``_choose``)?"""
        return person.role in self.roles and self._consent_ok(person)

    def _choose(
        self,
        m: Mention,
        people: list[Person],
        confidence: float,
        form: str,
        context: str,
        *,
        prefiltered: bool = False,
    ) -> Hit | None:
        wanted = people if prefiltered else [p for p in people if self._reports(p)]
        if not wanted:
            return None
        if not prefiltered and len(wanted) < len(people):
            confidence *= len(wanted) / len(people)
        if len(wanted) == 1:
            person = wanted[0]
            subject: Subject | None = subject_of(person)
            label = _label(person)
            where = person.form or (f"Year {person.year_group}" if person.year_group else "")
        else:
            subject = None
            role = wanted[0].role if len({p.role for p in wanted}) == 1 else "person"
            label = f"{m.text} (one of {len(wanted)} people of role {role} with this name)"
            where = ""
        return Hit(
            m.start,
            m.end,
            label=label,
            confidence=round(min(1.0, confidence), 3),
            subject=subject,
            evidence={
                "name_form": form,
                "variant": m.variant,
                "context": context,
                "form": where,
                "role": wanted[0].role if subject else "",
            },
        )


# The identifying-detail detector shares this module's name index; importing it here registers it even where
# the registry's module list does not name it.
from smscreen.detectors import identifying as _identifying  # noqa: E402,F401  (registration side effect)
