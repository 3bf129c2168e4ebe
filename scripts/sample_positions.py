"""A judging sheet of positions drawn at random (fixed seed) from one or more stores.

    python scripts/sample_positions.py --db polnear.db --db fox.db --per-store 50 --seed 14 > sheet.tsv
    python scripts/sample_positions.py --db polnear.db --db wp.db --total 100 --seed 1401 > sheet.tsv

`--total N` draws N in all, an equal share per store; a store holding fewer gives its shortfall
to the stores after it, so the draw depends on the order of the `--db` options. `--pooled` (with `--total`)
instead draws N uniformly from all stores' rows pooled, each row as likely as any other and the draw the same
whatever the order of the stores:

    python scripts/sample_positions.py --db a.db --db b.db --total 100 --pooled --seed 3001 --listed > sheet.tsv
 `--listed` draws only the positions `storyline positions` lists by default
(without `--all`); `--exclude SHEET` (repeatable) leaves out every position whose evidence sentence
was judged on that earlier sheet, so that a new sheet is held out; `--keep SHEET` fills the judgement
of a drawn row identical (actor, issue, stance, when, evidence) to a row of that judged sheet, so that an AFTER
sheet re-judges only the rows the code changed (the date too: the strict verdict judges it).

    python scripts/sample_positions.py --tally docs/judged/positions-precision-seed1525.tsv

`--tally SHEET` counts a judged sheet: ok / judged per store and in all, with 95% Wilson intervals (`--column
NAME` counts another verdict column, e.g. a lenient one beside the strict `judgement`).

Each row: the position as `storyline positions` gives it (actor, issue, family, stance, when) and
its evidence sentence, with empty `judgement` and `note` columns for a reader: `ok` when the
sentence says that this actor holds this stance on this issue, else `wrong` (docs/judged/).

With `--articles N`, N documents per store are drawn instead (same seed) and printed whole, each
followed by the positions stated in it, for counting recall against what a reader finds there;
`--doc ID` (repeatable, an id or its first characters, or the document's source URL) prints those documents instead, so that a
recall sheet's articles can be re-counted after a store is rebuilt. A position `storyline positions`
does not list by default (only with `--all`) is marked `[--all only]`, so that recall is counted both ways."""
from __future__ import annotations

import argparse
import collections
import csv
import math
import random
import re
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", action="append", help="a store (repeat for several)")
    parser.add_argument("--per-store", type=int, default=50)
    parser.add_argument("--total", type=int, help="draw N positions in all, shared equally between the stores")
    parser.add_argument("--pooled", action="store_true",
                        help="with --total: one uniform draw over all stores' rows together, not equal shares")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--articles", type=int, help="print N random documents per store with their positions")
    parser.add_argument("--doc", action="append", help="print this document (id, id prefix or source URL) with its positions")
    parser.add_argument("--listed", action="store_true", help="only the positions listed by default")
    parser.add_argument("--exclude", action="append", default=[], metavar="SHEET",
                        help="leave out positions whose evidence sentence was judged on this sheet (repeatable)")
    parser.add_argument("--keep", action="append", default=[], metavar="SHEET",
                        help="copy the judgement of an identical row of this judged sheet (repeatable)")
    parser.add_argument("--tally", action="append", metavar="SHEET", help="count a judged sheet (no draw)")
    parser.add_argument("--column", default="judgement",
                        help="with --tally: the verdict column to count (a sheet may judge a row two ways)")
    args = parser.parse_args(argv)
    if args.tally:
        return tally(args.tally, args.column)
    if not args.db:
        parser.error("--db is required to draw")
    if args.articles or args.doc:
        return print_articles(args.db, args.articles or 0, args.seed, args.doc)
    if args.pooled and args.total is None:
        parser.error("--pooled needs --total")
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow([*ROW_COLUMNS, "judgement", "note"])
    judged = judged_sentences(args.exclude)
    kept = judged_rows(args.keep)
    rows_by_store = {}
    drawn = []
    left = args.total
    for index, path in enumerate(args.db):
        rows = store_rows(path, args.listed, judged)
        if args.pooled:
            rows_by_store[path] = rows
            continue
        share = args.per_store if left is None else -(-left // (len(args.db) - index))
        chosen = random.Random(args.seed).sample(rows, min(share, len(rows)))
        if left is not None:
            left -= len(chosen)
        drawn.extend((path, row) for row in chosen)
        print(f"{path}: {len(rows)} positions, {len(chosen)} drawn", file=sys.stderr)
    if args.pooled:
        drawn = pooled_draw(rows_by_store, args.total, args.seed)
        for path, rows in rows_by_store.items():
            print(f"{path}: {len(rows)} positions, {sum(p == path for p, _ in drawn)} drawn", file=sys.stderr)
    for n, (path, row) in enumerate(drawn, 1):
        judgement, note = kept.get(judged_key(row), ("", ""))
        writer.writerow([n, path.rsplit("/", 1)[-1], *(row[c] for c in ROW_COLUMNS[2:]), judgement, note])
    return 0


ROW_COLUMNS = ["n", "store", "actor", "issue", "family", "stance", "previous", "when", "doc", "evidence"]


def store_rows(path: str, listed: bool, judged: set[str]) -> list[dict[str, str]]:
    """One store's positions as sheet rows, in a fixed order (actor id, issue, stance, where the evidence is), leaving
    out those whose evidence sentence is in `judged`: a seeded draw over them is the same on every run."""
    from storyline.export.listing import evidence_spans, position_when
    from storyline.export.records import iter_positions
    from storyline.store.queries import entity_names
    from storyline.store import Store

    store = Store(path)
    try:
        positions = sorted(iter_positions(store, listed_only=listed),
                           key=lambda p: (p["actor"], p["topic"], p["stance"], p["evidence"]["doc"], p["evidence"]["start"]))
        said = [" ".join(text.split()) for text in evidence_spans(store, [p["evidence"] for p in positions])]
        names = entity_names(store, [p["actor"] for p in positions])
        return [{"actor": names.get(p["actor"], p["actor"]), "issue": p["topic"], "family": p.get("issue_family") or "",
                 "stance": p["stance"], "previous": p.get("previous") or "", "when": position_when(p),
                 "doc": p["evidence"]["doc"][:12], "evidence": evidence}
                for p, evidence in zip(positions, said) if evidence not in judged]
    finally:
        store.close()


def pooled_draw(rows_by_store: dict[str, list], total: int, seed: int) -> list[tuple[str, object]]:
    """`total` rows drawn uniformly from all stores' rows together, as (store, row) grouped by store in the stores'
    name order. The pool is put in that order before the draw, so the same stores and seed give the same draw
    whatever order the stores were named in; an equal share per store would over-weight a small store."""
    pool = [(path, index) for path in sorted(rows_by_store, key=lambda p: (p.rsplit("/", 1)[-1], p))
            for index in range(len(rows_by_store[path]))]
    chosen = sorted(random.Random(seed).sample(range(len(pool)), min(total, len(pool))))
    return [(pool[i][0], rows_by_store[pool[i][0]][pool[i][1]]) for i in chosen]


def judged_sentences(sheets: list[str]) -> set[str]:
    """The evidence sentences of earlier sheets (their `evidence` column), whitespace-normalised."""
    found = set()
    for sheet in sheets:
        with open(sheet, encoding="utf-8") as lines:
            rows = csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t")
            found.update(" ".join(row["evidence"].split()) for row in rows if row.get("evidence"))
    return found


def judged_key(row: dict) -> tuple[str, str, str, str, str]:
    """What a verdict was given on: the claim, its date (the strict reading judges it) and its sentence."""
    return row["actor"], row["issue"], row["stance"], row["when"], " ".join(row["evidence"].split())


def judged_rows(sheets: list[str]) -> dict[tuple[str, str, str, str, str], tuple[str, str]]:
    """`judged_key` -> (judgement, note) of the judged rows of earlier sheets, the note naming the row it comes
    from: the same claim, dated the same, in the same sentence needs no second reading."""
    found = {}
    for sheet in sheets:
        with open(sheet, encoding="utf-8") as lines:
            for row in csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t"):
                if row.get("judgement"):
                    key = judged_key(row)
                    note = f"{_first_reading(row['note'])} (same row as {sheet.rsplit('/', 1)[-1]} row {row['n']}, " \
                        "judgement kept)"
                    found.setdefault(key, (row["judgement"], note))
    return found


def _first_reading(note: str) -> str:
    """The judge's own note, without the '(same row as ...)' each earlier keeping added: one pointer, to the sheet it
    is kept from, is enough (round 51's sheets carried a dozen)."""
    return re.sub(r"( \(same row as [^()]*, judgement kept\))+$", "", note)


def wilson(ok: int, judged: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of ok / judged: unlike p +- 2 se it stays inside 0..1 on small samples."""
    if not judged:
        return 0.0, 1.0
    p = ok / judged
    centre = (p + z * z / (2 * judged)) / (1 + z * z / judged)
    half = z * math.sqrt(p * (1 - p) / judged + z * z / (4 * judged * judged)) / (1 + z * z / judged)
    return centre - half, centre + half


def tally(sheets: list[str], column: str = "judgement") -> int:
    """Print ok / judged per store and in all for each judged sheet, counting the verdicts in `column`."""
    for sheet in sheets:
        with open(sheet, encoding="utf-8") as lines:
            rows = [row for row in csv.DictReader((line for line in lines if not line.startswith("#")),
                                                  delimiter="\t") if row.get(column)]
        counts = collections.defaultdict(lambda: [0, 0])
        for row in rows:
            for key in (row["store"], "all"):
                counts[key][0] += row[column] == "ok"
                counts[key][1] += 1
        print(sheet)
        for key in [k for k in counts if k != "all"] + ["all"]:
            ok, judged = counts[key]
            low, high = wilson(ok, judged)
            print(f"  {key}: {ok}/{judged} = {ok / judged:.2f} (95% Wilson {low:.2f}-{high:.2f})")
    return 0


def print_articles(paths: list[str], count: int, seed: int, wanted: list[str] | None = None) -> int:
    from storyline.export.listing import evidence_spans
    from storyline.export.records import iter_positions
    from storyline.store.queries import entity_names
    from storyline.store import Store

    for path in paths:
        store = Store(path)
        documents = store.documents()
        if wanted:
            # a URL outlives the id, a hash of the cleaned text that changes whenever cleaning does
            chosen = [i for i, d in enumerate(documents) if any(d.id.startswith(w) or d.url == w for w in wanted)]
        else:
            chosen = sorted(random.Random(seed).sample(range(len(documents)), min(count, len(documents))))
        positions = list(iter_positions(store))
        names = entity_names(store, [p["actor"] for p in positions])
        for index in chosen:
            document = documents[index]
            print(f"=== {path.rsplit('/', 1)[-1]} {document.id[:12]} {document.url or ''} {document.published} {document.title}")
            print(document.text)
            print(f"--- positions stated in {document.id[:12]}")
            for position in positions:
                spans = [m for m in position.get("mentions") or [position["evidence"]] if m["doc"] == document.id]
                for span, said in zip(spans, evidence_spans(store, spans)):
                    hidden = "" if position.get("listed") else " [--all only]"
                    print(f"* {names.get(position['actor'], position['actor'])} | {position['topic']} | "
                          f"{position['stance']}{hidden} | {' '.join(said.split())[:160]}")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
