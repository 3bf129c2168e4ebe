"""Attribution from cue words on the parse: who (the cue's subject, agent or possessor) said what
(its clause, object or the sentence around it), one cue at a time. These are the rule candidates;
`extract` combines them with the quote marks."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, LOWER, POS
from spacy.symbols import ADJ, NOUN, VERB, acomp

from storyline.nlp.cue_model import cue_probability, is_learned_cue
from storyline.nlp.lexicon import (
    ADDRESSEE_VERBS,
    ATTITUDE_NOUNS,
    ATTITUDE_PREPOSITIONS,
    ATTITUDE_VERBS,
    COGNITION_VERBS,
    CUE_VERBS,
    EXTRA_SPEECH_VERBS,
    LEMMA_FIXES,
    NAME_TITLES,
    NAMING_VERBS,
    OBJECT_CUE_VERBS,
    PHRASAL_CUES,
    RAISING_CUES,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    VERB_PREPOSITIONS,
    XCOMP_CUE_VERBS,
)
from storyline.nlp.quotes.marks import QUOTE_MARKS, QuoteIndex
from storyline.nlp.spacy_model import parse_columns, sentence_start


SUBJECT_DEPS = ("nsubj", "csubj")
AUXILIARY_DEPS = ("aux", "auxpass", "neg")
CLIMB_DEPS = ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "prep")
WH_WORDS = ("who", "what", "which", "that", "whom")
NO_OBJECT_CUES = ("continue", "add", "learn", "know", "find", "show", "read")  # objects are not stances
NOUN_PREPOSITIONS = ("of", "for", "to", "about", "on")  # "endorsement of", "decision to", "views on"
VETO_BELOW = 0.2  # stance words (attitudes=True) the cue model rates below this are dropped
COGNITION_VETO_BELOW = 0.1  # the same for verbs of thinking ("see" a film, "know" a place)
SOURCELESS_CUE = 0.5  # a learned cue this sure may stand without a source (attitudes=True)
AS_CUE_VERBS = ("describe", "characterize", "characterise", "call", "see", "portray", "cast", "dismiss")


@dataclass
class Attribution:
    content_start: int
    content_end: int
    cue: list  # tokens
    speaker: object | None  # spaCy Span
    speaker_head: object | None  # spaCy Token
    # character ranges next to the content cut off as the writer's words (spans.writers_words_cut)
    writers_words: list = field(default_factory=list)

    @property
    def cue_chars(self) -> tuple[int, int]:
        """The cue's character range: its first token's start to its last token's end."""
        return self.cue[0].idx, self.cue[-1].idx + len(self.cue[-1].text)


def _is_cue(token, quotes_index: QuoteIndex, attitudes: bool) -> bool:
    if quotes_index.holding(token.idx) is not None:
        return False  # speech reported inside a quote belongs to the quoted speaker
    if _is_according_to(token):
        return True
    lemma = cue_lemma(token)
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


def cue_lemma(token) -> str:
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


def _noun_attribution(parsed, noun) -> Attribution | None:
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
    start, end = span_chars(parsed, content[0], content[1])
    return Attribution(start, end, [noun], speaker_span(parsed, speaker_head), speaker_head)


def _is_according_to(token) -> bool:
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to"


RULE_START_POS = (VERB, NOUN)  # cue verbs, attitude nouns
RULE_START_WORDS = ("according", "in")  # 'according to', 'in a new poll'


def _cue_candidates(parsed):
    """The tokens any cue rule below can start from, found on one array of the parse: the rest
    (most of a text) would be turned into Token objects only to fail every test. An adjective
    starts a rule only as the complement of 'be' (`_stance_adjective`), not the adjectives
    before nouns that most of a text's are. The test runs in numpy: the array's rows as Python
    integers (string hashes are 64-bit) cost more than the test itself."""
    array = parsed.to_array([POS, DEP, LOWER])
    pos, dep, lower = array[:, 0], array[:, 1], array[:, 2]
    words = [parsed.vocab.strings[word] for word in RULE_START_WORDS]
    starts = numpy.isin(pos, RULE_START_POS) | ((pos == ADJ) & (dep == acomp)) | numpy.isin(lower, words)
    for i in numpy.flatnonzero(starts).tolist():
        yield parsed[i]


def cue_attributions(parsed, quotes_index, attitudes: bool) -> tuple[list[Attribution], list[Attribution]]:
    """Attributions found from cue verbs; cues with a speaker but no content wait for a quote."""
    found: dict[tuple[int | None, int | None], Attribution] = {}  # by content span, in the order found
    waiting = []

    def keep(attribution: Attribution) -> None:
        """The first cue to claim a content span keeps it."""
        found.setdefault((attribution.content_start, attribution.content_end), attribution)

    for token in _cue_candidates(parsed):
        if attitudes and quotes_index.holding(token.idx) is None:
            attribution = (
                _raising_attribution(parsed, token) or _stance_adjective(parsed, token) or _in_poll(parsed, token)
            )
            if attribution is not None:
                keep(attribution)
                continue
        if attitudes and _is_attitude_noun(token, quotes_index):
            attribution = _noun_attribution(parsed, token)
            if attribution is not None:
                keep(attribution)
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
        keep(attribution)
    return list(found.values()), waiting


def _raising_attribution(parsed, verb) -> Attribution | None:
    """'Trump seemed to imply that ...', 'It is expected to show ...': no source; the clause the
    verb heads, its subject included, is the content (PolNeAR's convention)."""
    if verb.pos_ != "VERB" or cue_lemma(verb) not in RAISING_CUES:
        return None
    if cue_lemma(verb) == "expect" and not _is_passive(verb):
        return None
    if not any(c.dep_ == "xcomp" for c in verb.children):
        return None
    if cue_lemma(verb) != "expect" and any(c.dep_ in ("dative", "prep") and c.lower_ == "to" for c in verb.children):
        return None  # "seemed to him": the experiencer is a source; leave it to the rules
    sentence = verb.sent
    first, last = _trim_punct(parsed, max(verb.left_edge.i, sentence.start), min(verb.right_edge.i, sentence.end - 1))
    if last <= first:
        return None
    start, end = span_chars(parsed, first, last)
    return Attribution(start, end, _cue_tokens(parsed, verb), None, None)


POLL_NOUNS = ("poll", "survey", "study")


def _in_poll(parsed, preposition) -> Attribution | None:
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
    start, end = span_chars(parsed, first, last)
    return Attribution(start, end, [preposition], speaker_span(parsed, poll), poll)


def _stance_adjective(parsed, adjective) -> Attribution | None:
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
    speaker = speaker_span(parsed, subject)
    start, end = span_chars(parsed, *content)
    first = min(t.i for t in (copula, adjective))
    return Attribution(start, end, list(parsed[first : adjective.i + 1]), speaker, subject)


def _verb_attribution(parsed, verb, attitudes: bool = False) -> Attribution | None:
    if _is_passive(verb) or _is_bare_participle(verb):
        speaker_head = _passive_agent(verb)
        if speaker_head is None and not attitudes:
            return None  # "When asked whether ...": the asker is not named
    else:
        speaker_head = _subject_of(verb) or _noun_right_before(verb)
    speaker = speaker_span(parsed, speaker_head) if speaker_head is not None else None
    if speaker_head is not None and speaker_head.lower_ in WH_WORDS:
        # "Putin, who rejected ...": the speaker is written "who" (PolNeAR marks it so); it stands
        # for the antecedent, which names the speaker (speaker_ref) when it is a named entity
        speaker = parsed[speaker_head.i : speaker_head.i + 1]
        speaker_head = _relative_antecedent(speaker_head)
        if speaker_head is None:
            return None  # "Who said what": a heading, not a statement
    if attitudes and speaker_head is not None and speaker_head.lower_ == "it" and cue_lemma(verb) in RAISING_CUES:
        speaker = speaker_head = None  # "It seems that ...": no one holds the view
    content = _content_tokens(verb, attitudes) or _parenthetical_content(verb)
    if content is None and speaker_head is not None and _is_passive(verb):
        content = _passive_subject(verb)  # "it was never mentioned by the moderators"
    cue = _cue_tokens(parsed, verb)
    if content is None:
        if speaker is None:
            return None
        return Attribution(None, None, cue, speaker, speaker_head)
    if speaker is None and not _is_passive(verb) and not _is_bare_participle(verb):
        if not (attitudes and cue_probability(verb) >= SOURCELESS_CUE):
            return None  # PolNeAR has sourceless cues ("known as"); only sure ones stand alone
    start, end = span_chars(parsed, content[0], content[1])
    if content[0] <= verb.i <= content[1] and not _is_parenthetical(verb):
        return None  # the "content" holds its own cue: a bad parse
    if speaker is not None and start <= speaker.start_char < end and not _is_parenthetical(verb):
        return None  # the "content" holds its own speaker: a bad parse
    return Attribution(start, end, cue, speaker, speaker_head)


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
    first = verb.sent.start  # once: Token.sent walks the sentence on each access
    while i >= first and verb.doc[i].text in (",",):
        i -= 1
    if i < first:
        return None
    token = verb.doc[i]
    if token.pos_ == "PROPN" and cue_lemma(verb) in SPEECH_VERBS:
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
        subjects = [child for child in current.children if child.dep_ in SUBJECT_DEPS]
        if subjects:  # '"It's logical ...," said the tourism minister' parsed with two subjects
            outside = [child for child in subjects if not _between_quote_marks(child)]
            return _name_after_title((outside or subjects)[0])
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            return None
        if current.dep_ == "ccomp" and current.i != verb.i:
            return None
        current = current.head
    return None


def _between_quote_marks(token) -> bool:
    """An odd number of quote marks before the token in its sentence: it is inside a quote. Read
    off the parse's columns: no Token object per word before it."""
    doc = token.doc
    words = parse_columns(doc).text[sentence_start(doc, token.i):token.i]
    return sum(1 for word in words if word in QUOTE_MARKS) % 2 == 1


def _name_after_title(subject):
    """'said Coast Guard Adm. Thad W. Allen' parsed with two subjects, the title and the name: the
    name speaks."""
    if subject.lower_ not in NAME_TITLES:
        return subject
    return next((c for c in subject.head.children if c.i > subject.i and c.left_edge.i == subject.i + 1
                 and c.dep_ in SUBJECT_DEPS + ("appos",)), subject)


def _content_tokens(verb, attitudes: bool = False) -> tuple[int, int] | None:
    """Token range [first, last] of what the cue verb reports, inside the cue's sentence."""
    found = _content_child(verb)
    if found is None and attitudes and (cue_lemma(verb) not in NO_OBJECT_CUES or _evidence_shows(verb)):
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
    if cue_lemma(verb) not in ("show", "find"):
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
    lemma = cue_lemma(verb)
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
    return verb.dep_ == "parataxis" and cue_lemma(verb) in CUE_VERBS


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
    prepositions = ATTITUDE_PREPOSITIONS | VERB_PREPOSITIONS.get(cue_lemma(verb), frozenset())
    preps = [c for c in after if c.dep_ == "prep" and c.lower_ in prepositions and _children_range(c)]
    if cue_lemma(verb) in ADDRESSEE_VERBS:
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


def _according_to(parsed, according) -> Attribution | None:
    """'According to Kremlin spokesman Dmitry Peskov, Trump "spoke ..."'."""
    to = according.nbor()
    sources = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in according.children if c.dep_ == "pobj"
    ]
    if not sources:
        return None
    source = sources[0]
    speaker = speaker_span(parsed, source)
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
    start, end = span_chars(parsed, first, last)
    return Attribution(start, end, [according, to], speaker, source)


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


def span_chars(parsed, first: int, last: int) -> tuple[int, int]:
    return parsed[first].idx, parsed[last].idx + len(parsed[last].text)


def speaker_span(parsed, head, short: bool = False):
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
