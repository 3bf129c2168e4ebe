"""An analysed store of N documents made in SQL from a really ingested one, for `growth.py`.

    storyline ingest fox.jsonl --db base.db          # real documents, analysed by the product
    python benchmarks/analysed_store.py base.db --documents 10000 -o /tmp/growth/10k.db
    python benchmarks/analysed_store.py base.db --documents 100000 -o /tmp/growth/100k.db --start /tmp/growth/10k.db

Parsing 100,000 articles takes days here, and adding time-shifted copies to the story one batch at
a time (`scale.py`) grew too slow to reach 100k in a session. Instead every row of the base is
copied until the store holds `--documents`: documents, raw hashes,
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

How it is fast (0.5 s a copy of 140 documents at load 10, where a regex callback per value in an
`INSERT ... SELECT` took 3-10 s): the base is read once and every value holding an id or a day is
kept as a `str.format` template (`Templates`), so a copy is one `format` per such value and one
`executemany` per table; the secondary indexes are dropped for the copies and made again at the end.
The stores equal those of the per-value rewrite (same rows, JSON compared parsed, same indexes).
"""
from __future__ import annotations

import argparse
import hashlib
import json
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


TOKEN = re.compile("|".join((DOC_ID.pattern, EVENT_ID.pattern, DAY.pattern)))  # groups: document id, event id, day
COPY_NUMBER = "@@copy-number@@"  # where a copied event's summary says which copy it is


class Templates:
    """Every renamed value of the base as a `str.format` template whose fields are the base's
    document ids, event ids and days, so a copy is one `format` per value with that copy's renamed
    tokens (see `renamed_tokens`) instead of three regex substitutions with Python callbacks."""

    def __init__(self, base_ids: set[str]):
        self.base_ids = base_ids
        self.tokens: dict[tuple[int, str], int] = {}  # (group, text) -> field number
        self.copy_field = self._field((0, COPY_NUMBER))

    def _field(self, token: tuple[int, str]) -> int:
        return self.tokens.setdefault(token, len(self.tokens))

    def template(self, value: str) -> str | None:
        """The value with its braces escaped and its tokens made fields; None when it has no token."""
        pieces, last = [], 0
        for match in TOKEN.finditer(value):
            group = match.lastindex
            text = match.group(group)
            if group == 1 and text not in self.base_ids:
                continue  # a 16-hex-digit text that is no base document id stays as it is
            if group == 3:
                try:
                    date.fromisoformat(text)
                except ValueError:
                    continue
            pieces.append(value[last:match.start()].replace("{", "{{").replace("}", "}}"))
            pieces.append("{%d}" % self._field((group, text)))
            last = match.end()
        if not pieces and COPY_NUMBER not in value:
            return None
        pieces.append(value[last:].replace("{", "{{").replace("}", "}}"))
        return "".join(pieces).replace(COPY_NUMBER, "{%d}" % self.copy_field)

    def renamed_tokens(self, copy: int) -> tuple[str, ...]:
        """Copy k's value of every field: ids suffixed '~k', days moved by `shift(k)`."""
        suffix, days, values = f"~{copy}", shift(copy), [""] * len(self.tokens)
        for (group, text), field in self.tokens.items():
            values[field] = (str(copy) if group == 0 else text + suffix if group in (1, 2)
                             else (date.fromisoformat(text) + timedelta(days=days)).isoformat())
        return tuple(values)


def salted_bucket(bucket: int, copy: int) -> int:
    digest = hashlib.blake2b(f"{bucket}:{copy}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def copied_event_data(value: str) -> str:
    """A copy's event summary ends with '[copy k]' (k filled in per copy): the default timeline shows
    one sentence once, and distinct articles' sentences differ, where the copies' would all fold into
    the base's rows."""
    data = json.loads(value)
    if isinstance(data.get("summary"), str):
        data["summary"] += f" [copy {COPY_NUMBER}]"
    return json.dumps(data, ensure_ascii=False)


def base_columns(conn: sqlite3.Connection, templates: Templates) -> dict[str, tuple[str, list[tuple[str, list]]]]:
    """table -> (insert statement, [(column, its base values)]) read once from the attached base; the
    values of renamed columns are templates (`Templates.template`) where they hold a token."""
    tables = {}
    for table, where in COPIED.items():
        columns = [row[1] for row in conn.execute(f"PRAGMA base.table_info({table})")]
        if not columns:
            continue
        quoted = ", ".join(f'"{column}"' for column in columns)
        rows = conn.execute(f"SELECT {quoted} FROM base.{table}{where}").fetchall()
        values = [list(column) for column in zip(*rows)] or [[] for _ in columns]
        for column, column_values in zip(columns, values):
            if table == "events" and column == "row_candidate":  # its sentence changed: checked again
                column_values[:] = [None] * len(column_values)  # (stored_timeline.refresh_row_marks)
            elif table == "events" and column == "data":
                column_values[:] = map(copied_event_data, column_values)
            if column not in AS_IS and column not in SUFFIXED and column not in ("seq", "bucket"):
                column_values[:] = [Template(template) if isinstance(value, str) and (template := templates.template(value))
                                    else value for value in column_values]
        tables[table] = (f"INSERT INTO main.{table} ({quoted}) VALUES ({', '.join('?' * len(columns))})",
                         list(zip(columns, values)))
    return tables


class Template(str):
    """A base value holding tokens, filled in per copy."""


def add_copy(conn: sqlite3.Connection, tables: dict, templates: Templates, copy: int, seq_steps: dict[str, int]) -> None:
    """Copy k of every base row of COPIED, in one transaction, made column by column."""
    tokens, suffix = templates.renamed_tokens(copy), f"~{copy}"
    conn.execute("BEGIN")
    for table, (statement, columns) in tables.items():
        copied = []
        for column, values in columns:
            if column == "seq":
                copied.append([value + copy * seq_steps[table] for value in values])
            elif column == "bucket":
                copied.append([salted_bucket(value, copy) for value in values])
            elif column in SUFFIXED:
                copied.append([value + suffix for value in values])
            elif column in AS_IS:
                copied.append(values)
            else:
                copied.append([value.format(*tokens) if type(value) is Template else value for value in values])
        conn.executemany(statement, zip(*copied))
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
    conn.execute("PRAGMA synchronous = OFF")  # a scratch store: a crash loses it, not the base
    conn.execute("PRAGMA cache_size = -1000000")  # 1 GB of pages: the primary keys' inserts are scattered
    conn.execute(f"ATTACH DATABASE 'file:{base}?mode=ro' AS base")
    base_ids = {row[0] for row in conn.execute("SELECT id FROM base.documents")}
    seq_steps = {table: conn.execute(f"SELECT MAX(seq) FROM base.{table}").fetchone()[0]
                 for table in ("documents", "dedup_documents")}
    templates = Templates(base_ids)
    tables = base_columns(conn, templates)
    print(f"base read: {sum(len(columns[0][1]) for _, columns in tables.values())} rows, {len(templates.tokens)} tokens,"
          f" {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    # the secondary indexes are made again once at the end (a sort each) instead of updated row by row
    # (the base's, so a build stopped and grown on from its output still makes every one)
    indexes = conn.execute("SELECT name, sql FROM base.sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                           f" AND tbl_name IN ({', '.join('?' * len(tables))})", list(tables)).fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX IF EXISTS main."{name}"')
    copy = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] // len(base_ids) - 1
    while (copy + 2) * len(base_ids) <= documents:
        copy += 1
        add_copy(conn, tables, templates, copy, seq_steps)
        print(f"copy {copy}: {(copy + 1) * len(base_ids)} documents, {time.perf_counter() - started:.0f} s",
              file=sys.stderr, flush=True)
    conn.execute("DETACH DATABASE base")
    for _, sql in indexes:
        conn.execute(sql)
    print(f"indexes made: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
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
