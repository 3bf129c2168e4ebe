"""Data tables for the story stage: event triggers, status cues, position topics and stances.

Kept apart from the code so that adding a word is a one-line change; docs/events.md explains
the event types and their PLOVER counterparts.
"""
from __future__ import annotations

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
_add("attack", "VERB", "invade", "launch", "shoot", "kill", "down")
_add("aid", "NOUN|VERB", "aid")
_add("aid", "NOUN", "assistance", "funding")
_add("aid", "VERB", "supply", "fund", "deliver")
_add("sanction", "NOUN|VERB", "sanction")
_add("sanction", "NOUN", "embargo", "tariff")
_add("election", "NOUN", "election", "vote", "inauguration", "referendum", "ballot")
_add("election", "VERB", "elect", "inaugurate")

# Words that only make "launch", "shoot", "down", "supply", "deliver" an attack or aid when
# their object is one of these.
ATTACK_OBJECTS = {"drone", "missile", "rocket", "strike", "attack", "offensive", "bomb", "shell", "troop", "assault"}
AID_OBJECTS = {"weapon", "aid", "arm", "missile", "ammunition", "fund", "money", "tank", "jet", "system", "package"}
# "offered the fullest view yet", "offered condolences": offering words, not an offer.
NOT_OFFERED = {"view", "detail", "insight", "glimpse", "assessment", "comment", "account", "explanation",
               "perspective", "thought", "condolence", "prayer", "apology", "congratulation", "reassurance", "clue",
               "sympathy"}
# "the quake struck": nature, not an attack.
NATURAL_FORCES = {"quake", "earthquake", "aftershock", "storm", "hurricane", "cyclone", "typhoon", "tsunami", "flood",
                  "tornado", "wildfire", "fire", "disaster", "virus", "pandemic", "outbreak", "drought", "wave"}
OBJECT_CONSTRAINED = {"launch": ATTACK_OBJECTS, "shoot": ATTACK_OBJECTS, "down": ATTACK_OBJECTS,
                      "supply": AID_OBJECTS, "deliver": AID_OBJECTS, "fund": AID_OBJECTS}

# Types that describe two parties in contact; a report of one may use the word of another
# ("talks", "the call", "their conversation") so clustering treats them as compatible.
CONTACT_TYPES = {"call", "meeting", "negotiation", "visit"}

# Status cues. Planned: future auxiliaries, planning verbs governing the trigger, modifiers.
FUTURE_AUXILIARIES = {"will", "shall", "'ll", "would"}
PLANNING_VERBS = {"plan", "schedule", "expect", "set", "prepare", "intend", "arrange", "hope", "propose", "want", "seek", "agree"}
PLANNING_MODIFIERS = {"next", "upcoming", "planned", "proposed", "possible", "potential", "future", "scheduled", "expected"}
# An event under one of these verbs has not happened yet ("threatened to strike", "vowed to meet").
INTENT_VERBS = {"threaten", "vow", "promise", "pledge", "offer", "propose", "demand", "urge", "want", "warn", "ask",
                "call", "push", "insist", "aim", "try", "seek"}
# An event under one of these did not happen ("refused to meet"); the refusal is the event.
REFUSAL_VERBS = {"refuse", "decline", "reject", "rule"}
# An event these govern did not take place as planned ("cancelled the summit", "called off").
CALL_OFF_VERBS = {"cancel", "scrap", "postpone", "abandon", "scuttle", "shelve", "suspend", "delay"}
# An event under one of these is denied ("the Kremlin denied that they had spoken"); the denial is
# that event's status, not an event of its own.
DENIAL_VERBS = {"deny"}
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
SEQUENCE_PREPOSITIONS = {"after", "before", "since", "following", "until", "ahead", "prior"}

# Prepositions that introduce where an event took place.
LOCATION_PREPOSITIONS = {"in", "at", "from", "for", "to"}
LOCATION_LABELS = {"GPE", "LOC", "FAC"}
LOCATION_NOUNS = {"estate", "house", "palace", "kremlin", "office", "headquarters", "embassy", "summit", "base", "resort", "airport"}

# Position topics: topic -> words that name it (lower case, matched on word boundaries).
POSITION_TOPICS: dict[str, tuple[str, ...]] = {
    "ceasefire": ("ceasefire", "cease-fire", "truce", "pause in the fighting", "halt to the fighting", "armistice", "end to hostilities", "stop the killing", "stop the bloodshed"),
    "territory": ("territory", "territorial", "territories", "land", "borders", "donetsk", "donbas", "crimea", "zaporizhzhia", "kherson", "kursk", "cede", "annex", "front lines", "front line"),
    "nato": ("nato", "north atlantic", "alliance membership"),
    "security guarantees": ("security guarantee", "security guarantees", "peacekeepers", "peacekeeping", "protection force", "security assurances"),
    "sanctions": ("sanction", "sanctions", "embargo", "tariff", "tariffs"),
    "aid": ("aid", "military assistance", "weapons", "tomahawk", "missiles", "funding", "financial support", "arms"),
    "negotiations": ("negotiation", "negotiations", "talks", "peace process", "peace deal", "peace agreement", "settlement", "dialogue", "memorandum"),
    "elections": ("election", "elections", "vote", "referendum"),
}

# Stance cues: stance -> lemmas (verbs or nouns) that express it toward the topic.
STANCE_CUES: dict[str, tuple[str, ...]] = {
    "drop": ("drop", "dropped", "dropping", "abandon", "back off", "backed off", "back away", "backed down", "back down", "give up", "retreat", "withdraw", "soften"),
    "reject": ("reject", "rule out", "ruled out", "dismiss", "refuse", "rebuff", "veto", "unrealistic", "illusionary", "not accept", "won't accept", "will not accept", "never accept"),
    "demand": ("demand", "insist", "urge", "call for", "called for", "calls for", "require", "precondition", "condition", "must", "need"),
    "oppose": ("oppose", "against", "criticize", "criticise", "skeptic", "sceptic", "skepticism", "scepticism", "concern", "warn", "object"),
    "support": ("support", "back", "backing", "favor", "favour", "endorse", "welcome", "accept", "agree", "ready", "willing", "willingness", "readiness", "advocate", "want", "hope"),
    "propose": ("propose", "proposal", "offer", "suggest"),
}
# When several cues appear, the first stance in this order wins (a dropped demand is a drop).
STANCE_PRIORITY = ("drop", "reject", "demand", "propose", "oppose", "support")
