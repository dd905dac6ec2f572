"""Generated school profiles and posts for the benchmarks. All people are fictional; the phone
numbers are Ofcom drama numbers. Offensive words are never written here: they are drawn at run
time from the shipped lexicons."""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smscreen.profile import SchoolProfile

FIRST = (
    "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Muhammad", "Oscar", "Charlie", "Jacob",
    "Thomas", "Henry", "William", "Theo", "Freddie", "Alfie", "Archie", "Joshua", "James", "Isaac", "Lucas",
    "Ethan", "Max", "Mason", "Finley", "Logan", "Edward", "Daniel", "Adam", "Samuel", "Joseph", "Olivia",
    "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow", "Rosie", "Sophia",
    "Isabella", "Grace", "Daisy", "Sienna", "Poppy", "Elsie", "Emily", "Ella", "Evelyn", "Phoebe", "Sofia",
    "Evie", "Charlotte", "Harper", "Millie", "Matilda", "Maya", "Sophie", "Alice", "Emilia", "Ruby",
    "Aisha", "Zara", "Priya", "Niamh", "Siobhan", "Callum", "Ewan", "Rhys", "Dylan", "Megan", "Ffion",
    "Bethan", "Aaliyah", "Yusuf", "Ibrahim", "Amara", "Kwame", "Chidi", "Tomasz", "Zofia", "Kacper", "Hope",
    "Summer", "Rose", "Joy", "May", "Mark", "Will",
)
LAST = (
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
    "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
    "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
    "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
    "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly",
    "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox",
    "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson",
    "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell",
    "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell",
    "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Kowalczyk", "Nwachukwu",
    "Adeyemi",
)


CANDIDATE = [
    "Huge well done to {first} {last} in {form} for a brilliant swimming gala today!",
    "So proud of {first} in {form}, what a star at the spelling bee",
    "Text me on 07700 900{n3} if you want tickets for Saturday",
    "Great to see {Title} {last} at the staff quiz, cracking night",
    "{first}'s mum says the trip is cancelled, typical",
    "Honestly you're such a {insult}, I can't even",
    "Lovely morning at Hollins Green Academy for the harvest assembly #HGAFamily",
    "@{handle} see you at the match later",
    "Meeting at 3pm about the budget, fun times",
    "Our Year 6 nativity rehearsal was chaos but lovely",
]


def make_profile(folder: Path, people: int, rng: random.Random) -> Path:
    """A school profile with ``people`` fictional people (about 85% pupils, the rest staff and parents)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "school.yaml").write_text(
        "school:\n  name: Hollins Green Academy\n  aliases: [Hollins Green, HGA]\n"
        '  handles: ["@HollinsGreenAcad"]\n  hashtags: ["#HGAFamily"]\n  websites: [hollinsgreen.example.sch.uk]\n'
        "people: people.csv\n",
        encoding="utf-8",
    )
    rows = ["id,role,first_name,last_name,date_of_birth,year_group,form,media_consent,handles"]
    for i in range(people):
        r = rng.random()
        role = "pupil" if r < 0.85 else "staff" if r < 0.93 else "parent"
        year = rng.randint(1, 6)
        form = f"{year}{rng.choice('BGRLM')}" if role == "pupil" else ""
        dob = f"{2025 - 5 - year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if role == "pupil" else ""
        handle = f"@user{i}" if rng.random() < 0.1 else ""
        consent = rng.choice(["yes", "no"]) if role == "pupil" else ""
        rows.append(
            f"Q{i:05d},{role},{rng.choice(FIRST)},{rng.choice(LAST)},{dob},"
            f"{year if role == 'pupil' else ''},{form},{consent},{handle}"
        )
    (folder / "people.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


class OrdinaryPosts:
    """Everyday posts with a realistic vocabulary: 8-40 words drawn from wordfreq's 30,000 most common
    English words, weighted by frequency. A small fixed vocabulary would flatter every tokenizer cache."""

    def __init__(self, rng: random.Random) -> None:
        from wordfreq import top_n_list, zipf_frequency

        self._rng = rng
        self._words = top_n_list("en", 30000)
        self._weights = [10 ** zipf_frequency(w, "en") for w in self._words]

    def __call__(self) -> str:
        rng = self._rng
        words = rng.choices(self._words, self._weights, k=rng.randint(8, 40))
        if rng.random() < 0.5:
            words[0] = words[0].capitalize()
        return " ".join(words) + rng.choice([".", "!", "?", "", " \U0001f602", "..."])


def make_posts(
    profile: SchoolProfile | None, count: int, rng: random.Random, *, clean_share: float
) -> list[str]:
    """Posts: ``clean_share`` of them ordinary everyday posts, the rest with names, numbers, insults, the
    school. Ordinary posts are what an archive mostly holds; some contain a trigger word by chance."""
    from smscreen import load_ruleset

    insults = [t.text for t in load_ruleset("uk-school-staff").lexicons["abuse"].terms if t.tier == "block"]
    people = list(profile.people) if profile is not None else []
    pupils = [p for p in people if p.role == "pupil"] or people
    handles = [h.lstrip("@") for p in people for h in p.handles] or ["someone"]
    ordinary = OrdinaryPosts(rng)
    posts = []
    for _ in range(count):
        if rng.random() < clean_share:
            posts.append(ordinary())
            continue
        person = rng.choice(pupils) if pupils else None
        posts.append(
            rng.choice(CANDIDATE).format(
                first=person.first_name if person else "Sam",
                last=person.last_name or "" if person else "Smith",
                form=(person.form or "5B") if person else "5B",
                Title=rng.choice(["Mr", "Mrs", "Ms", "Miss"]),
                n3=f"{rng.randint(0, 999):03d}",
                insult=rng.choice(insults) if insults else "pillock",
                handle=rng.choice(handles),
            )
            + " "
            + ordinary()  # so template posts are not all alike either
        )
    return posts
