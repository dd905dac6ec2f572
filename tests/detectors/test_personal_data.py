"""Personal-data detectors: checksums, shapes, hard negatives, overlaps, the school's own details, registry."""

from __future__ import annotations

import importlib.util
import json
import random
import re
from pathlib import Path
from typing import Any, cast

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.gb import nhs as stdnum_nhs
from stdnum.gb import upn as stdnum_upn

from smscreen.detectors import personal_data as pd
from smscreen.detectors.base import DETECTORS, PostContext, Triggers
from smscreen.detectors.personal_data import (
    EMAIL_AT,
    HEALTH_TRIGGER_WORDS,
    IDENTIFIER_KINDS,
    KINDS,
    MIN_DIGITS,
    NI_SHAPE,
    OBFUSCATED_EMAIL_TRIGGERS,
    PHONE_SHAPE,
    UPN_SHAPE,
    Span,
    find_emails,
    find_health_terms,
    find_home_addresses,
    find_personal_data,
    find_postcodes,
    is_valid_nhs_number,
    is_valid_ni_number,
    is_valid_uln,
    is_valid_upn,
    resolve_overlaps,
    upn_check_letter,
)
from smscreen.errors import ScreeningError
from smscreen.models import Post
from smscreen.profile import SchoolInfo, SchoolProfile

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpora" / "personal-data" / "labelled.jsonl"


def found(text: str, kinds: tuple[str, ...] = KINDS) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in find_personal_data(text, kinds=kinds)]


def ctx(text: str, profile: SchoolProfile | None = None) -> PostContext:
    # The detectors read only ctx.text and ctx.profile.
    return PostContext(post=Post(text=text), norm=cast(Any, None), profile=profile, make_doc=cast(Any, None))


def school(**info: Any) -> SchoolProfile:
    return SchoolProfile(root=Path(), school=SchoolInfo(name="Oakfield Primary School", **info))


# ------------------------------------------------------------------------------------------------
# Check digits


@pytest.mark.parametrize(
    ("upn", "strict", "valid"),
    [
        ("B801200005001", False, True),  # python-stdnum's documented example
        ("b801200005001", False, True),  # any case
        ("A801200005001", False, False),  # wrong check letter
        ("M80120000500A", False, True),  # temporary UPN: final letter A has value 0
        ("B80120000500A", False, False),
        ("I801200005001", False, False),  # I is never a check letter
        ("B80120000500", False, False),  # 12 characters
        ("X80120000A001", False, False),  # characters 2-12 are digits
        ("B801200005001", True, True),  # LA 801 is on the DfE list
    ],
)
def test_is_valid_upn(upn: str, strict: bool, valid: bool) -> None:
    assert is_valid_upn(upn, strict_la=strict) is valid


def test_upn_strict_la_rejects_an_unlisted_la_number() -> None:
    body = "999000012" + "345"
    upn = upn_check_letter(body) + body
    assert is_valid_upn(upn)
    assert not is_valid_upn(upn, strict_la=True)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**11 - 1),
    st.one_of(st.sampled_from("0123456789"), st.sampled_from("ABCDEFGHJKLMNPQRTUVWXYZ")),
)
def test_upn_check_letter_agrees_with_stdnum(digits: int, last: str) -> None:
    body = f"{digits:011d}{last}"
    assert upn_check_letter(body) == stdnum_upn.calc_check_digit(body)


@pytest.mark.parametrize(
    ("uln", "valid"),
    [
        ("9276308686", True),  # the HESA worked example (sum 296 = 10 mod 11)
        ("9276308687", False),
        ("0276308686", False),  # first digit is never 0
        ("927630868", False),
        ("92763086866", False),
        ("927630868a", False),
    ],
)
def test_is_valid_uln(uln: str, valid: bool) -> None:
    assert is_valid_uln(uln) is valid


@pytest.mark.parametrize(
    ("number", "valid"),
    [("943 476 5870", True), ("943-476-5870", True), ("9434765870", True), ("9434765871", False), ("94347658", False)],
)
def test_is_valid_nhs_number(number: str, valid: bool) -> None:
    assert is_valid_nhs_number(number) is valid


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=10**9, max_value=10**10 - 1))
def test_uln_and_nhs_checks_never_both_pass(n: int) -> None:
    digits = str(n)
    assert not (is_valid_uln(digits) and stdnum_nhs.is_valid(digits))


@pytest.mark.parametrize(
    ("nino", "valid"),
    [
        ("AB 12 34 56 C", True),
        ("AB123456C", True),
        ("ab123456d", True),
        ("AB-12-34-56-A", True),
        ("QQ 12 34 56 C", False),  # HMRC's specimen: Q is never first
        ("DA123456A", False),  # D never first
        ("AO123456A", False),  # O never second
        ("AV123456A", False),  # V never second
        ("GB123456A", False),  # unallocated prefixes
        ("BG123456A", False),
        ("KN123456A", False),
        ("NK123456A", False),
        ("NT123456A", False),
        ("TN123456A", False),
        ("ZZ123456A", False),
        ("AB123456E", False),  # suffix is A-D
        ("AB12345C", False),
    ],
)
def test_is_valid_ni_number(nino: str, valid: bool) -> None:
    assert is_valid_ni_number(nino) is valid


# ------------------------------------------------------------------------------------------------
# Finders: what is found, exactly (kind, matched text), and what is not

POSITIVES: list[tuple[str, list[tuple[str, str]]]] = [
    # phones: national, +44, 0044, brackets, dashes, drama ranges (possible, not valid)
    ("Call 07700 900123 now", [("uk-phone", "07700 900123")]),
    ("ring +44 (0)7700 900123.", [("uk-phone", "+44 (0)7700 900123")]),
    ("0044 113 496 0123", [("uk-phone", "0044 113 496 0123")]),
    ("Tel:07700900123", [("uk-phone", "07700900123")]),
    ("(0113) 496 0123 is home", [("uk-phone", "(0113) 496 0123")]),
    ("0113-496-0123", [("uk-phone", "0113-496-0123")]),
    ("+447700900123", [("uk-phone", "+447700900123")]),
    ("020 7946 0456 or 07700 900124", [("uk-phone", "020 7946 0456"), ("uk-phone", "07700 900124")]),
    ("12/03/2014 07700 900123", [("uk-phone", "07700 900123")]),  # phonenumbers' own matcher misses this
    ("07700 900123 45 pupils", [("uk-phone", "07700 900123")]),
    ("mob 07700 900123/07700 900124", [("uk-phone", "07700 900123"), ("uk-phone", "07700 900124")]),
    # email
    ("email jo.bloggs+x@example.co.uk.", [("email", "jo.bloggs+x@example.co.uk")]),
    ("<kofi@sub.example.org>", [("email", "kofi@sub.example.org")]),
    # postcodes: every outward shape, no space, lower case, GIR 0AA
    ("M1 5AN", [("uk-postcode", "M1 5AN")]),
    ("B15 2TT", [("uk-postcode", "B15 2TT")]),
    ("LS6 2AB", [("uk-postcode", "LS6 2AB")]),
    ("NE14 5LP", [("uk-postcode", "NE14 5LP")]),
    ("W1A 0AX", [("uk-postcode", "W1A 0AX")]),
    ("EC1A 1BB", [("uk-postcode", "EC1A 1BB")]),
    ("moved to SW1A1AA", [("uk-postcode", "SW1A1AA")]),
    ("LS62AB", [("uk-postcode", "LS62AB")]),
    ("ls6 2ab", [("uk-postcode", "ls6 2ab")]),
    ("GIR 0AA", [("uk-postcode", "GIR 0AA")]),
    # checksummed identifiers
    ("UPN B801200005001", [("upn", "B801200005001")]),
    ("temp UPN M80120000500A", [("upn", "M80120000500A")]),
    ("ULN 9276308686", [("uln", "9276308686")]),
    ("NHS 943 476 5870", [("nhs-number", "943 476 5870")]),
    ("NHS 943-476-5870.", [("nhs-number", "943-476-5870")]),
    ("9434765870 is hers", [("nhs-number", "9434765870")]),
    ("NI AB 12 34 56 C and ab123456c", [("ni-number", "AB 12 34 56 C"), ("ni-number", "ab123456c")]),
    # dates of birth
    ("DOB: 12/03/2014", [("date-of-birth", "12/03/2014")]),
    ("d.o.b. 1/2/15", [("date-of-birth", "1/2/15")]),
    ("born on the 3rd of May 2014.", [("date-of-birth", "3rd of May 2014")]),
    ("Date of birth 2014-03-12", [("date-of-birth", "2014-03-12")]),
    ("Her birthday is 12 March!", [("date-of-birth", "12 March")]),
    ("12.3.14 (DOB)", [("date-of-birth", "12.3.14")]),
    ("born 29/02/2016", [("date-of-birth", "29/02/2016")]),
    # home addresses
    ("She lives at 12 Mill Lane, Leeds LS6 2AB.", [("home-address", "12 Mill Lane, Leeds LS6 2AB")]),
    ("at 4 St John's Road, Harrogate.", [("home-address", "4 St John's Road, Harrogate")]),
    ("Flat 3, 27 Oak Tree Avenue", [("home-address", "Flat 3, 27 Oak Tree Avenue")]),
    ("75 Hawthorn Road, Headingley, Leeds LS6 3AB", [("home-address", "75 Hawthorn Road, Headingley, Leeds LS6 3AB")]),
    # health / SEN terms (found as terms; the person link is the rule engine's)
    ("Jake has ADHD and an EHCP", [("health-sen", "ADHD"), ("health-sen", "EHCP")]),
    ("on the SEN register", [("health-sen", "SEN register")]),
    ("signs of self-harm", [("health-sen", "self-harm")]),
    ("She takes Ritalin", [("health-sen", "Ritalin")]),
    ("has type 1 diabetes", [("health-sen", "type 1 diabetes")]),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES, ids=[t for t, _ in POSITIVES])
def test_finds(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


NEGATIVES = [
    # wrong checksums are never findings
    "UPN A801200005001",
    "ULN 9276308687 was rejected",
    "NHS 943 476 5871",
    "NHS 9434765871",
    # prefixes and shapes that cannot exist
    "NI QQ 12 34 56 C",
    "NI GB123456A",
    "NI AB123456E",
    "QA1 1AB",
    "LS6 2CA",
    "EC1C 1BB",
    # version numbers, times, years, prices, scores, dates without a birth word
    "version 2.3.4",
    "Update to v10.2.1",
    "Kick-off 10:30, meet at 10.15.",
    "Lessons 09.00-10.30 and 10.45-12.15.",
    "Class of 2014, the 2019-2024 cohort",
    "Tickets £12.50, raised £1,250.00",
    "We won 3-1, then 0-0, then 1-2.",
    "Lottery numbers 07 12 23 34 41 45.",
    "The trip is on 12/03/2025.",
    "on 01-03-2024 and 01.03.2024",
    "Happy birthday Mrs Ashdown! Sports day is on 14 June.",
    "Born to run: cross-country on 3 May.",
    "born 30/02/2016",  # not a calendar date
    # order numbers: a checksum-valid 10-digit number labelled as something else
    "Order 9434765870 has shipped.",
    "Order #9276308686",
    "Invoice 0113496012 paid.",
    "Tracking: 9434765870",
    # organisations' service numbers and other countries
    "Call Childline on 0800 1111",
    "Samaritans 116 123",
    "Call +33 1 23 45 67 89",
    "Dial 999 or 111",
    # postcode look-alikes
    "Year 6 came 1st; Y6 1st and Y5 2nd",
    "Bring A4 paper; take the M1 then the A64; M6 J10",
    "Samsung S9 4GB",
    "They live in LS1 somewhere",
    # address look-alikes
    "Year 6 Forest Hill trip",
    "Only 10 Minutes Walk from here",
    "Meet at Gate 3 Park Road entrance",
    # health look-alikes
    "Send your photos; Odd Socks Day; our SENCo; ASDA trip",
    # found on real tweets while checking precision (handles, URL codes, mixed case, proper names)
    "RT @M94Rx: hello",
    "#l00py and the Hu27le graphic",
    "see http://tl.gd/b245js or http://t.co/LB274Gh",
    "ls62ab",  # lower case run together: too much like a word with digits
    "2064 Supreme Court Confirmation hearing",
    "3 Park Lane Primary School",
    # glued to other characters
    "B801200005001X is a part code",
    "ref#9434765870",
    "3.9434765870",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_does_not_find(text: str) -> None:
    assert found(text) == []


def test_confidence_priors() -> None:
    text = "07700 900123 / 0113 496 0123"
    by_text = {text[s.start : s.end]: s.confidence for s in find_personal_data(text)}
    assert by_text == {"07700 900123": 0.85, "0113 496 0123": 0.95}  # possible-only vs valid
    [bare] = find_personal_data("9434765870")
    [labelled] = find_personal_data("NHS 9434765870")
    assert (bare.confidence, labelled.confidence) == (0.9, 0.99)
    body = "999000012345"
    [unlisted] = find_personal_data("UPN " + upn_check_letter(body) + body)
    assert unlisted.confidence == 0.8
    assert dict(unlisted.details)["la"] == "unrecognised"
    assert find_personal_data("UPN " + upn_check_letter(body) + body, strict_la=True) == []


def test_service_numbers_are_opt_in() -> None:
    assert found("Childline 0800 1111 or 0808 800 5000") == []
    assert [k for k, _ in find_personal_data_with_services("0808 800 5000")] == ["uk-phone"]


def find_personal_data_with_services(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in find_personal_data(text, service_numbers=True)]


def test_a_mistyped_uln_is_not_read_as_an_nhs_number() -> None:
    # 9276308687 fails the ULN check but passes NHS mod 11; the label says it was meant as a ULN.
    assert is_valid_nhs_number("9276308687")
    assert found("ULN 9276308686 and 9276308687") == [("uln", "9276308686")]


# ------------------------------------------------------------------------------------------------
# Overlaps


def test_a_phone_with_more_digits_keeps_its_span_over_an_inner_checksum_match() -> None:
    # Find a Leeds drama-range number whose last 10 digits pass the NHS check by coincidence.
    tail = next(f"113 496 0{n:03d}" for n in range(1000) if is_valid_nhs_number(f"1134960{n:03d}"))
    text = f"+44 {tail}"
    assert pd.find_nhs_numbers(text)  # the coincidence is real ...
    assert found(text) == [("uk-phone", text)]  # ... and the phone wins


def test_same_digits_the_checksummed_identifier_wins() -> None:
    text = "0123456789"
    phone = Span(0, 10, "uk-phone", 0.85)
    nhs = Span(0, 10, "nhs-number", 0.9)
    assert resolve_overlaps([phone, nhs], text) == [nhs]


def test_home_address_absorbs_its_postcode() -> None:
    assert found("12 Mill Lane, Leeds LS6 2AB") == [("home-address", "12 Mill Lane, Leeds LS6 2AB")]
    assert [s.kind for s in pd.find_postcodes("12 Mill Lane, Leeds LS6 2AB")] == ["uk-postcode"]


def test_overlap_resolution_is_order_independent() -> None:
    text = "x" * 30
    spans = [Span(0, 10, "uk-postcode", 0.9), Span(5, 20, "home-address", 0.8), Span(18, 25, "email", 0.97)]
    assert resolve_overlaps(spans, text) == resolve_overlaps(list(reversed(spans)), text)
    assert [s.kind for s in resolve_overlaps(spans, text)] == ["uk-postcode", "email"]


# ------------------------------------------------------------------------------------------------
# Registered detectors


def test_every_kind_is_registered() -> None:
    for name in (*KINDS, "personal-data"):
        assert name in DETECTORS


@pytest.mark.parametrize(
    ("name", "triggers"),
    [
        ("uk-phone", Triggers(digits=True, min_digits=10, also=Triggers(patterns=(PHONE_SHAPE,)))),
        ("upn", Triggers(digits=True, min_digits=11, also=Triggers(patterns=(UPN_SHAPE,)))),
        ("ni-number", Triggers(digits=True, min_digits=6, also=Triggers(patterns=(NI_SHAPE,)))),
        ("email", Triggers(at_patterns=(EMAIL_AT,)) | OBFUSCATED_EMAIL_TRIGGERS),
        ("personal-data", Triggers(digits=True, at=True) | OBFUSCATED_EMAIL_TRIGGERS),
    ],
)
def test_triggers(name: str, triggers: Triggers) -> None:
    assert DETECTORS[name](options={}, profile=None).triggers == triggers


@pytest.mark.parametrize(
    ("name", "text", "opens"),
    [
        ("uk-postcode", "send it to LS6 2AB please", True),
        ("uk-postcode", "send it to ls62ab please", True),
        ("uk-postcode", "GIR 0AA", True),
        ("uk-postcode", "back in 2 days, 10 mins late", False),
        ("uk-postcode", "no digits at all", False),
        ("email", "mail jo@example.com today", True),
        ("email", "@jo_teaches thanks!", False),  # a reply's handle is not an address
        ("email", "thanks @jo_teaches", False),
        ("home-address", "she lives at 12 Mill Lane", True),
        ("home-address", "12, Mill Lane", True),
        ("home-address", "back in 2 days", False),
        ("home-address", "the 3 of us", False),
    ],
)
def test_shape_gated_triggers(name: str, text: str, opens: bool) -> None:
    """A digit alone does not open the postcode and address finders: their shape test is the trigger, and it
    never closes a post on which the finder could match."""
    from smscreen.detectors.base import PostMarks
    from smscreen.engine.evaluate import post_words

    triggers = DETECTORS[name](options={}, profile=None).triggers
    assert triggers.present_in_text(text, post_words(text.lower()), PostMarks.of(text)) is opens
    if not opens:
        assert DETECTORS[name](options={}, profile=None).spans(text) == []


@pytest.mark.parametrize(
    ("kind", "shortest"),
    [
        ("uk-phone", "07700 900123"),
        ("upn", "A12345678901B"),  # a temporary UPN's shape; the digit count is what matters here
        ("uln", "1234567890"),
        ("nhs-number", "999 000 0000"),
        ("ni-number", "QQ 12 34 56 A"),
    ],
)
def test_min_digits_is_not_above_the_shortest_identifier(kind: str, shortest: str) -> None:
    # The trigger may only skip posts the finder would reject anyway: never more digits than the
    # shortest written form has.
    assert MIN_DIGITS[kind] <= sum(ch.isdigit() for ch in shortest)


@pytest.mark.parametrize(
    ("finder", "text", "found"),
    [
        (find_postcodes, "Drop it at LS1 4AP please", True),
        (find_postcodes, "drop it at ls1 4ap please", True),
        (find_postcodes, "GIR 0AA", True),
        (find_postcodes, "Year 6 won 3 nil", False),
        (find_home_addresses, "She lives at 14 Hollins Road, Leeds", True),
        (find_home_addresses, "She lives at 12-14 High Street", True),
        (find_home_addresses, "we won 3 games", False),
    ],
)
def test_quick_prefilters_keep_real_matches(finder: Any, text: str, found: bool) -> None:
    assert bool(finder(text)) is found


def test_hits_carry_label_kind_and_offsets_into_the_original_text() -> None:
    text = "Ring 07700 900123 – NHS 943 476 5870"
    hits = list(DETECTORS["personal-data"](options={}, profile=None).find(ctx(text)))
    assert [(h.label, h.evidence["kind"], text[h.start : h.end]) for h in hits if h.start is not None] == [
        ("UK phone number", "uk-phone", "07700 900123"),
        ("NHS number", "nhs-number", "943 476 5870"),
    ]
    assert all(text not in v for h in hits for v in h.evidence.values())


def test_health_hit_names_the_term() -> None:
    [hit] = DETECTORS["health-sen"](options={}, profile=None).find(ctx("Jo has dyslexic tendencies"))
    assert hit.label == "health or SEN information (dyslexia)"
    assert hit.evidence == {"kind": "health-sen", "term": "dyslexia"}


def test_the_schools_own_details_are_not_personal_data() -> None:
    profile = school(
        phones=("0113 496 0000",),
        emails=("Office@Oakfield.example.sch.uk",),
        addresses=("12 Mill Lane, Leeds LS6 2AB",),
    )
    text = (
        "Office +44 113 496 0000, office@oakfield.example.sch.uk, 12 Mill Lane, LS62AB. "
        "Jo: 07700 900123, jo@example.com, 4 Oak Road."
    )
    for name in ("personal-data", "uk-phone", "email", "uk-postcode", "home-address"):
        detector = DETECTORS[name](options={}, profile=profile)
        kept = [text[h.start : h.end] for h in detector.find(ctx(text, profile)) if h.start is not None]
        assert not any(s in kept for s in ("+44 113 496 0000", "office@oakfield.example.sch.uk", "LS62AB"))
        assert not any(k.startswith("12 Mill Lane") for k in kept)
    combined = DETECTORS["personal-data"](options={}, profile=profile)
    kept = [text[h.start : h.end] for h in combined.find(ctx(text, profile)) if h.start is not None]
    assert kept == ["07700 900123", "jo@example.com", "4 Oak Road"]
    # A detector compiled without a profile still honours the one the post context carries.
    bare = DETECTORS["uk-phone"](options={}, profile=None)
    assert [text[h.start : h.end] for h in bare.find(ctx(text, profile)) if h.start is not None] == ["07700 900123"]


@pytest.mark.parametrize(
    ("name", "options", "message"),
    [
        ("uk-phone", {"nope": 1}, "unknown option"),
        ("uk-phone", {"service_numbers": "yes"}, "true or false"),
        ("personal-data", {"kinds": ["uk-phone", "health-sen"]}, "unknown kind"),
        ("personal-data", {"kinds": "uk-phone"}, "list of kinds"),
        ("email", {"strict_la": True}, "unknown option"),
    ],
)
def test_bad_options_are_errors(name: str, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        DETECTORS[name](options=options, profile=None)


def test_personal_data_kinds_option_narrows_it() -> None:
    detector = DETECTORS["personal-data"](options={"kinds": ["uk-postcode"]}, profile=None)
    assert detector.triggers == Triggers(digits=True)
    text = "LS6 2AB, 07700 900123"
    assert [h.evidence["kind"] for h in detector.find(ctx(text))] == ["uk-postcode"]


# ------------------------------------------------------------------------------------------------
# Triggers must be sound: whenever a finder can match, the screener's post words hold a trigger word.

_POST_WORD = regex.compile(r"[^\W_]+")  # how the screener splits a normalised post into words

HEALTH_SAMPLES = [
    "autistic", "Autism spectrum condition", "ASD", "ASC", "Asperger's", "aspergers syndrome", "ADHD",
    "attention-deficit hyperactivity disorder", "ODD", "oppositional defiant disorder", "pathological demand avoidance",
    "dyslexic", "dyspraxia", "dyscalculia", "dysgraphic", "Tourette's", "global developmental delay",
    "speech and language delay", "speech and language therapist", "sensory processing difficulties",
    "learning difficulties", "learning disability", "Down's syndrome", "cerebral palsy", "hearing-impaired",
    "visually impaired", "EHCPs", "EHC plan", "education, health and care plan", "statement of SEN", "SEN support",
    "SEND register", "special educational needs", "SEND", "SEN", "one-to-one support", "1:1 support", "epileptic",
    "seizures", "type two diabetes", "diabetic", "asthmatic", "cystic fibrosis", "sickle-cell anaemia", "coeliac",
    "Crohn's disease", "leukaemia", "anaphylaxis", "allergies", "self harming", "selfharm", "suicidal thoughts",
    "eating disorder", "anorexic", "bulimia", "OCD", "obsessive-compulsive disorder", "PTSD", "clinically depressed",
    "panic attacks", "mental health issues", "CAMHS", "Concerta", "Elvanse", "Strattera", "melatonin", "insulin",
    "Epi-Pen", "EpiPens", "adrenaline auto-injector", "Ventolin", "inhalers", "antidepressants", "sodium valproate",
    "buccal midazolam",
]  # fmt: skip


@pytest.mark.parametrize("sample", HEALTH_SAMPLES)
def test_every_health_sample_is_found_and_triggers(sample: str) -> None:
    text = f"Jo: {sample}."
    spans = find_health_terms(text)
    assert spans, sample
    assert text[spans[0].start : spans[0].end] == sample
    assert set(_POST_WORD.findall(text.lower())) & HEALTH_TRIGGER_WORDS, sample


DOB_SAMPLES = ["DOB: 1/2/15", "d.o.b. 1/2/15", "born 1/2/15", "Date of birth 1/2/15", "birthday: 3 April",
               "b'day 3 April", "b-day: 3 April", "bday 3 April"]  # fmt: skip


@pytest.mark.parametrize("sample", DOB_SAMPLES)
def test_date_of_birth_samples_trigger(sample: str) -> None:
    assert pd.find_dates_of_birth(sample), sample
    words = set(_POST_WORD.findall(sample.lower()))
    assert words & DETECTORS["date-of-birth"](options={}, profile=None).triggers.words


@settings(max_examples=300, deadline=None)
@given(
    st.from_regex(re.compile(pd._PHONE.pattern, re.VERBOSE))
    | st.from_regex(pd._NI.pattern)
    # (hypothesis reads no possessive quantifiers; without them the pattern matches the same strings)
    | st.from_regex(pd._EMAIL.pattern.replace("++", "+").replace("*+", "*"))
    | st.from_regex(re.compile(pd._POSTCODE.pattern, re.VERBOSE | re.IGNORECASE))
)
def test_shape_gates_hold_wherever_identifiers_are_found(text: str) -> None:
    # Text drawn from the finders' own patterns (with random text around the match): a reported number or
    # address always has its trigger shape.
    if pd.find_phone_numbers(text, service_numbers=True):
        assert PHONE_SHAPE.search(text), text
    if pd.find_ni_numbers(text):
        assert NI_SHAPE.search(text), text
    if any(not s.details for s in find_emails(text)):
        assert EMAIL_AT.search(text), text
    if find_postcodes(text):
        assert pd._POSTCODE_QUICK.search(text), text


@pytest.mark.parametrize(
    "text", ["+44 (0) (113) 496 0123", "0044 (0)113 - 496 0123", "(0113) - 496.0123", "+447700900123"]
)
def test_phone_shape_allows_the_widest_gaps(text: str) -> None:
    assert pd.find_phone_numbers(text) and PHONE_SHAPE.search(text)


def test_every_health_term_has_a_trigger_word() -> None:
    from smscreen.detectors.personal_data_terms import HEALTH_TERMS

    for name, _pattern, confidence, _cs, words in HEALTH_TERMS:
        assert words, name
        assert all(_POST_WORD.fullmatch(w) for w in words), name
        assert 0 < confidence <= 1


def _expand(pattern: str) -> set[str]:
    """Every string a health term's pattern matches (lower case): the patterns are finite, written with
    literals, ``(?:...)``, ``|``, ``?`` and ``[...]`` only."""

    def alternation(i: int) -> tuple[set[str], int]:
        out: set[str] = set()
        while True:
            strings, i = sequence(i)
            out |= strings
            if i < len(pattern) and pattern[i] == "|":
                i += 1
                continue
            return out, i

    def sequence(i: int) -> tuple[set[str], int]:
        out = {""}
        while i < len(pattern) and pattern[i] not in "|)":
            if pattern.startswith("(?:", i):
                atom, i = alternation(i + 3)
                assert pattern[i] == ")", pattern
                i += 1
            elif pattern[i] == "[":
                end = pattern.index("]", i)
                body = pattern[i + 1 : end]
                assert "-" not in body.strip("-"), pattern  # no ranges
                atom, i = set(body), end + 1
            else:
                assert pattern[i] not in "\\()*+.{}^$", pattern
                atom, i = {pattern[i]}, i + 1
            if i < len(pattern) and pattern[i] == "?":
                atom, i = atom | {""}, i + 1
            out = {a + b for a in out for b in atom}
        return out, i

    strings, end = alternation(0)
    assert end == len(pattern), pattern
    return {s.lower() for s in strings}


def test_expand_reads_the_pattern_syntax() -> None:
    assert _expand("a(?:b|cd)?[- ]e") == {"a-e", "a e", "ab-e", "ab e", "acd-e", "acd e"}


def test_every_string_a_health_term_matches_holds_one_of_its_trigger_words() -> None:
    """find_health_terms scans a post only for the terms whose trigger words it holds (as runs of ASCII letters
    and digits; an acronym in its case): that needs every string of a term's pattern to hold one."""
    from smscreen.detectors.personal_data_terms import HEALTH_TERMS

    for name, pattern, _confidence, case_sensitive, words in HEALTH_TERMS:
        if case_sensitive:
            # The key is the acronym as written, so the pattern must be that acronym.
            assert pattern.isupper() and pattern.isalpha() and words == (pattern.lower(),), name
        for string in _expand(pattern):
            assert set(regex.findall(r"[a-z0-9]+", string)) & set(words), (name, string)


def test_only_four_characters_match_ascii_under_ignore_case() -> None:
    """Outside ASCII, only İ, ı, ſ and the Kelvin sign match an ASCII character case-insensitively (a text
    with one of them is scanned with every health term), and the stdlib's [a-z] takes all four (the shape
    gates written for it stay supersets of the regex module's patterns)."""
    class_ = regex.compile(r"(?i)[\x00-\x7f]")
    others = {chr(c) for c in range(128, 0x110000) if class_.fullmatch(chr(c))}
    assert others == pd._FOLDS_TO_ASCII_LETTER
    assert all(re.fullmatch(r"(?i)[a-z]", c) and regex.fullmatch(r"\w", c) for c in others)


@pytest.mark.parametrize(
    "text", ["LS6 2AB", "(W1A 1AA)", "ec1a 1bb", "GIR 0AA", "gir0aa", "Ls62aB", "\u212aA1 1AA", "\u017fW1 1AA"]
)
def test_postcode_quick_shape_opens_every_postcode_shape(text: str) -> None:
    assert pd._POSTCODE_QUICK.search(text)
    assert pd._POSTCODE.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jo has ADHD and SEN support, and an EHCP",  # several terms: one pattern for all of them
        "Jo's ſelf harm",  # ſ matches s without case: every term is tried
        "D\u0131ABETES",
        "J\u212aO HAS ASTHMA",
        "send the SEND register to the SENCo",  # acronyms only in their case
        "autism, ADHD, dyslexia, dyspraxia, epilepsy, asthma",  # more terms than a subset holds
        "nothing here at all",
    ],
)
def test_health_terms_match_the_full_pattern(text: str) -> None:
    expected = [(m.span(), m.lastgroup) for m in pd._health_all().finditer(text)]
    got = [((s.start, s.end), dict(s.details)["term"]) for s in find_health_terms(text)]
    assert got == [(span, pd._HEALTH_GROUPS[group][0]) for span, group in expected if group is not None]


_TERM_SOUP = [
    *sorted(HEALTH_TRIGGER_WORDS), "SEN", "SEND", "ASD", "OCD", "self-harm", "1:1", "type 1", "health", "care", "plan",
    "of", "disorder", "ſ", "İ", "ı", "\u212a", "x",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TERM_SOUP), max_size=12).map(" ".join))
def test_health_terms_match_the_full_pattern_on_term_soup(text: str) -> None:
    expected = [m.span() for m in pd._health_all().finditer(text)]
    assert [(s.start, s.end) for s in find_health_terms(text)] == expected


# ------------------------------------------------------------------------------------------------
# Robustness: any text, bounded time


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_text_gives_valid_spans(text: str) -> None:
    for span in find_personal_data(text, kinds=KINDS):
        assert 0 <= span.start < span.end <= len(text)
        assert span.kind in KINDS


# Text drawn from the characters the patterns care about finds far more near-misses than st.text().
_DENSE = st.text(alphabet="0123456789 +()-./@#:£ABCDEGHLMNSWXYZabdeklnos", max_size=80)


@settings(max_examples=500, deadline=None)
@given(_DENSE)
def test_dense_text_gives_valid_spans_and_checked_identifiers(text: str) -> None:
    for span in find_personal_data(text, kinds=KINDS):
        assert 0 <= span.start < span.end <= len(text)
        value = text[span.start : span.end]
        if span.kind == "nhs-number":
            assert is_valid_nhs_number(value)
        elif span.kind == "uln":
            assert is_valid_uln(value)
        elif span.kind == "upn":
            assert is_valid_upn(value)
        elif span.kind == "ni-number":
            assert is_valid_ni_number(value)


def test_pattern_time_budget_is_enforced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pd, "_timeout", lambda text: 1e-9)
    with pytest.raises(ScreeningError, match="time budget"):
        pd.find_emails("a@b.co " * 20000)


@pytest.mark.parametrize(
    "text",
    [
        "x@" + "a." * 20000,
        "0" * 50000,
        "0 " * 30000,
        "Aa " * 30000 + "1",
        "12 Mill " * 8000,
        "+44 " * 20000,
        "a@" * 30000,
    ],
)
def test_pathological_inputs_finish(text: str) -> None:
    # Each must finish inside the default budget (a ScreeningError would fail the test).
    find_personal_data(text, kinds=KINDS)


# ------------------------------------------------------------------------------------------------
# The labelled set and its benchmark


def test_labelled_set_is_well_formed() -> None:
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 300
    assert len({r["id"] for r in records}) == len(records)
    kinds = {s["kind"] for r in records for s in r["spans"]}
    assert kinds == set(KINDS)
    for r in records:
        for s in r["spans"] + r["traps"]:
            assert 0 <= s["start"] < s["end"] <= len(r["text"])


def test_benchmark_meets_its_targets(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("personal_data_eval", ROOT / "benchmarks" / "personal_data_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--data", str(CORPUS)]) == 0, capsys.readouterr().out


def test_identifier_kinds_exclude_health() -> None:
    assert "health-sen" not in IDENTIFIER_KINDS
    assert set(KINDS) == {*IDENTIFIER_KINDS, "health-sen"}


def test_random_checksummed_numbers_in_running_text() -> None:
    # Valid identifiers dropped into ordinary sentences are found whole, whatever surrounds them.
    rng = random.Random(7)
    for _ in range(200):
        nine = "".join(rng.choice("0123456789") for _ in range(9))
        check = stdnum_nhs.checksum(nine + "0")
        digit = (11 - check) % 11 if check else 0
        if digit == 10:
            continue
        number = nine + str(digit)
        if not stdnum_nhs.is_valid(number):
            continue
        text = f"Her NHS number is {number[:3]} {number[3:6]} {number[6:]}, thanks."
        assert found(text) == [("nhs-number", f"{number[:3]} {number[3:6]} {number[6:]}")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("email jo(at)example(dot)com please", "jo(at)example(dot)com"),
        ("jo [at] hollins-mail [dot] co [dot] uk", "jo [at] hollins-mail [dot] co [dot] uk"),
        ("write to j.smith at example dot com", "j.smith at example dot com"),
        ("jo{at}example.org", "jo{at}example.org"),
        ("jsmith99 at gmail dot com", "jsmith99 at gmail dot com"),
        # Negatives: a sentence, not an address.
        ("see you at bbc.co.uk", None),
        ("look at this dot com bubble", None),
        ("meet at the park dot", None),
        ("ring jo at home", None),
    ],
)
def test_obfuscated_emails(text: str, found: str | None) -> None:
    spans = find_emails(text)
    if found is None:
        assert spans == []
    else:
        assert [text[s.start : s.end] for s in spans] == [found]
        assert spans[0].confidence < find_emails("jo@example.com")[0].confidence


def test_triggers_never_close_a_post_a_finder_matches() -> None:
    """Shape gates are necessary conditions: on every text of the labelled set (valid identifiers, traps,
    look-alikes), a detector that finds something has its triggers present."""
    from smscreen.detectors.base import PostMarks
    from smscreen.engine.evaluate import post_words

    path = Path(__file__).resolve().parents[2] / "corpora" / "personal-data" / "labelled.jsonl"
    detectors = {name: DETECTORS[name](options={}, profile=None) for name in KINDS}
    checked = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        marks, words = PostMarks.of(text), post_words(text.casefold())
        for name, detector in detectors.items():
            if detector.spans(text):
                checked += 1
                assert detector.triggers.present_in_text(text, words, marks), (name, text)
    assert checked > 400


def test_memoised_answers_are_bounded_and_repeatable() -> None:
    # The detectors live as long as the screener: every cache in the module must be bounded.
    for cached in (pd._parse_uk, pd._is_valid_uk, pd._health_subset, pd._health_all):
        assert cached.cache_info().maxsize is not None
    text = "Ring 07700 900123 or +44 113 496 0123 (0113 496 0123 again)"
    first = pd.find_phone_numbers(text)
    assert [text[s.start : s.end] for s in first] == ["07700 900123", "+44 113 496 0123", "0113 496 0123"]
    assert pd.find_phone_numbers(text) == first
