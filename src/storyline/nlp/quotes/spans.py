"""What an indirect quote says, whole and nothing else: the parse sometimes runs a reported clause
over its own cue ('So far, officials said, the oil ...') or stops it inside a clause ('said that
tar balls believed to be from the spill' + 'had started to wash up'). Quoted parts are shaped by
the quote marks (`extract`), so these rules leave any content holding a quote mark alone."""
from __future__ import annotations

from storyline.nlp.lexicon import SPEECH_VERBS
from storyline.nlp.quotes.attribution import Attribution, cue_lemma
from storyline.nlp.quotes.marks import QUOTE_MARKS, QuoteIndex
from storyline.nlp.spacy_model import text_of

FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
EDGE_PUNCTUATION = " \t\n,;:-–—"


def outside_parenthetical_cue(att: Attribution, quotes_index: QuoteIndex) -> Attribution:
    """'[BP has reimbursed $518 million], congressional auditors said, but those costs have already
    hit ...': an indirect content that runs over its own cue into a new coordinated clause is the
    clause before the cue. A cue inside one clause ('Climate change, Mr. Obama often says, is the
    greatest threat') stays inside the content: the statement needs both sides (PolNeAR marks the
    same span)."""
    cue_start, cue_end = att.cue[0].idx, att.cue[-1].idx + len(att.cue[-1].text)
    if not att.content_start <= cue_start < att.content_end:
        return att
    if quotes_index.overlapping(att.content_start, att.content_end):
        return att
    parsed = att.cue[0].doc
    inner_end = max(cue_end, att.speaker.end_char) if att.speaker is not None else cue_end
    inner_start = min(cue_start, att.speaker.start_char) if att.speaker is not None else cue_start
    before = parsed.char_span(*_trimmed(text_of(parsed), att.content_start, inner_start), alignment_mode="expand")
    after = parsed.char_span(*_trimmed(text_of(parsed), inner_end, att.content_end), alignment_mode="expand")
    if before is None or after is None or not len(after) or not len(before):
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
