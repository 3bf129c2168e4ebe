"""A seeded sample of stored attributions (what `storyline quotes --all` lists) for judging their
speakers by reading, and the same sample read again from a store ingested after a change.

    python scripts/speaker_sheet.py draw STORE.db [STORE.db ...] --seed N --per-store K > sheet.md
    python scripts/speaker_sheet.py recount STORE.db [STORE.db ...] --seed N --per-store K --after AFTER.db [AFTER.db ...]

`--listed` draws from what `storyline quotes` lists (statements of a known speaker) instead, and
prints the text the listing shows (`export.records.shown_text`).

`draw` picks K attributions of each store (id-sorted, `random.Random(seed)`, as `storyline eval
coverage` draws) and prints each with its passage, its speaker as written, the entity it stands
for and whether `storyline quotes` lists it; write right / wrong / none after `speaker:` while
reading (none: the product gives no speaker where the text names one). `recount` draws the same
sample and prints, for each one, the attribution of the AFTER store (same document, overlapping
content) with its speaker and listing, so a change is judged on the same quotes."""
from __future__ import annotations

import argparse
import random

from storyline.eval.coverage import _pick, _quote_row
from storyline.export.records import quote_records, shown_text
from storyline.store import Store
from storyline.store.queries import entity_names


def sample(db: str, seed: int, k: int, listed: bool = False) -> tuple[list[dict], dict, dict]:
    store = Store(db)
    texts = {doc.id: doc.text for doc in store.documents()}
    names = entity_names(store)
    quotes = sorted(quote_records(store, statements_only=listed), key=lambda q: q["id"])
    picked = _pick(random.Random(seed), quotes, k)
    store.close()
    return picked, texts, names


def _speaker(quote: dict | None, names: dict) -> str:
    if quote is None:
        return "(no attribution)"
    entity = names.get(quote["speaker"]) if quote.get("speaker") else None
    listed = "listed" if quote.get("statement") else "not listed"
    return f"{quote.get('speaker_text')!r} -> {entity!r} ({listed}; cue {quote.get('cue')!r})"


def draw(dbs: list[str], seed: int, k: int, listed: bool = False) -> None:
    n = 0
    for db in dbs:
        picked, texts, names = sample(db, seed, k, listed)
        for quote in picked:
            n += 1
            row = _quote_row(quote, texts, names)
            shown = f"- shown: {shown_text(quote)[:300]}\n" if listed else ""
            print(f"### S{n} `{quote['id']}` ({db.rsplit('/', 1)[-1]})\n\n- quote: {row['quote'][:300]}\n{shown}"
                  f"- product: {_speaker(quote, names)}\n- context: {row['context']}\n- speaker: ?\n")


def recount(dbs: list[str], afters: list[str], seed: int, k: int, listed: bool = False) -> None:
    n = 0
    for db, after_db in zip(dbs, afters):
        picked, _, names = sample(db, seed, k, listed)
        after_store = Store(after_db)
        after = quote_records(after_store)
        after_names = entity_names(after_store)
        after_store.close()
        for quote in picked:
            n += 1
            now = [q for q in after if q["doc"] == quote["doc"] and q["start"] < quote["end"] and quote["start"] < q["end"]]
            before_text, now_text = _speaker(quote, names), [_speaker(q, after_names) for q in now] or [_speaker(None, {})]
            shown = [shown_text(q) for q in now]
            mark = "same" if now_text == [before_text] and shown == [quote["text"]] else "CHANGED"
            print(f"S{n} {quote['id']} {mark}\n  before: {before_text}\n  after:  " + "\n          ".join(now_text))
            if shown != [quote["text"]]:
                print("  shown after: " + "\n               ".join(repr(s[:200]) for s in shown))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["draw", "recount"])
    parser.add_argument("stores", nargs="+")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-store", type=int, default=20)
    parser.add_argument("--after", nargs="*", default=[])
    parser.add_argument("--listed", action="store_true", help="draw from what `storyline quotes` lists")
    args = parser.parse_args(argv)
    if args.mode == "draw":
        draw(args.stores, args.seed, args.per_store, args.listed)
    else:
        recount(args.stores, args.after, args.seed, args.per_store, args.listed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
