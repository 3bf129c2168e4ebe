"""Tense around a time expression: whether a bare "Monday" or "in March" looks back or ahead.
From the parse (the governing verb's tense and auxiliaries) when there is one, else from words."""
from __future__ import annotations

import re

from storyline.nlp.spacy_model import span_at
from storyline.nlp.time import lexicon

_FUTURE_RE = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in lexicon.FUTURE_MARKERS) + r")\b", re.I)


def _direction_from_words(text: str, start: int) -> str | None:
    """'future' when a marker (will, scheduled, ...) stands in the same clause just before, else None."""
    window = text[max(0, start - 50):start]
    clause = re.split(r"[.!?;,\n]|\bsaid\b|\bsays\b", window)[-1]
    if re.search(r"\bhad\b", clause, re.IGNORECASE):
        return None  # "had been due to expire Friday": a plan seen from the past
    return "future" if _FUTURE_RE.search(clause) else None


_REPORTING_VERBS = {"say", "tell", "report", "announce", "state", "claim", "be", "have", "write", "note"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
# Verbs whose object is a plan: what they govern is dated when it is to happen, whatever their
# tense ("planned a demonstration on Saturday", "has scheduled a news conference Thursday").
_PLANNING_VERBS = {"plan", "schedule", "slate"}


def _is_planning(verb) -> bool:
    if verb.lemma_ in _PLANNING_VERBS:
        return True
    return verb.lemma_ == "set" and verb.tag_ == "VBN" and any(c.lower_ == "for" for c in verb.children)  # "a summit set for April"


def _governing_verb(parsed, start: int, end: int):
    span = span_at(parsed, start, end)
    if span is None:
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


# Verbs whose object is an outlook: a quarter they govern is not one being reported ("see" only
# when not past: "the company saw a fourth-quarter loss" reports it).
_FORECAST_VERBS = {"expect", "forecast", "project", "predict", "anticipate", "estimate", "see", "warn"}


def is_forecast(parsed, start: int, end: int) -> bool:
    """'said it expected a fourth-quarter loss', 'expects to post a loss in the quarter'."""
    verb = _governing_verb(parsed, start, end) if parsed is not None else None
    if verb is None:
        return False
    return _looks_ahead(verb) or (verb.dep_ == "xcomp" and _looks_ahead(verb.head))


def _looks_ahead(verb) -> bool:
    return verb.lemma_ in _FORECAST_VERBS and not (verb.lemma_ == "see" and verb.tag_ in ("VBD", "VBN"))


PRESENT_TAGS = {"VBZ", "VBP"}


def predicate_tense(verb) -> str:
    """'past' for a verb told as done ("sued", "has paid", "was traveling", "did not meet"),
    'present' for the simple or progressive present ("recovers", "is seen", "are working out"),
    '' when its form says nothing (an infinitive or gerund: its governing verb does)."""
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if any(aux.lower_ in {"has", "have", "had"} or aux.tag_ == "VBD" for aux in auxiliaries):
        return "past"
    if any(aux.tag_ in PRESENT_TAGS for aux in auxiliaries):
        return "present"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ not in {"amod", "acl"}):
        return "past"
    if verb.tag_ in PRESENT_TAGS:
        return "present"
    return ""


def is_headline_infinitive(verb) -> bool:
    """A headline's 'X to do Y' ('Hayward to resign', 'Obama to meet BP chairman on Wednesday'), also when run into
    the body's first sentence ('Barton to retract apology to BP By Aaron Blake ...'): an infinitive with its own
    nominal subject and no verb before it that governs it tells an act expected, not done ('Analysts expect BP to
    pump' is the expecting verb's, 'for BP to pay' a purpose). A conjunct shares its first verb's."""
    if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VB" or not any(
            child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return False
    if verb.dep_ == "acl":
        head = verb.head
        return head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN") and head.i < verb.i and not any(
            child.dep_ == "det" for child in head.children)
    if verb.dep_ != "ROOT" and verb.head.i < verb.i:
        return False
    return any(child.dep_ in ("nsubj", "nsubjpass", "dep") and child.pos_ in ("PROPN", "NOUN") and child.i < verb.i
               for child in verb.children) and not any(child.lower_ == "for" for child in verb.children)


PLUPERFECT_AUXILIARIES = {"had", "'d"}
TENSE_CLIMB = 6  # heads climbed from an infinitive or gerund to the verb whose tense it shares


def told_in_the_pluperfect(verb) -> bool:
    """'had noticed', 'had considered sending', 'after the rig had exploded': an act told as before another past
    one. Read on the first verb up that carries a tense (an infinitive or gerund has none of its own)."""
    for _ in range(TENSE_CLIMB):
        if verb is None:
            return False
        if predicate_tense(verb):
            return any(child.dep_ == "aux" and child.lower_ in PLUPERFECT_AUXILIARIES for child in verb.children)
        verb = verb_above(verb)
    return False


def verb_above(token, max_steps: int | None = None):
    """The nearest verb or auxiliary above the token (within `max_steps` heads when given), else None."""
    steps = 0
    while token.head.i != token.i and (max_steps is None or steps < max_steps):
        token, steps = token.head, steps + 1
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _is_past_perfect(verb) -> bool:
    """'had called', 'had been scheduled': seen from a time already past."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)


# Verbs whose past tense is spelled as their present (a closed class of English irregular verbs).
_PAST_SPELLED_AS_PRESENT = {"hurt", "cut", "set", "hit", "put", "cost", "shut", "let", "spread", "quit",
                            "split", "cast", "bid", "burst", "shed"}


def _is_past_read_as_present(verb) -> bool:
    """'Weakness ... hurt the index': a singular noun subject cannot take the plain present form
    of a verb whose past is spelled alike, so the tagger's VBP is a past. Only for such verbs:
    'the government meet Monday' is a collective noun in the present, and a subject with a
    conjunct ('Obama and Putin meet Monday') is plural."""
    if verb.lower_ != verb.lemma_ or verb.lemma_ not in _PAST_SPELLED_AS_PRESENT:
        return False
    return any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") and not any(g.dep_ == "conj" for g in c.children)
               for c in verb.children)


def _is_past(verb) -> bool:
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass"))


# Verbs that call a plan off: a plan they govern was for a time already reached or passed.
_CALL_OFF_VERBS = {"cancel", "postpone", "scrap", "delay", "abandon", "suspend"}


def _calls_off(verb) -> bool:
    return verb.lemma_ in _CALL_OFF_VERBS or (
        verb.lemma_ == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))


def _plan_direction(planner) -> str:
    """A plan looks ahead, unless seen from the past: "had been scheduled to expire Friday", or
    "a memorial service planned for Saturday was canceled" (a reduced relative under a past verb
    that calls it off; "announced a summit planned for April" still looks ahead)."""
    if _is_past_perfect(planner):
        return "past"
    head = planner.head.head
    if planner.dep_ == "acl" and head.pos_ in ("VERB", "AUX") and _is_past(head) and _calls_off(head):
        return "past"
    if _is_past(planner) and _called_off_after(planner):
        return "past"  # "Obama first planned to visit the region in March, but had to cancel": last March
    return "future"


def _called_off_after(planner) -> bool:
    """A past plan the same sentence goes on to call off ('planned to visit ... in March, but had to cancel'): a
    verb joined to the planning verb that calls a plan off, or whose infinitive does."""
    for joined in planner.children:
        if joined.dep_ != "conj" or joined.pos_ not in ("VERB", "AUX"):
            continue
        if _calls_off(joined) or any(c.dep_ == "xcomp" and _calls_off(c) for c in joined.children):
            return True
    return False


def _names_the_plans_time(planner, parsed, start: int, end: int) -> bool:
    """Whether a past planning verb's expression is the time planned for rather than when what
    was planned took place. It is when it attaches by "for" ("planned for Saturday") or the plan
    is new to the story ("protesters planned a large demonstration on Saturday"); a definite
    object is a known event ("the men planned the attack in March"), dated by the verb's tense."""
    if planner.tag_ != "VBD":
        return True  # "has scheduled a news conference Thursday", "a summit planned for April"
    span = span_at(parsed, start, end)
    if span is not None and span.root.head.lower_ == "for":
        return True
    objects = [c for c in planner.children if c.dep_ == "dobj"]
    return any(_is_indefinite(o) for o in objects)


def _is_indefinite(noun) -> bool:
    """'a large demonstration', 'protests': no definite article, demonstrative or possessive."""
    return not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another", "some")
                   for c in noun.children)


def _ahead_of_a_bare_participle(verb, start: int) -> bool:
    """A time the parse hangs on a participle that follows both it and the verb it adds to ('will meet Obama at the
    White House on Wednesday prepared to offer concessions'): a participle's own phrase follows it, so the time is
    the verb's, whose tense dates it (with no subject of its own, a past form the tagger gives it is the participle's).
    A fronted participle keeps its own ('Arrested on Monday, he will appear ...')."""
    head = verb.head
    return (verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG", "VBD") and start < verb.idx
            and head.pos_ in ("VERB", "AUX") and head.idx < start
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children))


def _due_to(verb) -> bool:
    """'is due to hold a meeting', 'are set to vote': a present 'be' whose complement takes an infinitive."""
    return verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in lexicon.SCHEDULE_WORDS
        and any(g.dep_ == "xcomp" and g.tag_ == "VB" for g in c.children) for c in verb.children)


def _direction_from_parse(parsed, start: int, end: int, news_present_is_future: bool = True) -> str | None:
    """Tense of the verb governing the expression: will/going to -> future, VBD/VBN -> past.
    The news present ("meets Monday") points ahead only for day names, not for a bare month
    ("the developments come after ... the debate in September")."""
    verb = _governing_verb(parsed, start, end)
    if verb is None:
        return None
    if _ahead_of_a_bare_participle(verb, start):
        verb = verb.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if _due_to(verb):
        return "future"  # "On Wednesday, he is due to hold a crucial meeting"

    words = {a.lower_ for a in auxiliaries}
    planner = verb if _is_planning(verb) else verb.head if verb.dep_ == "xcomp" and _is_planning(verb.head) else None
    if planner is not None and planner.idx < start and _names_the_plans_time(planner, parsed, start, end):
        return _plan_direction(planner)  # "On Friday, they planned ...": the day of the planning
    if words & _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VB" and verb.head.lower_ == "going" or "being" in words or is_headline_infinitive(verb):
        return "future"
    if verb.tag_ == "VBG" and words & {"is", "are", "'s", "'re", "am"}:
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and (not auxiliaries or words & {"has", "have", "'ve"}):
        return "past"
    if any(a.tag_ == "MD" for a in auxiliaries) and verb.tag_ in ("VB", "VBG"):
        return "future"
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.lemma_ in ("plan", "expect", "hope", "want", "intend", "schedule", "agree"):
        # "had been scheduled to expire Friday"; "planned to visit the region in March, but had to cancel"
        return "past" if _is_past_perfect(verb.head) or _is_past(verb.head) and _called_off_after(verb.head) else "future"
    if verb.tag_ == "VBP" and _is_past_read_as_present(verb):
        return "past"  # "Weakness ... hurt the index on Friday": a past form the tagger read as present
    if news_present_is_future and verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in _REPORTING_VERBS:
        return "future"  # news present with a day name: "meets Monday", "arrives Friday"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return None


# Words that place a clause's act ahead of a happening ('ahead of the hearings', 'prior to the vote'), with
# 'in advance of': general English prepositional phrases of order, not chosen for any topic.
_AHEAD_WORDS = {"ahead", "prior"}


def _placed_ahead(parsed, start: int, end: int) -> bool:
    """The expression dates a happening the clause's act is placed ahead of ('did not offer much new ahead of
    Thursday's testimony', 'Ahead of congressional hearings on Tuesday and Thursday, lawmakers released a
    letter'): that happening comes after the act, which a news report tells as recent, so its day name is not
    the one before the act. Not when the act is told in the pluperfect ('Prior to the explosion on Tuesday,
    workers had noticed ...': both are past)."""
    span = span_at(parsed, start, end)
    token = span.root if span is not None else None
    for _ in range(6):
        if token is None or token.pos_ in ("VERB", "AUX") or token.head is token:
            return False
        preposition = token.head
        placing = preposition.head
        if token.dep_ == "pobj" and preposition.lower_ in ("of", "to") and (
                placing.lower_ in _AHEAD_WORDS or placing.lower_ == "advance" and placing.head.lower_ == "in"):
            verb = placing
            while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
                verb = verb.head
            return not (verb.pos_ in ("VERB", "AUX") and _is_past_perfect(verb))
        token = preposition
    return False


# Words right before an expression that make it a limit or a first chance ahead, whatever the
# tense of the clause: "extended its deadline until 9 a.m. Tuesday", "as soon as Tuesday".
_LIMIT_AHEAD = re.compile(r"\b(?:until|till|as\s+soon\s+as|as\s+early\s+as)\s+$", re.IGNORECASE)


def direction(text: str, start: int, end: int, parsed, news_present_is_future: bool = True) -> str | None:
    """past | future | present | ahead | None: which side of the anchor a bare day or month name is on
    ('ahead': after the recent act the clause tells, `_placed_ahead`)."""
    if parsed is not None and _placed_ahead(parsed, start, end):
        return "ahead"
    if re.match(r"['’]s\b", text[end:end + 2]):
        return "past"  # "Tuesday's declaration": a day already named by its event
    if _LIMIT_AHEAD.search(text[max(0, start - 20):start]):
        verb = _governing_verb(parsed, start, end) if parsed is not None else None
        if verb is None or not _is_past_perfect(verb):
            return "future"  # "until Thursday, they had not called him a suspect" looks back
    if parsed is not None:
        tense = _direction_from_parse(parsed, start, end, news_present_is_future)
        if tense in ("past", "future"):
            return tense
    return _direction_from_words(text, start)


