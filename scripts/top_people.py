#!/usr/bin/env python3
"""The N most mentioned people of a store as a judging sheet (Markdown), to judge by reading.

usage: top_people.py --db STORE.db [-n 40]

Each row: rank, name, mentions, aliases, roles, and an empty verdict column to fill in
("one real person", "merged two people: ...", "not a person: place / furniture / thing").
Ties in mentions are broken by name, so the same store gives the same sheet.
"""
from __future__ import annotations

import argparse

from storyline.store.queries import entity_records
from storyline.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("-n", type=int, default=40)
    args = parser.parse_args()
    store = Store(args.db)
    people = [e for e in entity_records(store) if e["type"] == "PERSON"]
    people.sort(key=lambda e: (-len(e["mentions"]), e["name"]))
    print("| # | person | mentions | aliases | roles | verdict |")
    print("|---|---|---|---|---|---|")
    for rank, person in enumerate(people[: args.n], start=1):
        aliases = ", ".join(person["aliases"][:8]).replace("|", "/")
        roles = "; ".join(sorted({r["role"] for r in person["roles"]}))[:120].replace("|", "/")
        print(f"| {rank} | {person['name']} | {len(person['mentions'])} | {aliases} | {roles} |  |")


if __name__ == "__main__":
    main()
