"""Quotes no cue verb claimed: headline and transcript lines ('TAPPER: ...'), and quote marks given
to a cue waiting right before or after them, a colon lead-in or the previous quote's speaker."""
from __future__ import annotations

import re

from storyline.nlp.lexicon import CUE_VERBS, NOT_SOURCES
from storyline.nlp.quotes.attribution import Attribution, speaker_span
from storyline.nlp.quotes.marks import QUOTE_MARKS, QuoteSpan
from storyline.nlp.quotes.speakers import SPEAKER_LABELS, mention_at
from storyline.nlp.spacy_model import span_at, token_at


HEADLINE_COLON = re.compile(
    r"^(?P<source>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}): (?P<content>\S.{10,3000}?)[.!?]?$", re.M
)


def headline_statements(parsed, text: str) -> list[Attribution]:
    """'Trump: Cruz Has To Come a Long Way On Ethanol', 'TAPPER: Do you think ...' - a line that
    is a name, a colon and a statement is how headlines and transcripts quote; what is reported
    inside the line is then dropped as nested."""
    found = []
    for match in HEADLINE_COLON.finditer(text):
        start, end = match.span("content")
        source = span_at(parsed, *match.span("source"))
        colon = token_at(parsed, match.end("source"))
        if source is None or colon is None or source.text.lower() in NOT_SOURCES:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in source):
            continue
        found.append(Attribution(start, end, [colon], source, source.root))
    return found


# "... by the state. GINGRICH: I think ..." - a speaker's turn in a transcript run into one line
TURN_LABEL = re.compile(r"(?<=[.!?\"”)\]])\s+(?P<source>[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,2}):\s+(?=\S)")
MAX_TURN_CHARS = 3000


def transcript_turns(parsed, text: str) -> list[Attribution]:
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
            source = span_at(parsed, paragraph_start + label.start("source"), paragraph_start + label.end("source"))
            colon_at = paragraph_start + label.end("source")
            colon = token_at(parsed, colon_at)
            if source is None or colon is None:
                continue
            found.append(Attribution(start, start + len(content), [colon], source, source.root))
        paragraph_start += len(paragraph) + 1
    return found


# A live chat run into one line: "... in place? Fort Myers, Fla.: Can you explain ... John Hofmeister:
# BP early on ...". Readers' turns are labelled with where they write from ("City, State"), the
# guest's with a name.
_LABEL_WORDS = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
_TURN_START = r"(?:^|(?<=[.!?\"”)\]])\s)\s*"
CHAT_PLACE_LABEL = re.compile(rf"{_TURN_START}(?P<label>{_LABEL_WORDS}, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,2}}):\s+(?=\S)")
CHAT_LABEL = re.compile(rf"{_TURN_START}(?P<label>{_LABEL_WORDS}(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,2}})?):\s+(?=\S)")
MIN_READER_TURNS = 2


def reader_turns(text: str) -> list[tuple[int, int]]:
    """Character spans of readers' questions in a live chat: a paragraph with at least two turns
    labelled 'City, State:' after a sentence's end is a chat; each such turn runs to the next
    labelled turn. What readers ask or guess is no one's statement in the story."""
    turns = []
    paragraph_start = 0
    for paragraph in text.split("\n"):
        places = list(CHAT_PLACE_LABEL.finditer(paragraph))
        if len(places) >= MIN_READER_TURNS:
            labels = [m.start("label") for m in CHAT_LABEL.finditer(paragraph)]
            for place in places:
                end = next((at for at in labels if at > place.start("label")), len(paragraph))
                turns.append((paragraph_start + place.start("label"), paragraph_start + end))
        paragraph_start += len(paragraph) + 1
    return turns


def attach_unclaimed_quotes(
    parsed, text, attributions, waiting_cues, quotes_index, mentions
) -> list[Attribution]:
    """Quotes no cue verb claimed: give them to a waiting cue right before or after them, or to
    the speaker of the quote just before them in the same or the previous paragraph."""
    claimed = [(a.content_start, a.content_end) for a in attributions]
    added = []
    for span in quotes_index.spans:
        if any(start < span.end and span.start < end for start, end in claimed):
            continue
        att = (
            _name_label_before(parsed, text, span, mentions)
            or _waiting_cue_for(text, span, waiting_cues)
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


# 'Waxman: "How about ..."' - a live blog's turn: a name and a colon after a sentence's end
NAME_LABEL = re.compile(r"(?:^|[.!?\"”)\]]\s+)(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}):\s*$")


def _name_label_before(parsed, text: str, span: QuoteSpan, mentions) -> Attribution | None:
    """A quote right after 'Name:' that opens a sentence is that person's or organisation's, when
    the document names them elsewhere too."""
    label = NAME_LABEL.search(text, max(0, span.start - 80), span.start)
    if label is None:
        return None
    name = label["name"]
    if not any(m.text == name and m.label in SPEAKER_LABELS for m in mentions):
        return None  # the name must be one the document mentions (the model may miss this one)
    speaker = span_at(parsed, label.start("name"), label.end("name"))
    colon = token_at(parsed, label.end("name"))
    if speaker is None or colon is None:
        return None
    return Attribution(span.start, span.end, [colon], speaker, speaker.root)


def _is_statement(text: str, span: QuoteSpan) -> bool:
    """A quoted sentence rather than a scare-quoted phrase: several words and a sentence of its own
    or introduced by ':' or ','."""
    if len(text[span.inner_start : span.inner_end].split()) < 3:
        return False
    before = text[max(0, span.start - 200) : span.start].rstrip()
    return span.start == 0 or not before or before[-1] in ".:,!?\n—-\"”" or text[span.start - 1] == "\n"


def _waiting_cue_for(text: str, span: QuoteSpan, waiting_cues, after_full_stop: bool = False) -> Attribution | None:
    """A cue with a speaker and no content of its own, right before the quote ('Trump said:')
    or right after it ('"...," Trump said'); a quote closed by a full stop goes to the cue after
    it only with after_full_stop, once the previous speaker did not continue."""
    for cue in sorted(waiting_cues, key=lambda c: abs(c.cue[0].idx - span.start)):
        cue_start, cue_end = cue.cue_chars
        speaker_end = cue.speaker.end_char if cue.speaker is not None else cue_end
        after = max(cue_end, speaker_end)
        gap_after = text[after : span.start]
        gap_before = text[span.end : min(cue_start, cue.speaker.start_char if cue.speaker else cue_start)]
        if not after_full_stop and 0 <= span.start - after <= 200 and _only_joiners(gap_after, cue):
            return Attribution(span.start, span.end, cue.cue, cue.speaker, cue.speaker_head)
        if 0 <= len(gap_before) <= 3 and gap_before.strip() in ("", ",") and span.end <= cue_start \
                and after_full_stop == _ends_a_sentence(text, span, gap_before):
            return Attribution(span.start, span.end, cue.cue, cue.speaker, cue.speaker_head)
    return None


def _ends_a_sentence(text: str, span: QuoteSpan, gap: str) -> bool:
    """'"... you must not be thinking." Sen. Bill Nelson praised ...': a quote closed by a full stop
    is not introduced by the sentence after it in the same paragraph ('"...," Nelson said' takes a
    comma). Across a paragraph break the rule is right as often by reading, but it is not applied:
    PolNeAR's scorer matches sources apart from contents, and moving such quotes to the previous
    speaker lowered its speech-only source F1 by 0.001."""
    inner = text[span.inner_start : span.inner_end].rstrip()
    return inner.endswith(".") and not inner.endswith("...") and "\n" not in gap


def _colon_after_content(text: str, span: QuoteSpan, attributions) -> Attribution | None:
    """'Trump said he was unconcerned:' followed by the quote: same speaker and cue."""
    for att in attributions:
        gap = text[att.content_end : span.start].strip()
        if gap == ":" or (gap.startswith(":") and len(gap) <= 2 and gap[1:] in QUOTE_MARKS):
            return Attribution(span.start, span.end, att.cue, att.speaker, att.speaker_head)
    return None


def _is_cue_word(token) -> bool:
    """A cue by its form even when the tagger got it wrong ('characterized' as a noun)."""
    lower = token.lower_
    return token.lemma_.lower() in CUE_VERBS or any(
        lower in (verb + "d", verb + "ed", verb + "s") for verb in CUE_VERBS if lower.startswith(verb[:4])
    )


def _name_and_cue_word_before(parsed, span: QuoteSpan, mentions) -> Attribution | None:
    """'a call Trump characterized as "excellent"': a name, a cue word, maybe 'as', the quote,
    when the parse is too broken to link them."""
    quote_token = token_at(parsed, span.start)
    if quote_token is None:
        return None
    i = quote_token.i - 1
    while i >= 0 and (parsed[i].lower_ in ("as", ",", ":") or parsed[i].is_space):
        i -= 1
    if i < 1 or not _is_cue_word(parsed[i]):
        return None
    name_token = parsed[i - 1]
    mention = mention_at(mentions, name_token.idx, name_token.idx + len(name_token.text), ("PERSON", "ORG"))
    if mention is None:
        return None
    speaker = span_at(parsed, mention.start, mention.end)
    if speaker is None:
        return None
    return Attribution(span.start, span.end, [parsed[i]], speaker, speaker.root)


def _colon_lead_in(parsed, text: str, span: QuoteSpan) -> Attribution | None:
    """'Donald Trump Jr. ... shared a post with a caption: "..."' - the sentence's subject speaks
    and the colon is the cue, when no verb of saying introduces the quote."""
    colon_at = _last_non_space(text, span.start)
    if colon_at < 0 or text[colon_at] != ":":
        return None
    colon = token_at(parsed, colon_at)
    if colon is None:
        return None
    sentence = colon.sent
    for token in parsed[sentence.start : colon.i]:
        if token.dep_ == "nsubj" and token.pos_ in ("PROPN", "NOUN", "PRON"):
            speaker = speaker_span(parsed, token, short=True)
            return Attribution(span.start, span.end, [colon], speaker, token)
    return None


def _last_non_space(text: str, end: int) -> int:
    i = end - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


def _only_joiners(gap: str, cue: Attribution) -> bool:
    """Between 'Trump said' and the quote: nothing but punctuation, or the rest of the clause
    when it ends with a colon ('Trump said he was unconcerned:')."""
    stripped = gap.strip()
    if stripped in ("", ",", ":"):
        return True
    short_clause = "\n" not in stripped and "." not in stripped and len(stripped.split()) <= 12
    return short_clause and (stripped.endswith(":") or stripped.endswith(","))


def _previous_speaker(text: str, span: QuoteSpan, attributions) -> Attribution | None:
    """'"A," Trump said. "B."' - B continues the quote before it."""
    before = [a for a in attributions if a.content_end <= span.start and a.speaker is not None]
    if not before:
        return None
    previous = max(before, key=lambda a: a.content_end)
    cue_end = previous.cue_chars[1]
    last_end = max(previous.content_end, cue_end, previous.speaker.end_char)
    gap = text[last_end : span.start]
    if gap.count("\n\n") > 1 or len(gap) > 200 or not _gap_is_short_tail(gap):
        return None
    if not any(mark in text[previous.content_start : previous.content_end] for mark in QUOTE_MARKS):
        return None
    return Attribution(span.start, span.end, previous.cue, previous.speaker, previous.speaker_head)


def _gap_is_short_tail(gap: str) -> bool:
    """Between the previous attribution and this quote: at most the end of that sentence."""
    head = gap.split("\n")[0]
    return len(head.split()) <= 8 and (gap.strip() == "" or gap.strip()[-1] in ".!?:,")
