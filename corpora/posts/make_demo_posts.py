"""Write ``demo-posts.jsonl``: a labelled demo set for the people, school and permission rules.

Deterministic (fixed seed, no clock): run ``python corpora/posts/make_demo_posts.py`` from the repository root and
the same file comes out. Everyone is fictional (the Hollins Green demo profile); the only phone numbers are Ofcom
drama numbers. Posts are built from parts, so gold offsets are exact by construction:

    P("So proud of ", G("Amelia Kowalczyk", PUPIL, "P0001"), " today!")

Gold: ``{"category", "start", "end", "subject"}``; a whole-post finding has ``start``/``end`` null.
Only the people categories are labelled (pupil/staff/parent/event-reference, self-identification,
missing-disclaimer, identifying-detail, pupil-contact, unapproved-account); the evaluator ignores other categories.

Labelling conventions (the judgements a reviewer would make, written down so they are applied the same way):

- A pupil's first name counts as a pupil-reference only when the post ties it to the school (their form or year,
  the school, "my class", "pupils", ...). A roster name that is an everyday word ("hope", "will") used as a word is
  no reference. A roster first name plus form is a pupil-reference (we know who it is), not identifying-detail.
- A first name + surname initial ("Amelia K") and two-letter initials that fit a pupil of the form ("JS in 5B") name
  that pupil: pupil-reference, the span on the name. A single initial ("J in 5B"), initials that fit nobody and
  unlisted first names with a form are identifying-detail. (Changed in session 4 to the blind sets' convention.)
- An @handle of a pupil in a staff post is both a pupil-reference and pupil-contact (two clauses).
- A permission covering the post's account kind and date, an approved event, a declared family link and an ex-pupil
  aged 18 or over mean NO finding: such posts are hard negatives.
- Accounts default to a bio that says "Views my own", so missing-disclaimer is labelled only where a post's own
  section sets the bio; the author is a member of staff unless stated.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("demo-posts.jsonl")

PUPIL = "pupil-reference"
STAFF = "staff-reference"
PARENT = "parent-reference"
EVENT = "event-reference"
SELFID = "self-identification"
DISCL = "missing-disclaimer"
IDENT = "identifying-detail"
CONTACT = "pupil-contact"
ACCOUNT = "unapproved-account"

DEFAULT_BIO = "Runner, reader, tea drinker. Views my own."
DEFAULT_DATE = "2025-11-20T18:00:00Z"
ZW = "\u200b"  # zero-width space


@dataclass(frozen=True)
class G:
    """A gold span: the surface text and its category (and subject id)."""

    text: str
    category: str
    subject: str | None = None
    also: tuple[str, ...] = ()  # more categories for the same span (a pupil's @handle: reference and contact)


@dataclass
class P:
    """One post under construction."""

    parts: tuple[str | G, ...]
    meta: dict[str, Any] = field(default_factory=dict)
    whole: tuple[tuple[str, str | None], ...] = ()

    def __init__(self, *parts: str | G, whole: tuple[tuple[str, str | None], ...] = (), **meta: Any) -> None:
        self.parts = parts
        self.meta = meta
        self.whole = whole


STAFF_AUTHORS = ("S001", "S002", "S003", "S005", "S007", "S008")


def build(posts: list[P], section: str, rng: random.Random) -> list[dict[str, Any]]:
    out = []
    for n, post in enumerate(posts):
        text = ""
        gold: list[dict[str, Any]] = []
        for part in post.parts:
            if isinstance(part, G):
                for category in (part.category, *part.also):
                    gold.append({"category": category, "start": len(text), "end": len(text) + len(part.text),
                                 "subject": part.subject})
                text += part.text
            else:
                text += part
        for category, subject in post.whole:
            gold.append({"category": category, "start": None, "end": None, "subject": subject})
        meta = dict(post.meta)
        named = {g["subject"] for g in gold if g["subject"]}
        author = meta.pop("author_id", None)
        if author is None:
            choices = [a for a in STAFF_AUTHORS if a not in named]
            author = rng.choice(choices)
        elif author == "-":
            rng.choice(STAFF_AUTHORS)  # drawn all the same, so that the posts after it keep their authors
            author = None
        account = {"kind": "personal", "platform": "x", "handle": f"@staffer_{n % 7}", "bio": DEFAULT_BIO}
        account.update(meta.pop("account", {}))
        account = {k: v for k, v in account.items() if v is not None}
        record = {
            "id": f"{section}-{n + 1:03d}",
            "text": text,
            "account": account,
            "author_id": author,
            "created_at": meta.pop("created_at", DEFAULT_DATE),
            "in_reply_to": meta.pop("in_reply_to", None),
            "connections": meta.pop("connections", []),
            "mentions": meta.pop("mentions", []),
            "gold": gold,
        }
        if meta:
            raise ValueError(f"{record['id']}: unknown keys {sorted(meta)}")
        for g in gold:
            if g["start"] is not None:
                assert text[g["start"] : g["end"]], record
        out.append(record)
    return out


# ---------------------------------------------------------------------------------------------------------
# Templated sections (volume): each template is filled with several people, chosen with a fixed seed.

PUPILS = {
    # id: (full name as written, first name as written, form, year)
    "P0001": ("Amelia Kowalczyk", "Amelia", "5B", "5"),
    "P0002": ("Jake Smith", "Jake", "5B", "5"),
    "P0003": ("Olivia Haworth", "Olivia", "4R", "4"),
    "P0004": ("Alex Dunmore", "Alex", "6R", "6"),
    "P0005": ("Libby Ashworth", "Libby", "6R", "6"),
    "P0006": ("William Fairbrother", "William", "5G", "5"),
    "P0007": ("Grace Nwachukwu", "Grace", "4R", "4"),
    "P0008": ("Mohammed Rahman", "Mohammed", "3L", "3"),
    "P0009": ("Summer Whitcombe", "Summer", "5G", "5"),
    "P0010": ("Hope Adeyemi", "Hope", "3L", "3"),
    "P0011": ("Siobhan O'Rourke", "Siobhan", "6R", "6"),
    "P0012": ("Zainab Chaudhry", "Zainab", "2M", "2"),
    "P0015": ("Rose Penhaligon", "Rose", "5B", "5"),
    "P0017": ("May Lindqvist", "May", "4R", "4"),
    "P0018": ("Joy Abara", "Joy", "3L", "3"),
    "P0019": ("Ruby Beckham", "Ruby", "5G", "5"),
    "P0020": ("Harvey Sinclair-Moss", "Harvey", "6R", "6"),
    "P0021": ("Tommy Brierley", "Tommy", "5G", "5"),
    "P0024": ("Freya McAllister", "Freya", "2M", "2"),
    "P0025": ("Aisha Begum", "Aisha", "6R", "6"),
    "P0026": ("Ollie Pemberton", "Ollie", "4R", "4"),
}

FULL_TEMPLATES = (
    ("So proud of ", "{full}", " today, what a star!"),
    ("", "{full}", " read her whole book to the class this morning."),
    ("Huge well done to ", "{full}", " for the poetry prize."),
    ("Can't stop smiling about ", "{full}", "'s maths test."),
    ("Brilliant effort from ", "{full}", " at the cross country."),
    ("", "{lower}", " was a superstar in the play"),
    ("Guess who finally learned their 7 times tables? ", "{full}", "!"),
    ("Shout out to ", "{full}", ", kindest kid I know."),
    ("Lovely letter from ", "{full}", " on my desk this morning."),
    ("", "{full}", " got the first certificate of the term."),
)

FIRST_CONTEXT_TEMPLATES = (
    ("", "{first}", " in {form} wrote the best story I've read all year."),
    ("My class were amazing today, especially ", "{first}", "."),
    ("", "{first}", " from Year {year} helped a younger child in the playground. Made my day."),
    ("Pupil of the week goes to ", "{first}", "!"),
    ("So proud of ", "{first}", " in {form}, reading has really clicked."),
    ("One of my pupils, ", "{first}", ", brought me a drawing today."),
    ("", "{first}", " ({form}) smashed the spelling test."),
    ("Year {year} were brilliant today. ", "{first}", " even asked for extra homework!"),
)


def templated(rng: random.Random) -> list[P]:
    posts: list[P] = []
    ids = sorted(PUPILS)
    for i, template in enumerate(FULL_TEMPLATES):
        for pid in rng.sample(ids, 3):
            full, first, form, year = PUPILS[pid]
            pre, slot, post = template
            surface = full.lower() if slot == "{lower}" else full
            posts.append(P(pre, G(surface, PUPIL, pid), post.format(form=form, year=year)))
        _ = i
    plain_first = [p for p in ids if PUPILS[p][1] not in {"Grace", "Summer", "Hope", "Rose", "May", "Joy", "Ruby"}]
    for template in FIRST_CONTEXT_TEMPLATES:
        for pid in rng.sample(plain_first, 3):
            full, first, form, year = PUPILS[pid]
            pre, _slot, post = template
            posts.append(P(pre.format(form=form, year=year), G(first, PUPIL, pid), post.format(form=form, year=year)))
    return posts


# ---------------------------------------------------------------------------------------------------------
# Hand-written sections


def pupil_forms() -> list[P]:
    """Every other form a pupil's name takes."""
    return [
        # nicknames and aliases
        P("Well done ", G("Beth Ashworth", PUPIL, "P0005"), " on grade 3 piano!"),
        P("", G("Millie Kowalczyk", PUPIL, "P0001"), " has the neatest handwriting in the school."),
        P("", G("Billy Fairbrother", PUPIL, "P0006"), " scored twice at the tournament"),
        P("", G("Xander Dunmore", PUPIL, "P0004"), " asked the best question in science"),
        P("", G("Jacob Smith", PUPIL, "P0002"), " was on the register twice, ha"),
        P("", G("Liv Haworth", PUPIL, "P0003"), " and her giant sunflower"),
        P("Proud of ", G("Mo", PUPIL, "P0008"), " in 3L, he read to the whole class"),
        P("", G("Beth", PUPIL, "P0005"), " in 6R taught me a new word today"),
        P("", G("Millie", PUPIL, "P0001"), " was pupil of the week. Deserved."),
        P("", G("Billy", PUPIL, "P0006"), " in 5G made me laugh so much in class"),
        # initials + surname
        P("Certificate for ", G("J. Smith", PUPIL, "P0002"), " in assembly today"),
        P("", G("A. Kowalczyk", PUPIL, "P0001"), " top of the reading chart again"),
        P("Merit to ", G("S O'Rourke", PUPIL, "P0011"), " for effort"),
        # surname first (registers, lists)
        P("Seating plan: ", G("Kowalczyk, Amelia", PUPIL, "P0001"), " next to the window"),
        # possessives
        P("", G("Amelia Kowalczyk", PUPIL, "P0001"), "'s poem is going in the newsletter"),
        P("", G("Siobhan O'Rourke", PUPIL, "P0011"), "’s science project won"),
        # handles (also contact)
        P("Look what ", G("@jakesmith_16", PUPIL, "P0002", also=(CONTACT,)), " made in DT!"),
        P("", G("@harvey_sm", PUPIL, "P0020", also=(CONTACT,)), " brilliant match yesterday"),
        # hashtags
        P("Star of the week! ", G("#WellDoneAmeliaK", PUPIL, "P0001")),
        P("What a performance ", G("#LibbyAshworth", PUPIL, "P0005"), " #proud"),
        P("Best goal of the season ", G("#JakeSmith", PUPIL, "P0002")),
        P("Reading champion ", G("#welldoneameliakowalczyk", PUPIL, "P0001")),
        P("", G("#GoHarveySinclairMoss", PUPIL, "P0020"), " at the county finals"),
        # lower case, broken lines, obfuscation
        P("honestly ", G("jake smith", PUPIL, "P0002"), " is the funniest kid in 5b"),
        P("Well done to ", G("Amelia\nKowalczyk", PUPIL, "P0001"), " for her work this week"),
        P("Big thanks to ", G("Grace\nNwachukwu", PUPIL, "P0007"), " for helping me tidy up"),
        P("So proud of ", G("Ame" + ZW + "lia Kowalczyk", PUPIL, "P0001"), " today"),
        P("Shout out ", G("Jake Sm" + ZW + "ith", PUPIL, "P0002"), " for tidying up"),
        P("Great work from ", G("Amеlia Kowalczyk", PUPIL, "P0001"), " (that е is Cyrillic)"),
        # misspellings
        P("So proud of ", G("Amelia Kowalczik", PUPIL, "P0001"), " this week"),
        P("", G("Libby Ashwort", PUPIL, "P0005"), " won the art prize"),
        P("", G("Zainab Chaudry", PUPIL, "P0012"), " gave the best answer today"),
        P("Certificate for ", G("Harvey Sinclair-Mos", PUPIL, "P0020"), ", well earned"),
        P("", G("Siobhan ORourke", PUPIL, "P0011"), " was brilliant in the debate"),
        # name-words used as names, with the context that makes them names
        P("Shout out to ", G("Grace", PUPIL, "P0007"), " in 4R for her kindness today"),
        P("Well done ", G("Summer", PUPIL, "P0009"), " in 5G, brilliant handwriting"),
        P("", G("Hope", PUPIL, "P0010"), " in 3L read her first chapter book!"),
        P("Pupil of the week: ", G("Rose", PUPIL, "P0015"), " from 5B"),
        P("Proud of ", G("May", PUPIL, "P0017"), " in 4R for her bravery"),
        P("Year 3 stars: ", G("Joy", PUPIL, "P0018"), " in 3L and ", G("Mohammed", PUPIL, "P0008"), "."),
        P("", G("Ruby Beckham", PUPIL, "P0019"), " won the school spelling bee"),
        P("", G("Summer Whitcombe", PUPIL, "P0009"), " scored the winning goal"),
        P("", G("Mark Okonjo", PUPIL, "P0016"), " starred in the school play", created_at="2025-11-20T18:00:00Z"),
        # former pupils
        P("Lovely visit from ", G("Callum Breckenridge", PUPIL, "P0013"), ", all grown up"),
        P("", G("Niamh Gallagher", PUPIL, "P0014"), " came back to talk to Year 6 about nursing"),
        # ambiguity: Tom the colleague vs Tommy the pupil
        P("", G("Tommy", PUPIL, "P0021"), " in 5G built a volcano that actually erupted"),
        P("", G("Tommy Brierley", PUPIL, "P0021"), " broke the school record for keepy-uppies"),
    ]


def pupil_negatives() -> list[P]:
    """Name-words, famous namesakes, other people's names, permissions."""
    return [
        P("Grace was a lovely hymn to sing this morning"),
        P("Saying grace before Christmas dinner"),
        P("Will you be at the match on Saturday?"),
        P("I will be late tomorrow, traffic is awful"),
        P("May I just say how lovely the weather has been"),
        P("Back in May we went to Whitby"),
        P("I hope everyone has a lovely weekend"),
        P("Hope springs eternal"),
        P("Summer holidays can't come soon enough"),
        P("The summer term is always the busiest"),
        P("Rose gold iPhone for my birthday"),
        P("Mark my words, it'll rain on Saturday"),
        P("Marking done, glass of wine poured"),
        P("Joy of joys, the boiler is fixed"),
        P("Ruby slippers for the Wizard of Oz costume"),
        P("Amelia Earhart was the first woman to fly solo across the Atlantic"),
        P("Will Smith films are my guilty pleasure"),
        P("Victoria Beckham's new collection is lovely"),
        P("David Beckham was at the match"),
        P("Jake Paul has a fight on Saturday"),
        P("Grace Jones live was incredible"),
        P("Finished a biography of Elizabeth Taylor"),
        P("Olivia Colman is a national treasure"),
        P("Alex Scott was brilliant on the football coverage"),
        P("Had lunch with my friend Amelia, so nice to catch up"),
        P("Jake from the gym recommended this protein bar"),
        P("My niece Libby turned 21 today!"),
        P("Zainab Salbi's book is on my reading list"),
        P("Mo Farah's documentary was so moving"),
        P("Great coffee at the Rose and Crown"),
        P("The Ruby Wax show was hilarious"),
        P("Watched Hope Street on the telly"),
        P("Amelia Smith from the choir is getting married"),
        P("Amelia B from the book club recommended this"),
        # permissions: Mark Okonjo's personal permission runs to 2025-10-31
        P("Thank you Mark Okonjo for the leavers video!", created_at="2025-10-20T16:00:00Z"),
        # famous namesake of a member of staff
        P("Imran Khan's party won the vote"),
        P("Sadiq Khan announced the new bus routes"),
        P("Gary Lineker was on form tonight"),
        P("Gary Barlow concert tickets booked!"),
    ]


def staff_posts() -> list[P]:
    return [
        P("", G("Mr Khan", STAFF, "S002"), "'s lesson on volcanoes was brilliant", author_id="S003"),
        P("", G("Mrs O'Neill", STAFF, "S003"), " retires this year, end of an era", author_id="S002"),
        P("Thanks to ", G("mrs o'neill", STAFF, "S003"), " for covering my class", author_id="S005"),
        P("Cover sorted by ", G("Mrs O'Neil", STAFF, "S003"), ", hero", author_id="S005"),
        P("", G("Mr Kahn", STAFF, "S002"), " made the best brownies for the staffroom", author_id="S001"),
        P("", G("Dr Patel", STAFF, "S001"), " gave a fab talk to the governors", author_id="S002"),
        P("", G("Mr. Okafor", STAFF, "S005"), " ran the football club in the rain", author_id="S002"),
        P("", G("Miss Lowry", STAFF, "S007"), " sang at the carol concert rehearsal", author_id="S003"),
        P("", G("Mr Murphy", STAFF, "S008"), " has the patience of a saint", author_id="S007"),
        P("Lovely chat with ", G("Bernadette O'Neill", STAFF, "S003"), " about retirement plans", author_id="S001"),
        P("", G("Imran Khan", STAFF, "S002"), " ran a brilliant staff INSET today", author_id="S003"),
        P("Congratulations ", G("Tom Okafor", STAFF, "S005"), " on the new baby!", author_id="S003"),
        P("", G("Grace Lowry", STAFF, "S007"), " and her ukulele are a menace", author_id="S008"),
        P("", G("Sean Murphy", STAFF, "S008"), " fixed the projector again", author_id="S007"),
        P("Thanks ", G("@mrkhan_teaches", STAFF, "S002"), " for the resources", author_id="S003"),
        P("Loved reading ", G("@seanmurphyTA", STAFF, "S008"), "'s thread on phonics", author_id="S001"),
        P("Great assembly from ", G("@helenw_hga", STAFF, "S006"), " this morning", author_id="S001"),
        P("", G("Margaret Ellison", STAFF, "G001"), " chaired a very long governors' meeting", author_id="S001"),
        P("", G("Peter Hollis", STAFF, "G002"), " is our new governor", author_id="S001"),
        P("", G("Mrs Ellison", STAFF, "G001"), " visited the nursery", author_id="S002"),
        P("", G("Imran", STAFF, "S002"), " and I ran the staff meeting, never again", author_id="S003"),
        P("", G("Bernadette", STAFF, "S003"), " covered my class today, what a star", author_id="S005"),
        P("Thanks ", G("Jaspreet", STAFF, "S001"), " for the INSET session", author_id="S002"),
        P("", G("Helen", STAFF, "S006"), " from the office rescued my marking", author_id="S007"),
        P("", G("H. Whitcombe", STAFF, "S006"), " is running the book fair", author_id="S002"),
        # negatives
        P("Ms Whitfield's class did a great job", author_id="S002"),
        P("Jo Whitfield organised the whole trip, amazing", author_id="S002"),
        P("Mrs O'Neill retires this year, not me then!", author_id="S003"),
        P("Imran and I went to the cinema last night", author_id="S003"),
        P("Sean Paul on the radio, instant summer", author_id="S002"),
        P("Tom Jones was on the telly", author_id="S002"),
        P("Dr Who Christmas special tonight!", author_id="S002"),
        P("Grace Kelly films all weekend", author_id="S002"),
        P("Mr Bean is still the funniest thing on TV", author_id="S005"),
        P("Helen of Troy for book club this month", author_id="S003"),
    ]


def parent_posts() -> list[P]:
    return [
        P("", G("Dawn Kowalczyk", PARENT, "R001"), " brought cakes for the staffroom again"),
        P("", G("Mr Adeyemi", PARENT, "R004"), " fixed the school gate, legend"),
        P("Thanks ", G("@kwame_a", PARENT, "R004"), " for the help at the fair"),
        P("", G("Lorraine Ashworth", PARENT, "R003"), " asked about the trip money"),
        P("", G("Mrs Kowalczyk", PARENT, "R001"), " is running the PTA raffle"),
        P("", G("Gary Smith", PARENT, "R002"), " shouted at the ref again"),
        P("", G("@gazsmith", PARENT, "R002"), " thanks for the lift"),
        P("Kwame Nkrumah was the first president of Ghana"),
        P("Dawn chorus at 5am, thanks birds"),
        P("Gary Lineker's podcast is good"),
    ]


def event_posts() -> list[P]:
    return [
        P("Our ", G("nativity", EVENT, "E001"), " was the best one yet"),
        P("", G("Year 6 Residential", EVENT, "E003"), " next week, wish me luck"),
        P("The ", G("nativity", EVENT, "E001"), " at HGA was magical"),
        P("", G("Robinwood trip", EVENT, "E003"), " kit list sorted", created_at="2026-03-01T18:00:00Z"),
        P("", G("Nativity", EVENT, "E001"), " rehearsals with my class again", created_at="2025-12-02T18:00:00Z"),
        P("", G("Christmas Nativity", EVENT, "E001"), " costumes all done, so proud of everyone at Hollins Green"),
        P("Our ", G("residential", EVENT, "E003"), " is going to be epic"),
        P("", G("Nativity play", EVENT, "E001"), " tickets have sold out!", created_at="2025-12-01T18:00:00Z"),
        P("Our ", G("school disco", EVENT), " was chaos, wonderful chaos"),
        P("", G("Parents' evening", EVENT), " tonight for my class, wish me luck"),
        P("", G("Harvest festival", EVENT), " at Hollins Green this morning"),
        P("Our ", G("world book day", EVENT), " costumes were incredible"),
        P("", G("Christmas concert", EVENT), " at HGA tonight, tissues ready"),
        P("Our ", G("bake sale", EVENT), " raised £300 for the library"),
        P("Our ", G("leavers' assembly", EVENT), " had everyone in tears"),
        # permitted / not tied: negatives
        # A year group says whose class, not which school: a generic activity needs the school named or "our"
        # (the labelling rule of every blind set, BLIND.md call 7).
        P("Year 4 swimming gala today, so loud"),
        # Approved events, posted after the approval (the policy asks for prior permission).
        P("Sports day at HGA tomorrow, factor 50 packed", created_at="2026-06-18T18:00:00Z"),
        P("Our summer fair raised loads for new books", created_at="2026-07-05T10:00:00Z"),
        P("Sports day tomorrow, fingers crossed for sun", created_at="2026-06-18T19:00:00Z"),
        P("I love the nativity story", created_at="2025-09-20T18:00:00Z"),
        # An author the profile does not know, far from the trip's date: nothing ties it to the school (a
        # member of staff writing it is the "author" tie).
        P("Robinwood trip kit list sorted", created_at="2025-09-20T18:00:00Z", author_id="-"),
        P("My son's school disco was so loud"),
        P("Watching the panto with the family"),
        P("Red nose day tomorrow, remember the noses"),
        P("Cake sale at church on Sunday"),
        P("Went to a fun run in the park"),
    ]


def selfid_posts() -> list[P]:
    bio_role = "Year 5 teacher @HollinsGreenAcad | she/her"
    return [
        P(G("I teach at Hollins Green", SELFID), " and I love it"),
        P(G("I'm a TA at @HollinsGreenAcad", SELFID), " and today was a good day"),
        P(G("As a teacher at HGA", SELFID), ", I see this every single day. Views my own."),
        P(G("Loving my new job at Hollins Green Academy", SELFID), "!"),
        P(G("Proud to be part of the #HGAFamily", SELFID), " this year"),
        P(G("HGA teacher here", SELFID), ", ask me anything about phonics"),
        P(G("I work at Hollins Green Primary", SELFID), " and we need more TAs"),
        P("Can't believe ", G("my class at HGA", SELFID), " raised so much for charity"),
        P(G("I've worked at Hollins Green", SELFID), " for ten years this week"),
        P(G("Lucky to work at Hollins Green", SELFID), ", best staff team ever"),
        P("First day back. Great first day at ", G("HGA as a TA", SELFID), "."),
        P(G("I'm the SENCo at Hollins Green", SELFID), ", so yes I have opinions on EHCPs. Views my own."),
        P("Long day, early night.", account={"bio": bio_role}, whole=((SELFID, None),)),
        P("Marking done.", account={"bio": "TA at Hollins Green Academy. Views my own."}, whole=((SELFID, None),)),
        P("Coffee time.", account={"bio": "Teaching assistant @ HGA | mum | views mine"}, whole=((SELFID, None),)),
        P("Rainy run.", account={"bio": "Governor at Hollins Green Academy. Opinions my own."},
          whole=((SELFID, None),)),
        # negatives
        P("I'm a teacher and proud of it"),
        P("I drove past Hollins Green on the way home"),
        P("My son's teacher at HGA is lovely"),
        P("My wife works at Hollins Green"),
        P("Hollins Green village fete this weekend"),
        P("I used to live near Hollins Green"),
        P("Long day, early night.", account={"bio": "Mum of two HGA pupils. Runner. Views my own."}),
        P("Long day, early night.", account={"bio": "Teacher. Runner. Views my own."}),
        P("Teaching is the best job in the world"),
        P("I teach yoga on Tuesdays"),
        P("I teach at Hollins Green!", author_id="P0001"),
    ]


def disclaimer_posts() -> list[P]:
    no_bio = {"bio": "Runner, reader, tea drinker."}
    return [
        P("Ofsted is broken and needs scrapping", account=no_bio, whole=((DISCL, None),)),
        P("Honestly the new curriculum is a joke", account=no_bio, whole=((DISCL, None),)),
        P("I think teacher pay should rise with inflation", account=no_bio, whole=((DISCL, None),)),
        P("SATs are pointless and everyone knows it", account=no_bio, whole=((DISCL, None),)),
        P("Unpopular opinion: phonics screening is a waste of time", account={"bio": None},
          whole=((DISCL, None),)),
        P("Schools need proper funding, not more initiatives", account=no_bio, whole=((DISCL, None),)),
        P("The workload in this job is unacceptable", account=no_bio, whole=((DISCL, None),)),
        P("Why do we still have league tables for primary schools?", account=no_bio, whole=((DISCL, None),)),
        P("Hot take: homework in primary should be scrapped", account=no_bio, whole=((DISCL, None),)),
        P("Exclusions are rising because SEND support is broken", account=no_bio, whole=((DISCL, None),)),
        # negatives
        P("Ofsted is broken and needs scrapping. Views my own.", account=no_bio),
        P("SATs are pointless", account={"bio": "Teacher. All opinions are mine."}),
        P("Schools need proper funding. Personal account, personal views.", account=no_bio),
        P("Lovely walk by the canal", account=no_bio),
        P("Marking all weekend again", account=no_bio),
        P("Parents evening tonight", account=no_bio, author_id="R001"),
        P("Ofsted is broken", account=no_bio, author_id="R002"),
        P("Great film, should have won the Oscar", account=no_bio),
        P("The trains are unacceptable again", account=no_bio),
    ]


def identifying_posts() -> list[P]:
    return [
        P("Well done ", G("J in 5B", IDENT, "P0002"), " for a super story"),
        P("", G("JS", PUPIL, "P0002"), " in 5B has really improved his reading"),
        P("", G("Amelia K", PUPIL, "P0001"), " was brilliant today"),
        P("Special mention for ", G("AD", PUPIL, "P0004"), " (6R) for effort"),
        P("", G("Kyle in 5B", IDENT), " was a superstar at football"),
        P("", G("Jayden (Year 4)", IDENT), " made me laugh so much"),
        P("", G("the boy in 6R whose dad runs the chippy", IDENT), " cried at the film"),
        P("", G("The only girl in my class who can whistle", IDENT), " taught everyone"),
        P("Spoke to ", G("a Year 4 pupil whose mum works at the hospital", IDENT)),
        P("", G("Zainab C", PUPIL, "P0012"), " lost her first tooth in class"),
        P("", G("Libby A.", PUPIL, "P0005"), " is doing brilliantly"),
        P("", G("the tallest boy in Year 6 who won the high jump", IDENT), " is off to county"),
        # negatives
        P("I in 5B? No, I teach 6R"),
        P("Plan B in 5 minutes"),
        P("Maths in 5B after lunch"),
        P("The boys in 6R were brilliant"),
        P("The girls in my class loved the trip"),
        P("The boy who lived"),
        P("Amelia B from the book club recommended this"),
        P("Room 5B is freezing"),
    ]


def contact_posts() -> list[P]:
    return [
        P("", G("@jakesmith_16", CONTACT, "P0002", also=(PUPIL,)), " great goal today!"),
        P("Thanks for the card!", in_reply_to="@jakesmith_16", whole=((CONTACT, "P0002"),)),
        P("Good luck this weekend", mentions=["@harvey_sm"], whole=((CONTACT, "P0020"),)),
        P("Well done mate", in_reply_to="@billyfb_16", author_id="S004", whole=((CONTACT, "P0006"),)),
        P("Happy birthday!", in_reply_to="@aishab_2015", whole=((CONTACT, "P0025"),)),
        P("New phone, who dis", connections=["@friend_one", "@jakesmith_16"], whole=((CONTACT, "P0002"),)),
        P("Sunday roast", connections=["@kdoyle09"], whole=((CONTACT, "P0023"),)),
        P("Congrats on the results", in_reply_to="@callum_breck", created_at="2025-08-21T12:00:00Z",
          whole=((CONTACT, "P0013"),)),
        P("Happy birthday!", in_reply_to="@elliem_07", created_at="2025-11-30T09:00:00Z",
          whole=((CONTACT, "P0022"),)),
        P("Cheers ", G("@kdoyle09", CONTACT, "P0023", also=(PUPIL,)), " see you at the match"),
        P("", G("@summerw_16", CONTACT, "P0009", also=(PUPIL,)), " lovely drawing!", author_id="S002"),
        P("Following back", connections=["@aishab_2015", "@harvey_sm"], whole=((CONTACT, "P0025"), (CONTACT, "P0020"))),
        # negatives: family links, over-18 ex-pupils, parents, pupils' own accounts, unknown handles
        P("Well done mate", in_reply_to="@billyfb_16", author_id="S005"),
        P("Love you, see you at tea", in_reply_to="@summerw_16", author_id="S006"),
        P("Happy birthday!", in_reply_to="@elliem_07", created_at="2025-12-01T09:00:00Z"),
        P("Congrats on the new job", in_reply_to="@niamhg"),
        P("See you at the reunion", in_reply_to="@dec_hughes"),
        P("Thanks for the lift", in_reply_to="@gazsmith"),
        P("Thanks!", in_reply_to="@jakesmith_16", author_id="P0001"),
        P("New phone, who dis", connections=["@niamhg", "@gazsmith", "@kwame_a"]),
        P("New phone, who dis", connections=["@billyfb_16"], author_id="S005"),
        P("@jakesmith_17 is a different person entirely"),
    ]


def account_posts() -> list[P]:
    return [
        P("Great day in Year 6!", account={"handle": "@HGA_Year6"}, whole=((ACCOUNT, None),)),
        P("Rehearsals today", account={"platform": "instagram", "handle": "@y6_adventures",
                                       "bio": "Class page for Year 6 at Hollins Green Academy"},
          whole=((ACCOUNT, None),)),
        P("PE kit reminder for Monday", account={"handle": "@HollinsGreenPE"}, whole=((ACCOUNT, None),)),
        P("Great day!", account={"handle": "@jo_teaches"}),
        P("Great day!", account={"handle": "@helenw_hga"}),
        P("Great day!", account={"handle": "@HollinsGreenAcad"}),
    ]


def official_posts() -> list[P]:
    official = {"kind": "official", "platform": "x", "handle": "@HollinsGreenAcad", "bio": "Hollins Green Academy"}
    fb = {"kind": "official", "platform": "facebook", "handle": "@HollinsGreenAcademy", "bio": "Hollins Green Academy"}
    return [
        P("Congratulations to ", G("Jake", PUPIL, "P0002"), " on his swimming certificate!", account=official,
          author_id="S001"),
        P("Well done to ", G("Zainab", PUPIL, "P0012"), " in 2M for her wonderful poem", account=official,
          author_id="S001"),
        P("Star of the week: ", G("Mohammed", PUPIL, "P0008"), "!", account=official, author_id="S001"),
        P("", G("#WellDoneJakeS", PUPIL, "P0002"), account=official, author_id="S001"),
        P("Congratulations to ", G("Amelia Kowalczyk", PUPIL, "P0001"), " on her swimming certificate!",
          account=official, author_id="S001"),
        P("Well done ", G("Summer Whitcombe", PUPIL, "P0009"), ", player of the match", account=fb,
          author_id="S001"),
        P("Congratulations to Amelia on her swimming certificate!", account=official, author_id="S001"),
        P("Well done to Summer in 5G for her wonderful poem", account=official, author_id="S001"),
        P("May we wish everyone a lovely half term", account=official, author_id="S001"),
        P("Hope you all have a restful summer", account=official, author_id="S001"),
        P("Olivia Haworth won the reading award!", account=official, author_id="S001",
          created_at="2025-10-01T09:00:00Z"),
        P("Well done Grace and Joy, our reading champions", account=fb, author_id="S001"),
        P("", G("Mr Khan", STAFF, "S002"), "'s class visited the museum", account=official, author_id="S001"),
        P("Ms Whitfield's class visited the museum", account=official, author_id="S001"),
        P("What a nativity from our Reception children!", account=official, author_id="S001",
          created_at="2025-12-12T10:00:00Z"),
        P("", G("Year 6 Residential", EVENT, "E003"), " next week: kit lists are on the website",
          account=official, author_id="S001"),
        P("Welcome back everyone!", account={"kind": "official", "platform": "x", "handle": "@HGA_Year6"},
          author_id="S001", whole=((ACCOUNT, None),)),
        P("Welcome back everyone!", account={"kind": "official", "platform": "facebook",
                                             "handle": "@HollinsGreenAcad"},
          author_id="S001", whole=((ACCOUNT, None),)),
    ]


def mixed_posts() -> list[P]:
    """Several findings in one post, and plain posts with nothing in them."""
    return [
        P(G("I teach at Hollins Green", SELFID), " and ", G("Amelia", PUPIL, "P0001"),
          " in 5B made my day"),
        P(G("Mr Khan", STAFF, "S002"), " and ", G("Jake Smith", PUPIL, "P0002"), " won the staff v pupils match",
          author_id="S003"),
        P("Our ", G("nativity", EVENT, "E001"), " starred ", G("Rose Penhaligon", PUPIL, "P0015"),
          " as Mary", created_at="2025-12-12T10:00:00Z"),
        P("Thanks ", G("Dawn Kowalczyk", PARENT, "R001"), " for the costumes, ", G("Amelia", PUPIL, "P0001"),
          " in 5B looked amazing"),
        P("Lovely sunset over the hills tonight"),
        P("Anyone know a good plumber in Leeds?"),
        P("Finally finished the jigsaw"),
        P("Pancakes for tea"),
        P("What a match last night"),
        P("The cat has learned to open doors"),
        P("New running shoes, who dis"),
        P("Book club picked a thriller this month"),
        P("Snow forecast for Leeds, fingers crossed"),
        P("Roast dinner and a nap, perfect Sunday"),
        P("Finished season 2 in one sitting, no regrets"),
        P("Allotment is finally weeded"),
        P("Train cancelled again, brilliant"),
        P("Tea, biscuits and a good book"),
        P("My garden peas are finally up"),
        P("Half marathon done, legs gone"),
    ]


def hard_posts() -> list[P]:
    """Written after the detectors, labelled by the conventions above and not tuned against (see results)."""
    official = {"kind": "official", "platform": "x", "handle": "@HollinsGreenAcad", "bio": "Hollins Green Academy"}
    return [
        P("Congrats to Amelia on her wedding!"),
        P("Amelia's mum says hi, lovely lady"),
        P("Our Grace is off to uni next week!"),
        P("Reading with ", G("Jake", PUPIL, "P0002"), " in the library at lunchtime"),
        P("Mrs Khan from next door brought round a cake"),
        P(G("AMELIA KOWALCZYK", PUPIL, "P0001"), " WON!!!"),
        P("Well done ", G("A.K.", PUPIL, "P0001"), " in 5B for the best homework"),
        P("I'm a teacher at a school near Hollins Green"),
        P("Year 6 ", G("leavers' assembly", EVENT), " at @HollinsGreenAcad tomorrow"),
        P("Spelling bee champion: ", G("Siobhan", PUPIL, "P0011"), "!"),
        P("jake smith plumbing services, highly recommend"),
        P("Nativity costume panic in our house tonight"),
        P(G("Summer", PUPIL, "P0009"), " in 5G is a reading machine"),
        P("@jo_teaches thanks for the lift!", author_id="S002"),
        P(G("Tom", STAFF, "S005"), " and I had a great planning session", author_id="S002"),
        P("Well done to Tommy and Ollie in 4R", account=official, author_id="S001"),
        P("Congratulations ", G("Aisha", PUPIL, "P0025"), "!", account=official, author_id="S001"),
        P("Dinner with Helen and Sean tonight, no school talk allowed"),
        P("Great to see ", G("Mr Hollis", STAFF, "G002"), " at the governors' meeting", author_id="S001"),
        P("Lovely card from ", G("Hope", PUPIL, "P0010"), " in my class today"),
        P("Hope my class remember their PE kits tomorrow"),
        P("Will my class ever stop talking? No."),
        P("Off to see Rose at the hospital, my sister had her baby"),
        P("Seen on the bus: ", G("the girl in 4R who", IDENT), " always sings. She was singing."),
    ]


def main() -> None:
    rng = random.Random(20251120)
    sections = [
        ("tpl", templated(rng)),
        ("pupil", pupil_forms()),
        ("pneg", pupil_negatives()),
        ("staff", staff_posts()),
        ("parent", parent_posts()),
        ("event", event_posts()),
        ("selfid", selfid_posts()),
        ("discl", disclaimer_posts()),
        ("ident", identifying_posts()),
        ("contact", contact_posts()),
        ("account", account_posts()),
        ("official", official_posts()),
        ("mixed", mixed_posts()),
        ("hard", hard_posts()),
    ]
    records: list[dict[str, Any]] = []
    for name, posts in sections:
        records.extend(build(posts, name, rng))
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} posts to {OUT}")


if __name__ == "__main__":
    main()
