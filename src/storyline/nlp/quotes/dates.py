"""When a quote was said: from its cue, never from a date inside it."""
from __future__ import annotations

from storyline.model import Quote
from storyline.nlp.spacy_model import span_at

CUE_DATE_DEPS = ("npadvmod", "tmod", "prep", "advmod", "obl")


def quote_date(quote: Quote, parsed, timexes) -> str | None:
    """The day the cue dates the statement to ('said Tuesday', 'told reporters on Friday',
    'On Monday, Obama said'), or None: a date inside what was said is when something happened,
    not when it was said. The caller falls back to the publication date."""
    from storyline.nlp.time.dating import value_range

    if quote.cue_start is None:
        return None
    cue = span_at(parsed, quote.cue_start, quote.cue_end)
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
