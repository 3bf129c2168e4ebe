"""Pronoun speakers ('he said') resolved to the most salient person before them, or left unresolved."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from storyline.model import Mention
from storyline.nlp.lexicon import PERSON_ONLY_ROLES, PERSON_PRONOUNS
from storyline.nlp.quotes.attribution import Attribution
from storyline.nlp.spacy_model import parse_columns, span_at, text_of


# Doc extension: token index of each 'he' / 'she' subject resolved here -> (start, end) of the person's mention, so that
# the positions stage reads who 'She called for a ban on fracking' is by the same salience and gender rules.
PRONOUN_PEOPLE = "pronoun_people"
if not Doc.has_extension(PRONOUN_PEOPLE):
    Doc.set_extension(PRONOUN_PEOPLE, default=None)


@dataclass
class _Candidate:
    """A person the pronoun may stand for, at their most salient mention before it."""

    mention: Mention
    distance: int  # sentences back from the pronoun (0: its own sentence)
    role: int  # 0: subject of the sentence's main clause; 1: of another clause; 2: anything else


def resolve_pronoun_speakers(parsed, attributions: list[Attribution], mentions: list[Mention],
                             quotes_index) -> dict[int, Mention]:
    """Token index of each 'he'/'she' speaker or subject -> the PERSON mention it refers to, when one person
    is clearly the most salient; a pronoun with no such person is left out (unresolved).

    Salience, in order: recency in sentences (at most PRONOUN_WINDOW back, the pronoun's own
    sentence included), then the role (main-clause subject, other subject, other). An earlier
    pronoun speaker resolved to a person counts as a mention of that person (quote continuity:
    '"A," Obama said. "B," he said. "C," he added.'). Candidates must agree in gender (from
    Mr./Ms. titles and earlier resolutions) and are never named inside quote marks or inside what
    someone is reported to have said. A pronoun inside a content is resolved only as that
    attribution's own source ('"A," he told Reuters. "B."', '"..." He added that ...': the tagged
    content runs across it). Two different people equally salient: unresolved."""
    text = text_of(parsed)
    # sentences that start inside quote marks continue the one that opened the quote
    sentences = [sent.start_char for sent in parsed.sents if _opens_outside_quote(sent.start_char, quotes_index)]
    # what each attribution reports, less its own source: a tagged content span may run across it
    # ('"...," Hegseth said. "..."', '"..." He added that ...')
    reported = [(a.content_start, a.content_end, (a.speaker.start_char, a.speaker.end_char) if a.speaker is not None
                 else (0, 0)) for a in attributions]
    speakers = [(a.speaker.start_char, a.speaker.end_char) for a in attributions if a.speaker is not None]
    persons = [m for m in mentions if _may_be_person(parsed, m, speakers) and quotes_index.holding(m.start) is None
               and not _reported_at(m.start, reported)]
    genders = _genders_from_titles(text, persons)
    reported_persons = [m for m in mentions if m.label == "PERSON" and quotes_index.holding(m.start) is None
                        and _reported_at(m.start, reported)]
    # every 'he'/'she' subject outside quotes, so a chain of them carries the person along
    pronouns = {a.speaker_head for a in attributions if a.speaker_head is not None}
    columns = parse_columns(parsed)  # every token's word, without a Token object for each
    pronouns |= {parsed[i] for i, (lower, dep, start) in enumerate(zip(columns.lower, columns.dep, columns.idx))
                 if lower in ("he", "she") and dep in ("nsubj", "nsubjpass")
                 and quotes_index.holding(start) is None}  # the word first: the cheapest test, and the rarest
    pronouns = sorted((t for t in pronouns if t.lower_ in ("he", "she")), key=lambda t: t.i)
    resolved: dict[int, Mention] = {}
    for pronoun in pronouns:
        if _reported_at(pronoun.idx, reported):
            continue  # inside what someone is reported to have said, its people are no candidates: unresolved
        gender = PERSON_PRONOUNS[pronoun.lower_]
        here = bisect_right(sentences, pronoun.idx) - 1
        candidates = [c for c in _salient_persons(parsed, persons, resolved, pronoun, sentences, here)
                      if genders.get(_surname_key(c.mention), gender) == gender]
        antecedent = _most_salient(candidates)
        if antecedent is not None and not _clear_antecedent(antecedent, candidates, genders):
            antecedent = None
        if antecedent is not None and _reported_rival(pronoun, antecedent, candidates, sentences, here,
                                                      reported_persons):
            antecedent = None
        if antecedent is not None:
            resolved[pronoun.i] = antecedent
            genders.setdefault(_surname_key(antecedent), gender)
    return resolved


def _reported_at(char: int, reported: list[tuple[int, int, tuple[int, int]]]) -> bool:
    """Whether the char lies in what some attribution reports and not in that attribution's own source."""
    return any(start <= char < end and not source[0] <= char < source[1] for start, end, source in reported)


def _may_be_person(parsed, mention: Mention, speakers: list[tuple[int, int]]) -> bool:
    """A PERSON, or a name of undecided type that speaks ('Shelly Sikes Diaz, a CDC spokeswoman, said'),
    or a speaking name the tagger called an organisation though a person's word introduces it
    ('Pakistani lawyer/politician Aitzaz Ahsan wrote ... But he also fretted')."""
    if mention.label == "PERSON":
        return True
    if mention.label not in ("OTHER", "ORG") or not any(start <= mention.start < end for start, end in speakers):
        return False
    return mention.label == "OTHER" or _introduced_as_a_person(parsed, mention)


def _introduced_as_a_person(parsed, mention: Mention) -> bool:
    """A role only a person holds modifies the name itself ('Pakistani lawyer/politician Aitzaz Ahsan'),
    not a word before it ('Host broadcaster NBC': 'Host' modifies 'broadcaster')."""
    span = span_at(parsed, mention.start, mention.end)
    if span is None:
        return False
    return any(t.dep_ in ("compound", "nmod") and span.start <= t.head.i < span.end and t.lower_ in PERSON_ONLY_ROLES
               for t in parsed[span.root.left_edge.i : span.start])


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
            span = span_at(parsed, mention.start, mention.end)
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


def _reported_rival(pronoun, antecedent: Mention, candidates: list[_Candidate], sentences: list[int], here: int,
                    reported_persons: list[Mention]) -> bool:
    """A person named inside what someone reports, no further back than the chosen antecedent
    ('Martinez said Dr Murray told him he had given ... because he feared ...'), may be the one the
    pronoun means: reported people are no candidates, but they make the choice unclear."""
    chosen = next(c for c in candidates if c.mention is antecedent)
    first_char = sentences[max(0, here - chosen.distance)]
    return any(first_char <= m.start and m.end <= pronoun.idx and _surname_key(m) != _surname_key(antecedent)
               for m in reported_persons)


def _clear_antecedent(antecedent: Mention, candidates: list[_Candidate], genders: dict[str, str]) -> bool:
    """The winner is the subject of a clause, or a person whose gender is known to fit: a name only
    in passing ('one of Michael Jackson's sisters, LaToya, said ... "...," she said') is no clear
    antecedent, since no first-name list tells that Michael is not a 'she'."""
    chosen = next(c for c in candidates if c.mention is antecedent)
    return chosen.role < 2 or _surname_key(antecedent) in genders


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


def resolve_it_speakers(parsed, attributions: list[Attribution], mentions: list[Mention],
                        quotes_index) -> dict[int, Mention]:
    """Token index of each speaking 'it' -> the organisation it stands for ('BP said on Monday ...
    It said the cap was holding'), by the salience used for people. A thing that is the subject of
    a sentence in between ('The report ... It showed') competes as a candidate: when it is the most
    salient, or two organisations are, the pronoun is left unresolved."""
    sentences = [sent.start_char for sent in parsed.sents if _opens_outside_quote(sent.start_char, quotes_index)]
    reported = [(a.content_start, a.content_end) for a in attributions]
    speaking = sorted((a.speaker_head for a in attributions
                       if a.speaker_head is not None and a.speaker_head.lower_ == "it"), key=lambda t: t.i)
    if not speaking:
        return {}
    outside = [m for m in mentions if quotes_index.holding(m.start) is None
               and not any(start <= m.start < end for start, end in reported)]
    doc_id = mentions[0].doc if mentions else ""
    candidates = [m for m in outside if m.label == "ORG"]
    columns = parse_columns(parsed)
    candidates += [Mention(doc=doc_id, start=start, end=start + len(word), text=word, label=THING)
                   for word, dep, tag, ent_type, start in zip(columns.text, columns.dep, columns.tag, columns.ent_type, columns.idx)
                   if dep in ("nsubj", "nsubjpass") and tag == "NN" and not ent_type
                   and quotes_index.holding(start) is None]
    resolved: dict[int, Mention] = {}
    for pronoun in speaking:
        here = bisect_right(sentences, pronoun.idx) - 1
        antecedent = _most_salient(_salient_persons(parsed, candidates, resolved, pronoun, sentences, here))
        if antecedent is not None and antecedent.label != THING:
            resolved[pronoun.i] = antecedent
    return resolved


THING = "THING"  # a common noun subject competing with organisations for 'it'
