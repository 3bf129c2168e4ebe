"""Positions: who wants what on which issue, and how it moved (docs/positions.md).

Two steps, like events:
1. Per document, on the parse: claims. `holder_slots` walks from each stance word (a verb such
   as "demanded", "backed off", "rejected"; an adjective such as "willing"; a noun such as
   "insistence" or "call") to its holder in the slot the construction gives it: the subject,
   the "by" agent of a passive or participle, the possessive of a noun, the subject of the verb a
   clause hangs from. The issue is looked for in what the stance word governs: a named place where
   land is given, taken or held ("cede control of the Donetsk region"), else a word of the issue
   taxonomy (`lexicon.ISSUES`). Negation, questions, conditions and hypotheticals are read off
   the parse. "X said Y rejected Z" gives Y's claim (X is only the source); a holder who is "I" or
   "we" inside a quote is the quote's speaker.
2. Over the corpus: claims whose holder links to an entity that is not a news outlet become
   statements; statements of one actor on one issue, ordered by date, fold into one position per
   run of the same stance (all statements as mentions, their documents as sources, copies counted
   once); each position names the stance it changed from (`previous`), and statements of the same
   time from other documents giving another stance are listed side by side (`contradicted_by`).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from storyline.dedup.sources import independent_sources, root_original
from storyline.model import Claim, Document, Mention, Position, Quote, Timex
from storyline.nlp.entities import PLACE_MENTION_LABELS, is_outlet_name, short_forms
from storyline.nlp.lexicon import FIRST_PERSON, ROLE_HEADS, SPEAKER_NOUNS, VIEW_VERBS
from storyline.nlp.spacy_model import parse_columns, span_at, span_text, text_of, token_at
from storyline.nlp.time.tense import PRESENT_TAGS, predicate_tense, told_in_the_pluperfect
from storyline.story.clause import PLACE_LABELS
from storyline.story.cluster import AGE_STAMP
from storyline.story.speakers import EntityLookup, entity_at, overlapping_entity, spans_by_document
from storyline.story import lexicon

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
PERSONAL_PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "his", "its", "their"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
JUDGED_PRONOUNS = {"him", "her", "them", "me", "us"}
OWN_POSSESSIVES = {"its", "their", "his", "her", "our", "my"}
DEMANDABLE_PRONOUNS = {"we", "they", "he", "she"}  # "they must release the video"; not "it should begin"
# nor "you should consult your GP": what is said to the one addressed is advice, not a position
HOLDER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
# spaCy labels (Token.ent_type_) of a named place a territory slot may hang on; FAC (a plant, a rig, a
# bridge) has never counted here (not measured whether it should)
PLACE_ENT_TYPES = {"GPE", "LOC"}
MAX_ISSUE_DEPTH = 6  # how deep under the stance word an issue may sit

_PHRASE_WORDS = {phrase: phrase.split() for _, (_, phrases) in lexicon.ISSUES.items() for phrase in phrases}
_ISSUE_OF_PHRASE = {phrase: issue for issue, (_, phrases) in lexicon.ISSUES.items() for phrase in phrases}
ISSUE_FAMILY = {issue: family for issue, (family, _) in lexicon.ISSUES.items()}
_CUE_LEMMAS = frozenset(set(lexicon.STANCE_VERBS) | {verb for verb, _ in lexicon.PHRASAL_STANCE_VERBS}
                        | lexicon.READY_ADJECTIVES | set(lexicon.STANCE_NOUNS) | lexicon.FAVOR_NOUNS
                        | lexicon.PERMITTING_VERBS | lexicon.OPPOSING_PREPOSITIONS | set(lexicon.ADVOCATE_NOUNS))
# every lemma `cue_stance` can give a stance to: any other word is no stance word, whatever its parse
_STANCE_WORD_LEMMAS = _CUE_LEMMAS | frozenset(lexicon.ADDRESSEE_DEMAND_VERBS) | {"back"}


SUBJECT_OR_PASSIVE = ("nsubj", "nsubjpass")
VERB_OR_AUX = ("VERB", "AUX")


def holder_slots(parsed: Doc) -> list[tuple[str, list[int]]]:
    """Stance words with their holder in each syntactic slot a holder takes, as (slot, token
    indexes), slot by slot and in token order within a slot (the order spaCy's DependencyMatcher
    gave them in when it found them; it ran a token Matcher and an ancestor walk for every verb and
    subject of the text, this walks from the stance words only)."""
    found: dict[str, list[list[int]]] = {slot: [] for slot in (
        "subject", "agent", "possessor", "governor_subject", "conjunct_subject", "light_verb", "in_favor",
        "copula_subject")}
    for cue in (parsed[i] for i in tokens_with_lemma_in(parsed, _CUE_LEMMAS)):
        for child in cue.children:
            if child.dep_ in SUBJECT_OR_PASSIVE:
                found["subject"].append([cue.i, child.i])
            elif child.dep_ == "agent":
                found["agent"] += [[cue.i, child.i, by.i] for by in child.children if by.dep_ == "pobj"]
            elif child.dep_ == "poss":
                found["possessor"].append([cue.i, child.i])
        governor = cue.head
        if governor.i == cue.i:
            continue
        # "Ukraine supports X but insists on Y", "Trump vowed to reject": the subject of the verb above
        if cue.dep_ in ("conj", "xcomp", "advcl") and cue.pos_ == "VERB" and governor.pos_ in VERB_OR_AUX:
            found["governor_subject"] += [[governor.i, cue.i, s] for s in _subjects(governor)]
        # "Zelenskyy advocated ... and indicated a readiness ..., proposing to relinquish land": the
        # subject of the first of coordinated verbs, when the verb the cue hangs from has none of its own
        first = governor.head
        if cue.dep_ in ("xcomp", "advcl") and cue.pos_ == "VERB" and governor.dep_ == "conj" \
                and governor.pos_ == "VERB" and first.i != governor.i and first.pos_ in VERB_OR_AUX:
            found["conjunct_subject"] += [[first.i, governor.i, cue.i, s] for s in _subjects(first)]
        # "expressed support for", "reiterated his demand for": a light verb's subject holds its noun
        if cue.lemma_ in lexicon.STANCE_NOUNS and cue.dep_ == "dobj" and cue.pos_ == "NOUN" \
                and governor.lemma_ in lexicon.LIGHT_VERBS:
            found["light_verb"] += [[governor.i, cue.i, s] for s in _subjects(governor)]
        # "Trump spoke in favor of an early end to hostilities": the subject of the verb the phrase hangs from
        if cue.lemma_ in lexicon.FAVOR_NOUNS and cue.dep_ == "pobj" and governor.dep_ == "prep" \
                and governor.lower_ == "in" and first.i != governor.i and first.pos_ in VERB_OR_AUX:
            found["in_favor"] += [[first.i, governor.i, cue.i, s] for s in _subjects(first)]
        # "Putin is ready to negotiate": the adjective's subject is the copula's
        if cue.lemma_ in lexicon.READY_ADJECTIVES and cue.dep_ == "acomp" and governor.lemma_ == "be":
            found["copula_subject"] += [[governor.i, cue.i, s] for s in _subjects(governor)]
        # "Peter Thiel, a strong supporter of gay marriage", "he is a staunch supporter of gun-control laws"
        if cue.pos_ == "NOUN" and cue.lemma_.lower() in lexicon.ADVOCATE_NOUNS and cue.dep_ == "appos" \
                and _advocate_said_of_a_party(cue) is not None:
            found["copula_subject"].append([governor.i, cue.i, governor.i])
        if cue.pos_ == "NOUN" and cue.lemma_.lower() in lexicon.ADVOCATE_NOUNS and cue.dep_ == "attr" \
                and _advocate_said_of_a_party(cue) is not None:
            found["copula_subject"] += [[governor.i, cue.i, s] for s in _subjects(governor)]
        # "rich countries were against any agreement": the copula's subject is against what "against" takes
        if _is_copular_against(cue):
            found["copula_subject"] += [[governor.i, cue.i, s] for s in _subjects(governor)]
    return [(slot, tokens) for slot, matches in found.items() for tokens in sorted(matches)]


def _subjects(verb: Token) -> list[int]:
    return [child.i for child in verb.children if child.dep_ == "nsubj"]


def tokens_with_lemma_in(parsed: Doc, lemmas: frozenset[str], fold_case: bool = False) -> list[int]:
    """Indices of the tokens whose lemma (lower-cased with `fold_case`) is one of `lemmas`, read
    from one LEMMA column: making a Token object for every word of an article to ask it costs more
    than the stance rules."""
    column = parsed.to_array([LEMMA])
    if not len(column):
        return []
    strings = parsed.vocab.strings
    distinct = numpy.unique(column)
    known = distinct[[(strings[key].lower() if fold_case else strings[key]) in lemmas for key in distinct.tolist()]]
    return numpy.flatnonzero(numpy.isin(column, known)).tolist()


# ---------------------------------------------------------------- stance of a cue


def _particles(token: Token) -> list[str]:
    """The particles and prepositions after a verb ('called for', 'backed off'); a phrase before it
    ('On CNN Tuesday, ... called for') or one naming a time ('called a referendum ... for June 5')
    is a circumstance, not part of the verb; 'the ceasefire for which Zelensky had called' moved it."""
    return [child.lower_ for child in token.children if child.dep_ in ("prt", "prep", "advmod")
            and not (child.dep_ == "prep" and (not _belongs_to_the_verb(child, token) or _names_a_time(child)))]


def _belongs_to_the_verb(preposition: Token, verb: Token) -> bool:
    """A preposition after its verb, or a relative one before it ('the ceasefire for which Zelensky had
    called'); one before the verb otherwise ('On CNN Tuesday, his wife called for ...') is a circumstance."""
    return preposition.i > verb.i or _relative_object(preposition)


def _relative_object(preposition: Token) -> bool:
    """'for which', 'to whom': the preposition belongs to the verb of the relative clause."""
    return any(o.dep_ == "pobj" and o.lower_ in RELATIVE_PRONOUNS for o in preposition.children)


def _names_a_time(preposition: Token) -> bool:
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in preposition.children)


def _names_an_amount(preposition: Token) -> bool:
    """'a tax at 35 percent', 'wages at $12 an hour': a rate, not what the thing is."""
    return any(o.dep_ == "pobj" and (o.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL") or any(
        c.dep_ == "nummod" for c in o.children)) for o in preposition.children)


@lru_cache(maxsize=1)
def _phrasal_only_verbs() -> frozenset[str]:
    """Verbs that state a stance only with their particle ('back off'), made once, not per verb."""
    return frozenset({verb for verb, _ in lexicon.PHRASAL_STANCE_VERBS} - set(lexicon.STANCE_VERBS))


def cue_stance(token: Token) -> str | None:
    """The stance a word states as used here: 'backed off' drops, 'backed' supports, 'call' needs 'for'."""
    lemma = token.lemma_.lower()
    if lemma not in _STANCE_WORD_LEMMAS:
        return None  # most words: no need to read the parse around them
    if lemma in lexicon.PERMITTING_VERBS:
        return "accept" if token.pos_ == "VERB" and _refuses_to_permit(token) else None  # negated: a rejection
    if token.pos_ in ("VERB", "AUX"):
        if lemma in lexicon.NAMING_VERBS and any(c.dep_ == "oprd" and c.ent_type_ not in ("DATE", "TIME")
                                                 for c in token.children):
            return None  # "has been called a charlatan by fellow physicians for promoting ...": a name given, its
            # reason ("called Friday for releasing the videos", a day misparsed as the name, still calls for it)
        particles = _particles(token)
        for particle in particles:
            if (lemma, particle) in lexicon.PHRASAL_STANCE_VERBS:
                return lexicon.PHRASAL_STANCE_VERBS[(lemma, particle)]
        if lemma == "back" and any(p in ("off", "down", "away") for p in particles):
            return "drop"
        if (lemma, "for") in lexicon.PHRASAL_STANCE_VERBS and _for_clause(token) is not None:
            return lexicon.PHRASAL_STANCE_VERBS[(lemma, "for")]  # "called for the moratorium to be lifted"
        if lemma in lexicon.ADDRESSEE_DEMAND_VERBS and any(c.dep_ == "xcomp" for c in token.children) \
                and not any(c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in ("in", "off", "out", "up")
                            for c in token.children) \
                and not (lemma == "call" and any(c.dep_ == "auxpass" for c in token.children)):
            # not "call out the Guard to join", "calls in experts to"; nor "the initiative was called by the
            # SVP to force the government to ...": what is called (convened, summoned) is not asked
            if not _asks_to_act(token):
                return None  # "calls discounting 'a loser's game'": naming, not asking
            return "demand"  # "asked BP to drill a relief well", "pressed Russia to accept"
        if lemma == "give" or lemma in _phrasal_only_verbs():
            return None
        if lemma == "seek" and any(c.dep_ == "xcomp" for c in token.children):
            return None  # "seeking to contain political fallout", "sought to guide undersea robots": an attempt
        if lemma == "insist" and not any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "on"
                                         for c in token.children):
            return None  # "the catastrophe that BP insisted could never happen": an assertion, its clause misparsed
        if lemma in ("suggest", "insist") and _says_what_is(token):
            return None  # epistemic: "the emails suggest that Oz places ...", "he insisted he was overseeing ..."
        if lemma == "suggest" and token.tag_ == "VBZ" and any(
                c.dep_ == "ccomp" and not any(a.lower_ in ("should", "must") for a in c.children) for c in token.children):
            return None  # "a report ... suggests that ... it will join the loop current": the present with a
            # clause says what something indicates ("the council, which suggests setting up quarantine rooms" proposes)
        return lexicon.STANCE_VERBS.get(lemma)
    if token.pos_ == "ADJ" and lemma in lexicon.READY_ADJECTIVES:
        return "support"
    if lemma in lexicon.OPPOSING_PREPOSITIONS:
        return "oppose" if _is_copular_against(token) else None
    if token.pos_ == "NOUN" and lemma in lexicon.ADVOCATE_NOUNS:
        return lexicon.ADVOCATE_NOUNS[lemma] if _advocate_said_of_a_party(token) is not None else None
    if token.pos_ == "NOUN" and lemma in lexicon.FAVOR_NOUNS:
        in_favor_of = token.dep_ == "pobj" and token.head.lower_ == "in" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        return "support" if in_favor_of else None
    if token.pos_ == "NOUN" and lemma in lexicon.STANCE_NOUNS:
        if lemma == "call" and any(c.dep_ in ("prt", "prep") and c.lower_ in ("in", "off", "out", "up") for c in token.children):
            return None  # "Havana calls in Venezuelan experts": summoning, not a call for anything
        if lemma == "call" and "for" not in _particles(token) and not any(c.dep_ in ("acl", "advcl") for c in token.children):
            return None  # "a call for a ceasefire", "a call for the US to accept refugees"; not "a phone call"
        if lemma == "need" and not any(c.dep_ in ("acl", "xcomp") or c.lower_ == "for" for c in token.children):
            return None  # "the need to lift the moratorium", "the need for talks"
        if lemma == "plan" and not any(c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children)
                                       for c in token.children):
            return None  # "plans to file a motion"; "BP's drilling plan", "a response plan" are documents
        return lexicon.STANCE_NOUNS[lemma]
    return None


def _advocate_said_of_a_party(noun: Token) -> Token | None:
    """The 'of' phrase of an advocate noun (`lexicon.ADVOCATE_NOUNS`) said of a party: in apposition to it ('Peter
    Thiel, a strong supporter of gay marriage') or as what a copula says its subject is ('he is a staunch supporter of
    gun-control laws'). Not a plural ('supporters of the bill' are a group the noun names, not a stance of another),
    not one with a possessor ('Trump's critics': people of his), nor one the noun itself is the subject of."""
    if noun.tag_ != "NN" or any(c.dep_ == "poss" for c in noun.children):
        return None
    if not (noun.dep_ == "appos" or noun.dep_ == "attr" and noun.head.lemma_.lower() == "be"):
        return None
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ in ("pobj", "pcomp")), None)


def _is_copular_against(token: Token) -> bool:
    """'Gulf fishermen are against the moratorium', 'I was totally against going into Iraq': "against" said of a
    copula's subject with its object; not a circumstance of another verb ('campaigned against Obama')."""
    return token.lower_ in lexicon.OPPOSING_PREPOSITIONS and token.dep_ == "prep" and token.head.lemma_ == "be" \
        and any(c.dep_ in ("pobj", "pcomp") for c in token.children)


def _agrees_with_a_view(verb: Token) -> bool:
    """'Rendell ... agreed that the party's vacancy rules should be modernized': agreeing that something should be
    done is holding that view (support, as "thinks it should be" is, `_holds_a_view`), not accepting what another
    put to one ('agreed to a ceasefire', 'agreed with Trump that a settlement can be achieved' stay acceptance)."""
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in lexicon.OUGHT_MODALS for a in c.children)
               for c in verb.children)


def _refuses_to_permit(verb: Token) -> bool:
    """'we will not allow them to reopen the well', 'Under no circumstances are we going to allow them to
    ...': a permission refused for what is to come is a rejection of what is not permitted; 'did not allow
    reporters in', 'allowed the well to flow' tell what was done."""
    if not any(c.dep_ in ("ccomp", "xcomp") and any(o.dep_ == "dobj" for o in c.children) for c in verb.children):
        return False  # "would not allow the row to become a spat", "will not allow Trump to become president": the
        # issue would be "become ...", without the one who would become it; only an act on a thing names one
    going = verb.dep_ == "xcomp" and verb.head.lemma_ == "go" and verb.head.tag_ == "VBG"
    future = going or any(c.dep_ == "aux" and c.lower_.replace("’", "'") in lexicon.FUTURE_AUXILIARIES | {"wo"}
                          for c in verb.children)  # a conditional's "would" is `_is_hypothetical`'s
    return future and _negated(verb)


def _asks_to_act(verb: Token) -> bool:
    """'asked BP to drill', 'pressed Russia to accept', 'would push to abolish the Department': an infinitive.
    A gerund says what something is called ('Mr. Thompson calls discounting a loser's game')."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


def _for_clause(token: Token) -> Token | None:
    """'called for the moratorium to be lifted': the clause 'for' introduces (parsed as its mark)."""
    return next((c for c in token.children if c.dep_ == "advcl"
                 and any(m.dep_ == "mark" and m.lower_ == "for" and m.i < c.i for m in c.children)), None)


def _infinitive_after_a_named_party(verb: Token) -> Token | None:
    """'called for the Coast Guard and Minerals Management Service to investigate the incident': the parser makes the
    party a 'for' object and hangs the infinitive on the verb; the party is who is to act, the infinitive what is
    asked (was the issue 'Management Service'). Only a named party (a name or an entity) right before the 'to'."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        party = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if party is None or not (party.pos_ == "PROPN" or party.ent_type_ in HOLDER_LABELS):
            continue
        return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == prep.right_edge.i + 1
                     and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux"), None)
    return None


def _is_inverted_question(token: Token, sentence) -> bool:
    """'Leesburg, Fla.: Can the U.S. demand an escrow fund ...': an auxiliary before the subject
    at the start of the clause asks, whatever the punctuation (chat transcripts drop the '?')."""
    node = token
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
        node = node.head
    auxiliaries = [c for c in node.children if c.dep_ == "aux"]
    subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
    if not auxiliaries or not any(auxiliaries[0].i < s.i for s in subjects):
        return False
    before = sentence.doc[auxiliaries[0].i - 1] if auxiliaries[0].i > sentence.start else None
    return before is None or before.text in (":", '"', "“", "-", "--", "—")


def _says_what_is(verb: Token) -> bool:
    """'suggesting the debate erased all memory', 'suggested that the apology lacks merit': a
    clause in the past or third-person present (or with a modal other than 'should') says what
    is, not what should be done ('suggested that both sides declare victory')."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        auxiliaries = [c.lower_ for c in sorted(clause.children, key=lambda t: t.i) if c.dep_ in ("aux", "auxpass")]
        if auxiliaries and auxiliaries[0] not in ("should", "must", "be") or not auxiliaries and clause.tag_ in (
                "VBD", "VBZ", "VBN"):
            return True  # the first auxiliary tells: "insisted it should be used to perform ..." (a passive
            # participle under "should") says what should be done
    return False


def _offers_nothing(cue: Token) -> bool:
    """'offered insights', 'seeking additional details', 'asked for the information': what is
    offered or sought is no policy."""
    if cue.lemma_.lower() not in {"offer", "propose", "seek", "ask", "request", "suggest"}:
        return False
    if cue.lemma_.lower() == "offer" and cue.dep_ == "relcl" and cue.tag_ in ("VBZ", "VBP") \
            and cue.head.ent_type_ not in ("GPE", "NORP", "PERSON"):
        return True  # "IPF, which offers small loans to consumers": what a business offers, described;
        # "Russia, which offers talks in Istanbul": a government's offer stays a proposal
    if cue.lemma_.lower() == "offer" and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.OFFERED_GOODS
                                             for c in cue.children):
        return True  # "BP offers cleanup jobs at $12 an hour": a hiring, not a proposal on jobs and wages
    for child in cue.children:
        objects = [child] if child.dep_ == "dobj" else \
            [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "for" else []
        if any(o.lemma_.lower() in lexicon.NOT_PROPOSALS for o in objects):
            return True
    return False


def _refuses_to_speak(cue: Token) -> bool:
    """'declined to comment on the investigation' refuses a question, not the investigation;
    'refuses to call the disaster an oil spill' or 'Obama's refusal to use the term' refuses a word, not the
    spill; 'asks Obama to address the Katrina comparisons' puts a question."""
    stance = cue_stance(cue)
    infinitives = [c for c in cue.children if c.dep_ == "xcomp" or cue.pos_ == "NOUN" and c.dep_ == "acl"]
    if stance == "reject":
        return any(c.lemma_.lower() in lexicon.SPEAKING_VERBS or c.lemma_.lower() in lexicon.NAMING_VERBS
                   and any(o.dep_ == "oprd" for o in c.children)
                   or any(o.dep_ == "dobj" and o.lemma_.lower() in lexicon.SAYINGS for o in c.children)
                   for c in infinitives)  # "refusal to use the term", "refuses to draw judgement"
    return stance == "demand" and cue.lemma_.lower() in lexicon.ADDRESSEE_DEMAND_VERBS \
        and any(c.lemma_.lower() in lexicon.ANSWERING_VERBS or _deals_with_something_said(c) for c in infinitives)


def _acts_on_itself(cue: Token) -> bool:
    """'Marco Rubio defended himself on Saturday for bailing on his own comprehensive immigration reform bill' (PolNeAR
    train, review20p: was Rubio / legislation / support, listed): a stance verb whose object is the holder himself
    defends, praises or offers a person; what its other phrases name is that person's conduct, no issue he takes
    a side on."""
    return cue.pos_ == "VERB" and any(c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_.endswith(("self", "selves"))
                                      for c in cue.children)


def _rejects_something_said(verb: Token) -> bool:
    """'Mrs Clinton dismissed criticism that aid was not leaving the airport': rejecting a criticism, a claim or a
    question (`lexicon.SAID_THINGS`) denies what was said; what the said thing's clause tells is no policy of hers
    (#14 known bug: listed as Clinton / leave airport / reject)."""
    return verb.pos_ == "VERB" and lexicon.STANCE_VERBS.get(verb.lemma_.lower()) == "reject" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in lexicon.SAID_THINGS for o in verb.children)


def _deals_with_something_said(verb: Token) -> bool:
    return verb.lemma_.lower() in lexicon.DEALING_VERBS and any(
        o.dep_ == "dobj" and o.lemma_.lower() in lexicon.SAID_THINGS for o in verb.children)


def _attends_to_a_discussion(verb: Token) -> bool:
    """'wanted to concentrate on the health care debate' says where effort goes; 'wants to focus on
    climate legislation' states a priority."""
    return verb.lemma_.lower() in lexicon.ATTENTION_VERBS and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lexicon.DISCUSSION_NOUNS
        for p in verb.children if p.dep_ == "prep" for o in p.children)


def _is_headline(sentence) -> bool:
    """A title-case line ('Obama Seeks More Muslim Refugees As He Recognizes ...'): the parse and
    the entities of such lines cannot be trusted."""
    words = [word for word in parse_columns(sentence.doc).text[sentence.start:sentence.end]
             if word.isalpha() and len(word) > 3]  # Token.is_alpha is str.isalpha of its text
    return len(words) >= 4 and sum(1 for word in words if word[0].isupper()) >= 0.8 * len(words)


def _complementizer_read_as_subject(cue: Token) -> bool:
    """'the announcement from the Obama administration that proposed exploratory drilling ... will be
    suspended': the parser made 'that' the subject of a relative clause on 'proposed' where it opens
    the announcement's content; the giveaway is the auxiliary right after the clause whose verb has
    no subject of its own."""
    if cue.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "that" for c in cue.children):
        return False
    after = cue.right_edge.i + 1
    if after >= len(cue.doc) or cue.doc[after].pos_ != "AUX" or cue.doc[after].dep_ not in ("aux", "auxpass"):
        return False
    verb = cue.doc[after].head
    return verb.i > after and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children)


def _refused(token: Token) -> bool:
    """The verb a refusal governs ('refused to pledge', 'declined to accept'): the refusal is the stance."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in ("refuse", "decline")


def _failed_to(token: Token) -> bool:
    """The verb a failure governs ('failed three times to refuse the endorsement'): not done, so not held."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail"


def _negated(token: Token) -> bool:
    """'did not accept', 'never agreed', 'nor did he support', 'failed to refuse'; for an adjective its
    copula counts, and for 'in favor of' the verb the phrase hangs from ('I am not in favor of')."""
    if _refused(token) or _failed_to(token):
        return True  # "refused to pledge to release his tax returns", "refused to accept any blame"
    if token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].lemma_.lower() in lexicon.ABSTAINING_VERBS:
        return True  # "decided to forego seeking a tax deduction" (the parser loses the link, not the order)
    heads = [token] + ([token.head] if token.dep_ in ("acomp", "attr") or _is_copular_against(token)
                       or token.dep_ == "xcomp" and token.pos_ == "VERB"
                       and (token.head.lemma_ in ("be", "would", "will")
                            or token.head.lemma_ == "go" and token.head.tag_ == "VBG") else [])
    # "is not going to accept": the future's "going" carries the negation
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ == "in" \
            and token.lemma_.lower() in lexicon.FAVOR_NOUNS:
        heads.append(token.head.head)  # "I am not in favor of any kind of legislation"
    for head in heads:
        for child in head.children:
            if child.dep_ == "neg" or child.lower_ in ("never", "nor", "neither") or \
                    child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children):
                return True  # "would no longer approve drilling permits"
            if child.dep_ == "prep" and child.i < head.i and _negative_phrase(child) and _in_the_slot_of_not(child, head):
                return True  # "Under no circumstances are we going to allow ...", "At no time did he agree"
    # "did not accept the request, nor did he support it", "has not mentioned or endorsed it"
    if token.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in token.children) and \
            not any(c.lower_ in ("nor", "neither") for c in token.head.children):
        return False
    return any(c.dep_ == "neg" or c.lower_ in ("nor", "neither", "never") for c in token.head.children if c.i < token.i)


def _negative_phrase(preposition: Token) -> bool:
    """'Under no circumstances', 'at no time', 'in no time', 'with no options': a phrase whose noun 'no' determines."""
    return any(d.dep_ == "det" and d.lower_ == "no" for o in preposition.children if o.dep_ == "pobj" for d in o.children)


def _in_the_slot_of_not(phrase: Token, verb: Token) -> bool:
    """A negative phrase before the verb negates its clause only where 'not' or 'never' could stand: between the
    subject and the verb ('will in no way accept', 'this level in no way limits BP's liability') unless commas set
    it off as an aside ('Salazar, with no hesitation, accepted'), or fronted with the auxiliary before the subject
    ('Under no circumstances are we going to allow', 'At no time did he agree': negative inversion). Fronted
    without inversion it is an adjunct of time or manner ('In no time at all, Congress approved the bill', 'With
    no other options left, Salazar accepted the plan'): the clause stays affirmative."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + ([verb] if verb.pos_ == "AUX" else [])
    if subject is None:
        return any(a.i < phrase.i for a in auxiliaries)
    if subject.i < phrase.i:
        return phrase.i == 0 or phrase.doc[phrase.i - 1].text != ","
    return any(phrase.i < a.i < subject.i for a in auxiliaries)


def _is_hypothetical(token: Token, sentence, modals: bool = True) -> bool:
    """A question, a condition ('if Russia agreed'), or a modal ('could accept'); 'would' only
    when the sentence is conditional (in reported speech it stands for 'will'). modals=False
    counts only questions and conditions."""
    if span_text(sentence).rstrip().rstrip('"”’\'').endswith("?"):
        return True
    if any(c.dep_ == "aux" and c.lower_.replace("’", "'") in ("would", "'d") and c.i + 1 < len(c.doc)
           and c.doc[c.i + 1].lower_ == "have" for node in [token, *token.ancestors] for c in node.children):
        return True  # "we'd have felt a bit rude asking for an upgrade": a counterfactual
    node = token
    if _is_inverted_question(token, sentence):
        return True
    while True:
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ in lexicon.CONDITION_MARKERS:
                return True
            if child.dep_ == "mark" and child.lower_ == "for" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                      for c in node.children) \
                    and not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in node.children):
                return True  # "it may be enough for Trump and Ryan to agree on ...": what would do, not what they
                # hold; "it is important for us to support ...": the speaker's own stance
            if child.dep_ == "advmod" and child.lower_ in lexicon.HEDGE_ADVERBS:
                return True  # "Or maybe they should stop the leak": a guess, not a demand
            if child.dep_ == "advmod" and child.lower_ in lexicon.MODAL_HEDGE_ADVERBS \
                    and any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children):
                return True  # "Russia will likely demand that ...": a forecast
            if modals and child.dep_ == "aux" and (child.lower_ in lexicon.HYPOTHETICAL_AUXILIARIES
                                                   or child.lower_ == "would" and _is_conditional(sentence)):
                return True
        if node.dep_ not in ("xcomp", "acomp", "conj", "ccomp") or node.head.i == node.i:
            return False
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in lexicon.OBLIGATION_VERBS:
            return True  # "Kyiv would need to give up Crimea", "expected Ukraine to cede"
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in lexicon.DELIBERATING_VERBS:
            return True  # "Cheney is considering urging Bush to order a callup": weighed, not yet done
        if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_.lower() in lexicon.SEEMING_VERBS:
            return True  # "it does seem that we should give this thing a little perspective": a hedge
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in lexicon.MEANING_VERBS:
            return True  # "it means we promise to buy vaccines from you": an explanation, not a pledge
        if node.dep_ == "ccomp" and (node.head.lemma_.lower() in lexicon.EPISTEMIC_ADJECTIVES or any(
                c.dep_ == "acomp" and c.lemma_.lower() in lexicon.EPISTEMIC_ADJECTIVES for c in node.head.children)):
            return True  # "it's unlikely that BP will give up its tax credit"
        node = node.head


def _is_conditional(sentence) -> bool:
    """A sentence with a condition's marker ('if', 'unless'): read only when a 'would' asks."""
    return any(t.lower_ in lexicon.CONDITION_MARKERS and t.dep_ == "mark" for t in sentence)


def _agrees_to_a_condition(cue: Token) -> bool:
    """'Dunn and John agreed that they'd support a Daniels candidacy if it emerged': what is agreed is
    what one would do under a condition (a modal and an 'if' clause in the content), not a stance held.
    Only agreeing: 'vowed that he would block the nomination if Democrats forced a vote' is a vow."""
    return cue.lemma_.lower() in lexicon.AGREEING_CUES and any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_.replace("’", "'") in lexicon.CONDITIONAL_MODALS
                                         for a in c.children)
               and any(v.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lexicon.CONDITION_MARKERS
                                                 for m in v.children) for v in c.children)
               for c in cue.children)


def _agrees_that_something_is(cue: Token) -> bool:
    """'D'Amato and Schumer agree this was a horrific crime', 'Smith agreed: "It's a different job"': agreeing
    that something is so (a copula with its complement, no modal) shares a judgement and accepts no issue;
    'agreed with Trump that a long-term settlement can be achieved' is agreeing to what should be."""
    return cue.lemma_.lower() in lexicon.AGREEING_CUES and any(
        c.dep_ == "ccomp" and (c.lemma_ == "be" or c.lower_.replace("’", "'") == "'s")
        and any(a.dep_ in ("attr", "acomp", "dobj") for a in c.children)
        and not any(a.tag_ == "MD" for a in c.children) and _judges_no_issue(c) for c in cue.children)


def _judges_no_issue(copula: Token) -> bool:
    """The copula's subject is a pronoun or demonstrative ('this was a horrific crime'), or its complement
    names no issue: 'agreed that the priority is an immediate ceasefire' accepts the ceasefire."""
    return any(s.dep_ == "nsubj" and (s.pos_ == "PRON" or s.tag_ == "DT") for s in copula.children) \
        or not any(a.dep_ in ("attr", "acomp") and _phrase_at(a) for a in copula.children)


def _inside_a_false_claim(cue: Token) -> bool:
    """'the debunked claim that Mr. Trump opposed the Iraq invasion', 'Rubio's claim that Cruz is in
    favor of legalizing illegal immigrants is simply not true', 'claiming without any evidence that
    President Obama wanted to take in 250,000 Syrian refugees': a stance in a claim the sentence
    calls false or unsupported is not held. A claim about oneself ('Trump said, repeating a false claim
    that he opposed the 2003 invasion': the pronoun is the claimant) still states one's stance."""
    for node in cue.ancestors:
        if not (node.lemma_.lower() in lexicon.CLAIM_WORDS and node.pos_ in ("NOUN", "VERB")
                or node.lemma_.lower() in lexicon.SAYING_CLAIM_VERBS and node.pos_ == "VERB"):
            continue
        if _claim_about_the_claimant(cue, node):
            return False
        if any(c.lemma_.lower() in lexicon.FALSITY_WORDS or c.lower_ in lexicon.FALSITY_WORDS for c in node.children
               if c.dep_ in ("amod", "advmod", "acomp")):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "without" and _names_evidence(c) for c in node.children):
            return True
        if node.dep_ in SUBJECT_DEPS and node.head.lemma_ == "be" and any(
                c.dep_ in ("acomp", "attr") and (c.lemma_.lower() in lexicon.FALSITY_WORDS
                                                 or c.lower_ == "true" and _negated(c)) for c in node.head.children):
            return True
    return False


def _claim_about_the_claimant(cue: Token, claim: Token) -> bool:
    """Whether the stance's subject is a pronoun standing for whoever makes the claim: the claim verb's
    subject, the claim noun's possessor, or the subject of the verb the claim noun is the object of
    ('Trump said, repeating a false claim that he opposed ...'), not of a verb taking a stance on it
    ('Ukraine rejected the unfounded claim that it opposed ...'). Another name the pronoun could
    stand for ('Haley attacked Trump, repeating the false claim that he opposed ...') leaves it open."""
    pronoun = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS
                    and c.lower_ in PERSONAL_PRONOUNS | FIRST_PERSON), None)
    if pronoun is None:
        return False
    if claim.pos_ == "VERB":
        claimants = [c for c in claim.children if c.dep_ == "nsubj"]
    else:
        claimants = [c for c in claim.children if c.dep_ == "poss"]
        verb = claim.head if claim.dep_ == "dobj" and claim.head.pos_ == "VERB" and not cue_stance(claim.head) else None
        while verb is not None and not claimants:
            claimants = [c for c in verb.children if c.dep_ == "nsubj"]
            verb = verb.head if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i else None
    if not claimants:
        return False
    if pronoun.lower_ in FIRST_PERSON or claimants[0].lower_ in PERSONAL_PRONOUNS | FIRST_PERSON:
        return pronoun.lower_ in FIRST_PERSON and claimants[0].lower_ in FIRST_PERSON or \
            pronoun.lower_ in PERSONAL_PRONOUNS and claimants[0].lower_ in PERSONAL_PRONOUNS
    claimant = {t.i for t in claimants[0].subtree}
    kinds = ("PERSON", "ORG") if pronoun.lower_ in MASCULINE_PRONOUNS | FEMININE_PRONOUNS else HOLDER_LABELS
    return not any(t.ent_type_ in kinds and t.pos_ == "PROPN" and t.i not in claimant
                   for t in cue.sent if t.i < pronoun.i)


def _names_evidence(without: Token) -> bool:
    """'without any evidence', 'without providing evidence' (the noun under the preposition's verb)."""
    objects = [o for o in without.children if o.dep_ == "pobj"] + [
        o for v in without.children if v.dep_ == "pcomp" for o in v.children if o.dep_ == "dobj"]
    return any(o.lemma_.lower() in lexicon.EVIDENCE_NOUNS for o in objects)


# ---------------------------------------------------------------- issues


@dataclass
class _Places:
    """Token index -> (place name, label) for the document's place mentions."""

    at: dict[int, tuple[str, int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, parsed: Doc, mentions: list[Mention]) -> _Places:
        places = cls()
        for mention in mentions:
            if mention.label not in PLACE_MENTION_LABELS:
                continue
            span = span_at(parsed, mention.start, mention.end)
            if span is None:
                continue
            for token in span:
                places.at[token.i] = (place_name(mention.text), span.start, span.end)
        # the small model misses many place names; "the Donetsk region" says Donetsk is one
        labelled = {parsed[i].i for m in mentions for i in range(*_token_range(parsed, m))}
        columns = parse_columns(parsed)  # every token's word, without a Token object for each
        regions = {columns.lower[i] for i, (pos, dep, head) in enumerate(zip(columns.pos, columns.dep, columns.head))
                   if pos == "PROPN" and dep == "compound" and i not in labelled
                   and columns.lemma[head] in lexicon.PLACE_SUFFIXES}
        for i, (lower, pos) in enumerate(zip(columns.lower, columns.pos)):
            if lower in regions and pos == "PROPN" and i not in labelled and i not in places.at:
                places.at[i] = (columns.text[i], i, i + 1)
        return places


def _token_range(parsed: Doc, mention: Mention) -> tuple[int, int]:
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


def place_name(text: str) -> str:
    """'the Donetsk region' -> 'Donetsk'."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while len(words) > 1 and words[-1].lower() in lexicon.PLACE_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _inside_longer_name(token: Token) -> bool:
    """'Talking' in 'Talking Points Memo', 'Management' in 'Minerals Management Service': a word of a
    longer name names no issue ('NATO' alone does)."""
    if not token.ent_type_ or token.ent_type_ in ("NORP", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return entity is not None and len(entity) > 1 and token.pos_ == "PROPN"


def noun_lemma(token: Token) -> str:
    """A noun's lemma, with the lemmatizer's known errors put right (lexicon.LEMMA_ERRORS: 'taxes' ->
    'taxis', seed-1422 sheet); rewriting every lemma that is no prefix of its word took plural
    endings off right lemmas ('lives' -> 'live', 'crises' -> 'cris')."""
    lemma = token.lemma_.lower()
    return lexicon.LEMMA_ERRORS.get(lemma, lemma) if token.pos_ == "NOUN" else lemma


def _phrase_at(token: Token) -> str | None:
    """The longest taxonomy phrase whose last word is this noun (lemma) and whose other words are
    its modifiers: 'security guarantees', 'NATO membership', 'immediate ceasefire' -> ceasefire."""
    if token.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ") or _inside_longer_name(token):
        return None
    lemma = noun_lemma(token)
    modifiers = {noun_lemma(child) for child in token.children if child.dep_ in ("compound", "amod", "nmod", "npadvmod")}
    modifiers |= {child.lower_ for child in token.children if child.dep_ in ("compound", "amod", "nmod")}
    best = None
    for phrase, words in _PHRASE_WORDS.items():
        if words[-1] not in (lemma, token.lower_):
            continue
        if all(word in modifiers for word in words[:-1]) and (best is None or len(words) > len(_PHRASE_WORDS[best])):
            best = phrase
    if best and token.pos_ == "ADJ" and len(_PHRASE_WORDS[best]) == 1:
        return None  # "territorial" alone is a modifier; its noun carries the issue
    if token.pos_ == "VERB" and token.dep_ in ("compound", "amod"):
        return None  # "Talking Points Memo"
    if token.pos_ == "VERB":  # "agreed to meet"; not "visit Louisiana", "meets company standards"
        objects = [c for c in token.children if c.dep_ == "dobj"] or \
            [c for conj in token.children if conj.dep_ == "conj" for c in conj.children if c.dep_ == "dobj"]
        if any(any(c.dep_ == "cc" for c in verb.children) and not any(c.dep_ == "conj" for c in verb.children)
               for verb in ([token, token.head] if token.dep_ == "xcomp" else [token])):
            return None  # "promising to meet and in some cases exceed his goals": the object went to the other verb
        if lemma not in lexicon.ISSUE_VERBS or any(o.pos_ != "PRON" and o.ent_type_ not in HOLDER_LABELS for o in objects) \
                or any(c.dep_ == "prep" and c.lower_ == "about" for c in token.children):
            return None  # "want to talk about the mindset of this company"
        if lemma == "talk" and not _talks_with_a_party(token):
            return None  # "Bob agreed to talk on the condition that his last name not be used": to a reporter
        return lexicon.ISSUE_VERBS[lemma]
    if best is None and token.pos_ == "NOUN" and lemma in lexicon.ENDING_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in ("to", "of") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in lexicon.FIGHTING_NOUNS for o in c.children)
            for c in token.children):
        return "ceasefire"  # "an early end to hostilities", "a halt to the fighting"
    if best is None or _hyphenated(token).startswith("self-"):
        return None  # "self-deportation" is another measure than deportation
    if best == "talk" and token.tag_ in ("NN", "NNP") and any(
            c.dep_ == "prep" and c.lower_ in ("of", "about") for c in token.children):
        return None  # "dismissed talk of a rift", "rejected talk of a ceasefire": speech about what follows;
        # plural "talks about a ceasefire" are negotiations
    if len(_PHRASE_WORDS[best]) == 1 and lemma in lexicon.PLURAL_ONLY_ISSUE_WORDS and token.tag_ in ("NN", "NNP"):
        return None  # "accepts a job at the store": one post, not jobs
    if _ISSUE_OF_PHRASE[best] == "legislation" and lemma == "bill" and (
            token.head.lemma_.lower() in lexicon.PAYING_VERBS or any(
                (token.head.lemma_.lower(), c.lower_) in lexicon.PAYING_PHRASAL_VERBS
                for c in token.head.children if c.dep_ == "prt")):
        return None  # "foot the entire clean-up bill", "pick up the Chipotle bill" are costs
    return _ISSUE_OF_PHRASE[best]


def _talks_with_a_party(verb: Token) -> bool:
    """'talk' names negotiations with a partner: a 'with' phrase ('agreed to talk with Kyiv') or
    more than one subject ('Russia and Ukraine agreed to talk'), or a country or body; one person
    talking, by name or pronoun, speaks."""
    if any(c.dep_ == "prep" and (c.lower_ == "with" or c.lower_ == "to" and any(
            o.dep_ == "pobj" and o.ent_type_ in HOLDER_LABELS for o in c.children)) for c in verb.children):
        return True  # "willing to talk to the US", "ready to talk to Putin"
    clause = verb.head if verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) else verb
    if clause.dep_ == "acomp" and clause.i != verb.i:
        clause = clause.head  # "Russia was ready to talk": the copula's subject
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return any(c.tag_ in ("NNS", "NNPS") or c.lower_ in ("we", "they", "it") or c.ent_type_ in ("GPE", "ORG", "NORP")
               or any(d.dep_ == "conj" for d in c.children) for c in subjects)


PLACE_LINKS = {"compound", "conj", "appos", "pobj", "dobj", "nmod", "poss", "attr"}
LAND_PREPOSITIONS = {"of", "from", "over", "to", "on", "for", "in"}


def _territorial_slot(token: Token, top: Token) -> bool:
    """Whether a place stands where land is given, taken or held: in the object of a territory
    word ('cede control of Donetsk', 'withdraw from Kherson'), or as the stance word's own object
    ('demanded Donetsk', 'insistence on Donetsk'). Circumstances ('a call with U.S. officials',
    'talks in Istanbul') are not such slots."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        head = node.head
        if node.dep_ == "prep" and node.lower_ not in LAND_PREPOSITIONS:
            return False
        if node.dep_ in ("compound", "nmod") and head.ent_type_ not in PLACE_ENT_TYPES \
                and head.lemma_.lower() not in lexicon.PLACE_SUFFIXES:
            return False  # "control of the Gulf of Mexico crisis": the crisis, not the place (a name with
            # its own "of" is the crisis' nmod, not a compound)
        if node.dep_ not in PLACE_LINKS and node.dep_ != "prep":
            return False
        if head.lemma_.lower() == "return" and head.pos_ == "NOUN" and not (node.dep_ == "prep" and node.lower_ == "of"):
            return False  # "urged him to delay his return to the Philippines": where he goes back to
        if head.lemma_.lower() in lexicon.TERRITORY_WORDS and (head.pos_ == "VERB" or head.lemma_.lower()
                                                                in lexicon.TERRITORY_NOUNS) \
                and not (node.dep_ == "prep" and node.lower_ == "in"
                                                                   and head.pos_ == "VERB"):
            return True
        if head.i == top.i:  # "demanded Donetsk", "insistence on Donetsk"; "backing Ukraine" backs a country
            named_here = node.i == token.i or node.dep_ == "prep" and token.head.i == node.i \
                or node.lemma_.lower() in lexicon.PLACE_SUFFIXES or node.dep_ == "prep" and token.dep_ == "compound" \
                and token.head.lemma_.lower() in lexicon.PLACE_SUFFIXES and token.head.head.i == node.i
            if not named_here:
                return False  # "asked a federal court in Houston": the place only locates the object
            if any(c.dep_ == "xcomp" for c in top.children) or (top.lemma_.lower(), node.lower_) == ("call", "on"):
                return False  # "urged Russia to withdraw", "called on Russia to ...": the addressee
            if node.dep_ == "prep" and any(c.dep_ == "dobj" for c in top.children):
                return False  # "sought another $200 million for Islamabad": who gets what is sought
            return cue_stance(top) in ("demand", "propose") and (
                node.dep_ in ("dobj", "attr") or node.dep_ == "prep" and node.lower_ in ("on", "for", "to", "over"))
        node = head
    return False


NAMED_LABELS = HOLDER_LABELS | {"LOC", "FAC"}


def _modifies_a_name(token: Token) -> bool:
    """'police' in 'police officer Betty Shelby', 'NATO' in 'NATO member Estonia': a word in a
    person's or place's title names no issue."""
    node = token
    while node.dep_ in ("compound", "amod", "nmod") and node.head.i != node.i:
        node = node.head
        if node.ent_type_ in NAMED_LABELS and node.ent_type_ != "NORP":
            return True
    return False


CIRCUMSTANCE_PREPOSITIONS = {"before", "after", "during", "since", "until", "following", "despite", "amid", "outside",
                             "like", "as", "than", "because", "at", "by", "within", "throughout", "beyond"}
CIRCUMSTANCE_DEPS = {"punct", "cc", "nsubj", "npadvmod", "advmod", "det", "nummod", "quantmod", "aux", "neg", "mark"}


def _leads_to_issue(child: Token) -> bool:
    """Below the stance word's own arguments: what a verb takes as arguments, and a noun's
    modifiers and phrases, not circumstances ('six weeks before the election', 'work outside the law')."""
    if child.dep_ in CIRCUMSTANCE_DEPS or child.dep_ == "prep" and child.lower_ in CIRCUMSTANCE_PREPOSITIONS:
        return False
    if child.head.pos_ in ("VERB", "AUX"):
        if child.dep_ == "prep" and child.lower_ not in TOPIC_PREPOSITIONS \
                and child.head.lemma_.lower() not in lexicon.TERRITORY_WORDS and not cue_stance(child.head):
            return False  # "want them to come in to the school": where they go, not what is wanted
        return _is_argument(child) or child.dep_ == "conj"
    if child.dep_ == "prep" and child.lower_ not in NOUN_TOPIC_PREPOSITIONS \
            and child.head.lemma_.lower() not in lexicon.TERRITORY_WORDS:
        return False  # "offers a link to Oxfam's relief fund": what the link leads to is not what is offered
    return True


NOUN_TOPIC_PREPOSITIONS = {"on", "for", "against", "about", "over", "of"}


TOPIC_PREPOSITIONS = {"on", "for", "against", "about", "over"}


def issues_under(top: Token, places: _Places) -> list[str]:
    """The issues in what `top` governs: the nearest ones, with what they are coordinated with
    ('NATO membership and the deployment of troops'); clauses of their own are not entered."""
    found: list[str] = []
    frontier = [(child, 1) for child in top.children if (_is_argument(child) or top.pos_ == "ADP" and child.dep_ in
                                                          ("pobj", "pcomp")) and not _clause_before_semicolon(child, top)
                and not _beyond_a_link_stamp(top, child)]
    best_depth = None  # an opposing "against" governs its object ("were against any agreement")
    while frontier:
        token, depth = frontier.pop(0)
        if depth > MAX_ISSUE_DEPTH or best_depth is not None and depth > best_depth + 1:
            continue
        if best_depth is not None and depth > best_depth and token.dep_ != "conj":
            continue
        if token.i in places.at and _territorial_slot(token, top):
            name = places.at[token.i][0]
            if name not in found:
                found.append(name)
                best_depth = best_depth or depth
            frontier.extend((child, depth + 1) for child in token.children if child.dep_ == "conj")
            continue
        issue = _phrase_at(token) if not _modifies_a_name(token) else None
        if issue and ISSUE_FAMILY.get(issue) == "territory":  # "the occupation of Crimea" is about Crimea
            named = [places.at[t.i][0] for t in token.subtree if t.i in places.at and _territorial_slot(t, top)]
            if named:
                issue = named[0]
        if not issue and _undoes_what_it_governs(token, places) and token.pos_ in ("VERB", "NOUN") \
                and token.dep_ not in ("compound", "amod") and not (depth > 2 and token.dep_ == "relcl"):
            # a "block grant" is no act; "rejected objections to a case that has blocked the trial": what the
            # case did describes it, the objections are rejected, not a blocking
            # "opposed defunding Planned Parenthood" is not opposing health care: the act is the issue
            act = _act_issue(token, places)
            if act and act not in found:
                found.append(act)
                best_depth = best_depth or depth + 1  # its object sits one deeper: "agree to a ceasefire and withdraw its troops"
            frontier.extend((child, depth + 1) for child in token.children if child.dep_ == "conj")
            continue  # "efforts to defund it and cut Medicaid": the act names nothing, its conjunct does
        if issue and issue not in found:
            found.append(issue)
            best_depth = best_depth or depth
        if depth > 1 and (token.dep_ in ("relcl", "advcl", "parataxis", "ccomp") and not _is_content_clause(token)
                          or token.dep_ == "acl" and token.tag_ == "VBN"):
            continue  # a clause of its own; "parties found to have broken the law" describes the parties
        if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.CLAIM_WORDS:
            continue  # "dismissed the baseless claim that Biden opposed a ceasefire": the claim, not the ceasefire
        if token.pos_ == "VERB" and (token.lemma_.lower() in lexicon.PREVENTION_VERBS or _attends_to_a_discussion(token)):
            continue  # "pledged to avoid megaphone diplomacy" is not for diplomacy, "wanted to concentrate
            # on the health care debate" not for health care
        frontier.extend((child, depth + 1) for child in token.children if _leads_to_issue(child))
    return found


def _undoes_what_it_governs(token: Token, places: _Places) -> bool:
    """An act in lexicon.REVERSING_ACTS, or a phrasal one with its particle ('roll back', not 'roll out'),
    or leaving what is its object and nothing more ('to leave the European Union', not 'leave it untouched')."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.LEAVING_ACTS and token.pos_ == "VERB":
        deps = {c.dep_ for c in token.children}
        keeps = any(c.dep_ == "prep" and c.lower_ in ("to", "in") or c.dep_ == "advmod" and c.lower_ in lexicon.LEFT_AS_IT_IS
                    for c in token.children)  # "leave abortion decisions to women", "leave Social Security alone"
        return "dobj" in deps and not keeps and not deps & {"oprd", "acomp", "ccomp", "xcomp", "nsubjpass", "dative"}
    if lemma in lexicon.WITHDRAWING_ACTS and token.pos_ == "VERB":
        return _withdrawn(token, places) is not None
    return lemma in lexicon.REVERSING_ACTS or any(
        (lemma, c.lower_) in lexicon.REVERSING_PHRASAL_ACTS for c in token.children if c.dep_ == "prt")


def _withdrawn(verb: Token, places: _Places) -> Token | None:
    """What a withdrawing verb takes back, its object: 'willing to withdraw troops' is the troops' withdrawal,
    not support for troops. None for land ('withdraw from Kherson', 'withdraw its forces from the Donetsk
    region' keep their territory slot) and for a stance ('withdrew its support')."""
    if any(t.i in places.at for p in verb.children if p.dep_ == "prep" and p.lower_ in ("from", "out") for t in p.subtree):
        return None  # land named: the territory slot reads it
    return next((o for o in verb.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and o.i not in places.at
                 and o.lemma_.lower() not in lexicon.PLACE_SUFFIXES | lexicon.TERRITORY_NOUNS
                 and o.lemma_.lower() not in lexicon.STANCE_NOUNS), None)


def _act_issue(act: Token, places: _Places) -> str | None:
    """An act that undoes what it governs: a verb named with its object ('block other syrian refugee'),
    None when its object names nothing ('efforts to defund it'); a noun as _noun_phrase names it, with
    its 'on/of/for/against' phrase when it has one ('suspension of nuclear deal', else bare 'repeal')."""
    if act.pos_ == "NOUN":
        return _noun_phrase(act, places)
    obj = _withdrawn(act, places) if act.lemma_.lower() in lexicon.WITHDRAWING_ACTS else \
        next((c for c in act.children if c.dep_ in ("dobj", "nsubjpass")), None)
    phrase = None if obj is None else places.at[obj.i][0] if obj.i in places.at else _noun_phrase(obj, places)
    # "to leave the European Union": the named place or union left
    negation = "not " if any(c.dep_ == "neg" for c in act.children) else ""
    # "urged Americans not to cancel travel plans": asked not to cancel (round-30 sheet row 88 read a demand to
    # cancel), as `specific_issue` names "not expand offshore oil drilling"
    return f"{negation}{_act_name(act)} {phrase}" if phrase else None


def _act_name(verb: Token) -> str:
    """A verb naming an act, with the particle that makes it a phrasal verb of its own meaning: 'break up the big
    banks' is not breaking them, 'roll back regulations' not rolling them ('break up big bank', 'take over BP')."""
    base = verb.lower_ if verb.tag_ == "VB" else verb.lemma_.lower()  # the lemmatizer's "hamstre" of "to hamstring"
    return " ".join([base] + [c.lower_ for c in verb.children if _particle_of(c, verb)])


def _particle_of(token: Token, verb: Token) -> bool:
    """A particle right after its verb ('set up a fund'); one after the object ('we should get that sealing cap on')
    would be named before the object, where it reads another verb ('get on cap')."""
    return token.dep_ == "prt" and token.i == verb.i + 1


def _frames_only(verb: Token) -> bool:
    """'the leaked oil ... should be put in context': a placing verb whose place is a way of seeing
    (`lexicon.FRAMING_NOUNS`) argues about its object; it names no act done to it."""
    return verb.lemma_.lower() in lexicon.PLACING_VERBS and any(
        p.dep_ == "prep" and p.lower_ in ("in", "into") and any(o.lemma_.lower() in lexicon.FRAMING_NOUNS for o in p.children)
        for p in verb.children)


def _vague_verb(verb: Token) -> bool:
    """A verb too general to name an act ('take steps', 'make a move'); with a particle it is a phrasal verb of its
    own ('take over BP', 'take in refugees')."""
    return verb.lemma_.lower() in lexicon.VAGUE_ISSUE_WORDS and not any(_particle_of(c, verb) for c in verb.children)


def _beyond_a_link_stamp(top: Token, token: Token) -> bool:
    """A run of links stamped with their age ('Obama calls for ` clean energy future \' in Oval Office address - 10 hrs
    ago Bangkok Post ... - 15 hrs ago The Scotsman Major US oil firms ...'): what lies past a stamp is another link's
    headline, which the parser hangs on the first one's verb (the issue read 'Scotsman Major US oil ready firm')."""
    start, end = sorted((top.i, token.i))
    return bool(AGE_STAMP.search(top.doc[start:end + 1].text))


def _clause_before_semicolon(child: Token, top: Token) -> bool:
    """'Much depends on the outcome of a criminal investigation ...; Transocean is asking a judge to
    limit its liability': the parser hangs the clause before a semicolon on the verb after it."""
    return child.dep_ == "ccomp" and child.i < top.i and any(t.text == ";" for t in top.doc[child.i:top.i])


ARGUMENT_DEPS = {"dobj", "xcomp", "ccomp", "attr", "oprd", "acomp", "compound", "amod", "acl", "appos", "nmod", "dative"}
ARGUMENT_PREPOSITIONS = {"on", "for", "to", "of", "about", "over", "against", "from", "into", "toward", "towards"}


def _is_content_clause(token: Token) -> bool:
    """'a demand that Putin agree ...': a clause saying what the noun holds, parsed as relcl or acl."""
    return token.dep_ in ("relcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _is_argument(child: Token) -> bool:
    """What a stance is about: objects and complements, 'on/for/to/against ...' phrases, the
    subject of a passive with its agent ('the moratorium was panned by industry groups'); not
    circumstances ('after meeting Zelensky', 'in a call with Trump') nor coordinated clauses."""
    if child.dep_ == "nsubjpass":
        return any(c.dep_ == "agent" for c in child.head.children)
    if child.dep_ == "prep":
        return child.lower_ in ARGUMENT_PREPOSITIONS
    if child.dep_ == "amod" and child.head.pos_ == "VERB":
        return False
    infinitive = child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return child.dep_ in ARGUMENT_DEPS or _is_content_clause(child) or infinitive


def _scope(cue: Token) -> tuple[Token, list[Token]]:
    """What the stance is about: the cue's own dependents, plus for a participle or relative clause
    the noun it modifies ('a condition accepted by Zelenskyy') and what that noun is in apposition to."""
    extra: list[Token] = []
    if cue.dep_ in ("acl", "relcl") and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep") for c in cue.children
                                                 if c.dep_ != "agent"):
        noun = cue.head
        extra.append(noun)
        if noun.dep_ == "appos":
            extra.append(noun.head)
    return cue, extra


# ---------------------------------------------------------------- holders


def _holder_tokens(holder: Token) -> tuple[int, int]:
    """Token range of the holder's name: the head with its compounds and flat name parts."""
    parts = [holder] + [c for c in holder.children if c.dep_ in ("compound", "flat") and c.i < holder.i
                        and not (holder.ent_type_ == "NORP" and c.ent_type_ not in ("", "NORP"))]
    # "top Senate Democrats" are Democrats: a chamber or place before a party word is no part of its name
    return min(t.i for t in parts), holder.i + 1


def _part_of_a_group(holder: Token) -> bool:
    """A people or party word ('Republicans', 'Cuban-Americans') holds a position for the group only when it
    names the group: a quantified part of it ('both Cuban-Americans', 'only half a dozen Senate Republicans':
    a number or a quantifying determiner) is some of its members, and 'the Kentucky Republican' (the
    singular with 'the') describes one person (seed-1421 sheet). 'Other Republicans' still stand for the
    party (judged right on the seed-1420 sheet)."""
    if holder.ent_type_ != "NORP" or holder.pos_ not in ("PROPN", "NOUN"):
        return False
    if any(c.dep_ in ("nummod", "quantmod", "preconj", "predet") or c.dep_ == "det" and c.lower_ in lexicon.QUANTIFYING_DETERMINERS
           for c in holder.children):
        return True
    return holder.tag_ in ("NNP", "NN") and any(c.dep_ == "det" and c.lower_ == "the" for c in holder.children)


GROUP_LABEL = "NORP"  # a group holder's mention: like "Republicans", a group of people, linked by its name


def _names_a_group(noun: Token) -> bool:
    """'industry groups', 'environmentalists', 'federal officials': a plural common noun naming a kind of people
    or bodies (the heads `nlp.lexicon` lets speak: SPEAKER_NOUNS, ROLE_HEADS) holds a position as a group of its
    own (docs/positions.md, "Group holders"). A role ('officials', 'leaders') is a group only with the word that
    says whose ('federal officials'); a quantified part ('many environmentalists', 'two officials'), someone's
    ('its employees', 'Scott's family': a named party's members), an 'of' phrase ('members of Congress') and a
    proper noun or name are not groups of their own."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.ent_type_ \
            or noun.lemma_.lower() not in SPEAKER_NOUNS | ROLE_HEADS:
        return False
    if any(c.dep_ in ("nummod", "quantmod", "preconj", "predet", "poss") or c.dep_ == "det" and c.lower_ != "the"
           or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "amod" and c.lower_ in lexicon.QUANTIFYING_DETERMINERS
           for c in noun.children):
        return False
    return noun.lemma_.lower() not in ROLE_HEADS | HUMAN_KIND_NOUNS or bool(_group_modifiers(noun))


# The general words for human beings name no kind of people: like a role, they are a group only with the word that
# says which ('local people', 'young women'); bare 'people' is anyone (MJ_bbc 2010-08-01: 'people called upon him
# to challenge corruption' became an actor 'people', merged with every other article's).
HUMAN_KIND_NOUNS = {"person", "people", "man", "woman"}


def _group_modifiers(noun: Token) -> list[Token]:
    """The words that say which group ('industry' groups, 'federal' officials, 'pro-drilling' lawmakers); not
    'other', which sets the group apart from one named before."""
    return [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
            and c.lower_ not in ("other", "such") and not c.ent_type_ in ("ORDINAL", "CARDINAL")]


def _group_span(noun: Token) -> tuple[int, int]:
    """Token range of a group's name: its modifiers (with their hyphenated parts) and the noun."""
    modifiers = _group_modifiers(noun)
    return (min(m.left_edge.i for m in modifiers) if modifiers else noun.i), noun.i + 1


def group_holder_mentions(parsed: Doc, claims: list[Claim], mentions: list[Mention]) -> list[Mention]:
    """A mention for each group holding a claim ('The new moratorium was panned by industry groups'), so that
    entity linking makes the group an actor like a named one: one per name, merged across documents by it."""
    named = [(m.start, m.end) for m in mentions if m.label in HOLDER_LABELS]
    found: dict[tuple[int, int], Mention] = {}
    for claim in claims:
        span = parsed.char_span(claim.holder_start, claim.holder_end)
        if span is None or (claim.holder_start, claim.holder_end) in found or not _names_a_group(span.root) \
                or _group_span(span.root) != (span.start, span.end) \
                or any(s < span.root.idx + len(span.root) and span.root.idx < e for s, e in named):
            continue  # "US senators" is a group (the claim's span is the group's, not the US's)
        found[(claim.holder_start, claim.holder_end)] = Mention(claim.doc, claim.holder_start, claim.holder_end,
                                                              span.text, GROUP_LABEL)
    return list(found.values())


def _members_of_a_collective(noun: Token) -> Token | None:
    """'A group of doctors in 2015 sent a letter ..., calling for his dismissal': a collective noun
    (`lexicon.COLLECTIVE_NOUNS`) is a body of the kind of people its 'of' phrase names, so that phrase's
    plural is the group holder when it names a group (`_names_a_group`: 'a coalition of nearly 40 groups',
    a count, is some of them, as the group rule reads any quantified part)."""
    if noun.lemma_.lower() not in lexicon.COLLECTIVE_NOUNS or noun.tag_ != "NN":
        return None
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and _names_a_group(o)), None)


def _person_named_before(noun: Token) -> Token:
    """'Professor Dan Olweus from University of Bergen in Norway, who called for ...': 'who' is the
    person the place or organisation phrase hangs from, which the parser attached the clause past."""
    node = noun
    while node.ent_type_ != "PERSON" and node.dep_ in ("pobj", "appos", "compound", "conj") and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            # the phrase may hang from the verb: "talks to X from Y" (a preposition opening the text has nothing before it)
            before = node.doc[node.head.i - 1] if node.head.i > 0 else None
            node = before if before is not None and before.ent_type_ == "PERSON" else node.head.head
        else:
            node = node.head
    return node if node.ent_type_ == "PERSON" and node.pos_ == "PROPN" else noun


def _subject_of_predicate_noun(noun: Token) -> Token | None:
    """'Donald Trump is a serial liar, ..., misogynist and birther who has repeatedly pledged to ban all Muslims':
    the noun a relative clause hangs on, or the list it ends, is what the copula says its subject is, so the clause
    says it of the subject. The subject of a copula coordinated with an earlier verb is that verb's ('Trump
    regularly incites violence and is a ... birther who ...'). None when the noun is no predicate noun."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "attr" or first.head.lemma_.lower() != "be":
        return None
    copula = first.head
    while True:
        subjects = [c for c in copula.children if c.dep_ in ("nsubj", "expl")]
        if subjects:  # "It was Obama who proposed ...": a cleft names the holder in the predicate
            return None if subjects[0].dep_ == "expl" or subjects[0].lower_ in ("it", "this", "that") else subjects[0]
        if copula.dep_ != "conj" or copula.head.i == copula.i:
            return None
        copula = copula.head


MASCULINE_PRONOUNS = {"he", "him", "his", "himself"}
FEMININE_PRONOUNS = {"she", "her", "hers", "herself"}


def _other_gender_unanchored(pronoun: Token, antecedent: Token) -> bool:
    """Whether the pronoun's sentence also has a singular pronoun of the other gender that has nobody
    to stand for but the antecedent: then one of the two is the antecedent, and which one is not in
    the parse ('Shelby said he refused to follow her commands'). A person the sentence names besides
    the antecedent takes the other pronoun ('Clinton said she would press Obama to change his policy')."""
    others = FEMININE_PRONOUNS if pronoun.lower_ in MASCULINE_PRONOUNS else \
        MASCULINE_PRONOUNS if pronoun.lower_ in FEMININE_PRONOUNS else set()
    if not any(t.lower_ in others for t in pronoun.sent):
        return False
    return not any(ent.label_ == "PERSON" and not ent.start <= antecedent.i < ent.end and ent[-1].text != antecedent.text
                   for ent in pronoun.sent.ents)


SINGULAR_PERSON_PRONOUNS = MASCULINE_PRONOUNS | FEMININE_PRONOUNS


def _number_disagrees(pronoun: Token, antecedent: Token) -> bool:
    """Whether a pronoun for one person ('he', 'she') would stand for a plural noun: 'critics complaining that she
    is too blase ..., even though she was among the first lawmakers to call for a federal investigation' (she is
    not the critics; the climb goes on past them). 'It' may stand for 'the United States', 'they' for a company,
    so only the person pronouns are checked, and only against a plural common noun in lower case: the tagger reads
    names ending in -s as plural nouns ('Sanders has said he opposed the 2007 immigration bill')."""
    return pronoun.lower_ in SINGULAR_PERSON_PRONOUNS and antecedent.tag_ == "NNS" and antecedent.is_lower \
        and not antecedent.ent_type_


def _nearest_conjunct_of_singular_clause(clause: Token) -> Token:
    """'Trump and Cruz, who has openly opposed ground troops': the parser hangs the relative clause on
    the first of coordinated names, but a verb in the singular agrees with the one just before it."""
    antecedent = clause.head
    verbs = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if not any(v.tag_ == "VBZ" for v in verbs):
        return antecedent
    conjuncts = [c for c in antecedent.conjuncts if antecedent.i < c.i < clause.i]
    return max(conjuncts, key=lambda c: c.i) if conjuncts else antecedent


def _picked_out_by_the_stance(group: Token, cue: Token) -> bool:
    """'Republicans who have praised his candidacy', 'House Republicans supporting the bill': a people
    or party word narrowed by a restrictive clause (no comma) that holds the stance names only the part
    of the group the stance picks out, not the group (seed-1422 sheet rows 29, 72, 77)."""
    return group.ent_type_ == "NORP" and _narrowed_by_the_stance(group, cue)


def _narrowed_by_the_stance(group: Token, cue: Token) -> bool:
    """'officials who backed the plan': the stance's clause picks out part of the group (see above)."""
    clause = cue
    while clause.head.i != clause.i and clause.head.i != group.i:
        clause = clause.head
    if clause.head.i != group.i or clause.dep_ not in ("relcl", "acl"):
        return False
    between = group.doc[min(group.i, clause.left_edge.i): max(group.i, clause.left_edge.i)]
    return not any(t.text in (",", "—", "(") for t in between)


def _restated_possessor(noun: Token) -> Token | None:
    """The named possessor a stance noun's possessive pronoun stands for (`_possessor_of_the_same_thing_before`)."""
    return next((found for c in noun.children if c.dep_ == "poss"
                 for found in [_possessor_of_the_same_thing_before(c)] if found is not None), None)


def _possessor_of_the_same_thing_before(pronoun: Token) -> Token | None:
    """'Ryan voiced displeasure with some of Trump's proposals on immigration, in particular his proposal for a
    temporary ban': a possessive pronoun on a noun the sentence just named with a named possessor ('Trump's
    proposals') stands for that possessor, not the clause's subject (round-30 sheet row 50 gave the ban to Ryan)."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in SINGULAR_PERSON_PRONOUNS:
        return None
    thing = pronoun.head.lemma_.lower()
    for noun in reversed(pronoun.sent[:pronoun.i - pronoun.sent.start]):
        if noun.lemma_.lower() == thing and noun.pos_ == "NOUN":
            return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return None


def _resolve_holder(holder: Token, cue: Token) -> Token | None:
    """A relative pronoun stands for the noun its clause modifies ('Putin, who rejected');
    'he' for the subject of the clause above ('Putin indicated he would be willing', 'Trump said ...
    but he backed off'); otherwise None for a pronoun (no coreference here)."""
    lower = holder.lower_
    if lower in RELATIVE_PRONOUNS:
        clause = holder.head
        while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ not in ("relcl", "acl"):
            return None
        antecedent = _nearest_conjunct_of_singular_clause(clause)
        described = _subject_of_predicate_noun(antecedent) if lower == "who" else None
        if described is not None and described.lower_ in PERSONAL_PRONOUNS:
            return _resolve_holder(described, cue)  # "he is a senator who has called for ..."
        if described is not None and (described.pos_ == "PROPN" or described.ent_type_ in HOLDER_LABELS):
            return described  # "Trump is a ... birther who has pledged": Trump; not "the problem is lawmakers who ..."
        if lower != "who" or antecedent.i != clause.head.i:
            return antecedent  # "Merkel and Hollande, who has opposed": Hollande even untagged, not climbed back to Merkel
        return _person_named_before(antecedent)
    if lower in PERSONAL_PRONOUNS:
        restated = _possessor_of_the_same_thing_before(holder)
        if restated is not None:
            return restated
        node = holder.head
        while node.head.i != node.i:
            parent = node.head
            if node.dep_ in ("ccomp", "conj", "xcomp", "advcl") or holder.dep_ == "poss" and node.pos_ == "VERB":
                clause = parent if node.dep_ in ("ccomp", "conj", "xcomp", "advcl") else node
                subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < holder.i]
                if subjects and subjects[0].lower_ not in PERSONAL_PRONOUNS | FIRST_PERSON | RELATIVE_PRONOUNS \
                        and not _number_disagrees(holder, subjects[0]):
                    return None if _other_gender_unanchored(holder, subjects[0]) else subjects[0]
            node = parent
        return None
    if holder.pos_ not in ("PROPN", "NOUN"):
        return None
    return holder


# ---------------------------------------------------------------- claims


def stance_word_candidates(parsed: Doc) -> list[int]:
    """Indices of the tokens whose lemma, in any case, `cue_stance` knows."""
    return tokens_with_lemma_in(parsed, _STANCE_WORD_LEMMAS, fold_case=True)


def extract_claims(parsed: Doc, doc: Document, timexes: list[Timex], mentions: list[Mention],
                   quotes: list[Quote]) -> list[Claim]:
    """Every stance an actor is said to hold in one parsed document (see the module docstring); the listing
    rule (`is_listed`) marks the ones the default listing shows."""
    places = _Places.of(parsed, mentions)
    named = _named_tokens(parsed, mentions)
    stance_tokens = {i for i in stance_word_candidates(parsed) if cue_stance(parsed[i])}
    claims: list[Claim] = []
    seen: set[tuple] = set()
    matches = [(cue_i, parsed[rest[-1]]) for _, (cue_i, *rest) in _holder_matches(parsed)]
    matches += _speaker_phrase_cues(parsed, quotes, stance_tokens, {cue_i for cue_i, _ in matches}, named)
    for cue_i, holder in matches:
        cue = parsed[cue_i]
        stance = cue_stance(cue)
        if stance is None or _complementizer_read_as_subject(cue) or _is_hypothetical(cue, cue.sent) or _content_of_another_stance(cue, stance_tokens) \
                or _is_headline(cue.sent) or _offers_nothing(cue) or _refuses_to_speak(cue) \
                or _commits_to_another_stance(cue) or _agrees_to_a_condition(cue) or _agrees_that_something_is(cue) \
                or _inside_a_false_claim(cue) or _rejects_something_said(cue) or _generic_statement(cue) \
                or _acceptance_as_a_practice(cue) \
                or _acts_on_itself(cue):
            continue
        stance_word = cue  # what dates the stance: "willing" in "willing to cede Zaporizhzhia by 2026"
        readied = _readied_verb(cue)  # "willing to cede Zaporizhzhia" is a concession
        if readied is not None:
            cue, stance = readied, cue_stance(readied)
        if _negated(cue):
            stance = lexicon.NEGATED_STANCES.get(stance)
            if stance is None:
                continue
        quote = _quote_around(quotes, cue.idx)
        if quote is not None and quote.negated and not _cue_is_stance(parsed, quote, stance_tokens):
            continue  # "denied that Russia rejected the plan": not stated as held; "rejected Putin's
            # demand for Donetsk" still says Putin demanded it
        holder_spans = [holder] if isinstance(holder, tuple) else \
            [span for span in (_holder_span(parsed, h, cue, quote, quotes, named)
                               for h in _coordinated_holders(holder)) if span is not None]
        if not holder_spans:
            continue
        sentence = cue.sent
        date, date_range, held_before = _stance_date(stance_word, quote, _stance_timexes(cue, timexes), doc)
        found = _claims_of(cue, stance, places, stance_tokens - {cue.i})
        named_before = _definite_measure_named_before(cue, places) if not found else None
        if named_before is not None:
            found = [(named_before, stance, False)]  # "The new moratorium was panned by industry groups"
        if stance == "accept" and cue.lemma_.lower() in lexicon.AGREEING_CUES and _agrees_with_a_view(cue):
            found = [(issue, "support", earlier) for issue, _, earlier in found]  # "agreed that ... should be"
        if stance == "demand" and _asks_someone_unnamed(cue):
            named_places = {name for name, _, _ in places.at.values()}
            found = [f for f in found if f[0] not in named_places]
            # "called on residents to evacuate the capital, Port-au-Prince": an emergency request, no territory
        found = [(issue, stance_here, earlier or held_before) for issue, stance_here, earlier in found]
        for holder_span, (issue, stance_here, earlier) in ((h, f) for h in holder_spans for f in found):
            day = date or (None if date_range or earlier else _day_of_the_sentence_before(cue, holder_span, timexes, doc))
            measure = _measure_on_the_issue(cue, issue, places) or (issue if issue == named_before else None)
            issue = measure or issue  # "called for a moratorium on charter schools": the moratorium, not education
            key = (holder_span[0], issue, stance_here, earlier, sentence.start_char)
            if key in seen:
                continue
            seen.add(key)
            claims.append(Claim(
                doc=doc.id, start=sentence.start_char, end=sentence.end_char, holder_start=holder_span[0],
                holder_end=holder_span[1], holder_text=holder_span[2], issue=specific_issue(cue, issue, places),
                issue_family=issue_family(issue, places),
                stance=stance_here, cue=_cue_text(cue), date=None if earlier else day,
                date_range=None if earlier else date_range,
                quote=quote.id if quote is not None and holder_span[3] else None, earlier=earlier,
                action=_names_an_action(issue, sentence) and not _asks_someone_unnamed(cue),
                listed=is_listed(cue, issue_family(issue, places)) and not _family_word_behind_a_measure(cue, issue)
                and not (measure is None and issue not in ISSUE_FAMILY
                         and _own_operation(cue, _is_organisation(mentions, holder_span))),
                measure=measure is not None, detail=issue_detail(cue, issue),
            ))
    for claim in _demands_in_quotes(parsed, doc, timexes, quotes, places, stance_tokens):
        key = (claim.holder_start, claim.issue, claim.stance, False, claim.start)
        if key not in seen:
            seen.add(key)
            claims.append(claim)
    return claims


BACKGROUND_DEPS = ("relcl", "appos")


def _stance_timexes(cue: Token, timexes: list[Timex]) -> list[Timex]:
    """The time expressions that may date a stance: not those inside a relative clause or an apposition the stance
    word is not in, which tell about a participant ('NextGen Climate, which has invested heavily in efforts to put the
    2016 candidates on alert, has made the same demands ...': 2016 is no date of the demands; 'Rendell, who served as
    general chairman of the DNC during the 2000 election, agreed ...' was dated 2000). 'Obama, who on Tuesday called
    for ...' keeps its Tuesday: the stance word is inside that clause."""
    background = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in cue.sent
                  if t.dep_ in BACKGROUND_DEPS and not (t.left_edge.i <= cue.i <= t.right_edge.i)]
    return [x for x in timexes if not any(start <= x.start and x.end <= end for start, end in background)]


def _stance_date(cue: Token, quote: Quote | None, timexes: list[Timex], doc: Document,
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
    for timex in timexes:
        covered = value_range(timex.value) if timex.type in ("DATE", "TIME") else None
        if not covered or latest and covered[0].isoformat() > latest[:10] or timex.value == "PRESENT_REF":
            continue
        at = _stating_word_dated(cue.doc, timex, depth)
        if at is not None:
            by_depth.setdefault(at, []).append(timex)
    if by_depth:
        date, date_range = date_of_span(0, len(cue.doc.text), by_depth[min(by_depth)])
        if date or date_range:
            return date, date_range, False
    return None, None, own_words and _held_before(cue)


def _day_of_the_sentence_before(cue: Token, holder_span: tuple[int, int, str, bool], timexes: list[Timex],
                                doc: Document) -> str | None:
    """The day of the sentence before, for a stance whose sentence names no time of its own but continues it
    (#14 `posdate24`): "Obama on Monday toured the coast. He urged Americans not to cancel travel plans" was
    urged on Monday. Only in the same paragraph, only when the holder is that sentence's subject (a pronoun
    resolved to it, or the same name), and only for one day named on its main verb and not after the article."""
    from storyline.nlp.time.dating import value_range

    sentence = cue.sent
    if sentence.start == 0 or any(sentence.start_char <= t.start < sentence.end_char for t in timexes):
        return None
    if sentence.root.tag_ != "VBD":
        return None  # told in the simple past as the next step of the story; not "He has called for", "He says"
    before = cue.doc[sentence.start - 1].sent
    between = text_of(cue.doc)[before.end_char - 1:sentence.start_char] + before[-1].whitespace_
    if "\n" in between:
        return None  # never across a paragraph break
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or not _same_party(holder_span, subject):
        return None
    latest = doc.published or (doc.published_range[1] if doc.published_range else None)
    for timex in timexes:
        if not before.start_char <= timex.start < before.end_char or timex.type not in ("DATE", "TIME"):
            continue
        covered = value_range(timex.value)
        if not covered or covered[0] != covered[1] or latest and covered[0].isoformat() > latest[:10]:
            continue
        if _stating_word_dated(cue.doc, timex, {before.root.i: 0}) is not None:
            return covered[0].isoformat()
    return None


def _same_party(holder_span: tuple[int, int, str, bool], subject: Token) -> bool:
    """Whether the holder (a pronoun resolved to a name, or a name) is the party a subject names: the same
    characters, or the same last word ("Barack Obama" and "Obama")."""
    first, last = _holder_tokens(subject)
    start, end = subject.doc[first].idx, subject.doc[last - 1].idx + len(subject.doc[last - 1])
    if holder_span[0] < end and start < holder_span[1]:
        return True
    words = holder_span[2].split()
    return bool(words) and words[-1].lower() == subject.lower_


def _stance_date_path(cue: Token, quote: Quote | None) -> list[Token]:
    """The stance word and the words above it that state it (`lexicon.STANCE_DATE_PATH_DEPS`), then the cue of the
    quote it stands in when that is not among them (a quote whose saying verb is in another sentence)."""
    path = [cue]
    while _states_the_word_below(path[-1]):
        path.append(path[-1].head)
    if quote is not None and quote.cue_start is not None:
        said = span_at(cue.doc, quote.cue_start, quote.cue_end)
        if said is not None and all(t.i != said[-1].i for t in path):
            path.append(said[-1])
            while _states_the_word_below(path[-1]):
                path.append(path[-1].head)
    return path


def _states_the_word_below(word: Token) -> bool:
    """Whether the word's head states it at one time with it: a complement, object or conjunct
    (`lexicon.STANCE_DATE_PATH_DEPS`), or a participle with no subject of its own ('sent a letter to Hayward earlier
    this week demanding that payments be halted', 'took over the house last week vowing to roll back ...')."""
    if word.head.i == word.i:
        return False
    if word.dep_ in lexicon.STANCE_DATE_PATH_DEPS or _told_at_the_time_of_its_head(word):
        return True
    if word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lexicon.CONCESSIVE_MARKS for c in word.children):
        return True  # "Trump said ..., although he supports keeping troops there now": one statement
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in word.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
    return word.dep_ in ("advcl", "acl") and (word.tag_ == "VBG" or infinitive) and not own_subject


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
    while word.head.i != word.i and (_told_at_the_time_of_its_head(word) or word.dep_ == "advmod"):
        word = word.head  # "Back when it signed on to NAFTA more than 20 years ago, the United States pledged ...",
        if word.i in depth:  # "Back in May, ... Crone immediately asked the oil company to share ..."
            return depth[word.i]
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
    words = [verb] + ([verb.head] if verb.dep_ == "xcomp" or _infinitive_of_its_head(verb) else [])
    # "In the past, the White House has fought hard to defend both the Cadillac tax and ...": the verb it serves
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
            prior = child.lower_ in lexicon.PRIOR_ADVERBS and not (child.lower_ == "once" and word.dep_ == "advcl")
            if child.dep_ == "advmod" and (prior or perfect and child.lower_ in lexicon.HABITUAL_ADVERBS):
                return True
            if child.dep_ == "prep" and any((child.lower_, g.lower_) in lexicon.PRIOR_PHRASES and g.dep_ == "pobj"
                                            for g in child.children):
                return True
    return False


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


def _generic_statement(cue: Token) -> bool:
    """Whether the stance word stands in a generic statement, what a kind of party usually does: a verb at or
    above it (in its sentence) with an adverb of habit and a bare plural common noun for its subject ('Banks
    typically require companies like BP to put up collateral to back trades': no company backs trades as a
    stance). A named or determined subject ('Republicans typically oppose', 'the banks usually ...') is a party."""
    return any(node.pos_ in VERB_OR_AUX and any(c.dep_ == "advmod" and c.lower_ in lexicon.GENERIC_HABIT_ADVERBS
                                                for c in node.children)
               and any(_bare_plural(c) for c in node.children if c.dep_ == "nsubj") for node in (cue, *cue.ancestors))


def _acceptance_as_a_practice(cue: Token) -> bool:
    """An approval or acceptance told as what a party keeps doing or does as a rule ('MMS continues to approve new
    drilling at even deeper depths', 'the US Coast Guard routinely approved BP's requests'): an office's practice,
    acts of granting, not a stance it takes (refusing to approve, 'would no longer approve', stays a rejection)."""
    if cue_stance(cue) != "accept" or cue.pos_ != "VERB":
        return False
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.GENERIC_HABIT_ADVERBS for c in cue.children) \
        or cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lexicon.CONTINUING_VERBS


def _bare_plural(noun: Token) -> bool:
    """'Banks', 'companies': a plural common noun with no determiner, possessor or number, no entity, and no name
    among its modifiers ('Democratic politicians typically oppose taxing consumption' is a group named after a party,
    whose position that is)."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and not noun.ent_type_ \
        and not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children) \
        and not any(c.ent_type_ or c.is_title and not c.is_sent_start for c in noun.children
                    if c.dep_ in ("amod", "compound", "nmod"))


def _speaker_phrase_cues(parsed: Doc, quotes: list[Quote], stance_tokens: set[int], matched: set[int],
                         named: _Named) -> list[tuple[int, tuple[int, int, str, bool]]]:
    """(cue, holder span) for a stance verb the parse gives no subject that the attribution stage
    reads as part of a speaker phrase ('Attorney General Roy Cooper (D), McCrory's opponent in the
    upcoming gubernatorial election, called Friday for releasing the police videos, as well, saying
    ...': the parser hangs 'called' under 'election'): the name the speaker phrase resolves to
    holds it."""
    found = []
    for quote in quotes:
        if quote.speaker_start is None or quote.speaker_ref_start is None:
            continue
        start, end = quote.speaker_ref_start, quote.speaker_ref_end
        ref = span_at(parsed, start, end)
        if ref is None or not all(t.i in named for t in ref):
            continue  # a pronoun's antecedent or an unnamed speaker: the speaker phrase names nobody
        for i in sorted(stance_tokens - matched):
            cue = parsed[i]
            if cue.pos_ == "VERB" and quote.speaker_start <= cue.idx < quote.speaker_end and cue.idx >= end \
                    and not any(c.dep_ in SUBJECT_DEPS for c in cue.children) \
                    and not _said_of_the_speaker(cue, quote.speaker_start, quote.speaker_end, start, end) \
                    and not _picked_out_by_the_stance(ref.root, cue):
                found.append((i, (start, end, text_of(parsed)[start:end], False)))
    return found


def _said_of_the_speaker(cue: Token, phrase_start: int, phrase_end: int, name_start: int, name_end: int) -> bool:
    """'Gov. Pat McCrory, accused by opponents of backing the bill, said', 'Chris Christie, long
    rumored to favor the pipeline, said': a stance word below a passive participle or an adjective
    of the speaker phrase is what others say or think of the speaker, not the speaker's own stance."""
    for above in cue.ancestors:
        if not phrase_start <= above.idx < phrase_end or name_start <= above.idx < name_end:
            return False
        if above.tag_ == "VBN" or above.pos_ == "ADJ" or above.dep_ == "acomp" \
                or any(c.dep_ in ("auxpass", "agent") for c in above.children):
            return True
    return False


def is_listed(cue: Token, family: str) -> bool:
    """The listing rule (docs/positions.md): a stance word that is itself a public stance-taking act
    (a directive, an evaluation, a proposal) lists its claim, a directive only when addressed, if at
    all, to a party; any other stance word (a promise, an agreement, an offer, a request, a want)
    lists it only for an issue of a known family other than places and aid (`lexicon.DEED_FAMILIES`). Chosen on the structure of the judged rows of the
    seed-1408..1410 sheets: rows stated by promises, agreements, offers and requests on open issues
    were mostly efforts, deals and personal requests; "urged him to delay his return", "called on
    residents to evacuate" are requests."""
    lemma = cue.lemma_.lower()
    if lemma in lexicon.REQUEST_VERBS and cue.pos_ == "VERB" and _requested_for_someone(cue):
        return False  # "Cuba had asked for 28 visas for the trip", "asked for a visa Thursday for his client"
    if lemma in lexicon.PERMITTING_VERBS and cue.pos_ == "VERB":
        return True  # a permission refused for what is to come (the only use `cue_stance` gives a stance): "we are
        # not going to allow them to reopen the well" refuses in public, as "refused to let them reopen" does
    if lemma == "agree" and cue.pos_ == "VERB" and not any(c.dep_ == "xcomp" for c in cue.children):
        return True  # agreeing with a view ("agreed with Trump that a settlement can be achieved"), not to a deed
    if lemma not in lexicon.STANCE_TAKING_CUES:
        return listed_by_issue(family)
    if lemma not in lexicon.DIRECTIVE_CUES:
        return True
    asks = any(c.dep_ == "xcomp" for c in cue.children)  # "urged BP to"; "demanded full liberation" asks for a thing
    addressees = [c for c in cue.children if c.dep_ == "dobj" and asks] + [
        g for c in cue.children if c.dep_ == "prep" and c.lower_ == "on" and lemma == "call"
        for g in c.children if g.dep_ == "pobj"]  # "called on BP to"; "insists on guarantees" names no addressee
    addressees += [s for c in cue.children if c.dep_ == "ccomp" for s in c.children
                   if s.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in s.children)]
    # "demanding that a CBS News crew leave a beach area": an indefinite subject of the demanded clause is someone
    # the demand meets, not a party ("demanded that police release the video" asks the police)
    return all(a.pos_ == "PROPN" or a.ent_type_ in HOLDER_LABELS | {"NORP"} for a in addressees)
    # a party is named: "urged him to delay his return" (the seed-1408 sheet's one "him", judged
    # wrong) and "called on residents" / "lawmakers" (common nouns, mostly wrong there) are not


def _requested_for_someone(request: Token) -> bool:
    """A thing asked for with a 'for' phrase naming who or what it is for (the request's own second 'for',
    or one on the thing): an allocation ('28 visas for the trip', 'a visa for his client'), not a stance on
    the issue the thing belongs to. Only a counted thing ('28 visas') or one for a person ('his client')
    is allotted: 'NATO membership for Ukraine', 'a ceasefire for the duration of Ramadan', 'guarantees for
    its security' ask for the issue itself."""
    fors = [c for c in request.children if c.dep_ == "prep" and c.lower_ == "for"]
    objects = [c for c in request.children if c.dep_ == "dobj" and c.pos_ != "PRON" and c.ent_type_ not in HOLDER_LABELS]
    # "asked Congress for ...": the named object is who is asked, the 'for' phrase what
    thing, others = (objects[0], fors) if objects else \
        (next((o for o in fors[0].children if o.dep_ == "pobj"), None), fors[1:]) if fors else (None, [])
    if thing is None:
        return False
    allotments = [f for f in others + [c for c in thing.children if c.dep_ == "prep" and c.lower_ == "for"]
                  if not _names_a_time(f) and not any(o.dep_ == "pobj" and o.ent_type_ in HOLDER_LABELS | PLACE_LABELS
                                                      for o in f.children)]
    counted = any(c.dep_ == "nummod" for c in thing.children)
    return bool(allotments) and (counted or any(_a_persons(o) for f in allotments for o in f.children if o.dep_ == "pobj"))


def _a_persons(noun: Token) -> bool:
    """A noun possessed by a person ('his client', 'Elian's father'), not by a thing or a country ('its security')."""
    return any(p.dep_ == "poss" and (p.lower_ in ("his", "her") or p.ent_type_ == "PERSON") for p in noun.children)


def _family_word_behind_a_measure(cue: Token, issue: str) -> bool:
    """Whether a taxonomy issue's word stands below the noun phrase the stance acts on rather than heading
    it: the stance is then on that noun ('slammed Trump's comments about immigrants', 'opposes gun
    violence', 'promised to lead the fight against amnesty for illegal immigrants', 'offered few ideas
    for easing student debt'), or, for a word naming people, on what a verb does to them ('promised to
    deport 11 million undocumented immigrants'), whose direction the family does not say. Such a claim
    is stored but not listed. Stance nouns ('support for', 'a demand that') and nouns that are issues
    themselves ('a bill to tighten background checks') pass; a named place is judged by its slot."""
    if ISSUE_FAMILY.get(issue) in (None, "territory"):
        return False
    words = _issue_words(cue, issue)
    return bool(words) and all(_acted_on_by_another_word(word, cue) for word in words)


def _issue_words(cue: Token, issue: str) -> list[Token]:
    """The words below the stance word that name the issue ('gun' of 'defend gun rights')."""
    return [t for t in cue.subtree if t.i != cue.i and _phrase_at(t) == issue]


def _measure_on_the_issue(cue: Token, issue: str, places: _Places) -> str | None:
    """The measure a stance acts on when a taxonomy word stands in its 'on' phrase: 'called for a moratorium on
    charter schools' is about the moratorium on charter schools, not education, whose family would lose which way
    the measure goes (so the claim was stored unlisted, `_family_word_behind_a_measure`); a noun with an 'on' phrase
    names a thing bearing on it. Only 'on': 'comments about immigrants', 'the fight against amnesty' and 'gun
    violence' name no measure. An issue that is itself the control of its word ('gun control') takes a restriction
    on that word as itself ('pushing for new restrictions on guns'). The parser often hangs the 'on' phrase on the
    stance verb right after its object ('criticized the new moratorium on deepwater drilling', which listed
    climate and energy / oppose, the wrong way round): the object it follows is the measure."""
    if ISSUE_FAMILY.get(issue) in (None, "territory"):
        return None
    if issue.endswith(" control"):
        return _entitlement_of_the_word(cue, issue, places)
    for word in _issue_words(cue, issue):
        on = word.head
        if word.dep_ == "compound" and (_stance_slot(on, cue) or _halting_object(on, cue)) and _measure_noun(on) \
                and _family_word_behind_a_measure(cue, issue):
            phrase = _noun_phrase(on, places)  # "called for more school investment": the investment, not education
            if phrase is not None:
                return phrase
            continue
        if word.dep_ != "pobj" or on.dep_ != "prep" or on.lower_ != "on":
            continue
        if on.head.i == cue.i and cue.pos_ == "VERB":
            measure = next((o for o in cue.children if o.dep_ == "dobj" and o.pos_ == "NOUN" and o.right_edge.i + 1 == on.i),
                           None)
            named = _noun_phrase(measure, places) if measure is not None and _measure_noun(measure) else None
            if named is not None and " on " not in named:
                inner = [c.lower_ for c in word.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
                return f"{named} on " + " ".join(inner + [word.lower_ if word.pos_ == "NOUN" else word.text])
            continue
        if _measure_noun(on.head) and not _under_another_subject(on.head, cue) and _family_word_behind_a_measure(cue, issue):
            phrase = _noun_phrase(on.head, places)
            if phrase is not None and " on " in phrase:
                return phrase
    return None


def _stance_slot(noun: Token, cue: Token) -> bool:
    """The noun a stance verb asks for in its own 'for' phrase ('called for more school investment'). Not a direct
    object: 'would no longer approve drilling permits' rejects the drilling (climate and energy, judged right on the
    sheets), the permits only its instrument."""
    if cue.pos_ != "VERB":
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.dep_ == "prep" and noun.head.head.i == cue.i


def _entitlement_of_the_word(cue: Token, issue: str, places: _Places) -> str | None:
    """'defend gun rights' (was gun control / support, stored unlisted): an issue named for the control of its word
    is the other way round from an entitlement to that word (`lexicon.ENTITLEMENT_NOUNS`), so the entitlement with
    its compound is the issue, as a measure on the issue is."""
    for word in _issue_words(cue, issue):
        owner = word.head
        if word.dep_ == "compound" and owner.lemma_.lower() in lexicon.ENTITLEMENT_NOUNS \
                and (owner.dep_ == "dobj" and owner.head.i == cue.i or _stance_slot(owner, cue)):
            return _noun_phrase(owner, places)
    return None


def _halting_object(noun: Token, cue: Token) -> bool:
    """A stance verb's direct object that halts what its compound names ('oppose the drilling moratorium': for
    drilling, not against it; `lexicon.HALTING_MEASURE_NOUNS`). Other objects keep `_stance_slot`'s reading ('would no
    longer approve drilling permits' rejects the drilling)."""
    return cue.pos_ == "VERB" and noun.dep_ == "dobj" and noun.head.i == cue.i \
        and noun.lemma_.lower() in lexicon.HALTING_MEASURE_NOUNS


def _definite_measure_named_before(cue: Token, places: _Places) -> str | None:
    """'The new moratorium was panned by industry groups', 'criticized the new moratorium': a definite noun the
    stance acts on that says nothing of what it bears on is the measure the document names in full elsewhere with a
    taxonomy word ('its initial offshore deep-water drilling moratorium', 'a moratorium on deepwater drilling'), as a
    reader resolves a definite description by its head. Only a measure noun (`_measure_noun`) with 'the' and
    nothing of its own; the conjunct of a passive ('... and supported by environmentalists') acts on the subject."""
    if cue.pos_ != "VERB":
        return None
    objects = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and cue.dep_ == "conj" and any(c.dep_ == "agent" for c in cue.children):
        objects = [c for c in cue.head.children if c.dep_ == "nsubjpass"]
    noun = objects[0] if objects else None
    if noun is None or not _measure_noun(noun) or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or any(c.dep_ in ("compound", "prep", "poss", "acl", "relcl") for c in noun.children):
        return None
    for other in noun.doc:
        if other.i == noun.i or other.pos_ not in ("NOUN", "PROPN") or other.lemma_.lower() != noun.lemma_.lower():
            continue
        words = [c for c in other.children if c.dep_ in ("compound", "amod")] + [
            o for p in other.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
        if any(ISSUE_FAMILY.get(_phrase_at(w) or "") not in (None, "territory") for w in words):
            phrase = _noun_phrase(other, places)
            if phrase is not None:
                return phrase
    return None


def _measure_noun(noun: Token) -> bool:
    """A noun that may name a measure: no taxonomy word itself, no stance noun, no advice or insight."""
    return noun.pos_ == "NOUN" and _phrase_at(noun) is None and not cue_stance(noun) \
        and noun.lemma_.lower() not in lexicon.NOT_PROPOSALS


def _under_another_subject(token: Token, cue: Token) -> bool:
    """Whether a verb with a subject of its own, or another stance verb, stands between the token and the stance
    word: 'Trump calling for a ban on non-citizen Muslims from entering the country and others supporting an
    indefinite ban on Syrian refugees' (the others' ban, which the parser hangs under 'from')."""
    node = token.head
    while node.i != cue.i and node.head.i != node.i:
        if node.pos_ in VERB_OR_AUX and (any(c.dep_ in SUBJECT_OR_PASSIVE for c in node.children) or cue_stance(node)):
            return True
        node = node.head
    return False


def _acted_on_by_another_word(word: Token, cue: Token) -> bool:
    node = word.head
    while node.i != cue.i:
        if node.pos_ in ("NOUN", "PROPN") and _phrase_at(node) is None and node.lemma_.lower() not in lexicon.STANCE_NOUNS \
                and not cue_stance(node):
            return True
        if node.pos_ == "VERB" and word.lemma_.lower() in lexicon.PEOPLE_ISSUE_WORDS and _phrase_at(node) is None \
                and not cue_stance(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def listed_by_issue(family: str) -> bool:
    """The listing rule for a claim whose word takes no stance by itself (a promise, an agreement, a
    quoted modal 'should'): listed only for an issue of a known family other than places and aid."""
    return family != OPEN_ISSUE_FAMILY and family not in lexicon.DEED_FAMILIES


def _coordinated_holders(holder: Token) -> list[Token]:
    """'he and Trump had agreed to maintain close dialogue': each named subject holds it."""
    return [holder] + [c for c in holder.children if c.dep_ == "conj" and not _ends_a_list_of_places(c, holder) and (
        c.pos_ == "PROPN" and c.ent_type_ in HOLDER_LABELS or _names_a_group(c) and _names_a_group(holder))]
    # "Other industry groups and pro-drilling lawmakers also criticized the new moratorium": each group holds it


def _ends_a_list_of_places(conjunct: Token, holder: Token) -> bool:
    """'he and his fellow attorneys-general from Louisiana, Mississippi, and Florida would be writing': the parser hung
    the last place of the 'from' list on the subject (round-30 sheet row 84 gave "Florida" as the holder). The item
    just before it in the text is a place inside a prepositional phrase after the holder."""
    before = conjunct.i - 1
    while before > holder.i and conjunct.doc[before].dep_ in ("punct", "cc"):
        before -= 1
    item = conjunct.doc[before]
    while item.dep_ == "conj" and item.head.i != item.i:
        item = item.head
    return conjunct.ent_type_ in PLACE_ENT_TYPES and item.ent_type_ in PLACE_ENT_TYPES and item.dep_ == "pobj" \
        and item.i > holder.i


def _names_an_action(issue: str, sentence) -> bool:
    """An open issue made of a verb and its object ('release police video', 'plug well'): what
    `open_issue` writes for a clause. Open issues named by a bare thing ('a witty look', 'his milk',
    'help') are mostly no positions."""
    first = issue.removeprefix("not ").split()[0]  # "not expand offshore oil drilling"
    return issue not in ISSUE_FAMILY and any((t.pos_ == "VERB" or _clause_head_tagged_noun(t)) and t.lemma_.lower() == first
                                             for t in sentence)


def _asks_someone_unnamed(cue: Token) -> bool:
    """'asked the crowd to welcome the governor', 'urging them to send an ambulance': what someone
    no name identifies is asked to do is most often a personal or practical request, not a
    position ('urged BP to commit more resources' names who is asked, 'urging him to avoid
    escalating the war' one person named before)."""
    asked = [c for c in cue.children if c.dep_ == "xcomp"]
    if not asked:
        return False
    addressees = [c for c in cue.children if c.dep_ == "dobj"] + [
        g for c in cue.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    # "calling on internet users to apply a critical eye" asks them as "asked the crowd to" does
    if any(a.ent_type_ not in HOLDER_LABELS and a.pos_ != "PROPN" and a.lower_ not in ("him", "her") for a in addressees):
        return True
    return any(a.ent_type_ == "NORP" for a in addressees) and any(
        v.lemma_.lower() in lexicon.GIVING_VERBS for v in asked)
    # "urged Americans to send cash": an appeal to a country's public to give, not a party's position


class _Named(set):
    """Token indexes inside the document's mentions of people, organisations and governments, and
    `aliases`: each such mention's text -> the span of its first mention, for the same name left
    unlabelled elsewhere in the document."""

    aliases: dict[str, tuple[int, int]]


def _cue_is_stance(parsed: Doc, quote: Quote, stance_tokens: set[int]) -> bool:
    cue = span_at(parsed, quote.cue_start, quote.cue_end) \
        if quote.cue_start is not None and quote.cue_end is not None else None
    return cue is not None and any(t.i in stance_tokens for t in cue)


def _named_tokens(parsed: Doc, mentions: list[Mention]) -> _Named:
    found = _Named()
    found.aliases = {}
    for mention in mentions:
        if mention.label in HOLDER_LABELS:
            found.update(range(*_token_range(parsed, mention)))
            found.aliases.setdefault(mention.text, (mention.start, mention.end))
    return found


def _commits_to_another_stance(cue: Token) -> bool:
    """'vowed to veto the bill', 'wants to accept': the verb below carries the subject's stance."""
    return cue.lemma_.lower() in lexicon.COMMITMENT_VERBS and not _object_controls(cue) and \
        any(c.dep_ == "xcomp" and cue_stance(c) for c in cue.children)


def _object_controls(verb: Token) -> bool:
    """Whether the object of `verb` does what its infinitive says ('wants Ukraine to accept'); the
    object of a promise is only who is promised ('promised a Senate panel to ask BP to ...')."""
    return verb.lemma_.lower() not in lexicon.SUBJECT_CONTROL_VERBS and any(c.dep_ == "dobj" for c in verb.children)


def _demands_in_quotes(parsed: Doc, doc: Document, timexes: list[Timex], quotes: list[Quote], places: _Places,
                       stance_tokens: set[int]) -> list[Claim]:
    """'Clinton said the police must release the video', '"Ukraine should get guarantees," Hegseth
    said': what a speaker says someone should or must do is the speaker's demand ('should not':
    opposition). The attribution stage gives the speaker and what they said."""

    found = []
    for quote in quotes:
        if quote.negated or quote.speaker_start is None or quote.speaker_ref_start is None:
            continue
        start, end = quote.speaker_ref_start, quote.speaker_ref_end
        pronoun = (quote.speaker_text or "").lower() in PERSONAL_PRONOUNS
        if not pronoun and not (quote.speaker_start <= start and end <= (quote.speaker_end or 0)):
            continue  # "a poll found that 74 percent of voters said ...": the voters, not the pollster
        if pronoun and not _subject_of_sentence_before(parsed, min(quote.start, quote.speaker_start), start, end, quotes):
            continue  # a speaker pronoun stands for a name only as the subject of the sentence before
        for verb in _said_span(parsed, quote):
            if verb.pos_ != "VERB" or verb.i in stance_tokens or _is_headline(verb.sent) \
                    or _is_hypothetical(verb, verb.sent, modals=False) or verb.dep_ not in ("ROOT", "ccomp", "conj") \
                    or any(t.lower_ in lexicon.CONDITION_MARKERS for t in verb.sent):
                continue  # "the fact these regulations should not be designed ...", "... unless a storm heads our way"
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in VIEW_VERBS and any(
                    c.dep_ == "nsubj" and (c.lower_ in ("that", "which") or c.pos_ == "NOUN" and not c.ent_type_)
                    for c in verb.head.children):
                continue  # "a philosophy that says corporations should be allowed ...": a thing's saying, quoted
            auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
            if not auxiliaries or auxiliaries[0].lower_ not in lexicon.DEONTIC_MODALS \
                    or any(a.lower_ in ("have", "'ve") for a in auxiliaries):
                continue  # "must have known" says what was
            if verb.dep_ == "ccomp" and any(c.left_edge.tag_ in WH_TAGS for c in verb.children
                                            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")):
                continue  # "did not make clear what proportion of the fines should be dedicated": a question;
                # only an argument's first word asks ("the children that it abducted" is a relative clause)
            if any(_inverted_condition(node) for node in [verb, *verb.ancestors]):
                continue  # "... should EPA determine that BP should be debarred": a condition
            if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.head.children):
                continue  # "pharmacies had been reminded that Tamiflu should be sold only on prescription":
                # what someone else was told, which the speaker reports
            if verb.dep_ == "ccomp" and verb.head.lemma_ == "be" and not _own_view(verb.head):
                continue  # "the key question raised by critics is that ... wells should not be drilled": a
                # noun's content, not the speaker's demand
            if (auxiliaries[0].lower_ == "should" and any(c.dep_ == "auxpass" for c in verb.children)
                    and _timed(verb, timexes)):
                continue  # "the results should be known later on Friday", "the well should be sealed
                # within 96 hours": what is expected to happen by a time, a forecast
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ == "you" and _addressee_named(parsed, quote):
                pass  # '"You should give back the money," Warren told Stumpf': a demand of the one named
            elif subject is None or subject.dep_ == "nsubj" and not _is_party(subject) or verb.lemma_.lower() in VIEW_VERBS:
                continue  # "testing should begin", "oxygen levels should continue to drop": a forecast;
                # a passive ("the video should be released") says what someone should do
            view = _holds_a_view(verb)
            if view and not _view_of_the_speaker(verb.head, start, end):
                continue  # "Salazar said BP thinks the moratorium should be lifted": BP's view, which he reports
            negated = _negated(verb) != (view and _negated(verb.head))  # "I don't think we should": the view's
            stance = "oppose" if negated else "support" if view else "demand"  # negation is the clause's
            undone = _act_issue(verb, places) if _undoes_what_it_governs(verb, places) else None
            # "They should shut down all the drilling": the act, not a demand for drilling (round-30 sheet row 71)
            issues = [undone] if undone else issues_under(verb, places) or [i for i in [_verb_phrase_issue(verb, places)] if i]
            sentence = verb.sent
            date, date_range, _ = _stance_date(verb, quote, timexes, doc, own_words=False)
            found.extend(Claim(doc=doc.id, start=sentence.start_char, end=sentence.end_char, holder_start=start,
                               holder_end=end, holder_text=text_of(parsed)[start:end],
                               issue=specific_issue(verb, issue, places),
                               issue_family=issue_family(issue, places), stance=stance,
                               cue=f"{auxiliaries[0].text} {verb.text}", date=date, date_range=date_range,
                               quote=quote.id, action=_names_an_action(issue, sentence),
                               listed=listed_by_issue(issue_family(issue, places)),
                               detail=issue_detail(verb, issue)) for issue in issues)
            # a modal "should"/"must" in a quote takes no stance by its word
    return found


WH_TAGS = {"WDT", "WP", "WP$", "WRB"}


def _holds_a_view(verb: Token) -> bool:
    """'she thinks the video should be released', 'agreed that the vacancy rules should be modernized': a
    should-clause under a verb of holding a view (`lexicon.OPINION_VERBS`) is the speaker's opinion, so
    support, not a demand put to anyone."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon.OPINION_VERBS


def _view_of_the_speaker(opinion: Token, start: int, end: int) -> bool:
    """Whether the one who thinks, believes, feels or agrees is the quote's speaker: a personal pronoun ("I
    think", "she said she thinks"), the speaker's own mention (start, end: "Rendell ... agreed that"), or no
    subject of its own. Another subject holds a view the speaker only reports ("Salazar said BP thinks the
    moratorium should be lifted", "said the two sides agreed that ...")."""
    subject = next((c for c in opinion.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is None or subject.lower_ in FIRST_PERSON | DEMANDABLE_PRONOUNS or start <= subject.idx < end


def _inverted_condition(verb: Token) -> bool:
    """'should EPA determine that ...': 'should' before the subject of a clause that is not the
    sentence's main clause (no question mark) is a condition, as 'if EPA determined' would be."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.dep_ != "ROOT" and subject is not None and any(
        c.dep_ == "aux" and c.lower_ == "should" and c.i < subject.i for c in verb.children)


def _timed(verb: Token, timexes: list[Timex]) -> bool:
    """Whether a time expression of the time stage modifies the verb itself ('later on Friday',
    'within 96 hours'), not a clause below it ('the families who lost everything last year') nor
    the present ('now')."""
    anchors = {c.i for c in verb.children if c.dep_ in ("npadvmod", "advmod")}
    anchors |= {g.i for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}
    for timex in timexes:
        span = span_at(verb.doc, timex.start, timex.end)
        if span is not None and timex.value != "PRESENT_REF" and (
                span.root.i in anchors or (span.root.head.dep_ == "prep" and span.root.head.head.i == verb.i)):
            return True
    return False


def _own_view(copula: Token) -> bool:
    """'My view is that the video should be released': the speaker's own demand, unlike 'the key
    question raised by critics is that ...'."""
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subject.children)


def _addressee_named(parsed: Doc, quote: Quote) -> bool:
    """The quote's cue names whom the speaker addresses ('Warren told Stumpf'); 'you' said to a
    reader or a listener no name identifies ('You should consult your GP') is advice."""
    if quote.cue_start is None or quote.cue_end is None:
        return False
    cue = span_at(parsed, quote.cue_start, quote.cue_end)
    return cue is not None and any(c.dep_ in ("dobj", "dative") and (c.ent_type_ in HOLDER_LABELS or c.pos_ == "PROPN")
                                   for t in cue for c in t.children)


def _is_party(subject: Token) -> bool:
    """A named party, a group named after one ('Charlotte officials') or a personal pronoun."""
    return subject.ent_type_ in HOLDER_LABELS or subject.lower_ in DEMANDABLE_PRONOUNS or any(
        c.dep_ in ("compound", "amod") and c.ent_type_ in HOLDER_LABELS for c in subject.children)


def _said_span(parsed: Doc, quote: Quote) -> list[Token]:
    span = parsed.char_span(quote.start, quote.end, alignment_mode="contract")
    return list(span) if span is not None else []


def issue_detail(cue: Token, issue: str) -> str:
    """What of a taxonomy issue the stance is about, when the issue's word only modifies it or is a verb with its
    own argument: 'called for eliminating the tax treatment of carried interest' -> 'tax treatment', 'called for
    taxing "pass through" income' -> 'tax pass'; '' when the word names the issue itself ('promising lower taxes',
    'an immediate ceasefire') or the issue is no taxonomy issue (a place, an action, a named measure: specific
    already). The ledger marks a change only between stances on one matter (`_one_matter`)."""
    if issue not in ISSUE_FAMILY:
        return ""
    token = _nearest_issue_word(cue, issue)
    if token is None:
        return ""
    if token.pos_ == "VERB":
        argument = next((c for c in token.children if c.dep_ in ("dobj", "xcomp", "attr", "oprd")), None)
        return f"{token.lemma_.lower()} {noun_lemma(argument)}" if argument is not None else ""
    head = token.head
    if token.dep_ in ("compound", "amod", "nmod") and head.pos_ in ("NOUN", "PROPN") and _phrase_at(head) is None:
        return f"{noun_lemma(token)} {noun_lemma(head)}"
    return ""


def _nearest_issue_word(cue: Token, issue: str) -> Token | None:
    """The word under the stance word that names `issue`, nearest first, as the issue search goes."""
    frontier, seen = [cue], {cue.i}
    while frontier:
        token = frontier.pop(0)
        if token.i != cue.i and _phrase_at(token) == issue:
            return token
        for child in token.children:
            if child.i not in seen:
                seen.add(child.i)
                frontier.append(child)
    return None


def specific_issue(cue: Token, issue: str, places: _Places) -> str:
    """The issue as the evidence names it when the taxonomy gives only a field's label (`lexicon.FIELD_ISSUES`):
    'called on the Senate to pass an energy bill' -> 'energy bill', not legislation; 'has supported offshore oil
    drilling' -> 'offshore oil drilling', not climate and energy. The nearest taxonomy word under the stance word,
    when it heads its own noun phrase, gives the phrase (`_noun_phrase`: its compounds and adjectives, one 'on / of
    / for / against' phrase). The label stays when the text's phrase is a word of the label alone ('promised
    legislation', 'lower taxes') or a bare word the label lists ('approved a bill'), when the word only modifies
    another noun ('tax proposals': `issue_detail`) or is a verb, and for a word naming people ('immigrants')."""
    if issue not in lexicon.FIELD_ISSUES:
        return issue
    token = _nearest_issue_word(cue, issue)
    if token is None and cue.dep_ == "relcl":
        token = _nearest_issue_word(cue.head, issue)  # "a climate measure the House approved"
    if token is None:
        return issue
    said = noun_lemma(token)
    if token.pos_ == "NOUN" and said in lexicon.PEOPLE_ISSUE_WORDS:
        return _thing_for_people(token, cue, places) or issue
    if token.pos_ == "NOUN" and token.dep_ == "compound":
        return _measure_of_the_word(token, cue, places) or issue
    if token.pos_ != "NOUN" or token.dep_ in ("amod", "nmod"):
        return issue
    phrase = _noun_phrase(token, places, field=True)
    if phrase is None:
        return issue
    twin = next((c for c in token.children if c.dep_ == "nmod" and c.lemma_.lower() == token.lemma_.lower()), None)
    if phrase == said and twin is not None:
        return " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in token.doc[twin.left_edge.i:token.i + 1]
                        if t.dep_ not in ("det", "predet"))
        # "the Cadillac tax and medical device tax": the parser hangs the first of two coordinated names on the second
    if phrase == said:
        named = _named_before_in_the_document(token, places)
        if named:
            return named  # "Sanders, who has long opposed the tax": the Cadillac tax the article named before
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                  and c.ent_type_ in HOLDER_LABELS), None)
    if owner is not None and phrase == said:
        return f"{' '.join(t.text for t in sorted(_name_compounds(owner), key=lambda t: t.i) + [owner])}'s {phrase}"
        # "welcomed Khan's election": whose election names it
    if (issue.startswith(said) or issue.endswith(said)) and not _names_more_than(token, phrase, issue):
        return _described_by_its_clause(token, places) or issue  # "lower taxes": the label's word, only graded
    words = [w for w in phrase.split() if w.lower() not in lexicon.POINTING_ADJECTIVES]
    written = {part for word in words for part in word.lower().split("-")}  # "free-trade deal"
    inner = [t.lower_ for c in token.children if c.dep_ == "compound" and c.i < token.i
             for t in c.children if t.dep_ in ("compound", "amod") and t.i < c.i and t.pos_ in ("NOUN", "ADJ")
             and t.lower_ not in written and t.lower_ not in lexicon.POINTING_ADJECTIVES]
    phrase = " ".join(inner + words)  # "health care bill": 'health' hangs on 'care'
    verb = token.head
    acted_on = token.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.i != cue.i and not cue_stance(verb) \
        and verb.lemma_.lower() not in lexicon.ENACTING_VERBS and not _vague_verb(verb) \
        and not any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") for c in verb.children)  # "leave such spending untouched"
    if phrase == said and issue in _PHRASE_WORDS and not (acted_on and said not in issue):
        if issue in lexicon.DOCUMENT_FIELDS or any(w.startswith(said) or said.startswith(w) for w in issue.split()):
            return _described_by_its_clause(token, places) or issue  # "approved a bill": the label is a word of its
            # own list, as plain a name; "promising to build a wall" is the wall built, not immigration
        if not acted_on:
            return _described_by_its_clause(token, places) or phrase  # "Rubio opposes abortion": the thing itself,
            # not health care (round-30 row 47)
    if token.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in lexicon.ENACTING_VERBS \
            and not any(c.dep_ == "neg" for c in verb.children):
        return phrase  # "pass an energy bill" is the energy bill, as "supports the energy bill" is
    if token.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.i != cue.i and not cue_stance(verb):
        # "pledged not to expand offshore oil drilling", "a request for money to close the prison": what is
        # done to the thing says which way the stance goes
        negation = "not " if any(c.dep_ == "neg" for c in verb.children) else ""
        return _completed_act(f"{negation}{_act_name(verb)} {phrase}", verb, token, phrase, places)
    return phrase


def _described_by_its_clause(word: Token, places: _Places) -> str | None:
    """'pass a new law that would fight climate change' -> 'law to fight climate change': a field's bare word named
    by what its relative or infinitive clause says it does (the clause's verb and object, as an action is named).
    The parser may hang the infinitive on the word as a relative clause ('a separate bill to extend whistleblower
    protections'), or on the enacting verb ('approved a bill Friday to boost safety standards'), whose purpose is
    then what the bill does."""
    clause = next((c for c in word.children if c.pos_ == "VERB" and (c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children) or c.dep_ in ("acl", "relcl") and any(
        s.dep_ == "aux" and s.lower_ == "to" for s in c.children))), None)  # "a bill to give whistle-blowers protection"
    if clause is None:  # "a bill designed to hamstring the CFPB": what the participle says it is for
        clause = next((x for c in word.children if c.dep_ == "acl" and c.tag_ == "VBN" and not any(
            a.dep_ == "agent" for a in c.children) for x in [*c.children, *(p for t in c.children if t.dep_ == "prep"
                                                                             and t.lower_ == "to" for p in t.children)]
            if x.pos_ == "VERB" and (x.dep_ == "xcomp" and any(s.dep_ == "aux" and s.lower_ == "to" for s in x.children)
                                     or x.dep_ == "pcomp")), None)  # the parser may read "to" as a preposition
    if clause is None and word.dep_ == "dobj" and word.head.lemma_.lower() in lexicon.ENACTING_VERBS:
        clause = next((c for c in word.head.children if c.dep_ == "advcl" and c.i > word.i and c.pos_ == "VERB"
                       and any(s.dep_ == "aux" and s.lower_ == "to" for s in c.children)
                       and not any(s.dep_ in SUBJECT_DEPS for s in c.children)), None)
    action = _verb_phrase_issue(clause, places) if clause is not None else None
    named = f"{noun_lemma(word)} to {action}" if action else None
    return named if named and len(named.split()) <= 8 else None  # a long clause's object is read garbled


def _thing_for_people(word: Token, cue: Token, places: _Places) -> str | None:
    """A word naming people ('immigrants', 'refugees') says whom an issue concerns; the issue is what the text
    gives or does to them ('oppose legal status for undocumented immigrants' -> 'legal status for undocumented
    immigrant'), or the people as it names them by where they come from ('open to some refugees from Syria' ->
    'refugee from Syria', 'Syrian refugees'); None when it says neither (the field's label stays)."""
    preposition = word.head if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.lower_ in ("for", "to") \
        else None
    if preposition is not None:
        thing = preposition.head
        if thing.i == cue.i and thing.pos_ == "VERB":
            thing = next((c for c in cue.children if c.dep_ == "dobj" and c.i < preposition.i), None)
        own = _noun_phrase(thing, places, field=True) if thing is not None and thing.pos_ == "NOUN" \
            and _measure_noun(thing) else None
        people = _noun_phrase(word, places, field=True)
        if own and people:
            return own if f" {preposition.lower_} " in f" {own} " else f"{own} {preposition.lower_} {people}"
    origin = next((o for p in word.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                   if o.dep_ == "pobj" and o.i in places.at), None)
    if origin is not None:
        return f"{noun_lemma(word)} from {places.at[origin.i][0]}"
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in word.children):
        phrase = _noun_phrase(word, places, field=True)  # "accept more Muslim refugees": the pointing 'more' goes
        phrase = " ".join(w for w in phrase.split() if w.lower() not in lexicon.POINTING_ADJECTIVES) if phrase else None
        verb = word.head
        if phrase and word.dep_ == "dobj" and verb.pos_ == "VERB" and verb.i != cue.i and not cue_stance(verb):
            return f"{_act_name(verb)} {phrase}"  # "promising to deport Syrian refugees": what is done to them
        return phrase
    return None


def _measure_of_the_word(word: Token, cue: Token, places: _Places) -> str | None:
    """A field's word in a compound names the field only: the measure it modifies is the issue when the stance acts
    on it ('a climate measure the House approved' -> 'climate measure'); on the stance noun itself, the noun's own
    phrase says what of the field it is about ('the 2011 budget proposal for the Coast Guard' -> 'budget proposal
    for Coast Guard'; a bare 'tax proposals' keeps the label, `issue_detail`)."""
    head = word.head
    if head.pos_ != "NOUN":
        return None
    if head.i == cue.i:
        phrase = _noun_phrase(head, places, field=True)
        return phrase if phrase and any(f" {p} " in f" {phrase} " for p in FIELD_PHRASE_PREPOSITIONS) else None
    acted_on = head.dep_ in ("dobj", "nsubjpass") and head.head.i == cue.i or cue.dep_ == "relcl" and cue.head.i == head.i \
        or _stance_slot(head, cue)
    if not acted_on or _phrase_at(head) is not None or cue_stance(head) or head.lemma_.lower() in lexicon.VAGUE_ISSUE_WORDS:
        return None
    return _noun_phrase(head, places, field=True)


def _named_before_in_the_document(word: Token, places: _Places, field: bool = True) -> str | None:
    """'the bill', 'the tax', 'such powers' with nothing of their own: the nearest earlier mention of the same word
    (in the same number) in the document, when it names it ('the so-called Cadillac tax', 'a bill to boost safety
    standards', 'subpoena powers'), as a reader resolves a definite description by its head; None when that mention
    names nothing either, or only through a hyphenated word the parser splits ('clean-up obligations'). Not `field`:
    the bare object of an act, which the sentence names no further. An indefinite 'a deal' is no earlier one."""
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS or c.dep_ in ("amod", "predet")
                   and c.lower_ == "such" for c in word.children)
    if not definite or any(c.dep_ in ("compound", "nmod", "prep", "poss", "acl", "relcl") or c.dep_ == "amod"
                           and c.lower_ not in lexicon.POINTING_ADJECTIVES for c in word.children):
        return None
    lemma = word.lemma_.lower()
    other = next((t for t in reversed(word.doc[:word.i]) if t.pos_ == "NOUN" and t.lemma_.lower() == lemma
                  and t.tag_ == word.tag_ and t.dep_ not in ("compound", "amod")), None)
    if other is None:
        return None
    phrase = _noun_phrase(other, places, field=field)
    doc = word.doc
    if phrase and any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in phrase.lower().split() and any(
            0 <= i < len(doc) and doc[i].text == "-" for i in (c.i - 1, c.i + 1)) for c in other.children):
        return None  # "clean-up obligations" read "clean obligation"
    words = [w for w in (phrase or "").lower().split() if w not in lexicon.POINTING_ADJECTIVES]
    if phrase and words != [noun_lemma(other)]:
        return " ".join(words) if len(words) < len(phrase.split()) else phrase
    return _described_by_its_clause(other, places)


DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _names_more_than(word: Token, phrase: str, issue: str) -> bool:
    """Whether a field label's phrase names more than its word under adjectives: a noun before it ('climate change
    legislation', 'energy bill') or a phrase after it ('tax on oil', 'reforms to drilling practices')."""
    return not phrase.endswith(noun_lemma(word)) or any(
        c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN") and c.lower_ in phrase.lower().split()
        and c.lemma_.lower() not in issue for c in word.children)  # "tougher gun control": 'gun' is the label's own word


def _verb_phrase_issue(verb: Token, places: _Places) -> str | None:
    """'release the video', 'the videos should be released' -> 'release video'."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or \
        next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "farmers must be given support": support
    if obj is None or _vague_verb(verb) or _frames_only(verb):
        return None
    if obj.dep_ == "nsubjpass" and any(c.dep_ == "xcomp" for c in verb.children) and any(
            t.ent_type_ in HOLDER_LABELS or t.pos_ == "PROPN" for t in [obj, *obj.conjuncts]):
        return None  # "neither the president nor Congress should be permitted to make us wait": who is
        # allowed or made to do something is no issue; what they are to do is
    phrase = _noun_phrase(obj, places)
    return _completed_act(f"{_act_name(verb)} {phrase}", verb, obj, phrase, places) if phrase else None


# what says which thing a bare object is: 'help from the Defense Department', 'money towards in-state researchers'
OBJECT_NAMING_PREPOSITIONS = frozenset({"from", "to", "toward", "towards", "into", "with", "between"})
VERB_NAMING_PREPOSITIONS = frozenset({"toward", "towards", "into"})  # on the verb they say where the object goes
MAX_ACT_WORDS = 9


def _completed_act(named: str, verb: Token, obj: Token, phrase: str, places: _Places, placed: bool = False) -> str:
    """An act named by its verb and object, completed where the object alone names nothing: a bare object ('a
    fund', 'additional help') takes what the sentence says of it (`_what_the_object_is`: 'set up fund administered
    by third party', 'seek additional help from Defense Department'), and an act done by a means says the means
    ('pay down national debt by print money'), which is often the point of the position (round-30 sheet: 'set up
    fund', 'seek additional help', 'pay down national debt' named nothing or lost the point)."""
    if not placed and _bare_object(obj, phrase):
        said = _what_the_object_is(verb, obj, places)
        if said and len(f"{named} {said}".split()) <= MAX_ACT_WORDS:
            named = f"{named} {said}"
        elif not said:
            earlier = _named_before_in_the_document(obj, places, field=False)
            if earlier and len(named.split()) - len(phrase.split()) + len(earlier.split()) <= MAX_ACT_WORDS:
                named = named[:len(named) - len(phrase)] + earlier  # "pass a deal": the Zika deal named before
    means = next((c for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
                  for c in p.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
    act = _verb_phrase_issue(means, places) if means is not None else None
    if act and len(f"{named} by {act}".split()) <= MAX_ACT_WORDS:
        named = f"{named} by {act}"
    return named


def _bare_object(obj: Token, phrase: str) -> bool:
    """An object whose phrase is its noun alone, but for words that only point ('additional help', 'a fund')."""
    return obj.pos_ == "NOUN" and [w for w in phrase.lower().split() if w not in lexicon.POINTING_ADJECTIVES] == [
        noun_lemma(obj)]


def _what_the_object_is(verb: Token, obj: Token, places: _Places) -> str | None:
    """What the sentence says of a bare object to tell which it is: its infinitive ('a directive ... to use less
    toxic chemicals', 'a fund to pay oil spill damage claims'), its participle with an agent ('a fund administered by a third party'), or where it comes from
    or goes when that is named ('help from the Defense Department', 'direct money towards in-state researchers', not
    'pump mud into the well'); None when the sentence says nothing of it ('find a compromise') or only when it
    happens."""
    for clause in (c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):  # the parser's relcl "to pay"
            action = _verb_phrase_issue(clause, places)
            if action:
                return f"to {action}"
        agent = next((o for p in clause.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"), None)
        by = _noun_phrase(agent, places) if agent is not None and clause.tag_ == "VBN" else None
        if by:
            return f"{clause.lower_} by {by}"
    for preposition in [*obj.children, *verb.children]:
        allowed = OBJECT_NAMING_PREPOSITIONS if preposition.head.i == obj.i else VERB_NAMING_PREPOSITIONS
        if preposition.dep_ != "prep" or preposition.lower_ not in allowed or _names_a_time(preposition):
            continue
        target = next((o for o in preposition.children if o.dep_ == "pobj"), None)
        if target is None:
            continue
        said = " and ".join(places.at[t.i][0] for t in [target, *target.conjuncts] if t.i in places.at) \
            if target.i in places.at else _noun_phrase(target, places)  # "outsource the fight to Syria and Russia"
        written = [t for t in target.doc[target.left_edge.i:target.i + 1] if t.pos_ not in ("DET", "PRON", "PUNCT")
                   or t.text == "-"]
        if target.pos_ == "NOUN" and target.ent_type_ not in HOLDER_LABELS and len(written) > 1 and (
                said is None or any(c.dep_ in ("amod", "compound", "nmod") and c.pos_ == "ADP" for c in target.children)):
            said = "".join(t.text_with_ws for t in written).strip().lower()
            # "in-state researchers": the parser splits the hyphenated word into a phrase of its own; "an escrow
            # account": a word too general alone is named by its modifiers
        if said and (target.i in places.at or target.pos_ == "PROPN" or len(said.split()) > 1):
            return f"{preposition.lower_} {said}"  # a bare 'into the well' adds nothing a reader needs
    return None


CONTENT_DEPS = {"ccomp", "xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "appos"}


def _content_of_another_stance(cue: Token, stance_tokens: set[int]) -> bool:
    """'demanded that Ukraine cede Donetsk', 'urged Putin to accept a ceasefire': the verb is what
    the other stance is about, not a stance of its subject. A passive with its agent ('a
    condition accepted by Zelenskyy') and a noun with its possessor ('Trump's call') state one."""
    if cue.pos_ != "VERB" or any(c.dep_ == "agent" for c in cue.children):
        return False
    node = cue
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lexicon.COMMITMENT_VERBS and not _object_controls(cue.head):
        return False  # "vowed to veto": the subject's own stance
    if cue.dep_ in ("advcl", "relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        node = cue.head  # "a call for the United States to accept more refugees"
        if node.i in stance_tokens and node.pos_ in ("VERB", "NOUN"):
            return True
        if cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in cue.children) and any(
                c.dep_ == "dobj" and c.pos_ == "NOUN" and (c.i in stance_tokens or c.lemma_.lower() in lexicon.STANCE_NOUNS)
                for c in node.children):
            return True  # "issued new calls for Obama to abandon his plans", the clause hung on the verb
    while (node.dep_ in CONTENT_DEPS or _is_content_clause(node)) and node.head.i != node.i:
        if node.dep_ in ("acl", "relcl") and not _is_content_clause(node) and any(c.dep_ == "nsubj" for c in node.children):
            return False  # "a suggestion Russia rejected": a relative clause with its own holder
        node = node.head
        if node.i in stance_tokens and node.pos_ in ("VERB", "NOUN"):
            return True
    return False


def _readied_verb(cue: Token) -> Token | None:
    if cue.pos_ != "ADJ":
        return None
    return next((c for c in cue.children if c.dep_ == "xcomp" and cue_stance(c)), None)


def _holder_matches(parsed: Doc) -> list[tuple[str, list[int]]]:
    """(label, [cue, ..., holder]) with the cue first; a cue with its own subject keeps only that."""
    found = []
    for label, tokens in holder_slots(parsed):
        if label in ("governor_subject", "copula_subject", "light_verb"):
            tokens = [tokens[1], tokens[2]]
            other = _continues_the_reported_clause(parsed[tokens[0]]) if label == "governor_subject" else \
                _restated_possessor(parsed[tokens[0]]) if label == "light_verb" else None
            if other is not None:
                tokens = [tokens[0], other.i]
        if label == "in_favor":
            label, tokens = "governor_subject", [tokens[2], tokens[3]]
        if label == "conjunct_subject":
            governor = parsed[tokens[1]]
            if any(c.dep_ in SUBJECT_DEPS for c in governor.children) or _subject_misattached(governor):
                continue  # the governor's own subject holds it ("the ADB said ... and governments agreed")
            label, tokens = "governor_subject", [tokens[2], tokens[3]]
        if label == "governor_subject" and parsed[tokens[0]].tag_ == "VBN" \
                and not any(c.dep_ in ("aux", "auxpass") for c in parsed[tokens[0]].children):
            continue  # "Asked to describe the device, O'Neill said": the one asked, not who asks
        if label == "governor_subject" and parsed[tokens[0]].dep_ == "xcomp" and _object_controls(parsed[tokens[0]].head):
            continue  # "he organised local hairdressers to offer free cuts": the hairdressers offer
        if label == "governor_subject" and parsed[tokens[0]].dep_ == "conj" and _subject_misattached(parsed[tokens[0]]):
            continue  # "the ADB said ... and Asian governments agreed": the governments agree, not the ADB
        if label == "possessor" and parsed[tokens[1]].pos_ == "PRON":
            continue  # "his demand": the light verb's or the clause's subject says whose
        found.append((label, tokens))
    found += [("governor_subject", [cue.i, holder.i]) for cue, holder in _finite_conjuncts(parsed)]
    own = {tokens[0] for label, tokens in found if label in ("subject", "agent", "possessor")}
    return sorted(((label, tokens) for label, tokens in found
                   if label in ("subject", "agent", "possessor") or tokens[0] not in own), key=lambda m: m[1][0])


FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _finite_conjuncts(parsed: Doc) -> Iterable[tuple[Token, Token]]:
    """(cue, holder) for a finite stance verb the parser coordinated with an infinitive ('Putin
    mentioned the need to eliminate the root causes ... and agreed with Trump that ...'): a finite
    verb coordinates with a finite one, so the subject is that of the nearest finite verb above."""
    columns = parse_columns(parsed)
    for i, (dep, tag, lemma) in enumerate(zip(columns.dep, columns.tag, columns.lemma)):
        if dep != "conj" or tag not in FINITE_TAGS or lemma not in _CUE_LEMMAS:
            continue  # read off the columns: a Token only for the few that pass
        cue = parsed[i]
        if any(c.dep_ in SUBJECT_DEPS for c in cue.children) or _subject_misattached(cue):
            continue
        infinitive = cue.head
        if infinitive.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
            continue
        node = infinitive.head
        while node.tag_ not in FINITE_TAGS and node.head.i != node.i:
            node = node.head
        holder = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if node.tag_ in FINITE_TAGS and holder is not None:
            yield cue, holder


def _continues_the_reported_clause(cue: Token) -> Token | None:
    """A verb whose tense differs from the verb the parser coordinated it with agrees with another clause of the report,
    whose named subject holds it. 'Pence pledged that Trump "really is" in favor of free trade, but wants "smarter and
    tougher" trade deals': the present 'wants' continues the reported present clause (round-30 sheet row 13 gave
    Trump's wish to Pence). 'Trump said Putin is ready for talks and called for a ceasefire': the past 'called'
    continues the reporting clause. None when the tenses agree ('Trump said ... and called for ...')."""
    governor = cue.head
    if cue.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    if cue.tag_ in PRESENT_TAGS and governor.tag_ == "VBD":
        reported = [c for c in governor.children if c.dep_ == "ccomp" and c.i < cue.i and predicate_tense(c) == "present"]
        return next((s for c in reported for s in c.children if _named_subject(s)), None)
    if cue.tag_ == "VBD" and governor.dep_ == "ccomp" and predicate_tense(governor) == "present" \
            and governor.head.tag_ == "VBD":
        return next((s for s in governor.head.children if _named_subject(s)), None)
    return None


def _named_subject(token: Token) -> bool:
    return token.dep_ == "nsubj" and (token.pos_ == "PROPN" or token.ent_type_ in HOLDER_LABELS)


def _subject_misattached(verb: Token) -> bool:
    """A coordinated verb right after a noun ('... and broadcasters have agreed'): the noun is its
    subject, which the parser hung on the clause before."""
    node = verb.doc[verb.i - 1] if verb.i > 0 else None
    first = verb.sent.start if node is not None else 0  # once: Token.sent walks the sentence on each access
    while node is not None and node.i > first and node.dep_ in ("aux", "auxpass", "advmod", "neg") \
            and node.head.i == verb.i:
        node = verb.doc[node.i - 1]
    return node is not None and node.pos_ in ("NOUN", "PROPN", "PRON") and node.head.i != verb.i


def _quote_around(quotes: list[Quote], at: int) -> Quote | None:
    return next((q for q in quotes if q.start <= at < q.end), None)


def _pronoun_speaker(parsed: Doc, holder: Token, quotes: list[Quote]) -> tuple[int, int, str, bool] | None:
    """'He proposed a non-NATO mission ...': a pronoun that is a quote's speaker stands for the
    name the attribution stage resolved it to."""
    if holder.lower_ not in PERSONAL_PRONOUNS:
        return None
    for quote in quotes:
        if quote.speaker_start is not None and quote.speaker_ref_start is not None and \
                quote.speaker_start <= holder.idx < (quote.speaker_end or 0):
            start, end = quote.speaker_ref_start, quote.speaker_ref_end
            if not _subject_of_sentence_before(parsed, min(holder.idx, quote.start), start, end, quotes):
                return None
            return start, end, text_of(parsed)[start:end], False
    return None


def _subject_of_sentence_before(parsed: Doc, at: int, start: int, end: int, quotes: list[Quote]) -> bool:
    """Whether the name a speaker pronoun was resolved to (chars start..end) is the subject of the
    sentence before the one at char `at` (the pronoun's, or its quote's first), the antecedent a reader
    takes ('Hegseth said ... . He proposed ...'), directly or through that sentence's own resolved
    pronoun ('..., he added. He proposed'). Another antecedent ('BP's executive says ... . He pledges
    ...'; 'As Landrieu urged listeners ..., he also emphasized ...', a name in the same sentence) is a
    guess the parse cannot check. Sentences of that name's own quote in between are passed over
    ('"...," Hegseth said. "..." He added ...'), at most QUOTE_RUN_SENTENCES of them."""
    token = token_at(parsed, at)
    if token is None:
        return False
    sentence = token.sent
    text = text_of(parsed)
    name = text[start:end].split()
    for _ in range(QUOTE_RUN_SENTENCES + 1):
        if sentence.start == 0:
            return False
        before = parsed[sentence.start - 1].sent
        if not _quoted_from(before, name, quotes):
            break
        sentence = before
    else:
        return False
    for subject in (c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        words = {t.text for t in subject.subtree}
        if name and name[-1] in words:
            return True
        if subject.lower_ in PERSONAL_PRONOUNS and any(
                q.speaker_start is not None and q.speaker_start <= subject.idx < (q.speaker_end or 0)
                and q.speaker_ref_start is not None and text[q.speaker_ref_start:q.speaker_ref_end].split()[-1:] == name[-1:]
                for q in quotes):
            return True
    return False


QUOTE_RUN_SENTENCES = 3  # a quote run's sentences passed over to reach its speaker's sentence


def _quoted_from(sentence, name: list[str], quotes: list[Quote]) -> bool:
    """Whether all the sentence's words lie in one quote whose speaker is the name (by its last word) and
    is not in this sentence (a quote span may run across its speaker: '"...," Hegseth said. "..."')."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    text = text_of(sentence.doc)
    return bool(words) and bool(name) and any(
        q.start <= words[0].idx and words[-1].idx + len(words[-1]) <= q.end and q.speaker_ref_start is not None
        and not (q.speaker_start is not None and sentence.start_char <= q.speaker_start < sentence.end_char)
        and text[q.speaker_ref_start:q.speaker_ref_end].split()[-1:] == name[-1:] for q in quotes)


def _holder_span(parsed: Doc, holder: Token, cue: Token, quote: Quote | None,
                 quotes: list[Quote] = (), named: _Named | None = None) -> tuple[int, int, str, bool] | None:
    """(start, end, text, is the quote's speaker) of who holds the stance. The holder's head must
    be a name or an institution named after one ('the Obama administration'): 'WikiLeaks emails',
    'a New York judge' hold nothing of WikiLeaks' or New York's."""
    first_conjunct = holder
    while first_conjunct.dep_ == "conj" and first_conjunct.head.i != first_conjunct.i:
        first_conjunct = first_conjunct.head
    if first_conjunct.dep_ == "nsubjpass":
        return None  # "the proposal was rejected" with no agent: no holder; "Americans and Europeans
        # were urged to avoid travel": those urged, also as a conjunct
    if holder.lower_ in FIRST_PERSON | {"my", "our"}:
        if quote is None or quote.speaker_start is None:
            return None
        start = quote.speaker_ref_start if quote.speaker_ref_start is not None else quote.speaker_start
        end = quote.speaker_ref_end if quote.speaker_ref_end is not None else quote.speaker_end
        return start, end, text_of(parsed)[start:end], True
    resolved = _resolve_holder(holder, cue)
    if resolved is None:
        return _pronoun_speaker(parsed, holder, quotes)
    if named is not None and resolved.i not in named:
        resolved = next((c for c in resolved.children if c.dep_ == "appos" and c.i in named), resolved)
        # "the US president, Barack Obama, pledged": the name in apposition holds it
    resolved = _members_of_a_collective(resolved) or resolved  # "A group of doctors ... calling for": doctors
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in resolved.children):
        return None  # "a Louisiana National Guardsman": someone unnamed, not the entity
    if _one_member_of_a_group(resolved) or _puts_a_question(resolved, cue) or _inside_a_dash_aside(holder):
        return None
    if _opens_a_glued_sentence(resolved):
        return None
    if _part_of_a_group(resolved) or _picked_out_by_the_stance(resolved, cue):
        return None
    first, last = _holder_tokens(resolved)
    span = parsed[first:last]
    if named is not None and resolved.i not in named:
        if resolved.lemma_.lower() in lexicon.INSTITUTION_HEADS:
            pass  # "the Obama administration"
        elif resolved.pos_ == "PROPN" and named.aliases.get(span.text) is not None:
            # "BP, however, refused ...": the model left this "BP" unlabelled; the document names it elsewhere
            start, end = named.aliases[span.text]
            return start, end, span.text, False
        elif _names_a_group(resolved) and not _narrowed_by_the_stance(resolved, cue):
            group = parsed[slice(*_group_span(resolved))]  # "industry groups": a group of its own (group_holder_mentions)
            return group.start_char, group.end_char, group.text, False
        else:
            return None
    is_speaker = quote is not None and quote.speaker_start is not None and \
        span.start_char < (quote.speaker_end or 0) and quote.speaker_start < span.end_char
    return span.start_char, span.end_char, span.text, is_speaker


def _one_member_of_a_group(holder: Token) -> bool:
    """'Republican seeks new Clinton inquiry' (a headline's dropped article): a party or nationality word in the
    singular with no determiner names one unnamed member, not the group ('Republicans', 'the Taliban'); round-30
    sheet row 34 gave Jason Chaffetz's request to "Republican"."""
    return holder.ent_type_ == "NORP" and holder.tag_ in ("NN", "NNP") and holder.i + 1 == _holder_tokens(holder)[1] \
        and not any(c.dep_ in ("det", "compound", "amod") for c in holder.children)


def _puts_a_question(holder: Token, cue: Token) -> bool:
    """'Clinton, pressed by moderator Dana Bash to release transcripts of her private speeches': a moderator or
    interviewer (`lexicon.QUESTIONER_NOUNS`, the role before the name or in apposition) pressing someone asks a
    question, and holds no position on it (round-30 sheet row 17)."""
    roles = [c for c in holder.children if c.dep_ in ("compound", "appos") and c.lemma_.lower() in lexicon.QUESTIONER_NOUNS]
    return bool(roles) and cue.lemma_.lower() in lexicon.ADDRESSEE_DEMAND_VERBS


DASHES = {"-", "–", "—", "--"}


def _inside_a_dash_aside(holder: Token) -> bool:
    """'In the letter - addressed to the U.S. attorney for the District of Columbia, Channing D. Phillips - the Utah
    Republican asks for an investigation': the parser made the end of the aside between dashes the subject, with the
    real subject after the closing dash in apposition to it (round-30 sheet row u13 gave the request to Phillips)."""
    closing = holder.doc[holder.i + 1] if holder.i + 1 < len(holder.doc) else None
    if closing is None or closing.text not in DASHES or not any(c.dep_ == "appos" and c.i > closing.i
                                                                  for c in holder.children):
        return False
    return any(t.text in DASHES for t in holder.doc[holder.sent.start:holder.i])


def _opens_a_glued_sentence(holder: Token) -> bool:
    """A plural common noun written with a capital right after a lower-case word ('... as part of their fees for
    drilling licences Campaigners criticised White House commission's report ...'): a standfirst run into the next
    sentence, whose first word the parser took into this one; who 'Campaigners' are and what the sentence says cannot
    be read. Only a plural: the tagger makes a name a singular common noun at times ('pledged that Trump "really
    is" in favor of free trade')."""
    if holder.tag_ != "NNS" or not holder.is_title or holder.i == holder.sent.start:
        return False
    before = holder.doc[holder.i - 1]
    return before.is_alpha and before.is_lower


def _says_what_it_is_for(noun: Token) -> bool:
    """'its bid to join NATO', 'his threat of tariffs', 'their push for a wealth tax': the noun is a move
    on an issue it names, not an undertaking of its own ('its investigation into ...')."""
    return any(c.dep_ in ("acl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               or c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "on") for c in noun.children)


def _claims_of(cue: Token, stance: str, places: _Places, other_cues: set[int]) -> list[tuple[str, str, bool]]:
    """(issue, stance, earlier) for one stance word: a dropped demand also gives the earlier demand."""
    top, extra = _scope(cue)
    if stance == "drop":
        dropped = [c for c in cue.subtree if c.i in other_cues and c.pos_ == "NOUN" and c.lemma_.lower() in lexicon.STANCE_NOUNS]
        if not dropped and cue.lemma_ == "back" and cue.dep_ == "conj" and cue.head.pos_ == "VERB" \
                and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
            # "Trump had considered sending Tomahawk missiles to Ukraine but backed down": what the verb
            # it is coordinated with was about
            return [(issue, "drop", False) for issue in issues_under(cue.head, places)]
        if not dropped and any(c.dep_ == "prep" and c.lower_ in lexicon.MOTION_PREPOSITIONS and any(
                o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in lexicon.DESTINATION_NOUNS)
                for o in c.children) for c in cue.children):
            return []  # "dropped the relief supplies into a secured area": a load dropped somewhere
        if not dropped and any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in OWN_POSSESSIVES for p in c.children)
                               and not _says_what_it_is_for(c) for c in cue.children):
            return []  # "Sweden has dropped its investigation": an undertaking of one's own ended, no earlier
            # demand or proposal given up ("dropped its demand for ..." names the stance noun)
        if not dropped:
            return [(issue, "drop", False) for issue in issues_under(top, places)] if cue.lemma_ != "back" else []
        noun = dropped[0]
        issues = issues_under(noun, places)
        earlier_stance = lexicon.STANCE_NOUNS[noun.lemma_.lower()]
        return [(issue, "drop", False) for issue in issues] + [(issue, earlier_stance, True) for issue in issues]
    if cue.pos_ == "NOUN" and cue.dep_ in ("dobj", "pobj") and cue.head.i in other_cues and cue_stance(cue.head) == "drop":
        return []  # the drop claim covers it
    if cue.lemma_.lower() in lexicon.JUDGING_VERBS and any(c.dep_ == "prep" and c.lower_ == "for" for c in cue.children):
        judged = [c for c in cue.children if c.dep_ == "dobj"]
        if (not judged and cue.pos_ == "VERB") or any(c.lower_ in JUDGED_PRONOUNS for c in judged):
            # someone judged for what they did, not an issue: "Hong Kong, criticised for delaying quarantine
            # measures" (the criticised, misparsed as holder); "criticized him for using the speech to push ..."
            return []
    if stance in ("support", "oppose", "accept", "reject") and any(
            c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG") for c in cue.children):
        return []  # "welcomes Prime Minister David Cameron for his first visit": a person, not an issue
    if stance == "reject" and cue.pos_ == "VERB" and any(_tells_what_happened(c) for c in cue.children if c.dep_ == "ccomp"):
        return []  # "dismissed talk it had held discussions": a denial of what happened, not a rejection
    if stance == "accept" and cue.lemma_.lower() == "approve" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicon.GRANTED_OBJECTS for c in cue.children):
        return []  # "the Coast Guard approved BP's requests to override a directive": granting a request
    if stance == "accept" and cue.lemma_.lower() == "approve" and any(
            c.dep_ == "dobj" and any(t.ent_type_ == "MONEY" for t in c.subtree) for c in cue.children):
        return []  # "approved 3m euros of emergency funding": granting money, not accepting it
    if stance == "accept" and any((c.dep_ == "dobj" or c.dep_ == "nsubjpass" and _is_argument(c))
                                  and any(n.dep_ == "nummod" for n in c.children) for c in cue.children):
        return []  # "had accepted 11,491 Syrian refugees": a count taken in is an act, not a stance
    givers = [v for v in cue.subtree if v.lemma_.lower() in lexicon.HANDOVER_VERBS or v.i == cue.i and stance == "concede"]
    recipients = {places.at[g.i][0] for v in givers for p in v.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                  for g in p.children if g.dep_ == "pobj" and g.i in places.at}
    # "handed over control of the airport to the US", "refused to cede Donetsk to Russia": who receives is no issue
    issues = [i for i in issues_under(top, places) if i not in recipients]
    approved = next((c for c in cue.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if stance == "accept" and cue.lemma_.lower() == "approve" and approved is not None and approved.lemma_.lower() == "plan":
        named_places = {name for name, _, _ in places.at.values()}
        own = {_phrase_at(m) for m in approved.children if m.dep_ in ("compound", "amod")}
        issues = [i for i in issues if i in own or i in named_places
                  or i in ISSUE_FAMILY and ISSUE_FAMILY[i] not in lexicon.DEED_FAMILIES]
        if not issues:
            return []  # "approved a plan to drill the wells": granting another's plan; a peace plan or a
            # plan to join NATO approved is agreement on the matter; "a plan to drill two relief wells"
            # names aid only by a word of what is to be done, as an act does
    if stance == "accept" and cue.pos_ == "VERB" and approved is not None and issues and _phrase_at(approved) is None \
            and all(any(_phrase_at(m) == issue for m in approved.children if m.dep_ in ("compound", "amod", "nmod"))
                    for issue in issues):
        return []  # "approved a BP drilling plan": what is approved is the plan, which drilling only describes
    for noun in extra:
        if not issues:
            issues = [i for i in issues_under(noun, places) if i]
    if not issues and cue.pos_ == "ADJ" and cue.dep_ == "acomp":
        issues = issues_under(cue.head, places)  # 'was "ready to work" ... on a memorandum': the copula's phrases
    if not issues and extra and extra[0].lemma_.lower() in lexicon.STANCE_NOUNS:
        # "Zelenskyy signaled a willingness to swap territory, a suggestion Russia rejected":
        # the suggestion is the stance stated before it in the sentence
        for earlier_cue in sorted((t for t in cue.sent if t.i < extra[0].i and t.i in other_cues), reverse=True):
            issues = issues_under(earlier_cue, places)
            if issues:
                break
    stance_object = next((c for c in cue.children if c.i in other_cues and c.pos_ == "NOUN" and (
        c.dep_ == "dobj" or c.dep_ == "nsubjpass" and any(a.dep_ == "agent" for a in cue.children))), None)
    if not issues and stance_object is not None and cue.pos_ == "VERB":
        # "rejected Putin's demand for Donetsk", "supported a proposal to make liability retroactive"
        if stance == "support" and cue_stance(stance_object) in ("oppose", "reject"):
            stance = cue_stance(stance_object)  # "went on to defend the Church's opposition to abortion": against it
        issues = issues_under(stance_object, places)
        if not issues:
            named = open_issue(stance_object, places)
            issues = [named] if named else []
    if not issues and stance in OPEN_ISSUE_STANCES:
        named = open_issue(top, places)
        issues = [named] if named else []
    if not issues and stance == "support":
        law = _named_law_supported(top)
        issues = [law] if law else []
    direct = next((c for c in top.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if issues and direct is not None and stance in ("propose", "demand") \
            and all(ISSUE_FAMILY.get(i) not in (None, "territory") for i in issues) \
            and _phrase_at(direct) is None and not issues_under(direct, places) \
            and not any(t.i in places.at for t in direct.subtree):
        # "offered indemnity to the vaccine manufacturers": what is offered, not a word further off
        named = open_issue(top, places)
        issues = [named] if named else issues
    if stance == "concede" and not issues:
        return []
    if cue.pos_ == "NOUN" and cue.lemma_.lower() in lexicon.OWN_ACTION_NOUNS:
        named_places = {name for name, _, _ in places.at.values()}
        issues = [i for i in issues if i in named_places or i in ISSUE_FAMILY and cue.lemma_.lower() != "plan"]
        # "BP's plan to lower a containment dome", "BP's offer of work to clean up the spill": what
        # one means to do oneself; an offer is a position only on a named issue or place, a plan
        # ("BP's plans to drill a relief well", "to begin a deep drilling operation") only on a place:
        # what one plans to do is an event to come unless a stance word wraps it ("proposed a plan to")
    if stance in ("accept", "propose"):
        if any(_is_a_deal(v) for v in [top, *(c for c in cue.children if c.dep_ == "xcomp")]):
            issues = [i for i in issues if i.split()[0] not in lexicon.TRANSACTION_VERBS or i in ISSUE_FAMILY]
            # "agreed to sell four fields to Marubeni for $650 million", "agreed to acquire Mariner": a
            # deal, not a stance; "Ukraine agreed to sell its rare earth minerals to the United States" is one
        if any(v.lemma_.lower() == "pay" and any(c.dep_ == "dobj" and _names_a_party(c) for c in v.children)
               for v in [top, *(c for c in cue.children if c.dep_ == "xcomp")]):
            return []  # "agreed to pay Kenneth Feinberg's firm, Feinberg Rozen LLP, $850,000 a month": a fee
    issues = [i for i in issues if i not in recipients]
    if stance == "concede" and not issues:
        return []
    earlier = cue.pos_ == "NOUN" and any(c.lemma_.lower() in lexicon.EARLIER_MODIFIERS for c in cue.children if c.dep_ == "amod")
    return [(issue, stance, earlier) for issue in issues]


def _is_organisation(mentions: list[Mention], span: tuple) -> bool:
    """Whether a holder's (start, end, text, ...) span is an organisation's name in its document: its mention is
    labelled ORG and no person's name there ends in its last word (the model labels a lone 'Trump' ORG at times)."""
    label = next((m.label for m in mentions if m.start < span[1] and span[0] < m.end), None)
    last = span[2].split()[-1] if span[2].split() else ""
    return label == "ORG" and not any(m.label == "PERSON" and m.text.split()[-1:] == [last] for m in mentions)


def _own_operation(cue: Token, organisation: bool) -> bool:
    """An organisation pressing, vowing or proposing to do something itself ('BP pressed for closing the well', 'BP had
    vowed to conduct the test', 'BP also proposed setting up the unified command center in Houston'): its own
    operation planned, not a position; what it asks of another party ('pressed BP to add capacity', 'demanded that the
    government uphold its commitments') or a person's or a government's commitment is one."""
    if not organisation or cue_stance(cue) not in ("propose", "demand") or cue.pos_ != "VERB" \
            or any(c.dep_ in ("dobj", "dative") for c in cue.children):
        return False
    slot = _open_slot(cue)
    own = slot is not None and slot.pos_ == "VERB" and (
        slot.dep_ == "xcomp" and slot.head.i == cue.i
        or slot.dep_ == "pcomp" and slot.head.dep_ == "prep" and slot.head.head.i == cue.i)
    asked = any(c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children) for c in cue.children)
    # "called upon Mayor Bill de Blasio to restart surveillance", "called for contestants to wear ...": another acts
    return own and not asked and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in slot.children)


def _is_a_deal(verb: Token) -> bool:
    """A buy / sell verb whose object is or names a company ('its stake in TNK-BP'), sold to a
    company, or with a price under it: a commercial deal. Sold to a government it is a stance."""
    return verb.lemma_.lower() in lexicon.TRANSACTION_VERBS and any(
        c.dep_ == "dobj" and any(t.ent_type_ == "ORG" for t in c.subtree) or c.dep_ == "prep" and any(
            o.dep_ == "pobj" and (o.ent_type_ == "MONEY" or c.lower_ == "to" and o.ent_type_ == "ORG")
            for o in c.children) for c in verb.children)


def _names_a_party(noun: Token) -> bool:
    """A party by name, or a noun its name stands in apposition to ('his firm, Feinberg Rozen LLP')."""
    return noun.ent_type_ in HOLDER_LABELS or any(c.dep_ == "appos" and c.ent_type_ in HOLDER_LABELS for c in noun.children)


def _tells_what_happened(clause: Token) -> bool:
    """A finite clause with its own subject in a past or perfect tense ('it had held discussions')."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and (
        clause.tag_ == "VBD" or clause.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children))


OPEN_ISSUE_STANCES = {"demand", "propose", "reject", "oppose", "accept"}

# Refusals and opposition name an issue outside the taxonomy only with a verb ('refused to disclose
# medical records') or a named law or programme: 'rejected that argument', 'dismissed some cleanup
# workers', 'warned against potential hackers' are no positions.
VERBAL_OPEN_STANCES = {"reject", "oppose", "accept"}
OPEN_ISSUE_FAMILY = "other"
OPEN_ISSUE_SLOTS = ("dobj", "xcomp", "ccomp", "pcomp", "pobj")


def _named_law_supported(top: Token) -> str | None:
    """The named law a support is of, the only issue outside the taxonomy support names ('vows to "defend the
    Affordable Care Act against Republican efforts to repeal it"', 'supported Proposition 226', 'support for the Civil
    Rights Act'; PolNeAR train, review20p): support of anything else ('supports the team') is no position. Not where
    the verb's object is someone ('welcomes you to the Gay Games')."""
    slot = _open_slot(top)
    if slot is None or slot.ent_type_ != "LAW" or any(c.dep_ == "dobj" and c.i != slot.i for c in top.children):
        return None
    law = next(ent for ent in slot.doc.ents if ent.start <= slot.i < ent.end)
    return " ".join(t.text for t in law if t.pos_ != "DET") or None


def open_issue(top: Token, places: _Places) -> str | None:
    """An issue outside the taxonomy, named by what a demand, proposal or rejection is about:
    'called for a moratorium on charter schools' -> 'moratorium on charter schools', 'called for
    releasing the police videos' -> 'release police videos'. People, pronouns, vague heads
    ('the idea', 'it') and places name none."""
    slot = _open_slot(top)
    if slot is None:
        return None
    if cue_stance(top) in VERBAL_OPEN_STANCES and slot.pos_ not in ("VERB", "AUX") \
            and slot.ent_type_ not in ("LAW", "WORK_OF_ART"):
        return None
    if slot.lemma_.lower() in lexicon.NOT_PROPOSALS:
        return None
    purpose = _purpose_of(slot) if cue_stance(top) in ("demand", "propose") else None
    slot = purpose or slot  # "calling for a process to identify a potential successor": the process's aim
    caused = _caused_act(slot)
    if caused is not None:  # "pushing to get these claims expedited": the claims expedited is what is asked
        subject = next(c for c in caused.children if c.dep_ in ("nsubj", "nsubjpass"))
        phrase = _noun_phrase(subject, places) or (noun_lemma(subject) if subject.pos_ == "NOUN" and not subject.ent_type_
                                                   and subject.lemma_.lower() in lexicon.SAID_THINGS else None)
        # "claims" done something to are claims filed, not things said (a vague word as an object of "reject")
        return f"{caused.lemma_.lower()} {phrase}" if phrase else None
    if slot.pos_ in ("VERB", "AUX") or _clause_head_tagged_noun(slot):
        if _negated(slot) and not _refused(slot) or slot.lemma_.lower() in lexicon.COMMUNICATIVE_VERBS:
            return None  # "vowed not to repeat that mistake", "vowed that a cozy relationship would no
            # longer be tolerated", "sought to emphasize the risks"
        if any(c.dep_ == "nsubj" and c.lower_ == "you" for c in slot.children):
            return None  # "I would suggest you keep a close eye": advice to the one addressed
        slot = _purpose_of_a_pronouns_use(slot) or slot
        if _frames_only(slot):
            return None  # "insists the leaked oil ... should be put in context": an argument about it, no act
        obj = next((c for c in slot.children if c.dep_ in ("dobj", "attr")), None) or \
            next((c for c in slot.children if c.dep_ == "nsubjpass"), None) or \
            next((o for p in slot.children if p.dep_ == "prt" for o in p.children if o.dep_ == "pobj"), None)
        # "that payments be halted"; "to take over BP": the parser may hang the object on the particle
        if obj is None and slot.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in slot.children):
            # "called for BP's operations to be seized": the passive's subject is the 'for' phrase
            obj = next((o for p in top.children if p.dep_ == "prep" and p.lower_ == "for"
                        for o in p.children if o.dep_ == "pobj"), None)
        if slot.lemma_.lower() in lexicon.HELPING_VERBS and obj is not None and (
                obj.ent_type_ in HOLDER_LABELS or obj.pos_ == "PRON" or obj.lemma_.lower() in lexicon.INSTITUTION_HEADS):
            return None  # "offered to help the government and BP": an offer of help to a party, no issue
        if _vague_verb(slot) or obj is None:
            return None
        phrase = _noun_phrase(obj, places) or _people_kept_out_or_let_in(slot, obj)
        if not phrase:
            return None
        rest = _compound_split_as_a_verb(obj)
        if rest:
            phrase = f"{phrase} {rest}"  # "increase the oil spill clean up fund tax": not "increase oil spill"
        result = next((_noun_phrase(o, places) for p in slot.children if p.dep_ == "prep" and p.lower_ == "into"
                       for o in p.children if o.dep_ == "pobj"), None) if slot.lemma_.lower() in lexicon.PLACING_VERBS else None
        # "put BP's American operations into temporary receivership": where the object is put is the action
        named = f"{_act_name(slot)} {phrase}" + (f" into {result}" if result else "")
        return _completed_act(named, slot, obj, phrase, places, placed=result is not None)
    return _noun_phrase(slot, places)


def _compound_split_as_a_verb(noun: Token) -> str | None:
    """The rest of a long compound noun the parser split at a word it read as a bare verb: in 'proposing to increase
    the oil spill clean up fund tax to 41 cents' it made 'spill' the object and 'clean up fund tax' a clause of its
    own, so the issue read 'increase oil spill' (a garbled issue on the seed-1405, 1409 and posprec19 sheets). A
    base-form verb right after the noun, with no subject, auxiliary, marker or punctuation before it, and only its
    particle and compounds before its own object, continues the noun: its words up to that object are returned."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or noun.right_edge.i != noun.i:
        return None
    verb = doc[noun.i + 1]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VB", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or any(t.dep_ not in ("prt", "compound") for t in doc[verb.i + 1: obj.i]):
        return None
    return " ".join(t.lower_ for t in doc[verb.i: obj.i + 1])


def _caused_act(verb: Token) -> Token | None:
    """'get these claims expedited', 'have the well capped': a causative verb whose complement is a participle with its
    own subject names the act done to that subject (`lexicon.CAUSATIVE_VERBS`); 'get' alone is a vague word."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.CAUSATIVE_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ in ("VBN", "VBD")
                 and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                 and not any(a.dep_ in ("mark", "aux", "auxpass") for a in c.children)), None)
    # a participle the tagger took for a past tense ("get these claims expedited"): no finite clause follows
    # "get" or "have" without "that" or an auxiliary


def _clause_head_tagged_noun(token: Token) -> bool:
    """'demanding that police release department video of the shooting': the tagger made 'release' a noun, but a
    that-clause's head with its own subject and object is its verb (PolNeAR dev a90ed65b831e gave the bare issue
    'release', which states no position)."""
    return token.pos_ == "NOUN" and token.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in token.children) \
        and any(c.dep_ == "dobj" for c in token.children)


def _purpose_of_a_pronouns_use(verb: Token) -> Token | None:
    """'federal officials insisted it should be used to perform the so-called "bottom kill"': a passive whose subject
    is a pronoun ('it', named in an earlier clause) names nothing of its own; the infinitive that says what for
    names the act asked for ('perform bottom kill'), as `_purpose_of` reads a bare thing's."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or not any(
            c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _purpose_of(noun: Token) -> Token | None:
    """The infinitive a bare demanded or proposed thing is for ('a process to identify a potential
    successor'), which names what is asked where the thing itself ('a process') names nothing."""
    if noun.pos_ != "NOUN" or any(c.dep_ in ("compound", "amod", "prep") for c in noun.children):
        return None  # "a contingency plan", "a moratorium on drilling" name themselves
    return next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _open_slot(top: Token) -> Token | None:
    """The first argument naming what a stance is about; under 'urged Trump to make ...' the
    clause, not the addressee; under 'the rate he has proposed' the noun the clause modifies."""
    if top.dep_ in ("relcl", "acl") and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in top.children):
        return top.head if top.head.pos_ == "NOUN" else None
    clause = (_for_clause(top) or _infinitive_after_a_named_party(top)) if top.pos_ == "VERB" else None
    if clause is not None:
        return clause
    slots = OPEN_ISSUE_SLOTS if not any(c.dep_ == "xcomp" for c in top.children) else ("xcomp",) + OPEN_ISSUE_SLOTS
    if top.pos_ == "NOUN":  # "BP's refusal to release the footage", "a plan to stop the leak"
        slots = ("acl",) + slots
    for dep in slots:
        for child in (c for c in top.children if not _beyond_a_link_stamp(top, c)):
            if dep == "acl" and not (child.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)):
                continue  # an infinitive, not "a plan approved by the regulator"
            if child.dep_ == dep and not (dep == "dobj" and (child.ent_type_ in HOLDER_LABELS or child.pos_ == "PRON" or (
                    child.pos_ == "PROPN" and any(c.dep_ == "prep" and c.lower_ == "for" for c in top.children)))):
                return child  # "asked BP for a block grant", "push BP for a strong response": BP is asked
            if dep == "pobj" and child.dep_ == "prep" and child.lower_ in ("for", "on", "against", "to", "of") \
                    and _belongs_to_the_verb(child, top):
                found = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if found is not None and child.lower_ == "of" and top.pos_ == "NOUN" and _names_people(found):
                    continue  # "made the same demands of the Democratic presidential candidates": asked of them
                if found is not None:
                    return found
    return None


def _names_people(noun: Token) -> bool:
    """A person or party: a name of one, a pronoun, or a role ('the Democratic presidential candidates'). A stance
    noun's 'of' phrase naming one says whose the stance is or of whom it is asked, not what it is about."""
    return noun.ent_type_ in HOLDER_LABELS or noun.pos_ == "PRON" or noun.lemma_.lower() in ROLE_HEADS


def _after_glued_number(token: Token) -> bool:
    """A unit written onto its number ("m" of "$700m", "bn" of "5bn"): no word of an issue."""
    return token.i > 0 and token.doc[token.i - 1].like_num and not token.doc[token.i - 1].whitespace_


def _hyphenated(word: Token) -> str:
    """'long-term' for the 'term' of 'a long-term settlement', which the parser splits into three tokens."""
    if word.i > 1 and word.doc[word.i - 1].text == "-" and word.doc[word.i - 1].head.i == word.i \
            and word.doc[word.i - 2].head.i == word.i and not word.doc[word.i - 1].whitespace_:
        return word.doc[word.i - 2: word.i + 1].text.lower()
    return word.text if word.pos_ == "PROPN" else word.lower_  # "Paris climate agreement" keeps the name's case


NOUN_PHRASE_PREPOSITIONS = ("on", "of", "for", "against")
# a field label's thing also says where and to what ('drilling off their state's shores', 'drilling in shallow waters',
# 'reforms to drilling practices'); for an open issue these are mostly circumstances
FIELD_PHRASE_PREPOSITIONS = NOUN_PHRASE_PREPOSITIONS + ("to", "off", "in", "at")  # "reform at the companies"


def _noun_phrase(head: Token, places: _Places, field: bool = False) -> str | None:
    """'moratorium on charter schools': the head lemma with its compounds and adjectives, and one
    'on / of / for / against' phrase; None for people, pronouns, places and vague words. `field`: the phrase
    that replaces a field label (`specific_issue`) also keeps a coordinated noun modifier ('oil and gas
    drilling'), a 'to / off / in' phrase that names no time, and the whole name of a place in it; it drops a
    superlative ('the toughest reforms': the writer's grading, not the thing)."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("PERSON", "NORP", "GPE", "LOC", "DATE", "TIME", "MONEY",
                                                                "CARDINAL", "PERCENT", "QUANTITY") \
            or _after_glued_number(head) \
            or head.i in places.at or head.lemma_.lower() in lexicon.VAGUE_ISSUE_WORDS \
            or head.lemma_.lower() in lexicon.STANCE_NOUNS and not any(c.dep_ == "compound" for c in head.children):
        return None  # "the proposal" names nothing, nor "m" of "$700m"; "a contingency plan" does
    words = [c for c in head.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN", "ADJ")
             and c.lemma_.lower() not in lexicon.EARLIER_MODIFIERS
             and not _after_glued_number(c)]  # "m" of "$100m fund"
    if field:
        words = [w for w in words if w.tag_ != "JJS"] + [c for c in head.children if _noun_modifier(c)]
        words += [w for c in list(words) if all(g.dep_ in ("cc", "conj") and not any(g.children) for g in c.children)
                  for w in c.children if w.i < head.i and (w.dep_ == "cc" or w.pos_ == c.pos_)]  # "oil and gas drilling"
    words += [n for w in words if w.pos_ == "PROPN" for n in _name_compounds(w)]  # "Puerto" of "the Puerto Rico debt deal"
    text = " ".join(part for part in (_glued_hyphens(sorted(set(words), key=lambda t: t.i)),
                                      noun_lemma(head) if head.pos_ == "NOUN" else head.text) if part)
    prepositions = FIELD_PHRASE_PREPOSITIONS if field else NOUN_PHRASE_PREPOSITIONS
    preposition = next((c for c in head.children if c.dep_ in ("prep", "prt") and c.lower_ in prepositions
                        and (c.dep_ == "prep" or field) and not (field and (_names_a_time(c) or _names_an_amount(c)))), None)
    if preposition is not None:
        obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not (field and obj.lemma_.lower() in lexicon.VAGUE_ISSUE_WORDS):
            inner = [c.lower_ for c in obj.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
            if field:
                inner = [_hyphenated(c) + ("'s" if c.dep_ == "poss" else "") for c in obj.children
                         if c.i < obj.i and (c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN", "ADJ")
                                             or c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"))]
            said = obj.lower_ if obj.pos_ == "NOUN" else obj.text
            place = next((e for e in head.doc.ents if e.start <= obj.i < e.end), None) if field else None
            if place is not None and place.label_ in PLACE_ENT_TYPES | {"FAC"}:
                inner, said = [], " ".join(t.text for t in place if t.dep_ != "det")  # "in the Gulf of Mexico"
            of = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj" and o.pos_ == "NOUN"), None) if field and obj.pos_ == "NOUN" else None
            if of is not None:  # "reform in the policing of offshore drilling"
                said += " of " + " ".join([c.lower_ for c in of.children if c.dep_ in ("compound", "amod")
                                           and c.pos_ in ("NOUN", "ADJ") and c.i < of.i] + [of.lower_])
            text += f" {preposition.lower_} " + " ".join(inner + [said])
    return text if len(text.split()) <= (9 if field else 7) else None


def _glued_hyphens(words: list[Token]) -> str:
    """The modifiers as written, a hyphen the tagger made a word of its own glued to its neighbours ('Trans-Pacific
    Partnership', which read 'Trans - Pacific Partnership')."""
    parts: list[str] = []
    for before, word in zip([None, *words], words):
        glued = before is not None and before.i + 1 == word.i and not before.whitespace_ and "-" in (before.text, word.text)
        if glued:
            parts[-1] += word.text
        else:
            parts.append(_hyphenated(word))
    return " ".join(parts)


def _noun_modifier(child: Token) -> bool:
    """A bare noun the parser hangs on a noun as 'nmod' ('oil' of 'oil and gas drilling'), not a piece of a
    hyphenated measure ('8-cent-a-barrel tax') nor the head of a phrase of its own ('the Cadillac tax and medical
    device tax', which one word cannot stand for)."""
    return child.dep_ == "nmod" and child.pos_ == "NOUN" and child.i < child.head.i \
        and all(c.dep_ in ("cc", "conj") and not any(c.children) for c in child.children) \
        and not any(child.doc[i].text == "-" for i in (child.i - 1, child.i + 1) if 0 <= i < len(child.doc))


def _people_kept_out_or_let_in(act: Token, obj: Token) -> str | None:
    """'pledged to ban all Muslims from entering the U.S.': a people (a nationality, religion or group name) as
    the object of a verb of admission (`lexicon.ADMISSION_VERBS`) is what the measure acts on, so it names the
    issue with the verb; under any other verb a people is a party, no issue ('vowed to defeat Republicans')."""
    if act.lemma_.lower() not in lexicon.ADMISSION_VERBS or obj.ent_type_ != "NORP" or obj.tag_ not in ("NNPS", "NNS"):
        return None
    return obj.text


def _name_compounds(name: Token) -> list[Token]:
    """The words before a proper noun that the parser hangs on it rather than on the phrase's head: 'Puerto' in 'the
    Puerto Rico debt deal' (compound of 'Rico'), so the issue read 'Rico debt deal'."""
    found = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < name.i]
    return found + [n for c in found for n in _name_compounds(c)]


def _cue_text(cue: Token) -> str:
    words = [cue] + [c for c in cue.children if c.dep_ == "prt" or (c.dep_ == "prep" and (cue.lemma_.lower(), c.lower_) in lexicon.PHRASAL_STANCE_VERBS)]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def issue_family(issue: str, places: _Places | None = None) -> str:
    """The taxonomy family; 'territory' for a named place; 'other' for an issue named by its words."""
    if issue in ISSUE_FAMILY:
        return ISSUE_FAMILY[issue]
    if places is not None and issue not in {name for name, _, _ in places.at.values()}:
        return OPEN_ISSUE_FAMILY
    return "territory"


# ---------------------------------------------------------------- the corpus: statements and positions


@dataclass
class Statement:
    """One claim whose holder is a linked entity: the unit positions are folded from."""

    actor: str
    issue: str
    family: str
    stance: str
    date: str | None
    date_range: list[str] | None
    doc: str
    start: int
    end: int
    quote: str | None
    earlier: bool = False
    before: str | None = None  # for an earlier stance: the date of the sentence that mentions it
    listed: bool = True  # the claim's listing (Claim.listed)
    detail: str | None = None  # Claim.detail: what of a taxonomy issue it is about (None: not read)


def statements_from_claims(claims: list[Claim], entity_of: EntityLookup, entity_names: dict[str, tuple[str, str]],
                           documents: dict[str, Document]) -> list[Statement]:
    """Claims whose holder is a linked person, organisation or government that is not a news outlet.
    `entity_names`: entity id -> (name, type)."""
    spans = spans_by_document(entity_of) if not callable(entity_of) else {}
    outlets = {doc.outlet for doc in documents.values() if doc.outlet}
    found = []
    for claim in claims:
        actor = entity_at(entity_of, claim.doc, claim.holder_start, claim.holder_end) \
            or overlapping_entity(spans, claim.doc, claim.holder_start, claim.holder_end)
        if actor is None or actor.startswith("text:") or not is_specific_issue(claim):
            continue
        name, kind = entity_names.get(actor, (claim.holder_text, ""))
        person = kind == "PERSON"
        if kind and kind not in HOLDER_LABELS or is_outlet_name(name, outlets, person) \
                or is_outlet_name(claim.holder_text, outlets, person):
            continue
        if claim.issue == name or claim.issue.lower() in {part.lower() for part in name.split()}:
            continue  # "Russia rejected Russia": a place is not its own issue
        document = documents.get(claim.doc)
        published = document.published[:10] if document and document.published else None
        date, date_range = claim.date, claim.date_range
        if not date and not date_range and not claim.earlier:  # the sentence has no date of its own
            date, date_range = published, None if published else (document.published_range if document else None)
        latest = published or (document.published_range[1] if document and document.published_range else None)
        found.append(Statement(actor, claim.issue, claim.issue_family, claim.stance, date, date_range,
                               claim.doc, claim.start, claim.end, claim.quote, claim.earlier,
                               latest if claim.earlier else None, claim.listed, claim.detail))
    return _short_names_as_written_in_full(found, entity_names)


def _short_names_as_written_in_full(statements: list[Statement], entity_names: dict[str, tuple[str, str]]) -> list[Statement]:
    """'The House of Representatives on Friday approved ...' and, further down, 'the House also approved ...': within
    one document a holder named by the short form of another holder's name (`short_forms`: the head before an 'of'
    phrase), of the same kind, is that holder, so the article's one chamber holds one position, not two. Only within
    the document: across the coverage 'the House' may be another one."""
    by_doc: dict[str, set[str]] = {}
    for statement in statements:
        by_doc.setdefault(statement.doc, set()).add(statement.actor)
    for statement in statements:
        name, kind = entity_names.get(statement.actor, ("", ""))
        if not name or " " in name:
            continue
        longer = [other for other in by_doc[statement.doc] if other != statement.actor
                  and entity_names.get(other, ("", ""))[1] == kind and name in short_forms(entity_names[other][0])]
        if len(longer) == 1:
            statement.actor = longer[0]
    return statements


def is_specific_issue(claim: Claim) -> bool:
    """A taxonomy issue, a named place, an action ('release the police videos') or an open issue
    that names something ('the Affordable Care Act'). Open issues named by a bare thing ('offered a
    witty look', 'asked for his milk', 'pledged 400m euros') stay claims in the store but state no
    position: on the judged sheets most of them were listings, personal requests or garbled phrases
    (docs/positions.md)."""
    return claim.issue_family != OPEN_ISSUE_FAMILY or claim.action or claim.measure \
        or any(word[:1].isupper() for word in claim.issue.split())


def _day(statement: Statement) -> str:
    """Sort key: an earlier stance goes just before the sentence that mentions it."""
    if statement.earlier:
        return (statement.before or "9999") + " 0"
    day = statement.date or (statement.date_range[0] if statement.date_range else None)
    return (day or "9999") + " 1"


def positions_from_statements(statements: list[Statement], copy_of: dict[str, str | None]) -> list[Position]:
    """One position per run of one stance of one actor on one issue, in date order."""
    by_issue: dict[tuple[str, str], list[Statement]] = {}
    for statement in statements:
        by_issue.setdefault((statement.actor, statement.issue), []).append(statement)
    positions: list[Position] = []
    for (actor, issue), items in sorted(by_issue.items()):
        # an earlier stance goes just before the statement that mentions it, even when that one is
        # dated only by a wide range ("before 2026-12-01" must not follow a drop of 2019..2026)
        mentioned_in = {(s.doc, s.start): _day(s)[:-2] for s in items if not s.earlier}
        stated = {id(s): n for n, s in enumerate(items)}  # one sentence's stances in the order of their words
        items = sorted(items, key=lambda s: (mentioned_in[(s.doc, s.start)] + " 0" if s.earlier and (s.doc, s.start)
                                             in mentioned_in else _day(s), s.doc, s.start, stated[id(s)]))
        runs: list[list[Statement]] = []
        for statement in _without_contradicted(items, copy_of):
            if runs and runs[-1][-1].stance == statement.stance:
                runs[-1].append(statement)
            else:
                runs.append([statement])
        before: list[Statement] = []
        for step, run in enumerate(runs):
            previous = before[0].stance if before and _one_matter(before, run) else None
            position = _position(actor, issue, run, copy_of, previous)
            position.contradicted_by = _contradictions(run, items, copy_of)
            position.step = step
            positions.append(position)
            before = run
    return positions


def _one_matter(before: list[Statement], after: list[Statement]) -> bool:
    """Whether two runs of stances on one issue are about one matter, so the second changed from the first: some
    statement of each names the issue in the same way (`issue_detail`), or one was not read so. Under a coarse
    taxonomy issue, a demand to end the tax treatment of carried interest and a promise of lower taxes are two
    matters of the taxes issue, not a change of stance (PolNeAR dev: Trump / taxes, demand -> propose)."""
    details = {s.detail for s in before}
    return None in details or any(s.detail is None or s.detail in details for s in after)


def _same_time(a: Statement, b: Statement) -> bool:
    return a.doc != b.doc and _day(a)[:10] == _day(b)[:10] and not a.earlier and not b.earlier


def _without_contradicted(items: list[Statement], copy_of: dict[str, str | None]) -> list[Statement]:
    """Within one document an actor holds one stance per issue unless the text says it moved
    (an earlier stance, a later date): of two same-dated stances the more often stated stays, else the
    first stated (in one sentence, the first stance word: 'has long demanded full territorial
    liberation and ... signaled a willingness to swap territory, giving up land')."""
    kept = []
    order = {id(s): n for n, s in enumerate(items)}
    for statement in items:
        rivals = [s for s in items if s.doc == statement.doc and s.stance != statement.stance
                  and _day(s) == _day(statement)]
        if rivals:
            mine = sum(1 for s in items if s.doc == statement.doc and s.stance == statement.stance and _day(s) == _day(statement))
            theirs = max(sum(1 for s in items if s.doc == statement.doc and s.stance == r.stance and _day(s) == _day(statement))
                         for r in rivals)
            if mine < theirs or mine == theirs and min((r.start, order[id(r)]) for r in rivals) \
                    < (statement.start, order[id(statement)]):
                continue
        kept.append(statement)
    return kept


def _contradictions(run: list[Statement], items: list[Statement], copy_of: dict[str, str | None]) -> list[dict[str, Any]]:
    """Statements from other original sources of the same day giving the actor another stance."""
    found, seen = [], set()
    for statement in run:
        for other in items:
            if other.stance == statement.stance or not _same_time(statement, other):
                continue
            if root_original(other.doc, copy_of) == root_original(statement.doc, copy_of):
                continue
            key = (other.doc, other.start, other.stance)
            if key not in seen:
                seen.add(key)
                found.append({"stance": other.stance, "doc": other.doc, "start": other.start, "end": other.end})
    return found


def _position(actor: str, issue: str, run: list[Statement], copy_of: dict[str, str | None], previous: str | None) -> Position:
    best = min(run, key=lambda s: (not s.listed, s.quote is None, root_original(s.doc, copy_of) != s.doc, _day(s),
                                   s.doc, s.start))
    mentions, seen = [], set()
    for statement in run:
        key = (statement.doc, statement.start, statement.end)
        if key not in seen:
            seen.add(key)
            mentions.append({"doc": statement.doc, "start": statement.start, "end": statement.end,
                             "date": statement.date, "date_range": statement.date_range, "quote": statement.quote,
                             "earlier": statement.earlier, "before": statement.before, "listed": statement.listed,
                             "detail": statement.detail})
    days = sorted({s.date for s in run if s.date})
    date = days[0] if days else None
    date_range = [days[0], days[-1]] if len(days) > 1 else None
    if date is None and not days:
        ranges = [s.date_range for s in run if s.date_range]
        if ranges:
            date_range = [min(r[0] for r in ranges), max(r[1] for r in ranges)]
        elif all(s.earlier for s in run):
            befores = [s.before for s in run if s.before]
            date_range = [None, min(befores)] if befores else None
    sources = sorted({s.doc for s in run})
    return Position(
        actor=actor, topic=issue, stance=run[0].stance, date=date, quote=best.quote,
        evidence={"doc": best.doc, "start": best.start, "end": best.end}, issue_family=run[0].family,
        date_range=date_range, previous=previous, mentions=mentions, sources=sources,
        independent_sources=independent_sources(sources, copy_of),
        listed=any(s.listed for s in run),
    )


def statements_of_positions(positions: Iterable[dict[str, Any] | Position]) -> list[Statement]:
    """Stored positions back into their statements, so an addition re-folds an actor's ledger."""
    found = []
    for position in positions:
        data = position if isinstance(position, dict) else position.__dict__
        for mention in data.get("mentions") or []:
            found.append(Statement(data["actor"], data["topic"], data.get("issue_family") or issue_family(data["topic"]),
                                   data["stance"], mention.get("date"), mention.get("date_range"), mention["doc"],
                                   mention["start"], mention["end"], mention.get("quote"), bool(mention.get("earlier")),
                                   mention.get("before"), mention.get("listed", data.get("listed", True)),
                                   mention.get("detail")))
    return found


def extract_positions(claims: list[Claim], entity_of: EntityLookup, entity_names: dict[str, tuple[str, str]],
                      documents: list[Document] | dict[str, Document], copy_of: dict[str, str | None] | None = None,
                      stored: Iterable[dict[str, Any]] = ()) -> list[Position]:
    """Each actor's positions from the documents' claims (plus the statements of `stored` positions
    when documents are added to a stored story), one per run of a stance, each (actor, issue) in its chain order."""
    by_id = documents if isinstance(documents, dict) else {d.id: d for d in documents}
    copy_of = copy_of if copy_of is not None else {doc.id: doc.copy_of for doc in by_id.values()}
    statements = statements_of_positions(stored) + statements_from_claims(claims, entity_of, entity_names, by_id)
    return positions_from_statements(statements, copy_of)


def ledger(positions: list[dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """(actor, issue) -> its positions in chain order (`step`): how the actor's stance on the issue moved."""
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for position in positions:
        grouped.setdefault((position["actor"], position["topic"]), []).append(position)
    for items in grouped.values():
        items.sort(key=lambda position: position.get("step", 0))
    return grouped
