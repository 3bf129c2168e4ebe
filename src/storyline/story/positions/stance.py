"""The stance of a cue word (demand, propose, support, accept, reject, oppose, drop...): its lemma and
construction, and what takes the stance away: negation, questions, conditions, hypotheticals, false claims."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from storyline.nlp.lexicon import FIRST_PERSON
from storyline.nlp.spacy_model import parse_columns, span_text
from storyline.story import lexicon
from storyline.story.positions.words import (
    FEMININE_PRONOUNS, HOLDER_LABELS, infinitive_hung_on_the_light_verb, MASCULINE_PRONOUNS, names_a_party,
    names_a_time, names_which_measure, phrase_at, SUBJECT_DEPS)


PERSONAL_PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "his", "its", "their"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
WILL_AUXILIARIES = lexicon.FUTURE_AUXILIARIES | {"wo"}  # and the "wo" of "won't": what one says one will (not) do
CUE_LEMMAS = frozenset(set(lexicon.STANCE_VERBS) | {verb for verb, _ in lexicon.PHRASAL_STANCE_VERBS}
                        | lexicon.READY_ADJECTIVES | set(lexicon.STANCE_NOUNS) | lexicon.FAVOR_NOUNS
                        | lexicon.PERMITTING_VERBS | lexicon.OPPOSING_PREPOSITIONS | set(lexicon.ADVOCATE_NOUNS)
                        | lexicon.LAND_LEAVING_VERBS)
# every lemma `cue_stance` can give a stance to: any other word is no stance word, whatever its parse
STANCE_WORD_LEMMAS = CUE_LEMMAS | frozenset(lexicon.ADDRESSEE_DEMAND_VERBS) | {"back"}


def _particles(token: Token) -> list[str]:
    """The particles and prepositions after a verb ('called for', 'backed off'); a phrase before it
    ('On CNN Tuesday, ... called for') or one naming a time ('called a referendum ... for June 5')
    is a circumstance, not part of the verb; 'the ceasefire for which Zelensky had called' moved it."""
    return [child.lower_ for child in token.children if child.dep_ in ("prt", "prep", "advmod")
            and not (child.dep_ == "prep" and (not belongs_to_the_verb(child, token) or names_a_time(child)))]


def belongs_to_the_verb(preposition: Token, verb: Token) -> bool:
    """A preposition after its verb, or a relative one before it ('the ceasefire for which Zelensky had
    called'); one before the verb otherwise ('On CNN Tuesday, his wife called for ...') is a circumstance."""
    return preposition.i > verb.i or _relative_object(preposition)


def _relative_object(preposition: Token) -> bool:
    """'for which', 'to whom': the preposition belongs to the verb of the relative clause."""
    return any(o.dep_ == "pobj" and o.lower_ in RELATIVE_PRONOUNS for o in preposition.children)


def names_an_amount(preposition: Token) -> bool:
    """'a tax at 35 percent', 'wages at $12 an hour': a rate, not what the thing is."""
    return any(o.dep_ == "pobj" and (o.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL") or any(
        c.dep_ == "nummod" for c in o.children)) for o in preposition.children)


@lru_cache(maxsize=1)
def _phrasal_only_verbs() -> frozenset[str]:
    """Verbs that state a stance only with their particle ('back off'), made once, not per verb."""
    return frozenset({verb for verb, _ in lexicon.PHRASAL_STANCE_VERBS} - set(lexicon.STANCE_VERBS))


def wants_a_named_party_to_act(verb: Token) -> bool:
    """'wants BP to set up an escrow fund', 'wants Congress to pass the bill': an infinitive whose own subject is a named
    party (a person, organisation, government or group) other than the one who wants it. What one wants of a named
    party is asked of it (session 56's development recall reading of `bpoil_foxnews` 140), where what one wants done
    oneself or by no one named ('wants to make tuition free', 'wants the mandate phased out') is a support."""
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.i < clause.i and (doer.ent_type_ in HOLDER_LABELS or doer.pos_ == "PROPN"):
            return True
    return False


def cue_stance(token: Token) -> str | None:
    """The stance a word states as used here: 'backed off' drops, 'backed' supports, 'call' needs 'for'."""
    lemma = token.lemma_.lower()
    if lemma not in STANCE_WORD_LEMMAS:
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
        if (lemma, "for") in lexicon.PHRASAL_STANCE_VERBS and for_clause(token) is not None:
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
        if lemma == "want" and wants_a_named_party_to_act(token):
            return "demand"  # "Obama wants BP to set up an escrow fund": asked of another, as "urged BP to" is
        if lemma in lexicon.POLICY_UNDOING_VERBS:
            return "propose" if _will_undo_a_named_measure(token) else None
        if lemma in lexicon.LAND_LEAVING_VERBS:
            return "concede" if _refuses_to_leave(token) else None
        if lemma in ("recognize", "recognise") and not _recognizes_a_claim(token):
            return None  # "recognized the problem", "recognized that ...": acknowledging, not accepting a claim
        if lemma == "threaten" and not any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children):
            return None  # "threatened to impose secondary tariffs" commits to a measure, on a condition; "the storm
            # threatened the coast", "threatened that ..." do not
        if lemma == "block" and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lexicon.POLICY_MEASURE_NOUNS
                                        and any(d.dep_ in ("det", "poss") for d in c.children) for c in token.children):
            return None  # "blocked the road", "blocked access": a deed, not a measure vetoed; "has been blocking
            # progressive legislation" (a critic of BP) is a kind of measure fought, no one measure vetoed
        if lemma in lexicon.ATTACKING_VERBS and not any(
                c.dep_ in ("dobj", "nsubjpass") and names_which_measure(c)
                and c.lemma_.lower() not in lexicon.FACILITY_MEASURE_NOUNS for c in token.children):
            return None  # "blasted the rock to make room for the pipeline": a deed; only a named measure attacked
        if lemma in lexicon.LEGISLATING_VERBS and not any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lexicon.LEGISLATIVE_TEXTS for c in token.children):
            return None  # "introduced the speaker": only a bill put forward
        if lemma == "warn" and warns_a_party_off(token):
            return "demand"  # "warned the Fed not to act" (development recall reading, session 51)
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
        return "oppose" if is_copular_against(token) else None
    if token.pos_ == "NOUN" and lemma in lexicon.ADVOCATE_NOUNS:
        return lexicon.ADVOCATE_NOUNS[lemma] if advocate_said_of_a_party(token) is not None else None
    if token.pos_ == "NOUN" and lemma in lexicon.FAVOR_NOUNS:
        in_favor_of = token.dep_ == "pobj" and token.head.lower_ == "in" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        return "support" if in_favor_of else None
    if token.pos_ == "NOUN" and lemma in lexicon.STANCE_NOUNS:
        if lemma == "call" and any(c.dep_ == "nummod" for c in token.children):
            return None  # "NASA has made four previous servicing calls to Hubble to repair equipment": calls counted
            # are visits or phone calls made (Timeline17 development sheet, round 58: listed as NASA's demand)
        if infinitive_hung_on_the_light_verb(token) and lemma in ("call", "need", "plan", "pledge", "promise", "vow"):
            return lexicon.STANCE_NOUNS[lemma]  # "reiterated her call to end the moratorium", the infinitive on the verb
        if lemma == "call" and any(c.dep_ in ("prt", "prep") and c.lower_ in ("in", "off", "out", "up") for c in token.children):
            return None  # "Havana calls in Venezuelan experts": summoning, not a call for anything
        if lemma == "call" and "for" not in _particles(token) and not any(c.dep_ in ("acl", "advcl") for c in token.children):
            return None  # "a call for a ceasefire", "a call for the US to accept refugees"; not "a phone call"
        if lemma == "push" and "for" not in _particles(token):
            return None  # "his earlier push for an immediate ceasefire"; not "a push into the Donbas"
        if lemma == "need" and not any(c.dep_ in ("acl", "xcomp") or c.lower_ == "for" for c in token.children):
            return None  # "the need to lift the moratorium", "the need for talks"
        if lemma in ("plan", "pledge", "promise", "vow") and not any(
                c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children) for c in token.children):
            return None  # "plans to file a motion"; "BP's drilling plan", "a response plan" are documents; "a pledge of
            # $10 million" is money given, "Mr. Obama's original pledge to remove all troops" a proposal (session 54's
            # development recall reading)
        return lexicon.STANCE_NOUNS[lemma]
    return None


def advocate_said_of_a_party(noun: Token) -> Token | None:
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


def is_copular_against(token: Token) -> bool:
    """'Gulf fishermen are against the moratorium', 'I was totally against going into Iraq': "against" said of a
    copula's subject with its object, or of one who 'came out against' it (a public stance taken: session 53 probe,
    "Hillary Clinton came out against the Keystone XL pipeline" gave nothing); not a circumstance of another verb
    ('campaigned against Obama')."""
    head = token.head
    came_out = head.lemma_ == "come" and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    return token.lower_ in lexicon.OPPOSING_PREPOSITIONS and token.dep_ == "prep" \
        and (head.lemma_ == "be" or came_out) and any(c.dep_ in ("pobj", "pcomp") for c in token.children)


def agrees_with_a_view(verb: Token) -> bool:
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
    return _told_as_future(verb) and is_negated(verb)  # a conditional's "would" is `is_hypothetical`'s


def _asks_to_act(verb: Token) -> bool:
    """'asked BP to drill', 'pressed Russia to accept', 'would push to abolish the Department': an infinitive.
    A gerund says what something is called ('Mr. Thompson calls discounting a loser's game')."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


def warns_a_party_off(verb: Token) -> bool:
    """'warned the Federal Reserve not to raise interest rates': a warning to a named party not to do something asks
    it to refrain, as 'urged ... not to' does; 'warned that ...' and 'warned residents to stay indoors' (an emergency
    advice) do not, nor a warning to a people ('warned Haitians not to use the earthquake as an excuse to try to
    enter the US illegally': advice to the public, the judging sheets' "personal or emergency request")."""
    return addresses_a_named_party(verb) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "neg" for a in c.children)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def addresses_a_named_party(verb: Token) -> bool:
    """Whether the verb's object is a party by name (a person, organisation or place, or a proper noun the model left
    untagged), not a people ('warned Haitians', 'urged Americans': the public advised)."""
    return any(c.dep_ == "dobj" and c.ent_type_ != "NORP" and (c.ent_type_ in HOLDER_LABELS or c.pos_ == "PROPN")
               for c in verb.children)


def for_clause(token: Token) -> Token | None:
    """'called for the moratorium to be lifted': the clause 'for' introduces (parsed as its mark)."""
    return next((c for c in token.children if c.dep_ == "advcl"
                 and any(m.dep_ == "mark" and m.lower_ == "for" and m.i < c.i for m in c.children)), None)


def infinitive_after_a_named_party(verb: Token) -> Token | None:
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


def offers_nothing(cue: Token) -> bool:
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


def refuses_to_speak(cue: Token) -> bool:
    """'declined to comment on the investigation' refuses a question, not the investigation;
    'refuses to call the disaster an oil spill' or 'Obama's refusal to use the term' refuses a word, not the
    spill; 'asks Obama to address the Katrina comparisons' puts a question."""
    stance = cue_stance(cue)
    infinitives = [c for c in cue.children if c.dep_ == "xcomp" or cue.pos_ == "NOUN" and c.dep_ == "acl"]
    if stance == "reject":
        return any(c.lemma_.lower() in lexicon.SPEAKING_VERBS and not _phrasal(c) or c.lemma_.lower() in lexicon.NAMING_VERBS
                   and any(o.dep_ == "oprd" for o in c.children)
                   or any(o.dep_ == "dobj" and o.lemma_.lower() in lexicon.SAYINGS for o in c.children)
                   for c in infinitives)  # "refusal to use the term", "refuses to draw judgement"
    return stance == "demand" and cue.lemma_.lower() in lexicon.ADDRESSEE_DEMAND_VERBS \
        and any(c.lemma_.lower() in lexicon.ANSWERING_VERBS or _deals_with_something_said(c) for c in infinitives)


def _will_undo_a_named_measure(verb: Token) -> bool:
    """'Marco Rubio said he will repeal the Iran nuclear deal': an undoing the holder says they will do to a measure
    its words name is a proposal; not a deed told ('Congress repealed the law'), not a denial ('will not repeal'),
    not a bare 'the program'."""
    return _told_as_future(verb) and not is_negated(verb) and any(
        c.dep_ == "dobj" and names_which_measure(c) for c in verb.children)


def _told_as_future(verb: Token) -> bool:
    """What one says one will do: a will / would / 'll ('won't' too) on the verb, or 'going to' it."""
    going = verb.dep_ == "xcomp" and verb.head.lemma_ == "go" and verb.head.tag_ == "VBG"
    return going or any(c.dep_ == "aux" and c.lower_.replace("’", "'") in WILL_AUXILIARIES for c in verb.children)


def _refuses_to_leave(verb: Token) -> bool:
    """'Ukraine would not withdraw from the Donbas', 'will never leave Crimea': a party's word that it will not give
    up land it holds, which is a rejection of conceding it (the negation turns the concession round). Only a
    negated will or would: 'Russia withdrew from Kherson' tells an act, 'will withdraw' a plan or a forecast."""
    modal = any(c.dep_ == "aux" and c.lower_ in WILL_AUXILIARIES for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
             if o.dep_ == "pobj"] if not objects else objects if verb.lemma_.lower() == "leave" else []
    # "withdraw from the Donbas", "leave Crimea"; not "withdraw its troops from" (the troops' pullout) nor
    # "withdraw from the talks" (no land)
    land = any(o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "LOC") for o in named)
    return verb.pos_ == "VERB" and modal and land and is_negated(verb)


def _recognizes_a_claim(verb: Token) -> bool:
    """Recognition as a stance: of a named land, people or body ("recognize Kosovo"), or of something as what a
    party claims it is ("would never recognize Crimea as Russian", "recognized Jerusalem as Israel's capital")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    as_phrase = any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "as" for o in objects for c in o.children)
    named = [o for o in objects] + [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                                    for p in c.children if p.dep_ == "pobj"]  # "the annexation of Crimea"
    return bool(objects) and (as_phrase or any(o.ent_type_ in ("GPE", "LOC", "NORP", "ORG") for o in named))


def _phrasal(verb: Token) -> bool:
    """A verb with a particle is another verb: "refused to give up the Donetsk region" gives no statement."""
    return any(c.dep_ == "prt" for c in verb.children)


def acts_on_itself(cue: Token) -> bool:
    """'Marco Rubio defended himself on Saturday for bailing on his own comprehensive immigration reform bill' (PolNeAR
    train, review20p: was Rubio / legislation / support, listed): a stance verb whose object is the holder himself
    defends, praises or offers a person; what its other phrases name is that person's conduct, no issue he takes
    a side on."""
    return cue.pos_ == "VERB" and any(c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_.endswith(("self", "selves"))
                                      for c in cue.children)


def concedes_a_contest(cue: Token) -> bool:
    """'he hasn't conceded his bid for the Democratic nomination', 'Clinton conceded the race': yielding a contest
    (`lexicon.CONTEST_NOUNS`) or not yet yielding it is where the race stands, no stance on an issue (round 37 pool
    row 20 read Sanders as rejecting his own bid)."""
    return cue.pos_ == "VERB" and cue_stance(cue) == "concede" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.CONTEST_NOUNS for c in cue.children)


def rejects_something_said(verb: Token) -> bool:
    """'Mrs Clinton dismissed criticism that aid was not leaving the airport': rejecting a criticism, a claim or a
    question (`lexicon.SAID_THINGS`) denies what was said; what the said thing's clause tells is no policy of hers
    (#14 known bug: listed as Clinton / leave airport / reject)."""
    return verb.pos_ == "VERB" and lexicon.STANCE_VERBS.get(verb.lemma_.lower()) == "reject" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in lexicon.SAID_THINGS for o in verb.children)


def _deals_with_something_said(verb: Token) -> bool:
    return verb.lemma_.lower() in lexicon.DEALING_VERBS and any(
        o.dep_ == "dobj" and o.lemma_.lower() in lexicon.SAID_THINGS for o in verb.children)


def attends_to_a_discussion(verb: Token) -> bool:
    """'wanted to concentrate on the health care debate' says where effort goes; 'wants to focus on
    climate legislation' states a priority."""
    return verb.lemma_.lower() in lexicon.ATTENTION_VERBS and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lexicon.DISCUSSION_NOUNS
        for p in verb.children if p.dep_ == "prep" for o in p.children)


def is_headline(sentence) -> bool:
    """A title-case line ('Obama Seeks More Muslim Refugees As He Recognizes ...'): the parse and
    the entities of such lines cannot be trusted."""
    words = [word for word in parse_columns(sentence.doc).text[sentence.start:sentence.end]
             if word.isalpha() and len(word) > 3]  # Token.is_alpha is str.isalpha of its text
    return len(words) >= 4 and sum(1 for word in words if word[0].isupper()) >= 0.8 * len(words)


def complementizer_read_as_subject(cue: Token) -> bool:
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


def governed_by_refusal(token: Token) -> bool:
    """The verb a refusal governs ('refused to pledge', 'declined to accept'): the refusal is the stance."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in ("refuse", "decline")


def _failed_to(token: Token) -> bool:
    """The verb a failure governs ('failed three times to refuse the endorsement'): not done, so not held."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail"


def is_negated(token: Token) -> bool:
    """'did not accept', 'never agreed', 'nor did he support', 'failed to refuse'; for an adjective its
    copula counts, and for 'in favor of' the verb the phrase hangs from ('I am not in favor of')."""
    if governed_by_refusal(token) or _failed_to(token):
        return True  # "refused to pledge to release his tax returns", "refused to accept any blame"
    if token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].lemma_.lower() in lexicon.ABSTAINING_VERBS:
        return True  # "decided to forego seeking a tax deduction" (the parser loses the link, not the order)
    heads = [token] + ([token.head] if token.dep_ in ("acomp", "attr") or is_copular_against(token)
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


# The subjects that commit a side in reported speech: the speaker ("he would") or the speaker's side ("we would");
# "they" and "it" may be the very party the condition names ("If the FBI wanted ..., they'd just go get them").
COMMITTING_PRONOUNS = frozenset({"i", "we", "he", "she"})
# Verbs that tell what one foresees or believes will happen, not what one's side will do.
FORESEEING_VERBS = (frozenset(lexicon.FORECASTING_VERBS) - {"warn", "threaten"}) | (
    frozenset(lexicon.STATE_OF_MIND_VERBS) - {"want"})


def _has_committing_modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_.replace("’", "'") in lexicon.COMMITTING_MODALS for c in verb.children)


def commitment_on_condition(clause: Token) -> Token | None:
    """The commitment a condition clause is set for: the nearest verb above it that says what one's side will or
    would do ('would stop fighting if ...', 'could drop its claims to the parts it does not control if ...', where the
    parser hangs the clause on the relative clause), or the act one is ready to do ('was prepared to go further if
    ...'). None when the clause hangs on a clause without one ('said ... if the talks made progress')."""
    for node in [clause.head, *clause.head.ancestors]:
        if _has_committing_modal(node):
            return node
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in lexicon.READY_ADJECTIVES:
            return node
        ready = next((c for c in node.children if c.dep_ == "acomp" and c.lemma_.lower() in lexicon.READY_ADJECTIVES),
                     None)
        if ready is not None:
            return next((c for c in ready.children if c.dep_ == "xcomp"), ready)
        if node.dep_ in ("ROOT", "ccomp"):
            return None
    return None


def party_a_condition_asks(clause: Token) -> Token | None:
    """The named party a condition clause asks to act: its subject ('if Ukrainian troops withdrew from the Donbas',
    'unless Hungary was granted an exemption'), a name or a noun a name modifies; not 'if the talks made progress'
    nor 'if a deal was reached', which ask no one."""
    if clause.dep_ != "advcl" or clause.pos_ != "VERB" or clause.lemma_.lower() in lexicon.STATE_OF_MIND_VERBS \
            or not any(c.dep_ == "mark" and c.lower_ in lexicon.CONDITION_SETTING_MARKS for c in clause.children):
        return None  # "if the FBI wanted ...": a state of mind, no act to ask for
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and names_a_party(subject) else None


def _committing_subject(verb: Token) -> Token | None:
    node = verb
    while True:
        subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None or node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            return subject
        node = node.head


def conditions_set_on_another(commitment: Token) -> list[Token]:
    """The condition clauses of a commitment that ask a named party other than the one committing to act ('Budapest
    would veto any new sanctions package unless Hungary was granted an exemption', 'Moscow could drop its claims ...
    if Ukraine withdrew from Donetsk'): a bargain's terms, offered or threatened, not a guess of what might be."""
    if any(node.lemma_.lower() in FORESEEING_VERBS for node in commitment.ancestors):
        return []  # "Kasich predicted that Republicans will take every state if Sanders wins": a forecast
    own = _committing_subject(commitment)
    if own is None or own.dep_ != "nsubj" or not (names_a_party(own) or own.lower_ in COMMITTING_PRONOUNS):
        return []  # "those wages will be subtracted if BP pays ...", "the cost could reach $48bn ... if BP is found at
        # fault": a rule or a forecast, no side committing; "they'd just go get them" may be the party itself
    return [clause for clause in commitment.sent
            if (party := party_a_condition_asks(clause)) is not None and commitment_on_condition(clause) == commitment
            and party.lower_ != own.lower_]


def _reported(verb: Token) -> bool:
    """Said by someone: the verb, or the clause it is the infinitive or conjunct of, is the content of a saying."""
    node = verb
    while node.dep_ in ("xcomp", "conj", "acomp") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "ccomp" and node.head.pos_ == "VERB"


def is_hypothetical(token: Token, sentence, modals: bool = True) -> bool:
    """A question, a condition ('if Russia agreed'), or a modal ('could accept'); 'would' only
    when the sentence is conditional (in reported speech it stands for 'will'). modals=False
    counts only questions and conditions."""
    if span_text(sentence).rstrip().rstrip('"”’\'').endswith("?"):
        return True
    if any(c.dep_ == "aux" and c.lower_.replace("’", "'") in ("would", "'d") and c.i + 1 < len(c.doc)
           and c.doc[c.i + 1].lower_ == "have" and not (c.i + 2 < len(c.doc) and c.doc[c.i + 2].lower_ == "to")
           for node in [token, *token.ancestors] for c in node.children):
        return True  # "we'd have felt a bit rude asking for an upgrade": a counterfactual ("would have to" is not)
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
                                                   or child.lower_ == "would" and _is_conditional(sentence)) \
                    and not (child.lower_ in lexicon.COMMITTING_MODALS and _reported(node)
                             and conditions_set_on_another(node)):
                return True  # but "Szijjarto said Budapest would veto the package unless Hungary was granted an
                # exemption" states a stance on terms it sets another party (#14, session 44)
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


def agrees_to_a_condition(cue: Token) -> bool:
    """'Dunn and John agreed that they'd support a Daniels candidacy if it emerged': what is agreed is
    what one would do under a condition (a modal and an 'if' clause in the content), not a stance held.
    Only agreeing: 'vowed that he would block the nomination if Democrats forced a vote' is a vow."""
    return cue.lemma_.lower() in lexicon.AGREEING_CUES and any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_.replace("’", "'") in lexicon.CONDITIONAL_MODALS
                                         for a in c.children)
               and any(v.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lexicon.CONDITION_MARKERS
                                                 for m in v.children) for v in c.children)
               for c in cue.children)


def agrees_that_something_is(cue: Token) -> bool:
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
        or not any(a.dep_ in ("attr", "acomp") and phrase_at(a) for a in copula.children)


def inside_a_false_claim(cue: Token) -> bool:
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
                                                 or c.lower_ == "true" and is_negated(c)) for c in node.head.children):
            return True
    return False


def charged_by_another(cue: Token) -> bool:
    """'Trump, speaking at a rally, warned that Clinton opposes the Second Amendment', 'Cruz charged that Trump supports
    ...': a stance one party warns of or charges another with (`lexicon.CHARGING_VERBS`) is the charge, an attack, not a
    position its holder stated; "X said Y rejected Z" still reports Y's. A pronoun holder may be the speaker ('Trump
    claimed that he opposed the war': his own) and keeps it. Only the charged clause's own verb: in 'the Daily News
    claims the NRA's refusal to support more gun control is itself a form of jihad' the charge is what the refusal
    is, not that there was one."""
    clause = cue
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if cue.pos_ not in ("VERB", "AUX") or clause.dep_ != "ccomp" \
            or clause.head.lemma_.lower() not in lexicon.CHARGING_VERBS:
        return False
    holder = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return holder is not None and holder.lower_ not in PERSONAL_PRONOUNS | FIRST_PERSON


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
