"""Personal data: identifiers and contact details of a person, found with checked algorithms.

Every ``find_*`` function is pure and works on the ORIGINAL text: it returns :class:`Span` objects whose
``start``/``end`` are code-point offsets into exactly the string it was given. The registered detectors
wrap them, drop the school's own published contact details (``SchoolProfile.school``), and yield
:class:`~smscreen.detectors.base.Hit` objects.

What counts, and why (issue 4, item 3: beat Presidio's bare patterns)

================  ===========================================================================================
kind              rule
================  ===========================================================================================
``uk-phone``      a candidate written the way people write UK numbers (trunk ``0``, ``+44`` or ``0044``;
                  groups separated by one space, dash or dot; area code optionally bracketed) that
                  ``phonenumbers`` says is a *possible* GB number. Possible, not valid: Ofcom's drama
                  ranges (07700 900xxx, 01632 960xxx) are deliberately not valid. Digits not written with a
                  trunk ``0``/``+44`` are never a phone here, so NHS numbers, ULNs and order numbers are not
                  read as phones. Service numbers (0800/0808, 03, 084/087, 09) are organisations', not a
                  person's, and are left out unless ``service_numbers: true``.
``email``         RFC 5322 "dot-atom" local part and a dotted domain whose labels do not start or end
                  with ``-`` and whose last label is 2-63 letters.
``uk-postcode``   the Royal Mail shape rules (outward A9, A99, AA9, AA99, A9A, AA9A; inward 9AA without
                  C I K M O V; first letter not Q V X, second not I J Z; third-position letters of A9A in
                  ABCDEFGHJKPSTUW, fourth of AA9A in ABEHMNPRVWXY; ``GIR 0AA``), with or without the space,
                  in one case (lower case only with the space), on word boundaries, not inside a handle,
                  hashtag or URL. Outward codes with a single area letter must be one of the
                  eight real single-letter areas (B E G L M N S W): "Y6", "A4", "S9" are year groups,
                  paper sizes and phone models far more often than postcode districts. English ordinals
                  ("Y6 1st") and storage sizes ("S9 4GB") are not inward codes.
``upn``           13 characters: check letter, 11 digits, then a digit (permanent) or a letter (temporary
                  UPN); the check letter is sum(value x weight) for characters 2-13 with weights 2..13,
                  mod 23, onto ``ABCDEFGHJKLMNPQRTUVWXYZ`` (a temporary UPN's final letter has its index in
                  that alphabet as value). Characters 2-4 are the LA number: see ``UPN_LA_CODES``.
``uln``           10 digits, first not 0, sum(digit x weight) with weights 10..1 is 10 mod 11.
``nhs-number``    10 digits as ``999 999 9999``, ``999-999-9999`` or ``9999999999`` passing
                  ``stdnum.gb.nhs`` (mod 11). ULN and NHS checks can never both pass (10 vs 0 mod 11).
``ni-number``     two prefix letters (first not D F I Q U V; second not D F I O Q U V; not BG GB KN NK NT TN
                  ZZ), six digits, suffix A-D, spaces or dashes optional. There is no check digit.
``date-of-birth`` a calendar-valid date (numeric d/m/y, ISO, or with a month name, year optional) that
                  follows "born", "DOB", "d.o.b.", "date of birth", "birthday" with only punctuation and
                  a few function words between ("DOB: ", "born on the ", "birthday is "), or precedes
                  such a word the same way ("12/03/2014 (DOB)").
``home-address``  house number + one to three Title-case name words + a street suffix (Road, Street,
                  Lane, ...), optionally a town after a comma and a valid postcode.
``health-sen``    a diagnosis, SEN plan/register, mental-health or medication term
                  (:mod:`smscreen.detectors.personal_data_terms`). Whether it is about a named person is the
                  rule engine's job (a roster-name hit within N tokens).
================  ===========================================================================================

A wrong checksum is never a finding. Numbers labelled as something else ("order 9434765870", "ref ...",
"#...") are not findings either: an order number passes a mod-11 check one time in eleven.

Confidence: documented fixed priors, not calibrated probabilities (see ``CONFIDENCE``). They say how
sure the *shape and checksum* make us that the span is the kind claimed.

Overlaps (the combined ``personal-data`` detector): a phone written with more digits than an overlapping
checksummed identifier keeps the phone (``+44 113 496 0123`` contains a 10-digit run that may pass mod 11);
otherwise kinds win in the order of ``OVERLAP_PRIORITY`` (a checksummed identifier beats a phone, a home
address absorbs its postcode), longer spans before shorter ones.

Never log or put the post's text in evidence: ``Hit.evidence`` holds only the kind and fixed words.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Final

import phonenumbers
import regex
from stdnum.gb import nhs as _stdnum_nhs

from smscreen.detectors.base import Hit, PostContext, Triggers, register_detector
from smscreen.detectors.personal_data_terms import HEALTH_TERMS
from smscreen.errors import ScreeningError
from smscreen.frequency import zipf

if TYPE_CHECKING:
    from smscreen.profile import SchoolProfile

__all__ = [
    "CONFIDENCE",
    "DOB_TRIGGER_WORDS",
    "HEALTH_TRIGGER_WORDS",
    "IDENTIFIER_KINDS",
    "KINDS",
    "LABELS",
    "OVERLAP_PRIORITY",
    "UPN_LA_CODES",
    "Span",
    "find_dates_of_birth",
    "find_emails",
    "find_health_terms",
    "find_home_addresses",
    "find_nhs_numbers",
    "find_ni_numbers",
    "find_personal_data",
    "find_phone_numbers",
    "find_postcodes",
    "find_ulns",
    "find_upns",
    "is_valid_nhs_number",
    "is_valid_ni_number",
    "is_valid_uln",
    "is_valid_upn",
    "normalise_postcode",
    "resolve_overlaps",
    "uk_phone_key",
    "upn_check_letter",
]

# --------------------------------------------------------------------------------------------------
# Kinds, labels, priors


def _words(text: str) -> frozenset[str]:
    """A word list written as text (easier to read and diff than a list of quoted strings)."""
    return frozenset(text.split())


IDENTIFIER_KINDS: Final = (
    "uk-phone",
    "email",
    "uk-postcode",
    "upn",
    "uln",
    "nhs-number",
    "ni-number",
    "date-of-birth",
    "home-address",
)
KINDS: Final = (*IDENTIFIER_KINDS, "health-sen")

LABELS: Final[Mapping[str, str]] = {
    "uk-phone": "UK phone number",
    "email": "email address",
    "uk-postcode": "UK postcode",
    "upn": "Unique Pupil Number (UPN)",
    "uln": "Unique Learner Number (ULN)",
    "nhs-number": "NHS number",
    "ni-number": "National Insurance number",
    "date-of-birth": "date of birth",
    "home-address": "home address",
    "health-sen": "health or SEN information",
}

# Fixed priors (keys are "kind" or "kind/condition"). Why each value:
CONFIDENCE: Final[Mapping[str, float]] = {
    # A check letter over 12 characters and a known LA number: a random token passes ~1 in 23 x 5.
    "upn": 0.99,
    # Check letter right but LA number not on the DfE list (the list lags LA reorganisations).
    "upn/unrecognised-la": 0.8,
    # mod 11 passes for 1 in 11 random 10-digit numbers, so the checksum alone is weaker than it looks;
    # a labelling word ("NHS", "ULN") or the NHS's own 3-3-4 grouping makes it near certain.
    "nhs-number": 0.99,
    "nhs-number/bare": 0.9,
    "uln": 0.99,
    "uln/bare": 0.9,
    # No check digit, but the prefix rules and the 2+6+1 shape are specific.
    "ni-number": 0.95,
    # Valid means in a range Ofcom has allocated; possible-but-not-valid is still written as a phone.
    "uk-phone": 0.95,
    "uk-phone/possible": 0.85,
    "email": 0.97,
    # Written out to dodge scrapers ("jo(at)example(dot)com"): still an address, but the shape is looser.
    "email/obfuscated": 0.85,
    "uk-postcode": 0.9,
    # Shape-valid but no such two-letter area exists ("ZX1 2AB"): a typo, a code, or not a postcode.
    "uk-postcode/unknown-area": 0.75,
    "date-of-birth": 0.9,
    "date-of-birth/no-year": 0.7,
    "home-address": 0.8,
    "home-address/postcode": 0.95,
}

# Lower number wins an overlap (see module docstring).
OVERLAP_PRIORITY: Final[Mapping[str, int]] = {
    "email": 0,
    "upn": 1,
    "nhs-number": 2,
    "uln": 3,
    "ni-number": 4,
    "uk-phone": 5,
    "home-address": 6,
    "uk-postcode": 7,
    "date-of-birth": 8,
    "health-sen": 9,
}

_CHECKSUMMED: Final = frozenset({"upn", "nhs-number", "uln"})


@dataclass(frozen=True, slots=True)
class Span:
    """One match in the text a ``find_*`` function was given; ``end`` is exclusive."""

    start: int
    end: int
    kind: str
    confidence: float
    # Fixed words about how it matched ("valid": "possible"); never the matched text.
    details: tuple[tuple[str, str], ...] = ()

    def to_hit(self) -> Hit:
        evidence = {"kind": self.kind, **dict(self.details)}
        label = LABELS[self.kind]
        if self.kind == "health-sen":
            label = f"{label} ({evidence.get('term', '')})"
        return Hit(start=self.start, end=self.end, label=label, confidence=self.confidence, evidence=evidence)


# --------------------------------------------------------------------------------------------------
# Bounded matching

# Every match of a finder's pattern against user text carries a timeout so a pathological input cannot hang a
# worker. All patterns here are written to run in linear time; the budget grows with the text so that a long
# (but benign) archive item is not cut off: 0.5 s plus 2 s per million characters. (The stdlib gates, simple
# shapes searched before a finder's pattern, and the tests on a phone candidate, a few dozen characters, run
# without one: the regex module reads a clock for each timed call, which costs more than those matches.)
_TIMEOUT_BASE: Final = 0.5
_TIMEOUT_PER_CHAR: Final = 2e-6


def _timeout(text: str) -> float:
    return _TIMEOUT_BASE + len(text) * _TIMEOUT_PER_CHAR


def _finditer(pattern: regex.Pattern[str], text: str, pos: int = 0) -> Iterator[regex.Match[str]]:
    try:
        yield from pattern.finditer(text, pos, timeout=_timeout(text))
    except TimeoutError:
        # No text in the message: it may be personal data. The screener adds the post id.
        raise ScreeningError("personal-data detector: pattern matching exceeded its time budget") from None


def _search(pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> bool:
    try:
        return pattern.search(text, pos, endpos, timeout=_timeout(text)) is not None
    except TimeoutError:
        raise ScreeningError("personal-data detector: pattern matching exceeded its time budget") from None


def _match(pattern: regex.Pattern[str], text: str, pos: int) -> regex.Match[str] | None:
    try:
        return pattern.match(text, pos, timeout=_timeout(text))
    except TimeoutError:
        raise ScreeningError("personal-data detector: pattern matching exceeded its time budget") from None


def _fullmatch(pattern: regex.Pattern[str], text: str, pos: int, endpos: int) -> bool:
    try:
        return pattern.fullmatch(text, pos, endpos, timeout=_timeout(text)) is not None
    except TimeoutError:
        raise ScreeningError("personal-data detector: pattern matching exceeded its time budget") from None


_ASCII_DIGIT: Final = re.compile(r"[0-9]")


def _count_ascii_digits(text: str) -> int:
    # Ten C-level scans beat a Python loop over the characters; only ASCII digits matter to the patterns.
    return sum(text.count(d) for d in "0123456789")


def _digits(s: str) -> str:
    return "".join(ch for ch in s if "0" <= ch <= "9")


# Words that say a number is something other than a person's identifier. Checked in the 32 characters
# before a number, on the same line, unless a positive word for the kind is there too.
_NEGATIVE_CONTEXT = regex.compile(
    r"(?i)(?<![\w])(?:order|orders|invoice|inv|ref|refs|reference|booking|tracking|transaction|receipt|"
    r"serial|ticket|case|policy|account|acct|membership|customer|confirmation|parcel|barcode|isbn|sku|"
    r"product|item|model|part|licen[cs]e|version|build|txn|id)(?![\w])|#\s*$"
)
_POSITIVE_CONTEXT: Final[Mapping[str, regex.Pattern[str]]] = {
    "nhs-number": regex.compile(r"(?i)(?<![\w])(?:nhs|health|patient|gp|hospital|chi)(?![\w])"),
    "uln": regex.compile(r"(?i)(?<![\w])(?:uln|learner|lrs)(?![\w])"),
    "upn": regex.compile(r"(?i)(?<![\w])(?:upn|pupil|upns)(?![\w])"),
    "uk-phone": regex.compile(
        r"(?i)(?<![\w])(?:tel|telephone|phone|mob|mobile|call|ring|text|whatsapp|contact|number|on)(?![\w])"
    ),
}
_CONTEXT_WINDOW: Final = 32


def _context_before(text: str, start: int) -> str:
    window = text[max(0, start - _CONTEXT_WINDOW) : start]
    return window[window.rfind("\n") + 1 :]


def _negative_context(text: str, start: int, kind: str) -> bool:
    before = _context_before(text, start)
    if not before or not _search(_NEGATIVE_CONTEXT, before):
        return False
    positive = _POSITIVE_CONTEXT.get(kind)
    return not (positive is not None and _search(positive, before))


def _positive_context(text: str, start: int, kind: str) -> bool:
    positive = _POSITIVE_CONTEXT.get(kind)
    return positive is not None and _search(positive, _context_before(text, start))


# --------------------------------------------------------------------------------------------------
# Checksums (pure, public: the tests and the benchmark use them)

_UPN_ALPHABET: Final = "ABCDEFGHJKLMNPQRTUVWXYZ"  # 23 letters: no I, O, S

# LA numbers for characters 2-4 of a UPN. DfE's school-census validation list (CBDS rule 1530: post-April
# 1999 LA codes and the "pseudo-LA" codes 001-005, 660-681, 701-708) plus the numbers of the LAs created
# since that list was last reprinted (838 Dorset, 839 Bournemouth Christchurch and Poole, 940/941 North/
# West Northamptonshire, 942/943 Cumberland / Westmorland and Furness). python-stdnum's list is narrower
# (no 820, 875, pseudo-LAs or new LAs), which is why we do not use stdnum.gb.upn.
UPN_LA_CODES: Final[frozenset[int]] = frozenset(
    [*range(1, 6), *range(201, 214), *range(301, 321), *range(330, 337), *range(340, 345), *range(350, 360),
     *range(370, 374), *range(380, 385), *range(390, 395), 420, *range(660, 682), *range(701, 709),
     *range(800, 804), *range(805, 809), *range(810, 814), 815, 816, *range(820, 824), 825, 826, 830, 831,
     *range(835, 838), 838, 839, 840, 841, 845, 846, *range(850, 853), *range(855, 858), 860, 861,
     *range(865, 897), 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933, *range(935, 939),
     *range(940, 944)]
)  # fmt: skip


def _upn_value(ch: str) -> int:
    if "0" <= ch <= "9":
        return ord(ch) - 48
    return _UPN_ALPHABET.index(ch)


def upn_check_letter(body: str) -> str:
    """The check letter for characters 2-13 of a UPN (``body``: 11 digits then a digit or letter)."""
    if len(body) != 12:
        raise ValueError("a UPN body is 12 characters")
    total = sum(_upn_value(ch) * weight for weight, ch in enumerate(body.upper(), start=2))
    return _UPN_ALPHABET[total % 23]


def is_valid_upn(upn: str, *, strict_la: bool = False) -> bool:
    """True when ``upn`` (13 characters, any case) has a right check letter (and, if strict, a known LA)."""
    upn = upn.upper()
    if len(upn) != 13 or upn[0] not in _UPN_ALPHABET or not upn[1:12].isascii() or not upn[1:12].isdigit():
        return False
    if not (upn[12].isascii() and upn[12].isdigit()) and upn[12] not in _UPN_ALPHABET:
        return False
    if strict_la and int(upn[1:4]) not in UPN_LA_CODES:
        return False
    return upn_check_letter(upn[1:]) == upn[0]


def is_valid_uln(uln: str) -> bool:
    """True for 10 ASCII digits, first not 0, with sum(digit x (10..1)) = 10 (mod 11) (LRS ULN rule)."""
    if len(uln) != 10 or not uln.isascii() or not uln.isdigit() or uln[0] == "0":
        return False
    return sum(int(ch) * weight for ch, weight in zip(uln, range(10, 0, -1), strict=True)) % 11 == 10


def is_valid_nhs_number(number: str) -> bool:
    """True for an NHS number (spaces/dashes allowed) with a right mod-11 check digit (python-stdnum)."""
    return bool(_stdnum_nhs.is_valid(number))


_NI_FIRST_BAD: Final = frozenset("DFIQUV")
_NI_SECOND_BAD: Final = frozenset("DFIOQUV")
_NI_PREFIX_BAD: Final = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def is_valid_ni_number(nino: str) -> bool:
    """True for a National Insurance number shape with an allocatable prefix (spaces and dashes ignored)."""
    s = nino.replace(" ", "").replace("-", "").upper()
    if len(s) != 9 or not s[:2].isalpha() or not s[:2].isascii():
        return False
    if not (s[2:8].isascii() and s[2:8].isdigit()) or s[8] not in "ABCD":
        return False
    return s[0] not in _NI_FIRST_BAD and s[1] not in _NI_SECOND_BAD and s[:2] not in _NI_PREFIX_BAD


# --------------------------------------------------------------------------------------------------
# Identifiers with a check

# A UPN is glued to nothing alphanumeric; '#', '/' and '-' before it mean a code of some other scheme.
_UPN = regex.compile(r"(?i)(?<![\w#/-])[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z](?![\w])")
# 10 digits: contiguous (ULN or NHS) or the NHS's 3-3-4 with one consistent separator. Not a part of a
# longer number, a decimal, a price, a path or an order code.
_TEN_DIGITS = regex.compile(
    r"(?<![\w.,#/+£$€-])(?P<a>[0-9]{3})(?P<sep>[ -]?)(?P<b>[0-9]{3})(?P=sep)(?P<c>[0-9]{4})"
    r"(?![\w]|[.,/-][0-9])"
)
_NI = regex.compile(
    r"(?i)(?<![\w#/-])(?P<p>[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ -]?(?P<d1>[0-9]{2})[ -]?(?P<d2>[0-9]{2})[ -]?"
    r"(?P<d3>[0-9]{2})[ -]?(?P<s>[A-D])(?![\w-])"
)


# Shape tests that every match of _UPN, _TEN_DIGITS and _NI contains (the ASCII digits run together or in
# their groups): trigger gates, so that a long URL or a tweet id with digits scattered through it does not
# open every identifier finder. NI_SHAPE ends with the suffix letter: without it, every phone number opened
# the NI finder. (Under (?i) no character outside ASCII matches A-D, so [A-Da-d] is the whole class.)
UPN_SHAPE: Final = re.compile(r"[A-Za-z][0-9]{11}")
TEN_DIGIT_SHAPE: Final = re.compile(r"[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}")
NI_SHAPE: Final = re.compile(r"[0-9]{2}[ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[A-Da-d]")


def find_upns(text: str, *, strict_la: bool = False) -> list[Span]:
    """UPNs with a right check letter. See ``UPN_LA_CODES`` for what ``strict_la`` requires."""
    if _count_ascii_digits(text) < 11:
        return []
    out: list[Span] = []
    for m in _finditer(_UPN, text):
        upn = m.group().upper()
        if not is_valid_upn(upn):
            continue
        if _negative_context(text, m.start(), "upn"):
            continue
        details = [("temporary", "yes" if upn[12].isalpha() else "no")]
        if int(upn[1:4]) in UPN_LA_CODES:
            confidence = CONFIDENCE["upn"]
            details.append(("la", "known"))
        elif strict_la:
            continue
        else:
            confidence = CONFIDENCE["upn/unrecognised-la"]
            details.append(("la", "unrecognised"))
        out.append(Span(m.start(), m.end(), "upn", confidence, tuple(details)))
    return out


def _ten_digit_spans(text: str, kind: str) -> list[Span]:
    if _count_ascii_digits(text) < 10:
        return []
    other = "uln" if kind == "nhs-number" else "nhs-number"
    out: list[Span] = []
    for m in _finditer(_TEN_DIGITS, text):
        digits = m["a"] + m["b"] + m["c"]
        grouped = bool(m["sep"])
        if kind == "nhs-number":
            if not is_valid_nhs_number(digits):
                continue
        elif grouped or not is_valid_uln(digits):
            # A ULN is issued and written as one 10-digit run.
            continue
        if _negative_context(text, m.start(), kind):
            continue
        sure = _positive_context(text, m.start(), kind)
        if not sure and _positive_context(text, m.start(), other):
            # "ULN 9276308687" that fails the ULN check but passes NHS mod 11 is a mistyped ULN, not an
            # NHS number (one wrong ULN in eleven would be), and vice versa.
            continue
        sure = sure or (kind == "nhs-number" and grouped)
        confidence = CONFIDENCE[kind] if sure else CONFIDENCE[f"{kind}/bare"]
        out.append(Span(m.start(), m.end(), kind, confidence, (("context", "yes" if sure else "no"),)))
    return out


def find_nhs_numbers(text: str) -> list[Span]:
    """NHS numbers (``999 999 9999``, ``999-999-9999``, ``9999999999``) with a right mod-11 check digit."""
    return _ten_digit_spans(text, "nhs-number")


def find_ulns(text: str) -> list[Span]:
    """Unique Learner Numbers (10 digits, weights 10..1, sum = 10 mod 11)."""
    return _ten_digit_spans(text, "uln")


def find_ni_numbers(text: str) -> list[Span]:
    """National Insurance numbers with an allocatable prefix and an A-D suffix, spaces optional."""
    if NI_SHAPE.search(text) is None:
        return []
    out: list[Span] = []
    for m in _finditer(_NI, text):
        if not is_valid_ni_number(m.group()):
            continue
        if _negative_context(text, m.start(), "ni-number"):
            continue
        out.append(Span(m.start(), m.end(), "ni-number", CONFIDENCE["ni-number"]))
    return out


# --------------------------------------------------------------------------------------------------
# Phone numbers

# A candidate as people write a UK number. Not preceded by a word character, '+', '#', '/', '@', '.',
# a currency sign or ':' (URLs, order codes, decimals, prices, times); not followed by more word
# characters or digits. The shape is checked by phonenumbers afterwards.
_PHONE = regex.compile(
    r"""
    (?<![\w+#@.£$€\-])(?<![^\W0-9]/)    # '/' only between two numbers ("07700 900123/07700 900124")
    (?:
        (?:\+[ ]?|00[ ]?)44[ ]?(?:\(0\)[ ]?)?\(?[1-9][0-9]{0,4}\)?   # +44 / 0044, optional (0), area code
      | \(?0[1-9][0-9]{0,4}\)?                                     # trunk 0 and area code
    )
    # Then groups of 3-6 digits: nobody writes a UK number in pairs ("07 12 23 34 41" is a lottery draw).
    (?:[ ]?[\-.]?[ ]?[0-9]{3,6}){1,4}
    (?![\w]|[.,:\-]?[0-9])
    """,
    regex.VERBOSE,
)
# dd/mm/yyyy, dd-mm-yy, dd.mm.yyyy: a date, even when it starts with 0. These two run on a candidate (a few
# dozen characters of digits and separators, by _PHONE's shape), not on the post: the stdlib engine, without
# the time budget (see _TIMEOUT_BASE).
_DATE_LIKE = re.compile(r"\(?[0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{2,4}")
_TRAILING_GROUP = re.compile(r"[ ]?[\-.]?[ ]?[0-9]{1,3}$")
# National significant numbers of service ranges: 0800/0808 freephone, 03 UAN, 084/087 shared cost,
# 09 premium rate. An organisation's number, not a person's.
_SERVICE_PREFIXES: Final = ("80", "3", "84", "87", "9")
# NSNs shorter than 9 digits are freephone/short service numbers (0800 1111) or dates and times.
_MIN_NSN_DIGITS: Final = 9
# What every reported number contains: at least ten ASCII digits (0 or 44, then a 9-digit NSN), each after at
# most four of the characters _PHONE allows between two digits (") -" after an area code, " (" and ") " around
# "(0)"). A trigger gate and the finder's first test: HTML entities ("&#128514;") and dates bring ten digits
# to many posts without a number written like a phone's.
PHONE_SHAPE: Final = re.compile(r"[0-9](?:[ \-.()]{0,4}[0-9]){9}")


# phonenumbers' answers depend only on the candidate string, and parsing and validating one costs ~60 us:
# remember them for the numbers a school's posts repeat (the office, a club's contact). Bounded, and
# lru_cache stays consistent under threads. The cached PhoneNumber is shared: read it, never modify it.
@functools.lru_cache(maxsize=1024)
def _parse_uk(candidate: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(candidate, "GB")
    except phonenumbers.NumberParseException:
        return None
    if number.country_code != 44 or len(str(number.national_number)) < _MIN_NSN_DIGITS:
        return None
    return number if phonenumbers.is_possible_number(number) else None


@functools.lru_cache(maxsize=1024)
def _is_valid_uk(candidate: str) -> bool:
    """Whether the (possible) number ``candidate`` is in a range Ofcom has allocated."""
    number = _parse_uk(candidate)
    return number is not None and phonenumbers.is_valid_number(number)


def uk_phone_key(candidate: str) -> int | None:
    """The national significant number of a UK phone string, for comparing with the school's own."""
    try:
        number = phonenumbers.parse(candidate, "GB")
    except phonenumbers.NumberParseException:
        return None
    national = number.national_number
    return national if number.country_code == 44 and national is not None else None


def find_phone_numbers(text: str, *, service_numbers: bool = False) -> list[Span]:
    """UK phone numbers written with ``0``, ``+44`` or ``0044`` that are *possible* GB numbers."""
    if PHONE_SHAPE.search(text) is None:
        return []
    out: list[Span] = []
    for m in _finditer(_PHONE, text):
        start, end = m.start(), m.end()
        candidate = m.group()
        if _DATE_LIKE.fullmatch(candidate) is not None:
            continue
        number = _parse_uk(candidate)
        if number is None:
            # "07700 900123 45 pupils": the regex took a trailing short group; try without it once.
            trailing = _TRAILING_GROUP.search(candidate)
            if trailing is None or trailing.start() == 0:
                continue
            end = start + trailing.start()
            candidate = text[start:end]
            number = _parse_uk(candidate)
            if number is None:
                continue
        if candidate.startswith("(") and ")" not in candidate:
            start += 1  # an unmatched opening bracket is punctuation, not part of the number
        nsn = str(number.national_number)
        if not service_numbers and nsn.startswith(_SERVICE_PREFIXES):
            continue
        if _negative_context(text, start, "uk-phone"):
            continue
        valid = _is_valid_uk(candidate)
        confidence = CONFIDENCE["uk-phone"] if valid else CONFIDENCE["uk-phone/possible"]
        out.append(Span(start, end, "uk-phone", confidence, (("valid", "yes" if valid else "possible"),)))
    return out


# --------------------------------------------------------------------------------------------------
# Email

# Possessive quantifiers: the local part is followed by '.' or '@' only, so giving characters back can
# never help, and refusing to makes a long run of letters without '@' linear.
_EMAIL = regex.compile(
    r"(?<![\w.%+\-@])"
    r"(?P<local>[\w%+\-]++(?:\.[\w%+\-]++)*+)"
    r"@"
    # Not possessive here: the last label must be able to give its dot back to become the TLD.
    r"(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})"
    r"(?![\w\-]|\.[A-Za-z0-9])"
)

# An address has its local part right before the "@" ("@user" at the start of a reply, or after a space, is a
# handle) and a dotted domain after it: _EMAIL's first domain label, its dot, and the start of the next
# label or the top-level one. "&#8220;@user" and "@user:" (quoted replies) have the one and not the other.
# Written to start with the "@" so that the search skips to each "@" (it is a trigger: it runs on every post
# with one).
EMAIL_AT: Final = re.compile(r"@(?<=[^\s@]@)[A-Za-z0-9][A-Za-z0-9\-]*\.[A-Za-z0-9]")


# Obfuscated addresses: "jo(at)example(dot)com", "jo [at] example [dot] co [dot] uk", "jo at example dot com".
# At least one separator must be spelt out in brackets or as the word "dot": "see you at bbc.co.uk" is a
# sentence, not an address.
_OB_AT = r"\s*[(\[{<]\s*at\s*[)\]}>]\s*|\s+at\s+"
_OB_DOT = r"\s*[(\[{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+|\."
# Top-level labels that are not everyday words: with "me", "it", "in" or "us" every post holding "at" and one of
# them would open the detector (and the fast pass would lose most of its clean posts).
_OB_TLDS: Final = ("com", "org", "net", "edu", "gov", "info", "biz", "io", "uk", "ie", "eu", "fr", "nl", "au", "nz")
_OBFUSCATED_EMAIL = regex.compile(
    rf"""(?<![\w.@+\-])
    (?P<local>[a-z0-9](?:[a-z0-9._+\-]{{0,62}}[a-z0-9])?)
    (?P<at>{_OB_AT})
    (?P<domain>[a-z0-9][a-z0-9\-]{{0,62}}(?:(?:{_OB_DOT})[a-z0-9][a-z0-9\-]{{0,62}})*)
    (?P<dot>{_OB_DOT})
    (?P<tld>{"|".join(_OB_TLDS)})(?![\w\-])""",
    regex.VERBOSE | regex.IGNORECASE,
)
_SPELT_DOT = regex.compile(r"(?i)dot")
# The words that can open the obfuscated shape: a post without one of these never runs its regex.
OBFUSCATED_EMAIL_TRIGGERS: Final = Triggers(
    words=frozenset({"dot"}), phrases=frozenset(frozenset({"at", tld}) for tld in _OB_TLDS)
)


def find_emails(text: str) -> list[Span]:
    """Email addresses (dot-atom local part, dotted domain, alphabetic top-level label), and addresses
    written out to dodge scrapers ("jo(at)example(dot)com", "jo at example dot com")."""
    out: list[Span] = []
    if "@" in text and EMAIL_AT.search(text) is not None:
        out = [Span(m.start(), m.end(), "email", CONFIDENCE["email"]) for m in _finditer(_EMAIL, text)]
    lowered = text.lower()
    if (
        (" at " in lowered or "at)" in lowered or "at]" in lowered or "at}" in lowered or "at>" in lowered)
        and _OB_TLD_WORD.search(lowered) is not None
        and ("dot" in lowered or _OB_BRACKETED_AT.search(lowered) is not None)
    ):
        # "see you at the match" is everywhere; a written-out address also needs its top-level label as a word,
        # and (_obfuscated_emails) an "at" in brackets or a "dot" spelt out: "at the match ... .com" has neither.
        out.extend(_obfuscated_emails(text))
    return out


# Every _OBFUSCATED_EMAIL match ends with a top-level label after a separator (".", a space or a bracket).
_OB_TLD_WORD: Final = re.compile(r"(?<![a-z0-9])(?:" + "|".join(_OB_TLDS) + r")(?![\w\-])")
# The bracketed form of _OB_AT, on the lower-cased text (the stdlib's \s takes every character the regex
# module's does).
_OB_BRACKETED_AT: Final = re.compile(r"[(\[{<]\s*at\s*[)\]}>]")


def _obfuscated_emails(text: str) -> Iterator[Span]:
    for m in _finditer(_OBFUSCATED_EMAIL, text):
        bracketed_at = not m["at"].isspace() and m["at"].strip().lower() != "at"
        spelt_dot = _SPELT_DOT.search(m["domain"] + m["dot"]) is not None
        if not (bracketed_at or spelt_dot):
            continue
        local = m["local"].lower()
        # "look at this dot com bubble": with both separators written as plain words, the part before "at"
        # must look like a mailbox (a dot, digit or symbol in it, or not an everyday word).
        if not bracketed_at and not any(c in local for c in "._+-0123456789") and zipf(local) >= 4.0:
            continue
        yield Span(m.start(), m.end(), "email", CONFIDENCE["email/obfuscated"], (("obfuscated", "yes"),))


# --------------------------------------------------------------------------------------------------
# Postcodes

_PC_CORE = r"""
(?P<pc>
    (?P<gir>GIR[ ]?0AA)
  | (?P<out>
        (?P<area1>[A-PR-UWYZ])[0-9](?:[0-9]|[ABCDEFGHJKPSTUW])?        # A9, A99, A9A
      | (?P<area2>[A-PR-UWYZ][A-HK-Y])[0-9](?:[0-9]|[ABEHMNPRVWXY])?   # AA9, AA99, AA9A
    )
    [ \u00a0]?
    (?P<in>[0-9][ABD-HJLNP-UW-Z]{2})                                   # 9AA, no C I K M O V
)
"""
# Not inside a handle, hashtag, URL path or domain ("@M94Rx", "tl.gd/b245js").
_POSTCODE = regex.compile(r"(?<![\w@#/.])" + _PC_CORE + r"(?![\w])", regex.VERBOSE | regex.IGNORECASE)

# The eight single-letter postcode areas; every other outward code has two letters.
_SINGLE_LETTER_AREAS: Final = frozenset("BEGLMNSW")
# Royal Mail's two-letter postcode areas (including the Crown dependencies and BF/BX non-geographic).
_TWO_LETTER_AREAS: Final = _words(
    "AB AL BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY "
    "EC EH EN EX FK FY GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY LA LD LE LL LN LS "
    "LU ME MK ML NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM SA SE SG SK SL SM SN SO SP SR SS "
    "ST SW SY TA TD TF TN TQ TR TS TW UB WA WC WD WF WN WR WS WV YO ZE"
)
_ORDINALS: Final = frozenset({"0TH", "1ST", "2ND", "3RD", "4TH", "5TH", "6TH", "7TH", "8TH", "9TH"})
_STORAGE_UNITS: Final = frozenset({"GB", "TB", "PB"})


def _postcode_span(m: regex.Match[str]) -> Span | None:
    """The span for a postcode-shaped match, or None where the shape rules allow but sense does not."""
    start, end = m.span("pc")
    written = m["pc"]
    # Postcodes are written in one case. Mixed case ("Hu27le", "LB274Gh") is a word or a URL code; and
    # run together in lower case ("l00py") the shape is too common among words with digits in them.
    spaced = " " in written or "\u00a0" in written
    if not (written.isupper() or (written.islower() and spaced)):
        return None
    if m["gir"] is not None:
        return Span(start, end, "uk-postcode", CONFIDENCE["uk-postcode"])
    inward = m["in"].upper()
    if inward in _ORDINALS or inward[1:] in _STORAGE_UNITS:
        return None
    if m["area1"] is not None:
        if m["area1"].upper() not in _SINGLE_LETTER_AREAS:
            return None
        return Span(start, end, "uk-postcode", CONFIDENCE["uk-postcode"])
    if m["area2"].upper() in _TWO_LETTER_AREAS:
        return Span(start, end, "uk-postcode", CONFIDENCE["uk-postcode"])
    return Span(start, end, "uk-postcode", CONFIDENCE["uk-postcode/unknown-area"], (("area", "unknown"),))


def normalise_postcode(postcode: str) -> str:
    """Upper case without spaces: how two writings of one postcode compare."""
    return "".join(postcode.split()).replace("\u00a0", "").upper()


# A loose shape every postcode has, searched with the stdlib engine first: one or two letters at the start
# of a word, a digit, ..., a digit and two letters that end the word (or the "0AA" of GIR 0AA). Most texts
# with digits have no such run, and this costs a fraction of the full pattern. It is also the trigger, run
# on every post with a digit: it starts at the first digit of the outward code and looks back for the area
# letters, so that the search skips to each digit instead of trying every letter. Its classes are
# supersets of _POSTCODE's: under (?i) the stdlib's [a-z] also takes the four characters (İ ı ſ K) that
# match an ASCII letter in the regex module, and all four are \w there too.
_POSTCODE_QUICK = re.compile(
    r"""(?i)[0-9](?:
        (?:(?<=(?<![a-z0-9_@#/.])[a-z][0-9])|(?<=(?<![a-z0-9_@#/.])[a-z][a-z][0-9]))  # the area letters
        [a-z0-9]?[ \u00a0]?[0-9][a-z]{2}(?![a-z0-9_])
      | (?<=0)aa  # GIR 0AA
    )""",
    re.VERBOSE,
)


_GIR_QUICK = re.compile(r"0aa", re.IGNORECASE)


def find_postcodes(text: str) -> list[Span]:
    """UK postcodes by the Royal Mail shape rules, with or without the space, any case."""
    if _POSTCODE_QUICK.search(text) is None:
        return []
    out: list[Span] = []
    for m in _finditer(_POSTCODE, text):
        span = _postcode_span(m)
        if span is not None:
            out.append(span)
    return out


# --------------------------------------------------------------------------------------------------
# Dates of birth

_MONTHS: Final[Mapping[str, int]] = {
    **{name: i for i, name in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"], start=1)},
    **{name: i for i, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)},
    "sept": 9,
}  # fmt: skip
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = regex.compile(
    rf"""
    (?<![\w/.\-])
    (?:
        (?P<d1>[0-9]{{1,2}})(?P<s1>[/.\-])(?P<m1>[0-9]{{1,2}})(?P=s1)(?P<y1>[0-9]{{4}}|[0-9]{{2}})
      | (?P<y2>[0-9]{{4}})-(?P<m2>[0-9]{{2}})-(?P<d2>[0-9]{{2}})
      | (?P<d3>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:[ ]+of)?[ ]+(?P<mn3>{_MONTH_ALT})\.?
        (?:,?[ ]+(?P<y3>[0-9]{{4}}))?
      | (?P<mn4>{_MONTH_ALT})\.?[ ]+(?P<d4>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:,?[ ]+(?P<y4>[0-9]{{4}}))?
    )
    (?![\w/]|[.\-][0-9])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_DOB_TRIGGER = regex.compile(
    r"(?i)(?<![\w])(?:born|date[ ]+of[ ]+birth|birth[ ]?date|birthday|b-?'?day|d\.o\.b\.?|dob)(?![\w])"
)
# What may stand between the trigger word and the date: punctuation and a few function words ("DOB: ",
# "born on the ", "birthday is on ", "(DOB)"). Anything else ("Born to run: cross-country on 3 May",
# "Happy birthday! Trip on 3 May") means the date is about something else. Bounded by the windows below.
_DOB_GAP = regex.compile(r"(?i)(?:[\s:=,(\-–]|'s|’s|(?<![\w])(?:is|was|were|on|the|of|in|at)(?![\w]))*")
_DOB_AFTER_WINDOW: Final = 24  # characters from the trigger word to the date ("DOB: ...", "born on the ...")
_DOB_BEFORE_WINDOW: Final = 12  # characters from the date to a trailing "(DOB)"
# The screener's post words are runs of letters and digits, so "d.o.b." arrives as "d", "o", "b" and
# "b'day" as "b", "day": "b" stands for both (rare as a word on its own; "5b" is one word).
DOB_TRIGGER_WORDS: Final = frozenset({"born", "dob", "b", "birth", "birthday", "birthdate", "bday"})


def _is_calendar_date(m: regex.Match[str]) -> bool:
    """Whether a date match names a real day (a two-digit year is read as 19xx or 20xx)."""
    if m["d1"] is not None:
        day, month, year_s = int(m["d1"]), int(m["m1"]), m["y1"]
        year: int | None = int(year_s) if len(year_s) == 4 else 2000 + int(year_s)
    elif m["y2"] is not None:
        day, month, year = int(m["d2"]), int(m["m2"]), int(m["y2"])
    elif m["d3"] is not None:
        day, month = int(m["d3"]), _MONTHS[m["mn3"].lower()]
        year = int(m["y3"]) if m["y3"] else None
    else:
        day, month = int(m["d4"]), _MONTHS[m["mn4"].lower()]
        year = int(m["y4"]) if m["y4"] else None
    if year is not None and not 1900 <= year <= 2100:
        return False
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000 is a leap year: 29 Feb is a birthday
    except ValueError:
        return False
    return True


def find_dates_of_birth(text: str) -> list[Span]:
    """Dates near "born", "DOB", "d.o.b.", "date of birth" or "birthday" (same sentence)."""
    if _ASCII_DIGIT.search(text) is None:  # every date shape has a day number
        return []
    triggers = [(m.start(), m.end()) for m in _finditer(_DOB_TRIGGER, text)]
    if not triggers:
        return []
    out: list[Span] = []
    for m in _finditer(_DATE, text):
        if not _is_calendar_date(m):
            continue
        start, end = m.span()
        near = any(
            (t_end <= start <= t_end + _DOB_AFTER_WINDOW and _fullmatch(_DOB_GAP, text, t_end, start))
            or (end <= t_start <= end + _DOB_BEFORE_WINDOW and _fullmatch(_DOB_GAP, text, end, t_start))
            for t_start, t_end in triggers
        )
        if not near:
            continue
        has_year = any(m[g] for g in ("y1", "y2", "y3", "y4"))
        confidence = CONFIDENCE["date-of-birth"] if has_year else CONFIDENCE["date-of-birth/no-year"]
        out.append(Span(start, end, "date-of-birth", confidence, (("year", "yes" if has_year else "no"),)))
    return out


# --------------------------------------------------------------------------------------------------
# Home addresses

_STREET_SUFFIXES: Final = _words(
    "Road Rd Street St Lane Ln Avenue Ave Close Drive Dr Crescent Cres Way Grove Gardens Gdns Place "
    "Court Terrace Walk Row Hill Rise Mews View Park Square Parade Green Vale Croft Fold Meadow "
    "Meadows Chase Boulevard Approach Wynd Brow Mount"
)
_SUFFIX_ALT = "|".join(sorted(_STREET_SUFFIXES, key=len, reverse=True))
_SUFFIX_WORDS: Final = frozenset(w.casefold() for w in _STREET_SUFFIXES)
# Abbreviated suffixes may carry a full stop ("Church St."); after a full word a dot ends the sentence.
_ABBREVIATED_SUFFIXES: Final = frozenset({"Rd", "St", "Ln", "Ave", "Dr", "Cres", "Gdns"})
_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_ADDRESS = regex.compile(
    rf"""
    (?<![\w£$€#.,/\-])
    (?:(?:Flat|Apartment|Apt|Unit)\.?[ ]+[0-9]{{1,4}}[A-Za-z]?,?[ ]+)?
    (?P<num>[0-9]{{1,4}}[A-Za-z]?(?:-[0-9]{{1,4}})?),?[ ]+
    (?P<street>(?:{_NAME_WORD}[ ]+){{1,3}}(?P<suffix>{_SUFFIX_ALT}))
    (?![\w'’-])(?P<dot>\.)?
    """,
    regex.VERBOSE,
)
# After the street: an optional town (after a comma) and a postcode, or a town that ends the clause.
# Up to two places ("Headingley, Leeds"): a locality and a post town.
_TOWN = r"[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2}"
_ADDRESS_TAIL_POSTCODE = regex.compile(
    rf"(?:,[ ]*|[ ]+)(?:{_TOWN},?[ ]+){{0,2}}(?i:" + _PC_CORE + r")(?![\w])",
    regex.VERBOSE,
)
_TITLE_WORD_NEXT = regex.compile(r"[ ]+[A-Z][a-z]")
_ADDRESS_TAIL_TOWN = regex.compile(rf"(?:,[ ]*{_TOWN}){{1,2}}(?=[ ]*(?:[.,;:!?)\n]|$))")
# "Year 6 ...", "Room 4 ...", "scored 3 ...": the number before the name words is not a house number.
_ADDRESS_BAD_BEFORE = regex.compile(
    r"(?i)(?<![\w])(?:year|yr|y|class|room|rm|stage|ks|key|top|form|group|set|team|level|grade|page|chapter|"
    r"no|number|day|days|week|weeks|term|lesson|table|platform|book|episode|series|part|zone|bus|route|age|"
    r"aged|under|over|score|scored|won|lost|beat|best|hole|pitch|court|bay|gate|track|the)\.?[ ]*$"
)
_ADDRESS_BAD_FIRST_WORD: Final = _words(
    "minute minutes min mins hour hours mile miles day days week weeks year years point points goal "
    "goals metre metres meter meters second seconds time times pupils children kids students people "
    "new more great big little top best lovely amazing"
)


# The house number followed by a capitalised word, which every address shape above starts with (stdlib
# engine, as a cheap first test).
_ADDRESS_QUICK = re.compile(r"[0-9][A-Za-z]?,?[ ]+[A-Z][a-z'’]")


def _address_key(num: str, street: str) -> str:
    return f"{num.lower()} {' '.join(street.lower().split())}"


def _iter_addresses(text: str) -> Iterator[tuple[Span, str, str | None]]:
    """(span, "number street" key, normalised postcode or None) for each home-address-shaped match."""
    for m in _finditer(_ADDRESS, text):
        first_word = m["street"].split()[0].lower()
        if first_word in _ADDRESS_BAD_FIRST_WORD:
            continue
        if _search(_ADDRESS_BAD_BEFORE, text[max(0, m.start() - 16) : m.start()]):
            continue
        end = m.end()
        if m["dot"] is not None and m["suffix"] not in _ABBREVIATED_SUFFIXES:
            end -= 1
        postcode: str | None = None
        tail = _match(_ADDRESS_TAIL_POSTCODE, text, end)
        if tail is not None and (pc := _postcode_span(tail)) is not None:
            end = pc.end
            postcode = normalise_postcode(text[pc.start : pc.end])
        elif (town := _match(_ADDRESS_TAIL_TOWN, text, end)) is not None:
            end = town.end()
        elif _match(_TITLE_WORD_NEXT, text, end) is not None:
            # "2064 Supreme Court Confirmation", "3 Park Lane Primary": a street name ends at its suffix,
            # so a further capitalised word means a longer proper name (a town comes after a comma).
            continue
        kind_conf = CONFIDENCE["home-address/postcode"] if postcode else CONFIDENCE["home-address"]
        details = (("postcode", "yes" if postcode else "no"),)
        yield (
            Span(m.start(), end, "home-address", kind_conf, details),
            _address_key(m["num"], m["street"]),
            postcode,
        )


def find_home_addresses(text: str) -> list[Span]:
    """House number + Title-case street name + street suffix, with an optional town and postcode."""
    if _ADDRESS_QUICK.search(text) is None:
        return []
    return [span for span, _, _ in _iter_addresses(text)]


# --------------------------------------------------------------------------------------------------
# Health / SEN terms


def _health_alternatives() -> tuple[tuple[int, str], ...]:
    """(index into HEALTH_TERMS, named group) for every term, in the order the alternation tries them."""
    # Longer patterns first so that "SEN support" is preferred to "SEN" at the same position.
    ordered = sorted(enumerate(HEALTH_TERMS), key=lambda item: -len(item[1][1]))
    return tuple(
        (i, f"(?P<h{i}>{pattern if case_sensitive else f'(?i:{pattern})'})")
        for i, (_name, pattern, _confidence, case_sensitive, _words) in ordered
    )


_HEALTH_ALTERNATIVES: Final = _health_alternatives()


def _health_regex(terms: Iterable[int] | None = None) -> regex.Pattern[str]:
    """The alternation of these terms (all when None), in the full pattern's order."""
    keep = None if terms is None else frozenset(terms)
    parts = [part for i, part in _HEALTH_ALTERNATIVES if keep is None or i in keep]
    return regex.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")


# The alternation of every term. A post needs it only when it holds the trigger words of more than
# _HEALTH_SUBSET_MAX terms, or one of the four characters of _FOLDS_TO_ASCII_LETTER, which most screening runs
# never meet; compiling its 2,800 characters was 0.08 s, a twentieth of building a screener, so the first
# such post compiles it (as every post compiles the small subset it needs, below).
@functools.lru_cache(maxsize=1)
def _health_all() -> regex.Pattern[str]:
    return _health_regex()


_HEALTH_GROUPS: Final[Mapping[str, tuple[str, float]]] = {
    f"h{i}": (name, confidence) for i, (name, _pattern, confidence, *_rest) in enumerate(HEALTH_TERMS)
}
HEALTH_TRIGGER_WORDS: Final = frozenset(word for *_, words in HEALTH_TERMS for word in words)


def _health_terms_by_word() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """Term indices by lower-case trigger word, and (case-sensitive terms) by the acronym as written."""
    by_word: dict[str, list[int]] = {}
    by_acronym: dict[str, list[int]] = {}
    for i, (*_, case_sensitive, words) in enumerate(HEALTH_TERMS):
        for word in words:
            if case_sensitive:
                by_acronym.setdefault(word.upper(), []).append(i)
            else:
                by_word.setdefault(word, []).append(i)
    return {k: tuple(v) for k, v in by_word.items()}, {k: tuple(v) for k, v in by_acronym.items()}


_HEALTH_BY_WORD, _HEALTH_BY_ACRONYM = _health_terms_by_word()
_HEALTH_WORD_KEYS: Final = frozenset(_HEALTH_BY_WORD)
_HEALTH_ACRONYM_KEYS: Final = frozenset(_HEALTH_BY_ACRONYM)

# The words of a text as _health_pattern_for's argument needs them: runs of ASCII letters and digits. The
# argument holds for any text in which the patterns' ASCII characters can only match ASCII characters; under
# (?i) exactly these four also match one (İ and ı -> i or I, ſ -> s, the Kelvin sign -> k), and a text with
# one of them is scanned with the full pattern.
_ASCII_WORD: Final = re.compile(r"[A-Za-z0-9]+")
_FOLDS_TO_ASCII_LETTER: Final = frozenset("\u0130\u0131\u017f\u212a")
# More terms than this in one post: the full pattern, rather than compiling one more subset.
_HEALTH_SUBSET_MAX: Final = 4


# Bounded (a few hundred small patterns), and lru_cache keeps itself consistent under threads (two may both
# compile a pattern: the same one).
@functools.lru_cache(maxsize=256)
def _health_subset(terms: tuple[int, ...]) -> regex.Pattern[str]:
    return _health_regex(terms)


# Which terms a post can hold, from its words: most posts that open the detector hold the trigger word of
# one term ("support", "self", "attention"), and a pattern of that term alone scans the text several times
# faster than the alternation of all of them. Leaving out a term that cannot match anywhere in the text
# changes nothing: at every position the alternation still tries the remaining terms in the same order.
# A term can only match where one of its trigger words is a whole word of the text (the pattern's words are
# bounded by its lookarounds and its own separators; tests/detectors/test_personal_data.py expands every
# pattern to check its trigger words). Case-sensitive terms are upper-case acronyms: their key is the
# acronym as written.
def _health_pattern_for(text: str) -> regex.Pattern[str] | None:
    """The alternation of the terms that text can hold (None when it can hold none)."""
    if not text.isascii() and not _FOLDS_TO_ASCII_LETTER.isdisjoint(text):
        return _health_all()
    words = _ASCII_WORD.findall(text)
    terms = {i for word in _HEALTH_WORD_KEYS.intersection(map(str.lower, words)) for i in _HEALTH_BY_WORD[word]}
    terms.update(i for word in _HEALTH_ACRONYM_KEYS.intersection(words) for i in _HEALTH_BY_ACRONYM[word])
    if not terms:
        return None
    return _health_all() if len(terms) > _HEALTH_SUBSET_MAX else _health_subset(tuple(sorted(terms)))


def find_health_terms(text: str) -> list[Span]:
    """Health and SEN terms (special-category data when a rule ties them to a named person)."""
    pattern = _health_pattern_for(text)
    if pattern is None:
        return []
    out: list[Span] = []
    for m in _finditer(pattern, text):
        group = m.lastgroup
        if group is None:
            continue
        name, confidence = _HEALTH_GROUPS[group]
        out.append(Span(m.start(), m.end(), "health-sen", confidence, (("term", name),)))
    return out


# --------------------------------------------------------------------------------------------------
# Overlaps and the combined finder


def _digit_count(text: str, span: Span) -> int:
    return len(_digits(text[span.start : span.end]))


def resolve_overlaps(spans: Iterable[Span], text: str) -> list[Span]:
    """Keep one span wherever spans overlap (module docstring), returned in text order."""
    candidates = list(spans)
    phones = [s for s in candidates if s.kind == "uk-phone"]
    if phones:
        # "+44 113 496 0123": the phone has more digits than the 10-digit run inside it, so the run is a
        # coincidence of the phone, not an identifier. Same digits: the checksummed identifier wins.
        dropped: set[int] = set()
        for i, s in enumerate(candidates):
            if s.kind in _CHECKSUMMED:
                for p in phones:
                    if p.start < s.end and s.start < p.end and _digit_count(text, p) > _digit_count(text, s):
                        dropped.add(i)
                        break
        candidates = [s for i, s in enumerate(candidates) if i not in dropped]
    ranked = sorted(candidates, key=lambda s: (OVERLAP_PRIORITY[s.kind], -(s.end - s.start), s.start))
    kept: list[Span] = []
    for s in ranked:
        if all(s.end <= k.start or k.end <= s.start for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: (s.start, s.end))


@dataclass(frozen=True, slots=True)
class _Exclusions:
    """The school's own published contact details, normalised for comparison."""

    phones: frozenset[int] = frozenset()
    emails: frozenset[str] = frozenset()
    postcodes: frozenset[str] = frozenset()
    addresses: frozenset[str] = frozenset()

    @classmethod
    def of(cls, profile: SchoolProfile | None) -> _Exclusions:
        if profile is None:
            return cls()
        school = profile.school
        phones = {key for p in school.phones if (key := uk_phone_key(p)) is not None}
        emails = {e.strip().casefold() for e in school.emails}
        postcodes: set[str] = set()
        addresses: set[str] = set()
        for address in school.addresses:
            postcodes.update(normalise_postcode(address[s.start : s.end]) for s in find_postcodes(address))
            addresses.update(key for _, key, _ in _iter_addresses(address))
        return cls(frozenset(phones), frozenset(emails), frozenset(postcodes), frozenset(addresses))

    def __bool__(self) -> bool:
        return bool(self.phones or self.emails or self.postcodes or self.addresses)

    def drop(self, spans: Iterable[Span], text: str) -> list[Span]:
        if not self:
            return list(spans)
        return [s for s in spans if not self._is_school(s, text)]

    def _is_school(self, span: Span, text: str) -> bool:
        value = text[span.start : span.end]
        if span.kind == "uk-phone":
            return uk_phone_key(value) in self.phones
        if span.kind == "email":
            return value.casefold() in self.emails
        if span.kind == "uk-postcode":
            return normalise_postcode(value) in self.postcodes
        if span.kind == "home-address":
            for _, key, postcode in _iter_addresses(value):
                return key in self.addresses or (postcode is not None and postcode in self.postcodes)
        return False


def _finders(*, service_numbers: bool, strict_la: bool) -> dict[str, Callable[[str], list[Span]]]:
    return {
        "uk-phone": lambda t: find_phone_numbers(t, service_numbers=service_numbers),
        "email": find_emails,
        "uk-postcode": find_postcodes,
        "upn": lambda t: find_upns(t, strict_la=strict_la),
        "uln": find_ulns,
        "nhs-number": find_nhs_numbers,
        "ni-number": find_ni_numbers,
        "date-of-birth": find_dates_of_birth,
        "home-address": find_home_addresses,
        "health-sen": find_health_terms,
    }


def find_personal_data(
    text: str,
    *,
    kinds: Iterable[str] = IDENTIFIER_KINDS,
    service_numbers: bool = False,
    strict_la: bool = False,
) -> list[Span]:
    """All identifier kinds (not health terms, unless asked) with the overlap policy applied."""
    return resolve_overlaps(_collect(text, kinds, service_numbers=service_numbers, strict_la=strict_la), text)


# The fewest ASCII digits each identifier is written with: a post with fewer never opens its detector (the
# finders below check the same bound, so the trigger only saves the call).
MIN_DIGITS: Final[Mapping[str, int]] = {
    "uk-phone": 10,  # 0 + a 9-digit national number
    "upn": 11,  # a temporary UPN: letter, 11 digits, letter
    "uln": 10,
    "nhs-number": 10,
    "ni-number": 6,
    "uk-postcode": 1,  # "GIR 0AA"
    "home-address": 1,
    "date-of-birth": 1,  # every date shape has a day number
}


def _collect(text: str, kinds: Iterable[str], *, service_numbers: bool, strict_la: bool) -> list[Span]:
    finders = _finders(service_numbers=service_numbers, strict_la=strict_la)
    spans: list[Span] = []
    for kind in kinds:
        spans.extend(finders[kind](text))
    return spans


# --------------------------------------------------------------------------------------------------
# Registered detectors


def _bool_option(name: str, options: Mapping[str, Any], key: str) -> bool:
    value = options.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"detector {name!r}: option {key!r} must be true or false")
    return value


class _SpanDetector:
    """Shared wrapper: option checking, the school's own details, and Span -> Hit."""

    name: ClassVar[str]
    options_allowed: ClassVar[frozenset[str]] = frozenset()
    triggers: Triggers = Triggers(digits=True)

    def __init__(self, *, options: Mapping[str, Any] | None = None, profile: SchoolProfile | None = None) -> None:
        options = dict(options or {})
        # The engine hands every detector the ruleset's `settings`; these detectors need none of them.
        options.pop("settings", None)
        unknown = sorted(set(options) - self.options_allowed)
        if unknown:
            allowed = ", ".join(sorted(self.options_allowed)) or "none"
            raise ValueError(f"detector {self.name!r}: unknown option(s) {', '.join(unknown)} (allowed: {allowed})")
        self._options = options
        self._profile = profile
        self._exclusions = _Exclusions.of(profile)

    def spans(self, text: str) -> list[Span]:
        raise NotImplementedError

    def _exclusions_for(self, profile: SchoolProfile | None) -> _Exclusions:
        if profile is self._profile:
            return self._exclusions
        # A context with another profile than the one compiled for: build once and remember it (a tuple
        # assignment is atomic, so concurrent screens at worst build it twice).
        cached = getattr(self, "_other", None)
        if cached is not None and cached[0] is profile:
            exclusions: _Exclusions = cached[1]
            return exclusions
        exclusions = _Exclusions.of(profile)
        self._other = (profile, exclusions)
        return exclusions

    def find(self, ctx: PostContext) -> Iterator[Hit]:
        text = ctx.text
        for span in self._exclusions_for(ctx.profile).drop(self.spans(text), text):
            yield span.to_hit()


@register_detector("uk-phone")
class UkPhoneDetector(_SpanDetector):
    options_allowed = frozenset({"service_numbers"})
    triggers = Triggers(digits=True, min_digits=MIN_DIGITS["uk-phone"], also=Triggers(patterns=(PHONE_SHAPE,)))

    def __init__(self, *, options: Mapping[str, Any] | None = None, profile: SchoolProfile | None = None) -> None:
        super().__init__(options=options, profile=profile)
        self._service_numbers = _bool_option(self.name, self._options, "service_numbers")

    def spans(self, text: str) -> list[Span]:
        return find_phone_numbers(text, service_numbers=self._service_numbers)


@register_detector("email")
class EmailDetector(_SpanDetector):
    triggers = Triggers(at_patterns=(EMAIL_AT,)) | OBFUSCATED_EMAIL_TRIGGERS

    def spans(self, text: str) -> list[Span]:
        return find_emails(text)


@register_detector("uk-postcode")
class UkPostcodeDetector(_SpanDetector):
    # A digit alone opens far too many posts ("2 days", "10 mins"): the shape test find_postcodes starts with
    # is part of the trigger, so a post without a postcode's shape is decided by the first pass.
    # Every postcode but one holds two digits (one in each half): "GIR 0AA" alone has one.
    triggers = Triggers.any_of((
        Triggers(digits=True, min_digits=2, also=Triggers(patterns=(_POSTCODE_QUICK,))),
        Triggers(digits=True, also=Triggers(patterns=(_GIR_QUICK,))),
    ))

    def spans(self, text: str) -> list[Span]:
        return find_postcodes(text)


@register_detector("upn")
class UpnDetector(_SpanDetector):
    options_allowed = frozenset({"strict_la"})
    triggers = Triggers(digits=True, min_digits=MIN_DIGITS["upn"], also=Triggers(patterns=(UPN_SHAPE,)))

    def __init__(self, *, options: Mapping[str, Any] | None = None, profile: SchoolProfile | None = None) -> None:
        super().__init__(options=options, profile=profile)
        self._strict_la = _bool_option(self.name, self._options, "strict_la")

    def spans(self, text: str) -> list[Span]:
        return find_upns(text, strict_la=self._strict_la)


@register_detector("uln")
class UlnDetector(_SpanDetector):
    triggers = Triggers(digits=True, min_digits=MIN_DIGITS["uln"], also=Triggers(patterns=(TEN_DIGIT_SHAPE,)))

    def spans(self, text: str) -> list[Span]:
        return find_ulns(text)


@register_detector("nhs-number")
class NhsNumberDetector(_SpanDetector):
    triggers = Triggers(digits=True, min_digits=MIN_DIGITS["nhs-number"], also=Triggers(patterns=(TEN_DIGIT_SHAPE,)))

    def spans(self, text: str) -> list[Span]:
        return find_nhs_numbers(text)


@register_detector("ni-number")
class NiNumberDetector(_SpanDetector):
    triggers = Triggers(digits=True, min_digits=MIN_DIGITS["ni-number"], also=Triggers(patterns=(NI_SHAPE,)))

    def spans(self, text: str) -> list[Span]:
        return find_ni_numbers(text)


@register_detector("date-of-birth")
class DateOfBirthDetector(_SpanDetector):
    # "born", "b" and "birthday" are everywhere; a date of birth also needs a digit.
    triggers = Triggers(words=DOB_TRIGGER_WORDS, also=Triggers(digits=True))

    def spans(self, text: str) -> list[Span]:
        return find_dates_of_birth(text)


@register_detector("home-address")
class HomeAddressDetector(_SpanDetector):
    # Every address shape ends its street with a suffix ("Road", "St"): a post without one as a word is decided
    # by the first pass, before the shape test that every post with a digit paid.
    triggers = Triggers(words=_SUFFIX_WORDS, also=Triggers(patterns=(_ADDRESS_QUICK,)))

    def spans(self, text: str) -> list[Span]:
        return find_home_addresses(text)


@register_detector("health-sen")
class HealthTermsDetector(_SpanDetector):
    triggers = Triggers(words=HEALTH_TRIGGER_WORDS)

    def spans(self, text: str) -> list[Span]:
        return find_health_terms(text)


@register_detector("personal-data")
class PersonalDataDetector(_SpanDetector):
    """Every identifier kind at once, overlaps resolved; ``kinds`` narrows it (health terms stay separate)."""

    options_allowed = frozenset({"kinds", "service_numbers", "strict_la"})
    triggers = Triggers(digits=True, at=True)

    def __init__(self, *, options: Mapping[str, Any] | None = None, profile: SchoolProfile | None = None) -> None:
        super().__init__(options=options, profile=profile)
        kinds = self._options.get("kinds", IDENTIFIER_KINDS)
        if isinstance(kinds, str) or not isinstance(kinds, Sequence) or not all(isinstance(k, str) for k in kinds):
            raise ValueError(f"detector {self.name!r}: option 'kinds' must be a list of kinds")
        unknown = sorted(set(kinds) - set(IDENTIFIER_KINDS))
        if unknown:
            raise ValueError(
                f"detector {self.name!r}: unknown kind(s) {', '.join(unknown)} (known: {', '.join(IDENTIFIER_KINDS)})"
            )
        self._kinds: tuple[str, ...] = tuple(kinds)
        self._service_numbers = _bool_option(self.name, self._options, "service_numbers")
        self._strict_la = _bool_option(self.name, self._options, "strict_la")
        numbers = [MIN_DIGITS[k] for k in self._kinds if k in MIN_DIGITS]
        self.triggers = Triggers(
            digits=bool(numbers), min_digits=min(numbers, default=1), at="email" in self._kinds
        )
        if "email" in self._kinds:
            self.triggers = self.triggers | OBFUSCATED_EMAIL_TRIGGERS

    def spans(self, text: str) -> list[Span]:
        return find_personal_data(
            text, kinds=self._kinds, service_numbers=self._service_numbers, strict_la=self._strict_la
        )

    def find(self, ctx: PostContext) -> Iterator[Hit]:
        # Drop the school's own details BEFORE resolving overlaps, so that the school's address does not
        # hide a pupil's phone number next to it (and vice versa).
        text = ctx.text
        spans = _collect(text, self._kinds, service_numbers=self._service_numbers, strict_la=self._strict_la)
        spans = self._exclusions_for(ctx.profile).drop(spans, text)
        for span in resolve_overlaps(spans, text):
            yield span.to_hit()
