"""What an indirect quote says, whole and nothing else: the parse sometimes runs a reported clause
over its own cue ('So far, officials said, the oil ...') or stops it inside a clause ('said that
tar balls believed to be from the spill' + 'had started to wash up'). Quoted parts are shaped by
the quote marks (`extract`), so these rules leave any content holding a quote mark alone."""
from __future__ import annotations

from storyline.nlp.entities import names_a_news_outlet
from storyline.nlp.lexicon import ADDRESSEE_VERBS, CUE_VERBS, SPEECH_VERBS
from storyline.nlp.quotes.attribution import Attribution, cue_lemma
from storyline.nlp.quotes.marks import QUOTE_MARKS, QuoteIndex
from storyline.nlp.spacy_model import parse_columns, span_at, text_of

FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
EDGE_PUNCTUATION = " \t\n,;:-–—"


def outside_parenthetical_cue(att: Attribution, quotes_index: QuoteIndex) -> Attribution:
    """'[BP has reimbursed $518 million], congressional auditors said, but those costs have already
    hit ...': an indirect content that runs over its own cue into a new coordinated clause is the
    clause before the cue. A cue inside one clause ('Climate change, Mr. Obama often says, is the
    greatest threat') stays inside the content: the statement needs both sides (PolNeAR marks the
    same span)."""
    cue_start, cue_end = att.cue_chars
    if not att.content_start <= cue_start < att.content_end:
        return att
    if quotes_index.overlapping(att.content_start, att.content_end):
        return att
    parsed = att.cue[0].doc
    inner_end = max(cue_end, att.speaker.end_char) if att.speaker is not None else cue_end
    inner_start = min(cue_start, att.speaker.start_char) if att.speaker is not None else cue_start
    before = span_at(parsed, *_trimmed(text_of(parsed), att.content_start, inner_start))
    after = span_at(parsed, *_trimmed(text_of(parsed), inner_end, att.content_end))
    if before is None or after is None:
        return att
    new_clause = after[0].dep_ == "cc" and any(t.tag_ in FINITE_TAGS for t in after)
    if new_clause and any(t.tag_ in FINITE_TAGS for t in before):
        att.content_start, att.content_end = before.start_char, before.end_char
    return att


def complete_cut_clause(att: Attribution, quotes_index: QuoteIndex, others: list[Attribution]) -> Attribution:
    """An indirect content after its cue that the parse stopped inside a clause runs on to the end
    of the cue's sentence: when it ends on a comma ('said [BP may have aimed for a good corporate
    image,] and assumed ...') or has no finite verb and a finite verb follows right after it ('said
    that [tar balls believed to be from the spill] had started to wash up'). Never over a quote
    mark or another attribution's cue."""
    cue = att.cue[-1]
    parsed = cue.doc
    cue_end = cue.idx + len(cue.text)
    if att.content_start < cue_end or quotes_index.overlapping(att.content_start, att.content_end):
        return att
    text = text_of(parsed)
    sentence = cue.sent
    last = sentence.end - 1
    while last > sentence.start and (parsed[last].is_punct or parsed[last].is_space):
        last -= 1
    sentence_end = parsed[last].idx + len(parsed[last].text)
    if att.content_end >= sentence_end:
        return att
    tail = parsed.char_span(att.content_end, sentence_end, alignment_mode="expand")
    content = parsed.char_span(att.content_start, att.content_end, alignment_mode="expand")
    if tail is None or content is None or any(t.text in QUOTE_MARKS for t in tail):
        return att
    if any(o is not att and tail.start_char <= o.cue[0].idx < tail.end_char for o in others):
        return att
    ends_on_comma = text[att.content_start:att.content_end].rstrip().endswith(",")
    verbless = not any(t.tag_ in FINITE_TAGS for t in content) and tail[0].tag_ in FINITE_TAGS
    if ends_on_comma or verbless:
        att.content_end = sentence_end
    return att


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCTUATION:
        end -= 1
    return start, end


def split_at_participle_cue(att: Attribution, quotes_index: QuoteIndex) -> list[Attribution]:
    """'argued that "A," adding: "B."' holds two statements of one speaker: the content ends before
    ', adding' and what follows the participle is a second quote with that cue. The participle
    must stand outside quote marks, after a comma, and be a verb of saying ('adding', 'noting',
    'saying')."""
    parsed = att.cue[0].doc
    content = parsed.char_span(att.content_start, att.content_end, alignment_mode="contract")
    if content is None:
        return [att]
    for token in content[1:-1]:
        if not (token.tag_ == "VBG" and cue_lemma(token) in SPEECH_VERBS and _after_a_comma(token)):
            continue
        if quotes_index.holding(token.idx) is not None or token.i - content.start < 3:
            continue
        rest = token.i + 1
        while rest < content.end and (parsed[rest].text in (":", ",") or parsed[rest].is_space):
            rest += 1
        if content.end - rest < 3:
            continue
        before = parsed[token.i - 1]
        end = before.idx + len(before.text) if before.text in QUOTE_MARKS else before.idx
        first = Attribution(att.content_start, end, att.cue, att.speaker, att.speaker_head)
        if before.text not in QUOTE_MARKS:
            first.content_end = _trimmed(text_of(parsed), first.content_start, first.content_end)[1]
        second = Attribution(parsed[rest].idx, att.content_end, [token], att.speaker, att.speaker_head)
        return [first] + split_at_participle_cue(second, quotes_index)
    return [att]


def _after_a_comma(token) -> bool:
    """', adding' or ',\" adding' (the comma inside the closing quote mark)."""
    before = token.nbor(-1)
    if before.text in QUOTE_MARKS and before.i > 0:
        before = before.nbor(-1)
    return before.text == "," or before.text.endswith(",")


# Words that open a sentence: a determiner or pronoun in title case after other title-case words
# and before a lower-case word ('Features The oil spill ...') starts a sentence that a page's
# furniture ran into.
SENTENCE_OPENER_POS = ("DET", "PRON")
# A coordinated clause's subject that is the speaker again ('says he is ..., and he has been ...').
SPEAKER_AGAIN = ("he", "she")


def writers_words_cut(att: Attribution, quotes_index: QuoteIndex) -> Attribution:
    """What the speaker said, without the writer's words the parse hung on either side of it.
    Outside quote marks only: a quoted part ends at its closing mark. For a reported clause
    after its cue ('said [that ...]'):

    - Words between the cue and the clause's 'that' hang on the cue verb, not on what it
      reports: the addressee or the cue's circumstances ('admitted to [a Congressional
      committee] that ...', 'knew [by 20 April] that ...').
    - A clause coordinated with the cue verb whose subject is the speaker again ('he'/'she': 'says
      he is in the Gulf "to bear witness", [and for days he has been taking to the beaches ...]',
      or a verb of saying with none: 'said ..., [and warned ...]'), or a participle hung on the
      cue verb after a comma, is the speaker's next act told by the writer. One with a subject of its own ('said at least
      20 people have died and it may also be responsible for ...') may be reported content and
      stays: the parse hangs those on the cue verb as often.
    - A trailing adjunct of the reported clause after a comma that tells another person's view
      or the speaker's next act: an absolute 'with X' and a participle of saying or thinking
      ('..., with Alex Stewart from Evolution Securities fearing ...'), 'while' with a participle
      ('..., while reassuring analysts that ...'). A bare participle ('..., providing fresh urgency
      ...') is left: the parse cannot tell the writer's comment from the speaker's ('had achieved
      a new milestone, collecting 27,900 barrels').

    Any content, a flattened page's furniture outside quote marks:
    - a run of title-case words before a title-case closed-class word ('Features The oil spill
      ...'); the content starts at the closed-class word;
    - a sentence run straight into an opening quote mark that opens a sentence ('Families have
      been separated during the disaster “All the DC Agencies are ...', a caption without its
      full stop); the content starts at the mark;
    - a live page's next timestamped entry ('... missing family members 1047 US Secretary of
      State Hillary Clinton has arrived ...'); the content ends before the timestamp;
    - a news agency's source tag ('... in a common grave - Reuters', '(Reuters) - ...').

    The cut ranges are kept in `writers_words`, so the statement test knows the sentence's rest
    is the writer's and not a cut clause."""
    parsed = att.cue[0].doc
    content = span_at(parsed, att.content_start, att.content_end)
    if content is None or len(content) < 3:
        return att
    start, end = content.start, content.end
    verb = next((token for token in reversed(att.cue) if token.pos_ in ("VERB", "AUX")), None)
    clause = _reported_clause(verb, content) if verb is not None and verb.i < content.start else None
    if clause is not None:
        start = _from_that(parsed, start, verb, clause, quotes_index)
    if clause is not None and clause.left_edge.i <= start:  # the content opens the reported clause
        end = _before_next_act(parsed, start, end, verb, quotes_index)
        end = _before_writers_adjunct(parsed, start, end, clause, quotes_index)
    start = _after_furniture(parsed, start, end, quotes_index)
    start = _at_a_glued_quote(parsed, start, end, quotes_index)
    end = _before_live_entry(parsed, start, end, quotes_index)
    start, end = _without_agency_tag(parsed, start, end, quotes_index)
    if (start, end) == (content.start, content.end) or end - start < 2:
        return att
    new_start, new_end = _trimmed(text_of(parsed), parsed[start].idx, parsed[end - 1].idx + len(parsed[end - 1].text))
    if new_start > att.content_start:
        att.writers_words.append((att.content_start, new_start))
    if new_end < att.content_end:
        att.writers_words.append((new_end, att.content_end))
    att.content_start, att.content_end = new_start, new_end
    return att


def _reported_clause(verb, content):
    """The cue verb's clausal complement ('ccomp') that holds most of the content."""
    clauses = [(sum(1 for t in child.subtree if content.start <= t.i < content.end), child)
               for child in verb.children if child.dep_ == "ccomp"]
    count, clause = max(clauses, key=lambda pair: pair[0], default=(0, None))
    return clause if count else None


def _branch(token, verb):
    """The child of `verb` whose subtree holds `token`; None when `token` does not hang on `verb`."""
    while token.head != token:
        if token.head == verb:
            return token
        token = token.head
    return None


def _movable(token, quotes_index: QuoteIndex) -> bool:
    return token.text not in QUOTE_MARKS and quotes_index.holding(token.idx) is None


def _from_that(parsed, start: int, verb, clause, quotes_index) -> int:
    """The content's start at its clause's 'that' when every word before it hangs on the cue verb;
    after a verb of telling, at the clause's first word when only the one told stands before it
    ('had told [a congressional committee] the top hat device had achieved ...', 'told [the BBC
    News channel] there were believed to have been ...')."""
    that = next((child for child in clause.children if child.dep_ == "mark" and child.lower_ == "that"), None)
    if that is not None:
        first, deps = that.i, None
    elif cue_lemma(verb) in ADDRESSEE_VERBS and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        first, deps = clause.left_edge.i, ("dobj", "dative", "npadvmod", "prep")
    else:
        return start
    if not start < first:
        return start
    for token in parsed[start:first]:
        if not _movable(token, quotes_index):
            return start
        if token.is_punct or token.is_space:
            continue
        branch = _branch(token, verb)
        if branch in (None, clause) or (deps is not None and branch.dep_ not in deps):
            return start
    return first


def _before_next_act(parsed, start: int, end: int, verb, quotes_index) -> int:
    """The content's end before a clause coordinated with the cue verb whose subject is the speaker
    again, or a participle hung on the cue verb after a comma ('..., bringing the number to 9')."""
    last = end - 1
    while last > start and (parsed[last].is_punct or parsed[last].is_space) and _movable(parsed[last], quotes_index):
        last -= 1
    branch = _branch(parsed[last], verb)
    if branch is None or branch.i < start or branch.right_edge.i != last:
        return end
    first = branch.left_edge.i
    if first <= start + 1 or not all(_movable(token, quotes_index) for token in parsed[first:last + 1]):
        return end
    before = parsed[first - 1]
    if branch.dep_ == "conj" and _speaker_again(branch) and (before.text == "," or before.dep_ == "cc"):
        return first - 1 if before.dep_ == "cc" else first
    if branch.dep_ == "advcl" and branch.tag_ == "VBG" and branch.left_edge == branch and before.text == ",":
        return first
    return end


def _speaker_again(clause) -> bool:
    """A coordinated clause whose subject is 'he'/'she', or a verb of saying with no subject of its
    own (the cue's: 'and warned ...'), and neither a 'that' nor a modal ('and would await more
    directions' is backshifted, reported content). Another subjectless verb may share the reported
    clause's subject ('said BP may have aimed for a good image, and assumed that ...')."""
    if any(child.dep_ == "mark" or (child.dep_ == "aux" and child.tag_ == "MD") for child in clause.children):
        return False
    subjects = [child for child in clause.children if child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if not subjects:
        return cue_lemma(clause) in SPEECH_VERBS
    return all(subject.lower_ in SPEAKER_AGAIN for subject in subjects)


def _before_writers_adjunct(parsed, start: int, end: int, clause, quotes_index) -> int:
    """The content's end before a trailing absolute 'with X -ing' or 'while -ing' adjunct of the
    reported clause, after a comma."""
    last = end - 1
    while last > start and (parsed[last].is_punct or parsed[last].is_space) and _movable(parsed[last], quotes_index):
        last -= 1
    for child in clause.rights:
        if child.right_edge.i != last or child.left_edge.i <= start + 1:
            continue
        comma = parsed[child.left_edge.i - 1]
        adjunct = parsed[child.left_edge.i : last + 1]
        if comma.text != "," or not all(_movable(token, quotes_index) for token in adjunct):
            continue
        if _absolute_with(child) or _while_participle(adjunct):
            return comma.i
    return end


def _absolute_with(child) -> bool:
    """'with Alex Stewart from Evolution Securities fearing it could ...': 'with', a noun phrase and
    a participle of saying or thinking of its own: another person's view run in."""
    if child.lower_ != "with" or child.dep_ != "prep":
        return False
    return any(token.tag_ == "VBG" and cue_lemma(token) in CUE_VERBS
               and (any(c.dep_ == "nsubj" for c in token.children) or token.head.head == child)
               for token in child.subtree)


def _while_participle(adjunct) -> bool:
    """'while reassuring analysts that ...': an act of the cue's subject, not reported content."""
    return len(adjunct) > 2 and adjunct[0].lower_ in ("while", "whilst") and adjunct[1].tag_ == "VBG"


def _after_furniture(parsed, start: int, end: int, quotes_index) -> int:
    """The content's start after a page's title-case furniture run into it ('Features The oil
    spill ...'): title-case words, then a title-case determiner or pronoun that opens a sentence
    written in sentence case (its next word is lower case). A headline in title case ('Gennifer
    Flowers Won't Be at Debate', 'Trump Slams The Media') is left whole."""
    for k in range(1, min(5, end - start - 2)):
        run = parsed[start : start + k]
        if not all(t.is_alpha and t.is_title and t.text != "I" and _movable(t, quotes_index) for t in run):
            return start
        opener, following = parsed[start + k], parsed[start + k + 1]
        if opener.is_title and opener.text != "I" and opener.pos_ in SENTENCE_OPENER_POS and following.is_lower:
            return start + k
    return start


# A word that can end a sentence whose full stop is missing; a conjunction, preposition, determiner
# or verb before a quote mark ('because “I'd like my life back.”', 'shouted “Get out”') governs it.
PHRASE_END_POS = ("NOUN", "PROPN", "NUM", "ADJ")


def _at_a_glued_quote(parsed, start: int, end: int, quotes_index) -> int:
    """The content's start at an opening quote mark glued to the unquoted sentence before it (no
    punctuation between): when the words before are a clause of their own (a finite verb, and a
    noun, name, number or adjective last) and the quote opens a sentence (a capitalised word that
    is no name and not 'I', and a finite verb inside). A quote inside a sentence ('he was “not at
    all” surprised', 'called it “Operation Unified Response”', 'did because “I'd like my life
    back.”') stays. Only the content's first quote mark decides, found in the parse's words
    (`parse_columns`): no Token object for each word before it."""
    words = parse_columns(parsed).text
    mark = next((i for i in _token_range(parsed, start + 1, end) if words[i] in QUOTE_MARKS), None)
    if mark is None:
        return start
    token = parsed[mark]
    quoted = quotes_index.holding(token.idx)
    if quoted is None or quoted.start != token.idx:
        return start
    before, first = parsed[token.i - 1], token.nbor(1) if token.i + 1 < len(parsed) else None
    run = parsed[start : token.i]
    if first is None or before.pos_ not in PHRASE_END_POS or not (before.is_alpha or before.like_num):
        return start
    if not first.is_title or first.pos_ == "PROPN" or first.text == "I" or token.i - start < 3:
        return start
    inside = parsed.char_span(quoted.start, quoted.end, alignment_mode="contract")
    if inside is None or not any(t.tag_ in FINITE_TAGS for t in inside):
        return start
    if not any(t.tag_ in FINITE_TAGS for t in run) or not all(_movable(t, quotes_index) for t in run):
        return start
    return token.i


def _token_range(parsed, start: int, end: int) -> range:
    """The indices of the tokens `parsed[start:end]` holds (a slice's bounds, clipped to the parse)."""
    return range(*slice(start, end).indices(len(parsed)))


TIMESTAMP_SHAPES = ("dddd", "dd:dd", "d:dd", "dd.dd", "d.dd")
SENTENCE_END = (".", "!", "?", "”", '"', "’")


def _timestamp(token) -> bool:
    """A clock time shaped as a live page writes its entries' times ('1047', '10:47')."""
    if token.shape_ not in TIMESTAMP_SHAPES:
        return False
    digits = token.text.replace(":", "").replace(".", "")
    return int(digits[:-2]) < 24 and int(digits[-2:]) < 60


def _opens_an_entry(token) -> bool:
    """A timestamp followed by a capitalised word: a live page's entry starts here."""
    if not _timestamp(token) or token.i + 1 >= len(token.doc):
        return False
    following = token.nbor(1)
    return following.is_alpha and (following.is_title or following.is_upper)


def _entries_after_a_sentence_end(parsed) -> list[int]:
    """Where the page's entries open after a sentence's end: read once per document, not once per
    attribution (kept in `user_data` as the cue model keeps its probabilities)."""
    known = parsed.user_data.get("storyline_live_entries")
    if known is None:
        known = parsed.user_data["storyline_live_entries"] = [
            t.i for t in parsed if _opens_an_entry(t) and (t.i == 0 or t.nbor(-1).text in SENTENCE_END)]
    return known


def _before_live_entry(parsed, start: int, end: int, quotes_index) -> int:
    """The content's end before a live page's next entry run into it without a full stop: a
    timestamp after a word that does not govern it (no preposition or determiner: 'in 2010 The
    ...' is a year), on a page where at least two other entries open after a sentence's end. A
    timestamp's first character is a digit: the other words are passed over in the parse's words
    (`parse_columns`), without a Token object for each."""
    words = parse_columns(parsed).text
    for i in _token_range(parsed, start + 2, end - 1):
        if not words[i][:1].isdigit():
            continue  # no timestamp shape ('dddd', 'dd:dd', ...) opens with anything else
        token = parsed[i]
        if not _opens_an_entry(token) or not _movable(token, quotes_index):
            continue
        if token.nbor(-1).pos_ in ("ADP", "DET") or token.nbor(-1).text in SENTENCE_END:
            continue
        if sum(1 for entry in _entries_after_a_sentence_end(parsed) if entry != token.i) >= 2:
            return token.i
    return end


DASHES = ("-", "–", "—", "--")


def _agency(words) -> bool:
    """A news agency or outlet's name ('Reuters', 'AFP', 'Associated Press')."""
    if not words or not all(w.is_title or w.is_upper for w in words):
        return False
    return names_a_news_outlet([w.lower_ for w in words])


def _without_agency_tag(parsed, start: int, end: int, quotes_index) -> tuple[int, int]:
    """A news agency's source tag at a content's edge is the page's, not the speaker's: '...
    buried in a common grave - Reuters', '... - Reuters report', '(Reuters) - ...'. A dash before
    any other words ('from two towns - Leogane and Jacmel') stays; an agency's tag in brackets takes
    the capitalised dateline before it along ('... WASHINGTON (AP)')."""
    last = end - 1
    while last > start and parsed[last].is_punct and parsed[last].text not in (")",) and _movable(parsed[last], quotes_index):
        last -= 1
    for dash_at in range(max(start + 2, last - 4), last):
        if parsed[dash_at].text not in DASHES or not _movable(parsed[dash_at], quotes_index):
            continue
        tail = parsed[dash_at + 1 : last + 1]
        words = tail[:-1] if len(tail) > 1 and tail[-1].lower_ in ("report", "reports") else tail
        if _agency(words) and all(_movable(t, quotes_index) for t in tail):
            end = dash_at
            break
    if end - start > 3 and parsed[start].text == "(":
        close = next((t.i for t in parsed[start + 1 : min(end, start + 5)] if t.text == ")"), None)
        if close is not None and _agency(parsed[start + 1 : close]):
            start = close + 1
            while start < end and parsed[start].text in DASHES:
                start += 1
    if end - start > 3 and parsed[end - 1].text == ")":
        open_at = next((t.i for t in reversed(parsed[max(start, end - 5) : end - 1]) if t.text == "("), None)
        if open_at is not None and open_at > start + 1 and _agency(parsed[open_at + 1 : end - 1]):
            end = open_at
            while end - 1 > start + 1 and (parsed[end - 1].is_upper and parsed[end - 1].is_alpha
                                           or parsed[end - 1].text == ","):
                end -= 1  # the dateline before it ('... WASHINGTON (AP)')
    return start, end
