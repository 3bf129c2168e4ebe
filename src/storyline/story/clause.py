"""The evidence clause shortened from the parse, for a headline when the event's frame is not sure.

A frame headline ('BP attacks', 'Gulf of Mexico – Louisiana explosion') is built from types and roles;
where the roles are guesses (nobody in the subject role, the party named is the one acted on, only
places) it misleads. The sentence's own clause, cut to who did what to whom, does not:
subject + verb (with auxiliaries, negation and particle) + object + one prepositional phrase,
in the sentence's words ('Transocean accuses BP of trying to conceal its failings').
A noun trigger gives the clause of the verb it is the object of, when that verb has a named subject
('Obama held a meeting with BP executives'), else its own noun phrase when the phrase says whose or
what it is ('House Energy and Commerce Committee hearing on the spill'); a bare noun gives none. A noun an act is
placed after ('The decision was made after a meeting of experts') gives that act's clause: the act is the news.
"""

from __future__ import annotations

from storyline.nlp.datelines import PLACE_LABELS, dateline_dash, is_dateline
from storyline.nlp.lexicon import SAYING_VERBS, STATEMENT_NOUNS
from storyline.story import lexicon
from storyline.story.lexicon import FINITE_TAGS, RELATIVE_PRONOUN_TAGS

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
PLURAL_NOUN_TAGS = {"NNS", "NNPS"}
SINGULAR_NOUN_TAGS = {"NN", "NNP"}
OBJECT_DEPS = {"dobj", "obj", "dative", "attr", "oprd", "acomp"}
VERB_GROUP_DEPS = {"aux", "auxpass", "neg", "prt"}
# What stays of a noun phrase: its name and the words that say which thing it is, not clauses,
# appositions or asides ("Rep. Edward J. Markey, D-Mass., a member of ..." -> "Rep. Edward J. Markey").
NOUN_PHRASE_DEPS = {"det", "poss", "case", "compound", "amod", "nummod", "nmod", "quantmod", "npadvmod"}
TIME_ENTITIES = {"DATE", "TIME"}
NEGATIVE_ADVERBS = {"never", "not", "n't"}  # with any adverb that carries a negation ('no longer')
# adverbs the parser gives for a phrasal verb's particle ('struck back', 'pulled out')
PARTICLE_ADVERBS = {"back", "out", "off", "up", "down", "away", "in", "on", "over"}
MAX_PHRASE_WORDS = 12  # a prepositional phrase longer than this is cut to its preposition and noun phrase
MAX_CLAUSE_WORDS = 18  # a clause longer than this drops its prepositional phrase, and is no headline if still longer
# A witness's act is the testifying, whatever was said: too long a testimony is headed by who testified ("Jackson's
# former personal assistant Michael Williams testified", MJ_bbc), not by the frame, which named those in the testimony
# ('Frank Dileo – Michael Jackson trial'). A statement's frame keeps what was said.
TESTIFYING_VERBS = {"testify"}


def _noun_phrase(head) -> list:
    """The head with the modifiers that name it, and its coordinated heads ('BP and other companies')."""
    words = [head]
    for child in head.children:
        if child.left_edge.text == "(" or (child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == "("):
            continue  # "(AP) U.S. officials": an aside in brackets
        if child.i < head.i and (dateline_dash(child) is not None or _in_opening_dateline(child)):
            continue  # "BIRMINGHAM, Alabama (Reuters) - Alabama is suing": the parse hung the dateline on the subject
        if child.dep_ == "case":
            words.append(child)  # "Alabama's"
        elif child.dep_ in NOUN_PHRASE_DEPS and child.i < head.i and child.ent_type_ not in TIME_ENTITIES:
            words += _noun_phrase(child) if child.dep_ in {"poss", "compound", "nmod"} else list(child.subtree)
        elif child.dep_ == "prep" and child.i == head.i + 1 and (child.lower_ == "of" or _names_whose(child)) \
                and any(g.dep_ == "pobj" for g in child.children):  # not 'of' alone ('anniversary of his becoming')
            words += [child] + [w for g in child.children if g.dep_ == "pobj" for w in _noun_phrase(g)]
        elif child.dep_ in {"cc", "conj"} and child.i > head.i:
            words += [child] if child.dep_ == "cc" else _noun_phrase(child)
    return [w for w in words if w.dep_ != "punct" or w.text in {"-", "'"}]


def _names_whose(prep) -> bool:
    """'in' + an organisation's name right after a common noun says whose it is ('Shares in BP plunged 7% today':
    without 'in BP' the headline names no one); a place or a day after 'in' or 'on' says where or when, an aside
    the headline leaves out ('Authorities in the United States', 'Senate hearings on Tuesday')."""
    return prep.lower_ == "in" and prep.head.pos_ == "NOUN" and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ == "ORG" for g in prep.children)


def _in_opening_dateline(token) -> bool:
    """The word is inside the dateline its sentence opens with, wherever the parse hangs it ('WASHINGTON/LONDON
    (Reuters) - President Barack Obama will press': 'Reuters' under 'President' was headlined 'Reuters President ...')."""
    dash = dateline_dash(token.sent[0])
    return dash is not None and token.i < dash


def _prep_phrase(prep) -> list:
    """'into a clean-up fund', 'of trying to conceal its failings' (short enough to keep whole)."""
    subtree = [w for w in prep.subtree if w.dep_ not in {"punct", "appos"}]
    if len(subtree) <= MAX_PHRASE_WORDS and not any(w.ent_type_ in TIME_ENTITIES for w in subtree):
        return subtree
    objects = [g for g in prep.children if g.dep_ in {"pobj", "pcomp"}]
    if not objects or objects[0].ent_type_ in TIME_ENTITIES:
        return []
    head = objects[0]
    prep = [prep] + [c for c in prep.children if c.dep_ == "neg"]  # "warned BP not to ...": the negation is the news
    if head.pos_ in {"VERB", "AUX"}:
        return prep + _predicate(head, depth=2)  # "for burning alive endangered sea turtles"
    return prep + (_noun_phrase(head) if head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} else [head])


def is_finite(verb) -> bool:
    """A verb with a tense of its own ('confirmed', 'had confirmed', 'will confirm'): it heads a clause that needs a
    subject of its own, where a participle or an infinitive ('after confirming', 'to confirm') shares the one above."""
    return verb.tag_ in FINITE_TAGS or any(child.dep_ in {"aux", "auxpass"} and child.tag_ in FINITE_TAGS
                                           for child in verb.children)


def misread_subject(verb):
    """The subject of a finite adverbial clause that the parser took for a preposition's object: 'China suspended
    flights to Mexico after Hong Kong authorities on Friday confirmed a Mexican man ... was infected' (H1N1_reuters)
    parses 'after Hong Kong authorities' as a prepositional phrase and 'confirmed' as a clause without a subject;
    the noun right before the clause (before its own leading words, 'on Friday') is who confirmed. None otherwise."""
    if verb.dep_ != "advcl" or any(child.dep_ in SUBJECT_DEPS for child in verb.children) or not is_finite(verb):
        return None
    before = verb.left_edge.i - 1
    noun = verb.doc[before] if before >= 0 else None
    while noun is not None and noun.dep_ != "pobj" and noun.head.i != noun.i and noun.head.i < verb.i:
        noun = noun.head  # up from the last word before the clause to the object it ends
    if (noun is not None and noun.dep_ == "pobj" and noun.pos_ in {"NOUN", "PROPN"} and noun.right_edge.i == before
            and noun.head.lower_ in lexicon.RELATIVE_TIME_MARKS):
        return noun
    return None


def _subject(verb):
    """The clause's subject, also a controlling or coordinated verb's ('agreed to pay': who agreed)."""
    if (misread := misread_subject(verb)) is not None:
        return misread
    # two subjects are a misparse ('On Sunday, the third anniversary of his becoming BP's chief executive, Hayward
    # began his day in Houma'): the one nearest before the verb is who acts when it opens a clause of its own (after a
    # comma, a conjunction or an inverted auxiliary), the other an aside; one after a preposition or a verb ('counterparts
    # from old foe China', 'a blowout that killed four people triggered') is part of the first one's phrase
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    opens = len(subjects) > 1 and _opens_its_clause(subjects[-1])
    for child in sorted(verb.children, key=lambda c: (c.i > verb.i, -c.i if opens else c.i)):
        if child.dep_ in SUBJECT_DEPS and (dash := dateline_dash(child)) is not None:
            # "GRAND ISLE, Louisiana (Reuters) - President Barack Obama warned": the parse hangs the subject on the dateline
            named = [g for g in child.children if g.dep_ == "appos" and g.i > dash and g.pos_ == "PROPN"]
            if named:
                return named[0]
        if child.dep_ in SUBJECT_DEPS and not is_dateline(child):  # "AP NEW ORLEANS -- A device ... offered"
            appositions = [g for g in child.children if g.dep_ == "appos" and g.pos_ == "NOUN"]
            if appositions and child.i > 0 and child.doc[child.i - 1].dep_ == "prep":
                return appositions[0]  # "Off Venezuela, an offshore gas platform ... sank": the parse took the place
            return child
    if verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head)
    return None


def _opens_its_clause(subject) -> bool:
    """The word before the subject's phrase starts a clause: punctuation, a conjunction or an auxiliary ('Can the U.S.
    demand')."""
    before = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    # an auxiliary with a subject of its own is no inverted one ('while she was secretary of state was sentenced': the
    # parse gave 'was' to the main verb and 'secretary' as a second subject)
    return before is None or before.is_punct or before.pos_ in {"SCONJ", "CCONJ"} or before.pos_ == "AUX" and not any(
        child.dep_ in SUBJECT_DEPS for child in before.children)


def _is_time(token) -> bool:
    return token.ent_type_ in TIME_ENTITIES or any(
        g.ent_type_ in TIME_ENTITIES for g in token.children if g.dep_ in {"pobj", "npadvmod"})


def _objects(verb) -> list:
    words = []
    for child in verb.children:
        if child.dep_ in {"dobj", "obj"} and child.doc[child.left_edge.i - 1].text == ",":
            earlier = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i < child.i]  # only here: not per child
            if earlier and not any(w.dep_ == "prep" and not any(g.dep_ in {"pobj", "pcomp"} for g in w.children)
                                   for w in child.doc[earlier[0].i:child.i]):
                continue  # "sued BP and eight other companies Wednesday ..., the federal government's first legal
                # filing": a second object set off by a comma is an apposition to the whole clause, an aside; unless a
                # preposition of the first waits for it ('filed an objection to, among other things, Six Flags' use')
        if child.dep_ in OBJECT_DEPS and child.ent_type_ not in TIME_ENTITIES:
            if child.dep_ == "dative" and child.pos_ == "ADP":
                # "to give whistle-blower protection *to workers* who report violations ...": a preposition's noun
                # phrase, without the clause describing it (it made the House's bill no headline at all)
                words += [child] + [w for g in child.children if g.dep_ == "pobj" for w in _noun_phrase(g)]
                continue
            words += _noun_phrase(child) if child.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} else list(child.subtree)
    return words


def _predicate(verb, depth: int = 0, prepositions: bool = True, arguments: bool = False) -> list:
    """Verb group, objects, a reported or complement clause one level down, one prepositional phrase;
    a coordinated verb with its objects ('is capturing or incinerating more than 1 million gallons'). Without
    `prepositions`, no phrase, unless `arguments` keeps the one a verb with no object takes (`_argument_before`)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return _noun_phrase(verb) + [c for c in verb.children if c.dep_ == "prep"][:1]  # "declared it a spill of ..."
    # an auxiliary with a subject of its own is another clause's verb the parse hung here ('while she was secretary of
    # state was sentenced')
    objects = _objects(verb)  # read once: the tests below ask again whether the verb has any
    words = [verb] + [c for c in verb.children if c.dep_ in VERB_GROUP_DEPS
                      and not any(g.dep_ in SUBJECT_DEPS for g in c.children)] + objects
    for adverb in verb.children:
        if adverb.dep_ == "advmod" and (adverb.lower_ in NEGATIVE_ADVERBS or any(g.dep_ == "neg" for g in adverb.children)):
            words += list(adverb.subtree)  # "is no longer a large spill": the negation is the news
        elif adverb.dep_ == "advmod" and adverb.i == verb.i + 1 and adverb.lower_ in PARTICLE_ADVERBS:
            words.append(adverb)
        elif adverb.dep_ == "advmod" and adverb.i == verb.i + 1 and adverb.pos_ == "ADV" and adverb.lower_.endswith("ly") \
                and not objects:
            words.append(adverb)  # "was connected improperly": how it was done is what was found, not an aside
    conjoined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and not any(g.dep_ in SUBJECT_DEPS for g in c.children)]
    if conjoined and not objects and _objects(conjoined[0]):
        # a bare verb after 'and' says nothing the reader can place ('was made after a meeting of experts and comes')
        words += [c for c in verb.children if c.dep_ == "cc"] + [conjoined[0]] + _objects(conjoined[0])
    complements = [c for c in verb.children if c.i > verb.i and (c.dep_ in {"xcomp", "ccomp"} or (
        c.dep_ == "advcl" and not objects and not any(g.dep_ in SUBJECT_DEPS | {"mark"} for g in c.children)
        and not _argument_before(verb, c)
        and (c.tag_ == "VBG" or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))))]
    # ("called for BP to assist", "struck back, accusing BP of ...": what the act is; with an object it is an aside)
    preps = [c for c in verb.children if c.dep_ in {"prep", "agent"} and c.i > verb.i and not _is_time(c)
             and c.doc[c.i - 1].text != ","]  # "announced a return to normalcy, with people going back": an aside
    if complements and depth < 2:
        complement = complements[0]
        before = [p for p in preps if p.i < complement.i]
        if before and prepositions:
            words += _prep_phrase(before[0])  # "offered to prove to Dudley that ...", "called for BP to ..."
        if complement.dep_ == "ccomp":
            subject = next((c for c in complement.children if c.dep_ in SUBJECT_DEPS | {"expl"}), None)
            words += _noun_phrase(subject) if subject is not None and subject.i > verb.i else []
        words += [c for c in complement.children if c.dep_ == "aux" and c.lower_ == "to"]
        words += _predicate(complement, depth + 1, prepositions, arguments)
        return words
    if preps and (prepositions or arguments and _argument_before(verb, None)):
        # without its phrases, a verb with no object and no clause keeps the one right after it, its argument: 'the
        # sum referred to the cost of spill response', not 'the sum referred'
        words += _prep_phrase(preps[0])
    elif prepositions:  # "announced a return to normalcy": the object's own phrase says what it is
        direct = [o for o in objects if o.dep_ in {"dobj", "obj"}]
        follow = [c for o in direct[:1] for c in o.children if c.dep_ == "prep" and c.i == o.i + 1 and not _is_time(c)]
        words += _prep_phrase(follow[0]) if follow else []
    return words


def _argument_before(verb, clause) -> bool:
    """A verb with no object whose prepositional phrase follows it straight away ('referred to the cost of spill
    response'): the phrase is what the verb takes, and a purpose clause further on (`clause`, when given) hangs on
    nouns after the phrase, whatever the parse says ('payments to the Gulf Coast States to speed up their response
    plans' was read 'the sum referred to speed up their response plans', bpoil_reuters). A clause right after the
    phrase is the verb's ('called for BP to assist')."""
    if _objects(verb):
        return False
    follow = verb.i + 1
    while follow < len(verb.doc) and verb.doc[follow].head.i == verb.i and verb.doc[follow].dep_ in {"prt", "neg"}:
        follow += 1
    prep = verb.doc[follow] if follow < len(verb.doc) else None
    return (prep is not None and prep.head.i == verb.i and prep.dep_ == "prep" and not _is_time(prep)
            and (clause is None or prep.right_edge.i + 1 < clause.left_edge.i))


def _capital_of_position(word) -> bool:
    """'told reporters: *The* army has withdrawn', 'said: "*The* federal government ...': a capital the
    sentence start, a colon or an opening quote mark gives, not the word ('I', 'BP', a name keep theirs)."""
    if word.tag_ in {"NNP", "NNPS"} or word.text == "I":
        return False
    return word.is_sent_start or (word.i > 0 and word.nbor(-1).is_punct)


def _opens_a_clause(word) -> bool:
    """The word is the first of a verb's clause ('announced: *The* federal government has taken over')."""
    doc = word.doc
    return any(verb.pos_ in {"VERB", "AUX"} and verb.left_edge.i <= word.i
               and all(doc[i].is_punct for i in range(verb.left_edge.i, word.i)) for verb in [word, *word.ancestors])


DANGLING_LAST_WORDS = frozenset({"CCONJ", "SCONJ", "DET", "ADP"})  # no headline ends on a word that opens what follows


def _text(words: dict) -> str | None:
    """The kept words as a headline: capitalised at its start, a clause opened inside it by a colon or a quote
    mark in lower case."""
    doc = next(iter(words.values())).doc
    for i in range(min(words), max(words)):  # "clean-up", "Alabama's": joining marks between kept words
        if i not in words and i - 1 in words and i + 1 in words and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
            words[i] = doc[i]
    ordered = [words[i] for i in sorted(words)]
    while len(ordered) > 1 and ordered[-1].pos_ in DANGLING_LAST_WORDS and ordered[-1].dep_ != "prt":  # "fight on"
        del words[ordered.pop().i]  # "Quake in Haiti and": the conjunction of a clause the headline does not keep
    text = "".join(_cased(w, w is ordered[0]) + (w.whitespace_ if words.get(w.i + 1) is not None else
                                                 "" if after is not None and after.text == "," else " ")
                   for w, after in zip(ordered, ordered[1:] + [None]))
    text = text.strip().strip(",;:-– ")
    return text[:1].upper() + text[1:] if text else None


def _cased(word, first: bool) -> str:
    """A word inside the headline in its own case: lowered where it opens a clause after a colon or a quote mark."""
    inside = not first and word.text[:1].isupper() and not (len(word.text) > 1 and word.text.isupper())
    return word.text[:1].lower() + word.text[1:] if inside and _capital_of_position(word) and _opens_a_clause(word) else word.text


def _noun_headline(noun, contact: bool = False) -> str | None:
    """The clause of the verb the noun is the object of, when it names who ('Obama held a meeting
    with BP executives'); else the noun's phrase without its article, when a possessor, a compound, an
    'of' object or a following prepositional phrase says whose or what it is; else None. A `contact`'s phrase must
    name someone or have a possessor: its parties are who it was ('Call with reporters', 'Tour of oil-hit areas' said less than the
    frame's 'Thad Allen phone call', 'Barack Obama visit'; review20e of bcc33da)."""
    follow = [c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ != "of" and not _is_time(c)]
    placing = noun.dep_ == "pobj" and noun.head.lower_ in lexicon.PLACING_PREPOSITIONS and noun.head.head.pos_ == "VERB"
    told = _dated_in_its_relative_clause(noun)
    if told is not None:
        # "the oil spill, which began in April and was plugged with cement on July 15": the day is the plugging's
        words = _noun_phrase(noun)
        words += [told] + [c for c in told.children if c.dep_ in VERB_GROUP_DEPS] + _objects(told)
        preps = [c for c in told.children if c.dep_ in {"prep", "agent"} and c.i > told.i and not _is_time(c)]
        words += _prep_phrase(preps[0]) if preps else []
        kept = {w.i: w for w in words}
        if len(kept) <= MAX_CLAUSE_WORDS and not any(w.tag_ in {"PRP", "PRP$"} for w in kept.values()):
            return _text(kept)
    if _said_in(noun):
        # "BP said in a statement on Monday the sum referred to ...": the statement is how it was said; what was
        # said is the news (was the frame 'BP Plc statement the sum referred to ...', bpoil_reuters)
        words = _clause_words(noun.head.head)
        return _text(words) if words else None
    if placing:
        # "The decision was made after a meeting of experts": the landmark of the verb's act, which is the news
        words = _clause_words(noun.head.head, landmark=noun.head)
        return _text(words) if words else None
    if noun.dep_ in {"dobj", "obj"} and noun.head.pos_ == "VERB":
        words = _clause_words(noun.head)  # none without a named subject: "he held a meeting"
        if words and follow:  # "held a meeting with BP executives": the parse hangs the party on the noun
            longer = words | {w.i: w for w in _prep_phrase(follow[0])}
            words = longer if len(longer) <= MAX_CLAUSE_WORDS else words
        return _text(words) if words else None
    words = [w for w in _noun_phrase(noun) if w.head.i != noun.i or w.dep_ not in {"det", "amod", "nummod", "quantmod"}]
    naming = [w for w in words if w.head.i == noun.i and w.i != noun.i and w.dep_ in {"poss", "compound", "nmod", "prep"}
              and (w.dep_ in {"poss", "prep"} or _names_one(w))]
    if follow:
        naming.append(follow[0])
        words += _prep_phrase(follow[0])
    elif words:  # "The death of a 53-year-old man in Costa Rica": the 'of' object's own phrase says which one
        of_objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1
                      for g in c.children if g.dep_ == "pobj"]
        end = max(w.i for w in words)
        after = [c for o in of_objects[:1] for c in o.children
                 if c.dep_ == "prep" and c.i == end + 1 and c.lower_ != "of" and not _is_time(c)]
        words += _prep_phrase(after[0]) if after else []
    if not words:  # the parse left the noun no phrase of its own (H1N1_bbc: two articles failed on this)
        return None
    words = _whole_hyphenated_words({w.i: w for w in words})
    if not naming or len(words) > MAX_CLAUSE_WORDS or any(is_dateline(w) or w.tag_ in {"PRP", "PRP$"} for w in words.values()):
        return None  # "calls with me and ...", "his apology": the reader cannot tell who
    if contact and not any(w.dep_ == "poss" or _names_one(w) for w in naming):
        return None  # a possessor is who ("the president's phone call")
    return _text(words)


def _dated_in_its_relative_clause(noun):
    """The verb of a relative clause on the noun, set off by a comma, that a day dates ('the oil spill, which began in
    April and was plugged with cement on July 15', bpoil_reuters: a spill row of 15 July headlined 'Oil spill'): the
    noun's row on that day tells that act. A day (a time with a number) before a month or a year alone, as the dater
    prefers it; None when no verb of the clause has one."""
    clauses = [c for c in noun.children if c.dep_ == "relcl" and c.pos_ in {"VERB", "AUX"} and c.i > noun.i
               and noun.doc[c.left_edge.i - 1].text == ","
               and any(g.dep_ in SUBJECT_DEPS and g.tag_ in RELATIVE_PRONOUN_TAGS for g in c.children)]
    verbs = [v for c in clauses[:1] for v in [c, *(g for g in c.children if g.dep_ == "conj" and g.pos_ in {"VERB", "AUX"})]]

    def time_of(verb) -> list:
        return [w for c in verb.children if c.dep_ in {"prep", "npadvmod"} and _is_time(c)
                for w in c.subtree if w.ent_type_ in TIME_ENTITIES]

    dated = [v for v in verbs if time_of(v)]
    days = [v for v in dated if any(w.like_num for w in time_of(v))]
    return (days or dated or [None])[0]


def _said_in(noun) -> bool:
    """A statement noun a verb of saying is told in ('said in a statement', 'told reporters in an interview')."""
    return (noun.lemma_.lower() in STATEMENT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in"
            and noun.head.head.pos_ == "VERB" and noun.head.head.lemma_.lower() in SAYING_VERBS | {"say"})


def _names_one(modifier) -> bool:
    """A noun's modifier that says which one: a name in it ('House Energy and Commerce Committee hearing', 'White
    House meeting'), not a common noun saying what kind ('oil spill', 'oil leak', 'phone call': the headline 'Oil
    spill' said nothing of its row, bpoil_reuters; issue #13, headlines19)."""
    return any(w.pos_ == "PROPN" or (w.ent_type_ and w.ent_type_ not in TIME_ENTITIES) for w in modifier.subtree)


def _whole_hyphenated_words(words: dict) -> dict:
    """'back-to-back U.S. Senate inquiries': a kept piece of a hyphenated word brings the whole word
    (the parse may keep only 'back')."""
    doc = next(iter(words.values())).doc
    for i in list(words):
        j = i
        while j + 1 < len(doc) and not doc[j].whitespace_ and "-" in (doc[j].text, doc[j + 1].text):
            j += 1
            words[j] = doc[j]
        j = i
        while j > 0 and not doc[j - 1].whitespace_ and "-" in (doc[j].text, doc[j - 1].text):
            j -= 1
            words[j] = doc[j]
    return words


def reported_clause(verb) -> str | None:
    """What a statement states when it has no object: its reported clause with the clause's own subject
    ('BP announced that *it is making a $32.2bn provision*', 'Mexico announced *the epidemic had passed the
    worst*'), cut like a headline's predicate; the subject and verb alone when that is too long."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for complement in verb.children:
        if complement.dep_ != "ccomp" or complement.i < verb.i or complement.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in complement.children if c.dep_ in SUBJECT_DEPS | {"expl"}), None)
        if subject is None or not _tells_a_fact(complement):
            continue
        verb_group = [complement] + [c for c in complement.children if c.dep_ in VERB_GROUP_DEPS]
        for words in (_noun_phrase(subject) + _predicate(complement, depth=1, prepositions=False, arguments=True),
                      _noun_phrase(subject) + verb_group):
            # "told Hayward *that* BP had agreed": the parse may hang the complementizer on the clause's verb
            kept = {w.i: w for w in words if not (w.pos_ == "SCONJ" and w.i < subject.i)}
            if len(kept) <= MAX_CLAUSE_WORDS:
                text = _text(kept)  # capitalised as a headline: give the first word back its own case ('I', 'BP')
                first = kept[min(kept)]
                lowered = first.text[:1].islower() or _capital_of_position(first)
                return text[:1].lower() + text[1:] if text and lowered else text
    return None


def _tells_a_fact(complement) -> bool:
    """A reported clause that says something happened or is so, not an opinion, a forecast or a non-answer: no
    modal ('the spill *could be* the worst disaster', 'Russia *would veto*'), no future under a verb that forecasts or
    warns ('Holder has warned that Washington *will* not pay a dime'; 'announced that it *will* recall' tells a
    decision), no verb of a state of mind ('it *expects* the spill to be stopped'), no copula with an adjective
    ('he *was* deeply *sorry*', 'it *was* too *early* to say')."""
    modals = lexicon.REPORTED_MODALS
    if complement.head.lemma_.lower() in lexicon.FORECASTING_VERBS:
        modals = modals | lexicon.FORECAST_FUTURES
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in modals for c in complement.children):
        return False
    if complement.lemma_.lower() in lexicon.STATE_OF_MIND_VERBS:
        return False
    return not (complement.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in complement.children))


def clause_headline(trigger, contact: bool = False) -> str | None:
    """The trigger's clause in the sentence's words, cut to subject, predicate and one prepositional
    phrase: None when the clause names no subject (a frame is no worse); for a noun, `_noun_headline` (`contact`:
    the trigger is a call, meeting, talks or visit)."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return _noun_headline(trigger, contact)
    words = _clause_words(trigger)
    if words is None and trigger.lemma_.lower() in TESTIFYING_VERBS:
        words = _clause_words(trigger, bare=True)
    return _named_possessor(words) if words else None


# whose a possessive pronoun can stand for, by the entity labels of its name
POSSESSOR_LABELS = {"his": {"PERSON"}, "her": {"PERSON"}, "its": {"ORG"}, "their": {"ORG", "NORP"}}


def one_name_before(pronoun, labels: set[str]):
    """The one name of these labels the sentence gives before the pronoun (the last naming of it), None when it gives
    none or more than one."""
    labelled = [ent for ent in pronoun.doc.ents if ent.label_ in labels]
    if not labelled:
        return None
    start = pronoun.sent.start  # Token.sent walks to the sentence's ends: once, not once per name
    named = [ent for ent in labelled if start <= ent.start and ent.end <= pronoun.i]
    return named[-1] if len({ent[-1].lower_ for ent in named}) == 1 else None


def _named_possessor(words: dict) -> str | None:
    """The headline of the kept words; one opening on a possessive pronoun opens on the name it stands for, when the
    sentence names only one before it ('BP will pay 65 percent; its lease partners will pay 25 and 10 percent' -> 'BP's
    lease partners will pay ...'): 'Its lease partners' tells the reader nothing of whose (round 32: 'His campaign')."""
    text = _text(words)
    first = words[min(words)]
    if text is None or first.tag_ != "PRP$" or first.lower_ not in POSSESSOR_LABELS:
        return text
    named = one_name_before(first, POSSESSOR_LABELS[first.lower_])
    return text if named is None else f"{named.text}'s" + text[len(first.text):]


def _antecedent(noun, verb):
    """The noun a relative pronoun set off by a comma stands for: the one the parse hangs the clause on, unless that is
    a date, which does nothing ('shuts off well that ruptured on 20 April, which caused explosion on Deepwater Horizon
    rig', 'the cause of the disaster on 20 April, which killed 11 people' were headlined 'April caused ...', 'April
    killed ...'): then the reader is not told who (None); or a place in the 'in' phrase of a noun, which the clause
    tells of ('the Piper Alpha oil platform explosion and fire in the British North Sea, which killed nearly 170
    people', 'the ongoing war in Ukraine, which commenced three years ago' were headlined 'The British North Sea
    killed ...', 'Ukraine commenced ...'), unless a singular verb says the plural noun is not it ('cases in Mexico,
    which has reported the most deaths'); or a singular noun in a plural noun's phrase when the verb is plural ('the
    contributions to Greenpeace's campaign, which have been posted' was 'Greenpeace's campaign have been posted')."""
    if noun.ent_type_ in TIME_ENTITIES:
        return None
    holder = noun.head.head
    if noun.ent_type_ in PLACE_LABELS and noun.dep_ == "pobj" and noun.head.lower_ == "in" and holder.pos_ in {"NOUN", "PROPN"} \
            and holder.ent_type_ not in PLACE_LABELS and not (holder.tag_ in PLURAL_NOUN_TAGS and _singular_verb(verb)):
        return holder
    if noun.tag_ in SINGULAR_NOUN_TAGS and noun.dep_ == "pobj" and holder.tag_ in PLURAL_NOUN_TAGS and _plural_verb(verb):
        return holder  # 'the contributions to Greenpeace's campaign, which have been posted': 'have' tells of the plural
    return noun


def _plural_verb(verb) -> bool:
    """The clause's finite verb is a plural present ('have', 'are'), which no singular noun takes."""
    return any(word.tag_ == "VBP" for word in [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}])


def _singular_verb(verb) -> bool:
    """The clause's finite verb is a third-person singular present ('has', 'kills')."""
    return any(word.tag_ == "VBZ" for word in [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}])


def _clause_words(trigger, landmark=None, bare: bool = False) -> dict | None:
    """The kept words of a verb trigger's clause by position; None without a named subject before it. With a
    `landmark` (the preposition of the happening the act is placed after) that phrase is its one phrase; `bare`, the
    subject and verb group alone."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return None
    subject = _subject(trigger)
    if subject is not None and subject.tag_ in RELATIVE_PRONOUN_TAGS and trigger.dep_ == "relcl" \
            and trigger.head.pos_ in {"PROPN", "NOUN"} and subject.i > 0 and subject.doc[subject.i - 1].text == ",":
        # "Dr Conrad Murray, who was convicted of ...": a relative clause set off by a comma tells a fact of a known
        # noun; one that is not defines the noun ("the man who killed Michael Jackson", a film's title; "a rig that
        # killed 11 workers", hung on the wrong noun), no happening to headline
        subject = _antecedent(trigger.head, trigger)
    if subject is None or subject.pos_ == "PRON" or subject.i > trigger.i:
        return None  # "he", "it": the reader cannot tell who
    verb_group = []
    if trigger.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in trigger.children):
        # "began evacuating", "agreed to pay": the controlling verb stays
        verb_group = [trigger.head] + [c for c in trigger.head.children if c.dep_ in VERB_GROUP_DEPS]
        verb_group += [c for c in trigger.children if c.dep_ == "aux"]
    for prepositions in ((None,) if bare else (True, False)):
        predicate = [trigger] + [c for c in trigger.children if c.dep_ in VERB_GROUP_DEPS] if bare else \
            _predicate(trigger, prepositions=prepositions and landmark is None)
        if landmark is not None and prepositions:
            predicate += _prep_phrase(landmark)
        words = {w.i: w for w in _noun_phrase(subject) + verb_group + predicate}
        if len(words) <= MAX_CLAUSE_WORDS:
            break
    else:
        return None
    if any(is_dateline(w) for w in words.values()):
        return None  # "AP NEW ORLEANS": the parser took the dateline for the subject
    for prepositions in (True, False):
        content = {w.i: w for w in _told_before(trigger, subject, prepositions) + _saying_of_object(trigger, prepositions)}
        if content and len(words | content) <= MAX_CLAUSE_WORDS:
            return content | words
    return words


def _saying_of_object(verb, prepositions: bool = True) -> list:
    """What the verb's object says, when the object is told with a participle of saying ('fired back a response
    *saying he would not support the agenda*', 'issued a statement *saying it will pay*'): the participle and its
    reported clause cut like a predicate; the object alone said nothing of what was said."""
    for noun in verb.children:
        if noun.dep_ not in {"dobj", "obj"}:
            continue
        # the parse hangs the participle on the object or, after a day ('issued a statement on Monday saying'), on the
        # verb: then only a statement noun's
        told = [p for p in noun.children if p.dep_ == "acl"]
        told += [p for p in verb.children if p.dep_ == "advcl" and noun.lemma_.lower() in STATEMENT_NOUNS]
        for participle in told:
            if participle.tag_ == "VBG" and participle.i > noun.i and participle.lemma_.lower() in SAYING_VERBS | {"say"} \
                    and not any(c.dep_ in SUBJECT_DEPS | {"mark"} for c in participle.children):
                return [participle] + _predicate(participle, depth=1, prepositions=prepositions)
    return []


def _told_before(verb, subject, prepositions: bool = True) -> list:
    """What a saying verb told when its words come before it and its subject ('A new flu could start a global
    epidemic, the World Health Organization warned'; '"We will not pay," the company said'): the reported clause cut
    like a predicate, with the comma that sets it off, so that the headline says what was warned, confirmed or
    declared (round 32: 'Bernie Sanders warned', 'The Associated Press declared' said no more than who spoke)."""
    if verb.pos_ not in {"VERB", "AUX"} or _objects(verb):
        return []
    told = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} and c.right_edge.i < subject.left_edge.i]
    if not told:
        return []
    content = told[-1]
    comma = [w for w in verb.doc[content.right_edge.i + 1:subject.left_edge.i] if w.text == ","]
    if not comma:
        return []  # no clause set off before the subject: not reported words
    own_subject = next((c for c in content.children if c.dep_ in SUBJECT_DEPS | {"expl"}), None)
    words = _noun_phrase(own_subject) if own_subject is not None else []
    words += _predicate(content, depth=1, prepositions=prepositions)
    return words + comma[:1] if words else []


def set_off(clause) -> bool:
    """A clause after a comma, dash or bracket describes its noun without saying which one it is."""
    before = clause.left_edge.i - 1
    return before >= 0 and clause.doc[before].text in {",", "-", "--", "\u2013", "\u2014", "("}
