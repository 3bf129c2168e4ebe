"""The `storyline` command: argument parsing and terminal rendering only; the work is elsewhere."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import textwrap
from importlib import resources
from pathlib import Path

from storyline import __version__

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A problem with what the user asked for: printed as one line, exit code 1."""


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.handler(args) or EXIT_OK
    except UserError as error:
        print(f"storyline: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("storyline: interrupted; everything committed so far is kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def count_at_least(low: int):
    """An argparse type: a whole number >= low, else the usual one-line usage error."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number")
        if value < low:
            raise argparse.ArgumentTypeError(f"{value} is below {low}")
        return value
    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="storyline", description="A sourced, dated, deduplicated record of a news story.")
    parser.add_argument("--version", action="version", version=f"storyline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    def with_db(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument("--db", help="store file (default: $STORYLINE_DB or ./storyline.db)")
        return sub

    def with_format(sub: argparse.ArgumentParser, choices=("table", "json", "md")) -> None:
        sub.add_argument("--format", choices=choices, default=choices[0])

    def with_paging(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--limit", type=count_at_least(1), metavar="N", help="at most N rows")
        sub.add_argument("--offset", type=count_at_least(0), default=0, metavar="N", help="skip the first N rows")

    sub = with_db(command("ingest", run_ingest, "read files, folders, '-', URLs and feeds into the store"))
    sub.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_argument("--date-default", metavar="YYYY-MM-DD", help="publication date for documents that show none")
    sub.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    sub.add_argument("--jobs", type=int, default=1, metavar="N",
                     help="parse in batches with N worker processes (same results; pays from a few hundred documents)")

    sub = with_db(command("rebuild", run_rebuild, "recompute the whole story (entities, events, positions) "
                                                  "from the stored analyses; ingest only adds to a large one"))

    sub = with_db(command("timeline", run_timeline, "the dated events of the story, oldest first, with sources"))
    sub.add_argument("--actor")
    sub.add_argument("--since", metavar="D")
    sub.add_argument("--until", metavar="D")
    sub.add_argument("--all", action="store_true", help="include undated events")
    with_paging(sub)
    with_format(sub)

    sub = with_db(command("quotes", run_quotes, "who said what, when, where"))
    sub.add_argument("--speaker")
    sub.add_argument("--about", metavar="TEXT")
    with_paging(sub)
    with_format(sub)

    sub = with_db(command("actors", run_actors, "people and organisations with their roles"))
    with_format(sub)

    sub = with_db(command("positions", run_positions, "each actor's stated positions over time"))
    sub.add_argument("--actor")
    with_format(sub)

    sub = with_db(command("sources", run_sources, "documents, outlets, duplicates and rewrites"))
    with_format(sub)

    sub = with_db(command("search", run_search, "ranked passages with document, date and offsets"))
    sub.add_argument("query", nargs="+")
    sub.add_argument("--limit", type=int, default=20)
    with_format(sub)

    sub = with_db(command("export", run_export, "the whole analysis as JSON, CSV, Markdown or HTML"))
    sub.add_argument("--format", choices=("json", "csv", "md", "html"), default="json")
    sub.add_argument("-o", "--output", metavar="PATH")

    sub = with_db(command("serve", run_serve, "web UI and HTTP API (OpenAPI at /docs)"))
    sub.add_argument("--host", default="127.0.0.1")
    sub.add_argument("--port", type=int, default=8000)

    command("demo", run_demo, "ingest the bundled sample articles into a temporary store and print the timeline")

    sub = command("batch", run_batch, "analyse many documents on Ray Data (local or a cluster), then load the store")
    from storyline import batch

    batch.add_arguments(sub)

    sub = command("eval", run_eval, "measure against a public gold data set")
    from storyline.eval import EVALUATIONS

    sub.add_argument("name", choices=sorted(EVALUATIONS))
    sub.add_argument("path")
    sub.add_argument("--limit", type=int, help="only the first N items (quick look)")
    sub.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser


# --- commands ----------------------------------------------------------------------------------

def open_store(args, must_exist: bool = True):
    from storyline.store import Store, StoreError, default_db_path

    path = default_db_path(getattr(args, "db", None))
    try:
        return Store(path, readonly=must_exist)
    except StoreError as error:
        raise UserError(str(error)) from error


def run_ingest(args) -> int:
    from storyline.pipeline import ingest

    if args.date_default:
        from datetime import date

        try:
            date.fromisoformat(args.date_default)
        except ValueError:
            raise UserError(f"--date-default {args.date_default}: not a YYYY-MM-DD date")
    store = open_store(args, must_exist=False)
    progress = sys.stderr.isatty() and not args.no_progress
    if args.jobs > 1:
        from storyline.fast import fast_ingest

        summary = fast_ingest(store, args.paths, date_default=args.date_default, progress=progress, n_process=args.jobs)
    else:
        summary = ingest(store, args.paths, date_default=args.date_default, progress=progress)
    print(summary.line())
    return EXIT_USER_ERROR if summary.failed else EXIT_OK


def run_rebuild(args) -> int:
    from storyline.story.build import rebuild_story

    store = open_store(args)
    rebuild_story(store)
    print(f"story rebuilt from {store.document_count()} documents")
    return EXIT_OK


def run_timeline(args) -> int:
    from storyline.export.records import document_labels, event_records

    store = open_store(args)
    events = event_records(store, actor=args.actor, since=args.since, until=args.until, dated_only=not args.all,
                           limit=args.limit, offset=args.offset)
    if args.format == "json":
        return print_json(events)
    labels = document_labels(store, [s for event in events for s in event["sources"]])
    outlets = {doc: d["outlet"] or Path(d["source"]).name for doc, d in labels.items()}
    if args.format == "md":
        print("# Timeline\n")
        for event in events:
            sources = ", ".join(outlets.get(s, s) for s in event["sources"])
            print(f"- **{event_date(event)}** ({event['type']}, {event['status']}) {event['summary']} "
                  f"_Sources: {sources}; independent: {event['independent_sources']}_")
        return EXIT_OK
    rows = [[event_date(e), e["type"], e["status"], f"{e['independent_sources']}/{len(e['sources'])}", e["summary"]]
            for e in events]
    print_table(["date", "type", "status", "indep/src", "what happened"], rows)
    return EXIT_OK


def run_quotes(args) -> int:
    from storyline.export.records import document_labels, entity_names, quote_records

    store = open_store(args)
    quotes = quote_records(store, speaker=args.speaker, about=args.about, limit=args.limit, offset=args.offset)
    if args.format == "json":
        return print_json(quotes)
    names = entity_names(store, [q["speaker"] for q in quotes if q.get("speaker")])
    docs = document_labels(store, [q["doc"] for q in quotes])
    rows = []
    for quote in quotes:
        doc = docs.get(quote["doc"], {})
        speaker = names.get(quote["speaker"]) or quote.get("speaker_text") or "?"
        rows.append([quote.get("date") or "", speaker, quote["kind"],
                     doc.get("outlet") or Path(doc.get("source", "")).name, quote["text"]])
    if args.format == "md":
        for date, speaker, kind, outlet, text in rows:
            print(f"- {date} **{speaker}** ({kind}): “{text}” — _{outlet}_")
        return EXIT_OK
    print_table(["date", "speaker", "kind", "outlet", "quote"], rows)
    return EXIT_OK


def run_actors(args) -> int:
    from storyline.export.records import entity_records

    store = open_store(args)
    entities = sorted(entity_records(store), key=lambda e: -len(e["mentions"]))
    if args.format == "json":
        return print_json(entities)
    rows = [[e["name"], e["type"], len(e["mentions"]),
             "; ".join(sorted({r["role"] + (f" ({r['org']})" if r.get("org") else "") for r in e["roles"]}))]
            for e in entities]
    print_table(["actor", "type", "mentions", "roles"], rows)
    return EXIT_OK


def run_positions(args) -> int:
    from storyline.export.records import entity_records, position_records

    store = open_store(args)
    positions = position_records(store, actor=args.actor)
    if args.format == "json":
        return print_json(positions)
    names = {e["id"]: e["name"] for e in entity_records(store)}
    docs = {doc.id: doc for doc in store.documents()}
    rows = []
    for position in positions:
        evidence = position.get("evidence") or {}
        doc = docs.get(evidence.get("doc"))
        said = doc.text[evidence["start"]:evidence["end"]] if doc and "start" in evidence else ""
        rows.append([position.get("date") or "", names.get(position["actor"], position["actor"]),
                     position["topic"], position["stance"], said])
    print_table(["date", "actor", "topic", "stance", "evidence"], rows)
    return EXIT_OK


def run_sources(args) -> int:
    from storyline.export.records import copy_link_records, document_records

    store = open_store(args)
    documents = document_records(store)
    links = {link["doc"]: link for link in copy_link_records(store)}
    if args.format == "json":
        return print_json({"documents": [{k: v for k, v in d.items() if k not in ("text", "removed")} for d in documents],
                           "copies": list(links.values())})
    rows = []
    for doc in documents:
        link = links.get(doc["id"])
        copy = f"{link['kind']} of {link['original']} ({link['score']:.2f})" if link else ""
        date = doc["published"] or ("~" + "..".join(doc["published_range"]) if doc["published_range"] else "")
        rows.append([doc["id"], doc["story"] or "", doc["outlet"] or "", date, doc["published_how"] or "",
                     copy, Path(doc["source"]).name, doc["title"] or ""])
    print_table(["id", "story", "outlet", "published", "how", "copy of", "source", "title"], rows)
    tree = copy_tree_lines(documents, links)
    if tree:
        print("\ncopies and rewrites:")
        print("\n".join(tree))
    return EXIT_OK


def copy_tree_lines(documents: list[dict], links: dict[str, dict]) -> list[str]:
    children: dict[str, list[str]] = {}
    for doc_id, link in links.items():
        children.setdefault(link["original"], []).append(doc_id)
    titles = {d["id"]: d["title"] or Path(d["source"]).name for d in documents}
    lines: list[str] = []

    def walk(doc_id: str, depth: int) -> None:
        link = links.get(doc_id)
        label = f" <- {link['kind']} {link['score']:.2f}" if link else ""
        lines.append(f"{'  ' * depth}{doc_id} {titles.get(doc_id, '')}{label}")
        for child in sorted(children.get(doc_id, [])):
            walk(child, depth + 1)

    for root in sorted(children):
        if root not in links:
            walk(root, 0)
    return lines


def run_search(args) -> int:
    from storyline.export.records import search_passages

    store = open_store(args)
    hits = search_passages(store, " ".join(args.query), limit=args.limit)
    if args.format == "json":
        return print_json(hits)
    rows = [[f"{h['score']:.2f}", h["doc"], h["date"] or "", f"{h['start']}-{h['end']}", h["text"]] for h in hits]
    print_table(["score", "doc", "date", "offsets", "passage"], rows)
    return EXIT_OK


def run_export(args) -> int:
    from storyline.export import render_export

    store = open_store(args)
    output = render_export(store, args.format)
    if args.output:
        Path(args.output).write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    return EXIT_OK


def run_serve(args) -> int:
    from storyline.web.app import serve

    store = open_store(args, must_exist=False)
    store.close()
    serve(store.path, host=args.host, port=args.port)
    return EXIT_OK


def run_demo(args) -> int:
    from storyline.pipeline import ingest
    from storyline.store import Store

    folder = tempfile.mkdtemp(prefix="storyline-demo-")
    try:
        seeds = Path(folder) / "seeds"
        seeds.mkdir()
        for item in (resources.files("storyline.data") / "seeds").iterdir():
            if item.name.endswith(".txt"):
                (seeds / item.name).write_bytes(item.read_bytes())
        store = Store(Path(folder) / "demo.db")
        summary = ingest(store, [str(seeds)], progress=sys.stderr.isatty())
        print(f"ingested the bundled sample: {summary.line()}\n")
        args.db, args.actor, args.since, args.until, args.format, args.all = str(store.path), None, None, None, "table", False
        args.limit, args.offset = None, 0
        store.close()
        run_timeline(args)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return EXIT_OK


def run_batch(args) -> int:
    from storyline import batch

    return batch.run(args)


def run_eval(args) -> int:
    from storyline.eval import load_evaluation

    if not os.path.exists(args.path):
        raise UserError(f"{args.path}: no such file or folder")
    evaluation = load_evaluation(args.name)
    try:
        result = evaluation.run(args.path, limit=args.limit)
    except (FileNotFoundError, NotADirectoryError, KeyError, ValueError) as error:
        raise UserError(f"{args.path}: not the {args.name} data set ({type(error).__name__}: {error})")
    if args.json:
        return print_json(result)
    print(evaluation.format_report(result))
    return EXIT_OK


# --- rendering ---------------------------------------------------------------------------------

def event_date(event: dict) -> str:
    if event.get("date"):
        return event["date"]
    if event.get("date_range"):
        return f"{event['date_range'][0]}..{event['date_range'][1]}"
    return "undated"


def print_json(value) -> int:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def print_table(headers: list[str], rows: list[list]) -> None:
    """Plain columns; the last column wraps to the terminal width."""
    if not rows:
        print("(nothing found)")
        return
    width = shutil.get_terminal_size((120, 20)).columns
    cells = [[str(value) for value in row] for row in rows]
    fixed = [min(max(len(headers[i]), *(len(row[i]) for row in cells)), 28) for i in range(len(headers) - 1)]
    last_width = max(30, width - sum(fixed) - 2 * len(fixed))
    print("  ".join(h.ljust(w) for h, w in zip(headers, fixed + [0])).rstrip())
    for row in cells:
        head = "  ".join(value[:w].ljust(w) for value, w in zip(row, fixed))
        wrapped = textwrap.wrap(row[-1], last_width) or [""]
        print(f"{head}  {wrapped[0]}".rstrip())
        for more in wrapped[1:]:
            print(" " * (len(head) + 2) + more)


if __name__ == "__main__":
    sys.exit(main())
