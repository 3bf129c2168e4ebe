#!/usr/bin/env python3
"""The N most mentioned people of a store as a judging sheet (Markdown), to judge by reading.

usage: top_people.py --db STORE.db [-n 40]
       top_people.py --actors LISTING.json [-n 60]

Each row: rank, name, mentions, aliases, roles, and an empty verdict column to fill in
("one real person", "merged two people: ...", "not a person: place / furniture / thing").
Ties in mentions are broken by name, so the same store gives the same sheet.

With --actors, the rows are the first N actors of `storyline actors --format json` (the listing a
reader sees: every type, outlets left out, most mentioned first), with their type, to judge name
and type (person / organisation / place / group).
"""
from __future__ import annotations

import argparse
import json
import random

from storyline.store.queries import entity_records
from storyline.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db")
    parser.add_argument("--actors", help="the output of `storyline actors --format json`")
    parser.add_argument("-n", type=int, default=40)
    parser.add_argument("--contexts", type=int, default=0,
                        help="with --actors and --db: this many mentions of each actor in their sentences, drawn with --seed")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.actors:
        print_actors(args.actors, args.n)
        if args.contexts and args.db:
            print_contexts(args.actors, Store(args.db), args.n, args.contexts, args.seed)
        return
    if not args.db:
        parser.error("--db or --actors is required")
    store = Store(args.db)
    people = [e for e in entity_records(store) if e["type"] == "PERSON"]
    people.sort(key=lambda e: (-len(e["mentions"]), e["name"]))
    print("| # | person | mentions | aliases | roles | verdict |")
    print("|---|---|---|---|---|---|")
    for rank, person in enumerate(people[: args.n], start=1):
        aliases = ", ".join(person["aliases"][:8]).replace("|", "/")
        roles = "; ".join(sorted({r["role"] for r in person["roles"]}))[:120].replace("|", "/")
        print(f"| {rank} | {person['name']} | {len(person['mentions'])} | {aliases} | {roles} |  |")


def print_actors(path: str, n: int) -> None:
    """The first `n` actors of a saved `storyline actors --format json` listing as a sheet."""
    with open(path, encoding="utf-8") as listing:
        actors = json.load(listing)
    print("| # | actor | type | mentions | aliases | roles | verdict |")
    print("|---|---|---|---|---|---|---|")
    for rank, actor in enumerate(actors[:n], start=1):
        aliases = ", ".join(actor["aliases"][:6]).replace("|", "/")
        roles = "; ".join(sorted({r["role"] for r in actor["roles"]}))[:80].replace("|", "/")
        print(f"| {rank} | {actor['name']} | {actor['type']} | {len(actor['mentions'])} | {aliases} | {roles} |  |")


def print_contexts(path: str, store: Store, n: int, k: int, seed: int) -> None:
    """`k` mentions of each of the first `n` actors, drawn with `seed`, with 80 characters around them."""
    with open(path, encoding="utf-8") as listing:
        actors = json.load(listing)
    rng = random.Random(seed)
    print()
    for rank, actor in enumerate(actors[:n], start=1):
        for mention in rng.sample(actor["mentions"], min(k, len(actor["mentions"]))):
            text = store.document(mention["doc"]).text
            before = text[max(0, mention["start"] - 80):mention["start"]].replace("\n", " / ")
            after = text[mention["end"]:mention["end"] + 80].replace("\n", " / ")
            print(f"- {rank} {actor['name']}: …{before}[[{text[mention['start']:mention['end']]}]]{after}…")


if __name__ == "__main__":
    main()
