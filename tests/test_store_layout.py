"""The store's shape: it imports nothing above it, a new store and a migrated one have the same
tables, and stores written by earlier releases open, migrate and read."""
from __future__ import annotations

import ast
import gzip
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

import storyline.store
from storyline.cli import main
from storyline.export.records import entity_ids_matching
from storyline.store import Store
from storyline.store.migrations import latest_version, migrate

STORE_DIR = Path(storyline.store.__file__).parent
DATA = Path(__file__).parent / "data"
# What the store may import from the package: the data model and itself.
ALLOWED = ("storyline.model", "storyline.store")


def imports_above_store(source: str, package: str = "storyline.store") -> list[str]:
    """Modules of the package, other than the model and the store, that `source` imports
    anywhere (module level or inside functions), relative imports resolved against `package`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            names = [base] + [f"{base}.{alias.name}" for alias in node.names] if base == "storyline" else [base]
        else:
            continue
        found += [name for name in names if name.split(".")[0] == "storyline"
                  and name != "storyline" and not name.startswith(ALLOWED)]
    return found


def test_the_import_walk_sees_imports_in_functions_and_relative_ones():
    source = ("import json\nfrom storyline.model import Entity\nfrom storyline.store.schema import DEDUP\n"
              "def f():\n    from storyline.story.timeline import timeline_sort_key\n"
              "from ..nlp import entities\nfrom storyline import dedup\nimport storyline.web.api\n")
    assert sorted(imports_above_store(source)) == ["storyline.dedup", "storyline.nlp", "storyline.story.timeline",
                                                   "storyline.web.api"]


def test_no_module_under_store_imports_a_stage_or_a_view():
    files = sorted(STORE_DIR.rglob("*.py"))
    assert {path.name for path in files} >= {"__init__.py", "schema.py", "migrations.py", "queries.py"}
    found = {str(path.relative_to(STORE_DIR)): imports_above_store(path.read_text()) for path in files}
    assert {name: modules for name, modules in found.items() if modules} == {}


SQL_CALLS = {"execute", "executemany", "executescript"}
SQL_TEXT = re.compile(r"^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|REPLACE|WITH)\s")


def sql_run_in(source: str) -> list[str]:
    """What in `source` runs SQL: calls of execute / executemany / executescript and SQL statements
    written as strings (which a store helper such as `select_in` would run)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS:
            found.append(f"line {node.lineno}: .{node.func.attr}()")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.match(node.value):
            found.append(f"line {node.lineno}: {node.value.split()[0]} ...")
    return found


def test_the_sql_walk_sees_calls_and_statements():
    source = ('conn.execute("PRAGMA x")\nrows = store.select_in("SELECT id FROM documents WHERE id IN ({})", ids)\n'
              'cur.executemany(sql, rows)\nprint("Select a file")\n')
    assert sorted(sql_run_in(source)) == ["line 1: .execute()", "line 1: PRAGMA ...", "line 2: SELECT ...",
                                          "line 3: .executemany()"]


def test_no_module_outside_store_runs_sql():
    """Reads and writes live in store/ (the writer, queries.py, copy_tables.py); the stages and
    views get values passed in."""
    package = STORE_DIR.parent
    found = {str(path.relative_to(package)): sql_run_in(path.read_text()) for path in sorted(package.rglob("*.py"))
             if STORE_DIR not in path.parents}
    assert {name: places for name, places in found.items() if places} == {}


STAGES = ("ingest", "clean", "dedup", "nlp", "story")
VIEWS = ("export", "web", "cli", "search", "eval", "pipeline", "batch", "fast", "runner")


def test_no_stage_imports_a_view_or_the_ingest_loops():
    """The stages sit below the views and the loops that run them (CONTRIBUTING.md's picture)."""
    package = STORE_DIR.parent
    found = {}
    for stage in STAGES:
        for path in sorted((package / stage).rglob("*.py")):
            module = "storyline." + ".".join(path.relative_to(package).with_suffix("").parts)
            imported = {node.module for node in ast.walk(ast.parse(path.read_text()))
                        if isinstance(node, ast.ImportFrom) and node.module}
            imported |= {alias.name for node in ast.walk(ast.parse(path.read_text()))
                         if isinstance(node, ast.Import) for alias in node.names}
            above = sorted(name for name in imported if name.split(".")[0] == "storyline"
                           and len(name.split(".")) > 1 and name.split(".")[1] in VIEWS)
            if above:
                found[module] = above
    assert found == {}


def partial_index_condition(sql: str | None) -> str | None:
    """A partial index's WHERE clause, spaces normalised (None for a whole-table or automatic index):
    SQLite keeps it only in the index's CREATE statement, not in the index pragmas."""
    found = re.search(r"\bWHERE\b(.*)$", sql or "", re.IGNORECASE | re.DOTALL)
    return " ".join(found.group(1).split()) if found else None


def schema_of(conn: sqlite3.Connection) -> dict:
    """Every table's columns (name, type, not null, default, key) and every index's columns and,
    for a partial index, its condition."""
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'schema_version' ORDER BY name")]
    shape = {table: [tuple(row[1:]) for row in conn.execute(f"PRAGMA table_xinfo('{table}')")] for table in tables}
    indexes = conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
    for name, table, sql in indexes.fetchall():
        unique = conn.execute("SELECT \"unique\" FROM pragma_index_list(?) WHERE name = ?", (table, name)).fetchone()[0]
        columns = [tuple(row[1:]) for row in conn.execute(f"PRAGMA index_xinfo('{name}')")]
        shape[f"index {name}"] = (table, unique, columns, partial_index_condition(sql))
    return shape


def test_the_schema_sees_a_partial_index_condition():
    def store_with(condition: str) -> sqlite3.Connection:
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE events (id TEXT PRIMARY KEY, first_day TEXT, row_candidate INTEGER)")
        conn.execute(f"CREATE INDEX events_dated ON events(id) WHERE {condition}")
        return conn

    dated = schema_of(store_with("first_day IS NOT NULL"))
    assert dated["index events_dated"][3] == "first_day IS NOT NULL"
    assert schema_of(store_with("first_day  IS NOT\n NULL")) == dated  # the same condition, other spacing
    assert schema_of(store_with("row_candidate IS NOT 0")) != dated


def test_a_new_store_has_the_tables_every_migration_gives(tmp_path):
    created = Store(tmp_path / "new.db")
    migrated = sqlite3.connect(tmp_path / "migrated.db", isolation_level=None)
    assert migrate(migrated, upgrade_only=True) == latest_version() == created.schema_version
    assert "passage_embeddings" in schema_of(created.conn)
    assert schema_of(created.conn) == schema_of(migrated)
    recorded = [row[0] for row in created.conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert recorded == list(range(1, latest_version() + 1))


def old_store(tmp_path: Path, name: str) -> Path:
    """A copy of a store written by an earlier release (tests/data/README.md says how it was made)."""
    path = tmp_path / name
    with gzip.open(DATA / f"{name}.gz", "rb") as packed, open(path, "wb") as out:
        shutil.copyfileobj(packed, out)
    return path


@pytest.mark.parametrize("name, version", [("store-0.1.db", 5), ("store-7a3b876.db", 7)])
def test_a_store_from_an_earlier_release_opens_migrates_and_reads(tmp_path, capsys, name, version):
    path = old_store(tmp_path, name)
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == version
    stored = {table: raw.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
              for table in ("documents", "entities", "quotes", "events", "positions", "copy_links")}
    quote_texts = sorted(json.loads(row[0])["text"] for row in raw.execute("SELECT data FROM quotes"))
    copy_of = dict(raw.execute("SELECT id, copy_of FROM documents").fetchall())
    raw.close()
    assert stored["documents"] == 2 and stored["quotes"] > 0 and stored["events"] > 0 and stored["copy_links"] == 1

    store = Store(path)  # migrates
    assert store.schema_version == latest_version()
    fresh = Store(tmp_path / "fresh.db")
    assert schema_of(store.conn) == schema_of(fresh.conn)
    for table, count in stored.items():  # nothing stored is lost
        assert store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == count
    # every entity is found by its own name through the name keys the migration filled
    for entity_id, entity_name in store.conn.execute("SELECT id, name FROM entities").fetchall():
        assert entity_id in entity_ids_matching(store, entity_name), entity_name
    store.close()
    fresh.close()

    for command in ("timeline", "quotes", "positions", "actors", "sources"):
        assert main([command, "--db", str(path), "--format", "json"]) == 0
        records = json.loads(capsys.readouterr().out)
        assert records, command
    assert main(["export", "--format", "json", "--db", str(path)]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert {document["id"]: document["copy_of"] for document in exported["documents"]} == copy_of
    assert sorted(quote["text"] for quote in exported["quotes"]) == quote_texts
    assert len(exported["events"]) == stored["events"] and len(exported["positions"]) == stored["positions"]
    assert [copy["doc"] for copy in exported["copies"]] and exported["timeline"]

    from fastapi.testclient import TestClient

    from storyline.web.app import create_app

    client = TestClient(create_app(str(path), allowed_hosts=["testserver"]))
    for route in ("timeline", "timeline?all=true", "quotes", "positions", "entities", "documents"):
        response = client.get(f"/api/{route}")
        assert response.status_code == 200 and response.json()["items"], route
    document = exported["documents"][0]["id"]
    assert client.get(f"/api/documents/{document}").json()["text"] == exported["documents"][0]["text"]
    assert client.get("/api/sources").json()["copies"] == exported["copies"]
