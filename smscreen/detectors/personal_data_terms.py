"""Health and SEN terms: special-category data (UK GDPR Art. 9) when tied to a person.

Each entry is ``(name, pattern, confidence, case_sensitive, trigger_words)``:

- ``name`` is the canonical term reported in ``Hit.evidence["term"]`` (never the post's own text);
- ``pattern`` is a regex fragment matched on word boundaries against the ORIGINAL text;
- ``confidence`` is a fixed prior that the matched words denote health/SEN data *about someone*
  (0.9 a diagnosis, plan or medication that has no everyday sense; 0.8 an acronym or word that is
  nearly always medical but has other uses ("ASC", "SEN", "seizure", "insulin"); 0.7 a word with an
  everyday use as well ("anxiety", "inhaler", "allergic") or a broad phrase ("mental health issues"));
- ``case_sensitive`` is set for acronyms that are also common words ("SEND", "ODD", "SEN" in
  "sen" is a currency) so that only the upper-case acronym counts;
- ``trigger_words`` are lower-case word forms at least one of which occurs in any text the pattern
  matches: the screener skips the detector for a post with none of them (``Triggers.words``).
  The screener's words are runs of letters and digits (``[^\\W_]+``) of the normalised text, so a
  trigger word never holds a hyphen, dot or apostrophe ("self-harm" is triggered by "self").

Whether a term is tied to a named person is not decided here: a rule combines this detector's
hit with a roster-name hit within N tokens.
"""

from __future__ import annotations

__all__ = ["HEALTH_TERMS", "HealthTerm"]

HealthTerm = tuple[str, str, float, bool, tuple[str, ...]]

# Order matters only for readability: the compiled pattern sorts by specificity (longest first)
# so that "SEN support" wins over "SEN" and "type 1 diabetes" over "diabetes".
HEALTH_TERMS: tuple[HealthTerm, ...] = (
    # Neurodevelopmental conditions and learning needs
    ("autism", r"autis(?:m|tic)", 0.9, False, ("autism", "autistic")),
    ("autism spectrum disorder", r"autis(?:m|tic) spectrum (?:disorder|condition)", 0.9, False, ("autism", "autistic")),
    ("ASD", r"ASD", 0.9, True, ("asd",)),
    ("ASC", r"ASC", 0.8, True, ("asc",)),
    ("asperger syndrome", r"asperger'?s?(?: syndrome)?", 0.9, False, ("asperger", "aspergers")),
    ("ADHD", r"ADHD", 0.9, False, ("adhd",)),
    (
        "attention deficit",
        r"attention[- ]deficit(?: hyperactivity)?(?: disorder)?",
        0.9,
        False,
        ("attention", "deficit"),
    ),
    ("ODD", r"ODD", 0.8, True, ("odd",)),
    ("oppositional defiant disorder", r"oppositional defiant disorder", 0.9, False, ("oppositional", "defiant")),
    ("pathological demand avoidance", r"pathological demand avoidance", 0.9, False, ("pathological",)),
    ("dyslexia", r"dyslexi(?:a|c)", 0.9, False, ("dyslexia", "dyslexic")),
    ("dyspraxia", r"dyspraxi(?:a|c)", 0.9, False, ("dyspraxia", "dyspraxic")),
    ("dyscalculia", r"dyscalculi(?:a|c)", 0.9, False, ("dyscalculia", "dyscalculic")),
    ("dysgraphia", r"dysgraphi(?:a|c)", 0.9, False, ("dysgraphia", "dysgraphic")),
    ("tourette syndrome", r"tourette'?s?(?: syndrome)?", 0.9, False, ("tourette", "tourettes")),
    ("global developmental delay", r"global developmental delay", 0.9, False, ("developmental",)),
    (
        "speech and language needs",
        r"speech and language (?:delay|disorder|needs|difficult(?:y|ies))",
        0.9,
        False,
        ("speech",),
    ),
    ("speech and language therapy", r"speech and language therap(?:y|ist)", 0.8, False, ("speech",)),
    ("sensory processing disorder", r"sensory processing (?:disorder|difficult(?:y|ies))", 0.9, False, ("sensory",)),
    ("learning difficulty", r"learning difficult(?:y|ies)", 0.8, False, ("difficulty", "difficulties")),
    ("learning disability", r"learning disabilit(?:y|ies)", 0.9, False, ("disability", "disabilities")),
    ("down syndrome", r"down'?s? syndrome", 0.9, False, ("syndrome",)),
    ("cerebral palsy", r"cerebral palsy", 0.9, False, ("palsy",)),
    ("hearing impairment", r"hearing[- ]impair(?:ed|ment)", 0.9, False, ("impaired", "impairment")),
    ("visual impairment", r"visual(?:ly)?[- ]impair(?:ed|ment)", 0.9, False, ("impaired", "impairment")),
    # SEN provision: plans and registers that single a pupil out
    ("EHCP", r"EHCPs?", 0.9, False, ("ehcp", "ehcps")),
    ("EHC plan", r"EHC plans?", 0.9, False, ("ehc",)),
    ("education, health and care plan", r"education,? health,? and care plans?", 0.9, False, ("education",)),
    (
        "statement of SEN",
        r"statement(?:ed)? of (?:SEN|special educational needs)",
        0.9,
        False,
        ("statement", "statemented"),
    ),
    ("SEN support", r"SEN support", 0.9, False, ("sen",)),
    ("SEN register", r"SEN(?:D)? register", 0.9, False, ("sen", "send")),
    (
        "special educational needs",
        r"special educational needs(?: and disabilit(?:y|ies))?",
        0.8,
        False,
        ("educational",),
    ),
    ("SEND", r"SEND", 0.8, True, ("send",)),
    ("SEN", r"SEN", 0.8, True, ("sen",)),
    ("one-to-one support", r"one[- ]to[- ]one support|1:1 support", 0.7, False, ("support",)),
    # Physical health conditions
    ("epilepsy", r"epilep(?:sy|tic)", 0.9, False, ("epilepsy", "epileptic")),
    ("seizure", r"seizures?", 0.8, False, ("seizure", "seizures")),
    ("type 1 diabetes", r"type (?:1|one|2|two) diabetes", 0.9, False, ("diabetes",)),
    ("diabetes", r"diabet(?:es|ic)", 0.9, False, ("diabetes", "diabetic")),
    ("asthma", r"asthma(?:tic)?", 0.9, False, ("asthma", "asthmatic")),
    ("cystic fibrosis", r"cystic fibrosis", 0.9, False, ("fibrosis",)),
    ("sickle cell", r"sickle[- ]cell(?: disease| anaemia| anemia)?", 0.9, False, ("sickle",)),
    ("coeliac disease", r"coeliac(?: disease)?", 0.9, False, ("coeliac",)),
    ("crohn's disease", r"crohn'?s(?: disease)?", 0.9, False, ("crohn", "crohns")),
    ("cancer", r"cancer|leuka?emia|chemotherapy", 0.8, False, ("cancer", "leukaemia", "leukemia", "chemotherapy")),
    ("anaphylaxis", r"anaphyla(?:xis|ctic)", 0.9, False, ("anaphylaxis", "anaphylactic")),
    ("allergy", r"allerg(?:y|ies|ic)", 0.7, False, ("allergy", "allergies", "allergic")),
    # Mental health
    (
        "self-harm",
        r"self[- ]?harm(?:ing|ed|s)?",
        0.9,
        False,
        ("self", "selfharm", "selfharming", "selfharmed", "selfharms"),
    ),
    ("suicidal", r"suicidal(?: thoughts| ideation)?|suicide attempt", 0.9, False, ("suicidal", "suicide")),
    ("eating disorder", r"eating disorders?", 0.9, False, ("eating",)),
    ("anorexia", r"anorexi(?:a|c)", 0.9, False, ("anorexia", "anorexic")),
    ("bulimia", r"bulimi(?:a|c)", 0.9, False, ("bulimia", "bulimic")),
    ("OCD", r"OCD", 0.9, True, ("ocd",)),
    (
        "obsessive compulsive disorder",
        r"obsessive[- ]compulsive disorder",
        0.9,
        False,
        ("obsessive",),
    ),
    ("PTSD", r"PTSD", 0.9, True, ("ptsd",)),
    ("depression", r"depression|clinically depressed", 0.7, False, ("depression", "depressed")),
    ("anxiety", r"anxiety(?: disorder)?|panic attacks?", 0.7, False, ("anxiety", "panic")),
    ("mental health", r"mental health (?:issues?|problems?|condition|difficult(?:y|ies))", 0.7, False, ("mental",)),
    ("CAMHS", r"CAMHS", 0.9, False, ("camhs",)),
    # Medication (a named drug says a condition without naming it)
    (
        "methylphenidate",
        r"methylphenidate|ritalin|concerta|equasym|medikinet",
        0.9,
        False,
        ("methylphenidate", "ritalin", "concerta", "equasym", "medikinet"),
    ),
    ("lisdexamfetamine", r"lisdexamfetamine|elvanse", 0.9, False, ("lisdexamfetamine", "elvanse")),
    (
        "atomoxetine",
        r"atomoxetine|strattera|guanfacine|intuniv",
        0.9,
        False,
        ("atomoxetine", "strattera", "guanfacine", "intuniv"),
    ),
    ("melatonin", r"melatonin", 0.8, False, ("melatonin",)),
    ("insulin", r"insulin", 0.8, False, ("insulin",)),
    (
        "adrenaline auto-injector",
        r"epi-?pens?|jext|adrenaline auto-?injectors?",
        0.9,
        False,
        ("epipen", "epipens", "epi", "jext", "adrenaline"),
    ),
    ("salbutamol", r"salbutamol|ventolin", 0.8, False, ("salbutamol", "ventolin")),
    ("inhaler", r"inhalers?", 0.7, False, ("inhaler", "inhalers")),
    (
        "antidepressant",
        r"antidepressants?|sertraline|fluoxetine|prozac|citalopram",
        0.9,
        False,
        ("antidepressant", "antidepressants", "sertraline", "fluoxetine", "prozac", "citalopram"),
    ),
    (
        "antiepileptic",
        r"sodium valproate|epilim|levetiracetam|keppra|lamotrigine|carbamazepine",
        0.9,
        False,
        ("valproate", "epilim", "levetiracetam", "keppra", "lamotrigine", "carbamazepine"),
    ),
    ("buccal midazolam", r"buccolam|(?:buccal )?midazolam", 0.9, False, ("buccolam", "midazolam", "buccal")),
)
