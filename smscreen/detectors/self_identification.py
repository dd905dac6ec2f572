"""How the author presents: as the school's employee (``self-identification``), and whether they say their
views are their own when they discuss their work (``missing-disclaimer``).

``self-identification``
    A first-person statement of a role or employment tied to the school, in the same sentence:
    ``I teach at Hollins Green``, ``I'm a TA at @HollinsGreenAcad``, ``as a teacher at HGA``, ``my class at
    HGA``, ``proud to be part of the #HGAFamily``, ``proud member of the #HGAFamily``, ``HGA is where I work``,
    ``HGA teacher here``, ``we at Hollins Green``, ``my school, Hollins Green, is ...``, a sentence that
    opens with a singular role at the school (``Principal at Hollins Green, still ...``), a clause that opens
    with the job and no subject (``Being SENCo at HGA``, ``Working at HGA means``, ``10 years teaching at
    HGA``), ``honoured to chair the governing body at HGA``, ``us staff at @HollinsGreenAcad``, ``Us HGA
    staff``, ``from one tired Year 6 teacher at HGA``, ``HGA is the best school I've worked in`` and ``anyone
    else teach at HGA?``. In the bio
    (whole-post hit, start/end None) a role word and the school together suffice: ``Y5 teacher @HollinsGreenAcad``.
    Not: a role with no school (``I'm a teacher``), the school with no role (``I drove past Hollins Green``),
    somebody else's job (``my son's teacher at HGA``, ``my wife works at HGA``).
    Ruleset setting ``self_identification.mode``: ``disclaimer`` (default) reports only such statements;
    ``forbid-naming`` (schools that forbid naming the school at all) also reports every mention of the school
    in a post (and in the bio) by a member of staff.
    Options: ``where``: ``post``, ``bio`` or both (default both).

``missing-disclaimer``
    Whole-post hit when a member of staff (``author_id`` in the profile with role staff, not governor: the policy
    asks it of staff, whose work it is; with no ``author_id`` the staff ruleset assumes staff, option
    ``assume_staff``) discusses their work and neither the
    post nor the bio says the views are their own (``views my own``, ``opinions are mine``, ``personal
    account``...). Discussing work is either an opinion on the job or the sector (a work/sector term and an
    opinion marker), or, with a school profile, talk about their own school day: the school named, a roster
    form or year group, their class, pupils, colleagues or duties (:data:`_WORK_TALK`), a school event tied to
    the school (the ``event`` detector's ties), a teacher's hashtag (``#ectlife``), a pupil named as the people
    rules name pupils (not the author's own child: a declared family link) or a colleague named by title.
    Somebody else's school (``my son's school``, ``my kids' school in Harrogate``) and the job mentioned in
    passing (``Marking all weekend again``, ``long day at work``) are not work talk. Off in ``forbid-naming`` mode
    (such schools ask for no naming rather than a disclaimer) and with setting
    ``self_identification.disclaimer: false``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any, ClassVar, Final

from smscreen.detectors.base import (
    WORD,
    Hit,
    PostContext,
    PostMarks,
    Triggers,
    check_options,
    is_staff_author,
    register_detector,
    require_profile,
)
from smscreen.detectors.events import EventDetector, class_activity
from smscreen.detectors.names import sentence_bounds, sentence_start, starts_with_title, words_of
from smscreen.detectors.roster import setting
from smscreen.detectors.school import _YEAR_GATE, SchoolIndex, school_index, written_as_form
from smscreen.models import Finding
from smscreen.profile.model import SchoolProfile

__all__ = ["DisclaimerDetector", "SelfIdentificationDetector", "has_disclaimer", "is_staff_author"]

# The roles of alternative provision and independent schools that are as often a job elsewhere (the NHS's, a
# charity's, a club's; a gap year of travel): in ``_ROLE``, and tested apart by ``_SHARED_ROLE``.
_SHARED_ROLES: Final = (
    r"key\s?worker|outreach\s+(?:worker|lead|officer|co-?ordinator)|family\s+support\s+worker|minibus\s+driver|"
    r"(?:(?:chair|member)\s+of\s+(?:the\s+)?)?management\s+committee(?:\s+member)?|"
    r"gap\s+(?:yr|year)(?:\s+(?:assistant|tutor|student))?|gappie|"
    # a university's and a council's as much as a school's, and short forms that are other words too
    r"(?:chair\s+of\s+(?:the\s+)?)?board\s+of\s+governors|co-?opted\s+(?:member|governor)|dht|aht"
)
_ROLE: Final = (
    r"(?:(?:class\s+|form\s+|supply\s+|trainee\s+|student\s+|primary\s+|pe\s+|music\s+|art\s+|maths\s+|"
    r"english\s+|science\s+|reception\s+|nursery\s+|(?:year|yr|y)\s?\d{1,2}\s+|ks[12]\s+|eyfs\s+)?"
    r"teachers?|ta|tas|teaching\s+assistants?|hlta|lsa|senco|dsl|head|headteacher|head\s+teacher|"
    r"head\s?(?:master|mistress)|"
    r"deputy(?:\s+head)?|assistant\s+head|principal|vice\s+principal|governor|chair\s+of\s+governors|"
    # Scotland's and Northern Ireland's words for the same jobs
    r"depute\s+head(?:\s?teacher)?|principal\s+teacher|classroom\s+assistants?|"
    r"pupil\s+support\s+(?:assistant|worker|officer)|"
    r"caretaker|site\s+manager|business\s+manager|office\s+manager|receptionist|lunchtime\s+supervisor|"
    r"midday\s+supervisor|dinner\s+lady|cook|nqt|ect|tutor|coach|mentor|(?:member\s+of\s+)?staff|"
    r"(?:school\s+)?office\s+(?:queen|king|staff|assistant|administrator|admin|team)|(?:school\s+)?administrator|"
    r"admin\s+assistant|bursar|clerk\s+to\s+(?:the\s+)?governors|"
    r"(?:chair\s+(?:of\s+)?)?(?:the\s+)?(?:local\s+)?governing\s+(?:body|board)|lgb\s+member|trustee|"
    r"head\s+of\s+(?:sixth\s+form|year\s?\d{1,2}|key\s+stage\s+\d|department|[a-z]+)|"
    # a school's directors ("Director of Sport"), not a film's or a firm's ("Director of Photography")
    r"director\s+of\s+(?:sixth\s+form|studies|music|sports?|drama|pe|learning|teaching(?:\s+and\s+learning)?|"
    r"curriculum|inclusion|science|english|maths|boarding|admissions)|"
    # early years staff, and the cadet force's and the sports staff of a secondary school
    r"(?:early\s+years|eyfs|nursery)\s+(?:practitioner|educator|worker|nurse|officer|lead|manager)|nursery\s+nurse|"
    r"(?:ccf|cadet)\s+(?:officer|commander|instructor)|contingent\s+commander|school\s+staff\s+instructor|ssi|"
    r"(?:cricket|sports?|tennis|golf|rugby)\s+professional|groundsman|groundskeeper|"
    r"subject\s+lead(?:er)?|(?:maths|english|science|pe|music|computing|phonics)\s+lead(?:er)?|"
    # the school's other staff: chaplaincy, learning support, pastoral care
    r"(?:lay\s+|school\s+|assistant\s+)?chaplain|learning\s+support(?:\s+assistant)?|learning\s+mentor|"
    r"cover\s+supervisor|pastoral\s+(?:lead|manager|support)|family\s+liaison(?:\s+officer)?|"
    r"(?:exams?|attendance)\s+officer|school\s+librarian|"
    # alternative provision's staff and governing body, gap-year assistants ("gap yr @FernhillCourt")
    rf"{_SHARED_ROLES}|"
    # therapists and nurses on a school's staff (not a bare "nurse", "physio" or "OT": "NHS nurse. HGA PTA", "my
    # physio said ...", whose job is not at the school; "I'm the OT at HGA" is _THE_ROLE_AT's)
    r"school\s+nurse|(?:occupational|speech(?:\s+(?:and|&)\s+language)?|play|music|art)\s+therapist|"
    r"physiotherapist)"
)
_WORK_VERB: Final = (
    r"(?:teach(?:es|ing)?|taught|work(?:s|ing|ed)?|employed|joined|joining|started|starting|coach(?:es|ed|ing)|"
    r"look(?:s|ed|ing)?\s+after\s+the\s+(?:building|site|grounds|premises)|"
    r"part\s+of|member\s+of|on\s+the\s+team)"
)
_FIRST: Final = (
    r"(?:i|i'm|i’m|im|i've|i’ve|ive|i'd|me|my|our|we|we're|we’re|myself|as\s+an?|proud\s+to|love|loving|"
    r"(?:lucky|honoured|honored|privileged|thrilled|delighted|excited|blessed)\s+to|anyone\s+else|"
    r"proud(?=\s+(?:member|part)\s+of))"
)
_FAMILY: Final = re.compile(
    r"\b(?:son|sons|daughter|daughters|child|children's|kid|kids|niece|nephew|grandson|granddaughter|"
    r"grandchild|grandkids|husband|wife|partner|mum|mom|dad|brother|sister|friend|neighbour|boy|girl|twins?)(?:'s|’s)?\b"
)
# Somebody else's time at the school: "Finn survived his first term at Saltmarsh", "Jo's tenth year at HGA".
_THIRD_PERSON: Final = re.compile(r"\b(?:his|her|their|[^\W\d_]+(?:'s|’s))\s+$")
_LINK: Final = re.compile(r"(?:\b(?:at|for|in|with|from|of|to|join(?:ed)?)\s+(?:the\s+)?|@\s*|\bthe\s+)(?:#\s*)?$")
_BEFORE: Final = re.compile(
    rf"\b{_FIRST}\b(?:[^.!?\n]{{0,60}}?)\b(?:{_ROLE}|{_WORK_VERB}|class|pupils|students|"
    rf"school|team|department|dept|governors|board\s+of\s+governors|committee|family|job|colleagues|sixth\s+form|"
    rf"dofe)\b"
    rf"[^.!?\n]{{0,25}}$"
)
_AFTER: Final = re.compile(
    rf"^(?:'s|’s)?\s*(?:(?:new|lovely|amazing|fab|brilliant)\s+)?(?:(?:is\s+)?where\s+(?:i|we)\s+(?:{_WORK_VERB})|"
    # "HGA is the best school I've worked in", "... was the first place I ever taught"
    r"(?:is|was|has\s+been)\s+(?:(?:the|my|a)\s+)?(?:[\w'’-]+\s+){0,3}(?:school|place|job|team)\s+"
    r"(?:(?:that\s+)?i(?:'ve|’ve|\s+have|'d|’d|\s+had)?|we(?:'ve|’ve|\s+have)?)\s+(?:ever\s+)?(?:worked|taught)\b|"

    rf"(?:{_ROLE})\s+(?:here|reporting|checking\s+in)|(?:{_ROLE})\s+and\s+proud|"
    rf"\s*as\s+(?:an?|the|their|its)\s+(?:new\s+)?(?:{_ROLE})|"
    # "... at X as their link governor" (not "Mrs Ahmed, who joins X as a parent governor": somebody else)
    rf"\s*as\s+(?:a|their|its)\s+(?:link|parent|foundation|staff|co-?opted|local)\s+governor|"
    # "Spent the morning at Hollins Green in my governor hat"
    rf"\s+in\s+my\s+(?:{_ROLE})\s+(?:hat|role|capacity))"
)
# Statements that need no role word: "We at Hollins Green ...", "all of us at HGA", "My school, Hollins Green,
# is ...", and a sentence that is only a singular role at the school ("Principal at Hollins Green, still ...").
_WE_AT: Final = re.compile(r"\b(?:we|us)\s+(?:here\s+|all\s+)?(?:at|@)\s*(?:the\s+)?(?:#\s*)?$")
# "us staff at @HollinsGreenAcad", "we teachers at HGA", "all of us from Hollins Green".
_WE_GROUP_AT: Final = re.compile(
    r"\b(?:we|us)\s+(?:all\s+)?(?:staff|teachers|tas|governors|lot|folk|grown-?ups)\s+(?:here\s+)?(?:at|@|from)"
    r"\s*(?:the\s+)?(?:#\s*)?$"
)
# "Us Hollins Green staff are ...", "we HGA teachers": the school named between "we/us" and a group of staff.
_WE_BEFORE: Final = re.compile(r"\b(?:we|us)\s+(?:all\s+)?(?:#\s*)?$")
_GROUP_AFTER: Final = re.compile(r"^(?:'s|’s)?\s+(?:staff|teachers|tas|governors|team|lot|folk)\b")
# A clause that opens with the job and no subject: "Being SENCo at HGA is ...", "Working at HGA means ...",
# "10 years teaching at Hollins Green this month", "Allotment before work, work at Hollins Green, ...".
_GERUND_AT: Final = re.compile(
    rf"(?:^|[,;:(–—]\s*|\b(?:years?|months?|weeks?|terms?|days?)\s+)"
    # "Eleven years teaching languages at KBHS": what is taught, in a word or two, may come between
    rf"(?:(?:back|off)\s+to\s+)?(?:working|teaching(?:\s+[\w'’-]+){{0,2}}?|work|"
    rf"being\s+(?:an?\s+|the\s+)?(?:{_ROLE}))\s+(?:at|@|for|to)"
    r"\s*(?:the\s+)?(?:#\s*)?$"
)
# The job's time at the school: "Twelve years at @HollinsGreenAcad", "my fifth year at HGA", "6 years in Year 2 at
# Hollins Green", "Nine years as principal of Hollins Green Academy" (a staff author's; family words rule it out).
_CARDINAL: Final = (
    r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty"
)
_DURATION_AT: Final = re.compile(
    rf"\b(?:{_CARDINAL}|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:happy|amazing|wonderful|brilliant|great|long)\s+)?"
    r"(?:years?|terms?)\s+(?:(?:in|with|as)\s+(?:[\w'’-]+\s+){1,3}?)?(?:at|@|of)\s*(?:the\s+)?(?:#\s*)?$"
    # "Nine years a dinner lady at Greenhill Fields"
    rf"|\b(?:{_CARDINAL})\s+years?\s+an?\s+(?:{_ROLE})\s+(?:at|@)\s*(?:the\s+)?(?:#\s*)?$"
    # "I've given thirty years to Hollins Green Academy"
    r"|\b(?:given|gave|devoted|dedicated)\s+(?:(?:the\s+)?(?:best\s+)?[\w'’-]+\s+)?(?:years?|decades?)\s+"
    r"(?:of\s+my\s+life\s+)?to\s*(?:the\s+)?(?:#\s*)?$"
)
# A clause that opens with the job itself: "As SENCo at #HollinsGreen", "Teaching Year 6 at HGA", "Leading Hollins
# Green Academy is ...", "the privilege of leading Hollins Green", "Joined the SEN team at Hollins Green Academy".
_JOB_AT: Final = re.compile(
    # "As SENCo at", "as contingent commander of the CCF at" (not "as head of the PTA at": a parent's role)
    rf"(?:^|[,;:(–—]\s*)(?:as\s+(?:new\s+)?(?:{_ROLE})\s+"
    r"(?:(?:of|in)\s+the\s+(?:ccf|cadets|cadet\s+force|combined\s+cadet\s+force|sixth\s+form)\s+)?(?:at|@|of|for)"
    r"|(?:teaching|coaching)\s+(?:(?:year|yr|y)\s?\d{1,2}|reception|nursery|eyfs|ks[12]|pe|maths|english|science|"
    r"music|art|phonics)\s+(?:at|@)"
    r"|(?:just\s+|finally\s+)?(?:joined|started)\s+(?:(?:the|a)\s+(?:[\w'’-]+\s+){0,2}(?:team|department|staff|"
    r"governors|governing\s+body)\s+)?(?:at|@|with)"
    r"|(?:leading|governing))\s*(?:the\s+)?(?:#\s*)?$"
    r"|\b(?:privilege|honour|honor|joy)\s+of\s+(?:leading|governing|teaching\s+at)\s+(?:the\s+)?$"
    # a job advert in the first person: "Come and teach German with me at @HGA", "come and work with us at"
    r"|\bcome\s+and\s+(?:teach|work)\b(?:\s+[\w'’&-]+){0,3}?\s+(?:with\s+(?:me|us)\s+)?(?:at|@)\s*(?:the\s+)?"
    r"(?:#\s*)?$"
    # "Proud to lead Hollins Green Academy"; "Proud to lead music at #LarkfieldFamily", "lucky to coach the netball
    # team at HGA" (not "run": a race)
    r"|\b(?:proud|honoured|honored|privileged|lucky|blessed|delighted|thrilled)\s+to\s+"
    r"(?:(?:lead|head\s+up|govern)\s+(?:the\s+)?"
    r"|(?:lead|teach|coach|head\s+up)\s+(?:[\w'’&-]+\s+){1,3}(?:at|@)\s*(?:the\s+)?(?:#\s*)?)$"
)
# The author describing themselves in the third person: "Merry Christmas from one very tired Year 6 teacher at
# Hollins Green!", "love from your friendly TA at HGA" (not "a letter from the head at HGA": somebody else).
_FROM_ROLE_AT: Final = re.compile(
    rf"\bfrom\s+(?:one|your|this|yours\s+truly,?)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ROLE})\s+(?:at|@)"
    r"\s*(?:the\s+)?(?:#\s*)?$"
)
# "I'm the OT at Staithe Bank", "I am a SALT at HGA": therapists and nurses named by the short word, only in the
# first person and right before the school (a bare "OT" or "nurse" elsewhere is somebody else's).
_THE_ROLE_AT: Final = re.compile(
    r"\b(?:i'm|i’m|im|i\s+am)\s+(?:the|an?|one\s+of\s+the)\s+(?:ot|salt|slt|physio|nurse|school\s+nurse|"
    r"speech\s+therapist)s?\s+(?:at|@|for)\s*(?:the\s+)?(?:#\s*)?$"
)
_MY_SCHOOL: Final = re.compile(
    r"\b(?:my|our)\s+(?:(?:new|current|lovely|amazing|wonderful|brilliant)\s+)?"
    r"(?:school|workplace|employer|place\s+of\s+work)\s*[,:(–—-]\s*(?:the\s+)?$"
)
_ROLE_AT: Final = re.compile(
    rf"^\s*(?:(?:proud|new|happy|lucky)\s+)?(?:(?!(?:coach|cook|head|staff|tutor|mentor)\b)(?:{_ROLE})"
    r"(?:\s+(?:life|days?|duties))?|(?:(?:year|yr|y)\s?\d{1,2}|pe|sen|send|eyfs|ks[12]|maths|english|science|"
    r"office|admin|leadership|site|kitchen)\s+(?:team|department|dept))\s+(?:at|@)\s*(?:the\s+)?(?:#\s*)?$"
)
# Any role but a club's or a charity's (coach, tutor, mentor), "Cook" and "Head" too, opening the sentence, with the
# time in the job after the school: "Cook at NTJPS for 9 years and still ...", "Head at HGA since 2015" (without the
# time, "Cook at HGA" may be a menu's headline).
_ANY_ROLE_AT: Final = re.compile(
    rf"^\s*(?:(?:proud|new|happy|lucky)\s+)?(?!(?:coach|tutor|mentor)\b)(?:{_ROLE})\s+(?:at|@)\s*(?:the\s+)?(?:#\s*)?$"
)
# The first person left out at the sentence's start: "Been a TA at Ner Tamid for 11 years", "Coaching at
# @ThornbeckJuniors has been the best move I've made".
_BEEN_AT: Final = re.compile(
    rf"^(?:(?:i've|i’ve|ive|i\s+have)\s+)?been\s+(?:an?\s+|the\s+)?(?!(?:coach|tutor|mentor)\b)(?:{_ROLE})\s+"
    r"(?:at|@|for)\s*(?:the\s+)?(?:#\s*)?$"
    r"|^coaching\s+(?:at|@)\s*(?:the\s+)?(?:#\s*)?$"
)
# Somebody else in the sentence or the one before ("Happy retirement Mrs Jones! Been a TA at HGA for 20 years",
# "Cook at HGA for 9 years, Maureen, retires today"), or a club's session ("Coaching at HGA for the Rovers").
_SOMEBODY_ELSE: Final = re.compile(
    r"\b(?:mr|mrs|ms|miss|mx|dr)\.?\s+\w|\bretir\w*|\bleav(?:es|ing)\b|\bfarewell\b|\bwho\s+join|\bwelcome\b|"
    r"\b(?:field|pitch|club|fc|rovers|u\d{1,2}s?|under\s?\d{1,2}s?|training|charity|programme)\b"
)
_FOR_YEARS_AFTER: Final = re.compile(
    rf"\s+(?:for\s+(?:(?:over|nearly|almost|about)\s+)?(?:{_CARDINAL})\+?\s+(?:years?|yrs|terms?)"
    r"|since\s+(?:19|20)\d\d)\b"
)
_BIO_ROLE: Final = re.compile(rf"\b(?:{_ROLE}|{_WORK_VERB})\b")
# In a bio, the part of school life someone works in, then "at"/"@" and the school: "PE & Year 4 at @HGA", "Front
# office at hollinsgreen.sch.uk", "Maths, KS2 @ Hollins Green". A bio describes its owner, so this is their job
# there, unless the part before names family or pupils ("Y6 parent at HGA", "former pupil at HGA"), or the
# account is a class's or a team's rather than a person's ("Class page for Year 6 at HGA": a school-service account).
_BIO_AREA_AT: Final = re.compile(
    r"\b(?:pe|p\.e\.|maths|math|english|science|music|art|computing|ict|re|history|geography|french|spanish|"
    r"german|dt|drama|dance|phonics|reading|literacy|numeracy|send|sen|inclusion|pastoral|safeguarding|wellbeing|"
    r"library|(?:front\s+|school\s+)?office|(?:front|reception)\s+desk|admin|finance|site|kitchen|catering|premises|it\s+support|"
    r"learning\s+support|chaplaincy|breakfast\s+club|after[-\s]school\s+club|wraparound(?:\s+care)?|choir|"
    r"(?:year|yr|y)\s?\d{1,2}|reception|nursery|eyfs|ks[12]|key\s+stage\s+[12]|lower\s+school|upper\s+school|"
    r"early\s+years|sixth\s+form|department|dept|team)\b[^|\n•·]{0,30}?(?:\s|^)(?:at|@)\s*(?:the\s+)?(?:#\s*)?$"
)
# Family, pupils, their own schooldays, volunteering, or an account's own ("Class page for Year 6 at HGA"): a bio part
# that says the author is not (or not only) staff.
_NOT_STAFF_WORDS: Final = (
    r"mum|mom|mam|dad|parents?|carers?|grand\w*|nan|nana|gran|pupils?|alumn\w*|former|ex|old\s+(?:boy|girl)s?|"
    r"volunteers?|son|daughter|kids?|children|page|account|blog|channel|feed|news|updates"
)
_BIO_NOT_STAFF: Final = re.compile(rf"\b(?:{_NOT_STAFF_WORDS}|students?)\b")

_DISCLAIMER: Final = re.compile(
    r"(?:views?|opinions?|thoughts?|tweets?|posts?|words)(?:\s*=\s*|\s+(?:are\s+|expressed\s+(?:here\s+)?(?:are\s+)?)?)"
    r"(?:all\s+)?(?:my\s+own|mine|my\s+own\s+and|own)"
    r"|(?:my|personal)\s+(?:own\s+)?(?:views|opinions)"
    r"|personal\s+(?:account|page|profile|views?|opinions?)"
    r"|(?:do\s+)?not\s+(?:the\s+views\s+of|represent(?:ative\s+of)?|endorsed\s+by)\s+(?:my|the)\s+(?:employer|school)"
    r"|rts?\s*(?:≠|!=|=/=|are\s+not|aren't|arent|do\s+not\s+equal|not)\s*endorse(?:ment|ments)?"
    r"|speaking\s+for\s+myself|views\s+mine"
)
_SECTOR: Final = re.compile(
    r"\b(?:(?:my|our)\s+(?:class|form|kids\s+at\s+school|job)|teach(?:ing|ers?)?|teaching\s+assistants?|pupils?|students?|classroom|lessons?|ofsted|sats|curriculum|dfe|"
    r"education(?:\s+secretary)?|schools?|funding|academ(?:y|ies)|multi-academy|trust|workload|marking|"
    r"planning|behaviour|exclusions?|phonics|send|ehcps?|pay\s+award|teacher\s+pay|strike|neu|nasuwt|"
    r"inset|headteachers?|slt|safeguarding|eyfs|ks[12]|gcses?|a-levels?|exams?|ofqual|league\s+tables|"
    r"supply|recruitment|retention|colleagues|parents|homework|detentions?|uniform)\b"
)
_OPINION: Final = re.compile(
    r"\b(?:i\s+think|i\s+believe|i\s+reckon|i\s+feel|in\s+my\s+(?:view|opinion)|imo|imho|honestly|frankly|"
    r"should(?:n't|nt)?|must|need(?:s)?\s+to|ought\s+to|it's\s+time|its\s+time|ridiculous|disgrace(?:ful)?|"
    r"shocking|scandal(?:ous)?|unacceptable|absurd|insane|madness|broken|failing|unfair|wrong|"
    r"hot\s+take|unpopular\s+opinion|the\s+problem\s+with|why\s+(?:do|does|are|is|can't)|"
    r"agree|disagree|(?:is|are)\s+(?:a\s+)?(?:joke|nonsense|rubbish)|sick\s+of|fed\s+up|"
    r"best\s+thing|worst\s+thing|overrated|underrated|pointless|waste\s+of|"
    r"(?:need|needs|deserve|deserves)\s+(?:proper|more|better|real|fair)|not\s+more|"
    # Evaluations of the job, the class or the sector, and complaints and pleas about them.
    r"unsustainable|unbearable|impossible|exhausting|exhausted|knackered|overworked|underpaid|undervalued|"
    r"under-?funded|burn(?:ed|t)?\s*out|nightmare|chaos|chaotic|awful|terrible|appalling|dreadful|horrendous|"
    r"outrageous|criminal|pittance|backbone|heroes|unsung|thankless|brilliant|amazing|incredible|outstanding|"
    r"so\s+proud|proud\s+of|please\s+(?:stop|don't|dont|do\s+not)|stop\s+(?:sending|asking|expecting)|"
    r"(?:has|have|needs?)\s+to\s+(?:give|change|stop|end)|can(?:not|'t|’t)\s+cope|"
    r"(?:best|worst)\s+(?:job|class|school|day|bit|part))\b"
)
# Substrings, at least one of which every match of _DISCLAIMER holds (see _disclaims): "my views", "views
# mine", "personal account", "not representative of my employer", "not the views of", "not endorsed by",
# "RTs are not endorsements", "speaking for myself"; the rest are "<head> ... own" and "<head> ... mine".
_DISCLAIMER_WORDS: Final = ("views", "opinions", "personal", "represent", "endorse", "myself")
_DISCLAIMER_HEADS: Final = ("view", "opinion", "thought", "tweet", "post", "words")
# Talk about the author's own school day (a staff author, with a profile): their class, pupils, colleagues and
# duties. Not the job in passing ("marking", "at work", "this term"): the project's convention keeps "Marking all
# weekend again" a negative, since it gives no view and names nobody.
_WORK_TALK: Final = re.compile(
    r"\b(?:(?:my|our)\s+(?:new\s+)?(?:class|form\s+group|tutor\s+group|pupils|students|little\s+ones|ta|tas|"
    r"mentor|mentee|ect|headteacher|head\s+teacher|deputy\s+head|senco|year\s+group|classroom)|the\s+whole\s+class|"
    r"(?:in|at)\s+(?:a|my|our)\s+(?:primary\s+|secondary\s+|infant\s+|junior\s+)?school|"
    r"the\s+kids\s+at\s+(?:school|work)|pupils?|star\s+of\s+the\s+week|pupil\s+of\s+the\s+week|"
    r"golden\s+time|house\s+points?|phonics|spelling\s+test|times\s+tables|reading\s+award|staff\s*room|"
    r"staff\s+meeting|inset(?:\s+day)?|slt|ofsted|parents'?\s+evening|(?:playground|break|lunch|gate|bus)\s+duty|"
    r"lesson\s+obs(?:ervation)?|learning\s+walk|book\s+scrutiny)\b"
    r"|#(?:ectlife|nqtlife|teacherlife|talife|sencolife|primaryteacher|teachersofinstagram|teacherofinstagram|"
    r"edutwitter|primaryrocks|ukedchat|teachertwitter)\b"
)
# A word every match of _WORK_TALK holds whole ("my class" -> "class", "staff room" -> "staff", "#ectlife" ->
# "ectlife"): a post with none of them skips the search.
_WORK_TALK_GATE: Final = words_of(
    """class form tutor pupil pupils students little ta tas mentor mentee ect headteacher head deputy senco year
    classroom school kids star golden house phonics spelling times reading staff staffroom inset slt ofsted
    parents duty lesson learning scrutiny ectlife nqtlife teacherlife talife sencolife primaryteacher
    teachersofinstagram teacherofinstagram edutwitter primaryrocks ukedchat teachertwitter"""
)
# The hashtags of _WORK_TALK, as a trigger on the original text.
_TEACHER_HASHTAG: Final = re.compile(
    r"#(?:ectlife|nqtlife|teacherlife|talife|sencolife|primaryteacher|teachersofinstagram|teacherofinstagram|"
    r"edutwitter|primaryrocks|ukedchat|teachertwitter)\b",
    re.IGNORECASE,
)
_YEAR: Final = re.compile(r"(?<![\w])(?:year|yr|y)\s?(?:1[0-3]|[1-9])s?(?![\w])")
# The school's name as the name of a place: "Hollins Green park", "Hollins Green Road".
_PLACE_AFTER: Final = re.compile(
    r"\s+(?:park|road|rd|lane|street|st|avenue|ave|drive|close|way|common|village|station|library|church|"
    r"rec|recreation\s+ground|allotments?|community\s+centre|surgery|post\s+office|co-?op|"
    # "Kestrel Bank Rugby Club", "Hollins Green Bowling Club", "Hollins Green FC": a club named after the place
    r"(?:[a-z]+\s+)?(?:club|fc|afc|rfc|rufc|society))\b",
    re.IGNORECASE,
)
# Whose school or class it is: "my son's school", "my kids' school in Harrogate", "her class", "my own Year 6".
_OWNER: Final = re.compile(
    r"\b(?:(?:my|our|his|her|their)\s+(?:own\s+)?(?:sons?|daughters?|kids?|children|niece|nephew|"
    r"grand(?:son|daughter|kids|children)|husband|wife|partner|brother|sister|cousin|godson|goddaughter|"
    r"friend)(?:'s|’s|s'|s’|')?|my\s+own|when\s+i\s+was|(?:his|her|their)\s+(?:class|school|form))\b"
)
# What every match of _OWNER holds: "my", "our", "his", "her", "their" or "when".
_OWNER_WORDS: Final = ("my", "our", "his", "her", "their", "when")
# The words of _WORK_TALK that _SECTOR_WORDS (class, school, pupils, ofsted, inset...) does not already open on,
# as bags: "golden time" opens the detector only when both words are there.
_TALK_BAGS: Final = frozenset(
    frozenset(p.split())
    for p in (
        "mentor my", "mentor our", "mentee", "ect", "senco", "ta my", "ta our", "tas my", "tas our", "headteacher",
        "head teacher", "deputy head", "staffroom", "staff room", "staff meeting", "star week", "golden time",
        "house points", "house point", "spelling test", "times tables", "reading award", "playground duty",
        "break duty", "lunch duty", "gate duty", "bus duty", "learning walk", "scrutiny", "lesson obs",
        "lesson observation", "tutor group", "form group", "little ones my", "little ones our",
    )
)
# Every phrase of _WORK_TALK as a bag of the words it holds whole (its hashtags aside): the ones above and those
# with a sector word ("my class", "in a primary school", "parents' evening").
_WORK_TALK_BAGS: Final = _TALK_BAGS | frozenset(
    frozenset(p.split())
    for p in (
        "class my", "class our", "class whole", "pupil", "pupils", "students my", "students our", "classroom my",
        "classroom our", "year group my", "year group our", "school in a", "school in my", "school in our",
        "school at a", "school at my", "school at our", "kids at school", "kids at work", "phonics", "inset", "slt",
        "ofsted", "parents evening",
    )
)
# Every match of _WORK_TALK holds all the words of one of these bags, or is a teacher's hashtag (its name is a
# word of the post): a finer gate than _WORK_TALK_GATE's single words, which most posts about school have.
_WORK_TALK_PROBE: Final = Triggers(
    words=words_of(
        """ectlife nqtlife teacherlife talife sencolife primaryteacher teachersofinstagram teacherofinstagram
        edutwitter primaryrocks ukedchat teachertwitter"""
    ),
    phrases=_WORK_TALK_BAGS,
)
# A year group as words: "year" with its number ("Year 5"), or one word ("Y5", "yr5"); "year" alone is
# everyday ("this year") and must not open the detector.
_YEAR_BAGS: Final = frozenset(frozenset({p, str(n)}) for p in ("year", "yr", "y") for n in range(1, 14))


def has_disclaimer(text: str | None) -> bool:
    return bool(text) and _disclaims(text.casefold())  # type: ignore[union-attr]


def _disclaims(low: str) -> bool:
    """``_DISCLAIMER`` on casefolded text. Few posts say their views are their own, and the regex (a search
    with no fixed first character) costs ten times the substring tests that rule most of them out: every
    alternative of ``_DISCLAIMER`` holds one of ``_DISCLAIMER_WORDS``, or ends in "own"/"mine" after one of
    ``_DISCLAIMER_HEADS``."""
    if not (
        any(w in low for w in _DISCLAIMER_WORDS)
        or (("own" in low or "mine" in low) and any(h in low for h in _DISCLAIMER_HEADS))
    ):
        return False
    return _DISCLAIMER.search(low) is not None


def _mode(options: Mapping[str, Any]) -> str:
    mode = str(setting(options, "self_identification.mode", "disclaimer"))
    if mode not in ("disclaimer", "forbid-naming", "off"):
        raise ValueError(f"settings self_identification.mode: {mode!r} (disclaimer | forbid-naming | off)")
    return mode


@register_detector("self-identification")
class SelfIdentificationDetector:
    """First-person statements that the author works at the school (see the module docstring)."""

    name: ClassVar[str]
    requires_profile: ClassVar[bool] = True

    def __init__(self, *, options: Mapping[str, Any], profile: SchoolProfile | None) -> None:
        profile = require_profile("self-identification", profile, options, ("where", "assume_staff"))
        where = options.get("where", ["post", "bio"])
        where = [where] if isinstance(where, str) else list(where)
        if not where or not set(where) <= {"post", "bio"}:
            raise ValueError("option where: 'post' and/or 'bio'")
        self._post = "post" in where
        self._bio = "bio" in where
        self._mode = _mode(options)
        self._assume_staff = bool(options.get("assume_staff", True))
        self._index: SchoolIndex = school_index(profile)
        # The bio is metadata: a post with no school word in its text can still come from a bio that names it.
        self.triggers = self._index.tag_triggers | Triggers(
            words=self._index.trigger_words, fields=frozenset({"bio"}) if self._bio else frozenset()
        )

    def find(self, ctx: PostContext) -> list[Hit]:
        if self._mode == "off" or not is_staff_author(ctx, assume_staff=self._assume_staff):
            return []
        hits: list[Hit] = []
        if self._post:
            hits.extend(self._in_post(ctx))
        if self._bio and ctx.post.account.bio:
            hits.extend(self._in_bio(ctx, ctx.post.account.bio))
        return hits

    def _in_post(self, ctx: PostContext) -> list[Hit]:
        mentions = self._index.mentions(ctx)
        if not mentions:
            return []
        hits: list[Hit] = []
        low = ctx.text.casefold() if len(ctx.text.casefold()) == len(ctx.text) else ctx.text.lower()
        for m in mentions:
            assert m.start is not None and m.end is not None
            if m.kind in ("name", "alias") and _PLACE_AFTER.match(ctx.text, m.end):
                continue  # "Hollins Green Cricket Club", "Hollins Green Road": a place of that name, not the school
            span = _statement(low, m.start, m.end)
            if span is not None:
                hits.append(Hit(span[0], span[1], label="says they work at the school",
                                confidence=0.95, evidence={"where": "post", "kind": m.kind}))
            elif self._mode == "forbid-naming":
                hits.append(Hit(m.start, m.end, label="names the school", confidence=0.9,
                                evidence={"where": "post", "kind": m.kind}))
        return hits

    def _in_bio(self, ctx: PostContext, bio: str) -> list[Hit]:
        spans = self._index.bio_spans(bio)
        if not spans:
            return []
        low = bio.casefold() if len(bio.casefold()) == len(bio) else bio.lower()
        for s, e in spans:
            if _statement(low, s, e) is not None:
                return [Hit(None, None, label="the account bio says they work at the school", confidence=0.95,
                            evidence={"where": "bio"})]
        # (Not on an official account: there "Early Years at HGA" describes the school's own service.)
        for s, _ in spans if ctx.post.account.kind != "official" else ():
            before = low[max(0, s - 50) : s]
            cut = max(before.rfind(c) for c in "|\n•·")
            # A handle brings its own "@": "PE & hydrotherapy @StaitheBankSch" is "PE & hydrotherapy @ ...".
            segment = before[cut + 1 :] + ("@" if bio[s : s + 1] == "@" else "")
            if _BIO_AREA_AT.search(segment) and not _BIO_NOT_STAFF.search(segment):
                return [Hit(None, None, label="the account bio says they work at the school", confidence=0.85,
                            evidence={"where": "bio"})]
        # Bios are terse ("Y5 teacher | HGA | runner"): a role anywhere in the bio with the school suffices,
        # unless the role is somebody else's ("mum of a HGA pupil, wife of a teacher").
        rest = _FAMILY.sub(lambda m: " " * len(m.group()), low)  # same offsets as ``low``
        # (Not on an official account either: its bio describes its service, "Speech, language & OT team at HGA".)
        # A parent's phrase anywhere rules the role out ("Mum of two HGA pupils. Office manager in town."), unless
        # the role and the school share a part of the bio that has none: "Principal, Al-Hilal Academy. Mum of 3."
        # and "Mum to Teddy 🧸 early years practitioner #TeamMeadowsweet" are staff; "Mum of 2. Teacher at Leeds
        # Grammar. #HGAFamily" is not.
        # A member of the roster's staff is a parent beside their job, not instead of it ("EYFS lead 🌈 #GFAFamily 🧸
        # mum of 2"), unless the school is in the parent's part ("Mum of 2 HGA pupils") or the role is placed
        # elsewhere ("Teacher at Leeds Grammar").
        role = _BIO_ROLE.search(rest) if ctx.post.account.kind != "official" else None
        if role is not None and self._bio_role_counts(ctx, low, role, spans):
            return [Hit(None, None, label="the account bio says they work at the school", confidence=0.85,
                        evidence={"where": "bio"})]
        # The roster's own staff and governors need no role word: the school in their bio, in a part that is not
        # about their children or their own schooldays, is where they work ("Careers & progression @CanalsideSFC",
        # "Student services @ Canalside College"), however the job is put; unless the bio places their job elsewhere
        # ("Teacher at Leeds Grammar. #TeamSandpiper").
        if (
            ctx.post.account.kind != "official"
            and is_staff_author(ctx, assume_staff=False)
            and _ROSTER_BIO_NOT_WORK.search(low) is None
        ):
            school_parts = {_bio_part(low, s) for s, _ in spans}
            if not any(_PLACED.search(p) for p in _bio_parts(low) if p not in school_parts):
                return [Hit(None, None, label="the account bio says they work at the school", confidence=0.8,
                            evidence={"where": "bio"})]
        if self._mode == "forbid-naming":
            return [Hit(None, None, label="the account bio names the school", confidence=0.85,
                        evidence={"where": "bio"})]
        return []

    @staticmethod
    def _bio_role_counts(ctx: PostContext, low: str, role: re.Match[str], spans: list[tuple[int, int]]) -> bool:
        """Does the role found in the bio ``low`` (lower case; ``spans``: the school's mentions in it) say the author
        works at the school (``_in_bio``'s comment above its call)?"""
        role_part = _bio_part(low, role.start())
        beside_school = any(_bio_part(low, s) == role_part for s, _ in spans)
        staff = is_staff_author(ctx, assume_staff=False)
        if _SHARED_ROLE.fullmatch(role.group()) and not (beside_school or staff):
            # A job as much outside schools as in one ("NHS keyworker 💙 #HGAFamily", "Minibus driver for the bowls
            # club. Proud #HGAFamily grandad"): the school's, only beside the school or from the roster's staff.
            return False
        if not _PARENT_OF.search(low):
            return True
        if _PARENT_OF.search(role_part):
            return False
        return beside_school or (
            staff and _PLACED.search(role_part) is None
            and not any(_PARENT_OF.search(_bio_part(low, s)) for s, _ in spans)
        )


_SHARED_ROLE: Final = re.compile(_SHARED_ROLES)
# A role placed somewhere in its own part of a bio: "Teacher at Leeds Grammar", "TA @ St Anne's".
_PLACED: Final = re.compile(r"\b(?:at|for)\b|@")
_PARENT_OF: Final = re.compile(
    r"\b(?:mum|mam|mom|mummy|mammy|mother|dad|daddy|father|parent|grandparent)\s+(?:of|to)\b"
)


# What makes a roster staff member's bio about something other than their job at the school, anywhere in it: the
# words of _BIO_NOT_STAFF, more family (so every parent's phrase of _PARENT_OF too), their own schooldays, a parents'
# body, a denial, the past ("Proud aunty #HGA", "HGA class of 2012", "PTA chair @HGA", "Formerly @HGA"). (Not
# "student services" or "student union": a college's departments.)
_ROSTER_BIO_NOT_WORK: Final = re.compile(
    rf"\b(?:{_NOT_STAFF_WORDS}|"
    r"students?(?!\s+(?:services|support|union|welfare|wellbeing|experience|engagement))|"
    r"mummy|mammy|mother|mama|daddy|father|papa|guardian|nanna|nanny|granny|aunt|aunty|auntie|uncle|step-?\w+|"
    r"god(?:mother|father|parent|daughter|son)|wife|husband|alum\w*|graduate|leaver|class\s+of|went\s+to|studied|"
    r"pta|ptfa|friends\s+of|parent\s+council|affiliated|formerly|previously|retired|not)\b"
)


def _bio_parts(bio: str) -> list[str]:
    """A bio's parts (``_bio_part``'s), in order."""
    parts, start = [], 0
    for i, ch in enumerate(bio):
        if _bio_break(ch):
            if i > start:
                parts.append(bio[start:i])
            start = i + 1
    if start < len(bio):
        parts.append(bio[start:])
    return parts


def _bio_part(bio: str, at: int) -> str:
    """The part of a bio around offset ``at``: bios run their parts together with full stops, bars, bullets, line
    breaks and emoji ("Principal, HGA. Mum of 3", "Mum to Teddy 🧸 early years practitioner")."""
    start = at
    while start > 0 and not _bio_break(bio[start - 1]):
        start -= 1
    end = at
    while end < len(bio) and not _bio_break(bio[end]):
        end += 1
    return bio[start:end]


def _bio_break(ch: str) -> bool:
    return ch in ".|•·\n!?" or unicodedata.category(ch) == "So" or ch >= "\U0001f000"


# Strings one of which every match of a pattern holds: a few substring tests spare most of these searches, which
# try every character of the sentence before the school's name.
_STATEMENTS_BEFORE: Final[tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]] = (
    (_WE_AT, ("we", "us")),
    (_WE_GROUP_AT, ("we", "us")),
    (_MY_SCHOOL, ("my", "our")),
    (_FROM_ROLE_AT, ("from",)),
    (_THE_ROLE_AT, ("ot", "lt", "physio", "nurse", "therapist")),
)
_GERUNDS: Final = ("work", "teaching", "being")  # _GERUND_AT
_STATEMENTS_IN_SENTENCE: Final[tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]] = (
    (_DURATION_AT, ("year", "term", "decade")),
    (_JOB_AT, (
        "as", "teaching", "coaching", "joined", "started", "leading", "governing", "privilege", "honour", "honor",
        "joy", "come", "proud", "lucky", "blessed", "delighted", "thrilled",
    )),
)


def _statement(low: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a first-person employment statement around the school mention at [start, end)."""
    s_lo, s_hi = sentence_bounds(low, start, end)
    before = low[max(s_lo, start - 90) : start]
    for pattern, holds in _STATEMENTS_BEFORE:
        if not any(w in before for w in holds):
            continue
        m0 = pattern.search(before)
        if m0 is not None and not _FAMILY.search(low[s_lo:start]):
            return max(s_lo, start - 90) + m0.start(), end
    m_we = _WE_BEFORE.search(before) if "we" in before or "us" in before else None
    m_group = _GROUP_AFTER.search(low[end : end + 20]) if m_we is not None else None
    if m_we is not None and m_group is not None:
        return max(s_lo, start - 90) + m_we.start(), end + m_group.end()
    sentence_start = low[s_lo:start]
    if (
        ("been" in sentence_start or "coaching" in sentence_start)
        and _BEEN_AT.search(sentence_start.lstrip())
        # (family before it only: "... and the kids still make me laugh" are pupils)
        and not _FAMILY.search(low, max(0, s_lo - 120), start)
        and not _SOMEBODY_ELSE.search(low, max(0, s_lo - 120), s_hi)
    ):
        return s_lo + len(sentence_start) - len(sentence_start.lstrip()), end
    m_ger = _GERUND_AT.search(sentence_start.lstrip()) if any(w in sentence_start for w in _GERUNDS) else None
    if m_ger is not None and not _FAMILY.search(sentence_start):
        lead = len(m_ger.group(0)) - len(m_ger.group(0).lstrip(",;:(–— "))
        return s_lo + len(sentence_start) - len(sentence_start.lstrip()) + m_ger.start() + lead, end
    for pattern, needs in _STATEMENTS_IN_SENTENCE:
        if not any(w in sentence_start for w in needs):
            continue
        m_job = pattern.search(sentence_start)
        if (
            m_job is not None and not _FAMILY.search(low[s_lo:s_hi])
            and not _THIRD_PERSON.search(sentence_start, 0, m_job.start())
        ):
            lead = len(m_job.group(0)) - len(m_job.group(0).lstrip(",;:(–— "))
            return s_lo + m_job.start() + lead, end
    m1 = _ROLE_AT.search(sentence_start)
    if m1 is None and _FOR_YEARS_AFTER.match(low, end) and not _FAMILY.search(sentence_start) and not (
        _SOMEBODY_ELSE.search(low, s_lo, s_hi)
    ):
        m1 = _ANY_ROLE_AT.search(sentence_start)
    if m1 is not None and not re.search(r"\b(?:teachers|tas|staff|governors)\s+(?:at|@|for)", sentence_start):
        return s_lo + len(sentence_start) - len(sentence_start.lstrip()), end
    if _LINK.search(before):
        m = _BEFORE.search(before)
        if m is not None and not _FAMILY.search(m.group(0)):
            return max(s_lo, start - 90) + m.start(), end
    after = low[end : min(s_hi, end + 60)]
    m2 = _AFTER.search(after)
    if m2 is not None and not _FAMILY.search(low[s_lo:start]) and not (
        "governor" in m2.group() and _SOMEBODY_ELSE.search(low, s_lo, start)
    ):
        return start, end + m2.end()
    return None


@register_detector("missing-disclaimer")
class DisclaimerDetector:
    """A member of staff discussing their work with no 'views my own' (see the module docstring)."""

    name: ClassVar[str]
    requires_profile: ClassVar[bool] = False
    reads_findings: ClassVar[bool] = True  # a pupil or colleague the people rules found (_counts)

    def __init__(self, *, options: Mapping[str, Any], profile: SchoolProfile | None) -> None:
        check_options(options, ("assume_staff",))
        self._mode = _mode(options)
        self._enabled = self._mode == "disclaimer" and bool(setting(options, "self_identification.disclaimer", True))
        self._assume_staff = bool(options.get("assume_staff", True))
        self._events: EventDetector | None = None
        self._school: SchoolIndex | None = None
        if not self._enabled:
            self.triggers = Triggers()
        elif profile is None:
            self.triggers = _OPINION_TRIGGERS  # without a profile only views on the work count
        else:
            # Views on the work (a sector word and an opinion word), or work talk: a phrase of _WORK_TALK, the
            # school, a form or year group, or an event's words (the event index's bags, which already open the
            # people detectors, so this widens nothing on its own). A teacher's hashtag needs "#".
            self._school = school_index(profile)
            self._events = EventDetector(options={}, profile=profile)
            forms = sorted({p.form for p in profile.people if p.form}, key=len, reverse=True)
            # Forms are written as forms ("5B", not "5b"); years as "Year 5", "Y5", "Yr 5". Own regexes rather
            # than the school index's cues, which build the spaCy Doc for their phrase lists.
            self._form_re = (
                re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in forms) + r")(?:'s|s)?(?![\w])")
                if forms else None
            )
            self._word_forms = frozenset(f.casefold() for f in forms if not any(c.isdigit() for c in f))
            # The forms alone: a match of _form_re holds one. Without the lookbehind in front the search skips
            # to a form's first character, six times faster on a post that names no form (most posts).
            self._form_probe = re.compile("|".join(re.escape(f) for f in forms)) if forms else None
            form_words = frozenset(w for f in forms for w in WORD.findall(f.casefold()))
            # A sector word alone opened the detector on every post about school; it now needs an opinion word
            # or what some kind of work talk needs: a phrase of _WORK_TALK, the school's name or website, a form,
            # a digit (a year group). The rest of the triggers are as they were: the school's handle or hashtag,
            # or a teacher's hashtag, not any "@" or "#" (every reply on X has an "@").
            # The website as the bag of its letter-only words ("hollinsgreen", "example", "sch", "uk"), every one of
            # which a post that names it holds: its regex has no literal prefix and cost a slow search per post.
            site_bags = frozenset(
                frozenset(w for w in WORD.findall(site.casefold()) if w.isalpha()) for site in profile.school.websites
            ) - {frozenset()}
            talk = Triggers(
                words=_OPINION_WORDS | self._school.name_gate,
                phrases=_WORK_TALK_BAGS | site_bags,
                digits=True,
                patterns=(self._form_probe,) if self._form_probe is not None else (),
                hash_patterns=(_TEACHER_HASHTAG,),
            )
            # A pupil or a colleague named (see _counts) is read from what the people rules found: the engine runs
            # this detector on a post with findings whether or not these triggers are there (reads_findings).
            self.triggers = Triggers.any_of((
                Triggers(words=_SECTOR_WORDS, also=talk),
                Triggers(words=self._school.trigger_words | form_words
                         | (_YEAR_GATE - {"year", "yr", "y", "reception", "nursery"}),
                         phrases=_TALK_BAGS | _YEAR_BAGS, hash_patterns=(_TEACHER_HASHTAG,)),
                self._school.tag_triggers,
                self._events.triggers,
            ))

    def find(self, ctx: PostContext) -> list[Hit]:
        if not self._enabled or not is_staff_author(ctx, assume_staff=self._assume_staff, roles=_EMPLOYED):
            return []  # g-personal-views asks it of staff, whose work it is; a governor is not employed there
        text = ctx.norm.text
        words = ctx.words
        # The sector match is read only for a view (it needs an opinion word too): without one, no search.
        sector = (
            None if _OPINION_WORDS.isdisjoint(words) or _SECTOR_GATE.isdisjoint(words) else _SECTOR.search(text)
        )
        opinion = sector is not None and _OPINION.search(text) is not None
        # A pupil, colleague or event the people rules found first (free to read), then talk about the school day,
        # which needs this detector's own triggers: the engine also runs it on a post whose only findings are
        # other rules' (an insult, a phone number), and there a trigger test is cheaper than the search.
        talk = None if opinion else next((f.category.value for f in ctx.findings if self._counts(ctx, f)), None)
        if not opinion and talk is None:
            if ctx.findings and not self._triggered(ctx):
                return []
            talk = self._work_talk(ctx)
            if talk is None:
                return []
        # The normalised view and the text as written, casefolded, are usually one string: search it once.
        low, original = text.casefold(), ctx.post.text.casefold()
        if _disclaims(low) or (original != low and _disclaims(original)) or has_disclaimer(ctx.post.account.bio):
            return []
        if opinion:
            assert sector is not None
            return [Hit(None, None, label="gives views on their work without saying they are their own",
                        confidence=0.8, evidence={"term": sector.group(0)})]
        assert talk is not None
        return [Hit(None, None, label="discusses their work without saying the views are their own",
                    confidence=0.75, evidence={"talk": talk})]

    def _triggered(self, ctx: PostContext) -> bool:
        """Does the post have this detector's triggers? The engine's first pass has tested them already (four
        alternatives, one a search for the school's forms): it says so in ``ctx.triggered``."""
        if ctx.triggered is not None:
            return ctx.triggered
        return self.triggers.present(ctx.post, ctx.words, PostMarks.of(ctx.text))

    def _counts(self, ctx: PostContext, finding: Finding) -> bool:
        """Does this finding of the people rules make the post talk about the author's work? A pupil named (not
        the author's own child: a declared family link) or singled out; a school event (as _work_talk's "event");
        a colleague named by title ("Mr Khan", as at school) or in a post about school or work, not on a night out
        ("Knitting night with Grace Lowry")."""
        category = finding.category.value
        if category not in _WORK_CATEGORIES:
            return False
        author, profile, subject = ctx.post.author_id, ctx.profile, finding.subject
        if author is not None and profile is not None and subject is not None and profile.has_family_link(
            author, subject.id
        ):
            return False
        if category != "staff-reference":
            return True
        if finding.text is not None and starts_with_title(finding.text):
            return True
        assert self._school is not None
        cues = self._school.cues(ctx)
        return cues.school_context or cues.work_context

    def _work_talk(self, ctx: PostContext) -> str | None:
        """What in the post is talk about the author's own school day (its kind), or None."""
        if self._school is None or self._events is None:
            return None
        low = ctx.norm.text
        text = ctx.text
        words = ctx.words
        # The marks are read (a pass over the text) only where a trigger test needs them: most posts are
        # decided by a school mention, a form or a year group before the event test.
        marks: PostMarks | None = None
        # Most posts hold some word of a phrase of _WORK_TALK ("class", "school", "year"), few hold a whole phrase.
        if not _WORK_TALK_GATE.isdisjoint(words):
            marks = PostMarks.of(text)
            if _WORK_TALK_PROBE.present_in_text(low, words, marks):
                for m in _WORK_TALK.finditer(low):
                    if not _owned(low, m.start()):
                        return "work"
        lower = text.lower()
        for mention in self._school.mentions(ctx):
            if mention.start is None or (
                mention.kind in ("name", "alias") and _PLACE_AFTER.match(text, mention.end or 0)
            ):
                continue
            if not _owned(lower, mention.start):
                return "school"
        if self._form_re is not None and self._form_probe is not None and self._form_probe.search(text):
            for f in self._form_re.finditer(text):
                # A form named by a word is the form only called a class ("Latrigg class"): alone it is a fell,
                # a bird or a tree ("Sunrise on Latrigg").
                if not written_as_form(f.group(0), lower, f.end(), self._word_forms):
                    continue
                if not _owned(lower, f.start()):
                    return "form"
        # Not "reception" or "nursery": a hotel's or a garden centre's as often as a school's.
        if not _YEAR_GATE.isdisjoint(ctx.folded_words):
            for y in _YEAR.finditer(lower):
                if not _owned(lower, y.start()):
                    return "year"
        # The event matcher needs the spaCy Doc: only for a post that holds every word of some event's name.
        events = self._events.triggers
        if marks is None:
            marks = PostMarks.of(text)
        if events.present_in_text(text, words, marks) and (
            self._events.find(ctx) or class_activity(ctx, self._events.index)
        ):
            return "event"  # this school's event, or some class's activity ("Year 4 swimming gala today")
        return None


# Who owes a disclaimer: the school's employees.
_EMPLOYED: Final = frozenset({"staff"})
# The people rules' findings that can make a post talk about the author's work (_counts).
_WORK_CATEGORIES: Final = frozenset({"pupil-reference", "staff-reference", "identifying-detail", "event-reference"})


def _owned(low: str, start: int) -> bool:
    """Is the school word at ``start`` somebody else's ("my son's school", "my own Year 6")?"""
    before = low[max(sentence_start(low, start), start - 60) : start]
    # Every match of _OWNER holds one of these: a few substring tests spare most searches.
    return any(w in before for w in _OWNER_WORDS) and _OWNER.search(before) is not None


# A word every match of _OPINION holds whole ("i think" -> "think", "shouldn't" -> "shouldn", "burnt out" ->
# "burnt", "sick of" -> "sick").
_OPINION_WORDS: Final = words_of(
    """think believe reckon feel view opinion imo imho honestly frankly should shouldn shouldnt must need needs
    ought time ridiculous disgrace disgraceful shocking scandal scandalous unacceptable absurd insane madness
    broken failing unfair wrong take problem why agree disagree joke nonsense rubbish sick fed thing overrated
    underrated pointless waste deserve deserves more unsustainable unbearable impossible exhausting exhausted
    knackered overworked underpaid undervalued underfunded funded burn burned burnt burnout burnedout burntout
    nightmare chaos chaotic awful terrible appalling dreadful horrendous outrageous criminal pittance backbone
    heroes unsung thankless brilliant amazing incredible outstanding proud please stop give change end cope best
    worst"""
)
_SECTOR_WORDS: Final = words_of(
    """class job teach teaching teacher teachers pupil pupils student students classroom lesson lessons ofsted sats
    curriculum dfe education school schools funding academy academies trust workload marking planning
    behaviour exclusion exclusions phonics send ehcp ehcps pay strike neu nasuwt inset headteacher
    headteachers slt safeguarding eyfs ks1 ks2 gcse gcses exam exams ofqual supply recruitment retention
    colleagues parents homework detention detentions uniform"""
)
# A word every match of _SECTOR holds whole: _SECTOR_WORDS, and "our form", "a-levels", "league tables".
_SECTOR_GATE: Final = _SECTOR_WORDS | {"form", "level", "levels", "league"}
# A view on the work needs a sector word and an opinion word. (The sector words of the triggers are _SECTOR_WORDS,
# as they were before the opinion words narrowed them: "our form", "a-levels" and "league tables" alone still do
# not open the detector.)
_OPINION_TRIGGERS: Final = Triggers(words=_SECTOR_WORDS, also=Triggers(words=_OPINION_WORDS))
