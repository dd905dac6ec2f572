"""The school itself in a post, and what ties a post to the school (the context people rules need).

:class:`SchoolIndex` (one per profile, shared) finds

- the school: its name and aliases (word-aware, on the normalised text; an alias of four letters or fewer,
  such as ``HGA``, must be written in capitals, so the word "hga" in another language or a username does not
  count), its handles, hashtags and websites (``hollinsgreen.example.sch.uk``, with or without scheme, ``www.``
  or a path). With ``include_bio`` the account bio is searched as well. The school's short name, its name
  without the words that say what kind of school it is ("Larkfield" of "Larkfield Church of England Primary
  School"), counts where a school is meant: after at/from/joined/left, or before "'s children/staff/class...";
  never before a capitalised word or a place's noun ("Larkfield Road"), and never for a school named after a
  saint or a church.
- context cues (:class:`Cues`): which forms (``5B``) and year groups (``Year 5``, ``Y5``, ``Yr 5``, Reception,
  also when people.csv gives Reception as year group 0) are written, and whether the post uses pupil words, work
  words or staff words (lists below). A form named by a word ("Heron", "Robin") is written only capitalised and
  called a class or a group ("Heron class", "Rowan and Willow classes", "Tern group", "my Tern lot"); alone it is a
  bird, a tree or a person.

What counts as school context for a bare first name (documented contract, used by ``roster``):

=========  =======================================================================================  ============
level      what is in the post                                                                       counts for
=========  =======================================================================================  ============
``form``   the named person's own form or year group (``Amelia ... 5B``)                              everyone
``school`` the school named (name, alias, handle, hashtag, website); any roster form or year group;  everyone
           a pupil phrase (``my class``, ``our pupils``, ``pupil of the week``, ``in assembly``...;
           at a college, also ``from college``, ``back to college``);
           a setting phrase (``in a PRU``, ``wet play``, ``tutor time``: names only, not activities);
           one of the school's own events tied to it (``roster`` module docstring)
``work``   a work phrase (``colleague``, ``staff meeting``, ``INSET``, ``my TA``, ``SLT``, ``marking``)  staff only
``none``   none of these                                                                             nobody
=========  =======================================================================================  ============

The ``school`` detector reports the school's mentions themselves (label: which kind of mention).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final

from smscreen.detectors.base import (
    WORD,
    Hit,
    PostContext,
    Triggers,
    drop_overlaps,
    register_detector,
    require_profile,
    tag_pattern,
)
from smscreen.detectors.names import (
    HANDLE_RE,
    PostMemo,
    class_follows,
    known_handle,
    lower_same_length,
    normalise_phrase,
    per_profile,
    tokenizer,
    words_of,
)
from smscreen.profile.model import SchoolProfile, normalise_handle

__all__ = ["Cues", "SchoolDetector", "SchoolIndex", "SchoolMention", "school_index", "written_as_form"]

# Phrases that put a post in a school setting about pupils.
PUPIL_PHRASES: Final = (
    "pupil",
    "pupils",
    "student",
    "students",
    "my class",
    "our class",
    "the class",
    "in class",
    "my form",
    "our form",
    "form group",
    "tutor group",
    "my tutor group",
    "classroom",
    "playground",
    "assembly",
    "register",
    "seating plan",
    "lesson",
    "lessons",
    "homework",
    "star of the week",
    "pupil of the week",
    "student of the week",
    "reading award",
    "head teacher's award",
    "headteacher's award",
    "golden time",
    "house points",
    "house point",
    "merit",
    "merits",
    "detention",
    "at school",
    "our school",
    "my school",
    "the school",
    "school council",
    "sats",
    "phonics",
    "spelling test",
    "spelling bee",
    "times tables",
    "year group",
    "reception class",
    "key stage",
    "ks1",
    "ks2",
    "eyfs",
    "my year",
    "our year",
    "the children",
    "my children in",
    "our children",
    "my kids in class",
    "my little ones",
    "my lot",
    "class of",
    "in my class",
    "from my class",
    "my pupils",
    "our pupils",
    "my students",
    "our students",
    "school trip",
    "class trip",
    "sports day",
    "parents evening",
    "parents' evening",
    "school play",
    "nativity",
    "school council",
    "football team",
    "netball team",
    "school choir",
    "after-school club",
    "after school club",
    "breakfast club",
    "lunchtime",
    "break time",
    "in school",
    "back to school",
    "this term",
    "last term",
    "next term",
    "half term",
    # Secondary school life.
    "ucas",
    "mocks",
    "mock exam",
    "mock exams",
    "revision session",
    "sixth form",
    "ks3",
    "ks4",
    "ks5",
    "post-16",
    "post 16",
    # Special-school life: a pupil's plans and equipment, written about by the staff who work with them. Only what
    # is a child's at school: not "care plan", "walking frame", "physio session", "Makaton" or "pecs", which are
    # an adult's, a baby-signing class's or the gym's as often.
    "ehcp",
    "ehc plan",
    "iep",
    "seizure plan",
    "standing frame",
    "eye gaze",
    "eye-gaze",
    "communication board",
    "communication book",
    "aac device",
    "sensory room",
    "sensory circuit",
    "hydro session",
    # Early years: a key person's group of children
    "key group",
    "key children",
    "key child",
    # Small-group teaching and a school's pupils by what they do there (not "our cadets", "our young people", "extra
    # maths" or "debate team": a cadet squadron's, a youth club's, a tutor's and a university's as often)
    "intervention group",
    "booster group",
    "our debaters",
    "sixth formers",
    # a sixth form's and a college's two years, as their teachers call them
    "my first years",
    "my second years",
    "our first years",
    "our second years",
)

# School life that ties a first name to the school as a pupil phrase does, but does not make a generic activity the
# school's ("World Book Day in a PRU" is talk about the sector): a pupil referral unit, and a school day's routines
# that only its staff write about (not a parent's "PE kit", "spellings", "uniform" or "GCSE results", whose child may
# be at another school and share a pupil's name; nor a bare "Pru", a name).
SETTING_PHRASES: Final = (
    "a pru",
    "the pru",
    "our pru",
    "pupil referral unit",
    "tutor time",
    "form time",
    "my tutees",
    "carpet time",
    "circle time",
    "wet play",
    "internal exclusion",
    "isolation room",
)

# Phrases about working in a school (they tie a colleague's first name to work, not a pupil's).
WORK_PHRASES: Final = (
    "colleague",
    "colleagues",
    "staff",
    "staffroom",
    "staff room",
    "staff meeting",
    "inset",
    "inset day",
    "slt",
    "smt",
    "headteacher",
    "head teacher",
    "deputy head",
    "acting head",
    "executive head",
    "head of school",
    "the head",
    "our head",
    "senco",
    "my ta",
    "our ta",
    "teaching assistant",
    "hlta",
    "department",
    "ppa",
    "marking",
    "break duty",
    "lunch duty",
    "on duty",
    "cover",
    "ofsted",
    "observation",
    "appraisal",
    "cpd",
    "training day",
    "at work",
    "work",
    "workload",
    "mentor",
    "ect",
    "nqt",
    "trust",
    "governors",
    "governor",
    "parents evening",
    "parents' evening",
    "classroom",
    "lesson",
    "lessons",
    "teaching",
    "taught",
    "teach",
    "teacher",
    "teachers",
    "team",
    "school",
    "pupils",
    "my class",
    "planning",
    "report writing",
    "reports",
    "invigilation",
    "invigilating",
    "invigilator",
    "invigilators",
)

# What a college's own students and staff call it, as a school's say "at school": "from college", "back to college".
# Only for a school that is a college: elsewhere "college" is a sixth form's, a university's or a further
# education college's, where a pupil's older brother or a parent may be.
_COLLEGE_PHRASES: Final = ("at college", "from college", "back to college", "our college")


_UNIVERSITY: Final = frozenset({"uni", "university", "undergrads", "undergraduates", "lecture", "lectures"})


def own_word_phrases(name: str) -> tuple[str, ...]:
    """The pupil phrases a school's kind adds to :data:`PUPIL_PHRASES` (a sixth-form college's "at college")."""
    return _COLLEGE_PHRASES if re.search(r"\bcollege\b", name, re.IGNORECASE) else ()


_YEAR_RE: Final = re.compile(
    r"(?<![\w])(?:year|yr|y)\s?(1[0-3]|[1-9])s?(?![\w])|(?<![\w])(reception|nursery)(?:\s+class)?(?![\w])"
    # the sixth form's two years as grammar and independent schools name them
    r"|(?<![\w])(lower|upper)\s+sixth(?:\s+form)?(?![\w])"
)
# Every word a _YEAR_RE match can contain first: "year 6", "yr6", "y6s", "reception", "upper sixth".
_YEAR_GATE: Final = frozenset(
    {"year", "yr", "y", "reception", "nursery", "lower", "upper"}
    | {f"{p}{n}{s}" for p in ("year", "yr", "y") for n in range(1, 14) for s in ("", "s")}
)
_WEBSITE_TAIL: Final = r"(?:/[^\s<>\"')\]]*)?"
_HASHTAG: Final = re.compile(r"(?<![\w#&])#(\w{2,80})")


@dataclass(frozen=True, slots=True)
class SchoolMention:
    start: int | None  # original offsets; None for a mention in the bio
    end: int | None
    kind: str  # name | alias | handle | hashtag | website
    text: str
    in_bio: bool = False


@dataclass(slots=True)
class Cues:
    """What in one post ties it to the school (see the module docstring)."""

    school: list[SchoolMention] = field(default_factory=list)
    bio_school: list[SchoolMention] = field(default_factory=list)
    forms: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # FORM (upper) -> original spans
    years: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # year group ("5", "R") -> spans
    pupil_phrases: list[tuple[int, int]] = field(default_factory=list)
    work_phrases: list[tuple[int, int]] = field(default_factory=list)
    setting_phrases: list[tuple[int, int]] = field(default_factory=list)  # SETTING_PHRASES: for names only

    @property
    def school_context(self) -> bool:
        return bool(self.school or self.forms or self.years or self.pupil_phrases or self.setting_phrases)

    @property
    def work_context(self) -> bool:
        return bool(self.work_phrases)

    def level_for(self, form: str | None, year: str | None, role: str) -> str:
        """The context level a mention of a person with this form/year and role gets in this post."""
        if (form and form.upper() in self.forms) or (year and year.upper() in self.years and role != "staff"):
            return "form"
        if self.school_context:
            return "school"
        if self.work_context and role in ("staff", "governor"):
            return "work"
        return "none"


def school_index(profile: SchoolProfile) -> SchoolIndex:
    return per_profile("school", profile, SchoolIndex)


def _alias_regex(phrases: Iterable[str]) -> re.Pattern[str] | None:
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = [re.escape(w) for w in phrase.split()]
        if words:
            parts.append(r"\s+".join(words))
    if not parts:
        return None
    return re.compile(r"(?<![\w@#])(?:" + "|".join(parts) + r")(?:'s|’s)?(?![\w])")


class SchoolIndex:
    """The school's names and the context vocabulary, compiled once per profile."""

    def __init__(self, profile: SchoolProfile) -> None:
        from spacy.matcher import PhraseMatcher

        info = profile.school
        self.profile = profile
        names = {normalise_phrase(info.name).strip(): "name"}
        for alias in info.aliases:
            names.setdefault(normalise_phrase(alias).strip(), "alias")
        self._names = {k: v for k, v in names.items() if k}
        # Short acronyms ("HGA") must be capitals in the original; everything else is case-insensitive.
        self._short = {
            normalise_phrase(a).strip() for a in (info.name, *info.aliases) if len(a.strip()) <= 4 and " " not in a
        }
        self._name_re = _alias_regex(self._names)
        # The name without its kind ("Larkfield" of "Larkfield Church of England Primary School"), which staff and
        # parents write for the school. It is often a place's name too ("St Aldhelm's, Larkfield", "Larkfield
        # Road"), so it counts only where a school is meant: "at/from Larkfield", "Larkfield's children".
        core = _core_name(info.name)
        # Every name the school goes by, normalised: an event named with one is the school's own.
        self.own_names: frozenset[str] = frozenset(self._names) | ({core} if core else frozenset())
        self._core_re = (
            re.compile(r"(?<![\w@#])(" + r"\s+".join(re.escape(w) for w in core.split()) + r")(?![\w])")
            if core and core not in self._names
            else None
        )
        self._bio_name_re = re.compile(
            r"(?<![\w@#])(?:"
            + "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in (info.name, *info.aliases))
            + r")(?![\w])",
            re.IGNORECASE,
        )
        handles = {normalise_handle(h) for h in info.handles}
        handles |= {normalise_handle(a.handle) for a in profile.official_accounts}
        self.handles = frozenset(handles)
        self.hashtags = frozenset(h.lstrip("#").casefold() for h in info.hashtags)
        sites = [
            re.escape(w.casefold().removeprefix("https://").removeprefix("http://").strip("/")) for w in info.websites
        ]
        self.site_re = (
            re.compile(r"(?:https?://)?(?:www\.)?(?:" + "|".join(sites) + r")" + _WEBSITE_TAIL, re.IGNORECASE)
            if sites
            else None
        )
        self.forms = frozenset(p.form.casefold() for p in profile.people if p.form)
        self.years = frozenset(p.year_group.casefold() for p in profile.people if p.year_group)
        self._form_re = (
            re.compile(
                r"(?<![\w])("
                + "|".join(re.escape(f) for f in sorted(self.forms, key=len, reverse=True))
                + r")(?:'s|s)?(?![\w])",
                re.IGNORECASE,
            )
            if self.forms
            else None
        )
        # The forms' names alone, for _form_matches to find where a match of _form_re can start.
        self._form_probe = (
            re.compile("|".join(re.escape(f) for f in sorted(self.forms, key=len, reverse=True)), re.IGNORECASE)
            if self.forms
            else None
        )
        # Words each regex needs (as WORD tokens of the post's views): a post without any skips that regex.
        # Supersets by construction: a match always contains one of these words whole.
        self.name_gate = frozenset(w for n in self._names for w in WORD.findall(n.split()[0]))
        form_heads = {WORD.findall(f)[0] for f in self.forms if WORD.search(f)}
        self._form_gate = frozenset(form_heads | {h + "s" for h in form_heads})  # "5B", "5Bs", "5B's"
        self._site_keys = tuple(
            w.casefold().removeprefix("https://").removeprefix("http://").split(".")[0] for w in info.websites
        )
        nlp = tokenizer()
        self._cue_matcher = PhraseMatcher(nlp.vocab)
        pupil_phrases = PUPIL_PHRASES + own_word_phrases(info.name)
        cue_phrases = (*pupil_phrases, *WORK_PHRASES, *SETTING_PHRASES)
        for key, phrases in (("PUPIL", pupil_phrases), ("WORK", WORK_PHRASES), ("SETTING", SETTING_PHRASES)):
            docs = [nlp.make_doc(normalise_phrase(p).strip()) for p in dict.fromkeys(phrases)]
            self._cue_matcher.add(key, docs)
        self._pupil_id = nlp.vocab.strings["PUPIL"]
        self._setting_id = nlp.vocab.strings["SETTING"]
        words: set[str] = set()
        for name in self._names:
            words |= set(WORD.findall(name))
        words |= set(self.hashtags) | set(self.handles)
        for site in info.websites:
            words |= set(WORD.findall(site.casefold()))
        self.trigger_words = frozenset(w for w in words if len(w) >= 3)
        cue_words: set[str] = set()
        for p in cue_phrases:
            cue_words |= set(WORD.findall(normalise_phrase(p)))
        self.cue_words = frozenset(cue_words) | self.forms | {"year", "yr", "reception", "nursery"}
        # The school's @handles and #hashtags as written in a post (an "@" or "#" alone opens every reply and
        # most posts on X).
        handles_re, hashtags_re = tag_pattern("@", self.handles), tag_pattern("#", self.hashtags)
        self.tag_triggers = Triggers(
            at_patterns=(handles_re,) if handles_re is not None else (),
            hash_patterns=(hashtags_re,) if hashtags_re is not None else (),
        )
        # Every word without which a post can have no cue at all (the school named, a form, a year group, a
        # pupil or work phrase), plus the marks of the school's handles and hashtags: ``level_for`` is "none"
        # for a post with none of them.
        self.context_triggers = self.tag_triggers | Triggers(
            words=self.forms | self.trigger_words | self.name_gate | self._form_gate | _YEAR_GATE | {"sch"},
            phrases=frozenset(frozenset(WORD.findall(normalise_phrase(p))) for p in cue_phrases),
        )
        self._mentions_memo: PostMemo[list[SchoolMention]] = PostMemo()
        self._cues_memo: PostMemo[Cues] = PostMemo()
        self._bio_groups: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    # -- the school ---------------------------------------------------------------------------------------

    def mentions(self, ctx: PostContext) -> list[SchoolMention]:
        """The school's mentions in the post text (memoised per post)."""
        return self._mentions_memo.get(ctx, self._mentions)

    def _mentions(self, ctx: PostContext) -> list[SchoolMention]:
        out: list[SchoolMention] = []
        text = ctx.text
        if self._name_re is not None and not self.name_gate.isdisjoint(ctx.words):
            for m in self._name_re.finditer(ctx.norm.text):
                matched = m.group(0)
                for suffix in ("'s", "’s"):
                    matched = matched.removesuffix(suffix)
                s, e = ctx.norm.to_original(m.start(), m.start() + len(matched))
                core = " ".join(matched.split())
                if core in self._short and not text[s:e].isupper():
                    continue
                if s > 0 and text[s - 1] in "@#":
                    continue
                out.append(SchoolMention(s, e, self._names.get(core, "alias"), text[s:e]))
        if self._core_re is not None and not self.name_gate.isdisjoint(ctx.words):
            out.extend(self._core_mentions(ctx))
        out.extend(self._tags(text, in_bio=False))
        out.sort(key=lambda m: m.start or 0)
        return drop_overlaps(out)

    def _core_mentions(self, ctx: PostContext) -> Iterator[SchoolMention]:
        assert self._core_re is not None
        norm, text = ctx.norm.text, ctx.text
        for m in self._core_re.finditer(norm):
            s, e = ctx.norm.to_original(m.start(1), m.end(1))
            if self._core_at(text, s, e):
                yield SchoolMention(s, e, "alias", text[s:e])

    @staticmethod
    def _core_at(text: str, s: int, e: int) -> bool:
        """Does the short name written at ``text[s:e]`` mean the school?"""
        if not text[s:e][:1].isupper():
            return False  # a school's name is written with capitals
        after = _CORE_AFTER.match(text, e)
        if after is None or after.group("other"):
            return False  # "Larkfield Road", "Larkfield Rugby Club": another thing of that name
        before = text[max(0, s - 12) : s].casefold()
        return bool(after.group("school")) or _CORE_BEFORE.search(before) is not None

    def _tags(self, text: str, *, in_bio: bool) -> list[SchoolMention]:
        out: list[SchoolMention] = []
        if "@" in text:
            for m in HANDLE_RE.finditer(text):
                found = known_handle(m, self.handles)
                if found is not None:
                    out.append(_at(m.start(), found[1], "handle", text[m.start() : found[1]], in_bio))
        if "#" in text:
            for m in _HASHTAG.finditer(text):
                if m.group(1).casefold() in self.hashtags:
                    out.append(_at(m.start(), m.end(), "hashtag", m.group(0), in_bio))
        if self.site_re is not None and "." in text and any(k in text.lower() for k in self._site_keys):
            for m in self.site_re.finditer(text):
                end = m.end()
                while end > m.start() and text[end - 1] in ".,;:!?":
                    end -= 1
                out.append(_at(m.start(), end, "website", text[m.start() : end], in_bio))
        return out

    def bio_mentions(self, ctx: PostContext) -> list[SchoolMention]:
        """The school's mentions in the account bio (start/end None: they are not in the post)."""
        bio = ctx.post.account.bio
        if not bio:
            return []
        out = self._tags(bio, in_bio=True)
        for m in self._bio_name_re.finditer(bio):
            word = m.group(0)
            if normalise_phrase(word).strip() in self._short and not word.isupper():
                continue
            out.append(SchoolMention(None, None, "name", word, in_bio=True))
        return out

    def bio_spans(self, bio: str) -> list[tuple[int, int]]:
        """Offsets of the school's mentions inside a bio (for the self-identification patterns)."""
        spans = [(m.start, m.end) for m in self._tags(bio, in_bio=False) if m.start is not None and m.end is not None]
        for m in self._bio_name_re.finditer(bio):
            if normalise_phrase(m.group(0)).strip() in self._short and not m.group(0).isupper():
                continue
            spans.append((m.start(), m.end()))
        if self._core_re is not None:
            # The short name where a school is meant, as in a post: "Music teacher & choir at Lantern Street".
            folded = lower_same_length(bio)
            for m in self._core_re.finditer(folded):
                s, e = m.start(1), m.end(1)
                if self._core_at(bio, s, e) and not any(a < e and s < b for a, b in spans):
                    spans.append((s, e))
        return sorted(spans)

    def bio_groups(self, bio: str) -> tuple[frozenset[str], frozenset[str]]:
        """The forms (upper case) and year groups a bio names, written as a post would name them ("Year 6
        teacher", "Heron class TA"). Memoised per bio: an account's posts share one."""
        found = self._bio_groups.get(bio)
        if found is None:
            folded = lower_same_length(bio)
            forms = frozenset(form for form, _ in self._forms_in(bio, folded, _same_offsets, in_post=False))
            years = frozenset(group for group, _ in _years_in(folded, _same_offsets))
            if len(self._bio_groups) >= _BIO_MEMO_SIZE:
                self._bio_groups.clear()  # a long-running service meets new accounts for ever: bound the memo
            found = self._bio_groups.setdefault(bio, (forms, years))
        return found

    def _forms_in(
        self, text: str, folded: str, to_text: Callable[[int, int], tuple[int, int]], *, in_post: bool = True
    ) -> Iterator[tuple[str, tuple[int, int]]]:
        """The forms written in ``text`` (found in its lower-case view ``folded``, whose offsets ``to_text`` maps
        back), upper case, with their spans in ``text``. ``in_post``: a post, where a child's name and "in" before
        a form's word makes it the form ("Zofia in Hedgehogs"); a bio has no child's name."""
        if self._form_re is None:
            return

        def capital(at: int) -> bool:
            start = to_text(at, at + 1)[0]
            return text[start : start + 1].isupper()

        for m in self._form_matches(folded):
            s, e = to_text(m.start(1), m.end(1))
            original = text[s:e]
            if written_as_form(original, folded, m.end(), self.forms, capital_at=capital) or (
                in_post and original[:1].isupper() and _form_after_name(text, s, e)
            ):
                yield original.upper(), (s, e)

    def _form_matches(self, folded: str) -> Iterator[re.Match[str]]:
        """``_form_re.finditer(folded)``, with the pattern tried only where some form's name starts (where
        ``_form_probe`` matches): every match of it starts with one. Its lookbehind comes first, so its own search
        tries every character, at three times the cost of the probe's scan and a few matches."""
        assert self._form_re is not None and self._form_probe is not None
        match, probe = self._form_re.match, self._form_probe.search
        pos = 0
        while (candidate := probe(folded, pos)) is not None:
            m = match(folded, candidate.start())  # the lookbehind still sees the text before
            if m is None:
                pos = candidate.start() + 1  # a form may start inside the one found ("10A" and "0A")
            else:
                yield m
                pos = m.end()

    # -- context ------------------------------------------------------------------------------------------

    def may_have_groups(self, ctx: PostContext) -> bool:
        """Can the post name a form or a year group at all (the gates of the cue pass)?"""
        words = ctx.folded_words
        return not self._form_gate.isdisjoint(words) or not _YEAR_GATE.isdisjoint(words)

    def cues(self, ctx: PostContext) -> Cues:
        """What ties this post to the school (memoised per post)."""
        return self._cues_memo.get(ctx, self._cues)

    def _cues(self, ctx: PostContext) -> Cues:
        cues = Cues(school=self.mentions(ctx))
        folded = ctx.norm.folded
        if not self._form_gate.isdisjoint(ctx.folded_words):
            for form, span in self._forms_in(ctx.text, folded, ctx.norm.to_original):
                cues.forms.setdefault(form, []).append(span)
        if not _YEAR_GATE.isdisjoint(ctx.folded_words):
            for group, span in _years_in(folded, ctx.norm.to_original):
                cues.years.setdefault(group, []).append(span)
        if not self.cue_words.isdisjoint(ctx.words):
            doc = ctx.doc
            for match_id, s, e in self._cue_matcher(doc):
                if s > 0 and doc[s - 1].lower_ == "driving" and doc[s].lower_ in ("lesson", "lessons"):
                    continue  # "Tegan's first driving lesson": nobody's school
                if doc[e - 1].lower_ == "college" and e < len(doc) and doc[e].lower_ in ("in", "of", "tonight"):
                    continue  # "started at college in Manchester": a college somewhere else
                if doc[e - 1].lower_ == "years" and not _UNIVERSITY.isdisjoint(ctx.words):
                    continue  # "my first years from uni": a university's
                # Character offsets from the first and last tokens: a Span object costs five times as much.
                last = doc[e - 1]
                o = ctx.norm.to_original(doc[s].idx, last.idx + len(last))
                (
                    cues.pupil_phrases if match_id == self._pupil_id
                    else cues.setting_phrases if match_id == self._setting_id else cues.work_phrases
                ).append(o)
        return cues


_BIO_MEMO_SIZE: Final = 4096

# Words that say what kind of school a name is, left out of its short name.
_SCHOOL_KIND_WORDS: Final = words_of(
    """
    the church of england ce cofe c e rc roman catholic methodist primary secondary junior infant infants nursery
    first middle high upper lower grammar community foundation free village school schools academy college
    federation trust and
    """
)


_DEDICATION_WORDS: Final = frozenset({"st", "st.", "saint", "saints", "holy", "our", "christ", "blessed", "sacred"})


def _core_name(name: str) -> str:
    """The school's name without the words that say what kind of school it is, in the normalised view: "larkfield"
    of "Larkfield Church of England Primary School"; "" when nothing distinctive is left (4 letters or fewer,
    as short names are everyday words more often)."""
    words = normalise_phrase(name).split()
    kept = [w for w in words if w not in _SCHOOL_KIND_WORDS]
    if kept and kept[0] in _DEDICATION_WORDS:
        return ""  # "St Mary's", "Holy Trinity": the church's name as much as the school's
    core = " ".join(kept)
    return core if len(core.replace(" ", "")) > 4 and len(kept) < len(words) else ""


# After a short name: a possessive of what a school has ("Larkfield's children") makes it the school; a capitalised
# word or a place's noun ("Larkfield Road", "Larkfield Rugby Club", "Larkfield village") makes it something else.
_CORE_AFTER: Final = re.compile(
    r"(?P<school>(?:'s|’s)\s+(?:children|kids|pupils|staff|teachers|families|parents|classes|class|choir|team|"
    r"pta|governors|head|headteacher|reception|nativity|sports\s+day)\b)"
    r"|(?P<other>(?:'s|’s)?[\s-]+(?:[A-Z][\w'’-]*|road|lane|street|avenue|close|way|drive|park|village|town|"
    r"parish|church|club|fc|rugby|football|cricket|golf|hall|estate|surgery|library|station|"
    r"war|memorial|cenotaph|gala|kirk|market|harbour|square|beach)\b)"
    r"|(?:'s|’s)?"
)
# Before a short name: words that make it a place people go to or come from.
_CORE_BEFORE: Final = re.compile(
    r"\b(?:at|from|joined|joining|join|leaving|left)\s+(?:the\s+)?$"
)


def _same_offsets(start: int, end: int) -> tuple[int, int]:
    return start, end


def _years_in(folded: str, to_text: Callable[[int, int], tuple[int, int]]) -> Iterator[tuple[str, tuple[int, int]]]:
    """The year groups a lower-case text names ("6", "R" for Reception, "N" for Nursery, "12" and "13" for the
    Lower and Upper Sixth), with their spans mapped by ``to_text``; Reception also as "0", the year group
    people.csv may give it."""
    for m in _YEAR_RE.finditer(folded):
        if m.group(3):
            group = "12" if m.group(3) == "lower" else "13"
        else:
            group = m.group(1) or ("R" if m.group(2) == "reception" else "N")
        span = to_text(m.start(), m.end())
        yield group.upper(), span
        if group == "R":
            yield "0", span


def written_as_form(
    original: str, folded: str, end: int, forms: Container[str], *, capital_at: Callable[[int], bool] | None = None
) -> bool:
    """Is a form's name, as written, the form? "5b" is a form only written the way forms are (digit + capital
    letter, or a capitalised word: "10 Teresa"). A form named by a word ("Heron", "Robin") is one only
    capitalised and called a class ("Heron class", "Robin and Wren classes"; ``end``: where it ends in
    ``folded``); alone it is a bird, a tree or a person. A form whose own name says class ("Blue class") needs only
    its capital."""
    if any(ch.isdigit() for ch in original):
        # Its letters start with a capital: "5B", "7HMA", "10 Teresa" (not "5b", a size, nor "10 teresa").
        letter = next((ch for ch in original if ch.isalpha()), "")
        return letter.isupper()
    if not original[:1].isupper():
        return False
    return _CLASS_IN_NAME.search(original) is not None or class_follows(folded, end, forms, capital_at=capital_at)


def _form_after_name(text: str, start: int, end: int) -> bool:
    """Is the capitalised word at ``text[start:end]`` (a form named by a word) written as a child's class: right
    after a name and "in", and not followed by another capitalised word or a place's noun ("Zofia in Hedgehogs
    said...", not "a weekend in Barrow", "Alfie in Otters Pool" or "in Robin Hood's Bay")?"""
    return (
        _NAME_IN_BEFORE.search(text, max(0, start - 40), start) is not None
        and _NOT_A_CLASS_AFTER.match(text, end) is None
    )


_CLASS_IN_NAME: Final = re.compile(r"\s(?:class|group)$", re.IGNORECASE)
# A capitalised word (a name, not a sentence's first "In") and "in" just before: "Zofia in ", "Reuben F in ".
_NAME_IN_BEFORE: Final = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z]\.?)?\s+in\s+$")
# After it: another capitalised word ("Robin Hood"), a possessive ("Barrow's"), or a place's noun.
_NOT_A_CLASS_AFTER: Final = re.compile(
    r"(?:'s|’s)|\s+[A-Z]|[\s-]+(?:lane|road|street|st|avenue|close|drive|way|court|crescent|grove|park|gardens|"
    r"place|square|terrace|walk|view|rise|hill|wood|woods|house|hall|farm|centre|center|creek|bay|pool|valley|"
    r"town|city|village|school|primary|academy|college|church|chapel|club|pub|inn|hotel|cafe|café|museum|"
    r"beach|harbour|market)\b"  # (case-sensitive: "\s+[A-Z]" is a capital; the nouns capitalised are caught by it)
)


def _at(start: int, end: int, kind: str, text: str, in_bio: bool) -> SchoolMention:
    return SchoolMention(None if in_bio else start, None if in_bio else end, kind, text, in_bio)


@register_detector("school")
class SchoolDetector:
    """The school's name, aliases, handles, hashtags and websites in a post.

    Options: ``include_bio`` (default false): also report mentions in the account bio, as whole-post hits
    (start/end None) with ``evidence["where"] == "bio"``.
    """

    name: ClassVar[str]
    requires_profile: ClassVar[bool] = True

    def __init__(self, *, options: Mapping[str, Any], profile: SchoolProfile | None) -> None:
        profile = require_profile("school", profile, options, ("include_bio",))
        self._index = school_index(profile)
        self._bio = bool(options.get("include_bio", False))
        self.triggers = self._index.tag_triggers | Triggers(
            words=self._index.trigger_words | {"sch"}, fields=frozenset({"bio"}) if self._bio else frozenset()
        )

    def find(self, ctx: PostContext) -> list[Hit]:
        hits = [
            Hit(m.start, m.end, label=f"the school ({m.kind})", evidence={"kind": m.kind, "where": "post"})
            for m in self._index.mentions(ctx)
        ]
        if self._bio:
            seen = False
            for m in self._index.bio_mentions(ctx):
                if not seen:
                    hits.append(
                        Hit(
                            None,
                            None,
                            label=f"the school ({m.kind}, in the bio)",
                            evidence={"kind": m.kind, "where": "bio"},
                        )
                    )
                    seen = True
        return hits
