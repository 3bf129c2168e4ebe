"""The whole spine on the seeds: ingest through the CLI, then every view and the JSON export."""
from __future__ import annotations

import json

import pytest

from conftest import SEEDS
from storyline.cli import main

CONTRACT_KEYS = {
    "documents": {"id", "source", "title", "outlet", "published", "published_range", "published_how",
                  "text", "removed", "copy_of", "copy_kind"},
    "entities": {"id", "name", "type", "aliases", "roles", "mentions"},
    "quotes": {"id", "doc", "text", "start", "end", "kind", "speaker", "speaker_text", "speaker_start",
               "speaker_end", "cue", "cue_start", "cue_end", "date"},
    "timexes": {"doc", "start", "end", "text", "value", "anchor"},
    "events": {"id", "type", "date", "date_range", "participants", "location", "summary", "status",
               "mentions", "sources", "independent_sources", "headline", "salience", "background"},
    "positions": {"actor", "topic", "issue_family", "stance", "date", "date_range", "previous", "quote", "evidence",
                  "mentions", "sources", "independent_sources"},
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("e2e") / "story.db"
    assert main(["ingest", str(SEEDS), "--db", str(path), "--no-progress"]) == 0
    return str(path)


@pytest.fixture(scope="module")
def export(db, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "story.json"
    assert main(["export", "--db", db, "--format", "json", "-o", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_ingesting_again_stores_nothing_new(db, capsys):
    assert main(["ingest", str(SEEDS), "--db", db, "--no-progress"]) == 0
    assert "read 5, new 0, duplicate 5, failed 0" in capsys.readouterr().out


def test_export_has_the_contract_shape(export):
    assert export["format"] == "storyline/1"
    for key, fields in CONTRACT_KEYS.items():
        assert export[key], f"{key} is empty on the seeds"
        for record in export[key]:
            assert fields <= set(record), f"{key} record lacks {fields - set(record)}"
    event_ids = {event["id"] for event in export["events"]}
    assert export["timeline"] and set(export["timeline"]) <= event_ids


def test_the_default_timeline_is_the_important_happenings_once(export, db, capsys):
    events = {event["id"]: event for event in export["events"]}
    shown = [events[event_id] for event_id in export["timeline"]]
    assert not any(event["background"] for event in shown) and all(event["participants"] for event in shown)
    assert any(event["background"] for event in events.values())  # "which started three years ago when ..."
    assert len(shown) < len(events)
    # the call of 12 February once; the other one of that headline is seed 002's call of May, in its range
    calls = [e for e in shown if e["headline"] == "Donald Trump – Vladimir Putin phone call"]
    assert [e["date"] for e in calls].count("2025-02-12") == 1 and len({e["sources"][0] for e in calls}) == len(calls)
    assert main(["timeline", "--db", db, "--format", "json"]) == 0
    assert [e["id"] for e in json.loads(capsys.readouterr().out)] == export["timeline"]
    assert main(["timeline", "--db", db, "--all", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == len(events)
    assert main(["timeline", "--db", db, "--dates", "2", "--per-date", "1", "--format", "json"]) == 0
    summarised = json.loads(capsys.readouterr().out)
    assert 1 <= len({e["timeline_date"] for e in summarised}) <= 2 and len(summarised) <= 2


def test_the_default_timeline_says_how_many_rows_and_why_it_stops(export, db, capsys):
    # issue #13 round 18: the table's reader is told the count and why there are no more rows (a short story: every
    # dated happening); on stderr, so stdout is the table alone; json is the rows alone
    assert main(["timeline", "--db", db]) == 0
    out, err = capsys.readouterr()
    assert len(out.strip().splitlines()) - 1 == len(export["timeline"])  # a header, then the rows
    assert err.strip() == f"{len(export['timeline'])} rows of at most 12: every dated happening of this short story " \
                          "(--all lists every event)"
    assert main(["timeline", "--db", db, "--format", "json"]) == 0
    assert capsys.readouterr().err == ""


def test_the_sample_calls_and_meeting_each_appear_once_dated_by_their_articles(export):
    """Issue #13's demo line: the calls of November 2024, February, May and October 2025 and the White
    House meeting of October 2025 are each one row; the two articles without a year in their text
    (seed 000: months without a year; seed 002: no year clue) give their happenings their inferred
    range instead of losing them."""
    events = {event["id"]: event for event in export["events"]}
    shown = [events[event_id] for event_id in export["timeline"]]
    seed = {prefix: next(doc["id"] for doc in export["documents"] if words in doc["text"])
            for prefix, words in (("000", "in a recent phone call with U.S. President"),
                                  ("001", "President-elect Donald Trump has engaged"), ("002", "spoke for two hours Monday"),
                                  ("004", "Trump called Zelenskyy after his discussion with Putin"))}

    def rows(kind: str, *people: str) -> dict[str, list[dict]]:
        found: dict[str, list[dict]] = {}
        for event in shown:
            if event["type"] == kind and all(f"person:{person}" in event["participants"] for person in people):
                for doc in event["sources"]:
                    found.setdefault(doc, []).append(event)
        return found

    trump_putin = rows("call", "donald-trump", "vladimir-putin")
    assert {seed["000"], seed["001"], seed["002"], seed["004"]} <= set(trump_putin)  # 003 rewrites 004
    assert all(len(told) == 1 for told in trump_putin.values())  # each call once
    assert trump_putin[seed["004"]][0]["date"] == "2025-02-12"
    november, may, october = (trump_putin[seed[prefix]][0]["date_range"] for prefix in ("001", "002", "000"))
    assert november[0] <= "2024-11-07" <= november[1] and november[1] <= "2025-01-20"
    assert may[0] <= "2025-05-19" <= may[1]  # 002 names no year: the range is wide, but the call is there
    assert october[0] <= "2025-10-16" <= october[1] == "2025-10-31"
    assert trump_putin[seed["002"]][0]["summary"].startswith("President Donald Trump and Russian President Vladimir Putin spoke")
    trump_zelenskyy = rows("call", "donald-trump", "volodymyr-zelenskyy")
    assert {seed["001"], seed["004"]} <= set(trump_zelenskyy) and all(len(told) == 1 for told in trump_zelenskyy.values())
    white_house = rows("meeting", "volodymyr-zelenskyy").get(seed["000"], [])
    assert len(white_house) == 1 and "White House" in white_house[0]["summary"]
    assert white_house[0]["date_range"][0] <= "2025-10-17" <= white_house[0]["date_range"][1]
    assert len({event["summary"] for event in shown}) == len(shown) and len(shown) <= 12  # one screen
    # seed 002's "rejected an invitation to meet with Zelenskyy in Turkey": no meeting held, no row
    assert not [event for event in shown if "rejected an invitation" in event["summary"]]


def test_one_article_telling_its_undated_call_twice_and_a_rewrite_telling_talks_again_give_one_event(export):
    """--all lists each of them once: seed 002's headline line ("Following a phone call with Russia's
    president") and its report of the call (no year, so undated), and the talks sentence seed 003
    rewrites from 004."""
    events = [event for event in export["events"]]
    texts = {doc["id"]: doc["text"] for doc in export["documents"]}

    def holding(words: str) -> list[dict]:
        return [event for event in events
                if any(words in texts[m["doc"]][m["start"]:m["end"]] for m in event["mentions"])]

    (call,) = holding("spoke for two hours Monday")
    assert any("phone call with Russia's president" in texts[m["doc"]][m["start"]:m["end"]] for m in call["mentions"])
    after = [event for event in holding("said on social media after the call") if event["type"] == "call"]
    assert after == [call]  # the call the saying follows, not a plan
    talks = [event for event in holding("We discussed a variety of topics") if event["type"] != "meeting"]
    assert len(talks) == 1 and len(talks[0]["sources"]) == 2


def test_offsets_point_into_the_cleaned_text(export):
    texts = {doc["id"]: doc["text"] for doc in export["documents"]}
    for quote in export["quotes"]:
        assert texts[quote["doc"]][quote["start"]:quote["end"]].strip()
        assert quote["text"] in texts[quote["doc"]][max(0, quote["start"] - 1):quote["end"] + 1]
    for timex in export["timexes"]:
        assert texts[timex["doc"]][timex["start"]:timex["end"]] == timex["text"]
    for entity in export["entities"]:
        for mention in entity["mentions"]:
            assert texts[mention["doc"]][mention["start"]:mention["end"]]


def test_documents_titles_boilerplate_and_body(export):
    docs = {doc["source"].rsplit("/", 1)[-1][:3]: doc for doc in export["documents"]}
    assert docs["004"]["title"] == "Trump says he spoke with Putin about ending war in Ukraine"
    assert docs["004"]["published"] == "2025-02-12" and docs["004"]["published_how"] == "dateline"
    assert "Sign up for The Week's Free Newsletters" in docs["002"]["removed"]
    assert "There are \"big egos involved,\" Trump told reporters Monday." in docs["002"]["text"]
    assert "Share this post" in docs["003"]["removed"]
    assert "Hegseth said." in docs["003"]["text"]
    # the undated rewrite takes the date of its dated original
    assert docs["003"]["copy_of"] == docs["004"]["id"]
    assert docs["003"]["published"] == "2025-02-12" and docs["003"]["published_how"] == "inferred"
    # a 2026 date in a removed teaser never dates an article
    assert not (docs["002"]["published"] or "").startswith("2026")


def test_views_print_and_filter(db, capsys):
    assert main(["sources", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "ABC News" in out and "The Week" in out and "copies and rewrites" in out
    assert main(["quotes", "--db", db, "--speaker", "Hegseth", "--format", "json"]) == 0
    quotes = json.loads(capsys.readouterr().out)
    assert quotes and any("illusionary goal" in q["text"] for q in quotes)
    assert main(["search", "--db", db, "Donetsk", "--format", "json"]) == 0  # hybrid, the default
    hits = json.loads(capsys.readouterr().out)
    assert hits and "Donetsk" in hits[0]["text"] and {hit["match"] for hit in hits} <= {"text", "semantic", "both"}
    assert all("Donetsk" in hit["text"] for hit in hits if hit["match"] != "semantic")
    assert main(["search", "--db", db, "Donetsk", "--mode", "text", "--format", "json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and all("Donetsk" in hit["text"] for hit in hits)
    assert main(["timeline", "--db", db, "--format", "md"]) == 0
    assert capsys.readouterr().out.startswith("# Timeline")
    assert main(["actors", "--db", db]) == 0
    assert "Putin" in capsys.readouterr().out


def test_search_leaves_function_words_out_of_the_match(db, capsys):
    assert main(["search", "--db", db, "Donetsk", "--mode", "text", "--format", "json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert main(["search", "--db", db, "the", "Donetsk", "of", "--mode", "text", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == plain and plain
    assert main(["search", "--db", db, "the", "--mode", "text", "--format", "json"]) == 0  # nothing else: the word itself
    assert json.loads(capsys.readouterr().out)


def test_search_finds_words_that_never_share_a_sentence(db, capsys):
    """The words are ORed (the default hybrid search finds them too): in the full-text ranking
    passages with more of them rank first, those with the phrase before all."""
    assert main(["search", "--db", db, "Zaporizhzhia", "Hegseth", "--format", "json", "--limit", "50"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert not any("zaporizhzhia" in h["text"].lower() and "hegseth" in h["text"].lower() for h in hits)
    assert any("Zaporizhzhia" in h["text"] for h in hits) and any("Hegseth" in h["text"] for h in hits)
    assert main(["search", "--db", db, "Putin", "ceasefire", "demand", "--mode", "text", "--format", "json",
                 "--limit", "50"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["words"] for h in hits] == sorted((h["words"] for h in hits), reverse=True) and hits[0]["words"] == 3
    for hit in hits:
        assert hit["words"] == sum(word in hit["text"].lower() for word in ("putin", "ceasefire", "demand"))
    assert main(["search", "--db", db, "Donetsk", "region", "--mode", "text", "--format", "json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["phrase"] and "Donetsk region" in hits[0]["text"]
    assert all(not hit["phrase"] for hit in hits if "Donetsk region" not in hit["text"])


def test_paging_and_a_full_rebuild_from_the_cli(db, capsys):
    assert main(["timeline", "--db", db, "--format", "json"]) == 0
    everything = json.loads(capsys.readouterr().out)
    assert main(["timeline", "--db", db, "--format", "json", "--limit", "3", "--offset", "2"]) == 0
    assert json.loads(capsys.readouterr().out) == everything[2:5]
    assert main(["quotes", "--db", db, "--format", "json"]) == 0
    quotes = json.loads(capsys.readouterr().out)
    assert main(["quotes", "--db", db, "--format", "json", "--limit", "2", "--offset", "1"]) == 0
    assert json.loads(capsys.readouterr().out) == quotes[1:3]
    for bad in (["--limit", "0"], ["--offset", "-1"], ["--limit", "ten"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["quotes", "--db", db, *bad])
        assert exit_info.value.code == 2
        assert f"error: argument {bad[0]}" in capsys.readouterr().err.strip().splitlines()[-1]
    assert main(["rebuild", "--db", db]) == 0
    assert "story rebuilt from 5 documents" in capsys.readouterr().out
    assert main(["timeline", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == everything


def test_demo_ingests_the_bundled_sample_and_prints_its_timeline(capsys, nlp):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "read 5, new 5, duplicate 0, failed 0" in out
    assert "what happened" in out and "call" in out


def test_user_errors_exit_1_with_one_line(tmp_path, capsys):
    assert main(["timeline", "--db", str(tmp_path / "absent.db")]) == 3  # a store error
    assert capsys.readouterr().err.count("\n") == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine enough text about the ceasefire talks in Geneva."}\n{broken\n', encoding="utf-8")
    assert main(["ingest", str(bad), "--db", str(tmp_path / "s.db"), "--no-progress"]) == 1
    captured = capsys.readouterr()
    assert "bad.jsonl:2" in captured.err and "new 1" in captured.out
    with pytest.raises(SystemExit) as usage:
        main(["timeline", "--format", "yaml"])
    assert usage.value.code == 2


def test_quotes_list_statements_of_a_known_speaker_and_all_lists_and_exports_every_attribution(db, export, capsys):
    assert main(["quotes", "--db", db, "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert main(["quotes", "--db", db, "--format", "json", "--all"]) == 0
    everything = json.loads(capsys.readouterr().out)
    assert listed and all(q["statement"] for q in listed)
    assert any(not q["statement"] for q in everything)  # the seeds hold sourceless beliefs and stances
    assert {q["id"] for q in listed} == {q["id"] for q in everything if q["statement"]}
    assert {q["id"] for q in export["quotes"]} == {q["id"] for q in everything}  # the export keeps them all
