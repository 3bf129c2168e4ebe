"""Who said what: direct, mixed and indirect quotes with their speaker and cue.

Two passes over one parsed document:
1. Quote marks: spans between matching marks, per paragraph (a quote may run over several
   paragraphs when each new one reopens it). An unmatched mark is dropped, so an odd number of
   marks never swallows the rest of the article.
2. Cue verbs ("say", "tell", "describe as", "according to", ...): the subject of the verb is the
   speaker, its clausal complement the content. Quote spans then decide the kind: all inside
   marks is direct, partly is mixed, none is indirect. Quotes no cue verb claimed are given to
   the cue right before them ("Trump said:" + quote) or to the speaker of the previous quote.

Pronoun speakers ("she said") are resolved to the most salient person of the same gender in the
last few sentences (subjects and earlier speakers first), or left unresolved when two fit; no
neural coreference. A speaker is a person, an organisation or a description of one: never a
date, "this article" or a bare relative pronoun. A negated cue ("never said", "denied saying")
is marked on the quote, and a quote is dated by its cue ("said Tuesday"), not by its content.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from storyline.model import Mention, Quote
from storyline.nlp.cue_model import cue_probability, is_learned_cue
from storyline.nlp.entities import extract_mentions
from storyline.nlp.lexicon import (
    ADDRESSEE_VERBS,
    ATTITUDE_NOUNS,
    ATTITUDE_PREPOSITIONS,
    ATTITUDE_VERBS,
    COGNITION_VERBS,
    CUE_VERBS,
    LEMMA_FIXES,
    VERB_PREPOSITIONS,
    NAMING_VERBS,
    EXTRA_SPEECH_VERBS,
    NOT_SOURCES,
    PHRASAL_CUES,
    SPEECH_VERBS,
    OBJECT_CUE_VERBS,
    PERSON_PRONOUNS,
    RAISING_CUES,
    STANCE_ADJECTIVES,
    XCOMP_CUE_VERBS,
)
from storyline.nlp.spacy_model import text_of

OPENING_MARKS = {"“": "”", "«": "»", "„": "“", "‹": "›", '"': '"'}
CLOSING_MARKS = {"”", "»", "›", '"'}
QUOTE_MARKS = set(OPENING_MARKS) | CLOSING_MARKS
MAX_QUOTE_CHARS = 6000  # a quote over several paragraphs, from its first mark to its last
# One paragraph's quote, mark to mark: above the longest well-formed one in 400 PolNeAR train
# articles (1,289 characters); farther apart, the marks are unbalanced (see find_quote_spans).
MAX_PARAGRAPH_QUOTE_CHARS = 1500
SUBJECT_DEPS = ("nsubj", "csubj")
AUXILIARY_DEPS = ("aux", "auxpass", "neg")
CLIMB_DEPS = ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "prep")
SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "OTHER")
WH_WORDS = ("who", "what", "which", "that", "whom")
NO_OBJECT_CUES = ("continue", "add", "learn", "know", "find", "show", "read")  # objects are not stances
# "Trump: Cruz Has To Come a Long Way", "TAPPER: Governor, ..." - a line quoting a named source.
HEADLINE_COLON = re.compile(
    r"^(?P<source>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}): (?P<content>\S.{10,3000}?)[.!?]?$", re.M
)
NOUN_PREPOSITIONS = ("of", "for", "to", "about", "on")  # "endorsement of", "decision to", "views on"
VETO_BELOW = 0.2  # stance words (attitudes=True) the cue model rates below this are dropped
COGNITION_VETO_BELOW = 0.1  # the same for verbs of thinking ("see" a film, "know" a place)
SOURCELESS_CUE = 0.5  # a learned cue this sure may stand without a source (attitudes=True)
AS_CUE_VERBS = ("describe", "characterize", "characterise", "call", "see", "portray", "cast", "dismiss")


@dataclass
class QuoteSpan:
    """Characters from the opening mark to the closing mark, inclusive."""

    start: int
    end: int

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1


@dataclass
class _Attribution:
    content_start: int
    content_end: int
    cue: list  # tokens
    speaker: object | None  # spaCy Span
    speaker_head: object | None  # spaCy Token


# ---------------------------------------------------------------- quote marks


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Matched quote-mark spans. The rule for unbalanced marks: a quote ends at its closing mark
    within the same paragraph and at most MAX_PARAGRAPH_QUOTE_CHARS after its (re)opening mark;
    a paragraph break ends it unless the next paragraph opens with the same mark (the
    multi-paragraph convention, up to MAX_QUOTE_CHARS in all). An opening mark with no closing
    mark in reach is stray and dropped; a mark found out of reach opens a new quote instead (a
    straight '"' cannot say which way it faces), so one stray mark never swallows a whole
    flattened article or its comments."""
    spans = []
    open_at = segment_at = None
    opener = None
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\n" and open_at is not None:
            following = _next_paragraph_start(text, i)
            if following is not None and text[following] == opener and following - open_at < MAX_QUOTE_CHARS:
                segment_at = following
                i = following + 1  # the reopening mark continues the same quote
                continue
            open_at = segment_at = opener = None
        elif open_at is None:
            if char in OPENING_MARKS:
                open_at, segment_at, opener = i, i, char
        elif i - segment_at > MAX_PARAGRAPH_QUOTE_CHARS and char in QUOTE_MARKS:
            # out of reach: the earlier opening mark was stray
            open_at, segment_at, opener = (i, i, char) if char in OPENING_MARKS else (None, None, None)
        elif char == OPENING_MARKS[opener] or (char in CLOSING_MARKS and opener != "„"):
            spans.append(QuoteSpan(open_at, i + 1))
            open_at = segment_at = opener = None
        elif char == opener and char != '"':
            open_at = segment_at = i  # a second opening mark: the first one was stray
        i += 1
    return spans


def _next_paragraph_start(text: str, newline_at: int) -> int | None:
    j = newline_at
    while j < len(text) and text[j].isspace():
        j += 1
    return j if j < len(text) else None


class _QuoteIndex:
    """Answers 'which quote span holds this character' quickly."""

    def __init__(self, spans: list[QuoteSpan]):
        self.spans = spans
        self.starts = [s.start for s in spans]

    def holding(self, char: int) -> QuoteSpan | None:
        k = bisect_right(self.starts, char) - 1
        if k >= 0 and self.spans[k].start <= char < self.spans[k].end:
            return self.spans[k]
        return None

    def overlapping(self, start: int, end: int) -> list[QuoteSpan]:
        return [s for s in self.spans if s.start < end and start < s.end]


# ---------------------------------------------------------------- public entry


def extract_quotes(parsed, doc_id: str, attitudes: bool = False, mentions: list[Mention] | None = None) -> list[Quote]:
    """All attributed statements of one document, in text order.

    attitudes=True also reports stances ("Cruz endorsed Trump", "called for a ban"), which
    PolNeAR counts as attributions but a list of who said what does not want.
    `mentions`: extract_mentions(parsed, doc_id), when the caller has them already."""
    text = text_of(parsed)
    quotes_index = _QuoteIndex(find_quote_spans(text))
    mentions = extract_mentions(parsed, doc_id) if mentions is None else mentions
    attributions, waiting_cues = _cue_attributions(parsed, quotes_index, attitudes)
    attributions = [a for a in attributions if _clip_to_paragraph(text, a)]
    attributions += _headline_statements(parsed, text) + _transcript_turns(parsed, text)
    attributions = _drop_nested(_widen_to_quotes(attributions, quotes_index))
    attributions += _attach_unclaimed_quotes(parsed, text, attributions, waiting_cues, quotes_index, mentions)
    if not attitudes:
        attributions = [_quoted_part_only(a, quotes_index) for a in attributions]
    attributions = [a for a in attributions if _keeps_speaker(a, attitudes)
                    and a.content_end - a.content_start <= MAX_QUOTE_CHARS]
    attributions.sort(key=lambda a: a.content_start)
    antecedents = resolve_pronoun_speakers(parsed, attributions, mentions, quotes_index)
    negated = negated_cues(parsed)
    return [
        _to_quote(text, doc_id, n, att, quotes_index, mentions, antecedents, att.cue[-1].i in negated)
        for n, att in enumerate(attributions)
    ]


def spans_by_document(mention_map: dict[tuple[str, int, int], str]) -> dict[str, list[tuple[int, int, str]]]:
    """Linked mentions grouped by document, so overlap lookups never scan the whole corpus."""
    grouped: dict[str, list[tuple[int, int, str]]] = {}
    if not callable(mention_map):
        for (doc, start, end), entity in mention_map.items():
            grouped.setdefault(doc, []).append((start, end, entity))
    return grouped


def overlapping_entity(spans: dict[str, list[tuple[int, int, str]]], doc: str,
                       start: int | None, end: int | None) -> str | None:
    """The entity of a linked mention overlapping the span ('President Trump' vs 'Trump')."""
    if start is None or end is None:
        return None
    return next((entity for s, e, entity in spans.get(doc, ()) if s < end and start < e), None)


def resolve_speaker(quote: Quote, mention_map: dict[tuple[str, int, int], str],
                    spans: dict[str, list[tuple[int, int, str]]] | None = None) -> str | None:
    """Entity id of the quote's speaker through the mention map from link_entities, or None.
    `spans`: spans_by_document(mention_map), when resolving many quotes."""
    if quote.speaker_ref_start is None:
        return None
    key = (quote.doc, quote.speaker_ref_start, quote.speaker_ref_end)
    if key in mention_map:
        return mention_map[key]
    if spans is None:
        spans = spans_by_document({k: v for k, v in mention_map.items() if k[0] == quote.doc})
    return overlapping_entity(spans, quote.doc, quote.speaker_ref_start, quote.speaker_ref_end)


# ---------------------------------------------------------------- cue verbs


def _is_cue(token, quotes_index: _QuoteIndex, attitudes: bool) -> bool:
    if quotes_index.holding(token.idx) is not None:
        return False  # speech reported inside a quote belongs to the quoted speaker
    if _is_according_to(token):
        return True
    lemma = _lemma(token)
    if token.pos_ != "VERB":
        return False
    if lemma in CUE_VERBS or lemma in EXTRA_SPEECH_VERBS or _is_phrasal_cue(token, lemma):
        return not (attitudes and lemma in COGNITION_VERBS and _learned_veto(token, COGNITION_VETO_BELOW))
    if not attitudes:
        return False
    if is_learned_cue(token):
        return True
    by_rule = lemma in ATTITUDE_VERBS or _has_clause_and_agent(token) or _speaks_about(token)
    return by_rule and not _learned_veto(token)


def _learned_veto(token, below: float = VETO_BELOW) -> bool:
    """A stance word the cue model finds very unlikely in this context ('see' a film, 'support'
    beams): the model overrules the word list. No model, no veto."""
    return cue_probability(token, default=1.0) < below


def _speaks_about(verb) -> bool:
    """Any verb with a named or pronoun subject and an 'about'/'against' phrase takes a stance."""
    if not any(c.dep_ == "prep" and c.lower_ in ("about", "against") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and _names_an_agent(c) for c in verb.children)


def _is_phrasal_cue(verb, lemma: str) -> bool:
    return any(c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_CUES for c in verb.children)


def _lemma(token) -> str:
    lemma = token.lemma_.lower()
    return LEMMA_FIXES.get(lemma, lemma)


def _has_clause_and_agent(verb) -> bool:
    """Any verb with a named or pronoun subject and a 'that'-clause states a position."""
    if not any(c.dep_ == "ccomp" and _has_that(c) for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and _names_an_agent(c) for c in verb.children)


def _has_that(clause) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _names_an_agent(token) -> bool:
    return token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.pos_ == "PRON"


def _is_attitude_noun(token, quotes_index) -> bool:
    if token.pos_ != "NOUN":
        return False
    if is_learned_cue(token):
        return quotes_index.holding(token.idx) is None
    if token.lemma_.lower() not in ATTITUDE_NOUNS or _learned_veto(token):
        return False
    return quotes_index.holding(token.idx) is None


def _noun_attribution(parsed, noun) -> _Attribution | None:
    """'Graham's endorsement of Cruz', 'Adelson is a fierce supporter of Netanyahu',
    'Graham has come out in support of Cruz'."""
    content = None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in NOUN_PREPOSITIONS and _children_range(child):
            content = _children_range(child)
            break
        if child.dep_ in ("acl", "ccomp") and (_has_that(child) or _is_infinitive(child)):
            content = (child.left_edge.i, child.right_edge.i)
            break
    if content is None:
        return None
    speaker_head = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker_head is None:
        governor = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ in ("dobj", "attr", "pobj") and governor.pos_ in ("VERB", "AUX"):
            speaker_head = _subject_of(governor)
    if speaker_head is None or speaker_head.lower_ in WH_WORDS:
        return None
    start, end = _span_chars(parsed, content[0], content[1])
    return _Attribution(start, end, [noun], _speaker_span(parsed, speaker_head), speaker_head)


def _is_according_to(token) -> bool:
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to"


def _cue_attributions(parsed, quotes_index, attitudes: bool) -> tuple[list[_Attribution], list[_Attribution]]:
    """Attributions found from cue verbs; cues with a speaker but no content wait for a quote."""
    found, waiting = [], []
    claimed = set()
    for token in parsed:
        if attitudes and quotes_index.holding(token.idx) is None:
            attribution = (
                _raising_attribution(parsed, token) or _stance_adjective(parsed, token) or _in_poll(parsed, token)
            )
            if attribution is not None:
                key = (attribution.content_start, attribution.content_end)
                if key not in claimed:
                    claimed.add(key)
                    found.append(attribution)
                continue
        if attitudes and _is_attitude_noun(token, quotes_index):
            attribution = _noun_attribution(parsed, token)
            key = attribution and (attribution.content_start, attribution.content_end)
            if attribution is not None and key not in claimed:
                claimed.add(key)
                found.append(attribution)
            continue
        if not _is_cue(token, quotes_index, attitudes):
            continue
        if _is_according_to(token):
            attribution = _according_to(parsed, token)
        else:
            attribution = _verb_attribution(parsed, token, attitudes)
        if attribution is None or (attribution.speaker is None and not attitudes):
            continue
        if attribution.content_start is None:
            waiting.append(attribution)
            continue
        key = (attribution.content_start, attribution.content_end)
        if key not in claimed:
            claimed.add(key)
            found.append(attribution)
    return found, waiting


def _raising_attribution(parsed, verb) -> _Attribution | None:
    """'Trump seemed to imply that ...', 'It is expected to show ...': no source; the clause the
    verb heads, its subject included, is the content (PolNeAR's convention)."""
    if verb.pos_ != "VERB" or _lemma(verb) not in RAISING_CUES:
        return None
    if _lemma(verb) == "expect" and not _is_passive(verb):
        return None
    if not any(c.dep_ == "xcomp" for c in verb.children):
        return None
    if _lemma(verb) != "expect" and any(c.dep_ in ("dative", "prep") and c.lower_ == "to" for c in verb.children):
        return None  # "seemed to him": the experiencer is a source; leave it to the rules
    sentence = verb.sent
    first, last = _trim_punct(parsed, max(verb.left_edge.i, sentence.start), min(verb.right_edge.i, sentence.end - 1))
    if last <= first:
        return None
    start, end = _span_chars(parsed, first, last)
    return _Attribution(start, end, _cue_tokens(parsed, verb), None, None)


POLL_NOUNS = ("poll", "survey", "study")


def _in_poll(parsed, preposition) -> _Attribution | None:
    """'In a new Fox News poll, Trump achieved 45 percent': 'in' is the cue, the poll the source
    and the clause it modifies, without the phrase, the content."""
    if preposition.lower_ != "in" or preposition.dep_ != "prep" or preposition.head.pos_ not in ("VERB", "AUX"):
        return None
    poll = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in POLL_NOUNS:
        return None
    clause = preposition.head
    sentence = clause.sent
    first, last = max(clause.left_edge.i, sentence.start), min(clause.right_edge.i, sentence.end - 1)
    phrase_first, phrase_last = preposition.i, preposition.right_edge.i
    if phrase_first <= first + 1:
        first = phrase_last + 1
    elif phrase_last >= last - 1:
        last = phrase_first - 1
    first, last = _trim_punct(parsed, first, last)
    if last - first < 2:
        return None
    start, end = _span_chars(parsed, first, last)
    return _Attribution(start, end, [preposition], _speaker_span(parsed, poll), poll)


def _stance_adjective(parsed, adjective) -> _Attribution | None:
    """'Some Democrats are concerned that ...', 'Cruz was critical of Obama's stance': the subject
    of 'be' holds the stance; the clause or the object of the adjective's preposition is its content."""
    if adjective.pos_ != "ADJ" or adjective.dep_ != "acomp" or adjective.lemma_.lower() not in STANCE_ADJECTIVES:
        return None
    copula = adjective.head
    if copula.lemma_ != "be":
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("it", "this", "that", "there"):
        return None
    content = None
    for child in list(adjective.children) + [c for c in copula.children if c.i > adjective.i]:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and _is_infinitive(child)):
            content = (child.left_edge.i, child.right_edge.i)
        elif child.dep_ == "prep" and child.lower_ in ("of", "about", "on", "to", "with", "over", "that") and _children_range(child):
            content = _children_range(child)
        if content is not None:
            break
    if content is None:
        return None
    speaker = _speaker_span(parsed, subject)
    start, end = _span_chars(parsed, *content)
    first = min(t.i for t in (copula, adjective))
    return _Attribution(start, end, list(parsed[first : adjective.i + 1]), speaker, subject)


def _verb_attribution(parsed, verb, attitudes: bool = False) -> _Attribution | None:
    if _is_passive(verb) or _is_bare_participle(verb):
        speaker_head = _passive_agent(verb)
        if speaker_head is None and not attitudes:
            return None  # "When asked whether ...": the asker is not named
    else:
        speaker_head = _subject_of(verb) or _noun_right_before(verb)
    speaker = _speaker_span(parsed, speaker_head) if speaker_head is not None else None
    if speaker_head is not None and speaker_head.lower_ in WH_WORDS:
        # "Putin, who rejected ...": the speaker is written "who" (PolNeAR marks it so); it stands
        # for the antecedent, which names the speaker (speaker_ref) when it is a named entity
        speaker = parsed[speaker_head.i : speaker_head.i + 1]
        speaker_head = _relative_antecedent(speaker_head)
        if speaker_head is None:
            return None  # "Who said what": a heading, not a statement
    if attitudes and speaker_head is not None and speaker_head.lower_ == "it" and _lemma(verb) in RAISING_CUES:
        speaker = speaker_head = None  # "It seems that ...": no one holds the view
    content = _content_tokens(verb, attitudes) or _parenthetical_content(verb)
    if content is None and speaker_head is not None and _is_passive(verb):
        content = _passive_subject(verb)  # "it was never mentioned by the moderators"
    cue = _cue_tokens(parsed, verb)
    if content is None:
        if speaker is None:
            return None
        return _Attribution(None, None, cue, speaker, speaker_head)
    if speaker is None and not _is_passive(verb) and not _is_bare_participle(verb):
        if not (attitudes and cue_probability(verb) >= SOURCELESS_CUE):
            return None  # PolNeAR has sourceless cues ("known as"); only sure ones stand alone
    start, end = _span_chars(parsed, content[0], content[1])
    if content[0] <= verb.i <= content[1] and not _is_parenthetical(verb):
        return None  # the "content" holds its own cue: a bad parse
    if speaker is not None and start <= speaker.start_char < end and not _is_parenthetical(verb):
        return None  # the "content" holds its own speaker: a bad parse
    return _Attribution(start, end, cue, speaker, speaker_head)


def _is_bare_participle(verb) -> bool:
    """'Asked whether ...' - a past participle with no auxiliary or subject of its own is passive."""
    if any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children):
        return False
    if verb.tag_ == "VBN":
        return True
    return verb.tag_ == "VBD" and verb.dep_ == "advcl" and verb.i < verb.head.i


def _relative_antecedent(pronoun):
    """'Putin, who rejected ...': the relative pronoun stands for the noun the clause hangs on."""
    clause = pronoun.head
    if clause.dep_ == "relcl":
        return clause.head
    return None


def _noun_right_before(verb):
    """'..., her senior policy adviser, Jake Sullivan, said:' parsed without a subject: the name
    just before the verb speaks."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].text in (",",):
        i -= 1
    if i < verb.sent.start:
        return None
    token = verb.doc[i]
    if token.pos_ == "PROPN" and _lemma(verb) in SPEECH_VERBS:
        return token
    return None


def _is_passive(verb) -> bool:
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)


def _passive_subject(verb) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ == "nsubjpass" and (child.right_edge.i > child.i or _can_stand_alone(child)):
            return child.left_edge.i, child.right_edge.i
    return None


def _passive_agent(verb):
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _subject_of(verb):
    """The verb's subject, or the subject of the clause it hangs from ('..., saying ...'),
    or the noun a participle modifies ('the Super PAC backing Bush')."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return verb.head
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            return None
        if current.dep_ == "ccomp" and current.i != verb.i:
            return None
        current = current.head
    return None


def _content_tokens(verb, attitudes: bool = False) -> tuple[int, int] | None:
    """Token range [first, last] of what the cue verb reports, inside the cue's sentence."""
    found = _content_child(verb)
    if found is None and attitudes and (_lemma(verb) not in NO_OBJECT_CUES or _evidence_shows(verb)):
        found = _what_follows(verb) if _evidence_shows(verb) else _attitude_object(verb)
    if found is None and attitudes and _speaks_about(verb):
        about = next(c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("about", "against"))
        found = _children_range(about)
    if found is None:
        return None
    sentence = verb.sent
    first, last = max(found[0], sentence.start), min(found[1], sentence.end - 1)
    if last < first or (first == last and not _can_stand_alone(verb.doc[first])):
        return None
    return first, last


def _evidence_shows(verb) -> bool:
    """'Several polls show Sanders within two points': a poll, record or search that shows or
    finds something is a source (PolNeAR), unlike a person who 'showed anger'."""
    if _lemma(verb) not in ("show", "find"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PRON") or subject.ent_type_ == "PERSON":
        return False
    return subject.lower_ not in ("he", "she", "i", "we", "you", "they", "it", "this")


def _what_follows(verb) -> tuple[int, int] | None:
    """Everything the verb governs after it: 'show [him] [leading Trump]'."""
    after = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "cc", "conj")]
    if not after:
        return None
    return min(c.left_edge.i for c in after), max(c.right_edge.i for c in after)


def _can_stand_alone(token) -> bool:
    """A one-word content must be a name or a noun, not 'it', 'that' or 'what'."""
    if token.ent_type_ in ("DATE", "TIME"):
        return False
    return token.pos_ in ("PROPN", "NOUN") and token.lower_ not in WH_WORDS


def _content_child(verb) -> tuple[int, int] | None:
    """The reported clause, in order of preference: a clause, 'describe X as Y', an infinitive,
    an object."""
    lemma = _lemma(verb)
    children = sorted(verb.children, key=lambda c: c.i < verb.i and not _ends_next_to(c, verb))
    for child in children:
        if child.dep_ == "ccomp" or (child.dep_ == "parataxis" and child.pos_ in ("VERB", "AUX")):
            if not _is_parenthetical(child):
                return child.left_edge.i, child.right_edge.i
    if lemma in NAMING_VERBS:
        named = _naming_range(children) or _quoted_name(verb)
        if named is not None:
            return named
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "as" and lemma in AS_CUE_VERBS:
            return _children_range(child)
    if lemma in ADDRESSEE_VERBS:
        request = _request_range(children)
        if request is not None:
            return request
    for child in children:
        if child.dep_ == "xcomp" and lemma in XCOMP_CUE_VERBS:
            return child.left_edge.i, child.right_edge.i
        if child.dep_ == "oprd" and lemma == "call":
            return child.left_edge.i, child.right_edge.i
    if lemma in OBJECT_CUE_VERBS:
        return _attitude_object(verb)
    return None


def _is_parenthetical(verb) -> bool:
    """', The New York Times said,' inside the sentence it reports."""
    return verb.dep_ == "parataxis" and _lemma(verb) in CUE_VERBS


def _parenthetical_content(verb) -> tuple[int, int] | None:
    """The sentence around a parenthetical cue is its content."""
    trailing_clause = verb.dep_ == "ccomp" and verb.i > verb.head.i and not list(verb.rights)
    if not _is_parenthetical(verb) and not trailing_clause:
        return None
    head = verb.head
    first, last = head.left_edge.i, head.right_edge.i
    while last > first and (head.doc[last].is_punct and head.doc[last].text not in QUOTE_MARKS):
        last -= 1
    sentence = verb.sent
    first, last = max(first, sentence.start), min(last, sentence.end - 1)
    if last <= first:
        return None
    return first, last


def _ends_next_to(clause, verb) -> bool:
    """'"Let me tell you," Cruz said': only punctuation and the subject between clause and verb."""
    between = clause.doc[clause.right_edge.i + 1 : verb.i]
    return all(t.is_punct or t.dep_ in SUBJECT_DEPS or t.head.dep_ in SUBJECT_DEPS for t in between)


def _quoted_name(verb) -> tuple[int, int] | None:
    """'calling Mexican border-crossers "rapists"' parsed with one object: the object and the
    quoted name together, when a quote mark follows the verb inside its own phrase."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return None
    first, last = objects[0].left_edge.i, objects[0].right_edge.i
    if not any(t.text in QUOTE_MARKS for t in verb.doc[first : last + 1]):
        return None
    return first, last


def _naming_range(children) -> tuple[int, int] | None:
    """'called Trump "unhinged"': the object and what it is called."""
    parts = [c for c in children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp", "attr", "acomp")]
    if len(parts) < 2:
        return None
    return min(c.left_edge.i for c in parts), max(c.right_edge.i for c in parts)


def _request_range(children) -> tuple[int, int] | None:
    """'urged Congress to act': the addressee and what they were asked to do (the parser often
    hangs the infinitive on the verb as an adverbial clause)."""
    objects = [c for c in children if c.dep_ in ("dobj", "dative")]
    requests = [
        c for c in children if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and _is_infinitive(c))
    ]
    if not requests:
        return None
    first = min([c.left_edge.i for c in objects + requests])
    return first, max(c.right_edge.i for c in requests)


def _is_infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _attitude_object(verb) -> tuple[int, int] | None:
    """What a stance is about: the object, or the object of 'for'/'about'/... after the verb."""
    after = [c for c in verb.children if c.i > verb.i]
    prepositions = ATTITUDE_PREPOSITIONS | VERB_PREPOSITIONS.get(_lemma(verb), frozenset())
    preps = [c for c in after if c.dep_ == "prep" and c.lower_ in prepositions and _children_range(c)]
    if _lemma(verb) in ADDRESSEE_VERBS:
        return _children_range(preps[0]) if preps else None  # "called for", "warned of"
    objects = [c for c in after if c.dep_ in ("dobj", "xcomp")]
    if objects:  # "thanked Nevadans for their support": the object and what for
        last = max([objects[0].right_edge.i] + [p.right_edge.i for p in preps if p.i > objects[0].i])
        return objects[0].left_edge.i, last
    if preps:
        return _children_range(preps[0])
    return None


def _children_range(token) -> tuple[int, int] | None:
    children = [c for c in token.children if c.dep_ not in ("punct",)]
    if not children:
        return None
    return min(c.left_edge.i for c in children), max(c.right_edge.i for c in children)


def _according_to(parsed, according) -> _Attribution | None:
    """'According to Kremlin spokesman Dmitry Peskov, Trump "spoke ..."'."""
    to = according.nbor()
    sources = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in according.children if c.dep_ == "pobj"
    ]
    if not sources:
        return None
    source = sources[0]
    speaker = _speaker_span(parsed, source)
    sentence = according.sent
    phrase_end = max(source.right_edge.i, to.i)
    opens_sentence = according.i == sentence.start or (
        according.i - 1 == sentence.start and parsed[according.i - 1].is_punct
    )
    if opens_sentence:
        first, last = phrase_end + 1, sentence.end - 1
    else:
        first, last = sentence.start, according.i - 1
    first, last = _trim_punct(parsed, first, last)
    if first > last:
        return None
    start, end = _span_chars(parsed, first, last)
    return _Attribution(start, end, [according, to], speaker, source)


def _trim_punct(parsed, first: int, last: int) -> tuple[int, int]:
    while first <= last and parsed[first].is_punct and parsed[first].text not in QUOTE_MARKS:
        first += 1
    while last >= first and parsed[last].is_punct and parsed[last].text not in QUOTE_MARKS:
        last -= 1
    return first, last


def _cue_tokens(parsed, verb) -> list:
    """The verb with the auxiliaries and negation right before it ('has not said')."""
    first = verb.i
    while first > 0 and parsed[first - 1].head.i == verb.i and parsed[first - 1].dep_ in AUXILIARY_DEPS:
        first -= 1
    return list(parsed[first : verb.i + 1])


def _span_chars(parsed, first: int, last: int) -> tuple[int, int]:
    return parsed[first].idx, parsed[last].idx + len(parsed[last].text)


# ---------------------------------------------------------------- speakers

NOT_SPEAKER_ENTITIES = ("DATE", "TIME")
FILLER_VERBS = ("know", "mean", "see", "guess")
# "this article said": the page speaking of itself
SELF_REFERENCES = frozenset("article story page post report piece site website".split())


def _keeps_speaker(att: _Attribution, attitudes: bool) -> bool:
    """Drops a speaker that is not a person, an organisation or a description of one ('Sunday',
    'this article'; 'you' in a list of who said what: 'you know' is not a statement); without a
    speaker the attribution stays only as a PolNeAR attitude."""
    head = att.speaker_head
    if head is None or att.speaker is None:
        return attitudes or att.speaker is not None
    cue = att.cue[-1]
    if att.speaker.start <= cue.i < att.speaker.end and cue.i > head.i:
        att.speaker = att.speaker[: cue.i - att.speaker.start]  # a misparse ran the speaker over its cue
    dated = 0  # "31 October 2011 Witness for the defense Dr Paul White concedes": the date is no speaker
    while att.speaker.start + dated < head.i and att.speaker[dated].ent_type_ in NOT_SPEAKER_ENTITIES:
        dated += 1
    att.speaker = att.speaker[dated:]
    if _is_speaker(head, att.speaker, attitudes) and not (
            not attitudes and head.lower_ == "it" and _lemma(att.cue[-1]) in FILLER_VERBS):
        return True  # "it will be impossible to know if ...": 'it' knows nothing
    att.speaker = att.speaker_head = None
    return attitudes


def _is_speaker(head, speaker, attitudes: bool) -> bool:
    if head.ent_type_ in NOT_SPEAKER_ENTITIES or any(t.ent_type_ in ("DATE", "TIME") for t in speaker if t == head):
        return False
    if not attitudes and _is_filler(head):
        return False  # "you know,"
    if head.lemma_.lower() in SELF_REFERENCES and any(c.dep_ == "det" and c.lower_ == "this" for c in head.children):
        return False
    return True


def _is_filler(subject) -> bool:
    """'you know,' / 'I mean,' / 'you see,': a pronoun and a verb of knowing followed by a pause
    is a filler of spoken transcripts, not a statement (not in a list of who said what)."""
    verb = subject.head
    if subject.pos_ != "PRON" or _lemma(verb) not in FILLER_VERBS or verb.i + 1 >= len(verb.doc):
        return False
    following = verb.doc[verb.i + 1]
    return following.is_punct and following.text not in QUOTE_MARKS


def negated_cues(parsed) -> set[int]:
    """Token indexes of cue verbs that deny rather than assert: a negation on the verb ('never
    said', 'did not say'), a verb of denial ('denied that'), or a verb of saying governed by one
    ('denied saying', 'refused to say', 'declined to comment')."""
    matcher = _negation_matcher(parsed.vocab)
    found = set()
    for _, token_ids in matcher(parsed):
        found.add(token_ids[0] if len(token_ids) == 2 and parsed[token_ids[1]].dep_ == "neg" else token_ids[-1])
    return found


DENIAL_VERBS = ["deny", "decline", "refuse", "dispute", "reject"]


def _negation_matcher(vocab):
    from spacy.matcher import DependencyMatcher

    matcher = DependencyMatcher(vocab)
    matcher.add("NEGATED", [[
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "neg", "RIGHT_ATTRS": {"DEP": "neg"}},
    ]])
    matcher.add("DENIAL", [[{"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": DENIAL_VERBS}}}]])
    matcher.add("DENIED_SAYING", [[
        {"RIGHT_ID": "denial", "RIGHT_ATTRS": {"LEMMA": {"IN": DENIAL_VERBS}}},
        {"LEFT_ID": "denial", "REL_OP": ">", "RIGHT_ID": "cue",
         "RIGHT_ATTRS": {"DEP": {"IN": ["xcomp", "ccomp", "pcomp"]}, "POS": "VERB"}},
    ]])
    return matcher


def _speaker_span(parsed, head, short: bool = False):
    """The speaker phrase as written, with its appositions and restrictive relative clauses
    ('Dean Johnson, a 55-year-old salesman from Sumter', 'voters who say ...') as PolNeAR marks
    sources, but not ', who rejected ...'; never across a line break, a dash or a quote mark.
    short=True keeps only the noun phrase up to its head, for parses that cannot be trusted."""
    first, last = head.left_edge.i, head.right_edge.i
    if short:
        last = head.i
    for child in head.rights:
        if child.dep_ == "relcl" and parsed[child.left_edge.i - 1].text == ",":
            last = min(last, child.left_edge.i - 1)
    for token in parsed[first : head.i]:
        if "\n" in token.text or token.text in QUOTE_MARKS or token.text in ("—", "--", "–"):
            first = token.i + 1
    for token in parsed[head.i + 1 : last + 1]:
        if "\n" in token.text or token.text in QUOTE_MARKS:
            last = token.i - 1
            break
    while first < last and (parsed[first].is_punct or parsed[first].is_space):
        first += 1
    while last > first and (parsed[last].is_punct or parsed[last].is_space):
        last -= 1
    return parsed[first : last + 1]


def _mention_at(mentions: list[Mention], start: int, end: int, labels=SPEAKER_LABELS) -> Mention | None:
    for mention in mentions:
        if mention.label in labels and mention.start < end and start < mention.end:
            return mention
    return None


def _speaker_reference(att: _Attribution, mentions, antecedents) -> Mention | None:
    """The named entity the speaker stands for, or None ('a European diplomat')."""
    head = att.speaker_head
    if head is None:
        return None
    if head.lower_ in PERSON_PRONOUNS:
        return antecedents.get(head.i)
    mention = _mention_at(mentions, head.idx, head.idx + len(head.text))
    if mention is not None:
        return mention
    for child in head.children:  # "Trump's son, Donald Trump Jr."
        if child.dep_ == "appos":
            mention = _mention_at(mentions, child.idx, child.idx + len(child.text), ("PERSON",))
            if mention is not None:
                return mention
    return None


@dataclass
class _Candidate:
    """A person the pronoun may stand for, at their most salient mention before it."""

    mention: Mention
    distance: int  # sentences back from the pronoun (0: its own sentence)
    role: int  # 0: subject of the sentence's main clause; 1: of another clause; 2: anything else


def resolve_pronoun_speakers(parsed, attributions: list[_Attribution], mentions: list[Mention],
                             quotes_index) -> dict[int, Mention]:
    """Token index of each 'he'/'she' speaker or subject -> the PERSON mention it refers to, when one person
    is clearly the most salient; a pronoun with no such person is left out (unresolved).

    Salience, in order: recency in sentences (at most PRONOUN_WINDOW back, the pronoun's own
    sentence included), then the role (main-clause subject, other subject, other). An earlier
    pronoun speaker resolved to a person counts as a mention of that person (quote continuity:
    '"A," Obama said. "B," he said. "C," he added.'). Candidates must agree in gender (from
    Mr./Ms. titles and earlier resolutions) and are never named inside quote marks or inside what
    someone is reported to have said. Two different people equally salient: unresolved."""
    text = text_of(parsed)
    # sentences that start inside quote marks continue the one that opened the quote
    sentences = [sent.start_char for sent in parsed.sents if _opens_outside_quote(sent.start_char, quotes_index)]
    reported = [(a.content_start, a.content_end) for a in attributions]
    speakers = [(a.speaker.start_char, a.speaker.end_char) for a in attributions if a.speaker is not None]
    persons = [m for m in mentions if _may_be_person(m, speakers) and quotes_index.holding(m.start) is None
               and not any(start <= m.start < end for start, end in reported)]
    genders = _genders_from_titles(text, persons)
    # every 'he'/'she' subject outside quotes, so a chain of them carries the person along
    pronouns = {a.speaker_head for a in attributions if a.speaker_head is not None}
    pronouns |= {t for t in parsed if t.dep_ in ("nsubj", "nsubjpass") and quotes_index.holding(t.idx) is None}
    pronouns = sorted((t for t in pronouns if t.lower_ in ("he", "she")), key=lambda t: t.i)
    resolved: dict[int, Mention] = {}
    for pronoun in pronouns:
        gender = PERSON_PRONOUNS[pronoun.lower_]
        here = bisect_right(sentences, pronoun.idx) - 1
        candidates = [c for c in _salient_persons(parsed, persons, resolved, pronoun, sentences, here)
                      if genders.get(_surname_key(c.mention), gender) == gender]
        antecedent = _most_salient(candidates)
        if antecedent is not None:
            resolved[pronoun.i] = antecedent
            genders.setdefault(_surname_key(antecedent), gender)
    return resolved


def _may_be_person(mention: Mention, speakers: list[tuple[int, int]]) -> bool:
    """A PERSON, or a name of undecided type that speaks ('Shelly Sikes Diaz, a CDC spokeswoman, said')."""
    if mention.label == "PERSON":
        return True
    return mention.label == "OTHER" and any(start <= mention.start < end for start, end in speakers)


def _opens_outside_quote(char: int, quotes_index) -> bool:
    span = quotes_index.holding(char)
    return span is None or span.start == char


PRONOUN_WINDOW = 3  # sentences before the pronoun's own


def _salient_persons(parsed, persons, resolved, pronoun, sentences, here) -> list[_Candidate]:
    """Each person's most salient mention in the window, resolved pronouns included."""
    first_char = sentences[max(0, here - PRONOUN_WINDOW)]
    best: dict[str, _Candidate] = {}

    def consider(mention: Mention, head) -> None:
        distance = here - (bisect_right(sentences, head.idx) - 1)
        candidate = _Candidate(mention, distance, _role(head))
        known = best.get(_surname_key(mention))
        if known is None or (candidate.distance, candidate.role) < (known.distance, known.role):
            best[_surname_key(mention)] = candidate

    for mention in persons:
        if first_char <= mention.start and mention.end <= pronoun.idx:
            span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                consider(mention, span.root)
    for i, mention in resolved.items():
        if first_char <= parsed[i].idx < pronoun.idx:
            consider(mention, parsed[i])
    return list(best.values())


def _role(head) -> int:
    while head.dep_ in ("appos", "conj") and head.head != head:  # "BP's chief, Tony Hayward,"; "Obama and Hayward"
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return 2
    verb = head.head
    main = verb.sent.root
    return 0 if verb == main or (verb.dep_ == "conj" and verb.head == main) else 1


def _most_salient(candidates: list[_Candidate]) -> Mention | None:
    ranked = sorted(candidates, key=lambda c: (c.distance, c.role))
    if not ranked:
        return None
    best = ranked[0]
    if len(ranked) > 1 and (ranked[1].distance, ranked[1].role) == (best.distance, best.role):
        return None  # two people fit equally well: do not guess
    return best.mention


GENDERED_TITLES = {
    "mr.": "male",
    "mr": "male",
    "mrs.": "female",
    "mrs": "female",
    "ms.": "female",
    "ms": "female",
}


def _surname_key(mention: Mention) -> str:
    return mention.text.split()[-1].lower()


def _genders_from_titles(text: str, persons: list[Mention]) -> dict[str, str]:
    genders = {}
    for mention in persons:
        words = text[max(0, mention.start - 6) : mention.start].split()
        if words and words[-1].lower() in GENDERED_TITLES:
            genders.setdefault(_surname_key(mention), GENDERED_TITLES[words[-1].lower()])
    return genders


# ---------------------------------------------------------------- quotes and kinds


def _widen_to_quotes(attributions: list[_Attribution], quotes_index) -> list[_Attribution]:
    """Stretch content over any quote it starts or ends inside (multi-sentence quotes)."""
    for att in attributions:
        for span in quotes_index.overlapping(att.content_start, att.content_end):
            if _inside_quote(att, span):
                att.content_start, att.content_end = span.start, span.end
            else:
                att.content_start = min(att.content_start, span.start)
                att.content_end = max(att.content_end, span.end)
    return attributions


def _clip_to_paragraph(text: str, att: _Attribution) -> bool:
    """Keep content in the cue's paragraph (the parser may run a sentence across a line break);
    False when nothing is left."""
    cue_at = att.cue[0].idx
    paragraph_start = text.rfind("\n", 0, cue_at) + 1
    paragraph_end = text.find("\n", cue_at)
    paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
    att.content_start = max(att.content_start, paragraph_start)
    att.content_end = min(att.content_end, paragraph_end)
    while att.content_end > att.content_start and text[att.content_end - 1].isspace():
        att.content_end -= 1
    while att.content_start < att.content_end and text[att.content_start].isspace():
        att.content_start += 1
    return att.content_end > att.content_start


def _quoted_part_only(att: _Attribution, quotes_index) -> _Attribution:
    """'Noting there had been no loss of life, Hartley added, "Relative to ..."': when the content
    runs over its own cue, what was said is the quote on the far side of the cue from the speaker."""
    cue_start, cue_end = att.cue[0].idx, att.cue[-1].idx + len(att.cue[-1].text)
    if not att.content_start <= cue_start < att.content_end:
        return att
    text = text_of(att.cue[0].doc)
    quoted = quotes_index.overlapping(att.content_start, att.content_end)
    after = [q for q in quoted if q.start >= cue_end]
    before = [q for q in quoted if q.end <= cue_start]
    speaker_start = att.speaker.start_char if att.speaker is not None else cue_start
    if after and _unquoted_words(text, att.content_start, min(cue_start, speaker_start), before):
        att.content_start = after[0].start  # '"A," Hartley said, "B."' keeps both
    elif before and not after and _unquoted_words(text, max(cue_end, att.speaker.end_char if att.speaker else 0),
                                                  att.content_end, []):
        att.content_end = before[-1].end
    return att


def _unquoted_words(text: str, start: int, end: int, quoted: list[QuoteSpan]) -> bool:
    chars = list(text[start:end])
    for span in quoted:
        for i in range(max(span.start, start), min(span.end, end)):
            chars[i - start] = " "
    return any(ch.isalnum() for ch in chars)


def _drop_nested(attributions: list[_Attribution]) -> list[_Attribution]:
    """A cue inside another attribution's content is part of what was reported, not a new one;
    a cue inside another's speaker phrase ('voters who say ...') describes that speaker."""
    kept = []
    for att in attributions:
        cue_at = att.cue[0].idx
        if any(o is not att and _holds(o, cue_at) for o in attributions):
            continue
        kept.append(att)
    return kept


def _holds(att: _Attribution, char: int) -> bool:
    if att.content_start <= char < att.content_end:
        return True
    return att.speaker is not None and att.speaker.start_char <= char < att.speaker.end_char


def _inside_quote(att: _Attribution, span: QuoteSpan) -> bool:
    return span.start <= att.content_start + 1 and att.content_end - 1 <= span.end


def _headline_statements(parsed, text: str) -> list[_Attribution]:
    """'Trump: Cruz Has To Come a Long Way On Ethanol', 'TAPPER: Do you think ...' - a line that
    is a name, a colon and a statement is how headlines and transcripts quote; what is reported
    inside the line is then dropped as nested."""
    found = []
    for match in HEADLINE_COLON.finditer(text):
        start, end = match.span("content")
        source = parsed.char_span(*match.span("source"), alignment_mode="expand")
        colon = parsed.char_span(match.end("source"), match.end("source") + 1, alignment_mode="expand")
        if source is None or colon is None or source.text.lower() in NOT_SOURCES:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in source):
            continue
        found.append(_Attribution(start, end, [colon[0]], source, source.root))
    return found


# "... by the state. GINGRICH: I think ..." - a speaker's turn in a transcript run into one line
TURN_LABEL = re.compile(r"(?<=[.!?\"”)\]])\s+(?P<source>[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,2}):\s+(?=\S)")
MAX_TURN_CHARS = 3000


def _transcript_turns(parsed, text: str) -> list[_Attribution]:
    """Turns of a transcript whose lines were run together (scraped text without line breaks):
    an upper-case name and a colon after a sentence's end, at least twice in a paragraph; each
    turn runs to the next one or the paragraph's end and is its speaker's statement."""
    found = []
    paragraph_start = 0
    for paragraph in text.split("\n"):
        labels = [m for m in TURN_LABEL.finditer(paragraph)
                  if len(m["source"].replace(".", "")) > 1 and m["source"].lower() not in NOT_SOURCES]
        for k, label in enumerate(labels if len(labels) > 1 else []):
            end = labels[k + 1].start() if k + 1 < len(labels) else len(paragraph)
            content = paragraph[label.end() : end].rstrip()
            if not 10 <= len(content) <= MAX_TURN_CHARS:
                continue
            start = paragraph_start + label.end()
            source = parsed.char_span(paragraph_start + label.start("source"), paragraph_start + label.end("source"),
                                      alignment_mode="expand")
            colon_at = paragraph_start + label.end("source")
            colon = parsed.char_span(colon_at, colon_at + 1, alignment_mode="expand")
            if source is None or colon is None:
                continue
            found.append(_Attribution(start, start + len(content), [colon[0]], source, source.root))
        paragraph_start += len(paragraph) + 1
    return found


def _attach_unclaimed_quotes(
    parsed, text, attributions, waiting_cues, quotes_index, mentions
) -> list[_Attribution]:
    """Quotes no cue verb claimed: give them to a waiting cue right before or after them, or to
    the speaker of the quote just before them in the same or the previous paragraph."""
    claimed = [(a.content_start, a.content_end) for a in attributions]
    added = []
    for span in quotes_index.spans:
        if any(start < span.end and span.start < end for start, end in claimed):
            continue
        att = (
            _waiting_cue_for(text, span, waiting_cues)
            or _colon_after_content(text, span, attributions)
            or _name_and_cue_word_before(parsed, span, mentions)
        )
        if att is None and _is_statement(text, span):
            att = _previous_speaker(text, span, attributions + added)
        if att is None:  # a full sentence before a cue, when no earlier speaker continues
            att = _waiting_cue_for(text, span, waiting_cues, after_full_stop=True)
        if att is None and _is_statement(text, span):
            att = _colon_lead_in(parsed, text, span)
        if att is not None:
            added.append(att)
            claimed.append((span.start, span.end))
    return added


def _is_statement(text: str, span: QuoteSpan) -> bool:
    """A quoted sentence rather than a scare-quoted phrase: several words and a sentence of its own
    or introduced by ':' or ','."""
    if len(text[span.inner_start : span.inner_end].split()) < 3:
        return False
    before = text[max(0, span.start - 200) : span.start].rstrip()
    return span.start == 0 or not before or before[-1] in ".:,!?\n—-\"”" or text[span.start - 1] == "\n"


def _waiting_cue_for(text: str, span: QuoteSpan, waiting_cues, after_full_stop: bool = False) -> _Attribution | None:
    """A cue with a speaker and no content of its own, right before the quote ('Trump said:')
    or right after it ('"...," Trump said'); a quote closed by a full stop goes to the cue after
    it only with after_full_stop, once the previous speaker did not continue."""
    for cue in sorted(waiting_cues, key=lambda c: abs(c.cue[0].idx - span.start)):
        cue_end = cue.cue[-1].idx + len(cue.cue[-1].text)
        cue_start = cue.cue[0].idx
        speaker_end = cue.speaker.end_char if cue.speaker is not None else cue_end
        after = max(cue_end, speaker_end)
        gap_after = text[after : span.start]
        gap_before = text[span.end : min(cue_start, cue.speaker.start_char if cue.speaker else cue_start)]
        if not after_full_stop and 0 <= span.start - after <= 200 and _only_joiners(gap_after, cue):
            return _Attribution(span.start, span.end, cue.cue, cue.speaker, cue.speaker_head)
        if 0 <= len(gap_before) <= 3 and gap_before.strip() in ("", ",") and span.end <= cue_start \
                and after_full_stop == _ends_a_sentence(text, span, gap_before):
            return _Attribution(span.start, span.end, cue.cue, cue.speaker, cue.speaker_head)
    return None


def _ends_a_sentence(text: str, span: QuoteSpan, gap: str) -> bool:
    """'"... you must not be thinking." Sen. Bill Nelson praised ...': a quote closed by a full stop
    is not introduced by the sentence after it in the same paragraph ('"...," Nelson said' takes a
    comma). Across a paragraph break the rule is right as often by reading, but it is not applied:
    PolNeAR's scorer matches sources apart from contents, and moving such quotes to the previous
    speaker lowered its speech-only source F1 by 0.001."""
    inner = text[span.inner_start : span.inner_end].rstrip()
    return inner.endswith(".") and not inner.endswith("...") and "\n" not in gap


def _colon_after_content(text: str, span: QuoteSpan, attributions) -> _Attribution | None:
    """'Trump said he was unconcerned:' followed by the quote: same speaker and cue."""
    for att in attributions:
        gap = text[att.content_end : span.start].strip()
        if gap == ":" or (gap.startswith(":") and len(gap) <= 2 and gap[1:] in QUOTE_MARKS):
            return _Attribution(span.start, span.end, att.cue, att.speaker, att.speaker_head)
    return None


def _is_cue_word(token) -> bool:
    """A cue by its form even when the tagger got it wrong ('characterized' as a noun)."""
    lower = token.lower_
    return token.lemma_.lower() in CUE_VERBS or any(
        lower in (verb + "d", verb + "ed", verb + "s") for verb in CUE_VERBS if lower.startswith(verb[:4])
    )


def _name_and_cue_word_before(parsed, span: QuoteSpan, mentions) -> _Attribution | None:
    """'a call Trump characterized as "excellent"': a name, a cue word, maybe 'as', the quote,
    when the parse is too broken to link them."""
    quote_token = parsed.char_span(span.start, span.start + 1, alignment_mode="expand")
    if quote_token is None:
        return None
    i = quote_token.start - 1
    while i >= 0 and (parsed[i].lower_ in ("as", ",", ":") or parsed[i].is_space):
        i -= 1
    if i < 1 or not _is_cue_word(parsed[i]):
        return None
    name_token = parsed[i - 1]
    mention = _mention_at(mentions, name_token.idx, name_token.idx + len(name_token.text), ("PERSON", "ORG"))
    if mention is None:
        return None
    speaker = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    return _Attribution(span.start, span.end, [parsed[i]], speaker, speaker.root)


def _colon_lead_in(parsed, text: str, span: QuoteSpan) -> _Attribution | None:
    """'Donald Trump Jr. ... shared a post with a caption: "..."' - the sentence's subject speaks
    and the colon is the cue, when no verb of saying introduces the quote."""
    colon_at = _last_non_space(text, span.start)
    if colon_at < 0 or text[colon_at] != ":":
        return None
    colon = parsed.char_span(colon_at, colon_at + 1, alignment_mode="expand")
    if colon is None:
        return None
    sentence = colon[0].sent
    for token in parsed[sentence.start : colon.start]:
        if token.dep_ == "nsubj" and token.pos_ in ("PROPN", "NOUN", "PRON"):
            speaker = _speaker_span(parsed, token, short=True)
            return _Attribution(span.start, span.end, [colon[0]], speaker, token)
    return None


def _last_non_space(text: str, end: int) -> int:
    i = end - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


def _only_joiners(gap: str, cue: _Attribution) -> bool:
    """Between 'Trump said' and the quote: nothing but punctuation, or the rest of the clause
    when it ends with a colon ('Trump said he was unconcerned:')."""
    stripped = gap.strip()
    if stripped in ("", ",", ":"):
        return True
    short_clause = "\n" not in stripped and "." not in stripped and len(stripped.split()) <= 12
    return short_clause and (stripped.endswith(":") or stripped.endswith(","))


def _previous_speaker(text: str, span: QuoteSpan, attributions) -> _Attribution | None:
    """'"A," Trump said. "B."' - B continues the quote before it."""
    before = [a for a in attributions if a.content_end <= span.start and a.speaker is not None]
    if not before:
        return None
    previous = max(before, key=lambda a: a.content_end)
    cue_end = previous.cue[-1].idx + len(previous.cue[-1].text)
    last_end = max(previous.content_end, cue_end, previous.speaker.end_char)
    gap = text[last_end : span.start]
    if gap.count("\n\n") > 1 or len(gap) > 200 or not _gap_is_short_tail(gap):
        return None
    if not any(mark in text[previous.content_start : previous.content_end] for mark in QUOTE_MARKS):
        return None
    return _Attribution(span.start, span.end, previous.cue, previous.speaker, previous.speaker_head)


def _gap_is_short_tail(gap: str) -> bool:
    """Between the previous attribution and this quote: at most the end of that sentence."""
    head = gap.split("\n")[0]
    return len(head.split()) <= 8 and (gap.strip() == "" or gap.strip()[-1] in ".!?:,")


def quote_kind(text: str, start: int, end: int, quotes_index) -> str:
    """direct: all words inside quote marks; mixed: some; indirect: none."""
    inside = quotes_index.overlapping(start, end)
    if not inside:
        return "indirect"
    outside = list(text[start:end])
    for span in inside:
        for i in range(max(span.start, start), min(span.end, end)):
            outside[i - start] = " "
    if any(ch.isalnum() for ch in outside):
        return "mixed"
    return "direct"


def _to_quote(text: str, doc_id, n, att: _Attribution, quotes_index, mentions, antecedents,
              negated: bool = False) -> Quote:
    kind = quote_kind(text, att.content_start, att.content_end, quotes_index)
    start, end = _display_span(text, att.content_start, att.content_end, kind)
    cue_start = att.cue[0].idx
    cue_end = att.cue[-1].idx + len(att.cue[-1].text)
    reference = _speaker_reference(att, mentions, antecedents)
    return Quote(
        id=f"{doc_id}:q{n}",
        doc=doc_id,
        text=text[start:end],
        start=start,
        end=end,
        kind=kind,
        speaker_text=att.speaker.text if att.speaker is not None else None,
        speaker_start=att.speaker.start_char if att.speaker is not None else None,
        speaker_end=att.speaker.end_char if att.speaker is not None else None,
        cue=text[cue_start:cue_end],
        cue_start=cue_start,
        cue_end=cue_end,
        speaker_ref_start=reference.start if reference else None,
        speaker_ref_end=reference.end if reference else None,
        speaker_ref_text=reference.text if reference else None,
        negated=negated,
    )


def _display_span(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """Direct quotes without their marks and trailing comma; others as found."""
    if kind == "direct":
        while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in QUOTE_MARKS or text[end - 1] in "," or text[end - 1].isspace()):
            end -= 1
    return start, end


# ---------------------------------------------------------------- when it was said

CUE_DATE_DEPS = ("npadvmod", "tmod", "prep", "advmod", "obl")


def quote_date(quote: Quote, parsed, timexes) -> str | None:
    """The day the cue dates the statement to ('said Tuesday', 'told reporters on Friday',
    'On Monday, Obama said'), or None: a date inside what was said is when something happened,
    not when it was said. The caller falls back to the publication date."""
    from storyline.nlp.dating import value_range

    if quote.cue_start is None:
        return None
    cue = parsed.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    if cue is None:
        return None
    verb = cue[-1]
    outside = [(quote.start, quote.end)]
    if quote.speaker_start is not None:
        outside.append((quote.speaker_start, quote.speaker_end))
    modifiers = [c for c in verb.children if c.dep_ in CUE_DATE_DEPS
                 and not any(start <= c.idx < end for start, end in outside)]
    days = []
    for modifier in modifiers:
        first, last = modifier.left_edge.idx, modifier.right_edge.idx + len(modifier.right_edge.text)
        for timex in timexes:
            if first <= timex.start and timex.end <= last and timex.type in ("DATE", "TIME"):
                covered = value_range(timex.value)
                if covered and covered[0] == covered[1]:
                    days.append((abs(timex.start - verb.idx), covered[0].isoformat()))
    return min(days)[1] if days else None
