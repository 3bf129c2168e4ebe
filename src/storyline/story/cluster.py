"""Cross-document event clustering: many reports of one phone call become one event.

Two mentions are the same event when their types are compatible (a "call" may be reported
as "talks" or "their conversation"), their dates agree (same day, or a day inside the other's
range: two calls a day apart stay apart), and they share participants. A mention with no
date joins an event only with extra evidence: its document copies one of the event's
documents, it names the same place, it says nearly the same thing, or it tells again a contact
(call, meeting, talks) between the same parties that its own article told. A mention with no
named participant ("The call, reportedly held from Mar-a-Lago ...") joins the event of its
own document it most likely refers to.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz import fuzz

from storyline.dedup.sources import independent_sources
from storyline.model import Event, EventMention
from storyline.nlp.entities import most_common
from storyline.nlp.spacy_model import span_text
from storyline.nlp.time.lexicon import MONTH_NAME
from storyline.nlp.time.normalise import written_number
from storyline.story.lexicon import CONTACT_TYPES, DISASTER_TYPES, STANCE_TYPES
from storyline.story.speakers import EntityLookup, entity_at

SIMILAR_SENTENCE = 70  # rapidfuzz token_sort_ratio above which two sentences tell the same thing
# When one event is reported with several contact words, name it by the most specific one.
CONTACT_TYPE_PRIORITY = ("call", "meeting", "visit", "negotiation")
# The status an event of mixed reports takes: one report that it took place outweighs plans and
# denials; a cancellation outweighs the plan it cancels.
STATUS_PRECEDENCE = ("happened", "called off", "reported", "denied", "planned")
STATUS_ORDER = {"happened": 0, "reported": 1, "planned": 2, "denied": 3, "called off": 3}
# Page furniture read as sentences: a photo caption or list entry opened by its date, perhaps after
# the agency's credit ("June 17: Tony Hayward testifies ...", "AP June 17: ...", "Wednesday: President Obama ... meet ..."), an agency caption's
# full dateline ("... in the Rose Garden, Tuesday, May 25, 2010, in Washington"), an update stamp
# ("Last updated: 14 January, 2010 - 17:26 GMT").
_MONTH = MONTH_NAME + r"\.?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
CAPTION = re.compile(
    rf"^\W*(?:[A-Z]{{2,}}\s+)?(?:{_WEEKDAY}|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)\s*:\s"
    rf"|\b{_WEEKDAY},\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\b"
    r"|\b(?:last\s+updated|updated\s*:)", re.IGNORECASE)


QUOTED = re.compile(r'"[^"]*(?:"|$)|“[^”]*(?:”|$)')  # a quotation, or one left open to the end of the sentence


def inside_quotation(sentence, first: int) -> bool:
    """Whether the token at index `first` of a sentence's Doc lies inside quotation marks: someone's words."""
    offset = sentence.doc[first].idx - sentence.start_char
    return any(quoted.start() <= offset < quoted.end() for quoted in QUOTED.finditer(span_text(sentence)))
FIRST_PERSON = re.compile(r"\bI(?:['’](?:ve|m|d|ll))?\b")


def is_caption(sentence: str) -> bool:
    """A caption, a dated list entry or an update stamp rather than a sentence of the article: no
    evidence for a timeline row (a report tells its happening in a sentence of its own)."""
    return bool(CAPTION.search(sentence))


def is_first_person(sentence: str) -> bool:
    """Told by an 'I' outside quotation marks: a reader's comment or a witness's own account ('I've
    also heard that someone managed to speak to Mimi'), not the report of a happening."""
    return bool(FIRST_PERSON.search(QUOTED.sub(" ", sentence)))


# A roundup's section label opening an entry: "At the White House: ...", "In the Gulf: ..." (a Fox News page of the
# spill day by day): the label's words, then its colon.
ROUNDUP_SECTION_LABEL = r"(?:At|In|On|From|Inside|Around)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*:\s"

# Page furniture news pages keep as text, glued to or standing for a sentence: a bullet list ("* Premiums
# up 50 pct - Moody's * Sector loss ..."), an agency dateline after other words (a page headline or a
# caption glued before "LONDON (Reuters) -" or "VENICE, La. (AP) --": a dateline's place is in
# capitals, which an organisation's acronym after its name, "the Minerals Management Service (MMS) -",
# is not), a teaser cut off by an ellipsis and followed by the next one, a photo's left-to-right
# credit (two position labels: one "(R)" is a senator's party), a photo credit in brackets opening the sentence,
# a roundup's section label, a photo caption's closing date.
_AGE_STAMP = r"\s[-–—]\s\d{1,3}\s+(?:hrs?|hours?|mins?|minutes?)\s+ago\b"
AGE_STAMP = re.compile(_AGE_STAMP)  # one is enough for the summarised timeline (`story.timeline._is_summary_worthy`)
_NAME_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"  # capitalised words only: a name, an affiliation
# The agency dateline after other words is matched apart (`is_page_furniture`), and only where a sentence holds
# an agency's credit before a dash (`_AGENCY_CREDIT`, which its match ends with): from every lower-case word it
# scans ahead to the next bracket (two thirds of the whole pattern's CPU on the sample 150's event-mention sentences).
_AGENCY_CREDIT = re.compile(r"\([A-Z][A-Za-z]{1,12}\)\s*[-–—]")
_DATELINE_AFTER_WORDS = re.compile(
    r"\b[a-z][a-z]+\b[^()]*?\b[A-Z]{2,}[A-Z .,/]*(?:,\s*[A-Z][a-z]{1,5}\.)?\s\([A-Z][A-Za-z]{1,12}\)\s*[-–—]")
PAGE_FURNITURE = re.compile(
    r"(?:^|\s)\\?[*•·▪]\s"  # Timeline17's pages keep their bullets escaped: "\* Premiums up"
    r"|^\W*([a-z]+)\s+[A-Z].*?\s\1\s+[A-Z]"  # a word for a bullet, opening and recurring: "cents BP cancels ... cents No cap"
    r"|\w\.?(?:\.\.\.|…)\s+[A-Z]"  # "safety reco... A new", "Transocean Ltd.... VENICE"
    r"|\((?:L-R|R-L|left to right|from left)\)|\((?:L|R|C)\)[^()]*\((?:L|R|C)\)"
    # a photo credit in brackets opening the sentence, its photographer and outlet or source joined by a slash
    # or 'via' ("(Tracy A. Woodward/the Washington Post) Lamar McKay ...", "(U.s. Coast Guard Via Associated
    # Press) BP rolled out ..."); an agency's lead credit, "(AP) U.S. officials ...", names no photographer
    r"|^\W*\([^()]*(?:\w/\w|\b[Vv]ia\b)[^()]*\)\s*[A-Z\"“]"
    # a list of links stamped with their age, two stamps or more ("All Gulf States - 29 hrs ago The Independent BP
    # oil spill hitting all gulf states - 33 hrs ago MSNBC ..."; one is prose: "BP shares fell 3% - 2 hours ago ...")
    rf"|{_AGE_STAMP}.*?{_AGE_STAMP}"
    # a video's caption, a speaker's name (and affiliation) and their words with no full stop, glued before the
    # sentence ("Mike O'Berry, US Coast Guard: \"We'll search until all likelihood of success has passed\" The US
    # Coast Guard says ..."); not a clause before a colon ("President Obama said on Tuesday: \"...\" The ...")
    rf"|^\W*{_NAME_WORDS}(?:,\s+{_NAME_WORDS})?:\s*[\"“][^\"“”]*\w[\"”]\s+[A-Z]"
    # a credit line: footage or a photo 'courtesy of' its source ("Hope for Haiti Now footage courtesy of MTV George
    # Clooney has hosted ..."), a caption closed by its source's web address ("... the Minerals Management Service
    # (MMS. gov)", no full stop after it); a credit followed by prose ("Satellite images courtesy of NASA showed
    # ..."), a credit opening the sentence (after two words at most: the subject of its verb, "Images courtesy of
    # NASA's Earth Observatory showed the slick"), an address after a common noun ("launched a website for people
    # seeking compensation (bp.com).") and one closing a sentence with its full stop ("file claims with the Gulf
    # Coast Claims Facility (gulfcoastclaimsfacility.com).") are report sentences
    r"|^(?!\W*(?:[\w'’-]+\s+){0,2}(?:[Ff]ootage|[Vv]ideo|[Pp]hotos?|[Pp]hotograph|[Pp]ictures?|[Ii]mages?)\s+courtesy\b)"
    r".*?\b(?:[Ff]ootage|[Vv]ideo|[Pp]hotos?|[Pp]hotograph|[Pp]ictures?|[Ii]mages?)\s+courtesy\s+of\s+[A-Z][\w.'’-]*\s+[A-Z]"
    rf"|\b(?!(?:{_WEEKDAY}|{_MONTH})\b)[A-Z][\w.'’-]*\s+\(\s*[\w-]+(?:\.\s?[\w-]+)*\.\s?(?:gov|com|org|net)\s*\)\s*$"
    # a roundup's section label: "At the White House: President Obama delivered ...", "In the Gulf: BP ..."
    rf"|^\W*{ROUNDUP_SECTION_LABEL}"
    # a photo caption closed by its place and full date ("... closed due to a Greenpeace protest, in Camden,
    # London, 27 July 2010.", "... the beach, Grand Isle, Louisiana, June 4, 2010"): prose dates a
    # happening with a preposition or a weekday ("capped on Thursday, 15 July 2010"), not a place
    rf"|,\s*(?:in\s+)?(?!{_WEEKDAY}\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*"
    rf",\s*(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}),?\s+\d{{4}}\W*$")


# A caption or headline run into the next sentence with nothing between them: a lower-case word, then a
# word that only opens a sentence ("... is charged with involuntary manslaughter The superstar died ...";
# not "A", which names a type or grade after a lower-case word: "influenza A virus", "vitamin A
# deficiency", "an A grade"), or a dated list entry's date
# after a lower-case word that is no preposition ("... throughout the trial 29 September 2011 Jackson's
# bodyguard ... testifies"). Quotations are left out before matching: speech runs on ("This was not our
# accident This was Transocean's rig").
RUN_IN = re.compile(
    r"\b[a-z]{2,}\s+(?:The|An|He|She|They|We|His|Her|Their|Its)\s+[a-z]{2,}"
    r"|\b(?!(?:on|in|since|until|till|by|before|after|from|to|of|and|or|but|between|through|at|for|than|dated)\b)"
    rf"[a-z]+\s+\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\s+[A-Z]")


# A call to the reader, perhaps after a label ("Live Q&A: Post your questions on ...", "Have your say", "Click here
# to ...", "Watch the video"): a page's invitation, whatever happening it names. A general lexicon of what pages ask
# readers to do; quotations are left out first ("Tell us what happened," he said).
READER_CALL = re.compile(
    r"^\W*(?:[^.:!?]{1,40}:\s+)?(?:Post|Send|Share|Tell|Click|Tap|Watch|Read|Follow|Sign\s+up|Subscribe|Email|Listen|Vote"
    r"|Join|Comment|Have)\s+(?:your|us|here|more|now|the\s+(?:video|debate|discussion|conversation|live))\b")


# A teaser cut off at its end by an ellipsis ("... efforts to make safety reco..."): the writer's own
# sentence ends in a full stop; an ellipsis inside a quotation is the speaker's pause and stays.
CUT_OFF = re.compile(r"\w\.?(?:\.\.\.|…)\s*$")


def is_page_furniture(sentence: str) -> bool:
    """A bullet list, a page headline or caption glued to an agency dateline, a run of teasers, a
    teaser cut off by an ellipsis, a photo credit, a caption run into the next sentence or a call to the reader: no report of a happening, whatever it names (no
    evidence for a timeline row)."""
    unquoted = QUOTED.sub(" ", sentence)
    return bool(PAGE_FURNITURE.search(sentence)
                or (_AGENCY_CREDIT.search(sentence) and _DATELINE_AFTER_WORDS.search(sentence))
                or CUT_OFF.search(unquoted) or RUN_IN.search(unquoted)
                or READER_CALL.search(unquoted))


def is_no_report(sentence: str) -> bool:
    """Evidence a timeline row should not rest on: a caption or a first-person account."""
    return is_caption(sentence) or is_first_person(sentence)


@dataclass
class _Cluster:
    """One event being built: what matching needs and what the event is made of, as running totals,
    so that a stored event can be loaded back (`cluster_state` / `load_cluster`) and grow."""

    entities: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    date: str | None = None
    date_range: list[str] | None = None
    docs: set[str] = field(default_factory=set)
    locations: Counter = field(default_factory=Counter)
    durations: Counter = field(default_factory=Counter)
    statuses: set[str] = field(default_factory=set)
    mentions: list[dict] = field(default_factory=list)  # {"doc", "start", "end"} of every mention
    sentences: list[str] = field(default_factory=list)  # distinct mention sentences, for _similar
    first: list | None = None  # [doc, start, trigger] of the earliest mention: names a new event
    summary: list | None = None  # [sort key..., sentence] of the mention that best stands for it
    event_id: str | None = None  # a stored event keeps its id when it grows
    roles: dict[str, Counter] = field(default_factory=dict)  # agent / patient / with -> entity counts
    objects: Counter = field(default_factory=Counter)  # what the act is about ("territorial concessions")
    counts_by_doc: dict[str, list[str]] = field(default_factory=dict)  # the counts each article told ('145')
    told_date: bool = True  # some mention's date comes from its own sentence, not from when its article appeared
    news: int = 0  # mentions that tell it as news, not as history
    clause: str | None = None  # the summary mention's clause (`EventMention.clause`)
    place: str | None = None  # the summary mention's place (`EventMention.location`)
    told_locations: Counter = field(default_factory=Counter)  # the places of mentions dated by their own words
    changed: bool = False


# ---------------------------------------------------------------- participants -> entity ids


def _surname_key(text: str) -> str:
    words = [w for w in text.replace("’s", "").replace("'s", "").split() if w[:1].isalnum()]
    return words[-1].lower() if words else text.lower()


def participant_entities(mentions: list[EventMention], entity_of: EntityLookup) -> list[list[str]]:
    """Entity ids of each mention's participants: the linker's id where it has one, else the id
    the linker gave the same surname elsewhere, else the text itself."""
    return [list(roles) for roles in participant_roles(mentions, entity_of)]


def participant_roles(mentions: list[EventMention], entity_of: EntityLookup) -> list[dict[str, str]]:
    """`participant_entities` with each entity's role in the mention (agent / patient / with), in order."""
    resolved: list[list[str | None]] = []
    by_surname: dict[str, str] = {}
    for mention in mentions:
        ids = []
        for text in mention.participants:
            offset = mention.sentence.find(text)
            entity = entity_at(entity_of, mention.doc, mention.start + offset, mention.start + offset + len(text)) if offset >= 0 else None
            ids.append(entity)
            if entity:
                by_surname.setdefault(_surname_key(text), entity)
        resolved.append(ids)
    result = []
    for mention, ids in zip(mentions, resolved):
        entities: dict[str, str] = {}
        roles = mention.roles if len(mention.roles) == len(mention.participants) else ["patient"] * len(ids)
        for text, entity, role in zip(mention.participants, ids, roles):
            entity = entity or by_surname.get(_surname_key(text)) or "text:" + _surname_key(text)
            entities.setdefault(entity, role)
        result.append(entities)
    return result


# ---------------------------------------------------------------- compatibility


def types_compatible(a: str, b: str) -> bool:
    return a == b or (a in CONTACT_TYPES and b in CONTACT_TYPES)


def _has_date(day: str | None, date_range: list[str] | None) -> bool:
    return bool(day or date_range)


def dates_compatible(day_a: str | None, range_a: list[str] | None, day_b: str | None, range_b: list[str] | None) -> bool:
    """Same day; a day inside a range; overlapping ranges. Undated is not compatible here."""
    if day_a and day_b:
        return day_a == day_b
    if day_a and range_b:
        return range_b[0] <= day_a <= range_b[1]
    if day_b and range_a:
        return range_a[0] <= day_b <= range_a[1]
    if range_a and range_b:
        return range_a[0] <= range_b[1] and range_b[0] <= range_a[1]
    return False


def _shared_enough(entities: list[str], cluster: _Cluster) -> int:
    """Number of shared participants, or 0 when too few to call it the same event."""
    shared = len(set(entities) & set(cluster.entities))
    needed = min(2, len(set(entities)), len(cluster.entities))
    return shared if needed and shared >= needed else 0


LEADING_COUNT = re.compile(r"^\s*(\d[\d,.]*)\b")


def _count(mention: EventMention) -> str | None:
    """The number the mention is told with (`EventMention.count`), else the one its object opens with
    ('145 drones' -> '145': an analysis made before counts were kept), as its value: an older analysis
    kept 'eleven' as written, one figure with '11'. A stated position's object is what was said, not a
    count of its act ('Mexico announced on Monday that 40 people had died' states no 40 announcements)."""
    match = LEADING_COUNT.match(mention.object or "") if mention.type not in STANCE_TYPES else None
    written = mention.count or (match.group(1) if match else None)
    value = written_number(written.replace(",", "")) if written else None
    return str(value) if value is not None else None


def _other_count(mention: EventMention, count: str | None, cluster: _Cluster, told_dates: bool) -> bool:
    """One article telling acts of one kind with different counts ('launching 145 drones at
    Ukraine', 'downing 34 Ukrainian drones targeting Moscow') tells two happenings, not one. Across
    articles only a day each report tells lets different counts be one happening (two outlets'
    tallies of one night's attack); without one they are a running toll's updates ('has killed up
    to 81 people', '... up to 149 people' a day later): each figure is its own row, never one
    happening with every article that gave a figure for its sources. `count`: the mention's (`_count`)."""
    if not count:
        return False
    told = cluster.counts_by_doc.get(mention.doc, ()) if told_dates else \
        [other for counts in cluster.counts_by_doc.values() for other in counts]
    return any(other != count for other in told)


def _copies(doc: str, docs: set[str], copy_of: dict[str, str | None]) -> bool:
    return copy_of.get(doc) in docs or any(copy_of.get(other) == doc for other in docs)


def _similar(mention: EventMention, cluster: _Cluster) -> float:
    return max((fuzz.token_sort_ratio(mention.sentence, other) for other in cluster.sentences), default=0.0)


def _match_score(mention: EventMention, entities: list[str], cluster: _Cluster, copy_of: dict[str, str | None],
                 undated_contacts: int = 0, roles: dict[str, str] | None = None, count: str | None = None) -> float:
    """How well a mention fits a cluster; 0 means it does not. `undated_contacts`: how many undated
    contacts of the mention's kind its article holds so far (`_one_undated_contact`); `roles`: each
    entity's role in the mention (`participant_roles`); `count`: its number (`_count`, read once per mention)."""
    if not any(types_compatible(mention.type, t) for t in cluster.types):
        return 0.0
    if mention.status == "planned" and mention.type not in cluster.types:
        return 0.0  # a planned meeting is not the call that arranged it
    dated = _has_date(mention.date, mention.date_range) and _has_date(cluster.date, cluster.date_range)
    if dated and not dates_compatible(mention.date, mention.date_range, cluster.date, cluster.date_range):
        return 0.0
    told_dates = dated and _told_date(mention) and cluster.told_date
    if _other_count(mention, count, cluster, told_dates):
        return 0.0
    same_type = 0.5 if mention.type in cluster.types else 0.0
    if not entities:
        # "The call, reportedly held ..." refers back to an event of its own document; a rewrite's
        # sentence telling the same thing tells it too
        return 1.0 + same_type if mention.type in cluster.types and (mention.doc in cluster.docs or (
            _copies(mention.doc, cluster.docs, copy_of) and _similar(mention, cluster) >= SIMILAR_SENTENCE)) else 0.0
    shared = _shared_enough(entities, cluster)
    one_contact = not dated and _one_undated_contact(mention, entities, cluster, undated_contacts)
    if not shared and one_contact:
        return 1.0 + same_type
    if not shared and mention.type in DISASTER_TYPES and mention.date and mention.date == cluster.date \
            and mention.type in cluster.types and told_dates:
        shared = 1  # one story's explosion of 20 April is one explosion, whatever place each report names
    if not shared:
        return 0.0
    score = shared + same_type
    if told_dates or (dated and _shared_parties(roles or {}, cluster) >= 2):
        # the week its article appeared dates no report: two reports of one week are one happening
        # when the same two parties (people, organisations) act in both, not for sharing a country
        # nor for the same people being told of in both
        return score + (1.0 if mention.date and mention.date == cluster.date else 0.0)
    copied = _copies(mention.doc, cluster.docs, copy_of)
    # the place where the participant named is that place ('killed up to 81 people in Mexico') tells
    # nothing more than the participant did
    same_place = bool(mention.location and mention.location in cluster.locations
                      and _place_name(mention.location) not in map(_place_name, mention.participants))
    same_contact = _same_contact_in_article(mention, shared, cluster)
    same_figure = _same_figure(mention, count, cluster)
    similarity = _similar(mention, cluster)
    if not (copied or same_place or same_contact or one_contact or same_figure or similarity >= SIMILAR_SENTENCE):
        return 0.0
    return score + 2.0 * copied + same_place + same_contact + same_figure + similarity / 100


def _place_name(text: str) -> str:
    """A place's whole name, without its article: 'the United States' is the participant 'United
    States'; 'Mexico City' is not 'Mexico', 'Nigeria' not 'Niger'."""
    return re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).lower()


def _same_figure(mention: EventMention, count: str | None, cluster: _Cluster) -> bool:
    """Another article told the act with the same figure of two digits or more ('has killed up to 176
    people in Mexico'): one update of a tally, reported again; a figure of one digit ('two deaths')
    recurs by chance. `count`: the mention's (`_count`)."""
    return bool(count and count.isdigit() and len(count) >= 2) and any(
        count in counts for doc, counts in cluster.counts_by_doc.items() if doc != mention.doc)


WEAK_DATE_BASES = {"publication", "inferred"}  # the week before its article appeared (`events.event_date`)
PARTY_PREFIXES = ("person:", "org:")  # linked entities that can act (`nlp.entities.entity_id`)
ACTING_ROLES = ("agent", "with")


def _told_date(mention: EventMention) -> bool:
    """Dated by its own sentence (or an older analysis that did not say), not by its article's date."""
    return _has_date(mention.date, mention.date_range) and mention.dated_by not in WEAK_DATE_BASES


def _shared_parties(roles: dict[str, str], cluster: _Cluster) -> int:
    """People and organisations acting (agent, with) both in the mention and in the cluster: 'WHO said
    Mexican officials reported 20 new deaths' and 'Mexican authorities told WHO of a death' share two
    entities, neither acting in both."""
    acting = {entity for entity, role in roles.items() if role in ACTING_ROLES and entity.startswith(PARTY_PREFIXES)}
    return len(acting & {entity for role in ACTING_ROLES for entity in cluster.roles.get(role, ())})


def _same_contact_in_article(mention: EventMention, shared: int, cluster: _Cluster) -> bool:
    """An article that tells a call (a meeting, talks) between the same two parties or more again
    without a date of its own tells the same one: contact is symmetric, so "Putin, in a recent phone
    call with Trump" and "after speaking with Putin" (Trump) are one happening whoever is named first
    (who called is a role, not another event). One party is not enough: a day's schedule has Obama
    meet senators, then a king. A plan is not the contact held, in one article: "met ... and will
    meet again" tells two."""
    return (shared >= 2 and mention.type in CONTACT_TYPES and mention.type in cluster.types and mention.doc in cluster.docs
            and (mention.status == "planned") == (cluster.statuses == {"planned"}))


def _countries_only(entities) -> bool:
    return bool(entities) and all(entity.startswith("gpe:") for entity in entities)


def _undated_contact(mention: EventMention, cluster: _Cluster) -> bool:
    """A happened contact of the mention's kind in its article, with no date: what `_one_undated_contact` may join."""
    return (mention.type in CONTACT_TYPES and mention.type in cluster.types and mention.doc in cluster.docs
            and "happened" in cluster.statuses and not (cluster.date or cluster.date_range))


def _one_undated_contact(mention: EventMention, entities: list[str], cluster: _Cluster, undated_contacts: int) -> bool:
    """A contact told with a country for its party ("Following a phone call with Russia's president,
    Trump backed off ...") in an article that tells one contact of the same kind with people ("Trump and
    Putin spoke for two hours Monday in a phone call"), neither dated (an article no date can be given
    to), is that contact: the country stands for whoever spoke for it, as one of its parties alone
    ("Trump said ... after the call") names no other contact. Only when the article holds no
    other undated contact of that kind (with two, "a call with Russia" could be either), and only for
    contacts told as held (two plans are not one). Names of people on both sides are no such case
    (`_same_contact_in_article` asks two of them shared: a day's schedule has Obama meet senators,
    then a king)."""
    if mention.date or mention.date_range or mention.status != "happened":
        return False
    return undated_contacts == 1 and _undated_contact(mention, cluster) and (
        _countries_only(entities) or _countries_only(cluster.entities) or set(entities) <= set(cluster.entities))


# ---------------------------------------------------------------- clustering


def _precision_rank(mention: EventMention) -> int:
    return 0 if mention.date else 1 if mention.date_range else 2


def _intersect(a: list[str] | None, b: list[str] | None) -> list[str] | None:
    if a is None:
        return b
    if b is None:
        return a
    low, high = max(a[0], b[0]), min(a[1], b[1])
    return [low, high] if low <= high else a


# What dated a mention (EventMention.dated_by), the best first: its own clause; unknown (an older
# analysis); a saying or another clause; somewhere in the sentence; the week before its publication.
DATE_BASES = ("own", "", "saying", "sentence", "inferred", "publication")


class _SummaryKey(NamedTuple):
    """Lower is better: a report of the article (not a caption, page furniture or a first-person
    account), told as done, dated by its own words, from an original, done, dated, headed by its own clause
    (the row's headline is then the evidence's own words), naming most, of a readable length."""

    not_a_report: bool
    not_realis: bool
    date: str | None  # compared with the event's day when ranked (_ranked): one giving it another day tells another
    date_basis: int
    from_a_copy: bool
    status: int
    undated: bool
    # a clause to head the row, except for a contact, whose frame heads it ('Barack Obama – Gordon Brown phone call'):
    # naming most wins alone where a sentence that names others by the way ('The committee will hear from the
    # widows of those killed when the rig exploded on 20 April, along with ... the Institute of Marine Mammal
    # Services') outnamed the explosion's own report and made both its headline and its evidence
    no_own_clause: bool
    participants: int  # negative: more is better
    odd_length: bool
    doc: str
    start: int


SUMMARY_FIELDS = len(_SummaryKey._fields)


def _summary_key(mention: EventMention, copy_of: dict[str, str | None]) -> _SummaryKey:
    return _SummaryKey(
        is_no_report(mention.sentence) or is_page_furniture(mention.sentence),
        not mention.realis,
        mention.date,
        DATE_BASES.index(mention.dated_by) if mention.dated_by in DATE_BASES else 1,
        copy_of.get(mention.doc) is not None,
        STATUS_ORDER.get(mention.status, 3),
        mention.date is None,
        mention.clause is None and mention.type not in CONTACT_TYPES,
        -len(mention.participants),
        not (60 <= len(mention.sentence) <= 300),
        mention.doc,
        mention.start,
    )


def _ranked(key: list, event_date: str | None) -> list:
    """A summary key as compared, against the event's day as it stands now."""
    return [*key[:2], bool(event_date) and key[2] != event_date, *key[3:]]


def _add(cluster: _Cluster, mention: EventMention, entities: list[str], copy_of: dict[str, str | None],
         roles: dict[str, str] | None = None, count: str | None = None) -> None:
    cluster.changed = True
    for entity, role in (roles or {}).items():
        cluster.roles.setdefault(role, Counter())[entity] += 1
    if mention.object:
        cluster.objects[mention.object] += 1
    if count and count not in cluster.counts_by_doc.get(mention.doc, []):
        cluster.counts_by_doc.setdefault(mention.doc, []).append(count)
    if not cluster.mentions:
        cluster.told_date = _told_date(mention)
    elif _told_date(mention):
        cluster.told_date = True
    cluster.news += not mention.background
    cluster.mentions.append({"doc": mention.doc, "start": mention.start, "end": mention.end})
    if mention.sentence not in cluster.sentences:
        cluster.sentences.append(mention.sentence)
    cluster.entities.update(entities)
    cluster.types[mention.type] += 1
    cluster.docs.add(mention.doc)
    cluster.statuses.add(mention.status)
    if mention.location:
        cluster.locations[mention.location] += 1
        if _told_date(mention):
            cluster.told_locations[mention.location] += 1
    if mention.duration:
        cluster.durations[mention.duration] += 1
    if mention.date and not cluster.date:
        cluster.date = mention.date
    elif mention.date_range and not cluster.date:
        cluster.date_range = _intersect(cluster.date_range, mention.date_range)
    if cluster.first is None or [mention.doc, mention.start] < cluster.first[:2]:
        cluster.first = [mention.doc, mention.start, mention.trigger]
    key = _summary_key(mention, copy_of)
    if cluster.summary is None or _ranked(key, cluster.date) < _ranked(cluster.summary[:-1], cluster.date):
        cluster.summary = [*key, mention.sentence]
        cluster.clause = mention.clause
        cluster.place = mention.location


def _event_type(types: Counter) -> str:
    """The most frequent type; among contact words the most specific ('talks' about a call is a call)."""
    top = types.most_common(1)[0][0]
    if top in CONTACT_TYPES:
        return next(t for t in CONTACT_TYPE_PRIORITY if t in types)
    return top


def _one_day(date_range: list[str] | None) -> str | None:
    """A range that starts and ends on the same day is that day."""
    return date_range[0] if date_range and date_range[0][:10] == date_range[1][:10] else None


def _to_event(cluster: _Cluster, copy_of: dict[str, str | None]) -> Event:
    event_type = _event_type(cluster.types)
    doc, start, trigger = cluster.first
    key = f"{event_type}|{cluster.date or cluster.date_range}|{doc}|{start}|{trigger}"
    statuses = cluster.statuses
    status = next(s for s in STATUS_PRECEDENCE if s in statuses or s == "planned")
    sources = sorted(cluster.docs)
    return Event(
        id=cluster.event_id or "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
        type=event_type,
        date=cluster.date or _one_day(cluster.date_range),
        date_range=None if cluster.date or _one_day(cluster.date_range) else cluster.date_range,
        participants=[entity for entity, _ in cluster.entities.most_common()],
        location=_place(cluster),
        summary=cluster.summary[-1],
        status=status,
        mentions=sorted(cluster.mentions, key=lambda m: (m["doc"], m["start"])),
        sources=sources,
        independent_sources=independent_sources(sources, copy_of),
        duration=most_common(cluster.durations),
        roles=_roles(cluster.roles),
        object=most_common(cluster.objects),
        background=cluster.news == 0,
        realis=not cluster.summary[1],
        clause=cluster.clause,
        # what dated the evidence sentence, when it gives the event's own day (another mention's day is no sentence's)
        dated_by=DATE_BASES[cluster.summary[3]] if not cluster.date or cluster.summary[2] == cluster.date else "sentence",
    )


def _place(cluster: _Cluster) -> str | None:
    """Where the evidence sentence says it happened, else where the mentions that tell its day by their own words
    most often say: a mention dated only by its article's week is no evidence of this happening (it may join on its
    article alone, 'A close relative ... has been flown home from a North Sea oil rig' to the flight home of a woman
    from Fife), so its place is none of the event's ('Fife visits a North Sea oil rig')."""
    return cluster.place or most_common(cluster.told_locations)


def _roles(counts: dict[str, Counter]) -> dict[str, list[str]]:
    """Each entity in the role it most often has (agent before with before patient on ties)."""
    best: dict[str, tuple[int, int, str]] = {}
    for rank, role in enumerate(("agent", "with", "patient")):
        for entity, count in counts.get(role, Counter()).items():
            if entity not in best or (count, -rank) > best[entity][:2]:
                best[entity] = (count, -rank, role)
    roles: dict[str, list[str]] = {}
    for entity, (count, _, role) in sorted(best.items(), key=lambda item: (-item[1][0], item[0])):
        roles.setdefault(role, []).append(entity)
    return roles


# ---------------------------------------------------------------- stored clusters

MAX_STORED_SENTENCES = 50  # sentences kept with a stored event for the similarity test of later mentions


def cluster_state(cluster: _Cluster) -> dict:
    """What a stored event needs besides its record to take more mentions later."""
    return {
        "entities": list(cluster.entities.items()), "types": list(cluster.types.items()),
        "locations": list(cluster.locations.items()), "durations": list(cluster.durations.items()),
        "statuses": sorted(cluster.statuses), "sentences": cluster.sentences[:MAX_STORED_SENTENCES],
        "first": cluster.first, "summary": cluster.summary, "date_range": cluster.date_range,
        "roles": {role: list(counts.items()) for role, counts in cluster.roles.items()},
        "objects": list(cluster.objects.items()), "counts_by_doc": cluster.counts_by_doc, "news": cluster.news,
        "clause": cluster.clause, "told_date": cluster.told_date,
        "place": cluster.place, "told_locations": list(cluster.told_locations.items()),
    }


def load_cluster(event: Event, state: dict) -> _Cluster:
    """A stored event as a cluster new mentions can join; it keeps its id."""
    return _Cluster(
        entities=Counter(dict(state["entities"])), types=Counter(dict(state["types"])),
        date=event.date, date_range=state.get("date_range"), docs=set(event.sources),
        locations=Counter(dict(state["locations"])), durations=Counter(dict(state["durations"])),
        statuses=set(state["statuses"]), mentions=list(event.mentions), sentences=list(state["sentences"]),
        first=state["first"], event_id=event.id,
        # a summary key of an older build is not comparable with new mentions' keys: they choose again
        summary=state["summary"] if len(state["summary"] or []) == SUMMARY_FIELDS + 1 else None,
        roles={role: Counter(dict(pairs)) for role, pairs in state.get("roles", {}).items()},
        objects=Counter(dict(state.get("objects", []))), counts_by_doc=dict(state.get("counts_by_doc", {})),
        news=state.get("news", 1), clause=state.get("clause"), told_date=state.get("told_date", True),
        # a state stored before these were kept: every stated place, as then
        place=state.get("place"), told_locations=Counter(dict(state.get("told_locations", state["locations"]))),
    )


WIDE = "wide"  # the month bucket of date ranges too long (or too odd) to file month by month
MAX_RANGE_MONTHS = 24


def _months(low: str, high: str) -> list[str] | None:
    """The months ("YYYY-MM") a date range spans, or None when it spans too many or is not ISO."""
    try:
        year, month = int(low[:4]), int(low[5:7])
        last_year, last_month = int(high[:4]), int(high[5:7])
    except (TypeError, ValueError):
        return None
    count = (last_year - year) * 12 + last_month - month + 1
    if not 0 < count <= MAX_RANGE_MONTHS:
        return None
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


class EventClusters:
    """Mentions grouped into events one at a time, most precisely dated first.

    Candidates are blocked: a mention is scored only against clusters sharing one of its
    participants (or, when it names none, the clusters of its own document, its original and its
    copies; an undated contact also sees its own document's), and among those only the ones its date
    allows: a dated mention sees clusters of that day, ranges holding it and
    undated clusters; a ranged mention sees the days and ranges inside or across its range. The
    clusters left out would score 0, so blocking changes the cost, never the result."""

    def __init__(self, copy_of: dict[str, str | None]):
        self.copy_of = copy_of
        self._copies_of: dict[str, set[str]] | None = None  # original -> its copies, made when first needed
        self.clusters: list[_Cluster] = []
        self.by_entity: dict[str, set[int]] = {}
        self.by_doc: dict[str, set[int]] = {}
        self.by_entity_day: dict[str, dict[str, set[int]]] = {}  # clusters with a date, by that date
        self.days: dict[str, list[str]] = {}  # each entity's cluster dates, sorted (range look-ups)
        self.by_entity_range: dict[str, set[int]] = {}  # clusters with only a date range
        self.by_entity_month: dict[str, dict[str, set[int]]] = {}  # ... under each month the range spans
        self.by_entity_undated: dict[str, set[int]] = {}
        self.by_disaster_day: dict[tuple[str, str], set[int]] = {}  # disasters by type and day, whoever they name
        self.kind: list[str | None] = []  # "day" | "range" | "undated" each cluster is indexed as

    def load(self, event: Event, state: dict) -> None:
        """A stored event, which later mentions may join."""
        number = self._new(load_cluster(event, state))
        self._index(number, list(self.clusters[number].entities))

    def _new(self, cluster: _Cluster) -> int:
        self.clusters.append(cluster)
        self.kind.append(None)
        return len(self.clusters) - 1

    def _index(self, number: int, entities: list[str]) -> None:
        """Files the cluster under each entity by its date; re-files it everywhere if its date
        kind changed (a stored ranged event that a dated mention joined)."""
        cluster = self.clusters[number]
        kind = "day" if cluster.date else "range" if cluster.date_range else "undated"
        if self.kind[number] not in (None, kind):
            for entity in cluster.entities:
                self.by_entity_range.get(entity, set()).discard(number)
                self.by_entity_undated.get(entity, set()).discard(number)
                for members in self.by_entity_month.get(entity, {}).values():
                    members.discard(number)
            entities = list(cluster.entities)
        self.kind[number] = kind
        for entity in entities:
            self.by_entity.setdefault(entity, set()).add(number)
            if kind == "day":
                days = self.by_entity_day.setdefault(entity, {})
                if cluster.date not in days:
                    bisect.insort(self.days.setdefault(entity, []), cluster.date)
                days.setdefault(cluster.date, set()).add(number)
            elif kind == "range":
                self.by_entity_range.setdefault(entity, set()).add(number)
                months = self.by_entity_month.setdefault(entity, {})
                for month in _months(*cluster.date_range) or [WIDE]:
                    months.setdefault(month, set()).add(number)
            else:
                self.by_entity_undated.setdefault(entity, set()).add(number)
        for doc in cluster.docs:
            self.by_doc.setdefault(doc, set()).add(number)
        if kind == "day":
            for event_type in set(cluster.types) & DISASTER_TYPES:
                self.by_disaster_day.setdefault((event_type, cluster.date), set()).add(number)

    def add_all(self, event_mentions: list[EventMention], entity_of: EntityLookup) -> None:
        roles_of = participant_roles(event_mentions, entity_of)
        order = sorted(range(len(event_mentions)), key=lambda i: (
            _precision_rank(event_mentions[i]), not event_mentions[i].participants, event_mentions[i].doc,
            event_mentions[i].start))
        for index in order:
            self.add(event_mentions[index], list(roles_of[index]), roles_of[index])

    def _candidates(self, mention: EventMention, entities: list[str]) -> set[int]:
        if not entities:
            return set().union(*(self.by_doc.get(doc, set()) for doc in self._copy_family(mention.doc)))
        found: set[int] = set(self.by_disaster_day.get((mention.type, mention.date), set())) if mention.date else set()
        if not (mention.date or mention.date_range) and mention.type in CONTACT_TYPES:
            found |= self.by_doc.get(mention.doc, set())  # `_one_undated_contact`
        for entity in entities:
            if mention.date:
                found |= self.by_entity_day.get(entity, {}).get(mention.date, set())
                found |= {n for n in self._ranged(entity, _months(mention.date, mention.date))
                          if dates_compatible(mention.date, None, None, self.clusters[n].date_range)}
                found |= self.by_entity_undated.get(entity, set())
            elif mention.date_range:
                low, high = mention.date_range
                days = self.days.get(entity, [])
                by_day = self.by_entity_day.get(entity, {})
                for day in days[bisect.bisect_left(days, low): bisect.bisect_right(days, high)]:
                    found |= by_day[day]
                found |= {n for n in self._ranged(entity, _months(low, high))
                          if dates_compatible(None, mention.date_range, None, self.clusters[n].date_range)}
                found |= self.by_entity_undated.get(entity, set())
            else:
                found |= self.by_entity.get(entity, set())
        return found

    def _copy_family(self, doc: str) -> set[str]:
        """The document, its original and its copies (`_copies`)."""
        if self._copies_of is None:
            self._copies_of = {}
            for copy, original in self.copy_of.items():
                if original:
                    self._copies_of.setdefault(original, set()).add(copy)
        return {doc, *([self.copy_of[doc]] if self.copy_of.get(doc) else []), *self._copies_of.get(doc, ())}

    def _ranged(self, entity: str, months: list[str] | None) -> set[int]:
        """The entity's ranged clusters that may overlap the given months (all of them for None)."""
        if months is None:
            return self.by_entity_range.get(entity, set())
        by_month = self.by_entity_month.get(entity, {})
        return set().union(by_month.get(WIDE, set()), *(by_month.get(month, set()) for month in months))

    def add(self, mention: EventMention, entities: list[str], roles: dict[str, str] | None = None) -> None:
        candidates = self._candidates(mention, entities)
        undated_contacts = sum(_undated_contact(mention, self.clusters[n]) for n in self.by_doc.get(mention.doc, ()))
        count = _count(mention)
        scored = [(_match_score(mention, entities, self.clusters[n], self.copy_of, undated_contacts, roles, count), -n)
                  for n in candidates]
        best_score, best = max(scored, default=(0.0, 0))
        number = -best if best_score > 0 else self._new(_Cluster())
        _add(self.clusters[number], mention, entities, self.copy_of, roles, count)
        self._index(number, entities)
        self.by_doc.setdefault(mention.doc, set()).add(number)

    def changed(self, taken: Callable[[list[str]], set[str]] = lambda ids: set()) -> list[tuple[Event, dict]]:
        """Events new or grown since loading, with their states. A grown stored event keeps its id;
        a new one never repeats a loaded event's id nor one `taken(ids)` says is used elsewhere."""
        changed = [cluster for cluster in self.clusters if cluster.changed]
        events = [_to_event(cluster, self.copy_of) for cluster in changed]
        new = [event for event, cluster in zip(events, changed) if cluster.event_id is None]
        loaded = {cluster.event_id for cluster in self.clusters if cluster.event_id is not None}
        _unique_ids(new, loaded | taken([event.id for event in new]))
        return [(event, cluster_state(cluster)) for event, cluster in zip(events, changed)]


def cluster_events(event_mentions: list[EventMention], entity_of: EntityLookup,
                   copy_of: dict[str, str | None]) -> list[Event]:
    """Events with their mentions, sources and independent-source counts; ids are stable."""
    return [event for event, _ in cluster_events_with_state(event_mentions, entity_of, copy_of)]


def cluster_events_with_state(event_mentions: list[EventMention], entity_of: EntityLookup,
                              copy_of: dict[str, str | None]) -> list[tuple[Event, dict]]:
    """`cluster_events`, each event with the state that lets later mentions join it."""
    clusters = EventClusters(copy_of or {})
    clusters.add_all(event_mentions, entity_of)
    return sorted(clusters.changed(), key=lambda pair: (pair[0].date or (pair[0].date_range or [""])[0], pair[0].id))


def _unique_ids(events: list[Event], taken: set[str] = frozenset()) -> list[Event]:
    """Two clusters can start at the same trigger word (one verb, two event types' mentions
    kept apart), or a new event at the trigger of a stored one; such ids get a counter so every
    event id stays unique."""
    seen = set(taken)
    for event in events:
        if event.id in seen:
            base, number = event.id, 2
            while f"{base}-{number}" in seen:
                number += 1
            event.id = f"{base}-{number}"
        seen.add(event.id)
    return events
