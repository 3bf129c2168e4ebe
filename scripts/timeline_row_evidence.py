"""What the evidence of right and wrong timeline rows looks like: the judged rows of timeline sheets matched to the
events of a store, and how right rows fare among those that have a feature of their evidence and those that lack it.

    python scripts/timeline_row_evidence.py --db unseen.db docs/judged/timeline-haiti_bbc-unseen140-round8.md

A judged row is matched to the store's timeline candidate (`story.timeline.is_timeline_candidate`) whose evidence
sentence starts with the row's evidence; only rows of the store's current default timeline are counted (rows that
the code no longer shows are not its rows). Features, each a general property of a row's evidence (none chosen for
a topic): documents and independent sources telling it, its mentions, its place in its article (1 = first word), the
documents naming its acting party, its type (a happening or a stated position), status, sureness (`is_sure`).
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from storyline.model import Event, from_dict
from storyline.store import Store, queries
from storyline.story import timeline
from storyline.story.stored_timeline import default_timeline_of_store, story_span, with_central_names

from judged_rows_recheck import judged_rows  # the sheets' table reader, one home (scripts/ is on the path when run)

FEATURES = {
    "told by 2+ documents": lambda f, n: f["documents"] >= 2,
    "2+ independent sources": lambda f, n: f["independent"] >= 2,
    "2+ mentions": lambda f, n: f["mentions"] >= 2,
    "in an article's first fifth": lambda f, n: f["lead"] >= 1 - timeline.LEAD_SHARE,
    "acting party in 3+ documents": lambda f, n: f["agent_documents"] >= 3,
    "acting party in 5% of documents": lambda f, n: f["agent_documents"] >= 0.05 * n,
    "a happening, no stated position": lambda f, n: f["type"] not in timeline.STANCE_TYPES,
    "status happened": lambda f, n: f["status"] == "happened",
    "sure": lambda f, n: f["sure"],
}


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()[:60]


def row_features(store: Store) -> tuple[dict[str, dict], int]:
    """The evidence features of each event of the store's default timeline, by the start of its evidence sentence."""
    span = with_central_names(store, story_span(store))
    documents_naming = {entity: documents for entity, _, _, documents in queries.widespread_entities(store, 0.0)}
    features = {}
    for event in default_timeline_of_store(store, span):
        agents = (event.roles or {}).get("agent", [])
        features[_key(event.summary)] = {
            "documents": len(set(event.sources)), "independent": event.independent_sources,
            "mentions": len(event.mentions), "lead": timeline._lead_score(event, span),
            "agent_documents": max([documents_naming.get(a, 0) for a in agents] or [0]),
            "type": event.type, "status": event.status, "sure": timeline.is_sure(event, span)}
    return features, span.documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/timeline_row_evidence.py")
    parser.add_argument("--db", required=True)
    parser.add_argument("sheets", nargs="+", type=Path, help="judged sheets of this store's articles")
    args = parser.parse_args(argv)
    features, documents = row_features(Store(args.db, readonly=True))
    matched, seen = [], set()
    for sheet in args.sheets:
        for evidence, passed in ((row["evidence"], row["pass"].lower() == "ok") for row in judged_rows(sheet)):
            key = _key(evidence)
            if key in features and key not in seen:
                seen.add(key)
                matched.append((passed, features[key]))
    print(f"{args.db}: {len(features)} rows in the default timeline, {len(matched)} judged, "
          f"{sum(p for p, _ in matched)} right")
    for name, has in FEATURES.items():
        with_it = [p for p, f in matched if has(f, documents)]
        without = [p for p, f in matched if not has(f, documents)]
        print(f"  {name:34s} with: {sum(with_it)}/{len(with_it)} right   without: {sum(without)}/{len(without)} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
