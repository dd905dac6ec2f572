"""The ``identifying-detail`` detector: details that single a person out without naming them in full.

Kinds (``evidence["kind"]``; option ``kinds`` selects, default all):

``initials``     initials with a form or year group: ``J in 5B``, ``JS in 5B``, ``J.S. (Year 5)``, ``JS, 5B``.
                 Capitals in the original text. The subject is set when exactly one pupil of that form/year has
                 those initials.
``partial``      a roster given name + surname initial: ``Amelia K``, ``Amelia K.`` (subject: the pupil).
                 Inside a hashtag this is a name (``roster``), not this.
``unlisted``     a given name that is not on the roster (from the ``nicknames`` package's name list) with a form
                 or year group: ``Kyle in 5B``. A roster name with its form is a ``roster`` name instead.
``misspelt``     a misspelling of the given name of exactly one pupil of that form or year group, with it:
                 ``Harvy in 6R`` for Harvey of 6R, ``Milly (5B)`` for Millie (subject: the pupil). A word common
                 in English is not read as one ("Maths in 5B").
``description``  a description that points at one child: ``the boy in 6R whose dad runs the chippy``,
                 ``the only girl in my class who``, ``a Year 4 pupil whose mum``, ``the Y5 who brought a ferret
                 in``, or at one parent of a form
                 (``a certain 4R parent who parks on the zigzags``). It needs the form/class part and a
                 singling-out part (a relative clause, ``only``, a superlative).

Option ``name_forms``: ``include`` (default), ``exclude`` or ``only`` the details that are really a name form of a
roster person: a partial name, a misspelt given name, and two-letter initials that fit a pupil of that form or
year (``JS in 5B``). The shipped rules report those as references to the person (``roster``'s ``partial`` form,
``people.pupil.misspelt-with-form`` and ``people.pupil.initials``) and the rest as identifying detail. Overlaps
are resolved before the option filters, so "Amelia K in 5B" is the partial name alone, never also "K in 5B".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Final

from smscreen.detectors.base import (
    WORD,
    Hit,
    PostContext,
    PostMarks,
    Triggers,
    drop_overlaps,
    register_detector,
    require_profile,
)
from smscreen.detectors.names import (
    NameIndex,
    PostMemo,
    class_follows,
    given_equal,
    given_vocabulary,
    lower_same_length,
    name_index,
    per_profile,
    words_of,
)
from smscreen.detectors.roster import subject_of
from smscreen.frequency import zipf
from smscreen.profile.model import Person, SchoolProfile

__all__ = ["IdentifyingDetector"]

# Name triggers are words only: no digit, @ or # counts for them.
_NO_MARKS: Final = PostMarks(0, False, False)

KINDS: Final = ("initials", "partial", "unlisted", "misspelt", "description")
_PARTIAL: Final = frozenset({"partial"})
NAME_FORMS: Final = ("include", "exclude", "only")

# The words a one-child role needs (see _Patterns.role): "head boy", "school captain", "goalkeeper".
_ROLE_BAGS: Final = frozenset(
    frozenset(p.split())
    for p in ("head boy", "head girl", "school captain", "goalkeeper", "goalie", "captain",
              "striker", "mascot")
)
_CHILD: Final = r"(?:boy|girl|lad|lass|child|kid|pupil|student|twins?|one|little\s+(?:boy|girl|one))"
_ADJ: Final = (
    r"(?:(?:only|new|little|tall|tallest|smallest|shortest|quiet|quietest|loud|loudest|eldest|youngest|oldest|"
    r"naughtiest|cheekiest)\s+)"
)
_CLAUSE: Final = r"(?:who|whose|with|that|thats|that's|wearing|on\s+the)"
# Adults the same descriptions single out (g-identifiable-details covers parents and the community too).
_ADULT: Final = r"(?:parent|mum|mom|dad|father|mother|grandparent|grandad|grandma|nan|carer)"
# Every word of _CHILD (with the plural "s" a description allows) and _ADULT: a description holds one whole.
_DESCRIBED_WORDS: Final = frozenset(
    {w for word in words_of("boy girl lad lass child kid pupil student twin one little") for w in (word, word + "s")}
    | words_of("parent mum mom dad father mother grandparent grandad grandma nan carer")
)


# A number just before a plural ("14 Gruffalos", "three Elsas"): things counted. Not a year ("In 2019 Kyle") nor
# text-speak ("Shout out 2 Kyle"): the word after those is no plural.
_COUNTED: Final = re.compile(
    r"(?:(?<![\d,.])\d{1,3}|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|"
    r"several|many))\s+$",
    re.IGNORECASE,
)
_RARE_NAME_ZIPF: Final = 2.5
# The patterns' own digit class (``\d``), for the test that a year group could be written.
_ANY_DIGIT: Final = re.compile(r"\d").search
# A clause that speaks of a group: "the Year 6 who helped ... were brilliant", "... and their parents".
_PLURAL: Final = re.compile(r"\b(?:were|are|have|they|them|their|all)\b")


# The word just before a name and what joins them: a hyphen or a space ("Lily-Mae", "Lily Mae").
_WORD_BEFORE: Final = re.compile(r"(\w+)(-| )$")

class _Patterns:
    def __init__(self, profile: SchoolProfile) -> None:
        forms = sorted({p.form for p in profile.people if p.form}, key=len, reverse=True)
        form_alt = "|".join(re.escape(f) for f in forms) or r"(?!x)x"
        year = r"(?:[Yy]ear\s?\d{1,2}|Y\d{1,2}|Yr\s?\d{1,2}|[Rr]eception)"
        group = rf"(?:{form_alt}|{year})"
        self.form_re = re.compile(rf"^(?:{form_alt})$", re.IGNORECASE)
        # Forms named by a word ("Robin", "Heron"): one is the group only when called a class ("in Robin class").
        self.word_forms = frozenset(f.casefold() for f in forms if not any(c.isdigit() for c in f))
        # J in 5B / JS in 5B / J.S. (5B) / JS, Year 5 — case-sensitive: initials are capitals.
        self.initials = re.compile(
            rf"(?<![\w.])([A-Z])\.?\s?([A-Z])?\.?(?:\s+(?:in|from|of)\s+|\s*\(\s*|,\s*)(?P<group>{group})\b\)?"
        )
        # Kyle in 5B / Kyle (Year 5)
        self.unlisted = re.compile(
            rf"(?<![\w@#])([A-Z][a-z]{{2,}})(?:\s+(?:in|from)\s+|\s*\(\s*)(?P<group>{group})\b\)?"
        )
        # Both patterns' matches in the post, found once for every detector instance (the rules run two, whose
        # options differ only in what they keep of the matches).
        self.initials_memo: PostMemo[list[re.Match[str]]] = PostMemo()
        self.unlisted_memo: PostMemo[list[re.Match[str]]] = PostMemo()
        # The group words that are a year group's only with a number ("Year 5", "Y5", "Yr 5"): unless a form is
        # written with one of them, a post holding no digit has no group for those patterns to find there.
        self.year_only_words = frozenset({"year", "yr", "y"}) - frozenset(
            w for f in forms for w in WORD.findall(f.casefold())
        )
        low_group = (
            rf"(?:{form_alt.lower()}|(?:year|yr|y)\s?\d{{1,2}}|reception|my\s+class|our\s+class|my\s+form|"
            r"my\s+group)"
        )
        # Not a form named by a word: "the Robin who visits the feeder" is a bird.
        digit_forms = "|".join(re.escape(f.lower()) for f in forms if any(c.isdigit() for c in f))
        # (Not "Reception": "thank you to the Reception who sang" is the whole class.)
        noun_group = rf"(?:(?:year|yr|y)\s?\d{{1,2}}{'|' + digit_forms if digit_forms else ''})"
        self.description = re.compile(
            # "the twins in Year 10": a pair that singles itself out, with no clause
            rf"\b(?:the|a|one\s+of\s+(?:my|our|the))\s+(?:certain\s+)?(?:(?:only\s+)?(?:set\s+of\s+)?twins\s+(?:in|from)\s+{low_group}"
            rf"|{_ADJ}{_CHILD}\s+(?:in|from)\s+{low_group}"
            rf"(?:[^.!?\n]{{0,60}}?\b{_CLAUSE}\b[^.!?\n]{{0,80}})?"
            rf"|{_CHILD}s?\s+(?:in|from)\s+{low_group}[^.!?\n]{{0,60}}?\b{_CLAUSE}\b[^.!?\n]{{0,80}}"
            rf"|{low_group}\s+(?:{_CHILD}s?|{_ADULT})\s+(?:who|whose|with)\b[^.!?\n]{{0,80}})"
            # the year group or form as the noun, made definite: "the Y5 who brought a ferret in" (not "a Year 2
            # who asked if I was the Queen": an anecdote about some child)
            rf"|\b(?P<noun>the\s+{noun_group})\s+(?:who|whose)\b[^.!?\n]{{0,80}}",
        )
        # A role only one child holds: "our head boy's dad", "Our Y5 goalkeeper, the tall lad with the red
        # boots". A school role (head boy, school captain) needs "our/my"; a team role needs a form or year
        # group too ("our Y5 goalkeeper"), since "our goalkeeper" may be any club's.
        self.role = re.compile(
            rf"\b(?:our|my|the\s+school's|the\s+school’s)\s+(?:new\s+)?"
            rf"(?:(?:deputy\s+)?head\s+(?:boy|girl)|school\s+captain"
            rf"|{low_group}\s+(?:goalkeeper|goalie|captain|team\s+captain|star\s+striker|mascot))\b"
            rf"(?:(?:'s|’s)\s+{_ADULT}\b|,\s+the\s+[^,.!?\n]{{1,60}}?\b(?:with|who|whose|in)\b[^,.!?\n]{{1,40}})?"
        )
        # Initials/first letters of given names per form and year, for resolving a subject.
        self.by_group: dict[str, list[tuple[int, Person]]] = {}
        for i, p in enumerate(profile.people):
            if p.role != "pupil":
                continue
            if p.form:
                self.by_group.setdefault(p.form.upper(), []).append((i, p))
            if p.year_group:
                self.by_group.setdefault("Y" + p.year_group.upper(), []).append((i, p))
                if p.year_group == "0":  # Reception given as year group 0 (_group_key reads "Reception" as YR)
                    self.by_group.setdefault("YR", []).append((i, p))


def _patterns(profile: SchoolProfile) -> _Patterns:
    return per_profile("identifying", profile, _Patterns)


def _group_key(text: str) -> str:
    t = text.upper().replace(" ", "")
    m = re.match(r"^(?:YEAR|YR|Y)(\d{1,2})$", t)
    if m:
        return "Y" + m.group(1)
    if t == "RECEPTION":
        return "YR"
    return t


@register_detector("identifying-detail")
class IdentifyingDetector:
    """Partial names and descriptions that single a person out (see the module docstring)."""

    name: ClassVar[str]
    requires_profile: ClassVar[bool] = True

    def __init__(self, *, options: Mapping[str, Any], profile: SchoolProfile | None) -> None:
        profile = require_profile("identifying-detail", profile, options, ("kinds", "name_forms"))
        name_forms = options.get("name_forms", "include")
        if name_forms not in NAME_FORMS:
            raise ValueError(f"option name_forms: {name_forms!r}; allowed: {', '.join(NAME_FORMS)}")
        self._name_forms = name_forms
        kinds = options.get("kinds", list(KINDS))
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
        bad = set(kinds) - set(KINDS)
        if bad:
            raise ValueError(f"option kinds: unknown {sorted(bad)}; allowed: {', '.join(KINDS)}")
        self.kinds = frozenset(kinds)
        self.profile = profile
        self._names: NameIndex = name_index(profile)
        self._p = _patterns(profile)
        self._given = given_vocabulary()
        # A form or year group is part of every initials, unlisted-name and description pattern: the words it
        # shows as (of the folded view, where "5B" is still "5b"), so a post without one skips those regexes.
        numbers = [str(n) for n in range(100)] + [f"{n:02d}" for n in range(10)]
        self._group_words = frozenset(
            {w for f in self._p.by_group if not f.startswith("Y") for w in WORD.findall(f.casefold())}
            | {"year", "yr", "y", "reception"}
            | {f"{prefix}{n}" for prefix in ("y", "yr", "year") for n in numbers}
        )
        self._description_words = self._group_words | {"class", "form", "group"}
        # Each kind's triggers are what its pattern cannot match without (a digit alone is not enough: "Year 6"
        # has the word "year", "5B" the word "5b").
        # - initials, unlisted and misspelt names: a form or year group;
        # - a partial name: a given name and a one-letter word that is that person's surname initial;
        # - a description: a child or adult word and a group word ("the boy in 6R who", "a 4R parent who").
        # "Will A" is a name and an initial; "will ... a" is two everyday words: names that are everyday words
        # count only capitalised, as in every name trigger.
        self._partial_triggers = Triggers(
            phrases=self._names.partial_bags,
            also=Triggers(words=self._names.trigger_words, cased=self._names.trigger_cased),
        )
        parts: list[Triggers] = []
        if self.kinds & {"initials", "unlisted", "misspelt"}:
            # "Year 5" / "Yr 5" / "Y 5" are two words, the second a number.
            spaced = frozenset({"year", "yr", "y"})
            parts.append(Triggers(words=self._group_words - spaced))
            parts.append(Triggers(words=spaced, also=Triggers(digits=True)))
        if "partial" in self.kinds:
            parts.append(self._partial_triggers)
        if "description" in self.kinds:
            parts.append(Triggers(phrases=frozenset(
                frozenset({who, group})
                for who in _DESCRIBED_WORDS | {"who", "whose"}
                for group in self._description_words
            ) | _ROLE_BAGS))
        self.triggers = Triggers.any_of(parts)
        # Built once: every given name on the roster (rebuilding it per post cost more than the search).
        self._roster_given = frozenset(g for gs in self._names.given_norm for g in gs)
        # A roster surname is not an unlisted first name ("A. Dunmore (6R)" is an initial and a surname).
        self._roster_words = self._roster_given | frozenset(
            w for sn in self._names.surname_norm if sn for w in sn.split()
        )

    def find(self, ctx: PostContext) -> list[Hit]:
        hits: list[Hit] = []
        # Every initials and unlisted-name match has its form or year group. A post whose only group word is
        # "year" ("this year") and that has no digit has none: the two searches over the text are skipped.
        group_words = self._group_words.intersection(ctx.folded_words)
        group = bool(group_words) and (
            not group_words <= self._p.year_only_words or _ANY_DIGIT(ctx.text) is not None
        )
        if "initials" in self.kinds and group:
            hits.extend(self._initials(ctx))
        if "partial" in self.kinds and self._partial_triggers.present_in_text(ctx.text, ctx.words, _NO_MARKS):
            hits.extend(self._partial(ctx))
        if not self.kinds.isdisjoint(("unlisted", "misspelt")) and group:
            hits.extend(self._unlisted(ctx))
        if "description" in self.kinds and not self._description_words.isdisjoint(ctx.folded_words):
            hits.extend(self._descriptions(ctx))
        if "description" in self.kinds and any(bag <= ctx.folded_words for bag in _ROLE_BAGS):
            hits.extend(self._roles(ctx))
        hits.sort(key=lambda h: (h.start or 0, -((h.end or 0) - (h.start or 0))))
        kept = drop_overlaps(hits)
        if self._name_forms == "include":
            return kept
        wanted = self._name_forms == "only"
        return [h for h in kept if _is_name_form(h) is wanted]

    def _group_written(self, ctx: PostContext, m: re.Match[str]) -> bool:
        """Is the match's group a form or year group as written ("Nina from Willow Lane" is no form)?"""
        forms = self._p.word_forms
        if not forms or m.group("group").casefold() not in forms:
            return True
        return class_follows(lower_same_length(ctx.text), m.end("group"), forms)

    def _initials(self, ctx: PostContext) -> Iterable[Hit]:
        for m in self._p.initials_memo.get(ctx, self._initials_matches):
            if not self._group_written(ctx, m):
                continue
            first, second = m.group(1), m.group(2)
            if first in "IA" and second is None and "." not in m.group(0)[:3]:
                continue  # "I in 5B", "A in Year 6": a pronoun or an article, not an initial
            group = _group_key(m.group("group"))
            candidates = [
                p for i, p in self._p.by_group.get(group, [])
                if first.casefold() in self._names.initials[i]
                and (second is None or (p.last_name or " ")[0].upper() == second)
            ]
            yield self._hit(m.start(), m.end(), "initials", candidates, 0.9, letters=1 if second is None else 2)

    def _initials_matches(self, ctx: PostContext) -> list[re.Match[str]]:
        return list(self._p.initials.finditer(ctx.text))

    def _unlisted_matches(self, ctx: PostContext) -> list[re.Match[str]]:
        return list(self._p.unlisted.finditer(ctx.text))

    def _partial(self, ctx: PostContext) -> Iterable[Hit]:
        mentions = self._names.analyse_for(ctx, _PARTIAL)
        if mentions is None:
            return  # no Doc for a post that cannot hold a partial name
        for mention in mentions:
            if mention.form != "partial":
                continue
            people = [self._names.people[i] for i in mention.people]
            people = [p for p in people if p.id != ctx.post.author_id]
            if people:
                yield self._hit(mention.start, mention.end, "partial", people, 0.9)

    def _unlisted(self, ctx: PostContext) -> Iterable[Hit]:
        roster_given = self._roster_words
        for m in self._p.unlisted_memo.get(ctx, self._unlisted_matches):
            if not self._group_written(ctx, m):
                continue
            word = m.group(1).casefold()
            before = _WORD_BEFORE.search(ctx.text, max(0, m.start(1) - 30), m.start(1))
            if before is not None and f"{before.group(1).casefold()}{before.group(2)}{word}" in roster_given:
                continue  # "Lily-Mae in 1L1": the end of a roster given name of two words, not an unlisted "Mae"
            # A capitalised word too rare to be English ("Hiba in 9B") is a name the package's list lacks; school
            # subjects and everyday words ("Maths in 9B", "Chaos in 9B") are far above the line.
            if word in roster_given or (word not in self._given and zipf(word) >= _RARE_NAME_ZIPF):
                continue
            if word.endswith("s") and _COUNTED.search(ctx.text, max(0, m.start() - 16), m.start()):
                continue  # "14 Gruffalos in Rowan class": things counted, not a child
            # Beside the form or year group it names, a misspelling of a pupil's own given name is that pupil.
            misspelt = self._misspelt(word, _group_key(m.group("group")))
            if misspelt:
                if "misspelt" in self.kinds:
                    yield self._hit(m.start(1), m.end(1), "misspelt", misspelt, 0.85)
            elif "unlisted" in self.kinds:
                yield self._hit(m.start(), m.end(), "unlisted", [], 0.8)

    def _misspelt(self, word: str, group: str) -> list[Person]:
        """The one pupil of ``group`` whose given name (not a package nickname) ``word`` may be a spelling of."""
        names = self._names
        found = [
            p for i, p in self._p.by_group.get(group, [])
            if any(given_equal(word, g) for g in names.given_norm[i] - names.nick_only[i] if len(g) >= 4)
        ]
        return found if len(found) == 1 else []

    def _descriptions(self, ctx: PostContext) -> Iterable[Hit]:
        norm = ctx.norm
        for m in self._p.description.finditer(norm.folded):
            if m.group("noun") is not None and _PLURAL.search(m.group(0)):
                continue  # "the Year 6 who helped at the fair were brilliant": a year group, nobody singled out
            s, e = norm.to_original(m.start(), m.end())
            while e > s and ctx.text[e - 1] in " ,;:-":
                e -= 1
            yield self._hit(s, e, "description", [], 0.85)

    def _roles(self, ctx: PostContext) -> Iterable[Hit]:
        norm = ctx.norm
        for m in self._p.role.finditer(norm.folded):
            s, e = norm.to_original(m.start(), m.end())
            yield self._hit(s, e, "description", [], 0.8)

    @staticmethod
    def _hit(
        start: int, end: int, kind: str, people: list[Person], confidence: float, *, letters: int = 0
    ) -> Hit:
        subject = subject_of(people[0]) if len(people) == 1 else None
        label = {
            "initials": "initials with a form or year group",
            "partial": "a first name with a surname initial",
            "unlisted": "a first name with a form or year group",
            "misspelt": "a misspelt first name with the pupil's form or year group",
            "description": "a description that singles out one child",
        }[kind]
        evidence = {"kind": kind, "candidates": str(len(people))}
        if letters:
            evidence["letters"] = str(letters)
        return Hit(start, end, label=label, confidence=confidence, subject=subject, evidence=evidence)


def _is_name_form(hit: Hit) -> bool:
    """A partial name, or initials of two letters that fit at least one pupil of the form or year: a name form of
    a roster person rather than a detail."""
    kind = hit.evidence.get("kind")
    if kind in ("partial", "misspelt"):
        return True
    return kind == "initials" and hit.evidence.get("letters") == "2" and hit.evidence.get("candidates") != "0"
