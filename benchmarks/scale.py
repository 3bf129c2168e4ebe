"""How ingest, the story and queries grow from 1k to 10k to 100k documents.

    python benchmarks/scale.py --real 1000 --sizes 10000,100000 --workdir /tmp/storyline-scale

1. Real growth: `--real` documents of re-sampled news text (corpus.py) ingested in four equal
   batches (batched ingest, 2 worker processes), each batch timed: parsing and storing, then the
   story (a full build while the story is small, additions after).
2. Volume beyond that without days of parsing: the analysed store is grown by time-shifted
   copies of its documents (copy k: new ids, every day-level date moved k x SHIFT_DAYS later, so
   the copies report later events with the same actors), each copy inserted in SQL with its
   analyses, search passages and copy-index rows and then added to the story with
   `add_to_story`, timed. So the story and every table hold `--sizes` documents, but the
   documents repeat the real ones' wording.
3. At each size: query latency (the records functions behind the CLI and the web API, warm,
   p50/p95) and an incremental ingest of 100 new real documents (different ones at each size):
   time to parse and store them and to add them to the story, next to the store size.

Writes benchmarks/results/scale.json; `python benchmarks/run.py --markdown-only` folds it into
RESULTS.md. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import corpus  # noqa: E402
import run as bench  # noqa: E402

SHIFT_DAYS = 30
DAY = re.compile(r'"(\d{4}-\d{2}-\d{2})')


def shift_days(text: str, days: int) -> str:
    """Every day-level date in a JSON text (event, quote, document dates) `days` later."""
    from datetime import date, timedelta

    def moved(match: re.Match) -> str:
        try:
            return '"' + (date.fromisoformat(match.group(1)) + timedelta(days=days)).isoformat()
        except ValueError:
            return match.group(0)
    return DAY.sub(moved, text)


def add_shifted_copy(conn: sqlite3.Connection, base_ids: list[str], copy: int) -> list[str]:
    """One time-shifted copy of the base documents, with analyses, passages and copy-index rows."""
    suffix, days = f"~{copy}", copy * SHIFT_DAYS
    seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM documents").fetchone()[0]
    dseq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM dedup_documents").fetchone()[0]
    conn.execute("BEGIN")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS base (id TEXT PRIMARY KEY)")
    if conn.execute("SELECT COUNT(*) FROM temp.base").fetchone()[0] == 0:
        conn.executemany("INSERT INTO temp.base VALUES (?)", [(i,) for i in base_ids])
    for table, (key, plan) in bench.COPY_PLAN.items():
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        if not columns or table == "analyses":
            continue
        select = []
        for column in columns:
            how = plan.get(column)
            if how == "id":
                select.append(f"{column} || '{suffix}'")
            elif how == "seq":
                select.append(f"{column} + {seq if table == 'documents' else dseq}")
            elif table == "documents" and column == "published":
                select.append(f"CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN "
                              f"date(substr(published, 1, 10), '+{days} days') || substr(published, 11) ELSE published END")
            else:
                select.append(column)
        conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(select)} FROM {table} "
                     f"WHERE {key} IN (SELECT id FROM temp.base)")
    rows = conn.execute("SELECT document, mentions, roles, quotes, timexes, event_mentions FROM analyses "
                        "WHERE document IN (SELECT id FROM temp.base)").fetchall()
    copied = []
    for document, *values in rows:
        renamed = [value.replace(f'"{document}', f'"{document}{suffix}') for value in values]
        renamed[2], renamed[4] = shift_days(renamed[2], days), shift_days(renamed[4], days)  # quotes, events
        copied.append((document + suffix, *renamed))
    conn.executemany("INSERT INTO analyses (document, mentions, roles, quotes, timexes, event_mentions) "
                     "VALUES (?, ?, ?, ?, ?, ?)", copied)
    conn.execute("COMMIT")
    return [row[0] for row in copied]


def timed_ingest(db: Path, records: list[dict], workdir: Path, name: str) -> dict:
    """Batched ingest (2 worker processes) of `records` in its own process; the story step timed apart."""
    jsonl = corpus.write_jsonl(records, workdir / f"{name}.jsonl")
    result = bench.run_child(jsonl, db, 2, "fast", 1)
    return {key: result[key] for key in ("read", "new", "failed", "seconds", "stages", "store_before", "peak_memory",
                                         "loadavg_1min")}


def query_latency(db: Path, repeats: int = 30, page: int = 50) -> dict:
    """p50/p95 in ms of the query paths, paged as the web API and `--limit` page them."""
    from storyline.export.records import event_records, quote_records, search_passages
    from storyline.store import Store

    store = Store(db)
    names = [row[0] for row in store.conn.execute(
        "SELECT name FROM entities WHERE type IN ('PERSON', 'ORG') ORDER BY mention_count DESC LIMIT 10")]
    pairs = []  # two content words of one stored sentence: a query with answers
    for (text,) in store.conn.execute("SELECT text FROM passages WHERE rowid % 97 = 0 LIMIT 400"):
        words = [word for word in text.split() if word.isalpha() and len(word) >= 6]
        if len(words) >= 2:
            pairs.append(f"{words[0]} {words[-1]}")
    pairs = pairs or ["ceasefire talks"]
    days = [row[0] for row in store.conn.execute("SELECT date FROM events WHERE date IS NOT NULL ORDER BY random() LIMIT 50")]
    rng = random.Random(8)

    def window():
        day = rng.choice(days)
        return {"since": day, "until": bench_shift(day, 30)}

    cases = {
        f"timeline, first {page}": lambda: event_records(store, dated_only=True, limit=page),
        f"timeline, page 100 of {page}": lambda: event_records(store, dated_only=True, limit=page, offset=99 * page),
        f"timeline --actor, first {page}": lambda: event_records(store, actor=rng.choice(names), dated_only=True, limit=page),
        f"timeline --since/--until (30 days), first {page}": lambda: event_records(store, **window(), limit=page),
        f"quotes, first {page}": lambda: quote_records(store, limit=page),
        f"quotes --speaker, first {page}": lambda: quote_records(store, speaker=rng.choice(names), limit=page),
        "search (top 20)": lambda: search_passages(store, rng.choice(pairs), limit=20),
    }
    results = {}
    for name, query in cases.items():
        query()
        samples, size = [], 0
        for _ in range(repeats):
            started = bench.now()
            size = len(query())
            samples.append(1000 * (bench.now() - started))
        samples.sort()
        results[name] = {"p50_ms": round(statistics.median(samples), 1),
                         "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 1), "results": size}
    store.close()
    return results


def bench_shift(day: str, days: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat()


def add_query_indexes(db: Path) -> None:
    """Brings a store built by an earlier commit of schema version 5 to the query indexes of
    this one (the same statements as the migration, each skipped when already there)."""
    import json as _json

    from storyline.model import Entity
    from storyline.nlp.entities import entity_name_keys

    conn = sqlite3.connect(db, isolation_level=None)
    have = {row[1] for row in conn.execute("PRAGMA table_info(event_participants)")}
    if "sort_key" not in have:
        conn.execute("ALTER TABLE event_participants ADD COLUMN sort_key TEXT")
        conn.execute("UPDATE event_participants SET (first_day, last_day, sort_key) = "
                     "(SELECT first_day, last_day, sort_key FROM events WHERE events.id = event_participants.event)")
    conn.execute("DROP INDEX IF EXISTS event_participants_days")
    conn.execute("CREATE INDEX event_participants_days ON event_participants(entity, first_day, last_day)")
    conn.execute("CREATE INDEX IF NOT EXISTS event_participants_order ON event_participants(entity, sort_key)")
    conn.execute("DROP INDEX IF EXISTS events_first_day")
    conn.execute("CREATE INDEX events_first_day ON events(first_day, last_day)")
    conn.execute("CREATE INDEX IF NOT EXISTS quotes_speaker_order ON quotes(speaker, date IS NULL, date, document)")
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'name_keys'").fetchone():
        conn.execute("CREATE TABLE name_keys (key TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (key, entity))")
        for entity_id, name, kind, aliases in conn.execute("SELECT id, name, type, aliases FROM entities").fetchall():
            keys = entity_name_keys(Entity(entity_id, name, kind, _json.loads(aliases)))
            conn.executemany("INSERT OR IGNORE INTO name_keys VALUES (?, ?)", [(key, entity_id) for key in keys])
    conn.close()


def table_sizes(db: Path) -> dict:
    conn = sqlite3.connect(db)
    sizes = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
             for t in ("documents", "entities", "quotes", "events", "positions")}
    conn.close()
    sizes["megabytes"] = round(db.stat().st_size / 1e6)
    return sizes


def grow(db: Path, report: dict, records: list[dict], sizes: list[int], real: int, copies_per_add: int,
         copy: int, extra: int) -> None:
    """Time-shifted copies of the first `real` documents (those really ingested) until each size,
    then queries and 100 new documents at each size. Documents stored but not yet in the story (an interrupted run) are
    added first."""
    from storyline.store import Store
    from storyline.story.build import add_to_story, build_story_if_needed

    def save():
        bench.save("scale", report)

    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    base_ids = [row[0] for row in conn.execute(
        "SELECT id FROM documents WHERE id NOT LIKE '%~%' ORDER BY seq LIMIT ?", (real,))]
    store = Store(db)
    started = bench.now()
    if build_story_if_needed(store, mode="add"):  # stored documents the story does not hold yet
        report["copies"].append({"copy": f"{copy} (finished after the interruption)", "documents_after": store.document_count(),
                                 "insert_s": None, "add_to_story_s": round(bench.now() - started, 2)})
    store.close()
    for size in sizes:
        while conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] + len(base_ids) <= size:
            started, ids, first = bench.now(), [], copy + 1
            while len(ids) < copies_per_add * len(base_ids) and (
                    conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] + len(base_ids) <= size):
                copy += 1
                ids += add_shifted_copy(conn, base_ids, copy)
            inserted = bench.now() - started
            store = Store(db)
            started = bench.now()
            add_to_story(store, ids)
            added = bench.now() - started
            documents = store.document_count()
            store.close()
            report["copies"].append({"copy": copy if copy == first else f"{first}-{copy}", "documents_after": documents,
                                     "insert_s": round(inserted, 2), "add_to_story_s": round(added, 2),
                                     "add_ms_per_document": round(1000 * added / len(ids), 1)})
            print(f"copies {first}-{copy}: {documents} documents, insert {inserted:.1f} s, story {added:.1f} s",
                  file=sys.stderr)
            save()
        print(f"size {size}: queries, then 100 new documents", file=sys.stderr)
        tables, latency = table_sizes(db), query_latency(db)
        new = timed_ingest(db, records[extra:extra + 100], db.parent, f"new-{size}")
        extra += 100
        report["sizes"].append({"documents": tables["documents"], "tables": tables, "latency": latency,
                                "ingest_100_new": new})
        save()
    conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real", type=int, default=1000, help="documents really ingested (four batches)")
    parser.add_argument("--sizes", default="10000,100000", help="store sizes reached by shifted copies")
    parser.add_argument("--workdir", default="/tmp/storyline-scale")
    parser.add_argument("--latency-only", action="store_true",
                        help="only measure the queries again on the store --workdir holds (the last size of scale.json)")
    parser.add_argument("--copies-per-add", type=int, default=1, help="time-shifted copies added to the story at once")
    parser.add_argument("--resume", action="store_true", help="go on growing the store of an interrupted run")
    args = parser.parse_args(argv)
    if args.latency_only:
        add_query_indexes(Path(args.workdir) / "scale.db")
        report = json.loads((bench.RESULTS / "scale.json").read_text(encoding="utf-8"))
        report["sizes"][-1]["latency"] = query_latency(Path(args.workdir) / "scale.db")
        report["sizes"][-1]["latency_measured_again"] = bench.environment()["date"]
        bench.save("scale", report)
        print(json.dumps(report["sizes"][-1]["latency"], indent=2))
        return 0
    from storyline.store import Store

    workdir = Path(args.workdir)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    records = corpus.synthesise(corpus.load_pool(), args.real + 100 * (len(sizes) + 1))
    if args.resume:  # go on growing the store an interrupted run left, keeping its figures
        db = workdir / "scale.db"
        add_query_indexes(db)
        report = json.loads((bench.RESULTS / "scale.json").read_text(encoding="utf-8"))
        report["resumed"] = {"at": bench.environment()["date"], "copies_per_add": args.copies_per_add}
        conn = sqlite3.connect(db)
        copy = conn.execute("SELECT COALESCE(MAX(CAST(substr(id, instr(id, '~') + 1) AS INTEGER)), 0) FROM documents"
                            " WHERE id LIKE '%~%'").fetchone()[0]
        conn.close()
        done = [size for size in sizes if any(s.get("ingest_100_new") and s["documents"] >= size * 0.98
                                               for s in report["sizes"])]
        grow(db, report, records, [size for size in sizes if size not in done], sum(r["new"] for r in report["real"]),
             args.copies_per_add,
             copy=copy, extra=args.real + 100 * len(done))
        print(json.dumps(report, indent=2))
        return 0
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "scale.db"
    for path in workdir.glob("scale.db*"):
        path.unlink()
    report = {"environment": bench.environment(), "command": "python benchmarks/scale.py " + " ".join(argv or sys.argv[1:]),
              "real": [], "copies": [], "sizes": []}

    def save():
        bench.save("scale", report)

    quarter = args.real // 4
    for batch in range(4):
        print(f"real ingest: batch {batch + 1}/4", file=sys.stderr)
        run = timed_ingest(db, records[batch * quarter:(batch + 1) * quarter], workdir, f"real-{batch}")
        store = Store(db)
        run["story_built"] = store.get_state("story_built_for")
        store.close()
        report["real"].append(run)
        save()
    report["sizes"].append({"documents": args.real, "tables": table_sizes(db), "latency": query_latency(db)})
    save()

    grow(db, report, records, sizes, sum(r["new"] for r in report["real"]), args.copies_per_add, copy=0, extra=args.real)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
