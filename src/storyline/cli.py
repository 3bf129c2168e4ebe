"""The `storyline` command: argument parsing and terminal rendering only; the work is elsewhere."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from importlib import resources
from pathlib import Path

from storyline import __version__

LISTING_FORMATS = ("table", "json", "jsonl", "csv", "md")

# Exit codes (README "Exit codes"): distinct, so scripts can tell what went wrong.
EXIT_OK = 0  # everything asked for was done
EXIT_USER_ERROR = 1  # some input failed (a file, URL or record could not be read); the rest was done
EXIT_USAGE = 2  # the command line was wrong (argparse's one-line usage error)
EXIT_STORE = 3  # the store could not be opened or read (missing, not a storyline store, locked, corrupt)


class UserError(Exception):
    """A problem with what the user asked for: printed as one line, exit code 1."""


class UsageProblem(UserError):
    """Options that parse but do not fit together: printed as one line, exit code 2."""


class StoreProblem(UserError):
    """The store is missing, not a store, or unreadable: printed as one line, exit code 3."""


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    import sqlite3

    try:
        return args.handler(args) or EXIT_OK
    except StoreProblem as error:
        print(f"storyline: {error}", file=sys.stderr)
        return EXIT_STORE
    except UsageProblem as error:
        print(f"storyline: {error}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as error:
        print(f"storyline: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except sqlite3.DatabaseError as error:
        print(f"storyline: {getattr(args, 'db', None) or 'store'}: cannot be read ({error})", file=sys.stderr)
        return EXIT_STORE
    except KeyboardInterrupt:
        print("storyline: interrupted; everything committed so far is kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


MAX_COUNT = 2**31 - 1  # beyond any store; SQLite refuses integers past 2**63 - 1


def count_at_least(low: int, high: int = MAX_COUNT):
    """An argparse type: a whole number in low..high, else the usual one-line usage error."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number")
        if value < low:
            raise argparse.ArgumentTypeError(f"{value} is below {low}")
        if value > high:
            raise argparse.ArgumentTypeError(f"{text[:40]} is above {high:,}")
        return value
    return parse


def iso_day(text: str) -> str:
    """An argparse type: a YYYY-MM-DD day (a longer ISO timestamp keeps its day)."""
    from datetime import date

    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a YYYY-MM-DD date")


def date_default_problem(value: str | None) -> str | None:
    """Why `--date-default` cannot stand as a publication date, in one line (None when it can or is
    not given); `ingest` and `batch` check it before reading anything, so a typo costs no parse."""
    from datetime import date

    if not value:
        return None
    try:  # fromisoformat also reads '20100715' and '2010-W28-4', which the store's day comparisons cannot
        if date.fromisoformat(value).isoformat() == value:
            return None
    except ValueError:
        pass
    return f"--date-default {value}: not a YYYY-MM-DD date"


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

    def with_format(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--format", choices=LISTING_FORMATS, default="table",
                         help="table (for reading), json (one array), jsonl (one record per line, streamed), "
                              "csv (one row per record, with ids and offsets) or md (a Markdown table)")

    def with_paging(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--limit", type=count_at_least(1), metavar="N", help="at most N rows")
        sub.add_argument("--offset", type=count_at_least(0), default=0, metavar="N", help="skip the first N rows")

    sub = with_db(command("ingest", run_ingest, "read files, folders, '-', URLs and feeds into the store"))
    sub.add_argument("paths", nargs="+", metavar="PATH",
                     help="a file, a folder (read recursively), '-' for stdin, an http(s) URL or a feed")
    sub.add_argument("--date-default", metavar="YYYY-MM-DD", help="publication date for documents that show none")
    sub.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    sub.add_argument("--jobs", type=count_at_least(1, 256), default=default_jobs(), metavar="N",
                     help="parse and analyse in N processes (default: the cores, %(default)s here; same store "
                          "whatever N)")
    sub.add_argument("--batch-size", type=count_at_least(1, 4096), metavar="N",
                     help="most documents parsed together (default 16; a batch also holds at most 4,000 words, a "
                          "longer document alone); smaller batches store each document sooner and hold less "
                          "memory; the parse costs the same CPU")

    sub = with_db(command("rebuild", run_rebuild, "recompute the whole story (entities, events, positions) "
                                                  "from the stored analyses; ingest only adds to a large one), "
                                                  "and embed any passage stored without a search vector"))

    sub = with_db(command("timeline", run_timeline, "the story's important happenings, one row per event, "
                                                    "oldest first, with sources (docs/timeline.md)"))
    sub.add_argument("--actor", metavar="NAME", help="only events this person or organisation takes part in "
                                                     "(name, alias or surname)")
    sub.add_argument("--since", metavar="YYYY-MM-DD", type=iso_day, help="only events on or after this day")
    sub.add_argument("--until", metavar="YYYY-MM-DD", type=iso_day, help="only events on or before this day")
    sub.add_argument("--all", action="store_true", help="every event, background and undated ones too")
    sub.add_argument("--dates", type=count_at_least(1), metavar="N", help="a summarised timeline of N dates")
    sub.add_argument("--per-date", type=count_at_least(1), default=1, metavar="K",
                     help="with --dates: the K most important events of each date (default 1)")
    with_paging(sub)
    with_format(sub)

    sub = with_db(command("quotes", run_quotes, "who said what, when, where"))
    sub.add_argument("--speaker", metavar="NAME", help="only quotes by this speaker (name, alias or surname)")
    sub.add_argument("--about", metavar="TEXT", help="only quotes whose words contain TEXT (case-insensitive)")
    sub.add_argument("--all", action="store_true", help="every stored attribution: also stated beliefs and stances "
                     "without a known speaker, unresolved pronouns (default: statements of a known speaker)")
    with_paging(sub)
    with_format(sub)

    sub = with_db(command("actors", run_actors, "people and organisations with their roles"))
    with_format(sub)

    sub = with_db(command("positions", run_positions, "each actor's positions per issue and how they moved"))
    sub.add_argument("--actor", metavar="NAME", help="only this actor's positions (name, alias or surname)")
    sub.add_argument("--all", action="store_true", help="every stored position: also those stated only by a promise, "
                     "an agreement, an offer or a request on an open issue, each saying why the default leaves it out "
                     "(default: the listed ones, docs/positions.md)")
    with_format(sub)

    sub = with_db(command("sources", run_sources, "documents, outlets, duplicates and rewrites"))
    with_format(sub)

    sub = with_db(command("search", run_search, "ranked passages with document, date and offsets (the first "
                                                "search by meaning after an ingest embeds its passages first)"))
    sub.add_argument("query", nargs="+", help="words to look for (any of them; passages with more of them, "
                                               "and with the words as a phrase, rank first)")
    sub.add_argument("--limit", type=count_at_least(1), default=20, metavar="N", help="at most N passages (default 20)")
    sub.add_argument("--mode", choices=("hybrid", "text", "semantic"), default="hybrid",
                     help="hybrid (default): the full-text and the MiniLM rankings fused by rank, as the web page "
                          "does; text: full text alone (no model loaded); semantic: MiniLM similarity alone")
    sub.add_argument("--actor", metavar="NAME", help="only passages that mention this actor")
    sub.add_argument("--since", metavar="YYYY-MM-DD", type=iso_day, help="only documents published on or after this day")
    sub.add_argument("--until", metavar="YYYY-MM-DD", type=iso_day, help="only documents published on or before this day")
    sub.add_argument("--outlet", metavar="NAME", help="only documents from this outlet")
    with_format(sub)

    sub = with_db(command("export", run_export, "the whole analysis as JSON, CSV, Markdown or HTML"))
    sub.add_argument("--format", choices=("json", "jsonl", "csv", "md", "html"), default="json",
                     help="json (the contract object), jsonl (one record per line, streamed), csv (one file per "
                          "record kind, into the folder or .zip given by -o), md or html (a briefing to read)")
    sub.add_argument("-o", "--output", metavar="PATH", help="write here instead of standard output "
                                                           "(for csv: a folder, or a file ending in .zip)")

    sub = with_db(command("serve", run_serve, "web UI and HTTP API (OpenAPI at /docs)"))
    sub.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    sub.add_argument("--port", type=count_at_least(1, 65535), default=8000, help="port to listen on (default 8000)")

    command("demo", run_demo, "ingest the bundled sample articles into a temporary store and print the timeline")

    sub = command("batch", run_batch, "analyse many documents on Ray Data (local or a cluster), then load the store")
    from storyline import batch

    batch.add_arguments(sub)

    sub = command("eval", run_eval, "measure against a public gold data set")
    from storyline.eval import EVALUATIONS

    sub.add_argument("name", choices=sorted(EVALUATIONS), help="which data set: " + ", ".join(sorted(EVALUATIONS)))
    sub.add_argument("path", help="the data set's file or folder")
    sub.add_argument("--limit", type=count_at_least(1), metavar="N", help="only the first N items (quick look)")
    sub.add_argument("--json", action="store_true", help="print the figures as JSON")
    sub.add_argument("--seed", type=int, default=0, help="coverage: the random sample's seed")
    return parser


# --- commands ----------------------------------------------------------------------------------

def open_store(args, write: bool = False, must_exist: bool = True):
    """Read-only unless the command writes; only ingest and serve may create a store."""
    from storyline.store import Store, StoreError, default_db_path

    path = default_db_path(getattr(args, "db", None))
    try:
        if write and must_exist:
            Store(path, readonly=True).close()  # refuses a missing file or one that is not a store
        return Store(path) if write else Store(path, readonly=True)
    except StoreError as error:
        raise StoreProblem(str(error)) from error


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def run_ingest(args) -> int:
    from storyline.pipeline import SpacyExecutor, ingest

    if problem := date_default_problem(args.date_default):
        raise UserError(problem)
    store = open_store(args, write=True, must_exist=False)
    progress = sys.stderr.isatty() and not args.no_progress
    batching = {"batch_size": args.batch_size} if args.batch_size else {}
    summary = ingest(store, args.paths, SpacyExecutor(n_process=args.jobs, freeze_loaded=True, **batching), date_default=args.date_default,
                     progress=progress)
    print(summary.line())
    return EXIT_USER_ERROR if summary.failed else EXIT_OK


def run_rebuild(args) -> int:
    from storyline.story.build import rebuild_story

    from storyline.search import embed_missing_passages
    from storyline.search_index import update_index_file

    store = open_store(args, write=True)
    rebuild_story(store)
    embedded = embed_missing_passages(store)  # ahead of the first search by meaning
    update_index_file(store)
    print(f"story rebuilt from {store.document_count()} documents"
          + (f"; {embedded} passages embedded for search" if embedded else ""))
    return EXIT_OK


def print_listing(args, listing_for, records) -> int:
    from storyline.export.listing import write_listing

    write_listing(listing_for(args.store, records), args.format, sys.stdout)
    return EXIT_OK


def run_timeline(args) -> int:
    from storyline.export.listing import timeline_listing
    from storyline.export.records import (
        framed,
        iter_events,
        summarised_timeline_records,
        timeline_note,
        timeline_records,
    )

    store = args.store = open_store(args)
    note = None
    if args.all:
        events = framed(store, iter_events(store, actor=args.actor, since=args.since, until=args.until,
                                           limit=args.limit, offset=args.offset))
    else:
        if args.dates:
            events = summarised_timeline_records(store, args.dates, args.per_date, args.actor, args.since, args.until)
        else:
            events = timeline_records(store, actor=args.actor, since=args.since, until=args.until)
            note = timeline_note(store, len(events))
        events = events[args.offset:][:args.limit] if args.limit else events[args.offset:]
    code = print_listing(args, timeline_listing, events)
    if note and args.format == "table":
        print(note, file=sys.stderr)  # on stderr: the table on stdout stays the rows alone
    return code


def run_quotes(args) -> int:
    from storyline.export.listing import quotes_listing
    from storyline.export.records import iter_quotes

    store = args.store = open_store(args)
    quotes = iter_quotes(store, speaker=args.speaker, about=args.about, limit=args.limit, offset=args.offset,
                         statements_only=not args.all)
    return print_listing(args, quotes_listing, quotes)


def run_actors(args) -> int:
    from storyline.export.listing import actors_listing
    from storyline.nlp.entities import is_news_outlet
    from storyline.store.queries import iter_entities, outlets

    store = args.store = open_store(args)
    sources = set(outlets(store))
    # outlets are the story's sources (`storyline sources`), not its actors; the export keeps them
    actors = (e for e in iter_entities(store, by_mentions=True) if not is_news_outlet([e["name"], *e.get("aliases", [])], sources))
    return print_listing(args, actors_listing, actors)


def run_positions(args) -> int:
    from storyline.export.listing import positions_listing
    from storyline.export.records import iter_positions

    store = args.store = open_store(args)
    return print_listing(args, positions_listing, iter_positions(store, actor=args.actor, listed_only=not args.all))


def run_sources(args) -> int:
    from storyline.export.listing import source_records, sources_listing

    store = args.store = open_store(args)
    return print_listing(args, sources_listing, source_records(store))


def run_search(args) -> int:
    from storyline.export.listing import search_listing
    from storyline.search import SearchFilters, search
    from storyline.store import queries

    store = args.store = open_store(args)
    filters = SearchFilters(actor=args.actor, since=args.since, until=args.until, outlet=args.outlet)
    if args.mode != "text" and queries.newest_passage_unembedded(store):
        print("note: embedding the passages ingested since the last search by meaning (once; "
              "`storyline rebuild` does it ahead of time)", file=sys.stderr)
    hits = search(store, " ".join(args.query), mode=args.mode, filters=filters, limit=args.limit)
    if args.mode != "text" and queries.newest_passage_unembedded(store):
        print("note: this store's passages could not be given search vectors here (the store cannot be "
              "written); the ranking by meaning misses them until `storyline rebuild`", file=sys.stderr)
    return print_listing(args, search_listing, hits)


def run_export(args) -> int:
    from storyline.export import write_export

    if args.output:
        check_writable(args.output, folder_ok=args.format == "csv")
    if args.format == "csv":
        if not args.output:
            raise UsageProblem("export --format csv writes one file per record kind: give -o FOLDER or -o FILE.zip")
        from storyline.export.tables import write_tables

        store = open_store(args)
        written = write_tables(store, args.output)
        print(f"wrote {', '.join(written)} to {args.output}", file=sys.stderr)
        return EXIT_OK
    store = open_store(args)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                write_export(store, args.format, out)
        except OSError as error:
            raise UserError(f"{args.output}: cannot write ({error.strerror or error})") from None
    else:
        write_export(store, args.format, sys.stdout)
    return EXIT_OK


def check_writable(path: str, folder_ok: bool = False) -> None:
    """An output that cannot be written is refused before any work starts. `folder_ok`: the
    output may be a folder (CSV tables)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        if folder_ok:
            folder = target
        else:
            raise UserError(f"{path}: is a folder, not a file")
    if not folder.is_dir():
        raise UserError(f"{path}: no such folder {str(folder)!r}")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise UserError(f"{path}: not writable")


def run_serve(args) -> int:
    from storyline.web.app import serve

    store = open_store(args, write=True, must_exist=False)
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
        args.limit, args.offset, args.dates, args.per_date = None, 0, None, 1
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
        options = {"seed": args.seed} if args.name == "coverage" else {}
        result = evaluation.run(args.path, limit=args.limit, **options)
    except (FileNotFoundError, NotADirectoryError, KeyError, ValueError) as error:
        raise UserError(f"{args.path}: not the {args.name} data set ({type(error).__name__}: {error})")
    if args.json:
        return print_json(result)
    print(evaluation.format_report(result))
    return EXIT_OK


# --- rendering ---------------------------------------------------------------------------------

def print_json(value) -> int:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
