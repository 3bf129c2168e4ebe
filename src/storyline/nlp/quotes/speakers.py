"""What may speak (a person, an organisation or a description of one) and the named entity a
speaker stands for."""
from __future__ import annotations

from storyline.model import Mention
from storyline.nlp.datelines import dateline_dash
from storyline.nlp.lexicon import FIRST_PERSON, PERSON_PRONOUNS, ROLE_HEADS
from storyline.nlp.quotes.attribution import Attribution, cue_lemma
from storyline.nlp.quotes.marks import QUOTE_MARKS
from storyline.nlp.spacy_model import text_of


SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "OTHER")
NOT_SPEAKER_ENTITIES = ("DATE", "TIME")
FILLER_VERBS = ("know", "mean", "see", "guess")
# "this article said": the page speaking of itself
SELF_REFERENCES = frozenset("article story page post report piece site website".split())


def keeps_speaker(att: Attribution, attitudes: bool) -> bool:
    """Drops a speaker that is not a person, an organisation or a description of one ('Sunday',
    'this article'; 'you' in a list of who said what: 'you know' is not a statement); without a
    speaker the attribution stays only as a PolNeAR attitude."""
    head = att.speaker_head
    if head is None or att.speaker is None:
        return attitudes or att.speaker is not None
    cue = att.cue[-1]
    if att.speaker.start <= cue.i < att.speaker.end and cue.i > head.i:
        att.speaker = att.speaker[: cue.i - att.speaker.start]  # a misparse ran the speaker over its cue
    dated = 0  # "31 October 2011 Witness for the defense Dr Paul White concedes": the date is no speaker
    while att.speaker.start + dated < head.i and att.speaker[dated].ent_type_ in NOT_SPEAKER_ENTITIES:
        dated += 1
    att.speaker = att.speaker[dated:]
    closing = next((t.i for t in att.speaker if t.text == ")"), None)
    if closing is not None and closing + 1 < att.speaker.end \
            and "(" not in att.speaker.doc[att.speaker.start:closing].text:  # not "who have a 401(k) or ..."
        att.speaker = att.speaker.doc[closing + 1:att.speaker.end]  # "(AP) President Obama's chief of staff ...
        # ripped BP": an agency's mark a flattened page glued before the sentence is no part of who speaks
        if not att.speaker.start <= head.i < att.speaker.end:
            att.speaker_head = head = att.speaker.root  # "(AP) President Obama told ...": the parser's head was AP
    if dateline_dash(att.speaker[0]) == att.speaker.end:
        att.speaker = att.speaker_head = None  # "NEW ORLEANS -- While BP is capturing more oil ..., scientists ...
        return attitudes  # said": where the report was filed does not speak
    if _is_speaker(head, attitudes) and not (
            not attitudes and head.lower_ == "it" and cue_lemma(att.cue[-1]) in FILLER_VERBS):
        return True  # "it will be impossible to know if ...": 'it' knows nothing
    att.speaker = att.speaker_head = None
    return attitudes


def _is_speaker(head, attitudes: bool) -> bool:
    if head.ent_type_ in NOT_SPEAKER_ENTITIES:
        return False
    if not attitudes and _is_filler(head):
        return False  # "you know,"
    if head.lemma_.lower() in SELF_REFERENCES and any(c.dep_ == "det" and c.lower_ == "this" for c in head.children):
        return False
    return True


def _is_filler(subject) -> bool:
    """'you know,' / 'I mean,' / 'you see,': a pronoun and a verb of knowing followed by a pause
    is a filler of spoken transcripts, not a statement (not in a list of who said what)."""
    verb = subject.head
    if subject.pos_ != "PRON" or cue_lemma(verb) not in FILLER_VERBS or verb.i + 1 >= len(verb.doc):
        return False
    following = verb.doc[verb.i + 1]
    return following.is_punct and following.text not in QUOTE_MARKS


def mention_at(mentions: list[Mention], start: int, end: int, labels=SPEAKER_LABELS) -> Mention | None:
    for mention in mentions:
        if mention.label in labels and mention.start < end and start < mention.end:
            return mention
    return None


def speaker_reference(att: Attribution, mentions, antecedents) -> Mention | None:
    """The named entity the speaker stands for, or None ('a European diplomat')."""
    head = att.speaker_head
    if head is None:
        return None
    if head.lower_ in PERSON_PRONOUNS or head.lower_ in FIRST_PERSON or head.lower_ == "it":
        return antecedents.get(head.i)
    mention = mention_at(mentions, head.idx, head.idx + len(head.text))
    if mention is None or mention.label != "PERSON":
        named = _person_named_right_after(att, mention.end if mention is not None else head.idx + len(head.text),
                                          mentions)
        if named is not None:
            return named  # "Coast Guard Adm. Thad W. Allen": the admiral speaks, not the Coast Guard nor his title
    if mention is not None and not _describes_a_person(att, head, mention):
        return mention
    for child in head.children:  # "Trump's son, Donald Trump Jr."
        if child.dep_ == "appos":
            mention = mention_at(mentions, child.idx, child.idx + len(child.text), ("PERSON",))
            if mention is not None:
                return mention
    return _person_named_after_an_office(att, head, mentions)


def _person_named_after_an_office(att: Attribution, head, mentions) -> Mention | None:
    """'The mayor of Mexico City, Marcelo Ebrard, said': the parser hangs the name on the place
    or body that ends the office's description; a person's name in apposition to a place or an
    organisation inside the speaker's words names the holder of the office the speaker's head is. Only
    a place or body hanging on the head itself ('mayor of Mexico City'): in 'a spokesman for the mayor
    of Mexico City, Marcelo Ebrard' the name is the one spoken for, not the speaker."""
    if att.speaker is None:
        return None
    for token in head.subtree:
        if token.dep_ != "appos" or token.i == head.i or not att.speaker.start <= token.i < att.speaker.end:
            continue
        host = token.head
        if not (host.dep_ == "pobj" and host.head.dep_ == "prep" and host.head.head.i == head.i):
            continue
        host_mention = mention_at(mentions, host.idx, host.idx + len(host.text))
        if host_mention is None or host_mention.label == "PERSON":
            continue  # 'the wife of John Smith, Jane': a name beside a person is that person's kin
        mention = mention_at(mentions, token.idx, token.idx + len(token.text), ("PERSON",))
        if mention is not None:
            return mention
    return None


def _person_named_right_after(att: Attribution, end_char: int, mentions) -> Mention | None:
    """A person's name written right after the speaker's head word or its organisation (nothing but a space
    between) inside the speaker's words: the organisation and title before it are that person's ('Coast Guard
    Adm. Thad W. Allen, who is overseeing the crisis', where the parse heads the speaker in 'Adm.', which the
    entities stage leaves outside both 'Coast Guard' and the name)."""
    if att.speaker is None:
        return None
    text = text_of(att.speaker.doc)
    return next((m for m in mentions if m.label == "PERSON" and end_char <= m.start < att.speaker.end_char
                 and not text[end_char:m.start].strip()), None)


def _describes_a_person(att: Attribution, head, mention: Mention) -> bool:
    """A speaker described by a group or an office is not that group or office: 'the ranking
    Republican on the committee' (one person, not the Republicans), 'Secretary of Homeland
    Security' (the secretary, not the department)."""
    if mention.label == "NORP" and head.tag_ in ("NN", "NNP"):
        return True
    if mention.label == "PERSON" or att.speaker is None:
        return False
    before = text_of(att.speaker.doc)[att.speaker.start_char : mention.start].lower().split()
    return len(before) >= 2 and before[-1] == "of" and before[-2] in ROLE_HEADS


def first_person_speakers(attributions: list[Attribution], mentions, antecedents, quotes_index) -> dict[int, Mention]:
    """Token index of each 'I'/'we' speaker that stands inside what someone else is quoted saying
    -> the entity of that someone ('"We were very pleased that ...," Mr Pellegrino said'). An 'I'
    outside quote marks is the writer or a reader, and stays unresolved."""
    resolved: dict[int, Mention] = {}
    for att in attributions:
        head = att.speaker_head
        if head is None or head.lower_ not in FIRST_PERSON:
            continue
        quoted = quotes_index.holding(head.idx)
        if quoted is None:
            continue
        for other in attributions:
            other_head = other.speaker_head
            if (other is att or other_head is None or other_head.lower_ in FIRST_PERSON
                    or not (other.content_start < quoted.end and quoted.start < other.content_end)
                    or quotes_index.holding(other_head.idx) is not None):
                continue
            reference = speaker_reference(other, mentions, antecedents)
            if reference is not None:
                resolved[head.i] = reference
                break
    return resolved
