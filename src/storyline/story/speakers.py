"""Which stored entity a span names, across documents: a quote's speaker reference (a name, or the
person a pronoun was resolved to), a claim's holder or an event's participant, looked up in the
corpus-level mention map."""
from __future__ import annotations

from collections.abc import Callable

from storyline.model import Quote
from storyline.nlp.lexicon import PERSON_PRONOUNS

# Entity ids by mention span (doc, start, end): the corpus mention map, or a function that answers for a
# span (the story step's store lookup), so a big corpus need not be held as one map.
EntityLookup = dict[tuple[str, int, int], str] | Callable[[str, int, int], str | None]


def entity_at(entity_of: EntityLookup, doc: str, start: int, end: int) -> str | None:
    """The entity of the mention at exactly this span, if one is linked."""
    if callable(entity_of):
        return entity_of(doc, start, end)
    return entity_of.get((doc, start, end))


def spans_by_document(mention_map: dict[tuple[str, int, int], str]) -> dict[str, list[tuple[int, int, str]]]:
    """Linked mentions grouped by document, so overlap lookups never scan the whole corpus."""
    grouped: dict[str, list[tuple[int, int, str]]] = {}
    if not callable(mention_map):
        for (doc, start, end), entity in mention_map.items():
            grouped.setdefault(doc, []).append((start, end, entity))
    return grouped


def overlapping_entity(spans: dict[str, list[tuple[int, int, str]]], doc: str,
                       start: int | None, end: int | None) -> str | None:
    """The entity of a linked mention overlapping the span ('President Trump' vs 'Trump')."""
    if start is None or end is None:
        return None
    return next((entity for s, e, entity in spans.get(doc, ()) if s < end and start < e), None)


def resolve_speaker(quote: Quote, mention_map: dict[tuple[str, int, int], str],
                    spans: dict[str, list[tuple[int, int, str]]] | None = None) -> str | None:
    """Entity id of the quote's speaker through the mention map from link_entities, or None.
    `spans`: spans_by_document(mention_map), when resolving many quotes."""
    if quote.speaker_ref_start is None:
        return None
    key = (quote.doc, quote.speaker_ref_start, quote.speaker_ref_end)
    if key in mention_map:
        return mention_map[key]
    if spans is None:
        spans = spans_by_document({k: v for k, v in mention_map.items() if k[0] == quote.doc})
    return overlapping_entity(spans, quote.doc, quote.speaker_ref_start, quote.speaker_ref_end)


MIN_PRONOUNS_FOR_A_SEX = 5  # resolved 'he'/'she' speakers before a person's sex counts as known
SEX_MAJORITY = 0.8  # the share of them one sex must have


def pronoun_sex(quote: Quote) -> str | None:
    """'male' for a 'he' speaker, 'female' for a 'she' speaker, else None."""
    return PERSON_PRONOUNS.get((quote.speaker_text or "").lower())


def pronoun_of_the_other_sex(quote: Quote, pronoun_sexes: dict[str, int]) -> bool:
    """'She has called for the reinstatement of an assault weapons ban' resolved to Obama, the subject of the sentence
    before (PolNeAR train, round 45 pool row 47): a 'he' or 'she' speaker resolved to a person whom the coverage's
    other resolved pronouns call the other sex, clearly (`pronoun_sexes`, counted over every quote: at least
    MIN_PRONOUNS_FOR_A_SEX, SEX_MAJORITY of them), is a wrong antecedent. One document often says nothing of a
    person's sex; the coverage's many right resolutions outvote its few wrong ones. Courtesy titles would not do:
    a report naming Barack Obama in full and writing "Mrs Obama" for Michelle votes him female."""
    sex = pronoun_sex(quote)
    if sex is None:
        return False
    other = sum(count for other_sex, count in pronoun_sexes.items() if other_sex != sex)
    total = other + pronoun_sexes.get(sex, 0)
    return other >= MIN_PRONOUNS_FOR_A_SEX and other >= SEX_MAJORITY * total
