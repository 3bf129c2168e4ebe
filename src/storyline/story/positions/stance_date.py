"""When a stance was taken: the time expression of its clause or of the quote it is in, the day of the
sentence before it continues or of the holder's words after it, the document's date; and whether it was held before
that."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from storyline.model import Document, Quote, Timex
from storyline.nlp.spacy_model import span_at, text_of
from storyline.nlp.time.lexicon import WEEKDAYS
from storyline.nlp.time.tense import predicate_tense, told_in_the_pluperfect, verb_above
from storyline.story import lexicon
from storyline.story.cluster import ROUNDUP_SECTION_LABEL
from storyline.story.positions.words import HOLDER_LABELS, SUBJECT_DEPS
from storyline.story.positions.holder import VERB_OR_AUX, holder_tokens
from storyline.story.positions.stance import RELATIVE_PRONOUNS


BACKGROUND_DEPS = ("relcl", "appos")


def stance_timexes(cue: Token, timexes: list[Timex]) -> list[Timex]:
    """The time expressions that may date a stance: not those inside a relative clause or an apposition the stance
    word is not in, which tell about a participant ('NextGen Climate, which has invested heavily in efforts to put the
    2016 candidates on alert, has made the same demands ...': 2016 is no date of the demands; 'Rendell, who served as
    general chairman of the DNC during the 2000 election, agreed ...' was dated 2000). 'Obama, who on Tuesday called
    for ...' keeps its Tuesday: the stance word is inside that clause."""
    background = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in cue.sent
                  if t.dep_ in BACKGROUND_DEPS and not (t.left_edge.i <= cue.i <= t.right_edge.i)]
    return [x for x in timexes if not any(start <= x.start and x.end <= end for start, end in background)]


def date_of_stance(cue: Token, quote: Quote | None, timexes: list[Timex], doc: Document,
                 own_words: bool = True) -> tuple[str | None, list[str] | None, bool]:
    """(date, range, held before) of a stance (#14 `posdate22`): a time expression dates it only when it hangs on
    the stance word or a word above it that states it (`_stance_date_path`: the saying verb, the light verb over a
    stance noun), nearest first, or on the occasion it was stated at ('in a speech on 14 January') or the saying
    participle beside it ('..., telling reporters on Friday'); so not 'by 2020' of the wage asked for, nor 'in 1976'
    of an election named in the issue, nor the 'last year' of another clause. A day the text names for the saying
    is used even where `date_of_span` skips a reporting date ('told reporters on Friday that ...'), and a time after
    the article's day is what is asked for, not when ('called for elections in 2020'). With no such time, a stance
    the clause tells as held before the article ('had initially welcomed', 'has long opposed', 'in the past',
    `_held_before`) is marked held before (an earlier stance, `[null, D]`); else (None, None, False) and the
    statement takes the article's day. `own_words=False`: the word's own times are the act asked for ('must
    release the video by Friday'), only the saying above it dates the demand."""
    from storyline.nlp.time.dating import date_of_span, value_range

    path = _stance_date_path(cue, quote)
    depth = {token.i: n for n, token in enumerate(path) if own_words or n > 0}
    latest = doc.published or (doc.published_range[1] if doc.published_range else None)
    by_depth: dict[int, list[Timex]] = {}
    held_until = False
    for timex in timexes:
        covered = value_range(timex.value) if timex.type in ("DATE", "TIME") else None
        if not covered or latest and covered[0].isoformat() > latest[:10] or timex.value == "PRESENT_REF":
            continue
        at = _stating_word_dated(cue.doc, timex, depth)
        if at is not None and _time_it_lasted_until(cue.doc, timex):
            held_until = True  # "until Thursday, Trump has steadfastly refused to disclose ...": held up to then
        elif at is not None and not _definite_past_on_a_perfect(path[at], timex, covered, latest):
            by_depth.setdefault(at, []).append(timex)
    if by_depth:
        date, date_range = date_of_span(0, len(text_of(cue.doc)), by_depth[_depth_of_the_day_told(by_depth, quote)])
        if date or date_range:
            return date, date_range, False
    return None, None, own_words and (held_until or _held_before(cue) or _anothers_act_on_a_named_stance(cue)
                                      or _named_stance_with_no_verb(cue)
                                      or quote is not None and _named_owner_other_than_the_speaker(cue, quote))


UNTIL_PREPOSITIONS = frozenset({"until", "till", "til"})


def _time_it_lasted_until(parsed: Doc, timex: Timex) -> bool:
    """A time governed by 'until' ('And until Thursday, Trump has steadfastly refused to disclose detailed medical
    records'): the stance lasted up to that time, which ends it; it was held before, not on that day (held-out round
    45 row 19, dated the Thursday)."""
    span = span_at(parsed, timex.start, timex.end)
    if span is None:
        return False
    root = span.root
    preposition = root.head if root.dep_ == "pobj" else root if root.dep_ == "prep" else None
    return preposition is not None and preposition.lower_ in UNTIL_PREPOSITIONS \
        or timex.text.lower().split()[0] in UNTIL_PREPOSITIONS


SPEAKERS_DAY_WORDS = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})


def _depth_of_the_day_told(by_depth: dict[int, list[Timex]], quote: Quote | None) -> int:
    """The nearest depth on the stance's path whose times date it; but a 'today' inside the quote the stance is in is
    the speaker's day, which the saying's own time names where the text gives it: 'Durbin said on Thursday he
    "hand-delivered a letter to the attorney general today asking for the investigation ..."' was asked on
    Thursday, not on the article's Friday (round 45 pool row 175)."""
    nearest = min(by_depth)
    if quote is None or not all(quote.start <= timex.start < quote.end and timex.text.lower() in SPEAKERS_DAY_WORDS
                                for timex in by_depth[nearest]):
        return nearest
    return next((depth for depth in sorted(by_depth) if depth > nearest and not any(
        quote.start <= timex.start < quote.end for timex in by_depth[depth])), nearest)


DURATIVE_PREPOSITIONS = frozenset({"since", "for", "over", "throughout", "during"})  # "has opposed it since 2009"


def _definite_past_on_a_perfect(word: Token, timex: Timex, covered, latest: str | None) -> bool:
    """A time that ended before the article hung on a verb in the present perfect: English does not say "has opposed
    it in 2009", so the parser hung another clause's time on it ("Though, as a senator, Kaine has opposed ... and
    restrictions on abortion, in 2009, as governor of Virginia, he signed ...": 2009 is the signing's). A perfect
    takes a time that reaches its now ("since 2009", "this year")."""
    if word.pos_ not in VERB_OR_AUX or not latest or covered[1].isoformat() >= latest[:10]:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s") and c.tag_ != "VBD" for c in word.children):
        return False
    span = span_at(word.doc, timex.start, timex.end)
    if span is None:
        return False
    preposition = span.root.head if span.root.dep_ == "pobj" else None
    hung_on = preposition.head if preposition is not None else span.root.head
    if hung_on.i != word.i:
        return False  # "has hailed ..., telling reporters on Friday": the day of the saying beside it
    return not (preposition is not None and preposition.lower_ in DURATIVE_PREPOSITIONS
                or timex.text.lower().split()[0] in DURATIVE_PREPOSITIONS)


def told_in_the_simple_past(cue: Token, quote: Quote | None) -> str:
    """'past' when the stance is told as done in the simple past ('Activists engaged in a sit-in, demanding that ...',
    'The United States openly called for the overthrow of Assad', 'Sanders said he supported ...'), read bottom up on
    the words that state it (`_stance_date_path`), the first with a tense deciding; 'held' when a word above that one
    speaks from the present or the perfect ('Sanders has said he opposed the 2007 immigration bill': his past stance,
    held before); '' for a present, a perfect ('has called for', current) or a modal ('would back'). Such a stance with
    no time of its own was taken on or before the article's day, not on it (`posdate35`). A stance that describes a
    participant rather than tells the news is 'held' when its sentence is told in the past
    (`_describes_in_the_past`)."""
    path = _stance_date_path(cue, quote)
    for word in path:
        if word.pos_ not in VERB_OR_AUX:
            continue
        if _describes_in_the_past(word):
            return "held"
        if _simple_past(word):
            return "held" if _describes_its_subject(word) or word.dep_ == "ccomp" and _speaks_from_now(word.head) \
                else "past"
        if predicate_tense(word) or _modal(word):
            return ""  # a present, a perfect or a modal
    return "held" if _describes_in_the_past(path[-1]) else ""


def _simple_past(verb: Token) -> bool:
    """'called for', 'was opposed': a past that is no perfect and has no modal."""
    return predicate_tense(verb) == "past" and not _perfect(verb) and not _modal(verb)


def _modal(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children)


def _describes_its_subject(verb: Token) -> bool:
    """A relative clause whose subject is its relative pronoun ('workers ... who demanded a $15 minimum wage',
    'Monsanto, which opposed the bill'): it tells who the noun is, not the news, and names no time for it. Not a clause
    with a subject of its own ('at the time he was willing to withdraw', 'the plan Trump proposed')."""
    return verb.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS
                                        for c in verb.children)


def _describes_in_the_past(word: Token) -> bool:
    """A stance named to describe someone or something in a sentence told in the simple past, with no time of its own:
    a stance noun no verb states ("George W. Bush's refusal to condemn ... all spoke to a constituency", 'Alpert, author
    of a book calling for massive fiscal stimulus, expressed alarm') or a past participle on a noun ('The immigration
    bill, opposed by House Republicans, never became law'). It was held at some time up to the one told, which the
    sentence does not give: 'before D', not the article's day (round 41 pool rows 21 and 119). A relative
    clause in the simple past ('Pete Wilson who supported Proposition 226') is read so in `told_in_the_simple_past`
    (`_describes_its_subject`)."""
    participle = word.dep_ == "acl" and word.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass")
                                                                         for c in word.children)
    if word.pos_ in VERB_OR_AUX and not participle:
        return False
    verb = verb_above(word)
    return verb is not None and _simple_past(verb)


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _speaks_from_now(verb: Token) -> bool:
    """A saying verb in the present or the perfect ('says', 'has said'): what it reports in the past was before."""
    from storyline.nlp.lexicon import SPEECH_VERBS

    return verb.lemma_.lower() in SPEECH_VERBS and (predicate_tense(verb) == "present" or _perfect(verb))


NARRATIVE_SENTENCES_BEFORE = 3  # sentences read before a stance for the time its story is told at


def _article_day_and_week_start(doc: Document) -> tuple[date, date] | None:
    """The article's day (its publication day, or the last day of its inferred range) and the first day of the week
    before it, within which an undated stance told in the simple past is placed."""
    from storyline.story.events import UNDATED_PAST_WINDOW_DAYS

    latest = doc.published or (doc.published_range[1] if doc.published_range else None)
    if not latest:
        return None
    day = date.fromisoformat(latest[:10])
    return day, day - timedelta(days=UNDATED_PAST_WINDOW_DAYS)


# a section label opening a sentence or a line ("... for the spill. In the Gulf: BP denied ..."), the label captured
SECTION_LABEL_OPENING = re.compile(rf"(?:^|(?<=[.!?\"”]\s)|(?<=\n))\W*(?P<label>{ROUNDUP_SECTION_LABEL})")
ROUNDUP_ENTRIES_MIN = 3  # a label or two is an article's aside ("In Washington: ..."); a roundup opens entry after entry


def told_over_many_days(parsed: Doc) -> bool:
    """Whether the page is a roundup of many days' news under section labels that recur ("At the White House: President
    Obama held a series of meetings ... at the G20 summit. World leaders pledged to cut deficits in half in three years.
    In the Gulf: ..."; a Fox News page of the spill day by day, bpoil_foxnews, development, 210 labels). Each entry
    tells its own day, which the flattened page no longer names, in the past or the historical present: a stance
    there with no time of its own was held on some day up to the page's, not in its last week nor on its day (the
    G20's pledge of 27 June was dated the week before 4 August)."""
    labels = Counter(m.group("label").strip() for m in SECTION_LABEL_OPENING.finditer(text_of(parsed)))
    return sum(labels.values()) >= ROUNDUP_ENTRIES_MIN and max(labels.values(), default=0) > 1


def told_in_a_past_narrative(cue: Token, timexes: list[Timex], doc: Document) -> bool:
    """Whether the nearest time expression before the stance (in its sentence or the few sentences before it, on their
    main verbs or a word stating the stance) names a time that ended before the week of the article: '... he said in
    2012. [...] He argued against intervention by outside powers in Syria as well' is told in the story of 2012, not
    the article's week (`posdate35`). Where the story's time is not this clear the stance is on or before the day."""
    from storyline.nlp.time.dating import value_range

    days = _article_day_and_week_start(doc)
    if days is None:
        return False
    parsed = cue.doc
    start = cue.sent.start_char
    sentence = cue.sent
    for _ in range(NARRATIVE_SENTENCES_BEFORE):  # across paragraphs: a story of the past goes on after a break
        if sentence.start == 0:
            break
        sentence = parsed[sentence.start - 1].sent
        start = sentence.start_char
    told_on = {token.i for token in _stance_date_path(cue, None)}
    before_cue = [t for t in timexes if start <= t.start and t.end <= cue.idx and t.type == "DATE"
                  and _sets_the_time_of(parsed, t, told_on)]
    if not before_cue:
        return False
    covered = value_range(max(before_cue, key=lambda t: t.start).value)
    return bool(covered) and covered[1] < days[1]


def told_among_earlier_times(cue: Token, timexes: list[Timex], doc: Document) -> bool:
    """Whether the article, up to the stance, names more days or spans that ended before its week than ones within it:
    a story told of an earlier time ('Mr. Manafort pressed Mr. Yanukovych to sign an agreement with the European Union'
    in a profile of his Ukrainian years, 3 dates of the article's week and 10 earlier ones before it; round 55 pool rows
    202 and 226, 2 and 3, dated the article's week). An undated stance told in the simple past there belongs to that
    time, some day before the article's (`posdate35`); where the article's own week is named as often or more, it is
    the week's news."""
    from storyline.nlp.time.dating import value_range

    days = _article_day_and_week_start(doc)
    if days is None:
        return False
    article_day, week_start = days
    earlier = recent = 0
    for timex in timexes:
        if timex.end > cue.idx or timex.type != "DATE":
            continue
        covered = value_range(timex.value)
        if not covered:
            continue
        if covered[1] < week_start:
            earlier += 1
        elif covered[0] <= article_day:
            recent += 1
    return earlier > recent


def act_asked_for_dated_before(cue: Token, timexes: list[Timex], doc: Document) -> bool:
    """Whether the act a stance word asks for or proposes is dated, in its own clause, at a time that ended before the
    week of the article: 'Alan Hartman ... suggested that the health care property company Ventas spin off a major
    division last year' (round 53 pool row 43, dated the article's week). What is asked for is not done before it is
    asked, so the stance was taken by then: 'before D'. Only a time on the complement's own verb (not in a clause or a
    noun's phrase under it: 'urged North Korea to resume talks it abandoned in 2009'), only a day or span already
    over, never one to come ('called for troops to leave by next year')."""
    from storyline.nlp.time.dating import value_range

    days = _article_day_and_week_start(doc)
    acts = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in VERB_OR_AUX]
    if days is None or not acts:
        return False
    article_day, week_start = days
    for timex in timexes:
        if timex.type != "DATE" or timex.start < cue.idx or timex.end > cue.sent.end_char:
            continue
        first = span_at(cue.doc, timex.start, timex.end)
        if first is None or verb_above(first.root) not in acts:
            continue
        if any(t.dep_ in BACKGROUND_DEPS or t.dep_ == "prep" and t.lower_ in TIME_ORDER_PREPOSITIONS
               for t in [first.root, *first.root.ancestors] if t.i > cue.i and t not in acts):
            continue  # "in the months after the election": another happening's time
        covered = value_range(timex.value)
        if covered and covered[0] < week_start and covered[1] < article_day:
            return True  # begun before the week and over by the article's day: "last year" in early January
    return False


# words by which a time runs on from another one told before ('in the coming months', 'over the following weeks'):
# with a verb in the simple past the time is the story's, not the article's (a closed class of English adjectives)
ONWARD_TIME_WORDS = frozenset({"coming", "following", "ensuing", "subsequent", "next", "succeeding"})


def told_at_a_time_after_another(cue: Token, timexes: list[Timex]) -> bool:
    """Whether a stance told in the simple past is timed by a phrase that runs on from a time told before: 'In the
    coming months, he vowed to ban Muslims from entering the United States' (round 53 pool row 101, a 2015 narrative
    dated the article's week). The past tense puts that time before the article, so the stance was held before it; the
    phrase must be on the stance's own words (not 'vowed to act in the coming months', the act's time)."""
    told_on = {token.i for token in _stance_date_path(cue, None)}
    for timex in timexes:
        if timex.end > cue.sent.end_char or timex.start < cue.sent.start_char:
            continue
        first = span_at(cue.doc, timex.start, timex.end)
        if first is None or not any(t.lower_ in ONWARD_TIME_WORDS for t in first):
            continue
        dated = verb_above(first.root)
        if dated is not None and dated.i in told_on:
            return True
    return False


def holder_named_by_an_office_held_then(cue: Token) -> bool:
    """Whether the holder of a stance told in the simple past with no time of its own is named by an office held at
    the time told: 'then-Gov. Jeb Bush ... called for', 'The Democratic Leadership Council, the centrist Dem
    organization that then-Arkansas Gov. Bill Clinton chaired in the early 1990s, pushed Democrats to ...' (round 38
    pool row 24, dated the article's week). The week before the article is then a guess the text gives no ground for;
    'before D' is what it says. 'Former' is no such sign ('Former President Bill Clinton criticized ...' is today's
    news), nor is a time elsewhere in the sentence: a first version that took any time of the sentence ended before
    the article's week moved right weeks to 'before' ('urged North Korea to resume denuclearization talks it abandoned
    in 2009')."""
    return any(_then_title(t) for t in _holder_words(cue))


def _holder_words(cue: Token) -> list[Token]:
    """The words naming who states the stance: the subject at or above it, or the noun its relative clause is on."""
    for node in (cue, *cue.ancestors):
        subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
            return [t for t in node.head.subtree if t.i < node.i]  # "then-Gov. Pete Wilson, who supported"
        if subject is not None:
            return list(cue.doc[max(subject.left_edge.i - 2, 0):subject.right_edge.i + 1])  # the parser may hang
            # "Then-" of "Then-Gov. Jeb Bush" on the verb
    return []


def _then_title(word: Token) -> bool:
    """'then' of 'then-Gov.': an office held at the time told."""
    return word.lower_ == "then" and word.i + 1 < len(word.doc) and word.doc[word.i + 1].text == "-" \
        and not word.whitespace_


def _sets_the_time_of(parsed: Doc, timex: Timex, told_on: set[int]) -> bool:
    """Whether a time expression dates the main clause of its sentence or a word that states the stance, not a thing
    named in a noun's phrase or a relative clause ('the moratorium, which was issued after the spill in April')."""
    first = span_at(parsed, timex.start, timex.end)
    if first is None:
        return False
    verb = verb_above(first.root)
    if verb is not None and any(t.dep_ in BACKGROUND_DEPS for t in first.root.ancestors if t.i != verb.i and verb
                                in t.ancestors) or first.root.dep_ in BACKGROUND_DEPS:
        return False  # "Cruz, now a GOP presidential contender, proposed": the apposition's time is the person's
    if verb is not None and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SCENE_SETTING_MARKS
                                                         for c in verb.children):
        verb = verb.head  # "Shortly after it ruled last July ..., Cruz proposed": the clause sets the main one's time
    return verb is not None and (verb.dep_ == "ROOT" or verb.i in told_on)


# subordinators of a clause that sets the time of the one it hangs on ('after', 'when'); not 'since' or 'until', whose
# time runs on to another
SCENE_SETTING_MARKS = frozenset({"after", "when", "as", "once", "before", "while"})


def day_of_the_sentences_around(cue: Token, holder_span: tuple, timexes: list[Timex], doc: Document,
                                 quotes: list[Quote]) -> str | None:
    """The day of the statement a stance's sentence belongs to, when the sentence names no time of its own and is told
    in the simple past as one step of the story: the day of the sentence before it (`_day_of_the_sentence_before`),
    else the day the holder's next words are given ('Markey criticized BP for ... "The release ...," said Markey.
    "...," Markey said in a written statement Sunday': `_day_of_the_statement_after`)."""
    sentence = cue.sent
    if any(sentence.start_char <= t.start < sentence.end_char for t in timexes):
        return None
    if sentence.root.tag_ != "VBD":
        return None  # told in the simple past as the next step of the story; not "He has called for", "He says"
    return _day_of_the_sentence_before(cue, holder_span, timexes, doc) \
        or _day_of_the_statement_after(cue, holder_span, timexes, doc, quotes)


def _one_day_said(parsed: Doc, timexes: list[Timex], sentence: Span, depth: dict[int, int],
                  doc: Document) -> str | None:
    """The one day, not after the article, that a time expression of the sentence gives a word of `depth`."""
    from storyline.nlp.time.dating import value_range

    latest = doc.published or (doc.published_range[1] if doc.published_range else None)
    for timex in timexes:
        if not sentence.start_char <= timex.start < sentence.end_char or timex.type not in ("DATE", "TIME"):
            continue
        covered = value_range(timex.value)
        if not covered or covered[0] != covered[1] or latest and covered[0].isoformat() > latest[:10]:
            continue
        if _stating_word_dated(parsed, timex, depth) is not None:
            return covered[0].isoformat()
    return None


def _paragraph_break(parsed: Doc, end_char: int, start_char: int) -> bool:
    """Whether a paragraph break lies between two offsets (the end of one sentence, the start of the next)."""
    return "\n" in text_of(parsed)[max(0, end_char - 1):start_char]


def _day_of_the_sentence_before(cue: Token, holder_span: tuple, timexes: list[Timex], doc: Document) -> str | None:
    """The day of the sentence before, for a stance whose sentence continues it (#14 `posdate24`): "Obama on Monday
    toured the coast. He urged Americans not to cancel travel plans" was urged on Monday. Only when the holder is
    that sentence's subject (a pronoun resolved to it, or the same name), only for one day named on its main verb and
    not after the article, and only in the same paragraph or from a paragraph of that one sentence, which sets the
    scene for the quotes after it ("Sanders seemed to be of two minds Tuesday night when he delivered a speech." /
    "He vowed to ...": `posdate25`)."""
    parsed = cue.doc
    sentence = cue.sent
    if sentence.start == 0:
        return None
    before = parsed[sentence.start - 1].sent
    if _paragraph_break(parsed, before.end_char, sentence.start_char) and before.start > 0 \
            and not _paragraph_break(parsed, parsed[before.start - 1].sent.end_char, before.start_char):
        return None  # across a paragraph break only from a paragraph of one sentence
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" and subject.ent_type_ not in HOLDER_LABELS:
        return None  # a name ('Sanders', tagged a plural noun, is still a person's name)
    first, last = holder_tokens(subject)
    if not _same_party(holder_span, parsed[first].idx, parsed[last - 1].idx + len(parsed[last - 1]), subject.lower_):
        return None
    return _one_day_said(parsed, timexes, before, {before.root.i: 0}, doc)


STATEMENT_SENTENCES_AFTER = 3  # sentences of the holder's own words read after a stance for the day they were given


def _day_of_the_statement_after(cue: Token, holder_span: tuple, timexes: list[Timex], doc: Document,
                                quotes: list[Quote]) -> str | None:
    """The day the holder's words that follow the stance were given (`posdate25`): 'Rep. Edward Markey ... criticized
    BP for ignoring a directive ... "The release ...," said Markey, a Democrat from Massachusetts. "...," Markey said in
    a written statement Sunday' was said on Sunday. Each sentence read must give a quote of the holder (the
    attribution stage's speaker, by name or a pronoun resolved to it), in the same paragraph; the first day on the
    saying verb of such a quote, one day not after the article, is the day."""
    parsed = cue.doc
    sentence = cue.sent
    for _ in range(STATEMENT_SENTENCES_AFTER):
        if sentence.end >= len(parsed):
            return None
        following = parsed[sentence.end].sent
        if _paragraph_break(parsed, sentence.end_char, following.start_char):
            return None
        said = [quote for quote in quotes if quote.cue_start is not None and quote.speaker_ref_start is not None
                and following.start_char <= quote.cue_start < following.end_char
                and _same_party(holder_span, quote.speaker_ref_start, quote.speaker_ref_end,
                                _last_word(quote.speaker_ref_text))]
        if not said:
            return None  # another's words, or none: the statement ended
        for quote in said:
            cue_span = span_at(parsed, quote.cue_start, quote.cue_end)
            if cue_span is not None:
                day = _one_day_said(parsed, timexes, following, {cue_span[-1].i: 0}, doc)
                if day:
                    return day
        sentence = following
    return None


def _last_word(name: str | None) -> str:
    words = (name or "").split()
    return words[-1].lower() if words else ""


def _same_party(holder_span: tuple, start: int, end: int, last_word: str) -> bool:
    """Whether the holder (a pronoun resolved to a name, or a name) is the party named at [start, end): the same
    characters, or the same last word ("Barack Obama" and "Obama")."""
    if holder_span[0] < end and start < holder_span[1]:
        return True
    words = holder_span[2].split()
    return bool(words) and bool(last_word) and words[-1].lower() == last_word


def _stance_date_path(cue: Token, quote: Quote | None) -> list[Token]:
    """The stance word and the words above it that state it (`lexicon.STANCE_DATE_PATH_DEPS`), then the cue of the
    quote it stands in when that is not among them (a quote whose saying verb is in another sentence)."""
    path = [cue]
    while _states_the_word_below(path[-1]):
        path.append(path[-1].head)
    if quote is not None and quote.cue_start is not None and not _named_owner_other_than_the_speaker(cue, quote):
        said = span_at(cue.doc, quote.cue_start, quote.cue_end)
        if said is not None and all(t.i != said[-1].i for t in path):
            path.append(said[-1])
            while _states_the_word_below(path[-1]):
                path.append(path[-1].head)
    return path


# prepositions that order two happenings in time: what they govern is at another time than the verb they hang on
TIME_ORDER_PREPOSITIONS = frozenset({"before", "after", "until", "since", "following", "ahead"})


def _states_the_word_below(word: Token) -> bool:
    """Whether the word's head states it at one time with it: a complement, object or conjunct
    (`lexicon.STANCE_DATE_PATH_DEPS`), or a participle with no subject of its own ('sent a letter to Hayward earlier
    this week demanding that payments be halted', 'took over the house last week vowing to roll back ...')."""
    if word.head.i == word.i:
        return False
    if word.dep_ == "prep" and word.lower_ in TIME_ORDER_PREPOSITIONS:
        return False  # "The poll was conducted in late October, before ... Trump's proposal to ban Muslims": the
        # proposal came after the poll's time, which dates the poll only
    if _anothers_act_on_a_named_stance(word):
        return False
    if word.dep_ in lexicon.STANCE_DATE_PATH_DEPS or _told_at_the_time_of_its_head(word):
        return True
    if word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lexicon.CONCESSIVE_MARKS for c in word.children):
        return True  # "Trump said ..., although he supports keeping troops there now": one statement
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in word.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
    return word.dep_ in ("advcl", "acl") and (word.tag_ == "VBG" or infinitive) and not own_subject


def _named_owner_other_than_the_speaker(cue: Token, quote: Quote) -> bool:
    """A stance noun owned by a name the quote's speaker is not ('Clinton argued Trump's proposal to pay down the
    national debt by printing money would trigger hyperinflation'): the saying is Clinton's, its time is not when
    Trump proposed it, which was before (`date_of_stance` marks it held before)."""
    owner = _named_possessor(cue)
    speaker = quote.speaker_ref_text or quote.speaker_text
    return owner is not None and speaker is not None and owner.text not in speaker


def _anothers_act_on_a_named_stance(word: Token) -> bool:
    """'On Wednesday, Clinton bashed Trump's proposal to ban Muslims': a stance noun whose holder is named as its
    possessor, under a verb another named party does, is that party's object, not its holder's act of stating it;
    the verb's time (Wednesday) is when Clinton bashed it, not when Trump proposed it, which was before (round 44 pool
    row 86). His own act on it ('Trump renewed his call') still states it: a possessive pronoun, or the same name as
    the subject."""
    owner = _named_possessor(word)
    verb = word.head
    if owner is None or verb.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.pos_ == "PROPN" and subject.lower_ != owner.lower_


def _named_stance_with_no_verb(word: Token) -> bool:
    """'Among the votes: Murphy's opposition to the $1.1 billion House Zika funding proposal': a stance noun held by
    its named possessor that no verb governs (a list item, a fragment) is described, not stated in the article; it
    was held before (round 51 pool row 167 was dated the publication day, a past vote)."""
    return word.dep_ == "ROOT" and _named_possessor(word) is not None


def _named_possessor(noun: Token) -> Token | None:
    """'Trump' of "Trump's proposal": the name a stance noun is held by, not a pronoun ('his call')."""
    if noun.pos_ != "NOUN":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ == "PROPN" else None


def _told_at_the_time_of_its_head(clause: Token) -> bool:
    """An adverbial clause of the same time (`lexicon.SAME_TIME_MARKS`: 'when', 'as', 'while'): 'Back when it signed on
    to NAFTA more than 20 years ago, the United States pledged ...', 'said today ... as he offered to donate ...'."""
    return clause.dep_ == "advcl" and any(c.lower_ in lexicon.SAME_TIME_MARKS and (c.dep_ == "mark" or c.tag_ == "WRB")
                                          for c in clause.children)


SAYING_OCCASION_DEPS = {"advcl", "conj"}


def _stating_word_dated(parsed: Doc, timex: Timex, depth: dict[int, int]) -> int | None:
    """The depth (in `depth`, token index -> place on the stance's path) of the word the time expression dates, or
    None when it dates another word: what it hangs on ('called Tuesday for', 'On Friday, X said'), the word whose
    occasion phrase holds it ('in a speech on 14 January', 'in Thursday's speech': `events.OCCASION_PREPOSITIONS`),
    the saying participle beside it ('..., telling reporters on Friday', 'speaking at a rally on Tuesday'), the
    verb of the subject the parser hung a day on ('The White House Tuesday called for')."""
    from storyline.nlp.lexicon import SPEECH_VERBS
    from storyline.story.events import OCCASION_PREPOSITIONS

    span = span_at(parsed, timex.start, timex.end)
    if span is None:
        return None
    root = span.root
    word = root.head.head if (root.dep_ == "pobj" and root.head.dep_ == "prep") else root.head
    if root.dep_ == "prep":  # the expression holds its preposition ('in 2008')
        word = root.head
    if word.i in depth:
        return depth[word.i]
    if word.dep_ in ("dobj", "dative") and word.head.lemma_.lower() == "tell":
        word = word.head  # "told reporters on Friday": the parser hangs the day on the one told
        if word.i in depth:
            return depth[word.i]
    if word.pos_ in ("NOUN", "PROPN") and word.dep_ == "pobj" and word.head.lower_ in OCCASION_PREPOSITIONS:
        if word.head.head.i in depth:
            return depth[word.head.head.i]
        if word.lemma_.lower() in lexicon.SPEAKING_OCCASIONS:
            stated = next((node for node in word.head.head.ancestors if node.i in depth), None)
            if stated is not None:
                return depth[stated.i]  # "called for a special prosecutor to oversee an investigation ... at a
                # campaign rally in Ohio on Monday night": one asks at a rally, the parser hung it on the act asked
        word = word.head.head  # "..., telling reporters during a visit to Scotland on Friday": the saying's occasion
    occasion = _as_recently_as(word)
    if occasion is not None and occasion.i in depth:
        return depth[occasion.i]  # "As recently as an October CNN interview, Trump said"
    if word.pos_ == "VERB" and word.dep_ in SAYING_OCCASION_DEPS and word.head.i in depth and word.tag_ == "VBG" \
            and (word.lemma_.lower() in SPEECH_VERBS | {"speak", "talk"} or _participle_of_the_same_act(word)):
        return depth[word.head.i]
    if word.dep_ == "xcomp" and word.head.i in depth and word.head.lemma_.lower() in lexicon.CONTINUING_VERBS:
        return depth[word.head.i]  # "continued to pile pressure on the company over the weekend, calling for funds"
    if word.dep_ in ("nsubj", "nsubjpass") and word.head.i in depth:
        return depth[word.head.i]  # "A group of doctors in 2015 sent a letter ..., calling for his dismissal"
    verb = _verb_over_its_object(word) if _names_a_news_day(span) else None
    if verb is not None and verb.i in depth:
        return depth[verb.i]  # "rejected the European proposal for a ceasefire on Tuesday"
    while word.head.i != word.i and (_told_at_the_time_of_its_head(word) or word.dep_ == "advmod"):
        word = word.head  # "Back when it signed on to NAFTA more than 20 years ago, the United States pledged ...",
        if word.i in depth:  # "Back in May, ... Crone immediately asked the oil company to share ..."
            return depth[word.i]
    return None


TIME_PREPOSITIONS = TIME_ORDER_PREPOSITIONS | {"during", "till"}  # a phrase of time, not an object's


def _names_a_news_day(span: Span) -> bool:
    """A weekday or "yesterday": the day a report gives for what was said or done, which the parser may hang on
    the last noun before it (the object of the act) rather than on the act."""
    return any(token.lower_ in WEEKDAYS or token.lower_ == "yesterday" for token in span)


def _verb_over_its_object(noun: Token) -> Token | None:
    """The verb whose object holds this noun through prepositions and modifiers only ('the European proposal for
    a ceasefire' -> 'rejected', 'agreed to a ceasefire'), or None where a clause comes between."""
    while noun.pos_ in ("NOUN", "PROPN", "ADP") and noun.head.i != noun.i:
        if noun.dep_ == "dobj":
            return noun.head
        if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
            preposition, verb = noun.head, noun.head.head
            # an object's preposition follows its verb and tells no time ("After a marathon of speeches by Democrats
            # on Wednesday, ... Republicans had agreed": the agreement came after Wednesday)
            return verb if preposition.i > verb.i and preposition.lower_ not in TIME_PREPOSITIONS else None
        if noun.dep_ not in ("pobj", "prep", "compound", "nmod", "appos", "conj"):
            return None
        noun = noun.head
    return None


def _participle_of_the_same_act(participle: Token) -> bool:
    """A participle clause with no subject of its own that modifies the verb ('Addressing the topic on Monday, the White
    House urged ...'): its time is the verb's. Not a perfect participle ('Having met Putin on Monday, ...': before)."""
    return participle.dep_ == "advcl" and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" or c.dep_ == "aux" and c.lower_ == "having" for c in participle.children)


def _as_recently_as(noun: Token) -> Token | None:
    """The word 'as recently as', 'as early as', 'as late as' an occasion hangs on ('As recently as an October CNN
    interview, Trump said': said at that interview), else None."""
    preposition = noun.head
    degree = preposition.head
    if noun.dep_ != "pobj" or preposition.lower_ != "as" or degree.dep_ != "advmod" \
            or not any(c.lower_ == "as" and c.i < degree.i for c in degree.children):
        return None
    return degree.head


def _held_before(cue: Token) -> bool:
    """Whether the clause tells the stance as held before the article: in the pluperfect ('had initially welcomed',
    'had called for'), with an adverb or phrase of a time before (`lexicon.PRIOR_ADVERBS`, `PRIOR_PHRASES`: 'once
    backed', 'in the past'), a lasting or repeated stance in the perfect ('has long opposed', 'has repeatedly pledged',
    `lexicon.HABITUAL_ADVERBS`), a clause another act came after ('three days after the Security Council condemned'), or
    'used to'. Read on the stance verb, or the verb over a stance noun."""
    verb = cue
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    words = [verb] + ([verb.head] if verb.dep_ == "xcomp" or _infinitive_of_its_head(verb)
                      or verb.tag_ == "VBG" and _participle_of_the_same_act(verb) else [])
    # "In the past, the White House has fought hard to defend both the Cadillac tax and ...": the verb it serves;
    # "Ryan has previously called out Trump, slamming his proposed ban on Muslims": the participle's act is the verb's
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "use" and any(c.lower_ == "to" for c in verb.children):
        return True  # "used to support"
    if told_in_the_pluperfect(verb) and not _backshifted(verb):
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in lexicon.LATER_ACT_MARKS
                                                           for c in verb.children):
        return True  # "The decision came just three days after the Security Council condemned ..."
    for word in words:
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in word.children)
        for child in word.children:
            prior = child.lower_ in lexicon.PRIOR_ADVERBS and not (child.lower_ == "once" and word.dep_ == "advcl") \
                and not _earlier_in_the_news_day(child, word)
            if child.dep_ == "advmod" and (prior or perfect and child.lower_ in lexicon.HABITUAL_ADVERBS):
                return True
            if child.dep_ == "prep" and any((child.lower_, g.lower_) in lexicon.PRIOR_PHRASES and g.dep_ == "pobj"
                                            for g in child.children):
                return True
    if any(_set_by_another_time(word) for word in _stance_date_path(cue, None)):
        return True
    return _past_under_the_present(verb)


def _earlier_in_the_news_day(adverb: Token, verb: Token) -> bool:
    """'Earlier, the White House pledged not to expand offshore oil drilling': a report's opening 'Earlier,' over a
    simple past tells what came before its latest news, the same day or days, not a stance held before the article
    ('had earlier opposed' is; Timeline17 development sheet, round 59)."""
    return adverb.lower_ == "earlier" and adverb.i == adverb.sent.start and adverb.nbor(1).text == "," \
        and verb.tag_ == "VBD" and not told_in_the_pluperfect(verb)


def _set_by_another_time(verb: Token) -> bool:
    """Whether the clause places the act by another one of the story, not by the article's day (`posdate25`): it
    opens with a 'before' phrase or clause ('Before the Paris terror attacks, Trump took a more hands-off approach ...,
    suggesting ...'), a 'during' phrase of an event sets a past act in it ('During the Republican presidential
    primaries, Ryan voiced displeasure with ... his proposal for a temporary ban', round 50 pool row 114, dated the
    article's week; a period, `lexicon.PERIOD_NOUNS`, not 'during the event', the article's own news), or a span of
    days or more 'later' dates it after an earlier act ('A week later, however, Rubio said he was open to some
    refugees from Syria'). A time expression the time stage resolves dates the stance
    before this is asked."""
    from storyline.nlp.time.lexicon import TIME_UNITS, UNIT_PLURALS, UNITS

    if verb.pos_ not in VERB_OR_AUX:
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    for child in verb.children:
        fronted = subject is not None and child.i < subject.i
        if fronted and child.dep_ == "prep" and child.lower_ == "before" and any(
                g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in child.children):
            return True
        if fronted and child.dep_ == "advcl" and predicate_tense(child) == "past" and any(
                g.dep_ == "mark" and g.lower_ == "before" for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "during" and verb.tag_ == "VBD" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in lexicon.PERIOD_NOUNS for g in child.children):
            return True  # "During the Republican presidential primaries, Ryan voiced displeasure with ... his proposal"
        if child.dep_ == "advmod" and child.lower_ == "later" and any(
                g.dep_ == "npadvmod" and UNIT_PLURALS.get(g.lower_, g.lower_) in UNITS
                and UNIT_PLURALS.get(g.lower_, g.lower_) not in TIME_UNITS for g in child.children):
            return True
    return False


def _past_under_the_present(verb: Token) -> bool:
    """A stance told in the simple past in a clause of a sentence told in the present or with a modal of the present
    ('The move may come as no surprise to some as Trump called for an Apple boycott', 'Clinton, who backed the war,
    now says ...'): held before the article's now, from which the sentence speaks (`posdate25`). Not a participle the
    tagger read as a past in a 'with' phrase, a state at the time of the sentence ('With coastal Democrats opposed to
    drilling, ... the climate bill has a mountain to climb'), nor a past participle after an auxiliary the tagger took
    for a past ('Clinton - who's called for big tax hikes on the rich - lambasting': the perfect, current)."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("advcl", "relcl", "ccomp") \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ not in ("with", "without")
                                        for c in verb.children):
        return False  # an adverbial clause of its own has its mark ('as', 'after'); 'with' or none: a participle
    above = verb_above(verb)
    if above is None:
        return False
    return predicate_tense(above) == "present" or above.tag_ == "VB" and any(
        c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in FUTURE_MODALS for c in above.children)


# A future frame is no present one ('Putin, who proposed a summit in Moscow, will meet Trump': proposed today?).
FUTURE_MODALS = {"will", "'ll", "wo", "shall", "would", "'d"}


def _infinitive_of_its_head(verb: Token) -> bool:
    """An infinitive clause with no subject of its own that the parser hung on the verb as an adverbial ('fought hard to
    defend'): what it says is done in the act of its head."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _backshifted(verb: Token) -> bool:
    """'Obama said BP had also agreed to establish a fund', '..., emphasizing that he and Trump had agreed to maintain
    close dialogue': a pluperfect under a saying verb in the past (or its participle) is the speaker's past or perfect
    told in reported speech, as recent as the saying, not a stance of long before."""
    from storyline.nlp.lexicon import SPEECH_VERBS

    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS and verb.head.tag_ in ("VBD", "VBN", "VBG")
