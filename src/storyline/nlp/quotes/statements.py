"""Which attributions are statements of a known speaker: what a list of who said what shows.

The store keeps every attribution in PolNeAR's scope (speech, stated beliefs, stances, sourceless
ones such as 'it is stressed'), since the export and the PolNeAR evaluation read them all. A reader
of `storyline quotes`, the web quotes page or the briefing wants fewer and right: a speaker who
is a person or an organisation (named, described as 'a BP spokesman', or a pronoun resolved to
one), a cue that is a verb of saying or thinking, and a content that is a clause standing on its
own (not a noun phrase such as 'the many humorous things ...', with no cue or speaker inside).
Programme listings ('Steve Lamacq presents ...', 'Tom and Julian talk to ...') fail the cue test,
unresolved pronouns and relative pronouns with no entity the speaker test.
"""
from __future__ import annotations

from storyline.model import Mention
from storyline.nlp.lexicon import (
    CUE_VERBS,
    EXTRA_SPEECH_VERBS,
    MOOD_VERBS,
    ROLE_HEADS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
)
from storyline.nlp.quotes.attribution import Attribution, cue_lemma
from storyline.nlp.quotes.marks import QUOTE_MARKS
from storyline.nlp.spacy_model import parse_columns, sentence_start, span_at, text_of

# Named-entity types a speaker's name may carry: people, organisations, states and groups.
SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# spaCy entity types of a proper noun that is not a speaker's name ('the Today programme').
NAMELESS_ENTITY_TYPES = frozenset({"", "PERSON", "ORG", "GPE", "NORP"})
# Saying and holding a view ('said', 'believes', 'expects'); a feeling, a wish or a deliberation
# alone ('worried', 'are considering') is the writer's reading of someone, not their statement.
STATEMENT_CUE_LEMMAS = (CUE_VERBS | EXTRA_SPEECH_VERBS) - MOOD_VERBS


def is_statement(att: Attribution, reference: Mention | None, start: int, end: int, quotes_index,
                 parts: list) -> bool:
    """A statement of a known speaker: the speaker, the cue and the content [start, end) all pass;
    `parts`: the content's quoted parts around its own cue (`interrupted_quote_parts`), each judged alone."""
    if not (known_speaker(att, reference) and statement_cue(att)):
        return False
    if parts:
        return all(statement_span(att, part.start, part.end, quotes_index) for part in parts)
    return statement_span(att, start, end, quotes_index)


def interrupted_quote_parts(att: Attribution, start: int, end: int, quotes_index) -> list:
    """'"A," said Craig Thorburn, a senior insurance specialist at the World Bank who .... "B."': a
    content of quoted parts around its own cue and speaker (PolNeAR draws one span over them, the
    learned tagger too) is one statement when each part is one; outside the quote marks it holds only
    the cue with its words ('told Reuters in a telephone interview'), the speaker's words (with
    their appositions and relative clauses) and punctuation, and the last part ends its sentence.
    Returns the quoted parts, or [] for any other content."""
    quoted = quotes_index.overlapping(start, end)
    cue_start = att.cue_chars[0]
    if len(quoted) < 2 or att.speaker_head is None:
        return []
    if not (start <= cue_start < end) or quoted[0].start > start or quoted[-1].end < end:
        return []
    own = {token.i for token in att.cue} | {token.i for token in att.speaker_head.subtree}
    if att.speaker is not None:
        own.update(range(att.speaker.start, att.speaker.end))
    doc = att.cue[0].doc
    for token in span_at(doc, start, end) or []:
        if (token.i in own or token.is_punct or token.is_space or any(q.start <= token.idx < q.end for q in quoted)
                or _in_the_cues_phrase(token, own)):  # 'he told Reuters in a telephone interview'
            continue
        return []
    last = span_at(doc, quoted[-1].start, quoted[-1].end)
    if last is None or any(not (t.is_punct or t.is_space) for t in doc[last.end:last[-1].sent.end]):
        return []  # '"B," Khan and colleagues wrote': the last part's sentence goes on with another statement
    return quoted


# A clause hanging on the cue ('adding that ...', 'after X warned that ...') is more than the cue's words.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "conj", "parataxis", "relcl", "acl", "csubj"})


def _in_the_cues_phrase(token, own: set[int]) -> bool:
    """The token is one of the cue's objects or modifiers ('told Reuters in a telephone interview'),
    reached from the cue without passing through a clause other than a circumstance of the saying; anything
    inside such a circumstance ('after the company *that owns the plant* shut it') is part of it."""
    if any(_a_circumstance(clause) and clause.head.i in own for clause in [token, *token.ancestors]):
        return True
    while not _opens_a_statement(token) and token.head.i != token.i:
        if token.head.i in own:
            return True
        token = token.head
    return False


def _opens_a_statement(token) -> bool:
    """The token heads a clause that may say something of its own: not a noun's conjunct ('she and hundreds of
    other demonstrators') and not a circumstance of the saying."""
    if token.dep_ not in CLAUSE_DEPS or (token.dep_ == "conj" and token.pos_ not in {"VERB", "AUX"}):
        return False
    return not _a_circumstance(token)


def _a_circumstance(clause) -> bool:
    """'said *as she and hundreds of other demonstrators moved through the city*': a subordinate clause
    opened by a conjunction, telling when or how the words were said, with no saying or thinking in it
    ('after X warned that ...' and 'adding that ...' are statements of their own; a noun such as 'as the
    report was published' or 'the claims spread' names one, it makes none)."""
    return (clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children)
            and not any(t.dep_ == "ccomp" or (t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in STATEMENT_CUE_LEMMAS)
                        for t in clause.subtree))


def known_speaker(att: Attribution, reference: Mention | None) -> bool:
    """The speaker names or describes a person or an organisation. A pronoun ('he', 'they',
    'who', 'it') is known only through the entity it was resolved to."""
    head = att.speaker_head
    if head is None or att.speaker is None or _holds_a_heading(att.speaker.text):
        return False
    if reference is not None:
        return reference.label in SPEAKING_ENTITIES
    if head.tag_ in ("WP", "WDT", "PRP", "PRP$"):
        return False  # unresolved 'she', 'they', 'who'
    if head.pos_ in ("PRON", "DET", "NUM"):  # 'one of his sisters, LaToya,'; not 'some', '12', 'no one'
        return any(_names_speaker(child) for child in head.children if child.dep_ == "appos") or any(
            _names_speaker(grandchild) for child in head.children if child.dep_ == "prep" and child.lower_ == "of"
            for grandchild in child.children if grandchild.dep_ == "pobj")
    return _names_speaker(head)


def _holds_a_heading(text: str) -> bool:
    """'BP RUNS OUT OF CASH - UNLIKELY BP': a flattened page's upper-case section heading run into
    the speaker phrase (three upper-case words in a row; a name or an acronym is shorter)."""
    run = 0
    for word in text.split():
        run = run + 1 if word.isalpha() and word.isupper() else 0
        if run >= 3:
            return True
    return False


def _names_speaker(token) -> bool:
    """A name (one the entity tagger may have missed) or a noun for a person or a body."""
    if token.pos_ == "PROPN":
        return token.ent_type_ in NAMELESS_ENTITY_TYPES
    return token.pos_ == "NOUN" and (token.lemma_.lower() in SPEAKER_NOUNS or token.lemma_.lower() in ROLE_HEADS)


def statement_cue(att: Attribution) -> bool:
    """A verb of saying or thinking ('said', 'told', 'believes'), a noun of a statement ('in a
    statement'), 'according to', or the colon of a transcript or headline line ('GINGRICH: ...')."""
    words = [token.lower_ for token in att.cue]
    if words == [":"] or " ".join(words[:2]) == "according to":
        return True
    verbs = [token for token in att.cue if token.pos_ in ("VERB", "AUX") and cue_lemma(token) in STATEMENT_CUE_LEMMAS]
    if any(_not_said(verb) for verb in verbs):
        return False  # 'BP may also try to insist', 'toured the marsh to warn': not said, or not yet
    return bool(verbs) or any(token.pos_ == "NOUN" and token.lemma_.lower() in STATEMENT_NOUNS for token in att.cue)


def _not_said(verb) -> bool:
    """A cue verb that is an infinitive or under a modal ('to warn', 'may insist', 'would say'), or
    the complement of another verb ('try to insist'), reports no statement that was made."""
    if any(child.dep_ == "aux" and child.tag_ in ("TO", "MD") for child in verb.children):
        return True
    return verb.dep_ == "xcomp"


def statement_span(att: Attribution, start: int, end: int, quotes_index) -> bool:
    """The content is a clause (its top tokens include a verb, or a word with a subject: 'the
    system was not fit for purpose'), not a noun phrase or a pronoun, and holds neither its cue
    nor its speaker. An unquoted content at the very start of the text is not one: there a page's
    headline runs into its first sentence ('Flu hits Canada's native peoples It is unclear ...')."""
    text = text_of(att.cue[0].doc)
    if not text[:start].strip() and text[start:start + 1] not in QUOTE_MARKS:
        return False  # a flattened page's first words are its headline, run into the first sentence
    cue_start, cue_end = att.cue_chars
    if start < cue_end and cue_start < end:
        return False
    if att.speaker is not None and start < att.speaker.end_char and att.speaker.start_char < end:
        return False
    content = span_at(att.cue[0].doc, start, end)
    if content is None or _cut_short(att, content, text):
        return False
    quoted = quotes_index.overlapping(start, end)
    if _cut_inside_a_quote(text, start, end, quoted) or _two_turns(text, quoted) or _narration_over_sentences(content, quoted) or _another_cue(att, content, quoted):
        return False
    doc, heads = content.doc, parse_columns(content.doc).head  # the parse's columns: no Token per word of the content
    tops = [doc[i] for i in range(content.start, content.end)
            if not (content.start <= heads[i] < content.end) or heads[i] == i]
    verbs = [token for token in tops if token.pos_ in ("VERB", "AUX")]
    if verbs and all(_infinitive(verb) for verb in verbs):
        return False  # 'want Obama to tap that mood', 'asked his attorney general not to file': a wish, a request
    if _clause_started_before(att, content):
        return False  # "BP's commitments [will be assured by ...]", "Of 159 deaths[, tests showed ...]"
    return bool(verbs) or any(any(child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for child in token.children)
                              for token in tops)


def _another_cue(att: Attribution, content, quoted) -> bool:
    """Outside quote marks the content holds another verb of saying with a named subject ('...,
    said James Eck, vice president ...'): a second statement, maybe another speaker's, run in."""
    own = {token.i for token in att.cue}
    return any(token.pos_ == "VERB" and token.i not in own and cue_lemma(token) in SPEECH_VERBS
               and not any(q.start <= token.idx < q.end for q in quoted)
               and any(child.dep_ == "nsubj" and child.pos_ in ("PROPN", "NOUN") for child in token.children)
               for token in content)


def _infinitive(verb) -> bool:
    return any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children)


def _clause_started_before(att: Attribution, content) -> bool:
    """The content does not start at its clause's start: it opens on a comma or a closing mark, or
    a word of its own sentence before it (a subject, an opening phrase) depends on a word inside
    it. Neither the cue, the speaker, 'that'/'whether', punctuation nor a relative pronoun counts
    ('which authorities say could soon hit land' is whole)."""
    first = content[0]
    if first.is_punct and not first.is_left_punct and first.text not in QUOTE_MARKS:
        return True
    own = {token.i for token in att.cue}
    if att.speaker is not None:
        own.update(range(att.speaker.start, att.speaker.end))
    return any(content.start <= token.head.i < content.end and token.i not in own
               and not (token.is_punct or token.is_space or token.dep_ == "mark" or token.tag_ in ("WDT", "WP"))
               and not _within(token.idx, att.writers_words)
               for token in first.doc[first.sent.start:content.start])


def _within(char: int, ranges) -> bool:
    return any(start <= char < end for start, end in ranges)


def _without(text: str, start: int, end: int, ranges) -> str:
    """text[start:end] without the characters in `ranges` (the writer's words cut off a content)."""
    return "".join(ch for i, ch in enumerate(text[start:end], start) if not _within(i, ranges))


def _cut_inside_a_quote(text: str, start: int, end: int, quoted) -> bool:
    """Unbalanced marks: a quote that opens inside the content and goes on after it ('all was right
    with the world. “The price is good, ... recovery is under way[ ...”]'), or one that opens before
    it and closes inside, holds words on both sides: the content is cut inside what was said."""
    return any((start <= q.start < end < q.end) or (q.start < start < q.end and any(ch.isalnum() for ch in text[q.end:end]))
               for q in quoted)


def _two_turns(text: str, quoted) -> bool:
    """'“Why weren't you prepared?” “I don't believe we did ...”': a quote reopened right after
    one closes, with no cue between, is another speaker's turn."""
    return any(not text[a.end:b.start].strip() for a, b in zip(quoted, quoted[1:]))


def _narration_over_sentences(content, quoted) -> bool:
    """The words outside quote marks lie in more than one sentence: narration, a lead or a heading
    run into what was said, or the writer's next sentence run on after it."""
    sentences = {sentence_start(content.doc, token.i) for token in content if not token.is_punct and not token.is_space
                 and not any(q.start <= token.idx < q.end for q in quoted)}
    return len(sentences) > 1


def _cut_short(att: Attribution, content, text: str) -> bool:
    """An unquoted content that stops inside its sentence ('said the accused had caused the star's
    death through negligence and greed[, and had essentially been experimenting on Jackson]') is
    cut short, unless its cue or speaker comes right after it ('..., officials said') or a quote ends it."""
    sentence_end = content[-1].sent.end_char
    rest = _without(text, content.end_char, sentence_end, att.writers_words)
    if not rest.strip(" .!?;:\"'”’)\n") or text[content.end_char - 1:content.end_char] in QUOTE_MARKS:
        return False
    after = min(att.cue[0].idx, att.speaker.start_char if att.speaker is not None else len(text))
    if not content.end_char <= after < sentence_end:
        return True
    # '[Storms may scuttle clean-up efforts], or propel spilled crude ..., scientists said': words between
    return any(ch.isalnum() for ch in text[content.end_char:after])
