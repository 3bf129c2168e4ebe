"""One document's quotes: rule candidates from cues and quote marks, then one pass that decides
speakers, spans and kinds.

A candidate is an `Attribution` (content characters, cue tokens, speaker span and head).
`rule_candidates` produces them from the rules; `quotes_from_candidates` turns any list of them
(from rules, a learned model or both) into `Quote`s."""
from __future__ import annotations

from bisect import bisect_left

from storyline.model import Mention, Quote
from storyline.nlp.lexicon import CUE_VERBS, SPEECH_VERBS
from storyline.nlp.entities import extract_mentions
from storyline.nlp.quotes.attribution import Attribution, cue_attributions
from storyline.nlp.quotes.marks import (
    MAX_QUOTE_CHARS,
    QuoteIndex,
    QuoteSpan,
    display_span,
    find_quote_spans,
    quote_kind,
    unquoted_words,
)
from storyline.nlp.quotes.negation import negated_cues
from storyline.nlp.quotes.pronouns import PRONOUN_PEOPLE, resolve_it_speakers, resolve_pronoun_speakers
from storyline.nlp.quotes.spans import (
    complete_cut_clause,
    outside_parenthetical_cue,
    split_at_participle_cue,
    writers_words_cut,
)
from storyline.nlp.quotes.speakers import first_person_speakers, keeps_speaker, speaker_reference
from storyline.nlp.quotes.statements import interrupted_quote_parts, is_statement
from storyline.nlp.quotes.unclaimed import (
    attach_unclaimed_quotes,
    headline_statements,
    reader_turns,
    transcript_turns,
)
from storyline.nlp.spacy_model import parse_columns, text_of, token_at


def extract_quotes(parsed, doc_id: str, attitudes: bool = False, mentions: list[Mention] | None = None) -> list[Quote]:
    """All attributed statements of one document, in text order.

    attitudes=True also reports stances ("Cruz endorsed Trump", "called for a ban"), which
    PolNeAR counts as attributions but a list of who said what does not want.
    `mentions`: extract_mentions(parsed, doc_id), when the caller has them already."""
    quotes_index = QuoteIndex(find_quote_spans(text_of(parsed)))
    mentions = extract_mentions(parsed, doc_id) if mentions is None else mentions
    candidates = rule_candidates(parsed, quotes_index, mentions, attitudes)
    return quotes_from_candidates(parsed, doc_id, candidates, quotes_index, mentions, attitudes)


def rule_candidates(parsed, quotes_index: QuoteIndex, mentions: list[Mention],
                    attitudes: bool = False) -> list[Attribution]:
    """Every attribution the rules find: cue words on the parse, headline and transcript lines,
    then quote marks no cue claimed. Contents are stretched over the quote marks they cut. Cues in
    a live chat's reader questions are left out."""
    text = text_of(parsed)
    attributions, waiting_cues = cue_attributions(parsed, quotes_index, attitudes)
    attributions = [a for a in attributions if _clip_to_paragraph(text, a)]
    attributions += headline_statements(parsed, text) + transcript_turns(parsed, text)
    readers = reader_turns(text)
    attributions = _drop_nested(_widen_to_quotes(_outside(attributions, readers), quotes_index))
    attributions += attach_unclaimed_quotes(parsed, text, attributions, waiting_cues, quotes_index, mentions)
    return _outside(attributions, readers)


def _outside(attributions: list[Attribution], spans: list[tuple[int, int]]) -> list[Attribution]:
    """The attributions whose cue and content keep out of every span."""
    return [a for a in attributions if not any(
        start <= a.cue[0].idx < end or (a.content_start < end and start < a.content_end) for start, end in spans)]


def kept_in_text_order(attributions: list[Attribution], attitudes: bool) -> list[Attribution]:
    """The attributions whose speaker can speak and whose content is not over-long, in text order:
    what the quotes are made of, and what the attribution tagger reads as the rules' roles."""
    kept = [a for a in attributions if keeps_speaker(a, attitudes) and a.content_end - a.content_start <= MAX_QUOTE_CHARS]
    return sorted(kept, key=lambda a: a.content_start)


def quotes_from_candidates(parsed, doc_id: str, candidates: list[Attribution], quotes_index: QuoteIndex,
                           mentions: list[Mention], attitudes: bool = False) -> list[Quote]:
    """Candidates (from rules, a learned model or both) as quotes: the writer's words at a content's
    edges cut off, speakers that cannot speak dropped, over-long contents dropped, pronouns
    resolved, negated cues marked."""
    text = text_of(parsed)
    cues = {a.cue[-1].i: a for a in candidates if a.cue[-1].lemma_ in SPEECH_VERBS}
    attributions = [_ended_with_its_sentence(parsed, a, quotes_index, cues) for a in candidates]
    if not attitudes:
        attributions = [outside_parenthetical_cue(_quoted_part_only(a, quotes_index), quotes_index)
                        for a in attributions]
        attributions = [complete_cut_clause(a, quotes_index, attributions) for a in attributions]
        attributions = [part for a in attributions for part in split_at_participle_cue(a, quotes_index)]
    else:  # PolNeAR's spans run over a cue inside them; only a cue closing the span is cut off
        attributions = [_quote_before_a_closing_cue(a, quotes_index) for a in attributions]
    attributions = [writers_words_cut(a, quotes_index) for a in attributions]
    attributions = kept_in_text_order(attributions, attitudes)
    antecedents = resolve_pronoun_speakers(parsed, attributions, mentions, quotes_index)
    parsed._.set(PRONOUN_PEOPLE, {i: (m.start, m.end) for i, m in antecedents.items()})
    antecedents.update(resolve_it_speakers(parsed, attributions, mentions, quotes_index))
    antecedents.update(first_person_speakers(attributions, mentions, antecedents, quotes_index))
    negated = negated_cues(parsed)
    return [
        _to_quote(text, doc_id, n, att, quotes_index, mentions, antecedents, att.cue[-1].i in negated)
        for n, att in enumerate(attributions)
    ]


def _widen_to_quotes(attributions: list[Attribution], quotes_index) -> list[Attribution]:
    """Stretch content over any quote it starts or ends inside (multi-sentence quotes)."""
    for att in attributions:
        for span in quotes_index.overlapping(att.content_start, att.content_end):
            if _inside_quote(att, span):
                att.content_start, att.content_end = span.start, span.end
            else:
                att.content_start = min(att.content_start, span.start)
                att.content_end = max(att.content_end, span.end)
    return attributions


def _clip_to_paragraph(text: str, att: Attribution) -> bool:
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


def _quoted_part_only(att: Attribution, quotes_index) -> Attribution:
    """'Noting there had been no loss of life, Hartley added, "Relative to ..."': when the content
    runs over its own cue, what was said is the quote on the far side of the cue from the speaker."""
    cue_start, cue_end = att.cue_chars
    if not att.content_start <= cue_start < att.content_end:
        return att
    text = text_of(att.cue[0].doc)
    quoted = quotes_index.overlapping(att.content_start, att.content_end)
    after = [q for q in quoted if q.start >= cue_end]
    before = [q for q in quoted if q.end <= cue_start]
    speaker_start = att.speaker.start_char if att.speaker is not None else cue_start
    if after and unquoted_words(text, att.content_start, min(cue_start, speaker_start), before):
        att.content_start = after[0].start  # '"A," Hartley said, "B."' keeps both
    elif before and not after:
        att.content_end = before[-1].end  # '"A," he said' and '"A," he said, adding ...' say A
    return att


def _ended_with_its_sentence(parsed, att: Attribution, quotes_index, cues: dict) -> Attribution:
    """A quoted statement ends with the sentence that reports it, unless quote marks carry it on:
    content running past that sentence's end into unquoted narration ('"Thousands of lives have been
    saved," Mr Calderon said. Hailing the "energy" ...') is cut there, and so is a quote another
    attribution's verb of saying reports ('"This just isn't right," Warren said': cues, last
    cue token -> attribution). An indirect one may go on
    in the next sentence, as PolNeAR marks it. A colon after the cue opens a block
    of its own ('said: ...') and is left whole."""
    text = text_of(parsed)
    last = att.cue[-1]
    if last.text.endswith(":") or (last.i + 1 < len(parsed) and parsed[last.i + 1].text == ":"):
        return att
    boundary = last.sent.end_char
    if att.content_start >= boundary:  # the content is a later sentence ('..., they added. It is ...')
        first = token_at(parsed, att.content_start)
        boundary = first.sent.end_char if first is not None else att.content_end
    while boundary < att.content_end:
        following = boundary
        while following < att.content_end and text[following].isspace():
            following += 1
        if following >= att.content_end:
            break
        quoted = quotes_index.holding(following)
        if quoted is None and not quotes_index.overlapping(att.content_start, boundary):
            break  # an indirect statement may go on in the next sentence (PolNeAR marks it so)
        if quoted is None or _talked_about_in_its_sentence(parsed, quoted) or _reported_by_another(
                parsed, quoted, att, cues):
            # narration after the quote, or a quote its own sentence talks about ('"...," was a
            # post on Twitter where ...'): the statement ended at the boundary
            while boundary > att.content_start and text[boundary - 1].isspace():
                boundary -= 1
            if boundary > att.content_start:
                att.content_end = boundary
            break
        boundary = max(quoted.end, boundary + 1)  # a quote carries the statement on
    return att


def _reported_by_another(parsed, quoted: QuoteSpan, att: Attribution, cues: dict) -> bool:
    """Another attribution's cue stands in the sentence the quote closes: the quote is its statement."""
    closing = token_at(parsed, quoted.end - 1)
    if closing is None:
        return False
    return any(cues.get(t.i, att) is not att for t in closing.sent)


def _talked_about_in_its_sentence(parsed, quoted: QuoteSpan) -> bool:
    """The quote is the subject of its sentence's main verb, a verb not of saying ('"The next thing
    is to throw (out) 58-2B," was a post on Twitter', parsed as the complement of a 'was' with no
    subject of its own): what that sentence talks about, not a statement carried on. '"Q," the
    mayor insisted' and '"Q," he went on' have their own subject and carry it on."""
    starts = parse_columns(parsed).idx  # each token's first character, in order
    inside = set(range(bisect_left(starts, quoted.start), bisect_left(starts, quoted.end)))
    for t in (parsed[i] for i in sorted(inside)):
        verb = t.head
        if verb.i in inside or verb != t.sent.root or verb.lemma_ in CUE_VERBS:
            continue
        own_subject = any(c.dep_ in SUBJECT_DEPS and c.i not in inside for c in verb.children)
        if t.dep_ in SUBJECT_DEPS | {"attr"} or (t.dep_ == "ccomp" and not own_subject):
            return True
    return False


SUBJECT_DEPS = frozenset("nsubj nsubjpass csubj csubjpass expl".split())


def _quote_before_a_closing_cue(att: Attribution, quotes_index) -> Attribution:
    """'"A," Mr Calderon said.': a content that ends with its own cue and speaker is the quote before them."""
    cue_start, cue_end = att.cue_chars
    if not att.content_start <= cue_start < att.content_end:
        return att
    quoted = quotes_index.overlapping(att.content_start, att.content_end)
    before = [q for q in quoted if q.end <= cue_start]
    speaker_end = att.speaker.end_char if att.speaker is not None else 0
    if before and not any(q.start >= cue_end for q in quoted) and not unquoted_words(
            text_of(att.cue[0].doc), max(cue_end, speaker_end), att.content_end, []):
        att.content_end = before[-1].end
    return att


def _drop_nested(attributions: list[Attribution]) -> list[Attribution]:
    """A cue inside another attribution's content is part of what was reported, not a new one;
    a cue inside another's speaker phrase ('voters who say ...') describes that speaker."""
    kept = []
    for att in attributions:
        cue_at = att.cue[0].idx
        if any(o is not att and _holds(o, cue_at) for o in attributions):
            continue
        kept.append(att)
    return kept


def _holds(att: Attribution, char: int) -> bool:
    if att.content_start <= char < att.content_end:
        return True
    return att.speaker is not None and att.speaker.start_char <= char < att.speaker.end_char


def _inside_quote(att: Attribution, span: QuoteSpan) -> bool:
    return span.start <= att.content_start + 1 and att.content_end - 1 <= span.end


def _to_quote(text: str, doc_id, n, att: Attribution, quotes_index, mentions, antecedents,
              negated: bool = False) -> Quote:
    kind = quote_kind(text, att.content_start, att.content_end, quotes_index)
    start, end = display_span(text, att.content_start, att.content_end, kind)
    cue_start, cue_end = att.cue_chars
    reference = speaker_reference(att, mentions, antecedents)
    parts = interrupted_quote_parts(att, start, end, quotes_index)
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
        statement=is_statement(att, reference, start, end, quotes_index, parts),
        parts=[list(display_span(text, max(part.start, start), min(part.end, end), "direct")) for part in parts] or None,
    )

