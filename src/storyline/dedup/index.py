"""CopyIndex: incremental, SQLite-persisted detection of exact copies, near duplicates and rewrites.

Adding a document costs a fixed amount of work, not a pass over the store:
  1. exact: its normalised-text hash is looked up in an index;
  2. candidates: documents sharing an LSH bucket of either MinHash signature —
     word 5-shingles (near duplicates: 32 bands x 4 rows) or content-word sets (rewordings
     keep names, numbers and nouns: 32 bands x 2 rows);
     at most MAX_CANDIDATES, most shared buckets first;
  3. verification per candidate: lexical sentence alignment (rapidfuzz); near when verbatim
     sentences cover most of the shorter document. Otherwise, when the documents' content words
     overlap enough and enough sentences share most of their content words (a cheap gate),
     MiniLM sentence alignment: rewrite when reworded sentences align, near when the aligned
     sentences are mostly verbatim.
     Sentence embeddings are computed only when a document first reaches MiniLM and are
     persisted, so each document is embedded at most once; the two documents of a pair are
     encoded in one call, and a sentence this index encoded before (a wire story's verbatim
     paragraphs in its rewrites) is not encoded again.
  4. story: a copy joins its original's story, other documents the story of their most
     similar candidate (content-word Jaccard), else they start one (story_of()).
The index's state lives in the store's dedup_* tables, read and written through
`store.copy_tables.CopyTables` (no SQL here). The caller owns the transaction: nothing here commits.
"""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from typing import Callable

import numpy as np

from storyline.dedup import align, embed, minhash
from storyline.dedup.direction import DocFacts, attribution_count, choose_original, cites
from storyline.dedup.text import content_hash, keywords_of, normalise, normalised_hash, shingles_of, split_sentences
from storyline.model import CopyLink, Document
from storyline.store.copy_tables import CopyTables, IndexedDocument

# LSH: a pair becomes a candidate with probability 1 - (1 - J^rows)^bands.
SHINGLE_PERM, SHINGLE_BANDS, SHINGLE_ROWS = 128, 32, 4  # 50% at J ~0.40
KEYWORD_PERM, KEYWORD_BANDS, KEYWORD_ROWS = 128, 32, 2  # 50% at J ~0.15; all 128 values estimate J
MAX_CANDIDATES = 50
MIN_SHINGLE_JACCARD = 0.25  # below this (and the keyword bar) a candidate is a bucket collision
MIN_KEYWORD_JACCARD = 0.22  # rewrite check only above this; seeds: 003/004 0.36, other pairs <= 0.16
STORY_KEYWORD_JACCARD = 0.18  # incremental story: join the most similar candidate's story at or above this
# (news-story-chains, articles added in date order: P 1.00 R 0.78 at 0.18; 0.16 gives P 0.90 R 0.88)
NEAR_COVERAGE = 0.8  # verbatim sentences covering this much of the shorter document: near, no embedding
VERBATIM_SHARE = 2 / 3  # of the sentences MiniLM aligns, the verbatim share that still makes a near copy
# (seed 003/004 after cleaning: 18 of 34 aligned sentences are verbatim — the quotes — so a rewrite;
# the SemEval page pasting Vox: 3 of 4, a near copy)
KIND_RANK = {"exact": 3, "near": 2, "rewrite": 1}
MAX_REMEMBERED_VECTORS = 20_000  # sentence vectors kept for reuse in one index (float32, ~30 MB at most)


def _strength(link: CopyLink) -> tuple[int, float]:
    """Exact beats near beats rewrite; within a kind, the higher score."""
    return (KIND_RANK[link.kind], link.score)


def create_schema(conn: sqlite3.Connection) -> None:
    """The index's tables on a bare connection (a store has them already); for tests and standalone use."""
    CopyTables.create(conn)


@dataclass
class CopyFeatures:
    """What the index needs of a document that does not depend on the store: computed where the
    document is analysed (a worker process), so the store's process only compares and writes."""

    content_hash: str
    attributions: int
    sentences: list[str]
    shingles: np.ndarray
    keywords: np.ndarray
    text_hash: str = ""  # `text_hash` of the text they were made from: the text itself, not its normalised form


def copy_features(doc: Document) -> CopyFeatures:
    """The features of a document's text, normalised once for its hash, shingles and content words
    (`normalise` is most of their CPU)."""
    normalised = normalise(doc.text)
    tokens = normalised.split()
    return CopyFeatures(
        content_hash=normalised_hash(normalised),
        attributions=attribution_count(doc.text, doc.outlet),
        sentences=split_sentences(doc.text),
        shingles=minhash.signature(shingles_of(tokens), SHINGLE_PERM),
        keywords=minhash.signature(keywords_of(tokens), KEYWORD_PERM),
        text_hash=text_hash(doc.text),
    )


def text_hash(text: str) -> str:
    """A hash of the text as it is, for telling whether features were made from it without normalising it again."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class _Entry:
    """One document as the index sees it."""

    facts: DocFacts
    content_hash: str
    shingles: np.ndarray
    keywords: np.ndarray
    sentences: list[str]
    embeddings: np.ndarray | None = None


class CopyIndex:
    """Finds, for each added document, which stored documents it copies or is copied by."""

    def __init__(self, conn: sqlite3.Connection,
                 embed_sentences: Callable[[list[str]], np.ndarray] = embed.index_vectors):
        self.tables = CopyTables(conn)
        self.embed_sentences = embed_sentences
        # vectors this index encoded, by sentence: the encoder's output as it was, never a stored
        # (float16) vector, so reusing one gives the comparison the encoder itself would
        self._encoded: dict[str, np.ndarray] = {}

    # ---- public -------------------------------------------------------------------------
    def add(self, doc: Document, features: CopyFeatures | None = None) -> list[CopyLink]:
        """Index `doc`; return the links that set a document's copy_of (apply them in order).

        Sets doc.copy_of / doc.copy_kind when `doc` copies a stored document (its strongest
        link); a link with `doc` as the original is returned only when it is stronger than the
        stored document's current one. Every link found is kept in dedup_links as evidence.
        `features`: `copy_features(doc)` made where the document was analysed (recomputed here if
        it belongs to another text).
        """
        if self._known(doc.id):
            return []
        entry = self._entry_for(doc, features)
        links = self._exact_links(entry)
        candidates = [] if links else self._candidates(entry)
        links = links or [link for candidate in candidates
                          if (link := self._compare(entry, candidate)) is not None]
        changes = self._copy_of_changes(doc.id, links)
        self._store(entry)
        self._store_story(entry, links, candidates)
        for link in links:
            self._store_link(link)
        for link in changes:
            if link.doc == doc.id:
                doc.copy_of, doc.copy_kind = link.original, link.kind
        return changes

    def links(self) -> list[CopyLink]:
        return self.tables.links()

    def copy_of(self) -> dict[str, str | None]:
        """Each indexed document's original (its strongest link) or None; chains are left as they are."""
        result: dict[str, str | None] = dict.fromkeys(self.tables.document_ids())
        best: dict[str, tuple] = {}
        for link in self.links():
            rank = _strength(link)
            if link.doc not in best or rank > best[link.doc]:
                best[link.doc] = rank
                result[link.doc] = link.original
        return result

    def story_of(self) -> dict[str, str]:
        """Each indexed document's story id (the id of the story's first indexed document).

        Assigned once, when the document is added: a copy joins its original's story, any other
        document the story of its most similar LSH candidate by content words (estimated
        Jaccard >= STORY_KEYWORD_JACCARD), else it starts a story. `stories.cluster_stories`
        is the batch alternative (better on news-story-chains, but quadratic).
        """
        return self.tables.stories()

    def similar(self, doc_id: str, limit: int = MAX_CANDIDATES) -> list[tuple[str, float]]:
        """Indexed documents sharing an LSH bucket with `doc_id`, as (id, estimated content-word
        Jaccard), most similar first: what the index already knows of who reports the same things."""
        rows = self.tables.bucket_neighbours(doc_id, limit)
        if not rows:
            return []
        signatures = self.tables.keyword_signatures([doc_id] + [other for other, _ in rows])
        mine = minhash.from_blob(signatures[doc_id])
        scored = [(other, minhash.estimated_jaccard(mine, minhash.from_blob(signatures[other])))
                  for other, _ in rows if other in signatures]
        return sorted(scored, key=lambda pair: (-pair[1], pair[0]))

    def copy_kind(self) -> dict[str, str]:
        """Kind of the link chosen by copy_of(), for documents that copy something."""
        originals = self.copy_of()
        return {link.doc: link.kind for link in self.links() if originals.get(link.doc) == link.original}

    def _copy_of_changes(self, doc_id: str, links: list[CopyLink]) -> list[CopyLink]:
        """The new document's strongest link as a copy, then links that beat a stored copy's own."""
        as_copy = [link for link in links if link.doc == doc_id]
        changes = [max(as_copy, key=_strength)] if as_copy else []
        for link in links:
            if link.doc != doc_id and _strength(link) > self._current_strength(link.doc):
                changes.append(link)
        return changes

    def _current_strength(self, doc_id: str) -> tuple:
        return max(((KIND_RANK[kind], score) for kind, score in self.tables.link_strengths(doc_id)), default=(0, 0.0))

    # ---- building entries ------------------------------------------------------------------
    def _known(self, doc_id: str) -> bool:
        return self.tables.has_document(doc_id)

    def _entry_for(self, doc, features: CopyFeatures | None = None) -> _Entry:
        if features is None or (features.text_hash != text_hash(doc.text)
                                and features.content_hash != content_hash(doc.text)):  # made from the same text,
            features = copy_features(doc)  # or (a layout apart) from its normalised form, they are this text's
        facts = DocFacts(doc.id, doc.published, features.attributions, len(features.sentences), self.tables.next_seq(),
                         doc.outlet)
        return _Entry(facts=facts, content_hash=features.content_hash, shingles=features.shingles,
                      keywords=features.keywords, sentences=features.sentences)

    def _bucket_keys(self, entry: _Entry) -> list[int]:
        """LSH keys of both signatures; none for a document with no words (it would match all such)."""
        if minhash.is_empty(entry.shingles):
            return []
        return (minhash.band_keys(entry.shingles, SHINGLE_BANDS, SHINGLE_ROWS, "shingle")
                + minhash.band_keys(entry.keywords, KEYWORD_BANDS, KEYWORD_ROWS, "keyword"))

    def _load(self, doc_id: str) -> _Entry:
        row = self.tables.document(doc_id)
        return _Entry(
            facts=DocFacts(doc_id, row.published, row.attributions, row.n_sentences, row.seq, row.outlet),
            content_hash=row.content_hash,
            shingles=minhash.from_blob(row.shingle_minhash),
            keywords=minhash.from_blob(row.keyword_minhash),
            sentences=row.sentences,
            embeddings=embed.from_blob(row.embeddings) if row.embeddings is not None else None,
        )

    # ---- finding and checking candidates --------------------------------------------------
    def _exact_links(self, entry: _Entry) -> list[CopyLink]:
        if minhash.is_empty(entry.shingles):  # no words: nothing to be a copy of
            return []
        first = self.tables.first_with_content(entry.content_hash)
        if first is None:
            return []
        other = self._load(first)
        original, copy = choose_original(entry.facts, other.facts)
        evidence = [(s, s, 1.0) for s in entry.sentences[:5]]
        return [CopyLink(copy.doc_id, original.doc_id, "exact", 1.0, evidence)]

    def _candidates(self, entry: _Entry) -> list[_Entry]:
        keys = self._bucket_keys(entry)
        if not keys:
            return []
        return [self._load(doc_id) for doc_id, _ in self.tables.sharing_buckets(keys, MAX_CANDIDATES)]

    def _compare(self, entry: _Entry, other: _Entry) -> CopyLink | None:
        """near when nearly every sentence is verbatim; else rewrite when MiniLM aligns them."""
        shingle_j = minhash.estimated_jaccard(entry.shingles, other.shingles)
        keyword_j = minhash.estimated_jaccard(entry.keywords, other.keywords)
        if shingle_j < MIN_SHINGLE_JACCARD and keyword_j < MIN_KEYWORD_JACCARD:
            return None
        lexical = align.align(align.lexical_similarity(entry.sentences, other.sentences),
                              align.LEXICAL_PAIR_THRESHOLD)
        lexical_link = self._link(entry, other, "near", lexical) if lexical.is_copy() else None
        if lexical.is_copy() and lexical.coverage >= NEAR_COVERAGE:
            return lexical_link
        if keyword_j < MIN_KEYWORD_JACCARD:
            return lexical_link
        content = align.align(align.keyword_similarity(entry.sentences, other.sentences),
                              align.KEYWORD_PAIR_THRESHOLD)
        if content.coverage < align.MIN_KEYWORD_COVERAGE:
            return lexical_link
        self._embed([entry, other])
        semantic = align.align(
            align.semantic_similarity(entry.embeddings, other.embeddings),
            align.SEMANTIC_PAIR_THRESHOLD)
        if not semantic.is_copy():
            return lexical_link
        verbatim_share = len(lexical.pairs) / len(semantic.pairs)
        return self._link(entry, other, "near" if verbatim_share >= VERBATIM_SHARE else "rewrite", semantic)

    def _embed(self, entries: list[_Entry]) -> None:
        """Gives the entries without sentence vectors theirs, persisted for stored documents, in one
        encoder call for the sentences this index has not encoded yet. MiniLM is the copy index's
        largest cost (~7.7 of 10 CPU s on 298 Timeline17 bpoil_reuters articles), and a document
        that reaches it often repeats sentences of the one it is compared with: those are encoded
        once (1,601 sentences encoded there before, `python benchmarks/copy_index_replay.py`)."""
        pending = [entry for entry in entries if entry.embeddings is None]
        if not pending:
            return
        wanted = list(dict.fromkeys(s for entry in pending for s in entry.sentences))
        new = [s for s in wanted if s not in self._encoded]
        if len(self._encoded) + len(new) > MAX_REMEMBERED_VECTORS:
            self._encoded = {s: self._encoded[s] for s in wanted if s in self._encoded}
        if new:
            self._encoded.update(zip(new, self.embed_sentences(new)))
        for entry in pending:
            entry.embeddings = (np.stack([self._encoded[s] for s in entry.sentences]) if entry.sentences
                                else np.zeros((0, embed.EMBEDDING_DIM), dtype=np.float32))
            self.tables.set_embeddings(entry.facts.doc_id, embed.to_blob(entry.embeddings))

    def _link(self, entry: _Entry, other: _Entry, kind: str, alignment: align.Alignment) -> CopyLink:
        original, copy = choose_original(entry.facts, other.facts,
                                         a_cites_b=cites(entry.sentences, other.facts.outlet),
                                         b_cites_a=cites(other.sentences, entry.facts.outlet))
        copy_is_entry = copy.doc_id == entry.facts.doc_id
        copy_entry, original_entry = (entry, other) if copy_is_entry else (other, entry)
        evidence = align.evidence(alignment, copy_entry.sentences, original_entry.sentences, copy_is_a=copy_is_entry)
        return CopyLink(copy.doc_id, original.doc_id, kind, round(alignment.score, 4), evidence)

    # ---- writing ------------------------------------------------------------------------
    def _store(self, entry: _Entry) -> None:
        f = entry.facts
        vectors = embed.to_blob(entry.embeddings) if entry.embeddings is not None else None
        row = IndexedDocument(f.seq, entry.content_hash, f.published, f.outlet, f.attributions, f.n_sentences,
                              minhash.to_blob(entry.shingles), minhash.to_blob(entry.keywords), entry.sentences, vectors)
        self.tables.add_document(f.doc_id, row, self._bucket_keys(entry))

    def _store_story(self, entry: _Entry, links: list[CopyLink], candidates: list[_Entry]) -> None:
        doc_id = entry.facts.doc_id
        related = [link.original if link.doc == doc_id else link.doc for link in links]
        if not related:
            scored = [(minhash.estimated_jaccard(entry.keywords, c.keywords), c.facts.doc_id) for c in candidates]
            related = [other for score, other in sorted(scored, reverse=True) if score >= STORY_KEYWORD_JACCARD][:1]
        story = self.tables.story_of(related[0]) if related else None
        self.tables.add_to_story(doc_id, story or doc_id)

    def _store_link(self, link: CopyLink) -> None:
        self.tables.put_link(link)
