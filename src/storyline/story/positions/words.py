"""Word sets and small parse helpers every part of positions reads: subjects, a lookup of lemmas,
the issue taxonomy's phrase at a token."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from storyline.nlp.lemma_table import WORD_LEMMA
from storyline.nlp.spacy_model import parse_columns, release_parse_columns
from storyline.story import lexicon


SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
HOLDER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}

PHRASE_WORDS = {phrase: phrase.split() for _, (_, phrases) in lexicon.ISSUES.items() for phrase in phrases}
_ISSUE_OF_PHRASE = {phrase: issue for issue, (_, phrases) in lexicon.ISSUES.items() for phrase in phrases}


def names_a_party(noun: Token) -> bool:
    """A name of a person, body, country or people, or a noun one modifies ('Ukrainian troops', 'Charlotte
    officials')."""
    return noun.ent_type_ in HOLDER_LABELS or any(
        c.dep_ in ("compound", "amod") and c.ent_type_ in HOLDER_LABELS for c in noun.children)


MEASURES = lexicon.OPPOSED_MEASURE_NOUNS | lexicon.HALTING_MEASURE_NOUNS  # what `names_which_measure` reads


def names_which_measure(noun: Token) -> bool:
    """A policy measure (`lexicon.OPPOSED_MEASURE_NOUNS`, or one that halts or limits a thing, `lexicon.
    HALTING_MEASURE_NOUNS`: 'a ban on fracking') with words of its own that say which: a noun or name before it ('the
    ethanol mandate', 'Obama's health care plan', 'the Keystone XL pipeline'), a phrase after it ('subsidies for
    ethanol', 'a ban on fracking', whose gerund the parser reads as a verb), or a law's name. An adjective alone does
    not ('the bipartisan deal', 'a strong mandate': which one is named elsewhere, if anywhere)."""
    if noun.ent_type_ == "LAW" or noun.pos_ == "PROPN" and noun.lower_ in lexicon.LAW_NAME_HEADS and any(
            c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in noun.children):
        return True  # "the Dodd-Frank Act", which the model may tag as an organisation
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in MEASURES and (any(
        c.dep_ in ("compound", "nmod", "poss") and c.i < noun.i and c.pos_ in ("NOUN", "PROPN")
        and not (c.pos_ == "NOUN" and c.lemma_.lower() in MEASURES)
        or c.dep_ == "prep" and c.i > noun.i
        and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") or o.dep_ == "pcomp" and o.tag_ == "VBG"
                for o in c.children)
        for c in noun.children) or _phrase_hung_on_the_verb(noun))
    # a measure word before it says no which: "a funding package", "the aid bill"


def entity_around(token: Token):
    """The named entity `token` is part of (a Span of `doc.ents`), or None."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


OBJECT_TOPIC_PREPOSITIONS = frozenset({"on", "against"})


def topic_phrase_after_the_object(verb: Token, obj: Token) -> Token | None:
    """The 'on / against' preposition right after a verb's object that the parser hung on the verb ('require background
    checks on all gun sales', 'lift the moratorium on deepwater drilling'): what the object is on, as a phrase on the
    noun would say."""
    return next((p for p in verb.children if p.dep_ == "prep" and p.lower_ in OBJECT_TOPIC_PREPOSITIONS
                 and p.i == obj.right_edge.i + 1), None)


STANCE_OBJECT_PREPOSITIONS = frozenset({"of", "to", "for"})


def _phrase_hung_above_its_noun(preposition: Token) -> Token | None:
    """The noun an 'on / against' phrase belongs to when the parser hung it one level too high: right after the
    object of a stance noun's 'of / to / for' ('a strong supporter of the moratorium on deepwater drilling', 'voiced
    opposition to the moratorium on deepwater drilling', both with 'on' hung on 'supporter' or 'voiced'). A time
    ('on Tuesday') stays where it is."""
    if preposition.dep_ != "prep" or preposition.lower_ not in OBJECT_TOPIC_PREPOSITIONS \
            or not any(o.dep_ == "pobj" for o in preposition.children) or names_a_time(preposition):
        return None
    above = preposition.head
    holders = [above] + [o for o in above.children if o.dep_ == "dobj" and o.i < preposition.i]
    return next((o for h in holders for q in h.children
                 if q.dep_ == "prep" and q.lower_ in STANCE_OBJECT_PREPOSITIONS and q.i < preposition.i
                 for o in q.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                 and o.right_edge.i + 1 == preposition.i), None)


def names_a_time(preposition: Token) -> bool:
    """'on Tuesday', 'by 2026', 'on the evening of April 4' (a part of a day named by its date)."""
    return any(o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(d.dep_ == "pobj" and d.ent_type_ in ("DATE", "TIME")
                                                      for d in p.children) for p in o.children))
               for o in preposition.children)


# Stances whose noun's 'to' names what they are on ('opposition to the moratorium', 'support to the rebels'); after a
# proposal, an offer or a request it names whom it is made to ('submitted a plan to the Coast Guard')
TO_WHAT_STANCES = frozenset({"oppose", "reject", "support"})


def _stance_nouns_phrase_on_the_light_verb(preposition: Token) -> Token | None:
    """The stance noun whose own phrase the parser hung on the light verb taking it ('voiced opposition to the
    moratorium', 'expressed support for sanctions' with 'to' / 'for' on the verb), as it hangs their infinitives
    (`infinitive_hung_on_the_light_verb`)."""
    verb = preposition.head
    if preposition.dep_ != "prep" or preposition.lower_ not in STANCE_OBJECT_PREPOSITIONS | OBJECT_TOPIC_PREPOSITIONS \
            or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.LIGHT_VERBS or names_a_time(preposition):
        return None  # 'voiced support for the ban on Tuesday': when it was voiced
    return next((n for n in verb.children if n.dep_ == "dobj" and n.pos_ == "NOUN"
                 and n.lemma_.lower() in lexicon.STANCE_NOUNS and n.right_edge.i + 1 == preposition.i
                 and (preposition.lower_ != "to" or lexicon.STANCE_NOUNS[n.lemma_.lower()] in TO_WHAT_STANCES)), None)


@contextmanager
def object_phrases_reheaded(parsed: Doc) -> Iterator[Doc]:
    """The parse with a stance noun's phrase hung on its light verb (`_stance_nouns_phrase_on_the_light_verb`) and
    every 'on / against' phrase hung one level above its noun (`_phrase_hung_above_its_noun`) moved under their nouns
    while positions read it, and put back after: read so, "a supporter of the moratorium on deepwater drilling"
    supports the moratorium, not drilling, wherever a rule reads a noun's phrases. Other stages read the parse as the
    parser left it."""
    columns = parse_columns(parsed)  # the prepositions by the parse's columns: no Token made for other words
    candidates = [parsed[i] for i, (dep, word) in enumerate(zip(columns.dep, columns.lower))
                  if dep == "prep" and word in STANCE_OBJECT_PREPOSITIONS | OBJECT_TOPIC_PREPOSITIONS]
    moves: list[tuple[Token, Token, Token]] = []
    for find in (_stance_nouns_phrase_on_the_light_verb, _phrase_hung_above_its_noun):
        found = [(p, noun, p.head) for p in candidates if (noun := find(p)) is not None]
        for preposition, noun, _ in found:
            preposition.head = noun
        moves += found
    if moves:
        release_parse_columns(parsed)  # kept columns hold the heads as they were
    try:
        yield parsed
    finally:
        for preposition, _, old in reversed(moves):
            preposition.head = old
        if moves:
            release_parse_columns(parsed)


def _phrase_hung_on_the_verb(noun: Token) -> bool:
    """'on deepwater drilling' of 'lift the moratorium on deepwater drilling': a measure's 'on / against' phrase hung on
    the verb says which measure, as one on the noun does."""
    preposition = topic_phrase_after_the_object(noun.head, noun) if noun.dep_ in ("dobj", "nsubjpass") else None
    return preposition is not None and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in preposition.children)


def infinitive_hung_on_the_light_verb(noun: Token) -> list[Token]:
    """'to end the moratorium' of 'reiterated her call to end the moratorium': an infinitive right after a stance noun
    a light verb takes (`lexicon.LIGHT_VERBS`) is the noun's, whether the parser hung it on the noun or, as often, on
    the verb (development: `bpoil_foxnews` 140, Landrieu's call named no issue and took no stance)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in lexicon.LIGHT_VERBS:
        return []
    return [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == noun.right_edge.i + 1 for a in c.children)]


def list_read_as_an_apposition(first: Token) -> list[Token]:
    """The later items of a list the parser read as an apposition to its first item, with the rest coordinated with
    the second ('Ben Carson, Ted Cruz and Rand Paul', 'a $15 minimum wage, an end to fracking and a single-payer
    health care system'): a word right after the first item's comma, itself coordinated with more words, is no
    apposition but the list's second item. [] where there is no such list."""
    second = next((c for c in first.children if c.dep_ == "appos" and c.i > first.i), None)
    if second is None or second.left_edge.i < 1:
        return []
    comma = first.doc[second.left_edge.i - 1]
    if comma.text != "," or comma.head.i != first.i:
        return []
    rest = [c for c in second.conjuncts if c.i > second.i]
    return [second, *rest] if rest else []


def subject_indices(verb: Token) -> list[int]:
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


def _inside_longer_name(token: Token) -> bool:
    """'Talking' in 'Talking Points Memo', 'Management' in 'Minerals Management Service': a word of a
    longer name names no issue ('NATO' alone does). Read off the IOB codes of the token and the next one,
    as `Doc.ents` draws its spans (1 = I, 3 = B): `Doc.ents` makes a Span of every entity of the text on
    each call, and this is asked of every noun `phrase_at` reads. A capitalised word of a name the model left
    untagged is read from the parse: 'Wall' of 'tougher regulation of Wall Street' gave `immigration` (session 53
    probe), a proper noun written as the first word of the proper noun right after it."""
    if token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.i == token.i + 1 \
            and token.head.pos_ == "PROPN" and token.is_title and token.head.is_title:
        return True
    if not token.ent_type_ or token.ent_type_ in ("NORP", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False
    if token.ent_iob not in (1, 3):  # in no entity
        return False
    doc, i = token.doc, token.i
    return (token.ent_iob == 1 or (i + 1 < len(doc) and doc[i + 1].ent_iob == 1)) and token.pos_ == "PROPN"


def noun_lemma(token: Token) -> str:
    """A noun's lemma, with the lemmatizer's known errors put right (lexicon.LEMMA_ERRORS: 'taxes' ->
    'taxis', seed-1422 sheet); rewriting every lemma that is no prefix of its word took plural
    endings off right lemmas ('lives' -> 'live', 'crises' -> 'cris')."""
    lemma = written_lemma(token)
    return lexicon.LEMMA_ERRORS.get(lemma, lemma) if token.pos_ == "NOUN" else lemma


def written_lemma(token: Token) -> str:
    """The lemma as a word ('data', not the lemmatizer's 'datum'; `nlp.lemma_table.word_lemma`), where the
    pipeline sets it; else the lower-cased lemma."""
    return token._.word_lemma if Token.has_extension(WORD_LEMMA) else token.lemma_.lower()


def _freezes_the_front(word: Token) -> bool:
    """A freeze (noun or verb) of the front line or the fighting: its object, or the object of an 'along / of / on / at'
    phrase, is a front noun (`lexicon.FRONT_NOUNS`)."""
    if word.pos_ == "VERB":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.FRONT_NOUNS for c in word.children)
    return word.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ in ("along", "of", "on", "at") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lexicon.FRONT_NOUNS for o in c.children) for c in word.children)


# a quantifier set beside the noun it counts ('Trump, Huckabee and Christie all calling for', 'who both back'): the
# parser makes it the noun's apposition
FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})


def said_of_a_floating_quantifier(participle: Token) -> bool:
    """'with Donald Trump, Mike Huckabee and Chris Christie all calling for a strong ethanol blending rule': a present
    participle the parser hangs on a floating 'all / both / each' in apposition to the names, which it says of them;
    the quantifier modifies no noun the participle could be about (`holder` finds who, `issue.open_slot` what)."""
    return participle.tag_ == "VBG" and participle.head.lower_ in FLOATING_QUANTIFIERS \
        and participle.head.dep_ == "appos"


def phrase_at(token: Token) -> str | None:
    """The longest taxonomy phrase whose last word is this noun (lemma) and whose other words are
    its modifiers: 'security guarantees', 'NATO membership', 'immediate ceasefire' -> ceasefire."""
    if token.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ") or _inside_longer_name(token):
        return None
    lemma = noun_lemma(token)
    modifiers = {noun_lemma(child) for child in token.children if child.dep_ in ("compound", "amod", "nmod", "npadvmod")}
    modifiers |= {child.lower_ for child in token.children if child.dep_ in ("compound", "amod", "nmod")}
    best = None
    for phrase, words in PHRASE_WORDS.items():
        if words[-1] not in (lemma, token.lower_):
            continue
        if all(word in modifiers for word in words[:-1]) and (best is None or len(words) > len(PHRASE_WORDS[best])):
            best = phrase
    if best and token.pos_ == "ADJ" and len(PHRASE_WORDS[best]) == 1:
        return None  # "territorial" alone is a modifier; its noun carries the issue
    if token.pos_ == "VERB" and token.dep_ in ("compound", "amod"):
        return None  # "Talking Points Memo"
    if lemma in lexicon.FREEZING_WORDS and _freezes_the_front(token):
        return "ceasefire"  # "a freeze along the current line of contact", "freeze the front line"
    if token.pos_ == "VERB" and lemma in lexicon.EXCHANGING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicon.HELD_PEOPLE_NOUNS for c in token.children):
        return "prisoner exchange"  # "agreed to swap 1,000 prisoners each"
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
    if best is None or hyphenated_word(token).startswith("self-"):
        return None  # "self-deportation" is another measure than deportation
    if best == "talk" and token.tag_ in ("NN", "NNP") and any(
            c.dep_ == "prep" and c.lower_ in ("of", "about") for c in token.children):
        return None  # "dismissed talk of a rift", "rejected talk of a ceasefire": speech about what follows;
        # plural "talks about a ceasefire" are negotiations
    if len(PHRASE_WORDS[best]) == 1 and lemma in lexicon.PLURAL_ONLY_ISSUE_WORDS and token.tag_ in ("NN", "NNP"):
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


MASCULINE_PRONOUNS = {"he", "him", "his", "himself"}
FEMININE_PRONOUNS = {"she", "her", "hers", "herself"}


def hyphen_chain(modifier: Token) -> str | None:
    """A modifier written as one hyphenated phrase that the parser split into a phrase of its own ('top-to-bottom'
    of '"top-to-bottom reform"', whose 'top' it read as a verb; 'cap-and-trade', 'clean-up'): the written word,
    lower-cased; None for a modifier that is one token, whose words are written apart, or that joins no phrase."""
    if modifier.dep_ not in ("amod", "compound", "nmod") or modifier.head.i <= modifier.i:
        return None
    span = modifier.doc[modifier.left_edge.i:modifier.right_edge.i + 1]
    if len(span) < 3 or span.end > modifier.head.i or not any(t.text == "-" for t in span) \
            or any(t.whitespace_ for t in span[:-1]) or not all(t.is_alpha or t.text == "-" for t in span) \
            or not any(t.pos_ in ("ADP", "CCONJ", "PART") for t in span):
        return None  # 'so-called', 'long-standing', 'job-killing' are a writer's words on the thing, no kind of it
    return span.text.lower()


def hyphenated_word(word: Token) -> str:
    """'long-term' for the 'term' of 'a long-term settlement', which the parser splits into three tokens;
    'top-to-bottom' for the 'top' of 'top-to-bottom reform' (`hyphen_chain`)."""
    chain = hyphen_chain(word)
    if chain:
        return chain
    if word.i > 1 and word.doc[word.i - 1].text == "-" and word.doc[word.i - 1].head.i == word.i \
            and word.doc[word.i - 2].head.i == word.i and not word.doc[word.i - 1].whitespace_:
        return "".join(t.text if written_as_a_name(t) else t.lower_ for t in word.doc[word.i - 2: word.i + 1])
        # "US-style moratorium": a name keeps its case inside the hyphenated word (was 'us-style')
    return word.text if written_as_a_name(word) else word.lower_  # "Paris climate agreement" keeps the name's case


NAME_CASE_LABELS = frozenset({"NORP", "GPE", "LOC", "ORG", "PERSON", "FAC", "LAW", "EVENT", "PRODUCT", "WORK_OF_ART"})


def written_as_a_name(word: Token) -> bool:
    """A proper noun, or a word of a name the tagger read as an adjective ('Russian' of 'all Russian athletes', which
    the issue wrote 'russian'): its case is part of it."""
    return word.pos_ == "PROPN" or word.ent_type_ in NAME_CASE_LABELS and word.text[:1].isupper()
