"""Data tables for the story stage: event triggers, status cues, position topics and stances.

Kept apart from the code so that adding a word is a one-line change; docs/events.md explains
the event types and their PLOVER counterparts.
"""
from __future__ import annotations

# Penn Treebank tags the rules on the parse share: 'who', 'which', 'that' opening a relative clause; a finite verb (a
# past or present tense, a modal), which a sentence or a clause of its own has and a caption's fragment may not.
RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Words that place one act before or after another ('after the rig exploded', 'since 2003'); the small parser reads
# them as prepositions too ('after Hong Kong authorities ... confirmed': 'after' a preposition, 'authorities' its
# object, 'confirmed' an adverbial clause without a subject, `clause.misread_subject`).
RELATIVE_TIME_MARKS = frozenset({"before", "after", "until", "till", "since"})

# lemma -> (event type, parts of speech it triggers as). "call", "speak" and "talk" are
# handled by rules in events.py because their type depends on their arguments.
EVENT_TRIGGERS: dict[str, tuple[str, frozenset[str]]] = {}


def _add(event_type: str, pos: str, *lemmas: str) -> None:
    for lemma in lemmas:
        EVENT_TRIGGERS[lemma] = (event_type, frozenset(pos.split("|")))


_add("call", "NOUN", "conversation", "phonecall")
_add("call", "VERB", "phone", "telephone", "dial")
_add("meeting", "NOUN", "meeting", "summit", "encounter")
_add("meeting", "VERB", "meet", "host")
_add("visit", "NOUN|VERB", "visit")
_add("visit", "NOUN", "trip", "tour")
_add("visit", "VERB", "travel", "fly")
_add("negotiation", "NOUN", "negotiation", "talk", "discussion", "dialogue", "mediation")
_add("negotiation", "VERB", "negotiate", "discuss", "mediate")
_add("statement", "NOUN", "statement", "announcement", "declaration", "speech", "address")
_add("statement", "VERB", "announce", "declare", "post", "tweet", "vow", "pledge", "confirm")
_add("demand", "NOUN|VERB", "demand")
_add("demand", "VERB", "insist", "urge", "press")
_add("demand", "NOUN", "precondition")
_add("offer", "NOUN|VERB", "offer")
_add("proposal", "NOUN", "proposal", "initiative")
_add("proposal", "VERB", "propose", "suggest")
_add("reject", "VERB", "reject", "dismiss", "refuse", "decline", "rebuff", "veto", "deny")
_add("reject", "NOUN", "rejection", "refusal")
_add("agree", "VERB", "agree", "accept", "sign", "approve", "endorse")
_add("agree", "NOUN", "agreement", "deal", "accord")
_add("threat", "VERB", "threaten", "warn")
_add("threat", "NOUN", "threat", "warning", "ultimatum")
_add("attack", "NOUN|VERB", "attack", "strike", "bomb", "shell", "raid")
_add("attack", "NOUN", "bombing", "shelling", "invasion", "offensive", "airstrike", "assault")
_add("attack", "VERB", "invade", "launch", "shoot", "down")
_add("aid", "NOUN|VERB", "aid")
_add("aid", "NOUN", "assistance", "funding")
_add("aid", "VERB", "supply", "fund", "deliver")
_add("sanction", "NOUN|VERB", "sanction")
_add("sanction", "NOUN", "embargo", "tariff")
_add("election", "NOUN", "election", "vote", "referendum", "ballot")
_add("election", "VERB", "elect")

# The rest of the ACE 2005 event ontology (LDC, "ACE English Annotation Guidelines for Events"
# 5.4.3), one storyline type per ACE subtype or a few related subtypes, with the trigger words its
# guidelines list for them (docs/events.md has the table). Contact (Meet, Phone-Write), Conflict.Attack and
# Personnel.Elect are the types above.
# Life
_add("death", "NOUN|VERB", "murder")
_add("death", "NOUN", "death", "killing", "fatality", "assassination", "suicide")
_add("death", "VERB", "die", "kill", "assassinate", "slay")
_add("injury", "NOUN", "injury")
_add("injury", "VERB", "injure", "wound", "hurt")
_add("marriage", "NOUN", "marriage", "wedding")
_add("marriage", "VERB", "marry", "wed")
_add("divorce", "NOUN|VERB", "divorce")
_add("birth", "NOUN", "birth")
# Movement.Transport, by what moves whom
_add("evacuation", "NOUN", "evacuation", "airlift")
_add("evacuation", "VERB", "evacuate", "flee", "airlift", "relocate")
_add("deployment", "NOUN", "deployment")
_add("deployment", "VERB", "deploy")
_add("withdrawal", "NOUN", "withdrawal", "pullout")
_add("withdrawal", "VERB", "withdraw")
# Transaction: Transfer-Money, Transfer-Ownership
_add("payment", "NOUN|VERB", "pay", "loan")
_add("payment", "NOUN", "payment", "donation", "compensation", "bailout", "reimbursement")
_add("payment", "VERB", "donate", "compensate", "lend", "reimburse")
_add("sale", "NOUN", "sale", "purchase", "acquisition", "takeover")
_add("sale", "VERB", "sell", "buy", "purchase", "acquire")
# Business: Merge-Org, Declare-Bankruptcy, End-Org; with a rating or currency downgraded (not in ACE)
_add("merger", "NOUN|VERB", "merge")
_add("merger", "NOUN", "merger")
_add("bankruptcy", "NOUN", "bankruptcy", "insolvency")
_add("closure", "NOUN", "shutdown", "closure", "layoff")
_add("downgrade", "NOUN|VERB", "downgrade")
_add("downgrade", "NOUN", "devaluation")
_add("downgrade", "VERB", "devalue")
# Conflict.Demonstrate
_add("protest", "NOUN|VERB", "protest", "riot")
_add("protest", "NOUN", "demonstration", "uprising", "revolt", "boycott")
_add("protest", "VERB", "demonstrate", "rebel")
# Personnel: Start-Position, End-Position, Nominate
_add("appointment", "NOUN", "appointment")
_add("appointment", "VERB", "appoint", "hire")
# taking office: Start-Position too, named apart so that a swearing-in does not read as an appointment
_add("inauguration", "NOUN", "inauguration")
_add("inauguration", "VERB", "inaugurate")
_add("resignation", "NOUN", "resignation", "ouster", "dismissal", "retirement")
_add("resignation", "VERB", "resign", "oust", "sack", "quit", "retire")
_add("nomination", "NOUN", "nomination")
_add("nomination", "VERB", "nominate")
# Justice: Arrest-Jail, Release-Parole, Trial-Hearing, Charge-Indict, Sue, Convict, Sentence, Fine,
# Execute, Extradite, Acquit, Appeal, Pardon; rulings and investigations (not in ACE) with them
_add("arrest", "NOUN|VERB", "arrest", "jail")
_add("arrest", "NOUN", "detention", "imprisonment")
_add("arrest", "VERB", "detain", "imprison")
_add("release", "NOUN", "parole")
_add("release", "VERB", "free", "parole")
_add("trial", "NOUN", "trial", "hearing", "testimony")
_add("trial", "VERB", "testify")
# A hearing or testimony before a legislature is no trial (ACE's Trial-Hearing is a court's): lawmakers question a
# witness ('Hayward was lambasted by angry U.S. lawmakers at a congressional hearing', bpoil_reuters, was the frame
# 'Capitol Hill – Tony Hayward trial'). `events._before_a_legislature` types such a trigger `hearing` (not in ACE) when
# its own phrase, or the subject of the verb it is the object of, names a legislature by one of these words: the
# general English words for a legislature, its chambers and members. 'house' counts only as a name ('House').
LEGISLATIVE_HEARING_TYPE = "hearing"
LEGISLATURE_WORDS = {"congress", "congressional", "senate", "senator", "house", "parliament", "parliamentary",
                     "legislature", "legislative", "legislator", "lawmaker", "congressman", "congresswoman",
                     "committee", "subcommittee", "capitol", "commons", "assembly", "mp"}
# Words of a court sitting (English, general): a hearing or a testimony in a sentence with none of them is no trial
# (`events._heard_out_of_court`: a commission's, a board's, a council's hearing).
COURT_WORDS = frozenset({"court", "courtroom", "courthouse", "judge", "jury", "juror", "trial", "defendant",
                         "prosecutor", "plaintiff", "lawsuit", "suit", "verdict", "sentencing", "bail", "indictment",
                         "acquittal", "magistrate", "tribunal", "deposition", "litigation", "appeal"})
_add("charge", "NOUN", "indictment", "prosecution")
_add("charge", "VERB", "charge", "indict", "prosecute")
_add("lawsuit", "NOUN", "lawsuit")
_add("lawsuit", "VERB", "sue")
_add("conviction", "NOUN", "conviction", "verdict")
_add("conviction", "VERB", "convict")
_add("sentence", "VERB", "sentence")
_add("fine", "NOUN|VERB", "fine")
_add("fine", "NOUN", "penalty")
_add("execution", "NOUN", "execution")
_add("execution", "VERB", "execute")
_add("extradition", "NOUN", "extradition")
_add("extradition", "VERB", "extradite")
_add("acquittal", "NOUN", "acquittal")
_add("acquittal", "VERB", "acquit")
_add("pardon", "NOUN|VERB", "pardon")
_add("ruling", "NOUN", "ruling", "judgment", "injunction")
_add("investigation", "NOUN", "investigation", "inquiry", "probe")
_add("investigation", "VERB", "investigate", "probe")

# Disasters and accidents (not in ACE): the subgroups of the EM-DAT classification of disasters
# (CRED): geophysical, meteorological, hydrological, climatological, biological, technological.
_add("earthquake", "NOUN", "earthquake", "quake", "aftershock", "tremor", "tsunami", "eruption")
_add("storm", "NOUN", "storm", "hurricane", "cyclone", "typhoon", "tornado")
_add("flood", "NOUN|VERB", "flood")
_add("flood", "NOUN", "flooding", "landslide", "mudslide")
_add("drought", "NOUN", "drought", "wildfire", "bushfire")
_add("epidemic", "NOUN", "outbreak", "epidemic", "pandemic", "infection")
_add("epidemic", "VERB", "infect")
_add("explosion", "NOUN", "explosion", "blast")
_add("explosion", "VERB", "explode")
_add("spill", "NOUN|VERB", "spill", "leak")
_add("fire", "NOUN", "fire", "blaze")
_add("crash", "NOUN|VERB", "crash")
_add("crash", "NOUN", "derailment", "accident", "shipwreck")
_add("crash", "VERB", "derail", "capsize", "sink")

# A happening the trigger words above have no word for (events20, issue #13): a main clause's verb in the simple
# past ("Shares in BP plunged 7% today", "Yesterday BP finally shut off the well") is an `act` when its own clause
# dates it to a day, it is told as done and a name acts in it (`story.events.dated_acts`). Not a verb of saying,
# thinking or stance (nlp.lexicon's CUE_VERBS and ATTITUDE_VERBS: what is said is the news, and the statement rules
# read those), nor one of these verbs of being, having, seeming, lasting and light use, which tell a state or take
# their sense from their object: general English, a closed class.
ACT_TYPE = "act"
# An act whose subject is a measure of a party ("Shares in BP plunged 7% today", "The stock price of BP plunged",
# "BP's credit rating fell", "The cost of insuring BP's debt hit fresh highs") is the measure's move, not something
# the party did: a `move` (story.events.moves_a_measure). A market reports one every trading day, so a story's
# moves of one party's measure are one series, which the default timeline shows by its most salient days
# (story.timeline.SERIES_TYPES). General English nouns of prices, quantities traded and rates.
MOVE_TYPE = "move"
MEASURE_NOUNS = frozenset(
    "share stock price cost value valuation capitalization capitalisation rating bond yield spread index premium "
    "rate".split())
STATE_VERBS = frozenset(
    "be have do become remain seem appear look sound feel stay keep continue last mean include contain involve need "
    "own belong lack consist depend exist get go come let cost".split())

# Types whose place is affected by them: the place is one of their participants ("an earthquake
# struck Haiti", "the explosion in the Gulf of Mexico").
DISASTER_TYPES = {"earthquake", "storm", "flood", "drought", "epidemic", "explosion", "spill", "fire", "crash"}
PLACE_PARTICIPANT_TYPES = DISASTER_TYPES | {"death", "injury", "protest", "evacuation"}
# Happenings that go on for days ("the oil is leaking", "continues to spill"): told in the progressive
# or under a verb of continuing, they are a state, not a happening of that day.
ONGOING_TYPES = {"spill", "fire", "flood", "drought", "epidemic"}
CONTINUING_VERBS = {"continue", "keep", "remain", "persist"}
# Deaths and injuries told in a clause under a disaster or an attack are its toll, not a happening of their own.
TOLL_TYPES = {"death", "injury"}
# A death or injury told as a count up to a day ('has killed up to 149 people', 'have so far died') is a
# tally: it reports how many by then, no happening of that day (story.events.tells_a_tally).
TALLY_TYPE = "tally"
# Adverbial phrases that make a count one up to now ('has so far killed', 'to date, 27 deaths'): general English.
SO_FAR_PHRASES = ("so far", "to date", "thus far", "until now", "up to now")
# What else makes a count in the perfect one up to now rather than fresh news (events18: "An explosion has
# killed 11 workers" is a happening of its day; "has killed 257 people worldwide since 2003" a running count).
# General English, each a marker of accumulation: an adverb of time up to now, a sum, the whole world as the
# count's scope, a sum's noun the count is told in ("the death toll", "a total of"), a word that adds the count to
# an earlier one ("another 48 people", "a further 17", "48 more").
CUMULATIVE_PHRASES = SO_FAR_PHRASES + ("already", "now", "in total", "in all", "all told", "altogether",
                                       "worldwide", "world-wide", "globally")
WORLD_NOUNS = {"world", "globe"}
SUM_NOUNS = {"toll", "total", "tally"}
ADDED_COUNT_WORDS = {"another", "further", "more", "additional"}
# Causes that kill over weeks or years, not at one moment: illnesses and their agents, epidemics, wars and lasting
# violence, famine. What they have killed "so far" is a running count even unmarked ("Swine flu has killed up to 159
# people in Mexico"); an explosion, a quake or gunmen that "have killed" tell a happening (events18). General English:
# the common nouns for a disease and for a protracted conflict, not the names of particular ones.
LASTING_CAUSES = {
    "virus", "flu", "influenza", "disease", "illness", "infection", "outbreak", "epidemic", "pandemic", "plague",
    "fever", "cholera", "malaria", "measles", "tuberculosis", "pneumonia", "cancer", "aids", "hiv", "bacterium",
    "war", "conflict", "violence", "fighting", "insurgency", "famine",
}
CAUSE_TYPES = DISASTER_TYPES | {"attack"}

# Words that only make "launch", "shoot", "down", "supply", "deliver" an attack or aid when
# their object is one of these.
ATTACK_OBJECTS = {"drone", "missile", "rocket", "strike", "attack", "offensive", "bomb", "shell", "troop", "assault"}
AID_OBJECTS = {"weapon", "aid", "arm", "missile", "ammunition", "fund", "money", "tank", "jet", "system", "package"}
# "offered the fullest view yet", "offered condolences": offering words, not an offer.
NOT_OFFERED = {"view", "detail", "insight", "glimpse", "assessment", "comment", "account", "explanation",
               "perspective", "thought", "condolence", "prayer", "apology", "congratulation", "reassurance", "clue",
               "sympathy"}
# What is offered as a good, a job or a payment ("BP offers cleanup jobs at $12 an hour", "offered a reward"):
# a hiring, a sale or a gift, a deed of the one offering, not a position on the issue the word belongs to.
OFFERED_GOODS = {"job", "work", "employment", "money", "cash", "loan", "payment", "reward", "refund", "discount",
                 "voucher", "scholarship", "bonus"}
# "the quake struck": nature, not an attack.
NATURAL_FORCES = {"quake", "earthquake", "aftershock", "storm", "hurricane", "cyclone", "typhoon", "tsunami", "flood",
                  "tornado", "wildfire", "fire", "disaster", "virus", "pandemic", "outbreak", "drought", "wave"}
# Objects that make a trigger verb an idiom, not an event: "struck an upbeat tone", "struck a chord".
IDIOM_OBJECTS = {"strike": {"tone", "chord", "note", "balance", "pose", "figure", "nerve", "deal", "agreement", "accord",
                            "bargain", "compromise"},
                 "kill": {"well", "bill", "deal", "proposal", "measure", "plan", "idea", "engine", "story"},
                 "launch": {"career", "website", "campaign", "product", "brand", "book", "investigation", "probe"},
                 "pay": {"tribute", "attention", "price", "visit", "respect", "homage", "heed", "compliment"},
                 "buy": {"time"},
                 "leak": {"document", "memo", "report", "information", "email", "letter", "detail", "tape", "video"},
                 "quit": {"smoking", "drinking"}}
# "meet its obligations", "to meet escalating compensation costs", "meet demand": the verb's direct object is a need it
# satisfies, no meeting (read on the direct object alone: 'met with Bill Clinton at the end of June' is a meeting)
MET_NEEDS = frozenset("""obligation cost liability demand target deadline standard expectation need requirement criterion
    criteria goal commitment condition threshold bill test challenge quota definition payment debt expense""".split())
# Verbs whose object "demand" is a market's ("ramping up production to meet demand"), no one's demand
MARKET_DEMAND_VERBS = frozenset("meet satisfy exceed outstrip boost curb reduce increase fuel dampen".split())
# What one agrees with when sharing a view, not making an agreement ("the panel agreed with the findings"); with the
# nouns of statements (nlp.lexicon.STATEMENT_NOUNS): general English.
VIEW_NOUNS = frozenset("""finding assessment estimate conclusion view analysis opinion position verdict decision
    recommendation characterization characterisation premise idea notion sentiment criticism argument point approach
    thinking diagnosis interpretation judgment judgement report evaluation observation""".split())
# "a great deal of": a quantity, not an agreement.
QUANTITY_MODIFIERS = {"great", "good"}
# Modifiers that make a trigger noun a medical condition, not the happening it names alone:
# "cardiac arrest", "respiratory arrest", "heart attack", "asthma attack" (H1N1/MJ coverage of Timeline17).
MEDICAL_MODIFIERS = {"cardiac", "cardiopulmonary", "respiratory", "cardiorespiratory", "heart", "asthma", "panic"}
OBJECT_CONSTRAINED = {"launch": ATTACK_OBJECTS, "shoot": ATTACK_OBJECTS, "down": ATTACK_OBJECTS,
                      "supply": AID_OBJECTS, "deliver": AID_OBJECTS, "fund": AID_OBJECTS}
# Verbs of the ACE ontology that are its events only with a person (or a group of people) as their
# object or passive subject: "freed the hostages" (not "free trade"), "executed the prisoner" (not
# "executed the plan"), "charged with manslaughter" (not "charged a fee"), "fired the chief".
PERSON_OBJECT_VERBS = {"free", "execute", "charge", "sentence", "sack", "parole", "fine", "hurt"}

# Types that describe two parties in contact; a report of one may use the word of another
# ("talks", "the call", "their conversation") so clustering treats them as compatible.
CONTACT_TYPES = {"call", "meeting", "negotiation", "visit"}
# what the press prints, of a day: "X dominates Sunday's papers", "Y leads today's headlines" tell coverage, not a happening
PRESS_NOUNS = {"paper", "newspaper", "headline", "bulletin", "editorial"}
PRESS_COVERAGE_VERBS = {"dominate", "lead"}

# Status cues. Planned: future auxiliaries, planning verbs governing the trigger, modifiers.
FUTURE_AUXILIARIES = {"will", "shall", "'ll", "would"}
PLANNING_VERBS = {"plan", "schedule", "expect", "set", "prepare", "intend", "arrange", "hope", "propose", "want", "seek", "agree"}
# Participles that place a noun's happening ahead when hung on it or its partner ('a call with analysts planned for
# Friday'); not 'agreed' ('a truce with the unions agreed by BP' was made), and 'set', 'arranged' only with their 'for'.
PLANNING_PARTICIPLES = {"plan", "schedule", "expect"}
PLANNING_MODIFIERS = {"next", "upcoming", "planned", "proposed", "possible", "potential", "future", "scheduled", "expected"}
# An event under one of these verbs has not happened yet ("threatened to strike", "vowed to meet").
INTENT_VERBS = {"threaten", "vow", "promise", "pledge", "offer", "propose", "demand", "urge", "want", "warn", "ask",
                "call", "push", "insist", "aim", "try", "seek"}
# Nouns of intent: an event they govern has not happened yet ("a readiness to negotiate", "a bid to
# oust him", "his plan to visit", "an invitation to meet").
INTENT_NOUNS = {"invitation", "readiness", "willingness", "intention", "intent", "plan", "bid", "attempt", "effort", "offer",
                "proposal", "desire", "threat", "call", "push", "pledge", "promise", "vow", "goal", "aim", "hope",
                "wish", "need", "demand", "request", "decision", "move", "aspiration", "ambition"}
# An event these govern is what someone wants stopped, not a happening ("stop the killing").
# Verbs of attention on a discussion: "wanted to concentrate on the health care debate" says where effort
# goes, not a stance on health care; "wants to focus on climate legislation" is a stated priority and stays.
ATTENTION_VERBS = {"concentrate", "focus", "devote", "dedicate"}
DISCUSSION_NOUNS = {"debate", "discussion", "talks", "talk", "hearing", "conversation", "dialogue", "deliberation"}
PREVENTION_VERBS = {"stop", "prevent", "avoid", "halt", "end", "curb", "deter", "ban", "forbid", "prohibit"}
# What is done against a disaster under way: the disaster they take as object is the target of an effort, told as
# lasting ('efforts to contain a month-old seabed well leak', 'an operation to choke off a gushing oil leak'), no
# happening of the sentence's day. General English verbs of fighting, holding back and closing off.
CONTAINMENT_VERBS = {"contain", "choke", "plug", "cap", "seal", "stem", "fight", "tackle", "combat", "battle",
                     "control", "clean"}
# Acts that undo a policy or measure: a stance on "defunding Planned Parenthood", "the suspension of the
# nuclear deal" or "blocking Syrian refugees" is a stance on that act, so the issue is the act with its
# object (an open issue), never the family word under it, which would read the other way ("oppose health care").
# Only acts that take back a policy, law, deal or programme: cutting, reducing, ending or stopping a harm
# ("reduce carbon emissions", "cut the deficit") is a stance for the family, so those verbs are not here.
# Not "ban" nor "restriction": a ban or a restriction on assault weapons is gun control itself.
REVERSING_ACTS = {"defund", "defunding", "suspend", "suspension", "repeal", "lift", "lifting", "revoke",
                  "overturn", "cancel", "cancellation", "abolish", "abolition", "scrap", "block", "eliminate",
                  "elimination", "rescind", "renounce", "abandon"}
# Verbs that undo what they take only as verbs: "drop its bid to join NATO", not "every drop of oil".
REVERSING_VERBS = frozenset({"drop", "forgo", "forswear"})
# Verbs that undo a membership or a deal only with what is left as their object and nothing kept in place:
# spaCy's lemmatizer errors on nouns, put right where a noun's lemma is read: 'taxes' -> 'taxis' hid
# the tax issue (seed-1422 sheet row 62, seed-1420 row 39).
LEMMA_ERRORS = {"taxis": "tax"}

# "hailed Britain's vote to leave the European Union" is no support of the EU (seed-1422 sheet), but
# "vowed to leave such spending untouched" and "proposed that more forces be left in Iraq" keep what they leave.
LEAVING_ACTS = {"leave", "exit"}
# Verbs that take back what they govern (their object) when it is a thing, not land: "withdraw troops";
# "withdraw from the deal" names no object and is not read as one.
WITHDRAWING_ACTS = {"withdraw"}
# Verbs of leaving land that state a stance only refused with "will" or "would" ("Ukraine would not withdraw from the
# Donbas": it will not concede the Donbas; `stance._refuses_to_leave`).
LAND_LEAVING_VERBS = frozenset({"withdraw", "leave", "retreat"})
# Adverbs with which leaving keeps what it leaves: "promised to leave Social Security alone".
LEFT_AS_IT_IS = {"alone", "intact", "untouched", "unchanged"}
# Phrasal verbs that undo only with their particle: "roll back the rules" undoes them, "roll out a plan" does not;
# "They should shut down all the drilling" is no demand for drilling, "give up its NATO ambitions" none for NATO.
REVERSING_PHRASAL_ACTS = {("roll", "back"), ("shut", "down"), ("close", "down"), ("phase", "out"), ("wind", "down"),
                          ("scale", "back"), ("give", "up"), ("sit", "out")}  # "threatening to sit out the election"
# Habits and lasting stances are the background of the news, not one of its happenings ("has long
# demanded", "has consistently rejected").
HABITUAL_ADVERBS = {"long", "consistently", "continuously", "repeatedly", "always", "often", "frequently",
                    "constantly", "persistently", "usually", "regularly", "routinely", "typically"}
# Auxiliaries and verbs that make an event a possibility or an obligation, not a happening: "could face
# lawsuits", "is required to pay", "must pay".
MODAL_AUXILIARIES = {"could", "might", "may", "must", "should"}
# A reported clause under one of these is a possibility, a forecast or a demand ("warned that the spill could be
# the worst", "said Russia would veto"), not a fact the statement tells (`clause.reported_clause`).
REPORTED_MODALS = MODAL_AUXILIARIES | {"would"}
# 'will' (and shall, 'll, 'wo' of "won't") is a forecast or a commitment only under a verb that forecasts or warns
# ("Holder has warned that Washington will not pay a dime"); "announced that it will recall 2.3 million vehicles"
# reports a decision that was taken (session 23 review: every "announced that it will ..." had lost its object).
FORECAST_FUTURES = (FUTURE_AUXILIARIES - {"would"}) | {"wo"}
FORECASTING_VERBS = {"warn", "threaten", "predict", "forecast", "fear", "expect", "anticipate", "project", "estimate"}
# Stated positions: an act of saying where one stands ('Russia rejects', 'BP announced that ...'); what it is about is
# what was said (its object), not a thing the act was done to or counted by.
STANCE_TYPES = {"statement", "demand", "offer", "proposal", "reject", "agree", "threat"}
# Verbs of a state of mind: a reported clause headed by one tells an opinion or a hope ("announced that it
# expects the spill to be stopped by August"), not a happening.
STATE_OF_MIND_VERBS = {"expect", "hope", "believe", "think", "fear", "doubt", "suspect", "want", "wish"}
OBLIGATION_HEADS = {"require", "need", "oblige", "obligate", "force", "expect", "likely", "able", "unable", "due"}
# Conjunctions under which a present-tense event is yet to come ("once BP sells the crude").
FUTURE_CONJUNCTIONS = {"once", "if", "when", "unless", "until", "before"}
# An event under one of these did not happen ("refused to meet"); the refusal is the event.
REFUSAL_VERBS = {"refuse", "decline", "reject", "rule"}
# An event these govern did not take place as planned ("cancelled the summit", "called off").
CALL_OFF_VERBS = {"cancel", "scrap", "postpone", "abandon", "scuttle", "shelve", "suspend", "delay"}
# An event under one of these is denied ("the Kremlin denied that they had spoken"); the denial is
# that event's status, not an event of its own.
DENIAL_VERBS = {"deny"}
# Verbs of verbal censure: an attack whose participle clause is one of these was made in words ("Transocean has struck
# back this afternoon, accusing BP of trying to conceal its own failings"), while a participle of plain saying goes
# with any act ("jets struck Gaza, saying they targeted militants"). General English (events18).
CENSURE_VERBS = {"accuse", "criticise", "criticize", "blame", "condemn", "denounce", "slam", "blast", "mock",
                 "ridicule", "rebuke", "castigate", "lambast", "lambaste", "berate", "deride"}
# 'insist' demands with a directive complement ("insisted that he attend every rehearsal", "insisted the account should
# be exclusively for damages", "insisted on it") and asserts with an indicative one ("BP insisted last night that its
# contingency plan had worked", "insisted he was not a suspect"): a statement then (events18, bpoil_guardian). The
# modals of obligation mark the directive; a bare verb is the subjunctive.
ASSERTING_DEMAND_VERBS = {"insist"}
DIRECTIVE_MODALS = {"should", "must", "shall"}
# Verbs that record a finding: a count they take as object in the simple past is the tally as of their day
# ("The World Health Organisation yesterday confirmed 787 H1N1 infections"), while a verb of saying dates only
# its own act ("said on Wednesday that he had spoken").
RECORDING_VERBS = {"confirm", "report", "record", "register"}
# A happening the clause's act is placed after: the clause's date is that act's, not the happening's, and its act is the
# sentence's news ("The decision was made after a meeting of experts in Geneva"). Not "before", which also says whom
# one faces ('appeared before a hearing in the House Energy and Commerce Committee').
PLACING_PREPOSITIONS = {"after", "since", "following"}
# Reported: the sentence itself hedges the claim or attributes it to someone else's report.
REPORTING_CUES = (
    "reportedly", "allegedly", "according to", "sources said", "sources told", "is said to",
    "are said to", "was said to", "reports say", "reported that", "a report", "told the newspaper",
    "people familiar", "sources familiar", "claimed",
)

# Durations stated for a call or meeting.
DURATION_PATTERN = (
    r"\b(?:for|lasted(?:\s+for)?|lasting(?:\s+for)?|lasts(?:\s+for)?)\s+"
    r"(?P<duration>(?:(?:about|approximately|nearly|almost|more than|over|around|some|roughly|just under|just over)\s+)?"
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+(?:\.\d+)?)\s+"
    r"(?:hours?|minutes?|days?)(?:\s+and\s+(?:a half|an? quarter|\d+\s+minutes|\w+\s+minutes))?)"
)

# Prepositions that set one happening before or after another ("after his call with Putin").
# Words placing a clause's act before a happening still to come ("ahead of the hearings", "prior to the vote").
AHEAD_WORDS = {"ahead", "prior"}
SEQUENCE_PREPOSITIONS = {"after", "before", "since", "following", "until", "ahead", "prior", "subsequent"}

# Prepositions that introduce where an event took place.
LOCATION_PREPOSITIONS = {"in", "at", "from", "for", "to"}
LOCATION_LABELS = {"GPE", "LOC", "FAC"}
# Heads of phrases that hold a place name but name no place: "the largest spill in U.S. history".
NOT_PLACES = {"history", "memory", "record", "records", "time", "times", "era", "lifetime", "generation"}
LOCATION_NOUNS = {"estate", "house", "palace", "kremlin", "office", "headquarters", "embassy", "summit", "base", "resort", "airport"}

# --- positions (story/positions.py, docs/positions.md) ------------------------------------------
# The stance vocabulary: what an actor does about an issue.
STANCES = {
    "demand": "wants another party to do or give it, as a condition",
    "propose": "puts it forward",
    "support": "is for it",
    "accept": "agrees to it when put to them",
    "concede": "gives it up or is ready to",
    "reject": "refuses it when put to them",
    "oppose": "is against it",
    "drop": "gives up an earlier demand or proposal about it",
}

# Which way each stance goes: a step of the ledger changed from the one before only when the way changed ('proposed a
# ban on Muslims', then 'called for a ban': both for it, no change; 'demanded a ceasefire', then 'dropped the demand':
# a change). Giving up (drop, concede) is a way of its own.
STANCE_DIRECTIONS = {"demand": "for", "propose": "for", "support": "for", "accept": "for",
                     "reject": "against", "oppose": "against", "drop": "giving up", "concede": "giving up"}

# Verb lemma -> stance. Phrasal verbs and verbs that need a particle or preposition are in
# PHRASAL_STANCE_VERBS; "back" alone supports, "back off" drops. "defend" a measure is support of it ("defending
# his executive actions to tighten background checks", #14 posrecall6); a person or one's record names no issue.
STANCE_VERBS = {
    "demand": "demand", "insist": "demand", "urge": "demand", "seek": "demand",
    "propose": "propose", "offer": "propose", "suggest": "propose", "float": "propose",
    "support": "support", "back": "support", "endorse": "support", "favor": "support", "favour": "support",
    "welcome": "support", "advocate": "support", "champion": "support", "want": "support",
    "accept": "accept", "agree": "accept", "approve": "accept", "embrace": "accept", "tolerate": "accept",
    "recognize": "accept", "recognise": "accept",
    "concede": "concede", "cede": "concede", "surrender": "concede",
    "reject": "reject", "refuse": "reject", "dismiss": "reject", "rebuff": "reject", "veto": "reject",
    "decline": "reject", "spurn": "reject", "block": "reject",
    "oppose": "oppose", "criticize": "oppose", "criticise": "oppose", "condemn": "oppose", "denounce": "oppose",
    "resist": "oppose", "defend": "support",
    "drop": "drop", "abandon": "drop",
    "pledge": "propose", "vow": "propose", "promise": "propose", "threaten": "propose",
    "praise": "support", "commend": "support", "applaud": "support", "hail": "support",
    "pan": "oppose", "slam": "oppose", "decry": "oppose", "deplore": "oppose", "lambaste": "oppose",
    "introduce": "propose", "sponsor": "propose", "cosponsor": "propose", "co-sponsor": "propose",
    "attack": "oppose", "blast": "oppose", "assail": "oppose", "deride": "oppose",
    "repeal": "propose", "scrap": "propose", "abolish": "propose", "rescind": "propose", "dismantle": "propose",
}
# Verbs of undoing a policy that state a proposal only as what the holder says they will do to a named measure ("said
# he will repeal the Iran nuclear deal"); "Congress repealed the law", "would scrap the program" (which one?) state
# none (positions, `stance.cue_stance`; the issue is the act, `claims._claims_of`).
POLICY_UNDOING_VERBS = frozenset({"repeal", "scrap", "abolish", "rescind", "dismantle"})
# Verbs of attack that state an opposition only with a named policy measure as their object ("have all attacked the
# ethanol program", "derided the Dodd-Frank Act"): "blasted the rock", "attacked the convoy", "attacked Clinton" are
# deeds or attacks on a person (positions, `stance.cue_stance`); nor is a pipeline, a thing one may attack with arms
# ("the Shell Trans Niger pipeline was attacked by rebels").
ATTACKING_VERBS = frozenset({"attack", "blast", "assail", "deride"})
FACILITY_MEASURE_NOUNS = frozenset({"pipeline"})
# Verbs by which a lawmaker puts a measure forward: a stance only with a legislative text as their object ("introduced
# a bill that would end private prison contracts", "co-sponsored legislation that would have expanded stem cell
# research"); "introduced the speaker", "sponsored a concert" are none.
LEGISLATING_VERBS = frozenset({"introduce", "sponsor", "cosponsor", "co-sponsor"})
LEGISLATIVE_TEXTS = frozenset({"bill", "legislation", "measure", "amendment", "resolution"})
# Words that take a stance in public by themselves (#14 listing rule, docs/positions.md): directives
# ("demanded", "called for", "urged"), evaluations ("backs", "rejected", "criticised"), proposals,
# concessions ("willing to cede") and vows (a public vow to end a war is a stance; a promise or pledge
# of effort mostly is not).
# A position stated by any other cue (a promise, an agreement, an offer, a request, a want, a
# concession or a modal "should") is listed by default only when its issue is of a known family: on
# the judged Timeline17 rows most such rows were efforts promised, deals, personal requests.
STANCE_TAKING_CUES = frozenset({
    "demand", "insist", "urge", "call", "press", "push", "pressure", "implore",
    "support", "back", "endorse", "favor", "favour", "welcome", "advocate", "champion",
    "praise", "commend", "applaud", "hail",
    "oppose", "criticize", "criticise", "condemn", "denounce", "resist", "pan", "slam", "decry", "deplore", "lambaste",
    "attack", "blast", "assail", "deride",
    "supporter", "proponent", "backer", "critic", "opponent", "foe",
    "reject", "refuse", "dismiss", "rebuff", "veto", "spurn", "rule", "block",
    "propose", "suggest", "float", "vow",
    "concede", "cede", "surrender", "recognize", "recognise",
    "insistence", "ultimatum", "proposal", "suggestion", "backing", "endorsement", "rejection", "refusal",
    "opposition", "objection",
})
# Families whose issues are also what deeds are about (handing over an airport, buying Gulf assets,
# dropping relief supplies, approving funding): a claim on them needs a stance-taking word to be listed.
DEED_FAMILIES = frozenset({"territory", "aid"})
# Of those, the directives: said to an addressee, they state a position only when the addressee is a
# party named (a person's or organisation's name, a named government, a people: "urged Ukraine",
# "urged Mexicans"), not "him", "residents", "lawmakers" or "internet users" (seed-1408..1410 sheets).
DIRECTIVE_CUES = frozenset({"demand", "insist", "urge", "call", "press", "push", "pressure", "implore"})
# Verbs whose subject holds the stance of the verb they govern ("vowed to veto the bill" is a
# rejection, "wants to accept" an acceptance): with a stance verb under them they state none of their own.
COMMITMENT_VERBS = {"pledge", "vow", "promise", "want", "seek", "agree", "offer", "propose", "refuse", "decline",
                    "threaten"}
# Commitments whose object is only who is promised ("promised a Senate panel to ask BP to ..."):
# the subject does what the infinitive says, unlike "wants Ukraine to accept".
SUBJECT_CONTROL_VERBS = {"promise", "pledge", "vow", "swear"}
# What a country's public is asked to give in an appeal ("urged Americans to send cash"): a donation,
# not a position between parties.
GIVING_VERBS = {"give", "send", "donate", "contribute"}
# Verbs that demand only of an addressee: "asked BP to drill a relief well", "pressed Russia to accept".
ADDRESSEE_DEMAND_VERBS = {"ask", "press", "push", "call", "implore", "pressure"}
# Roles of one who puts questions for the press or a debate ("pressed by moderator Dana Bash to release transcripts"):
# what they press someone to do is a question asked, not their position.
QUESTIONER_NOUNS = {"moderator", "interviewer", "questioner", "anchor", "host", "reporter", "journalist"}
# Verbs of asking for a thing: asked "for" someone or something named, the thing is allotted, not a policy.
REQUEST_VERBS = {"ask", "request", "seek"}
# (verb lemma, particle or preposition) -> stance: "call for", "rule out", "back off", "give up".
PHRASAL_STANCE_VERBS = {
    ("call", "for"): "demand", ("call", "on"): "demand", ("press", "for"): "demand", ("push", "for"): "demand", ("ask", "for"): "demand",
    ("insist", "on"): "demand", ("put", "forward"): "propose", ("agree", "to"): "accept",
    ("rule", "out"): "reject", ("turn", "down"): "reject", ("object", "to"): "oppose", ("warn", "against"): "oppose",
    ("speak", "against"): "oppose", ("argue", "against"): "oppose", ("argue", "for"): "support",
    ("back", "off"): "drop", ("back", "down"): "drop", ("back", "away"): "drop", ("walk", "back"): "drop",
    ("retreat", "from"): "drop", ("give", "up"): "concede", ("hand", "over"): "concede",
}
# What is offered, sought or asked for without being a policy: "offered insights", "sought details",
# "asked for the information", "offered a measure of optimism".
NOT_PROPOSALS = NOT_OFFERED | {"advice", "estimate", "optimism", "hope", "information", "detail", "clarification",
                               "answer", "guidance", "opinion", "feedback", "reaction", "response", "update",
                               "measure", "figure", "number", "data", "evidence", "proof", "message", "elaboration", "odds", "odd",
                               "assurance", "specific", "specifics"}
# What one seeks or pledges to do that is talk, not a policy: "sought to emphasize the risks",
# "sought to highlight the government's control".
COMMUNICATIVE_VERBS = {"emphasize", "emphasise", "highlight", "stress", "show", "explain", "describe", "express",
                       "convey", "underscore", "demonstrate", "signal", "talk", "discuss", "say", "tell", "comment"}
# Adjectives of need: "it is important / necessary to X" asks for X; any other adjective of an 'it is ADJ to X' clause
# weighs X without taking it up ("it was premature to back Clinton's campaign", "it is hard to support"; positions,
# `claims._act_an_adjective_judges`).
NECESSITY_ADJECTIVES = frozenset({"important", "necessary", "essential", "vital", "crucial", "critical", "imperative",
                                  "urgent", "needed"})
# Adjectives that make the clause under them a guess: "it's unlikely that BP will give up its tax credit".
EPISTEMIC_ADJECTIVES = {"likely", "unlikely", "possible", "impossible", "probable", "improbable", "doubtful",
                        "uncertain", "unclear", "conceivable"}
# Verbs of speaking a refusal governs without refusing an issue: "declined to comment on the investigation".
SPEAKING_VERBS = {"comment", "say", "elaborate", "speculate", "respond", "answer", "confirm", "specify", "discuss",
                  "identify", "name", "provide", "give", "return", "reply", "talk", "speak"}
# What one is asked to say is a question put, not a demand: "pressed him to explain the delay". The
# verbs of answering and explaining.
ANSWERING_VERBS = {"answer", "comment", "respond", "reply", "elaborate", "speculate", "explain", "clarify", "describe"}
# "address" and "discuss" answer only when their object is something said ("asks Obama to address the
# Katrina comparisons"); "asked Congress to address climate change" is a demand about climate.
DEALING_VERBS = {"address", "discuss"}
SAID_THINGS = {"question", "comparison", "criticism", "concern", "remark", "comment", "allegation", "accusation",
               "charge", "claim", "report", "rumour", "rumor", "query", "complaint"}
# Verbs of naming: refusing to "call the disaster an oil spill" is a choice of words, not a stance.
NAMING_VERBS = {"call", "label", "describe", "term", "brand", "characterize", "characterise", "name", "dub"}
# What one refuses when one refuses to use or draw it is a way of speaking: "Obama's refusal to use the term",
# "refuses to draw judgement until investigations are complete" (no stance on a term or a judgement).
SAYINGS = {"term", "word", "phrase", "label", "expression", "judgement", "judgment", "conclusion", "verdict"}
# What an authority grants when it approves ("the Coast Guard approved BP's requests to override a
# directive", "approved a permit", "approved a plan to drill the wells"): an administrative act on
# another's request or plan, not a stance.
GRANTED_OBJECTS = {"request", "application", "permit", "licence", "license", "lease", "waiver", "exemption"}
# Verbs of commercial exchange: agreeing or offering to buy, sell or acquire a company or for a
# price is a deal ("agreed to sell four fields to Marubeni for $650 million", "agreed to acquire
# Mariner"), an act between parties, not a stance on a matter in dispute.
TRANSACTION_VERBS = {"buy", "sell", "acquire", "purchase"}
# Verbs of giving up doing something: a stance verb right after them is not taken ("decided to
# forego seeking a tax deduction", "stopped demanding").
ABSTAINING_VERBS = {"forgo", "forego", "stop", "cease", "quit", "avoid"}
# Verbs of handing something over: the party it goes "to" is a recipient, not an issue
# ("refused to cede Donetsk to Russia", "handed over control of the airport to the US").
HANDOVER_VERBS = {"hand", "cede", "give", "surrender", "transfer", "return"}
# Prepositions of where a thing goes: "dropped the relief supplies into a secured area" drops a load,
# not a demand.
# Only with a place after them: "dropped tariffs on China across the board" drops a policy.
MOTION_PREPOSITIONS = {"into", "onto"}
# Common nouns of a place a load is dropped into, besides named places (GPE, LOC, FAC).
DESTINATION_NOUNS = {"area", "zone", "site", "region", "territory", "camp", "city", "town", "village", "field"}
# Verbs of permitting: only a refusal stated for the future is a stance ("we will not allow them to reopen
# the well", "Under no circumstances are we going to allow ...": a rejection of what is not permitted); "allowed
# the well to flow", "did not allow reporters in" tell what was done.
PERMITTING_VERBS = {"allow", "permit"}
# Verbs of holding a view: what a speaker thinks, believes or agrees should be done is their support of it, an
# opinion, not a demand put to anyone ("she thinks the video should be released", "agreed that the party's
# vacancy rules should be modernized"); "said the police must release the video" stays a demand.
OPINION_VERBS = {"think", "believe", "feel", "agree"}
# Nouns of a thing thought of: "the idea of a ceasefire", "the prospect of sanctions" stand for what their "of" names.
NOTION_NOUNS = frozenset({"idea", "notion", "prospect", "possibility", "concept", "thought"})
# Verbs of knowing: what one is said to know the writer asserts ("Trump knows we must rethink our immigration policies",
# a letter writer's demand): no statement of the one who knows (round 41 pool row 99 gave it to Trump).
KNOWING_VERBS = frozenset({"know", "realize", "realise", "understand"})
# Modals that make a clause said by someone their demand: "the police must release the video, Clinton said".
DEONTIC_MODALS = {"should", "must"}
# Verbs that stop what they govern: an act asked with one is the stopping ("Russia must stop its strikes on Ukrainian
# cities"), not the thing stopped.
HALTING_VERBS = frozenset({"stop", "halt", "cease", "end"})  # "must end its strikes": the ending
# Occasions of speaking: a stance is stated at one, an act asked for is not done at one ("called for an investigation
# at a campaign rally on Monday night").
SPEAKING_OCCASIONS = frozenset({"speech", "rally", "interview", "conference", "briefing", "address", "remarks"})
# Adjectives that state readiness: "ready to negotiate", "willing to cede Zaporizhzhia".
READY_ADJECTIVES = {"ready", "willing", "prepared", "open", "eager"}
# Words of readiness an act's infinitive hangs on: the act is ahead ("had a Boeing 747 standing by to fly to Haiti
# with supplies on Saturday", "BP was poised to begin", "was ready to visit"); 'stand' only with its 'by'.
READY_TO_ACT = READY_ADJECTIVES | {"poised", "poise", "stand", "standby"}
# Noun lemma -> stance: "Putin's insistence on Donetsk", "Trump's call for a ceasefire".
STANCE_NOUNS = {
    "demand": "demand", "insistence": "demand", "condition": "demand", "precondition": "demand",
    "request": "demand", "ultimatum": "demand", "call": "demand", "need": "demand", "push": "demand",
    "proposal": "propose", "offer": "propose", "suggestion": "propose", "plan": "propose", "initiative": "propose",
    "pledge": "propose", "promise": "propose", "vow": "propose",  # with an infinitive only (`stance.cue_stance`)
    "support": "support", "backing": "support", "endorsement": "support", "willingness": "support",
    "readiness": "support", "desire": "support",
    "rejection": "reject", "refusal": "reject",
    "opposition": "oppose", "objection": "oppose",
}
# Nouns for one who holds a stance, with what it is on in their "of" phrase: said of a named party in apposition or
# by a copula ("Peter Thiel, a strong supporter of gay marriage", "he is a staunch supporter of gun-control laws",
# "a longtime opponent of the auto bailout"). A person or party as the "of" phrase names no issue ("a supporter of
# Donald Trump").
ADVOCATE_NOUNS = {"critic": "oppose", "opponent": "oppose", "foe": "oppose",
                  "supporter": "support", "proponent": "support", "advocate": "support", "champion": "support",
                  "backer": "support"}
# "in favor of" / "in favour of" under a verb is support of what follows "of": "spoke in favor of an
# early end to hostilities", "voted in favour of sanctions"; the noun alone ("did him a favor") is none.
FAVOR_NOUNS = {"favor", "favour"}
# "against" as what a copula says of its subject is opposition to its object: "rich countries were against any
# agreement", "Oil and Gas UK said it was against a requirement for double shear rams" (#14 posrecall6); under
# any other verb it is a circumstance ("ran against Obama", "measured against the amount collected").
OPPOSING_PREPOSITIONS = {"against"}
# What stops when fighting stops: "an end to hostilities", "a halt to the fighting" is a ceasefire (`ENDING_NOUNS`,
# below: "cessation" is a ceasefire word of the taxonomy itself).
FIGHTING_NOUNS = {"hostility", "hostilities", "fighting", "combat"}
# Freezing the front is a ceasefire where it stands: "accept a freeze along the current line of contact", "prepared to
# freeze the front line in Zaporizhzhia and Kherson", "freeze the conflict" (a freeze of drilling or of assets is not).
FREEZING_WORDS = {"freeze"}
FRONT_NOUNS = {"line", "front", "frontline", "conflict", "war"} | FIGHTING_NOUNS
# A stance noun only counts with a holder ("Trump's call") or as what a drop verb drops.
# Negated: "will not accept" is a rejection, "never agreed" too; other negated stances state none.
NEGATED_STANCES = {"accept": "reject", "concede": "reject"}
# Verbs whose denial states the other side: "she would not support the Trans-Pacific Partnership", "does not favor a
# tax increase" oppose it; "has not endorsed Trump", "did not praise the deal" state nothing (positions,
# `claims.extract_claims`).
SUPPORT_DENIED_VERBS = frozenset({"support", "favor", "favour"})
# What a candidate concedes when the contest is over: the race, not an issue ("conceded the race", "hasn't conceded his
# bid for the nomination")
CONTEST_NOUNS = frozenset({"race", "election", "nomination", "primary", "contest", "bid", "defeat", "runoff", "caucus"})
# A run for office: what one backs or opposes of another candidate ("endorse his re-election", "supports her
# candidacy"), whose possessive pronoun names the candidate, not the holder (`issue._whose_candidacy`).
CANDIDACY_NOUNS = frozenset({"candidacy", "re-election", "reelection", "nomination", "bid", "campaign"})
# Light verbs that put forward what they take ("unveiled a plan to expand background checks", "laid out a plan",
# "presented Putin with a revised peace plan"): a plan or an offer so presented is proposed, not only meant to be
# carried out by its holder (`OWN_ACTION_NOUNS`).
PRESENTING_VERBS = frozenset({"announce", "present", "table", "put", "unveil", "outline", "submit", "float", "release",
                              "lay", "roll", "introduce"})
# Documents that speak for whoever issues, passes or signs them, and the verbs that issue them: "Obama delivered a
# statement urging GOP senators to ...", "the City Council approved a resolution condemning ..." (positions,
# `holder._issuer_of_the_document`). General English.
ISSUED_DOCUMENTS = frozenset({"statement", "letter", "resolution", "declaration", "communique", "communiqué", "op-ed",
                              "memo", "memorandum", "editorial"})
ISSUING_VERBS = frozenset({"issue", "release", "deliver", "send", "write", "pen", "sign", "publish", "post", "approve",
                           "pass", "adopt", "draft", "circulate", "submit"})
# Verbs whose subject holds the stance noun they take: "expressed support for", "made a proposal".
LIGHT_VERBS = {"express", "voice", "signal", "make", "issue", "reiterate", "renew", "repeat", "indicate", "show",
               "declare", "give", "lend", "pledge", "throw", "state", "emphasize", "emphasise", "stress", "underscore",
               "reaffirm", "sound"} | PRESENTING_VERBS
# Modifiers that put a stance before the sentence's date: "an earlier demand".
EARLIER_MODIFIERS = {"early", "earlier", "previous", "prior", "initial", "original", "former", "past"}
# Participles by which a writer tells a thing's standing, not its kind ("the proposed rule", "a failed bill", "the
# so-called bottom kill", "the alleged ties"): no word of an issue's name
STANDING_PARTICIPLES = frozenset({"propose", "fail", "call", "allege", "report", "plan", "stall", "reject", "pass",
                                  "lose"})
# Nouns of the idioms by which an 'on' phrase gives a reason or a capacity, not a topic ("on fairness grounds", "on the
# basis of", "on behalf of", "on principle", "on the condition that", "on his terms")
REASON_NOUNS = frozenset({"ground", "basis", "behalf", "principle", "condition", "term"})
# Adverbs that put the stance of their verb before the article (#14 `posdate22`): "had initially welcomed", "once
# backed", "previously supported", "earlier opposed". "once" only as an adverb ("once BP sells" is a time clause).
# "recently suggested", "lately proposed": some time before, no day said (a week before the article is a guess;
# Timeline17 development sheet, round 59: Obama's March expansion of drilling, Stern's suggestion).
PRIOR_ADVERBS = {"initially", "previously", "formerly", "originally", "once", "earlier", "recently", "lately"}
# Phrases that do the same ("in the past", "at first"): (preposition, noun).
# Nouns of a span of time that a 'during' phrase sets an act in ("during the Republican presidential primaries", "during
# his tenure as secretary of state"): a past act told in one was before the article (positions, `stance_date`); not
# "during the event" or "during a hearing", the occasion of the article's own news. General English.
PERIOD_NOUNS = frozenset({"primary", "primaries", "campaign", "war", "tenure", "administration", "presidency", "term",
                          "era", "decade", "year", "crisis", "recession", "occupation", "reign", "career", "childhood",
                          "youth", "period", "age", "regime"})
PRIOR_PHRASES = {("in", "past"), ("at", "first")}
# Marks of a clause told at the time of the clause it hangs on: its time dates that clause's stance ("Back when it
# signed on to NAFTA more than 20 years ago, the United States pledged ..."); as `events` reads them.
SAME_TIME_MARKS = {"when", "as", "while"}
# Marks of a clause conceded in the same statement ("said ... although he supports keeping troops there now"): it is
# stated when its head is, though a time inside it is its own (not climbed to the head).
CONCESSIVE_MARKS = {"although", "though", "whereas"}
# Marks of a clause another act came after: its stance was held before the article ("three days after the Security
# Council condemned the launch", "since Obama called for ...").
LATER_ACT_MARKS = {"after", "since"}
# Dependencies along which a time expression of a word above the stance word dates the stance: the saying verb
# above its clause ("said on Friday that he opposes"), the light verb above a stance noun ("expressed support on
# Tuesday"), the verb a coordinated or infinitive stance verb hangs from. Not a relative or adverbial clause (the
# noun or the act it is told of has its own time: "the plan, which Obama backed, was passed on Tuesday").
STANCE_DATE_PATH_DEPS = {"ccomp", "xcomp", "conj", "dobj", "obj", "pobj", "prep", "pcomp", "acomp", "attr"}
# Auxiliaries that make a stance hypothetical; "would" only when the sentence is conditional.
HYPOTHETICAL_AUXILIARIES = {"could", "might", "may", "should", "must"}
CONDITION_MARKERS = {"if", "unless", "whether"}
# Marks of a condition one side sets another ("would stop fighting if Ukrainian troops withdrew", "would veto the
# package unless Hungary was granted an exemption"); "whether" asks, "once" and "when" tell a time.
CONDITION_SETTING_MARKS = frozenset({"if", "unless", "provided", "providing"})
# Modals of what one's side will or would do; with a condition set on another party, an offer or a threat.
COMMITTING_MODALS = frozenset({"would", "'d", "will", "'ll", "wo", "could", "can"})
# Families of coercive acts: committed to on an "if" they are threats ("would impose sanctions if Russia attacked"
# wants no attack), so the condition is asked of no one.
COERCIVE_FAMILIES = frozenset({"sanctions", "security"})
# Words of claiming ('the claim that Trump opposed the invasion', 'claiming that Obama wanted to') and
# the words by which a sentence says such a claim is false or unsupported ('the debunked claim', 'is
# simply not true', 'claiming without any evidence'): a stance inside such a claim is not held.
CLAIM_WORDS = frozenset({"claim", "allegation", "accusation", "assertion", "rumor", "rumour", "contention",
                         "insinuation", "allege", "assert"})
# Verbs by which one party charges another with a position ("warned that Clinton opposes the Second Amendment", "charged
# that Trump supports Hillary-style healthcare"): what they report is the charge, not a stance its holder stated.
CHARGING_VERBS = frozenset({"warn", "charge", "claim", "allege"})
# Verbs of saying that a falsity adverb makes a false claim ("suggest wrongly that ...", "falsely said that ...").
SAYING_CLAIM_VERBS = frozenset({"suggest", "imply", "insinuate", "say", "state"})
FALSITY_WORDS = frozenset({"debunked", "debunk", "false", "baseless", "unfounded", "discredited", "discredit", "bogus",
                           "untrue", "unsubstantiated", "spurious", "groundless", "fabricated", "erroneous", "wrong",
                           "inaccurate", "misleading", "disproven", "disprove", "fake",
                           "wrongly", "falsely", "erroneously", "incorrectly", "mistakenly", "inaccurately"})
# ("suggest wrongly that independent experts had endorsed a six-month ban", "falsely said that ...": round-30 row 73)
EVIDENCE_NOUNS = frozenset({"evidence", "proof", "basis", "substantiation"})
# Modals of what one would do: with an 'if' clause, agreeing to it is agreeing to a condition.
# Only agreeing: a conditional vow or threat ('vowed that he would block the nomination if ...') is
# the holder's own stance.
AGREEING_CUES = frozenset({"agree", "concur"})
# Causative verbs: "get these claims expedited", "have the well capped" ask for the act in the participle, done to
# its subject (#14 posrecall6, recall #56).
CAUSATIVE_VERBS = frozenset({"get", "have"})
# Modals of what ought to be done: agreeing that something "should" or "must" be done holds a view (support), #14
# posrecall6; "can", "will" say what is possible or to come.
OUGHT_MODALS = frozenset({"should", "must", "ought"})
CONDITIONAL_MODALS = {"would", "'d", "could", "might"}
# Adverbs and verbs that make a clause a guess: "maybe they should stop the leak", "it does seem
# that we should ...", "appeared to back".
HEDGE_ADVERBS = {"maybe", "perhaps", "possibly", "probably", "hopefully"}
# Adverbs that hedge only a predicate with a modal ("Russia will likely demand ..."); on a reported
# past stance they are the writer's hedge on the report ("Putin likely demanded that Ukraine cede Donetsk").
MODAL_HEDGE_ADVERBS = {"likely"}
SEEMING_VERBS = {"seem", "appear"}
# Verbs whose clause explains what something amounts to: "it means we promise to buy vaccines" is
# what a phase-6 alert implies, not the speaker's pledge.
MEANING_VERBS = {"mean", "imply", "entail"}
# Verbs above a stance that make it someone's obligation or expectation, not the subject's stance.
OBLIGATION_VERBS = {"need", "have", "ought", "expect", "ask", "force", "pressure", "tell", "order", "require",
                    "compel", "encourage", "persuade", "convince"}
# Verbs of weighing an act not yet taken: a stance verb under them ("is considering urging Bush to ...") is not held.
DELIBERATING_VERBS = {"consider", "weigh", "mull", "contemplate", "ponder", "entertain"}  # "willing to entertain some
# reforms" (round 38 pool row 151)

# Issues of meeting someone: a meeting or talks name one thing only with their party ("a meeting with Zelenskyy", "talks
# between Russia and Ukraine"), their matter ("denuclearization talks") or their place ("a summit in Alaska");
# "asked for the meeting", "pushed for new negotiations" say nothing a reader can tell (round-30 pool).
CONTACT_ISSUES = frozenset({"meeting", "negotiations"})
# Things made or kept with another party, whose 'with' phrase says with whom ("a nuclear agreement with Iran", "better
# relations with Russia"; positions, `issue.noun_phrase`). General English.
PARTNERED_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "talk", "talks", "negotiation",
                             "relation", "relations", "tie", "ties", "cooperation", "partnership", "alliance",
                             "dialogue", "ceasefire", "truce", "normalization", "normalisation", "engagement"})
# prepositions by which a meeting or talks say with whom, on what or where ('an invitation to the hearing', 'a meeting
# of Europe's health ministers')
CONTACT_PREPOSITIONS = frozenset({"with", "between", "of", "on", "over", "about", "in", "to", "at"})
# Determiners that say how much of a thing a position is on: "eliminating half the party's superdelegates",
# "abortions in all cases", "no tax increases" (closed class; "more" and "some" only point or hedge, POINTING_ADJECTIVES)
QUANTIFIERS = frozenset({"all", "half", "every", "no"})
# Issues: issue -> (family, lemmas or phrases naming it). A phrase's words must appear as a head
# noun with its modifiers ("security guarantee", "NATO membership"). Families follow the major
# topics of the Comparative Agendas Project where they are domestic, plus the conflict and
# diplomacy families of international news. Named places are issues of the territory family when
# they stand where land is given, taken or held ("cede Donetsk", "insistence on Donetsk").
ISSUES: dict[str, tuple[str, tuple[str, ...]]] = {
    "territory": ("territory", ("territory", "territorial concession", "land", "border", "annexation",
                                "territorial integrity", "sovereignty", "occupation", "liberation")),
    "ceasefire": ("ceasefire", ("ceasefire", "cease-fire", "truce", "armistice", "cessation")),
    "peace deal": ("diplomacy", ("peace deal", "peace agreement", "peace plan", "peace treaty", "peace accord",
                                 "peace settlement", "peace proposal", "peace talk", "memorandum")),
    "negotiations": ("diplomacy", ("negotiation", "talk", "discussion", "dialogue", "diplomacy", "mediation")),
    "meeting": ("diplomacy", ("meeting", "summit", "visit", "invitation")),
    "prisoner exchange": ("diplomacy", ("prisoner exchange", "prisoner swap", "prisoner release")),
    "NATO membership": ("security", ("nato membership", "nato accession", "alliance membership")),
    "NATO": ("security", ("nato", "alliance")),
    "EU membership": ("security", ("eu membership", "eu accession")),
    "security guarantees": ("security", ("security guarantee", "security assurance", "guarantee")),
    "peacekeepers": ("security", ("peacekeeper", "peacekeeping", "peacekeeping force", "protection force")),
    "troops": ("security", ("troop", "deployment", "military presence", "boots")),
    "nuclear weapons": ("security", ("nuclear weapon", "nuclear program", "nuclear programme", "nuclear deal",
                                     "enrichment", "nuclear test")),
    "military action": ("security", ("airstrike", "air strike", "strike", "invasion", "offensive", "intervention",
                                     "military action", "bombing", "no-fly zone", "missile launch", "missile test")),
    "sanctions": ("sanctions", ("sanction", "embargo", "asset freeze")),
    "military aid": ("aid", ("weapon", "arm", "missile", "military aid", "military assistance", "military support",
                             "ammunition", "tank", "jet")),
    "aid": ("aid", ("aid", "assistance", "financial support", "loan", "bailout", "relief")),
    "trade": ("economy", ("trade", "trade deal", "trade agreement", "free trade", "import", "export")),
    # measures with a direction are issues of their own, not their family's word: favouring tariffs on China is not
    # supporting trade, promising to deport immigrants not proposing immigration (seed-1421 sheet, rows 6 and 11)
    "tariffs": ("economy", ("tariff",)),
    "taxes": ("economy", ("tax", "tax cut", "tax plan", "tax increase", "tax return")),
    "jobs and wages": ("economy", ("minimum wage", "wage", "job", "unemployment", "pension")),
    "budget": ("economy", ("budget", "spending", "debt", "deficit", "debt ceiling", "stimulus")),
    "deportation": ("immigration", ("deportation",)),
    "immigration": ("immigration", ("immigration", "immigrant", "refugee", "asylum", "border wall",
                                    "wall", "migrant", "visa", "travel ban", "muslim ban")),
    "health care": ("health", ("health care", "healthcare", "obamacare", "medicare", "medicaid", "insurance",
                               "abortion", "vaccine")),
    "gun control": ("law and crime", ("gun control", "gun", "background check", "assault weapon")),
    "policing": ("law and crime", ("police", "policing", "prison", "death penalty", "crime")),
    "investigation": ("law and crime", ("investigation", "inquiry", "probe", "prosecution", "indictment",
                                        "impeachment", "subpoena")),
    "climate and energy": ("environment", ("climate", "emission", "pipeline", "coal", "fracking", "drilling",
                                           "renewable energy", "carbon")),
    "education": ("education", ("education", "school", "tuition", "student loan")),
    "elections": ("elections", ("election", "referendum", "ballot", "recount", "candidacy")),
    "legislation": ("legislation", ("bill", "legislation", "law", "amendment", "reform", "executive order")),
}
# Taxonomy nouns that name their issue only in the plural or as a mass: "jobs" are the economy's
# issue, "a job" / "the job" is one post offered or accepted ("offered him the job").
PLURAL_ONLY_ISSUE_WORDS = {"job"}
# Verbs that judge someone "for" what they did ("criticised the US for sending too many soldiers"):
# with nobody judged, the subject is the one judged, misparsed ("Hong Kong, criticised for delaying ...").
JUDGING_VERBS = {"criticize", "criticise", "praise", "condemn", "commend", "applaud", "hail", "blame", "slam", "pan",
                 "denounce", "lambaste", "fault", "thank", "attack"}
# Verbs whose object "bill" is a cost, not legislation: "foot the clean-up bill".
PAYING_VERBS = {"foot", "pay", "cover", "settle", "share", "split"}
# Phrasal verbs of paying ("agreed to pick up the Chipotle bill"): the verb with its particle.
PAYING_PHRASAL_VERBS = {("pick", "up")}
# Heads too vague to name an issue outside the taxonomy ("rejected the idea", "demanded it").
# Nouns of what one means to do oneself ("BP's plan to lower a dome", "an offer of work"): a position
# only when what is offered is a named issue or place, or what is planned a named place.
OWN_ACTION_NOUNS = {"plan", "offer"}
# Verbs of helping: "offered to help the government" (a party) names no issue; "promising to help
# mining communities transition out of coal" does.
HELPING_VERBS = {"help", "assist"}
# Acts of giving up one's post or one's race, and of apologising: asked of a named party they are its own ("called on
# Snyder to resign"). English verbs and phrasal verbs of the kind, not read off a data set.
GIVING_UP_ACTS = frozenset({"resign", "quit", "withdraw", "retire", "concede", "recuse", "abdicate", "apologize",
                          "apologise", "step down", "step aside", "drop out", "bow out", "stand down", "back down"})
# Verbs whose object alone does not say the act: where it is put is part of it ("put BP's operations
# into receivership"); with other verbs the destination is detail ("pump mud into the well").
PLACING_VERBS = {"put", "place", "force", "plunge", "throw", "turn", "convert", "transform"}
# Where a thing is put to be seen a certain way: "should be put in context" frames it (an argument about it), no act.
FRAMING_NOUNS = frozenset({"context", "perspective", "proportion"})
VAGUE_ISSUE_WORDS = {"thing", "idea", "way", "move", "step", "effort", "decision", "question", "issue", "matter",
                     "lot", "part", "kind", "something", "anything", "everything", "nothing", "one", "all", "some",
                     "be", "have", "do", "get", "make", "go", "come", "see", "say", "report", "claim", "notion",
                     "take", "carry",
                     "premise", "suggestion", "characterization", "account", "allegation", "charge", "story",
                     "comment", "remark", "statement", "criticism", "attack", "time", "year", "day", "people",
                     "answer", "apology", "explanation", "view", "position", "stance", "approach",
                     "following", "above", "latter", "former",  # "must accomplish the following: (1) ..."
                     "possibility", "prospect",  # "refused to entertain the possibility of campaigning alongside Cruz"
                     "item"}  # "pushed for the agenda item on the Republican side": one named before (PolNeAR train)
# Family words naming the people a measure acts on: under a verb that is no stance word, the verb says
# which way the measure goes ("deport 11 million undocumented immigrants", "block Syrian refugees",
# "take in refugees"), which the family word alone does not.
PEOPLE_ISSUE_WORDS = frozenset({"immigrant", "refugee", "migrant"})
# taxonomy issues whose label heads a field of policy rather than naming one thing: a position on one of them names
# the thing the evidence names ('an energy bill', 'offshore oil drilling'), the label staying its family's issue
# (story.positions.specific_issue); 'ceasefire', 'security guarantees', 'meeting' already name one thing
# fields whose every word is another name of the label's own kind ("bill", "law", "amendment"; "inquiry", "probe"): a
# bare one names nothing more, the label stays; a bare word of another field that is not the label's own word names
# its thing ("abortion", "deficit", "visa")
DOCUMENT_FIELDS = frozenset({"legislation", "investigation"})
# measures named by whom or what they fall on: "tariffs on China", "sanctions against Moscow" (the label alone drops the
# target a reader needs; round-35/36 sheets)
TARGETED_ISSUES = frozenset({"tariffs", "sanctions"})
# forces named by their kind and where they go: "ground troops", "European troops in Ukraine"; "boots on the ground" is
# the idiom for ground troops
FORCE_ISSUES = frozenset({"troops"})
# levies named by whom they fall on: "raise taxes on the rich" (the label or "raise tax" alone drops it)
LEVY_ISSUES = frozenset({"taxes"})
# aid named by whom it goes to: "military aid to Ukraine", "aid to Haiti" (the label alone says not whose)
AID_ISSUES = frozenset({"military aid", "aid"})
# acts named by the place they are on: "intervention in Syria", "a no-fly zone over Syria"
PLACED_ISSUES = frozenset({"military action"})
# (nuclear weapons among them: "supports the nuclear deal with Iran" is on that deal, where the label read as support
# of the weapons)
FIELD_ISSUES = frozenset({"climate and energy", "legislation", "jobs and wages", "health care", "taxes", "trade",
                          "budget", "education", "immigration", "gun control", "policing", "investigation",
                          "military action", "elections", "nuclear weapons", "territory", "peace deal"})
# adjectives that point back, count or say how much of it rather than what a thing is ('such spending', 'other
# bills', 'the overall bill')
POINTING_ADJECTIVES = frozenset({"such", "other", "same", "certain", "various", "additional", "further", "more", "own",
                                 "latest", "recent", "current", "new", "separate", "overall", "entire", "whole"})
# Verbs by which a law, plan or inquiry is made what it is: to want it passed, approved, signed or conducted is to want
# it ('called on the Senate to pass an energy bill' is on the energy bill, as 'supports the energy bill' is)
ENACTING_VERBS = frozenset({"pass", "approve", "adopt", "enact", "sign", "ratify", "conduct"})
# Verbs of keeping a people out or letting it in: with a people named as their object ("ban all Muslims",
# "bar Syrians", "admit Cubans") they name a measure on that people, where any other verb's people is a party.
ADMISSION_VERBS = frozenset({"ban", "bar", "block", "exclude", "expel", "deport", "admit", "resettle"})
# Nouns of a body of people named by its members' kind: "a group of doctors", "a coalition of environmental groups".
COLLECTIVE_NOUNS = frozenset({"group", "coalition", "alliance", "band", "bloc", "delegation"})
# Determiners that take a part of a group: "both Cuban-Americans", "some Republicans" are not the group.
QUANTIFYING_DETERMINERS = frozenset({"both", "some", "many", "few", "several", "most", "half", "each", "any", "no"})
# Verbs that name an issue themselves: "agreed to meet", "refused to negotiate".
ISSUE_VERBS = {"meet": "meeting", "negotiate": "negotiations", "talk": "negotiations", "mediate": "negotiations",
               "sanction": "sanctions", "invade": "military action", "strike": "military action",
               "deploy": "troops", "arm": "military aid", "fund": "aid", "impeach": "investigation",
               "investigate": "investigation", "tax": "taxes", "deport": "deportation"}
# Words under which a named place is land given, taken or held ("cede control of Donetsk").
TERRITORY_WORDS = {"cede", "control", "give", "surrender", "withdraw", "withdrawal", "annex", "annexation",
                   "recognize", "recognise", "recognition", "return", "hand", "relinquish", "occupy", "occupation", "seize",
                   "retake", "reclaim", "keep", "claim", "liberate", "liberation", "swap", "exchange", "sovereignty",
                   "part", "rest", "pull", "leave", "evacuate", "hold", "take", "capture", "abandon", "renounce"}
# Territory words that are nouns ("control of Donetsk", "the occupation of Crimea"); the others count
# only as verbs ("cede Donetsk"), so "claims from its Gulf of Mexico oil spill" is no territory.
# (a "return" counts only with "of": "the return of Crimea"; "his return to the Philippines" is travel)
TERRITORY_NOUNS = {"control", "withdrawal", "annexation", "occupation", "liberation", "sovereignty", "part", "rest",
                   "recognition", "exchange", "swap", "return", "capture"}
# Trailing words a place name may carry: "the Donetsk region" is Donetsk.
PLACE_SUFFIXES = {"region", "oblast", "province", "area", "territory", "peninsula", "republic"}
# Heads that make a name an institution holding a stance: "the Obama administration", "the Clinton campaign".
INSTITUTION_HEADS = {"administration", "government", "campaign", "cabinet", "ministry", "department", "office",
                     "team", "leadership", "delegation"}

# Adverbs of habit: with a bare plural subject they make a generic statement (not `HABITUAL_ADVERBS` above, the
# events' lasting stances, which this name once overwrote), what a kind of party usually
# does ("Banks typically require companies like BP to put up collateral to back trades": no bank, no
# company, no stance; bpoil_reuters, posprec19). A named subject keeps its stance ("Republicans typically
# oppose tax increases" is a party's position), so the adverb alone decides nothing.
GENERIC_HABIT_ADVERBS = frozenset({"typically", "usually", "generally", "normally", "ordinarily", "routinely",
                              "customarily", "commonly"})
# Measures that stop or hold back what their compound names: "the drilling moratorium" is a halt to
# drilling, so a stance on it is the other way round from a stance on drilling ("oppose the drilling
# moratorium" is for drilling). Not "ban" or "restriction" on guns: gun control is itself the restriction.
HALTING_MEASURE_NOUNS = frozenset({"moratorium", "ban", "halt", "freeze", "embargo", "prohibition", "suspension",
                                   "curb", "cap", "limit", "restriction"})
# Nouns of ending something, whose 'to' phrase says what ("an end to fracking", "a halt to deportations"; positions,
# `issue.noun_phrase`).
ENDING_NOUNS = frozenset({"end", "halt", "stop"})
# The role of one who speaks for a body: the 'we' of their quote is the body's (positions,
# `holder._body_a_spokesperson_speaks_for`: "Interior spokeswoman Kendra Barkoff").
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Nouns of giving or handing something over, whose 'to' phrase says to whom ("payments to investors", "arms sales to
# Taiwan", "deliveries to Ukraine"; positions, `issue.noun_phrase`): without it the measure names another thing.
TRANSFER_NOUNS = frozenset({"payment", "donation", "compensation", "bailout", "reimbursement", "loan", "sale",
                            "transfer", "delivery", "supply", "shipment", "export", "grant"})
# Nouns of bringing a measure back or keeping it going: "called for the reinstatement of an assault weapons ban" asks
# for the ban itself
RESTORING_NOUNS = frozenset({"reinstatement", "restoration", "renewal", "reauthorization", "reauthorisation",
                             "extension", "return"})
# Nouns of doing something to a thing, whose 'of' phrase names the thing done to ("the deployment of European
# troops", "the seizure of frozen Russian assets"): a stance on the act is not a stance on the thing (#14 session 41).
# Nouns of bringing back (RESTORING_NOUNS) are not among them: the measure brought back is the issue.
ACT_NOUNS = frozenset({"deployment", "withdrawal", "seizure", "confiscation", "annexation", "expansion", "enlargement",
                       "use", "transfer", "sale", "delivery", "supply", "shipment", "release", "removal", "suspension",
                       "lifting", "easing", "imposition", "reduction", "elimination", "repeal", "closure", "closing",
                       "creation", "establishment", "abolition", "privatization", "privatisation", "nationalization",
                       "nationalisation", "expulsion", "deportation", "recruitment", "cancellation", "dismantling"})
# What one is entitled to: "gun rights", "gun ownership" are what gun control restricts, so a stance on them is
# the other way round from a stance on gun control ("defend gun rights" is no support of gun control).
ENTITLEMENT_NOUNS = frozenset({"right", "freedom", "liberty", "ownership"})

# Nouns that cut out a part or a unit of what their 'of' names, so a word acts through them on it: 'kicked off a series
# of hearings', 'offered to host a new round of direct talks' (the talks are what is offered), 'agreed to extend a raft
# of tax cuts'. Amounts (`QUANTITY_NOUNS`) do the same for events ('the Justice Department has started interviewing
# witnesses as part of ...'); in positions an amount is what a stance may move ('supported increasing the number of
# H-1B visas', 'pay their fair share of taxes'), so only the units pass there. Closed classes of English nouns.
UNIT_NOUNS = frozenset({"part", "series", "round", "wave", "string", "spate", "set", "batch", "flurry", "slew", "raft",
                        "kind", "type", "sort"})
QUANTITY_NOUNS = frozenset({"number", "couple", "pair", "dozen", "dozens", "hundred", "hundreds", "thousand",
                            "thousands", "lot", "lots", "host", "share", "portion", "piece", "bit"})
PARTITIVE_NOUNS = UNIT_NOUNS | QUANTITY_NOUNS
# Nouns of a kind or a member of a thing, which name nothing without their 'of' ("a ban on all forms of human cloning",
# "ending discrimination against members of the LGBT community"; positions, `issue.noun_phrase`).
KIND_NOUNS = frozenset({"kind", "type", "sort", "form", "member"})

# Plural nouns for states or their governments as a group: addressed with whose or which they are ('its European
# partners', 'member states', 'Gulf countries') they are parties a directive asks (positions, `claims._the_sides`).
STATE_GROUP_NOUNS = frozenset({"ally", "partner", "country", "nation", "state", "government"})

# Measures put to a party to decide on: blocked, it vetoes them ('Hungary blocked the EU's new sanctions package',
# 'Senate Republicans blocked the bill'; blocking a road, a trial or access is a deed: positions, `stance.cue_stance`);
# a taxonomy word only modifying one names it with it ('sanctions package': `issue._measure_it_makes`).
POLICY_MEASURE_NOUNS = frozenset({"bill", "legislation", "law", "amendment", "resolution", "package", "measure", "deal",
                              "agreement", "proposal", "plan", "nomination", "sanction", "tariff", "treaty", "motion",
                              "budget", "accession", "membership", "bid", "aid", "funding", "loan"})

# Measures one is against when the text names which ("opposes ethanol subsidies", "rejected the Keystone XL
# pipeline"): the policy measures above and the instruments of public policy English names so (positions,
# `issue._named_measure_opposed`). General English, no data set's words.
OPPOSED_MEASURE_NOUNS = POLICY_MEASURE_NOUNS | frozenset({
    "subsidy", "mandate", "regulation", "rule", "program", "programme", "policy", "reform", "standard", "order",
    "initiative", "pact", "accord", "requirement", "provision", "pipeline", "tax", "levy", "quota", "cap", "exemption",
    "loophole", "bailout", "stimulus", "overhaul", "expansion", "cut"})

# The last word of a law's or a treaty's name ("the Dodd-Frank Act", "the Paris Agreement"; positions,
# `words.names_which_measure`): a name ending so is a measure, whatever label the model gives it.
LAW_NAME_HEADS = frozenset({"act", "bill", "law", "amendment", "treaty", "accord", "agreement", "pact", "standard"})

# Swapping prisoners is a prisoner exchange ("Kyiv and Moscow had agreed to swap 1,000 prisoners each"): the verbs of
# exchanging with people held by the other side as their object (positions, `words.phrase_at`).
EXCHANGING_VERBS = frozenset({"swap", "exchange", "trade"})
HELD_PEOPLE_NOUNS = frozenset({"prisoner", "captive", "pow", "detainee", "hostage"})

# "have to" / "need to" do something: said of a party by a speaker, what the speaker asks of it, as a "must" is
# (positions, `claims._obliged_act`).
OBLIGING_VERBS = frozenset({"have", "need"})


# words that only link the words naming an issue, dropped when two wordings are compared ('ban on Muslims', 'ban
# Muslims'): articles, coordinators and prepositions of place or relation; not 'not', 'no', 'against', 'without',
# 'before', 'after', which change what is named
ISSUE_LINKING_WORDS = frozenset({"a", "an", "the", "of", "on", "in", "for", "to", "along", "at", "into", "with",
                                 "and", "or", "by", "from"})
