"""Who holds a stance: the slot of the construction (`holder_slots`), coordinated and group holders, the
speaker of a quote for an 'I' or 'we', the subject of the sentence before for a pronoun."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from storyline.model import Claim, Mention, Quote
from storyline.nlp.lexicon import FIRST_PERSON, ORGANISATION_NOUNS, ROLE_HEADS, SPEAKER_NOUNS
from storyline.nlp.spacy_model import parse_columns, span_at, text_of, token_at
from storyline.nlp.quotes.pronouns import PRONOUN_PEOPLE
from storyline.nlp.time.tense import PRESENT_TAGS, predicate_tense
from storyline.story import lexicon
from storyline.story.positions.words import (
    entity_around, FEMININE_PRONOUNS, HOLDER_LABELS, list_read_as_an_apposition, MASCULINE_PRONOUNS, SUBJECT_DEPS,
    said_of_a_floating_quantifier, subject_indices, tokens_with_lemma_in)
from storyline.story.positions.stance import (
    advocate_said_of_a_party, CUE_LEMMAS, is_copular_against, PERSONAL_PRONOUNS, RELATIVE_PRONOUNS)
from storyline.story.positions.issue import PLACE_ENT_TYPES


SUBJECT_OR_PASSIVE = ("nsubj", "nsubjpass")
VERB_OR_AUX = ("VERB", "AUX")


def _maker_named_before(cue: Token, child: Token) -> bool:
    """'a Pentagon proposal to maintain at least one base in Afghanistan': an organisation or person named as a
    compound of a proposal or demand noun is its maker, as a possessor is (session 54's development recall reading);
    not a place ('a Gaza ceasefire proposal' is about Gaza), and only a name right before the noun."""
    return child.dep_ == "compound" and child.i == cue.i - 1 and child.pos_ == "PROPN" \
        and child.ent_type_ in ("ORG", "PERSON") and cue.pos_ == "NOUN" \
        and lexicon.STANCE_NOUNS.get(cue.lemma_.lower()) in ("propose", "demand") \
        and any(d.dep_ == "det" and d.i < child.i for d in cue.children)
    # a determiner before the name: "that Trump needs to deliver a speech" is a clause the parser read as a noun


def holder_slots(parsed: Doc) -> list[tuple[str, list[int]]]:
    """Stance words with their holder in each syntactic slot a holder takes, as (slot, token
    indexes), slot by slot and in token order within a slot (the order spaCy's DependencyMatcher
    gave them in when it found them; it ran a token Matcher and an ancestor walk for every verb and
    subject of the text, this walks from the stance words only)."""
    found: dict[str, list[list[int]]] = {slot: [] for slot in (
        "subject", "agent", "possessor", "governor_subject", "conjunct_subject", "light_verb", "in_favor",
        "copula_subject", "document_issuer")}
    for cue in (parsed[i] for i in tokens_with_lemma_in(parsed, CUE_LEMMAS)):
        for child in cue.children:
            if child.dep_ in SUBJECT_OR_PASSIVE:
                found["subject"].append([cue.i, child.i])
            elif child.dep_ == "agent":
                found["agent"] += [[cue.i, child.i, by.i] for by in child.children if by.dep_ == "pobj"]
            elif child.dep_ == "poss" or _maker_named_before(cue, child):
                found["possessor"].append([cue.i, child.i])
        governor = cue.head
        if governor.i == cue.i:
            continue
        # "Ukraine supports X but insists on Y", "Trump vowed to reject": the subject of the verb above
        if cue.dep_ in ("conj", "xcomp", "advcl") and cue.pos_ == "VERB" and governor.pos_ in VERB_OR_AUX \
                and not _finite_clause_misparsed_as_adverbial(cue):
            found["governor_subject"] += [[governor.i, cue.i, s] for s in subject_indices(governor)]
        # "Zelenskyy advocated ... and indicated a readiness ..., proposing to relinquish land": the
        # subject of the first of coordinated verbs, when the verb the cue hangs from has none of its own
        first = governor.head
        if cue.dep_ in ("xcomp", "advcl") and cue.pos_ == "VERB" and governor.dep_ == "conj" \
                and governor.pos_ == "VERB" and first.i != governor.i and first.pos_ in VERB_OR_AUX:
            found["conjunct_subject"] += [[first.i, governor.i, cue.i, s] for s in subject_indices(first)]
        # "has tacked to the left, criticizing the pipeline and calling for prohibitions on drilling": a verb
        # coordinated with one that takes the subject of the verb above it takes that subject too (not through a verb
        # whose object does the act: "urged Congress to pass X and reject Y")
        if cue.dep_ == "conj" and cue.pos_ == "VERB" and governor.dep_ in ("xcomp", "advcl") \
                and governor.pos_ == "VERB" and first.i != governor.i and first.pos_ in VERB_OR_AUX \
                and not subject_indices(governor) and not _finite_clause_misparsed_as_adverbial(governor) \
                and not (governor.dep_ == "xcomp" and object_controls(first)):
            found["conjunct_subject"] += [[first.i, governor.i, cue.i, s] for s in subject_indices(first)]
        # "expressed support for", "reiterated his demand for": a light verb's subject holds its noun
        if cue.lemma_ in lexicon.STANCE_NOUNS and cue.dep_ == "dobj" and cue.pos_ == "NOUN" \
                and governor.lemma_ in lexicon.LIGHT_VERBS:
            found["light_verb"] += [[governor.i, cue.i, s] for s in subject_indices(governor)]
        # "Trump spoke in favor of an early end to hostilities": the subject of the verb the phrase hangs from
        if cue.lemma_ in lexicon.FAVOR_NOUNS and cue.dep_ == "pobj" and governor.dep_ == "prep" \
                and governor.lower_ == "in" and first.i != governor.i and first.pos_ in VERB_OR_AUX:
            found["in_favor"] += [[first.i, governor.i, cue.i, s] for s in subject_indices(first)]
        # "Putin is ready to negotiate": the adjective's subject is the copula's; so is the subject of "is opposed to
        # the death penalty" (the participle the parser reads as an adjective; session 53 probe: nothing)
        if (cue.lemma_ in lexicon.READY_ADJECTIVES or cue.lemma_ == "oppose" and cue.tag_ == "VBN") \
                and cue.dep_ == "acomp" and governor.lemma_ == "be":
            found["copula_subject"] += [[governor.i, cue.i, s] for s in subject_indices(governor)]
        # "Peter Thiel, a strong supporter of gay marriage", "he is a staunch supporter of gun-control laws"
        if cue.pos_ == "NOUN" and cue.lemma_.lower() in lexicon.ADVOCATE_NOUNS and cue.dep_ == "appos" \
                and advocate_said_of_a_party(cue) is not None:
            found["copula_subject"].append([governor.i, cue.i, governor.i])
        if cue.pos_ == "NOUN" and cue.lemma_.lower() in lexicon.ADVOCATE_NOUNS and cue.dep_ == "attr" \
                and advocate_said_of_a_party(cue) is not None:
            found["copula_subject"] += [[governor.i, cue.i, s] for s in subject_indices(governor)]
        # "rich countries were against any agreement": the copula's subject is against what "against" takes
        if is_copular_against(cue):
            found["copula_subject"] += [[governor.i, cue.i, s] for s in subject_indices(governor)]
        named = _name_a_participle_describes(cue)
        if named is not None:
            found["subject"].append([cue.i, named.i])
        issuer = _issuer_of_the_document(cue)
        if issuer is not None:
            found["document_issuer"].append([cue.i, issuer.i])
    return [(slot, tokens) for slot, matches in found.items() for tokens in sorted(matches)]


def _name_a_participle_describes(cue: Token) -> Token | None:
    """The name a participle on a floating quantifier is said of (`words.said_of_a_floating_quantifier`): the first,
    whose conjuncts share it. Only names: 'the bill calling for ...' is no holder."""
    if cue.dep_ != "acl" or not said_of_a_floating_quantifier(cue) or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    name = cue.head.head
    return name if name.pos_ == "PROPN" and name.ent_type_ in HOLDER_LABELS else None


def _issuer_of_the_document(cue: Token) -> Token | None:
    """'Obama delivered a public statement urging GOP senators to clear the way', 'the City Council approved a
    resolution condemning ...', 'a letter signed by 54 Democratic senators ... demanding': a statement, letter or
    resolution (`lexicon.ISSUED_DOCUMENTS`) says what its issuer holds, so a stance participle on it is held by the one
    who issued, passed or signed it: a named possessor, the subject of the verb the document is the object of, or the
    agent of its 'signed by'. None for a document no one named issued ('a petition calling on him to be banned')."""
    document = cue.head
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or document.lemma_.lower() not in lexicon.ISSUED_DOCUMENTS \
            or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    owner = next((c for c in document.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:
        return owner
    signer = next((o for v in document.children if v.dep_ == "acl" and v.tag_ == "VBN"
                   for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    if signer is not None:
        return signer
    if document.dep_ == "dobj" and document.head.pos_ == "VERB" and document.head.lemma_.lower() in lexicon.ISSUING_VERBS:
        return next((c for c in document.head.children if c.dep_ == "nsubj"), None)
    return None


def _finite_clause_misparsed_as_adverbial(cue: Token) -> bool:
    """'Mr. Trump has disparaged immigrants, and vowed to reverse job losses ..., Mrs. Clinton has run on a flinty
    practicality': a verb in the past or present tense that the parser hangs on a later clause as an adverbial, with no
    subject or subordinator of its own, is a clause it misread, whose subject is not that clause's (round 48 pool row
    142 gave Trump's vow to Clinton). An adverbial participle ('..., vowing to') shares its governor's subject."""
    return cue.dep_ == "advcl" and cue.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") for c in cue.children)


def holder_tokens(holder: Token) -> tuple[int, int]:
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
    """Token range of a group's name: its modifiers (with their hyphenated parts), the noun, and the places it is
    of ('workers in New York, Los Angeles and Seattle': bare 'workers' told a reader nothing and merged with every
    other article's workers; round 36 pool row 26)."""
    modifiers = _group_modifiers(noun)
    places = _group_places(noun)
    return (min(m.left_edge.i for m in modifiers) if modifiers else noun.i), \
        (max(t.i for t in places) + 1 if places else noun.i + 1)


GROUP_PLACE_PREPOSITIONS = frozenset({"in", "from", "across"})


def _group_places(noun: Token) -> list[Token]:
    """The named places of an 'in / from / across' phrase right after a group's noun, with their conjuncts."""
    for preposition in noun.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in GROUP_PLACE_PREPOSITIONS \
                or preposition.i != noun.i + 1:
            continue
        place = next((o for o in preposition.children if o.dep_ == "pobj"), None)
        if place is not None and place.ent_type_ in ("GPE", "LOC"):
            return [place, *(c for c in place.conjuncts if c.ent_type_ in ("GPE", "LOC"))]
    return []


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
    return pronoun.lower_ in SINGULAR_PERSON_PRONOUNS and antecedent.tag_ in ("NNS", "NNPS") and (
        antecedent.is_lower and not antecedent.ent_type_ or _plural_group_word(antecedent))


def _plural_group_word(noun: Token) -> bool:
    """'Republicans said he would veto the bill': a group word (NORP) tagged plural is many people, whom 'he' does not
    stand for; a name ending in -s the tagger reads as plural ('Sanders') is a person, not a group word."""
    return noun.ent_type_ == "NORP" and noun.lower_.endswith("s")


def _nearest_conjunct_of_singular_clause(clause: Token) -> Token:
    """'Trump and Cruz, who has openly opposed ground troops': the parser hangs the relative clause on
    the first of coordinated names, but a verb in the singular agrees with the one just before it."""
    antecedent = clause.head
    verbs = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if not any(v.tag_ == "VBZ" for v in verbs):
        return antecedent
    conjuncts = [c for c in antecedent.conjuncts if antecedent.i < c.i < clause.i]
    return max(conjuncts, key=lambda c: c.i) if conjuncts else antecedent


def picked_out_by_the_stance(group: Token, cue: Token) -> bool:
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


def _clause_of_the_relative(relative: Token) -> Token | None:
    """The relative or adjectival clause a relative pronoun opens ('who' of 'Putin, who rejected ...'), the first such
    clause above it; None when it stands in none."""
    clause = relative.head
    while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
        clause = clause.head
    return clause if clause.dep_ in ("relcl", "acl") else None


def _resolve_holder(holder: Token, cue: Token) -> Token | None:
    """A relative pronoun stands for the noun its clause modifies ('Putin, who rejected');
    'he' for the subject of the clause above ('Putin indicated he would be willing', 'Trump said ...
    but he backed off'); otherwise None for a pronoun (no coreference here)."""
    lower = holder.lower_
    if lower in RELATIVE_PRONOUNS:
        clause = _clause_of_the_relative(holder)
        if clause is None:
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
    if holder.pos_ not in ("PROPN", "NOUN") and not (holder.pos_ == "ADJ" and holder.is_title and holder.dep_ == "nsubj"):
        return None  # a capitalised subject tagged as an adjective is a name the tagger misread ("Kyiv insists on")
    return holder


def coordinated_holders(holder: Token, cue: Token | None = None) -> list[Token]:
    """'he and Trump had agreed to maintain close dialogue': each named subject holds it, however long the list ('Ben
    Carson, Ted Cruz and Rand Paul have all attacked', where the parser hangs each name on the one before); so does
    each name of a list in apposition to it (`_names_listed_in_apposition`)."""
    listed = _list_a_plural_clause_follows(holder)
    if listed is not None:
        return coordinated_holders(listed)
    return [holder] + [c for c in holder.conjuncts if c.i > holder.i and not _ends_a_list_of_places(c, holder) and (
        c.pos_ == "PROPN" and c.ent_type_ in HOLDER_LABELS or _names_a_group(c) and _names_a_group(holder))] \
        + _list_read_as_an_apposition(holder) + (_names_listed_in_apposition(holder, cue) if cue is not None else [])


def _list_read_as_an_apposition(holder: Token) -> list[Token]:
    """'Ben Carson, Ted Cruz and Rand Paul have all attacked the ethanol program': the parser may read the second name
    as an apposition to the first and hang the rest on it; a person's name right after a person's name and a comma,
    itself coordinated with more names, is a list, every name of which holds the stance."""
    if holder.pos_ != "PROPN" or holder.ent_type_ != "PERSON":
        return []
    items = list_read_as_an_apposition(holder)
    if not items or items[0].left_edge.i != holder.i + 2 or items[0].pos_ != "PROPN" or items[0].ent_type_ != "PERSON":
        return []  # "Trump ... endorsed the re-election of House Speaker Paul Ryan (R-Wis.), Sen. John McCain ...":
        # a name far off, misread as an apposition, is no list of holders
    return [items[0]] + [c for c in items[1:] if c.pos_ == "PROPN" and c.ent_type_ in HOLDER_LABELS]


def _names_listed_in_apposition(holder: Token, cue: Token) -> list[Token]:
    """'Crist' of 'two GOP governors -- California's Arnold Schwarzenegger and Florida's Charlie Crist -- have reversed
    course and said they oppose any drilling' (bpoil_washingtonpost 140 gave Schwarzenegger alone): the names after the
    first of a list in apposition to a plural subject (or to the noun its pronoun stands for) hold it too; the first
    is the holder's own (`holder_extent` takes the name in apposition)."""
    resolved = _resolve_holder(holder, cue) if holder.pos_ == "PRON" else holder
    if resolved is None or resolved.tag_ not in ("NNS", "NNPS"):
        return []
    first = next((c for c in resolved.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and c.ent_type_ in HOLDER_LABELS), None)
    if first is None:
        return []
    return [c for c in first.conjuncts if c.i > first.i and c.pos_ == "PROPN" and c.ent_type_ == first.ent_type_]


    # "Other industry groups and pro-drilling lawmakers also criticized the new moratorium": each group holds it


def _list_a_plural_clause_follows(relative: Token) -> Token | None:
    """'senators Charles Schumer and Ron Wyden, who called on BP to suspend dividend payments': a clause set off by a
    comma after a list of names, its verb not in the singular, is said of every name; the parser hangs it on the last
    name (or the first), and one name alone held the demand (unseen Timeline17 bed). The list's first name, whose
    conjuncts are the others."""
    clause = _clause_of_the_relative(relative) if relative.lower_ in RELATIVE_PRONOUNS else None
    if clause is None:
        return None
    first = clause.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    names = [first, *first.conjuncts]
    if clause.dep_ != "relcl" or len(names) < 2 or any(n.pos_ != "PROPN" for n in names) \
            or clause.left_edge.i < max(n.i for n in names) or clause.doc[clause.left_edge.i - 1].text != ",":
        return None  # the parser hangs the clause on the first name or the last
    verbs = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(v.tag_ == "VBZ" or v.lower_ == "was" for v in verbs):
        return None  # "Trump and Cruz, who has openly opposed": the one just before (`_nearest_conjunct_of_singular_clause`)
    return first


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


    # "urged Americans to send cash": an appeal to a country's public to give, not a party's position


class Named(set):
    """Token indexes inside the document's mentions of people, organisations and governments, and
    `aliases`: each such mention's text -> the span of its first mention, for the same name left
    unlabelled elsewhere in the document."""

    aliases: dict[str, tuple[int, int]]


def object_controls(verb: Token) -> bool:
    """Whether the object of `verb` does what its infinitive says ('wants Ukraine to accept'); the
    object of a promise is only who is promised ('promised a Senate panel to ask BP to ...')."""
    return verb.lemma_.lower() not in lexicon.SUBJECT_CONTROL_VERBS and any(c.dep_ == "dobj" for c in verb.children)


def holder_matches(parsed: Doc) -> list[tuple[str, list[int]]]:
    """(label, [cue, ..., holder]) with the cue first; a cue with its own subject keeps only that."""
    found = []
    for label, tokens in holder_slots(parsed):
        if label == "document_issuer":
            found.append(("governor_subject", tokens))  # [the participle, its document's issuer]
            continue
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
        if label == "governor_subject" and parsed[tokens[0]].dep_ == "xcomp" and object_controls(parsed[tokens[0]].head):
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
        if dep != "conj" or tag not in FINITE_TAGS or lemma not in CUE_LEMMAS:
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


def quote_around(quotes: list[Quote], at: int) -> Quote | None:
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
            if not subject_of_sentence_before(parsed, min(holder.idx, quote.start), start, end, quotes):
                return None
            return start, end, text_of(parsed)[start:end], False
    return None


def _same_pronoun_above(pronoun: Token) -> Token | None:
    """The subject of the clause right above a 'he' or 'she' subject when it is the same word ('She said she supports a
    ban on fracking'): one person, resolved as that one is."""
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    if clause.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or clause.head.i == clause.i:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.lower_ == pronoun.lower_), None)


def _pronoun_person(parsed: Doc, holder: Token) -> tuple[int, int, str, bool] | None:
    """'Hillary Clinton spoke in Des Moines on Monday. She called for a ban on fracking.': a 'he' or 'she' the quote
    stage resolved (`nlp.quotes.pronouns`: the most salient person before it, of its gender where courtesy titles
    say) to the one person the sentence before names, with no other named between (development recall reading,
    session 51: five and more positions held by a pronoun). The resolver knows a person's gender only from titles,
    so 'Donald Trump attacked Hillary Clinton on Monday. She called for' would be Trump's; and a person named further
    back is a guess ('... Clinton ... The crowd cheered. She called for')."""
    found = (parsed._.get(PRONOUN_PEOPLE) or {}).get(holder.i)
    if found is None:
        return None
    name = text_of(parsed)[found[0]:found[1]]
    if _subject_of_the_clause_above(holder, name):
        return found[0], found[1], name, False
    sentence_start = holder.sent.start  # once: Token.sent walks the sentence on each access
    if sentence_start == 0:
        return None
    people = [ent for ent in parsed[parsed[sentence_start - 1].sent.start:holder.i].ents if ent.label_ == "PERSON"]
    if not people or any(ent[-1].text != name.split()[-1] for ent in people):
        return None
    return found[0], found[1], name, False


def _subject_of_the_clause_above(pronoun: Token, name: str) -> bool:
    """'Hillary Clinton gave a speech in Des Moines in which she called for ...': a 'he' or 'she' in a clause under
    the main clause whose subject is the person it was resolved to, no other person named between the two (not
    'Clinton praised Warren's bill, in which she called for', where 'she' may be Warren): the sentence's own
    subject, whoever the sentence before names (development recall reading, session 51: a stance inside a relative
    clause)."""
    root = pronoun.sent.root
    if pronoun.head.i == root.i or not root.is_ancestor(pronoun):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    person = next((ent for ent in pronoun.doc.ents if subject is not None and ent.start <= subject.i < ent.end
                   and ent.label_ == "PERSON"), None)
    if person is None or person[-1].text != name.split()[-1]:
        return False
    return not any(ent.label_ == "PERSON" for ent in pronoun.doc[person.end:pronoun.i].ents)


def subject_of_sentence_before(parsed: Doc, at: int, start: int, end: int, quotes: list[Quote]) -> bool:
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


def holder_extent(parsed: Doc, holder: Token, cue: Token, quote: Quote | None,
                 quotes: list[Quote] = (), named: Named | None = None) -> tuple[int, int, str, bool] | None:
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
        body = _body_a_spokesperson_speaks_for(parsed, start, end) if holder.lower_ in ("we", "us", "our") else None
        return body or (start, end, text_of(parsed)[start:end], True)
    resolved = _resolve_holder(holder, cue)
    if resolved is None:
        said_by = _same_pronoun_above(holder) or holder  # "She said she supports a ban": the one who said it
        return _pronoun_speaker(parsed, said_by, quotes) or _pronoun_person(parsed, said_by)
    in_apposition = next((c for c in resolved.children if c.dep_ == "appos" and c.i in named), None) \
        if named is not None else None
    if in_apposition is not None and (resolved.i not in named or resolved.tag_ in ("NNS", "NNPS")
                                      and in_apposition.ent_type_ in ("PERSON", "ORG", "GPE")):
        resolved = in_apposition  # "the US president, Barack Obama, pledged": the name in apposition holds it; so do
        # the names listed after a named group ("the two leading Republicans, Donald J. Trump and Senator Ted Cruz, ...
        # criticized the Paris agreement" gave Cruz alone: session 54's development recall reading)
    resolved = _members_of_a_collective(resolved) or resolved  # "A group of doctors ... calling for": doctors
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in resolved.children):
        return None  # "a Louisiana National Guardsman": someone unnamed, not the entity
    if _one_member_of_a_group(resolved) or _puts_a_question(resolved, cue) or _inside_a_dash_aside(holder):
        return None
    if _opens_a_glued_sentence(resolved):
        return None
    if _part_of_a_group(resolved) or picked_out_by_the_stance(resolved, cue):
        return None
    first, last = holder_tokens(resolved)
    last = _end_of_the_whole_name(resolved, last)
    span = parsed[first:last]
    if named is not None and resolved.i not in named:
        if resolved.lemma_.lower() in lexicon.INSTITUTION_HEADS:
            pass  # "the Obama administration"
        elif resolved.pos_ == "PROPN" and named.aliases.get(span.text) is not None:
            # "BP, however, refused ...": the model left this "BP" unlabelled; the document names it elsewhere
            start, end = named.aliases[span.text]
            return start, end, span.text, False
        elif _names_a_group(resolved) and not _narrowed_by_the_stance(resolved, cue) \
                and not _wish_of_a_kind_of_people(resolved, cue):
            # "voters want to limit immigration", "parents still want neighborhood schools": a kind of people's wish
            # is what a poll or a speaker says of them, no position they state; their asking is their act
            # ("protesters have been demanding that police release the video")
            group = parsed[slice(*_group_span(resolved))]  # "industry groups": a group of its own (group_holder_mentions)
            return group.start_char, group.end_char, group.text, False
        else:
            return None
    is_speaker = quote is not None and quote.speaker_start is not None and \
        span.start_char < (quote.speaker_end or 0) and quote.speaker_start < span.end_char
    return span.start_char, span.end_char, span.text, is_speaker


def _body_a_spokesperson_speaks_for(parsed: Doc, start: int, end: int) -> tuple[int, int, str, bool] | None:
    """'Interior' of "'... we are not going to allow them to reopen the well,' Interior spokeswoman Kendra Barkoff
    told FoxNews.com": the 'we' of a spokesperson's quote is the body named before the role, which holds the position
    (Timeline17 development sheet, round 58: both helpers failed the spokeswoman as its holder). None when the speaker
    is no spokesperson of a named body."""
    speaker = span_at(parsed, start, end)
    if speaker is None:
        return None
    near = [*speaker, *(c for c in speaker.root.children if c.dep_ in ("compound", "appos") and c not in speaker)]
    role = next((t for t in near if t.lemma_.lower() in lexicon.SPOKESPERSON_NOUNS), None)
    # the role is often left out of the speaker's name ('Kendra Barkoff'), hung on it as a compound or an apposition
    named = next((c for c in role.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "NORP")), None) \
        if role is not None else None
    body = entity_around(named) if named is not None else None
    return (body.start_char, body.end_char, body.text, True) if body is not None else None


def _wish_of_a_kind_of_people(group: Token, cue: Token) -> bool:
    """'voters want to limit immigration', 'parents still want neighborhood schools': what a kind of people wishes
    (`lexicon.STATE_OF_MIND_VERBS`) is what a poll or a speaker says of them, no position they state (round 44 pool
    row 26, held out rows 5 and 6); their asking is their act ('protesters have been demanding that police release
    the video'), and bodies ('environmental groups', 'oil companies') and office holders ('lawmakers want to
    increase the tax on oil', 'officials') state their wishes."""
    return cue.lemma_.lower() in lexicon.STATE_OF_MIND_VERBS and group.lemma_.lower() not in (
        lexicon.COLLECTIVE_NOUNS | ORGANISATION_NOUNS | lexicon.INSTITUTION_HEADS | ROLE_HEADS
        | lexicon.LEGISLATURE_WORDS)


def _end_of_the_whole_name(head: Token, last: int) -> int:
    """'of Teachers' of 'the American Federation of Teachers opposed ...': a name the entity recognizer reads whole
    runs on past its head through a phrase on the head ('Department of Education', 'Bank of America'); the holder is
    the whole name, not 'American Federation'. Only tokens of the same entity that hang on the head, as the parse
    has them."""
    end = last
    while end < len(head.doc) and head.ent_iob_ in ("B", "I") and head.doc[end].ent_iob_ == "I" \
            and head.doc[end].ent_type_ == head.ent_type_ and head.is_ancestor(head.doc[end]) \
            and head.doc[end].dep_ not in ("case", "punct"):  # not the "'s" the recognizer may take in
        end += 1
    return end


def _one_member_of_a_group(holder: Token) -> bool:
    """'Republican seeks new Clinton inquiry' (a headline's dropped article): a party or nationality word in the
    singular with no determiner names one unnamed member, not the group ('Republicans', 'the Taliban'); round-30
    sheet row 34 gave Jason Chaffetz's request to "Republican"."""
    return holder.ent_type_ == "NORP" and holder.tag_ in ("NN", "NNP") and holder.i + 1 == holder_tokens(holder)[1] \
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
