"""Claims of one document: `extract_claims` walks each stance word of the parse to its holder, issue and
date, and adds the demands a quote's speaker makes; `listing_by_the_word` and its vetoes say which are shown by
default, and why."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from storyline.model import Claim, Document, Mention, Quote, Timex
from storyline.nlp.lexicon import FIRST_PERSON, VIEW_VERBS
from storyline.nlp.spacy_model import parse_columns, span_at, text_of
from storyline.story.clause import PLACE_LABELS
from storyline.story.events import undated_event_range
from storyline.story import lexicon
from storyline.story.positions.words import (
    HOLDER_LABELS, names_a_party, names_which_measure, phrase_at, SUBJECT_DEPS, tokens_with_lemma_in,
    object_phrases_reheaded, topic_phrase_after_the_object)
from storyline.story.positions.stance import (
    acts_on_itself, agrees_that_something_is, agrees_to_a_condition, agrees_with_a_view, charged_by_another,
    commitment_on_condition, complementizer_read_as_subject, concedes_a_contest, conditions_set_on_another, cue_stance,
    inside_a_false_claim, is_headline, is_hypothetical, names_a_time, is_negated, offers_nothing,
    party_a_condition_asks, PERSONAL_PRONOUNS, refuses_to_speak, rejects_something_said, STANCE_WORD_LEMMAS,
    wants_a_named_party_to_act, warns_a_party_off)
from storyline.story.positions.issue import (
    act_a_vague_noun_names, act_issue, acts_on_a_thing_named_elsewhere, body_asked_for, clause_head_tagged_noun,
    done_for_the_stance, label_for_a_thing_named_otherwise, names_no_contact, noun_a_compound_modifies, cue_text,
    is_argument, is_content_clause, issue_detail, ISSUE_FAMILY, issue_family, issues_under, measure_noun,
    coordinated_issues, named_law_supported, names_a_policy_measure, noun_phrase, nouns_as_written, open_issue,
    OPEN_ISSUE_FAMILY, OPEN_ISSUE_STANCES, open_slot, Places, proposal_by_its_maker, stance_scope, specific_issue,
    stance_slot, told_which_by_its_maker, token_range, whose_act, undoes_what_it_governs, verb_phrase_issue,
    where_an_act_is_done)
from storyline.story.positions.holder import (
    coordinated_holders, holder_matches, holder_extent, Named, object_controls, picked_out_by_the_stance,
    quote_around, subject_of_sentence_before, SUBJECT_OR_PASSIVE, VERB_OR_AUX)
from storyline.story.positions.stance_date import (
    day_of_the_sentences_around, date_of_stance, stance_timexes, told_in_a_past_narrative, told_in_the_simple_past,
    holder_named_by_an_office_held_then, act_asked_for_dated_before, told_at_a_time_after_another, told_over_many_days,
    told_among_earlier_times)


JUDGED_PRONOUNS = {"him", "her", "them", "me", "us"}
OWN_POSSESSIVES = {"its", "their", "his", "her", "our", "my"}
DEMANDABLE_PRONOUNS = {"we", "they", "he", "she"}  # "they must release the video"; not "it should begin"
# nor "you should consult your GP": what is said to the one addressed is advice, not a position


def stance_word_candidates(parsed: Doc) -> list[int]:
    """Indices of the tokens whose lemma, in any case, `cue_stance` knows."""
    return tokens_with_lemma_in(parsed, STANCE_WORD_LEMMAS, fold_case=True)


def extract_claims(parsed: Doc, doc: Document, timexes: list[Timex], mentions: list[Mention],
                   quotes: list[Quote]) -> list[Claim]:
    """Every stance an actor is said to hold in one parsed document (see the module docstring); the listing
    rule (`listing_by_the_word`) marks the ones the default listing shows, with why."""
    with object_phrases_reheaded(parsed):
        return _claims_in(parsed, doc, timexes, mentions, quotes)


def _claims_in(parsed: Doc, doc: Document, timexes: list[Timex], mentions: list[Mention],
               quotes: list[Quote]) -> list[Claim]:
    places = Places.of(parsed, mentions)
    named = _named_tokens(parsed, mentions)
    stance_tokens = {i for i in stance_word_candidates(parsed) if cue_stance(parsed[i])}
    many_days = told_over_many_days(parsed)
    claims: list[Claim] = []
    seen: set[tuple] = set()
    matches = [(cue_i, parsed[rest[-1]]) for _, (cue_i, *rest) in holder_matches(parsed)]
    matches += _speaker_phrase_cues(parsed, quotes, stance_tokens, {cue_i for cue_i, _ in matches}, named)
    for cue_i, holder in matches:
        cue = parsed[cue_i]
        stance = cue_stance(cue)
        if stance is None or complementizer_read_as_subject(cue) or is_hypothetical(cue, cue.sent) or _content_of_another_stance(cue, stance_tokens) \
                or is_headline(cue.sent) or offers_nothing(cue) or refuses_to_speak(cue) \
                or _commits_to_another_stance(cue) or agrees_to_a_condition(cue) or agrees_that_something_is(cue) \
                or inside_a_false_claim(cue) or charged_by_another(cue) or rejects_something_said(cue) \
                or _generic_statement(cue) or _infinitive_joined_to_a_finite_verb(cue) \
                or _acceptance_as_a_practice(cue) or _act_an_adjective_judges(cue) \
                or acts_on_itself(cue) or concedes_a_contest(cue):
            continue
        stance_word = cue  # what dates the stance: "willing" in "willing to cede Zaporizhzhia by 2026"
        readied = _readied_verb(cue)  # "willing to cede Zaporizhzhia" is a concession
        if readied is not None:
            cue, stance = readied, cue_stance(readied)
        refused = False  # "will never accept the occupation of Crimea": a refusal, stated in public as a rejection is
        support_denied = False  # "would not support the TPP": opposed, once the issue is found as a support's
        if is_negated(cue) or readied is not None and is_negated(stance_word):
            # "was not ready to accept a ceasefire": the readiness denied is the stance's (it gave 'accept'); "was not
            # willing to support a federal education law that didn't ..." keeps that rule
            support_denied = readied is None and cue.pos_ == "VERB" \
                and cue.lemma_.lower() in lexicon.SUPPORT_DENIED_VERBS
            stance = stance if support_denied else lexicon.NEGATED_STANCES.get(stance)
            if stance is None:
                continue
            refused = True
        quote = quote_around(quotes, cue.idx)
        if quote is not None and quote.negated and not _cue_is_stance(parsed, quote, stance_tokens):
            continue  # "denied that Russia rejected the plan": not stated as held; "rejected Putin's
            # demand for Donetsk" still says Putin demanded it
        holder_spans = [holder] if isinstance(holder, tuple) else \
            [span for span in (holder_extent(parsed, h, cue, quote, quotes, named)
                               for h in coordinated_holders(holder, cue)) if span is not None]
        if not holder_spans:
            continue
        sentence = cue.sent
        date, date_range, held_before = date_of_stance(stance_word, quote, stance_timexes(cue, timexes), doc)
        body = body_asked_for(cue, places) if stance in ("demand", "propose") else None
        # "called for a special prosecutor to oversee an investigation": a measure asked for
        found = [(body, stance, False)] if body else _claims_of(cue, stance, places, stance_tokens - {cue.i})
        named_before = _definite_measure_named_before(cue, places) if not found else None
        if named_before is not None:
            found = [(named_before, stance, False)]  # "The new moratorium was panned by industry groups"
        if stance == "accept" and cue.lemma_.lower() in lexicon.AGREEING_CUES and agrees_with_a_view(cue):
            found = [(issue, "support", earlier) for issue, _, earlier in found]  # "agreed that ... should be"
        if stance == "demand" and _asks_someone_unnamed(cue):
            named_places = {name for name, _, _ in places.at.values()}
            found = [f for f in found if f[0] not in named_places]
            # "called on residents to evacuate the capital, Port-au-Prince": an emergency request, no territory
        found = [(issue, stance_here, earlier or held_before) for issue, stance_here, earlier in found]
        if support_denied:
            found = [(issue, "oppose" if stance_here == "support" else stance_here, earlier)
                     for issue, stance_here, earlier in found]
        told_past = None
        for holder_span, (issue, stance_here, earlier) in ((h, f) for h in holder_spans for f in found):
            earlier = earlier or many_days and not date and not date_range  # some day of a roundup's, up to its own
            day = date or (None if date_range or earlier
                           else day_of_the_sentences_around(cue, holder_span, timexes, doc, quotes))
            day_range = date_range
            if not day and not date_range and not earlier:
                if told_past is None:
                    told_past = told_in_the_simple_past(stance_word, quote)
                    if told_past == "past" and (told_in_a_past_narrative(stance_word, timexes, doc)
                                                or holder_named_by_an_office_held_then(stance_word)
                                                or act_asked_for_dated_before(stance_word, timexes, doc)
                                                or told_among_earlier_times(stance_word, timexes, doc)
                                                or told_at_a_time_after_another(stance_word, timexes)):
                        told_past = "held"
                if told_past == "held":
                    earlier = True  # told in the story of a time before the article's week
                elif told_past == "past":
                    day_range = undated_event_range(doc)  # done shortly before the article, as an undated act is
            measure = _measure_on_the_issue(cue, issue, places) or (issue if issue in (named_before, body) else None)
            issue = measure or issue  # "called for a moratorium on charter schools": the moratorium, not education
            key = (holder_span[0], issue, stance_here, earlier, sentence.start_char)
            if key in seen:
                continue
            seen.add(key)
            named_issue = specific_issue(cue, issue, places, holder_span[2])
            family = issue_family(issue, places)
            family = _family_of_its_object(cue, issue) if family == OPEN_ISSUE_FAMILY else family
            if issue in lexicon.CONTACT_ISSUES and named_issue == issue and len(holder_spans) > 1:
                others = [h[2] for h in holder_spans if h[0] != holder_span[0]]
                named_issue = f"{issue} with {' and '.join(others)}"  # "Ryan and Trump agreed to meet again": each
                # holder's meeting is with the other (round 36 pool rows 101 and 168 named no one)
            listed, listing = _listing_of_a_stance(cue, issue, named_issue, family, measure is not None, refused,
                                                   places, lambda: _is_organisation(mentions, holder_span))
            claims.append(Claim(
                doc=doc.id, start=sentence.start_char, end=sentence.end_char, holder_start=holder_span[0],
                holder_end=holder_span[1], holder_text=holder_span[2], issue=named_issue,
                issue_family=family,
                stance=stance_here, cue=cue_text(cue), date=None if earlier else day,
                date_range=None if earlier else day_range,
                quote=quote.id if quote is not None and holder_span[3] else None, earlier=earlier,
                action=_names_an_action(issue, sentence) and not _asks_someone_unnamed(cue),
                listed=listed, listing=listing,
                measure=measure is not None or names_a_policy_measure(cue, issue), detail=issue_detail(cue, issue),
            ))
    for claim in [*_demands_in_quotes(parsed, doc, timexes, quotes, places, stance_tokens),
                  *_conditions_set(parsed, doc, timexes, quotes, places)]:
        key = (claim.holder_start, claim.issue, claim.stance, False, claim.start)
        if key not in seen:
            seen.add(key)
            claims.append(claim)
    for claim in claims:  # labels are built from lemmas: shown with the sentence's own nouns
        sentence = parsed.char_span(claim.start, claim.end, alignment_mode="expand")
        claim.issue = told_which_by_its_maker(nouns_as_written(claim.issue, sentence), sentence, stance_tokens)
    return claims


def _land_in_the_act(act: Token, places: Places) -> bool:
    """'give up any aspirations of reclaiming Crimea': an act whose words name a place where land is given, taken or
    held (`lexicon.TERRITORY_WORDS`: reclaim, cede, withdraw ...) is about that land, as a named place is; the word
    may govern it through a preposition ('withdrew from Donetsk'). Not the one who acts: in 'Ukraine must renounce its
    NATO ambitions' Ukraine is no land given up."""
    return bool(_lands_in_the_act(act, places))


def _lands_in_the_act(act: Token, places: Places) -> list[str]:
    """The named places `_land_in_the_act` finds, by name, once each."""
    names = [places.at[t.i][0] for t in act.subtree if t.i in places.at and t.dep_ not in SUBJECT_DEPS
             and _governed_by_a_territory_word(t)]
    return list(dict.fromkeys(names))


def _governed_by_a_territory_word(place: Token) -> bool:
    """Whether a territory word governs the place, directly or through a preposition, a compound one among them
    ('withdrew from Donetsk', 'pulled its troops out of Donetsk'), and not in a phrase of where an act of no land is
    done ('must be monitored in parts of Asia')."""
    word = place.head
    for _ in range(2):
        if word.pos_ != "ADP" or word.head.i == word.i:
            break
        word = word.head  # "out of": both prepositions
    return word.lemma_.lower() in lexicon.TERRITORY_WORDS and not where_an_act_is_done(word)


def _military_action_nowhere(issue: str, named: str, places: Places) -> bool:
    """'repeating a false claim that he opposed the 2003 invasion': a military action named by its word alone, with no
    place it is in or against (`issue._with_its_place` found none), does not say which one, so it is stored, not
    listed (round 43 pool row 104, `invasion` for the invasion of Iraq; the label's own word is right for a field,
    'lower taxes', not for an act that is always somewhere)."""
    return issue == "military action" and not any(name in named for name, _, _ in places.at.values())


def _family_of_its_object(cue: Token, issue: str) -> str:
    """'prepared to lift some sanctions on Russia', 'promised to repeal Obamacare': an act named by its verb (an open
    issue) on a thing of the taxonomy is in that thing's family, so a readiness or a promise to do it is listed as one
    on the thing itself would be; other open issues stay open (`OPEN_ISSUE_FAMILY`)."""
    first = issue.removeprefix("not ").split()[0] if issue else ""
    verb = next((t for t in cue.subtree if t.pos_ == "VERB" and t.lemma_.lower() == first and t.i != cue.i), None)
    if verb is None:
        return OPEN_ISSUE_FAMILY
    named = next((phrase_at(c) for c in verb.children if c.dep_ == "dobj" and phrase_at(c) in ISSUE_FAMILY), None)
    return ISSUE_FAMILY[named] if named else OPEN_ISSUE_FAMILY


def _named_only_by_its_maker(cue: Token, issue: str, places: Places) -> bool:
    """'Khan rejected Trump's offer Tuesday', 'Russia welcomed the U.S. proposal': a proposal named only by who made it
    (`issue.proposal_by_its_maker`) points to a thing without saying what it is, as 'the bill' does, so it is stored, not
    listed (round 43 pool row 179, judged wrong on the issue by both judges: the offer was an exception to a ban)."""
    return any(c.dep_ in ("dobj", "nsubjpass") and proposal_by_its_maker(c, places) == issue for c in cue.children)


def _obliged_act(verb: Token) -> Token | None:
    """'Ukraine would have to make difficult territorial concessions', 'Kyiv needs to accept the plan': the act a
    named party is said to have or need to do, which a speaker asks of it as with 'must' (`lexicon.OBLIGING_VERBS`).
    Only of a party named: "we have to bring back law and order", "they need to finish the seasonal vaccine", "he
    will have to earn the presidency" are what one says must be done in general or of oneself (on the beds most such
    rows were slogans or advice)."""
    if verb.lemma_.lower() not in lexicon.OBLIGING_VERBS or not any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
            for c in verb.children):
        return None
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if act is not None and any(c.dep_ == "dobj" and c.i < act.i for c in verb.children):
        return None  # "Mexico has enough antiviral drugs to combat the outbreak": what the means are for
    return act


def _infinitive_joined_to_a_finite_verb(cue: Token) -> bool:
    """'RNC officials have made "numerous requests" to withdraw or table the motion, "and even to agree to cancel the
    Rules Committee meeting"': a to-infinitive the parser joins to a finite verb as its conjunct belongs to something
    else (here the requests), so the finite verb's subject does not hold it (round 43 pool: Priebus 'agreed' to cancel
    the meeting he had asked another to cancel)."""
    return cue.dep_ == "conj" and cue.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children) \
        and cue.head.pos_ in VERB_OR_AUX and cue.head.tag_ != "VB"


def _generic_statement(cue: Token) -> bool:
    """Whether the stance word stands in a generic statement, what a kind of party usually does: a verb at or
    above it (in its sentence) with an adverb of habit and a bare plural common noun for its subject ('Banks
    typically require companies like BP to put up collateral to back trades': no company backs trades as a
    stance). A named or determined subject ('Republicans typically oppose', 'the banks usually ...') is a party."""
    return any(node.pos_ in VERB_OR_AUX and any(c.dep_ == "advmod" and c.lower_ in lexicon.GENERIC_HABIT_ADVERBS
                                                for c in node.children)
               and any(_bare_plural(c) for c in node.children if c.dep_ == "nsubj") for node in (cue, *cue.ancestors))


def _act_an_adjective_judges(cue: Token) -> bool:
    """'Gore insisted it was "premature" to back Clinton's campaign', 'it is hard to support': an act an 'it is ADJ
    to' clause weighs is judged, not taken (Gore declined to back Clinton; PolNeAR train, session 52, found when a
    candidacy became something to back). Only an adjective of need (`lexicon.NECESSITY_ADJECTIVES`: 'it's even more
    important to defend gun rights') asks for the act."""
    head = cue.head
    return cue.dep_ == "xcomp" and head.lemma_ == "be" \
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children) \
        and any(c.dep_ == "acomp" and c.lemma_.lower() not in lexicon.NECESSITY_ADJECTIVES for c in head.children)


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
                         named: Named) -> list[tuple[int, tuple[int, int, str, bool]]]:
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
                    and not picked_out_by_the_stance(ref.root, cue):
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


Listing = tuple[bool, str]  # (shown by default, why it is or is not: said by `storyline positions --all`)


def listing_by_the_word(cue: Token, family: str) -> Listing:
    """The listing rule (docs/positions.md): a stance word that is itself a public stance-taking act
    (a directive, an evaluation, a proposal) lists its claim, a directive only when addressed, if at
    all, to a party; any other stance word (a promise, an agreement, an offer, a request, a want)
    lists it only for an issue of a known family other than places and aid (`lexicon.DEED_FAMILIES`). Chosen on the structure of the judged rows of the
    seed-1408..1410 sheets: rows stated by promises, agreements, offers and requests on open issues
    were mostly efforts, deals and personal requests; "urged him to delay his return", "called on
    residents to evacuate" are requests."""
    lemma = cue.lemma_.lower()
    if lemma in lexicon.REQUEST_VERBS and cue.pos_ == "VERB" and _requested_for_someone(cue):
        return False, "a request for someone"  # "Cuba had asked for 28 visas for the trip", "asked for a visa
        # Thursday for his client"
    if lemma in lexicon.PERMITTING_VERBS and cue.pos_ == "VERB":
        return True, "a permission refused"  # a permission refused for what is to come (the only use `cue_stance`
        # gives a stance): "we are not going to allow them to reopen the well" refuses in public, as "refused to let
        # them reopen" does
    if lemma == "agree" and cue.pos_ == "VERB" and not any(c.dep_ == "xcomp" for c in cue.children):
        return True, "agreeing with a view"  # "agreed with Trump that a settlement can be achieved", not to a deed
    if lemma in lexicon.REQUEST_VERBS and cue.pos_ == "VERB" and family != "territory" and any(
            c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "NORP") or _the_institution(c)) for c in cue.children):
        return True, "a request of a named government"  # "Zelenskyy asked the United States for Patriot air defense
        # systems": a directive to a party, as "urged the United States to" is; of a company or another organisation
        # it is often a business or personal one ("Mr. Hurt asked Norton to republish the book")
    if lemma == "warn" and cue.pos_ == "VERB" and warns_a_party_off(cue):
        return True, "a warning to a named party"  # "warned the Fed not to raise interest rates": a directive
    if lemma == "want" and cue.pos_ == "VERB" and wants_a_named_party_to_act(cue):
        return True, "what a named party is wanted to do"  # "wants BP to set up an escrow fund": asked of a named
        # party, as a directive is
    if lemma not in lexicon.STANCE_TAKING_CUES:
        return listing_by_issue(family)
    if lemma not in lexicon.DIRECTIVE_CUES:
        return True, "a public stance-taking word"
    asks = any(c.dep_ == "xcomp" for c in cue.children)  # "urged BP to"; "demanded full liberation" asks for a thing
    addressees = [c for c in cue.children if c.dep_ == "dobj" and asks] + [
        g for g in _called_on(cue) if lemma == "call"]  # "called on BP to"; "insists on guarantees" names no addressee
    addressees += [s for c in cue.children if c.dep_ == "ccomp" for s in c.children
                   if s.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in s.children)]
    # "demanding that a CBS News crew leave a beach area": an indefinite subject of the demanded clause is someone
    # the demand meets, not a party ("demanded that police release the video" asks the police)
    if all(a.pos_ == "PROPN" or a.ent_type_ in HOLDER_LABELS | {"NORP"} or _the_institution(a) or _the_sides(a)
           for a in addressees):
        return True, "a directive to a named party" if addressees else "a public directive"
    return False, "a directive to someone no name says"  # "urged him to delay his return" (the seed-1408 sheet's one
    # "him", judged wrong), "called on residents" / "lawmakers" (common nouns, mostly wrong there)


def _listing_of_a_stance(cue: Token, issue: str, named_issue: str, family: str, measure: bool, refused: bool,
                         places: Places, organisation: Callable[[], bool]) -> Listing:
    """Whether a stance word's claim is listed and why: by its word (`listing_by_the_word`), a refusal, or a named
    measure acted on or wanted; unless its label would mislead or it is no position (the vetoes, each named)."""
    by_word = (True, "a refusal stated in public") if refused else listing_by_the_word(cue, family)
    outside_the_taxonomy = issue not in ISSUE_FAMILY
    return listing_of(
        [(by_word[1], lambda: by_word[0]),
         ("an act on a named measure, wanted or promised", lambda: _act_on_a_named_measure(cue, issue)),
         ("a named measure, wanted or promised", lambda: _named_measure_wanted(cue, issue, family))],
        by_word[1],
        [("a field's word on a measure, which way unsaid",
          lambda: _family_word_behind_a_measure(cue, issue) and not _field_word_on_an_act(cue, issue)),
         *_misleading_labels(cue, issue, named_issue),
         ("military action named nowhere", lambda: _military_action_nowhere(issue, named_issue, places)),
         ("an act on a thing named elsewhere", lambda: (outside_the_taxonomy or issue in lexicon.DOCUMENT_FIELDS)
          and acts_on_a_thing_named_elsewhere(cue, named_issue)),
         ("an organisation's own operation", lambda: not measure and outside_the_taxonomy
          and _own_operation(cue, organisation())),
         ("a thing named only by its maker", lambda: _named_only_by_its_maker(cue, issue, places)),
         ("an organisation's own plan", lambda: _own_plan_announced(cue, organisation())),
         # "introduced legislation that would bar people on the no-fly list from buying guns": the bill put forward is
         # known only by what it does; the bare 'legislation' names none
         ("a bill known only by what it does",
          lambda: cue.lemma_.lower() in lexicon.LEGISLATING_VERBS and named_issue in ISSUE_FAMILY)])


def _misleading_labels(cue: Token, issue: str, named_issue: str) -> list[tuple[str, Callable[[], bool]]]:
    """The vetoes every listing asks: a label that would tell a reader another thing than the sentence."""
    return [("a contact that names no one", lambda: names_no_contact(cue, issue, named_issue)),
            ("a label for a thing the sentence names otherwise",
             lambda: label_for_a_thing_named_otherwise(cue, issue, named_issue))]


def _the_institution(noun: Token) -> bool:
    """'called on the administration to impose sanctions', 'urged the government to': a body that governs or acts
    (`lexicon.INSTITUTION_HEADS`) with 'the' or a possessor is the party the article is about, addressed as one; a
    common noun naming people ('residents', 'lawmakers') still names no party."""
    return noun.lemma_.lower() in lexicon.INSTITUTION_HEADS and noun.tag_ == "NN" \
        and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _the_sides(noun: Token) -> bool:
    """'urged both sides to accept the peace plan', 'called on all parties to': the parties of the dispute the article
    is about, addressed together, as a named government is; a party's allies named by whose they are ('called
    on Western allies to supply', 'urged its European partners to'), and states named by which they are ('European
    countries', 'member states'); bare 'allies' are no party ('urged allies to send more volunteers', a mayor's)."""
    if noun.tag_ != "NNS":
        return False
    lemma = noun.lemma_.lower()
    if lemma in lexicon.STATE_GROUP_NOUNS:  # "urged European countries to", "called on member states to"
        return any(c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE") or c.lower_ == "member"
                   or c.dep_ == "amod" and c.pos_ == "ADJ" and c.text[:1].isupper() for c in noun.children)
    return lemma in ("side", "party") and any(
        c.dep_ in ("det", "predet") and c.lower_ in ("both", "all") or c.dep_ == "nummod" and c.lower_ == "two"
        for c in noun.children)


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
                  if not names_a_time(f) and not any(o.dep_ == "pobj" and o.ent_type_ in HOLDER_LABELS | PLACE_LABELS
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


def _field_word_on_an_act(cue: Token, issue: str) -> bool:
    """'called Friday for releasing the police videos': every word of the field modifies the object of the act the
    stance asks for, so the issue shown is that act (`issue._measure_of_the_word`: `release police video`), which
    says which way the stance goes, where the field's label alone did not (it was stored unlisted)."""
    words = _issue_words(cue, issue)
    for word in words:
        head = noun_a_compound_modifies(word)
        verb = head.head
        if head is word or head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i == cue.i or cue_stance(verb) \
                or not done_for_the_stance(verb, cue):
            return False
    return bool(words)


def _issue_words(cue: Token, issue: str) -> list[Token]:
    """The words below the stance word that name the issue ('gun' of 'defend gun rights'), not those of a verb
    coordinated with it, which states its own ('called for the reinstatement of an assault weapons ban, favors a
    California proposal regulating ammunition': the ammunition is the favoured proposal's, not the ban's)."""
    other = {t.i for c in cue.children if c.dep_ == "conj" and c.pos_ == "VERB" for t in c.subtree}
    return [t for t in cue.subtree if t.i != cue.i and t.i not in other and phrase_at(t) == issue]


def _measure_on_the_issue(cue: Token, issue: str, places: Places) -> str | None:
    """The measure a stance acts on when a taxonomy word stands in its 'on' phrase: 'called for a moratorium on
    charter schools' is about the moratorium on charter schools, not education, whose family would lose which way
    the measure goes (so the claim was stored unlisted, `_family_word_behind_a_measure`); a noun with an 'on' phrase
    names a thing bearing on it. Only 'on': 'comments about immigrants', 'the fight against amnesty' and 'gun
    violence' name no measure. An issue that is itself the control of its word ('gun control') is named by the
    measure only when that halts or limits the word (`lexicon.HALTING_MEASURE_NOUNS`: 'called for a ban on assault
    weapons', which showed `assault weapon`, a demand for weapons to a reader, and was stored unlisted), or by an
    entitlement to the word ('defend gun rights'). The parser often hangs the 'on' phrase on the
    stance verb right after its object ('criticized the new moratorium on deepwater drilling', which listed
    climate and energy / oppose, the wrong way round): the object it follows is the measure."""
    if ISSUE_FAMILY.get(issue) in (None, "territory"):
        return None
    control = issue.endswith(" control")
    if control and (entitlement := _entitlement_of_the_word(cue, issue, places)) is not None:
        return entitlement
    for word in _issue_words(cue, issue):
        on = word.head
        if control and not (word.dep_ == "compound" and on.lemma_.lower() in lexicon.HALTING_MEASURE_NOUNS
                            or word.dep_ == "pobj" and on.lower_ == "on"
                            and on.head.lemma_.lower() in lexicon.HALTING_MEASURE_NOUNS):
            continue
        if word.dep_ == "compound" and (stance_slot(on, cue) or _halting_object(on, cue) or _restored(on, cue)) \
                and measure_noun(on) and _family_word_behind_a_measure(cue, issue):
            phrase = noun_phrase(on, places)  # "called for more school investment": the investment, not education
            if phrase is not None:
                return phrase
            continue
        wrapped = _act_a_vague_noun_wraps(word, cue)
        if wrapped is not None:
            named = act_issue(wrapped, places)  # "welcomed the decision to extend sanctions against Russia"
            if named is not None:
                return whose_act(wrapped, named, cue)
        act = _act_above(word, cue)
        if act is not None:
            phrase = noun_phrase(act, places)  # "would not accept the deployment of European troops in Ukraine"
            if phrase is not None and " of " in phrase:
                return phrase
            continue
        if word.dep_ != "pobj" or on.dep_ != "prep" or on.lower_ != "on":
            continue
        if on.head.i == cue.i and cue.pos_ == "VERB":
            measure = next((o for o in cue.children if o.dep_ == "dobj" and o.pos_ == "NOUN"
                            and topic_phrase_after_the_object(cue, o) == on), None)
            named = noun_phrase(measure, places) if measure is not None and measure_noun(measure) else None
            if named is not None and " on " not in named:
                inner = [c.lower_ for c in word.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
                return f"{named} on " + " ".join(inner + [word.lower_ if word.pos_ == "NOUN" else word.text])
            continue
        if measure_noun(on.head) and not _under_another_subject(on.head, cue) and _family_word_behind_a_measure(cue, issue):
            phrase = noun_phrase(on.head, places)
            if phrase is not None and " on " in phrase:
                return phrase
    return None


def _act_a_vague_noun_wraps(word: Token, cue: Token) -> Token | None:
    """The act a vague noun the stance acts on stands for (`issue.act_a_vague_noun_names`: 'welcomed the decision to
    extend sanctions', 'criticized the move to cut military aid'), when the issue's word is that act's object: the act
    is the issue, whose direction the family's label would lose (the claim was stored unlisted)."""
    verb = word.head
    if word.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    noun = verb.head
    act = act_a_vague_noun_names(noun)
    if act is None or act.i != verb.i:
        return None
    return verb if noun.dep_ == "dobj" and noun.head.i == cue.i or stance_slot(noun, cue) else None


def _act_above(word: Token, cue: Token) -> Token | None:
    """A noun of doing something to a thing (`lexicon.ACT_NOUNS`) that the stance verb takes as its object or asks
    for, with the issue's word in its 'of' phrase or its purpose: the act done to the thing is the issue ('the
    deployment of European troops', 'the use of frozen Russian assets to fund Ukraine'), not the thing's label, which
    says nothing of which way."""
    node = word
    while node.head.i != node.i and node.i != cue.i:
        if node.i != word.i and node.pos_ == "NOUN" and node.lemma_.lower() in lexicon.ACT_NOUNS:
            return node if node.dep_ == "dobj" and node.head.i == cue.i or stance_slot(node, cue) else None
        if node.dep_ not in ("pobj", "prep", "acl", "dobj", "compound", "amod", "conj") \
                or node.pos_ == "VERB" and node.dep_ != "acl":
            return None
        node = node.head
    return None


def _entitlement_of_the_word(cue: Token, issue: str, places: Places) -> str | None:
    """'defend gun rights' (was gun control / support, stored unlisted): an issue named for the control of its word
    is the other way round from an entitlement to that word (`lexicon.ENTITLEMENT_NOUNS`), so the entitlement with
    its compound is the issue, as a measure on the issue is."""
    for word in _issue_words(cue, issue):
        owner = word.head
        if word.dep_ == "compound" and owner.lemma_.lower() in lexicon.ENTITLEMENT_NOUNS \
                and (owner.dep_ == "dobj" and owner.head.i == cue.i or stance_slot(owner, cue)):
            return noun_phrase(owner, places)
    return None


def _restored(noun: Token, cue: Token) -> bool:
    """A measure a stance asks to bring back or keep ('called for the reinstatement of an assault weapons ban'): the
    'of' object of a restoring noun (`lexicon.RESTORING_NOUNS`) in the stance's own slot, which is about the measure
    (the weapons of the ban's compound had given the label 'military aid'; round 39 pool row 44)."""
    restoring = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return restoring is not None and restoring.lemma_.lower() in lexicon.RESTORING_NOUNS \
        and (stance_slot(restoring, cue) or restoring.dep_ == "dobj" and restoring.head.i == cue.i)


def _halting_object(noun: Token, cue: Token) -> bool:
    """A stance verb's direct object that halts what its compound names ('oppose the drilling moratorium': for
    drilling, not against it; `lexicon.HALTING_MEASURE_NOUNS`). Other objects keep `stance_slot`'s reading ('would no
    longer approve drilling permits' rejects the drilling)."""
    return cue.pos_ == "VERB" and noun.dep_ == "dobj" and noun.head.i == cue.i \
        and noun.lemma_.lower() in lexicon.HALTING_MEASURE_NOUNS


def _definite_measure_named_before(cue: Token, places: Places) -> str | None:
    """'The new moratorium was panned by industry groups', 'criticized the new moratorium': a definite noun the
    stance acts on that says nothing of what it bears on is the measure the document names in full elsewhere with a
    taxonomy word ('its initial offshore deep-water drilling moratorium', 'a moratorium on deepwater drilling'), as a
    reader resolves a definite description by its head. Only a measure noun (`measure_noun`) with 'the' and
    nothing of its own; the conjunct of a passive ('... and supported by environmentalists') acts on the subject."""
    if cue.pos_ != "VERB":
        return None
    objects = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and cue.dep_ == "conj" and any(c.dep_ == "agent" for c in cue.children):
        objects = [c for c in cue.head.children if c.dep_ == "nsubjpass"]
    noun = objects[0] if objects else None
    if noun is None or not measure_noun(noun) or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or any(c.dep_ in ("compound", "prep", "poss", "acl", "relcl") for c in noun.children):
        return None
    for other in noun.doc:
        if other.i == noun.i or other.pos_ not in ("NOUN", "PROPN") or other.lemma_.lower() != noun.lemma_.lower():
            continue
        words = [c for c in other.children if c.dep_ in ("compound", "amod")] + [
            o for p in other.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
        if any(ISSUE_FAMILY.get(phrase_at(w) or "") not in (None, "territory") for w in words):
            phrase = noun_phrase(other, places)
            if phrase is not None:
                return phrase
    return None


def _stands_for_its_of_phrase(noun: Token, below: Token) -> bool:
    """'rejected the idea of a European peacekeeping force', 'the prospect of sanctions', 'offered to host a new round of
    direct talks': a notion noun (`lexicon.NOTION_NOUNS`) or a unit of a thing (`lexicon.UNIT_NOUNS`) whose 'of'
    phrase holds the issue stands for that issue, no measure of its own ('rejected the idea of a ceasefire' and the
    round of talks offered were stored unlisted, as 'slammed Trump's comments about immigrants' rightly is); an amount
    is one ('supported increasing the number of H-1B visas' is on the number, round 43 pool row 182)."""
    lemma = noun.lemma_.lower()
    return (lemma in lexicon.NOTION_NOUNS or lemma in lexicon.UNIT_NOUNS) and below.dep_ == "prep" \
        and below.lower_ == "of"


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
    node, below = word.head, word
    while node.i != cue.i:
        if node.pos_ in ("NOUN", "PROPN") and phrase_at(node) is None and node.lemma_.lower() not in lexicon.STANCE_NOUNS \
                and not cue_stance(node) and not _stands_for_its_of_phrase(node, below) \
                and not (below.dep_ == "compound" and node.lemma_.lower() in lexicon.POLICY_MEASURE_NOUNS
                         and phrase_at(below) in lexicon.TARGETED_ISSUES):
            return True
        if node.pos_ == "VERB" and word.lemma_.lower() in lexicon.PEOPLE_ISSUE_WORDS and phrase_at(node) is None \
                and not cue_stance(node):
            return True
        if node.head.i == node.i:
            return False
        node, below = node.head, node
    return False


def _act_on_a_named_measure(cue: Token, issue: str) -> bool:
    """'Donald Trump wants to repeal the Dodd-Frank Act': an act a want, promise or offer is of, done to a named law or
    a policy measure its words say which of (`words.names_which_measure`), is a policy wanted, listed as a
    stance-taking word's would be (development recall reading: "has declared that he plans to repeal much of the
    Dodd-Frank Act"); efforts and deals on other things stay by the issue's family."""
    need = cue.pos_ == "NOUN" and cue.lemma_.lower() == "need"  # "emphasized the need to lift the moratorium on
    # deepwater drilling": a need its holder states asks the act of no one addressed, as a want does
    if not (_a_want_or_promise(cue) or need and cue.lemma_.lower() not in lexicon.STANCE_TAKING_CUES):
        return False  # a directive's own rule says whom it must address ("urged residents to accept the evacuation
        # plan" is an emergency request); what one agrees to do is a deal ("agreed to effectively end his bid for
        # Indiana", "agreed to pick up the Chipotle bill": the first version listed both)
    act = next((v for v in (cue, *(c for c in cue.children if c.dep_ == "xcomp" or need and c.dep_ == "acl"))
                if v.pos_ == "VERB" and v.lemma_.lower() == issue.removeprefix("not ").split()[0]), None)
    return act is not None and any(c.dep_ == "dobj" and names_which_measure(c) for c in act.children)


def _a_want_or_promise(cue: Token) -> bool:
    """A word that takes no stance in public by itself but wants, promises or offers (support or propose): what it is
    of lists only where the thing is a named measure or an issue of a known family."""
    return cue.lemma_.lower() not in lexicon.STANCE_TAKING_CUES and cue_stance(cue) in ("support", "propose")


def _named_measure_wanted(cue: Token, issue: str, family: str) -> bool:
    """'Sanders wants a vast expansion of the federal government', 'Salazar promised an overhaul of federal
    regulations': a policy measure its words say which of (`words.names_which_measure`), itself the object of a want,
    promise or offer, is a policy wanted, listed as an act on one is (`_act_on_a_named_measure`; session 56's
    development recall reading: 'wants' with an object stored, never listed). Not help promised (a deed family, as
    `listing_by_issue` keeps out), nor an object the parser took from a clause it is the subject of ('promised her
    entire infrastructure program would be paid for through business tax reform')."""
    if family in lexicon.DEED_FAMILIES or cue.pos_ != "VERB" or not _a_want_or_promise(cue):
        return False
    return any(c.dep_ == "dobj" and names_which_measure(c) and c.lower_ in issue.split()
               and not _subject_of_a_clause_read_as_object(c) for c in cue.children)


def _subject_of_a_clause_read_as_object(noun: Token) -> bool:
    """'her entire infrastructure program' of 'promised her entire infrastructure program would be paid for': a finite
    verb or a modal right after the noun's phrase makes the phrase its subject, whatever the parser hung it on."""
    end = noun.right_edge.i + 1
    return end < len(noun.doc) and noun.doc[end].tag_ in ("MD", "VBZ", "VBD", "VBP")


def listing_by_issue(family: str) -> Listing:
    """The listing rule for a claim whose word takes no stance by itself (a promise, an agreement, a
    quoted modal 'should'): listed only for an issue of a known family other than places and aid."""
    if family == OPEN_ISSUE_FAMILY:
        return False, "a word that takes no stance in public, on an issue of no known family"
    if family in lexicon.DEED_FAMILIES:
        return False, "a word that takes no stance in public, on " + ("a place" if family == "territory" else family)
    return True, "an issue of a known family"


def listing_of(reasons: list[tuple[str, Callable[[], bool]]], unlisted: str,
               vetoes: list[tuple[str, Callable[[], bool]]]) -> Listing:
    """The first reason that holds lists the claim unless a veto holds; `unlisted`: why not when no reason holds.
    Checks run lazily, in order, as the `and` / `or` expression they replace did."""
    reason = next((why for why, holds in reasons if holds()), None)
    if reason is None:
        return False, unlisted
    veto = next((why for why, holds in vetoes if holds()), None)
    return (False, veto) if veto is not None else (True, reason)


def _names_an_action(issue: str, sentence) -> bool:
    """An open issue made of a verb and its object ('release police video', 'plug well'): what
    `open_issue` writes for a clause. Open issues named by a bare thing ('a witty look', 'his milk',
    'help') are mostly no positions."""
    first = issue.removeprefix("not ").split()[0]  # "not expand offshore oil drilling"
    return issue not in ISSUE_FAMILY and any((t.pos_ == "VERB" or clause_head_tagged_noun(t)) and t.lemma_.lower() == first
                                             for t in sentence)


def _asks_someone_unnamed(cue: Token) -> bool:
    """'asked the crowd to welcome the governor', 'urging them to send an ambulance': what someone
    no name identifies is asked to do is most often a personal or practical request, not a
    position ('urged BP to commit more resources' names who is asked, 'urging him to avoid
    escalating the war' one person named before)."""
    asked = [c for c in cue.children if c.dep_ == "xcomp"]
    if not asked:
        return False
    addressees = [c for c in cue.children if c.dep_ == "dobj"] + _called_on(cue)
    # "calling on internet users to apply a critical eye" asks them as "asked the crowd to" does
    if any(a.ent_type_ not in HOLDER_LABELS and a.pos_ != "PROPN" and a.lower_ not in ("him", "her")
           and not _the_sides(a) for a in addressees):
        return True
    return any(a.ent_type_ == "NORP" for a in addressees) and any(
        v.lemma_.lower() in lexicon.GIVING_VERBS for v in asked)


def _called_on(cue: Token) -> list[Token]:
    """Who an 'on' phrase of the stance word names ('called on BP to'); the parser reads the 'on' of "calling on
    attendees to oppose bigotry" as a particle as often as a preposition."""
    return [g for c in cue.children if c.dep_ in ("prep", "prt") and c.lower_ == "on" for g in c.children
            if g.dep_ == "pobj"]


def _cue_is_stance(parsed: Doc, quote: Quote, stance_tokens: set[int]) -> bool:
    cue = span_at(parsed, quote.cue_start, quote.cue_end) \
        if quote.cue_start is not None and quote.cue_end is not None else None
    return cue is not None and any(t.i in stance_tokens for t in cue)


def _named_tokens(parsed: Doc, mentions: list[Mention]) -> Named:
    found = Named()
    found.aliases = {}
    for mention in mentions:
        if mention.label in HOLDER_LABELS:
            found.update(range(*token_range(parsed, mention)))
            found.aliases.setdefault(mention.text, (mention.start, mention.end))
    return found


def _commits_to_another_stance(cue: Token) -> bool:
    """'vowed to veto the bill', 'wants to accept': the verb below carries the subject's stance."""
    return cue.lemma_.lower() in lexicon.COMMITMENT_VERBS and not object_controls(cue) and \
        any(c.dep_ == "xcomp" and cue_stance(c) for c in cue.children)


def _demands_in_quotes(parsed: Doc, doc: Document, timexes: list[Timex], quotes: list[Quote], places: Places,
                       stance_tokens: set[int]) -> list[Claim]:
    """'Clinton said the police must release the video', '"Ukraine should get guarantees," Hegseth
    said': what a speaker says someone should or must do is the speaker's demand ('should not':
    opposition). The attribution stage gives the speaker and what they said."""

    found = []
    for quote, (start, end), verb in _words_speakers_ask(parsed, quotes):
        if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "ccomp", "conj"):
            continue
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        deontic = bool(auxiliaries) and auxiliaries[0].lower_ in lexicon.DEONTIC_MODALS \
            and not any(a.lower_ in ("have", "'ve") for a in auxiliaries)  # "must have known" says what was
        obliged = _obliged_act(verb)  # "Ukraine would have to make territorial concessions": must make them
        if obliged is not None:
            if is_negated(verb):
                continue  # "does not have to": no obligation, nor its opposite
            deontic = True
        acted = obliged if obliged is not None else verb
        if acted.i in stance_tokens and not (cue_stance(acted) in ("concede", "accept") and deontic):
            continue  # the stance word's own claim; but "Trump said Ukraine should give up some territory" is
            # Trump's demand, not Ukraine's concession (a hypothetical, which the stance word's claim drops), and
            # "Trump said Ukraine must accept the peace plan" his demand of the plan
        sentence = verb.sent  # Token.sent walks to the sentence's ends: once per verb, and only for these
        if is_headline(sentence) or is_hypothetical(verb, sentence, modals=False) \
                or any(t.lower_ in lexicon.CONDITION_MARKERS for t in sentence):
            continue  # "the fact these regulations should not be designed ...", "... unless a storm heads our way"
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in VIEW_VERBS and any(
                c.dep_ == "nsubj" and (c.lower_ in ("that", "which") or c.pos_ == "NOUN" and not c.ent_type_
                                       and not start <= c.idx < end)  # a name the tagger took for a noun
                for c in verb.head.children):
            continue  # "a philosophy that says corporations should be allowed ...": a thing's saying, quoted
        needs = _says_a_party_needs_a_thing(verb, auxiliaries)  # '"Ukraine needs security guarantees," he said'
        if not needs and not deontic:
            continue
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
        if (not needs and obliged is None and auxiliaries[0].lower_ == "should"
                and any(c.dep_ == "auxpass" for c in verb.children)
                and _timed(verb, timexes)):
            continue  # "the results should be known later on Friday", "the well should be sealed
            # within 96 hours": what is expected to happen by a time, a forecast
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        terms = subject is not None and subject.dep_ == "nsubj" and _a_deal_being_made(subject)
        if subject is not None and subject.lower_ == "you" and _addressee_named(parsed, quote):
            pass  # '"You should give back the money," Warren told Stumpf': a demand of the one named
        elif terms and verb.lemma_.lower() not in VIEW_VERBS:
            pass  # "any peace deal must include security guarantees for Ukraine": a term asked of the deal
        elif subject is None or subject.dep_ == "nsubj" and not _is_party(subject) or verb.lemma_.lower() in VIEW_VERBS:
            continue  # "testing should begin", "oxygen levels should continue to drop": a forecast;
            # a passive ("the video should be released") says what someone should do
        view = _holds_a_view(verb)
        if view and not _view_of_the_speaker(verb.head, start, end):
            continue  # "Salazar said BP thinks the moratorium should be lifted": BP's view, which he reports
        negated = is_negated(verb) != (view and is_negated(verb.head))  # "I don't think we should": the view's
        stance = "oppose" if negated else "support" if view else "demand"  # negation is the clause's
        if negated and acted.i in stance_tokens:
            stance = lexicon.NEGATED_STANCES["concede"]  # "Ukraine must not give up the Donbas": land kept
        issues = _issues_of_an_act(acted, places)
        if terms:
            issues = [i for i in issues if i != phrase_at(subject)]  # the terms asked for, not the deal itself
        if needs:
            issues = [i for i in issues if i in ISSUE_FAMILY]  # a need of a known issue: "we need leadership",
            # "we need a big change" are slogans
        date, date_range = _date_of_what_a_speaker_asks(verb, quote, (start, end), parsed, timexes, doc, quotes)
        for issue in issues:
            named = specific_issue(verb, issue, places, text_of(parsed)[start:end])
            family = _family_of_an_act(issue, acted, places)
            by_issue = listing_by_issue(family)
            listed, listing = listing_of(
                [(by_issue[1], lambda: by_issue[0]),
                 ("land a party is to give or leave", lambda: family == "territory" and (
                     acted.i in stance_tokens or _land_in_the_act(acted, places))),
                 ("aid one party should give another",
                  lambda: not needs and _aid_a_party_should_give(verb, subject, family, places))],
                by_issue[1], _misleading_labels(verb, issue, named))
            found.append(Claim(doc=doc.id, start=sentence.start_char, end=sentence.end_char, holder_start=start,
                               holder_end=end, holder_text=text_of(parsed)[start:end], issue=named,
                               issue_family=family, stance=stance,
                               cue=verb.text if needs else f"{verb.text} to {acted.text}" if obliged is not None
                               else f"{auxiliaries[0].text} {verb.text}", date=date,
                               date_range=date_range,
                               quote=quote.id, action=_names_an_action(issue, sentence),
                               listed=listed, listing=listing, detail=issue_detail(verb, issue)))
        # a modal "should"/"must" in a quote takes no stance by its word
    return found


def _words_speakers_ask(parsed: Doc, quotes: list[Quote]):
    """(quote, the speaker's name's characters, a verb of what they said) for every quote whose speaker says its
    words as their own (`_speaker_asking`): a verb, as what a speaker asks of others is an act (both readers,
    `_demands_in_quotes` and `_conditions_set`, start from a verb)."""
    for quote in quotes:
        speaker = _speaker_asking(parsed, quote, quotes)
        if speaker is not None:
            for word in _said_verbs(parsed, quote):
                yield quote, speaker, word


def _speaker_asking(parsed: Doc, quote: Quote, quotes: list[Quote]) -> tuple[int, int] | None:
    """The characters of the name of the one who says a quote's words as their own, so that what they say others
    must do is their demand; None for a denial, a speaker the attribution stage did not resolve, a pollster's voters
    or one who only knows it."""
    if quote.negated or quote.speaker_start is None or quote.speaker_ref_start is None:
        return None
    start, end = quote.speaker_ref_start, quote.speaker_ref_end
    pronoun = (quote.speaker_text or "").lower() in PERSONAL_PRONOUNS
    if not pronoun and not (quote.speaker_start <= start and end <= (quote.speaker_end or 0)):
        return None  # "a poll found that 74 percent of voters said ...": the voters, not the pollster
    if pronoun and not subject_of_sentence_before(parsed, min(quote.start, quote.speaker_start), start, end, quotes):
        return None  # a speaker pronoun stands for a name only as the subject of the sentence before
    said = span_at(parsed, quote.cue_start, quote.cue_end) if quote.cue_start is not None else None
    if said is not None and said.root.lemma_.lower() in lexicon.KNOWING_VERBS:
        return None  # "Trump knows we must rethink our immigration policies": the writer's, not Trump's
    return start, end


def _conditions_set(parsed: Doc, doc: Document, timexes: list[Timex], quotes: list[Quote],
                    places: Places) -> list[Claim]:
    """'Putin said Russia would stop fighting if Ukrainian troops withdrew from the Donbas', 'Szijjarto said Budapest
    would veto any new EU sanctions package unless Hungary was granted an exemption': the act a speaker's side sets
    another named party as the condition of what it will or would do is the speaker's demand (the vocabulary's
    demand: what one wants another party to do, as a condition). An 'if' asks its act only of an offer: under a
    threat ('would not attend if Russia attended', 'would impose sanctions if Russia attacked', a refusal or a
    coercive measure) the act is what the speaker wants not done. 'unless', 'provided' and a negated 'if' ('was
    prepared to go further if Moscow did not agree to a ceasefire') ask it whatever the commitment."""
    found = []
    for quote, (start, end), clause in _words_speakers_ask(parsed, quotes):
        party = party_a_condition_asks(clause)
        if party is None or start <= party.idx < end:
            continue
        commitment = commitment_on_condition(clause)
        if commitment is None or not quote.start <= commitment.idx < quote.end \
                or clause not in conditions_set_on_another(commitment):
            continue
        sentence = clause.sent
        if is_headline(sentence) or is_hypothetical(commitment, sentence, modals=False):
            continue
        mark = next(c.lower_ for c in clause.children if c.dep_ == "mark")
        negated = is_negated(clause)
        if negated and mark != "if" or mark == "if" and not negated and _a_threat(commitment, places):
            continue
        issues = _issues_of_an_act(clause, places)
        date, date_range = _date_of_what_a_speaker_asks(commitment, quote, (start, end), parsed, timexes, doc,
                                                        quotes)
        for issue in issues:
            named = specific_issue(clause, issue, places, text_of(parsed)[start:end])
            family = _family_of_an_act(issue, clause, places)  # "if Ukraine withdrew from Donetsk"
            by_issue = listing_by_issue(family)
            listed, listing = listing_of(
                [(by_issue[1], lambda: by_issue[0]),
                 ("land a party is to give or leave",
                  lambda: family == "territory" and _land_in_the_act(clause, places))],
                by_issue[1], _misleading_labels(clause, issue, named))
            found.append(Claim(doc=doc.id, start=sentence.start_char, end=sentence.end_char, holder_start=start,
                               holder_end=end, holder_text=text_of(parsed)[start:end], issue=named,
                               issue_family=family, stance="demand", cue=f"{mark} {clause.text}", date=date,
                               date_range=date_range, quote=quote.id, action=_names_an_action(issue, sentence),
                               listed=listed, listing=listing, detail=issue_detail(clause, issue)))
    return found


def _issues_of_an_act(act: Token, places: Places) -> list[str]:
    """What an act a speaker asks for is about: the act itself where it undoes what it governs ('They should shut
    down all the drilling': not a demand for drilling, round-30 sheet row 71), else the issues under it, else the
    verb's phrase."""
    if undoes_what_it_governs(act, places) or act.lemma_.lower() in lexicon.HALTING_VERBS:
        undone = act_issue(act, places)  # "Russia must stop its strikes on Ukrainian cities": the stopping
        if undone:
            return [undone]
    left = _lands_in_the_act(act, places)
    if left:
        return left  # "Ukraine must withdraw its troops from Donetsk": Donetsk, not troops
    return issues_under(act, places) or [i for i in [verb_phrase_issue(act, places)] if i]


def _date_of_what_a_speaker_asks(verb: Token, quote: Quote, speaker: tuple[int, int], parsed: Doc,
                                 timexes: list[Timex], doc: Document, quotes: list[Quote]) -> tuple[str | None, list[str] | None]:
    """The saying's time, not the act's ('must release the video by Friday'); else the day of the sentences
    around ('Graham warned in a speech Jan. 14 ... Graham said ...')."""
    date, date_range, _ = date_of_stance(verb, quote, timexes, doc, own_words=False)
    if not date and not date_range:
        start, end = speaker
        date = day_of_the_sentences_around(verb, (start, end, text_of(parsed)[start:end]), timexes, doc, quotes)
    return date, date_range


def _family_of_an_act(issue: str, act: Token, places: Places) -> str:
    """An open act on land ('give up any aspirations of reclaiming Crimea') is in the territory family."""
    family = issue_family(issue, places)
    return "territory" if family == OPEN_ISSUE_FAMILY and _land_in_the_act(act, places) else family


def _a_threat(commitment: Token, places: Places) -> bool:
    """What one will do to another if it acts: a refusal ('would not attend', 'would veto'), or a coercive measure
    ('would impose sanctions', 'would strike')."""
    if is_negated(commitment) or cue_stance(commitment) in ("reject", "oppose"):
        return True
    if commitment.lemma_.lower() in lexicon.HALTING_VERBS:
        return False  # "would halt its offensive if Ukraine withdrew": stopping a coercive act is an offer
    return any(issue in lexicon.TARGETED_ISSUES or issue_family(issue, places) in lexicon.COERCIVE_FAMILIES
               for issue in issues_under(commitment, places))


WH_TAGS = {"WDT", "WP", "WP$", "WRB"}


def _aid_a_party_should_give(verb: Token, subject: Token | None, family: str, places: Places) -> bool:
    """'Merz said Germany should send more weapons to Ukraine': aid a speaker says one named government or body must
    give another is the speaker's demand on the aid, listed as a directive to a named party is. Aid is a deed family
    (handing over, approving funding: `lexicon.DEED_FAMILIES`), so a quoted must on it is listed only so: a named
    giver that is not the one it goes to ('Haiti must get more aid' asks for itself)."""
    if family != "aid" or subject is None or subject.pos_ != "PROPN" \
            or subject.ent_type_ not in ("GPE", "ORG", "NORP", "LOC"):
        return False
    given = [verb] + [o for o in verb.children if o.dep_ == "dobj"]  # "send weapons to Ukraine", "support for Ukraine"
    recipients = [o for word in given for p in word.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for")
                  for o in p.children if o.dep_ == "pobj"]
    return any(o.i in places.at and o.text != subject.text for o in recipients)


def _says_a_party_needs_a_thing(verb: Token, auxiliaries: list[Token]) -> bool:
    """'"Ukraine needs security guarantees that work," Zelenskyy said': what a speaker says a party needs is asked for
    as a must is; a thing, not an act ("we need to win" tells an aim), and not denied."""
    return verb.lemma_.lower() == "need" and not auxiliaries and not is_negated(verb) \
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children) \
        and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _a_deal_being_made(subject: Token) -> bool:
    """'any peace deal', 'a final agreement', 'any settlement': a deal not yet made, whose terms a must asks for."""
    family = ISSUE_FAMILY.get(phrase_at(subject) or "")
    return (family == "diplomacy" or subject.lemma_.lower() in ("agreement", "settlement", "deal", "accord")) and any(
        c.dep_ == "det" and c.lower_ in ("any", "a", "an") for c in subject.children)


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
    """A named party, a group named after one ('Charlotte officials'), a personal pronoun, a region named as one
    ('Merz said Europe must increase military support for Ukraine': the governments of a continent asked as one), or
    the body that governs, as a directive addresses it (`_the_institution`: 'the administration', 'the government')."""
    return names_a_party(subject) or subject.lower_ in DEMANDABLE_PRONOUNS \
        or subject.ent_type_ == "LOC" and subject.pos_ == "PROPN" and subject.dep_ == "nsubj" \
        or _the_institution(subject)  # "Jindal said the federal government should lift the moratorium"


def _said_verbs(parsed: Doc, quote: Quote) -> list[Token]:
    """The verbs among a quote's words, found in the parse's POS column: a Token only for each of them."""
    span = parsed.char_span(quote.start, quote.end, alignment_mode="contract")
    if span is None:
        return []
    pos = parse_columns(parsed).pos
    return [parsed[i] for i in range(span.start, span.end) if pos[i] == "VERB"]


CONTENT_DEPS = {"ccomp", "xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "appos"}


def _content_of_another_stance(cue: Token, stance_tokens: set[int]) -> bool:
    """'demanded that Ukraine cede Donetsk', 'urged Putin to accept a ceasefire': the verb is what
    the other stance is about, not a stance of its subject. A passive with its agent ('a
    condition accepted by Zelenskyy') and a noun with its possessor ('Trump's call') state one."""
    if cue.pos_ != "VERB" or any(c.dep_ == "agent" for c in cue.children):
        return False
    node = cue
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lexicon.COMMITMENT_VERBS and not object_controls(cue.head):
        return False  # "vowed to veto": the subject's own stance
    if cue.dep_ in ("advcl", "relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        node = cue.head  # "a call for the United States to accept more refugees"
        if node.i in stance_tokens and node.pos_ in ("VERB", "NOUN"):
            return True
        if cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in cue.children) and any(
                c.dep_ == "dobj" and c.pos_ == "NOUN" and (c.i in stance_tokens or c.lemma_.lower() in lexicon.STANCE_NOUNS)
                for c in node.children):
            return True  # "issued new calls for Obama to abandon his plans", the clause hung on the verb
    while (node.dep_ in CONTENT_DEPS or is_content_clause(node)) and node.head.i != node.i:
        if node.dep_ in ("acl", "relcl") and not is_content_clause(node) and any(c.dep_ == "nsubj" for c in node.children):
            return False  # "a suggestion Russia rejected": a relative clause with its own holder
        node = node.head
        if node.i in stance_tokens and node.pos_ in ("VERB", "NOUN"):
            return True
        while node.dep_ == "conj" and node.head.dep_ in ("xcomp", "ccomp") and node.head.i != node.i:
            node = node.head  # "pushed Democrats to moderate their stance ... and to say they support the Second
            # Amendment": a complement coordinated with another is the asking's content too (round 44 pool row 29);
            # the conjunct it is coordinated with is no stance above it ("wants a ceasefire and would accept talks")
    return False


def _readied_verb(cue: Token) -> Token | None:
    if cue.pos_ != "ADJ":
        return None
    return next((c for c in cue.children if c.dep_ == "xcomp" and cue_stance(c)), None)


def _says_what_it_is_for(noun: Token) -> bool:
    """'its bid to join NATO', 'his threat of tariffs', 'their push for a wealth tax': the noun is a move
    on an issue it names, not an undertaking of its own ('its investigation into ...')."""
    return any(c.dep_ in ("acl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               or c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "on") for c in noun.children)


def _claims_of(cue: Token, stance: str, places: Places, other_cues: set[int]) -> list[tuple[str, str, bool]]:
    """(issue, stance, earlier) for one stance word: a dropped demand also gives the earlier demand."""
    said = stance
    top, extra = stance_scope(cue)
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
        if not issues and earlier_stance in OPEN_ISSUE_STANCES:
            named = open_issue(noun, places)  # "backed off his call for a ban on Muslims" (session 53 probe: nothing)
            issues = [named] if named else []
        return [(issue, "drop", False) for issue in issues] + [(issue, earlier_stance, True) for issue in issues]
    if cue.pos_ == "VERB" and cue.lemma_.lower() in lexicon.POLICY_UNDOING_VERBS:
        act = act_issue(cue, places)  # "will repeal the Iran nuclear deal": the repeal is what is proposed
        return [(act, stance, False)] if act else []
    if cue.pos_ == "NOUN" and cue.dep_ in ("dobj", "pobj") and cue.head.i in other_cues and cue_stance(cue.head) == "drop":
        return []  # the drop claim covers it
    if cue.lemma_.lower() in lexicon.JUDGING_VERBS and any(c.dep_ == "prep" and c.lower_ == "for" for c in cue.children):
        judged = [c for c in cue.children if c.dep_ == "dobj"]
        if (not judged and cue.pos_ == "VERB") or any(c.lower_ in JUDGED_PRONOUNS for c in judged):
            # someone judged for what they did, not an issue: "Hong Kong, criticised for delaying quarantine
            # measures" (the criticised, misparsed as holder); "criticized him for using the speech to push ..."
            return []
    if stance in ("support", "oppose", "accept", "reject") and any(
            c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG") and c.i not in places.at for c in cue.children):
        return []  # "welcomes Prime Minister David Cameron for his first visit": a person, not an issue
    if stance == "reject" and cue.pos_ == "VERB" and any(_tells_what_happened(c) for c in cue.children if c.dep_ == "ccomp"):
        return []  # "dismissed talk it had held discussions": a denial of what happened, not a rejection
    if stance == "accept" and cue.lemma_.lower() == "approve" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicon.GRANTED_OBJECTS for c in cue.children):
        return []  # "the Coast Guard approved BP's requests to override a directive": granting a request
    if stance == "accept" and cue.lemma_.lower() == "approve" and any(
            c.dep_ == "dobj" and any(t.ent_type_ == "MONEY" for t in c.subtree) for c in cue.children):
        return []  # "approved 3m euros of emergency funding": granting money, not accepting it
    if stance == "accept" and any((c.dep_ == "dobj" or c.dep_ == "nsubjpass" and is_argument(c))
                                  and any(n.dep_ == "nummod" for n in c.children) for c in cue.children):
        return []  # "had accepted 11,491 Syrian refugees": a count taken in is an act, not a stance
    givers = [v for v in cue.subtree if v.lemma_.lower() in lexicon.HANDOVER_VERBS or v.i == cue.i and stance == "concede"]
    recipients = {places.at[g.i][0] for v in givers for p in v.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                  for g in p.children if g.dep_ == "pobj" and g.i in places.at}
    # "handed over control of the airport to the US", "refused to cede Donetsk to Russia": who receives is no issue
    issues = [i for i in issues_under(top, places) if i not in recipients]
    if stance == "concede" and cue.lemma_.lower() == "hand" and issues \
            and all(ISSUE_FAMILY.get(i) == "diplomacy" for i in issues):
        return []  # "Medinsky handed over a memorandum demanding ...": a paper delivered, not a thing conceded
    approved = next((c for c in cue.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if stance == "accept" and cue.lemma_.lower() == "approve" and approved is not None and approved.lemma_.lower() == "plan":
        named_places = {name for name, _, _ in places.at.values()}
        own = {phrase_at(m) for m in approved.children if m.dep_ in ("compound", "amod")}
        issues = [i for i in issues if i in own or i in named_places
                  or i in ISSUE_FAMILY and ISSUE_FAMILY[i] not in lexicon.DEED_FAMILIES]
        if not issues:
            return []  # "approved a plan to drill the wells": granting another's plan; a peace plan or a
            # plan to join NATO approved is agreement on the matter; "a plan to drill two relief wells"
            # names aid only by a word of what is to be done, as an act does
    if stance == "accept" and cue.pos_ == "VERB" and approved is not None and issues and phrase_at(approved) is None \
            and all(any(phrase_at(m) == issue for m in approved.children if m.dep_ in ("compound", "amod", "nmod"))
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
            named = open_issue(stance_object, places) or proposal_by_its_maker(stance_object, places)
            issues = [named] if named else []
    if not issues and stance in OPEN_ISSUE_STANCES:
        named = open_issue(top, places)
        issues = [named] if named else []
    if not issues and stance == "support":
        law = named_law_supported(top, places)
        issues = [law] if law else []
    if issues and stance in OPEN_ISSUE_STANCES - {"accept"} | {"support"}:
        issues += coordinated_issues(top, places, issues)  # not "agreed to maintain close dialogue and advance our
        # cooperation": what else a deal holds is its terms, no stance of its own
    direct = next((c for c in top.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if issues and direct is not None and stance in ("propose", "demand") \
            and all(ISSUE_FAMILY.get(i) not in (None, "territory") for i in issues) \
            and phrase_at(direct) is None and not issues_under(direct, places) \
            and not any(t.i in places.at for t in direct.subtree):
        # "offered indemnity to the vaccine manufacturers": what is offered, not a word further off
        named = open_issue(top, places)
        issues = [named] if named else issues
    if stance == "concede" and not issues:
        return []
    if cue.pos_ == "NOUN" and cue.lemma_.lower() in lexicon.OWN_ACTION_NOUNS and not _put_forward(cue):
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
    if stance_object is not None and cue.pos_ == "VERB" and said in ("oppose", "reject") and stance == said \
            and cue_stance(stance_object) in ("oppose", "reject"):
        stance = "support"  # "Democrats criticized his refusal to release his tax returns": against the refusal is for
        # the release (the issue is what the refusal is of; 'oppose release tax return' said the opposite)
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
    slot = open_slot(cue)
    own = slot is not None and slot.pos_ == "VERB" and (
        slot.dep_ == "xcomp" and slot.head.i == cue.i
        or slot.dep_ == "pcomp" and slot.head.dep_ == "prep" and slot.head.head.i == cue.i)
    asked = any(c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children) for c in cue.children)
    # "called upon Mayor Bill de Blasio to restart surveillance", "called for contestants to wear ...": another acts
    return own and not asked and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in slot.children)


def _own_plan_announced(cue: Token, organisation: bool) -> bool:
    """'BP announced a plan to drill a second relief well', 'Exxon unveiled a plan to cut 2,000 jobs': an
    organisation's plan put forward to do something itself is its own operation, not a proposal to anyone, whatever
    it is about (a government's or a person's plan is one)."""
    if not organisation or cue.pos_ != "NOUN" or cue.lemma_.lower() not in lexicon.OWN_ACTION_NOUNS \
            or not _put_forward(cue):
        return False
    act = next((c for c in cue.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return act is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children)


def _put_forward(noun: Token) -> bool:
    """'Clinton unveiled a plan to expand background checks', 'The White House released a proposal to cap drug
    prices': a plan or an offer a presenting verb takes (`lexicon.PRESENTING_VERBS`, with its particle where
    it has one: 'laid out', 'rolled out') is put forward, a proposal, not only what its holder means to do itself."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lexicon.PRESENTING_VERBS:
        return False
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return verb.lemma_.lower() not in ("lay", "roll", "put") or particle in ("out", "forward")


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
