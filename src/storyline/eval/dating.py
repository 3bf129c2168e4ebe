"""`storyline eval dating PATH`: how well undated articles get dated (PATH = the Timeline17 folder
of topics, each with an articles.json).

Per topic, a fixed-seed sample: WITHHELD // topics articles lose their publication date and are
ingested through the normal pipeline (`pipeline.ingest`) after a sample of DATED_PER_TOPIC
articles of the same topic that keep theirs (a sample, not the whole topic, so the ten stores
ingest in minutes on two shared cores); the story step then re-dates the withheld ones from the
dated coverage (`story.redate`). "Alone" is each withheld article in an empty store: its own clues
only, which is the dateline the cleaning found on the page ("WASHINGTON | Fri May 1, 2009 5:03 pm
BST"), else `nlp.time.dating.infer_publication` over the time expressions the pipeline stored for it
(the re-dating step finds no coverage in an empty store, so this is what it would give).

Figures: the share of withheld articles whose inferred range (or date) contains the true date (an
article left without a range counts as a miss), the median width in days (first and last day
included) over those with a range, and how many got none. Topics in sorted order alternate
between the development half (even positions, where settings were chosen) and the held-out half.

Stores are kept in --cache (one per topic, sample and version of the analysis code, so a store
ingested by older cleaning or NLP code is not reused); a kept store is brought up to the current
story code by a full story build, which dates the undated documents again without re-parsing them.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import tempfile
from pathlib import Path

from storyline.eval.cache import ANALYSIS_CODE, code_fingerprint, kept_store
from storyline.eval.coverage import detokenise  # Timeline17's tokens back to running text

WITHHELD = 200
DATED_PER_TOPIC = 40
SEED = 13
CACHE = Path(os.environ.get("STORYLINE_EVAL_CACHE", Path(tempfile.gettempdir()) / "storyline-eval-dating"))
def topic_folders(path: str) -> list[Path]:
    folders = sorted(p.parent for p in Path(path).glob("*/articles.json"))
    if not folders:
        raise FileNotFoundError(f"no */articles.json under {path}")
    return folders


def sample_topic(folder: Path, withheld: int, dated: int, seed: int = SEED) -> tuple[list[dict], list[dict]]:
    """(withheld, dated) JSONL records of one topic, drawn with a fixed seed."""
    articles = json.loads((folder / "articles.json").read_text(encoding="utf-8"))
    articles = sorted((a for a in articles if (a.get("text") or "").strip()), key=lambda a: (a["dct"], str(a["uid"])))
    drawn = random.Random(f"{seed}:{folder.name}").sample(articles, min(len(articles), withheld + dated))
    records = [{"text": detokenise(a["text"]), "published": a["dct"][:10], "outlet": folder.name.split("_", 1)[-1],
                "url": f"https://timeline17.example/{folder.name}/{a['uid']}"} for a in drawn]
    return records[:withheld], records[withheld:]


def _store_for(folder: Path, withheld: list[dict], dated: list[dict], cache: Path, analyzer):
    """The topic's store: the dated sample, then the withheld articles without their dates."""
    from storyline.pipeline import ingest
    from storyline.story.build import rebuild_story

    def fill(store) -> None:
        lines = dated + [{key: value for key, value in record.items() if key != "published"} for record in withheld]
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
            handle.write("".join(json.dumps(line) + "\n" for line in lines))
        try:
            ingest(store, [handle.name], analyzer(), story="full")
        finally:
            os.unlink(handle.name)

    path = cache / f"{folder.name}-w{len(withheld)}-d{len(dated)}-s{SEED}-{code_fingerprint(ANALYSIS_CODE)}.db"
    store, made = kept_store(path, fill)
    if not made:
        rebuild_story(store)
    return store


def _judge(found: list[str] | None, true: str) -> tuple[bool, int | None]:
    if not found:
        return False, None
    first, last = found
    return first <= true <= last, (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1


def _summary(rows: list[dict], key: str) -> dict:
    judged = [row[key] for row in rows]
    widths = [width for _, width in judged if width is not None]
    return {"articles": len(judged), "contains": round(sum(hit for hit, _ in judged) / len(judged), 3) if judged else None,
            "median_width_days": statistics.median(widths) if widths else None,
            "no_range": sum(width is None for _, width in judged)}


def run(path: str, limit: int | None = None, withheld: int = WITHHELD, dated: int = DATED_PER_TOPIC,
        cache: Path = CACHE, nlp=None) -> dict:
    """Figures per topic, per half (development / held-out) and over all; `limit` caps the
    withheld articles per topic (a quick look); `nlp`: a loaded spaCy pipeline to use."""
    from functools import cache as once

    from storyline.nlp.time.dating import infer_publication
    from storyline.pipeline import SpacyExecutor

    analyzer = once(lambda: SpacyExecutor(nlp))  # the spaCy model loads only when a store has to be ingested
    folders = topic_folders(path)
    per_topic = max(1, withheld // len(folders))
    if limit:
        per_topic = min(per_topic, limit)
    rows = []
    for position, folder in enumerate(folders):
        held, rest = sample_topic(folder, per_topic, dated)
        store = _store_for(folder, held, rest, cache, analyzer)
        try:
            truth = {record["url"]: record["published"] for record in held}
            half = "development" if position % 2 == 0 else "held-out"
            stored = [doc for doc in store.documents() if doc.url in truth]
            for doc in stored:
                with_store = [doc.published] * 2 if doc.published else doc.published_range
                alone = ([doc.published] * 2 if doc.published_how == "dateline"
                         else infer_publication(doc.text, store.analysis(doc.id).timexes).range)
                rows.append({"topic": folder.name, "half": half, "doc": doc.id, "true": truth[doc.url],
                             "with_store": _judge(with_store, truth[doc.url]), "alone": _judge(alone, truth[doc.url]),
                             "range": with_store, "reasons": doc.published_reasons})
            for url in sorted(set(truth) - {doc.url for doc in stored}):  # refused by the pipeline: undated
                rows.append({"topic": folder.name, "half": half, "doc": url, "true": truth[url],
                             "with_store": (False, None), "alone": (False, None), "range": None,
                             "reasons": ["refused by the pipeline"]})
        finally:
            store.close()
    result = {"withheld_per_topic": per_topic, "dated_per_topic": dated, "seed": SEED, "topics": {}, "halves": {}}
    for name in sorted({row["topic"] for row in rows}):
        chosen = [row for row in rows if row["topic"] == name]
        result["topics"][name] = {"half": chosen[0]["half"], "with_store": _summary(chosen, "with_store"),
                                  "alone": _summary(chosen, "alone")}
    for half in ("development", "held-out"):
        chosen = [row for row in rows if row["half"] == half]
        result["halves"][half] = {"with_store": _summary(chosen, "with_store"), "alone": _summary(chosen, "alone")}
    result["all"] = {"with_store": _summary(rows, "with_store"), "alone": _summary(rows, "alone")}
    result["misses"] = [{key: row[key] for key in ("half", "topic", "doc", "true", "range", "reasons")}
                        for row in rows if not row["with_store"][0]]
    return result


def format_report(result: dict) -> str:
    def line(name: str, figures: dict) -> str:
        cells = []
        for key in ("with_store", "alone"):
            f = figures[key]
            contains = f"{f['contains']:.1%}" if f["contains"] is not None else "-"
            cells.append(f"{contains:>7} {f['median_width_days'] if f['median_width_days'] is not None else '-':>8} "
                         f"{f['no_range']:>5}")
        return f"{name:<26}{figures.get('half', ''):<13}{figures['with_store']['articles']:>5}  " + "   ".join(cells)

    head = (f"Dating withheld Timeline17 articles: {result['withheld_per_topic']} per topic withheld, "
            f"{result['dated_per_topic']} dated per topic, seed {result['seed']}\n"
            f"{'':<26}{'half':<13}{'n':>5}  {'with dated neighbours':<25}   alone (article only)\n"
            f"{'':<44}{'inside':>7} {'median d':>8} {'none':>5}   {'inside':>7} {'median d':>8} {'none':>5}")
    rows = [line(name, figures) for name, figures in result["topics"].items()]
    rows += [line(f"[{half}]", figures) for half, figures in result["halves"].items()]
    rows.append(line("[all]", result["all"]))
    goal = "goal: inside >= 90%; median width <= 7 days with dated neighbours, <= 92 days alone"
    misses = [f"  {miss['half']:<12}{miss['topic']:<22}{miss['doc']:<18} true {miss['true']}  inferred "
              f"{'..'.join(miss['range']) if miss['range'] else '-'}" + "".join(f"\n      {reason}" for reason in miss["reasons"])
              for miss in result.get("misses", [])]
    return "\n".join([head, *rows, goal, "misses with dated neighbours (the clues that set each end):", *misses])
