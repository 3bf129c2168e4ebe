"""Datelines read in the parse ('WASHINGTON --', 'AP NEW ORLEANS --', 'GRAND ISLE, Louisiana (Reuters) -'): where a
story was filed, which a flattened page puts where the parser looks for a subject. They are no party to the story:
not an event's participant (`story.clause`), not a quote's speaker (`nlp.quotes.speakers`)."""
from __future__ import annotations

import re

from storyline.nlp.time.lexicon import MONTH_NAME

DATELINE_DASHES = {"--", "—", "–", "-"}
DATELINE_LENGTH = 5  # a name in capitals longer than an acronym is a dateline's place ("WASHINGTON (Reuters) -")
DATELINE_MONTH = re.compile(MONTH_NAME + r"\.?")  # 'WASHINGTON, June 3 (Reuters) -', 'LONDON, Sept. 4 -'
PLACE_LABELS = {"GPE", "LOC", "FAC"}  # spaCy entity labels (Token.ent_type_) of a place; nlp.entities.PLACE_MENTION_LABELS are storyline's


def is_dateline(token) -> bool:
    """'WASHINGTON --', 'AP NEW ORLEANS --': a run of words in capitals closed by a dash opens the
    article or a pasted story; it is where the story was filed, no party to it."""
    return dateline_dash(token) is not None


def dateline_dash(token) -> int | None:
    """The index of the dash closing the dateline the token is in, or None. The run is a place or an
    agency's credit: a word longer than an acronym, a place's entity label, or the agency's tag ('AP',
    '(Reuters)'); not a party named in capitals ('BP -- the company that leased the rig'). A plain
    hyphen closes it only with spaces around it: 'US-Russia talks', 'NATO-led forces' are one word."""
    doc = token.doc
    i = token.i
    if _opening_credit(token):  # '(Reuters) - The World Health Organisation (WHO) revised Monday ...'
        return i + 2
    if not (token.is_alpha and token.is_upper and len(token) > 1):
        return None
    run = [token]
    i = _capitals_run(doc, i, run)
    if (stated := _state_after_place(doc, i)) > i:  # 'WILMINGTON, Delaware (Reuters) -'
        run += list(doc[i + 1:stated + 1])
        i = _capitals_run(doc, stated, run)
    if (dated := _date_after_place(doc, i)) > i:  # 'WASHINGTON, June 3 (Reuters) -'
        i = _capitals_run(doc, dated, run)
    if i + 1 >= len(doc) or doc[i + 1].text not in DATELINE_DASHES:
        return None
    dash = doc[i + 1]
    if dash.text == "-" and not (doc[i].whitespace_ and dash.whitespace_):
        return None
    names = [word for word in run if word.is_alpha]
    agency = "(" in [word.text for word in run] or any(word.text == "AP" for word in names)
    place = any(len(word) > DATELINE_LENGTH or word.ent_type_ in PLACE_LABELS for word in names) \
        or any(state_abbreviation(word) for word in run)  # 'GRAND ISLE, La. --': short words, but a state after
    return dash.i if agency or place else None


def _opening_credit(token) -> bool:
    """A bracketed word opening a sentence and closed by a spaced dash is an agency's credit whose dateline's place
    the page left on another line ('(Reuters) - The World Health Organisation (WHO) revised Monday its 6-point
    scale', H1N1_reuters): the parse takes it as the subject."""
    doc, i = token.doc, token.i
    return (token.is_alpha and 0 < i and i + 2 < len(doc) and doc[i - 1].text == "(" and doc[i - 1].is_sent_start
            and doc[i + 1].text == ")" and doc[i + 2].text in DATELINE_DASHES and bool(doc[i + 1].whitespace_)
            and bool(doc[i + 2].whitespace_))


def dateline_after_stamp(segment) -> int | None:
    """The index of a dateline's first word after the posting stamp a page opens it with ('2009 06 13 00:11 JST
    GENEVA (Reuters) -': numbers and a clock time), or None when the segment opens otherwise. The stamp is when the
    page was posted, no act's time (events18, H1N1_reuters: 'declared an influenza pandemic on Thursday' was dated
    by it)."""
    doc, i = segment.doc, segment.start
    while i < segment.end and (doc[i].like_num or (":" in doc[i].text and doc[i].text.replace(":", "").isdigit())):
        i += 1
    if i == segment.start or i >= segment.end or not any(":" in doc[k].text for k in range(segment.start, i)):
        return None
    return i if dateline_dash(doc[i]) is not None else None


def _capitals_run(doc, i: int, run: list) -> int:
    """Extends a dateline's run of capitals (and its agency's tag, '(Reuters)', 'AP'; two places filed from,
    'WASHINGTON/LONDON') from token i; the last index."""
    while i + 1 < len(doc) and (doc[i + 1].is_upper and doc[i + 1].is_alpha or doc[i + 1].text in {"(", ")", "AP"}
                                or doc[i + 1].text == "/" and i + 2 < len(doc) and doc[i + 2].is_upper and doc[i + 2].is_alpha
                                or doc[i].text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")"):  # "(Reuters)"
        i += 1
        run.append(doc[i])
    return i


def _state_after_place(doc, i: int) -> int:
    """The last index of the state or country a dateline names after its place in capitals, or i: 'GRAND ISLE,
    Louisiana (Reuters) -', 'WILMINGTON, WILMINGTON, Delaware (Reuters) -' (an agency's place written twice). Only
    before the agency's bracketed tag, perhaps after a day: capitalised words after a comma are otherwise the
    sentence's own ('BP, Transocean ...')."""
    at = i
    while at + 2 < len(doc) and doc[at + 1].text == "," and (doc[at + 2].is_alpha or state_abbreviation(doc[at + 2])) \
            and doc[at + 2].text[:1].isupper():
        at += 2
        while at + 1 < len(doc) and doc[at + 1].is_alpha and doc[at + 1].text[:1].isupper():
            at += 1  # 'New Mexico'
    dated = _date_after_place(doc, at)
    closed = dated + 3 < len(doc) and doc[dated + 1].text == "(" and doc[dated + 3].text == ")"
    # the Associated Press's own pages drop the tag: 'GRAND ISLE, La. -- BP said', 'AP EMPIRE, La. -- BP chief
    # executive Tony Hayward took ...' (bpoil_foxnews: 20 such datelines, none read, 'AP EMPIRE' the headline's
    # subject); an abbreviated state says so where a capitalised word after a comma ('BP, Transocean --') does not
    abbreviated = at > i and state_abbreviation(doc[at]) and at + 1 < len(doc) and doc[at + 1].text in DATELINE_DASHES
    return at if at > i and (closed or abbreviated) else i


def state_abbreviation(token) -> bool:
    """'La.', 'Fla.', 'Calif.', 'Miss.': a capitalised word of two to five letters with its full stop, as news
    agencies abbreviate a US state (or a province) after a place in a dateline."""
    return token.text.endswith(".") and 2 <= len(token.text) - 1 <= 5 and token.text[:-1].isalpha() \
        and token.text[0].isupper() and token.text[1:-1].islower()


def _date_after_place(doc, i: int) -> int:
    """The last index of the day a dateline gives after its place (', June 3', ', June 3, 2010', ', 2010'), or i."""
    at = i
    if at + 2 < len(doc) and doc[at + 1].text == "," and DATELINE_MONTH.fullmatch(doc[at + 2].text) \
            and at + 3 < len(doc) and doc[at + 3].is_digit and len(doc[at + 3]) <= 2:
        at += 3
    if at + 2 < len(doc) and doc[at + 1].text == "," and doc[at + 2].is_digit and len(doc[at + 2]) == 4:
        at += 2
    return at
