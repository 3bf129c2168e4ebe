"""A learned attribution tagger: every token of a parse gets one of source, cue, content or
none (BIO), from a linear-chain CRF trained on PolNeAR train by `scripts/train_attribution_model.py`.

PolNeAR's annotation is univocal (a token belongs to at most one attribution, in one role), so
attribution extraction is sequence labelling. The CRF sees the parse around each token (word,
lemma, tags, the verb governing it and the relation it hangs by, entities, quote marks) and what
the rules of `storyline.nlp.quotes` found (their role for the token, in PolNeAR's scope), so it
keeps the rules where they are right and learns where they are not: boundaries of the content,
sources the rules leave out, stances and beliefs no word list names. `attributions` turns the tags
back into attributions: every source and content span joins the nearest cue.

The model (python-crfsuite's binary format, gzipped: 5 MB) ships in
`storyline/nlp/models/attribution.crfsuite.gz` and is loaded once per process.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy

from storyline.nlp.cue_model import CANDIDATE_POS, candidate_probability
from storyline.nlp.quotes.marks import QUOTE_MARKS
from storyline.nlp.spacy_model import parse_columns, span_at, text_of

MODEL_PATH = Path(__file__).parent / "models" / "attribution.crfsuite.gz"
ROLES = {"SRC": "source", "CUE": "cue", "CNT": "content"}
CLAUSE_HEAD_POS = ("VERB", "AUX")
WINDOW = (-2, -1, 1, 2)
IOB_NAMES = {0: "", 1: "I", 2: "O", 3: "B"}
CHILD_DEPS = ("nsubj", "nsubjpass", "ccomp", "xcomp", "dobj", "agent", "mark", "prep")
MAX_LINK_TOKENS = 80  # a source or content farther than this from every cue is left out


@dataclass
class TaggedAttribution:
    """One attribution read off the tags: token ranges [start, end) in the parse."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int]


# ---------------------------------------------------------------- features


def rule_attributions(parsed, mentions, quotes_index) -> list:
    """The rules' attributions in PolNeAR's scope (extract_quotes(attitudes=True) before its
    pronoun and negation steps, which change no span), in text order."""
    from storyline.nlp.quotes import rule_candidates
    from storyline.nlp.quotes.extract import kept_in_text_order

    return kept_in_text_order(rule_candidates(parsed, quotes_index, mentions, attitudes=True), attitudes=True)


def rule_roles(parsed, by_rules: list, quotes_index) -> list[str]:
    """The role the rules gave each token ('SRC', 'CUE', 'CNT' or 'O'); a content is taken as a
    quote shows it (a direct quote without its marks)."""
    from storyline.nlp.quotes import quote_kind
    from storyline.nlp.quotes.marks import display_span

    text = text_of(parsed)
    roles = ["O"] * len(parsed)
    spans = []
    for att in by_rules:
        kind = quote_kind(text, att.content_start, att.content_end, quotes_index)
        spans.append(("CNT", *display_span(text, att.content_start, att.content_end, kind)))
        spans.append(("CUE", *att.cue_chars))
        if att.speaker is not None:
            spans.append(("SRC", att.speaker.start_char, att.speaker.end_char))
    for role, start, end in spans:
        span = span_at(parsed, start, end)
        if span is None:
            continue
        for i in range(span.start, span.end):  # the span's token indices: no Token object for each
            if role != "CNT" or roles[i] == "O":  # cue and source win inside a content
                roles[i] = role
    return roles


def _governors(heads: list[int], pos: list[str], deps: list[str], reach: int = 12) -> list[tuple[int, str] | None]:
    """For each token, the nearest verb above it (at most `reach` heads up) and the relation of
    the branch it sits in; a verb at the root of its sentence governs itself ('ROOT'). Each
    token's way up is walked once: the tokens of a branch share the rest of it."""
    above: dict[int, tuple[int, str, int] | None] = {}  # token -> (verb, relation, heads up), any distance
    for i in range(len(heads)):
        path, node = [], i
        while node not in above:
            head = heads[node]
            if head == node and pos[head] not in CLAUSE_HEAD_POS:
                above[node] = None
            elif pos[head] in CLAUSE_HEAD_POS:
                above[node] = (head, deps[node], 1)
            elif head in path:  # a cycle without a verb (only in a hand-made parse)
                above[node] = None
            else:
                path.append(node)
                node = head
        found = above[node]
        for node in reversed(path):
            found = None if found is None else (found[0], found[1], found[2] + 1)
            above[node] = found
    return [None if found is None or found[2] > reach else found[:2] for found in (above[i] for i in range(len(heads)))]


def _in_quote_marks(index, starts: list[int]) -> list[bool]:
    """Whether each token lies inside a pair of quote marks (storyline.nlp.quotes' reading):
    `QuoteIndex.holding` for every token at once, by one sorted search."""
    if not index.spans:
        return [False] * len(starts)
    span_starts = numpy.array(index.starts)
    span_ends = numpy.array([span.end for span in index.spans])
    chars = numpy.array(starts)
    last_opened = numpy.searchsorted(span_starts, chars, side="right") - 1  # as holding's bisect_right
    return ((last_opened >= 0) & (chars < span_ends[last_opened])).tolist()


def _prefixed(prefix: bytes, values: list[str]) -> list[bytes]:
    """`prefix + value`, UTF-8 encoded, for every value of a column: each distinct value (a word
    recurs, a tag recurs all the time) is encoded and joined to the prefix once."""
    made = {value: prefix + value.encode() for value in set(values)}
    return [made[value] for value in values]


def _joined(prefix: str, pairs) -> list[bytes]:
    """`prefix` + the two values joined by '|', UTF-8 encoded, for every pair: each distinct pair once."""
    pairs = list(pairs)
    made = {pair: f"{prefix}{pair[0]}|{pair[1]}".encode() for pair in set(pairs)}
    return [made[pair] for pair in pairs]


CHILD_FEATURES = {dep: f"c={dep}".encode() for dep in CHILD_DEPS}
QUOTED_FEATURES = (b"q=0", b"q=1")
EDGE_FEATURES = {offset: (f"{offset}edge".encode(),) for offset in WINDOW}
NO_FEATURES = ()


def _word_flags(word: str) -> tuple[bytes, ...]:
    """The features a token's text alone gives: a quote mark, a title-case word, white space."""
    flags = []
    if word in QUOTE_MARKS or (len(word) <= 2 and any(c in QUOTE_MARKS for c in word)):
        flags.append(b"mark")
    if word.istitle():
        flags.append(b"title")
    if word.isspace():
        flags.append(b"space")
    return tuple(flags)


def _governed_features(governors: list, lemma: list[str], rule_tags: list[str]) -> list[tuple[bytes, ...]]:
    """Each token's features of the verb governing it and of that verb's own governor ('root'
    when none). They depend only on the governor, the relation and which side the verb is on, so
    the tokens of a branch share one tuple instead of formatting the same strings again."""
    made: dict[tuple, tuple[bytes, ...]] = {}
    features = []
    for i, governor in enumerate(governors):
        if governor is None:
            features.append((b"root",))
            continue
        key = (governor, governor[0] < i)
        found = made.get(key)
        if found is None:
            verb, relation = governor
            verb_lemma = lemma[verb]
            named = (f"gd={relation}", f"gl={verb_lemma}", f"gld={verb_lemma}|{relation}",
                     f"gr={rule_tags[verb]}|{relation}", f"gv_before={int(verb < i)}")
            upper = governors[verb]
            if upper is not None:
                named += (f"ggld={lemma[upper[0]]}|{upper[1]}|{relation}", f"ggr={rule_tags[upper[0]]}|{upper[1]}")
            found = made[key] = tuple(map(str.encode, named))
        features.append(found)
    return features


def _window_features(offset: int, lower: list[str], pos: list[str], rule_tags: list[str]) -> list[tuple[bytes, ...]]:
    """Each token's word, POS and rule role of the token `offset` away, or that it is past an edge."""
    n = len(lower)
    edge = EDGE_FEATURES[offset]
    if abs(offset) >= n:
        return [edge] * n
    seen = list(zip(_prefixed(f"{offset}w=".encode(), lower), _prefixed(f"{offset}p=".encode(), pos),
                    _prefixed(f"{offset}r=".encode(), rule_tags)))
    return [edge] * -offset + seen[:n + offset] if offset < 0 else seen[offset:] + [edge] * offset


def sequence_items(parsed, rule_tags: list[str], quotes_index) -> list[list[bytes]]:
    """CRF features of every token of one parse, in the order the model was trained with, as the
    UTF-8 bytes crfsuite reads: handed strings, pycrfsuite encodes each of the ~30 per token
    itself (on the sample 150, 0.5 of the tagger's 0.9 CPU s went to that conversion; from bytes
    0.3). Token attributes are read once, as arrays: spaCy makes a new Token object on every
    access, which costs more than the features. The features are made part by part for all
    tokens (a column with a prefix, each distinct value encoded once; the flags of each distinct
    word; a tuple shared by the tokens under one verb), then joined per token."""
    columns = parse_columns(parsed)
    n = len(columns.head)
    text, lower, lemma = columns.text, columns.lower, columns.lemma
    pos, tags, deps, heads = columns.pos, columns.tag, columns.dep, columns.head
    quoted = [int(inside) for inside in _in_quote_marks(quotes_index, columns.idx)]
    entities = [IOB_NAMES[iob] + ent for iob, ent in zip(columns.ent_iob, columns.ent_type)]
    own = zip(
        _prefixed(b"w=", lower), _prefixed(b"l=", lemma), _prefixed(b"p=", pos), _prefixed(b"t=", tags),
        _prefixed(b"d=", deps), _prefixed(b"e=", entities), _prefixed(b"r=", rule_tags), [QUOTED_FEATURES[q] for q in quoted],
        _joined("rq=", zip(rule_tags, quoted)), _joined("pd=", zip(pos, deps)),
    )
    flags_of_word = {word: _word_flags(word) for word in set(text)}
    flags = [flags_of_word[word] for word in text]
    for i, start in enumerate(columns.sent_start):
        if i == 0 or start == 1:
            flags[i] = (b"sent_start",) + flags[i]
    for i, tag_pos in enumerate(pos):
        if tag_pos in CANDIDATE_POS:
            flags[i] = flags[i] + (b"cue_p=%d" % int(candidate_probability(parsed, i) * 5),)
    children: list[list[bytes]] = [[] for _ in range(n)]
    for i, head in enumerate(heads):
        if head != i and deps[i] in CHILD_FEATURES:
            children[head].append(CHILD_FEATURES[deps[i]])
    governed = _governed_features(_governors(heads, pos, deps), lemma, rule_tags)
    before2, before1, after1, after2 = (_window_features(offset, lower, pos, rule_tags) for offset in WINDOW)
    pairs = [NO_FEATURES] + [(f"-1w|w={previous}|{word}".encode(),) for previous, word in zip(lower, lower[1:])]
    return [[*own_features, *token_flags, *governor, *child_features, *b2, *b1, *a1, *a2, *pair]
            for own_features, token_flags, governor, child_features, b2, b1, a1, a2, pair
            in zip(own, flags, governed, children, before2, before1, after1, after2, pairs)]


def sequence_features(parsed, rule_tags: list[str], quotes_index) -> list[list[str]]:
    """`sequence_items` as strings, for training and the scripts that read or extend the features."""
    return [[feature.decode() for feature in item] for item in sequence_items(parsed, rule_tags, quotes_index)]


# ---------------------------------------------------------------- tagging


@lru_cache(maxsize=1)
def _tagger():
    if not MODEL_PATH.exists():
        return None
    import gzip

    import pycrfsuite

    model = gzip.decompress(MODEL_PATH.read_bytes())
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model)
    return tagger, model  # crfsuite reads the model from these bytes: they must stay alive


def model_available() -> bool:
    return _tagger() is not None


def tag(parsed, rule_tags: list[str], quotes_index, tagger=None) -> list[str]:
    """BIO tags of every token (model_available() must hold, or `tagger` be given)."""
    if len(parsed) == 0:
        return []
    tagger = tagger or _tagger()[0]
    return tagger.tag(sequence_items(parsed, rule_tags, quotes_index))


def spans_of(tags: list[str]) -> list[tuple[str, int, int]]:
    """(role, start, end) token ranges of a BIO sequence; an I- after another role opens a span."""
    spans = []
    current = None
    for i, label in enumerate(tags + ["O"]):
        prefix, _, role = label.partition("-")
        if current is not None and (prefix != "I" or role != current[0]):
            spans.append((current[0], current[1], i))
            current = None
        if prefix in ("B", "I") and current is None:
            current = (role, i)
    return spans


def attributions(parsed, tags: list[str]) -> list[TaggedAttribution]:
    """Tags to attributions: each source and content span joins the nearest cue (by tokens
    between them, ties to the cue before); a cue with no content is dropped; the contents of
    one cue ('"X," he said, "Y."') become one span from the first to the last."""
    spans = spans_of(tags)
    cues = [(s, e) for role, s, e in spans if role == "CUE"]
    if not cues:
        return []
    contents: dict[tuple[int, int], list[tuple[int, int]]] = {cue: [] for cue in cues}
    sources: dict[tuple[int, int], list[tuple[int, int]]] = {cue: [] for cue in cues}
    for role, start, end in spans:
        if role == "CUE":
            continue
        cue, gap = _nearest(cues, start, end)
        if gap > MAX_LINK_TOKENS:
            continue
        (contents if role == "CNT" else sources)[cue].append((start, end))
    found = []
    for cue in cues:
        if not contents[cue]:
            continue
        content = (min(s for s, _ in contents[cue]), max(e for _, e in contents[cue]))
        source = min(sources[cue], key=lambda span: _gap(cue, *span)) if sources[cue] else None
        found.append(TaggedAttribution(cue=cue, source=source, content=content))
    return found


def _gap(cue: tuple[int, int], start: int, end: int) -> int:
    if end <= cue[0]:
        return cue[0] - end
    if start >= cue[1]:
        return start - cue[1]
    return 0


def _nearest(cues, start: int, end: int) -> tuple[tuple[int, int], int]:
    """The cue nearest tokens start..end and the tokens between them (ties to the cue before). The
    cues are tag spans, in text order and apart, so the nearest is the last cue opening at or before
    `start` or the first after it: found by bisection instead of a pass over every cue per span."""
    at = bisect_right(cues, start, key=lambda cue: cue[0])
    best = min(cues[max(at - 1, 0):at + 1], key=lambda cue: (_gap(cue, start, end), cue[0] > start))
    return best, _gap(best, start, end)


# ---------------------------------------------------------------- quotes


def learned_quotes(parsed, doc_id: str, mentions, tagger=None):
    """The product's attributions: the rules (PolNeAR's scope) read by the tagger, then the
    speaker, pronoun and negation steps of storyline.nlp.quotes. The rules stay where they are
    the better judge (on a held-out tenth of PolNeAR train): an attribution of theirs that no
    tagged one overlaps is kept, and a tagged cue without a source takes the rules' source for
    that cue. Without a shipped model (and no `tagger`, an opened pycrfsuite.Tagger such as a
    held-out one in training), the rules' speech-only quotes."""
    from storyline.nlp.quotes import QuoteIndex, extract_quotes, find_quote_spans, quotes_from_candidates

    if tagger is None and not model_available():
        return extract_quotes(parsed, doc_id, mentions=mentions)
    quotes_index = QuoteIndex(find_quote_spans(text_of(parsed)))
    by_rules = rule_attributions(parsed, mentions, quotes_index)
    tags = tag(parsed, rule_roles(parsed, by_rules, quotes_index), quotes_index, tagger)
    tagged = [_as_candidate(parsed, found) for found in attributions(parsed, tags)]
    candidates = combine(tagged, by_rules)
    for candidate in candidates:
        if candidate.speaker is not None:
            candidate.speaker, candidate.speaker_head = source_boundaries(candidate.speaker, candidate.speaker_head, candidate.cue)
    return quotes_from_candidates(parsed, doc_id, candidates, quotes_index, mentions, attitudes=True)


def source_boundaries(span, head, cue: list):
    """A source's span as PolNeAR draws its sources: a relative pronoun that is the cue's subject
    is the source by itself ('Mitt Romney, who said', the noun is the clause's host); an appositive's
    closing comma belongs to the source ('Brian Fallon, a spokesman for Mrs. Clinton, said'), a
    lone name's following comma does not; a parenthesis the source opens is closed ('Rep. Bobby
    Scott (D-Va.)'). In PolNeAR train 921 of 1,027 sources with a comma inside and one right after
    take that comma in, and 5 of 803 without a comma inside do. Returns the span and the token
    that names the speaker (for a relative pronoun, the noun its clause hangs on)."""
    from storyline.nlp.quotes.attribution import _relative_antecedent

    doc = span.doc
    cue_tokens = {token.i for token in cue}
    relative = next((t for t in span if t.tag_ in ("WP", "WDT") and t.dep_ in ("nsubj", "nsubjpass")
                     and t.head.i in cue_tokens), None)
    if relative is not None:
        return doc[relative.i:relative.i + 1], _relative_antecedent(relative) or head
    span, head = _after_an_earlier_clauses_object(span, head)
    start, end = span.start, span.end
    words = [token.text for token in span]
    if words.count("(") > words.count(")") and end < len(doc) and doc[end].text == ")":
        end += 1
    if "," in words[:-1] and end < len(doc) and doc[end].text == "," and doc[end - 1].whitespace_ == "":
        end += 1
    elif end - start > 1 and words[-1] == "," and "," not in words[:-1]:
        end -= 1
    return (span if (start, end) == (span.start, span.end) else doc[start:end]), head


def _after_an_earlier_clauses_object(span, head):
    """'Two years after Iftikhar Chaudhry was first sacked by then President Pervez Musharraf, Pakistan
    government officials said he would be reinstated': the parser makes the officials a conjunct of
    the object of 'by', and the tagged source runs over both. A source that opens on the object of a
    preposition left outside it names no speaker there; its conjunct after a comma does."""
    root = span.root
    if root.dep_ not in ("pobj", "pcomp") or span.start <= root.head.i < span.end:
        return span, head
    conjunct = next((c for c in root.children if c.dep_ == "conj" and span.start <= c.left_edge.i
                     and c.i < span.end and span.doc[c.left_edge.i - 1].text == ","), None)
    if conjunct is None:
        return span, head
    return span.doc[conjunct.left_edge.i:span.end], conjunct


def combine(tagged: list, by_rules: list) -> list:
    """The tagger's attributions, sources filled in from the rules' for the same cue, a quote
    carried on from an earlier speaker given back to that speaker, then the rules' attributions
    that share no content or cue with any of the tagger's."""
    tagged = tagged + [quote for candidate in list(tagged) for quote in _carried_on_quote(candidate, tagged, by_rules)]
    for candidate in tagged:
        if candidate.speaker is None:
            same_cue = next((r for r in by_rules if r.speaker is not None and _cue_overlap(r, candidate)), None)
            if same_cue is not None:
                candidate.speaker, candidate.speaker_head = same_cue.speaker, same_cue.speaker_head
    taken = [(t.cue[0].i, t.cue[-1].i, t.content_start, t.content_end) for t in tagged]  # read once, not per rule
    extra = []
    for r in by_rules:
        first, last = r.cue[0].i, r.cue[-1].i
        if not any((cue_first <= last and first <= cue_last) or (r.content_start < end and start < r.content_end)
                   for cue_first, cue_last, start, end in taken):  # no shared cue (_cue_overlap) or content
            extra.append(r)
    return tagged + extra


def _carried_on_quote(candidate, tagged: list, by_rules: list) -> list:
    """'"A," said Craig Thorburn, .... "B." C, said Michael McCord': a tagged content that opens on a
    whole quoted sentence the rules give to a speaker whose cue stands before it (B carries Thorburn's
    statement on) and runs on into the sentence of its own cue, a later one, is what that cue reports
    after the quote (C is McCord's). The quote joins the tagged attribution of its speaker's cue (one
    span over A and B, as PolNeAR draws it), or, when the tagger has none, is the rules' attribution.
    Returns the attributions to add."""
    text = text_of(candidate.cue[0].doc)
    earlier = next((r for r in by_rules if r.speaker is not None and not _cue_overlap(r, candidate)
                    and r.cue[-1].idx < r.content_start == candidate.content_start
                    and text[r.content_start] in QUOTE_MARKS and text[r.content_end - 2:r.content_end - 1] in ".!?"
                    and r.content_end <= candidate.cue[0].sent.start_char < candidate.content_end),
                   None)  # the sentence is read last, once a rule quote fits: hand-built Docs have no sentences
    if earlier is None:
        return []
    start = earlier.content_end
    while start < candidate.content_end and text[start].isspace():
        start += 1
    candidate.content_start = start
    same_cue = next((t for t in tagged if t is not candidate and _cue_overlap(t, earlier)
                     and t.content_end <= earlier.content_start), None)
    if same_cue is None:
        return [earlier]
    same_cue.content_end = earlier.content_end
    return []


def _cue_overlap(a, b) -> bool:
    return a.cue[0].i <= b.cue[-1].i and b.cue[0].i <= a.cue[-1].i


def _as_candidate(parsed, found: TaggedAttribution):
    from storyline.nlp.quotes import Attribution

    content = parsed[found.content[0]:found.content[1]]
    speaker = parsed[found.source[0]:found.source[1]] if found.source else None
    return Attribution(
        content_start=content.start_char,
        content_end=content.end_char,
        cue=list(parsed[found.cue[0]:found.cue[1]]),
        speaker=speaker,
        speaker_head=speaker.root if speaker is not None else None,
    )
