"""An analysed store of N documents made in SQL from a really ingested one, for `growth.py`.

    storyline ingest fox.jsonl --db base.db          # real documents, analysed by the product
    python benchmarks/analysed_store.py base.db --documents 10000 -o /tmp/growth/10k.db
    python benchmarks/analysed_store.py base.db --documents 100000 -o /tmp/growth/100k.db --start /tmp/growth/10k.db

Parsing 100,000 articles takes days here, and adding time-shifted copies to the story one batch at
a time (`scale.py`) grew too slow to reach 100k in a session. Instead every row of the base is
copied with `INSERT ... SELECT` until the store holds `--documents`: documents, raw hashes,
analyses, search passages, the copy index (documents, buckets, sentences, links, stories), copy
links and the story itself (entity mentions, quotes, events with their cluster states,
participants and documents, positions). Copy k renames every document, quote and event id of the
base (suffix `~k`) inside columns and JSON alike, and moves every day-level date by `shift(k)`
days: +30, -30, +60, -60, ... So:

- the copies tell the story of a longer period (the base's, repeated every 30 days before and
  after it): around the base's dates every store holds the same number of documents, events and
  positions per actor and day once it has more than a span's worth of copies on both sides
  (fox: 10 months, ~10 copies; 10k documents are ~70 copies). A larger store is a longer story at
  the same density, not a denser one.
- the actors are the same: copies keep the base's entity ids (the people of a long story recur;
  only a name the base left as one document's own entity is copied with that document),
  so entity_mentions and each actor's events, quotes and positions grow with the store, and
  `entities.mention_count` is counted again at the end.
- the copy index's LSH bucket keys of copy k are hashed with k: the copies repeat the base's
  words, but a store of distinct articles has few documents per bucket; without it every new
  document close to a base article would meet all its copies as candidates.
- a copy's event summaries end with '[copy k]': the default timeline shows one sentence once, and
  distinct articles' sentences differ, where the copies' would all fold into the base's rows.
- the story marker is set to every stored document and the default timeline ranked, as after a
  story build: the next ingest adds its documents to this story.

Outlet boilerplate lines (`outlet_lines`) and search vectors are not copied.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

SHIFT_DAYS = 30

# tables copied, and the columns that are not renamed/shifted text: copied as they are
COPIED = {table: "" for table in (
    "documents", "raw_hashes", "analyses", "passages", "passage_embeddings", "copy_links", "dedup_documents",
    "dedup_buckets", "dedup_sentences", "dedup_links", "dedup_stories", "entity_mentions", "quotes", "events",
    "event_clusters", "event_participants", "event_documents", "positions")}
# a name linked to no entity is one document's own entity ('person:adam@<document id>'): copied with it
COPIED.update({"entities": " WHERE id GLOB '*@*'", "name_keys": " WHERE entity GLOB '*@*'",
               "person_names": " WHERE entity GLOB '*@*'"})
AS_IS = {"text", "sentences", "embeddings", "shingle_minhash", "keyword_minhash", "embedding", "removed",
         "published_reasons", "start", "end", "text_length", "attributions", "n_sentences", "score"}
SUFFIXED = {"content_hash", "raw_hash"}  # unique keys that are no document id

DOC_ID = re.compile(r"(?<![0-9a-f])([0-9a-f]{16})(?![0-9a-f])")
EVENT_ID = re.compile(r"(?<![\w-])(ev-[0-9a-f]{12})(?![0-9a-f])")
DAY = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")


def shift(copy: int) -> int:
    """Days copy k is moved by: +30, -30, +60, -60, ... (copies on both sides of the base)."""
    return (copy + 1) // 2 * SHIFT_DAYS * (1 if copy % 2 else -1)


def renamer(base_ids: set[str], suffix: str, days: int):
    """The rewrite of one text value for a copy: base document ids and event ids suffixed, days moved."""
    def day(match: re.Match) -> str:
        try:
            return (date.fromisoformat(match.group(1)) + timedelta(days=days)).isoformat()
        except ValueError:
            return match.group(0)

    def rename(value):
        if not isinstance(value, str):
            return value
        value = DOC_ID.sub(lambda m: m.group(1) + suffix if m.group(1) in base_ids else m.group(0), value)
        value = EVENT_ID.sub(lambda m: m.group(1) + suffix, value)
        return DAY.sub(day, value)
    return rename


def salted_bucket(bucket: int, copy: int) -> int:
    digest = hashlib.blake2b(f"{bucket}:{copy}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def add_copy(conn: sqlite3.Connection, base_ids: set[str], copy: int, seq_steps: dict[str, int]) -> None:
    """Copy k of every base row of COPIED (call with the base attached as `base`)."""
    suffix = f"~{copy}"
    conn.create_function("renamed", 1, renamer(base_ids, suffix, shift(copy)), deterministic=True)
    conn.create_function("salted", 1, lambda bucket: salted_bucket(bucket, copy), deterministic=True)
    conn.execute("BEGIN")
    for table, where in COPIED.items():
        columns = [row[1] for row in conn.execute(f"PRAGMA base.table_info({table})")]
        if not columns:
            continue
        values = []
        for column in columns:
            if column == "seq":
                values.append(f"seq + {copy * seq_steps[table]}")
            elif column == "bucket":
                values.append("salted(bucket)")
            elif column in SUFFIXED:
                values.append(f"{column} || '{suffix}'")
            elif column in AS_IS:
                values.append(f'"{column}"')
            else:
                values.append(f'renamed("{column}")')
        quoted = ", ".join(f'"{column}"' for column in columns)
        conn.execute(f"INSERT INTO main.{table} ({quoted}) SELECT {', '.join(values)} FROM base.{table}{where}")
    conn.execute("COMMIT")


def build(base: Path, documents: int, path: Path, start: Path | None = None) -> dict:
    """A store of about `documents` documents grown from `base` (see the module docstring);
    `start`: a smaller store this script grew from the same base, grown further (copies go on from its last)."""
    from storyline.store import Store
    from storyline.story.build import STORY_MARKER, store_default_timeline, story_marker

    Store(base).close()  # the base at this code's schema
    started = time.perf_counter()
    if not (start and start.resolve() == path.resolve()):  # the same file: grown on (or only finished)
        shutil.copyfile(start or base, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"ATTACH DATABASE 'file:{base}?mode=ro' AS base")
    base_ids = {row[0] for row in conn.execute("SELECT id FROM base.documents")}
    seq_steps = {table: conn.execute(f"SELECT MAX(seq) FROM base.{table}").fetchone()[0]
                 for table in ("documents", "dedup_documents")}
    copy = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] // len(base_ids) - 1
    while (copy + 2) * len(base_ids) <= documents:
        copy += 1
        add_copy(conn, base_ids, copy, seq_steps)
        print(f"copy {copy}: {(copy + 1) * len(base_ids)} documents, {time.perf_counter() - started:.0f} s",
              file=sys.stderr, flush=True)
    conn.execute("DETACH DATABASE base")
    # one sentence is one row of the default timeline: a copy's event says where it came from, as
    # another article's sentence would differ, else every copy of a row would fold into it
    conn.execute("UPDATE events SET row_candidate = NULL,"  # its sentence changed: checked again (stored_timeline.refresh_row_marks)
                 " data = json_set(data, '$.summary', json_extract(data, '$.summary') || ' [copy '"
                 " || substr(id, instr(id, '~') + 1) || ']') WHERE id GLOB '*~*'"
                 " AND json_extract(data, '$.summary') NOT GLOB '* [[]copy *]'")
    conn.execute("UPDATE entities SET mention_count = (SELECT COUNT(*) FROM entity_mentions m WHERE m.entity = entities.id)")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    store = Store(path)
    with store.transaction():
        store.set_state(STORY_MARKER, story_marker(store))
        store_default_timeline(store)
    count = store.document_count()
    store.close()
    return {"documents": count, "copies": copy, "seconds": round(time.perf_counter() - started, 1),
            "megabytes": round(path.stat().st_size / 1e6)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="a store of really ingested documents (only read)")
    parser.add_argument("--documents", type=int, required=True)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--start", help="a smaller store grown by this script from the same base, to grow on from")
    args = parser.parse_args()
    print(build(Path(args.base), args.documents, Path(args.output), Path(args.start) if args.start else None))


if __name__ == "__main__":
    main()
