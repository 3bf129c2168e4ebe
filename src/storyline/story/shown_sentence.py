"""The shown text of a summarised timeline's sentence: the sentence without the parts that tell
who reported it or add detail around its happening (issue #13, docs/timeline.md).

A row of `--dates N --per-date K` shows one stored sentence. What a reader wants from it is the
happening; an agency dateline ("HONG KONG (Reuters) -"), an attribution tail of an unnamed speaker
(", health officials said on Friday."; a named one, ", BP says.", is the party whose act the day
tells, and stays), a trailing adverbial clause (", as it faced fresh accusations ..."), a
non-restrictive relative clause (", who has also been criticised for his approach,") and a second clause
joined at the end (", but federal officials intend to ...") are left out of the shown text, and so
is a page's headline or caption run into the sentence's opening with nothing between them ("Oil
spill is worst in US history The oil spill off the coast of America is ..."), and the day the
sentence names relative to its article ("on Tuesday", "yesterday") where the row shows that day. Only
the shown text changes: the row's evidence (its mention) is the whole sentence, as stored. The
cuts are rules on spaCy's dependency parse, each cutting one subtree that a comma sets off; a
clause naming a date or time is never cut (it tells a dated happening of its own). The guards were
set by reading a judged sample (docs/judged/timeline17-shown-text-seed1913.md).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from storyline.nlp.lexicon import SPEECH_VERBS
from storyline.nlp.entities import AGENCY_DATELINE
from storyline.nlp.time.lexicon import DAY_WORDS, MONTH_NAME, PARTS_OF_DAY, WEEKDAYS
from storyline.story.cluster import inside_quotation
from storyline.story.events import told_as_done
from storyline.story.lexicon import FINITE_TAGS, RELATIVE_PRONOUN_TAGS

CLAUSE_BREAKS = {",", ";"}
VERB_TAGS = {"VERB", "AUX"}
COMPLEMENTS = {"ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "conj"}  # what a verb says or does, after it
TIME_LABELS = {"DATE", "TIME"}
# Words that open a sentence or a clause, never a name or a headline's last word: written with a capital
# after a lower-case word, they start a sentence the page ran a headline or a caption into.
OPENER_TAGS = {"DET", "PRON", "ADP", "SCONJ", "CCONJ"}
# A capitalised common noun after a lower-case word opens a sentence too ("... in pigs Infection control experts
# are ..."), and so does a determiner after a name ("... from Mexico A 23-month-old child has died ...").
NOUN_PHRASE_PARTS = {"det", "compound", "amod", "nummod", "punct", "npadvmod"}
MIN_RUN_IN_WORDS = 6  # what is left after a run-in headline is a sentence, not a fragment
# A day named relative to the article: "Tuesday", "on Tuesday night", "late on Friday", "yesterday", "last night".
_DAY_NAMES = "|".join(sorted({*WEEKDAYS, *DAY_WORDS}, key=len, reverse=True))
_PARTS = "|".join(PARTS_OF_DAY)
RELATIVE_DAY = re.compile(rf"\b(?:(?:early|late|earlier|later)\s+)?(?:(?:on|at)\s+)?(?:(?:{_PARTS})\s+(?:of\s+)?)?"
                          rf"(?:{_DAY_NAMES})(?:\s+(?:{_PARTS}))?\b", re.IGNORECASE)
CALENDAR_MONTH = re.compile(rf"\b{MONTH_NAME}\b")
ADVERBIAL_NOUN = {"npadvmod", "tmod"}  # "said Tuesday"
DAY_EDGES = {"early", "late", "earlier", "later"}  # "late on Friday"
MAIN_CLAUSE_LINKS = {"ccomp", "xcomp", "conj"}  # a verb that tells the sentence's own happening, under its root


def _end_of_words(sentence: Span) -> int:
    """The index after the sentence's last word (before its closing punctuation)."""
    end = sentence.end
    while end > sentence.start and sentence.doc[end - 1].is_punct and sentence.doc[end - 1].text not in ('"', "”"):
        end -= 1
    return end


def _subtree_bounds(token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i


def _attribution_tail(root, end: int) -> range | None:
    """'X happened, officials said on Friday.': the saying verb's clause follows what was said. The
    said part must be a verb's clause, the speaker an active subject after it, and the saying verb
    take nothing after it but adverbials ('analysts say Moody's downgraded ...' says something more).
    A speaker called by name ('..., BP says.', '..., the World Health Organization warned.') stays:
    the announcement is that party's act, part of the day's happening ('BP says it has shut off the
    oil flow', as timelines write it), where 'officials said' only tells where the writer heard it."""
    if root.lemma_ not in SPEECH_VERBS:
        return None
    said = [child for child in root.children if child.dep_ == "ccomp" and child.i < root.i]
    speakers = [child for child in root.children if child.dep_ == "nsubj"]
    if not said or not speakers or said[0].pos_ not in VERB_TAGS:
        return None
    if any(speaker.pos_ == "PROPN" for speaker in speakers):
        return None  # a named speaker: the head of the subject is a name ('BP', 'Chris Huhne', 'the White House')
    if any(child.dep_ in COMPLEMENTS for child in root.rights):
        return None
    said_end = said[0].right_edge.i
    doc = root.doc
    if said_end + 1 < end and doc[said_end + 1].text == "," and all(s.left_edge.i > said_end for s in speakers):
        return range(said_end + 1, end)
    return None


def _tells_a_time(doc: Doc, cut: range) -> bool:
    """A clause naming a date or a time tells a happening of its own (', who last night cancelled
    ...', ', which staged an event on Wednesday ...'): it is not cut."""
    return any(entity.label_ in TIME_LABELS and entity.start in cut for entity in doc.ents)


def _trailing_clause(root, end: int) -> range | None:
    """', as it faced fresh accusations ...', ', but officials intend to ...': an adverbial clause
    opened by a conjunction, or a second verb clause, that closes the sentence, set off by a comma.
    A participle stays: ', killing 11 men' tells the result, ', accusing BP of ...' what was done."""
    doc = root.doc
    for child in root.children:
        if child.i < root.i or child.right_edge.i < end - 1:
            continue
        if child.dep_ == "advcl":
            if not any(t.dep_ == "mark" for t in child.children):
                continue
            first = child.left_edge.i
        elif child.dep_ == "conj" and child.pos_ in VERB_TAGS:
            conjunctions = [t for t in root.children if t.dep_ == "cc" and root.i < t.i < child.i]
            first = conjunctions[0].i if conjunctions else child.left_edge.i
        else:
            continue
        if first > root.sent.start and doc[first - 1].text in CLAUSE_BREAKS and not _tells_a_time(doc, range(first, end)):
            return range(first - 1, end)
    return None


def _relative_clauses(sentence: Span, end: int) -> list[range]:
    """', who formally takes over from Tony Hayward,': a relative clause opened by a wh-pronoun and
    set off by commas describes someone already named. Not where an apposition to the same noun
    follows it (', which had been scheduled for 25 June, the anniversary of his death'); where the
    noun is itself an apposition, its closing comma stays ('chief executive, Bob Dudley, told')."""
    doc = sentence.doc
    cuts = []
    for token in sentence:
        if token.dep_ != "relcl":
            continue
        first, last = _subtree_bounds(token)
        # opened by 'who' or 'which' after a comma ('that' is tagged WDT too, but a 'that' clause is restrictive:
        # it takes no comma, so it stays)
        if doc[first].tag_ not in RELATIVE_PRONOUN_TAGS or first <= sentence.start or doc[first - 1].text != ",":
            continue
        noun = token.head
        if last + 1 >= end:
            cut = range(first - 1, end)
        elif doc[last + 1].text == "," and last + 2 < end and doc[last + 2] not in set(noun.subtree):
            cut = range(first - 1, last + 1) if noun.dep_ == "appos" else range(first - 1, last + 2)
        else:
            continue
        if not _tells_a_time(doc, cut):
            cuts.append(cut)
    return cuts


def _opens_a_run_in_sentence(token) -> bool:
    """'... for 30 years A 24-hour facility has been set up ...': a capitalised opener ('A', 'The',
    'They', 'For', or a capitalised common noun) after a lower-case word, opening its own phrase, which hangs on nothing before it
    ('an influenza A virus': the parse reads 'A virus' as its apposition; 'by The Times and The Guardian
    said': a conjunct), and no title after a common noun ('the newspaper The Times')."""
    before = token.doc[token.i - 1]
    if not token.text[:1].isupper() or not (token.text[1:].islower() or len(token.text) == 1) or token.text == "I":
        return False
    common_noun = token.pos_ == "NOUN" and token.is_alpha and len(token.text) > 1  # 'pigs Infection control experts are'
    if token.pos_ not in OPENER_TAGS and not common_noun:
        return False
    phrase = token
    while phrase.dep_ in NOUN_PHRASE_PARTS and phrase.head.i > phrase.i:
        phrase = phrase.head  # 'A 23-month-old child', 'Infection control experts': the phrase the opener begins
    after_a_name = before.pos_ == "PROPN" and token.pos_ == "DET" and phrase.pos_ != "PROPN"  # 'from Mexico A 23-month-old'
    if not (after_a_name or (before.is_alpha and before.is_lower)) or before.pos_ == "CCONJ" \
            or phrase.left_edge.i != token.i or phrase.head.i < token.i:
        return False  # a phrase hanging on what comes before ('by The Times and The Guardian said') is no opener
    return not (before.pos_ == "NOUN" and token.pos_ == "DET" and token.head.pos_ == "PROPN")


def _run_in_opening(sentence: Span, end: int) -> range | None:
    """A page's headline or caption run into the sentence ('Oil spill is worst in US history The oil
    spill off the coast of America is now the worst in US history.'): everything before the last
    capitalised opener after a lower-case word, where that part has a verb of its own (a headline
    or a caption says something; 'Reporters at the newspaper The Times said' does not) and what
    follows is a sentence of at least six words with a finite verb, not opened by a personal pronoun
    (guards set on the judged sheet docs/judged/timeline17-run-in-seed1915.md)."""
    doc = sentence.doc
    opener = None
    for token in doc[sentence.start + 2:end]:
        if _opens_a_run_in_sentence(token):
            opener = token.i
    if opener is None:
        return None
    rest = doc[opener:end]
    if sum(1 for token in rest if token.is_alpha) < MIN_RUN_IN_WORDS or not any(t.tag_ in FINITE_TAGS for t in rest):
        return None  # a caption's fragment ('The Deepwater Horizon oil rig burning last week.')
    if doc[opener].tag_ == "PRP":
        return None  # 'They are ...' leans on the headline before it for whom it means
    if not any(token.pos_ in VERB_TAGS for token in doc[sentence.start:opener]):
        return None
    return range(sentence.start, opener)


def _time_expressions(sentence: Span) -> list[tuple[int, int]]:
    """The sentence's DATE and TIME entities as (first, last) token indices, adjacent ones joined
    (spaCy reads 'Friday night' as a DATE and a TIME)."""
    joined: list[tuple[int, int]] = []
    for entity in sentence.doc.ents:
        if entity.label_ not in TIME_LABELS or entity.start < sentence.start or entity.end > sentence.end:
            continue
        if joined and joined[-1][1] + 1 == entity.start:
            joined[-1] = (joined[-1][0], entity.end - 1)
        else:
            joined.append((entity.start, entity.end - 1))
    return joined


def _names_a_day(text: str) -> bool:
    """'Tuesday', 'last night', 'May 4', '25 June 2009'; not a duration, a year or a week ('36 hours',
    'six-month', 'this week')."""
    return bool(RELATIVE_DAY.search(text) or (CALENDAR_MONTH.search(text) and re.search(r"\d", text)))


def _tells_the_sentences_happening(verb, sentence: Span) -> bool:
    """The verb is the sentence's root or hangs on it through complements and conjuncts: the row's
    day is its day. A relative or adverbial clause tells another happening ('The rig sank after a fire
    that began on Tuesday', 'Hayward, who testified on Thursday, has been replaced'), except the
    infinitive that a copula's attribute opens ('was the first official to arrive on Saturday')."""
    while verb.i != sentence.root.i:
        if verb.dep_ == "relcl" and verb.tag_ == "VB" and verb.head.dep_ == "attr" \
                and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
            verb = verb.head.head
        elif verb.dep_ in MAIN_CLAUSE_LINKS:
            verb = verb.head
        else:
            return False
    return True


def _relative_day(sentence: Span) -> range | None:
    """'BP said on Tuesday it would ...', '... was capped yesterday': the row shows the day the
    sentence states (`timeline_date`), and a day told relative to the article's publication repeats it
    in words a reader of the timeline cannot place. Cut where it is the only day the sentence names
    (two name different days: 'began Monday and ended on Tuesday'; a duration does not count), a day
    and nothing more (no month or number: 'Tuesday, May 4' stays), and an adverbial of a verb told as
    done (`story.events.told_as_done`: no modal or future auxiliary on it or above it, not in the
    present) and no infinitive's (the day set for an act: 'was expected to wash ashore on Friday'), that
    tells the sentence's own happening (not a relative or adverbial clause's), outside
    quotation marks, alone or with 'on' or 'at' ('by Thursday' is a deadline): guards set on the judged sheet
    docs/judged/timeline17-relative-day-seed1916.md; an opening one takes its comma ('On Tuesday, BP
    said'), one set off by commas inside the sentence both ('The company, on Tuesday, said')."""
    doc = sentence.doc
    days = [(first, last) for first, last in _time_expressions(sentence) if _names_a_day(doc[first:last + 1].text)]
    if len(days) != 1:
        return None
    first, last = days[0]
    head = doc[first:last + 1].root
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.i == first - 1 \
            and [child.i for child in head.head.children] == [head.i]:
        first, head = first - 1, head.head  # 'on Tuesday': the preposition goes with it
    elif head.dep_ not in ADVERBIAL_NOUN:
        return None
    if first > sentence.start and doc[first - 1].lower_ in DAY_EDGES:
        first -= 1  # 'late on Friday'
    if head.left_edge.i < first or head.right_edge.i > last:
        return None  # the phrase says more than the day ('On Tuesday alone, ...')
    verb = head.head
    if verb.pos_ not in VERB_TAGS or verb.i in range(first, last + 1) or not RELATIVE_DAY.fullmatch(doc[first:last + 1].text):
        return None
    if not told_as_done(verb):
        return None  # the day of a planned or possible act, or a present one's ('will meet on Monday', 'is to visit on Friday')
    if verb.dep_ == "xcomp" and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return None  # an infinitive's day is the day set for an act ('was expected to wash ashore on Friday', 'is to be launched this morning')
    if not _tells_the_sentences_happening(verb, sentence) or inside_quotation(sentence, first):  # cutting from someone's words would misquote
        return None
    if first == sentence.start:
        return range(first, last + 2) if last + 1 < sentence.end and doc[last + 1].text == "," else range(first, last + 1)
    if doc[first - 1].text == "," and last + 1 < sentence.end and doc[last + 1].text == ",":
        return range(first - 1, last + 2)
    if doc[first - 1].text == "," and last + 1 >= _end_of_words(sentence):
        return range(first - 1, last + 1)  # '... to arrive in Haiti, on Saturday.': the comma goes too
    return range(first, last + 1)


def cuttable_tokens(sentence: Span, states_its_day: bool = False) -> set[int]:
    """Indices of the tokens the shown text leaves out (with `states_its_day`, the row shows the day
    the sentence names, so a relative day may go too)."""
    root = sentence.root
    end = _end_of_words(sentence)
    cut: set[int] = set()
    if states_its_day:
        cut.update(_relative_day(sentence) or ())
    for found in (_run_in_opening(sentence, end), _attribution_tail(root, end), _trailing_clause(root, end)):
        if found:
            cut.update(found)
    for found in _relative_clauses(sentence, end):
        cut.update(found)
    return cut


def _joined(doc: Doc, cut: set[int]) -> str:
    """The tokens left, with a space where a cut inside the sentence took one away."""
    parts: list[str] = []
    for token in doc:
        if token.i in cut:
            if token.whitespace_ and parts and not parts[-1].endswith(" "):
                parts.append(" ")
            continue
        if token.is_punct and parts and parts[-1].endswith(" ") and token.text in ",.;:!?":
            parts[-1] = parts[-1].rstrip()
        parts.append(token.text_with_ws)
    return "".join(parts).strip()


def shown_text(parsed: Doc, states_its_day: bool = False) -> str:
    """The shown text of one parsed sentence (the sentence itself where nothing can be cut, or where
    a cut would leave no words or an unpaired quotation mark or bracket)."""
    text = parsed.text
    sentences = list(parsed.sents)
    if len(sentences) != 1:  # the parser reads two sentences: no subtree spans the row's text
        return text
    cut = cuttable_tokens(sentences[0], states_its_day)
    if not cut:
        return text
    shown = _joined(parsed, cut)
    if not re.search(r"\w", shown) or shown.count('"') % 2 != text.count('"') % 2 \
            or shown.count("(") - shown.count(")") != text.count("(") - text.count(")"):
        return text
    if not shown.endswith((".", "!", "?", '"', "”", "'")):
        shown = shown.rstrip(",;:-–— ") + "."
    if sentences[0].start in cut and shown[:1].islower():
        shown = shown[:1].upper() + shown[1:]  # 'On Wednesday, the company said' -> 'The company said'
    return shown


def reported_headline(parsed: Doc) -> str | None:
    """What a summarised-timeline row read from no event says happened, for a reader's 'what happened' column: the
    clause of its shown text's main verb cut to who did what (`story.clause.clause_headline`: "BP said its costs had
    grown to about $760 million", "Oil was trading around $74"). Such a row was headed by its article's title, and
    where the article had none (every Timeline17 page) by its type, "report": 9 of the 20 rows of
    `bpoil_foxnews` 140's `--dates 20`. None when the parser finds several sentences or the clause names no subject."""
    from storyline.story.clause import clause_headline

    sentences = list(parsed.sents)
    if len(sentences) != 1:
        return None
    return clause_headline(sentences[0].root)


def states_only_its_day(sentence, day: str) -> bool:
    """Whether a summarised-timeline row's sentence (`story.timeline.CandidateSentence`) names its row's
    day and no other: its first day-level time expression (the timex stage's, which dated it) is the row's
    day and it holds no second one. Only then may the day named relative to the article be left out
    (`shown_sentences`' `days_stated`)."""
    return sentence.date is not None and sentence.date.isoformat() == day and sentence.days_named == 1


def shown_sentences(texts: Iterable[str], nlp, days_stated: Iterable[bool] | None = None) -> list[str]:
    """The shown text of each sentence (the dateline off first, then the parse's cuts). `days_stated`
    tells, per sentence, whether its row's day is the day the sentence names (`CandidateSentence.date`),
    so that a day named relative to the article may be left out."""
    undated = []
    for text in texts:
        without_dateline = AGENCY_DATELINE.sub("", text)
        undated.append(without_dateline if re.search(r"\w", without_dateline) else text)
    stated = list(days_stated) if days_stated is not None else [False] * len(undated)
    return [shown_text(parsed, states) for parsed, states in zip(nlp.pipe(undated), stated)]
