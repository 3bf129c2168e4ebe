"""Adding documents to a stored story gives the story a full build gives (on the seeds), and the
store decides between the two by the story's size."""
from __future__ import annotations

import json

import pytest

from conftest import SEEDS
from storyline.export.records import build_export, event_records, quote_records, timeline_ids
from storyline.pipeline import SpacyExecutor, ingest
from storyline.store import Store
from storyline.story.build import build_story_if_needed, rebuild_story

SEED_PATHS = sorted(str(p) for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def whole_export(tmp_path_factory, nlp):
    store = Store(tmp_path_factory.mktemp("story-build") / "whole.db")
    ingest(store, SEED_PATHS, executor=SpacyExecutor(nlp))
    return build_export(store)


# Orders of storing: 000-002 built, then 003 and 004 added; 001 and 000 built, then 002, 004
# and 003 added; 002, 003 and 000 built, then 004 and 001 added. Each time undated articles (000,
# 002) are stored before the one dated article (004), whose addition dates them again: their events
# must be clustered again with the new dates. In the third, 003 (a rewrite of 004) is first given a
# range by its own clues, then 004's date: what dated its mentions must not depend on that.
@pytest.fixture(scope="module", params=[([0, 1, 2], [3, 4]), ([1, 0], [2, 4, 3]), ([2, 3, 0], [4, 1])],
                ids=["000-002+003-004", "001-000+002-004-003", "002-003-000+004-001"])
def two_stores(request, tmp_path_factory, nlp, whole_export):
    """The seeds built at once, and built from some then grown by adding the others."""
    first, then = request.param
    analyzer = SpacyExecutor(nlp)
    grown = Store(tmp_path_factory.mktemp("story-build") / "grown.db")
    ingest(grown, [SEED_PATHS[i] for i in first], executor=analyzer)
    ingest(grown, [SEED_PATHS[i] for i in then], executor=analyzer, story="add")
    return whole_export, build_export(grown)


@pytest.fixture(scope="module")
def two_stores_paths(tmp_path_factory, nlp):
    """Stores grown by additions in two orders whose undated articles are dated by the additions."""
    analyzer = SpacyExecutor(nlp)
    paths = []
    for first, then in ([0, 1, 2], [3, 4]), ([2, 3, 0], [4, 1]):
        store = Store(tmp_path_factory.mktemp("story-redate") / "grown.db")
        ingest(store, [SEED_PATHS[i] for i in first], executor=analyzer)
        ingest(store, [SEED_PATHS[i] for i in then], executor=analyzer, story="add")
        paths.append(store.path)
        store.close()
    return paths


def _by_mentions(export: dict) -> dict[str, frozenset]:
    """An entity stands for its mentions: ids and names may differ between the two builds."""
    return {e["id"]: frozenset((m["doc"], m["start"], m["end"]) for m in e["mentions"]) for e in export["entities"]}


def test_added_documents_give_the_entities_of_a_full_build(two_stores):
    whole, grown = two_stores
    assert sorted(_by_mentions(whole).values(), key=sorted) == sorted(_by_mentions(grown).values(), key=sorted)


def test_added_documents_give_the_speakers_events_and_positions_of_a_full_build(two_stores):
    whole, grown = two_stores
    for export in (whole, grown):
        export["who"] = _by_mentions(export)

    def speakers(export):
        return {q["id"]: export["who"].get(q["speaker"]) for q in export["quotes"]}

    def events(export):
        return sorted((e["id"], e["type"], e["date"] or "", e["date_range"] or [], e["sources"], e["independent_sources"],
                       e["summary"], sorted(map(sorted, (export["who"].get(p, {p}) for p in e["participants"]))))
                      for e in export["events"])

    def positions(export):
        return sorted((sorted(export["who"][p["actor"]]), p["topic"], p["stance"], p["evidence"]["doc"],
                       p["evidence"]["start"]) for p in export["positions"])

    assert speakers(whole) == speakers(grown)
    assert sum(1 for s in speakers(grown).values() if s) >= 40
    assert events(whole) == events(grown)
    assert positions(whole) == positions(grown)
    # the default timeline: the seeds' calls and meeting, unsure rows filling the screen only with acts
    assert whole["timeline"] == grown["timeline"] and len(grown["timeline"]) >= 5
    assert sum(1 for e in grown["events"] if e["date"] or e["date_range"]) >= 20


def test_a_stored_event_grows_in_place_when_a_new_document_reports_it(tmp_path, nlp):
    """004 stored, then its rewrite 003 added: stored events gain a source and keep their ids,
    with no second copy of them under a new id."""
    store = Store(tmp_path / "grow.db")
    ingest(store, SEED_PATHS[:3] + SEED_PATHS[4:], executor=SpacyExecutor(nlp))
    before = {e["id"]: e for e in build_export(store)["events"]}
    ingest(store, SEED_PATHS[3:4], executor=SpacyExecutor(nlp), story="add")
    after = build_export(store)["events"]
    grown = [e for e in after if e["id"] in before and len(e["sources"]) > len(before[e["id"]]["sources"])]
    assert grown, "no stored event took the added document"
    ids = [e["id"] for e in after]
    assert set(before) <= set(ids) and len(ids) == len(set(ids))
    assert not [i for i in ids for stored in before if i.startswith(stored + "-")]


def test_a_small_story_is_rebuilt_a_large_one_grown(seeded_db_path, tmp_path, monkeypatch):
    import shutil

    from storyline.story import build

    path = tmp_path / "seeds.db"
    shutil.copy(seeded_db_path, path)
    store = Store(path)
    assert build_story_if_needed(store) == []  # up to date: nothing to do
    assert build_story_if_needed(store, force=True) == ["full"]  # 5 documents: a full build
    monkeypatch.setattr(build, "FULL_BUILD_BELOW", 2)
    assert build_story_if_needed(store, force=True) == ["added 0"]
    store.set_state("story_format", "1")  # a story from before the addable format
    assert build_story_if_needed(store, force=True, mode="add") == ["full"]


def test_timeline_and_quotes_page_in_sql(seeded_db_path):
    store = Store(seeded_db_path, readonly=True)
    events = event_records(store, dated_only=True)
    shown = timeline_ids(store)  # the default timeline: some of the dated events, in the same order
    assert shown and [e["id"] for e in events if e["id"] in set(shown)] == shown
    assert [e["id"] for e in event_records(store, dated_only=True, limit=5, offset=3)] == [e["id"] for e in events[3:8]]
    quotes = quote_records(store)
    assert quote_records(store, limit=4, offset=10) == quotes[10:14]
    assert {q["id"] for q in quote_records(store, about="ceasefire")} == {
        q["id"] for q in quotes if "ceasefire" in q["text"].lower()}
    february = event_records(store, since="2025-02-01", until="2025-02-28")
    assert february and all((e["date"] or e["date_range"][1]) >= "2025-02-01" for e in february)


def test_rebuild_after_additions_is_the_full_build(two_stores, tmp_path, nlp):
    store = Store(tmp_path / "again.db")
    ingest(store, SEED_PATHS[:3], executor=SpacyExecutor(nlp))
    ingest(store, SEED_PATHS[3:], executor=SpacyExecutor(nlp), story="add")
    rebuild_story(store)
    assert build_export(store)["entities"] == two_stores[0]["entities"]


def test_documents_added_twice_by_racing_ingests_are_added_once(tmp_path, nlp):
    from storyline.story.build import add_to_story

    store = Store(tmp_path / "race.db")
    ingest(store, SEED_PATHS[:3], executor=SpacyExecutor(nlp))
    summary = ingest(store, SEED_PATHS[3:], SpacyExecutor(nlp), story="none")
    assert summary.new == 2
    add_to_story(store, summary.new_ids)
    once = build_export(store)
    add_to_story(store, summary.new_ids)  # a second ingest that listed the same documents
    assert build_export(store) == once
    assert build_story_if_needed(store) == []  # the marker says the story is up to date


def test_the_story_build_keeps_the_default_timeline_ranked(seeded_db_path, tmp_path, nlp):
    """`storyline timeline` reads the ranking the build stored; it is the ranking over the stored
    events, and a new document's build replaces it."""
    import shutil

    from storyline.export.records import timeline_records
    from storyline.story.stored_timeline import rank_default_timeline
    from storyline.story.build import DEFAULT_TIMELINE, STORY_MARKER, stored_default_timeline

    path = tmp_path / "seeds.db"
    shutil.copy(seeded_db_path, path)
    store = Store(path)
    stored = stored_default_timeline(store)
    assert stored and sorted(stored) == sorted(event.id for event in rank_default_timeline(store))
    assert [record["id"] for record in timeline_records(store)] == [
        record["id"] for record in timeline_records(store, size=len(stored))]
    kept = json.loads(store.get_state(DEFAULT_TIMELINE))
    store.set_state(DEFAULT_TIMELINE, json.dumps({**kept, "rules": "older-code", "ids": []}))  # before an upgrade
    assert stored_default_timeline(store) is None
    assert sorted(record["id"] for record in timeline_records(store)) == sorted(stored)  # ranked by this code
    store.set_state(DEFAULT_TIMELINE, json.dumps({**kept, "ids": []}))
    assert stored_default_timeline(store) == [] and timeline_records(store) == []  # this code's ranking is read
    store.set_state(DEFAULT_TIMELINE, json.dumps(kept))
    store.set_state(STORY_MARKER, "stale")  # a story being rebuilt elsewhere: rank on the fly
    assert stored_default_timeline(store) is None and timeline_records(store)
    text = ("Russian President Vladimir Putin and US President Donald Trump met in Budapest on Thursday, "
            "30 October 2025, for three hours.\n")
    (tmp_path / "budapest.txt").write_text(text, encoding="utf-8")
    ingest(store, [str(tmp_path / "budapest.txt")], executor=SpacyExecutor(nlp))
    assert stored_default_timeline(store) == [event.id for event in rank_default_timeline(store)]


def test_added_dated_documents_date_the_stored_undated_ones_as_a_full_build(two_stores):
    """000 ("in August", "the last week of October") and 002 (titles held since 2019 and 2025) were
    stored before any dated article; 004 coming picks the windows nearest it, as a full build does."""
    whole, grown = two_stores

    def ranges(export):
        return {d["id"]: (d["published"], d["published_range"]) for d in export["documents"]}

    assert ranges(whole) == ranges(grown)


def test_a_mention_labelled_dated_by_its_words_has_a_valued_expression_in_its_sentence(two_stores_paths):
    """What dates a mention is told truly after a redating: one dated only by its article's
    (inferred) publication is 'publication'/'inferred', even when an expression of its own clause is
    still waiting for a value; 'own', 'saying' and 'sentence' need a valued expression of the sentence."""
    from storyline.nlp.time.dating import date_of_span

    for path in two_stores_paths:
        store = Store(path, readonly=True)
        try:
            labels = []
            for doc in store.documents():
                analysis = store.analysis(doc.id)
                for mention in analysis.event_mentions:
                    labels.append(mention.dated_by)
                    if mention.dated_by in {"own", "saying", "sentence"} and (mention.date or mention.date_range):
                        assert date_of_span(mention.start, mention.end, analysis.timexes) != (None, None), \
                            (str(path), mention.sentence, mention.dated_by)
            assert {"own", "publication"} <= set(labels)
        finally:
            store.close()


def test_an_entity_kept_by_additions_counts_its_stored_mentions(two_stores_paths):
    """An addition carries each touched entity's `mention_count` on by the mentions it adds (instead of
    counting the actor's rows again): the count stays the number of its stored mentions."""
    for path in two_stores_paths:
        store = Store(path)
        counts = store.conn.execute(
            "SELECT e.id, e.mention_count, (SELECT COUNT(*) FROM entity_mentions m WHERE m.entity = e.id)"
            " FROM entities e").fetchall()
        store.close()
        assert counts and any(kept > 1 for _, kept, _ in counts)
        assert [(entity, kept) for entity, kept, _ in counts] == [(entity, rows) for entity, _, rows in counts]


def test_an_abbreviation_in_added_documents_joins_the_stored_organisation_an_earlier_article_defined_it_for(tmp_path, nlp):
    # Reuters reports on the 2009 flu pandemic (Timeline17 H1N1_reuters)
    first = tmp_path / "geneva.txt"
    first.write_text("GENEVA (Reuters) - The number of confirmed cases of the new Influenza A (H1N1) flu has risen to "
                     "10,243 and the death toll has edged up to 80, the World Health Organization (WHO) said on "
                     "Wednesday.\n", encoding="utf-8")
    added = tmp_path / "tally.txt"
    added.write_text("The WHO tally tends to lag national reports but is considered more definitive. The WHO said on "
                     "Sunday that H1N1 flu has infected 4,379 people in 29 countries.\n", encoding="utf-8")
    store = Store(tmp_path / "who.db")
    ingest(store, [str(first)], executor=SpacyExecutor(nlp))
    ingest(store, [str(added)], executor=SpacyExecutor(nlp), story="add")
    who = [e for e in build_export(store)["entities"] if "WHO" in [e["name"], *e["aliases"]]]
    assert len(who) == 1 and "World Health Organization" in [who[0]["name"], *who[0]["aliases"]]


def _build_in_two_steps(tmp_path, nlp, first_text: str, added_text: str) -> list[dict]:
    first, added = tmp_path / "first.txt", tmp_path / "added.txt"
    first.write_text(first_text, encoding="utf-8")
    added.write_text(added_text, encoding="utf-8")
    store = Store(tmp_path / "two.db")
    ingest(store, [str(first)], executor=SpacyExecutor(nlp))
    ingest(store, [str(added)], executor=SpacyExecutor(nlp), story="add")
    return build_export(store)["entities"]


def test_an_added_organisation_defining_a_stored_abbreviation_for_another_stays_apart(tmp_path, nlp):
    entities = _build_in_two_steps(
        tmp_path, nlp,
        "The Chinese Center for Disease Control and Prevention (CDC) said the virus had spread to three more "
        "provinces.\n",
        "The U.S. Centers for Disease Control and Prevention (CDC) said the virus had spread to three more states.\n")
    names = [{e["name"], *e["aliases"]} for e in entities]
    assert not any({"Chinese Center for Disease Control and Prevention",
                    "U.S. Centers for Disease Control and Prevention"} <= found for found in names)


def test_an_added_name_in_the_other_spelling_joins_the_stored_organisation(tmp_path, nlp):
    entities = _build_in_two_steps(
        tmp_path, nlp,
        "GENEVA (Reuters) - The death toll has edged up to 80, the World Health Organization (WHO) said on "
        "Wednesday.\n",
        "The World Health Organisation said on Sunday that the flu had infected 4,379 people in 29 countries.\n")
    who = [e for e in entities if {"World Health Organization", "World Health Organisation"} & {e["name"], *e["aliases"]}]
    assert len(who) == 1


# PolNeAR train c7e48b47 (round 45 pool rows 41 and 47, development), Clinton's gun plans as written
CLINTON_ON_GUNS = (
    "Hillary Clinton has made gun control and gay rights central issues in her campaign. Following a mass shooting "
    "last year in Roseburg, Ore., she issued a detailed plan to expand gun background checks through executive "
    "action: President Obama later adopted a similar approach. She has called for the reinstatement of an assault "
    "weapons ban, favors a California proposal regulating ammunition and has promised to seek legislation ending the "
    "immunity gun manufacturers have from some lawsuits.\n")
# the rest of the coverage: five reports in which Obama speaks and is then "he"
OBAMA_SPEAKS = ("President Barack Obama spoke at the White House on {day}. He said the bill would pass, and "
                "Congress should act quickly.\n")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@pytest.mark.parametrize("added", [False, True], ids=["full", "added"])
def test_a_she_resolved_to_a_man_the_coverage_calls_he_speaks_for_no_one(tmp_path, nlp, added):
    # the pronoun resolver saw Obama as the subject of the sentence before; the coverage's other pronouns for him are
    # all "he": the quote keeps no speaker and Obama holds no position on assault weapons, in a full build or an
    # addition; with fewer reports of him his sex is not known and the "she" stands
    reports = []
    for day in DAYS:
        reports.append(tmp_path / f"obama-{day}.txt")
        reports[-1].write_text(OBAMA_SPEAKS.format(day=day), encoding="utf-8")
    guns = tmp_path / "guns.txt"
    guns.write_text(CLINTON_ON_GUNS, encoding="utf-8")

    def called_and_obamas(store):
        export = build_export(store)
        called = next(q for q in export["quotes"] if q["text"].startswith("the reinstatement of an assault weapons ban"))
        return called["speaker"], [p["topic"] for p in export["positions"] if p["actor"] == "person:barack-obama"]

    store = Store(tmp_path / "guns.db")
    if added:
        ingest(store, [str(path) for path in reports], executor=SpacyExecutor(nlp))
        ingest(store, [str(guns)], executor=SpacyExecutor(nlp), story="add")
    else:
        ingest(store, [str(path) for path in reports] + [str(guns)], executor=SpacyExecutor(nlp))
    assert called_and_obamas(store) == (None, [])
    few = Store(tmp_path / "few.db")
    ingest(few, [str(path) for path in reports[:2]] + [str(guns)], executor=SpacyExecutor(nlp))
    speaker, topics = called_and_obamas(few)
    assert speaker == "person:barack-obama" and "assault weapons ban" in topics


FEINBERG_REPORTS = (
    "Kenneth Feinberg, the administrator of the BP fund, said on {day} that claims would be paid within weeks.\n",
    "Kenneth Feinberg met Gulf fishermen on {day} and said the fund would be fair.\n",
    "Ken Feinberg said on {day} that the first emergency checks had gone out.\n",
)


@pytest.mark.parametrize("added", [False, True], ids=["full", "added"])
def test_a_nickname_of_a_stored_person_is_that_person(tmp_path, nlp, added):
    """'Ken Feinberg' in a report added to a store that names 'Kenneth Feinberg' is the same actor, as in a full
    build of the three reports (bpoil_foxnews -n 140 split him in two)."""
    reports = []
    for text, day in zip(FEINBERG_REPORTS, DAYS):
        reports.append(tmp_path / f"feinberg-{day}.txt")
        reports[-1].write_text(text.format(day=day), encoding="utf-8")
    store = Store(tmp_path / "feinberg.db")
    if added:
        ingest(store, [str(path) for path in reports[:2]], executor=SpacyExecutor(nlp))
        ingest(store, [str(reports[2])], executor=SpacyExecutor(nlp), story="add")
    else:
        ingest(store, [str(path) for path in reports], executor=SpacyExecutor(nlp))
    feinbergs = [e for e in build_export(store)["entities"] if "Feinberg" in e["name"]]
    assert [e["name"] for e in feinbergs] == ["Kenneth Feinberg"]
    assert "Ken Feinberg" in feinbergs[0]["aliases"]
    speakers = {q["speaker"] for q in build_export(store)["quotes"]}
    assert feinbergs[0]["id"] in speakers
