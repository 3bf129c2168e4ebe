"""Every listing command in every output format on the seeds, the streamed exports, the CSV tables,
and the command line's help texts, count checks and exit codes."""
from __future__ import annotations

import argparse
import csv
import io
import json
import zipfile
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from storyline.cli import EXIT_STORE, EXIT_USAGE, build_parser, main
from storyline.export import write_export
from storyline.export.records import build_export
from storyline.export.tables import COLUMNS
from storyline.store import Store

LISTINGS = {
    "timeline": ["--all"],
    "quotes": [],
    "actors": [],
    "positions": [],
    "sources": [],
    "search": ["Donetsk", "Putin"],
}
FORMATS = ("table", "json", "jsonl", "csv", "md")


@pytest.fixture(scope="module")
def db(seeded_db_path) -> str:
    return str(seeded_db_path)


def run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


class Cells(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: dict[str, int] = {}

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1


@pytest.mark.parametrize("command", sorted(LISTINGS))
def test_every_listing_in_every_format_parses(db, capsys, command):
    argv = [command, "--db", db, *LISTINGS[command]]
    records = json.loads(run(capsys, *argv, "--format", "json"))
    assert isinstance(records, list) and records, f"{command} lists nothing on the seeds"

    lines = run(capsys, *argv, "--format", "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == records  # the same records, one per line

    rows = list(csv.reader(io.StringIO(run(capsys, *argv, "--format", "csv"))))
    assert len(rows) == len(records) + 1
    assert all(len(row) == len(rows[0]) for row in rows)

    markdown = run(capsys, *argv, "--format", "md")
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    assert [t.type for t in tokens if t.type == "heading_open"] == ["heading_open"]
    rendered = Cells()
    rendered.feed(MarkdownIt("commonmark").enable("table").render(markdown))
    assert rendered.tags.get("tr") == len(records) + 1  # the header and one row per record
    assert rendered.tags["th"] >= 4 and rendered.tags.get("td") == rendered.tags["th"] * len(records)

    table = run(capsys, *argv, "--format", "table")
    assert table.splitlines()[0].split()[0] == rows[0][0]


def test_the_positions_table_shows_every_word_of_an_issue(db, capsys):
    """An issue wider than its column wraps inside it; cut, 'Britain's vote to leave Euro' lost the rest and the
    family."""
    records = json.loads(run(capsys, "positions", "--db", db, "--format", "json"))
    table = run(capsys, "positions", "--db", db, "--format", "table")
    issue_column = table.splitlines()[0].index("issue (family)")
    width = table.splitlines()[0].index("when") - issue_column
    shown = " ".join(line[issue_column:issue_column + width] for line in table.splitlines()[1:]).split()
    long_issues = [f"{p['topic']} ({p['issue_family']})" for p in records if len(p["topic"]) + len(p["issue_family"]) > 25]
    assert long_issues, "the seeds give no issue wider than the column"
    for issue in long_issues:
        words = issue.split()
        assert any(shown[k:k + len(words)] == words for k in range(len(shown))), issue


def test_jsonl_is_written_as_it_is_read(db):
    """The JSON Lines listing takes records from a generator and never needs the whole list."""
    from storyline.export.listing import quotes_listing, write_listing
    from storyline.export.records import iter_quotes

    store = Store(db, readonly=True)
    seen: list[int] = []
    written = io.StringIO()

    def counted():
        for number, record in enumerate(iter_quotes(store)):
            seen.append(number)
            if number:  # the previous record is already written when the next one is read
                assert written.getvalue().count("\n") == number
            yield record

    write_listing(quotes_listing(store, counted()), "jsonl", written)
    assert written.getvalue().count("\n") == len(seen) > 1
    store.close()


def test_markdown_cells_escape_article_text():
    from storyline.export.listing import Listing, write_listing

    hostile = [{"text": "a | b <script>alert(1)</script> *bold*"}]
    out = io.StringIO()
    write_listing(Listing("Hostile", ["text"], hostile, lambda batch: [[r["text"]] for r in batch]), "md", out)
    html = MarkdownIt("commonmark").enable("table").render(out.getvalue())
    assert "<script>" not in html and "<em>" not in html
    assert html.count("<td>") == 1


def test_streamed_json_export_is_the_contract_object(db):
    store = Store(db, readonly=True)
    out = io.StringIO()
    write_export(store, "json", out)
    assert json.loads(out.getvalue()) == json.loads(json.dumps(build_export(store)))
    store.close()


def test_jsonl_export_has_every_record_once(db, capsys):
    lines = [json.loads(line) for line in run(capsys, "export", "--db", db, "--format", "jsonl").splitlines()]
    store = Store(db, readonly=True)
    data = build_export(store)
    store.close()
    assert lines[0] == {"record": "format", "format": "storyline/1"}
    assert lines[-1] == {"record": "timeline", "events": data["timeline"]}
    for section, kind in (("documents", "document"), ("entities", "entity"), ("quotes", "quote"),
                          ("events", "event"), ("positions", "position"), ("copies", "copy")):
        records = [{k: v for k, v in line.items() if k != "record"} for line in lines if line["record"] == kind]
        assert sorted(map(json.dumps, records)) == sorted(map(json.dumps, data[section])), section


@pytest.mark.parametrize("target", ["tables", "tables.zip"])
def test_csv_export_writes_one_table_per_record_kind(db, tmp_path, target):
    path = tmp_path / target
    assert main(["export", "--db", db, "--format", "csv", "-o", str(path)]) == 0
    if target.endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            files = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    else:
        files = {p.name: p.read_text(encoding="utf-8") for p in path.iterdir()}
    assert set(files) == {f"{kind}.csv" for kind in COLUMNS}
    tables = {name[:-4]: list(csv.DictReader(io.StringIO(text, newline=""))) for name, text in files.items()}
    store = Store(db, readonly=True)
    data = build_export(store)
    store.close()
    for kind, rows in tables.items():
        assert list(rows[0]) == COLUMNS[kind] if rows else True
        assert len(rows) == len(data[kind]), kind
    texts = {row["id"]: row["text"] for row in tables["documents"]}
    assert texts == {doc["id"]: doc["text"] for doc in data["documents"]}  # line breaks kept: offsets hold
    for quote in tables["quotes"]:
        assert texts[quote["doc"]][int(quote["start"]):int(quote["end"])].strip() in quote["text"].lstrip("'")
    named = {entity["id"]: entity["name"] for entity in data["entities"]}
    for position in tables["positions"]:
        assert position["actor_name"] == named[position["actor"]]


def test_csv_export_without_a_place_to_write_is_a_usage_error(db, capsys):
    assert main(["export", "--db", db, "--format", "csv"]) == EXIT_USAGE
    assert capsys.readouterr().err.count("\n") == 1


def test_a_missing_store_is_exit_3_in_one_line(tmp_path, capsys):
    for command in ("timeline", "quotes", "actors", "positions", "sources", "export"):
        assert main([command, "--db", str(tmp_path / "absent.db")]) == EXIT_STORE
        assert capsys.readouterr().err.count("\n") == 1
    not_a_store = tmp_path / "notes.db"
    not_a_store.write_bytes(b"this is not sqlite" * 100)
    assert main(["quotes", "--db", str(not_a_store)]) == EXIT_STORE


@pytest.mark.parametrize("argv", [
    ["search", "x", "--limit", "0"], ["search", "x", "--limit", "-3"], ["eval", "tempeval3", ".", "--limit", "0"],
    ["ingest", "x", "--jobs", "0"], ["timeline", "--limit", "0"], ["timeline", "--since", "last week"],
    ["quotes", "--format", "yaml"], ["serve", "--port", "-1"],
])
def test_bad_counts_dates_and_formats_are_usage_errors(argv, capsys):
    with pytest.raises(SystemExit) as usage:
        main(argv)
    assert usage.value.code == EXIT_USAGE
    assert "error:" in capsys.readouterr().err


def test_every_option_has_help_text():
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = [f"{name} {action.dest}" for name, sub in commands.choices.items() for action in sub._actions
               if not isinstance(action, argparse._HelpAction) and not action.help]
    assert not missing, missing


def test_an_actors_roles_are_listed_once_each_most_stated_first():
    """bpoil_reuters -n 140 listed Tony Hayward's 15 role strings in alphabetical order, 'CEO' beside 'CEO (BP)',
    'chief executive' beside 'Chief Executive (BP)', and a one-sentence misreading ('reporter (Reuters)') level with
    the title twenty articles give."""
    from storyline.export.listing import role_summary

    roles = ([{"role": "CEO", "org": "BP", "doc": f"d{n}"} for n in range(20)] + [{"role": "CEO", "org": None, "doc": "d1"}]
             + [{"role": "chief executive", "org": "BP", "doc": f"d{n}"} for n in range(5)]
             + [{"role": "Chief Executive", "org": None, "doc": "d9"}, {"role": "reporter", "org": "Reuters", "doc": "d3"},
                {"role": "boss", "org": None, "doc": "d4"}, {"role": "gaffe-prone chief", "org": None, "doc": "d5"},
                {"role": "Plc CEO", "org": None, "doc": "d6"}])
    assert role_summary(roles) == "CEO (BP); chief executive (BP); boss; gaffe-prone chief; +2 more"


def test_a_position_stated_on_several_days_shows_the_day_of_its_evidence():
    # #14 posholder23, round-30 sheet row 28: a speech of one day was shown as the span 2015-11-27..2016-06-30
    from storyline.export.listing import position_when

    mentions = [{"doc": "a", "start": 1, "date": "2015-11-27"}, {"doc": "b", "start": 403, "date": "2016-06-30"}]
    folded = {"date": "2015-11-27", "date_range": ["2015-11-27", "2016-06-30"], "mentions": mentions,
              "evidence": {"doc": "b", "start": 403}}
    assert position_when(folded) == "2016-06-30 (+1 other day)"
    ranged = dict(folded, mentions=[{"doc": "b", "start": 403, "date": None, "date_range": ["2016-06-27", "2016-06-30"]}],
                  date=None, date_range=["2016-06-27", "2016-06-30"])
    assert position_when(ranged) == "2016-06-27..2016-06-30"  # a statement dated by a span keeps it
    assert position_when({"date_range": [None, "2016-06-30"]}) == "before 2016-06-30"
    # an evidence dated by the week before its article, folded with later statements, keeps its week (round 37)
    weeks = [{"doc": "a", "start": 5, "date": None, "date_range": ["2015-12-03", "2015-12-10"]},
             {"doc": "b", "start": 9, "date": None, "date_range": ["2015-12-13", "2015-12-20"]},
             {"doc": "c", "start": 7, "date": "2015-12-15"}]
    folded_weeks = {"date": None, "date_range": ["2015-12-03", "2015-12-20"], "mentions": weeks,
                    "evidence": {"doc": "a", "start": 5}}
    assert position_when(folded_weeks) == "2015-12-03..2015-12-10 (+2 other dates)"
    # an evidence of one day keeps its day beside a statement known only by a span (PolNeAR dev, session 53)
    day_and_week = {"date": None, "date_range": ["2016-09-27", "2016-10-04"], "evidence": {"doc": "a", "start": 1},
                    "mentions": [{"doc": "a", "start": 1, "date": "2016-09-30"},
                                 {"doc": "c", "start": 2, "date": "2016-09-30"},
                                 {"doc": "b", "start": 3, "date": None, "date_range": ["2016-09-27", "2016-10-04"]}]}
    assert position_when(day_and_week) == "2016-09-30 (+1 other date)"
