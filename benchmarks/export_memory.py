"""Peak memory of `storyline export` (jsonl, json, csv) as the store grows.

    python benchmarks/export_memory.py --base storyline.db --documents 2000,20000 --workdir /tmp/export-memory

The store is grown from an analysed `--base` store by copies of every row the export reads
(documents, analyses, entities and their mentions, quotes, events, positions, copy links, story
clusters), each copy's ids suffixed `~k` so that keys stay unique; search passages and the copy
index are not copied (the export does not read them). So the store holds `--documents` documents
with the base's analyses repeated: a measure of how the export's memory grows with the rows it
streams, not of analysis quality. Each export runs in a fresh process (`storyline export ... -o
FILE`); its peak RSS is read from the OS (`ru_maxrss` of the finished child).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

# table -> columns holding an id that a copy suffixes (the rest are copied as they are)
ID_COLUMNS = {
    "documents": ("id", "copy_of", "content_hash"),
    "analyses": ("document",),
    "entities": ("id",),
    "entity_mentions": ("entity", "doc"),
    "quotes": ("id", "document", "speaker"),
    "events": ("id",),
    "positions": ("actor",),
    "copy_links": ("document", "original"),
    "dedup_stories": ("doc_id", "story_id"),
}


def grow(conn: sqlite3.Connection, base: str, copy: int, seq_step: int, tables: dict = ID_COLUMNS) -> None:
    """One copy of the base's rows of `tables` (table -> id columns), ids suffixed `~copy`."""
    conn.execute("BEGIN")
    for table, id_columns in tables.items():
        columns = [row[1] for row in conn.execute(f"PRAGMA base.table_info({table})")]
        values = []
        for column in columns:
            if column in id_columns:
                values.append(f"CASE WHEN {column} IS NULL THEN NULL ELSE {column} || '~{copy}' END")
            elif table == "documents" and column == "seq":
                values.append(f"seq + {copy * seq_step}")
            else:
                values.append(column)
        conn.execute(f"INSERT INTO main.{table} ({', '.join(columns)}) SELECT {', '.join(values)} FROM base.{table}")
    conn.execute("COMMIT")


def build(base: Path, documents: int, path: Path, tables: dict = ID_COLUMNS) -> int:
    """A store of about `documents` documents (a whole number of copies of the base's `tables`)."""
    shutil.copyfile(base, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"ATTACH DATABASE 'file:{base}?mode=ro' AS base")
    base_count = conn.execute("SELECT COUNT(*) FROM base.documents").fetchone()[0]
    seq_step = conn.execute("SELECT MAX(seq) FROM base.documents").fetchone()[0]
    copy = 0
    while (copy + 1) * base_count < documents:
        copy += 1
        grow(conn, str(base), copy, seq_step, tables)
    conn.execute("DETACH DATABASE base")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    count = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    conn.close()
    return count


def measure(db: Path, fmt: str, out: Path) -> dict:
    """Peak RSS (MB) and seconds of one `storyline export` in a fresh process."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "storyline.cli", "export", "--db", str(db), "--format", fmt,
                                "-o", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"export --format {fmt} failed: {process.stderr.read().decode()[-500:]}")
    size = sum(p.stat().st_size for p in out.rglob("*")) if out.is_dir() else out.stat().st_size
    return {"format": fmt, "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "seconds": round(seconds, 1),
            "output_mb": round(size / 2**20, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="an analysed store to grow from (required unless --store)")
    parser.add_argument("--documents", default="2000,20000", help="store sizes to measure at (comma-separated)")
    parser.add_argument("--formats", default="jsonl,json,csv")
    parser.add_argument("--workdir", default="/tmp/storyline-export-memory")
    parser.add_argument("--store", help="measure this store (grown before) instead of growing one")
    args = parser.parse_args()
    if not args.store and not args.base:
        parser.error("give --base (a store to grow from) or --store (a grown store)")
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    results = []
    if args.store:
        db = Path(args.store)
        count = sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        for fmt in args.formats.split(","):
            out = workdir / ("export.zip" if fmt == "csv" else f"export.{fmt}")
            row = {"documents": count, "store_mb": round(db.stat().st_size / 2**20, 1), **measure(db, fmt, out)}
            print(json.dumps(row), flush=True)
            out.unlink()
        return
    for size in [int(s) for s in args.documents.split(",")]:
        db = workdir / f"store-{size}.db"
        count = build(Path(args.base), size, db)
        for fmt in args.formats.split(","):
            out = workdir / (f"export-{size}.zip" if fmt == "csv" else f"export-{size}.{fmt}")
            row = {"documents": count, "store_mb": round(db.stat().st_size / 2**20, 1), **measure(db, fmt, out)}
            results.append(row)
            print(json.dumps(row), flush=True)
            out.unlink()
        db.unlink()
    print(json.dumps({"base": args.base, "results": results}, indent=2))


if __name__ == "__main__":
    main()
