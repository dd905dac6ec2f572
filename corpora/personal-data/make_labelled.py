"""Write the labelled synthetic personal-data set: ``labelled.jsonl`` and ``school.json`` beside this file.

    python corpora/personal-data/make_labelled.py

Deterministic (seeded): the same script writes byte-identical files. Every text is built from segments,
so each gold span's offsets are right by construction (checked again before writing).

Everything is fictional. Phone numbers come only from Ofcom's drama ranges (07700 900000-900999,
0113 496 0000-0999, 020 7946 0000-0999); NHS numbers only from the 999 test range. Check digits are
computed HERE, independently of the detector (UPN letters with python-stdnum, NHS and ULN check digits
by hand), so a bug in the detector's checksum code cannot hide in its own gold set.

One line per text::

    {"id": "pd-0001", "text": "...", "spans": [{"start": s, "end": e, "kind": "uk-phone"}],
     "traps": [{"start": s, "end": e, "kind": "nhs-number", "reason": "bad-checksum"}]}

``spans`` are what a detector must find; ``traps`` mark look-alikes (wrong checksums, bad prefixes) on
which any finding is an error (the benchmark counts them; the target is 0). ``school.json`` holds the
school's own published details, which appear in some texts and are not personal data.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stdnum.gb import upn as stdnum_upn

HERE = Path(__file__).resolve().parent
SEED = 20251124

SCHOOL = {
    "name": "Oakfield Primary School",
    "phones": ["0113 496 0000"],
    "emails": ["office@oakfield.example.sch.uk"],
    "addresses": ["12 Mill Lane, Leeds LS6 2AB"],
}


def words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


FIRST = words(
    "Amelia Jake Olivia Noah Isla Leo Freya Oscar Ava Arlo Maisie Theo Poppy Finley Ruby Alfie Esme "
    "Reuben Layla Kai Ffion Rohan Priya Tomasz Zainab Kofi Niamh Callum Imogen Yusuf"
)
LAST = words(
    "Hartley Pemberton Okafor Lindqvist Thornbury Ashdown Castellano Whitcombe Brannigan Ellwood Farrowby "
    "Kettering Nakamura Oyelaran Quarrie Rosslyn Sefton Tregarthen Underhill Varga Wexcombe Yardley"
)
TOWNS = words("Leeds Harrogate Bradford Otley Wakefield York Halifax Ilkley Pudsey Wetherby")
STREET_NAMES = words(
    "Church|Station|Victoria|Westfield|Oak Tree|Beech|Meadow|Kings|Queens|Ash Grove|Park View|Holly|"
    "Moor|Hawthorn|Chapel|Cross|St John's|Elm|Woodland|Primrose",
    sep="|",
)
SUFFIXES = words("Road Street Lane Avenue Close Drive Crescent Way Grove Gardens Place Terrace Rise Mews")
TWO_LETTER_AREAS = words("LS BD HG YO HX WF NE SW EC NW SE CF EH BS OX CB DN HU")
SINGLE_AREAS = "BEGLMNSW"
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
A9A_LETTERS = "ABCDEFGHJKPSTUW"
AA9A_LETTERS = "ABEHMNPRVWXY"
MONTHS = words("January February March April May June July August September October November December")
LA_KNOWN = (201, 202, 302, 330, 373, 380, 381, 383, 384, 800, 815, 820, 875, 909, 940, 942)


# ---------------------------------------------------------------------------------------------
# Independent check-digit code (not the detector's)


def nhs_check(nine: str) -> int | None:
    """NHS check digit: 11 - (sum(d x 10..2) mod 11); 11 -> 0; 10 -> no valid number."""
    check = 11 - sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True)) % 11
    return None if check == 10 else check % 11


def uln_check(nine: str) -> int | None:
    """ULN check digit: 10 - (sum(d x 10..2) mod 11); remainder 0 -> no valid number."""
    remainder = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True)) % 11
    return None if remainder == 0 else 10 - remainder


def nhs_ok(ten: str) -> bool:
    return nhs_check(ten[:9]) == int(ten[9])


def uln_ok(ten: str) -> bool:
    return ten[0] != "0" and uln_check(ten[:9]) == int(ten[9])


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    # identifiers ------------------------------------------------------------------------------
    def pick(self, *options: list[Seg]) -> list[Seg]:
        return self.r.choice(options)

    def name(self) -> str:
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def first(self) -> str:
        return self.r.choice(FIRST)

    def nhs(self, *, valid: bool) -> str:
        while True:
            nine = "999" + "".join(self.r.choice("0123456789") for _ in range(6))
            check = nhs_check(nine)
            if check is None:
                continue
            if valid:
                return nine + str(check)
            wrong = [d for d in "0123456789" if d != str(check) and not uln_ok(nine + d)]
            return nine + self.r.choice(wrong)

    def any_nhs_valid(self) -> str:
        """A 10-digit number outside the 999 range that passes the NHS check by chance (an order number)."""
        while True:
            nine = self.r.choice("12345678") + "".join(self.r.choice("0123456789") for _ in range(8))
            check = nhs_check(nine)
            if check is not None:
                return nine + str(check)

    def fmt_nhs(self, ten: str) -> str:
        style = self.r.choice(("space", "space", "dash", "plain"))
        if style == "plain":
            return ten
        sep = " " if style == "space" else "-"
        return sep.join((ten[:3], ten[3:6], ten[6:]))

    def uln(self, *, valid: bool) -> str:
        while True:
            nine = self.r.choice("123456789") + "".join(self.r.choice("0123456789") for _ in range(8))
            check = uln_check(nine)
            if check is None:
                continue
            if valid:
                if nhs_ok(nine + str(check)):  # impossible by design (10 vs 0 mod 11), kept as a guard
                    continue
                return nine + str(check)
            wrong = [d for d in "0123456789" if d != str(check) and not nhs_ok(nine + d)]
            return nine + self.r.choice(wrong)

    def upn(self, *, valid: bool, temporary: bool = False, la: int | None = None) -> str:
        la = la if la is not None else self.r.choice(LA_KNOWN)
        body = f"{la:03d}{self.r.randrange(10000):04d}{self.r.randrange(10, 26):02d}"
        if temporary:
            body += f"{self.r.randrange(100):02d}" + self.r.choice("ABCDEFGHJKLMNPQRTUVWXYZ")
        else:
            body += f"{self.r.randrange(1000):03d}"
        letter = stdnum_upn.calc_check_digit(body)
        if not valid:
            letter = self.r.choice([c for c in "ABCDEFGHJKLMNPQRTUVWXYZ" if c != letter])
        return letter + body

    def nino(self, *, valid: bool) -> tuple[str, str]:
        ok_first = "ABCEGHJKLMNOPRSTWXYZ"
        ok_second = "ABCEGHJKLMNPRSTWXYZ"
        digits = "".join(self.r.choice("0123456789") for _ in range(6))
        if valid:
            while True:
                prefix = self.r.choice(ok_first) + self.r.choice(ok_second)
                if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
                    break
            suffix = self.r.choice("ABCD")
            reason = ""
        else:
            how = self.r.choice(("first", "second", "unallocated", "suffix"))
            prefix = self.r.choice(ok_first) + self.r.choice(ok_second)
            suffix = self.r.choice("ABCD")
            if how == "first":
                prefix = self.r.choice("DFIQUV") + prefix[1]
            elif how == "second":
                prefix = prefix[0] + self.r.choice("DFIOQUV")
            elif how == "unallocated":
                prefix = self.r.choice(("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"))
            else:
                suffix = self.r.choice("EFGHJKMPXZ")
            reason = f"bad-{how}"
        spaced = self.r.random() < 0.6
        text = f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}" if spaced else prefix + digits + suffix
        return (text.lower() if valid and self.r.random() < 0.1 else text), reason

    def phone(self) -> str:
        kind = self.r.choice(("mobile", "mobile", "leeds", "london"))
        n = self.r.randrange(1000)
        if kind == "mobile":
            return self.r.choice(
                (
                    f"07700 900{n:03d}",
                    f"07700900{n:03d}",
                    f"07700 900 {n:03d}",
                    f"+44 7700 900{n:03d}",
                    f"+44 (0)7700 900{n:03d}",
                    f"0044 7700 900{n:03d}",
                    f"+447700900{n:03d}",
                )
            )
        if kind == "leeds":
            return self.r.choice(
                (
                    f"0113 496 0{n:03d}",
                    f"(0113) 496 0{n:03d}",
                    f"0113-496-0{n:03d}",
                    f"+44 113 496 0{n:03d}",
                    f"01134960{n:03d}",
                )
            )
        return self.r.choice((f"020 7946 0{n:03d}", f"+44 20 7946 0{n:03d}", f"(020) 7946 0{n:03d}"))

    def email(self) -> str:
        first, last = self.first().lower(), self.r.choice(LAST).lower()
        domain = self.r.choice(("example.com", "example.org", "mail.example.co.uk", "example.net", "example.ac.uk"))
        local = self.r.choice(
            (f"{first}.{last}", f"{first}{self.r.randrange(1, 99)}", f"{first[0]}{last}", f"{first}.{last}+club",
             f"{first}_{last}")
        )  # fmt: skip
        return f"{local}@{domain}"

    def postcode(self) -> str:
        form = self.r.choice(("A9", "A99", "AA9", "AA99", "AA99", "AA9", "A9A", "AA9A"))
        inward = str(self.r.randrange(10)) + self.r.choice(INWARD_LETTERS) + self.r.choice(INWARD_LETTERS)
        if form == "A9":
            outward = self.r.choice(SINGLE_AREAS) + str(self.r.randrange(1, 10))
        elif form == "A99":
            outward = self.r.choice(SINGLE_AREAS) + str(self.r.randrange(10, 40))
        elif form == "AA9":
            outward = self.r.choice(TWO_LETTER_AREAS) + str(self.r.randrange(1, 10))
        elif form == "AA99":
            outward = self.r.choice(TWO_LETTER_AREAS) + str(self.r.randrange(10, 30))
        elif form == "A9A":
            outward = self.r.choice("EWN") + str(self.r.randrange(1, 10)) + self.r.choice(A9A_LETTERS)
        else:
            outward = self.r.choice(("EC", "SW", "WC", "NW", "SE")) + str(self.r.randrange(1, 5))
            outward += self.r.choice(AA9A_LETTERS)
        roll = self.r.random()
        if roll < 0.12:
            return outward + inward  # no space
        if roll < 0.2:
            return f"{outward} {inward}".lower()
        return f"{outward} {inward}"

    def bad_postcode(self) -> str:
        return self.r.choice(
            (
                "QA1 1AB",  # Q never first
                "VB2 3DE",  # V never first
                "XE4 5FG",  # X never first
                "AI1 2AB",  # I never second
                "LZ3 4HJ",  # Z never second
                "LS6 2CA",  # C never in the inward code
                "LS6 2AK",  # K never in the inward code
                "BD1 3MO",  # M, O never in the inward code
                "W1I 2AB",  # I not allowed third in A9A
                "EC1C 1BB",  # C not allowed fourth in AA9A
                "LS123 4AB",  # too many digits
                "LS6 22AB",  # inward has one digit
            )
        )

    def date(self, *, year: bool = True) -> str:
        y = self.r.randrange(2008, 2021)
        m = self.r.randrange(1, 13)
        d = self.r.randrange(1, 29)
        month = MONTHS[m - 1]
        if not year:
            return self.r.choice((f"{d} {month}", f"{d}{suffix(d)} {month}", f"{d}{suffix(d)} of {month}"))
        return self.r.choice(
            (
                f"{d:02d}/{m:02d}/{y}",
                f"{d}/{m}/{y % 100:02d}",
                f"{d:02d}.{m:02d}.{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {month} {y}",
                f"{d}{suffix(d)} {month} {y}",
                f"{month} {d}, {y}",
                f"{d} {month[:3]} {y}",
            )
        )

    def street(self) -> str:
        return f"{self.r.choice(STREET_NAMES)} {self.r.choice(SUFFIXES)}"


def suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# ---------------------------------------------------------------------------------------------
# Building texts with exact spans

Seg = str | tuple[str, str] | tuple[str, str, str]  # plain text | (text, kind) | (text, "trap", kind)


def build(segments: list[Seg]) -> dict[str, Any]:
    text = ""
    spans: list[dict[str, Any]] = []
    traps: list[dict[str, Any]] = []
    for seg in segments:
        if isinstance(seg, str):
            text += seg
            continue
        start = len(text)
        text += seg[0]
        if len(seg) == 2:
            spans.append({"start": start, "end": len(text), "kind": seg[1]})
        else:
            traps.append({"start": start, "end": len(text), "kind": seg[2], "reason": seg[1]})
    return {"text": text, "spans": spans, "traps": traps}


def phone_texts(g: Gen) -> list[list[Seg]]:
    out: list[list[Seg]] = []
    templates: list[Callable[[str], list[Seg]]] = [
        lambda p: [f"Call {g.first()}'s mum on ", (p, "uk-phone"), " after 6pm if you need a lift."],
        lambda p: ["Text me on ", (p, "uk-phone"), " x"],
        lambda p: [f"{g.name()} said to ring ", (p, "uk-phone"), " about the lost coat"],
        lambda p: ["Mob: ", (p, "uk-phone"), "."],
        lambda p: ["Anyone who found Poppy's bag, my number is ", (p, "uk-phone"), " thanks!"],
        lambda p: ["Tel:", (p, "uk-phone"), f" ({g.first()}'s dad)"],
        lambda p: [f"On 12/03/2025 {g.first()} rang from ", (p, "uk-phone"), " twice."],
        lambda p: ["(", (p, "uk-phone"), ") is the number to use for Jo"],
    ]
    for i in range(48):
        out.append(templates[i % len(templates)](g.phone()))
    return out


def email_texts(g: Gen) -> list[list[Seg]]:
    templates: list[Callable[[str], list[Seg]]] = [
        lambda e: ["Email me at ", (e, "email"), " with the photos."],
        lambda e: [f"{g.name()}'s address is ", (e, "email"), ", send the form there"],
        lambda e: ["Contact: ", (e, "email")],
        lambda e: ["(", (e, "email"), ") please reply by Friday!"],
        lambda e: [(e, "email"), " is the parent rep for 4C."],
    ]
    return [templates[i % len(templates)](g.email()) for i in range(32)]


def postcode_texts(g: Gen) -> list[list[Seg]]:
    out: list[list[Seg]] = []
    templates: list[Callable[[str], list[Seg]]] = [
        lambda p: [f"{g.first()} moved to ", (p, "uk-postcode"), " over the summer."],
        lambda p: ["Lift share from ", (p, "uk-postcode"), " anyone?"],
        lambda p: [f"{g.name()} lives near ", (p, "uk-postcode"), ", right by the park"],
        lambda p: ["postcode: ", (p, "uk-postcode")],
    ]
    for i in range(32):
        out.append(templates[i % len(templates)](g.postcode()))
    for _ in range(14):
        out.append(["Not a real postcode: ", (g.bad_postcode(), "bad-shape", "uk-postcode"), " (typo)."])
    return out


def upn_texts(g: Gen) -> list[list[Seg]]:
    out: list[list[Seg]] = []
    for i in range(30):
        temporary = i % 5 == 4
        la = 999 if i % 10 == 7 else None  # an LA number off the DfE list: reported, lower confidence
        upn = g.upn(valid=True, temporary=temporary, la=la)
        if i % 3 == 0:
            upn = upn.lower() if i % 6 == 0 else upn
        out.append(
            g.pick(
                [f"{g.name()} UPN ", (upn, "upn"), " - please update SIMS"],
                ["Pupil number ", (upn, "upn"), f" belongs to {g.first()}"],
                [(upn, "upn"), " transferred in from Westfield"],
                [f"{g.first()}'s UPN is ", (upn, "upn"), "."],
            )
        )
    for i in range(18):
        upn = g.upn(valid=False, temporary=i % 4 == 3)
        out.append([f"{g.first()} UPN ", (upn, "bad-checksum", "upn"), " (doesn't validate)"])
    return out


def uln_texts(g: Gen) -> list[list[Seg]]:
    out: list[list[Seg]] = []
    for i in range(28):
        uln = g.uln(valid=True)
        out.append(
            [
                g.r.choice(("ULN ", f"{g.first()}'s ULN: ", "Learner number ", "uln=", "")),
                (uln, "uln"),
                g.r.choice((" for the exam entry", "", " (Y11)", " - check with the exams office")),
            ]
        )
        if i % 4 == 3:
            out[-1][0] = f"{g.name()} "
    for _ in range(20):
        uln = g.uln(valid=False)
        out.append(["ULN ", (uln, "bad-checksum", "uln"), " was rejected by the LRS"])
    return out


def nhs_texts(g: Gen) -> list[list[Seg]]:
    out: list[list[Seg]] = []
    for i in range(32):
        number = g.fmt_nhs(g.nhs(valid=True))
        out.append(
            g.pick(
                [f"{g.first()}'s NHS number is ", (number, "nhs-number"), "."],
                ["NHS no. ", (number, "nhs-number"), f" ({g.name()})"],
                [f"For the trip form: {g.name()}, NHS ", (number, "nhs-number")],
                ["Patient ", (number, "nhs-number"), " seen by the school nurse"],
                [f"{g.first()} - ", (number, "nhs-number"), " - ", ("allergy", "health-sen"), " card updated"],
            )
        )
        if i % 8 == 7:
            out[-1] = ["Her number is ", (number, "nhs-number"), " if the GP asks"]
    for _ in range(26):
        number = g.fmt_nhs(g.nhs(valid=False))
        out.append(["NHS number ", (number, "bad-checksum", "nhs-number"), " - typo?"])
    return out


def ni_texts(g: Gen) -> list[list[Seg]]:
    out: list[list[Seg]] = []
    for _ in range(28):
        nino, _ = g.nino(valid=True)
        out.append(
            g.pick(
                [f"{g.name()} NI number ", (nino, "ni-number"), " for payroll"],
                ["NINO: ", (nino, "ni-number")],
                ["My national insurance is ", (nino, "ni-number"), " can you fix the form"],
                [(nino, "ni-number"), f" is {g.first()}'s NI no."],
            )
        )
    for _ in range(24):
        nino, reason = g.nino(valid=False)
        out.append(["NI ", (nino, reason, "ni-number"), " was rejected"])
    return out


def dob_texts(g: Gen) -> list[list[Seg]]:
    out: list[list[Seg]] = []
    for i in range(36):
        with_year = i % 6 != 5
        d = g.date(year=with_year)
        name = g.name()
        out.append(
            g.pick(
                [f"{name} DOB: ", (d, "date-of-birth")],
                [f"{name}, d.o.b. ", (d, "date-of-birth"), ", Year 4"],
                [f"{g.first()} was born on ", (d, "date-of-birth"), " at Leeds General."],
                ["Date of birth ", (d, "date-of-birth"), f" - {name}"],
                [f"{g.first()}'s birthday is ", (d, "date-of-birth"), "!"],
                [f"{name} ", (d, "date-of-birth"), " (DOB)"],
            )
        )
    return out


def address_texts(g: Gen) -> list[list[Seg]]:
    out: list[list[Seg]] = []
    for i in range(34):
        number = str(g.r.randrange(1, 240)) + ("a" if i % 11 == 3 else "")
        addr = f"{number} {g.street()}"
        if i % 3 == 0:
            addr += f", {g.r.choice(TOWNS)}"
        if i % 4 == 1:
            pc = g.postcode()
            addr += f" {pc.upper()}" if i % 8 != 1 else f", {g.r.choice(TOWNS)} {pc.upper()}"
        if i % 9 == 2:
            addr = f"Flat {g.r.randrange(1, 12)}, {addr}"
        out.append(
            g.pick(
                [f"{g.first()} lives at ", (addr, "home-address"), " now."],
                ["Drop it round to ", (addr, "home-address"), " please"],
                [f"{g.name()}, ", (addr, "home-address"), " - new address for the register"],
                ["Party at ", (addr, "home-address"), " on Saturday!"],
            )
        )
    return out


HEALTH_CASES: tuple[tuple[str, str, str], ...] = (
    ("{f} has ", "ADHD", " and finds assemblies hard."),
    ("{f} was diagnosed with ", "autism", " last year."),
    ("{f} in 5B is ", "autistic", " and needs the quiet room."),
    ("{f} is on the ", "SEN register", " now."),
    ("Meeting about {f}'s ", "EHCP", " review tomorrow."),
    ("{f} gets ", "SEN support", " in maths."),
    ("{f} has ", "dyslexia", " so give her the coloured overlay."),
    ("{f} is ", "dyslexic", "."),
    ("Remember {f}'s ", "EpiPen", " on the trip!"),
    ("{f} had a ", "seizure", " at lunch, mum informed."),
    ("{f} has ", "epilepsy", " - see the care plan."),
    ("{f} has ", "type 1 diabetes", " and checks her levels at break."),
    ("{f} forgot his ", "inhaler", " again."),
    ("{f} has ", "asthma", "."),
    ("{f} takes ", "Ritalin", " at lunchtime."),
    ("{f} is on ", "melatonin", " for sleep."),
    ("{f} was referred to ", "CAMHS", " after half term."),
    ("Worried about {f}, signs of ", "self-harm", " on her arms."),
    ("{f} has an ", "eating disorder", " according to her friends."),
    ("{f} has ", "dyspraxia", " and struggles with PE."),
    ("{f}'s ", "EHC plan", " names the specialist school."),
    ("{f} has ", "cerebral palsy", " and uses a walker."),
    ("{f} has ", "Down syndrome", "."),
    ("{f} is ", "diabetic", " - snacks in the office."),
    ("{f} has ", "OCD", " and gets anxious about the toilets."),
    ("{f} needs ", "insulin", " before lunch."),
    ("{f} has a severe nut ", "allergy", "."),
    ("{f} had an ", "anaphylactic", " reaction last term."),
    ("{f} is on ", "sertraline", " now, mum says."),
    ("{f} has ", "Tourette's", " so please ignore the noises."),
    ("{f} has a ", "learning disability", " and a 1:1."),
    ("{f} has ", "global developmental delay", "."),
)


def health_texts(g: Gen) -> list[list[Seg]]:
    out: list[list[Seg]] = []
    for before, term, after in HEALTH_CASES:
        out.append([before.format(f=g.first()), (term, "health-sen"), after.format(f=g.first())])
    return out


# Hard negatives: numbers, codes and words that look like personal data and are not.
NEGATIVES: tuple[str, ...] = (
    "Version 2.3.4 of the app is out.",
    "Update to v10.2.1 before Monday.",
    "Kick-off 10:30, meet at 10.15.",
    "Clubs run 15:30-16:30 on Tuesdays.",
    "Lessons 09.00-10.30 and 10.45-12.15.",
    "We won 3-1! Final score 3-1 to the Reds.",
    "Tickets £12.50 each, family ticket £40.",
    "The fundraiser raised £1,250.00, thank you!",
    "The new hall cost £1,234,567.",
    "Class of 2014 reunion, 2019-2024 cohort photos.",
    "Years 2019, 2020 and 2021 results are on the website.",
    "Room 101 is now the music room.",
    "Year 6 came 1st place in the quiz!",
    "Y6 1st and Y5 2nd in the relay.",
    "Y4 3rd place, Y3 4th place.",
    "Bring A4 paper and an A3 folder.",
    "Samsung S9 4GB for sale, good condition.",
    "Take the M1 north then the A64.",
    "M6 J10 closed tonight.",
    "ISBN 978-0-14-103614-4 is the class reader.",
    "The trip is on 12/03/2025, letters home today.",
    "Sports day 14 June 2025 (weather permitting).",
    "Happy birthday Mrs Ashdown! Sports day is on 14 June.",
    "Born to run: cross-country on 3 May.",
    "Parents' evening 2025-11-20 from 3.30pm.",
    "Call Childline on 0800 1111 any time.",
    "Samaritans: 116 123 (free, 24 hours).",
    "Our office number is 0113 496 0000.",
    "Email office@oakfield.example.sch.uk for absence.",
    "Oakfield Primary, 12 Mill Lane, Leeds LS6 2AB.",
    "Visit us at 12 Mill Lane for the open day.",
    "Our school is at LS6 2AB.",
    "Year 6 Forest Hill trip was amazing.",
    "Only 10 Minutes Walk from the station.",
    "We scored 3 Goals Way ahead of the others.",
    "Send your photos to the class page!",
    "Odd Socks Day on Monday for anti-bullying week.",
    "Our SENCo Mrs Varga is running a coffee morning.",
    "Disability sport day was brilliant.",
    "Follow @OakfieldPrimary for updates.",
    "Use #OakfieldFamily on your posts.",
    "Page 12 of the reading log, chapters 3-4.",
    "Kit number 7, table 12, group 3.",
    "Temperature 21.5C and 30% chance of rain.",
    "Goals: 12, assists: 8, minutes: 1080.",
    "Bus 33 and bus 36 both stop outside.",
    "The wifi code is 7731 9902 (staff only).",
    "Dial 999 in an emergency, 111 for advice.",
    "Call +33 1 23 45 67 89 to reach the French exchange school.",
    "Rated 4.5/5 by parents, 98% attendance.",
    "A 2-0 win, then 0-0, then 1-2.",
    "Reference B801200005001X is not a UPN.",
    "Printer model HP4200DTN in room 4.",
    "The code is ABC123456D, don't share it.",
    "Meet at Gate 3 Park Road entrance.",
)


# Numbers with labels that say what they are: checksum-valid look-alikes that must stay quiet.
def order_texts(g: Gen) -> list[list[Seg]]:
    out: list[list[Seg]] = []
    for i in range(24):
        # Every other one passes a checksum by chance: the label, not the digits, says what it is.
        number = g.any_nhs_valid() if i % 2 == 0 else g.uln(valid=True)
        label = g.r.choice(("Order ", "Order #", "Invoice no. ", "Tracking: ", "Booking ref ", "Transaction ID "))
        out.append([label, number, g.r.choice((" has shipped.", " - please keep for returns.", "."))])
    for _ in range(6):
        out.append(["Order ", f"0{g.r.randrange(10**10):010d}", " confirmed."])
    return out


def mixed_texts(g: Gen) -> list[list[Seg]]:
    out: list[list[Seg]] = []
    for i in range(40):
        name = g.name()
        choice = i % 8
        if choice == 0:
            nhs = g.fmt_nhs(g.nhs(valid=True))
            out.append([f"{name}, DOB ", (g.date(), "date-of-birth"), ", NHS ", (nhs, "nhs-number")])
        elif choice == 1:
            addr = f"{g.r.randrange(1, 99)} {g.street()}"
            out.append([f"{name} - ", (addr, "home-address"), " - ", (g.phone(), "uk-phone")])
        elif choice == 2:
            out.append(["Contact ", (g.email(), "email"), " or ", (g.phone(), "uk-phone"), " re: the trip"])
        elif choice == 3:
            out.append([f"{name} UPN ", (g.upn(valid=True), "upn"), ", ULN ", (g.uln(valid=True), "uln"), "."])
        elif choice == 4:
            f = g.first()
            out.append(
                [f"{f} has ", ("ADHD", "health-sen"), " and an ", ("EHCP", "health-sen"), f"; {f}'s mum is on ",
                 (g.phone(), "uk-phone")]
            )  # fmt: skip
        elif choice == 5:
            nino, _ = g.nino(valid=True)
            addr = f"{g.r.randrange(1, 99)} {g.street()}"
            out.append([f"Payroll: {name}, NI ", (nino, "ni-number"), ", ", (addr, "home-address")])
        elif choice == 6:
            out.append(
                [
                    f"{name} (born ",
                    (g.date(), "date-of-birth"),
                    ") moved to ",
                    (g.postcode().upper(), "uk-postcode"),
                    ", see ",
                    (g.fmt_nhs(g.nhs(valid=False)), "bad-checksum", "nhs-number"),
                ]
            )
        else:
            out.append(
                [
                    "Our office is on 0113 496 0000 but ",
                    f"{name}'s own number is ",
                    (g.phone(), "uk-phone"),
                    " and email ",
                    (g.email(), "email"),
                ]
            )
    return out


def hard_texts(g: Gen) -> list[list[Seg]]:
    """Written to probe the edges, before the detector was tuned on them; some are expected misses."""
    nhs = g.nhs(valid=True)
    nhs2 = g.nhs(valid=True)
    uln = g.uln(valid=True)
    upn = g.upn(valid=True)
    nino, _ = g.nino(valid=True)
    nino = nino.replace(" ", "").upper()
    return [
        ["ring me on ", ("07700-900-123", "uk-phone"), " after tea"],
        ["Tel ", ("0113 4960 123", "uk-phone"), " (home)"],
        ["Tel: ", ("+44(0)113 496 0123", "uk-phone"), "."],
        ["mob ", ("07700 900123", "uk-phone"), "/", ("07700 900124", "uk-phone"), " either is fine"],
        ["Her number's ", ("07700 900 777", "uk-phone"), "."],
        ["WhatsApp ", ("+44 7700 900 555", "uk-phone"), " for the group"],
        ["EMAIL ", ("JO.BLOGGS@EXAMPLE.COM", "email"), " NOW"],
        ["Write to <", ("kofi.okafor@example.org", "email"), ">"],
        ["mail ", ("jo(at)example(dot)com", "email"), " (obfuscated)"],
        ["Moved to ", ("SW1A1AA", "uk-postcode"), " in June."],
        ["They live in LS1 somewhere, or maybe LS2."],
        ["Postcode ", ("ls7 3bd", "uk-postcode"), "!"],
        ["Postcode ls6 2ab (the school's own, from school.json)!"],
        ["DOB ", ("12th Feb 2015", "date-of-birth"), ", Year 5"],
        ["d.o.b ", ("1/2/15", "date-of-birth")],
        ["birthday: ", ("3 April", "date-of-birth")],
        ["Leo was born ", ("29/02/2016", "date-of-birth"), " - a leap baby!"],
        ["Leo was born 30/02/2016 apparently (that is not a date)."],
        ["Born at St James's on 3 May 2014, Freya was tiny."],
        ["NHS: ", (g.fmt_nhs(nhs), "nhs-number"), " and his brother's is ", (nhs2, "nhs-number")],
        ["Number ", (nhs, "nhs-number"), " on the medical form"],
        ["ULN:", (uln, "uln")],
        ["upn:", (upn, "upn"), ";"],
        ["NI ", (nino[:2] + "-" + nino[2:4] + "-" + nino[4:6] + "-" + nino[6:8] + "-" + nino[8], "ni-number")],
        ["ni no ", (nino.lower(), "ni-number")],
        [("22B Baker Street, London NW1 6XE", "home-address"), " is not really theirs"],
        ["They're at ", ("14 Church St.", "home-address"), " now"],
        ["flat 2 ", ("14 church street", "home-address"), " - lower case"],
        ["The Old Rectory, Church Lane is the house (no number)."],
        ["Jake's ", ("ASD", "health-sen"), " diagnosis came through."],
        ["Ruby has ", ("Asperger's", "health-sen"), "."],
        ["Theo's ", ("ADHD", "health-sen"), " meds are in the office."],
        ["ASDA trip for Year 2 on Friday."],
        ["Please send home the reply slips."],
        ["Our ", ("SEND", "health-sen"), " team won an award."],
        ["Odd one out: which is the odd number?"],
        ["Arlo has ", ("anxiety", "health-sen"), " about the trip."],
        ["Ava was ", ("self harming", "health-sen"), " last term, DSL informed."],
        ["Score was 07-03 at half time."],
        ["Lottery numbers 07 12 23 34 41 45."],
        ["Invoice 0113496012 paid."],
        ["Bank sort code 20-00-00, account 12345678."],
        ["Call 0113 496 0000 for the school office."],
        ["Text ", ("07700 900 999", "uk-phone"), " x"],
        ["UPN ", (upn.lower(), "upn"), " in lower case"],
    ]


def main() -> None:
    g = Gen(SEED)
    groups: list[tuple[str, list[list[Seg]]]] = [
        ("phone", phone_texts(g)),
        ("email", email_texts(g)),
        ("postcode", postcode_texts(g)),
        ("upn", upn_texts(g)),
        ("uln", uln_texts(g)),
        ("nhs", nhs_texts(g)),
        ("ni", ni_texts(g)),
        ("dob", dob_texts(g)),
        ("address", address_texts(g)),
        ("health", health_texts(g)),
        ("order", order_texts(g)),
        ("negative", [[text] for text in NEGATIVES]),
        ("mixed", mixed_texts(g)),
        ("hard", hard_texts(g)),
    ]
    lines: list[str] = []
    n = 0
    for group, texts in groups:
        for segments in texts:
            n += 1
            record = {"id": f"pd-{n:04d}", "group": group, **build(segments)}
            for span in record["spans"] + record["traps"]:
                assert 0 <= span["start"] < span["end"] <= len(record["text"])
            lines.append(json.dumps(record, ensure_ascii=False))
    (HERE / "labelled.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "school.json").write_text(json.dumps(SCHOOL, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {n} texts to {HERE / 'labelled.jsonl'}")


if __name__ == "__main__":
    main()
