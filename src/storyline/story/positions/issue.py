"""What a stance is about: a named place where land is given, taken or held (`Places`), a word of the
issue taxonomy made specific (`specific_issue`), or an open issue named by the noun phrase or act the
stance word governs (`open_issue`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from storyline.model import Mention
from storyline.nlp.entities import PLACE_MENTION_LABELS
from storyline.nlp.lexicon import ROLE_HEADS
from storyline.nlp.spacy_model import parse_columns, span_at
from storyline.story.cluster import AGE_STAMP
from storyline.story import lexicon
from storyline.story.clause import set_off
from storyline.story.positions.words import (
    entity_around, HOLDER_LABELS, hyphen_chain, hyphenated_word, infinitive_hung_on_the_light_verb,
    list_read_as_an_apposition, names_a_party,
    names_which_measure, noun_lemma, phrase_at, PHRASE_WORDS, said_of_a_floating_quantifier, SUBJECT_DEPS,
    topic_phrase_after_the_object, written_lemma)
from storyline.story.positions.stance import (
    addresses_a_named_party, attends_to_a_discussion, belongs_to_the_verb, cue_stance, for_clause,
    infinitive_after_a_named_party, names_a_time, names_an_amount, is_negated, governed_by_refusal, RELATIVE_PRONOUNS)


# spaCy labels (Token.ent_type_) of a named place a territory slot may hang on; FAC (a plant, a rig, a
# bridge) has never counted here (not measured whether it should)
PLACE_ENT_TYPES = {"GPE", "LOC"}
MAX_ISSUE_DEPTH = 6  # how deep under the stance word an issue may sit
ISSUE_FAMILY = {issue: family for issue, (family, _) in lexicon.ISSUES.items()}


@dataclass
class Places:
    """Token index -> (place name, label) for the document's place mentions."""

    at: dict[int, tuple[str, int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, parsed: Doc, mentions: list[Mention]) -> Places:
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
        labelled = {parsed[i].i for m in mentions for i in range(*token_range(parsed, m))}
        columns = parse_columns(parsed)  # every token's word, without a Token object for each
        regions = {columns.lower[i] for i, (pos, dep, head) in enumerate(zip(columns.pos, columns.dep, columns.head))
                   if pos == "PROPN" and dep == "compound" and i not in labelled
                   and columns.lemma[head] in lexicon.PLACE_SUFFIXES}
        for i, (lower, pos) in enumerate(zip(columns.lower, columns.pos)):
            if lower in regions and pos == "PROPN" and i not in labelled and i not in places.at:
                places.at[i] = (columns.text[i], i, i + 1)
        return places


def token_range(parsed: Doc, mention: Mention) -> tuple[int, int]:
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
        if node.dep_ == "prep" and node.lower_ == "to" and head.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.ent_type_ not in PLACE_ENT_TYPES for c in head.children):
            return False  # "take our fight ... to Philadelphia", "withdraw troops to Russia": where a thing goes
        if head.lemma_.lower() in lexicon.TERRITORY_WORDS and (head.pos_ == "VERB" or head.lemma_.lower()
                                                                in lexicon.TERRITORY_NOUNS) \
                and not (node.dep_ == "prep" and node.lower_ == "in"
                                                                   and head.pos_ == "VERB") \
                and not where_an_act_is_done(head):
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
            if node.dep_ == "dobj" and top.lemma_.lower() in lexicon.REQUEST_VERBS \
                    and any(c.dep_ == "prep" and c.lower_ == "for" for c in top.children):
                return False  # "asked the United States for more weapons": who is asked, not land asked for
            if node.dep_ == "dobj" and cue_stance(top) == "concede" and top.pos_ == "VERB":
                return True  # "will not concede Crimea": the land given up (was named only when the model missed it)
            return cue_stance(top) in ("demand", "propose") and (
                node.dep_ in ("dobj", "attr") or node.dep_ == "prep" and node.lower_ in ("on", "for", "to", "over"))
        node = head
    return False


def where_an_act_is_done(land: Token) -> bool:
    """'parts' of 'the strain must be closely monitored in parts of Asia, Africa and South America': a word for land
    in a phrase of where an act of no land is done locates the act; the land is not what is asked (Timeline17
    H1N1_reuters, development: Margaret Chan / Asia / demand, listed as territory)."""
    preposition = land.head
    verb = preposition.head
    return land.pos_ == "NOUN" and land.dep_ == "pobj" and preposition.lower_ in LOCATING_PREPOSITIONS \
        and verb.pos_ == "VERB" and verb.lemma_.lower() not in lexicon.TERRITORY_WORDS


LOCATING_PREPOSITIONS = frozenset({"in", "across", "throughout", "at"})  # where something is done


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
    if child.dep_ == "conj" and _set_against(child):
        return False  # "supports sanctions rather than military action": not for the action
    if child.head.pos_ in ("VERB", "AUX"):
        if child.dep_ == "prep" and child.lower_ not in TOPIC_PREPOSITIONS \
                and child.head.lemma_.lower() not in lexicon.TERRITORY_WORDS and not cue_stance(child.head):
            return False  # "want them to come in to the school": where they go, not what is wanted
        return is_argument(child) or child.dep_ == "conj"
    if child.dep_ == "prep" and child.lower_ not in NOUN_TOPIC_PREPOSITIONS \
            and child.head.lemma_.lower() not in lexicon.TERRITORY_WORDS:
        return False  # "offers a link to Oxfam's relief fund": what the link leads to is not what is offered
    return True


NOUN_TOPIC_PREPOSITIONS = {"on", "for", "against", "about", "over", "of"}


TOPIC_PREPOSITIONS = {"on", "for", "against", "about", "over"}


def issues_under(top: Token, places: Places) -> list[str]:
    """The issues in what `top` governs: the nearest ones, with what they are coordinated with
    ('NATO membership and the deployment of troops'); clauses of their own are not entered."""
    found: list[str] = []
    frontier = [(child, 1) for child in top.children if (is_argument(child) or top.pos_ == "ADP" and child.dep_ in
                                                          ("pobj", "pcomp")) and not _clause_before_semicolon(child, top)
                and not _beyond_a_link_stamp(top, child)] + [(act, 1) for act in infinitive_hung_on_the_light_verb(top)]
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
            frontier.extend((child, depth + 1) for child in _conjuncts_meant(token))
            continue
        issue = phrase_at(token) if not _modifies_a_name(token) else None
        issue = issue or _land_left_unnamed(token, places)
        if issue and ISSUE_FAMILY.get(issue) == "territory":  # "the occupation of Crimea" is about Crimea
            named = [places.at[t.i][0] for t in token.subtree if t.i in places.at and _territorial_slot(t, top)]
            if named:
                issue = named[0]
        if not issue and undoes_what_it_governs(token, places) and token.pos_ in ("VERB", "NOUN") \
                and token.dep_ not in ("compound", "amod") and not (depth > 2 and token.dep_ == "relcl"):
            # a "block grant" is no act; "rejected objections to a case that has blocked the trial": what the
            # case did describes it, the objections are rejected, not a blocking
            # "opposed defunding Planned Parenthood" is not opposing health care: the act is the issue
            act = act_issue(token, places)
            act = whose_act(token, act, top) if act else act
            if act and act not in found:
                found.append(act)
                best_depth = best_depth or depth + 1  # its object sits one deeper: "agree to a ceasefire and withdraw its troops"
            frontier.extend((child, depth + 1) for child in _conjuncts_meant(token))
            continue  # "efforts to defund it and cut Medicaid": the act names nothing, its conjunct does
        if issue and issue not in found:
            found.append(issue)
            best_depth = best_depth or depth
        if depth > 1 and (token.dep_ in ("relcl", "advcl", "parataxis", "ccomp") and not is_content_clause(token)
                          or token.dep_ == "acl" and token.tag_ == "VBN"):
            continue  # a clause of its own; "parties found to have broken the law" describes the parties
        if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.CLAIM_WORDS:
            continue  # "dismissed the baseless claim that Biden opposed a ceasefire": the claim, not the ceasefire
        if token.pos_ == "VERB" and (token.lemma_.lower() in lexicon.PREVENTION_VERBS | lexicon.DELIBERATING_VERBS
                                     or attends_to_a_discussion(token)):
            continue  # "pledged to avoid megaphone diplomacy" is not for diplomacy, "wanted to concentrate
            # on the health care debate" not for health care, "pledged to consider demands for an inquiry" not for
            # the inquiry
        another_leaves_land = token.pos_ == "VERB" and token.lemma_.lower() in lexicon.WITHDRAWING_ACTS \
            and _withdrawn(token, places) is None and any(c.dep_ == "nsubj" for c in token.children)
        frontier.extend((child, depth + 1) for child in token.children if _leads_to_issue(child)
                        and not (another_leaves_land and child.dep_ == "dobj"))
        # "insisted that Ukraine withdraw its troops from the Donbas": the land another party is to leave is the
        # issue, not its troops; one's own pullout ("pledged to withdraw troops from Afghanistan") keeps its troops
    return found


def _conjuncts_meant(token: Token) -> list[Token]:
    """The token's own conjuncts that share its part in the stance, not one set against it (`_set_against`)."""
    return [child for child in token.children if child.dep_ == "conj" and not _set_against(child)]


def _land_left_unnamed(noun: Token, places: Places) -> str | None:
    """'demanded that Ukraine withdraw from the four regions Russia claims' -> 'withdraw from four regions Russia
    claims': land another party is to leave, named by no place but by a land word with what the sentence says of it
    (its number, its clause), is the issue, as a named place would be (it gave nothing)."""
    preposition = noun.head
    verb = preposition.head
    if noun.dep_ != "pobj" or preposition.lower_ != "from" or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in lexicon.WITHDRAWING_ACTS or not _names_land(noun, places) \
            or any(t.i in places.at for c in noun.children if c.dep_ != "relcl" for t in c.subtree):
        return None  # "the parts of the Donetsk region": the place's own slot reads it; "Russia claims" says whose
    return f"{verb.lemma_.lower()} from {_as_written(noun.doc[noun.left_edge.i:noun.right_edge.i + 1]).strip()}"


def undoes_what_it_governs(token: Token, places: Places) -> bool:
    """An act in lexicon.REVERSING_ACTS (or a verb of REVERSING_VERBS), or a phrasal one with its particle ('roll back',
    not 'roll out'; 'give up' its object but not land, which is conceded),
    or leaving what is its object and nothing more ('to leave the European Union', not 'leave it untouched')."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.LEAVING_ACTS and token.pos_ == "VERB":
        deps = {c.dep_ for c in token.children}
        keeps = any(c.dep_ == "prep" and c.lower_ in ("to", "in") or c.dep_ == "advmod" and c.lower_ in lexicon.LEFT_AS_IT_IS
                    for c in token.children)  # "leave abortion decisions to women", "leave Social Security alone"
        return "dobj" in deps and not keeps and not deps & {"oprd", "acomp", "ccomp", "xcomp", "nsubjpass", "dative"}
    if lemma in lexicon.WITHDRAWING_ACTS and token.pos_ == "VERB":
        return _withdrawn(token, places) is not None
    if token.pos_ == "VERB" and any(c.dep_ == "dobj" and _names_land(c, places) for c in token.children):
        return False  # "demanded that Ukraine give up the Donetsk region": land given up, which the territory slot
        # reads
    return lemma in lexicon.REVERSING_ACTS or token.pos_ == "VERB" and lemma in lexicon.REVERSING_VERBS or any(
        (lemma, c.lower_) in lexicon.REVERSING_PHRASAL_ACTS for c in token.children if c.dep_ == "prt")


def _withdrawn(verb: Token, places: Places) -> Token | None:
    """What a withdrawing verb takes back, its object: 'willing to withdraw troops' is the troops' withdrawal,
    not support for troops. None for land ('withdraw from Kherson', 'withdraw its forces from the Donetsk
    region' keep their territory slot) and for a stance ('withdrew its support')."""
    obj = next((o for o in verb.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")), None)
    if _place_left(verb, obj, places) is not None:
        return None  # land named: the territory slot reads it, and forces leaving it are `_place_troops_leave`'s
    return obj if obj is not None and not _names_land(obj, places) \
        and obj.lemma_.lower() not in lexicon.STANCE_NOUNS else None


def _place_left(verb: Token, obj: Token | None, places: Places) -> Token | None:
    """The named place a withdrawing verb takes its object out of: a 'from / out' phrase on the verb, or on its object
    when a phrase after it took the verb's ('withdraw all American troops from Iraq by the end of 2011', where the
    parser hangs 'from Iraq' on the troops)."""
    return next((t for holder in (verb, obj) if holder is not None for p in holder.children
                 if p.dep_ == "prep" and p.lower_ in ("from", "out") for t in p.subtree if t.i in places.at), None)


def _names_land(noun: Token, places: Places) -> bool:
    """A named place or a word for land ('the region', 'territory'): what is left or given up there is land, which the
    territory slot reads, not a thing undone."""
    return noun.i in places.at or noun.lemma_.lower() in lexicon.PLACE_SUFFIXES | lexicon.TERRITORY_NOUNS


def act_issue(act: Token, places: Places) -> str | None:
    """An act that undoes what it governs: a verb named with its object ('block other syrian refugee'),
    None when its object names nothing ('efforts to defund it'); a noun as noun_phrase names it, with
    its 'on/of/for/against' phrase when it has one ('suspension of nuclear deal', else bare 'repeal')."""
    if act.pos_ == "NOUN":
        return noun_phrase(act, places)
    obj = _withdrawn(act, places) if act.lemma_.lower() in lexicon.WITHDRAWING_ACTS else \
        next((c for c in act.children if c.dep_ in ("dobj", "nsubjpass")), None)
    phrase = None if obj is None else places.at[obj.i][0] if obj.i in places.at else \
        _intent_with_its_act(obj, places) or noun_phrase(obj, places)
    # "to leave the European Union": the named place or union left; "abandon its plans to join NATO": the act intended
    if phrase and obj.i not in places.at and act.pos_ == "VERB":
        phrase = _followed_by(phrase, _phrase_right_after_the_object(act, obj, places))
        # "lift the moratorium on deepwater drilling", the 'on' phrase hung on the verb: what the measure undone is on
    negation = "not " if any(c.dep_ == "neg" for c in act.children) else ""
    # "urged Americans not to cancel travel plans": asked not to cancel (round-30 sheet row 88 read a demand to
    # cancel), as `specific_issue` names "not expand offshore oil drilling"
    return f"{negation}{_act_name(act)} {phrase}" if phrase else None


def _intent_with_its_act(noun: Token, places: Places) -> str | None:
    """'its plans to join NATO', 'its bid to join NATO': a noun of intent (`lexicon.INTENT_NOUNS`) named by the act it
    is for. Undone, the intent is what the stance is on: 'demanded that Ukraine abandon its plans to join NATO' named
    nothing, and 'drop its bid to join NATO' read as a demand for NATO, the other way round."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.INTENT_NOUNS:
        return None
    act = _infinitive_on(noun) or _of_gerund(noun)  # "any aspirations of reclaiming Crimea": the act in its gerund
    if act is None:
        return None
    place = next((places.at[c.i][0] for c in act.children if c.dep_ == "dobj" and c.i in places.at), None)
    named = f"{_act_name(act)} {place}" if place else verb_phrase_issue(act, places)  # "reclaim Crimea"
    return f"{noun_lemma(noun)} to {named}" if named else None


def whose_act(verb: Token, act: str, top: Token) -> str:
    """'hailed Britain's vote to leave the European Union' -> "Britain's vote to leave European Union": an act named
    by the infinitive on a noun with a named owner is that owner's, which the act alone drops (round 37 pool: 'leave
    European Union'). Not when the noun is the stance word itself ("Trump's call to ban Muslims" is the holder's
    own)."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.i == top.i or noun.pos_ != "NOUN" \
            or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return act
    owner = _named_owner(noun)
    return f"{owner}'s {noun.lower_} to {act}" if owner else act


def _act_name(verb: Token) -> str:
    """A verb naming an act, with the particle that makes it a phrasal verb of its own meaning: 'break up the big
    banks' is not breaking them, 'roll back regulations' not rolling them ('break up big bank', 'take over BP')."""
    base = written_lemma(verb)  # not the lemmatizer's "hamstre" of "to hamstring"
    return " ".join([base] + [c.lower_ for c in verb.children if _particle_of(c, verb)])


def _particle_of(token: Token, verb: Token) -> bool:
    """A particle right after its verb ('set up a fund'); one after the object ('we should get that sealing cap on')
    would be named before the object, where it reads another verb ('get on cap')."""
    return token.i == verb.i + 1 and (token.dep_ == "prt" or token.dep_ == "advmod" and token.tag_ == "RP"
                                      or token.dep_ == "advmod" and verb.tag_ == "VBN"
                                      and token.lower_ in PASSIVE_PARTICLES
                                      and any(c.dep_ == "auxpass" for c in verb.children))
    # "that the bonuses be clawed back": the parser reads a passive's particle as an adverb; so it does a particle the
    # tagger calls one ("that BP set aside $20bn", Timeline17 development sheet, round 58: was 'set 20bn')


PASSIVE_PARTICLES = frozenset({"back", "down", "out", "up", "off", "over", "away"})  # English particles of phrasal verbs


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


def is_content_clause(token: Token) -> bool:
    """'a demand that Putin agree ...': a clause saying what the noun holds, parsed as relcl or acl."""
    return token.dep_ in ("relcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def is_argument(child: Token) -> bool:
    """What a stance is about: objects and complements, 'on/for/to/against ...' phrases, the
    subject of a passive with its agent ('the moratorium was panned by industry groups'); not
    circumstances ('after meeting Zelensky', 'in a call with Trump') nor coordinated clauses."""
    if child.dep_ == "nsubjpass":
        return any(c.dep_ == "agent" for c in child.head.children)
    if child.dep_ == "prep":
        return child.lower_ in ARGUMENT_PREPOSITIONS and not _instead_of(child)
    if child.dep_ == "amod" and child.head.pos_ == "VERB":
        return False
    infinitive = child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return child.dep_ in ARGUMENT_DEPS or is_content_clause(child) or infinitive


def _instead_of(preposition: Token) -> bool:
    """'Instead of leveraging this crisis to manufacture support for energy taxes, Obama should focus on ...': the
    phrase names what is not wanted, the alternative set aside (bpoil_foxnews: Steele read as demanding energy
    taxes)."""
    return preposition.lower_ == "of" and any(c.lower_ == "instead" for c in preposition.children) \
        or preposition.i > 0 and preposition.doc[preposition.i - 1].lower_ == "instead"


def stance_scope(cue: Token) -> tuple[Token, list[Token]]:
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


def stance_slot(noun: Token, cue: Token) -> bool:
    """The noun a stance verb asks for in its own 'for' phrase ('called for more school investment'). Not a direct
    object: 'would no longer approve drilling permits' rejects the drilling (climate and energy, judged right on the
    sheets), the permits only its instrument."""
    if cue.pos_ != "VERB":
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.dep_ == "prep" and noun.head.head.i == cue.i


def measure_noun(noun: Token) -> bool:
    """A noun that may name a measure: no taxonomy word itself, no stance noun, no advice or insight."""
    return noun.pos_ == "NOUN" and phrase_at(noun) is None and not cue_stance(noun) \
        and noun.lemma_.lower() not in lexicon.NOT_PROPOSALS


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
    if token.dep_ in ("compound", "amod", "nmod") and head.pos_ in ("NOUN", "PROPN") and phrase_at(head) is None:
        return f"{noun_lemma(token)} {noun_lemma(head)}"
    return ""


def _target_of(word: Token, prepositions: tuple[str, ...], places: Places) -> str | None:
    """What the word's phrase names after one of `prepositions`, on the word or, right after it, on the verb the
    parser hung it on ('imposing heavy tariffs on China'): a named place, a name, or the noun as written with its
    modifiers ('Mexican-made goods', 'Chinese imports')."""
    candidates = [c for c in word.children if c.dep_ == "prep"]
    if word.dep_ in ("dobj", "pobj", "nsubjpass", "attr"):
        hosts = [word.head] + ([word.head.head] if word.dep_ == "pobj" else [])
        candidates += [c for host in hosts for c in host.children
                       if c.dep_ in ("prep", "dative") and c.i == word.right_edge.i + 1]
        # "sending weapons to Ukraine": the parser's dative "to"; "called for more aid to Haiti": on the verb
    for preposition in candidates:
        if preposition.lower_ not in prepositions or names_a_time(preposition):
            continue
        target = next((o for o in preposition.children if o.dep_ == "pobj"), None)
        if target is None or target.pos_ == "PRON":
            continue
        if target.i in places.at:
            named = _places_named(target, places)
        elif adjective_as_a_noun(target):
            named = target.doc[target.left_edge.i:target.i + 1].text  # "on the rich": the adjective needs its article
        else:
            start = next((t.i for t in target.doc[target.left_edge.i:target.i + 1]
                          if t.dep_ not in ("det", "predet") and t.pos_ != "PRON"), target.i)
            named = target.doc[start:target.i + 1].text
            origin = _origin_named(target, places) or _origin_named(word, places)
            named = f"{named} {origin}" if origin else named  # the parser may hang 'from' on the measure itself
            of = next((o for p in target.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
            if of is not None and not origin:  # "secondary tariffs on buyers of Russian oil": whose buyers
                named = target.doc[start:of.i + 1].text
            restricted = participle_restricting(target, places) if not origin and of is None else None
            named = f"{named} {restricted}" if restricted else named  # "tariffs on countries manipulating currency"
        return f"{preposition.lower_} {named}"
    return None


def _origin_named(noun: Token, places: Places, verb: Token | None = None) -> str | None:
    """'from China and Mexico' of 'tariffs on goods from China and Mexico': the named place a common noun's 'from'
    phrase gives says which goods or people a measure falls on; the bare 'goods' says not. With `verb`, also the
    verb's 'from' phrase right after the noun, where the parser often hangs it ('called for banning refugees from
    Syria' was `ban refugee`): which ones, or the place they are kept from or taken out of, as the text writes it."""
    after = [c for c in verb.children if c.i == noun.right_edge.i + 1] if verb is not None else []
    for preposition in (c for c in [*noun.children, *after] if c.dep_ == "prep" and c.lower_ == "from"):
        target = next((o for o in preposition.children if o.dep_ == "pobj" and o.i in places.at), None)
        if target is not None:
            return f"from {_places_named(target, places)}"
    return None


def _with_its_target(cue: Token, issue: str, prepositions: tuple[str, ...], places: Places) -> str | None:
    """A measure with whom or what it falls on or goes to: 'called for sanctions on Russia' -> 'sanctions on Russia',
    'favored imposing heavy tariffs on China' -> 'tariffs on China', 'called for sending weapons to Ukraine' ->
    'military aid to Ukraine' (round 37 pool row 128 gave the bare label 'military aid')."""
    target = _issue_words_target(cue, issue, prepositions, places)
    return f"{issue} {target}" if target else None


def nouns_as_written(issue: str, sentence: Span) -> str:
    """The issue with each plural noun written as the sentence writes it ("deny entry to travelers", "release tax
    returns", "send more special forces into Syria"), and a name's possessive ending where nothing follows it ("cure
    Alzheimer's"): labels are built from lemmas, which the judged sheets read as garbled or as another thing ("special
    force", "greater Christian ethic").
    The label's words are found in the sentence as close together as they stand there (`_aligned_words`); a taxonomy
    issue keeps its name, and a word the sentence does not have (named earlier in the article) stays as it is. The
    ledger folds the two numbers into one issue (`ledger.issue_key`)."""
    if issue in ISSUE_FAMILY:
        return issue
    words, wanted, found = _aligned_words(issue, sentence)
    for (n, bare), token in zip(wanted, found):
        if token is None:
            continue
        if bare.islower() and token.lower_ != bare and noun_lemma(token) == bare and token.pos_ == "NOUN" \
                and token.tag_ == "NNS":
            words[n] = token.lower_ + words[n][len(bare):]
        own_case = next((c for c in token.children if c.dep_ == "case" and c.i == token.i + 1), None)
        if own_case is not None and token.dep_ != "poss" and words[n] == bare:
            words[n] += own_case.text  # a name that is a possessive with nothing after it: "cure Alzheimer's"
    return " ".join(words)


def _aligned_words(issue: str, sentence: Span) -> tuple[list[str], list[tuple[int, str]], list[Token | None]]:
    """The label's words, those of them the sentence can have (n, word) and the sentence's token for each (None where
    it has none), found as close together as they stand there ("credit score reform" after a headline's "Credit
    scores"; "the Mississippi flag ... be removed" before another "flags"); a capitalised word is an anchor."""
    words = issue.split(" ")
    wanted = [(n, word.rstrip(",")) for n, word in enumerate(words)]
    wanted = [(n, bare) for n, bare in wanted if bare.isalpha()]  # a name places the words beside it, kept as it is
    matches = {bare: [t for t in sentence if t.lower_ == bare.lower() or noun_lemma(t) == bare.lower()]
               for _, bare in wanted}
    wanted = wanted[next((k for k, (_, bare) in enumerate(wanted) if matches[bare]), len(wanted)):]
    best: list[Token | None] = []
    for start in matches[wanted[0][1]] if wanted else []:
        found, at = [start], start.i
        for _, bare in wanted[1:]:  # the nearest to the word before, after it on a tie ("rules should be modernized")
            token = min(matches[bare], key=lambda t: (abs(t.i - at), t.i < at), default=None)
            found.append(token)
            at = token.i if token is not None else at
        if not best or _extent(found) < _extent(best):
            best = found
    return words, wanted, best


def told_which_by_its_maker(issue: str, sentence: Span, stance_tokens: set[int]) -> str:
    """The issue with the participle and agent that tell which of its last noun's kind it is on, where the sentence
    has them right after that noun: 'raising taxes on profits earned by fund managers' read 'raise taxes on profits'
    (round 55 pool row 173: a tax on all profits, which she did not propose). The label is built from the words the
    stance's slot gives; such a phrase hangs on a noun inside it, where no extractor reads, whichever path named the
    act. Only within `MAX_ACT_WORDS`; a pronoun agent names no one, and a participle that is a stance word (in
    `stance_tokens`) tells who holds a stance on the thing, a claim of its own, not which thing it is ('the energy
    policy proposed by Obama': Obama / energy policy / propose; 'the fund pledged by BP')."""
    if issue in ISSUE_FAMILY:
        return issue
    words, wanted, found = _aligned_words(issue, sentence)
    if not found or found[-1] is None or wanted[-1][0] != len(words) - 1 or found[-1].pos_ != "NOUN":
        return issue
    noun = found[-1]
    clause = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1), None)
    agent = next((o for p in clause.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"),
                 None) if clause is not None else None
    if agent is None or agent.pos_ == "PRON" or clause.i in stance_tokens:
        return issue
    maker = "".join(t.text_with_ws if t.pos_ == "PROPN" or t.ent_type_ else t.lower_ + t.whitespace_
                    for t in agent.doc[agent.left_edge.i:agent.i + 1] if t.dep_ not in ("det", "punct")).strip()
    return _followed_by(issue, f"{clause.lower_} by {maker}")


def _extent(tokens: list[Token | None]) -> int:
    """How far apart the words found for a label stand: the alignment that keeps them closest is the label's."""
    indices = [t.i for t in tokens if t is not None]
    return max(indices) - min(indices)


def _lower_but_names(tokens) -> str:
    """Words joined lower-cased but for proper nouns, which keep their case ("federal regulators", "Clinton
    Foundation"): how an issue writes words it takes from the text."""
    return " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in tokens)


def _as_written(tokens) -> str:
    """Words as the text writes them, without determiners or punctuation ("the European Union's new" -> "European
    Union's new "): what a phrase named from its own words keeps."""
    return "".join(t.text_with_ws for t in tokens if t.dep_ not in ("det", "punct"))


def _measure_it_makes(cue: Token, issue: str) -> str | None:
    """'blocked the European Union's new sanctions package' -> "European Union's new sanctions package": a measure's
    word that only modifies the measure acted on (`lexicon.POLICY_MEASURE_NOUNS`: a package, a bill) names it with the
    words before it that say whose and which; the label alone ('sanctions') names another thing (stored unlisted)."""
    word = _nearest_issue_word(cue, issue)
    if word is None or word.dep_ != "compound" or word.head.pos_ != "NOUN" \
            or word.head.lemma_.lower() not in lexicon.POLICY_MEASURE_NOUNS:
        return None
    head = word.head
    return _as_written([t for t in head.doc[head.left_edge.i:head.i] if t.lower_ not in lexicon.POINTING_ADJECTIVES]) \
        + noun_lemma(head)


def _freeze_where(cue: Token, places: Places) -> str | None:
    """'would accept a freeze along the current line of contact' -> 'freeze along current line', 'prepared to freeze the
    front line' -> 'freeze front line': a ceasefire stated as a freeze of the front (`words.phrase_at`) keeps where it
    holds, which a bare 'ceasefire' loses (a place in an 'in' phrase after it is not read: 'in Zaporizhzhia and
    Kherson')."""
    word = _nearest_issue_word(cue, "ceasefire")
    if word is None or word.lemma_.lower() not in lexicon.FREEZING_WORDS:
        return None
    return verb_phrase_issue(word, places) if word.pos_ == "VERB" else noun_phrase(word, places)


def _issue_words_target(cue: Token, issue: str, prepositions: tuple[str, ...], places: Places) -> str | None:
    """What the noun naming `issue` falls on (`_target_of`), when a noun names it."""
    word = _nearest_issue_word(cue, issue)
    return _target_of(word, prepositions, places) if word is not None and word.pos_ == "NOUN" else None


def _forces_named(cue: Token, issue: str, places: Places) -> str | None:
    """'opposed ground troops' -> 'ground troops', "opposes American 'boots on the ground'" -> 'ground troops',
    'supports keeping troops in Afghanistan' -> 'troops in Afghanistan', 'would not tolerate troops from NATO countries'
    -> 'troops from NATO countries': forces by their kind (a modifier that says which, not one that points or counts),
    whose they are (a 'from' phrase naming a party) and the named place they are sent to or kept in."""
    word = _nearest_issue_word(cue, issue)
    if word is None or word.pos_ != "NOUN":
        return None
    ground = word.lower_ == "boots" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ == "ground" for o in c.children) for c in word.children)
    kinds = [] if ground else [c.text if c.pos_ == "PROPN" or c.ent_type_ else c.lower_ for c in word.children
                               if c.dep_ in ("amod", "compound") and c.i < word.i and c.pos_ in ("ADJ", "NOUN", "PROPN")
                               and c.lower_ not in lexicon.POINTING_ADJECTIVES]
    if not ground and word.lemma_.lower() != "troop":
        return None  # "deployment", "military presence": their own words
    place = _target_of(word, ("in", "to", "into", "on"), places)
    place = place if place and place.split(" ", 1)[1] in {name for name, _, _ in places.at.values()} else None
    place = place or _there(word, places)
    whose = _target_of(word, ("from",), places)  # "troops from NATO countries": whose forces they are
    whose = whose if whose and any(t.ent_type_ in ("ORG", "GPE", "NORP") or t.i in places.at
                                   for p in word.children if p.dep_ == "prep" and p.lower_ == "from"
                                   for t in p.subtree) else None
    left = _place_troops_leave(word, places) if not place else None
    if left:
        return left  # "pledge to remove all troops from Afghanistan"
    if not ground and not kinds and not place and not whose:
        return None
    return " ".join(["ground"] * ground + kinds + ["troops"] + ([whose] if whose else []) + ([place] if place else []))


TROOP_REMOVING_VERBS = frozenset({"withdraw", "remove", "pull"})  # verbs that take forces out of a place


def _place_troops_leave(word: Token, places: Places) -> str | None:
    """'withdraw troops from Afghanistan', 'remove all troops from Afghanistan': forces taken out of a named place
    (a 'from' phrase on the verb whose object they are) are that withdrawal, not troops of no place (session 54's
    development recall reading gave the label 'troops' for Mr. Obama's pledge)."""
    verb = word.head
    if word.dep_ != "dobj" or verb.lemma_.lower() not in TROOP_REMOVING_VERBS:
        return None
    target = _place_left(verb, word, places)
    return f"withdraw troops from {places.at[target.i][0]}" if target is not None else None


def _there(noun: Token, places: Places) -> str | None:
    """'in Afghanistan' for 'keeping troops there' after 'Afghanistan was a terrible mistake': a 'there' on the verb
    acting on the noun stands for the one place its sentence names before it (round 38 pool row 106 gave bare
    'troops'); with two places, which one is not in the parse."""
    verb = noun.head
    if noun.dep_ != "dobj" or not any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children):
        return None
    named = {places.at[t.i][0] for t in noun.sent if t.i < noun.i and t.i in places.at}
    return f"in {named.pop()}" if len(named) == 1 else None


def _nearest_issue_word(cue: Token, issue: str) -> Token | None:
    """The word under the stance word that names `issue`, nearest first, as the issue search goes."""
    frontier, seen = [cue], {cue.i}
    while frontier:
        token = frontier.pop(0)
        if token.i != cue.i and phrase_at(token) == issue:
            return token
        for child in token.children:
            if child.i not in seen:
                seen.add(child.i)
                frontier.append(child)
    return None


def _issue_word(cue: Token, issue: str) -> Token | None:
    """The word that names `issue` under the stance word, or under the noun a stance clause modifies ("a climate
    measure the House approved")."""
    word = _nearest_issue_word(cue, issue)
    if word is None and cue.dep_ in ("relcl", "acl"):
        word = _nearest_issue_word(cue.head, issue)
    return word


def specific_issue(cue: Token, issue: str, places: Places, holder: str = "") -> str:
    """The issue the evidence names (`_named_issue`), with the exception the stance makes of it: 'opposes abortions
    in all cases except to save the life of the mother' is on abortion in all cases except to save life of mother;
    the position without it is another one (round-30 pool)."""
    named = _named_issue(cue, issue, places)
    if issue in lexicon.LEVY_ISSUES:
        named = _levied_on(cue, issue, named, places)
    if issue in lexicon.PLACED_ISSUES:
        named = _with_its_place(cue, issue, named, places)
    named = _whose_candidacy(cue, issue, named, holder)
    if named == issue:
        return named
    exception = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "except"), None)
    if exception is None:
        return named
    what = next((c for c in exception.children if c.dep_ in ("pobj", "pcomp")), None)
    what = next((o for o in what.children if o.dep_ == "pobj"), what) if what is not None and what.dep_ == "pcomp" \
        and what.pos_ == "ADP" else what  # "except for"
    said = None if what is None else verb_phrase_issue(what, places) if what.pos_ == "VERB" else noun_phrase(what, places)
    if said and what.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in what.children):
        said = f"to {said}"
    return f"{named} except {said}" if said else named


def _whose_candidacy(cue: Token, issue: str, named: str, holder: str) -> str:
    """'I fully support and endorse his re-election' (Trump of John McCain), 'supports his candidacy' (Nance of Trump):
    one backs another's run for office, so a 'his' or 'her' on the candidacy stands for the one other person the
    sentence names before it, not the holder (`holder`, the claim's holder as written: the speaker of an 'I', the name
    a 'she' stands for; round 38 pool rows 87 and 160 gave 'elections' and 'candidacy'). With two or more others,
    which one is not in the parse. Only backing or opposing: one defends or drops one's own."""
    if cue_stance(cue) not in ("support", "oppose") or cue.lemma_.lower() == "defend":
        return named  # "defended his candidacy", "dropped his bid": one's own
    word = _nearest_issue_word(cue, issue) if issue else None
    if word is None:
        return named
    written = _written_with_its_hyphen(word)
    if written.text.lower() not in lexicon.CANDIDACY_NOUNS | {w + "s" for w in lexicon.CANDIDACY_NOUNS}:
        return named
    pronoun = next((c for t in written for c in t.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if pronoun is None:
        return named
    holder_words = set(holder.split())
    people = _people_by_last_word(pronoun.doc)
    # a person the model tags otherwise in this sentence ("Trump" as ORG), as the entity stage relabels it
    others: dict[str, str] = {}  # by last name: "Donald Trump" and "Trump" are one person
    for ent in pronoun.sent.ents:
        if ent[-1].text in people and ent.end <= pronoun.i and ent[-1].text not in holder_words:
            others[ent[-1].text] = max(others.get(ent[-1].text, ""), ent.text, key=len)
    if len(others) != 1:
        return named
    said = named if named != issue or issue not in ISSUE_FAMILY else written.text.lower()
    return f"{others.popitem()[1]}'s {said}"


def _written_with_its_hyphen(word: Token) -> Span:
    """'re-election' for its 'election', which the parser may leave as three objects of the verb ('endorse his
    re-election': 'his' hangs on 're')."""
    doc = word.doc
    if word.i > 1 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_ \
            and not doc[word.i - 2].whitespace_:
        return doc[word.i - 2:word.i + 1]
    return doc[word.i:word.i + 1]


def _levied_on(cue: Token, issue: str, named: str, places: Places) -> str:
    """'raise taxes on the rich' -> 'raise tax on the rich', 'boost some taxes on the wealthy': whom a levy falls on
    says which way the position goes (round 36 pool rows 47 and 126 dropped it)."""
    if " on " in f" {named} ":
        return named  # "impose 35 percent tax on Ford vehicles" already says whom ('on imported Ford vehicles' again)
    target = _issue_words_target(cue, issue, ("on",), places)
    return f"{named} {target}" if target and target not in named else named


PLACE_PHRASE_PREPOSITIONS = frozenset({"in", "into", "over", "against", "on", "of"})


def _with_its_place(cue: Token, issue: str, named: str, places: Places) -> str:
    """'argued against intervention by outside powers in Syria' -> 'intervention in Syria', 'a no-fly zone over
    Syria': a military act is on the place its phrase names, which the parser may hang on a word inside the phrase
    (round 36 pool row 189); the place's own preposition says how. Not through 'by' or 'from' alone: the place of the
    one who acts is not where ('intervention by Russia')."""
    word = _nearest_issue_word(cue, issue)
    if word is None or word.pos_ != "NOUN":
        return named
    frontier = [(c, 1) for c in word.children if c.dep_ == "prep"]
    while frontier:
        preposition, depth = frontier.pop(0)
        for target in (o for o in preposition.children if o.dep_ == "pobj"):
            if target.i in places.at and preposition.lower_ in PLACE_PHRASE_PREPOSITIONS:
                place = _places_named(target, places)
                return named if place in named else f"{named} {preposition.lower_} {place}"
            if depth < 3 and target.pos_ == "NOUN":
                frontier.extend((c, depth + 1) for c in target.children if c.dep_ == "prep")
    return named


def _named_issue(cue: Token, issue: str, places: Places) -> str:
    """The issue as the evidence names it when the taxonomy gives only a field's label (`lexicon.FIELD_ISSUES`):
    'called on the Senate to pass an energy bill' -> 'energy bill', not legislation; 'has supported offshore oil
    drilling' -> 'offshore oil drilling', not climate and energy. The nearest taxonomy word under the stance word,
    when it heads its own noun phrase, gives the phrase (`noun_phrase`: its compounds and adjectives, one 'on / of
    / for / against' phrase). The label stays when the text's phrase is a word of the label alone ('promised
    legislation', 'lower taxes') or a bare word the label lists ('approved a bill'), when the word only modifies
    another noun ('tax proposals': `issue_detail`) or is a verb, and for a word naming people ('immigrants')."""
    if issue in lexicon.CONTACT_ISSUES:
        return contact_issue(cue, issue, places) or issue
    if issue == "ceasefire":
        return _freeze_where(cue, places) or issue
    if issue in lexicon.TARGETED_ISSUES:
        return _with_its_target(cue, issue, ("on", "against"), places) or _measure_it_makes(cue, issue) or issue
    if issue in lexicon.FORCE_ISSUES:
        return _forces_named(cue, issue, places) or issue
    if issue in lexicon.AID_ISSUES:
        return _with_its_target(cue, issue, ("to", "for"), places) or issue  # aid: whom it goes to
    if issue not in lexicon.FIELD_ISSUES:
        return issue
    token = _issue_word(cue, issue)
    if token is None:
        return issue
    said = noun_lemma(token)
    if token.pos_ == "NOUN" and said in lexicon.PEOPLE_ISSUE_WORDS:
        return _thing_for_people(token, cue, places) or issue
    if token.pos_ == "NOUN" and token.dep_ == "compound":
        return _measure_of_the_word(token, cue, places) or issue
    if token.pos_ != "NOUN" or token.dep_ in ("amod", "nmod"):
        return issue
    phrase = noun_phrase(token, places, field=True)
    if phrase is None:
        return issue
    twin = next((c for c in token.children if c.dep_ == "nmod" and c.lemma_.lower() == token.lemma_.lower()), None)
    if phrase == said and twin is not None:
        return _lower_but_names(t for t in token.doc[twin.left_edge.i:token.i + 1] if t.dep_ not in ("det", "predet"))
        # "the Cadillac tax and medical device tax": the parser hangs the first of two coordinated names on the second
    if phrase == said:
        named = _named_before_in_the_document(token, places)
        if named:
            return named  # "Sanders, who has long opposed the tax": the Cadillac tax the article named before
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                  and c.ent_type_ in HOLDER_LABELS), None)
    if owner is not None:
        return f"{_written_name(owner)}'s {phrase}"
        # "welcomed Khan's election": whose election names it; "denounced Iran's missile tests" (not "missile test")
    verb = token.head
    acted_on = token.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.i != cue.i and not cue_stance(verb) \
        and verb.lemma_.lower() not in lexicon.ENACTING_VERBS and not _vague_verb(verb) \
        and not any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") for c in verb.children)  # "leave such spending untouched"
    kept_as = _state_it_is_kept_in(token, verb, cue)
    if kept_as:
        kept = _named_before_in_the_document(token, places) if phrase == said or phrase.startswith("such ") else None
        kept = kept or " ".join(w for w in phrase.split() if w.lower() not in lexicon.POINTING_ADJECTIVES)
        # "leave such spending untouched": the spending on entitlement programs named before
        return f"{_act_name(verb)} {kept} {kept_as}"  # "vowed to keep abortion legal": the label dropped 'legal'
    if (issue.startswith(said) or issue.endswith(said)) and not _names_more_than(token, phrase, issue) and not acted_on:
        return _described_by_its_clause(token, places) or issue  # "lower taxes": the label's word, only graded
    words = [w for w in phrase.split() if w.lower() not in lexicon.POINTING_ADJECTIVES]
    written = {part for word in words for part in word.lower().split("-")}  # "free-trade deal"
    inner = [t.lower_ for c in token.children if c.dep_ == "compound" and c.i < token.i
             for t in c.children if t.dep_ in ("compound", "amod") and t.i < c.i and t.pos_ in ("NOUN", "ADJ")
             and t.lower_ not in written and t.lower_ not in lexicon.POINTING_ADJECTIVES]
    phrase = " ".join(inner + words)  # "health care bill": 'health' hangs on 'care'
    if phrase == said and issue in PHRASE_WORDS and not acted_on:
        if issue in lexicon.DOCUMENT_FIELDS or any(w.startswith(said) or said.startswith(w) for w in issue.split()):
            return _described_by_its_clause(token, places) or issue  # "approved a bill": the label is a word of its
            # own list, as plain a name; "promising to build a wall" is the wall built, not immigration
        if not acted_on:
            return _described_by_its_clause(token, places) or phrase  # "Rubio opposes abortion": the thing itself,
            # not health care (round-30 row 47)
    if token.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in lexicon.ENACTING_VERBS \
            and not any(c.dep_ == "neg" for c in verb.children):
        return _with_its_clause_or_partner(token, phrase, places)  # "pass an energy bill" is the energy bill, as
        # "supports the energy bill" is
    if token.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.i != cue.i and not cue_stance(verb):
        # "pledged not to expand offshore oil drilling", "a request for money to close the prison": what is
        # done to the thing says which way the stance goes
        negation = "not " if any(c.dep_ == "neg" for c in verb.children) or _contrasted_away(token) else ""
        return _completed_act(f"{negation}{_act_name(verb)} {phrase}", verb, token, phrase, places)
    return _with_its_clause_or_partner(token, phrase, places)


def _with_its_clause_or_partner(word: Token, phrase: str, places: Places) -> str:
    """The phrase with its clause (`_with_its_clause`), or, with none, with the partner an earlier mention of the
    same thing names ("refused to sign the trade agreement": the one with the European Union introduced before)."""
    named = _with_its_clause(word, phrase, places)
    return (_partner_named_before(word, phrase, places) if named == phrase else None) or named


def _with_its_clause(word: Token, phrase: str, places: Places) -> str:
    """'a bipartisan bill to tighten background checks' -> 'bipartisan bill to tighten background check': a document's
    phrase whose modifiers only grade or place it ('bipartisan', 'final', 'House') takes what its clause says it does,
    as the bare word does (`_what_its_clause_does`; round 36 pool rows 53 and 154 named no bill); the year it
    carries says which one ('the 2007 immigration bill', row 57)."""
    if noun_lemma(word) not in lexicon.ISSUES["legislation"][1]:
        return phrase
    year = next((c for c in word.children if c.dep_ in ("nummod", "compound", "amod") and c.i < word.i
                 and c.ent_type_ == "DATE" and c.like_num and len(c.text) == 4), None)
    phrase = f"{year.text} {phrase}" if year is not None and year.text not in phrase.split() else phrase
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in word.children):
        return phrase  # "an energy bill that has already cleared the House": its topic names it
    what = _what_its_clause_does(word, places) or next(
        (_what_its_clause_does(o, places) for p in word.children if p.dep_ == "prep" and p.lower_ == "to"
         for o in p.children if o.dep_ == "pobj" and noun_lemma(o) in lexicon.ISSUES["legislation"][1]), None)
    # "amendments to the budget reconciliation bill that would defund Planned Parenthood": the parser hangs what they
    # do on the bill they amend (round 36 pool rows 30 and 34)
    if not what:
        return phrase
    return f"{phrase} to {what}" if len(f"{phrase} to {what}".split()) <= MAX_ACT_WORDS + 2 else phrase


def contact_issue(cue: Token, issue: str, places: Places) -> str | None:
    """A meeting or talks as the sentence names them (`lexicon.CONTACT_ISSUES`): by their party, matter or place
    ('rejected an invitation to meet with Zelenskyy in Turkey' -> 'meeting with Zelenskyy in Turkey', 'resume
    denuclearization talks' -> 'denuclearization talks', 'agreed to meet Putin' -> 'meeting with Putin'), or a
    definite one ('the summit') by the nearest earlier mention that names it; None when nothing names which
    ('asked for the meeting', 'pushed for new negotiations', 'promised to meet with us': round-30 pool), a
    position no reader can place (`names_no_contact`)."""
    word = _nearest_issue_word(cue, issue)
    if word is None:
        return None
    named = _contact_named(word, places)
    if named is None and word.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in word.children):
        lemma = word.lemma_.lower()
        other = next((t for t in reversed(word.doc[:word.i]) if t.pos_ == "NOUN" and t.lemma_.lower() == lemma), None)
        named = _contact_named(other, places) if other is not None else None  # "asked for the meeting"
    return named


def names_no_contact(cue: Token, issue: str, named: str) -> bool:
    """Whether a meeting or talks position names no meeting a reader can tell (`contact_issue` found nothing), so
    it is no position to list; a meeting of the holder with another holder of the same clause is named by them
    ('he and Trump had agreed to maintain close dialogue')."""
    if issue not in lexicon.CONTACT_ISSUES or named != issue:
        return False
    verb = next((t for t in (cue, *cue.ancestors) if any(c.dep_ in SUBJECT_DEPS for c in t.children)), cue)
    return not any(c.dep_ in SUBJECT_DEPS and any(x.dep_ == "conj" for x in c.children) for c in verb.children)


def label_for_a_thing_named_otherwise(cue: Token, issue: str, named: str) -> bool:
    """Whether a field's label ('legislation', 'immigration', 'troops') stands in for a thing the text names by
    another word ('new laws that would help investigators ...', 'welcome these refugees', 'keeping troops in
    Afghanistan' read as 'troops' is its own word): the rules that name the thing (`_named_issue`) found nothing,
    and the word that gave the label is not the label's own. A reader of such a row cannot tell what the position is
    on, so it is stored, not listed; the label stays listed where the text says only the label's word ('gun
    control', 'lower taxes', 'promised legislation'). Round 36 pool: 19 of the 22 listed label rows were wrong on
    the issue or the actor, the three right ones all the label's own word."""
    if named != issue or issue not in lexicon.FIELD_ISSUES | lexicon.FORCE_ISSUES | lexicon.TARGETED_ISSUES:
        return False
    word = _issue_word(cue, issue)
    if word is None:
        word = cue if phrase_at(cue) == issue else None  # "investigate" read as 'investigation'
    if word is None:
        return False
    return not _the_labels_own_word(noun_lemma(word), issue)


def _the_labels_own_word(lemma: str, issue: str) -> bool:
    """'control' of 'gun control', 'tax' of 'taxes', 'healthcare' of 'health care'; not 'law' of 'legislation'."""
    words = issue.replace("-", " ").split()
    own = {*words, *(w[:-1] for w in words if w.endswith("s")), *(w[:-2] for w in words if w.endswith("es")),
           issue.replace(" ", "")}
    return lemma.lower() in own


def _contact_named(word: Token, places: Places) -> str | None:
    """'meeting with Zelenskyy in Turkey', 'talks between Russia and Ukraine', 'denuclearization talks': a meeting
    word with what names it (a noun or name before it, a named party, matter or place after it); a verb of meeting
    ('meet Putin') names the meeting by its object or phrases; an invitation by the meeting it invites to."""
    if word.pos_ == "VERB":
        label = lexicon.ISSUE_VERBS.get(word.lemma_.lower())
        if label not in lexicon.CONTACT_ISSUES:
            return None
        obj = next((c for c in word.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and phrase_at(obj) in lexicon.CONTACT_ISSUES:
            return _contact_named(obj, places)  # "agreed to host the summit"
        party = _party_named(obj, places) if obj is not None else None
        parts = [f"with {party}"] if party else []
        parts += _contact_phrases(word, places)
        return f"{label} {' '.join(parts)}" if parts else None
    clause = next((c for c in word.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                   and lexicon.ISSUE_VERBS.get(c.lemma_.lower()) in lexicon.CONTACT_ISSUES
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if clause is not None:
        return _contact_named(clause, places)  # "an invitation to meet with Zelenskyy"
    before = [c for c in word.children if c.i < word.i and (c.dep_ in ("compound", "nmod", "poss") and c.pos_ in (
        "NOUN", "PROPN") or c.dep_ == "amod" and c.ent_type_ in HOLDER_LABELS | PLACE_ENT_TYPES)]
    words = sorted({t for c in before for t in (c, *_name_compounds(c))}, key=lambda t: t.i)
    parts = _contact_phrases(word, places)
    if not words and not parts:
        return None
    return " ".join([_glued_hyphens(words)] * bool(words) + [word.lower_] + parts)


def _contact_phrases(word: Token, places: Places) -> list[str]:
    """The phrases of a meeting word that name its party ('with Zelenskyy', 'between Russia and Ukraine'), matter
    ('on a memorandum') or place ('in Turkey'); not a time, a pronoun or a bare common noun of place."""
    parts = []
    for preposition in (c for c in word.children if c.dep_ == "prep" and c.lower_ in lexicon.CONTACT_PREPOSITIONS
                                                       and not names_a_time(c)):
        obj = next((o for o in preposition.children if o.dep_ == "pobj"), None)
        if obj is None:
            continue
        if preposition.lower_ in ("in", "at") and obj.i not in places.at:
            continue  # "in person", "at the White House" is a place named, "in some cases" none
        if preposition.lower_ == "of" and not (names_a_party(obj) or any(
                c.dep_ == "poss" and (c.ent_type_ in HOLDER_LABELS or c.i in places.at) for c in obj.children)):
            continue  # "a meeting of Europe's health ministers" says whose; "a meeting of the two leaders" does not
        said = _party_named(obj, places) if preposition.lower_ in ("with", "between", "of", "in", "at", "to") \
            else noun_phrase(obj, places, field=True)
        if said:
            parts.append(f"{'with' if word.pos_ == 'VERB' and preposition.lower_ == 'to' else preposition.lower_} {said}")
            # "ready to talk to Putin": talks with him
    return parts


def _party_named(token: Token, places: Places) -> str | None:
    """Who or where a meeting is with, as written: a name with its conjuncts ('Russia and Ukraine'), a place, or a
    noun phrase of people ('the families of the victims'); None for a pronoun ('with us')."""
    names = []
    for party in (token, *token.conjuncts):
        if party.pos_ == "PRON":
            return None
        if party.i in places.at:
            names.append(places.at[party.i][0])
        elif party.pos_ == "PROPN" or party.ent_type_ in HOLDER_LABELS:
            names.append(_entity_name(party))
        else:
            phrase = noun_phrase(party, places, field=True)
            if phrase is None:
                return None
            names.append(phrase)
    return " and ".join(names) or None


def _described_by_its_clause(word: Token, places: Places) -> str | None:
    """'pass a new law that would fight climate change' -> 'law to fight climate change': a field's bare word named
    by what its clause says it does (`_what_its_clause_does`)."""
    action = _what_its_clause_does(word, places)
    return f"{noun_lemma(word)} to {action}" if action else None


def _what_its_clause_does(word: Token, places: Places) -> str | None:
    """'fight climate change' of 'a new law that would fight climate change': what a noun's relative or infinitive
    clause says it does (the clause's verb and object, as an action is named). The parser may hang the infinitive on
    the word as a relative clause ('a separate bill to extend whistleblower protections'), or on the enacting verb
    ('approved a bill Friday to boost safety standards'), whose purpose is then what the bill does."""
    clause = next((c for c in word.children if c.pos_ == "VERB" and (c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children) or c.dep_ in ("acl", "relcl") and any(
        s.dep_ == "aux" and s.lower_ == "to" for s in c.children))), None)  # "a bill to give whistle-blowers protection"
    if clause is None:  # "a bill designed to hamstring the CFPB", "legislation aimed at preventing a repeat of the
        # spill": what the participle says it is for
        clause = next((x for c in word.children if c.dep_ == "acl" and c.tag_ == "VBN" and not any(
            a.dep_ == "agent" for a in c.children) for x in [*c.children, *(p for t in c.children if t.dep_ == "prep"
                                                                             and t.lower_ in ("to", "at")
                                                                             for p in t.children)]
            if x.pos_ == "VERB" and (x.dep_ == "xcomp" and any(s.dep_ == "aux" and s.lower_ == "to" for s in x.children)
                                     or x.dep_ == "pcomp")), None)  # the parser may read "to" as a preposition
    if clause is None and word.dep_ == "dobj" and word.head.lemma_.lower() in lexicon.ENACTING_VERBS:
        clause = next((c for c in word.head.children if c.dep_ == "advcl" and c.i > word.i and c.pos_ == "VERB"
                       and any(s.dep_ == "aux" and s.lower_ == "to" for s in c.children)
                       and not any(s.dep_ in SUBJECT_DEPS for s in c.children)), None)
    return verb_phrase_issue(clause, places) if clause is not None else None  # bounded by the clause's own parts


def _thing_for_people(word: Token, cue: Token, places: Places) -> str | None:
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
        own = noun_phrase(thing, places, field=True) if thing is not None and thing.pos_ == "NOUN" \
            and measure_noun(thing) else None
        people = noun_phrase(word, places, field=True)
        if own and people:
            return own if f" {preposition.lower_} " in f" {own} " else f"{own} {preposition.lower_} {people}"
    origin = next((o for p in word.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                   if o.dep_ == "pobj" and o.i in places.at), None)
    if origin is not None:
        return f"{noun_lemma(word)} from {places.at[origin.i][0]}"
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in word.children):
        phrase = noun_phrase(word, places, field=True)  # "accept more Muslim refugees": the pointing 'more' goes
        phrase = " ".join(w for w in phrase.split() if w.lower() not in lexicon.POINTING_ADJECTIVES) if phrase else None
        verb = word.head
        if phrase and word.dep_ == "dobj" and verb.pos_ == "VERB" and verb.i != cue.i and not cue_stance(verb):
            return f"{_act_name(verb)} {phrase}"  # "promising to deport Syrian refugees": what is done to them
        return phrase
    return None


def noun_a_compound_modifies(word: Token) -> Token:
    """The noun a compound word, or a chain of them, modifies ('standards' of 'drilling safety standards', whose
    'drilling' hangs on 'safety'); the word itself when it modifies no noun."""
    head = word
    while head.dep_ == "compound" and head.head.pos_ == "NOUN":
        head = head.head
    return head


def _measure_of_the_word(word: Token, cue: Token, places: Places) -> str | None:
    """A field's word in a compound names the field only: the measure it modifies is the issue when the stance acts
    on it ('a climate measure the House approved' -> 'climate measure'); on the stance noun itself, the noun's own
    phrase says what of the field it is about ('the 2011 budget proposal for the Coast Guard' -> 'budget proposal
    for Coast Guard'; a bare 'tax proposals' keeps the label, `issue_detail`)."""
    head = noun_a_compound_modifies(word)
    if head is word:
        return None
    if head.i == cue.i:
        phrase = noun_phrase(head, places, field=True)
        return phrase if phrase and any(f" {p} " in f" {phrase} " for p in FIELD_PHRASE_PREPOSITIONS) else None
    acted_on = head.dep_ in ("dobj", "nsubjpass") and head.head.i == cue.i or cue.dep_ in ("relcl", "acl") and cue.head.i == head.i \
        or stance_slot(head, cue) or head.dep_ == "dobj" and done_for_the_stance(head.head, cue)
    stance_noun = cue_stance(head) is not None
    if acted_on and stance_noun and head.pos_ == "NOUN":
        action = _what_its_clause_does(head, places)
        phrase = noun_phrase(head, places, field=True) if action else None
        return f"{phrase} to {action}" if phrase else None  # "won't support a climate proposal that encourages
        # offshore drilling": another's proposal, named by what it does (Timeline17 development sheet, round 59)
    if not acted_on or phrase_at(head) not in (None, *lexicon.DOCUMENT_FIELDS) or stance_noun \
            or head.lemma_.lower() in lexicon.VAGUE_ISSUE_WORDS:
        return None  # a document's word may take the field's ("the immigration bill, opposed by House Republicans")
    phrase = noun_phrase(head, places, field=True)
    phrase = " ".join(w for w in phrase.split() if w.lower() not in lexicon.POINTING_ADJECTIVES) if phrase else None
    verb = head.head
    if phrase and head.dep_ == "dobj" and verb.i != cue.i and verb.pos_ == "VERB" and not cue_stance(verb) \
            and verb.lemma_.lower() not in lexicon.ENACTING_VERBS and not _vague_verb(verb):
        return f"{_act_name(verb)} {phrase}"  # "remake a police department", "draft ... safety standards"
    return phrase


def done_for_the_stance(verb: Token, cue: Token) -> bool:
    """'should partner with Mexico to draft new international drilling safety standards': a verb the stance word
    leads to through infinitives of purpose only, whose object is what the stance is for (round-30 pool: the label
    'climate and energy' stood for the standards)."""
    node = verb
    if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.dep_ == "prep" and node.head.lower_ == "for" \
            and node.head.head.i == cue.i:
        return True  # "called Friday for releasing the police videos": the act the stance's own 'for' asks for
    while node.i != cue.i:
        if node.dep_ == "conj" and node.pos_ == "VERB" and node.head.pos_ == "VERB" and node.tag_ == node.head.tag_:
            node = node.head  # "promised to build on Mr. Obama's legacy and to pursue strong climate policies": the
            continue  # second infinitive of a list is asked for as the first is (development recall, round 54)
        if node.dep_ not in ("xcomp", "advcl") or node.pos_ != "VERB" or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in node.children):
            return False
        node = node.head
    return True


def _named_before_in_the_document(word: Token, places: Places, field: bool = True) -> str | None:
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
    for other in (t for t in reversed(word.doc[:word.i]) if t.pos_ == "NOUN" and t.lemma_.lower() == lemma
                  and t.tag_ == word.tag_ and t.dep_ not in ("compound", "amod")):
        named = _what_the_mention_names(other, places, field)
        where = _named_only_by_where_it_is(other, places)
        if named and where:
            return _named_by_its_subject_first(other, where, places) or named
        if named or not _only_points_back(other):
            return named
        # "frown on this bill" names no more than "the bill" does: the one before it may ("The Missouri bill")
    return None


def _named_only_by_where_it_is(noun: Token, places: Places) -> str | None:
    """'Missouri' of 'the Missouri bill', 'House' of 'the House bill': modifiers that are only a place or a body say
    where the thing is, not what it is about (round 41 pool rows 32 and 154: 'Missouri bill', 'House bill')."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i]
    if not modifiers or not all(c.i in places.at or c.pos_ == "PROPN" and c.lower_ in lexicon.LEGISLATURE_WORDS
                                for c in modifiers):  # not a name the thing bears ("the Cadillac tax")
        return None
    return " ".join(_written_name(c) for c in modifiers)


def _named_by_its_subject_first(noun: Token, where: str, places: Places) -> str | None:
    """The story's thing named by what it is about where the document first does so ('a religious-freedom bill that
    critics called anti-gay', 'the $1.1 billion Zika funding bill'), with where it is: 'Missouri religious-freedom
    bill'. The first such mention, not the nearest: an article about one bill names others of its kind on the way
    ('a religious-freedom bill' of Georgia's, just before 'The Missouri bill')."""
    lemma = noun.lemma_.lower()
    for other in (t for t in noun.doc[:noun.i] if t.pos_ == "NOUN" and t.lemma_.lower() == lemma
                  and t.dep_ not in ("compound", "amod")):
        if _named_only_by_where_it_is(other, places) or not any(
                c.dep_ in ("compound", "nmod", "amod") and c.i < other.i and c.pos_ in ("NOUN", "ADJ")
                and c.lower_ not in lexicon.POINTING_ADJECTIVES for c in other.children):
            continue
        named = noun_phrase(other, places)  # not its amount ("the $1.1 billion Zika funding bill")
        if named and named.lower() != noun_lemma(other):
            said = named if where.lower() in named.lower() else f"{where} {named}"
            return said if len(said.split()) <= MAX_ACT_WORDS else named
    return None


PARTNER_PREPOSITIONS = frozenset({"with", "between"})


def _partner_named_before(word: Token, phrase: str, places: Places) -> str | None:
    """'refused to sign the trade agreement' after 'pressed Mr. Yanukovych to sign an agreement with the European
    Union': a definite noun with no phrase of its own is the one the article introduced, whose 'with / between' phrase
    says with whom (`trade agreement` dropped the EU; round 39 pool row 178). Only the nearest earlier mention of the
    same word, and only its partner named (a place or a party), so no other modifier of it is carried over."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in word.children) \
            or any(c.dep_ in ("prep", "poss") or c.dep_ in ("acl", "relcl") and not set_off(c) for c in word.children):
        return None  # a clause set off by a comma or dash says more of the same thing ("the trade agreement, which Putin
        # opposed")
    lemma = word.lemma_.lower()
    other = next((t for t in reversed(word.doc[:word.i]) if t.pos_ == "NOUN" and t.lemma_.lower() == lemma
                  and t.dep_ not in ("compound", "amod")), None)
    if other is None:
        return None
    for preposition in (c for c in other.children if c.dep_ == "prep" and c.lower_ in PARTNER_PREPOSITIONS):
        partner = next((o for o in preposition.children if o.dep_ == "pobj"), None)
        named = _party_named(partner, places) if partner is not None and (
            partner.i in places.at or partner.pos_ == "PROPN" and partner.ent_type_ in HOLDER_LABELS) else None
        if named and len(f"{phrase} {preposition.lower_} {named}".split()) <= MAX_ACT_WORDS:
            return f"{phrase} {preposition.lower_} {named}"
    return None


def _only_points_back(noun: Token) -> bool:
    """'this bill', 'the bill': a mention that is a pointing word and its noun, another link of the same chain ('the
    state's law' is one law of its own, which an earlier 'Indiana law' is not)."""
    return noun.n_lefts + noun.n_rights > 0 and all(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                                                    for c in noun.children)


def _what_the_mention_names(other: Token, places: Places, field: bool) -> str | None:
    """What one mention of a noun names: its phrase, its clause, or the name it stands beside ('the Minerals
    Management Service, the agency now under fire': the agency is that service)."""
    if other.dep_ == "appos" and other.head.pos_ == "PROPN" and other.head.ent_type_ in HOLDER_LABELS | {"LAW", "FAC"}:
        name = entity_around(other.head)
        if name is not None:
            return " ".join(t.text for t in name if t.dep_ != "det")
    phrase = noun_phrase(other, places, field=field)
    doc = other.doc
    if phrase and any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in phrase.lower().split() and any(
            0 <= i < len(doc) and doc[i].text == "-" for i in (c.i - 1, c.i + 1)) for c in other.children):
        return None  # "clean-up obligations" read "clean obligation"
    words = [w for w in (phrase or "").lower().split() if w not in lexicon.POINTING_ADJECTIVES]
    if phrase and words != [noun_lemma(other)]:
        return " ".join(words) if len(words) < len(phrase.split()) else phrase
    return _described_by_its_clause(other, places)


DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _named_later_in_its_sentence(word: Token, places: Places) -> str | None:
    """'allow them to reopen the well to extract oil and gas from the Macondo well': a definite bare noun that its own
    sentence names in full further on, by a name before the same noun."""
    if not _points_back(word) or any(c.dep_ not in ("det", "poss") for c in word.children):
        return None
    lemma = word.lemma_.lower()
    later = next((t for t in word.doc[word.i + 1:word.sent.end] if t.pos_ == "NOUN" and t.lemma_.lower() == lemma
                  and t.tag_ == word.tag_ and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)), None)
    return noun_phrase(later, places) if later is not None else None


def _names_more_than(word: Token, phrase: str, issue: str) -> bool:
    """Whether a field label's phrase names more than its word under adjectives: a noun before it ('climate change
    legislation', 'energy bill') or a phrase after it ('tax on oil', 'reforms to drilling practices')."""
    return not phrase.endswith(noun_lemma(word)) or _amount_of(word) is not None or any(
        c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN") and c.lower_ in phrase.lower().split()
        and c.lemma_.lower() not in issue for c in word.children) \
        or _heads_the_label(word, issue) and any(_kind_of_the_word(c) and c.lower_ in phrase.lower().split()
                                                 for c in word.children)
    # "tougher gun control": 'gun' is the label's own word; "legal guns" is no kind of gun control; "more renewable
    # energy" is a kind of energy, not the field 'climate and energy' (bpoil_washingtonpost 140)


def _heads_the_label(word: Token, issue: str) -> bool:
    """Whether the word is the label or the head of one of its coordinated parts ('energy' of 'climate and energy',
    'care' of 'health care'), of which an adjective names a kind; not a modifier in it ('gun' of 'gun control')."""
    return noun_lemma(word) == issue or noun_lemma(word) in {part.split()[-1] for part in issue.split(" and ")}


def _kind_of_the_word(adjective: Token) -> bool:
    """'free' of 'in favor of free trade': an adjective in its plain form before the word that is the label itself
    says which kind of it is wanted, a policy of its own ('trade' alone is the field); a comparative only grades it
    ('lower taxes', 'tougher gun control') and a pointing or time word names no kind ('new legislation')."""
    return adjective.dep_ == "amod" and adjective.tag_ == "JJ" and adjective.i < adjective.head.i \
        and adjective.lower_ not in lexicon.POINTING_ADJECTIVES \
        and adjective.lemma_.lower() not in lexicon.EARLIER_MODIFIERS


def verb_phrase_issue(verb: Token, places: Places) -> str | None:
    """'release the video', 'the videos should be released' -> 'release video'."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or \
        next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "farmers must be given support": support
    if _vague_verb(verb) or _frames_only(verb):
        return None
    if obj is None:
        return _act_against(verb, places)  # "a fund to pay for claims", "a bill to crack down on lobbyists"
    if obj.dep_ == "nsubjpass" and any(c.dep_ == "xcomp" for c in verb.children) and any(
            t.ent_type_ in HOLDER_LABELS or t.pos_ == "PROPN" for t in [obj, *obj.conjuncts]):
        return None  # "neither the president nor Congress should be permitted to make us wait": who is
        # allowed or made to do something is no issue; what they are to do is
    phrase = noun_phrase(obj, places)
    if not phrase:
        return None
    act = _completed_act(f"{_act_name(verb)} {phrase}", verb, obj, phrase, places)
    made_to = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > obj.i and c.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None) if obj.dep_ == "dobj" else None
    then = verb_phrase_issue(made_to, places) if made_to is not None else None
    return f"{act} to {then}" if then else act  # "force the oil company to pay the full cost": what it is made to do


# prepositions by which a verb with no object names what it acts on: 'retaliate against Russia', 'crack down on
# lobbyists' (a closed class of English prepositions, none chosen from a data set)
ACTED_ON_PREPOSITIONS = frozenset({"against", "on"})


def _act_against(verb: Token, places: Places) -> str | None:
    """'called on President Obama to retaliate against Russia' -> 'retaliate against Russia': a verb with no object
    that acts on what its 'against' / 'on' phrase names (a paying verb's 'for' phrase: 'pay for the cleanup'), a place
    or a thing named (`noun_phrase`)."""
    if verb.pos_ != "VERB":
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ACTED_ON_PREPOSITIONS and not (
                prep.lower_ == "for" and verb.lemma_.lower() in lexicon.PAYING_VERBS):
            continue  # "demanded that BP pay for the cleanup": what is paid for (Timeline17 development sheet,
            # round 59: "set aside money in a fund to pay for claims")
        target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if target is None or names_a_time(prep):
            return None
        if prep.lower_ == "on" and target.i in places.at:
            continue  # "debate in Pennsylvania, on Long Island or in Upstate New York": where, not what it acts on
        named = places.at[target.i][0] if target.i in places.at else noun_phrase(target, places)
        return f"{_act_name(verb)} {prep.lower_} {named}" if named else None  # "crack down on lobbyists"
    return None


def _named_partys_own_act(verb: Token, asker: Token, places: Places) -> str | None:
    """'called on Michigan Gov. Rick Snyder to resign' -> 'Rick Snyder to resign', 'called for Trump to drop out of the
    race' -> 'Trump to drop out of race': giving up one's post or race, or apologising, asked of a named party is that
    party's act, and names nothing without the party (the demand had no issue at all). Only a name (a pronoun or a
    role would need its referent), and of the act's phrases only what is left ('from her post', 'out of the race'); a
    reason ('over the crisis') is no part of the act. Other acts with no object asked of a party ('urged Congress to
    act', 'urged Democrats to vote', 'urged the U.S. to lead') name no issue: on PolNeAR train (development) six of
    eight read so were vague or had lost their object to the parse."""
    act = _act_name(verb)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if act not in lexicon.GIVING_UP_ACTS and after is not None and after.head.i == verb.i \
            and not any(c.dep_ == "pobj" for c in after.children):
        act = f"{act} {after.lower_}"  # "drop out of the race": the parser makes 'out' a preposition heading 'of'
    if act not in lexicon.GIVING_UP_ACTS or verb.pos_ != "VERB":
        return None
    party = _party_asked(verb, asker)
    if party is None:
        return None
    act = f"{_entity_name(party)} to {act}"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        words = [prep.lower_] if prep.i != verb.i + 1 or not act.endswith(f" {prep.lower_}") else []
        if not any(c.dep_ == "pobj" for c in prep.children):  # "drop out of the race": 'out' heads 'of'
            prep = next((c for c in prep.children if c.dep_ == "prep"), prep)
            words.append(prep.lower_)
        target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if words[-1] not in LEFT_PREPOSITIONS or target is None or names_a_time(prep):
            continue
        named = places.at[target.i][0] if target.i in places.at else noun_phrase(target, places)
        phrase = " ".join([act, *words, named or ""])
        return phrase if named and len(phrase.split()) <= MAX_ACT_WORDS else act
    return act


LEFT_PREPOSITIONS = frozenset({"from", "of"})  # what an act with no object leaves: 'resign from her post', 'out of the race'


def _entity_name(token: Token) -> str:
    """The named entity a token is part of, as written without its article ('Rick Snyder', not the title 'Michigan
    Gov.' the parser hangs on it; 'Supreme Court', not 'the Supreme Court'); the name's words by the parse where the
    model tags none."""
    entity = entity_around(token)
    return " ".join(t.text for t in entity if t.dep_ != "det") if entity is not None else _written_name(token)


def _party_asked(verb: Token, asker: Token) -> Token | None:
    """Who a stance word asks to do `verb`: 'urged Obama to', 'called on Obama to', 'called for Obama to' (the 'for'
    phrase's object, or the clause's subject where the parser makes 'for' its mark). A named party only, and only
    where the verb is the asking word's own clause."""
    if verb.head.i != asker.i or asker.pos_ != "VERB":
        return None
    party = next((c for c in verb.children if c.dep_ == "nsubj"
                  and any(m.dep_ == "mark" and m.lower_ == "for" for m in verb.children)), None)
    if party is None and verb.dep_ in ("xcomp", "advcl"):
        party = next((c for c in asker.children if c.dep_ == "dobj"), None) or next(
            (o for p in asker.children if p.dep_ == "prep" and p.lower_ in ("on", "for") and p.i < verb.i
             for o in p.children if o.dep_ == "pobj"), None)
    return party if party is not None and party.pos_ == "PROPN" and party.ent_type_ in HOLDER_LABELS else None


# what says which thing a bare object is: 'help from the Defense Department', 'money towards in-state researchers'
OBJECT_NAMING_PREPOSITIONS = frozenset({"from", "to", "toward", "towards", "into", "with", "between"})
VERB_NAMING_PREPOSITIONS = frozenset({"toward", "towards", "into"})  # on the verb they say where the object goes
MAX_ACT_WORDS = 9
TOPIC_NAMING_PREPOSITIONS = frozenset({"on", "about", "over"})  # 'complaints about production surpluses'
PLACE_NAMING_PREPOSITIONS = frozenset({"in"})  # on a bare object, where it is: 'strongholds in Syria and Iraq'


def _completed_act(named: str, verb: Token, obj: Token, phrase: str, places: Places, placed: bool = False) -> str:
    """An act named by its verb and object, completed where the object alone names nothing: a bare object ('a
    fund', 'additional help') takes what the sentence says of it (`_what_the_object_is`: 'set up fund administered
    by third party', 'seek additional help from Defense Department'), and an act done by a means says the means
    ('pay down national debt by printing money'), which is often the point of the position (round-30 sheet: 'set up
    fund', 'seek additional help', 'pay down national debt' named nothing or lost the point)."""
    owner = _named_owner(obj) if obj.pos_ == "NOUN" else None
    if owner and phrase.startswith(f"{owner}'s ") and named.endswith(phrase) and not placed \
            and _bare_object(obj, phrase[len(owner) + 3:]):
        named, phrase = named[:len(named) - len(phrase)] + phrase[len(owner) + 3:], phrase[len(owner) + 3:]
        # a bare object's owner goes back in front of it below, where what the sentence says of it is added
    bound = _owner_bound_to_the_doer(verb, obj) if owner is None and not placed and named.endswith(phrase) \
        and phrase.split()[0].lower() not in lexicon.QUANTIFIERS else None  # not "review State Department's all archives"
    if bound:
        named = f"{named[:len(named) - len(phrase)]}{bound}'s {phrase}"  # "called for Clinton to quit her bid"
    bare = _bare_object(obj, phrase)
    if not placed and bare:
        if owner:
            named = f"{named[:len(named) - len(phrase)]}{owner}'s {phrase}"  # "hit the Islamic State's strongholds"
        said = _what_the_object_is(verb, obj, places)
        if said and len(f"{named} {said}".split()) <= MAX_ACT_WORDS:
            written = said.split()[0] in ("that", "who", "which") and named.endswith(noun_lemma(obj))
            named = f"{named[:len(named) - len(noun_lemma(obj))]}{obj.lower_}" if written else named
            named = f"{named} {said}"  # "punish schools that violate ...": the noun as its clause agrees with it
        elif not said:
            earlier = _named_before_in_the_document(obj, places, field=False) or _named_later_in_its_sentence(obj, places)
            if earlier and len(named.split()) - len(phrase.split()) + len(earlier.split()) <= MAX_ACT_WORDS:
                named = named[:len(named) - len(phrase)] + earlier  # "pass a deal": the Zika deal named before
    recipient = None if placed else _recipient_named(verb, obj, places)
    if recipient and named.endswith(phrase) and len(f"{named} {recipient}".split()) <= MAX_ACT_WORDS:
        named = f"{named[:len(named) - len(phrase)]}{recipient} {phrase}"  # "give states broad freedom"
    # "give states broad freedom to spend federal education dollars"
    named = _followed_by(named, None if placed or bare else _infinitive_of_the_object(obj, places))
    # "halt cozy relationship between oil companies and federal regulators"
    named = _followed_by(named, None if placed or bare else _partners_of_the_object(obj, places))
    named = _followed_by(named, None if placed else participle_restricting(obj, places))  # "ban Muslims entering US"
    kept_from = None if placed else _what_it_keeps_from(verb, obj, places)
    if kept_from and len(f"{named} {kept_from}".split()) <= MAX_ACT_WORDS:
        named = f"{named} {kept_from}"  # "prevent oil company from drilling in Arctic"
    named = _followed_by(named, None if placed else _origin_named(obj, places, verb))  # "ban refugee from Syria"
    destination = None if placed else _place_gone_to(verb, places, obj)
    if destination and destination.split(" ", 1)[1] not in named and len(f"{named} {destination}".split()) <= MAX_ACT_WORDS:
        named = f"{named} {destination}"  # "send more special forces into Syria": where they go is the point
    # "require background checks on all gun sales"
    named = _followed_by(named, None if placed else _phrase_right_after_the_object(verb, obj, places))
    examples = None if placed else _examples_named(verb, obj, places)
    if examples and len(f"{named} {examples}".split()) <= MAX_ACT_WORDS:
        plural = named.endswith(f" {noun_lemma(obj)}")
        named = f"{named[:len(named) - len(noun_lemma(obj))]}{obj.lower_}" if plural else named
        named = f"{named} {examples}"  # "repudiate Republican politicians like Pat Robertson": the kind as written
    means = next((c for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
                  for c in p.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
    act = verb_phrase_issue(means, places) if means is not None else None
    if act and len(f"{named} by {act}".split()) <= MAX_ACT_WORDS:
        base = written_lemma(means)
        act = f"{means.lower_}{act[len(base):]}" if act.startswith(base) else act  # the gerund as written
        named = f"{named} by {act}"
    return named


def _followed_by(named: str, words: str | None) -> str:
    """The act with words that say more of its object after it: only words the act does not hold yet, and only while
    the act stays within `MAX_ACT_WORDS`."""
    if words and words not in named and len(f"{named} {words}".split()) <= MAX_ACT_WORDS:
        return f"{named} {words}"
    return named


def _recipient_named(verb: Token, obj: Token, places: Places) -> str | None:
    """'states' of 'give states broad freedom to spend federal education dollars': the one a thing is given to, named
    between the verb and its object (the parser's dative), is part of the act (round 52 pool row 76 read 'give broad
    freedom', which names nothing). A place by its name, a common noun as written with its modifiers; not a pronoun
    or a person ('give him a chance' is about him)."""
    recipient = next((c for c in verb.children if c.dep_ == "dative" and c.i < obj.i), None)
    if recipient is None or recipient.pos_ not in ("NOUN", "PROPN") or recipient.ent_type_ == "PERSON" \
            or recipient.pos_ == "NOUN" and _points_back(recipient) and not any(
                c.dep_ in ("amod", "compound") for c in recipient.children):
        return None  # "lend the company his fleet": the company named elsewhere
    if recipient.i in places.at:
        return places.at[recipient.i][0]
    words = [t for t in recipient.subtree if t.dep_ not in ("det", "punct", "poss", "case") and t.i <= recipient.i]
    return _lower_but_names(words) if len(words) <= 3 else None


def _partners_of_the_object(obj: Token, places: Places) -> str | None:
    """'between oil companies and federal regulators' of 'the cozy relationship between oil companies and federal
    regulators': a relation names nothing without whom it is between (the bpoil_foxnews bed, development: 'halt cozy
    relationship'); a bare object takes it through `_what_the_object_is`. Both sides as written, a place by its name."""
    preposition = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    first = next((o for o in preposition.children if o.dep_ == "pobj"), None) if preposition is not None else None
    if first is None or not first.conjuncts:
        return None
    sides = []
    for side in (first, *first.conjuncts):
        if side.i in places.at:
            sides.append(places.at[side.i][0])
            continue
        words = [t for t in side.doc[side.left_edge.i:side.i + 1]
                 if t.dep_ not in ("det", "punct", "cc", "poss", "case") and (t.i == side.i or t.head.i == side.i)]
        sides.append(_lower_but_names(words))
    return "between " + " and ".join(sides)


def _infinitive_of_the_object(obj: Token, places: Places) -> str | None:
    """'to spend federal education dollars' of 'broad freedom to spend federal education dollars': an infinitive on the
    object says what it is for, which a power, freedom or fund given names nothing without (a bare object takes it
    through `_what_the_object_is`). Only an infinitive with its own object, named as an act is."""
    clause = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > obj.i
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if clause is None:
        return None
    action = verb_phrase_issue(clause, places)
    return f"to {action}" if action else None


def _what_it_keeps_from(verb: Token, obj: Token, places: Places) -> str | None:
    """'from drilling in Arctic' of 'urged Congress to prevent oil companies from drilling in the Arctic', 'from
    entering United States' of 'ban Muslims from entering the U.S.': what a ban or a bar keeps its object from doing,
    a gerund in a 'from' phrase on the verb, is the point of it ('prevent oil company' named nothing). The gerund as
    written with its object (a named place, else its noun phrase) or where it is done. Right after the object only
    (not "easing student debt aside from stating that ...")."""
    gerund = next((c for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" and p.i == obj.right_edge.i + 1
                   for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if gerund is None:
        return None
    done = next((c for c in gerund.children if c.dep_ == "dobj"), None)
    if done is not None:
        said = _place_or_phrase(done, places)
        return f"from {gerund.lower_} {said}" if said else None
    for preposition in (p for p in gerund.children if p.dep_ == "prep" and not names_a_time(p)):
        for target in (o for o in preposition.children if o.dep_ == "pobj"):
            said = _place_or_phrase(target, places)
            if said:
                return f"from {gerund.lower_} {preposition.lower_} {said}"  # "from coming into the country"
    return f"from {gerund.lower_}"


def _place_or_phrase(noun: Token, places: Places, field: bool = True) -> str | None:
    """A phrase's object as an issue writes it: its named places ('United States'), else its noun phrase (`field`:
    as `noun_phrase` takes it)."""
    return _places_named(noun, places) if noun.i in places.at else noun_phrase(noun, places, field=field)


def _phrase_right_after_the_object(verb: Token, obj: Token, places: Places) -> str | None:
    """'on all gun sales' of 'require background checks on all gun sales': an 'on / against' phrase right after the
    object says what the thing is on, whether the parser hung it on the object or, as often, on the verb (the act
    'require background check' dropped which sales; round 37 pool row 52 dropped 'gun show sales' so)."""
    preposition = topic_phrase_after_the_object(verb, obj)
    if preposition is None or names_a_time(preposition):
        return None
    target = next((o for o in preposition.children if o.dep_ == "pobj"), None)
    if target is None or target.pos_ == "PRON" or target.lemma_.lower() in lexicon.REASON_NOUNS:
        return None  # "oppose taxing consumption on fairness grounds": why, not what on
    said = _place_or_phrase(target, places, field=False)
    return f"{preposition.lower_} {said}" if said else None


def _examples_named(verb: Token, obj: Token, places: Places) -> str | None:
    """'like Pat Robertson' of 'refused to repudiate Republican politicians, like Pat Robertson, who had condemned
    homosexuality': names given as examples of a plural object say which of its kind the act is on (the act
    'repudiate Republican politician' named none; round 39 pool row 140). A 'like' or 'such as' phrase right after the
    object (past a comma), on the object or, as the parser often hangs it, on the verb, whose words are names."""
    if obj.pos_ != "NOUN" or obj.tag_ != "NNS":
        return None
    for preposition in [*obj.children, *verb.children]:
        if preposition.dep_ != "prep" or not (preposition.lower_ == "like" or preposition.lower_ == "as" and any(
                c.lower_ == "such" and c.i == preposition.i - 1 for c in preposition.children)):
            continue
        opening = preposition.i - (2 if preposition.lower_ == "as" else 1)
        if preposition.i <= obj.i or any(not t.is_punct for t in obj.doc[obj.right_edge.i + 1:opening + 1]):
            continue
        name = next((o for o in preposition.children if o.dep_ == "pobj"), None)
        if name is None or not all(t.pos_ == "PROPN" for t in [name, *name.conjuncts]):
            return None
        names = [places.at[t.i][0] if t.i in places.at else _written_name(t) for t in [name, *name.conjuncts]]
        said = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        return f"{'such as' if preposition.lower_ == 'as' else 'like'} {said}"
    return None


def _named_owner(noun: Token) -> str | None:
    """'the Islamic State' of 'the Islamic State's strongholds': a named possessor says whose the thing is, and so
    which one (the act 'hit stronghold' named none). A proper noun the NER tags as nothing is a name too ("cure
    Alzheimer's disease" was 'cure disease')."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    return _written_name(owner)


OWNER_PRONOUN_LABELS = {"his": ("PERSON",), "her": ("PERSON",), "its": ("ORG", "GPE"), "their": ("ORG", "GPE", "NORP")}


def _owner_bound_to_the_doer(verb: Token, obj: Token) -> str | None:
    """'called for Clinton to quit her bid for president' -> Clinton's bid: a possessive pronoun on an act's object
    stands for the one who is to do the act, when a name says who (the act's subject, or the object of the verb that
    asks for it: 'urged Obama to reverse his decision'); 'quit bid for president' dropped whose (round 36 row 108)."""
    pronoun = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUN_LABELS), None)
    if pronoun is None or verb.pos_ != "VERB":
        return None
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None and verb.dep_ == "xcomp":
        asker = verb.head
        doer = next((c for c in asker.children if c.dep_ == "dobj"), None) \
            if asker.lemma_.lower() not in lexicon.SUBJECT_CONTROL_VERBS else None
        # the asker's own subject is the holder: "Ukraine agreed to sell its minerals" needs no owner
    if doer is None or doer.pos_ != "PROPN" or doer.ent_type_ not in OWNER_PRONOUN_LABELS[pronoun.lower_]:
        return None
    if doer.conjuncts or any(t.dep_ == "cc" for t in doer.subtree):
        return None  # "demanded that the federal government and oil giant BP uphold their commitments" (parsed as one
        # phrase headed by BP, bpoil_washingtonpost 140): 'their' is of several doers, not of the one named last
    return _written_name(doer)


def _points_back(noun: Token) -> bool:
    """'the product', 'their complaints', 'the country's interests': a noun with a definite determiner or a possessor
    that is no name refers to a thing the reader knows from elsewhere; alone it does not say which. A bare plural or
    mass noun ('taxing consumption', 'hold hearings') names a kind, which is the thing itself."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
               or c.dep_ == "poss" and c.pos_ in ("PRON", "NOUN") for c in noun.children)


def acts_on_a_thing_named_elsewhere(cue: Token, issue: str) -> bool:
    """'has vowed to boycott the product', 'denounced efforts to defund the group', 'has proposed repealing the
    mandate': an act issue that is its verb and the bare lemma of an object pointing back (`_points_back`) to a thing
    the sentence does not name ('boycott product', 'defund group'). The claim is stored but not listed: a reader
    cannot tell from it what the position is on (round-35 sheet: eight such rows, all wrong on the issue)."""
    for verb in cue.subtree:
        if verb.pos_ != "VERB":
            continue
        act = _act_name(verb)
        for obj in verb.children:
            if obj.dep_ in ("dobj", "nsubjpass") and obj.pos_ == "NOUN" and _points_back(obj) \
                    and issue in (f"{act} {noun_lemma(obj)}", f"not {act} {noun_lemma(obj)}"):
                return True
    return False


def _state_it_is_kept_in(noun: Token, verb: Token, cue: Token) -> str | None:
    """'legal' of 'keep abortion legal', 'untouched' of 'leave entitlement spending untouched': the state a verb's
    object is to be kept or put in (an adjective or participle complement after it), which says what is wanted of the
    thing (round 36 pool rows 110 and 125 gave the bare label)."""
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i == cue.i or cue_stance(verb):
        return None
    state = next((c for c in verb.children if c.dep_ in ("oprd", "acomp") and c.i > noun.i
                  and (c.pos_ == "ADJ" or c.tag_ in ("VBN", "VBD"))), None)
    return state.lower_ if state is not None else None


def _contrasted_away(noun: Token) -> bool:
    """'raise your incomes not your taxes': an object right after 'not' that follows another object of the verb is the
    one the act is not done to (the parser hangs the 'not' on the first object)."""
    before = noun.left_edge.i - 1
    return before > 0 and noun.doc[before].lower_ == "not" and noun.doc[before].head.i != noun.head.i \
        and any(c.dep_ in ("dobj", "conj") and c.i < before for c in noun.head.children)


def _place_gone_to(verb: Token, places: Places, obj: Token | None = None) -> str | None:
    """'into Syria' of 'send more special forces into Syria', 'to Ukraine' of 'deliver tanks to Ukraine': a named place
    the verb's 'to / into' phrase sends its object to; or the object's own phrase right after it ('postpone
    nonessential travel to the United States or Mexico', H1N1_guardian 140, was 'postpone nonessential travel')."""
    own = [p for p in obj.children if p.i == obj.i + 1] if obj is not None else []
    for preposition in [*verb.children, *own]:
        if preposition.dep_ != "prep" or preposition.lower_ not in ("to", "into"):
            continue
        target = next((o for o in preposition.children if o.dep_ == "pobj"), None)
        if target is not None and target.i in places.at:
            return f"{preposition.lower_} {_places_named(target, places)}"
    return None


def _indefinite(noun: Token) -> bool:
    """'a compromise', 'some reforms': a noun the text introduces as any one of its kind, which alone names no
    particular thing (a definite 'the well', 'its dividend' points to one the reader knows)."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in noun.children) \
        and not any(c.dep_ in ("prep", "appos", "conj") or c.dep_ in ("acl", "relcl") and _clause_with_arguments(c)
                    for c in noun.children)
    # "keep an ombudsman, retired federal judge Stanley Sporkin": the parser's conjunct names which one; "a procedure
    # to follow when major natural disasters occur": an infinitive with no argument of its own says not which one


def _clause_with_arguments(clause: Token) -> bool:
    """A clause on a noun that says something of it by arguments of its own ('a fund that pays claims'), not a bare
    verb ('a procedure to follow', whose 'when' clause tells only when)."""
    return any(c.dep_ in ("dobj", "attr", "prep", "agent", "xcomp", "ccomp", "dative") for c in clause.children)


INDEFINITE_DETERMINERS = frozenset({"a", "an", "some"})  # not 'any parties found to have broken the law': every one


def _bare_object(obj: Token, phrase: str) -> bool:
    """An object whose phrase is its noun alone, but for words that only point or count ('additional help', 'a
    fund', 'every dime')."""
    return obj.pos_ == "NOUN" and [w for w in phrase.lower().split() if w not in lexicon.POINTING_ADJECTIVES
                                   and w not in lexicon.QUANTIFIERS] in ([noun_lemma(obj)], [obj.lower_])


def _given_to(verb: Token, obj: Token, preposition: Token) -> bool:
    """'to travelers' of 'denying entry to travelers from countries with a strong presence of the Islamic State': a
    'to' phrase right after a bare object, on the verb, says whom the thing is given or denied (round 45 pool row 165
    read 'deny entry', which says not whose); not an amount it is brought to ('cut the rate to 15 percent')."""
    return preposition.dep_ == "prep" and preposition.lower_ == "to" and preposition.head.i == verb.i \
        and preposition.i == obj.right_edge.i + 1 and not names_an_amount(preposition) \
        and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in preposition.children)


def _restricting_clause(obj: Token, clause: Token, places: Places) -> str | None:
    """'schools that violate state and federal rules': a relative clause right after a bare object, not set off by a
    comma, says which of its kind the act is on (`refused to punish schools` dropped the rule-breaking the refusal is
    about, round-30 pool); its verb as written and its object's phrase. None for a clause of another shape."""
    pronoun = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in ("that", "who", "which")), None)
    done = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if clause.dep_ != "relcl" or pronoun is None or pronoun.i <= obj.i or done is None \
            or not all(t.is_space for t in obj.doc[obj.i + 1:pronoun.i]) \
            or any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children):
        return None
    phrase = noun_phrase(done, places, field=True)
    return f"{pronoun.lower_} {clause.lower_} {phrase}" if phrase else None


def participle_restricting(noun: Token, places: Places) -> str | None:
    """'entering United States' of 'a total and complete shutdown of Muslims entering the United States': a present
    participle right after a plural noun, with its own object, says which of them the measure is on (round 49 pool
    row 113 read 'total shutdown of Muslims'). Its object's named places, else its noun phrase; None for another
    shape (a comma between, no object, a gerund the parser hangs on a singular noun)."""
    clause = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == noun.i + 1), None)
    if clause is None or noun.tag_ not in ("NNS", "NNPS"):
        return None
    done = next((c for c in clause.children if c.dep_ == "dobj"), None)
    said = _place_or_phrase(done, places) if done is not None else None
    return f"{clause.lower_} {said}" if said else None


def _participle_describing(noun: Token, places: Places) -> str | None:
    """'limiting BP's liability' of 'vowed to review a law limiting BP's liability for lost revenues': a present
    participle right after a bare singular object, with its own object, says which one it is, as a plural's says which
    of them (`participle_restricting`); 'review law' named nothing (Timeline17 development sheet, round 59)."""
    clause = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == noun.i + 1), None)
    done = next((c for c in clause.children if c.dep_ == "dobj"), None) if clause is not None else None
    said = _place_or_phrase(done, places, field=False) if done is not None and noun.tag_ == "NN" else None
    return f"{clause.lower_} {said}" if said else None


def _what_the_object_is(verb: Token, obj: Token, places: Places) -> str | None:
    """What the sentence says of a bare object to tell which it is: its infinitive ('a directive ... to use less
    toxic chemicals', 'a fund to pay oil spill damage claims'), its participle with an agent ('a fund administered by a third party'), or where it comes from
    or goes when that is named ('help from the Defense Department', 'direct money towards in-state researchers', not
    'pump mud into the well'); None when the sentence says nothing of it ('find a compromise') or only when it
    happens."""
    participle = participle_restricting(obj, places) or _participle_describing(obj, places)
    for clause in (c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):  # the parser's relcl "to pay"
            action = verb_phrase_issue(clause, places)
            if action:
                return f"to {action}"
        which = _restricting_clause(obj, clause, places) or participle
        if which:
            return which
        agent = next((o for p in clause.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"), None)
        by = noun_phrase(agent, places) if agent is not None and clause.tag_ == "VBN" else None
        if by:
            return f"{clause.lower_} by {by}"
    paid_for = verb.lemma_.lower() in lexicon.PAYING_VERBS
    for preposition in [*obj.children, *verb.children]:
        allowed = OBJECT_NAMING_PREPOSITIONS | TOPIC_NAMING_PREPOSITIONS if preposition.head.i == obj.i \
            else VERB_NAMING_PREPOSITIONS | ({"for"} if paid_for else set())  # "pay every dime for the damage"
        if preposition.head.i == verb.i and preposition.i == obj.i + 1 and _points_back(obj):
            allowed = allowed | TOPIC_NAMING_PREPOSITIONS  # "doubling the caps on green cards": the parser hangs a
            # phrase right after the object on the verb as often as on the object
        if preposition.head.i == verb.i and preposition.i == obj.right_edge.i + 1 \
                and (obj.ent_type_ == "MONEY" or obj.lemma_.lower() == "money"):
            allowed = allowed | {"in"}  # "set aside money in an independently administered fund": where a sum is put
            # (Timeline17 development sheet, round 59: 'set aside money' named no fund); not "continue the fight in
            # the next primary"
        given_to = _given_to(verb, obj, preposition)
        if given_to:
            allowed = allowed | {"to"}
        if preposition.dep_ != "prep" or preposition.lower_ not in allowed | PLACE_NAMING_PREPOSITIONS \
                or names_a_time(preposition):
            continue
        target = next((o for o in preposition.children if o.dep_ == "pobj"), None)
        if target is None or preposition.lower_ not in allowed and not (
                preposition.head.i == obj.i and target.i in places.at):
            continue  # "the strongholds in Syria and Iraq", not "the fight in the next primary"
        said = _place_or_phrase(target, places, field=False)  # "outsource the fight to Syria and Russia"
        purpose = _what_its_clause_does(target, places) if said and len(said.split()) == 1 else None
        said = f"{said} to {purpose}" if purpose else said  # "in an independently administered fund to pay for claims"
        written = [t for t in target.doc[target.left_edge.i:target.i + 1] if t.pos_ not in ("DET", "PRON", "PUNCT")
                   or t.text == "-"]
        if target.pos_ == "NOUN" and target.ent_type_ not in HOLDER_LABELS and len(written) > 1 and (
                said is None or any(c.dep_ in ("amod", "compound", "nmod") and c.pos_ == "ADP" for c in target.children)):
            said = "".join(t.text_with_ws for t in written).strip().lower()
            # "in-state researchers": the parser splits the hyphenated word into a phrase of its own; "an escrow
            # account": a word too general alone is named by its modifiers
        if said and (target.i in places.at or target.pos_ == "PROPN" or len(said.split()) > 1
                     or paid_for and preposition.lower_ == "for" or given_to):
            return f"{preposition.lower_} {said}"  # a bare 'into the well' adds nothing a reader needs
    return None


OPEN_ISSUE_STANCES = {"demand", "propose", "reject", "oppose", "accept"}

# Refusals and opposition name an issue outside the taxonomy only with a verb ('refused to disclose
# medical records') or a named law or programme: 'rejected that argument', 'dismissed some cleanup
# workers', 'warned against potential hackers' are no positions.
VERBAL_OPEN_STANCES = {"reject", "oppose", "accept"}
OPEN_ISSUE_FAMILY = "other"
OPEN_ISSUE_SLOTS = ("dobj", "xcomp", "ccomp", "pcomp", "pobj")


def coordinated_issues(top: Token, places: Places, found: list[str]) -> list[str]:
    """'called for a $15 minimum wage, an end to fracking and a single-payer health care system', 'opposes the
    Keystone XL pipeline and the Trans-Pacific Partnership': each thing coordinated with the first the stance is
    about is an issue of its own, named as the first would be (development recall reading, session 51: a list after
    one stance word gave its first item only). Not one set against the others ('rather than'), nor one of another
    kind (a clause beside a noun); an item the taxonomy walk already named (`issues_under` walks conjuncts) is not
    named twice."""
    slot = open_slot(top)
    if slot is None:
        return []
    more: list[str] = []
    repeated = _objects_of_a_repeated_preposition(top, slot)
    for item in [*slot.conjuncts, *list_read_as_an_apposition(slot), *_infinitives_hung_on_the_stance_verb(top, slot),
                 *repeated]:
        if item.i < slot.i or _set_against(item) or item not in repeated and (
                (item.pos_ in ("VERB", "AUX")) != (slot.pos_ in ("VERB", "AUX"))
                or item.pos_ in ("VERB", "AUX") and item.tag_ != slot.tag_):
            continue  # "has vowed to keep abortion legal and celebrated the ruling": a verb of another form is no
            # second thing vowed, whatever the parser hangs it on
        known = next(filter(None, map(phrase_at, item.subtree)), None)
        if known is not None and known in found:
            continue
        named = open_issue(top, places, slot=item) if cue_stance(top) in OPEN_ISSUE_STANCES \
            else named_law_supported(top, places, slot=item)
        named = named or known
        if named and named != known and len(named.split()) == 1:
            continue  # "tariffs and quotas on Chinese steel": a bare 'quota' names less than the first item does
        if named and named not in found and named not in more:
            more.append(named)
    return more


def _objects_of_a_repeated_preposition(top: Token, slot: Token) -> list[Token]:
    """'has called for increased regulation of the "shadow banking" ..., and for raising taxes on profits earned by
    fund managers' (PolNeAR train): a phrase whose preposition the sentence says again is another thing the stance is
    about, of whatever kind (a gerund beside a noun); the parser coordinates the second 'for' with the verb."""
    opening = slot.head
    if opening.dep_ != "prep" or opening.head.i != top.i:
        return []
    return [found for again in top.children if again.dep_ == "conj" and again.lower_ == opening.lower_
            for found in again.children if found.dep_ in ("pobj", "pcomp")][:1]


def _infinitives_hung_on_the_stance_verb(top: Token, slot: Token) -> list[Token]:
    """'pledged to enact judicial reform, fix the nation's broken campaign finance system and raise the minimum wage':
    the parser coordinates the bare infinitives after the first with the finite stance verb, which no infinitive can
    be, or hangs the one after a comma on it as an adverbial ('vowed to repeal Obamacare, build a wall and deport
    ...'); they are the list's later items, with their own conjuncts (session 53 probes: the first item alone)."""
    if slot.tag_ != "VB" or slot.dep_ != "xcomp" or slot.head.i != top.i or top.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    hung = [c for c in top.children if c.tag_ == "VB" and c.i > slot.i
            and (c.dep_ == "conj" or c.dep_ == "advcl" and c.doc[c.left_edge.i - 1].text == ",")
            and not any(g.dep_ in ("nsubj", "aux", "mark") for g in c.children)]
    return [verb for first in hung for verb in (first, *first.conjuncts) if verb.i > slot.i]


def named_law_supported(top: Token, places: Places, slot: Token | None = None) -> str | None:
    """The named law or policy measure a support is of, the only issues outside the taxonomy support names ('vows to
    "defend the Affordable Care Act against Republican efforts to repeal it"', 'supported Proposition 226', 'support
    for the Civil Rights Act'; PolNeAR train, review20p; 'supports a strong ethanol mandate', as 'opposes ethanol
    subsidies' is an opposition, session 52): support of anything else ('supports the team') is no position. Not where
    the verb's object is someone ('welcomes you to the Gay Games')."""
    slot = slot if slot is not None else open_slot(top)
    if slot is None or any(c.dep_ == "dobj" and c.i != slot.i and c not in slot.conjuncts for c in top.children):
        return None
    if slot.ent_type_ != "LAW":
        return noun_phrase(slot, places) if named_policy_measure(slot, places) or _named_persons_candidacy(slot) \
            else None
    law = next(ent for ent in slot.doc.ents if ent.start <= slot.i < ent.end)
    words = law[1:] if law[0].pos_ == "DET" else law
    return words.text or None  # as written: "Trans-Pacific Partnership", not "Trans - Pacific Partnership"


def body_asked_for(cue: Token, places: Places) -> str | None:
    """'called for a special prosecutor to oversee an investigation into ...' -> 'special prosecutor to oversee
    investigation': a thing asked for with 'a' or 'an' whose purpose the parser hangs on the asking verb is what is
    asked for, with that purpose; the purpose alone named an act of no one (round 38 pool row 97). A named or definite
    party asked to act is another construction ('called for Clinton to quit the race': quit race)."""
    if cue.pos_ != "VERB":
        return None
    asked = next((o for p in cue.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                  if o.dep_ == "pobj"), None)
    purpose = next((c for c in cue.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                    and asked is not None and c.i == asked.right_edge.i + 2 and cue.doc[c.i - 1].lower_ == "to"
                    and not any(s.dep_ in SUBJECT_DEPS for s in c.children)), None)
    if purpose is None:  # "called for a commission to study ...", parsed as the infinitive's subject after 'for'
        purpose = next((c for c in cue.children if c.dep_ in ("advcl", "ccomp") and c.pos_ == "VERB"
                        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)
        asked = next((s for s in purpose.children if s.dep_ == "nsubj"), None) if purpose is not None else None
    if asked is None or not measure_noun(asked) or asked.ent_type_ \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in asked.children) \
            or any(c.dep_ == "prep" and c.lower_ not in NOUN_PHRASE_PREPOSITIONS for c in asked.children):
        return None  # "a dramatic increase in federal spending to find a cure": the phrase says what, and is not kept
    thing = noun_phrase(asked, places)
    if purpose is None or not thing:
        return None
    does = verb_phrase_issue(purpose, places)
    return f"{thing} to {does}" if does and len(f"{thing} to {does}".split()) <= MAX_ACT_WORDS else thing


def open_issue(top: Token, places: Places, slot: Token | None = None) -> str | None:
    """An issue outside the taxonomy, named by what a demand, proposal or rejection is about:
    'called for a moratorium on charter schools' -> 'moratorium on charter schools', 'called for
    releasing the police videos' -> 'release police videos'. People, pronouns, vague heads
    ('the idea', 'it') and places name none. `slot`: one of several things the stance is about
    (`coordinated_issues`), else its first (`open_slot`)."""
    slot = slot if slot is not None else open_slot(top)
    if slot is None:
        return None
    slot = act_a_vague_noun_names(slot) or slot  # "rejected the idea of freezing the conflict": the freezing
    if cue_stance(top) in VERBAL_OPEN_STANCES and slot.pos_ not in ("VERB", "AUX") \
            and slot.ent_type_ not in ("LAW", "WORK_OF_ART") and not _halting_measure_on_something(slot) \
            and not _named_measure_opposed(top, slot, places):
        return None
    if slot.lemma_.lower() in lexicon.NOT_PROPOSALS:
        return None
    purpose = _purpose_of(slot) if cue_stance(top) in ("demand", "propose") else None
    slot = purpose or slot  # "calling for a process to identify a potential successor": the process's aim
    caused = _caused_act(slot) or _participle_wanted(top, slot)
    if caused is not None:  # "pushing to get these claims expedited": the claims expedited is what is asked
        subject = next(c for c in caused.children if c.dep_ in ("nsubj", "nsubjpass"))
        phrase = noun_phrase(subject, places) or (noun_lemma(subject) if subject.pos_ == "NOUN" and not subject.ent_type_
                                                   and subject.lemma_.lower() in lexicon.SAID_THINGS else None)
        # "claims" done something to are claims filed, not things said (a vague word as an object of "reject")
        act = " ".join([caused.lemma_.lower()] + [c.lower_ for c in caused.children if c.dep_ == "prt"
                                                  and c.i == caused.i + 1])
        return f"{act} {phrase}" if phrase else None
    if slot.pos_ in ("VERB", "AUX") or clause_head_tagged_noun(slot):
        negated = is_negated(slot)
        refrain = negated and _party_asked_to_refrain(top, slot)
        if negated and not governed_by_refusal(slot) and not refrain \
                or slot.lemma_.lower() in lexicon.COMMUNICATIVE_VERBS | lexicon.DELIBERATING_VERBS:
            return None  # "vowed not to repeat that mistake", "vowed that a cozy relationship would no
            # longer be tolerated", "sought to emphasize the risks"; "promised to weigh new sanctions": not yet wanted
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
        made = _made_into_a_state(slot, obj) if obj is not None else None
        if made:
            return f"not {made}" if refrain else made  # "called for her messages to be made public"
        if _vague_verb(slot):
            return None
        if obj is None:  # "called on President Obama to retaliate against Russia", "called on Snyder to resign"
            act = _act_against(slot, places) or _named_partys_own_act(slot, top, places)
            return f"not {act}" if act and refrain else act
        obj = _counted(obj) or obj  # "return thousands of Ukrainian children": the children
        phrase = _sum_as_written(obj) or noun_phrase(obj, places) or _people_kept_out_or_let_in(slot, obj)
        if not phrase:
            return None
        rest = _compound_split_as_a_verb(obj)
        if rest:
            phrase = f"{phrase} {rest}"  # "increase the oil spill clean up fund tax": not "increase oil spill"
        phrase = _with_its_conjuncts(obj, phrase, places)
        result = next((noun_phrase(o, places) for p in slot.children if p.dep_ == "prep" and p.lower_ == "into"
                       for o in p.children if o.dep_ == "pobj"), None) if slot.lemma_.lower() in lexicon.PLACING_VERBS else None
        # "put BP's American operations into temporary receivership": where the object is put is the action
        named = f"{_act_name(slot)} {phrase}" + (f" into {result}" if result else "")
        completed = _completed_act(named, slot, obj, phrase, places, placed=result is not None)
        if completed == named and result is None and _bare_object(obj, phrase) and _indefinite(obj):
            return None  # "urged Silicon Valley to find a compromise", "called on Congress to pass a deal": any one
        act = whose_act(slot, completed, top)
        return f"not {act}" if act and refrain else act  # "warned the Fed not to raise interest rates"
    return noun_phrase(slot, places)


COORDINATED_OBJECTS_NAMED = 3  # "fix highways, trains and airports": more are "and more"


def _with_its_conjuncts(obj: Token, phrase: str, places: Places) -> str:
    """'fix highways and bridges', 'fix highways, trains, airports, aging sewer systems and the country's frayed
    electrical grid': an act on coordinated things is on all of them, not on the first (round 44 pool: 'fix highway'
    dropped the rest); up to COORDINATED_OBJECTS_NAMED are named, the others are 'and more'. Names of people and
    places are no such things ('ban Muslims and Syrian refugees' is read elsewhere)."""
    conjuncts = [c for c in obj.conjuncts if c.i > obj.i and c.pos_ == "NOUN" and not _set_against(c)]
    if not conjuncts:
        return phrase
    named = [p for p in (noun_phrase(c, places) for c in conjuncts) if p]
    if len(named) != len(conjuncts):
        return phrase
    if len(named) > COORDINATED_OBJECTS_NAMED - 1:
        return ", ".join([phrase] + named[:COORDINATED_OBJECTS_NAMED - 1]) + " and more"
    shown = [phrase] + named
    shared = _shared_phrase_at_the_end(shown)
    if shared:  # "hold hearings or a vote on Garland": the phrase said once, at the end
        shown = [p[:-len(shared)].rstrip() for p in shown[:-1]] + shown[-1:]
    joining = next((c.lower_ for c in obj.children if c.dep_ == "cc" and c.lower_ in ("and", "or")), "and")
    return ", ".join(shown[:-1]) + f" {joining} " + shown[-1]


def _set_against(conjunct: Token) -> bool:
    """'handguns' of 'ban assault weapons rather than handguns' or 'but not handguns': a conjunct the text sets against
    the first is what the act is not done to; written with 'and' it said the opposite. Its own negation, or 'than'
    as the conjunction before it (the parser hangs 'rather' on 'than', both on the first conjunct)."""
    if any(c.dep_ == "neg" for c in conjunct.children):
        return True
    joining = [c for c in conjunct.head.children if c.dep_ == "cc" and c.i < conjunct.i]
    return bool(joining) and max(joining, key=lambda c: c.i).lower_ == "than"


def _shared_phrase_at_the_end(phrases: list[str]) -> str:
    """' on Garland' when every phrase ends with that prepositional phrase (the parser gave it to each)."""
    ends = [p.split() for p in phrases]
    shared = []
    for words in zip(*(reversed(e) for e in ends)):
        if len(set(words)) != 1:
            break
        shared.insert(0, words[0])
    while shared and shared[0] not in NOUN_PHRASE_PREPOSITIONS:
        shared.pop(0)
    return " " + " ".join(shared) if shared and all(len(e) > len(shared) for e in ends) else ""


def _counted(noun: Token) -> Token | None:
    """What a number noun counts ('thousands of Ukrainian children', 'dozens of prisoners'): its 'of' object."""
    if noun.ent_type_ != "CARDINAL" and noun.lemma_.lower() not in ("thousand", "million", "hundred", "dozen", "billion"):
        return None
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)


def proposal_by_its_maker(noun: Token, places: Places) -> str | None:
    """'Russia welcomed the U.S. proposal', 'rejected Putin's offer': a proposal the sentence names only by who made it
    (a named person, organisation, government or people: its possessor or modifier) is that party's proposal, which a
    reader of the story tells apart from others by its maker; what it proposes, where the sentence says it, is read
    before this ('Putin's proposal to freeze the front line'). None for a proposal of no named maker ('the proposal',
    'his offer')."""
    if noun.pos_ != "NOUN" or cue_stance(noun) != "propose":
        return None
    maker = next((c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                  and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.i in places.at)), None)
    if maker is None:
        return None
    return _as_written(noun.doc[maker.left_edge.i:noun.i]) + noun_lemma(noun)


def act_a_vague_noun_names(noun: Token) -> Token | None:
    """The act a vague noun stands for: its 'of' gerund ('the idea of freezing the conflict along the front line', 'the
    prospect of lifting sanctions') or its infinitive ('the decision to extend sanctions', 'the move to cut military
    aid'), which names what the stance is on as a verb does; None for a noun that is no vague word."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.VAGUE_ISSUE_WORDS \
            or noun.lemma_.lower() in lexicon.CLAIM_WORDS:
        return None  # "condemned North Korea's claim to have conducted a test": what is claimed, no act stood for
    return _of_gerund(noun) or _infinitive_on(noun)


def _of_gerund(noun: Token) -> Token | None:
    """The gerund of a noun's 'of' phrase ('the idea of freezing the conflict', 'aspirations of reclaiming Crimea')."""
    return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def _infinitive_on(noun: Token) -> Token | None:
    """The to-infinitive a noun takes ('the decision to extend sanctions', 'its bid to join NATO')."""
    return next((v for v in noun.children if v.dep_ == "acl" and v.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)), None)


def _named_measure_opposed(top: Token, noun: Token, places: Places) -> bool:
    """'Ted Cruz opposes ethanol subsidies', 'rejected the Keystone XL pipeline': a policy measure its own words name
    (`named_policy_measure`) is something to be against, as an act or a named law is. Not an acceptance ('accepted
    the Democratic nomination' is a candidate's, no position)."""
    return cue_stance(top) in ("oppose", "reject") and named_policy_measure(noun, places)


def names_a_policy_measure(cue: Token, issue: str) -> bool:
    """Whether an open issue is a policy measure its own words say which of ('strong ethanol mandate', 'Keystone XL
    pipeline', '28-point plan'; `words.names_which_measure`), a thing a position is on as a named law is, shown in the
    ledger (`ledger.is_specific_issue`); not 'new federal regulations' or 'many new social programs', whose
    adjectives say no which (session 51 tried any modifier: half of the rows it added were wrong)."""
    words = issue.split()
    return len(words) > 1 and any(t.pos_ == "NOUN" and noun_lemma(t) in words and names_which_measure(t)
                                  for t in cue.sent)  # not 'provision' of "attack four provisions in the tax code"


def _people_by_last_word(doc: Doc) -> set[str]:
    """The last words of the names the model tags as people anywhere in the document ('Trump' of 'Donald Trump'), by
    which a name it tags otherwise in one sentence ('the Trump campaign' as ORG) is still a person's."""
    return {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON"}


def _named_persons_candidacy(noun: Token) -> bool:
    """'would support the Trump campaign', 'backed Ron Paul's presidential bid': a run for office (`lexicon.
    CANDIDACY_NOUNS`) its words say whose, by a person's name, is something to back as a named law is (development
    probe of PolNeAR train, session 52: Christie's endorsement gave nothing)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.CANDIDACY_NOUNS:
        return False
    people = _people_by_last_word(noun.doc)
    return any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.text in people for c in noun.children)


def named_policy_measure(noun: Token, places: Places) -> bool:
    """A policy measure whose own words say which (`words.names_which_measure`) and make an issue phrase."""
    return names_which_measure(noun) and noun_phrase(noun, places) is not None


def _halting_measure_on_something(noun: Token) -> bool:
    """'ruled out any freeze of the front line', 'opposed a ban on fracking': a measure that halts (`lexicon.
    HALTING_MEASURE_NOUNS`) with the thing it halts named is something to refuse, as an act is; a bare 'the ban' or
    'rejected that argument' is not."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.HALTING_MEASURE_NOUNS and any(
        c.dep_ == "prep" and c.lower_ in ("of", "on", "against", "along") and any(o.dep_ == "pobj" for o in c.children)
        for c in noun.children)


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


def _compound_split_as_a_noun(noun: Token) -> str | None:
    """The rest of a compound noun the parser split after its first noun: in 'would support later school start times'
    it made 'school' the object and 'start times' a noun of time on the verb, so the issue read 'later school'
    (round-30 pool). A noun right after the object, hung on the same verb as a bare noun adverbial (no name, no time
    or date the tagger knows) with only its compounds between, continues the object: its words are returned."""
    if noun.right_edge.i != noun.i or noun.dep_ not in ("dobj", "pobj"):
        return None
    later = next((t for t in noun.head.children if t.i > noun.i and t.dep_ == "npadvmod" and t.pos_ == "NOUN"
                  and not t.ent_type_), None)
    doc = noun.doc
    if later is None or any(doc[k].head.i != later.i or doc[k].dep_ != "compound" for k in range(noun.i + 1, later.i)):
        return None
    return " ".join(t.lower_ for t in doc[noun.i + 1:later.i + 1])


def _caused_act(verb: Token) -> Token | None:
    """'get these claims expedited', 'have the well capped': a causative verb whose complement is a participle with its
    own subject names the act done to that subject (`lexicon.CAUSATIVE_VERBS`); 'get' alone is a vague word."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.CAUSATIVE_VERBS:
        return None
    return next((c for c in verb.children if _participle_clause(c) is not None), None)


    # a participle the tagger took for a past tense ("get these claims expedited"): no finite clause follows
    # "get" or "have" without "that" or an auxiliary


def _sum_as_written(obj: Token) -> str | None:
    """'$20bn' of 'deposit $20bn into an escrow account': a sum of money an act moves is what it moves (a money noun
    names nothing as a thing, `noun_phrase`; the act read 'deposit into escrow account'). As written, without its
    article."""
    if obj.ent_type_ != "MONEY":
        return None  # not 'account' of "set up a $20bn escrow account", which the parser may give the '$'
    written = obj.doc[obj.left_edge.i:obj.i + 1]
    if not any(t.like_num or any(ch.isdigit() for ch in t.text) for t in written):
        return None  # "demand they pay every penny of this": an idiom of paying in full, no sum (bpoil_foxnews 140,
        # development: 'pay every penny' judged to name nothing)
    return written.text.removeprefix("a ").removeprefix("an ").removeprefix("the ")


def _made_into_a_state(verb: Token, obj: Token) -> str | None:
    """'make her messages public', 'make in-state tuition free': 'make' is too general to name an act alone, but with
    the state it puts its object in it names one (development recall reading, session 54: "Clinton has repeatedly
    called for her messages to be made public" gave nothing). The object as written with its owner, the state's
    adjective; only a common noun object of a few words."""
    if verb.lemma_.lower() not in ("make", "render") or obj.pos_ != "NOUN":
        return None
    state = next((c for c in verb.children if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" and c.i > obj.i), None)
    words = [t for t in obj.doc[obj.left_edge.i:obj.i + 1] if t.dep_ not in ("det", "punct")]
    if state is None or len(words) > 4 or any(c.i > obj.i and c.dep_ not in ("punct", "appos") for c in obj.children):
        return None  # "her messages ... — even the ones State now says are 'top secret'": an apposition restates
    return f"make {_lower_but_names(words)} {state.lower_}"


def _party_asked_to_refrain(verb: Token, slot: Token) -> bool:
    """'urged the Federal Reserve not to raise interest rates', 'warned the Fed not to act': a party asked not to do
    something; not doing it is the demand (a vow not to do something, "vowed not to repeat that mistake", is no such
    ask and names no issue)."""
    return slot.dep_ == "xcomp" and slot.head.i == verb.i and cue_stance(verb) == "demand" \
        and addresses_a_named_party(verb)  # not a people warned or urged: advice to the public


def _participle_wanted(verb: Token, slot: Token) -> Token | None:
    """'demands the Environmental Protection Agency abolished': a stance verb whose complement is a participle with its
    own subject asks for the act done to that subject, as a causative's does (development recall reading, session 51:
    Cruz's phase-out gave nothing). Only for the stances that name an open issue (`OPEN_ISSUE_STANCES`): "wants the
    mandate phased out" is a support, which names an issue outside the taxonomy only by a law's name."""
    if verb.pos_ != "VERB" or slot.head.i != verb.i or slot.i == verb.i or _participle_clause(slot) is None:
        return None
    subject = next(s for s in slot.children if s.dep_ in ("nsubj", "nsubjpass"))
    return slot if subject.i == slot.i - 1 else None  # not "demanded compensation for thousands of oil industry
    # workers laid off": a participle after another noun of the phrase says which of those (unseen Timeline17 bed)


def _participle_clause(clause: Token) -> Token | None:
    """A complement that is a participle with its own subject and no mark or auxiliary ('these claims expedited')."""
    if clause.dep_ in ("ccomp", "xcomp", "oprd") and clause.tag_ in ("VBN", "VBD") \
            and any(s.dep_ in ("nsubj", "nsubjpass") for s in clause.children) \
            and not any(a.dep_ in ("mark", "aux", "auxpass", "dobj") for a in clause.children):
        # with an object of its own it is a past tense ("demanded the oil company deposited $20bn into a ring-fenced
        # account", Timeline17 development sheet, round 58: read as the company deposited, 'deposit oil company')
        return clause
    return None


def clause_head_tagged_noun(token: Token) -> bool:
    """'demanding that police release department video of the shooting': the tagger made 'release' a noun, but a
    that-clause's head with its own subject and object is its verb (PolNeAR dev a90ed65b831e gave the bare issue
    'release', which states no position)."""
    return token.pos_ == "NOUN" and token.dep_ == "ccomp" and any(
        c.dep_ == "nsubj" or c.dep_ == "mark" and c.lower_ == "that" for c in token.children) \
        and any(c.dep_ == "dobj" for c in token.children)  # "insisted that any settlement address the root causes":
    # its subject run into it as a compound


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
    if noun.pos_ != "NOUN" or any(c.dep_ in ("compound", "amod", "prep") for c in noun.children) \
            or noun.lemma_.lower() in lexicon.CLAIM_WORDS:
        return None  # "a contingency plan", "a moratorium on drilling" name themselves; "North Korea's claim to
        # have conducted a test" is what was said, not what is wanted
    return next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 and not any(a.dep_ == "aux" and a.lemma_ == "have" for a in c.children)), None)


def open_slot(top: Token) -> Token | None:
    """The first argument naming what a stance is about; under 'urged Trump to make ...' the
    clause, not the addressee; under 'the rate he has proposed' the noun the clause modifies."""
    if top.dep_ in ("relcl", "acl") and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in top.children) \
            and not said_of_a_floating_quantifier(top) and not _relative_pronoun_subject(top) \
            and not _relative_pronoun_in_a_phrase(top):
        return top.head if top.head.pos_ == "NOUN" else None
    clause = (for_clause(top) or infinitive_after_a_named_party(top)) if top.pos_ == "VERB" else None
    if clause is not None:
        return clause
    slots = OPEN_ISSUE_SLOTS if not any(c.dep_ == "xcomp" for c in top.children) else ("xcomp",) + OPEN_ISSUE_SLOTS
    if top.pos_ == "NOUN":  # "BP's refusal to release the footage", "a plan to stop the leak"
        slots = ("acl",) + slots
        hung = infinitive_hung_on_the_light_verb(top)
        if hung and not any(c.dep_ == "acl" for c in top.children):
            return hung[0]  # "reiterated her call to end the moratorium": the infinitive the parser hung on the verb
    for dep in slots:
        for child in (c for c in top.children if not _beyond_a_link_stamp(top, c)):
            if dep == "acl" and not (child.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)):
                continue  # an infinitive, not "a plan approved by the regulator"
            if child.dep_ == dep and not (dep == "dobj" and (child.ent_type_ in HOLDER_LABELS or child.pos_ == "PRON" or (
                    child.pos_ == "PROPN" and any(c.dep_ == "prep" and c.lower_ == "for" for c in top.children)))):
                return child  # "asked BP for a block grant", "push BP for a strong response": BP is asked
            if dep == "pobj" and child.dep_ == "prep" and child.lower_ in ("for", "on", "against", "to", "of") \
                    and belongs_to_the_verb(child, top):
                found = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if found is not None and child.lower_ == "of" and top.pos_ == "NOUN" and _names_people(found):
                    continue  # "made the same demands of the Democratic presidential candidates": asked of them
                if found is not None:
                    return found
    return None


def _relative_pronoun_subject(clause: Token) -> bool:
    """'Elizabeth Warren, who has called for breaking up the big banks': the noun a clause modifies is its subject,
    not what the stance is about as in 'the rate he has proposed' (development probe, session 52: it gave nothing) or
    'the Keystone XL pipeline, which is widely supported by Republicans' (the passive's subject is the thing)."""
    return any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)


def _relative_pronoun_in_a_phrase(clause: Token) -> bool:
    """'a speech in Des Moines in which she called for a ban on fracking': the noun a clause modifies through a
    preposition no stance takes for its object is where or under what the stance was taken, not what it is about
    (development recall reading, session 51: "in which she called for getting the federal biofuels program back on
    track" gave nothing)."""
    return any(c.dep_ == "prep" and c.lower_ not in ARGUMENT_PREPOSITIONS
               and any(o.dep_ == "pobj" and o.lower_ in ("which", "whom") for o in c.children) for c in clause.children)
    # not "the ceasefire for which Zelensky had called": the stance's own preposition


def _names_people(noun: Token) -> bool:
    """A person or party: a name of one, a pronoun, or a role ('the Democratic presidential candidates'). A stance
    noun's 'of' phrase naming one says whose the stance is or of whom it is asked, not what it is about."""
    return noun.ent_type_ in HOLDER_LABELS or noun.pos_ == "PRON" or noun.lemma_.lower() in ROLE_HEADS


def _after_glued_number(token: Token) -> bool:
    """A unit written onto its number ("m" of "$700m", "bn" of "5bn"): no word of an issue."""
    return token.i > 0 and token.doc[token.i - 1].like_num and not token.doc[token.i - 1].whitespace_


# "a freeze along the line of contact", "an inquiry into the agency's spending", "talks between Russia and Ukraine"
NOUN_PHRASE_PREPOSITIONS = ("on", "of", "for", "against", "along", "into", "between")
# a field label's thing also says where and to what ('drilling off their state's shores', 'drilling in shallow waters',
# 'reforms to drilling practices'); for an open issue these are mostly circumstances
FIELD_PHRASE_PREPOSITIONS = NOUN_PHRASE_PREPOSITIONS + ("to", "off", "in", "at")
# "reform at the companies", "an investigation into the agency's spending"


NOT_PEOPLE_ADJECTIVES = frozenset({"same", "other", "former", "latter", "first", "last", "next", "best", "worst",
                                   "most", "least", "rest", "whole"})


def adjective_as_a_noun(word: Token) -> bool:
    """'the rich', 'the wealthiest', 'the mentally ill': an adjective with the definite article standing where a noun
    stands names the people it describes (dropping it lost whom 'raise taxes on the rich' is about); not 'the same',
    'the latter', which point."""
    return word.pos_ == "ADJ" and word.tag_ in ("JJ", "JJS") and word.dep_ in ("pobj", "dobj", "nsubjpass") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in word.children) \
        and word.lemma_.lower() not in NOT_PEOPLE_ADJECTIVES and word.lower_ not in NOT_PEOPLE_ADJECTIVES \
        and not any(c.dep_ in ("prep", "xcomp", "ccomp") for c in word.children)


def noun_phrase(head: Token, places: Places, field: bool = False) -> str | None:
    """'moratorium on charter schools': the head lemma with its compounds and adjectives, and one
    'on / of / for / against' phrase; None for people, pronouns, places and vague words. `field`: the phrase
    that replaces a field label (`specific_issue`) also keeps a coordinated noun modifier ('oil and gas
    drilling'), a 'to / off / in' phrase that names no time, and the whole name of a place in it; it drops a
    superlative ('the toughest reforms': the writer's grading, not the thing)."""
    if adjective_as_a_noun(head):
        return head.doc[head.left_edge.i:head.i + 1].text.lower()  # "house the mentally ill"
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("PERSON", "NORP", "GPE", "LOC", "DATE", "TIME", "MONEY",
                                                                "CARDINAL", "PERCENT", "QUANTITY") \
            or _after_glued_number(head) \
            or head.i in places.at \
            or head.lemma_.lower() in lexicon.VAGUE_ISSUE_WORDS \
            and not (_named_by_a_compound(head) or _named_by_its_name(head)) \
            or head.lemma_.lower() in lexicon.STANCE_NOUNS and not any(c.dep_ == "compound" for c in head.children):
        return None  # "the proposal" names nothing, nor "m" of "$700m"; "a contingency plan" does
    words = [c for c in head.children if c.dep_ in ("compound", "amod") and (c.pos_ in ("NOUN", "PROPN", "ADJ")
                                                                             or hyphen_chain(c) or _kind_participle(c))
             and c.i < head.i  # not "another amendment, due to be taken up today"
             and c.lemma_.lower() not in lexicon.EARLIER_MODIFIERS
             and not _after_glued_number(c)]  # "m" of "$100m fund"
    words += [g for c in words if c.pos_ == "ADJ" for g in c.children if _grades_the_adjective(g)]
    words += [a for c in list(words) if c.dep_ == "compound" for a in c.children if _describes_the_compound(a, c)]
    if field:
        words = [w for w in words if w.tag_ != "JJS"] + [c for c in head.children if _noun_modifier(c) or _named_modifier(c)]
        words += [n for c in list(words) if c.dep_ == "compound" for n in c.children
                  if n.dep_ == "nummod" and n.i == c.i - 1 or n.dep_ == "compound" and n.pos_ == "NOUN" and n.i < c.i]
        # "a 35 percent tax"; "drilling safety standards", whose 'drilling' hangs on 'safety'
        words += [w for c in list(words) if all(g.dep_ in ("cc", "conj") and not any(g.children) for g in c.children)
                  for w in c.children if w.i < head.i and (w.dep_ == "cc" or w.pos_ == c.pos_ or {w.pos_, c.pos_} <= {"NOUN", "ADJ"})]
        # "oil and gas drilling", "state and federal rules"
    words += [n for w in words if w.pos_ == "PROPN" for n in _name_compounds(w)]  # "Puerto" of "the Puerto Rico debt deal"
    words += _earlier_words_of_its_name(head)
    quantifier = _quantifier_of(head)
    amount = _amount_of(head) if field else None
    words = [w for w in words if w.i < head.i - 2 or not _glued_before(head)]
    text = " ".join(part for part in (quantifier, amount, _glued_hyphens(sorted(set(words), key=lambda t: t.i)),
                                      _glued_before(head) + ((head.lower_ if quantifier else noun_lemma(head))
                                                             if head.pos_ == "NOUN" else head.text)) if part)
    # "half superdelegates", "all cases": as written
    rest = _compound_split_as_a_noun(head)
    if rest:
        text += f" {rest}"  # "later school start times", not "later school"
    owner = _named_owner(head) if not field else None
    if owner and head.pos_ == "NOUN":
        text = f"{owner}'s {text}"  # "resisted Sanders's aggressive overtures on trade": whose (round 36 pool row 8)
    prepositions = FIELD_PHRASE_PREPOSITIONS if field else NOUN_PHRASE_PREPOSITIONS
    if head.lemma_.lower() in lexicon.PARTNERED_NOUNS:
        prepositions += ("with",)  # "a nuclear agreement with Iran", "better relations with Russia": with whom
    if head.lemma_.lower() in lexicon.ENDING_NOUNS | lexicon.TRANSFER_NOUNS:
        prepositions += ("to",)  # "an end to fracking", "a halt to deportations": what is ended; "payments to
        # investors": to whom (Timeline17 development sheet, round 58: 'halt payments' named no payments)
    preposition = next((c for c in head.children if c.dep_ in ("prep", "prt") and c.lower_ in prepositions
                        and (c.dep_ == "prep" or field) and not (names_a_time(c) and (field or c.lower_ != "of"))
                        and not (field and names_an_amount(c))), None)
    # "a debate on the evening of April 4": when, not what; "the cost of four years of schooling" is what
    if preposition is None:
        preposition = _shared_with_a_conjunct(head, prepositions)  # "hearings or a vote on Garland"
    if preposition is not None:
        obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if obj is not None and adjective_as_a_noun(obj):
            text += f" {preposition.lower_} the {obj.lower_}"  # "big tax hikes on the rich": whom they fall on
        elif obj is not None and obj.pos_ in ("NOUN", "PROPN") \
                and not (field and obj.lemma_.lower() in lexicon.VAGUE_ISSUE_WORDS):
            if field:
                before = [c for c in obj.children if c.i < obj.i and (
                    c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN", "ADJ")
                    or c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"))]
                before = sorted(before + _coordinated_with(before, obj), key=lambda t: t.i)
                if obj.ent_type_ == "PERSON":  # "the impeachment of U.S. Attorney General Loretta Lynch": the
                    before = [c for c in before if c.ent_type_ == "PERSON"]  # person, not 'General Loretta Lynch'
                # "an investigation of the incident and police department": both, not 'incident department'
                inner = [c.lower_ if c.dep_ == "cc" else hyphenated_word(c) + ("'s" if c.dep_ == "poss" else "")
                         for c in before]
            else:
                inner = _modifiers_of_the_object(obj, room=7 - len(text.split()) - 2)
            said = obj.lower_ if obj.pos_ == "NOUN" else obj.text
            inner = [q for q in [_quantifier_of(obj)] if q] + inner  # "abortions in all cases"
            owner = _named_owner(obj) if not field and obj.pos_ == "NOUN" else None
            inner = [f"{owner}'s"] + inner if owner else inner  # "hearings for President Obama's nominee"
            place = entity_around(obj) if field else None
            if place is not None and place.label_ in PLACE_ENT_TYPES | {"FAC"}:
                inner, said = [], " ".join(t.text for t in place if t.dep_ != "det")  # "in the Gulf of Mexico"
            of = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None) \
                if obj.pos_ == "NOUN" and (field or obj.lemma_.lower() in lexicon.KIND_NOUNS) else None
            # "a ban on all forms of human cloning": a kind names nothing without what it is a kind of
            if of is not None and of.pos_ == "PROPN":  # "the police department of Chicago": which one, by its name
                said += " of " + (places.at[of.i][0] if of.i in places.at else _written_name(of))
            elif of is not None:  # "reform in the policing of offshore drilling"
                said += " of " + " ".join([c.lower_ if c.pos_ != "PROPN" else c.text for c in of.children
                                           if c.dep_ in ("compound", "amod") and c.i < of.i
                                           and (c.pos_ in ("NOUN", "ADJ") or c.pos_ == "PROPN" and not field)]
                                          + [of.lower_])  # "members of the LGBT community": a name kept as written
            without_the_phrase = text
            text += f" {preposition.lower_} " + " ".join(inner + [said])
            restricted = participle_restricting(obj, places) if not field else None
            if restricted and len(f"{text} {restricted}".split()) <= 7:
                text += f" {restricted}"
            others = _coordinated_objects(obj, places)
            if others and len(f"{text}{others}".split()) <= (9 if field else 7):
                text += others
            elif preposition.lower_ == "between":
                text = without_the_phrase  # "a relationship between oil companies" would name one party of two
            origin = _origin_named(head, places) if obj.pos_ == "NOUN" and preposition.lower_ == "on" else None
            if origin is not None and origin not in text:
                text += f" {origin}"  # "tariffs on goods from China and Mexico", the parser hanging 'from' on 'tariffs'
        elif obj is None:
            gerund = _gerund_of(preposition, places)
            if gerund is not None:
                text += f" {preposition.lower_} {gerund}"
    return text if len(text.split()) <= (9 if field else 7) else None


def _glued_before(head: Token) -> str:
    """'re-' of 're-election', which the tokenizer splits in three and the parser may read as three objects ('endorsed
    the re-election of House Speaker Paul Ryan' named the 'election of Speaker Paul Ryan'): the word as written."""
    doc = head.doc
    if head.i < 2 or doc[head.i - 1].text != "-" or doc[head.i - 1].whitespace_ or doc[head.i - 2].whitespace_ \
            or not doc[head.i - 2].is_alpha:
        return ""
    return doc[head.i - 2].lower_ + "-"


def _coordinated_objects(obj: Token, places: Places) -> str | None:
    """'and Chelsea' of 'the prosecution of Bill, Hillary, and Chelsea', 'and Warren Weinstein' of 'the release of Alan
    Gross and Warren Weinstein': the nouns coordinated with a phrase's object are its objects too, and the first
    alone names one of several (round 48 pool row 106). Written as the text names them, joined by its conjunction;
    None when a conjunct is of another kind (a clause, a pronoun) or the object is already a place list. An act's own
    coordinated objects are `_with_its_conjuncts`'s (common nouns only: a name there is a party)."""
    conjuncts = [t for t in obj.conjuncts if t.i > obj.i and not _set_against(t)]
    if not conjuncts or obj.i in places.at and all(t.i in places.at for t in conjuncts):
        return None  # "on Russia and Iran": `_places_named` wrote them all
    if any(t.pos_ != obj.pos_ for t in conjuncts):
        return None
    conjunction = next((" ".join(w.lower_ for w in c.subtree) for t in (obj, *conjuncts) for c in t.children
                        if c.dep_ == "cc"), "and")  # "as well as": the parser hangs 'as well' on the last 'as'
    names = [places.at[t.i][0] if t.i in places.at else _written_name(t) if t.pos_ == "PROPN"
             else " ".join([*_modifiers_of_the_object(t, room=3), t.lower_]) for t in conjuncts]
    return "".join(f", {name}" for name in names[:-1]) + f" {conjunction} {names[-1]}"  # ", Hillary and Chelsea"


def _modifiers_of_the_object(obj: Token, room: int) -> list[str]:
    """The words before an open issue's phrase object that say which ('the clean-up operation', 'the tax break on
    carried interest', 'a tax hike on hedge fund managers': a compound's own compound), with the words coordinated
    with them while `room` words are left ('for online and gun show sales', 'on oil and gas drilling')."""
    modifiers = [c for c in obj.children if c.dep_ in ("compound", "amod") and c.i < obj.i
                 and (c.pos_ in ("NOUN", "PROPN", "ADJ") or hyphen_chain(c) or _kind_participle(c))]
    coordinated = [c for c in obj.children if c.dep_ == "nmod" and c.i < obj.i and c.pos_ == "NOUN"
                   and any(g.dep_ == "conj" for g in c.children)]  # "oil" of "oil and gas drilling"
    joined = sorted(modifiers + coordinated + _coordinated_with(modifiers + coordinated, obj), key=lambda t: t.i)
    if len(joined) <= room:
        modifiers = joined
    compounds_of_compounds = [n.lower_ for c in obj.children if c.dep_ == "compound" and c.i < obj.i
                              for n in _words_right_before(c)]
    return compounds_of_compounds + [_written_name(c) if c.pos_ == "PROPN" else c.lower_ if c.dep_ == "cc"
                                     else hyphenated_word(c) for c in modifiers]


def _words_right_before(compound: Token) -> list[Token]:
    """The nouns (and an adjective of the first) a compound modifier has right before it: 'hedge fund' of 'hedge fund
    managers', 'real estate' of 'real estate mogul Donald Trump' (was 'estate mogul')."""
    found: list[Token] = []
    word = compound
    while True:
        before = next((n for n in word.children if n.i == word.i - 1 and (
            n.dep_ == "compound" and n.pos_ == "NOUN" or n.dep_ == "amod" and n.pos_ == "ADJ" and word.pos_ == "NOUN")),
            None)
        if before is None:
            return found
        found.insert(0, before)
        if before.pos_ == "ADJ":
            return found
        word = before


def _coordinated_with(modifiers: list[Token], noun: Token) -> list[Token]:
    """'gun show' of 'background checks for online and gun show sales': the words coordinated with a modifier before
    its noun, with their conjunction, are modifiers too (round 38 pool row 51 named 'online sales' only)."""
    found = []
    for modifier in modifiers:
        if not any(c.dep_ == "conj" for c in modifier.children):
            continue
        for part in modifier.children:
            if part.dep_ == "cc" or part.dep_ == "conj" and part.i < noun.i and part.pos_ in ("NOUN", "PROPN", "ADJ"):
                found += [part] + ([c for c in part.children if c.dep_ == "compound" and c.i < part.i])
    return [t for t in found if t not in modifiers]


def _shared_with_a_conjunct(head: Token, prepositions: tuple[str, ...]) -> Token | None:
    """'on Garland' of 'hold hearings or a vote on Garland': the parser hangs a phrase that two coordinated nouns share
    on the last of them; the first, with no phrase of its own, shares it (round 37 pool: 'hold hearing' named no
    nominee)."""
    last = next((c for c in reversed(list(head.children)) if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
    if last is None or any(c.dep_ == "prep" for c in head.children):
        return None
    return next((c for c in last.children if c.dep_ == "prep" and c.lower_ in prepositions
                 and c.lower_ in SHARED_PREPOSITIONS and not names_a_time(c)), None)


# what coordinated measures are on or against: "tariffs and quotas on Chinese steel"; not "of" or "to", which belong to
# their own noun ("a path to legal status and the expansion of Medicaid", "more spending and an end to sequestration")
SHARED_PREPOSITIONS = frozenset({"on", "against", "for"})


def _kind_participle(modifier: Token) -> bool:
    """'carried' of 'carried interest', 'expanded' of 'expanded background checks': a participle before a noun that
    says which kind of the thing it is; 'interest' alone is another thing (held-out round 37 named the tax treatment
    of 'interest'). Not one by which the writer tells the thing's standing ('the proposed rule', 'a failed bill')."""
    return modifier.dep_ == "amod" and modifier.tag_ == "VBN" and modifier.i < modifier.head.i \
        and modifier.lemma_.lower() not in lexicon.STANDING_PARTICIPLES and modifier.is_alpha \
        and not any(modifier.children)  # "an independently managed fund": how it is run, not which


def _amount_of(noun: Token) -> str | None:
    """'$12' of 'supports a $12 wage nationally': a sum or rate before a field's word says which one is wanted (the
    label 'jobs and wages' named no wage; round-30 pool)."""
    amount = next((c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i
                   and c.ent_type_ in ("MONEY", "PERCENT")), None)
    return noun.doc[amount.left_edge.i:amount.i + 1].text if amount is not None else None


def _quantifier_of(noun: Token) -> str | None:
    """'half' of "half the party's superdelegates" (the parser hangs it on the possessor), 'all' of 'in all cases':
    how much of the thing the position is on (`lexicon.QUANTIFIERS`), which dropping turns into all or some of it."""
    return next((q.lower_ for owner in (noun, *(c for c in noun.children if c.dep_ == "poss")) for q in owner.children
                 if q.dep_ in ("det", "predet") and q.i < noun.i and q.lower_ in lexicon.QUANTIFIERS), None)


def _named_by_a_compound(noun: Token) -> bool:
    """'oil spill damage claims': a word for a thing said (`lexicon.SAID_THINGS`, vague as an issue) with a common
    noun right before it names another thing ('damage claims' are claims for damage, not things said). Other vague
    words stay vague with one ('the rescue effort', 'foundation matters'; posissue25-dev-changes)."""
    return noun.lemma_.lower() in lexicon.SAID_THINGS and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == noun.i - 1 for c in noun.children)


def _named_by_its_name(noun: Token) -> bool:
    """'the Citizens United decision': a vague word whose compound is a name (not a person's: 'the Trump decision' is
    his, not one named) is that named thing ('overturn the Citizens United decision' named nothing, held-out round 38
    row 50)."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == noun.i - 1 and c.ent_type_ not in ("PERSON", "")
               for c in noun.children)


def _gerund_of(preposition: Token, places: Places | None = None) -> str | None:
    """'the impact of voting restrictions': a preposition whose object the parser read as a gerund with its own
    object (pcomp 'voting', dobj 'restrictions') names its thing by the two, as written ('voting restriction'). A
    gerund with no object names the activity itself, with the named place it is done in ('a ban on drilling in the
    Arctic' was the bare `ban`); None for any other clause."""
    gerund = next((c for c in preposition.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if gerund is None or any(c.dep_ in ("nsubj", "aux", "neg") for c in gerund.children):
        return None
    done = next((c for c in gerund.children if c.dep_ == "dobj" and (c.pos_ == "NOUN" or c.ent_type_ == "NORP")), None)
    # "a temporary ban on admitting Muslims": a people's name is the thing done to as a noun is
    if done is None:
        if places is None or any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in gerund.children):
            return None
        where = next((f"{p.lower_} {_places_named(o, places)}" for p in gerund.children
                      if p.dep_ == "prep" and p.lower_ in ("in", "off", "at", "near")
                      for o in p.children if o.dep_ == "pobj" and o.i in places.at), None)
        return f"{gerund.lower_} {where}" if where else gerund.lower_
    words = [c.lower_ for c in done.children
             if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and c.i < done.i]
    return " ".join([gerund.lower_, *words, noun_lemma(done) if done.pos_ == "NOUN" else done.text])


def _glued_hyphens(words: list[Token]) -> str:
    """The modifiers as written, a hyphen the tagger made a word of its own glued to its neighbours ('Trans-Pacific
    Partnership', which read 'Trans - Pacific Partnership')."""
    parts: list[str] = []
    for before, word in zip([None, *words], words):
        glued = before is not None and before.i + 1 == word.i and not before.whitespace_ and "-" in (before.text, word.text)
        written = hyphenated_word(word)
        if glued:
            parts[-1] += word.text
        elif before is not None and before.i == word.i - 2 and len(written) > len(word.text) \
                and written.lower().startswith(before.lower_ + "-"):
            parts[-1] = written  # "voter-identification law": 'voter' is written inside its neighbour's hyphenated
            # word (was "voter voter-identification law", "Glass Glass-Steagall Act")
        else:
            parts.append(written)
    return " ".join(parts)


def _describes_the_compound(modifier: Token, compound: Token) -> bool:
    """'jobless' of 'a jobless benefits extension', 'ethanol' of 'a strong ethanol blending rule': an adjective or a
    noun right before a noun modifier, which the parser hangs on that modifier, says which kind of it the thing is
    about ('support benefits extension' lost whose benefits, 'strong blending rule' what is blended)."""
    if modifier.i != compound.i - 1:
        return False
    if modifier.dep_ == "compound" and modifier.pos_ == "NOUN":
        return True
    return modifier.dep_ == "amod" and modifier.pos_ == "ADJ" \
        and modifier.lemma_.lower() not in lexicon.EARLIER_MODIFIERS and modifier.tag_ == "JJ"  # not "more", "best"


def _grades_the_adjective(adverb: Token) -> bool:
    """'less' of 'less toxic chemicals': a comparative adverb right before the adjective it grades says how much of
    the quality is wanted, and dropping it can turn the issue round ('use toxic chemical', round-30 pool)."""
    return adverb.dep_ == "advmod" and adverb.i == adverb.head.i - 1 and adverb.tag_ in ("RBR", "RBS", "JJR", "JJS")
    # 'less' is tagged JJR; a hedge ('potentially massive costs') grades nothing


def _noun_modifier(child: Token) -> bool:
    """A bare noun the parser hangs on a noun as 'nmod' ('oil' of 'oil and gas drilling'), not a piece of a
    hyphenated measure ('8-cent-a-barrel tax') nor the head of a phrase of its own ('the Cadillac tax and medical
    device tax', which one word cannot stand for)."""
    return child.dep_ == "nmod" and child.pos_ == "NOUN" and child.i < child.head.i \
        and all(c.dep_ in ("cc", "conj") and not any(c.children) for c in child.children) \
        and not any(child.doc[i].text == "-" for i in (child.i - 1, child.i + 1) if 0 <= i < len(child.doc))


def _named_modifier(child: Token) -> bool:
    """'Iran' of 'the Iran nuclear deal': a country, people or organisation the parser hangs on a field's noun as 'nmod'
    says which one it is (the deal shown as `nuclear deal` lost whose)."""
    return child.dep_ == "nmod" and child.pos_ == "PROPN" and child.i < child.head.i \
        and child.ent_type_ in ("GPE", "NORP", "ORG", "LOC") and not any(c.dep_ in ("cc", "conj") for c in child.children)


def _people_kept_out_or_let_in(act: Token, obj: Token) -> str | None:
    """'pledged to ban all Muslims from entering the U.S.': a people (a nationality, religion or group name) as
    the object of a verb of admission (`lexicon.ADMISSION_VERBS`) is what the measure acts on, so it names the
    issue with the verb; under any other verb a people is a party, no issue ('vowed to defeat Republicans')."""
    if act.lemma_.lower() not in lexicon.ADMISSION_VERBS or obj.ent_type_ != "NORP" or obj.tag_ not in ("NNPS", "NNS"):
        return None
    return obj.text


def _written_name(name: Token) -> str:
    """A proper noun as written with the words the parser hung on it ('Puerto Rico', 'Islamic State')."""
    return " ".join(t.text for t in sorted([*_name_compounds(name), name], key=lambda t: t.i))


def _places_named(target: Token, places: Places) -> str:
    """The named places of a phrase's object and its conjuncts, joined by the text's conjunction: 'Syria and Russia'
    of 'to Syria and Russia', 'United States or Mexico' of 'travel to the United States or Mexico'."""
    named = [t for t in [target, *target.conjuncts] if t.i in places.at]
    conjunction = next((c.lower_ for t in named for c in t.children if c.dep_ == "cc" and c.lower_ in ("and", "or")),
                       "and")
    return f" {conjunction} ".join(places.at[t.i][0] for t in named)


NAMED_THING_LABELS = ("ORG", "LAW", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART")


def _earlier_words_of_its_name(head: Token) -> list[Token]:
    """The words before a proper noun that end a name the entity recogniser found, however the parser hung them:
    'the Dodd-Frank Act' ('Dodd' a modifier, 'Frank' the object of a preposition) read 'repeal Act'."""
    if head.pos_ != "PROPN":
        return []
    name = next((e for e in head.doc.ents if e.end - 1 == head.i and e.label_ in NAMED_THING_LABELS), None)
    if name is None:
        return []
    return [t for t in name if t.i < head.i and t.dep_ != "det" and not t.is_punct or t.text == "-"]


def _name_compounds(name: Token) -> list[Token]:
    """The words before a proper noun that the parser hangs on it rather than on the phrase's head: 'Puerto' in 'the
    Puerto Rico debt deal' (compound of 'Rico'), so the issue read 'Rico debt deal'."""
    found = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < name.i]
    return found + [n for c in found for n in _name_compounds(c)]


def cue_text(cue: Token) -> str:
    words = [cue] + [c for c in cue.children if c.dep_ == "prt" or (c.dep_ == "prep" and (cue.lemma_.lower(), c.lower_) in lexicon.PHRASAL_STANCE_VERBS)]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def issue_family(issue: str, places: Places | None = None) -> str:
    """The taxonomy family; 'territory' for a named place; 'other' for an issue named by its words."""
    if issue in ISSUE_FAMILY:
        return ISSUE_FAMILY[issue]
    if places is not None and issue not in {name for name, _, _ in places.at.values()}:
        return OPEN_ISSUE_FAMILY
    return "territory"
