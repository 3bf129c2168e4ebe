"""Event mentions: who did what to whom, when and where, one per event word in a sentence.

A trigger lexicon (story/lexicon.py) finds the event word; the dependency parse gives its
participants (the named people, organisations and places in its clause), its status
(planned / reported / happened), a place ("in Budapest", "from Mar-a-Lago") and a duration
("for two hours"). The date is the one stated in the trigger's own clause, else in the
clauses around it (through storyline.nlp.time.dating when present), else from the rule-based
sentence dater when no timexes were given; an undated past event gets the week before
publication.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta

from storyline.model import Document, EventMention, Mention, Timex
from storyline.nlp.entities import is_news_outlet
from storyline.nlp.lexicon import (ATTITUDE_VERBS, CUE_VERBS, PERSON_NOUNS, PRESS_COMMENT_VERBS, ROLE_HEADS, SAYING_VERBS, SPEAKER_NOUNS,
                                   SPEECH_VERBS,
                                   STATEMENT_NOUNS, WEEKDAYS)
from storyline.nlp.spacy_model import first_token_at, parse_columns, span_at, span_text
from storyline.story import lexicon
from storyline.nlp.datelines import dateline_after_stamp, dateline_dash
from storyline.story.clause import PLACE_LABELS, SUBJECT_DEPS, one_name_before, clause_headline, is_finite, misread_subject, reported_clause, set_off
from storyline.story.cluster import inside_quotation
from storyline.nlp.time.lexicon import MONTH_NAME, UNITS
from storyline.nlp.time.dating import date_of_span, value_range
from storyline.nlp.time.normalise import written_number
from storyline.nlp.time.resolve import week_back_as_the_next_day
from storyline.nlp.time.rule import RuleKind, TimeRule
from storyline.nlp.time.sentence_dates import dates_in_text
from storyline.nlp.time.tense import (
    PRESENT_TAGS,
    is_headline_infinitive,
    predicate_tense,
    told_in_the_pluperfect,
    verb_above,
)

PARTICIPANT_LABELS = {"PERSON", "ORG", "GPE"}
PLACE_PARTICIPANT_LABELS = PARTICIPANT_LABELS | {"LOC", "FAC"}  # the place a disaster or a death befell
UNDATED_PAST_WINDOW_DAYS = 7  # an undated event reported as done happened shortly before publication
HISTORY_DAYS = 365  # an event dated more than this before its report is told as background
MAX_INFERRED_RANGE_DAYS = 92  # an undated document's inferred range dates its events only when this narrow
DURATION_RE = re.compile(lexicon.DURATION_PATTERN, re.I)
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DURATION_TYPES = lexicon.CONTACT_TYPES
MEDIA_WORDS = ("post", "times", "news", "press", "reuters", "journal", "cnn", "bbc", "abc", "agency", "tass", "ria")


# ---------------------------------------------------------------- triggers


def _has_child(token, deps: set[str], lemmas: set[str] | None = None) -> bool:
    """Whether a child of the token hangs on it by one of `deps` (and has one of `lemmas`, lower-cased); read off
    the parse's columns, asked of most triggers: a Token per child cost more than the test."""
    columns = parse_columns(token.doc)
    dep_of, lemma_of = columns.dep, columns.lemma  # lemmas lower-cased, as lemma_.lower()
    return any(dep_of[child] in deps and (lemmas is None or lemma_of[child] in lemmas) for child in columns.children[token.i])


def _object_lemmas(token) -> set[str]:
    lemmas = set()
    for child in token.children:
        if child.dep_ in {"dobj", "obj", "pobj", "attr", "nsubjpass", "prt"}:
            lemmas.add(child.lemma_.lower())
        if child.dep_ == "prep":
            lemmas.update(grand.lemma_.lower() for grand in child.children if grand.dep_ == "pobj")
    return lemmas


def _subject_lemmas(token) -> set[str]:
    """Head words of the subject of a verb, or of the verb a noun depends on ('the quake's strike')."""
    verb = token if token.pos_ == "VERB" else token.head
    relative_head = {verb.head.lemma_.lower()} if verb.dep_ == "relcl" else set()  # "the quake, which struck"
    return {child.lemma_.lower() for child in verb.children if child.dep_ in {"nsubj", "nsubjpass", "poss"}} | {
        child.lemma_.lower() for child in token.children if child.dep_ in {"poss", "compound"}} | relative_head


def _entity_labels(token_or_span) -> set[str]:
    tokens = token_or_span if hasattr(token_or_span, "__iter__") else [token_or_span]
    return {tok.ent_type_ for tok in tokens if tok.ent_type_}


def _prep_objects(token, preps: set[str]) -> list:
    return [grand for child in token.children if child.dep_ == "prep" and child.lower_ in preps
            for grand in child.children if grand.dep_ == "pobj"]


def _names_someone(tokens) -> bool:
    """A named person, country or organisation, or a capitalised word the tagger and NER missed
    (the small model tags 'Zelenskyy' as a noun and a work of art)."""
    return any(_entity_labels(tok.subtree) & {"PERSON", "GPE", "ORG", "NORP"} or tok.pos_ == "PROPN"
               or (tok.text[:1].isupper() and not tok.is_sent_start and tok.pos_ == "NOUN") for tok in tokens)


def _named_people(tokens) -> set[int]:
    """Entity starts among tokens (people, countries, organisations)."""
    return {tok.i for tok in tokens if tok.ent_iob_ == "B" and tok.ent_type_ in {"PERSON", "GPE", "ORG"}}


RULE_TYPED_LEMMAS = frozenset({"call", "speak", "talk", "find"})  # the words `_rule_typed` types by their arguments


def _rule_typed(token, segment_start: int | None = None) -> str | None:
    """'call', 'speak', 'talk', 'find': their type depends on what they govern. A word this types must be in
    RULE_TYPED_LEMMAS (`trigger_candidates` looks for triggers only at those words and the lexicon's)."""
    lemma, pos = token.lemma_.lower(), token.pos_
    if lemma not in RULE_TYPED_LEMMAS:
        return None
    if lemma == "call" and token.dep_ == "acl" and token.tag_ == "VBN":
        return None  # "a campaign called Seize BP": a name, not a call
    if lemma == "call":
        if _prep_objects(token, {"for"}):
            return "demand"  # "called for a ceasefire", "Trump's call for a ceasefire"
        following = token.doc[token.i + 1: token.i + 3]
        if pos == "NOUN" and len(following) == 2 and following[0].tag_ == "TO" and following[1].tag_ == "VB":
            return "demand"  # "her call to end the moratorium" (the parser often hangs "to end" elsewhere)
        if pos == "NOUN" and any(c.dep_ == "compound" and c.lower_ not in CALL_MEDIA and not _a_measure(c)
                                 for c in token.children):
            return None  # "a judgment call", "four previous servicing calls to Hubble": another kind of call (not
            # "a 30-minute phone call": how long, review20 of 7611331, bpoil_bbc)
        if pos == "NOUN" and _calls_for_something(token):
            return "demand"
        if pos == "NOUN":
            return "call"
        if _not_a_phone_call(token):
            return None
        objects = [child for child in token.children if child.dep_ in {"dobj", "obj"}]
        if objects and _names_someone(objects) and not _has_child(token, {"oprd", "xcomp", "ccomp"}):
            return "call"  # "Trump called Zelenskyy" (not "called his conversation productive")
        misparsed = [child for child in token.children if child.dep_ == "oprd" and child.text[:1].isupper()]
        if not objects and misparsed:
            return "call"  # the small model reads "called Zelenskyy" like "called him names"
        return None
    if lemma == "find" and pos == "VERB":
        return _verdict(token)
    if lemma in {"speak", "talk"} and pos == "VERB":
        partners = _prep_objects(token, {"with", "to"})
        if partners and _names_someone(partners) and _speaker_takes_part(token) and not any(p.lower_ in {"reporters", "journalists", "press"}
                                                             or is_media(" ".join(t.text for t in p.subtree)) or _a_news_programme(p)
                                                             for p in partners):
            return "call"
        before = list(token.doc[segment_start: token.i]) if segment_start is not None else []
        breaks = [n for n, tok in enumerate(before) if tok.is_punct]  # "A and B spoke", not '"... A and B," X said, speaking'
        before = before[breaks[-1] + 1:] if breaks else before
        if len(_named_people(before)) >= 2 and any(tok.lower_ == "and" and tok.head.pos_ not in {"VERB", "AUX"}
                                                   for tok in before):
            # "Trump and Putin spoke for two hours"; not "Matthew Price visited the grounds of one hospital
            # and spoke of seeing about 100 bodies", where 'and' joins two acts of one person
            return "call"
        return None
    return None


def _instruction_to_the_reader(verb) -> bool:
    """'Visit BBC Webwise for full instructions', 'For a complete archive of past quizzes, visit the Magazine page and
    scroll down', 'If you're reading via RSS, you'll need to visit the blog': an imperative (a verb in the bare form
    heading its sentence with no subject or auxiliary of its own) or an act of 'you' is a page's instruction to its
    reader, which tells of no happening (H1N1_bbc 140: four 'Visit' events)."""
    if verb.pos_ != "VERB":
        return False
    head = verb.head if verb.dep_ in ("conj", "xcomp") else verb
    if verb.tag_ in ("VB", "VBP") and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in (*head.children, *verb.children)):
        return True
    return verb.tag_ == "VB" and verb.dep_ != "xcomp" and head.dep_ == "ROOT" and head.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in (*head.children, *verb.children))


def _a_news_programme(noun) -> bool:
    """'Speaking to MSNBC's Morning Joe': a news organisation's programme, or the organisation itself, is an audience
    (an interview), no party to a call."""
    return is_news_outlet([noun.text] + [" ".join(t.text for t in child.subtree if t.dep_ != "case")
                                         for child in noun.children if child.dep_ == "poss"])


CALL_PARTICLES = {"into", "off", "in", "out"}  # 'call into question', 'call off', 'call in', 'call out': idioms
SUMMONING_PREPOSITIONS = {"as", "before"}  # 'called X as a rebuttal witness', 'called X before the committee'
CALL_MEDIA = {"phone", "telephone", "conference", "video", "emergency"}  # 'a conference call': a call, whatever follows


# Entity labels of a count or an amount ('30-minute', '$100m', '40 tonnes'): a noun so labelled measures.
MEASURE_LABELS = {"MONEY", "QUANTITY", "PERCENT", "CARDINAL", "TIME"}


def _a_measure(noun) -> bool:
    """A noun that counts or measures what it goes with: a number on it or in it ('$100m of emergency aid', '40
    tonnes of aid', 'a 30-minute phone call'), an amount's entity label, or a calendar unit ('a week of
    demonstrations', `nlp.time.lexicon.UNITS`). Not a name: '1640 Jean Claude Fignole of Action Aid' (a live page's
    clock time before a name, haiti_bbc)."""
    return noun.pos_ != "PROPN" and (noun.like_num or noun.ent_type_ in MEASURE_LABELS or noun.lemma_.lower() in UNITS
            or any(child.dep_ == "nummod" for child in noun.children))


def _not_a_phone_call(verb) -> bool:
    """'call' the verb in senses other than phoning (events18): an idiom with a particle or preposition ('A lower
    flow rate would call into question the government's estimates', bpoil_reuters), naming ('her latest book of
    poetry is called The Book Of Mirrors', 'Often called the King of Pop', 'condominiums that some call the Redneck
    Riviera': a passive or a subjectless participle with a predicate, or an object and its name), summoning ('called
    former patients of Dr Murray as character witnesses', 'will call BP America's president ... in front of his ...
    sub-committee'). 'Trump called Zelenskyy', 'an ambulance was not called' stay calls."""
    children = list(verb.children)
    if any(c.dep_ in {"prt", "prep"} and c.lower_ in CALL_PARTICLES and not (
            c.lower_ == "in" and any(g.lower_ == "front" for g in c.children)) for c in children):
        return True
    named = any(c.dep_ in {"oprd", "attr"} for c in children)
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)
    if named and (passive or not subject):
        return True
    if sum(c.dep_ in {"dobj", "obj", "oprd"} for c in children) >= 2:
        return True  # 'that some call the Redneck Riviera': the relative pronoun and the name, both objects; 'will now
        # call the virus influenza A (H1N1)', which the parser reads as two predicates
    for prep in (c for c in children if c.dep_ == "prep"):
        if prep.lower_ in SUMMONING_PREPOSITIONS or (prep.lower_ == "in" and any(
                g.lower_ == "front" for g in prep.children)):
            return True
    return False


def _calls_for_something(noun) -> bool:
    """'calls by some U.S. lawmakers for BP to "clean house"', 'calls from politicians to cancel dividend', 'faces
    calls for its US assets to be seized' (bpoil_reuters, bpoil_guardian): a call the parse split from its 'for' or
    its infinitive is a demand when its phrase, or the words right after it, go on with 'for' or 'to' and a verb.
    Not a call over a medium or with someone ('a conference call with the governors', 'a call with Putin to discuss
    Ukraine'): a conversation, whatever its purpose."""
    if any(c.dep_ == "compound" and c.lower_ in CALL_MEDIA for c in noun.children) or _prep_objects(noun, {"with"}):
        return False
    phrase = list(noun.subtree)
    after = noun.doc[phrase[-1].i + 1: phrase[-1].i + 3]
    if any(tok.lower_ == "for" and tok.i > noun.i for tok in phrase):
        return True
    return len(after) >= 1 and after[0].lower_ == "for" or (
        len(after) == 2 and after[0].tag_ == "TO" and after[1].tag_ == "VB")


def _verdict(verb) -> str | None:
    """'a jury found Dr Murray guilty', 'Murray was found guilty': a conviction, whichever way the parser hangs
    'guilty' (the verb's predicate, or a modifier written after its object); 'was found not guilty', 'found him
    not guilty': the other verdict, an acquittal; not 'found the book a guilty pleasure'. A negated finding ('did
    not find him guilty') stays a conviction the event's negation denies: a hung jury acquits no one."""
    guilty = [child for child in verb.children if child.lower_ == "guilty" and child.dep_ in {"oprd", "ccomp", "acomp", "xcomp", "advmod"}]
    guilty += [modifier for child in verb.children if child.dep_ in {"dobj", "obj"}
               for modifier in child.children if modifier.lower_ == "guilty" and modifier.i > child.i]
    negated = [word.doc[word.i - 1].lower_ == "not" or any(child.dep_ == "neg" for child in word.children)
               for word in guilty]
    if any(not no for no in negated):
        return "conviction"
    return "acquittal" if negated else None


def _speaker_takes_part(verb) -> bool:
    """Who speaks to someone in a call: a named party, a person's pronoun, people ('officials spoke with') or a
    person or body named by a common noun ('The president spoke with Prime Minister David Cameron'),
    not a programme or an outlet ('Science in Action speaks to Mike Kendall, Professor of Seismology':
    an interview, no contact between parties). No subject (a participle, 'speaking to Cameron') passes."""
    subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    return not subjects or any(
        (subject.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or subject.pos_ == "PROPN"
         or (subject.pos_ == "PRON" and subject.lower_ not in NOT_PEOPLE_PRONOUNS) or subject.tag_ in {"NNS", "NNPS"}
         or subject.lemma_.lower() in PEOPLE_NOUNS)
        and not is_media(" ".join(tok.text for tok in subject.subtree)) for subject in subjects)


PLURAL_PARTY_PRONOUNS = {"we", "they"}


def _discussed_between_parties(verb) -> bool:
    """'discuss' is talks only between parties the clause names: a partner ('discussed the spill with
    Cameron'), joined subjects ('Obama and Cameron discussed'), a plural one ('the leaders discussed') or a
    plural pronoun telling the talks in someone's quoted words ('"We discussed a variety of topics," Trump
    wrote'); one person discussing something is speaking of it ('when she was discussing the Defense
    Department'), a thing described by what was discussed names no talks ('all the dimensions we have
    discussed today', said to a panel), and neither does a writer's 'as we discussed in Monday's column' nor
    authors discussing findings ('They discussed the findings in a paper'). Only the head of the subject, its
    conjuncts and apposition count as people: a possessor is not a party ('Obama's adviser David Axelrod
    discussed the oil spill on CNN')."""
    if _prep_objects(verb, {"with"}):
        return True
    subject = _subject_tokens(verb)  # its own, or that of the verb it completes ('committees were to discuss')
    if subject and subject[0].lower_ in PLURAL_PARTY_PRONOUNS:
        as_clause = verb.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ == "as" for child in verb.children)
        return verb.dep_ != "relcl" and not as_clause and inside_quotation(verb.sent, verb.i)
    # joined on the subject's head or its apposition (the parse may hang 'and UK Prime Minister David Cameron' on
    # an apposition), or two people named in it; not a conjunct inside a name ('the chairman of the House Energy
    # and Commerce Committee') nor a title's place and the person ('US President Barack Obama')
    head = subject[0] if subject else None
    joined = any(tok.dep_ == "conj" and (tok.head == head or tok.head.dep_ == "appos" and tok.head.head == head)
                 for tok in subject[1:])
    possessed = {tok.i for poss in subject[1:] if poss.dep_ == "poss" for tok in poss.subtree}
    people = {tok.i for tok in subject[1:] if tok.ent_iob_ == "B" and tok.ent_type_ == "PERSON" and tok.i not in possessed}
    return bool(subject) and (head.tag_ in {"NNS", "NNPS"} or joined or len(people) >= 2)



# What a speaker addresses: "told a conference call", "speaking to a meeting of", "said on a call":
# the audience or medium of a statement, not a contact between parties.
ADDRESSING_VERBS = {"tell", "address", "brief"}
MEDIUM_PREPOSITIONS = {"on", "in", "during"}


def _addressed_by_a_speaker(noun) -> bool:
    """A contact noun that is what a speaker addresses: the object of 'tell' ('Thad Allen ... told a
    conference call Saturday that ...'), what one speaks to ('speaking to a meeting of bankers'), or
    the call a statement was made on ('said on a conference call'). A call held with someone stays a
    call ('had held a conference call with BP representatives'), and so does one in which the speaker tells
    someone named."""
    head = noun.head
    if noun.dep_ in {"dobj", "obj", "dative"} and head.lemma_.lower() in ADDRESSING_VERBS:
        return True
    if noun.dep_ != "pobj" or head.dep_ != "prep" or _prep_objects(noun, {"with"}):
        return False
    verb = head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SAYING_VERBS | {"speak", "talk"}:
        return False
    addressees = [child for child in verb.children if child.dep_ in {"dobj", "obj", "dative"}]
    if addressees and _names_someone(addressees):
        return False  # "In a phone call on Saturday, Obama told British Prime Minister David Cameron ...": a call between them
    return head.lower_ == "to" or (head.lower_ in MEDIUM_PREPOSITIONS and noun.lemma_.lower() == "call")


def _is_contact_word(token, typed: str | None) -> bool:
    """A contact's word by the type its rules gave it or by its noun's lexicon entry ('conference call'): one
    home for the test `trigger_type` retypes a statement by and `_refers_back` keeps its day by."""
    entry = lexicon.EVENT_TRIGGERS.get(token.lemma_.lower())
    return (typed or (entry[0] if entry and "NOUN" in entry[1] else None)) in lexicon.CONTACT_TYPES


TRIGGER_POS = ("NOUN", "VERB", "PROPN")
# Entity labels of names a trigger word can be part of without naming its event: an organisation, a person, a work,
# a product ("Royal Dutch Shell" is no shelling). A contact word or an agreement keeps its capital ("the Alaska Summit",
# 'a "Transfer, Withdrawal, Release and Indemnity Agreement"': the name is the happening's own).
NAME_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "NORP"}
NAMED_HAPPENING_TYPES = lexicon.CONTACT_TYPES | {"agree"}


def trigger_candidates(parsed) -> list[int]:
    """The tokens `trigger_type` can type, in text order: a noun, verb or proper noun whose lemma is
    an event trigger of the lexicon or a word `_rule_typed` types; every other token it returns None
    for. Read off the parse's columns, so that the rest of a text (most of it) makes no Token object."""
    columns = parse_columns(parsed)
    return [i for i, (pos, lemma) in enumerate(zip(columns.pos, columns.lemma))
            if pos in TRIGGER_POS and (lemma in lexicon.EVENT_TRIGGERS or lemma in RULE_TYPED_LEMMAS)]


def trigger_type(token, segment_start: int | None = None) -> str | None:
    """The event type a token triggers in its context, or None."""
    if token.pos_ not in TRIGGER_POS:
        return None
    if _instruction_to_the_reader(token):
        return None  # "Visit BBC Webwise for full instructions": no one visited anything
    typed = _rule_typed(token, segment_start)
    if token.pos_ == "NOUN" and _is_contact_word(token, typed) and _addressed_by_a_speaker(token):
        return "statement"  # "told a conference call Saturday that ...": the statement is the act, the call its audience
    if typed or (token.lemma_.lower() in {"call", "speak", "talk"} and token.pos_ == "VERB"):
        return typed  # these verbs are typed by their arguments only
    entry = lexicon.EVENT_TRIGGERS.get(token.lemma_.lower())
    if entry is None:
        return None
    event_type, parts_of_speech = entry
    pos = "NOUN" if token.pos_ == "PROPN" else token.pos_
    if pos not in parts_of_speech:
        return None
    if token.pos_ == "PROPN" and token.ent_type_ in NAME_LABELS and event_type not in NAMED_HAPPENING_TYPES:
        return None  # "Royal Dutch Shell", "Massive Attack": a company's or a work's name (events18, bpoil_reuters)
    required = lexicon.OBJECT_CONSTRAINED.get(token.lemma_.lower())
    if required is not None and not (_object_lemmas(token) & required):
        return None
    if token.lemma_.lower() == "offer" and _object_lemmas(token) & lexicon.NOT_OFFERED:
        return None
    if token.lemma_.lower() in lexicon.PERSON_OBJECT_VERBS and not _done_to_people(token):
        return None  # "free trade", "executed the plan", "charged a fee"
    if pos == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "under":
        return None  # "came under fire", "under investigation": a state, not a happening
    if token.tag_ == "VBG" and token.dep_ in {"amod", "acl", "compound"}:
        return None  # "leaking oil", "oil spewing from the well": a description, not a happening
    if event_type in lexicon.ONGOING_TYPES and pos == "VERB" and (
            (token.tag_ == "VBG" and _has_child(token, {"aux"}))
            or (token.dep_ == "xcomp" and token.head.lemma_.lower() in lexicon.CONTINUING_VERBS)):
        return None  # "is leaking", "continues to spill": a state that lasts, not a happening
    if event_type == "attack" and _subject_lemmas(token) & lexicon.NATURAL_FORCES:
        return None
    if event_type == "attack" and pos == "VERB" and _subject_lemmas(token) == {"it"} and not _has_child(token, {"dobj", "obj"}):
        return None  # "It struck south of the capital ... on Tuesday": the quake told by its pronoun, nobody attacked
    if event_type == "attack" and pos == "VERB" and _attacks_in_words(token):
        return "statement"  # "attacked BP last night by accusing it of taking dangerous shortcuts": words, no assault
    if token.lemma_.lower() == "discuss" and pos == "VERB" and not _discussed_between_parties(token):
        return None
    if pos == "NOUN" and token.dep_ == "compound" and token.head.pos_ in {"NOUN", "PROPN"}:
        return None  # "talk shows", "the negotiation table": the word names another thing
    if _object_lemmas(token) & lexicon.IDIOM_OBJECTS.get(token.lemma_.lower(), set()):
        return None  # "struck an upbeat tone"
    if token.lemma_.lower() == "meet" and _has_child(token, {"dobj", "obj", "nsubjpass"}, MET_THINGS):
        return None  # "to meet its obligations", "firms eager to meet it" (demand): no one met
    if event_type == "demand" and pos == "NOUN" and token.dep_ in {"dobj", "obj"} \
            and token.head.lemma_.lower() in lexicon.MARKET_DEMAND_VERBS:
        return None  # "ramping up production to meet demand": a market's
    if any(child.dep_ == "amod" and child.lemma_.lower() in lexicon.QUANTITY_MODIFIERS for child in token.children):
        return None  # "a great deal of my time"
    if pos == "NOUN" and _has_child(token, {"amod", "compound"}, lexicon.MEDICAL_MODIFIERS):
        return None  # "died of cardiac arrest", "a heart attack": a condition, not an arrest or an attack
    if token.lemma_.lower() == "talk" and token.tag_ != "NNS":
        return None  # "talks" are negotiations; "talk" alone is not an event
    if event_type == "demand" and token.lemma_.lower() in lexicon.ASSERTING_DEMAND_VERBS and _asserts(token):
        return "statement"  # "BP insisted last night that its contingency plan had worked": a claim, no demand
    if token.lemma_.lower() == "agree" and pos == "VERB" and _shares_a_view(token):
        return None  # "experts agreed that BP looked able to handle the damage": an opinion, no agreement
    if event_type == "trial" and (_before_a_legislature(token) or _heard_out_of_court(token)):
        return lexicon.LEGISLATIVE_HEARING_TYPE  # "testimony to a congressional hearing": lawmakers, no court
    return event_type


def _asserts(verb) -> bool:
    """The verb's complement clause is indicative ('insisted that its contingency plan had worked', 'insisted he was
    not a suspect'), not a directive: a bare subjunctive ('insisted that he attend') or a modal of obligation
    ('insisted the account should be exclusively for damages', `lexicon.DIRECTIVE_MODALS`)."""
    clauses = [child for child in verb.children if child.dep_ == "ccomp"]
    if not clauses:
        return False  # 'insisted on it': what is insisted on is a demand
    for clause in clauses:
        auxiliaries = [child for child in clause.children if child.dep_ in {"aux", "auxpass"}]
        if any(aux.lower_ in lexicon.DIRECTIVE_MODALS for aux in auxiliaries):
            return False
        if clause.tag_ == "VB" and not auxiliaries:
            return False
        subjects = [child for child in clause.children if child.dep_ == "nsubj"]
        if clause.tag_ == "VBP" and not auxiliaries and any(
                s.tag_ in {"NN", "NNP"} or s.lower_ in {"he", "she", "it"} for s in subjects):
            return False  # 'insisted that he attend': a singular subject without the -s, the subjunctive
    return True


def _attacks_in_words(verb) -> bool:
    """An attack made by speaking (events18, bpoil_guardian): 'The energy and commerce committee attacked BP last night
    by accusing it of taking dangerous shortcuts', 'Transocean has struck back this afternoon however, accusing BP of
    trying to conceal its own failings': the verb's means ('by' and a gerund) or its participle clause without a
    subject of its own is a verb of censure (`lexicon.CENSURE_VERBS`; the means may be any verb of saying,
    `nlp.lexicon.SPEECH_VERBS`). Not 'jets struck Gaza on Sunday, saying they targeted militants'."""
    return _censure_of(verb) is not None


def _censure_of(verb):
    """The gerund or participle of censure an attack verb was made by (`_attacks_in_words`), or None."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            found = [g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                     and g.lemma_.lower() in SPEECH_VERBS | lexicon.CENSURE_VERBS]
            if found:
                return found[0]
        elif child.dep_ in {"advcl", "xcomp"} and child.tag_ == "VBG" and child.lemma_.lower() in lexicon.CENSURE_VERBS \
                and not _has_child(child, {"nsubj", "nsubjpass", "mark"}):
            return child
    return None


CENSURE_WORDS = 6  # what an attack in words says, as its object: the censure's first words


def _shares_a_view(verb) -> bool:
    """'agree that' a fact ('restructuring experts agreed that ... BP looked able to handle the financial damage',
    bpoil_reuters: a row typed agree): who agrees shares a view, agreeing to nothing. Agreeing what will be done keeps a
    modal or a future ('agreed that BP would pay', 'agreed that talks will resume') or takes an object or an
    infinitive ('agreed a deal', 'agreed to pay'); agreeing with or on something is an agreement too, but agreeing with
    what was found or said ('the panel agreed with the findings', 'agreed with that assessment') is a view."""
    with_things = [child for child in verb.children if child.dep_ == "prep" and child.lower_ == "with" and any(
        obj.dep_ == "pobj" and obj.lemma_.lower() in lexicon.VIEW_NOUNS | STATEMENT_NOUNS for obj in child.children)]
    if any(child.dep_ in {"dobj", "obj", "xcomp"} or (child.dep_ == "prep" and child.lower_ in {"with", "on", "to"}
                                                      and not any(g.ent_type_ in {"DATE", "TIME"} for g in child.children))
           for child in verb.children if child not in with_things):
        return False
    if with_things:
        return True
    clauses = [child for child in verb.children if child.dep_ == "ccomp" and child.pos_ in {"VERB", "AUX"}]
    return bool(clauses) and not any(
        grand.dep_ in {"aux", "auxpass"} and grand.lower_ in lexicon.REPORTED_MODALS | lexicon.FORECAST_FUTURES
        for clause in clauses for grand in clause.children)


def _before_a_legislature(token) -> bool:
    """A hearing, a testimony or a testifying that a legislature holds or hears: a legislature word
    (`lexicon.LEGISLATURE_WORDS`) in the trigger's own phrase ('a congressional hearing', 'testified before the
    Senate energy committee', 'testimony to a congressional hearing') or in the subject of the verb it is the object
    of ('The U.S. Senate's Homeland Security Committee began a hearing on the oil spill'). Its own clause
    (`_own_clause`): 'testified that Dr Murray told Congress' tells of Congress in what was said."""
    ids = _own_clause(token)
    if token.dep_ in {"dobj", "obj"} and token.head.pos_ in {"VERB", "AUX"}:
        ids |= {i for child in token.head.children if child.dep_ == "nsubj" for i in _own_clause(child)}
    return any(word.lemma_.lower() in lexicon.LEGISLATURE_WORDS and (word.lower_ != "house" or word.text == "House")
               for word in (token.doc[i] for i in ids))


def _heard_out_of_court(token) -> bool:
    """A hearing or a testimony whose sentence names no court: a commission's, a board's or a council's hearing
    ('revealed at a hearing Friday', a lawyer of the spill commission, was the frame 'Priya Aiyar trial';
    'testimony before the House Benghazi committee' read in another clause; 'City Council hearings'). ACE's
    Trial-Hearing is a court's; a court is named where one sits ('a hearing in federal court', 'testified in one of
    the class action suits', 'convened a grand jury to subpoena testimony'). The word 'trial' stays a trial."""
    return token.lemma_.lower() != "trial" and not any(
        word.lemma_.lower() in lexicon.COURT_WORDS for word in token.sent)


NOT_PEOPLE_PRONOUNS = {"it", "this", "that", "what", "which", "something", "anything", "everything", "nothing"}
# what "meet" satisfies rather than meets: a need, or a pronoun that names no person ('that' may be a person's relative
# pronoun: "the officials that he met")
MET_THINGS = lexicon.MET_NEEDS | (NOT_PEOPLE_PRONOUNS - {"that"})


def _done_to_people(token) -> bool:
    """Whether a verb's object (or passive subject) is someone: a named person, group, organisation
    or country, a personal pronoun, or a counted noun ('freed 30 hostages')."""
    objects = [child for child in token.children if child.dep_ in {"dobj", "obj", "nsubjpass"}]
    return any(obj.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or obj.pos_ == "PROPN"
               or (obj.pos_ == "PRON" and obj.lower_ not in NOT_PEOPLE_PRONOUNS)
               or any(child.dep_ == "nummod" for child in obj.children) for obj in objects)


def _is_negated(token) -> bool:
    """'did not accept', 'refused to meet' is handled by the refusal itself."""
    if _has_child(token, {"neg"}):
        return True
    return token.dep_ == "xcomp" and _has_child(token.head, {"neg"})


# ---------------------------------------------------------------- arguments


GOVERNING_STEPS = 5  # heads climbed from a word to the verb that governs it


def _governing_verb(token):
    return verb_above(token, GOVERNING_STEPS)


def _subject_tokens(verb) -> list:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "csubj"}:
            dash = dateline_dash(child)
            if dash is not None:
                # "GENEVA (Reuters) - The World Health Organization declared", "MEXICO CITY (Reuters) - Mexico
                # announced": the parse took the dateline for the subject; the subject is the one after its dash
                after = [grand for grand in child.children if grand.i > dash]
                if after:
                    return [after[0]] + list(after[0].subtree)
                continue
            return [child] + list(child.subtree)  # the head first: "US President-elect Donald *Trump*"
    if (misread := misread_subject(verb)) is not None:
        return [misread] + list(misread.subtree)  # "after Hong Kong authorities on Friday confirmed": who confirmed
    if verb.dep_ == "advcl" and is_finite(verb):
        return []  # a clause with a tense of its own has its own doer, never the main clause's (round 18)
    if verb.dep_ in {"xcomp", "advcl", "conj", "relcl"} and verb.head.i != verb.i:
        return _subject_tokens(verb.head) if verb.dep_ != "relcl" else []
    if verb.dep_ == "pcomp" and verb.head.lower_ in lexicon.RELATIVE_TIME_MARKS and verb.head.head.pos_ in {"VERB", "AUX"}:
        return _subject_tokens(verb.head.head)  # "he publicly supported it after meeting with Zelensky": who met
    return []


def _location_tokens(token) -> tuple[str | None, set[int]]:
    """'in Budapest', 'from Trump's Mar-a-Lago estate in Florida', 'visited Washington': the place
    phrase and its token ids."""
    if token.lemma_.lower() in {"visit", "tour"} and token.pos_ == "VERB":
        for child in token.children:
            if child.dep_ in {"dobj", "obj"} and _entity_labels([child]) & lexicon.LOCATION_LABELS:
                subtree = list(child.subtree)
                return token.doc[subtree[0].i: subtree[-1].i + 1].text, {tok.i for tok in subtree}
    heads = [token] + ([token.head] if token.dep_ in {"acl", "relcl", "xcomp", "pobj", "dobj", "nsubjpass", "nsubj"} else [])
    heads += [child for child in token.children if child.dep_ == "acl"]
    for head in heads:
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ not in lexicon.LOCATION_PREPOSITIONS:
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                subtree = list(pobj.subtree)
                labels = _entity_labels(subtree)
                is_place = (bool(labels & lexicon.LOCATION_LABELS) or pobj.lemma_.lower() in lexicon.LOCATION_NOUNS) \
                    and pobj.lemma_.lower() not in lexicon.NOT_PLACES
                if child.lower_ in {"for", "to"} and not (_entity_labels([pobj]) & lexicon.LOCATION_LABELS):
                    continue
                if is_place and not (_entity_labels([pobj]) & {"DATE", "TIME"}):
                    text = pobj.doc[subtree[0].i: subtree[-1].i + 1].text
                    return text, {tok.i for tok in subtree}
    return None, set()


def _nested_trigger_tokens(token, triggers: set[int]) -> set[int]:
    """Tokens under another trigger inside this one's subtree: they belong to that event."""
    nested = set()
    for tok in token.subtree:
        if tok.i != token.i and tok.i in triggers:
            nested.update(t.i for t in tok.subtree)
    return nested


def _source_tokens(sentence) -> set[int]:
    """'according to the Washington Post', 'told the newspaper': the reporter is no participant, and
    what the attribution says of its source ('according to Panepinto, whose company flew Jackson around
    the islands') is no happening of the story; nor is a dateline's place ('AP NEW ORLEANS -- A device
    ... offered a measure of optimism Sunday': where the story was filed)."""
    ids = set()
    stamped = dateline_after_stamp(sentence) if len(sentence) else None  # '2009 06 13 00:11 JST GENEVA (Reuters) -'
    dash = dateline_dash(sentence.doc[sentence.start if stamped is None else stamped]) if len(sentence) else None
    if dash is not None:  # the opening run of capitals up to its dash
        ids = set(range(sentence.start, dash))
    lower = parse_columns(sentence.doc).lower  # read off the columns: a Token per word cost more than the test
    for i in range(sentence.start, sentence.end):
        if lower[i] == "according" and i + 1 < len(lower) and lower[i + 1] == "to":
            ids.update(t.i for t in sentence.doc[i].subtree)
            ids.update(t.i for t in sentence.doc[i + 1].subtree)
    return ids


# Prepositions that place an act by the time or cause of another: what follows them is a happening the verb's
# subject lives through, not one it does ('shares fell after the explosion', 'schools closed because of possible
# infections', 'amid fears of a pandemic'). A closed class of English prepositions, none chosen from a data set.
CIRCUMSTANCE_PREPOSITIONS = {"after", "before", "since", "until", "following", "amid", "amidst", "despite", "because",
                             "due"}  # not 'during': an occasion the subject takes part in ('During a court hearing last
# month, BP's lawyers did not commit'); not 'over': a topic ('Alabama's state government is divided over the lawsuit')


# A partitive noun ('part of', 'a series of', `lexicon.PARTITIVE_NOUNS`) or an amount (`_a_measure`: 'plans a week of
# demonstrations', 'is funding $100m of emergency aid') lets the verb act through it on what its 'of' names.


def _circumstance_of_the_verb(noun) -> bool:
    """A noun trigger reached from its verb through a preposition of time or cause, or as the complement of another
    noun ('revived memories *of* the Piper Alpha explosion', 'fears *of* a pandemic'): the verb's subject is not its
    doer (round 18: the Senate's 'pandemic', the Deepwater Horizon's Piper Alpha explosion, H1N1_reuters and
    bpoil_reuters)."""
    if any(child.dep_ == "poss" and child.pos_ == "PRON" for child in noun.children):
        return False  # "Shortly after his inauguration on January 20, Obama chose": 'his' is the subject
    current = noun
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        head = current.head
        if current.dep_ == "pobj" and head.dep_ in {"prep", "pcomp"}:
            if head.lower_ in CIRCUMSTANCE_PREPOSITIONS or head.head.lower_ in CIRCUMSTANCE_PREPOSITIONS:
                return True  # "after the explosion", "because of possible infections" ('of' under 'because')
            if head.lower_ == "of" and head.head.pos_ in {"NOUN", "PROPN"} \
                    and head.head.lemma_.lower() not in lexicon.PARTITIVE_NOUNS and not _a_measure(head.head):
                return True  # not an amount of it ('is funding $100m of emergency aid', review20 of b98e0ad)
        if current.dep_ not in {"pobj", "prep", "pcomp", "conj", "cc", "appos", "compound"}:
            return False  # the verb's object or subject ('held talks'), or a clause boundary
        current = head
    return False


def _agent_token_ids(token, triggers: set[int], event_type: str = "") -> list[int]:
    """Who acts: the possessor of a noun ('Trump's call for'), else the subject of its verb; a noun other than a
    contact or a disaster only when the verb acts through it, not when it is the time or cause of the verb's act (a
    contact noun keeps its verb's subject, 'In a phone call on Saturday, Obama told'; a disaster's names are the
    places and firms it befell, 'BP shares fell after an explosion'); no noun the subject of a verb that is itself a
    happening ('The Deepwater Horizon explosion ... revived memories of the Piper Alpha oil platform explosion')."""
    if token.pos_ != "VERB":
        possessors = [child for child in token.children if child.dep_ == "poss" and child.pos_ != "PRON"]
        if possessors:
            return [possessors[0].i] + [tok.i for tok in possessors[0].subtree]
    if token.pos_ != "VERB" and token.dep_ in {"dobj", "obj", "attr", "nsubjpass"} and token.head.i in triggers:
        return []  # "Ukraine rejected the proposal": the proposal is not Ukraine's
    if (token.pos_ != "VERB" and event_type not in lexicon.CONTACT_TYPES | lexicon.DISASTER_TYPES
            and _circumstance_of_the_verb(token)):
        return []  # "The Senate confirmed Sebelius ... amid growing fears of a possible swine flu pandemic"
    if token.pos_ == "VERB" and _has_child(token, {"nsubjpass"}):
        # "was arrested by police": the by-phrase acts, the passive subject is acted on
        return [i for child in token.children if child.dep_ == "agent"
                for grand in child.children if grand.dep_ == "pobj" for i in [grand.i] + [t.i for t in grand.subtree]]
    verb = token if token.pos_ == "VERB" else _governing_verb(token)
    subject = _subject_tokens(verb) if verb is not None else []
    if token.pos_ != "VERB" and subject and subject[0].i in triggers and subject[0].i != token.i:
        return []  # a happening is the subject: its names are its own (round 18)
    if event_type in lexicon.CONTACT_TYPES and subject and subject[0].lower_ in PERSON_PRONOUNS:
        return _person_named_before(subject[0]) or [tok.i for tok in subject]
    return [tok.i for tok in _split_apposition(subject[:1]) + subject]


PERSON_PRONOUNS = {"he", "she"}


def _person_named_before(pronoun) -> list[int]:
    """The one person a sentence names before a 'he' or 'she' (the tokens of the last naming), when it names only one:
    'Trump reportedly did not accept the request, nor did he publicly support it after meeting with Zelensky at the
    White House' met Zelensky as Trump, not as nobody ('Volodymyr Zelenskyy meeting in the White House'). A contact
    is headlined by its parties, and a pronoun names none; [] when no person or more than one is named before it."""
    verb = pronoun.head
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        # "Trump did not accept the request, nor did he ...": the subject of the verb the clause is joined to, when it
        # is a name (the parse may not tag it a person)
        first = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PROPN"]
        if first:
            return [tok.i for tok in first[0].subtree]
    named = one_name_before(pronoun, {"PERSON"})
    return list(range(named.start, named.end)) if named is not None else []


def _split_apposition(subject: list) -> list:
    """The person a role noun subject stands in apposition to when the parse split them ('until after Barack
    Obama, the US president, had visited': 'president' the subject, 'Barack Obama' hung elsewhere): the name
    just before the comma that opens the subject's phrase."""
    if not subject or subject[0].lemma_.lower() not in ROLE_HEADS:
        return []
    head = subject[0]
    comma = head.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    if comma is None or comma.text != "," or comma.i == 0 or head.doc[comma.i - 1].ent_type_ != "PERSON":
        return []
    if not _closed_by_a_comma(head):
        return []  # "After talks with Xi Jinping, the German chancellor visited": a fronted phrase, no apposition
    end = comma.i
    start = end - 1
    while start > 0 and head.doc[start].ent_iob_ == "I":
        start -= 1
    return list(head.doc[start:end])


def _closed_by_a_comma(head) -> bool:
    """An apposition is set off on both sides ('Barack Obama, the US president, had visited'); a subject after a
    fronted phrase runs straight into its verb ('After talks with Xi Jinping, the German chancellor visited')."""
    last = head.right_edge
    return last.text == "," or (last.i + 1 < len(head.doc) and head.doc[last.i + 1].text == ",")


def _has_trigger_ancestor(token, triggers: set[int], segment) -> bool:
    return any(a.i in triggers and segment.start <= a.i < segment.end for a in token.ancestors)


def _participant_token_ids(token, event_type: str, triggers: set[int], excluded: set[int], segment,
                           agent_ids: list[int] | None = None) -> list[int]:
    """The tokens whose named entities take part: a contact verb at the top of its clause owns the
    whole segment (parses of 'A and B spoke' are unreliable); others own their subtree and subject.
    `agent_ids`: `_agent_token_ids(token, triggers, event_type)`, when the caller has them already."""
    nested = _nested_trigger_tokens(token, triggers)
    agent_ids = _agent_token_ids(token, triggers, event_type) if agent_ids is None else agent_ids
    if event_type in lexicon.CONTACT_TYPES and token.pos_ == "VERB" and not _has_trigger_ancestor(token, triggers, segment):
        if _in_a_subordinate_clause(token, segment):
            ids = sorted({*agent_ids, *(tok.i for tok in token.subtree), *_standing_in_ids(token)})
        else:
            others = _other_doers_clauses(token)
            ids = sorted({*agent_ids, *(i for i in range(segment.start, segment.end) if i not in others)})
    else:
        ids = agent_ids + [tok.i for tok in token.subtree]
        nested |= _modifying_clauses_of_objects(token) | other_acts_clauses(token, event_type)
        if token.pos_ == "NOUN":
            # "Yesterday's testimony and the Science article put ...": a noun coordinated with the trigger is another
            # thing, its names not the trigger's parties (events18, bpoil_guardian: 'Science trial')
            nested |= {tok.i for child in token.children if child.dep_ == "conj" for tok in child.subtree}
    if event_type in lexicon.DISASTER_TYPES and token.dep_ == "nsubj" and token.head.pos_ == "VERB":
        # "an earthquake struck Haiti", "the blast hit the rig": what it befell
        befell = [child for child in token.head.children if child.dep_ in {"dobj", "obj", "prep"}]
        ids += [tok.i for child in befell for tok in child.subtree]
        # not another happening named there ('The Deepwater Horizon explosion ... has revived painful memories of the
        # Piper Alpha oil platform explosion and fire in the British North Sea': that explosion's parties, round 18)
        nested |= {i for child in befell for tok in child.subtree if tok.i in triggers for i in _own_clause(tok)}
    ids = [i for i in ids if i == token.i or i not in nested]
    return [i for i in ids if i not in excluded and segment.start <= i < segment.end]


SUBORDINATE_DEPS = {"relcl", "advcl", "ccomp", "acl", "pcomp", "xcomp", "parataxis"}


def _in_a_subordinate_clause(verb, segment) -> bool:
    """A contact verb told inside another clause ('Nicola Sturgeon said the pair who flew back to Scotland on
    April 21 ...', 'contracted the virus in Las Vegas before flying home'): the segment's other names are the
    sayer's or the main act's, not the contact's parties. A verb joined to the main one ('Trump and Putin met
    and spoke') shares its subject and stays the main clause."""
    current = verb
    while current.head.i != current.i and segment.start <= current.head.i < segment.end:
        if current.dep_ in SUBORDINATE_DEPS:
            return True
        current = current.head
    return False


def _antecedent_token_ids(verb) -> list[int]:
    """The noun a relative clause describes when its subject is the relative pronoun ('the pair who flew'): its
    phrase without the clause."""
    if verb.dep_ != "relcl" or not any(child.dep_ in {"nsubj", "nsubjpass"} and child.tag_ in {"WP", "WDT"}
                                       for child in verb.children):
        return []
    clause = {tok.i for tok in verb.subtree}
    return [tok.i for tok in verb.head.subtree if tok.i not in clause]


def _standing_in_ids(verb) -> list[int]:
    """Who does a subordinate clause's act when its subject is a relative or personal pronoun or none (a
    preposition's clause): the noun, the subject above, the subject of the verb the preposition hangs on."""
    return _antecedent_token_ids(verb) + _pronoun_antecedent_ids(verb) + _prepositional_clause_subject_ids(verb)


def _prepositional_clause_subject_ids(verb) -> list[int]:
    """Who travels in a clause a preposition governs ('A woman from Fife is thought to have contracted the H1N1
    virus in Las Vegas before flying home on 30 April'): the subject of the verb the preposition hangs on."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep" or verb.head.head.pos_ not in {"VERB", "AUX"}:
        return []
    return [tok.i for tok in _subject_tokens(verb.head.head)]


SINGLE_PERSON_PRONOUNS = {"he", "she", "i"}


def _pronoun_antecedent_ids(verb) -> list[int]:
    """The sayer when a saying's reported clause has a personal pronoun for subject ('President Donald Trump on
    Wednesday said he had spoken with Russian President Vladimir Putin'): who 'he' is, as a reader takes it. Only
    a person saying it of one person: 'Putin thanked Xi Jinping after he visited' (no saying), 'Angela Merkel said
    they met' (plural), 'The White House said he spoke' (no person) leave the pronoun unresolved."""
    subject = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if (subject is None or subject.tag_ != "PRP" or subject.lower_ not in SINGLE_PERSON_PRONOUNS
            or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING_VERBS):
        return []
    sayer = _subject_tokens(verb.head)
    return [tok.i for tok in sayer] if any(tok.ent_type_ == "PERSON" for tok in sayer) else []


def _other_doers_clauses(verb) -> set[int]:
    """Tokens of a complement or adverbial clause of the contact verb with a subject of its own: another act by
    another doer ('Fidel Castro accused Mexico of failing ... until after Barack Obama ... had visited the
    country', parsed with the accusation as a complement of 'visited'), whose names are not the contact's."""
    return {tok.i for child in verb.children if child.dep_ in {"ccomp", "advcl", "parataxis"}
            and any(grand.dep_ in {"nsubj", "nsubjpass"} for grand in child.children)
            for tok in child.subtree}


SIMULTANEITY_MARKS = {"when", "as", "while", "whilst"}  # an adverbial clause told at the same moment as its main act


def _another_act(clause, trigger) -> bool:
    """A clause under the trigger that tells another act by another doer: a relative clause describing some other
    noun ('targeting her host, which drew anger from Cairo'), or describing the trigger with a subject of its own
    ('the spill, which Chief Executive James Hackett said was "preventable"'); an adverbial clause with its own subject
    ('refused to let the ship dock because 43 crew members exhibited ...'); a saying hung in the sentence ('...,
    the Barbados Ministry of Health said'); a verb joined to a trigger that has its own object, with an object of its
    own ('BP accepted some responsibility ... but pointed the finger at ... Transocean'). A relative clause whose
    relative pronoun is the trigger ('the explosion that killed 11 workers', 'the quake which struck Haiti') tells
    the trigger itself."""
    own_subject = _has_own_subject(clause)
    if clause.dep_ == "relcl":  # on the trigger, a subject of its own mostly tells the trigger's own making ('the
        # lawsuits they have filed against BP'); a saying about it is another act
        return clause.head.i != trigger.i or (own_subject and clause.lemma_.lower() in SAYING_VERBS)
    if clause.dep_ == "advcl":  # not 'for' + infinitive, what a call or plea asks ('faces calls for its US assets
        # to be seized'): a complement the parse hung as an adverbial clause
        asked = _has_child(clause, {"mark"}, {"for"}) and _has_child(clause, {"aux"}, {"to"})
        return not asked and (own_subject or misread_subject(clause) is not None)
    if clause.dep_ in {"ccomp", "parataxis"} and clause.lemma_.lower() in SAYING_VERBS:
        return clause.head.i != trigger.i and own_subject
    if clause.dep_ == "conj" and clause.pos_ == "VERB" and clause.head.i == trigger.i:
        objects = {"dobj", "obj"}
        return _has_child(trigger, objects) and _has_child(clause, objects)
    return False


def other_acts_clauses(trigger, event_type: str = "") -> set[int]:
    """Tokens of the clauses under a trigger that tell other acts (`_another_act`): their names are those acts'
    parties, not the trigger's (issue #13 round 18). A disaster's or a death's names are the places and things it
    befell, which the clauses around it often tell as its course ('killed 11 workers and ruptured the undersea
    Macondo well, unleashing millions of barrels of oil into the Gulf of Mexico'; 'An oil drilling rig that had
    burned for 36 hours in the Gulf of Mexico sank on Thursday', bpoil_reuters): for those only a saying or a
    clause with a doer of its own is another act."""
    befalls = event_type in lexicon.PLACE_PARTICIPANT_TYPES
    deps = parse_columns(trigger.doc).dep  # read off the columns: most words of a subtree head no clause (#17)
    doc = trigger.doc
    return {tok.i for i in range(trigger.left_edge.i, trigger.right_edge.i + 1)
            if i != trigger.i and deps[i] in ANOTHER_ACT_DEPS
            for clause in [doc[i]] if clause.is_ancestor(trigger) is False and trigger.is_ancestor(clause)
            and _another_act(clause, trigger) and not (befalls and _tells_the_course(clause, trigger))
            for tok in clause.subtree}


ANOTHER_ACT_DEPS = {"relcl", "advcl", "ccomp", "parataxis", "conj"}


def _tells_the_course(clause, trigger) -> bool:
    """A joined verb, or a relative clause on some noun with its relative pronoun for subject: no doer of its own; or
    a clause told at the same moment ('at least 14 people had died when the UN's five-storey headquarters ... in
    Port-au-Prince collapsed', 'Eleven people died when the mile-deep well blew out April 20, and ... oil spewed into
    the Gulf of Mexico': where and how it befell, as `SIMULTANEITY_MARKS` tell the act's time; review20 of b98e0ad)."""
    if clause.dep_ == "conj":
        return True
    if clause.dep_ == "advcl" and _has_child(clause, {"mark", "advmod"}, SIMULTANEITY_MARKS):
        return True
    return clause.dep_ == "relcl" and not _has_own_subject(clause)


def _has_own_subject(clause) -> bool:
    """A subject of the clause's own, not its relative pronoun ('which drew anger': none; 'which Hackett said': one)."""
    return any(child.dep_ in SUBJECT_DEPS and child.tag_ not in lexicon.RELATIVE_PRONOUN_TAGS for child in clause.children)


def _modifying_clauses_of_objects(token) -> set[int]:
    """Tokens of a clause that describes what the act is done to ("downing 34 Ukrainian drones
    *targeting Moscow*"): what that clause names is the object's business, not a party to this act."""
    return {tok.i for child in token.children if child.dep_ in {"dobj", "obj"}
            for clause in child.children if clause.dep_ in {"acl", "relcl"} for tok in clause.subtree}


def is_media(text: str) -> bool:
    """A name ending in a media word ("Associated Press", "Fox News"): a credit line's, not a party's."""
    words = text.lower().split()
    return any(word in MEDIA_WORDS for word in words[-2:])


BYLINE_WORDS = {"correspondent", "reporter", "editor"}
OUTLETS_OWN_TYPES = {"visit", "statement"}


ACTED_ON_DEPS = {"dobj", "obj", "dative", "nsubjpass", "pobj"}


def _acted_on(names) -> bool:
    """A name the act is done to ('Gunmen killed the BBC's correspondent Kate Peyton'): its phrase, or the byline
    word it is the compound or apposition of, is an object or a passive subject."""
    inside = {name.i for name in names}
    roots = [name for name in names if name.head.i not in inside or name.head == name]
    return any((root.head if root.dep_ in {"compound", "appos"} else root).dep_ in ACTED_ON_DEPS for root in roots)


def _outlets_own(parsed, token_ids: list[int], trigger, event_type: str) -> bool:
    """A reporter: a name a byline word goes with in the outlet's own reporting, a trip or a saying ('Mark
    Doyle, our correspondent, visited ...'), or in any act when an outlet's possessive owns the byline word and the
    act is not done to the name ('Mark Doyle, the BBC's correspondent, met ... Rene Preval'); a name an outlet's possessive introduces in its own
    reporting ('The BBC's Matthew Price visited the grounds of one hospital', 'the BBC's Mark Doyle - who traveled
    to the town on Saturday'): the reporting, not parties to the story. An outlet's people acted on or acting
    otherwise ('Iran freed Washington Post reporter Jason Rezaian', 'Police arrested the BBC's correspondent Mark
    Doyle', 'Murdoch's former editor Rebekah Brooks', 'Fox News's Roger Ailes met Donald Trump',
    'CNN's Jeff Zucker resigned') are parties."""
    names = [parsed[i] for i in token_ids]
    bylines = [near for name in names
               for near in [*(c for c in name.children if c.dep_ in {"compound", "appos"}),
                            *([name.head] if name.dep_ in {"compound", "appos"} else [])] if near.lower_ in BYLINE_WORDS]
    if not _acted_on(names) and any(child.dep_ == "poss" and is_media(" ".join(tok.text for tok in child.subtree))
                                    for near in bylines for child in near.children):
        return True
    reporting = event_type in OUTLETS_OWN_TYPES or trigger.lemma_.lower() in SAYING_VERBS
    return reporting and (bool(bylines) or any(child.dep_ == "poss" and is_media(" ".join(tok.text for tok in child.subtree))
                                               for name in names for child in name.children))


def _with_token_ids(token) -> set[int]:
    """'spoke with Putin', 'talks with Kyiv': the partner phrase, without a place it names where the partners were
    ('met with members of the delegation *in Baton Rouge*', 'with leaders *at the airport in Port-au-Prince*'): a
    place is where a meeting was, never a party to it (round 32: 'Paul Ryan – Washington meeting')."""
    partners = set()
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"with", "alongside"}:
            partners |= _own_clause(child) - {i for prep in child.subtree if prep.i != child.i and _places_where(prep)
                                              for i in range(prep.i, prep.right_edge.i + 1)}
    return partners


def _places_where(prep) -> bool:
    """'in Houston', 'at the airport in Port-au-Prince': a preposition of place whose phrase names a place."""
    return prep.dep_ == "prep" and prep.lower_ in {"in", "at"} and any(
        w.ent_type_ in PLACE_LABELS for w in prep.subtree)


def _participants(token, event_type: str, triggers: set[int], excluded: set[int], sentence_mentions: list[Mention],
                  parsed, segment) -> tuple[list[str], list[str]]:
    """Named participants as written, each with its role: agent (who acts), with (a partner),
    patient (on whom or what it is done)."""
    agent_ids = _agent_token_ids(token, triggers, event_type)
    token_ids = _participant_token_ids(token, event_type, triggers, excluded, segment, agent_ids)
    agents = set(agent_ids) | (set(_standing_in_ids(token)) if token.pos_ == "VERB" else set())
    partners = _with_token_ids(token)
    ordered: list[tuple[int, str, str]] = []
    order: dict[int, int] = {}
    for n, i in enumerate(token_ids):
        order.setdefault(i, n)
    columns = parse_columns(parsed)
    bounds = [(i, columns.idx[i], columns.idx[i] + len(columns.text[i])) for i in token_ids]  # read once, not per mention
    for mention in sentence_mentions:
        hits = [i for i, start, end in bounds if start < mention.end and mention.start < end]
        labels = PLACE_PARTICIPANT_LABELS if event_type in lexicon.PLACE_PARTICIPANT_TYPES else PARTICIPANT_LABELS
        if not hits or mention.label not in labels or is_media(mention.text) or _outlets_own(parsed, hits, token, event_type):
            continue
        if mention.label == "NORP" and not mention.text[:1].isupper():
            continue
        role = "agent" if set(hits) & agents else "with" if set(hits) & partners else "patient"
        ordered.append((min(order[i] for i in hits), mention.text, role))
    seen, texts, roles = set(), [], []
    for _, text, role in sorted(ordered):
        if text not in seen:
            seen.add(text)
            texts.append(text)
            roles.append(role)
    return texts, roles


def _object_phrase(token, participant_ids: set[int], event_type: str = "", contacts: frozenset[int] = frozenset()) -> str | None:
    """What the act is about when it is not a named participant: 'rejected *territorial
    concessions*', 'Trump's call for *a ceasefire*', 'warned *about fuel shortages*' (the head noun with its
    modifiers), else what a statement states ('announced that *it is making a provision*': a reported clause
    is the content of a statement, `clause.reported_clause`), unless the clause tells a contact (a call, talks, a
    meeting: `contacts`, their trigger tokens) that is its own event ('announced that he had engaged in
    discussions with Putin': the talks are the happening, one row)."""
    objects = [child for child in token.children if child.dep_ in {"dobj", "obj"}]
    objects += _prep_objects(token, {"for", "on", "of", "about"}) if token.pos_ == "NOUN" or not objects else []
    for head in objects:
        if head.pos_ != "NOUN" or head.i in participant_ids or head.ent_type_:
            continue
        words = [tok for tok in head.lefts if tok.dep_ in {"amod", "compound", "nummod"}] + [head]
        words += [tok for tok in head.rights if tok.dep_ == "prep" and tok.lower_ in {"on", "of", "for", "to"}
                  and not any(g.ent_type_ in {"DATE", "TIME"} for g in tok.children)  # 'a separate bill on Friday'
                  for tok in [tok, *[g for g in tok.children if g.dep_ == "pobj"]]]
        text = " ".join(tok.text for tok in sorted(words, key=lambda t: t.i))
        return text if len(text.split()) <= 6 else head.text
    if event_type == "statement" and token.pos_ == "VERB" and (censure := _censure_of(token)) is not None:
        # 'attacked BP by accusing it of taking dangerous shortcuts': what the words said is the censure
        words = []
        for tok in censure.doc[censure.i:censure.i + CENSURE_WORDS]:  # as written: the parse scatters its phrase
            if tok.is_punct:
                break
            words.append(tok.text)
        return " ".join(words)
    stated = event_type == "statement" or token.lemma_.lower() in STATEMENT_NOUNS
    # "In a statement on Thursday, BP admitted it had expressed concern": the statement is what the verb says;
    # "In a meeting with Clinton, Lavrov said ...": what was said is not what the meeting was about
    told_in = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "in" and stated else token
    small_clause = _small_clause_object(token, participant_ids)
    if small_clause or any(tok.i in contacts for clause in told_in.children if clause.dep_ == "ccomp"
                           for tok in clause.subtree):
        return small_clause
    return reported_clause(told_in)


def _small_clause_object(token, participant_ids: set[int]) -> str | None:
    """'declared an influenza pandemic': the parse made the object noun a clause's subject, its head
    word the clause ('pandemic' an adjective); what was declared is the two together."""
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in {"ADJ", "NOUN"}:
            continue
        subjects = [child for child in clause.children if child.dep_ == "nsubj" and child.pos_ == "NOUN"
                    and child.i == clause.i - 1 and child.i not in participant_ids and not child.ent_type_]
        if subjects:
            words = [tok for tok in subjects[0].lefts if tok.dep_ in {"amod", "compound"}] + [subjects[0], clause]
            return " ".join(tok.text for tok in words)
    return None


COUNT_DEPS = {"nummod", "quantmod"}


def _number_of(noun) -> str | None:
    """The cardinal a noun is counted by ('19 deaths', 'up to 81 people', 'Sixty deaths', 'Eleven workers'
    the parse makes a compound), as its value ('eleven' and '11' one figure, '1.5 million' 1500000). Only
    a number before its noun; not a year ('the 2009 outbreak', a DATE) nor an ordinal ('the first death')."""
    for child in noun.lefts:
        if child.dep_ not in COUNT_DEPS | {"amod", "compound"} or child.ent_type_ in {"DATE", "ORDINAL"}:
            continue
        if child.like_num or child.ent_type_ == "CARDINAL" and child.dep_ != "compound":
            written = " ".join(tok.text for tok in child.subtree if tok.like_num and tok.i < noun.i)
            value = written_number(written.replace(",", ""))
            if value is not None:
                return str(value)
    return None


def told_count(token) -> str | None:
    """The number an act is told with: what it did to how many ('killed up to 81 people'), how many
    it befell ('149 people have died', 'Sixty deaths have been confirmed', 'the deaths of 176 people').
    A tally a later report updates: reports of different numbers are not one happening (story.cluster)."""
    objects = [child for child in token.children if child.dep_ in {"dobj", "obj"}]
    counted = [token, *objects] if token.pos_ == "NOUN" else objects
    if token.pos_ == "NOUN":
        counted += _prep_objects(token, {"of"})
    elif not objects:
        # not a dateline the parse took for the subject ('2009 06 13 00:11 JST GENEVA (Reuters) -' counted 6)
        counted += [child for child in token.children if child.dep_ in {"nsubj", "nsubjpass"}
                    and dateline_dash(child) is None]
    return next((number for noun in counted if (number := _number_of(noun))), None)


# ---------------------------------------------------------------- status, duration, date


def _called_off(token) -> bool:
    """'cancelled the summit', 'the meeting was called off', 'postponed talks'."""
    head = token.head
    if token.dep_ not in {"dobj", "obj", "nsubjpass", "nsubj"} or head.i == token.i:
        return False
    if head.lemma_.lower() in lexicon.CALL_OFF_VERBS:
        return True
    return head.lemma_.lower() == "call" and _has_child(head, {"prt"}, {"off"})


def _denied(token) -> bool:
    """'the Kremlin denied that the two had spoken', 'denied reports of a meeting'."""
    for ancestor in [token, *list(token.ancestors)[:3]]:
        head = ancestor.head
        if head.i != ancestor.i and head.lemma_.lower() in lexicon.DENIAL_VERBS and ancestor.dep_ in {
                "ccomp", "dobj", "obj", "pobj", "prep"}:
            return True
    return False


def _tells_its_own_time(verb) -> bool:
    """A relative clause with a tense of its own, or an adverbial clause in the past: what the main
    clause plans says nothing of it ("Obama, who met BP executives on Wednesday, will travel ...").
    Not "if Putin agrees, they will meet": a condition waits on the future. Narrower than
    `OWN_TENSE_CLAUSES`, where `told_as_done` stops at any such clause with a tense: a status asks
    whether the main clause's plan covers the happening, and a present-tense condition or a
    participle clause (acl, parataxis) is covered by it, while realis only asks which modal governs."""
    if verb.dep_ == "relcl":
        return bool(predicate_tense(verb))
    return verb.dep_ == "advcl" and predicate_tense(verb) == "past"


def _refused(noun) -> bool:
    """'rejected an invitation', 'the offer was declined': what the noun proposed did not take place."""
    return noun.dep_ in {"dobj", "obj", "nsubjpass"} and noun.head.lemma_.lower() in lexicon.REFUSAL_VERBS


def _after_the(noun) -> bool:
    """'said on social media after the call': a happening the clause's own act follows is already
    past, whatever the tense the clause sits under (here the quoted 'will start')."""
    return (noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "after"
            and _has_child(noun, {"det"}, {"the"}) and not _has_child(noun, {"npadvmod", "advmod", "relcl", "acl"})
            and not _has_child(noun, {"amod", "compound"}, lexicon.PLANNING_MODIFIERS))


def _present_or_perfect(verb) -> bool:
    """'sells', 'is selling', 'has met': the present or present perfect, which a time clause uses for what is
    still to come ('once BP has sold the crude'); not the simple past nor the pluperfect."""
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    return (auxiliaries[0] if auxiliaries else verb).tag_ in PRESENT_TAGS  # the finite word: "has been approved"


def _still_ahead_in_a_time_clause(verb) -> bool:
    """A time clause in the present or present perfect tells what is still to come: 'once BP sells the crude',
    'a decision may not be made until after Svanberg has met with Obama at the White House on Wednesday' (the
    meeting was a week ahead). An 'after' clause does so only under a clause that is itself to come (a modal
    or future auxiliary): 'shares rise after BP cuts its dividend' is a headline's present."""
    marks = {child.lower_ for child in verb.children if child.dep_ == "mark"}
    if not marks or not _present_or_perfect(verb):
        return False
    if marks & lexicon.FUTURE_CONJUNCTIONS:
        return True
    governing = verb.head if verb.dep_ == "advcl" else None
    return "after" in marks and governing is not None and _has_child(
        governing, {"aux", "auxpass"}, lexicon.MODAL_AUXILIARIES | lexicon.FUTURE_AUXILIARIES)


def _ahead_of_the_clause(noun) -> bool:
    """A happening the clause's act is placed ahead of was still to come when it was done: 'Ahead of the
    congressional hearings on Tuesday and Thursday, lawmakers ... released a letter', 'in advance of the
    summit', 'prior to the vote'."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in {"of", "to"}:
        return False
    placing = preposition.head
    if not (placing.lower_ in lexicon.AHEAD_WORDS or placing.lower_ == "advance" and placing.head.lower_ == "in"):
        return False
    return not told_in_the_pluperfect(_governing_verb(placing))


def _past_when_told(day: str | None, doc: Document) -> bool:
    """A day stated for the happening that lies before its article's day: done by the time it was told."""
    return bool(day and doc.published and day[:10] < doc.published[:10])


def _planned_in_its_phrase(noun) -> bool:
    """A planning participle in the noun's own phrase, where the parse may hang it on the noun's partner: 'a
    call with analysts planned for Friday', 'the meeting with Obama scheduled for Wednesday'."""
    holders = [noun, *[grand for child in noun.children if child.dep_ == "prep"
                       for grand in child.children if grand.dep_ == "pobj"]]
    return any(child.dep_ == "acl" and child.tag_ == "VBN" and (
                   child.lemma_.lower() in lexicon.PLANNING_PARTICIPLES
                   or child.lemma_.lower() in {"set", "arrange"} and _has_child(child, {"prep"}, {"for"}))
               for holder in holders for child in holder.children)


def _ready_to(head) -> bool:
    """A word of readiness the act's infinitive hangs on (`lexicon.READY_TO_ACT`): 'ready', 'poised', 'on standby',
    'standing by' (not 'stood by his decision': only a 'stand' with its particle 'by' and an infinitive)."""
    lemma = head.lemma_.lower()
    if lemma == "stand":
        return _has_child(head, {"prt", "advmod", "prep"}, {"by"})
    return lemma in lexicon.READY_TO_ACT


def event_status(token, sentence_text: str) -> str:
    """called off when cancelled, denied when a denial governs it, planned when future, scheduled
    or only intended, reported when hedged or attributed to a report, else happened."""
    lowered = sentence_text.lower()
    if _called_off(token):
        return "called off"
    if _denied(token):
        return "denied"
    if token.dep_ in {"xcomp", "ccomp"} and token.head.lemma_.lower() in lexicon.INTENT_VERBS:
        return "planned"  # "threatened to strike", "vowed to meet"
    if token.dep_ in {"acl", "xcomp", "advcl"} and _has_child(token, {"aux"}, {"to"}) and _ready_to(token.head):
        return "planned"  # "had a Boeing 747 standing by to fly to Haiti with supplies on Saturday", "poised to begin"
    if token.dep_ in {"acl", "xcomp"} and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in lexicon.INTENT_NOUNS:
        if _refused(token.head):
            return "denied"  # "rejected an invitation to meet": the meeting was refused, not held
        return "planned"  # "a readiness to negotiate", "his plan to visit", "accepted an invitation to meet"
    chain = [token]
    head = token
    for _ in range(3):
        if head.head.i == head.i or _tells_its_own_time(head) or _after_the(head):
            break
        head = head.head
        chain.append(head)
    if token.pos_ == "VERB" and _still_ahead_in_a_time_clause(token):
        return "planned"  # "once BP sells the crude", "until after Svanberg has met with Obama"
    if token.pos_ in {"NOUN", "PROPN"} and (_ahead_of_the_clause(token) or _planned_in_its_phrase(token)):
        return "planned"  # "Ahead of the congressional hearings on Tuesday", "a call with analysts planned for Friday"
    done_by = [token.head] if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "obj"} else []
    if any(tok.head.lemma_.lower() in lexicon.OBLIGATION_HEADS and (
            tok.dep_ == "xcomp" or tok.dep_ == "ccomp" and _has_child(tok, {"aux"}, {"to"})) for tok in [token, *done_by]):
        # "is required to pay", "is likely to meet", "expected Hayward to resign soon"; a noun through its verb ("he
        # is due to hold a crucial meeting")
        return "planned"
    if any(tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be" and _has_child(tok, {"aux"}, {"to"})
           and not _defined_by_the_act(tok.head) for tok in chain[:2]):
        return "planned"  # "were to discuss matters ... on Wednesday", "is to hold talks": scheduled, not yet done
    if is_headline_infinitive(token) or token.pos_ in {"NOUN", "PROPN"} and is_headline_infinitive(token.head):
        return "planned"  # "Hayward to resign", "Obama to meet BP chairman on Wednesday": a headline's act ahead
    for tok in chain[:2]:
        if _has_child(tok, {"aux"}, lexicon.MODAL_AUXILIARIES):
            return "planned"  # "could face lawsuits", "must pay": possible or owed, not done
    for tok in chain:
        if _has_child(tok, {"aux", "auxpass"}, lexicon.FUTURE_AUXILIARIES):
            return "planned"
        if _has_child(tok, {"amod", "compound"}, lexicon.PLANNING_MODIFIERS) and tok.pos_ == "NOUN":
            return "planned"
    if any(child.dep_ in {"relcl", "acl"} and child.lemma_.lower() in lexicon.PLANNING_VERBS for child in token.children):
        return "planned"  # "the meeting that is being set up", "a summit planned for May"
    verb = _governing_verb(token) if token.pos_ != "VERB" else token
    for tok in [verb, getattr(verb, "head", None)] if verb is not None else []:
        if tok is not None and tok.lemma_.lower() in lexicon.PLANNING_VERBS and tok.i != token.i \
                and not (token.dep_ == "nsubj" and token.head.i == tok.i and tok.lemma_.lower() == "agree"):
            # "The meeting agreed late on Saturday": who agreed; "Talks ... set to resume on Monday" stay planned
            if token.dep_ in {"xcomp", "nsubjpass", "dobj", "pobj", "advcl"} or verb.i != token.i:
                return "planned"
    if any(cue in lowered for cue in lexicon.REPORTING_CUES):
        return "reported"
    return "happened"


def stated_duration(sentence_text: str) -> tuple[str, int] | None:
    """'for two hours', 'lasted for an hour and a half': the duration and its character offset."""
    match = DURATION_RE.search(sentence_text)
    return (match.group("duration"), match.start()) if match else None


def _attach_duration(in_sentence: list[EventMention], sentence_text: str, sentence_start: int, tokens: list) -> None:
    """A stated duration belongs to the contact event nearest to it in the sentence."""
    found = stated_duration(sentence_text)
    if found is None:
        return
    duration, offset = found
    leading = len(sentence_text) - len(sentence_text.lstrip())
    position = sentence_start + offset - leading
    candidates = [(abs(tok.idx - position), n) for n, (tok, mention) in enumerate(zip(tokens, in_sentence))
                  if mention.type in DURATION_TYPES]
    if candidates:
        in_sentence[min(candidates)[1]].duration = duration


def _date_from_rules(trigger_char: int, start: int, sentence_text: str, published: str | None,
                     excluded_chars: list[tuple[int, int]]) -> str | None:
    if not published:
        return None
    spans = [span for span in dates_in_text(sentence_text, date.fromisoformat(published[:10]))
             if not any(low <= start + span.start < high for low, high in excluded_chars)]
    if not spans:
        return None
    nearest = min(spans, key=lambda span: abs(start + span.start - trigger_char))
    return nearest.date.isoformat()


CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "acl", "conj", "parataxis"}


def _clauses_outwards(token, segment):
    """(token set, its verb) from the trigger's own phrase outwards, each clause without its nested clauses,
    so 'said on Wednesday that he had spoken' dates the speaking by the saying only when the
    speaking clause states no date of its own."""
    if token.pos_ not in {"VERB", "AUX"}:
        yield _own_clause(token), None
    verb = token if token.pos_ in {"VERB", "AUX"} else _governing_verb(token)
    while verb is not None and segment.start <= verb.i < segment.end:
        yield _own_clause(verb), verb
        verb = _governing_verb(verb)


def _own_clause(head) -> set[int]:
    """The head's subtree without any clause nested in it (relative, adverbial, complement ...).
    Walked on the parse's columns (each token between the subtree's edges climbs its heads until
    the head, a nested clause or the root): a Token per step cost more than the test."""
    columns = parse_columns(head.doc)
    heads, deps, pos = columns.head, columns.dep, columns.pos
    own = set()
    for i in range(head.left_edge.i, head.right_edge.i + 1):
        current = i
        while current != head.i:
            if deps[current] in CLAUSE_DEPS or _clause_under_preposition(deps[current], pos[current]) \
                    or heads[current] == current:  # a nested clause, or the root: outside the head's subtree
                break
            current = heads[current]
        else:
            own.add(i)
    return own


def _clause_under_preposition(dep: str, pos: str) -> bool:
    """A verb a preposition governs is a clause with an act of its own ('After striking down the moratorium on
    Tuesday, a federal judge ... rejected a request': Tuesday is the striking's day, not the rejection's)."""
    return dep == "pcomp" and pos in {"VERB", "AUX"}


def event_date(token, segment, sentence_text: str, doc: Document, timexes: list[Timex], parsed, status: str,
               excluded_chars: list[tuple[int, int]] = (), event_type: str = "",
               entry: Timex | None = None) -> tuple[str | None, list[str] | None, str, str]:
    """Day or range of the event and what gave it (`DATE_BASES`): the date stated in its own clause
    ("own"), else in the clauses around it ("saying" when that is a verb of saying or another
    predicate), else anywhere in the sentence ("sentence"; through the dating stage when present,
    else a rule-based date); an undated event that is not planned gets the week before publication
    ("publication", or "inferred" when the publication day itself was inferred). Last, the clause
    basis of a time expression the article's date cannot value yet (`EventMention.pending_basis`).
    A chronology list's entry (`entry`, `chronology_entry`) dates what it tells by its opening day ("own")."""
    if entry is not None and status != "planned" and _in_entry(token, entry, segment):
        return entry.value, None, "own", ""
    start, end, excluded = segment.start_char, segment.end_char, list(excluded_chars)
    within = [t for t in timexes if start <= t.start and t.end <= end and not _deadline_ahead(t, parsed, doc)]
    if (stamped := dateline_after_stamp(segment)) is not None:
        within = [t for t in within if t.start >= parsed[stamped].idx]  # a page's posting stamp dates no act
    in_sentence = [t for t in within if not _dates_something_else(t, token, parsed)]
    day, date_range, basis, pending = None, None, "", ""
    if _refers_back(token, event_type):
        # "the spill" in "On June 15 Obama spoke on the spill": June 15 dates the speaking; only a
        # date in the noun's own phrase dates what it names ("the April 20 explosion")
        own = {tok.idx for tok in _own_phrase(token)} | {tok.idx for tok in _closing_the_subject(token)}
        stated = [t for t in in_sentence if any(t.start <= idx < t.end for idx in own)]
        if not stated:
            return None, None, "", ""
        known = (_placed_after(token) and all(_modifies(first_token_at(parsed, t.start, t.end), token) for t in stated)) or all(
            _not_the_acts_day(first_token_at(parsed, t.start, t.end), token) or _clock_time_only(t)
            for t in stated)  # "today's swine flu outbreak": the outbreak as it stands, not a day's happening;
        # "in the wake of the April 21 explosion": a landmark the clause's act is placed after, retold with the
        # day its writer gives it as a modifier, which the story's own reports of it may not (they say 20 April);
        # "after the announcement on Tuesday", "since the explosion on April 20" state the day as its own
        # a time hung on the noun itself is its day, not the day of a report the noun is the object of ("reported the
        # death of a 33-year Long Beach resident Monday afternoon": the dater skips a report's day only from a parse)
        on_the_noun = all(_hangs_on(first_token_at(parsed, t.start, t.end), token) for t in stated)
        return (*date_of_span(start, end, stated, None if on_the_noun else parsed),
                "sentence" if known else "own", "")
    if in_sentence:
        first_token = {t.start: first_token_at(parsed, t.start, t.end) for t in in_sentence}
        saying_time = {start: _said_at(tok) for start, tok in first_token.items()}
        shifted = False  # the event lies before or after the act of the clauses further out
        inner = None  # the verb of the clause just inside the current one
        offset = None  # days after (before) the time the clauses further out give: 'sank two days later'
        for depth, (clause, clause_verb) in enumerate(_clauses_outwards(token, segment)):
            if depth == 0 and clause_verb is not None and clause_verb.i == token.i:
                offset = _offset_in_clause(clause, parsed)
            relative = _relative_time_clause(clause_verb)
            if relative:
                # a date before the clause's 'before' belongs to the clause around it, whatever the
                # parser attached it to ("On April 16, four days before the rig exploded")
                mark = min(child.i for child in clause_verb.children
                           if child.dep_ == "mark" and child.lower_ in lexicon.RELATIVE_TIME_MARKS)
                clause = {i for i in clause if i > mark}
            local = [t for t in in_sentence if first_token[t.start] is not None and (
                first_token[t.start].i in clause and saying_time[t.start] is None or clause_verb is not None
                and clause_verb in (_weekday_lifted_from(first_token[t.start])[0], saying_time[t.start]))]
            if local:
                clause_basis = "own" if depth == 0 or _own_predicate_clause(token, clause_verb) \
                    or (_at_the_time_of(token, inner, clause_verb) and not (offset and depth)) \
                    or _an_occasion_for(token, inner, clause_verb) else "saying"
                not_its_day = [_not_the_acts_day(first_token[t.start], token) or _clock_time_only(t) for t in local]
                if clause_basis == "own" and all(not_its_day):
                    # "issued a flood warning from Friday until Sunday evening", "has called a meeting
                    # for Wednesday", "Friday's trip": the days of a period, a plan or a thing known, not
                    # the day of the act
                    clause_basis = "sentence"
                elif clause_basis == "own" and any(not_its_day):
                    # "brought forward its meeting from tomorrow to today": the day a plan is moved from (a
                    # period's or a plan's day) is not the act's when the clause gives the act its own day
                    local = [t for t, other in zip(local, not_its_day) if not other]
                if clause_basis == "own" and _subordinate_made_root(clause_verb):
                    clause_basis = "sentence"
                # kept even when the expression cannot be valued yet (an undated article's "on
                # Wednesday"): the redating dates the mention later
                pending = pending or ("" if shifted or (offset and depth) else clause_basis)
                day, date_range = date_of_span(start, end, local, parsed)
                day = _in_the_named_week(day, local)
                if shifted:
                    # "On April 16, four days before the rig exploded", "In 2010, two years after Russia
                    # invaded Georgia": the outer date is another act's, day or period
                    day = date_range = None
                if offset and depth and (day or date_range):
                    # 'exploded on 20 April and sank two days later': placed from the act it follows, a day its
                    # sentence does not state (dated by the clause around it: the sentence tells the other act)
                    day, date_range = _moved(day, offset), date_range and [_moved(d, offset) for d in date_range]
                if day or date_range:
                    basis = clause_basis
                    break
            shifted = shifted or relative
            inner = clause_verb
            if clause_verb is not None and _told_of_a_noun(token) is not None and clause_verb.i == _relative_clause_of(token).i:
                break  # the clauses around the described noun date its other acts (below)
        if shifted and day is None and date_range is None:
            return None, None, "", ""
        if day is None and date_range is None and _told_of_a_noun(token):
            # "The new strain of H1N1 flu that has killed 56 people ... acts more like a pandemic strain,
            # researchers reported on Monday": a clause describing a noun is not dated by the acts
            # told of that noun (only by a date of the noun's own phrase, "the April 20 explosion that killed 11")
            noun = _told_of_a_noun(token)
            # nor by another clause told of it ('Halliburton, which was hired by BP ..., learned of those failures
            # in February, and informed BP on 8 March', parsed with 'learned' under 'Halliburton')
            own = {tok.i for tok in _own_phrase(noun)} - {tok.i for child in noun.children if child.dep_ in {"acl", "relcl"}
                                                          for tok in child.subtree}
            stated = [t for t in in_sentence if first_token[t.start] is not None and first_token[t.start].i in own]
            if not stated:
                day, date_range = None, None
                in_sentence = []
            else:
                day, date_range = date_of_span(start, end, stated, parsed)
                basis = "own" if day or date_range else ""
        # a time in someone's quoted words ('"... in the next year"') dates what they say, not the act of
        # the one the sentence tells of outside the quotation ('Fukuda urged Asian governments ...')
        outside_quotes = [t for t in in_sentence if first_token[t.start] is None or inside_quotation(segment, token.i)
                          or not inside_quotation(segment, first_token[t.start].i)]
        # nor a time of another act's clause ('... Halliburton, which cemented the deep-sea well that ruptured on
        # April 20' does not date BP's accepting some responsibility)
        outside_quotes = [t for t in outside_quotes
                          if first_token[t.start] is None or not _in_another_acts_clause(first_token[t.start], token)]
        if outside_quotes and day is None and date_range is None:
            day, date_range = date_of_span(start, end, outside_quotes, parsed)
            # a time the article's date cannot value yet still dates the act once it can (`redate`); with no
            # candidate left (every time the sentence holds is another act's) the redating must not date it either
            pending = pending or ("" if day or date_range else "sentence")
            basis = "sentence" if day or date_range else pending
    elif not timexes:
        day = _date_from_rules(token.idx, start, sentence_text, doc.published, excluded)
        basis = "sentence" if day else ""
    bound = next((t for t in within if _bounds_a_tally(t, token, parsed)), None)
    if bound is not None:
        return (*_up_to(bound, day, date_range, basis), "")
    if day is None and date_range is None and (later := _after_the_day_before(token, segment, timexes, parsed)):
        return later, None, "sentence", ""
    if day is None and date_range is None and status != "planned" and not _placed_by_another_act(token, segment):
        # an act placed at a distance before or after another ('a week after Trump spoke with Putin') is
        # not the week's news the publication day stands for, with or without a date elsewhere
        date_range = undated_event_range(doc)
        if date_range:
            basis = "publication" if doc.published else "inferred"
    return day, date_range, basis, pending if basis in {"publication", "inferred"} else ""


FORECAST_AUXILIARIES = {"will", "would", "could", "may", "might", "shall", "should", "can"}


def _in_another_acts_clause(word, trigger) -> bool:
    """A word inside a clause that tells another act and holds no part of the trigger's (issue #13 round 18): a
    relative clause ('the well that ruptured on April 20'), an adverbial clause with its own subject not told at
    the same moment ('after the rig exploded on April 20'; 'when', 'as', 'while' clauses are the main act's time),
    or a forecast told as a complement ('warned that private capital flows ... could turn negative in 2009')."""
    current = word
    while current.head.i != current.i and current.i != trigger.i:
        holds_trigger = any(ancestor.i == current.i for ancestor in trigger.ancestors)
        if not holds_trigger:
            if current.dep_ == "relcl" and not _tells_the_trigger(current, trigger):
                return True
            if current.dep_ == "advcl" and (_has_child(current, {"nsubj", "nsubjpass"}) or misread_subject(current) is not None) \
                    and not _has_child(current, {"mark", "advmod"}, SIMULTANEITY_MARKS):
                return True
            if current.dep_ == "ccomp" and _has_child(current, {"aux"}, FORECAST_AUXILIARIES):
                return True
        current = current.head
    return False


def _tells_the_trigger(relative_clause, trigger) -> bool:
    """A relative clause on the trigger itself, no saying about it, tells the trigger's own happening and its time
    ('the magnitude 8.8 earthquake that struck Chile in February 2010', "Holder's trip, which will include a news
    conference in New Orleans on Tuesday afternoon", 'the meeting that is being set up on Friday in Munich';
    review20 of b98e0ad). 'The meeting, which was announced on Monday' dates the announcing."""
    return relative_clause.head.i == trigger.i and relative_clause.lemma_.lower() not in SAYING_VERBS


def _subordinate_made_root(verb) -> bool:
    """A clause opened by 'after' or 'since' made the root of its sentence: a subordinate clause is no
    sentence's main clause, so the parse has hung the main clause's words under it ('Nearly three weeks
    after an oil rig explosion turned the Gulf ... into a disaster zone, BP today still casting about':
    'today' is BP's day, read as the explosion's). Its time words do not surely date its own act."""
    return (verb is not None and verb.dep_ == "ROOT"
            and any(child.dep_ == "mark" and child.lower_ in {"after", "since"} for child in verb.children))


def _relative_clause_of(token):
    """The relative clause's verb the trigger heads or sits in as its own predicate's object, else None."""
    verb = token if token.pos_ in {"VERB", "AUX"} else _governing_verb(token)
    if verb is None:
        return None
    if token.pos_ not in {"VERB", "AUX"} and token.i not in {child.i for child in verb.children}:
        return None
    return verb if verb.dep_ == "relcl" else None


def _told_of_a_noun(token):
    """The noun a relative clause holding the trigger describes ('the strain that has killed 56'), else None."""
    clause = _relative_clause_of(token)
    return clause.head if clause is not None and clause.head.pos_ in {"NOUN", "PROPN"} else None


def _relative_time_clause(verb) -> bool:
    """A clause placed at a stated distance before or after another act ('four days before the rig
    exploded', 'long before', 'after the rig had exploded'): the governing clause's date is that
    act's, not this clause's. Without a distance ('Oil prices jumped after Russia attacked
    Ukrainian ports', 'In another case last year, ... after FedEx declined') the two acts are
    told as one moment's news, and the clause keeps the date around it."""
    if verb is None or verb.dep_ == "ROOT" or not any(
            child.dep_ == "mark" and child.lower_ in lexicon.RELATIVE_TIME_MARKS for child in verb.children):
        return False
    distance = any(child.dep_ == "npadvmod" or child.dep_ == "advmod" and child.lower_ == "long"
                   for child in verb.children)
    return distance or told_in_the_pluperfect(verb)


PEOPLE_NOUNS = PERSON_NOUNS | ROLE_HEADS | SPEAKER_NOUNS  # "Obama's envoy was to meet Karzai": a person scheduled


def _defined_by_the_act(be) -> bool:
    """'The first thing Obama did was to call Gordon Brown', 'His response was to sue BP': the subject of
    'be' is a thing (a common noun, no person) told by a relative clause or a possessive, and the act says
    what it was, done; 'Committees were to discuss ...', 'he is to hold talks' are scheduled."""
    return any(subject.dep_ in {"nsubj", "nsubjpass"} and subject.pos_ == "NOUN" and not subject.ent_type_
               and subject.lemma_.lower() not in PEOPLE_NOUNS
               and any(child.dep_ in {"relcl", "poss"} for child in subject.children)
               for subject in be.children)


PERIOD_AND_PLAN_PREPOSITIONS = {"from", "until", "till", "through", "for"}
# one time of day ("11 a.m.", "10:30", "noon", "around 9 p.m.", "nearly 9 p.m."), with at most a zone of a small named
# set ("9 p.m. EST", "2 PM ET"); the tagger keeps the approximating word in the timex ("nearly 9 p.m.") but not
# "shortly after" or "just before" ("shortly after midnight" -> "midnight")
CLOCK_TIME = re.compile(r"(?:at\s+)?(?:(?:about|around|approximately|roughly|nearly|almost)\s+)?"
                        r"(?:\d{1,2}(?:[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\s*(?:[ap]\.?m\.?|o'clock))|noon|midnight)"
                        r"(?:\s+(?:local time|(?-i:GMT|UTC|BST|CET|[ECMP][SD]?T)))?", re.IGNORECASE)


def _clock_time_only(timex: Timex) -> bool:
    """A time of day with no day ('at the 11 a.m. meeting, rig leader Jimmy Harrell was unhappy', in an
    article of September telling the rig's last day in April): its day is only the article's, which
    the hour may belong to or not."""
    return bool(timex.value and re.search(r"T\d", timex.value) and CLOCK_TIME.fullmatch(timex.text.strip()))


def _not_the_acts_day(timex_token, trigger) -> bool:
    """A time expression that bounds a period or names what something is set for ('a warning from Friday
    until Sunday evening', 'a meeting for Wednesday', 'protesting from Thursday through Saturday'): the act
    told with it lies somewhere in or before that period, on a day the sentence does not give. Or a day in
    the possessive that names a thing as the reader knows it ('today's swine flu outbreak', 'Friday's trip
    was the president's second'), not the day of a happening told as done ('Tuesday's explosion killed 11
    workers', 'announced it in Thursday's speech')."""
    if timex_token is None:
        return False
    head = _time_phrase_head(timex_token)
    if head.dep_ == "poss":
        return head.lower_ in {"today", "tonight"} or not _told_as_done_there(head.head, trigger)
    return head.dep_ == "pobj" and head.head.lower_ in PERIOD_AND_PLAN_PREPOSITIONS


def _told_as_done_there(noun, trigger) -> bool:
    """Whether the thing a possessive day belongs to is the event, or the occasion of its act, told as
    done: the noun is the trigger or sits in the trigger verb's own clause, and that clause is in the past
    without saying what the thing is ('Friday's trip was the president's second' identifies the trip;
    'Saturday's meeting was cordial' tells how it went)."""
    verb = noun
    while verb.pos_ not in {"VERB", "AUX"}:
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    if trigger.i not in {noun.i, verb.i}:
        return False
    past = verb.tag_ == "VBD" or any(child.dep_ in {"aux", "auxpass"} and child.tag_ == "VBD" for child in verb.children)
    identified = verb.lemma_ == "be" and any(child.dep_ == "attr" for child in verb.children)
    return past and not identified


def _placed_by_another_act(token, segment) -> bool:
    return any(_relative_time_clause(verb) for _, verb in _clauses_outwards(token, segment))


def _own_predicates(token) -> set[int]:
    """The verbs that carry the event's own predicate: a verb trigger itself, or a noun's first
    verb above it when no clause boundary lies between ("held talks", "in a phone call on Saturday,
    Obama told"), then up through verbs it completes ("began evacuating", "were to lead")."""
    verb = token
    if token.pos_ not in {"VERB", "AUX"}:
        while verb.pos_ not in {"VERB", "AUX"}:
            coordinated_noun = verb.dep_ == "conj" and verb.head.pos_ in {"NOUN", "PROPN"}  # "meetings and calls"
            if verb.dep_ in CLAUSE_DEPS and not coordinated_noun or verb.head.i == verb.i:
                return set()
            verb = verb.head
    own = {verb.i}
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        own.add(verb.i)
    return own


def _at_the_time_of(token, inner, clause_verb) -> bool:
    """A 'when' clause that carries the event's own predicate tells the moment of the clause it hangs on, so
    that clause's time is its day as its own ('The operation suffered a setback on Tuesday when a lightning strike
    sparked a fire', 'On Wednesday, when the WHO raised its alert ...', 'moved to quell suggestions ... today when
    Cameron spoke to BP's chairman'). Not one told in the pluperfect ('when the rig had exploded': before it)."""
    if inner is None or clause_verb is None or not _has_child(inner, {"advmod", "mark"}, {"when"}):
        return False
    on_the_clause = inner.dep_ == "advcl" and inner.head.i == clause_verb.i
    # 'The crisis began April 20, when Deepwater Horizon caught fire and sank': a 'when' clause on a time word tells
    # what happened at that time
    on_a_time = inner.dep_ == "relcl" and inner.head.ent_type_ in {"DATE", "TIME"} and any(
        ancestor.i == clause_verb.i for ancestor in inner.head.ancestors)
    return (on_the_clause or on_a_time) and inner.i in _told_with(token) and not told_in_the_pluperfect(inner)


def _told_with(token) -> set[int]:
    """The verbs the event's own predicate is told with at one moment: its own predicates and the verbs a bare
    participle tells the outcome of ('when the rig caught fire and sank, killing 11 people': the killing is told
    with the sinking and the fire), so a 'when' clause's moment covers them. Not a second finite verb joined to the
    clause's: 'when the rig exploded and sank' tells a sequence (it sank two days later). A noun counts only as a
    verb's own argument ('spoke at a hearing'), not one nested in another noun's phrase ('when the judge is expected
    to set a date for a hearing': the date set is not the hearing's day)."""
    told = _own_predicates(token) | {token.i}
    if token.pos_ not in {"VERB", "AUX"} and not _argument_of_a_verb(token):
        return {token.i}
    for verb in [token.doc[i] for i in told]:
        while verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"} and verb.dep_ in {"conj", "advcl"} \
                and verb.tag_ == "VBG" and not any(child.dep_ in {"mark", "nsubj", "nsubjpass", "aux"}
                                                   for child in verb.children):
            verb = verb.head
            told.add(verb.i)
    return told


def _argument_of_a_verb(noun) -> bool:
    """The noun is a verb's subject or object, or the object of a preposition on a verb ('spoke at a hearing')."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return head.pos_ in {"VERB", "AUX"}


OFFSET_SIGNS = {"later": 1, "earlier": -1}
OFFSET_UNIT_DAYS = {"day": 1, "week": 7}


def _offset_in_clause(clause: set[int], parsed) -> int | None:
    """Days from the time the clauses around give, when the act's own clause says how long after or before it came
    ('exploded on 20 April and sank two days later', 'a week earlier'), else None."""
    for i in sorted(clause):
        sign = OFFSET_SIGNS.get(parsed[i].lower_)
        if sign is None:
            continue
        for unit in parsed[i].children:
            if unit.dep_ != "npadvmod" or unit.lemma_.lower() not in OFFSET_UNIT_DAYS or unit.i not in clause:
                continue
            count = next((child for child in unit.children if child.dep_ in {"nummod", "det"}), None)
            number = 1 if count is None or count.lower_ in {"a", "an", "one"} else written_number(count.text)
            if isinstance(number, int) and number > 0:
                return sign * number * OFFSET_UNIT_DAYS[unit.lemma_.lower()]
    return None


def _within_the_day(clause: set[int], parsed) -> bool:
    """'held private meetings earlier in the day', 'later in the day': the act is on the day the text is telling of
    (a phrase TimeML leaves unmarked, so no time expression of its own dates it; the parser hangs 'in the day' on the
    verb or on the adverb, so read as words)."""
    return any(parsed[i].lower_ in OFFSET_SIGNS and i + 3 < len(parsed)
               and [parsed[i + k].lower_ for k in (1, 2, 3)] == ["in", "the", "day"] for i in clause)


def _after_the_day_before(token, segment, timexes: list[Timex], parsed) -> str | None:
    """'He was set to fly to Houston at 3am on 5 May. A day later, BP called off the visit.': an act its sentence
    places a number of days after (before) another and dates no further is that far from the one day the sentence
    before names (6 May); 'earlier in the day' is on that day. None when that sentence names no day or more than
    one."""
    verb = token if token.pos_ in {"VERB", "AUX"} else _governing_verb(token)
    if verb is None or segment.start == 0:
        return None
    offset = _offset_in_clause(_own_clause(verb), parsed)
    if not offset and not _within_the_day(_own_clause(verb), parsed):
        return None
    before = parsed[segment.start - 1].sent
    days = {t.value[:10] for t in timexes if before.start_char <= t.start and t.end <= before.end_char
            and t.type in {"DATE", "TIME"} and t.value and DAY_VALUE.match(t.value[:10])}
    return _moved(days.pop(), offset or 0) if len(days) == 1 else None


def _moved(day: str | None, days: int) -> str | None:
    """The day (or a range's end) moved by a number of days; a value that is no day stays as it is."""
    if not day or not DAY_VALUE.match(day[:10]) or len(day) != 10:
        return day
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


OPPORTUNITY_NOUNS = {"chance", "opportunity"}  # general English: a noun whose infinitive is the act it makes possible
OCCURRENCE_VERBS = {"come", "arise", "arrive"}


def _an_occasion_for(token, inner, clause_verb) -> bool:
    """'A chance to meet Putin came on Monday', 'The opportunity to speak arose on Friday': the day the occasion came
    is the day of the act it was the occasion for."""
    if inner is None or clause_verb is None or inner.dep_ != "acl" or inner.i not in _own_predicates(token) | {token.i}:
        return False
    noun = inner.head
    return (noun.lemma_.lower() in OPPORTUNITY_NOUNS and noun.dep_ == "nsubj" and noun.head.i == clause_verb.i
            and clause_verb.lemma_.lower() in OCCURRENCE_VERBS and _has_child(inner, {"aux"}, {"to"}))


def _own_predicate_clause(token, clause_verb) -> bool:
    """A clause further out still dates the event when its verb carries the event's own predicate
    and is no verb of saying ("said on Wednesday that the call ..." dates the saying)."""
    return (clause_verb is not None and clause_verb.i in _own_predicates(token)
            and (clause_verb.i == token.i or clause_verb.lemma_.lower() not in SAYING_VERBS
                 or _count_recorded_by(token, clause_verb) or _the_occasion_of(token, clause_verb))
            and not _wanted_by(token, clause_verb))


WANTING_VERBS = (lexicon.INTENT_VERBS | lexicon.PLANNING_VERBS | {"invite"}) - {"agree"}


def _wanted_by(noun, verb) -> bool:
    """'Nelson on Monday proposed a meeting with Hayward', 'Obama on Tuesday invited Hayward to a meeting', 'called on
    Monday for talks': a happening a verb of wanting or planning takes (its object, or the object of its 'for' / 'to')
    is not done by that verb, so the verb's day is the proposal's, not the happening's own."""
    if noun.pos_ not in {"NOUN", "PROPN"} or verb.lemma_.lower() not in WANTING_VERBS:
        return False
    if noun.dep_ in {"dobj", "obj"}:
        return noun.head.i == verb.i
    return (noun.dep_ == "pobj" and noun.head.lower_ in {"for", "to"} and noun.head.dep_ == "prep"
            and noun.head.head.i == verb.i)


def _the_occasion_of(noun, verb) -> bool:
    """'Wells said in a conference call Saturday evening', 'In a House hearing Thursday, Duncan said', 'In a statement
    yesterday, Allen said': the occasion the saying took place at ('in', 'at', 'during' on the verb itself) is at the
    saying's time, which dates it as its own; what is said of ('announced an investigation on Monday') is not."""
    preposition = noun.head
    return (noun.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.lower_ in OCCASION_PREPOSITIONS
            and preposition.head.i == verb.i)


def _count_recorded_by(noun, verb) -> bool:
    """'The World Health Organisation yesterday confirmed 787 H1N1 infections': a counted noun that a recording verb
    in the simple past takes as its object is the tally as of the verb's day, which its day dates as it dates the
    act (the verb states the count, nothing else). Not in the perfect ('had confirmed 44,287 cases by Friday': a
    tally so far, `_tally_so_far`), nor an uncounted noun ('reported the death of a resident': a happening the
    report tells of, not its own)."""
    return (noun.dep_ in {"dobj", "obj"} and noun.head.i == verb.i and verb.tag_ == "VBD"
            and verb.lemma_.lower() in lexicon.RECORDING_VERBS and _number_of(noun) is not None)


def _refers_back(token, event_type: str) -> bool:
    """'the spill', 'BP's oil spill', 'the investigation' with no date of its own name a happening
    the reader already knows of, not one of the days before the report: a noun tells a new
    happening only with an indefinite article or a count ('an explosion', 'two blasts'). Contacts
    are left out: 'his conversation with Putin' is usually the recent call the report is about."""
    if event_type in lexicon.CONTACT_TYPES or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if _is_contact_word(token, _rule_typed(token)):
        return False  # its word is a contact's, retyped a statement: 'told the conference call on Saturday that ...'
    if _placed_after(token):
        return True  # "Nearly three weeks after an oil rig explosion ..., BP today still casting about": 'today' is BP's
    return not any(child.dep_ == "nummod" or (child.dep_ == "det" and child.lower_ in {"a", "an", "another"})
                   for child in token.children)


PLACING_PREPOSITIONS = lexicon.PLACING_PREPOSITIONS  # 'after an oil rig explosion': the landmark of another act
NOT_OWN_PHRASE_DEPS = {"appos", "parataxis", "dep", "punct"}
PLACING_NOUNS = {"wake", "aftermath"}  # "in the wake of the explosion", "in the aftermath of the quake"


def _placed_after(noun) -> bool:
    """A happening the clause's act is placed after ('after an oil rig explosion', 'since the spill', 'in the
    wake of the April 21 explosion'): a landmark the reader knows, told again to place another act."""
    if noun.dep_ != "pobj":
        return False
    preposition = noun.head
    return preposition.lower_ in PLACING_PREPOSITIONS or (
        preposition.lower_ == "of" and preposition.head.lemma_.lower() in PLACING_NOUNS)


def _closing_the_subject(noun) -> list:
    """A time phrase between the subject noun's phrase and its verb that the parser hung on the verb ('The death of a
    53-year-old man in Costa Rica yesterday was the first ...'): it closes the subject and is the noun's, as the same
    words are when hung on it; after the verb ('was yesterday the first') it tells the predicate's time."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.i <= noun.i:
        return []
    end = max(tok.i for tok in noun.subtree)
    return [tok for child in verb.children if child.dep_ == "npadvmod" and end < child.i < verb.i
            and child.ent_type_ in {"DATE", "TIME"} for tok in child.subtree]


def _hangs_on(timex_token, noun) -> bool:
    """The time phrase modifies the noun itself ('the death ... Monday afternoon', 'the explosion on April 20')."""
    if timex_token is None:
        return False
    head = _time_phrase_head(timex_token)
    return head.head.i == noun.i or (head.head.dep_ == "prep" and head.head.head.i == noun.i)


def _modifies(token, noun) -> bool:
    """The token sits inside the noun's phrase as its modifier ('the April 21 explosion'), not under a
    preposition ('the explosion on April 20') nor as its possessor ("Tuesday's announcement")."""
    current = token
    for _ in range(4):
        if current is None or current.i == noun.i:
            return current is not None
        if current.dep_ not in {"compound", "nmod", "amod", "nummod", "npadvmod"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _tells_its_course(child) -> bool:
    """A progressive participle on the noun tells the state it is in as it goes on ('The worst oil spill in U.S.
    history, entering its 73rd day on Thursday, has unleashed ...'), not the day it happened; a past participle
    ('the protest held in Cairo on Friday') does tell that day."""
    return child.dep_ == "acl" and child.tag_ == "VBG"


def _own_phrase(noun) -> list:
    """The noun's own phrase ('the April 20 explosion', 'the explosion on April 20', 'the explosion that
    killed 11 on April 20', 'the explosion caused by a methane bubble on April 20'), without what the parse
    hangs on it past a colon, an apposition or a loose clause: a page's dated section label glued to a sentence ('Haiti earthquake: Your stories Sunday 17
    January The delivery of aid ... is still being slowed') names the page's day, not the noun's."""
    cut = {tok.i for child in noun.children if child.dep_ in NOT_OWN_PHRASE_DEPS or _tells_its_course(child)
           for tok in child.subtree}
    colon = next((child.i for child in noun.children if child.i > noun.i and child.text == ":"), None)
    return [tok for tok in noun.subtree if tok.i not in cut and (colon is None or tok.i < colon)]


def _dates_something_else(timex: Timex, trigger, parsed) -> bool:
    """A date that names another happening ('the September 11 attacks', 'since the April 20 rig
    explosion') or opens a period ('since April') is not the date of this one."""
    span = span_at(parsed, timex.start, timex.end)
    if span is None:
        return False
    root = span.root
    named = root.head
    if _time_of_a_told_happening(span):
        return True
    if root.dep_ in {"compound", "nmod", "amod", "nummod", "poss"} and named.pos_ in {"NOUN", "PROPN"} \
            and named.i != trigger.i and not (span.start <= named.i < span.end):
        # ("Saturday night's stadium concert" is the concert's day, not the day tickets were sold); but
        # "the April 20 explosion that killed 11": the explosion's date is the killing's too
        # ... and so is the toll's when the dated noun is its subject ("the April 20 disaster killed 11")
        # "announced the moratorium in Thursday's speech": a day's occasion the act took place at dates it
        at_the_occasion = (root.dep_ == "poss" and named.dep_ == "pobj" and named.head.lower_ in OCCASION_PREPOSITIONS
                           and named.head.head.i == trigger.i)
        # "were killed by Tuesday's explosion": the passive's agent is the active's subject, the killing's own cause
        by_the_agent = named.dep_ == "pobj" and named.head.dep_ == "agent" and named.head.head.i == trigger.i
        # ... but not what a passive saying tells of ('The 8 October gig ... was announced on Monday': the gig's day)
        said_of = named.dep_ == "nsubjpass" and (trigger.lemma_.lower() in SAYING_VERBS
                                                 or trigger_type(trigger) == "statement")
        return not (any(ancestor.i == named.i for ancestor in trigger.ancestors) or at_the_occasion or by_the_agent
                    or (named.head.i == trigger.i and named.dep_ in {"nsubj", "nsubjpass"} and not said_of))
    if _dates_a_noun_inside_the_subject(root, trigger) or _dates_a_happening_inside_a_nouns_phrase(root, trigger):
        return True
    if _dates_the_landmark(root, trigger):
        return True
    if _opens_a_period(root, trigger):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.i > 0 and parsed[root.head.i - 1].lower_ == "as":
        return True  # "paid $71 million as of Tuesday": a tally's day, not a happening's
    if _an_earlier_figure(root):
        return True
    if _bounds_a_tally(timex, trigger, parsed):
        return True  # the tally's last day (`event_date`), not its own
    participle = _weekday_lifted_from(parsed[span.start])[1]
    if participle is not None and any(tok.i == trigger.i for tok in participle.subtree):
        return True  # the day of the act whose object the participle describes, not the participle's
    return root.dep_ == "pobj" and root.head.lower_ == "since" or (
        root.head.dep_ == "pobj" and root.head.head.lower_ == "since" and root.head.i != trigger.i)


OCCASION_PREPOSITIONS = {"in", "at", "during"}
COMPARING_WORDS = {"up", "down"}  # "up from 91 yesterday": the figure a new one is compared with


PERIOD_OPENERS = {"beginning", "starting"}  # general English: 'stop work beginning on Friday', 'starting 1 June'


def _opens_a_period(root, trigger) -> bool:
    """A time a period begins at ('told businesses to stop work beginning on Friday', 'the hurricane season starting
    on 1 June'): the first day of what goes on from then, the day of no act but the one the period is of (the
    trigger the opener hangs on: 'will stop pumping starting Friday' keeps it)."""
    phrase = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
    opener = phrase.head
    return (phrase.dep_ in {"prep", "npadvmod"} or phrase.i == root.i and root.dep_ == "npadvmod") \
        and opener.lower_ in PERIOD_OPENERS and opener.i != trigger.i and opener.head.i != trigger.i


def _dates_the_landmark(root, trigger) -> bool:
    """A time inside the phrase of a landmark the act is placed after ('After wall-to-wall flu coverage on Monday, the
    networks turned their attention on Tuesday to ...': Monday is the coverage's day, the turning Tuesday's) dates
    the landmark, not the act. Not when the trigger is the landmark or inside its phrase."""
    current = root
    while current.head.i != current.i:
        if current.i == trigger.i:
            return False
        if current.dep_ == "pobj" and current.head.lower_ in PLACING_PREPOSITIONS and current.i != root.i:
            return not any(tok.i == trigger.i for tok in current.subtree)
        current = current.head
    return False


def _an_earlier_figure(root) -> bool:
    """A time in the figure a count is compared with ('has confirmed 109 cases, up from 91 yesterday', 'says it has
    confirmed 236 cases, up from 148 yesterday', 'up from its estimate last week'): the earlier figure's day, not the
    day of the count the sentence reports."""
    current = root
    for _ in range(3):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.lower_ == "from" and current.head.lower_ in COMPARING_WORDS:
            return True
    return False


def _dates_a_noun_inside_the_subject(root, trigger) -> bool:
    """A date in a phrase of a noun nested in the verb's subject dates that noun, not the verb ('Notes from BP's
    internal interview with Walz on July 29 were discussed at the hearing Thursday': the interview was on 29 July,
    the discussion in October). Not a phrase of the subject's own head ('The attack on Tuesday killed five people':
    its toll is the attack's)."""
    if root.dep_ != "pobj" or root.head.dep_ != "prep" or trigger.pos_ not in {"VERB", "AUX"}:
        return False
    holder = root.head.head  # what the phrase hangs on: a noun, or the preposition of a noun's phrase ('from')
    return any(child.dep_ in {"nsubj", "nsubjpass"} and child.i != holder.i and any(a.i == child.i for a in root.ancestors)
               for child in trigger.children)


def _dates_a_happening_inside_a_nouns_phrase(root, trigger) -> bool:
    """A date that follows a happening named in a noun's phrase dates that happening, not the trigger ('BP released
    on Wednesday an investigation into the explosion on April 20': the investigation is Wednesday's, the explosion
    April's), whether the parse hangs the date on the happening or, as it often does, on the noun before it. Not a
    noun a verb takes directly ('arrived at the meeting on Monday' is on Monday too) nor a thing that is no
    happening ('the meeting at the hotel on Monday'). The happening's phrase may end before the date ('into the
    explosion aboard the Deepwater Horizon rig on April 20') and hang deeper in the noun's ('into the causes of the
    explosion on April 20')."""
    if root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.i == 0:
        return False
    holder = root.head.head
    before = root.doc[root.head.i - 1]
    named = holder if holder.dep_ == "pobj" and holder.i == before.i else before
    if named.pos_ != "NOUN" or trigger_type(named) is None:
        named = next((a for a in before.ancestors if a.right_edge.i == before.i and a.i != holder.i
                      and a.pos_ == "NOUN" and trigger_type(a) is not None), named)
    named_in = named.head.head
    if named.i == trigger.i or named.pos_ != "NOUN" or named.dep_ != "pobj" or named.head.dep_ != "prep" \
            or named_in.pos_ not in {"NOUN", "PROPN"} \
            or named_in.i not in {holder.i, *(a.i for a in holder.ancestors)} and not (
                holder.pos_ in {"NOUN", "PROPN"} and holder.i in {a.i for a in named_in.ancestors}) \
            or not any(a.i == trigger.i for a in named_in.ancestors) and named_in.i != trigger.i:
        return False
    return trigger_type(named) is not None


def _time_of_a_told_happening(span) -> bool:
    """'the night Michael Jackson died', 'the morning Putin invaded': a time noun that a relative clause
    describes is the time of that clause's happening, which the words alone (valued as the report's own
    night or morning) do not date; a written date ('the night of June 25, when he died') still does."""
    if any(tok.like_num or tok.ent_type_ == "DATE" and tok.is_title for tok in span):
        return False
    if any(child.dep_ == "relcl" and not set_off(child) for child in span.root.children):
        return True  # a clause set off by a comma is an aside on a time already named ('this morning, which ...')
    # the same words parsed as the clause's own time ('the morning' npadvmod of 'invaded' in 'the morning
    # Putin invaded'): a bare 'the' + time noun right before the subject of the verb it modifies
    root, verb = span.root, span.root.head
    return (len(span) == 2 and span[0].lower_ == "the" and root.dep_ == "npadvmod" and verb.i > root.i
            and any(child.dep_ in {"nsubj", "nsubjpass"} and child.left_edge.i == span.end
                    for child in verb.children))


NEWS_DAY_WORDS = WEEKDAYS | {"today", "yesterday", "tonight"}
OBJECT_PATH_DEPS = {"dobj", "obj", "pobj", "prep"}


def _weekday_lifted_from(timex_token) -> tuple:
    """(verb, participle) when a report's day ('on Thursday', 'yesterday') closes a bare participle that
    describes the verb's object after another phrase of it: 'Mr Obama met families of those killed in disaster
    at the White House on Thursday' hangs 'on Thursday' on 'killed' (the parser's late closure), but a bare
    participle names whom the act concerns by a past act of theirs, and a news report's weekday is the day of
    the act it reports. Only after a venue ('at' a building or body): after another phrase ('families of victims
    killed in the shooting at a Buffalo supermarket on Saturday') the day is as often the participle's own act's.
    A relative clause with its own verb ('troops who were killed in Afghanistan last Friday') and a participle's
    only phrase ('workers killed on Tuesday') keep their day. Else (None, None)."""
    head = _time_phrase_head(timex_token)
    if head.lower_ not in NEWS_DAY_WORDS:
        return None, None
    phrase = head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head
    participle = phrase.head
    if (participle.dep_ != "acl" or participle.tag_ != "VBN" or phrase.i < participle.i
            or any(child.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for child in participle.children)
            or not _a_venue(max((child for child in participle.children
                                 if child.dep_ == "prep" and participle.i < child.i < phrase.i),
                                key=lambda child: child.i, default=None))):
        return None, None
    current = participle.head
    while current.dep_ in OBJECT_PATH_DEPS - {"dobj", "obj"} and current.head.i != current.i:
        current = current.head
    verb = current.head
    if current.dep_ not in {"dobj", "obj"} or verb.pos_ != "VERB":
        return None, None
    return verb, participle


def _said_at(timex_token):
    """The verb of saying a time phrase belongs to when the parse hangs it on the clause the saying reports: 'Hayward
    said on Friday he met Obama earlier this week' ('on Friday' parsed on 'met'): a time between the verb of saying
    and the reported clause's subject, with no 'that' before it, is the saying's, not the reported act's. Else None."""
    if timex_token is None:
        return None
    head = _time_phrase_head(timex_token)
    phrase = head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head
    verb = phrase.head
    if phrase.dep_ not in {"prep", "npadvmod", "advmod"} or verb.dep_ != "ccomp" or verb.i < phrase.i:
        return None
    saying = verb.head
    subject = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if saying.lemma_.lower() not in SAYING_VERBS or not saying.i < phrase.i or subject is None \
            or subject.left_edge.i < phrase.i:
        return None
    if any(child.dep_ == "mark" and child.i < phrase.i for child in verb.children):
        return None  # 'said that on Friday he met ...': the reported clause's own time
    return saying


def _in_the_named_week(day: str | None, local: list[Timex]) -> str | None:
    """A day name told with the week it falls in ('will testify next week, on Thursday', 'met on Monday last week'): the
    day of that name in that week, where the name alone reads the nearest one."""
    if not day or not DAY_VALUE.match(day) or len(day) != 10:
        return day
    named = next((t for t in local if t.value and t.value[:10] == day
                  and TimeRule.from_json(t.rule, t.value).kind is RuleKind.WEEKDAY), None)
    week = next((t.value for t in local if t.value and WEEK_VALUE.fullmatch(t.value) and NAMED_WEEK.match(t.text or "")),
                None)  # not 'the past week' (the seven days up to the report) nor 'the following week' (after another day)
    if named is None or week is None:
        return day
    current = date.fromisoformat(day)
    year, number = int(week[:4]), int(week[6:])
    try:
        moved = date.fromisocalendar(year, number, current.isoweekday())
    except ValueError:
        return day
    return moved.isoformat() if abs((moved - current).days) == 7 else day


WEEK_VALUE = re.compile(r"\d{4}-W\d\d")
NAMED_WEEK = re.compile(r"^\s*(?:next|last)\s+week\s*$", re.IGNORECASE)
VENUE_ENTITIES = {"FAC", "ORG"}


def _a_venue(prep) -> bool:
    """'at the White House': a place an act is held, which a participle's past act is not told by."""
    return prep is not None and prep.lower_ == "at" and any(
        child.dep_ == "pobj" and child.ent_type_ in VENUE_ENTITIES for child in prep.children)


def _bounds_a_tally(timex: Timex, trigger, parsed) -> bool:
    """'By Monday, between 89m and 176m gallons of oil had leaked': a total as of the day, not a happening of that
    day (a period keeps dating it, as a range no row is sure of: 'had been infected in Mexico by late April')."""
    span = span_at(parsed, timex.start, timex.end)
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "by" and _one_day(timex) \
        and _tally_so_far(trigger)


def _up_to(bound: Timex, day: str | None, date_range: list[str] | None, basis: str) -> tuple[str | None, list[str] | None, str]:
    """A tally 'by Friday' came about up to Friday: a date the sentence gives otherwise stands when it is not later;
    else ('officials said on Sunday' is the saying's day) the week before the bound, like an undated act's week
    before publication, dated by the sentence."""
    last = value_range(bound.value)[1].isoformat()
    latest = (day or (date_range or [""])[-1] or "")[:10]
    if latest and latest <= last:
        return day, date_range, basis
    start = (value_range(bound.value)[1] - timedelta(days=UNDATED_PAST_WINDOW_DAYS)).isoformat()
    return None, [start, last], "sentence"


def _one_day(timex: Timex) -> bool:
    days = value_range(timex.value) if timex.value else None
    return bool(days) and days[0] == days[1]


def _tally_so_far(verb) -> bool:
    """A counted total in the perfect ('had leaked 89m gallons', 'WHO had confirmed 44,287 cases'): what has come
    about up to a day, the day a bound ('by Monday') like 'as of'; an act in the perfect with nothing counted
    ('By Sunday, evidence of the oil had traveled west') is a happening by that day."""
    if not (verb.pos_ == "VERB" and verb.tag_ == "VBN" and _has_child(verb, {"aux"}, {"have"})):
        return False
    subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    # "between 89m gallons ... and 176m gallons of oil had leaked": the parse makes the preposition the subject
    # (a counted subject of a verb with its own object, "the two leaders had signed a ceasefire", counts no total)
    counted = [g for child in subjects if child.pos_ == "ADP" for g in child.children if g.dep_ == "pobj"]
    return told_count(verb) is not None or any(_number_of(noun) for noun in counted)


def _so_far(verb) -> bool:
    """'has so far killed', 'To date, 27 deaths have been confirmed': an adverbial phrase of the verb that counts up
    to now (`lexicon.SO_FAR_PHRASES`)."""
    phrases = [" ".join(w.lower_ for w in child.subtree) for child in verb.children
               if child.dep_ in {"advmod", "prep", "npadvmod"}]
    return any(phrase in lexicon.SO_FAR_PHRASES for phrase in phrases)


def tells_a_tally(token) -> bool:
    """A death or injury told as a count up to a day rather than as a happening of that day. A count in the perfect
    is fresh news unless something marks it as accumulated (events18: "An explosion has killed 11 workers" is the
    explosion's toll, a happening): up to now ('has so far killed people only in Mexico', `_so_far`), a marker on
    the act or its count (`_accumulated`: 'worldwide', 'since 2006', 'Another 48 people have died'), or a cause
    that kills over time ('A new virus has killed up to 149 people in Mexico', `_lasting_cause`). A counted death
    noun is one with such a marker or under a recording verb in the perfect ('The WHO has confirmed eight deaths',
    'some 300 deaths worldwide'). Not 'a child died in Texas on Wednesday' nor 'the explosion killed 11 workers'."""
    if token.pos_ == "NOUN":
        return _counted_deaths_so_far(token)
    if token.pos_ != "VERB" or not (token.tag_ == "VBN" and _has_child(token, {"aux"}, {"have"})):
        return False
    if _so_far(token):
        return True
    # the parse may hang the counted object on a later verb ('has killed up to 149 people in Mexico and the WHO
    # moved ...' made 'people' the subject of 'moved'): the first noun written after the verb is what it counts
    following = next((tok for tok in token.doc[token.i + 1:token.i + 6] if tok.pos_ in {"NOUN", "PROPN"}), None)
    counted = _tally_so_far(token) or (following is not None and _number_of(following) is not None)
    return counted and (_accumulated(token) or _lasting_cause(token))


def _counted_nouns(token) -> list:
    if token.pos_ == "NOUN":
        return [token]
    return [child for child in token.children if child.dep_ in {"dobj", "obj", "nsubj", "nsubjpass"}]


def _accumulated(token) -> bool:
    """A marker on an act or on its count that the count adds up over time (`lexicon.CUMULATIVE_PHRASES`: 'so far',
    'already', 'worldwide'; a 'since' phrase or clause; 'around the world'; 'up from 91'; a sum's noun, 'the death
    toll', 'a total of'; a word adding it to an earlier count, 'another 48', 'a further 17')."""
    for holder in [token, *_counted_nouns(token)]:
        for child in holder.children:
            if child.dep_ in {"advmod", "prep", "npadvmod"} and " ".join(
                    w.lower_ for w in child.subtree) in lexicon.CUMULATIVE_PHRASES:
                return True
            if child.dep_ == "prep" and (child.lower_ == "since" or any(
                    g.dep_ == "pobj" and g.lemma_.lower() in lexicon.WORLD_NOUNS for g in child.children)):
                return True  # 'have died there since 2006', 'killed by the flu around the world'
            if child.dep_ == "advcl" and _has_child(child, {"mark"}, {"since"}):
                return True
            if child.lower_ in {"up", "down"} and _has_child(child, {"prep"}, {"from"}):
                return True  # 'up from 91 yesterday'
    for noun in _counted_nouns(token):
        if noun.lemma_.lower() in lexicon.SUM_NOUNS:
            return True  # 'killed a total of 50'
        if any(w.lower_ in lexicon.ADDED_COUNT_WORDS and w.nbor(1).lower_ != "than"
               for w in noun.subtree if w.i < noun.i):
            return True  # 'Another 48 people have died', not 'more than 150 people'
    return False


def _lasting_cause(verb) -> bool:
    """What killed is a disease, an epidemic or a war (`lexicon.LASTING_CAUSES`): its subject, the noun a relative
    pronoun subject stands for ('the H1N1 swine flu, which has killed more than 150 people'), its by-agent, its 'of'
    or 'from' cause ('have died in Egypt from the highly pathogenic H5N1 bird flu virus')."""
    causes = []
    if verb.dep_ == "conj" and not _has_child(verb, {"nsubj", "nsubjpass"}):
        verb_with_subject = verb.head  # 'The new strain, a strange mix of ..., may have killed up to 176 people': the
    else:                              # parse hangs the shared subject on the first conjunct
        verb_with_subject = verb
    for child in verb_with_subject.children:
        if child.dep_ == "nsubj":
            causes.append(verb_with_subject.head if child.tag_ in {"WDT", "WP"} and verb_with_subject.dep_ == "relcl"
                          else child)
        elif child.dep_ == "agent" and verb_with_subject is verb:
            causes += [g for g in child.children if g.dep_ == "pobj"]
    causes += _prep_objects(verb, {"of", "from"})
    clause = {tok.i for tok in verb_with_subject.subtree}  # a relative clause's noun: its own words, not the clause's
    return any(w.lemma_.lower() in lexicon.LASTING_CAUSES for cause in causes for w in cause.subtree
               if w.i not in clause or cause.i in clause)


def _counted_deaths_so_far(noun) -> bool:
    """A counted death noun told as a running count: with a marker of accumulation on it or on the verb it is the
    subject or object of ('some 300 deaths worldwide', 'To date, 27 deaths have been officially confirmed'), in a
    sum's noun ('the death toll'), or recorded in the perfect ('The WHO has confirmed eight deaths', 'There have
    been two deaths in the United States'). Not an ordinal's ('the state's first two deaths': a happening)."""
    if told_count(noun) is None or any(w.ent_type_ == "ORDINAL" or w.lower_ == "first" for w in noun.lefts):
        return False
    if _accumulated(noun) or (noun.dep_ == "compound" and noun.head.lemma_.lower() in lexicon.SUM_NOUNS):
        return True
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "with":
        # 'So far the virus has not been as deadly, with 176 suspected deaths in Mexico'; a figure of cases beside it
        # ('gave the number of recorded swine flu cases as 70,893 worldwide, with 311 deaths')
        return (verb.head.pos_ in {"VERB", "AUX"} and _accumulated_act(verb.head)) or _beside_another_count(noun)
    if noun.dep_ not in {"dobj", "obj", "nsubj", "nsubjpass", "attr"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    perfect = verb.tag_ == "VBN" and _has_child(verb, {"aux"}, {"have"})
    recorded = verb.lemma_.lower() in lexicon.RECORDING_VERBS or (
        verb.lemma_.lower() == "be" and _has_child(verb, {"expl"}))
    return _accumulated_act(verb) or (perfect and recorded)


def _beside_another_count(noun) -> bool:
    """Deaths counted 'with' another figure of the same clause ('70,893 cases worldwide, with 311 deaths', 'at 8,480,
    with 72 deaths'): one line of a table of totals, not a happening; the toll of a happening gives no other figure
    ('The plane crashed on Monday, with 50 deaths')."""
    own = {w.i for w in noun.subtree}
    return any(w.like_num and w.i not in own and w.ent_type_ not in {"DATE", "TIME", "ORDINAL"} for w in noun.sent)


def _accumulated_act(verb) -> bool:
    """A marker of accumulation on the verb itself (not on its other arguments); `_so_far`'s phrases are among them."""
    return any(child.dep_ in {"advmod", "prep", "npadvmod"} and (
        " ".join(w.lower_ for w in child.subtree) in lexicon.CUMULATIVE_PHRASES or child.lower_ == "since")
        for child in verb.children)


def _time_phrase_head(token):
    """The head of the phrase a time expression's word is in ('Sunday evening', 'late April')."""
    while token.dep_ in {"compound", "nummod", "amod", "det"} and token.head.i != token.i:
        token = token.head
    return token


def _deadline_ahead(timex: Timex, parsed, doc: Document) -> bool:
    """'is trying to broker an agreement ... by January 2010' (an article of May 2009): a deadline after
    the article's day bounds the act, it does not date it; 'infected by late April' still dates a tally."""
    token = first_token_at(parsed, timex.start, timex.end)
    if token is None or not doc.published or not timex.value or not timex.value[:4].isdigit():
        return False
    head = _time_phrase_head(token)
    if head.dep_ != "pobj" or head.head.lower_ != "by":
        return False
    days = value_range(timex.value)  # 'by last week' (2009-W19) ends before a day of W20: compare days, not text
    return bool(days) and days[1].isoformat() > doc.published[:10]


def undated_event_range(doc: Document) -> list[str] | None:
    """The week before the publication date, or before the latest day of a narrow inferred range
    (a wide one would let unrelated events cluster together)."""
    if doc.published:
        earliest, latest = doc.published[:10], doc.published[:10]
    elif doc.published_range and days_between(*doc.published_range) <= MAX_INFERRED_RANGE_DAYS:
        earliest, latest = doc.published_range[0][:10], doc.published_range[1][:10]
    else:
        return None
    start = date.fromisoformat(earliest) - timedelta(days=UNDATED_PAST_WINDOW_DAYS)
    return [start.isoformat(), latest]


def days_between(earliest: str, latest: str) -> int:
    """Days from the first ISO day to the second (a range's width; times after the day are ignored)."""
    return (date.fromisoformat(latest[:10]) - date.fromisoformat(earliest[:10])).days


# ---------------------------------------------------------------- entry point


def _sentence_mentions(sentence, mentions: list[Mention], parsed, doc_id: str) -> list[Mention]:
    start, end = sentence.start_char, sentence.end_char
    if mentions:
        return [m for m in mentions if m.doc == doc_id and start <= m.start and m.end <= end]
    return [Mention(doc_id, ent.start_char, ent.end_char, ent.text, ent.label_) for ent in sentence.ents]


def _take_participants(kept: EventMention, other: EventMention) -> None:
    """The kept mention takes the other's names it lacks, with their roles."""
    for text, role in zip(other.participants, other.roles or ["patient"] * len(other.participants)):
        if text not in kept.participants:
            kept.participants.append(text)
            kept.roles.append(role)
    kept.location = kept.location or other.location
    kept.duration = kept.duration or other.duration


def _nested(a: EventMention, b: EventMention) -> bool:
    return set(a.participants) <= set(b.participants) or set(b.participants) <= set(a.participants)


def _merge_same_sentence(found: list[EventMention]) -> list[EventMention]:
    """Two words for one event in one sentence ('spoke ... in a phone call') make one mention."""
    kept: list[EventMention] = []
    for mention in found:
        twin = next((k for k in kept if k.type == mention.type and _nested(k, mention)), None)
        if twin is None:
            kept.append(mention)
        else:
            _take_participants(twin, mention)
    return kept


def _clause_head(token, segment):
    """The head of the clause a trigger stands in: up the tree to a clause relation or the root."""
    current = token
    while (current.dep_ not in CLAUSE_DEPS and current.head.i != current.i
           and segment.start <= current.head.i < segment.end):
        current = current.head
    return current


def _depth_below(token, head) -> int:
    depth, current = 0, token
    while current.i != head.i and current.head.i != current.i:
        current, depth = current.head, depth + 1
    return depth


def _one_per_clause(in_sentence: list[EventMention], triggers: list, segment) -> list[EventMention]:
    """One clause tells one happening: 'agreed to work together, including visiting' is an
    agreement, 'spoke with Zelensky on Wednesday, a call joined by Musk' one call. Triggers of a
    clause whose named participants nest are one event, named by the trigger highest in the clause
    (a statement yields to what it states: 'confirmed the call' is the call). Triggers with other
    participants ('spoke with Zelenskyy after his call with Putin') stay apart."""
    groups: dict[int, list[int]] = {}
    for n, token in enumerate(triggers):
        groups.setdefault(_clause_head(token, segment).i, []).append(n)
    merged_into: dict[int, int] = {}
    for head_id, members in groups.items():
        head = segment.doc[head_id]
        # an untyped act yields to any typed happening of its clause, a statement to what it states
        members.sort(key=lambda n: (in_sentence[n].type == lexicon.ACT_TYPE,
                                    in_sentence[n].type == "statement", in_sentence[n].type in lexicon.TOLL_TYPES,
                                    _depth_below(triggers[n], head),
                                    in_sentence[n].type not in lexicon.CONTACT_TYPES, triggers[n].i))
        leaders: list[int] = []
        for n in members:
            leader = next((k for k in leaders if _nested(in_sentence[k], in_sentence[n])
                           or _one_contact(in_sentence[k], in_sentence[n], triggers[n])), None)
            if leader is None:
                leaders.append(n)
            else:
                _take_participants(in_sentence[leader], in_sentence[n])
                merged_into[n] = leader
    for n, token in enumerate(triggers):
        # "exploded April 20, killing 11 workers", "the explosion that killed 11": the deaths are
        # the explosion's toll, one happening
        if n in merged_into or in_sentence[n].type not in lexicon.TOLL_TYPES:
            continue
        # the cause above the toll's clause, or the toll verb's subject ("the explosion killed 11")
        causes = ({token.head.i} if token.dep_ in {"advcl", "relcl", "acl"} else set()) | {
            child.i for child in token.children if child.dep_ == "nsubj"}
        cause = next((k for k, other in enumerate(triggers) if other.i in causes and k not in merged_into
                      and in_sentence[k].type in lexicon.CAUSE_TYPES), None)
        if cause is not None:
            _take_participants(in_sentence[cause], in_sentence[n])
            merged_into[n] = cause
    return [mention for n, mention in enumerate(in_sentence) if n not in merged_into]


def _one_contact(kept: EventMention, other: EventMention, other_trigger) -> bool:
    """'spoke with Zelensky on Wednesday, a call joined by Elon Musk': contact words in one clause
    are one contact, unless a time word sets one before or after the other ('after his call with Putin')."""
    if kept.type not in lexicon.CONTACT_TYPES or other.type not in lexicon.CONTACT_TYPES:
        return False
    return not any(tok.dep_ in {"prep", "amod", "advmod"} and tok.lower_ in lexicon.SEQUENCE_PREPOSITIONS
                   for tok in [other_trigger, *list(other_trigger.ancestors)[:3]])


REALIS_STATUSES = {"happened", "reported", "called off"}
PAST_TAGS = {"VBD", "VBN"}  # "sued", "has approved", "was evacuated"


# Clauses whose finite verb carries its own tense and mood, so a modal above them says nothing of theirs.
# Wider than `_tells_its_own_time` (event_status), which lets a plan above cover a present-tense
# condition ("if Putin agrees, they will meet" is planned) and an acl or parataxis: the two ask
# different questions, and making them agree changes statuses or realis.
OWN_TENSE_CLAUSES = {"relcl", "advcl", "acl", "parataxis"}


DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}


def _is_definite(token) -> bool:
    """A noun with a definite article, a demonstrative or a possessor names a happening the sentence takes as given
    (a definite description presupposes its referent): an 'if' or 'whether' clause around it asks or conditions its
    predicate, not the noun ('testing the tar to determine if it came from the Gulf spill': the spill happened;
    'asks if Pinter and Miller's trip drew attention': the trip was made). 'if an oil spill happened' stays a
    condition. Not caught: a definite noun whose clause only says it occurred ('whether the meeting took place')."""
    if token.pos_ in {"VERB", "AUX"}:
        return False
    return any(child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in DEFINITE_DETERMINERS)
               for child in token.children)


def told_as_done(token, historical_present: bool = False) -> bool:
    """Realis: the happening is told as done (past, present perfect, 'on Tuesday X did'), not as a
    possibility, a forecast or a plan (a modal or future auxiliary on its predicate or any predicate
    governing it: "could top $3 billion", "the test will involve closing ..."), nor as a condition ('if',
    'unless', 'whether' opening its clause or one governing it: "Dr Murray faces up to four years in prison
    if convicted at trial", whose bare participle says nothing of tense), nor as a present state
    or scene ("BP and groups are working out details", "a rig recovers oil on June 13": captions).
    A noun is told as done by a past verb of its own ("the call, held last Thursday, comes ..."); one
    with no verb above it (a list entry "April 20 - Explosion and fire ...") says nothing against it.
    `historical_present`: a chronology's entry tells its day's acts in the present ("May 2 - Obama visits
    the Gulf Coast"), so its simple present is no state or scene there (its progressive still is)."""
    verb = token if token.pos_ in {"VERB", "AUX"} else _governing_verb(token)
    tense, current, given = "", verb, _is_definite(token)
    while current is not None:
        if _has_child(current, {"aux", "auxpass"}, lexicon.MODAL_AUXILIARIES | lexicon.FUTURE_AUXILIARIES):
            return False
        if _has_child(current, {"mark"}, lexicon.CONDITION_MARKERS) and not given:
            return False  # a condition, not a fact: 'faces up to four years in prison if convicted', 'unless stopped'
        if not tense:
            tense = predicate_tense(current)
        if current.head.i == current.i or (tense and current.dep_ in OWN_TENSE_CLAUSES):
            break  # a relative or adverbial clause with its own tense: "Salazar, who visited ..., could order"
        current = _governing_verb(current)
    if historical_present and not (verb is not None and verb.tag_ == "VBG" and _has_child(verb, {"aux"}, {"be"})):
        return True  # a chronology's simple present; its progressive is a state ('are warning that the well may not be stopped')
    if tense == "present" and token.pos_ not in {"VERB", "AUX"}:
        return any(child.dep_ in {"acl", "relcl"} and child.tag_ in PAST_TAGS
                   and not _has_child(child, {"aux", "auxpass"}, lexicon.MODAL_AUXILIARIES | lexicon.FUTURE_AUXILIARIES)
                   for child in token.children)
    return tense != "present"


def _is_history(day: str | None, date_range: list[str] | None, doc: Document) -> bool:
    """Dated more than a year before its own report: told as background ('the war, which started
    three years ago when ...'), not as news."""
    published = doc.published or (doc.published_range or [None])[0]
    latest = day or (date_range[1] if date_range else None)
    if not published or not latest:
        return False
    try:
        return date.fromisoformat(latest[:10]) < date.fromisoformat(published[:10]) - timedelta(days=HISTORY_DAYS)
    except ValueError:
        return False


def _is_habitual(token) -> bool:
    """'has long demanded', 'has consistently rejected': a lasting stance, told as background."""
    verb = token if token.pos_ == "VERB" else _governing_verb(token)
    return verb is not None and _has_child(verb, {"advmod"}, lexicon.HABITUAL_ADVERBS)


def _segments(parsed):
    """spaCy sentences, also cut at line breaks: headlines and datelines end without a full stop.
    A token's trailing whitespace is one space or none (a line break is a token of its own), so
    the breaks and the words are read off the parse's token texts, without Token objects."""
    words = parse_columns(parsed).text
    for sentence in parsed.sents:
        begin = sentence.start
        for i in range(sentence.start, sentence.end - 1):
            if "\n" in words[i] and words[i].isspace():
                if not all(word.isspace() for word in words[begin:i + 1]):
                    yield parsed[begin:i + 1]
                begin = i + 1
        if not all(word.isspace() for word in words[begin:sentence.end]):
            yield parsed[begin:sentence.end]


# How a lone word the page glued before a sentence hangs in the parse: "cents Transocean has struck
# back" (a ticker's bullet read as an adverbial noun), "Features Last night's announcement ..." (the end
# of a photo credit made the root of a fragment, the sentence hung from it).
LOOSE_OPENING_DEPS = {"npadvmod", "dep", "compound", "nmod", "intj", "meta", "ROOT"}
NAME_PARTICLE_POS = {"ADP", "DET", "PART", "CCONJ", "SCONJ"}  # "de Gaulle", "van Gogh", "al Qaeda"


def without_glued_page_word(segment):
    """The segment without a lone word of the page glued before the sentence's opening (the rest of
    a photo credit or a ticker's bullet the cleaning left: "cents Transocean has struck back ...",
    "Features Last night's announcement ..."), so that a timeline row shows the writer's sentence.

    The word is cut only where the parse leaves it outside the sentence's clause and a capitalised
    word follows it: a lower-case word that is no argument of the clause, or a title-case noun made
    the root of a fragment the clause hangs from. A name's first word stays ("House Speaker Nancy
    Pelosi said", "de Gaulle said": one name), and so does a subject ("Features of the plan were
    announced")."""
    if len(segment) < 4:
        return segment
    first, opening = segment[0], segment[1]
    if not first.is_alpha or not (opening.is_title or opening.is_upper) or first.pos_ in NAME_PARTICLE_POS:
        return segment
    if first.ent_iob_ == "B" and opening.ent_iob_ == "I":
        return segment
    rest = segment[1:]
    lower_loose = first.is_lower and first.dep_ in LOOSE_OPENING_DEPS
    root_of_fragment = (first.is_title and first.dep_ == "ROOT" and first.pos_ in {"NOUN", "PROPN"}
                        and any(child.i > first.i and child.dep_ in {"appos", "dep", "npadvmod", "acl"}
                                for child in first.children)
                        and any(token.pos_ in {"VERB", "AUX"} for token in rest))
    if not (lower_loose or root_of_fragment):
        return segment
    from storyline.story.cluster import is_page_furniture

    # a list with a word for its bullet ("cents BP cancels dividend ... cents No cap on ..."): no
    # evidence as a whole (asked only where a word would be cut: the sentences of every document pass here)
    return segment if is_page_furniture(segment.text) else rest


# What a sentence's last word can be: a word that ends a clause (not 'the', 'of', 'and' opening a title: "the Top Kill")
CLAUSE_ENDING_POS = {"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"}


def after_glued_text(segment):
    """The segment from the last sentence glued into it without a full stop (a caption, a headline or an analysis
    box the cleaning left before the writer's sentence: "... lap against the doors of the White House On Friday,
    President Barack Obama suggested ...", "Mr Hayward's attended a meeting of the BP board on Monday Many say
    ..."): text that no full stop closes is no sentence of the article, and the row shows the one that is.

    A glued opening is a function word written with a capital inside the segment ('On', 'Many': spaCy's stop
    words), outside any named entity, right after a word that can end a clause, with no punctuation between; not
    a number, an acronym ('US', 'WHO') or one letter ('influenza A'), nor 'The' before a capitalised word (a
    name's article: 'told The Times'), nor a word inside a phrase that runs across it (the word before depends on
    it or on a later word: 'the Macondo Well', 'the failed Top Kill operation') or that hangs on a word before it
    (a title after its verb: 'banned Of Mice and Men').
    On 140 bpoil_bbc articles it cuts 134 segments, read one by one: all but a few are captions, headlines, bylines,
    quotation boxes and page labels (docs/timeline.md, Round 12)."""
    cut, doc, words = None, segment.doc, parse_columns(segment.doc).text
    for i in range(segment.start + 1, segment.end):
        if len(words[i]) < 2 or words[i].islower():
            continue  # no title-case word (`str.istitle` needs a capital): no Token made for it
        token = doc[i]
        if not (token.is_title and token.is_stop and not token.like_num and token.ent_type_ == ""):
            continue  # the word's own tests first: the word before is made only for the few that pass
        before = token.doc[token.i - 1]
        if not (before.pos_ in CLAUSE_ENDING_POS and before.is_alpha and before.whitespace_):
            continue
        if before.head.i >= token.i or token.head.i < token.i:
            continue  # one phrase across it ("the Macondo Well poses", "the failed Top Kill operation"), or the word
            # belongs to the clause before it, as a title does ("a school that banned Of Mice and Men")
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if token.lower_ == "the" and following is not None and following.is_title:
            continue
        if not any(t.pos_ in {"VERB", "AUX"} for t in token.doc[token.i:segment.end]):
            continue  # a glued sentence tells an act; a later candidate without one does not undo an earlier cut
        cut = token.i
    return segment if cut is None else segment.doc[cut:segment.end]


# A full written date closing a sentence ("... in the Gulf of Mexico June 2, 2010.", "... 27 July 2010.")
# A chronology list's entry: a written day (a month name and a day number, perhaps a year), then a dash
# or a colon and the entry's first word ("April 22 - The Deepwater Horizon rig ... sinks", "7 May: ...").
ENTRY_DAY = re.compile(rf"(?:{MONTH_NAME}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{MONTH_NAME}\.?(?:,?\s+\d{{4}})?)$")
ENTRY_DASH = re.compile(r"\s*(?:--?|–|—|:)\s+[\w\"“]")
CONTINUED_ENTRY = re.compile(r"\s*(?:--|–|—)\s+\w")  # "-- BP CEO Tony Hayward flies over the Gulf.": the entry goes on


def chronology_entry(segment, timexes: list[Timex]) -> Timex | None:
    """The day a chronology list's entry opens with ('Below is a timeline of the spill and its impact:
    April 20, 2010 - Explosion and fire on ... rig', 'May 2 - Obama visits the Gulf Coast'): a written day
    opening the segment (or after its list's lead, closed by a colon), then a dash or a colon. The
    entry tells what happened that day, in the historical present of a chronology; a caption or a
    dateline closes or opens with its date differently (a dateline's place and outlet come first)."""
    if not timexes:
        return None  # most segments: their text is not needed
    text, offset = span_text(segment), segment.start_char
    for timex in timexes:
        if not (offset <= timex.start < segment.end_char) or not timex.value or len(timex.value) != 10:
            continue
        before = text[:timex.start - offset].rstrip()
        if before and not before.endswith(":"):
            continue
        if ENTRY_DAY.search(text[timex.start - offset:timex.end - offset]) and ENTRY_DASH.match(text, timex.end - offset):
            return timex
    return None


def _in_entry(token, entry: Timex, segment) -> bool:
    """A word of the entry told on its day: a verb, or a noun with no verb above it (a noun entry, 'Explosion
    and fire on ... rig'), after the day, outside quotation marks, not placed before it by a past perfect
    ('as the president had recently proposed') or an 'after'/'before' clause."""
    if token.idx < entry.end or inside_quotation(segment, token.i):
        return False
    if token.pos_ not in {"VERB", "AUX"} and _governing_verb(token) is not None:
        return False  # a noun an act of the entry names ('the largest oil spill in U.S. history') is not its day's
    current = token
    for _ in range(12):
        if any(child.dep_ == "aux" and child.lower_ == "had" for child in current.children):
            return False
        if any(child.dep_ == "mark" and child.lower_ in lexicon.RELATIVE_TIME_MARKS for child in current.children):
            return False
        if current.head.i == current.i:
            return True
        current = current.head
    return True


CLOSING_FULL_DATE = re.compile(rf"(?:{MONTH_NAME}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_NAME}\.?\s+\d{{4}})\W*$")
PERFECT_AUXILIARIES = {"has", "have", "had", "'s", "'ve", "'d"}


def is_dated_scene(segment) -> bool:
    """A photo caption: a scene in the present closed by its full written date with no act told in the past
    ('Oil floats on the surface of the Gulf of Mexico around a work boat at the site of the Deepwater Horizon oil
    spill in the Gulf of Mexico June 2, 2010.'). Prose dates an act with a preposition or a weekday ('capped the
    well on Thursday, 15 July 2010') or tells it in the past ('BP capped the well July 15, 2010')."""
    closing = CLOSING_FULL_DATE.search(span_text(segment))
    if closing is None:
        return False
    before = [tok for tok in segment if tok.idx < segment.start_char + closing.start() and not tok.is_space]
    if not before:
        return False  # a dated list entry or a dateline alone
    previous = before[-1]
    if previous.text == "," and len(before) > 1:
        previous = before[-2]
    if previous.pos_ == "ADP" or (previous.text.istitle() and previous.lower_ in WEEKDAYS):
        return False
    return not any(tok.tag_ == "VBD" or tok.dep_ == "aux" and tok.lower_ in PERFECT_AUXILIARIES for tok in before)


def _tells_press_coverage(token) -> bool:
    """The subject of a clause saying it dominates or leads a day's press ('The United Nation's declaration
    that ... dominates Sunday's papers', '... leads today's headlines'): a review of the papers tells what
    they carry on their day, not the happening, nor its day. A press noun without its day ('The earthquake
    that struck Haiti on Tuesday made headlines worldwide') is said of the happening itself."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.lemma_.lower() not in lexicon.PRESS_COVERAGE_VERBS:
        return False
    return any(child.dep_ in {"dobj", "obj"} and child.lemma_.lower() in lexicon.PRESS_NOUNS
               and any(mod.dep_ == "poss" or mod.dep_ in {"compound", "nmod"} and mod.ent_type_ == "DATE"
                       for mod in child.children)
               for child in token.head.children)


ACT_VERB_DEPS = {"ROOT", "conj"}
NOT_ACT_VERBS = CUE_VERBS | ATTITUDE_VERBS | lexicon.STATE_VERBS


def _may_tell_an_act(segment) -> bool:
    """Cheap test before the shown text is cut: the segment's root is a verb in the simple past."""
    root = segment.root
    return root.pos_ == "VERB" and root.tag_ == "VBD"


def untyped_acts(segment, typed_ids: set[int]) -> list:
    """Verbs of the segment's main clause in the simple past that no trigger word types ("Shares in BP plunged 7%
    today", "... and resumed collecting crude yesterday"): the root and verbs coordinated with it, not a verb of
    saying, thinking, stance or state (`lexicon.STATE_VERBS`), not negated, not inside quotation marks (the
    speaker's act and day), and only where no typed trigger stands in the verb's own clause (that trigger tells
    the clause's happening: 'launched an investigation'). The caller keeps one only when its own clause dates it
    to a day, it is told as done and a name is its agent."""
    acts = []
    columns = parse_columns(segment.doc)  # the first tests read off the columns: no Token for every word
    pos, tags, deps = columns.pos, columns.tag, columns.dep
    for i in range(segment.start, segment.end):
        if pos[i] != "VERB" or tags[i] != "VBD" or deps[i] not in ACT_VERB_DEPS or i in typed_ids:
            continue
        verb = segment.doc[i]
        if verb.dep_ == "conj" and not (verb.head.dep_ == "ROOT" and verb.head.pos_ == "VERB"):
            continue
        if verb.lemma_.lower() in NOT_ACT_VERBS or _is_negated(verb):
            continue
        if inside_quotation(segment, verb.i) or typed_ids & _own_clause(verb):
            continue
        acts.append(verb)
    return acts


def _fought(noun) -> bool:
    """A noun that a verb of fighting or closing off takes as its object (`lexicon.CONTAINMENT_VERBS`): 'to contain
    the leak', and 'to choke off a gushing oil leak', which the parse reads as the object of the verb's particle."""
    if noun.pos_ != "NOUN":
        return False
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prt" else noun.head
    return (noun.dep_ in {"dobj", "obj"} or noun.head.dep_ == "prt") and verb.lemma_.lower() in lexicon.CONTAINMENT_VERBS


def moves_a_measure(verb) -> bool:
    """An act whose subject is a measure of a party (`lexicon.MEASURE_NOUNS`), by its head or a noun before it:
    'Shares in BP plunged 7% today', 'The stock price of BP plunged', "BP's dramatic shares slump sparked a wider
    plunge", 'BP share slide hit a low'. A verb coordinated with its subject's verb shares its subject ('Shares
    fell 5% and closed at 400p'). What moved is the measure; the party did nothing."""
    subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ == "conj":
        subjects = [child for child in verb.head.children if child.dep_ in {"nsubj", "nsubjpass"}]
    return any(noun.lemma_.lower() in lexicon.MEASURE_NOUNS or noun.lower_ in lexicon.MEASURE_NOUNS
               for subject in subjects
               for noun in [subject, *(c for c in subject.children if c.dep_ in {"compound", "amod", "nmod"})])


def _worth_keeping(mention: EventMention) -> bool:
    """Without a named participant only a contact event is useful ('The call ... was held from ...')."""
    return bool(mention.participants) or mention.type in lexicon.CONTACT_TYPES


def _as_an_acts_day(timex: Timex) -> Timex:
    """The time expression as an act's day: a day name read six days back is the next day
    (`nlp.time.resolve.week_back_as_the_next_day`)."""
    if not timex.rule or '"weekday"' not in timex.rule:
        return timex
    value = week_back_as_the_next_day(TimeRule.from_json(timex.rule, timex.value), timex.anchor, timex.value)
    return timex if value == timex.value else replace(timex, value=value)


def names_left_unlabelled(parsed, mentions: list[Mention], doc_id: str) -> list[Mention]:
    """A one-word organisation's name the model labelled in some of the document's sentences and left unlabelled
    in others ('Shares in BP plunged', then 'BP began pumping ... on Wednesday' with no label): each unlabelled
    proper noun of that name, as a mention of the same kind, so an act it does has its named agent. Not a word
    inside a longer name ('BP America'), which the model read as something else."""
    names = {m.text: m.label for m in mentions if m.doc == doc_id and m.label == "ORG" and m.text.isalnum()}
    if not names:
        return []
    covered = [(m.start, m.end) for m in mentions if m.doc == doc_id]
    found = []
    words = parse_columns(parsed).text
    for i in [i for i, word in enumerate(words) if word in names]:  # a Token only for a word of those names
        token = parsed[i]
        if token.pos_ != "PROPN" or token.ent_type_:
            continue
        if (token.dep_ == "compound" and token.head.pos_ == "PROPN") or any(
                child.dep_ == "compound" and child.pos_ == "PROPN" for child in token.children):
            continue  # a word of a longer name ('BP America'), not a name before a noun ('BP engineers')
        if any(start < token.idx + len(token) and token.idx < end for start, end in covered):
            continue
        found.append(Mention(doc_id, token.idx, token.idx + len(token), token.text, names[token.text]))
    return found


def extract_event_mentions(parsed, doc: Document, timexes: list[Timex], mentions: list[Mention]) -> list[EventMention]:
    """Event mentions in one parsed document, in text order."""
    found: list[EventMention] = []
    mentions = mentions + names_left_unlabelled(parsed, mentions, doc.id) if mentions else mentions
    doc_timexes = [_as_an_acts_day(t) for t in timexes if t.doc in {doc.id, ""}] if timexes else []
    candidates = trigger_candidates(parsed)
    entry = None  # the chronology entry the segment opens or goes on with ("-- BP CEO Tony Hayward flies ...")
    by_start = sorted(doc_timexes, key=lambda t: t.start)
    starts = [t.start for t in by_start]  # each segment reads only its own time expressions (not every one of a long page)
    for sentence in _segments(parsed):
        own_timexes = by_start[bisect_left(starts, sentence.start_char):bisect_left(starts, sentence.end_char)]
        entry = chronology_entry(sentence, own_timexes) or (
            entry if entry is not None and CONTINUED_ENTRY.match(span_text(sentence)) else None)
        first = bisect_left(candidates, sentence.start)
        if (first == len(candidates) or candidates[first] >= sentence.end) and not _may_tell_an_act(sentence):
            continue  # no word of the segment can trigger an event: its shown text is not needed
        shown = after_glued_text(without_glued_page_word(sentence))  # the evidence a row shows; the parse keeps the whole segment
        typed = [(parsed[i], trigger_type(parsed[i], sentence.start))
                 for i in candidates[bisect_left(candidates, shown.start):bisect_left(candidates, shown.end)]]
        typed = [(tok, event_type) for tok, event_type in typed if event_type]
        trigger_ids = {tok.i for tok, _ in typed}  # an untyped act, kept or not, takes no other event's participants
        typed += [(verb, lexicon.ACT_TYPE) for verb in untyped_acts(shown, trigger_ids)]
        if not typed:
            continue
        contact_ids = frozenset(tok.i for tok, event_type in typed if event_type in lexicon.CONTACT_TYPES)
        sentence_text = span_text(sentence)
        sentence_mentions = _sentence_mentions(sentence, mentions, parsed, doc.id)
        source_ids = _source_tokens(sentence)
        source_chars = [(parsed[i].idx, parsed[i].idx + len(parsed[i]) + 1) for i in source_ids]
        in_sentence: list[EventMention] = []
        kept_triggers = []
        tallies: list[EventMention] = []  # deaths and injuries told as a count up to a day
        moves: list[EventMention] = []  # acts of a measure of a party: 'Shares in BP plunged'
        scene = is_dated_scene(sentence)  # a photo caption tells no act as done
        for token, event_type in typed:
            if token.i in source_ids:
                continue  # "according to Panepinto, whose company flew Jackson ...": the source's business
            if _tells_press_coverage(token):
                continue  # "The UN's declaration ... dominates Sunday's papers": a press review
            if token.dep_ == "xcomp" and token.head.lemma_.lower() in lexicon.REFUSAL_VERBS:
                continue  # "refused to meet": no meeting
            if token.lemma_.lower() in lexicon.REFUSAL_VERBS and _has_child(token, {"xcomp"}, PRESS_COMMENT_VERBS):
                continue  # "declined to comment": no refusal of anything
            if token.dep_ in {"dobj", "obj"} and token.pos_ == "NOUN" and token.head.lemma_.lower() in lexicon.PREVENTION_VERBS:
                continue  # "to stop the killing": what someone wants stopped
            if event_type in lexicon.DISASTER_TYPES and _fought(token):
                continue  # "efforts to contain a month-old seabed well leak": a disaster under way, fought
            if token.lemma_.lower() in lexicon.DENIAL_VERBS and any(
                    tok.i in trigger_ids for tok in token.subtree if tok.i != token.i):
                continue  # "denied that they had spoken": the call is denied, no event of its own
            if _is_negated(token):
                if event_type != "agree" or (token.tag_ == "VBG" and _has_child(token, {"aux"}, {"be"})):
                    continue  # "were not approving permits fast enough": a state that lasts, no rejection
                event_type = "reject"  # "did not accept the request"
            location, location_ids = _location_tokens(token)
            not_taking_part = source_ids if event_type in lexicon.PLACE_PARTICIPANT_TYPES else location_ids | source_ids
            participants, roles = _participants(token, event_type, trigger_ids, not_taking_part,
                                                sentence_mentions, parsed, sentence)
            status = event_status(token, sentence_text)
            in_entry = entry is not None and _in_entry(token, entry, sentence)
            day, date_range, dated_by, pending_basis = event_date(token, sentence, sentence_text, doc, doc_timexes, parsed, status,
                                                   source_chars, event_type, entry if in_entry else None)
            if status == "planned" and _ahead_of_the_clause(token) and _past_when_told(day, doc):
                status = "happened"  # "BP shares rose on Tuesday ahead of Wednesday's meeting with Obama" told Thursday
            realis = status in REALIS_STATUSES and not scene and told_as_done(token, in_entry)
            if event_type == lexicon.ACT_TYPE and not (day and dated_by == "own" and realis and "agent" in roles
                                                       and clause_headline(token)):
                continue  # an untyped verb is a happening only told as done, by a name, on a day of its own clause,
                # and with a clause to head it (its type names nothing a frame's headline could say)
            kept_triggers.append(token)
            tally = event_type in lexicon.TOLL_TYPES and tells_a_tally(token)
            in_sentence.append(EventMention(
                doc=doc.id, start=shown.start_char, end=sentence.end_char, sentence=span_text(shown).strip(),
                type=event_type, status=status, date=day, date_range=date_range, participants=participants,
                location=location, duration=None, trigger=token.text, roles=roles,
                object=_object_phrase(token, location_ids, event_type, contact_ids),
                background=_is_history(day, date_range, doc) or _is_habitual(token),
                dated_by=dated_by, realis=realis,
                pending_basis=pending_basis,
                clause=clause_headline(token, event_type in lexicon.CONTACT_TYPES), count=told_count(token),
            ))
            if tally:
                tallies.append(in_sentence[-1])
            if event_type == lexicon.ACT_TYPE and moves_a_measure(token):
                moves.append(in_sentence[-1])
        _attach_duration(in_sentence, sentence_text, sentence.start_char, kept_triggers)
        in_sentence = _one_per_clause(in_sentence, kept_triggers, sentence)
        for mention in tallies:
            # typed after the readings that need the toll's type (date, participants, `_one_per_clause`: a toll
            # under its cause, 'the outbreak, which has killed 53', is the cause's mention)
            mention.type = lexicon.TALLY_TYPE
        for mention in moves:  # typed after `_one_per_clause`, where an untyped act yields to any typed happening
            mention.type = lexicon.MOVE_TYPE
        found.extend(m for m in _merge_same_sentence(in_sentence) if _worth_keeping(m))
    return found
