"""Positions: what each actor said they want on the story's topics, and when.

A position is (actor, topic, stance, date) backed by the quote or sentence stating it.
Topics come from a small lexicon (ceasefire, territory, NATO, security guarantees, ...);
the stance from cue words in the quote, its reporting verb or the sentence ("backed off an
earlier demand" is a drop, "rejected" a rejection, "insists on" a demand). Quotes give the
speaker's own words; demand / reject / agree / offer events give the stance of their agent.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from storyline.model import Document, EventMention, Position, Quote
from storyline.nlp.quotes import overlapping_entity, spans_by_document
from storyline.story import lexicon
from storyline.story.cluster import EntityLookup, participant_entities

# Event types that state a position, and the stance they state.
EVENT_STANCES = {
    "demand": "demand", "reject": "reject", "agree": "support", "offer": "propose",
    "proposal": "propose", "threat": "oppose",
}
NEGATION = r"(?:not|never|n't|no longer)\s+(?:\w+\s+){0,2}"
NEGATED_STANCE = {"support": "oppose", "demand": "drop", "propose": "reject"}


def _word_pattern(phrase: str) -> re.Pattern:
    """A cue phrase with its inflections: 'reject' also finds 'rejected', 'rejects', 'rejecting'."""
    words = [re.escape(word) for word in phrase.split()]
    if words[-1].endswith("e"):
        words[-1] = words[-1][:-1] + r"(?:e|es|ed|ing|ion|ions)"  # urge, urging
    else:
        words[-1] += r"(?:s|es|d|ed|ing|ion|ions)?"
    return re.compile(r"\b" + r"\s+".join(words) + r"\b", re.I)


TOPIC_PATTERNS = {topic: [_word_pattern(w) for w in words] for topic, words in lexicon.POSITION_TOPICS.items()}
STANCE_PATTERNS = {stance: [_word_pattern(w) for w in words] for stance, words in lexicon.STANCE_CUES.items()}


def topics_in(text: str) -> list[str]:
    return [topic for topic, patterns in TOPIC_PATTERNS.items() if any(p.search(text) for p in patterns)]


def stance_in(text: str) -> str | None:
    """The strongest stance cue in the text (drop > reject > demand > propose > oppose > support)."""
    for stance in lexicon.STANCE_PRIORITY:
        for pattern in STANCE_PATTERNS[stance]:
            match = pattern.search(text)
            if not match:
                continue
            negated = re.search(NEGATION + r"$", text[max(0, match.start() - 30): match.start()], re.I)
            if negated and stance in NEGATED_STANCE:
                return NEGATED_STANCE[stance]
            return stance
    return None


def _lookup(entity_of: EntityLookup, doc: str, start: int | None, end: int | None) -> str | None:
    if start is None or end is None:
        return None
    if callable(entity_of):
        return entity_of(doc, start, end)
    return entity_of.get((doc, start, end))


def _quote_actor(quote: Quote, entity_of: EntityLookup, spans_by_doc: dict[str, list] | None = None) -> str | None:
    """The linked speaker; else the entity at the speaker's name (or the name a pronoun refers to)."""
    if quote.speaker:
        return quote.speaker
    for start, end in ((getattr(quote, "speaker_ref_start", None), getattr(quote, "speaker_ref_end", None)),
                       (quote.speaker_start, quote.speaker_end)):
        actor = _lookup(entity_of, quote.doc, start, end) or overlapping_entity(spans_by_doc or {}, quote.doc, start, end)
        if actor:
            return actor
    return None


def _document_date(documents: dict[str, Document], doc_id: str) -> str | None:
    document = documents.get(doc_id)
    return document.published[:10] if document and document.published else None


def _sentence_around(document: Document | None, start: int, end: int) -> str:
    """The sentence(s) containing a span, for the reporting verb and context of a quote."""
    if document is None:
        return ""
    text = document.text
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left:right]


def positions_from_quotes(quotes: list[Quote], entity_of: EntityLookup, documents: dict[str, Document]) -> list[Position]:
    found = []
    spans_by_doc = spans_by_document(entity_of)
    for quote in quotes:
        if quote.negated:
            continue  # "never said", "denied that": the content is not the speaker's stance
        actor = _quote_actor(quote, entity_of, spans_by_doc)
        if not actor:
            continue
        context = _sentence_around(documents.get(quote.doc), quote.start, quote.end)
        stance = stance_in(quote.text) or stance_in(quote.cue or "") or stance_in(context)
        if stance is None:
            continue
        for topic in topics_in(quote.text):
            found.append(Position(
                actor=actor, topic=topic, stance=stance, date=quote.date or _document_date(documents, quote.doc),
                quote=quote.id, evidence={"doc": quote.doc, "start": quote.start, "end": quote.end},
            ))
    return found


TOPIC_BEFORE_TRIGGER = 25  # "ceasefire demand": a topic word just before the trigger is its object
TOPIC_AFTER_TRIGGER = 150  # "insists on Western security guarantees"


def _trigger_offset(mention: EventMention) -> int:
    found = re.search(r"\b" + re.escape(mention.trigger or "") + r"\b", mention.sentence) if mention.trigger else None
    return found.start() if found else -1


def _agent_precedes(mention: EventMention, trigger_at: int) -> bool:
    """The first participant is the one acting only if it comes before the event word
    ('a suggestion Russia rejected'); 'proposed a mission to Ukraine' does not make Ukraine propose."""
    name_at = mention.sentence.find(mention.participants[0])
    return 0 <= name_at < trigger_at


def _topic_window(mention: EventMention, trigger_at: int) -> str:
    """The words the event is about: just before the trigger and the phrase after it."""
    start = max(0, trigger_at - TOPIC_BEFORE_TRIGGER)
    return mention.sentence[start: trigger_at + TOPIC_AFTER_TRIGGER]


def positions_from_events(event_mentions: list[EventMention], entity_of: EntityLookup,
                          documents: dict[str, Document]) -> list[Position]:
    stating = [m for m in event_mentions if m.type in EVENT_STANCES and m.participants]
    found = []
    for mention, entities in zip(stating, participant_entities(stating, entity_of)):
        trigger_at = _trigger_offset(mention)
        if not entities or entities[0].startswith("text:") or not _agent_precedes(mention, trigger_at):
            continue
        stance = EVENT_STANCES[mention.type]
        if mention.type == "demand" and stance_in(mention.sentence) == "drop":
            stance = "drop"  # "backed off an earlier demand"
        for topic in topics_in(_topic_window(mention, trigger_at)):
            found.append(Position(
                actor=entities[0], topic=topic, stance=stance,
                date=mention.date or _document_date(documents, mention.doc), quote=None,
                evidence={"doc": mention.doc, "start": mention.start, "end": mention.end},
            ))
    return found


def _dedupe(positions: list[Position]) -> list[Position]:
    seen, kept = set(), []
    for position in positions:
        key = (position.actor, position.topic, position.stance, position.evidence.get("doc"), position.evidence.get("start"))
        if key not in seen:
            seen.add(key)
            kept.append(position)
    return kept


def extract_positions(quotes: list[Quote], event_mentions: list[EventMention],
                      entity_of: EntityLookup | Callable[[str, int, int], str | None],
                      documents: list[Document] | dict[str, Document]) -> list[Position]:
    """Each actor's stated stances per topic, oldest first, each tied to its quote or sentence."""
    by_id = documents if isinstance(documents, dict) else {d.id: d for d in documents}
    positions = positions_from_quotes(quotes, entity_of, by_id) + positions_from_events(event_mentions, entity_of, by_id)
    positions = _dedupe(positions)
    return sorted(positions, key=lambda p: (p.date or "9999", p.actor, p.topic, p.evidence.get("doc", ""), p.evidence.get("start", 0)))


def stance_history(positions: list[Position]) -> dict[tuple[str, str], list[Position]]:
    """(actor, topic) -> the positions where the stance changed, oldest first: how a position moved
    (a ceasefire demand made, then dropped). Repeats of the same stance are folded into the first."""
    history: dict[tuple[str, str], list[Position]] = {}
    for position in sorted(positions, key=lambda p: p.date or "9999"):
        steps = history.setdefault((position.actor, position.topic), [])
        if not steps or steps[-1].stance != position.stance:
            steps.append(position)
    return history
