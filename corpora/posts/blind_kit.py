"""What the blind evaluation sets' generators share (``make_blind3_posts.py`` ... ``make_blind6_posts.py``): the
label codes, the account and post registers the generators fill, and the machinery that turns the marked posts
into records, checks them against a school profile and writes the set. The profile is the demo school's
(``corpora/hollins-green``) unless the generator passes another folder to ``main`` (``school=``) or calls
``load_school`` before building its posts.

Gold spans are marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no subject; the marked text may
span a line break); whole-post gold goes in ``w`` as ``cat`` or ``cat:SUBJECT`` words. ``main`` writes nothing
unless every check passes.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_SCHOOL = ROOT / "corpora" / "hollins-green"
SCHOOL = DEFAULT_SCHOOL

CATS = {
    "pr": "pupil-reference",
    "sr": "staff-reference",
    "par": "parent-reference",
    "ev": "event-reference",
    "si": "self-identification",
    "md": "missing-disclaimer",
    "id": "identifying-detail",
    "pc": "pupil-contact",
    "ua": "unapproved-account",
}
WHOLE_POST_ONLY = {"missing-disclaimer", "unapproved-account"}

# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

A = {}


def acct(key, kind, platform, handle, bio, author=None, disc=False, si_bio=False):
    A[key] = dict(kind=kind, platform=platform, handle=handle, bio=bio, author=author, disc=disc, si_bio=si_bio)


# Posts, in the order the generator writes them.

POSTS: list[dict] = []


def P(key, when, text, w="", re_=None, cn=(), nowork=False):
    POSTS.append(dict(acct=key, when=when, raw=text, w=w, reply=re_, conn=list(cn), nowork=nowork))


MARK = re.compile(r"\[\[(.+?)\|([^\]]*)\]\]", re.S)
HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*")
DISCLAIMER = re.compile(
    r"views?\s+(?:are\s+|is\s+)?(?:my own|mine)|my (?:own )?views?\b|opinions?\s+(?:are\s+)?(?:my own|mine|= mine)|= mine|"
    r"(?:my|own)\s+views|personal view|just my opinion|not my (?:school|employer)",
    re.IGNORECASE,
)
PHONE = re.compile(r"(?<!\d)(?:\+44\s?|0)\d[\d ]{8,12}\d(?!\d)")
# Ofcom's drama ranges used by the school profiles: mobiles, Leeds, Manchester, Bristol, Birmingham, London,
# Tyneside and the no-area 01632 range.
DRAMA_PHONE = re.compile(
    r"07700 ?900\d{3}|0113 ?496 ?0\d{3}|0161 ?496 ?0\d{3}|0117 ?496 ?0\d{3}|0121 ?496 ?0\d{3}|"
    r"020 ?7946 ?0\d{3}|0191 ?498 ?0\d{3}|01632 ?960 ?\d{3}"
)


def parse_codes(codes: str) -> list[tuple[str, str | None]]:
    out = []
    for word in codes.replace(",", " ").split():
        cat, _, subj = word.partition(":")
        if cat not in CATS:
            raise SystemExit(f"unknown category code {cat!r} in {codes!r}")
        out.append((CATS[cat], None if subj in ("", "-") else subj))
    return out


def build(post: dict) -> dict:
    raw, text, gold, marked = post["raw"], "", [], []
    pos = 0
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        start = len(text)
        text += m.group(1)
        for cat, subj in parse_codes(m.group(2)):
            gold.append({"category": cat, "start": start, "end": len(text), "subject": subj})
            marked.append(m.group(1))
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text:
        raise SystemExit(f"unbalanced marker in {raw!r}")
    for cat, subj in parse_codes(post["w"]):
        gold.append({"category": cat, "start": None, "end": None, "subject": subj})
        marked.append(None)
    a = A[post["acct"]]
    day, hm = post["when"].split()
    return {
        "text": text,
        "account": {"kind": a["kind"], "platform": a["platform"], "handle": a["handle"], "bio": a["bio"]},
        "author_id": a["author"],
        "created_at": f"{day}T{hm}:00Z",
        "in_reply_to": post["reply"],
        "connections": post["conn"],
        "mentions": HANDLE.findall(text),
        "gold": gold,
        "_marked": marked,
        "_acct": post["acct"],
        "_nowork": post["nowork"],
    }


# ---------------------------------------------------------------------------------------------------------
# The school profile (read with the standard library only)


def read_csv(name: str) -> list[dict]:
    with (SCHOOL / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _yaml_list(key: str) -> list[str]:
    """A one-line ``key: [a, "b"]`` list under ``school:`` in school.yaml (enough for the profiles used here)."""
    m = re.search(r"^\s+" + key + r":\s*\[(.*)\]\s*$", YAML, re.M)
    return [x.strip().strip('"') for x in m.group(1).split(",") if x.strip()] if m else []


def load_school(folder: Path) -> None:
    """Read the school profile in ``folder`` into this module's tables (the checks read them)."""
    global SCHOOL, PEOPLE, EVENTS, PERMS, LINKS, YAML, APPROVED, HANDLE_OWNER, SCHOOL_WORDS
    SCHOOL = Path(folder)
    PEOPLE = {r["id"]: r for r in read_csv("people.csv")}
    EVENTS = {r["id"]: r for r in read_csv("events.csv")}
    PERMS = read_csv("permissions.csv")
    LINKS = {(r["staff_id"], r["pupil_id"]) for r in read_csv("family_links.csv")}
    YAML = (SCHOOL / "school.yaml").read_text(encoding="utf-8")
    APPROVED = {(m.group(1).lower(), m.group(2).lower())
                for m in re.finditer(r"\{platform:\s*(\w+),\s*handle:\s*\"(@\w+)\"", YAML)}
    HANDLE_OWNER = {h.strip().lower(): pid for pid, r in PEOPLE.items() for h in r["handles"].split(";") if h.strip()}
    # the school's own names, for the reviewer warnings
    name = re.search(r"^\s+name:\s*(.+?)\s*$", YAML, re.M)
    words = {w.lower() for w in [name.group(1) if name else "", *_yaml_list("aliases"), *_yaml_list("handles"),
                                 *_yaml_list("hashtags"), *_yaml_list("websites")] if w}
    words |= {w.split(".")[0] + ".example" for w in _yaml_list("websites")}
    words |= {a.replace(" ", "").lower() for a in _yaml_list("aliases") if " " in a}
    if SCHOOL == DEFAULT_SCHOOL:  # the list the demo-school sets have always been reviewed with
        words |= {"hollins green", "hga", "#hgafamily", "#hollinsgreen", "@hollinsgreenacad", "hollinsgreen.example"}
    SCHOOL_WORDS = words


load_school(DEFAULT_SCHOOL)
ROLE_OK = {
    "pupil-reference": {"pupil", "former-pupil"},
    "pupil-contact": {"pupil", "former-pupil"},
    "identifying-detail": {"pupil", "former-pupil"},
    "staff-reference": {"staff", "governor"},
    "parent-reference": {"parent"},
}


def d(s: str) -> date:
    return date.fromisoformat(s)


def age_on(pid: str, day: date) -> int:
    b = d(PEOPLE[pid]["date_of_birth"])
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def permitted(subject: str, day: date, kind: str) -> bool:
    """A permission (scope covering the account kind, inclusive dates) or an approved event on that day."""
    for p in PERMS:
        if p["subject_id"] != subject or p["scope"] not in ("all", kind):
            continue
        if d(p["approved_on"]) <= day and (not p["expires_on"] or day <= d(p["expires_on"])):
            return True
    ev = EVENTS.get(subject)
    return bool(ev and ev["permission"] == "approved" and d(ev["approved_on"]) <= day)


def contactable(pid: str, day: date, author: str | None) -> bool:
    r = PEOPLE[pid]
    if r["role"] == "pupil":
        ok = True
    elif r["role"] == "former-pupil":
        ok = age_on(pid, day) < 18
    else:
        return False
    return ok and (author, pid) not in LINKS


# ---------------------------------------------------------------------------------------------------------
# Checks


def check(records: list[dict]) -> list[str]:
    errors: list[str] = []
    seen: dict[str, int] = {}
    for n, rec in enumerate(records):
        where = f"post {n} ({rec['_acct']} {rec['created_at']}): {rec['text'][:50]!r}"
        err = lambda msg: errors.append(f"{where}: {msg}")  # noqa: E731
        a = A[rec["_acct"]]
        text, gold, day = rec["text"], rec["gold"], d(rec["created_at"][:10])
        kind, author = a["kind"], a["author"]
        # dates, duplicates, phone numbers
        if not date(2025, 9, 1) <= day <= date(2026, 7, 20):
            err("date out of range")
        datetime.fromisoformat(rec["created_at"].replace("Z", "+00:00"))
        key = re.sub(r"\s+", " ", text.strip().lower())
        if key in seen:
            err(f"duplicate text (also post {seen[key]})")
        seen[key] = n
        for m in PHONE.finditer(text):
            if not DRAMA_PHONE.fullmatch(m.group(0)):
                err(f"phone number outside Ofcom's drama range: {m.group(0)}")
        # spans and subjects
        for g, marked in zip(gold, rec["_marked"]):
            cat, subj = g["category"], g["subject"]
            if g["start"] is None:
                if g["end"] is not None:
                    err("half-null span")
            else:
                if text[g["start"]:g["end"]] != marked or not marked:
                    err(f"span {g['start']}:{g['end']} is not the marked text {marked!r}")
                if marked != marked.strip():
                    err(f"span has outer spaces: {marked!r}")
            if cat in WHOLE_POST_ONLY and g["start"] is not None:
                err(f"{cat} must be whole-post")
            if cat == "pupil-contact" and g["start"] is not None:
                owner = HANDLE_OWNER.get(text[g["start"]:g["end"]].lower())
                if owner != subj:
                    err("pupil-contact span is not the subject's handle")
            if cat in ROLE_OK:
                if subj is None:
                    if cat != "identifying-detail":
                        err(f"{cat} needs a subject")
                elif subj not in PEOPLE or PEOPLE[subj]["role"] not in ROLE_OK[cat]:
                    err(f"{cat} subject {subj} missing or wrong role")
            elif cat == "event-reference":
                if subj is not None and subj not in EVENTS:
                    err(f"event {subj} not in events.csv")
            elif subj is not None:
                err(f"{cat} takes no subject")
            if subj and permitted(subj, day, kind):
                err(f"gold for {subj}, who/which is permitted on {day} for {kind} accounts")
            if subj == author and subj is not None:
                err("the author is not a reference to themselves")
        cats = [g["category"] for g in gold]
        # official accounts
        if kind == "official":
            approved = (a["platform"], a["handle"].lower()) in APPROVED
            if ("unapproved-account" in cats) == approved:
                err(f"unapproved-account gold wrong for {a['platform']} {a['handle']}")
            if cats.count("unapproved-account") > 1:
                err("two unapproved-account findings")
            for bad in ("self-identification", "missing-disclaimer", "pupil-contact"):
                if bad in cats:
                    err(f"{bad} on an official account")
            for g in gold:
                s = g["subject"]
                if s in PEOPLE and PEOPLE[s].get("media_consent") == "yes" and g["category"] == "pupil-reference":
                    err(f"media-consent pupil {s} labelled on an official account")
                if not approved and s and any(p["subject_id"] == s and p["scope"] == "official"
                                              and d(p["approved_on"]) <= day <= d(p["expires_on"]) for p in PERMS):
                    err("an official-scope permission subject on an unapproved account (left open on purpose)")
            if rec["in_reply_to"] or rec["connections"]:
                err("official posts here carry no replies or connections")
        else:
            if "unapproved-account" in cats:
                err("unapproved-account on a personal account")
        # contact: exactly what handles, ages and family links give
        expected: list[tuple[str, bool]] = []  # (pupil, handle in text)
        in_text = {h.lower() for h in rec["mentions"]}
        around = [h for h in [rec["in_reply_to"], *rec["connections"]] if h]
        for h in sorted(in_text | {h.lower() for h in around}):
            pid = HANDLE_OWNER.get(h)
            if pid and kind == "personal" and contactable(pid, day, author):
                expected.append((pid, h in in_text))
        if kind == "official" and any(HANDLE_OWNER.get(h, "").startswith("P") for h in in_text):
            err("pupil handle on an official account")
        if len(expected) > 1:
            err(f"more than one contacted pupil: {expected}")
        got = [(g["subject"], g["start"] is not None) for g in gold if g["category"] == "pupil-contact"]
        if sorted(got) != sorted(expected):
            err(f"pupil-contact gold {got} but handles/ages/links give {expected}")
        # every roster handle in the text is a reference, unless permitted or the author's own
        for h in rec["mentions"]:
            pid = HANDLE_OWNER.get(h.lower())
            if not pid or pid == author or permitted(pid, day, kind):
                continue
            spans = [g for g in gold if g["start"] is not None and text[g["start"]:g["end"]].lower() == h.lower()
                     and g["category"] in ("pupil-reference", "staff-reference", "parent-reference")
                     and g["subject"] == pid]
            if not spans:
                err(f"roster handle {h} without a reference span")
        # self-identification
        si_whole = [g for g in gold if g["category"] == "self-identification" and g["start"] is None]
        si_span = [g for g in gold if g["category"] == "self-identification" and g["start"] is not None]
        if a["si_bio"]:
            if len(si_whole) != 1 or si_span:
                err("a self-identifying bio gives exactly one whole-post self-identification and no spans")
        elif si_whole:
            err("whole-post self-identification without a self-identifying bio")
        # missing disclaimer
        staff_author = author is not None and PEOPLE[author]["role"] == "staff"
        has_disc = a["disc"] or bool(DISCLAIMER.search(text))
        if "missing-disclaimer" in cats:
            if kind != "personal" or not staff_author or has_disc:
                err("missing-disclaimer needs a staff author on a personal account with no disclaimer")
            if cats.count("missing-disclaimer") > 1:
                err("two missing-disclaimer findings")
        elif kind == "personal" and staff_author and not has_disc and not rec["_nowork"]:
            work = {"pupil-reference", "staff-reference", "event-reference", "self-identification",
                    "identifying-detail"}
            if work & {g["category"] for g in gold if g["start"] is not None}:
                err("discusses work (a pupil, colleague, event or the school) with no disclaimer: label "
                    "missing-disclaimer or mark nowork")
        if rec["_nowork"] and "missing-disclaimer" in cats:
            err("nowork post with missing-disclaimer")
        if DISCLAIMER.search(text) and a["disc"]:
            err("disclaimer in both bio and post (pointless)")
        if author is not None and author not in PEOPLE:
            err(f"author {author} not on the roster")
    return errors


# ---------------------------------------------------------------------------------------------------------
# Reviewer warnings: roster names, event words and school names left without a label on purpose


def warnings(records: list[dict]) -> list[str]:
    words = set()
    for r in PEOPLE.values():
        for f in ("first_name", "preferred_name", "last_name"):
            if r[f]:
                words.add(r[f].lower())
        for al in r["aliases"].split(";"):
            if al:
                words.add(al.lower())
    for e in EVENTS.values():
        words.update(x.lower() for x in [e["name"], *e["aliases"].split(";")] if x)
    words.update(SCHOOL_WORDS)
    out = []
    for rec in records:
        low = rec["text"].lower()
        covered = [(g["start"], g["end"]) for g in rec["gold"] if g["start"] is not None]
        hits = []
        for w in sorted(words):
            for m in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", low):
                if not any(s <= m.start() < e for s, e in covered):
                    hits.append(rec["text"][m.start():m.end()])
        if hits:
            label = ",".join(sorted({g["category"] for g in rec["gold"]})) or "NEGATIVE"
            out.append(f"{rec.get('id', '?')} [{label}] unlabelled {hits}: {rec['text']}")
    return out


def main(argv: list[str], *, out: Path, seed: int, prefix: str, n_posts: int | None = None,
         school: Path | None = None) -> int:
    """Check every post of POSTS, then shuffle them (``seed``), number them ``<prefix>-001``... and write ``out``.
    ``n_posts``: how many posts the set must have; ``school``: the profile folder (default: the demo school's).
    Nothing is written unless every check passes."""
    if school is not None:
        load_school(school)
    records = [build(p) for p in POSTS]
    errors = check(records)
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    if n_posts is not None and len(records) != n_posts:
        print(f"expected {n_posts} posts, have {len(records)}; nothing written", file=sys.stderr)
        return 1
    random.Random(seed).shuffle(records)
    for i, rec in enumerate(records, 1):
        rec["id"] = f"{prefix}-{i:03d}"
    fields = ["id", "text", "account", "author_id", "created_at", "in_reply_to", "connections", "mentions", "gold"]
    with out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps({k: rec[k] for k in fields}, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    find, posts, whole = Counter(), Counter(), Counter()
    for rec in records:
        for g in rec["gold"]:
            find[g["category"]] += 1
            whole[g["category"]] += g["start"] is None
        for c in {g["category"] for g in rec["gold"]}:
            posts[c] += 1
    neg = [r for r in records if not r["gold"]]
    kinds = Counter(r["account"]["kind"] for r in records)
    plats = Counter(r["account"]["platform"] for r in records)
    print(f"wrote {len(records)} posts to {out.relative_to(ROOT)}")
    print(f"  accounts: {dict(kinds)}; platforms: {dict(plats)}")
    print(f"  hard negatives (empty gold): {len(neg)} = {100 * len(neg) / len(records):.1f}% "
          f"({sum(r['account']['kind'] == 'official' for r in neg)} official)")
    print(f"  posts with more than one category: {sum(len({g['category'] for g in r['gold']}) > 1 for r in records)}")
    for c in CATS.values():
        print(f"  {c:22s} findings {find[c]:4d}  whole-post {whole[c]:3d}  posts {posts[c]:4d}")
    ev = Counter(g["subject"] for r in records for g in r["gold"] if g["category"] == "event-reference")
    print(f"  event subjects: {dict(ev)}")
    if "--warnings" in argv:
        for w in warnings(records):
            print("WARN " + w)
    return 0
