"""Timelines: the dated events of a story, and a summarised timeline for large collections.

`build_timeline` orders clustered events (by `timeline_sort_key`, which the store keeps per event). `summarise_timeline` is the mode for collections too
large to read: in the manner of news-tls DATEWISE (Ghalandari & Ifrim 2020) it first ranks
dates by how much the collection talks about them (sentences that mention a date, articles
that mention it, articles published on it) and then picks, for each chosen date, the
sentences closest to the centroid of everything said about that date.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from storyline.model import Document, Event, Timex
from storyline.story.sentence_dates import first_date

# How much each kind of evidence counts towards a date's importance (see docs/events.md).
DATE_EVIDENCE_WEIGHTS = {
    "sentences_mentioning": 1.0,  # sentences whose first day-level date is this date
    "documents_mentioning": 2.0,  # distinct articles mentioning it (breadth beats repetition)
    "documents_published": 0.5,  # articles published on the date or the day after
}
LEAD_SENTENCES = 10  # undated sentences this close to an article's start describe its publication day
PUBLICATION_LAG_DAYS = 1  # an article published on day d+1 usually reports day d
SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[A-Z\"“‘(])|\n+")
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MIN_TOKENS, MAX_TOKENS = 6, 45  # summary sentences: not fragments, not run-ons
REDUNDANCY_LIMIT = 0.5
TIMELINE_WIDE_REDUNDANCY = True  # also against sentences chosen for other dates
TOPIC_TERMS = 10  # a summary sentence names one of the collection's most widespread words (0: no filter)  # cosine above which a candidate repeats an already chosen sentence


@dataclass
class CandidateSentence:
    """One sentence of the collection with what is needed to place it in time."""

    text: str
    doc: str
    published: date
    position: int  # index of the sentence in its article
    date: date | None  # the first day-level date it states, if any


def timeline_sort_key(event: Event) -> str | None:
    """An event's place on the timeline as one string, so that SQL can order by it: its date (a
    range by its start), more independent sources first, then its id. None for an undated event,
    which stays off the timeline."""
    day = event.date or (event.date_range[0] if event.date_range else None)
    if not day:
        return None
    return f"{day}|{max(0, 99999 - event.independent_sources):05d}|{event.id}"


def build_timeline(events: list[Event]) -> list[str]:
    """Ids of the dated events, oldest first (a range sorts by its start); undated ones are left out."""
    keyed = [(timeline_sort_key(event), event.id) for event in events]
    return [event_id for key, event_id in sorted(pair for pair in keyed if pair[0] is not None)]


def _token_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _is_summary_worthy(sentence: CandidateSentence) -> bool:
    return MIN_TOKENS <= _token_count(sentence.text) <= MAX_TOKENS


def _date_evidence(sentences: list[CandidateSentence]) -> dict[date, dict[str, float]]:
    evidence: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    docs_mentioning: dict[date, set[str]] = defaultdict(set)
    docs_published: dict[date, set[str]] = defaultdict(set)
    for sentence in sentences:
        if sentence.date is not None:
            evidence[sentence.date]["sentences_mentioning"] += 1
            docs_mentioning[sentence.date].add(sentence.doc)
        for lag in range(PUBLICATION_LAG_DAYS + 1):
            docs_published[sentence.published - timedelta(days=lag)].add(sentence.doc)
    for day, docs in docs_mentioning.items():
        evidence[day]["documents_mentioning"] = len(docs)
    for day, docs in docs_published.items():
        evidence[day]["documents_published"] = len(docs)
    return evidence


def rank_dates(sentences: list[CandidateSentence], start: date | None = None, end: date | None = None) -> list[date]:
    """Dates by importance, most important first; only dates inside [start, end] when given."""
    scores = {}
    for day, counts in _date_evidence(sentences).items():
        if (start and day < start) or (end and day > end):
            continue
        scores[day] = sum(DATE_EVIDENCE_WEIGHTS[name] * math.log1p(value) for name, value in counts.items())
    return sorted(scores, key=lambda day: (-scores[day], day))


def _candidates_by_date(sentences: list[CandidateSentence]) -> dict[date, list[int]]:
    """Sentences that speak about each date: those stating it, and undated lead sentences of its reports."""
    by_date: dict[date, list[int]] = defaultdict(list)
    for index, sentence in enumerate(sentences):
        if sentence.date is not None:
            by_date[sentence.date].append(index)
        elif sentence.position < LEAD_SENTENCES:
            for lag in range(PUBLICATION_LAG_DAYS + 1):
                by_date[sentence.published - timedelta(days=lag)].append(index)
    return by_date


def _select_central(vectors, candidates: list[int], eligible: list[int], k: int,
                    already_used: list[int] | None = None) -> list[int]:
    """Greedy centroid optimisation: add the sentence that brings the summary closest to the centroid.

    `vectors` are L2-normalised sparse rows; the centroid is the mean of all candidates, so a
    sentence is central when it shares the words most of the date's sentences share.
    """
    eligible = list(dict.fromkeys(eligible))
    centroid = np.asarray(vectors[candidates].mean(axis=0)).ravel()
    rows = vectors[eligible]
    to_centroid = np.asarray(rows @ centroid).ravel()
    to_summary = np.zeros(len(eligible))  # dot product of each row with the summary vector
    max_similarity = np.zeros(len(eligible))  # closest chosen sentence, for redundancy
    if already_used and TIMELINE_WIDE_REDUNDANCY:
        # a sentence already told under another date is not news again
        max_similarity = np.asarray((rows @ vectors[already_used].T).max(axis=1).todense()).ravel()
    summary_norm2, summary_dot_centroid = 0.0, 0.0
    available = np.ones(len(eligible), dtype=bool)
    chosen: list[int] = []
    while len(chosen) < k:
        allowed = available & (max_similarity <= REDUNDANCY_LIMIT)
        if not allowed.any():
            break
        scores = (summary_dot_centroid + to_centroid) / np.sqrt(summary_norm2 + 2 * to_summary + 1.0)
        scores[~allowed] = -np.inf
        best = int(np.argmax(scores))
        summary_norm2 += 2 * to_summary[best] + 1.0
        summary_dot_centroid += to_centroid[best]
        similarity = np.asarray((rows @ rows[best].T).todense()).ravel()
        to_summary += similarity
        max_similarity = np.maximum(max_similarity, similarity)
        available[best] = False
        chosen.append(eligible[best])
    return chosen


def _on_topic(vectors, n_terms: int) -> np.ndarray:
    """Which sentences contain one of the n words found in most sentences (the story's own words:
    'oil', 'spill', 'flu'); news-tls uses hand-given keywords for the same purpose."""
    if n_terms <= 0:
        return np.ones(vectors.shape[0], dtype=bool)
    present = vectors > 0
    frequency = np.asarray(present.sum(axis=0)).ravel()
    top = np.argsort(-frequency)[:n_terms]
    return np.asarray(present[:, top].sum(axis=1)).ravel() > 0


def summarise_timeline(
    sentences: list[CandidateSentence],
    n_dates: int,
    sentences_per_date: int = 1,
    start: date | None = None,
    end: date | None = None,
) -> list[tuple[date, list[str]]]:
    """The `n_dates` most important dates with their most central sentences, oldest first."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not sentences or n_dates <= 0:
        return []
    vectorizer = TfidfVectorizer(stop_words="english", lowercase=True, sublinear_tf=True, min_df=2)
    vectors = vectorizer.fit_transform([sentence.text for sentence in sentences]).tocsr()
    by_date = _candidates_by_date(sentences)
    on_topic = _on_topic(vectors, TOPIC_TERMS)
    timeline: list[tuple[date, list[str]]] = []
    used: list[int] = []
    for day in rank_dates(sentences, start, end):
        if len(timeline) >= n_dates:
            break
        candidates = by_date.get(day, [])
        eligible = [index for index in candidates if _is_summary_worthy(sentences[index]) and on_topic[index]]
        chosen = _select_central(vectors, candidates, eligible, sentences_per_date, used) if eligible else []
        used.extend(chosen)
        if chosen:
            timeline.append((day, [sentences[index].text for index in chosen]))
    timeline.sort(key=lambda item: item[0])
    return timeline


def _split_spans(text: str) -> list[tuple[int, int]]:
    spans, begin = [], 0
    for boundary in SENTENCE_BREAK.finditer(text):
        spans.append((begin, boundary.start()))
        begin = boundary.end()
    spans.append((begin, len(text)))
    return [(start, end) for start, end in spans if text[start:end].strip()]


def _stated_day(start: int, end: int, doc_timexes: list[Timex] | None, text: str, published: date) -> date | None:
    """First day-level date in the sentence: from the timex stage when given, else the rules."""
    if doc_timexes is None:
        return first_date(text[start:end], published)
    for timex in sorted(doc_timexes, key=lambda t: t.start):
        if start <= timex.start and timex.end <= end and timex.type == "DATE" and timex.value and DAY_VALUE.match(timex.value):
            return date.fromisoformat(timex.value)
    return None


def candidates_from_documents(
    documents: list[Document],
    timexes: dict[str, list[Timex]] | None = None,
    sentence_spans: dict[str, list[tuple[int, int]]] | None = None,
) -> list[CandidateSentence]:
    """Sentences of stored documents ready for `summarise_timeline`; undated documents are skipped."""
    sentences = []
    for document in documents:
        published_text = document.published or (document.published_range or [None])[-1]
        if not published_text:
            continue
        published = date.fromisoformat(published_text[:10])
        spans = (sentence_spans or {}).get(document.id) or _split_spans(document.text)
        doc_timexes = timexes.get(document.id) if timexes is not None else None
        for position, (start, end) in enumerate(spans):
            text = document.text[start:end].strip()
            sentences.append(CandidateSentence(text, document.id, published, position,
                                               _stated_day(start, end, doc_timexes, document.text, published)))
    return sentences
